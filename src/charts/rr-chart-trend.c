/* rr-chart-trend.c: a community's scores over its evaluation periods
 *
 * One line per series (the total and each 共同体), each with its own dash
 * pattern and marker. A period that was not assessed breaks the line
 * instead of dropping it to zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart.h"
#include "rr-chart-canvas.h"

#include <glib/gi18n-lib.h>

/* The axis top when neither RrTrendData.maximum nor any value is positive:
 * 100 points. */
#define DEFAULT_MAXIMUM 10000

typedef struct {
  RrChartRect plot;
  gint64 maximum;
  guint n_periods;
} TrendGeometry;

static gint64
find_maximum (const RrTrendData *data)
{
  gint64 maximum = data->maximum;

  if (maximum > 0)
    return maximum;

  for (guint s = 0; s < data->series->len; s++)
    {
      const RrChartSeries *series = g_ptr_array_index (data->series, s);

      for (guint i = 0; i < series->values->len; i++)
        {
          RrChartValue value = rr_chart_series_get (series, i);

          if (!value.not_assessed)
            maximum = MAX (maximum, value.value);
        }
    }

  return maximum > 0 ? maximum : DEFAULT_MAXIMUM;
}

static double
period_x (const TrendGeometry *geometry,
          guint                period)
{
  if (geometry->n_periods <= 1)
    return geometry->plot.x + geometry->plot.width / 2.0;

  return geometry->plot.x + geometry->plot.width * period / (geometry->n_periods - 1);
}

static double
value_y (const TrendGeometry *geometry,
         gint64               value)
{
  return geometry->plot.y + geometry->plot.height * (1.0 - rr_chart_fraction (value, geometry->maximum));
}

/* Formats a tick in points, without decimals when it is whole. */
static char *
format_tick (gint64 hundredths)
{
  if (hundredths % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, hundredths / 100);

  return rr_chart_format_points (hundredths);
}

static void
draw_axes (RrChartCanvas       *canvas,
           const TrendGeometry *geometry,
           const RrTrendData   *data)
{
  cairo_t *cr = canvas->cr;
  const RrChartRect *plot = &geometry->plot;
  const RrTextStyle tick_style = { 0.8, FALSE, 1.0, 0.5, 1, rr_chart_palette_muted () };
  const RrTextStyle period_style = { 0.8, FALSE, 0.5, 0.0, 2, NULL };
  double spacing = geometry->n_periods > 1 ? plot->width / (geometry->n_periods - 1) : plot->width;

  rr_chart_set_source (cr, rr_chart_palette_grid ());
  cairo_set_line_width (cr, canvas->line_width);
  for (int tick = 0; tick <= 4; tick++)
    {
      double y = plot->y + plot->height * (1.0 - tick / 4.0);

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  for (guint period = 0; period < geometry->n_periods; period++)
    {
      cairo_move_to (cr, period_x (geometry, period), plot->y);
      cairo_line_to (cr, period_x (geometry, period), plot->y + plot->height);
    }
  cairo_stroke (cr);

  for (int tick = 0; tick <= 4; tick++)
    {
      g_autofree char *text = format_tick (geometry->maximum * tick / 4);

      rr_chart_canvas_text (canvas, text, plot->x - canvas->unit * 0.4, plot->y + plot->height * (1.0 - tick / 4.0),
                            plot->x, &tick_style, NULL, NULL);
    }

  /* Below the half line by which the "0" tick reaches under the axis. */
  for (guint period = 0; period < geometry->n_periods; period++)
    rr_chart_canvas_text (canvas, g_ptr_array_index (data->periods, period), period_x (geometry, period),
                          plot->y + plot->height + rr_chart_canvas_line_height (canvas, tick_style.size) * 0.6,
                          MIN (spacing * 0.95, plot->width), &period_style, NULL, NULL);
}

static void
draw_series (RrChartCanvas       *canvas,
             const TrendGeometry *geometry,
             const RrTrendData   *data,
             guint                index)
{
  cairo_t *cr = canvas->cr;
  const RrChartSeries *series = g_ptr_array_index (data->series, index);
  const RrSeriesStyle *style = rr_chart_palette_series (index);
  double line_width = canvas->line_width * 2.0;
  double marker = MAX (line_width * 2.0, 1.5);
  gboolean drawing = FALSE;

  for (guint period = 0; period < geometry->n_periods; period++)
    {
      RrChartValue value = rr_chart_series_get (series, period);
      double x = period_x (geometry, period);

      if (value.not_assessed)
        {
          drawing = FALSE;
          continue;
        }

      if (drawing)
        cairo_line_to (cr, x, value_y (geometry, value.value));
      else
        cairo_move_to (cr, x, value_y (geometry, value.value));
      drawing = TRUE;
    }

  rr_chart_set_source (cr, &style->color);
  cairo_set_line_width (cr, line_width);
  rr_chart_set_dashes (cr, style, line_width);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);

  for (guint period = 0; period < geometry->n_periods; period++)
    {
      RrChartValue value = rr_chart_series_get (series, period);
      const char *period_label = g_ptr_array_index (data->periods, period);
      g_autofree char *label = g_strdup_printf ("%s · %s", series->label, period_label);
      g_autofree char *text = NULL;
      double x = period_x (geometry, period);
      double y;

      if (value.not_assessed)
        continue;

      y = value_y (geometry, value.value);
      rr_chart_draw_marker (cr, style->marker, x, y, marker);
      cairo_fill (cr);
      text = rr_chart_format_points (value.value);
      rr_chart_canvas_add_mark (canvas, x - marker * 1.5, y - marker * 1.5, marker * 3.0, marker * 3.0, label, text);
    }
}

RrChartLayout *
rr_trend_chart_draw (const RrTrendData *data,
                     cairo_t           *cr,
                     double             width,
                     double             height)
{
  RrChartCanvas canvas;
  TrendGeometry geometry;
  g_autofree RrLegendItem *legend = NULL;
  g_autofree char *top_tick = NULL;
  RrChartRect area;
  RrChartRect legend_area;
  double legend_height;
  double axis_width;
  double below;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  rr_chart_canvas_init (&canvas, cr, width, height);
  area = rr_chart_canvas_header (&canvas, data->title, NULL);
  canvas.layout->n_items = data->periods->len;

  if (data->periods->len == 0 || data->series->len == 0)
    {
      rr_chart_canvas_no_data (&canvas, &area);
      return rr_chart_canvas_finish (&canvas);
    }

  legend = g_new0 (RrLegendItem, data->series->len);
  for (guint s = 0; s < data->series->len; s++)
    {
      const RrChartSeries *series = g_ptr_array_index (data->series, s);

      legend[s] = (RrLegendItem) { series->label, RR_LEGEND_LINE, NULL, rr_chart_palette_series (s) };
    }
  legend_height = rr_chart_canvas_legend (&canvas, legend, data->series->len, &area, FALSE);
  legend_area = area;

  geometry.maximum = find_maximum (data);
  geometry.n_periods = data->periods->len;
  top_tick = format_tick (geometry.maximum);
  axis_width = rr_chart_canvas_text_width (&canvas, top_tick, 0.8, FALSE) + canvas.unit * 0.8;
  below = rr_chart_canvas_line_height (&canvas, 0.8) * 2.8;

  /* Half a marker of room on each side, so end points are not clipped. */
  geometry.plot.x = area.x + axis_width + canvas.line_width * 4.0;
  geometry.plot.width = MAX (area.width - axis_width - canvas.line_width * 8.0 - canvas.unit * 1.5, 0.0);
  geometry.plot.y = area.y + canvas.line_width * 4.0;
  geometry.plot.height = MAX (area.height - legend_height - below - canvas.unit * 0.6 - canvas.line_width * 4.0, 0.0);
  canvas.layout->plot = geometry.plot;
  canvas.layout->n_items_drawn = data->periods->len;

  draw_axes (&canvas, &geometry, data);
  rr_chart_canvas_legend (&canvas, legend, data->series->len, &legend_area, TRUE);
  for (guint s = 0; s < data->series->len; s++)
    draw_series (&canvas, &geometry, data, s);

  return rr_chart_canvas_finish (&canvas);
}
