/* test-thresholds.c: every requirement on both sides of its bound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-catalog.h"
#include "domain/rr-figures.h"
#include "domain/rr-thresholds.h"

#include <string.h>

static RrCatalog *catalog;

/* One case: figures as JSON, then the expected outcome of one check.
 * @required and @shortfall are in the check's unit (hundredths for m²). */
typedef struct {
  const char *name;
  const char *figures;
  const char *check;
  RrCheckStatus status;
  gint64 required;
  gint64 shortfall;
  const char *in_message;   /* a substring of the message, or NULL */
} Case;

static const Case cases[] = {
  /* volunteers ≥ 20 % of residents */
  { "volunteers/exact-bound", "{\"resident_population\": 5000, \"volunteers\": 1000}",
    "volunteer_share", RR_CHECK_MET, 1000, 0, NULL },
  { "volunteers/one-short", "{\"resident_population\": 5000, \"volunteers\": 999}",
    "volunteer_share", RR_CHECK_NOT_MET, 1000, 1, "19.9%" },
  { "volunteers/rounds-up", "{\"resident_population\": 5001, \"volunteers\": 1000}",
    "volunteer_share", RR_CHECK_NOT_MET, 1001, 1, NULL },
  { "volunteers/rounded-met", "{\"resident_population\": 5001, \"volunteers\": 1001}",
    "volunteer_share", RR_CHECK_MET, 1001, 0, NULL },
  { "volunteers/all-residents", "{\"resident_population\": 1, \"volunteers\": 1}",
    "volunteer_share", RR_CHECK_MET, 1, 0, NULL },

  /* 18 community workers per 10,000 residents, rounded up */
  { "staffing/5001-needs-10", "{\"resident_population\": 5001, \"social_workers\": 9}",
    "social_worker_staffing", RR_CHECK_NOT_MET, 10, 1, NULL },
  { "staffing/5001-met", "{\"resident_population\": 5001, \"social_workers\": 10}",
    "social_worker_staffing", RR_CHECK_MET, 10, 0, NULL },
  { "staffing/10000-exact", "{\"resident_population\": 10000, \"social_workers\": 18}",
    "social_worker_staffing", RR_CHECK_MET, 18, 0, NULL },
  { "staffing/10000-short", "{\"resident_population\": 10000, \"social_workers\": 17}",
    "social_worker_staffing", RR_CHECK_NOT_MET, 18, 1, NULL },
  { "staffing/one-resident", "{\"resident_population\": 1, \"social_workers\": 0}",
    "social_worker_staffing", RR_CHECK_NOT_MET, 1, 1, NULL },
  { "staffing/5000-exact", "{\"resident_population\": 5000, \"social_workers\": 9}",
    "social_worker_staffing", RR_CHECK_MET, 9, 0, NULL },

  /* 30 m² per 100 households */
  { "facility/exact", "{\"households\": 1234, \"service_facility_area_m2\": 370.2}",
    "service_facility_area", RR_CHECK_MET, 37020, 0, NULL },
  { "facility/one-hundredth-short", "{\"households\": 1234, \"service_facility_area_m2\": 370.19}",
    "service_facility_area", RR_CHECK_NOT_MET, 37020, 1, "0.01" },
  { "facility/42-50-short", "{\"households\": 1234, \"service_facility_area_m2\": 327.7}",
    "service_facility_area", RR_CHECK_NOT_MET, 37020, 4250, "42.50" },
  { "facility/100-households", "{\"households\": 100, \"service_facility_area_m2\": 30}",
    "service_facility_area", RR_CHECK_MET, 3000, 0, NULL },
  { "facility/integer-area", "{\"households\": 101, \"service_facility_area_m2\": 30}",
    "service_facility_area", RR_CHECK_NOT_MET, 3030, 30, "0.30" },

  /* resident service space ≥ 70 % of the facility */
  { "resident-space/exact", "{\"service_facility_area_m2\": 100, \"resident_service_area_m2\": 70}",
    "resident_service_share", RR_CHECK_MET, 7000, 0, NULL },
  { "resident-space/short", "{\"service_facility_area_m2\": 100, \"resident_service_area_m2\": 69.99}",
    "resident_service_share", RR_CHECK_NOT_MET, 7000, 1, NULL },
  { "resident-space/rounds-up", "{\"service_facility_area_m2\": 100.01, \"resident_service_area_m2\": 70}",
    "resident_service_share", RR_CHECK_NOT_MET, 7001, 1, NULL },
  { "resident-space/rounded-met", "{\"service_facility_area_m2\": 100.01, \"resident_service_area_m2\": 70.01}",
    "resident_service_share", RR_CHECK_MET, 7001, 0, NULL },
  { "resident-space/no-facility", "{\"service_facility_area_m2\": 0, \"resident_service_area_m2\": 0}",
    "resident_service_share", RR_CHECK_NOT_MET, 1, 1, NULL },

  /* covenant awareness and satisfaction ≥ 90 %, never shown rounded up */
  { "covenant/exact", "{\"covenant_respondents\": 1000, \"covenant_aware\": 900}",
    "covenant_awareness", RR_CHECK_MET, 900, 0, "90.0%" },
  { "covenant/one-short", "{\"covenant_respondents\": 1000, \"covenant_aware\": 899}",
    "covenant_awareness", RR_CHECK_NOT_MET, 900, 1, "89.9%" },
  { "covenant/89-99-shown-below", "{\"covenant_respondents\": 10000, \"covenant_aware\": 8999}",
    "covenant_awareness", RR_CHECK_NOT_MET, 9000, 1, "89.9%" },
  { "covenant/small-survey", "{\"covenant_respondents\": 7, \"covenant_aware\": 6}",
    "covenant_awareness", RR_CHECK_NOT_MET, 7, 1, "85.7%" },
  { "covenant/all-aware", "{\"covenant_respondents\": 7, \"covenant_aware\": 7}",
    "covenant_awareness", RR_CHECK_MET, 7, 0, NULL },
  { "satisfaction/exact", "{\"satisfaction_respondents\": 200, \"satisfaction_satisfied\": 180}",
    "service_satisfaction", RR_CHECK_MET, 180, 0, NULL },
  { "satisfaction/one-short", "{\"satisfaction_respondents\": 200, \"satisfaction_satisfied\": 179}",
    "service_satisfaction", RR_CHECK_NOT_MET, 180, 1, "89.5%" },

  /* sorting facilities 100 % built */
  { "sorting/all-built", "{\"sorting_facilities_planned\": 40, \"sorting_facilities_built\": 40}",
    "sorting_facilities_built", RR_CHECK_MET, 40, 0, NULL },
  { "sorting/one-missing", "{\"sorting_facilities_planned\": 40, \"sorting_facilities_built\": 39}",
    "sorting_facilities_built", RR_CHECK_NOT_MET, 40, 1, NULL },

  /* ≥ 10 social organisations in a community, ≥ 5 in a village */
  { "organisations/community-exact", "{\"community_type\": \"community\", \"social_organizations\": 10}",
    "social_organizations", RR_CHECK_MET, 10, 0, NULL },
  { "organisations/community-short", "{\"community_type\": \"community\", \"social_organizations\": 9}",
    "social_organizations", RR_CHECK_NOT_MET, 10, 1, NULL },
  { "organisations/village-exact", "{\"community_type\": \"village\", \"social_organizations\": 5}",
    "social_organizations", RR_CHECK_MET, 5, 0, NULL },
  { "organisations/village-short", "{\"community_type\": \"village\", \"social_organizations\": 4}",
    "social_organizations", RR_CHECK_NOT_MET, 5, 1, NULL },
  { "organisations/no-type-but-10", "{\"social_organizations\": 10}",
    "social_organizations", RR_CHECK_MET, 10, 0, NULL },
  { "organisations/no-type-9", "{\"social_organizations\": 9}",
    "social_organizations", RR_CHECK_NOT_ASSESSED, 0, 0, NULL },

  /* a council meeting every month of the period */
  { "council/every-month", "{\"period_start\": \"2026-01\", \"period_end\": \"2026-03\", "
    "\"council_meeting_dates\": [\"2026-01-05\", \"2026-02-28\", \"2026-03-31\"]}",
    "council_meetings_monthly", RR_CHECK_MET, 3, 0, NULL },
  { "council/two-missing", "{\"period_start\": \"2026-01\", \"period_end\": \"2026-12\", "
    "\"council_meeting_dates\": [\"2026-01-10\", \"2026-02-10\", \"2026-04-10\", \"2026-05-10\", \"2026-06-10\", "
    "\"2026-08-10\", \"2026-09-10\", \"2026-10-10\", \"2026-11-10\", \"2026-12-10\"]}",
    "council_meetings_monthly", RR_CHECK_NOT_MET, 12, 2, "2026-03" },
  { "council/two-in-one-month", "{\"period_start\": \"2026-01\", \"period_end\": \"2026-02\", "
    "\"council_meeting_dates\": [\"2026-01-05\", \"2026-01-25\"]}",
    "council_meetings_monthly", RR_CHECK_NOT_MET, 2, 1, "2026-02" },
  { "council/none", "{\"period_start\": \"2025-11\", \"period_end\": \"2026-02\", \"council_meeting_dates\": []}",
    "council_meetings_monthly", RR_CHECK_NOT_MET, 4, 4, "2025-12" },
  { "council/dates-missing", "{\"period_start\": \"2026-01\", \"period_end\": \"2026-02\"}",
    "council_meetings_monthly", RR_CHECK_NOT_ASSESSED, 0, 0, NULL },

  /* certified share higher than in the previous period */
  { "certification/equal-not-met", "{\"social_workers\": 10, \"certified_social_workers\": 3, \"previous_certified_share\": 0.3}",
    "social_worker_certification_trend", RR_CHECK_NOT_MET, 4, 1, NULL },
  { "certification/higher-met", "{\"social_workers\": 10, \"certified_social_workers\": 4, \"previous_certified_share\": 0.3}",
    "social_worker_certification_trend", RR_CHECK_MET, 4, 0, NULL },
  { "certification/all-certified", "{\"social_workers\": 10, \"certified_social_workers\": 10, \"previous_certified_share\": 1}",
    "social_worker_certification_trend", RR_CHECK_MET, 10, 0, NULL },
  { "certification/from-zero", "{\"social_workers\": 9, \"certified_social_workers\": 0, \"previous_certified_share\": 0}",
    "social_worker_certification_trend", RR_CHECK_NOT_MET, 1, 1, NULL },
  { "certification/percent-text", "{\"social_workers\": 9, \"certified_social_workers\": 4, \"previous_certified_share\": 0.4444}",
    "social_worker_certification_trend", RR_CHECK_MET, 4, 0, "44.44%" },
  { "certification/no-workers", "{\"social_workers\": 0, \"certified_social_workers\": 0, \"previous_certified_share\": 0.5}",
    "social_worker_certification_trend", RR_CHECK_NOT_ASSESSED, 0, 0, NULL },
};

static void
test_case (gconstpointer data)
{
  const Case *test_case = data;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrFigures) figures = rr_figures_parse_json (test_case->figures, -1, "case", &errors, &error);
  g_autoptr(GPtrArray) checks = NULL;
  const RrCheck *check;

  g_assert_no_error (error);
  if (errors != NULL)
    g_test_message ("first error: %s: %s", ((RrFieldError *) errors->pdata[0])->field,
                    ((RrFieldError *) errors->pdata[0])->message);
  g_assert_null (errors);
  g_assert_nonnull (figures);

  checks = rr_thresholds_evaluate (catalog, figures);
  check = rr_thresholds_find (checks, test_case->check);
  g_assert_nonnull (check);
  g_test_message ("%s: %s", rr_check_status_get_id (check->status), check->message);

  g_assert_cmpint (check->status, ==, test_case->status);
  if (test_case->status != RR_CHECK_NOT_ASSESSED)
    {
      g_assert_cmpint (check->required, ==, test_case->required);
      g_assert_cmpint (check->shortfall, ==, test_case->shortfall);
      if (check->status == RR_CHECK_NOT_MET)
        g_assert_cmpint (check->shortfall, ==, check->required - check->actual);
    }
  if (test_case->in_message != NULL)
    {
      g_autofree char *texts = g_strjoin (" | ", check->message, check->actual_text, check->required_text, NULL);

      g_assert_nonnull (strstr (texts, test_case->in_message));
    }
}

static void
test_all_not_assessed (void)
{
  g_autoptr(RrFigures) figures = rr_figures_new ();
  g_autoptr(GPtrArray) checks = rr_thresholds_evaluate (catalog, figures);

  g_assert_cmpuint (checks->len, ==, 10);
  for (guint i = 0; i < checks->len; i++)
    {
      const RrCheck *check = g_ptr_array_index (checks, i);

      g_assert_cmpint (check->status, ==, RR_CHECK_NOT_ASSESSED);
      g_assert_nonnull (check->missing[0]);
    }
}

static void
test_requirements_in_catalog (void)
{
  const char *ids[] = {
    "council_meetings_monthly", "social_organizations", "covenant_awareness", "volunteer_share",
    "service_facility_area", "resident_service_share", "sorting_facilities_built",
    "social_worker_staffing", "service_satisfaction", "social_worker_certification_trend",
  };
  guint tasks[] = { 1, 6, 9, 11, 13, 13, 17, 19, 19, 20 };

  g_assert_cmpuint (catalog->requirements->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const RrRequirement *requirement = g_ptr_array_index (catalog->requirements, i);

      g_assert_cmpstr (requirement->id, ==, ids[i]);
      g_assert_cmpuint (requirement->task->number, ==, tasks[i]);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  catalog = rr_catalog_load_default (NULL);

  g_test_add_func ("/thresholds/catalog/requirements", test_requirements_in_catalog);
  g_test_add_func ("/thresholds/empty/not-assessed", test_all_not_assessed);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/thresholds/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  status = g_test_run ();
  rr_catalog_unref (catalog);
  return status;
}
