/* rr-summary-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-summary-page"

#include "config.h"

#include "rr-summary-page.h"

#include "charts/rr-chart-scores.h"
#include "rr-chart-view.h"

#include <glib/gi18n-lib.h>

struct _RrSummaryPage
{
  GtkWidget parent_instance;

  /* children */
  GtkWidget *scrolled;
  GtkWidget *box;

  /* state */
  guint disagreements;
};

G_DEFINE_FINAL_TYPE (RrSummaryPage, rr_summary_page, GTK_TYPE_WIDGET)

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static void
add_headline (RrSummaryPage            *self,
              const RrEvaluationScores *scores)
{
  const RrScoreResult *result = scores->result;
  const RrScoringTemplate *template = result->template;
  g_autofree char *converted = rr_points_format (result->converted);
  g_autofree char *final = rr_points_format (result->final);
  g_autofree char *bonus = rr_points_format (result->bonus);
  g_autofree char *headline = NULL;
  g_autofree char *verdict = NULL;
  g_autofree char *period = rr_evaluation_scores_format_period (scores);
  g_autofree char *title = NULL;
  GtkWidget *label;

  title = g_strdup_printf ("%s · %s · %s", scores->community->name,
                           scores->evaluation->kind == RR_EVALUATION_KIND_SELF ? "自我评价" : "综合评价", period);
  add_label (self->box, title, "title-2");

  /* Translators: "折算得分 72.29 · 附加分 0.00 · 最终得分 72.29 · 等级 合格" */
  headline = g_strdup_printf (_("Score on 100: %s · bonus %s · final %s · grade %s"),
                              converted, bonus, final, result->grade->name);
  add_label (self->box, headline, "summary-headline");

  verdict = g_strdup_printf (_("Binding task verdict: %s"), rr_verdict_get_name (template, result->verdict));
  label = add_label (self->box, verdict, "heading");
  gtk_widget_add_css_class (label, result->verdict == RR_VERDICT_MEETS ? "verdict-meets" : "verdict-not-met");

  for (guint i = 0; i < result->reasons->len; i++)
    add_label (self->box, g_ptr_array_index (result->reasons, i), "summary-reason");

  if (result->unrated->len > 0)
    {
      GString *list = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < result->unrated->len; i++)
        g_string_append_printf (list, "%s%u", i > 0 ? "、" : "", g_array_index (result->unrated, guint, i));
      text = g_strdup_printf (_("Not rated yet: tasks %s"), list->str);
      add_label (self->box, text, "field-error");
      g_string_free (list, TRUE);
    }
}

static void
add_chart (RrSummaryPage *self,
           RrChart       *chart,
           int            height)
{
  GtkWidget *view = rr_chart_view_new ();

  rr_chart_view_set_chart (RR_CHART_VIEW (view), chart);
  gtk_widget_set_size_request (view, -1, height);
  gtk_box_append (GTK_BOX (self->box), view);
}

static void
add_charts (RrSummaryPage       *self,
            const RrScoreResult *result)
{
  g_autoptr(RrChart) radar = rr_chart_new_radar (rr_radar_data_new_from_result (result, TRUE));
  g_autoptr(RrChart) tasks = rr_chart_new_tasks (rr_task_chart_data_new_from_result (result));

  add_chart (self, radar, 340);
  add_chart (self, tasks, 300);
}

static void
add_groups (RrSummaryPage       *self,
            const RrScoreResult *result)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  add_label (self->box, _("共同体 scores"), "section-title");

  for (guint i = 0; i < result->groups->len; i++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, i);
      g_autofree char *score = rr_points_format (group->score);
      g_autofree char *max = rr_points_format (group->max);
      g_autofree char *text = g_strdup_printf ("%s / %s", score, max);
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (group->max, 1));
      GtkWidget *name = gtk_label_new (group->group->name);

      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), (double) group->score);
      gtk_widget_set_hexpand (bar, TRUE);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (name), 0.0);
      gtk_grid_attach (GTK_GRID (grid), name, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), bar, 1, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), gtk_label_new (text), 2, (int) i, 1, 1);
    }

  gtk_box_append (GTK_BOX (self->box), grid);
}

static void
add_raters (RrSummaryPage       *self,
            const RrScoreResult *result)
{
  if (result->raters->len == 0)
    return;

  add_label (self->box, _("Raters"), "section-title");
  for (guint i = 0; i < result->raters->len; i++)
    {
      const RrRaterResult *rater = g_ptr_array_index (result->raters, i);
      g_autofree char *score = rr_points_format (rater->score);
      g_autofree char *max = rr_points_format (rater->max);
      g_autofree char *text = g_strdup_printf (_("%s (%s): %s of %s"), rater->rater, rater->role, score, max);

      add_label (self->box, text, NULL);
    }
}

static void
add_disagreements (RrSummaryPage       *self,
                   const RrScoreResult *result)
{
  const RrScoringTemplate *template = result->template;

  self->disagreements = 0;
  for (guint i = 0; i < result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);
      GString *levels;

      if (!task->disagreement)
        continue;

      if (self->disagreements++ == 0)
        add_label (self->box, _("Raters disagree by more than one level"), "section-title");

      levels = g_string_new (NULL);
      g_string_append_printf (levels, _("Task %u: "), task->points->task->number);
      for (guint j = 0; j < task->ratings->len; j++)
        {
          const RrRating *rating = g_ptr_array_index (task->ratings, j);

          g_string_append_printf (levels, "%s%s %s", j > 0 ? "，" : "", rating->rater,
                                  rr_level_get_name (template, rating->level));
        }
      add_label (self->box, levels->str, "disagreement");
      g_string_free (levels, TRUE);
    }
}

/* For a 综合评价: the community's own scores beside the evaluators'. */
static void
add_self_comparison (RrSummaryPage            *self,
                     const RrEvaluationScores *scores)
{
  const RrScoreResult *result = scores->result;
  const RrScoreResult *self_result = scores->self_result;
  g_autofree char *self_converted = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *difference = NULL;
  g_autofree char *line = NULL;

  if (self_result == NULL)
    return;

  self_converted = rr_points_format (self_result->converted);
  converted = rr_points_format (result->converted);
  difference = rr_points_format (result->converted - self_result->converted);
  add_label (self->box, _("Self-evaluation and comprehensive evaluation"), "section-title");
  line = g_strdup_printf (_("自我评价 %s · 综合评价 %s · difference %s"), self_converted, converted, difference);
  add_label (self->box, line, NULL);

  for (guint i = 0; i < result->tasks->len && i < self_result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);
      const RrTaskResult *self_task = g_ptr_array_index (self_result->tasks, i);
      g_autofree char *text = NULL;

      if (task->level == self_task->level)
        continue;
      text = g_strdup_printf (_("Task %u: self-evaluated %s, evaluators %s"), task->points->task->number,
                              rr_level_get_name (result->template, self_task->level),
                              rr_level_get_name (result->template, task->level));
      add_label (self->box, text, "disagreement");
    }
}

static void
add_rectification (RrSummaryPage            *self,
                   const RrEvaluationScores *scores)
{
  static const char *statuses[] = { N_("New"), N_("Persisting"), N_("Resolved") };

  add_label (self->box, _("Rectification list (整改清单)"), "section-title");
  if (scores->rectification->len == 0)
    add_label (self->box, _("Nothing to rectify."), "dim-label");

  for (guint i = 0; i < scores->rectification->len; i++)
    {
      const RrRectification *item = g_ptr_array_index (scores->rectification, i);
      g_autofree char *text = NULL;

      text = g_strdup_printf (_("%u. Task %u (%s) · %s · %s"), i + 1, item->task,
                              rr_attribute_get_name (item->binding ? RR_ATTRIBUTE_BINDING : RR_ATTRIBUTE_EXPECTED),
                              _(statuses[item->status]), item->problem);
      add_label (self->box, text, item->binding ? "rectification-binding" : NULL);
      if (item->notes != NULL && *item->notes != '\0')
        add_label (self->box, item->notes, "dim-label");
    }
}

/* Shows @scores; %NULL shows a hint to open an evaluation. */
void
rr_summary_page_show (RrSummaryPage            *self,
                      const RrEvaluationScores *scores)
{
  GtkWidget *child;

  g_return_if_fail (RR_IS_SUMMARY_PAGE (self));

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->disagreements = 0;

  if (scores == NULL)
    {
      add_label (self->box, _("Open a project and choose an evaluation to see its scores."), "dim-label");
      return;
    }

  add_headline (self, scores);
  add_charts (self, scores->result);
  add_groups (self, scores->result);
  add_raters (self, scores->result);
  add_disagreements (self, scores->result);
  add_self_comparison (self, scores);
  add_rectification (self, scores);
}

guint
rr_summary_page_count_disagreements (RrSummaryPage *self)
{
  g_return_val_if_fail (RR_IS_SUMMARY_PAGE (self), 0);

  return self->disagreements;
}

static void
rr_summary_page_dispose (GObject *object)
{
  RrSummaryPage *self = RR_SUMMARY_PAGE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  G_OBJECT_CLASS (rr_summary_page_parent_class)->dispose (object);
}

static void
rr_summary_page_class_init (RrSummaryPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rr_summary_page_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
rr_summary_page_init (RrSummaryPage *self)
{
  GtkWidget *clamp = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->box, "summary");
  gtk_widget_set_size_request (self->box, 520, -1);
  gtk_widget_set_halign (clamp, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (clamp), self->box);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  rr_summary_page_show (self, NULL);
}

GtkWidget *
rr_summary_page_new (void)
{
  return g_object_new (RR_TYPE_SUMMARY_PAGE, NULL);
}
