/* rr-chart-scores.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart-scores.h"
#include "rr-chart-export.h"

#include <glib/gi18n-lib.h>

/* Per-mille of @max, rounded half up; "not assessed" when nothing counts. */
static RrChartValue
share (gint64 score,
       gint64 max)
{
  if (max <= 0)
    return RR_CHART_VALUE_NOT_ASSESSED;

  return RR_CHART_VALUE ((score * 2000 + max) / (2 * max));
}

/**
 * rr_radar_data_new_from_result:
 * @with_raters: add one series per rater beside the combined one
 *
 * Builds the radar of the four 共同体: each group's score as a share of its
 * maximum.
 */
RrRadarData *
rr_radar_data_new_from_result (const RrScoreResult *result,
                               gboolean             with_raters)
{
  const RrScoringTemplate *template = result->template;
  RrRadarData *data = rr_radar_data_new_for_catalog (template->catalog, _("共同体 score rates"));
  RrChartSeries *combined = rr_radar_data_add_series (data, _("Combined"));

  for (guint g = 0; g < result->groups->len; g++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, g);

      rr_chart_series_add (combined, share (group->score, group->max));
    }

  if (!with_raters || result->raters->len < 2)
    return data;

  for (guint r = 0; r < result->raters->len; r++)
    {
      const RrRaterResult *rater = g_ptr_array_index (result->raters, r);
      RrChartSeries *series = rr_radar_data_add_series (data, rater->rater);

      for (guint g = 0; g < result->groups->len; g++)
        {
          const RrGroupResult *group = g_ptr_array_index (result->groups, g);
          gint64 score = 0;
          gint64 max = 0;

          for (guint t = 0; t < result->tasks->len; t++)
            {
              const RrTaskResult *task = g_ptr_array_index (result->tasks, t);

              if (task->points->task->group != group->group)
                continue;

              for (guint i = 0; i < task->ratings->len; i++)
                {
                  const RrRating *rating = g_ptr_array_index (task->ratings, i);

                  if (!g_str_equal (rating->rater, rater->rater) || rating->level == RR_LEVEL_NOT_APPLICABLE)
                    continue;
                  max += task->points->points;
                  score += rating->has_points ? rating->points
                                              : task->points->points * template->level_shares[rating->level] / 100;
                }
            }
          rr_chart_series_add (series, share (score, max));
        }
    }

  return data;
}

/* Builds the 24 task bars: each task's score as a share of its points,
 * unrated and 不适用 tasks as not assessed, unmet binding tasks marked. */
RrTaskChartData *
rr_task_chart_data_new_from_result (const RrScoreResult *result)
{
  RrTaskChartData *data = rr_task_chart_data_new_for_catalog (result->template->catalog, _("Task scores"));

  for (guint i = 0; i < result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);
      RrTaskBar *bar = rr_task_chart_data_find (data, task->points->task->number);

      if (bar == NULL)
        continue;
      bar->score = task->rated && !task->excluded ? share (task->score, task->max) : RR_CHART_VALUE_NOT_ASSESSED;
      bar->unmet = task->points->task->attribute == RR_ATTRIBUTE_BINDING && task->rated &&
                   task->level == RR_LEVEL_FAILS;
    }

  return data;
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Renders @chart to PNG bytes, for workbooks and reports. */
GBytes *
rr_chart_render_png (RrChart  *chart,
                     double    width,
                     double    height,
                     double    scale,
                     GError  **error)
{
  cairo_surface_t *surface = rr_chart_render_image (chart, width, height, scale, NULL, error);
  GByteArray *png;

  if (surface == NULL)
    return NULL;

  png = g_byte_array_new ();
  if (cairo_surface_write_to_png_stream (surface, append_png, png) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_byte_array_unref (png);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not encode the chart as PNG"));
      return NULL;
    }

  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}
