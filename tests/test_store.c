/* test_store.c: the SQLite fact store: facts come back as they were put, one document per
 * transaction, same hash unchanged, changed hash replaced, id order, schema versions refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../src/store/store.h"

/* A fresh path for a store file in the temporary directory; the caller removes it with drop_store. */
static char *store_path(void)
{
	static int n;
	const char *dir = getenv("TMPDIR");
	char *p = malloc(512);

	assert_non_null(p);
	snprintf(p, 512, "%s/kg-store-test-%ld-%d.db", dir && dir[0] ? dir : "/tmp", (long)getpid(), n++);
	unlink(p);
	return p;
}

/* Removes a store file and its WAL companions, frees path. */
static void drop_store(char *path)
{
	char side[600];

	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
	unlink(path);
	free(path);
}

/* Adds a triple with every field set from a few words. */
static void add_triple(kg_facts *f, const char *s, const char *p, const char *o, const char *doc, long sentence,
		       double confidence)
{
	kg_triple t = kg_triple_view(s, KG_TYPE_PERSON, p, o, KG_TYPE_PLACE);

	t.attrs.title = (char *)"Foreign \"Minister\"";
	t.attrs.modality = sentence % 2 ? (char *)"planned" : NULL;
	t.evidence.doc = (char *)doc;
	t.evidence.sentence = sentence;
	t.evidence.start = (size_t)sentence * 10;
	t.evidence.end = (size_t)sentence * 10 + 9;
	t.evidence.text = (char *)"Ada met Bo in Oslo; \"quoted\", with a, comma.";
	t.confidence = confidence;
	t.extractor = (char *)"news";
	assert_int_equal(kg_facts_add_triple(f, &t), 0);
}

/* A document's facts as an extractor gives them: entities with aliases, why lines and mentions. */
static kg_facts *doc_facts(const char *doc, const char *who)
{
	kg_facts *f = NULL;
	size_t k;

	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_facts_add_entity(f, who, KG_TYPE_PERSON, NULL, 3, &k), 0);
	assert_int_equal(kg_facts_add_entity(f, who, KG_TYPE_PERSON, "Quill", 0, NULL), 0);
	assert_int_equal(kg_facts_add_entity(f, who, KG_TYPE_PERSON, "A. Quill", 0, NULL), 0);
	assert_int_equal(kg_strv_push(&f->entities[k].why, "Quill: surname of Ada Quill"), 0);
	assert_int_equal(kg_facts_add_entity(f, "Oslo", KG_TYPE_PLACE, NULL, 2, NULL), 0);
	assert_int_equal(kg_facts_add_entity(f, "Lone Entity", KG_TYPE_UNKNOWN, NULL, 1, NULL), 0);
	add_triple(f, who, "visits", "Oslo", doc, 0, 0.8);
	add_triple(f, who, "meet", "Oslo", doc, 1, 0.75);
	return f;
}

static void assert_str_or_null(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

/* Fails unless a and b hold the same entities and triples in the same order. */
static void assert_facts_equal(const kg_facts *a, const kg_facts *b)
{
	assert_int_equal(a->n_entities, b->n_entities);
	assert_int_equal(a->n_triples, b->n_triples);
	for (size_t i = 0; i < a->n_entities; i++) {
		const kg_entity *x = &a->entities[i], *y = &b->entities[i];

		assert_string_equal(x->name, y->name);
		assert_int_equal(x->type, y->type);
		assert_int_equal(x->mentions, y->mentions);
		assert_int_equal(x->aliases.n, y->aliases.n);
		for (size_t k = 0; k < x->aliases.n; k++)
			assert_string_equal(x->aliases.v[k], y->aliases.v[k]);
		assert_int_equal(x->why.n, y->why.n);
		for (size_t k = 0; k < x->why.n; k++)
			assert_string_equal(x->why.v[k], y->why.v[k]);
	}
	for (size_t i = 0; i < a->n_triples; i++) {
		const kg_triple *x = &a->triples[i], *y = &b->triples[i];

		assert_string_equal(x->subject, y->subject);
		assert_int_equal(x->subject_type, y->subject_type);
		assert_string_equal(x->predicate, y->predicate);
		assert_string_equal(x->object, y->object);
		assert_int_equal(x->object_type, y->object_type);
		assert_str_or_null(x->attrs.title, y->attrs.title);
		assert_str_or_null(x->attrs.location, y->attrs.location);
		assert_str_or_null(x->attrs.date, y->attrs.date);
		assert_str_or_null(x->attrs.modality, y->attrs.modality);
		assert_str_or_null(x->evidence.doc, y->evidence.doc);
		assert_int_equal(x->evidence.sentence, y->evidence.sentence);
		assert_int_equal(x->evidence.start, y->evidence.start);
		assert_int_equal(x->evidence.end, y->evidence.end);
		assert_str_or_null(x->evidence.text, y->evidence.text);
		assert_true(x->confidence == y->confidence);
		assert_str_or_null(x->extractor, y->extractor);
		assert_int_equal(x->attrs.date_source, y->attrs.date_source);
		assert_str_or_null(x->attrs.event, y->attrs.event);
	}
	assert_int_equal(a->n_events, b->n_events);
	for (size_t i = 0; i < a->n_events; i++) {
		const kg_event *x = &a->events[i], *y = &b->events[i];

		assert_string_equal(x->id, y->id);
		assert_int_equal(x->type, y->type);
		assert_str_or_null(x->trigger, y->trigger);
		assert_int_equal(x->trigger_start, y->trigger_start);
		assert_int_equal(x->trigger_end, y->trigger_end);
		assert_str_or_null(x->place, y->place);
		assert_str_or_null(x->date, y->date);
		assert_int_equal(x->date_source, y->date_source);
		assert_str_or_null(x->duration, y->duration);
		assert_int_equal(x->flags, y->flags);
		assert_str_or_null(x->evidence.doc, y->evidence.doc);
		assert_int_equal(x->evidence.sentence, y->evidence.sentence);
		assert_str_or_null(x->evidence.text, y->evidence.text);
		assert_true(x->confidence == y->confidence);
		assert_int_equal(x->n_participants, y->n_participants);
		for (size_t k = 0; k < x->n_participants; k++) {
			assert_string_equal(x->participants[k].name, y->participants[k].name);
			assert_int_equal(x->participants[k].type, y->participants[k].type);
			assert_int_equal(x->participants[k].role, y->participants[k].role);
		}
	}
}

/* The content hash the tests give document name with version hash: distinct per name. */
static const char *hash_of(const char *name, const char *hash)
{
	static char buf[4][128];
	static int next;
	char *b = buf[next++ % 4];

	snprintf(b, sizeof(buf[0]), "%s-%s", name, hash);
	return b;
}

/* Puts facts as doc, expecting change; returns what kg_store_put said it replaced (caller frees). */
static char *put_doc(kg_store *s, const kg_store_doc *d, const kg_facts *f, kg_store_change want)
{
	kg_store_change change;
	kg_error err = { 0 };
	char *replaced = NULL;

	assert_int_equal(kg_store_put(s, d, f, &change, &replaced, &err), 0);
	assert_int_equal(change, want);
	if (want != KG_STORE_REPLACED)
		assert_null(replaced);
	return replaced;
}

/* Puts facts as the document named id, from origin id, with version hash, expecting change. */
static void put(kg_store *s, const char *id, const char *hash, const kg_facts *f, kg_store_change want)
{
	kg_store_doc d = { .name = id, .source = "test", .origin = id, .hash = hash_of(id, hash) };

	free(put_doc(s, &d, f, want));
}

/* 1 when the document named id is stored with version hash. */
static int has(kg_store *s, const char *id, const char *hash)
{
	kg_store_doc d = { .name = id, .hash = hash_of(id, hash) };
	kg_error err = { 0 };

	return kg_store_has(s, &d, &err);
}

/* kg_store_get of the document named id with version hash. */
static int get(kg_store *s, const char *id, const char *hash, kg_facts *out)
{
	kg_store_doc d = { .name = id, .hash = hash_of(id, hash) };
	kg_error err = { 0 };
	char *key = kg_store_doc_id(&d);
	int rc;

	assert_non_null(key);
	rc = kg_store_get(s, key, out, &err);
	free(key);
	return rc;
}

static void test_graph_store__gives_back_the_facts_that_were_put(void **state)
{
	kg_store *s = NULL;
	kg_facts *in = doc_facts("doc-1", "Ada Quill"), *out = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put(s, "doc-1", "h1", in, KG_STORE_ADDED);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_int_equal(get(s, "doc-1", "h1", out), 0);
	assert_facts_equal(in, out);
	assert_int_equal(kg_store_check(s, &err), 0);
	kg_facts_free(in);
	kg_facts_free(out);
	kg_store_free(s);
}

static void test_graph_store__puts_many_documents_in_order_as_single_puts_would(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("doc-1", "Ada Quill"), *b = doc_facts("doc-2", "Bo Lind"), *out = NULL;
	kg_store_doc d[3] = {
		{ .name = "doc-1", .source = "test", .origin = "doc-1", .hash = hash_of("doc-1", "h1") },
		{ .name = "doc-2", .source = "test", .origin = "doc-2", .hash = hash_of("doc-2", "h1") },
		{ .name = "doc-1", .source = "test", .origin = "doc-1", .hash = hash_of("doc-1", "h2") },
	};
	kg_store_item items[3] = { { .doc = &d[0], .facts = a }, { .doc = &d[1], .facts = b },
				   { .doc = &d[2], .facts = b } };
	kg_error err = { 0 };
	size_t n = 9;

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	assert_int_equal(kg_store_put_many(s, items, 3, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(items[0].change, KG_STORE_ADDED);
	assert_int_equal(items[1].change, KG_STORE_ADDED);
	/* the third is a new content of the first's origin, put after it in the same transaction */
	assert_int_equal(items[2].change, KG_STORE_REPLACED);
	assert_null(items[0].replaced);
	assert_non_null(items[2].replaced);
	assert_non_null(strstr(items[2].replaced, "doc-1"));
	free(items[2].replaced);
	assert_int_equal(has(s, "doc-1", "h1"), 0);
	assert_int_equal(has(s, "doc-1", "h2"), 1);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_int_equal(get(s, "doc-2", "h1", out), 0);
	assert_facts_equal(b, out);
	/* the same documents again: nothing written */
	assert_int_equal(kg_store_put_many(s, &items[1], 2, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(items[1].change, KG_STORE_UNCHANGED);
	assert_int_equal(items[2].change, KG_STORE_UNCHANGED);
	assert_int_equal(kg_store_check(s, &err), 0);
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(out);
	kg_store_free(s);
}

static void test_graph_store__puts_many_up_to_the_document_that_fails_and_none_of_it(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("doc-1", "Ada Quill"), *bad = doc_facts("doc-2", "Bo Lind");
	kg_store_doc d[3] = {
		{ .name = "doc-1", .hash = hash_of("doc-1", "h1") },
		{ .name = "doc-2", .hash = hash_of("doc-2", "h1") },
		{ .name = "doc-3", .hash = hash_of("doc-3", "h1") },
	};
	kg_store_item items[3] = { { .doc = &d[0], .facts = a }, { .doc = &d[1], .facts = bad },
				   { .doc = &d[2], .facts = a } };
	kg_error err = { 0 };
	char *object = bad->triples[1].object;
	size_t n = 9;

	(void)state;
	/* a triple without an object breaks the store's NOT NULL rule halfway through doc-2's rows */
	bad->triples[1].object = NULL;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	assert_true(kg_store_put_many(s, items, 3, &n, &err) < 0);
	assert_true(err.text[0] != '\0');
	assert_int_equal(n, 1);
	assert_int_equal(items[0].change, KG_STORE_ADDED);
	assert_int_equal(has(s, "doc-1", "h1"), 1);
	assert_int_equal(has(s, "doc-2", "h1"), 0);
	assert_int_equal(has(s, "doc-3", "h1"), 0);
	assert_int_equal(kg_store_check(s, &err), 0);
	bad->triples[1].object = object;
	kg_facts_free(a);
	kg_facts_free(bad);
	kg_store_free(s);
}

static void test_graph_store__keeps_events_participants_dates_and_document_metadata(void **state)
{
	kg_store *s = NULL;
	kg_facts *in = doc_facts("doc-1", "Ada Quill"), *out = NULL;
	kg_error err = { 0 };
	/* a planned, negated visit with every field set; the strings are borrowed, the store copies them */
	kg_event ev = { .id = (char *)"ev-1", .type = KG_EVENT_VISIT, .trigger = (char *)"visited",
			.trigger_start = 4, .trigger_end = 11, .place = (char *)"Oslo", .date = (char *)"2025-02",
			.date_source = KG_DATE_DOCUMENT, .duration = (char *)"P2D",
			.flags = KG_EVENT_PLANNED | KG_EVENT_NEGATED, .confidence = 0.5,
			.evidence = { .doc = (char *)"doc-1", .sentence = 3,
				      .text = (char *)"Ada will not visit Bo in Oslo." } };
	kg_store_doc d = { .name = "doc-1", .hash = "h", .date = "2025-02-03", .title = "Talks <resume>",
			   .date_source = KG_DATE_DOCUMENT };
	char *key = kg_store_doc_id(&d);
	kg_store_stats st;

	(void)state;
	assert_int_equal(kg_event_add_participant(&ev, "Ada Quill", KG_TYPE_PERSON, KG_ROLE_GUEST), 0);
	assert_int_equal(kg_event_add_participant(&ev, "Bo Lind", KG_TYPE_PERSON, KG_ROLE_HOST), 0);
	assert_int_equal(kg_facts_add_event(in, &ev), 0);
	in->triples[0].attrs.date = kg_strdup("2025-02-03");
	in->triples[0].attrs.date_source = KG_DATE_TEXT;
	in->triples[0].attrs.event = kg_strdup("ev-1");
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	assert_int_equal(kg_store_put(s, &d, in, NULL, NULL, &err), 0);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_non_null(key);
	assert_int_equal(kg_store_get(s, key, out, &err), 0);
	assert_facts_equal(in, out);
	assert_int_equal(kg_store_check(s, &err), 0);
	assert_int_equal(kg_store_stats_get(s, &st, &err), 0);
	assert_int_equal(st.documents, 1);
	free(ev.participants[0].name);
	free(ev.participants[1].name);
	free(ev.participants);
	free(key);
	kg_facts_free(in);
	kg_facts_free(out);
	kg_store_free(s);
}

static void test_graph_store__keeps_settings_and_refuses_its_own_keys(void **state)
{
	kg_store *s = NULL;
	kg_error err = { 0 };
	char *v = NULL;

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	assert_int_equal(kg_store_setting_get(s, "curation", &v, &err), 0);
	assert_null(v);
	assert_int_equal(kg_store_setting_put(s, "curation", "same\tA\tB\n", &err), 0);
	assert_int_equal(kg_store_setting_put(s, "curation", "ignore\tC\n", &err), 0);
	assert_int_equal(kg_store_setting_get(s, "curation", &v, &err), 0);
	assert_string_equal(v, "ignore\tC\n");
	free(v);
	assert_int_equal(kg_store_setting_put(s, "schema", "9", &err), KG_EINVAL);
	assert_int_equal(kg_store_setting_get(s, "application", &v, &err), KG_EINVAL);
	assert_null(v);
	assert_int_equal(kg_store_check(s, &err), 0);
	kg_store_free(s);
}

static void test_graph_store__leaves_a_document_with_the_same_hash_unchanged(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("doc-1", "Ada Quill"), *b = doc_facts("doc-1", "Bo Lind");
	kg_facts *out = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put(s, "doc-1", "same", a, KG_STORE_ADDED);
	assert_int_equal(has(s, "doc-1", "same"), 1);
	assert_int_equal(has(s, "doc-1", "other"), 0);
	assert_int_equal(has(s, "doc-2", "same"), 0);
	put(s, "doc-1", "same", b, KG_STORE_UNCHANGED);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_int_equal(get(s, "doc-1", "same", out), 0);
	assert_non_null(kg_facts_find(out, "Ada Quill"));
	assert_null(kg_facts_find(out, "Bo Lind"));
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(out);
	kg_store_free(s);
}

static void test_graph_store__replaces_a_document_whose_content_changed(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("doc-1", "Ada Quill"), *b = NULL, *out = NULL;
	kg_store_stats st;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_facts_new(&b), 0);
	add_triple(b, "Bo Lind", "leads", "Nordland", "doc-1", 4, 1.0);
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put(s, "doc-1", "v1", a, KG_STORE_ADDED);
	put(s, "doc-2", "v1", a, KG_STORE_ADDED);
	put(s, "doc-1", "v2", b, KG_STORE_REPLACED);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_int_equal(get(s, "doc-1", "v1", out), KG_ENOTFOUND);
	assert_int_equal(get(s, "doc-1", "v2", out), 0);
	assert_facts_equal(b, out);
	assert_int_equal(kg_store_stats_get(s, &st, &err), 0);
	assert_int_equal(st.documents, 2);
	assert_int_equal(st.triples, a->n_triples + b->n_triples);
	assert_int_equal(st.entities, a->n_entities + b->n_entities);
	assert_int_equal(kg_store_check(s, &err), 0);
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(out);
	kg_store_free(s);
}

/* A document with an event of two participants (owned by the facts). */
static kg_facts *doc_facts_with_event(const char *doc, const char *who)
{
	kg_facts *f = doc_facts(doc, who);
	kg_event ev = { .id = (char *)doc, .type = KG_EVENT_MEETING, .confidence = 0.5,
			.evidence = { .doc = (char *)doc, .sentence = 1, .text = (char *)"They met." } };

	assert_int_equal(kg_event_add_participant(&ev, who, KG_TYPE_PERSON, KG_ROLE_PARTICIPANT), 0);
	assert_int_equal(kg_event_add_participant(&ev, "Oslo Guest", KG_TYPE_PERSON, KG_ROLE_PARTICIPANT), 0);
	assert_int_equal(kg_facts_add_event(f, &ev), 0);
	for (size_t i = 0; i < ev.n_participants; i++)
		free(ev.participants[i].name);
	free(ev.participants);
	return f;
}

/* The rows of a replaced document go with it, whether the new content keeps its key (the same URL) or
 * gets another (the same origin, another content hash), among the rows of other documents: no row of
 * the old content is left (kg_store_check finds none without a documents row, the counts are those of
 * the new contents), and every document reads back as it was put, across handles. */
static void test_graph_store__replaces_a_documents_rows_among_others_and_leaves_none_behind(void **state)
{
	char *path = store_path();
	kg_store *s = NULL;
	kg_facts *a = doc_facts_with_event("a", "Ada Quill"), *b = doc_facts_with_event("b", "Bo Lind");
	kg_facts *c = doc_facts("c", "Cy Moss"), *b2 = doc_facts("b", "Di Vale"), *c2 = doc_facts_with_event("c", "Ed Orr");
	kg_facts *want = NULL, *got = NULL;
	kg_store_doc da = { .name = "a", .origin = "/x/a", .hash = "ha" };
	kg_store_doc db = { .name = "b", .url = "https://news.example/b", .origin = "/x/b", .hash = "hb1" };
	kg_store_doc db2 = { .name = "b", .url = "https://news.example/b", .origin = "/x/b", .hash = "hb2" };
	kg_store_doc dc = { .name = "c", .origin = "/x/c", .hash = "hc1" };
	kg_store_doc dc2 = { .name = "c", .origin = "/x/c", .hash = "hc2" };
	kg_store_stats st;
	kg_error err = { 0 };
	size_t n = 0;

	(void)state;
	assert_int_equal(kg_store_open(&s, path, KG_STORE_WRITE, &err), 0);
	put_doc(s, &da, a, KG_STORE_ADDED);
	put_doc(s, &db, b, KG_STORE_ADDED);
	put_doc(s, &dc, c, KG_STORE_ADDED);
	/* b keeps its URL: the same key, another content, fewer rows (no event) */
	free(put_doc(s, &db2, b2, KG_STORE_REPLACED));
	/* c from the same origin with another content: another key, more rows (an event) */
	free(put_doc(s, &dc2, c2, KG_STORE_REPLACED));
	kg_store_free(s);
	s = NULL;
	assert_int_equal(kg_store_open(&s, path, KG_STORE_READ, &err), 0);
	assert_int_equal(kg_store_check(s, &err), 0);
	assert_int_equal(kg_store_stats_get(s, &st, &err), 0);
	assert_int_equal(st.documents, 3);
	assert_int_equal(st.entities, a->n_entities + b2->n_entities + c2->n_entities);
	assert_int_equal(st.triples, a->n_triples + b2->n_triples + c2->n_triples);
	assert_int_equal(kg_facts_new(&want), 0);
	assert_int_equal(kg_facts_merge(want, a), 0);
	assert_int_equal(kg_facts_merge(want, b2), 0);
	assert_int_equal(kg_facts_merge(want, c2), 0);
	assert_int_equal(kg_facts_new(&got), 0);
	assert_int_equal(kg_store_load(s, got, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_facts_equal(want, got);
	assert_null(kg_facts_find(got, "Bo Lind"));
	assert_null(kg_facts_find(got, "Cy Moss"));
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(c);
	kg_facts_free(b2);
	kg_facts_free(c2);
	kg_facts_free(want);
	kg_facts_free(got);
	kg_store_free(s);
	drop_store(path);
}

static void test_graph_store__loads_documents_in_name_order_as_kg_facts_merge_would(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("a", "Ada Quill"), *b = doc_facts("b", "Bo Lind"), *c = doc_facts("c", "Ada Quill");
	kg_facts *want = NULL, *got = NULL;
	kg_error err = { 0 };
	size_t n = 0;

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	/* put in an order that is not the name order */
	put(s, "c", "h", c, KG_STORE_ADDED);
	put(s, "a", "h", a, KG_STORE_ADDED);
	put(s, "b", "h", b, KG_STORE_ADDED);
	assert_int_equal(kg_facts_new(&want), 0);
	assert_int_equal(kg_facts_merge(want, a), 0);
	assert_int_equal(kg_facts_merge(want, b), 0);
	assert_int_equal(kg_facts_merge(want, c), 0);
	assert_int_equal(kg_facts_new(&got), 0);
	assert_int_equal(kg_store_load(s, got, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_facts_equal(want, got);
	assert_int_equal(kg_facts_find(got, "Ada Quill")->mentions, 6);
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(c);
	kg_facts_free(want);
	kg_facts_free(got);
	kg_store_free(s);
}

/* One document naming Ada Quill, whose merge log names the document as extractors write it. */
static kg_facts *quill_doc(const char *doc)
{
	kg_facts *f = NULL;
	char line[128];
	size_t k;

	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_facts_add_entity(f, "Ada Quill", KG_TYPE_PERSON, "Quill", 1, &k), 0);
	snprintf(line, sizeof(line), "Quill: surname of Ada Quill, named in full in %s", doc);
	assert_int_equal(kg_strv_push(&f->entities[k].why, line), 0);
	snprintf(line, sizeof(line), "AQ: abbreviation of Ada Quill (%s)", doc);
	assert_int_equal(kg_strv_push(&f->entities[k].why, line), 0);
	assert_int_equal(kg_strv_push(&f->entities[k].why, "Quill: named so in the input"), 0);
	add_triple(f, "Ada Quill", "visits", "Oslo", doc, 0, 0.8);
	return f;
}

static void test_graph_store__folds_merge_reasons_that_differ_only_in_their_document(void **state)
{
	kg_store *s = NULL;
	kg_facts *got = NULL;
	kg_error err = { 0 };
	const kg_entity *e;
	const char *docs[] = { "doc-2", "doc-1", "doc-3" };

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	for (size_t i = 0; i < 3; i++) {
		kg_facts *f = quill_doc(docs[i]);

		put(s, docs[i], "h", f, KG_STORE_ADDED);
		kg_facts_free(f);
	}
	assert_int_equal(kg_facts_new(&got), 0);
	assert_int_equal(kg_store_load(s, got, NULL, &err), 0);
	assert_non_null(e = kg_facts_find(got, "Ada Quill"));
	/* the first document in name order is the one named; a line naming no document stays as it is */
	assert_int_equal(e->why.n, 3);
	assert_string_equal(e->why.v[0], "Quill: surname of Ada Quill, named in full in doc-1 and 2 other documents");
	assert_string_equal(e->why.v[1], "AQ: abbreviation of Ada Quill (doc-1 and 2 other documents)");
	assert_string_equal(e->why.v[2], "Quill: named so in the input");
	kg_facts_free(got);
	kg_store_free(s);
}

static void test_graph_store__keeps_confidence_to_four_decimals(void **state)
{
	kg_store *s = NULL;
	kg_facts *f = NULL, *out = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	add_triple(f, "Ada", "meet", "Bo", "d", 0, 0.123456);
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put(s, "d", "h", f, KG_STORE_ADDED);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_int_equal(get(s, "d", "h", out), 0);
	assert_true(out->triples[0].confidence == 0.1235);
	kg_facts_free(f);
	kg_facts_free(out);
	kg_store_free(s);
}

static void test_graph_store__says_an_unknown_document_is_not_found(void **state)
{
	kg_store *s = NULL;
	kg_facts *out = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_int_equal(kg_store_get(s, "nope", out, &err), KG_ENOTFOUND);
	assert_non_null(strstr(err.text, "nope"));
	kg_facts_free(out);
	kg_store_free(s);
}

static void test_graph_store__keeps_documents_in_the_file_across_handles(void **state)
{
	char *path = store_path();
	kg_store *w1 = NULL, *w2 = NULL, *r = NULL;
	kg_facts *a = doc_facts("a", "Ada Quill"), *b = doc_facts("b", "Bo Lind"), *got = NULL;
	kg_error err = { 0 };
	size_t n = 0;

	(void)state;
	/* two writers on one file, interleaved, then a reader */
	assert_int_equal(kg_store_open(&w1, path, KG_STORE_WRITE, &err), 0);
	assert_int_equal(kg_store_open(&w2, path, KG_STORE_WRITE, &err), 0);
	put(w1, "a", "h", a, KG_STORE_ADDED);
	put(w2, "b", "h", b, KG_STORE_ADDED);
	put(w2, "a", "h", a, KG_STORE_UNCHANGED);
	kg_store_free(w1);
	kg_store_free(w2);
	assert_int_equal(kg_store_open(&r, path, KG_STORE_READ, &err), 0);
	assert_int_equal(kg_facts_new(&got), 0);
	assert_int_equal(kg_store_load(r, got, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_non_null(kg_facts_find(got, "Bo Lind"));
	assert_int_equal(kg_store_check(r, &err), 0);
	kg_store_free(r);
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(got);
	drop_store(path);
}

static void test_graph_store__read_mode_does_not_create_a_store(void **state)
{
	char *path = store_path();
	kg_store *s = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_store_open(&s, path, KG_STORE_READ, &err), KG_ENOTFOUND);
	assert_null(s);
	assert_int_equal(access(path, F_OK), -1);
	drop_store(path);
}

/* Overwrites 4 big-endian bytes of the database header at offset off (user_version 60,
 * application_id 68) of a closed store. */
static void poke_header(const char *path, long off, uint32_t value)
{
	unsigned char b[4] = { (unsigned char)(value >> 24), (unsigned char)(value >> 16), (unsigned char)(value >> 8),
			       (unsigned char)value };
	FILE *fp = fopen(path, "r+b");

	assert_non_null(fp);
	assert_int_equal(fseek(fp, off, SEEK_SET), 0);
	assert_int_equal(fwrite(b, 1, 4, fp), 4);
	assert_int_equal(fclose(fp), 0);
}

/* Makes a store with one document at path and closes it. */
static void make_store(const char *path)
{
	kg_store *s = NULL;
	kg_facts *f = doc_facts("a", "Ada Quill");
	kg_error err = { 0 };

	assert_int_equal(kg_store_open(&s, path, KG_STORE_WRITE, &err), 0);
	put(s, "a", "h", f, KG_STORE_ADDED);
	kg_store_free(s);
	kg_facts_free(f);
}

static void test_graph_store__refuses_a_newer_schema_version(void **state)
{
	char *path = store_path();
	kg_store *s = NULL;
	kg_error err = { 0 };

	(void)state;
	make_store(path);
	poke_header(path, 60, KG_STORE_SCHEMA + 1);
	assert_int_equal(kg_store_open(&s, path, KG_STORE_WRITE, &err), KG_EPARSE);
	assert_null(s);
	assert_non_null(strstr(err.text, "newer"));
	drop_store(path);
}

static void test_graph_store__refuses_an_older_schema_version_it_cannot_migrate(void **state)
{
	char *path = store_path();
	kg_store *s = NULL;
	kg_error err = { 0 };

	(void)state;
	make_store(path);
	poke_header(path, 60, 1); /* version 1 keyed documents by name: no migration */
	assert_int_equal(kg_store_open(&s, path, KG_STORE_READ, &err), KG_EPARSE);
	assert_non_null(strstr(err.text, "older"));
	drop_store(path);
}

static void test_graph_store__refuses_a_database_of_another_application(void **state)
{
	char *path = store_path();
	kg_store *s = NULL;
	kg_error err = { 0 };

	(void)state;
	make_store(path);
	poke_header(path, 68, 0x12345678);
	assert_int_equal(kg_store_open(&s, path, KG_STORE_WRITE, &err), KG_EPARSE);
	assert_non_null(strstr(err.text, "not a kg store"));
	drop_store(path);
}

static void test_graph_store__refuses_a_file_that_is_not_a_database(void **state)
{
	char *path = store_path();
	kg_store *s = NULL;
	kg_error err = { 0 };
	FILE *fp = fopen(path, "wb");

	(void)state;
	assert_non_null(fp);
	for (int i = 0; i < 200; i++)
		fputs("Ada Quill met Bo Lind in Oslo. ", fp);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(kg_store_open(&s, path, KG_STORE_WRITE, &err), KG_EPARSE);
	assert_null(s);
	assert_non_null(strstr(err.text, "not a SQLite database"));
	drop_store(path);
}

static void test_graph_store__never_replaces_a_document_from_another_origin(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("article.txt", "Ada Quill"), *b = doc_facts("article.txt", "Bo Lind"), *got = NULL;
	kg_store_doc d1 = { .name = "article.txt", .source = "t1/article.txt", .origin = "/x/t1/article.txt\tarticle.txt",
			    .hash = "h1" };
	kg_store_doc d2 = { .name = "article.txt", .source = "t2/article.txt", .origin = "/x/t2/article.txt\tarticle.txt",
			    .hash = "h2" };
	kg_error err = { 0 };
	size_t n = 0;

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put_doc(s, &d1, a, KG_STORE_ADDED);
	put_doc(s, &d2, b, KG_STORE_ADDED);
	assert_int_equal(kg_facts_new(&got), 0);
	assert_int_equal(kg_store_load(s, got, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_non_null(kg_facts_find(got, "Ada Quill"));
	assert_non_null(kg_facts_find(got, "Bo Lind"));
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(got);
	kg_store_free(s);
}

static void test_graph_store__keeps_every_document_without_an_origin(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("-", "Ada Quill"), *b = doc_facts("-", "Bo Lind");
	kg_store_doc d1 = { .name = "-", .source = "-", .hash = "h1" }, d2 = { .name = "-", .source = "-", .hash = "h2" };
	kg_store_stats st;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put_doc(s, &d1, a, KG_STORE_ADDED);
	put_doc(s, &d2, b, KG_STORE_ADDED);
	put_doc(s, &d1, a, KG_STORE_UNCHANGED);
	assert_int_equal(kg_store_stats_get(s, &st, &err), 0);
	assert_int_equal(st.documents, 2);
	kg_facts_free(a);
	kg_facts_free(b);
	kg_store_free(s);
}

static void test_graph_store__replaces_from_the_same_origin_and_names_what_it_replaced(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("story", "Ada Quill"), *b = doc_facts("story", "Bo Lind");
	kg_store_doc d1 = { .name = "story", .source = "feed.jsonl:1", .origin = "/x/feed.jsonl\tstory", .hash = "h1" };
	kg_store_doc d2 = { .name = "story", .source = "feed.jsonl:7", .origin = "/x/feed.jsonl\tstory", .hash = "h2" };
	kg_store_stats st;
	kg_error err = { 0 };
	char *what;

	(void)state;
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put_doc(s, &d1, a, KG_STORE_ADDED);
	what = put_doc(s, &d2, b, KG_STORE_REPLACED);
	assert_non_null(what);
	assert_non_null(strstr(what, "\"story\" (sha256:h1) from feed.jsonl:1"));
	free(what);
	assert_int_equal(kg_store_stats_get(s, &st, &err), 0);
	assert_int_equal(st.documents, 1);
	assert_int_equal(kg_store_check(s, &err), 0);
	kg_facts_free(a);
	kg_facts_free(b);
	kg_store_free(s);
}

static void test_graph_store__keys_a_document_by_its_url_when_it_has_one(void **state)
{
	kg_store *s = NULL;
	kg_facts *a = doc_facts("x", "Ada Quill"), *b = doc_facts("x", "Bo Lind"), *out = NULL;
	kg_store_doc d1 = { .name = "x", .url = "https://news.example/a", .hash = "h1" };
	kg_store_doc d2 = { .name = "y", .url = "https://news.example/a", .hash = "h2" };
	kg_error err = { 0 };
	char *key = kg_store_doc_id(&d1), *what;

	(void)state;
	assert_string_equal(key, "https://news.example/a");
	assert_int_equal(kg_store_open(&s, ":memory:", KG_STORE_WRITE, &err), 0);
	put_doc(s, &d1, a, KG_STORE_ADDED);
	what = put_doc(s, &d2, b, KG_STORE_REPLACED);
	assert_non_null(strstr(what, "https://news.example/a"));
	free(what);
	assert_int_equal(kg_facts_new(&out), 0);
	assert_int_equal(kg_store_get(s, key, out, &err), 0);
	assert_non_null(kg_facts_find(out, "Bo Lind"));
	assert_null(kg_facts_find(out, "Ada Quill"));
	free(key);
	kg_facts_free(a);
	kg_facts_free(b);
	kg_facts_free(out);
	kg_store_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph_store__gives_back_the_facts_that_were_put),
		cmocka_unit_test(test_graph_store__puts_many_documents_in_order_as_single_puts_would),
		cmocka_unit_test(test_graph_store__puts_many_up_to_the_document_that_fails_and_none_of_it),
		cmocka_unit_test(test_graph_store__keeps_events_participants_dates_and_document_metadata),
		cmocka_unit_test(test_graph_store__keeps_settings_and_refuses_its_own_keys),
		cmocka_unit_test(test_graph_store__leaves_a_document_with_the_same_hash_unchanged),
		cmocka_unit_test(test_graph_store__replaces_a_document_whose_content_changed),
		cmocka_unit_test(test_graph_store__replaces_a_documents_rows_among_others_and_leaves_none_behind),
		cmocka_unit_test(test_graph_store__loads_documents_in_name_order_as_kg_facts_merge_would),
		cmocka_unit_test(test_graph_store__never_replaces_a_document_from_another_origin),
		cmocka_unit_test(test_graph_store__keeps_every_document_without_an_origin),
		cmocka_unit_test(test_graph_store__replaces_from_the_same_origin_and_names_what_it_replaced),
		cmocka_unit_test(test_graph_store__keys_a_document_by_its_url_when_it_has_one),
		cmocka_unit_test(test_graph_store__folds_merge_reasons_that_differ_only_in_their_document),
		cmocka_unit_test(test_graph_store__keeps_confidence_to_four_decimals),
		cmocka_unit_test(test_graph_store__says_an_unknown_document_is_not_found),
		cmocka_unit_test(test_graph_store__keeps_documents_in_the_file_across_handles),
		cmocka_unit_test(test_graph_store__read_mode_does_not_create_a_store),
		cmocka_unit_test(test_graph_store__refuses_a_newer_schema_version),
		cmocka_unit_test(test_graph_store__refuses_an_older_schema_version_it_cannot_migrate),
		cmocka_unit_test(test_graph_store__refuses_a_database_of_another_application),
		cmocka_unit_test(test_graph_store__refuses_a_file_that_is_not_a_database),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
