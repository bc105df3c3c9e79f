/* rr-cli.h: the command-line subcommands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of every subcommand. */
enum {
  RR_EXIT_OK = 0,
  RR_EXIT_INVALID = 1,   /* the input was read but is invalid */
  RR_EXIT_USAGE = 2,     /* bad arguments, or a file that cannot be read or parsed */
};

gboolean rr_cli_is_command (const char *name);
int      rr_cli_run        (int         argc,
                            char      **argv);

G_END_DECLS
