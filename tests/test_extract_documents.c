/* test_extract_documents.c: what the store needs from the extractors: SHA-256 content hashes,
 * entity and document lines of kg extract --documents, and the document hooks of the extractors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../src/extract/extract.h"

static void hash_of(char out[KG_HASH_HEX], const char *s, size_t n)
{
	kg_hash h;

	kg_hash_init(&h);
	kg_hash_update(&h, s, n);
	kg_hash_hex(&h, out);
}

static void test_extract__hashes_content_with_sha256(void **state)
{
	char hex[KG_HASH_HEX], streamed[KG_HASH_HEX];
	char *million = malloc(1000000);
	kg_hash h;

	(void)state;
	hash_of(hex, "", 0);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	hash_of(hex, "abc", 3);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	hash_of(hex, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	assert_non_null(million);
	memset(million, 'a', 1000000);
	hash_of(hex, million, 1000000);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	/* fed in uneven pieces, the digest is the same; reading it leaves the state as it was */
	kg_hash_init(&h);
	for (size_t off = 0, step = 1; off < 1000000; off += step, step = step * 7 % 997 + 1)
		kg_hash_update(&h, million + off, off + step > 1000000 ? 1000000 - off : step);
	kg_hash_hex(&h, streamed);
	assert_string_equal(streamed, hex);
	kg_hash_hex(&h, streamed);
	assert_string_equal(streamed, hex);
	free(million);
}

static void test_extract__tells_triple_entity_and_document_lines_apart(void **state)
{
	static const struct { const char *line; int kind; } cases[] = {
		{ "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\"}", KG_JSONL_TRIPLE },
		{ "{\"entity\":\"A\",\"type\":\"PERSON\"}", KG_JSONL_ENTITY },
		{ "{\"document\":\"d1\",\"hash\":\"ab\"}", KG_JSONL_DOCUMENT },
		{ "{\"id\":\"d1\",\"text\":\"Ada met Bo.\"}", -1 },
		{ "[\"subject\"]", -1 },
		{ "{\"subject\":", -1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(kg_jsonl_kind(cases[i].line, strlen(cases[i].line)), cases[i].kind);
}

static void test_extract__entity_lines_give_back_the_entity_with_its_order(void **state)
{
	kg_facts *f = NULL, *g = NULL;
	kg_entity *e;
	kg_error err = { 0 };
	char *buf = NULL;
	size_t len = 0, k;
	FILE *fp;

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_facts_add_entity(f, "Ada \"Q\" Quill", KG_TYPE_PERSON, NULL, 7, &k), 0);
	assert_int_equal(kg_facts_add_entity(f, "Ada \"Q\" Quill", KG_TYPE_PERSON, "Quill", 0, NULL), 0);
	assert_int_equal(kg_facts_add_entity(f, "Ada \"Q\" Quill", KG_TYPE_PERSON, "A. Quill", 0, NULL), 0);
	assert_int_equal(kg_strv_push(&f->entities[k].why, "Quill: surname\nof Ada"), 0);
	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(kg_entity_write_json(&f->entities[k], "doc-1", fp), 0);
	fclose(fp);
	assert_true(len > 0 && buf[len - 1] == '\n');
	assert_null(memchr(buf, '\n', len - 1));
	assert_non_null(strstr(buf, "\"doc\":\"doc-1\""));
	assert_int_equal(kg_jsonl_kind(buf, len - 1), KG_JSONL_ENTITY);

	assert_int_equal(kg_facts_new(&g), 0);
	assert_int_equal(kg_triple_parse_json(g, buf, len - 1, "x.jsonl", 1, &err), 0);
	assert_int_equal(g->n_triples, 0);
	assert_non_null(e = kg_facts_find(g, "Ada \"Q\" Quill"));
	assert_int_equal(e->type, KG_TYPE_PERSON);
	assert_int_equal(e->mentions, 7);
	assert_int_equal(e->aliases.n, 2);
	assert_string_equal(e->aliases.v[0], "Quill"); /* the order the extractor gave, not sorted */
	assert_string_equal(e->aliases.v[1], "A. Quill");
	assert_int_equal(e->why.n, 1);
	assert_string_equal(e->why.v[0], "Quill: surname\nof Ada");
	free(buf);
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_extract__document_lines_round_trip_and_are_checked(void **state)
{
	kg_doc_info d = { 0 }, back;
	kg_facts *f = NULL;
	kg_error err = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;
	const char *bad = "{\"document\":\"d\",\"entities\":-1}";

	(void)state;
	d.id = (char *)"news/001.txt";
	d.source = (char *)"in/news/001.txt";
	d.url = (char *)"https://example.org/a?b=\"c\"";
	strcpy(d.hash, "00ff");
	d.n_entities = 3;
	d.n_triples = 2;
	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(kg_doc_info_write_json(&d, fp), 0);
	fclose(fp);
	assert_int_equal(kg_jsonl_kind(buf, len - 1), KG_JSONL_DOCUMENT);
	assert_int_equal(kg_doc_info_parse_json(&back, buf, len - 1, "s.jsonl", 4, &err), 0);
	assert_string_equal(back.id, d.id);
	assert_string_equal(back.source, d.source);
	assert_null(back.date);
	assert_string_equal(back.url, d.url);
	assert_string_equal(back.hash, "00ff");
	assert_int_equal(back.n_entities, 3);
	assert_int_equal(back.n_triples, 2);
	kg_doc_info_clear(&back);
	/* the triples reader accepts a document line and adds nothing */
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_triple_parse_json(f, buf, len - 1, "s.jsonl", 4, &err), 0);
	assert_int_equal(f->n_entities + f->n_triples, 0);
	/* a negative count is refused with the line */
	assert_int_equal(kg_doc_info_parse_json(&back, bad, strlen(bad), "s.jsonl", 9, &err), KG_EPARSE);
	assert_int_equal(err.line, 9);
	assert_non_null(strstr(err.text, "entities"));
	free(buf);
	kg_facts_free(f);
}

/* What the document hooks saw. */
typedef struct seen {
	size_t batches;           /* facts callbacks */
	size_t done;              /* doc_done calls */
	char id[64];              /* the id in doc_done */
	char hash[KG_HASH_HEX];   /* the hash in doc_done */
	int doc_set_in_batches;   /* 1 while every facts callback saw opts->doc */
	kg_extract_opts *opts;    /* the run */
} seen;

static int on_facts(const kg_facts *facts, void *ctx)
{
	seen *s = ctx;

	(void)facts;
	s->batches++;
	if (!s->opts->doc || strcmp(s->opts->doc->id, "facts.jsonl") != 0)
		s->doc_set_in_batches = 0;
	return KG_OK;
}

static int on_done(const kg_doc_info *doc, void *ctx)
{
	seen *s = ctx;

	s->done++;
	snprintf(s->id, sizeof(s->id), "%s", doc->id);
	memcpy(s->hash, doc->hash, KG_HASH_HEX);
	return KG_OK;
}

static void test_extract__triples_stream_is_one_document_with_the_hash_of_its_bytes(void **state)
{
	const char *text = "{\"entity\":\"Lone Name\",\"type\":\"ORG\",\"mentions\":2}\n"
			   "{\"subject\":\"Ada\",\"predicate\":\"meet\",\"object\":\"Bo\"}\n"
			   "{\"document\":\"whatever\"}\n";
	char want[KG_HASH_HEX];
	kg_extract_opts opts;
	seen s = { 0 };
	FILE *fp;

	(void)state;
	memset(&opts, 0, sizeof(opts));
	opts.ctx = &s;
	opts.doc_done = on_done;
	s.opts = &opts;
	s.doc_set_in_batches = 1;
	assert_non_null(fp = fmemopen((void *)text, strlen(text), "r"));
	assert_int_equal(kg_extract_triples_stream(fp, "dir/facts.jsonl", KG_TRIPLES_SNIFF, &opts, on_facts), 0);
	fclose(fp);
	hash_of(want, text, strlen(text));
	assert_int_equal(opts.n_errors, 0);
	assert_int_equal(s.batches, 1);
	assert_true(s.doc_set_in_batches);
	assert_int_equal(s.done, 1);
	assert_string_equal(s.id, "facts.jsonl");
	assert_string_equal(s.hash, want);
	assert_null(opts.doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract__hashes_content_with_sha256),
		cmocka_unit_test(test_extract__tells_triple_entity_and_document_lines_apart),
		cmocka_unit_test(test_extract__entity_lines_give_back_the_entity_with_its_order),
		cmocka_unit_test(test_extract__document_lines_round_trip_and_are_checked),
		cmocka_unit_test(test_extract__triples_stream_is_one_document_with_the_hash_of_its_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
