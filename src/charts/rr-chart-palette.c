/* rr-chart-palette.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "rr-chart-palette.h"

#include <math.h>

/* Four group colours whose luminance steps apart (about 30, 45, 60 and 75 %),
 * so that the groups stay distinguishable when printed in greyscale. */
static const RrColor group_colors[] = {
  { 0.60, 0.11, 0.11 },   /* 参与共同体: dark red */
  { 0.13, 0.40, 0.67 },   /* 责任共同体: blue */
  { 0.20, 0.63, 0.35 },   /* 生活共同体: green */
  { 0.93, 0.71, 0.20 },   /* 成长共同体: amber */
};

/* 约束性 dark and 预期性 light, again for greyscale print. */
static const RrColor binding_color = { 0.70, 0.16, 0.12 };
static const RrColor expected_color = { 0.55, 0.67, 0.85 };

static const double dash_long[] = { 4.0, 2.0 };
static const double dash_dot[] = { 1.0, 1.5 };
static const double dash_mixed[] = { 4.0, 1.5, 1.0, 1.5 };
static const double dash_short[] = { 2.0, 2.0 };

/* Series alternate dark and light and each has its own dash and marker. */
static const RrSeriesStyle series_styles[] = {
  { { 0.10, 0.25, 0.55 }, NULL, 0, RR_MARKER_CIRCLE },
  { { 0.85, 0.45, 0.10 }, dash_long, G_N_ELEMENTS (dash_long), RR_MARKER_SQUARE },
  { { 0.25, 0.25, 0.25 }, dash_dot, G_N_ELEMENTS (dash_dot), RR_MARKER_TRIANGLE },
  { { 0.35, 0.70, 0.45 }, dash_mixed, G_N_ELEMENTS (dash_mixed), RR_MARKER_DIAMOND },
  { { 0.55, 0.15, 0.45 }, dash_short, G_N_ELEMENTS (dash_short), RR_MARKER_CROSS },
};

/* 优秀 dark, 良好 middle, 合格 light; 不合格 is dark too but hatched. */
static const RrColor grade_colors[] = {
  { 0.09, 0.40, 0.24 },   /* 优秀: dark green */
  { 0.33, 0.58, 0.82 },   /* 良好: mid blue */
  { 0.96, 0.82, 0.47 },   /* 合格: light amber */
  { 0.72, 0.13, 0.10 },   /* 不合格: red, hatched */
  { 0.80, 0.80, 0.80 },   /* no grade: light grey */
};

static const RrColor ink_color = { 0.13, 0.13, 0.13 };
static const RrColor muted_color = { 0.40, 0.40, 0.40 };
static const RrColor grid_color = { 0.84, 0.84, 0.84 };
static const RrColor alert_color = { 0.80, 0.05, 0.05 };
static const RrColor background_color = { 1.0, 1.0, 1.0 };

const RrColor *
rr_chart_palette_group (guint group_index)
{
  return &group_colors[group_index % G_N_ELEMENTS (group_colors)];
}

const RrColor *
rr_chart_palette_attribute (gboolean binding)
{
  return binding ? &binding_color : &expected_color;
}

const RrSeriesStyle *
rr_chart_palette_series (guint series_index)
{
  return &series_styles[series_index % G_N_ELEMENTS (series_styles)];
}

const RrColor *
rr_chart_palette_grade (RrChartGrade grade)
{
  return &grade_colors[MIN ((guint) grade, (guint) RR_GRADE_NONE)];
}

gboolean
rr_chart_palette_grade_is_hatched (RrChartGrade grade)
{
  return grade == RR_GRADE_FAIL;
}

const RrColor *
rr_chart_palette_ink (void)
{
  return &ink_color;
}

const RrColor *
rr_chart_palette_muted (void)
{
  return &muted_color;
}

const RrColor *
rr_chart_palette_grid (void)
{
  return &grid_color;
}

const RrColor *
rr_chart_palette_alert (void)
{
  return &alert_color;
}

const RrColor *
rr_chart_palette_background (void)
{
  return &background_color;
}

void
rr_chart_set_source (cairo_t       *cr,
                     const RrColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

void
rr_chart_set_source_alpha (cairo_t       *cr,
                           const RrColor *color,
                           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

/* Sets the series' dash pattern scaled to @line_width, or a solid line. */
void
rr_chart_set_dashes (cairo_t             *cr,
                     const RrSeriesStyle *style,
                     double               line_width)
{
  double dashes[8];

  g_assert (style->n_dashes <= (int) G_N_ELEMENTS (dashes));

  for (int i = 0; i < style->n_dashes; i++)
    dashes[i] = style->dashes[i] * line_width;
  cairo_set_dash (cr, dashes, style->n_dashes, 0.0);
}

/* Adds the path of @marker centred on (@x, @y); the caller fills or strokes. */
void
rr_chart_draw_marker (cairo_t  *cr,
                      RrMarker  marker,
                      double    x,
                      double    y,
                      double    radius)
{
  cairo_new_sub_path (cr);

  switch (marker)
    {
    case RR_MARKER_SQUARE:
      cairo_rectangle (cr, x - radius * 0.85, y - radius * 0.85, radius * 1.7, radius * 1.7);
      break;

    case RR_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - radius * 1.1);
      cairo_line_to (cr, x + radius, y + radius * 0.75);
      cairo_line_to (cr, x - radius, y + radius * 0.75);
      cairo_close_path (cr);
      break;

    case RR_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - radius * 1.2);
      cairo_line_to (cr, x + radius, y);
      cairo_line_to (cr, x, y + radius * 1.2);
      cairo_line_to (cr, x - radius, y);
      cairo_close_path (cr);
      break;

    case RR_MARKER_CROSS:
      /* A plus-shaped outline, so it can be filled like the others. */
      cairo_move_to (cr, x - radius * 0.35, y - radius);
      cairo_line_to (cr, x + radius * 0.35, y - radius);
      cairo_line_to (cr, x + radius * 0.35, y - radius * 0.35);
      cairo_line_to (cr, x + radius, y - radius * 0.35);
      cairo_line_to (cr, x + radius, y + radius * 0.35);
      cairo_line_to (cr, x + radius * 0.35, y + radius * 0.35);
      cairo_line_to (cr, x + radius * 0.35, y + radius);
      cairo_line_to (cr, x - radius * 0.35, y + radius);
      cairo_line_to (cr, x - radius * 0.35, y + radius * 0.35);
      cairo_line_to (cr, x - radius, y + radius * 0.35);
      cairo_line_to (cr, x - radius, y - radius * 0.35);
      cairo_line_to (cr, x - radius * 0.35, y - radius * 0.35);
      cairo_close_path (cr);
      break;

    case RR_MARKER_CIRCLE:
    default:
      cairo_arc (cr, x, y, radius, 0.0, 2.0 * G_PI);
      break;
    }
}

/* Fills a rectangle with diagonal stripes of @color on the background,
 * @spacing apart, so it reads differently from a solid fill in greyscale. */
void
rr_chart_fill_hatched (cairo_t       *cr,
                       double         x,
                       double         y,
                       double         width,
                       double         height,
                       const RrColor *color,
                       double         spacing)
{
  if (width <= 0.0 || height <= 0.0 || spacing <= 0.0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  rr_chart_set_source (cr, rr_chart_palette_background ());
  cairo_paint (cr);

  rr_chart_set_source (cr, color);
  cairo_set_line_width (cr, spacing * 0.45);
  cairo_set_dash (cr, NULL, 0, 0.0);
  for (double offset = -height; offset < width + spacing; offset += spacing)
    {
      cairo_move_to (cr, x + offset, y + height);
      cairo_line_to (cr, x + offset + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}
