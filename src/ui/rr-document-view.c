/* rr-document-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-document-view"

#include "config.h"

#include "rr-document-view.h"

#include <glib/gi18n-lib.h>

static GtkWidget *
add_label (GtkWidget  *box,
           const char *markup,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 56);
  /* Body text can be selected and copied. */
  gtk_label_set_selectable (GTK_LABEL (label), g_strcmp0 (css_class, "clause-text") == 0 ||
                                              g_strcmp0 (css_class, "note-text") == 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static GtkWidget *
new_page_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_widget_add_css_class (box, "document");
  gtk_widget_set_halign (box, GTK_ALIGN_FILL);
  return box;
}

static GtkWidget *
wrap_in_scrolled_window (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* Labels cap their width, so lines stay readable on wide screens. */
  gtk_widget_set_halign (clamp, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (clamp), child);
  gtk_widget_set_vexpand (scrolled, TRUE);
  /* The page takes the focus when shown, so the arrow and page keys scroll it. */
  gtk_widget_set_focusable (scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static void
add_clause (GtkWidget      *box,
            const RrClause *clause)
{
  g_autofree char *markup = NULL;

  if (*clause->title != '\0')
    {
      const char *css_class = clause->depth == 1 ? "clause-heading-1" : "clause-heading-2";

      markup = g_markup_printf_escaped ("%s　%s", clause->number, clause->title);
      add_label (box, markup, css_class);
      g_clear_pointer (&markup, g_free);
      if (*clause->text != '\0')
        {
          markup = g_markup_escape_text (clause->text, -1);
          add_label (box, markup, "clause-text");
        }
      return;
    }

  markup = g_markup_printf_escaped ("<b>%s</b>　%s", clause->number, clause->text);
  add_label (box, markup, "clause-text");
}

/* Builds the scrolled page of clauses 1–7, the notes of Table 1 after
 * clause 6, and the catalog's header. */
GtkWidget *
rr_document_view_new_clauses (const RrCatalog *catalog)
{
  GtkWidget *box = new_page_box ();
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;
  GtkWidget *label;

  g_return_val_if_fail (catalog != NULL, NULL);

  title = g_markup_printf_escaped ("%s\n%s（%s）", catalog->code, catalog->title, catalog->stage);
  label = add_label (box, title, "document-title");
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);

  meta = g_markup_printf_escaped (_("Issued by %s · proposed by %s · catalog %s, version %s"),
                                  catalog->issuer, catalog->proposer, catalog->id, catalog->version);
  label = add_label (box, meta, "dim-label");
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);

  for (guint i = 0; i < catalog->clauses->len; i++)
    {
      const RrClause *clause = g_ptr_array_index (catalog->clauses, i);

      add_clause (box, clause);

      /* The notes under Table 1 belong to clause 6, 建设任务. */
      if (g_str_equal (clause->number, "6"))
        {
          for (guint j = 0; j < catalog->notes->len; j++)
            {
              const RrNote *note = g_ptr_array_index (catalog->notes, j);
              g_autofree char *markup = NULL;

              markup = g_markup_printf_escaped ("<b>注%u：</b>%s", note->number, note->text);
              add_label (box, markup, "note-text");
            }
        }
    }

  return wrap_in_scrolled_window (box);
}

/* Counts how many rows the cell at (@row_index, @column) spans: itself and
 * each following row whose cell in @column continues it. */
static int
row_span (const RrAnnexTable *table,
          guint               row_index,
          guint               column)
{
  int span = 1;

  for (guint i = row_index + 1; i < table->rows->len; i++)
    {
      const RrTableRow *row = g_ptr_array_index (table->rows, i);

      if ((row->merged_above & (G_GUINT64_CONSTANT (1) << column)) == 0)
        break;
      span++;
    }

  return span;
}

static GtkWidget *
table_cell (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "table-cell");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
build_table_grid (const RrAnnexTable *table)
{
  GtkWidget *grid = gtk_grid_new ();
  guint columns = g_strv_length (table->columns);

  gtk_widget_add_css_class (grid, "annex-table");

  for (guint j = 0; j < columns; j++)
    gtk_grid_attach (GTK_GRID (grid), table_cell (table->columns[j], "table-header"), (int) j, 0, 1, 1);

  for (guint i = 0; i < table->rows->len; i++)
    {
      const RrTableRow *row = g_ptr_array_index (table->rows, i);

      for (guint j = 0; j < columns; j++)
        {
          GtkWidget *cell;

          if (row->merged_above & (G_GUINT64_CONSTANT (1) << j))
            continue;

          cell = table_cell (row->cells[j], NULL);
          /* The last column has the long text and takes the spare width. */
          gtk_widget_set_hexpand (cell, j + 1 == columns);
          gtk_grid_attach (GTK_GRID (grid), cell, (int) j, (int) i + 1, 1, row_span (table, i, j));
        }
    }

  return grid;
}

static void
add_annex (GtkWidget     *box,
           const RrAnnex *annex)
{
  const RrAnnexTable *table = &annex->table;
  g_autofree char *heading = NULL;
  g_autofree char *table_title = NULL;
  GtkWidget *label;

  heading = g_markup_printf_escaped ("附 录 %s\n（%s）\n%s", annex->letter, annex->nature, annex->title);
  label = add_label (box, heading, "document-title");
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);

  if (*annex->intro != '\0')
    {
      g_autofree char *intro = g_markup_escape_text (annex->intro, -1);
      add_label (box, intro, "clause-text");
    }

  table_title = g_markup_printf_escaped ("表 %s　%s", table->number, table->title);
  label = add_label (box, table_title, "table-title");
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);

  for (guint i = 0; i < table->paragraphs->len; i++)
    {
      const RrParagraph *paragraph = g_ptr_array_index (table->paragraphs, i);
      g_autofree char *lines = g_strjoinv ("\n", paragraph->lines);
      g_autofree char *markup = NULL;

      if (*paragraph->heading != '\0')
        {
          markup = g_markup_escape_text (paragraph->heading, -1);
          add_label (box, markup, "clause-heading-2");
          g_clear_pointer (&markup, g_free);
        }
      markup = g_markup_escape_text (lines, -1);
      add_label (box, markup, "clause-text");
    }

  if (table->rows->len > 0)
    gtk_box_append (GTK_BOX (box), build_table_grid (table));
}

/* Builds the scrolled page of Annexes A–D with their tables as printed. */
GtkWidget *
rr_document_view_new_annexes (const RrCatalog *catalog)
{
  GtkWidget *box = new_page_box ();

  g_return_val_if_fail (catalog != NULL, NULL);

  for (guint i = 0; i < catalog->annexes->len; i++)
    {
      if (i > 0)
        gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      add_annex (box, g_ptr_array_index (catalog->annexes, i));
    }

  return wrap_in_scrolled_window (box);
}
