/* rr-project-evaluations.c: evaluations and their status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

#define EVALUATION_COLUMNS \
  "SELECT id, community_id, kind, period_start, period_end, date, catalog_id, " \
  "catalog_version, status FROM evaluations "

static RrEvaluation *
read_evaluation (sqlite3_stmt *stmt)
{
  RrEvaluation *evaluation = g_new0 (RrEvaluation, 1);

  evaluation->id = sqlite3_column_int64 (stmt, 0);
  evaluation->community_id = sqlite3_column_int64 (stmt, 1);
  rr_evaluation_kind_from_id ((const char *) sqlite3_column_text (stmt, 2), &evaluation->kind);
  evaluation->period_start = sqlite3_column_int64 (stmt, 3);
  evaluation->period_end = sqlite3_column_int64 (stmt, 4);
  evaluation->date = rr_project_dup_column (stmt, 5);
  evaluation->catalog_id = rr_project_dup_column (stmt, 6);
  evaluation->catalog_version = rr_project_dup_column (stmt, 7);
  rr_evaluation_status_from_id ((const char *) sqlite3_column_text (stmt, 8), &evaluation->status);
  return evaluation;
}

static gboolean
insert_evaluation (RrProject         *project,
                   gint64             community_id,
                   RrEvaluationKind   kind,
                   gint64             period_start,
                   gint64             period_end,
                   const RrCatalog   *catalog,
                   gint64            *id,
                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  const char *kind_id = rr_evaluation_kind_get_id (kind);

  stmt = rr_project_prepare (project,
                             "INSERT INTO evaluations (community_id, kind, period_start, "
                             "period_end, date, catalog_id, catalog_version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)",
                             _("adding an evaluation"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, community_id);
  sqlite3_bind_text (stmt, 2, kind_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, period_start);
  sqlite3_bind_int64 (stmt, 4, period_end);
  sqlite3_bind_text (stmt, 5, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, catalog->id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, catalog->version, -1, SQLITE_TRANSIENT);
  if (!rr_project_step_done (project, stmt, _("adding an evaluation"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (project->db);
  return rr_project_audit_int (project, "evaluations", *id, "community_id", community_id, error) &&
         rr_project_audit (project, "evaluations", *id, "kind", NULL, kind_id, error) &&
         rr_project_audit_int (project, "evaluations", *id, "period_start", period_start, error) &&
         rr_project_audit_int (project, "evaluations", *id, "period_end", period_end, error) &&
         rr_project_audit (project, "evaluations", *id, "catalog_id", NULL, catalog->id, error) &&
         rr_project_audit (project, "evaluations", *id, "catalog_version", NULL,
                           catalog->version, error);
}

/* Adds a draft evaluation of a community for the months @period_start to
 * @period_end against @catalog, and returns its id, or 0 on error. */
gint64
rr_project_add_evaluation (RrProject         *project,
                           gint64             community_id,
                           RrEvaluationKind   kind,
                           gint64             period_start,
                           gint64             period_end,
                           const RrCatalog   *catalog,
                           GError           **error)
{
  g_autoptr(RrCommunity) community = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (project != NULL, 0);
  g_return_val_if_fail (catalog != NULL, 0);

  community = rr_project_get_community (project, community_id, error);
  if (community == NULL)
    return 0;

  if (period_end < period_start)
    {
      g_autofree char *start = rr_month_format (period_start);
      g_autofree char *end = rr_month_format (period_end);

      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("The evaluation period ends (%s) before it starts (%s). Swap the months."),
                   end, start);
      return 0;
    }

  if (!rr_project_begin (project, error))
    return 0;

  ok = insert_evaluation (project, community_id, kind, period_start, period_end, catalog, &id,
                          error);
  if (!rr_project_end (project, ok, error))
    return 0;

  return id;
}

/* Returns the evaluation with @id, or NULL with an error when there is none. */
RrEvaluation *
rr_project_get_evaluation (RrProject  *project,
                           gint64      id,
                           GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  stmt = rr_project_prepare (project, EVALUATION_COLUMNS "WHERE id = ?",
                             _("reading the evaluations"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_evaluation (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                 _("Evaluation %lld not found. Run “renren-eval project "
                   "info” to list the evaluations."), (long long) id);
  else
    rr_sqlite_set_error (error, project->db, rc, _("reading the evaluations"));

  return NULL;
}

GPtrArray *
rr_project_list_evaluations (RrProject  *project,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  evaluations = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_evaluation_free);
  stmt = rr_project_prepare (project, EVALUATION_COLUMNS "ORDER BY id",
                             _("reading the evaluations"), error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (evaluations, read_evaluation (stmt));

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the evaluations"));
      return NULL;
    }

  return g_steal_pointer (&evaluations);
}

/* Fails unless the project is writable and evaluation @evaluation_id exists
 * and is not finalised. Every write to an evaluation's data checks this. */
gboolean
rr_project_check_writable (RrProject  *project,
                           gint64      evaluation_id,
                           GError    **error)
{
  g_autoptr(RrEvaluation) evaluation = NULL;

  g_return_val_if_fail (project != NULL, FALSE);

  if (project->read_only)
    {
      g_set_error_literal (error, RR_ERROR, RR_ERROR_IO, project->read_only_reason);
      return FALSE;
    }

  evaluation = rr_project_get_evaluation (project, evaluation_id, error);
  if (evaluation == NULL)
    return FALSE;

  if (evaluation->status == RR_EVALUATION_STATUS_FINALISED)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("Evaluation %lld is finalised, so it cannot be changed. "
                     "Reopen it with a reason first."), (long long) evaluation_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
update_status (RrProject           *project,
               gint64               id,
               RrEvaluationStatus   old_status,
               RrEvaluationStatus   status,
               const char          *reason,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rr_project_prepare (project, "UPDATE evaluations SET status = ? WHERE id = ?",
                             _("changing the evaluation status"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, rr_evaluation_status_get_id (status), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);

  return rr_project_step_done (project, stmt, _("changing the evaluation status"), error) &&
         rr_project_audit (project, "evaluations", id, "status",
                           rr_evaluation_status_get_id (old_status),
                           rr_evaluation_status_get_id (status), error) &&
         (reason == NULL ||
          rr_project_audit (project, "evaluations", id, "reopen_reason", NULL, reason, error));
}

/* Moves an evaluation to @status. A finalised evaluation only leaves that
 * status through rr_project_reopen_evaluation(). */
gboolean
rr_project_set_evaluation_status (RrProject           *project,
                                  gint64               id,
                                  RrEvaluationStatus   status,
                                  GError             **error)
{
  g_autoptr(RrEvaluation) evaluation = NULL;
  gboolean ok;

  g_return_val_if_fail (project != NULL, FALSE);

  if (!rr_project_check_writable (project, id, error))
    return FALSE;

  evaluation = rr_project_get_evaluation (project, id, error);
  if (evaluation == NULL)
    return FALSE;
  if (evaluation->status == status)
    return TRUE;

  if (!rr_project_begin (project, error))
    return FALSE;

  ok = update_status (project, id, evaluation->status, status, NULL, error);
  return rr_project_end (project, ok, error);
}

/* Sets a finalised evaluation back to draft and records @reason in the
 * audit log. */
gboolean
rr_project_reopen_evaluation (RrProject   *project,
                              gint64       id,
                              const char  *reason,
                              GError     **error)
{
  g_autoptr(RrEvaluation) evaluation = NULL;
  gboolean ok;

  g_return_val_if_fail (project != NULL, FALSE);

  if (reason == NULL || *reason == '\0')
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("Reopening evaluation %lld needs a reason. Say why it "
                     "must change."), (long long) id);
      return FALSE;
    }

  evaluation = rr_project_get_evaluation (project, id, error);
  if (evaluation == NULL)
    return FALSE;

  if (evaluation->status != RR_EVALUATION_STATUS_FINALISED)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("Evaluation %lld is not finalised, so it needs no "
                     "reopening."), (long long) id);
      return FALSE;
    }

  if (!rr_project_begin (project, error))
    return FALSE;

  ok = update_status (project, id, evaluation->status, RR_EVALUATION_STATUS_DRAFT, reason, error);
  return rr_project_end (project, ok, error);
}
