/* rr-chart-layout.h: where a drawn chart put its labels and data marks
 *
 * Every chart returns the rectangles of the text it drew and of its data
 * marks (bars, points, gauges), in the user-space units of the cairo_t it
 * drew on. Tests use them to check that labels do not overlap; the window
 * uses them for tooltips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double x;
  double y;
  double width;
  double height;
} RrChartRect;

typedef enum {
  RR_CHART_REGION_LABEL,   /* text drawn on the chart */
  RR_CHART_REGION_MARK,    /* a bar, point, gauge or legend swatch */
} RrChartRegionKind;

typedef struct {
  RrChartRegionKind kind;
  RrChartRect rect;
  char *label;             /* the full text, also when drawn ellipsized */
  char *value;             /* the value as text, or NULL */
} RrChartRegion;

/* What a chart did with more items than fit. */
typedef enum {
  RR_CHART_OVERFLOW_NONE,        /* every item is drawn */
  RR_CHART_OVERFLOW_PAGINATED,   /* one page of items is drawn */
  RR_CHART_OVERFLOW_AGGREGATED,  /* each mark stands for several items */
} RrChartOverflow;

typedef struct {
  double width;
  double height;
  RrChartRect plot;        /* the area of the data marks */
  gboolean has_text;       /* FALSE when the size is too small for text */
  GPtrArray *regions;      /* of RrChartRegion, in drawing order */

  RrChartOverflow overflow;
  guint n_items;           /* items in the data */
  guint first_item;        /* the first item drawn, from 0 */
  guint n_items_drawn;     /* items drawn, or represented when aggregated */
  guint page;              /* from 0 */
  guint n_pages;
} RrChartLayout;

RrChartLayout       *rr_chart_layout_new           (double               width,
                                                    double               height);
void                 rr_chart_layout_free          (RrChartLayout       *layout);
RrChartRegion       *rr_chart_layout_add_region    (RrChartLayout       *layout,
                                                    RrChartRegionKind    kind,
                                                    const RrChartRect   *rect,
                                                    const char          *label,
                                                    const char          *value);
const RrChartRegion *rr_chart_layout_find_region   (const RrChartLayout *layout,
                                                    double               x,
                                                    double               y);
guint                rr_chart_layout_count_regions (const RrChartLayout *layout,
                                                    RrChartRegionKind    kind);
gboolean             rr_chart_layout_label_overlaps (const RrChartLayout *layout,
                                                    const RrChartRect   *rect);

gboolean             rr_chart_rect_intersects      (const RrChartRect   *a,
                                                    const RrChartRect   *b);
gboolean             rr_chart_rect_contains        (const RrChartRect   *rect,
                                                    double               x,
                                                    double               y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrChartLayout, rr_chart_layout_free)

G_END_DECLS
