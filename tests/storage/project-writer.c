/* project-writer.c: a test helper that adds streets to a project until it
 * is killed
 *
 * Usage: project-writer FILE FIRST. It adds streets named 街道FIRST,
 * 街道FIRST+1 … one per transaction, and prints each number on stdout once
 * its transaction has committed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "storage/rr-project.h"

#include <stdio.h>

/* Stops on its own after this many streets unless it is killed first. */
#define MAX_EDITS 100000

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  guint64 first;

  if (argc != 3)
    {
      fprintf (stderr, "usage: project-writer FILE FIRST\n");
      return 2;
    }

  first = g_ascii_strtoull (argv[2], NULL, 10);
  project = rr_project_open (argv[1], RR_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    {
      fprintf (stderr, "project-writer: %s\n", error->message);
      return 1;
    }

  for (guint64 i = first; i < first + MAX_EDITS; i++)
    {
      g_autofree char *name = g_strdup_printf ("街道%" G_GUINT64_FORMAT, i);

      if (rr_project_add_street (project, name, RR_STREET_KIND_STREET, &error) == 0)
        {
          fprintf (stderr, "project-writer: %s\n", error->message);
          return 1;
        }

      printf ("%" G_GUINT64_FORMAT "\n", i);
      fflush (stdout);
    }

  return 0;
}
