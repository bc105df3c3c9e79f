/* rr-report-radar.h: the radar chart of a report
 *
 * The chart module and the scoring engine both define a type named RrGrade,
 * so no file can include both. This file receives plain numbers only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "domain/rr-catalog.h"
#include "rr-report-layout.h"

G_BEGIN_DECLS

/* A share that was not assessed, for rr_report_add_radar(). */
#define RR_REPORT_NOT_ASSESSED (-1)

void rr_report_add_radar (RrReportLayout     *layout,
                          const RrCatalog    *catalog,
                          const char         *title,
                          const char * const *labels,
                          const gint64       *shares,
                          double              width,
                          double              height);

G_END_DECLS
