/* rr-district-page.h: every community of the project at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "storage/rr-district.h"

G_BEGIN_DECLS

#define RR_TYPE_DISTRICT_PAGE (rr_district_page_get_type ())

G_DECLARE_FINAL_TYPE (RrDistrictPage, rr_district_page, RR, DISTRICT_PAGE, GtkBox)

/* Values of the status filter, in the order of its drop-down. */
typedef enum {
  RR_DISTRICT_STATUS_ALL,
  RR_DISTRICT_STATUS_DRAFT,
  RR_DISTRICT_STATUS_SUBMITTED,
  RR_DISTRICT_STATUS_FINALISED,
  RR_DISTRICT_STATUS_NONE,
} RrDistrictStatusFilter;

GtkWidget        *rr_district_page_new              (void);
gboolean          rr_district_page_load             (RrDistrictPage       *self,
                                                     RrProject            *project,
                                                     RrCatalog            *catalog,
                                                     RrScoringTemplate    *template,
                                                     GError              **error);
gboolean          rr_district_page_update_community (RrDistrictPage       *self,
                                                     RrProject            *project,
                                                     gint64                community_id,
                                                     GError              **error);
const RrDistrict *rr_district_page_get_district     (RrDistrictPage       *self);
GtkWidget        *rr_district_page_get_ranking      (RrDistrictPage       *self);
const char       *rr_district_page_get_counts_text  (RrDistrictPage       *self);
void              rr_district_page_get_usual_period (RrDistrictPage       *self,
                                                     gint64               *start,
                                                     gint64               *end);
GListModel       *rr_district_page_get_streets      (RrDistrictPage       *self);
guint             rr_district_page_count_rows       (RrDistrictPage       *self);
const RrDistrictRow *rr_district_page_get_row       (RrDistrictPage       *self,
                                                     guint                 position);
void              rr_district_page_set_search_text  (RrDistrictPage       *self,
                                                     const char           *text);
void              rr_district_page_set_street       (RrDistrictPage       *self,
                                                     const char           *street);
gboolean          rr_district_page_set_unmet_requirement (RrDistrictPage *self,
                                                          const char     *requirement_id);
void              rr_district_page_set_kind_filter  (RrDistrictPage       *self,
                                                     int                   kind);
void              rr_district_page_set_status_filter (RrDistrictPage      *self,
                                                      RrDistrictStatusFilter filter);
gboolean          rr_district_page_sort_by          (RrDistrictPage       *self,
                                                     const char           *column_id,
                                                     GtkSortType           order);
void              rr_district_page_show_view        (RrDistrictPage       *self,
                                                     const char           *name);
void              rr_district_page_activate_row     (RrDistrictPage       *self,
                                                     guint                 position);

G_END_DECLS
