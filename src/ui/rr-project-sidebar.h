/* rr-project-sidebar.h: the project's streets, communities and evaluations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "storage/rr-project.h"

G_BEGIN_DECLS

#define RR_TYPE_PROJECT_SIDEBAR (rr_project_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (RrProjectSidebar, rr_project_sidebar, RR, PROJECT_SIDEBAR, GtkWidget)

GtkWidget *rr_project_sidebar_new        (void);
gboolean   rr_project_sidebar_load       (RrProjectSidebar *self,
                                          RrProject        *project,
                                          GError          **error);
gboolean   rr_project_sidebar_select     (RrProjectSidebar *self,
                                          gint64            evaluation_id);
guint      rr_project_sidebar_count_rows (RrProjectSidebar *self);

G_END_DECLS
