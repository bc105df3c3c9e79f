/* rr-new-evaluation.h: the dialog that starts an evaluation of a community
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "storage/rr-project.h"

G_BEGIN_DECLS

GtkDialog *rr_new_evaluation_dialog_new        (GtkWindow         *parent,
                                                const char        *community,
                                                gint64             default_start,
                                                gint64             default_end);
RrEvaluationKind rr_new_evaluation_dialog_get_kind (GtkDialog     *dialog);
void       rr_new_evaluation_dialog_set_kind   (GtkDialog         *dialog,
                                                RrEvaluationKind   kind);
void       rr_new_evaluation_dialog_set_period (GtkDialog         *dialog,
                                                const char        *start,
                                                const char        *end);
gboolean   rr_new_evaluation_dialog_get_period (GtkDialog         *dialog,
                                                gint64            *start,
                                                gint64            *end,
                                                GError           **error);
void       rr_new_evaluation_dialog_show_error (GtkDialog         *dialog,
                                                const char        *message);
const char *rr_new_evaluation_dialog_get_error (GtkDialog         *dialog);

G_END_DECLS
