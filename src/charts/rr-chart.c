/* rr-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "rr-chart.h"

struct _RrChart
{
  gatomicrefcount ref_count;
  RrChartKind kind;
  gpointer data;          /* owned: the RrRadarData, RrTaskChartData … of @kind */
};

static RrChart *
chart_new (RrChartKind kind,
           gpointer    data)
{
  RrChart *chart = g_new0 (RrChart, 1);

  g_atomic_ref_count_init (&chart->ref_count);
  chart->kind = kind;
  chart->data = data;
  return chart;
}

/* Each constructor takes ownership of @data. */
RrChart *
rr_chart_new_radar (RrRadarData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return chart_new (RR_CHART_RADAR, data);
}

RrChart *
rr_chart_new_tasks (RrTaskChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return chart_new (RR_CHART_TASKS, data);
}

RrChart *
rr_chart_new_gauges (RrGaugeData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return chart_new (RR_CHART_GAUGES, data);
}

RrChart *
rr_chart_new_ranking (RrRankingData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return chart_new (RR_CHART_RANKING, data);
}

RrChart *
rr_chart_new_trend (RrTrendData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return chart_new (RR_CHART_TREND, data);
}

RrChart *
rr_chart_ref (RrChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  g_atomic_ref_count_inc (&chart->ref_count);
  return chart;
}

void
rr_chart_unref (RrChart *chart)
{
  if (chart == NULL || !g_atomic_ref_count_dec (&chart->ref_count))
    return;

  switch (chart->kind)
    {
    case RR_CHART_RADAR:
      rr_radar_data_free (chart->data);
      break;
    case RR_CHART_TASKS:
      rr_task_chart_data_free (chart->data);
      break;
    case RR_CHART_GAUGES:
      rr_gauge_data_free (chart->data);
      break;
    case RR_CHART_RANKING:
      rr_ranking_data_free (chart->data);
      break;
    case RR_CHART_TREND:
    default:
      rr_trend_data_free (chart->data);
      break;
    }

  g_free (chart);
}

RrChartKind
rr_chart_get_kind (const RrChart *chart)
{
  return chart->kind;
}

/* The data of the chart's kind, owned by the chart. A caller that changes
 * it must redraw the chart. */
gpointer
rr_chart_get_data (RrChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->data;
}

const char *
rr_chart_get_title (const RrChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  switch (chart->kind)
    {
    case RR_CHART_RADAR:
      return ((const RrRadarData *) chart->data)->title;
    case RR_CHART_TASKS:
      return ((const RrTaskChartData *) chart->data)->title;
    case RR_CHART_GAUGES:
      return ((const RrGaugeData *) chart->data)->title;
    case RR_CHART_RANKING:
      return ((const RrRankingData *) chart->data)->title;
    case RR_CHART_TREND:
    default:
      return ((const RrTrendData *) chart->data)->title;
    }
}

/* Draws @chart with the draw function of its kind. */
RrChartLayout *
rr_chart_draw (RrChart *chart,
               cairo_t *cr,
               double   width,
               double   height)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  switch (chart->kind)
    {
    case RR_CHART_RADAR:
      return rr_radar_chart_draw (chart->data, cr, width, height);
    case RR_CHART_TASKS:
      return rr_task_chart_draw (chart->data, cr, width, height);
    case RR_CHART_GAUGES:
      return rr_gauge_chart_draw (chart->data, cr, width, height);
    case RR_CHART_RANKING:
      return rr_ranking_chart_draw (chart->data, cr, width, height);
    case RR_CHART_TREND:
    default:
      return rr_trend_chart_draw (chart->data, cr, width, height);
    }
}
