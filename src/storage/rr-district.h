/* rr-district.h: every community of a project with its latest evaluation
 *
 * A district overview reads the whole project in a few sequential queries
 * and scores each community's latest evaluation (the one whose period ends
 * last, and of those the newest). It keeps only what the overview shows, a
 * few hundred bytes per community, so 10,000 communities fit in a few MB.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "domain/rr-scoring.h"
#include "rr-project.h"

G_BEGIN_DECLS

/* Limits of the fixed arrays in RrDistrictRow; rr_district_load() fails on
 * a catalog with more. The 2026 standard has 24 tasks, 4 groups and 9
 * quantitative requirements. */
#define RR_DISTRICT_MAX_TASKS 48
#define RR_DISTRICT_MAX_GROUPS 8
#define RR_DISTRICT_MAX_REQUIREMENTS 24

typedef struct {
  gint64 community_id;
  char *name;
  char *street;
  char *code;                 /* NULL when the community has none */
  RrCommunityType type;
  gint64 evaluation_id;       /* 0 when the community has no evaluation */
  RrEvaluationKind kind;
  RrEvaluationStatus status;
  gint64 period_start;        /* month, see rr-figures.h */
  gint64 period_end;
  gint64 score;               /* hundredths */
  gint64 max;
  gint64 converted;           /* on 100, hundredths */
  gint64 final;               /* converted + bonus */
  RrVerdict verdict;
  RrScoringTemplate *template;  /* the one the evaluation recorded, or the
                                 * district's; owned by the district */
  const RrGrade *grade;       /* owned by the row's template */
  guint binding_met;          /* binding tasks whose combined level is 达标 */
  guint rated;                /* tasks with at least one rating */
  gint64 group_scores[RR_DISTRICT_MAX_GROUPS];
  gint64 group_max[RR_DISTRICT_MAX_GROUPS];
  guint8 levels[RR_DISTRICT_MAX_TASKS];             /* RrLevel, in catalog order */
  guint8 checks[RR_DISTRICT_MAX_REQUIREMENTS];      /* RrCheckStatus, in catalog order */
} RrDistrictRow;

typedef struct {
  RrCatalog *catalog;
  RrScoringTemplate *template;   /* for evaluations that recorded none */
  GHashTable *recorded;          /* templates.id → RrScoringTemplate, read from the file */
  GPtrArray *rows;            /* of RrDistrictRow, by community id */
  guint binding_total;        /* binding tasks in the catalog */
  guint status_counts[3];     /* latest evaluations by RrEvaluationStatus */
  guint without_evaluation;
} RrDistrict;

RrDistrict *rr_district_load                (RrProject           *project,
                                             RrCatalog           *catalog,
                                             RrScoringTemplate   *template,
                                             GError             **error);
gboolean    rr_district_update_community    (RrDistrict          *district,
                                             RrProject           *project,
                                             gint64               community_id,
                                             guint               *index,
                                             GError             **error);
int         rr_district_find_community      (const RrDistrict    *district,
                                             gint64               community_id);
void        rr_district_free                (RrDistrict          *district);
char       *rr_district_row_format_period   (const RrDistrictRow *row);
GPtrArray  *rr_district_sort_by_total       (const RrDistrict    *district);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrDistrict, rr_district_free)

G_END_DECLS
