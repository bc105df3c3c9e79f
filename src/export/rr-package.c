/* rr-package.c: writing a self-assessment package as a folder or a zip file
 *
 * The package is built in a temporary folder beside the output and renamed
 * into place at the end, so a cancelled or failed export leaves nothing
 * under the output's name. A zip file is made from the finished folder with
 * libarchive, which writes the UTF-8 flag on every entry so that Chinese
 * names unpack correctly on Windows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-package"

#include "config.h"

#include "rr-package.h"

#include "domain/rr-error.h"
#include "rr-report.h"
#include "rr-xlsx-export.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  RrPackageProgress progress;
  gpointer user_data;
  guint done;
  guint total;
} Steps;

static void
step_done (Steps *steps)
{
  steps->done++;
  if (steps->progress != NULL)
    steps->progress (steps->done, steps->total, steps->user_data);
}

/* Deletes @path and everything under it, without following links. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

static gboolean
set_folder_error (GError     **error,
                  const char  *path,
                  int          saved_errno)
{
  g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not create the folder %s: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static char *
hash_file (const char  *path,
           goffset     *size,
           GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  *size = (goffset) length;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* ------------------------------------------------------------------------ */
/* The folder                                                                */
/* ------------------------------------------------------------------------ */

static void
add_file_member (JsonBuilder *builder,
                 const char  *path,
                 const char  *role,
                 goffset      size,
                 const char  *sha256)
{
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, role);
  json_builder_set_member_name (builder, "size");
  json_builder_add_int_value (builder, size);
  json_builder_set_member_name (builder, "sha256");
  json_builder_add_string_value (builder, sha256);
}

static gboolean
add_document (JsonBuilder  *builder,
              const char   *folder,
              const char   *name,
              const char   *role,
              GError      **error)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *sha256 = NULL;
  goffset size = 0;

  sha256 = hash_file (path, &size, error);
  if (sha256 == NULL)
    return FALSE;

  json_builder_begin_object (builder);
  add_file_member (builder, name, role, size, sha256);
  json_builder_end_object (builder);
  return TRUE;
}

static void
begin_index (JsonBuilder              *builder,
             const RrEvaluationScores *scores)
{
  g_autofree char *period = rr_evaluation_scores_format_period (scores);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, RR_PACKAGE_INDEX_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RR_PACKAGE_INDEX_VERSION);
  json_builder_set_member_name (builder, "community");
  json_builder_add_string_value (builder, scores->community->name);
  json_builder_set_member_name (builder, "street");
  json_builder_add_string_value (builder, scores->street);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, rr_evaluation_kind_get_id (scores->evaluation->kind));
  json_builder_set_member_name (builder, "period");
  json_builder_add_string_value (builder, period);
  json_builder_set_member_name (builder, "files");
  json_builder_begin_array (builder);
}

/* Writes one evidence file from the project, after checking that its
 * contents still have the SHA-256 the project recorded. */
static gboolean
write_evidence (RrProject         *project,
                const RrEvidence  *evidence,
                const char        *folder,
                const char        *relative,
                GError           **error)
{
  g_autoptr(GBytes) data = rr_project_get_evidence_data (project, evidence->id, error);
  g_autofree char *path = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *sha256 = NULL;
  gsize size = 0;
  const char *contents;

  if (data == NULL)
    return FALSE;

  contents = g_bytes_get_data (data, &size);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  if (!g_str_equal (sha256, evidence->sha256))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_DATABASE,
                   _("The stored contents of evidence file “%s” do not match its SHA-256; the project is damaged"),
                   evidence->original_name);
      return FALSE;
    }

  path = g_build_filename (folder, relative, NULL);
  parent = g_path_get_dirname (path);
  if (g_mkdir_with_parents (parent, 0755) != 0)
    return set_folder_error (error, parent, errno);

  return g_file_set_contents_full (path, contents != NULL ? contents : "", (gssize) size,
                                   G_FILE_SET_CONTENTS_NONE, 0644, error);
}

static void
add_evidence_member (JsonBuilder      *builder,
                     const RrEvidence *evidence,
                     guint             number,
                     const char       *relative)
{
  json_builder_begin_object (builder);
  add_file_member (builder, relative, "evidence", evidence->size, evidence->sha256);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, number);
  json_builder_set_member_name (builder, "task");
  json_builder_add_int_value (builder, evidence->task);
  json_builder_set_member_name (builder, "caption");
  json_builder_add_string_value (builder, evidence->caption != NULL ? evidence->caption : "");
  json_builder_set_member_name (builder, "original_name");
  json_builder_add_string_value (builder, evidence->original_name);
  json_builder_end_object (builder);
}

static gboolean
write_index (JsonBuilder  *builder,
             const char   *folder,
             GError      **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = g_build_filename (folder, RR_PACKAGE_INDEX_NAME, NULL);

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_file (generator, path, error);
}

/* Writes every file of the package into @folder, which exists and is empty. */
static gboolean
write_folder (RrProject                *project,
              const RrEvaluationScores *scores,
              const char               *folder,
              Steps                    *steps,
              GCancellable             *cancellable,
              GError                  **error)
{
  g_autoptr(GPtrArray) paths = rr_package_plan_paths (scores);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  /* Translators: file names in the self-assessment package */
  const char *report_name = _("00_evaluation report.pdf");
  const char *workbook_name = _("00_scoring workbook.xlsx");
  g_autofree char *report = g_build_filename (folder, report_name, NULL);
  g_autofree char *workbook = g_build_filename (folder, workbook_name, NULL);

  begin_index (builder, scores);

  if (g_cancellable_set_error_if_cancelled (cancellable, error)
      || !rr_report_write_pdf (scores, paths, report, error)
      || !add_document (builder, folder, report_name, "report", error))
    return FALSE;
  step_done (steps);

  if (g_cancellable_set_error_if_cancelled (cancellable, error)
      || !rr_xlsx_export_package (scores, paths, workbook, error)
      || !add_document (builder, folder, workbook_name, "workbook", error))
    return FALSE;
  step_done (steps);

  for (guint i = 0; i < scores->evidence->len; i++)
    {
      const RrEvidence *evidence = g_ptr_array_index (scores->evidence, i);
      const char *relative = g_ptr_array_index (paths, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !write_evidence (project, evidence, folder, relative, error))
        return FALSE;
      add_evidence_member (builder, evidence, i + 1, relative);
      step_done (steps);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error) || !write_index (builder, folder, error))
    return FALSE;
  step_done (steps);

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* The zip file                                                              */
/* ------------------------------------------------------------------------ */

static gboolean
archive_failed (struct archive  *archive,
                const char      *path,
                GError         **error)
{
  g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not write the zip file %s: %s"), path,
               archive_error_string (archive) != NULL ? archive_error_string (archive) : g_strerror (EIO));
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Adds the files under @folder/@relative to @archive, named by their paths
 * relative to @folder, in name order. */
static gboolean
add_tree (struct archive  *archive,
          const char      *folder,
          const char      *relative,
          const char      *zip_path,
          GCancellable    *cancellable,
          GError         **error)
{
  g_autofree char *path = relative != NULL ? g_build_filename (folder, relative, NULL) : g_strdup (folder);
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = relative != NULL ? g_strconcat (relative, "/", g_ptr_array_index (names, i), NULL)
                                                : g_strdup (g_ptr_array_index (names, i));
      g_autofree char *child_path = g_build_filename (folder, child, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;
      struct archive_entry *entry;
      gboolean ok;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        {
          if (!add_tree (archive, folder, child, zip_path, cancellable, error))
            return FALSE;
          continue;
        }
      if (!g_file_get_contents (child_path, &contents, &length, error))
        return FALSE;

      entry = archive_entry_new ();
      archive_entry_set_pathname_utf8 (entry, child);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, (la_int64_t) length);
      archive_entry_set_mtime (entry, g_get_real_time () / G_USEC_PER_SEC, 0);
      ok = archive_write_header (archive, entry) == ARCHIVE_OK
           && (length == 0 || archive_write_data (archive, contents, length) == (la_ssize_t) length);
      archive_entry_free (entry);
      if (!ok)
        return archive_failed (archive, zip_path, error);
    }

  return TRUE;
}

static gboolean
write_zip (const char    *folder,
           const char    *zip_path,
           GCancellable  *cancellable,
           GError       **error)
{
  struct archive *archive = archive_write_new ();
  gboolean ok;

  /* hdrcharset=UTF-8 sets the zip's UTF-8 flag, which Windows Explorer and
   * unzip need to show Chinese names instead of mojibake. */
  ok = archive_write_set_format_zip (archive) == ARCHIVE_OK
       && archive_write_set_format_option (archive, "zip", "hdrcharset", "UTF-8") == ARCHIVE_OK
       && archive_write_open_filename (archive, zip_path) == ARCHIVE_OK;
  if (!ok)
    archive_failed (archive, zip_path, error);
  else
    ok = add_tree (archive, folder, NULL, zip_path, cancellable, error);

  if (archive_write_close (archive) != ARCHIVE_OK && ok)
    ok = archive_failed (archive, zip_path, error);
  archive_write_free (archive);
  return ok;
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */
/* ------------------------------------------------------------------------ */

static gboolean
check_output (const char  *output,
              gboolean     zip,
              GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (output);

  if (!g_file_test (parent, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("The folder %s does not exist; choose another one"), parent);
      return FALSE;
    }

  /* A folder may replace an empty folder of that name, never a full one. */
  if (!zip && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GDir) dir = g_dir_open (output, 0, NULL);

      if (dir == NULL || g_dir_read_name (dir) != NULL)
        {
          g_set_error (error, RR_ERROR, RR_ERROR_IO,
                       _("%s already exists and is not an empty folder; choose another name for the package"),
                       output);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * rr_package_write:
 * @project: the project @scores was read from, for the evidence files
 * @output: a path ending in ".zip" for a zip file, otherwise a folder
 * @progress: (nullable): called after each file
 * @cancellable: (nullable): stops the export between two files
 *
 * Writes the self-assessment package of @scores. On cancellation or error
 * nothing is left under @output or beside it.
 */
gboolean
rr_package_write (RrProject                *project,
                  const RrEvaluationScores *scores,
                  const char               *output,
                  RrPackageProgress         progress,
                  gpointer                  user_data,
                  GCancellable             *cancellable,
                  GError                  **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *zip_temporary = NULL;
  gboolean zip;
  Steps steps = { progress, user_data, 0, 0 };
  gboolean ok;

  g_return_val_if_fail (project != NULL && scores != NULL && output != NULL, FALSE);

  /* "out/" names the folder "out". */
  target = g_strdup (output);
  while (strlen (target) > 1 && g_str_has_suffix (target, G_DIR_SEPARATOR_S))
    target[strlen (target) - 1] = '\0';
  zip = g_str_has_suffix (target, ".zip") || g_str_has_suffix (target, ".ZIP");
  if (!check_output (target, zip, error))
    return FALSE;

  steps.total = scores->evidence->len + 3 + (zip ? 1 : 0);
  folder = g_strdup_printf ("%s.%08x.tmp", target, g_random_int ());
  if (g_mkdir (folder, 0755) != 0)
    return set_folder_error (error, folder, errno);

  ok = write_folder (project, scores, folder, &steps, cancellable, error);

  if (ok && zip)
    {
      zip_temporary = g_strdup_printf ("%s.%08x.tmp", target, g_random_int ());
      ok = write_zip (folder, zip_temporary, cancellable, error);
      if (ok)
        step_done (&steps);
      remove_tree (folder);
      g_clear_pointer (&folder, g_free);
      folder = g_steal_pointer (&zip_temporary);
    }

  if (ok && g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;
  if (ok && g_rename (folder, target) != 0)
    {
      int saved = errno;

      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not save the package as %s: %s"), target,
                   g_strerror (saved));
      ok = FALSE;
    }

  if (!ok)
    remove_tree (folder);
  return ok;
}
