/* rr-task-scoring.h: one rater's level, note and evidence for one task
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "storage/rr-project-scoring.h"

G_BEGIN_DECLS

#define RR_TYPE_TASK_SCORING (rr_task_scoring_get_type ())

G_DECLARE_FINAL_TYPE (RrTaskScoring, rr_task_scoring, RR, TASK_SCORING, GtkWidget)

/* A change the window can undo: the score before it, or no score. */
typedef struct {
  gint64 rater_id;
  guint task;
  gboolean had_score;
  RrLevel level;
  gint64 points;
  char *note;
} RrScoreChange;

GtkWidget *rr_task_scoring_new        (void);
void       rr_task_scoring_show       (RrTaskScoring            *self,
                                       RrProject                *project,
                                       const RrEvaluationScores *scores,
                                       const RrRater            *rater,
                                       const RrTask             *task);
gboolean   rr_task_scoring_choose_level (RrTaskScoring          *self,
                                         RrLevel                 level);
void       rr_task_scoring_set_note   (RrTaskScoring            *self,
                                       const char               *note);
const char *rr_task_scoring_get_message (RrTaskScoring          *self);
gboolean   rr_task_scoring_add_files  (RrTaskScoring            *self,
                                       GSList                   *files,
                                       GError                  **error);

void       rr_score_change_free       (RrScoreChange            *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrScoreChange, rr_score_change_free)

G_END_DECLS
