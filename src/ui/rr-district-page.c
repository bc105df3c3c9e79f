/* rr-district-page.c: every community of the project at once
 *
 * A GtkColumnView over a list of small items that point into the
 * RrDistrict rows. A cell's text is made only when GTK binds it to a
 * visible row, so 10,000 communities cost 10,000 pointers, not 120,000
 * cells. Filtering comes before sorting so that a narrow filter sorts few
 * rows. The quantitative requirements share one column of marks
 * (RrCheckStrip), which fits the window and keeps the cells GTK builds
 * for the first 200 rows to 12 per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-district-page"

#include "config.h"

#include "rr-district-page.h"

#include "rr-check-strip.h"
#include "rr-district-charts.h"
#include "charts/rr-chart-matrix.h"
#include "export/rr-district-export.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* Items                                                                     */
/* ------------------------------------------------------------------------ */

#define RR_TYPE_DISTRICT_ITEM (rr_district_item_get_type ())

G_DECLARE_FINAL_TYPE (RrDistrictItem, rr_district_item, RR, DISTRICT_ITEM, GObject)

struct _RrDistrictItem
{
  GObject parent_instance;
  const RrDistrictRow *row;     /* borrowed from the page's district */
};

G_DEFINE_FINAL_TYPE (RrDistrictItem, rr_district_item, G_TYPE_OBJECT)

static void
rr_district_item_class_init (RrDistrictItemClass *klass)
{
}

static void
rr_district_item_init (RrDistrictItem *self)
{
}

/* ------------------------------------------------------------------------ */
/* The page                                                                  */
/* ------------------------------------------------------------------------ */

enum {
  COLUMN_NAME,
  COLUMN_STREET,
  COLUMN_TYPE,
  COLUMN_PERIOD,
  COLUMN_KIND,
  COLUMN_STATUS,
  COLUMN_TOTAL,
  COLUMN_CONVERTED,
  COLUMN_VERDICT,
  COLUMN_GRADE,
  COLUMN_BINDING,
  COLUMN_REQUIREMENTS,
  N_COLUMNS,
};

static const char * const column_ids[N_COLUMNS] = {
  "name", "street", "type", "period", "kind", "status", "total", "converted", "verdict", "grade", "binding",
  "requirements",
};

struct _RrDistrictPage
{
  GtkBox parent_instance;

  /* children, owned by the widget tree */
  GtkSearchEntry *search_entry;
  GtkDropDown *street_drop;
  GtkDropDown *type_drop;
  GtkDropDown *status_drop;
  GtkDropDown *verdict_drop;
  GtkDropDown *kind_drop;
  GtkDropDown *requirement_drop;
  GtkLabel *counts_label;
  GtkWidget *empty_label;       /* over the table when the filters leave no row */
  gboolean charts_stale;        /* the ranking and matrix wait for their view to show */
  GtkWidget *legend;
  GtkStack *views;
  GtkColumnView *column_view;
  GtkWidget *ranking;
  GtkWidget *matrix_area;

  /* owned */
  RrDistrict *district;
  GListStore *store;
  GtkCustomFilter *filter;
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkStringList *streets;
  GtkStringList *requirements;  /* "all", then "not met: …" per requirement */
  RrMatrixData *matrix;
  char *folded_query;

  /* Two rows, the first before the second in every column. Comparing
   * them shows which way the table sorts, which GTK 4.8 has no call for. */
  RrDistrictRow probe_rows[2];
  RrDistrictItem *probes[2];
  gboolean descending;
};

G_DEFINE_FINAL_TYPE (RrDistrictPage, rr_district_page, GTK_TYPE_BOX)

enum {
  SIGNAL_EVALUATION_ACTIVATED,
  SIGNAL_EVALUATION_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------------ */
/* Cells                                                                     */
/* ------------------------------------------------------------------------ */

static char *
format_cell (RrDistrictPage      *self,
             const RrDistrictRow *row,
             guint                column)
{
  gboolean evaluated = row->evaluation_id != 0;

  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (row->name);
    case COLUMN_STREET:
      return g_strdup (row->street);
    case COLUMN_TYPE:
      return g_strdup (rr_district_type_get_name (row->type));
    case COLUMN_PERIOD:
      return rr_district_row_format_period (row);
    case COLUMN_KIND:
      return g_strdup (evaluated ? rr_evaluation_kind_get_name (row->kind) : "");
    case COLUMN_STATUS:
      return g_strdup (evaluated ? rr_district_status_get_name (row->status) : _("Not evaluated"));
    default:
      break;
    }

  if (!evaluated)
    return g_strdup ("");

  switch (column)
    {
    case COLUMN_TOTAL:
      return rr_points_format (row->score);
    case COLUMN_CONVERTED:
      return rr_points_format (row->converted);
    case COLUMN_VERDICT:
      return g_strdup (rr_verdict_get_name (row->template, row->verdict));
    case COLUMN_GRADE:
      return g_strdup (row->grade != NULL ? row->grade->name : "");
    case COLUMN_BINDING:
    default:
      return g_strdup_printf ("%u/%u", row->binding_met, self->district->binding_total);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  /* Widths in average characters; a Chinese character takes about two. */
  static const guint widths[COLUMN_REQUIREMENTS] = {
    [COLUMN_NAME] = 12, [COLUMN_STREET] = 9, [COLUMN_TYPE] = 4, [COLUMN_PERIOD] = 18,
    [COLUMN_KIND] = 8, [COLUMN_STATUS] = 6, [COLUMN_TOTAL] = 7, [COLUMN_CONVERTED] = 7, [COLUMN_VERDICT] = 8,
    [COLUMN_GRADE] = 7, [COLUMN_BINDING] = 6,
  };
  RrDistrictPage *self = g_object_get_data (G_OBJECT (factory), "rr-page");
  guint column = GPOINTER_TO_UINT (user_data);
  guint width;
  GtkInscription *cell;

  if (column == COLUMN_REQUIREMENTS)
    {
      gtk_list_item_set_child (item, rr_check_strip_new (self->district->catalog));
      return;
    }

  width = widths[column];
  cell = GTK_INSCRIPTION (gtk_inscription_new (NULL));

  /* A GtkInscription does not measure its text, which matters in a list
   * that makes some 200 rows of 20 cells at once. The column view sizes a
   * column to its cells' minimum width, so both widths are set. */
  gtk_inscription_set_min_chars (cell, width);
  gtk_inscription_set_nat_chars (cell, width);
  gtk_inscription_set_xalign (cell, column == COLUMN_TOTAL || column == COLUMN_CONVERTED ? 1 : 0);
  gtk_inscription_set_text_overflow (cell, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_list_item_set_child (item, GTK_WIDGET (cell));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  RrDistrictPage *self = g_object_get_data (G_OBJECT (factory), "rr-page");
  const RrDistrictRow *row = ((RrDistrictItem *) gtk_list_item_get_item (item))->row;
  GtkWidget *child = gtk_list_item_get_child (item);
  guint column = GPOINTER_TO_UINT (user_data);
  g_autofree char *text = NULL;

  if (column == COLUMN_REQUIREMENTS)
    {
      if (row->evaluation_id != 0)
        rr_check_strip_set_statuses (RR_CHECK_STRIP (child), row->checks);
      else
        rr_check_strip_clear (RR_CHECK_STRIP (child));
      return;
    }

  text = format_cell (self, row, column);
  gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
  if (column != COLUMN_VERDICT)
    return;

  if (row->evaluation_id != 0 && row->verdict >= RR_VERDICT_FAILS)
    gtk_widget_add_css_class (child, "error");
  else
    gtk_widget_remove_css_class (child, "error");
}

/* ------------------------------------------------------------------------ */
/* Sorting                                                                   */
/* ------------------------------------------------------------------------ */

static int
compare_numbers (gint64 a,
                 gint64 b)
{
  return (a > b) - (a < b);
}

/* Counts the requirements of @row with @status. */
static guint
count_checks (const RrDistrictRow *row,
              guint                n_requirements,
              RrCheckStatus        status)
{
  guint count = 0;

  for (guint i = 0; i < n_requirements; i++)
    count += row->checks[i] == status;

  return count;
}

/* Orders rows by requirements not met, then by those not assessed. */
static int
compare_checks (const RrDistrictRow *a,
                const RrDistrictRow *b,
                guint                n_requirements)
{
  int order = compare_numbers (count_checks (a, n_requirements, RR_CHECK_NOT_MET),
                               count_checks (b, n_requirements, RR_CHECK_NOT_MET));

  if (order != 0)
    return order;

  return compare_numbers (count_checks (a, n_requirements, RR_CHECK_NOT_ASSESSED),
                          count_checks (b, n_requirements, RR_CHECK_NOT_ASSESSED));
}

static int
compare_rows (const RrDistrictRow *a,
              const RrDistrictRow *b,
              guint                column,
              guint                n_requirements)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strcmp0 (a->name, b->name);
    case COLUMN_STREET:
      return g_strcmp0 (a->street, b->street);
    case COLUMN_TYPE:
      return compare_numbers (a->type, b->type);
    case COLUMN_PERIOD:
      return compare_numbers (a->period_end, b->period_end);
    case COLUMN_KIND:
      return compare_numbers (a->kind, b->kind);
    case COLUMN_STATUS:
      return compare_numbers (a->status, b->status);
    case COLUMN_TOTAL:
      return compare_numbers (a->score, b->score);
    case COLUMN_CONVERTED:
      return compare_numbers (a->converted, b->converted);
    case COLUMN_GRADE:
      /* The grade follows the final score, the converted one plus the bonus. */
      return compare_numbers (a->final, b->final);
    case COLUMN_VERDICT:
      return compare_numbers (a->verdict, b->verdict);
    case COLUMN_BINDING:
      return compare_numbers (a->binding_met, b->binding_met);
    case COLUMN_REQUIREMENTS:
    default:
      return compare_checks (a, b, n_requirements);
    }
}

/* What a column's sorter compares. */
typedef struct {
  RrDistrictPage *page;       /* not owned: the page owns the sorter */
  guint column;
} SortKey;

static int
sort_items (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const SortKey *key = user_data;
  const RrDistrictRow *first = ((const RrDistrictItem *) a)->row;
  const RrDistrictRow *second = ((const RrDistrictItem *) b)->row;
  guint n_requirements = key->page->district->catalog->requirements->len;
  int order;

  /* Communities without an evaluation come last for the evaluation's
   * columns whichever way they sort. The column view inverts a descending
   * sort, so this order is inverted first. */
  if (key->column >= COLUMN_PERIOD && (first->evaluation_id == 0) != (second->evaluation_id == 0))
    {
      int last = first->evaluation_id == 0 ? 1 : -1;

      return key->page->descending ? -last : last;
    }

  order = compare_rows (first, second, key->column, n_requirements);

  /* Ties keep a fixed order, so sorting is stable across filters. */
  return order != 0 ? order : compare_numbers (first->community_id, second->community_id);
}

static void
add_column (RrDistrictPage *self,
            guint           column,
            const char     *id,
            const char     *title,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  SortKey *key = g_new (SortKey, 1);
  GtkCustomSorter *sorter;

  key->page = self;
  key->column = column;
  sorter = gtk_custom_sorter_new (sort_items, key, g_free);

  g_object_set_data (G_OBJECT (factory), "rr-page", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));

  view_column = gtk_column_view_column_new (title, factory);
  /* gtk_column_view_column_set_id() is new in GTK 4.10. */
  g_object_set_data_full (G_OBJECT (view_column), "rr-column-id", g_strdup (id), g_free);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_append_column (self->column_view, view_column);

  g_object_unref (sorter);
  g_object_unref (view_column);
}

static void
remove_columns (RrDistrictPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
}

static void
create_columns (RrDistrictPage *self)
{
  const char *titles[N_COLUMNS] = {
    _("Community name"), "街道/镇", _("Type"), _("Evaluation period"), _("Evaluation kind"), _("Status"), _("Total"),
    _("Converted score"), _("Verdict"), _("Grade"), _("约束性 达标"), _("Quantitative requirements"),
  };

  remove_columns (self);
  for (guint i = 0; i < N_COLUMNS; i++)
    add_column (self, i, column_ids[i], titles[i], i == COLUMN_NAME);
}

/* ------------------------------------------------------------------------ */
/* Filtering                                                                 */
/* ------------------------------------------------------------------------ */

static const char *
selected_string (GtkDropDown *drop)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (drop);

  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static gboolean
matches_status (const RrDistrictRow *row,
                guint                filter)
{
  switch (filter)
    {
    case RR_DISTRICT_STATUS_DRAFT:
      return row->evaluation_id != 0 && row->status == RR_EVALUATION_STATUS_DRAFT;
    case RR_DISTRICT_STATUS_SUBMITTED:
      return row->evaluation_id != 0 && row->status == RR_EVALUATION_STATUS_SUBMITTED;
    case RR_DISTRICT_STATUS_FINALISED:
      return row->evaluation_id != 0 && row->status == RR_EVALUATION_STATUS_FINALISED;
    case RR_DISTRICT_STATUS_NONE:
      return row->evaluation_id == 0;
    case RR_DISTRICT_STATUS_ALL:
    default:
      return TRUE;
    }
}

static gboolean
matches_text (const RrDistrictRow *row,
              const char          *folded_query)
{
  g_autofree char *name = NULL;
  g_autofree char *street = NULL;

  if (*folded_query == '\0')
    return TRUE;

  name = g_utf8_casefold (row->name, -1);
  street = g_utf8_casefold (row->street, -1);
  return strstr (name, folded_query) != NULL || strstr (street, folded_query) != NULL ||
         (row->code != NULL && strstr (row->code, folded_query) != NULL);
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  RrDistrictPage *self = user_data;
  const RrDistrictRow *row = ((RrDistrictItem *) item)->row;
  guint street = gtk_drop_down_get_selected (self->street_drop);
  guint type = gtk_drop_down_get_selected (self->type_drop);
  guint verdict = gtk_drop_down_get_selected (self->verdict_drop);
  guint kind = gtk_drop_down_get_selected (self->kind_drop);
  guint requirement = gtk_drop_down_get_selected (self->requirement_drop);

  if (street > 0 && street != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (row->street, selected_string (self->street_drop)) != 0)
    return FALSE;
  if (type > 0 && type != GTK_INVALID_LIST_POSITION && row->type != (RrCommunityType) type)
    return FALSE;
  if (!matches_status (row, gtk_drop_down_get_selected (self->status_drop)))
    return FALSE;
  /* The kind drop-down lists RrEvaluationKind values after "all". */
  if (kind > 0 && kind != GTK_INVALID_LIST_POSITION &&
      (row->evaluation_id == 0 || row->kind != (RrEvaluationKind) (kind - 1)))
    return FALSE;
  /* The verdict drop-down lists RrVerdict values after "all". */
  if (verdict > 0 && verdict != GTK_INVALID_LIST_POSITION &&
      (row->evaluation_id == 0 || row->verdict != (RrVerdict) (verdict - 1)))
    return FALSE;
  /* The requirement drop-down lists the catalog's requirements after "all". */
  if (requirement > 0 && requirement != GTK_INVALID_LIST_POSITION &&
      (row->evaluation_id == 0 || row->checks[requirement - 1] != RR_CHECK_NOT_MET))
    return FALSE;

  return matches_text (row, self->folded_query);
}

static void
refilter (RrDistrictPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed (RrDistrictPage *self)
{
  g_free (self->folded_query);
  self->folded_query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  refilter (self);
}

/* ------------------------------------------------------------------------ */
/* Charts and counts                                                         */
/* ------------------------------------------------------------------------ */

static void
draw_matrix (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  RrDistrictPage *self = user_data;

  if (self->matrix != NULL)
    rr_matrix_chart_draw (self->matrix, cr, width, height);
}

/* Returns the rows the filters let through, in the district's order. */
static GPtrArray *
list_shown_rows (RrDistrictPage *self)
{
  GListModel *filtered = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (filtered);
  GPtrArray *rows = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RrDistrictItem) item = g_list_model_get_item (filtered, i);

      g_ptr_array_add (rows, (gpointer) item->row);
    }

  return rows;
}

/* Names the community, the task and the level of the cell under the
 * pointer, which a matrix of hundreds of thin rows cannot print. */
static gboolean
on_matrix_tooltip (GtkWidget      *area,
                   int             x,
                   int             y,
                   gboolean        keyboard_mode,
                   GtkTooltip     *tooltip,
                   RrDistrictPage *self)
{
  const RrCatalog *catalog;
  const RrTask *task;
  g_autofree char *text = NULL;
  guint row;
  guint column;

  if (self->matrix == NULL || keyboard_mode ||
      !rr_matrix_chart_find_cell (self->matrix, gtk_widget_get_width (area), gtk_widget_get_height (area), x, y,
                                  &row, &column))
    return FALSE;

  catalog = self->district->catalog;
  task = g_ptr_array_index (catalog->tasks, column);
  /* Translators: a task matrix tooltip, e.g. "东西1社区 · 任务 13（约束性）：未达标" */
  text = g_strdup_printf (_("%s · task %u (%s): %s"), (const char *) g_ptr_array_index (self->matrix->row_labels, row),
                          task->number, rr_attribute_get_name (task->attribute),
                          rr_matrix_cell_get_name (rr_matrix_data_get (self->matrix, row, column)));
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
build_matrix (RrDistrictPage *self,
              GPtrArray      *rows)
{
  const RrCatalog *catalog = self->district->catalog;
  RrMatrixData *matrix = rr_matrix_data_new (_("约束性 and 预期性 tasks by community, most often failed first"));

  for (guint i = 0; i < catalog->tasks->len; i++)
    {
      const RrTask *task = g_ptr_array_index (catalog->tasks, i);
      g_autofree char *label = g_strdup_printf ("%u", task->number);

      rr_matrix_data_add_column (matrix, label, task->attribute == RR_ATTRIBUTE_BINDING);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (rows, i);
      guint index;

      if (row->evaluation_id == 0)
        continue;

      index = rr_matrix_data_add_row (matrix, row->name);
      for (guint t = 0; t < catalog->tasks->len; t++)
        rr_matrix_data_set (matrix, index, t, (RrMatrixCell) row->levels[t]);
    }

  rr_matrix_data_sort_by_failures (matrix);
  g_clear_pointer (&self->matrix, rr_matrix_data_free);
  self->matrix = matrix;
  gtk_widget_queue_draw (self->matrix_area);
}

/* Draws the ranking and the task matrix of the rows the filters let
 * through, when one of them shows and the rows have changed since. */
static void
refresh_charts (RrDistrictPage *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->views);
  g_autoptr(GPtrArray) rows = NULL;

  if (!self->charts_stale || self->district == NULL ||
      (g_strcmp0 (view, "ranking") != 0 && g_strcmp0 (view, "matrix") != 0))
    return;

  rows = list_shown_rows (self);
  rr_district_ranking_set (self->ranking, rr_district_build_ranking (self->district, rows));
  build_matrix (self, rows);
  self->charts_stale = FALSE;
}

static void
mark_charts_stale (RrDistrictPage *self)
{
  self->charts_stale = TRUE;
  refresh_charts (self);
}

static void
show_counts (RrDistrictPage *self)
{
  const RrDistrict *district = self->district;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  g_autofree char *text = NULL;

  if (district == NULL)
    return;

  /* The status counts are the whole district's, the progress of its round. */
  if (n_shown == district->rows->len)
    /* Translators: counts of the latest evaluations by status */
    text = g_strdup_printf (_("%u communities · draft %u · submitted %u · finalised %u · not evaluated %u"),
                            district->rows->len,
                            district->status_counts[RR_EVALUATION_STATUS_DRAFT],
                            district->status_counts[RR_EVALUATION_STATUS_SUBMITTED],
                            district->status_counts[RR_EVALUATION_STATUS_FINALISED],
                            district->without_evaluation);
  else
    /* Translators: the rows the filters let through, then the whole district's counts */
    text = g_strdup_printf (_("%u of %u communities shown · draft %u · submitted %u · finalised %u · "
                              "not evaluated %u"),
                            n_shown, district->rows->len,
                            district->status_counts[RR_EVALUATION_STATUS_DRAFT],
                            district->status_counts[RR_EVALUATION_STATUS_SUBMITTED],
                            district->status_counts[RR_EVALUATION_STATUS_FINALISED],
                            district->without_evaluation);
  gtk_label_set_text (self->counts_label, text);
  gtk_widget_set_visible (self->empty_label, n_shown == 0 && district->rows->len > 0);
}

/* Orders names by the locale's collation; g_ptr_array_sort() passes
 * pointers to the elements. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
fill_streets (RrDistrictPage *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->streets));

  for (guint i = 0; i < self->district->rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (self->district->rows, i);

      if (g_hash_table_add (seen, row->street))
        g_ptr_array_add (names, row->street);
    }

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  gtk_drop_down_set_selected (self->street_drop, 0);
  gtk_string_list_splice (self->streets, 1, old - 1, (const char * const *) names->pdata);
}

/* Lists the catalog's requirements in the filter, each as "not met: …". */
static void
fill_requirements (RrDistrictPage *self)
{
  const RrCatalog *catalog = self->district->catalog;
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->requirements));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < catalog->requirements->len; i++)
    {
      const RrRequirement *requirement = g_ptr_array_index (catalog->requirements, i);

      /* Translators: a filter choice: task number and the standard's words */
      g_ptr_array_add (names, g_strdup_printf (_("Not met: task %u · %s"), requirement->task->number,
                                               requirement->quote));
    }

  g_ptr_array_add (names, NULL);
  gtk_drop_down_set_selected (self->requirement_drop, 0);
  gtk_string_list_splice (self->requirements, 1, old - 1, (const char * const *) names->pdata);
}

/* ------------------------------------------------------------------------ */
/* Public calls                                                              */
/* ------------------------------------------------------------------------ */

/**
 * rr_district_page_load:
 *
 * Reads every community of @project with its latest evaluation and shows
 * them in the table, the ranking and the task matrix.
 */
gboolean
rr_district_page_load (RrDistrictPage     *self,
                       RrProject          *project,
                       RrCatalog          *catalog,
                       RrScoringTemplate  *template,
                       GError            **error)
{
  RrDistrict *district;
  g_autofree gpointer *items = NULL;

  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), FALSE);

  district = rr_district_load (project, catalog, template, error);
  if (district == NULL)
    return FALSE;

  /* The items point into the old rows: drop them before the rows. */
  g_list_store_remove_all (self->store);
  g_clear_pointer (&self->district, rr_district_free);
  self->district = district;

  items = g_new0 (gpointer, MAX (district->rows->len, 1));
  for (guint i = 0; i < district->rows->len; i++)
    {
      RrDistrictItem *item = g_object_new (RR_TYPE_DISTRICT_ITEM, NULL);

      item->row = g_ptr_array_index (district->rows, i);
      items[i] = item;
    }

  create_columns (self);
  fill_streets (self);
  fill_requirements (self);
  g_list_store_splice (self->store, 0, 0, items, district->rows->len);
  for (guint i = 0; i < district->rows->len; i++)
    g_object_unref (items[i]);

  show_counts (self);
  mark_charts_stale (self);
  return TRUE;
}

/**
 * rr_district_page_update_community:
 *
 * Reads one community's latest evaluation again after an edit, and updates
 * its row, the counts, the ranking and the task matrix. A community the
 * page does not list yet makes it read the whole project again.
 */
gboolean
rr_district_page_update_community (RrDistrictPage  *self,
                                   RrProject       *project,
                                   gint64           community_id,
                                   GError         **error)
{
  g_autoptr(RrDistrictItem) item = NULL;
  guint index;

  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), FALSE);

  if (self->district == NULL)
    return TRUE;

  if (rr_district_find_community (self->district, community_id) < 0)
    return rr_district_page_load (self, project, self->district->catalog, self->district->template, error);
  if (!rr_district_update_community (self->district, project, community_id, &index, error))
    return FALSE;

  /* The store lists the rows in the district's order, so the row's index
   * is its item's position. Replacing the item makes the filter and the
   * sort look at the row again. */
  item = g_object_new (RR_TYPE_DISTRICT_ITEM, NULL);
  item->row = g_ptr_array_index (self->district->rows, index);
  g_list_store_splice (self->store, index, 1, (gpointer *) &item, 1);

  show_counts (self);
  mark_charts_stale (self);
  return TRUE;
}

/**
 * rr_district_page_get_usual_period:
 *
 * Finds the period most of the latest evaluations share, the district's
 * current round, or the current calendar year when there is none.
 */
void
rr_district_page_get_usual_period (RrDistrictPage *self,
                                   gint64         *start,
                                   gint64         *end)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint best = 0;

  g_return_if_fail (RR_IS_DISTRICT_PAGE (self));

  *start = (gint64) g_date_time_get_year (now) * 12;
  *end = *start + 11;

  for (guint i = 0; self->district != NULL && i < self->district->rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (self->district->rows, i);
      gint64 key = row->period_start * 100000 + row->period_end;
      guint count;

      if (row->evaluation_id == 0)
        continue;

      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, &key)) + 1;
      g_hash_table_replace (counts, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (count));
      if (count > best)
        {
          best = count;
          *start = row->period_start;
          *end = row->period_end;
        }
    }
}

/* Returns the line of counts above the table, for tests. */
const char *
rr_district_page_get_counts_text (RrDistrictPage *self)
{
  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), NULL);

  return gtk_label_get_text (self->counts_label);
}

/* Returns the street filter's choices, "all" first, for tests. */
GListModel *
rr_district_page_get_streets (RrDistrictPage *self)
{
  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), NULL);

  return G_LIST_MODEL (self->streets);
}

/* Returns the ranking chart with its page buttons, for tests. */
GtkWidget *
rr_district_page_get_ranking (RrDistrictPage *self)
{
  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), NULL);

  return self->ranking;
}

const RrDistrict *
rr_district_page_get_district (RrDistrictPage *self)
{
  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), NULL);

  return self->district;
}

/* Counts the rows that pass the filters. */
guint
rr_district_page_count_rows (RrDistrictPage *self)
{
  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

/* Returns the row shown at @position, after filtering and sorting. */
const RrDistrictRow *
rr_district_page_get_row (RrDistrictPage *self,
                          guint           position)
{
  g_autoptr(RrDistrictItem) item = NULL;

  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  return item != NULL ? item->row : NULL;
}

void
rr_district_page_set_search_text (RrDistrictPage *self,
                                  const char     *text)
{
  g_return_if_fail (RR_IS_DISTRICT_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* The entry reports changes after a delay; apply this one now. */
  on_search_changed (self);
}

/* Shows only the communities of @street, or all with NULL. */
void
rr_district_page_set_street (RrDistrictPage *self,
                             const char     *street)
{
  guint n;

  g_return_if_fail (RR_IS_DISTRICT_PAGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->streets));
  gtk_drop_down_set_selected (self->street_drop, 0);
  for (guint i = 1; street != NULL && i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (self->streets, i), street))
      gtk_drop_down_set_selected (self->street_drop, i);
}

/* Shows only the communities that do not meet the requirement with
 * @requirement_id, or all with NULL. Returns FALSE for an unknown id. */
gboolean
rr_district_page_set_unmet_requirement (RrDistrictPage *self,
                                        const char     *requirement_id)
{
  const RrCatalog *catalog;

  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), FALSE);

  if (requirement_id == NULL)
    {
      gtk_drop_down_set_selected (self->requirement_drop, 0);
      return TRUE;
    }

  catalog = self->district != NULL ? self->district->catalog : NULL;
  for (guint i = 0; catalog != NULL && i < catalog->requirements->len; i++)
    {
      const RrRequirement *requirement = g_ptr_array_index (catalog->requirements, i);

      if (g_str_equal (requirement->id, requirement_id))
        {
          gtk_drop_down_set_selected (self->requirement_drop, i + 1);
          return TRUE;
        }
    }

  return FALSE;
}

/* Shows only latest evaluations of @kind, or all with -1. */
void
rr_district_page_set_kind_filter (RrDistrictPage *self,
                                  int             kind)
{
  g_return_if_fail (RR_IS_DISTRICT_PAGE (self));

  gtk_drop_down_set_selected (self->kind_drop, kind < 0 ? 0 : (guint) kind + 1);
}

void
rr_district_page_set_status_filter (RrDistrictPage         *self,
                                    RrDistrictStatusFilter  filter)
{
  g_return_if_fail (RR_IS_DISTRICT_PAGE (self));

  gtk_drop_down_set_selected (self->status_drop, filter);
}

/* Sorts the table by the column with @column_id, as a click on its header does. */
gboolean
rr_district_page_sort_by (RrDistrictPage *self,
                          const char     *column_id,
                          GtkSortType     order)
{
  GListModel *columns;

  g_return_val_if_fail (RR_IS_DISTRICT_PAGE (self), FALSE);

  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (column), "rr-column-id"), column_id) != 0)
        continue;

      /* In GTK 4.8, sorting by a column drops the earlier sort columns
       * without redrawing their headers, which keep their arrows. Clearing
       * first redraws the header of the one column sorted so far. */
      gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
      gtk_column_view_sort_by_column (self->column_view, column, order);
      return TRUE;
    }

  return FALSE;
}

/* Shows "table", "ranking" or "matrix". */
void
rr_district_page_show_view (RrDistrictPage *self,
                            const char     *name)
{
  g_return_if_fail (RR_IS_DISTRICT_PAGE (self));

  gtk_stack_set_visible_child_name (self->views, name);
}

/* Opens the evaluation of the row at @position, as a double click does. */
void
rr_district_page_activate_row (RrDistrictPage *self,
                               guint           position)
{
  const RrDistrictRow *row;

  g_return_if_fail (RR_IS_DISTRICT_PAGE (self));

  row = rr_district_page_get_row (self, position);
  if (row != NULL && row->evaluation_id != 0)
    g_signal_emit (self, signals[SIGNAL_EVALUATION_ACTIVATED], 0, row->evaluation_id);
  else if (row != NULL)
    g_signal_emit (self, signals[SIGNAL_EVALUATION_REQUESTED], 0, row->community_id);
}

static void
on_activate (GtkColumnView  *view,
             guint           position,
             RrDistrictPage *self)
{
  rr_district_page_activate_row (self, position);
}

/* ------------------------------------------------------------------------ */
/* Construction                                                              */
/* ------------------------------------------------------------------------ */

static GtkDropDown *
add_drop_down (RrDistrictPage      *self,
               GtkBox              *bar,
               const char * const  *strings,
               const char          *tooltip)
{
  GtkDropDown *drop = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (strings));

  gtk_widget_set_tooltip_text (GTK_WIDGET (drop), tooltip);
  g_signal_connect_swapped (drop, "notify::selected", G_CALLBACK (refilter), self);
  gtk_box_append (bar, GTK_WIDGET (drop));
  return drop;
}

/* Marks the chosen row of the drop-down's list, as GTK's own list does. */
static void
update_check (GtkDropDown *drop,
              GParamSpec  *pspec,
              GtkListItem *item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_opacity (check, gtk_list_item_get_position (item) == gtk_drop_down_get_selected (drop) ? 1 : 0);
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             GtkDropDown              *drop)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (label, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  if (drop == NULL)
    {
      /* The requirement's words are long, so the button shows their start,
       * enough to tell apart two requirements of one task. */
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (label, 26);
    }
  else
    {
      gtk_widget_set_hexpand (GTK_WIDGET (label), TRUE);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
      g_signal_connect_object (drop, "notify::selected", G_CALLBACK (update_check), item, 0);
    }
  gtk_list_item_set_child (item, box);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            GtkDropDown              *drop)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), gtk_string_object_get_string (string));
  if (drop != NULL)
    update_check (drop, NULL, item);
}

/* Makes labels for a drop-down's button (@list NULL) or for the list of
 * @list, with a check on the chosen row. */
static GtkListItemFactory *
new_label_factory (GtkDropDown *list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), list);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), list);
  return factory;
}

/* Names the chosen requirement in full in the tooltip, since the button
 * shows only its start. */
static void
on_requirement_chosen (RrDistrictPage *self)
{
  GtkStringObject *chosen = gtk_drop_down_get_selected_item (self->requirement_drop);

  if (gtk_drop_down_get_selected (self->requirement_drop) > 0 && chosen != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->requirement_drop), gtk_string_object_get_string (chosen));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->requirement_drop),
                                 _("Show only the communities that do not meet a quantitative requirement"));
}

static void
build_filter_bar (RrDistrictPage *self)
{
  const char *types[] = { _("All types"), "社区", "村", NULL };
  const char *kinds[] = { _("All evaluation kinds"), "自我评价", "综合评价", NULL };
  const char *statuses[] = { _("All statuses"), _("Draft"), _("Submitted"), _("Finalised"), _("Not evaluated"), NULL };
  const char *verdicts[] = { _("All verdicts"), "达标", "基本达标", "未达标", _("Vetoed"), NULL };
  const char *streets[] = { _("All streets and towns"), NULL };
  const char *requirements[] = { _("All quantitative requirements"), NULL };
  GtkBox *bar = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search name, street or code"), NULL);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  gtk_box_append (bar, GTK_WIDGET (self->search_entry));

  self->streets = gtk_string_list_new (streets);
  self->street_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->streets)), NULL));
  gtk_drop_down_set_enable_search (self->street_drop, TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->street_drop), _("Street or town"));
  g_signal_connect_swapped (self->street_drop, "notify::selected", G_CALLBACK (refilter), self);
  gtk_box_append (bar, GTK_WIDGET (self->street_drop));

  self->type_drop = add_drop_down (self, bar, types, _("Type"));
  self->kind_drop = add_drop_down (self, bar, kinds, _("Kind of the latest evaluation"));
  self->status_drop = add_drop_down (self, bar, statuses, _("Status of the latest evaluation"));
  self->verdict_drop = add_drop_down (self, bar, verdicts, _("Verdict"));

  self->requirements = gtk_string_list_new (requirements);
  self->requirement_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->requirements)), NULL));
  gtk_drop_down_set_factory (self->requirement_drop, new_label_factory (NULL));
  gtk_drop_down_set_list_factory (self->requirement_drop, new_label_factory (self->requirement_drop));
  on_requirement_chosen (self);
  g_signal_connect_swapped (self->requirement_drop, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->requirement_drop, "notify::selected", G_CALLBACK (on_requirement_chosen), self);
  gtk_box_append (bar, GTK_WIDGET (self->requirement_drop));

  gtk_widget_set_margin_start (GTK_WIDGET (bar), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (bar), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (bar), 6);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (bar));
}

static void
make_probes (RrDistrictPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->probe_rows); i++)
    {
      RrDistrictRow *row = &self->probe_rows[i];

      row->community_id = i + 1;
      row->evaluation_id = i + 1;
      row->name = row->street = (char *) (i == 0 ? "0" : "9");
      row->type = (RrCommunityType) i;
      row->kind = (RrEvaluationKind) i;
      row->status = (RrEvaluationStatus) i;
      row->verdict = (RrVerdict) i;
      row->period_end = row->score = row->converted = row->final = row->binding_met = i;
      memset (row->checks, i == 0 ? RR_CHECK_MET : RR_CHECK_NOT_MET, sizeof row->checks);

      self->probes[i] = g_object_new (RR_TYPE_DISTRICT_ITEM, NULL);
      self->probes[i]->row = row;
    }
}

static gboolean
scroll_to_top (gpointer user_data)
{
  RrDistrictPage *self = user_data;

  /* GTK 4.8 has no call that scrolls a column view, but the list view
   * inside it has an action that scrolls to a row. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child) && g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) > 0)
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

/* Notes the direction of the new sort, and shows the top of the table,
 * where the first rows of the new order are, once it is sorted. */
static void
on_sort_changed (GtkSorter       *sorter,
                 GtkSorterChange  change,
                 RrDistrictPage  *self)
{
  self->descending = gtk_sorter_compare (sorter, self->probes[0], self->probes[1]) == GTK_ORDERING_LARGER;
  /* Before the next layout, which a default idle waits behind while
   * frames follow one another. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, scroll_to_top, g_object_ref (self), NULL);
}

static void
build_table (RrDistrictPage *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkSorter *sorter;

  self->store = g_list_store_new (RR_TYPE_DISTRICT_ITEM);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  /* A filter that hides the chosen row leaves none chosen, instead of
   * choosing another community for the user. */
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_single_click_activate (self->column_view, FALSE);
  sorter = gtk_column_view_get_sorter (self->column_view);
  /* Connected before the sort model's handler, so a new sort uses the
   * new direction. */
  g_signal_connect (sorter, "changed", G_CALLBACK (on_sort_changed), self);
  gtk_sort_list_model_set_sorter (self->sorted, sorter);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_activate), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->column_view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (show_counts), self);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (mark_charts_stale), self);

  self->empty_label = gtk_label_new (_("No community matches the filters."));
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_halign (self->empty_label, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->empty_label, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->empty_label, FALSE);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), scrolled);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->empty_label);
  gtk_stack_add_titled (self->views, overlay, "table", _("Communities"));
}

/* Explains the marks of the requirements column, beside the counts. */
static GtkWidget *
build_legend (void)
{
  static const RrCheckStatus statuses[] = { RR_CHECK_MET, RR_CHECK_NOT_MET, RR_CHECK_NOT_ASSESSED };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *title = gtk_label_new (_("Quantitative requirements:"));

  gtk_widget_add_css_class (title, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      GtkWidget *label = gtk_label_new (rr_district_check_get_name (statuses[i]));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_end (label, 6);
      gtk_box_append (GTK_BOX (box), rr_check_strip_new_mark (statuses[i]));
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_widget_set_tooltip_text (box, _("Each mark in the column is one quantitative requirement of the standard, "
                                      "in task order. Point at a mark to see which."));
  return box;
}

/* The legend explains the table's marks, so it shows with the table. */
static void
on_view_changed (RrDistrictPage *self)
{
  gtk_widget_set_visible (self->legend, g_strcmp0 (gtk_stack_get_visible_child_name (self->views), "table") == 0);
  refresh_charts (self);
}

static void
rr_district_page_init (RrDistrictPage *self)
{
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkBox *row = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  self->folded_query = g_strdup ("");
  make_probes (self);

  build_filter_bar (self);

  self->views = GTK_STACK (gtk_stack_new ());
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->views);
  gtk_box_append (row, switcher);

  /* The counts ellipsize, so the page never forces the window wider. */
  self->counts_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->counts_label), TRUE);
  gtk_label_set_xalign (self->counts_label, 0);
  gtk_label_set_ellipsize (self->counts_label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->counts_label), "dim-label");
  gtk_box_append (row, GTK_WIDGET (self->counts_label));
  self->legend = build_legend ();
  gtk_box_append (row, self->legend);
  gtk_widget_set_margin_start (GTK_WIDGET (row), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (row), 6);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (row));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->views));

  build_table (self);
  g_signal_connect_swapped (self->views, "notify::visible-child-name", G_CALLBACK (on_view_changed), self);

  self->ranking = rr_district_ranking_new ();
  gtk_widget_set_vexpand (self->ranking, TRUE);
  gtk_stack_add_titled (self->views, self->ranking, "ranking", _("Ranking"));

  self->matrix_area = gtk_drawing_area_new ();
  gtk_widget_set_vexpand (self->matrix_area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->matrix_area), draw_matrix, self, NULL);
  gtk_widget_set_has_tooltip (self->matrix_area, TRUE);
  g_signal_connect (self->matrix_area, "query-tooltip", G_CALLBACK (on_matrix_tooltip), self);
  gtk_stack_add_titled (self->views, self->matrix_area, "matrix", _("Task matrix"));
}

static void
rr_district_page_dispose (GObject *object)
{
  RrDistrictPage *self = RR_DISTRICT_PAGE (object);

  /* The models and the sorter outlive the labels they update. */
  if (self->column_view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->column_view, self);
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
    }
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_data (self->filtered, self);

  G_OBJECT_CLASS (rr_district_page_parent_class)->dispose (object);
}

static void
rr_district_page_finalize (GObject *object)
{
  RrDistrictPage *self = RR_DISTRICT_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_object (&self->streets);
  g_clear_object (&self->requirements);
  g_clear_pointer (&self->matrix, rr_matrix_data_free);
  g_clear_pointer (&self->district, rr_district_free);
  g_free (self->folded_query);
  g_clear_object (&self->probes[0]);
  g_clear_object (&self->probes[1]);

  G_OBJECT_CLASS (rr_district_page_parent_class)->finalize (object);
}

static void
rr_district_page_class_init (RrDistrictPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rr_district_page_dispose;
  object_class->finalize = rr_district_page_finalize;

  /**
   * RrDistrictPage::evaluation-activated:
   * @evaluation_id: the activated row's latest evaluation
   */
  /**
   * RrDistrictPage::evaluation-requested:
   * @community_id: the activated row's community, which has no evaluation
   */
  signals[SIGNAL_EVALUATION_REQUESTED] =
    g_signal_new ("evaluation-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  signals[SIGNAL_EVALUATION_ACTIVATED] =
    g_signal_new ("evaluation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

GtkWidget *
rr_district_page_new (void)
{
  return g_object_new (RR_TYPE_DISTRICT_PAGE, NULL);
}
