/* rr-report.h: an evaluation's printed report
 *
 * The report has a cover and the summary with the radar chart of the four
 * 共同体. Then come the 24 construction tasks, the quantitative
 * requirements, the rectification list, each rater's scores and their
 * disagreements (for a 综合评价 only), the evidence index and a signature
 * page. The same pages are written to PDF and printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "rr-report-layout.h"
#include "storage/rr-project-scoring.h"

G_BEGIN_DECLS

/* A4 in points. */
#define RR_REPORT_A4_WIDTH 595.276
#define RR_REPORT_A4_HEIGHT 841.89

RrReportLayout *rr_report_build     (const RrEvaluationScores *scores,
                                     GPtrArray                *package_paths);
gboolean        rr_report_write_pdf (const RrEvaluationScores *scores,
                                     GPtrArray                *package_paths,
                                     const char               *path,
                                     GError                  **error);

G_END_DECLS
