/* rr-chart-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "rr-chart-layout.h"

/* Rectangles that share only an edge do not intersect: labels may touch. */
gboolean
rr_chart_rect_intersects (const RrChartRect *a,
                          const RrChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
rr_chart_rect_contains (const RrChartRect *rect,
                        double             x,
                        double             y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

static void
region_free (RrChartRegion *region)
{
  g_free (region->label);
  g_free (region->value);
  g_free (region);
}

RrChartLayout *
rr_chart_layout_new (double width,
                     double height)
{
  RrChartLayout *layout = g_new0 (RrChartLayout, 1);

  layout->width = width;
  layout->height = height;
  layout->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) region_free);
  layout->n_pages = 1;
  return layout;
}

void
rr_chart_layout_free (RrChartLayout *layout)
{
  if (layout == NULL)
    return;

  g_ptr_array_unref (layout->regions);
  g_free (layout);
}

RrChartRegion *
rr_chart_layout_add_region (RrChartLayout     *layout,
                            RrChartRegionKind  kind,
                            const RrChartRect *rect,
                            const char        *label,
                            const char        *value)
{
  RrChartRegion *region;

  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (rect != NULL, NULL);

  region = g_new0 (RrChartRegion, 1);
  region->kind = kind;
  region->rect = *rect;
  region->label = g_strdup (label != NULL ? label : "");
  region->value = g_strdup (value);
  g_ptr_array_add (layout->regions, region);
  return region;
}

/* Returns the region under (@x, @y): the smallest data mark there, or else
 * the smallest label, or NULL. */
const RrChartRegion *
rr_chart_layout_find_region (const RrChartLayout *layout,
                             double               x,
                             double               y)
{
  const RrChartRegion *found = NULL;

  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (!rr_chart_rect_contains (&region->rect, x, y))
        continue;

      if (found == NULL ||
          (region->kind == RR_CHART_REGION_MARK && found->kind == RR_CHART_REGION_LABEL) ||
          (region->kind == found->kind &&
           region->rect.width * region->rect.height < found->rect.width * found->rect.height))
        found = region;
    }

  return found;
}

guint
rr_chart_layout_count_regions (const RrChartLayout *layout,
                               RrChartRegionKind    kind)
{
  guint count = 0;

  g_return_val_if_fail (layout != NULL, 0);

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (region->kind == kind)
        count++;
    }

  return count;
}

/* Returns TRUE when @rect intersects a label already in @layout. */
gboolean
rr_chart_layout_label_overlaps (const RrChartLayout *layout,
                                const RrChartRect   *rect)
{
  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (region->kind == RR_CHART_REGION_LABEL && rr_chart_rect_intersects (&region->rect, rect))
        return TRUE;
    }

  return FALSE;
}
