/* rr-project.h: a project file, one SQLite database
 *
 * A project contains streets and towns (街道/镇) with their communities
 * (社区 or 村), the evaluations of those communities, and for each
 * evaluation its figures, raters, scores and evidence files. Every call
 * that changes data is its own committed transaction and writes audit rows
 * in the same transaction, so there is no separate save step.
 *
 * Months are year * 12 + (month - 1), as in rr-figures.h. Points are
 * hundredths (4.5 points is 450).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "domain/rr-catalog.h"
#include "domain/rr-figures.h"
#include "domain/rr-scoring-template.h"

G_BEGIN_DECLS

/* PRAGMA application_id of every project file: "RREV" in ASCII. */
#define RR_PROJECT_APPLICATION_ID 0x52524556

/* PRAGMA user_version after the last migration of this build. */
#define RR_PROJECT_SCHEMA_VERSION 4

typedef struct _RrProject RrProject;

/* The damage check that rr_project_open() defers, shared with the thread
 * that runs it. */
typedef struct _RrProjectCheck RrProjectCheck;

typedef enum {
  RR_PROJECT_OPEN_DEFAULT = 0,
  RR_PROJECT_OPEN_READ_ONLY = 1 << 0,  /* never write, even when the file is writable */
  RR_PROJECT_OPEN_DEFER_CHECK = 1 << 1, /* check later: see rr_project_get_deferred_check() */
} RrProjectOpenFlags;

typedef enum {
  RR_STREET_KIND_STREET,  /* 街道 */
  RR_STREET_KIND_TOWN,    /* 镇 */
} RrStreetKind;

typedef enum {
  RR_EVALUATION_KIND_SELF,           /* 自我评价 */
  RR_EVALUATION_KIND_COMPREHENSIVE,  /* 综合评价 */
} RrEvaluationKind;

typedef enum {
  RR_EVALUATION_STATUS_DRAFT,
  RR_EVALUATION_STATUS_SUBMITTED,
  RR_EVALUATION_STATUS_FINALISED,  /* rejects every write until reopened */
} RrEvaluationStatus;

/* Levels are the scoring template's RrLevel; the file stores their
 * standard names (达标, 基本达标, 未达标, 不适用). */

/* Points of an RrScore without points. */
#define RR_POINTS_NONE (-1)

typedef struct {
  gint64 id;
  char *name;
  RrStreetKind kind;
} RrStreet;

typedef struct {
  gint64 id;
  gint64 street_id;
  char *name;
  RrCommunityType type;
  char *code;             /* NULL when the community has no code */
} RrCommunity;

typedef struct {
  gint64 id;
  gint64 community_id;
  RrEvaluationKind kind;
  gint64 period_start;    /* month */
  gint64 period_end;      /* month */
  char *date;             /* YYYY-MM-DD, the day it was created */
  char *catalog_id;
  char *catalog_version;
  RrEvaluationStatus status;
} RrEvaluation;

typedef struct {
  gint64 id;
  gint64 evaluation_id;
  char *name;
  char *role;             /* 上级部门, 专家, 居民代表, 综合协调组 … */
} RrRater;

typedef struct {
  gint64 rater_id;
  guint task;             /* task number in the evaluation's catalog */
  RrLevel level;
  gint64 points;          /* hundredths, or RR_POINTS_NONE */
  char *note;             /* NULL when there is none */
} RrScore;

typedef struct {
  gint64 id;
  gint64 evaluation_id;
  guint task;
  char *caption;          /* NULL when there is none */
  char *original_name;
  gint64 size;            /* bytes */
  char *sha256;           /* lowercase hex */
  gint64 blob_id;
} RrEvidence;

typedef struct {
  gint64 id;
  char *time;             /* ISO 8601, UTC */
  char *user;
  char *table_name;
  gint64 row_id;
  char *field;            /* NULL for a whole-row event */
  char *old_value;        /* NULL when there was none */
  char *new_value;        /* NULL when there is none */
} RrAuditEntry;

/* Files and data */

RrProject    *rr_project_create              (const char          *path,
                                              GError             **error);
RrProject    *rr_project_open                (const char          *path,
                                              RrProjectOpenFlags   flags,
                                              GError             **error);
void          rr_project_close               (RrProject           *project);
const char   *rr_project_get_path            (RrProject           *project);
gboolean      rr_project_is_read_only        (RrProject           *project);
gboolean      rr_project_check               (const char          *path,
                                              GError             **error);
void          rr_project_mark_damaged        (RrProject           *project,
                                              const char          *message);
RrProjectCheck *rr_project_get_deferred_check (RrProject          *project);
gboolean      rr_project_check_run           (RrProjectCheck      *check,
                                              GError             **error);
void          rr_project_check_unref         (RrProjectCheck      *check);
const char   *rr_project_get_read_only_reason (RrProject          *project);
gboolean      rr_project_save_copy           (RrProject           *project,
                                              const char          *dest_path,
                                              GError             **error);

gboolean      rr_project_begin               (RrProject           *project,
                                              GError             **error);
gboolean      rr_project_commit              (RrProject           *project,
                                              GError             **error);
void          rr_project_rollback            (RrProject           *project);
gboolean      rr_project_end                 (RrProject           *project,
                                              gboolean             ok,
                                              GError             **error);

/* Streets and communities */

gint64        rr_project_add_street          (RrProject           *project,
                                              const char          *name,
                                              RrStreetKind         kind,
                                              GError             **error);
RrStreet     *rr_project_find_street         (RrProject           *project,
                                              const char          *name,
                                              GError             **error);
GPtrArray    *rr_project_list_streets        (RrProject           *project,
                                              GError             **error);
gint64        rr_project_add_community       (RrProject           *project,
                                              gint64               street_id,
                                              const char          *name,
                                              RrCommunityType      type,
                                              const char          *code,
                                              GError             **error);
RrCommunity  *rr_project_get_community       (RrProject           *project,
                                              gint64               id,
                                              GError             **error);
RrCommunity  *rr_project_find_community      (RrProject           *project,
                                              const char          *code,
                                              GError             **error);
GPtrArray    *rr_project_list_communities    (RrProject           *project,
                                              GError             **error);

/* Evaluations */

gint64        rr_project_add_evaluation      (RrProject           *project,
                                              gint64               community_id,
                                              RrEvaluationKind     kind,
                                              gint64               period_start,
                                              gint64               period_end,
                                              const RrCatalog     *catalog,
                                              GError             **error);
RrEvaluation *rr_project_get_evaluation      (RrProject           *project,
                                              gint64               id,
                                              GError             **error);
GPtrArray    *rr_project_list_evaluations    (RrProject           *project,
                                              GError             **error);
gboolean      rr_project_set_evaluation_status (RrProject         *project,
                                                gint64             id,
                                                RrEvaluationStatus status,
                                                GError           **error);
gboolean      rr_project_reopen_evaluation   (RrProject           *project,
                                              gint64               id,
                                              const char          *reason,
                                              GError             **error);
gboolean      rr_project_check_writable      (RrProject           *project,
                                              gint64               evaluation_id,
                                              GError             **error);

/* Figures */

RrFigures    *rr_project_get_figures         (RrProject           *project,
                                              gint64               evaluation_id,
                                              GError             **error);
gboolean      rr_project_set_figures         (RrProject           *project,
                                              gint64               evaluation_id,
                                              const RrFigures     *figures,
                                              GError             **error);

/* Raters and scores */

gint64        rr_project_add_rater           (RrProject           *project,
                                              gint64               evaluation_id,
                                              const char          *name,
                                              const char          *role,
                                              GError             **error);
gint64        rr_project_find_rater          (RrProject           *project,
                                              gint64               evaluation_id,
                                              const char          *name,
                                              GError             **error);
GPtrArray    *rr_project_list_raters         (RrProject           *project,
                                              gint64               evaluation_id,
                                              GError             **error);
gboolean      rr_project_set_score           (RrProject           *project,
                                              const RrScore       *score,
                                              GError             **error);
gboolean      rr_project_clear_score         (RrProject           *project,
                                              gint64               rater_id,
                                              guint                task,
                                              GError             **error);
GPtrArray    *rr_project_list_scores         (RrProject           *project,
                                              gint64               rater_id,
                                              GError             **error);

/* Scoring templates */

RrScoringTemplate *rr_project_get_template   (RrProject           *project,
                                              gint64               evaluation_id,
                                              RrScoringTemplate   *fallback,
                                              GError             **error);

/* Merging copies */

/* The same rater scored the same task differently in two files. */
typedef struct {
  char *source;           /* the copy's path */
  gint64 evaluation_id;   /* in the target */
  char *rater;
  guint task;
  char *target_level;
  char *source_level;
  char *target_note;
  char *source_note;
} RrMergeConflict;

typedef struct {
  guint raters_added;
  guint scores_added;
  guint evidence_added;
  guint unmatched_evaluations;  /* in a copy but not in the target */
  GPtrArray *conflicts;         /* of RrMergeConflict */
} RrMergeReport;

RrMergeReport *rr_merge_report_new           (void);
void          rr_merge_report_free           (RrMergeReport       *report);
gboolean      rr_project_merge               (RrProject           *target,
                                              const char          *source_path,
                                              RrMergeReport       *report,
                                              GError             **error);

/* Evidence */

gint64        rr_project_add_evidence        (RrProject           *project,
                                              gint64               evaluation_id,
                                              guint                task,
                                              const char          *caption,
                                              const char          *original_name,
                                              GBytes              *data,
                                              GError             **error);
GPtrArray    *rr_project_list_evidence       (RrProject           *project,
                                              gint64               evaluation_id,
                                              GError             **error);
gboolean      rr_project_remove_evidence     (RrProject           *project,
                                              gint64               evidence_id,
                                              GError             **error);
GBytes       *rr_project_get_evidence_data   (RrProject           *project,
                                              gint64               evidence_id,
                                              GError             **error);
gint64        rr_project_count_blobs         (RrProject           *project,
                                              GError             **error);

/* Audit log */

GPtrArray    *rr_project_list_audit          (RrProject           *project,
                                              const char          *table_name,
                                              gint64               row_id,
                                              GError             **error);

/* Names as stored and shown */

const char   *rr_street_kind_get_name        (RrStreetKind         kind);
const char   *rr_evaluation_kind_get_name    (RrEvaluationKind     kind);
gboolean      rr_street_kind_from_name       (const char          *name,
                                              RrStreetKind        *kind);
const char   *rr_community_type_get_id       (RrCommunityType      type);
gboolean      rr_community_type_from_id      (const char          *id,
                                              RrCommunityType     *type);
const char   *rr_evaluation_kind_get_id      (RrEvaluationKind     kind);
gboolean      rr_evaluation_kind_from_id     (const char          *id,
                                              RrEvaluationKind    *kind);
const char   *rr_evaluation_status_get_id    (RrEvaluationStatus   status);
gboolean      rr_evaluation_status_from_id   (const char          *id,
                                              RrEvaluationStatus  *status);
const char   *rr_level_get_stored_name              (RrLevel              level);
gboolean      rr_level_from_stored_name             (const char          *name,
                                              RrLevel             *level);
char         *rr_month_format                (gint64               month);
gboolean      rr_month_parse                 (const char          *text,
                                              gint64              *month);

void          rr_street_free                 (RrStreet            *street);
void          rr_community_free              (RrCommunity         *community);
void          rr_evaluation_free             (RrEvaluation        *evaluation);
void          rr_rater_free                  (RrRater             *rater);
void          rr_score_free                  (RrScore             *score);
void          rr_evidence_free               (RrEvidence          *evidence);
void          rr_audit_entry_free            (RrAuditEntry        *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrProject, rr_project_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrStreet, rr_street_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrCommunity, rr_community_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrEvaluation, rr_evaluation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrProjectCheck, rr_project_check_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrRater, rr_rater_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrMergeReport, rr_merge_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrScore, rr_score_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrEvidence, rr_evidence_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrAuditEntry, rr_audit_entry_free)

G_END_DECLS
