/* fuzz_news.c: harness of the news path, from a file to JSON Lines: kg_extract_news_run reads the
 * input as a plain text document (or as JSON Lines documents when it starts with '{'), checks and
 * repairs its UTF-8, normalises, splits and tokenises it, recognises entities and relations and applies
 * the limits; each document's facts are then resolved (kg_resolve) and written as JSON Lines, which
 * must read back. The first byte of the input chooses options: bits 0-1 any set: --replace-invalid;
 * bit 2: sentences cut at 8 tokens; bit 3: at most 4 entities per document. */
#include "fuzz.h"

#include "../../src/extract/extract.h"
#include "../../src/lex/lex.h"
#include "../../src/resolve/resolve.h"

/* The run context of every input: the lexicons are opened by the first one, as in one long kg run. */
static kg_run *run;

/* Checks the facts of one document, resolves them and round-trips their triples through JSON. */
static int on_facts(const kg_facts *facts, void *ctx)
{
	kg_facts *resolved = NULL, *back = NULL;
	const kg_lex *lex;
	kg_error err = { 0 };
	fuzz_mem m;
	int rc;

	(void)ctx;
	for (size_t i = 0; i < facts->n_entities; i++)
		FUZZ_CHECK(fuzz_utf8(facts->entities[i].name) && facts->entities[i].name[0],
			   "entity %zu has an empty name or invalid UTF-8", i);
	for (size_t i = 0; i < facts->n_triples; i++) {
		const kg_triple *t = &facts->triples[i];

		FUZZ_CHECK(t->subject && t->subject[0] && t->predicate && t->predicate[0] && t->object && t->object[0],
			   "triple %zu lacks a subject, predicate or object", i);
		FUZZ_CHECK(kg_facts_find(facts, t->subject) && kg_facts_find(facts, t->object),
			   "triple %zu names an entity the facts do not hold", i);
		FUZZ_CHECK(t->evidence.start <= t->evidence.end, "triple %zu: evidence ends before it starts", i);
		FUZZ_CHECK(!t->evidence.text || fuzz_utf8(t->evidence.text), "triple %zu: evidence is not UTF-8", i);
	}
	FUZZ_CHECK(kg_run_lex(&lex, run, &err) == KG_OK, "no lexicons: %s", err.text);
	rc = kg_resolve(&resolved, facts, lex, &err);
	FUZZ_CHECK(rc == KG_OK, "kg_resolve failed: %s", err.text);
	fuzz_mem_open(&m);
	for (size_t i = 0; i < resolved->n_triples; i++)
		FUZZ_CHECK(kg_triple_write_json(&resolved->triples[i], resolved, m.fp) == KG_OK, "cannot write triple %zu", i);
	fuzz_mem_close(&m);
	if (kg_facts_new(&back) < 0)
		fuzz_fail("out of memory");
	for (size_t off = 0, line = 1; off < m.len; line++) {
		char *nl = memchr(m.buf + off, '\n', m.len - off);
		size_t end = nl ? (size_t)(nl - m.buf) : m.len;

		rc = kg_triple_parse_json(back, m.buf + off, end - off, "back", (long)line, &err);
		FUZZ_CHECK(rc == KG_OK, "kg extract's line %zu does not read back: %s", line, err.text);
		off = end + 1;
	}
	FUZZ_CHECK(back->n_triples == resolved->n_triples, "%zu triples written, %zu read back",
		   resolved->n_triples, back->n_triples);
	for (size_t i = 0; i < back->n_triples; i++)
		FUZZ_CHECK(strcmp(back->triples[i].subject, resolved->triples[i].subject) == 0 &&
			   strcmp(back->triples[i].object, resolved->triples[i].object) == 0 &&
			   strcmp(back->triples[i].predicate, resolved->triples[i].predicate) == 0,
			   "triple %zu changed in the JSON round trip", i);
	kg_facts_free(back);
	kg_facts_free(resolved);
	fuzz_mem_free(&m);
	return KG_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const kg_run_opts lex_only = { KG_RUN_OPTS_VERSION, NULL, NULL, 1, NULL, NULL };
	kg_extract_opts opts;
	const char *path;
	unsigned flags;

	if (size < 1 || size > (1 << 16))
		return 0;
	flags = data[0];
	if (!run && kg_run_new(&run, &lex_only) < 0)
		fuzz_fail("out of memory");
	memset(&opts, 0, sizeof(opts));
	opts.run = run;
	opts.replace_invalid = (flags & 3) != 0;
	opts.max_sentence_tokens = (flags & 4) ? 8 : 0;
	opts.max_entities = (flags & 8) ? 4 : 0;
	opts.on_error = fuzz_quiet_error;
	path = fuzz_write_file(size > 1 && data[1] == '{' ? "doc.jsonl" : "doc.txt", data + 1, size - 1);
	kg_extract_news_run(path, &opts, on_facts);
	return 0;
}
