/* rr-cli-district.c: `renren-eval import-roster`, `renren-eval list` and
 * the district workbook of `renren-eval export --district`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "domain/rr-error.h"
#include "domain/rr-roster.h"
#include "export/rr-district-export.h"
#include "storage/rr-district.h"
#include "storage/rr-roster-import.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

/* ------------------------------------------------------------------------ */
/* import-roster                                                             */
/* ------------------------------------------------------------------------ */

static void
print_mapping (const RrRoster *roster)
{
  const char *delimiter = _("comma");

  if (roster->delimiter == '\t')
    delimiter = _("tab");
  else if (roster->delimiter == ';')
    delimiter = _("semicolon");

  g_print (_("Encoding: %s%s; delimiter: %s\n"), roster->encoding,
           roster->had_bom ? _(" with byte order mark") : "", delimiter);

  for (guint i = 0; i < roster->columns->len; i++)
    {
      const RrRosterColumn *column = g_ptr_array_index (roster->columns, i);
      g_autofree char *meaning = rr_roster_column_describe (column);

      g_print ("  %u. %s → %s\n", column->index + 1, column->header, meaning);
    }
}

static void
print_problems (const RrRoster *roster)
{
  for (guint i = 0; i < roster->rows->len; i++)
    {
      const RrRosterRow *row = g_ptr_array_index (roster->rows, i);

      for (guint j = 0; j < row->errors->len; j++)
        /* Translators: "line 5: error: The community name is empty." */
        g_print (_("line %u: error: %s\n"), row->line, (const char *) g_ptr_array_index (row->errors, j));
      for (guint j = 0; j < row->warnings->len; j++)
        g_print (_("line %u: warning: %s\n"), row->line, (const char *) g_ptr_array_index (row->warnings, j));
    }
}

static void
print_plan (const RrRoster *roster)
{
  guint added = 0;
  guint updated = 0;

  for (guint i = 0; i < roster->rows->len; i++)
    {
      const RrRosterRow *row = g_ptr_array_index (roster->rows, i);

      if (row->errors->len > 0)
        continue;
      added += row->existing_id == 0;
      updated += row->existing_id != 0;
    }

  g_print (_("%u rows: %u valid (%u new, %u already in the project), %u with errors\n"),
           roster->rows->len, added + updated, added, updated, rr_roster_count_invalid (roster));
}

static RrRoster *
read_roster (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  RrRoster *roster;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("renren-eval import-roster: %s\n", error->message);
      return NULL;
    }

  roster = rr_roster_parse (contents, length, &error);
  if (roster == NULL)
    g_printerr ("renren-eval import-roster: %s: %s\n", path, error->message);

  return roster;
}

int
rr_cli_import_roster (int    argc,
                      char **argv)
{
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrRoster) roster = NULL;
  g_autoptr(GError) error = NULL;
  RrRosterCounts counts = { 0 };
  gboolean dry_run = FALSE;
  gboolean valid_only = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Print the mapping and problems, and write nothing"), NULL },
    { "valid-only", 0, 0, G_OPTION_ARG_NONE, &valid_only,
      N_("Import the rows without errors and skip the others"), NULL },
    { NULL }
  };

  if (!rr_cli_parse_options ("import-roster", "FILE ROSTER.csv",
                             _("Add or update communities from a roster saved by Excel as CSV."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 3)
    {
      g_printerr (_("renren-eval import-roster: give a project file and a CSV file\n"));
      return RR_EXIT_USAGE;
    }

  roster = read_roster (argv[2]);
  if (roster == NULL)
    return RR_EXIT_USAGE;

  project = rr_cli_open_project ("import-roster", argv[1], !dry_run);
  if (project == NULL)
    return RR_EXIT_USAGE;

  if (!rr_project_plan_roster (project, roster, &error))
    {
      g_printerr ("renren-eval import-roster: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  print_mapping (roster);
  print_problems (roster);
  print_plan (roster);

  if (dry_run)
    return rr_roster_count_invalid (roster) > 0 ? RR_EXIT_INVALID : RR_EXIT_OK;

  if (!rr_project_import_roster (project, roster, valid_only, &counts, &error))
    {
      g_printerr ("renren-eval import-roster: %s\n", error->message);
      return g_error_matches (error, RR_ERROR, RR_ERROR_INVALID_INPUT) ? RR_EXIT_INVALID : RR_EXIT_USAGE;
    }

  g_print (_("Imported: %u added, %u updated, %u unchanged, %u skipped; figures stored for %u\n"),
           counts.added, counts.updated, counts.unchanged, counts.skipped, counts.figures_stored);
  return RR_EXIT_OK;
}

/* ------------------------------------------------------------------------ */
/* list and export --district                                                */
/* ------------------------------------------------------------------------ */

static RrDistrict *
load_district (const char *command,
               const char *path,
               const char *catalog_path)
{
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(RrScoringTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  RrDistrict *district;

  project = rr_cli_open_project (command, path, FALSE);
  if (project == NULL)
    return NULL;

  catalog = rr_cli_load_catalog (catalog_path, &error);
  /* Scores evaluations that recorded no template of their own. */
  if (catalog != NULL)
    template = rr_scoring_template_load_default (catalog, &error);
  district = template != NULL ? rr_district_load (project, catalog, template, &error) : NULL;
  if (district == NULL)
    g_printerr ("renren-eval %s: %s\n", command, error->message);

  return district;
}

int
rr_cli_list (int    argc,
             char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *catalog_path = NULL;
  g_autoptr(RrDistrict) district = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json or csv (default json)"), "FORMAT" },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Read the standard from this catalog file instead of the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("list", "FILE",
                             _("Print every community with the scores of its latest evaluation."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("renren-eval list: give one project file\n"));
      return RR_EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "csv"))
    {
      g_printerr (_("renren-eval list: unknown format “%s”; use json or csv\n"), format);
      return RR_EXIT_USAGE;
    }

  district = load_district ("list", argv[1], catalog_path);
  if (district == NULL)
    return RR_EXIT_USAGE;

  output = format != NULL && g_str_equal (format, "csv") ? rr_district_export_csv (district)
                                                         : rr_district_export_json (district);
  fputs (output, stdout);
  return RR_EXIT_OK;
}

/* Writes the district summary workbook of the project at @path. */
int
rr_cli_export_district (const char *path,
                        const char *catalog_path,
                        const char *output)
{
  g_autoptr(RrDistrict) district = load_district ("export", path, catalog_path);
  g_autoptr(GError) error = NULL;

  if (district == NULL)
    return RR_EXIT_USAGE;

  if (!rr_xlsx_export_district (district, output, &error))
    {
      g_printerr ("renren-eval export: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}
