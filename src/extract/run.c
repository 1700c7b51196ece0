/* run.c: the run context (extract.h): the lexicons and the language models of one run, each opened on
 * first use in the thread that owns the run and then shared read-only with every worker thread. */
#include "extract.h"

#include "../lang/lang.h"
#include "../lex/lex.h"

#include <stdlib.h>
#include <string.h>

struct kg_run {
	kg_run_opts opts;   /* as given; models_dir points into models_dir below */
	kg_lex_opts lex_opts; /* copy of *opts.lex, or zero (the environment, then the Debian defaults) */
	char *models_dir;   /* owned copy of opts.models_dir, NULL for the default folder */
	kg_lex *lex;        /* opened by the first kg_run_lex, NULL before */
	kg_lang *lang;      /* loaded by the first kg_run_lang, NULL before or when missing */
	int lang_tried;     /* 1 once loading lang was tried (missing models are not tried again) */
};

int kg_run_new(kg_run **out, const kg_run_opts *opts)
{
	static const kg_run_opts defaults = KG_RUN_OPTS_INIT;
	kg_run *run = calloc(1, sizeof(*run));

	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (!run)
		return KG_ENOMEM;
	run->opts = *opts;
	if (opts->lex)
		run->lex_opts = *opts->lex;
	run->opts.lex = &run->lex_opts;
	if (opts->models_dir && !(run->models_dir = kg_strdup(opts->models_dir))) {
		free(run);
		return KG_ENOMEM;
	}
	run->opts.models_dir = run->models_dir;
	*out = run;
	return KG_OK;
}

void kg_run_free(kg_run *run)
{
	if (!run)
		return;
	kg_lex_free(run->lex);
	kg_lang_free(run->lang);
	free(run->models_dir);
	free(run);
}

int kg_run_lex(const kg_lex **out, kg_run *run, kg_error *err)
{
	kg_error warning = { 0 };
	int rc;

	*out = NULL;
	if (!run->lex) {
		if ((rc = kg_lex_open(&run->lex, run->opts.lex, &warning)) < 0) {
			if (err)
				*err = warning;
			return rc;
		}
		if (warning.text[0] && run->opts.on_warning)
			run->opts.on_warning(&warning, run->opts.ctx);
	}
	*out = run->lex;
	return KG_OK;
}

const struct kg_lang *kg_run_lang(kg_run *run)
{
	kg_error err = { 0 };

	if (!run->lang_tried && !run->opts.no_models && kg_lang_new(&run->lang, run->opts.models_dir, &err) < 0)
		run->lang = NULL; /* missing or unreadable models: extraction goes on without them */
	run->lang_tried = 1;
	return run->lang;
}
