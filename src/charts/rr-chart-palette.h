/* rr-chart-palette.h: colours shared by every chart
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

const RrColor *rr_chart_palette_group     (guint          group_index);
const RrColor *rr_chart_palette_attribute (gboolean       binding);
void           rr_chart_set_source        (cairo_t       *cr,
                                           const RrColor *color);

G_END_DECLS
