/* rr-roster-import.c: a roster applied to a project in one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-roster"

#include "config.h"

#include "rr-roster-import.h"

#include "rr-project-private.h"
#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>

/* What the plan needs to know about the project, read once. */
typedef struct {
  GHashTable *by_code;        /* code → RrCommunity, borrowed from communities */
  GHashTable *by_name;        /* "street\nname" → RrCommunity */
  GHashTable *streets;        /* street id → RrStreet, borrowed */
  GHashTable *open_evaluation; /* community id → latest evaluation that is not finalised */
  GPtrArray *communities;
  GPtrArray *street_list;
  GPtrArray *evaluations;
} ProjectIndex;

static void
project_index_clear (ProjectIndex *index)
{
  g_clear_pointer (&index->by_code, g_hash_table_unref);
  g_clear_pointer (&index->by_name, g_hash_table_unref);
  g_clear_pointer (&index->streets, g_hash_table_unref);
  g_clear_pointer (&index->open_evaluation, g_hash_table_unref);
  g_clear_pointer (&index->communities, g_ptr_array_unref);
  g_clear_pointer (&index->street_list, g_ptr_array_unref);
  g_clear_pointer (&index->evaluations, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ProjectIndex, project_index_clear)

static char *
name_key (const char *street,
          const char *name)
{
  return g_strconcat (street, "\n", name, NULL);
}

static gboolean
project_index_load (ProjectIndex  *index,
                    RrProject     *project,
                    GError       **error)
{
  index->street_list = rr_project_list_streets (project, error);
  index->communities = index->street_list != NULL ? rr_project_list_communities (project, error) : NULL;
  index->evaluations = index->communities != NULL ? rr_project_list_evaluations (project, error) : NULL;
  if (index->evaluations == NULL)
    return FALSE;

  index->streets = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < index->street_list->len; i++)
    {
      RrStreet *street = g_ptr_array_index (index->street_list, i);

      g_hash_table_insert (index->streets, &street->id, street);
    }

  index->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  index->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < index->communities->len; i++)
    {
      RrCommunity *community = g_ptr_array_index (index->communities, i);
      RrStreet *street = g_hash_table_lookup (index->streets, &community->street_id);

      if (community->code != NULL)
        g_hash_table_insert (index->by_code, community->code, community);
      if (street != NULL)
        g_hash_table_insert (index->by_name, name_key (street->name, community->name), community);
    }

  /* The latest by period, then the newest; ids come in creation order. */
  index->open_evaluation = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < index->evaluations->len; i++)
    {
      RrEvaluation *evaluation = g_ptr_array_index (index->evaluations, i);
      RrEvaluation *best = g_hash_table_lookup (index->open_evaluation, &evaluation->community_id);

      if (evaluation->status == RR_EVALUATION_STATUS_FINALISED)
        continue;
      if (best == NULL || evaluation->period_end >= best->period_end)
        g_hash_table_insert (index->open_evaluation, &evaluation->community_id, evaluation);
    }

  return TRUE;
}

/* Checks the figures the row brings together with those the evaluation
 * already has, since a roster may set households but not volunteers. */
static void
plan_figures (RrProject   *project,
              RrRosterRow *row,
              RrEvaluation *evaluation,
              GError     **error)
{
  g_autoptr(RrFigures) merged = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (evaluation == NULL)
    {
      rr_roster_row_add_warning (row, g_strdup (_("The community has no evaluation that is open for changes, "
                                                  "so the row’s figures are not stored. Create an "
                                                  "evaluation and import the roster again.")));
      return;
    }

  merged = rr_project_get_figures (project, evaluation->id, error);
  if (merged == NULL)
    return;

  for (guint field = 0; field < RR_N_FIELDS; field++)
    if (rr_figures_has (row->figures, field))
      rr_figures_set (merged, field, rr_figures_get (row->figures, field));

  problems = rr_figures_validate (merged);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    rr_roster_row_add_error (row, g_strdup_printf (_("With the figures of evaluation %lld: %s"),
                                                   (long long) evaluation->id,
                                                   ((RrFieldError *) g_ptr_array_index (problems, i))->message));

  row->evaluation_id = evaluation->id;
}

static gboolean
has_figures (const RrRosterRow *row)
{
  for (guint field = 0; field < RR_N_FIELDS; field++)
    if (rr_figures_has (row->figures, field))
      return TRUE;

  return FALSE;
}

static const RrCommunity *
find_existing (ProjectIndex      *index,
               RrRosterRow       *row)
{
  g_autofree char *key = name_key (row->street, row->name);
  const RrCommunity *by_code = row->code != NULL ? g_hash_table_lookup (index->by_code, row->code) : NULL;
  const RrCommunity *by_name = g_hash_table_lookup (index->by_name, key);

  if (by_code != NULL)
    {
      if (by_name != NULL && by_name != by_code)
        rr_roster_row_add_error (row, g_strdup_printf (_("“%s” in “%s” is already community %lld with "
                                                         "another code, so code “%s” cannot take that name."),
                                                       row->name, row->street, (long long) by_name->id,
                                                       row->code));
      return by_code;
    }

  if (by_name != NULL && row->code != NULL && by_name->code != NULL)
    {
      rr_roster_row_add_error (row, g_strdup_printf (_("“%s” in “%s” already has the code “%s”, not “%s”. "
                                                       "Correct the code in the roster."),
                                                     row->name, row->street, by_name->code, row->code));
      return NULL;
    }

  return by_name;
}

/**
 * rr_project_plan_roster:
 *
 * Decides for each row of @roster whether it adds or updates a community,
 * and where its figures go, and adds the problems that only the project
 * shows (a code that belongs to another name, figures that contradict the
 * evaluation's). Writes nothing.
 */
gboolean
rr_project_plan_roster (RrProject  *project,
                        RrRoster   *roster,
                        GError    **error)
{
  g_auto(ProjectIndex) index = { 0 };
  GError *local_error = NULL;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (roster != NULL, FALSE);
  g_return_val_if_fail (!roster->planned, FALSE);

  if (!project_index_load (&index, project, error))
    return FALSE;

  for (guint i = 0; i < roster->rows->len; i++)
    {
      RrRosterRow *row = g_ptr_array_index (roster->rows, i);
      const RrCommunity *existing;

      if (*row->name == '\0' || *row->street == '\0')
        continue;

      existing = find_existing (&index, row);
      row->existing_id = existing != NULL ? existing->id : 0;

      if (has_figures (row))
        plan_figures (project, row,
                      existing != NULL ? g_hash_table_lookup (index.open_evaluation, &existing->id) : NULL,
                      &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }

  roster->planned = TRUE;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */
/* ------------------------------------------------------------------------ */

static gint64
ensure_street (RrProject   *project,
               const char  *name,
               GError     **error)
{
  g_autoptr(RrStreet) street = NULL;
  GError *local_error = NULL;

  street = rr_project_find_street (project, name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return 0;
    }
  if (street != NULL)
    return street->id;

  return rr_project_add_street (project, name,
                                g_str_has_suffix (name, "镇") ? RR_STREET_KIND_TOWN : RR_STREET_KIND_STREET,
                                error);
}

static gboolean
audit_change (RrProject   *project,
              gint64       id,
              const char  *field,
              const char  *old_value,
              const char  *new_value,
              gboolean    *changed,
              GError     **error)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;

  *changed = TRUE;
  return rr_project_audit (project, "communities", id, field, old_value, new_value, error);
}

/* Updates the community's street, name, type and code where they differ. */
static gboolean
update_community (RrProject         *project,
                  const RrRosterRow *row,
                  gint64             street_id,
                  gboolean          *changed,
                  GError           **error)
{
  g_autoptr(RrCommunity) old = rr_project_get_community (project, row->existing_id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *old_street = NULL;
  g_autofree char *new_street = g_strdup_printf ("%" G_GINT64_FORMAT, street_id);
  const char *code = row->code != NULL ? row->code : (old != NULL ? old->code : NULL);

  if (old == NULL)
    return FALSE;

  old_street = g_strdup_printf ("%" G_GINT64_FORMAT, old->street_id);
  if (!audit_change (project, old->id, "street_id", old_street, new_street, changed, error) ||
      !audit_change (project, old->id, "name", old->name, row->name, changed, error) ||
      !audit_change (project, old->id, "type", rr_community_type_get_id (old->type),
                     rr_community_type_get_id (row->type), changed, error) ||
      !audit_change (project, old->id, "code", old->code, code, changed, error))
    return FALSE;
  if (!*changed)
    return TRUE;

  stmt = rr_project_prepare (project,
                             "UPDATE communities SET street_id = ?, name = ?, type = ?, code = ? WHERE id = ?",
                             _("updating a community"), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, street_id);
  sqlite3_bind_text (stmt, 2, row->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, rr_community_type_get_id (row->type), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, old->id);
  return rr_project_step_done (project, stmt, _("updating a community"), error);
}

static gboolean
store_figures (RrProject         *project,
               const RrRosterRow *row,
               gboolean          *stored,
               GError           **error)
{
  g_autoptr(RrFigures) figures = NULL;

  if (row->evaluation_id == 0 || !has_figures (row))
    return TRUE;

  figures = rr_project_get_figures (project, row->evaluation_id, error);
  if (figures == NULL)
    return FALSE;

  for (guint field = 0; field < RR_N_FIELDS; field++)
    if (rr_figures_has (row->figures, field))
      rr_figures_set (figures, field, rr_figures_get (row->figures, field));

  *stored = TRUE;
  return rr_project_set_figures (project, row->evaluation_id, figures, error);
}

static gboolean
apply_row (RrProject         *project,
           const RrRosterRow *row,
           RrRosterCounts    *counts,
           GError           **error)
{
  gint64 street_id = ensure_street (project, row->street, error);
  gboolean changed = FALSE;
  gboolean stored = FALSE;

  if (street_id == 0)
    return FALSE;

  if (row->existing_id == 0)
    {
      if (rr_project_add_community (project, street_id, row->name, row->type, row->code, error) == 0)
        return FALSE;
      counts->added++;
    }
  else
    {
      if (!update_community (project, row, street_id, &changed, error))
        return FALSE;
      if (changed)
        counts->updated++;
      else
        counts->unchanged++;
    }

  if (!store_figures (project, row, &stored, error))
    return FALSE;
  counts->figures_stored += stored;
  return TRUE;
}

/* Names the row in an error that stops the import, so the user finds it. */
static void
prefix_line (GError **error,
             guint    line)
{
  g_prefix_error (error, _("Line %u: "), line);
}

/**
 * rr_project_import_roster:
 * @valid_only: import the rows without errors and skip the others
 * @counts: (out) (optional): what the import did
 *
 * Plans @roster against @project when that has not been done, then writes
 * every row in one transaction. Unless @valid_only, a roster with any row
 * in error fails with RR_ERROR_INVALID_INPUT and writes nothing; a failure
 * while writing also rolls everything back.
 */
gboolean
rr_project_import_roster (RrProject       *project,
                          RrRoster        *roster,
                          gboolean         valid_only,
                          RrRosterCounts  *counts,
                          GError         **error)
{
  RrRosterCounts local_counts = { 0 };
  guint invalid;
  gboolean ok = TRUE;

  g_return_val_if_fail (project != NULL, FALSE);
  g_return_val_if_fail (roster != NULL, FALSE);

  if (!roster->planned && !rr_project_plan_roster (project, roster, error))
    return FALSE;

  invalid = rr_roster_count_invalid (roster);
  if (invalid > 0 && !valid_only)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   g_dngettext (GETTEXT_PACKAGE, "%u row has problems, so nothing was imported. Correct it, or "
                                "import only the valid rows.",
                                "%u rows have problems, so nothing was imported. Correct them, or "
                                "import only the valid rows.", invalid), invalid);
      return FALSE;
    }

  if (!rr_project_begin (project, error))
    return FALSE;

  for (guint i = 0; ok && i < roster->rows->len; i++)
    {
      const RrRosterRow *row = g_ptr_array_index (roster->rows, i);

      if (row->errors->len > 0)
        {
          local_counts.skipped++;
          continue;
        }

      ok = apply_row (project, row, &local_counts, error);
      if (!ok)
        prefix_line (error, row->line);
    }

  if (!rr_project_end (project, ok, error))
    return FALSE;

  if (counts != NULL)
    *counts = local_counts;
  return TRUE;
}
