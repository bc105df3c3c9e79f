/* rr-task-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-task-row"

#include "config.h"

#include "rr-task-row.h"

#include <glib/gi18n-lib.h>

struct _RrTaskRow
{
  GtkListBoxRow parent_instance;

  /* borrowed: the catalog outlives the window's rows */
  const RrTask *task;

  /* children */
  GtkWidget *level;
};

G_DEFINE_FINAL_TYPE (RrTaskRow, rr_task_row, GTK_TYPE_LIST_BOX_ROW)

/* Builds the 约束性/预期性 label, styled by the "badge" CSS classes. */
GtkWidget *
rr_attribute_badge_new (RrAttribute attribute)
{
  GtkWidget *badge = gtk_label_new (rr_attribute_get_name (attribute));

  gtk_widget_add_css_class (badge, "badge");
  gtk_widget_add_css_class (badge, attribute == RR_ATTRIBUTE_BINDING ? "binding" : "expected");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (badge, attribute == RR_ATTRIBUTE_BINDING
                               ? _("Binding: the task must be achieved")
                               : _("Expected: the task is expected to be achieved"));
  return badge;
}

GtkWidget *
rr_task_row_new (const RrTask *task)
{
  RrTaskRow *self;
  GtkWidget *box;
  GtkWidget *number;
  GtkWidget *text;
  g_autofree char *number_text = NULL;
  g_autofree char *accessible = NULL;

  g_return_val_if_fail (task != NULL, NULL);

  self = g_object_new (RR_TYPE_TASK_ROW, NULL);
  self->task = task;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_add_css_class (box, "task-row");

  number_text = g_strdup_printf ("%u", task->number);
  number = gtk_label_new (number_text);
  gtk_widget_add_css_class (number, "task-number");
  gtk_widget_set_valign (number, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (number), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (number), 2);

  text = gtk_label_new (task->text);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), 2);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_width_chars (GTK_LABEL (text), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), text);
  self->level = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->level, "badge");
  gtk_widget_set_valign (self->level, GTK_ALIGN_START);
  gtk_widget_set_visible (self->level, FALSE);
  gtk_box_append (GTK_BOX (box), self->level);
  gtk_box_append (GTK_BOX (box), rr_attribute_badge_new (task->attribute));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  /* Screen readers announce the number, attribute and text together. */
  accessible = g_strdup_printf (_("Task %u, %s: %s"), task->number,
                                rr_attribute_get_name (task->attribute), task->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return GTK_WIDGET (self);
}

/* Shows the level the current rater gave, or hides it for %NULL. The CSS
 * class is one of level-meets, level-basically, level-fails, level-na. */
void
rr_task_row_set_level (RrTaskRow  *self,
                       const char *name,
                       int         level)
{
  static const char *classes[] = { "level-meets", "level-basically", "level-fails", "level-na" };

  g_return_if_fail (RR_IS_TASK_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (self->level, classes[i]);

  gtk_widget_set_visible (self->level, name != NULL);
  if (name == NULL)
    return;

  gtk_label_set_text (GTK_LABEL (self->level), name);
  if (level >= 0 && level < (int) G_N_ELEMENTS (classes))
    gtk_widget_add_css_class (self->level, classes[level]);
}

const char *
rr_task_row_get_level (RrTaskRow *self)
{
  g_return_val_if_fail (RR_IS_TASK_ROW (self), NULL);

  return gtk_widget_get_visible (self->level) ? gtk_label_get_text (GTK_LABEL (self->level)) : NULL;
}

const RrTask *
rr_task_row_get_task (RrTaskRow *self)
{
  g_return_val_if_fail (RR_IS_TASK_ROW (self), NULL);

  return self->task;
}

static void
rr_task_row_class_init (RrTaskRowClass *klass)
{
}

static void
rr_task_row_init (RrTaskRow *self)
{
}
