/* rr-cli.c: `renren-eval SUBCOMMAND …`, which runs without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "domain/rr-catalog.h"
#include "domain/rr-error.h"
#include "export/rr-catalog-export.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct {
  const char *name;
  CommandFunc run;
} Command;

static int run_catalog (int argc, char **argv);

/* Each subcommand: `renren-eval NAME …` calls its function with argv[0]
 * set to NAME. */
static const Command commands[] = {
  { "catalog", run_catalog },
  { "check", rr_cli_check },
  { "community", rr_cli_community },
  { "evaluation", rr_cli_evaluation },
  { "evidence", rr_cli_evidence },
  { "import-figures", rr_cli_import_figures },
  { "import-scores", rr_cli_import_scores },
  { "import-roster", rr_cli_import_roster },
  { "list", rr_cli_list },
  { "project", rr_cli_project },
  { "score", rr_cli_score },
  { "merge", rr_cli_merge },
  { "chart", rr_cli_chart },
  { "export", rr_cli_export },
  { "report", rr_cli_report },
  { "package", rr_cli_package },
  { "verify", rr_cli_verify },
};

gboolean
rr_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (name, commands[i].name) == 0)
      return TRUE;

  return FALSE;
}

/* Parses @entries for `renren-eval NAME`; prints the reason and returns FALSE
 * on bad arguments. */
gboolean
rr_cli_parse_options (const char    *name,
               const char    *parameters,
               const char    *summary,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameters);
  g_autoptr(GError) error = NULL;
  g_autofree char *prefixed = g_strdup_printf ("renren-eval %s", name);

  g_set_prgname (prefixed);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("%s: %s\n", prefixed, error->message);
      g_printerr (_("Run “%s --help” to see the options.\n"), prefixed);
      return FALSE;
    }

  return TRUE;
}

RrCatalog *
rr_cli_load_catalog (const char  *path,
              GError     **error)
{
  if (path != NULL)
    return rr_catalog_load_file (path, error);

  return rr_catalog_load_default (error);
}

static int
run_catalog (int    argc,
             char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *catalog_path = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: json or text (default text)"), "FORMAT" },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Read the standard from this catalog file instead of the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("catalog", "", _("Print the standard’s construction tasks."),
                      entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc > 1)
    {
      g_printerr (_("renren-eval catalog: unexpected argument “%s”\n"), argv[1]);
      return RR_EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "text"))
    {
      g_printerr (_("renren-eval catalog: unknown format “%s”; use json or text\n"), format);
      return RR_EXIT_USAGE;
    }

  catalog = rr_cli_load_catalog (catalog_path, &error);
  if (catalog == NULL)
    {
      g_printerr ("renren-eval catalog: %s\n", error->message);
      return g_error_matches (error, RR_ERROR, RR_ERROR_INVALID_CATALOG) ? RR_EXIT_INVALID : RR_EXIT_USAGE;
    }

  if (format != NULL && g_str_equal (format, "json"))
    output = rr_catalog_export_json (catalog);
  else
    output = rr_catalog_export_text (catalog);

  fputs (output, stdout);
  fputc ('\n', stdout);
  return RR_EXIT_OK;
}

/* Runs `argv[1]` as a subcommand; argv[1] must satisfy rr_cli_is_command(). */
int
rr_cli_run (int    argc,
            char **argv)
{
  g_return_val_if_fail (argc >= 2, RR_EXIT_USAGE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("renren-eval: unknown command “%s”\n"), argv[1]);
  return RR_EXIT_USAGE;
}
