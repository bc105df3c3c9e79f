/* rr-catalog-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-export"

#include "config.h"

#include "rr-catalog-export.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *member,
          const char * const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
build_groups (JsonBuilder     *builder,
              const RrCatalog *catalog)
{
  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < catalog->groups->len; i++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", group->id);
      add_string (builder, "name", group->name);
      add_int (builder, "binding", rr_catalog_count_tasks (catalog, group, RR_ATTRIBUTE_BINDING));
      add_int (builder, "expected", rr_catalog_count_tasks (catalog, group, RR_ATTRIBUTE_EXPECTED));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_tasks (JsonBuilder     *builder,
             const RrCatalog *catalog)
{
  json_builder_set_member_name (builder, "tasks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < catalog->tasks->len; i++)
    {
      const RrTask *task = g_ptr_array_index (catalog->tasks, i);

      json_builder_begin_object (builder);
      add_int (builder, "number", task->number);
      add_string (builder, "group", task->group->id);
      add_string (builder, "group_name", task->group->name);
      add_string (builder, "category", task->category);
      add_string (builder, "attribute", rr_attribute_get_id (task->attribute));
      add_string (builder, "attribute_name", rr_attribute_get_name (task->attribute));
      add_string (builder, "text", task->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_notes_and_clauses (JsonBuilder     *builder,
                         const RrCatalog *catalog)
{
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < catalog->notes->len; i++)
    {
      const RrNote *note = g_ptr_array_index (catalog->notes, i);

      json_builder_begin_object (builder);
      add_int (builder, "number", note->number);
      add_string (builder, "text", note->text);
      add_strv (builder, "terms", (const char * const *) note->terms);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "clauses");
  json_builder_begin_array (builder);
  for (guint i = 0; i < catalog->clauses->len; i++)
    {
      const RrClause *clause = g_ptr_array_index (catalog->clauses, i);

      json_builder_begin_object (builder);
      add_string (builder, "number", clause->number);
      add_string (builder, "title", clause->title);
      add_string (builder, "text", clause->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_annexes (JsonBuilder     *builder,
               const RrCatalog *catalog)
{
  json_builder_set_member_name (builder, "annexes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < catalog->annexes->len; i++)
    {
      const RrAnnex *annex = g_ptr_array_index (catalog->annexes, i);
      const RrAnnexTable *table = &annex->table;

      json_builder_begin_object (builder);
      add_string (builder, "letter", annex->letter);
      add_string (builder, "nature", annex->nature);
      add_string (builder, "title", annex->title);
      add_string (builder, "intro", annex->intro);
      json_builder_set_member_name (builder, "table");
      json_builder_begin_object (builder);
      add_string (builder, "number", table->number);
      add_string (builder, "title", table->title);
      add_strv (builder, "columns", (const char * const *) table->columns);
      json_builder_set_member_name (builder, "rows");
      json_builder_begin_array (builder);
      for (guint j = 0; j < table->rows->len; j++)
        {
          const RrTableRow *row = g_ptr_array_index (table->rows, j);

          json_builder_begin_array (builder);
          for (guint k = 0; row->cells[k] != NULL; k++)
            {
              if (row->merged_above & (G_GUINT64_CONSTANT (1) << k))
                json_builder_add_null_value (builder);
              else
                json_builder_add_string_value (builder, row->cells[k]);
            }
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "paragraphs");
      json_builder_begin_array (builder);
      for (guint j = 0; j < table->paragraphs->len; j++)
        {
          const RrParagraph *paragraph = g_ptr_array_index (table->paragraphs, j);

          json_builder_begin_object (builder);
          add_string (builder, "heading", paragraph->heading);
          add_strv (builder, "lines", (const char * const *) paragraph->lines);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Writes the whole catalog as pretty-printed JSON. Attributes appear both as
 * ids ("binding", "expected") and as printed (约束性, 预期性). */
char *
rr_catalog_export_json (const RrCatalog *catalog)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (catalog != NULL, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "id", catalog->id);
  add_string (builder, "version", catalog->version);
  add_string (builder, "code", catalog->code);
  add_string (builder, "title", catalog->title);
  add_string (builder, "stage", catalog->stage);
  add_string (builder, "source", catalog->source);
  build_groups (builder, catalog);
  build_tasks (builder, catalog);
  build_notes_and_clauses (builder, catalog);
  build_annexes (builder, catalog);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

/* Writes Table 1 as text a person reads in a terminal: one block per
 * 共同体, each task with its number, category and attribute. */
char *
rr_catalog_export_text (const RrCatalog *catalog)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (catalog != NULL, NULL);

  g_string_append_printf (text, "%s %s（%s）\n", catalog->code, catalog->title, catalog->stage);
  g_string_append_printf (text, _("Catalog %s, version %s: %u tasks, %u binding (约束性) and %u expected (预期性)\n"),
                          catalog->id, catalog->version, catalog->tasks->len,
                          rr_catalog_count_tasks (catalog, NULL, RR_ATTRIBUTE_BINDING),
                          rr_catalog_count_tasks (catalog, NULL, RR_ATTRIBUTE_EXPECTED));

  for (guint g = 0; g < catalog->groups->len; g++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, g);

      g_string_append_printf (text, "\n%s\n", group->name);
      for (guint i = 0; i < catalog->tasks->len; i++)
        {
          const RrTask *task = g_ptr_array_index (catalog->tasks, i);

          if (task->group != group)
            continue;
          g_string_append_printf (text, "%2u  %s  [%s]\n    %s\n", task->number, task->category,
                                  rr_attribute_get_name (task->attribute), task->text);
        }
    }

  if (catalog->notes->len > 0)
    g_string_append_c (text, '\n');
  for (guint i = 0; i < catalog->notes->len; i++)
    {
      const RrNote *note = g_ptr_array_index (catalog->notes, i);

      g_string_append_printf (text, "注%u：%s\n", note->number, note->text);
    }

  return g_string_free (text, FALSE);
}
