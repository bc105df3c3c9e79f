/* test-cli.c: the renren-eval command line, run as a real process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
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

/* Runs renren-eval with the NULL-terminated arguments and @input on stdin. */
static void
run_cli (Run        *run,
         const char *input,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("RENREN_EVAL");
  const char *argument;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, input);
  while ((argument = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) argument);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE |
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static char *
write_temp (const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("renren-cli-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, NULL, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "renren-eval " PACKAGE_VERSION));
}

static void
test_catalog_json (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *tasks;
  guint binding = 0;
  guint per_group[4] = { 0 };
  const char *groups[] = { "participation", "responsibility", "life", "growth" };

  run_cli (&run, NULL, "catalog", "--format", "json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  tasks = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "tasks");
  g_assert_cmpuint (json_array_get_length (tasks), ==, 24);

  for (guint i = 0; i < 24; i++)
    {
      JsonObject *task = json_array_get_object_element (tasks, i);
      gint64 number = json_object_get_int_member (task, "number");
      const char *attribute = json_object_get_string_member (task, "attribute");

      if (g_str_equal (attribute, "binding"))
        {
          binding++;
          g_assert_cmpint (number % 2, ==, 1);
          g_assert_cmpstr (json_object_get_string_member (task, "attribute_name"), ==, "约束性");
        }
      else
        {
          g_assert_cmpstr (attribute, ==, "expected");
          g_assert_cmpstr (json_object_get_string_member (task, "attribute_name"), ==, "预期性");
        }

      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        per_group[g] += g_str_equal (json_object_get_string_member (task, "group"), groups[g]);
    }

  g_assert_cmpuint (binding, ==, 12);
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    g_assert_cmpuint (per_group[g], ==, 6);
}

static void
test_catalog_text (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, NULL, "catalog", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "参与共同体"));
  g_assert_nonnull (strstr (run.out, "每月召开 1 次议事会"));
  g_assert_nonnull (strstr (run.out, "注4："));
}

static void
test_catalog_from_file (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, NULL, "catalog", "--format", "json", "--catalog",
           SOURCE_ROOT "/data/catalog/renren-shequ-2026-baopi.json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"source\" : \"" SOURCE_ROOT));
}

/* Broken catalog files: a clear message on stderr naming the file and the
 * entry, a non-zero status, nothing on stdout. */
static void
test_catalog_invalid_files (void)
{
  struct {
    const char *name;
    const char *contents;
    int status;
    const char *expected;
  } cases[] = {
    { "missing-field.json", "{\"format\": 1, \"id\": \"x\", \"version\": \"1\", \"title\": \"t\"}", 1, "“code”" },
    { "truncated.json", "{\"format\": 1, \"id\": \"x\", \"ver", 2, "JSON" },
    { "latin1.json", "{\"title\": \"caf\xe9\"}", 2, "UTF-8" },
    { "empty.json", "", 2, "empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = write_temp (cases[i].name, cases[i].contents, -1);

      run_cli (&run, NULL, "catalog", "--catalog", path, NULL);
      g_test_message ("%s: %d %s", cases[i].name, run.status, run.err);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, path));
      g_assert_nonnull (strstr (run.err, cases[i].expected));
    }
}

static void
test_catalog_bad_arguments (void)
{
  const char *cases[][4] = {
    { "catalog", "--format", "xml", NULL },
    { "catalog", "--catalog", "/nonexistent.json", NULL },
    { "catalog", "extra", NULL, NULL },
    { "catalog", "--no-such-option", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, NULL, cases[i][0], cases[i][1], cases[i][2], cases[i][3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, !=, "");
    }
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_check_valid (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = write_temp ("figures.json",
                                      "{\"households\": 1234, \"service_facility_area_m2\": 327.7, "
                                      "\"resident_population\": 5001, \"volunteers\": 1001}", -1);
  JsonObject *root;
  JsonArray *checks;
  JsonObject *area = NULL;

  run_cli (&run, NULL, "check", path, NULL);
  g_assert_cmpint (run.status, ==, 0);

  root = parse_object (parser, run.out);
  checks = json_object_get_array_member (root, "checks");
  g_assert_cmpuint (json_array_get_length (checks), ==, 10);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "errors")), ==, 0);

  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);
      const char *id = json_object_get_string_member (check, "id");

      if (g_str_equal (id, "service_facility_area"))
        area = check;
      if (g_str_equal (id, "volunteer_share"))
        g_assert_cmpstr (json_object_get_string_member (check, "status"), ==, "met");
      if (g_str_equal (id, "covenant_awareness"))
        {
          g_assert_cmpstr (json_object_get_string_member (check, "status"), ==, "not_assessed");
          g_assert_true (json_object_get_null_member (check, "actual"));
        }
    }

  g_assert_nonnull (area);
  g_assert_cmpint (json_object_get_int_member (area, "task"), ==, 13);
  g_assert_cmpstr (json_object_get_string_member (area, "attribute"), ==, "binding");
  g_assert_cmpstr (json_object_get_string_member (area, "status"), ==, "not_met");
  g_assert_cmpstr (json_object_get_string_member (area, "unit"), ==, "m2");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (area, "shortfall"), 42.5, 1e-9);
  /* Areas are written with exactly two decimals. */
  g_assert_nonnull (strstr (run.out, "\"shortfall\": 42.50,"));
  g_assert_nonnull (strstr (run.out, "\"required\": 370.20,"));
}

static void
test_check_stdin (void)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "{\"resident_population\": 10000, \"social_workers\": 17}", "check", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"social_worker_staffing\", \"task\": 19, \"attribute\": \"binding\", "
                                     "\"status\": \"not_met\", \"actual\": 17, \"required\": 18, \"shortfall\": 1"));
}

/* Invalid figures: exit 1, every error listed with its field, no checks. */
static void
test_check_invalid (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *errors;

  run_cli (&run, "{\"households\": -3, \"covenant_respondents\": 10, \"volunteers\": \"many\"}", "check", "-", NULL);
  g_assert_cmpint (run.status, ==, 1);

  root = parse_object (parser, run.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "checks")), ==, 0);
  errors = json_object_get_array_member (root, "errors");
  g_assert_cmpuint (json_array_get_length (errors), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (errors, 0), "field"), ==, "households");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (errors, 1), "field"), ==, "volunteers");
  g_assert_nonnull (strstr (run.err, "households"));
}

static void
test_check_unreadable (void)
{
  struct {
    const char *input;
    const char *path;
  } cases[] = {
    { NULL, "/nonexistent/figures.json" },
    { "", "-" },
    { "{\"households\": ", "-" },
    { "[]", "-" },
    { "{\"households\": \"\xb2\xe2\"}", "-" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, cases[i].input, "check", cases[i].path, NULL);
      g_test_message ("case %u: %s", i, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, !=, "");
    }
}

static void
test_check_bad_arguments (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) two = { 0 };

  run_cli (&run, NULL, "check", NULL);
  g_assert_cmpint (run.status, ==, 2);

  run_cli (&two, NULL, "check", "a.json", "b.json", NULL);
  g_assert_cmpint (two.status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/catalog/json", test_catalog_json);
  g_test_add_func ("/cli/catalog/text", test_catalog_text);
  g_test_add_func ("/cli/catalog/from-file", test_catalog_from_file);
  g_test_add_func ("/cli/catalog/invalid-files", test_catalog_invalid_files);
  g_test_add_func ("/cli/catalog/bad-arguments", test_catalog_bad_arguments);
  g_test_add_func ("/cli/check/valid", test_check_valid);
  g_test_add_func ("/cli/check/stdin", test_check_stdin);
  g_test_add_func ("/cli/check/invalid", test_check_invalid);
  g_test_add_func ("/cli/check/unreadable", test_check_unreadable);
  g_test_add_func ("/cli/check/bad-arguments", test_check_bad_arguments);

  return g_test_run ();
}
