/* rr-roster-dialog.h: a community roster previewed before it is imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "storage/rr-roster-import.h"

G_BEGIN_DECLS

#define RR_TYPE_ROSTER_DIALOG (rr_roster_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RrRosterDialog, rr_roster_dialog, RR, ROSTER_DIALOG, GtkWindow)

RrRosterDialog *rr_roster_dialog_new    (GtkWindow       *parent,
                                         RrProject       *project,
                                         RrRoster        *roster);
gboolean        rr_roster_dialog_import (RrRosterDialog  *self,
                                         gboolean         valid_only,
                                         RrRosterCounts  *counts,
                                         GError         **error);
guint           rr_roster_dialog_count_problem_rows (RrRosterDialog *self);

G_END_DECLS
