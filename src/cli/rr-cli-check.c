/* rr-cli-check.c: `renren-eval check FILE`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "domain/rr-error.h"
#include "domain/rr-figures.h"
#include "domain/rr-thresholds.h"
#include "export/rr-check-export.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

/* Reads FILE, or standard input for "-". */
static gboolean
read_input (const char  *path,
            char       **contents,
            gsize       *length,
            GError     **error)
{
  g_autoptr(GError) read_error = NULL;

  if (g_str_equal (path, "-"))
    {
      GString *buffer = g_string_new (NULL);
      char chunk[4096];
      size_t n;

      while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
        g_string_append_len (buffer, chunk, (gssize) n);

      if (ferror (stdin))
        {
          g_string_free (buffer, TRUE);
          g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not read standard input"));
          return FALSE;
        }

      *length = buffer->len;
      *contents = g_string_free (buffer, FALSE);
      return TRUE;
    }

  if (!g_file_get_contents (path, contents, length, &read_error))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not read the figures: %s"), read_error->message);
      return FALSE;
    }

  return TRUE;
}

int
rr_cli_check (int    argc,
              char **argv)
{
  g_autofree char *catalog_path = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  g_autoptr(RrFigures) figures = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  gsize length = 0;
  GOptionEntry entries[] = {
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Read the standard from this catalog file instead of the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("check", "FILE",
                             _("Check a community’s figures (JSON, or - for standard input) against the standard’s thresholds."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("renren-eval check: give one figures file, or - for standard input\n"));
      return RR_EXIT_USAGE;
    }

  catalog = rr_cli_load_catalog (catalog_path, &error);
  if (catalog == NULL)
    {
      g_printerr ("renren-eval check: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  if (!read_input (argv[1], &contents, &length, &error))
    {
      g_printerr ("renren-eval check: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  figures = rr_figures_parse_json (contents, (gssize) length,
                                   g_str_equal (argv[1], "-") ? "stdin" : argv[1],
                                   &errors, &error);
  if (figures == NULL && error != NULL)
    {
      g_printerr ("renren-eval check: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  if (figures == NULL)
    {
      output = rr_check_export_json (NULL, errors);
      fputs (output, stdout);
      for (guint i = 0; i < errors->len; i++)
        {
          const RrFieldError *field_error = g_ptr_array_index (errors, i);
          g_printerr ("renren-eval check: %s: %s\n", field_error->field, field_error->message);
        }
      return RR_EXIT_INVALID;
    }

  checks = rr_thresholds_evaluate (catalog, figures);
  output = rr_check_export_json (checks, NULL);
  fputs (output, stdout);
  return RR_EXIT_OK;
}
