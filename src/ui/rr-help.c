/* rr-help.c: the help page, opened with F1
 *
 * The help is one HTML page, installed as
 * $datadir/help/LANGUAGE/renren-eval/index.html, that the desktop's web
 * browser shows. A Mallard page would need Yelp, which GNOME has but UOS,
 * Kylin and other desktops of the district offices often lack, whereas
 * every office desktop has a web browser. A copy of the help inside the
 * program would be a second text to keep in step with the page, so when no
 * program opens the page, a dialog names its file instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-help"

#include "config.h"

#include "rr-help.h"

#include <glib/gi18n-lib.h>

/* The language of the page shown when none matches the user's languages,
 * because the help is written in Chinese only. */
#define FALLBACK_LANGUAGE "zh_CN"

/* Returns the path of the page in @language. An uninstalled build sets
 * RENREN_EVAL_HELPDIR to the help/ folder of the source tree, which has no
 * renren-eval level below the language. */
static char *
build_page_path (const char *language)
{
  const char *source_helpdir = g_getenv ("RENREN_EVAL_HELPDIR");

  if (source_helpdir != NULL)
    return g_build_filename (source_helpdir, language, "index.html", NULL);

  return g_build_filename (HELPDIR, language, GETTEXT_PACKAGE, "index.html", NULL);
}

/* Finds the help page in the first of the user's languages that has one,
 * or in Chinese. Returns %NULL when the page is not installed. */
GFile *
rr_help_find_page (void)
{
  const char * const *languages = g_get_language_names ();
  g_autofree char *fallback = NULL;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *path = build_page_path (languages[i]);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
    }

  fallback = build_page_path (FALLBACK_LANGUAGE);
  if (g_file_test (fallback, G_FILE_TEST_IS_REGULAR))
    return g_file_new_for_path (fallback);

  return NULL;
}

static void
show_error (GtkWindow  *parent,
            const char *message,
            const char *detail)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", message);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_uri_finished (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GFile) page = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *detail = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    return;

  path = g_file_get_path (page);
  g_debug ("Failed to open the help page %s: %s", path, error->message);

  /* Translators: the first %s is the system's error message, the second
   * the file name of the help page. */
  detail = g_strdup_printf (_("No program opened the help page: %s. Open %s in a web browser."),
                            error->message, path);
  show_error (GTK_WINDOW (source), _("Could not open the help"), detail);
}

/* Opens the help page with the desktop's program for HTML files, or shows
 * a dialog saying why it cannot. */
void
rr_help_show (GtkWindow *parent)
{
  g_autoptr(GFile) page = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  page = rr_help_find_page ();
  if (page == NULL)
    {
      g_autofree char *expected = build_page_path (FALLBACK_LANGUAGE);
      g_autofree char *detail = NULL;

      /* Translators: %s is the file name of the help page. */
      detail = g_strdup_printf (_("The file %s is missing. Reinstall Renren Community Evaluator."),
                                expected);
      show_error (parent, _("The help is not installed"), detail);
      return;
    }

  uri = g_file_get_uri (page);
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL,
                     show_uri_finished, g_steal_pointer (&page));
}
