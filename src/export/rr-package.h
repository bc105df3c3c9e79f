/* rr-package.h: the self-assessment package (自评材料) of one evaluation
 *
 * A package is a folder, or a zip file of the same tree, that contains the
 * printed report as PDF, the scoring workbook, every evidence file under
 * NN_共同体/NN_task/ with a numbered name, and index.json. index.json lists
 * every file with its size and SHA-256, so that a receiver can check with
 * rr_package_verify() that nothing was lost, changed or added on the way.
 *
 * Names inside a package are valid on Windows: see rr_package_sanitize_name().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "storage/rr-project-scoring.h"

G_BEGIN_DECLS

/* The maximum bytes of one file or folder name. NTFS and FAT allow 255 UTF-16
 * units; 255 UTF-8 bytes is never more than that, and fits ext4 too. */
#define RR_PACKAGE_MAX_NAME_BYTES 255

/* The maximum UTF-16 units of a path inside the package. Windows Explorer
 * limits whole paths to 259 units unless long paths are enabled, so this
 * leaves about 100 units for the folder the package is unpacked into. */
#define RR_PACKAGE_MAX_PATH_UNITS 160

#define RR_PACKAGE_INDEX_NAME "index.json"
#define RR_PACKAGE_INDEX_FORMAT "renren-eval-package"
#define RR_PACKAGE_INDEX_VERSION 1

/* Called after each step with the steps done and the total, in the thread
 * that writes the package. */
typedef void (*RrPackageProgress) (guint    done,
                                   guint    total,
                                   gpointer user_data);

/* What rr_package_verify() found; each array is of char *, paths inside the
 * package with "/" between names. */
typedef struct {
  guint listed;               /* files the index lists */
  GPtrArray *missing;         /* listed but absent */
  GPtrArray *altered;         /* present with another SHA-256 or size */
  GPtrArray *unlisted;        /* present but not listed */
} RrPackageCheck;

char           *rr_package_sanitize_name (const char               *name,
                                          gsize                     max_bytes);
char           *rr_package_unique_name   (const char               *name,
                                          GPtrArray                *used_names);
guint           rr_package_count_units   (const char               *path);
GPtrArray      *rr_package_plan_paths    (const RrEvaluationScores *scores);

gboolean        rr_package_write         (RrProject                *project,
                                          const RrEvaluationScores *scores,
                                          const char               *output,
                                          RrPackageProgress         progress,
                                          gpointer                  user_data,
                                          GCancellable             *cancellable,
                                          GError                  **error);

RrPackageCheck *rr_package_verify        (const char               *path,
                                          GError                  **error);
gboolean        rr_package_check_is_clean (const RrPackageCheck    *check);
void            rr_package_check_free    (RrPackageCheck           *check);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RrPackageCheck, rr_package_check_free)

G_END_DECLS
