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

static void test_extract__event_lines_round_trip_with_participants_roles_flags_and_dates(void **state)
{
	kg_event ev = { 0 };
	kg_facts *f = NULL, *g = NULL;
	kg_error err = { 0 };
	char id[KG_EVENT_ID_LEN];
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;
	const kg_event *back;

	(void)state;
	kg_event_make_id(id, "d1", 2, 40);
	ev.id = id;
	ev.type = KG_EVENT_VISIT;
	ev.trigger = (char *)"visit";
	ev.trigger_start = 40;
	ev.trigger_end = 45;
	ev.place = (char *)"Port <Elvar>";
	ev.date = (char *)"2025-02";
	ev.date_source = KG_DATE_DOCUMENT;
	ev.duration = (char *)"P3D";
	ev.flags = KG_EVENT_PLANNED | KG_EVENT_REPORTED;
	ev.evidence.doc = (char *)"d1";
	ev.evidence.sentence = 2;
	ev.evidence.start = 30;
	ev.evidence.end = 80;
	ev.evidence.text = (char *)"Oda \"Renk\" will visit.";
	ev.confidence = 0.8;
	ev.extractor = (char *)"test";
	assert_int_equal(kg_event_add_participant(&ev, "Oda \"Renk\"", KG_TYPE_PERSON, KG_ROLE_GUEST), 0);
	assert_int_equal(kg_event_add_participant(&ev, "Ilse Varo", KG_TYPE_PERSON, KG_ROLE_HOST), 0);
	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(kg_event_write_json(&ev, fp), 0);
	fclose(fp);
	assert_int_equal(kg_jsonl_kind(buf, len - 1), KG_JSONL_EVENT);
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_triple_parse_json(f, buf, len - 1, "s.jsonl", 1, &err), 0);
	assert_int_equal(f->n_events, 1);
	assert_int_equal(f->n_triples, 0);
	back = &f->events[0];
	assert_string_equal(back->id, id);
	assert_int_equal(back->type, KG_EVENT_VISIT);
	assert_string_equal(back->trigger, "visit");
	assert_int_equal(back->trigger_start, 40);
	assert_int_equal(back->trigger_end, 45);
	assert_string_equal(back->place, "Port <Elvar>");
	assert_string_equal(back->date, "2025-02");
	assert_int_equal(back->date_source, KG_DATE_DOCUMENT);
	assert_string_equal(back->duration, "P3D");
	assert_int_equal(back->flags, KG_EVENT_PLANNED | KG_EVENT_REPORTED);
	assert_string_equal(back->evidence.doc, "d1");
	assert_int_equal(back->evidence.sentence, 2);
	assert_int_equal(back->evidence.start, 30);
	assert_int_equal(back->evidence.end, 80);
	assert_string_equal(back->evidence.text, ev.evidence.text);
	assert_int_equal(back->n_participants, 2);
	assert_string_equal(back->participants[0].name, "Oda \"Renk\"");
	assert_int_equal(back->participants[0].role, KG_ROLE_GUEST);
	assert_int_equal(back->participants[1].role, KG_ROLE_HOST);
	assert_non_null(kg_facts_find(f, "Ilse Varo"));
	/* written again, the line is the same bytes */
	{
		char *again = NULL;
		size_t n = 0;

		assert_non_null(fp = open_memstream(&again, &n));
		assert_int_equal(kg_event_write_json(back, fp), 0);
		fclose(fp);
		assert_string_equal(again, buf);
		free(again);
	}
	/* the derived triples carry the event id, date and source through their own lines */
	assert_int_equal(kg_facts_new(&g), 0);
	assert_int_equal(kg_event_derive(g, back), 0);
	assert_int_equal(g->n_triples, 2);
	free(buf);
	buf = NULL;
	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(kg_triple_write_json(&g->triples[0], g, fp), 0);
	fclose(fp);
	assert_non_null(strstr(buf, "\"attrs\":{\"date\":\"2025-02\",\"date_source\":\"document\",\"event\":\"ev-"));
	kg_facts_free(f);
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_triple_parse_json(f, buf, len - 1, "s.jsonl", 1, &err), 0);
	assert_int_equal(f->n_triples, 1);
	assert_string_equal(f->triples[0].attrs.event, id);
	assert_string_equal(f->triples[0].attrs.date, "2025-02");
	assert_int_equal(f->triples[0].attrs.date_source, KG_DATE_DOCUMENT);
	assert_string_equal(f->triples[0].attrs.modality, "planned");
	free(buf);
	kg_facts_free(f);
	kg_facts_free(g);
	/* the other fields of ev are borrowed; only the participants were allocated */
	for (size_t i = 0; i < ev.n_participants; i++)
		free(ev.participants[i].name);
	free(ev.participants);
}

static void test_extract__bad_event_and_date_fields_are_errors_naming_the_valid_values(void **state)
{
	static const struct { const char *line; const char *says; } cases[] = {
		{ "{\"event\":\"e1\",\"type\":\"party\"}", "meeting, call, visit, summit" },
		{ "{\"event\":\"e1\",\"type\":\"call\",\"date\":\"2025-13\"}", "YYYY-MM-DD, YYYY-MM or YYYY" },
		{ "{\"event\":\"e1\",\"type\":\"call\",\"flags\":[\"maybe\"]}", "planned, negated, reported" },
		{ "{\"event\":\"e1\",\"type\":\"call\",\"participants\":[{\"name\":\"A\",\"role\":\"chair\"}]}",
		  "host, guest, participant" },
		{ "{\"event\":\"e1\",\"type\":\"call\",\"date_source\":\"today\"}", "text, document, none" },
		{ "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"attrs\":{\"date\":\"last week\","
		  "\"date_source\":\"text\"}}", "YYYY-MM-DD, YYYY-MM or YYYY" },
		{ "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"attrs\":{\"date_source\":\"clock\"}}",
		  "text, document, none" },
	};
	kg_facts *f = NULL;

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		kg_error err = { 0 };

		assert_int_equal(kg_triple_parse_json(f, cases[i].line, strlen(cases[i].line), "x.jsonl", 9, &err), KG_EPARSE);
		assert_int_equal(err.line, 9);
		assert_non_null(strstr(err.text, cases[i].says));
	}
	assert_int_equal(f->n_events + f->n_triples, 0);
	kg_facts_free(f);
}

static void test_extract__document_lines_carry_title_date_source_and_event_count(void **state)
{
	kg_doc_info d = { 0 }, back;
	kg_error err = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	(void)state;
	d.id = (char *)"a1";
	d.date = (char *)"2025-02-03";
	d.date_source = KG_DATE_DOCUMENT;
	d.title = (char *)"Talks <b>resume</b>";
	d.n_entities = 1;
	d.n_triples = 2;
	d.n_events = 1;
	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(kg_doc_info_write_json(&d, fp), 0);
	fclose(fp);
	assert_int_equal(kg_doc_info_parse_json(&back, buf, len - 1, "s.jsonl", 1, &err), 0);
	assert_string_equal(back.title, d.title);
	assert_string_equal(back.date, "2025-02-03");
	assert_int_equal(back.date_source, KG_DATE_DOCUMENT);
	assert_int_equal(back.n_events, 1);
	kg_doc_info_clear(&back);
	free(buf);
	/* without them the line is what it was before events existed */
	d.title = NULL;
	d.date_source = KG_DATE_NONE;
	d.n_events = 0;
	buf = NULL;
	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(kg_doc_info_write_json(&d, fp), 0);
	fclose(fp);
	assert_string_equal(buf, "{\"date\":\"2025-02-03\",\"document\":\"a1\",\"entities\":1,\"hash\":\"\",\"source\":null,"
				 "\"triples\":2,\"url\":null}\n");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract__hashes_content_with_sha256),
		cmocka_unit_test(test_extract__tells_triple_entity_and_document_lines_apart),
		cmocka_unit_test(test_extract__entity_lines_give_back_the_entity_with_its_order),
		cmocka_unit_test(test_extract__document_lines_round_trip_and_are_checked),
		cmocka_unit_test(test_extract__triples_stream_is_one_document_with_the_hash_of_its_bytes),
		cmocka_unit_test(test_extract__event_lines_round_trip_with_participants_roles_flags_and_dates),
		cmocka_unit_test(test_extract__bad_event_and_date_fields_are_errors_naming_the_valid_values),
		cmocka_unit_test(test_extract__document_lines_carry_title_date_source_and_event_count),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
