/* rr-task-row.h: one construction task in the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "domain/rr-catalog.h"

G_BEGIN_DECLS

#define RR_TYPE_TASK_ROW (rr_task_row_get_type ())

G_DECLARE_FINAL_TYPE (RrTaskRow, rr_task_row, RR, TASK_ROW, GtkListBoxRow)

GtkWidget    *rr_task_row_new      (const RrTask *task);
const RrTask *rr_task_row_get_task (RrTaskRow    *self);
void          rr_task_row_set_level (RrTaskRow   *self,
                                     const char  *name,
                                     int          level);
const char   *rr_task_row_get_level (RrTaskRow   *self);

GtkWidget    *rr_attribute_badge_new (RrAttribute attribute);

G_END_DECLS
