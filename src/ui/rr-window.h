/* rr-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "rr-application.h"
#include "rr-figures-page.h"
#include "rr-summary-page.h"
#include "rr-task-scoring.h"

G_BEGIN_DECLS

#define RR_TYPE_WINDOW (rr_window_get_type ())

G_DECLARE_FINAL_TYPE (RrWindow, rr_window, RR, WINDOW, GtkApplicationWindow)

/* Values of the attribute filter, in the order of its drop-down. */
typedef enum {
  RR_ATTRIBUTE_FILTER_ALL,
  RR_ATTRIBUTE_FILTER_BINDING,
  RR_ATTRIBUTE_FILTER_EXPECTED,
} RrAttributeFilter;

RrWindow     *rr_window_new                  (RrApplication     *application);
guint         rr_window_count_visible_tasks  (RrWindow          *self);
void          rr_window_set_search_text      (RrWindow          *self,
                                              const char        *text);
void          rr_window_set_attribute_filter (RrWindow          *self,
                                              RrAttributeFilter  filter);
gboolean      rr_window_select_task          (RrWindow          *self,
                                              guint              number);
const RrTask *rr_window_get_selected_task    (RrWindow          *self);
const char   *rr_window_get_detail_text      (RrWindow          *self);
guint         rr_window_count_detail_notes   (RrWindow          *self);
RrFiguresPage *rr_window_get_figures_page    (RrWindow          *self);
gboolean      rr_window_open_project         (RrWindow          *self,
                                              const char        *path,
                                              GError           **error);
gboolean      rr_window_is_checking          (RrWindow          *self);
gboolean      rr_window_select_evaluation    (RrWindow          *self,
                                              gint64             evaluation_id,
                                              GError           **error);
RrProject    *rr_window_get_project          (RrWindow          *self);
const RrEvaluationScores *rr_window_get_scores (RrWindow        *self);
RrTaskScoring *rr_window_get_task_scoring    (RrWindow          *self);
RrSummaryPage *rr_window_get_summary_page    (RrWindow          *self);
const char   *rr_window_get_task_level       (RrWindow          *self,
                                              guint              number);
void          rr_window_undo                 (RrWindow          *self);
gint64        rr_window_start_evaluation     (RrWindow          *self,
                                              gint64             community_id,
                                              RrEvaluationKind   kind,
                                              gint64             start,
                                              gint64             end,
                                              GError           **error);
GtkDialog    *rr_window_request_evaluation   (RrWindow          *self,
                                              gint64             community_id);
gboolean      rr_window_set_evaluation_status (RrWindow         *self,
                                               RrEvaluationStatus status,
                                               const char       *reason,
                                               GError          **error);
GtkWindow    *rr_window_preview_roster       (RrWindow          *self,
                                              const char        *path,
                                              GError           **error);
const char   *rr_window_get_notice           (RrWindow          *self);
void          rr_window_export_workbook      (RrWindow          *self,
                                              const char        *path);
void          rr_window_show_error           (RrWindow          *self,
                                              const char        *message);
void          rr_window_show_page            (RrWindow          *self,
                                              const char        *name);

G_END_DECLS
