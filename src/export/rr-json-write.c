/* rr-json-write.c: JSON written by hand
 *
 * The outputs are written by hand because JSON-GLib prints doubles with 17
 * significant digits, so 42.35 would come out as 42.350000000000001, while
 * points and areas here have exactly two decimals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rr-json-write.h"

void
rr_json_append_string (GString    *json,
               const char *text)
{
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (json, "\\\"");
          break;
        case '\\':
          g_string_append (json, "\\\\");
          break;
        case '\n':
          g_string_append (json, "\\n");
          break;
        case '\t':
          g_string_append (json, "\\t");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (json, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (json, *p);
        }
    }
  g_string_append_c (json, '"');
}

void
rr_json_append_member (GString    *json,
                       const char *name,
                       const char *text)
{
  g_string_append (json, ", ");
  rr_json_append_string (json, name);
  g_string_append (json, ": ");
  rr_json_append_string (json, text);
}

/* Appends ", "NAME": " and then hundredths as a number with two decimals. */
void
rr_json_append_hundredths (GString    *json,
                           const char *name,
                           gint64      hundredths)
{
  g_string_append (json, ", ");
  rr_json_append_string (json, name);
  g_string_append_printf (json, ": %s%" G_GINT64_FORMAT ".%02d", hundredths < 0 ? "-" : "",
                          ABS (hundredths) / 100, (int) (ABS (hundredths) % 100));
}
