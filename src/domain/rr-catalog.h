/* rr-catalog.h: the standard as data
 *
 * A catalog contains one version of the standard: Table 1's construction tasks
 * in their 共同体 groups, the notes under the table, the clauses and the
 * annexes. The structs are read-only once loaded and live as long as the
 * catalog that owns them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Highest catalog "format" this build reads. */
#define RR_CATALOG_FORMAT 1

typedef enum {
  RR_ATTRIBUTE_BINDING,   /* 约束性: must be achieved */
  RR_ATTRIBUTE_EXPECTED,  /* 预期性: expected to be achieved */
} RrAttribute;

typedef struct {
  char *id;               /* stable identifier, e.g. "participation" */
  char *name;             /* as printed, e.g. 参与共同体 */
  guint index;            /* position in the catalog, from 0 */
} RrGroup;

typedef struct {
  guint number;           /* 序号 in Table 1 */
  const RrGroup *group;   /* owned by the catalog */
  char *category;         /* 建设类别, e.g. 健全完善参与机制 */
  RrAttribute attribute;  /* 属性 */
  char *text;             /* 具体建设任务, as printed */
} RrTask;

typedef struct {
  guint number;           /* 注1 … 注4 */
  char *text;
  GStrv terms;            /* the terms the note explains */
} RrNote;

typedef struct {
  char *name;             /* e.g. "minimum_percent" */
  gint64 value;
} RrParameter;

/* A quantitative requirement of a task, checked by the threshold engine. */
typedef struct {
  char *id;               /* the rule that checks it, e.g. "volunteer_share" */
  const RrTask *task;     /* owned by the catalog */
  char *quote;            /* the task's words that set it, as printed */
  GArray *parameters;     /* of RrParameter: the figures the standard sets */
} RrRequirement;

typedef struct {
  char *number;           /* "5.1.2.2" */
  char *title;            /* empty for a numbered paragraph */
  char *text;             /* empty for a heading */
  guint depth;            /* 1 for "5", 4 for "5.1.2.2" */
} RrClause;

typedef struct {
  char *heading;          /* empty for an untitled paragraph */
  GStrv lines;
} RrParagraph;

/* Most columns a table may have: RrTableRow.merged_above is a bit mask. */
#define RR_TABLE_MAX_COLUMNS 64

typedef struct {
  GStrv cells;            /* one string per column */
  guint64 merged_above;   /* bit i set: cell i continues the cell above and is "" */
} RrTableRow;

typedef struct {
  char *number;           /* "B.1" */
  char *title;
  GStrv columns;          /* empty when the table is prose */
  GPtrArray *rows;        /* of RrTableRow */
  GPtrArray *paragraphs;  /* of RrParagraph */
} RrAnnexTable;

typedef struct {
  char *letter;           /* "A" */
  char *nature;           /* 资料性 */
  char *title;
  char *intro;
  RrAnnexTable table;
} RrAnnex;

typedef struct {
  char *id;               /* stable across versions of the same standard */
  char *version;
  char *code;             /* DB 3204/T … */
  char *title;
  char *title_en;
  char *stage;            /* 报批稿, 发布稿 … */
  char *issuer;
  char *proposer;
  char *administrator;
  char *drafting_units;
  char *source;           /* the file or resource it was loaded from */
  GPtrArray *groups;      /* of RrGroup */
  GPtrArray *tasks;       /* of RrTask, in Table 1's order */
  GPtrArray *notes;       /* of RrNote */
  GPtrArray *requirements; /* of RrRequirement */
  GPtrArray *clauses;     /* of RrClause */
  GPtrArray *annexes;     /* of RrAnnex */
} RrCatalog;

RrCatalog     *rr_catalog_load_bytes         (GBytes           *bytes,
                                              const char       *source,
                                              GError          **error);
RrCatalog     *rr_catalog_load_file          (const char       *path,
                                              GError          **error);
RrCatalog     *rr_catalog_load_default       (GError          **error);
RrCatalog     *rr_catalog_ref                (RrCatalog        *catalog);
void           rr_catalog_unref              (RrCatalog        *catalog);

const RrTask  *rr_catalog_get_task           (const RrCatalog  *catalog,
                                              guint             number);
const RrGroup *rr_catalog_get_group          (const RrCatalog  *catalog,
                                              const char       *id);
guint          rr_catalog_count_tasks        (const RrCatalog  *catalog,
                                              const RrGroup    *group,
                                              int               attribute);
GPtrArray     *rr_catalog_notes_for_task     (const RrCatalog  *catalog,
                                              const RrTask     *task);

gboolean       rr_requirement_get_parameter  (const RrRequirement *requirement,
                                              const char       *name,
                                              gint64           *value);

const char    *rr_attribute_get_name         (RrAttribute       attribute);
const char    *rr_attribute_get_id           (RrAttribute       attribute);
gboolean       rr_attribute_from_name        (const char       *name,
                                              RrAttribute      *attribute);

gboolean       rr_task_matches_search        (const RrTask     *task,
                                              const char       *folded_query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrCatalog, rr_catalog_unref)

G_END_DECLS
