/* rr-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "domain/rr-catalog.h"

G_BEGIN_DECLS

#define RR_TYPE_APPLICATION (rr_application_get_type ())

G_DECLARE_FINAL_TYPE (RrApplication, rr_application, RR, APPLICATION, GtkApplication)

RrApplication *rr_application_new         (void);
RrCatalog     *rr_application_get_catalog (RrApplication *self);
gboolean       rr_application_set_catalog_file (RrApplication *self,
                                                const char    *path,
                                                GError       **error);
GSettings     *rr_application_get_settings (RrApplication *self);
GPtrArray     *rr_application_get_pending_files (RrApplication *self);

G_END_DECLS
