/* rr-figures-page.h: the community's figures and the live threshold checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "domain/rr-catalog.h"
#include "domain/rr-figures.h"
#include "domain/rr-thresholds.h"

G_BEGIN_DECLS

#define RR_TYPE_FIGURES_PAGE (rr_figures_page_get_type ())

G_DECLARE_FINAL_TYPE (RrFiguresPage, rr_figures_page, RR, FIGURES_PAGE, GtkWidget)

GtkWidget  *rr_figures_page_new               (RrCatalog       *catalog);
void        rr_figures_page_set_figures       (RrFiguresPage   *self,
                                               const RrFigures *figures);
RrFigures  *rr_figures_page_get_figures       (RrFiguresPage   *self);
void        rr_figures_page_set_text          (RrFiguresPage   *self,
                                               RrField          field,
                                               const char      *text);
const char *rr_figures_page_get_text          (RrFiguresPage   *self,
                                               RrField          field);
void        rr_figures_page_add_meeting_date  (RrFiguresPage   *self,
                                               guint32          julian_day);
gboolean    rr_figures_page_type_meeting_date (RrFiguresPage   *self,
                                               const char      *text);
const char *rr_figures_page_get_date_text     (RrFiguresPage   *self,
                                               const char     **message);
const char *rr_figures_page_get_field_error   (RrFiguresPage   *self,
                                               RrField          field);
guint       rr_figures_page_count_status      (RrFiguresPage   *self,
                                               RrCheckStatus    status);
GPtrArray  *rr_figures_page_get_checks        (RrFiguresPage   *self);

G_END_DECLS
