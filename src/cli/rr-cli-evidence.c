/* rr-cli-evidence.c: `renren-eval evidence add FILE EVALUATION_ID --task N PATH…`
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
#include <stdio.h>

/* A file to add: its name as stored, and its contents. */
typedef struct {
  char *name;
  GBytes *data;
} EvidenceFile;

static void
evidence_file_free (gpointer data)
{
  EvidenceFile *file = data;

  g_free (file->name);
  g_bytes_unref (file->data);
  g_free (file);
}

static gboolean
read_file (const char  *path,
           const char  *name,
           GPtrArray   *files,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;
  EvidenceFile *file;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Cannot read “%s”: %s"), path,
                   local_error->message);
      return FALSE;
    }

  file = g_new0 (EvidenceFile, 1);
  file->name = g_strdup (name);
  file->data = g_bytes_new_take (contents, length);
  g_ptr_array_add (files, file);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Reads every regular file under @path, in name order, naming each by its
 * path relative to @path's parent. Symbolic links to folders are skipped,
 * so a link loop cannot recurse forever. */
static gboolean
read_tree (const char  *path,
           const char  *name,
           GPtrArray   *files,
           GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_free);
  const char *child;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return read_file (path, name, files, error);

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;

  while ((child = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (children, g_strdup (child));
  g_ptr_array_sort (children, compare_names);

  for (guint i = 0; i < children->len; i++)
    {
      const char *child_name = g_ptr_array_index (children, i);
      g_autofree char *child_path = g_build_filename (path, child_name, NULL);
      g_autofree char *stored_name = g_build_filename (name, child_name, NULL);

      if (g_file_test (child_path, G_FILE_TEST_IS_SYMLINK) &&
          g_file_test (child_path, G_FILE_TEST_IS_DIR))
        continue;

      if (!read_tree (child_path, stored_name, files, error))
        return FALSE;
    }

  return TRUE;
}

/* NOTE: every file is read into memory before the first write, so that a
 * file that cannot be read leaves the project unchanged. */
static GPtrArray *
read_paths (char   **paths,
            int      n_paths,
            GError **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (evidence_file_free);

  for (int i = 0; i < n_paths; i++)
    {
      g_autofree char *base = g_path_get_basename (paths[i]);

      if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
        {
          g_set_error (error, RR_ERROR, RR_ERROR_IO,
                       _("Evidence file or folder “%s” not found. Check the path."), paths[i]);
          return NULL;
        }

      if (!read_tree (paths[i], base, files, error))
        return NULL;
    }

  return g_steal_pointer (&files);
}

static int
add_evidence (RrProject  *project,
              gint64      evaluation_id,
              guint       task,
              const char *caption,
              GPtrArray  *files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok = TRUE;

  if (!rr_project_begin (project, &error))
    {
      g_printerr ("renren-eval evidence add: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  for (guint i = 0; ok && i < files->len; i++)
    {
      EvidenceFile *file = g_ptr_array_index (files, i);
      gint64 id = rr_project_add_evidence (project, evaluation_id, task, caption, file->name,
                                           file->data, &error);

      ok = id != 0;
      g_array_append_val (ids, id);
    }

  if (!rr_project_end (project, ok, &error))
    {
      g_printerr ("renren-eval evidence add: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  for (guint i = 0; i < files->len; i++)
    {
      EvidenceFile *file = g_ptr_array_index (files, i);

      printf ("%lld\t%s\n", (long long) g_array_index (ids, gint64, i), file->name);
    }

  return RR_EXIT_OK;
}

static int
evidence_add (const char  *path,
              const char  *id_text,
              guint        task,
              const char  *caption,
              const char  *catalog_path,
              char       **paths,
              int          n_paths)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrEvaluation) evaluation = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(GPtrArray) files = NULL;
  gint64 evaluation_id;
  int status = RR_EXIT_USAGE;

  if (!rr_cli_parse_id ("evidence add", "EVALUATION_ID", id_text, &evaluation_id))
    return RR_EXIT_USAGE;

  project = rr_cli_open_project ("evidence add", path, TRUE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  evaluation = rr_cli_get_writable_evaluation ("evidence add", project, evaluation_id, &status);
  if (evaluation == NULL)
    return status;

  catalog = rr_cli_load_evaluation_catalog ("evidence add", evaluation, catalog_path);
  if (catalog == NULL)
    return RR_EXIT_USAGE;

  if (rr_catalog_get_task (catalog, task) == NULL)
    {
      g_printerr (_("renren-eval evidence add: --task %u is not a task of the catalog; use a "
                    "number from Table 1 (renren-eval catalog lists them)\n"), task);
      return RR_EXIT_INVALID;
    }

  files = read_paths (paths, n_paths, &error);
  if (files == NULL)
    {
      g_printerr ("renren-eval evidence add: %s\n", error->message);
      return RR_EXIT_USAGE;
    }
  if (files->len == 0)
    {
      g_printerr (_("renren-eval evidence add: the folders contain no files\n"));
      return RR_EXIT_INVALID;
    }

  return add_evidence (project, evaluation_id, task, caption, files);
}

int
rr_cli_evidence (int    argc,
                 char **argv)
{
  g_autofree char *task_text = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *catalog_path = NULL;
  guint64 task = 0;
  GOptionEntry entries[] = {
    { "task", 0, 0, G_OPTION_ARG_STRING, &task_text,
      N_("Number of the construction task the files are evidence for"), "N" },
    { "caption", 0, 0, G_OPTION_ARG_STRING, &caption,
      N_("Caption stored with every file (optional)"), "TEXT" },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Catalog file of the evaluation when it is not the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("evidence", "add FILE EVALUATION_ID PATH…",
                             _("Add files, or every file in folders, as evidence for a task."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc < 5 || !g_str_equal (argv[1], "add"))
    {
      g_printerr (_("renren-eval evidence: wrong arguments; usage: renren-eval evidence add "
                    "FILE EVALUATION_ID --task N [--caption TEXT] PATH…\n"));
      return RR_EXIT_USAGE;
    }

  if (task_text == NULL ||
      !g_ascii_string_to_unsigned (task_text, 10, 1, G_MAXUINT, &task, NULL))
    {
      g_printerr (_("renren-eval evidence add: --task must be a task number from 1 up, "
                    "not “%s”\n"), task_text != NULL ? task_text : "");
      return RR_EXIT_USAGE;
    }

  return evidence_add (argv[2], argv[3], task, caption, catalog_path, argv + 4, argc - 4);
}
