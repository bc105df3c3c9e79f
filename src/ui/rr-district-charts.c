/* rr-district-charts.c: the district's ranking chart as a widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-district-page"

#include "config.h"

#include "rr-district-charts.h"

#include "rr-chart-view.h"

GtkWidget *
rr_district_ranking_new (void)
{
  return rr_chart_view_new ();
}

/**
 * rr_district_ranking_set:
 * @totals: hundredths of a point; a negative total is not assessed
 * @grades: the index of each grade in the template, best first; -1 for none
 *
 * Shows the communities in the ranking chart, which sorts them itself.
 */
void
rr_district_ranking_set (GtkWidget          *view,
                         const char         *title,
                         gint64              maximum,
                         guint               n,
                         const char * const *names,
                         const gint64       *totals,
                         const int          *grades)
{
  RrRankingData *data = rr_ranking_data_new (title, maximum);
  g_autoptr(RrChart) chart = NULL;

  for (guint i = 0; i < n; i++)
    {
      RrChartGrade grade = grades[i] >= 0 && grades[i] < RR_N_GRADES ? (RrChartGrade) grades[i] : RR_GRADE_NONE;

      rr_ranking_data_add (data, names[i], totals[i] >= 0 ? RR_CHART_VALUE (totals[i]) : RR_CHART_VALUE_NOT_ASSESSED,
                           grade);
    }

  chart = rr_chart_new_ranking (data);
  rr_chart_view_set_chart (RR_CHART_VIEW (view), chart);
}
