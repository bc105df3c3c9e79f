/* test-project.c: project files on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-error.h"
#include "storage/rr-project.h"
#include "storage/rr-sqlite.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

/* Migration 1 as released, for building a file of the first format. */
static const char migration_1[] =
  "CREATE TABLE streets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
  "  kind TEXT NOT NULL CHECK (kind IN ('街道', '镇')));"
  "CREATE TABLE communities (id INTEGER PRIMARY KEY,"
  "  street_id INTEGER NOT NULL REFERENCES streets (id), name TEXT NOT NULL CHECK (name <> ''),"
  "  type TEXT NOT NULL CHECK (type IN ('community', 'village')), code TEXT UNIQUE,"
  "  UNIQUE (street_id, name));"
  "CREATE TABLE evaluations (id INTEGER PRIMARY KEY,"
  "  community_id INTEGER NOT NULL REFERENCES communities (id),"
  "  kind TEXT NOT NULL CHECK (kind IN ('self', 'comprehensive')),"
  "  period_start INTEGER NOT NULL,"
  "  period_end INTEGER NOT NULL CHECK (period_end >= period_start), date TEXT NOT NULL,"
  "  catalog_id TEXT NOT NULL, catalog_version TEXT NOT NULL,"
  "  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'finalised')));"
  "CREATE TABLE figures (evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),"
  "  field TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (evaluation_id, field));"
  "CREATE TABLE council_meeting (evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),"
  "  julian_day INTEGER NOT NULL, PRIMARY KEY (evaluation_id, julian_day));"
  "CREATE TABLE raters (id INTEGER PRIMARY KEY,"
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),"
  "  name TEXT NOT NULL CHECK (name <> ''), role TEXT NOT NULL, UNIQUE (evaluation_id, name));"
  "CREATE TABLE scores (rater_id INTEGER NOT NULL REFERENCES raters (id),"
  "  task INTEGER NOT NULL CHECK (task > 0),"
  "  level TEXT NOT NULL CHECK (level IN ('达标', '基本达标', '未达标', '不适用')),"
  "  points INTEGER CHECK (points IS NULL OR points >= 0), note TEXT,"
  "  PRIMARY KEY (rater_id, task));"
  "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, time TEXT NOT NULL, user TEXT NOT NULL,"
  "  table_name TEXT NOT NULL, row_id INTEGER, field TEXT, old_value TEXT, new_value TEXT);"
  "CREATE INDEX audit_log_row ON audit_log (table_name, row_id);";

/* A temporary folder, removed with its files when the test ends. */
typedef struct {
  char *dir;
} TempDir;

static void
temp_dir_clear (TempDir *temp)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (temp->dir == NULL)
    return;

  dir = g_dir_open (temp->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (temp->dir, name, NULL);

      g_chmod (path, 0644);
      g_remove (path);
    }

  g_rmdir (temp->dir);
  g_free (temp->dir);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TempDir, temp_dir_clear)

static char *
temp_path (TempDir    *temp,
           const char *name)
{
  if (temp->dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      temp->dir = g_dir_make_tmp ("renren-project-XXXXXX", &error);
      g_assert_no_error (error);
    }

  return g_build_filename (temp->dir, name, NULL);
}

static RrCatalog *
default_catalog (void)
{
  g_autoptr(GError) error = NULL;
  RrCatalog *catalog = rr_catalog_load_default (&error);

  g_assert_no_error (error);
  return catalog;
}

/* Creates a project with one street, community and draft evaluation, whose
 * ids are all 1. */
static RrProject *
create_sample (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = default_catalog ();
  g_autoptr(RrProject) project = rr_project_create (path, &error);
  gint64 id;

  g_assert_no_error (error);

  id = rr_project_add_street (project, "湖塘镇", RR_STREET_KIND_TOWN, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 1);
  id = rr_project_add_community (project, 1, "星河社区", RR_COMMUNITY_TYPE_COMMUNITY, "320412001",
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 1);
  id = rr_project_add_evaluation (project, 1, RR_EVALUATION_KIND_SELF, 2026 * 12, 2026 * 12 + 11,
                                  catalog, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 1);

  return g_steal_pointer (&project);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
exec_sql (const char *path,
          const char *sql)
{
  g_autoptr(sqlite3) db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gint64
query_int (const char *path,
           const char *sql)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* ------------------------------------------------------------------------ */

static void
check_round_trip (RrProject *project)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) streets = rr_project_list_streets (project, &error);
  g_autoptr(GPtrArray) communities = rr_project_list_communities (project, &error);
  g_autoptr(GPtrArray) evaluations = rr_project_list_evaluations (project, &error);
  g_autoptr(GPtrArray) raters = rr_project_list_raters (project, 1, &error);
  g_autoptr(GPtrArray) scores = rr_project_list_scores (project, 1, &error);
  g_autoptr(GPtrArray) evidence = rr_project_list_evidence (project, 1, &error);
  g_autoptr(GBytes) data = NULL;
  RrStreet *street;
  RrCommunity *community;
  RrEvaluation *evaluation;
  RrRater *rater;
  RrScore *score;
  RrEvidence *item;

  g_assert_no_error (error);

  g_assert_cmpuint (streets->len, ==, 2);
  street = g_ptr_array_index (streets, 0);
  g_assert_cmpstr (street->name, ==, "湖塘镇");
  g_assert_cmpint (street->kind, ==, RR_STREET_KIND_TOWN);
  street = g_ptr_array_index (streets, 1);
  g_assert_cmpstr (street->name, ==, "南大街街道");
  g_assert_cmpint (street->kind, ==, RR_STREET_KIND_STREET);

  g_assert_cmpuint (communities->len, ==, 2);
  community = g_ptr_array_index (communities, 0);
  g_assert_cmpstr (community->name, ==, "星河社区");
  g_assert_cmpint (community->type, ==, RR_COMMUNITY_TYPE_COMMUNITY);
  g_assert_cmpstr (community->code, ==, "320412001");
  community = g_ptr_array_index (communities, 1);
  g_assert_cmpint (community->street_id, ==, 2);
  g_assert_cmpstr (community->name, ==, "湾里村");
  g_assert_cmpint (community->type, ==, RR_COMMUNITY_TYPE_VILLAGE);
  g_assert_null (community->code);

  g_assert_cmpuint (evaluations->len, ==, 1);
  evaluation = g_ptr_array_index (evaluations, 0);
  g_assert_cmpint (evaluation->community_id, ==, 1);
  g_assert_cmpint (evaluation->kind, ==, RR_EVALUATION_KIND_SELF);
  g_assert_cmpint (evaluation->period_start, ==, 2026 * 12);
  g_assert_cmpint (evaluation->period_end, ==, 2026 * 12 + 11);
  g_assert_cmpstr (evaluation->catalog_id, ==, "db3204t-renren-shequ");
  g_assert_cmpstr (evaluation->catalog_version, ==, "2026-baopi");
  g_assert_cmpint (evaluation->status, ==, RR_EVALUATION_STATUS_SUBMITTED);
  g_assert_cmpuint (strlen (evaluation->date), ==, 10);

  g_assert_cmpuint (raters->len, ==, 1);
  rater = g_ptr_array_index (raters, 0);
  g_assert_cmpstr (rater->name, ==, "王芳");
  g_assert_cmpstr (rater->role, ==, "专家");

  g_assert_cmpuint (scores->len, ==, 2);
  score = g_ptr_array_index (scores, 0);
  g_assert_cmpuint (score->task, ==, 3);
  g_assert_cmpint (score->level, ==, RR_LEVEL_BASICALLY_MEETS);
  g_assert_cmpint (score->points, ==, 450);
  g_assert_cmpstr (score->note, ==, "议事会记录不全");
  score = g_ptr_array_index (scores, 1);
  g_assert_cmpuint (score->task, ==, 24);
  g_assert_cmpint (score->level, ==, RR_LEVEL_NOT_APPLICABLE);
  g_assert_cmpint (score->points, ==, RR_POINTS_NONE);
  g_assert_null (score->note);

  g_assert_cmpuint (evidence->len, ==, 1);
  item = g_ptr_array_index (evidence, 0);
  g_assert_cmpuint (item->task, ==, 3);
  g_assert_cmpstr (item->caption, ==, "议事会照片");
  g_assert_cmpstr (item->original_name, ==, "meeting.jpg");
  g_assert_cmpint (item->size, ==, 5);
  g_assert_cmpstr (item->sha256, ==,
                   "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  data = rr_project_get_evidence_data (project, item->id, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (data, NULL), g_bytes_get_size (data), "hello", 5);
}

static void
test_round_trip (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "round-trip.rrproj");
  g_autofree char *copy_path = temp_path (&temp, "copy.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(GBytes) photo = g_bytes_new_static ("hello", 5);
  RrScore partial = { .task = 3, .level = RR_LEVEL_BASICALLY_MEETS, .points = 450,
                      .note = (char *) "议事会记录不全" };
  RrScore not_applicable = { .task = 24, .level = RR_LEVEL_NOT_APPLICABLE,
                             .points = RR_POINTS_NONE };
  gint64 id;

  id = rr_project_add_street (project, "南大街街道", RR_STREET_KIND_STREET, &error);
  g_assert_no_error (error);
  rr_project_add_community (project, id, "湾里村", RR_COMMUNITY_TYPE_VILLAGE, NULL, &error);
  g_assert_no_error (error);

  partial.rater_id = not_applicable.rater_id = rr_project_add_rater (project, 1, "王芳", "专家",
                                                                     &error);
  g_assert_no_error (error);
  g_assert_true (rr_project_set_score (project, &partial, &error));
  g_assert_no_error (error);
  g_assert_true (rr_project_set_score (project, &not_applicable, &error));
  g_assert_no_error (error);

  rr_project_add_evidence (project, 1, 3, "议事会照片", "meeting.jpg", photo, &error);
  g_assert_no_error (error);
  g_assert_true (rr_project_set_evaluation_status (project, 1, RR_EVALUATION_STATUS_SUBMITTED,
                                                   &error));
  g_assert_no_error (error);

  g_assert_true (rr_project_save_copy (project, copy_path, &error));
  g_assert_no_error (error);
  g_clear_pointer (&project, rr_project_close);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RrProject) reopened = rr_project_open (i == 0 ? path : copy_path,
                                                      RR_PROJECT_OPEN_DEFAULT, &error);

      g_assert_no_error (error);
      g_assert_false (rr_project_is_read_only (reopened));
      check_round_trip (reopened);
    }

  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, RR_PROJECT_APPLICATION_ID);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, RR_PROJECT_SCHEMA_VERSION);
  g_assert_cmpint (query_int (copy_path, "PRAGMA application_id"), ==, RR_PROJECT_APPLICATION_ID);
}

static void
test_update_score (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "score.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  RrScore score = { .task = 5, .level = RR_LEVEL_MEETS, .points = 1000 };
  RrAuditEntry *last;

  score.rater_id = rr_project_add_rater (project, 1, "李强", "居民代表", &error);
  g_assert_no_error (error);
  g_assert_true (rr_project_set_score (project, &score, &error));
  score.level = RR_LEVEL_FAILS;
  score.points = 0;
  g_assert_true (rr_project_set_score (project, &score, &error));
  g_assert_no_error (error);

  scores = rr_project_list_scores (project, score.rater_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 1);
  g_assert_cmpint (((RrScore *) g_ptr_array_index (scores, 0))->level, ==, RR_LEVEL_FAILS);
  g_assert_cmpint (((RrScore *) g_ptr_array_index (scores, 0))->points, ==, 0);

  audit = rr_project_list_audit (project, "scores", 0, &error);
  g_assert_no_error (error);
  last = g_ptr_array_index (audit, audit->len - 1);
  g_assert_cmpstr (last->field, ==, "points");
  g_assert_cmpstr (last->old_value, ==, "1000");
  g_assert_cmpstr (last->new_value, ==, "0");
  last = g_ptr_array_index (audit, audit->len - 2);
  g_assert_cmpstr (last->field, ==, "level");
  g_assert_cmpstr (last->old_value, ==, "达标");
  g_assert_cmpstr (last->new_value, ==, "未达标");
}

static void
test_invalid_input (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "invalid.rrproj");
  g_autoptr(RrCatalog) catalog = default_catalog ();
  g_autoptr(RrProject) project = create_sample (path);
  GError *error = NULL;
  RrScore negative = { .rater_id = 0, .task = 1, .level = RR_LEVEL_MEETS, .points = -5 };

  g_assert_cmpint (rr_project_add_street (project, "", RR_STREET_KIND_STREET, &error), ==, 0);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (rr_project_add_street (project, "湖塘镇", RR_STREET_KIND_TOWN, &error), ==, 0);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (rr_project_add_community (project, 1, "另一个社区", RR_COMMUNITY_TYPE_COMMUNITY,
                                             "320412001", &error), ==, 0);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "星河社区"));
  g_clear_error (&error);

  g_assert_cmpint (rr_project_add_community (project, 99, "无街道社区", RR_COMMUNITY_TYPE_COMMUNITY,
                                             NULL, &error), ==, 0);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (rr_project_add_evaluation (project, 1, RR_EVALUATION_KIND_SELF, 24300, 24299,
                                              catalog, &error), ==, 0);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  negative.rater_id = rr_project_add_rater (project, 1, "王芳", "专家", &error);
  g_assert_no_error (error);
  g_assert_false (rr_project_set_score (project, &negative, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_cmpint (rr_project_add_rater (project, 1, "王芳", "专家", &error), ==, 0);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_clear_error (&error);
}

static void
test_create_existing (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "exists.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;

  g_assert_true (g_file_set_contents (path, "keep me", -1, NULL));
  project = rr_project_create (path, &error);
  g_assert_null (project);
  g_assert_error (error, RR_ERROR, RR_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_open_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = rr_project_open ("/nonexistent/missing.rrproj",
                                                  RR_PROJECT_OPEN_DEFAULT, &error);

  g_assert_null (project);
  g_assert_error (error, RR_ERROR, RR_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/missing.rrproj"));
}

static void
test_migrate_from_version_1 (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "version-1.rrproj");
  g_autofree char *fixture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrStreet) street = NULL;
  g_autoptr(GBytes) photo = g_bytes_new_static ("photo", 5);

  fixture = g_strdup_printf ("BEGIN; %s"
                             "INSERT INTO streets (name, kind) VALUES ('湖塘镇', '镇');"
                             "INSERT INTO communities (street_id, name, type) "
                             "  VALUES (1, '星河社区', 'community');"
                             "INSERT INTO evaluations (community_id, kind, period_start, period_end,"
                             "  date, catalog_id, catalog_version)"
                             "  VALUES (1, 'self', 24312, 24323, '2026-01-05',"
                             "  'db3204t-renren-shequ', '2026-baopi');"
                             "PRAGMA application_id = %d; PRAGMA user_version = 1; COMMIT;",
                             migration_1, RR_PROJECT_APPLICATION_ID);
  exec_sql (path, fixture);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, RR_PROJECT_SCHEMA_VERSION);

  street = rr_project_find_street (project, "湖塘镇", &error);
  g_assert_no_error (error);
  g_assert_nonnull (street);
  g_assert_cmpint (street->kind, ==, RR_STREET_KIND_TOWN);

  /* Migration 2 added the evidence tables. */
  g_assert_cmpint (rr_project_add_evidence (project, 1, 2, NULL, "photo.jpg", photo, &error), ==, 1);
  g_assert_no_error (error);
}

static void
test_figures_round_trip (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "figures.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(RrFigures) figures = rr_figures_new ();
  g_autoptr(RrFigures) read = NULL;
  g_autoptr(RrFigures) empty_meetings = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  const guint32 days[] = { 739690, 739718 };
  RrAuditEntry *entry;

  read = rr_project_get_figures (project, 1, &error);
  g_assert_no_error (error);
  g_assert_false (rr_figures_has (read, RR_FIELD_HOUSEHOLDS));
  g_assert_false (rr_figures_has_meeting_dates (read));
  g_clear_pointer (&read, rr_figures_free);

  rr_figures_set (figures, RR_FIELD_HOUSEHOLDS, 1200);
  rr_figures_set (figures, RR_FIELD_SERVICE_FACILITY_AREA, 42050);
  rr_figures_set_meeting_dates (figures, days, G_N_ELEMENTS (days));
  g_assert_true (rr_project_set_figures (project, 1, figures, &error));
  g_assert_no_error (error);

  g_clear_pointer (&project, rr_project_close);
  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  read = rr_project_get_figures (project, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rr_figures_get (read, RR_FIELD_HOUSEHOLDS), ==, 1200);
  g_assert_cmpint (rr_figures_get (read, RR_FIELD_SERVICE_FACILITY_AREA), ==, 42050);
  g_assert_false (rr_figures_has (read, RR_FIELD_VOLUNTEERS));
  g_assert_cmpuint (rr_figures_get_meeting_dates (read)->len, ==, 2);
  g_assert_cmpuint (g_array_index (rr_figures_get_meeting_dates (read), guint32, 1), ==, days[1]);

  /* An empty list of meeting dates stays different from no list. */
  empty_meetings = rr_figures_new ();
  rr_figures_set (empty_meetings, RR_FIELD_HOUSEHOLDS, 1300);
  rr_figures_set_meeting_dates (empty_meetings, NULL, 0);
  g_assert_true (rr_project_set_figures (project, 1, empty_meetings, &error));
  g_clear_pointer (&read, rr_figures_free);
  read = rr_project_get_figures (project, 1, &error);
  g_assert_true (rr_figures_has_meeting_dates (read));
  g_assert_cmpuint (rr_figures_get_meeting_dates (read)->len, ==, 0);
  g_assert_false (rr_figures_has (read, RR_FIELD_SERVICE_FACILITY_AREA));

  audit = rr_project_list_audit (project, "figures", 1, &error);
  g_assert_no_error (error);
  entry = g_ptr_array_index (audit, 3);
  g_assert_cmpstr (entry->field, ==, "households");
  g_assert_cmpstr (entry->old_value, ==, "1200");
  g_assert_cmpstr (entry->new_value, ==, "1300");

  g_assert_true (rr_project_set_evaluation_status (project, 1, RR_EVALUATION_STATUS_FINALISED,
                                                   &error));
  g_assert_false (rr_project_set_figures (project, 1, figures, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
}

/* ------------------------------------------------------------------------ */
/* Files that must not open, and must stay unchanged                        */
/* ------------------------------------------------------------------------ */

typedef void (*DamageFunc) (const char *path);

static void
damage_corrupt (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize page = 4096;
  gsize middle;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, 4 * page);

  /* Overwrite a whole page in the middle, so its b-tree header is garbage. */
  middle = (length / 2) / page * page;
  for (gsize i = 0; i < page; i++)
    contents[middle + i] = (char) (0x5a ^ (i * 31));

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
damage_truncate (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
}

static void
damage_not_sqlite (const char *path)
{
  g_assert_true (g_file_set_contents (path, "name,kind\n湖塘镇,镇\n", -1, NULL));
}

static void
damage_newer_version (const char *path)
{
  exec_sql (path, "PRAGMA user_version = 99");
}

static void
damage_foreign (const char *path)
{
  exec_sql (path, "PRAGMA application_id = 1234");
}

static void
damage_empty (const char *path)
{
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
}

typedef struct {
  const char *name;
  DamageFunc damage;
  const char *expected;   /* part of the message */
} DamageCase;

static const DamageCase damage_cases[] = {
  { "corrupted", damage_corrupt, "damaged" },
  { "truncated", damage_truncate, "damaged" },
  { "not-sqlite", damage_not_sqlite, "not an SQLite database" },
  { "newer-version", damage_newer_version, "newer version" },
  { "foreign-application", damage_foreign, "another program" },
  { "empty", damage_empty, "empty" },
};

/* Fills a project with enough rows for a file of many pages. */
static void
fill_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);

  g_assert_true (rr_project_begin (project, &error));
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("第%u社区", i);
      g_autofree char *code = g_strdup_printf ("3204%05u", i);

      rr_project_add_community (project, 1, name, RR_COMMUNITY_TYPE_COMMUNITY, code, &error);
      g_assert_no_error (error);
    }
  g_assert_true (rr_project_commit (project, &error));
  g_assert_no_error (error);
}

static void
test_open_damaged (gconstpointer data)
{
  const DamageCase *test = data;
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "damaged.rrproj");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;

  fill_project (path);
  test->damage (path);
  before = file_checksum (path);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_test_message ("%s: %s", test->name, error != NULL ? error->message : "(opened)");
  g_assert_null (project);
  g_assert_error (error, RR_ERROR, RR_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, test->expected));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_write_rejected (RrProject  *project,
                       const char *path,
                       int         code)
{
  GError *error = NULL;

  g_assert_cmpint (rr_project_add_street (project, "新街道", RR_STREET_KIND_STREET, &error), ==, 0);
  g_assert_error (error, RR_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
}

/* The window opens with the check deferred and runs it in a worker thread;
 * a damaged file then turns read-only and stays unchanged. */
static void
test_open_deferred_check (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "deferred.rrproj");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;

  fill_project (path);
  g_assert_true (rr_project_check (path, &error));
  g_assert_no_error (error);

  damage_corrupt (path);
  before = file_checksum (path);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_false (rr_project_is_read_only (project));

  g_assert_false (rr_project_check (path, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "damaged"));

  rr_project_mark_damaged (project, error->message);
  g_assert_true (rr_project_is_read_only (project));
  g_assert_cmpstr (rr_project_get_read_only_reason (project), ==, error->message);
  assert_write_rejected (project, path, RR_ERROR_IO);

  g_clear_pointer (&project, rr_project_close);
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* A write made before the deferred check has run waits for its result:
 * into a damaged file it is rejected, and the file turns read-only. */
static void
test_open_deferred_check_write_waits (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "deferred-write.rrproj");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrProjectCheck) check = NULL;

  fill_project (path);
  damage_corrupt (path);
  before = file_checksum (path);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  check = rr_project_get_deferred_check (project);
  g_assert_nonnull (check);

  assert_write_rejected (project, path, RR_ERROR_IO);
  g_assert_true (rr_project_is_read_only (project));
  g_assert_nonnull (strstr (rr_project_get_read_only_reason (project), "damaged"));
  g_assert_null (rr_project_get_deferred_check (project));

  /* The window's worker, finishing later, gets the same result. */
  g_assert_false (rr_project_check_run (check, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, rr_project_get_read_only_reason (project));

  g_clear_pointer (&project, rr_project_close);
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static gpointer
run_check (gpointer check)
{
  return GINT_TO_POINTER (rr_project_check_run (check, NULL));
}

/* With the check running in a worker thread, a write to a sound file
 * waits for it and then succeeds. */
static void
test_open_deferred_check_in_thread (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "deferred-thread.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  RrProjectCheck *check;
  GThread *thread;

  fill_project (path);
  project = rr_project_open (path, RR_PROJECT_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);

  check = rr_project_get_deferred_check (project);
  thread = g_thread_new ("check", run_check, check);
  g_assert_cmpint (rr_project_add_street (project, "新街道", RR_STREET_KIND_STREET, &error), >, 0);
  g_assert_no_error (error);
  g_assert_false (rr_project_is_read_only (project));
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  g_assert_true (rr_project_check_run (check, &error));
  g_assert_no_error (error);
  rr_project_check_unref (check);

  /* A project opened with the check done has nothing deferred. */
  g_clear_pointer (&project, rr_project_close);
  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_null (rr_project_get_deferred_check (project));
}

/* Merging the project into itself is rejected and changes nothing, also
 * through a symbolic link. */
static void
test_merge_into_itself (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "self.rrproj");
  g_autofree char *link = temp_path (&temp, "link.rrproj");
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(RrMergeReport) report = rr_merge_report_new ();
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&project, rr_project_close);
  before = file_checksum (path);
  g_assert_true (g_file_make_symbolic_link (link_file, path, NULL, &error));
  g_assert_no_error (error);
  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  g_assert_false (rr_project_merge (project, path, report, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);

  g_assert_false (rr_project_merge (project, link, report, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_assert_cmpuint (report->scores_added, ==, 0);

  g_clear_pointer (&project, rr_project_close);
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_unlink (link);
}

static void
test_open_read_only (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "read-only.rrproj");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(GPtrArray) streets = NULL;
  RrProjectOpenFlags flags = RR_PROJECT_OPEN_DEFAULT;

  g_clear_pointer (&project, rr_project_close);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = file_checksum (path);

  /* As root, permissions do not stop writes, so the test requests
   * read-only explicitly. */
  if (access (path, W_OK) == 0)
    {
      g_test_message ("The file stays writable after chmod 0444 (running as root); "
                      "opening with RR_PROJECT_OPEN_READ_ONLY instead");
      flags = RR_PROJECT_OPEN_READ_ONLY;
    }

  project = rr_project_open (path, flags, &error);
  g_assert_no_error (error);
  g_assert_true (rr_project_is_read_only (project));
  g_assert_nonnull (strstr (rr_project_get_read_only_reason (project), path));

  streets = rr_project_list_streets (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (streets->len, ==, 1);

  assert_write_rejected (project, path, RR_ERROR_IO);
  g_assert_false (rr_project_check_writable (project, 1, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_IO);

  g_clear_pointer (&project, rr_project_close);
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_locked (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "locked.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(sqlite3) other = NULL;
  g_autoptr(GPtrArray) streets = NULL;

  g_clear_pointer (&project, rr_project_close);

  /* Another program holds the write lock. */
  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (rr_project_is_read_only (project));
  g_assert_nonnull (strstr (rr_project_get_read_only_reason (project), "another program"));

  streets = rr_project_list_streets (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (streets->len, ==, 1);
  assert_write_rejected (project, path, RR_ERROR_IO);

  /* Once the other program is done, the file opens for writing again. */
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_pointer (&project, rr_project_close);
  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (rr_project_is_read_only (project));
}

static void
test_save_copy_over_itself (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "self.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);

  g_assert_false (rr_project_save_copy (project, path, &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_IO);
}

/* ------------------------------------------------------------------------ */
/* Evidence, finalised evaluations and the audit log                        */
/* ------------------------------------------------------------------------ */

static void
test_evidence_dedup (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "evidence.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(GBytes) photo = g_bytes_new_static ("same bytes", 10);
  g_autoptr(GBytes) other = g_bytes_new_static ("other bytes", 11);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GPtrArray) evidence = NULL;
  RrEvidence *first;
  RrEvidence *second;

  rr_project_add_evidence (project, 1, 1, NULL, "a.jpg", photo, &error);
  g_assert_no_error (error);
  rr_project_add_evidence (project, 1, 7, "again", "copy of a.jpg", photo, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rr_project_count_blobs (project, &error), ==, 1);

  rr_project_add_evidence (project, 1, 1, NULL, "b.jpg", other, &error);
  g_assert_no_error (error);
  rr_project_add_evidence (project, 1, 1, NULL, "empty.txt", empty, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rr_project_count_blobs (project, &error), ==, 3);

  evidence = rr_project_list_evidence (project, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (evidence->len, ==, 4);
  first = g_ptr_array_index (evidence, 0);
  second = g_ptr_array_index (evidence, 1);
  g_assert_cmpint (first->blob_id, ==, second->blob_id);
  g_assert_cmpstr (first->sha256, ==, second->sha256);
  g_assert_cmpint (((RrEvidence *) g_ptr_array_index (evidence, 3))->size, ==, 0);
}

typedef gboolean (*WriteFunc) (RrProject *project, GError **error);

static gboolean
write_rater (RrProject  *project,
             GError    **error)
{
  return rr_project_add_rater (project, 1, "新评分人", "专家", error) != 0;
}

static gboolean
write_score (RrProject  *project,
             GError    **error)
{
  RrScore score = { .rater_id = 1, .task = 2, .level = RR_LEVEL_MEETS, .points = RR_POINTS_NONE };

  return rr_project_set_score (project, &score, error);
}

static gboolean
write_evidence (RrProject  *project,
                GError    **error)
{
  g_autoptr(GBytes) data = g_bytes_new_static ("x", 1);

  return rr_project_add_evidence (project, 1, 2, NULL, "x.txt", data, error) != 0;
}

static gboolean
write_status (RrProject  *project,
              GError    **error)
{
  return rr_project_set_evaluation_status (project, 1, RR_EVALUATION_STATUS_DRAFT, error);
}

static void
test_finalised_rejects_writes (void)
{
  struct {
    const char *name;
    WriteFunc write;
  } cases[] = {
    { "rater", write_rater },
    { "score", write_score },
    { "evidence", write_evidence },
    { "status", write_status },
  };
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "finalised.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(RrEvaluation) evaluation = NULL;
  RrAuditEntry *entry;
  gint64 audit_rows;

  rr_project_add_rater (project, 1, "王芳", "专家", &error);
  g_assert_no_error (error);
  g_assert_true (rr_project_set_evaluation_status (project, 1, RR_EVALUATION_STATUS_FINALISED,
                                                   &error));
  audit_rows = query_int (path, "SELECT count(*) FROM audit_log");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GError *write_error = NULL;

      g_test_message ("write: %s", cases[i].name);
      g_assert_false (cases[i].write (project, &write_error));
      g_assert_error (write_error, RR_ERROR, RR_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (write_error->message, "finalised"));
      g_clear_error (&write_error);
    }
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM audit_log"), ==, audit_rows);

  g_assert_false (rr_project_reopen_evaluation (project, 1, "", &error));
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  g_assert_true (rr_project_reopen_evaluation (project, 1, "专家补交了材料", &error));
  g_assert_no_error (error);
  evaluation = rr_project_get_evaluation (project, 1, &error);
  g_assert_cmpint (evaluation->status, ==, RR_EVALUATION_STATUS_DRAFT);

  audit = rr_project_list_audit (project, "evaluations", 1, &error);
  g_assert_no_error (error);
  entry = g_ptr_array_index (audit, audit->len - 1);
  g_assert_cmpstr (entry->field, ==, "reopen_reason");
  g_assert_cmpstr (entry->new_value, ==, "专家补交了材料");
  entry = g_ptr_array_index (audit, audit->len - 2);
  g_assert_cmpstr (entry->field, ==, "status");
  g_assert_cmpstr (entry->old_value, ==, "finalised");
  g_assert_cmpstr (entry->new_value, ==, "draft");

  for (guint i = 0; i < G_N_ELEMENTS (cases) - 1; i++)
    {
      g_assert_true (cases[i].write (project, &error));
      g_assert_no_error (error);
    }
}

static void
test_audit_rows (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "audit.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  g_autoptr(GPtrArray) streets = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GPtrArray) all = NULL;
  RrAuditEntry *entry;

  streets = rr_project_list_audit (project, "streets", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (streets->len, ==, 2);
  entry = g_ptr_array_index (streets, 0);
  g_assert_cmpstr (entry->field, ==, "name");
  g_assert_null (entry->old_value);
  g_assert_cmpstr (entry->new_value, ==, "湖塘镇");
  g_assert_cmpstr (entry->user, ==, g_get_user_name ());
  g_assert_true (g_str_has_suffix (entry->time, "Z"));
  entry = g_ptr_array_index (streets, 1);
  g_assert_cmpstr (entry->field, ==, "kind");
  g_assert_cmpstr (entry->new_value, ==, "镇");

  communities = rr_project_list_audit (project, "communities", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (communities->len, ==, 4);
  entry = g_ptr_array_index (communities, 3);
  g_assert_cmpstr (entry->field, ==, "code");
  g_assert_cmpstr (entry->new_value, ==, "320412001");

  /* A rejected write leaves no audit row. */
  all = rr_project_list_audit (project, NULL, 0, &error);
  g_assert_cmpint (rr_project_add_street (project, "湖塘镇", RR_STREET_KIND_TOWN, NULL), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM audit_log"), ==, all->len);
}

/* A failed call inside rr_project_begin() rolls back the calls before it. */
static void
test_batch_rollback (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "batch.rrproj");
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = create_sample (path);
  gint64 audit_rows = query_int (path, "SELECT count(*) FROM audit_log");

  g_assert_true (rr_project_begin (project, &error));
  rr_project_add_rater (project, 1, "王芳", "专家", &error);
  g_assert_no_error (error);
  rr_project_rollback (project);

  g_assert_cmpint (query_int (path, "SELECT count(*) FROM raters"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM audit_log"), ==, audit_rows);
}

/* ------------------------------------------------------------------------ */
/* Crashes                                                                  */
/* ------------------------------------------------------------------------ */

#define CRASH_ROUNDS 30

/* Kills a writer at random moments. Every edit it reported as committed
 * must survive, and the file must pass PRAGMA integrity_check. */
static void
test_crash_kill_loop (void)
{
  g_auto(TempDir) temp = { 0 };
  g_autofree char *path = temp_path (&temp, "crash.rrproj");
  g_autoptr(RrProject) project = create_sample (path);
  guint acknowledged_total = 0;

  g_clear_pointer (&project, rr_project_close);

  for (guint round = 0; round < CRASH_ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) writer = NULL;
      g_autofree char *first = g_strdup_printf ("%u", round * 100000);
      g_autofree char *out = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(sqlite3) db = NULL;
      g_autoptr(sqlite3_stmt) check = NULL;

      writer = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                 PROJECT_WRITER, path, first, NULL);
      g_assert_no_error (error);
      g_usleep (g_test_rand_int_range (2000, 60000));
      g_subprocess_force_exit (writer);
      g_subprocess_communicate_utf8 (writer, NULL, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (writer) || g_subprocess_get_if_exited (writer));

      project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
      g_assert_no_error (error);

      lines = g_strsplit (out, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autoptr(RrStreet) street = NULL;
          g_autofree char *name = NULL;

          if (*lines[i] == '\0')
            continue;

          name = g_strdup_printf ("街道%s", lines[i]);
          street = rr_project_find_street (project, name, &error);
          g_assert_no_error (error);
          if (street == NULL)
            g_error ("round %u: acknowledged edit %s is missing", round, lines[i]);
          acknowledged_total++;
        }
      g_clear_pointer (&project, rr_project_close);

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &check, NULL), ==,
                       SQLITE_OK);
      g_assert_cmpint (sqlite3_step (check), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (check, 0), ==, "ok");
    }

  g_test_message ("%u acknowledged edits over %d rounds", acknowledged_total, CRASH_ROUNDS);
  g_assert_cmpuint (acknowledged_total, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project/round-trip", test_round_trip);
  g_test_add_func ("/project/score/update", test_update_score);
  g_test_add_func ("/project/figures/round-trip", test_figures_round_trip);
  g_test_add_func ("/project/invalid-input", test_invalid_input);
  g_test_add_func ("/project/create/existing", test_create_existing);
  g_test_add_func ("/project/open/missing", test_open_missing);
  g_test_add_func ("/project/open/read-only", test_open_read_only);
  g_test_add_func ("/project/open/locked", test_open_locked);
  g_test_add_func ("/project/migrate/from-version-1", test_migrate_from_version_1);
  g_test_add_func ("/project/save-copy/over-itself", test_save_copy_over_itself);
  g_test_add_func ("/project/evidence/dedup", test_evidence_dedup);
  g_test_add_func ("/project/finalised/rejects-writes", test_finalised_rejects_writes);
  g_test_add_func ("/project/audit/rows", test_audit_rows);
  g_test_add_func ("/project/batch/rollback", test_batch_rollback);
  g_test_add_func ("/project/crash/kill-loop", test_crash_kill_loop);
  g_test_add_func ("/project/open/deferred-check", test_open_deferred_check);
  g_test_add_func ("/project/merge/into-itself", test_merge_into_itself);
  g_test_add_func ("/project/open/deferred-check-write-waits", test_open_deferred_check_write_waits);
  g_test_add_func ("/project/open/deferred-check-in-thread", test_open_deferred_check_in_thread);

  for (guint i = 0; i < G_N_ELEMENTS (damage_cases); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/project/open/%s", damage_cases[i].name);

      g_test_add_data_func (test_path, &damage_cases[i], test_open_damaged);
    }

  return g_test_run ();
}
