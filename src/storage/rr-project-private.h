/* rr-project-private.h: what the files of the project store share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "rr-project.h"
#include "rr-sqlite.h"

G_BEGIN_DECLS

struct _RrProject {
  sqlite3 *db;
  char *path;
  gboolean read_only;
  char *read_only_reason;     /* why the file is read-only, for the user */
  guint transaction_depth;    /* rr_project_begin() calls not yet ended */
  gboolean rollback_only;     /* an inner call failed, so the outer one must roll back */
  RrProjectCheck *check;      /* the damage check rr_project_open() deferred, until the
                               * first write waits for its result */
};

/* rr-project-schema.c */
gboolean      rr_project_migrate        (sqlite3       *db,
                                         const char    *path,
                                         GError       **error);

/* rr-project.c */
gboolean      rr_project_exec           (RrProject     *project,
                                         const char    *sql,
                                         const char    *action,
                                         GError       **error);
sqlite3_stmt *rr_project_prepare        (RrProject     *project,
                                         const char    *sql,
                                         const char    *action,
                                         GError       **error);
gboolean      rr_project_step_done      (RrProject     *project,
                                         sqlite3_stmt  *stmt,
                                         const char    *action,
                                         GError       **error);
gboolean      rr_project_audit          (RrProject     *project,
                                         const char    *table_name,
                                         gint64         row_id,
                                         const char    *field,
                                         const char    *old_value,
                                         const char    *new_value,
                                         GError       **error);
gboolean      rr_project_audit_int      (RrProject     *project,
                                         const char    *table_name,
                                         gint64         row_id,
                                         const char    *field,
                                         gint64         new_value,
                                         GError       **error);
char         *rr_project_dup_column     (sqlite3_stmt  *stmt,
                                         int            column);
gboolean      rr_project_check_pending  (RrProject     *project);

G_END_DECLS
