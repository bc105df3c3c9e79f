/* rr-project-figures.c: the figures of an evaluation
 *
 * Each set field is one row of the figures table, keyed by its
 * rr_field_get_id(). Council meeting dates are rows of council_meeting,
 * plus a figures row named RR_FIELD_ID_COUNCIL_MEETING_DATES whose value is
 * their count. That row distinguishes an empty list (no meeting took
 * place) from a list that was never entered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

static gboolean
read_meeting_dates (RrProject  *project,
                    gint64      evaluation_id,
                    RrFigures  *figures,
                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  int rc;

  stmt = rr_project_prepare (project,
                             "SELECT julian_day FROM council_meeting WHERE evaluation_id = ? "
                             "ORDER BY julian_day",
                             _("reading the figures"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint32 day = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (days, day);
    }

  if (rc != SQLITE_DONE)
    return rr_sqlite_set_error (error, project->db, rc, _("reading the figures"));

  rr_figures_set_meeting_dates (figures, (const guint32 *) (gpointer) days->data, days->len);
  return TRUE;
}

/* Returns the figures of an evaluation; a new evaluation has none set. */
RrFigures *
rr_project_get_figures (RrProject  *project,
                        gint64      evaluation_id,
                        GError    **error)
{
  g_autoptr(RrEvaluation) evaluation = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(RrFigures) figures = rr_figures_new ();
  gboolean has_meetings = FALSE;
  int rc;

  g_return_val_if_fail (project != NULL, NULL);

  evaluation = rr_project_get_evaluation (project, evaluation_id, error);
  if (evaluation == NULL)
    return NULL;

  stmt = rr_project_prepare (project, "SELECT field, value FROM figures WHERE evaluation_id = ?",
                             _("reading the figures"), error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      RrField field;

      if (rr_field_from_id (id, &field))
        rr_figures_set (figures, field, sqlite3_column_int64 (stmt, 1));
      else if (g_strcmp0 (id, RR_FIELD_ID_COUNCIL_MEETING_DATES) == 0)
        has_meetings = TRUE;
      else
        g_debug ("Evaluation %lld: ignoring unknown figure “%s”", (long long) evaluation_id, id);
    }

  if (rc != SQLITE_DONE)
    {
      rr_sqlite_set_error (error, project->db, rc, _("reading the figures"));
      return NULL;
    }

  if (has_meetings && !read_meeting_dates (project, evaluation_id, figures, error))
    return NULL;

  return g_steal_pointer (&figures);
}

/* Writes or deletes one figures row, with its audit row. @old_value and
 * @new_value are NULL when the figure is not set. */
static gboolean
write_figure (RrProject   *project,
              gint64       evaluation_id,
              const char  *id,
              const char  *old_value,
              const char  *new_value,
              gint64       value,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;

  if (new_value == NULL)
    stmt = rr_project_prepare (project, "DELETE FROM figures WHERE evaluation_id = ? AND field = ?",
                               _("saving the figures"), error);
  else
    stmt = rr_project_prepare (project,
                               "INSERT INTO figures (evaluation_id, field, value) VALUES (?, ?, ?) "
                               "ON CONFLICT (evaluation_id, field) DO UPDATE SET value = excluded.value",
                               _("saving the figures"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, evaluation_id);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_STATIC);
  if (new_value != NULL)
    sqlite3_bind_int64 (stmt, 3, value);

  return rr_project_step_done (project, stmt, _("saving the figures"), error) &&
         rr_project_audit (project, "figures", evaluation_id, id, old_value, new_value, error);
}

static char *
format_figure (const RrFigures *figures,
               RrField          field)
{
  if (!rr_figures_has (figures, field))
    return NULL;

  return g_strdup_printf ("%lld", (long long) rr_figures_get (figures, field));
}

/* Formats the meeting dates as "YYYY-MM-DD,YYYY-MM-DD", or NULL. */
static char *
format_meetings (const RrFigures *figures)
{
  const GArray *days = rr_figures_get_meeting_dates (figures);
  g_autoptr(GString) text = NULL;

  if (!rr_figures_has_meeting_dates (figures))
    return NULL;

  text = g_string_new ("");
  for (guint i = 0; i < days->len; i++)
    {
      g_autofree char *date = rr_figures_format_date (g_array_index (days, guint32, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "," : "", date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
write_meetings (RrProject        *project,
                gint64            evaluation_id,
                const RrFigures  *old,
                const RrFigures  *figures,
                GError          **error)
{
  g_autofree char *old_text = format_meetings (old);
  g_autofree char *new_text = format_meetings (figures);
  g_autoptr(sqlite3_stmt) clear = NULL;
  const GArray *days = rr_figures_get_meeting_dates (figures);
  guint n_days = days != NULL ? days->len : 0;

  if (g_strcmp0 (old_text, new_text) == 0)
    return TRUE;

  clear = rr_project_prepare (project, "DELETE FROM council_meeting WHERE evaluation_id = ?",
                              _("saving the figures"), error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, evaluation_id);
  if (!rr_project_step_done (project, clear, _("saving the figures"), error))
    return FALSE;

  for (guint i = 0; i < n_days; i++)
    {
      g_autoptr(sqlite3_stmt) insert = NULL;

      insert = rr_project_prepare (project,
                                   "INSERT OR IGNORE INTO council_meeting (evaluation_id, "
                                   "julian_day) VALUES (?, ?)",
                                   _("saving the figures"), error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, evaluation_id);
      sqlite3_bind_int64 (insert, 2, g_array_index (days, guint32, i));
      if (!rr_project_step_done (project, insert, _("saving the figures"), error))
        return FALSE;
    }

  return write_figure (project, evaluation_id, RR_FIELD_ID_COUNCIL_MEETING_DATES, old_text,
                       new_text, n_days, error);
}

/* Replaces the figures of an evaluation with @figures, writing an audit row
 * for each figure that changes. */
gboolean
rr_project_set_figures (RrProject        *project,
                        gint64            evaluation_id,
                        const RrFigures  *figures,
                        GError          **error)
{
  g_autoptr(RrFigures) old = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  if (!rr_project_check_writable (project, evaluation_id, error))
    return FALSE;

  old = rr_project_get_figures (project, evaluation_id, error);
  if (old == NULL)
    return FALSE;

  if (!rr_project_begin (project, error))
    return FALSE;

  for (guint i = 0; ok && i < RR_N_FIELDS; i++)
    {
      g_autofree char *old_value = format_figure (old, i);
      g_autofree char *new_value = format_figure (figures, i);

      ok = write_figure (project, evaluation_id, rr_field_get_id (i), old_value, new_value,
                         rr_figures_has (figures, i) ? rr_figures_get (figures, i) : 0, error);
    }

  if (ok)
    ok = write_meetings (project, evaluation_id, old, figures, error);

  return rr_project_end (project, ok, error);
}
