/* rr-json-read.h: reading validated data files with JSON-GLib
 *
 * Each reader sets an RR_ERROR_INVALID_CATALOG error that names the file,
 * the entry (such as "tasks[5]") and the problem, and returns FALSE or NULL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The file being read, for every message, and the error to fill. */
typedef struct {
  const char *source;
  GError **error;
} RrJsonReader;

gboolean    rr_json_fail             (RrJsonReader *reader,
                                      const char   *entry,
                                      const char   *problem);
JsonNode   *rr_json_get_member       (RrJsonReader *reader,
                                      JsonObject   *object,
                                      const char   *entry,
                                      const char   *member,
                                      gboolean      required);
gboolean    rr_json_wrong_type       (RrJsonReader *reader,
                                      const char   *entry,
                                      const char   *member,
                                      const char   *expected);
gboolean    rr_json_read_string      (RrJsonReader *reader,
                                      JsonObject   *object,
                                      const char   *entry,
                                      const char   *member,
                                      gboolean      required,
                                      char        **out);
gboolean    rr_json_read_uint        (RrJsonReader *reader,
                                      JsonObject   *object,
                                      const char   *entry,
                                      const char   *member,
                                      guint         max,
                                      guint        *out);
JsonArray  *rr_json_read_array       (RrJsonReader *reader,
                                      JsonObject   *object,
                                      const char   *entry,
                                      const char   *member,
                                      gboolean      required);
JsonObject *rr_json_element_object   (RrJsonReader *reader,
                                      JsonArray    *array,
                                      guint         index,
                                      const char   *entry);
gboolean    rr_json_read_string_list (RrJsonReader *reader,
                                      JsonObject   *object,
                                      const char   *entry,
                                      const char   *member,
                                      gboolean      required,
                                      GStrv        *out);

G_END_DECLS
