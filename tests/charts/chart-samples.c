/* chart-samples.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chart-samples.h"

#define LONG_NAME "常州市天宁区红梅街道青龙社区第三网格睦邻友好居民自治示范片区（试点）"

static const char *sample_names[] = {
  "typical", "empty", "single", "zeros", "full", "missing", "long-names",
};

static const char *kind_names[] = {
  "radar", "tasks", "gauges", "ranking", "trend",
};

const char *
sample_get_name (Sample sample)
{
  return sample_names[sample];
}

const char *
chart_kind_get_name (RrChartKind kind)
{
  return kind_names[kind];
}

/* A value for item @i of series @s in the typical case, 0–@maximum. */
static gint64
typical_value (guint  i,
               guint  s,
               gint64 maximum)
{
  return maximum * (55 + (i * 37 + s * 17) % 45) / 100;
}

static RrChartValue
sample_value (Sample sample,
              guint  i,
              guint  s,
              gint64 maximum)
{
  switch (sample)
    {
    case SAMPLE_ZEROS:
      return RR_CHART_VALUE (0);
    case SAMPLE_FULL:
      return RR_CHART_VALUE (maximum);
    case SAMPLE_MISSING:
      if ((i + s) % 3 == 1)
        return RR_CHART_VALUE_NOT_ASSESSED;
      return RR_CHART_VALUE (typical_value (i, s, maximum));
    default:
      return RR_CHART_VALUE (typical_value (i, s, maximum));
    }
}

static RrChart *
radar_new (RrCatalog *catalog,
           Sample     sample)
{
  static const char *raters[] = { "社区自评", "街道复核", "区级综合评价" };
  RrRadarData *data = rr_radar_data_new ("共同体得分率 · 青龙社区 2026 年");
  guint n_axes = sample == SAMPLE_SINGLE ? 1 : catalog->groups->len;
  guint n_series = sample == SAMPLE_SINGLE ? 1 : G_N_ELEMENTS (raters);

  if (sample == SAMPLE_EMPTY)
    return rr_chart_new_radar (data);

  for (guint i = 0; i < n_axes; i++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, i);

      rr_radar_data_add_axis (data, sample == SAMPLE_LONG_NAMES && i % 2 == 1 ? LONG_NAME : group->name);
    }

  for (guint s = 0; s < n_series; s++)
    {
      RrChartSeries *series = rr_radar_data_add_series (data, sample == SAMPLE_LONG_NAMES ? LONG_NAME : raters[s]);

      for (guint i = 0; i < n_axes; i++)
        rr_chart_series_add (series, sample_value (sample, i, s, RR_CHART_PER_MILLE));
    }

  return rr_chart_new_radar (data);
}

static RrChart *
tasks_new (RrCatalog *catalog,
           Sample     sample)
{
  RrTaskChartData *data;

  if (sample == SAMPLE_EMPTY)
    return rr_chart_new_tasks (rr_task_chart_data_new ("建设任务完成度"));

  if (sample == SAMPLE_SINGLE)
    {
      RrTaskChartData *single = rr_task_chart_data_new ("建设任务完成度");
      RrTaskBar *bar = rr_task_chart_data_add (single, 1, "参与共同体", 0, TRUE);

      bar->score = RR_CHART_VALUE (640);
      bar->unmet = TRUE;
      return rr_chart_new_tasks (single);
    }

  data = rr_task_chart_data_new_for_catalog (catalog, "建设任务完成度 · 青龙社区");
  for (guint i = 0; i < data->bars->len; i++)
    {
      RrTaskBar *bar = g_ptr_array_index (data->bars, i);

      bar->score = sample_value (sample, i, 0, RR_CHART_PER_MILLE);
      bar->unmet = bar->binding && !bar->score.not_assessed && bar->score.value < 700;
      if (sample == SAMPLE_LONG_NAMES)
        {
          g_free (bar->group);
          bar->group = g_strdup_printf ("%s·%u", LONG_NAME, bar->group_index);
        }
    }

  return rr_chart_new_tasks (data);
}

static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

/* The checks of a community with some figures met, some not, and the
 * certification trend not assessed; or all not assessed. */
GPtrArray *
sample_checks_new (RrCatalog *catalog,
                   gboolean   with_figures)
{
  g_autoptr(RrFigures) figures = rr_figures_new ();
  guint32 dates[5];

  if (with_figures)
    {
      rr_figures_set (figures, RR_FIELD_PERIOD_START, 2026 * 12);
      rr_figures_set (figures, RR_FIELD_PERIOD_END, 2026 * 12 + 5);
      rr_figures_set (figures, RR_FIELD_RESIDENT_POPULATION, 5000);
      rr_figures_set (figures, RR_FIELD_HOUSEHOLDS, 1234);
      rr_figures_set (figures, RR_FIELD_SERVICE_FACILITY_AREA, 32770);
      rr_figures_set (figures, RR_FIELD_RESIDENT_SERVICE_AREA, 24000);
      rr_figures_set (figures, RR_FIELD_VOLUNTEERS, 1000);
      rr_figures_set (figures, RR_FIELD_SOCIAL_WORKERS, 9);
      rr_figures_set (figures, RR_FIELD_SOCIAL_ORGANIZATIONS, 12);
      rr_figures_set (figures, RR_FIELD_COVENANT_RESPONDENTS, 1000);
      rr_figures_set (figures, RR_FIELD_COVENANT_AWARE, 899);
      rr_figures_set (figures, RR_FIELD_SATISFACTION_RESPONDENTS, 200);
      rr_figures_set (figures, RR_FIELD_SATISFACTION_SATISFIED, 185);
      rr_figures_set (figures, RR_FIELD_SORTING_FACILITIES_PLANNED, 40);
      rr_figures_set (figures, RR_FIELD_SORTING_FACILITIES_BUILT, 38);
      dates[0] = julian (2026, 1, 15);
      dates[1] = julian (2026, 2, 15);
      dates[2] = julian (2026, 4, 15);
      dates[3] = julian (2026, 5, 15);
      dates[4] = julian (2026, 6, 15);
      rr_figures_set_meeting_dates (figures, dates, G_N_ELEMENTS (dates));
    }

  return rr_thresholds_evaluate (catalog, figures);
}

static RrChart *
gauges_new (RrCatalog *catalog,
            Sample     sample)
{
  g_autoptr(GPtrArray) checks = NULL;
  RrGaugeData *data;
  RrGaugeItem *item;

  switch (sample)
    {
    case SAMPLE_EMPTY:
      return rr_chart_new_gauges (rr_gauge_data_new ("量化指标"));

    case SAMPLE_MISSING:
      checks = sample_checks_new (catalog, FALSE);
      return rr_chart_new_gauges (rr_gauge_data_new_from_checks (checks, "量化指标 · 未填数据"));

    case SAMPLE_TYPICAL:
    case SAMPLE_LONG_NAMES:
      checks = sample_checks_new (catalog, TRUE);
      data = rr_gauge_data_new_from_checks (checks, sample == SAMPLE_LONG_NAMES ? LONG_NAME : "量化指标 · 青龙社区");
      if (sample == SAMPLE_LONG_NAMES)
        for (guint i = 0; i < data->items->len; i++)
          {
            item = g_ptr_array_index (data->items, i);
            g_free (item->label);
            item->label = g_strdup_printf ("%s %s %u", LONG_NAME, LONG_NAME, i);
          }
      return rr_chart_new_gauges (data);

    default:
      break;
    }

  /* One gauge at zero, at the requirement, or both. */
  data = rr_gauge_data_new ("量化指标");
  for (guint i = 0; i < (sample == SAMPLE_SINGLE ? 1u : 3u); i++)
    {
      item = rr_gauge_data_add (data, "任务 11 · 居民志愿者人数≥社区常住人口×20%", RR_CHECK_MET, RR_UNIT_PEOPLE);
      item->required = 1000;
      item->actual = 800;
      if (sample == SAMPLE_FULL)
        item->actual = 1000;
      if (sample == SAMPLE_ZEROS)
        {
          item->required = 0;
          item->actual = 0;
        }
      item->status = item->actual >= item->required ? RR_CHECK_MET : RR_CHECK_NOT_MET;
      item->shortfall = item->required - item->actual;
      item->actual_text = g_strdup_printf ("%" G_GINT64_FORMAT, item->actual);
      item->required_text = g_strdup_printf ("≥ %" G_GINT64_FORMAT, item->required);
    }

  return rr_chart_new_gauges (data);
}

/* Communities named after Changzhou's streets, with spread totals. */
RrChart *
sample_ranking_new (guint n_communities,
                    guint page)
{
  static const char *streets[] = { "红梅", "青龙", "茶山", "兰陵", "丽华", "雕庄" };
  RrRankingData *data = rr_ranking_data_new ("天宁区社区综合评价排名", 10000);

  data->page = page;
  for (guint i = 0; i < n_communities; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s街道第%u社区", streets[i % G_N_ELEMENTS (streets)], i + 1);
      gint64 total = 5000 + (gint64) ((i * 7919) % 5001);
      RrChartGrade grade = total >= 9000 ? RR_GRADE_EXCELLENT : total >= 8000 ? RR_GRADE_GOOD
                      : total >= 6000 ? RR_GRADE_PASS : RR_GRADE_FAIL;

      rr_ranking_data_add (data, name, RR_CHART_VALUE (total), grade);
    }

  return rr_chart_new_ranking (data);
}

static RrChart *
ranking_new (Sample sample)
{
  RrRankingData *data;
  RrChart *chart;
  guint n_communities = 12;

  if (sample == SAMPLE_TYPICAL)
    return sample_ranking_new (24, 0);

  if (sample == SAMPLE_EMPTY)
    n_communities = 0;
  else if (sample == SAMPLE_SINGLE)
    n_communities = 1;
  chart = sample_ranking_new (n_communities, 0);
  data = rr_chart_get_data (chart);
  for (guint i = 0; i < data->entries->len; i++)
    {
      RrRankingEntry *entry = g_ptr_array_index (data->entries, i);

      if (sample == SAMPLE_ZEROS)
        {
          entry->total = RR_CHART_VALUE (0);
          entry->grade = RR_GRADE_FAIL;
        }
      else if (sample == SAMPLE_FULL)
        {
          entry->total = RR_CHART_VALUE (10000);
          entry->grade = RR_GRADE_EXCELLENT;
        }
      else if (sample == SAMPLE_MISSING && i % 3 == 1)
        {
          entry->total = RR_CHART_VALUE_NOT_ASSESSED;
          entry->grade = RR_GRADE_NONE;
        }
      else if (sample == SAMPLE_LONG_NAMES)
        {
          g_free (entry->name);
          entry->name = g_strdup_printf ("%s%u", LONG_NAME, i);
        }
    }

  return chart;
}

static RrChart *
trend_new (RrCatalog *catalog,
           Sample     sample)
{
  static const char *periods[] = { "2023 上半年", "2023 下半年", "2024 上半年", "2024 下半年", "2025 上半年", "2025 下半年" };
  RrTrendData *data = rr_trend_data_new ("青龙社区历次评价得分", 10000);
  guint n_periods = sample == SAMPLE_SINGLE ? 1 : G_N_ELEMENTS (periods);
  RrChartSeries *series;

  if (sample == SAMPLE_EMPTY)
    return rr_chart_new_trend (data);

  for (guint i = 0; i < n_periods; i++)
    rr_trend_data_add_period (data, sample == SAMPLE_LONG_NAMES ? LONG_NAME : periods[i]);

  series = rr_trend_data_add_series (data, "总分");
  for (guint i = 0; i < n_periods; i++)
    rr_chart_series_add (series, sample_value (sample, i, 0, 10000));

  for (guint g = 0; g < catalog->groups->len && sample != SAMPLE_SINGLE; g++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, g);

      series = rr_trend_data_add_series (data, sample == SAMPLE_LONG_NAMES ? LONG_NAME : group->name);
      for (guint i = 0; i < n_periods; i++)
        rr_chart_series_add (series, sample_value (sample, i, g + 1, 2500));
    }

  return rr_chart_new_trend (data);
}

/* Returns a chart of @kind with the data of @sample. */
RrChart *
sample_chart_new (RrCatalog  *catalog,
                  RrChartKind kind,
                  Sample      sample)
{
  switch (kind)
    {
    case RR_CHART_RADAR:
      return radar_new (catalog, sample);
    case RR_CHART_TASKS:
      return tasks_new (catalog, sample);
    case RR_CHART_GAUGES:
      return gauges_new (catalog, sample);
    case RR_CHART_RANKING:
      return ranking_new (sample);
    case RR_CHART_TREND:
    default:
      return trend_new (catalog, sample);
    }
}
