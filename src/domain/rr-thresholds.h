/* rr-thresholds.h: the standard's quantitative requirements, checked exactly
 *
 * Every decision uses integer arithmetic on the figures' integer encodings
 * (see rr-figures.h), never a floating-point ratio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "rr-catalog.h"
#include "rr-figures.h"

G_BEGIN_DECLS

typedef enum {
  RR_CHECK_MET,
  RR_CHECK_NOT_MET,
  RR_CHECK_NOT_ASSESSED,  /* a figure the check needs is missing */
} RrCheckStatus;

/* The unit of a check's actual, required and shortfall values. */
typedef enum {
  RR_UNIT_PEOPLE,
  RR_UNIT_SQUARE_METRES,  /* values in hundredths of a square metre */
  RR_UNIT_ORGANIZATIONS,
  RR_UNIT_FACILITIES,
  RR_UNIT_MONTHS,
} RrUnit;

typedef struct {
  const RrRequirement *requirement;  /* owned by the catalog */
  RrCheckStatus status;
  RrUnit unit;
  gint64 actual;          /* what the community has */
  gint64 required;        /* what the requirement sets */
  gint64 shortfall;       /* required - actual when not met, otherwise 0 */
  char *actual_text;      /* for people, e.g. "89.9%（899 / 1000）" */
  char *required_text;    /* e.g. "≥ 90%（900 / 1000）" */
  char *message;          /* a sentence an evaluator can read out */
  GStrv missing;          /* not met: months without a meeting; not assessed: missing field ids */
} RrCheck;

gboolean    rr_threshold_rule_check  (const RrRequirement *requirement,
                                      char               **problem);
GPtrArray  *rr_thresholds_evaluate   (const RrCatalog     *catalog,
                                      const RrFigures     *figures);
const RrCheck *rr_thresholds_find    (GPtrArray           *checks,
                                      const char          *id);

const char *rr_check_status_get_id   (RrCheckStatus        status);
const char *rr_unit_get_id           (RrUnit               unit);
char       *rr_unit_format_value     (RrUnit               unit,
                                      gint64               value);
void        rr_check_free            (RrCheck             *check);

G_END_DECLS
