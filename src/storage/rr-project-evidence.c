/* rr-project-evidence.c: evidence files and the audit log
 *
 * The contents of evidence files live in the blobs table, keyed by their
 * SHA-256, so a file added twice, or to two tasks, is stored once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

/* Returns the id of the blob with @sha256, adding it when it is new. */
static gint64
store_blob (RrProject   *project,
            const char  *sha256,
            GBytes      *data,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  gsize size;
  gconstpointer bytes = g_bytes_get_data (data, &size);
  int rc;

  find = rr_project_prepare (project, "SELECT id FROM blobs WHERE sha256 = ?",
                             _("reading the evidence files"), error);
  if (find == NULL)
    return 0;

  sqlite3_bind_text (find, 1, sha256, -1, SQLITE_STATIC);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (find, 0);
  if (rc != SQLITE_DONE)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the evidence files"));

  /* NOTE: SQLite rejects a blob larger than SQLITE_MAX_LENGTH, 1e9 bytes by
   * default, with "string or blob too big". */
  insert = rr_project_prepare (project, "INSERT INTO blobs (sha256, data) VALUES (?, ?)",
                               _("saving an evidence file"), error);
  if (insert == NULL)
    return 0;

  sqlite3_bind_text (insert, 1, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_blob64 (insert, 2, size > 0 ? bytes : "", size, SQLITE_STATIC);
  if (!rr_project_step_done (project, insert, _("saving an evidence file"), error))
    return 0;

  return sqlite3_last_insert_rowid (project->db);
}

static gboolean
insert_evidence (RrProject   *project,
                 gint64       evaluation_id,
                 guint        task,
                 const char  *caption,
                 const char  *original_name,
                 GBytes      *data,
                 gint64      *id,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  g_autofree char *task_text = g_strdup_printf ("%u", task);
  gint64 size = g_bytes_get_size (data);
  gint64 blob_id;

  blob_id = store_blob (project, sha256, data, error);
  if (blob_id == 0)
    return FALSE;

  stmt = rr_project_prepare (project,
                             "INSERT INTO evidence (evaluation_id, task, caption, original_name, "
                             "size, sha256, blob_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             _("saving an evidence file"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  sqlite3_bind_int (stmt, 2, task);
  sqlite3_bind_text (stmt, 3, caption, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, original_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, size);
  sqlite3_bind_text (stmt, 6, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 7, blob_id);
  if (!rr_project_step_done (project, stmt, _("saving an evidence file"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (project->db);
  return rr_project_audit_int (project, "evidence", *id, "evaluation_id", evaluation_id, error) &&
         rr_project_audit (project, "evidence", *id, "task", NULL, task_text, error) &&
         (caption == NULL ||
          rr_project_audit (project, "evidence", *id, "caption", NULL, caption, error)) &&
         rr_project_audit (project, "evidence", *id, "original_name", NULL, original_name,
                           error) &&
         rr_project_audit (project, "evidence", *id, "sha256", NULL, sha256, error);
}

/* Adds an evidence file for a task and returns its id, or 0 on error.
 * Contents already in the project are not stored again. */
gint64
rr_project_add_evidence (RrProject   *project,
                         gint64       evaluation_id,
                         guint        task,
                         const char  *caption,
                         const char  *original_name,
                         GBytes      *data,
                         GError     **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (project != NULL, 0);
  g_return_val_if_fail (data != NULL, 0);

  if (!rr_project_check_writable (project, evaluation_id, error))
    return 0;

  if (task == 0 || original_name == NULL || *original_name == '\0')
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("An evidence file needs a task number above 0 and a file name."));
      return 0;
    }

  if (!rr_project_begin (project, error))
    return 0;

  ok = insert_evidence (project, evaluation_id, task, caption, original_name, data, &id, error);
  if (!rr_project_end (project, ok, error))
    return 0;

  return id;
}

GPtrArray *
rr_project_list_evidence (RrProject  *project,
                          gint64      evaluation_id,
                          GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_evidence_free);
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  stmt = rr_project_prepare (project,
                             "SELECT id, evaluation_id, task, caption, original_name, size, "
                             "sha256, blob_id FROM evidence WHERE evaluation_id = ? ORDER BY id",
                             _("reading the evidence files"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RrEvidence *evidence = g_new0 (RrEvidence, 1);

      evidence->id = sqlite3_column_int64 (stmt, 0);
      evidence->evaluation_id = sqlite3_column_int64 (stmt, 1);
      evidence->task = sqlite3_column_int (stmt, 2);
      evidence->caption = rr_project_dup_column (stmt, 3);
      evidence->original_name = rr_project_dup_column (stmt, 4);
      evidence->size = sqlite3_column_int64 (stmt, 5);
      evidence->sha256 = rr_project_dup_column (stmt, 6);
      evidence->blob_id = sqlite3_column_int64 (stmt, 7);
      g_ptr_array_add (list, evidence);
    }

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the evidence files"));
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* Returns the contents of an evidence file. */
GBytes *
rr_project_get_evidence_data (RrProject  *project,
                              gint64      evidence_id,
                              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  stmt = rr_project_prepare (project,
                             "SELECT blobs.data FROM evidence JOIN blobs ON blobs.id = "
                             "evidence.blob_id WHERE evidence.id = ?",
                             _("reading the evidence files"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, evidence_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));

  if (rc == SQLITE_DONE)
    g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT, _("Evidence file %lld not found."),
                 (long long) evidence_id);
  else
    rr_sqlite_set_error (error, project->db, rc, _("reading the evidence files"));

  return NULL;
}

/* Returns how many distinct file contents the project stores, or -1 on
 * error. */
gint64
rr_project_count_blobs (RrProject  *project,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, -1);

  stmt = rr_project_prepare (project, "SELECT count(*) FROM blobs",
                             _("reading the evidence files"), error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the evidence files"));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* Returns the audit rows, oldest first: all of them when @table_name is
 * NULL, otherwise those of that table, and of row @row_id unless it is 0. */
GPtrArray *
rr_project_list_audit (RrProject   *project,
                       const char  *table_name,
                       gint64       row_id,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_audit_entry_free);
  stmt = rr_project_prepare (project,
                             "SELECT id, time, user, table_name, row_id, field, old_value, "
                             "new_value FROM audit_log WHERE (?1 IS NULL OR table_name = ?1) "
                             "AND (?2 = 0 OR row_id = ?2) ORDER BY id",
                             _("reading the audit log"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, table_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, row_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RrAuditEntry *entry = g_new0 (RrAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->time = rr_project_dup_column (stmt, 1);
      entry->user = rr_project_dup_column (stmt, 2);
      entry->table_name = rr_project_dup_column (stmt, 3);
      entry->row_id = sqlite3_column_int64 (stmt, 4);
      entry->field = rr_project_dup_column (stmt, 5);
      entry->old_value = rr_project_dup_column (stmt, 6);
      entry->new_value = rr_project_dup_column (stmt, 7);
      g_ptr_array_add (list, entry);
    }

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the audit log"));
      return NULL;
    }

  return g_steal_pointer (&list);
}
