/* rr-chart-palette.h: colours, dash patterns and markers shared by every chart
 *
 * Every set of colours steps apart in luminance and pairs each colour with a
 * dash pattern, marker or hatch, so the series of a chart printed in
 * greyscale stay distinguishable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
} RrColor;

typedef enum {
  RR_MARKER_CIRCLE,
  RR_MARKER_SQUARE,
  RR_MARKER_TRIANGLE,
  RR_MARKER_DIAMOND,
  RR_MARKER_CROSS,
} RrMarker;

/* How one series of a line or radar chart is drawn. */
typedef struct {
  RrColor color;
  const double *dashes;   /* in multiples of the line width; NULL for solid */
  int n_dashes;
  RrMarker marker;
} RrSeriesStyle;

/* 优秀, 良好, 合格, 不合格 in that order, then communities without a grade. */
typedef enum {
  RR_GRADE_EXCELLENT,
  RR_GRADE_GOOD,
  RR_GRADE_PASS,
  RR_GRADE_FAIL,
  RR_GRADE_NONE,
} RrChartGrade;

#define RR_N_GRADES 4

const RrColor       *rr_chart_palette_group     (guint          group_index);
const RrColor       *rr_chart_palette_attribute (gboolean       binding);
const RrSeriesStyle *rr_chart_palette_series    (guint          series_index);
const RrColor       *rr_chart_palette_grade     (RrChartGrade        grade);
gboolean             rr_chart_palette_grade_is_hatched (RrChartGrade grade);
const RrColor       *rr_chart_palette_ink       (void);
const RrColor       *rr_chart_palette_muted     (void);
const RrColor       *rr_chart_palette_grid      (void);
const RrColor       *rr_chart_palette_alert     (void);
const RrColor       *rr_chart_palette_background (void);

void                 rr_chart_set_source        (cairo_t       *cr,
                                                 const RrColor *color);
void                 rr_chart_set_source_alpha  (cairo_t       *cr,
                                                 const RrColor *color,
                                                 double         alpha);
void                 rr_chart_set_dashes        (cairo_t       *cr,
                                                 const RrSeriesStyle *style,
                                                 double         line_width);
void                 rr_chart_draw_marker       (cairo_t       *cr,
                                                 RrMarker       marker,
                                                 double         x,
                                                 double         y,
                                                 double         radius);
void                 rr_chart_fill_hatched      (cairo_t       *cr,
                                                 double         x,
                                                 double         y,
                                                 double         width,
                                                 double         height,
                                                 const RrColor *color,
                                                 double         spacing);

G_END_DECLS
