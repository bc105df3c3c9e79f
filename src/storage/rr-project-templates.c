/* rr-project-templates.c: the scoring template recorded with each evaluation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project-templates"

#include "config.h"

#include "rr-project.h"
#include "rr-project-private.h"
#include "rr-sqlite.h"

#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Reads the template recorded for @evaluation_id: its JSON in @json, or
 * NULL when none is recorded. */
static gboolean
read_recorded (RrProject  *project,
               gint64      evaluation_id,
               char      **json,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *json = NULL;
  stmt = rr_project_prepare (project,
                             "SELECT templates.json FROM evaluations JOIN templates "
                             "ON templates.id = evaluations.template_ref WHERE evaluations.id = ?",
                             _("reading the scoring template"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *json = rr_project_dup_column (stmt, 0);
  else if (rc != SQLITE_DONE)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the scoring template"));

  return TRUE;
}

static gboolean
record (RrProject         *project,
        gint64             evaluation_id,
        RrScoringTemplate *template,
        GError           **error)
{
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) link = NULL;
  gsize length = 0;
  const char *json = g_bytes_get_data (template->json, &length);
  gboolean ok;

  if (!rr_project_begin (project, error))
    return FALSE;

  insert = rr_project_prepare (project,
                               "INSERT OR IGNORE INTO templates (template_id, version, json) VALUES (?, ?, ?)",
                               _("recording the scoring template"), error);
  ok = insert != NULL;
  if (ok)
    {
      sqlite3_bind_text (insert, 1, template->id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, template->version, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 3, json, (int) length, SQLITE_TRANSIENT);
      ok = rr_project_step_done (project, insert, _("recording the scoring template"), error);
    }

  if (ok)
    {
      link = rr_project_prepare (project,
                                 "UPDATE evaluations SET template_ref = "
                                 "(SELECT id FROM templates WHERE template_id = ? AND version = ?) WHERE id = ?",
                                 _("recording the scoring template"), error);
      ok = link != NULL;
    }
  if (ok)
    {
      sqlite3_bind_text (link, 1, template->id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (link, 2, template->version, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (link, 3, evaluation_id);
      ok = rr_project_step_done (project, link, _("recording the scoring template"), error) &&
           rr_project_audit (project, "evaluations", evaluation_id, "template", NULL, template->version, error);
    }

  return rr_project_end (project, ok, error);
}

/**
 * rr_project_get_template:
 * @fallback: the template to record when the evaluation has none yet
 *
 * Returns the scoring template recorded for an evaluation. An evaluation
 * without one gets @fallback recorded, so it keeps these rules when the
 * built-in default changes. A read-only or finalised evaluation, or one
 * scored before the deferred damage check ends, is scored by @fallback
 * without recording it.
 *
 * Returns: (transfer full): the template, or %NULL with @error set
 */
RrScoringTemplate *
rr_project_get_template (RrProject          *project,
                         gint64              evaluation_id,
                         RrScoringTemplate  *fallback,
                         GError            **error)
{
  g_autofree char *json = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) write_error = NULL;
  gsize length;

  g_return_val_if_fail (project != NULL, NULL);
  g_return_val_if_fail (fallback != NULL, NULL);

  if (!read_recorded (project, evaluation_id, &json, error))
    return NULL;

  /* Recording can wait for a later scoring, so it never makes the first
   * scoring wait for the deferred damage check. */
  if (json == NULL)
    {
      if (!rr_project_is_read_only (project) && !rr_project_check_pending (project) &&
          rr_project_check_writable (project, evaluation_id, NULL) &&
          !record (project, evaluation_id, fallback, &write_error))
        g_debug ("Could not record the scoring template of evaluation %lld: %s",
                 (long long) evaluation_id, write_error->message);
      return rr_scoring_template_ref (fallback);
    }

  source = g_strdup_printf ("%s (templates)", rr_project_get_path (project));
  length = strlen (json);
  bytes = g_bytes_new_take (g_steal_pointer (&json), length);
  return rr_scoring_template_load_bytes (bytes, source, fallback->catalog, error);
}
