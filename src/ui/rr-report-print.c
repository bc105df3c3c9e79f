/* rr-report-print.c: the report through GtkPrintOperation, and the package
 * written in a thread while a window shows its progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-report-print"

#include "config.h"

#include "rr-report-print.h"

#include "export/rr-package.h"
#include "export/rr-report.h"

#include <glib/gi18n-lib.h>

static void
show_message (GtkWindow  *parent,
              const char *message)
{
  /* GtkAlertDialog is GTK 4.10; GtkMessageDialog is what 4.8 has. */
  GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", message);

  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------------ */
/* Printing                                                                  */
/* ------------------------------------------------------------------------ */

/* Lays the pages out with the printer's Pango context, whose font map and
 * resolution are the printer's, on the paper the dialog chose. */
static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                RrReportLayout    *layout)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  guint n_pages;

  rr_report_layout_prepare_context (pango);
  n_pages = rr_report_layout_paginate (layout, pango, gtk_print_context_get_width (context),
                                       gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
  g_object_unref (pango);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              RrReportLayout    *layout)
{
  rr_report_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* Reports whether the program GTK runs for a print preview is installed.
 * GTK writes the preview to a PDF and starts that program (evince unless
 * the desktop sets gtk-print-preview-command), and reports nothing when it
 * is missing. */
static gboolean
has_previewer (void)
{
  g_autofree char *command = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *program = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-print-preview-command", &command, NULL);
  if (command == NULL || !g_shell_parse_argv (command, NULL, &argv, NULL) || argv[0] == NULL)
    return FALSE;

  program = g_find_program_in_path (argv[0]);
  return program != NULL;
}

static gboolean
on_preview (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            gpointer                  user_data)
{
  if (has_previewer ())
    return FALSE;

  show_message (parent, _("The print preview needs a document viewer such as evince, which is not installed. "
                          "Install evince, or choose “Print to File” in the print dialog and open the PDF."));
  gtk_print_operation_preview_end_preview (preview);
  return TRUE;
}

static GtkPrintOperation *
new_operation (const RrEvaluationScores *scores)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  RrReportLayout *layout = rr_report_build (scores, NULL);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, scores->community->name);
  g_object_set_data_full (G_OBJECT (operation), "rr-layout", layout, (GDestroyNotify) rr_report_layout_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), layout);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), layout);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview), NULL);
  return operation;
}

/**
 * rr_report_print:
 *
 * Opens the print dialog, with its preview, for the report of @scores. The
 * pages are laid out in points on the whole sheet, A4 unless the dialog
 * chooses other paper, with the report's own margins.
 */
void
rr_report_print (GtkWindow                *parent,
                 const RrEvaluationScores *scores)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (scores != NULL);

  operation = new_operation (scores);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_message (parent, error->message);
}

/**
 * rr_report_print_to_file:
 *
 * Prints the report of @scores to the PDF file @path without a dialog,
 * through the same print operation as rr_report_print().
 */
gboolean
rr_report_print_to_file (const RrEvaluationScores  *scores,
                         const char                *path,
                         GError                   **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (scores != NULL && path != NULL, FALSE);

  operation = new_operation (scores);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* ------------------------------------------------------------------------ */
/* The package                                                               */
/* ------------------------------------------------------------------------ */

typedef struct {
  char *project_path;
  gint64 evaluation_id;
  RrCatalog *catalog;
  RrScoringTemplate *template;
  char *output;
  GtkWindow *window;            /* the progress window, owned */
  GtkProgressBar *bar;
  GCancellable *cancellable;
  RrPackageWritten written;     /* the function called once the package is complete */
  gpointer written_data;
} Export;

static void
export_free (gpointer data)
{
  Export *export = data;

  g_free (export->project_path);
  rr_catalog_unref (export->catalog);
  rr_scoring_template_unref (export->template);
  g_free (export->output);
  g_clear_object (&export->cancellable);
  g_clear_object (&export->bar);
  if (export->window != NULL)
    gtk_window_destroy (export->window);
  g_free (export);
}

typedef struct {
  GtkProgressBar *bar;
  double fraction;
  char *text;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;

  gtk_progress_bar_set_fraction (progress->bar, progress->fraction);
  gtk_progress_bar_set_text (progress->bar, progress->text);
  g_object_unref (progress->bar);
  g_free (progress->text);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Runs in the writing thread, so the bar is updated from the main loop. */
static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Export *export = user_data;
  Progress *progress = g_new0 (Progress, 1);

  progress->bar = g_object_ref (export->bar);
  progress->fraction = total > 0 ? (double) done / total : 1.0;
  progress->text = g_strdup_printf (_("%u of %u files"), done, total);
  g_idle_add (show_progress, progress);
}

static void
write_package (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrEvaluationScores) scores = NULL;
  GError *error = NULL;

  /* A connection of this thread's own; SQLite lets it read while the
   * window's connection stays open. */
  project = rr_project_open (export->project_path, RR_PROJECT_OPEN_READ_ONLY, &error);
  if (project != NULL)
    scores = rr_project_score_evaluation (project, export->evaluation_id, export->catalog, export->template, &error);
  if (scores != NULL
      && rr_package_write (project, scores, export->output, on_progress, export, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GtkWindow *parent = user_data;
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (export->written != NULL)
        export->written (export->output, export->written_data);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_message (parent, error->message);
}

static GtkWindow *
new_progress_window (GtkWindow     *parent,
                     Export        *export)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (_("Writing the self-assessment package…"));
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  gtk_window_set_title (GTK_WINDOW (window), _("Self-assessment Package"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_deletable (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 380, -1);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  gtk_widget_set_halign (cancel, GTK_ALIGN_END);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (g_cancellable_cancel), export->cancellable);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), cancel);
  gtk_window_set_child (GTK_WINDOW (window), box);

  export->bar = g_object_ref (GTK_PROGRESS_BAR (bar));
  return GTK_WINDOW (window);
}

/**
 * rr_report_export_package:
 * @project_path: the project file, opened again read-only in a thread
 * @output: a ".zip" file or a new folder
 *
 * Writes the self-assessment package of evaluation @evaluation_id in a
 * thread. A modal window shows the progress and cancels the export, which
 * then leaves nothing behind. Errors are shown in a message dialog.
 */
void
rr_report_export_package (GtkWindow         *parent,
                          const char        *project_path,
                          gint64             evaluation_id,
                          RrCatalog         *catalog,
                          RrScoringTemplate *template,
                          const char        *output,
                          RrPackageWritten   written,
                          gpointer           written_data)
{
  Export *export = g_new0 (Export, 1);
  g_autoptr(GTask) task = NULL;

  export->project_path = g_strdup (project_path);
  export->evaluation_id = evaluation_id;
  export->catalog = rr_catalog_ref (catalog);
  export->template = rr_scoring_template_ref (template);
  export->output = g_strdup (output);
  export->written = written;
  export->written_data = written_data;
  export->cancellable = g_cancellable_new ();
  export->window = new_progress_window (parent, export);

  task = g_task_new (NULL, export->cancellable, on_written, parent);
  g_task_set_task_data (task, export, export_free);
  g_task_set_return_on_cancel (task, FALSE);
  gtk_window_present (export->window);
  g_task_run_in_thread (task, write_package);
}
