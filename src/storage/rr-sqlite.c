/* rr-sqlite.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-sqlite"

#include "config.h"

#include "rr-sqlite.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

/* Maps a SQLite result code into RR_ERROR_DATABASE with the connection's
 * message. @action names what was being done ("saving the figures").
 * Always returns FALSE so callers can `return rr_sqlite_set_error (…)`. */
gboolean
rr_sqlite_set_error (GError     **error,
                     sqlite3     *db,
                     int          rc,
                     const char  *action)
{
  const char *message = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  g_set_error (error, RR_ERROR, RR_ERROR_DATABASE,
               /* Translators: "Failed while saving the figures: disk I/O error (code 10)" */
               _("Failed while %s: %s (code %d)"), action, message, rc);
  return FALSE;
}
