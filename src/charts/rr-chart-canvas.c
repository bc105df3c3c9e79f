/* rr-chart-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart-canvas.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Sides beyond this many units are clamped. Cairo stores coordinates as
 * 24.8 fixed point, which covers values up to about 8 million. */
#define MAX_SIDE 1.0e6

/* Below this text size (in user units) the chart draws no text at all. */
#define MIN_TEXT_SIZE 7.0

/* A canvas whose shorter side is under this draws marks only: a thumbnail. */
#define MIN_SIDE_FOR_TEXT 150.0

static double
sanitize_side (double side)
{
  if (!isfinite (side) || side <= 0.0)
    return 0.0;

  return MIN (side, MAX_SIDE);
}

/* Sets the text size from the canvas area, so a chart keeps its proportions
 * from the window to an A3 page. */
static double
text_unit_for_size (double width,
                    double height)
{
  double unit = sqrt (width * height) / 55.0;

  if (MIN (width, height) < MIN_SIDE_FOR_TEXT)
    return 0.0;

  return MAX (unit, MIN_TEXT_SIZE);
}

void
rr_chart_canvas_init (RrChartCanvas *canvas,
                      cairo_t       *cr,
                      double         width,
                      double         height)
{
  cairo_font_options_t *options;

  memset (canvas, 0, sizeof *canvas);
  canvas->cr = cr;
  canvas->width = sanitize_side (width);
  canvas->height = sanitize_side (height);
  canvas->layout = rr_chart_layout_new (canvas->width, canvas->height);
  canvas->unit = text_unit_for_size (canvas->width, canvas->height);
  canvas->line_width = MAX (MIN (canvas->width, canvas->height) / 400.0, 0.5);
  canvas->margin = MAX (MIN (canvas->width, canvas->height) / 40.0, 2.0);
  canvas->layout->has_text = canvas->unit > 0.0;

  /* Unhinted metrics keep text widths proportional to the size, so a
   * chart lays out the same on screen, in a PDF and scaled in a PNG. */
  canvas->context = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (canvas->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (canvas->context, pango_language_from_string ("zh-cn"));
  canvas->font = pango_font_description_from_string (RR_CHART_FONT_FAMILY);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, canvas->width, canvas->height);
  cairo_clip (cr);
  rr_chart_set_source (cr, rr_chart_palette_background ());
  cairo_paint (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, canvas->line_width);
}

/* Restores the cairo_t and returns the layout, which the caller owns. */
RrChartLayout *
rr_chart_canvas_finish (RrChartCanvas *canvas)
{
  cairo_restore (canvas->cr);
  g_clear_object (&canvas->context);
  g_clear_pointer (&canvas->font, pango_font_description_free);
  return g_steal_pointer (&canvas->layout);
}

static PangoLayout *
create_text_layout (RrChartCanvas *canvas,
                    const char    *text,
                    double         size,
                    gboolean       bold,
                    double         max_width,
                    int            max_lines)
{
  PangoLayout *layout = pango_layout_new (canvas->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (canvas->font);

  pango_font_description_set_absolute_size (font, MAX (size * canvas->unit, 1.0) * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  if (max_width > 0.0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (max_lines > 1)
        {
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -max_lines);
        }
      else
        pango_layout_set_single_paragraph_mode (layout, TRUE);
    }

  return layout;
}

/* Logical extents of @layout in user units. */
static void
get_extents (PangoLayout *layout,
             RrChartRect *rect)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  rect->x = (double) logical.x / PANGO_SCALE;
  rect->y = (double) logical.y / PANGO_SCALE;
  rect->width = (double) logical.width / PANGO_SCALE;
  rect->height = (double) logical.height / PANGO_SCALE;
}

static gboolean
inside_canvas (RrChartCanvas     *canvas,
               const RrChartRect *rect)
{
  const double tolerance = 0.5;

  return rect->x >= -tolerance && rect->y >= -tolerance &&
         rect->x + rect->width <= canvas->width + tolerance &&
         rect->y + rect->height <= canvas->height + tolerance;
}

/**
 * rr_chart_canvas_text:
 * @max_width: the widest the text may be; longer text is ellipsized
 * @value: (nullable): the value the text stands for, for the tooltip
 * @drawn: (out) (optional): the rectangle of the drawn text
 *
 * Draws @text anchored at (@x, @y) and records it as a label region.
 * Draws nothing and returns FALSE when the canvas has no room for text,
 * when the text would leave the canvas, or when it would overlap a label
 * drawn before.
 */
gboolean
rr_chart_canvas_text (RrChartCanvas     *canvas,
                      const char        *text,
                      double             x,
                      double             y,
                      double             max_width,
                      const RrTextStyle *style,
                      const char        *value,
                      RrChartRect       *drawn)
{
  g_autoptr(PangoLayout) layout = NULL;
  RrChartRect extents;
  RrChartRect rect;

  if (canvas->unit <= 0.0 || text == NULL || text[0] == '\0')
    return FALSE;
  if (!isfinite (x) || !isfinite (y) || !isfinite (max_width))
    return FALSE;

  /* Too narrow for even one character and the ellipsis. */
  if (max_width < style->size * canvas->unit * 1.5)
    return FALSE;

  layout = create_text_layout (canvas, text, style->size, style->bold, max_width, MAX (style->max_lines, 1));
  get_extents (layout, &extents);

  rect.x = x - style->xalign * extents.width;
  rect.y = y - style->yalign * extents.height;
  rect.width = extents.width;
  rect.height = extents.height;

  if (!inside_canvas (canvas, &rect) || rr_chart_layout_label_overlaps (canvas->layout, &rect))
    return FALSE;

  /* The logical rectangle may start right of or below the layout origin. */
  rr_chart_set_source (canvas->cr, style->color != NULL ? style->color : rr_chart_palette_ink ());
  cairo_move_to (canvas->cr, rect.x - extents.x, rect.y - extents.y);
  pango_cairo_show_layout (canvas->cr, layout);
  cairo_new_path (canvas->cr);

  rr_chart_layout_add_region (canvas->layout, RR_CHART_REGION_LABEL, &rect, text, value);
  if (drawn != NULL)
    *drawn = rect;
  return TRUE;
}

/* The height of one line of text at @size units, or 0 without text. */
double
rr_chart_canvas_line_height (RrChartCanvas *canvas,
                             double         size)
{
  g_autoptr(PangoLayout) layout = NULL;
  RrChartRect extents;

  if (canvas->unit <= 0.0)
    return 0.0;

  layout = create_text_layout (canvas, "国Ag", size, FALSE, -1.0, 1);
  get_extents (layout, &extents);
  return extents.height;
}

/* The natural width of @text on one line, or 0 without text. */
double
rr_chart_canvas_text_width (RrChartCanvas *canvas,
                            const char    *text,
                            double         size,
                            gboolean       bold)
{
  g_autoptr(PangoLayout) layout = NULL;
  RrChartRect extents;

  if (canvas->unit <= 0.0 || text == NULL)
    return 0.0;

  layout = create_text_layout (canvas, text, size, bold, -1.0, 1);
  get_extents (layout, &extents);
  return extents.width;
}

/**
 * rr_chart_canvas_header:
 * @note: (nullable): a line under the title, e.g. which page is shown
 *
 * Draws the title and the note at the top and returns the area below
 * them, inside the margins.
 */
RrChartRect
rr_chart_canvas_header (RrChartCanvas *canvas,
                        const char    *title,
                        const char    *note)
{
  RrChartRect area = {
    canvas->margin, canvas->margin,
    MAX (canvas->width - 2.0 * canvas->margin, 0.0),
    MAX (canvas->height - 2.0 * canvas->margin, 0.0),
  };
  const RrTextStyle title_style = { 1.3, TRUE, 0.0, 0.0, 1, NULL };
  const RrTextStyle note_style = { 0.9, FALSE, 0.0, 0.0, 2, rr_chart_palette_muted () };
  RrChartRect drawn;
  double bottom = area.y;

  if (rr_chart_canvas_text (canvas, title, area.x, area.y, area.width, &title_style, NULL, &drawn))
    bottom = drawn.y + drawn.height;
  if (rr_chart_canvas_text (canvas, note, area.x, bottom + canvas->unit * 0.2, area.width,
                            &note_style, NULL, &drawn))
    bottom = drawn.y + drawn.height;

  if (bottom > area.y)
    bottom += canvas->unit * 0.6;
  area.height = MAX (area.height - (bottom - area.y), 0.0);
  area.y = bottom;
  return area;
}

static void
draw_swatch (RrChartCanvas      *canvas,
             const RrLegendItem *item,
             double              x,
             double              y,
             double              width,
             double              height)
{
  cairo_t *cr = canvas->cr;
  const RrColor *color = item->color != NULL ? item->color : rr_chart_palette_ink ();

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);

  switch (item->kind)
    {
    case RR_LEGEND_HATCHED:
      rr_chart_fill_hatched (cr, x, y, width, height, color, height / 3.0);
      break;

    case RR_LEGEND_OUTLINE:
      rr_chart_fill_hatched (cr, x, y, width, height, color, height / 3.0);
      rr_chart_set_source (cr, color);
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      break;

    case RR_LEGEND_DASHED:
      {
        double dashes[] = { canvas->line_width * 3.0, canvas->line_width * 2.0 };

        rr_chart_set_source (cr, color);
        cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0.0);
        cairo_rectangle (cr, x, y, width, height);
        cairo_stroke (cr);
      }
      break;

    case RR_LEGEND_LINE:
      rr_chart_set_source (cr, &item->style->color);
      cairo_set_line_width (cr, canvas->line_width * 2.0);
      rr_chart_set_dashes (cr, item->style, canvas->line_width * 2.0);
      cairo_move_to (cr, x, y + height / 2.0);
      cairo_line_to (cr, x + width, y + height / 2.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0.0);
      rr_chart_draw_marker (cr, item->style->marker, x + width / 2.0, y + height / 2.0, height / 3.0);
      cairo_fill (cr);
      break;

    case RR_LEGEND_ALERT:
      rr_chart_set_source (cr, rr_chart_palette_alert ());
      cairo_move_to (cr, x + width / 2.0 - height / 2.0, y);
      cairo_line_to (cr, x + width / 2.0 + height / 2.0, y);
      cairo_line_to (cr, x + width / 2.0, y + height);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case RR_LEGEND_BOX:
    default:
      rr_chart_set_source (cr, color);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
      break;
    }

  cairo_restore (cr);
}

/**
 * rr_chart_canvas_legend:
 * @area: the legend's width, and its bottom edge when @draw is TRUE
 * @draw: FALSE to measure only
 *
 * Flows the legend items into rows at the bottom of @area.
 *
 * Returns: the height the legend takes, 0 when there is no room for text
 */
double
rr_chart_canvas_legend (RrChartCanvas      *canvas,
                        const RrLegendItem *items,
                        guint               n_items,
                        const RrChartRect  *area,
                        gboolean            draw)
{
  const RrTextStyle style = { 0.9, FALSE, 0.0, 0.5, 1, NULL };
  double row_height = rr_chart_canvas_line_height (canvas, style.size);
  double swatch_width = canvas->unit * 1.8;
  double gap = canvas->unit * 0.4;
  double spacing = canvas->unit * 1.2;
  double x = 0.0;
  guint rows = 1;
  g_autofree double *positions = NULL;
  g_autofree guint *item_rows = NULL;
  double height;

  if (canvas->unit <= 0.0 || n_items == 0 || area->width < swatch_width * 4.0)
    return 0.0;

  positions = g_new0 (double, n_items);
  item_rows = g_new0 (guint, n_items);

  for (guint i = 0; i < n_items; i++)
    {
      double text_width = rr_chart_canvas_text_width (canvas, items[i].label, style.size, FALSE);
      double item_width = MIN (swatch_width + gap + text_width, area->width);

      if (x > 0.0 && x + item_width > area->width)
        {
          rows++;
          x = 0.0;
        }
      positions[i] = x;
      item_rows[i] = rows - 1;
      x += item_width + spacing;
    }

  height = rows * row_height * 1.25;
  if (!draw)
    return height;

  for (guint i = 0; i < n_items; i++)
    {
      double left = area->x + positions[i];
      double middle = area->y + area->height - height + (item_rows[i] + 0.5) * row_height * 1.25;
      double swatch_height = row_height * 0.55;
      double text_width = area->width - positions[i] - swatch_width - gap;

      draw_swatch (canvas, &items[i], left, middle - swatch_height / 2.0, swatch_width, swatch_height);
      rr_chart_canvas_add_mark (canvas, left, middle - swatch_height / 2.0, swatch_width, swatch_height,
                                items[i].label, NULL);
      rr_chart_canvas_text (canvas, items[i].label, left + swatch_width + gap, middle,
                            text_width, &style, NULL, NULL);
    }

  return height;
}

/* Writes that there is nothing to draw, in the middle of @area. */
void
rr_chart_canvas_no_data (RrChartCanvas     *canvas,
                         const RrChartRect *area)
{
  const RrTextStyle style = { 1.1, FALSE, 0.5, 0.5, 2, rr_chart_palette_muted () };

  rr_chart_canvas_text (canvas, _("No data to chart"), area->x + area->width / 2.0,
                        area->y + area->height / 2.0, area->width, &style, NULL, NULL);
}

/* Records a data mark; rectangles with a non-finite or negative side are
 * normalised so that hit-testing stays well defined. */
void
rr_chart_canvas_add_mark (RrChartCanvas *canvas,
                          double         x,
                          double         y,
                          double         width,
                          double         height,
                          const char    *label,
                          const char    *value)
{
  RrChartRect rect = { x, y, width, height };

  if (!isfinite (x) || !isfinite (y) || !isfinite (width) || !isfinite (height))
    return;

  if (rect.width < 0.0)
    {
      rect.x += rect.width;
      rect.width = -rect.width;
    }
  if (rect.height < 0.0)
    {
      rect.y += rect.height;
      rect.height = -rect.height;
    }

  rr_chart_layout_add_region (canvas->layout, RR_CHART_REGION_MARK, &rect, label, value);
}

/* Formats a per-mille share as a percentage with one decimal: 875 is "87.5%". */
char *
rr_chart_format_per_mille (gint64 per_mille)
{
  guint64 magnitude = per_mille < 0 ? (guint64) -(per_mille + 1) + 1 : (guint64) per_mille;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT "%%",
                          per_mille < 0 ? "-" : "", magnitude / 10, magnitude % 10);
}

/* Formats hundredths of a point with two decimals: 8750 is "87.50". */
char *
rr_chart_format_points (gint64 hundredths)
{
  guint64 magnitude = hundredths < 0 ? (guint64) -(hundredths + 1) + 1 : (guint64) hundredths;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02" G_GUINT64_FORMAT,
                          hundredths < 0 ? "-" : "", magnitude / 100, magnitude % 100);
}

/* Returns @value / @maximum clamped to 0–1, and 0 when @maximum is not positive. */
double
rr_chart_fraction (gint64 value,
                   gint64 maximum)
{
  if (maximum <= 0 || value <= 0)
    return 0.0;
  if (value >= maximum)
    return 1.0;

  return (double) value / (double) maximum;
}
