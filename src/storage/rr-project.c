/* rr-project.c: opening, checking and copying project files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

/* How long a statement waits for another process's lock before it fails. */
#define BUSY_TIMEOUT_MS 5000

/* How long opening waits for the write lock before it opens read-only. */
#define LOCK_PROBE_TIMEOUT_MS 200

/* ------------------------------------------------------------------------ */
/* Connections                                                              */
/* ------------------------------------------------------------------------ */

/* Sets @error for a failure while opening and checking @path. */
static gboolean
set_open_error (GError     **error,
                const char  *path,
                sqlite3     *db,
                int          rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("“%s” is not a project file because it is not an SQLite database. "
                     "Open a project file made by renren-eval, or create one with "
                     "“renren-eval project new”."), path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("“%s” is damaged (%s). renren-eval left it unchanged; open a backup "
                     "copy instead."), path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
      g_set_error (error, RR_ERROR, RR_ERROR_IO,
                   _("Cannot read “%s”: %s. Check that the file exists and that you may read it."),
                   path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    default:
      {
        g_autofree char *action = g_strdup_printf (_("opening “%s”"), path);
        rr_sqlite_set_error (error, db, rc, action);
      }
      break;
    }

  return FALSE;
}

static sqlite3 *
open_connection (const char  *path,
                 int          flags,
                 GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_open_error (error, path, db, rc);
      return NULL;
    }

  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  return g_steal_pointer (&db);
}

static int
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rc == SQLITE_DONE ? SQLITE_CORRUPT : rc;

  *value = sqlite3_column_int64 (stmt, 0);
  return SQLITE_OK;
}

/* Runs PRAGMA quick_check and fails with its first complaint. */
static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_open_error (error, path, db, rc);

  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") == 0)
    return TRUE;

  /* Drop the "*** in database main ***" line that names the schema. */
  if (result != NULL && g_str_has_prefix (result, "*** ") && strchr (result, '\n') != NULL)
    result = strchr (result, '\n') + 1;

  g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
               _("“%s” is damaged (%s). renren-eval left it unchanged; open a backup "
                 "copy instead."), path, result);
  return FALSE;
}

/* Checks that @db is a project file this build can read, without writing. */
static gboolean
check_file (sqlite3     *db,
            const char  *path,
            gint64      *version,
            gboolean     deep,
            GError     **error)
{
  gint64 application_id = 0;
  gint64 pages = 0;
  int rc;

  rc = query_int (db, "PRAGMA application_id", &application_id);
  if (rc == SQLITE_OK)
    rc = query_int (db, "PRAGMA user_version", version);
  if (rc != SQLITE_OK)
    return set_open_error (error, path, db, rc);

  if (application_id == 0 && query_int (db, "PRAGMA page_count", &pages) == SQLITE_OK &&
      pages == 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("“%s” is empty, so it is not a project file. Open a project file made "
                     "by renren-eval, or create one with “renren-eval project new”."), path);
      return FALSE;
    }

  if (application_id != RR_PROJECT_APPLICATION_ID)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("“%s” is an SQLite database of another program, not a renren-eval "
                     "project. Open a project file made by renren-eval."), path);
      return FALSE;
    }

  if (*version > RR_PROJECT_SCHEMA_VERSION)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("“%s” was written by a newer version of renren-eval (file format %d; "
                     "this version reads up to %d). Install a newer renren-eval to open it."),
                   path, (int) *version, RR_PROJECT_SCHEMA_VERSION);
      return FALSE;
    }

  return !deep || quick_check (db, path, error);
}

/* Journal mode DELETE with synchronous=FULL: project files live on USB
 * sticks and network drives, and WAL needs shared memory that network file
 * systems do not provide. DELETE removes the journal after each commit, so
 * no side file stays beside the project for users to forget when they copy
 * it. FULL syncs the journal and the file on every commit, so a pulled stick
 * or a crash loses at most the transaction in progress, on drives that
 * honour fsync. */
static gboolean
set_pragmas (sqlite3     *db,
             const char  *path,
             gboolean     read_only,
             GError     **error)
{
  const char *sql = read_only
    ? "PRAGMA foreign_keys = ON;"
    : "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_open_error (error, path, db, rc);

  return TRUE;
}

/* Returns a reason when the file or its folder cannot be written, since the
 * rollback journal is created in the same folder. */
static char *
find_read_only_reason (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_access (path, W_OK) != 0)
    return g_strdup_printf (_("“%s” is read-only because you have no permission to change it. "
                              "Save a copy to edit it."), path);

  if (g_access (folder, W_OK) != 0)
    return g_strdup_printf (_("“%s” is read-only because its folder “%s” cannot be written. "
                              "Save a copy elsewhere to edit it."), path, folder);

  return NULL;
}

/* Takes the write lock briefly. Returns FALSE with no error when another
 * process has it. */
static gboolean
probe_write_lock (sqlite3     *db,
                  const char  *path,
                  GError     **error)
{
  int rc;

  sqlite3_busy_timeout (db, LOCK_PROBE_TIMEOUT_MS);
  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);

  if ((rc & 0xff) == SQLITE_BUSY)
    return FALSE;
  if (rc != SQLITE_OK)
    return set_open_error (error, path, db, rc);

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return TRUE;
}

static RrProject *
project_new (sqlite3    *db,
             const char *path,
             char       *read_only_reason)
{
  RrProject *project = g_new0 (RrProject, 1);

  project->db = db;
  project->path = g_strdup (path);
  project->read_only = read_only_reason != NULL;
  project->read_only_reason = read_only_reason;
  return project;
}

/* ------------------------------------------------------------------------ */
/* Files                                                                    */
/* ------------------------------------------------------------------------ */

/* Creates a project file at @path, which must not exist yet. */
RrProject *
rr_project_create (const char  *path,
                   GError     **error)
{
  g_autoptr(sqlite3) db = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO,
                   _("“%s” already exists. Choose another file name, or open the file."), path);
      return NULL;
    }

  db = open_connection (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (db == NULL)
    return NULL;

  if (!set_pragmas (db, path, FALSE, error) || !rr_project_migrate (db, path, error))
    {
      g_clear_pointer (&db, sqlite3_close);
      g_unlink (path);
      return NULL;
    }

  return project_new (g_steal_pointer (&db), path, NULL);
}

static RrProjectCheck *check_new (const char *path);

/* Opens the project file at @path after checking it. With
 * %RR_PROJECT_OPEN_DEFER_CHECK the damage check waits: the caller runs it
 * in a worker thread (rr_project_get_deferred_check()), and the first write
 * waits for its result.
 * A file that cannot be written, or whose write lock another process
 * holds, opens read-only; see rr_project_get_read_only_reason(). An older
 * file is migrated. A file that fails a check is left unchanged and
 * @error names it. */
RrProject *
rr_project_open (const char          *path,
                 RrProjectOpenFlags   flags,
                 GError             **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *reason = NULL;
  gint64 version = 0;
  RrProject *project;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO,
                   _("Project file “%s” not found. Check the path, or create it with "
                     "“renren-eval project new”."), path);
      return NULL;
    }

  if (flags & RR_PROJECT_OPEN_READ_ONLY)
    reason = g_strdup_printf (_("“%s” was opened read-only on request."), path);
  else
    reason = find_read_only_reason (path);

  db = open_connection (path, reason != NULL ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE,
                        error);
  if (db == NULL || !check_file (db, path, &version, (flags & RR_PROJECT_OPEN_DEFER_CHECK) == 0, error))
    return NULL;

  /* Never migrate a file that has not been checked. */
  if (version < RR_PROJECT_SCHEMA_VERSION && (flags & RR_PROJECT_OPEN_DEFER_CHECK) &&
      !quick_check (db, path, error))
    return NULL;

  if (reason == NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!probe_write_lock (db, path, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }

          g_clear_pointer (&db, sqlite3_close);
          reason = g_strdup_printf (_("“%s” is read-only because another program is "
                                      "changing it. Close the other program and open the "
                                      "file again to edit it."), path);
          db = open_connection (path, SQLITE_OPEN_READONLY, error);
          if (db == NULL)
            return NULL;
        }
    }

  if (version < RR_PROJECT_SCHEMA_VERSION && reason != NULL)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO,
                   _("“%s” uses an older file format that must be updated before it can be "
                     "read, but it cannot be changed now: %s"), path, reason);
      return NULL;
    }

  if (!set_pragmas (db, path, reason != NULL, error))
    return NULL;

  if (version < RR_PROJECT_SCHEMA_VERSION && !rr_project_migrate (db, path, error))
    return NULL;

  project = project_new (g_steal_pointer (&db), path, g_steal_pointer (&reason));
  /* An older file was checked before its migration. */
  if ((flags & RR_PROJECT_OPEN_DEFER_CHECK) && version == RR_PROJECT_SCHEMA_VERSION)
    project->check = check_new (path);
  return project;
}

/**
 * rr_project_check:
 *
 * Runs the damage check that rr_project_open() skips with
 * %RR_PROJECT_OPEN_DEFER_CHECK, on a connection of its own, so it may run
 * in a worker thread while the project stays open elsewhere.
 */
gboolean
rr_project_check (const char  *path,
                  GError     **error)
{
  g_autoptr(sqlite3) db = NULL;
  gint64 version = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  db = open_connection (path, SQLITE_OPEN_READONLY, error);
  return db != NULL && check_file (db, path, &version, TRUE, error);
}

typedef enum {
  CHECK_NOT_STARTED,
  CHECK_RUNNING,
  CHECK_DONE,
} CheckState;

struct _RrProjectCheck {
  GMutex lock;
  GCond done;
  char *path;
  CheckState state;           /* guarded by lock */
  GError *error;              /* guarded by lock; NULL when the file passed */
};

static void
check_clear (RrProjectCheck *check)
{
  g_mutex_clear (&check->lock);
  g_cond_clear (&check->done);
  g_free (check->path);
  g_clear_error (&check->error);
}

static RrProjectCheck *
check_new (const char *path)
{
  RrProjectCheck *check = g_atomic_rc_box_new0 (RrProjectCheck);

  g_mutex_init (&check->lock);
  g_cond_init (&check->done);
  check->path = g_strdup (path);
  return check;
}

void
rr_project_check_unref (RrProjectCheck *check)
{
  g_atomic_rc_box_release_full (check, (GDestroyNotify) check_clear);
}

/**
 * rr_project_get_deferred_check:
 *
 * Returns the damage check that %RR_PROJECT_OPEN_DEFER_CHECK put off, for
 * rr_project_check_run() in a worker thread, or %NULL when there is none
 * left to run or wait for.
 *
 * Returns: (transfer full) (nullable): the check
 */
RrProjectCheck *
rr_project_get_deferred_check (RrProject *project)
{
  g_return_val_if_fail (project != NULL, NULL);

  return project->check != NULL ? g_atomic_rc_box_acquire (project->check) : NULL;
}

/**
 * rr_project_check_run:
 *
 * Runs the deferred damage check in the calling thread, on a connection of
 * its own. When another thread is already running it, waits for that
 * result instead, and after the first run returns the same result again.
 */
gboolean
rr_project_check_run (RrProjectCheck  *check,
                      GError         **error)
{
  gboolean passed;

  g_return_val_if_fail (check != NULL, FALSE);

  g_mutex_lock (&check->lock);
  if (check->state == CHECK_NOT_STARTED)
    {
      GError *local_error = NULL;

      check->state = CHECK_RUNNING;
      g_mutex_unlock (&check->lock);
      rr_project_check (check->path, &local_error);
      g_mutex_lock (&check->lock);
      check->error = local_error;
      check->state = CHECK_DONE;
      g_cond_broadcast (&check->done);
    }

  while (check->state != CHECK_DONE)
    g_cond_wait (&check->done, &check->lock);

  passed = check->error == NULL;
  if (!passed)
    g_propagate_error (error, g_error_copy (check->error));
  g_mutex_unlock (&check->lock);
  return passed;
}

/* Returns whether a write now would wait for the deferred damage check. */
gboolean
rr_project_check_pending (RrProject *project)
{
  gboolean pending;

  if (project->check == NULL)
    return FALSE;

  g_mutex_lock (&project->check->lock);
  pending = project->check->state != CHECK_DONE;
  g_mutex_unlock (&project->check->lock);
  return pending;
}

/* Waits for the deferred damage check before the first write, so nothing
 * is written to a damaged file. A damaged file turns read-only here. */
static void
settle_check (RrProject *project)
{
  g_autoptr(GError) damage = NULL;

  if (project->check == NULL)
    return;

  if (!rr_project_check_run (project->check, &damage) && !project->read_only)
    rr_project_mark_damaged (project, damage->message);
  g_clear_pointer (&project->check, rr_project_check_unref);
}

/**
 * rr_project_mark_damaged:
 *
 * Makes @project read-only after a deferred check found it damaged;
 * @message, from that check, becomes the read-only reason.
 */
void
rr_project_mark_damaged (RrProject  *project,
                         const char *message)
{
  g_return_if_fail (project != NULL);
  g_return_if_fail (message != NULL);

  sqlite3_exec (project->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
  project->read_only = TRUE;
  g_free (project->read_only_reason);
  project->read_only_reason = g_strdup (message);
}

void
rr_project_close (RrProject *project)
{
  if (project == NULL)
    return;

  if (project->transaction_depth > 0)
    {
      g_warning ("Closing “%s” inside a transaction; rolling it back", project->path);
      sqlite3_exec (project->db, "ROLLBACK", NULL, NULL, NULL);
    }

  sqlite3_close (project->db);
  g_clear_pointer (&project->check, rr_project_check_unref);
  g_free (project->path);
  g_free (project->read_only_reason);
  g_free (project);
}

const char *
rr_project_get_path (RrProject *project)
{
  g_return_val_if_fail (project != NULL, NULL);

  return project->path;
}

gboolean
rr_project_is_read_only (RrProject *project)
{
  g_return_val_if_fail (project != NULL, TRUE);

  return project->read_only;
}

/* Returns why the project is read-only, for the user, or NULL. */
const char *
rr_project_get_read_only_reason (RrProject *project)
{
  g_return_val_if_fail (project != NULL, NULL);

  return project->read_only_reason;
}

static gboolean
is_same_file (const char *a,
              const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;

  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static gboolean
backup_into (RrProject   *project,
             const char  *temp_path,
             GError     **error)
{
  g_autoptr(sqlite3) dest = NULL;
  sqlite3_backup *backup;
  int rc;

  dest = open_connection (temp_path, SQLITE_OPEN_READWRITE, error);
  if (dest == NULL)
    return FALSE;

  backup = sqlite3_backup_init (dest, "main", project->db, "main");
  if (backup == NULL)
    return rr_sqlite_set_error (error, dest, sqlite3_errcode (dest), _("copying the project"));

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    return rr_sqlite_set_error (error, dest, rc, _("copying the project"));

  rc = sqlite3_close (g_steal_pointer (&dest));
  if (rc != SQLITE_OK)
    return rr_sqlite_set_error (error, NULL, rc, _("copying the project"));

  return TRUE;
}

/* Writes a consistent copy of the project to @dest_path with the SQLite
 * backup API. The copy goes to a temporary file beside @dest_path first and
 * replaces @dest_path only when complete. */
gboolean
rr_project_save_copy (RrProject   *project,
                      const char  *dest_path,
                      GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *temp_path = NULL;
  int fd;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (is_same_file (project->path, dest_path))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO,
                   _("Cannot save a copy of “%s” over itself. Choose another file name."),
                   project->path);
      return FALSE;
    }

  folder = g_path_get_dirname (dest_path);
  temp_path = g_build_filename (folder, ".renren-copy-XXXXXX", NULL);
  fd = g_mkstemp (temp_path);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Cannot write in “%s”: %s"),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  if (!backup_into (project, temp_path, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }

  if (g_rename (temp_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Cannot write “%s”: %s"),
                   dest_path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Transactions                                                             */
/* ------------------------------------------------------------------------ */

/* Starts a transaction, or joins the one in progress, so that several calls
 * commit together. Every call that succeeds needs one rr_project_commit()
 * or rr_project_rollback(). */
gboolean
rr_project_begin (RrProject  *project,
                  GError    **error)
{
  int rc;

  g_return_val_if_fail (project != NULL, FALSE);

  settle_check (project);
  if (project->read_only)
    {
      g_set_error_literal (error, RR_ERROR, RR_ERROR_IO, project->read_only_reason);
      return FALSE;
    }

  if (project->transaction_depth == 0)
    {
      rc = sqlite3_exec (project->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if ((rc & 0xff) == SQLITE_BUSY)
        {
          g_set_error (error, RR_ERROR, RR_ERROR_IO,
                       _("“%s” is busy because another program is changing it. Try again "
                         "when the other program has finished."), project->path);
          return FALSE;
        }
      if (rc != SQLITE_OK)
        return rr_sqlite_set_error (error, project->db, rc, _("starting a change"));

      project->rollback_only = FALSE;
    }

  project->transaction_depth++;
  return TRUE;
}

/* Ends a transaction started by rr_project_begin(). The outermost call
 * commits, unless an inner call rolled back, in which case it rolls back
 * and fails. */
gboolean
rr_project_commit (RrProject  *project,
                   GError    **error)
{
  int rc;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (project->transaction_depth > 0, FALSE);

  if (--project->transaction_depth > 0)
    return TRUE;

  if (project->rollback_only)
    {
      sqlite3_exec (project->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, RR_ERROR, RR_ERROR_FAILED,
                   _("A change to “%s” failed, so none of the changes were saved."),
                   project->path);
      return FALSE;
    }

  rc = sqlite3_exec (project->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      rr_sqlite_set_error (error, project->db, rc, _("saving the changes"));
      sqlite3_exec (project->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/* Ends a transaction started by rr_project_begin() and discards every
 * change since the outermost rr_project_begin(). */
void
rr_project_rollback (RrProject *project)
{
  g_return_if_fail (project != NULL);
  g_return_if_fail (project->transaction_depth > 0);

  if (--project->transaction_depth > 0)
    {
      project->rollback_only = TRUE;
      return;
    }

  sqlite3_exec (project->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Commits when @ok, rolls back otherwise, and returns whether both the
 * change and the commit succeeded. @error is already set when !@ok. */
gboolean
rr_project_end (RrProject  *project,
                gboolean    ok,
                GError    **error)
{
  if (!ok)
    {
      rr_project_rollback (project);
      return FALSE;
    }

  return rr_project_commit (project, error);
}

/* ------------------------------------------------------------------------ */
/* Statements and the audit log                                             */
/* ------------------------------------------------------------------------ */

gboolean
rr_project_exec (RrProject   *project,
                 const char  *sql,
                 const char  *action,
                 GError     **error)
{
  int rc = sqlite3_exec (project->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return rr_sqlite_set_error (error, project->db, rc, action);

  return TRUE;
}

sqlite3_stmt *
rr_project_prepare (RrProject   *project,
                    const char  *sql,
                    const char  *action,
                    GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (project->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      rr_sqlite_set_error (error, project->db, rc, action);
      return NULL;
    }

  return stmt;
}

/* Steps a statement that returns no rows. */
gboolean
rr_project_step_done (RrProject     *project,
                      sqlite3_stmt  *stmt,
                      const char    *action,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return rr_sqlite_set_error (error, project->db, rc, action);

  return TRUE;
}

char *
rr_project_dup_column (sqlite3_stmt *stmt,
                       int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Appends an audit row. Call it inside the transaction of the change. */
gboolean
rr_project_audit (RrProject   *project,
                  const char  *table_name,
                  gint64       row_id,
                  const char  *field,
                  const char  *old_value,
                  const char  *new_value,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *time = g_date_time_format_iso8601 (now);

  g_assert (project->transaction_depth > 0);

  stmt = rr_project_prepare (project,
                             "INSERT INTO audit_log (time, user, table_name, row_id, field, "
                             "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             _("writing the audit log"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, time, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, table_name, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, row_id);
  sqlite3_bind_text (stmt, 5, field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, old_value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, new_value, -1, SQLITE_TRANSIENT);

  return rr_project_step_done (project, stmt, _("writing the audit log"), error);
}

gboolean
rr_project_audit_int (RrProject   *project,
                      const char  *table_name,
                      gint64       row_id,
                      const char  *field,
                      gint64       new_value,
                      GError     **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, new_value);

  return rr_project_audit (project, table_name, row_id, field, NULL, text, error);
}
