/* rr-district-charts.h: the district's ranking chart as a widget, with
 * buttons to turn its pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "charts/rr-chart-data.h"

G_BEGIN_DECLS

GtkWidget   *rr_district_ranking_new           (void);
void         rr_district_ranking_set           (GtkWidget          *ranking,
                                                RrRankingData      *data);
GtkWidget   *rr_district_ranking_get_view      (GtkWidget          *ranking);
void         rr_district_ranking_set_page      (GtkWidget          *ranking,
                                                guint               page);
const char  *rr_district_ranking_get_page_text (GtkWidget          *ranking);

G_END_DECLS
