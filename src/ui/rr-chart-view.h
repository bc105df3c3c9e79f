/* rr-chart-view.h: a widget that shows one chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "charts/rr-chart.h"
#include "charts/rr-chart-export.h"

G_BEGIN_DECLS

#define RR_TYPE_CHART_VIEW (rr_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (RrChartView, rr_chart_view, RR, CHART_VIEW, GtkWidget)

GtkWidget           *rr_chart_view_new              (void);
void                 rr_chart_view_set_chart        (RrChartView   *self,
                                                     RrChart       *chart);
RrChart             *rr_chart_view_get_chart        (RrChartView   *self);
void                 rr_chart_view_data_changed     (RrChartView   *self);
const RrChartLayout *rr_chart_view_get_layout       (RrChartView   *self);
double               rr_chart_view_get_scale        (RrChartView   *self);
guint                rr_chart_view_get_render_count (RrChartView   *self);
char                *rr_chart_view_get_tooltip_text (RrChartView   *self,
                                                     double         x,
                                                     double         y);
gboolean             rr_chart_view_export           (RrChartView   *self,
                                                     RrChartFormat  format,
                                                     const char    *size_id,
                                                     const char    *path,
                                                     GError       **error);

G_END_DECLS
