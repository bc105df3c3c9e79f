/* rr-scoring-template.h: how a district turns levels into points
 *
 * The standard says which tasks are binding (约束性) and which expected
 * (预期性) but sets no points. A scoring template is the district's choice of
 * points, level shares, veto events, bonus points, grade bands and how
 * several raters are combined. It is data, versioned like the catalog, so old
 * evaluations keep the rules they were scored by.
 *
 * Points are hundredths of a point (5 points is 500).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "rr-catalog.h"

G_BEGIN_DECLS

/* The four levels, from best to worst; their names and shares come from the
 * template. */
typedef enum {
  RR_LEVEL_MEETS,            /* 达标 */
  RR_LEVEL_BASICALLY_MEETS,  /* 基本达标 */
  RR_LEVEL_FAILS,            /* 未达标 */
  RR_LEVEL_NOT_APPLICABLE,   /* 不适用: the task leaves the score and the maximum */
  RR_N_LEVELS,
  RR_LEVEL_NONE = RR_N_LEVELS  /* not rated */
} RrLevel;

typedef struct {
  char *id;
  char *name;
} RrVeto;

typedef struct {
  char *id;
  char *name;
  gint64 points;             /* hundredths */
} RrHonour;

typedef struct {
  char *name;
  int min_percent;           /* included */
  int max_percent;           /* excluded, except for the top band */
} RrGrade;

typedef struct {
  char *role;
  int weight;
} RrRoleWeight;

typedef struct {
  const RrTask *task;        /* owned by the catalog */
  gint64 points;             /* hundredths */
  GStrv methods;             /* 查阅资料, 现场查看 … */
} RrTaskPoints;

typedef struct {
  char *id;
  char *version;
  char *title;
  char *catalog_id;
  char *note;                /* which parts are the district's choice */
  char *source;
  GBytes *json;              /* the text it was read from, for copying into a project */
  GStrv methods;
  char *level_ids[RR_N_LEVELS];
  char *level_names[RR_N_LEVELS];
  int level_shares[RR_N_LEVELS];      /* percent; unused for not applicable */
  gboolean fails_gates_verdict;       /* a binding task 未达标 makes the verdict 未达标 */
  gboolean basically_caps_verdict;    /* a binding task 基本达标 caps it at 基本达标 */
  GPtrArray *vetoes;                  /* of RrVeto */
  gint64 bonus_cap;                   /* hundredths */
  GPtrArray *honours;                 /* of RrHonour */
  GHashTable *group_minimums;         /* group id → percent */
  GPtrArray *grades;                  /* of RrGrade, best first */
  int trim_from;                      /* raters from which the highest and lowest are dropped; 0 never */
  GPtrArray *role_weights;            /* of RrRoleWeight */
  GPtrArray *tasks;                   /* of RrTaskPoints, in the catalog's order */
  RrCatalog *catalog;
} RrScoringTemplate;

RrScoringTemplate *rr_scoring_template_load_bytes   (GBytes            *bytes,
                                                     const char        *source,
                                                     RrCatalog         *catalog,
                                                     GError           **error);
RrScoringTemplate *rr_scoring_template_load_file    (const char        *path,
                                                     RrCatalog         *catalog,
                                                     GError           **error);
RrScoringTemplate *rr_scoring_template_load_default (RrCatalog         *catalog,
                                                     GError           **error);
RrScoringTemplate *rr_scoring_template_ref          (RrScoringTemplate *self);
void               rr_scoring_template_unref        (RrScoringTemplate *self);

const RrTaskPoints *rr_scoring_template_get_task    (const RrScoringTemplate *self,
                                                     guint              number);
gint64             rr_scoring_template_get_max      (const RrScoringTemplate *self);
int                rr_scoring_template_get_weight   (const RrScoringTemplate *self,
                                                     const char        *role);
const RrVeto      *rr_scoring_template_get_veto     (const RrScoringTemplate *self,
                                                     const char        *id);
const RrHonour    *rr_scoring_template_get_honour   (const RrScoringTemplate *self,
                                                     const char        *id);
gboolean           rr_scoring_template_level_from_id (const RrScoringTemplate *self,
                                                      const char       *id_or_name,
                                                      RrLevel          *level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrScoringTemplate, rr_scoring_template_unref)

G_END_DECLS
