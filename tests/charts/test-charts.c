/* test-charts.c: every chart drawn with cairo at several sizes, checked
 * from its pixels and its layout, and exported to PNG, SVG and PDF files
 * that real readers open
 *
 * Writes one screenshot per chart kind into $RENREN_SCREENSHOT_DIR.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chart-samples.h"
#include "charts/rr-chart-export.h"
#include "charts/rr-chart-matrix.h"
#include "domain/rr-error.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

static RrCatalog *catalog;

typedef struct {
  const char *name;
  double width;
  double height;
} Size;

/* Drawn for every kind and sample. A3 at 300 dpi is drawn once per kind,
 * in its own test, because it takes most of the time. */
static const Size sizes[] = {
  { "thumbnail", 120, 90 },
  { "small", 320, 240 },
  { "screen", 800, 600 },
  { "wide", 1600, 360 },
  { "tall", 360, 1200 },
};

typedef struct {
  RrChartKind kind;
  Sample sample;
} ChartCase;

/* ------------------------------------------------------------------------ */
/* Pixel and layout checks                                                   */
/* ------------------------------------------------------------------------ */

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  return *(const guint32 *) (data + y * stride + x * 4);
}

static gboolean
is_background (guint32 pixel)
{
  return pixel == 0xffffffff;
}

/* Counts the pixels of @rect (in points) that differ from the background,
 * sampling at most about 64 × 64 of them. */
static double
inked_fraction (cairo_surface_t   *surface,
                double             scale,
                const RrChartRect *rect)
{
  int x0 = (int) ceil (rect->x * scale);
  int y0 = (int) ceil (rect->y * scale);
  int x1 = MIN ((int) floor ((rect->x + rect->width) * scale), cairo_image_surface_get_width (surface));
  int y1 = MIN ((int) floor ((rect->y + rect->height) * scale), cairo_image_surface_get_height (surface));
  int step_x = MAX ((x1 - x0) / 64, 1);
  int step_y = MAX ((y1 - y0) / 64, 1);
  guint inked = 0;
  guint total = 0;

  for (int y = MAX (y0, 0); y < y1; y += step_y)
    for (int x = MAX (x0, 0); x < x1; x += step_x)
      {
        total++;
        if (!is_background (pixel_at (surface, x, y)))
          inked++;
      }

  return total > 0 ? (double) inked / total : -1.0;
}

/* Returns TRUE when any pixel of @rect (in points), edges included, differs
 * from the background. */
static gboolean
has_ink (cairo_surface_t   *surface,
         double             scale,
         const RrChartRect *rect)
{
  int x0 = MAX ((int) floor (rect->x * scale), 0);
  int y0 = MAX ((int) floor (rect->y * scale), 0);
  int x1 = MIN ((int) ceil ((rect->x + rect->width) * scale), cairo_image_surface_get_width (surface));
  int y1 = MIN ((int) ceil ((rect->y + rect->height) * scale), cairo_image_surface_get_height (surface));

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      if (!is_background (pixel_at (surface, x, y)))
        return TRUE;

  return FALSE;
}

static void
assert_rect_finite (const RrChartRect *rect)
{
  g_assert_true (isfinite (rect->x));
  g_assert_true (isfinite (rect->y));
  g_assert_true (isfinite (rect->width));
  g_assert_true (isfinite (rect->height));
  g_assert_cmpfloat (rect->width, >=, 0.0);
  g_assert_cmpfloat (rect->height, >=, 0.0);
}

/* Checks what holds for every chart: finite regions inside the canvas,
 * labels that do not overlap, a blank margin at the corners, and ink
 * inside each data mark. */
static void
check_drawing (cairo_surface_t     *surface,
               double               scale,
               const RrChartLayout *layout)
{
  int pixel_width = cairo_image_surface_get_width (surface);
  int pixel_height = cairo_image_surface_get_height (surface);

  assert_rect_finite (&layout->plot);
  g_assert_true (is_background (pixel_at (surface, 0, 0)));
  g_assert_true (is_background (pixel_at (surface, pixel_width - 1, pixel_height - 1)));

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      assert_rect_finite (&region->rect);
      g_assert_nonnull (region->label);
      if (region->kind != RR_CHART_REGION_LABEL)
        continue;

      g_assert_cmpfloat (region->rect.x, >=, -0.5);
      g_assert_cmpfloat (region->rect.y, >=, -0.5);
      g_assert_cmpfloat (region->rect.x + region->rect.width, <=, layout->width + 0.5);
      g_assert_cmpfloat (region->rect.y + region->rect.height, <=, layout->height + 0.5);

      for (guint j = i + 1; j < layout->regions->len; j++)
        {
          const RrChartRegion *other = g_ptr_array_index (layout->regions, j);

          if (other->kind != RR_CHART_REGION_LABEL)
            continue;
          if (rr_chart_rect_intersects (&region->rect, &other->rect))
            g_error ("labels “%s” and “%s” overlap", region->label, other->label);
        }

      /* Text leaves ink inside its rectangle. */
      g_assert_true (has_ink (surface, scale, &region->rect));
    }

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);
      double scaled_width = region->rect.width * scale;
      double scaled_height = region->rect.height * scale;

      if (region->kind != RR_CHART_REGION_MARK || scaled_width < 3.0 || scaled_height < 3.0)
        continue;

      if (!has_ink (surface, scale, &region->rect))
        g_error ("the mark “%s” (%s) at %.1f,%.1f %.1f×%.1f has no ink", region->label,
                 region->value != NULL ? region->value : "", region->rect.x, region->rect.y,
                 region->rect.width, region->rect.height);
    }
}

static cairo_surface_t *
render (RrChart        *chart,
        double          width,
        double          height,
        double          scale,
        RrChartLayout **layout)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = rr_chart_render_image (chart, width, height, scale, layout, &error);

  g_assert_no_error (error);
  g_assert_nonnull (surface);
  return surface;
}

static const RrChartRegion *
find_label (const RrChartLayout *layout,
            const char          *text)
{
  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (region->kind == RR_CHART_REGION_LABEL && g_strcmp0 (region->label, text) == 0)
        return region;
    }

  return NULL;
}

static guint
count_labels_with_prefix (const RrChartLayout *layout,
                          const char          *prefix)
{
  guint count = 0;

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (region->kind == RR_CHART_REGION_LABEL && g_str_has_prefix (region->label, prefix))
        count++;
    }

  return count;
}

static guint
count_marks_with_value (const RrChartLayout *layout,
                        const char          *value)
{
  guint count = 0;

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (region->kind == RR_CHART_REGION_MARK && g_strcmp0 (region->value, value) == 0)
        count++;
    }

  return count;
}

/* ------------------------------------------------------------------------ */
/* Every kind and sample at every size                                       */
/* ------------------------------------------------------------------------ */

static void
test_sample_sizes (gconstpointer user_data)
{
  const ChartCase *chart_case = user_data;
  g_autoptr(RrChart) chart = sample_chart_new (catalog, chart_case->kind, chart_case->sample);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(RrChartLayout) layout = NULL;
      cairo_surface_t *surface;

      g_test_message ("size %s", sizes[i].name);
      surface = render (chart, sizes[i].width, sizes[i].height, 1.0, &layout);
      check_drawing (surface, 1.0, layout);

      /* A thumbnail has marks only; other sizes have a title at least. */
      if (sizes[i].width < 150)
        g_assert_cmpuint (rr_chart_layout_count_regions (layout, RR_CHART_REGION_LABEL), ==, 0);
      else
        g_assert_nonnull (find_label (layout, rr_chart_get_title (chart)));

      if (chart_case->sample != SAMPLE_EMPTY && chart_case->sample != SAMPLE_ZEROS)
        g_assert_cmpuint (rr_chart_layout_count_regions (layout, RR_CHART_REGION_MARK), >, 0);
      if (chart_case->sample == SAMPLE_EMPTY && sizes[i].width >= 150)
        g_assert_nonnull (find_label (layout, _("No data to chart")));

      cairo_surface_destroy (surface);
    }
}

/* A3 landscape at 300 dpi: 4961 × 3508 pixels, text scaled with the page. */
static void
test_a3 (gconstpointer user_data)
{
  RrChartKind kind = GPOINTER_TO_INT (user_data);
  g_autoptr(RrChart) chart = sample_chart_new (catalog, kind, SAMPLE_TYPICAL);
  g_autoptr(RrChartLayout) layout = NULL;
  const RrChartRegion *title;
  cairo_surface_t *surface;
  double width, height, scale;

  rr_chart_size_get (RR_CHART_SIZE_A3_300DPI, &width, &height, &scale);
  surface = render (chart, width, height, scale, &layout);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 4961);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 3508);
  check_drawing (surface, scale, layout);

  /* The title is at least 5 mm tall on paper: 5 mm is about 14 points. */
  title = find_label (layout, rr_chart_get_title (chart));
  g_assert_nonnull (title);
  g_assert_cmpfloat (title->rect.height, >, 14.0);
  cairo_surface_destroy (surface);
}

/* Sizes that make no sense draw nothing or a blank chart, never crash or
 * produce non-finite geometry. */
static void
test_odd_sizes (gconstpointer user_data)
{
  RrChartKind kind = GPOINTER_TO_INT (user_data);
  g_autoptr(RrChart) chart = sample_chart_new (catalog, kind, SAMPLE_TYPICAL);
  const double odd[][2] = {
    { 0, 0 }, { 1, 1 }, { 3, 200 }, { 200, 3 }, { -10, 50 }, { NAN, 100 }, { INFINITY, 100 }, { 1e9, 1e9 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(RrChartLayout) layout = rr_chart_draw (chart, cr, odd[i][0], odd[i][1]);

      g_assert_nonnull (layout);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      for (guint r = 0; r < layout->regions->len; r++)
        assert_rect_finite (&((RrChartRegion *) g_ptr_array_index (layout->regions, r))->rect);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* ------------------------------------------------------------------------ */
/* What each kind shows                                                      */
/* ------------------------------------------------------------------------ */

static const RrChartRegion *
find_mark (const RrChartLayout *layout,
           const char          *label_prefix)
{
  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (region->kind == RR_CHART_REGION_MARK && g_str_has_prefix (region->label, label_prefix))
        return region;
    }

  return NULL;
}

/* One mark per series and axis, a legend entry per series, and each
 * 共同体 named around the radar. */
static void
test_radar_series (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_RADAR, SAMPLE_TYPICAL);
  RrRadarData *data = rr_chart_get_data (chart);
  g_autoptr(RrChartLayout) layout = NULL;
  cairo_surface_t *surface = render (chart, 800, 600, 1.0, &layout);

  for (guint s = 0; s < data->series->len; s++)
    {
      RrChartSeries *series = g_ptr_array_index (data->series, s);

      g_assert_nonnull (find_label (layout, series->label));
      for (guint a = 0; a < data->axes->len; a++)
        {
          g_autofree char *label = g_strdup_printf ("%s · %s", series->label, (char *) g_ptr_array_index (data->axes, a));

          g_assert_nonnull (find_mark (layout, label));
        }
    }
  for (guint a = 0; a < data->axes->len; a++)
    g_assert_nonnull (find_label (layout, g_ptr_array_index (data->axes, a)));

  cairo_surface_destroy (surface);
}

/* 约束性 bars are solid, 预期性 bars hatched, unmet binding tasks carry a
 * red mark, and a task not assessed is an empty outline, not a zero. */
static void
test_tasks_patterns (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_TASKS, SAMPLE_TYPICAL);
  RrTaskChartData *data = rr_chart_get_data (chart);
  g_autoptr(RrChartLayout) layout = NULL;
  cairo_surface_t *surface;
  RrTaskBar *missing;
  guint checked_binding = 0;
  guint checked_expected = 0;
  guint unmet = 0;

  missing = rr_task_chart_data_find (data, 24);
  missing->score = RR_CHART_VALUE_NOT_ASSESSED;
  surface = render (chart, 1000, 700, 1.0, &layout);
  check_drawing (surface, 1.0, layout);

  for (guint i = 0; i < data->bars->len; i++)
    {
      const RrTaskBar *bar = g_ptr_array_index (data->bars, i);
      g_autofree char *prefix = g_strdup_printf (_("Task %u · %s · %s"), bar->number, bar->group, bar->description);
      const RrChartRegion *mark = find_mark (layout, prefix);
      RrChartRect inner;
      double fraction;

      g_assert_nonnull (mark);
      if (bar->score.not_assessed)
        {
          g_assert_nonnull (strstr (mark->value, _("Not assessed")));
          /* Only the grid lines cross the empty outline. */
          inner = (RrChartRect) { mark->rect.x + 3, mark->rect.y + 3, mark->rect.width - 6, mark->rect.height - 6 };
          g_assert_cmpfloat (inked_fraction (surface, 1.0, &inner), <, 0.05);
          continue;
        }

      inner = (RrChartRect) { mark->rect.x + 2, mark->rect.y + 2, mark->rect.width - 4, mark->rect.height - 4 };
      fraction = inked_fraction (surface, 1.0, &inner);
      if (bar->binding)
        {
          g_assert_cmpfloat (fraction, >, 0.97);
          checked_binding++;
        }
      else
        {
          g_assert_cmpfloat (fraction, >, 0.2);
          g_assert_cmpfloat (fraction, <, 0.9);
          checked_expected++;
        }
      if (bar->unmet)
        {
          g_autofree char *score = g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "%%",
                                                    bar->score.value / 10, bar->score.value % 10);
          g_autofree char *value = g_strdup_printf (_("%s · %s · not met"), score, "约束性");

          /* An unmet bar has two marks: the bar and the triangle above it. */
          g_assert_cmpuint (count_marks_with_value (layout, value), ==, 2);
          unmet++;
        }
    }

  g_assert_cmpuint (checked_binding, >, 0);
  g_assert_cmpuint (checked_expected, >, 0);
  g_assert_cmpuint (unmet, >, 0);
  g_assert_nonnull (find_label (layout, "约束性"));
  g_assert_nonnull (find_label (layout, "预期性"));
  g_assert_nonnull (find_label (layout, "参与共同体"));
  cairo_surface_destroy (surface);
}

/* Gauges from the threshold engine: a not-assessed check is a dashed
 * empty track labelled 未评估, an unmet one names its shortfall. */
static void
test_gauges_checks (void)
{
  g_autoptr(GPtrArray) checks = sample_checks_new (catalog, TRUE);
  g_autoptr(RrChart) chart = rr_chart_new_gauges (rr_gauge_data_new_from_checks (checks, "量化指标"));
  g_autoptr(RrChartLayout) layout = NULL;
  cairo_surface_t *surface = render (chart, 900, 1100, 1.0, &layout);
  RrGaugeData *data = rr_chart_get_data (chart);
  g_auto(GStrv) shortfall_parts = g_strsplit (_("Short by %s"), "%s", 2);
  const char *shortfall_prefix = shortfall_parts[0];
  guint not_assessed = 0;
  guint not_met = 0;

  check_drawing (surface, 1.0, layout);
  g_assert_cmpuint (data->items->len, ==, checks->len);

  for (guint i = 0; i < data->items->len; i++)
    {
      const RrGaugeItem *item = g_ptr_array_index (data->items, i);
      const RrChartRegion *mark = find_mark (layout, item->label);
      RrChartRect start;

      g_assert_nonnull (mark);
      start = (RrChartRect) { mark->rect.x + 3, mark->rect.y + 3, mark->rect.width * 0.05, mark->rect.height - 6 };
      if (item->status == RR_CHECK_NOT_ASSESSED)
        {
          g_assert_cmpfloat (inked_fraction (surface, 1.0, &start), ==, 0.0);
          not_assessed++;
        }
      else
        g_assert_cmpfloat (inked_fraction (surface, 1.0, &start), ==, 1.0);

      if (item->status == RR_CHECK_NOT_MET)
        {
          g_assert_cmpint (item->shortfall, >, 0);
          not_met++;
        }
    }

  g_assert_cmpuint (count_labels_with_prefix (layout, shortfall_prefix), ==, not_met);

  g_assert_cmpuint (not_assessed, ==, 1);
  g_assert_cmpuint (not_met, ==, 4);
  g_assert_nonnull (find_label (layout, _("Not assessed")));
  cairo_surface_destroy (surface);
}

/* From 1 to 1,000 communities: all rows when they fit, pages with a note
 * when they do not, and aggregated bars on a thumbnail. */
static void
test_ranking_counts (void)
{
  struct {
    guint n_communities;
    guint page;
    double width;
    double height;
    RrChartOverflow overflow;
    guint first_item;
  } cases[] = {
    { 1, 0, 800, 600, RR_CHART_OVERFLOW_NONE, 0 },
    { 24, 0, 800, 600, RR_CHART_OVERFLOW_NONE, 0 },
    { 24, 0, 120, 90, RR_CHART_OVERFLOW_NONE, 0 },
    { 200, 0, 800, 600, RR_CHART_OVERFLOW_PAGINATED, 0 },
    { 1000, 0, 800, 600, RR_CHART_OVERFLOW_PAGINATED, 0 },
    { 1000, 2, 800, 600, RR_CHART_OVERFLOW_PAGINATED, G_MAXUINT },
    { 1000, 999, 800, 600, RR_CHART_OVERFLOW_PAGINATED, G_MAXUINT },
    { 1000, 0, 120, 90, RR_CHART_OVERFLOW_AGGREGATED, 0 },
    { 1000, 0, 400, 3000, RR_CHART_OVERFLOW_PAGINATED, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RrChart) chart = sample_ranking_new (cases[i].n_communities, cases[i].page);
      g_autoptr(RrChartLayout) layout = NULL;
      cairo_surface_t *surface;

      g_test_message ("%u communities, page %u, %.0f × %.0f", cases[i].n_communities, cases[i].page,
                      cases[i].width, cases[i].height);
      surface = render (chart, cases[i].width, cases[i].height, 1.0, &layout);
      check_drawing (surface, 1.0, layout);

      g_assert_cmpint (layout->overflow, ==, cases[i].overflow);
      g_assert_cmpuint (layout->n_items, ==, cases[i].n_communities);
      g_assert_cmpuint (layout->n_items_drawn, >, 0);

      if (cases[i].overflow == RR_CHART_OVERFLOW_PAGINATED)
        {
          g_autofree char *note = NULL;

          g_assert_cmpuint (layout->n_pages, >, 1);
          g_assert_cmpuint (layout->page, ==, MIN (cases[i].page, layout->n_pages - 1));
          if (layout->page + 1 < layout->n_pages)
            g_assert_cmpuint (layout->first_item, ==, layout->page * layout->n_items_drawn);
          else
            g_assert_cmpuint (layout->first_item + layout->n_items_drawn, ==, cases[i].n_communities);
          note = g_strdup_printf (_("Ranks %u–%u of %u communities (page %u of %u)"), layout->first_item + 1,
                                  layout->first_item + layout->n_items_drawn, cases[i].n_communities,
                                  layout->page + 1, layout->n_pages);
          g_assert_nonnull (find_label (layout, note));
        }
      else if (cases[i].overflow == RR_CHART_OVERFLOW_NONE)
        g_assert_cmpuint (layout->n_items_drawn, ==, cases[i].n_communities);

      if (cases[i].first_item != G_MAXUINT)
        g_assert_cmpuint (layout->first_item, ==, cases[i].first_item);
      cairo_surface_destroy (surface);
    }
}

/* The best total comes first and bars are as long as their totals. */
static void
test_ranking_order (void)
{
  g_autoptr(RrChart) chart = sample_ranking_new (24, 0);
  g_autoptr(RrChartLayout) layout = NULL;
  cairo_surface_t *surface = render (chart, 800, 900, 1.0, &layout);
  const RrChartRegion *previous = NULL;
  guint n_bars = 0;

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);

      if (region->kind != RR_CHART_REGION_MARK || region->rect.y < layout->plot.y ||
          region->rect.y > layout->plot.y + layout->plot.height)
        continue;

      if (previous != NULL)
        {
          g_assert_cmpfloat (region->rect.y, >, previous->rect.y);
          g_assert_cmpfloat (region->rect.width, <=, previous->rect.width);
        }
      previous = region;
      n_bars++;
    }

  g_assert_cmpuint (n_bars, ==, 24);
  cairo_surface_destroy (surface);
}

/* A period that was not assessed leaves a gap: no mark, and no line
 * drawn through its place. */
static void
test_trend_gap (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_TREND, SAMPLE_TYPICAL);
  RrTrendData *data = rr_chart_get_data (chart);
  RrChartSeries *total = g_ptr_array_index (data->series, 0);
  g_autoptr(RrChartLayout) layout = NULL;
  cairo_surface_t *surface;
  g_autofree char *missing_label = NULL;

  /* Keep the total only, and take its third period out. */
  g_ptr_array_set_size (data->series, 1);
  g_array_index (total->values, RrChartValue, 2) = RR_CHART_VALUE_NOT_ASSESSED;
  surface = render (chart, 800, 600, 1.0, &layout);
  check_drawing (surface, 1.0, layout);

  missing_label = g_strdup_printf ("%s · %s", total->label, (char *) g_ptr_array_index (data->periods, 2));
  g_assert_null (find_mark (layout, missing_label));
  /* The assessed periods and the legend swatch. */
  g_assert_cmpuint (rr_chart_layout_count_regions (layout, RR_CHART_REGION_MARK), ==, data->periods->len);
  cairo_surface_destroy (surface);
}

/* The tooltip lookup prefers the data mark under the pointer. */
static void
test_find_region (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_TASKS, SAMPLE_TYPICAL);
  g_autoptr(RrChartLayout) layout = NULL;
  cairo_surface_t *surface = render (chart, 800, 600, 1.0, &layout);
  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);
      const RrChartRegion *found;

      if (region->kind != RR_CHART_REGION_MARK || region->rect.width < 2 || region->rect.height < 2)
        continue;

      found = rr_chart_layout_find_region (layout, region->rect.x + region->rect.width / 2,
                                           region->rect.y + region->rect.height / 2);
      g_assert_nonnull (found);
      g_assert_cmpint (found->kind, ==, RR_CHART_REGION_MARK);
    }

  g_assert_null (rr_chart_layout_find_region (layout, -10, -10));
  cairo_surface_destroy (surface);
}

/* ------------------------------------------------------------------------ */
/* Export                                                                    */
/* ------------------------------------------------------------------------ */

/* Runs @argv and returns TRUE when it exits with 0; skips the test when
 * the program is not installed. */
static gboolean
run_reader (const char * const *argv)
{
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  g_autofree char *errors = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip_printf ("%s is not installed (poppler-utils, librsvg2-bin)", argv[0]);
      return FALSE;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &errors, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, errors);
  return TRUE;
}

/* Loads a PNG that a reader wrote and checks its size and that it is not
 * blank. */
static void
check_png_file (const char *path,
                int         width,
                int         height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);
  guint inked = 0;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  if (width > 0)
    {
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
    }

  cairo_surface_flush (image);
  for (int y = 0; y < cairo_image_surface_get_height (image); y += 3)
    for (int x = 0; x < cairo_image_surface_get_width (image); x += 3)
      if ((pixel_at (image, x, y) & 0x00ffffff) != 0x00ffffff && (pixel_at (image, x, y) >> 24) != 0)
        inked++;
  g_assert_cmpuint (inked, >, 20);
  cairo_surface_destroy (image);
}

static void
test_export_formats (gconstpointer user_data)
{
  RrChartKind kind = GPOINTER_TO_INT (user_data);
  g_autoptr(RrChart) chart = sample_chart_new (catalog, kind, SAMPLE_TYPICAL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rr-charts-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *thumbnail = g_build_filename (dir, "thumbnail.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *svg_png = g_build_filename (dir, "from-svg.png", NULL);
  g_autofree char *pdf_prefix = g_build_filename (dir, "from-pdf", NULL);
  g_autofree char *pdf_png = g_build_filename (dir, "from-pdf.png", NULL);
  const char *rsvg[] = { "rsvg-convert", "--width", "600", "--height", "450", "-o", svg_png, svg, NULL };
  const char *pdftoppm[] = { "pdftoppm", "-png", "-r", "72", "-singlefile", pdf, pdf_prefix, NULL };
  double width, height, scale;

  g_assert_no_error (error);

  rr_chart_size_get (RR_CHART_SIZE_SCREEN, &width, &height, &scale);
  g_assert_true (rr_chart_export (chart, RR_CHART_FORMAT_PNG, png, width, height, 1.5, &error));
  g_assert_no_error (error);
  check_png_file (png, 1200, 900);

  rr_chart_size_get (RR_CHART_SIZE_THUMBNAIL, &width, &height, &scale);
  g_assert_true (rr_chart_export (chart, RR_CHART_FORMAT_PNG, thumbnail, width, height, scale, &error));
  g_assert_no_error (error);
  check_png_file (thumbnail, 120, 90);

  g_assert_true (rr_chart_export (chart, RR_CHART_FORMAT_SVG, svg, 800, 600, 1.0, &error));
  g_assert_no_error (error);
  g_assert_true (rr_chart_export (chart, RR_CHART_FORMAT_PDF, pdf, 800, 600, 1.0, &error));
  g_assert_no_error (error);

  if (run_reader (rsvg))
    check_png_file (svg_png, 600, 450);
  if (run_reader (pdftoppm))
    check_png_file (pdf_png, 800, 600);

  g_remove (png);
  g_remove (thumbnail);
  g_remove (svg);
  g_remove (pdf);
  g_remove (svg_png);
  g_remove (pdf_png);
  g_rmdir (dir);
}

/* The largest preset as a file: A3 at 300 dpi is 4961 × 3508 pixels,
 * read back from the PNG header. */
static void
test_export_a3_png (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_RADAR, SAMPLE_TYPICAL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rr-charts-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "a3.png", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  double width, height, scale;

  rr_chart_size_get (RR_CHART_SIZE_A3_300DPI, &width, &height, &scale);
  g_assert_true (rr_chart_export (chart, RR_CHART_FORMAT_PNG, path, width, height, scale, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 16)), ==, 4961);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (contents + 20)), ==, 3508);

  g_remove (path);
  g_rmdir (dir);
}

static void
test_export_errors (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_TREND, SAMPLE_TYPICAL);
  struct {
    RrChartFormat format;
    const char *path;
    double width;
    double height;
    double scale;
    int code;
  } cases[] = {
    { RR_CHART_FORMAT_PNG, NULL, 0, 100, 1, RR_ERROR_INVALID_INPUT },
    { RR_CHART_FORMAT_PNG, NULL, NAN, 100, 1, RR_ERROR_INVALID_INPUT },
    { RR_CHART_FORMAT_PNG, NULL, 100, 100, 0, RR_ERROR_INVALID_INPUT },
    { RR_CHART_FORMAT_PNG, NULL, 10000, 100, 4, RR_ERROR_INVALID_INPUT },
    { RR_CHART_FORMAT_PDF, NULL, 20000, 100, 1, RR_ERROR_INVALID_INPUT },
    { RR_CHART_FORMAT_SVG, "/nonexistent-folder/chart.svg", 800, 600, 1, RR_ERROR_IO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("rr-charts-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "chart", NULL);

      g_test_message ("case %u", i);
      g_assert_false (rr_chart_export (chart, cases[i].format, cases[i].path != NULL ? cases[i].path : path,
                                       cases[i].width, cases[i].height, cases[i].scale, &error));
      g_assert_error (error, RR_ERROR, cases[i].code);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_rmdir (dir);
    }
}

/* Screenshots with Chinese labels for a person to look at. */
static void
test_screenshots (void)
{
  const char *dir = g_getenv ("RENREN_SCREENSHOT_DIR");

  if (dir == NULL)
    dir = ".";
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);

  for (RrChartKind kind = RR_CHART_RADAR; kind <= RR_CHART_TREND; kind++)
    {
      g_autoptr(RrChart) chart = sample_chart_new (catalog, kind, SAMPLE_TYPICAL);
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("chart-%s.png", chart_kind_get_name (kind));
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (rr_chart_export (chart, RR_CHART_FORMAT_PNG, path, 1000, 700, 1.0, &error));
      g_assert_no_error (error);
      g_test_message ("screenshot: %s", path);
    }

  {
    g_autoptr(RrChart) ranking = sample_ranking_new (1000, 1);
    g_autoptr(RrChart) missing = sample_chart_new (catalog, RR_CHART_GAUGES, SAMPLE_MISSING);
    g_autoptr(RrChart) long_names = sample_chart_new (catalog, RR_CHART_TASKS, SAMPLE_LONG_NAMES);
    g_autofree char *ranking_path = g_build_filename (dir, "chart-ranking-1000.png", NULL);
    g_autofree char *missing_path = g_build_filename (dir, "chart-gauges-not-assessed.png", NULL);
    g_autofree char *long_path = g_build_filename (dir, "chart-tasks-long-names.png", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_true (rr_chart_export (ranking, RR_CHART_FORMAT_PNG, ranking_path, 1000, 700, 1.0, &error));
    g_assert_true (rr_chart_export (missing, RR_CHART_FORMAT_PNG, missing_path, 800, 600, 1.0, &error));
    g_assert_true (rr_chart_export (long_names, RR_CHART_FORMAT_PNG, long_path, 640, 480, 1.0, &error));
    g_assert_no_error (error);
  }
}

/* The cell under a point, for the matrix's tooltip, follows the drawing
 * order and the geometry of rr_matrix_chart_draw() at 400 × 200: rows 22
 * high from y = 52, cells 40 wide from x = 108. */
static void
test_matrix_find_cell (void)
{
  g_autoptr(RrMatrixData) data = rr_matrix_data_new ("matrix");
  guint row = G_MAXUINT;
  guint column = G_MAXUINT;

  rr_matrix_data_add_column (data, "1", TRUE);
  rr_matrix_data_add_column (data, "2", FALSE);
  for (guint r = 0; r < 3; r++)
    {
      g_autofree char *name = g_strdup_printf ("社区%u", r);
      guint index = rr_matrix_data_add_row (data, name);

      rr_matrix_data_set (data, index, 0, r == 2 ? RR_MATRIX_FAILS : RR_MATRIX_MEETS);
      rr_matrix_data_set (data, index, 1, RR_MATRIX_FAILS);
    }
  rr_matrix_data_sort_by_failures (data);

  g_assert_true (rr_matrix_chart_find_cell (data, 400, 200, 113, 57, &row, &column));
  g_assert_cmpuint (row, ==, g_array_index (data->row_order, guint, 0));
  g_assert_cmpuint (column, ==, g_array_index (data->column_order, guint, 0));
  g_assert_cmpuint (row, ==, 2);

  g_assert_true (rr_matrix_chart_find_cell (data, 400, 200, 108 + 45, 52 + 23, &row, &column));
  g_assert_cmpuint (row, ==, g_array_index (data->row_order, guint, 1));
  g_assert_cmpuint (column, ==, g_array_index (data->column_order, guint, 1));

  /* Outside the cells: the names, the header, past the last row. */
  g_assert_false (rr_matrix_chart_find_cell (data, 400, 200, 100, 60, &row, &column));
  g_assert_false (rr_matrix_chart_find_cell (data, 400, 200, 120, 40, &row, &column));
  g_assert_false (rr_matrix_chart_find_cell (data, 400, 200, 120, 52 + 66 + 1, &row, &column));
  g_assert_false (rr_matrix_chart_find_cell (data, 400, 20, 120, 10, &row, &column));
  g_assert_cmpstr (rr_matrix_cell_get_name (RR_MATRIX_FAILS), ==, "未达标");
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("RENREN_EVAL_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  catalog = rr_catalog_load_default (&error);
  g_assert_no_error (error);

  for (RrChartKind kind = RR_CHART_RADAR; kind <= RR_CHART_TREND; kind++)
    {
      g_autofree char *a3 = g_strdup_printf ("/charts/%s/a3-300dpi", chart_kind_get_name (kind));
      g_autofree char *odd = g_strdup_printf ("/charts/%s/odd-sizes", chart_kind_get_name (kind));
      g_autofree char *export = g_strdup_printf ("/charts/%s/export", chart_kind_get_name (kind));

      for (Sample sample = 0; sample < N_SAMPLES; sample++)
        {
          ChartCase *chart_case = g_new0 (ChartCase, 1);
          g_autofree char *path = g_strdup_printf ("/charts/%s/%s", chart_kind_get_name (kind), sample_get_name (sample));

          chart_case->kind = kind;
          chart_case->sample = sample;
          g_ptr_array_add (cases, chart_case);
          g_test_add_data_func (path, chart_case, test_sample_sizes);
        }
      g_test_add_data_func (a3, GINT_TO_POINTER (kind), test_a3);
      g_test_add_data_func (odd, GINT_TO_POINTER (kind), test_odd_sizes);
      g_test_add_data_func (export, GINT_TO_POINTER (kind), test_export_formats);
    }

  g_test_add_func ("/charts/radar/series-and-axes", test_radar_series);
  g_test_add_func ("/charts/tasks/patterns", test_tasks_patterns);
  g_test_add_func ("/charts/gauges/from-checks", test_gauges_checks);
  g_test_add_func ("/charts/ranking/counts", test_ranking_counts);
  g_test_add_func ("/charts/ranking/order", test_ranking_order);
  g_test_add_func ("/charts/trend/gap", test_trend_gap);
  g_test_add_func ("/charts/layout/find-region", test_find_region);
  g_test_add_func ("/charts/export/a3-png", test_export_a3_png);
  g_test_add_func ("/charts/export/errors", test_export_errors);
  g_test_add_func ("/charts/screenshots", test_screenshots);
  g_test_add_func ("/charts/matrix/find-cell", test_matrix_find_cell);

  status = g_test_run ();
  rr_catalog_unref (catalog);

  /* Free the font caches, so LeakSanitizer reports only real leaks. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
  return status;
}
