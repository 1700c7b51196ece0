/* test_core.c: the data model and plumbing: string vectors, the string map, slugs, types, the fact
 * set and UTF-8 validation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/core.h"

static void test_core__strv_keeps_unique_strings_and_sorts(void **state)
{
	kg_strv sv = { 0 };
	(void)state;
	assert_int_equal(kg_strv_push_unique(&sv, "b"), 0);
	assert_int_equal(kg_strv_push_unique(&sv, "a"), 0);
	assert_int_equal(kg_strv_push_unique(&sv, "b"), 0);
	assert_int_equal(sv.n, 2);
	kg_strv_sort(&sv);
	assert_string_equal(sv.v[0], "a");
	assert_true(kg_strv_contains(&sv, "b"));
	kg_strv_clear(&sv);
	assert_int_equal(sv.n, 0);
	kg_strv_clear(NULL);
}

static void test_core__map_grows_and_finds_every_key(void **state)
{
	kg_map *m = NULL;
	char key[32];
	size_t v;
	(void)state;
	assert_int_equal(kg_map_new(&m), 0);
	for (size_t i = 0; i < 5000; i++) {
		snprintf(key, sizeof(key), "key-%zu", i);
		assert_int_equal(kg_map_put(m, key, i), 0);
	}
	assert_int_equal(kg_map_count(m), 5000);
	for (size_t i = 0; i < 5000; i += 37) {
		snprintf(key, sizeof(key), "key-%zu", i);
		assert_true(kg_map_get(m, key, &v));
		assert_int_equal(v, i);
	}
	assert_false(kg_map_get(m, "key-5000", NULL));
	/* a key that is a prefix of another is its own key */
	assert_true(kg_map_getn(m, "key-12x", 6, &v));
	assert_int_equal(v, 12);
	assert_int_equal(kg_map_put(m, "key-12", 99), 0);
	assert_int_equal(kg_map_count(m), 5000);
	assert_true(kg_map_get(m, "key-12", &v));
	assert_int_equal(v, 99);
	kg_map_free(m);
	kg_map_free(NULL);
}

static void test_core__slug_folds_case_diacritics_and_dots(void **state)
{
	static const struct { const char *name, *slug; } cases[] = {
		{ "Antony J. Blinken", "antony-j-blinken" },
		{ "Viktor Orb\xc3\xa1n", "viktor-orban" },
		{ "U.S. Department of State", "us-department-of-state" },
		{ "</text><script>", "text-script" },
		{ "\"", "x" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *s = kg_slug_new(cases[i].name);

		assert_string_equal(s, cases[i].slug);
		free(s);
	}
}

static void test_core__entity_types_read_the_usual_spellings(void **state)
{
	(void)state;
	assert_int_equal(kg_etype_parse("per"), KG_TYPE_PERSON);
	assert_int_equal(kg_etype_parse("GPE"), KG_TYPE_PLACE);
	assert_int_equal(kg_etype_parse("Organization"), KG_TYPE_ORG);
	assert_int_equal(kg_etype_parse("nonsense"), KG_TYPE_UNKNOWN);
	assert_string_equal(kg_etype_name(KG_TYPE_PLACE), "PLACE");
}

static void test_core__grow_doubles_from_its_minimum_until_the_need_fits(void **state)
{
	size_t cap = 0, *v = NULL, *w;

	(void)state;
	assert_non_null(v = kg_grow(v, &cap, 1, sizeof(*v), 4));
	assert_int_equal(cap, 4);
	assert_ptr_equal(kg_grow(v, &cap, 4, sizeof(*v), 4), v); /* fits: nothing moves */
	assert_int_equal(cap, 4);
	v[3] = 33;
	assert_non_null(v = kg_grow(v, &cap, 5, sizeof(*v), 4));
	assert_int_equal(cap, 8);
	assert_int_equal(v[3], 33);
	assert_non_null(v = kg_grow(v, &cap, 100, sizeof(*v), 4));
	assert_int_equal(cap, 128);
	/* a size no memory can hold: NULL, the array and its room as they were */
	assert_null(w = kg_grow(v, &cap, SIZE_MAX / 2, sizeof(*v), 4));
	assert_int_equal(cap, 128);
	assert_int_equal(v[3], 33);
	free(v);
}

static void test_core__a_triple_view_borrows_its_names_and_leaves_the_rest_empty(void **state)
{
	const char *who = "Ada Quill", *where = "Oslo";
	kg_triple t = kg_triple_view(who, KG_TYPE_PERSON, "visits", where, KG_TYPE_PLACE);
	kg_facts *f = NULL;

	(void)state;
	assert_ptr_equal(t.subject, who);
	assert_ptr_equal(t.object, where);
	assert_string_equal(t.predicate, "visits");
	assert_int_equal(t.subject_type, KG_TYPE_PERSON);
	assert_int_equal(t.object_type, KG_TYPE_PLACE);
	assert_null(t.attrs.date);
	assert_null(t.evidence.doc);
	assert_null(t.extractor);
	assert_true(t.confidence == 0.0);
	/* the facts copy it, so the view may go */
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_facts_add_triple(f, &t), 0);
	assert_int_equal(f->n_triples, 1);
	assert_ptr_not_equal(f->triples[0].subject, who);
	assert_string_equal(f->triples[0].subject, who);
	kg_facts_free(f);
}

static void test_core__facts_merge_entities_by_name_and_keep_aliases(void **state)
{
	kg_facts *a = NULL, *b = NULL;
	kg_triple t;
	(void)state;
	assert_int_equal(kg_facts_new(&a), 0);
	assert_int_equal(kg_facts_new(&b), 0);
	assert_int_equal(kg_facts_add_entity(a, "Antony Blinken", KG_TYPE_PERSON, "Blinken", 2, NULL), 0);
	assert_int_equal(kg_facts_add_entity(b, "Antony Blinken", KG_TYPE_UNKNOWN, "Tony Blinken", 1, NULL), 0);
	memset(&t, 0, sizeof(t));
	t.subject = "Antony Blinken";
	t.subject_type = KG_TYPE_PERSON;
	t.predicate = "meet";
	t.object = "Andrii Sybiha";
	t.object_type = KG_TYPE_PERSON;
	assert_int_equal(kg_facts_add_triple(b, &t), 0);
	assert_int_equal(kg_facts_merge(a, b), 0);
	assert_int_equal(a->n_entities, 2);
	assert_int_equal(a->n_triples, 1);
	assert_int_equal(kg_facts_find(a, "Antony Blinken")->mentions, 3);
	assert_int_equal(kg_facts_find(a, "Antony Blinken")->type, KG_TYPE_PERSON);
	assert_int_equal(kg_facts_find(a, "Antony Blinken")->aliases.n, 2);
	assert_non_null(kg_facts_find(a, "Andrii Sybiha"));
	t.object = "";
	assert_int_equal(kg_facts_add_triple(a, &t), KG_EINVAL);
	kg_facts_free(a);
	kg_facts_free(b);
}

static void test_core__relation_schema_knows_symmetry(void **state)
{
	(void)state;
	assert_true(kg_relation_lookup("meet")->symmetric);
	assert_false(kg_relation_lookup("leads")->symmetric);
	assert_null(kg_relation_lookup("sues"));
}

static void test_core__utf8_prefix_stops_at_the_first_bad_byte(void **state)
{
	(void)state;
	assert_int_equal(kg_utf8_valid_prefix("abc", 3), 3);
	assert_int_equal(kg_utf8_valid_prefix("a\xc3\xa1z", 4), 4);
	assert_int_equal(kg_utf8_valid_prefix("ab\xffz", 4), 2);
	assert_int_equal(kg_utf8_valid_prefix("a\xed\xa0\x80", 4), 1); /* a surrogate */
	assert_int_equal(kg_utf8_valid_prefix("a\xc3", 2), 1);           /* truncated */
}

static void test_core__error_print_names_file_and_line_and_hides_control_bytes(void **state)
{
	kg_error err;
	char buf[256] = { 0 };
	FILE *fp = fmemopen(buf, sizeof(buf), "w");
	(void)state;
	kg_error_set(&err, "a\nb.jsonl", 7, 0, "bad %s", "line");
	kg_error_print(&err, fp, 0);
	fclose(fp);
	assert_string_equal(buf, "kg: error: a?b.jsonl:7: bad line\n");
}

static void test_core__strv_push_unique_stays_unique_past_its_index(void **state)
{
	kg_strv sv = { 0 };
	char s[32];

	(void)state;
	for (int round = 0; round < 2; round++) {
		for (int i = 0; i < 1000; i++) {
			snprintf(s, sizeof(s), "why %d", i);
			assert_int_equal(kg_strv_push_unique(&sv, s), 0);
		}
	}
	assert_int_equal(sv.n, 1000);
	assert_string_equal(sv.v[0], "why 0");
	assert_string_equal(sv.v[999], "why 999");
	assert_true(kg_strv_contains(&sv, "why 500"));
	assert_false(kg_strv_contains(&sv, "why 1000"));
	/* a plain push is seen by the next push_unique */
	assert_int_equal(kg_strv_push(&sv, "late"), 0);
	assert_int_equal(kg_strv_push_unique(&sv, "late"), 0);
	assert_int_equal(sv.n, 1001);
	kg_strv_sort(&sv);
	assert_int_equal(kg_strv_push_unique(&sv, "why 7"), 0);
	assert_int_equal(sv.n, 1001);
	kg_strv_clear(&sv);
	assert_null(sv.index);
	assert_int_equal(kg_strv_push_unique(&sv, "again"), 0);
	assert_int_equal(sv.n, 1);
	kg_strv_clear(&sv);
}

static void test_core__dates_are_iso_days_months_or_years(void **state)
{
	static const char *const good[] = { "2025", "2025-02", "2025-02-28", "2024-02-29", "2000-02-29", "0001-01-01" };
	static const char *const bad[] = { "", "25", "2025-2", "2025-13", "2025-00", "2025-02-29", "1900-02-29",
					   "2025-04-31", "2025/02/01", "2025-02-01T10:00", "0000", "20a5", "2025-02-" };
	char first[KG_DATE_LEN], last[KG_DATE_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		assert_true(kg_date_valid(good[i]));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_false(kg_date_valid(bad[i]));
	assert_false(kg_date_valid(NULL));
	assert_int_equal(kg_date_period(first, last, "2024-02"), 0);
	assert_string_equal(first, "2024-02-01");
	assert_string_equal(last, "2024-02-29");
	assert_int_equal(kg_date_period(first, last, "2025"), 0);
	assert_string_equal(first, "2025-01-01");
	assert_string_equal(last, "2025-12-31");
	assert_int_equal(kg_date_period(first, last, "2025-06-30"), 0);
	assert_string_equal(first, "2025-06-30");
	assert_string_equal(last, "2025-06-30");
	assert_int_equal(kg_date_period(first, last, "2025-6"), KG_EINVAL);
}

static void test_core__date_sources_roles_flags_and_event_types_read_their_names(void **state)
{
	kg_date_source ds;
	kg_role role;
	kg_event_type type;
	unsigned bit;

	(void)state;
	assert_int_equal(kg_date_source_parse(&ds, "document"), 0);
	assert_int_equal(ds, KG_DATE_DOCUMENT);
	assert_string_equal(kg_date_source_name(KG_DATE_TEXT), "text");
	assert_int_equal(kg_date_source_parse(&ds, NULL), 0);
	assert_int_equal(ds, KG_DATE_NONE);
	assert_int_equal(kg_date_source_parse(&ds, "today"), KG_EINVAL);
	assert_int_equal(kg_role_parse(&role, "Host"), 0);
	assert_int_equal(role, KG_ROLE_HOST);
	assert_string_equal(kg_role_name(KG_ROLE_GUEST), "guest");
	assert_int_equal(kg_role_parse(&role, "chair"), KG_EINVAL);
	assert_int_equal(kg_event_type_parse(&type, "summit"), 0);
	assert_int_equal(type, KG_EVENT_SUMMIT);
	assert_int_equal(kg_event_type_parse(&type, "party"), KG_EINVAL);
	assert_string_equal(kg_event_types[KG_EVENT_CALL].predicate, "speak_with");
	for (int i = 0; i < KG_EVENT__COUNT; i++) {
		assert_non_null(kg_event_types[i].name);
		assert_non_null(kg_relation_lookup(kg_event_types[i].predicate));
		assert_true(kg_relation_lookup(kg_event_types[i].predicate)->symmetric);
	}
	assert_int_equal(kg_event_flag_parse(&bit, "reported"), 0);
	assert_int_equal(bit, KG_EVENT_REPORTED);
	assert_int_equal(kg_event_flag_parse(&bit, "maybe"), KG_EINVAL);
}

/* A summit of n invented participants in document doc-7, sentence 3. */
static void make_summit(kg_event *ev, size_t n)
{
	static const char *const names[] = { "Oda Renk", "Ilse Varo", "Tamsin Quell", "Bo Harrow", "Nell Sarta" };
	char id[KG_EVENT_ID_LEN];

	memset(ev, 0, sizeof(*ev));
	kg_event_make_id(id, "doc-7", 3, 120);
	assert_non_null(ev->id = kg_strdup(id));
	ev->type = KG_EVENT_SUMMIT;
	assert_non_null(ev->trigger = kg_strdup("summit"));
	ev->trigger_start = 120;
	ev->trigger_end = 126;
	assert_non_null(ev->place = kg_strdup("Port Elvar"));
	assert_non_null(ev->date = kg_strdup("2025-02-03"));
	ev->date_source = KG_DATE_TEXT;
	ev->evidence.doc = kg_strdup("doc-7");
	ev->evidence.sentence = 3;
	ev->evidence.text = kg_strdup("The leaders met at a summit.");
	ev->confidence = 0.75;
	ev->extractor = kg_strdup("test");
	for (size_t i = 0; i < n; i++)
		assert_int_equal(kg_event_add_participant(ev, names[i], KG_TYPE_PERSON,
							  i == 0 ? KG_ROLE_HOST : KG_ROLE_PARTICIPANT), 0);
}

static void test_core__event_ids_are_stable_and_differ_by_doc_sentence_and_trigger(void **state)
{
	char a[KG_EVENT_ID_LEN], b[KG_EVENT_ID_LEN], c[KG_EVENT_ID_LEN], d[KG_EVENT_ID_LEN], e[KG_EVENT_ID_LEN];

	(void)state;
	kg_event_make_id(a, "doc-7", 3, 120);
	kg_event_make_id(b, "doc-7", 3, 120);
	kg_event_make_id(c, "doc-8", 3, 120);
	kg_event_make_id(d, "doc-7", 4, 120);
	kg_event_make_id(e, "doc-7", 3, 121);
	assert_string_equal(a, b);
	assert_int_equal(strlen(a), KG_EVENT_ID_LEN - 1);
	assert_memory_equal(a, "ev-", 3);
	assert_string_not_equal(a, c);
	assert_string_not_equal(a, d);
	assert_string_not_equal(a, e);
	/* the value is fixed (FNV-1a 64 of "doc-7\0" "3\0" "120"): ids in stores and graphs stay valid across builds */
	assert_string_equal(a, "ev-306b3515f51dc1f3");
}

static void test_core__a_five_party_summit_derives_ten_pairs_carrying_its_id(void **state)
{
	kg_event ev, negated;
	kg_facts *f = NULL;

	(void)state;
	make_summit(&ev, 5);
	/* a participant named twice keeps its first place and gains a role it lacked */
	assert_int_equal(kg_event_add_participant(&ev, "Ilse Varo", KG_TYPE_UNKNOWN, KG_ROLE_GUEST), 0);
	assert_int_equal(ev.n_participants, 5);
	assert_int_equal(ev.participants[1].role, KG_ROLE_GUEST);
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_facts_add_event(f, &ev), 0);
	assert_int_equal(kg_facts_add_event(f, &ev), 0); /* the same id is not added twice */
	assert_int_equal(f->n_events, 1);
	assert_ptr_equal(kg_facts_find_event(f, ev.id), &f->events[0]);
	assert_non_null(kg_facts_find(f, "Port Elvar"));
	assert_int_equal(kg_facts_find(f, "Port Elvar")->type, KG_TYPE_PLACE);
	assert_int_equal(kg_event_derive(f, &ev), 0);
	assert_int_equal(f->n_triples, 10);
	for (size_t i = 0; i < f->n_triples; i++) {
		const kg_triple *t = &f->triples[i];

		assert_string_equal(t->predicate, "meet");
		assert_string_equal(t->attrs.event, ev.id);
		assert_string_equal(t->attrs.date, "2025-02-03");
		assert_int_equal(t->attrs.date_source, KG_DATE_TEXT);
		assert_string_equal(t->attrs.location, "Port Elvar");
		assert_null(t->attrs.modality);
		assert_string_equal(t->evidence.doc, "doc-7");
		assert_string_not_equal(t->subject, t->object);
	}
	assert_string_equal(f->triples[0].subject, "Oda Renk");
	assert_string_equal(f->triples[0].object, "Ilse Varo");
	assert_string_equal(f->triples[9].subject, "Bo Harrow");
	assert_string_equal(f->triples[9].object, "Nell Sarta");
	/* a negated event derives nothing; a planned one marks its pairs planned */
	assert_int_equal(kg_event_copy(&negated, &ev), 0);
	negated.flags = KG_EVENT_NEGATED;
	assert_int_equal(kg_event_derive(f, &negated), 0);
	assert_int_equal(f->n_triples, 10);
	negated.flags = KG_EVENT_PLANNED;
	negated.type = KG_EVENT_CALL;
	assert_int_equal(kg_event_derive(f, &negated), 0);
	assert_int_equal(f->n_triples, 20);
	assert_string_equal(f->triples[10].predicate, "speak_with");
	assert_string_equal(f->triples[10].attrs.modality, "planned");
	/* participants of one side (one party of the talks) are not paired; a copy keeps the sides */
	negated.flags = 0;
	for (size_t i = 1; i < negated.n_participants; i++)
		negated.participants[i].side = 2;
	{
		kg_event sided;
		assert_int_equal(kg_event_copy(&sided, &negated), 0);
		assert_int_equal(sided.participants[4].side, 2);
		assert_int_equal(kg_event_derive(f, &sided), 0);
		kg_event_clear(&sided);
	}
	assert_int_equal(f->n_triples, 24); /* the first with each of the four others */
	kg_event_clear(&negated);
	kg_event_clear(&ev);
	kg_event_clear(NULL);
	kg_facts_free(f);
}

static void test_core__durations_are_iso_periods_and_read_in_words(void **state)
{
	static const char *const good[] = { "P2D", "PT45M", "P1W", "P5Y", "PXM", "P3DE", "P1DT2H", "PT1H30M", "P2M" };
	static const char *const bad[] = { "", "P", "PT", "2D", "P2", "PD", "P2Q", "PT2D", "P2H", "P2DT", "p2d",
					   "P12345678901234567890D" };
	static const struct { const char *iso, *words; } in_words[] = {
		{ "P2D", "2 days" }, { "P1D", "1 day" },	 { "PT45M", "45 minutes" }, { "P2M", "2 months" },
		{ "PXM", "months" }, { "PT1H", "1 hour" },  { "P1W", "1 week" },	    { "P1DT2H", "P1DT2H" },
		{ "P10D", "10 days" },
	};
	char buf[KG_DURATION_LEN];

	(void)state;
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (!kg_duration_valid(good[i]))
			fail_msg("%s is a duration", good[i]);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (kg_duration_valid(bad[i]))
			fail_msg("%s is not a duration", bad[i]);
	assert_false(kg_duration_valid(NULL));
	for (size_t i = 0; i < sizeof(in_words) / sizeof(in_words[0]); i++) {
		assert_true(kg_duration_words(buf, sizeof(buf), in_words[i].iso) > 0);
		assert_string_equal(buf, in_words[i].words);
	}
	assert_int_equal(kg_duration_words(buf, 4, "PT45M"), KG_ELIMIT);
}

static void test_core__a_visit_sends_its_guests_to_its_place(void **state)
{
	kg_event ev;
	kg_facts *f = NULL, *g = NULL;

	(void)state;
	make_summit(&ev, 3);
	ev.type = KG_EVENT_VISIT;
	ev.participants[2].role = KG_ROLE_GUEST;
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_event_derive(f, &ev), 0);
	assert_int_equal(f->n_triples, 4); /* three pairs meet, the one guest visits */
	assert_string_equal(f->triples[3].predicate, "visits");
	assert_string_equal(f->triples[3].subject, "Tamsin Quell");
	assert_string_equal(f->triples[3].object, "Port Elvar");
	assert_int_equal(f->triples[3].object_type, KG_TYPE_PLACE);
	/* events travel with kg_facts_merge */
	assert_int_equal(kg_facts_add_event(f, &ev), 0);
	assert_int_equal(kg_facts_new(&g), 0);
	assert_int_equal(kg_facts_merge(g, f), 0);
	assert_int_equal(g->n_events, 1);
	assert_int_equal(g->events[0].n_participants, 3);
	assert_string_equal(g->events[0].participants[2].name, "Tamsin Quell");
	assert_int_equal(g->events[0].participants[2].role, KG_ROLE_GUEST);
	assert_string_equal(g->events[0].date, "2025-02-03");
	assert_null(g->events[0].duration);
	/* a duration is copied with the event and freed with it */
	{
		kg_event copy;

		assert_non_null(ev.duration = kg_strdup("P2D"));
		assert_int_equal(kg_event_copy(&copy, &ev), 0);
		assert_string_equal(copy.duration, "P2D");
		assert_ptr_not_equal(copy.duration, ev.duration);
		kg_event_clear(&copy);
		assert_null(copy.duration);
	}
	/* an event needs an id and a known type */
	free(ev.id);
	ev.id = NULL;
	assert_int_equal(kg_facts_add_event(g, &ev), KG_EINVAL);
	ev.type = KG_EVENT__COUNT;
	assert_int_equal(kg_event_derive(g, &ev), KG_EINVAL);
	kg_event_clear(&ev);
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_core__utf8_width_counts_columns_not_bytes(void **state)
{
	(void)state;
	assert_int_equal(kg_utf8_width("Lu\xc3\xads In\xc3\xa1" "cio"), 11);       /* precomposed */
	assert_int_equal(kg_utf8_width("Jose\xcc\x81"), 4);                        /* e + combining acute */
	assert_int_equal(kg_utf8_width("\xe6\x9d\x8e\xe5\x85\x8b"), 4);          /* two wide CJK */
	assert_int_equal(kg_utf8_width("a\xff" "b"), 3);                             /* a bad byte is one */
	assert_int_equal(kg_utf8_width(NULL), 0);
}

static void test_core__mkdirs_creates_parents_and_refuses_files(void **state)
{
	char dir[] = "/tmp/kg-test-mkdirs-XXXXXX";
	char path[600];
	kg_error err;
	struct stat st;
	FILE *fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/a/b/c", dir);
	assert_int_equal(kg_mkdirs(path, &err), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(kg_mkdirs(path, &err), 0); /* already there */
	snprintf(path, sizeof(path), "%s/file", dir);
	assert_non_null(fp = fopen(path, "w"));
	fclose(fp);
	snprintf(path, sizeof(path), "%s/file/sub", dir);
	assert_int_equal(kg_mkdirs(path, &err), KG_EIO);
	assert_true(strstr(err.source, "/file") != NULL);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_core__strv_keeps_unique_strings_and_sorts),
		cmocka_unit_test(test_core__map_grows_and_finds_every_key),
		cmocka_unit_test(test_core__slug_folds_case_diacritics_and_dots),
		cmocka_unit_test(test_core__entity_types_read_the_usual_spellings),
		cmocka_unit_test(test_core__grow_doubles_from_its_minimum_until_the_need_fits),
		cmocka_unit_test(test_core__a_triple_view_borrows_its_names_and_leaves_the_rest_empty),
		cmocka_unit_test(test_core__facts_merge_entities_by_name_and_keep_aliases),
		cmocka_unit_test(test_core__relation_schema_knows_symmetry),
		cmocka_unit_test(test_core__utf8_prefix_stops_at_the_first_bad_byte),
		cmocka_unit_test(test_core__error_print_names_file_and_line_and_hides_control_bytes),
		cmocka_unit_test(test_core__strv_push_unique_stays_unique_past_its_index),
		cmocka_unit_test(test_core__dates_are_iso_days_months_or_years),
		cmocka_unit_test(test_core__date_sources_roles_flags_and_event_types_read_their_names),
		cmocka_unit_test(test_core__event_ids_are_stable_and_differ_by_doc_sentence_and_trigger),
		cmocka_unit_test(test_core__a_five_party_summit_derives_ten_pairs_carrying_its_id),
		cmocka_unit_test(test_core__durations_are_iso_periods_and_read_in_words),
		cmocka_unit_test(test_core__a_visit_sends_its_guests_to_its_place),
		cmocka_unit_test(test_core__utf8_width_counts_columns_not_bytes),
		cmocka_unit_test(test_core__mkdirs_creates_parents_and_refuses_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
