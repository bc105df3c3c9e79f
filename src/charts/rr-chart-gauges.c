/* rr-chart-gauges.c: one gauge per quantitative requirement
 *
 * Each gauge is a horizontal track scaled to the larger of the actual and
 * the required value. The actual value fills the track, a tick marks the
 * requirement and a hatched red segment shows the shortfall. A check that
 * is not assessed gets a dashed empty track labelled 未评估, never a zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart.h"
#include "rr-chart-canvas.h"

#include <glib/gi18n-lib.h>

/* Heights in text units: the track, the space above the value line and
 * the gap between rows. Text lines take their measured height. */
#define TRACK 1.0
#define VALUE_SPACE 0.3
#define ROW_GAP 0.6

static const RrColor met_color = { 0.09, 0.40, 0.24 };
static const RrColor actual_color = { 0.20, 0.30, 0.45 };

/* Formats @value of @unit with the unit's word, e.g. "12 人". */
static char *
format_quantity (RrUnit unit,
                 gint64 value)
{
  g_autofree char *number = rr_unit_format_value (unit, value);
  gulong count = (gulong) CLAMP (value, 0, G_MAXLONG);

  switch (unit)
    {
    case RR_UNIT_PEOPLE:
      /* Translators: a number of people, e.g. "12 人" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", count), number);
    case RR_UNIT_SQUARE_METRES:
      return g_strdup_printf (_("%s m²"), number);
    case RR_UNIT_ORGANIZATIONS:
      /* Translators: a number of social organisations, e.g. "3 个" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s organisation", "%s organisations", count), number);
    case RR_UNIT_FACILITIES:
      /* Translators: a number of facilities, e.g. "2 处" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s facility", "%s facilities", count), number);
    case RR_UNIT_MONTHS:
    default:
      /* Translators: a number of months, e.g. "1 个月" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s month", "%s months", count), number);
    }
}

static const char *
status_name (RrCheckStatus status)
{
  switch (status)
    {
    case RR_CHECK_MET:
      return _("Met");
    case RR_CHECK_NOT_MET:
      return _("Not met");
    case RR_CHECK_NOT_ASSESSED:
    default:
      return _("Not assessed");
    }
}

static char *
describe_values (const RrGaugeItem *item)
{
  if (item->status == RR_CHECK_NOT_ASSESSED)
    return g_strdup (_("Not assessed"));

  /* Translators: a gauge's values, e.g. "实际 899（89.9%） · 要求 ≥ 900" */
  return g_strdup_printf (_("Actual %s · required %s"),
                          item->actual_text != NULL ? item->actual_text : "",
                          item->required_text != NULL ? item->required_text : "");
}

static char *
describe_shortfall (const RrGaugeItem *item)
{
  g_autofree char *quantity = NULL;

  if (item->status != RR_CHECK_NOT_MET || item->shortfall <= 0)
    return NULL;

  quantity = format_quantity (item->unit, item->shortfall);
  /* Translators: how far a figure is below its requirement, e.g. "差 12 人" */
  return g_strdup_printf (_("Short by %s"), quantity);
}

static void
draw_track (RrChartCanvas     *canvas,
            const RrGaugeItem *item,
            const RrChartRect *track)
{
  cairo_t *cr = canvas->cr;
  gint64 scale = MAX (MAX (item->actual, item->required), 1);
  double actual_x = track->x + track->width * rr_chart_fraction (item->actual, scale) / 1.1;
  double required_x = track->x + track->width * rr_chart_fraction (item->required, scale) / 1.1;

  if (item->status == RR_CHECK_NOT_ASSESSED)
    {
      double dashes[] = { canvas->line_width * 4.0, canvas->line_width * 3.0 };

      rr_chart_set_source (cr, rr_chart_palette_muted ());
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
      cairo_rectangle (cr, track->x, track->y, track->width, track->height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.0);
      return;
    }

  rr_chart_set_source (cr, rr_chart_palette_grid ());
  cairo_rectangle (cr, track->x, track->y, track->width, track->height);
  cairo_fill (cr);

  rr_chart_set_source (cr, item->status == RR_CHECK_MET ? &met_color : &actual_color);
  cairo_rectangle (cr, track->x, track->y, actual_x - track->x, track->height);
  cairo_fill (cr);

  if (item->status == RR_CHECK_NOT_MET && required_x > actual_x)
    rr_chart_fill_hatched (cr, actual_x, track->y, required_x - actual_x, track->height,
                           rr_chart_palette_alert (), MAX (track->height / 2.5, 1.5));

  /* The requirement: a tick that reaches above and below the track. */
  rr_chart_set_source (cr, rr_chart_palette_ink ());
  cairo_set_line_width (cr, MAX (canvas->line_width * 2.0, 1.0));
  cairo_move_to (cr, required_x, track->y - track->height * 0.3);
  cairo_line_to (cr, required_x, track->y + track->height * 1.3);
  cairo_stroke (cr);
  cairo_set_line_width (cr, canvas->line_width);
}

static void
draw_gauge (RrChartCanvas     *canvas,
            const RrGaugeItem *item,
            const RrChartRect *row,
            gboolean           with_values)
{
  const RrTextStyle status_style = { 0.9, TRUE, 1.0, 0.0, 1,
                                     item->status == RR_CHECK_NOT_MET ? rr_chart_palette_alert ()
                                                                      : rr_chart_palette_muted () };
  const RrTextStyle label_style = { 1.0, FALSE, 0.0, 0.0, 1, NULL };
  const RrTextStyle value_style = { 0.85, FALSE, 0.0, 0.0, 1, rr_chart_palette_muted () };
  const RrTextStyle shortfall_style = { 0.85, TRUE, 1.0, 0.0, 1, rr_chart_palette_alert () };
  const RrTextStyle inside_style = { 0.8, FALSE, 0.5, 0.5, 1, rr_chart_palette_muted () };
  g_autofree char *values = describe_values (item);
  g_autofree char *shortfall = describe_shortfall (item);
  g_autofree char *tooltip = shortfall != NULL ? g_strdup_printf ("%s · %s", values, shortfall) : g_strdup (values);
  double unit = canvas->unit;
  RrChartRect status_rect = { row->x + row->width, row->y, 0.0, 0.0 };
  RrChartRect shortfall_rect = { row->x + row->width, 0.0, 0.0, 0.0 };
  RrChartRect track = *row;

  if (unit > 0.0)
    {
      double label_height = rr_chart_canvas_line_height (canvas, label_style.size);
      g_autofree char *status = NULL;

      /* Without a value line the shortfall goes beside the status. */
      if (!with_values && shortfall != NULL)
        status = g_strdup_printf ("%s · %s", status_name (item->status), shortfall);
      else
        status = g_strdup (status_name (item->status));
      rr_chart_canvas_text (canvas, status, row->x + row->width, row->y,
                            row->width / 2.5, &status_style, NULL, &status_rect);
      rr_chart_canvas_text (canvas, item->label, row->x, row->y,
                            status_rect.x - row->x - unit * 0.8, &label_style, tooltip, NULL);
      track.y = row->y + label_height;
      track.height = unit * TRACK;
    }
  else
    {
      track.height = row->height * 0.6;
      track.y = row->y + row->height * 0.2;
    }

  draw_track (canvas, item, &track);
  rr_chart_canvas_add_mark (canvas, track.x, track.y, track.width, track.height, item->label, tooltip);

  if (unit <= 0.0)
    return;

  if (item->status == RR_CHECK_NOT_ASSESSED)
    {
      rr_chart_canvas_text (canvas, _("Not assessed"), track.x + track.width / 2.0, track.y + track.height / 2.0,
                            track.width, &inside_style, NULL, NULL);
      return;
    }

  if (!with_values)
    return;

  if (shortfall != NULL)
    rr_chart_canvas_text (canvas, shortfall, row->x + row->width, track.y + track.height + unit * VALUE_SPACE,
                          row->width / 2.0, &shortfall_style, NULL, &shortfall_rect);
  rr_chart_canvas_text (canvas, values, row->x, track.y + track.height + unit * VALUE_SPACE,
                        shortfall_rect.x - row->x - unit * 0.8, &value_style, NULL, NULL);
}

RrChartLayout *
rr_gauge_chart_draw (const RrGaugeData *data,
                     cairo_t           *cr,
                     double             width,
                     double             height)
{
  RrChartCanvas canvas;
  RrChartRect area;
  double row_height;
  double label_height;
  double full_row;
  gboolean with_values = TRUE;
  guint n_items;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  rr_chart_canvas_init (&canvas, cr, width, height);
  area = rr_chart_canvas_header (&canvas, data->title, NULL);
  n_items = data->items->len;
  canvas.layout->plot = area;
  canvas.layout->n_items = n_items;

  if (n_items == 0)
    {
      rr_chart_canvas_no_data (&canvas, &area);
      return rr_chart_canvas_finish (&canvas);
    }

  /* Rows share the height. A row without room for its value line keeps
   * the values in its tooltip only. */
  row_height = area.height / n_items;
  label_height = rr_chart_canvas_line_height (&canvas, 1.0);
  full_row = label_height + rr_chart_canvas_line_height (&canvas, 0.85) + canvas.unit * (TRACK + VALUE_SPACE + ROW_GAP);
  if (canvas.unit > 0.0 && row_height < full_row)
    with_values = FALSE;
  if (canvas.unit > 0.0 && row_height < label_height + canvas.unit * (TRACK + 0.3))
    {
      /* Too many gauges for text: draw tracks only, as on a thumbnail. */
      canvas.unit = 0.0;
    }
  if (canvas.unit > 0.0)
    row_height = MIN (row_height, full_row * 1.4);

  for (guint i = 0; i < n_items; i++)
    {
      RrChartRect row = { area.x, area.y + i * row_height, area.width, row_height };

      draw_gauge (&canvas, g_ptr_array_index (data->items, i), &row, with_values);
    }
  canvas.layout->n_items_drawn = n_items;

  return rr_chart_canvas_finish (&canvas);
}
