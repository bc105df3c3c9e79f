/* rr-check-export.h: threshold results as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "domain/rr-thresholds.h"

G_BEGIN_DECLS

char *rr_check_export_json (GPtrArray *checks,
                            GPtrArray *errors);

G_END_DECLS
