/* bench-district.c: times the district page and the overview's scoring
 *
 * Usage: bench-district window FILE   open FILE in the window and wait until
 *                                     the district page's model is filled
 *        bench-district score FILE    read and score every latest evaluation
 *        bench-district use FILE      scroll, sort and search the open page
 *
 * The window and score modes print one line, "SECONDS ROWS". The window
 * mode needs a display; it shows the district page, then measures
 * rr_window_open_project(), which fills the page synchronously, plus the
 * first frame drawn. The use mode prints "SCROLL_MEDIAN SCROLL_MAX SORT SEARCH" in
 * seconds: a page down of the table to its next frame (median and slowest
 * of 100), a sort by total and a search for a name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui/rr-application.h"
#include "ui/rr-district-page.h"
#include "ui/rr-window.h"

#include <stdio.h>
#include <stdlib.h>

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

/* Returns the scrolled window of the page's table. */
static GtkScrolledWindow *
find_table (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && GTK_IS_COLUMN_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget))))
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_table (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Returns the seconds from now until the window's next frame is drawn. */
static double
time_to_frame (GtkWidget *window,
               gint64     start)
{
  gboolean drawn = FALSE;
  gulong handler = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_frame), &drawn);

  gtk_widget_queue_draw (window);
  while (!drawn)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), handler);
  return (g_get_monotonic_time () - start) / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static int
bench_use (RrWindow       *window,
           RrDistrictPage *page)
{
  GtkScrolledWindow *table = find_table (GTK_WIDGET (page));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (table);
  double scrolls[100];
  double sort;
  double search;

  for (guint i = 0; i < G_N_ELEMENTS (scrolls); i++)
    {
      gint64 start = g_get_monotonic_time ();

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                            gtk_adjustment_get_page_size (adjustment));
      scrolls[i] = time_to_frame (GTK_WIDGET (window), start);
    }
  qsort (scrolls, G_N_ELEMENTS (scrolls), sizeof scrolls[0], compare_doubles);

  {
    gint64 start = g_get_monotonic_time ();

    rr_district_page_sort_by (page, "total", GTK_SORT_DESCENDING);
    sort = time_to_frame (GTK_WIDGET (window), start);
  }
  {
    gint64 start = g_get_monotonic_time ();

    rr_district_page_set_search_text (page, "东西1");
    search = time_to_frame (GTK_WIDGET (window), start);
  }

  printf ("%.4f %.4f %.3f %.3f\n", scrolls[G_N_ELEMENTS (scrolls) / 2], scrolls[G_N_ELEMENTS (scrolls) - 1],
          sort, search);
  return 0;
}

static int
bench_window (const char *path,
              gboolean    use)
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

  /* An evaluator opening a district's project looks at the district page,
   * so it shows while the project opens. */
  rr_window_show_page (window, "district");
  start = g_get_monotonic_time ();
  if (!rr_window_open_project (window, path, &error))
    {
      g_printerr ("bench-district: %s\n", error->message);
      return 1;
    }
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint", G_CALLBACK (on_frame), &drawn);
  while (!drawn)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();

  if (use)
    bench_use (window, page);
  else
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

  if (argc == 3 && (g_str_equal (argv[1], "window") || g_str_equal (argv[1], "use")))
    {
      gtk_init ();
      return bench_window (argv[2], g_str_equal (argv[1], "use"));
    }

  g_printerr ("usage: bench-district window|score|use FILE\n");
  return 2;
}
