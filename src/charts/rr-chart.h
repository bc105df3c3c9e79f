/* rr-chart.h: charts of an evaluation, drawn with cairo and Pango
 *
 * Each draw function paints the whole @width × @height rectangle at the
 * origin of @cr's user space, at any size, and returns where it put its
 * labels and data marks. RrChart bundles one chart's data with its kind so
 * the window and the exporters can handle any chart alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rr-chart-data.h"
#include "rr-chart-layout.h"

G_BEGIN_DECLS

typedef enum {
  RR_CHART_RADAR,
  RR_CHART_TASKS,
  RR_CHART_GAUGES,
  RR_CHART_RANKING,
  RR_CHART_TREND,
} RrChartKind;

typedef struct _RrChart RrChart;

RrChartLayout *rr_radar_chart_draw   (const RrRadarData     *data,
                                      cairo_t               *cr,
                                      double                 width,
                                      double                 height);
RrChartLayout *rr_task_chart_draw    (const RrTaskChartData *data,
                                      cairo_t               *cr,
                                      double                 width,
                                      double                 height);
RrChartLayout *rr_gauge_chart_draw   (const RrGaugeData     *data,
                                      cairo_t               *cr,
                                      double                 width,
                                      double                 height);
RrChartLayout *rr_ranking_chart_draw (const RrRankingData   *data,
                                      cairo_t               *cr,
                                      double                 width,
                                      double                 height);
RrChartLayout *rr_trend_chart_draw   (const RrTrendData     *data,
                                      cairo_t               *cr,
                                      double                 width,
                                      double                 height);

RrChart       *rr_chart_new_radar    (RrRadarData           *data);
RrChart       *rr_chart_new_tasks    (RrTaskChartData       *data);
RrChart       *rr_chart_new_gauges   (RrGaugeData           *data);
RrChart       *rr_chart_new_ranking  (RrRankingData         *data);
RrChart       *rr_chart_new_trend    (RrTrendData           *data);
RrChart       *rr_chart_ref          (RrChart               *chart);
void           rr_chart_unref        (RrChart               *chart);

RrChartKind    rr_chart_get_kind     (const RrChart         *chart);
const char    *rr_chart_get_title    (const RrChart         *chart);
gpointer       rr_chart_get_data     (RrChart               *chart);
RrChartLayout *rr_chart_draw         (RrChart               *chart,
                                      cairo_t               *cr,
                                      double                 width,
                                      double                 height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrChart, rr_chart_unref)

G_END_DECLS
