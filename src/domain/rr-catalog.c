/* rr-catalog.c: loading and validating the standard's catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-catalog"

#include "config.h"

#include "rr-catalog.h"
#include "rr-error.h"
#include "rr-json-read.h"
#include "rr-text.h"
#include "rr-thresholds.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

/* rr_data_get_resource() comes from the compiled data/ resource bundle. */
GResource *rr_data_get_resource (void);

#define DEFAULT_CATALOG_PATH "/org/renrenshequ/Evaluator/data/catalog/renren-shequ-2026-baopi.json"

/* Task numbers above this are a typo, not a table row. */
#define MAX_TASK_NUMBER 999

static void
group_free (gpointer data)
{
  RrGroup *group = data;

  g_free (group->id);
  g_free (group->name);
  g_free (group);
}

static void
task_free (gpointer data)
{
  RrTask *task = data;

  g_free (task->category);
  g_free (task->text);
  g_free (task);
}

static void
note_free (gpointer data)
{
  RrNote *note = data;

  g_free (note->text);
  g_strfreev (note->terms);
  g_free (note);
}

static void
requirement_free (gpointer data)
{
  RrRequirement *requirement = data;

  g_free (requirement->id);
  g_free (requirement->quote);
  if (requirement->parameters != NULL)
    {
      for (guint i = 0; i < requirement->parameters->len; i++)
        g_free (g_array_index (requirement->parameters, RrParameter, i).name);
      g_array_unref (requirement->parameters);
    }
  g_free (requirement);
}

static void
clause_free (gpointer data)
{
  RrClause *clause = data;

  g_free (clause->number);
  g_free (clause->title);
  g_free (clause->text);
  g_free (clause);
}

static void
paragraph_free (gpointer data)
{
  RrParagraph *paragraph = data;

  g_free (paragraph->heading);
  g_strfreev (paragraph->lines);
  g_free (paragraph);
}

static void
table_row_free (gpointer data)
{
  RrTableRow *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

static void
annex_free (gpointer data)
{
  RrAnnex *annex = data;

  g_free (annex->letter);
  g_free (annex->nature);
  g_free (annex->title);
  g_free (annex->intro);
  g_free (annex->table.number);
  g_free (annex->table.title);
  g_strfreev (annex->table.columns);
  g_clear_pointer (&annex->table.rows, g_ptr_array_unref);
  g_clear_pointer (&annex->table.paragraphs, g_ptr_array_unref);
  g_free (annex);
}

static void
catalog_clear (RrCatalog *catalog)
{
  g_free (catalog->id);
  g_free (catalog->version);
  g_free (catalog->code);
  g_free (catalog->title);
  g_free (catalog->title_en);
  g_free (catalog->stage);
  g_free (catalog->issuer);
  g_free (catalog->proposer);
  g_free (catalog->administrator);
  g_free (catalog->drafting_units);
  g_free (catalog->source);
  g_clear_pointer (&catalog->groups, g_ptr_array_unref);
  g_clear_pointer (&catalog->tasks, g_ptr_array_unref);
  g_clear_pointer (&catalog->notes, g_ptr_array_unref);
  g_clear_pointer (&catalog->requirements, g_ptr_array_unref);
  g_clear_pointer (&catalog->clauses, g_ptr_array_unref);
  g_clear_pointer (&catalog->annexes, g_ptr_array_unref);
}

RrCatalog *
rr_catalog_ref (RrCatalog *catalog)
{
  g_return_val_if_fail (catalog != NULL, NULL);

  return g_atomic_rc_box_acquire (catalog);
}

void
rr_catalog_unref (RrCatalog *catalog)
{
  g_return_if_fail (catalog != NULL);

  g_atomic_rc_box_release_full (catalog, (GDestroyNotify) catalog_clear);
}

/* ------------------------------------------------------------------------ */
/* Sections of the catalog                                                   */
/* ------------------------------------------------------------------------ */

static gboolean
read_groups (RrJsonReader     *reader,
             JsonObject *root,
             RrCatalog  *catalog)
{
  JsonArray *array = rr_json_read_array (reader, root, "catalog", "groups", TRUE);

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    return rr_json_fail (reader, "groups", _("the list of 共同体 groups is empty"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("groups[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrGroup *group;

      if (object == NULL)
        return FALSE;

      group = g_new0 (RrGroup, 1);
      group->index = i;
      g_ptr_array_add (catalog->groups, group);
      if (!rr_json_read_string (reader, object, entry, "id", TRUE, &group->id) ||
          !rr_json_read_string (reader, object, entry, "name", TRUE, &group->name))
        return FALSE;

      for (guint j = 0; j < i; j++)
        {
          const RrGroup *other = g_ptr_array_index (catalog->groups, j);

          if (g_str_equal (other->id, group->id))
            {
              g_autofree char *problem = NULL;

              problem = g_strdup_printf (_("group id “%s” is used twice (also at groups[%u])"),
                                         group->id, j);
              return rr_json_fail (reader, entry, problem);
            }
        }
    }

  return TRUE;
}

static gboolean
read_task (RrJsonReader     *reader,
           JsonObject *object,
           const char *entry,
           RrCatalog  *catalog,
           RrTask     *task)
{
  g_autofree char *group_id = NULL;
  g_autofree char *attribute = NULL;

  if (!rr_json_read_uint (reader, object, entry, "number", MAX_TASK_NUMBER, &task->number) ||
      !rr_json_read_string (reader, object, entry, "group", TRUE, &group_id) ||
      !rr_json_read_string (reader, object, entry, "category", TRUE, &task->category) ||
      !rr_json_read_string (reader, object, entry, "attribute", TRUE, &attribute) ||
      !rr_json_read_string (reader, object, entry, "text", TRUE, &task->text))
    return FALSE;

  task->group = rr_catalog_get_group (catalog, group_id);
  if (task->group == NULL)
    {
      g_autofree char *problem = NULL;

      problem = g_strdup_printf (_("group “%s” is not one of the catalog’s groups"), group_id);
      return rr_json_fail (reader, entry, problem);
    }

  if (!rr_attribute_from_name (attribute, &task->attribute))
    {
      g_autofree char *problem = NULL;

      problem = g_strdup_printf (_("unknown attribute “%s”; use “约束性” or “预期性”"), attribute);
      return rr_json_fail (reader, entry, problem);
    }

  return TRUE;
}

static gboolean
read_tasks (RrJsonReader     *reader,
            JsonObject *root,
            RrCatalog  *catalog)
{
  JsonArray *array = rr_json_read_array (reader, root, "catalog", "tasks", TRUE);

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    return rr_json_fail (reader, "tasks", _("the list of construction tasks is empty"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("tasks[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrTask *task;

      if (object == NULL)
        return FALSE;

      task = g_new0 (RrTask, 1);
      g_ptr_array_add (catalog->tasks, task);
      if (!read_task (reader, object, entry, catalog, task))
        return FALSE;

      for (guint j = 0; j < i; j++)
        {
          const RrTask *other = g_ptr_array_index (catalog->tasks, j);

          if (other->number == task->number)
            {
              g_autofree char *problem = NULL;

              problem = g_strdup_printf (_("task number %u is used twice (also at tasks[%u])"),
                                         task->number, j);
              return rr_json_fail (reader, entry, problem);
            }
        }
    }

  return TRUE;
}

static gboolean
read_notes (RrJsonReader     *reader,
            JsonObject *root,
            RrCatalog  *catalog)
{
  JsonArray *array = rr_json_read_array (reader, root, "catalog", "notes", TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("notes[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrNote *note;

      if (object == NULL)
        return FALSE;

      note = g_new0 (RrNote, 1);
      g_ptr_array_add (catalog->notes, note);
      if (!rr_json_read_uint (reader, object, entry, "number", MAX_TASK_NUMBER, &note->number) ||
          !rr_json_read_string (reader, object, entry, "text", TRUE, &note->text) ||
          !rr_json_read_string_list (reader, object, entry, "terms", FALSE, &note->terms))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_parameters (RrJsonReader        *reader,
                 JsonObject    *object,
                 const char    *entry,
                 RrRequirement *requirement)
{
  JsonNode *node = rr_json_get_member (reader, object, entry, "parameters", FALSE);
  g_autoptr(GList) names = NULL;
  JsonObject *parameters;

  requirement->parameters = g_array_new (FALSE, FALSE, sizeof (RrParameter));
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return rr_json_wrong_type (reader, entry, "parameters", _("an object with named fields"));

  parameters = json_node_get_object (node);
  names = json_object_get_members (parameters);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (parameters, l->data);
      RrParameter parameter;

      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_INT64 ||
          json_node_get_int (value) < 0 || json_node_get_int (value) > 1000000)
        {
          g_autofree char *problem = NULL;

          problem = g_strdup_printf (_("parameter “%s” must be a whole number from 0 to 1000000"),
                                     (const char *) l->data);
          return rr_json_fail (reader, entry, problem);
        }

      parameter.name = g_strdup (l->data);
      parameter.value = json_node_get_int (value);
      g_array_append_val (requirement->parameters, parameter);
    }

  return TRUE;
}

static gboolean
read_requirement (RrJsonReader        *reader,
                  JsonObject    *object,
                  const char    *entry,
                  RrCatalog     *catalog,
                  RrRequirement *requirement)
{
  g_autofree char *problem = NULL;
  guint task_number = 0;

  if (!rr_json_read_string (reader, object, entry, "id", TRUE, &requirement->id) ||
      !rr_json_read_uint (reader, object, entry, "task", MAX_TASK_NUMBER, &task_number) ||
      !rr_json_read_string (reader, object, entry, "quote", TRUE, &requirement->quote) ||
      !read_parameters (reader, object, entry, requirement))
    return FALSE;

  requirement->task = rr_catalog_get_task (catalog, task_number);
  if (requirement->task == NULL)
    problem = g_strdup_printf (_("task %u is not in the catalog"), task_number);
  else if (strstr (requirement->task->text, requirement->quote) == NULL)
    problem = g_strdup_printf (_("the quote “%s” is not in the text of task %u"),
                               requirement->quote, task_number);
  else
    rr_threshold_rule_check (requirement, &problem);

  if (problem != NULL)
    return rr_json_fail (reader, entry, problem);

  for (guint i = 0; i < catalog->requirements->len; i++)
    {
      const RrRequirement *other = g_ptr_array_index (catalog->requirements, i);

      if (other != requirement && g_str_equal (other->id, requirement->id))
        {
          problem = g_strdup_printf (_("requirement “%s” is listed twice"), requirement->id);
          return rr_json_fail (reader, entry, problem);
        }
    }

  return TRUE;
}

/* Reads the quantitative requirements. A catalog without them is valid: its
 * tasks are then scored without threshold checks. */
static gboolean
read_requirements (RrJsonReader     *reader,
                   JsonObject *root,
                   RrCatalog  *catalog)
{
  JsonArray *array = rr_json_read_array (reader, root, "catalog", "requirements", FALSE);

  if (array == NULL)
    return json_object_get_member (root, "requirements") == NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("requirements[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrRequirement *requirement;

      if (object == NULL)
        return FALSE;

      requirement = g_new0 (RrRequirement, 1);
      g_ptr_array_add (catalog->requirements, requirement);
      if (!read_requirement (reader, object, entry, catalog, requirement))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_clause_number (const char *number)
{
  g_auto(GStrv) parts = g_strsplit (number, ".", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        return FALSE;
      for (const char *p = parts[i]; *p != '\0'; p++)
        if (!g_ascii_isdigit (*p))
          return FALSE;
    }

  return TRUE;
}

static gboolean
read_clauses (RrJsonReader     *reader,
              JsonObject *root,
              RrCatalog  *catalog)
{
  JsonArray *array = rr_json_read_array (reader, root, "catalog", "clauses", TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("clauses[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrClause *clause;

      if (object == NULL)
        return FALSE;

      clause = g_new0 (RrClause, 1);
      g_ptr_array_add (catalog->clauses, clause);
      if (!rr_json_read_string (reader, object, entry, "number", TRUE, &clause->number) ||
          !rr_json_read_string (reader, object, entry, "title", FALSE, &clause->title) ||
          !rr_json_read_string (reader, object, entry, "text", FALSE, &clause->text))
        return FALSE;

      if (!is_clause_number (clause->number))
        {
          g_autofree char *problem = NULL;

          problem = g_strdup_printf (_("clause number “%s” is not of the form 5.1.2"),
                                     clause->number);
          return rr_json_fail (reader, entry, problem);
        }
      if (*clause->title == '\0' && *clause->text == '\0')
        return rr_json_fail (reader, entry, _("a clause needs a title, a text or both"));

      clause->depth = 1;
      for (const char *p = clause->number; *p != '\0'; p++)
        clause->depth += *p == '.';
    }

  return TRUE;
}

/* Reads the rows of a table. A null cell continues the merged cell above it,
 * as 类别 spans several rows in the printed tables; "" is an empty cell. */
static gboolean
read_table_rows (RrJsonReader       *reader,
                 JsonObject   *object,
                 const char   *entry,
                 RrAnnexTable *table)
{
  JsonArray *rows = rr_json_read_array (reader, object, entry, "rows", FALSE);
  guint columns = g_strv_length (table->columns);

  if (rows == NULL)
    return json_object_get_member (object, "rows") == NULL;
  if (columns > RR_TABLE_MAX_COLUMNS)
    {
      g_autofree char *problem = NULL;

      problem = g_strdup_printf (_("the table has %u columns; at most %u are supported"),
                                 columns, RR_TABLE_MAX_COLUMNS);
      return rr_json_fail (reader, entry, problem);
    }

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      g_autofree char *row_entry = g_strdup_printf ("%s.rows[%u]", entry, i);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      JsonNode *node = json_array_get_element (rows, i);
      JsonArray *cells;
      RrTableRow *row;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return rr_json_fail (reader, row_entry, _("a row must be a list of cells"));

      cells = json_node_get_array (node);
      if (json_array_get_length (cells) != columns)
        {
          g_autofree char *problem = NULL;

          problem = g_strdup_printf (_("the row has %u cells but the table has %u columns"),
                                     json_array_get_length (cells), columns);
          return rr_json_fail (reader, row_entry, problem);
        }

      row = g_new0 (RrTableRow, 1);
      for (guint j = 0; j < columns; j++)
        {
          JsonNode *cell = json_array_get_element (cells, j);

          if (JSON_NODE_HOLDS_NULL (cell) && i > 0)
            {
              row->merged_above |= G_GUINT64_CONSTANT (1) << j;
              g_strv_builder_add (builder, "");
            }
          else if (JSON_NODE_HOLDS_VALUE (cell) && json_node_get_value_type (cell) == G_TYPE_STRING)
            {
              g_strv_builder_add (builder, json_node_get_string (cell));
            }
          else
            {
              g_free (row);
              return rr_json_fail (reader, row_entry,
                           _("every cell must be a string, or null to continue the cell above"));
            }
        }

      row->cells = g_strv_builder_end (builder);
      g_ptr_array_add (table->rows, row);
    }

  return TRUE;
}

static gboolean
read_table_paragraphs (RrJsonReader       *reader,
                       JsonObject   *object,
                       const char   *entry,
                       RrAnnexTable *table)
{
  JsonArray *paragraphs = rr_json_read_array (reader, object, entry, "paragraphs", FALSE);

  if (paragraphs == NULL)
    return json_object_get_member (object, "paragraphs") == NULL;

  for (guint i = 0; i < json_array_get_length (paragraphs); i++)
    {
      g_autofree char *paragraph_entry = g_strdup_printf ("%s.paragraphs[%u]", entry, i);
      JsonObject *paragraph_object = rr_json_element_object (reader, paragraphs, i, paragraph_entry);
      RrParagraph *paragraph;

      if (paragraph_object == NULL)
        return FALSE;

      paragraph = g_new0 (RrParagraph, 1);
      g_ptr_array_add (table->paragraphs, paragraph);
      if (!rr_json_read_string (reader, paragraph_object, paragraph_entry, "heading", FALSE, &paragraph->heading) ||
          !rr_json_read_string_list (reader, paragraph_object, paragraph_entry, "lines", TRUE, &paragraph->lines))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_annex_table (RrJsonReader       *reader,
                  JsonObject   *annex_object,
                  const char   *annex_entry,
                  RrAnnexTable *table)
{
  g_autofree char *entry = g_strdup_printf ("%s.table", annex_entry);
  JsonNode *node = rr_json_get_member (reader, annex_object, annex_entry, "table", TRUE);
  JsonObject *object;

  table->rows = g_ptr_array_new_with_free_func (table_row_free);
  table->paragraphs = g_ptr_array_new_with_free_func (paragraph_free);

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return rr_json_wrong_type (reader, annex_entry, "table", _("an object with named fields"));

  object = json_node_get_object (node);
  if (!rr_json_read_string (reader, object, entry, "number", TRUE, &table->number) ||
      !rr_json_read_string (reader, object, entry, "title", TRUE, &table->title) ||
      !rr_json_read_string_list (reader, object, entry, "columns", FALSE, &table->columns) ||
      !read_table_rows (reader, object, entry, table) ||
      !read_table_paragraphs (reader, object, entry, table))
    return FALSE;

  if (table->rows->len > 0 && table->columns[0] == NULL)
    return rr_json_fail (reader, entry, _("the table has rows but no columns"));
  if (table->rows->len == 0 && table->paragraphs->len == 0)
    return rr_json_fail (reader, entry, _("the table has neither rows nor paragraphs"));

  return TRUE;
}

static gboolean
read_annexes (RrJsonReader     *reader,
              JsonObject *root,
              RrCatalog  *catalog)
{
  JsonArray *array = rr_json_read_array (reader, root, "catalog", "annexes", TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("annexes[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrAnnex *annex;

      if (object == NULL)
        return FALSE;

      annex = g_new0 (RrAnnex, 1);
      g_ptr_array_add (catalog->annexes, annex);
      if (!rr_json_read_string (reader, object, entry, "letter", TRUE, &annex->letter) ||
          !rr_json_read_string (reader, object, entry, "nature", FALSE, &annex->nature) ||
          !rr_json_read_string (reader, object, entry, "title", TRUE, &annex->title) ||
          !rr_json_read_string (reader, object, entry, "intro", FALSE, &annex->intro) ||
          !read_annex_table (reader, object, entry, &annex->table))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_header (RrJsonReader     *reader,
             JsonObject *root,
             RrCatalog  *catalog)
{
  guint format = 0;

  if (!rr_json_read_uint (reader, root, "catalog", "format", G_MAXINT, &format))
    return FALSE;
  if (format > RR_CATALOG_FORMAT)
    {
      g_autofree char *problem = NULL;

      problem = g_strdup_printf (_("catalog format %u is newer than this version of the app reads (%u); update the app"),
                                 format, RR_CATALOG_FORMAT);
      return rr_json_fail (reader, "catalog", problem);
    }

  return rr_json_read_string (reader, root, "catalog", "id", TRUE, &catalog->id) &&
         rr_json_read_string (reader, root, "catalog", "version", TRUE, &catalog->version) &&
         rr_json_read_string (reader, root, "catalog", "code", TRUE, &catalog->code) &&
         rr_json_read_string (reader, root, "catalog", "title", TRUE, &catalog->title) &&
         rr_json_read_string (reader, root, "catalog", "title_en", FALSE, &catalog->title_en) &&
         rr_json_read_string (reader, root, "catalog", "stage", FALSE, &catalog->stage) &&
         rr_json_read_string (reader, root, "catalog", "issuer", FALSE, &catalog->issuer) &&
         rr_json_read_string (reader, root, "catalog", "proposer", FALSE, &catalog->proposer) &&
         rr_json_read_string (reader, root, "catalog", "administrator", FALSE, &catalog->administrator) &&
         rr_json_read_string (reader, root, "catalog", "drafting_units", FALSE, &catalog->drafting_units);
}

/* Reports the line of the first byte that is not UTF-8, since JSON-GLib's
 * own message for it names no position. */
static gboolean
check_utf8 (RrJsonReader     *reader,
            const char *data,
            gsize       length)
{
  const char *end = NULL;
  guint line = 1;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  for (const char *p = data; p < end; p++)
    line += *p == '\n';

  g_set_error (reader->error, RR_ERROR, RR_ERROR_PARSE,
               _("%s: line %u (byte %llu): invalid UTF-8; save the file as UTF-8"),
               reader->source, line, (unsigned long long) (end - data));
  return FALSE;
}

/**
 * rr_catalog_load_bytes:
 * @bytes: the catalog's JSON text
 * @source: the file or resource name that error messages cite
 *
 * Parses and validates a catalog. Every error names @source, the entry
 * (for example `tasks[5]`) and the problem.
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error set
 */
RrCatalog *
rr_catalog_load_bytes (GBytes      *bytes,
                       const char  *source,
                       GError     **error)
{
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  RrJsonReader reader = { source, error };
  const char *data;
  gsize length;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE, _("%s: the file is empty"), source);
      return NULL;
    }
  if (!check_utf8 (&reader, data, length))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("%s: not valid JSON: %s"), source, parse_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      rr_json_fail (&reader, "catalog", _("the top level must be an object with named fields"));
      return NULL;
    }

  catalog = g_atomic_rc_box_new0 (RrCatalog);
  catalog->source = g_strdup (source);
  catalog->groups = g_ptr_array_new_with_free_func (group_free);
  catalog->tasks = g_ptr_array_new_with_free_func (task_free);
  catalog->notes = g_ptr_array_new_with_free_func (note_free);
  catalog->requirements = g_ptr_array_new_with_free_func (requirement_free);
  catalog->clauses = g_ptr_array_new_with_free_func (clause_free);
  catalog->annexes = g_ptr_array_new_with_free_func (annex_free);

  if (!read_header (&reader, json_node_get_object (root), catalog) ||
      !read_groups (&reader, json_node_get_object (root), catalog) ||
      !read_tasks (&reader, json_node_get_object (root), catalog) ||
      !read_notes (&reader, json_node_get_object (root), catalog) ||
      !read_requirements (&reader, json_node_get_object (root), catalog) ||
      !read_clauses (&reader, json_node_get_object (root), catalog) ||
      !read_annexes (&reader, json_node_get_object (root), catalog))
    return NULL;

  g_debug ("Loaded catalog %s %s from %s: %u tasks",
           catalog->id, catalog->version, source, catalog->tasks->len);

  return g_steal_pointer (&catalog);
}

RrCatalog *
rr_catalog_load_file (const char  *path,
                      GError     **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO,
                   _("Could not read the catalog: %s"), read_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return rr_catalog_load_bytes (bytes, path, error);
}

/* Loads the catalog compiled into the binary. */
RrCatalog *
rr_catalog_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (rr_data_get_resource (), DEFAULT_CATALOG_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return rr_catalog_load_bytes (bytes, "resource://" DEFAULT_CATALOG_PATH, error);
}

/* ------------------------------------------------------------------------ */
/* Queries                                                                   */
/* ------------------------------------------------------------------------ */

const RrTask *
rr_catalog_get_task (const RrCatalog *catalog,
                     guint            number)
{
  g_return_val_if_fail (catalog != NULL, NULL);

  for (guint i = 0; i < catalog->tasks->len; i++)
    {
      const RrTask *task = g_ptr_array_index (catalog->tasks, i);

      if (task->number == number)
        return task;
    }

  return NULL;
}

const RrGroup *
rr_catalog_get_group (const RrCatalog *catalog,
                      const char      *id)
{
  g_return_val_if_fail (catalog != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < catalog->groups->len; i++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, i);

      if (g_str_equal (group->id, id))
        return group;
    }

  return NULL;
}

/* Counts the tasks of @group (all groups when %NULL) with @attribute (any
 * attribute when negative). */
guint
rr_catalog_count_tasks (const RrCatalog *catalog,
                        const RrGroup   *group,
                        int              attribute)
{
  guint count = 0;

  g_return_val_if_fail (catalog != NULL, 0);

  for (guint i = 0; i < catalog->tasks->len; i++)
    {
      const RrTask *task = g_ptr_array_index (catalog->tasks, i);

      if ((group == NULL || task->group == group) &&
          (attribute < 0 || (int) task->attribute == attribute))
        count++;
    }

  return count;
}

/* Collects the notes that explain a term of @task: a term in its text, or
 * the name of its attribute. The array does not own its RrNote pointers. */
GPtrArray *
rr_catalog_notes_for_task (const RrCatalog *catalog,
                           const RrTask    *task)
{
  GPtrArray *notes = g_ptr_array_new ();

  g_return_val_if_fail (catalog != NULL, notes);
  g_return_val_if_fail (task != NULL, notes);

  for (guint i = 0; i < catalog->notes->len; i++)
    {
      RrNote *note = g_ptr_array_index (catalog->notes, i);

      for (guint j = 0; note->terms[j] != NULL; j++)
        {
          if (strstr (task->text, note->terms[j]) != NULL ||
              g_str_equal (note->terms[j], rr_attribute_get_name (task->attribute)))
            {
              g_ptr_array_add (notes, note);
              break;
            }
        }
    }

  return notes;
}

gboolean
rr_requirement_get_parameter (const RrRequirement *requirement,
                              const char          *name,
                              gint64              *value)
{
  g_return_val_if_fail (requirement != NULL, FALSE);

  for (guint i = 0; i < requirement->parameters->len; i++)
    {
      const RrParameter *parameter = &g_array_index (requirement->parameters, RrParameter, i);

      if (g_str_equal (parameter->name, name))
        {
          *value = parameter->value;
          return TRUE;
        }
    }

  return FALSE;
}

/* The attribute as the standard prints it. */
const char *
rr_attribute_get_name (RrAttribute attribute)
{
  return attribute == RR_ATTRIBUTE_BINDING ? "约束性" : "预期性";
}

/* The attribute as machine-readable output spells it. */
const char *
rr_attribute_get_id (RrAttribute attribute)
{
  return attribute == RR_ATTRIBUTE_BINDING ? "binding" : "expected";
}

gboolean
rr_attribute_from_name (const char  *name,
                        RrAttribute *attribute)
{
  if (g_strcmp0 (name, "约束性") == 0)
    *attribute = RR_ATTRIBUTE_BINDING;
  else if (g_strcmp0 (name, "预期性") == 0)
    *attribute = RR_ATTRIBUTE_EXPECTED;
  else
    return FALSE;

  return TRUE;
}

/* Returns TRUE when the folded query occurs in the task's text, category,
 * group or attribute, or equals its number. */
gboolean
rr_task_matches_search (const RrTask *task,
                        const char   *folded_query)
{
  char number[16];

  g_return_val_if_fail (task != NULL, FALSE);

  if (folded_query == NULL || *folded_query == '\0')
    return TRUE;

  g_snprintf (number, sizeof number, "%u", task->number);
  return g_str_equal (number, folded_query) ||
         rr_text_contains_folded (task->text, folded_query) ||
         rr_text_contains_folded (task->category, folded_query) ||
         rr_text_contains_folded (task->group->name, folded_query) ||
         rr_text_contains_folded (rr_attribute_get_name (task->attribute), folded_query);
}
