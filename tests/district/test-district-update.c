/* test-district-update.c: the district overview's update of one community
 * after an edit, checked against a full reload, and recorded templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-error.h"
#include "storage/rr-district.h"
#include "storage/rr-project-scoring.h"

#include <sqlite3.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

typedef struct {
  char *dir;
  RrProject *project;
  RrCatalog *catalog;
  RrScoringTemplate *template;
  RrDistrict *district;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  const char *generated = g_getenv ("RENREN_DISTRICT_PROJECT");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length = 0;

  g_assert_nonnull (generated);
  fixture->dir = g_dir_make_tmp ("renren-district-update-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (generated, &contents, &length, NULL));
  path = g_build_filename (fixture->dir, "district.renren", NULL);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));

  fixture->project = rr_project_open (path, RR_PROJECT_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  fixture->catalog = rr_catalog_load_default (&error);
  g_assert_no_error (error);
  fixture->template = rr_scoring_template_load_default (fixture->catalog, &error);
  g_assert_no_error (error);
  fixture->district = rr_district_load (fixture->project, fixture->catalog, fixture->template, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "district.renren", NULL);

  g_clear_pointer (&fixture->district, rr_district_free);
  g_clear_pointer (&fixture->project, rr_project_close);
  g_clear_pointer (&fixture->template, rr_scoring_template_unref);
  g_clear_pointer (&fixture->catalog, rr_catalog_unref);
  g_unlink (path);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* Returns the first row without an evaluation, or with @evaluated the first
 * rated one in @status. */
static const RrDistrictRow *
find_row (const RrDistrict   *district,
          gboolean            evaluated,
          RrEvaluationStatus  status)
{
  for (guint i = 0; i < district->rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (district->rows, i);

      if (!evaluated && row->evaluation_id == 0)
        return row;
      if (evaluated && row->evaluation_id != 0 && row->status == status && row->rated > 0)
        return row;
    }

  g_assert_not_reached ();
}

/* Compares every field of the rows and the counts with a full reload. */
static void
assert_matches_reload (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrDistrict) reloaded = rr_district_load (fixture->project, fixture->catalog, fixture->template, &error);
  const RrDistrict *updated = fixture->district;

  g_assert_no_error (error);
  g_assert_cmpuint (updated->rows->len, ==, reloaded->rows->len);
  g_assert_cmpuint (updated->without_evaluation, ==, reloaded->without_evaluation);
  for (guint s = 0; s < G_N_ELEMENTS (updated->status_counts); s++)
    g_assert_cmpuint (updated->status_counts[s], ==, reloaded->status_counts[s]);

  for (guint i = 0; i < updated->rows->len; i++)
    {
      const RrDistrictRow *a = g_ptr_array_index (updated->rows, i);
      const RrDistrictRow *b = g_ptr_array_index (reloaded->rows, i);

      g_assert_cmpint (a->community_id, ==, b->community_id);
      g_assert_cmpint (a->evaluation_id, ==, b->evaluation_id);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpint (a->status, ==, b->status);
      g_assert_cmpint (a->period_start, ==, b->period_start);
      g_assert_cmpint (a->period_end, ==, b->period_end);
      g_assert_cmpint (a->score, ==, b->score);
      g_assert_cmpint (a->max, ==, b->max);
      g_assert_cmpint (a->converted, ==, b->converted);
      g_assert_cmpint (a->final, ==, b->final);
      g_assert_cmpint (a->verdict, ==, b->verdict);
      g_assert_cmpstr (a->grade != NULL ? a->grade->name : NULL, ==, b->grade != NULL ? b->grade->name : NULL);
      g_assert_cmpuint (a->binding_met, ==, b->binding_met);
      g_assert_cmpuint (a->rated, ==, b->rated);
      g_assert_cmpmem (a->group_scores, sizeof a->group_scores, b->group_scores, sizeof b->group_scores);
      g_assert_cmpmem (a->group_max, sizeof a->group_max, b->group_max, sizeof b->group_max);
      g_assert_cmpmem (a->levels, sizeof a->levels, b->levels, sizeof b->levels);
      g_assert_cmpmem (a->checks, sizeof a->checks, b->checks, sizeof b->checks);
    }
}

static void
update (Fixture *fixture,
        gint64   community_id)
{
  g_autoptr(GError) error = NULL;
  guint index = G_MAXUINT;

  g_assert_true (rr_district_update_community (fixture->district, fixture->project, community_id, &index, &error));
  g_assert_no_error (error);
  g_assert_cmpint (((RrDistrictRow *) g_ptr_array_index (fixture->district->rows, index))->community_id, ==,
                   community_id);
}

static void
test_update_after_score (Fixture       *fixture,
                         gconstpointer  user_data)
{
  const RrDistrictRow *row = find_row (fixture->district, TRUE, RR_EVALUATION_STATUS_DRAFT);
  gint64 before = row->score;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) raters = rr_project_list_raters (fixture->project, row->evaluation_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (raters->len, >, 0);

  /* Every rater marks every task 未达标, so the total must fall. */
  for (guint r = 0; r < raters->len; r++)
    for (guint task = 1; task <= 24; task++)
      {
        RrScore score = { ((RrRater *) g_ptr_array_index (raters, r))->id, task, RR_LEVEL_FAILS,
                          RR_POINTS_NONE, NULL };

        g_assert_true (rr_project_set_score (fixture->project, &score, &error));
        g_assert_no_error (error);
      }

  update (fixture, row->community_id);
  g_assert_cmpint (row->score, <, before);
  g_assert_cmpuint (row->binding_met, ==, 0);
  assert_matches_reload (fixture);
}

static void
test_update_after_status (Fixture       *fixture,
                          gconstpointer  user_data)
{
  const RrDistrictRow *row = find_row (fixture->district, TRUE, RR_EVALUATION_STATUS_DRAFT);
  guint drafts = fixture->district->status_counts[RR_EVALUATION_STATUS_DRAFT];
  g_autoptr(GError) error = NULL;

  g_assert_true (rr_project_set_evaluation_status (fixture->project, row->evaluation_id,
                                                   RR_EVALUATION_STATUS_SUBMITTED, &error));
  g_assert_no_error (error);

  update (fixture, row->community_id);
  g_assert_cmpint (row->status, ==, RR_EVALUATION_STATUS_SUBMITTED);
  g_assert_cmpuint (fixture->district->status_counts[RR_EVALUATION_STATUS_DRAFT], ==, drafts - 1);
  assert_matches_reload (fixture);
}

static void
test_update_new_evaluation (Fixture       *fixture,
                            gconstpointer  user_data)
{
  const RrDistrictRow *without = find_row (fixture->district, FALSE, 0);
  const RrDistrictRow *evaluated = find_row (fixture->district, TRUE, RR_EVALUATION_STATUS_DRAFT);
  guint unevaluated = fixture->district->without_evaluation;
  g_autoptr(GError) error = NULL;
  gint64 first;
  gint64 later;

  /* A first evaluation for a community that had none. */
  first = rr_project_add_evaluation (fixture->project, without->community_id, RR_EVALUATION_KIND_SELF,
                                     evaluated->period_start, evaluated->period_end, fixture->catalog, &error);
  g_assert_no_error (error);
  update (fixture, without->community_id);
  g_assert_cmpint (without->evaluation_id, ==, first);
  g_assert_cmpuint (fixture->district->without_evaluation, ==, unevaluated - 1);

  /* A later period replaces the latest evaluation of another. */
  later = rr_project_add_evaluation (fixture->project, evaluated->community_id, RR_EVALUATION_KIND_COMPREHENSIVE,
                                     evaluated->period_end + 1, evaluated->period_end + 12, fixture->catalog, &error);
  g_assert_no_error (error);
  update (fixture, evaluated->community_id);
  g_assert_cmpint (evaluated->evaluation_id, ==, later);
  g_assert_cmpuint (evaluated->rated, ==, 0);
  assert_matches_reload (fixture);
}

static void
test_update_unknown_community (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  guint index = 7;

  g_assert_cmpint (rr_district_find_community (fixture->district, 999999), ==, -1);
  g_assert_false (rr_district_update_community (fixture->district, fixture->project, 999999, &index, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_assert_cmpuint (index, ==, 7);
  assert_matches_reload (fixture);
}

/* Records, through a second connection, a template that gives 基本达标 50 %
 * instead of 60 % for @evaluation_id, as a later default might. */
static void
record_other_template (Fixture *fixture,
                       gint64   evaluation_id)
{
  g_autofree char *path = g_build_filename (fixture->dir, "district.renren", NULL);
  gsize length = 0;
  const char *json = g_bytes_get_data (fixture->template->json, &length);
  g_autofree char *copy = g_strndup (json, length);
  g_autoptr(GString) changed = g_string_new (copy);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpuint (g_string_replace (changed, "\"share_percent\": 60", "\"share_percent\": 50", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "\"version\": \"2026-1\"", "\"version\": \"2026-test\"", 0), ==, 1);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO templates (template_id, version, json) "
                                           "VALUES ('district-default', '2026-test', ?)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, changed->str, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE evaluations SET template_ref = last_insert_rowid() WHERE id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Returns an evaluated row with a task combined to 基本达标. */
static RrDistrictRow *
find_basically_met (const RrDistrict *district)
{
  for (guint i = 0; i < district->rows->len; i++)
    {
      RrDistrictRow *row = g_ptr_array_index (district->rows, i);

      if (row->evaluation_id != 0 && memchr (row->levels, RR_LEVEL_BASICALLY_MEETS, 24) != NULL)
        return row;
    }

  g_assert_not_reached ();
}

/* The overview scores an evaluation by the template it recorded, as the
 * evaluation's own page does, both when loading and when updating. */
static void
test_recorded_template (Fixture       *fixture,
                        gconstpointer  user_data)
{
  RrDistrictRow *row = find_basically_met (fixture->district);
  gint64 default_score = row->score;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrEvaluationScores) page = NULL;
  g_autoptr(RrDistrict) reloaded = NULL;
  const RrDistrictRow *reloaded_row;

  record_other_template (fixture, row->evaluation_id);
  page = rr_project_score_evaluation (fixture->project, row->evaluation_id, fixture->catalog,
                                      fixture->template, &error);
  g_assert_no_error (error);
  g_assert_cmpint (page->result->score, <, default_score);

  reloaded = rr_district_load (fixture->project, fixture->catalog, fixture->template, &error);
  g_assert_no_error (error);
  reloaded_row = g_ptr_array_index (reloaded->rows, rr_district_find_community (reloaded, row->community_id));
  g_assert_cmpint (reloaded_row->score, ==, page->result->score);
  g_assert_cmpstr (reloaded_row->template->version, ==, "2026-test");
  g_assert_cmpuint (g_hash_table_size (reloaded->recorded), >=, 1);

  update (fixture, row->community_id);
  g_assert_cmpint (row->score, ==, page->result->score);
  g_assert_true (row->template != fixture->template);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/district/update/after-score", Fixture, NULL, fixture_set_up, test_update_after_score,
              fixture_tear_down);
  g_test_add ("/district/update/after-status", Fixture, NULL, fixture_set_up, test_update_after_status,
              fixture_tear_down);
  g_test_add ("/district/update/new-evaluation", Fixture, NULL, fixture_set_up, test_update_new_evaluation,
              fixture_tear_down);
  g_test_add ("/district/update/recorded-template", Fixture, NULL, fixture_set_up, test_recorded_template,
              fixture_tear_down);
  g_test_add ("/district/update/unknown-community", Fixture, NULL, fixture_set_up, test_update_unknown_community,
              fixture_tear_down);

  return g_test_run ();
}
