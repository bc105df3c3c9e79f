/* rr-report.c: the sections of an evaluation's report, and the PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-report"

#include "config.h"

#include "rr-report.h"

#include "domain/rr-error.h"
#include "rr-report-radar.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#define RADAR_WIDTH 400.0
#define RADAR_HEIGHT 310.0

typedef struct {
  RrReportLayout *layout;
  const RrEvaluationScores *scores;
  const RrScoreResult *result;
  const RrScoringTemplate *template;
  GPtrArray *package_paths;   /* of char *, one per evidence file; nullable */
  guint section;
} Builder;

static const char *
kind_name (const RrEvaluationScores *scores)
{
  return scores->evaluation->kind == RR_EVALUATION_KIND_COMPREHENSIVE ? "综合评价" : "自我评价";
}

static gboolean
is_comprehensive (const Builder *builder)
{
  return builder->scores->evaluation->kind == RR_EVALUATION_KIND_COMPREHENSIVE;
}

/* Adds the next numbered section heading. */
static void
add_section (Builder    *builder,
             const char *title)
{
  g_autofree char *text = g_strdup_printf ("%u  %s", ++builder->section, title);

  rr_report_layout_add_heading (builder->layout, text);
}

static void
add_field (RrReportTable *table,
           const char    *label,
           const char    *value)
{
  const char *cells[] = { label, value };

  rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
}

static char *
format_score (gint64 score,
              gint64 max)
{
  g_autofree char *score_text = rr_points_format (score);
  g_autofree char *max_text = rr_points_format (max);

  return g_strdup_printf ("%s / %s", score_text, max_text);
}

/* Returns @value as a share of @max in per-mille, rounded half up. */
static gint64
per_mille (gint64 value,
           gint64 max)
{
  return max > 0 ? (value * 2000 + max) / (2 * max) : 0;
}

static char *
format_percent (gint64 value,
                gint64 max)
{
  gint64 share = per_mille (value, max);

  return max > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "%%", share / 10, share % 10)
                 : g_strdup ("—");
}

static guint
count_evidence (const RrEvaluationScores *scores,
                guint                     task)
{
  guint count = 0;

  for (guint i = 0; i < scores->evidence->len; i++)
    count += ((const RrEvidence *) g_ptr_array_index (scores->evidence, i))->task == task;

  return count;
}

static const RrRating *
find_rating (const RrTaskResult *task,
             const char         *rater)
{
  for (guint i = 0; i < task->ratings->len; i++)
    {
      const RrRating *rating = g_ptr_array_index (task->ratings, i);

      if (g_str_equal (rating->rater, rater))
        return rating;
    }

  return NULL;
}

/* Returns one rater's score of a task in hundredths, as the scoring engine
 * counts it before the raters are combined. */
static gint64
rating_score (const RrScoringTemplate *template,
              const RrTaskResult      *task,
              const RrRating          *rating)
{
  if (rating->level == RR_LEVEL_NOT_APPLICABLE)
    return 0;
  if (rating->has_points)
    return rating->points;

  return (task->points->points * template->level_shares[rating->level] + 50) / 100;
}

static char *
task_notes (const RrTaskResult *task)
{
  GString *notes = g_string_new (NULL);

  for (guint i = 0; i < task->ratings->len; i++)
    {
      const RrRating *rating = g_ptr_array_index (task->ratings, i);

      if (rating->note == NULL || *rating->note == '\0')
        continue;
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      if (task->ratings->len > 1)
        g_string_append_printf (notes, "%s：", rating->rater);
      g_string_append (notes, rating->note);
    }

  return g_string_free (notes, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Cover and summary                                                         */
/* ------------------------------------------------------------------------ */

static void
add_cover (Builder *builder)
{
  static const double widths[] = { 1, 2.6 };
  const RrEvaluationScores *scores = builder->scores;
  const RrCatalog *catalog = builder->template->catalog;
  g_autofree char *title = NULL;
  g_autofree char *period = rr_evaluation_scores_format_period (scores);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *standard = NULL;
  g_autofree char *template = NULL;
  RrReportTable *table;

  rr_report_layout_add_space (builder->layout, 130);
  rr_report_layout_add_text (builder->layout, RR_TEXT_SUBTITLE, PANGO_ALIGN_CENTER, scores->community->name);
  /* Translators: the cover's title, "“人人社区”建设综合评价报告" */
  title = g_strdup_printf (_("“人人社区” construction %s report"), kind_name (scores));
  rr_report_layout_add_text (builder->layout, RR_TEXT_TITLE, PANGO_ALIGN_CENTER, title);
  rr_report_layout_add_space (builder->layout, 110);

  standard = g_strdup_printf ("%s《%s》（%s，%s %s）", catalog->code, catalog->title, catalog->stage,
                              catalog->id, catalog->version);
  template = g_strdup_printf ("%s（%s %s）", builder->template->title, builder->template->id,
                              builder->template->version);

  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (widths), widths, NULL);
  rr_report_table_set_column (table, 0, RR_TEXT_BODY, PANGO_ALIGN_LEFT);
  rr_report_table_set_column (table, 1, RR_TEXT_BODY, PANGO_ALIGN_LEFT);
  add_field (table, _("Name of the community"), scores->community->name);
  add_field (table, _("Street or town"), scores->street);
  add_field (table, _("Kind of evaluation"), kind_name (scores));
  add_field (table, _("Evaluation period"), period);
  add_field (table, _("Evaluation created on"), scores->evaluation->date);
  add_field (table, _("Report printed on"), today);
  add_field (table, _("Standard"), standard);
  add_field (table, _("Scoring template"), template);
  rr_report_layout_add_page_break (builder->layout);
}

static gint64
group_share (gint64 score,
             gint64 max)
{
  return max > 0 ? per_mille (score, max) : RR_REPORT_NOT_ASSESSED;
}

/* The combined score of each 共同体 as a share of its maximum, and for a
 * 综合评价 each rater's. */
static void
add_radar (Builder *builder)
{
  const RrScoreResult *result = builder->result;
  guint n_raters = is_comprehensive (builder) ? result->raters->len : 0;
  guint n_groups = result->groups->len;
  g_autofree const char **labels = g_new0 (const char *, n_raters + 2);
  g_autofree gint64 *shares = g_new0 (gint64, (n_raters + 1) * n_groups);

  labels[0] = is_comprehensive (builder) ? _("Combined") : kind_name (builder->scores);
  for (guint g = 0; g < n_groups; g++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, g);
      gboolean rated = FALSE;

      /* A group none of whose tasks is rated is not assessed, not zero. */
      for (guint t = 0; t < result->tasks->len && !rated; t++)
        {
          const RrTaskResult *task = g_ptr_array_index (result->tasks, t);

          rated = task->rated && task->points->task->group == group->group;
        }
      shares[g] = rated ? group_share (group->score, group->max) : RR_REPORT_NOT_ASSESSED;
    }

  for (guint r = 0; r < n_raters; r++)
    {
      const RrRaterResult *rater = g_ptr_array_index (result->raters, r);

      labels[r + 1] = rater->rater;
      for (guint g = 0; g < n_groups; g++)
        {
          const RrGroupResult *group = g_ptr_array_index (result->groups, g);
          gint64 score = 0;
          gint64 max = 0;

          for (guint t = 0; t < result->tasks->len; t++)
            {
              const RrTaskResult *task = g_ptr_array_index (result->tasks, t);
              const RrRating *rating = find_rating (task, rater->rater);

              if (task->points->task->group != group->group || rating == NULL
                  || rating->level == RR_LEVEL_NOT_APPLICABLE)
                continue;
              score += rating_score (builder->template, task, rating);
              max += task->points->points;
            }
          shares[(r + 1) * n_groups + g] = group_share (score, max);
        }
    }

  rr_report_add_radar (builder->layout, builder->template->catalog, _("Score rate of the four 共同体"),
                       labels, shares, RADAR_WIDTH, RADAR_HEIGHT);
}

static void
add_summary (Builder *builder)
{
  static const double field_widths[] = { 1, 2.6 };
  static const double group_widths[] = { 2.2, 1.4, 1.4, 1.4, 1.6, 2 };
  const char *group_headers[] = {
    "共同体", _("Score"), _("Maximum"), _("Score rate"), _("Minimum rate"), _("Status"), NULL,
  };
  const RrScoreResult *result = builder->result;
  g_autofree char *total = format_score (result->score, result->max);
  g_autofree char *converted = rr_points_format (result->converted);
  g_autofree char *bonus = rr_points_format (result->bonus);
  g_autofree char *final = rr_points_format (result->final);
  g_autoptr(GString) unrated = g_string_new (NULL);
  gboolean nothing_rated = result->unrated->len == result->tasks->len;
  RrReportTable *table;

  add_section (builder, _("Summary"));

  for (guint i = 0; i < result->unrated->len; i++)
    g_string_append_printf (unrated, "%s%u", i > 0 ? "、" : "", g_array_index (result->unrated, guint, i));

  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (field_widths), field_widths, NULL);
  add_field (table, _("Total"), total);
  add_field (table, _("Score on 100"), converted);
  add_field (table, _("Bonus points"), bonus);
  add_field (table, _("Final score"), final);
  /* With no task rated, the scoring engine's verdict and grade describe
   * nothing yet. */
  add_field (table, _("Binding task verdict"),
             nothing_rated ? _("Not rated") : rr_verdict_get_name (builder->template, result->verdict));
  add_field (table, _("Grade"), nothing_rated || result->grade == NULL ? _("Not rated") : result->grade->name);
  if (result->reasons->len > 0)
    {
      g_autoptr(GString) reasons = g_string_new (NULL);

      for (guint i = 0; i < result->reasons->len; i++)
        g_string_append_printf (reasons, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (result->reasons, i));
      add_field (table, _("Grounds for the verdict"), reasons->str);
    }
  add_field (table, _("Tasks not rated"), unrated->len > 0 ? unrated->str : _("None"));

  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (group_widths), group_widths, group_headers);
  for (guint i = 1; i < G_N_ELEMENTS (group_widths); i++)
    rr_report_table_set_column (table, i, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);
  for (guint g = 0; g < result->groups->len; g++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, g);
      g_autofree char *score = rr_points_format (group->score);
      g_autofree char *max = rr_points_format (group->max);
      g_autofree char *rate = format_percent (group->score, group->max);
      g_autofree char *minimum = group->minimum_percent >= 0 ? g_strdup_printf ("%d%%", group->minimum_percent)
                                                             : g_strdup ("—");
      const char *cells[] = {
        group->group->name, score, max, rate, minimum, group->below_minimum ? _("Below the minimum") : "",
      };

      rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
    }

  add_radar (builder);
  rr_report_layout_add_page_break (builder->layout);
}

/* ------------------------------------------------------------------------ */
/* Tasks, requirements and rectification                                     */
/* ------------------------------------------------------------------------ */

static void
add_tasks (Builder *builder)
{
  /* In points; the table shares the 481.9 points between the margins in
   * these proportions. */
  static const double widths[] = { 22, 34, 180, 48, 38, 38, 48, 74 };
  const char *headers[] = {
    "序号", "属性", "具体建设任务", _("Level"), _("Score"), _("Maximum"), _("Evidence files"), _("Raters’ notes"),
    NULL,
  };
  const RrScoreResult *result = builder->result;
  g_autofree char *total_score = rr_points_format (result->score);
  g_autofree char *total_max = rr_points_format (result->max);
  g_autofree char *total_evidence = g_strdup_printf ("%u", builder->scores->evidence->len);
  const char *total[] = { "", "", _("Total"), "", total_score, total_max, total_evidence, "" };
  RrReportTable *table;

  add_section (builder, _("Construction tasks"));
  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    if (i != 2 && i != 7)
      rr_report_table_set_column (table, i, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);

  for (guint g = 0; g < result->groups->len; g++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, g);
      g_autofree char *group_score = format_score (group->score, group->max);
      g_autofree char *group_row = g_strdup_printf (_("%s (score %s)"), group->group->name, group_score);
      const char *span[] = { group_row };

      rr_report_table_add_row (table, RR_ROW_SPAN, span);
      for (guint t = 0; t < result->tasks->len; t++)
        {
          const RrTaskResult *task = g_ptr_array_index (result->tasks, t);
          const RrTask *catalog_task = task->points->task;
          g_autofree char *number = g_strdup_printf ("%u", catalog_task->number);
          g_autofree char *score = task->rated ? rr_points_format (task->score) : g_strdup ("—");
          g_autofree char *max = rr_points_format (task->excluded ? 0 : task->points->points);
          g_autofree char *evidence = g_strdup_printf ("%u", count_evidence (builder->scores, catalog_task->number));
          g_autofree char *notes = task_notes (task);
          const char *level = task->level != RR_LEVEL_NONE ? rr_level_get_name (builder->template, task->level)
                                                           : _("Not rated");
          const char *cells[] = {
            number, rr_attribute_get_name (catalog_task->attribute), catalog_task->text, level, score, max,
            evidence, notes,
          };

          if (catalog_task->group == group->group)
            rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
        }
    }

  rr_report_table_add_row (table, RR_ROW_BOLD, total);
}

static void
add_requirements (Builder *builder)
{
  static const double widths[] = { 28, 34, 120, 70, 72, 36, 122 };
  const char *headers[] = {
    _("Task"), "属性", _("The standard’s words"), _("Required"), _("Actual"), _("Status"), _("Shortfall"), NULL,
  };
  GPtrArray *checks = builder->scores->checks;
  RrReportTable *table;

  add_section (builder, _("Quantitative requirements"));
  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (widths), widths, headers);
  rr_report_table_set_column (table, 0, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);
  rr_report_table_set_column (table, 1, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);
  rr_report_table_set_column (table, 5, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);

  for (guint i = 0; i < checks->len; i++)
    {
      const RrCheck *check = g_ptr_array_index (checks, i);
      const RrTask *task = check->requirement->task;
      g_autofree char *number = g_strdup_printf ("%u", task->number);
      const char *status = check->status == RR_CHECK_MET ? _("Met")
                         : check->status == RR_CHECK_NOT_MET ? _("Not met") : _("Not assessed");
      const char *cells[] = {
        number, rr_attribute_get_name (task->attribute), check->requirement->quote,
        check->required_text, check->actual_text, status, check->message,
      };

      rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
    }
}

static void
add_rectification (Builder *builder)
{
  static const double widths[] = { 24, 28, 34, 190, 162, 44 };
  static const char *statuses[] = { N_("New"), N_("Persisting"), N_("Resolved") };
  const char *headers[] = { "序号", _("Task"), "属性", _("Problem"), _("Raters’ notes"), _("Status"), NULL };
  GPtrArray *items = builder->scores->rectification;
  RrReportTable *table;

  add_section (builder, _("Rectification list"));
  if (items == NULL || items->len == 0)
    {
      rr_report_layout_add_text (builder->layout, RR_TEXT_BODY, PANGO_ALIGN_LEFT, _("Nothing to rectify."));
      return;
    }

  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (widths), widths, headers);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    if (i != 3 && i != 4)
      rr_report_table_set_column (table, i, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);

  for (guint i = 0; i < items->len; i++)
    {
      const RrRectification *item = g_ptr_array_index (items, i);
      g_autofree char *index = g_strdup_printf ("%u", i + 1);
      g_autofree char *task = g_strdup_printf ("%u", item->task);
      const char *cells[] = {
        index, task, rr_attribute_get_name (item->binding ? RR_ATTRIBUTE_BINDING : RR_ATTRIBUTE_EXPECTED),
        item->problem, item->notes, _(statuses[item->status]),
      };

      rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
    }
}

/* ------------------------------------------------------------------------ */
/* Raters of a 综合评价                                                      */
/* ------------------------------------------------------------------------ */

static void
add_rater_totals (Builder *builder)
{
  static const double widths[] = { 3, 3, 2, 2, 2 };
  const char *headers[] = { _("Rater"), _("Role"), _("Score"), _("Maximum"), _("Score on 100"), NULL };
  const RrScoreResult *result = builder->result;
  RrReportTable *table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (widths), widths, headers);

  for (guint i = 2; i < G_N_ELEMENTS (widths); i++)
    rr_report_table_set_column (table, i, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);

  for (guint r = 0; r < result->raters->len; r++)
    {
      const RrRaterResult *rater = g_ptr_array_index (result->raters, r);
      g_autofree char *score = rr_points_format (rater->score);
      g_autofree char *max = rr_points_format (rater->max);
      g_autofree char *converted = rr_points_format (per_mille (rater->score, rater->max) * 10);
      const char *cells[] = { rater->rater, rater->role, score, max, rater->max > 0 ? converted : "—" };

      rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
    }
}

/* One column per rater with the level and points each gave a task. */
static void
add_rater_matrix (Builder *builder)
{
  const RrScoreResult *result = builder->result;
  guint n_columns = result->raters->len + 2;
  g_autofree double *widths = g_new (double, n_columns);
  g_autofree const char **headers = g_new0 (const char *, n_columns + 1);
  g_autofree const char **cells = g_new0 (const char *, n_columns);
  RrReportTable *table;

  widths[0] = 1.2;
  headers[0] = "序号";
  for (guint r = 0; r < result->raters->len; r++)
    {
      widths[r + 1] = 3;
      headers[r + 1] = ((const RrRaterResult *) g_ptr_array_index (result->raters, r))->rater;
    }
  widths[n_columns - 1] = 3;
  headers[n_columns - 1] = _("Combined");

  table = rr_report_layout_add_table (builder->layout, n_columns, widths, headers);
  for (guint i = 0; i < n_columns; i++)
    rr_report_table_set_column (table, i, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);

  for (guint t = 0; t < result->tasks->len; t++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, t);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *combined_score = rr_points_format (task->score);

      g_ptr_array_add (texts, g_strdup_printf ("%u", task->points->task->number));
      for (guint r = 0; r < result->raters->len; r++)
        {
          const RrRaterResult *rater = g_ptr_array_index (result->raters, r);
          const RrRating *rating = find_rating (task, rater->rater);
          g_autofree char *score = rating != NULL ? rr_points_format (rating_score (builder->template, task, rating))
                                                  : NULL;

          g_ptr_array_add (texts, rating != NULL ? g_strdup_printf ("%s  %s", rr_level_get_name (builder->template,
                                                                                                 rating->level),
                                                                    score)
                                                 : g_strdup ("—"));
        }
      g_ptr_array_add (texts, task->level != RR_LEVEL_NONE
                                ? g_strdup_printf ("%s  %s", rr_level_get_name (builder->template, task->level),
                                                   combined_score)
                                : g_strdup ("—"));

      for (guint i = 0; i < n_columns; i++)
        cells[i] = g_ptr_array_index (texts, i);
      rr_report_table_add_row (table, task->disagreement ? RR_ROW_BOLD : RR_ROW_NORMAL, cells);
    }
}

static void
add_disagreements (Builder *builder)
{
  static const double widths[] = { 24, 200, 258 };
  const char *headers[] = { "序号", "具体建设任务", _("Levels and notes of the raters"), NULL };
  const RrScoreResult *result = builder->result;
  RrReportTable *table = NULL;

  for (guint t = 0; t < result->tasks->len; t++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, t);
      g_autofree char *number = NULL;
      g_autoptr(GString) levels = g_string_new (NULL);

      if (!task->disagreement)
        continue;

      if (table == NULL)
        {
          table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (widths), widths, headers);
          rr_report_table_set_column (table, 0, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);
        }

      for (guint i = 0; i < task->ratings->len; i++)
        {
          const RrRating *rating = g_ptr_array_index (task->ratings, i);

          g_string_append_printf (levels, "%s%s（%s）：%s", i > 0 ? "\n" : "", rating->rater, rating->role,
                                  rr_level_get_name (builder->template, rating->level));
          if (rating->note != NULL && *rating->note != '\0')
            g_string_append_printf (levels, "，%s", rating->note);
        }

      number = g_strdup_printf ("%u", task->points->task->number);
      rr_report_table_add_row (table, RR_ROW_NORMAL,
                               (const char *[]) { number, task->points->task->text, levels->str });
    }

  if (table == NULL)
    rr_report_layout_add_text (builder->layout, RR_TEXT_BODY, PANGO_ALIGN_LEFT,
                               _("No task has ratings more than one level apart."));
}

static void
add_raters (Builder *builder)
{
  add_section (builder, _("Scores of each rater"));
  if (builder->result->raters->len == 0)
    {
      rr_report_layout_add_text (builder->layout, RR_TEXT_BODY, PANGO_ALIGN_LEFT, _("No rater has scored yet."));
      return;
    }

  add_rater_totals (builder);
  rr_report_layout_add_text (builder->layout, RR_TEXT_SMALL, PANGO_ALIGN_LEFT,
                             _("Each rater’s level and score per task; tasks in bold have ratings more than one "
                               "level apart."));
  add_rater_matrix (builder);
  rr_report_layout_add_text (builder->layout, RR_TEXT_SUBHEADING, PANGO_ALIGN_LEFT, _("Disagreements"));
  add_disagreements (builder);
}

/* ------------------------------------------------------------------------ */
/* Evidence index and signatures                                             */
/* ------------------------------------------------------------------------ */

static void
add_evidence (Builder *builder)
{
  static const double with_paths[] = { 26, 28, 90, 90, 134, 114 };
  static const double without_paths[] = { 26, 28, 130, 130, 168 };
  gboolean paths = builder->package_paths != NULL;
  const char *headers[] = {
    "序号", _("Task"), _("Caption"), _("Original name"), paths ? _("Path in the package") : "SHA-256",
    paths ? "SHA-256" : NULL, NULL,
  };
  GPtrArray *evidence = builder->scores->evidence;
  guint n_columns = paths ? G_N_ELEMENTS (with_paths) : G_N_ELEMENTS (without_paths);
  RrReportTable *table;

  add_section (builder, _("Evidence index"));
  if (evidence->len == 0)
    {
      rr_report_layout_add_text (builder->layout, RR_TEXT_BODY, PANGO_ALIGN_LEFT, _("No evidence files were added."));
      return;
    }

  rr_report_layout_add_text (builder->layout, RR_TEXT_SMALL, PANGO_ALIGN_LEFT,
                             _("The SHA-256 checksum identifies a file’s contents: any change to the file changes "
                               "it. “renren-eval verify” checks a package against this index."));
  table = rr_report_layout_add_table (builder->layout, n_columns, paths ? with_paths : without_paths, headers);
  rr_report_table_set_column (table, 0, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);
  rr_report_table_set_column (table, 1, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);
  rr_report_table_set_column (table, n_columns - 1, RR_TEXT_MONO, PANGO_ALIGN_LEFT);

  for (guint i = 0; i < evidence->len; i++)
    {
      const RrEvidence *file = g_ptr_array_index (evidence, i);
      g_autofree char *number = g_strdup_printf ("%03u", i + 1);
      g_autofree char *task = g_strdup_printf ("%u", file->task);
      const char *cells[] = {
        number, task, file->caption != NULL ? file->caption : "", file->original_name,
        paths ? g_ptr_array_index (builder->package_paths, i) : file->sha256, file->sha256,
      };

      rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
    }
}

static void
add_signatures (Builder *builder)
{
  static const double widths[] = { 1.4, 4, 4, 6, 3.4 };
  static const double seal_widths[] = { 1, 1 };
  const char *headers[] = { "序号", _("Name"), _("Role"), _("Signature"), _("Date"), NULL };
  const char *seal_headers[] = { _("Date"), _("Seal"), NULL };
  const char *empty[] = { "", "" };
  const RrScoreResult *result = builder->result;
  guint named = is_comprehensive (builder) ? result->raters->len : 0;
  RrReportTable *table;

  rr_report_layout_add_page_break (builder->layout);
  add_section (builder, _("Signatures of the evaluation group"));
  rr_report_layout_add_text (builder->layout, RR_TEXT_BODY, PANGO_ALIGN_LEFT,
                             _("The members of the evaluation group confirm this report with their signatures."));

  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (widths), widths, headers);
  rr_report_table_set_min_row_height (table, 36);
  rr_report_table_set_column (table, 0, RR_TEXT_TABLE, PANGO_ALIGN_CENTER);
  /* The raters of a 综合评价 are printed; spare rows take the others. */
  for (guint i = 0; i < MAX (named + 2, 8); i++)
    {
      const RrRaterResult *rater = i < named ? g_ptr_array_index (result->raters, i) : NULL;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[] = { number, rater != NULL ? rater->rater : "", rater != NULL ? rater->role : "", "", "" };

      rr_report_table_add_row (table, RR_ROW_NORMAL, cells);
    }

  rr_report_layout_add_space (builder->layout, 12);
  table = rr_report_layout_add_table (builder->layout, G_N_ELEMENTS (seal_widths), seal_widths, seal_headers);
  rr_report_table_set_min_row_height (table, 150);
  rr_report_table_add_row (table, RR_ROW_NORMAL, empty);
}

/**
 * rr_report_build:
 * @scores: the evaluation
 * @package_paths: (nullable) (element-type utf8): each evidence file's path
 *   in the self-assessment package, in the order of @scores->evidence
 *
 * Lays out the report's blocks. The result does not refer to @scores.
 */
RrReportLayout *
rr_report_build (const RrEvaluationScores *scores,
                 GPtrArray                *package_paths)
{
  Builder builder = { 0 };
  g_autofree char *header = NULL;
  g_autofree char *period = NULL;

  g_return_val_if_fail (scores != NULL && scores->result != NULL, NULL);
  g_return_val_if_fail (package_paths == NULL || package_paths->len == scores->evidence->len, NULL);

  builder.layout = rr_report_layout_new ();
  builder.scores = scores;
  builder.result = scores->result;
  builder.template = scores->result->template;
  builder.package_paths = package_paths;

  /* Translators: the running header, "五星社区 综合评价报告" */
  header = g_strdup_printf (_("%s %s report"), scores->community->name, kind_name (scores));
  period = rr_evaluation_scores_format_period (scores);
  rr_report_layout_set_header (builder.layout, header, period);

  add_cover (&builder);
  add_summary (&builder);
  add_tasks (&builder);
  add_requirements (&builder);
  add_rectification (&builder);
  if (is_comprehensive (&builder))
    add_raters (&builder);
  add_evidence (&builder);
  add_signatures (&builder);

  return builder.layout;
}

/* ------------------------------------------------------------------------ */
/* PDF                                                                       */
/* ------------------------------------------------------------------------ */

static gboolean
render_pdf (RrReportLayout  *layout,
            const char      *title,
            const char      *path,
            GError         **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, RR_REPORT_A4_WIDTH, RR_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_status_t status;
  guint n_pages;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "renren-eval " PACKAGE_VERSION);

  rr_report_layout_prepare_context (context);
  n_pages = rr_report_layout_paginate (layout, context, RR_REPORT_A4_WIDTH, RR_REPORT_A4_HEIGHT);
  for (guint i = 0; i < n_pages; i++)
    {
      rr_report_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not write the report %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * rr_report_write_pdf:
 * @package_paths: (nullable): as for rr_report_build()
 *
 * Writes the report as an A4 PDF with its fonts embedded as subsets. The
 * file is written under a temporary name and renamed, so @path never contains
 * half a report.
 */
gboolean
rr_report_write_pdf (const RrEvaluationScores  *scores,
                     GPtrArray                 *package_paths,
                     const char                *path,
                     GError                   **error)
{
  g_autoptr(RrReportLayout) layout = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *temporary = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (scores != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  folder = g_path_get_dirname (path);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("The folder %s does not exist; choose another one"), folder);
      return FALSE;
    }

  layout = rr_report_build (scores, package_paths);
  title = g_strdup_printf (_("%s %s report"), scores->community->name, kind_name (scores));
  temporary = g_strdup_printf ("%s.%08x.tmp", path, g_random_int ());
  if (!render_pdf (layout, title, temporary, error))
    {
      g_unlink (temporary);
      return FALSE;
    }

  if (g_rename (temporary, path) != 0)
    {
      int saved = errno;

      g_unlink (temporary);
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not save the report as %s: %s"), path,
                   g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}
