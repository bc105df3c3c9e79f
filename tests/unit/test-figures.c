/* test-figures.c: parsing and validating a community's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-error.h"
#include "domain/rr-figures.h"

#include <string.h>

/* Input that is read but invalid: the first error names @field, and its
 * message contains @in_message. */
typedef struct {
  const char *name;
  const char *json;
  const char *field;
  const char *in_message;
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  { "negative", "{\"households\": -1}", "households", "negative" },
  { "fractional-count", "{\"households\": 12.5}", "households", "whole number" },
  { "count-as-text", "{\"households\": \"12\"}", "households", "number" },
  { "count-as-list", "{\"households\": [12]}", "households", "single value" },
  { "zero-households", "{\"households\": 0}", "households", "greater than 0" },
  { "zero-population", "{\"resident_population\": 0}", "resident_population", "greater than 0" },
  { "huge-households", "{\"households\": 600000}", "households", "500000" },
  { "huge-exponent", "{\"resident_population\": 1e30}", "resident_population", "too large" },
  { "huge-integer", "{\"resident_population\": 99999999999999999999}", "resident_population", "too large" },
  { "volunteers-over-population", "{\"resident_population\": 10, \"volunteers\": 11}", "volunteers", "11" },
  { "aware-over-respondents", "{\"covenant_respondents\": 10, \"covenant_aware\": 11}", "covenant_aware", "10" },
  { "satisfied-over-respondents", "{\"satisfaction_respondents\": 4, \"satisfaction_satisfied\": 5}", "satisfaction_satisfied", "4" },
  { "zero-respondents", "{\"covenant_respondents\": 0}", "covenant_respondents", "greater than 0" },
  { "resident-space-over-facility", "{\"service_facility_area_m2\": 10, \"resident_service_area_m2\": 10.01}",
    "resident_service_area_m2", "10.01" },
  { "built-over-planned", "{\"sorting_facilities_planned\": 2, \"sorting_facilities_built\": 3}", "sorting_facilities_built", "3" },
  { "zero-planned", "{\"sorting_facilities_planned\": 0}", "sorting_facilities_planned", "greater than 0" },
  { "certified-over-workers", "{\"social_workers\": 2, \"certified_social_workers\": 3}", "certified_social_workers", "3" },
  { "three-decimals", "{\"service_facility_area_m2\": 12.345}", "service_facility_area_m2", "decimals" },
  { "share-over-one", "{\"previous_certified_share\": 1.5}", "previous_certified_share", "between 0 and 1" },
  { "month-13", "{\"period_start\": \"2026-13\"}", "period_start", "2026-13" },
  { "month-slash", "{\"period_start\": \"2026/01\"}", "period_start", "YYYY-MM" },
  { "month-as-number", "{\"period_start\": 202601}", "period_start", "text" },
  { "period-backwards", "{\"period_start\": \"2026-05\", \"period_end\": \"2026-04\"}", "period_end", "2026-04" },
  { "period-too-long", "{\"period_start\": \"2000-01\", \"period_end\": \"2026-12\"}", "period_end", "120" },
  { "bad-date", "{\"council_meeting_dates\": [\"2026-02-30\"]}", "council_meeting_dates[0]", "2026-02-30" },
  { "date-not-text", "{\"council_meeting_dates\": [20260201]}", "council_meeting_dates[0]", "YYYY-MM-DD" },
  { "dates-not-list", "{\"council_meeting_dates\": \"2026-01-01\"}", "council_meeting_dates", "list" },
  { "date-outside-period", "{\"period_start\": \"2026-01\", \"period_end\": \"2026-06\", \"council_meeting_dates\": [\"2026-07-01\"]}",
    "council_meeting_dates", "2026-07-01" },
  { "unknown-type", "{\"community_type\": \"city\"}", "community_type", "city" },
  { "unknown-field", "{\"volunter\": 10}", "volunter", "volunter" },
};

static void
test_invalid (gconstpointer data)
{
  const InvalidCase *test_case = data;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrFigures) figures = rr_figures_parse_json (test_case->json, -1, "case.json", &errors, &error);
  const RrFieldError *first;

  g_assert_no_error (error);
  g_assert_null (figures);
  g_assert_nonnull (errors);
  g_assert_cmpuint (errors->len, >=, 1);

  first = g_ptr_array_index (errors, 0);
  g_test_message ("%s: %s", first->field, first->message);
  g_assert_cmpstr (first->field, ==, test_case->field);
  g_assert_nonnull (strstr (first->message, test_case->in_message));
}

/* Several problems are all reported, not only the first. */
static void
test_all_errors_reported (void)
{
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(RrFigures) figures = NULL;

  figures = rr_figures_parse_json ("{\"households\": -1, \"volunteers\": \"x\", \"nonsense\": 1}", -1,
                                   "case.json", &errors, NULL);
  g_assert_null (figures);
  g_assert_cmpuint (errors->len, ==, 3);
}

/* Files that cannot be read as figures at all. */
static void
test_unreadable (void)
{
  struct {
    const char *bytes;
    const char *in_message;
  } cases[] = {
    { "", "empty" },
    { "{\"households\": 12", "JSON" },
    { "[1, 2]", "object" },
    { "\"text\"", "object" },
    { "{\"households\": \"\xb2\xe2\"}", "UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) errors = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RrFigures) figures = rr_figures_parse_json (cases[i].bytes, -1, "bad.json", &errors, &error);

      g_assert_null (figures);
      g_assert_null (errors);
      g_assert_error (error, RR_ERROR, RR_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, "bad.json"));
      g_assert_nonnull (strstr (error->message, cases[i].in_message));
    }
}

/* Values typed into the form, in each field's integer encoding. */
static void
test_parse_value (void)
{
  struct {
    RrField field;
    const char *text;
    gboolean ok;
    gint64 value;
    const char *in_message;
  } cases[] = {
    { RR_FIELD_HOUSEHOLDS, "1234", TRUE, 1234, NULL },
    { RR_FIELD_HOUSEHOLDS, " 1,234 ", TRUE, 1234, NULL },
    { RR_FIELD_HOUSEHOLDS, "１２３４", TRUE, 1234, NULL },
    { RR_FIELD_HOUSEHOLDS, "", FALSE, 0, "empty" },
    { RR_FIELD_HOUSEHOLDS, "-5", FALSE, 0, "negative" },
    { RR_FIELD_HOUSEHOLDS, "abc", FALSE, 0, "abc" },
    { RR_FIELD_HOUSEHOLDS, "12.5", FALSE, 0, "whole number" },
    { RR_FIELD_HOUSEHOLDS, "500001", FALSE, 0, "500000" },
    { RR_FIELD_HOUSEHOLDS, "99999999999999999999999", FALSE, 0, "too large" },
    { RR_FIELD_SERVICE_FACILITY_AREA, "42.5", TRUE, 4250, NULL },
    { RR_FIELD_SERVICE_FACILITY_AREA, "42.05", TRUE, 4205, NULL },
    { RR_FIELD_SERVICE_FACILITY_AREA, "42", TRUE, 4200, NULL },
    { RR_FIELD_SERVICE_FACILITY_AREA, ".5", TRUE, 50, NULL },
    { RR_FIELD_SERVICE_FACILITY_AREA, "42.505", FALSE, 0, "decimals" },
    { RR_FIELD_SERVICE_FACILITY_AREA, "1.2.3", FALSE, 0, "not a number" },
    { RR_FIELD_PREVIOUS_CERTIFIED_SHARE, "0.35", TRUE, 350000, NULL },
    { RR_FIELD_PREVIOUS_CERTIFIED_SHARE, "35%", TRUE, 350000, NULL },
    { RR_FIELD_PREVIOUS_CERTIFIED_SHARE, "35.5％", TRUE, 355000, NULL },
    { RR_FIELD_PREVIOUS_CERTIFIED_SHARE, "1", TRUE, 1000000, NULL },
    { RR_FIELD_PREVIOUS_CERTIFIED_SHARE, "1.2", FALSE, 0, "between 0 and 1" },
    { RR_FIELD_PREVIOUS_CERTIFIED_SHARE, "101%", FALSE, 0, "between 0 and 1" },
    { RR_FIELD_PERIOD_START, "2026-03", TRUE, 2026 * 12 + 2, NULL },
    { RR_FIELD_PERIOD_START, "2026-3", TRUE, 2026 * 12 + 2, NULL },
    { RR_FIELD_PERIOD_START, "1999-12", FALSE, 0, "2000-01" },
    { RR_FIELD_PERIOD_START, "2026-03-01", FALSE, 0, "YYYY-MM" },
    { RR_FIELD_COMMUNITY_TYPE, "村", TRUE, RR_COMMUNITY_TYPE_VILLAGE, NULL },
    { RR_FIELD_COMMUNITY_TYPE, "community", TRUE, RR_COMMUNITY_TYPE_COMMUNITY, NULL },
    { RR_FIELD_COMMUNITY_TYPE, "镇", FALSE, 0, "镇" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;
      gint64 value = -1;
      gboolean ok = rr_figures_parse_value (cases[i].field, cases[i].text, &value, &message);

      g_test_message ("%s “%s”: %s", rr_field_get_id (cases[i].field), cases[i].text, message ? message : "ok");
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        g_assert_cmpint (value, ==, cases[i].value);
      else
        g_assert_nonnull (strstr (message, cases[i].in_message));
    }
}

static void
test_json_round_trip (void)
{
  const char *json = "{\"community_type\": \"village\", \"period_start\": \"2026-01\", \"period_end\": \"2026-06\", "
                     "\"resident_population\": 5001, \"service_facility_area_m2\": 42.35, "
                     "\"resident_service_area_m2\": 20.1, \"previous_certified_share\": 0.123456, "
                     "\"council_meeting_dates\": [\"2026-03-01\", \"2026-01-31\"]}";
  g_autoptr(RrFigures) figures = rr_figures_parse_json (json, -1, "a.json", NULL, NULL);
  g_autoptr(RrFigures) again = NULL;
  g_autofree char *written = NULL;
  const GArray *dates;

  g_assert_nonnull (figures);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_SERVICE_FACILITY_AREA), ==, 4235);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_RESIDENT_SERVICE_AREA), ==, 2010);
  g_assert_cmpint (rr_figures_get (figures, RR_FIELD_PREVIOUS_CERTIFIED_SHARE), ==, 123456);

  written = rr_figures_to_json (figures);
  again = rr_figures_parse_json (written, -1, "written.json", NULL, NULL);
  g_assert_nonnull (again);
  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      g_assert_cmpint (rr_figures_has (again, i), ==, rr_figures_has (figures, i));
      g_assert_cmpint (rr_figures_get (again, i), ==, rr_figures_get (figures, i));
    }

  /* Dates come back sorted. */
  dates = rr_figures_get_meeting_dates (again);
  g_assert_cmpuint (dates->len, ==, 2);
  g_assert_cmpuint (g_array_index (dates, guint32, 0), <, g_array_index (dates, guint32, 1));
}

static void
test_empty_object (void)
{
  g_autoptr(RrFigures) figures = rr_figures_parse_json ("{}", -1, "a.json", NULL, NULL);

  g_assert_nonnull (figures);
  for (guint i = 0; i < RR_N_FIELDS; i++)
    g_assert_false (rr_figures_has (figures, i));
  g_assert_false (rr_figures_has_meeting_dates (figures));
}

static void
test_nulls_are_unset (void)
{
  g_autoptr(RrFigures) figures = rr_figures_parse_json ("{\"households\": null, \"council_meeting_dates\": null}",
                                                        -1, "a.json", NULL, NULL);

  g_assert_nonnull (figures);
  g_assert_false (rr_figures_has (figures, RR_FIELD_HOUSEHOLDS));
  g_assert_false (rr_figures_has_meeting_dates (figures));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/figures/invalid/%s", invalid_cases[i].name);

      g_test_add_data_func (path, &invalid_cases[i], test_invalid);
    }
  g_test_add_func ("/figures/invalid/all-reported", test_all_errors_reported);
  g_test_add_func ("/figures/unreadable", test_unreadable);
  g_test_add_func ("/figures/parse-value", test_parse_value);
  g_test_add_func ("/figures/json/round-trip", test_json_round_trip);
  g_test_add_func ("/figures/json/empty-object", test_empty_object);
  g_test_add_func ("/figures/json/nulls-are-unset", test_nulls_are_unset);

  return g_test_run ();
}
