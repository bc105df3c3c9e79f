/* test-report-print.c: the report through GtkPrintOperation and the
 * package written in a thread, under a real X server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "export/rr-package.h"
#include "export/rr-report.h"
#include "ui/rr-report-print.h"
#include "ui/rr-window.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

typedef struct {
  char *folder;
  char *project_path;
  RrProject *project;
  RrCatalog *catalog;
  RrScoringTemplate *template;
  RrEvaluationScores *scores;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *demo = g_getenv ("RENREN_DEMO_PROJECT");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_nonnull (demo);
  fixture->folder = g_dir_make_tmp ("renren-print-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->project_path = g_build_filename (fixture->folder, "demo.renren", NULL);
  g_assert_true (g_file_get_contents (demo, &contents, &length, &error));
  g_assert_true (g_file_set_contents (fixture->project_path, contents, (gssize) length, &error));

  fixture->project = rr_project_open (fixture->project_path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  fixture->catalog = rr_catalog_load_default (&error);
  g_assert_no_error (error);
  fixture->template = rr_scoring_template_load_default (fixture->catalog, &error);
  g_assert_no_error (error);
  fixture->scores = rr_project_score_evaluation (fixture->project, 2, fixture->catalog, fixture->template, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->folder);

  rr_evaluation_scores_free (fixture->scores);
  rr_scoring_template_unref (fixture->template);
  rr_catalog_unref (fixture->catalog);
  rr_project_close (fixture->project);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->project_path);
  g_free (fixture->folder);
}

/* Counts the page objects of a PDF that cairo wrote. */
static guint
count_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Compressed streams contain NUL bytes, so no string search works here. */
  for (gsize i = 0; i + 12 <= length; i++)
    pages += memcmp (contents + i, "/Type /Page ", 12) == 0;

  return pages;
}

static void
test_print_to_pdf (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *printed = g_build_filename (fixture->folder, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (fixture->folder, "exported.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (rr_report_print_to_file (fixture->scores, printed, &error));
  g_assert_no_error (error);
  g_assert_true (rr_report_write_pdf (fixture->scores, NULL, exported, &error));
  g_assert_no_error (error);

  /* The print operation lays out the same pages as the PDF export. */
  g_assert_cmpuint (count_pages (printed), >=, 6);
  g_assert_cmpuint (count_pages (printed), ==, count_pages (exported));
}

static void
on_written (const char *output,
            gpointer    user_data)
{
  char **written = user_data;

  *written = g_strdup (output);
}

static void
test_package_in_thread (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *written = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "package.zip", NULL);
  GtkWidget *parent = gtk_window_new ();
  g_autoptr(RrPackageCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  gtk_window_present (GTK_WINDOW (parent));
  rr_report_export_package (GTK_WINDOW (parent), fixture->project_path, 2, fixture->catalog, fixture->template,
                            path, on_written, &written);

  /* The callback comes once the thread has renamed the zip into place. */
  while (written == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (written, ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  check = rr_package_verify (path, &error);
  g_assert_no_error (error);
  g_assert_true (rr_package_check_is_clean (check));
  gtk_window_destroy (GTK_WINDOW (parent));
}

static void
test_window_actions (void)
{
  gpointer klass = g_type_class_ref (RR_TYPE_WINDOW);
  gboolean print = FALSE;
  gboolean package = FALSE;
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    {
      print |= g_str_equal (name, "win.print-report");
      package |= g_str_equal (name, "win.export-package");
    }

  g_assert_true (print);
  g_assert_true (package);
  g_type_class_unref (klass);
}

/* Generated by glib-compile-resources with --manual-register. */
void rr_ui_register_resource (void);

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  gtk_test_init (&argc, &argv, NULL);
  rr_ui_register_resource ();

  g_test_add ("/report-print/print-to-pdf", Fixture, NULL, fixture_set_up, test_print_to_pdf, fixture_tear_down);
  g_test_add ("/report-print/package-in-thread", Fixture, NULL, fixture_set_up, test_package_in_thread,
              fixture_tear_down);
  g_test_add_func ("/report-print/window-actions", test_window_actions);

  return g_test_run ();
}
