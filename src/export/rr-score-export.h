/* rr-score-export.h: an evaluation's scores as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "domain/rr-scoring.h"

G_BEGIN_DECLS

char *rr_score_export_json (const RrScoreResult *result,
                            GPtrArray           *rectification,
                            const RrScoreResult *self_result);

G_END_DECLS
