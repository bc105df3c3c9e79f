/* rr-scoring.c: scoring an evaluation by a template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-scoring"

#include "config.h"

#include "rr-scoring.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

/* ------------------------------------------------------------------------ */
/* Score sheets                                                              */
/* ------------------------------------------------------------------------ */


static void
veto_event_free (gpointer data)
{
  RrVetoEvent *event = data;

  g_free (event->id);
  g_free (event->note);
  g_free (event);
}

static void
honour_award_free (gpointer data)
{
  RrHonourAward *award = data;

  g_free (award->id);
  g_free (award->title);
  g_free (award);
}

RrScoreSheet *
rr_score_sheet_new (void)
{
  RrScoreSheet *sheet = g_new0 (RrScoreSheet, 1);

  sheet->ratings = g_ptr_array_new_with_free_func (g_free);
  sheet->vetoes = g_ptr_array_new_with_free_func (veto_event_free);
  sheet->honours = g_ptr_array_new_with_free_func (honour_award_free);
  sheet->strings = g_string_chunk_new (256);
  return sheet;
}

void
rr_score_sheet_free (RrScoreSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_ptr_array_unref (sheet->ratings);
  g_ptr_array_unref (sheet->vetoes);
  g_ptr_array_unref (sheet->honours);
  g_string_chunk_free (sheet->strings);
  g_free (sheet);
}

/* Adds a rating and returns it, so a caller can set explicit points. */
RrRating *
rr_score_sheet_add_rating (RrScoreSheet *sheet,
                           const char   *rater,
                           const char   *role,
                           guint         task,
                           RrLevel       level,
                           const char   *note)
{
  RrRating *rating = g_new0 (RrRating, 1);

  /* A sheet repeats each rater's name and role on every task. */
  rating->rater = g_string_chunk_insert_const (sheet->strings, rater != NULL ? rater : "");
  rating->role = g_string_chunk_insert_const (sheet->strings, role != NULL ? role : "");
  rating->task = task;
  rating->level = level;
  rating->note = g_string_chunk_insert_const (sheet->strings, note != NULL ? note : "");
  g_ptr_array_add (sheet->ratings, rating);
  return rating;
}

void
rr_score_sheet_add_veto (RrScoreSheet *sheet,
                         const char   *id,
                         const char   *note)
{
  RrVetoEvent *event = g_new0 (RrVetoEvent, 1);

  event->id = g_strdup (id);
  event->note = g_strdup (note != NULL ? note : "");
  g_ptr_array_add (sheet->vetoes, event);
}

void
rr_score_sheet_add_honour (RrScoreSheet *sheet,
                           const char   *id,
                           const char   *title)
{
  RrHonourAward *award = g_new0 (RrHonourAward, 1);

  award->id = g_strdup (id);
  award->title = g_strdup (title != NULL ? title : "");
  g_ptr_array_add (sheet->honours, award);
}

/* ------------------------------------------------------------------------ */
/* Suggested levels and validation                                           */
/* ------------------------------------------------------------------------ */

static guint
task_index (const RrScoringTemplate *template,
            guint                    number)
{
  for (guint i = 0; i < template->tasks->len; i++)
    if (((RrTaskPoints *) g_ptr_array_index (template->tasks, i))->task->number == number)
      return i;

  return G_MAXUINT;
}

/**
 * rr_scoring_suggest_levels:
 * @checks: (nullable): the threshold checks of the evaluation's figures
 *
 * Suggests a level for each task that has quantitative requirements: 达标
 * when all are met, 未达标 when any is not met, none while a requirement is
 * not assessed.
 *
 * Returns: (transfer full): an RrLevel per task of the template, in order
 */
GArray *
rr_scoring_suggest_levels (const RrScoringTemplate *template,
                           GPtrArray               *checks)
{
  GArray *suggestions = g_array_sized_new (FALSE, FALSE, sizeof (RrLevel), template->tasks->len);
  g_autofree int *met = g_new0 (int, template->tasks->len);
  g_autofree int *not_met = g_new0 (int, template->tasks->len);
  g_autofree int *not_assessed = g_new0 (int, template->tasks->len);

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const RrCheck *check = g_ptr_array_index (checks, i);
      guint index = task_index (template, check->requirement->task->number);

      if (index == G_MAXUINT)
        continue;
      met[index] += check->status == RR_CHECK_MET;
      not_met[index] += check->status == RR_CHECK_NOT_MET;
      not_assessed[index] += check->status == RR_CHECK_NOT_ASSESSED;
    }

  for (guint i = 0; i < template->tasks->len; i++)
    {
      RrLevel level = RR_LEVEL_NONE;

      if (not_met[i] > 0)
        level = RR_LEVEL_FAILS;
      else if (met[i] > 0 && not_assessed[i] == 0)
        level = RR_LEVEL_MEETS;
      g_array_append_val (suggestions, level);
    }

  return suggestions;
}

static void
add_error (GPtrArray  *errors,
           const char *field,
           char       *message)
{
  RrFieldError *error = g_new0 (RrFieldError, 1);

  error->field = g_strdup (field);
  error->message = message;
  g_ptr_array_add (errors, error);
}

static void
validate_rating (const RrScoringTemplate *template,
                 const RrScoreSheet      *sheet,
                 GArray                  *suggestions,
                 guint                    i,
                 GPtrArray               *errors)
{
  const RrRating *rating = g_ptr_array_index (sheet->ratings, i);
  g_autofree char *field = g_strdup_printf ("ratings[%u]", i);
  const RrTaskPoints *points = rr_scoring_template_get_task (template, rating->task);
  g_autofree char *trimmed_note = g_strstrip (g_strdup (rating->note != NULL ? rating->note : ""));
  gboolean has_note = *trimmed_note != '\0';

  if (rating->rater == NULL || *rating->rater == '\0')
    add_error (errors, field, g_strdup (_("The rater’s name is missing")));
  if (points == NULL)
    {
      add_error (errors, field, g_strdup_printf (_("Task %u is not in the scoring template"), rating->task));
      return;
    }
  if (rating->level >= RR_N_LEVELS)
    {
      add_error (errors, field, g_strdup_printf (_("Task %u has no level"), rating->task));
      return;
    }
  if (rating->has_points && (rating->points < 0 || rating->points > points->points))
    {
      g_autofree char *max = rr_points_format (points->points);

      add_error (errors, field, g_strdup_printf (_("The points for task %u must be from 0 to %s"), rating->task, max));
    }
  if (rating->has_points && rating->level == RR_LEVEL_NOT_APPLICABLE)
    add_error (errors, field, g_strdup_printf (_("Task %u is marked %s and cannot have points"),
                                               rating->task, template->level_names[RR_LEVEL_NOT_APPLICABLE]));
  if (rating->level == RR_LEVEL_NOT_APPLICABLE && !has_note)
    add_error (errors, field, g_strdup_printf (_("Task %u is marked %s: write the reason in the note"),
                                               rating->task, template->level_names[RR_LEVEL_NOT_APPLICABLE]));

  if (suggestions != NULL && rating->level != RR_LEVEL_NOT_APPLICABLE && !has_note)
    {
      RrLevel suggested = g_array_index (suggestions, RrLevel, task_index (template, rating->task));

      if (suggested != RR_LEVEL_NONE && suggested != rating->level)
        add_error (errors, field,
                   g_strdup_printf (_("Task %u: the figures suggest %s; write why you chose %s in the note"),
                                    rating->task, template->level_names[suggested],
                                    template->level_names[rating->level]));
    }

  for (guint j = 0; j < i; j++)
    {
      const RrRating *other = g_ptr_array_index (sheet->ratings, j);

      if (other->task == rating->task && g_strcmp0 (other->rater, rating->rater) == 0)
        {
          add_error (errors, field, g_strdup_printf (_("%s rated task %u twice"), rating->rater, rating->task));
          break;
        }
    }
}

/**
 * rr_score_sheet_validate:
 * @suggestions: (nullable): from rr_scoring_suggest_levels(); a level other
 *   than the suggested one then needs a note
 *
 * Returns: (transfer full): the problems, as RrFieldError; empty when none
 */
GPtrArray *
rr_score_sheet_validate (const RrScoringTemplate *template,
                         const RrScoreSheet      *sheet,
                         GArray                  *suggestions)
{
  GPtrArray *errors = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_field_error_free);

  for (guint i = 0; i < sheet->ratings->len; i++)
    validate_rating (template, sheet, suggestions, i, errors);

  for (guint i = 0; i < sheet->vetoes->len; i++)
    {
      const RrVetoEvent *event = g_ptr_array_index (sheet->vetoes, i);
      g_autofree char *field = g_strdup_printf ("vetoes[%u]", i);

      if (rr_scoring_template_get_veto (template, event->id) == NULL)
        add_error (errors, field, g_strdup_printf (_("“%s” is not a veto event of the scoring template"), event->id));
      else if (event->note == NULL || *event->note == '\0')
        add_error (errors, field, g_strdup (_("A veto needs a note saying what happened")));
    }

  for (guint i = 0; i < sheet->honours->len; i++)
    {
      const RrHonourAward *award = g_ptr_array_index (sheet->honours, i);
      g_autofree char *field = g_strdup_printf ("honours[%u]", i);

      if (rr_scoring_template_get_honour (template, award->id) == NULL)
        add_error (errors, field, g_strdup_printf (_("“%s” is not an honour level of the scoring template"), award->id));
    }

  return errors;
}

/* ------------------------------------------------------------------------ */
/* Computing                                                                 */
/* ------------------------------------------------------------------------ */

/* A rating's score in ten-thousandths of a point: hundredths × percent. */
typedef struct {
  const RrRating *rating;
  gint64 score;
  int share;
  int weight;
} Scored;

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const Scored *scored_a = a;
  const Scored *scored_b = b;

  return scored_a->score < scored_b->score ? -1 : scored_a->score > scored_b->score;
}

/* Rounds numerator / denominator half up; both are non-negative. */
static gint64
round_half_up (gint64 numerator,
               gint64 denominator)
{
  return (2 * numerator + denominator) / (2 * denominator);
}

static void
combine_task (const RrScoringTemplate *template,
              RrTaskResult            *result)
{
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  gint64 score_sum = 0;
  gint64 share_sum = 0;
  gint64 weight_sum = 0;
  int best = RR_N_LEVELS;
  int worst = -1;
  guint first = 0;
  guint last;

  result->max = result->points->points;
  result->level = RR_LEVEL_NONE;
  result->rated = result->ratings->len > 0;
  if (!result->rated)
    return;

  for (guint i = 0; i < result->ratings->len; i++)
    {
      const RrRating *rating = g_ptr_array_index (result->ratings, i);
      Scored entry = { rating, 0, 0, rr_scoring_template_get_weight (template, rating->role) };

      if (rating->level == RR_LEVEL_NOT_APPLICABLE)
        continue;

      entry.share = template->level_shares[rating->level];
      entry.score = rating->has_points ? rating->points * 100 : result->points->points * entry.share;
      best = MIN (best, (int) rating->level);
      worst = MAX (worst, (int) rating->level);
      g_array_append_val (scored, entry);
    }

  if (scored->len == 0)
    {
      result->excluded = TRUE;
      result->max = 0;
      result->level = RR_LEVEL_NOT_APPLICABLE;
      return;
    }

  /* 达标 next to 未达标 is a disagreement; neighbouring levels are not. */
  result->disagreement = worst - best > 1;

  /* From trim_from raters on, the highest and the lowest score are dropped. */
  g_array_sort (scored, compare_scored);
  last = scored->len - 1;
  if (template->trim_from > 0 && scored->len >= (guint) template->trim_from)
    {
      first++;
      last--;
    }

  for (guint i = first; i <= last; i++)
    {
      const Scored *entry = &g_array_index (scored, Scored, i);

      score_sum += entry->score * entry->weight;
      share_sum += (gint64) entry->share * entry->weight;
      weight_sum += entry->weight;
    }

  result->score = round_half_up (score_sum, weight_sum * 100);

  if (share_sum >= (gint64) template->level_shares[RR_LEVEL_MEETS] * weight_sum)
    result->level = RR_LEVEL_MEETS;
  else if (share_sum >= (gint64) template->level_shares[RR_LEVEL_BASICALLY_MEETS] * weight_sum)
    result->level = RR_LEVEL_BASICALLY_MEETS;
  else
    result->level = RR_LEVEL_FAILS;
}

static RrRaterResult *
find_rater (GPtrArray      *raters,
            const RrRating *rating)
{
  RrRaterResult *rater;

  for (guint i = 0; i < raters->len; i++)
    {
      rater = g_ptr_array_index (raters, i);
      if (g_str_equal (rater->rater, rating->rater))
        return rater;
    }

  rater = g_new0 (RrRaterResult, 1);
  rater->rater = g_strdup (rating->rater);
  rater->role = g_strdup (rating->role);
  g_ptr_array_add (raters, rater);
  return rater;
}

static void
rater_result_free (gpointer data)
{
  RrRaterResult *rater = data;

  g_free (rater->rater);
  g_free (rater->role);
  g_free (rater);
}

static void
task_result_free (gpointer data)
{
  RrTaskResult *task = data;

  g_ptr_array_unref (task->ratings);
  g_free (task);
}

static void
add_reason (RrScoreResult *result,
            char          *reason)
{
  g_ptr_array_add (result->reasons, reason);
}

static void
lower_verdict (RrScoreResult *result,
               RrVerdict      verdict)
{
  if (verdict > result->verdict)
    result->verdict = verdict;
}

static void
decide_verdict (RrScoreResult      *result,
                const RrScoreSheet *sheet)
{
  RrScoringTemplate *template = result->template;

  result->verdict = RR_VERDICT_MEETS;

  for (guint i = 0; i < result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);
      guint number = task->points->task->number;

      if (task->points->task->attribute != RR_ATTRIBUTE_BINDING || !task->rated || task->excluded)
        continue;

      if (task->level == RR_LEVEL_FAILS && template->fails_gates_verdict)
        {
          lower_verdict (result, RR_VERDICT_FAILS);
          add_reason (result, g_strdup_printf (_("Binding task %u is %s"), number,
                                               template->level_names[RR_LEVEL_FAILS]));
        }
      else if (task->level == RR_LEVEL_BASICALLY_MEETS && template->basically_caps_verdict)
        {
          lower_verdict (result, RR_VERDICT_BASICALLY_MEETS);
          add_reason (result, g_strdup_printf (_("Binding task %u is %s"), number,
                                               template->level_names[RR_LEVEL_BASICALLY_MEETS]));
        }
    }

  for (guint i = 0; i < result->groups->len; i++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, i);

      if (group->below_minimum)
        {
          lower_verdict (result, RR_VERDICT_FAILS);
          add_reason (result, g_strdup_printf (_("%s scores below its minimum of %d%%"),
                                               group->group->name, group->minimum_percent));
        }
    }

  for (guint i = 0; i < sheet->vetoes->len; i++)
    {
      const RrVetoEvent *event = g_ptr_array_index (sheet->vetoes, i);
      const RrVeto *veto = rr_scoring_template_get_veto (template, event->id);

      result->verdict = RR_VERDICT_VETOED;
      add_reason (result, g_strdup_printf (_("Veto: %s (%s)"), veto != NULL ? veto->name : event->id, event->note));
    }
}

/* Picks the band of the final score (converted + bonus), compared exactly:
 * score / max × 100 + bonus ≥ min ⇔ score × 10000 + bonus × max ≥ min × 100 × max. */
static const RrGrade *
decide_grade (const RrScoreResult *result)
{
  GPtrArray *grades = result->template->grades;

  if (result->verdict == RR_VERDICT_VETOED || result->max == 0)
    return g_ptr_array_index (grades, grades->len - 1);

  for (guint i = 0; i < grades->len; i++)
    {
      const RrGrade *grade = g_ptr_array_index (grades, i);

      if (result->score * 10000 + result->bonus * result->max >= (gint64) grade->min_percent * 100 * result->max)
        return grade;
    }

  return g_ptr_array_index (grades, grades->len - 1);
}

static void
sum_groups (RrScoreResult *result)
{
  RrCatalog *catalog = result->template->catalog;

  for (guint g = 0; g < catalog->groups->len; g++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, g);
      RrGroupResult *group_result = g_new0 (RrGroupResult, 1);
      gpointer minimum;

      group_result->group = group;
      group_result->minimum_percent = -1;
      for (guint i = 0; i < result->tasks->len; i++)
        {
          const RrTaskResult *task = g_ptr_array_index (result->tasks, i);

          if (task->points->task->group != group)
            continue;
          group_result->score += task->score;
          group_result->max += task->max;
        }

      if (g_hash_table_lookup_extended (result->template->group_minimums, group->id, NULL, &minimum))
        {
          group_result->minimum_percent = GPOINTER_TO_INT (minimum);
          group_result->below_minimum = group_result->max > 0 &&
            group_result->score * 100 < (gint64) group_result->minimum_percent * group_result->max;
        }

      result->score += group_result->score;
      result->max += group_result->max;
      g_ptr_array_add (result->groups, group_result);
    }
}

/**
 * rr_score_compute:
 * @sheet: ratings that rr_score_sheet_validate() accepts
 * @suggestions: (nullable): levels suggested by the figures
 *
 * Scores every task, group and the total; decides the verdict and grade.
 */
RrScoreResult *
rr_score_compute (RrScoringTemplate  *template,
                  const RrScoreSheet *sheet,
                  GArray             *suggestions)
{
  RrScoreResult *result = g_new0 (RrScoreResult, 1);
  gint64 bonus = 0;

  result->template = rr_scoring_template_ref (template);
  result->tasks = g_ptr_array_new_with_free_func (task_result_free);
  result->groups = g_ptr_array_new_with_free_func (g_free);
  result->raters = g_ptr_array_new_with_free_func (rater_result_free);
  result->reasons = g_ptr_array_new_with_free_func (g_free);
  result->unrated = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < template->tasks->len; i++)
    {
      RrTaskResult *task = g_new0 (RrTaskResult, 1);

      task->points = g_ptr_array_index (template->tasks, i);
      task->ratings = g_ptr_array_new ();
      task->suggested = suggestions != NULL ? g_array_index (suggestions, RrLevel, i) : RR_LEVEL_NONE;
      for (guint j = 0; j < sheet->ratings->len; j++)
        {
          RrRating *rating = g_ptr_array_index (sheet->ratings, j);

          if (rating->task == task->points->task->number)
            g_ptr_array_add (task->ratings, rating);
        }

      combine_task (template, task);
      if (!task->rated)
        g_array_append_val (result->unrated, task->points->task->number);
      g_ptr_array_add (result->tasks, task);
    }

  /* Each rater's own total, over the tasks that rater scored. */
  for (guint j = 0; j < sheet->ratings->len; j++)
    {
      const RrRating *rating = g_ptr_array_index (sheet->ratings, j);
      const RrTaskPoints *points = rr_scoring_template_get_task (template, rating->task);
      RrRaterResult *rater = find_rater (result->raters, rating);

      if (points == NULL || rating->level == RR_LEVEL_NOT_APPLICABLE)
        continue;
      rater->max += points->points;
      rater->score += rating->has_points
        ? rating->points
        : round_half_up (points->points * template->level_shares[rating->level], 100);
    }

  sum_groups (result);

  for (guint i = 0; i < sheet->honours->len; i++)
    {
      const RrHonour *honour = rr_scoring_template_get_honour (template,
                                                               ((RrHonourAward *) g_ptr_array_index (sheet->honours, i))->id);
      if (honour != NULL)
        bonus += honour->points;
    }
  result->bonus = MIN (bonus, template->bonus_cap);
  result->converted = result->max > 0 ? round_half_up (result->score * 10000, result->max) : 0;
  result->final = result->converted + result->bonus;

  decide_verdict (result, sheet);
  result->grade = decide_grade (result);
  return result;
}

void
rr_score_result_free (RrScoreResult *result)
{
  if (result == NULL)
    return;

  g_ptr_array_unref (result->tasks);
  g_ptr_array_unref (result->groups);
  g_ptr_array_unref (result->raters);
  g_ptr_array_unref (result->reasons);
  g_array_unref (result->unrated);
  rr_scoring_template_unref (result->template);
  g_free (result);
}

const RrTaskResult *
rr_score_result_get_task (const RrScoreResult *result,
                          guint                number)
{
  for (guint i = 0; i < result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);

      if (task->points->task->number == number)
        return task;
    }

  return NULL;
}

const char *
rr_verdict_get_name (const RrScoringTemplate *template,
                     RrVerdict                verdict)
{
  switch (verdict)
    {
    case RR_VERDICT_MEETS:
      return template->level_names[RR_LEVEL_MEETS];
    case RR_VERDICT_BASICALLY_MEETS:
      return template->level_names[RR_LEVEL_BASICALLY_MEETS];
    case RR_VERDICT_FAILS:
      return template->level_names[RR_LEVEL_FAILS];
    case RR_VERDICT_VETOED:
    default:
      /* Translators: the verdict when a veto event (一票否决) happened */
      return _("Vetoed");
    }
}

const char *
rr_verdict_get_id (RrVerdict verdict)
{
  static const char *ids[] = { "meets", "basically_meets", "fails", "vetoed" };

  return ids[verdict];
}

const char *
rr_level_get_name (const RrScoringTemplate *template,
                   RrLevel                  level)
{
  if (level >= RR_N_LEVELS)
    /* Translators: a task no rater has scored yet */
    return _("Not rated");

  return template->level_names[level];
}

/* Formats hundredths of a point as "4.25". */
char *
rr_points_format (gint64 hundredths)
{
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d", hundredths < 0 ? "-" : "",
                          ABS (hundredths) / 100, (int) (ABS (hundredths) % 100));
}

/* ------------------------------------------------------------------------ */
/* Rectification list                                                        */
/* ------------------------------------------------------------------------ */

void
rr_rectification_free (RrRectification *item)
{
  if (item == NULL)
    return;

  g_free (item->requirement);
  g_free (item->problem);
  g_free (item->notes);
  g_free (item);
}

static char *
join_notes (const RrTaskResult *task)
{
  GString *notes = g_string_new (NULL);

  for (guint i = 0; task != NULL && i < task->ratings->len; i++)
    {
      const RrRating *rating = g_ptr_array_index (task->ratings, i);

      if (rating->note == NULL || *rating->note == '\0')
        continue;
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append_printf (notes, "%s：%s", rating->rater, rating->note);
    }

  return g_string_free (notes, FALSE);
}

static gboolean
same_item (const RrRectification *a,
           const RrRectification *b)
{
  return a->task == b->task && g_strcmp0 (a->requirement, b->requirement) == 0;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const RrRectification *item_a = *(RrRectification * const *) a;
  const RrRectification *item_b = *(RrRectification * const *) b;

  if (item_a->status == RR_RECTIFICATION_RESOLVED || item_b->status == RR_RECTIFICATION_RESOLVED)
    return (item_a->status == RR_RECTIFICATION_RESOLVED) - (item_b->status == RR_RECTIFICATION_RESOLVED);
  if (item_a->binding != item_b->binding)
    return item_a->binding ? -1 : 1;
  if (item_a->task != item_b->task)
    return item_a->task < item_b->task ? -1 : 1;
  return g_strcmp0 (item_a->requirement, item_b->requirement);
}

/**
 * rr_rectification_build:
 * @checks: (nullable): the threshold checks of the evaluation's figures
 * @previous: (nullable): the list of the community's previous evaluation
 *
 * Lists every binding task not 达标 and every unmet requirement, binding
 * first, each marked new or persisting against @previous; items of
 * @previous that no longer apply follow, marked resolved.
 *
 * Returns: (transfer full): an array of RrRectification
 */
GPtrArray *
rr_rectification_build (const RrScoreResult *result,
                        GPtrArray           *checks,
                        GPtrArray           *previous)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_rectification_free);

  for (guint i = 0; i < result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);
      RrRectification *item;

      if (task->points->task->attribute != RR_ATTRIBUTE_BINDING || !task->rated ||
          task->excluded || task->level == RR_LEVEL_MEETS)
        continue;

      item = g_new0 (RrRectification, 1);
      item->task = task->points->task->number;
      item->binding = TRUE;
      item->problem = g_strdup (rr_level_get_name (result->template, task->level));
      item->notes = join_notes (task);
      g_ptr_array_add (items, item);
    }

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      const RrCheck *check = g_ptr_array_index (checks, i);
      RrRectification *item;

      if (check->status != RR_CHECK_NOT_MET)
        continue;

      item = g_new0 (RrRectification, 1);
      item->task = check->requirement->task->number;
      item->binding = check->requirement->task->attribute == RR_ATTRIBUTE_BINDING;
      item->requirement = g_strdup (check->requirement->id);
      item->problem = g_strdup (check->message);
      item->notes = join_notes (rr_score_result_get_task (result, item->task));
      g_ptr_array_add (items, item);
    }

  for (guint i = 0; i < items->len; i++)
    {
      RrRectification *item = g_ptr_array_index (items, i);

      item->status = RR_RECTIFICATION_NEW;
      for (guint j = 0; previous != NULL && j < previous->len; j++)
        if (same_item (item, g_ptr_array_index (previous, j)))
          item->status = RR_RECTIFICATION_PERSISTING;
    }

  for (guint j = 0; previous != NULL && j < previous->len; j++)
    {
      const RrRectification *old = g_ptr_array_index (previous, j);
      gboolean still = FALSE;
      RrRectification *item;

      for (guint i = 0; i < items->len && !still; i++)
        still = same_item (old, g_ptr_array_index (items, i));
      if (still || old->status == RR_RECTIFICATION_RESOLVED)
        continue;

      item = g_new0 (RrRectification, 1);
      item->task = old->task;
      item->binding = old->binding;
      item->requirement = g_strdup (old->requirement);
      item->problem = g_strdup (old->problem);
      item->notes = g_strdup ("");
      item->status = RR_RECTIFICATION_RESOLVED;
      g_ptr_array_add (items, item);
    }

  g_ptr_array_sort (items, compare_items);
  return items;
}
