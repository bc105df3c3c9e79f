/* chart-samples.h: sample chart data with Chinese labels for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "charts/rr-chart.h"

G_BEGIN_DECLS

/* The data cases every chart kind is drawn with. */
typedef enum {
  SAMPLE_TYPICAL,
  SAMPLE_EMPTY,
  SAMPLE_SINGLE,
  SAMPLE_ZEROS,
  SAMPLE_FULL,
  SAMPLE_MISSING,
  SAMPLE_LONG_NAMES,
  N_SAMPLES
} Sample;

const char *sample_get_name       (Sample           sample);
const char *chart_kind_get_name   (RrChartKind      kind);
RrChart    *sample_chart_new      (RrCatalog       *catalog,
                                   RrChartKind      kind,
                                   Sample           sample);
RrChart    *sample_ranking_new    (guint            n_communities,
                                   guint            page);
GPtrArray  *sample_checks_new     (RrCatalog       *catalog,
                                   gboolean         with_figures);

G_END_DECLS
