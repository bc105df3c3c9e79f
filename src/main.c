/* main.c: the renren-eval executable
 *
 * With a subcommand (`renren-eval catalog …`) it runs the command line and
 * never touches the display; otherwise it opens the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cli/rr-cli.h"
#include "ui/rr-application.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>

static void
setup_gettext (void)
{
  /* An uninstalled build points here at its own compiled translations. */
  const char *localedir = g_getenv ("RENREN_EVAL_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(RrApplication) app = NULL;

  setup_gettext ();

  if (argc >= 2 && g_strcmp0 (argv[1], "--version") == 0)
    {
      printf ("renren-eval %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (argc >= 2 && rr_cli_is_command (argv[1]))
    return rr_cli_run (argc, argv);

  app = rr_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
