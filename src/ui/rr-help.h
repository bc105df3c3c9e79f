/* rr-help.h: the help page, opened with F1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GFile *rr_help_find_page (void);
void   rr_help_show      (GtkWindow *parent);

G_END_DECLS
