/* rr-scoring.h: scores per task, group and total, several raters combined
 *
 * Scores are hundredths of a point. Each task's combined score is rounded
 * half up to a hundredth, and groups and the total add up those rounded
 * scores, so a printed sheet's subtotals equal the sum of its lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "rr-catalog.h"
#include "rr-figures.h"
#include "rr-scoring-template.h"
#include "rr-thresholds.h"

G_BEGIN_DECLS

/* One rater's judgement of one task. */
/* Its strings belong to the score sheet's string chunk. */
typedef struct {
  char *rater;
  char *role;             /* 上级部门, 专家, 居民代表, 综合协调组 … */
  guint task;
  RrLevel level;
  gboolean has_points;    /* points replace the level's share of the maximum */
  gint64 points;          /* hundredths */
  char *note;             /* required for 不适用 and for a level other than the suggested one */
} RrRating;

typedef struct {
  char *id;               /* an RrVeto id of the template */
  char *note;             /* what happened; required */
} RrVetoEvent;

typedef struct {
  char *id;               /* an RrHonour id of the template */
  char *title;            /* the honour, e.g. 全国示范社区 */
} RrHonourAward;

/* Everything the raters entered for one evaluation. */
typedef struct {
  GPtrArray *ratings;     /* of RrRating */
  GPtrArray *vetoes;      /* of RrVetoEvent */
  GPtrArray *honours;     /* of RrHonourAward */
  GStringChunk *strings;  /* the ratings' names, roles and notes, each kept once */
} RrScoreSheet;

typedef enum {
  RR_VERDICT_MEETS,
  RR_VERDICT_BASICALLY_MEETS,
  RR_VERDICT_FAILS,
  RR_VERDICT_VETOED,
} RrVerdict;

typedef struct {
  const RrTaskPoints *points;   /* the task and its points, owned by the template */
  gboolean rated;               /* at least one rating */
  gboolean excluded;            /* every rating is 不适用 */
  gint64 score;                 /* hundredths */
  gint64 max;                   /* hundredths; 0 when excluded */
  RrLevel level;                /* combined; RR_LEVEL_NONE when not rated */
  RrLevel suggested;            /* from the figures; RR_LEVEL_NONE when none */
  gboolean disagreement;        /* raters differ by more than one level */
  GPtrArray *ratings;           /* of RrRating, borrowed from the sheet */
} RrTaskResult;

typedef struct {
  const RrGroup *group;
  gint64 score;
  gint64 max;
  int minimum_percent;          /* -1 when the template sets none */
  gboolean below_minimum;
} RrGroupResult;

typedef struct {
  char *rater;
  char *role;
  gint64 score;
  gint64 max;
} RrRaterResult;

typedef struct {
  RrScoringTemplate *template;
  GPtrArray *tasks;             /* of RrTaskResult, in the catalog's order */
  GPtrArray *groups;            /* of RrGroupResult */
  GPtrArray *raters;            /* of RrRaterResult, in the order they first rate */
  gint64 score;                 /* hundredths */
  gint64 max;
  gint64 converted;             /* score on 100, hundredths, rounded half up */
  gint64 bonus;                 /* hundredths, capped */
  gint64 final;                 /* converted + bonus */
  RrVerdict verdict;
  GPtrArray *reasons;           /* of char *: why the verdict is not 达标 */
  const RrGrade *grade;         /* owned by the template */
  GArray *unrated;              /* of guint task numbers */
} RrScoreResult;

typedef enum {
  RR_RECTIFICATION_NEW,
  RR_RECTIFICATION_PERSISTING,
  RR_RECTIFICATION_RESOLVED,
} RrRectificationStatus;

/* One line of the rectification list (整改清单). */
typedef struct {
  guint task;
  gboolean binding;
  char *requirement;            /* a requirement id, or NULL for the task's level */
  char *problem;                /* the level reached, or the shortfall */
  char *notes;                  /* the raters' notes, one a line */
  RrRectificationStatus status;
} RrRectification;

RrScoreSheet  *rr_score_sheet_new          (void);
void           rr_score_sheet_free         (RrScoreSheet            *sheet);
RrRating      *rr_score_sheet_add_rating   (RrScoreSheet            *sheet,
                                            const char              *rater,
                                            const char              *role,
                                            guint                    task,
                                            RrLevel                  level,
                                            const char              *note);
void           rr_score_sheet_add_veto     (RrScoreSheet            *sheet,
                                            const char              *id,
                                            const char              *note);
void           rr_score_sheet_add_honour   (RrScoreSheet            *sheet,
                                            const char              *id,
                                            const char              *title);

GArray        *rr_scoring_suggest_levels   (const RrScoringTemplate *template,
                                            GPtrArray               *checks);
GPtrArray     *rr_score_sheet_validate     (const RrScoringTemplate *template,
                                            const RrScoreSheet      *sheet,
                                            GArray                  *suggestions);
RrScoreResult *rr_score_compute            (RrScoringTemplate       *template,
                                            const RrScoreSheet      *sheet,
                                            GArray                  *suggestions);
void           rr_score_result_free        (RrScoreResult           *result);
const RrTaskResult *rr_score_result_get_task (const RrScoreResult   *result,
                                              guint                  number);
const char    *rr_verdict_get_name         (const RrScoringTemplate *template,
                                            RrVerdict                verdict);
const char    *rr_verdict_get_id           (RrVerdict                verdict);
const char    *rr_level_get_name           (const RrScoringTemplate *template,
                                            RrLevel                  level);

GPtrArray     *rr_rectification_build      (const RrScoreResult     *result,
                                            GPtrArray               *checks,
                                            GPtrArray               *previous);
void           rr_rectification_free       (RrRectification         *item);

char          *rr_points_format            (gint64                   hundredths);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrScoreSheet, rr_score_sheet_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrScoreResult, rr_score_result_free)

G_END_DECLS
