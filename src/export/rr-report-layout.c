/* rr-report-layout.c: blocks measured with Pango and broken into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-report"

#include "config.h"

#include "rr-report-layout.h"

#include <glib/gi18n-lib.h>

/* Sans for text, serif for titles, both the Simplified Chinese faces of
 * fonts-noto-cjk so that the glyph shapes are SC whatever the locale. */
#define SANS_FAMILY "Noto Sans CJK SC, Sans"
#define SERIF_FAMILY "Noto Serif CJK SC, Noto Sans CJK SC, Serif"
#define MONO_FAMILY "Noto Sans Mono CJK SC, Monospace"

#define CELL_PADDING_X 3.0
#define CELL_PADDING_Y 2.5
#define SPACE_AFTER_TABLE 10.0
/* A heading moves to the next page unless this much room is left below it. */
#define KEEP_WITH_NEXT 90.0

typedef enum {
  BLOCK_TEXT,
  BLOCK_SPACE,
  BLOCK_PAGE_BREAK,
  BLOCK_DRAWING,
  BLOCK_TABLE,
} BlockKind;

typedef struct {
  RrRowStyle style;
  GStrv cells;
  double height;              /* set by paginating */
} Row;

struct _RrReportTable {
  guint n_columns;
  double *widths;             /* relative */
  GStrv headers;              /* NULL for a table without a header row */
  RrTextStyle *styles;
  PangoAlignment *alignments;
  double min_row_height;
  GPtrArray *rows;            /* of Row */

  /* set by paginating */
  double *column_x;           /* n_columns + 1 offsets from the left margin */
  double header_height;
};

typedef struct {
  BlockKind kind;
  RrTextStyle style;
  PangoAlignment alignment;
  char *text;
  gboolean keep_with_next;
  double width;
  double height;              /* space and drawings; text after paginating */
  RrReportDrawFunc draw;
  gpointer user_data;
  GDestroyNotify destroy;
  RrReportTable *table;
} Block;

/* Where one block, or some rows of a table, sit on a page. */
typedef struct {
  guint block;
  guint first_row;
  guint end_row;
  double y;
} Placement;

struct _RrReportLayout {
  GPtrArray *blocks;          /* of Block */
  char *header_left;
  char *header_right;

  /* set by paginating */
  PangoContext *context;
  double page_width;
  double page_height;
  GPtrArray *pages;           /* of GArray of Placement */
};

static const struct {
  const char *family;
  double size;
  gboolean bold;
  double space_after;
} text_styles[RR_N_TEXT_STYLES] = {
  [RR_TEXT_BODY] = { SANS_FAMILY, 10.5, FALSE, 6 },
  [RR_TEXT_TABLE] = { SANS_FAMILY, 9, FALSE, 4 },
  [RR_TEXT_SMALL] = { SANS_FAMILY, 8, FALSE, 4 },
  [RR_TEXT_MONO] = { MONO_FAMILY, 7, FALSE, 2 },
  [RR_TEXT_HEADING] = { SERIF_FAMILY, 15, TRUE, 8 },
  [RR_TEXT_SUBHEADING] = { SANS_FAMILY, 11, TRUE, 6 },
  [RR_TEXT_TITLE] = { SERIF_FAMILY, 26, TRUE, 14 },
  [RR_TEXT_SUBTITLE] = { SERIF_FAMILY, 18, FALSE, 10 },
};

static void
row_free (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

static void
table_free (RrReportTable *table)
{
  g_free (table->widths);
  g_strfreev (table->headers);
  g_free (table->styles);
  g_free (table->alignments);
  g_ptr_array_unref (table->rows);
  g_free (table->column_x);
  g_free (table);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  if (block->destroy != NULL)
    block->destroy (block->user_data);
  if (block->table != NULL)
    table_free (block->table);
  g_free (block);
}

RrReportLayout *
rr_report_layout_new (void)
{
  RrReportLayout *self = g_new0 (RrReportLayout, 1);

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return self;
}

void
rr_report_layout_free (RrReportLayout *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->pages);
  g_clear_object (&self->context);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self);
}

/* Sets the running header of every page but the first. */
void
rr_report_layout_set_header (RrReportLayout *self,
                             const char     *left,
                             const char     *right)
{
  g_return_if_fail (self != NULL);

  g_free (self->header_left);
  self->header_left = g_strdup (left);
  g_free (self->header_right);
  self->header_right = g_strdup (right);
}

static Block *
add_block (RrReportLayout *self,
           BlockKind       kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
rr_report_layout_add_text (RrReportLayout *self,
                           RrTextStyle     style,
                           PangoAlignment  alignment,
                           const char     *text)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (style < RR_N_TEXT_STYLES);

  block = add_block (self, BLOCK_TEXT);
  block->style = style;
  block->alignment = alignment;
  block->text = g_strdup (text != NULL ? text : "");
}

/* Adds a heading that never ends a page. */
void
rr_report_layout_add_heading (RrReportLayout *self,
                              const char     *text)
{
  g_return_if_fail (self != NULL);

  rr_report_layout_add_text (self, RR_TEXT_HEADING, PANGO_ALIGN_LEFT, text);
  ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->keep_with_next = TRUE;
}

/* Adds vertical space, dropped at the top of a page. */
void
rr_report_layout_add_space (RrReportLayout *self,
                            double          points)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_SPACE)->height = points;
}

void
rr_report_layout_add_page_break (RrReportLayout *self)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_PAGE_BREAK);
}

/* Adds a drawing of @width × @height points, centred; @destroy frees
 * @user_data with the layout. */
void
rr_report_layout_add_drawing (RrReportLayout   *self,
                              double            width,
                              double            height,
                              RrReportDrawFunc  draw,
                              gpointer          user_data,
                              GDestroyNotify    destroy)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (draw != NULL);

  block = add_block (self, BLOCK_DRAWING);
  block->width = width;
  block->height = height;
  block->draw = draw;
  block->user_data = user_data;
  block->destroy = destroy;
}

/**
 * rr_report_layout_add_table:
 * @widths: the columns' relative widths
 * @headers: (nullable): one text per column, repeated on every page the
 *   table spans
 *
 * Adds a table whose columns share the text width in proportion to @widths.
 * The table belongs to the layout.
 */
RrReportTable *
rr_report_layout_add_table (RrReportLayout     *self,
                            guint               n_columns,
                            const double       *widths,
                            const char * const *headers)
{
  RrReportTable *table;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_columns > 0 && widths != NULL, NULL);

  table = g_new0 (RrReportTable, 1);
  table->n_columns = n_columns;
  table->widths = g_memdup2 (widths, n_columns * sizeof (double));
  table->headers = headers != NULL ? g_strdupv ((char **) headers) : NULL;
  table->styles = g_new0 (RrTextStyle, n_columns);
  table->alignments = g_new0 (PangoAlignment, n_columns);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  table->column_x = g_new0 (double, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    {
      table->styles[i] = RR_TEXT_TABLE;
      table->alignments[i] = PANGO_ALIGN_LEFT;
    }

  add_block (self, BLOCK_TABLE)->table = table;
  return table;
}

void
rr_report_table_set_column (RrReportTable  *table,
                            guint           column,
                            RrTextStyle     style,
                            PangoAlignment  alignment)
{
  g_return_if_fail (table != NULL && column < table->n_columns);

  table->styles[column] = style;
  table->alignments[column] = alignment;
}

/* Makes every row at least @points tall, for boxes filled in by hand. */
void
rr_report_table_set_min_row_height (RrReportTable *table,
                                    double         points)
{
  g_return_if_fail (table != NULL);

  table->min_row_height = points;
}

/* Adds a row; @cells has one text per column, or one for RR_ROW_SPAN. NULL
 * cells are empty. */
void
rr_report_table_add_row (RrReportTable      *table,
                         RrRowStyle          style,
                         const char * const *cells)
{
  guint n;
  Row *row;

  g_return_if_fail (table != NULL && cells != NULL);

  n = style == RR_ROW_SPAN ? 1 : table->n_columns;
  row = g_new0 (Row, 1);
  row->style = style;
  row->cells = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (table->rows, row);
}

/* ------------------------------------------------------------------------ */
/* Measuring                                                                 */
/* ------------------------------------------------------------------------ */

/**
 * rr_report_layout_prepare_context:
 *
 * Sets up a Pango context for report pages. The language is Simplified
 * Chinese, so that shared Han characters take their SC shapes. Metrics are
 * unhinted, so that text measures the same at every resolution. One user
 * unit is one point.
 */
void
rr_report_layout_prepare_context (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  g_return_if_fail (PANGO_IS_CONTEXT (context));

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));
  /* Font sizes are in points and user units are points: 72 per inch, not
   * PangoCairo's default of 96. */
  pango_cairo_context_set_resolution (context, 72);
}

static PangoLayout *
new_layout (RrReportLayout *self,
            RrTextStyle     style,
            gboolean        bold,
            PangoAlignment  alignment,
            const char     *text,
            double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (text_styles[style].family);

  pango_font_description_set_size (font, (int) (text_styles[style].size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold || text_styles[style].bold ? PANGO_WEIGHT_BOLD
                                                                            : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  /* Hashes and file names have no spaces, so they break anywhere. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height = 0;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
content_width (RrReportLayout *self)
{
  return self->page_width - 2 * RR_REPORT_MARGIN_SIDE;
}

static double
cell_height (RrReportLayout *self,
             RrReportTable  *table,
             guint           column,
             guint           span,
             gboolean        bold,
             const char     *text)
{
  double width = table->column_x[column + span] - table->column_x[column] - 2 * CELL_PADDING_X;
  g_autoptr(PangoLayout) layout = new_layout (self, table->styles[column], bold,
                                              table->alignments[column], text, width);

  return layout_height (layout) + 2 * CELL_PADDING_Y;
}

static void
measure_table (RrReportLayout *self,
               RrReportTable  *table)
{
  double total = 0;

  for (guint i = 0; i < table->n_columns; i++)
    total += table->widths[i];
  table->column_x[0] = 0;
  for (guint i = 0; i < table->n_columns; i++)
    table->column_x[i + 1] = table->column_x[i] + content_width (self) * table->widths[i] / total;

  table->header_height = 0;
  for (guint i = 0; table->headers != NULL && i < table->n_columns; i++)
    table->header_height = MAX (table->header_height, cell_height (self, table, i, 1, TRUE, table->headers[i]));

  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      row->height = table->min_row_height;
      if (row->style == RR_ROW_SPAN)
        row->height = MAX (row->height, cell_height (self, table, 0, table->n_columns, TRUE, row->cells[0]));
      else
        for (guint i = 0; i < table->n_columns; i++)
          row->height = MAX (row->height, cell_height (self, table, i, 1, row->style == RR_ROW_BOLD,
                                                       row->cells[i]));
    }
}

/* ------------------------------------------------------------------------ */
/* Paginating                                                                */
/* ------------------------------------------------------------------------ */

typedef struct {
  RrReportLayout *self;
  GArray *page;
  double y;
} Cursor;

static void
next_page (Cursor *cursor)
{
  cursor->page = g_array_new (FALSE, TRUE, sizeof (Placement));
  g_ptr_array_add (cursor->self->pages, cursor->page);
  cursor->y = RR_REPORT_MARGIN_TOP;
}

static double
bottom (RrReportLayout *self)
{
  return self->page_height - RR_REPORT_MARGIN_BOTTOM;
}

/* Starts a new page unless @height fits below the cursor or the page is
 * still empty: content taller than a page is placed anyway and clipped. */
static void
make_room (Cursor *cursor,
           double  height)
{
  if (cursor->y + height > bottom (cursor->self) && cursor->page->len > 0)
    next_page (cursor);
}

static void
place (Cursor *cursor,
       guint   block,
       guint   first_row,
       guint   end_row)
{
  Placement placement = { block, first_row, end_row, cursor->y };

  g_array_append_val (cursor->page, placement);
}

static void
paginate_table (Cursor        *cursor,
                guint          index,
                RrReportTable *table)
{
  guint n_rows = table->rows->len;
  guint first = 0;

  measure_table (cursor->self, table);

  do
    {
      double height = table->header_height;
      guint end = first;

      make_room (cursor, height + (n_rows > 0 ? ((Row *) g_ptr_array_index (table->rows, first))->height : 0));

      /* At least one row per page, however tall. */
      while (end < n_rows)
        {
          double row_height = ((Row *) g_ptr_array_index (table->rows, end))->height;

          if (end > first && cursor->y + height + row_height > bottom (cursor->self))
            break;
          height += row_height;
          end++;
        }

      /* A group's name row never ends a page without its first task. */
      if (end < n_rows && end - first > 1
          && ((Row *) g_ptr_array_index (table->rows, end - 1))->style == RR_ROW_SPAN)
        {
          end--;
          height -= ((Row *) g_ptr_array_index (table->rows, end))->height;
        }

      place (cursor, index, first, end);
      cursor->y += height;
      first = end;
      if (first < n_rows)
        next_page (cursor);
    }
  while (first < n_rows);

  cursor->y += SPACE_AFTER_TABLE;
}

/**
 * rr_report_layout_paginate:
 * @context: measures the text; rr_report_layout_prepare_context() has set it
 *   up. The layout keeps it to draw the pages.
 * @page_width: in points
 * @page_height: in points
 *
 * Breaks the blocks into pages. Returns the number of pages.
 */
guint
rr_report_layout_paginate (RrReportLayout *self,
                           PangoContext   *context,
                           double          page_width,
                           double          page_height)
{
  Cursor cursor = { self, NULL, 0 };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  g_set_object (&self->context, context);
  self->page_width = page_width;
  self->page_height = page_height;
  g_ptr_array_set_size (self->pages, 0);
  next_page (&cursor);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case BLOCK_PAGE_BREAK:
          if (cursor.page->len > 0)
            next_page (&cursor);
          break;

        case BLOCK_SPACE:
          if (cursor.page->len > 0)
            cursor.y += block->height;
          break;

        case BLOCK_TEXT:
          {
            g_autoptr(PangoLayout) layout = new_layout (self, block->style, FALSE, block->alignment,
                                                        block->text, content_width (self));

            block->height = layout_height (layout);
            make_room (&cursor, block->height + (block->keep_with_next ? KEEP_WITH_NEXT : 0));
            place (&cursor, i, 0, 0);
            cursor.y += block->height + text_styles[block->style].space_after;
          }
          break;

        case BLOCK_DRAWING:
          make_room (&cursor, block->height);
          place (&cursor, i, 0, 0);
          cursor.y += block->height + SPACE_AFTER_TABLE;
          break;

        case BLOCK_TABLE:
          paginate_table (&cursor, i, block->table);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return self->pages->len;
}

guint
rr_report_layout_get_n_pages (RrReportLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

/* ------------------------------------------------------------------------ */
/* Drawing                                                                   */
/* ------------------------------------------------------------------------ */

static void
show_text (RrReportLayout *self,
           cairo_t        *cr,
           RrTextStyle     style,
           gboolean        bold,
           PangoAlignment  alignment,
           const char     *text,
           double          x,
           double          y,
           double          width)
{
  g_autoptr(PangoLayout) layout = new_layout (self, style, bold, alignment, text, width);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_cell (RrReportLayout *self,
           cairo_t        *cr,
           RrReportTable  *table,
           guint           column,
           guint           span,
           double          y,
           double          height,
           double          shade,
           gboolean        bold,
           const char     *text)
{
  double x = RR_REPORT_MARGIN_SIDE + table->column_x[column];
  double width = table->column_x[column + span] - table->column_x[column];

  cairo_rectangle (cr, x, y, width, height);
  if (shade < 1.0)
    {
      cairo_set_source_rgb (cr, shade, shade, shade);
      cairo_fill_preserve (cr);
    }
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (self, cr, table->styles[column], bold, table->alignments[column], text,
             x + CELL_PADDING_X, y + CELL_PADDING_Y, width - 2 * CELL_PADDING_X);
}

static void
draw_table (RrReportLayout  *self,
            cairo_t         *cr,
            RrReportTable   *table,
            const Placement *placement)
{
  double y = placement->y;

  for (guint i = 0; table->headers != NULL && i < table->n_columns; i++)
    draw_cell (self, cr, table, i, 1, y, table->header_height, 0.88, TRUE, table->headers[i]);
  y += table->header_height;

  for (guint r = placement->first_row; r < placement->end_row; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      if (row->style == RR_ROW_SPAN)
        draw_cell (self, cr, table, 0, table->n_columns, y, row->height, 0.95, TRUE, row->cells[0]);
      else
        for (guint i = 0; i < table->n_columns; i++)
          draw_cell (self, cr, table, i, 1, y, row->height, 1.0, row->style == RR_ROW_BOLD, row->cells[i]);
      y += row->height;
    }
}

static void
draw_frame (RrReportLayout *self,
            cairo_t        *cr,
            guint           page)
{
  double width = content_width (self);
  g_autofree char *number = NULL;

  /* The cover has neither header nor page number, but counts as page 1. */
  if (page == 0)
    return;

  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  show_text (self, cr, RR_TEXT_SMALL, FALSE, PANGO_ALIGN_LEFT, self->header_left != NULL ? self->header_left : "",
             RR_REPORT_MARGIN_SIDE, 34, width * 0.65);
  show_text (self, cr, RR_TEXT_SMALL, FALSE, PANGO_ALIGN_RIGHT, self->header_right != NULL ? self->header_right : "",
             RR_REPORT_MARGIN_SIDE + width * 0.65, 34, width * 0.35);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, RR_REPORT_MARGIN_SIDE, 50);
  cairo_line_to (cr, RR_REPORT_MARGIN_SIDE + width, 50);
  cairo_stroke (cr);

  /* Translators: the footer of every page but the cover */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  show_text (self, cr, RR_TEXT_SMALL, FALSE, PANGO_ALIGN_CENTER, number,
             RR_REPORT_MARGIN_SIDE, self->page_height - 40, width);
}

/* Draws page @page, from 0, as the last rr_report_layout_paginate() laid it
 * out, on @cr in points with the origin at the paper's top left corner. */
void
rr_report_layout_draw_page (RrReportLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  GArray *placements;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  draw_frame (self, cr, page);

  for (guint i = 0; i < placements->len; i++)
    {
      const Placement *placement = &g_array_index (placements, Placement, i);
      Block *block = g_ptr_array_index (self->blocks, placement->block);

      cairo_set_source_rgb (cr, 0, 0, 0);
      switch (block->kind)
        {
        case BLOCK_TEXT:
          show_text (self, cr, block->style, FALSE, block->alignment, block->text,
                     RR_REPORT_MARGIN_SIDE, placement->y, content_width (self));
          break;

        case BLOCK_DRAWING:
          cairo_save (cr);
          cairo_translate (cr, RR_REPORT_MARGIN_SIDE + (content_width (self) - block->width) / 2, placement->y);
          cairo_rectangle (cr, 0, 0, block->width, block->height);
          cairo_clip (cr);
          block->draw (cr, block->width, block->height, block->user_data);
          cairo_restore (cr);
          break;

        case BLOCK_TABLE:
          draw_table (self, cr, block->table, placement);
          break;

        case BLOCK_SPACE:
        case BLOCK_PAGE_BREAK:
        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}
