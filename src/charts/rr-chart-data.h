/* rr-chart-data.h: the numbers a chart draws
 *
 * Values are integers with an explicit "not assessed" flag, so a missing
 * score is never drawn as zero. Shares are per-mille (0–1000 of a maximum)
 * and scores are hundredths of a point (87.5 points is 8750). Labels are
 * UTF-8. Every struct owns its strings and arrays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "domain/rr-catalog.h"
#include "domain/rr-thresholds.h"
#include "rr-chart-palette.h"

G_BEGIN_DECLS

/* The maximum of a per-mille share. */
#define RR_CHART_PER_MILLE 1000

typedef struct {
  gint64 value;
  gboolean not_assessed;   /* TRUE: no value; @value is ignored */
} RrChartValue;

#define RR_CHART_VALUE(v) ((RrChartValue) { (v), FALSE })
#define RR_CHART_VALUE_NOT_ASSESSED ((RrChartValue) { 0, TRUE })

/* One line of a radar or trend chart: a rater, a period or a score. */
typedef struct {
  char *label;
  GArray *values;          /* of RrChartValue, one per axis or period */
} RrChartSeries;

/* The four 共同体 as shares of their maximum scores. */
typedef struct {
  char *title;
  GPtrArray *axes;         /* of char *: the 共同体 names */
  GPtrArray *series;       /* of RrChartSeries, values per-mille */
} RrRadarData;

typedef struct {
  guint number;            /* 序号 in Table 1 */
  char *label;             /* shown under the bar, e.g. "13" */
  char *description;       /* for the tooltip, e.g. the 建设类别 */
  char *group;             /* the 共同体 name */
  guint group_index;
  gboolean binding;        /* 约束性 when TRUE, 预期性 when FALSE */
  RrChartValue score;      /* per-mille of the task's maximum */
  gboolean unmet;          /* a binding task judged not achieved */
} RrTaskBar;

/* The construction tasks, in the order drawn; bars of one group are adjacent. */
typedef struct {
  char *title;
  GPtrArray *bars;         /* of RrTaskBar */
} RrTaskChartData;

/* One quantitative requirement, copied from an RrCheck. */
typedef struct {
  char *label;             /* the task number and the requirement's words */
  RrCheckStatus status;
  RrUnit unit;
  gint64 actual;
  gint64 required;
  gint64 shortfall;
  char *actual_text;
  char *required_text;
} RrGaugeItem;

typedef struct {
  char *title;
  GPtrArray *items;        /* of RrGaugeItem */
} RrGaugeData;

typedef struct {
  char *name;
  RrChartValue total;      /* hundredths of a point */
  RrChartGrade grade;
} RrRankingEntry;

/* Communities of a district; the chart sorts them by total. */
typedef struct {
  char *title;
  GPtrArray *entries;      /* of RrRankingEntry */
  gint64 maximum;          /* the highest possible total, hundredths */
  guint page;              /* from 0; used when the ranking is paginated */
} RrRankingData;

/* A community's scores over its evaluation periods. */
typedef struct {
  char *title;
  GPtrArray *periods;      /* of char *: the period labels, oldest first */
  GPtrArray *series;       /* of RrChartSeries, values in hundredths */
  gint64 maximum;          /* the top of the axis, hundredths */
} RrTrendData;

RrChartSeries   *rr_chart_series_new          (const char        *label);
void             rr_chart_series_add          (RrChartSeries     *series,
                                               RrChartValue       value);
RrChartValue     rr_chart_series_get          (const RrChartSeries *series,
                                               guint              index);
void             rr_chart_series_free         (RrChartSeries     *series);

RrRadarData     *rr_radar_data_new            (const char        *title);
RrRadarData     *rr_radar_data_new_for_catalog (const RrCatalog  *catalog,
                                               const char        *title);
void             rr_radar_data_add_axis       (RrRadarData       *data,
                                               const char        *name);
RrChartSeries   *rr_radar_data_add_series     (RrRadarData       *data,
                                               const char        *label);
void             rr_radar_data_free           (RrRadarData       *data);

RrTaskChartData *rr_task_chart_data_new       (const char        *title);
RrTaskChartData *rr_task_chart_data_new_for_catalog (const RrCatalog *catalog,
                                               const char        *title);
RrTaskBar       *rr_task_chart_data_add       (RrTaskChartData   *data,
                                               guint              number,
                                               const char        *group,
                                               guint              group_index,
                                               gboolean           binding);
RrTaskBar       *rr_task_chart_data_find      (RrTaskChartData   *data,
                                               guint              number);
void             rr_task_chart_data_free      (RrTaskChartData   *data);

RrGaugeData     *rr_gauge_data_new            (const char        *title);
RrGaugeData     *rr_gauge_data_new_from_checks (GPtrArray        *checks,
                                               const char        *title);
RrGaugeItem     *rr_gauge_data_add            (RrGaugeData       *data,
                                               const char        *label,
                                               RrCheckStatus      status,
                                               RrUnit             unit);
void             rr_gauge_data_free           (RrGaugeData       *data);

RrRankingData   *rr_ranking_data_new          (const char        *title,
                                               gint64             maximum);
void             rr_ranking_data_add          (RrRankingData     *data,
                                               const char        *name,
                                               RrChartValue       total,
                                               RrChartGrade            grade);
void             rr_ranking_data_free         (RrRankingData     *data);

RrTrendData     *rr_trend_data_new            (const char        *title,
                                               gint64             maximum);
void             rr_trend_data_add_period     (RrTrendData       *data,
                                               const char        *label);
RrChartSeries   *rr_trend_data_add_series     (RrTrendData       *data,
                                               const char        *label);
void             rr_trend_data_free           (RrTrendData       *data);

const char      *rr_chart_grade_get_name            (RrChartGrade            grade);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrRadarData, rr_radar_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrTaskChartData, rr_task_chart_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrGaugeData, rr_gauge_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrRankingData, rr_ranking_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrTrendData, rr_trend_data_free)

G_END_DECLS
