/* main.c: the kg command: global options and the table of subcommands. */
#include "cli.h"

#include <string.h>

static int run_help(const kg_cli_cmd *cmd, int argc, char **argv);

static const kg_cli_cmd kg_cmd_help = {
	"help", run_help, "show the help of kg or of a command", "[COMMAND]",
	"Prints the overview of kg, or the help of COMMAND (the same as 'kg COMMAND --help').",
	NULL, "  kg help query\n", NULL,
};

/* Every subcommand, in the order of kg --help. */
static const kg_cli_cmd *const commands[] = {
	&kg_cmd_build, &kg_cmd_extract, &kg_cmd_query, &kg_cmd_explain, &kg_cmd_render, &kg_cmd_report, &kg_cmd_ner,
	&kg_cmd_eval, &kg_cmd_parse, &kg_cmd_train, &kg_cmd_text,
	&kg_cmd_add, &kg_cmd_merge, &kg_cmd_export, &kg_cmd_help,
};
#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

static const kg_cli_cmd *find_command(const char *name)
{
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

static void overview(FILE *fp)
{
	fprintf(fp, "kg %s: knowledge graphs from English news (who met whom, who holds which office,\n"
		    "who leads what, who went where), each edge with its evidence sentence.\n\n"
		    "usage: kg COMMAND [OPTIONS] [ARGUMENTS]\n"
		    "       kg --help | --version\n\nCommands:\n", KG_VERSION);
	for (size_t i = 0; i < N_COMMANDS; i++)
		fprintf(fp, "  %-9s %s\n", commands[i]->name, commands[i]->summary);
	fputs("\nStart here:\n"
	      "  kg build examples -o out        # read the bundled news: out/graph.json, graph.svg, ...\n"
	      "  kg report                       # out/report.html: the graph and its tables, for a browser\n"
	      "  kg query met Blinken            # who met Blinken, with the sentences that say so\n"
	      "  kg render --ego Blinken -o blinken.png   # one person's relations, as a picture\n",
	      fp);
	fputs("\nRun 'kg COMMAND --help' for the options and examples of a command, 'man kg' for the manual.\n"
	      "Data goes to standard output, messages to standard error.\n"
	      "Exit status: 0 ok, 1 nothing found, 2 usage or input error (also when only some inputs failed).\n",
	      fp);
}

static int run_help(const kg_cli_cmd *cmd, int argc, char **argv)
{
	kg_strv operands = { 0 };
	const kg_cli_cmd *topic;
	int rc = kg_cli_parse(cmd, argc, argv, NULL, &operands);

	if (rc != 0) {
		kg_strv_clear(&operands);
		return rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
	}
	if (operands.n == 0) {
		overview(stdout);
		rc = KG_EXIT_OK;
	} else if (operands.n == 1 && (topic = find_command(operands.v[0]))) {
		kg_cli_help(topic, stdout);
		rc = KG_EXIT_OK;
	} else {
		rc = kg_cli_usage_error(cmd, "no command named '%s'", operands.v[0]);
	}
	kg_strv_clear(&operands);
	return rc;
}

int main(int argc, char **argv)
{
	const kg_cli_cmd *cmd;

	kg_cli_term_init();
	if (argc < 2) {
		overview(stderr);
		return KG_EXIT_ERROR;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		overview(stdout);
		return KG_EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("kg %s\n", KG_VERSION);
		return KG_EXIT_OK;
	}
	if (argv[1][0] == '-')
		return kg_cli_usage_error(NULL, "unknown option '%s' (a command comes first: kg COMMAND ...)", argv[1]);
	if (!(cmd = find_command(argv[1])))
		return kg_cli_usage_error(NULL, "no command named '%s'", argv[1]);
	return cmd->run(cmd, argc - 1, argv + 1);
}
