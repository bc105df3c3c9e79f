/* rr-roster.c: a district's community list read from CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-roster"

#include "config.h"

#include "rr-roster.h"

#include "rr-error.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* Decoding                                                                  */
/* ------------------------------------------------------------------------ */

/**
 * rr_roster_decode:
 * @encoding: (out): "UTF-8" or "GB18030"
 * @had_bom: (out): whether the data started with a UTF-8 byte order mark
 *
 * Converts a CSV file's bytes to UTF-8. Valid UTF-8 is kept as it is,
 * because GBK text of any length is almost never valid UTF-8 too. Anything
 * else is converted from GB18030, which contains GBK and GB2312.
 */
char *
rr_roster_decode (const char   *data,
                  gsize         length,
                  const char  **encoding,
                  gboolean     *had_bom,
                  GError      **error)
{
  g_autoptr(GError) convert_error = NULL;
  char *text;

  *had_bom = length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0;
  if (*had_bom)
    {
      data += 3;
      length -= 3;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *encoding = "UTF-8";
      return g_strndup (data, length);
    }

  text = g_convert (data, (gssize) length, "UTF-8", "GB18030", NULL, NULL, &convert_error);
  if (text == NULL)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("The file is neither UTF-8 nor GBK text (%s). Save it from Excel as "
                     "“CSV UTF-8” and try again."), convert_error->message);
      return NULL;
    }

  *encoding = "GB18030";
  return text;
}

/* ------------------------------------------------------------------------ */
/* CSV                                                                       */
/* ------------------------------------------------------------------------ */

/* Counts the candidate delimiters in the first record, outside quotes, and
 * returns the most frequent; a comma wins ties and empty files. */
char
rr_csv_guess_delimiter (const char *text)
{
  static const char candidates[] = { ',', '\t', ';' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;

      for (guint i = 0; !quoted && i < G_N_ELEMENTS (candidates); i++)
        counts[i] += *p == candidates[i];
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  return candidates[best];
}

static gboolean
record_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (*(const char *) g_ptr_array_index (fields, i) != '\0')
      return FALSE;

  return TRUE;
}

/**
 * rr_csv_parse:
 * @text: UTF-8 text
 * @lines: (out) (optional): of guint, the line on which each record starts
 * @unterminated: (out) (optional): set when the text ends inside a quoted field
 *
 * Splits CSV text into records of fields, as Excel writes it: a field in
 * double quotes may contain the delimiter, line breaks and doubled quotes.
 * Records end at LF, CRLF or CR. Blank records are left out.
 *
 * Returns: (element-type GStrv): the records
 */
GPtrArray *
rr_csv_parse (const char  *text,
              char         delimiter,
              GArray     **lines,
              gboolean    *unterminated)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gboolean at_field_start = TRUE;
  guint line = 1;
  guint record_line = 1;
  const char *p = text;

  for (;;)
    {
      char c = *p;
      gboolean end_of_record = FALSE;

      if (quoted && c != '\0')
        {
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p += 2;
              continue;
            }
          if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
          if (c == '\n' || (c == '\r' && p[1] != '\n'))
            line++;
          p++;
          continue;
        }

      if (c == '"' && at_field_start)
        {
          quoted = TRUE;
          at_field_start = FALSE;
          p++;
          continue;
        }

      if (c == delimiter || c == '\n' || c == '\r' || c == '\0')
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          at_field_start = TRUE;
          end_of_record = c != delimiter;
        }
      else
        {
          g_string_append_c (field, c);
          at_field_start = FALSE;
        }

      if (end_of_record)
        {
          if (!record_is_blank (fields))
            {
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (records, g_ptr_array_steal (fields, NULL));
              g_array_append_val (starts, record_line);
            }
          g_ptr_array_set_size (fields, 0);

          if (c == '\0')
            break;
          if (c == '\r' && p[1] == '\n')
            p++;
          line++;
          record_line = line;
        }
      p++;
    }

  if (unterminated != NULL)
    *unterminated = quoted;
  if (lines != NULL)
    *lines = g_steal_pointer (&starts);
  return records;
}

/* ------------------------------------------------------------------------ */
/* Headers                                                                   */
/* ------------------------------------------------------------------------ */

typedef struct {
  RrRosterColumnKind kind;
  int field;                 /* an RrField, or -1 */
  const char *name;          /* normalised as normalise_header() does */
} HeaderAlias;

/* Headers districts use, after normalise_header(). The Chinese figure names
 * are the form's labels in the Chinese interface, so a sheet exported by
 * hand from the form is read back. */
static const HeaderAlias aliases[] = {
  { RR_ROSTER_COLUMN_NAME, -1, "社区名称" },
  { RR_ROSTER_COLUMN_NAME, -1, "名称" },
  { RR_ROSTER_COLUMN_NAME, -1, "村社区名称" },
  { RR_ROSTER_COLUMN_NAME, -1, "社区村名称" },
  { RR_ROSTER_COLUMN_NAME, -1, "村名称" },
  { RR_ROSTER_COLUMN_NAME, -1, "社区" },
  { RR_ROSTER_COLUMN_NAME, -1, "name" },
  { RR_ROSTER_COLUMN_NAME, -1, "communityname" },
  { RR_ROSTER_COLUMN_NAME, -1, "community" },
  { RR_ROSTER_COLUMN_STREET, -1, "街道" },
  { RR_ROSTER_COLUMN_STREET, -1, "镇" },
  { RR_ROSTER_COLUMN_STREET, -1, "街道镇" },
  { RR_ROSTER_COLUMN_STREET, -1, "镇街道" },
  { RR_ROSTER_COLUMN_STREET, -1, "所属街道" },
  { RR_ROSTER_COLUMN_STREET, -1, "所属镇" },
  { RR_ROSTER_COLUMN_STREET, -1, "所属街道镇" },
  { RR_ROSTER_COLUMN_STREET, -1, "street" },
  { RR_ROSTER_COLUMN_STREET, -1, "town" },
  { RR_ROSTER_COLUMN_STREET, -1, "streetortown" },
  { RR_ROSTER_COLUMN_TYPE, -1, "类型" },
  { RR_ROSTER_COLUMN_TYPE, -1, "社区类型" },
  { RR_ROSTER_COLUMN_TYPE, -1, "type" },
  { RR_ROSTER_COLUMN_TYPE, -1, "communitytype" },
  { RR_ROSTER_COLUMN_CODE, -1, "编码" },
  { RR_ROSTER_COLUMN_CODE, -1, "代码" },
  { RR_ROSTER_COLUMN_CODE, -1, "社区编码" },
  { RR_ROSTER_COLUMN_CODE, -1, "社区代码" },
  { RR_ROSTER_COLUMN_CODE, -1, "code" },
  { RR_ROSTER_COLUMN_CODE, -1, "communitycode" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_RESIDENT_POPULATION, "常住人口" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_RESIDENT_POPULATION, "常住人口数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_HOUSEHOLDS, "户数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_HOUSEHOLDS, "常住户数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_HOUSEHOLDS, "总户数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SERVICE_FACILITY_AREA, "社区综合服务设施面积" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SERVICE_FACILITY_AREA, "综合服务设施面积" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_RESIDENT_SERVICE_AREA, "居民服务和活动空间面积" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SOCIAL_WORKERS, "社区工作者人数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SOCIAL_WORKERS, "社区工作者" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_CERTIFIED_SOCIAL_WORKERS, "持证社工人数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_PREVIOUS_CERTIFIED_SHARE, "上期社工持证率" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_VOLUNTEERS, "居民志愿者人数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_VOLUNTEERS, "志愿者人数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SOCIAL_ORGANIZATIONS, "登记备案的社会组织数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SOCIAL_ORGANIZATIONS, "社会组织数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_COVENANT_RESPONDENTS, "公约知晓率受访居民数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_COVENANT_AWARE, "知晓公约的受访居民数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SATISFACTION_RESPONDENTS, "满意率受访居民数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SATISFACTION_SATISFIED, "对服务满意的受访居民数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SORTING_FACILITIES_PLANNED, "计划建设的垃圾分类设施数" },
  { RR_ROSTER_COLUMN_FIGURE, RR_FIELD_SORTING_FACILITIES_BUILT, "已建成的垃圾分类设施数" },
};

/* Strips what varies between offices' headers: spaces (also full-width),
 * underscores, slashes, asterisks marking required columns, and a unit in
 * brackets, as in “常住人口（人）”; then folds case. */
static char *
normalise_header (const char *header)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  guint depth = 0;

  for (const char *p = header; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0xFF08)
        depth++;
      else if ((c == ')' || c == 0xFF09) && depth > 0)
        depth--;
      else if (depth == 0 && !g_unichar_isspace (c) && c != 0x3000 && c != 0xFEFF &&
               c != '_' && c != '/' && c != '-' && c != '*' && c != 0x3001 && c != 0xFF0F)
        g_string_append_unichar (clean, c);
    }

  return g_utf8_casefold (clean->str, -1);
}

static gboolean
is_roster_field (RrField field)
{
  return field != RR_FIELD_COMMUNITY_TYPE && field != RR_FIELD_PERIOD_START &&
         field != RR_FIELD_PERIOD_END;
}

/* Matches a figure by its JSON id or its label in the current language. */
static gboolean
match_field (const char *normalised,
             RrField    *field)
{
  for (guint i = 0; i < RR_N_FIELDS; i++)
    {
      g_autofree char *id = NULL;
      g_autofree char *label = NULL;

      if (!is_roster_field (i))
        continue;

      id = normalise_header (rr_field_get_id (i));
      label = normalise_header (rr_field_get_label (i));
      if (g_str_equal (normalised, id) || g_str_equal (normalised, label))
        {
          *field = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
match_column (RrRosterColumn *column)
{
  g_autofree char *normalised = normalise_header (column->header);

  column->kind = RR_ROSTER_COLUMN_IGNORED;
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      if (g_str_equal (normalised, aliases[i].name))
        {
          column->kind = aliases[i].kind;
          column->field = aliases[i].field >= 0 ? (RrField) aliases[i].field : 0;
          return;
        }
    }

  if (match_field (normalised, &column->field))
    column->kind = RR_ROSTER_COLUMN_FIGURE;
}

static void
rr_roster_column_free (RrRosterColumn *column)
{
  g_free (column->header);
  g_free (column);
}

/* Reads the header record; a column that repeats an earlier one is ignored. */
static GPtrArray *
read_columns (const char * const *header)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_roster_column_free);

  for (guint i = 0; header[i] != NULL; i++)
    {
      RrRosterColumn *column = g_new0 (RrRosterColumn, 1);

      column->index = i;
      column->header = g_strstrip (g_strdup (header[i]));
      match_column (column);

      for (guint j = 0; j < columns->len && column->kind != RR_ROSTER_COLUMN_IGNORED; j++)
        {
          const RrRosterColumn *earlier = g_ptr_array_index (columns, j);

          if (earlier->kind == column->kind &&
              (column->kind != RR_ROSTER_COLUMN_FIGURE || earlier->field == column->field))
            column->kind = RR_ROSTER_COLUMN_IGNORED;
        }

      g_ptr_array_add (columns, column);
    }

  return columns;
}

const RrRosterColumn *
rr_roster_find_column (const RrRoster     *roster,
                       RrRosterColumnKind  kind)
{
  for (guint i = 0; i < roster->columns->len; i++)
    {
      const RrRosterColumn *column = g_ptr_array_index (roster->columns, i);

      if (column->kind == kind)
        return column;
    }

  return NULL;
}

/* Describes what a column was matched to, for the preview. */
char *
rr_roster_column_describe (const RrRosterColumn *column)
{
  switch (column->kind)
    {
    case RR_ROSTER_COLUMN_NAME:
      return g_strdup (_("community name"));
    case RR_ROSTER_COLUMN_STREET:
      return g_strdup (_("street or town"));
    case RR_ROSTER_COLUMN_TYPE:
      return g_strdup (_("type (社区 or 村)"));
    case RR_ROSTER_COLUMN_CODE:
      return g_strdup (_("community code"));
    case RR_ROSTER_COLUMN_FIGURE:
      return g_strdup_printf ("%s (%s)", rr_field_get_label (column->field), rr_field_get_id (column->field));
    case RR_ROSTER_COLUMN_IGNORED:
    default:
      return g_strdup (_("not imported"));
    }
}

/* ------------------------------------------------------------------------ */
/* Rows                                                                      */
/* ------------------------------------------------------------------------ */

static void
rr_roster_row_free (RrRosterRow *row)
{
  g_free (row->name);
  g_free (row->street);
  g_free (row->code);
  g_clear_pointer (&row->figures, rr_figures_free);
  g_clear_pointer (&row->errors, g_ptr_array_unref);
  g_clear_pointer (&row->warnings, g_ptr_array_unref);
  g_free (row);
}

/* Adds a problem that keeps the row out of the import; takes @message. */
void
rr_roster_row_add_error (RrRosterRow *row,
                         char        *message)
{
  g_ptr_array_add (row->errors, message);
}

/* Adds a problem that does not keep the row out; takes @message. */
void
rr_roster_row_add_warning (RrRosterRow *row,
                           char        *message)
{
  g_ptr_array_add (row->warnings, message);
}

/* Returns the trimmed cell, or "" when the record is too short. */
static char *
dup_cell (const char * const *record,
          guint               n_fields,
          guint               index)
{
  g_autofree char *copy = NULL;
  char *start;
  char *end;

  if (index >= n_fields)
    return g_strdup ("");

  copy = g_strdup (record[index]);
  start = copy;
  /* g_strstrip() leaves full-width spaces, which Chinese input often adds. */
  while (g_unichar_isspace (g_utf8_get_char (start)) || g_utf8_get_char (start) == 0x3000)
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      char *previous = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (previous);

      if (!g_unichar_isspace (c) && c != 0x3000)
        break;
      end = previous;
    }

  return g_strndup (start, end - start);
}

static gboolean
parse_type (const char      *text,
            const char      *name,
            RrCommunityType *type)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  if (g_str_equal (folded, "社区") || g_str_equal (folded, "community") || g_str_equal (folded, "居委会"))
    *type = RR_COMMUNITY_TYPE_COMMUNITY;
  else if (g_str_equal (folded, "村") || g_str_equal (folded, "village") || g_str_equal (folded, "村委会"))
    *type = RR_COMMUNITY_TYPE_VILLAGE;
  else if (*folded == '\0' && g_str_has_suffix (name, "村"))
    *type = RR_COMMUNITY_TYPE_VILLAGE;
  else if (*folded == '\0' && g_str_has_suffix (name, "社区"))
    *type = RR_COMMUNITY_TYPE_COMMUNITY;
  else
    return FALSE;

  return TRUE;
}

/* Removes thousands separators, which Excel writes into quoted numbers. */
static char *
strip_separators (const char *text)
{
  GString *clean = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ',' && *p != ' ')
      g_string_append_c (clean, *p);

  return g_string_free (clean, FALSE);
}

static void
read_figure (RrRosterRow          *row,
             const RrRosterColumn *column,
             const char           *text)
{
  g_autofree char *clean = strip_separators (text);
  g_autofree char *message = NULL;
  gint64 value = 0;

  if (*clean == '\0')
    return;

  if (rr_figures_parse_value (column->field, clean, &value, &message))
    rr_figures_set (row->figures, column->field, value);
  else
    /* Translators: “常住人口” column: “abc” is not a whole number */
    rr_roster_row_add_error (row, g_strdup_printf (_("“%s” column: %s"), column->header, message));
}

static void
check_figures (RrRosterRow *row)
{
  g_autoptr(GPtrArray) problems = rr_figures_validate (row->figures);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const RrFieldError *problem = g_ptr_array_index (problems, i);

      rr_roster_row_add_error (row, g_strdup (problem->message));
    }
}

static void
check_length (const RrRoster     *roster,
              RrRosterRow        *row,
              guint               n_fields)
{
  guint needed = 0;

  if (n_fields >= roster->columns->len)
    return;

  for (guint i = 0; i < roster->columns->len; i++)
    {
      const RrRosterColumn *column = g_ptr_array_index (roster->columns, i);

      if (column->kind == RR_ROSTER_COLUMN_NAME || column->kind == RR_ROSTER_COLUMN_STREET)
        needed = MAX (needed, column->index + 1);
    }

  if (n_fields < needed)
    rr_roster_row_add_error (row, g_strdup_printf (_("The row has %u of the header’s %u columns, so it "
                                                     "may be cut off. Complete it in the spreadsheet."),
                                                   n_fields, roster->columns->len));
  else
    rr_roster_row_add_warning (row, g_strdup_printf (_("The row has %u of the header’s %u columns; the "
                                                       "missing cells are taken as empty."),
                                                     n_fields, roster->columns->len));
}

static RrRosterRow *
read_row (const RrRoster     *roster,
          const char * const *record,
          guint               line)
{
  RrRosterRow *row = g_new0 (RrRosterRow, 1);
  guint n_fields = g_strv_length ((GStrv) record);
  g_autofree char *type_text = NULL;

  row->line = line;
  row->figures = rr_figures_new ();
  row->errors = g_ptr_array_new_with_free_func (g_free);
  row->warnings = g_ptr_array_new_with_free_func (g_free);
  row->name = g_strdup ("");
  row->street = g_strdup ("");
  type_text = g_strdup ("");

  check_length (roster, row, n_fields);

  for (guint i = 0; i < roster->columns->len; i++)
    {
      const RrRosterColumn *column = g_ptr_array_index (roster->columns, i);
      g_autofree char *cell = dup_cell (record, n_fields, column->index);

      switch (column->kind)
        {
        case RR_ROSTER_COLUMN_NAME:
          g_free (row->name);
          row->name = g_steal_pointer (&cell);
          break;
        case RR_ROSTER_COLUMN_STREET:
          g_free (row->street);
          row->street = g_steal_pointer (&cell);
          break;
        case RR_ROSTER_COLUMN_TYPE:
          g_free (type_text);
          type_text = g_steal_pointer (&cell);
          break;
        case RR_ROSTER_COLUMN_CODE:
          row->code = *cell != '\0' ? g_steal_pointer (&cell) : NULL;
          break;
        case RR_ROSTER_COLUMN_FIGURE:
          read_figure (row, column, cell);
          break;
        case RR_ROSTER_COLUMN_IGNORED:
        default:
          break;
        }
    }

  if (*row->name == '\0')
    rr_roster_row_add_error (row, g_strdup (_("The community name is empty.")));
  if (*row->street == '\0')
    rr_roster_row_add_error (row, g_strdup (_("The street or town is empty.")));
  if (!parse_type (type_text, row->name, &row->type))
    rr_roster_row_add_error (row, *type_text != '\0'
                             ? g_strdup_printf (_("Unknown type “%s”; use 社区 or 村."), type_text)
                             : g_strdup (_("The type is empty and the name does not end in 社区 or 村; "
                                           "enter 社区 or 村.")));
  check_figures (row);
  return row;
}

/* Marks a second row with the code, or the street and name, of an earlier
 * one: importing both would make one community out of two lines. */
static void
check_duplicates (RrRoster *roster)
{
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < roster->rows->len; i++)
    {
      RrRosterRow *row = g_ptr_array_index (roster->rows, i);
      char *key = g_strconcat (row->street, "\n", row->name, NULL);
      RrRosterRow *earlier;

      if (row->code != NULL && (earlier = g_hash_table_lookup (codes, row->code)) != NULL)
        rr_roster_row_add_error (row, g_strdup_printf (_("The code “%s” is also on line %u. Codes must be unique."),
                                                       row->code, earlier->line));
      else if (row->code != NULL)
        g_hash_table_insert (codes, row->code, row);

      if (*row->name != '\0' && (earlier = g_hash_table_lookup (names, key)) != NULL)
        rr_roster_row_add_error (row, g_strdup_printf (_("“%s” in “%s” is also on line %u."),
                                                       row->name, row->street, earlier->line));
      if (*row->name != '\0' && earlier == NULL)
        g_hash_table_insert (names, key, row);
      else
        g_free (key);
    }
}

void
rr_roster_free (RrRoster *roster)
{
  if (roster == NULL)
    return;

  g_free (roster->encoding);
  g_clear_pointer (&roster->columns, g_ptr_array_unref);
  g_clear_pointer (&roster->rows, g_ptr_array_unref);
  g_free (roster);
}

static gboolean
check_header (const RrRoster  *roster,
              GError         **error)
{
  if (rr_roster_find_column (roster, RR_ROSTER_COLUMN_NAME) == NULL)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("The first line has no community name column. Name it 社区名称, 名称 or name."));
      return FALSE;
    }
  if (rr_roster_find_column (roster, RR_ROSTER_COLUMN_STREET) == NULL)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE,
                   _("The first line has no street or town column. Name it 街道, 镇 or street."));
      return FALSE;
    }

  return TRUE;
}

/**
 * rr_roster_parse:
 *
 * Decodes a roster file, matches its first line to columns and reads every
 * other line as a community. Problems of single rows are listed in the
 * rows. The call fails only when the file cannot be used at all: it is
 * empty, not text, or lacks the name or street column.
 */
RrRoster *
rr_roster_parse (const char  *data,
                 gsize        length,
                 GError     **error)
{
  g_autoptr(RrRoster) roster = g_new0 (RrRoster, 1);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  gboolean unterminated = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  text = rr_roster_decode (data != NULL ? data : "", length, &encoding, &roster->had_bom, error);
  if (text == NULL)
    return NULL;

  roster->encoding = g_strdup (encoding);
  roster->delimiter = rr_csv_guess_delimiter (text);
  records = rr_csv_parse (text, roster->delimiter, &lines, &unterminated);
  if (records->len == 0)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_PARSE, _("The file has no lines. Export the roster again."));
      return NULL;
    }

  roster->columns = read_columns (g_ptr_array_index (records, 0));
  if (!check_header (roster, error))
    return NULL;

  roster->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rr_roster_row_free);
  for (guint i = 1; i < records->len; i++)
    g_ptr_array_add (roster->rows, read_row (roster, g_ptr_array_index (records, i),
                                             g_array_index (lines, guint, i)));

  if (unterminated && roster->rows->len > 0)
    rr_roster_row_add_error (g_ptr_array_index (roster->rows, roster->rows->len - 1),
                             g_strdup (_("The file ends inside a quoted cell, so the last row is cut off.")));

  check_duplicates (roster);
  return g_steal_pointer (&roster);
}

guint
rr_roster_count_invalid (const RrRoster *roster)
{
  guint count = 0;

  for (guint i = 0; i < roster->rows->len; i++)
    count += ((RrRosterRow *) g_ptr_array_index (roster->rows, i))->errors->len > 0;

  return count;
}

/* Counts the rows without errors, which an import of valid rows writes. */
guint
rr_roster_count_valid (const RrRoster *roster)
{
  return roster->rows->len - rr_roster_count_invalid (roster);
}
