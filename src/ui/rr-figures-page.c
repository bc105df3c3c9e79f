/* rr-figures-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-figures-page"

#include "config.h"

#include "rr-figures-page.h"

#include "rr-chart-view.h"

#include <glib/gi18n-lib.h>

/* Validation runs this many rounds at most; each round removes the fields
 * that the previous one found wrong. */
#define MAX_VALIDATION_ROUNDS 8

struct _RrFiguresPage
{
  GtkWidget parent_instance;

  /* children */
  GtkWidget *paned;
  GtkWidget *entries[RR_N_FIELDS];       /* GtkEntry, or GtkDropDown for the type */
  GtkWidget *error_labels[RR_N_FIELDS];
  GtkWidget *date_entry;
  GtkWidget *dates_list;
  GtkWidget *dates_error;
  GtkWidget *summary_label;
  GtkWidget *gauges;
  GtkWidget *results_list;

  /* owned */
  RrCatalog *catalog;
  RrFigures *typed;                      /* the values that parse */
  GArray *dates;                         /* guint32 Julian days, sorted */
  gboolean dates_given;                  /* loaded with the figures or edited; an empty
                                          * list then means no meeting took place */
  char *parse_errors[RR_N_FIELDS];
  char *field_errors[RR_N_FIELDS];       /* parse or cross-field errors shown */
  GPtrArray *checks;

  /* state */
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (RrFiguresPage, rr_figures_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The form's sections, in the order an evaluator collects the figures. */
static const struct {
  const char *title;
  RrField fields[6];
  guint n_fields;
} sections[] = {
  { N_("Community"), { RR_FIELD_COMMUNITY_TYPE, RR_FIELD_PERIOD_START, RR_FIELD_PERIOD_END,
                       RR_FIELD_RESIDENT_POPULATION, RR_FIELD_HOUSEHOLDS }, 5 },
  { N_("Facilities"), { RR_FIELD_SERVICE_FACILITY_AREA, RR_FIELD_RESIDENT_SERVICE_AREA,
                        RR_FIELD_SORTING_FACILITIES_PLANNED, RR_FIELD_SORTING_FACILITIES_BUILT }, 4 },
  { N_("Workers, volunteers and organisations"), { RR_FIELD_SOCIAL_WORKERS, RR_FIELD_CERTIFIED_SOCIAL_WORKERS,
                                                   RR_FIELD_PREVIOUS_CERTIFIED_SHARE, RR_FIELD_VOLUNTEERS,
                                                   RR_FIELD_SOCIAL_ORGANIZATIONS }, 5 },
  { N_("Resident surveys"), { RR_FIELD_COVENANT_RESPONDENTS, RR_FIELD_COVENANT_AWARE,
                              RR_FIELD_SATISFACTION_RESPONDENTS, RR_FIELD_SATISFACTION_SATISFIED }, 4 },
};

/* ------------------------------------------------------------------------ */
/* Results                                                                   */
/* ------------------------------------------------------------------------ */

static GtkWidget *
status_badge (RrCheckStatus status)
{
  GtkWidget *badge;

  switch (status)
    {
    case RR_CHECK_MET:
      badge = gtk_label_new (_("Met"));
      gtk_widget_add_css_class (badge, "met");
      break;
    case RR_CHECK_NOT_MET:
      badge = gtk_label_new (_("Not met"));
      gtk_widget_add_css_class (badge, "not-met");
      break;
    case RR_CHECK_NOT_ASSESSED:
    default:
      badge = gtk_label_new (_("Not assessed"));
      gtk_widget_add_css_class (badge, "not-assessed");
      break;
    }

  gtk_widget_add_css_class (badge, "badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  return badge;
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
result_row (const RrCheck *check)
{
  const RrTask *task = check->requirement->task;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = NULL;
  g_autofree char *figures = NULL;

  gtk_widget_add_css_class (row, "check-row");

  /* Translators: "任务 13 · 社区综合服务设施每百户≥30㎡ · 约束性" */
  title = g_strdup_printf (_("Task %u · %s · %s"), task->number, check->requirement->quote,
                           rr_attribute_get_name (task->attribute));
  gtk_box_append (GTK_BOX (text), wrapped_label (title, "check-title"));

  if (check->status != RR_CHECK_NOT_ASSESSED)
    {
      figures = g_strdup_printf (_("Required %s · actual %s"), check->required_text, check->actual_text);
      gtk_box_append (GTK_BOX (text), wrapped_label (figures, "dim-label"));
    }
  gtk_box_append (GTK_BOX (text), wrapped_label (check->message,
                                                 check->status == RR_CHECK_NOT_MET ? "shortfall" : NULL));
  gtk_widget_set_hexpand (text, TRUE);

  gtk_box_append (GTK_BOX (row), status_badge (check->status));
  gtk_box_append (GTK_BOX (row), text);
  return row;
}

static void
show_results (RrFiguresPage *self)
{
  GtkWidget *child;
  g_autofree char *summary = NULL;

  while ((child = gtk_widget_get_first_child (self->results_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->results_list), child);

  for (guint i = 0; i < self->checks->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->results_list), result_row (g_ptr_array_index (self->checks, i)));

  {
    g_autoptr(RrChart) chart = rr_chart_new_gauges (rr_gauge_data_new_from_checks (self->checks, _("Thresholds")));
    rr_chart_view_set_chart (RR_CHART_VIEW (self->gauges), chart);
  }

  summary = g_strdup_printf (_("%u met · %u not met · %u not assessed"),
                             rr_figures_page_count_status (self, RR_CHECK_MET),
                             rr_figures_page_count_status (self, RR_CHECK_NOT_MET),
                             rr_figures_page_count_status (self, RR_CHECK_NOT_ASSESSED));
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
}

/* ------------------------------------------------------------------------ */
/* Validation                                                                */
/* ------------------------------------------------------------------------ */

static void
show_field_error (RrFiguresPage *self,
                  RrField        field,
                  const char    *message)
{
  GtkWidget *entry = self->entries[field];

  g_free (self->field_errors[field]);
  self->field_errors[field] = g_strdup (message);

  gtk_label_set_text (GTK_LABEL (self->error_labels[field]), message != NULL ? message : "");
  gtk_widget_set_visible (self->error_labels[field], message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, message);
}

/* Checks the typed figures together, shows each problem beside its field,
 * and checks the thresholds with the fields that are right. */
static void
recompute (RrFiguresPage *self)
{
  g_autoptr(RrFigures) usable = rr_figures_copy (self->typed);
  g_autofree char *dates_message = NULL;
  char *cross_errors[RR_N_FIELDS] = { NULL };

  if (self->dates_given)
    rr_figures_set_meeting_dates (usable, (const guint32 *) (gpointer) self->dates->data, self->dates->len);

  for (guint round = 0; round < MAX_VALIDATION_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) errors = rr_figures_validate (usable);

      if (errors->len == 0)
        break;

      for (guint i = 0; i < errors->len; i++)
        {
          const RrFieldError *error = g_ptr_array_index (errors, i);
          RrField field;

          if (rr_field_from_id (error->field, &field))
            {
              if (cross_errors[field] == NULL)
                cross_errors[field] = g_strdup (error->message);
              rr_figures_unset (usable, field);
            }
          else
            {
              if (dates_message == NULL)
                dates_message = g_strdup (error->message);
              rr_figures_unset_meeting_dates (usable);
            }
        }
    }

  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      show_field_error (self, (RrField) i, self->parse_errors[i] != NULL ? self->parse_errors[i] : cross_errors[i]);
      g_free (cross_errors[i]);
    }
  gtk_label_set_text (GTK_LABEL (self->dates_error), dates_message != NULL ? dates_message : "");
  gtk_widget_set_visible (self->dates_error, dates_message != NULL);

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  self->checks = rr_thresholds_evaluate (self->catalog, usable);
  show_results (self);

  if (!self->loading)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
take_text (RrFiguresPage *self,
           RrField        field,
           const char    *text)
{
  g_autofree char *message = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 value = 0;

  g_clear_pointer (&self->parse_errors[field], g_free);

  if (*trimmed == '\0')
    rr_figures_unset (self->typed, field);
  else if (rr_figures_parse_value (field, trimmed, &value, &message))
    rr_figures_set (self->typed, field, value);
  else
    {
      /* The text stays in the entry so the evaluator can correct it. */
      rr_figures_unset (self->typed, field);
      self->parse_errors[field] = g_strdup_printf (_("%s %s"), rr_field_get_label (field), message);
    }
}

static void
on_entry_changed (GtkEditable   *editable,
                  RrFiguresPage *self)
{
  RrField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "rr-field"));

  take_text (self, field, gtk_editable_get_text (editable));
  if (!self->loading)
    recompute (self);
}

static void
on_type_changed (GtkDropDown   *drop_down,
                 GParamSpec    *pspec,
                 RrFiguresPage *self)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (selected == 1)
    rr_figures_set (self->typed, RR_FIELD_COMMUNITY_TYPE, RR_COMMUNITY_TYPE_COMMUNITY);
  else if (selected == 2)
    rr_figures_set (self->typed, RR_FIELD_COMMUNITY_TYPE, RR_COMMUNITY_TYPE_VILLAGE);
  else
    rr_figures_unset (self->typed, RR_FIELD_COMMUNITY_TYPE);

  if (!self->loading)
    recompute (self);
}

/* ------------------------------------------------------------------------ */
/* Council meeting dates                                                     */
/* ------------------------------------------------------------------------ */

static void rebuild_dates (RrFiguresPage *self);

static void
on_remove_date (GtkButton     *button,
                RrFiguresPage *self)
{
  guint32 day = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rr-day"));

  for (guint i = 0; i < self->dates->len; i++)
    {
      if (g_array_index (self->dates, guint32, i) == day)
        {
          g_array_remove_index (self->dates, i);
          break;
        }
    }

  self->dates_given = TRUE;
  rebuild_dates (self);
  recompute (self);
  /* The removed row had the focus, so without this the keys would go nowhere. */
  gtk_widget_grab_focus (self->date_entry);
}

static void
rebuild_dates (RrFiguresPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->dates_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->dates_list), child);

  for (guint i = 0; i < self->dates->len; i++)
    {
      guint32 day = g_array_index (self->dates, guint32, i);
      g_autofree char *text = rr_figures_format_date (day);
      g_autofree char *tooltip = g_strdup_printf (_("Remove the meeting on %s"), text);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *remove = gtk_button_new_from_icon_name ("edit-delete-symbolic");

      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      g_object_set_data (G_OBJECT (remove), "rr-day", GUINT_TO_POINTER (day));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_date), self);

      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), remove);
      gtk_list_box_append (GTK_LIST_BOX (self->dates_list), row);
    }

  gtk_widget_set_visible (self->dates_list, self->dates->len > 0);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 day_a = *(const guint32 *) a;
  guint32 day_b = *(const guint32 *) b;

  return day_a < day_b ? -1 : day_a > day_b;
}

void
rr_figures_page_add_meeting_date (RrFiguresPage *self,
                                  guint32        julian_day)
{
  g_return_if_fail (RR_IS_FIGURES_PAGE (self));

  for (guint i = 0; i < self->dates->len; i++)
    if (g_array_index (self->dates, guint32, i) == julian_day)
      return;

  g_array_append_val (self->dates, julian_day);
  g_array_sort (self->dates, compare_days);
  self->dates_given = TRUE;
  rebuild_dates (self);
  recompute (self);
}

/* Returns why @julian_day cannot be a meeting date of these figures, for
 * example a day outside the period, or NULL. */
static char *
check_meeting_date (RrFiguresPage *self,
                    guint32        julian_day)
{
  g_autoptr(RrFigures) trial = rr_figures_copy (self->typed);
  g_autoptr(GPtrArray) errors = NULL;

  rr_figures_set_meeting_dates (trial, &julian_day, 1);
  errors = rr_figures_validate (trial);
  for (guint i = 0; i < errors->len; i++)
    {
      const RrFieldError *error = g_ptr_array_index (errors, i);

      if (g_strcmp0 (error->field, RR_FIELD_ID_COUNCIL_MEETING_DATES) == 0)
        return g_strdup (error->message);
    }

  return NULL;
}

/* Adds the date typed in the entry, or shows why not and keeps it there. */
static gboolean
add_typed_date (RrFiguresPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autofree char *message = NULL;
  guint32 day;

  if (!rr_figures_parse_date (text, &day))
    message = g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-15"), text);
  else
    /* For example a day outside the period, which the figures would reject. */
    message = check_meeting_date (self, day);

  if (message != NULL)
    {
      gtk_widget_add_css_class (self->date_entry, "error");
      gtk_label_set_text (GTK_LABEL (self->dates_error), message);
      gtk_widget_set_visible (self->dates_error, TRUE);
      return FALSE;
    }

  gtk_widget_remove_css_class (self->date_entry, "error");
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), "");
  rr_figures_page_add_meeting_date (self, day);
  return TRUE;
}

/* Types @text into the date entry and adds it, as the Add button does.
 * Returns FALSE when the date is rejected, which keeps the text. */
gboolean
rr_figures_page_type_meeting_date (RrFiguresPage *self,
                                   const char    *text)
{
  g_return_val_if_fail (RR_IS_FIGURES_PAGE (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
  return add_typed_date (self);
}

/* Returns the text in the date entry and, in @message, the message under
 * the dates, NULL while hidden. For tests. */
const char *
rr_figures_page_get_date_text (RrFiguresPage  *self,
                               const char    **message)
{
  g_return_val_if_fail (RR_IS_FIGURES_PAGE (self), NULL);

  *message = gtk_widget_get_visible (self->dates_error) ? gtk_label_get_text (GTK_LABEL (self->dates_error)) : NULL;
  return gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
}

static void
on_calendar_day_selected (GtkCalendar   *calendar,
                          RrFiguresPage *self)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (selected, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), text);
}

/* ------------------------------------------------------------------------ */
/* Construction                                                              */
/* ------------------------------------------------------------------------ */

static GtkWidget *
build_type_selector (RrFiguresPage *self)
{
  const char *choices[] = { _("Not entered"), "社区", "村", NULL };
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (choices);

  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_type_changed), self);
  return drop_down;
}

static GtkWidget *
build_entry (RrFiguresPage *self,
             RrField        field)
{
  GtkWidget *entry = gtk_entry_new ();
  RrFieldKind kind = rr_field_get_kind (field);

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  if (kind == RR_FIELD_KIND_MONTH)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "2026-01");
  else if (kind == RR_FIELD_KIND_SHARE)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "0.35");
  else
    gtk_entry_set_input_purpose (GTK_ENTRY (entry), kind == RR_FIELD_KIND_AREA
                                 ? GTK_INPUT_PURPOSE_NUMBER : GTK_INPUT_PURPOSE_DIGITS);

  g_object_set_data (G_OBJECT (entry), "rr-field", GUINT_TO_POINTER (field));
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  return entry;
}

static void
add_field_row (RrFiguresPage *self,
               GtkGrid       *grid,
               GtkSizeGroup  *labels,
               int           *row,
               RrField        field)
{
  GtkWidget *label = gtk_label_new (rr_field_get_label (field));
  GtkWidget *unit = gtk_label_new (rr_field_get_unit (field));
  GtkWidget *error = wrapped_label (NULL, "field-error");
  GtkWidget *input = field == RR_FIELD_COMMUNITY_TYPE ? build_type_selector (self) : build_entry (self, field);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_size_group_add_widget (labels, label);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_set_valign (input, GTK_ALIGN_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), input);
  gtk_label_set_xalign (GTK_LABEL (unit), 0.0);
  gtk_widget_add_css_class (unit, "dim-label");
  gtk_widget_set_visible (error, FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (input),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, error, NULL,
                                  -1);

  self->entries[field] = input;
  self->error_labels[field] = error;

  gtk_grid_attach (grid, label, 0, *row, 1, 1);
  gtk_grid_attach (grid, input, 1, *row, 1, 1);
  gtk_grid_attach (grid, unit, 2, *row, 1, 1);
  gtk_grid_attach (grid, error, 1, *row + 1, 2, 1);
  *row += 2;
}

static GtkWidget *
build_dates_section (RrFiguresPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *pick = gtk_menu_button_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

  self->date_entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->date_entry), "2026-03-15");
  gtk_widget_set_hexpand (self->date_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Council meeting date"), -1);
  g_signal_connect_swapped (self->date_entry, "activate", G_CALLBACK (add_typed_date), self);

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected), self);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (pick), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (pick), popover);
  gtk_widget_set_tooltip_text (pick, _("Pick the date on a calendar"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_typed_date), self);

  gtk_box_append (GTK_BOX (line), self->date_entry);
  gtk_box_append (GTK_BOX (line), pick);
  gtk_box_append (GTK_BOX (line), add);

  self->dates_error = wrapped_label (NULL, "field-error");
  gtk_widget_set_visible (self->dates_error, FALSE);

  self->dates_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->dates_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->dates_list, "boxed-list");
  gtk_widget_set_visible (self->dates_list, FALSE);

  gtk_box_append (GTK_BOX (box), wrapped_label (_("Council meetings (议事会)"), "section-title"));
  gtk_box_append (GTK_BOX (box), wrapped_label (_("Enter the date of every council meeting in the period; months without one are listed."),
                                                "dim-label"));
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), self->dates_error);
  gtk_box_append (GTK_BOX (box), self->dates_list);
  return box;
}

static GtkWidget *
build_form (RrFiguresPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  /* One label width for all sections, so the entries line up. */
  g_autoptr(GtkSizeGroup) labels = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  gtk_widget_add_css_class (box, "figures-form");

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      GtkWidget *grid = gtk_grid_new ();
      int row = 0;

      gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
      gtk_box_append (GTK_BOX (box), wrapped_label (_(sections[s].title), "section-title"));
      for (guint f = 0; f < sections[s].n_fields; f++)
        add_field_row (self, GTK_GRID (grid), labels, &row, sections[s].fields[f]);
      gtk_box_append (GTK_BOX (box), grid);
    }

  gtk_box_append (GTK_BOX (box), build_dates_section (self));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_size_request (scrolled, 380, -1);
  return scrolled;
}

static GtkWidget *
build_results (RrFiguresPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (box, "figures-results");
  self->summary_label = wrapped_label (NULL, "section-title");
  self->results_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->results_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->results_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Threshold checks"), -1);

  self->gauges = rr_chart_view_new ();
  gtk_widget_set_size_request (self->gauges, -1, 360);

  gtk_box_append (GTK_BOX (box), self->summary_label);
  gtk_box_append (GTK_BOX (box), self->gauges);
  gtk_box_append (GTK_BOX (box), self->results_list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_size_request (scrolled, 360, -1);
  return scrolled;
}

GtkWidget *
rr_figures_page_new (RrCatalog *catalog)
{
  RrFiguresPage *self;

  g_return_val_if_fail (catalog != NULL, NULL);

  self = g_object_new (RR_TYPE_FIGURES_PAGE, NULL);
  self->catalog = rr_catalog_ref (catalog);

  self->paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (self->paned), build_form (self));
  gtk_paned_set_end_child (GTK_PANED (self->paned), build_results (self));
  gtk_paned_set_shrink_start_child (GTK_PANED (self->paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (self->paned), FALSE);
  gtk_paned_set_position (GTK_PANED (self->paned), 520);
  gtk_widget_set_parent (self->paned, GTK_WIDGET (self));

  self->loading = TRUE;
  recompute (self);
  self->loading = FALSE;

  return GTK_WIDGET (self);
}

/* ------------------------------------------------------------------------ */
/* Public calls                                                              */
/* ------------------------------------------------------------------------ */

/* Fills the form from @figures, as loaded from a project. */
void
rr_figures_page_set_figures (RrFiguresPage   *self,
                             const RrFigures *figures)
{
  const GArray *dates;

  g_return_if_fail (RR_IS_FIGURES_PAGE (self));
  g_return_if_fail (figures != NULL);

  self->loading = TRUE;
  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      RrField field = (RrField) i;

      if (field == RR_FIELD_COMMUNITY_TYPE)
        {
          gint64 type = rr_figures_get (figures, field);
          guint selected = 0;   /* not entered */

          if (rr_figures_has (figures, field))
            selected = type == RR_COMMUNITY_TYPE_VILLAGE ? 2 : 1;
          gtk_drop_down_set_selected (GTK_DROP_DOWN (self->entries[field]), selected);
        }
      else
        {
          g_autofree char *text = rr_figures_has (figures, field)
            ? rr_figures_format_value (field, rr_figures_get (figures, field)) : g_strdup ("");

          gtk_editable_set_text (GTK_EDITABLE (self->entries[field]), text);
        }
    }

  g_array_set_size (self->dates, 0);
  dates = rr_figures_get_meeting_dates (figures);
  self->dates_given = dates != NULL;
  if (dates != NULL)
    g_array_append_vals (self->dates, dates->data, dates->len);
  rebuild_dates (self);
  recompute (self);
  self->loading = FALSE;
}

/* Returns the figures as typed, without the fields that do not parse. */
RrFigures *
rr_figures_page_get_figures (RrFiguresPage *self)
{
  RrFigures *figures;

  g_return_val_if_fail (RR_IS_FIGURES_PAGE (self), NULL);

  figures = rr_figures_copy (self->typed);
  if (self->dates_given)
    rr_figures_set_meeting_dates (figures, (const guint32 *) (gpointer) self->dates->data, self->dates->len);
  return figures;
}

void
rr_figures_page_set_text (RrFiguresPage *self,
                          RrField        field,
                          const char    *text)
{
  g_return_if_fail (RR_IS_FIGURES_PAGE (self));
  g_return_if_fail (field != RR_FIELD_COMMUNITY_TYPE);

  gtk_editable_set_text (GTK_EDITABLE (self->entries[field]), text);
}

const char *
rr_figures_page_get_text (RrFiguresPage *self,
                          RrField        field)
{
  g_return_val_if_fail (RR_IS_FIGURES_PAGE (self), NULL);
  g_return_val_if_fail (field != RR_FIELD_COMMUNITY_TYPE, NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entries[field]));
}

const char *
rr_figures_page_get_field_error (RrFiguresPage *self,
                                 RrField        field)
{
  g_return_val_if_fail (RR_IS_FIGURES_PAGE (self), NULL);

  return self->field_errors[field];
}

guint
rr_figures_page_count_status (RrFiguresPage *self,
                              RrCheckStatus  status)
{
  guint count = 0;

  g_return_val_if_fail (RR_IS_FIGURES_PAGE (self), 0);

  for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
    count += ((RrCheck *) g_ptr_array_index (self->checks, i))->status == status;

  return count;
}

GPtrArray *
rr_figures_page_get_checks (RrFiguresPage *self)
{
  g_return_val_if_fail (RR_IS_FIGURES_PAGE (self), NULL);

  return self->checks;
}

static void
rr_figures_page_dispose (GObject *object)
{
  RrFiguresPage *self = RR_FIGURES_PAGE (object);

  g_clear_pointer (&self->paned, gtk_widget_unparent);

  G_OBJECT_CLASS (rr_figures_page_parent_class)->dispose (object);
}

static void
rr_figures_page_finalize (GObject *object)
{
  RrFiguresPage *self = RR_FIGURES_PAGE (object);

  g_clear_pointer (&self->catalog, rr_catalog_unref);
  g_clear_pointer (&self->typed, rr_figures_free);
  g_clear_pointer (&self->dates, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      g_free (self->parse_errors[i]);
      g_free (self->field_errors[i]);
    }

  G_OBJECT_CLASS (rr_figures_page_parent_class)->finalize (object);
}

static void
rr_figures_page_class_init (RrFiguresPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rr_figures_page_dispose;
  object_class->finalize = rr_figures_page_finalize;

  /**
   * RrFiguresPage::changed:
   *
   * Emitted after the user changed a figure, so the owner can save it.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "figurespage");
}

static void
rr_figures_page_init (RrFiguresPage *self)
{
  self->typed = rr_figures_new ();
  self->dates = g_array_new (FALSE, FALSE, sizeof (guint32));
}
