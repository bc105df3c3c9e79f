/* rr-catalog-export.h: the catalog as JSON or plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "domain/rr-catalog.h"

G_BEGIN_DECLS

char *rr_catalog_export_json (const RrCatalog *catalog);
char *rr_catalog_export_text (const RrCatalog *catalog);

G_END_DECLS
