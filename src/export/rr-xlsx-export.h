/* rr-xlsx-export.h: scoring sheets as Excel workbooks
 *
 * Workbooks print on A4 and open alike in Excel, WPS and LibreOffice: every
 * formula carries its cached result, so a reader that never recalculates
 * still shows the app's numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "domain/rr-scoring.h"
#include "storage/rr-project-scoring.h"

G_BEGIN_DECLS

/* One evidence file, as the evidence index lists it. */
typedef struct {
  guint task;
  const char *caption;
  const char *file_name;
  const char *sha256;
  const char *package_path;   /* in the self-assessment package; nullable */
} RrEvidenceEntry;

/* Everything one evaluation's workbook shows; all borrowed. */
typedef struct {
  const RrCatalog *catalog;
  const RrScoreResult *result;
  GPtrArray *checks;          /* of RrCheck; nullable */
  GPtrArray *rectification;   /* of RrRectification; nullable */
  GPtrArray *evidence;        /* of RrEvidenceEntry; nullable */
  const char *community;
  const char *street;
  const char *period;         /* e.g. "2026-01 至 2026-06" */
  const char *date;           /* e.g. "2026-07-15" */
  gboolean comprehensive;     /* 综合评价 rather than 自我评价 */
  GBytes *radar_png;          /* the radar chart as PNG; nullable */
} RrEvaluationExport;

gboolean rr_xlsx_export_evaluation (const RrEvaluationExport *data,
                                    const char               *path,
                                    GError                  **error);
gboolean rr_xlsx_export_scores     (const RrEvaluationScores *scores,
                                    const char               *path,
                                    GError                  **error);
gboolean rr_xlsx_export_package    (const RrEvaluationScores *scores,
                                    GPtrArray                *package_paths,
                                    const char               *path,
                                    GError                  **error);
gboolean rr_xlsx_export_blank_form (RrScoringTemplate        *template,
                                    gboolean                  comprehensive,
                                    const char               *path,
                                    GError                  **error);

char    *rr_xlsx_sheet_name        (const char               *requested,
                                    GPtrArray                *used_names);

G_END_DECLS
