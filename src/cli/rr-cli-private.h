/* rr-cli-private.h: helpers shared by the subcommands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "domain/rr-catalog.h"

G_BEGIN_DECLS

gboolean   rr_cli_parse_options (const char    *name,
                                 const char    *parameters,
                                 const char    *summary,
                                 GOptionEntry  *entries,
                                 int           *argc,
                                 char        ***argv);
RrCatalog *rr_cli_load_catalog  (const char    *path,
                                 GError       **error);

/* Subcommands, one file each. */
int        rr_cli_check         (int            argc,
                                 char         **argv);

G_END_DECLS
