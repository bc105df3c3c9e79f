/* rr-cli-report.c: `renren-eval report`, `package` and `verify`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "export/rr-package.h"
#include "export/rr-report.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <stdio.h>

/* Frees the font caches that Pango and fontconfig keep for the life of the
 * process, so that LeakSanitizer reports only real leaks. Called when the
 * subcommand is done with all text. */
static void
release_fonts (void)
{
  pango_cairo_font_map_set_default (NULL);
  FcFini ();
}

int
rr_cli_report (int    argc,
               char **argv)
{
  g_autofree char *catalog_path = NULL;
  g_autofree char *output = NULL;
  g_autoptr(RrEvaluationScores) scores = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to this PDF file"), "OUT.pdf" },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Read the standard from this catalog file instead of the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("report", "FILE EVALUATION_ID --output OUT.pdf",
                             _("Write an evaluation’s printed report as an A4 PDF file."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 3 || output == NULL)
    {
      g_printerr (_("renren-eval report: give a project file, an evaluation id and --output OUT.pdf\n"));
      return RR_EXIT_USAGE;
    }

  scores = rr_cli_load_scores ("report", argv[1], argv[2], catalog_path, NULL, &status);
  if (scores == NULL)
    return status;

  ok = rr_report_write_pdf (scores, NULL, output, &error);
  release_fonts ();
  if (!ok)
    {
      g_printerr ("renren-eval report: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  gboolean *verbose = user_data;

  if (*verbose)
    g_printerr ("%u/%u\n", done, total);
}

int
rr_cli_package (int    argc,
                char **argv)
{
  g_autofree char *catalog_path = NULL;
  g_autofree char *output = NULL;
  g_autoptr(RrEvaluationScores) scores = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gboolean verbose = FALSE;
  gboolean ok;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the package to this zip file, or to this new folder when the name does not end in .zip"),
      "OUT.zip|OUT/" },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &verbose, N_("Print the files written so far and the total"), NULL },
    { "catalog", 0, 0, G_OPTION_ARG_FILENAME, &catalog_path,
      N_("Read the standard from this catalog file instead of the built-in one"), "FILE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("package", "FILE EVALUATION_ID --output OUT.zip|OUT/",
                             _("Write an evaluation’s self-assessment package: the report, the workbook and every "
                               "evidence file with an index."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 3 || output == NULL)
    {
      g_printerr (_("renren-eval package: give a project file, an evaluation id and --output OUT.zip or OUT/\n"));
      return RR_EXIT_USAGE;
    }

  scores = rr_cli_load_scores ("package", argv[1], argv[2], catalog_path, NULL, &status);
  if (scores == NULL)
    return status;

  project = rr_cli_open_project ("package", argv[1], FALSE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  ok = rr_package_write (project, scores, output, print_progress, &verbose, NULL, &error);
  release_fonts ();
  if (!ok)
    {
      g_printerr ("renren-eval package: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}

static void
print_paths (const char *label,
             GPtrArray  *paths)
{
  for (guint i = 0; i < paths->len; i++)
    printf ("%s: %s\n", label, (const char *) g_ptr_array_index (paths, i));
}

int
rr_cli_verify (int    argc,
               char **argv)
{
  g_autoptr(RrPackageCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = { { NULL } };

  if (!rr_cli_parse_options ("verify", "PACKAGE",
                             _("Check a self-assessment package (a folder or a zip file) against its index: lists "
                               "missing, altered and unlisted files. Exit status 0 when clean, 1 when files differ, "
                               "2 when the package cannot be read."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("renren-eval verify: give one package folder or zip file\n"));
      return RR_EXIT_USAGE;
    }

  check = rr_package_verify (argv[1], &error);
  if (check == NULL)
    {
      g_printerr ("renren-eval verify: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  /* The labels stay English: scripts read them. */
  print_paths ("missing", check->missing);
  print_paths ("altered", check->altered);
  print_paths ("unlisted", check->unlisted);
  g_printerr (_("%u files listed: %u missing, %u altered, %u unlisted\n"), check->listed, check->missing->len,
              check->altered->len, check->unlisted->len);

  return rr_package_check_is_clean (check) ? RR_EXIT_OK : RR_EXIT_INVALID;
}
