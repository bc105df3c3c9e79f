/* rr-chart-tasks.c: the construction tasks as bars, grouped by 共同体
 *
 * Bars take their 共同体's colour. 约束性 bars are solid and 预期性 bars are
 * hatched with an outline, so the attribute reads without colour. A binding
 * task that is not met gets a red triangle above its bar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart.h"
#include "rr-chart-canvas.h"

#include <glib/gi18n-lib.h>
#include <math.h>

/* The gap between two groups, in bar slots. */
#define GROUP_GAP 0.8

typedef struct {
  RrChartRect plot;
  double slot;             /* the width of one bar slot */
  double bar_width;
  double *bar_x;           /* the left edge of each bar */
} TaskGeometry;

static gboolean
starts_group (const RrTaskChartData *data,
              guint                  index)
{
  const RrTaskBar *bar = g_ptr_array_index (data->bars, index);
  const RrTaskBar *previous;

  if (index == 0)
    return TRUE;

  previous = g_ptr_array_index (data->bars, index - 1);
  return previous->group_index != bar->group_index || g_strcmp0 (previous->group, bar->group) != 0;
}

static void
place_bars (const RrTaskChartData *data,
            TaskGeometry          *geometry)
{
  guint n_groups = 0;
  double slots;
  double x;

  for (guint i = 0; i < data->bars->len; i++)
    if (starts_group (data, i))
      n_groups++;

  slots = data->bars->len + GROUP_GAP * (n_groups - 1);
  geometry->slot = geometry->plot.width / MAX (slots, 1.0);
  geometry->bar_width = geometry->slot * 0.72;

  x = geometry->plot.x;
  for (guint i = 0; i < data->bars->len; i++)
    {
      if (i > 0 && starts_group (data, i))
        x += geometry->slot * GROUP_GAP;
      geometry->bar_x[i] = x + (geometry->slot - geometry->bar_width) / 2.0;
      x += geometry->slot;
    }
}

static void
draw_axis (RrChartCanvas      *canvas,
           const TaskGeometry *geometry)
{
  cairo_t *cr = canvas->cr;
  const RrTextStyle style = { 0.8, FALSE, 1.0, 0.5, 1, rr_chart_palette_muted () };
  const RrChartRect *plot = &geometry->plot;

  rr_chart_set_source (cr, rr_chart_palette_grid ());
  cairo_set_line_width (cr, canvas->line_width);
  for (int tick = 0; tick <= 4; tick++)
    {
      double y = plot->y + plot->height * (1.0 - tick / 4.0);

      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  cairo_stroke (cr);

  for (int tick = 0; tick <= 4; tick++)
    {
      g_autofree char *text = g_strdup_printf ("%d%%", tick * 25);
      double y = plot->y + plot->height * (1.0 - tick / 4.0);

      rr_chart_canvas_text (canvas, text, plot->x - canvas->unit * 0.3, y, plot->x, &style, NULL, NULL);
    }
}

static char *
describe_bar (const RrTaskBar *bar)
{
  g_autofree char *score = bar->score.not_assessed ? g_strdup (_("Not assessed"))
                                                   : rr_chart_format_per_mille (bar->score.value);
  const char *attribute = rr_attribute_get_name (bar->binding ? RR_ATTRIBUTE_BINDING : RR_ATTRIBUTE_EXPECTED);

  if (bar->unmet)
    /* Translators: a task bar's tooltip value: the score, 约束性, and that it is not met */
    return g_strdup_printf (_("%s · %s · not met"), score, attribute);

  return g_strdup_printf ("%s · %s", score, attribute);
}

static void
draw_bar (RrChartCanvas      *canvas,
          const TaskGeometry *geometry,
          const RrTaskBar    *bar,
          double              x)
{
  cairo_t *cr = canvas->cr;
  const RrChartRect *plot = &geometry->plot;
  const RrColor *color = rr_chart_palette_group (bar->group_index);
  double bottom = plot->y + plot->height;
  double bar_height = plot->height * rr_chart_fraction (bar->score.value, RR_CHART_PER_MILLE);
  g_autofree char *label = NULL;
  g_autofree char *value = describe_bar (bar);

  if (bar->score.not_assessed)
    {
      double dashes[] = { canvas->line_width * 3.0, canvas->line_width * 2.0 };

      /* A dashed empty outline over the full height: not a zero. */
      bar_height = plot->height;
      rr_chart_set_source (cr, rr_chart_palette_muted ());
      cairo_set_line_width (cr, canvas->line_width);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
      cairo_rectangle (cr, x, plot->y, geometry->bar_width, plot->height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.0);
    }
  else if (bar->binding)
    {
      rr_chart_set_source (cr, color);
      cairo_rectangle (cr, x, bottom - bar_height, geometry->bar_width, bar_height);
      cairo_fill (cr);
    }
  else
    {
      rr_chart_fill_hatched (cr, x, bottom - bar_height, geometry->bar_width, bar_height, color,
                             MAX (geometry->bar_width / 3.0, 1.5));
      rr_chart_set_source (cr, color);
      cairo_set_line_width (cr, MAX (canvas->line_width * 1.5, 1.0));
      cairo_rectangle (cr, x, bottom - bar_height, geometry->bar_width, bar_height);
      cairo_stroke (cr);
    }

  /* Translators: a task bar's tooltip label, e.g. "任务 13 · 参与共同体 · 培育社区治理主体" */
  label = g_strdup_printf (_("Task %u · %s · %s"), bar->number, bar->group, bar->description);
  rr_chart_canvas_add_mark (canvas, x, bottom - bar_height, geometry->bar_width, bar_height, label, value);

  if (bar->unmet && bar->binding)
    {
      double size = MIN (geometry->bar_width, canvas->unit > 0.0 ? canvas->unit : geometry->bar_width);
      double tip = bottom - bar_height - size * 0.25;

      rr_chart_set_source (cr, rr_chart_palette_alert ());
      cairo_move_to (cr, x + geometry->bar_width / 2.0, tip);
      cairo_line_to (cr, x + geometry->bar_width / 2.0 - size / 2.0, tip - size);
      cairo_line_to (cr, x + geometry->bar_width / 2.0 + size / 2.0, tip - size);
      cairo_close_path (cr);
      cairo_fill (cr);
      rr_chart_canvas_add_mark (canvas, x + geometry->bar_width / 2.0 - size / 2.0, tip - size, size, size,
                                label, value);
    }
}

/* Task numbers under the bars and 共同体 names under each group. */
static void
draw_bar_labels (RrChartCanvas         *canvas,
                 const TaskGeometry    *geometry,
                 const RrTaskChartData *data)
{
  const RrTextStyle number_style = { 0.8, FALSE, 0.5, 0.0, 1, NULL };
  const RrTextStyle group_style = { 0.9, TRUE, 0.5, 0.0, 2, NULL };
  double number_top = geometry->plot.y + geometry->plot.height + canvas->unit * 0.3;
  double group_top = number_top + rr_chart_canvas_line_height (canvas, number_style.size) * 1.15;

  for (guint i = 0; i < data->bars->len; i++)
    {
      const RrTaskBar *bar = g_ptr_array_index (data->bars, i);

      rr_chart_canvas_text (canvas, bar->label, geometry->bar_x[i] + geometry->bar_width / 2.0, number_top,
                            geometry->slot, &number_style, NULL, NULL);
    }

  for (guint first = 0; first < data->bars->len;)
    {
      const RrTaskBar *bar = g_ptr_array_index (data->bars, first);
      guint last = first;
      double left, right;

      while (last + 1 < data->bars->len && !starts_group (data, last + 1))
        last++;

      left = geometry->bar_x[first];
      right = geometry->bar_x[last] + geometry->bar_width;
      rr_chart_canvas_text (canvas, bar->group, (left + right) / 2.0, group_top,
                            right - left + geometry->slot * GROUP_GAP * 0.8, &group_style, NULL, NULL);
      first = last + 1;
    }
}

static void
draw_legend (RrChartCanvas     *canvas,
             const RrChartRect *area,
             gboolean           draw,
             double            *height)
{
  const RrLegendItem items[] = {
    { rr_attribute_get_name (RR_ATTRIBUTE_BINDING), RR_LEGEND_BOX, rr_chart_palette_muted (), NULL },
    { rr_attribute_get_name (RR_ATTRIBUTE_EXPECTED), RR_LEGEND_OUTLINE, rr_chart_palette_muted (), NULL },
    { _("Binding task not met"), RR_LEGEND_ALERT, NULL, NULL },
    { _("Not assessed"), RR_LEGEND_DASHED, rr_chart_palette_muted (), NULL },
  };

  *height = rr_chart_canvas_legend (canvas, items, G_N_ELEMENTS (items), area, draw);
}

RrChartLayout *
rr_task_chart_draw (const RrTaskChartData *data,
                    cairo_t               *cr,
                    double                 width,
                    double                 height)
{
  RrChartCanvas canvas;
  TaskGeometry geometry;
  g_autofree double *bar_x = NULL;
  RrChartRect area;
  RrChartRect legend_area;
  double legend_height;
  double axis_width;
  double below;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  rr_chart_canvas_init (&canvas, cr, width, height);
  area = rr_chart_canvas_header (&canvas, data->title, NULL);

  if (data->bars->len == 0)
    {
      rr_chart_canvas_no_data (&canvas, &area);
      return rr_chart_canvas_finish (&canvas);
    }

  draw_legend (&canvas, &area, FALSE, &legend_height);
  legend_area = area;

  /* Under the plot: a row of task numbers and two lines of group names. */
  axis_width = rr_chart_canvas_text_width (&canvas, "100%", 0.8, FALSE) + canvas.unit * 0.6;
  below = rr_chart_canvas_line_height (&canvas, 0.8) * 1.2 + rr_chart_canvas_line_height (&canvas, 0.9) * 2.2;
  geometry.plot.x = area.x + axis_width;
  geometry.plot.width = MAX (area.width - axis_width, 0.0);
  /* Leave room above the bars for the unmet-task triangles. */
  geometry.plot.y = area.y + (canvas.unit > 0.0 ? canvas.unit * 1.3 : area.height * 0.05);
  geometry.plot.height = MAX (area.y + area.height - legend_height - below - canvas.unit * 0.4 - geometry.plot.y, 0.0);
  geometry.bar_x = bar_x = g_new0 (double, data->bars->len);
  place_bars (data, &geometry);

  canvas.layout->plot = geometry.plot;
  canvas.layout->n_items = data->bars->len;
  canvas.layout->n_items_drawn = data->bars->len;

  draw_axis (&canvas, &geometry);
  draw_legend (&canvas, &legend_area, TRUE, &legend_height);
  draw_bar_labels (&canvas, &geometry, data);
  for (guint i = 0; i < data->bars->len; i++)
    draw_bar (&canvas, &geometry, g_ptr_array_index (data->bars, i), geometry.bar_x[i]);

  return rr_chart_canvas_finish (&canvas);
}
