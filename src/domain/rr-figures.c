/* rr-figures.c: a community's figures, parsed and validated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-figures"

#include "config.h"

#include "rr-figures.h"
#include "rr-error.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

/* Years a period or meeting date may fall in. */
#define MIN_YEAR 2000
#define MAX_YEAR 2100

/* Maximum length of an evaluation period, in months. */
#define MAX_PERIOD_MONTHS 120

/* Most council meeting dates one evaluation may list. */
#define MAX_MEETING_DATES 1000

typedef struct {
  const char *id;
  RrFieldKind kind;
  gint64 max;           /* in the field's integer encoding */
  const char *label;
  const char *unit;
} FieldInfo;

/* The upper limits are far above any real community (Changzhou's largest
 * have tens of thousands of residents) and exist to catch typos. */
static const FieldInfo fields[RR_N_FIELDS] = {
  [RR_FIELD_COMMUNITY_TYPE] = { "community_type", RR_FIELD_KIND_TYPE, RR_COMMUNITY_TYPE_VILLAGE, N_("Community type"), "" },
  [RR_FIELD_PERIOD_START] = { "period_start", RR_FIELD_KIND_MONTH, MAX_YEAR * 12 + 11, N_("Evaluation period start"), "" },
  [RR_FIELD_PERIOD_END] = { "period_end", RR_FIELD_KIND_MONTH, MAX_YEAR * 12 + 11, N_("Evaluation period end"), "" },
  [RR_FIELD_RESIDENT_POPULATION] = { "resident_population", RR_FIELD_KIND_COUNT, 1000000, N_("Resident population"), N_("people") },
  [RR_FIELD_HOUSEHOLDS] = { "households", RR_FIELD_KIND_COUNT, 500000, N_("Households"), N_("households") },
  [RR_FIELD_SERVICE_FACILITY_AREA] = { "service_facility_area_m2", RR_FIELD_KIND_AREA, 100000000, N_("Community service facility area"), N_("m²") },
  [RR_FIELD_RESIDENT_SERVICE_AREA] = { "resident_service_area_m2", RR_FIELD_KIND_AREA, 100000000, N_("Area for resident services and activities"), N_("m²") },
  [RR_FIELD_SOCIAL_WORKERS] = { "social_workers", RR_FIELD_KIND_COUNT, 10000, N_("Community workers"), N_("people") },
  [RR_FIELD_CERTIFIED_SOCIAL_WORKERS] = { "certified_social_workers", RR_FIELD_KIND_COUNT, 10000, N_("Certified community workers"), N_("people") },
  [RR_FIELD_PREVIOUS_CERTIFIED_SHARE] = { "previous_certified_share", RR_FIELD_KIND_SHARE, 1000000, N_("Certified share in the previous period"), "" },
  [RR_FIELD_VOLUNTEERS] = { "volunteers", RR_FIELD_KIND_COUNT, 1000000, N_("Resident volunteers"), N_("people") },
  [RR_FIELD_SOCIAL_ORGANIZATIONS] = { "social_organizations", RR_FIELD_KIND_COUNT, 10000, N_("Registered social organisations"), N_("organisations") },
  [RR_FIELD_COVENANT_RESPONDENTS] = { "covenant_respondents", RR_FIELD_KIND_COUNT, 1000000, N_("Residents surveyed on the covenant"), N_("people") },
  [RR_FIELD_COVENANT_AWARE] = { "covenant_aware", RR_FIELD_KIND_COUNT, 1000000, N_("Surveyed residents aware of the covenant"), N_("people") },
  [RR_FIELD_SATISFACTION_RESPONDENTS] = { "satisfaction_respondents", RR_FIELD_KIND_COUNT, 1000000, N_("Residents surveyed on satisfaction"), N_("people") },
  [RR_FIELD_SATISFACTION_SATISFIED] = { "satisfaction_satisfied", RR_FIELD_KIND_COUNT, 1000000, N_("Surveyed residents satisfied with services"), N_("people") },
  [RR_FIELD_SORTING_FACILITIES_PLANNED] = { "sorting_facilities_planned", RR_FIELD_KIND_COUNT, 100000, N_("Garbage-sorting facilities planned"), N_("facilities") },
  [RR_FIELD_SORTING_FACILITIES_BUILT] = { "sorting_facilities_built", RR_FIELD_KIND_COUNT, 100000, N_("Garbage-sorting facilities built"), N_("facilities") },
};

struct _RrFigures
{
  gboolean set[RR_N_FIELDS];
  gint64 values[RR_N_FIELDS];
  GArray *meeting_dates;      /* guint32 Julian days, sorted; NULL when not given */
};

/* ------------------------------------------------------------------------ */
/* Fields                                                                    */
/* ------------------------------------------------------------------------ */

const char *
rr_field_get_id (RrField field)
{
  g_return_val_if_fail (field < RR_N_FIELDS, NULL);

  return fields[field].id;
}

gboolean
rr_field_from_id (const char *id,
                  RrField    *field)
{
  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      if (g_strcmp0 (fields[i].id, id) == 0)
        {
          *field = (RrField) i;
          return TRUE;
        }
    }

  return FALSE;
}

RrFieldKind
rr_field_get_kind (RrField field)
{
  g_return_val_if_fail (field < RR_N_FIELDS, RR_FIELD_KIND_COUNT);

  return fields[field].kind;
}

/* The field's name as the interface shows it, translated. */
const char *
rr_field_get_label (RrField field)
{
  g_return_val_if_fail (field < RR_N_FIELDS, NULL);

  return _(fields[field].label);
}

/* The unit as the interface shows it, translated; "" for none. */
const char *
rr_field_get_unit (RrField field)
{
  g_return_val_if_fail (field < RR_N_FIELDS, NULL);

  return fields[field].unit[0] != '\0' ? _(fields[field].unit) : "";
}

gint64
rr_field_get_max (RrField field)
{
  g_return_val_if_fail (field < RR_N_FIELDS, 0);

  return fields[field].max;
}

void
rr_field_error_free (RrFieldError *error)
{
  if (error == NULL)
    return;

  g_free (error->field);
  g_free (error->message);
  g_free (error);
}

/* Joins a field's label and what is wrong with it into one message. */
static char *
label_message (const char *label,
               const char *reason)
{
  /* Translators: a field's label, then what is wrong with it, e.g.
   * "Households must not be negative" */
  return g_strdup_printf (_("%s %s"), label, reason);
}

static void
add_error (GPtrArray  *errors,
           const char *field,
           char       *message)
{
  RrFieldError *error = g_new0 (RrFieldError, 1);

  error->field = g_strdup (field);
  error->message = message;
  g_ptr_array_add (errors, error);
}

/* ------------------------------------------------------------------------ */
/* The figures                                                               */
/* ------------------------------------------------------------------------ */

RrFigures *
rr_figures_new (void)
{
  return g_new0 (RrFigures, 1);
}

RrFigures *
rr_figures_copy (const RrFigures *figures)
{
  RrFigures *copy;

  g_return_val_if_fail (figures != NULL, NULL);

  copy = g_memdup2 (figures, sizeof *figures);
  if (figures->meeting_dates != NULL)
    copy->meeting_dates = g_array_copy (figures->meeting_dates);
  return copy;
}

void
rr_figures_free (RrFigures *figures)
{
  if (figures == NULL)
    return;

  g_clear_pointer (&figures->meeting_dates, g_array_unref);
  g_free (figures);
}

gboolean
rr_figures_has (const RrFigures *figures,
                RrField          field)
{
  g_return_val_if_fail (figures != NULL, FALSE);
  g_return_val_if_fail (field < RR_N_FIELDS, FALSE);

  return figures->set[field];
}

gint64
rr_figures_get (const RrFigures *figures,
                RrField          field)
{
  g_return_val_if_fail (figures != NULL, 0);
  g_return_val_if_fail (field < RR_N_FIELDS, 0);

  return figures->set[field] ? figures->values[field] : 0;
}

/* Stores @value in the field's integer encoding; rr_figures_validate()
 * reports values out of range. */
void
rr_figures_set (RrFigures *figures,
                RrField    field,
                gint64     value)
{
  g_return_if_fail (figures != NULL);
  g_return_if_fail (field < RR_N_FIELDS);

  figures->set[field] = TRUE;
  figures->values[field] = value;
}

void
rr_figures_unset (RrFigures *figures,
                  RrField    field)
{
  g_return_if_fail (figures != NULL);
  g_return_if_fail (field < RR_N_FIELDS);

  figures->set[field] = FALSE;
  figures->values[field] = 0;
}

/* Returns TRUE once meeting dates were given, even an empty list. An empty
 * list records that no meeting took place; a missing list, that the
 * meetings were not counted. */
gboolean
rr_figures_has_meeting_dates (const RrFigures *figures)
{
  g_return_val_if_fail (figures != NULL, FALSE);

  return figures->meeting_dates != NULL;
}

const GArray *
rr_figures_get_meeting_dates (const RrFigures *figures)
{
  g_return_val_if_fail (figures != NULL, NULL);

  return figures->meeting_dates;
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 day_a = *(const guint32 *) a;
  guint32 day_b = *(const guint32 *) b;

  return day_a < day_b ? -1 : day_a > day_b;
}

void
rr_figures_set_meeting_dates (RrFigures     *figures,
                              const guint32 *julian_days,
                              guint          n_days)
{
  g_return_if_fail (figures != NULL);
  g_return_if_fail (julian_days != NULL || n_days == 0);

  g_clear_pointer (&figures->meeting_dates, g_array_unref);
  figures->meeting_dates = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_days);
  g_array_append_vals (figures->meeting_dates, julian_days, n_days);
  g_array_sort (figures->meeting_dates, compare_days);
}

void
rr_figures_unset_meeting_dates (RrFigures *figures)
{
  g_return_if_fail (figures != NULL);

  g_clear_pointer (&figures->meeting_dates, g_array_unref);
}

/* ------------------------------------------------------------------------ */
/* Text                                                                      */
/* ------------------------------------------------------------------------ */

/* Parses a non-negative decimal with at most @max_decimals digits after the
 * point into an integer scaled by 10^max_decimals. Full-width digits and
 * ASCII thousands separators are accepted. On failure sets @message. */
static gboolean
parse_decimal (const char  *text,
               guint        max_decimals,
               gint64       max,
               gint64      *value,
               char       **message)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *compact = NULL;
  gint64 scaled = 0;
  guint decimals = 0;
  gboolean seen_point = FALSE;
  gboolean seen_digit = FALSE;
  GString *digits = g_string_new (NULL);

  if (normalized != NULL)
    for (const char *p = normalized; *p != '\0'; p++)
      if (*p != ',' && !g_ascii_isspace (*p))
        g_string_append_c (digits, *p);
  compact = g_string_free (digits, FALSE);

  if (*compact == '\0')
    {
      *message = g_strdup (_("is empty; enter a number"));
      return FALSE;
    }
  if (*compact == '-' && compact[1] != '\0')
    {
      *message = g_strdup (_("must not be negative"));
      return FALSE;
    }

  for (const char *p = compact; *p != '\0'; p++)
    {
      if (*p == '.' && !seen_point)
        {
          seen_point = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        {
          *message = g_strdup_printf (_("“%s” is not a number"), text);
          return FALSE;
        }

      seen_digit = TRUE;
      if (seen_point && ++decimals > max_decimals)
        {
          *message = max_decimals == 0
            ? g_strdup (_("must be a whole number"))
            : g_strdup_printf (_("has more than %u decimals"), max_decimals);
          return FALSE;
        }
      if (scaled > (G_MAXINT64 - 9) / 10)
        {
          scaled = G_MAXINT64;
          break;
        }
      scaled = scaled * 10 + (*p - '0');
    }

  if (!seen_digit)
    {
      *message = g_strdup_printf (_("“%s” is not a number"), text);
      return FALSE;
    }

  for (; decimals < max_decimals && scaled <= G_MAXINT64 / 10; decimals++)
    scaled *= 10;
  if (decimals < max_decimals)
    scaled = G_MAXINT64;

  if (scaled > max)
    {
      g_autofree char *limit = NULL;

      if (max_decimals == 0)
        limit = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      else
        limit = g_strdup_printf ("%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT,
                                 max / 100, 2, max % 100);
      *message = g_strdup_printf (_("is too large to be real; the limit is %s"), limit);
      return FALSE;
    }

  *value = scaled;
  return TRUE;
}

static gboolean
parse_month (const char  *text,
             gint64      *value,
             char       **message)
{
  unsigned year = 0;
  unsigned month = 0;
  char tail = '\0';

  if (sscanf (text, "%4u-%2u%c", &year, &month, &tail) != 2 || strlen (text) < 6)
    {
      *message = g_strdup_printf (_("“%s” is not a month; write it as YYYY-MM, e.g. 2026-03"), text);
      return FALSE;
    }
  if (month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR)
    {
      *message = g_strdup_printf (_("“%s” is not a month between %d-01 and %d-12"), text, MIN_YEAR, MAX_YEAR);
      return FALSE;
    }

  *value = (gint64) year * 12 + (month - 1);
  return TRUE;
}

/**
 * rr_figures_parse_value:
 * @text: what the user typed
 * @value: (out): the value in the field's integer encoding
 * @message: (out): on failure, why, as a sentence fragment after the label
 *
 * Parses one field typed into a form. Shares accept a trailing % sign.
 */
gboolean
rr_figures_parse_value (RrField      field,
                        const char  *text,
                        gint64      *value,
                        char       **message)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (field < RR_N_FIELDS, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));

  switch (fields[field].kind)
    {
    case RR_FIELD_KIND_TYPE:
      if (g_str_equal (trimmed, "community") || g_str_equal (trimmed, "社区"))
        *value = RR_COMMUNITY_TYPE_COMMUNITY;
      else if (g_str_equal (trimmed, "village") || g_str_equal (trimmed, "村"))
        *value = RR_COMMUNITY_TYPE_VILLAGE;
      else
        {
          *message = g_strdup_printf (_("“%s” is not a community type; use community (社区) or village (村)"), trimmed);
          return FALSE;
        }
      return TRUE;

    case RR_FIELD_KIND_MONTH:
      return parse_month (trimmed, value, message);

    case RR_FIELD_KIND_COUNT:
      return parse_decimal (trimmed, 0, fields[field].max, value, message);

    case RR_FIELD_KIND_AREA:
      return parse_decimal (trimmed, 2, fields[field].max, value, message);

    case RR_FIELD_KIND_SHARE:
      {
        gsize length = strlen (trimmed);

        /* "35%" is 0.35: four decimals of percent are six of share. */
        if (length > 0 && (trimmed[length - 1] == '%' || g_str_has_suffix (trimmed, "％")))
          {
            trimmed[length - (trimmed[length - 1] == '%' ? 1 : strlen ("％"))] = '\0';
            if (!parse_decimal (trimmed, 4, G_MAXINT64, value, message))
              return FALSE;
          }
        else if (!parse_decimal (trimmed, 6, G_MAXINT64, value, message))
          return FALSE;

        if (*value > fields[field].max)
          {
            *message = g_strdup (_("must be between 0 and 1, or between 0 and 100 percent"));
            return FALSE;
          }
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

/* Formats @value as it is typed and shown: "42.50" for an area, "0.35" for a
 * share, "2026-03" for a month, "community" for a type. */
char *
rr_figures_format_value (RrField field,
                         gint64  value)
{
  g_return_val_if_fail (field < RR_N_FIELDS, NULL);

  switch (fields[field].kind)
    {
    case RR_FIELD_KIND_TYPE:
      return g_strdup (value == RR_COMMUNITY_TYPE_VILLAGE ? "village" : "community");

    case RR_FIELD_KIND_MONTH:
      return rr_figures_format_month (value);

    case RR_FIELD_KIND_COUNT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value);

    case RR_FIELD_KIND_AREA:
      return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", value / 100, (int) (value % 100));

    case RR_FIELD_KIND_SHARE:
      {
        char *text = g_strdup_printf ("%" G_GINT64_FORMAT ".%06d", value / 1000000, (int) (value % 1000000));
        char *end = text + strlen (text) - 1;

        /* 0.350000 reads as 0.35; 1.000000 as 1.0. */
        while (*end == '0' && end[-1] != '.')
          *end-- = '\0';
        return text;
      }

    default:
      g_assert_not_reached ();
    }
}

char *
rr_figures_format_month (gint64 month)
{
  return g_strdup_printf ("%04d-%02d", (int) (month / 12), (int) (month % 12) + 1);
}

/* Parses "YYYY-MM-DD" into a GDate Julian day number. */
gboolean
rr_figures_parse_date (const char *text,
                       guint32    *julian_day)
{
  unsigned year = 0;
  unsigned month = 0;
  unsigned day = 0;
  char tail = '\0';
  GDate date;

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 ||
      year < MIN_YEAR || year > MAX_YEAR ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  *julian_day = g_date_get_julian (&date);
  return TRUE;
}

char *
rr_figures_format_date (guint32 julian_day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static gint64
month_of_day (guint32 julian_day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);
  return (gint64) g_date_get_year (&date) * 12 + (g_date_get_month (&date) - 1);
}

/* ------------------------------------------------------------------------ */
/* Validation                                                                */
/* ------------------------------------------------------------------------ */

static void
check_not_more (const RrFigures *figures,
                GPtrArray       *errors,
                RrField          part,
                RrField          whole)
{
  g_autofree char *part_text = NULL;
  g_autofree char *whole_text = NULL;

  if (!figures->set[part] || !figures->set[whole] || figures->values[part] <= figures->values[whole])
    return;

  part_text = rr_figures_format_value (part, figures->values[part]);
  whole_text = rr_figures_format_value (whole, figures->values[whole]);
  /* Translators: "知晓公约的受访居民（950）不能多于受访居民（900）" */
  add_error (errors, fields[part].id,
             g_strdup_printf (_("%s (%s) cannot be more than %s (%s)"),
                              rr_field_get_label (part), part_text,
                              rr_field_get_label (whole), whole_text));
}

static void
check_positive (const RrFigures *figures,
                GPtrArray       *errors,
                RrField          field)
{
  if (figures->set[field] && figures->values[field] == 0)
    add_error (errors, fields[field].id,
               g_strdup_printf (_("%s must be greater than 0"), rr_field_get_label (field)));
}

static void
check_ranges (const RrFigures *figures,
              GPtrArray       *errors)
{
  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *reason = NULL;
      gint64 value = figures->values[i];

      if (!figures->set[i])
        continue;

      if (value < 0)
        reason = g_strdup (_("must not be negative"));
      else if (fields[i].kind == RR_FIELD_KIND_MONTH && (value < MIN_YEAR * 12 || value > fields[i].max))
        reason = g_strdup_printf (_("must be a month between %d-01 and %d-12"), MIN_YEAR, MAX_YEAR);
      else if (fields[i].kind == RR_FIELD_KIND_TYPE && value != RR_COMMUNITY_TYPE_COMMUNITY && value != RR_COMMUNITY_TYPE_VILLAGE)
        reason = g_strdup (_("must be community (社区) or village (村)"));
      else if (value > fields[i].max)
        {
          text = rr_figures_format_value ((RrField) i, fields[i].max);
          reason = g_strdup_printf (_("is too large to be real; the limit is %s"), text);
        }

      if (reason != NULL)
        add_error (errors, fields[i].id, label_message (rr_field_get_label ((RrField) i), reason));
    }
}

static void
check_period_and_meetings (const RrFigures *figures,
                           GPtrArray       *errors)
{
  gboolean has_period = figures->set[RR_FIELD_PERIOD_START] && figures->set[RR_FIELD_PERIOD_END];
  gint64 start = figures->values[RR_FIELD_PERIOD_START];
  gint64 end = figures->values[RR_FIELD_PERIOD_END];

  if (has_period && end < start)
    {
      g_autofree char *start_text = rr_figures_format_month (start);
      g_autofree char *end_text = rr_figures_format_month (end);

      add_error (errors, fields[RR_FIELD_PERIOD_END].id,
                 g_strdup_printf (_("The period ends (%s) before it starts (%s)"), end_text, start_text));
      return;
    }
  if (has_period && end - start + 1 > MAX_PERIOD_MONTHS)
    add_error (errors, fields[RR_FIELD_PERIOD_END].id,
               g_strdup_printf (_("The period lasts %d months; the limit is %d"),
                                (int) (end - start + 1), MAX_PERIOD_MONTHS));

  if (figures->meeting_dates == NULL)
    return;

  if (figures->meeting_dates->len > MAX_MEETING_DATES)
    {
      add_error (errors, RR_FIELD_ID_COUNCIL_MEETING_DATES,
                 g_strdup_printf (_("%u council meeting dates are too many to be real; the limit is %d"),
                                  figures->meeting_dates->len, MAX_MEETING_DATES));
      return;
    }

  for (guint i = 0; has_period && i < figures->meeting_dates->len; i++)
    {
      guint32 day = g_array_index (figures->meeting_dates, guint32, i);
      gint64 month = month_of_day (day);

      if (month < start || month > end)
        {
          g_autofree char *day_text = rr_figures_format_date (day);
          g_autofree char *start_text = rr_figures_format_month (start);
          g_autofree char *end_text = rr_figures_format_month (end);

          add_error (errors, RR_FIELD_ID_COUNCIL_MEETING_DATES,
                     g_strdup_printf (_("The council meeting on %s is outside the period %s to %s"),
                                      day_text, start_text, end_text));
        }
    }
}

/**
 * rr_figures_validate:
 *
 * Checks every figure and the figures against each other: ranges, zero
 * populations, parts larger than their whole, and the period.
 *
 * Returns: (transfer full): the problems, an empty array when there are none
 */
GPtrArray *
rr_figures_validate (const RrFigures *figures)
{
  GPtrArray *errors = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_field_error_free);

  g_return_val_if_fail (figures != NULL, errors);

  check_ranges (figures, errors);
  if (errors->len > 0)
    return errors;

  check_positive (figures, errors, RR_FIELD_RESIDENT_POPULATION);
  check_positive (figures, errors, RR_FIELD_HOUSEHOLDS);
  check_positive (figures, errors, RR_FIELD_COVENANT_RESPONDENTS);
  check_positive (figures, errors, RR_FIELD_SATISFACTION_RESPONDENTS);
  check_positive (figures, errors, RR_FIELD_SORTING_FACILITIES_PLANNED);

  check_not_more (figures, errors, RR_FIELD_COVENANT_AWARE, RR_FIELD_COVENANT_RESPONDENTS);
  check_not_more (figures, errors, RR_FIELD_SATISFACTION_SATISFIED, RR_FIELD_SATISFACTION_RESPONDENTS);
  check_not_more (figures, errors, RR_FIELD_VOLUNTEERS, RR_FIELD_RESIDENT_POPULATION);
  check_not_more (figures, errors, RR_FIELD_RESIDENT_SERVICE_AREA, RR_FIELD_SERVICE_FACILITY_AREA);
  check_not_more (figures, errors, RR_FIELD_SORTING_FACILITIES_BUILT, RR_FIELD_SORTING_FACILITIES_PLANNED);
  check_not_more (figures, errors, RR_FIELD_CERTIFIED_SOCIAL_WORKERS, RR_FIELD_SOCIAL_WORKERS);
  check_not_more (figures, errors, RR_FIELD_SOCIAL_WORKERS, RR_FIELD_RESIDENT_POPULATION);

  check_period_and_meetings (figures, errors);

  return errors;
}

/* ------------------------------------------------------------------------ */
/* JSON                                                                      */
/* ------------------------------------------------------------------------ */

/* Reads one JSON member into @figures, adding to @errors on failure. */
static void
read_json_field (RrFigures  *figures,
                 RrField     field,
                 JsonNode   *node,
                 GPtrArray  *errors)
{
  const FieldInfo *info = &fields[field];
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  gint64 value = 0;
  GType type;

  if (JSON_NODE_HOLDS_NULL (node))
    return;

  if (!JSON_NODE_HOLDS_VALUE (node))
    {
      add_error (errors, info->id, g_strdup_printf (_("%s must be a single value, not a list or object"),
                                                    _(info->label)));
      return;
    }

  type = json_node_get_value_type (node);
  if (info->kind == RR_FIELD_KIND_TYPE || info->kind == RR_FIELD_KIND_MONTH)
    {
      if (type != G_TYPE_STRING)
        {
          add_error (errors, info->id, g_strdup_printf (_("%s must be text in quotes"), _(info->label)));
          return;
        }
      text = g_strdup (json_node_get_string (node));
    }
  else if (type == G_TYPE_INT64)
    {
      text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    }
  else if (type == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      /* %.15g gives back the literal for any decimal of up to 15 significant
       * digits, so "42.35" stays 42.35 and is not read as 42.349999… */
      text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", json_node_get_double (node)));
      if (strchr (text, 'e') != NULL)
        {
          add_error (errors, info->id, label_message (_(info->label), _("is too large to be real")));
          return;
        }
    }
  else
    {
      add_error (errors, info->id, g_strdup_printf (_("%s must be a number, not text"), _(info->label)));
      return;
    }

  if (!rr_figures_parse_value (field, text, &value, &message))
    {
      add_error (errors, info->id, label_message (_(info->label), message));
      return;
    }

  rr_figures_set (figures, field, value);
}

static void
read_json_dates (RrFigures *figures,
                 JsonNode  *node,
                 GPtrArray *errors)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  JsonArray *array;

  if (JSON_NODE_HOLDS_NULL (node))
    return;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      add_error (errors, RR_FIELD_ID_COUNCIL_MEETING_DATES,
                 g_strdup (_("Council meeting dates must be a list of dates such as [\"2026-03-15\"]")));
      return;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *text = NULL;
      guint32 day;

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        text = json_node_get_string (element);

      if (!rr_figures_parse_date (text, &day))
        {
          g_autofree char *field = g_strdup_printf ("%s[%u]", RR_FIELD_ID_COUNCIL_MEETING_DATES, i);

          add_error (errors, field,
                     g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-15"),
                                      text != NULL ? text : "?"));
          continue;
        }
      g_array_append_val (days, day);
    }

  rr_figures_set_meeting_dates (figures, (const guint32 *) (gpointer) days->data, days->len);
}

/* JSON-GLib wraps integers beyond 64 bits around, so 99999999999999999999
 * would read as a negative number. This scan finds such literals first and
 * blames the member name that precedes each. */
static void
find_huge_numbers (const char *data,
                   gsize       length,
                   GPtrArray  *errors)
{
  g_autofree char *last_string = NULL;
  gsize i = 0;

  while (i < length)
    {
      if (data[i] == '"')
        {
          gsize start = ++i;

          while (i < length && data[i] != '"')
            i += data[i] == '\\' ? 2 : 1;
          g_free (last_string);
          last_string = g_strndup (data + start, MIN (i, length) - start);
          i++;
        }
      else if (g_ascii_isdigit (data[i]))
        {
          gsize start = i;

          while (i < length && g_ascii_isdigit (data[i]))
            i++;
          /* 16 digits are far beyond every limit, and below 2^63. */
          if (i - start >= 16)
            add_error (errors, last_string != NULL ? last_string : "?",
                       label_message (last_string != NULL ? last_string : "?", _("is too large to be real")));
        }
      else
        i++;
    }
}

/**
 * rr_figures_parse_json:
 * @data: the JSON text
 * @source: the file name that messages cite
 * @field_errors: (out) (optional): the problems with fields, when invalid
 *
 * Reads figures in the format of `renren-eval check`: an object whose
 * members are the field ids, every one optional.
 *
 * Returns: (transfer full) (nullable): the figures; %NULL with @error set
 *   when @data is not a readable JSON object, or %NULL with @field_errors
 *   set when fields are invalid.
 */
RrFigures *
rr_figures_parse_json (const char  *data,
                       gssize       length,
                       const char  *source,
                       GPtrArray  **field_errors,
                       GError     **error)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_field_error_free);
  g_autoptr(RrFigures) figures = rr_figures_new ();
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GList) members = NULL;
  g_autoptr(GPtrArray) cross_errors = NULL;
  const char *end = NULL;
  JsonObject *root;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  if (length == 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE, _("%s: the file is empty"), source);
      return NULL;
    }
  if (!g_utf8_validate_len (data, (gsize) length, &end))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("%s: byte %llu is not UTF-8; save the file as UTF-8"),
                   source, (unsigned long long) (end - data));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE, _("%s: not valid JSON: %s"), source, parse_error->message);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("%s: the figures must be a JSON object such as {\"households\": 1200}"), source);
      return NULL;
    }

  find_huge_numbers (data, (gsize) length, errors);
  if (errors->len > 0)
    {
      if (field_errors != NULL)
        *field_errors = g_steal_pointer (&errors);
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (root, name);
      RrField field;

      if (g_str_equal (name, RR_FIELD_ID_COUNCIL_MEETING_DATES))
        read_json_dates (figures, node, errors);
      else if (rr_field_from_id (name, &field))
        read_json_field (figures, field, node, errors);
      else
        add_error (errors, name, g_strdup_printf (_("Unknown field “%s”; check its spelling against the README"), name));
    }

  if (errors->len == 0)
    {
      cross_errors = rr_figures_validate (figures);
      g_ptr_array_extend_and_steal (errors, g_steal_pointer (&cross_errors));
    }

  if (errors->len > 0)
    {
      if (field_errors != NULL)
        *field_errors = g_steal_pointer (&errors);
      return NULL;
    }

  return g_steal_pointer (&figures);
}

/* Writes @figures in the format rr_figures_parse_json() reads. */
char *
rr_figures_to_json (const RrFigures *figures)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (figures != NULL, NULL);

  json_builder_begin_object (builder);
  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      g_autofree char *text = NULL;

      if (!figures->set[i])
        continue;

      json_builder_set_member_name (builder, fields[i].id);
      text = rr_figures_format_value ((RrField) i, figures->values[i]);
      if (fields[i].kind == RR_FIELD_KIND_COUNT)
        json_builder_add_int_value (builder, figures->values[i]);
      else if (fields[i].kind == RR_FIELD_KIND_AREA || fields[i].kind == RR_FIELD_KIND_SHARE)
        json_builder_add_double_value (builder, g_ascii_strtod (text, NULL));
      else
        json_builder_add_string_value (builder, text);
    }

  if (figures->meeting_dates != NULL)
    {
      json_builder_set_member_name (builder, RR_FIELD_ID_COUNCIL_MEETING_DATES);
      json_builder_begin_array (builder);
      for (guint i = 0; i < figures->meeting_dates->len; i++)
        {
          g_autofree char *text = rr_figures_format_date (g_array_index (figures->meeting_dates, guint32, i));
          json_builder_add_string_value (builder, text);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}
