/* rr-chart-export.h: charts written to PNG, SVG and PDF files
 *
 * Sizes are in points (1/72 inch), the user units the chart draws in. A
 * PNG has width × scale by height × scale pixels, so scale is the
 * resolution in dots per inch divided by 72; SVG and PDF are vector files
 * and ignore it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rr-chart.h"

G_BEGIN_DECLS

/* The largest side of a PNG, in pixels: cairo's image surface limit. */
#define RR_CHART_MAX_PIXELS 32767

typedef enum {
  RR_CHART_FORMAT_PNG,
  RR_CHART_FORMAT_SVG,
  RR_CHART_FORMAT_PDF,
} RrChartFormat;

typedef enum {
  RR_CHART_SIZE_THUMBNAIL,   /* 120 × 90 px */
  RR_CHART_SIZE_SCREEN,      /* 800 × 600 px */
  RR_CHART_SIZE_A4_150DPI,   /* A4 landscape, 1754 × 1240 px at 150 dpi */
  RR_CHART_SIZE_A3_300DPI,   /* A3 landscape, 4961 × 3508 px at 300 dpi */
} RrChartSize;

void             rr_chart_size_get           (RrChartSize     size,
                                              double         *width,
                                              double         *height,
                                              double         *scale);
gboolean         rr_chart_format_from_path   (const char     *path,
                                              RrChartFormat  *format);
const char      *rr_chart_format_get_extension (RrChartFormat format);

cairo_surface_t *rr_chart_render_image       (RrChart        *chart,
                                              double          width,
                                              double          height,
                                              double          scale,
                                              RrChartLayout **layout,
                                              GError        **error);
gboolean         rr_chart_export             (RrChart        *chart,
                                              RrChartFormat   format,
                                              const char     *path,
                                              double          width,
                                              double          height,
                                              double          scale,
                                              GError        **error);

G_END_DECLS
