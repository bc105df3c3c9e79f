/* rr-score-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-export"

#include "config.h"

#include "rr-score-export.h"
#include "rr-json-write.h"

static const char *rectification_statuses[] = { "new", "persisting", "resolved" };

static void
append_task (GString                 *json,
             const RrScoringTemplate *template,
             const RrTaskResult      *task)
{
  g_string_append_printf (json, "    {\"task\": %u", task->points->task->number);
  rr_json_append_member (json, "attribute", rr_attribute_get_id (task->points->task->attribute));
  rr_json_append_member (json, "level", rr_level_get_name (template, task->level));
  rr_json_append_member (json, "suggested", task->suggested < RR_N_LEVELS
                                           ? rr_level_get_name (template, task->suggested) : "");
  rr_json_append_hundredths (json, "score", task->score);
  rr_json_append_hundredths (json, "max", task->max);
  g_string_append_printf (json, ", \"rated\": %s, \"excluded\": %s, \"disagreement\": %s",
                          task->rated ? "true" : "false", task->excluded ? "true" : "false",
                          task->disagreement ? "true" : "false");

  g_string_append (json, ", \"ratings\": [");
  for (guint i = 0; i < task->ratings->len; i++)
    {
      const RrRating *rating = g_ptr_array_index (task->ratings, i);

      g_string_append (json, i > 0 ? ", {" : "{");
      rr_json_append_string (json, "rater");
      g_string_append (json, ": ");
      rr_json_append_string (json, rating->rater);
      rr_json_append_member (json, "role", rating->role);
      rr_json_append_member (json, "level", rr_level_get_name (template, rating->level));
      if (rating->has_points)
        rr_json_append_hundredths (json, "points", rating->points);
      rr_json_append_member (json, "note", rating->note);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "]}");
}

/**
 * rr_score_export_json:
 * @rectification: (nullable): the rectification list
 *
 * Writes the scores of every task, group and rater, the total, converted and
 * final scores, the verdict with its reasons, the grade and the
 * rectification list. Points have exactly two decimals.
 */
/* The self-evaluation's scores beside the evaluators', with the difference
 * (evaluators minus self) per group and per task. */
static void
append_comparison (GString             *json,
                   const RrScoreResult *result,
                   const RrScoreResult *self_result)
{
  g_autofree char *self_converted = NULL;

  g_string_append (json, ",\n  \"self_comparison\": ");
  if (self_result == NULL)
    {
      g_string_append (json, "null");
      return;
    }

  self_converted = rr_points_format (self_result->converted);
  g_string_append_printf (json, "{\"self_converted\": %s", self_converted);
  rr_json_append_hundredths (json, "converted", result->converted);
  rr_json_append_hundredths (json, "difference", result->converted - self_result->converted);

  g_string_append (json, ", \"groups\": [");
  for (guint i = 0; i < result->groups->len && i < self_result->groups->len; i++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, i);
      const RrGroupResult *self_group = g_ptr_array_index (self_result->groups, i);

      g_string_append (json, i > 0 ? ", {" : "{");
      rr_json_append_string (json, "group");
      g_string_append (json, ": ");
      rr_json_append_string (json, group->group->id);
      rr_json_append_hundredths (json, "self", self_group->score);
      rr_json_append_hundredths (json, "evaluators", group->score);
      rr_json_append_hundredths (json, "difference", group->score - self_group->score);
      g_string_append_c (json, '}');
    }

  g_string_append (json, "], \"tasks\": [");
  for (guint i = 0, n = 0; i < result->tasks->len && i < self_result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);
      const RrTaskResult *self_task = g_ptr_array_index (self_result->tasks, i);

      if (task->score == self_task->score && task->level == self_task->level)
        continue;
      g_string_append_printf (json, "%s{\"task\": %u", n++ > 0 ? ", " : "", task->points->task->number);
      rr_json_append_member (json, "self_level", rr_level_get_name (result->template, self_task->level));
      rr_json_append_member (json, "level", rr_level_get_name (result->template, task->level));
      rr_json_append_hundredths (json, "self", self_task->score);
      rr_json_append_hundredths (json, "evaluators", task->score);
      rr_json_append_hundredths (json, "difference", task->score - self_task->score);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "]}");
}

char *
rr_score_export_json (const RrScoreResult *result,
                      GPtrArray           *rectification,
                      const RrScoreResult *self_result)
{
  const RrScoringTemplate *template = result->template;
  GString *json = g_string_new ("{");

  g_string_append (json, "\"template\": ");
  rr_json_append_string (json, template->id);
  rr_json_append_member (json, "template_version", template->version);
  rr_json_append_hundredths (json, "score", result->score);
  rr_json_append_hundredths (json, "max", result->max);
  rr_json_append_hundredths (json, "converted", result->converted);
  rr_json_append_hundredths (json, "bonus", result->bonus);
  rr_json_append_hundredths (json, "final", result->final);
  rr_json_append_member (json, "verdict", rr_verdict_get_id (result->verdict));
  rr_json_append_member (json, "verdict_name", rr_verdict_get_name (template, result->verdict));
  rr_json_append_member (json, "grade", result->grade->name);

  g_string_append (json, ",\n  \"reasons\": [");
  for (guint i = 0; i < result->reasons->len; i++)
    {
      if (i > 0)
        g_string_append (json, ", ");
      rr_json_append_string (json, g_ptr_array_index (result->reasons, i));
    }

  g_string_append (json, "],\n  \"unrated\": [");
  for (guint i = 0; i < result->unrated->len; i++)
    g_string_append_printf (json, "%s%u", i > 0 ? ", " : "", g_array_index (result->unrated, guint, i));

  g_string_append (json, "],\n  \"groups\": [");
  for (guint i = 0; i < result->groups->len; i++)
    {
      const RrGroupResult *group = g_ptr_array_index (result->groups, i);

      g_string_append (json, i > 0 ? ",\n    {" : "\n    {");
      rr_json_append_string (json, "group");
      g_string_append (json, ": ");
      rr_json_append_string (json, group->group->id);
      rr_json_append_member (json, "name", group->group->name);
      rr_json_append_hundredths (json, "score", group->score);
      rr_json_append_hundredths (json, "max", group->max);
      g_string_append_printf (json, ", \"below_minimum\": %s}", group->below_minimum ? "true" : "false");
    }

  g_string_append (json, "\n  ],\n  \"raters\": [");
  for (guint i = 0; i < result->raters->len; i++)
    {
      const RrRaterResult *rater = g_ptr_array_index (result->raters, i);

      g_string_append (json, i > 0 ? ",\n    {" : "\n    {");
      rr_json_append_string (json, "rater");
      g_string_append (json, ": ");
      rr_json_append_string (json, rater->rater);
      rr_json_append_member (json, "role", rater->role);
      rr_json_append_hundredths (json, "score", rater->score);
      rr_json_append_hundredths (json, "max", rater->max);
      g_string_append_c (json, '}');
    }

  g_string_append (json, "\n  ],\n  \"tasks\": [\n");
  for (guint i = 0; i < result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (result->tasks, i);

      append_task (json, template, task);
      g_string_append (json, i + 1 < result->tasks->len ? ",\n" : "\n");
    }

  g_string_append (json, "  ],\n  \"rectification\": [");
  for (guint i = 0; rectification != NULL && i < rectification->len; i++)
    {
      const RrRectification *item = g_ptr_array_index (rectification, i);

      g_string_append_printf (json, "%s{\"task\": %u, \"binding\": %s", i > 0 ? ",\n    " : "\n    ",
                              item->task, item->binding ? "true" : "false");
      rr_json_append_member (json, "requirement", item->requirement != NULL ? item->requirement : "");
      rr_json_append_member (json, "problem", item->problem != NULL ? item->problem : "");
      rr_json_append_member (json, "notes", item->notes != NULL ? item->notes : "");
      rr_json_append_member (json, "status", rectification_statuses[item->status]);
      g_string_append_c (json, '}');
    }
  g_string_append (json, "\n  ]");
  append_comparison (json, result, self_result);
  g_string_append (json, "\n}\n");

  return g_string_free (json, FALSE);
}
