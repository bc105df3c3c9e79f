/* rr-cli-check.c: `renren-eval check FILE`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include <glib/gi18n-lib.h>

int
rr_cli_check (int    argc,
              char **argv)
{
  /* TODO: evaluate the figures against the thresholds. */
  g_printerr ("renren-eval check: not implemented yet\n");
  return RR_EXIT_USAGE;
}
