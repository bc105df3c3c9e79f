/* rr-cli-score.c: `renren-eval score` and `renren-eval export`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "domain/rr-error.h"
#include "export/rr-score-export.h"
#include "export/rr-xlsx-export.h"
#include "storage/rr-project-scoring.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

/* Opens FILE, reads evaluation ID and scores it; prints why not and sets
 * @status otherwise. */
RrEvaluationScores *
rr_cli_load_scores (const char         *command,
                    const char         *path,
                    const char         *id_text,
                    const char         *catalog_path,
                    RrScoringTemplate **template_out,
                    int                *status)
{
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrEvaluation) evaluation = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(RrScoringTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  RrEvaluationScores *scores;
  gint64 id = 0;

  *status = RR_EXIT_USAGE;
  if (!rr_cli_parse_id (command, "EVALUATION_ID", id_text, &id))
    return NULL;

  project = rr_cli_open_project (command, path, FALSE);
  if (project == NULL)
    return NULL;

  evaluation = rr_project_get_evaluation (project, id, &error);
  if (evaluation == NULL)
    {
      g_printerr ("renren-eval %s: %s\n", command, error->message);
      return NULL;
    }

  catalog = rr_cli_load_evaluation_catalog (command, evaluation, catalog_path);
  if (catalog == NULL)
    return NULL;

  /* The default template is the fallback: the evaluation is scored by the
   * one it recorded, see rr_project_get_template(). */
  template = rr_scoring_template_load_default (catalog, &error);
  if (template == NULL)
    {
      g_printerr ("renren-eval %s: %s\n", command, error->message);
      return NULL;
    }

  scores = rr_project_score_evaluation (project, id, catalog, template, &error);
  if (scores == NULL)
    {
      g_printerr ("renren-eval %s: %s\n", command, error->message);
      return NULL;
    }

  *status = RR_EXIT_OK;
  if (template_out != NULL)
    *template_out = g_steal_pointer (&template);
  return scores;
}

int
rr_cli_score (int    argc,
              char **argv)
{
  g_autofree char *catalog_path = NULL;
  g_autoptr(RrEvaluationScores) scores = NULL;
  g_autofree char *json = NULL;
  int status;
  GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Read the standard from this catalog file instead of the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("score", "FILE EVALUATION_ID",
                             _("Print an evaluation’s scores, verdict, grade and rectification list as JSON."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 3)
    {
      g_printerr (_("renren-eval score: give a project file and an evaluation id\n"));
      return RR_EXIT_USAGE;
    }

  scores = rr_cli_load_scores ("score", argv[1], argv[2], catalog_path, NULL, &status);
  if (scores == NULL)
    return status;

  json = rr_score_export_json (scores->result, scores->rectification, scores->self_result);
  fputs (json, stdout);
  return RR_EXIT_OK;
}

static int
export_evaluation (const char *path,
                   const char *id_text,
                   const char *catalog_path,
                   const char *output)
{
  g_autoptr(RrEvaluationScores) scores = NULL;
  g_autoptr(RrScoringTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  scores = rr_cli_load_scores ("export", path, id_text, catalog_path, &template, &status);
  if (scores == NULL)
    return status;

  if (!rr_xlsx_export_scores (scores, output, &error))
    {
      g_printerr ("renren-eval export: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}

static int
export_blank (const char *catalog_path,
              gboolean    self,
              const char *output)
{
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(RrScoringTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  catalog = rr_cli_load_catalog (catalog_path, &error);
  if (catalog != NULL)
    template = rr_scoring_template_load_default (catalog, &error);
  if (template == NULL || !rr_xlsx_export_blank_form (template, !self, output, &error))
    {
      g_printerr ("renren-eval export: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}

int
rr_cli_export (int    argc,
               char **argv)
{
  g_autofree char *catalog_path = NULL;
  g_autofree char *output = NULL;
  gboolean blank = FALSE;
  gboolean self = FALSE;
  gboolean district = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the workbook to this .xlsx file"), "OUT.xlsx" },
    { "blank", 0, 0, G_OPTION_ARG_NONE, &blank, N_("Write a blank on-site scoring form"), NULL },
    { "self", 0, 0, G_OPTION_ARG_NONE, &self, N_("Title the blank form as a self-evaluation (自我评价)"), NULL },
    { "district", 0, 0, G_OPTION_ARG_NONE, &district,
      N_("Write the district summary: every community with its latest evaluation"), NULL },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Read the standard from this catalog file instead of the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("export", "(FILE EVALUATION_ID | FILE --district | --blank) --output OUT.xlsx",
                             _("Export an evaluation’s scoring workbook, or a blank on-site form, to Excel."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (output == NULL)
    {
      g_printerr (_("renren-eval export: missing --output OUT.xlsx\n"));
      return RR_EXIT_USAGE;
    }
  if (district && !blank && argc == 2)
    return rr_cli_export_district (argv[1], catalog_path, output);
  if (blank && !district && argc == 1)
    return export_blank (catalog_path, self, output);
  if (!blank && !district && argc == 3)
    return export_evaluation (argv[1], argv[2], catalog_path, output);

  g_printerr (_("renren-eval export: give a project file and an evaluation id, a project file and "
               "--district, or --blank\n"));
  return RR_EXIT_USAGE;
}
