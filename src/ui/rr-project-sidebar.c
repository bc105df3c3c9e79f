/* rr-project-sidebar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project-sidebar"

#include "config.h"

#include "rr-project-sidebar.h"

#include <glib/gi18n-lib.h>

struct _RrProjectSidebar
{
  GtkWidget parent_instance;

  /* children */
  GtkWidget *scrolled;
  GtkWidget *list;

  /* state */
  gboolean selecting;
};

G_DEFINE_FINAL_TYPE (RrProjectSidebar, rr_project_sidebar, GTK_TYPE_WIDGET)

enum {
  SIGNAL_EVALUATION_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
status_name (RrEvaluationStatus status)
{
  switch (status)
    {
    case RR_EVALUATION_STATUS_SUBMITTED:
      return _("submitted");
    case RR_EVALUATION_STATUS_FINALISED:
      return _("finalised");
    case RR_EVALUATION_STATUS_DRAFT:
    default:
      return _("draft");
    }
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *heading = g_object_get_data (G_OBJECT (row), "rr-heading");
  const char *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "rr-heading") : NULL;
  GtkWidget *label;

  if (g_strcmp0 (heading, previous) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "category-header");
  gtk_list_box_row_set_header (row, label);
}

static void
on_row_selected (GtkListBox       *list,
                 GtkListBoxRow    *row,
                 RrProjectSidebar *self)
{
  gint64 *id;

  if (row == NULL || self->selecting)
    return;

  id = g_object_get_data (G_OBJECT (row), "rr-evaluation");
  g_signal_emit (self, signals[SIGNAL_EVALUATION_SELECTED], 0, *id);
}

static const RrStreet *
find_street (GPtrArray *streets,
             gint64     id)
{
  for (guint i = 0; i < streets->len; i++)
    if (((RrStreet *) g_ptr_array_index (streets, i))->id == id)
      return g_ptr_array_index (streets, i);
  return NULL;
}

static GtkWidget *
evaluation_row (const RrEvaluation *evaluation,
                const char         *heading)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label;
  g_autofree char *start = rr_month_format (evaluation->period_start);
  g_autofree char *end = rr_month_format (evaluation->period_end);
  g_autofree char *text = NULL;

  /* Translators: "自我评价 · 2026-01 至 2026-06 · 草稿" */
  text = g_strdup_printf (_("%s · %s to %s · %s"),
                          evaluation->kind == RR_EVALUATION_KIND_SELF ? "自我评价" : "综合评价",
                          start, end, status_name (evaluation->status));
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);

  g_object_set_data_full (G_OBJECT (row), "rr-heading", g_strdup (heading), g_free);
  g_object_set_data_full (G_OBJECT (row), "rr-evaluation", g_memdup2 (&evaluation->id, sizeof evaluation->id), g_free);
  return row;
}

/* Lists every evaluation under "street › community", in the project's order. */
gboolean
rr_project_sidebar_load (RrProjectSidebar  *self,
                         RrProject         *project,
                         GError           **error)
{
  g_autoptr(GPtrArray) streets = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  GtkWidget *child;

  g_return_val_if_fail (RR_IS_PROJECT_SIDEBAR (self), FALSE);

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  if (project == NULL)
    return TRUE;

  streets = rr_project_list_streets (project, error);
  communities = streets != NULL ? rr_project_list_communities (project, error) : NULL;
  evaluations = communities != NULL ? rr_project_list_evaluations (project, error) : NULL;
  if (evaluations == NULL)
    return FALSE;

  for (guint c = 0; c < communities->len; c++)
    {
      const RrCommunity *community = g_ptr_array_index (communities, c);
      const RrStreet *street = find_street (streets, community->street_id);
      g_autofree char *heading = g_strdup_printf ("%s › %s", street != NULL ? street->name : "", community->name);

      for (guint e = 0; e < evaluations->len; e++)
        {
          const RrEvaluation *evaluation = g_ptr_array_index (evaluations, e);

          if (evaluation->community_id == community->id)
            gtk_list_box_append (GTK_LIST_BOX (self->list), evaluation_row (evaluation, heading));
        }
    }

  return TRUE;
}

/* Selects the row of @evaluation_id without emitting the selection signal. */
gboolean
rr_project_sidebar_select (RrProjectSidebar *self,
                           gint64            evaluation_id)
{
  g_return_val_if_fail (RR_IS_PROJECT_SIDEBAR (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (self->list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gint64 *id = g_object_get_data (G_OBJECT (child), "rr-evaluation");

      if (id != NULL && *id == evaluation_id)
        {
          self->selecting = TRUE;
          gtk_list_box_select_row (GTK_LIST_BOX (self->list), GTK_LIST_BOX_ROW (child));
          self->selecting = FALSE;
          return TRUE;
        }
    }

  return FALSE;
}

guint
rr_project_sidebar_count_rows (RrProjectSidebar *self)
{
  guint count = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (self->list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count++;

  return count;
}

static void
rr_project_sidebar_dispose (GObject *object)
{
  RrProjectSidebar *self = RR_PROJECT_SIDEBAR (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  G_OBJECT_CLASS (rr_project_sidebar_parent_class)->dispose (object);
}

static void
rr_project_sidebar_class_init (RrProjectSidebarClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rr_project_sidebar_dispose;

  signals[SIGNAL_EVALUATION_SELECTED] = g_signal_new ("evaluation-selected", G_TYPE_FROM_CLASS (klass),
                                                      G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                      G_TYPE_NONE, 1, G_TYPE_INT64);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
rr_project_sidebar_init (RrProjectSidebar *self)
{
  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list), update_header, NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evaluations"), -1);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (on_row_selected), self);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->list);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self), 220, -1);
}

GtkWidget *
rr_project_sidebar_new (void)
{
  return g_object_new (RR_TYPE_PROJECT_SIDEBAR, NULL);
}
