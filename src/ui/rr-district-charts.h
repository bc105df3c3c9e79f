/* rr-district-charts.h: the district's ranking chart as a widget
 *
 * Kept apart from rr-district-page.c because the chart module's RrChartGrade
 * (a colour band) and the scoring template's RrChartGrade (a grade's name and
 * bounds) cannot be in one file. The grade here is the index in the
 * template's list of grades, best first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget   *rr_district_ranking_new           (void);
GtkWidget   *rr_district_ranking_get_view      (GtkWidget          *ranking);
void         rr_district_ranking_set_page      (GtkWidget          *ranking,
                                                guint               page);
const char  *rr_district_ranking_get_page_text (GtkWidget          *ranking);
void         rr_district_ranking_set           (GtkWidget          *ranking,
                                                const char         *title,
                                                gint64              maximum,
                                                guint               n,
                                                const char * const *names,
                                                const gint64       *totals,
                                                const int          *grades);

G_END_DECLS
