/* test-catalog.c: loading and validating the standard's catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-catalog.h"
#include "domain/rr-error.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define CATALOG_FILE SOURCE_ROOT "/data/catalog/renren-shequ-2026-baopi.json"

/* The shipped catalog's text, for building broken variants of it. */
static char *
default_catalog_text (void)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (CATALOG_FILE, &contents, NULL, NULL));
  return contents;
}

static RrCatalog *
load_text (const char  *text,
           gssize       length,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);

  return rr_catalog_load_bytes (bytes, "broken.json", error);
}

static void
test_default_counts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = rr_catalog_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpstr (catalog->id, ==, "db3204t-renren-shequ");
  g_assert_cmpstr (catalog->version, ==, "2026-baopi");
  g_assert_cmpuint (catalog->tasks->len, ==, 24);
  g_assert_cmpuint (catalog->groups->len, ==, 4);
  g_assert_cmpuint (rr_catalog_count_tasks (catalog, NULL, RR_ATTRIBUTE_BINDING), ==, 12);
  g_assert_cmpuint (rr_catalog_count_tasks (catalog, NULL, RR_ATTRIBUTE_EXPECTED), ==, 12);

  for (guint i = 0; i < catalog->groups->len; i++)
    g_assert_cmpuint (rr_catalog_count_tasks (catalog, g_ptr_array_index (catalog->groups, i), -1), ==, 6);

  /* Table 1 numbers 1–24 in order; odd numbers are 约束性, even 预期性. */
  for (guint i = 0; i < catalog->tasks->len; i++)
    {
      const RrTask *task = g_ptr_array_index (catalog->tasks, i);

      g_assert_cmpuint (task->number, ==, i + 1);
      g_assert_cmpint (task->attribute, ==, task->number % 2 == 1 ? RR_ATTRIBUTE_BINDING : RR_ATTRIBUTE_EXPECTED);
      g_assert_cmpuint (task->group->index, ==, i / 6);
    }
}

static void
test_default_sections (void)
{
  g_autoptr(RrCatalog) catalog = rr_catalog_load_default (NULL);
  const char *wanted_clauses[] = { "3.1", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "7.1", "7.2" };
  const char *letters[] = { "A", "B", "C", "D" };
  const RrAnnex *annex_c;
  const RrAnnex *annex_d;
  guint c_numbers[] = { 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17 };

  g_assert_cmpuint (catalog->notes->len, ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (wanted_clauses); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < catalog->clauses->len; j++)
        found |= g_str_equal (((RrClause *) g_ptr_array_index (catalog->clauses, j))->number, wanted_clauses[i]);
      g_assert_true (found);
    }

  g_assert_cmpuint (catalog->annexes->len, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    g_assert_cmpstr (((RrAnnex *) g_ptr_array_index (catalog->annexes, i))->letter, ==, letters[i]);

  /* Annex C's numbers are kept as printed, skipping 7 and 8. */
  annex_c = g_ptr_array_index (catalog->annexes, 2);
  g_assert_cmpuint (annex_c->table.rows->len, ==, G_N_ELEMENTS (c_numbers));
  for (guint i = 0; i < G_N_ELEMENTS (c_numbers); i++)
    {
      const RrTableRow *row = g_ptr_array_index (annex_c->table.rows, i);

      g_assert_cmpuint (g_ascii_strtoull (row->cells[0], NULL, 10), ==, c_numbers[i]);
    }

  /* 履职自治 spans rows 1–6: rows 2–6 continue its cell. */
  g_assert_cmpstr (((RrTableRow *) g_ptr_array_index (annex_c->table.rows, 0))->cells[1], ==, "履职自治");
  g_assert_cmpuint (((RrTableRow *) g_ptr_array_index (annex_c->table.rows, 1))->merged_above, ==, 1 << 1);

  annex_d = g_ptr_array_index (catalog->annexes, 3);
  g_assert_cmpuint (annex_d->table.rows->len, ==, 8);
}

/* Removes line breaks, which the PDF extract puts inside sentences. */
static char *
join_lines (const char *text)
{
  GString *joined = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '\n' && *p != '\r')
      g_string_append_c (joined, *p);

  return g_string_free (joined, FALSE);
}

/* Each task text and note must occur word for word in the standard. */
static void
test_default_matches_standard (void)
{
  const char *path = g_getenv ("RENREN_STANDARD_TEXT");
  g_autoptr(RrCatalog) catalog = rr_catalog_load_default (NULL);
  g_autofree char *standard = NULL;
  g_autofree char *joined = NULL;

  if (path == NULL || !g_file_get_contents (path, &standard, NULL, NULL))
    {
      g_test_skip ("the standard's text is not beside the checkout");
      return;
    }

  joined = join_lines (standard);
  for (guint i = 0; i < catalog->tasks->len; i++)
    {
      const RrTask *task = g_ptr_array_index (catalog->tasks, i);

      if (strstr (joined, task->text) == NULL)
        g_test_message ("task %u differs from the standard: %s", task->number, task->text);
      g_assert_nonnull (strstr (joined, task->text));
    }
  for (guint i = 0; i < catalog->notes->len; i++)
    {
      const RrNote *note = g_ptr_array_index (catalog->notes, i);

      g_assert_nonnull (strstr (joined, note->text));
    }
  for (guint i = 0; i < catalog->clauses->len; i++)
    {
      const RrClause *clause = g_ptr_array_index (catalog->clauses, i);
      g_auto(GStrv) paragraphs = g_strsplit (clause->text, "\n", -1);

      for (guint j = 0; paragraphs[j] != NULL; j++)
        g_assert_nonnull (strstr (joined, paragraphs[j]));
    }
}

static void
test_notes_for_task (void)
{
  g_autoptr(RrCatalog) catalog = rr_catalog_load_default (NULL);
  struct {
    guint task;
    guint notes[3];
  } cases[] = {
    { 1, { 1 } },          /* 约束性 only */
    { 2, { 1 } },          /* 预期性 only */
    { 6, { 1, 4 } },       /* 五社联动 */
    { 13, { 1, 2 } },      /* 四厅, 四化 */
    { 15, { 1, 3 } },      /* 全龄友好社区 */
    { 23, { 1, 3 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) notes = rr_catalog_notes_for_task (catalog, rr_catalog_get_task (catalog, cases[i].task));
      guint expected = 0;

      while (expected < G_N_ELEMENTS (cases[i].notes) && cases[i].notes[expected] != 0)
        expected++;
      g_assert_cmpuint (notes->len, ==, expected);
      for (guint j = 0; j < expected; j++)
        g_assert_cmpuint (((RrNote *) g_ptr_array_index (notes, j))->number, ==, cases[i].notes[j]);
    }
}

/* A broken variant of the built-in catalog: @edit changes the parsed JSON,
 * and the error must contain each of @expected. */
typedef struct {
  const char *name;
  void (*edit) (JsonObject *root);
  const char *expected[3];
} InvalidCase;

static JsonObject *
task_object (JsonObject *root,
             guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, "tasks"), index);
}

static void edit_remove_text (JsonObject *root) { json_object_remove_member (task_object (root, 4), "text"); }
static void edit_duplicate_number (JsonObject *root) { json_object_set_int_member (task_object (root, 5), "number", 5); }
static void edit_unknown_attribute (JsonObject *root) { json_object_set_string_member (task_object (root, 2), "attribute", "必须性"); }
static void edit_unknown_group (JsonObject *root) { json_object_set_string_member (task_object (root, 0), "group", "unknown"); }
static void edit_empty_text (JsonObject *root) { json_object_set_string_member (task_object (root, 7), "text", ""); }
static void edit_number_as_string (JsonObject *root) { json_object_set_string_member (task_object (root, 0), "number", "1"); }
static void edit_number_zero (JsonObject *root) { json_object_set_int_member (task_object (root, 0), "number", 0); }
static void edit_remove_id (JsonObject *root) { json_object_remove_member (root, "id"); }
static void edit_remove_version (JsonObject *root) { json_object_remove_member (root, "version"); }
static void edit_newer_format (JsonObject *root) { json_object_set_int_member (root, "format", 99); }
static void edit_tasks_not_list (JsonObject *root) { json_object_set_string_member (root, "tasks", "none"); }
static void edit_no_tasks (JsonObject *root) { json_object_set_array_member (root, "tasks", json_array_new ()); }
static void edit_task_not_object (JsonObject *root) { json_array_add_int_element (json_object_get_array_member (root, "tasks"), 7); }

static void
edit_duplicate_group (JsonObject *root)
{
  JsonObject *group = json_array_get_object_element (json_object_get_array_member (root, "groups"), 1);

  json_object_set_string_member (group, "id", "participation");
}

static void
edit_short_row (JsonObject *root)
{
  JsonObject *annex = json_array_get_object_element (json_object_get_array_member (root, "annexes"), 3);
  JsonArray *rows = json_object_get_array_member (json_object_get_object_member (annex, "table"), "rows");

  json_array_remove_element (json_array_get_array_element (rows, 2), 1);
}

static void
edit_bad_clause_number (JsonObject *root)
{
  JsonObject *clause = json_array_get_object_element (json_object_get_array_member (root, "clauses"), 0);

  json_object_set_string_member (clause, "number", "5..1");
}

static const InvalidCase invalid_cases[] = {
  { "missing-text", edit_remove_text, { "broken.json", "tasks[4]", "“text”" } },
  { "duplicate-number", edit_duplicate_number, { "tasks[5]", "5", "tasks[4]" } },
  { "unknown-attribute", edit_unknown_attribute, { "tasks[2]", "必须性", "约束性" } },
  { "unknown-group", edit_unknown_group, { "tasks[0]", "unknown" } },
  { "empty-text", edit_empty_text, { "tasks[7]", "“text”" } },
  { "number-as-string", edit_number_as_string, { "tasks[0]", "“number”" } },
  { "number-zero", edit_number_zero, { "tasks[0]", "“number”", "0" } },
  { "missing-id", edit_remove_id, { "catalog", "“id”" } },
  { "missing-version", edit_remove_version, { "catalog", "“version”" } },
  { "newer-format", edit_newer_format, { "catalog", "99" } },
  { "tasks-not-list", edit_tasks_not_list, { "catalog", "“tasks”" } },
  { "no-tasks", edit_no_tasks, { "tasks" } },
  { "task-not-object", edit_task_not_object, { "tasks[24]" } },
  { "duplicate-group", edit_duplicate_group, { "groups[1]", "participation" } },
  { "short-row", edit_short_row, { "annexes[3].table.rows[2]", "1", "2" } },
  { "bad-clause-number", edit_bad_clause_number, { "clauses[0]", "5..1" } },
};

static void
test_invalid_case (gconstpointer data)
{
  const InvalidCase *test_case = data;
  g_autofree char *text = default_catalog_text ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autofree char *broken = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  test_case->edit (json_node_get_object (json_parser_get_root (parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  broken = json_generator_to_data (generator, NULL);

  catalog = load_text (broken, -1, &error);
  g_assert_null (catalog);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_CATALOG);
  for (guint i = 0; i < G_N_ELEMENTS (test_case->expected) && test_case->expected[i] != NULL; i++)
    {
      if (strstr (error->message, test_case->expected[i]) == NULL)
        g_test_message ("message “%s” lacks “%s”", error->message, test_case->expected[i]);
      g_assert_nonnull (strstr (error->message, test_case->expected[i]));
    }
}

/* Files that are not a catalog at all: each gives a parse error naming the
 * file, never a crash. */
static void
test_malformed_bytes (void)
{
  g_autofree char *text = default_catalog_text ();
  struct {
    const char *name;
    const char *bytes;
    gssize length;
    int code;
    const char *expected;
  } cases[] = {
    { "empty", "", 0, RR_ERROR_PARSE, "empty" },
    { "bad-utf8", "{\n\"id\": \"\xff\xfe\"\n}", -1, RR_ERROR_PARSE, "2" },
    { "gbk", "{\"title\": \"\xc8\xcb\xc8\xcb\"}", -1, RR_ERROR_PARSE, "UTF-8" },
    { "truncated", text, strstr (text, "\"clauses\"") - text, RR_ERROR_PARSE, "JSON" },
    { "not-json", "tasks: 24", -1, RR_ERROR_PARSE, "JSON" },
    { "array-root", "[1, 2]", -1, RR_ERROR_INVALID_CATALOG, "catalog" },
    { "null-root", "null", -1, RR_ERROR_INVALID_CATALOG, "catalog" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RrCatalog) catalog = load_text (cases[i].bytes, cases[i].length, &error);

      g_test_message ("case %s", cases[i].name);
      g_assert_null (catalog);
      g_assert_error (error, RR_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, "broken.json"));
      g_assert_nonnull (strstr (error->message, cases[i].expected));
    }
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = rr_catalog_load_file ("/nonexistent/catalog.json", &error);

  g_assert_null (catalog);
  g_assert_error (error, RR_ERROR, RR_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/catalog.json"));
}

static void
test_load_file_roundtrip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = NULL;

  catalog = rr_catalog_load_file (CATALOG_FILE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (catalog->tasks->len, ==, 24);
  g_assert_cmpstr (catalog->source, ==, CATALOG_FILE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/default/counts", test_default_counts);
  g_test_add_func ("/catalog/default/sections", test_default_sections);
  g_test_add_func ("/catalog/default/matches-standard", test_default_matches_standard);
  g_test_add_func ("/catalog/notes/for-task", test_notes_for_task);
  g_test_add_func ("/catalog/file/missing", test_missing_file);
  g_test_add_func ("/catalog/file/load", test_load_file_roundtrip);
  g_test_add_func ("/catalog/invalid/malformed-bytes", test_malformed_bytes);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/invalid/%s", invalid_cases[i].name);

      g_test_add_data_func (path, &invalid_cases[i], test_invalid_case);
    }

  return g_test_run ();
}
