/* rr-project-records.c: streets and communities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

static gboolean
require_text (const char  *value,
              const char  *what,
              GError     **error)
{
  if (value != NULL && *value != '\0')
    return TRUE;

  /* Translators: %s is "street name", "community name" … */
  g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT, _("The %s is empty. Enter a value."), what);
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* Streets                                                                  */
/* ------------------------------------------------------------------------ */

static RrStreet *
read_street (sqlite3_stmt *stmt)
{
  RrStreet *street = g_new0 (RrStreet, 1);

  street->id = sqlite3_column_int64 (stmt, 0);
  street->name = rr_project_dup_column (stmt, 1);
  rr_street_kind_from_name ((const char *) sqlite3_column_text (stmt, 2), &street->kind);
  return street;
}

static gboolean
insert_street (RrProject     *project,
               const char    *name,
               RrStreetKind   kind,
               gint64        *id,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = rr_project_prepare (project, "INSERT INTO streets (name, kind) VALUES (?, ?)",
                             _("adding a street"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, rr_street_kind_get_name (kind), -1, SQLITE_STATIC);
  if (!rr_project_step_done (project, stmt, _("adding a street"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (project->db);
  return rr_project_audit (project, "streets", *id, "name", NULL, name, error) &&
         rr_project_audit (project, "streets", *id, "kind", NULL,
                           rr_street_kind_get_name (kind), error);
}

/* Adds a street (街道) or town (镇) and returns its id, or 0 on error. */
gint64
rr_project_add_street (RrProject     *project,
                       const char    *name,
                       RrStreetKind   kind,
                       GError       **error)
{
  g_autoptr(RrStreet) existing = NULL;
  GError *local_error = NULL;
  gint64 id = 0;

  g_return_val_if_fail (project != NULL, 0);

  if (!require_text (name, _("street name"), error))
    return 0;

  existing = rr_project_find_street (project, name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return 0;
    }
  if (existing != NULL)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("The project already has a street or town named “%s”."), name);
      return 0;
    }

  if (!rr_project_begin (project, error))
    return 0;

  if (!rr_project_end (project, insert_street (project, name, kind, &id, error), error))
    return 0;

  return id;
}

/* Returns the street named @name, or NULL with no error when there is none. */
RrStreet *
rr_project_find_street (RrProject   *project,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  stmt = rr_project_prepare (project, "SELECT id, name, kind FROM streets WHERE name = ?",
                             _("reading the streets"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_street (stmt);
  if (rc != SQLITE_DONE)
    rr_sqlite_set_error (error, project->db, rc, _("reading the streets"));

  return NULL;
}

GPtrArray *
rr_project_list_streets (RrProject  *project,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) streets = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_street_free);
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  stmt = rr_project_prepare (project, "SELECT id, name, kind FROM streets ORDER BY id",
                             _("reading the streets"), error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (streets, read_street (stmt));

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the streets"));
      return NULL;
    }

  return g_steal_pointer (&streets);
}

/* ------------------------------------------------------------------------ */
/* Communities                                                              */
/* ------------------------------------------------------------------------ */

#define COMMUNITY_COLUMNS "SELECT id, street_id, name, type, code FROM communities "

static RrCommunity *
read_community (sqlite3_stmt *stmt)
{
  RrCommunity *community = g_new0 (RrCommunity, 1);

  community->id = sqlite3_column_int64 (stmt, 0);
  community->street_id = sqlite3_column_int64 (stmt, 1);
  community->name = rr_project_dup_column (stmt, 2);
  rr_community_type_from_id ((const char *) sqlite3_column_text (stmt, 3), &community->type);
  community->code = rr_project_dup_column (stmt, 4);
  return community;
}

/* Runs a community query with one bound value and returns the first row,
 * or NULL with no error when there is none. */
static RrCommunity *
query_community (RrProject   *project,
                 const char  *sql,
                 const char  *text,
                 gint64       number,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = rr_project_prepare (project, sql, _("reading the communities"), error);
  if (stmt == NULL)
    return NULL;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, number);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_community (stmt);
  if (rc != SQLITE_DONE)
    rr_sqlite_set_error (error, project->db, rc, _("reading the communities"));

  return NULL;
}

static gboolean
insert_community (RrProject        *project,
                  gint64            street_id,
                  const char       *name,
                  RrCommunityType   type,
                  const char       *code,
                  gint64           *id,
                  GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *type_id = rr_community_type_get_id (type);

  stmt = rr_project_prepare (project,
                             "INSERT INTO communities (street_id, name, type, code) "
                             "VALUES (?, ?, ?, ?)",
                             _("adding a community"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, street_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, type_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, code, -1, SQLITE_TRANSIENT);
  if (!rr_project_step_done (project, stmt, _("adding a community"), error))
    return FALSE;

  *id = sqlite3_last_insert_rowid (project->db);
  return rr_project_audit_int (project, "communities", *id, "street_id", street_id, error) &&
         rr_project_audit (project, "communities", *id, "name", NULL, name, error) &&
         rr_project_audit (project, "communities", *id, "type", NULL, type_id, error) &&
         (code == NULL ||
          rr_project_audit (project, "communities", *id, "code", NULL, code, error));
}

static gboolean
check_new_community (RrProject   *project,
                     gint64       street_id,
                     const char  *name,
                     const char  *code,
                     GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(RrCommunity) existing = NULL;
  GError *local_error = NULL;
  int rc;

  if (!require_text (name, _("community name"), error))
    return FALSE;

  if (code != NULL && *code == '\0')
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("The community code is empty. Give a code, or leave it out."));
      return FALSE;
    }

  stmt = rr_project_prepare (project, "SELECT count(*) FROM streets WHERE id = ?",
                             _("reading the streets"), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, street_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the streets"));
  if (sqlite3_column_int (stmt, 0) == 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("Street %lld not found."), (long long) street_id);
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = rr_project_prepare (project,
                             "SELECT count(*) FROM communities WHERE street_id = ? AND name = ?",
                             _("reading the communities"), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, street_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the communities"));
  if (sqlite3_column_int (stmt, 0) > 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("This street or town already has a community named “%s”. Choose "
                     "another name."), name);
      return FALSE;
    }

  if (code == NULL)
    return TRUE;

  existing = rr_project_find_community (project, code, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (existing != NULL)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("The code “%s” already belongs to community “%s”. Codes must be "
                     "unique; check the code."), code, existing->name);
      return FALSE;
    }

  return TRUE;
}

/* Adds a 社区 or 村 to a street and returns its id, or 0 on error. @code
 * may be NULL, and is otherwise unique in the project. */
gint64
rr_project_add_community (RrProject        *project,
                          gint64            street_id,
                          const char       *name,
                          RrCommunityType   type,
                          const char       *code,
                          GError          **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (project != NULL, 0);
  g_return_val_if_fail (type == RR_COMMUNITY_TYPE_COMMUNITY || type == RR_COMMUNITY_TYPE_VILLAGE, 0);

  if (!check_new_community (project, street_id, name, code, error))
    return 0;

  if (!rr_project_begin (project, error))
    return 0;

  ok = insert_community (project, street_id, name, type, code, &id, error);
  if (!rr_project_end (project, ok, error))
    return 0;

  return id;
}

/* Returns the community with @id, or NULL with an error when there is none. */
RrCommunity *
rr_project_get_community (RrProject  *project,
                          gint64      id,
                          GError    **error)
{
  GError *local_error = NULL;
  RrCommunity *community;

  g_return_val_if_fail (project != NULL, NULL);

  community = query_community (project, COMMUNITY_COLUMNS "WHERE id = ?", NULL, id, &local_error);
  if (community == NULL && local_error == NULL)
    g_set_error (&local_error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                 _("Community %lld not found."), (long long) id);

  if (local_error != NULL)
    g_propagate_error (error, local_error);

  return community;
}

/* Returns the community with code @code, or NULL with no error when there
 * is none. */
RrCommunity *
rr_project_find_community (RrProject   *project,
                           const char  *code,
                           GError     **error)
{
  g_return_val_if_fail (project != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  return query_community (project, COMMUNITY_COLUMNS "WHERE code = ?", code, 0, error);
}

GPtrArray *
rr_project_list_communities (RrProject  *project,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  communities = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_community_free);
  stmt = rr_project_prepare (project, COMMUNITY_COLUMNS "ORDER BY id",
                             _("reading the communities"), error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (communities, read_community (stmt));

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the communities"));
      return NULL;
    }

  return g_steal_pointer (&communities);
}
