/* rr-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-window"

#include "config.h"

#include "rr-window.h"

#include "domain/rr-text.h"
#include "rr-document-view.h"
#include "rr-figures-page.h"
#include "rr-new-evaluation.h"
#include "rr-project-sidebar.h"
#include "rr-roster-dialog.h"
#include "rr-district-page.h"
#include "rr-report-print.h"
#include "rr-summary-page.h"
#include "rr-task-row.h"
#include "rr-task-scoring.h"

#include "export/rr-district-export.h"
#include "export/rr-xlsx-export.h"
#include "storage/rr-district.h"

#include <glib/gi18n-lib.h>

struct _RrWindow
{
  GtkApplicationWindow parent_instance;

  /* template children */
  GtkStack *main_stack;
  GtkSearchEntry *search_entry;
  GtkDropDown *attribute_filter;
  GtkLabel *count_label;
  GtkPaned *paned;
  GtkPaned *project_paned;
  GtkStack *list_stack;
  GtkListBox *task_list;
  GtkWidget *detail_box;
  GtkLabel *detail_group;
  GtkBox *detail_heading;
  GtkLabel *detail_title;
  GtkLabel *detail_text;
  GtkWidget *notes_heading;
  GtkBox *notes_box;
  GtkBox *figures_container;
  GtkBox *clauses_page;
  GtkBox *annexes_page;
  GtkBox *summary_container;
  GtkBox *scoring_container;
  GtkBox *sidebar_container;
  GtkWidget *rater_box;
  GtkDropDown *rater_drop;
  GtkPopover *add_rater_popover;
  GtkEntry *rater_name_entry;
  GtkDropDown *rater_role_drop;
  GtkRevealer *undo_revealer;
  GtkLabel *undo_label;
  GtkRevealer *notice_revealer;
  GtkLabel *notice_label;
  GMenu *recent_menu;

  /* owned */
  RrCatalog *catalog;
  GSettings *settings;
  char *folded_query;
  GtkWidget *detail_badge;
  RrFiguresPage *figures_page;
  RrProjectSidebar *sidebar;
  RrDistrictPage *district;
  RrSummaryPage *summary;
  RrTaskScoring *scoring;
  RrProject *project;
  RrScoringTemplate *template;
  RrEvaluationScores *scores;
  GPtrArray *raters;            /* of RrRater */
  GPtrArray *undo;              /* of RrScoreChange */
  GPtrArray *redo;              /* of RrScoreChange */
  GArray *stale_communities;    /* of gint64: rows the district page shows out of date */
  GBytes *removed_data;         /* the last removed evidence, for undo */
  char *removed_name;
  char *removed_caption;
  guint removed_task;
  guint removed_source;
  char *exported_path;          /* the file the notice bar names */
  guint notice_source;
  GCancellable *check_cancellable; /* the damage check of the open project */
  GdkFrameClock *check_clock;      /* weak; waits for the project's first frame */
  gulong check_paint_handler;

  /* state */
  RrAttributeFilter filter;
  guint visible_count;
  gint64 evaluation_id;
  gboolean updating_raters;
  gboolean district_stale;      /* the district page reads the whole project again */
  gboolean sidebar_stale;       /* the hidden sidebar reads the project when it shows */
};

G_DEFINE_FINAL_TYPE (RrWindow, rr_window, GTK_TYPE_APPLICATION_WINDOW)

/* ------------------------------------------------------------------------ */
/* Filtering and grouping                                                    */
/* ------------------------------------------------------------------------ */

static gboolean
task_passes_filter (RrWindow     *self,
                    const RrTask *task)
{
  if (self->filter == RR_ATTRIBUTE_FILTER_BINDING && task->attribute != RR_ATTRIBUTE_BINDING)
    return FALSE;
  if (self->filter == RR_ATTRIBUTE_FILTER_EXPECTED && task->attribute != RR_ATTRIBUTE_EXPECTED)
    return FALSE;

  return rr_task_matches_search (task, self->folded_query);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  RrWindow *self = user_data;

  return task_passes_filter (self, rr_task_row_get_task (RR_TASK_ROW (row)));
}

static GtkWidget *
header_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Puts a 共同体 heading above the first visible task of each group, and a
 * 建设类别 heading above the first visible task of each category. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const RrTask *task = rr_task_row_get_task (RR_TASK_ROW (row));
  const RrTask *previous = before != NULL ? rr_task_row_get_task (RR_TASK_ROW (before)) : NULL;
  gboolean new_group = previous == NULL || previous->group != task->group;
  gboolean new_category = new_group || !g_str_equal (previous->category, task->category);
  GtkWidget *header;

  if (!new_category)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  if (new_group)
    {
      g_autofree char *group_class = g_strdup_printf ("group-%u", task->group->index % 4);
      GtkWidget *group_label = header_label (task->group->name, "group-header");

      gtk_widget_add_css_class (group_label, group_class);
      gtk_box_append (GTK_BOX (header), group_label);
    }
  gtk_box_append (GTK_BOX (header), header_label (task->category, "category-header"));
  gtk_list_box_row_set_header (row, header);
}

static void
update_count (RrWindow *self)
{
  g_autofree char *text = NULL;

  self->visible_count = 0;
  for (guint i = 0; i < self->catalog->tasks->len; i++)
    if (task_passes_filter (self, g_ptr_array_index (self->catalog->tasks, i)))
      self->visible_count++;

  /* Translators: shown beside the search box, e.g. "12 / 24 tasks" */
  text = g_strdup_printf (_("%u / %u tasks"), self->visible_count, self->catalog->tasks->len);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, self->visible_count > 0 ? "list" : "empty");
}

static GtkListBoxRow *
first_visible_row (RrWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->task_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child))
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void
refilter (RrWindow *self)
{
  GtkListBoxRow *selected;

  gtk_list_box_invalidate_filter (self->task_list);
  gtk_list_box_invalidate_headers (self->task_list);
  update_count (self);

  /* Keep a task in the detail pane: the selected one if it is still listed,
   * otherwise the first one that is. */
  selected = gtk_list_box_get_selected_row (self->task_list);
  if (selected == NULL || !task_passes_filter (self, rr_task_row_get_task (RR_TASK_ROW (selected))))
    {
      GtkListBoxRow *first = first_visible_row (self);

      if (first != NULL)
        gtk_list_box_select_row (self->task_list, first);
    }
}

/* ------------------------------------------------------------------------ */
/* Detail pane                                                               */
/* ------------------------------------------------------------------------ */

static const RrRater *current_rater (RrWindow *self);
static void update_recent_menu (RrWindow *self);

static void
show_task (RrWindow     *self,
           const RrTask *task)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autofree char *group_line = NULL;
  g_autofree char *title = NULL;
  GtkWidget *child;

  gtk_widget_set_visible (self->detail_box, task != NULL);
  if (task == NULL)
    return;

  group_line = g_strdup_printf ("%s › %s", task->group->name, task->category);
  gtk_label_set_text (self->detail_group, group_line);

  /* Translators: heading of the detail pane, e.g. "Task 13" */
  title = g_strdup_printf (_("Task %u"), task->number);
  gtk_label_set_text (self->detail_title, title);

  if (self->detail_badge != NULL)
    gtk_box_remove (self->detail_heading, self->detail_badge);
  self->detail_badge = rr_attribute_badge_new (task->attribute);
  gtk_widget_set_valign (self->detail_badge, GTK_ALIGN_CENTER);
  gtk_box_append (self->detail_heading, self->detail_badge);

  gtk_label_set_text (self->detail_text, task->text);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box))) != NULL)
    gtk_box_remove (self->notes_box, child);

  notes = rr_catalog_notes_for_task (self->catalog, task);
  for (guint i = 0; i < notes->len; i++)
    {
      const RrNote *note = g_ptr_array_index (notes, i);
      g_autofree char *markup = g_markup_printf_escaped ("<b>注%u：</b>%s", note->number, note->text);
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "note");
      gtk_box_append (self->notes_box, label);
    }
  gtk_widget_set_visible (self->notes_heading, notes->len > 0);

  rr_task_scoring_show (self->scoring, self->project, self->scores, current_rater (self), task);
}

static void on_page_changed (RrWindow *self);

static void
on_row_selected (RrWindow      *self,
                 GtkListBoxRow *row)
{
  show_task (self, row != NULL ? rr_task_row_get_task (RR_TASK_ROW (row)) : NULL);
}

/* ------------------------------------------------------------------------ */
/* Search and filter                                                         */
/* ------------------------------------------------------------------------ */

static void
set_query (RrWindow   *self,
           const char *text)
{
  g_free (self->folded_query);
  self->folded_query = rr_text_fold_for_search (text != NULL ? text : "");
  refilter (self);
}

static void
on_search_changed (RrWindow *self)
{
  set_query (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search (RrWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  set_query (self, "");
}

/* Return in the search box moves the focus to the selected task, so the
 * arrow keys continue from there. */
static void
on_search_activate (RrWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->task_list);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_attribute_filter_changed (RrWindow *self)
{
  self->filter = (RrAttributeFilter) gtk_drop_down_get_selected (self->attribute_filter);
  refilter (self);
}

/* ------------------------------------------------------------------------ */
/* The open project                                                          */
/* ------------------------------------------------------------------------ */

static const RrRater *
current_rater (RrWindow *self)
{
  guint selected;

  if (self->raters == NULL || self->raters->len == 0)
    return NULL;

  selected = gtk_drop_down_get_selected (self->rater_drop);
  return selected < self->raters->len ? g_ptr_array_index (self->raters, selected) : NULL;
}

void
rr_window_show_error (RrWindow   *self,
                      const char *message)
{
  GtkWidget *dialog;

  /* GtkMessageDialog: GtkAlertDialog needs GTK 4.10. */
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows the current rater's level on every task row. */
static void
update_task_levels (RrWindow *self)
{
  const RrRater *rater = current_rater (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->task_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const RrTaskResult *result;
      const RrRating *rating = NULL;

      if (!RR_IS_TASK_ROW (child))
        continue;

      result = self->scores != NULL
        ? rr_score_result_get_task (self->scores->result, rr_task_row_get_task (RR_TASK_ROW (child))->number)
        : NULL;
      for (guint i = 0; result != NULL && rater != NULL && i < result->ratings->len; i++)
        if (g_str_equal (((RrRating *) g_ptr_array_index (result->ratings, i))->rater, rater->name))
          rating = g_ptr_array_index (result->ratings, i);

      rr_task_row_set_level (RR_TASK_ROW (child),
                             rating != NULL ? rr_level_get_name (self->template, rating->level) : NULL,
                             rating != NULL ? (int) rating->level : -1);
    }
}

/* A finalised evaluation, or a read-only file, takes no edits. */
static gboolean
is_locked (RrWindow *self)
{
  return self->project == NULL || rr_project_is_read_only (self->project) ||
         (self->scores != NULL && self->scores->evaluation->status == RR_EVALUATION_STATUS_FINALISED);
}

static void
refresh_views (RrWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->task_list);
  gboolean has_evaluation = self->scores != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->figures_page), !has_evaluation || !is_locked (self));
  gtk_widget_set_sensitive (self->rater_box, has_evaluation && !is_locked (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.submit",
                                 has_evaluation && !is_locked (self) &&
                                 self->scores->evaluation->status == RR_EVALUATION_STATUS_DRAFT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.finalise", has_evaluation && !is_locked (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reopen",
                                 has_evaluation && !rr_project_is_read_only (self->project) &&
                                 self->scores->evaluation->status == RR_EVALUATION_STATUS_FINALISED);

  update_task_levels (self);
  rr_summary_page_show (self->summary, self->scores);
  if (row != NULL)
    show_task (self, rr_task_row_get_task (RR_TASK_ROW (row)));
}

/* Brings the district page up to date with the project, when it shows. */
static void
refresh_district (RrWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->project == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "district") != 0)
    return;

  if (self->district_stale)
    ok = rr_district_page_load (self->district, self->project, self->catalog, self->template, &error);
  for (guint i = 0; ok && !self->district_stale && i < self->stale_communities->len; i++)
    ok = rr_district_page_update_community (self->district, self->project,
                                            g_array_index (self->stale_communities, gint64, i), &error);

  self->district_stale = FALSE;
  g_array_set_size (self->stale_communities, 0);
  if (!ok)
    rr_window_show_error (self, error->message);
}

/* Notes that @community_id's row on the district page may be out of date,
 * or the whole page with 0. The page catches up when it next shows. */
static void
mark_district_stale (RrWindow *self,
                     gint64    community_id)
{
  gboolean listed = FALSE;

  /* A community edited many times needs one update, not one per edit. */
  for (guint i = 0; i < self->stale_communities->len && !listed; i++)
    listed = g_array_index (self->stale_communities, gint64, i) == community_id;

  if (community_id == 0 || self->stale_communities->len >= 1000)
    self->district_stale = TRUE;
  else if (!listed)
    g_array_append_val (self->stale_communities, community_id);
  if (self->district_stale)
    g_array_set_size (self->stale_communities, 0);

  refresh_district (self);
}

/* Reads the evaluation again from the project and scores it. */
static gboolean
reload_scores (RrWindow  *self,
               GError   **error)
{
  RrEvaluationScores *scores;

  if (self->project == NULL || self->evaluation_id <= 0)
    return TRUE;

  scores = rr_project_score_evaluation (self->project, self->evaluation_id, self->catalog,
                                        self->template, error);
  if (scores == NULL)
    return FALSE;

  g_clear_pointer (&self->scores, rr_evaluation_scores_free);
  self->scores = scores;
  refresh_views (self);
  mark_district_stale (self, scores->community->id);
  return TRUE;
}

static void
reload_raters (RrWindow *self,
               gint64    select_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *raters = rr_project_list_raters (self->project, self->evaluation_id, &error);
  guint selected = 0;

  if (raters == NULL)
    {
      rr_window_show_error (self, error->message);
      return;
    }

  g_clear_pointer (&self->raters, g_ptr_array_unref);
  self->raters = raters;
  for (guint i = 0; i < raters->len; i++)
    {
      const RrRater *rater = g_ptr_array_index (raters, i);
      g_autofree char *label = g_strdup_printf ("%s（%s）", rater->name, rater->role);

      gtk_string_list_append (names, label);
      if (rater->id == select_id)
        selected = i;
    }

  self->updating_raters = TRUE;
  gtk_drop_down_set_model (self->rater_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->rater_drop, raters->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  gtk_widget_set_visible (GTK_WIDGET (self->rater_drop), raters->len > 0);
  self->updating_raters = FALSE;
}

static void
on_rater_changed (RrWindow *self)
{
  if (!self->updating_raters)
    refresh_views (self);
}

static void
on_add_rater (RrWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rater_name_entry))));
  GtkStringObject *role = gtk_drop_down_get_selected_item (self->rater_role_drop);
  gint64 id;

  if (self->project == NULL || self->evaluation_id <= 0)
    return;
  if (*name == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->rater_name_entry), "error");
      return;
    }

  id = rr_project_add_rater (self->project, self->evaluation_id, name,
                             role != NULL ? gtk_string_object_get_string (role) : "", &error);
  if (id <= 0)
    {
      rr_window_show_error (self, error->message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->rater_name_entry), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->rater_name_entry), "");
  gtk_popover_popdown (self->add_rater_popover);
  reload_raters (self, id);
  refresh_views (self);
}

/* Saves the figures that are right, as the evaluator types them. */
static void
on_figures_changed (RrWindow *self)
{
  g_autoptr(RrFigures) figures = NULL;
  g_autoptr(GError) error = NULL;

  if (self->project == NULL || self->evaluation_id <= 0)
    return;

  figures = rr_figures_page_get_figures (self->figures_page);
  for (guint round = 0; round < 8; round++)
    {
      g_autoptr(GPtrArray) problems = rr_figures_validate (figures);

      if (problems->len == 0)
        break;
      for (guint i = 0; i < problems->len; i++)
        {
          const RrFieldError *problem = g_ptr_array_index (problems, i);
          RrField field;

          if (rr_field_from_id (problem->field, &field))
            rr_figures_unset (figures, field);
          else
            rr_figures_unset_meeting_dates (figures);
        }
    }

  if (!rr_project_set_figures (self->project, self->evaluation_id, figures, &error) ||
      !reload_scores (self, &error))
    rr_window_show_error (self, error->message);
}

/**
 * rr_window_select_evaluation:
 *
 * Shows an evaluation of the open project: its figures, the current rater's
 * levels on the checklist, and its scores.
 */
gboolean
rr_window_select_evaluation (RrWindow  *self,
                             gint64     evaluation_id,
                             GError   **error)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->project != NULL, FALSE);

  self->evaluation_id = evaluation_id;
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  if (!reload_scores (self, error))
    {
      self->evaluation_id = 0;
      return FALSE;
    }

  reload_raters (self, 0);
  gtk_widget_set_visible (self->rater_box, TRUE);
  /* The roles list 上级部门, 专家, 居民代表, 综合协调组. A 自我评价 is
   * the coordination group's, and a 综合评价 starts with the bureau's raters. */
  gtk_drop_down_set_selected (self->rater_role_drop,
                              self->scores->evaluation->kind == RR_EVALUATION_KIND_SELF ? 3 : 0);
  if (!self->sidebar_stale)
    rr_project_sidebar_select (self->sidebar, evaluation_id);

  g_signal_handlers_block_by_func (self->figures_page, on_figures_changed, self);
  rr_figures_page_set_figures (self->figures_page, self->scores->figures);
  g_signal_handlers_unblock_by_func (self->figures_page, on_figures_changed, self);

  refresh_views (self);
  return TRUE;
}

static void
on_evaluation_selected (RrWindow *self,
                        gint64    evaluation_id)
{
  g_autoptr(GError) error = NULL;

  if (!rr_window_select_evaluation (self, evaluation_id, &error))
    rr_window_show_error (self, error->message);
}

/* A double click on the district page opens that community's evaluation. */
static void
on_district_activated (RrWindow *self,
                       gint64    evaluation_id)
{
  g_autoptr(GError) error = NULL;

  if (!rr_window_select_evaluation (self, evaluation_id, &error))
    rr_window_show_error (self, error->message);
  else
    gtk_stack_set_visible_child_name (self->main_stack, "tasks");
}

/**
 * rr_window_start_evaluation:
 *
 * Creates an evaluation of @community_id and opens it on the tasks page.
 *
 * Returns: the new evaluation's id, or 0 with @error set
 */
gint64
rr_window_start_evaluation (RrWindow          *self,
                            gint64             community_id,
                            RrEvaluationKind   kind,
                            gint64             start,
                            gint64             end,
                            GError           **error)
{
  gint64 id;

  g_return_val_if_fail (RR_IS_WINDOW (self), 0);
  g_return_val_if_fail (self->project != NULL, 0);

  id = rr_project_add_evaluation (self->project, community_id, kind, start, end, self->catalog, error);
  if (id == 0)
    return 0;

  self->sidebar_stale = TRUE;
  mark_district_stale (self, community_id);
  if (!rr_window_select_evaluation (self, id, error))
    return 0;

  gtk_stack_set_visible_child_name (self->main_stack, "tasks");
  return id;
}

static void
on_new_evaluation_response (GtkDialog *dialog,
                            int        response,
                            RrWindow  *self)
{
  g_autoptr(GError) error = NULL;
  gint64 community_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "rr-community"));
  gint64 start;
  gint64 end;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }

  /* An error keeps the dialog open with what was typed. */
  if (!rr_new_evaluation_dialog_get_period (dialog, &start, &end, &error) ||
      rr_window_start_evaluation (self, community_id, rr_new_evaluation_dialog_get_kind (dialog), start, end,
                                  &error) == 0)
    {
      rr_new_evaluation_dialog_show_error (dialog, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/**
 * rr_window_request_evaluation:
 *
 * Asks for the kind and period of a new evaluation of @community_id, one
 * without an evaluation on the district page, and starts it.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when no
 *   project is open, the district page does not list @community_id, or the
 *   project is read-only (the window then shows why)
 */
GtkDialog *
rr_window_request_evaluation (RrWindow *self,
                              gint64    community_id)
{
  const RrDistrict *district;
  const RrDistrictRow *row;
  g_autofree char *label = NULL;
  GtkDialog *dialog;
  gint64 start;
  gint64 end;
  int index;

  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  if (self->project == NULL)
    return NULL;
  if (rr_project_is_read_only (self->project))
    {
      rr_window_show_error (self, rr_project_get_read_only_reason (self->project));
      return NULL;
    }

  district = rr_district_page_get_district (self->district);
  index = district != NULL ? rr_district_find_community (district, community_id) : -1;
  if (index < 0)
    return NULL;

  row = g_ptr_array_index (district->rows, index);
  label = g_strdup_printf ("%s（%s）", row->name, row->street);
  rr_district_page_get_usual_period (self->district, &start, &end);
  dialog = rr_new_evaluation_dialog_new (GTK_WINDOW (self), label, start, end);
  g_object_set_data (G_OBJECT (dialog), "rr-community", GSIZE_TO_POINTER ((gsize) community_id));
  g_signal_connect (dialog, "response", G_CALLBACK (on_new_evaluation_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_district_requested (RrWindow *self,
                       gint64    community_id)
{
  rr_window_request_evaluation (self, community_id);
}

/**
 * rr_window_open_project:
 *
 * Opens a project file and shows its first evaluation. A file that cannot
 * be opened leaves the window as it was.
 */
/* ------------------------------------------------------------------------ */
/* Damage check                                                              */
/* ------------------------------------------------------------------------ */

/* Shows the file name in the title, and whether the file is read-only. */
static void
update_title (RrWindow *self)
{
  g_autofree char *name = g_path_get_basename (rr_project_get_path (self->project));
  g_autofree char *title = NULL;
  const char *reason = rr_project_get_read_only_reason (self->project);

  title = rr_project_is_read_only (self->project)
    ? g_strdup_printf (_("%s (read-only) — Renren Community Evaluator"), name)
    : g_strdup_printf (_("%s — Renren Community Evaluator"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sidebar_container), reason);
}

static gboolean
sidebar_shows (RrWindow *self)
{
  return self->project != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "district") != 0;
}

/* Turns the drag gestures of @paned on or off. */
static void
set_paned_gestures (GtkPaned *paned,
                    gboolean  active)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (paned));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      GtkPropagationPhase phase = gtk_event_controller_get_propagation_phase (controller);
      gpointer saved = g_object_get_data (G_OBJECT (controller), "rr-phase");

      if (!GTK_IS_GESTURE (controller))
        continue;

      if (!active && phase != GTK_PHASE_NONE)
        {
          g_object_set_data (G_OBJECT (controller), "rr-phase", GINT_TO_POINTER (phase + 1));
          gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
        }
      else if (active && saved != NULL)
        {
          gtk_event_controller_set_propagation_phase (controller, GPOINTER_TO_INT (saved) - 1);
          g_object_set_data (G_OBJECT (controller), "rr-phase", NULL);
        }
    }
}

/* Lists the project's evaluations in the sidebar, the current one selected. */
static gboolean
load_sidebar (RrWindow  *self,
              GError   **error)
{
  if (!rr_project_sidebar_load (self->sidebar, self->project, error))
    return FALSE;

  self->sidebar_stale = FALSE;
  if (self->evaluation_id > 0)
    rr_project_sidebar_select (self->sidebar, self->evaluation_id);
  return TRUE;
}

/* Shows the project's evaluations beside every page but the district
 * overview, whose table lists the same communities and needs the width.
 * A hidden sidebar reads the project only when it shows again, so a large
 * project opens on the district page without building it. */
static void
update_sidebar (RrWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean shows = sidebar_shows (self);

  /* GTK 4.8's paned keeps taking clicks where its handle was before the
   * start child hid, so its drag gesture rests while the sidebar is hidden. */
  set_paned_gestures (self->project_paned, shows);

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_container), shows);
  if (shows && self->sidebar_stale && !load_sidebar (self, &error))
    rr_window_show_error (self, error->message);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      check,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (rr_project_check_run (check, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  RrWindow *self = RR_WINDOW (source);
  g_autoptr(GError) error = NULL;
  gboolean passed = g_task_propagate_boolean (G_TASK (result), &error);

  /* Another cancellable means the check's project is closed by now. */
  if (g_task_get_cancellable (G_TASK (result)) != self->check_cancellable)
    return;

  g_clear_object (&self->check_cancellable);
  if (passed || self->project == NULL)
    return;

  /* A write that came first has marked the file and shown the message. */
  if (g_strcmp0 (rr_project_get_read_only_reason (self->project), error->message) != 0)
    {
      rr_project_mark_damaged (self->project, error->message);
      rr_window_show_error (self, error->message);
    }
  update_title (self);
  refresh_views (self);
}

static void
cancel_check (RrWindow *self)
{
  if (self->check_clock != NULL)
    g_clear_signal_handler (&self->check_paint_handler, self->check_clock);
  self->check_paint_handler = 0;
  g_clear_weak_pointer (&self->check_clock);

  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
}

/* Runs the damage check that rr_project_open() deferred in a worker
 * thread, so a large project shows before the whole file is read. */
static void
start_check (RrWindow *self)
{
  g_autoptr(GTask) task = NULL;
  RrProjectCheck *check;

  cancel_check (self);
  check = rr_project_get_deferred_check (self->project);
  if (check == NULL)
    return;

  self->check_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->check_cancellable, on_check_done, NULL);
  g_task_set_source_tag (task, start_check);
  g_task_set_task_data (task, check, (GDestroyNotify) rr_project_check_unref);
  g_task_run_in_thread (task, check_in_thread);
}

static void
on_first_paint (GdkFrameClock *clock,
                RrWindow      *self)
{
  g_clear_signal_handler (&self->check_paint_handler, clock);
  g_clear_weak_pointer (&self->check_clock);
  start_check (self);
}

/* Starts the check once the project is drawn, so that the check and the
 * first frame do not compete for the processor. An edit made before the
 * check ends waits for its result (rr_project_begin()). The check of a
 * 10,000-community file (150 MB) took about 0.45 s on a 2-core AMD EPYC. */
static void
schedule_check (RrWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  cancel_check (self);
  if (clock == NULL)
    {
      start_check (self);
      return;
    }

  g_set_weak_pointer (&self->check_clock, clock);
  self->check_paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint), self);
}

/**
 * rr_window_is_checking:
 *
 * Whether the damage check of the open project still runs; tests wait
 * for it.
 */
gboolean
rr_window_is_checking (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), FALSE);

  return self->check_cancellable != NULL || self->check_paint_handler != 0;
}

gboolean
rr_window_open_project (RrWindow    *self,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (RR_IS_WINDOW (self), FALSE);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFER_CHECK, error);
  if (project == NULL)
    return FALSE;

  evaluations = rr_project_list_evaluations (project, error);
  if (evaluations == NULL)
    return FALSE;

  g_clear_pointer (&self->scores, rr_evaluation_scores_free);
  g_clear_pointer (&self->raters, g_ptr_array_unref);
  g_clear_pointer (&self->project, rr_project_close);
  self->project = g_steal_pointer (&project);
  self->evaluation_id = 0;

  self->sidebar_stale = TRUE;
  if ((sidebar_shows (self) && !load_sidebar (self, error)) ||
      !rr_district_page_load (self->district, self->project, self->catalog, self->template, error))
    return FALSE;
  self->district_stale = FALSE;
  g_array_set_size (self->stale_communities, 0);
  update_sidebar (self);
  gtk_widget_set_visible (self->rater_box, FALSE);
  update_title (self);
  schedule_check (self);

  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri != NULL)
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-project", path);
  update_recent_menu (self);

  if (evaluations->len > 0)
    return rr_window_select_evaluation (self, ((RrEvaluation *) g_ptr_array_index (evaluations, 0))->id, error);

  refresh_views (self);
  return TRUE;
}

RrProject *
rr_window_get_project (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  return self->project;
}

const RrEvaluationScores *
rr_window_get_scores (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  return self->scores;
}

RrTaskScoring *
rr_window_get_task_scoring (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  return self->scoring;
}

RrSummaryPage *
rr_window_get_summary_page (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  return self->summary;
}

const char *
rr_window_get_task_level (RrWindow *self,
                          guint     number)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->task_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (RR_IS_TASK_ROW (child) && rr_task_row_get_task (RR_TASK_ROW (child))->number == number)
      return rr_task_row_get_level (RR_TASK_ROW (child));

  return NULL;
}

/* ------------------------------------------------------------------------ */
/* Status                                                                    */
/* ------------------------------------------------------------------------ */

static void
after_status_change (RrWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->sidebar_stale = TRUE;
  if ((sidebar_shows (self) && !load_sidebar (self, &error)) || !reload_scores (self, &error))
    rr_window_show_error (self, error->message);
}

static void
status_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  RrEvaluationStatus status = g_str_equal (action_name, "win.finalise") ? RR_EVALUATION_STATUS_FINALISED
                                                                        : RR_EVALUATION_STATUS_SUBMITTED;

  if (self->project == NULL || self->evaluation_id <= 0)
    return;
  if (!rr_project_set_evaluation_status (self->project, self->evaluation_id, status, &error))
    rr_window_show_error (self, error->message);
  after_status_change (self);
}

static void
on_reopen_response (GtkDialog *dialog,
                    int        response,
                    RrWindow  *self)
{
  GtkEntry *entry = g_object_get_data (G_OBJECT (dialog), "rr-entry");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_OK && *reason == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return;
    }

  if (response == GTK_RESPONSE_OK)
    {
      if (!rr_project_reopen_evaluation (self->project, self->evaluation_id, reason, &error))
        rr_window_show_error (self, error->message);
      after_status_change (self);
    }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Shows a dialog for the reason a finalised evaluation is reopened, which
 * goes into the audit log. GTK 4.8 has no GtkAlertDialog, so this is a
 * GtkDialog. */
static void
reopen_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *entry;

  if (self->project == NULL || self->evaluation_id <= 0)
    return;

  dialog = gtk_dialog_new_with_buttons (_("Reopen Evaluation"), GTK_WINDOW (self),
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT | GTK_DIALOG_USE_HEADER_BAR,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL, _("_Reopen"), GTK_RESPONSE_OK, NULL);
  box = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  gtk_box_set_spacing (GTK_BOX (box), 8);
  gtk_widget_set_margin_start (box, 16);
  gtk_widget_set_margin_end (box, 16);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("The evaluation is finalised. Why is it reopened?")));
  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  g_object_set_data (G_OBJECT (dialog), "rr-entry", entry);
  g_signal_connect (dialog, "response", G_CALLBACK (on_reopen_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
rr_window_set_evaluation_status (RrWindow           *self,
                                 RrEvaluationStatus  status,
                                 const char         *reason,
                                 GError            **error)
{
  gboolean ok;

  g_return_val_if_fail (RR_IS_WINDOW (self), FALSE);

  if (status == RR_EVALUATION_STATUS_DRAFT)
    ok = rr_project_reopen_evaluation (self->project, self->evaluation_id, reason, error);
  else
    ok = rr_project_set_evaluation_status (self->project, self->evaluation_id, status, error);
  after_status_change (self);
  return ok;
}

/* ------------------------------------------------------------------------ */
/* Undo                                                                      */
/* ------------------------------------------------------------------------ */

static RrScoreChange *
snapshot_score (RrWindow *self,
                gint64    rater_id,
                guint     task)
{
  g_autoptr(GPtrArray) scores = rr_project_list_scores (self->project, rater_id, NULL);
  RrScoreChange *change = g_new0 (RrScoreChange, 1);

  change->rater_id = rater_id;
  change->task = task;
  change->level = RR_LEVEL_NONE;
  change->points = RR_POINTS_NONE;
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    {
      const RrScore *score = g_ptr_array_index (scores, i);

      if (score->task == task)
        {
          change->had_score = TRUE;
          change->level = score->level;
          change->points = score->points;
          change->note = g_strdup (score->note);
        }
    }

  return change;
}

static gboolean
apply_change (RrWindow            *self,
              const RrScoreChange *change,
              GError             **error)
{
  RrScore score = { 0 };

  if (!change->had_score)
    return rr_project_clear_score (self->project, change->rater_id, change->task, error);

  score.rater_id = change->rater_id;
  score.task = change->task;
  score.level = change->level;
  score.points = change->points;
  score.note = change->note != NULL && *change->note != '\0' ? change->note : NULL;
  return rr_project_set_score (self->project, &score, error);
}

/* Moves the newest change of @from back, keeping its opposite in @to. */
static void
step_history (RrWindow  *self,
              GPtrArray *from,
              GPtrArray *to)
{
  g_autoptr(GError) error = NULL;
  RrScoreChange *change;

  if (self->project == NULL || from->len == 0)
    return;

  change = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, snapshot_score (self, change->rater_id, change->task));
  if (!apply_change (self, change, &error) || !reload_scores (self, &error))
    rr_window_show_error (self, error->message);
  rr_score_change_free (change);
}

static void
on_score_changed (RrWindow            *self,
                  const RrScoreChange *before)
{
  g_autoptr(GError) error = NULL;
  RrScoreChange *copy = g_memdup2 (before, sizeof *before);

  copy->note = g_strdup (before->note);
  g_ptr_array_add (self->undo, copy);
  g_ptr_array_set_size (self->redo, 0);
  if (!reload_scores (self, &error))
    rr_window_show_error (self, error->message);
}

static void
on_evidence_changed (RrWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload_scores (self, &error))
    rr_window_show_error (self, error->message);
}

static gboolean
hide_undo_bar (gpointer user_data)
{
  RrWindow *self = user_data;

  self->removed_source = 0;
  gtk_revealer_set_reveal_child (self->undo_revealer, FALSE);
  g_clear_pointer (&self->removed_data, g_bytes_unref);
  return G_SOURCE_REMOVE;
}

static void
on_evidence_removed (RrWindow   *self,
                     guint       task,
                     const char *name,
                     const char *caption,
                     GBytes     *data)
{
  g_autofree char *text = g_strdup_printf (_("Removed %s from task %u."), name, task);

  g_clear_pointer (&self->removed_data, g_bytes_unref);
  self->removed_data = g_bytes_ref (data);
  g_free (self->removed_name);
  self->removed_name = g_strdup (name);
  g_free (self->removed_caption);
  self->removed_caption = g_strdup (caption);
  self->removed_task = task;

  gtk_label_set_text (self->undo_label, text);
  gtk_revealer_set_reveal_child (self->undo_revealer, TRUE);
  g_clear_handle_id (&self->removed_source, g_source_remove);
  self->removed_source = g_timeout_add_seconds (15, hide_undo_bar, self);
  on_evidence_changed (self);
}

static void
undo_removal_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->project == NULL || self->removed_data == NULL)
    return;

  if (rr_project_add_evidence (self->project, self->evaluation_id, self->removed_task, self->removed_caption,
                               self->removed_name, self->removed_data, &error) <= 0)
    rr_window_show_error (self, error->message);

  g_clear_handle_id (&self->removed_source, g_source_remove);
  hide_undo_bar (self);
  on_evidence_changed (self);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);

  step_history (self, self->undo, self->redo);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);

  step_history (self, self->redo, self->undo);
}

void
rr_window_undo (RrWindow *self)
{
  step_history (self, self->undo, self->redo);
}

/* ------------------------------------------------------------------------ */
/* Files                                                                     */
/* ------------------------------------------------------------------------ */

typedef void (*FileChosen) (RrWindow *self, const char *path);

static void
on_file_response (GtkNativeDialog *dialog,
                  int              response,
                  RrWindow        *self)
{
  FileChosen chosen = g_object_get_data (G_OBJECT (dialog), "rr-chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        chosen (self, path);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* Adds a named filter for files ending in .@suffix, in any letter case
 * (a file saved on Windows may end in ".CSV"), and for an open dialog a
 * filter for all files. */
static void
add_filters (GtkFileChooser *chooser,
             const char     *suffix)
{
  static const struct {
    const char *suffix;
    const char *name;
  } names[] = {
    { "renren", N_("Renren Community Evaluator projects (.renren)") },
    { "xlsx", N_("Excel workbooks (.xlsx)") },
    { "csv", N_("CSV files (.csv)") },
    { "zip", N_("Zip archives (.zip)") },
  };
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].suffix, suffix))
      gtk_file_filter_set_name (filter, _(names[i].name));
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);

  if (gtk_file_chooser_get_action (chooser) == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (chooser, all);
    }
  gtk_file_chooser_set_filter (chooser, filter);
}

static void
choose_file (RrWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             const char           *suffix,
             const char           *suggested_name,
             FileChosen            chosen)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _("_Cancel"));

  add_filters (GTK_FILE_CHOOSER (dialog), suffix);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  g_object_set_data (G_OBJECT (dialog), "rr-chosen", chosen);
  g_signal_connect (dialog, "response", G_CALLBACK (on_file_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_chosen (RrWindow   *self,
             const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!rr_window_open_project (self, path, &error))
    rr_window_show_error (self, error->message);
}

static void
new_chosen (RrWindow   *self,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *with_extension = g_str_has_suffix (path, ".renren") ? g_strdup (path)
                                                                      : g_strconcat (path, ".renren", NULL);
  RrProject *project = rr_project_create (with_extension, &error);

  if (project == NULL)
    {
      rr_window_show_error (self, error->message);
      return;
    }

  rr_project_close (project);
  open_chosen (self, with_extension);
}

static void
copy_chosen (RrWindow   *self,
             const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!rr_project_save_copy (self->project, path, &error))
    rr_window_show_error (self, error->message);
}

static gboolean
hide_notice (gpointer user_data)
{
  RrWindow *self = user_data;

  self->notice_source = 0;
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

/* Shows where an export went, with a button that opens the file, for 15 s,
 * because the file chooser closes without a word. */
static void
show_export_notice (RrWindow   *self,
                    const char *path)
{
  g_autofree char *text = g_strdup_printf (_("Saved to %s"), path);

  g_free (self->exported_path);
  self->exported_path = g_strdup (path);
  gtk_label_set_text (self->notice_label, text);
  gtk_revealer_set_reveal_child (self->notice_revealer, TRUE);
  g_clear_handle_id (&self->notice_source, g_source_remove);
  self->notice_source = g_timeout_add_seconds (15, hide_notice, self);
}

/* Returns the text of the notice bar, or NULL while it is hidden, for tests. */
const char *
rr_window_get_notice (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  return gtk_revealer_get_reveal_child (self->notice_revealer) ? gtk_label_get_text (self->notice_label) : NULL;
}

static void
open_exported_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);
  g_autofree char *uri = self->exported_path != NULL ? g_filename_to_uri (self->exported_path, NULL, NULL) : NULL;

  /* gtk_show_uri() is deprecated from GTK 4.10, which brings GtkFileLauncher. */
  if (uri != NULL)
    gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
  hide_notice (self);
}

static void
workbook_chosen (RrWindow   *self,
                 const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!rr_xlsx_export_scores (self->scores, path, &error))
    rr_window_show_error (self, error->message);
  else
    show_export_notice (self, path);
}

/* Exports the current evaluation's workbook to @path as the menu does once
 * a file is chosen, for tests. */
void
rr_window_export_workbook (RrWindow   *self,
                           const char *path)
{
  g_return_if_fail (RR_IS_WINDOW (self));

  workbook_chosen (self, path);
}

static void
blank_chosen (RrWindow   *self,
              const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!rr_xlsx_export_blank_form (self->template, TRUE, path, &error))
    rr_window_show_error (self, error->message);
  else
    show_export_notice (self, path);
}

static void
district_chosen (RrWindow   *self,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  RrDistrict *district = rr_district_load (self->project, self->catalog, self->template, &error);
  gboolean ok = district != NULL && rr_xlsx_export_district (district, path, &error);

  g_clear_pointer (&district, rr_district_free);
  if (!ok)
    rr_window_show_error (self, error->message);
  else
    show_export_notice (self, path);
}

/* Names an evaluation by its community and kind, e.g. "东西1社区 · 自我评价
 * 2026-01 至 2026-12", for a message. */
static char *
describe_evaluation (RrWindow *self,
                     gint64    evaluation_id)
{
  g_autoptr(RrEvaluation) evaluation = rr_project_get_evaluation (self->project, evaluation_id, NULL);
  const RrDistrict *district = rr_district_page_get_district (self->district);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  int index;

  if (evaluation == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT, evaluation_id);

  index = district != NULL ? rr_district_find_community (district, evaluation->community_id) : -1;
  start = rr_month_format (evaluation->period_start);
  end = rr_month_format (evaluation->period_end);
  /* Translators: a community, the kind of evaluation and its period */
  return g_strdup_printf (_("%s · %s %s to %s"),
                          index >= 0 ? ((RrDistrictRow *) g_ptr_array_index (district->rows, index))->name : "",
                          rr_evaluation_kind_get_name (evaluation->kind), start, end);
}

/* Names a recent project by its file and folder, because several projects
 * often share a name such as district.renren. The home folder shows as ~. */
static char *
name_with_folder (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();

  if (home != NULL && g_str_has_prefix (folder, home) && home[1] != '\0')
    {
      g_autofree char *inside = g_strdup (folder + strlen (home));

      g_free (folder);
      folder = g_strconcat ("~", inside, NULL);
    }

  return g_strdup_printf ("%s — %s", name, folder);
}

/* Merges each chosen copy into the open project and reports what came in
 * and every conflict left for a person to decide. */
static void
on_copies_chosen (GtkNativeDialog *dialog,
                  int              response,
                  RrWindow        *self)
{
  g_autoptr(RrMergeReport) report = rr_merge_report_new ();
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *message;

  if (response != GTK_RESPONSE_ACCEPT || self->project == NULL)
    goto out;

  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
  for (guint i = 0; i < g_list_model_get_n_items (files) && error == NULL; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        rr_project_merge (self->project, path, report, &error);
    }

  g_string_append_printf (summary, _("Added %u raters, %u scores and %u evidence files."),
                          report->raters_added, report->scores_added, report->evidence_added);
  for (guint i = 0; i < report->conflicts->len; i++)
    {
      const RrMergeConflict *conflict = g_ptr_array_index (report->conflicts, i);
      g_autofree char *name = g_path_get_basename (conflict->source);
      g_autofree char *where = describe_evaluation (self, conflict->evaluation_id);

      g_string_append_c (summary, '\n');
      /* Translators: the community and evaluation, the rater, the task, both levels and the copy */
      g_string_append_printf (summary, _("Conflict in %s: %s, task %u: %s here, %s in %s; this project’s level "
                                         "was kept."),
                              where, conflict->rater, conflict->task, conflict->target_level, conflict->source_level,
                              name);
    }
  if (report->conflicts->len > 0)
    {
      g_string_append_c (summary, '\n');
      g_string_append (summary, _("To use a copy’s level instead, open that evaluation and choose the level for "
                                  "that rater on the tasks page."));
    }
  if (error != NULL)
    g_string_append_printf (summary, "\n%s", error->message);

  message = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                    error != NULL ? GTK_MESSAGE_ERROR : GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE,
                                    "%s", _("Copies merged"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s", summary->str);
  g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (message));
  /* A copy can contain scores of any evaluation in the project. */
  mark_district_stale (self, 0);
  after_status_change (self);

out:
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
merge_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);
  GtkFileChooserNative *dialog;

  if (self->project == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Merge Raters’ Copies"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Merge"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog), "renren");
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_copies_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  open_chosen (RR_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Fills the Recent Projects menu with the project files in the desktop's
 * recently-used list, newest first. */
static void
update_recent_menu (RrWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint added = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL && added < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
      g_autofree char *name = NULL;
      g_autofree char *action = NULL;

      if (path == NULL || !g_str_has_suffix (path, ".renren") || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;

      name = name_with_folder (path);
      action = g_action_print_detailed_name ("win.open-recent", g_variant_new_string (path));
      g_menu_append (self->recent_menu, name, action);
      added++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
on_roster_imported (RrWindow *self)
{
  g_autoptr(GError) error = NULL;

  after_status_change (self);
  mark_district_stale (self, 0);

  /* The roster may have stored figures of the open evaluation, which the
   * figures page shows only when an evaluation is selected. */
  if (self->evaluation_id > 0 && !rr_window_select_evaluation (self, self->evaluation_id, &error))
    rr_window_show_error (self, error->message);
}

/**
 * rr_window_preview_roster:
 *
 * Reads a roster CSV, checks it against the open project and shows the
 * preview dialog; nothing is written until the user imports.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL with @error set
 */
GtkWindow *
rr_window_preview_roster (RrWindow    *self,
                          const char  *path,
                          GError     **error)
{
  g_autofree char *contents = NULL;
  RrRosterDialog *dialog;
  RrRoster *roster;
  gsize length = 0;

  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  if (self->project == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Open or create a project before importing a roster"));
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  roster = rr_roster_parse (contents, length, error);
  if (roster == NULL)
    return NULL;
  if (!rr_project_plan_roster (self->project, roster, error))
    {
      rr_roster_free (roster);
      return NULL;
    }

  dialog = rr_roster_dialog_new (GTK_WINDOW (self), self->project, roster);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_roster_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
roster_chosen (RrWindow   *self,
               const char *path)
{
  g_autoptr(GError) error = NULL;

  if (rr_window_preview_roster (self, path, &error) == NULL)
    rr_window_show_error (self, error->message);
}

static void
file_action_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);

  if (g_str_equal (action_name, "win.open-project"))
    choose_file (self, _("Open Project"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), "renren", NULL, open_chosen);
  else if (g_str_equal (action_name, "win.new-project"))
    choose_file (self, _("New Project"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), "renren",
                 _("project.renren"), new_chosen);
  else if (g_str_equal (action_name, "win.save-copy") && self->project != NULL)
    choose_file (self, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), "renren",
                 _("copy.renren"), copy_chosen);
  else if (g_str_equal (action_name, "win.export-workbook") && self->scores != NULL)
    {
      g_autofree char *name = g_strdup_printf (_("%s scoring sheet.xlsx"), self->scores->community->name);
      choose_file (self, _("Export Scoring Workbook"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), "xlsx",
                   name, workbook_chosen);
    }
  else if (g_str_equal (action_name, "win.import-roster") && self->project != NULL)
    choose_file (self, _("Import Community Roster"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), "csv", NULL,
                 roster_chosen);
  else if (g_str_equal (action_name, "win.export-district") && self->project != NULL)
    choose_file (self, _("Export District Workbook"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), "xlsx",
                 _("district summary.xlsx"), district_chosen);
  else if (g_str_equal (action_name, "win.export-blank"))
    choose_file (self, _("Export Blank Form"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), "xlsx",
                 _("blank scoring form.xlsx"), blank_chosen);
}

/* ------------------------------------------------------------------------ */
/* The printed report and the self-assessment package                       */
/* ------------------------------------------------------------------------ */

static void
on_package_written (const char *output,
                    gpointer    user_data)
{
  show_export_notice (RR_WINDOW (user_data), output);
}

static void
package_chosen (RrWindow   *self,
                const char *path)
{
  rr_report_export_package (GTK_WINDOW (self), rr_project_get_path (self->project), self->evaluation_id,
                            self->catalog, self->template, path, on_package_written, self);
}

static void
report_action_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->scores == NULL)
    return;

  if (g_str_equal (action_name, "win.print-report"))
    {
      rr_report_print (GTK_WINDOW (self), self->scores);
      return;
    }

  /* Translators: the suggested name of the package; without ".zip" the
   * package is written as a folder */
  name = g_strdup_printf (_("%s self-assessment package.zip"), self->scores->community->name);
  choose_file (self, _("Export Self-assessment Package"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), "zip",
               name, package_chosen);
}

/* ------------------------------------------------------------------------ */
/* Actions                                                                   */
/* ------------------------------------------------------------------------ */

static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RrWindow *self = RR_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "tasks");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  rr_window_show_page (RR_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* ------------------------------------------------------------------------ */
/* Window state                                                              */
/* ------------------------------------------------------------------------ */

static void
restore_state (RrWindow *self)
{
  if (self->settings == NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), 1280, 760);
      return;
    }

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "pane-position", self->paned, "position", G_SETTINGS_BIND_DEFAULT);
}

static gboolean
rr_window_close_request (GtkWindow *window)
{
  RrWindow *self = RR_WINDOW (window);

  if (self->settings != NULL)
    {
      gboolean maximized = gtk_window_is_maximized (window);
      int width = 0;
      int height = 0;

      /* A maximised window keeps the size it had before, for unmaximising. */
      if (!maximized)
        {
          gtk_window_get_default_size (window, &width, &height);
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized", maximized);
    }

  return GTK_WINDOW_CLASS (rr_window_parent_class)->close_request (window);
}

/* ------------------------------------------------------------------------ */
/* Construction                                                              */
/* ------------------------------------------------------------------------ */

static void
populate (RrWindow *self)
{
  for (guint i = 0; i < self->catalog->tasks->len; i++)
    gtk_list_box_append (self->task_list, rr_task_row_new (g_ptr_array_index (self->catalog->tasks, i)));

  gtk_list_box_set_filter_func (self->task_list, filter_row, self, NULL);
  gtk_list_box_set_header_func (self->task_list, update_header, self, NULL);

  self->figures_page = RR_FIGURES_PAGE (rr_figures_page_new (self->catalog));
  gtk_widget_set_vexpand (GTK_WIDGET (self->figures_page), TRUE);
  gtk_box_append (self->figures_container, GTK_WIDGET (self->figures_page));
  g_signal_connect_swapped (self->figures_page, "changed", G_CALLBACK (on_figures_changed), self);

  self->summary = RR_SUMMARY_PAGE (rr_summary_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->summary), TRUE);
  gtk_box_append (self->summary_container, GTK_WIDGET (self->summary));

  self->sidebar = RR_PROJECT_SIDEBAR (rr_project_sidebar_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->sidebar), TRUE);
  gtk_box_append (self->sidebar_container, GTK_WIDGET (self->sidebar));
  g_signal_connect_swapped (self->sidebar, "evaluation-selected", G_CALLBACK (on_evaluation_selected), self);

  self->scoring = RR_TASK_SCORING (rr_task_scoring_new ());
  gtk_box_append (self->scoring_container, GTK_WIDGET (self->scoring));
  g_signal_connect_swapped (self->scoring, "score-changed", G_CALLBACK (on_score_changed), self);
  g_signal_connect_swapped (self->scoring, "evidence-changed", G_CALLBACK (on_evidence_changed), self);
  g_signal_connect_swapped (self->scoring, "evidence-removed", G_CALLBACK (on_evidence_removed), self);
  self->district = RR_DISTRICT_PAGE (rr_district_page_new ());
  gtk_stack_add_titled (self->main_stack, GTK_WIDGET (self->district), "district", _("District"));
  g_signal_connect_swapped (self->district, "evaluation-activated", G_CALLBACK (on_district_activated), self);
  g_signal_connect_swapped (self->district, "evaluation-requested", G_CALLBACK (on_district_requested), self);

  gtk_box_append (self->clauses_page, rr_document_view_new_clauses (self->catalog));
  gtk_box_append (self->annexes_page, rr_document_view_new_annexes (self->catalog));

  refilter (self);
}

RrWindow *
rr_window_new (RrApplication *application)
{
  RrWindow *self;

  g_return_val_if_fail (RR_IS_APPLICATION (application), NULL);

  self = g_object_new (RR_TYPE_WINDOW, "application", application, NULL);
  self->catalog = rr_catalog_ref (rr_application_get_catalog (application));
  {
    g_autoptr(GError) error = NULL;

    /* The fallback template: each evaluation is scored by the one it recorded
     * (rr_project_get_template), and this one scores blank forms. */
    self->template = rr_scoring_template_load_default (self->catalog, &error);
    if (self->template == NULL)
      g_error ("The built-in scoring template is invalid: %s", error->message);
  }
  g_set_object (&self->settings, rr_application_get_settings (application));

  restore_state (self);
  populate (self);
  update_recent_menu (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  return self;
}

static void
rr_window_dispose (GObject *object)
{
  RrWindow *self = RR_WINDOW (object);

  /* Destroying the list deselects its rows; the detail pane is gone by then. */
  if (self->task_list != NULL)
    g_signal_handlers_disconnect_by_data (self->task_list, self);

  if (self->figures_page != NULL)
    g_signal_handlers_disconnect_by_data (self->figures_page, self);
  if (self->scoring != NULL)
    g_signal_handlers_disconnect_by_data (self->scoring, self);
  if (self->sidebar != NULL)
    g_signal_handlers_disconnect_by_data (self->sidebar, self);
  if (self->district != NULL)
    g_signal_handlers_disconnect_by_data (self->district, self);
  g_clear_handle_id (&self->removed_source, g_source_remove);
  g_clear_handle_id (&self->notice_source, g_source_remove);
  cancel_check (self);


  gtk_widget_dispose_template (GTK_WIDGET (self), RR_TYPE_WINDOW);
  g_clear_pointer (&self->scores, rr_evaluation_scores_free);
  g_clear_pointer (&self->raters, g_ptr_array_unref);
  g_clear_pointer (&self->project, rr_project_close);
  g_clear_pointer (&self->template, rr_scoring_template_unref);
  g_clear_pointer (&self->removed_data, g_bytes_unref);
  g_clear_pointer (&self->catalog, rr_catalog_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rr_window_parent_class)->dispose (object);
}

static void
rr_window_finalize (GObject *object)
{
  RrWindow *self = RR_WINDOW (object);

  g_free (self->folded_query);
  g_free (self->exported_path);
  g_free (self->removed_name);
  g_free (self->removed_caption);
  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);
  g_array_unref (self->stale_communities);

  G_OBJECT_CLASS (rr_window_parent_class)->finalize (object);
}

static void
rr_window_class_init (RrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rr_window_dispose;
  object_class->finalize = rr_window_finalize;
  window_class->close_request = rr_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/renrenshequ/Evaluator/ui/rr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, attribute_filter);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, project_paned);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, task_list);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, detail_box);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, detail_group);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, detail_heading);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, detail_title);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, detail_text);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, notes_heading);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, notes_box);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, figures_container);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, summary_container);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, scoring_container);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, sidebar_container);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, rater_box);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, rater_drop);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, add_rater_popover);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, rater_name_entry);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, rater_role_drop);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, undo_revealer);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, undo_label);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_rater_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_rater);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, clauses_page);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, annexes_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_attribute_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.submit", NULL, status_activated);
  gtk_widget_class_install_action (widget_class, "win.finalise", NULL, status_activated);
  gtk_widget_class_install_action (widget_class, "win.reopen", NULL, reopen_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.undo-removal", NULL, undo_removal_activated);
  gtk_widget_class_install_action (widget_class, "win.open-exported", NULL, open_exported_activated);
  gtk_widget_class_install_action (widget_class, "win.open-project", NULL, file_action_activated);
  gtk_widget_class_install_action (widget_class, "win.new-project", NULL, file_action_activated);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, file_action_activated);
  gtk_widget_class_install_action (widget_class, "win.export-workbook", NULL, file_action_activated);
  gtk_widget_class_install_action (widget_class, "win.export-blank", NULL, file_action_activated);
  gtk_widget_class_install_action (widget_class, "win.export-district", NULL, file_action_activated);
  gtk_widget_class_install_action (widget_class, "win.import-roster", NULL, file_action_activated);
  gtk_widget_class_install_action (widget_class, "win.merge-copies", NULL, merge_activated);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-project", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-workbook", NULL);
  gtk_widget_class_install_action (widget_class, "win.print-report", NULL, report_action_activated);
  gtk_widget_class_install_action (widget_class, "win.export-package", NULL, report_action_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-report", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "tasks");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "figures");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "summary");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "clauses");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-page", "s", "annexes");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_6, GDK_ALT_MASK, "win.show-page", "s", "district");
}

static void
rr_window_init (RrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->folded_query = g_strdup ("");
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_score_change_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_score_change_free);
  self->stale_communities = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* ------------------------------------------------------------------------ */
/* Public calls, used by the interface tests                                 */
/* ------------------------------------------------------------------------ */

guint
rr_window_count_visible_tasks (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), 0);

  return self->visible_count;
}

void
rr_window_set_search_text (RrWindow   *self,
                           const char *text)
{
  g_return_if_fail (RR_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* The entry reports changes after a delay; apply this one now. */
  set_query (self, text);
}

void
rr_window_set_attribute_filter (RrWindow          *self,
                                RrAttributeFilter  filter)
{
  g_return_if_fail (RR_IS_WINDOW (self));

  gtk_drop_down_set_selected (self->attribute_filter, filter);
}

/* Scrolls the task list so that @row is in view. */
static void
scroll_to_row (RrWindow      *self,
               GtkListBoxRow *row)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->task_list), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t top;
  double page;

  if (scrolled == NULL ||
      !gtk_widget_compute_point (GTK_WIDGET (row), GTK_WIDGET (self->task_list),
                                 &GRAPHENE_POINT_INIT (0, 0), &top))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  if (top.y < gtk_adjustment_get_value (adjustment) ||
      top.y + gtk_widget_get_height (GTK_WIDGET (row)) > gtk_adjustment_get_value (adjustment) + page)
    gtk_adjustment_set_value (adjustment, top.y - page / 3);
}

gboolean
rr_window_select_task (RrWindow *self,
                       guint     number)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->task_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (RR_IS_TASK_ROW (child) &&
          rr_task_row_get_task (RR_TASK_ROW (child))->number == number &&
          gtk_widget_get_child_visible (child))
        {
          gtk_list_box_select_row (self->task_list, GTK_LIST_BOX_ROW (child));
          scroll_to_row (self, GTK_LIST_BOX_ROW (child));
          return TRUE;
        }
    }

  return FALSE;
}

const RrTask *
rr_window_get_selected_task (RrWindow *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  row = gtk_list_box_get_selected_row (self->task_list);
  return row != NULL ? rr_task_row_get_task (RR_TASK_ROW (row)) : NULL;
}

const char *
rr_window_get_detail_text (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  return gtk_label_get_text (self->detail_text);
}

guint
rr_window_count_detail_notes (RrWindow *self)
{
  guint count = 0;

  g_return_val_if_fail (RR_IS_WINDOW (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count++;

  return count;
}

RrFiguresPage *
rr_window_get_figures_page (RrWindow *self)
{
  g_return_val_if_fail (RR_IS_WINDOW (self), NULL);

  return self->figures_page;
}

void
rr_window_show_page (RrWindow   *self,
                     const char *name)
{
  g_return_if_fail (RR_IS_WINDOW (self));

  if (gtk_stack_get_child_by_name (self->main_stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, name);
}

static void
on_page_changed (RrWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->main_stack);

  update_sidebar (self);
  refresh_district (self);

  /* Typing anywhere searches the tasks, but only while their page shows.
   * Elsewhere the keys would fill a hidden search entry. */
  gtk_search_entry_set_key_capture_widget (self->search_entry,
                                           page == gtk_stack_get_child_by_name (self->main_stack, "tasks")
                                           ? GTK_WIDGET (self) : NULL);

  if (page == GTK_WIDGET (self->clauses_page) || page == GTK_WIDGET (self->annexes_page))
    gtk_widget_grab_focus (gtk_widget_get_first_child (page));
}
