/* rr-chart-radar.c: the four 共同体 as shares of their maximum scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart.h"
#include "rr-chart-canvas.h"

#include <glib/gi18n-lib.h>
#include <math.h>

typedef struct {
  double cx;
  double cy;
  double radius;
  guint n_axes;
} Radar;

static void
point_at (const Radar *radar,
          guint        axis,
          double       fraction,
          double      *x,
          double      *y)
{
  double angle = -G_PI / 2.0 + 2.0 * G_PI * axis / radar->n_axes;

  *x = radar->cx + radar->radius * fraction * cos (angle);
  *y = radar->cy + radar->radius * fraction * sin (angle);
}

static void
draw_grid (RrChartCanvas *canvas,
           const Radar   *radar)
{
  cairo_t *cr = canvas->cr;

  rr_chart_set_source (cr, rr_chart_palette_grid ());
  cairo_set_line_width (cr, canvas->line_width);

  for (int ring = 1; ring <= 4; ring++)
    {
      if (radar->n_axes < 3)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, radar->cx, radar->cy, radar->radius * ring / 4.0, 0.0, 2.0 * G_PI);
          continue;
        }

      for (guint axis = 0; axis < radar->n_axes; axis++)
        {
          double x, y;

          point_at (radar, axis, ring / 4.0, &x, &y);
          if (axis == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
    }

  for (guint axis = 0; axis < radar->n_axes; axis++)
    {
      double x, y;

      point_at (radar, axis, 1.0, &x, &y);
      cairo_move_to (cr, radar->cx, radar->cy);
      cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
}

/* Lists every series' value on one axis, for the axis label's tooltip. */
static char *
describe_axis (const RrRadarData *data,
               guint              axis)
{
  GString *text = g_string_new (NULL);

  for (guint s = 0; s < data->series->len; s++)
    {
      const RrChartSeries *series = g_ptr_array_index (data->series, s);
      RrChartValue value = rr_chart_series_get (series, axis);
      g_autofree char *formatted = value.not_assessed ? g_strdup (_("Not assessed"))
                                                      : rr_chart_format_per_mille (value.value);

      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, "%s: %s", series->label, formatted);
    }

  return g_string_free (text, FALSE);
}

static void
draw_axis_labels (RrChartCanvas     *canvas,
                  const Radar       *radar,
                  const RrRadarData *data,
                  double             side_width)
{
  for (guint axis = 0; axis < radar->n_axes; axis++)
    {
      double angle = -G_PI / 2.0 + 2.0 * G_PI * axis / radar->n_axes;
      double gap = canvas->unit * 0.5;
      double x = radar->cx + (radar->radius + gap) * cos (angle);
      double y = radar->cy + (radar->radius + gap) * sin (angle);
      RrTextStyle style = { 1.0, TRUE, 0.5 - 0.5 * cos (angle), 0.5 - 0.5 * sin (angle), 2, NULL };
      g_autofree char *values = describe_axis (data, axis);
      double max_width = fabs (cos (angle)) > 0.3 ? side_width : radar->radius * 1.6;

      /* Round the alignment so labels straight above or beside the
       * centre are exactly centred. */
      style.xalign = round (style.xalign * 2.0) / 2.0;
      style.yalign = round (style.yalign * 2.0) / 2.0;
      rr_chart_canvas_text (canvas, g_ptr_array_index (data->axes, axis), x, y, max_width,
                            &style, values, NULL);
    }
}

/* Labels the 50 % and 100 % rings halfway between the last axis and the
 * first, away from the value markers on the axes. */
static void
draw_ring_labels (RrChartCanvas *canvas,
                  const Radar   *radar)
{
  const RrTextStyle style = { 0.75, FALSE, 1.0, 1.0, 1, rr_chart_palette_muted () };

  if (radar->n_axes < 3)
    return;

  for (int ring = 2; ring <= 4; ring += 2)
    {
      g_autofree char *text = g_strdup_printf ("%d%%", ring * 25);
      double x1, y1, x2, y2;

      point_at (radar, radar->n_axes - 1, ring / 4.0, &x1, &y1);
      point_at (radar, 0, ring / 4.0, &x2, &y2);
      rr_chart_canvas_text (canvas, text, (x1 + x2) / 2.0, (y1 + y2) / 2.0, radar->radius, &style, NULL, NULL);
    }
}

static void
draw_series (RrChartCanvas       *canvas,
             const Radar         *radar,
             const RrChartSeries *series,
             guint                index,
             const RrRadarData   *data)
{
  cairo_t *cr = canvas->cr;
  const RrSeriesStyle *style = rr_chart_palette_series (index);
  double line_width = canvas->line_width * 2.0;
  double marker = MAX (line_width * 2.0, 1.5);
  gboolean complete = TRUE;

  for (guint axis = 0; axis < radar->n_axes; axis++)
    if (rr_chart_series_get (series, axis).not_assessed)
      complete = FALSE;

  /* A complete series is a closed, lightly filled polygon. A series with
   * a missing value is drawn as lines between neighbouring values only. */
  for (guint axis = 0; axis < radar->n_axes; axis++)
    {
      guint next = (axis + 1) % radar->n_axes;
      RrChartValue from = rr_chart_series_get (series, axis);
      RrChartValue to = rr_chart_series_get (series, next);
      double x1, y1, x2, y2;

      if (from.not_assessed || to.not_assessed || (next == 0 && radar->n_axes < 3))
        continue;

      point_at (radar, axis, rr_chart_fraction (from.value, RR_CHART_PER_MILLE), &x1, &y1);
      point_at (radar, next, rr_chart_fraction (to.value, RR_CHART_PER_MILLE), &x2, &y2);
      if (complete && axis == 0)
        cairo_move_to (cr, x1, y1);
      else if (!complete)
        cairo_move_to (cr, x1, y1);
      cairo_line_to (cr, x2, y2);
    }
  if (complete && radar->n_axes >= 3)
    {
      cairo_close_path (cr);
      rr_chart_set_source_alpha (cr, &style->color, 0.12);
      cairo_fill_preserve (cr);
    }

  rr_chart_set_source (cr, &style->color);
  cairo_set_line_width (cr, line_width);
  rr_chart_set_dashes (cr, style, line_width);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);

  for (guint axis = 0; axis < radar->n_axes; axis++)
    {
      RrChartValue value = rr_chart_series_get (series, axis);
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;
      double x, y;

      if (value.not_assessed)
        continue;

      point_at (radar, axis, rr_chart_fraction (value.value, RR_CHART_PER_MILLE), &x, &y);
      rr_chart_draw_marker (cr, style->marker, x, y, marker);
      cairo_fill (cr);

      label = g_strdup_printf ("%s · %s", series->label, (const char *) g_ptr_array_index (data->axes, axis));
      text = rr_chart_format_per_mille (value.value);
      rr_chart_canvas_add_mark (canvas, x - marker * 1.5, y - marker * 1.5, marker * 3.0, marker * 3.0,
                                label, text);
    }
}

static double
widest_axis_label (RrChartCanvas     *canvas,
                   const RrRadarData *data)
{
  double widest = 0.0;

  for (guint axis = 0; axis < data->axes->len; axis++)
    widest = MAX (widest, rr_chart_canvas_text_width (canvas, g_ptr_array_index (data->axes, axis), 1.0, TRUE));

  return widest;
}

RrChartLayout *
rr_radar_chart_draw (const RrRadarData *data,
                     cairo_t           *cr,
                     double             width,
                     double             height)
{
  RrChartCanvas canvas;
  g_autofree RrLegendItem *legend = NULL;
  RrChartRect area;
  RrChartRect legend_area;
  double legend_height;
  double side_width;
  double label_height;
  Radar radar;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  rr_chart_canvas_init (&canvas, cr, width, height);
  area = rr_chart_canvas_header (&canvas, data->title, NULL);

  if (data->axes->len == 0)
    {
      rr_chart_canvas_no_data (&canvas, &area);
      return rr_chart_canvas_finish (&canvas);
    }

  legend = g_new0 (RrLegendItem, MAX (data->series->len, 1));
  for (guint s = 0; s < data->series->len; s++)
    {
      const RrChartSeries *series = g_ptr_array_index (data->series, s);

      legend[s] = (RrLegendItem) { series->label, RR_LEGEND_LINE, NULL, rr_chart_palette_series (s) };
    }
  legend_height = rr_chart_canvas_legend (&canvas, legend, data->series->len, &area, FALSE);
  legend_area = area;
  area.height = MAX (area.height - legend_height - canvas.unit * 0.5, 0.0);

  /* Room for the axis labels beside and above the circle. */
  side_width = MIN (widest_axis_label (&canvas, data) + canvas.unit, area.width * 0.28);
  label_height = rr_chart_canvas_line_height (&canvas, 1.0) * 2.2;

  radar.n_axes = data->axes->len;
  radar.cx = area.x + area.width / 2.0;
  radar.cy = area.y + area.height / 2.0;
  radar.radius = MIN (area.width / 2.0 - side_width, area.height / 2.0 - label_height);
  if (radar.radius < MIN (area.width, area.height) / 4.0)
    radar.radius = MIN (area.width, area.height) / 4.0;
  radar.radius = MAX (radar.radius, 0.0);
  canvas.layout->plot = (RrChartRect) { radar.cx - radar.radius, radar.cy - radar.radius,
                                        radar.radius * 2.0, radar.radius * 2.0 };
  canvas.layout->n_items = data->series->len;
  canvas.layout->n_items_drawn = data->series->len;

  draw_grid (&canvas, &radar);
  draw_axis_labels (&canvas, &radar, data, side_width);
  for (guint s = 0; s < data->series->len; s++)
    draw_series (&canvas, &radar, g_ptr_array_index (data->series, s), s, data);

  rr_chart_canvas_legend (&canvas, legend, data->series->len, &legend_area, TRUE);
  if (data->series->len == 0)
    rr_chart_canvas_no_data (&canvas, &area);
  else
    draw_ring_labels (&canvas, &radar);

  return rr_chart_canvas_finish (&canvas);
}
