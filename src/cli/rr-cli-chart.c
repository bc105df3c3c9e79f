/* rr-cli-chart.c: `renren-eval chart`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "charts/rr-chart-export.h"
#include "charts/rr-chart-scores.h"
#include "export/rr-district-export.h"
#include "storage/rr-project-scoring.h"

#include <glib/gi18n-lib.h>

/* The largest side a chart may have, in points: A3 at 300 dpi is 4961 px
 * at scale 1. */
#define MAX_SIDE 5000

/* Scores every evaluation of @community_id, oldest period first, and puts
 * the totals and group scores in a trend. */
static RrTrendData *
build_trend (RrProject          *project,
             gint64              community_id,
             RrCatalog          *catalog,
             RrScoringTemplate  *template,
             GError            **error)
{
  g_autoptr(GPtrArray) evaluations = rr_project_list_evaluations (project, error);
  g_autoptr(RrTrendData) trend = NULL;
  RrChartSeries *total;
  RrChartSeries *groups[4] = { NULL };

  if (evaluations == NULL)
    return NULL;

  trend = rr_trend_data_new (_("Scores over the evaluation periods"), 10000);
  total = rr_trend_data_add_series (trend, _("Score on 100"));
  for (guint g = 0; g < catalog->groups->len && g < G_N_ELEMENTS (groups); g++)
    groups[g] = rr_trend_data_add_series (trend, ((RrGroup *) g_ptr_array_index (catalog->groups, g))->name);

  for (guint i = 0; i < evaluations->len; i++)
    {
      const RrEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      g_autoptr(RrEvaluationScores) scores = NULL;
      g_autofree char *period = NULL;

      if (evaluation->community_id != community_id)
        continue;

      scores = rr_project_score_evaluation (project, evaluation->id, catalog, template, error);
      if (scores == NULL)
        return NULL;

      period = rr_evaluation_scores_format_period (scores);
      {
        /* "2026-01 至 2026-06 综合评价": the kinds are the standard's terms. */
        g_autofree char *label = g_strdup_printf ("%s %s", period,
                                                  evaluation->kind == RR_EVALUATION_KIND_SELF ? "自我评价" : "综合评价");
        rr_trend_data_add_period (trend, label);
      }
      rr_chart_series_add (total, RR_CHART_VALUE (scores->result->converted));
      for (guint g = 0; g < scores->result->groups->len && g < G_N_ELEMENTS (groups); g++)
        {
          const RrGroupResult *group = g_ptr_array_index (scores->result->groups, g);

          rr_chart_series_add (groups[g], group->max > 0 ? RR_CHART_VALUE ((group->score * 20000 + group->max) / (2 * group->max))
                                                         : RR_CHART_VALUE_NOT_ASSESSED);
        }
    }

  return g_steal_pointer (&trend);
}

/* One bar per community: its latest evaluation's final score, read as the
 * district page reads it. */
static RrRankingData *
build_ranking (RrProject          *project,
               RrCatalog          *catalog,
               RrScoringTemplate  *template,
               GError            **error)
{
  g_autoptr(RrDistrict) district = rr_district_load (project, catalog, template, error);

  return district != NULL ? rr_district_build_ranking (district, NULL) : NULL;
}

static RrChart *
build_chart (const char         *kind,
             RrProject          *project,
             gint64              evaluation_id,
             RrCatalog          *catalog,
             RrScoringTemplate  *template,
             GError            **error)
{
  g_autoptr(RrEvaluationScores) scores = NULL;
  RrTrendData *trend;
  RrRankingData *ranking;

  if (g_str_equal (kind, "ranking"))
    {
      ranking = build_ranking (project, catalog, template, error);
      return ranking != NULL ? rr_chart_new_ranking (ranking) : NULL;
    }

  scores = rr_project_score_evaluation (project, evaluation_id, catalog, template, error);
  if (scores == NULL)
    return NULL;

  if (g_str_equal (kind, "radar"))
    return rr_chart_new_radar (rr_radar_data_new_from_result (scores->result, TRUE));
  if (g_str_equal (kind, "tasks"))
    return rr_chart_new_tasks (rr_task_chart_data_new_from_result (scores->result));
  if (g_str_equal (kind, "thresholds"))
    return rr_chart_new_gauges (rr_gauge_data_new_from_checks (scores->checks, _("Thresholds")));

  trend = build_trend (project, scores->community->id, catalog, template, error);
  return trend != NULL ? rr_chart_new_trend (trend) : NULL;
}

int
rr_cli_chart (int    argc,
              char **argv)
{
  g_autofree char *kind = NULL;
  g_autofree char *output = NULL;
  gboolean district = FALSE;
  int width = 800;
  int height = 600;
  int page = 1;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(RrScoringTemplate) template = NULL;
  g_autoptr(RrChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  RrChartFormat format;
  gint64 evaluation_id = 0;
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("Chart: radar, tasks, thresholds or trend"), "KIND" },
    { "district", 0, 0, G_OPTION_ARG_NONE, &district, N_("Draw the district ranking of every community"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the chart to this .png, .svg or .pdf file"), "OUT" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in points (default 800)"), "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in points (default 600)"), "H" },
    { "page", 0, 0, G_OPTION_ARG_INT, &page,
      N_("Page of a district ranking too long for one image, from 1 (default 1; a PDF contains every page)"), "N" },
    { NULL }
  };

  if (!rr_cli_parse_options ("chart", "FILE (EVALUATION_ID | --district)",
                             _("Draw an evaluation’s chart, or the district ranking, to an image or PDF."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (output == NULL || !rr_chart_format_from_path (output, &format))
    {
      g_printerr (_("renren-eval chart: give --output ending in .png, .svg or .pdf\n"));
      return RR_EXIT_USAGE;
    }
  if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE)
    {
      g_printerr (_("renren-eval chart: --width and --height must be from 16 to %d points\n"), MAX_SIDE);
      return RR_EXIT_USAGE;
    }
  if (page < 1)
    {
      g_printerr (_("renren-eval chart: --page must be 1 or more\n"));
      return RR_EXIT_USAGE;
    }
  if (district ? argc != 2 : argc != 3)
    {
      g_printerr (_("renren-eval chart: give a project file and an evaluation id, or a project file and --district\n"));
      return RR_EXIT_USAGE;
    }
  if (!district && (kind == NULL || !g_strv_contains ((const char *[]) { "radar", "tasks", "thresholds", "trend", NULL }, kind)))
    {
      g_printerr (_("renren-eval chart: --kind must be radar, tasks, thresholds or trend\n"));
      return RR_EXIT_USAGE;
    }
  if (!district && !rr_cli_parse_id ("chart", "EVALUATION_ID", argv[2], &evaluation_id))
    return RR_EXIT_USAGE;

  project = rr_cli_open_project ("chart", argv[1], FALSE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  catalog = rr_cli_load_catalog (NULL, &error);
  template = catalog != NULL ? rr_scoring_template_load_default (catalog, &error) : NULL;
  chart = template != NULL ? build_chart (district ? "ranking" : kind, project, evaluation_id, catalog, template, &error)
                           : NULL;
  if (chart != NULL && district)
    ((RrRankingData *) rr_chart_get_data (chart))->page = (guint) page - 1;
  if (chart == NULL || !rr_chart_export (chart, format, output, width, height, 1.0, &error))
    {
      g_printerr ("renren-eval chart: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}
