/* rr-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-application"

#include "config.h"

#include "rr-application.h"
#include "rr-help.h"
#include "rr-window.h"

#include <glib/gi18n-lib.h>

struct _RrApplication
{
  GtkApplication parent_instance;

  /* owned */
  RrCatalog *catalog;
  GSettings *settings;
  GPtrArray *pending_files;
  gboolean opening_files;     /* activate() comes from open(), which picks the project */
};

G_DEFINE_FINAL_TYPE (RrApplication, rr_application, GTK_TYPE_APPLICATION)

/* From the compiled ui/ resource bundle. */
void rr_ui_register_resource (void);

RrApplication *
rr_application_new (void)
{
  return g_object_new (RR_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/renrenshequ/Evaluator",
                       NULL);
}

/* Returns the catalog the window shows, loading the built-in one on first
 * use. The built-in catalog is validated by the tests, so failing to load it
 * is a broken build. */
RrCatalog *
rr_application_get_catalog (RrApplication *self)
{
  g_return_val_if_fail (RR_IS_APPLICATION (self), NULL);

  if (self->catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->catalog = rr_catalog_load_default (&error);
      if (self->catalog == NULL)
        g_error ("The built-in catalog is invalid: %s", error->message);
    }

  return self->catalog;
}

gboolean
rr_application_set_catalog_file (RrApplication  *self,
                                 const char     *path,
                                 GError        **error)
{
  RrCatalog *catalog;

  g_return_val_if_fail (RR_IS_APPLICATION (self), FALSE);

  catalog = rr_catalog_load_file (path, error);
  if (catalog == NULL)
    return FALSE;

  g_clear_pointer (&self->catalog, rr_catalog_unref);
  self->catalog = catalog;
  return TRUE;
}

/* Returns the application's settings, or %NULL when its schema is not
 * installed, as for an uninstalled build run outside `meson devenv`. Without
 * settings the window does not remember its size. */
GSettings *
rr_application_get_settings (RrApplication *self)
{
  g_return_val_if_fail (RR_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* Returns the files (#GFile) that the command line or the file manager
 * requested to open, oldest request first. */
GPtrArray *
rr_application_get_pending_files (RrApplication *self)
{
  g_return_val_if_fail (RR_IS_APPLICATION (self), NULL);

  return self->pending_files;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  RrApplication *self = user_data;
  RrCatalog *catalog = rr_application_get_catalog (self);
  g_autofree char *comments = NULL;
  const char *authors[] = { _("The Renren Community Evaluator team"), NULL };

  comments = g_strdup_printf (_("Evaluates a community against %s 《%s》 (%s), catalog version %s."),
                              catalog->code, catalog->title, catalog->stage, catalog->version);

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", _("Renren Community Evaluator"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", comments,
                         "authors", authors,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
help_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  RrApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* The F1 accelerator only fires in a window, but the action can also be
   * activated from outside, for example over D-Bus. */
  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      window = gtk_application_get_active_window (GTK_APPLICATION (self));
    }

  rr_help_show (window);
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_activated },
  { .name = "about", .activate = about_activated },
  { .name = "help", .activate = help_activated },
};

static void
load_settings (RrApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; window state will not persist", APPLICATION_ID);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
}

static void
rr_application_startup (GApplication *application)
{
  RrApplication *self = RR_APPLICATION (application);
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *help_accels[] = { "F1", NULL };

  G_APPLICATION_CLASS (rr_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);

  gtk_css_provider_load_from_resource (provider, "/org/renrenshequ/Evaluator/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* Pages of the standard hold many selectable labels; selecting a whole
   * paragraph whenever the focus passes through it hides the text. */
  g_object_set (gtk_settings_get_default (), "gtk-label-select-on-focus", FALSE, NULL);

  load_settings (self);
}

/* Returns the project to open at start: the last one, or on first start a
 * copy of the installed demo project in the user's data folder, or NULL. */
static char *
find_start_project (RrApplication *self)
{
  g_autofree char *demo = g_build_filename (PKGDATADIR, "demo", "demo.renren", NULL);
  g_autofree char *copy = g_build_filename (g_get_user_data_dir (), "renren-eval", "demo.renren", NULL);
  g_autofree char *last = self->settings != NULL ? g_settings_get_string (self->settings, "last-project") : NULL;
  g_autofree char *contents = NULL;
  g_autofree char *folder = NULL;
  gsize length = 0;

  if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&last);
  if (last != NULL && *last != '\0')
    return NULL;

  /* The installed demo is read-only, so evaluators try the app on a copy. */
  if (g_file_test (copy, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&copy);
  if (!g_file_get_contents (demo, &contents, &length, NULL))
    return NULL;

  folder = g_path_get_dirname (copy);
  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents (copy, contents, (gssize) length, NULL))
    return NULL;

  return g_steal_pointer (&copy);
}

static void
rr_application_activate (GApplication *application)
{
  RrApplication *self = RR_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      g_autofree char *start = NULL;

      window = GTK_WINDOW (rr_window_new (self));
      start = self->opening_files ? NULL : find_start_project (self);
      if (start != NULL && !rr_window_open_project (RR_WINDOW (window), start, NULL))
        g_debug ("Could not reopen %s at start", start);
    }

  gtk_window_present (window);
}

/* Returns the window that shows the project in @file, or NULL. */
static RrWindow *
find_window_for (RrApplication *self,
                 GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      RrProject *project = RR_IS_WINDOW (l->data) ? rr_window_get_project (l->data) : NULL;
      g_autoptr(GFile) shown = project != NULL ? g_file_new_for_path (rr_project_get_path (project)) : NULL;

      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

/* Opens one requested file in the window that already shows it, in the
 * active window while that has no project, or else in a new window. A
 * second project then never replaces the one being worked on. */
static void
open_file (RrApplication *self,
           GFile         *file)
{
  RrWindow *window = find_window_for (self, file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  window = RR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (self)));
  if (rr_window_get_project (window) != NULL)
    window = RR_WINDOW (rr_window_new (self));
  gtk_window_present (GTK_WINDOW (window));

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file; copy it to this computer first"), name);
    }
  if (error != NULL || !rr_window_open_project (window, path, &error))
    rr_window_show_error (window, error->message);
}

/* Opens the projects named on the command line or opened from the file
 * manager, each in a window of its own. pending_files keeps the requests. */
static void
rr_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  RrApplication *self = RR_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_file_get_parse_name (files[i]);

      g_debug ("Request to open %s", name);
      g_ptr_array_add (self->pending_files, g_object_ref (files[i]));
    }

  self->opening_files = n_files > 0;
  g_application_activate (application);
  self->opening_files = FALSE;

  for (int i = 0; i < n_files; i++)
    open_file (self, files[i]);
}

/* Handles the options that end the program before a window opens. */
static int
rr_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  RrApplication *self = RR_APPLICATION (application);
  const char *catalog_path = NULL;

  if (g_variant_dict_lookup (options, "catalog", "^&ay", &catalog_path))
    {
      g_autoptr(GError) error = NULL;

      if (!rr_application_set_catalog_file (self, catalog_path, &error))
        {
          g_printerr ("renren-eval: %s\n", error->message);
          return 1;
        }
    }

  return -1;
}

static void
rr_application_dispose (GObject *object)
{
  RrApplication *self = RR_APPLICATION (object);

  g_clear_pointer (&self->catalog, rr_catalog_unref);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);

  G_OBJECT_CLASS (rr_application_parent_class)->dispose (object);
}

static void
rr_application_class_init (RrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  rr_ui_register_resource ();

  object_class->dispose = rr_application_dispose;
  application_class->startup = rr_application_startup;
  application_class->activate = rr_application_activate;
  application_class->open = rr_application_open;
  application_class->handle_local_options = rr_application_handle_local_options;
}

static void
rr_application_init (RrApplication *self)
{
  const GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Read the standard from this catalog file instead of the built-in one"), N_("FILE") },
    { NULL }
  };

  self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[PROJECT-FILE…]"));
}
