/* rr-project-merge.c: bringing raters' copies of a project back together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project-merge"

#include "config.h"

#include "rr-project.h"
#include "rr-project-private.h"
#include "rr-sqlite.h"

#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

static void
conflict_free (gpointer data)
{
  RrMergeConflict *conflict = data;

  g_free (conflict->source);
  g_free (conflict->rater);
  g_free (conflict->target_level);
  g_free (conflict->source_level);
  g_free (conflict->target_note);
  g_free (conflict->source_note);
  g_free (conflict);
}

RrMergeReport *
rr_merge_report_new (void)
{
  RrMergeReport *report = g_new0 (RrMergeReport, 1);

  report->conflicts = g_ptr_array_new_with_free_func (conflict_free);
  return report;
}

void
rr_merge_report_free (RrMergeReport *report)
{
  if (report == NULL)
    return;

  g_ptr_array_unref (report->conflicts);
  g_free (report);
}

/* Reads the stable id of an evaluation, or NULL. */
static char *
evaluation_uid (RrProject  *project,
                gint64      evaluation_id,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = rr_project_prepare (project, "SELECT uid FROM evaluations WHERE id = ?",
                                                     _("reading the evaluations"), error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return rr_project_dup_column (stmt, 0);
}

/* Finds the evaluation with @uid: its id, 0 when there is none, -1 on error. */
static gint64
find_by_uid (RrProject   *project,
             const char  *uid,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = rr_project_prepare (project, "SELECT id FROM evaluations WHERE uid = ?",
                                                     _("reading the evaluations"), error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the evaluations"));
      return -1;
    }
  return 0;
}

static const RrScore *
find_score (GPtrArray *scores,
            guint      task)
{
  for (guint i = 0; scores != NULL && i < scores->len; i++)
    if (((RrScore *) g_ptr_array_index (scores, i))->task == task)
      return g_ptr_array_index (scores, i);
  return NULL;
}

static gboolean
same_score (const RrScore *a,
            const RrScore *b)
{
  return a->level == b->level && a->points == b->points &&
         g_strcmp0 (a->note != NULL ? a->note : "", b->note != NULL ? b->note : "") == 0;
}

static gboolean
merge_rater (RrProject     *target,
             RrProject     *source,
             const char    *source_path,
             gint64         target_evaluation,
             const RrRater *rater,
             RrMergeReport *report,
             GError       **error)
{
  g_autoptr(GPtrArray) source_scores = rr_project_list_scores (source, rater->id, error);
  g_autoptr(GPtrArray) target_scores = NULL;
  g_autoptr(GError) find_error = NULL;
  gint64 target_rater;

  if (source_scores == NULL)
    return FALSE;

  target_rater = rr_project_find_rater (target, target_evaluation, rater->name, &find_error);
  if (target_rater <= 0)
    {
      g_clear_error (&find_error);
      target_rater = rr_project_add_rater (target, target_evaluation, rater->name, rater->role, error);
      if (target_rater <= 0)
        return FALSE;
      report->raters_added++;
    }

  target_scores = rr_project_list_scores (target, target_rater, error);
  if (target_scores == NULL)
    return FALSE;

  for (guint i = 0; i < source_scores->len; i++)
    {
      RrScore *score = g_ptr_array_index (source_scores, i);
      const RrScore *existing = find_score (target_scores, score->task);
      RrMergeConflict *conflict;

      if (existing != NULL && same_score (existing, score))
        continue;

      if (existing == NULL)
        {
          score->rater_id = target_rater;
          if (!rr_project_set_score (target, score, error))
            return FALSE;
          report->scores_added++;
          continue;
        }

      /* Never overwrite: a person decides which judgement is kept. */
      conflict = g_new0 (RrMergeConflict, 1);
      conflict->source = g_strdup (source_path);
      conflict->evaluation_id = target_evaluation;
      conflict->rater = g_strdup (rater->name);
      conflict->task = score->task;
      conflict->target_level = g_strdup (rr_level_get_stored_name (existing->level));
      conflict->source_level = g_strdup (rr_level_get_stored_name (score->level));
      conflict->target_note = g_strdup (existing->note);
      conflict->source_note = g_strdup (score->note);
      g_ptr_array_add (report->conflicts, conflict);
    }

  return TRUE;
}

static gboolean
merge_evidence (RrProject     *target,
                RrProject     *source,
                gint64         source_evaluation,
                gint64         target_evaluation,
                RrMergeReport *report,
                GError       **error)
{
  g_autoptr(GPtrArray) source_evidence = rr_project_list_evidence (source, source_evaluation, error);
  g_autoptr(GPtrArray) target_evidence = NULL;

  if (source_evidence == NULL)
    return FALSE;
  target_evidence = rr_project_list_evidence (target, target_evaluation, error);
  if (target_evidence == NULL)
    return FALSE;

  for (guint i = 0; i < source_evidence->len; i++)
    {
      const RrEvidence *evidence = g_ptr_array_index (source_evidence, i);
      g_autoptr(GBytes) data = NULL;
      gboolean present = FALSE;

      for (guint j = 0; j < target_evidence->len && !present; j++)
        {
          const RrEvidence *other = g_ptr_array_index (target_evidence, j);
          present = other->task == evidence->task && g_str_equal (other->sha256, evidence->sha256);
        }
      if (present)
        continue;

      data = rr_project_get_evidence_data (source, evidence->id, error);
      if (data == NULL ||
          rr_project_add_evidence (target, target_evaluation, evidence->task, evidence->caption,
                                   evidence->original_name, data, error) <= 0)
        return FALSE;
      report->evidence_added++;
    }

  return TRUE;
}

static gboolean
merge_all (RrProject     *target,
           RrProject     *source,
           const char    *source_path,
           RrMergeReport *report,
           GError       **error)
{
  g_autoptr(GPtrArray) evaluations = rr_project_list_evaluations (source, error);

  if (evaluations == NULL)
    return FALSE;

  for (guint i = 0; i < evaluations->len; i++)
    {
      const RrEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      g_autofree char *uid = evaluation_uid (source, evaluation->id, error);
      g_autoptr(GPtrArray) raters = NULL;
      gint64 target_evaluation;

      if (uid == NULL)
        return FALSE;

      target_evaluation = find_by_uid (target, uid, error);
      if (target_evaluation < 0)
        return FALSE;
      if (target_evaluation == 0)
        {
          report->unmatched_evaluations++;
          continue;
        }

      raters = rr_project_list_raters (source, evaluation->id, error);
      if (raters == NULL)
        return FALSE;
      for (guint r = 0; r < raters->len; r++)
        if (!merge_rater (target, source, source_path, target_evaluation, g_ptr_array_index (raters, r), report, error))
          return FALSE;

      if (!merge_evidence (target, source, evaluation->id, target_evaluation, report, error))
        return FALSE;
    }

  return TRUE;
}

/* Reports whether two paths name one file, also through links. */
static gboolean
is_same_file (const char *first,
              const char *second)
{
  GStatBuf a;
  GStatBuf b;

  return g_stat (first, &a) == 0 && g_stat (second, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/**
 * rr_project_merge:
 * @source_path: a copy of the project that a rater worked in
 * @report: counts what was added and collects the conflicts
 *
 * Brings the raters, scores, notes and evidence of @source_path into
 * @target, matching evaluations by their stable ids. A score that differs
 * from one already in @target is a conflict: it is listed in @report and
 * left as it is in @target. Everything from one source goes in one
 * transaction, so an error leaves @target unchanged.
 */
gboolean
rr_project_merge (RrProject      *target,
                  const char     *source_path,
                  RrMergeReport  *report,
                  GError        **error)
{
  g_autoptr(RrProject) source = NULL;

  g_return_val_if_fail (target != NULL, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  if (is_same_file (target->path, source_path))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("“%s” is the project itself, not a rater’s copy. Choose the copy a rater scored in."),
                   source_path);
      return FALSE;
    }

  source = rr_project_open (source_path, RR_PROJECT_OPEN_READ_ONLY, error);
  if (source == NULL || !rr_project_begin (target, error))
    return FALSE;

  return rr_project_end (target, merge_all (target, source, source_path, report, error), error);
}
