/* rr-check-strip.c: a community's quantitative requirements as a row of marks
 *
 * The strip draws one mark per requirement of the catalog, in catalog
 * order. A met requirement is a filled green square, and one not met is a
 * red square crossed by a white bar. An empty outline means a figure the
 * check needs is missing. The shapes differ, so the marks read in
 * greyscale and for colour-blind users too. The tooltip names every requirement with its status.
 *
 * The district table shows one strip per row instead of one cell per
 * requirement: GTK 4.8's column view builds about 200 rows at once, and
 * each cell costs a widget pair to create, style and measure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-check-strip"

#include "config.h"

#include "rr-check-strip.h"

#include "export/rr-district-export.h"
#include "storage/rr-district.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Sizes in pixels. */
#define MARK_SIZE 11
#define MARK_GAP 3
#define MARK_PITCH (MARK_SIZE + MARK_GAP)

struct _RrCheckStrip
{
  GtkWidget parent_instance;

  RrCatalog *catalog;
  guint n_marks;              /* 0 when the row has no statuses to show */
  guint8 statuses[RR_DISTRICT_MAX_REQUIREMENTS];
};

G_DEFINE_FINAL_TYPE (RrCheckStrip, rr_check_strip, GTK_TYPE_WIDGET)

static const GdkRGBA met_color = { 0.30, 0.65, 0.40, 1.0 };
static const GdkRGBA not_met_color = { 0.74, 0.18, 0.16, 1.0 };
static const GdkRGBA bar_color = { 1.0, 1.0, 1.0, 1.0 };

/* A legend's single mark has no catalog. */
static guint
count_requirements (const RrCatalog *catalog)
{
  return catalog != NULL ? MIN (catalog->requirements->len, RR_DISTRICT_MAX_REQUIREMENTS) : 1;
}

static void
rr_check_strip_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RrCheckStrip *self = RR_CHECK_STRIP (widget);
  guint n = count_requirements (self->catalog);

  /* The width does not depend on the row, so every cell of the column
   * requests the same size, with marks or without. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = n > 0 ? n * MARK_PITCH - MARK_GAP : 0;
  else
    *minimum = *natural = MARK_SIZE;
}

static void
append_mark (GtkSnapshot   *snapshot,
             RrCheckStatus  status,
             const GdkRGBA *outline_color,
             float          x,
             float          y)
{
  graphene_rect_t square = GRAPHENE_RECT_INIT (x, y, MARK_SIZE, MARK_SIZE);

  switch (status)
    {
    case RR_CHECK_MET:
      gtk_snapshot_append_color (snapshot, &met_color, &square);
      break;

    case RR_CHECK_NOT_MET:
      {
        graphene_rect_t bar = GRAPHENE_RECT_INIT (x + 2, y + MARK_SIZE / 2 - 1, MARK_SIZE - 4, 2);

        gtk_snapshot_append_color (snapshot, &not_met_color, &square);
        gtk_snapshot_append_color (snapshot, &bar_color, &bar);
      }
      break;

    case RR_CHECK_NOT_ASSESSED:
    default:
      {
        GskRoundedRect outline;
        const float widths[4] = { 1, 1, 1, 1 };
        const GdkRGBA colors[4] = { *outline_color, *outline_color, *outline_color, *outline_color };

        gsk_rounded_rect_init_from_rect (&outline, &square, 0);
        gtk_snapshot_append_border (snapshot, &outline, widths, colors);
      }
      break;
    }
}

static void
rr_check_strip_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RrCheckStrip *self = RR_CHECK_STRIP (widget);
  float y = (gtk_widget_get_height (widget) - MARK_SIZE) / 2.0f;
  GdkRGBA outline;

  /* The text colour, faded, so the outline shows on a selected row too. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &outline);
  outline.alpha *= 0.6f;

  for (guint i = 0; i < self->n_marks; i++)
    append_mark (snapshot, self->statuses[i], &outline, i * MARK_PITCH, y);
}

/* Lists every requirement with its status, the one under the pointer in bold. */
static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  RrCheckStrip *self = RR_CHECK_STRIP (widget);
  g_autoptr(GString) markup = g_string_new (NULL);
  int pointed = keyboard_mode ? -1 : x / MARK_PITCH;

  if (self->n_marks == 0 || self->catalog == NULL)
    return FALSE;

  for (guint i = 0; i < self->n_marks; i++)
    {
      const RrRequirement *requirement = g_ptr_array_index (self->catalog->requirements, i);
      const char *status = rr_district_check_get_name (self->statuses[i]);
      g_autofree char *line = NULL;

      /* Translators: a tooltip line: task number, the standard's words, status */
      line = g_markup_printf_escaped (_("Task %u · %s: %s"), requirement->task->number, requirement->quote, status);
      if (i > 0)
        g_string_append_c (markup, '\n');
      if ((int) i == pointed)
        g_string_append_printf (markup, "<b>%s</b>", line);
      else
        g_string_append (markup, line);
    }

  gtk_tooltip_set_markup (tooltip, markup->str);
  return TRUE;
}

static void
rr_check_strip_finalize (GObject *object)
{
  RrCheckStrip *self = RR_CHECK_STRIP (object);

  g_clear_pointer (&self->catalog, rr_catalog_unref);

  G_OBJECT_CLASS (rr_check_strip_parent_class)->finalize (object);
}

static void
rr_check_strip_class_init (RrCheckStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rr_check_strip_finalize;
  widget_class->measure = rr_check_strip_measure;
  widget_class->snapshot = rr_check_strip_snapshot;
  widget_class->query_tooltip = on_query_tooltip;
  gtk_widget_class_set_css_name (widget_class, "checkstrip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rr_check_strip_init (RrCheckStrip *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

/**
 * rr_check_strip_new:
 * @catalog: the catalog whose requirements the statuses follow
 */
GtkWidget *
rr_check_strip_new (const RrCatalog *catalog)
{
  RrCheckStrip *self = g_object_new (RR_TYPE_CHECK_STRIP, NULL);

  self->catalog = rr_catalog_ref ((RrCatalog *) catalog);
  return GTK_WIDGET (self);
}

/* Makes one mark of @status, without a tooltip, for a legend. */
GtkWidget *
rr_check_strip_new_mark (RrCheckStatus status)
{
  RrCheckStrip *self = g_object_new (RR_TYPE_CHECK_STRIP, NULL);

  self->n_marks = 1;
  self->statuses[0] = status;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rr_district_check_get_name (status), -1);
  return GTK_WIDGET (self);
}

/**
 * rr_check_strip_set_statuses:
 * @statuses: one RrCheckStatus per requirement of the catalog, in catalog order
 */
void
rr_check_strip_set_statuses (RrCheckStrip *self,
                             const guint8 *statuses)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (RR_IS_CHECK_STRIP (self));

  self->n_marks = count_requirements (self->catalog);
  memcpy (self->statuses, statuses, self->n_marks);
  summary = rr_check_strip_describe (self->catalog, statuses);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, summary, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Shows no marks, for a community that has no evaluation yet. */
void
rr_check_strip_clear (RrCheckStrip *self)
{
  g_return_if_fail (RR_IS_CHECK_STRIP (self));

  self->n_marks = 0;
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * rr_check_strip_describe:
 *
 * Counts @statuses by kind in a sentence for screen readers, e.g.
 * "7 met · 2 not met · 1 not assessed".
 */
char *
rr_check_strip_describe (const RrCatalog *catalog,
                         const guint8    *statuses)
{
  guint counts[3] = { 0 };

  for (guint i = 0; i < count_requirements (catalog); i++)
    if (statuses[i] < G_N_ELEMENTS (counts))
      counts[statuses[i]]++;

  /* Translators: counts of quantitative requirements by status */
  return g_strdup_printf (_("%u met · %u not met · %u not assessed"),
                          counts[RR_CHECK_MET], counts[RR_CHECK_NOT_MET], counts[RR_CHECK_NOT_ASSESSED]);
}
