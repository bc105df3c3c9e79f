/* rr-json-read.c: reading validated data files with JSON-GLib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-json-read"

#include "config.h"

#include "rr-json-read.h"
#include "rr-error.h"

#include <glib/gi18n-lib.h>

/* ------------------------------------------------------------------------ */
/* Field readers                                                             */
/* ------------------------------------------------------------------------ */

gboolean
rr_json_fail (RrJsonReader     *reader,
      const char *entry,
      const char *problem)
{
  g_set_error (reader->error, RR_ERROR, RR_ERROR_INVALID_CATALOG,
               /* Translators: catalog error: FILE: ENTRY: PROBLEM */
               _("%s: %s: %s"), reader->source, entry, problem);
  return FALSE;
}

JsonNode *
rr_json_get_member (RrJsonReader     *reader,
            JsonObject *object,
            const char *entry,
            const char *member,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          g_autofree char *problem = g_strdup_printf (_("missing field “%s”"), member);
          rr_json_fail (reader, entry, problem);
        }
      return NULL;
    }

  return node;
}

gboolean
rr_json_wrong_type (RrJsonReader     *reader,
            const char *entry,
            const char *member,
            const char *expected)
{
  g_autofree char *problem = NULL;

  /* Translators: the second %s is "a string", "a whole number", "a list" … */
  problem = g_strdup_printf (_("field “%s” must be %s"), member, expected);
  return rr_json_fail (reader, entry, problem);
}

/* Reads a string member. With @required, a missing or empty value is an
 * error; otherwise it reads as "". */
gboolean
rr_json_read_string (RrJsonReader      *reader,
             JsonObject  *object,
             const char  *entry,
             const char  *member,
             gboolean     required,
             char       **out)
{
  JsonNode *node = rr_json_get_member (reader, object, entry, member, required);
  const char *value;

  *out = NULL;
  if (node == NULL)
    {
      if (required)
        return FALSE;
      *out = g_strdup ("");
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return rr_json_wrong_type (reader, entry, member, _("a string"));

  value = json_node_get_string (node);
  if (required && (value == NULL || *value == '\0'))
    {
      g_autofree char *problem = g_strdup_printf (_("field “%s” is empty"), member);
      return rr_json_fail (reader, entry, problem);
    }

  *out = g_strdup (value != NULL ? value : "");
  return TRUE;
}

gboolean
rr_json_read_uint (RrJsonReader     *reader,
           JsonObject *object,
           const char *entry,
           const char *member,
           guint       max,
           guint      *out)
{
  JsonNode *node = rr_json_get_member (reader, object, entry, member, TRUE);
  gint64 value;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return rr_json_wrong_type (reader, entry, member, _("a whole number"));

  value = json_node_get_int (node);
  if (value < 1 || value > max)
    {
      g_autofree char *problem = NULL;

      problem = g_strdup_printf (_("field “%s” is %lld, outside 1–%u"),
                                 member, (long long) value, max);
      return rr_json_fail (reader, entry, problem);
    }

  *out = (guint) value;
  return TRUE;
}

JsonArray *
rr_json_read_array (RrJsonReader     *reader,
            JsonObject *object,
            const char *entry,
            const char *member,
            gboolean    required)
{
  JsonNode *node = rr_json_get_member (reader, object, entry, member, required);

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      rr_json_wrong_type (reader, entry, member, _("a list"));
      return NULL;
    }

  return json_node_get_array (node);
}

JsonObject *
rr_json_element_object (RrJsonReader     *reader,
                JsonArray  *array,
                guint       index,
                const char *entry)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      rr_json_fail (reader, entry, _("entry must be an object with named fields"));
      return NULL;
    }

  return json_node_get_object (node);
}

/* Reads a list of strings; a missing list reads as empty unless @required. */
gboolean
rr_json_read_string_list (RrJsonReader      *reader,
                  JsonObject  *object,
                  const char  *entry,
                  const char  *member,
                  gboolean     required,
                  GStrv       *out)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  JsonNode *node;

  *out = NULL;
  node = rr_json_get_member (reader, object, entry, member, required);
  if (node == NULL && required)
    return FALSE;

  array = node != NULL ? rr_json_read_array (reader, object, entry, member, required) : NULL;
  if (node != NULL && array == NULL)
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return rr_json_wrong_type (reader, entry, member, _("a list of strings"));
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}
