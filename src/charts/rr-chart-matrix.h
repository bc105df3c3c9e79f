/* rr-chart-matrix.h: communities × tasks, each cell coloured by level
 *
 * The district's task matrix: one row per community, one column per
 * construction task. Sorted, the rows and columns that fail most come
 * first, so the tasks a district struggles with stand out at the top left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A cell's level, in the order of the scoring template's RrLevel. */
typedef enum {
  RR_MATRIX_MEETS,
  RR_MATRIX_BASICALLY_MEETS,
  RR_MATRIX_FAILS,
  RR_MATRIX_NOT_APPLICABLE,
  RR_MATRIX_NOT_RATED,
  RR_MATRIX_N_CELLS
} RrMatrixCell;

typedef struct {
  char *title;
  GPtrArray *row_labels;     /* of char * */
  GPtrArray *column_labels;  /* of char * */
  GArray *column_binding;    /* of gboolean: the column is a 约束性 task */
  GByteArray *cells;         /* RrMatrixCell, row after row */
  GArray *row_order;         /* of guint: the rows in drawing order */
  GArray *column_order;      /* of guint: the columns in drawing order */
} RrMatrixData;

RrMatrixData *rr_matrix_data_new          (const char         *title);
void          rr_matrix_data_add_column   (RrMatrixData       *data,
                                           const char         *label,
                                           gboolean            binding);
guint         rr_matrix_data_add_row      (RrMatrixData       *data,
                                           const char         *label);
void          rr_matrix_data_set          (RrMatrixData       *data,
                                           guint               row,
                                           guint               column,
                                           RrMatrixCell        cell);
RrMatrixCell  rr_matrix_data_get          (const RrMatrixData *data,
                                           guint               row,
                                           guint               column);
void          rr_matrix_data_sort_by_failures (RrMatrixData   *data);
guint         rr_matrix_data_count_fails_in_column (const RrMatrixData *data,
                                                    guint               column);
void          rr_matrix_data_free         (RrMatrixData       *data);

void          rr_matrix_chart_draw        (const RrMatrixData *data,
                                           cairo_t            *cr,
                                           double              width,
                                           double              height);
gboolean      rr_matrix_chart_find_cell   (const RrMatrixData *data,
                                           double              width,
                                           double              height,
                                           double              x,
                                           double              y,
                                           guint              *row,
                                           guint              *column);
const char   *rr_matrix_cell_get_name     (RrMatrixCell        cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrMatrixData, rr_matrix_data_free)

G_END_DECLS
