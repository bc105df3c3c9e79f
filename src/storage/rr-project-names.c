/* rr-project-names.c: the names a project file stores, months, and freeing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-project"

#include "config.h"

#include "rr-project.h"

#include <string.h>

static const char * const street_kinds[] = { "街道", "镇" };
static const char * const community_types[] = { "community", "village" };
static const char * const evaluation_kinds[] = { "self", "comprehensive" };
static const char * const evaluation_statuses[] = { "draft", "submitted", "finalised" };
static const char * const levels[] = { "达标", "基本达标", "未达标", "不适用" };

static int
find_name (const char * const *names,
           guint               n_names,
           const char         *name)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;

  return -1;
}

/* Returns the standard's name of @kind, 自我评价 or 综合评价. */
const char *
rr_evaluation_kind_get_name (RrEvaluationKind kind)
{
  return kind == RR_EVALUATION_KIND_COMPREHENSIVE ? "综合评价" : "自我评价";
}

const char *
rr_street_kind_get_name (RrStreetKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (street_kinds), NULL);

  return street_kinds[kind];
}

gboolean
rr_street_kind_from_name (const char   *name,
                          RrStreetKind *kind)
{
  int i = find_name (street_kinds, G_N_ELEMENTS (street_kinds), name);

  if (i < 0)
    return FALSE;

  *kind = i;
  return TRUE;
}

const char *
rr_community_type_get_id (RrCommunityType type)
{
  g_return_val_if_fail (type == RR_COMMUNITY_TYPE_COMMUNITY || type == RR_COMMUNITY_TYPE_VILLAGE,
                        NULL);

  return community_types[type - RR_COMMUNITY_TYPE_COMMUNITY];
}

gboolean
rr_community_type_from_id (const char      *id,
                           RrCommunityType *type)
{
  int i = find_name (community_types, G_N_ELEMENTS (community_types), id);

  if (i < 0)
    return FALSE;

  *type = RR_COMMUNITY_TYPE_COMMUNITY + i;
  return TRUE;
}

const char *
rr_evaluation_kind_get_id (RrEvaluationKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (evaluation_kinds), NULL);

  return evaluation_kinds[kind];
}

gboolean
rr_evaluation_kind_from_id (const char       *id,
                            RrEvaluationKind *kind)
{
  int i = find_name (evaluation_kinds, G_N_ELEMENTS (evaluation_kinds), id);

  if (i < 0)
    return FALSE;

  *kind = i;
  return TRUE;
}

const char *
rr_evaluation_status_get_id (RrEvaluationStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (evaluation_statuses), NULL);

  return evaluation_statuses[status];
}

gboolean
rr_evaluation_status_from_id (const char         *id,
                              RrEvaluationStatus *status)
{
  int i = find_name (evaluation_statuses, G_N_ELEMENTS (evaluation_statuses), id);

  if (i < 0)
    return FALSE;

  *status = i;
  return TRUE;
}

const char *
rr_level_get_stored_name (RrLevel level)
{
  g_return_val_if_fail (level < G_N_ELEMENTS (levels), NULL);

  return levels[level];
}

gboolean
rr_level_from_stored_name (const char *name,
                    RrLevel    *level)
{
  int i = find_name (levels, G_N_ELEMENTS (levels), name);

  if (i < 0)
    return FALSE;

  *level = i;
  return TRUE;
}

/* Formats a month (year * 12 + month - 1) as YYYY-MM. */
char *
rr_month_format (gint64 month)
{
  return g_strdup_printf ("%04d-%02d", (int) (month / 12), (int) (month % 12) + 1);
}

/* Parses YYYY-MM, with a year from 1900 to 9999, into a month. */
gboolean
rr_month_parse (const char *text,
                gint64     *month)
{
  int year;
  int number;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;

  for (guint i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (int) g_ascii_strtoll (text, NULL, 10);
  number = (int) g_ascii_strtoll (text + 5, NULL, 10);
  if (year < 1900 || number < 1 || number > 12)
    return FALSE;

  *month = (gint64) year * 12 + number - 1;
  return TRUE;
}

void
rr_street_free (RrStreet *street)
{
  if (street == NULL)
    return;

  g_free (street->name);
  g_free (street);
}

void
rr_community_free (RrCommunity *community)
{
  if (community == NULL)
    return;

  g_free (community->name);
  g_free (community->code);
  g_free (community);
}

void
rr_evaluation_free (RrEvaluation *evaluation)
{
  if (evaluation == NULL)
    return;

  g_free (evaluation->date);
  g_free (evaluation->catalog_id);
  g_free (evaluation->catalog_version);
  g_free (evaluation);
}

void
rr_rater_free (RrRater *rater)
{
  if (rater == NULL)
    return;

  g_free (rater->name);
  g_free (rater->role);
  g_free (rater);
}

void
rr_score_free (RrScore *score)
{
  if (score == NULL)
    return;

  g_free (score->note);
  g_free (score);
}

void
rr_evidence_free (RrEvidence *evidence)
{
  if (evidence == NULL)
    return;

  g_free (evidence->caption);
  g_free (evidence->original_name);
  g_free (evidence->sha256);
  g_free (evidence);
}

void
rr_audit_entry_free (RrAuditEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->time);
  g_free (entry->user);
  g_free (entry->table_name);
  g_free (entry->field);
  g_free (entry->old_value);
  g_free (entry->new_value);
  g_free (entry);
}
