/* rr-roster.h: a district's community list read from CSV
 *
 * Districts keep their communities in Excel and save them as CSV: UTF-8
 * with or without a byte order mark, or GBK/GB18030 on Chinese Windows,
 * separated by commas, semicolons or tabs. A roster is that file decoded,
 * its header matched to known columns, and every row checked on its own.
 * Nothing here reads or writes project files: rr-roster-import.h applies a
 * roster to a project.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "rr-figures.h"

G_BEGIN_DECLS

typedef enum {
  RR_ROSTER_COLUMN_NAME,     /* 社区名称 */
  RR_ROSTER_COLUMN_STREET,   /* 街道 or 镇 */
  RR_ROSTER_COLUMN_TYPE,     /* 社区 or 村 */
  RR_ROSTER_COLUMN_CODE,     /* 编码 */
  RR_ROSTER_COLUMN_FIGURE,   /* one of the figures, see RrRosterColumn.field */
  RR_ROSTER_COLUMN_IGNORED,  /* a header this build does not know */
} RrRosterColumnKind;

/* One column of the file and what it was matched to. */
typedef struct {
  guint index;               /* from 0, in the file */
  char *header;              /* as written in the file */
  RrRosterColumnKind kind;
  RrField field;             /* for RR_ROSTER_COLUMN_FIGURE */
} RrRosterColumn;

/* One data row of the file, with its problems. */
typedef struct {
  guint line;                /* the file's line where the row starts, from 1 */
  char *name;
  char *street;
  RrCommunityType type;
  char *code;                /* NULL when the cell is empty */
  RrFigures *figures;        /* only the figures the file gives */
  GPtrArray *errors;         /* of char *: the row is not imported while it has any */
  GPtrArray *warnings;       /* of char *: imported anyway */
  gint64 existing_id;        /* set by rr_project_plan_roster(): the community it updates, or 0 */
  gint64 evaluation_id;      /* set by rr_project_plan_roster(): where its figures go, or 0 */
} RrRosterRow;

typedef struct {
  char *encoding;            /* "UTF-8" or "GB18030" */
  gboolean had_bom;
  char delimiter;            /* ',', ';' or '\t' */
  GPtrArray *columns;        /* of RrRosterColumn, in the file's order */
  GPtrArray *rows;           /* of RrRosterRow */
  gboolean planned;          /* rr_project_plan_roster() has checked it against a project */
} RrRoster;

GPtrArray  *rr_csv_parse             (const char       *text,
                                      char              delimiter,
                                      GArray          **lines,
                                      gboolean         *unterminated);
char        rr_csv_guess_delimiter   (const char       *text);
char       *rr_roster_decode         (const char       *data,
                                      gsize             length,
                                      const char      **encoding,
                                      gboolean         *had_bom,
                                      GError          **error);

RrRoster   *rr_roster_parse          (const char       *data,
                                      gsize             length,
                                      GError          **error);
void        rr_roster_free           (RrRoster         *roster);
guint       rr_roster_count_invalid  (const RrRoster   *roster);
guint       rr_roster_count_valid    (const RrRoster   *roster);
const RrRosterColumn *rr_roster_find_column (const RrRoster *roster,
                                             RrRosterColumnKind kind);
char       *rr_roster_column_describe (const RrRosterColumn *column);

void        rr_roster_row_add_error  (RrRosterRow      *row,
                                      char             *message);
void        rr_roster_row_add_warning (RrRosterRow     *row,
                                       char            *message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrRoster, rr_roster_free)

G_END_DECLS
