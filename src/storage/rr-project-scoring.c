/* rr-project-scoring.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project-scoring"

#include "config.h"

#include "rr-project-scoring.h"

#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

void
rr_evaluation_scores_free (RrEvaluationScores *scores)
{
  if (scores == NULL)
    return;

  g_clear_pointer (&scores->evaluation, rr_evaluation_free);
  g_clear_pointer (&scores->community, rr_community_free);
  g_free (scores->street);
  g_clear_pointer (&scores->figures, rr_figures_free);
  g_clear_pointer (&scores->checks, g_ptr_array_unref);
  g_clear_pointer (&scores->sheet, rr_score_sheet_free);
  g_clear_pointer (&scores->suggestions, g_array_unref);
  g_clear_pointer (&scores->result, rr_score_result_free);
  g_clear_pointer (&scores->rectification, g_ptr_array_unref);
  g_clear_pointer (&scores->evidence, g_ptr_array_unref);
  g_clear_pointer (&scores->self_result, rr_score_result_free);
  g_free (scores);
}

static char *
find_street_name (RrProject  *project,
                  gint64      street_id,
                  GError    **error)
{
  g_autoptr(GPtrArray) streets = rr_project_list_streets (project, error);

  if (streets == NULL)
    return NULL;

  for (guint i = 0; i < streets->len; i++)
    {
      const RrStreet *street = g_ptr_array_index (streets, i);

      if (street->id == street_id)
        return g_strdup (street->name);
    }

  return g_strdup ("");
}

static RrScoreSheet *
load_sheet (RrProject  *project,
            gint64      evaluation_id,
            GError    **error)
{
  g_autoptr(RrScoreSheet) sheet = rr_score_sheet_new ();
  g_autoptr(GPtrArray) raters = rr_project_list_raters (project, evaluation_id, error);

  if (raters == NULL)
    return NULL;

  for (guint i = 0; i < raters->len; i++)
    {
      const RrRater *rater = g_ptr_array_index (raters, i);
      g_autoptr(GPtrArray) scores = rr_project_list_scores (project, rater->id, error);

      if (scores == NULL)
        return NULL;

      for (guint j = 0; j < scores->len; j++)
        {
          const RrScore *score = g_ptr_array_index (scores, j);
          RrRating *rating = rr_score_sheet_add_rating (sheet, rater->name, rater->role, score->task,
                                                       score->level, score->note);

          rating->has_points = score->points != RR_POINTS_NONE;
          rating->points = rating->has_points ? score->points : 0;
        }
    }

  return g_steal_pointer (&sheet);
}

/* Finds the same community's latest evaluation that ended before @evaluation
 * started, or 0. */
static gint64
find_previous (RrProject          *project,
               const RrEvaluation *evaluation,
               GError            **error)
{
  g_autoptr(GPtrArray) evaluations = rr_project_list_evaluations (project, error);
  const RrEvaluation *best = NULL;

  if (evaluations == NULL)
    return -1;

  for (guint i = 0; i < evaluations->len; i++)
    {
      const RrEvaluation *other = g_ptr_array_index (evaluations, i);

      if (other->community_id == evaluation->community_id &&
          other->period_end < evaluation->period_start &&
          (best == NULL || other->period_end > best->period_end))
        best = other;
    }

  return best != NULL ? best->id : 0;
}

/* Finds the 自我评价 of the same community and period as a 综合评价, or 0. */
static gint64
find_self_evaluation (RrProject          *project,
                      const RrEvaluation *evaluation,
                      GError            **error)
{
  g_autoptr(GPtrArray) evaluations = rr_project_list_evaluations (project, error);

  if (evaluations == NULL)
    return -1;

  for (guint i = 0; i < evaluations->len; i++)
    {
      const RrEvaluation *other = g_ptr_array_index (evaluations, i);

      if (other->community_id == evaluation->community_id && other->kind == RR_EVALUATION_KIND_SELF &&
          other->period_start == evaluation->period_start && other->period_end == evaluation->period_end)
        return other->id;
    }

  return 0;
}

static RrEvaluationScores *
score_evaluation (RrProject          *project,
                  gint64              evaluation_id,
                  RrCatalog          *catalog,
                  RrScoringTemplate  *template,
                  gboolean            with_previous,
                  GError            **error)
{
  g_autoptr(RrEvaluationScores) scores = g_new0 (RrEvaluationScores, 1);
  g_autoptr(RrEvaluationScores) previous = NULL;
  g_autoptr(RrScoringTemplate) recorded = NULL;
  gint64 previous_id = 0;

  scores->evaluation = rr_project_get_evaluation (project, evaluation_id, error);
  if (scores->evaluation == NULL)
    return NULL;

  scores->community = rr_project_get_community (project, scores->evaluation->community_id, error);
  if (scores->community == NULL)
    return NULL;

  scores->street = find_street_name (project, scores->community->street_id, error);
  scores->figures = rr_project_get_figures (project, evaluation_id, error);
  if (scores->street == NULL || scores->figures == NULL)
    return NULL;

  /* The evaluation's period and the community's type are figures too, typed
   * once where they were recorded. */
  if (!rr_figures_has (scores->figures, RR_FIELD_PERIOD_START))
    rr_figures_set (scores->figures, RR_FIELD_PERIOD_START, scores->evaluation->period_start);
  if (!rr_figures_has (scores->figures, RR_FIELD_PERIOD_END))
    rr_figures_set (scores->figures, RR_FIELD_PERIOD_END, scores->evaluation->period_end);
  if (!rr_figures_has (scores->figures, RR_FIELD_COMMUNITY_TYPE))
    rr_figures_set (scores->figures, RR_FIELD_COMMUNITY_TYPE, scores->community->type);

  /* The evaluation keeps the template it was first scored by. */
  recorded = rr_project_get_template (project, evaluation_id, template, error);
  if (recorded == NULL)
    return NULL;
  template = recorded;

  scores->checks = rr_thresholds_evaluate (catalog, scores->figures);
  scores->suggestions = rr_scoring_suggest_levels (template, scores->checks);
  scores->sheet = load_sheet (project, evaluation_id, error);
  if (scores->sheet == NULL)
    return NULL;

  scores->result = rr_score_compute (template, scores->sheet, scores->suggestions);
  scores->evidence = rr_project_list_evidence (project, evaluation_id, error);
  if (scores->evidence == NULL)
    return NULL;

  if (with_previous)
    {
      previous_id = find_previous (project, scores->evaluation, error);
      if (previous_id < 0)
        return NULL;
      if (previous_id > 0)
        {
          previous = score_evaluation (project, previous_id, catalog, template, FALSE, error);
          if (previous == NULL)
            return NULL;
        }
    }

  scores->rectification = rr_rectification_build (scores->result, scores->checks,
                                                  previous != NULL ? previous->rectification : NULL);

  if (with_previous && scores->evaluation->kind == RR_EVALUATION_KIND_COMPREHENSIVE)
    {
      gint64 self_id = find_self_evaluation (project, scores->evaluation, error);

      if (self_id < 0)
        return NULL;
      if (self_id > 0)
        {
          g_autoptr(RrEvaluationScores) self_scores = score_evaluation (project, self_id, catalog, template,
                                                                        FALSE, error);

          if (self_scores == NULL)
            return NULL;
          scores->self_result = g_steal_pointer (&self_scores->result);
        }
    }

  return g_steal_pointer (&scores);
}

/**
 * rr_project_score_evaluation:
 *
 * Reads an evaluation with its community, figures, ratings and evidence,
 * checks the figures, scores it, and builds its rectification list against
 * the community's previous evaluation.
 */
RrEvaluationScores *
rr_project_score_evaluation (RrProject          *project,
                             gint64              evaluation_id,
                             RrCatalog          *catalog,
                             RrScoringTemplate  *template,
                             GError            **error)
{
  g_return_val_if_fail (project != NULL, NULL);
  g_return_val_if_fail (catalog != NULL, NULL);
  g_return_val_if_fail (template != NULL, NULL);

  return score_evaluation (project, evaluation_id, catalog, template, TRUE, error);
}

/* Formats the period as "2026-01 至 2026-06". */
char *
rr_evaluation_scores_format_period (const RrEvaluationScores *scores)
{
  g_autofree char *start = rr_month_format (scores->evaluation->period_start);
  g_autofree char *end = rr_month_format (scores->evaluation->period_end);

  /* Translators: an evaluation period, "2026-01 至 2026-06" */
  return g_strdup_printf (_("%s to %s"), start, end);
}
