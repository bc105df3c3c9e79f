/* test-package.c: package names valid on Windows, progress and cancelling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "export/rr-package.h"
#include "storage/rr-project-scoring.h"

#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

typedef struct {
  const char *input;
  const char *expected;
} NameCase;

static void
test_sanitize_table (void)
{
  static const NameCase cases[] = {
    { "议事会照片.jpg", "议事会照片.jpg" },
    { "a<b>c:d\"e/f\\g|h?i*j.txt", "a_b_c_d_e_f_g_h_i_j.txt" },
    { "tab\there\n.png", "tab_here_.png" },
    { "CON", "_CON" },
    { "con.txt", "_con.txt" },
    { "Nul.tar.gz", "_Nul.tar.gz" },
    { "AUX ", "_AUX" },
    { "prn", "_prn" },
    { "COM1.log", "_COM1.log" },
    { "lpt9", "_lpt9" },
    { "COM¹", "_COM¹" },
    { "COM10", "COM10" },
    { "CONSOLE.txt", "CONSOLE.txt" },
    { "trailing dots...", "trailing dots" },
    { "trailing space .txt ", "trailing space .txt" },
    { "  leading", "leading" },
    { "", "_" },
    { "...", "_" },
    { "???", "___" },
    { ".hidden", ".hidden" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = rr_package_sanitize_name (cases[i].input, RR_PACKAGE_MAX_NAME_BYTES);

      g_test_message ("case %u: “%s”", i, cases[i].input);
      g_assert_cmpstr (name, ==, cases[i].expected);
    }
}

static void
test_sanitize_long_chinese (void)
{
  g_autoptr(GString) caption = g_string_new (NULL);
  g_autofree char *name = NULL;

  /* 100 CJK characters are 300 bytes in UTF-8. */
  for (guint i = 0; i < 20; i++)
    g_string_append (caption, "社区议事会记录");
  g_string_append (caption, ".pdf");

  name = rr_package_sanitize_name (caption->str, RR_PACKAGE_MAX_NAME_BYTES);
  g_assert_cmpuint (strlen (name), <=, RR_PACKAGE_MAX_NAME_BYTES);
  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_true (g_str_has_prefix (name, "社区议事会记录"));
}

static void
test_sanitize_truncation_reserved (void)
{
  /* Cut to 7 bytes, "CONTINUE.txt" would become the device name CON.txt. */
  g_autofree char *name = rr_package_sanitize_name ("CONTINUE.txt", 7);

  g_assert_cmpuint (strlen (name), <=, 7);
  g_assert_cmpstr (name, ==, "_CO.txt");
}

static void
test_sanitize_trailing_after_cut (void)
{
  /* The cut leaves "ab. " which must lose its trailing dot and space. */
  g_autofree char *name = rr_package_sanitize_name ("ab. cdef", 4);

  g_assert_cmpstr (name, ==, "ab");
}

static void
test_unique_duplicates (void)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first = rr_package_unique_name ("照片.jpg", taken);
  g_autofree char *second = rr_package_unique_name ("照片.jpg", taken);
  g_autofree char *third = rr_package_unique_name ("照片.JPG", taken);
  g_autofree char *other = rr_package_unique_name ("Photo", taken);
  g_autofree char *other_case = rr_package_unique_name ("PHOTO", taken);

  g_assert_cmpstr (first, ==, "照片.jpg");
  g_assert_cmpstr (second, ==, "照片 (2).jpg");
  g_assert_cmpstr (third, ==, "照片 (3).JPG");
  g_assert_cmpstr (other, ==, "Photo");
  g_assert_cmpstr (other_case, ==, "PHOTO (2)");
  g_assert_cmpuint (taken->len, ==, 5);
}

static void
test_unique_long_name (void)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *sanitized = NULL;

  for (guint i = 0; i < 90; i++)
    g_string_append (long_name, "村");
  g_string_append (long_name, ".docx");
  sanitized = rr_package_sanitize_name (long_name->str, RR_PACKAGE_MAX_NAME_BYTES);

  first = rr_package_unique_name (sanitized, taken);
  second = rr_package_unique_name (sanitized, taken);
  g_assert_cmpstr (first, ==, sanitized);
  g_assert_cmpstr (first, !=, second);
  g_assert_cmpuint (strlen (second), <=, RR_PACKAGE_MAX_NAME_BYTES);
  g_assert_true (g_utf8_validate (second, -1, NULL));
  g_assert_true (g_str_has_suffix (second, " (2).docx"));
}

static void
test_count_units (void)
{
  g_assert_cmpuint (rr_package_count_units ("abc"), ==, 3);
  g_assert_cmpuint (rr_package_count_units ("参与共同体"), ==, 5);
  /* U+20000 is outside the BMP: a surrogate pair in UTF-16. */
  g_assert_cmpuint (rr_package_count_units ("𠀀"), ==, 2);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct {
  char *folder;
  RrProject *project;
  RrCatalog *catalog;
  RrScoringTemplate *template;
  RrEvaluationScores *scores;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 street;
  gint64 community;
  gint64 evaluation;

  fixture->folder = g_dir_make_tmp ("renren-package-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "project.renren", NULL);
  fixture->project = rr_project_create (path, &error);
  g_assert_no_error (error);
  fixture->catalog = rr_catalog_load_default (&error);
  g_assert_no_error (error);
  fixture->template = rr_scoring_template_load_default (fixture->catalog, &error);
  g_assert_no_error (error);

  street = rr_project_add_street (fixture->project, "五星街道", RR_STREET_KIND_STREET, &error);
  g_assert_no_error (error);
  community = rr_project_add_community (fixture->project, street, "测试社区", RR_COMMUNITY_TYPE_COMMUNITY, NULL,
                                        &error);
  g_assert_no_error (error);
  evaluation = rr_project_add_evaluation (fixture->project, community, RR_EVALUATION_KIND_SELF, 24312, 24317,
                                          fixture->catalog, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *contents = g_strdup_printf ("evidence %u", i);
      g_autoptr(GBytes) bytes = g_bytes_new (contents, strlen (contents));
      g_autofree char *name = g_strdup_printf ("file%u.txt", i);

      rr_project_add_evidence (fixture->project, evaluation, i + 1, "照片", name, bytes, &error);
      g_assert_no_error (error);
    }

  fixture->scores = rr_project_score_evaluation (fixture->project, evaluation, fixture->catalog,
                                                 fixture->template, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = NULL;

  rr_evaluation_scores_free (fixture->scores);
  rr_scoring_template_unref (fixture->template);
  rr_catalog_unref (fixture->catalog);
  rr_project_close (fixture->project);
  command = g_strdup_printf ("rm -rf '%s'", fixture->folder);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->folder);
}

/* Names in @folder other than the project file. */
static guint
count_other_entries (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint count = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "project.renren"))
      {
        g_test_message ("left in the folder: %s", name);
        count++;
      }

  return count;
}

typedef struct {
  GCancellable *cancellable;
  guint cancel_after;
  guint calls;
  guint last_done;
  guint last_total;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = user_data;

  progress->calls++;
  g_assert_cmpuint (done, ==, progress->last_done + 1);
  progress->last_done = done;
  progress->last_total = total;
  if (progress->cancellable != NULL && done == progress->cancel_after)
    g_cancellable_cancel (progress->cancellable);
}

static void
test_write_progress (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *suffix = data;
  g_autofree char *name = g_strconcat ("package", suffix, NULL);
  g_autofree char *output = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RrPackageCheck) check = NULL;
  Progress progress = { 0 };
  gboolean zip = g_str_equal (suffix, ".zip");

  g_assert_true (rr_package_write (fixture->project, fixture->scores, output, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  /* Report, workbook, five files, index, and the zip. */
  g_assert_cmpuint (progress.last_total, ==, 5 + 3 + (zip ? 1 : 0));
  g_assert_cmpuint (progress.last_done, ==, progress.last_total);
  g_assert_cmpuint (count_other_entries (fixture->folder), ==, 1);

  check = rr_package_verify (output, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->listed, ==, 7);
  g_assert_true (rr_package_check_is_clean (check));
}

static void
test_write_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *suffix = data;
  g_autofree char *name = g_strconcat ("package", suffix, NULL);
  g_autofree char *output = g_build_filename (fixture->folder, name, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Progress progress = { cancellable, 4, 0, 0, 0 };

  g_assert_false (rr_package_write (fixture->project, fixture->scores, output, on_progress, &progress,
                                    cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.last_done, ==, 4);
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_other_entries (fixture->folder), ==, 0);
}

static void
test_write_full_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *output = g_build_filename (fixture->folder, "full", NULL);
  g_autofree char *inside = g_build_filename (output, "keep.txt", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (output, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "keep", -1, NULL));
  g_assert_false (rr_package_write (fixture->project, fixture->scores, output, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_other_entries (fixture->folder), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/package/names/sanitize-table", test_sanitize_table);
  g_test_add_func ("/package/names/long-chinese", test_sanitize_long_chinese);
  g_test_add_func ("/package/names/cut-to-reserved", test_sanitize_truncation_reserved);
  g_test_add_func ("/package/names/trailing-after-cut", test_sanitize_trailing_after_cut);
  g_test_add_func ("/package/names/duplicates", test_unique_duplicates);
  g_test_add_func ("/package/names/duplicate-long-name", test_unique_long_name);
  g_test_add_func ("/package/names/utf16-units", test_count_units);
  g_test_add ("/package/write/folder-progress", Fixture, "", fixture_set_up, test_write_progress,
              fixture_tear_down);
  g_test_add ("/package/write/zip-progress", Fixture, ".zip", fixture_set_up, test_write_progress,
              fixture_tear_down);
  g_test_add ("/package/write/folder-cancelled", Fixture, "", fixture_set_up, test_write_cancelled,
              fixture_tear_down);
  g_test_add ("/package/write/zip-cancelled", Fixture, ".zip", fixture_set_up, test_write_cancelled,
              fixture_tear_down);
  g_test_add ("/package/write/full-folder", Fixture, NULL, fixture_set_up, test_write_full_folder,
              fixture_tear_down);

  status = g_test_run ();

  /* Frees the font caches so that LeakSanitizer reports only real leaks. */
  pango_cairo_font_map_set_default (NULL);
  FcFini ();
  return status;
}
