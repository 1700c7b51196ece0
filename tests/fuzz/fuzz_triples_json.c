/* fuzz_triples_json.c: harness of kg_triple_parse_json, the JSON object of one triple (or entity or
 * document line): any input is parsed; when it is accepted, each triple is written back with
 * kg_triple_write_json and must parse again to the same subject, predicate, object, types, attributes
 * and evidence. */
#include "fuzz.h"

#include "../../src/extract/extract.h"

/* 1 when two optional strings are equal. */
static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kg_facts *facts = NULL, *back = NULL;
	kg_error err = { 0 };
	fuzz_mem m;

	if (size > (1 << 16))
		return 0;
	if (kg_facts_new(&facts) < 0 || kg_facts_new(&back) < 0)
		fuzz_fail("out of memory");
	if (kg_triple_parse_json(facts, (const char *)data, size, "fuzz.jsonl", 1, &err) == KG_OK) {
		for (size_t i = 0; i < facts->n_triples; i++) {
			const kg_triple *t = &facts->triples[i], *u;

			fuzz_mem_open(&m);
			FUZZ_CHECK(kg_triple_write_json(t, facts, m.fp) == KG_OK, "cannot write the triple");
			fuzz_mem_close(&m);
			FUZZ_CHECK(m.len > 0 && m.buf[m.len - 1] == '\n' && !memchr(m.buf, '\n', m.len - 1),
				   "the triple is not written on one line");
			FUZZ_CHECK(kg_triple_parse_json(back, m.buf, m.len - 1, "back.jsonl", 1, &err) == KG_OK,
				   "the written triple does not read back: %s: %s", err.text, m.buf);
			u = &back->triples[back->n_triples - 1];
			FUZZ_CHECK(same(t->subject, u->subject) && same(t->predicate, u->predicate) &&
				   same(t->object, u->object) && t->subject_type == u->subject_type &&
				   t->object_type == u->object_type, "the triple changed: %s", m.buf);
			FUZZ_CHECK(same(t->attrs.title, u->attrs.title) && same(t->attrs.location, u->attrs.location) &&
				   same(t->attrs.date, u->attrs.date) && same(t->attrs.modality, u->attrs.modality),
				   "the attributes changed: %s", m.buf);
			FUZZ_CHECK(same(t->evidence.doc, u->evidence.doc) && same(t->evidence.text, u->evidence.text) &&
				   t->evidence.sentence == u->evidence.sentence && t->evidence.start == u->evidence.start &&
				   t->evidence.end == u->evidence.end, "the evidence changed: %s", m.buf);
			fuzz_mem_free(&m);
		}
	}
	kg_facts_free(facts);
	kg_facts_free(back);
	return 0;
}
