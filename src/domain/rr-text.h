/* rr-text.h: text helpers for Chinese search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *rr_text_fold_for_search (const char *text);
gboolean  rr_text_contains_folded (const char *haystack,
                                   const char *folded_needle);

G_END_DECLS
