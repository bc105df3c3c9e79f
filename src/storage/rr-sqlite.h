/* rr-sqlite.h: SQLite helpers shared by the storage layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Finalise statements and close connections on every early return. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

gboolean rr_sqlite_set_error (GError    **error,
                              sqlite3    *db,
                              int         rc,
                              const char *action);

G_END_DECLS
