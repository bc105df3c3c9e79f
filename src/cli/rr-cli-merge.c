/* rr-cli-merge.c: `renren-eval merge TARGET SOURCE…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "export/rr-json-write.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

static void
append_count (GString    *json,
              const char *name,
              guint       count)
{
  g_string_append_printf (json, ", \"%s\": %u", name, count);
}

static void
append_conflict (GString               *json,
                 const RrMergeConflict *conflict)
{
  g_string_append (json, "{");
  rr_json_append_string (json, "source");
  g_string_append (json, ": ");
  rr_json_append_string (json, conflict->source);
  g_string_append_printf (json, ", \"evaluation\": %lld, \"task\": %u",
                          (long long) conflict->evaluation_id, conflict->task);
  rr_json_append_member (json, "rater", conflict->rater);
  rr_json_append_member (json, "target_level", conflict->target_level);
  rr_json_append_member (json, "source_level", conflict->source_level);
  rr_json_append_member (json, "target_note", conflict->target_note != NULL ? conflict->target_note : "");
  rr_json_append_member (json, "source_note", conflict->source_note != NULL ? conflict->source_note : "");
  g_string_append (json, "}");
}

int
rr_cli_merge (int    argc,
              char **argv)
{
  g_autoptr(RrProject) target = NULL;
  g_autoptr(RrMergeReport) report = rr_merge_report_new ();
  g_autoptr(GString) json = g_string_new (NULL);
  GOptionEntry entries[] = { { NULL } };

  if (!rr_cli_parse_options ("merge", "TARGET SOURCE…",
                             _("Bring the raters’ scores, notes and evidence from copies of a project into TARGET, "
                               "listing every conflict instead of overwriting."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc < 3)
    {
      g_printerr (_("renren-eval merge: give the target project and at least one copy to merge\n"));
      return RR_EXIT_USAGE;
    }

  target = rr_cli_open_project ("merge", argv[1], TRUE);
  if (target == NULL)
    return RR_EXIT_USAGE;

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!rr_project_merge (target, argv[i], report, &error))
        {
          /* Each copy merges in its own transaction: earlier copies stay merged. */
          g_printerr (_("renren-eval merge: %s was not merged: %s\n"), argv[i], error->message);
          return RR_EXIT_USAGE;
        }
    }

  g_string_append (json, "{\"target\": ");
  rr_json_append_string (json, argv[1]);
  append_count (json, "raters_added", report->raters_added);
  append_count (json, "scores_added", report->scores_added);
  append_count (json, "evidence_added", report->evidence_added);
  append_count (json, "unmatched_evaluations", report->unmatched_evaluations);
  g_string_append (json, ",\n  \"conflicts\": [");
  for (guint i = 0; i < report->conflicts->len; i++)
    {
      g_string_append (json, i > 0 ? ",\n    " : "\n    ");
      append_conflict (json, g_ptr_array_index (report->conflicts, i));
    }
  g_string_append (json, report->conflicts->len > 0 ? "\n  ]\n}\n" : "]\n}\n");
  fputs (json->str, stdout);

  if (report->conflicts->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "renren-eval merge: %u conflict left for a person to decide; the other changes were merged\n",
                               "renren-eval merge: %u conflicts left for a person to decide; the other changes were merged\n",
                               report->conflicts->len),
                  report->conflicts->len);
      return RR_EXIT_INVALID;
    }

  return RR_EXIT_OK;
}
