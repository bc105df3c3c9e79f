/* test-chart-view.c: the chart widget under a real X server
 *
 * Writes a screenshot of the widget into $RENREN_SCREENSHOT_DIR.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "chart-samples.h"
#include "ui/rr-chart-view.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

static RrCatalog *catalog;
static GtkWindow *window;
static RrChartView *view;

static gboolean
set_true (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @milliseconds so that layout and drawing happen. */
static void
wait_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, set_true, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
save_screenshot (const char *name)
{
  const char *dir = g_getenv ("RENREN_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (dir == NULL)
    dir = ".";
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* The view draws once and reuses the drawing until the size or the data
 * change. */
static void
test_cache (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_RADAR, SAMPLE_TYPICAL);
  RrRadarData *data = rr_chart_get_data (chart);
  guint count;

  rr_chart_view_set_chart (view, chart);
  wait_for (300);
  count = rr_chart_view_get_render_count (view);
  g_assert_cmpuint (count, ==, 1);
  g_assert_nonnull (rr_chart_view_get_layout (view));

  gtk_widget_queue_draw (GTK_WIDGET (view));
  wait_for (200);
  g_assert_cmpuint (rr_chart_view_get_render_count (view), ==, count);

  g_array_index (((RrChartSeries *) g_ptr_array_index (data->series, 0))->values, RrChartValue, 0) = RR_CHART_VALUE (100);
  rr_chart_view_data_changed (view);
  wait_for (200);
  g_assert_cmpuint (rr_chart_view_get_render_count (view), ==, count + 1);

  gtk_widget_set_size_request (GTK_WIDGET (view), 700, 520);
  wait_for (300);
  g_assert_cmpuint (rr_chart_view_get_render_count (view), ==, count + 2);
  /* A small pane draws the chart smaller and scales it up, for legible text. */
  g_assert_cmpfloat (rr_chart_view_get_scale (view), >=, 1.0);
  g_assert_cmpfloat_with_epsilon (rr_chart_view_get_layout (view)->width * rr_chart_view_get_scale (view),
                                  gtk_widget_get_width (GTK_WIDGET (view)), 0.01);
  save_screenshot ("chart-view-radar.png");
}

/* Every data mark has a tooltip with its label and value. */
static void
test_tooltips (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_TASKS, SAMPLE_TYPICAL);
  const RrChartLayout *layout;
  double scale;
  guint n_marks = 0;

  rr_chart_view_set_chart (view, chart);
  wait_for (300);
  layout = rr_chart_view_get_layout (view);
  g_assert_nonnull (layout);
  scale = rr_chart_view_get_scale (view);

  for (guint i = 0; i < layout->regions->len; i++)
    {
      const RrChartRegion *region = g_ptr_array_index (layout->regions, i);
      g_autofree char *text = NULL;

      if (region->kind != RR_CHART_REGION_MARK || region->value == NULL || region->rect.height < 2)
        continue;

      text = rr_chart_view_get_tooltip_text (view, (region->rect.x + region->rect.width / 2) * scale,
                                             (region->rect.y + region->rect.height / 2) * scale);
      g_assert_nonnull (text);
      g_assert_true (g_str_has_prefix (text, region->label));
      g_assert_nonnull (strstr (text, region->value));
      n_marks++;
    }

  g_assert_cmpuint (n_marks, >=, 24);
  g_assert_null (rr_chart_view_get_tooltip_text (view, -5, -5));
  save_screenshot ("chart-view-tasks.png");
}

/* The export the dialog runs, without the dialog: each format and size. */
static void
test_export (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_GAUGES, SAMPLE_TYPICAL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rr-chart-view-XXXXXX", &error);
  struct {
    RrChartFormat format;
    const char *size_id;
    const char *name;
    int width;
  } cases[] = {
    { RR_CHART_FORMAT_PNG, "view", "view.png", -1 },
    { RR_CHART_FORMAT_PNG, "thumbnail", "thumbnail.png", 120 },
    { RR_CHART_FORMAT_PNG, "a4-150", "a4.png", 1754 },
    { RR_CHART_FORMAT_SVG, "screen", "screen.svg", 0 },
    { RR_CHART_FORMAT_PDF, "a3-300", "a3.pdf", 0 },
  };

  g_assert_no_error (error);
  rr_chart_view_set_chart (view, chart);
  wait_for (200);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);

      g_assert_true (rr_chart_view_export (view, cases[i].format, cases[i].size_id, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

      if (cases[i].format == RR_CHART_FORMAT_PNG)
        {
          cairo_surface_t *image = cairo_image_surface_create_from_png (path);
          int expected = cases[i].width > 0 ? cases[i].width
                                            : gtk_widget_get_width (GTK_WIDGET (view)) * gtk_widget_get_scale_factor (GTK_WIDGET (view));

          g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
          g_assert_cmpint (cairo_image_surface_get_width (image), ==, expected);
          cairo_surface_destroy (image);
        }
      g_remove (path);
    }

  g_rmdir (dir);
}

static guint
count_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (toplevel))
        count++;
    }

  return count;
}

/* The chart.export action opens a file chooser, and without a chart it is
 * disabled. Runs last because the chooser stays open until the view goes. */
static void
test_export_dialog (void)
{
  g_autoptr(RrChart) chart = sample_chart_new (catalog, RR_CHART_TREND, SAMPLE_TYPICAL);
  guint before;

  rr_chart_view_set_chart (view, NULL);
  before = count_toplevels ();
  gtk_widget_activate_action (GTK_WIDGET (view), "chart.export", NULL);
  wait_for (200);
  g_assert_cmpuint (count_toplevels (), ==, before);

  rr_chart_view_set_chart (view, chart);
  wait_for (200);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "chart.export", NULL));
  wait_for (500);
  g_assert_cmpuint (count_toplevels (), ==, before + 1);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("RENREN_EVAL_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);

  catalog = rr_catalog_load_default (&error);
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 640, 480);
  view = RR_CHART_VIEW (rr_chart_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  wait_for (300);

  g_test_add_func ("/chart-view/cache", test_cache);
  g_test_add_func ("/chart-view/tooltips", test_tooltips);
  g_test_add_func ("/chart-view/export", test_export);
  g_test_add_func ("/chart-view/export-dialog", test_export_dialog);

  status = g_test_run ();

  gtk_window_destroy (window);
  rr_catalog_unref (catalog);
  return status;
}
