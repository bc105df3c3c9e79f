/* test-roster.c: roster CSV parsing, its import into a project, and the
 * list and export commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-error.h"
#include "domain/rr-roster.h"
#include "storage/rr-district.h"
#include "storage/rr-roster-import.h"
#include "storage/rr-sqlite.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

typedef struct {
  const char *name;
  const char *data;          /* bytes of the file */
  guint rows;
  guint invalid;
  const char *first_name;    /* of the first row */
  const char *error_part;    /* in the first invalid row's first error */
} ParseCase;

/* "和平社区" and "新北街道" in GBK. */
#define GBK_HEADER "\xc9\xe7\xc7\xf8\xc3\xfb\xb3\xc6,\xbd\xd6\xb5\xc0\n"
#define GBK_ROW "\xba\xcd\xc6\xbd\xc9\xe7\xc7\xf8,\xd0\xc2\xb1\xb1\xbd\xd6\xb5\xc0\n"

static const ParseCase parse_cases[] = {
  { "utf8-bom", "\xEF\xBB\xBF社区名称,街道,类型\n和平社区,新北街道,社区\n", 1, 0, "和平社区", NULL },
  { "utf8-no-bom", "社区名称,街道,类型\n和平社区,新北街道,社区\n", 1, 0, "和平社区", NULL },
  { "gbk", GBK_HEADER GBK_ROW, 1, 0, "和平社区", NULL },
  { "semicolon", "name;street;type\n和平社区;新北街道;community\n", 1, 0, "和平社区", NULL },
  { "tab", "名称\t镇\t类型\n东村\t孟河镇\t村\n", 1, 0, "东村", NULL },
  { "quoted-newline", "name,street,type\n\"和平\n社区\",新北街道,社区\n东村,孟河镇,村\n", 2, 0, "和平\n社区", NULL },
  { "crlf", "name,street\r\n和平社区,新北街道\r\n", 1, 0, "和平社区", NULL },
  { "english-header", "Name,Street,Type,Code,Resident population,households\n和平社区,新北街道,community,1,5001,1234\n",
    1, 0, "和平社区", NULL },
  { "truncated-last-line", "社区名称,类型,街道\n和平社区,社区,新北街道\n东村,村", 2, 1, "和平社区", "cut off" },
  { "unterminated-quote", "name,street\n和平社区,新北街道\n\"东村,孟河镇\n", 2, 1, "和平社区", "cut off" },
  { "duplicate-codes", "name,street,code\n和平社区,新北街道,A1\n东村,孟河镇,A1\n", 2, 1, "和平社区", "A1" },
  { "unknown-type", "name,street,type\n和平社区,新北街道,小区\n", 1, 1, "和平社区", "小区" },
  { "type-from-name", "name,street\n东村,孟河镇\n", 1, 0, "东村", NULL },
  { "non-numeric-population", "社区名称,街道,常住人口（人）\n和平社区,新北街道,很多\n", 1, 1, "和平社区", "常住人口" },
  { "thousands-separator", "社区名称,街道,常住人口\n和平社区,新北街道,\"5,001\"\n", 1, 0, "和平社区", NULL },
  { "volunteers-over-population", "name,street,resident_population,volunteers\n和平社区,新北街道,10,20\n",
    1, 1, "和平社区", NULL },
};

static void
test_parse (gconstpointer user_data)
{
  const ParseCase *test = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrRoster) roster = rr_roster_parse (test->data, strlen (test->data), &error);
  const RrRosterRow *first;

  g_assert_no_error (error);
  g_assert_nonnull (roster);
  g_assert_cmpuint (roster->rows->len, ==, test->rows);
  g_assert_cmpuint (rr_roster_count_invalid (roster), ==, test->invalid);
  first = g_ptr_array_index (roster->rows, 0);
  g_assert_cmpstr (first->name, ==, test->first_name);

  for (guint i = 0; test->error_part != NULL && i < roster->rows->len; i++)
    {
      const RrRosterRow *row = g_ptr_array_index (roster->rows, i);

      if (row->errors->len > 0)
        {
          g_test_message ("%s: %s", test->name, (const char *) g_ptr_array_index (row->errors, 0));
          g_assert_nonnull (strstr (g_ptr_array_index (row->errors, 0), test->error_part));
          break;
        }
    }
}

static void
test_parse_details (void)
{
  const char *data = "Name,Street,Type,Code,Resident population,households,备注\n和平社区,新北街道,community,1,5001,1234,x\n";
  g_autoptr(RrRoster) roster = rr_roster_parse (data, strlen (data), NULL);
  const RrRosterRow *row = g_ptr_array_index (roster->rows, 0);

  g_assert_cmpint (roster->delimiter, ==, ',');
  g_assert_cmpstr (roster->encoding, ==, "UTF-8");
  g_assert_cmpint (rr_roster_find_column (roster, RR_ROSTER_COLUMN_CODE)->index, ==, 3);
  g_assert_cmpint (((RrRosterColumn *) g_ptr_array_index (roster->columns, 6))->kind, ==, RR_ROSTER_COLUMN_IGNORED);
  g_assert_cmpint (row->type, ==, RR_COMMUNITY_TYPE_COMMUNITY);
  g_assert_cmpstr (row->code, ==, "1");
  g_assert_cmpint (rr_figures_get (row->figures, RR_FIELD_RESIDENT_POPULATION), ==, 5001);
  g_assert_cmpint (rr_figures_get (row->figures, RR_FIELD_HOUSEHOLDS), ==, 1234);
}

static void
test_parse_unusable (void)
{
  const char *files[] = { "", "街道,类型\n新北街道,社区\n", "社区名称,类型\n和平社区,社区\n", "\xff\xfe\x00" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RrRoster) roster = rr_roster_parse (files[i], i == 3 ? 3 : strlen (files[i]), &error);

      g_assert_null (roster);
      g_assert_nonnull (error);
    }
}

/* ------------------------------------------------------------------------ */
/* Import into a project                                                     */
/* ------------------------------------------------------------------------ */

/* Returns every row of every table, so two calls compare whole contents. */
static char *
dump_project (const char *path)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) tables = NULL;
  GString *dump = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", sqlite3_column_text (tables, 0));
      g_autoptr(sqlite3_stmt) rows = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      g_string_append_printf (dump, "[%s]\n", sqlite3_column_text (tables, 0));
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (rows); c++)
            g_string_append_printf (dump, "%s|", sqlite3_column_text (rows, c));
          g_string_append_c (dump, '\n');
        }
    }

  return g_string_free (dump, FALSE);
}

static char *
make_project (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("renren-roster-XXXXXX", &error);
  char *path = g_build_filename (dir, "district.renren", NULL);
  g_autoptr(RrProject) project = rr_project_create (path, &error);
  g_autoptr(RrCatalog) catalog = rr_catalog_load_default (&error);
  gint64 street;
  gint64 community;

  g_assert_no_error (error);
  street = rr_project_add_street (project, "新北街道", RR_STREET_KIND_STREET, &error);
  community = rr_project_add_community (project, street, "和平社区", RR_COMMUNITY_TYPE_COMMUNITY, "A1", &error);
  g_assert_cmpint (rr_project_add_evaluation (project, community, RR_EVALUATION_KIND_SELF, 2026 * 12,
                                              2026 * 12 + 11, catalog, &error), >, 0);
  g_assert_no_error (error);
  return path;
}

static gboolean
import_text (const char      *path,
             const char      *data,
             gboolean         valid_only,
             RrRosterCounts  *counts,
             GError         **error)
{
  g_autoptr(RrProject) project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, NULL);
  g_autoptr(RrRoster) roster = rr_roster_parse (data, strlen (data), NULL);

  g_assert_nonnull (project);
  g_assert_nonnull (roster);
  return rr_project_import_roster (project, roster, valid_only, counts, error);
}

static const char *roster_with_error =
  "社区名称,街道,类型,编码,常住人口,户数\n"
  "和平社区,新北街道,社区,A1,5001,1234\n"
  "东村,孟河镇,村,B2,800,300\n"
  "坏数据社区,新北街道,社区,C3,很多,10\n";

static void
test_import_rejected_changes_nothing (void)
{
  g_autofree char *path = make_project ();
  g_autofree char *before = dump_project (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (import_text (path, roster_with_error, FALSE, NULL, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  after = dump_project (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_import_valid_only_then_again (void)
{
  g_autofree char *path = make_project ();
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(RrFigures) figures = NULL;
  RrRosterCounts counts = { 0 };

  g_assert_true (import_text (path, roster_with_error, TRUE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.unchanged, ==, 1);
  g_assert_cmpuint (counts.skipped, ==, 1);
  g_assert_cmpuint (counts.figures_stored, ==, 1);
  once = dump_project (path);

  /* The same roster again updates by code and adds nothing. */
  g_assert_true (import_text (path, roster_with_error, TRUE, &counts, &error));
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.updated, ==, 0);
  twice = dump_project (path);
  g_assert_cmpstr (once, ==, twice);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  communities = rr_project_list_communities (project, &error);
  g_assert_cmpuint (communities->len, ==, 2);
  figures = rr_project_get_figures (project, 1, &error);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_HOUSEHOLDS), ==, 1234);
}

static void
test_import_renames_by_code (void)
{
  g_autofree char *path = make_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrCommunity) community = NULL;
  RrRosterCounts counts = { 0 };

  g_assert_true (import_text (path, "name,street,type,code\n和平新社区,三井街道,社区,A1\n", FALSE, &counts, &error));
  g_assert_cmpuint (counts.updated, ==, 1);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  community = rr_project_find_community (project, "A1", &error);
  g_assert_cmpstr (community->name, ==, "和平新社区");
}

/* ------------------------------------------------------------------------ */
/* Command line                                                              */
/* ------------------------------------------------------------------------ */

static int
run (char **out,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *argument;
  va_list list;

  g_ptr_array_add (argv, (gpointer) g_getenv ("RENREN_EVAL"));
  va_start (list, out);
  while ((argument = va_arg (list, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) argument);
  va_end (list);
  g_ptr_array_add (argv, NULL);

  /* The checks read the English messages, whatever the test's locale. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, NULL, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static void
test_cli_import_and_list (void)
{
  g_autofree char *path = make_project ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *csv = g_build_filename (dir, "roster.csv", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "district.xlsx", NULL);
  g_autofree char *before = dump_project (path);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *communities;

  g_assert_true (g_file_set_contents (csv, roster_with_error, -1, NULL));
  g_assert_cmpint (run (&out, "import-roster", path, csv, NULL), ==, 1);
  g_assert_nonnull (strstr (out, "line 4"));
  after = dump_project (path);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (&out, "import-roster", path, csv, "--dry-run", "--valid-only", NULL), ==, 1);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, "import-roster", path, csv, "--valid-only", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, "import-roster", path, NULL), ==, 2);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (&out, "list", path, NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  communities = json_object_get_array_member (root, "communities");
  g_assert_cmpuint (json_array_get_length (communities), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (communities, 0), "name"), ==,
                   "和平社区");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (communities, 0), "binding_total"),
                   ==, 12);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (communities, 1), "evaluation_id"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "status_counts"), "draft"), ==, 1);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (&out, "list", path, "--format", "csv", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "\xEF\xBB\xBFid,name,street"));
  g_assert_nonnull (strstr (out, ",verdict,verdict_name,grade,"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, "list", path, "--format", "xml", NULL), ==, 2);
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run (&out, "export", path, "--district", "--output", xlsx, NULL), ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/roster/parse/%s", parse_cases[i].name);

      g_test_add_data_func (name, &parse_cases[i], test_parse);
    }
  g_test_add_func ("/roster/parse/details", test_parse_details);
  g_test_add_func ("/roster/parse/unusable", test_parse_unusable);
  g_test_add_func ("/roster/import/rejected-changes-nothing", test_import_rejected_changes_nothing);
  g_test_add_func ("/roster/import/valid-only-then-again", test_import_valid_only_then_again);
  g_test_add_func ("/roster/import/renames-by-code", test_import_renames_by_code);
  g_test_add_func ("/roster/cli/import-and-list", test_cli_import_and_list);

  return g_test_run ();
}
