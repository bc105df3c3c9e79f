/* test-scoring.c: scoring templates and scores, against hand-computed values
 *
 * The default template gives 约束性 tasks 5 points and 预期性 tasks 3, so
 * the maximum is 12 × 5 + 12 × 3 = 96 points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-error.h"
#include "domain/rr-scoring.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define TEMPLATE_FILE SOURCE_ROOT "/data/scoring/district-default-2026-1.json"

static RrCatalog *catalog;
static RrScoringTemplate *template;

/* Rates every task with @level by one rater. */
static RrScoreSheet *
sheet_all (RrLevel level)
{
  RrScoreSheet *sheet = rr_score_sheet_new ();

  for (guint number = 1; number <= 24; number++)
    rr_score_sheet_add_rating (sheet, "张三", "专家", number, level, NULL);
  return sheet;
}

static RrRating *
find_rating (RrScoreSheet *sheet,
             guint         task)
{
  for (guint i = 0; i < sheet->ratings->len; i++)
    if (((RrRating *) g_ptr_array_index (sheet->ratings, i))->task == task)
      return g_ptr_array_index (sheet->ratings, i);
  return NULL;
}

/* A variant of the default template: @edit changes its parsed JSON. */
static RrScoringTemplate *
edited_template (void      (*edit) (JsonObject *root),
                 GError    **error)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) bytes = NULL;
  char *data;

  g_assert_true (g_file_get_contents (TEMPLATE_FILE, &text, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
  edit (json_node_get_object (json_parser_get_root (parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  data = json_generator_to_data (generator, NULL);
  bytes = g_bytes_new_take (data, strlen (data));
  return rr_scoring_template_load_bytes (bytes, "edited.json", catalog, error);
}

static void
test_template_default (void)
{
  g_assert_cmpstr (template->id, ==, "district-default");
  g_assert_cmpint (rr_scoring_template_get_max (template), ==, 9600);
  g_assert_cmpint (template->level_shares[RR_LEVEL_MEETS], ==, 100);
  g_assert_cmpint (template->level_shares[RR_LEVEL_BASICALLY_MEETS], ==, 60);
  g_assert_cmpint (template->level_shares[RR_LEVEL_FAILS], ==, 0);
  g_assert_cmpuint (template->grades->len, ==, 4);
  g_assert_cmpuint (template->vetoes->len, ==, 3);
  g_assert_cmpint (template->bonus_cap, ==, 500);
  g_assert_cmpint (template->trim_from, ==, 5);
  g_assert_cmpstr (template->note, !=, "");
}

static void
test_all_meets (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpint (result->score, ==, 9600);
  g_assert_cmpint (result->max, ==, 9600);
  g_assert_cmpint (result->converted, ==, 10000);
  g_assert_cmpint (result->verdict, ==, RR_VERDICT_MEETS);
  g_assert_cmpstr (result->grade->name, ==, "优秀");
  g_assert_cmpuint (result->unrated->len, ==, 0);
  for (guint i = 0; i < result->groups->len; i++)
    g_assert_cmpint (((RrGroupResult *) g_ptr_array_index (result->groups, i))->score, ==, 2400);
}

/* 60 % of 96 is 57.60, which converts to exactly 60.00: 合格 by its edge. */
static void
test_all_basically (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_BASICALLY_MEETS);
  g_autoptr(RrScoreResult) result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpint (result->score, ==, 5760);
  g_assert_cmpint (result->converted, ==, 6000);
  g_assert_cmpstr (result->grade->name, ==, "合格");
  g_assert_cmpint (result->verdict, ==, RR_VERDICT_BASICALLY_MEETS);
  g_assert_cmpuint (result->reasons->len, ==, 12);
}

static void
test_all_fails (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_FAILS);
  g_autoptr(RrScoreResult) result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpint (result->score, ==, 0);
  g_assert_cmpint (result->verdict, ==, RR_VERDICT_FAILS);
  g_assert_cmpstr (result->grade->name, ==, "不合格");
}

/* One binding task 未达标 gates the verdict whatever the points:
 * 91 of 96 converts to 94.79, 优秀, yet the verdict is 未达标. */
static void
test_binding_gate (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = NULL;

  find_rating (sheet, 1)->level = RR_LEVEL_FAILS;
  result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpint (result->score, ==, 9100);
  g_assert_cmpint (result->converted, ==, 9479);
  g_assert_cmpstr (result->grade->name, ==, "优秀");
  g_assert_cmpint (result->verdict, ==, RR_VERDICT_FAILS);
  g_assert_cmpuint (result->reasons->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (result->reasons, 0), "1"));
}

/* An expected task 未达标 lowers the points but not the verdict. */
static void
test_expected_fail_no_gate (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = NULL;

  find_rating (sheet, 2)->level = RR_LEVEL_FAILS;
  result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpint (result->score, ==, 9300);
  g_assert_cmpint (result->verdict, ==, RR_VERDICT_MEETS);
}

/* 不适用 leaves both the score and the maximum: 93 of 93 is 100.00. */
static void
test_not_applicable_rescales (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = NULL;
  RrRating *rating = find_rating (sheet, 2);

  rating->level = RR_LEVEL_NOT_APPLICABLE;
  rating->note = g_string_chunk_insert (sheet->strings, "本社区无驻区单位");
  result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpint (result->max, ==, 9300);
  g_assert_cmpint (result->score, ==, 9300);
  g_assert_cmpint (result->converted, ==, 10000);
  g_assert_true (rr_score_result_get_task (result, 2)->excluded);
  g_assert_cmpint (((RrGroupResult *) g_ptr_array_index (result->groups, 0))->max, ==, 2100);
}

static void
test_veto (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = NULL;

  rr_score_sheet_add_veto (sheet, "major_safety_accident", "2026-05 小区火灾，造成人员伤亡");
  result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpint (result->score, ==, 9600);
  g_assert_cmpint (result->verdict, ==, RR_VERDICT_VETOED);
  g_assert_cmpstr (result->grade->name, ==, "不合格");
  g_assert_nonnull (strstr (g_ptr_array_index (result->reasons, 0), "火灾"));
}

/* Every task at 85 % by explicit points: 4.25 and 2.55, total 81.60, which
 * converts to exactly 85.00. The bonus cap of 5 lifts it to 90.00, the edge
 * of 优秀; 0.01 point less stays 良好. */
static void
test_bonus_cap_and_band_edge (void)
{
  struct {
    gint64 task_two_points;
    gboolean honours;
    gint64 final;
    const char *grade;
  } cases[] = {
    { 255, FALSE, 8500, "良好" },
    { 255, TRUE, 9000, "优秀" },
    { 254, TRUE, 8999, "良好" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
      g_autoptr(RrScoreResult) result = NULL;

      for (guint i = 0; i < sheet->ratings->len; i++)
        {
          RrRating *rating = g_ptr_array_index (sheet->ratings, i);

          rating->has_points = TRUE;
          rating->points = rating->task % 2 == 1 ? 425 : 255;
        }
      find_rating (sheet, 2)->points = cases[c].task_two_points;
      if (cases[c].honours)
        {
          rr_score_sheet_add_honour (sheet, "national", "全国示范社区");
          rr_score_sheet_add_honour (sheet, "provincial", "省级和谐社区");
          rr_score_sheet_add_honour (sheet, "municipal", "市级文明社区");
        }

      result = rr_score_compute (template, sheet, NULL);
      g_assert_cmpint (result->bonus, ==, cases[c].honours ? 500 : 0);
      g_assert_cmpint (result->final, ==, cases[c].final);
      g_assert_cmpstr (result->grade->name, ==, cases[c].grade);
    }
}

/* Task 1 (5 points) by several raters; the template drops the highest and
 * the lowest score from five raters on. */
static void
test_raters_combined (void)
{
  struct {
    const char *name;
    RrLevel levels[7];
    guint n;
    gint64 score;
    RrLevel level;
    gboolean disagreement;
  } cases[] = {
    { "one", { RR_LEVEL_BASICALLY_MEETS }, 1, 300, RR_LEVEL_BASICALLY_MEETS, FALSE },
    { "two-mean", { RR_LEVEL_MEETS, RR_LEVEL_BASICALLY_MEETS }, 2, 400, RR_LEVEL_BASICALLY_MEETS, FALSE },
    { "two-apart", { RR_LEVEL_MEETS, RR_LEVEL_FAILS }, 2, 250, RR_LEVEL_FAILS, TRUE },
    /* 5 raters: drop 5.00 and 0.00, mean of 5.00, 3.00, 3.00 is 3.666… → 3.67 */
    { "five-trimmed", { RR_LEVEL_MEETS, RR_LEVEL_MEETS, RR_LEVEL_BASICALLY_MEETS, RR_LEVEL_BASICALLY_MEETS, RR_LEVEL_FAILS },
      5, 367, RR_LEVEL_BASICALLY_MEETS, TRUE },
    /* 7 raters: drop one 5.00 and one 0.00, mean of 0, 3, 3, 5, 5 is 3.20 */
    { "seven-trimmed", { RR_LEVEL_MEETS, RR_LEVEL_MEETS, RR_LEVEL_MEETS, RR_LEVEL_BASICALLY_MEETS,
                         RR_LEVEL_BASICALLY_MEETS, RR_LEVEL_FAILS, RR_LEVEL_FAILS },
      7, 320, RR_LEVEL_BASICALLY_MEETS, TRUE },
    { "five-all-meet", { RR_LEVEL_MEETS, RR_LEVEL_MEETS, RR_LEVEL_MEETS, RR_LEVEL_MEETS, RR_LEVEL_MEETS },
      5, 500, RR_LEVEL_MEETS, FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(RrScoreSheet) sheet = rr_score_sheet_new ();
      g_autoptr(RrScoreResult) result = NULL;
      const RrTaskResult *task;

      for (guint i = 0; i < cases[c].n; i++)
        {
          g_autofree char *rater = g_strdup_printf ("评分人%u", i + 1);
          rr_score_sheet_add_rating (sheet, rater, "专家", 1, cases[c].levels[i], NULL);
        }

      result = rr_score_compute (template, sheet, NULL);
      task = rr_score_result_get_task (result, 1);
      g_test_message ("%s: %" G_GINT64_FORMAT, cases[c].name, task->score);
      g_assert_cmpint (task->score, ==, cases[c].score);
      g_assert_cmpint (task->level, ==, cases[c].level);
      g_assert_cmpint (task->disagreement, ==, cases[c].disagreement);
      g_assert_cmpuint (result->raters->len, ==, cases[c].n);
      g_assert_cmpuint (result->unrated->len, ==, 23);
    }
}

static void
edit_expert_weight (JsonObject *root)
{
  JsonObject *weights = json_object_get_object_member (json_object_get_object_member (root, "raters"), "role_weights");

  json_object_set_int_member (weights, "专家", 2);
}

/* An expert weighs 2: (2 × 5.00 + 1 × 0.00) / 3 = 3.33. */
static void
test_role_weights (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrScoringTemplate) weighted = edited_template (edit_expert_weight, &error);
  g_autoptr(RrScoreSheet) sheet = rr_score_sheet_new ();
  g_autoptr(RrScoreResult) result = NULL;

  g_assert_no_error (error);
  rr_score_sheet_add_rating (sheet, "王专家", "专家", 1, RR_LEVEL_MEETS, NULL);
  rr_score_sheet_add_rating (sheet, "李代表", "居民代表", 1, RR_LEVEL_FAILS, NULL);
  result = rr_score_compute (weighted, sheet, NULL);

  g_assert_cmpint (rr_score_result_get_task (result, 1)->score, ==, 333);
  g_assert_cmpint (rr_score_result_get_task (result, 1)->level, ==, RR_LEVEL_BASICALLY_MEETS);
}

static void
edit_group_minimum (JsonObject *root)
{
  JsonObject *minimums = json_object_get_object_member (root, "group_minimum_percent");

  json_object_set_int_member (minimums, "participation", 80);
}

static void
test_group_minimum (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrScoringTemplate) strict = edited_template (edit_group_minimum, &error);
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = NULL;

  g_assert_no_error (error);
  /* Participation: tasks 2, 4, 6 (expected) 未达标 leave 15 of 24, 62.5 %. */
  find_rating (sheet, 2)->level = RR_LEVEL_FAILS;
  find_rating (sheet, 4)->level = RR_LEVEL_FAILS;
  find_rating (sheet, 6)->level = RR_LEVEL_FAILS;
  result = rr_score_compute (strict, sheet, NULL);

  g_assert_true (((RrGroupResult *) g_ptr_array_index (result->groups, 0))->below_minimum);
  g_assert_false (((RrGroupResult *) g_ptr_array_index (result->groups, 1))->below_minimum);
  g_assert_cmpint (result->verdict, ==, RR_VERDICT_FAILS);
}

static void
test_rater_totals (void)
{
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = NULL;

  for (guint number = 1; number <= 24; number++)
    rr_score_sheet_add_rating (sheet, "李四", "居民代表", number, RR_LEVEL_BASICALLY_MEETS, NULL);
  result = rr_score_compute (template, sheet, NULL);

  g_assert_cmpuint (result->raters->len, ==, 2);
  g_assert_cmpint (((RrRaterResult *) g_ptr_array_index (result->raters, 0))->score, ==, 9600);
  g_assert_cmpint (((RrRaterResult *) g_ptr_array_index (result->raters, 1))->score, ==, 5760);
  /* Combined: (5 + 3) / 2 = 4.00 and (3 + 1.8) / 2 = 2.40 per task. */
  g_assert_cmpint (result->score, ==, 12 * 400 + 12 * 240);
}

/* Sheets that cannot be scored: each error names the rating. */
static void
test_sheet_invalid (void)
{
  g_autoptr(RrScoreSheet) sheet = rr_score_sheet_new ();
  g_autoptr(GPtrArray) errors = NULL;
  RrRating *rating;
  const char *expected[][2] = {
    { "ratings[0]", "不适用" },
    { "ratings[1]", "99" },
    { "ratings[2]", "name" },
    { "ratings[3]", "5.00" },
    { "ratings[5]", "twice" },
    { "vetoes[0]", "note" },
    { "vetoes[1]", "flood" },
    { "honours[0]", "world" },
  };

  rr_score_sheet_add_rating (sheet, "张三", "专家", 1, RR_LEVEL_NOT_APPLICABLE, "  ");
  rr_score_sheet_add_rating (sheet, "张三", "专家", 99, RR_LEVEL_MEETS, NULL);
  rr_score_sheet_add_rating (sheet, "", "专家", 3, RR_LEVEL_MEETS, NULL);
  rating = rr_score_sheet_add_rating (sheet, "张三", "专家", 5, RR_LEVEL_MEETS, NULL);
  rating->has_points = TRUE;
  rating->points = 501;
  rr_score_sheet_add_rating (sheet, "张三", "专家", 7, RR_LEVEL_MEETS, NULL);
  rr_score_sheet_add_rating (sheet, "张三", "专家", 7, RR_LEVEL_FAILS, NULL);
  rr_score_sheet_add_veto (sheet, "falsified_material", "");
  rr_score_sheet_add_veto (sheet, "flood", "水灾");
  rr_score_sheet_add_honour (sheet, "world", "世界级");

  errors = rr_score_sheet_validate (template, sheet, NULL);
  for (guint i = 0; i < errors->len; i++)
    g_test_message ("%s: %s", ((RrFieldError *) errors->pdata[i])->field, ((RrFieldError *) errors->pdata[i])->message);

  g_assert_cmpuint (errors->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const RrFieldError *error = g_ptr_array_index (errors, i);

      g_assert_cmpstr (error->field, ==, expected[i][0]);
      g_assert_nonnull (strstr (error->message, expected[i][1]));
    }
}

static GPtrArray *
checks_for (const char *json)
{
  g_autoptr(RrFigures) figures = rr_figures_parse_json (json, -1, "figures", NULL, NULL);

  g_assert_nonnull (figures);
  return rr_thresholds_evaluate (catalog, figures);
}

/* Task 13's figures are not met, so 达标 needs a reason; task 11's are met. */
static void
test_suggested_levels (void)
{
  g_autoptr(GPtrArray) checks = checks_for ("{\"households\": 1000, \"service_facility_area_m2\": 250, "
                                            "\"resident_service_area_m2\": 200, "
                                            "\"resident_population\": 3000, \"volunteers\": 600}");
  g_autoptr(GArray) suggestions = rr_scoring_suggest_levels (template, checks);
  g_autoptr(RrScoreSheet) sheet = rr_score_sheet_new ();
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(RrScoreResult) result = NULL;

  g_assert_cmpint (g_array_index (suggestions, RrLevel, 12), ==, RR_LEVEL_FAILS);
  g_assert_cmpint (g_array_index (suggestions, RrLevel, 10), ==, RR_LEVEL_MEETS);
  g_assert_cmpint (g_array_index (suggestions, RrLevel, 0), ==, RR_LEVEL_NONE);

  rr_score_sheet_add_rating (sheet, "张三", "专家", 13, RR_LEVEL_MEETS, NULL);
  rr_score_sheet_add_rating (sheet, "张三", "专家", 11, RR_LEVEL_MEETS, NULL);
  errors = rr_score_sheet_validate (template, sheet, suggestions);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_cmpstr (((RrFieldError *) errors->pdata[0])->field, ==, "ratings[0]");

  find_rating (sheet, 13)->note = g_string_chunk_insert (sheet->strings, "新建服务中心已投入使用，面积待复核");
  g_clear_pointer (&errors, g_ptr_array_unref);
  errors = rr_score_sheet_validate (template, sheet, suggestions);
  g_assert_cmpuint (errors->len, ==, 0);

  result = rr_score_compute (template, sheet, suggestions);
  g_assert_cmpint (rr_score_result_get_task (result, 13)->suggested, ==, RR_LEVEL_FAILS);
}

static void
test_rectification (void)
{
  g_autoptr(GPtrArray) checks = checks_for ("{\"resident_population\": 3000, \"volunteers\": 500, "
                                            "\"social_organizations\": 4, \"community_type\": \"community\"}");
  g_autoptr(RrScoreSheet) sheet = sheet_all (RR_LEVEL_MEETS);
  g_autoptr(RrScoreResult) result = NULL;
  g_autoptr(GPtrArray) previous = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_rectification_free);
  g_autoptr(GPtrArray) items = NULL;
  RrRectification *old;
  struct {
    guint task;
    const char *requirement;
    RrRectificationStatus status;
  } expected[] = {
    { 3, NULL, RR_RECTIFICATION_PERSISTING },
    { 11, "volunteer_share", RR_RECTIFICATION_NEW },
    { 6, "social_organizations", RR_RECTIFICATION_NEW },
    { 9, NULL, RR_RECTIFICATION_RESOLVED },
  };

  find_rating (sheet, 3)->note = g_string_chunk_insert (sheet->strings, "人人议事厅尚未建成");
  find_rating (sheet, 3)->level = RR_LEVEL_BASICALLY_MEETS;
  result = rr_score_compute (template, sheet, NULL);

  old = g_new0 (RrRectification, 1);
  old->task = 3;
  old->binding = TRUE;
  g_ptr_array_add (previous, old);
  old = g_new0 (RrRectification, 1);
  old->task = 9;
  old->binding = TRUE;
  old->problem = g_strdup ("未达标");
  g_ptr_array_add (previous, old);

  items = rr_rectification_build (result, checks, previous);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < items->len; i++)
    {
      const RrRectification *item = g_ptr_array_index (items, i);

      g_assert_cmpuint (item->task, ==, expected[i].task);
      g_assert_cmpstr (item->requirement, ==, expected[i].requirement);
      g_assert_cmpint (item->status, ==, expected[i].status);
    }
  g_assert_nonnull (strstr (((RrRectification *) items->pdata[0])->notes, "人人议事厅"));
  g_assert_nonnull (strstr (((RrRectification *) items->pdata[1])->problem, "1"));
}

/* Broken templates: each error names the entry and the problem. */
typedef struct {
  const char *name;
  void (*edit) (JsonObject *root);
  const char *entry;
  const char *in_message;
} InvalidCase;

static JsonObject *
array_object (JsonObject *root,
              const char *member,
              guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, member), index);
}

static void edit_share_over (JsonObject *root) { json_object_set_int_member (array_object (root, "levels", 0), "share_percent", 120); }
static void edit_shares_rise (JsonObject *root) { json_object_set_int_member (array_object (root, "levels", 2), "share_percent", 80); }
static void edit_negative_points (JsonObject *root) { json_object_set_int_member (array_object (root, "tasks", 3), "points", -2); }
static void edit_three_decimals (JsonObject *root) { json_object_set_double_member (array_object (root, "tasks", 3), "points", 2.125); }
static void edit_band_gap (JsonObject *root) { json_object_set_int_member (array_object (root, "grades", 1), "min_percent", 81); }
static void edit_band_overlap (JsonObject *root) { json_object_set_int_member (array_object (root, "grades", 1), "max_percent", 95); }
static void edit_band_no_zero (JsonObject *root) { json_object_set_int_member (array_object (root, "grades", 3), "min_percent", 10); }
static void edit_unknown_task (JsonObject *root) { json_object_set_int_member (array_object (root, "tasks", 0), "task", 99); }
static void edit_duplicate_task (JsonObject *root) { json_object_set_int_member (array_object (root, "tasks", 1), "task", 1); }
static void edit_missing_task (JsonObject *root) { json_array_remove_element (json_object_get_array_member (root, "tasks"), 5); }
static void edit_unknown_level (JsonObject *root) { json_object_set_string_member (array_object (root, "levels", 1), "id", "excellent"); }
static void edit_other_catalog (JsonObject *root) { json_object_set_string_member (root, "catalog_id", "another-standard"); }
static void edit_trim_two (JsonObject *root) { json_object_set_int_member (json_object_get_object_member (root, "raters"), "trim_from", 2); }
static void edit_unknown_method (JsonObject *root)
{
  JsonArray *methods = json_object_get_array_member (array_object (root, "tasks", 0), "methods");

  json_array_add_string_element (methods, "电话抽查");
}
static void edit_zero_weight (JsonObject *root)
{
  json_object_set_int_member (json_object_get_object_member (json_object_get_object_member (root, "raters"), "role_weights"),
                              "专家", 0);
}
static void edit_unknown_group (JsonObject *root)
{
  json_object_set_int_member (json_object_get_object_member (root, "group_minimum_percent"), "health", 50);
}

static const InvalidCase invalid_cases[] = {
  { "share-over-100", edit_share_over, "levels[0]", "120" },
  { "shares-rise", edit_shares_rise, "levels", "未达标" },
  { "negative-points", edit_negative_points, "tasks[3]", "points" },
  { "three-decimals", edit_three_decimals, "tasks[3]", "decimals" },
  { "band-gap", edit_band_gap, "grades", "gap" },
  { "band-overlap", edit_band_overlap, "grades", "overlaps" },
  { "band-no-zero", edit_band_no_zero, "grades", "0%" },
  { "unknown-task", edit_unknown_task, "tasks[0]", "99" },
  { "duplicate-task", edit_duplicate_task, "tasks[1]", "twice" },
  { "missing-task", edit_missing_task, "tasks", "6" },
  { "unknown-level", edit_unknown_level, "levels[1]", "excellent" },
  { "other-catalog", edit_other_catalog, "template", "another-standard" },
  { "trim-from-two", edit_trim_two, "raters", "trim_from" },
  { "unknown-method", edit_unknown_method, "tasks[0]", "电话抽查" },
  { "zero-weight", edit_zero_weight, "raters.role_weights", "专家" },
  { "unknown-group", edit_unknown_group, "group_minimum_percent", "health" },
};

static void
test_template_invalid (gconstpointer data)
{
  const InvalidCase *test_case = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RrScoringTemplate) broken = edited_template (test_case->edit, &error);
  g_autofree char *entry = g_strdup_printf ("edited.json: %s:", test_case->entry);

  g_assert_null (broken);
  g_assert_error (error, RR_ERROR, RR_ERROR_INVALID_CATALOG);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, entry));
  g_assert_nonnull (strstr (error->message, test_case->in_message));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  catalog = rr_catalog_load_default (&error);
  g_assert_no_error (error);
  template = rr_scoring_template_load_default (catalog, &error);
  g_assert_no_error (error);

  g_test_add_func ("/scoring/template/default", test_template_default);
  g_test_add_func ("/scoring/levels/all-meets", test_all_meets);
  g_test_add_func ("/scoring/levels/all-basically", test_all_basically);
  g_test_add_func ("/scoring/levels/all-fails", test_all_fails);
  g_test_add_func ("/scoring/verdict/binding-gate", test_binding_gate);
  g_test_add_func ("/scoring/verdict/expected-no-gate", test_expected_fail_no_gate);
  g_test_add_func ("/scoring/not-applicable/rescales", test_not_applicable_rescales);
  g_test_add_func ("/scoring/verdict/veto", test_veto);
  g_test_add_func ("/scoring/bonus/cap-and-band-edge", test_bonus_cap_and_band_edge);
  g_test_add_func ("/scoring/raters/combined", test_raters_combined);
  g_test_add_func ("/scoring/raters/role-weights", test_role_weights);
  g_test_add_func ("/scoring/raters/totals", test_rater_totals);
  g_test_add_func ("/scoring/groups/minimum", test_group_minimum);
  g_test_add_func ("/scoring/sheet/invalid", test_sheet_invalid);
  g_test_add_func ("/scoring/suggested-levels", test_suggested_levels);
  g_test_add_func ("/scoring/rectification", test_rectification);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/scoring/template/invalid/%s", invalid_cases[i].name);

      g_test_add_data_func (path, &invalid_cases[i], test_template_invalid);
    }

  status = g_test_run ();
  rr_scoring_template_unref (template);
  rr_catalog_unref (catalog);
  return status;
}
