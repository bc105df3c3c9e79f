/* rr-error.h: the application's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RR_ERROR (rr_error_quark ())

/* Every fallible call of the lower layers reports one of these codes in the
 * RR_ERROR domain, with a message a user can act on. */
typedef enum {
  RR_ERROR_FAILED,            /* no better code applies */
  RR_ERROR_IO,                /* a file could not be read or written */
  RR_ERROR_PARSE,             /* a file is not well-formed (JSON, CSV …) */
  RR_ERROR_INVALID_CATALOG,   /* a catalog file breaks the catalog format */
  RR_ERROR_INVALID_INPUT,     /* a figure or argument is out of range */
  RR_ERROR_DATABASE,          /* SQLite reported an error */
  RR_ERROR_EXPORT,            /* libxlsxwriter reported an error */
} RrErrorCode;

GQuark rr_error_quark (void);

G_END_DECLS
