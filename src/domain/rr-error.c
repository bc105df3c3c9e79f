/* rr-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "rr-error.h"

G_DEFINE_QUARK (rr-error-quark, rr_error)
