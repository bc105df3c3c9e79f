/* rr-district.c: every community of a project with its latest evaluation
 *
 * Reading one evaluation at a time costs a dozen queries each, too slow for
 * a thousand communities. Here the figures, meeting dates and scores are
 * each read by one query ordered by evaluation id and merged with the
 * evaluations sorted the same way, so the whole project takes six queries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-district"

#include "config.h"

#include "rr-district.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

static void
rr_district_row_free (RrDistrictRow *row)
{
  g_free (row->name);
  g_free (row->street);
  g_free (row->code);
  g_free (row);
}

void
rr_district_free (RrDistrict *district)
{
  if (district == NULL)
    return;

  g_clear_pointer (&district->rows, g_ptr_array_unref);
  g_clear_pointer (&district->template, rr_scoring_template_unref);
  g_clear_pointer (&district->recorded, g_hash_table_unref);
  g_clear_pointer (&district->catalog, rr_catalog_unref);
  g_free (district);
}

/* A query read row by row alongside the others, by evaluation id in
 * column 0. */
typedef struct {
  sqlite3_stmt *stmt;
  gboolean has_row;
  int rc;
} Cursor;

static void
cursor_next (Cursor *cursor)
{
  cursor->rc = sqlite3_step (cursor->stmt);
  cursor->has_row = cursor->rc == SQLITE_ROW;
}

/* Skips rows of evaluations before @id and returns whether the current row
 * is of @id. */
static gboolean
cursor_at (Cursor *cursor,
           gint64  id)
{
  while (cursor->has_row && sqlite3_column_int64 (cursor->stmt, 0) < id)
    cursor_next (cursor);

  return cursor->has_row && sqlite3_column_int64 (cursor->stmt, 0) == id;
}

/* Opens a cursor on @sql, binding @evaluation_id to ?1 when it is not 0. */
static gboolean
cursor_open (Cursor      *cursor,
             RrProject   *project,
             const char  *sql,
             gint64       evaluation_id,
             GError     **error)
{
  cursor->stmt = rr_project_prepare (project, sql, _("reading the district overview"), error);
  if (cursor->stmt == NULL)
    return FALSE;

  if (evaluation_id != 0)
    sqlite3_bind_int64 (cursor->stmt, 1, evaluation_id);
  cursor_next (cursor);
  return TRUE;
}

static void
cursor_close (Cursor *cursor)
{
  g_clear_pointer (&cursor->stmt, sqlite3_finalize);
}

typedef struct {
  Cursor figures;
  Cursor meetings;
  Cursor scores;
} Cursors;

/* The three queries, each for every evaluation or for evaluation ?1. */
#define FIGURES_SQL "SELECT evaluation_id, field, value FROM figures "
#define MEETINGS_SQL "SELECT evaluation_id, julian_day FROM council_meeting "
#define SCORES_SQL "SELECT r.evaluation_id, r.name, r.role, s.task, s.level, s.points, s.note " \
                   "FROM raters r JOIN scores s ON s.rater_id = r.id "
#define FIGURES_ORDER "ORDER BY evaluation_id"
#define MEETINGS_ORDER "ORDER BY evaluation_id, julian_day"
#define SCORES_ORDER "ORDER BY r.evaluation_id, r.name, s.task"

/* Opens the cursors on every evaluation, or on @evaluation_id alone. */
static gboolean
cursors_open (Cursors    *cursors,
              RrProject  *project,
              gint64      evaluation_id,
              GError    **error)
{
  gboolean single = evaluation_id != 0;

  return cursor_open (&cursors->figures, project,
                      single ? FIGURES_SQL "WHERE evaluation_id = ?1 " FIGURES_ORDER : FIGURES_SQL FIGURES_ORDER,
                      evaluation_id, error) &&
         cursor_open (&cursors->meetings, project,
                      single ? MEETINGS_SQL "WHERE evaluation_id = ?1 " MEETINGS_ORDER : MEETINGS_SQL MEETINGS_ORDER,
                      evaluation_id, error) &&
         cursor_open (&cursors->scores, project,
                      single ? SCORES_SQL "WHERE r.evaluation_id = ?1 " SCORES_ORDER : SCORES_SQL SCORES_ORDER,
                      evaluation_id, error);
}

/* Closes the cursors and reports the first that stopped on an error. */
static gboolean
cursors_close (Cursors    *cursors,
               RrProject  *project,
               gboolean    ok,
               GError    **error)
{
  for (Cursor *c = &cursors->figures; ok && c <= &cursors->scores; c++)
    if (c->stmt != NULL && c->rc != SQLITE_ROW && c->rc != SQLITE_DONE)
      ok = rr_sqlite_set_error (error, project->db, c->rc, _("reading the district overview"));

  cursor_close (&cursors->figures);
  cursor_close (&cursors->meetings);
  cursor_close (&cursors->scores);
  return ok;
}

static RrFigures *
read_figures (Cursors *cursors,
              gint64   evaluation_id)
{
  RrFigures *figures = rr_figures_new ();
  gboolean has_meetings = FALSE;

  for (; cursor_at (&cursors->figures, evaluation_id); cursor_next (&cursors->figures))
    {
      const char *id = (const char *) sqlite3_column_text (cursors->figures.stmt, 1);
      RrField field;

      if (rr_field_from_id (id, &field))
        rr_figures_set (figures, field, sqlite3_column_int64 (cursors->figures.stmt, 2));
      else if (g_strcmp0 (id, RR_FIELD_ID_COUNCIL_MEETING_DATES) == 0)
        has_meetings = TRUE;
    }

  if (has_meetings)
    {
      g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));

      for (; cursor_at (&cursors->meetings, evaluation_id); cursor_next (&cursors->meetings))
        {
          guint32 day = sqlite3_column_int64 (cursors->meetings.stmt, 1);

          g_array_append_val (days, day);
        }
      rr_figures_set_meeting_dates (figures, (const guint32 *) (gpointer) days->data, days->len);
    }

  return figures;
}

static RrScoreSheet *
read_sheet (Cursors *cursors,
            gint64   evaluation_id)
{
  RrScoreSheet *sheet = rr_score_sheet_new ();
  sqlite3_stmt *stmt = cursors->scores.stmt;

  for (; cursor_at (&cursors->scores, evaluation_id); cursor_next (&cursors->scores))
    {
      RrRating *rating;
      RrLevel level = RR_LEVEL_NONE;

      if (!rr_level_from_stored_name ((const char *) sqlite3_column_text (stmt, 4), &level))
        continue;

      rating = rr_score_sheet_add_rating (sheet,
                                          (const char *) sqlite3_column_text (stmt, 1),
                                          (const char *) sqlite3_column_text (stmt, 2),
                                          sqlite3_column_int (stmt, 3), level,
                                          (const char *) sqlite3_column_text (stmt, 6));
      rating->has_points = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
      rating->points = rating->has_points ? sqlite3_column_int64 (stmt, 5) : 0;
    }

  return sheet;
}

/* Evaluations handed to the worker at once: one wake-up per batch
 * instead of one per evaluation. */
#define BATCH_SIZE 64

/* One evaluation read from the file, waiting for a worker to score it. */
typedef struct {
  RrDistrictRow *row;
  RrFigures *figures;
  RrScoreSheet *sheet;
} Pending;

typedef struct {
  guint length;
  Pending items[BATCH_SIZE];
} Batch;

/* Scores one evaluation and keeps what the overview shows. Runs in a
 * worker thread: it writes only to its own row and reads the catalog
 * and the row's template, which nothing changes meanwhile. */
static void
score_row (Pending    *pending,
           RrDistrict *district)
{
  RrDistrictRow *row = pending->row;
  g_autoptr(RrFigures) figures = pending->figures;
  g_autoptr(RrScoreSheet) sheet = pending->sheet;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GArray) suggestions = NULL;
  g_autoptr(RrScoreResult) result = NULL;

  /* As rr_project_score_evaluation() does: the period and type are figures too. */
  if (!rr_figures_has (figures, RR_FIELD_PERIOD_START))
    rr_figures_set (figures, RR_FIELD_PERIOD_START, row->period_start);
  if (!rr_figures_has (figures, RR_FIELD_PERIOD_END))
    rr_figures_set (figures, RR_FIELD_PERIOD_END, row->period_end);
  if (!rr_figures_has (figures, RR_FIELD_COMMUNITY_TYPE))
    rr_figures_set (figures, RR_FIELD_COMMUNITY_TYPE, row->type);

  checks = rr_thresholds_evaluate (district->catalog, figures);
  suggestions = rr_scoring_suggest_levels (row->template, checks);
  result = rr_score_compute (row->template, sheet, suggestions);

  row->score = result->score;
  row->max = result->max;
  row->converted = result->converted;
  row->final = result->final;
  row->verdict = result->verdict;
  row->grade = result->grade;

  for (guint i = 0; i < result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);

      row->levels[i] = task->level;
      row->rated += task->rated;
      if (task->points->task->attribute == RR_ATTRIBUTE_BINDING && task->level == RR_LEVEL_MEETS)
        row->binding_met++;
    }

  for (guint i = 0; i < result->groups->len; i++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, i);

      row->group_scores[i] = group->score;
      row->group_max[i] = group->max;
    }

  for (guint i = 0; i < checks->len; i++)
    row->checks[i] = ((const RrCheck *) g_ptr_array_index (checks, i))->status;

}

static void
score_batch (Batch      *batch,
             RrDistrict *district)
{
  for (guint i = 0; i < batch->length; i++)
    score_row (&batch->items[i], district);
  g_free (batch);
}

static gboolean
check_limits (const RrCatalog  *catalog,
              GError          **error)
{
  if (catalog->tasks->len <= RR_DISTRICT_MAX_TASKS &&
      catalog->groups->len <= RR_DISTRICT_MAX_GROUPS &&
      catalog->requirements->len <= RR_DISTRICT_MAX_REQUIREMENTS)
    return TRUE;

  g_set_error (error, RR_ERROR, RR_ERROR_INVALID_CATALOG,
               _("The catalog has more tasks, groups or requirements than the district overview "
                 "shows (%d, %d and %d at most)."),
               RR_DISTRICT_MAX_TASKS, RR_DISTRICT_MAX_GROUPS, RR_DISTRICT_MAX_REQUIREMENTS);
  return FALSE;
}

/* Resets what @row shows of an evaluation, keeping the community. */
static void
clear_evaluation (RrDistrict    *district,
                  RrDistrictRow *row)
{
  row->template = district->template;
  row->evaluation_id = 0;
  row->kind = RR_EVALUATION_KIND_SELF;
  row->status = RR_EVALUATION_STATUS_DRAFT;
  row->period_start = row->period_end = 0;
  row->score = row->max = row->converted = row->final = 0;
  row->verdict = RR_VERDICT_MEETS;
  row->grade = NULL;
  row->binding_met = row->rated = 0;
  memset (row->group_scores, 0, sizeof row->group_scores);
  memset (row->group_max, 0, sizeof row->group_max);
  memset (row->levels, RR_LEVEL_NONE, sizeof row->levels);
  memset (row->checks, RR_CHECK_NOT_ASSESSED, sizeof row->checks);
}

/* Makes one row per community and returns them by community id. */
static gboolean
read_communities (RrDistrict  *district,
                  RrProject   *project,
                  GHashTable  *by_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) streets = rr_project_list_streets (project, error);
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GHashTable) street_names = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (streets == NULL)
    return FALSE;
  for (guint i = 0; i < streets->len; i++)
    {
      RrStreet *street = g_ptr_array_index (streets, i);

      g_hash_table_insert (street_names, &street->id, street->name);
    }

  communities = rr_project_list_communities (project, error);
  if (communities == NULL)
    return FALSE;

  for (guint i = 0; i < communities->len; i++)
    {
      RrCommunity *community = g_ptr_array_index (communities, i);
      RrDistrictRow *row = g_new0 (RrDistrictRow, 1);
      const char *street = g_hash_table_lookup (street_names, &community->street_id);

      row->community_id = community->id;
      row->name = g_steal_pointer (&community->name);
      row->code = g_steal_pointer (&community->code);
      row->street = g_strdup (street != NULL ? street : "");
      row->type = community->type;
      clear_evaluation (district, row);

      g_ptr_array_add (district->rows, row);
      g_hash_table_insert (by_id, &row->community_id, row);
    }

  return TRUE;
}

static int
compare_by_evaluation (gconstpointer a,
                       gconstpointer b)
{
  const RrDistrictRow *first = *(const RrDistrictRow * const *) a;
  const RrDistrictRow *second = *(const RrDistrictRow * const *) b;

  return (first->evaluation_id > second->evaluation_id) - (first->evaluation_id < second->evaluation_id);
}

/* Picks each community's latest evaluation and returns the rows that have
 * one, by evaluation id. */
static GPtrArray *
pick_latest (RrDistrict  *district,
             RrProject   *project,
             GHashTable  *by_id,
             GError     **error)
{
  g_autoptr(GPtrArray) evaluations = rr_project_list_evaluations (project, error);
  GPtrArray *evaluated;

  if (evaluations == NULL)
    return NULL;

  for (guint i = 0; i < evaluations->len; i++)
    {
      const RrEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      RrDistrictRow *row = g_hash_table_lookup (by_id, &evaluation->community_id);

      /* Ids grow, so ">=" lets the newest of equal periods win. */
      if (row == NULL || (row->evaluation_id != 0 && evaluation->period_end < row->period_end))
        continue;

      row->evaluation_id = evaluation->id;
      row->kind = evaluation->kind;
      row->status = evaluation->status;
      row->period_start = evaluation->period_start;
      row->period_end = evaluation->period_end;
    }

  evaluated = g_ptr_array_sized_new (district->rows->len);
  for (guint i = 0; i < district->rows->len; i++)
    {
      RrDistrictRow *row = g_ptr_array_index (district->rows, i);

      if (row->evaluation_id == 0)
        {
          district->without_evaluation++;
          continue;
        }
      district->status_counts[row->status]++;
      g_ptr_array_add (evaluated, row);
    }

  g_ptr_array_sort (evaluated, compare_by_evaluation);
  return evaluated;
}

/* Returns the template with id @reference in the file's templates table,
 * reading it the first time. A @reference of 0 (SQL NULL) means the
 * evaluation recorded none, so the district's template applies. */
static RrScoringTemplate *
find_template (RrDistrict  *district,
               RrProject   *project,
               gint64       reference,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RrScoringTemplate *template;
  int rc;

  if (reference == 0)
    return district->template;

  template = g_hash_table_lookup (district->recorded, &reference);
  if (template != NULL)
    return template;

  stmt = rr_project_prepare (project, "SELECT json FROM templates WHERE id = ?",
                             _("reading the scoring template"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, reference);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      rr_sqlite_set_error (error, project->db, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
                           _("reading the scoring template"));
      return NULL;
    }

  source = g_strdup_printf ("%s (templates)", rr_project_get_path (project));
  bytes = g_bytes_new (sqlite3_column_text (stmt, 0), sqlite3_column_bytes (stmt, 0));
  template = rr_scoring_template_load_bytes (bytes, source, district->catalog, error);
  if (template == NULL)
    return NULL;

  g_hash_table_insert (district->recorded, g_memdup2 (&reference, sizeof reference), template);
  return template;
}

/* Gives each evaluated row the template its evaluation recorded. Both
 * @evaluated and the query are in evaluation id order. */
static gboolean
assign_templates (RrDistrict  *district,
                  RrProject   *project,
                  GPtrArray   *evaluated,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint next = 0;
  int rc;

  stmt = rr_project_prepare (project,
                             "SELECT id, template_ref FROM evaluations WHERE template_ref IS NOT NULL ORDER BY id",
                             _("reading the scoring template"), error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 evaluation_id = sqlite3_column_int64 (stmt, 0);
      RrDistrictRow *row;

      while (next < evaluated->len &&
             ((RrDistrictRow *) g_ptr_array_index (evaluated, next))->evaluation_id < evaluation_id)
        next++;
      if (next == evaluated->len)
        break;

      row = g_ptr_array_index (evaluated, next);
      if (row->evaluation_id != evaluation_id)
        continue;

      row->template = find_template (district, project, sqlite3_column_int64 (stmt, 1), error);
      if (row->template == NULL)
        return FALSE;
    }

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the scoring template"));

  return TRUE;
}

static gboolean
score_all (RrDistrict  *district,
           RrProject   *project,
           GPtrArray   *evaluated,
           GError     **error)
{
  Cursors cursors = { { 0 } };
  GThreadPool *pool;
  gboolean ok;

  ok = cursors_open (&cursors, project, 0, error);

  /* Reading the file takes longer than scoring, so this thread reads
   * while one worker scores; a second worker would only wait. */
  pool = g_thread_pool_new ((GFunc) score_batch, district, 1, FALSE, NULL);
  for (guint i = 0; ok && i < evaluated->len; i += BATCH_SIZE)
    {
      Batch *batch = g_new (Batch, 1);

      batch->length = MIN (BATCH_SIZE, evaluated->len - i);
      for (guint j = 0; j < batch->length; j++)
        {
          Pending *pending = &batch->items[j];

          pending->row = g_ptr_array_index (evaluated, i + j);
          pending->figures = read_figures (&cursors, pending->row->evaluation_id);
          pending->sheet = read_sheet (&cursors, pending->row->evaluation_id);
        }
      g_thread_pool_push (pool, batch, NULL);
    }
  g_thread_pool_free (pool, FALSE, TRUE);

  return cursors_close (&cursors, project, ok, error);
}

/**
 * rr_district_load:
 *
 * Reads every community of @project and scores its latest evaluation with
 * @catalog and the scoring template the evaluation recorded, or @template
 * when it recorded none. One read transaction makes the overview a
 * consistent snapshot. An evaluation made against another catalog version
 * is scored with @catalog all the same.
 */
RrDistrict *
rr_district_load (RrProject          *project,
                  RrCatalog          *catalog,
                  RrScoringTemplate  *template,
                  GError            **error)
{
  g_autoptr(RrDistrict) district = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) evaluated = NULL;
  gboolean own_transaction;
  gboolean ok;

  g_return_val_if_fail (project != NULL, NULL);
  g_return_val_if_fail (catalog != NULL, NULL);
  g_return_val_if_fail (template != NULL, NULL);

  if (!check_limits (catalog, error))
    return NULL;

  district = g_new0 (RrDistrict, 1);
  district->catalog = rr_catalog_ref (catalog);
  district->template = rr_scoring_template_ref (template);
  district->recorded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) rr_scoring_template_unref);
  district->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_district_row_free);
  district->binding_total = rr_catalog_count_tasks (catalog, NULL, RR_ATTRIBUTE_BINDING);

  /* Inside a caller's transaction the reads already see one snapshot. */
  own_transaction = project->transaction_depth == 0;
  if (own_transaction && !rr_project_exec (project, "BEGIN", _("reading the district overview"), error))
    return NULL;

  ok = read_communities (district, project, by_id, error);
  if (ok)
    {
      evaluated = pick_latest (district, project, by_id, error);
      ok = evaluated != NULL && assign_templates (district, project, evaluated, error) &&
           score_all (district, project, evaluated, error);
    }

  if (own_transaction)
    rr_project_exec (project, "COMMIT", _("reading the district overview"), NULL);
  return ok ? g_steal_pointer (&district) : NULL;
}

/* Returns the index of the row of @community_id in @district->rows, or -1
 * when the district does not list it. */
int
rr_district_find_community (const RrDistrict *district,
                            gint64            community_id)
{
  guint low = 0;
  guint high = district->rows->len;

  /* The rows are in community id order, as rr_project_list_communities()
   * returns them. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      const RrDistrictRow *row = g_ptr_array_index (district->rows, middle);

      if (row->community_id == community_id)
        return (int) middle;
      if (row->community_id < community_id)
        low = middle + 1;
      else
        high = middle;
    }

  return -1;
}

/* Reads the latest evaluation of @row's community into @row, as
 * pick_latest() chooses it, and scores it. */
static gboolean
reload_row (RrDistrict     *district,
            RrProject      *project,
            RrDistrictRow  *row,
            GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(RrEvaluation) evaluation = NULL;
  Cursors cursors = { { 0 } };
  Pending pending = { row, NULL, NULL };
  gint64 latest;
  int rc;

  stmt = rr_project_prepare (project,
                             "SELECT id, template_ref FROM evaluations WHERE community_id = ? "
                             "ORDER BY period_end DESC, id DESC LIMIT 1",
                             _("reading the district overview"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, row->community_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the district overview"));

  latest = sqlite3_column_int64 (stmt, 0);
  row->template = find_template (district, project, sqlite3_column_int64 (stmt, 1), error);
  if (row->template == NULL)
    return FALSE;

  evaluation = rr_project_get_evaluation (project, latest, error);
  if (evaluation == NULL)
    return FALSE;

  row->evaluation_id = evaluation->id;
  row->kind = evaluation->kind;
  row->status = evaluation->status;
  row->period_start = evaluation->period_start;
  row->period_end = evaluation->period_end;

  if (!cursors_open (&cursors, project, latest, error))
    return cursors_close (&cursors, project, FALSE, error);

  pending.figures = read_figures (&cursors, latest);
  pending.sheet = read_sheet (&cursors, latest);
  if (!cursors_close (&cursors, project, TRUE, error))
    {
      rr_figures_free (pending.figures);
      rr_score_sheet_free (pending.sheet);
      return FALSE;
    }

  score_row (&pending, district);
  return TRUE;
}

/**
 * rr_district_update_community:
 * @index: (out) (optional): the position of the community's row in
 *   @district->rows
 *
 * Reads the latest evaluation of one community again and scores it, after
 * an edit, without reading the rest of the project. Fails when the
 * community is not in @district, because a community added since needs
 * rr_district_load(). On failure @district is unchanged.
 */
gboolean
rr_district_update_community (RrDistrict  *district,
                              RrProject   *project,
                              gint64       community_id,
                              guint       *index,
                              GError     **error)
{
  RrDistrictRow *row;
  RrDistrictRow fresh;
  gboolean own_transaction;
  gboolean ok;
  int found;

  g_return_val_if_fail (district != NULL, FALSE);
  g_return_val_if_fail (project != NULL, FALSE);

  found = rr_district_find_community (district, community_id);
  if (found < 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("Community %lld is not in the district overview. Open the project again."),
                   (long long) community_id);
      return FALSE;
    }

  /* Scores into a copy, so a failed read leaves the row as it was. */
  row = g_ptr_array_index (district->rows, found);
  fresh = *row;
  clear_evaluation (district, &fresh);

  own_transaction = project->transaction_depth == 0;
  if (own_transaction && !rr_project_exec (project, "BEGIN", _("reading the district overview"), error))
    return FALSE;
  ok = reload_row (district, project, &fresh, error);
  if (own_transaction)
    rr_project_exec (project, "COMMIT", _("reading the district overview"), NULL);
  if (!ok)
    return FALSE;

  if (row->evaluation_id != 0)
    district->status_counts[row->status]--;
  else
    district->without_evaluation--;
  if (fresh.evaluation_id != 0)
    district->status_counts[fresh.status]++;
  else
    district->without_evaluation++;

  *row = fresh;
  if (index != NULL)
    *index = (guint) found;
  return TRUE;
}

/* Formats the period as "2026-01 至 2026-06", or "" without an evaluation. */
char *
rr_district_row_format_period (const RrDistrictRow *row)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (row->evaluation_id == 0)
    return g_strdup ("");

  start = rr_month_format (row->period_start);
  end = rr_month_format (row->period_end);
  return g_strdup_printf (_("%s to %s"), start, end);
}

static int
compare_totals (gconstpointer a,
                gconstpointer b)
{
  const RrDistrictRow *first = *(const RrDistrictRow * const *) a;
  const RrDistrictRow *second = *(const RrDistrictRow * const *) b;

  if ((first->evaluation_id == 0) != (second->evaluation_id == 0))
    return first->evaluation_id == 0 ? 1 : -1;
  if (first->final != second->final)
    return first->final > second->final ? -1 : 1;

  return g_strcmp0 (first->name, second->name);
}

/* Returns the rows best first by final score, communities without an
 * evaluation last; the array borrows them. */
GPtrArray *
rr_district_sort_by_total (const RrDistrict *district)
{
  GPtrArray *sorted = g_ptr_array_sized_new (district->rows->len);

  for (guint i = 0; i < district->rows->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (district->rows, i));
  g_ptr_array_sort (sorted, compare_totals);
  return sorted;
}
