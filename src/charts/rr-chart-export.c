/* rr-chart-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-chart-export"

#include "config.h"

#include "rr-chart-export.h"

#include "domain/rr-error.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

/* The largest side of an SVG or PDF page, in points: PDF's 200 inches. */
#define MAX_POINTS 14400.0

/* Paper sizes in points: ISO 216 A4 and A3, landscape. */
#define A4_LONG (297.0 / 25.4 * 72.0)
#define A4_SHORT (210.0 / 25.4 * 72.0)
#define A3_LONG (420.0 / 25.4 * 72.0)

void
rr_chart_size_get (RrChartSize  size,
                   double      *width,
                   double      *height,
                   double      *scale)
{
  switch (size)
    {
    case RR_CHART_SIZE_THUMBNAIL:
      *width = 120.0;
      *height = 90.0;
      *scale = 1.0;
      break;

    case RR_CHART_SIZE_A4_150DPI:
      *width = A4_LONG;
      *height = A4_SHORT;
      *scale = 150.0 / 72.0;
      break;

    case RR_CHART_SIZE_A3_300DPI:
      *width = A3_LONG;
      *height = A4_LONG;
      *scale = 300.0 / 72.0;
      break;

    case RR_CHART_SIZE_SCREEN:
    default:
      *width = 800.0;
      *height = 600.0;
      *scale = 1.0;
      break;
    }
}

/* Finds the format from @path's extension (.png, .svg or .pdf, any case). */
gboolean
rr_chart_format_from_path (const char    *path,
                           RrChartFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = RR_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = RR_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = RR_CHART_FORMAT_PDF;
  else
    return FALSE;

  return TRUE;
}

const char *
rr_chart_format_get_extension (RrChartFormat format)
{
  switch (format)
    {
    case RR_CHART_FORMAT_SVG:
      return "svg";
    case RR_CHART_FORMAT_PDF:
      return "pdf";
    case RR_CHART_FORMAT_PNG:
    default:
      return "png";
    }
}

static gboolean
check_size (double   width,
            double   height,
            double   scale,
            GError **error)
{
  if (!isfinite (width) || !isfinite (height) || !isfinite (scale) ||
      width <= 0.0 || height <= 0.0 || scale <= 0.0 ||
      width > MAX_POINTS || height > MAX_POINTS)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("Invalid chart size %g × %g at scale %g; use 1–%g points a side and a positive scale"),
                   width, height, scale, MAX_POINTS);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_cairo (cairo_status_t   status,
             const char      *format_name,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  /* Translators: e.g. "Could not draw the PDF: out of memory" */
  g_set_error (error, RR_ERROR, RR_ERROR_IO, _("Could not draw the %s: %s"),
               format_name, cairo_status_to_string (status));
  return FALSE;
}

/**
 * rr_chart_render_image:
 * @layout: (out) (optional): where the chart put its labels and marks, in points
 *
 * Draws @chart on a new ARGB image of (@width × @scale) × (@height × @scale)
 * pixels, rounded.
 *
 * Returns: (transfer full): the image, or NULL with @error set
 */
cairo_surface_t *
rr_chart_render_image (RrChart        *chart,
                       double          width,
                       double          height,
                       double          scale,
                       RrChartLayout **layout,
                       GError        **error)
{
  cairo_surface_t *surface;
  RrChartLayout *drawn;
  cairo_t *cr;
  double pixel_width;
  double pixel_height;

  g_return_val_if_fail (chart != NULL, NULL);

  if (!check_size (width, height, scale, error))
    return NULL;

  pixel_width = MAX (round (width * scale), 1.0);
  pixel_height = MAX (round (height * scale), 1.0);
  if (pixel_width > RR_CHART_MAX_PIXELS || pixel_height > RR_CHART_MAX_PIXELS)
    {
      g_set_error (error, RR_ERROR, RR_ERROR_INVALID_INPUT,
                   _("A PNG of %.0f × %.0f pixels is too large; use at most %d pixels a side"),
                   pixel_width, pixel_height, RR_CHART_MAX_PIXELS);
      return NULL;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) pixel_width, (int) pixel_height);
  if (!check_cairo (cairo_surface_status (surface), "PNG", error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, pixel_width / width, pixel_height / height);
  drawn = rr_chart_draw (chart, cr, width, height);
  if (!check_cairo (cairo_status (cr), "PNG", error))
    {
      rr_chart_layout_free (drawn);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_destroy (cr);

  if (layout != NULL)
    *layout = drawn;
  else
    rr_chart_layout_free (drawn);
  return surface;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws every page of a ranking, one per PDF page, so the file contains
 * every community however few fit a page. */
static void
draw_every_page (RrChart *chart,
                 cairo_t *cr,
                 double   width,
                 double   height)
{
  RrRankingData *data = rr_chart_get_data (chart);
  guint current_page = data->page;
  guint n_pages = 1;

  for (guint page = 0; page < n_pages; page++)
    {
      RrChartLayout *drawn;

      if (page > 0)
        cairo_show_page (cr);
      data->page = page;
      drawn = rr_chart_draw (chart, cr, width, height);
      if (drawn->overflow == RR_CHART_OVERFLOW_PAGINATED)
        n_pages = drawn->n_pages;
      rr_chart_layout_free (drawn);
    }

  data->page = current_page;
}

static gboolean
draw_vector (RrChart        *chart,
             RrChartFormat   format,
             GByteArray     *bytes,
             double          width,
             double          height,
             GError        **error)
{
  const char *format_name = format == RR_CHART_FORMAT_PDF ? "PDF" : "SVG";
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == RR_CHART_FORMAT_PDF)
    surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  else
    surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);

  cr = cairo_create (surface);
  if (format == RR_CHART_FORMAT_PDF && rr_chart_get_kind (chart) == RR_CHART_RANKING)
    draw_every_page (chart, cr, width, height);
  else
    rr_chart_layout_free (rr_chart_draw (chart, cr, width, height));
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_cairo (status, format_name, error);
}

/**
 * rr_chart_export:
 * @width: (in points)
 * @height: (in points)
 * @scale: pixels per point for a PNG, e.g. 300 / 72 for 300 dpi
 *
 * Draws @chart and writes it to @path in @format, replacing the file
 * only once the drawing is complete. A PDF of a ranking too long for one
 * page contains every page, and an image shows the ranking's current page.
 */
gboolean
rr_chart_export (RrChart        *chart,
                 RrChartFormat   format,
                 const char     *path,
                 double          width,
                 double          height,
                 double          scale,
                 GError        **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == RR_CHART_FORMAT_PNG)
    {
      cairo_surface_t *surface = rr_chart_render_image (chart, width, height, scale, NULL, error);
      cairo_status_t status;

      if (surface == NULL)
        return FALSE;

      status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
      cairo_surface_destroy (surface);
      if (!check_cairo (status, "PNG", error))
        return FALSE;
    }
  else
    {
      if (!check_size (width, height, 1.0, error) ||
          !draw_vector (chart, format, bytes, width, height, error))
        return FALSE;
    }

  g_debug ("writing %u bytes of %s to %s", bytes->len, rr_chart_format_get_extension (format), path);
  if (!g_file_set_contents (path, (const char *) bytes->data, bytes->len, &local_error))
    {
      g_set_error_literal (error, RR_ERROR, RR_ERROR_IO, local_error->message);
      return FALSE;
    }

  return TRUE;
}
