/* rr-district-charts.c: the district's ranking chart as a widget
 *
 * The ranking draws as many communities as fit its height, so a district
 * of hundreds takes several pages. Buttons under the chart, and Page Up
 * and Page Down on it, turn the pages. The chart's own note names the
 * ranks it shows, and the label between the buttons the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-district-page"

#include "config.h"

#include "rr-district-charts.h"

#include "rr-chart-view.h"

#include <glib/gi18n-lib.h>

/* The widgets of a ranking, kept on its box. */
typedef struct {
  RrChartView *view;
  GtkWidget *bar;
  GtkWidget *previous;
  GtkWidget *next;
  GtkLabel *label;
} Pager;

static Pager *
get_pager (GtkWidget *ranking)
{
  return g_object_get_data (G_OBJECT (ranking), "rr-pager");
}

/* Shows the page the chart drew, and which way the pages can turn. */
static void
update_pager (Pager *pager)
{
  const RrChartLayout *layout = rr_chart_view_get_layout (pager->view);
  gboolean paginated = layout != NULL && layout->overflow == RR_CHART_OVERFLOW_PAGINATED && layout->n_pages > 1;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (pager->bar, paginated);
  if (!paginated)
    return;

  /* Translators: under the ranking chart, e.g. "第 2 页 共 10 页" */
  text = g_strdup_printf (_("Page %u of %u"), layout->page + 1, layout->n_pages);
  gtk_label_set_text (pager->label, text);

  /* A button that turns insensitive loses the focus, and Page Up and
   * Page Down need it inside the ranking, so the chart takes it. */
  if ((layout->page == 0 && gtk_widget_has_focus (pager->previous)) ||
      (layout->page + 1 == layout->n_pages && gtk_widget_has_focus (pager->next)))
    gtk_widget_grab_focus (GTK_WIDGET (pager->view));
  gtk_widget_set_sensitive (pager->previous, layout->page > 0);
  gtk_widget_set_sensitive (pager->next, layout->page + 1 < layout->n_pages);
}

static void
turn_page (Pager *pager,
           int    step)
{
  RrChart *chart = rr_chart_view_get_chart (pager->view);
  const RrChartLayout *layout = rr_chart_view_get_layout (pager->view);
  RrRankingData *data;
  gint64 page;

  if (chart == NULL || layout == NULL || layout->n_pages == 0)
    return;

  data = rr_chart_get_data (chart);
  page = CLAMP ((gint64) layout->page + step, 0, (gint64) layout->n_pages - 1);
  if ((guint) page == data->page)
    return;

  data->page = (guint) page;
  rr_chart_view_data_changed (pager->view);
}

static void
on_previous (GtkButton *button,
             Pager     *pager)
{
  turn_page (pager, -1);
}

static void
on_next (GtkButton *button,
         Pager     *pager)
{
  turn_page (pager, 1);
}

static gboolean
on_page_key (GtkWidget *widget,
             GVariant  *arguments,
             gpointer   user_data)
{
  turn_page (get_pager (widget), g_variant_get_int32 (arguments));
  return TRUE;
}

static void
add_page_key (GtkShortcutController *controller,
              guint                  key,
              int                    step)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (key, 0),
                                            gtk_callback_action_new (on_page_key, NULL, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (step));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

GtkWidget *
rr_district_ranking_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkEventController *keys = gtk_shortcut_controller_new ();
  Pager *pager = g_new0 (Pager, 1);

  pager->view = RR_CHART_VIEW (rr_chart_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (pager->view), TRUE);
  g_signal_connect_swapped (pager->view, "drawn", G_CALLBACK (update_pager), pager);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (pager->view));

  pager->bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (pager->bar, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (pager->bar, 3);
  gtk_widget_set_margin_bottom (pager->bar, 6);
  gtk_widget_set_visible (pager->bar, FALSE);

  pager->previous = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (pager->previous, _("Previous page (Page Up)"));
  g_signal_connect (pager->previous, "clicked", G_CALLBACK (on_previous), pager);
  pager->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_width_chars (pager->label, 12);
  pager->next = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_tooltip_text (pager->next, _("Next page (Page Down)"));
  g_signal_connect (pager->next, "clicked", G_CALLBACK (on_next), pager);

  gtk_box_append (GTK_BOX (pager->bar), pager->previous);
  gtk_box_append (GTK_BOX (pager->bar), GTK_WIDGET (pager->label));
  gtk_box_append (GTK_BOX (pager->bar), pager->next);
  gtk_box_append (GTK_BOX (box), pager->bar);

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_LOCAL);
  add_page_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Page_Up, -1);
  add_page_key (GTK_SHORTCUT_CONTROLLER (keys), GDK_KEY_Page_Down, 1);
  gtk_widget_add_controller (box, keys);

  g_object_set_data_full (G_OBJECT (box), "rr-pager", pager, g_free);
  return box;
}

/* Returns the RrChartView inside a ranking made by rr_district_ranking_new(). */
GtkWidget *
rr_district_ranking_get_view (GtkWidget *ranking)
{
  return GTK_WIDGET (get_pager (ranking)->view);
}

/* Turns the ranking to @page, from 0, as the buttons do. A page past the
 * last shows the last. */
void
rr_district_ranking_set_page (GtkWidget *ranking,
                              guint      page)
{
  Pager *pager = get_pager (ranking);
  RrChart *chart = rr_chart_view_get_chart (pager->view);

  if (chart == NULL)
    return;

  ((RrRankingData *) rr_chart_get_data (chart))->page = page;
  rr_chart_view_data_changed (pager->view);
}

/* Returns the text beside the page buttons, e.g. "第 2 页 共 10 页", or
 * NULL when the whole ranking fits. */
const char *
rr_district_ranking_get_page_text (GtkWidget *ranking)
{
  Pager *pager = get_pager (ranking);

  return gtk_widget_get_visible (pager->bar) ? gtk_label_get_text (pager->label) : NULL;
}

/**
 * rr_district_ranking_set:
 * @data: (transfer full): the communities, which the chart sorts itself
 *
 * Shows the ranking from its first page.
 */
void
rr_district_ranking_set (GtkWidget     *ranking,
                         RrRankingData *data)
{
  g_autoptr(RrChart) chart = rr_chart_new_ranking (data);

  rr_chart_view_set_chart (get_pager (ranking)->view, chart);
}
