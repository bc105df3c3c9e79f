/* rr-document-view.h: the standard's clauses and annexes as readable pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "domain/rr-catalog.h"

G_BEGIN_DECLS

GtkWidget *rr_document_view_new_clauses (const RrCatalog *catalog);
GtkWidget *rr_document_view_new_annexes (const RrCatalog *catalog);

G_END_DECLS
