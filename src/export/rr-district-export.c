/* rr-district-export.c: the district overview as JSON and CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-district-export"

#include "config.h"

#include "rr-district-export.h"

#include "rr-json-write.h"

#include <glib/gi18n-lib.h>
#include <string.h>

const char *
rr_district_status_get_name (RrEvaluationStatus status)
{
  switch (status)
    {
    case RR_EVALUATION_STATUS_DRAFT:
      return _("Draft");
    case RR_EVALUATION_STATUS_SUBMITTED:
      return _("Submitted");
    case RR_EVALUATION_STATUS_FINALISED:
    default:
      return _("Finalised");
    }
}

/* The standard's own words, never translated. */
const char *
rr_district_type_get_name (RrCommunityType type)
{
  return type == RR_COMMUNITY_TYPE_VILLAGE ? "村" : "社区";
}

const char *
rr_district_check_get_name (RrCheckStatus status)
{
  switch (status)
    {
    case RR_CHECK_MET:
      return _("Met");
    case RR_CHECK_NOT_MET:
      return _("Not met");
    case RR_CHECK_NOT_ASSESSED:
    default:
      return _("Not assessed");
    }
}

/* Names a quantitative requirement in a column header by its task and the
 * standard's words, e.g. "任务 13：社区综合服务设施每百户≥30㎡". */
char *
rr_district_requirement_title (const RrRequirement *requirement)
{
  /* Translators: a column header: the task number and the standard's words */
  return g_strdup_printf (_("Task %u: %s"), requirement->task->number, requirement->quote);
}

/* Returns the band of @row's grade, by its place in the row's template,
 * best first. */
static RrChartGrade
chart_grade (const RrDistrictRow *row)
{
  const GPtrArray *grades = row->template->grades;

  for (guint g = 0; row->grade != NULL && g < grades->len && g < RR_N_GRADES; g++)
    if (g_ptr_array_index (grades, g) == row->grade)
      return (RrChartGrade) g;

  return RR_GRADE_NONE;
}

/**
 * rr_district_build_ranking:
 *
 * Puts every community in a ranking by its final score (the converted
 * score plus the bonus), the score its grade follows, on a scale to 100
 * plus the largest bonus. Communities without an evaluation come last.
 * @rows, when not %NULL, are the rows to rank, for example those a filter
 * lets through.
 */
RrRankingData *
rr_district_build_ranking (const RrDistrict *district,
                           GPtrArray        *rows)
{
  RrRankingData *ranking = rr_ranking_data_new (_("Communities by final score"),
                                                10000 + district->template->bonus_cap);

  if (rows == NULL)
    rows = district->rows;

  for (guint i = 0; i < rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (rows, i);

      if (row->evaluation_id == 0)
        rr_ranking_data_add (ranking, row->name, RR_CHART_VALUE_NOT_ASSESSED, RR_GRADE_NONE);
      else
        rr_ranking_data_add (ranking, row->name, RR_CHART_VALUE (row->final), chart_grade (row));
    }

  return ranking;
}

static void
append_month (GString    *json,
              const char *name,
              gint64      month)
{
  g_autofree char *text = rr_month_format (month);

  rr_json_append_member (json, name, text);
}

static void
append_evaluation (GString             *json,
                   const RrDistrict    *district,
                   const RrDistrictRow *row)
{
  const RrCatalog *catalog = district->catalog;

  g_string_append_printf (json, ", \"evaluation_id\": %" G_GINT64_FORMAT, row->evaluation_id);
  rr_json_append_member (json, "kind", rr_evaluation_kind_get_id (row->kind));
  append_month (json, "period_start", row->period_start);
  append_month (json, "period_end", row->period_end);
  rr_json_append_member (json, "status", rr_evaluation_status_get_id (row->status));
  rr_json_append_hundredths (json, "score", row->score);
  rr_json_append_hundredths (json, "max", row->max);
  rr_json_append_hundredths (json, "converted", row->converted);
  rr_json_append_hundredths (json, "final", row->final);
  rr_json_append_member (json, "verdict", rr_verdict_get_id (row->verdict));
  rr_json_append_member (json, "verdict_name", rr_verdict_get_name (row->template, row->verdict));
  rr_json_append_member (json, "grade", row->grade != NULL ? row->grade->name : "");
  g_string_append_printf (json, ", \"binding_met\": %u, \"binding_total\": %u",
                          row->binding_met, district->binding_total);

  g_string_append (json, ", \"groups\": [");
  for (guint i = 0; i < catalog->groups->len; i++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, i);

      g_string_append (json, i > 0 ? ", {\"id\": " : "{\"id\": ");
      rr_json_append_string (json, group->id);
      rr_json_append_member (json, "name", group->name);
      rr_json_append_hundredths (json, "score", row->group_scores[i]);
      rr_json_append_hundredths (json, "max", row->group_max[i]);
      g_string_append_c (json, '}');
    }

  g_string_append (json, "], \"requirements\": [");
  for (guint i = 0; i < catalog->requirements->len; i++)
    {
      const RrRequirement *requirement = g_ptr_array_index (catalog->requirements, i);

      g_string_append (json, i > 0 ? ", {\"id\": " : "{\"id\": ");
      rr_json_append_string (json, requirement->id);
      g_string_append_printf (json, ", \"task\": %u", requirement->task->number);
      rr_json_append_member (json, "status", rr_check_status_get_id (row->checks[i]));
      g_string_append_c (json, '}');
    }
  g_string_append_c (json, ']');
}

/**
 * rr_district_export_json:
 *
 * Writes one object per community in `communities`, with the scores of its
 * latest evaluation (`evaluation_id` is null without one), and the
 * latest evaluations counted by status in `status_counts`.
 */
char *
rr_district_export_json (const RrDistrict *district)
{
  GString *json = g_string_new ("{\"communities\": [");

  g_return_val_if_fail (district != NULL, NULL);

  for (guint i = 0; i < district->rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (district->rows, i);

      g_string_append_printf (json, "%s\n  {\"id\": %" G_GINT64_FORMAT, i > 0 ? "," : "", row->community_id);
      rr_json_append_member (json, "name", row->name);
      rr_json_append_member (json, "street", row->street);
      rr_json_append_member (json, "type", rr_community_type_get_id (row->type));
      if (row->code != NULL)
        rr_json_append_member (json, "code", row->code);
      else
        g_string_append (json, ", \"code\": null");

      if (row->evaluation_id != 0)
        append_evaluation (json, district, row);
      else
        g_string_append (json, ", \"evaluation_id\": null");
      g_string_append_c (json, '}');
    }

  g_string_append_printf (json, "\n],\n\"status_counts\": {\"draft\": %u, \"submitted\": %u, "
                          "\"finalised\": %u, \"none\": %u}}\n",
                          district->status_counts[RR_EVALUATION_STATUS_DRAFT],
                          district->status_counts[RR_EVALUATION_STATUS_SUBMITTED],
                          district->status_counts[RR_EVALUATION_STATUS_FINALISED],
                          district->without_evaluation);
  return g_string_free (json, FALSE);
}

/* Quotes a CSV field when it needs it, as RFC 4180 specifies. */
static void
append_csv (GString    *csv,
            const char *text,
            gboolean    last)
{
  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) parts = g_strsplit (text, "\"", -1);

      escaped = g_strjoinv ("\"\"", parts);
      g_string_append_printf (csv, "\"%s\"", escaped);
    }
  else
    {
      g_string_append (csv, text);
    }

  g_string_append (csv, last ? "\r\n" : ",");
}

static void
append_csv_points (GString *csv,
                   gint64   hundredths,
                   gboolean present)
{
  if (present)
    g_string_append_printf (csv, "%" G_GINT64_FORMAT ".%02d,", hundredths / 100, (int) (hundredths % 100));
  else
    g_string_append_c (csv, ',');
}

static void
append_csv_header (GString          *csv,
                   const RrDistrict *district)
{
  static const char * const fixed[] = {
    "id", "name", "street", "type", "code", "evaluation_id", "kind", "period_start", "period_end",
    "status", "score", "max", "converted", "final", "verdict", "verdict_name", "grade", "binding_met",
  };
  const RrCatalog *catalog = district->catalog;

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    append_csv (csv, fixed[i], FALSE);
  for (guint i = 0; i < catalog->groups->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("group_%s", ((RrGroup *) g_ptr_array_index (catalog->groups, i))->id);

      append_csv (csv, name, FALSE);
    }
  for (guint i = 0; i < catalog->requirements->len; i++)
    append_csv (csv, ((RrRequirement *) g_ptr_array_index (catalog->requirements, i))->id,
                i + 1 == catalog->requirements->len);
}

/**
 * rr_district_export_csv:
 *
 * Writes the overview as UTF-8 CSV with a byte order mark, so Excel on
 * Chinese Windows opens it without garbling the names. Header names are the
 * JSON member names; points have two decimals.
 */
char *
rr_district_export_csv (const RrDistrict *district)
{
  GString *csv = g_string_new ("\xEF\xBB\xBF");
  const RrCatalog *catalog = district->catalog;

  append_csv_header (csv, district);
  for (guint i = 0; i < district->rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (district->rows, i);
      gboolean evaluated = row->evaluation_id != 0;
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, row->community_id);
      g_autofree char *evaluation = evaluated ? g_strdup_printf ("%" G_GINT64_FORMAT, row->evaluation_id) : g_strdup ("");
      g_autofree char *start = evaluated ? rr_month_format (row->period_start) : g_strdup ("");
      g_autofree char *end = evaluated ? rr_month_format (row->period_end) : g_strdup ("");
      g_autofree char *met = evaluated ? g_strdup_printf ("%u", row->binding_met) : g_strdup ("");

      append_csv (csv, id, FALSE);
      append_csv (csv, row->name, FALSE);
      append_csv (csv, row->street, FALSE);
      append_csv (csv, rr_community_type_get_id (row->type), FALSE);
      append_csv (csv, row->code != NULL ? row->code : "", FALSE);
      append_csv (csv, evaluation, FALSE);
      append_csv (csv, evaluated ? rr_evaluation_kind_get_id (row->kind) : "", FALSE);
      append_csv (csv, start, FALSE);
      append_csv (csv, end, FALSE);
      append_csv (csv, evaluated ? rr_evaluation_status_get_id (row->status) : "", FALSE);
      append_csv_points (csv, row->score, evaluated);
      append_csv_points (csv, row->max, evaluated);
      append_csv_points (csv, row->converted, evaluated);
      append_csv_points (csv, row->final, evaluated);
      append_csv (csv, evaluated ? rr_verdict_get_id (row->verdict) : "", FALSE);
      append_csv (csv, evaluated ? rr_verdict_get_name (row->template, row->verdict) : "", FALSE);
      append_csv (csv, evaluated && row->grade != NULL ? row->grade->name : "", FALSE);
      append_csv (csv, met, FALSE);
      for (guint g = 0; g < catalog->groups->len; g++)
        append_csv_points (csv, row->group_scores[g], evaluated);
      for (guint r = 0; r < catalog->requirements->len; r++)
        append_csv (csv, evaluated ? rr_check_status_get_id (row->checks[r]) : "",
                    r + 1 == catalog->requirements->len);
    }

  return g_string_free (csv, FALSE);
}
