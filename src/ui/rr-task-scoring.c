/* rr-task-scoring.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-task-scoring"

#include "config.h"

#include "rr-task-scoring.h"

#include <glib/gi18n-lib.h>

/* Typing pauses this long before a note is saved. */
#define NOTE_SAVE_DELAY_MS 600

struct _RrTaskScoring
{
  GtkWidget parent_instance;

  /* children */
  GtkWidget *box;
  GtkWidget *no_rater;          /* shown instead of the box while the evaluation has no rater */
  GtkWidget *title;
  GtkWidget *hint;
  GtkWidget *level_buttons[RR_N_LEVELS];
  GtkWidget *clear_button;
  GtkWidget *message;
  GtkWidget *note;
  GtkWidget *score;
  GtkWidget *evidence_list;

  /* borrowed: the window owns them and calls show() again after changes */
  RrProject *project;
  const RrEvaluationScores *scores;
  const RrTask *task;

  /* owned */
  RrRater *rater;
  guint save_source;

  /* state */
  RrLevel stored;        /* RR_LEVEL_NONE when the rater has not rated the task */
  RrLevel pending;       /* a level waiting for its reason */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (RrTaskScoring, rr_task_scoring, GTK_TYPE_WIDGET)

enum {
  SIGNAL_SCORE_CHANGED,
  SIGNAL_EVIDENCE_CHANGED,
  SIGNAL_EVIDENCE_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
rr_score_change_free (RrScoreChange *change)
{
  if (change == NULL)
    return;

  g_free (change->note);
  g_free (change);
}

static const RrRating *
find_rating (RrTaskScoring *self)
{
  const RrTaskResult *result;

  if (self->scores == NULL || self->task == NULL || self->rater == NULL)
    return NULL;

  result = rr_score_result_get_task (self->scores->result, self->task->number);
  for (guint i = 0; result != NULL && i < result->ratings->len; i++)
    {
      const RrRating *rating = g_ptr_array_index (result->ratings, i);

      if (g_str_equal (rating->rater, self->rater->name))
        return rating;
    }

  return NULL;
}

static RrLevel
suggested_level (RrTaskScoring *self)
{
  const RrTaskResult *result = rr_score_result_get_task (self->scores->result, self->task->number);

  return result != NULL ? result->suggested : RR_LEVEL_NONE;
}

static void
show_message (RrTaskScoring *self,
              const char    *message)
{
  gtk_label_set_text (GTK_LABEL (self->message), message != NULL ? message : "");
  gtk_widget_set_visible (self->message, message != NULL);
}

/* ------------------------------------------------------------------------ */
/* Saving                                                                    */
/* ------------------------------------------------------------------------ */

static RrScoreChange *
snapshot (RrTaskScoring *self)
{
  const RrRating *rating = find_rating (self);
  RrScoreChange *change = g_new0 (RrScoreChange, 1);

  change->rater_id = self->rater->id;
  change->task = self->task->number;
  change->had_score = rating != NULL;
  change->level = rating != NULL ? rating->level : RR_LEVEL_NONE;
  change->points = rating != NULL && rating->has_points ? rating->points : RR_POINTS_NONE;
  change->note = g_strdup (rating != NULL ? rating->note : "");
  return change;
}

static gboolean
save (RrTaskScoring *self,
      RrLevel        level)
{
  g_autoptr(RrScoreChange) before = snapshot (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note))));
  RrScore score = { 0 };
  gboolean ok;

  if (level == RR_LEVEL_NONE)
    ok = rr_project_clear_score (self->project, self->rater->id, self->task->number, &error);
  else
    {
      score.rater_id = self->rater->id;
      score.task = self->task->number;
      score.level = level;
      score.points = RR_POINTS_NONE;
      score.note = *note != '\0' ? note : NULL;
      ok = rr_project_set_score (self->project, &score, &error);
    }

  if (!ok)
    {
      show_message (self, error->message);
      return FALSE;
    }

  self->stored = level;
  self->pending = RR_LEVEL_NONE;
  show_message (self, NULL);
  g_signal_emit (self, signals[SIGNAL_SCORE_CHANGED], 0, before);
  return TRUE;
}

static gboolean
needs_reason (RrTaskScoring *self,
              RrLevel        level)
{
  RrLevel suggested = suggested_level (self);

  return level == RR_LEVEL_NOT_APPLICABLE || (suggested != RR_LEVEL_NONE && level != suggested);
}

/**
 * rr_task_scoring_choose_level:
 *
 * Saves @level for the task, or, when the level needs a reason (不适用, or a
 * level other than the figures suggest) and the note is empty, prompts for the
 * reason and saves once it is typed.
 *
 * Returns: TRUE when the level was saved
 */
gboolean
rr_task_scoring_choose_level (RrTaskScoring *self,
                              RrLevel        level)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (RR_IS_TASK_SCORING (self), FALSE);

  if (self->project == NULL || self->rater == NULL)
    return FALSE;

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note))));
  if (level != RR_LEVEL_NONE && needs_reason (self, level) && *note == '\0')
    {
      const RrScoringTemplate *template = self->scores->result->template;
      RrLevel suggested = suggested_level (self);
      g_autofree char *message = NULL;

      self->pending = level;
      if (level == RR_LEVEL_NOT_APPLICABLE)
        message = g_strdup_printf (_("Write in the note why the task is %s; it is saved then."),
                                   template->level_names[level]);
      else
        message = g_strdup_printf (_("The figures suggest %s. Write in the note why you chose %s; it is saved then."),
                                   template->level_names[suggested], template->level_names[level]);
      show_message (self, message);
      gtk_widget_grab_focus (self->note);
      return FALSE;
    }

  return save (self, level);
}

static void
on_level_toggled (GtkToggleButton *button,
                  RrTaskScoring   *self)
{
  RrLevel level = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rr-level"));

  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  if (!rr_task_scoring_choose_level (self, level) && self->pending != level)
    {
      /* Saving failed: show the stored level again. */
      self->updating = TRUE;
      for (int i = 0; i < RR_N_LEVELS; i++)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->level_buttons[i]), (RrLevel) i == self->stored);
      self->updating = FALSE;
    }
}

static void
on_clear_clicked (RrTaskScoring *self)
{
  if (self->stored != RR_LEVEL_NONE)
    save (self, RR_LEVEL_NONE);
}

static gboolean
save_note (gpointer user_data)
{
  RrTaskScoring *self = user_data;
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note))));
  const RrRating *rating = find_rating (self);

  self->save_source = 0;

  /* A level waiting for its reason keeps its prompt until one is typed. */
  if (self->pending != RR_LEVEL_NONE)
    {
      if (*note != '\0')
        save (self, self->pending);
      return G_SOURCE_REMOVE;
    }

  if (rating == NULL)
    return G_SOURCE_REMOVE;

  if (needs_reason (self, rating->level) && *note == '\0')
    {
      show_message (self, _("This level needs a reason in the note; the note was not saved."));
      return G_SOURCE_REMOVE;
    }

  /* The note is acceptable again, for example after an undo in the field
   * brought the saved reason back, so an earlier warning goes. */
  show_message (self, NULL);
  if (g_strcmp0 (rating->note, note) != 0)
    save (self, rating->level);

  return G_SOURCE_REMOVE;
}

static void
on_note_changed (RrTaskScoring *self)
{
  if (self->updating)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (NOTE_SAVE_DELAY_MS, save_note, self);
}

void
rr_task_scoring_set_note (RrTaskScoring *self,
                          const char    *note)
{
  g_return_if_fail (RR_IS_TASK_SCORING (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note), note);
  g_clear_handle_id (&self->save_source, g_source_remove);
  save_note (self);
}

const char *
rr_task_scoring_get_message (RrTaskScoring *self)
{
  g_return_val_if_fail (RR_IS_TASK_SCORING (self), NULL);

  return gtk_widget_get_visible (self->message) ? gtk_label_get_text (GTK_LABEL (self->message)) : NULL;
}

/* ------------------------------------------------------------------------ */
/* Evidence                                                                  */
/* ------------------------------------------------------------------------ */

static gboolean
add_file (RrTaskScoring  *self,
          GFile          *file,
          guint          *added,
          GError        **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, error);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  if (info == NULL)
    return FALSE;

  /* A folder adds every file in it, as photos usually come in folders. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                      G_FILE_QUERY_INFO_NONE, NULL, error);
      GFile *child;

      if (children == NULL)
        return FALSE;
      while (g_file_enumerator_iterate (children, NULL, &child, NULL, error) && child != NULL)
        if (!add_file (self, child, added, error))
          return FALSE;
      return error == NULL || *error == NULL;
    }

  /* NOTE: files are read whole into memory on the main thread, which stalls
   * the window for very large files. */
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  name = g_file_get_basename (file);
  if (rr_project_add_evidence (self->project, self->scores->evaluation->id, self->task->number,
                               NULL, name, bytes, error) <= 0)
    return FALSE;

  (*added)++;
  return TRUE;
}

gboolean
rr_task_scoring_add_files (RrTaskScoring  *self,
                           GSList         *files,
                           GError        **error)
{
  guint added = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (RR_IS_TASK_SCORING (self), FALSE);

  if (self->project == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL && ok; l = l->next)
    ok = add_file (self, l->data, &added, error);

  if (added > 0)
    g_signal_emit (self, signals[SIGNAL_EVIDENCE_CHANGED], 0);
  return ok;
}

static void
on_files_chosen (GtkNativeDialog *dialog,
                 int              response,
                 RrTaskScoring   *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GError) error = NULL;
  GSList *list = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        list = g_slist_append (list, g_list_model_get_item (files, i));

      if (!rr_task_scoring_add_files (self, list, &error) && error != NULL)
        show_message (self, error->message);
      g_slist_free_full (list, g_object_unref);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_add_evidence (RrTaskScoring *self)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Add evidence"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_files_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RrTaskScoring *self)
{
  g_autoptr(GError) error = NULL;
  GdkFileList *files = g_value_get_boxed (value);
  GSList *list = gdk_file_list_get_files (files);
  gboolean ok = rr_task_scoring_add_files (self, list, &error);

  if (!ok && error != NULL)
    show_message (self, error->message);
  g_slist_free (list);
  return ok;
}

static const RrEvidence *
evidence_of_button (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "rr-evidence");
}

static void
on_open_evidence (GtkButton     *button,
                  RrTaskScoring *self)
{
  const RrEvidence *evidence = evidence_of_button (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = rr_project_get_evidence_data (self->project, evidence->id, &error);
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "renren-eval", "evidence",
                                              evidence->sha256, NULL);
  g_autofree char *path = g_build_filename (folder, evidence->original_name, NULL);
  g_autofree char *uri = NULL;

  /* The viewer opens a copy, so nothing it does can change the project. */
  if (data == NULL || g_mkdir_with_parents (folder, 0700) != 0 ||
      !g_file_set_contents (path, g_bytes_get_data (data, NULL), (gssize) g_bytes_get_size (data), &error))
    {
      show_message (self, error != NULL ? error->message : _("Could not copy the file to open it"));
      return;
    }

  uri = g_filename_to_uri (path, NULL, NULL);
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);
}

static void
on_remove_evidence (GtkButton     *button,
                    RrTaskScoring *self)
{
  const RrEvidence *evidence = evidence_of_button (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = rr_project_get_evidence_data (self->project, evidence->id, &error);
  g_autofree char *name = g_strdup (evidence->original_name);
  g_autofree char *caption = g_strdup (evidence->caption);
  guint task = evidence->task;

  if (data == NULL || !rr_project_remove_evidence (self->project, evidence->id, &error))
    {
      show_message (self, error->message);
      return;
    }

  /* The window keeps the contents so the removal can be undone. */
  g_signal_emit (self, signals[SIGNAL_EVIDENCE_REMOVED], 0, task, name, caption, data);
}

static void
show_evidence (RrTaskScoring *self)
{
  GtkWidget *child;
  guint count = 0;

  while ((child = gtk_widget_get_first_child (self->evidence_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->evidence_list), child);

  for (guint i = 0; self->scores != NULL && i < self->scores->evidence->len; i++)
    {
      const RrEvidence *evidence = g_ptr_array_index (self->scores->evidence, i);
      GtkWidget *row;
      GtkWidget *label;
      GtkWidget *open;
      GtkWidget *remove;
      g_autofree char *size = NULL;
      g_autofree char *text = NULL;

      if (evidence->task != self->task->number)
        continue;

      size = g_format_size ((guint64) evidence->size);
      text = g_strdup_printf ("%s（%s）", evidence->original_name, size);
      row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      label = gtk_label_new (text);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_set_hexpand (label, TRUE);

      open = gtk_button_new_from_icon_name ("document-open-symbolic");
      gtk_widget_set_tooltip_text (open, _("Open with the system viewer"));
      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_tooltip_text (remove, _("Remove (can be undone)"));
      for (GtkWidget *button = open; button != NULL; button = button == open ? remove : NULL)
        {
          gtk_widget_add_css_class (button, "flat");
          g_object_set_data (G_OBJECT (button), "rr-evidence", (gpointer) evidence);
        }
      g_signal_connect (open, "clicked", G_CALLBACK (on_open_evidence), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_evidence), self);

      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), open);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_list_box_append (GTK_LIST_BOX (self->evidence_list), row);
      count++;
    }

  gtk_widget_set_visible (self->evidence_list, count > 0);
}

/* ------------------------------------------------------------------------ */
/* Showing a task                                                            */
/* ------------------------------------------------------------------------ */

/**
 * rr_task_scoring_show:
 * @project: (nullable): the open project; %NULL hides the panel
 * @rater: (nullable): the rater who scores; %NULL hides the panel
 *
 * Shows @rater's level, note and the evidence for @task.
 */
void
rr_task_scoring_show (RrTaskScoring            *self,
                      RrProject                *project,
                      const RrEvaluationScores *scores,
                      const RrRater            *rater,
                      const RrTask             *task)
{
  const RrScoringTemplate *template;
  const RrTaskResult *result;
  const RrRating *rating;
  g_autofree char *title = NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *score = NULL;
  g_autofree char *max = NULL;
  RrLevel suggested;

  g_return_if_fail (RR_IS_TASK_SCORING (self));

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->project = project;
  self->scores = scores;
  self->task = task;
  g_clear_pointer (&self->rater, rr_rater_free);
  gtk_widget_set_visible (self->box, project != NULL && scores != NULL && rater != NULL && task != NULL);
  gtk_widget_set_visible (self->no_rater, project != NULL && scores != NULL && rater == NULL && task != NULL);
  if (!gtk_widget_get_visible (self->box))
    return;

  self->rater = g_new0 (RrRater, 1);
  self->rater->id = rater->id;
  self->rater->evaluation_id = rater->evaluation_id;
  self->rater->name = g_strdup (rater->name);
  self->rater->role = g_strdup (rater->role);

  template = scores->result->template;
  result = rr_score_result_get_task (scores->result, task->number);
  rating = find_rating (self);
  self->stored = rating != NULL ? rating->level : RR_LEVEL_NONE;
  self->pending = RR_LEVEL_NONE;

  self->updating = TRUE;
  title = g_strdup_printf (_("Scoring by %s (%s)"), rater->name, rater->role);
  gtk_label_set_text (GTK_LABEL (self->title), title);

  suggested = result != NULL ? result->suggested : RR_LEVEL_NONE;
  if (suggested != RR_LEVEL_NONE)
    {
      g_autofree char *hint = g_strdup_printf (_("The figures suggest %s for this task."), template->level_names[suggested]);
      gtk_label_set_text (GTK_LABEL (self->hint), hint);
    }
  gtk_widget_set_visible (self->hint, suggested != RR_LEVEL_NONE);

  for (int i = 0; i < RR_N_LEVELS; i++)
    {
      gtk_button_set_label (GTK_BUTTON (self->level_buttons[i]), template->level_names[i]);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->level_buttons[i]), (RrLevel) i == self->stored);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note), rating != NULL ? rating->note : "");

  score = rr_points_format (result != NULL ? result->score : 0);
  max = rr_points_format (result != NULL ? result->points->points : 0);
  score_text = g_strdup_printf (_("Combined score of all raters: %s of %s"), score, max);
  gtk_label_set_text (GTK_LABEL (self->score), score_text);

  {
    gboolean locked = scores->evaluation->status == RR_EVALUATION_STATUS_FINALISED || rr_project_is_read_only (project);

    for (int i = 0; i < RR_N_LEVELS; i++)
      gtk_widget_set_sensitive (self->level_buttons[i], !locked);
    gtk_widget_set_sensitive (self->clear_button, !locked);
    /* Not insensitive: the entry may hold the focus, and GTK warns when a
     * focused entry loses its sensitivity. */
    gtk_editable_set_editable (GTK_EDITABLE (self->note), !locked);
    show_message (self, scores->evaluation->status == RR_EVALUATION_STATUS_FINALISED
                  ? _("This evaluation is finalised and cannot be changed; reopen it from the menu to edit.")
                  : rr_project_is_read_only (project) ? rr_project_get_read_only_reason (project) : NULL);
  }
  show_evidence (self);
  self->updating = FALSE;
}

static GtkWidget *
build_levels (RrTaskScoring *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (linked, "linked");
  for (int i = 0; i < RR_N_LEVELS; i++)
    {
      self->level_buttons[i] = gtk_toggle_button_new ();
      g_object_set_data (G_OBJECT (self->level_buttons[i]), "rr-level", GUINT_TO_POINTER (i));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->level_buttons[i]),
                                     GTK_TOGGLE_BUTTON (self->level_buttons[0]));
      g_signal_connect (self->level_buttons[i], "toggled", G_CALLBACK (on_level_toggled), self);
      gtk_box_append (GTK_BOX (linked), self->level_buttons[i]);
    }

  self->clear_button = gtk_button_new_with_mnemonic (_("_Clear"));
  gtk_widget_set_tooltip_text (self->clear_button, _("Remove this rater’s level for the task"));
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (on_clear_clicked), self);

  gtk_box_append (GTK_BOX (line), linked);
  gtk_box_append (GTK_BOX (line), self->clear_button);
  return line;
}

static GtkWidget *
label_with_class (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
rr_task_scoring_init (RrTaskScoring *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _evidence…"));
  GtkWidget *evidence_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->stored = RR_LEVEL_NONE;
  self->pending = RR_LEVEL_NONE;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (self->box, "task-scoring");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* A new evaluation has no rater, and levels belong to a rater. */
  self->no_rater = label_with_class ("dim-label");
  gtk_label_set_text (GTK_LABEL (self->no_rater),
                      _("To score this evaluation, first add a rater with the + button at the top left of the "
                        "window: type the name and choose the role."));
  gtk_widget_set_valign (self->no_rater, GTK_ALIGN_START);
  gtk_widget_set_visible (self->no_rater, FALSE);
  gtk_widget_set_parent (self->no_rater, GTK_WIDGET (self));

  self->title = label_with_class ("heading");
  self->hint = label_with_class ("dim-label");
  self->message = label_with_class ("field-error");
  self->note = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->note), _("Note (a reason is needed for 不适用 or a level other than the suggested one)"));
  g_signal_connect_swapped (self->note, "changed", G_CALLBACK (on_note_changed), self);
  self->score = label_with_class ("dim-label");

  self->evidence_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->evidence_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->evidence_list, "boxed-list");

  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_evidence), self);
  gtk_box_append (GTK_BOX (evidence_line), label_with_class ("heading"));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (evidence_line)), _("Evidence (佐证材料)"));
  gtk_widget_set_hexpand (gtk_widget_get_first_child (evidence_line), TRUE);
  gtk_box_append (GTK_BOX (evidence_line), add);

  gtk_box_append (GTK_BOX (self->box), self->title);
  gtk_box_append (GTK_BOX (self->box), self->hint);
  gtk_box_append (GTK_BOX (self->box), build_levels (self));
  gtk_box_append (GTK_BOX (self->box), self->note);
  gtk_box_append (GTK_BOX (self->box), self->message);
  gtk_box_append (GTK_BOX (self->box), self->score);
  gtk_box_append (GTK_BOX (self->box), evidence_line);
  gtk_box_append (GTK_BOX (self->box), self->evidence_list);
  gtk_box_append (GTK_BOX (self->box),
                  label_with_class ("dim-label"));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (self->box)),
                      _("Drop photos, PDFs or folders here to add them to this task."));

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  show_message (self, NULL);
  gtk_widget_set_visible (self->box, FALSE);
}

static void
rr_task_scoring_dispose (GObject *object)
{
  RrTaskScoring *self = RR_TASK_SCORING (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->no_rater, gtk_widget_unparent);
  g_clear_pointer (&self->rater, rr_rater_free);

  G_OBJECT_CLASS (rr_task_scoring_parent_class)->dispose (object);
}

static void
rr_task_scoring_class_init (RrTaskScoringClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rr_task_scoring_dispose;

  /* The RrScoreChange argument is the score before the change, for undo;
   * it belongs to the emitter. */
  signals[SIGNAL_SCORE_CHANGED] = g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  signals[SIGNAL_EVIDENCE_CHANGED] = g_signal_new ("evidence-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* task, original name, caption, contents: what undo needs to add it again */
  signals[SIGNAL_EVIDENCE_REMOVED] = g_signal_new ("evidence-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                   0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                                   G_TYPE_UINT, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_BYTES);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

GtkWidget *
rr_task_scoring_new (void)
{
  return g_object_new (RR_TYPE_TASK_SCORING, NULL);
}
