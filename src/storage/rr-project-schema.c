/* rr-project-schema.c: the tables of a project file and their migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

/* Migration N brings a file from user_version N - 1 to N. Never change a
 * migration that has been released; add a new one instead. */
static const char * const migrations[] = {
  /* 1: places, evaluations, figures, raters, scores and the audit log */
  "CREATE TABLE streets ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
  "  kind TEXT NOT NULL CHECK (kind IN ('街道', '镇'))"
  ");"
  "CREATE TABLE communities ("
  "  id INTEGER PRIMARY KEY,"
  "  street_id INTEGER NOT NULL REFERENCES streets (id),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  type TEXT NOT NULL CHECK (type IN ('community', 'village')),"
  "  code TEXT UNIQUE,"
  "  UNIQUE (street_id, name)"
  ");"
  "CREATE TABLE evaluations ("
  "  id INTEGER PRIMARY KEY,"
  "  community_id INTEGER NOT NULL REFERENCES communities (id),"
  "  kind TEXT NOT NULL CHECK (kind IN ('self', 'comprehensive')),"
  "  period_start INTEGER NOT NULL,"
  "  period_end INTEGER NOT NULL CHECK (period_end >= period_start),"
  "  date TEXT NOT NULL,"
  "  catalog_id TEXT NOT NULL,"
  "  catalog_version TEXT NOT NULL,"
  "  status TEXT NOT NULL DEFAULT 'draft'"
  "    CHECK (status IN ('draft', 'submitted', 'finalised'))"
  ");"
  "CREATE TABLE figures ("
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),"
  "  field TEXT NOT NULL,"
  "  value INTEGER NOT NULL,"
  "  PRIMARY KEY (evaluation_id, field)"
  ");"
  "CREATE TABLE council_meeting ("
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),"
  "  julian_day INTEGER NOT NULL,"
  "  PRIMARY KEY (evaluation_id, julian_day)"
  ");"
  "CREATE TABLE raters ("
  "  id INTEGER PRIMARY KEY,"
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  role TEXT NOT NULL,"
  "  UNIQUE (evaluation_id, name)"
  ");"
  "CREATE TABLE scores ("
  "  rater_id INTEGER NOT NULL REFERENCES raters (id),"
  "  task INTEGER NOT NULL CHECK (task > 0),"
  "  level TEXT NOT NULL CHECK (level IN ('达标', '基本达标', '未达标', '不适用')),"
  "  points INTEGER CHECK (points IS NULL OR points >= 0),"
  "  note TEXT,"
  "  PRIMARY KEY (rater_id, task)"
  ");"
  "CREATE TABLE audit_log ("
  "  id INTEGER PRIMARY KEY,"
  "  time TEXT NOT NULL,"
  "  user TEXT NOT NULL,"
  "  table_name TEXT NOT NULL,"
  "  row_id INTEGER,"
  "  field TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ");"
  "CREATE INDEX audit_log_row ON audit_log (table_name, row_id);",

  /* 2: evidence files, each content stored once */
  "CREATE TABLE blobs ("
  "  id INTEGER PRIMARY KEY,"
  "  sha256 TEXT NOT NULL UNIQUE,"
  "  data BLOB NOT NULL"
  ");"
  "CREATE TABLE evidence ("
  "  id INTEGER PRIMARY KEY,"
  "  evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),"
  "  task INTEGER NOT NULL CHECK (task > 0),"
  "  caption TEXT,"
  "  original_name TEXT NOT NULL,"
  "  size INTEGER NOT NULL CHECK (size >= 0),"
  "  sha256 TEXT NOT NULL,"
  "  blob_id INTEGER NOT NULL REFERENCES blobs (id)"
  ");"
  "CREATE INDEX evidence_evaluation ON evidence (evaluation_id, task);",

  /* 3: a stable id per evaluation, so copies of a project handed to several
   * raters can be merged back. The trigger fills it on every insert. */
  "ALTER TABLE evaluations ADD COLUMN uid TEXT;"
  "UPDATE evaluations SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;"
  "CREATE UNIQUE INDEX evaluations_uid ON evaluations (uid);"
  "CREATE TRIGGER evaluations_new_uid AFTER INSERT ON evaluations WHEN NEW.uid IS NULL "
  "BEGIN UPDATE evaluations SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;",

  /* 4: the scoring template each evaluation is scored by, copied into the
   * file so that a newer default template never rescores old evaluations. */
  "CREATE TABLE templates ("
  "  id INTEGER PRIMARY KEY,"
  "  template_id TEXT NOT NULL,"
  "  version TEXT NOT NULL,"
  "  json TEXT NOT NULL,"
  "  UNIQUE (template_id, version)"
  ");"
  "ALTER TABLE evaluations ADD COLUMN template_ref INTEGER REFERENCES templates (id);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RR_PROJECT_SCHEMA_VERSION);

static gboolean
run_migration (sqlite3     *db,
               const char  *path,
               guint        version,
               GError     **error)
{
  g_autofree char *action = g_strdup_printf (_("updating “%s” to file format %u"), path, version);
  g_autofree char *stamp = NULL;
  int rc;

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rr_sqlite_set_error (error, db, rc, action);

  /* The application id goes into the first migration's transaction, so a
   * file either has both or neither. */
  stamp = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u;",
                           RR_PROJECT_APPLICATION_ID, version);

  rc = sqlite3_exec (db, migrations[version - 1], NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, stamp, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      rr_sqlite_set_error (error, db, rc, action);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  g_debug ("Updated %s to file format %u", path, version);
  return TRUE;
}

/* Runs every migration above the file's user_version, each in its own
 * transaction, so an interruption leaves the file at a known version. */
gboolean
rr_project_migrate (sqlite3     *db,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int version;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rr_sqlite_set_error (error, db, rc, _("reading the file format"));

  version = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);

  for (guint next = version + 1; next <= RR_PROJECT_SCHEMA_VERSION; next++)
    if (!run_migration (db, path, next, error))
      return FALSE;

  return TRUE;
}
