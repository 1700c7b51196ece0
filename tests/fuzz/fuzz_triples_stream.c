/* fuzz_triples_stream.c: harness of kg_extract_triples_stream, the triples reader of whole files: JSON
 * Lines or TSV (with or without a header), blank and comment lines, CRLF, NUL bytes, invalid UTF-8,
 * lines over the limit, --strict. The first byte of the input chooses options: its value mod 3 the
 * format (sniffed, JSON Lines, TSV); bit 2 --strict; bit 3 --replace-invalid; bit 4 a line limit of 64
 * bytes. Every batch handed over must hold only valid UTF-8 names and triples whose entities it holds. */
#include "fuzz.h"

#include "../../src/extract/extract.h"

static int on_batch(const kg_facts *facts, void *ctx)
{
	size_t *n = ctx;

	for (size_t i = 0; i < facts->n_entities; i++)
		FUZZ_CHECK(fuzz_utf8(facts->entities[i].name) && facts->entities[i].name[0],
			   "entity %zu has an empty name or invalid UTF-8", i);
	for (size_t i = 0; i < facts->n_triples; i++) {
		const kg_triple *t = &facts->triples[i];

		FUZZ_CHECK(t->subject[0] && t->predicate[0] && t->object[0], "triple %zu has an empty field", i);
		FUZZ_CHECK(fuzz_utf8(t->predicate), "triple %zu: the predicate is not UTF-8", i);
		FUZZ_CHECK(kg_facts_find(facts, t->subject) && kg_facts_find(facts, t->object),
			   "triple %zu names an entity the batch does not hold", i);
		FUZZ_CHECK(t->confidence >= 0 && t->confidence <= 1, "triple %zu: confidence out of range", i);
		FUZZ_CHECK(t->evidence.start <= t->evidence.end, "triple %zu: evidence ends before it starts", i);
	}
	*n += facts->n_triples;
	return KG_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int formats[3] = { KG_TRIPLES_SNIFF, KG_TRIPLES_JSONL, KG_TRIPLES_TSV };
	kg_extract_opts opts;
	char *copy;
	FILE *fp;
	size_t n = 0;
	unsigned flags;

	if (size < 2 || size > (1 << 16))
		return 0;
	flags = data[0];
	memset(&opts, 0, sizeof(opts));
	opts.strict = (flags & 4) != 0;
	opts.replace_invalid = (flags & 8) != 0;
	opts.max_doc_bytes = (flags & 16) ? 64 : 0;
	opts.on_error = fuzz_quiet_error;
	opts.ctx = &n;
	if (!(copy = malloc(size - 1)))
		fuzz_fail("out of memory");
	memcpy(copy, data + 1, size - 1);
	if (!(fp = fmemopen(copy, size - 1, "rb")))
		fuzz_fail("fmemopen failed");
	kg_extract_triples_stream(fp, "fuzz.in", formats[flags % 3], &opts, on_batch);
	fclose(fp);
	free(copy);
	return 0;
}
