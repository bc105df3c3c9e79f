/* make-district.c: writes a project with N invented communities
 *
 * Usage: make-district N OUTPUT.renren [SEED]
 *
 * Streets and towns of about 15 communities each, a 村 in every fourth,
 * plausible figures, and for nearly every community a self-evaluation or a
 * comprehensive evaluation with one or two raters. Tasks differ in how
 * often they fail and communities in how good they are, so the district
 * pages have a pattern to show. The same N and seed give the same file. It
 * writes through the storage library in one transaction, with the same
 * checks and audit rows as the command line but without a process per
 * command.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "storage/rr-project.h"

#include <glib/gstdio.h>
#include <stdlib.h>

static const char * const syllables[] = {
  "东", "西", "南", "北", "新", "和", "平", "安", "康", "乐", "兴", "华", "青", "湖",
  "红", "梅", "清", "潭", "永", "宁", "花", "园", "丽", "江", "茶", "山", "龙", "城",
  "白", "云",
};

static const char * const roles[] = { "上级部门", "专家", "居民代表" };

/* How often each of the 24 tasks fails, in percent, before a community's
 * own quality shifts it. */
static const int task_difficulty[24] = {
  10, 25, 15, 40, 20, 35, 10, 15, 30, 20, 45, 15,
  50, 20, 25, 15, 35, 10, 20, 30, 15, 25, 40, 20,
};

/* Two syllables, different for each @index below 870. */
static char *
make_name (guint index)
{
  guint n = G_N_ELEMENTS (syllables);
  guint a = index % n;
  guint b = (index / n + a + 1) % n;

  return g_strdup_printf ("%s%s", syllables[a], syllables[b]);
}

static RrLevel
pick_level (GRand *rand,
            guint  task,
            int    quality)
{
  int fail = CLAMP (task_difficulty[task - 1] - quality, 2, 90);
  int roll = g_rand_int_range (rand, 0, 100);

  if (roll < fail / 2)
    return RR_LEVEL_FAILS;
  if (roll < fail)
    return RR_LEVEL_BASICALLY_MEETS;
  return RR_LEVEL_MEETS;
}

static gboolean
add_figures (RrProject  *project,
             gint64      evaluation_id,
             GRand      *rand,
             GError    **error)
{
  g_autoptr(RrFigures) figures = rr_figures_new ();
  gint64 population = g_rand_int_range (rand, 1500, 20000);
  gint64 households = population * 10 / g_rand_int_range (rand, 24, 32);

  rr_figures_set (figures, RR_FIELD_RESIDENT_POPULATION, population);
  rr_figures_set (figures, RR_FIELD_HOUSEHOLDS, households);
  /* 30 m² per 100 households is the standard's bound; spread around it. */
  rr_figures_set (figures, RR_FIELD_SERVICE_FACILITY_AREA,
                  households * 30 * g_rand_int_range (rand, 85, 140) / 100);
  rr_figures_set (figures, RR_FIELD_SOCIAL_WORKERS, population / g_rand_int_range (rand, 400, 700) + 1);
  rr_figures_set (figures, RR_FIELD_VOLUNTEERS, population * g_rand_int_range (rand, 10, 30) / 100);
  rr_figures_set (figures, RR_FIELD_SOCIAL_ORGANIZATIONS, g_rand_int_range (rand, 3, 16));

  return rr_project_set_figures (project, evaluation_id, figures, error);
}

static gboolean
add_scores (RrProject  *project,
            gint64      evaluation_id,
            guint       n_raters,
            int         quality,
            GRand      *rand,
            GError    **error)
{
  for (guint r = 0; r < n_raters; r++)
    {
      g_autofree char *name = g_strdup_printf ("评委%u", r + 1);
      const char *role = n_raters == 1 ? "综合协调组" : roles[r % G_N_ELEMENTS (roles)];
      gint64 rater = rr_project_add_rater (project, evaluation_id, name, role, error);

      if (rater == 0)
        return FALSE;

      for (guint task = 1; task <= 24; task++)
        {
          RrScore score = { rater, task, pick_level (rand, task, quality), RR_POINTS_NONE,
                            (char *) "抽样数据" };

          if (!rr_project_set_score (project, &score, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_evaluation (RrProject          *project,
                RrCatalog          *catalog,
                RrScoringTemplate  *template,
                gint64              community_id,
                GRand              *rand,
                GError            **error)
{
  g_autoptr(RrScoringTemplate) recorded = NULL;
  gboolean comprehensive = g_rand_int_range (rand, 0, 3) == 0;
  int quality = g_rand_int_range (rand, -25, 30);
  int status_roll = g_rand_int_range (rand, 0, 10);
  gint64 start = 2026 * 12;
  gint64 id;

  id = rr_project_add_evaluation (project, community_id,
                                  comprehensive ? RR_EVALUATION_KIND_COMPREHENSIVE : RR_EVALUATION_KIND_SELF,
                                  start, start + 11, catalog, error);
  if (id == 0 ||
      !add_figures (project, id, rand, error) ||
      !add_scores (project, id, comprehensive ? 2 : 1, quality, rand, error))
    return FALSE;

  /* The window records the template when it first scores an evaluation. */
  recorded = rr_project_get_template (project, id, template, error);
  if (recorded == NULL)
    return FALSE;

  if (status_roll >= 5)
    return rr_project_set_evaluation_status (project, id,
                                             status_roll >= 8 ? RR_EVALUATION_STATUS_FINALISED
                                                              : RR_EVALUATION_STATUS_SUBMITTED,
                                             error);
  return TRUE;
}

static gboolean
add_community (RrProject          *project,
               RrCatalog          *catalog,
               RrScoringTemplate  *template,
               gint64              street_id,
               guint               index,
               GRand              *rand,
               GError            **error)
{
  gboolean village = index % 4 == 3;
  g_autofree char *stem = make_name (index * 7 % 870);
  g_autofree char *name = g_strdup_printf ("%s%u%s", stem, index + 1, village ? "村" : "社区");
  g_autofree char *code = g_strdup_printf ("320400%06u", index + 1);
  gint64 id;

  id = rr_project_add_community (project, street_id, name,
                                 village ? RR_COMMUNITY_TYPE_VILLAGE : RR_COMMUNITY_TYPE_COMMUNITY,
                                 code, error);
  if (id == 0)
    return FALSE;

  /* A few communities have not been evaluated yet. */
  if (g_rand_int_range (rand, 0, 40) == 0)
    return TRUE;

  return add_evaluation (project, catalog, template, id, rand, error);
}

static gboolean
populate (RrProject          *project,
          RrCatalog          *catalog,
          RrScoringTemplate  *template,
          guint               n,
          GRand              *rand,
          GError            **error)
{
  guint n_streets = MAX (3, (n + 14) / 15);
  g_autofree gint64 *streets = g_new0 (gint64, n_streets);

  for (guint s = 0; s < n_streets; s++)
    {
      gboolean town = s % 3 == 2;
      g_autofree char *stem = make_name (s);
      g_autofree char *name = s >= 870 ? g_strdup_printf ("%s%u%s", stem, s + 1, town ? "镇" : "街道")
                                              : g_strdup_printf ("%s%s", stem, town ? "镇" : "街道");

      streets[s] = rr_project_add_street (project, name, town ? RR_STREET_KIND_TOWN : RR_STREET_KIND_STREET, error);
      if (streets[s] == 0)
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    if (!add_community (project, catalog, template, streets[i % n_streets], i, rand, error))
      return FALSE;

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(RrScoringTemplate) template = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GRand) rand = NULL;
  guint64 n = 0;
  gboolean ok;

  if (argc < 3 || argc > 4 || !g_ascii_string_to_unsigned (argv[1], 10, 1, 1000000, &n, NULL))
    {
      g_printerr ("usage: make-district N OUTPUT.renren [SEED]\n");
      return 2;
    }

  rand = g_rand_new_with_seed (argc == 4 ? (guint32) strtoul (argv[3], NULL, 10) : 20260101);
  catalog = rr_catalog_load_default (&error);
  template = catalog != NULL ? rr_scoring_template_load_default (catalog, &error) : NULL;
  g_unlink (argv[2]);
  project = template != NULL ? rr_project_create (argv[2], &error) : NULL;
  if (project == NULL || !rr_project_begin (project, &error))
    {
      g_printerr ("make-district: %s\n", error->message);
      return 1;
    }

  ok = populate (project, catalog, template, (guint) n, rand, &error);
  if (!rr_project_end (project, ok, &error))
    {
      g_printerr ("make-district: %s\n", error->message);
      return 1;
    }

  return 0;
}
