/* rr-summary-page.h: an evaluation's scores, verdict and rectification list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "storage/rr-project-scoring.h"

G_BEGIN_DECLS

#define RR_TYPE_SUMMARY_PAGE (rr_summary_page_get_type ())

G_DECLARE_FINAL_TYPE (RrSummaryPage, rr_summary_page, RR, SUMMARY_PAGE, GtkWidget)

GtkWidget *rr_summary_page_new                (void);
void       rr_summary_page_show               (RrSummaryPage            *self,
                                               const RrEvaluationScores *scores);
guint      rr_summary_page_count_disagreements (RrSummaryPage           *self);

G_END_DECLS
