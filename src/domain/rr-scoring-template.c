/* rr-scoring-template.c: loading and validating a scoring template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-scoring-template"

#include "config.h"

#include "rr-scoring-template.h"
#include "rr-error.h"
#include "rr-json-read.h"

#include <glib/gi18n-lib.h>
#include <string.h>

GResource *rr_data_get_resource (void);

#define DEFAULT_TEMPLATE_PATH "/org/renrenshequ/Evaluator/data/scoring/district-default-2026-1.json"

/* No task or bonus is worth more than this many points. */
#define MAX_POINTS 10000

/* The level ids, fixed because the binding rule and the levels' order
 * depend on them. */
static const char *level_ids[RR_N_LEVELS] = { "meets", "basically_meets", "fails", "not_applicable" };

static void
veto_free (gpointer data)
{
  RrVeto *veto = data;

  g_free (veto->id);
  g_free (veto->name);
  g_free (veto);
}

static void
honour_free (gpointer data)
{
  RrHonour *honour = data;

  g_free (honour->id);
  g_free (honour->name);
  g_free (honour);
}

static void
grade_free (gpointer data)
{
  RrGrade *grade = data;

  g_free (grade->name);
  g_free (grade);
}

static void
role_weight_free (gpointer data)
{
  RrRoleWeight *weight = data;

  g_free (weight->role);
  g_free (weight);
}

static void
task_points_free (gpointer data)
{
  RrTaskPoints *points = data;

  if (points == NULL)
    return;

  g_strfreev (points->methods);
  g_free (points);
}

static void
template_clear (RrScoringTemplate *self)
{
  g_free (self->id);
  g_free (self->version);
  g_free (self->title);
  g_free (self->catalog_id);
  g_free (self->note);
  g_free (self->source);
  g_clear_pointer (&self->json, g_bytes_unref);
  g_strfreev (self->methods);
  for (guint i = 0; i < RR_N_LEVELS; i++)
    {
      g_free (self->level_ids[i]);
      g_free (self->level_names[i]);
    }
  g_clear_pointer (&self->vetoes, g_ptr_array_unref);
  g_clear_pointer (&self->honours, g_ptr_array_unref);
  g_clear_pointer (&self->group_minimums, g_hash_table_unref);
  g_clear_pointer (&self->grades, g_ptr_array_unref);
  g_clear_pointer (&self->role_weights, g_ptr_array_unref);
  g_clear_pointer (&self->tasks, g_ptr_array_unref);
  g_clear_pointer (&self->catalog, rr_catalog_unref);
}

RrScoringTemplate *
rr_scoring_template_ref (RrScoringTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rr_scoring_template_unref (RrScoringTemplate *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify) template_clear);
}

/* ------------------------------------------------------------------------ */
/* Numbers                                                                   */
/* ------------------------------------------------------------------------ */

/* Reads a number of points with at most two decimals into hundredths. */
static gboolean
read_points (RrJsonReader *reader,
             JsonObject   *object,
             const char   *entry,
             const char   *member,
             gint64       *out)
{
  JsonNode *node = rr_json_get_member (reader, object, entry, member, TRUE);
  double value;
  gint64 hundredths;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return rr_json_wrong_type (reader, entry, member, _("a number"));

  value = json_node_get_double (node);
  if (value < 0 || value > MAX_POINTS)
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” must be from 0 to %d points"), member, MAX_POINTS);
      return rr_json_fail (reader, entry, problem);
    }

  /* Round to the nearest hundredth, so 3.33 (3.3299… as a double) is 333. */
  hundredths = (gint64) (value * 100 + 0.5);
  if (ABS ((double) hundredths - value * 100) > 1e-6)
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” has more than two decimals"), member);
      return rr_json_fail (reader, entry, problem);
    }

  *out = hundredths;
  return TRUE;
}

static gboolean
read_percent (RrJsonReader *reader,
              JsonObject   *object,
              const char   *entry,
              const char   *member,
              int          *out)
{
  JsonNode *node = rr_json_get_member (reader, object, entry, member, TRUE);
  gint64 value;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return rr_json_wrong_type (reader, entry, member, _("a whole number"));

  value = json_node_get_int (node);
  if (value < 0 || value > 100)
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” is %lld%%; it must be from 0%% to 100%%"),
                                                  member, (long long) value);
      return rr_json_fail (reader, entry, problem);
    }

  *out = (int) value;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Sections                                                                  */
/* ------------------------------------------------------------------------ */

static gboolean
read_levels (RrJsonReader      *reader,
             JsonObject        *root,
             RrScoringTemplate *self)
{
  JsonArray *array = rr_json_read_array (reader, root, "template", "levels", TRUE);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("levels[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      int level = -1;

      if (object == NULL ||
          !rr_json_read_string (reader, object, entry, "id", TRUE, &id) ||
          !rr_json_read_string (reader, object, entry, "name", TRUE, &name))
        return FALSE;

      for (int j = 0; j < RR_N_LEVELS; j++)
        if (g_str_equal (id, level_ids[j]))
          level = j;

      if (level < 0)
        {
          g_autofree char *problem = g_strdup_printf (_("unknown level “%s”; use meets, basically_meets, fails or not_applicable"), id);
          return rr_json_fail (reader, entry, problem);
        }
      if (self->level_names[level] != NULL)
        {
          g_autofree char *problem = g_strdup_printf (_("level “%s” is listed twice"), id);
          return rr_json_fail (reader, entry, problem);
        }

      self->level_ids[level] = g_steal_pointer (&id);
      self->level_names[level] = g_steal_pointer (&name);
      if (level != RR_LEVEL_NOT_APPLICABLE &&
          !read_percent (reader, object, entry, "share_percent", &self->level_shares[level]))
        return FALSE;
    }

  for (int j = 0; j < RR_N_LEVELS; j++)
    {
      if (self->level_names[j] == NULL)
        {
          g_autofree char *problem = g_strdup_printf (_("level “%s” is missing"), level_ids[j]);
          return rr_json_fail (reader, "levels", problem);
        }
    }

  if (self->level_shares[RR_LEVEL_MEETS] < self->level_shares[RR_LEVEL_BASICALLY_MEETS] ||
      self->level_shares[RR_LEVEL_BASICALLY_MEETS] < self->level_shares[RR_LEVEL_FAILS])
    return rr_json_fail (reader, "levels", _("the shares must not rise from 达标 to 基本达标 to 未达标"));

  return TRUE;
}

static gboolean
read_binding_rule (RrJsonReader      *reader,
                   JsonObject        *root,
                   RrScoringTemplate *self)
{
  JsonNode *node = rr_json_get_member (reader, root, "template", "binding_rule", TRUE);
  JsonObject *rule;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return rr_json_wrong_type (reader, "template", "binding_rule", _("an object with named fields"));

  rule = json_node_get_object (node);
  self->fails_gates_verdict = json_object_get_boolean_member_with_default (rule, "fails_gates_verdict", TRUE);
  self->basically_caps_verdict = json_object_get_boolean_member_with_default (rule, "basically_meets_caps_verdict", TRUE);
  return TRUE;
}

static gboolean
read_vetoes (RrJsonReader      *reader,
             JsonObject        *root,
             RrScoringTemplate *self)
{
  JsonArray *array = rr_json_read_array (reader, root, "template", "vetoes", FALSE);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("vetoes[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrVeto *veto;

      if (object == NULL)
        return FALSE;

      veto = g_new0 (RrVeto, 1);
      g_ptr_array_add (self->vetoes, veto);
      if (!rr_json_read_string (reader, object, entry, "id", TRUE, &veto->id) ||
          !rr_json_read_string (reader, object, entry, "name", TRUE, &veto->name))
        return FALSE;
    }

  return array != NULL || json_object_get_member (root, "vetoes") == NULL;
}

static gboolean
read_bonus (RrJsonReader      *reader,
            JsonObject        *root,
            RrScoringTemplate *self)
{
  JsonNode *node = rr_json_get_member (reader, root, "template", "bonus", FALSE);
  JsonObject *bonus;
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return rr_json_wrong_type (reader, "template", "bonus", _("an object with named fields"));

  bonus = json_node_get_object (node);
  if (!read_points (reader, bonus, "bonus", "cap", &self->bonus_cap))
    return FALSE;

  array = rr_json_read_array (reader, bonus, "bonus", "honours", TRUE);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("bonus.honours[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrHonour *honour;

      if (object == NULL)
        return FALSE;

      honour = g_new0 (RrHonour, 1);
      g_ptr_array_add (self->honours, honour);
      if (!rr_json_read_string (reader, object, entry, "id", TRUE, &honour->id) ||
          !rr_json_read_string (reader, object, entry, "name", TRUE, &honour->name) ||
          !read_points (reader, object, entry, "points", &honour->points))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_group_minimums (RrJsonReader      *reader,
                     JsonObject        *root,
                     RrScoringTemplate *self)
{
  JsonNode *node = rr_json_get_member (reader, root, "template", "group_minimum_percent", FALSE);
  g_autoptr(GList) names = NULL;
  JsonObject *minimums;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return rr_json_wrong_type (reader, "template", "group_minimum_percent", _("an object with named fields"));

  minimums = json_node_get_object (node);
  names = json_object_get_members (minimums);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *group_id = l->data;
      int percent = 0;

      if (rr_catalog_get_group (self->catalog, group_id) == NULL)
        {
          g_autofree char *problem = g_strdup_printf (_("“%s” is not a 共同体 group of the catalog"), group_id);
          return rr_json_fail (reader, "group_minimum_percent", problem);
        }
      if (!read_percent (reader, minimums, "group_minimum_percent", group_id, &percent))
        return FALSE;
      g_hash_table_insert (self->group_minimums, g_strdup (group_id), GINT_TO_POINTER (percent));
    }

  return TRUE;
}

static int
compare_grades (gconstpointer a,
                gconstpointer b)
{
  const RrGrade *grade_a = *(RrGrade * const *) a;
  const RrGrade *grade_b = *(RrGrade * const *) b;

  return grade_b->min_percent - grade_a->min_percent;
}

/* Reads the grade bands: together they must cover 0–100 % without a gap or
 * an overlap. */
static gboolean
read_grades (RrJsonReader      *reader,
             JsonObject        *root,
             RrScoringTemplate *self)
{
  JsonArray *array = rr_json_read_array (reader, root, "template", "grades", TRUE);
  int expected_max = 100;

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) == 0)
    return rr_json_fail (reader, "grades", _("there are no grade bands"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("grades[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrGrade *grade;

      if (object == NULL)
        return FALSE;

      grade = g_new0 (RrGrade, 1);
      g_ptr_array_add (self->grades, grade);
      if (!rr_json_read_string (reader, object, entry, "name", TRUE, &grade->name) ||
          !read_percent (reader, object, entry, "min_percent", &grade->min_percent) ||
          !read_percent (reader, object, entry, "max_percent", &grade->max_percent))
        return FALSE;
      if (grade->min_percent >= grade->max_percent)
        return rr_json_fail (reader, entry, _("min_percent must be below max_percent"));
    }

  g_ptr_array_sort (self->grades, compare_grades);
  for (guint i = 0; i < self->grades->len; i++)
    {
      const RrGrade *grade = g_ptr_array_index (self->grades, i);

      if (grade->max_percent != expected_max)
        {
          g_autofree char *problem = NULL;

          problem = grade->max_percent > expected_max
            ? g_strdup_printf (_("band “%s” (%d–%d%%) overlaps the band above it"),
                               grade->name, grade->min_percent, grade->max_percent)
            : g_strdup_printf (_("there is a gap between %d%% and %d%% above band “%s”"),
                               grade->max_percent, expected_max, grade->name);
          return rr_json_fail (reader, "grades", problem);
        }
      expected_max = grade->min_percent;
    }

  if (expected_max != 0)
    {
      g_autofree char *problem = g_strdup_printf (_("no band covers 0%% to %d%%"), expected_max);
      return rr_json_fail (reader, "grades", problem);
    }

  return TRUE;
}

static gboolean
read_raters (RrJsonReader      *reader,
             JsonObject        *root,
             RrScoringTemplate *self)
{
  JsonNode *node = rr_json_get_member (reader, root, "template", "raters", TRUE);
  g_autofree char *combine = NULL;
  g_autoptr(GList) roles = NULL;
  JsonObject *raters;
  JsonNode *weights_node;

  if (node == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return rr_json_wrong_type (reader, "template", "raters", _("an object with named fields"));

  raters = json_node_get_object (node);
  if (!rr_json_read_string (reader, raters, "raters", "combine", TRUE, &combine))
    return FALSE;
  if (!g_str_equal (combine, "mean"))
    return rr_json_fail (reader, "raters", _("“combine” must be “mean”"));

  self->trim_from = (int) json_object_get_int_member_with_default (raters, "trim_from", 0);
  if (self->trim_from != 0 && self->trim_from < 3)
    return rr_json_fail (reader, "raters", _("“trim_from” must be 0 (never) or at least 3"));

  weights_node = json_object_get_member (raters, "role_weights");
  if (weights_node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (weights_node))
    return rr_json_wrong_type (reader, "raters", "role_weights", _("an object with named fields"));

  roles = json_object_get_members (json_node_get_object (weights_node));
  for (GList *l = roles; l != NULL; l = l->next)
    {
      JsonNode *value = json_object_get_member (json_node_get_object (weights_node), l->data);
      RrRoleWeight *weight;

      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_INT64 ||
          json_node_get_int (value) < 1 || json_node_get_int (value) > 100)
        {
          g_autofree char *problem = g_strdup_printf (_("the weight of “%s” must be a whole number from 1 to 100"),
                                                      (const char *) l->data);
          return rr_json_fail (reader, "raters.role_weights", problem);
        }

      weight = g_new0 (RrRoleWeight, 1);
      weight->role = g_strdup (l->data);
      weight->weight = (int) json_node_get_int (value);
      g_ptr_array_add (self->role_weights, weight);
    }

  return TRUE;
}

static gboolean
read_tasks (RrJsonReader      *reader,
            JsonObject        *root,
            RrScoringTemplate *self)
{
  JsonArray *array = rr_json_read_array (reader, root, "template", "tasks", TRUE);
  g_autoptr(GPtrArray) by_task = g_ptr_array_new_with_free_func (task_points_free);
  guint n_tasks = self->catalog->tasks->len;

  if (array == NULL)
    return FALSE;

  /* One slot per catalog task, in the catalog's order. */
  g_ptr_array_set_size (by_task, (int) n_tasks);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry = g_strdup_printf ("tasks[%u]", i);
      JsonObject *object = rr_json_element_object (reader, array, i, entry);
      RrTaskPoints *points;
      guint number = 0;
      guint index;

      if (object == NULL || !rr_json_read_uint (reader, object, entry, "task", 999, &number))
        return FALSE;

      if (rr_catalog_get_task (self->catalog, number) == NULL)
        {
          g_autofree char *problem = g_strdup_printf (_("task %u is not in catalog %s"), number, self->catalog->id);
          return rr_json_fail (reader, entry, problem);
        }

      if (!g_ptr_array_find (self->catalog->tasks, rr_catalog_get_task (self->catalog, number), &index))
        g_assert_not_reached ();
      if (g_ptr_array_index (by_task, index) != NULL)
        {
          g_autofree char *problem = g_strdup_printf (_("task %u is listed twice"), number);
          return rr_json_fail (reader, entry, problem);
        }

      points = g_new0 (RrTaskPoints, 1);
      points->task = rr_catalog_get_task (self->catalog, number);

      /* The slot owns the entry from here on, on failure too. */
      g_ptr_array_index (by_task, index) = points;
      if (!read_points (reader, object, entry, "points", &points->points) ||
          !rr_json_read_string_list (reader, object, entry, "methods", FALSE, &points->methods))
        return FALSE;

      for (guint j = 0; points->methods[j] != NULL; j++)
        {
          if (!g_strv_contains ((const char * const *) self->methods, points->methods[j]))
            {
              g_autofree char *problem = g_strdup_printf (_("method “%s” is not in the template’s list of methods"),
                                                          points->methods[j]);
              return rr_json_fail (reader, entry, problem);
            }
        }
    }

  for (guint i = 0; i < n_tasks; i++)
    {
      if (g_ptr_array_index (by_task, i) == NULL)
        {
          const RrTask *task = g_ptr_array_index (self->catalog->tasks, i);
          g_autofree char *problem = g_strdup_printf (_("task %u has no points"), task->number);

          return rr_json_fail (reader, "tasks", problem);
        }
    }

  for (guint i = 0; i < n_tasks; i++)
    g_ptr_array_add (self->tasks, g_ptr_array_steal_index (by_task, 0));

  return TRUE;
}

static gboolean
read_header (RrJsonReader      *reader,
             JsonObject        *root,
             RrScoringTemplate *self)
{
  guint format = 0;

  if (!rr_json_read_uint (reader, root, "template", "format", 1, &format) ||
      !rr_json_read_string (reader, root, "template", "id", TRUE, &self->id) ||
      !rr_json_read_string (reader, root, "template", "version", TRUE, &self->version) ||
      !rr_json_read_string (reader, root, "template", "title", TRUE, &self->title) ||
      !rr_json_read_string (reader, root, "template", "catalog_id", TRUE, &self->catalog_id) ||
      !rr_json_read_string (reader, root, "template", "note", FALSE, &self->note) ||
      !rr_json_read_string_list (reader, root, "template", "methods", TRUE, &self->methods))
    return FALSE;

  if (!g_str_equal (self->catalog_id, self->catalog->id))
    {
      g_autofree char *problem = g_strdup_printf (_("the template is for catalog “%s”, not “%s”"),
                                                  self->catalog_id, self->catalog->id);
      return rr_json_fail (reader, "template", problem);
    }

  return TRUE;
}

/**
 * rr_scoring_template_load_bytes:
 * @catalog: the catalog whose tasks the template scores
 *
 * Parses and validates a template. An inconsistent template (a share above
 * 100 %, negative points, a gap or overlap between grade bands, an unknown or
 * missing task) is an error naming the file, the entry and the problem.
 */
RrScoringTemplate *
rr_scoring_template_load_bytes (GBytes      *bytes,
                                const char  *source,
                                RrCatalog   *catalog,
                                GError     **error)
{
  g_autoptr(RrScoringTemplate) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) parse_error = NULL;
  RrJsonReader reader = { source, error };
  const char *data;
  gsize length;
  JsonObject *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (catalog != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  if (length == 0 || !g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE, _("%s: the file is empty or not UTF-8"), source);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE, _("%s: not valid JSON: %s"), source, parse_error->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      rr_json_fail (&reader, "template", _("the top level must be an object with named fields"));
      return NULL;
    }

  self = g_atomic_rc_box_new0 (RrScoringTemplate);
  self->catalog = rr_catalog_ref (catalog);
  self->source = g_strdup (source);
  self->json = g_bytes_ref (bytes);
  self->vetoes = g_ptr_array_new_with_free_func (veto_free);
  self->honours = g_ptr_array_new_with_free_func (honour_free);
  self->group_minimums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->grades = g_ptr_array_new_with_free_func (grade_free);
  self->role_weights = g_ptr_array_new_with_free_func (role_weight_free);
  self->tasks = g_ptr_array_new_with_free_func (task_points_free);

  root = json_node_get_object (json_parser_get_root (parser));
  if (!read_header (&reader, root, self) ||
      !read_levels (&reader, root, self) ||
      !read_binding_rule (&reader, root, self) ||
      !read_vetoes (&reader, root, self) ||
      !read_bonus (&reader, root, self) ||
      !read_group_minimums (&reader, root, self) ||
      !read_grades (&reader, root, self) ||
      !read_raters (&reader, root, self) ||
      !read_tasks (&reader, root, self))
    return NULL;

  return g_steal_pointer (&self);
}

RrScoringTemplate *
rr_scoring_template_load_file (const char  *path,
                               RrCatalog   *catalog,
                               GError     **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not read the scoring template: %s"), read_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return rr_scoring_template_load_bytes (bytes, path, catalog, error);
}

/* Loads the district's default template compiled into the binary. */
RrScoringTemplate *
rr_scoring_template_load_default (RrCatalog  *catalog,
                                  GError    **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (rr_data_get_resource (), DEFAULT_TEMPLATE_PATH,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return rr_scoring_template_load_bytes (bytes, "resource://" DEFAULT_TEMPLATE_PATH, catalog, error);
}

const RrTaskPoints *
rr_scoring_template_get_task (const RrScoringTemplate *self,
                              guint                    number)
{
  for (guint i = 0; i < self->tasks->len; i++)
    {
      const RrTaskPoints *points = g_ptr_array_index (self->tasks, i);

      if (points->task->number == number)
        return points;
    }

  return NULL;
}

/* The total of all tasks' points, in hundredths. */
gint64
rr_scoring_template_get_max (const RrScoringTemplate *self)
{
  gint64 max = 0;

  for (guint i = 0; i < self->tasks->len; i++)
    max += ((RrTaskPoints *) g_ptr_array_index (self->tasks, i))->points;

  return max;
}

/* The weight of a rater's role; roles the template does not list weigh 1. */
int
rr_scoring_template_get_weight (const RrScoringTemplate *self,
                                const char              *role)
{
  for (guint i = 0; i < self->role_weights->len; i++)
    {
      const RrRoleWeight *weight = g_ptr_array_index (self->role_weights, i);

      if (g_strcmp0 (weight->role, role) == 0)
        return weight->weight;
    }

  return 1;
}

const RrVeto *
rr_scoring_template_get_veto (const RrScoringTemplate *self,
                              const char              *id)
{
  for (guint i = 0; i < self->vetoes->len; i++)
    if (g_strcmp0 (((RrVeto *) g_ptr_array_index (self->vetoes, i))->id, id) == 0)
      return g_ptr_array_index (self->vetoes, i);

  return NULL;
}

const RrHonour *
rr_scoring_template_get_honour (const RrScoringTemplate *self,
                                const char              *id)
{
  for (guint i = 0; i < self->honours->len; i++)
    if (g_strcmp0 (((RrHonour *) g_ptr_array_index (self->honours, i))->id, id) == 0)
      return g_ptr_array_index (self->honours, i);

  return NULL;
}

/* Accepts a level's id ("meets") or its name as the template prints it (达标). */
gboolean
rr_scoring_template_level_from_id (const RrScoringTemplate *self,
                                   const char              *id_or_name,
                                   RrLevel                 *level)
{
  for (int i = 0; i < RR_N_LEVELS; i++)
    {
      if (g_strcmp0 (self->level_ids[i], id_or_name) == 0 || g_strcmp0 (self->level_names[i], id_or_name) == 0)
        {
          *level = (RrLevel) i;
          return TRUE;
        }
    }

  return FALSE;
}
