/* test_resolve.c: cross-document alias merging: transliterations, first-name variants, initials,
 * surnames alone, people who share a surname, places and organisations, triples and determinism. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve.h"

/* An entity of the input: name, type, mentions. */
typedef struct ent {
	const char *name;
	kg_etype type;
	unsigned long mentions;
} ent;

static const kg_etype P = KG_TYPE_PERSON, G = KG_TYPE_PLACE, O = KG_TYPE_ORG;

/* The lexicons of the tests that resolve with them (opened by the group setup). */
static kg_lex *lexicon;

static int open_lexicon(void **state)
{
	kg_error err;

	(void)state;
	return kg_lex_open(&lexicon, NULL, &err);
}

static int close_lexicon(void **state)
{
	(void)state;
	kg_lex_free(lexicon);
	lexicon = NULL;
	return 0;
}

/* A fact set with the n entities of v. */
static kg_facts *facts_of(const ent *v, size_t n)
{
	kg_facts *f = NULL;

	assert_int_equal(kg_facts_new(&f), 0);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(kg_facts_add_entity(f, v[i].name, v[i].type, NULL, v[i].mentions, NULL), 0);
	return f;
}

static void add_triple(kg_facts *f, const char *s, const char *pred, const char *o, const char *doc)
{
	kg_triple t = kg_triple_view(s, KG_TYPE_PERSON, pred, o, KG_TYPE_PERSON);

	t.evidence.doc = (char *)doc;
	t.evidence.sentence = 0;
	t.confidence = 0.9;
	assert_int_equal(kg_facts_add_triple(f, &t), 0);
}

/* Resolves in (which it frees) without a lexicon, or with lex. */
static kg_facts *resolve_with(kg_facts *in, const kg_lex *lex)
{
	kg_facts *out = NULL;
	kg_error err = { 0 };

	assert_int_equal(kg_resolve(&out, in, lex, &err), 0);
	assert_non_null(out);
	kg_facts_free(in);
	return out;
}

static kg_facts *resolve(kg_facts *in)
{
	return resolve_with(in, NULL);
}

static const kg_entity *must_find(const kg_facts *f, const char *name)
{
	const kg_entity *e = kg_facts_find(f, name);

	if (!e)
		fail_msg("no entity named %s", name);
	return e;
}

/* 1 when some why line of e starts with prefix and contains part. */
static int has_why(const kg_entity *e, const char *prefix, const char *part)
{
	for (size_t i = 0; i < e->why.n; i++)
		if (strncmp(e->why.v[i], prefix, strlen(prefix)) == 0 && strstr(e->why.v[i], part))
			return 1;
	return 0;
}

static void test_resolve__folds_names_for_comparison(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "The U.S.'s", "us" }, { "U.S.", "us" }, { "Zelenskyy\xe2\x80\x99s", "zelenskyy" },
		{ "Ukraine\xe2\x80\x93NATO Council", "ukraine nato council" }, { "Jos\xc3\xa9  Mar\xc3\xad" "a", "jose maria" },
		{ "the Kremlin", "kremlin" }, { "O'Brien", "obrien" }, { "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd", "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *n = kg_resolve_norm_new(cases[i].in);
		assert_non_null(n);
		assert_string_equal(n, cases[i].out);
		free(n);
	}
}

static void test_resolve__recognises_surname_transliterations(void **state)
{
	static const struct { const char *a, *b; int same; } cases[] = {
		{ "Zelensky", "Zelenskiy", 1 }, { "Zelensky", "Zelenskyy", 1 }, { "Zelenskyi", "Zelenski", 1 },
		{ "Sybiha", "Sybiga", 1 }, { "Aliyev", "Aliev", 1 }, { "Kuleba", "Kuleba", 1 },
		{ "Biden", "Bidet", 0 }, { "Putin", "Rutin", 0 }, { "Lammy", "Tammy", 0 }, { "Zelensky", "Zelenska", 0 },
		{ "Peterson", "Petersen", 0 }, { "Bush", "Bosh", 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (kg_resolve_surname_variant(cases[i].a, cases[i].b) != cases[i].same)
			fail_msg("%s ~ %s should be %d", cases[i].a, cases[i].b, cases[i].same);
}

static void test_resolve__relates_given_names(void **state)
{
	static const struct { const char *a, *b; kg_given_rel rel; } cases[] = {
		{ "Antony", "Anthony", KG_GIVEN_VARIANT }, { "Dmitry", "Dmytro", KG_GIVEN_VARIANT },
		{ "Dmitro", "Dmytro", KG_GIVEN_VARIANT }, { "Andrii", "Andriy", KG_GIVEN_VARIANT },
		{ "Sergey", "Sergei", KG_GIVEN_VARIANT }, { "Mohammed", "Muhammad", KG_GIVEN_VARIANT },
		{ "Tony", "Antony", KG_GIVEN_DIMINUTIVE }, { "Mike", "Michael", KG_GIVEN_DIMINUTIVE },
		{ "Bill", "Billy", KG_GIVEN_DIMINUTIVE }, { "joe", "Joe", KG_GIVEN_SAME },
		{ "Mike", "Mika", KG_GIVEN_NONE }, { "Maria", "Mario", KG_GIVEN_NONE }, { "Joe", "Hunter", KG_GIVEN_NONE },
		{ "Daniela", "Daniele", KG_GIVEN_NONE }, { "Donald", "Melania", KG_GIVEN_NONE },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (kg_resolve_given_rel(cases[i].a, cases[i].b) != cases[i].rel)
			fail_msg("%s ~ %s should be %d, is %d", cases[i].a, cases[i].b, (int)cases[i].rel,
				 (int)kg_resolve_given_rel(cases[i].a, cases[i].b));
}

static void test_resolve__the_written_out_keys_of_the_diminutives_are_their_transliteration_keys(void **state)
{
	size_t n = 0;
	const kg_diminutive *d = kg_resolve_diminutives(&n);
	char k[KG_RESOLVE_KEY_MAX];

	(void)state;
	assert_true(n > 100);
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(d[i].short_key, kg_resolve_translit_key(k, d[i].short_form, 0));
		assert_string_equal(d[i].full_key, kg_resolve_translit_key(k, d[i].full, 0));
		assert_int_equal(kg_resolve_given_rel(d[i].short_form, d[i].full), KG_GIVEN_DIMINUTIVE);
	}
}

static void test_resolve__parses_person_names(void **state)
{
	static const struct {
		const char *name;
		kg_pname_kind kind;
		const char *given, *surname;
		int middle, title;
	} cases[] = {
		{ "Antony J. Blinken", KG_PNAME_FULL, "antony", "blinken", 1, 0 },
		{ "Ursula von der Leyen", KG_PNAME_FULL, "ursula", "leyen", 0, 0 },
		{ "von der Leyen", KG_PNAME_SURNAME, NULL, "leyen", 0, 0 },
		{ "Mohammed bin Salman", KG_PNAME_FULL, "mohammed", "salman", 0, 0 },
		{ "Bashar al-Assad", KG_PNAME_FULL, "bashar", "assad", 0, 0 },
		{ "President Zelensky", KG_PNAME_SURNAME, NULL, "zelensky", 0, 1 },
		{ "Secretary of State Antony Blinken", KG_PNAME_FULL, "antony", "blinken", 0, 1 },
		{ "King Charles III", KG_PNAME_GIVEN, "charles", NULL, 0, 1 },
		{ "Harald II", KG_PNAME_GIVEN, "harald", NULL, 0, 0 },
		{ "Tomas Renn III", KG_PNAME_FULL, "tomas", "renn", 0, 0 },
		{ "Al Gore", KG_PNAME_FULL, "al", "gore", 0, 0 },
		{ "Martin Luther King Jr.", KG_PNAME_FULL, "martin", "king", 0, 0 },
		{ "Blinken's", KG_PNAME_SURNAME, NULL, "blinken", 0, 0 },
		{ "J.D. Vance", KG_PNAME_SURNAME, NULL, "vance", 0, 0 },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		kg_person_name p;

		assert_int_equal(kg_resolve_person_parse(&p, cases[i].name, NULL), 0);
		if (p.kind != cases[i].kind)
			fail_msg("%s: kind %d, want %d", cases[i].name, (int)p.kind, (int)cases[i].kind);
		if (cases[i].given)
			assert_string_equal(p.given, cases[i].given);
		else
			assert_null(p.given);
		if (cases[i].surname)
			assert_string_equal(p.surname, cases[i].surname);
		else
			assert_null(p.surname);
		assert_int_equal(p.middle_initial, cases[i].middle);
		assert_int_equal(p.title, cases[i].title);
		kg_resolve_person_clear(&p);
	}
}

static void test_resolve__merges_zelenskiy_into_zelensky(void **state)
{
	static const ent in[] = {
		{ "Volodymyr Zelensky", P, 9 }, { "Volodymyr Zelenskiy", P, 4 }, { "Zelenskyy", P, 2 },
		{ "Volodymyr Zelenskyy", P, 3 },
	};
	kg_facts *out = resolve(facts_of(in, 4));
	const kg_entity *e = must_find(out, "Volodymyr Zelensky");

	(void)state;
	assert_int_equal(out->n_entities, 1);
	assert_int_equal(e->type, KG_TYPE_PERSON);
	assert_int_equal(e->mentions, 18);
	assert_true(kg_strv_contains(&e->aliases, "Volodymyr Zelenskiy"));
	assert_true(kg_strv_contains(&e->aliases, "Volodymyr Zelenskyy"));
	assert_true(kg_strv_contains(&e->aliases, "Zelenskyy"));
	assert_false(kg_strv_contains(&e->aliases, "Volodymyr Zelensky"));
	kg_facts_free(out);
}

static void test_resolve__merges_surname_variants_when_no_full_name(void **state)
{
	static const ent in[] = { { "Zelenskiy", P, 1 }, { "Zelensky", P, 3 } };
	kg_facts *out = resolve(facts_of(in, 2));

	(void)state;
	assert_int_equal(out->n_entities, 1);
	assert_true(has_why(must_find(out, "Zelensky"), "Zelenskiy: ", "transliteration variant of Zelensky"));
	kg_facts_free(out);
}

static void test_resolve__merges_anthony_blinken_into_antony_blinken(void **state)
{
	static const ent in[] = { { "Antony Blinken", P, 7 }, { "Anthony Blinken", P, 2 }, { "Tony Blinken", P, 1 } };
	kg_facts *out = resolve(facts_of(in, 3));
	const kg_entity *e = must_find(out, "Antony Blinken");

	(void)state;
	assert_int_equal(out->n_entities, 1);
	assert_int_equal(e->mentions, 10);
	assert_true(kg_strv_contains(&e->aliases, "Anthony Blinken"));
	assert_true(kg_strv_contains(&e->aliases, "Tony Blinken"));
	kg_facts_free(out);
}

static void test_resolve__merges_middle_initial(void **state)
{
	static const ent in[] = { { "Antony J. Blinken", P, 5 }, { "Antony Blinken", P, 2 } };
	kg_facts *out = resolve(facts_of(in, 2));

	(void)state;
	assert_int_equal(out->n_entities, 1);
	/* the form without the initial is preferred even with fewer mentions */
	assert_true(kg_strv_contains(&must_find(out, "Antony Blinken")->aliases, "Antony J. Blinken"));
	kg_facts_free(out);
}

static void test_resolve__merges_given_names_written_with_or_without_a_hyphen(void **state)
{
	static const ent in[] = { { "Abdel-Karim El-Tawil", P, 3 }, { "Abdel Karim al-Tawil", P, 2 },
				  { "Abdel Aziz al-Tawil", P, 1 } };
	kg_facts *out = resolve(facts_of(in, 3));

	(void)state;
	assert_int_equal(out->n_entities, 2);
	assert_true(kg_strv_contains(&must_find(out, "Abdel-Karim El-Tawil")->aliases, "Abdel Karim al-Tawil") ||
		    kg_strv_contains(&must_find(out, "Abdel Karim al-Tawil")->aliases, "Abdel-Karim El-Tawil"));
	kg_facts_free(out);
}

static void test_resolve__merges_dmitry_and_dmytro_kuleba(void **state)
{
	static const ent in[] = { { "Dmitry Kuleba", P, 2 }, { "Dmytro Kuleba", P, 6 }, { "Dmitro Kuleba", P, 1 } };
	kg_facts *out = resolve(facts_of(in, 3));
	const kg_entity *e = must_find(out, "Dmytro Kuleba");

	(void)state;
	assert_int_equal(out->n_entities, 1);
	assert_true(kg_strv_contains(&e->aliases, "Dmitry Kuleba"));
	assert_true(kg_strv_contains(&e->aliases, "Dmitro Kuleba"));
	kg_facts_free(out);
}

static void test_resolve__keeps_joe_and_hunter_biden_apart(void **state)
{
	static const ent in[] = {
		{ "Joe Biden", P, 9 }, { "Hunter Biden", P, 2 }, { "Donald Trump", P, 8 }, { "Melania Trump", P, 1 },
	};
	kg_facts *out = resolve(facts_of(in, 4));

	(void)state;
	assert_int_equal(out->n_entities, 4);
	assert_int_equal(must_find(out, "Hunter Biden")->aliases.n, 0);
	assert_int_equal(must_find(out, "Joe Biden")->aliases.n, 0);
	assert_int_equal(must_find(out, "Melania Trump")->why.n, 0);
	kg_facts_free(out);
}

static void test_resolve__leaves_ambiguous_surname_alone(void **state)
{
	static const ent in[] = { { "Joe Biden", P, 9 }, { "Hunter Biden", P, 2 }, { "Biden", P, 4 }, { "President Biden", P, 1 } };
	kg_facts *out = resolve(facts_of(in, 4));

	(void)state;
	assert_int_equal(out->n_entities, 4);
	assert_int_equal(must_find(out, "Biden")->why.n, 0);
	assert_int_equal(must_find(out, "Biden")->mentions, 4);
	assert_int_equal(must_find(out, "Joe Biden")->mentions, 9);
	kg_facts_free(out);
}

static void test_resolve__attaches_unique_surname_to_full_name(void **state)
{
	static const ent in[] = {
		{ "Blinken", P, 3 }, { "Antony Blinken", P, 4 }, { "President Trump", P, 2 }, { "Donald Trump", P, 5 },
		{ "von der Leyen", P, 1 }, { "Ursula von der Leyen", P, 2 },
	};
	kg_facts *out = resolve(facts_of(in, 6));

	(void)state;
	assert_int_equal(out->n_entities, 3);
	assert_int_equal(must_find(out, "Antony Blinken")->mentions, 7);
	assert_true(kg_strv_contains(&must_find(out, "Donald Trump")->aliases, "President Trump"));
	assert_true(kg_strv_contains(&must_find(out, "Ursula von der Leyen")->aliases, "von der Leyen"));
	kg_facts_free(out);
}

static void test_resolve__keeps_a_diminutive_of_two_different_names_apart(void **state)
{
	static const ent in[] = {
		{ "Alex Smith", P, 1 }, { "Alexander Smith", P, 1 }, { "Alexandra Smith", P, 1 },
		{ "Bill Clinton", P, 2 }, { "Billy Clinton", P, 1 }, { "William Clinton", P, 1 },
	};
	kg_facts *out = resolve(facts_of(in, 6));

	(void)state;
	assert_int_equal(out->n_entities, 4);
	assert_int_equal(must_find(out, "Alex Smith")->aliases.n, 0);
	assert_int_equal(must_find(out, "Bill Clinton")->aliases.n, 2);
	kg_facts_free(out);
}

static void test_resolve__refuses_putin_rutin(void **state)
{
	static const ent in[] = {
		{ "Vladimir Putin", P, 5 }, { "Vladimir Rutin", P, 1 }, { "Joe Biden", P, 1 }, { "Joe Bidet", P, 1 },
		{ "David Lammy", P, 1 }, { "David Tammy", P, 1 }, { "Mike Waltz", P, 1 }, { "Mika Waltz", P, 1 },
	};
	kg_facts *out = resolve(facts_of(in, 8));

	(void)state;
	assert_int_equal(out->n_entities, 8);
	kg_facts_free(out);
}

static void test_resolve__keeps_gendered_surnames_apart(void **state)
{
	static const ent in[] = { { "Volodymyr Zelensky", P, 5 }, { "Olena Zelenska", P, 2 }, { "Zelenska", P, 1 } };
	kg_facts *out = resolve(facts_of(in, 3));

	(void)state;
	assert_int_equal(out->n_entities, 2);
	assert_true(kg_strv_contains(&must_find(out, "Olena Zelenska")->aliases, "Zelenska"));
	kg_facts_free(out);
}

static void test_resolve__keeps_scripts_apart(void **state)
{
	static const ent in[] = {
		{ "\xd0\x92\xd0\xbb\xd0\xb0\xd0\xb4\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x80 \xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd", P, 1 },
		{ "\xd0\x92\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x80 \xd0\x97\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd\xd1\x81\xd1\x8c\xd0\xba\xd0\xb8\xd0\xb9", P, 1 },
		{ "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3", P, 1 },
	};
	kg_facts *out = resolve(facts_of(in, 3));

	(void)state;
	assert_int_equal(out->n_entities, 3);
	kg_facts_free(out);
}

static void test_resolve__rewrites_triples_to_canonical_names(void **state)
{
	static const ent in[] = { { "Antony Blinken", P, 5 }, { "Anthony Blinken", P, 1 }, { "Dmytro Kuleba", P, 3 }, { "Dmitry Kuleba", P, 1 } };
	kg_facts *f = facts_of(in, 4), *out;
	const kg_triple *t;

	(void)state;
	add_triple(f, "Anthony Blinken", "meet", "Dmitry Kuleba", "doc1");
	out = resolve(f);
	assert_int_equal(out->n_triples, 1);
	t = &out->triples[0];
	assert_string_equal(t->subject, "Antony Blinken");
	assert_string_equal(t->object, "Dmytro Kuleba");
	assert_string_equal(t->predicate, "meet");
	assert_string_equal(t->evidence.doc, "doc1");
	assert_int_equal(out->n_entities, 2);
	kg_facts_free(out);
}

static void test_resolve__drops_self_loops_after_merging(void **state)
{
	static const ent in[] = { { "Volodymyr Zelensky", P, 5 }, { "Zelenskiy", P, 1 }, { "Andrii Sybiha", P, 2 } };
	kg_facts *f = facts_of(in, 3), *out;

	(void)state;
	add_triple(f, "Zelenskiy", "meet", "Volodymyr Zelensky", "doc1");
	add_triple(f, "Zelenskiy", "meet", "Andrii Sybiha", "doc2");
	out = resolve(f);
	assert_int_equal(out->n_triples, 1);
	assert_string_equal(out->triples[0].subject, "Volodymyr Zelensky");
	assert_string_equal(out->triples[0].object, "Andrii Sybiha");
	kg_facts_free(out);
}

/* Everything of a fact set as one string, to compare two results. */
static char *dump(const kg_facts *f)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	for (size_t i = 0; i < f->n_entities; i++) {
		const kg_entity *e = &f->entities[i];
		fprintf(fp, "E %s %d %lu\n", e->name, (int)e->type, e->mentions);
		for (size_t k = 0; k < e->aliases.n; k++)
			fprintf(fp, " A %s\n", e->aliases.v[k]);
		for (size_t k = 0; k < e->why.n; k++)
			fprintf(fp, " W %s\n", e->why.v[k]);
	}
	for (size_t i = 0; i < f->n_triples; i++)
		fprintf(fp, "T %s %s %s %s\n", f->triples[i].subject, f->triples[i].predicate, f->triples[i].object,
			f->triples[i].evidence.doc);
	fclose(fp);
	return buf;
}

static void test_resolve__is_independent_of_input_order(void **state)
{
	static const ent in[] = {
		{ "Volodymyr Zelensky", P, 4 }, { "Volodymyr Zelenskiy", P, 4 }, { "Zelenskyy", P, 2 },
		{ "Antony Blinken", P, 3 }, { "Anthony Blinken", P, 3 }, { "Blinken", P, 1 }, { "Joe Biden", P, 2 },
		{ "Hunter Biden", P, 2 }, { "Biden", P, 2 }, { "European Union", O, 2 }, { "EU", O, 2 },
		{ "Jeddah", G, 2 }, { "jeddah", O, 2 }, { "the Kremlin", O, 1 }, { "Kremlin", O, 1 },
	};
	enum { N = sizeof(in) / sizeof(in[0]) };
	ent rev[N];
	kg_facts *a, *b;
	char *da, *db;

	(void)state;
	for (size_t i = 0; i < N; i++)
		rev[i] = in[N - 1 - i];
	a = facts_of(in, N);
	b = facts_of(rev, N);
	add_triple(a, "Anthony Blinken", "meet", "Volodymyr Zelenskiy", "d1");
	add_triple(a, "Joe Biden", "speak_with", "Zelenskyy", "d2");
	add_triple(b, "Joe Biden", "speak_with", "Zelenskyy", "d2");
	add_triple(b, "Anthony Blinken", "meet", "Volodymyr Zelenskiy", "d1");
	a = resolve(a);
	b = resolve(b);
	da = dump(a);
	db = dump(b);
	assert_string_equal(da, db);
	/* a tie in mentions: the lexicographically smaller spelling wins */
	assert_non_null(kg_facts_find(a, "Volodymyr Zelenskiy"));
	assert_non_null(kg_facts_find(a, "Anthony Blinken"));
	free(da);
	free(db);
	kg_facts_free(a);
	kg_facts_free(b);
}

static void test_resolve__logs_why_each_alias_merged(void **state)
{
	static const ent in[] = {
		{ "Volodymyr Zelensky", P, 6 }, { "Volodymyr Zelenskiy", P, 2 }, { "Antony Blinken", P, 5 },
		{ "Anthony Blinken", P, 1 }, { "Antony J. Blinken", P, 1 }, { "Blinken", P, 2 }, { "Tony Blinken", P, 1 },
		{ "Dmytro Kuleba", P, 3 }, { "Dmitry Kuleba", P, 1 },
	};
	kg_facts *out = resolve(facts_of(in, sizeof(in) / sizeof(in[0])));
	const kg_entity *z = must_find(out, "Volodymyr Zelensky"), *b = must_find(out, "Antony Blinken");

	(void)state;
	assert_true(has_why(z, "Volodymyr Zelenskiy: ", "transliteration variant of Volodymyr Zelensky (zelenskiy ~ zelensky)"));
	assert_true(has_why(b, "Anthony Blinken: ", "first-name variant of Antony Blinken"));
	assert_true(has_why(b, "Antony J. Blinken: ", "without the middle initial"));
	assert_true(has_why(b, "Blinken: ", "surname of Antony Blinken, the only person with that surname"));
	assert_true(has_why(b, "Tony Blinken: ", "first-name variant of Antony Blinken (tony ~ antony"));
	assert_true(has_why(must_find(out, "Dmytro Kuleba"), "Dmitry Kuleba: ", "(dmitry ~ dmytro)"));
	assert_int_equal(b->why.n, 4);
	assert_int_equal(z->why.n, 1);
	kg_facts_free(out);
}

static void test_resolve__takes_the_majority_type(void **state)
{
	static const ent in[] = { { "Jeddah", G, 3 }, { "jeddah", O, 1 } };
	kg_facts *out = resolve(facts_of(in, 2));
	const kg_entity *e = must_find(out, "Jeddah");

	(void)state;
	assert_int_equal(out->n_entities, 1);
	assert_int_equal(e->type, KG_TYPE_PLACE);
	assert_int_equal(e->mentions, 4);
	assert_true(has_why(e, "Jeddah: ", "typed ORG and PLACE in different documents; PLACE by most mentions"));
	kg_facts_free(out);
}

static void test_resolve__merges_acronyms_with_the_one_name_of_their_initials(void **state)
{
	static const ent in[] = {
		{ "European Union", O, 4 }, { "EU", O, 2 }, { "North Atlantic Treaty Organization", O, 1 }, { "NATO", O, 5 },
		{ "UN", O, 1 }, { "United Nations", O, 1 }, { "Ukrainian Navy", O, 1 }, { "the Kremlin", O, 1 }, { "Kremlin", O, 2 },
	};
	kg_facts *out = resolve(facts_of(in, sizeof(in) / sizeof(in[0])));
	const kg_entity *eu = must_find(out, "European Union");

	(void)state;
	assert_true(kg_strv_contains(&eu->aliases, "EU"));
	assert_true(has_why(eu, "EU: ", "abbreviation of European Union"));
	assert_true(kg_strv_contains(&must_find(out, "North Atlantic Treaty Organization")->aliases, "NATO"));
	/* "UN" could be the United Nations or the Ukrainian Navy: left alone */
	assert_non_null(kg_facts_find(out, "UN"));
	assert_int_equal(must_find(out, "United Nations")->aliases.n, 0);
	assert_true(kg_strv_contains(&must_find(out, "Kremlin")->aliases, "the Kremlin"));
	assert_int_equal(out->n_entities, 6);
	kg_facts_free(out);
}

static void test_resolve__keeps_unrelated_types_apart(void **state)
{
	static const ent in[] = { { "Georgia", G, 2 }, { "Georgia Meloni", P, 1 }, { "EU", G, 1 }, { "European Union", O, 1 } };
	kg_facts *out = resolve(facts_of(in, 4));

	(void)state;
	assert_int_equal(out->n_entities, 4);
	kg_facts_free(out);
}

static void test_resolve__merges_us_variants_into_united_states(void **state)
{
	static const ent in[] = {
		{ "U.S.", G, 5 }, { "US", G, 3 }, { "United States", G, 2 }, { "Britain", G, 2 }, { "UK", G, 1 },
		{ "Kiev", G, 1 }, { "Kyiv", G, 4 }, { "EU", O, 2 }, { "European Union", O, 1 },
	};
	const kg_lex *lex = lexicon;
	kg_facts *out, *f;
	const kg_entity *us;

	(void)state;
	if (!lex)
		skip();
	f = facts_of(in, sizeof(in) / sizeof(in[0]));
	add_triple(f, "U.S.", "meet", "UK", "d1");
	out = resolve_with(f, lex);
	us = must_find(out, "United States");
	assert_int_equal(us->mentions, 10);
	assert_true(kg_strv_contains(&us->aliases, "U.S."));
	assert_true(kg_strv_contains(&us->aliases, "US"));
	assert_true(has_why(us, "U.S.: ", "abbreviation of United States"));
	assert_true(kg_strv_contains(&must_find(out, "United Kingdom")->aliases, "Britain"));
	assert_true(has_why(must_find(out, "United Kingdom"), "Britain: ", "alternative name of United Kingdom"));
	assert_true(kg_strv_contains(&must_find(out, "Kyiv")->aliases, "Kiev"));
	assert_true(kg_strv_contains(&must_find(out, "European Union")->aliases, "EU"));
	assert_int_equal(out->n_entities, 4);
	assert_int_equal(out->n_triples, 1);
	assert_string_equal(out->triples[0].subject, "United States");
	assert_string_equal(out->triples[0].object, "United Kingdom");
	kg_facts_free(out);
}

/* A parsed curation file of text (named "cur.tsv"). */
static kg_curation *curation_of(const char *text)
{
	kg_curation *c = NULL;
	kg_error err = { 0 };

	assert_int_equal(kg_curation_parse(&c, text, strlen(text), "cur.tsv", &err), 0);
	assert_non_null(c);
	return c;
}

/* Resolves in (which it frees) with the curation of text and lex. */
static kg_facts *resolve_curated(kg_facts *in, const kg_lex *lex, const char *text)
{
	kg_curation *c = curation_of(text);
	kg_facts *out = NULL;
	kg_error err = { 0 };

	assert_int_equal(kg_resolve_curated(&out, in, lex, c, &err), 0);
	assert_non_null(out);
	kg_facts_free(in);
	kg_curation_free(c);
	return out;
}

static void test_resolve__reads_a_curation_file_and_reports_bad_lines_with_their_number(void **state)
{
	static const struct {
		const char *text;  /* the file */
		long line;         /* the line reported */
		const char *what;  /* part of the message */
	} bad[] = {
		{ "# fixes\nsame\tA\n", 2, "same<TAB>NAME<TAB>NAME" },
		{ "ignore\tX\n\nmerge\tA\tB\n", 3, "valid: same, different, type, ignore, rename" },
		{ "type\tNPC\tCOUNTRY\n", 1, "valid: PERSON, ORG, PLACE" },
		{ "different\tTaiwan\tTAIWAN\n", 1, "one name" },
		{ "same A B\n", 1, "tabs" },
		{ "ignore\tA\tB\n", 1, "ignore<TAB>NAME" },
	};
	kg_curation *c = NULL;
	kg_error err = { 0 };

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&err, 0, sizeof(err));
		assert_int_equal(kg_curation_parse(&c, bad[i].text, strlen(bad[i].text), "cur.tsv", &err), KG_EPARSE);
		assert_null(c);
		assert_string_equal(err.source, "cur.tsv");
		assert_int_equal(err.line, bad[i].line);
		assert_non_null(strstr(err.text, bad[i].what));
	}
	assert_int_equal(kg_curation_parse(&c, "same\t\xff\tB\n", 9, "cur.tsv", &err), KG_EUTF8);
	assert_null(c);
	c = curation_of("# a comment\n\n  same\tU.S. Congress \t Congress\r\nrename\tNPC\tNational People's Congress\n");
	assert_int_equal(c->n, 2);
	assert_int_equal(c->rules[0].kind, KG_CUR_SAME);
	assert_string_equal(c->rules[0].a, "U.S. Congress");
	assert_string_equal(c->rules[0].b, "Congress");
	assert_int_equal(c->rules[0].line, 3);
	assert_int_equal(c->rules[1].kind, KG_CUR_RENAME);
	assert_int_equal(c->rules[1].line, 4);
	kg_curation_free(c);
	kg_curation_free(NULL);
}

static void test_resolve__applies_same_type_ignore_and_rename_lines_and_says_which_line(void **state)
{
	static const ent in[] = {
		{ "Mohamed bin Zayed", P, 2 }, { "Mohamed bin Zayed Al Nahyan", P, 1 }, { "NPC", O, 3 },
		{ "Lagos", G, 1 }, { "Narendra Modi", P, 1 },
	};
	kg_facts *f = facts_of(in, sizeof(in) / sizeof(in[0])), *out;
	const kg_entity *m, *npc;

	(void)state;
	add_triple(f, "Mohamed bin Zayed", "meet", "Narendra Modi", "d1");
	add_triple(f, "Narendra Modi", "visits", "Lagos", "d1");
	out = resolve_curated(f, NULL, "same\tMohamed bin Zayed Al Nahyan\tmohamed bin zayed\ntype\tNPC\tPLACE\n"
				       "ignore\tLagos\nrename\tNPC\tNational People's Congress\n");
	m = must_find(out, "Mohamed bin Zayed Al Nahyan");
	assert_int_equal(m->mentions, 3);
	assert_true(has_why(m, "Mohamed bin Zayed: ", "(curation cur.tsv:1)"));
	assert_null(kg_facts_find(out, "Mohamed bin Zayed"));
	assert_null(kg_facts_find(out, "Lagos"));
	npc = must_find(out, "National People's Congress");
	assert_int_equal(npc->type, KG_TYPE_PLACE);
	assert_true(kg_strv_contains(&npc->aliases, "NPC"));
	assert_true(has_why(npc, "NPC: ", "renamed National People's Congress (curation cur.tsv:4)"));
	assert_true(has_why(npc, "NPC: ", "(curation cur.tsv:2)"));
	assert_int_equal(out->n_triples, 1);
	assert_string_equal(out->triples[0].subject, "Mohamed bin Zayed Al Nahyan");
	kg_facts_free(out);
}

static void test_resolve__keeps_the_names_of_a_different_line_apart(void **state)
{
	static const ent in[] = { { "Taiwan", G, 3 }, { "Republic of China", G, 1 }, { "U.S. Congress", O, 2 } };
	const kg_lex *lex = lexicon;
	kg_facts *f, *out;

	(void)state;
	if (!lex)
		skip();
	/* without the line the gazetteer makes them one place */
	out = resolve_with(facts_of(in, 3), lex);
	assert_true(kg_strv_contains(&must_find(out, "Taiwan")->aliases, "Republic of China"));
	kg_facts_free(out);
	out = resolve_curated(facts_of(in, 3), lex, "different\tTaiwan\tRepublic of China\n");
	assert_false(kg_strv_contains(&must_find(out, "Taiwan")->aliases, "Republic of China"));
	assert_true(has_why(must_find(out, "Republic of China"), "Republic of China: ", "(curation cur.tsv:1)"));
	kg_facts_free(out);
	/* an alias a document had merged is split off again */
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_facts_add_entity(f, "U.S. Congress", O, "National People's Congress", 2, NULL), 0);
	out = resolve_curated(f, lex, "different\tNational People's Congress\tU.S. Congress\n");
	assert_int_equal(must_find(out, "U.S. Congress")->aliases.n, 0);
	assert_true(has_why(must_find(out, "U.S. Congress"), "National People's Congress: ", "not merged"));
	must_find(out, "National People's Congress");
	kg_facts_free(out);
}

static void test_resolve__handles_empty_and_missing_input(void **state)
{
	kg_facts *in = NULL, *out = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_resolve(&out, NULL, NULL, &err), KG_EINVAL);
	assert_null(out);
	assert_true(err.text[0] != '\0');
	assert_int_equal(kg_facts_new(&in), 0);
	out = resolve(in);
	assert_int_equal(out->n_entities, 0);
	assert_int_equal(out->n_triples, 0);
	kg_facts_free(out);
}

/* Many people sharing few surnames: blocking keeps this fast, and full names stay apart. */
static void test_resolve__scales_to_many_entities(void **state)
{
	static const char *const given[] = { "Alice", "Boris", "Carmen", "Dmitri", "Emeka", "Fatima", "Gustav", "Hiroshi" };
	static const char consonants[] = "bdfklmnprstv";
	kg_facts *f = NULL, *out;
	char name[64];

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	for (size_t i = 0; i < 3000; i++) {
		size_t s = i / 8;
		snprintf(name, sizeof(name), "%s Ba%ca%ca%c", given[i % 8], consonants[s % 12], consonants[s / 12 % 12],
			 consonants[s / 144 % 12]);
		assert_int_equal(kg_facts_add_entity(f, name, KG_TYPE_PERSON, NULL, 1, NULL), 0);
	}
	out = resolve(f);
	assert_int_equal(out->n_entities, 3000);
	kg_facts_free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolve__folds_names_for_comparison),
		cmocka_unit_test(test_resolve__recognises_surname_transliterations),
		cmocka_unit_test(test_resolve__relates_given_names),
		cmocka_unit_test(test_resolve__the_written_out_keys_of_the_diminutives_are_their_transliteration_keys),
		cmocka_unit_test(test_resolve__parses_person_names),
		cmocka_unit_test(test_resolve__merges_zelenskiy_into_zelensky),
		cmocka_unit_test(test_resolve__merges_surname_variants_when_no_full_name),
		cmocka_unit_test(test_resolve__merges_anthony_blinken_into_antony_blinken),
		cmocka_unit_test(test_resolve__merges_middle_initial),
		cmocka_unit_test(test_resolve__merges_given_names_written_with_or_without_a_hyphen),
		cmocka_unit_test(test_resolve__merges_dmitry_and_dmytro_kuleba),
		cmocka_unit_test(test_resolve__keeps_joe_and_hunter_biden_apart),
		cmocka_unit_test(test_resolve__leaves_ambiguous_surname_alone),
		cmocka_unit_test(test_resolve__attaches_unique_surname_to_full_name),
		cmocka_unit_test(test_resolve__keeps_a_diminutive_of_two_different_names_apart),
		cmocka_unit_test(test_resolve__refuses_putin_rutin),
		cmocka_unit_test(test_resolve__keeps_gendered_surnames_apart),
		cmocka_unit_test(test_resolve__keeps_scripts_apart),
		cmocka_unit_test(test_resolve__rewrites_triples_to_canonical_names),
		cmocka_unit_test(test_resolve__drops_self_loops_after_merging),
		cmocka_unit_test(test_resolve__is_independent_of_input_order),
		cmocka_unit_test(test_resolve__logs_why_each_alias_merged),
		cmocka_unit_test(test_resolve__takes_the_majority_type),
		cmocka_unit_test(test_resolve__merges_acronyms_with_the_one_name_of_their_initials),
		cmocka_unit_test(test_resolve__keeps_unrelated_types_apart),
		cmocka_unit_test(test_resolve__merges_us_variants_into_united_states),
		cmocka_unit_test(test_resolve__reads_a_curation_file_and_reports_bad_lines_with_their_number),
		cmocka_unit_test(test_resolve__applies_same_type_ignore_and_rename_lines_and_says_which_line),
		cmocka_unit_test(test_resolve__keeps_the_names_of_a_different_line_apart),
		cmocka_unit_test(test_resolve__handles_empty_and_missing_input),
		cmocka_unit_test(test_resolve__scales_to_many_entities),
	};
	return cmocka_run_group_tests(tests, open_lexicon, close_lexicon);
}
