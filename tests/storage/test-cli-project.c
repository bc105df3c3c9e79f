/* test-cli-project.c: the project subcommands, run as a real process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "storage/rr-project.h"
#include "storage/rr-sqlite.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs renren-eval with the arguments of the NULL-terminated @args. */
static void
run_argv (Run         *run,
          const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("RENREN_EVAL");

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
run_cli (Run *run,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *argument;
  va_list list;

  va_start (list, run);
  while ((argument = va_arg (list, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) argument);
  va_end (list);
  g_ptr_array_add (args, NULL);

  run_argv (run, (const char **) args->pdata);
}

/* A folder with a project of one street, one community with code
 * 320412001 and one draft self-evaluation with id 1. */
typedef struct {
  char *dir;
  char *project;
} Sandbox;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }

  g_rmdir (path);
}

static void
sandbox_clear (Sandbox *sandbox)
{
  if (sandbox->dir != NULL)
    remove_tree (sandbox->dir);
  g_free (sandbox->dir);
  g_free (sandbox->project);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sandbox, sandbox_clear)

static char *
sandbox_write (Sandbox    *sandbox,
               const char *name,
               const char *contents)
{
  char *path = g_build_filename (sandbox->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
sandbox_init (Sandbox *sandbox)
{
  g_autoptr(GError) error = NULL;
  g_auto(Run) created = { 0 };
  g_auto(Run) community = { 0 };
  g_auto(Run) evaluation = { 0 };

  sandbox->dir = g_dir_make_tmp ("renren-cli-project-XXXXXX", &error);
  g_assert_no_error (error);
  sandbox->project = g_build_filename (sandbox->dir, "test.rrproj", NULL);

  run_cli (&created, "project", "new", sandbox->project, NULL);
  g_assert_cmpint (created.status, ==, 0);
  run_cli (&community, "community", "add", sandbox->project, "--name", "星河社区",
           "--street", "湖塘镇", "--type", "community", "--code", "320412001", NULL);
  g_assert_cmpint (community.status, ==, 0);
  g_assert_cmpstr (community.out, ==, "1\n");
  run_cli (&evaluation, "evaluation", "new", sandbox->project, "--community", "320412001",
           "--kind", "self", "--period", "2026-01..2026-12", NULL);
  g_assert_cmpint (evaluation.status, ==, 0);
  g_assert_cmpstr (evaluation.out, ==, "1\n");
}

static gint64
count_rows (const char *path,
            const char *table)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* ------------------------------------------------------------------------ */

static void
test_project_new (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) again = { 0 };

  sandbox_init (&sandbox);
  run_cli (&again, "project", "new", sandbox.project, NULL);
  g_assert_cmpint (again.status, ==, 2);
  g_assert_nonnull (strstr (again.err, sandbox.project));
  g_assert_nonnull (strstr (again.err, "already exists"));
}

static void
test_project_info (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) village = { 0 };
  g_auto(Run) info = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonObject *object;
  JsonArray *array;

  sandbox_init (&sandbox);
  run_cli (&village, "community", "add", sandbox.project, "--name", "湾里村",
           "--street", "湖塘镇", "--type", "village", NULL);
  g_assert_cmpint (village.status, ==, 0);

  run_cli (&info, "project", "info", sandbox.project, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_cmpstr (info.err, ==, "");
  json_parser_load_from_data (parser, info.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  array = json_object_get_array_member (root, "streets");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "湖塘镇");
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "镇");

  array = json_object_get_array_member (root, "communities");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "code"), ==, "320412001");
  g_assert_cmpstr (json_object_get_string_member (object, "type"), ==, "community");
  object = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "type"), ==, "village");
  g_assert_true (json_object_get_null_member (object, "code"));

  array = json_object_get_array_member (root, "evaluations");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = json_array_get_object_element (array, 0);
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "self");
  g_assert_cmpstr (json_object_get_string_member (object, "period_start"), ==, "2026-01");
  g_assert_cmpstr (json_object_get_string_member (object, "period_end"), ==, "2026-12");
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "draft");
  g_assert_cmpstr (json_object_get_string_member (object, "catalog_id"), ==,
                   "db3204t-renren-shequ");
}

/* Each case must fail with @status, write nothing, and name @expected on
 * stderr. "@P" in an argument stands for the project file. */
typedef struct {
  const char *args[14];
  int status;
  const char *expected;
} BadCase;

static void
run_bad_cases (const BadCase *cases,
               guint          n_cases)
{
  g_auto(Sandbox) sandbox = { 0 };
  gint64 audit_rows;

  sandbox_init (&sandbox);
  audit_rows = count_rows (sandbox.project, "audit_log");

  for (guint i = 0; i < n_cases; i++)
    {
      g_auto(Run) run = { 0 };
      const char *args[G_N_ELEMENTS (cases[i].args)] = { NULL };
      g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);

      for (guint a = 0; cases[i].args[a] != NULL; a++)
        {
          if (g_str_equal (cases[i].args[a], "@P"))
            args[a] = sandbox.project;
          else if (g_str_has_prefix (cases[i].args[a], "@"))
            {
              char *path = g_build_filename (sandbox.dir, cases[i].args[a] + 1, NULL);

              g_ptr_array_add (owned, path);
              args[a] = path;
            }
          else
            args[a] = cases[i].args[a];
        }

      run_argv (&run, args);
      g_test_message ("case %u (%s %s): %d %s", i, args[0], args[3] ? args[3] : "", run.status,
                      run.err);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_nonnull (strstr (run.err, cases[i].expected));
      g_assert_cmpint (count_rows (sandbox.project, "audit_log"), ==, audit_rows);
    }
}

static void
test_community_add (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) second = { 0 };
  g_auto(Run) other_street = { 0 };

  sandbox_init (&sandbox);
  run_cli (&second, "community", "add", sandbox.project, "--name", "湾里村",
           "--street", "湖塘镇", "--type", "village", NULL);
  g_assert_cmpint (second.status, ==, 0);
  g_assert_cmpstr (second.out, ==, "2\n");
  g_assert_cmpint (count_rows (sandbox.project, "streets"), ==, 1);

  run_cli (&other_street, "community", "add", sandbox.project, "--name", "南园社区",
           "--street", "南大街街道", "--type", "community", "--code", "320402001", NULL);
  g_assert_cmpint (other_street.status, ==, 0);
  g_assert_cmpint (count_rows (sandbox.project, "streets"), ==, 2);
}

static void
test_community_bad_input (void)
{
  static const BadCase cases[] = {
    { { "community", "add", "@P", "--name", "重复社区", "--street", "湖塘镇", "--type",
        "community", "--code", "320412001", NULL }, 1, "320412001" },
    { { "community", "add", "@P", "--name", "星河社区", "--street", "湖塘镇", "--type",
        "community", NULL }, 1, "星河社区" },
    { { "community", "add", "@P", "--street", "湖塘镇", "--type", "community", NULL }, 2,
      "--name" },
    { { "community", "add", "@P", "--name", "", "--street", "湖塘镇", "--type", "community",
        NULL }, 2, "--name" },
    { { "community", "add", "@P", "--name", "甲", "--street", "湖塘镇", "--type", "town",
        NULL }, 2, "--type" },
    { { "community", "add", "@P", "--name", "甲", "--street", "新街", "--street-kind", "区",
        "--type", "community", NULL }, 2, "--street-kind" },
    { { "community", "add", "@missing.rrproj", "--name", "甲", "--street", "湖塘镇", "--type",
        "community", NULL }, 2, "missing.rrproj" },
    { { "community", "add", "@P", "--bogus", NULL }, 2, "--bogus" },
    { { "community", "remove", "@P", NULL }, 2, "usage" },
  };

  run_bad_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_evaluation_bad_input (void)
{
  static const BadCase cases[] = {
    { { "evaluation", "new", "@P", "--community", "320412001", "--kind", "self", "--period",
        "2026-13..2026-12", NULL }, 2, "--period" },
    { { "evaluation", "new", "@P", "--community", "320412001", "--kind", "self", "--period",
        "2026-01", NULL }, 2, "--period" },
    { { "evaluation", "new", "@P", "--community", "320412001", "--kind", "self", "--period",
        "abc..def", NULL }, 2, "--period" },
    { { "evaluation", "new", "@P", "--community", "320412001", "--kind", "self", "--period",
        "2026-12..2026-01", NULL }, 2, "--period" },
    { { "evaluation", "new", "@P", "--community", "320412001", "--kind", "self", "--period",
        "", NULL }, 2, "--period" },
    { { "evaluation", "new", "@P", "--community", "320412001", "--kind", "self", NULL }, 2,
      "--period" },
    { { "evaluation", "new", "@P", "--community", "999", "--kind", "self", "--period",
        "2026-01..2026-12", NULL }, 2, "“999”" },
    { { "evaluation", "new", "@P", "--community", "320412001", "--kind", "annual", "--period",
        "2026-01..2026-12", NULL }, 2, "--kind" },
    { { "evaluation", "new", "@missing.rrproj", "--community", "1", "--kind", "self",
        "--period", "2026-01..2026-12", NULL }, 2, "missing.rrproj" },
  };

  run_bad_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_evaluation_by_id (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) run = { 0 };

  sandbox_init (&sandbox);
  run_cli (&run, "evaluation", "new", sandbox.project, "--community", "1", "--kind",
           "comprehensive", "--period", "2025-07..2026-06", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "2\n");
}

static void
test_import_scores (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) run = { 0 };
  g_autofree char *scores = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GPtrArray) raters = NULL;
  g_autoptr(GPtrArray) list = NULL;
  RrScore *score;

  sandbox_init (&sandbox);
  scores = sandbox_write (&sandbox, "scores.json",
                          "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3,"
                          "  \"level\": \"基本达标\", \"points\": 4.5, \"note\": \"记录不全\"},"
                          " {\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 4,"
                          "  \"level\": \"达标\", \"points\": 10},"
                          " {\"rater\": \"李强\", \"role\": \"居民代表\", \"task\": 3,"
                          "  \"level\": \"不适用\"}]");
  run_cli (&run, "import-scores", sandbox.project, "1", scores, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  project = rr_project_open (sandbox.project, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  raters = rr_project_list_raters (project, 1, &error);
  g_assert_cmpuint (raters->len, ==, 2);
  g_assert_cmpstr (((RrRater *) g_ptr_array_index (raters, 1))->role, ==, "居民代表");

  list = rr_project_list_scores (project, 1, &error);
  g_assert_cmpuint (list->len, ==, 2);
  score = g_ptr_array_index (list, 0);
  g_assert_cmpint (score->level, ==, RR_LEVEL_BASICALLY_MEETS);
  g_assert_cmpint (score->points, ==, 450);
  g_assert_cmpstr (score->note, ==, "记录不全");
  score = g_ptr_array_index (list, 1);
  g_assert_cmpint (score->points, ==, 1000);
}

static void
test_import_scores_bad_input (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  static const struct {
    const char *json;
    int status;
    const char *expected;
  } cases[] = {
    { "", 2, "empty" },
    { "[{\"rater\": \"王芳\", \"role\"", 2, "JSON" },
    { "{\"rater\": \"王芳\"}", 1, "array" },
    { "[]", 1, "array" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\", \"points\": -1}]",
      1, "[0].points" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\", \"points\": \"4\"}]",
      1, "[0].points" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\", \"points\": 1.234}]",
      1, "[0].points" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 99, \"level\": \"达标\"}]", 1, "[0].task" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 0, \"level\": \"达标\"}]", 1, "[0].task" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": \"3\", \"level\": \"达标\"}]", 1, "[0].task" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"优秀\"}]", 1, "[0].level" },
    { "[{\"rater\": \"\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\"}]", 1, "[0].rater" },
    { "[{\"role\": \"专家\", \"task\": 3, \"level\": \"达标\"}]", 1, "[0].rater" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\", \"score\": 1}]",
      1, "[0].score" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\"},"
      " {\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"未达标\"}]", 1, "[1].task" },
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\"},"
      " {\"rater\": \"王芳\", \"role\": \"居民代表\", \"task\": 4, \"level\": \"达标\"}]", 1, "[1].role" },
    /* A valid first entry is not written when a later one is invalid. */
    { "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\"}, 7]", 1, "[1]: must" },
  };
  gint64 audit_rows;

  sandbox_init (&sandbox);
  audit_rows = count_rows (sandbox.project, "audit_log");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = sandbox_write (&sandbox, "scores.json", cases[i].json);

      run_cli (&run, "import-scores", sandbox.project, "1", path, NULL);
      g_test_message ("case %u: %d %s", i, run.status, run.err);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_nonnull (strstr (run.err, cases[i].expected));
      g_assert_cmpint (count_rows (sandbox.project, "audit_log"), ==, audit_rows);
      g_assert_cmpint (count_rows (sandbox.project, "scores"), ==, 0);
    }
}

static void
test_import_scores_bad_arguments (void)
{
  static const BadCase cases[] = {
    { { "import-scores", "@P", "abc", "@scores.json", NULL }, 2, "EVALUATION_ID" },
    { { "import-scores", "@P", "0", "@scores.json", NULL }, 2, "EVALUATION_ID" },
    { { "import-scores", "@P", "-1", "@scores.json", NULL }, 2, "-1" },
    { { "import-scores", "@P", "99", "@scores.json", NULL }, 2, "99" },
    { { "import-scores", "@P", "1", "@missing.json", NULL }, 2, "missing.json" },
    { { "import-scores", "@missing.rrproj", "1", "@scores.json", NULL }, 2, "missing.rrproj" },
    { { "import-scores", "@P", "1", NULL }, 2, "usage" },
  };

  run_bad_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_import_figures (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) run = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrFigures) figures = NULL;
  const GArray *days;

  sandbox_init (&sandbox);
  path = sandbox_write (&sandbox, "figures.json",
                        "{\"community_type\": \"community\", \"households\": 1200,"
                        " \"service_facility_area_m2\": 420.5,"
                        " \"council_meeting_dates\": [\"2026-04-12\", \"2026-03-15\"]}");
  run_cli (&run, "import-figures", sandbox.project, "1", path, NULL);
  g_assert_cmpint (run.status, ==, 0);

  project = rr_project_open (sandbox.project, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  figures = rr_project_get_figures (project, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_HOUSEHOLDS), ==, 1200);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_SERVICE_FACILITY_AREA), ==, 42050);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_COMMUNITY_TYPE), ==,
                   RR_COMMUNITY_TYPE_COMMUNITY);
  g_assert_false (rr_figures_has (figures, RR_FIELD_VOLUNTEERS));
  days = rr_figures_get_meeting_dates (figures);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpuint (g_array_index (days, guint32, 0), <, g_array_index (days, guint32, 1));
}

static void
test_import_figures_bad_input (void)
{
  static const struct {
    const char *json;
    int status;
    const char *expected;
  } cases[] = {
    { "", 2, "empty" },
    { "{\"households\": ", 2, "JSON" },
    { "{\"households\": -3}", 1, "households" },
    { "{\"households\": \"many\"}", 1, "households" },
    { "{\"volunteerz\": 3}", 1, "volunteerz" },
  };
  g_auto(Sandbox) sandbox = { 0 };
  gint64 audit_rows;

  sandbox_init (&sandbox);
  audit_rows = count_rows (sandbox.project, "audit_log");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = sandbox_write (&sandbox, "figures.json", cases[i].json);

      run_cli (&run, "import-figures", sandbox.project, "1", path, NULL);
      g_test_message ("case %u: %d %s", i, run.status, run.err);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_nonnull (strstr (run.err, cases[i].expected));
      g_assert_cmpint (count_rows (sandbox.project, "figures"), ==, 0);
      g_assert_cmpint (count_rows (sandbox.project, "audit_log"), ==, audit_rows);
    }
}

static void
test_evidence_add (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };
  g_autofree char *folder = NULL;
  g_autofree char *nested = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  sandbox_init (&sandbox);
  folder = g_build_filename (sandbox.dir, "photos", NULL);
  nested = g_build_filename (folder, "march", NULL);
  g_assert_cmpint (g_mkdir_with_parents (nested, 0755), ==, 0);
  a = g_build_filename (folder, "a.jpg", NULL);
  b = g_build_filename (nested, "b.jpg", NULL);
  g_assert_true (g_file_set_contents (a, "same", -1, NULL));
  g_assert_true (g_file_set_contents (b, "same", -1, NULL));
  c = sandbox_write (&sandbox, "minutes.txt", "议事会记录");

  run_cli (&run, "evidence", "add", sandbox.project, "1", "--task", "1", "--caption", "议事会",
           folder, c, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "1\tphotos/a.jpg\n2\tphotos/march/b.jpg\n3\tminutes.txt\n");
  g_assert_cmpint (count_rows (sandbox.project, "evidence"), ==, 3);
  g_assert_cmpint (count_rows (sandbox.project, "blobs"), ==, 2);

  run_cli (&again, "evidence", "add", sandbox.project, "1", "--task", "2", c, NULL);
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpint (count_rows (sandbox.project, "evidence"), ==, 4);
  g_assert_cmpint (count_rows (sandbox.project, "blobs"), ==, 2);
}

static void
test_evidence_bad_input (void)
{
  static const BadCase cases[] = {
    { { "evidence", "add", "@P", "1", "--task", "99", "@P", NULL }, 1, "--task 99" },
    { { "evidence", "add", "@P", "1", "--task", "abc", "@P", NULL }, 2, "--task" },
    { { "evidence", "add", "@P", "1", "--task", "0", "@P", NULL }, 2, "--task" },
    { { "evidence", "add", "@P", "1", "--task", "-2", "@P", NULL }, 2, "--task" },
    { { "evidence", "add", "@P", "1", "@P", NULL }, 2, "--task" },
    { { "evidence", "add", "@P", "1", "--task", "1", "@P", "@missing.jpg", NULL }, 2,
      "missing.jpg" },
    { { "evidence", "add", "@P", "x", "--task", "1", "@P", NULL }, 2, "EVALUATION_ID" },
    { { "evidence", "add", "@P", "7", "--task", "1", "@P", NULL }, 2, "7" },
    { { "evidence", "add", "@P", "1", "--task", "1", NULL }, 2, "usage" },
  };

  run_bad_cases (cases, G_N_ELEMENTS (cases));
}

/* Every write command refuses a finalised evaluation with status 1. */
static void
test_finalised_rejected (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autofree char *scores = NULL;
  g_autofree char *figures = NULL;
  gint64 audit_rows;

  sandbox_init (&sandbox);
  scores = sandbox_write (&sandbox, "scores.json",
                          "[{\"rater\": \"王芳\", \"role\": \"专家\", \"task\": 3, \"level\": \"达标\"}]");
  figures = sandbox_write (&sandbox, "figures.json", "{\"households\": 1200}");

  project = rr_project_open (sandbox.project, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (rr_project_set_evaluation_status (project, 1, RR_EVALUATION_STATUS_FINALISED,
                                                   &error));
  g_clear_pointer (&project, rr_project_close);
  audit_rows = count_rows (sandbox.project, "audit_log");

  {
    const char *commands[][8] = {
      { "import-scores", sandbox.project, "1", scores, NULL },
      { "import-figures", sandbox.project, "1", figures, NULL },
      { "evidence", "add", sandbox.project, "1", "--task", "1", figures, NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        g_auto(Run) run = { 0 };

        run_argv (&run, commands[i]);
        g_test_message ("%s: %d %s", commands[i][0], run.status, run.err);
        g_assert_cmpint (run.status, ==, 1);
        g_assert_nonnull (strstr (run.err, "finalised"));
        g_assert_cmpint (count_rows (sandbox.project, "audit_log"), ==, audit_rows);
      }
  }
}

/* A write command on a file another program is changing fails with
 * status 2 and prints the reason. */
static void
test_locked_rejected (void)
{
  g_auto(Sandbox) sandbox = { 0 };
  g_auto(Run) run = { 0 };
  g_auto(Run) info = { 0 };
  g_autoptr(sqlite3) other = NULL;

  sandbox_init (&sandbox);
  g_assert_cmpint (sqlite3_open (sandbox.project, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  run_cli (&run, "community", "add", sandbox.project, "--name", "湾里村", "--street", "湖塘镇",
           "--type", "village", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "another program"));

  run_cli (&info, "project", "info", sandbox.project, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "\"read_only\" : true"));

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  /* The checks look for English words in the messages. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");

  g_test_add_func ("/cli/project/new", test_project_new);
  g_test_add_func ("/cli/project/info", test_project_info);
  g_test_add_func ("/cli/community/add", test_community_add);
  g_test_add_func ("/cli/community/bad-input", test_community_bad_input);
  g_test_add_func ("/cli/evaluation/by-id", test_evaluation_by_id);
  g_test_add_func ("/cli/evaluation/bad-input", test_evaluation_bad_input);
  g_test_add_func ("/cli/import-scores/valid", test_import_scores);
  g_test_add_func ("/cli/import-scores/bad-input", test_import_scores_bad_input);
  g_test_add_func ("/cli/import-scores/bad-arguments", test_import_scores_bad_arguments);
  g_test_add_func ("/cli/import-figures/valid", test_import_figures);
  g_test_add_func ("/cli/import-figures/bad-input", test_import_figures_bad_input);
  g_test_add_func ("/cli/evidence/add", test_evidence_add);
  g_test_add_func ("/cli/evidence/bad-input", test_evidence_bad_input);
  g_test_add_func ("/cli/finalised/rejected", test_finalised_rejected);
  g_test_add_func ("/cli/locked/rejected", test_locked_rejected);

  return g_test_run ();
}
