/* rr-cli-project.c: `renren-eval project|community|evaluation …`
 *
 * Every subcommand checks all of its arguments and input files before it
 * writes anything, and writes in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "rr-cli"

#include "config.h"

#include "rr-cli.h"
#include "rr-cli-private.h"

#include "domain/rr-error.h"
#include "storage/rr-project.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

/* ------------------------------------------------------------------------ */
/* Shared by the project subcommands                                        */
/* ------------------------------------------------------------------------ */

/* Opens a project file, or prints why not. With @write, a project that
 * opens read-only is an error too. */
RrProject *
rr_cli_open_project (const char *command,
                     const char *path,
                     gboolean    write)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;

  project = rr_project_open (path, RR_PROJECT_OPEN_DEFAULT, &error);
  if (project == NULL)
    {
      g_printerr ("renren-eval %s: %s\n", command, error->message);
      return NULL;
    }

  if (write && rr_project_is_read_only (project))
    {
      g_printerr ("renren-eval %s: %s\n", command, rr_project_get_read_only_reason (project));
      return NULL;
    }

  return g_steal_pointer (&project);
}

/* Parses a positive id, or prints which argument is wrong. */
gboolean
rr_cli_parse_id (const char *command,
                 const char *what,
                 const char *text,
                 gint64     *id)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      /* Translators: "renren-eval evidence: EVALUATION_ID “abc” is not a positive whole number" */
      g_printerr (_("renren-eval %s: %s “%s” is not a positive whole number\n"),
                  command, what, text);
      return FALSE;
    }

  *id = value;
  return TRUE;
}

/* Returns the evaluation if it may be changed, or prints why not and sets
 * @status to the exit status. */
RrEvaluation *
rr_cli_get_writable_evaluation (const char *command,
                                RrProject  *project,
                                gint64      id,
                                int        *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrEvaluation) evaluation = NULL;

  evaluation = rr_project_get_evaluation (project, id, &error);
  if (evaluation == NULL)
    {
      g_printerr ("renren-eval %s: %s\n", command, error->message);
      *status = RR_EXIT_USAGE;
      return NULL;
    }

  if (!rr_project_check_writable (project, id, &error))
    {
      g_printerr ("renren-eval %s: %s\n", command, error->message);
      *status = g_error_matches (error, RR_ERROR, RR_ERROR_INVALID_INPUT)
                ? RR_EXIT_INVALID
                : RR_EXIT_USAGE;
      return NULL;
    }

  return g_steal_pointer (&evaluation);
}

/* Loads the catalog an evaluation was made against: @path, or the built-in
 * one. Prints the reason and returns NULL when it is another catalog. */
RrCatalog *
rr_cli_load_evaluation_catalog (const char         *command,
                                const RrEvaluation *evaluation,
                                const char         *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrCatalog) catalog = rr_cli_load_catalog (path, &error);

  if (catalog == NULL)
    {
      g_printerr ("renren-eval %s: %s\n", command, error->message);
      return NULL;
    }

  if (g_strcmp0 (catalog->id, evaluation->catalog_id) != 0 ||
      g_strcmp0 (catalog->version, evaluation->catalog_version) != 0)
    {
      g_printerr (_("renren-eval %s: evaluation %lld uses catalog %s version %s, but the "
                    "loaded catalog is %s version %s; pass that catalog with --catalog FILE\n"),
                  command, (long long) evaluation->id, evaluation->catalog_id,
                  evaluation->catalog_version, catalog->id, catalog->version);
      return NULL;
    }

  return g_steal_pointer (&catalog);
}

/* Prints an error for a subcommand that got too few or too many
 * positional arguments. */
static int
usage_error (const char *command,
             const char *usage)
{
  g_printerr (_("renren-eval %s: wrong arguments; usage: renren-eval %s %s\n"),
              command, command, usage);
  return RR_EXIT_USAGE;
}

/* ------------------------------------------------------------------------ */
/* project new|info                                                         */
/* ------------------------------------------------------------------------ */

static int
project_new (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = rr_project_create (path, &error);

  if (project == NULL)
    {
      g_printerr ("renren-eval project new: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}

static void
add_month (JsonBuilder *builder,
           const char  *name,
           gint64       month)
{
  g_autofree char *text = rr_month_format (month);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

static void
build_places (JsonBuilder *builder,
              GPtrArray   *streets,
              GPtrArray   *communities)
{
  json_builder_set_member_name (builder, "streets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < streets->len; i++)
    {
      RrStreet *street = g_ptr_array_index (streets, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, street->id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, street->name);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, rr_street_kind_get_name (street->kind));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "communities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < communities->len; i++)
    {
      RrCommunity *community = g_ptr_array_index (communities, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, community->id);
      json_builder_set_member_name (builder, "street_id");
      json_builder_add_int_value (builder, community->street_id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, community->name);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, rr_community_type_get_id (community->type));
      json_builder_set_member_name (builder, "code");
      if (community->code != NULL)
        json_builder_add_string_value (builder, community->code);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_evaluations (JsonBuilder *builder,
                   GPtrArray   *evaluations)
{
  json_builder_set_member_name (builder, "evaluations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < evaluations->len; i++)
    {
      RrEvaluation *evaluation = g_ptr_array_index (evaluations, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, evaluation->id);
      json_builder_set_member_name (builder, "community_id");
      json_builder_add_int_value (builder, evaluation->community_id);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, rr_evaluation_kind_get_id (evaluation->kind));
      add_month (builder, "period_start", evaluation->period_start);
      add_month (builder, "period_end", evaluation->period_end);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, evaluation->date);
      json_builder_set_member_name (builder, "catalog_id");
      json_builder_add_string_value (builder, evaluation->catalog_id);
      json_builder_set_member_name (builder, "catalog_version");
      json_builder_add_string_value (builder, evaluation->catalog_version);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, rr_evaluation_status_get_id (evaluation->status));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static int
project_info (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GPtrArray) streets = NULL;
  g_autoptr(GPtrArray) communities = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *output = NULL;

  project = rr_cli_open_project ("project info", path, FALSE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  streets = rr_project_list_streets (project, &error);
  if (streets != NULL)
    communities = rr_project_list_communities (project, &error);
  if (communities != NULL)
    evaluations = rr_project_list_evaluations (project, &error);
  if (evaluations == NULL)
    {
      g_printerr ("renren-eval project info: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "read_only");
  json_builder_add_boolean_value (builder, rr_project_is_read_only (project));
  build_places (builder, streets, communities);
  build_evaluations (builder, evaluations);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  output = json_generator_to_data (generator, NULL);
  fputs (output, stdout);
  fputc ('\n', stdout);
  return RR_EXIT_OK;
}

int
rr_cli_project (int    argc,
                char **argv)
{
  GOptionEntry entries[] = { { NULL } };

  if (!rr_cli_parse_options ("project", "new|info FILE",
                             _("Create a project file, or print its contents as JSON."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 3)
    return usage_error ("project", "new|info FILE");

  if (g_str_equal (argv[1], "new"))
    return project_new (argv[2]);
  if (g_str_equal (argv[1], "info"))
    return project_info (argv[2]);

  return usage_error ("project", "new|info FILE");
}

/* ------------------------------------------------------------------------ */
/* community add                                                            */
/* ------------------------------------------------------------------------ */

/* Finds the street named @name, or adds it with @kind. */
static gint64
ensure_street (RrProject     *project,
               const char    *name,
               RrStreetKind   kind,
               GError       **error)
{
  g_autoptr(RrStreet) street = NULL;
  GError *local_error = NULL;

  street = rr_project_find_street (project, name, &local_error);
  if (street != NULL)
    return street->id;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return 0;
    }

  return rr_project_add_street (project, name, kind, error);
}

static gboolean
parse_street_kind (const char   *name,
                   const char   *kind_name,
                   RrStreetKind *kind)
{
  if (kind_name != NULL)
    return rr_street_kind_from_name (kind_name, kind);

  *kind = g_str_has_suffix (name, "镇") ? RR_STREET_KIND_TOWN : RR_STREET_KIND_STREET;
  return TRUE;
}

static int
add_community (const char      *path,
               const char      *street_name,
               RrStreetKind     street_kind,
               const char      *name,
               RrCommunityType  type,
               const char      *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = rr_cli_open_project ("community add", path, TRUE);
  gint64 street_id;
  gint64 id = 0;

  if (project == NULL)
    return RR_EXIT_USAGE;

  /* The street and the community commit together or not at all. */
  if (!rr_project_begin (project, &error))
    {
      g_printerr ("renren-eval community add: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  street_id = ensure_street (project, street_name, street_kind, &error);
  if (street_id != 0)
    id = rr_project_add_community (project, street_id, name, type, code, &error);

  if (!rr_project_end (project, id != 0, &error))
    {
      g_printerr ("renren-eval community add: %s\n", error->message);
      return g_error_matches (error, RR_ERROR, RR_ERROR_INVALID_INPUT)
             ? RR_EXIT_INVALID
             : RR_EXIT_USAGE;
    }

  printf ("%lld\n", (long long) id);
  return RR_EXIT_OK;
}

int
rr_cli_community (int    argc,
                  char **argv)
{
  g_autofree char *name = NULL;
  g_autofree char *street = NULL;
  g_autofree char *street_kind_name = NULL;
  g_autofree char *type_id = NULL;
  g_autofree char *code = NULL;
  RrCommunityType type;
  RrStreetKind street_kind;
  GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Name of the 社区 or 村"), "NAME" },
    { "street", 0, 0, G_OPTION_ARG_STRING, &street,
      N_("Name of its 街道 or 镇, added when the project does not have it yet"), "STREET" },
    { "street-kind", 0, 0, G_OPTION_ARG_STRING, &street_kind_name,
      N_("街道 or 镇 for a new street (default: 镇 when the name ends in 镇)"), "KIND" },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_id,
      N_("community (社区) or village (村)"), "TYPE" },
    { "code", 0, 0, G_OPTION_ARG_STRING, &code,
      N_("Unique code of the community (optional)"), "CODE" },
    { NULL }
  };

  if (!rr_cli_parse_options ("community", "add FILE", _("Add a 社区 or 村 to a project."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc != 3 || !g_str_equal (argv[1], "add"))
    return usage_error ("community", "add FILE --name NAME --street STREET --type TYPE");

  if (name == NULL || *name == '\0' || street == NULL || *street == '\0')
    {
      g_printerr (_("renren-eval community add: --name and --street are required and must "
                    "not be empty\n"));
      return RR_EXIT_USAGE;
    }
  if (type_id == NULL || !rr_community_type_from_id (type_id, &type))
    {
      g_printerr (_("renren-eval community add: --type must be community (社区) or "
                    "village (村)\n"));
      return RR_EXIT_USAGE;
    }
  if (!parse_street_kind (street, street_kind_name, &street_kind))
    {
      g_printerr (_("renren-eval community add: --street-kind must be 街道 or 镇\n"));
      return RR_EXIT_USAGE;
    }

  return add_community (argv[2], street, street_kind, name, type, code);
}

/* ------------------------------------------------------------------------ */
/* evaluation new                                                           */
/* ------------------------------------------------------------------------ */

static gboolean
parse_period (const char *text,
              gint64     *start,
              gint64     *end)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return FALSE;

  parts = g_strsplit (text, "..", -1);
  return g_strv_length (parts) == 2 &&
         rr_month_parse (parts[0], start) &&
         rr_month_parse (parts[1], end) &&
         *start <= *end;
}

/* Finds a community by code, or by id when no community has that code. */
static RrCommunity *
find_community (RrProject  *project,
                const char *code_or_id)
{
  g_autoptr(RrCommunity) community = NULL;
  g_autoptr(GError) error = NULL;
  guint64 id;

  community = rr_project_find_community (project, code_or_id, &error);
  if (community == NULL && error == NULL &&
      g_ascii_string_to_unsigned (code_or_id, 10, 1, G_MAXINT64, &id, NULL))
    community = rr_project_get_community (project, id, &error);

  if (community != NULL)
    return g_steal_pointer (&community);

  if (error == NULL || g_error_matches (error, RR_ERROR, RR_ERROR_INVALID_INPUT))
    g_printerr (_("renren-eval evaluation new: no community has the code or id “%s”; run "
                  "“renren-eval project info” to list them\n"), code_or_id);
  else
    g_printerr ("renren-eval evaluation new: %s\n", error->message);

  return NULL;
}

static int
evaluation_new (const char       *path,
                const char       *community_ref,
                RrEvaluationKind  kind,
                gint64            start,
                gint64            end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RrProject) project = NULL;
  g_autoptr(RrCommunity) community = NULL;
  g_autoptr(RrCatalog) catalog = NULL;
  gint64 id;

  catalog = rr_catalog_load_default (&error);
  if (catalog == NULL)
    {
      g_printerr ("renren-eval evaluation new: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  project = rr_cli_open_project ("evaluation new", path, TRUE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  community = find_community (project, community_ref);
  if (community == NULL)
    return RR_EXIT_USAGE;

  id = rr_project_add_evaluation (project, community->id, kind, start, end, catalog, &error);
  if (id == 0)
    {
      g_printerr ("renren-eval evaluation new: %s\n", error->message);
      return RR_EXIT_USAGE;
    }

  /* The evaluation records the scoring template it will be scored by. */
  {
    g_autoptr(RrScoringTemplate) template = rr_scoring_template_load_default (catalog, &error);
    g_autoptr(RrScoringTemplate) recorded = template != NULL ? rr_project_get_template (project, id, template, &error)
                                                             : NULL;

    if (recorded == NULL)
      g_printerr ("renren-eval evaluation new: %s\n", error->message);
  }

  printf ("%lld\n", (long long) id);
  return RR_EXIT_OK;
}

/* `evaluation submit|finalise|reopen FILE ID`: a finalised evaluation
 * rejects every change until it is reopened with a reason. */
static int
evaluation_set_status (const char *action,
                       const char *path,
                       const char *id_text,
                       char       *reason)
{
  g_autoptr(RrProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  gboolean ok;

  if (!rr_cli_parse_id ("evaluation", "ID", id_text, &id))
    return RR_EXIT_USAGE;
  if (g_str_equal (action, "reopen") && (reason == NULL || *g_strstrip (reason) == '\0'))
    {
      g_printerr (_("renren-eval evaluation reopen: give the reason with --reason TEXT; it goes into the audit log\n"));
      return RR_EXIT_USAGE;
    }

  project = rr_cli_open_project ("evaluation", path, TRUE);
  if (project == NULL)
    return RR_EXIT_USAGE;

  if (g_str_equal (action, "reopen"))
    ok = rr_project_reopen_evaluation (project, id, reason, &error);
  else
    ok = rr_project_set_evaluation_status (project, id, g_str_equal (action, "finalise")
                                                       ? RR_EVALUATION_STATUS_FINALISED
                                                       : RR_EVALUATION_STATUS_SUBMITTED, &error);
  if (!ok)
    {
      g_printerr ("renren-eval evaluation %s: %s\n", action, error->message);
      return g_error_matches (error, RR_ERROR, RR_ERROR_INVALID_INPUT) ? RR_EXIT_INVALID : RR_EXIT_USAGE;
    }

  return RR_EXIT_OK;
}

int
rr_cli_evaluation (int    argc,
                   char **argv)
{
  g_autofree char *community = NULL;
  g_autofree char *kind_id = NULL;
  g_autofree char *period = NULL;
  g_autofree char *reason = NULL;
  RrEvaluationKind kind;
  gint64 start = 0;
  gint64 end = 0;
  GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why a finalised evaluation is reopened (for reopen)"), "TEXT" },
    { "community", 0, 0, G_OPTION_ARG_STRING, &community,
      N_("Code or id of the community to evaluate"), "CODE_OR_ID" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_id,
      N_("self (自我评价) or comprehensive (综合评价)"), "KIND" },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period,
      N_("First and last month of the evaluation period"), "YYYY-MM..YYYY-MM" },
    { NULL }
  };

  if (!rr_cli_parse_options ("evaluation", "(new FILE | submit FILE ID | finalise FILE ID | reopen FILE ID --reason TEXT)",
                             _("Start an evaluation of a community and print its id, or change its status."),
                             entries, &argc, &argv))
    return RR_EXIT_USAGE;

  if (argc == 4 && (g_str_equal (argv[1], "submit") || g_str_equal (argv[1], "finalise") ||
                    g_str_equal (argv[1], "reopen")))
    return evaluation_set_status (argv[1], argv[2], argv[3], reason);

  if (argc != 3 || !g_str_equal (argv[1], "new"))
    return usage_error ("evaluation", "new FILE --community CODE_OR_ID --kind KIND --period "
                        "YYYY-MM..YYYY-MM");

  if (community == NULL || *community == '\0')
    {
      g_printerr (_("renren-eval evaluation new: --community is required\n"));
      return RR_EXIT_USAGE;
    }
  if (kind_id == NULL || !rr_evaluation_kind_from_id (kind_id, &kind))
    {
      g_printerr (_("renren-eval evaluation new: --kind must be self (自我评价) or "
                    "comprehensive (综合评价)\n"));
      return RR_EXIT_USAGE;
    }
  if (!parse_period (period, &start, &end))
    {
      g_printerr (_("renren-eval evaluation new: --period “%s” is invalid; give the first and "
                    "last month as YYYY-MM..YYYY-MM, for example 2026-01..2026-12\n"),
                  period != NULL ? period : "");
      return RR_EXIT_USAGE;
    }

  return evaluation_new (argv[2], community, kind, start, end);
}
