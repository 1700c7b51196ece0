/* news.c: the news extractor module: reads documents and runs entity, coreference and relation
 * extraction on each, handing every document's facts to the caller as soon as it is done. */
#include "extract.h"

#include "../ner/ner.h"
#include "../text/text.h"

#include <string.h>

/* State of one run. */
typedef struct news_run {
	kg_extract_opts *opts; /* borrowed */
	kg_facts_cb cb;        /* receives each document's facts */
	const kg_lex *lex;     /* borrowed, process-wide */
	int stop;              /* the callback's negative code, when it asked to stop */
} news_run;

static void on_read_error(const kg_error *err, void *ctx)
{
	news_run *r = ctx;

	kg_extract_report(r->opts, err, 0);
}

static int on_doc(kg_doc *doc, void *ctx)
{
	news_run *r = ctx;
	kg_facts *facts = NULL;
	kg_error err;
	int rc;

	memset(&err, 0, sizeof(err));
	r->opts->n_docs++;
	if ((rc = kg_facts_new(&facts)) < 0)
		goto done;
	if ((rc = kg_news_extract(facts, doc, r->lex, &err)) < 0) {
		kg_extract_report(r->opts, &err, 0);
		rc = rc == KG_ENOMEM ? rc : KG_OK; /* one broken document never sinks the batch */
		goto done;
	}
	if ((rc = r->cb(facts, r->opts->ctx)) < 0)
		r->stop = rc;
done:
	kg_facts_free(facts);
	kg_doc_free(doc);
	return rc;
}

int kg_extract_news_run(const char *path, kg_extract_opts *opts, kg_facts_cb cb)
{
	news_run r;
	kg_read_opts ro;
	size_t n_errors = 0;
	int rc;

	memset(&r, 0, sizeof(r));
	r.opts = opts;
	r.cb = cb;
	r.lex = kg_lex_default();
	if (!r.lex)
		return KG_ENOMEM;
	ro.replace_invalid = opts->replace_invalid;
	ro.max_doc_bytes = opts->max_doc_bytes ? opts->max_doc_bytes : (size_t)64 << 20;
	rc = kg_text_read_path(path, &ro, on_doc, on_read_error, &r, &n_errors);
	if (r.stop)
		return r.stop;
	return rc;
}
