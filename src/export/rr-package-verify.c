/* rr-package-verify.c: checking a received package against its index.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-package"
/* newlocale() and uselocale() are POSIX.1-2008, hidden by -std=c17. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include "rr-package.h"

#include "domain/rr-error.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

/* A file found in the package. */
typedef struct {
  char *sha256;
  gint64 size;
} Found;

static void
found_free (gpointer data)
{
  Found *found = data;

  g_free (found->sha256);
  g_free (found);
}

static void
add_found (GHashTable *files,
           const char *path,
           GChecksum  *checksum,
           gint64      size)
{
  Found *found = g_new0 (Found, 1);

  found->sha256 = g_strdup (g_checksum_get_string (checksum));
  found->size = size;
  g_hash_table_replace (files, g_strdup (path), found);
}

void
rr_package_check_free (RrPackageCheck *check)
{
  if (check == NULL)
    return;

  g_ptr_array_unref (check->missing);
  g_ptr_array_unref (check->altered);
  g_ptr_array_unref (check->unlisted);
  g_free (check);
}

gboolean
rr_package_check_is_clean (const RrPackageCheck *check)
{
  g_return_val_if_fail (check != NULL, FALSE);

  return check->missing->len == 0 && check->altered->len == 0 && check->unlisted->len == 0;
}

/* ------------------------------------------------------------------------ */
/* Reading a folder or a zip file                                            */
/* ------------------------------------------------------------------------ */

/* Hashes every regular file under @root/@relative into @files. Links are
 * listed as files without contents, so they show up as unlisted or altered
 * and are never followed out of the package. */
static gboolean
read_folder (const char  *root,
             const char  *relative,
             GHashTable  *files,
             GError     **error)
{
  g_autofree char *path = relative != NULL ? g_build_filename (root, relative, NULL) : g_strdup (root);
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  const char *name;

  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = relative != NULL ? g_strconcat (relative, "/", name, NULL) : g_strdup (name);
      g_autofree char *child_path = g_build_filename (root, child, NULL);
      g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (child_path, G_FILE_TEST_IS_SYMLINK))
        {
          add_found (files, child, checksum, -1);
          continue;
        }
      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        {
          if (!read_folder (root, child, files, error))
            return FALSE;
          continue;
        }
      if (!g_file_get_contents (child_path, &contents, &length, error))
        return FALSE;

      g_checksum_update (checksum, (const guchar *) contents, (gssize) length);
      add_found (files, child, checksum, (gint64) length);
    }

  return TRUE;
}

static gboolean
read_failed (struct archive  *archive,
             const char      *path,
             GError         **error)
{
  g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not read the zip file %s: %s"), path,
               archive_error_string (archive) != NULL ? archive_error_string (archive) : "?");
  return FALSE;
}

/* Hashes every file entry of the zip file @path into @files, and keeps a
 * copy of each entry named index.json in @indexes. */
static gboolean
read_zip_entries (const char  *path,
                  GHashTable  *files,
                  GHashTable  *indexes,
                  GError     **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gboolean ok = TRUE;
  int status;

  archive_read_support_format_zip (archive);
  if (archive_read_open_filename (archive, path, 64 * 1024) != ARCHIVE_OK)
    {
      read_failed (archive, path, error);
      archive_read_free (archive);
      return FALSE;
    }

  /* ARCHIVE_WARN: the name cannot be shown in the locale's character set,
   * which does not matter because the UTF-8 name is used. */
  while (ok && ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN))
    {
      const char *name = archive_entry_pathname_utf8 (entry);
      g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
      g_autoptr(GByteArray) copy = NULL;
      gint64 size = 0;
      const void *block;
      size_t length;
      la_int64_t offset;

      if (name == NULL)
        name = archive_entry_pathname (entry);
      if (name == NULL || archive_entry_filetype (entry) == AE_IFDIR)
        continue;
      if (g_str_has_prefix (name, "./"))
        name += 2;
      if (g_str_equal (name, RR_PACKAGE_INDEX_NAME) || g_str_has_suffix (name, "/" RR_PACKAGE_INDEX_NAME))
        copy = g_byte_array_new ();

      while ((status = archive_read_data_block (archive, &block, &length, &offset)) == ARCHIVE_OK
             || status == ARCHIVE_WARN)
        {
          g_checksum_update (checksum, block, (gssize) length);
          size += (gint64) length;
          if (copy != NULL)
            g_byte_array_append (copy, block, (guint) length);
        }
      if (status != ARCHIVE_EOF)
        ok = read_failed (archive, path, error);

      add_found (files, name, checksum, size);
      if (copy != NULL)
        g_hash_table_replace (indexes, g_strdup (name), g_byte_array_free_to_bytes (g_steal_pointer (&copy)));
    }

  if (ok && status != ARCHIVE_EOF)
    ok = read_failed (archive, path, error);

  archive_read_free (archive);
  return ok;
}

static gboolean
read_zip (const char  *path,
          GHashTable  *files,
          GHashTable  *indexes,
          GError     **error)
{
  /* libarchive 3.6 converts names to the locale's character set and returns
   * no name at all when that fails, as for Chinese names in the C locale. A
   * UTF-8 locale passes them through unchanged, and glibc has C.UTF-8
   * built in since 2.35. */
  locale_t utf8 = newlocale (LC_CTYPE_MASK, "C.UTF-8", (locale_t) 0);
  locale_t previous = utf8 != (locale_t) 0 ? uselocale (utf8) : (locale_t) 0;
  gboolean ok = read_zip_entries (path, files, indexes, error);

  if (utf8 != (locale_t) 0)
    {
      uselocale (previous);
      freelocale (utf8);
    }

  return ok;
}

/* ------------------------------------------------------------------------ */
/* The index                                                                 */
/* ------------------------------------------------------------------------ */

/* A listed path must stay inside the package: relative, with "/" between
 * non-empty names other than "." and "..". */
static gboolean
is_safe_path (const char *path)
{
  g_auto(GStrv) names = NULL;

  if (*path == '\0' || *path == '/' || strchr (path, '\\') != NULL)
    return FALSE;

  names = g_strsplit (path, "/", -1);
  for (guint i = 0; names[i] != NULL; i++)
    if (*names[i] == '\0' || g_str_equal (names[i], ".") || g_str_equal (names[i], ".."))
      return FALSE;

  return TRUE;
}

static gboolean
invalid_index (GError     **error,
               const char  *package,
               const char  *problem)
{
  g_set_error (error, RR_ERROR, RR_ERROR_PARSE, _("%s is not a valid self-assessment package: %s"), package,
               problem);
  return FALSE;
}

/* Reads the files that @index lists into @listed: path → Found. */
static gboolean
parse_index (GBytes      *index,
             const char  *package,
             GHashTable  *listed,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (index, &length);
  JsonObject *root;
  JsonArray *files;

  if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) length, &parse_error))
    return invalid_index (error, package, parse_error->message);

  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ? json_node_get_object (json_parser_get_root (parser))
                                                                 : NULL;
  if (root == NULL || g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""),
                                 RR_PACKAGE_INDEX_FORMAT) != 0)
    return invalid_index (error, package, _("index.json is not a package index"));
  if (json_object_get_int_member_with_default (root, "version", 0) > RR_PACKAGE_INDEX_VERSION)
    return invalid_index (error, package, _("index.json was written by a newer version of renren-eval"));

  files = json_object_has_member (root, "files") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "files"))
            ? json_object_get_array_member (root, "files") : NULL;
  if (files == NULL)
    return invalid_index (error, package, _("index.json has no list of files"));

  for (guint i = 0; i < json_array_get_length (files); i++)
    {
      JsonNode *node = json_array_get_element (files, i);
      JsonObject *file = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *path = file != NULL ? json_object_get_string_member_with_default (file, "path", "") : "";
      const char *sha256 = file != NULL ? json_object_get_string_member_with_default (file, "sha256", "") : "";
      Found *found;

      if (!is_safe_path (path) || strlen (sha256) != 64 || g_hash_table_contains (listed, path))
        {
          g_autofree char *problem = g_strdup_printf (_("entry %u of index.json has an invalid or repeated path or "
                                                        "SHA-256"), i + 1);
          return invalid_index (error, package, problem);
        }

      found = g_new0 (Found, 1);
      found->sha256 = g_ascii_strdown (sha256, -1);
      found->size = json_object_get_int_member_with_default (file, "size", -1);
      g_hash_table_insert (listed, g_strdup (path), found);
    }

  return TRUE;
}

/* Finds the index at the top of the package, or in its only top folder when
 * someone zipped the package's folder. Returns the prefix of that folder
 * ("X/", or "" at the top), or NULL when there is no index. */
static char *
find_index_prefix (GHashTable *files)
{
  GHashTableIter iter;
  const char *path;
  char *prefix = NULL;
  guint candidates = 0;

  if (g_hash_table_contains (files, RR_PACKAGE_INDEX_NAME))
    return g_strdup ("");

  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, NULL))
    {
      const char *slash = strchr (path, '/');

      if (slash != NULL && g_str_equal (slash + 1, RR_PACKAGE_INDEX_NAME))
        {
          g_free (prefix);
          prefix = g_strndup (path, slash + 1 - path);
          candidates++;
        }
    }

  if (candidates != 1)
    g_clear_pointer (&prefix, g_free);
  return prefix;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
sort_paths (GPtrArray *paths)
{
  g_ptr_array_sort (paths, compare_paths);
}

static RrPackageCheck *
compare (GHashTable *listed,
         GHashTable *files,
         const char *prefix)
{
  RrPackageCheck *check = g_new0 (RrPackageCheck, 1);
  gsize prefix_length = strlen (prefix);
  g_autofree char *index_path = g_strconcat (prefix, RR_PACKAGE_INDEX_NAME, NULL);
  GHashTableIter iter;
  const char *path;
  Found *expected;
  Found *found;

  check->missing = g_ptr_array_new_with_free_func (g_free);
  check->altered = g_ptr_array_new_with_free_func (g_free);
  check->unlisted = g_ptr_array_new_with_free_func (g_free);
  check->listed = g_hash_table_size (listed);

  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, (gpointer *) &expected))
    {
      g_autofree char *full = g_strconcat (prefix, path, NULL);

      found = g_hash_table_lookup (files, full);
      if (found == NULL)
        g_ptr_array_add (check->missing, g_strdup (path));
      else if (!g_str_equal (found->sha256, expected->sha256) || (expected->size >= 0 && found->size != expected->size))
        g_ptr_array_add (check->altered, g_strdup (path));
    }

  g_hash_table_iter_init (&iter, files);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, NULL))
    {
      gboolean inside = strncmp (path, prefix, prefix_length) == 0;

      if (g_str_equal (path, index_path) || (inside && g_hash_table_contains (listed, path + prefix_length)))
        continue;
      g_ptr_array_add (check->unlisted, g_strdup (inside ? path + prefix_length : path));
    }

  sort_paths (check->missing);
  sort_paths (check->altered);
  sort_paths (check->unlisted);
  return check;
}

/**
 * rr_package_verify:
 * @path: a package folder or zip file
 *
 * Hashes every file of the package and compares them with index.json.
 *
 * Returns: (transfer full): the missing, altered and unlisted files, or
 *   NULL when the package cannot be read or has no valid index
 */
RrPackageCheck *
rr_package_verify (const char  *path,
                   GError     **error)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, found_free);
  g_autoptr(GHashTable) indexes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_bytes_unref);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, found_free);
  g_autoptr(GBytes) index = NULL;
  g_autofree char *prefix = NULL;
  gboolean folder;

  g_return_val_if_fail (path != NULL, NULL);

  folder = g_file_test (path, G_FILE_TEST_IS_DIR);
  if (folder)
    {
      if (!read_folder (path, NULL, files, error))
        return NULL;
    }
  else if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      if (!read_zip (path, files, indexes, error))
        return NULL;
    }
  else if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO,
                   _("Package %s not found. Check the path of the folder or zip file."), path);
      return NULL;
    }
  else
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("%s is neither a folder nor a zip file"), path);
      return NULL;
    }

  prefix = find_index_prefix (files);
  if (prefix == NULL)
    {
      invalid_index (error, path, _("index.json is missing"));
      return NULL;
    }

  if (folder)
    {
      g_autofree char *file = g_build_filename (path, prefix, RR_PACKAGE_INDEX_NAME, NULL);
      char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (file, &contents, &length, error))
        return NULL;
      index = g_bytes_new_take (contents, length);
    }
  else
    {
      g_autofree char *name = g_strconcat (prefix, RR_PACKAGE_INDEX_NAME, NULL);

      index = g_bytes_ref (g_hash_table_lookup (indexes, name));
    }

  if (!parse_index (index, path, listed, error))
    return NULL;

  return compare (listed, files, prefix);
}
