/* rr-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-text"

#include "rr-text.h"

#include <string.h>

/* Folds text so that a search matches however it was typed. NFKC turns
 * full-width digits, letters and signs (１０％) into their ASCII forms, and
 * case folding ignores Latin case. Whitespace is dropped because Chinese
 * text puts spaces around numbers inconsistently ("不少于 10 个" / "5个"). */
char *
rr_text_fold_for_search (const char *text)
{
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  GString *compact;

  g_return_val_if_fail (text != NULL, NULL);

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normalized == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (normalized, -1);

  compact = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (compact, c);
    }

  return g_string_free (compact, FALSE);
}

/* Returns TRUE when @haystack, once folded, contains @folded_needle, which
 * must come from rr_text_fold_for_search(). An empty needle matches. */
gboolean
rr_text_contains_folded (const char *haystack,
                         const char *folded_needle)
{
  g_autofree char *folded_haystack = NULL;

  if (folded_needle == NULL || *folded_needle == '\0')
    return TRUE;
  if (haystack == NULL)
    return FALSE;

  folded_haystack = rr_text_fold_for_search (haystack);
  return strstr (folded_haystack, folded_needle) != NULL;
}
