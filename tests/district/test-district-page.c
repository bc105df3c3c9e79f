/* test-district-page.c: the district page of the window under a real X server
 *
 * Opens a generated project of 200 communities and writes screenshots of
 * the table, the ranking and the task matrix into $RENREN_SCREENSHOT_DIR.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui/rr-application.h"
#include "ui/rr-chart-view.h"
#include "ui/rr-check-strip.h"
#include "ui/rr-district-charts.h"
#include "ui/rr-district-page.h"
#include "ui/rr-new-evaluation.h"
#include "ui/rr-window.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

static RrApplication *app;
static RrWindow *window;
static RrDistrictPage *page;

static gboolean
set_true (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, set_true, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Snapshots the window as GTK draws it. Under a loaded X server the first
 * frames can still be missing, so it waits up to 5 s for a drawn one. */
static GskRenderNode *
snapshot_window (void)
{
  for (guint attempt = 0; attempt < 50; attempt++)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      GskRenderNode *node;

      gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (window)),
                              gtk_widget_get_height (GTK_WIDGET (window)));
      node = gtk_snapshot_free_to_node (snapshot);
      if (node != NULL)
        return node;
      wait_for (100);
    }

  return NULL;
}

static void
save_screenshot (const char *name)
{
  const char *dir = g_getenv ("RENREN_SCREENSHOT_DIR");
  g_autoptr(GskRenderNode) node = snapshot_window ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (dir != NULL ? dir : ".", 0755), ==, 0);
  path = g_build_filename (dir != NULL ? dir : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Finds the page in the window's widget tree, depth first. */
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
test_open_lists_all (void)
{
  const char *generated = g_getenv ("RENREN_DISTRICT_PROJECT");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("renren-district-XXXXXX", &error);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  g_assert_nonnull (generated);
  g_assert_true (g_file_get_contents (generated, &contents, &length, NULL));
  path = g_build_filename (dir, "district.renren", NULL);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));

  g_assert_true (rr_window_open_project (window, path, &error));
  g_assert_no_error (error);

  page = RR_DISTRICT_PAGE (find_page (GTK_WIDGET (window)));
  rr_window_show_page (window, "district");
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, 200);
  g_assert_cmpuint (rr_district_page_get_district (page)->rows->len, ==, 200);
  wait_for (300);
  save_screenshot ("district.png");
}

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

static void
test_sort_by_total (void)
{
  GtkAdjustment *adjustment;


  /* Communities without an evaluation come last in both directions. */
  for (int order = GTK_SORT_ASCENDING; order <= GTK_SORT_DESCENDING; order++)
    {
      gint64 previous = order == GTK_SORT_ASCENDING ? G_MININT64 : G_MAXINT64;
      guint evaluated = 0;
      guint unevaluated = 0;

      g_assert_true (rr_district_page_sort_by (page, "total", order));
      for (guint i = 0; i < rr_district_page_count_rows (page); i++)
        {
          const RrDistrictRow *row = rr_district_page_get_row (page, i);

          if (row->evaluation_id == 0)
            {
              unevaluated++;
              continue;
            }
          g_assert_cmpuint (unevaluated, ==, 0);
          if (order == GTK_SORT_ASCENDING)
            g_assert_cmpint (row->score, >=, previous);
          else
            g_assert_cmpint (row->score, <=, previous);
          previous = row->score;
          evaluated++;
        }
      g_assert_cmpuint (evaluated, ==, 200 - rr_district_page_get_district (page)->without_evaluation);
    }

  /* A new sort shows the top of the table. */
  adjustment = gtk_scrolled_window_get_vadjustment (find_table (GTK_WIDGET (page)));
  wait_for (200);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_page_size (adjustment));
  wait_for (100);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_true (rr_district_page_sort_by (page, "name", GTK_SORT_ASCENDING));
  wait_for (200);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_cmpint (g_strcmp0 (rr_district_page_get_row (page, 0)->name,
                              rr_district_page_get_row (page, 1)->name), <=, 0);
  g_assert_false (rr_district_page_sort_by (page, "no-such-column", GTK_SORT_ASCENDING));
}

static guint
count_unmet (const RrDistrictRow *row)
{
  guint n = rr_district_page_get_district (page)->catalog->requirements->len;
  guint unmet = 0;

  for (guint i = 0; i < n; i++)
    unmet += row->checks[i] == RR_CHECK_NOT_MET;

  return unmet;
}

static void
test_sort_by_requirements (void)
{
  guint previous = G_MAXUINT;
  guint max_unmet = 0;
  const RrDistrict *district = rr_district_page_get_district (page);

  for (guint i = 0; i < district->rows->len; i++)
    max_unmet = MAX (max_unmet, count_unmet (g_ptr_array_index (district->rows, i)));
  g_assert_cmpuint (max_unmet, >, 0);

  g_assert_true (rr_district_page_sort_by (page, "requirements", GTK_SORT_DESCENDING));
  for (guint i = 0; i < rr_district_page_count_rows (page); i++)
    {
      const RrDistrictRow *row = rr_district_page_get_row (page, i);

      if (row->evaluation_id == 0)
        continue;
      g_assert_cmpuint (count_unmet (row), <=, previous);
      previous = count_unmet (row);
    }
  g_assert_cmpuint (count_unmet (rr_district_page_get_row (page, 0)), ==, max_unmet);
  wait_for (200);
  save_screenshot ("district-requirements.png");
  g_assert_true (rr_district_page_sort_by (page, "name", GTK_SORT_ASCENDING));
}

static void
test_unmet_requirement_filter (void)
{
  const RrDistrict *district = rr_district_page_get_district (page);
  const RrCatalog *catalog = district->catalog;

  for (guint r = 0; r < catalog->requirements->len; r++)
    {
      const RrRequirement *requirement = g_ptr_array_index (catalog->requirements, r);
      guint expected = 0;

      for (guint i = 0; i < district->rows->len; i++)
        {
          const RrDistrictRow *row = g_ptr_array_index (district->rows, i);

          expected += row->evaluation_id != 0 && row->checks[r] == RR_CHECK_NOT_MET;
        }

      g_test_message ("%s: %u not met", requirement->id, expected);
      g_assert_true (rr_district_page_set_unmet_requirement (page, requirement->id));
      g_assert_cmpuint (rr_district_page_count_rows (page), ==, expected);
      for (guint i = 0; i < rr_district_page_count_rows (page); i++)
        g_assert_cmpuint (rr_district_page_get_row (page, i)->checks[r], ==, RR_CHECK_NOT_MET);
    }

  g_assert_false (rr_district_page_set_unmet_requirement (page, "no_such_requirement"));
  g_assert_true (rr_district_page_set_unmet_requirement (page, NULL));
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, 200);
}

static void
test_check_strip_describe (void)
{
  const RrCatalog *catalog = rr_district_page_get_district (page)->catalog;
  guint8 statuses[RR_DISTRICT_MAX_REQUIREMENTS] = { 0 };
  g_autofree char *all_met = NULL;
  g_autofree char *mixed = NULL;
  g_autofree char *expected_all_met = g_strdup_printf (_("%u met · %u not met · %u not assessed"), 10, 0, 0);
  g_autofree char *expected_mixed = g_strdup_printf (_("%u met · %u not met · %u not assessed"), 7, 2, 1);

  /* The sentence follows the locale: Chinese under zh_CN, English in C. */
  g_assert_cmpuint (catalog->requirements->len, ==, 10);
  all_met = rr_check_strip_describe (catalog, statuses);
  g_assert_cmpstr (all_met, ==, expected_all_met);

  statuses[0] = RR_CHECK_NOT_MET;
  statuses[1] = RR_CHECK_NOT_MET;
  statuses[9] = RR_CHECK_NOT_ASSESSED;
  mixed = rr_check_strip_describe (catalog, statuses);
  g_assert_cmpstr (mixed, ==, expected_mixed);
}

static void
test_filters (void)
{
  const RrDistrict *district = rr_district_page_get_district (page);
  const RrDistrictRow *row = g_ptr_array_index (district->rows, 0);
  guint same_street = 0;

  for (guint i = 0; i < district->rows->len; i++)
    same_street += g_str_equal (((RrDistrictRow *) g_ptr_array_index (district->rows, i))->street, row->street);

  rr_district_page_set_street (page, row->street);
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, same_street);
  rr_district_page_set_street (page, NULL);

  for (int kind = RR_EVALUATION_KIND_SELF; kind <= RR_EVALUATION_KIND_COMPREHENSIVE; kind++)
    {
      guint expected = 0;

      for (guint i = 0; i < district->rows->len; i++)
        {
          const RrDistrictRow *other = g_ptr_array_index (district->rows, i);

          expected += other->evaluation_id != 0 && other->kind == (RrEvaluationKind) kind;
        }
      rr_district_page_set_kind_filter (page, kind);
      g_assert_cmpuint (expected, >, 0);
      g_assert_cmpuint (rr_district_page_count_rows (page), ==, expected);
    }
  rr_district_page_set_kind_filter (page, -1);
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, 200);

  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_FINALISED);
  g_assert_cmpuint (rr_district_page_count_rows (page), ==,
                    district->status_counts[RR_EVALUATION_STATUS_FINALISED]);
  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_NONE);
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, district->without_evaluation);
  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_ALL);

  rr_district_page_set_search_text (page, row->name);
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, 1);
  rr_district_page_set_search_text (page, "没有这样的社区");
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, 0);
  rr_district_page_set_search_text (page, "");
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, 200);
}

static void
test_charts (void)
{
  rr_district_page_show_view (page, "matrix");
  wait_for (300);
  save_screenshot ("district-matrix.png");

  rr_district_page_show_view (page, "ranking");
  wait_for (300);
  save_screenshot ("district-ranking.png");
  rr_district_page_show_view (page, "table");
}

/* 200 communities take several pages of the ranking, and every page can
 * be reached. */
static void
test_ranking_pages (void)
{
  GtkWidget *ranking = rr_district_page_get_ranking (page);
  const RrChartLayout *layout;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  guint n_pages;

  rr_district_page_show_view (page, "ranking");
  wait_for (300);
  layout = rr_chart_view_get_layout (RR_CHART_VIEW (rr_district_ranking_get_view (ranking)));
  g_assert_nonnull (layout);
  g_assert_cmpint (layout->overflow, ==, RR_CHART_OVERFLOW_PAGINATED);
  n_pages = layout->n_pages;
  g_assert_cmpuint (n_pages, >, 1);
  first_text = g_strdup_printf (_("Page %u of %u"), 1, n_pages);
  g_assert_cmpstr (rr_district_ranking_get_page_text (ranking), ==, first_text);

  /* A page past the end shows the last, which ends at the last rank. */
  rr_district_ranking_set_page (ranking, 1000);
  wait_for (300);
  layout = rr_chart_view_get_layout (RR_CHART_VIEW (rr_district_ranking_get_view (ranking)));
  g_assert_cmpuint (layout->page, ==, n_pages - 1);
  g_assert_cmpuint (layout->first_item + layout->n_items_drawn, ==, 200);
  last_text = g_strdup_printf (_("Page %u of %u"), n_pages, n_pages);
  g_assert_cmpstr (rr_district_ranking_get_page_text (ranking), ==, last_text);
  save_screenshot ("district-ranking-last-page.png");

  rr_district_ranking_set_page (ranking, 0);
  rr_district_page_show_view (page, "table");
}

static void
test_activate_opens_evaluation (void)
{
  const RrDistrictRow *row;

  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_DRAFT);
  row = rr_district_page_get_row (page, 0);
  g_assert_nonnull (row);
  rr_district_page_activate_row (page, 0);
  g_assert_nonnull (rr_window_get_scores (window));
  g_assert_cmpint (rr_window_get_scores (window)->evaluation->id, ==, row->evaluation_id);
  g_assert_cmpstr (rr_window_get_scores (window)->community->name, ==, row->name);
  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_ALL);
}

/* An evaluation submitted on its own page shows as submitted on the
 * district page, without opening the project again. */
static void
test_edit_updates_row (void)
{
  g_autoptr(GError) error = NULL;
  const RrDistrict *district = rr_district_page_get_district (page);
  guint drafts = district->status_counts[RR_EVALUATION_STATUS_DRAFT];
  guint submitted = district->status_counts[RR_EVALUATION_STATUS_SUBMITTED];
  gint64 community_id;
  const RrDistrictRow *row;

  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_DRAFT);
  community_id = rr_district_page_get_row (page, 0)->community_id;
  rr_district_page_activate_row (page, 0);
  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_ALL);
  rr_window_show_page (window, "tasks");

  g_assert_true (rr_window_set_evaluation_status (window, RR_EVALUATION_STATUS_SUBMITTED, NULL, &error));
  g_assert_no_error (error);
  rr_window_show_page (window, "district");

  district = rr_district_page_get_district (page);
  row = g_ptr_array_index (district->rows, rr_district_find_community (district, community_id));
  g_assert_cmpint (row->status, ==, RR_EVALUATION_STATUS_SUBMITTED);
  g_assert_cmpuint (district->status_counts[RR_EVALUATION_STATUS_DRAFT], ==, drafts - 1);
  g_assert_cmpuint (district->status_counts[RR_EVALUATION_STATUS_SUBMITTED], ==, submitted + 1);

  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_SUBMITTED);
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, submitted + 1);
  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_ALL);
}

/* With a filter on, the counts name the rows shown, an empty result shows
 * a message, and the ranking and the matrix show the same rows as the table. */
static void
test_filters_follow (void)
{
  const RrDistrict *district = rr_district_page_get_district (page);
  GListModel *streets = rr_district_page_get_streets (page);
  g_autoptr(GtkStringObject) first = g_list_model_get_item (streets, 1);
  const char *street = gtk_string_object_get_string (first);
  g_autofree char *expected_counts = NULL;
  const RrChartLayout *layout;
  guint rows;

  /* The streets are in collation order after "all". */
  for (guint i = 2; i < g_list_model_get_n_items (streets); i++)
    {
      g_autoptr(GtkStringObject) before = g_list_model_get_item (streets, i - 1);
      g_autoptr(GtkStringObject) after = g_list_model_get_item (streets, i);

      g_assert_cmpint (g_utf8_collate (gtk_string_object_get_string (before),
                                       gtk_string_object_get_string (after)), <, 0);
    }

  rr_district_page_set_street (page, street);
  rows = rr_district_page_count_rows (page);
  g_assert_cmpuint (rows, <, district->rows->len);
  expected_counts = g_strdup_printf (_("%u of %u communities shown · draft %u · submitted %u · finalised %u · "
                             "not evaluated %u"),
                           rows, district->rows->len, district->status_counts[RR_EVALUATION_STATUS_DRAFT],
                           district->status_counts[RR_EVALUATION_STATUS_SUBMITTED],
                           district->status_counts[RR_EVALUATION_STATUS_FINALISED], district->without_evaluation);
  g_assert_cmpstr (rr_district_page_get_counts_text (page), ==, expected_counts);

  rr_district_page_show_view (page, "ranking");
  wait_for (300);
  layout = rr_chart_view_get_layout (RR_CHART_VIEW (rr_district_ranking_get_view (rr_district_page_get_ranking (page))));
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_items, ==, rows);
  save_screenshot ("district-ranking-one-street.png");

  rr_district_page_show_view (page, "matrix");
  wait_for (300);
  save_screenshot ("district-matrix-one-street.png");
  rr_district_page_show_view (page, "table");

  rr_district_page_set_search_text (page, "没有这样的社区");
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, 0);
  wait_for (200);
  save_screenshot ("district-no-match.png");
  rr_district_page_set_search_text (page, "");
  rr_district_page_set_street (page, NULL);
  g_assert_cmpuint (rr_district_page_count_rows (page), ==, district->rows->len);
}

static void
save_dialog_screenshot (GtkWidget  *dialog,
                        const char *name)
{
  const char *dir = g_getenv ("RENREN_SCREENSHOT_DIR");
  GdkPaintable *paintable = gtk_widget_paintable_new (dialog);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width;
  int height;

  wait_for (300);
  width = gtk_widget_get_width (dialog);
  height = gtk_widget_get_height (dialog);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_object_unref (paintable);
  if (dir == NULL || node == NULL)
    return;

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (dialog)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* A community without an evaluation gets one from the district page: bad
 * periods are rejected in the dialog, which keeps what was typed, and a
 * good one opens the new evaluation. */
static void
test_start_evaluation (void)
{
  const RrDistrict *district;
  const RrDistrictRow *row;
  GtkDialog *dialog;
  gint64 community_id;
  guint without;

  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_NONE);
  g_assert_cmpuint (rr_district_page_count_rows (page), >, 0);
  community_id = rr_district_page_get_row (page, 0)->community_id;
  rr_district_page_set_status_filter (page, RR_DISTRICT_STATUS_ALL);
  without = rr_district_page_get_district (page)->without_evaluation;

  dialog = rr_window_request_evaluation (window, community_id);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  save_dialog_screenshot (GTK_WIDGET (dialog), "new-evaluation.png");

  rr_new_evaluation_dialog_set_period (dialog, "2026-13", "2026-12");
  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (rr_new_evaluation_dialog_get_error (dialog), "2026-13"));

  rr_new_evaluation_dialog_set_period (dialog, "2026-12", "2026-01");
  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (rr_new_evaluation_dialog_get_error (dialog), "2026-01"));
  save_dialog_screenshot (GTK_WIDGET (dialog), "new-evaluation-invalid.png");

  rr_new_evaluation_dialog_set_kind (dialog, RR_EVALUATION_KIND_COMPREHENSIVE);
  rr_new_evaluation_dialog_set_period (dialog, " 2026-01 ", "2026-12");
  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_null (dialog);
  g_assert_cmpstr (rr_window_get_scores (window)->community->name, ==,
                   ((RrDistrictRow *) g_ptr_array_index (rr_district_page_get_district (page)->rows,
                                                         rr_district_find_community (rr_district_page_get_district (page),
                                                                                     community_id)))->name);

  rr_window_show_page (window, "district");
  district = rr_district_page_get_district (page);
  row = g_ptr_array_index (district->rows, rr_district_find_community (district, community_id));
  g_assert_cmpint (row->evaluation_id, !=, 0);
  g_assert_cmpint (row->kind, ==, RR_EVALUATION_KIND_COMPREHENSIVE);
  g_assert_cmpint (row->period_start, ==, 2026 * 12);
  g_assert_cmpint (row->period_end, ==, 2026 * 12 + 11);
  g_assert_cmpuint (district->without_evaluation, ==, without - 1);
}

/* An export names the file it wrote, because the file chooser closes
 * without a word. */
static void
test_export_notice (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("renren-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "评分表.xlsx", NULL);

  g_assert_no_error (error);
  g_assert_nonnull (rr_window_get_scores (window));
  rr_window_export_workbook (window, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (rr_window_get_notice (window));
  g_assert_nonnull (strstr (rr_window_get_notice (window), path));
  wait_for (300);
  save_screenshot ("export-notice.png");
  g_unlink (path);
  g_rmdir (dir);
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

  app = rr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  window = rr_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (500);

  g_test_add_func ("/district-page/open-lists-all", test_open_lists_all);
  g_test_add_func ("/district-page/sort-by-total", test_sort_by_total);
  g_test_add_func ("/district-page/sort-by-requirements", test_sort_by_requirements);
  g_test_add_func ("/district-page/unmet-requirement-filter", test_unmet_requirement_filter);
  g_test_add_func ("/district-page/check-strip-describe", test_check_strip_describe);
  g_test_add_func ("/district-page/filters", test_filters);
  g_test_add_func ("/district-page/charts", test_charts);
  g_test_add_func ("/district-page/filters-follow", test_filters_follow);
  g_test_add_func ("/district-page/ranking-pages", test_ranking_pages);
  g_test_add_func ("/district-page/activate-opens-evaluation", test_activate_opens_evaluation);
  g_test_add_func ("/district-page/edit-updates-row", test_edit_updates_row);
  g_test_add_func ("/district-page/start-evaluation", test_start_evaluation);
  g_test_add_func ("/district-page/export-notice", test_export_notice);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
  return status;
}
