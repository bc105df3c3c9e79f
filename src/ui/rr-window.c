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
#include "rr-task-row.h"

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

  /* owned */
  RrCatalog *catalog;
  GSettings *settings;
  char *folded_query;
  GtkWidget *detail_badge;
  RrFiguresPage *figures_page;

  /* state */
  RrAttributeFilter filter;
  guint visible_count;
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
      gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);
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
  g_set_object (&self->settings, rr_application_get_settings (application));

  restore_state (self);
  populate (self);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), RR_TYPE_WINDOW);
  g_clear_pointer (&self->catalog, rr_catalog_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rr_window_parent_class)->dispose (object);
}

static void
rr_window_finalize (GObject *object)
{
  RrWindow *self = RR_WINDOW (object);

  g_free (self->folded_query);

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
  gtk_widget_class_bind_template_child (widget_class, RrWindow, clauses_page);
  gtk_widget_class_bind_template_child (widget_class, RrWindow, annexes_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_attribute_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "tasks");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "figures");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "clauses");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "annexes");
}

static void
rr_window_init (RrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->folded_query = g_strdup ("");
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

  if (page == GTK_WIDGET (self->clauses_page) || page == GTK_WIDGET (self->annexes_page))
    gtk_widget_grab_focus (gtk_widget_get_first_child (page));
}
