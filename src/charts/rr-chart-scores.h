/* rr-chart-scores.h: chart data from an evaluation's scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "domain/rr-scoring.h"
#include "rr-chart.h"
#include "rr-chart-data.h"

G_BEGIN_DECLS

RrRadarData     *rr_radar_data_new_from_result (const RrScoreResult *result,
                                                gboolean             with_raters);
RrTaskChartData *rr_task_chart_data_new_from_result (const RrScoreResult *result);
GBytes          *rr_chart_render_png           (RrChart             *chart,
                                                double               width,
                                                double               height,
                                                double               scale,
                                                GError             **error);

G_END_DECLS
