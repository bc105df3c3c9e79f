/* rr-roster-import.h: a roster applied to a project in one transaction
 *
 * A row updates the community with its code, or without a code the one
 * with its name in its street or town, and otherwise adds a community, so
 * importing the same roster twice changes nothing the second time. The
 * figures of a row go to the community's latest evaluation that is not
 * finalised. A community without one keeps no figures, and its row reports
 * that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "domain/rr-roster.h"
#include "rr-project.h"

G_BEGIN_DECLS

typedef struct {
  guint added;
  guint updated;
  guint unchanged;
  guint skipped;             /* rows with errors, left out by a valid-only import */
  guint figures_stored;      /* rows whose figures were written to an evaluation */
} RrRosterCounts;

gboolean rr_project_plan_roster   (RrProject       *project,
                                   RrRoster        *roster,
                                   GError         **error);
gboolean rr_project_import_roster (RrProject       *project,
                                   RrRoster        *roster,
                                   gboolean         valid_only,
                                   RrRosterCounts  *counts,
                                   GError         **error);

G_END_DECLS
