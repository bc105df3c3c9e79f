/* rr-json-write.h: JSON written by hand, with exact decimals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void rr_json_append_string     (GString    *json,
                                const char *text);
void rr_json_append_member     (GString    *json,
                                const char *name,
                                const char *text);
void rr_json_append_hundredths (GString    *json,
                                const char *name,
                                gint64      hundredths);

G_END_DECLS
