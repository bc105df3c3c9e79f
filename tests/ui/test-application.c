/* test-application.c: RrApplication's desktop integration under a real X
 * server
 *
 * Covers opening files, the help action and its key, the About dialog and
 * the shortcuts window. Writes screenshots of the last two into the build
 * folder (or $RENREN_SCREENSHOT_DIR).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui/rr-application.h"
#include "ui/rr-help.h"
#include "ui/rr-window.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

static RrApplication *app;

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

/* Renders @window as GTK draws it and saves it as a PNG. */
static void
save_screenshot (GtkWindow  *window,
                 const char *name)
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

/* Returns the first open toplevel window of @type, or %NULL. */
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
test_open_keeps_files (void)
{
  g_autoptr(GFile) first = g_file_new_for_path ("/tmp/first.renren");
  g_autoptr(GFile) second = g_file_new_for_path ("/tmp/second.renren");
  GFile *files[] = { first, second };

  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GPtrArray *pending;

  g_assert_cmpuint (rr_application_get_pending_files (app)->len, ==, 0);

  g_application_open (G_APPLICATION (app), files, G_N_ELEMENTS (files), "");
  wait_for (300);

  pending = rr_application_get_pending_files (app);
  g_assert_cmpuint (pending->len, ==, 2);
  g_assert_true (g_file_equal (g_ptr_array_index (pending, 0), first));
  g_assert_true (g_file_equal (g_ptr_array_index (pending, 1), second));

  /* The files go to the open window rather than a new one. */
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
}

/* A second project opened from outside gets a window of its own, and the
 * same project again brings its window forward. */
static void
test_open_second_project (void)
{
  const char *demo = g_getenv ("RENREN_DEMO_PROJECT");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("renren-open-XXXXXX", &error);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autofree char *first_path = g_build_filename (dir, "第一.renren", NULL);
  g_autofree char *second_path = g_build_filename (dir, "第二.renren", NULL);
  g_autoptr(GFile) first = g_file_new_for_path (first_path);
  g_autoptr(GFile) second = g_file_new_for_path (second_path);
  GtkApplication *application = GTK_APPLICATION (app);
  GList *windows;

  g_assert_no_error (error);
  g_assert_nonnull (demo);
  g_assert_true (g_file_get_contents (demo, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (first_path, contents, (gssize) length, NULL));
  g_assert_true (g_file_set_contents (second_path, contents, (gssize) length, NULL));

  g_application_open (G_APPLICATION (app), &first, 1, "");
  wait_for (300);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (application)), ==, 1);
  g_assert_cmpstr (rr_project_get_path (rr_window_get_project (RR_WINDOW (gtk_application_get_active_window (application)))),
                   ==, first_path);

  g_application_open (G_APPLICATION (app), &second, 1, "");
  wait_for (300);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (application)), ==, 2);

  g_application_open (G_APPLICATION (app), &first, 1, "");
  wait_for (300);
  windows = gtk_application_get_windows (application);
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  for (GList *l = windows; l != NULL; l = l->next)
    {
      RrProject *project = rr_window_get_project (l->data);

      g_assert_nonnull (project);
      g_assert_true (g_str_equal (rr_project_get_path (project), first_path) ||
                     g_str_equal (rr_project_get_path (project), second_path));
    }

  /* Back to one window for the tests that follow. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_str_equal (rr_project_get_path (rr_window_get_project (l->data)), second_path))
      {
        gtk_window_destroy (l->data);
        break;
      }
  wait_for (200);
}

static void
test_help_accelerator (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.help");

  g_assert_true (g_action_map_lookup_action (G_ACTION_MAP (app), "help") != NULL);
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "F1");
}

static void
test_help_finds_page (void)
{
  g_autoptr(GFile) page = rr_help_find_page ();
  g_autofree char *path = NULL;

  g_assert_nonnull (page);
  path = g_file_get_path (page);
  g_assert_true (g_str_has_suffix (path, "/zh_CN/index.html"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_help_missing_page (void)
{
  g_autofree char *helpdir = g_strdup (g_getenv ("RENREN_EVAL_HELPDIR"));
  g_autoptr(GFile) page = NULL;

  g_setenv ("RENREN_EVAL_HELPDIR", "/nonexistent", TRUE);
  page = rr_help_find_page ();
  if (helpdir != NULL)
    g_setenv ("RENREN_EVAL_HELPDIR", helpdir, TRUE);
  else
    g_unsetenv ("RENREN_EVAL_HELPDIR");

  g_assert_null (page);
}

static void
test_about_dialog (void)
{
  GtkAboutDialog *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  wait_for (500);

  about = GTK_ABOUT_DIALOG (find_toplevel (GTK_TYPE_ABOUT_DIALOG));
  g_assert_nonnull (about);
  g_assert_cmpstr (gtk_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (gtk_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_null (gtk_about_dialog_get_website (about));
  g_assert_nonnull (strstr (gtk_about_dialog_get_comments (about), "DB 3204/T"));
  g_assert_cmpstr (gtk_about_dialog_get_logo_icon_name (about), ==, APPLICATION_ID);

  save_screenshot (GTK_WINDOW (about), "about.png");
  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_shortcuts_window (void)
{
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  GtkWindow *shortcuts;

  g_assert_true (gtk_widget_activate_action (window, "win.show-help-overlay", NULL));
  wait_for (500);

  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  save_screenshot (shortcuts, "shortcuts.png");
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("RENREN_EVAL_LOCALEDIR");
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);

  /* The uninstalled icons, so that the About dialog shows the logo. */
  gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                  SOURCE_ROOT "/data/icons");

  app = rr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_application_activate (G_APPLICATION (app));
  wait_for (500);

  g_test_add_func ("/application/open-keeps-files", test_open_keeps_files);
  g_test_add_func ("/application/open-second-project", test_open_second_project);
  g_test_add_func ("/application/help-accelerator", test_help_accelerator);
  g_test_add_func ("/application/help-finds-page", test_help_finds_page);
  g_test_add_func ("/application/help-page-missing", test_help_missing_page);
  g_test_add_func ("/application/about-dialog", test_about_dialog);
  g_test_add_func ("/application/shortcuts-window", test_shortcuts_window);

  status = g_test_run ();

  gtk_window_destroy (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_object_unref (app);
  return status;
}
