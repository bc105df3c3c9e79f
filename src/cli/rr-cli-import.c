/* rr-cli-import.c: `renren-eval import-scores|import-figures FILE EVALUATION_ID JSON`
 *
 * SCORES.json is an array of objects with "rater", "role", "task", "level"
 * (达标, 基本达标, 未达标 or 不适用) and optional "points" (0 or more, at
 * most two decimals) and "note". Every entry is checked first, and every
 * problem printed; only a file without problems is written, in one
 * transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "domain/rr-error.h"
#include "storage/rr-project.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>

/* Points above this are a typo. The limit also keeps points * 100 exact. */
#define MAX_POINTS 1e9

typedef struct {
  char *rater;
  char *role;
  guint task;
  RrLevel level;
  gint64 points;
  char *note;
} ScoreEntry;

static void
score_entry_free (gpointer data)
{
  ScoreEntry *entry = data;

  g_free (entry->rater);
  g_free (entry->role);
  g_free (entry->note);
  g_free (entry);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScoreEntry, score_entry_free)

/* Where the checks are: the file, and the problems found so far. */
typedef struct {
  const char *source;
  const RrCatalog *catalog;
  GPtrArray *problems;
} Checker;

static void
add_problem (Checker    *checker,
             guint       index,
             const char *field,
             const char *message)
{
  /* "scores.json: [3].task: …" names the entry as a JSON path would. */
  if (field == NULL)
    g_ptr_array_add (checker->problems,
                     g_strdup_printf ("%s: [%u]: %s", checker->source, index, message));
  else
    g_ptr_array_add (checker->problems,
                     g_strdup_printf ("%s: [%u].%s: %s", checker->source, index, field, message));
}

static char *
read_text (Checker    *checker,
           JsonObject *object,
           guint       index,
           const char *member,
           gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        add_problem (checker, index, member, _("missing; add it"));
      return NULL;
    }

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      add_problem (checker, index, member, _("must be a string"));
      return NULL;
    }

  text = json_node_get_string (node);
  if (required && *text == '\0')
    {
      add_problem (checker, index, member, _("is empty; give a value"));
      return NULL;
    }

  return g_strdup (text);
}

static gboolean
read_task (Checker    *checker,
           JsonObject *object,
           guint       index,
           guint      *task)
{
  JsonNode *node = json_object_get_member (object, "task");
  gint64 number;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      add_problem (checker, index, "task", _("missing; add the task number from Table 1"));
      return FALSE;
    }

  if (json_node_get_value_type (node) != G_TYPE_INT64)
    {
      add_problem (checker, index, "task", _("must be a whole number from Table 1"));
      return FALSE;
    }

  number = json_node_get_int (node);
  if (number < 1 || number > G_MAXUINT || rr_catalog_get_task (checker->catalog, number) == NULL)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("task %lld is not in the catalog; use a number from Table 1 "
                                   "(renren-eval catalog lists them)"), (long long) number);
      add_problem (checker, index, "task", message);
      return FALSE;
    }

  *task = number;
  return TRUE;
}

static gboolean
read_points (Checker    *checker,
             JsonObject *object,
             guint       index,
             gint64     *points)
{
  JsonNode *node = json_object_get_member (object, "points");
  GType type;
  double value;
  double hundredths;

  *points = RR_POINTS_NONE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      add_problem (checker, index, "points", _("must be a number, such as 4.5"));
      return FALSE;
    }

  value = json_node_get_double (node);
  hundredths = round (value * 100);
  if (!(value >= 0) || value > MAX_POINTS || fabs (value * 100 - hundredths) > 1e-6)
    {
      add_problem (checker, index, "points",
                   _("must be 0 or more with at most two decimals, such as 4.5"));
      return FALSE;
    }

  *points = (gint64) hundredths;
  return TRUE;
}

static void
check_members (Checker    *checker,
               JsonObject *object,
               guint       index)
{
  static const char * const known[] = { "rater", "role", "task", "level", "points", "note", NULL };
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      add_problem (checker, index, l->data,
                   _("unknown field; use rater, role, task, level, points and note"));
}

/* Reads one entry, or adds its problems and returns NULL. */
static ScoreEntry *
read_entry (Checker  *checker,
            JsonNode *node,
            guint     index)
{
  g_autoptr(ScoreEntry) entry = g_new0 (ScoreEntry, 1);
  g_autofree char *level = NULL;
  JsonObject *object;
  guint before = checker->problems->len;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_problem (checker, index, NULL, _("must be an object with rater, role, task and level"));
      return NULL;
    }

  object = json_node_get_object (node);
  check_members (checker, object, index);
  entry->rater = read_text (checker, object, index, "rater", TRUE);
  entry->role = read_text (checker, object, index, "role", TRUE);
  read_task (checker, object, index, &entry->task);
  level = read_text (checker, object, index, "level", TRUE);
  if (level != NULL && !rr_level_from_stored_name (level, &entry->level))
    add_problem (checker, index, "level", _("must be 达标, 基本达标, 未达标 or 不适用"));
  read_points (checker, object, index, &entry->points);
  entry->note = read_text (checker, object, index, "note", FALSE);

  if (checker->problems->len > before)
    return NULL;

  return g_steal_pointer (&entry);
}

/* Checks that no rater scores a task twice and that each rater has one
 * role, in the file and in the project. */
static void
check_consistency (Checker   *checker,
                   GPtrArray *entries,
                   GPtrArray *raters)
{
  g_autoptr(GHashTable) roles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < raters->len; i++)
    {
      RrRater *rater = g_ptr_array_index (raters, i);

      g_hash_table_insert (roles, rater->name, rater->role);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      ScoreEntry *entry = g_ptr_array_index (entries, i);
      char *key = g_strdup_printf ("%s\n%u", entry->rater, entry->task);
      const char *role = g_hash_table_lookup (roles, entry->rater);

      if (!g_hash_table_add (seen, key))
        add_problem (checker, i, "task", _("this rater already scores this task above; keep one"));

      if (role == NULL)
        g_hash_table_insert (roles, entry->rater, entry->role);
      else if (!g_str_equal (role, entry->role))
        {
          g_autofree char *message = g_strdup_printf (_("rater “%s” already has the role “%s”; "
                                                        "use the same role"), entry->rater, role);
          add_problem (checker, i, "role", message);
        }
    }
}

/* Reads and checks SCORES.json. Returns NULL with @status set when the file
 * cannot be read (RR_EXIT_USAGE) or has problems, which it prints
 * (RR_EXIT_INVALID). */
static GPtrArray *
read_scores (const char      *path,
             const RrCatalog *catalog,
             GPtrArray       *raters,
             int             *status)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (score_entry_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  Checker checker = { path, catalog, problems };
  JsonNode *root;
  JsonArray *array;

  *status = RR_EXIT_USAGE;
  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_printerr (_("renren-eval import-scores: cannot read “%s” as JSON: %s\n"), path,
                  error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_printerr (_("renren-eval import-scores: “%s” is empty; give a JSON array of scores\n"),
                  path);
      return NULL;
    }

  *status = RR_EXIT_INVALID;
  if (!JSON_NODE_HOLDS_ARRAY (root) || json_array_get_length (json_node_get_array (root)) == 0)
    {
      g_printerr (_("renren-eval import-scores: “%s” must be a JSON array with at least one "
                    "score\n"), path);
      return NULL;
    }

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      ScoreEntry *entry = read_entry (&checker, json_array_get_element (array, i), i);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }

  if (problems->len == 0)
    check_consistency (&checker, entries, raters);

  if (problems->len > 0)
    {
      for (guint i = 0; i < problems->len; i++)
        g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "renren-eval import-scores: %u problem; nothing was imported\n",
                               "renren-eval import-scores: %u problems; nothing was imported\n",
                               problems->len),
                  problems->len);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

static gboolean
write_entry (RrProject   *project,
             gint64       evaluation_id,
             ScoreEntry  *entry,
             GError     **error)
{
  GError *local_error = NULL;
  RrScore score = { 0 };

  score.rater_id = rr_project_find_rater (project, evaluation_id, entry->rater, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (score.rater_id == 0)
    score.rater_id = rr_project_add_rater (project, evaluation_id, entry->rater, entry->role,
                                           error);
  if (score.rater_id == 0)
    return FALSE;

  score.task = entry->task;
  score.level = entry->level;
  score.points = entry->points;
  score.note = entry->note;
  return rr_project_set_score (project, &score, error);
}

static int
write_scores (RrProject *project,
              gint64     evaluation_id,
              GPtrArray *entries)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (!rr_project_begin (project, &error))
    {
      g_printerr ("renren-eval import-scores: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  for (guint i = 0; ok && i < entries->len; i++)
    ok = write_entry (project, evaluation_id, g_ptr_array_index (entries, i), &error);

  if (!rr_project_end (project, ok, &error))
    {
      g_printerr ("renren-eval import-scores: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u score into evaluation %lld.\n",
                       "Imported %u scores into evaluation %lld.\n", entries->len),
          entries->len, (long long) evaluation_id);
  return RR_EXIT_OK;
}

int
rr_cli_import_scores (int    argc,
                      char **argv)
{
  g_autofree char *catalog_path = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrEvaluation) evaluation = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(GPtrArray) raters = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 evaluation_id;
  int status = RR_EXIT_USAGE;
  GOptionEntry entries_options[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Catalog file of the evaluation when it is not the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("import-scores", "FILE EVALUATION_ID SCORES.json",
                             _("Import the raters’ scores of an evaluation from JSON."),
                             entries_options, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 4)
    {
      g_printerr (_("renren-eval import-scores: wrong arguments; usage: renren-eval "
                    "import-scores FILE EVALUATION_ID SCORES.json\n"));
      return RR_EXIT_USAGE;
    }

  if (!rr_cli_parse_id ("import-scores", "EVALUATION_ID", argv[2], &evaluation_id))
    return RR_EXIT_USAGE;

  project = rr_cli_open_project ("import-scores", argv[1], TRUE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  evaluation = rr_cli_get_writable_evaluation ("import-scores", project, evaluation_id, &status);
  if (evaluation == NULL)
    return status;

  catalog = rr_cli_load_evaluation_catalog ("import-scores", evaluation, catalog_path);
  if (catalog == NULL)
    return RR_EXIT_USAGE;

  raters = rr_project_list_raters (project, evaluation_id, &error);
  if (raters == NULL)
    {
      g_printerr ("renren-eval import-scores: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  entries = read_scores (argv[3], catalog, raters, &status);
  if (entries == NULL)
    return status;

  return write_scores (project, evaluation_id, entries);
}

/* ------------------------------------------------------------------------ */
/* import-figures                                                           */
/* ------------------------------------------------------------------------ */

/* Reads FIGURES.json in the format of `renren-eval check`. Returns NULL
 * with @status set when the file cannot be read (RR_EXIT_USAGE) or has
 * invalid fields, which it prints (RR_EXIT_INVALID). */
static RrFigures *
read_figures (const char *path,
              int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) field_errors = NULL;
  g_autoptr(RrFigures) figures = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  *status = RR_EXIT_USAGE;
  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("renren-eval import-figures: %s\n", error->message);
      return NULL;
    }

  figures = rr_figures_parse_json (contents, (gssize) length, path, &field_errors, &error);
  if (figures == NULL && error != NULL)
    {
      g_printerr ("renren-eval import-figures: %s\n", error->message);
      return NULL;
    }

  if (figures == NULL)
    {
      for (guint i = 0; i < field_errors->len; i++)
        {
          const RrFieldError *field_error = g_ptr_array_index (field_errors, i);

          g_printerr ("%s: %s: %s\n", path, field_error->field, field_error->message);
        }
      g_printerr (_("renren-eval import-figures: invalid figures; nothing was imported\n"));
      *status = RR_EXIT_INVALID;
      return NULL;
    }

  return g_steal_pointer (&figures);
}

int
rr_cli_import_figures (int    argc,
                       char **argv)
{
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrEvaluation) evaluation = NULL;
  g_autoptr(RrFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  gint64 evaluation_id;
  int status = RR_EXIT_USAGE;
  GOptionEntry entries[] = { { NULL } };

  if (!rr_cli_parse_options ("import-figures", "FILE EVALUATION_ID FIGURES.json",
                             _("Replace the figures of an evaluation with those in a JSON file "
                               "of the format that “renren-eval check” reads."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 4)
    {
      g_printerr (_("renren-eval import-figures: wrong arguments; usage: renren-eval "
                    "import-figures FILE EVALUATION_ID FIGURES.json\n"));
      return RR_EXIT_USAGE;
    }

  if (!rr_cli_parse_id ("import-figures", "EVALUATION_ID", argv[2], &evaluation_id))
    return RR_EXIT_USAGE;

  project = rr_cli_open_project ("import-figures", argv[1], TRUE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  evaluation = rr_cli_get_writable_evaluation ("import-figures", project, evaluation_id, &status);
  if (evaluation == NULL)
    return status;

  figures = read_figures (argv[3], &status);
  if (figures == NULL)
    return status;

  if (!rr_project_set_figures (project, evaluation_id, figures, &error))
    {
      g_printerr ("renren-eval import-figures: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  printf (_("Imported the figures into evaluation %lld.\n"), (long long) evaluation_id);
  return RR_EXIT_OK;
}
