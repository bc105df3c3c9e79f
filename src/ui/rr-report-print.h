/* rr-report-print.h: printing an evaluation's report, and writing its
 * self-assessment package with a progress window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "storage/rr-project-scoring.h"

G_BEGIN_DECLS

void rr_report_print          (GtkWindow                *parent,
                               const RrEvaluationScores *scores);
gboolean rr_report_print_to_file (const RrEvaluationScores *scores,
                                  const char               *path,
                                  GError                  **error);
/* Called with the package's path once it is complete. */
typedef void (*RrPackageWritten) (const char *output,
                                  gpointer    user_data);

void rr_report_export_package (GtkWindow                *parent,
                               const char               *project_path,
                               gint64                    evaluation_id,
                               RrCatalog                *catalog,
                               RrScoringTemplate        *template,
                               const char               *output,
                               RrPackageWritten          written,
                               gpointer                  written_data);

G_END_DECLS
