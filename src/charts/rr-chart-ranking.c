/* rr-chart-ranking.c: a district's communities by total score
 *
 * One horizontal bar per community, coloured by grade (不合格 also
 * hatched), best first. When the rows do not fit at a readable height the
 * chart draws one page of them and names the ranks it shows. A canvas too
 * small for text (a thumbnail) aggregates instead: each bar is the mean
 * of a run of neighbouring ranks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart.h"
#include "rr-chart-canvas.h"

#include <glib/gi18n-lib.h>

/* Rows are at most this many text lines high, so a few communities do
 * not get huge bars. */
#define MAX_ROW_LINES 2.2

typedef struct {
  RrChartRect plot;        /* the bars' area */
  double rank_x;           /* the right edge of the rank numbers */
  double name_x;
  double name_width;
  double right;            /* the right edge of the value text */
  double row_height;
  gint64 maximum;
} RankingGeometry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const RrRankingEntry *first = *(const RrRankingEntry * const *) a;
  const RrRankingEntry *second = *(const RrRankingEntry * const *) b;

  if (first->total.not_assessed != second->total.not_assessed)
    return first->total.not_assessed ? 1 : -1;
  if (!first->total.not_assessed && first->total.value != second->total.value)
    return first->total.value > second->total.value ? -1 : 1;

  return g_strcmp0 (first->name, second->name);
}

/* Returns the entries best first; the array borrows them from @data. */
static GPtrArray *
sort_entries (const RrRankingData *data)
{
  GPtrArray *sorted = g_ptr_array_sized_new (data->entries->len);

  for (guint i = 0; i < data->entries->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (data->entries, i));
  g_ptr_array_sort (sorted, compare_entries);
  return sorted;
}

static gint64
find_maximum (const RrRankingData *data)
{
  gint64 maximum = data->maximum;

  if (maximum > 0)
    return maximum;

  for (guint i = 0; i < data->entries->len; i++)
    {
      const RrRankingEntry *entry = g_ptr_array_index (data->entries, i);

      if (!entry->total.not_assessed)
        maximum = MAX (maximum, entry->total.value);
    }

  return MAX (maximum, 1);
}

static void
fill_bar (RrChartCanvas *canvas,
          RrChartGrade        grade,
          double         x,
          double         y,
          double         width,
          double         height)
{
  cairo_t *cr = canvas->cr;
  const RrColor *color = rr_chart_palette_grade (grade);

  if (rr_chart_palette_grade_is_hatched (grade))
    {
      rr_chart_fill_hatched (cr, x, y, width, height, color, MAX (height / 2.0, 1.5));
      rr_chart_set_source (cr, color);
      cairo_set_line_width (cr, MAX (canvas->line_width, 0.5));
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      return;
    }

  rr_chart_set_source (cr, color);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

/* Returns the rank of the entry at @index of @sorted. Equal totals share
 * the rank of the first of them (1, 2, 2, 4), and an entry not assessed
 * has no rank, 0. */
static guint
rank_of (GPtrArray *sorted,
         guint      index)
{
  const RrRankingEntry *entry = g_ptr_array_index (sorted, index);

  if (entry->total.not_assessed)
    return 0;

  while (index > 0)
    {
      const RrRankingEntry *before = g_ptr_array_index (sorted, index - 1);

      if (before->total.not_assessed || before->total.value != entry->total.value)
        break;
      index--;
    }

  return index + 1;
}

static void
draw_row (RrChartCanvas         *canvas,
          const RankingGeometry *geometry,
          const RrRankingEntry  *entry,
          guint                  rank,
          double                 y)
{
  const RrTextStyle rank_style = { 0.8, FALSE, 1.0, 0.5, 1, rr_chart_palette_muted () };
  const RrTextStyle name_style = { 0.85, FALSE, 0.0, 0.5, 1, NULL };
  const RrTextStyle value_style = { 0.8, FALSE, 0.0, 0.5, 1, NULL };
  const RrChartRect *plot = &geometry->plot;
  double bar_height = geometry->row_height * 0.7;
  double top = y + (geometry->row_height - bar_height) / 2.0;
  double middle = y + geometry->row_height / 2.0;
  double bar_width;
  g_autofree char *rank_text = rank > 0 ? g_strdup_printf ("%u", rank) : g_strdup ("");
  g_autofree char *value = NULL;

  if (entry->total.not_assessed)
    {
      double dashes[] = { canvas->line_width * 3.0, canvas->line_width * 2.0 };

      value = g_strdup (_("Not evaluated"));
      bar_width = plot->width * 0.15;
      rr_chart_set_source (canvas->cr, rr_chart_palette_muted ());
      cairo_set_line_width (canvas->cr, canvas->line_width);
      cairo_set_dash (canvas->cr, dashes, G_N_ELEMENTS (dashes), 0.0);
      cairo_rectangle (canvas->cr, plot->x, top, bar_width, bar_height);
      cairo_stroke (canvas->cr);
      cairo_set_dash (canvas->cr, NULL, 0, 0.0);
    }
  else
    {
      g_autofree char *points = rr_chart_format_points (entry->total.value);

      value = g_strdup_printf ("%s · %s", points, rr_chart_grade_get_name (entry->grade));
      bar_width = plot->width * rr_chart_fraction (entry->total.value, geometry->maximum);
      fill_bar (canvas, entry->grade, plot->x, top, bar_width, bar_height);
    }

  rr_chart_canvas_add_mark (canvas, plot->x, top, bar_width, bar_height, entry->name, value);
  if (canvas->unit <= 0.0)
    return;

  rr_chart_canvas_text (canvas, rank_text, geometry->rank_x, middle, canvas->unit * 8.0,
                        &rank_style, NULL, NULL);
  rr_chart_canvas_text (canvas, entry->name, geometry->name_x, middle, geometry->name_width,
                        &name_style, value, NULL);
  rr_chart_canvas_text (canvas, value, plot->x + bar_width + canvas->unit * 0.3, middle,
                        geometry->right - (plot->x + bar_width + canvas->unit * 0.3), &value_style, NULL, NULL);
}

/* Draws each run of @per_bar neighbouring ranks as one bar of their mean. */
static void
draw_aggregated (RrChartCanvas   *canvas,
                 RankingGeometry *geometry,
                 GPtrArray       *sorted,
                 guint            n_bars)
{
  guint per_bar = (sorted->len + n_bars - 1) / n_bars;

  geometry->row_height = geometry->plot.height / ((sorted->len + per_bar - 1) / per_bar);
  for (guint first = 0, bar = 0; first < sorted->len; first += per_bar, bar++)
    {
      guint last = MIN (first + per_bar, sorted->len);
      const RrRankingEntry *median = g_ptr_array_index (sorted, (first + last - 1) / 2);
      RrRankingEntry mean = { NULL, RR_CHART_VALUE_NOT_ASSESSED, median->grade };
      g_autofree char *name = g_strdup_printf (_("Ranks %u–%u"), first + 1, last);
      gint64 sum = 0;
      guint n_assessed = 0;

      for (guint i = first; i < last; i++)
        {
          const RrRankingEntry *entry = g_ptr_array_index (sorted, i);

          if (entry->total.not_assessed)
            continue;
          sum += entry->total.value;
          n_assessed++;
        }
      if (n_assessed > 0)
        mean.total = RR_CHART_VALUE (sum / n_assessed);
      mean.name = name;
      draw_row (canvas, geometry, &mean, first + 1, geometry->plot.y + bar * geometry->row_height);
    }
}

static void
draw_legend (RrChartCanvas       *canvas,
             const RrRankingData *data,
             const RrChartRect   *area,
             gboolean             draw,
             double              *height)
{
  guint counts[RR_GRADE_NONE + 1] = { 0 };
  char *labels[RR_GRADE_NONE + 1] = { NULL };
  RrLegendItem items[RR_GRADE_NONE + 1];
  guint n_items = 0;

  for (guint i = 0; i < data->entries->len; i++)
    {
      const RrRankingEntry *entry = g_ptr_array_index (data->entries, i);

      counts[MIN ((guint) entry->grade, (guint) RR_GRADE_NONE)]++;
    }

  for (guint grade = 0; grade <= RR_GRADE_NONE; grade++)
    {
      const char *name = grade == RR_GRADE_NONE ? _("Not evaluated") : rr_chart_grade_get_name (grade);

      if (grade == RR_GRADE_NONE && counts[grade] == 0)
        continue;

      labels[grade] = g_strdup_printf ("%s %u", name, counts[grade]);
      items[n_items++] = (RrLegendItem) {
        labels[grade],
        grade == RR_GRADE_NONE ? RR_LEGEND_DASHED
                               : rr_chart_palette_grade_is_hatched (grade) ? RR_LEGEND_OUTLINE : RR_LEGEND_BOX,
        grade == RR_GRADE_NONE ? rr_chart_palette_muted () : rr_chart_palette_grade (grade),
        NULL,
      };
    }

  *height = rr_chart_canvas_legend (canvas, items, n_items, area, draw);
  for (guint grade = 0; grade <= RR_GRADE_NONE; grade++)
    g_free (labels[grade]);
}

static double
widest_name (RrChartCanvas *canvas,
             GPtrArray     *sorted,
             guint          first,
             guint          count)
{
  double widest = 0.0;

  for (guint i = first; i < first + count && i < sorted->len; i++)
    {
      const RrRankingEntry *entry = g_ptr_array_index (sorted, i);

      widest = MAX (widest, rr_chart_canvas_text_width (canvas, entry->name, 0.85, FALSE));
    }

  return widest;
}

/* Splits the rows between the label columns, the bars and the values. */
static void
place_columns (RrChartCanvas     *canvas,
               RankingGeometry   *geometry,
               const RrChartRect *area,
               GPtrArray         *sorted,
               guint              first,
               guint              count)
{
  double unit = canvas->unit;
  double rank_width = 0.0;
  double value_width = 0.0;
  double name_width = 0.0;

  if (unit > 0.0)
    {
      g_autofree char *last_rank = g_strdup_printf ("%u", first + count);

      rank_width = rr_chart_canvas_text_width (canvas, last_rank, 0.8, FALSE) + unit * 0.4;
      value_width = rr_chart_canvas_text_width (canvas, "100.00 · 不合格", 0.8, FALSE) + unit * 0.4;
      name_width = MIN (widest_name (canvas, sorted, first, count) + unit * 0.2, area->width * 0.3);
    }

  geometry->rank_x = area->x + rank_width;
  geometry->name_x = geometry->rank_x + unit * 0.5;
  geometry->name_width = name_width;
  geometry->plot.x = geometry->name_x + name_width + unit * 0.5;
  geometry->plot.width = MAX (area->x + area->width - value_width - geometry->plot.x, 0.0);
  geometry->right = area->x + area->width;
}

/* Names the ranks a page shows. The communities without a total come
 * last and have no rank, so they are counted apart. */
static char *
describe_page (GPtrArray *sorted,
               guint      first,
               guint      count,
               guint      page,
               guint      n_pages)
{
  guint ranked = 0;

  while (ranked < sorted->len && !((RrRankingEntry *) g_ptr_array_index (sorted, ranked))->total.not_assessed)
    ranked++;

  if (first + count <= ranked)
    /* Translators: under a paginated ranking, e.g. "第 1–40 名，共 1000 个社区（第 1/25 页）" */
    return g_strdup_printf (_("Ranks %u–%u of %u communities (page %u of %u)"),
                            first + 1, first + count, sorted->len, page + 1, n_pages);
  if (first < ranked)
    /* Translators: e.g. "第 281–291 名和 9 个未评价社区，共 300 个社区（第 15/15 页）" */
    return g_strdup_printf (_("Ranks %u–%u and %u not evaluated, of %u communities (page %u of %u)"),
                            first + 1, ranked, first + count - ranked, sorted->len, page + 1, n_pages);

  /* Translators: e.g. "9 个未评价社区，共 300 个社区（第 15/15 页）" */
  return g_strdup_printf (_("%u not evaluated, of %u communities (page %u of %u)"),
                          count, sorted->len, page + 1, n_pages);
}

RrChartLayout *
rr_ranking_chart_draw (const RrRankingData *data,
                       cairo_t             *cr,
                       double               width,
                       double               height)
{
  const RrTextStyle note_style = { 0.9, FALSE, 0.0, 0.0, 1, rr_chart_palette_muted () };
  RrChartCanvas canvas;
  RankingGeometry geometry = { { 0 } };
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *note = NULL;
  RrChartLayout *layout;
  RrChartRect area;
  RrChartRect legend_area;
  double legend_height;
  double note_height;
  double min_row;
  guint n_entries;
  guint rows_fit;
  guint first = 0;
  guint count;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (cr != NULL, NULL);

  rr_chart_canvas_init (&canvas, cr, width, height);
  layout = canvas.layout;
  area = rr_chart_canvas_header (&canvas, data->title, NULL);
  n_entries = data->entries->len;
  layout->n_items = n_entries;

  if (n_entries == 0)
    {
      rr_chart_canvas_no_data (&canvas, &area);
      return rr_chart_canvas_finish (&canvas);
    }

  sorted = sort_entries (data);
  geometry.maximum = find_maximum (data);

  draw_legend (&canvas, data, &area, FALSE, &legend_height);
  legend_area = area;
  note_height = canvas.unit > 0.0 ? rr_chart_canvas_line_height (&canvas, note_style.size) * 1.4 : 0.0;
  geometry.plot.y = area.y + note_height;
  geometry.plot.height = MAX (area.height - note_height - legend_height - canvas.unit * 0.5, 0.0);

  /* How many rows fit at the smallest readable height, or at 2 units
   * without text. */
  min_row = canvas.unit > 0.0 ? rr_chart_canvas_line_height (&canvas, 0.85) * 1.15 : 2.0;
  rows_fit = (guint) MIN (geometry.plot.height / min_row, (double) G_MAXUINT);
  count = n_entries;

  if (rows_fit == 0)
    {
      count = 0;
      layout->overflow = RR_CHART_OVERFLOW_PAGINATED;
    }
  else if (n_entries > rows_fit && canvas.unit > 0.0)
    {
      layout->overflow = RR_CHART_OVERFLOW_PAGINATED;
      layout->n_pages = (n_entries + rows_fit - 1) / rows_fit;
      layout->page = MIN (data->page, layout->n_pages - 1);
      first = layout->page * rows_fit;
      count = MIN (rows_fit, n_entries - first);
      note = describe_page (sorted, first, count, layout->page, layout->n_pages);
    }
  else if (n_entries > rows_fit)
    layout->overflow = RR_CHART_OVERFLOW_AGGREGATED;

  if (note == NULL)
    note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u community", "%u communities", n_entries),
                            n_entries);
  rr_chart_canvas_text (&canvas, note, area.x, area.y, area.width, &note_style, NULL, NULL);

  place_columns (&canvas, &geometry, &area, sorted, first, count);
  layout->plot = geometry.plot;
  layout->first_item = first;

  if (layout->overflow == RR_CHART_OVERFLOW_AGGREGATED)
    {
      draw_aggregated (&canvas, &geometry, sorted, rows_fit);
      layout->n_items_drawn = n_entries;
    }
  else if (count > 0)
    {
      geometry.row_height = geometry.plot.height / (layout->overflow == RR_CHART_OVERFLOW_PAGINATED ? rows_fit : count);
      if (canvas.unit > 0.0)
        geometry.row_height = MIN (geometry.row_height, rr_chart_canvas_line_height (&canvas, 0.85) * MAX_ROW_LINES);
      for (guint i = 0; i < count; i++)
        draw_row (&canvas, &geometry, g_ptr_array_index (sorted, first + i), rank_of (sorted, first + i),
                  geometry.plot.y + i * geometry.row_height);
      layout->n_items_drawn = count;
    }

  draw_legend (&canvas, data, &legend_area, TRUE, &legend_height);
  return rr_chart_canvas_finish (&canvas);
}
