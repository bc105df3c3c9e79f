/* rr-thresholds.c: checking a community's figures against the standard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-thresholds"

#include "config.h"

#include "rr-thresholds.h"

#include <glib/gi18n-lib.h>

typedef void (*RuleFunc) (RrCheck         *check,
                          const RrFigures *figures);

typedef struct {
  const char *id;
  RuleFunc evaluate;
  RrUnit unit;
  const char *parameters[3];   /* the parameters the catalog must give */
  RrField needs[3];            /* the figures the check needs */
  guint n_needs;
} Rule;

/* ------------------------------------------------------------------------ */
/* Exact arithmetic and formatting                                           */
/* ------------------------------------------------------------------------ */

/* Rounds up a / b for a ≥ 0 and b > 0: required counts are whole people. */
static gint64
ceil_div (gint64 a,
          gint64 b)
{
  return (a + b - 1) / b;
}

/* Formats part / whole as a percentage with @decimals decimals, rounded
 * down, so a share below a bound never displays as the bound. */
static char *
format_percent_floor (gint64 part,
                      gint64 whole,
                      guint  decimals)
{
  gint64 scale = decimals == 2 ? 100 : 10;
  gint64 scaled = part * 100 * scale / whole;

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT "%%",
                          scaled / scale, (int) decimals, scaled % scale);
}

char *
rr_unit_format_value (RrUnit unit,
                      gint64 value)
{
  if (unit == RR_UNIT_SQUARE_METRES)
    return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", value / 100, (int) (value % 100));

  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static gint64
parameter (const RrCheck *check,
           const char    *name)
{
  gint64 value = 0;

  /* The catalog loader has checked that every parameter exists. */
  if (!rr_requirement_get_parameter (check->requirement, name, &value))
    g_assert_not_reached ();
  return value;
}

static gint64
get (const RrFigures *figures,
     RrField          field)
{
  return rr_figures_get (figures, field);
}

static void
set_result (RrCheck *check,
            gboolean met,
            gint64   actual,
            gint64   required)
{
  check->status = met ? RR_CHECK_MET : RR_CHECK_NOT_MET;
  check->actual = actual;
  check->required = required;
  check->shortfall = met ? 0 : required - actual;
}

/* ------------------------------------------------------------------------ */
/* Rules                                                                     */
/* ------------------------------------------------------------------------ */

static void
evaluate_council_meetings (RrCheck         *check,
                           const RrFigures *figures)
{
  gint64 per_month = parameter (check, "meetings_per_month");
  gint64 start = get (figures, RR_FIELD_PERIOD_START);
  gint64 end = get (figures, RR_FIELD_PERIOD_END);
  const GArray *dates = rr_figures_get_meeting_dates (figures);
  g_autofree guint *counts = g_new0 (guint, end - start + 1);
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
  g_autofree char *missing_text = NULL;
  gint64 months = end - start + 1;
  gint64 covered = 0;

  for (guint i = 0; i < dates->len; i++)
    {
      GDate date;
      gint64 month;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, g_array_index (dates, guint32, i));
      month = (gint64) g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1;
      if (month >= start && month <= end)
        counts[month - start]++;
    }

  for (gint64 month = start; month <= end; month++)
    {
      if (counts[month - start] >= per_month)
        covered++;
      else
        {
          g_autofree char *text = rr_figures_format_month (month);
          g_strv_builder_add (missing, text);
        }
    }

  set_result (check, covered == months, covered, months);
  check->missing = g_strv_builder_end (missing);
  check->actual_text = g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT, covered, months);
  check->required_text = g_strdup_printf ("%" G_GINT64_FORMAT, months);

  if (check->status == RR_CHECK_MET)
    {
      check->message = g_strdup_printf (_("Council meetings are recorded in every month of the period (%s)"),
                                        check->actual_text);
      return;
    }

  /* Translators: the separator between months in a list, e.g. "2026-03、2026-07" */
  missing_text = g_strjoinv (_(", "), check->missing);
  /* Translators: "缺少 2026-03、2026-07 议事会记录" */
  check->message = g_strdup_printf (_("No council meeting recorded for %s"), missing_text);
}

static void
evaluate_social_organizations (RrCheck         *check,
                               const RrFigures *figures)
{
  gint64 for_community = parameter (check, "minimum_community");
  gint64 for_village = parameter (check, "minimum_village");
  gint64 actual = get (figures, RR_FIELD_SOCIAL_ORGANIZATIONS);
  gboolean village = rr_figures_get (figures, RR_FIELD_COMMUNITY_TYPE) == RR_COMMUNITY_TYPE_VILLAGE;
  gint64 required = village ? for_village : for_community;

  set_result (check, actual >= required, actual, required);
  check->actual_text = g_strdup_printf ("%" G_GINT64_FORMAT, actual);
  check->required_text = g_strdup_printf ("≥ %" G_GINT64_FORMAT, required);

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (village
                                      ? _("%lld registered social organisations; a village needs at least %lld")
                                      : _("%lld registered social organisations; a community needs at least %lld"),
                                      (long long) actual, (long long) required);
  else
    check->message = g_strdup_printf (village
                                      ? _("Short of %lld registered social organisations; a village needs at least %lld")
                                      : _("Short of %lld registered social organisations; a community needs at least %lld"),
                                      (long long) check->shortfall, (long long) required);
}

/* A survey share: @part of @whole respondents must reach minimum_percent.
 * Returns the share as text for the message. */
static char *
evaluate_survey (RrCheck         *check,
                 const RrFigures *figures,
                 RrField          whole_field,
                 RrField          part_field)
{
  gint64 percent = parameter (check, "minimum_percent");
  gint64 whole = get (figures, whole_field);
  gint64 part = get (figures, part_field);
  gint64 required = ceil_div (whole * percent, 100);
  char *share = format_percent_floor (part, whole, 1);

  set_result (check, part * 100 >= whole * percent, part, required);
  check->actual_text = g_strdup_printf ("%s（%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT "）", share, part, whole);
  check->required_text = g_strdup_printf ("≥ %" G_GINT64_FORMAT "%%（%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT "）",
                                          percent, required, whole);
  return share;
}

static void
evaluate_covenant_awareness (RrCheck         *check,
                             const RrFigures *figures)
{
  g_autofree char *share = evaluate_survey (check, figures, RR_FIELD_COVENANT_RESPONDENTS,
                                            RR_FIELD_COVENANT_AWARE);
  int percent = (int) parameter (check, "minimum_percent");

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (_("Covenant awareness is %s; at least %d%% is required"),
                                      share, percent);
  else
    check->message = g_strdup_printf (_("Covenant awareness is %s, below %d%%: short of %lld aware residents among the %lld surveyed"),
                                      share, percent, (long long) check->shortfall,
                                      (long long) rr_figures_get (figures, RR_FIELD_COVENANT_RESPONDENTS));
}

static void
evaluate_service_satisfaction (RrCheck         *check,
                               const RrFigures *figures)
{
  g_autofree char *share = evaluate_survey (check, figures, RR_FIELD_SATISFACTION_RESPONDENTS,
                                            RR_FIELD_SATISFACTION_SATISFIED);
  int percent = (int) parameter (check, "minimum_percent");

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (_("Service satisfaction is %s; at least %d%% is required"),
                                      share, percent);
  else
    check->message = g_strdup_printf (_("Service satisfaction is %s, below %d%%: short of %lld satisfied residents among the %lld surveyed"),
                                      share, percent, (long long) check->shortfall,
                                      (long long) rr_figures_get (figures, RR_FIELD_SATISFACTION_RESPONDENTS));
}

static void
evaluate_volunteer_share (RrCheck         *check,
                          const RrFigures *figures)
{
  gint64 percent = parameter (check, "minimum_percent");
  gint64 population = get (figures, RR_FIELD_RESIDENT_POPULATION);
  gint64 volunteers = get (figures, RR_FIELD_VOLUNTEERS);
  gint64 required = ceil_div (population * percent, 100);
  g_autofree char *share = format_percent_floor (volunteers, population, 1);

  set_result (check, volunteers * 100 >= population * percent, volunteers, required);
  check->actual_text = g_strdup_printf ("%" G_GINT64_FORMAT "（%s）", volunteers, share);
  check->required_text = g_strdup_printf ("≥ %" G_GINT64_FORMAT "（%" G_GINT64_FORMAT "%%）", required, percent);

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (_("%lld volunteers; %d%% of %lld residents is %lld"),
                                      (long long) volunteers, (int) percent,
                                      (long long) population, (long long) required);
  else
    check->message = g_strdup_printf (_("Short of %lld volunteers; %d%% of %lld residents is %lld"),
                                      (long long) check->shortfall, (int) percent,
                                      (long long) population, (long long) required);
}

static void
evaluate_service_facility_area (RrCheck         *check,
                                const RrFigures *figures)
{
  gint64 per_100 = parameter (check, "square_metres_per_100_households");
  gint64 households = get (figures, RR_FIELD_HOUSEHOLDS);
  gint64 area = get (figures, RR_FIELD_SERVICE_FACILITY_AREA);
  /* per_100 m² for 100 households is per_100 hundredths of a m² each. */
  gint64 required = households * per_100;
  g_autofree char *area_text = rr_unit_format_value (RR_UNIT_SQUARE_METRES, area);
  g_autofree char *required_text = rr_unit_format_value (RR_UNIT_SQUARE_METRES, required);
  g_autofree char *shortfall_text = NULL;

  set_result (check, area >= required, area, required);
  shortfall_text = rr_unit_format_value (RR_UNIT_SQUARE_METRES, check->shortfall);
  check->actual_text = g_strdup_printf ("%s ㎡", area_text);
  check->required_text = g_strdup_printf ("≥ %s ㎡", required_text);

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (_("Service facilities of %s m²; %lld households need %s m²"),
                                      area_text, (long long) households, required_text);
  else
    check->message = g_strdup_printf (_("Short of %s m² of service facility area; %lld households need %s m²"),
                                      shortfall_text, (long long) households, required_text);
}

static void
evaluate_resident_service_share (RrCheck         *check,
                                 const RrFigures *figures)
{
  gint64 percent = parameter (check, "minimum_percent");
  gint64 facility = get (figures, RR_FIELD_SERVICE_FACILITY_AREA);
  gint64 resident = get (figures, RR_FIELD_RESIDENT_SERVICE_AREA);
  gint64 required = ceil_div (facility * percent, 100);
  g_autofree char *resident_text = rr_unit_format_value (RR_UNIT_SQUARE_METRES, resident);
  g_autofree char *required_text = rr_unit_format_value (RR_UNIT_SQUARE_METRES, required);
  g_autofree char *shortfall_text = NULL;
  g_autofree char *share = NULL;

  if (facility == 0)
    {
      /* Without a facility there is no share; the area check reports it. */
      set_result (check, FALSE, resident, 1);
      check->actual_text = g_strdup ("0.00 ㎡");
      check->required_text = g_strdup_printf ("≥ %" G_GINT64_FORMAT "%%", percent);
      check->message = g_strdup (_("There is no community service facility area to share"));
      return;
    }

  share = format_percent_floor (resident, facility, 1);
  set_result (check, resident * 100 >= facility * percent, resident, required);
  shortfall_text = rr_unit_format_value (RR_UNIT_SQUARE_METRES, check->shortfall);
  check->actual_text = g_strdup_printf ("%s ㎡（%s）", resident_text, share);
  check->required_text = g_strdup_printf ("≥ %s ㎡（%" G_GINT64_FORMAT "%%）", required_text, percent);

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (_("Resident service space is %s of the facility area; at least %d%% is required"),
                                      share, (int) percent);
  else
    check->message = g_strdup_printf (_("Short of %s m² of space for resident services and activities; %d%% of the facility area is %s m²"),
                                      shortfall_text, (int) percent, required_text);
}

static void
evaluate_sorting_facilities (RrCheck         *check,
                             const RrFigures *figures)
{
  gint64 percent = parameter (check, "minimum_percent");
  gint64 planned = get (figures, RR_FIELD_SORTING_FACILITIES_PLANNED);
  gint64 built = get (figures, RR_FIELD_SORTING_FACILITIES_BUILT);
  gint64 required = ceil_div (planned * percent, 100);
  g_autofree char *share = format_percent_floor (built, planned, 1);

  set_result (check, built * 100 >= planned * percent, built, required);
  check->actual_text = g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT "（%s）", built, planned, share);
  check->required_text = g_strdup_printf ("≥ %" G_GINT64_FORMAT "（%" G_GINT64_FORMAT "%%）", required, percent);

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (_("%lld of %lld planned sorting facilities are built"),
                                      (long long) built, (long long) planned);
  else
    check->message = g_strdup_printf (_("Short of %lld built sorting facilities (%lld of %lld planned are built)"),
                                      (long long) check->shortfall, (long long) built, (long long) planned);
}

static void
evaluate_social_worker_staffing (RrCheck         *check,
                                 const RrFigures *figures)
{
  gint64 per_10000 = parameter (check, "workers_per_10000_residents");
  gint64 population = get (figures, RR_FIELD_RESIDENT_POPULATION);
  gint64 workers = get (figures, RR_FIELD_SOCIAL_WORKERS);
  gint64 required = ceil_div (population * per_10000, 10000);

  set_result (check, workers * 10000 >= population * per_10000, workers, required);
  check->actual_text = g_strdup_printf ("%" G_GINT64_FORMAT, workers);
  check->required_text = g_strdup_printf ("≥ %" G_GINT64_FORMAT, required);

  if (check->status == RR_CHECK_MET)
    check->message = g_strdup_printf (_("%lld community workers; %lld residents at %d per 10,000 need %lld"),
                                      (long long) workers, (long long) population,
                                      (int) per_10000, (long long) required);
  else
    check->message = g_strdup_printf (_("Short of %lld community workers; %lld residents at %d per 10,000 need %lld"),
                                      (long long) check->shortfall, (long long) population,
                                      (int) per_10000, (long long) required);
}

static void
evaluate_certification_trend (RrCheck         *check,
                              const RrFigures *figures)
{
  gint64 workers = get (figures, RR_FIELD_SOCIAL_WORKERS);
  gint64 certified = get (figures, RR_FIELD_CERTIFIED_SOCIAL_WORKERS);
  gint64 previous = get (figures, RR_FIELD_PREVIOUS_CERTIFIED_SHARE);   /* millionths */
  g_autofree char *share = NULL;
  g_autofree char *previous_share = format_percent_floor (previous, 1000000, 2);
  gint64 required;
  gboolean met;

  if (workers == 0)
    {
      check->status = RR_CHECK_NOT_ASSESSED;
      check->message = g_strdup (_("There are no community workers, so there is no certified share"));
      check->missing = g_strsplit (rr_field_get_id (RR_FIELD_SOCIAL_WORKERS), " ", -1);
      return;
    }

  /* The share must exceed the previous one: certified / workers > previous,
   * so at least floor (previous × workers) + 1 certified workers. When all
   * workers are certified the share cannot rise further and counts as met. */
  required = MIN (previous * workers / 1000000 + 1, workers);
  met = certified * 1000000 > previous * workers || certified == workers;
  share = format_percent_floor (certified, workers, 2);

  set_result (check, met, certified, required);
  check->actual_text = g_strdup_printf ("%s（%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT "）", share, certified, workers);
  check->required_text = g_strdup_printf ("> %s", previous_share);

  if (met)
    check->message = g_strdup_printf (_("The certified share is %s, up from %s in the previous period"),
                                      share, previous_share);
  else
    check->message = g_strdup_printf (_("The certified share is %s, not above %s in the previous period: short of %lld certified community workers"),
                                      share, previous_share, (long long) check->shortfall);
}

static const Rule rules[] = {
  { "council_meetings_monthly", evaluate_council_meetings, RR_UNIT_MONTHS,
    { "meetings_per_month" }, { RR_FIELD_PERIOD_START, RR_FIELD_PERIOD_END }, 2 },
  { "social_organizations", evaluate_social_organizations, RR_UNIT_ORGANIZATIONS,
    { "minimum_community", "minimum_village" }, { RR_FIELD_SOCIAL_ORGANIZATIONS, RR_FIELD_COMMUNITY_TYPE }, 2 },
  { "covenant_awareness", evaluate_covenant_awareness, RR_UNIT_PEOPLE,
    { "minimum_percent" }, { RR_FIELD_COVENANT_RESPONDENTS, RR_FIELD_COVENANT_AWARE }, 2 },
  { "volunteer_share", evaluate_volunteer_share, RR_UNIT_PEOPLE,
    { "minimum_percent" }, { RR_FIELD_RESIDENT_POPULATION, RR_FIELD_VOLUNTEERS }, 2 },
  { "service_facility_area", evaluate_service_facility_area, RR_UNIT_SQUARE_METRES,
    { "square_metres_per_100_households" }, { RR_FIELD_HOUSEHOLDS, RR_FIELD_SERVICE_FACILITY_AREA }, 2 },
  { "resident_service_share", evaluate_resident_service_share, RR_UNIT_SQUARE_METRES,
    { "minimum_percent" }, { RR_FIELD_SERVICE_FACILITY_AREA, RR_FIELD_RESIDENT_SERVICE_AREA }, 2 },
  { "sorting_facilities_built", evaluate_sorting_facilities, RR_UNIT_FACILITIES,
    { "minimum_percent" }, { RR_FIELD_SORTING_FACILITIES_PLANNED, RR_FIELD_SORTING_FACILITIES_BUILT }, 2 },
  { "social_worker_staffing", evaluate_social_worker_staffing, RR_UNIT_PEOPLE,
    { "workers_per_10000_residents" }, { RR_FIELD_RESIDENT_POPULATION, RR_FIELD_SOCIAL_WORKERS }, 2 },
  { "service_satisfaction", evaluate_service_satisfaction, RR_UNIT_PEOPLE,
    { "minimum_percent" }, { RR_FIELD_SATISFACTION_RESPONDENTS, RR_FIELD_SATISFACTION_SATISFIED }, 2 },
  { "social_worker_certification_trend", evaluate_certification_trend, RR_UNIT_PEOPLE,
    { NULL }, { RR_FIELD_SOCIAL_WORKERS, RR_FIELD_CERTIFIED_SOCIAL_WORKERS, RR_FIELD_PREVIOUS_CERTIFIED_SHARE }, 3 },
};

static const Rule *
find_rule (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_str_equal (rules[i].id, id))
      return &rules[i];

  return NULL;
}

/**
 * rr_threshold_rule_check:
 * @problem: (out): why the requirement cannot be checked
 *
 * Returns TRUE when this build has a rule for @requirement's id and the
 * catalog gives every parameter the rule uses. The catalog loader calls it.
 */
gboolean
rr_threshold_rule_check (const RrRequirement  *requirement,
                         char                **problem)
{
  const Rule *rule = find_rule (requirement->id);
  gint64 value;

  if (rule == NULL)
    {
      *problem = g_strdup_printf (_("no rule checks the requirement “%s”; update the app"), requirement->id);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (rule->parameters) && rule->parameters[i] != NULL; i++)
    {
      if (!rr_requirement_get_parameter (requirement, rule->parameters[i], &value))
        {
          *problem = g_strdup_printf (_("the requirement “%s” needs the parameter “%s”"),
                                      requirement->id, rule->parameters[i]);
          return FALSE;
        }
      if (value == 0 && !g_str_equal (rule->parameters[i], "minimum_village"))
        {
          *problem = g_strdup_printf (_("the parameter “%s” must be greater than 0"), rule->parameters[i]);
          return FALSE;
        }
    }

  return TRUE;
}

/* Lists the figures @rule needs that @figures lack. */
static GStrv
find_missing (const Rule      *rule,
              const RrFigures *figures)
{
  g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();

  for (guint i = 0; i < rule->n_needs; i++)
    {
      RrField field = rule->needs[i];

      /* The type only matters when the count does not meet the higher
       * (community) minimum, which a village meets as well. */
      if (field == RR_FIELD_COMMUNITY_TYPE)
        continue;
      if (!rr_figures_has (figures, field))
        g_strv_builder_add (missing, rr_field_get_id (field));
    }

  if (g_str_equal (rule->id, "council_meetings_monthly") && !rr_figures_has_meeting_dates (figures))
    g_strv_builder_add (missing, RR_FIELD_ID_COUNCIL_MEETING_DATES);

  return g_strv_builder_end (missing);
}

static gboolean
needs_community_type (const RrCheck   *check,
                      const RrFigures *figures)
{
  gint64 for_community = 0;

  if (!g_str_equal (check->requirement->id, "social_organizations") ||
      rr_figures_has (figures, RR_FIELD_COMMUNITY_TYPE))
    return FALSE;

  rr_requirement_get_parameter (check->requirement, "minimum_community", &for_community);
  return rr_figures_get (figures, RR_FIELD_SOCIAL_ORGANIZATIONS) < for_community;
}

static void
report_missing (RrCheck *check)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  for (guint i = 0; check->missing[i] != NULL; i++)
    {
      RrField field;

      if (rr_field_from_id (check->missing[i], &field))
        g_ptr_array_add (labels, g_strdup (rr_field_get_label (field)));
      else
        g_ptr_array_add (labels, g_strdup (_("Council meeting dates")));
    }
  g_ptr_array_add (labels, NULL);

  check->status = RR_CHECK_NOT_ASSESSED;
  list = g_strjoinv (_(", "), (char **) labels->pdata);
  /* Translators: "缺少数据：常住人口、志愿者人数" */
  check->message = g_strdup_printf (_("Not assessed; missing: %s"), list);
}

/**
 * rr_thresholds_evaluate:
 * @figures: figures that rr_figures_validate() accepts
 *
 * Checks every requirement of @catalog, in the catalog's order.
 *
 * Returns: (transfer full): an array of RrCheck
 */
GPtrArray *
rr_thresholds_evaluate (const RrCatalog *catalog,
                        const RrFigures *figures)
{
  GPtrArray *checks = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_check_free);

  g_return_val_if_fail (catalog != NULL, checks);
  g_return_val_if_fail (figures != NULL, checks);

  for (guint i = 0; i < catalog->requirements->len; i++)
    {
      const RrRequirement *requirement = g_ptr_array_index (catalog->requirements, i);
      const Rule *rule = find_rule (requirement->id);
      RrCheck *check = g_new0 (RrCheck, 1);

      g_assert (rule != NULL);
      check->requirement = requirement;
      check->unit = rule->unit;
      g_ptr_array_add (checks, check);

      check->missing = find_missing (rule, figures);
      if (check->missing[0] == NULL && needs_community_type (check, figures))
        {
          g_strfreev (check->missing);
          check->missing = g_strsplit (rr_field_get_id (RR_FIELD_COMMUNITY_TYPE), " ", -1);
        }

      if (check->missing[0] != NULL)
        {
          report_missing (check);
          continue;
        }

      g_clear_pointer (&check->missing, g_strfreev);
      rule->evaluate (check, figures);
      if (check->missing == NULL)
        check->missing = g_new0 (char *, 1);
    }

  return checks;
}

const RrCheck *
rr_thresholds_find (GPtrArray  *checks,
                    const char *id)
{
  for (guint i = 0; i < checks->len; i++)
    {
      const RrCheck *check = g_ptr_array_index (checks, i);

      if (g_str_equal (check->requirement->id, id))
        return check;
    }

  return NULL;
}

const char *
rr_check_status_get_id (RrCheckStatus status)
{
  switch (status)
    {
    case RR_CHECK_MET:
      return "met";
    case RR_CHECK_NOT_MET:
      return "not_met";
    case RR_CHECK_NOT_ASSESSED:
    default:
      return "not_assessed";
    }
}

const char *
rr_unit_get_id (RrUnit unit)
{
  static const char *ids[] = { "people", "m2", "organizations", "facilities", "months" };

  g_return_val_if_fail (unit < G_N_ELEMENTS (ids), NULL);

  return ids[unit];
}

void
rr_check_free (RrCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->actual_text);
  g_free (check->required_text);
  g_free (check->message);
  g_strfreev (check->missing);
  g_free (check);
}
