/* rr-xlsx-export.c: the evaluation workbook and the blank on-site form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-xlsx"

#include "config.h"

#include "rr-xlsx-export.h"
#include "rr-xlsx-private.h"

#include "charts/rr-chart-scores.h"
#include "domain/rr-error.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

/* The 评分表's columns. */
enum {
  COLUMN_NUMBER,      /* 序号 */
  COLUMN_GROUP,       /* 共同体 */
  COLUMN_CATEGORY,    /* 建设类别 */
  COLUMN_ATTRIBUTE,   /* 属性 */
  COLUMN_TASK,        /* 具体建设任务 */
  COLUMN_LEVEL,       /* 评价等级 */
  COLUMN_SCORE,       /* 得分 */
  COLUMN_MAX,         /* 满分 */
  COLUMN_EVIDENCE,    /* 佐证材料 */
  COLUMN_NOTE,        /* 备注 */
  N_COLUMNS
};

#define HEADER_ROW 3
#define PAPER_A4 9

/* ------------------------------------------------------------------------ */
/* Helpers                                                                   */
/* ------------------------------------------------------------------------ */

void
rr_xlsx_check (Writer    *writer,
               lxw_error  error)
{
  if (error != LXW_NO_ERROR && writer->error == LXW_NO_ERROR)
    writer->error = error;
}

lxw_format *
rr_xlsx_new_format (Writer  *writer,
                    gboolean bold,
                    double   size)
{
  lxw_format *format = workbook_add_format (writer->workbook);

  /* SimSun is on every Chinese Windows; WPS and LibreOffice substitute a
   * CJK font where it is missing. */
  format_set_font_name (format, "宋体");
  format_set_font_size (format, size);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  if (bold)
    format_set_bold (format);
  return format;
}

lxw_format *
rr_xlsx_bordered (lxw_format *format)
{
  format_set_border (format, LXW_BORDER_THIN);
  return format;
}

static void
create_formats (Writer *writer)
{
  Formats *f = &writer->formats;

  f->title = rr_xlsx_new_format (writer, TRUE, 16);
  format_set_align (f->title, LXW_ALIGN_CENTER);

  f->info = rr_xlsx_new_format (writer, FALSE, 10);

  f->header = rr_xlsx_bordered (rr_xlsx_new_format (writer, TRUE, 10));
  format_set_align (f->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (f->header);
  format_set_bg_color (f->header, 0xE7E6E6);

  f->cell = rr_xlsx_bordered (rr_xlsx_new_format (writer, FALSE, 10));
  f->center = rr_xlsx_bordered (rr_xlsx_new_format (writer, FALSE, 10));
  format_set_align (f->center, LXW_ALIGN_CENTER);
  format_set_text_wrap (f->center);
  f->wrap = rr_xlsx_bordered (rr_xlsx_new_format (writer, FALSE, 10));
  format_set_text_wrap (f->wrap);
  f->points = rr_xlsx_bordered (rr_xlsx_new_format (writer, FALSE, 10));
  format_set_num_format (f->points, "0.00");
  format_set_align (f->points, LXW_ALIGN_CENTER);

  f->total_label = rr_xlsx_bordered (rr_xlsx_new_format (writer, TRUE, 10));
  format_set_align (f->total_label, LXW_ALIGN_RIGHT);
  f->total_points = rr_xlsx_bordered (rr_xlsx_new_format (writer, TRUE, 10));
  format_set_num_format (f->total_points, "0.00");
  format_set_align (f->total_points, LXW_ALIGN_CENTER);

  f->input = rr_xlsx_bordered (rr_xlsx_new_format (writer, FALSE, 10));
  format_set_unlocked (f->input);
  format_set_align (f->input, LXW_ALIGN_CENTER);
  f->input_wrap = rr_xlsx_bordered (rr_xlsx_new_format (writer, FALSE, 10));
  format_set_unlocked (f->input_wrap);
  format_set_text_wrap (f->input_wrap);

  f->signature = rr_xlsx_new_format (writer, FALSE, 11);
  format_set_align (f->signature, LXW_ALIGN_VERTICAL_TOP);
}

/* Writes user text always as text, so "=1+1" or "@x" is never a formula. */
void
rr_xlsx_write_text (Writer        *writer,
                    lxw_worksheet *sheet,
                    lxw_row_t      row,
                    lxw_col_t      column,
                    const char    *text,
                    lxw_format    *format)
{
  rr_xlsx_check (writer, worksheet_write_string (sheet, row, column, text != NULL ? text : "", format));
}

void
rr_xlsx_write_points (Writer        *writer,
                      lxw_worksheet *sheet,
                      lxw_row_t      row,
                      lxw_col_t      column,
                      gint64         hundredths,
                      lxw_format    *format)
{
  rr_xlsx_check (writer, worksheet_write_number (sheet, row, column, (double) hundredths / 100.0, format));
}

/* Writes a formula with its cached result in points. */
static void
write_formula (Writer        *writer,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               lxw_col_t      column,
               const char    *formula,
               gint64         hundredths,
               lxw_format    *format)
{
  rr_xlsx_check (writer, worksheet_write_formula_num (sheet, row, column, formula, format, (double) hundredths / 100.0));
}

/* Counts how many lines @text takes in a column @width characters wide, a
 * CJK character taking two. Readers do not resize rows of wrapped text when
 * they open a file, so rows get their height from this estimate. */
static guint
count_lines (const char *text,
             double      width)
{
  guint lines = 1;
  double used = 0;
  double room = MAX (width - 1.5, 4);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double advance = g_unichar_iswide (c) ? 2.0 : 1.1;

      if (c == '\n' || used + advance > room)
        {
          lines++;
          used = c == '\n' ? 0 : advance;
          continue;
        }
      used += advance;
    }

  return lines;
}

/* Sets a row tall enough for the wrapped texts in it, at 10-point type. */
static void
fit_row (Writer        *writer,
         lxw_worksheet *sheet,
         lxw_row_t      row,
         guint          lines)
{
  rr_xlsx_check (writer, worksheet_set_row (sheet, row, MAX (lines, 1) * 13.5 + 4, NULL));
}

static char *
cell_name (lxw_row_t row,
           lxw_col_t column)
{
  return g_strdup_printf ("%c%u", 'A' + column, row + 1);
}

/**
 * rr_xlsx_sheet_name:
 * @requested: the name a person would give the sheet
 * @used_names: (element-type utf8): names already used; the result is added
 *
 * Makes a valid sheet name: without the characters Excel forbids
 * ([ ] : * ? / \), without a leading or trailing apostrophe, at most 31
 * characters, and unique among @used_names ignoring case.
 */
char *
rr_xlsx_sheet_name (const char *requested,
                    GPtrArray  *used_names)
{
  GString *clean = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *name;

  for (const char *p = requested != NULL ? requested : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (strchr ("[]:*?/\\", (int) c) != NULL && c < 128)
        g_string_append_c (clean, '_');
      else if (!g_unichar_iscntrl (c))
        g_string_append_unichar (clean, c);
    }
  while (clean->len > 0 && clean->str[0] == '\'')
    g_string_erase (clean, 0, 1);
  while (clean->len > 0 && clean->str[clean->len - 1] == '\'')
    g_string_truncate (clean, clean->len - 1);
  if (clean->len == 0)
    g_string_append (clean, "Sheet");

  base = g_string_free (clean, FALSE);
  /* Excel counts UTF-16 units; every CJK character of the BMP is one. */
  if (g_utf8_strlen (base, -1) > 31)
    *g_utf8_offset_to_pointer (base, 31) = '\0';

  name = g_strdup (base);
  for (guint n = 2; ; n++)
    {
      g_autofree char *folded = g_utf8_casefold (name, -1);
      gboolean used = FALSE;

      for (guint i = 0; i < used_names->len && !used; i++)
        {
          g_autofree char *other = g_utf8_casefold (g_ptr_array_index (used_names, i), -1);
          used = g_str_equal (folded, other);
        }
      if (!used)
        break;

      g_autofree char *suffix = g_strdup_printf ("(%u)", n);
      g_autofree char *shortened = g_strdup (base);
      glong room = 31 - (glong) strlen (suffix);

      if (g_utf8_strlen (shortened, -1) > room)
        *g_utf8_offset_to_pointer (shortened, room) = '\0';
      g_free (name);
      name = g_strconcat (shortened, suffix, NULL);
    }

  g_ptr_array_add (used_names, g_strdup (name));
  return name;
}

/* Adds a sheet under a valid, unique form of @requested; the name stays
 * listed in writer->sheet_names, last. */
lxw_worksheet *
rr_xlsx_add_sheet (Writer     *writer,
                   const char *requested)
{
  g_autofree char *name = rr_xlsx_sheet_name (requested, writer->sheet_names);

  return workbook_add_worksheet (writer->workbook, name);
}

const char *
rr_xlsx_last_sheet_name (Writer *writer)
{
  return g_ptr_array_index (writer->sheet_names, writer->sheet_names->len - 1);
}

/* A4, fit to one page wide, the header rows repeated on every page, page
 * numbers in the footer, the print area set, gridlines printed. */
void
rr_xlsx_setup_print (Writer        *writer,
                     lxw_worksheet *sheet,
                     gboolean       landscape,
                     lxw_row_t      header_row,
                     lxw_row_t      last_row,
                     lxw_col_t      last_column)
{
  worksheet_set_paper (sheet, PAPER_A4);
  if (landscape)
    worksheet_set_landscape (sheet);
  else
    worksheet_set_portrait (sheet);
  worksheet_set_margins (sheet, 0.5, 0.5, 0.6, 0.7);
  rr_xlsx_check (writer, worksheet_repeat_rows (sheet, 0, header_row));
  worksheet_fit_to_pages (sheet, 1, 0);
  /* Translators: keep the codes: &C centres, &P is the page, &N the page count */
  rr_xlsx_check (writer, worksheet_set_footer (sheet, _("&CPage &P of &N")));
  rr_xlsx_check (writer, worksheet_print_area (sheet, 0, 0, last_row, last_column));
  worksheet_gridlines (sheet, LXW_SHOW_PRINT_GRIDLINES);
  worksheet_freeze_panes (sheet, header_row + 1, 0);
}

void
rr_xlsx_write_headers (Writer        *writer,
                       lxw_worksheet *sheet,
                       lxw_row_t      row,
                       const char   **headers,
                       const double  *widths,
                       guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      /* The standard's own terms (序号, 属性 …) are not marked and pass through. */
      rr_xlsx_write_text (writer, sheet, row, (lxw_col_t) i, _(headers[i]), writer->formats.header);
      rr_xlsx_check (writer, worksheet_set_column (sheet, (lxw_col_t) i, (lxw_col_t) i, widths[i], NULL));
    }
}

static void
merge_text (Writer        *writer,
            lxw_worksheet *sheet,
            lxw_row_t      first_row,
            lxw_col_t      first_column,
            lxw_row_t      last_row,
            lxw_col_t      last_column,
            const char    *text,
            lxw_format    *format)
{
  if (first_row == last_row && first_column == last_column)
    rr_xlsx_write_text (writer, sheet, first_row, first_column, text, format);
  else
    rr_xlsx_check (writer, worksheet_merge_range (sheet, first_row, first_column, last_row, last_column,
                                          text != NULL ? text : "", format));
}

/* ------------------------------------------------------------------------ */
/* 评分表                                                                     */
/* ------------------------------------------------------------------------ */

static guint
count_evidence (const RrEvaluationExport *data,
                guint                     task)
{
  guint count = 0;

  for (guint i = 0; data != NULL && data->evidence != NULL && i < data->evidence->len; i++)
    count += ((RrEvidenceEntry *) g_ptr_array_index (data->evidence, i))->task == task;

  return count;
}

static char *
task_notes (const RrTaskResult *task)
{
  GString *notes = g_string_new (NULL);

  for (guint i = 0; task != NULL && i < task->ratings->len; i++)
    {
      const RrRating *rating = g_ptr_array_index (task->ratings, i);

      if (rating->note == NULL || *rating->note == '\0')
        continue;
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      if (task->ratings->len > 1)
        g_string_append_printf (notes, "%s：", rating->rater);
      g_string_append (notes, rating->note);
    }

  return g_string_free (notes, FALSE);
}

static void
write_info_row (Writer                   *writer,
                lxw_worksheet            *sheet,
                const RrScoringTemplate  *template,
                const RrEvaluationExport *data,
                gboolean                  comprehensive)
{
  g_autofree char *info = NULL;
  const RrCatalog *catalog = template->catalog;

  info = g_strdup_printf (_("Community: %s    Street or town: %s    Period: %s    Kind: %s    "
                            "Standard: %s %s (catalog version %s)    Scoring template: %s"),
                          data != NULL && data->community != NULL ? data->community : "＿＿＿＿",
                          data != NULL && data->street != NULL ? data->street : "＿＿＿＿",
                          data != NULL && data->period != NULL ? data->period : "＿＿＿＿",
                          comprehensive ? "综合评价" : "自我评价",
                          catalog->code, catalog->title, catalog->version, template->version);
  merge_text (writer, sheet, 1, 0, 1, N_COLUMNS - 1, info, writer->formats.info);
  rr_xlsx_check (writer, worksheet_set_row (sheet, 1, 30, NULL));
  format_set_text_wrap (writer->formats.info);
}

/* The level cell, score and maximum of one task row. */
static void
write_task_scores (Writer                  *writer,
                   lxw_worksheet           *sheet,
                   lxw_row_t                row,
                   const RrScoringTemplate *template,
                   const RrTaskPoints      *points,
                   const RrTaskResult      *task)
{
  const Formats *f = &writer->formats;
  g_autofree char *level = NULL;
  g_autofree char *score = NULL;
  g_autofree char *max_formula = NULL;
  g_autofree char *max = NULL;

  if (task == NULL)
    {
      /* The blank form: the score follows the level typed in, by the
       * template's shares, and 不适用 removes the task's points. */
      level = cell_name (row, COLUMN_LEVEL);
      score = g_strdup_printf ("IF(%s=\"%s\",H%u*%d/100,IF(%s=\"%s\",H%u*%d/100,IF(%s=\"%s\",H%u*%d/100,0)))",
                               level, template->level_names[RR_LEVEL_MEETS], row + 1, template->level_shares[RR_LEVEL_MEETS],
                               level, template->level_names[RR_LEVEL_BASICALLY_MEETS], row + 1,
                               template->level_shares[RR_LEVEL_BASICALLY_MEETS],
                               level, template->level_names[RR_LEVEL_FAILS], row + 1, template->level_shares[RR_LEVEL_FAILS]);
      max = rr_points_format (points->points);
      max_formula = g_strdup_printf ("IF(%s=\"%s\",0,%s)", level, template->level_names[RR_LEVEL_NOT_APPLICABLE], max);
      rr_xlsx_write_text (writer, sheet, row, COLUMN_LEVEL, "", f->input);
      write_formula (writer, sheet, row, COLUMN_SCORE, score, 0, f->points);
      write_formula (writer, sheet, row, COLUMN_MAX, max_formula, points->points, f->points);
      return;
    }

  rr_xlsx_write_text (writer, sheet, row, COLUMN_LEVEL, rr_level_get_name (template, task->level), f->center);
  rr_xlsx_write_points (writer, sheet, row, COLUMN_SCORE, task->score, f->points);
  rr_xlsx_write_points (writer, sheet, row, COLUMN_MAX, task->max, f->points);
}

/* Writes the 24 task rows with a subtotal per 共同体; returns the rows of
 * the subtotals. */
static GArray *
write_task_rows (Writer                   *writer,
                 lxw_worksheet            *sheet,
                 const RrScoringTemplate  *template,
                 const RrEvaluationExport *data,
                 lxw_row_t                *row)
{
  const RrCatalog *catalog = template->catalog;
  const Formats *f = &writer->formats;
  GArray *subtotals = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  gboolean blank = data == NULL;

  for (guint g = 0; g < catalog->groups->len; g++)
    {
      const RrGroup *group = g_ptr_array_index (catalog->groups, g);
      const RrGroupResult *group_result = blank ? NULL : g_ptr_array_index (data->result->groups, g);
      lxw_row_t first = *row;
      lxw_row_t category_start = *row;
      g_autofree char *subtotal_label = NULL;
      g_autofree char *score_formula = NULL;
      g_autofree char *max_formula = NULL;

      for (guint i = 0; i < template->tasks->len; i++)
        {
          const RrTaskPoints *points = g_ptr_array_index (template->tasks, i);
          const RrTask *task = points->task;
          const RrTaskResult *task_result = blank ? NULL : rr_score_result_get_task (data->result, task->number);
          const RrTaskPoints *next = i + 1 < template->tasks->len ? g_ptr_array_index (template->tasks, i + 1) : NULL;
          g_autofree char *notes = blank ? g_strdup ("") : task_notes (task_result);

          if (task->group != group)
            continue;

          rr_xlsx_check (writer, worksheet_write_number (sheet, *row, COLUMN_NUMBER, task->number, f->center));
          rr_xlsx_write_text (writer, sheet, *row, COLUMN_ATTRIBUTE, rr_attribute_get_name (task->attribute), f->center);
          rr_xlsx_write_text (writer, sheet, *row, COLUMN_TASK, task->text, f->wrap);
          write_task_scores (writer, sheet, *row, template, points, task_result);
          if (blank)
            rr_xlsx_write_text (writer, sheet, *row, COLUMN_EVIDENCE, "", f->input);
          else
            rr_xlsx_check (writer, worksheet_write_number (sheet, *row, COLUMN_EVIDENCE,
                                                   count_evidence (data, task->number), f->center));
          rr_xlsx_write_text (writer, sheet, *row, COLUMN_NOTE, notes, blank ? f->input_wrap : f->wrap);
          fit_row (writer, sheet, *row, MAX (count_lines (task->text, 52), count_lines (notes, 26)));

          /* 建设类别 spans its tasks, as in the printed Table 1. */
          if (next == NULL || next->task->group != group || !g_str_equal (next->task->category, task->category))
            {
              merge_text (writer, sheet, category_start, COLUMN_CATEGORY, *row, COLUMN_CATEGORY,
                          task->category, f->center);
              category_start = *row + 1;
            }
          (*row)++;
        }

      merge_text (writer, sheet, first, COLUMN_GROUP, *row - 1, COLUMN_GROUP, group->name, f->center);

      subtotal_label = g_strdup_printf (_("%s subtotal"), group->name);
      merge_text (writer, sheet, *row, COLUMN_NUMBER, *row, COLUMN_LEVEL, subtotal_label, f->total_label);
      score_formula = g_strdup_printf ("SUM(G%u:G%u)", first + 1, *row);
      max_formula = g_strdup_printf ("SUM(H%u:H%u)", first + 1, *row);
      write_formula (writer, sheet, *row, COLUMN_SCORE, score_formula, blank ? 0 : group_result->score, f->total_points);
      write_formula (writer, sheet, *row, COLUMN_MAX, max_formula,
                     blank ? 0 : group_result->max, f->total_points);
      rr_xlsx_write_text (writer, sheet, *row, COLUMN_EVIDENCE, "", f->cell);
      rr_xlsx_write_text (writer, sheet, *row, COLUMN_NOTE, "", f->cell);
      g_array_append_val (subtotals, *row);
      (*row)++;
    }

  return subtotals;
}

static void
write_summary_row (Writer        *writer,
                   lxw_worksheet *sheet,
                   lxw_row_t      row,
                   const char    *label,
                   const char    *formula,
                   gint64         value,
                   const char    *text,
                   lxw_format    *text_format)
{
  const Formats *f = &writer->formats;

  merge_text (writer, sheet, row, COLUMN_NUMBER, row, COLUMN_LEVEL, label, f->total_label);
  if (formula != NULL)
    write_formula (writer, sheet, row, COLUMN_SCORE, formula, value, f->total_points);
  else if (text != NULL)
    rr_xlsx_write_text (writer, sheet, row, COLUMN_SCORE, text, text_format);
  else
    rr_xlsx_write_points (writer, sheet, row, COLUMN_SCORE, value, f->total_points);
  merge_text (writer, sheet, row, COLUMN_MAX, row, COLUMN_NOTE, "", f->cell);
}

static lxw_row_t
write_totals (Writer                   *writer,
              lxw_worksheet            *sheet,
              const RrScoringTemplate  *template,
              const RrEvaluationExport *data,
              GArray                   *subtotals,
              lxw_row_t                 row)
{
  const Formats *f = &writer->formats;
  const RrScoreResult *result = data != NULL ? data->result : NULL;
  g_autoptr(GString) score_sum = g_string_new (NULL);
  g_autoptr(GString) max_sum = g_string_new (NULL);
  g_autofree char *converted = NULL;
  g_autofree char *final = NULL;
  lxw_row_t total_row = row;

  for (guint i = 0; i < subtotals->len; i++)
    {
      lxw_row_t subtotal = g_array_index (subtotals, lxw_row_t, i);

      g_string_append_printf (score_sum, "%sG%u", i > 0 ? "+" : "", subtotal + 1);
      g_string_append_printf (max_sum, "%sH%u", i > 0 ? "+" : "", subtotal + 1);
    }

  merge_text (writer, sheet, row, COLUMN_NUMBER, row, COLUMN_LEVEL, _("Total"), f->total_label);
  write_formula (writer, sheet, row, COLUMN_SCORE, score_sum->str, result != NULL ? result->score : 0, f->total_points);
  write_formula (writer, sheet, row, COLUMN_MAX, max_sum->str,
                 result != NULL ? result->max : rr_scoring_template_get_max (template), f->total_points);
  merge_text (writer, sheet, row, COLUMN_EVIDENCE, row, COLUMN_NOTE, "", f->cell);
  row++;

  converted = g_strdup_printf ("IF(H%u>0,ROUND(G%u/H%u*100,2),0)", total_row + 1, total_row + 1, total_row + 1);
  write_summary_row (writer, sheet, row++, _("Score on 100"), converted, result != NULL ? result->converted : 0, NULL, NULL);

  if (result != NULL)
    write_summary_row (writer, sheet, row++, _("Bonus points"), NULL, result->bonus, NULL, NULL);
  else
    write_summary_row (writer, sheet, row++, _("Bonus points"), NULL, 0, "", f->input);

  final = g_strdup_printf ("G%u+G%u", row - 1, row);
  write_summary_row (writer, sheet, row++, _("Final score"), final, result != NULL ? result->final : 0, NULL, NULL);
  write_summary_row (writer, sheet, row++, _("Binding task verdict"),
                     NULL, 0, result != NULL ? rr_verdict_get_name (template, result->verdict) : "",
                     result != NULL ? f->center : f->input);
  write_summary_row (writer, sheet, row++, _("Grade"), NULL, 0, result != NULL ? result->grade->name : "",
                     result != NULL ? f->center : f->input);

  if (result != NULL && result->reasons->len > 0)
    {
      g_autofree char *reasons = NULL;

      g_ptr_array_add (result->reasons, NULL);
      reasons = g_strjoinv ("；", (char **) result->reasons->pdata);
      g_ptr_array_remove_index (result->reasons, result->reasons->len - 1);
      merge_text (writer, sheet, row, COLUMN_NUMBER, row, COLUMN_LEVEL, _("Grounds for the verdict"), f->total_label);
      merge_text (writer, sheet, row, COLUMN_SCORE, row, COLUMN_NOTE, reasons, f->wrap);
      fit_row (writer, sheet, row, count_lines (reasons, 7 + 7 + 8 + 26));
      row++;
    }

  return row;
}

static lxw_row_t
write_signature (Writer        *writer,
                 lxw_worksheet *sheet,
                 lxw_row_t      row)
{
  const Formats *f = &writer->formats;

  row++;
  merge_text (writer, sheet, row, COLUMN_NUMBER, row, COLUMN_TASK, _("Signatures of the evaluation group:"), f->signature);
  merge_text (writer, sheet, row, COLUMN_LEVEL, row, COLUMN_MAX, _("Date:"), f->signature);
  merge_text (writer, sheet, row, COLUMN_EVIDENCE, row, COLUMN_NOTE, _("Seal:"), f->signature);
  rr_xlsx_check (writer, worksheet_set_row (sheet, row, 60, NULL));
  return row;
}

static void
write_score_sheet (Writer                   *writer,
                   const RrScoringTemplate  *template,
                   const RrEvaluationExport *data,
                   gboolean                  comprehensive)
{
  static const char *headers[N_COLUMNS] = {
    "序号", "共同体", "建设类别", "属性", "具体建设任务", N_("Level"), N_("Score"), N_("Maximum"),
    N_("Evidence files"), N_("Note"),
  };
  static const double widths[N_COLUMNS] = { 5, 7, 10, 7, 52, 9, 7, 7, 8, 26 };
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, _("Scoring sheet"));
  g_autoptr(GArray) subtotals = NULL;
  g_autofree char *title = NULL;
  lxw_row_t row = HEADER_ROW + 1;
  lxw_row_t last;

  /* Translators: "××社区“人人社区”建设综合评价评分表" */
  title = g_strdup_printf (_("%s “人人社区” %s scoring sheet"),
                           data != NULL && data->community != NULL ? data->community : _("________ community"),
                           comprehensive ? "综合评价" : "自我评价");
  merge_text (writer, sheet, 0, 0, 0, N_COLUMNS - 1, title, writer->formats.title);
  rr_xlsx_check (writer, worksheet_set_row (sheet, 0, 30, NULL));
  write_info_row (writer, sheet, template, data, comprehensive);
  rr_xlsx_write_headers (writer, sheet, HEADER_ROW, headers, widths, N_COLUMNS);
  rr_xlsx_check (writer, worksheet_set_row (sheet, HEADER_ROW, 28, NULL));

  subtotals = write_task_rows (writer, sheet, template, data, &row);
  row = write_totals (writer, sheet, template, data, subtotals, row);
  last = write_signature (writer, sheet, row);

  rr_xlsx_setup_print (writer, sheet, TRUE, HEADER_ROW, last, N_COLUMNS - 1);

  if (data == NULL)
    {
      lxw_data_validation validation = { 0 };
      const char *levels[RR_N_LEVELS + 1] = { NULL };
      lxw_protection protection = { 0 };

      for (guint i = 0; i < RR_N_LEVELS; i++)
        levels[i] = template->level_names[i];
      validation.validate = LXW_VALIDATION_TYPE_LIST;
      validation.value_list = (char **) levels;
      validation.input_title = _("Level");
      validation.input_message = _("Choose the level from the list");
      validation.error_title = _("Invalid level");
      validation.error_message = _("Choose one of the levels in the list");
      rr_xlsx_check (writer, worksheet_data_validation_range (sheet, HEADER_ROW + 1, COLUMN_LEVEL,
                                                      g_array_index (subtotals, lxw_row_t, subtotals->len - 1),
                                                      COLUMN_LEVEL, &validation));

      /* Formulas are locked; the level, evidence and note cells are not. */
      protection.format_columns = LXW_TRUE;
      protection.format_rows = LXW_TRUE;
      worksheet_protect (sheet, NULL, &protection);
    }
}

/* ------------------------------------------------------------------------ */
/* Other sheets                                                              */
/* ------------------------------------------------------------------------ */

static void
write_thresholds_sheet (Writer                   *writer,
                        const RrEvaluationExport *data)
{
  static const char *headers[] = {
    N_("Task"), "属性", N_("The standard’s words"), N_("Required"), N_("Actual"), N_("Status"), N_("Shortfall"),
  };
  static const double widths[] = { 6, 7, 40, 18, 22, 8, 50 };
  const Formats *f = &writer->formats;
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, _("Figures"));
  lxw_row_t row = 1;

  rr_xlsx_write_headers (writer, sheet, 0, headers, widths, G_N_ELEMENTS (headers));
  for (guint i = 0; data->checks != NULL && i < data->checks->len; i++, row++)
    {
      const RrCheck *rr_check = g_ptr_array_index (data->checks, i);
      const RrTask *task = rr_check->requirement->task;
      const char *status = rr_check->status == RR_CHECK_MET ? _("Met")
                         : rr_check->status == RR_CHECK_NOT_MET ? _("Not met") : _("Not assessed");

      rr_xlsx_check (writer, worksheet_write_number (sheet, row, 0, task->number, f->center));
      rr_xlsx_write_text (writer, sheet, row, 1, rr_attribute_get_name (task->attribute), f->center);
      rr_xlsx_write_text (writer, sheet, row, 2, rr_check->requirement->quote, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 3, rr_check->required_text, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 4, rr_check->actual_text, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 5, status, f->center);
      rr_xlsx_write_text (writer, sheet, row, 6, rr_check->message, f->wrap);
      fit_row (writer, sheet, row, MAX (MAX (count_lines (rr_check->requirement->quote, 40),
                                             count_lines (rr_check->message, 50)),
                                        count_lines (rr_check->actual_text, 22)));
    }

  rr_xlsx_setup_print (writer, sheet, TRUE, 0, MAX (row, 1) - 1, G_N_ELEMENTS (headers) - 1);
}

/* One sheet per rater of a 综合评价: that rater's own levels and points. */
static void
write_rater_sheet (Writer                   *writer,
                   const RrEvaluationExport *data,
                   const RrRaterResult      *rater)
{
  static const char *headers[] = { "序号", "具体建设任务", N_("Level"), N_("Score"), N_("Maximum"), N_("Note") };
  static const double widths[] = { 5, 56, 9, 7, 7, 30 };
  const RrScoringTemplate *template = data->result->template;
  const Formats *f = &writer->formats;
  g_autofree char *requested = g_strdup_printf (_("Rater %s"), rater->rater);
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, requested);
  g_autofree char *title = g_strdup_printf (_("Rater: %s (%s)"), rater->rater, rater->role);
  g_autofree char *score_formula = NULL;
  g_autofree char *max_formula = NULL;
  lxw_row_t row = 2;

  merge_text (writer, sheet, 0, 0, 0, G_N_ELEMENTS (headers) - 1, title, f->title);
  rr_xlsx_write_headers (writer, sheet, 1, headers, widths, G_N_ELEMENTS (headers));

  for (guint i = 0; i < data->result->tasks->len; i++)
    {
      const RrTaskResult *task = g_ptr_array_index (data->result->tasks, i);
      const RrRating *rating = NULL;
      gint64 score = 0;
      gint64 max = 0;

      for (guint j = 0; j < task->ratings->len && rating == NULL; j++)
        if (g_str_equal (((RrRating *) g_ptr_array_index (task->ratings, j))->rater, rater->rater))
          rating = g_ptr_array_index (task->ratings, j);

      if (rating != NULL && rating->level != RR_LEVEL_NOT_APPLICABLE)
        {
          max = task->points->points;
          score = rating->has_points ? rating->points
                                     : (task->points->points * template->level_shares[rating->level] * 2 + 100) / 200;
        }

      rr_xlsx_check (writer, worksheet_write_number (sheet, row, 0, task->points->task->number, f->center));
      rr_xlsx_write_text (writer, sheet, row, 1, task->points->task->text, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 2, rating != NULL ? rr_level_get_name (template, rating->level) : "", f->center);
      rr_xlsx_write_points (writer, sheet, row, 3, score, f->points);
      rr_xlsx_write_points (writer, sheet, row, 4, max, f->points);
      rr_xlsx_write_text (writer, sheet, row, 5, rating != NULL ? rating->note : "", f->wrap);
      fit_row (writer, sheet, row, MAX (count_lines (task->points->task->text, 56),
                                        count_lines (rating != NULL ? rating->note : "", 30)));
      row++;
    }

  merge_text (writer, sheet, row, 0, row, 2, _("Total"), f->total_label);
  score_formula = g_strdup_printf ("SUM(D3:D%u)", row);
  max_formula = g_strdup_printf ("SUM(E3:E%u)", row);
  write_formula (writer, sheet, row, 3, score_formula, rater->score, f->total_points);
  write_formula (writer, sheet, row, 4, max_formula, rater->max, f->total_points);
  rr_xlsx_write_text (writer, sheet, row, 5, "", f->cell);

  rr_xlsx_setup_print (writer, sheet, FALSE, 1, row, G_N_ELEMENTS (headers) - 1);
}

static void
write_evidence_sheet (Writer                   *writer,
                      const RrEvaluationExport *data)
{
  static const char *headers[] = {
    "序号", N_("Task"), N_("Caption"), N_("File name"), "SHA-256", N_("Path in the package"),
  };
  static const double widths[] = { 6, 6, 36, 30, 66, 50 };
  const Formats *f = &writer->formats;
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, _("Evidence"));
  gboolean paths = data->evidence != NULL && data->evidence->len > 0
                   && ((RrEvidenceEntry *) g_ptr_array_index (data->evidence, 0))->package_path != NULL;
  guint n_columns = G_N_ELEMENTS (headers) - (paths ? 0 : 1);
  lxw_row_t row = 1;

  rr_xlsx_write_headers (writer, sheet, 0, headers, widths, n_columns);
  for (guint i = 0; data->evidence != NULL && i < data->evidence->len; i++, row++)
    {
      const RrEvidenceEntry *entry = g_ptr_array_index (data->evidence, i);

      rr_xlsx_check (writer, worksheet_write_number (sheet, row, 0, i + 1, f->center));
      rr_xlsx_check (writer, worksheet_write_number (sheet, row, 1, entry->task, f->center));
      rr_xlsx_write_text (writer, sheet, row, 2, entry->caption, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 3, entry->file_name, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 4, entry->sha256, f->cell);
      if (paths)
        rr_xlsx_write_text (writer, sheet, row, 5, entry->package_path, f->wrap);
    }

  rr_xlsx_setup_print (writer, sheet, TRUE, 0, MAX (row, 1) - 1, n_columns - 1);
}

static void
write_rectification_sheet (Writer                   *writer,
                           const RrEvaluationExport *data)
{
  static const char *headers[] = {
    "序号", N_("Task"), "属性", N_("Problem"), N_("Raters’ notes"), N_("Status"), N_("Responsible party"), N_("Deadline"),
  };
  static const double widths[] = { 5, 6, 7, 40, 30, 8, 14, 12 };
  static const char *statuses[] = { N_("New"), N_("Persisting"), N_("Resolved") };
  const Formats *f = &writer->formats;
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, _("Rectification list"));
  lxw_row_t row = 1;

  rr_xlsx_write_headers (writer, sheet, 0, headers, widths, G_N_ELEMENTS (headers));
  for (guint i = 0; data->rectification != NULL && i < data->rectification->len; i++, row++)
    {
      const RrRectification *item = g_ptr_array_index (data->rectification, i);

      rr_xlsx_check (writer, worksheet_write_number (sheet, row, 0, i + 1, f->center));
      rr_xlsx_check (writer, worksheet_write_number (sheet, row, 1, item->task, f->center));
      rr_xlsx_write_text (writer, sheet, row, 2, rr_attribute_get_name (item->binding ? RR_ATTRIBUTE_BINDING
                                                                              : RR_ATTRIBUTE_EXPECTED), f->center);
      rr_xlsx_write_text (writer, sheet, row, 3, item->problem, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 4, item->notes, f->wrap);
      rr_xlsx_write_text (writer, sheet, row, 5, _(statuses[item->status]), f->center);
      /* Filled in by hand when the list is printed or edited. */
      rr_xlsx_write_text (writer, sheet, row, 6, "", f->cell);
      rr_xlsx_write_text (writer, sheet, row, 7, "", f->cell);
      fit_row (writer, sheet, row, MAX (count_lines (item->problem, 40), count_lines (item->notes, 30)));
    }

  rr_xlsx_setup_print (writer, sheet, TRUE, 0, MAX (row, 1) - 1, G_N_ELEMENTS (headers) - 1);
}

/* A table of the four 共同体 with a native column chart of their score
 * rates, and the radar drawn by the chart module when given. */
static void
write_chart_sheet (Writer                   *writer,
                   const RrEvaluationExport *data)
{
  static const char *headers[] = { "共同体", N_("Score"), N_("Maximum"), N_("Score rate (%)") };
  static const double widths[] = { 14, 10, 10, 12 };
  const Formats *f = &writer->formats;
  lxw_worksheet *sheet = rr_xlsx_add_sheet (writer, _("Chart"));
  lxw_chart *chart = workbook_add_chart (writer->workbook, LXW_CHART_COLUMN);
  lxw_chart_series *series;
  lxw_format *percent = rr_xlsx_bordered (rr_xlsx_new_format (writer, FALSE, 10));
  guint n = data->result->groups->len;
  g_autofree char *categories = NULL;
  g_autofree char *values = NULL;

  format_set_num_format (percent, "0.00");
  rr_xlsx_write_headers (writer, sheet, 0, headers, widths, G_N_ELEMENTS (headers));
  for (guint i = 0; i < n; i++)
    {
      const RrGroupResult *group = g_ptr_array_index (data->result->groups, i);
      g_autofree char *rate = g_strdup_printf ("IF(C%u>0,ROUND(B%u/C%u*100,2),0)", i + 2, i + 2, i + 2);
      gint64 cached = group->max > 0 ? (group->score * 20000 + group->max) / (2 * group->max) : 0;

      rr_xlsx_write_text (writer, sheet, i + 1, 0, group->group->name, f->cell);
      rr_xlsx_write_points (writer, sheet, i + 1, 1, group->score, f->points);
      rr_xlsx_write_points (writer, sheet, i + 1, 2, group->max, f->points);
      write_formula (writer, sheet, i + 1, 3, rate, cached, percent);
    }

  categories = g_strdup_printf ("='%s'!$A$2:$A$%u", rr_xlsx_last_sheet_name (writer), n + 1);
  values = g_strdup_printf ("='%s'!$D$2:$D$%u", rr_xlsx_last_sheet_name (writer), n + 1);
  series = chart_add_series (chart, categories, values);
  chart_series_set_name (series, _("Score rate (%)"));
  chart_title_set_name (chart, _("Score rate of the four 共同体"));
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_max (chart->y_axis, 100);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  rr_xlsx_check (writer, worksheet_insert_chart (sheet, 6, 0, chart));

  if (data->radar_png != NULL)
    {
      gsize size = 0;
      const unsigned char *png = g_bytes_get_data (data->radar_png, &size);

      rr_xlsx_check (writer, worksheet_insert_image_buffer (sheet, 6, 6, png, size));
    }

  rr_xlsx_setup_print (writer, sheet, TRUE, 0, 30, 12);
}

/* ------------------------------------------------------------------------ */
/* Writing the file                                                          */
/* ------------------------------------------------------------------------ */

/* Checks the folder first, so its problem is named instead of libxlsxwriter's
 * generic "error creating output xlsx file". */
static gboolean
check_folder (const char  *path,
              GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, RR_ERROR, RR_ERROR_EXPORT, _("The folder %s does not exist; choose another one"), folder);
      return FALSE;
    }
  if (g_access (folder, W_OK) != 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_EXPORT,
                   _("The folder %s cannot be written to; choose another one"), folder);
      return FALSE;
    }

  return TRUE;
}

/* Writes the workbook to a temporary name beside @path and renames it on
 * success, so no half-written workbook is ever left under @path. With
 * @constant_memory, @write_sheets must write each sheet's rows in order. */
gboolean
rr_xlsx_write_workbook (const char   *path,
                        gboolean      constant_memory,
                        WriteSheets   write_sheets,
                        gconstpointer data,
                        GError      **error)
{
  g_autofree char *temporary = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  lxw_workbook_options options = { 0 };
  Writer writer = { 0 };
  lxw_error close_error;

  if (!check_folder (path, error))
    return FALSE;

  folder = g_path_get_dirname (path);
  temporary = g_strdup_printf ("%s.%08x.tmp", path, g_random_int ());
  options.tmpdir = folder;
  /* Writes each row to a temporary file as it is finished, so memory does
   * not grow with the rows. Rows must then be written in order. */
  options.constant_memory = constant_memory;
  writer.workbook = workbook_new_opt (temporary, &options);
  writer.sheet_names = names;
  if (writer.workbook == NULL)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_EXPORT, _("Could not start the workbook %s"), path);
      return FALSE;
    }

  create_formats (&writer);
  write_sheets (&writer, data);
  close_error = workbook_close (writer.workbook);

  if (writer.error != LXW_NO_ERROR || close_error != LXW_NO_ERROR)
    {
      lxw_error reported = writer.error != LXW_NO_ERROR ? writer.error : close_error;

      g_unlink (temporary);
      g_set_error (error, RR_ERROR, RR_ERROR_EXPORT, _("Could not write the workbook %s: %s"),
                   path, lxw_strerror (reported));
      return FALSE;
    }

  if (g_rename (temporary, path) != 0)
    {
      int saved = errno;

      g_unlink (temporary);
      g_set_error (error, RR_ERROR, RR_ERROR_EXPORT, _("Could not save the workbook as %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

static void
write_evaluation_sheets (Writer        *writer,
                         gconstpointer  user_data)
{
  const RrEvaluationExport *data = user_data;

  write_score_sheet (writer, data->result->template, data, data->comprehensive);
  write_thresholds_sheet (writer, data);
  if (data->comprehensive)
    for (guint i = 0; i < data->result->raters->len; i++)
      write_rater_sheet (writer, data, g_ptr_array_index (data->result->raters, i));
  write_evidence_sheet (writer, data);
  write_rectification_sheet (writer, data);
  write_chart_sheet (writer, data);
}

/**
 * rr_xlsx_export_evaluation:
 *
 * Writes an evaluation's workbook: 评分表 (with subtotals, total, converted
 * score, verdict, grade and a signature block), 量化指标, one sheet per rater
 * of a 综合评价, 佐证材料, 整改清单 and 图表.
 */
gboolean
rr_xlsx_export_evaluation (const RrEvaluationExport *data,
                           const char               *path,
                           GError                  **error)
{
  g_return_val_if_fail (data != NULL && data->result != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return rr_xlsx_write_workbook (path, FALSE, write_evaluation_sheets, data, error);
}

typedef struct {
  RrScoringTemplate *template;
  gboolean comprehensive;
} BlankForm;

static void
write_blank_sheets (Writer        *writer,
                    gconstpointer  user_data)
{
  const BlankForm *form = user_data;

  write_score_sheet (writer, form->template, NULL, form->comprehensive);
}

/**
 * rr_xlsx_export_blank_form:
 *
 * Writes the 评分表 with empty level cells that offer the four levels in a
 * drop-down, scores computed by formulas from the level, and the formulas
 * protected, for filling in on site or on paper.
 */
gboolean
rr_xlsx_export_blank_form (RrScoringTemplate  *template,
                           gboolean            comprehensive,
                           const char         *path,
                           GError            **error)
{
  BlankForm form = { template, comprehensive };

  g_return_val_if_fail (template != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return rr_xlsx_write_workbook (path, FALSE, write_blank_sheets, &form, error);
}

/**
 * rr_xlsx_export_package:
 * @package_paths: (nullable) (element-type utf8): each evidence file's path
 *   in the self-assessment package, in the order of @scores->evidence
 *
 * Writes the workbook of an evaluation read from a project, with its
 * evidence index and rectification list. When @package_paths is given, the
 * evidence index shows where each file is in the package.
 */
gboolean
rr_xlsx_export_package (const RrEvaluationScores  *scores,
                        GPtrArray                 *package_paths,
                        const char                *path,
                        GError                   **error)
{
  g_autoptr(GPtrArray) evidence = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *period = NULL;
  RrEvaluationExport data = { 0 };

  g_return_val_if_fail (scores != NULL, FALSE);
  g_return_val_if_fail (package_paths == NULL || package_paths->len == scores->evidence->len, FALSE);

  for (guint i = 0; i < scores->evidence->len; i++)
    {
      const RrEvidence *stored = g_ptr_array_index (scores->evidence, i);
      RrEvidenceEntry *entry = g_new0 (RrEvidenceEntry, 1);

      entry->task = stored->task;
      entry->caption = stored->caption;
      entry->file_name = stored->original_name;
      entry->sha256 = stored->sha256;
      entry->package_path = package_paths != NULL ? g_ptr_array_index (package_paths, i) : NULL;
      g_ptr_array_add (evidence, entry);
    }

  period = rr_evaluation_scores_format_period (scores);
  data.catalog = scores->result->template->catalog;
  data.result = scores->result;
  data.checks = scores->checks;
  data.rectification = scores->rectification;
  data.evidence = evidence;
  data.community = scores->community->name;
  data.street = scores->street;
  data.period = period;
  data.date = scores->evaluation->date;
  data.comprehensive = scores->evaluation->kind == RR_EVALUATION_KIND_COMPREHENSIVE;

  /* The radar drawn by the chart module, beside Excel's own chart; a chart
   * that fails to render leaves the workbook without it. */
  {
    g_autoptr(RrChart) chart = rr_chart_new_radar (rr_radar_data_new_from_result (scores->result, TRUE));
    g_autoptr(GBytes) png = rr_chart_render_png (chart, 480, 360, 1.0, NULL);

    data.radar_png = png;
    return rr_xlsx_export_evaluation (&data, path, error);
  }
}

/**
 * rr_xlsx_export_scores:
 *
 * Writes the workbook of an evaluation read from a project, with its
 * evidence index and rectification list.
 */
gboolean
rr_xlsx_export_scores (const RrEvaluationScores  *scores,
                       const char                *path,
                       GError                   **error)
{
  return rr_xlsx_export_package (scores, NULL, path, error);
}
