/* rr-project-scores.c: the raters of an evaluation and their scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

static gboolean
insert_rater (RrProject   *project,
              gint64       evaluation_id,
              const char  *name,
              const char  *role,
              gint64      *id,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rr_project_prepare (project,
                             "INSERT INTO raters (evaluation_id, name, role) VALUES (?, ?, ?)",
                             _("adding a rater"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, role, -1, SQLITE_TRANSIENT);
  if (!rr_project_step_done (project, stmt, _("adding a rater"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (project->db);
  return rr_project_audit_int (project, "raters", *id, "evaluation_id", evaluation_id, error) &&
         rr_project_audit (project, "raters", *id, "name", NULL, name, error) &&
         rr_project_audit (project, "raters", *id, "role", NULL, role, error);
}

/* Adds a rater to an evaluation and returns the id, or 0 on error. Names
 * are unique within an evaluation. */
gint64
rr_project_add_rater (RrProject   *project,
                      gint64       evaluation_id,
                      const char  *name,
                      const char  *role,
                      GError     **error)
{
  GError *local_error = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (project != NULL, 0);

  if (!rr_project_check_writable (project, evaluation_id, error))
    return 0;

  if (name == NULL || *name == '\0' || role == NULL || *role == '\0')
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("A rater needs a name and a role (上级部门, 专家, 居民代表, 综合协调组 …)."));
      return 0;
    }

  if (rr_project_find_rater (project, evaluation_id, name, &local_error) != 0 ||
      local_error != NULL)
    {
      if (local_error == NULL)
        g_set_error (&local_error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                     _("Evaluation %lld already has a rater named “%s”."),
                     (long long) evaluation_id, name);
      g_propagate_error (error, local_error);
      return 0;
    }

  if (!rr_project_begin (project, error))
    return 0;

  ok = insert_rater (project, evaluation_id, name, role, &id, error);
  if (!rr_project_end (project, ok, error))
    return 0;

  return id;
}

/* Returns the id of the rater named @name, or 0 with no error when there is
 * none. */
gint64
rr_project_find_rater (RrProject   *project,
                       gint64       evaluation_id,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, 0);

  stmt = rr_project_prepare (project, "SELECT id FROM raters WHERE evaluation_id = ? AND name = ?",
                             _("reading the raters"), error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    rr_sqlite_set_error (error, project->db, rc, _("reading the raters"));

  return 0;
}

GPtrArray *
rr_project_list_raters (RrProject  *project,
                        gint64      evaluation_id,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) raters = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_rater_free);
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  stmt = rr_project_prepare (project,
                             "SELECT id, evaluation_id, name, role FROM raters "
                             "WHERE evaluation_id = ? ORDER BY id",
                             _("reading the raters"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RrRater *rater = g_new0 (RrRater, 1);

      rater->id = sqlite3_column_int64 (stmt, 0);
      rater->evaluation_id = sqlite3_column_int64 (stmt, 1);
      rater->name = rr_project_dup_column (stmt, 2);
      rater->role = rr_project_dup_column (stmt, 3);
      g_ptr_array_add (raters, rater);
    }

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the raters"));
      return NULL;
    }

  return g_steal_pointer (&raters);
}

/* ------------------------------------------------------------------------ */
/* Scores                                                                   */
/* ------------------------------------------------------------------------ */

static RrScore *
read_score (sqlite3_stmt *stmt)
{
  RrScore *score = g_new0 (RrScore, 1);

  score->rater_id = sqlite3_column_int64 (stmt, 0);
  score->task = sqlite3_column_int (stmt, 1);
  rr_level_from_stored_name ((const char *) sqlite3_column_text (stmt, 2), &score->level);
  score->points = sqlite3_column_type (stmt, 3) == SQLITE_NULL
                  ? RR_POINTS_NONE
                  : sqlite3_column_int64 (stmt, 3);
  score->note = rr_project_dup_column (stmt, 4);
  return score;
}

static char *
format_points (gint64 points)
{
  if (points == RR_POINTS_NONE)
    return NULL;

  return g_strdup_printf ("%lld", (long long) points);
}

/* Reads the score of a rater for a task and its rowid, which the audit log
 * uses as the row id. Returns NULL with no error when there is none. */
static RrScore *
find_score (RrProject  *project,
            gint64      rater_id,
            guint       task,
            gint64     *rowid,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rr_project_prepare (project,
                             "SELECT rater_id, task, level, points, note, rowid FROM scores "
                             "WHERE rater_id = ? AND task = ?",
                             _("reading the scores"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, rater_id);
  sqlite3_bind_int (stmt, 2, task);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *rowid = sqlite3_column_int64 (stmt, 5);
      return read_score (stmt);
    }
  if (rc != SQLITE_DONE)
    rr_sqlite_set_error (error, project->db, rc, _("reading the scores"));

  return NULL;
}

/* Writes an audit row for one field of a score when its value changed. */
static gboolean
audit_change (RrProject   *project,
              gint64       rowid,
              const char  *field,
              const char  *old_value,
              const char  *new_value,
              GError     **error)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;

  return rr_project_audit (project, "scores", rowid, field, old_value, new_value, error);
}

static gboolean
write_score (RrProject      *project,
             const RrScore  *score,
             GError        **error)
{
  g_autoptr(RrScore) old = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *old_points = NULL;
  g_autofree char *new_points = format_points (score->points);
  GError *local_error = NULL;
  gint64 rowid = 0;

  old = find_score (project, score->rater_id, score->task, &rowid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  stmt = rr_project_prepare (project,
                             "INSERT INTO scores (rater_id, task, level, points, note) "
                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (rater_id, task) DO UPDATE "
                             "SET level = ?3, points = ?4, note = ?5",
                             _("saving a score"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, score->rater_id);
  sqlite3_bind_int (stmt, 2, score->task);
  sqlite3_bind_text (stmt, 3, rr_level_get_stored_name (score->level), -1, SQLITE_STATIC);
  if (score->points != RR_POINTS_NONE)
    sqlite3_bind_int64 (stmt, 4, score->points);
  sqlite3_bind_text (stmt, 5, score->note, -1, SQLITE_TRANSIENT);
  if (!rr_project_step_done (project, stmt, _("saving a score"), error))
    return FALSE;

  if (old == NULL)
    {
      g_autofree char *task = g_strdup_printf ("%u", score->task);

      rowid = sqlite3_last_insert_rowid (project->db);
      if (!rr_project_audit_int (project, "scores", rowid, "rater_id", score->rater_id, error) ||
          !rr_project_audit (project, "scores", rowid, "task", NULL, task, error))
        return FALSE;
    }
  else
    {
      old_points = format_points (old->points);
    }

  return audit_change (project, rowid, "level", old ? rr_level_get_stored_name (old->level) : NULL,
                       rr_level_get_stored_name (score->level), error) &&
         audit_change (project, rowid, "points", old_points, new_points, error) &&
         audit_change (project, rowid, "note", old ? old->note : NULL, score->note, error);
}

/* Sets a rater's score for one task, replacing the score it had. */
gboolean
rr_project_set_score (RrProject      *project,
                      const RrScore  *score,
                      GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 evaluation_id;
  int rc;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (score != NULL, FALSE);
  g_return_val_if_fail (score->level <= RR_LEVEL_NOT_APPLICABLE, FALSE);

  if (score->task == 0 || (score->points < 0 && score->points != RR_POINTS_NONE))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("A score needs a task number above 0 and points of 0 or more."));
      return FALSE;
    }

  stmt = rr_project_prepare (project, "SELECT evaluation_id FROM raters WHERE id = ?",
                             _("reading the raters"), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, score->rater_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT, _("Rater %lld not found."),
                   (long long) score->rater_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the raters"));
  evaluation_id = sqlite3_column_int64 (stmt, 0);

  if (!rr_project_check_writable (project, evaluation_id, error))
    return FALSE;

  if (!rr_project_begin (project, error))
    return FALSE;

  return rr_project_end (project, write_score (project, score, error), error);
}

GPtrArray *
rr_project_list_scores (RrProject  *project,
                        gint64      rater_id,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_score_free);
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  stmt = rr_project_prepare (project,
                             "SELECT rater_id, task, level, points, note FROM scores "
                             "WHERE rater_id = ? ORDER BY task",
                             _("reading the scores"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, rater_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (scores, read_score (stmt));

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the scores"));
      return NULL;
    }

  return g_steal_pointer (&scores);
}
