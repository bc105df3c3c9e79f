/* rr-roster-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-roster-dialog"

#include "config.h"

#include "rr-roster-dialog.h"

#include <glib/gi18n-lib.h>

struct _RrRosterDialog
{
  GtkWindow parent_instance;

  /* children */
  GtkWidget *import_button;
  GtkWidget *valid_button;
  GtkWidget *message;

  /* borrowed: the window keeps the project open while the dialog is */
  RrProject *project;

  /* owned */
  RrRoster *roster;

  /* state */
  guint problem_rows;
};

G_DEFINE_FINAL_TYPE (RrRosterDialog, rr_roster_dialog, GTK_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
label (const char *text,
       const char *css_class)
{
  GtkWidget *widget = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (widget), 0.0);
  gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (widget, css_class);
  return widget;
}

static const char *
delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case ';':
      return _("semicolon");
    case '\t':
      return _("tab");
    default:
      return _("comma");
    }
}

static GtkWidget *
build_columns (RrRosterDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  for (guint i = 0; i < self->roster->columns->len; i++)
    {
      const RrRosterColumn *column = g_ptr_array_index (self->roster->columns, i);
      g_autofree char *meaning = rr_roster_column_describe (column);
      g_autofree char *text = g_strdup_printf ("%s → %s", column->header, meaning);

      gtk_box_append (GTK_BOX (box), label (text, column->kind == RR_ROSTER_COLUMN_IGNORED ? "dim-label" : NULL));
    }

  return box;
}

static GtkWidget *
row_widget (const RrRosterRow *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = NULL;

  /* Translators: "第 3 行 · 五星社区 · 五星街道 · 更新" */
  title = g_strdup_printf (_("Line %u · %s · %s · %s"), row->line, row->name != NULL ? row->name : "",
                           row->street != NULL ? row->street : "",
                           row->errors->len > 0 ? _("not imported")
                                                : row->existing_id > 0 ? _("updates") : _("adds"));
  gtk_box_append (GTK_BOX (box), label (title, row->errors->len > 0 ? "heading" : NULL));

  for (guint i = 0; i < row->errors->len; i++)
    gtk_box_append (GTK_BOX (box), label (g_ptr_array_index (row->errors, i), "field-error"));
  for (guint i = 0; i < row->warnings->len; i++)
    gtk_box_append (GTK_BOX (box), label (g_ptr_array_index (row->warnings, i), "dim-label"));

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  return box;
}

/**
 * rr_roster_dialog_import:
 * @valid_only: import the rows without errors and leave the others out
 *
 * Imports the roster in one transaction; without @valid_only a roster with
 * any error changes nothing.
 */
gboolean
rr_roster_dialog_import (RrRosterDialog  *self,
                         gboolean         valid_only,
                         RrRosterCounts  *counts,
                         GError         **error)
{
  RrRosterCounts local = { 0 };

  g_return_val_if_fail (RR_IS_ROSTER_DIALOG (self), FALSE);

  if (!rr_project_import_roster (self->project, self->roster, valid_only, counts != NULL ? counts : &local, error))
    return FALSE;

  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
  return TRUE;
}

static void
on_import (GtkButton      *button,
           RrRosterDialog *self)
{
  g_autoptr(GError) error = NULL;
  RrRosterCounts counts = { 0 };
  g_autofree char *text = NULL;

  if (!rr_roster_dialog_import (self, GTK_WIDGET (button) == self->valid_button, &counts, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->message), error->message);
      return;
    }

  /* A row can leave its community unchanged and still store figures. */
  text = g_strdup_printf (_("Imported: %u added, %u updated, %u unchanged, %u left out; figures stored for %u."),
                          counts.added, counts.updated, counts.unchanged, counts.skipped, counts.figures_stored);
  gtk_label_set_text (GTK_LABEL (self->message), text);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  gtk_widget_set_sensitive (self->valid_button, FALSE);
}

RrRosterDialog *
rr_roster_dialog_new (GtkWindow *parent,
                      RrProject *project,
                      RrRoster  *roster)
{
  RrRosterDialog *self = g_object_new (RR_TYPE_ROSTER_DIALOG,
                                       "transient-for", parent,
                                       "modal", TRUE,
                                       "title", _("Import Community Roster"),
                                       "default-width", 640,
                                       "default-height", 560,
                                       NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *rows = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Close"));
  guint valid = rr_roster_count_valid (roster);
  g_autofree char *source = NULL;
  g_autofree char *summary = NULL;

  self->project = project;
  self->roster = roster;
  self->problem_rows = rr_roster_count_invalid (roster);

  source = g_strdup_printf (_("Read as %s%s, separated by %s."), roster->encoding,
                            roster->had_bom ? _(" with a byte-order mark") : "", delimiter_name (roster->delimiter));
  summary = g_strdup_printf (_("%u rows can be imported, %u have problems."), valid, self->problem_rows);

  gtk_box_append (GTK_BOX (box), label (source, "dim-label"));
  gtk_box_append (GTK_BOX (box), label (_("Columns"), "section-title"));
  gtk_box_append (GTK_BOX (box), build_columns (self));
  gtk_box_append (GTK_BOX (box), label (summary, "section-title"));
  for (guint i = 0; i < roster->rows->len; i++)
    gtk_box_append (GTK_BOX (rows), row_widget (g_ptr_array_index (roster->rows, i)));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), rows);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  self->message = label (self->problem_rows > 0
                         ? _("A roster with problems changes nothing unless you import only the valid rows.")
                         : NULL, "dim-label");
  gtk_box_append (GTK_BOX (box), self->message);

  self->valid_button = gtk_button_new_with_mnemonic (_("Import _Valid Rows Only"));
  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  gtk_widget_set_sensitive (self->import_button, self->problem_rows == 0 && valid > 0);
  gtk_widget_set_sensitive (self->valid_button, self->problem_rows > 0 && valid > 0);
  g_signal_connect (self->import_button, "clicked", G_CALLBACK (on_import), self);
  g_signal_connect (self->valid_button, "clicked", G_CALLBACK (on_import), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  gtk_widget_set_hexpand (cancel, TRUE);
  gtk_widget_set_halign (cancel, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), self->valid_button);
  gtk_box_append (GTK_BOX (buttons), self->import_button);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_widget_set_margin_start (box, 16);
  gtk_widget_set_margin_end (box, 16);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_window_set_child (GTK_WINDOW (self), box);
  return self;
}

guint
rr_roster_dialog_count_problem_rows (RrRosterDialog *self)
{
  g_return_val_if_fail (RR_IS_ROSTER_DIALOG (self), 0);

  return self->problem_rows;
}

static void
rr_roster_dialog_finalize (GObject *object)
{
  RrRosterDialog *self = RR_ROSTER_DIALOG (object);

  g_clear_pointer (&self->roster, rr_roster_free);

  G_OBJECT_CLASS (rr_roster_dialog_parent_class)->finalize (object);
}

static void
rr_roster_dialog_class_init (RrRosterDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rr_roster_dialog_finalize;

  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rr_roster_dialog_init (RrRosterDialog *self)
{
}
