/* bench-district.c: times the district page and the overview's scoring
 *
 * Usage: bench-district window FILE   open FILE in the window and wait until
 *                                     the district page's model is filled
 *        bench-district score FILE    read and score every latest evaluation
 *
 * Prints one line, "SECONDS ROWS". The window mode needs a display; it
 * measures rr_window_open_project(), which fills the page synchronously,
 * plus the first frame drawn with the page visible.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui/rr-application.h"
#include "ui/rr-district-page.h"
#include "ui/rr-window.h"

#include <stdio.h>

static GtkWidget *
find_page (GtkWidget *widget)
{
  if (RR_IS_DISTRICT_PAGE (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
on_frame (GdkFrameClock *clock,
          gboolean      *drawn)
{
  *drawn = TRUE;
}

static int
bench_window (const char *path)
{
  g_autoptr(GError) error = NULL;
  RrApplication *app = rr_application_new ();
  RrWindow *window;
  RrDistrictPage *page;
  gboolean drawn = FALSE;
  gint64 start;
  gint64 end;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = rr_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  page = RR_DISTRICT_PAGE (find_page (GTK_WIDGET (window)));

  start = g_get_monotonic_time ();
  if (!rr_window_open_project (window, path, &error))
    {
      g_printerr ("bench-district: %s\n", error->message);
      return 1;
    }
  rr_window_show_page (window, "district");
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (on_frame), &drawn);
  while (!drawn)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();

  printf ("%.3f %u\n", (end - start) / 1e6, rr_district_page_count_rows (page));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
  return 0;
}

static int
bench_score (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = rr_catalog_load_default (&error);
  g_autoptr(RrScoringTemplate) template = rr_scoring_template_load_default (catalog, &error);
  g_autoptr(RrProject) project = rr_project_open (path, RR_PROJECT_OPEN_READ_ONLY, &error);
  g_autoptr(RrDistrict) district = NULL;
  gint64 start;

  if (project == NULL)
    {
      g_printerr ("bench-district: %s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  district = rr_district_load (project, catalog, template, &error);
  if (district == NULL)
    {
      g_printerr ("bench-district: %s\n", error->message);
      return 1;
    }

  printf ("%.3f %u\n", (g_get_monotonic_time () - start) / 1e6, district->rows->len);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "score"))
    return bench_score (argv[2]);

  if (argc == 3 && g_str_equal (argv[1], "window"))
    {
      gtk_init ();
      return bench_window (argv[2]);
    }

  g_printerr ("usage: bench-district window|score FILE\n");
  return 2;
}
