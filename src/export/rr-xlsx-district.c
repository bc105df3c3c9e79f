/* rr-xlsx-district.c: the district summary workbook
 *
 * One row per community, best total first, then a sheet that counts the
 * communities per grade with a native column chart. The summary sheet is
 * written in libxlsxwriter's constant-memory mode, so a thousand
 * communities take little memory and time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-xlsx"

#include "config.h"

#include "rr-district-export.h"
#include "rr-xlsx-private.h"

#include <glib/gi18n-lib.h>

/* Columns before the four 共同体 and the requirements. */
enum {
  COLUMN_RANK,
  COLUMN_NAME,
  COLUMN_STREET,
  COLUMN_TYPE,
  COLUMN_CODE,
  COLUMN_PERIOD,
  COLUMN_KIND,
  COLUMN_STATUS,
  COLUMN_SCORE,
  COLUMN_MAX,
  COLUMN_CONVERTED,
  COLUMN_FINAL,
  COLUMN_VERDICT,
  COLUMN_GRADE,
  COLUMN_BINDING,
  N_FIXED_COLUMNS
};

#define HEADER_ROW 1

static void
write_summary_headers (Writer           *writer,
                       lxw_worksheet    *sheet,
                       const RrDistrict *district)
{
  const char *headers[N_FIXED_COLUMNS] = {
    N_("Rank"), N_("Community name"), "街道/镇", N_("Type"), N_("Code"), N_("Evaluation period"),
    N_("Evaluation kind"), N_("Status"), N_("Total"), N_("Maximum"), N_("Converted score"), N_("Final score"),
    N_("Verdict"), N_("Grade"), NULL,
  };
  static const double widths[N_FIXED_COLUMNS] = { 5, 16, 12, 5, 14, 20, 9, 8, 8, 8, 9, 9, 9, 7, 12 };
  const RrCatalog *catalog = district->catalog;
  g_autofree char *binding = NULL;
  lxw_col_t column = N_FIXED_COLUMNS;

  /* Translators: a column header; %u is the number of 约束性 tasks */
  binding = g_strdup_printf (_("约束性 tasks 达标 (of %u)"), district->binding_total);
  headers[COLUMN_BINDING] = binding;
  rr_xlsx_write_headers (writer, sheet, HEADER_ROW, headers, widths, N_FIXED_COLUMNS);

  for (guint i = 0; i < catalog->groups->len; i++, column++)
    {
      rr_xlsx_write_text (writer, sheet, HEADER_ROW, column,
                          ((RrGroup *) g_ptr_array_index (catalog->groups, i))->name, writer->formats.header);
      rr_xlsx_check (writer, worksheet_set_column (sheet, column, column, 10, NULL));
    }

  for (guint i = 0; i < catalog->requirements->len; i++, column++)
    {
      g_autofree char *title = rr_district_requirement_title (g_ptr_array_index (catalog->requirements, i));

      rr_xlsx_write_text (writer, sheet, HEADER_ROW, column, title, writer->formats.header);
      rr_xlsx_check (writer, worksheet_set_column (sheet, column, column, 14, NULL));
    }
}

static void
write_summary_row (Writer              *writer,
                   lxw_worksheet       *sheet,
                   const RrDistrict    *district,
                   const RrDistrictRow *row,
                   lxw_row_t            line,
                   guint                rank)
{
  const Formats *f = &writer->formats;
  const RrCatalog *catalog = district->catalog;
  gboolean evaluated = row->evaluation_id != 0;
  g_autofree char *period = rr_district_row_format_period (row);
  lxw_col_t column = N_FIXED_COLUMNS;

  if (rank > 0)
    rr_xlsx_check (writer, worksheet_write_number (sheet, line, COLUMN_RANK, rank, f->center));
  else
    rr_xlsx_write_text (writer, sheet, line, COLUMN_RANK, "", f->center);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_NAME, row->name, f->cell);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_STREET, row->street, f->cell);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_TYPE, rr_district_type_get_name (row->type), f->center);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_CODE, row->code, f->cell);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_PERIOD, period, f->center);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_KIND, evaluated ? rr_evaluation_kind_get_name (row->kind) : "",
                      f->center);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_STATUS,
                      evaluated ? rr_district_status_get_name (row->status) : _("Not evaluated"), f->center);
  if (!evaluated)
    {
      for (lxw_col_t c = COLUMN_SCORE; c < N_FIXED_COLUMNS + catalog->groups->len + catalog->requirements->len; c++)
        rr_xlsx_write_text (writer, sheet, line, c, "", f->cell);
      return;
    }

  rr_xlsx_write_points (writer, sheet, line, COLUMN_SCORE, row->score, f->points);
  rr_xlsx_write_points (writer, sheet, line, COLUMN_MAX, row->max, f->points);
  rr_xlsx_write_points (writer, sheet, line, COLUMN_CONVERTED, row->converted, f->points);
  rr_xlsx_write_points (writer, sheet, line, COLUMN_FINAL, row->final, f->points);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_VERDICT, rr_verdict_get_name (row->template, row->verdict),
                      f->center);
  rr_xlsx_write_text (writer, sheet, line, COLUMN_GRADE, row->grade != NULL ? row->grade->name : "", f->center);
  rr_xlsx_check (writer, worksheet_write_number (sheet, line, COLUMN_BINDING, row->binding_met, f->center));

  for (guint i = 0; i < catalog->groups->len; i++, column++)
    rr_xlsx_write_points (writer, sheet, line, column, row->group_scores[i], f->points);
  for (guint i = 0; i < catalog->requirements->len; i++, column++)
    rr_xlsx_write_text (writer, sheet, line, column, rr_district_check_get_name (row->checks[i]), f->center);
}

static void
write_summary_sheet (Writer           *writer,
                     const RrDistrict *district)
{
  g_autoptr(GPtrArray) sorted = rr_district_sort_by_total (district);
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, _("District summary"));
  lxw_col_t last_column = N_FIXED_COLUMNS + district->catalog->groups->len + district->catalog->requirements->len - 1;
  lxw_row_t line = HEADER_ROW + 1;

  rr_xlsx_write_text (writer, sheet, 0, 0, _("District summary of the latest evaluations"), writer->formats.title);
  write_summary_headers (writer, sheet, district);

  for (guint i = 0, rank = 0; i < sorted->len; i++, line++)
    {
      const RrDistrictRow *row = g_ptr_array_index (sorted, i);
      const RrDistrictRow *before = i > 0 ? g_ptr_array_index (sorted, i - 1) : NULL;

      /* Equal final scores share a rank (1, 2, 2, 4), and a community
       * without an evaluation has none. */
      if (row->evaluation_id == 0)
        rank = 0;
      else if (before == NULL || before->final != row->final)
        rank = i + 1;
      write_summary_row (writer, sheet, district, row, line, rank);
    }

  rr_xlsx_setup_print (writer, sheet, TRUE, HEADER_ROW, MAX (line, HEADER_ROW + 1) - 1, last_column);
  worksheet_freeze_panes (sheet, HEADER_ROW + 1, COLUMN_STREET);
  rr_xlsx_check (writer, worksheet_autofilter (sheet, HEADER_ROW, 0, MAX (line, HEADER_ROW + 1) - 1, last_column));
}

/* Counts the evaluated communities per grade of the template, best first. */
static void
write_grade_sheet (Writer           *writer,
                   const RrDistrict *district)
{
  static const char *headers[] = { N_("Grade"), N_("Communities") };
  static const double widths[] = { 12, 12 };
  const GPtrArray *grades = district->template->grades;
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, _("Grades"));
  lxw_chart *chart = workbook_add_chart (writer->workbook, LXW_CHART_COLUMN);
  g_autofree guint *counts = g_new0 (guint, grades->len);
  g_autofree char *categories = NULL;
  g_autofree char *values = NULL;
  lxw_chart_series *series;

  for (guint i = 0; i < district->rows->len; i++)
    {
      const RrDistrictRow *row = g_ptr_array_index (district->rows, i);

      /* A recorded template may differ from the district's, so grades
       * match by name. */
      for (guint g = 0; row->grade != NULL && g < grades->len; g++)
        counts[g] += g_str_equal (row->grade->name, ((const RrGrade *) g_ptr_array_index (grades, g))->name);
    }

  rr_xlsx_write_headers (writer, sheet, 0, headers, widths, G_N_ELEMENTS (headers));
  for (guint g = 0; g < grades->len; g++)
    {
      rr_xlsx_write_text (writer, sheet, g + 1, 0, ((RrGrade *) g_ptr_array_index (grades, g))->name,
                          writer->formats.cell);
      rr_xlsx_check (writer, worksheet_write_number (sheet, g + 1, 1, counts[g], writer->formats.center));
    }

  /* The communities still to evaluate, so the counts add up to all. */
  rr_xlsx_write_text (writer, sheet, grades->len + 1, 0, _("Not evaluated"), writer->formats.cell);
  rr_xlsx_check (writer, worksheet_write_number (sheet, grades->len + 1, 1, district->without_evaluation,
                                                 writer->formats.center));

  categories = g_strdup_printf ("='%s'!$A$2:$A$%u", rr_xlsx_last_sheet_name (writer), grades->len + 2);
  values = g_strdup_printf ("='%s'!$B$2:$B$%u", rr_xlsx_last_sheet_name (writer), grades->len + 2);
  series = chart_add_series (chart, categories, values);
  chart_series_set_name (series, _("Communities"));
  chart_title_set_name (chart, _("Communities by grade"));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  rr_xlsx_check (writer, worksheet_insert_chart (sheet, grades->len + 4, 0, chart));
  rr_xlsx_setup_print (writer, sheet, FALSE, 0, 24, 8);
}

static void
write_district_sheets (Writer        *writer,
                       gconstpointer  data)
{
  write_summary_sheet (writer, data);
  write_grade_sheet (writer, data);
}

/**
 * rr_xlsx_export_district:
 *
 * Writes the district summary workbook. Its first sheet has one row per
 * community, sorted by total, with the street, type, period, status, total,
 * converted score, verdict, grade, the four 共同体's scores, the binding
 * tasks met and each quantitative requirement's status. A second sheet
 * counts the grades, with a chart.
 */
gboolean
rr_xlsx_export_district (const RrDistrict  *district,
                         const char        *path,
                         GError           **error)
{
  g_return_val_if_fail (district != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return rr_xlsx_write_workbook (path, TRUE, write_district_sheets, district, error);
}
