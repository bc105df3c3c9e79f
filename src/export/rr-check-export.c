/* rr-check-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-export"

#include "config.h"

#include "rr-check-export.h"
#include "rr-json-write.h"

/* Writes a value in the check's unit as a JSON number, or null. */
static void
append_number (GString       *json,
               const char    *name,
               const RrCheck *check,
               gint64         value)
{
  g_string_append (json, ", ");
  rr_json_append_string (json, name);
  g_string_append (json, ": ");

  if (check->status == RR_CHECK_NOT_ASSESSED)
    {
      g_string_append (json, "null");
      return;
    }

  g_autofree char *text = rr_unit_format_value (check->unit, value);
  g_string_append (json, text);
}

static void
append_check (GString       *json,
              const RrCheck *check)
{
  const RrTask *task = check->requirement->task;

  g_string_append (json, "    {");
  rr_json_append_string (json, "id");
  g_string_append (json, ": ");
  rr_json_append_string (json, check->requirement->id);
  g_string_append_printf (json, ", \"task\": %u", task->number);
  rr_json_append_member (json, "attribute", rr_attribute_get_id (task->attribute));
  rr_json_append_member (json, "status", rr_check_status_get_id (check->status));
  append_number (json, "actual", check, check->actual);
  append_number (json, "required", check, check->required);
  append_number (json, "shortfall", check, check->shortfall);
  rr_json_append_member (json, "unit", rr_unit_get_id (check->unit));
  rr_json_append_member (json, "message", check->message);
  rr_json_append_member (json, "quote", check->requirement->quote);
  if (check->actual_text != NULL)
    rr_json_append_member (json, "actual_text", check->actual_text);
  if (check->required_text != NULL)
    rr_json_append_member (json, "required_text", check->required_text);

  g_string_append (json, ", \"missing\": [");
  for (guint i = 0; check->missing != NULL && check->missing[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (json, ", ");
      rr_json_append_string (json, check->missing[i]);
    }
  g_string_append (json, "]}");
}

/* Writes {"checks": […], "errors": […]}; either array may be %NULL, which
 * writes it empty. */
char *
rr_check_export_json (GPtrArray *checks,
                      GPtrArray *errors)
{
  GString *json = g_string_new ("{\n  \"checks\": [");

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      g_string_append (json, i == 0 ? "\n" : ",\n");
      append_check (json, g_ptr_array_index (checks, i));
    }
  g_string_append (json, checks != NULL && checks->len > 0 ? "\n  ],\n  \"errors\": [" : "],\n  \"errors\": [");

  for (guint i = 0; errors != NULL && i < errors->len; i++)
    {
      const RrFieldError *error = g_ptr_array_index (errors, i);

      g_string_append (json, i == 0 ? "\n    {" : ",\n    {");
      rr_json_append_string (json, "field");
      g_string_append (json, ": ");
      rr_json_append_string (json, error->field);
      rr_json_append_member (json, "message", error->message);
      g_string_append_c (json, '}');
    }
  g_string_append (json, errors != NULL && errors->len > 0 ? "\n  ]\n}\n" : "]\n}\n");

  return g_string_free (json, FALSE);
}
