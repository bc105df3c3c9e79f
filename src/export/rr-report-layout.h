/* rr-report-layout.h: a printed document of text, tables and drawings
 *
 * A layout is a list of blocks. Paginating measures them with a Pango
 * context and breaks them into pages of the given size. A table that does
 * not fit continues on the next page with its header row repeated. Drawing a
 * page paints it on any cairo_t whose user units are points, so the same
 * pages go to a PDF surface and to a printer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Margins of every page, in points: 2 cm at the sides and the bottom, and
 * room for the running header at the top. */
#define RR_REPORT_MARGIN_SIDE 56.7
#define RR_REPORT_MARGIN_TOP 68.0
#define RR_REPORT_MARGIN_BOTTOM 62.0

typedef enum {
  RR_TEXT_BODY,        /* paragraphs */
  RR_TEXT_TABLE,       /* table cells */
  RR_TEXT_SMALL,       /* notes under tables, the running header */
  RR_TEXT_MONO,        /* hashes */
  RR_TEXT_HEADING,     /* section headings */
  RR_TEXT_SUBHEADING,  /* headings inside a section */
  RR_TEXT_TITLE,       /* the cover's title */
  RR_TEXT_SUBTITLE,    /* the cover's community name */
  RR_N_TEXT_STYLES
} RrTextStyle;

typedef enum {
  RR_ROW_NORMAL,
  RR_ROW_BOLD,         /* totals */
  RR_ROW_SPAN,         /* the first cell spans every column, shaded: a group's name */
} RrRowStyle;

typedef struct _RrReportLayout RrReportLayout;
typedef struct _RrReportTable RrReportTable;

/* Paints a drawing block in the @width × @height rectangle at the origin. */
typedef void (*RrReportDrawFunc) (cairo_t  *cr,
                                  double    width,
                                  double    height,
                                  gpointer  user_data);

RrReportLayout *rr_report_layout_new          (void);
void            rr_report_layout_free         (RrReportLayout  *self);

void            rr_report_layout_set_header   (RrReportLayout  *self,
                                               const char      *left,
                                               const char      *right);
void            rr_report_layout_add_text     (RrReportLayout  *self,
                                               RrTextStyle      style,
                                               PangoAlignment   alignment,
                                               const char      *text);
void            rr_report_layout_add_heading  (RrReportLayout  *self,
                                               const char      *text);
void            rr_report_layout_add_space    (RrReportLayout  *self,
                                               double           points);
void            rr_report_layout_add_page_break (RrReportLayout *self);
void            rr_report_layout_add_drawing  (RrReportLayout  *self,
                                               double           width,
                                               double           height,
                                               RrReportDrawFunc draw,
                                               gpointer         user_data,
                                               GDestroyNotify   destroy);
RrReportTable  *rr_report_layout_add_table    (RrReportLayout  *self,
                                               guint            n_columns,
                                               const double    *widths,
                                               const char * const *headers);

void            rr_report_table_set_column    (RrReportTable   *table,
                                               guint            column,
                                               RrTextStyle      style,
                                               PangoAlignment   alignment);
void            rr_report_table_set_min_row_height (RrReportTable *table,
                                                    double         points);
void            rr_report_table_add_row       (RrReportTable   *table,
                                               RrRowStyle       style,
                                               const char * const *cells);

void            rr_report_layout_prepare_context (PangoContext *context);
guint           rr_report_layout_paginate     (RrReportLayout  *self,
                                               PangoContext    *context,
                                               double           page_width,
                                               double           page_height);
guint           rr_report_layout_get_n_pages  (RrReportLayout  *self);
void            rr_report_layout_draw_page    (RrReportLayout  *self,
                                               cairo_t         *cr,
                                               guint            page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrReportLayout, rr_report_layout_free)

G_END_DECLS
