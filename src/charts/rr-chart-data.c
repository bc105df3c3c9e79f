/* rr-chart-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart-data.h"

#include <glib/gi18n-lib.h>

/* ------------------------------------------------------------------------ */
/* Series                                                                    */
/* ------------------------------------------------------------------------ */

RrChartSeries *
rr_chart_series_new (const char *label)
{
  RrChartSeries *series = g_new0 (RrChartSeries, 1);

  series->label = g_strdup (label != NULL ? label : "");
  series->values = g_array_new (FALSE, TRUE, sizeof (RrChartValue));
  return series;
}

void
rr_chart_series_add (RrChartSeries *series,
                     RrChartValue   value)
{
  g_return_if_fail (series != NULL);

  g_array_append_val (series->values, value);
}

/* Returns the value at @index, or "not assessed" past the end. */
RrChartValue
rr_chart_series_get (const RrChartSeries *series,
                     guint                index)
{
  if (series == NULL || index >= series->values->len)
    return RR_CHART_VALUE_NOT_ASSESSED;

  return g_array_index (series->values, RrChartValue, index);
}

void
rr_chart_series_free (RrChartSeries *series)
{
  if (series == NULL)
    return;

  g_free (series->label);
  g_array_unref (series->values);
  g_free (series);
}

/* ------------------------------------------------------------------------ */
/* Radar                                                                     */
/* ------------------------------------------------------------------------ */

RrRadarData *
rr_radar_data_new (const char *title)
{
  RrRadarData *data = g_new0 (RrRadarData, 1);

  data->title = g_strdup (title != NULL ? title : "");
  data->axes = g_ptr_array_new_with_free_func (g_free);
  data->series = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_chart_series_free);
  return data;
}

/* Creates radar data with one axis per 共同体 of @catalog and no series. */
RrRadarData *
rr_radar_data_new_for_catalog (const RrCatalog *catalog,
                               const char      *title)
{
  RrRadarData *data = rr_radar_data_new (title);

  g_return_val_if_fail (catalog != NULL, data);

  for (guint i = 0; i < catalog->groups->len; i++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, i);

      rr_radar_data_add_axis (data, group->name);
    }

  return data;
}

void
rr_radar_data_add_axis (RrRadarData *data,
                        const char  *name)
{
  g_return_if_fail (data != NULL);

  g_ptr_array_add (data->axes, g_strdup (name != NULL ? name : ""));
}

/* Adds an empty series and returns it, owned by @data, to add values to. */
RrChartSeries *
rr_radar_data_add_series (RrRadarData *data,
                          const char  *label)
{
  RrChartSeries *series;

  g_return_val_if_fail (data != NULL, NULL);

  series = rr_chart_series_new (label);
  g_ptr_array_add (data->series, series);
  return series;
}

void
rr_radar_data_free (RrRadarData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_ptr_array_unref (data->axes);
  g_ptr_array_unref (data->series);
  g_free (data);
}

/* ------------------------------------------------------------------------ */
/* Tasks                                                                     */
/* ------------------------------------------------------------------------ */

static void
task_bar_free (RrTaskBar *bar)
{
  g_free (bar->label);
  g_free (bar->description);
  g_free (bar->group);
  g_free (bar);
}

RrTaskChartData *
rr_task_chart_data_new (const char *title)
{
  RrTaskChartData *data = g_new0 (RrTaskChartData, 1);

  data->title = g_strdup (title != NULL ? title : "");
  data->bars = g_ptr_array_new_with_free_func ((GDestroyNotify) task_bar_free);
  return data;
}

/* Creates one bar per task of @catalog, in Table 1's order, each labelled
 * with its number and described by its 建设类别; every score starts as not
 * assessed. */
RrTaskChartData *
rr_task_chart_data_new_for_catalog (const RrCatalog *catalog,
                                    const char      *title)
{
  RrTaskChartData *data = rr_task_chart_data_new (title);

  g_return_val_if_fail (catalog != NULL, data);

  for (guint i = 0; i < catalog->tasks->len; i++)
    {
      const RrTask *task = g_ptr_array_index (catalog->tasks, i);
      RrTaskBar *bar = rr_task_chart_data_add (data, task->number, task->group->name,
                                               task->group->index,
                                               task->attribute == RR_ATTRIBUTE_BINDING);

      g_free (bar->description);
      bar->description = g_strdup (task->category);
    }

  return data;
}

/* Adds a not-assessed bar labelled with @number and returns it, owned by
 * @data, to set its score. */
RrTaskBar *
rr_task_chart_data_add (RrTaskChartData *data,
                        guint            number,
                        const char      *group,
                        guint            group_index,
                        gboolean         binding)
{
  RrTaskBar *bar;

  g_return_val_if_fail (data != NULL, NULL);

  bar = g_new0 (RrTaskBar, 1);
  bar->number = number;
  bar->label = g_strdup_printf ("%u", number);
  bar->description = g_strdup ("");
  bar->group = g_strdup (group != NULL ? group : "");
  bar->group_index = group_index;
  bar->binding = binding;
  bar->score = RR_CHART_VALUE_NOT_ASSESSED;
  g_ptr_array_add (data->bars, bar);
  return bar;
}

RrTaskBar *
rr_task_chart_data_find (RrTaskChartData *data,
                         guint            number)
{
  g_return_val_if_fail (data != NULL, NULL);

  for (guint i = 0; i < data->bars->len; i++)
    {
      RrTaskBar *bar = g_ptr_array_index (data->bars, i);

      if (bar->number == number)
        return bar;
    }

  return NULL;
}

void
rr_task_chart_data_free (RrTaskChartData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_ptr_array_unref (data->bars);
  g_free (data);
}

/* ------------------------------------------------------------------------ */
/* Gauges                                                                    */
/* ------------------------------------------------------------------------ */

static void
gauge_item_free (RrGaugeItem *item)
{
  g_free (item->label);
  g_free (item->actual_text);
  g_free (item->required_text);
  g_free (item);
}

RrGaugeData *
rr_gauge_data_new (const char *title)
{
  RrGaugeData *data = g_new0 (RrGaugeData, 1);

  data->title = g_strdup (title != NULL ? title : "");
  data->items = g_ptr_array_new_with_free_func ((GDestroyNotify) gauge_item_free);
  return data;
}

/* Copies the results of rr_thresholds_evaluate(), so the gauges do not
 * depend on the catalog that owns the checks' requirements. */
RrGaugeData *
rr_gauge_data_new_from_checks (GPtrArray  *checks,
                               const char *title)
{
  RrGaugeData *data = rr_gauge_data_new (title);

  g_return_val_if_fail (checks != NULL, data);

  for (guint i = 0; i < checks->len; i++)
    {
      const RrCheck *check = g_ptr_array_index (checks, i);
      const RrRequirement *requirement = check->requirement;
      g_autofree char *label = NULL;
      RrGaugeItem *item;

      /* Translators: a gauge's label, e.g. "任务 11 · 居民志愿者人数≥…" */
      label = g_strdup_printf (_("Task %u · %s"), requirement->task->number, requirement->quote);
      item = rr_gauge_data_add (data, label, check->status, check->unit);
      item->actual = check->actual;
      item->required = check->required;
      item->shortfall = check->shortfall;
      item->actual_text = g_strdup (check->actual_text);
      item->required_text = g_strdup (check->required_text);
    }

  return data;
}

/* Adds a gauge with no values and returns it, owned by @data, to fill in. */
RrGaugeItem *
rr_gauge_data_add (RrGaugeData   *data,
                   const char    *label,
                   RrCheckStatus  status,
                   RrUnit         unit)
{
  RrGaugeItem *item;

  g_return_val_if_fail (data != NULL, NULL);

  item = g_new0 (RrGaugeItem, 1);
  item->label = g_strdup (label != NULL ? label : "");
  item->status = status;
  item->unit = unit;
  g_ptr_array_add (data->items, item);
  return item;
}

void
rr_gauge_data_free (RrGaugeData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_ptr_array_unref (data->items);
  g_free (data);
}

/* ------------------------------------------------------------------------ */
/* Ranking                                                                   */
/* ------------------------------------------------------------------------ */

static void
ranking_entry_free (RrRankingEntry *entry)
{
  g_free (entry->name);
  g_free (entry);
}

RrRankingData *
rr_ranking_data_new (const char *title,
                     gint64      maximum)
{
  RrRankingData *data = g_new0 (RrRankingData, 1);

  data->title = g_strdup (title != NULL ? title : "");
  data->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ranking_entry_free);
  data->maximum = maximum;
  return data;
}

void
rr_ranking_data_add (RrRankingData *data,
                     const char    *name,
                     RrChartValue   total,
                     RrChartGrade        grade)
{
  RrRankingEntry *entry;

  g_return_if_fail (data != NULL);

  entry = g_new0 (RrRankingEntry, 1);
  entry->name = g_strdup (name != NULL ? name : "");
  entry->total = total;
  entry->grade = total.not_assessed ? RR_GRADE_NONE : grade;
  g_ptr_array_add (data->entries, entry);
}

void
rr_ranking_data_free (RrRankingData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_ptr_array_unref (data->entries);
  g_free (data);
}

/* ------------------------------------------------------------------------ */
/* Trend                                                                     */
/* ------------------------------------------------------------------------ */

RrTrendData *
rr_trend_data_new (const char *title,
                   gint64      maximum)
{
  RrTrendData *data = g_new0 (RrTrendData, 1);

  data->title = g_strdup (title != NULL ? title : "");
  data->periods = g_ptr_array_new_with_free_func (g_free);
  data->series = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_chart_series_free);
  data->maximum = maximum;
  return data;
}

void
rr_trend_data_add_period (RrTrendData *data,
                          const char  *label)
{
  g_return_if_fail (data != NULL);

  g_ptr_array_add (data->periods, g_strdup (label != NULL ? label : ""));
}

RrChartSeries *
rr_trend_data_add_series (RrTrendData *data,
                          const char  *label)
{
  RrChartSeries *series;

  g_return_val_if_fail (data != NULL, NULL);

  series = rr_chart_series_new (label);
  g_ptr_array_add (data->series, series);
  return series;
}

void
rr_trend_data_free (RrTrendData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_ptr_array_unref (data->periods);
  g_ptr_array_unref (data->series);
  g_free (data);
}

/* The grade names are the standard's terms and stay Chinese in every locale. */
const char *
rr_chart_grade_get_name (RrChartGrade grade)
{
  switch (grade)
    {
    case RR_GRADE_EXCELLENT:
      return "优秀";
    case RR_GRADE_GOOD:
      return "良好";
    case RR_GRADE_PASS:
      return "合格";
    case RR_GRADE_FAIL:
      return "不合格";
    case RR_GRADE_NONE:
    default:
      return "";
    }
}
