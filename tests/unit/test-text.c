/* test-text.c: search folding and task search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "domain/rr-catalog.h"
#include "domain/rr-text.h"

static void
test_fold (void)
{
  struct {
    const char *input;
    const char *folded;
  } cases[] = {
    { "", "" },
    { "议事会", "议事会" },
    { "１０个", "10个" },              /* full-width digits */
    { "７０％以上", "70%以上" },        /* full-width percent */
    { "不少于 10 个", "不少于10个" },   /* spaces around numbers */
    { "人人+X", "人人+x" },
    { "ＡＢｃ", "abc" },
    { "  \t", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = rr_text_fold_for_search (cases[i].input);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

static void
test_contains (void)
{
  g_autofree char *needle = rr_text_fold_for_search ("５个");

  g_assert_true (rr_text_contains_folded ("（村不少于 5个）", needle));
  g_assert_true (rr_text_contains_folded ("anything", ""));
  g_assert_false (rr_text_contains_folded (NULL, needle));
  g_assert_false (rr_text_contains_folded ("不少于 10 个", needle));
}

/* Each query lists exactly the tasks it must find. */
static void
test_task_search (void)
{
  g_autoptr(RrCatalog) catalog = rr_catalog_load_default (NULL);
  struct {
    const char *query;
    guint tasks[8];
  } cases[] = {
    { "议事会", { 1 } },
    { "五社联动", { 6 } },
    { "13", { 13 } },
    { "１３", { 13 } },
    { "70%", { 13 } },
    { "不少于10个", { 6 } },
    { "人人+x", { 2 } },
    { "全龄友好社区", { 15, 23 } },
    { "社工队伍", { 19, 20 } },
    { "没有这样的任务", { 0 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = rr_text_fold_for_search (cases[i].query);
      guint expected = 0;
      guint found = 0;

      while (expected < G_N_ELEMENTS (cases[i].tasks) && cases[i].tasks[expected] != 0)
        expected++;

      for (guint j = 0; j < catalog->tasks->len; j++)
        {
          const RrTask *task = g_ptr_array_index (catalog->tasks, j);

          if (!rr_task_matches_search (task, folded))
            continue;
          g_test_message ("query %s found task %u", cases[i].query, task->number);
          g_assert_cmpuint (found, <, expected);
          g_assert_cmpuint (task->number, ==, cases[i].tasks[found]);
          found++;
        }
      g_assert_cmpuint (found, ==, expected);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/cases", test_fold);
  g_test_add_func ("/text/contains/cases", test_contains);
  g_test_add_func ("/catalog/search/queries", test_task_search);

  return g_test_run ();
}
