/* rr-chart-view.c
 *
 * Draws its chart into a cairo render node once per chart and size, and
 * appends that node on every snapshot until the data or the size change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart-view"

#include "config.h"

#include "rr-chart-view.h"

#include <glib/gi18n-lib.h>
#include <math.h>

struct _RrChartView
{
  GtkWidget parent_instance;

  /* owned */
  RrChart *chart;
  GskRenderNode *node;            /* the cached drawing */
  RrChartLayout *layout;          /* where the cached drawing put its regions */
  GtkFileChooserNative *chooser;
  GtkWidget *menu;                /* the right-click menu, a child popover */

  /* state */
  int node_width;
  int node_height;
  guint render_count;
  guint drawn_source;             /* the idle source that emits ::drawn after a snapshot drew */
  double scale;                   /* widget pixels per chart unit of the cached drawing */
};

G_DEFINE_FINAL_TYPE (RrChartView, rr_chart_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_DRAWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
emit_drawn (gpointer user_data)
{
  RrChartView *self = user_data;

  self->drawn_source = 0;
  g_signal_emit (self, signals[SIGNAL_DRAWN], 0);
  return G_SOURCE_REMOVE;
}

/* The size choices of the export dialog: "view" is the widget's size. */
static const struct {
  const char *id;
  const char *label;
  RrChartSize size;
} export_sizes[] = {
  { "view", N_("Current size"), RR_CHART_SIZE_SCREEN },
  { "thumbnail", N_("Thumbnail, 120 × 90 px"), RR_CHART_SIZE_THUMBNAIL },
  { "screen", N_("Screen, 800 × 600 px"), RR_CHART_SIZE_SCREEN },
  { "a4-150", N_("A4 landscape, 150 dpi"), RR_CHART_SIZE_A4_150DPI },
  { "a3-300", N_("A3 landscape, 300 dpi"), RR_CHART_SIZE_A3_300DPI },
};

static void
invalidate (RrChartView *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->layout, rr_chart_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns how much to enlarge a chart drawn in a @width × @height widget.
 * A chart sizes its text from its area, for print as much as for the
 * screen, so a chart in a small pane gets text of 7 or 8 pixels. The view
 * draws it smaller and scales it up until its text unit reaches 11 pixels,
 * but no more than 1.6 times. */
static double
screen_scale (int width,
              int height)
{
  double unit = sqrt ((double) width * height) / 55.0;

  return unit > 0 && unit < 11.0 ? MIN (11.0 / unit, 1.6) : 1.0;
}

static void
rr_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RrChartView *self = RR_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  if (self->node == NULL || width != self->node_width || height != self->node_height)
    {
      cairo_t *cr;

      g_clear_pointer (&self->node, gsk_render_node_unref);
      g_clear_pointer (&self->layout, rr_chart_layout_free);
      self->node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cr = gsk_cairo_node_get_draw_context (self->node);
      self->scale = screen_scale (width, height);
      cairo_scale (cr, self->scale, self->scale);
      self->layout = rr_chart_draw (self->chart, cr, width / self->scale, height / self->scale);
      cairo_destroy (cr);

      self->node_width = width;
      self->node_height = height;
      self->render_count++;
      g_debug ("drew the chart at %d × %d", width, height);

      /* Listeners may change other widgets, which GTK does not allow
       * while it takes a snapshot, so they hear of it afterwards. */
      if (self->drawn_source == 0)
        self->drawn_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, emit_drawn, self, NULL);
    }

  gtk_snapshot_append_node (snapshot, self->node);
}

static void
rr_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 90;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 480;
}

static void
rr_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RrChartView *self = RR_CHART_VIEW (widget);

  if (width != self->node_width || height != self->node_height)
    invalidate (self);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

/* Right-click, or Shift+F10 and the Menu key, offers the export. */
static void
show_menu (RrChartView *self,
           double       x,
           double       y)
{
  if (self->chart == NULL)
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_secondary_click (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    RrChartView     *self)
{
  show_menu (self, x, y);
}

static void
menu_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_menu (RR_CHART_VIEW (widget), gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

static gboolean
rr_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  RrChartView *self = RR_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  const RrChartRegion *region;

  if (self->layout == NULL)
    return FALSE;

  region = rr_chart_layout_find_region (self->layout, x / self->scale, y / self->scale);
  text = rr_chart_view_get_tooltip_text (self, x, y);
  if (region == NULL || text == NULL)
    return FALSE;

  /* The tooltip follows the pointer from one region to the next. */
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
    (int) region->rect.x, (int) region->rect.y,
    MAX ((int) region->rect.width, 1), MAX ((int) region->rect.height, 1),
  });
  return TRUE;
}

static void
show_export_error (RrChartView  *self,
                   const char   *path,
                   const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", _("Could not export the chart"));
  /* Translators: the file and the reason, e.g. "/home/…/chart.pdf：磁盘已满" */
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), _("%s: %s"), path, error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adds the format's extension when the typed name lacks it. */
static char *
path_with_extension (const char    *path,
                     RrChartFormat  format)
{
  RrChartFormat typed;

  if (rr_chart_format_from_path (path, &typed) && typed == format)
    return g_strdup (path);

  return g_strdup_printf ("%s.%s", path, rr_chart_format_get_extension (format));
}

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  RrChartView *self = user_data;
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *path = NULL;
  const char *format_id;
  const char *size_id;
  RrChartFormat format = RR_CHART_FORMAT_PNG;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (chooser);
  typed = file != NULL ? g_file_get_path (file) : NULL;
  if (typed == NULL)
    goto out;

  format_id = gtk_file_chooser_get_choice (chooser, "format");
  size_id = gtk_file_chooser_get_choice (chooser, "size");
  if (g_strcmp0 (format_id, "svg") == 0)
    format = RR_CHART_FORMAT_SVG;
  else if (g_strcmp0 (format_id, "pdf") == 0)
    format = RR_CHART_FORMAT_PDF;

  path = path_with_extension (typed, format);
  if (!rr_chart_view_export (self, format, size_id, path, &error))
    show_export_error (self, path, error);

out:
  g_clear_object (&self->chooser);
}

static void
add_choices (GtkFileChooser *chooser)
{
  const char *format_ids[] = { "png", "svg", "pdf", NULL };
  const char *format_labels[] = { _("PNG image"), _("SVG drawing"), _("PDF document"), NULL };
  const char *size_ids[G_N_ELEMENTS (export_sizes) + 1] = { NULL };
  const char *size_labels[G_N_ELEMENTS (export_sizes) + 1] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    {
      size_ids[i] = export_sizes[i].id;
      size_labels[i] = _(export_sizes[i].label);
    }

  gtk_file_chooser_add_choice (chooser, "format", _("Format"), format_ids, format_labels);
  gtk_file_chooser_set_choice (chooser, "format", "png");
  gtk_file_chooser_add_choice (chooser, "size", _("Size"), size_ids, size_labels);
  gtk_file_chooser_set_choice (chooser, "size", "view");
}

/* Opens a file chooser for the chart.export action, with a format and a
 * size choice. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RrChartView *self = RR_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;

  if (self->chart == NULL || self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_choices (GTK_FILE_CHOOSER (self->chooser));

  name = g_strdup_printf ("%s.png", rr_chart_get_title (self->chart)[0] != '\0'
                                    ? rr_chart_get_title (self->chart) : "chart");
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
rr_chart_view_dispose (GObject *object)
{
  RrChartView *self = RR_CHART_VIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->layout, rr_chart_layout_free);
  g_clear_pointer (&self->chart, rr_chart_unref);
  g_clear_handle_id (&self->drawn_source, g_source_remove);

  G_OBJECT_CLASS (rr_chart_view_parent_class)->dispose (object);
}

static void
rr_chart_view_class_init (RrChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rr_chart_view_dispose;
  widget_class->snapshot = rr_chart_view_snapshot;
  widget_class->measure = rr_chart_view_measure;
  widget_class->size_allocate = rr_chart_view_size_allocate;
  widget_class->query_tooltip = rr_chart_view_query_tooltip;

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);
  gtk_widget_class_set_css_name (widget_class, "chartview");

  /**
   * RrChartView::drawn:
   *
   * The view drew its chart again, so rr_chart_view_get_layout() has
   * changed, for example the pages of a ranking after a resize.
   */
  signals[SIGNAL_DRAWN] =
    g_signal_new ("drawn", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rr_chart_view_init (RrChartView *self)
{
  g_autoptr(GMenu) model = g_menu_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->scale = 1.0;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", FALSE);

  g_menu_append (model, _("_Export Chart…"), "chart.export");
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (model));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_secondary_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
rr_chart_view_new (void)
{
  return g_object_new (RR_TYPE_CHART_VIEW, NULL);
}

/* Shows @chart, or nothing when it is NULL. The view keeps a reference. */
void
rr_chart_view_set_chart (RrChartView *self,
                         RrChart     *chart)
{
  g_return_if_fail (RR_IS_CHART_VIEW (self));

  if (chart == self->chart)
    return;

  g_clear_pointer (&self->chart, rr_chart_unref);
  if (chart != NULL)
    self->chart = rr_chart_ref (chart);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", chart != NULL);
  invalidate (self);
}

RrChart *
rr_chart_view_get_chart (RrChartView *self)
{
  g_return_val_if_fail (RR_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/* Drops the cached drawing after the caller changed the chart's data. */
void
rr_chart_view_data_changed (RrChartView *self)
{
  g_return_if_fail (RR_IS_CHART_VIEW (self));

  invalidate (self);
}

/* Returns the widget pixels per chart unit of the last drawing: the
 * layout's regions times this are widget coordinates. */
double
rr_chart_view_get_scale (RrChartView *self)
{
  g_return_val_if_fail (RR_IS_CHART_VIEW (self), 1.0);

  return self->scale;
}

/* The regions of the last drawing, or NULL before the view has drawn. */
const RrChartLayout *
rr_chart_view_get_layout (RrChartView *self)
{
  g_return_val_if_fail (RR_IS_CHART_VIEW (self), NULL);

  return self->layout;
}

/* Returns how many times the view has drawn its chart, so tests can check
 * the cache. */
guint
rr_chart_view_get_render_count (RrChartView *self)
{
  g_return_val_if_fail (RR_IS_CHART_VIEW (self), 0);

  return self->render_count;
}

/* Returns the tooltip for the point (@x, @y) in widget coordinates: the
 * region's label and, on a second line, its value. Returns NULL where no
 * region is. */
char *
rr_chart_view_get_tooltip_text (RrChartView *self,
                                double       x,
                                double       y)
{
  const RrChartRegion *region;

  g_return_val_if_fail (RR_IS_CHART_VIEW (self), NULL);

  if (self->layout == NULL)
    return NULL;

  region = rr_chart_layout_find_region (self->layout, x / self->scale, y / self->scale);
  if (region == NULL || region->label[0] == '\0')
    return NULL;
  if (region->value == NULL || region->value[0] == '\0')
    return g_strdup (region->label);

  return g_strdup_printf ("%s\n%s", region->label, region->value);
}

/**
 * rr_chart_view_export:
 * @size_id: "view" for the widget's size, or "thumbnail", "screen",
 *   "a4-150" or "a3-300"
 *
 * Writes the view's chart to @path.
 */
gboolean
rr_chart_view_export (RrChartView    *self,
                      RrChartFormat   format,
                      const char     *size_id,
                      const char     *path,
                      GError        **error)
{
  double width = 0.0;
  double height = 0.0;
  double scale = 1.0;

  g_return_val_if_fail (RR_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (self->chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    if (g_strcmp0 (size_id, export_sizes[i].id) == 0)
      rr_chart_size_get (export_sizes[i].size, &width, &height, &scale);

  if (g_strcmp0 (size_id, "view") == 0 && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      width = gtk_widget_get_width (GTK_WIDGET (self));
      height = gtk_widget_get_height (GTK_WIDGET (self));
      scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
    }
  else if (width <= 0.0)
    rr_chart_size_get (RR_CHART_SIZE_SCREEN, &width, &height, &scale);

  return rr_chart_export (self->chart, format, path, width, height, scale, error);
}
