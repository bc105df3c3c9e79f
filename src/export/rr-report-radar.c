/* rr-report-radar.c: the radar chart of a report, drawn by the chart module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-report"

#include "config.h"

#include "rr-report-radar.h"

#include "charts/rr-chart.h"

static void
draw_radar (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  g_autoptr(RrChartLayout) layout = rr_radar_chart_draw (user_data, cr, width, height);
}

/**
 * rr_report_add_radar:
 * @catalog: its 共同体 are the axes
 * @labels: (array zero-terminated=1): one label per series
 * @shares: per-mille of each 共同体's maximum, the axes of the first series
 *   first, or RR_REPORT_NOT_ASSESSED
 *
 * Adds a @width × @height drawing of the radar chart to @layout.
 */
void
rr_report_add_radar (RrReportLayout     *layout,
                     const RrCatalog    *catalog,
                     const char         *title,
                     const char * const *labels,
                     const gint64       *shares,
                     double              width,
                     double              height)
{
  RrRadarData *data = rr_radar_data_new_for_catalog (catalog, title);
  guint n_axes = data->axes->len;

  for (guint s = 0; labels[s] != NULL; s++)
    {
      RrChartSeries *series = rr_radar_data_add_series (data, labels[s]);

      for (guint a = 0; a < n_axes; a++)
        {
          gint64 share = shares[s * n_axes + a];

          rr_chart_series_add (series, share >= 0 ? RR_CHART_VALUE (share) : RR_CHART_VALUE_NOT_ASSESSED);
        }
    }

  rr_report_layout_add_drawing (layout, width, height, draw_radar, data, (GDestroyNotify) rr_radar_data_free);
}
