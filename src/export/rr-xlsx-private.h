/* rr-xlsx-private.h: what the workbook writers of the export layer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

typedef struct {
  lxw_format *title;
  lxw_format *info;
  lxw_format *header;
  lxw_format *cell;
  lxw_format *center;
  lxw_format *wrap;
  lxw_format *points;
  lxw_format *total_label;
  lxw_format *total_points;
  lxw_format *input;          /* unlocked, for the blank form */
  lxw_format *input_wrap;
  lxw_format *signature;
} Formats;

typedef struct {
  lxw_workbook *workbook;
  Formats formats;
  GPtrArray *sheet_names;
  lxw_error error;            /* the first error libxlsxwriter reported */
} Writer;

typedef void (*WriteSheets) (Writer *writer, gconstpointer data);

void           rr_xlsx_check          (Writer        *writer,
                                       lxw_error      error);
lxw_format    *rr_xlsx_new_format     (Writer        *writer,
                                       gboolean       bold,
                                       double         size);
lxw_format    *rr_xlsx_bordered       (lxw_format    *format);
void           rr_xlsx_write_text     (Writer        *writer,
                                       lxw_worksheet *sheet,
                                       lxw_row_t      row,
                                       lxw_col_t      column,
                                       const char    *text,
                                       lxw_format    *format);
void           rr_xlsx_write_points   (Writer        *writer,
                                       lxw_worksheet *sheet,
                                       lxw_row_t      row,
                                       lxw_col_t      column,
                                       gint64         hundredths,
                                       lxw_format    *format);
void           rr_xlsx_write_headers  (Writer        *writer,
                                       lxw_worksheet *sheet,
                                       lxw_row_t      row,
                                       const char   **headers,
                                       const double  *widths,
                                       guint          n);
void           rr_xlsx_setup_print    (Writer        *writer,
                                       lxw_worksheet *sheet,
                                       gboolean       landscape,
                                       lxw_row_t      header_row,
                                       lxw_row_t      last_row,
                                       lxw_col_t      last_column);
lxw_worksheet *rr_xlsx_add_sheet      (Writer        *writer,
                                       const char    *requested);
const char    *rr_xlsx_last_sheet_name (Writer       *writer);
gboolean       rr_xlsx_write_workbook (const char    *path,
                                       gboolean       constant_memory,
                                       WriteSheets    write_sheets,
                                       gconstpointer  data,
                                       GError       **error);

G_END_DECLS
