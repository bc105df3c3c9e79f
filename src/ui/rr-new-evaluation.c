/* rr-new-evaluation.c: the dialog that starts an evaluation of a community
 *
 * It requests only what the project cannot know: the kind of evaluation
 * and its period, which starts filled in with the period most of the
 * district's latest evaluations use. The caller creates the evaluation on "create"
 * and shows any error in the dialog, which stays open so nothing typed is
 * lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-new-evaluation"

#include "config.h"

#include "rr-new-evaluation.h"

#include "domain/rr-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* The dialog's input widgets, kept on it. */
typedef struct {
  GtkDropDown *kind;
  GtkEntry *start;
  GtkEntry *end;
  GtkLabel *error;
} Fields;

static Fields *
get_fields (GtkDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "rr-fields");
}

/* Drops the error of the last "create" once the user edits a field. */
static void
on_field_changed (GtkEditable *editable,
                  GtkDialog   *dialog)
{
  Fields *fields = get_fields (dialog);

  gtk_widget_remove_css_class (GTK_WIDGET (fields->start), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (fields->end), "error");
  rr_new_evaluation_dialog_show_error (dialog, NULL);
}

static GtkEntry *
add_month_entry (GtkGrid    *grid,
                 int         row,
                 const char *title,
                 gint64      month)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = rr_month_format (month);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "2026-01");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, entry, 1, row, 1, 1);
  return GTK_ENTRY (entry);
}

/**
 * rr_new_evaluation_dialog_new:
 * @community: the community's name and street, as the dialog shows them
 * @default_start: the first month of the period filled in (months as in
 *   rr-figures.h)
 * @default_end: its last month
 *
 * Makes the modal dialog, which responds %GTK_RESPONSE_ACCEPT to "create".
 */
GtkDialog *
rr_new_evaluation_dialog_new (GtkWindow  *parent,
                              const char *community,
                              gint64      default_start,
                              gint64      default_end)
{
  const char *kinds[] = { "自我评价", "综合评价", NULL };
  GtkDialog *dialog;
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GtkWidget *label;
  GtkWidget *name;
  Fields *fields = g_new0 (Fields, 1);

  dialog = GTK_DIALOG (g_object_new (GTK_TYPE_DIALOG, "use-header-bar", TRUE, "modal", TRUE,
                                     "transient-for", parent, "destroy-with-parent", TRUE,
                                     "title", _("New Evaluation"), NULL));
  gtk_dialog_add_button (dialog, _("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (dialog, _("C_reate"), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_default_response (dialog, GTK_RESPONSE_ACCEPT);

  gtk_grid_set_row_spacing (grid, 8);
  gtk_grid_set_column_spacing (grid, 12);
  gtk_widget_set_margin_start (GTK_WIDGET (grid), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (grid), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (grid), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (grid), 18);

  label = gtk_label_new (_("Community name"));
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  name = gtk_label_new (community);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_selectable (GTK_LABEL (name), TRUE);
  gtk_grid_attach (grid, label, 0, 0, 1, 1);
  gtk_grid_attach (grid, name, 1, 0, 1, 1);

  label = gtk_label_new_with_mnemonic (_("_Kind"));
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  fields->kind = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (kinds));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (fields->kind));
  gtk_grid_attach (grid, label, 0, 1, 1, 1);
  gtk_grid_attach (grid, GTK_WIDGET (fields->kind), 1, 1, 1, 1);

  fields->start = add_month_entry (grid, 2, _("Period _from"), default_start);
  fields->end = add_month_entry (grid, 3, _("Period _to"), default_end);

  fields->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (fields->error, TRUE);
  gtk_label_set_max_width_chars (fields->error, 40);
  gtk_label_set_xalign (fields->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (fields->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (fields->error), FALSE);
  gtk_grid_attach (grid, GTK_WIDGET (fields->error), 0, 4, 2, 1);

  gtk_box_append (GTK_BOX (gtk_dialog_get_content_area (dialog)), GTK_WIDGET (grid));
  g_object_set_data_full (G_OBJECT (dialog), "rr-fields", fields, g_free);
  g_signal_connect (fields->start, "changed", G_CALLBACK (on_field_changed), dialog);
  g_signal_connect (fields->end, "changed", G_CALLBACK (on_field_changed), dialog);
  return dialog;
}

RrEvaluationKind
rr_new_evaluation_dialog_get_kind (GtkDialog *dialog)
{
  return gtk_drop_down_get_selected (get_fields (dialog)->kind) == 1 ? RR_EVALUATION_KIND_COMPREHENSIVE
                                                                     : RR_EVALUATION_KIND_SELF;
}

void
rr_new_evaluation_dialog_set_kind (GtkDialog        *dialog,
                                   RrEvaluationKind  kind)
{
  gtk_drop_down_set_selected (get_fields (dialog)->kind, kind == RR_EVALUATION_KIND_COMPREHENSIVE ? 1 : 0);
}

/* Types the period into the fields, as a user would. */
void
rr_new_evaluation_dialog_set_period (GtkDialog  *dialog,
                                     const char *start,
                                     const char *end)
{
  gtk_editable_set_text (GTK_EDITABLE (get_fields (dialog)->start), start);
  gtk_editable_set_text (GTK_EDITABLE (get_fields (dialog)->end), end);
}

/* Reports whether @text has the YYYY-MM shape, whatever its numbers. */
static gboolean
has_month_shape (const char *text)
{
  if (strlen (text) != 7 || text[4] != '-')
    return FALSE;

  for (guint i = 0; i < 7; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

static gboolean
read_month (GtkEntry    *entry,
            const char  *field,
            gint64      *month,
            GError     **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (rr_month_parse (text, month))
    return TRUE;

  if (has_month_shape (text))
    /* Translators: %s is "the start" or "the end" of the period, then the text typed */
    g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                 _("The month at %s of the period, “%s”, does not exist. Use a year from 1900 and a month "
                   "from 01 to 12."),
                 field, text);
  else
    /* Translators: %s is "the start" or "the end" of the period, then the text typed */
    g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                 _("The month at %s of the period, “%s”, is invalid. Type it as YYYY-MM, for example 2026-01."),
                 field, text);
  gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  return FALSE;
}

/* Reads the period typed. The error for an invalid month names its field
 * and the fix. */
gboolean
rr_new_evaluation_dialog_get_period (GtkDialog  *dialog,
                                     gint64     *start,
                                     gint64     *end,
                                     GError    **error)
{
  Fields *fields = get_fields (dialog);

  return read_month (fields->start, _("the start"), start, error) &&
         read_month (fields->end, _("the end"), end, error);
}

/* Returns the error shown under the fields, or NULL, for tests. */
const char *
rr_new_evaluation_dialog_get_error (GtkDialog *dialog)
{
  Fields *fields = get_fields (dialog);

  return gtk_widget_get_visible (GTK_WIDGET (fields->error)) ? gtk_label_get_text (fields->error) : NULL;
}

/* Shows @message under the fields, or hides it with NULL. */
void
rr_new_evaluation_dialog_show_error (GtkDialog  *dialog,
                                     const char *message)
{
  Fields *fields = get_fields (dialog);

  gtk_label_set_text (fields->error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (fields->error), message != NULL);
}
