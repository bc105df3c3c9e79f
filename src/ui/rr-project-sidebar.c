/* rr-project-sidebar.c
 *
 * The list is a GtkListView over a GtkTreeListModel: one expandable row per
 * community with its evaluations below, built lazily, so a district project
 * with thousands of communities opens as fast as a small one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project-sidebar"

#include "config.h"

#include "rr-project-sidebar.h"

#include <glib/gi18n-lib.h>

/* ------------------------------------------------------------------------ */
/* Nodes                                                                     */
/* ------------------------------------------------------------------------ */

#define RR_TYPE_SIDEBAR_NODE (rr_sidebar_node_get_type ())
G_DECLARE_FINAL_TYPE (RrSidebarNode, rr_sidebar_node, RR, SIDEBAR_NODE, GObject)

/* A community (with its evaluations as children) or an evaluation. */
struct _RrSidebarNode
{
  GObject parent_instance;

  char *label;
  gint64 evaluation_id;       /* 0 for a community */
  GListStore *children;       /* of RrSidebarNode; NULL for an evaluation */
};

G_DEFINE_FINAL_TYPE (RrSidebarNode, rr_sidebar_node, G_TYPE_OBJECT)

static void
rr_sidebar_node_finalize (GObject *object)
{
  RrSidebarNode *self = RR_SIDEBAR_NODE (object);

  g_free (self->label);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (rr_sidebar_node_parent_class)->finalize (object);
}

static void
rr_sidebar_node_class_init (RrSidebarNodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rr_sidebar_node_finalize;
}

static void
rr_sidebar_node_init (RrSidebarNode *self)
{
}

static RrSidebarNode *
node_new (char   *label,
          gint64  evaluation_id)
{
  RrSidebarNode *node = g_object_new (RR_TYPE_SIDEBAR_NODE, NULL);

  node->label = label;
  node->evaluation_id = evaluation_id;
  if (evaluation_id == 0)
    node->children = g_list_store_new (RR_TYPE_SIDEBAR_NODE);
  return node;
}

/* ------------------------------------------------------------------------ */
/* The sidebar                                                               */
/* ------------------------------------------------------------------------ */

struct _RrProjectSidebar
{
  GtkWidget parent_instance;

  /* children */
  GtkWidget *scrolled;
  GtkWidget *view;

  /* owned */
  GListStore *communities;     /* of RrSidebarNode */
  GtkSingleSelection *selection;

  /* state */
  gboolean selecting;
  guint n_evaluations;
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

static char *
evaluation_label (const RrEvaluation *evaluation)
{
  g_autofree char *start = rr_month_format (evaluation->period_start);
  g_autofree char *end = rr_month_format (evaluation->period_end);

  /* Translators: "自我评价 · 2026-01 至 2026-06 · 草稿" */
  return g_strdup_printf (_("%s · %s to %s · %s"),
                          evaluation->kind == RR_EVALUATION_KIND_SELF ? "自我评价" : "综合评价",
                          start, end, status_name (evaluation->status));
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  RrSidebarNode *node = item;

  return node->children != NULL ? g_object_ref (G_LIST_MODEL (node->children)) : NULL;
}

static RrSidebarNode *
node_at (RrProjectSidebar *self,
         guint             position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  return row != NULL ? RR_SIDEBAR_NODE (gtk_tree_list_row_get_item (row)) : NULL;
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      RrProjectSidebar   *self)
{
  g_autoptr(RrSidebarNode) node = NULL;
  guint position = gtk_single_selection_get_selected (selection);

  if (self->selecting || position == GTK_INVALID_LIST_POSITION)
    return;

  node = node_at (self, position);
  if (node != NULL && node->evaluation_id > 0)
    g_signal_emit (self, signals[SIGNAL_EVALUATION_SELECTED], 0, node->evaluation_id);
}

/* Shows a cut-off name in full. A handler instead of a tooltip text set on
 * every bind, which costs an accessibility update per row. */
static gboolean
on_query_tooltip (GtkWidget  *label,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  g_autoptr(RrSidebarNode) node = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (label), node->label);
  /* Communities are headings: they expand but do not open anything. */
  gtk_list_item_set_selectable (item, node->evaluation_id > 0);
  if (node->evaluation_id > 0)
    gtk_widget_remove_css_class (label, "category-header");
  else
    gtk_widget_add_css_class (label, "category-header");
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

/* Lists every community as "street › community" with its evaluations. */
gboolean
rr_project_sidebar_load (RrProjectSidebar  *self,
                         RrProject         *project,
                         GError           **error)
{
  g_autoptr(GPtrArray) streets = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GHashTable) by_community = NULL;
  g_autoptr(GPtrArray) nodes = NULL;

  g_return_val_if_fail (RR_IS_PROJECT_SIDEBAR (self), FALSE);

  self->selecting = TRUE;
  g_list_store_remove_all (self->communities);
  self->selecting = FALSE;
  self->n_evaluations = 0;

  if (project == NULL)
    return TRUE;

  streets = rr_project_list_streets (project, error);
  communities = streets != NULL ? rr_project_list_communities (project, error) : NULL;
  evaluations = communities != NULL ? rr_project_list_evaluations (project, error) : NULL;
  if (evaluations == NULL)
    return FALSE;

  by_community = g_hash_table_new (g_int64_hash, g_int64_equal);
  nodes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < communities->len; c++)
    {
      const RrCommunity *community = g_ptr_array_index (communities, c);
      const RrStreet *street = find_street (streets, community->street_id);
      RrSidebarNode *node = node_new (g_strdup_printf ("%s › %s", street != NULL ? street->name : "",
                                                       community->name), 0);

      g_ptr_array_add (nodes, node);
      g_hash_table_insert (by_community, (gpointer) &community->id, node);
    }

  for (guint e = 0; e < evaluations->len; e++)
    {
      const RrEvaluation *evaluation = g_ptr_array_index (evaluations, e);
      RrSidebarNode *community = g_hash_table_lookup (by_community, &evaluation->community_id);
      g_autoptr(RrSidebarNode) node = NULL;

      if (community == NULL)
        continue;
      node = node_new (evaluation_label (evaluation), evaluation->id);
      g_list_store_append (community->children, node);
      self->n_evaluations++;
    }

  self->selecting = TRUE;
  g_list_store_splice (self->communities, 0, 0, nodes->pdata, nodes->len);
  self->selecting = FALSE;
  return TRUE;
}

/* Selects the row of @evaluation_id without emitting the selection signal. */
gboolean
rr_project_sidebar_select (RrProjectSidebar *self,
                           gint64            evaluation_id)
{
  guint n;

  g_return_val_if_fail (RR_IS_PROJECT_SIDEBAR (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RrSidebarNode) node = node_at (self, i);

      if (node != NULL && node->evaluation_id == evaluation_id)
        {
          self->selecting = TRUE;
          gtk_single_selection_set_selected (self->selection, i);
          self->selecting = FALSE;
          gtk_widget_activate_action (self->view, "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Counts the evaluations listed. */
guint
rr_project_sidebar_count_rows (RrProjectSidebar *self)
{
  g_return_val_if_fail (RR_IS_PROJECT_SIDEBAR (self), 0);

  return self->n_evaluations;
}

static void
rr_project_sidebar_dispose (GObject *object)
{
  RrProjectSidebar *self = RR_PROJECT_SIDEBAR (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->communities);

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
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkTreeListModel *tree;

  self->communities = g_list_store_new (RR_TYPE_SIDEBAR_NODE);
  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->communities)), FALSE, TRUE,
                                  create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  self->view = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_widget_add_css_class (self->view, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Evaluations"), -1);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->view);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self), 220, -1);
}

GtkWidget *
rr_project_sidebar_new (void)
{
  return g_object_new (RR_TYPE_PROJECT_SIDEBAR, NULL);
}
