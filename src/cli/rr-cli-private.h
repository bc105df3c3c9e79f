/* rr-cli-private.h: helpers shared by the subcommands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "domain/rr-catalog.h"
#include "storage/rr-project.h"
#include "storage/rr-project-scoring.h"

G_BEGIN_DECLS

gboolean   rr_cli_parse_options (const char    *name,
                                 const char    *parameters,
                                 const char    *summary,
                                 GOptionEntry  *entries,
                                 int           *argc,
                                 char        ***argv);
RrCatalog *rr_cli_load_catalog  (const char    *path,
                                 GError       **error);

/* Shared by the project subcommands, in rr-cli-project.c */
RrProject    *rr_cli_open_project            (const char          *command,
                                              const char          *path,
                                              gboolean             write);
gboolean      rr_cli_parse_id                (const char          *command,
                                              const char          *what,
                                              const char          *text,
                                              gint64              *id);
RrEvaluation *rr_cli_get_writable_evaluation (const char          *command,
                                              RrProject           *project,
                                              gint64               id,
                                              int                 *status);
RrCatalog    *rr_cli_load_evaluation_catalog (const char          *command,
                                              const RrEvaluation  *evaluation,
                                              const char          *path);

/* Shared by the subcommands that read an evaluation's scores, in
 * rr-cli-score.c */
RrEvaluationScores *rr_cli_load_scores (const char         *command,
                                        const char         *path,
                                        const char         *id_text,
                                        const char         *catalog_path,
                                        RrScoringTemplate **template_out,
                                        int                *status);

/* Subcommands, one file each. */
int        rr_cli_chart         (int            argc,
                                 char         **argv);
int        rr_cli_merge         (int            argc,
                                 char         **argv);
int        rr_cli_score         (int            argc,
                                 char         **argv);
int        rr_cli_export        (int            argc,
                                 char         **argv);
int        rr_cli_check         (int            argc,
                                 char         **argv);
int        rr_cli_community     (int            argc,
                                 char         **argv);
int        rr_cli_evaluation    (int            argc,
                                 char         **argv);
int        rr_cli_evidence      (int            argc,
                                 char         **argv);
int        rr_cli_import_figures (int           argc,
                                  char        **argv);
int        rr_cli_import_scores (int            argc,
                                 char         **argv);
int        rr_cli_project       (int            argc,
                                 char         **argv);
int        rr_cli_import_roster (int            argc,
                                 char         **argv);
int        rr_cli_list          (int            argc,
                                 char         **argv);
int        rr_cli_export_district (const char   *path,
                                   const char   *catalog_path,
                                   const char   *output);
int        rr_cli_report        (int            argc,
                                 char         **argv);
int        rr_cli_package       (int            argc,
                                 char         **argv);
int        rr_cli_verify        (int            argc,
                                 char         **argv);

G_END_DECLS
