/* rr-chart-canvas.h: text, legends and frames shared by the charts (private)
 *
 * A canvas wraps the cairo_t a chart draws on, the PangoContext for its text
 * and the RrChartLayout it fills. Text is placed only where it fits inside
 * the canvas and does not overlap text drawn before it, so the first text
 * drawn wins: charts draw titles first and tick labels last.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "rr-chart-layout.h"
#include "rr-chart-palette.h"

G_BEGIN_DECLS

/* The font of every chart: the CJK face first, then any sans-serif face. */
#define RR_CHART_FONT_FAMILY "Noto Sans CJK SC, Sans"

typedef struct {
  cairo_t *cr;
  RrChartLayout *layout;
  PangoContext *context;
  PangoFontDescription *font;
  double width;
  double height;
  double unit;             /* the body text size; 0 when there is no room for text */
  double line_width;
  double margin;
} RrChartCanvas;

typedef struct {
  double size;             /* a multiple of the canvas unit */
  gboolean bold;
  double xalign;           /* where (x, y) sits on the text: 0 left, 0.5 centre, 1 right */
  double yalign;           /* 0 top, 0.5 middle, 1 bottom */
  int max_lines;           /* 1 ellipsizes one line; more wraps, then ellipsizes */
  const RrColor *color;    /* NULL for the ink colour */
} RrTextStyle;

typedef enum {
  RR_LEGEND_BOX,           /* a solid box */
  RR_LEGEND_HATCHED,       /* a hatched box */
  RR_LEGEND_OUTLINE,       /* an outlined box with hatching */
  RR_LEGEND_DASHED,        /* a dashed empty box */
  RR_LEGEND_LINE,          /* a line with its dash and marker */
  RR_LEGEND_ALERT,         /* the unmet-task mark */
} RrLegendKind;

typedef struct {
  const char *label;
  RrLegendKind kind;
  const RrColor *color;
  const RrSeriesStyle *style;   /* for RR_LEGEND_LINE */
} RrLegendItem;

void           rr_chart_canvas_init          (RrChartCanvas      *canvas,
                                              cairo_t            *cr,
                                              double              width,
                                              double              height);
RrChartLayout *rr_chart_canvas_finish        (RrChartCanvas      *canvas);

gboolean       rr_chart_canvas_text          (RrChartCanvas      *canvas,
                                              const char         *text,
                                              double              x,
                                              double              y,
                                              double              max_width,
                                              const RrTextStyle  *style,
                                              const char         *value,
                                              RrChartRect        *drawn);
double         rr_chart_canvas_line_height   (RrChartCanvas      *canvas,
                                              double              size);
double         rr_chart_canvas_text_width    (RrChartCanvas      *canvas,
                                              const char         *text,
                                              double              size,
                                              gboolean            bold);

RrChartRect    rr_chart_canvas_header        (RrChartCanvas      *canvas,
                                              const char         *title,
                                              const char         *note);
double         rr_chart_canvas_legend        (RrChartCanvas      *canvas,
                                              const RrLegendItem *items,
                                              guint               n_items,
                                              const RrChartRect  *area,
                                              gboolean            draw);
void           rr_chart_canvas_no_data       (RrChartCanvas      *canvas,
                                              const RrChartRect  *area);
void           rr_chart_canvas_add_mark      (RrChartCanvas      *canvas,
                                              double              x,
                                              double              y,
                                              double              width,
                                              double              height,
                                              const char         *label,
                                              const char         *value);

char          *rr_chart_format_per_mille     (gint64              per_mille);
char          *rr_chart_format_points        (gint64              hundredths);
double         rr_chart_fraction             (gint64              value,
                                              gint64              maximum);

G_END_DECLS
