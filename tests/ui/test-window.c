/* test-window.c: the checklist window under a real X server
 *
 * Writes screenshots of each page into the build folder (or
 * $RENREN_SCREENSHOT_DIR).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui/rr-application.h"
#include "ui/rr-roster-dialog.h"
#include "ui/rr-window.h"
#include "storage/rr-project.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

static RrApplication *app;
static RrWindow *window;

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

static void save_widget_screenshot (GtkWidget *widget, const char *name);

/* Renders the window as GTK draws it and saves it as a PNG. */
static void
save_screenshot (const char *name)
{
  save_widget_screenshot (GTK_WIDGET (window), name);
}

static void
save_widget_screenshot (GtkWidget  *widget,
                        const char *name)
{
  const char *dir = g_getenv ("RENREN_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));

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

static void
test_lists_all_tasks (void)
{
  g_assert_cmpuint (rr_window_count_visible_tasks (window), ==, 24);
  g_assert_nonnull (rr_window_get_selected_task (window));
  g_assert_cmpuint (rr_window_get_selected_task (window)->number, ==, 1);
  save_screenshot ("checklist.png");
}

static void
test_attribute_filter (void)
{
  rr_window_set_attribute_filter (window, RR_ATTRIBUTE_FILTER_BINDING);
  g_assert_cmpuint (rr_window_count_visible_tasks (window), ==, 12);
  g_assert_cmpint (rr_window_get_selected_task (window)->attribute, ==, RR_ATTRIBUTE_BINDING);
  g_assert_false (rr_window_select_task (window, 2));

  rr_window_set_attribute_filter (window, RR_ATTRIBUTE_FILTER_EXPECTED);
  g_assert_cmpuint (rr_window_count_visible_tasks (window), ==, 12);
  g_assert_cmpint (rr_window_get_selected_task (window)->attribute, ==, RR_ATTRIBUTE_EXPECTED);
  wait_for (100);
  save_screenshot ("checklist-expected.png");

  rr_window_set_attribute_filter (window, RR_ATTRIBUTE_FILTER_ALL);
  g_assert_cmpuint (rr_window_count_visible_tasks (window), ==, 24);
}

static void
test_search (void)
{
  struct {
    const char *query;
    RrAttributeFilter filter;
    guint count;
  } cases[] = {
    { "议事会", RR_ATTRIBUTE_FILTER_ALL, 1 },
    { "全龄友好社区", RR_ATTRIBUTE_FILTER_ALL, 2 },
    { "全龄友好社区", RR_ATTRIBUTE_FILTER_EXPECTED, 0 },
    { "生活共同体", RR_ATTRIBUTE_FILTER_ALL, 6 },
    { "生活共同体", RR_ATTRIBUTE_FILTER_BINDING, 3 },
    { "１３", RR_ATTRIBUTE_FILTER_ALL, 1 },
    { "没有这样的任务", RR_ATTRIBUTE_FILTER_ALL, 0 },
    { "", RR_ATTRIBUTE_FILTER_ALL, 24 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      rr_window_set_attribute_filter (window, cases[i].filter);
      rr_window_set_search_text (window, cases[i].query);
      g_test_message ("query “%s”, filter %d", cases[i].query, cases[i].filter);
      g_assert_cmpuint (rr_window_count_visible_tasks (window), ==, cases[i].count);
    }

  rr_window_set_attribute_filter (window, RR_ATTRIBUTE_FILTER_ALL);
}

static void
test_detail_pane (void)
{
  RrCatalog *catalog = rr_application_get_catalog (app);

  g_assert_true (rr_window_select_task (window, 13));
  g_assert_cmpuint (rr_window_get_selected_task (window)->number, ==, 13);
  g_assert_cmpstr (rr_window_get_detail_text (window), ==, rr_catalog_get_task (catalog, 13)->text);
  /* 注1 for the attribute, 注2 for 四厅 and 四化. */
  g_assert_cmpuint (rr_window_count_detail_notes (window), ==, 2);
  wait_for (150);
  save_screenshot ("task-13-detail.png");

  g_assert_true (rr_window_select_task (window, 6));
  g_assert_cmpuint (rr_window_count_detail_notes (window), ==, 2);
}

static void
test_search_keeps_selection_visible (void)
{
  rr_window_set_search_text (window, "五社联动");
  g_assert_cmpuint (rr_window_count_visible_tasks (window), ==, 1);
  g_assert_cmpuint (rr_window_get_selected_task (window)->number, ==, 6);

  rr_window_set_search_text (window, "垃圾");
  g_assert_cmpuint (rr_window_get_selected_task (window)->number, ==, 17);
  wait_for (100);
  save_screenshot ("search.png");
  rr_window_set_search_text (window, "");
}

static void
test_documents (void)
{
  rr_window_show_page (window, "clauses");
  wait_for (200);
  save_screenshot ("clauses.png");

  rr_window_show_page (window, "annexes");
  wait_for (200);
  save_screenshot ("annexes.png");

  rr_window_show_page (window, "tasks");
}

static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

/* Typing figures updates the checks at once: met and unmet rows. */
static void
test_figures_live (void)
{
  RrFiguresPage *page = rr_window_get_figures_page (window);
  struct {
    RrField field;
    const char *text;
  } inputs[] = {
    { RR_FIELD_PERIOD_START, "2026-01" },
    { RR_FIELD_PERIOD_END, "2026-06" },
    { RR_FIELD_RESIDENT_POPULATION, "5000" },
    { RR_FIELD_HOUSEHOLDS, "1234" },
    { RR_FIELD_SERVICE_FACILITY_AREA, "327.7" },
    { RR_FIELD_RESIDENT_SERVICE_AREA, "240" },
    { RR_FIELD_VOLUNTEERS, "1000" },
    { RR_FIELD_SOCIAL_WORKERS, "9" },
    { RR_FIELD_SOCIAL_ORGANIZATIONS, "12" },
    { RR_FIELD_COVENANT_RESPONDENTS, "1000" },
    { RR_FIELD_COVENANT_AWARE, "899" },
    { RR_FIELD_SATISFACTION_RESPONDENTS, "200" },
    { RR_FIELD_SATISFACTION_SATISFIED, "185" },
    { RR_FIELD_SORTING_FACILITIES_PLANNED, "40" },
    { RR_FIELD_SORTING_FACILITIES_BUILT, "38" },
  };
  int months[] = { 1, 2, 4, 5, 6 };
  const RrCheck *council;

  rr_window_show_page (window, "figures");
  g_assert_cmpuint (rr_figures_page_count_status (page, RR_CHECK_NOT_ASSESSED), ==, 10);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    rr_figures_page_set_text (page, inputs[i].field, inputs[i].text);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    rr_figures_page_add_meeting_date (page, julian (2026, months[i], 15));

  /* Met: organisations (no type, but 12 ≥ 10), volunteers, resident space,
   * staffing (9 for 5000), satisfaction. Not met: council (2026-03), covenant,
   * facility area, sorting. Not assessed: certification trend. */
  g_assert_cmpuint (rr_figures_page_count_status (page, RR_CHECK_MET), ==, 5);
  g_assert_cmpuint (rr_figures_page_count_status (page, RR_CHECK_NOT_MET), ==, 4);
  g_assert_cmpuint (rr_figures_page_count_status (page, RR_CHECK_NOT_ASSESSED), ==, 1);

  council = rr_thresholds_find (rr_figures_page_get_checks (page), "council_meetings_monthly");
  g_assert_cmpint (council->status, ==, RR_CHECK_NOT_MET);
  g_assert_cmpstr (council->missing[0], ==, "2026-03");

  wait_for (200);
  save_screenshot ("figures.png");
}

/* A meeting date outside the period is rejected with its reason and stays
 * in the entry. A date inside it is added and clears the entry. */
static void
test_figures_meeting_date_period (void)
{
  RrFiguresPage *page = rr_window_get_figures_page (window);
  const RrCheck *council;
  const char *message = NULL;
  guint missing;

  council = rr_thresholds_find (rr_figures_page_get_checks (page), "council_meetings_monthly");
  missing = g_strv_length (council->missing);

  g_assert_false (rr_figures_page_type_meeting_date (page, "2026-08-01"));
  g_assert_cmpstr (rr_figures_page_get_date_text (page, &message), ==, "2026-08-01");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "2026-08-01"));
  council = rr_thresholds_find (rr_figures_page_get_checks (page), "council_meetings_monthly");
  g_assert_cmpint (council->status, ==, RR_CHECK_NOT_MET);
  g_assert_cmpuint (g_strv_length (council->missing), ==, missing);

  g_assert_true (rr_figures_page_type_meeting_date (page, "2026-03-02"));
  g_assert_cmpstr (rr_figures_page_get_date_text (page, &message), ==, "");
  council = rr_thresholds_find (rr_figures_page_get_checks (page), "council_meetings_monthly");
  g_assert_cmpint (council->status, ==, RR_CHECK_MET);
}

/* Figures without a list of meeting dates leave the council check not
 * assessed, because the meetings have not been counted yet. */
static void
test_figures_no_dates_not_assessed (void)
{
  RrFiguresPage *page = rr_window_get_figures_page (window);
  g_autoptr(RrFigures) saved = rr_figures_page_get_figures (page);
  g_autoptr(RrFigures) without = rr_figures_copy (saved);
  g_autoptr(RrFigures) read_back = NULL;

  rr_figures_unset_meeting_dates (without);
  rr_figures_page_set_figures (page, without);
  g_assert_cmpint (rr_thresholds_find (rr_figures_page_get_checks (page), "council_meetings_monthly")->status,
                   ==, RR_CHECK_NOT_ASSESSED);
  read_back = rr_figures_page_get_figures (page);
  g_assert_false (rr_figures_has_meeting_dates (read_back));

  rr_figures_page_set_figures (page, saved);
  g_assert_cmpint (rr_thresholds_find (rr_figures_page_get_checks (page), "council_meetings_monthly")->status,
                   ==, RR_CHECK_MET);
}

/* A wrong figure is marked with its reason and kept as typed; the other
 * checks still compute. */
static void
test_figures_invalid (void)
{
  RrFiguresPage *page = rr_window_get_figures_page (window);
  g_autoptr(RrFigures) figures = NULL;

  rr_figures_page_set_text (page, RR_FIELD_HOUSEHOLDS, "12x4");
  g_assert_nonnull (rr_figures_page_get_field_error (page, RR_FIELD_HOUSEHOLDS));
  g_assert_cmpstr (rr_figures_page_get_text (page, RR_FIELD_HOUSEHOLDS), ==, "12x4");
  g_assert_cmpint (rr_thresholds_find (rr_figures_page_get_checks (page), "service_facility_area")->status,
                   ==, RR_CHECK_NOT_ASSESSED);

  rr_figures_page_set_text (page, RR_FIELD_VOLUNTEERS, "6000");
  g_assert_nonnull (rr_figures_page_get_field_error (page, RR_FIELD_VOLUNTEERS));
  g_assert_null (rr_figures_page_get_field_error (page, RR_FIELD_RESIDENT_POPULATION));
  g_assert_cmpint (rr_thresholds_find (rr_figures_page_get_checks (page), "social_worker_staffing")->status,
                   ==, RR_CHECK_MET);
  wait_for (150);
  save_screenshot ("figures-invalid.png");

  /* Correcting the text clears the marks. */
  rr_figures_page_set_text (page, RR_FIELD_HOUSEHOLDS, "1234");
  rr_figures_page_set_text (page, RR_FIELD_VOLUNTEERS, "1000");
  g_assert_null (rr_figures_page_get_field_error (page, RR_FIELD_HOUSEHOLDS));
  g_assert_null (rr_figures_page_get_field_error (page, RR_FIELD_VOLUNTEERS));

  figures = rr_figures_page_get_figures (page);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_SERVICE_FACILITY_AREA), ==, 32770);
  g_assert_cmpuint (rr_figures_get_meeting_dates (figures)->len, ==, 5);
  rr_window_show_page (window, "tasks");
}

static char *project_path;

/* Copies the demo project so the tests can change it. */
static void
test_project_open (void)
{
  const char *demo = g_getenv ("RENREN_DEMO_PROJECT");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("renren-window-XXXXXX", &error);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_no_error (error);
  g_assert_nonnull (demo);
  g_assert_true (g_file_get_contents (demo, &contents, &length, NULL));
  project_path = g_build_filename (dir, "demo.renren", NULL);
  g_assert_true (g_file_set_contents (project_path, contents, (gssize) length, NULL));

  g_assert_true (rr_window_open_project (window, project_path, &error));
  g_assert_no_error (error);
  g_assert_nonnull (rr_window_get_scores (window));

  /* 勤业社区's self-evaluation: one rater, figures short on task 13. */
  g_assert_true (rr_window_select_evaluation (window, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rr_window_get_scores (window)->community->name, ==, "勤业社区");
  g_assert_cmpstr (rr_window_get_task_level (window, 6), ==, "未达标");
  g_assert_cmpstr (rr_window_get_task_level (window, 2), ==, "达标");

  rr_window_show_page (window, "tasks");
  g_assert_true (rr_window_select_task (window, 13));
  wait_for (200);
  save_screenshot ("evaluation-task-13.png");
}

static gint64
stored_points_level (guint task)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = rr_project_open (project_path, RR_PROJECT_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) raters = NULL;
  g_autoptr(GPtrArray) scores = NULL;

  g_assert_no_error (error);
  raters = rr_project_list_raters (project, 3, &error);
  scores = rr_project_list_scores (project, ((RrRater *) g_ptr_array_index (raters, 0))->id, &error);
  for (guint i = 0; i < scores->len; i++)
    if (((RrScore *) g_ptr_array_index (scores, i))->task == task)
      return ((RrScore *) g_ptr_array_index (scores, i))->level;

  return -1;
}

/* Choosing a level saves it at once to the file, and Ctrl+Z takes it back. */
static void
test_project_level_saved_and_undone (void)
{
  RrTaskScoring *scoring = rr_window_get_task_scoring (window);

  g_assert_true (rr_window_select_task (window, 4));
  g_assert_cmpint (stored_points_level (4), ==, RR_LEVEL_BASICALLY_MEETS);

  g_assert_true (rr_task_scoring_choose_level (scoring, RR_LEVEL_MEETS));
  g_assert_cmpint (stored_points_level (4), ==, RR_LEVEL_MEETS);
  g_assert_cmpstr (rr_window_get_task_level (window, 4), ==, "达标");

  rr_window_undo (window);
  g_assert_cmpint (stored_points_level (4), ==, RR_LEVEL_BASICALLY_MEETS);
  g_assert_cmpstr (rr_window_get_task_level (window, 4), ==, "基本达标");
}

/* The figures suggest 未达标 for task 13: 达标 waits for a reason. */
static void
test_project_level_needs_reason (void)
{
  RrTaskScoring *scoring = rr_window_get_task_scoring (window);

  g_assert_true (rr_window_select_task (window, 13));
  rr_task_scoring_set_note (scoring, "");
  g_assert_false (rr_task_scoring_choose_level (scoring, RR_LEVEL_MEETS));
  g_assert_nonnull (rr_task_scoring_get_message (scoring));
  g_assert_cmpint (stored_points_level (13), ==, RR_LEVEL_FAILS);

  rr_task_scoring_set_note (scoring, "新服务中心已于 6 月启用，面积已复核");
  g_assert_cmpint (stored_points_level (13), ==, RR_LEVEL_MEETS);
  g_assert_null (rr_task_scoring_get_message (scoring));

  /* Emptying the reason is rejected with a warning, and bringing the saved
   * reason back, as an undo in the field does, clears the warning. */
  rr_task_scoring_set_note (scoring, "");
  g_assert_nonnull (rr_task_scoring_get_message (scoring));
  rr_task_scoring_set_note (scoring, "新服务中心已于 6 月启用，面积已复核");
  g_assert_null (rr_task_scoring_get_message (scoring));
  g_assert_cmpint (stored_points_level (13), ==, RR_LEVEL_MEETS);
}

static void
test_project_evidence (void)
{
  RrTaskScoring *scoring = rr_window_get_task_scoring (window);
  g_autofree char *dir = g_path_get_dirname (project_path);
  g_autofree char *photo = g_build_filename (dir, "议事会照片.jpg", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GSList files = { 0 };

  g_assert_true (g_file_set_contents (photo, "not really a photo", -1, NULL));
  file = g_file_new_for_path (photo);
  files.data = file;

  g_assert_true (rr_window_select_task (window, 1));
  g_assert_true (rr_task_scoring_add_files (scoring, &files, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rr_window_get_scores (window)->evidence->len, ==, 1);
  wait_for (150);
  save_screenshot ("evaluation-evidence.png");
}

/* A finalised evaluation takes no levels until it is reopened with a reason. */
static void
test_project_finalise_reopen (void)
{
  RrTaskScoring *scoring = rr_window_get_task_scoring (window);
  g_autoptr(GError) error = NULL;

  g_assert_true (rr_window_select_task (window, 2));
  g_assert_true (rr_window_set_evaluation_status (window, RR_EVALUATION_STATUS_FINALISED, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (rr_task_scoring_choose_level (scoring, RR_LEVEL_FAILS));
  g_assert_cmpint (stored_points_level (2), ==, RR_LEVEL_MEETS);
  g_assert_nonnull (rr_task_scoring_get_message (scoring));
  wait_for (150);
  save_screenshot ("evaluation-finalised.png");

  g_assert_true (rr_window_set_evaluation_status (window, RR_EVALUATION_STATUS_DRAFT, "区里要求补充佐证材料", &error));
  g_assert_no_error (error);
  g_assert_true (rr_task_scoring_choose_level (scoring, RR_LEVEL_BASICALLY_MEETS));
  g_assert_cmpint (stored_points_level (2), ==, RR_LEVEL_BASICALLY_MEETS);
}

/* A roster with a bad row: the preview lists it, a plain import changes
 * nothing, and importing only the valid rows adds the good community. */
static void
test_project_roster (void)
{
  g_autofree char *dir = g_path_get_dirname (project_path);
  g_autofree char *csv = g_build_filename (dir, "名单.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  RrRosterCounts counts = { 0 };
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (csv, "社区名称,街道,类型,编码,常住人口\n"
                                           "湖塘社区,湖塘镇,社区,320412001,6000\n"
                                           "城东社区,湖塘镇,城市,320412002,很多\n", -1, NULL));
  dialog = rr_window_preview_roster (window, csv, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rr_roster_dialog_count_problem_rows (RR_ROSTER_DIALOG (dialog)), ==, 1);
  wait_for (200);
  save_widget_screenshot (GTK_WIDGET (dialog), "roster-preview.png");

  g_assert_false (rr_roster_dialog_import (RR_ROSTER_DIALOG (dialog), FALSE, &counts, &error));
  g_clear_error (&error);
  g_assert_true (rr_roster_dialog_import (RR_ROSTER_DIALOG (dialog), TRUE, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 1);
  gtk_window_destroy (dialog);

  project = rr_project_open (project_path, RR_PROJECT_OPEN_READ_ONLY, &error);
  communities = rr_project_list_communities (project, &error);
  g_assert_cmpuint (communities->len, ==, 5);
}

static void
test_project_summary (void)
{
  rr_window_show_page (window, "summary");
  wait_for (200);
  save_screenshot ("evaluation-summary.png");

  /* The comprehensive evaluation has three raters who disagree on task 23. */
  g_assert_true (rr_window_select_evaluation (window, 2, NULL));
  wait_for (200);
  save_screenshot ("evaluation-summary-comprehensive.png");
  rr_window_show_page (window, "tasks");
}

/* Under a zh_CN locale with translations built, the interface is Chinese. */
static void
test_chinese_interface (void)
{
  const char *locale = setlocale (LC_MESSAGES, NULL);

  if (locale == NULL || !g_str_has_prefix (locale, "zh_CN"))
    {
      g_test_skip ("not running under a zh_CN locale");
      return;
    }

  g_assert_cmpstr (_("All tasks"), ==, "全部任务");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "人人社区评估");
}

/* Finds the open message dialog, if any. */
static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return GTK_WIDGET (item);
    }

  return NULL;
}

/* The window shows a project before its damage check ends; a damaged file
 * then turns read-only with an error, and stays unchanged. */
static void
test_project_damaged (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = g_strconcat (project_path, ".damaged.renren", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  gsize length = 0;
  gsize page = 4096;
  GtkWidget *dialog;

  g_assert_true (g_file_get_contents (project_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 4 * page);

  /* Garbage over the last page, which holds audit rows the window does not read. */
  for (gsize i = length - page; i < length; i++)
    contents[i] = (char) (0x5a ^ (i * 31));
  g_assert_true (g_file_set_contents (damaged, contents, (gssize) length, NULL));

  g_assert_true (rr_window_open_project (window, damaged, &error));
  g_assert_no_error (error);
  while (rr_window_is_checking (window))
    g_main_context_iteration (NULL, TRUE);
  wait_for (100);

  g_assert_true (rr_project_is_read_only (rr_window_get_project (window)));
  g_assert_nonnull (strstr (rr_project_get_read_only_reason (rr_window_get_project (window)), damaged));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (g_file_get_contents (damaged, &after, NULL, NULL));
  g_assert_cmpmem (contents, length, after, length);

  /* An undamaged project passes and stays writable. */
  g_assert_true (rr_window_open_project (window, project_path, &error));
  g_assert_no_error (error);
  while (rr_window_is_checking (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (rr_project_is_read_only (rr_window_get_project (window)));
  g_assert_null (find_message_dialog ());
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
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (500);

  g_test_add_func ("/window/lists-all-tasks", test_lists_all_tasks);
  g_test_add_func ("/window/attribute-filter", test_attribute_filter);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/detail-pane", test_detail_pane);
  g_test_add_func ("/window/search-keeps-selection", test_search_keeps_selection_visible);
  g_test_add_func ("/window/documents", test_documents);
  g_test_add_func ("/window/figures/live", test_figures_live);
  g_test_add_func ("/window/figures/invalid-kept", test_figures_invalid);
  g_test_add_func ("/window/figures/meeting-date-period", test_figures_meeting_date_period);
  g_test_add_func ("/window/figures/no-dates-not-assessed", test_figures_no_dates_not_assessed);
  g_test_add_func ("/window/project/open", test_project_open);
  g_test_add_func ("/window/project/level-saved-undone", test_project_level_saved_and_undone);
  g_test_add_func ("/window/project/level-needs-reason", test_project_level_needs_reason);
  g_test_add_func ("/window/project/evidence", test_project_evidence);
  g_test_add_func ("/window/project/finalise-reopen", test_project_finalise_reopen);
  g_test_add_func ("/window/project/roster", test_project_roster);
  g_test_add_func ("/window/project/summary", test_project_summary);
  g_test_add_func ("/window/chinese-interface", test_chinese_interface);
  g_test_add_func ("/window/project/damaged", test_project_damaged);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
  return status;
}
