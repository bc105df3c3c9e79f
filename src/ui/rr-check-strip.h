/* rr-check-strip.h: a community's quantitative requirements as a row of marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "domain/rr-catalog.h"
#include "domain/rr-thresholds.h"

G_BEGIN_DECLS

#define RR_TYPE_CHECK_STRIP (rr_check_strip_get_type ())

G_DECLARE_FINAL_TYPE (RrCheckStrip, rr_check_strip, RR, CHECK_STRIP, GtkWidget)

GtkWidget *rr_check_strip_new           (const RrCatalog *catalog);
GtkWidget *rr_check_strip_new_mark      (RrCheckStatus    status);
void       rr_check_strip_set_statuses  (RrCheckStrip    *self,
                                         const guint8    *statuses);
void       rr_check_strip_clear         (RrCheckStrip    *self);
char      *rr_check_strip_describe      (const RrCatalog *catalog,
                                         const guint8    *statuses);

G_END_DECLS
