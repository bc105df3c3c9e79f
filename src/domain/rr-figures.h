/* rr-figures.h: a community's figures for one evaluation
 *
 * The figures are the inputs of the threshold checks: population,
 * households, areas, counts of people and facilities, the evaluation period
 * and the dates of council meetings. Every figure is optional; a check
 * whose figures are missing reports "not assessed".
 *
 * Values are integers so that every comparison is exact:
 * - counts are whole numbers;
 * - areas are hundredths of a square metre (42.50 m² is 4250);
 * - previous_certified_share is millionths (0.35 is 350000);
 * - months are year * 12 + (month - 1) (2026-03 is 24314);
 * - community_type is an RrCommunityType.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  RR_COMMUNITY_TYPE_COMMUNITY = 1,  /* 社区 */
  RR_COMMUNITY_TYPE_VILLAGE = 2,    /* 村 */
} RrCommunityType;

typedef enum {
  RR_FIELD_COMMUNITY_TYPE,
  RR_FIELD_PERIOD_START,
  RR_FIELD_PERIOD_END,
  RR_FIELD_RESIDENT_POPULATION,
  RR_FIELD_HOUSEHOLDS,
  RR_FIELD_SERVICE_FACILITY_AREA,
  RR_FIELD_RESIDENT_SERVICE_AREA,
  RR_FIELD_SOCIAL_WORKERS,
  RR_FIELD_CERTIFIED_SOCIAL_WORKERS,
  RR_FIELD_PREVIOUS_CERTIFIED_SHARE,
  RR_FIELD_VOLUNTEERS,
  RR_FIELD_SOCIAL_ORGANIZATIONS,
  RR_FIELD_COVENANT_RESPONDENTS,
  RR_FIELD_COVENANT_AWARE,
  RR_FIELD_SATISFACTION_RESPONDENTS,
  RR_FIELD_SATISFACTION_SATISFIED,
  RR_FIELD_SORTING_FACILITIES_PLANNED,
  RR_FIELD_SORTING_FACILITIES_BUILT,
  RR_N_FIELDS
} RrField;

/* The JSON name of the council meeting dates, which are not an RrField. */
#define RR_FIELD_ID_COUNCIL_MEETING_DATES "council_meeting_dates"

typedef enum {
  RR_FIELD_KIND_TYPE,     /* "community" or "village" */
  RR_FIELD_KIND_MONTH,    /* "YYYY-MM" */
  RR_FIELD_KIND_COUNT,    /* whole number */
  RR_FIELD_KIND_AREA,     /* square metres, at most two decimals */
  RR_FIELD_KIND_SHARE,    /* 0–1, at most six decimals */
} RrFieldKind;

/* A problem with one input field, named as in the JSON format. */
typedef struct {
  char *field;
  char *message;
} RrFieldError;

typedef struct _RrFigures RrFigures;

const char   *rr_field_get_id             (RrField           field);
gboolean      rr_field_from_id            (const char       *id,
                                           RrField          *field);
RrFieldKind   rr_field_get_kind           (RrField           field);
const char   *rr_field_get_label          (RrField           field);
const char   *rr_field_get_unit           (RrField           field);
gint64        rr_field_get_max            (RrField           field);

RrFigures    *rr_figures_new              (void);
RrFigures    *rr_figures_copy             (const RrFigures  *figures);
void          rr_figures_free             (RrFigures        *figures);
gboolean      rr_figures_has              (const RrFigures  *figures,
                                           RrField           field);
gint64        rr_figures_get              (const RrFigures  *figures,
                                           RrField           field);
void          rr_figures_set              (RrFigures        *figures,
                                           RrField           field,
                                           gint64            value);
void          rr_figures_unset            (RrFigures        *figures,
                                           RrField           field);
gboolean      rr_figures_has_meeting_dates (const RrFigures *figures);
const GArray *rr_figures_get_meeting_dates (const RrFigures *figures);
void          rr_figures_set_meeting_dates (RrFigures       *figures,
                                            const guint32   *julian_days,
                                            guint            n_days);
void          rr_figures_unset_meeting_dates (RrFigures     *figures);

gboolean      rr_figures_parse_value      (RrField           field,
                                           const char       *text,
                                           gint64           *value,
                                           char            **message);
char         *rr_figures_format_value     (RrField           field,
                                           gint64            value);
gboolean      rr_figures_parse_date       (const char       *text,
                                           guint32          *julian_day);
char         *rr_figures_format_date      (guint32           julian_day);
char         *rr_figures_format_month     (gint64            month);

GPtrArray    *rr_figures_validate         (const RrFigures  *figures);
RrFigures    *rr_figures_parse_json       (const char       *data,
                                           gssize            length,
                                           const char       *source,
                                           GPtrArray       **field_errors,
                                           GError          **error);
char         *rr_figures_to_json          (const RrFigures  *figures);

void          rr_field_error_free         (RrFieldError     *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrFigures, rr_figures_free)

G_END_DECLS
