/* rr-district-export.h: the district overview as JSON, CSV and a workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "charts/rr-chart-data.h"
#include "storage/rr-district.h"

G_BEGIN_DECLS

const char *rr_district_status_get_name  (RrEvaluationStatus   status);
const char *rr_district_type_get_name    (RrCommunityType      type);
const char *rr_district_check_get_name   (RrCheckStatus        status);
char       *rr_district_requirement_title (const RrRequirement *requirement);

RrRankingData *rr_district_build_ranking (const RrDistrict  *district,
                                          GPtrArray         *rows);

char       *rr_district_export_json      (const RrDistrict    *district);
char       *rr_district_export_csv       (const RrDistrict    *district);
gboolean    rr_xlsx_export_district      (const RrDistrict    *district,
                                          const char          *path,
                                          GError             **error);

G_END_DECLS
