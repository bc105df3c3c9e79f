/* rr-project-scoring.h: an evaluation read from a project and scored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "domain/rr-scoring.h"
#include "rr-project.h"

G_BEGIN_DECLS

/* Everything about one evaluation that the outputs show. */
typedef struct {
  RrEvaluation *evaluation;
  RrCommunity *community;
  char *street;              /* the street or town's name */
  RrFigures *figures;
  GPtrArray *checks;         /* of RrCheck */
  RrScoreSheet *sheet;
  GArray *suggestions;       /* of RrLevel, one per task */
  RrScoreResult *result;
  GPtrArray *rectification;  /* of RrRectification, against the previous evaluation */
  GPtrArray *evidence;       /* of RrEvidence */
  RrScoreResult *self_result; /* for a 综合评价: the 自我评价 of the same period, or NULL */
} RrEvaluationScores;

RrEvaluationScores *rr_project_score_evaluation (RrProject          *project,
                                                 gint64              evaluation_id,
                                                 RrCatalog          *catalog,
                                                 RrScoringTemplate  *template,
                                                 GError            **error);
char               *rr_evaluation_scores_format_period (const RrEvaluationScores *scores);
void                rr_evaluation_scores_free   (RrEvaluationScores *scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrEvaluationScores, rr_evaluation_scores_free)

G_END_DECLS
