/* rr-package-names.c: file and folder names that are valid on Windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-package"

#include "config.h"

#include "rr-package.h"

#include <string.h>

/* An extension longer than this is kept as part of the name when the name
 * is shortened, since it is unlikely to be one. */
#define MAX_EXTENSION_BYTES 16

/* Task folders show the task's first words, not its whole text. */
#define MAX_TASK_TITLE_CHARS 24

/* File names show at most this much of the caption or original name. */
#define MAX_FILE_STEM_CHARS 60

/* Device names that Windows reserves in every folder, with any extension:
 * CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9, and COM and LPT with a
 * superscript digit. */
static gboolean
is_reserved (const char *name)
{
  static const char *devices[] = { "CON", "PRN", "AUX", "NUL" };
  g_autofree char *stem = g_strndup (name, strcspn (name, "."));
  g_autofree char *upper = NULL;

  g_strchomp (stem);
  upper = g_ascii_strup (stem, -1);

  for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
    if (g_str_equal (upper, devices[i]))
      return TRUE;

  if (g_str_has_prefix (upper, "COM") || g_str_has_prefix (upper, "LPT"))
    {
      const char *digit = upper + 3;

      if (g_ascii_isdigit (digit[0]) && digit[1] == '\0')
        return TRUE;
      if (g_str_equal (digit, "¹") || g_str_equal (digit, "²") || g_str_equal (digit, "³"))
        return TRUE;
    }

  return FALSE;
}

/* Windows drops trailing dots and spaces from names, so two names that
 * differ only there would collide. */
static void
trim_end (GString *name)
{
  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);
}

/* Cuts @text to at most @max_bytes without splitting a character. */
static void
truncate_utf8 (GString *text,
               gsize    max_bytes)
{
  const char *end;

  if (text->len <= max_bytes)
    return;

  end = g_utf8_find_prev_char (text->str, text->str + max_bytes + 1);
  g_string_truncate (text, end != NULL ? (gsize) (end - text->str) : 0);
}

static char *
clean_name (const char *name,
            gsize       max_bytes)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  g_autoptr(GString) stem = g_string_new (NULL);
  const char *dot;
  g_autofree char *extension = NULL;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("<>:\"/\\|?*", (int) c) != NULL))
        g_string_append_c (stem, '_');
      else
        g_string_append_unichar (stem, c);
    }

  while (stem->len > 0 && stem->str[0] == ' ')
    g_string_erase (stem, 0, 1);
  trim_end (stem);

  /* Shorten the name before its extension, so "photo.jpg" stays a JPEG. */
  dot = strrchr (stem->str, '.');
  if (dot != NULL && dot != stem->str && strlen (dot) <= MAX_EXTENSION_BYTES && strlen (dot) < max_bytes)
    {
      extension = g_strdup (dot);
      g_string_truncate (stem, dot - stem->str);
    }

  if (stem->len > max_bytes - (extension != NULL ? strlen (extension) : 0))
    {
      truncate_utf8 (stem, max_bytes - (extension != NULL ? strlen (extension) : 0));
      trim_end (stem);
    }
  if (stem->len == 0)
    g_string_append_c (stem, '_');
  if (extension != NULL)
    g_string_append (stem, extension);

  return g_strdup (stem->str);
}

/**
 * rr_package_sanitize_name:
 * @name: a file or folder name, UTF-8
 * @max_bytes: the most bytes of the result, at least 2
 *
 * Makes @name valid as one file or folder name on Windows, macOS and Linux:
 * control characters and < > : " / \ | ? * become "_", leading spaces and
 * trailing dots and spaces are removed, a reserved device name (CON, NUL,
 * COM1 …) gets a "_" in front, an empty name becomes "_", and the name is
 * shortened to @max_bytes before its extension.
 */
char *
rr_package_sanitize_name (const char *name,
                          gsize       max_bytes)
{
  char *clean;

  g_return_val_if_fail (max_bytes >= 2, NULL);

  max_bytes = MIN (max_bytes, RR_PACKAGE_MAX_NAME_BYTES);
  clean = clean_name (name, max_bytes);
  if (is_reserved (clean))
    {
      g_autofree char *shorter = clean_name (name, max_bytes - 1);

      g_free (clean);
      clean = g_strconcat ("_", shorter, NULL);
    }

  return clean;
}

static gboolean
is_used (const char *name,
         GPtrArray  *used_names)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < used_names->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (used_names, i), -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

/**
 * rr_package_unique_name:
 * @name: a name rr_package_sanitize_name() returned
 * @used_names: (element-type utf8): the names already in the folder; the result
 *   is added
 *
 * Returns @name, or when the folder has it already ignoring case (as
 * Windows and macOS compare names), @name with " (2)", " (3)" … before its
 * extension, still at most RR_PACKAGE_MAX_NAME_BYTES long.
 */
char *
rr_package_unique_name (const char *name,
                        GPtrArray  *used_names)
{
  const char *dot;
  g_autofree char *stem = NULL;
  const char *extension;
  char *unique = g_strdup (name);

  g_return_val_if_fail (name != NULL && used_names != NULL, NULL);

  dot = strrchr (name, '.');
  extension = dot != NULL && dot != name && strlen (dot) <= MAX_EXTENSION_BYTES ? dot : "";
  stem = g_strndup (name, strlen (name) - strlen (extension));

  for (guint n = 2; is_used (unique, used_names); n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autoptr(GString) shortened = g_string_new (stem);

      truncate_utf8 (shortened, RR_PACKAGE_MAX_NAME_BYTES - strlen (suffix) - strlen (extension));
      g_free (unique);
      unique = g_strconcat (shortened->str, suffix, extension, NULL);
    }

  g_ptr_array_add (used_names, g_strdup (unique));
  return unique;
}

/* Counts @path in UTF-16 code units, as Windows measures paths. */
guint
rr_package_count_units (const char *path)
{
  guint units = 0;

  g_return_val_if_fail (path != NULL, 0);

  for (const char *p = path; *p != '\0'; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;

  return units;
}

/* Returns the first @max_chars characters of @text's first line. */
static char *
first_chars (const char *text,
             guint       max_chars)
{
  g_autofree char *line = g_strndup (text, strcspn (text, "\r\n"));

  if (g_utf8_strlen (line, -1) > max_chars)
    *g_utf8_offset_to_pointer (line, max_chars) = '\0';

  return g_steal_pointer (&line);
}

static char *
group_folder (const RrGroup *group)
{
  g_autofree char *requested = g_strdup_printf ("%02u_%s", group->index + 1, group->name);

  return rr_package_sanitize_name (requested, RR_PACKAGE_MAX_NAME_BYTES);
}

static char *
task_folder (const RrTask *task)
{
  g_autofree char *title = first_chars (task->text, MAX_TASK_TITLE_CHARS);
  g_autofree char *requested = g_strdup_printf ("%02u_%s", task->number, title);

  return rr_package_sanitize_name (requested, RR_PACKAGE_MAX_NAME_BYTES);
}

/* Names evidence file @number by its caption, or its original name when it
 * has none, with the original extension, short enough that @folder/name
 * stays within RR_PACKAGE_MAX_PATH_UNITS. */
static char *
evidence_name (const RrEvidence *evidence,
               guint             number,
               const char       *folder)
{
  const char *original = evidence->original_name;
  const char *dot = strrchr (original, '.');
  const char *extension = dot != NULL && dot != original && strlen (dot) <= MAX_EXTENSION_BYTES ? dot : "";
  g_autofree char *original_stem = g_strndup (original, strlen (original) - strlen (extension));
  const char *label = evidence->caption != NULL && *evidence->caption != '\0' ? evidence->caption : original_stem;
  g_autofree char *prefix = g_strdup_printf ("%03u_", number);
  gint room = RR_PACKAGE_MAX_PATH_UNITS - (gint) rr_package_count_units (folder) - 1
              - (gint) rr_package_count_units (prefix) - (gint) rr_package_count_units (extension);
  g_autofree char *stem = first_chars (label, (guint) CLAMP (room, 1, MAX_FILE_STEM_CHARS));
  g_autofree char *requested = g_strconcat (prefix, stem, extension, NULL);

  /* The whole name is cleaned at once, so a forbidden character in the
   * caption, the original name or its extension becomes "_". */
  return rr_package_sanitize_name (requested, RR_PACKAGE_MAX_NAME_BYTES);
}

/**
 * rr_package_plan_paths:
 *
 * Names every evidence file of @scores inside the package:
 * "01_参与共同体/01_task words/001_caption.jpg", numbered from 001 in the
 * order of @scores->evidence, unique ignoring case.
 *
 * Returns: (transfer full) (element-type utf8): one path per evidence file
 */
GPtrArray *
rr_package_plan_paths (const RrEvaluationScores *scores)
{
  const RrCatalog *catalog;
  g_autoptr(GHashTable) folders = NULL;
  GPtrArray *paths;

  g_return_val_if_fail (scores != NULL && scores->result != NULL, NULL);

  catalog = scores->result->template->catalog;
  folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < scores->evidence->len; i++)
    {
      const RrEvidence *evidence = g_ptr_array_index (scores->evidence, i);
      const RrTask *task = rr_catalog_get_task (catalog, evidence->task);
      /* Evidence is only added for tasks of the catalog, so "00" is a
       * fallback that a valid project never uses. */
      g_autofree char *group_name = task != NULL ? group_folder (task->group) : g_strdup ("00");
      g_autofree char *task_name = task != NULL ? task_folder (task)
                                                : g_strdup_printf ("%02u", evidence->task);
      g_autofree char *folder = g_strconcat (group_name, "/", task_name, NULL);
      g_autofree char *requested = evidence_name (evidence, i + 1, folder);
      g_autofree char *name = NULL;
      GPtrArray *used_names = g_hash_table_lookup (folders, folder);

      if (used_names == NULL)
        {
          used_names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (folders, g_strdup (folder), used_names);
        }

      name = rr_package_unique_name (requested, used_names);
      g_ptr_array_add (paths, g_strconcat (folder, "/", name, NULL));
    }

  return paths;
}
