/* rr-chart-palette.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "rr-chart-palette.h"

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

void
rr_chart_set_source (cairo_t       *cr,
                     const RrColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}
