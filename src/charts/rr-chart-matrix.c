/* rr-chart-matrix.c: communities × tasks, each cell coloured by level
 *
 * With rows too thin for names, the cells are drawn into an image with
 * one pixel per column and per pixel row of the plot. Ten thousand rows
 * then take one paint instead of 240,000 rectangles, and a band of mostly
 * failing rows still shows as red.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart"

#include "config.h"

#include "rr-chart-matrix.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

/* Fill colours by RrMatrixCell. They step down in luminance, so 达标 and
 * 未达标 stay distinct in a greyscale print. */
static const double cell_colors[RR_MATRIX_N_CELLS][3] = {
  { 0.60, 0.82, 0.62 },   /* 达标 */
  { 0.96, 0.76, 0.30 },   /* 基本达标 */
  { 0.74, 0.18, 0.16 },   /* 未达标 */
  { 0.80, 0.80, 0.80 },   /* 不适用 */
  { 0.95, 0.95, 0.95 },   /* not rated */
};

static const char * const cell_names[RR_MATRIX_N_CELLS] = {
  "达标", "基本达标", "未达标", "不适用", N_("Not rated"),
};

/* Rows at least this tall get their community's name. */
#define MIN_LABELLED_ROW 11.0

RrMatrixData *
rr_matrix_data_new (const char *title)
{
  RrMatrixData *data = g_new0 (RrMatrixData, 1);

  data->title = g_strdup (title);
  data->row_labels = g_ptr_array_new_with_free_func (g_free);
  data->column_labels = g_ptr_array_new_with_free_func (g_free);
  data->column_binding = g_array_new (FALSE, FALSE, sizeof (gboolean));
  data->cells = g_byte_array_new ();
  data->row_order = g_array_new (FALSE, FALSE, sizeof (guint));
  data->column_order = g_array_new (FALSE, FALSE, sizeof (guint));
  return data;
}

void
rr_matrix_data_free (RrMatrixData *data)
{
  if (data == NULL)
    return;

  g_free (data->title);
  g_ptr_array_unref (data->row_labels);
  g_ptr_array_unref (data->column_labels);
  g_array_unref (data->column_binding);
  g_byte_array_unref (data->cells);
  g_array_unref (data->row_order);
  g_array_unref (data->column_order);
  g_free (data);
}

/* Adds a column; every column must be added before the first row. */
void
rr_matrix_data_add_column (RrMatrixData *data,
                           const char   *label,
                           gboolean      binding)
{
  guint index = data->column_labels->len;

  g_return_if_fail (data->row_labels->len == 0);

  g_ptr_array_add (data->column_labels, g_strdup (label));
  g_array_append_val (data->column_binding, binding);
  g_array_append_val (data->column_order, index);
}

/* Adds a row of not-rated cells and returns its index. */
guint
rr_matrix_data_add_row (RrMatrixData *data,
                        const char   *label)
{
  guint index = data->row_labels->len;
  guint n_columns = data->column_labels->len;

  g_ptr_array_add (data->row_labels, g_strdup (label));
  g_array_append_val (data->row_order, index);
  g_byte_array_set_size (data->cells, data->cells->len + n_columns);
  memset (data->cells->data + (gsize) index * n_columns, RR_MATRIX_NOT_RATED, n_columns);
  return index;
}

void
rr_matrix_data_set (RrMatrixData *data,
                    guint         row,
                    guint         column,
                    RrMatrixCell  cell)
{
  g_return_if_fail (row < data->row_labels->len && column < data->column_labels->len);

  data->cells->data[(gsize) row * data->column_labels->len + column] = MIN (cell, RR_MATRIX_NOT_RATED);
}

RrMatrixCell
rr_matrix_data_get (const RrMatrixData *data,
                    guint               row,
                    guint               column)
{
  return data->cells->data[(gsize) row * data->column_labels->len + column];
}

guint
rr_matrix_data_count_fails_in_column (const RrMatrixData *data,
                                      guint               column)
{
  guint count = 0;

  for (guint row = 0; row < data->row_labels->len; row++)
    count += rr_matrix_data_get (data, row, column) == RR_MATRIX_FAILS;

  return count;
}

/* Weighs a failure above two partial ones, so 未达标 orders first. */
static guint
weigh (RrMatrixCell cell)
{
  if (cell == RR_MATRIX_FAILS)
    return 3;
  if (cell == RR_MATRIX_BASICALLY_MEETS)
    return 1;

  return 0;
}

typedef struct {
  guint index;
  guint weight;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *first = a;
  const Ranked *second = b;

  if (first->weight != second->weight)
    return first->weight > second->weight ? -1 : 1;
  return (first->index > second->index) - (first->index < second->index);
}

static void
order_by_weight (GArray *order,
                 Ranked *ranked,
                 guint   n)
{
  qsort (ranked, n, sizeof (Ranked), compare_ranked);
  for (guint i = 0; i < n; i++)
    g_array_index (order, guint, i) = ranked[i].index;
}

/* Orders the rows and columns by how badly they fail, worst first; ties
 * keep the order they were added in. */
void
rr_matrix_data_sort_by_failures (RrMatrixData *data)
{
  guint n_rows = data->row_labels->len;
  guint n_columns = data->column_labels->len;
  g_autofree Ranked *rows = g_new0 (Ranked, MAX (n_rows, 1));
  g_autofree Ranked *columns = g_new0 (Ranked, MAX (n_columns, 1));

  for (guint c = 0; c < n_columns; c++)
    columns[c].index = c;

  for (guint r = 0; r < n_rows; r++)
    {
      rows[r].index = r;
      for (guint c = 0; c < n_columns; c++)
        {
          guint weight = weigh (rr_matrix_data_get (data, r, c));

          rows[r].weight += weight;
          columns[c].weight += weight;
        }
    }

  order_by_weight (data->row_order, rows, n_rows);
  order_by_weight (data->column_order, columns, n_columns);
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                   */
/* ------------------------------------------------------------------------ */

static void
show_text (cairo_t    *cr,
           PangoLayout *layout,
           const char *text,
           double      x,
           double      y,
           double      max_width,
           gboolean    bold,
           gboolean    centred)
{
  g_autofree char *markup = g_markup_printf_escaped (bold ? "<b>%s</b>" : "%s", text);
  int width = 0;
  int height = 0;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, centred ? x - width / 2.0 : x, y - height / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* Paints the cells as an image of one pixel per column and per band of
 * rows, each band the mean colour of its rows, scaled up without
 * smoothing. Averaging by hand keeps the columns sharp, which a scaled
 * pattern filter would blur into each other. */
static void
paint_scaled (const RrMatrixData *data,
              cairo_t            *cr,
              double              x,
              double              y,
              double              width,
              double              height)
{
  guint n_rows = data->row_labels->len;
  guint n_columns = data->column_labels->len;
  guint n_bands = CLAMP ((guint) height, 1, n_rows);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, n_columns, n_bands);
  int stride = cairo_image_surface_get_stride (image);
  unsigned char *pixels;

  cairo_surface_flush (image);
  pixels = cairo_image_surface_get_data (image);
  for (guint band = 0; band < n_bands; band++)
    {
      guint32 *line = (guint32 *) (gpointer) (pixels + (gsize) band * stride);
      guint first = (guint) ((guint64) band * n_rows / n_bands);
      guint end = MAX ((guint) ((guint64) (band + 1) * n_rows / n_bands), first + 1);

      for (guint c = 0; c < n_columns; c++)
        {
          guint column = g_array_index (data->column_order, guint, c);
          double sum[3] = { 0, 0, 0 };

          for (guint r = first; r < end; r++)
            {
              const double *rgb = cell_colors[rr_matrix_data_get (data, g_array_index (data->row_order, guint, r), column)];

              sum[0] += rgb[0];
              sum[1] += rgb[1];
              sum[2] += rgb[2];
            }
          line[c] = ((guint32) (sum[0] / (end - first) * 255) << 16) |
                    ((guint32) (sum[1] / (end - first) * 255) << 8) |
                    (guint32) (sum[2] / (end - first) * 255);
        }
    }
  cairo_surface_mark_dirty (image);

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, width / n_columns, height / n_bands);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (image);
}

static void
paint_cells (const RrMatrixData *data,
             cairo_t            *cr,
             double              x,
             double              y,
             double              cell_width,
             double              row_height)
{
  guint n_columns = data->column_labels->len;

  for (guint r = 0; r < data->row_labels->len; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        guint row = g_array_index (data->row_order, guint, r);
        const double *rgb = cell_colors[rr_matrix_data_get (data, row, g_array_index (data->column_order, guint, c))];

        cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
        cairo_rectangle (cr, x + c * cell_width + 0.5, y + r * row_height + 0.5,
                         cell_width - 1, row_height - 1);
        cairo_fill (cr);
      }
}

static double
draw_legend (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  int width = 0;

  for (guint i = 0; i < RR_MATRIX_N_CELLS; i++)
    {
      cairo_set_source_rgb (cr, cell_colors[i][0], cell_colors[i][1], cell_colors[i][2]);
      cairo_rectangle (cr, x, y - 6, 12, 12);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
      show_text (cr, layout, _(cell_names[i]), x + 16, y, -1, FALSE, FALSE);
      pango_layout_get_pixel_size (layout, &width, NULL);
      x += 28 + width;
    }

  return x;
}

/* Where the cells go on a @width × @height canvas. */
typedef struct {
  double top;
  double left;
  double label_width;
  double cell_width;
  double row_height;
} Geometry;

/* Places the cells, or returns FALSE when the canvas has no room for them. */
static gboolean
place_cells (const RrMatrixData *data,
             double              width,
             double              height,
             Geometry           *geometry)
{
  guint n_rows = data->row_labels->len;
  guint n_columns = data->column_labels->len;
  double bottom = height - 28;

  geometry->top = 52;
  if (n_rows == 0 || n_columns == 0 || bottom - geometry->top < 10)
    return FALSE;

  geometry->row_height = MIN ((bottom - geometry->top) / n_rows, 22);
  geometry->label_width = geometry->row_height >= MIN_LABELLED_ROW ? MIN (160, width * 0.25) : 12;
  geometry->left = geometry->label_width + 8;
  geometry->cell_width = MIN ((width - geometry->left - 12) / n_columns, 40);
  return TRUE;
}

/**
 * rr_matrix_chart_find_cell:
 * @row: (out): the row under (@x, @y), an index into row_labels
 * @column: (out): the column, an index into column_labels
 *
 * Finds the cell under a point of a chart drawn at @width × @height, for a
 * tooltip. Returns FALSE outside the cells.
 */
gboolean
rr_matrix_chart_find_cell (const RrMatrixData *data,
                           double              width,
                           double              height,
                           double              x,
                           double              y,
                           guint              *row,
                           guint              *column)
{
  Geometry geometry;
  double r;
  double c;

  if (!place_cells (data, width, height, &geometry))
    return FALSE;

  r = (y - geometry.top) / geometry.row_height;
  c = (x - geometry.left) / geometry.cell_width;
  if (r < 0 || c < 0 || r >= data->row_labels->len || c >= data->column_labels->len)
    return FALSE;

  *row = g_array_index (data->row_order, guint, (guint) r);
  *column = g_array_index (data->column_order, guint, (guint) c);
  return TRUE;
}

/* Returns the name of @cell's level, for a tooltip. */
const char *
rr_matrix_cell_get_name (RrMatrixCell cell)
{
  return cell < RR_MATRIX_N_CELLS ? _(cell_names[cell]) : "";
}

/**
 * rr_matrix_chart_draw:
 *
 * Draws the title, the task numbers on top (约束性 tasks in bold), the
 * community names on the left when the rows are tall enough, the cells in
 * row_order and column_order, and a legend of the levels below.
 */
void
rr_matrix_chart_draw (const RrMatrixData *data,
                      cairo_t            *cr,
                      double              width,
                      double              height)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 9");
  guint n_rows = data->row_labels->len;
  guint n_columns = data->column_labels->len;
  Geometry geometry;
  double top;
  double label_width;
  double cell_width;
  double row_height;
  double left;
  double x;

  pango_layout_set_font_description (layout, font);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.15, 0.15, 0.15);
  show_text (cr, layout, data->title, 12, 14, width - 24, TRUE, FALSE);

  if (!place_cells (data, width, height, &geometry))
    {
      show_text (cr, layout, _("No community has been scored yet."), width / 2, height / 2, -1, FALSE, TRUE);
      return;
    }

  top = geometry.top;
  row_height = geometry.row_height;
  label_width = geometry.label_width;
  left = geometry.left;
  cell_width = geometry.cell_width;

  for (guint c = 0; c < n_columns; c++)
    {
      guint column = g_array_index (data->column_order, guint, c);

      show_text (cr, layout, g_ptr_array_index (data->column_labels, column), left + (c + 0.5) * cell_width,
                 top - 10, -1, g_array_index (data->column_binding, gboolean, column), TRUE);
    }

  if (row_height >= MIN_LABELLED_ROW)
    {
      for (guint r = 0; r < n_rows; r++)
        show_text (cr, layout, g_ptr_array_index (data->row_labels, g_array_index (data->row_order, guint, r)),
                   4, top + (r + 0.5) * row_height, label_width, FALSE, FALSE);
      paint_cells (data, cr, left, top, cell_width, row_height);
    }
  else
    {
      paint_scaled (data, cr, left, top, cell_width * n_columns, row_height * n_rows);
    }

  x = draw_legend (cr, layout, left, height - 14);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (cr, layout, _("Bold task numbers: 约束性 tasks"), x + 12, height - 14, -1, FALSE, FALSE);
}
