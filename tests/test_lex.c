/* test_lex.c: the lexicons: word classes, WordNet, places, demonyms, organisations, titles, verbs. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <pthread.h>

#include "lex/lex.h"

static kg_lex *lex;

static int open_lexicon(void **state)
{
	kg_error err;

	(void)state;
	return kg_lex_open(&lex, NULL, &err) == 0 && err.text[0] == '\0' ? 0 : -1;
}

static int close_lexicon(void **state)
{
	(void)state;
	kg_lex_free(lex);
	lex = NULL;
	return 0;
}

static unsigned word(const char *w)
{
	return kg_lex_word(lex, w, strlen(w));
}

static int place(const char *name, kg_place *p)
{
	memset(p, 0, sizeof(*p));
	return kg_lex_place(lex, name, strlen(name), p);
}

static void skip_without_geonames(void)
{
	if (!kg_lex_has_geonames())
		skip();
}

/* Splits s at spaces into at most cap spans. */
static size_t spans(kg_span *v, size_t cap, const char *s)
{
	size_t n = 0;

	while (*s && n < cap) {
		size_t len = strcspn(s, " ");
		v[n].s = s;
		v[n++].n = len;
		s += len;
		while (*s == ' ')
			s++;
	}
	return n;
}

static size_t title(const char *s, const char **canonical)
{
	kg_span v[12];
	size_t n = spans(v, 12, s);

	return kg_lex_title(lex, v, n, canonical);
}

static const char *lemma(const char *w, char *buf, size_t cap)
{
	return kg_lex_verb_lemma(lex, w, strlen(w), buf, cap);
}

static void test_lex__wordnet_classes_brussels_as_location_and_nato_as_group(void **state)
{
	(void)state;
	assert_int_equal(kg_lex_wordnet_class(lex, "brussels", 8), KG_WN_LOCATION);
	assert_int_equal(kg_lex_wordnet_class(lex, "nato", 4), KG_WN_GROUP);
	assert_int_equal(kg_lex_wordnet_class(lex, "Abu Dhabi", 9), KG_WN_LOCATION);
	assert_int_equal(kg_lex_wordnet_class(lex, "officials", 9), KG_WN_PERSON);
	assert_int_equal(kg_lex_wordnet_class(lex, "zzxqy", 5), KG_WN_NONE);
}

static void test_lex__wordnet_tells_modifiers_from_nouns_of_one_sense(void **state)
{
	(void)state;
	assert_true(kg_lex_wordnet_modifier(lex, "Veteran", 7));
	assert_true(kg_lex_wordnet_modifier(lex, "interim", 7));
	assert_true(kg_lex_wordnet_modifier(lex, "Acting", 6));
	assert_false(kg_lex_wordnet_modifier(lex, "Airbus", 6));
	assert_false(kg_lex_wordnet_modifier(lex, "apple", 5));
	assert_false(kg_lex_wordnet_modifier(lex, "zzxqy", 5));
}

static void test_lex__reads_a_formal_country_name_as_its_country(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("the Kingdom of Norway", &p));
	assert_int_equal(p.kind, KG_PLACE_COUNTRY);
	assert_string_equal(p.canonical, "Norway");
	assert_true(place("Hashemite Kingdom of Jordan", &p));
	assert_string_equal(p.canonical, "Jordan");
	assert_true(place("Republic of the Gambia", &p));
	assert_int_equal(p.kind, KG_PLACE_COUNTRY);
	assert_true(place("Federal Democratic Republic of Ethiopia", &p));
	assert_string_equal(p.canonical, "Ethiopia");
	assert_true(place("the Federative Republic of Brazil", &p));
	assert_string_equal(p.canonical, "Brazil");
	assert_true(place("Oriental Republic of Uruguay", &p));
	assert_string_equal(p.canonical, "Uruguay");
	assert_false(place("Kingdom of Heaven", &p));
	assert_false(place("State of Mind", &p));
	assert_false(place("Republic of", &p));
}

static void test_lex__wordnet_knows_proper_nouns_by_their_capitals(void **state)
{
	(void)state;
	assert_true(kg_lex_wordnet_proper(lex, "Brussels", 8));
	assert_true(kg_lex_wordnet_proper(lex, "nato", 4));
	assert_false(kg_lex_wordnet_proper(lex, "table", 5));
}

static void test_lex__officials_is_a_common_word(void **state)
{
	(void)state;
	assert_true(word("officials") & KG_LEX_COMMON);
	assert_true(word("Officials") & KG_LEX_COMMON);
	assert_false(word("officials") & KG_LEX_PROPER);
}

static void test_lex__brussels_is_proper_only(void **state)
{
	(void)state;
	assert_true(word("Brussels") & KG_LEX_PROPER);
	assert_false(word("Brussels") & KG_LEX_COMMON);
	/* a possessive with a curly apostrophe still finds the name */
	assert_true(word("Brussels\xE2\x80\x99s") & KG_LEX_PROPER);
}

static void test_lex__knows_first_names_from_propernames_and_the_curated_table(void **state)
{
	(void)state;
	assert_true(word("volodymyr") & KG_LEX_FIRSTNAME);
	assert_true(word("Volodymyr") & KG_LEX_FIRSTNAME);
	assert_true(word("mike") & KG_LEX_FIRSTNAME);
	assert_true(word("Adlai") & KG_LEX_FIRSTNAME);
	assert_true(word("Antony") & KG_LEX_FIRSTNAME);
	assert_false(word("meeting") & KG_LEX_FIRSTNAME);
	assert_false(word("the") & KG_LEX_FIRSTNAME);
}

static void test_lex__classes_function_words_titles_and_calendar_words(void **state)
{
	(void)state;
	assert_true(word("the") & KG_LEX_STOP);
	assert_true(word("However") & KG_LEX_STOP);
	assert_true(word("she") & KG_LEX_PRONOUN);
	assert_true(word("Mr") & KG_LEX_HONORIFIC);
	assert_true(word("September") & KG_LEX_MONTH);
	assert_true(word("Sept") & KG_LEX_MONTH);
	assert_true(word("Tuesday") & KG_LEX_WEEKDAY);
	assert_true(word("minister") & KG_LEX_TITLE);
	assert_true(word("spokeswoman") & KG_LEX_TITLE);
	assert_true(word("Ministry") & KG_LEX_ORGWORD);
	assert_true(word("oblast") & KG_LEX_PLACEWORD);
	assert_true(word("bin") & KG_LEX_PARTICLE);
	assert_true(word("von") & KG_LEX_PARTICLE);
	assert_true(word("said") & KG_LEX_SPEECH);
	assert_true(word("told") & KG_LEX_SPEECH);
	assert_true(word("newsletter") & KG_LEX_FURNITURE);
	assert_true(word("Times") & KG_LEX_MEDIA);
	assert_true(word("Ukrainian") & KG_LEX_DEMONYM);
	assert_false(word("meeting") & (KG_LEX_STOP | KG_LEX_TITLE | KG_LEX_SPEECH));
}

static void test_lex__us_with_dots_is_the_united_states(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("U.S.", &p));
	assert_int_equal(p.kind, KG_PLACE_COUNTRY);
	assert_string_equal(p.canonical, "United States");
	assert_string_equal(p.country, "United States");
	assert_true(place("US", &p));
	assert_string_equal(p.canonical, "United States");
	assert_true(place("United States of America", &p));
	assert_string_equal(p.canonical, "United States");
}

static void test_lex__lower_case_us_is_not_a_place(void **state)
{
	kg_place p;

	(void)state;
	assert_false(place("us", &p));
	assert_false(place("Us", &p));
}

static void test_lex__britain_is_the_united_kingdom(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("Britain", &p));
	assert_int_equal(p.kind, KG_PLACE_COUNTRY);
	assert_string_equal(p.canonical, "United Kingdom");
	assert_true(place("UK", &p));
	assert_string_equal(p.canonical, "United Kingdom");
}

static void test_lex__cleans_miscfiles_country_names(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("Russian Federation", &p));
	assert_string_equal(p.canonical, "Russia");
	assert_true(place("Republic of Korea", &p));
	assert_string_equal(p.canonical, "South Korea");
	assert_true(place("Viet Nam", &p));
	assert_string_equal(p.canonical, "Vietnam");
	assert_true(place("Belgium", &p));
	assert_int_equal(p.kind, KG_PLACE_COUNTRY);
	assert_string_equal(p.canonical, "Belgium");
}

static void test_lex__capitals_lie_in_their_country(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("Tehran", &p));
	assert_int_equal(p.kind, KG_PLACE_CITY);
	assert_string_equal(p.country, "Iran");
	assert_true(place("Washington", &p));
	assert_int_equal(p.kind, KG_PLACE_CITY);
	assert_string_equal(p.country, "United States");
}

static void test_lex__kiev_is_spelled_kyiv(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("Kiev", &p));
	assert_int_equal(p.kind, KG_PLACE_CITY);
	assert_string_equal(p.canonical, "Kyiv");
	assert_string_equal(p.country, "Ukraine");
	assert_true(place("Zaporozhye", &p));
	assert_string_equal(p.canonical, "Zaporizhzhia");
}

static void test_lex__jeddah_is_a_saudi_city_from_geonames(void **state)
{
	kg_place p;

	(void)state;
	skip_without_geonames();
	assert_true(place("Jeddah", &p));
	assert_int_equal(p.kind, KG_PLACE_CITY);
	assert_string_equal(p.country, "Saudi Arabia");
	assert_true(p.population > 1000000);
}

static void test_lex__geonames_cities_fold_diacritics_and_keep_the_most_populous(void **state)
{
	kg_place p;

	(void)state;
	skip_without_geonames();
	assert_true(place("Sao Paulo", &p));
	assert_string_equal(p.canonical, "S\xC3\xA3o Paulo");
	assert_string_equal(p.country, "Brazil");
	/* Donetsk in Ukraine outnumbers its namesake in Russia; Moscow, Russia the one in Idaho */
	assert_true(place("Donetsk", &p));
	assert_string_equal(p.country, "Ukraine");
	assert_true(place("Moscow", &p));
	assert_string_equal(p.country, "Russia");
}

static void test_lex__abu_dhabi_is_a_city(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("Abu Dhabi", &p));
	assert_int_equal(p.kind, KG_PLACE_CITY);
	assert_string_equal(p.canonical, "Abu Dhabi");
	assert_string_equal(p.country, "United Arab Emirates");
}

static void test_lex__middle_east_is_a_world_region(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("Middle East", &p));
	assert_int_equal(p.kind, KG_PLACE_CONTINENT);
	assert_null(p.country);
	assert_true(place("Europe", &p));
	assert_int_equal(p.kind, KG_PLACE_CONTINENT);
}

static void test_lex__donbas_is_a_region_of_ukraine(void **state)
{
	kg_place p;

	(void)state;
	assert_true(place("Donbas", &p));
	assert_int_equal(p.kind, KG_PLACE_REGION);
	assert_string_equal(p.country, "Ukraine");
	assert_true(place("Donbass", &p));
	assert_string_equal(p.canonical, "Donbas");
}

static void test_lex__wordnet_locations_are_a_fallback(void **state)
{
	kg_place p;

	(void)state;
	/* Mesopotamia is in no gazetteer table, but WordNet knows it as a location */
	assert_true(place("Mesopotamia", &p));
	assert_string_equal(p.canonical, "Mesopotamia");
	assert_null(p.country);
	/* mountains are objects to WordNet, not locations */
	assert_false(place("Alps", &p));
	assert_false(place("Table", &p));
	assert_false(place("Zzxqy", &p));
}

static void test_lex__demonyms_name_their_country(void **state)
{
	(void)state;
	assert_string_equal(kg_lex_demonym(lex, "Ukrainian", 9), "Ukraine");
	assert_string_equal(kg_lex_demonym(lex, "British", 7), "United Kingdom");
	assert_string_equal(kg_lex_demonym(lex, "Israelis", 8), "Israel");
	assert_string_equal(kg_lex_demonym(lex, "Saudi", 5), "Saudi Arabia");
	assert_null(kg_lex_demonym(lex, "U.S.", 4));
	assert_null(kg_lex_demonym(lex, "table", 5));
}

static void test_lex__org_aliases_expand_abbreviations(void **state)
{
	(void)state;
	assert_string_equal(kg_lex_org_alias(lex, "EU", 2), "European Union");
	assert_string_equal(kg_lex_org_alias(lex, "U.N.", 4), "United Nations");
	assert_string_equal(kg_lex_org_alias(lex, "Nato", 4), "NATO");
	assert_string_equal(kg_lex_org_alias(lex, "North Atlantic Treaty Organization", 34), "NATO");
	assert_string_equal(kg_lex_org_alias(lex, "WHO", 3), "World Health Organization");
	assert_string_equal(kg_lex_org_alias(lex, "State Department", 16), "U.S. Department of State");
	assert_null(kg_lex_org_alias(lex, "who", 3));
	assert_null(kg_lex_org_alias(lex, "fed", 3));
}

static void test_lex__title_secretary_of_state_spans_three_words(void **state)
{
	const char *c = NULL;

	(void)state;
	assert_int_equal(title("Secretary of State Antony", &c), 3);
	assert_string_equal(c, "Secretary of State");
}

static void test_lex__title_foreign_minister_is_canonicalised(void **state)
{
	const char *c = NULL;

	(void)state;
	assert_int_equal(title("foreign minister", &c), 2);
	assert_string_equal(c, "Foreign Minister");
	assert_int_equal(title("Minister of Foreign Affairs Dmytro", &c), 4);
	assert_string_equal(c, "Foreign Minister");
}

static void test_lex__title_prefixes_qualify_any_title(void **state)
{
	const char *c = NULL;

	(void)state;
	assert_int_equal(title("Deputy Foreign Minister Ivanov", &c), 3);
	assert_string_equal(c, "Deputy Foreign Minister");
	assert_int_equal(title("former President", &c), 2);
	assert_string_equal(c, "Former President");
	assert_int_equal(title("Vice President", &c), 2);
	assert_string_equal(c, "Vice President");
}

static void test_lex__title_abbreviations_take_their_dots(void **state)
{
	const char *c = NULL;

	(void)state;
	assert_int_equal(title("Lt. Gen. Smith", &c), 2);
	assert_string_equal(c, "Lieutenant General");
	assert_int_equal(title("Sen . Smith", &c), 2);
	assert_string_equal(c, "Senator");
}

static void test_lex__no_title_at_an_ordinary_word(void **state)
{
	const char *c = "unchanged";

	(void)state;
	assert_int_equal(title("meeting in Brussels", &c), 0);
	assert_null(c);
}

static void test_lex__verb_lemmas_of_irregular_and_regular_forms(void **state)
{
	char buf[32];

	(void)state;
	assert_string_equal(lemma("met", buf, sizeof(buf)), "meet");
	assert_string_equal(lemma("leading", buf, sizeof(buf)), "lead");
	assert_string_equal(lemma("hosted", buf, sizeof(buf)), "host");
	assert_string_equal(lemma("spoke", buf, sizeof(buf)), "speak");
	assert_string_equal(lemma("held", buf, sizeof(buf)), "hold");
	assert_string_equal(lemma("Meeting", buf, sizeof(buf)), "meet");
	assert_string_equal(lemma("visited", buf, sizeof(buf)), "visit");
	assert_string_equal(lemma("travelled", buf, sizeof(buf)), "travel");
	assert_string_equal(lemma("traveled", buf, sizeof(buf)), "travel");
	assert_string_equal(lemma("arrived", buf, sizeof(buf)), "arrive");
	assert_string_equal(lemma("hoped", buf, sizeof(buf)), "hope");
	assert_null(lemma("Zelensky", buf, sizeof(buf)));
}

static void test_lex__lemma_is_accepts_any_inflection(void **state)
{
	(void)state;
	assert_true(kg_lex_lemma_is(lex, "met", 3, "meet"));
	assert_true(kg_lex_lemma_is(lex, "meets", 5, "meet"));
	assert_true(kg_lex_lemma_is(lex, "told", 4, "tell"));
	assert_false(kg_lex_lemma_is(lex, "met", 3, "speak"));
}

static void test_lex__missing_data_files_warn_and_leave_empty_lexicons(void **state)
{
	kg_lex_opts opts = {0};
	kg_lex *empty = NULL;
	kg_error err;
	kg_place p;
	char buf[32];

	(void)state;
	setenv("KG_WORDNET_DIR", "/nonexistent/wordnet", 1);
	setenv("KG_DICT_WORDS", "/nonexistent/words", 1);
	opts.propernames = "/nonexistent/propernames.gz";
	opts.countries = "/nonexistent/countries.gz";
	opts.no_geonames = 1;
	assert_int_equal(kg_lex_open(&empty, &opts, &err), 0);
	unsetenv("KG_WORDNET_DIR");
	unsetenv("KG_DICT_WORDS");
	assert_non_null(empty);
	assert_non_null(strstr(err.text, "cannot read"));
	assert_non_null(strstr(err.text, "more data files missing"));
	assert_int_equal(kg_lex_wordnet_class(empty, "brussels", 8), KG_WN_NONE);
	assert_false(kg_lex_word(empty, "officials", 9) & KG_LEX_COMMON);
	assert_false(kg_lex_word(empty, "Adlai", 5) & KG_LEX_FIRSTNAME);
	assert_null(kg_lex_verb_lemma(empty, "met", 3, buf, sizeof(buf)));
	assert_false(kg_lex_place(empty, "Tehran", 6, &p));
	/* the curated tables need no file */
	assert_true(kg_lex_word(empty, "volodymyr", 9) & KG_LEX_FIRSTNAME);
	assert_true(kg_lex_place(empty, "U.S.", 4, &p));
	kg_lex_free(empty);
	kg_lex_free(NULL);
}

/* Looks up a few names in a shared lexicon; returns how many answers were right. */
static void *lookups(void *arg)
{
	const kg_lex *shared = arg;
	kg_span v[2] = {{"Foreign", 7}, {"Minister", 8}};
	const char *c = NULL;
	kg_place p;
	char buf[16];
	size_t right = 0;

	right += kg_lex_place(shared, "Kiev", 4, &p) && strcmp(p.canonical, "Kyiv") == 0;
	right += kg_lex_place(shared, "Mesopotamia", 11, &p) == 1;
	right += (kg_lex_word(shared, "Zelenskyy", 9) & KG_LEX_COMMON) == 0;
	right += kg_lex_title(shared, v, 2, &c) == 2 && strcmp(c, "Foreign Minister") == 0;
	right += kg_lex_verb_lemma(shared, "met", 3, buf, sizeof(buf)) != NULL;
	right += kg_lex_demonym(shared, "Ukrainian", 9) != NULL;
	return (void *)(uintptr_t)right;
}

static void test_lex__lookups_from_two_threads_share_one_lazy_load(void **state)
{
	kg_lex *shared = NULL;
	kg_error err;
	pthread_t t[2];
	void *right[2];

	(void)state;
	assert_int_equal(kg_lex_open(&shared, NULL, &err), 0);
	for (int i = 0; i < 2; i++)
		assert_int_equal(pthread_create(&t[i], NULL, lookups, shared), 0);
	for (int i = 0; i < 2; i++) {
		assert_int_equal(pthread_join(t[i], &right[i]), 0);
		assert_int_equal((uintptr_t)right[i], 6);
	}
	kg_lex_free(shared);
}

/* Words and names whose answers the lexicon caches (WordNet word classes, WordNet places). */
static const char *const cached_words[] = {
	"Zelenskyy", "Mesopotamia", "Brussels", "aardvark", "Ouagadougou", "Kiev", "Tigris", "zeitgeist",
	"Patagonia", "Anatolia", "Balkans", "Sahel", "quixotic", "Lapland", "ombudsman", "Transylvania",
};
#define N_CACHED_WORDS (sizeof(cached_words) / sizeof(cached_words[0]))

/* What a lexicon answers for each of cached_words: word classes, place kind and canonical name. */
typedef struct cached_answers {
	const kg_lex *lex;                  /* asked */
	unsigned flags[N_CACHED_WORDS];     /* kg_lex_word */
	int kind[N_CACHED_WORDS];           /* kg_lex_place's kind, -1 when not a place */
	char canonical[N_CACHED_WORDS][64]; /* its canonical name, "" when none */
	size_t differ;                      /* rounds after the first that answered otherwise */
} cached_answers;

static void answer(cached_answers *a, size_t i)
{
	kg_place p;

	a->flags[i] = kg_lex_word(a->lex, cached_words[i], strlen(cached_words[i]));
	a->kind[i] = kg_lex_place(a->lex, cached_words[i], strlen(cached_words[i]), &p) ? (int)p.kind : -1;
	snprintf(a->canonical[i], sizeof(a->canonical[i]), "%s", a->kind[i] >= 0 && p.canonical ? p.canonical : "");
}

/* Asks every word 200 times over, in an order of its own, counting answers that change. */
static void *ask_often(void *arg)
{
	cached_answers *a = arg, now;

	for (size_t i = 0; i < N_CACHED_WORDS; i++)
		answer(a, i);
	now.lex = a->lex;
	for (size_t round = 0; round < 200; round++) {
		for (size_t j = 0; j < N_CACHED_WORDS; j++) {
			size_t i = (j * 7 + round) % N_CACHED_WORDS;

			answer(&now, i);
			a->differ += now.flags[i] != a->flags[i] || now.kind[i] != a->kind[i] ||
				     strcmp(now.canonical[i], a->canonical[i]) != 0;
		}
	}
	return NULL;
}

static void test_lex__threads_sharing_the_caches_get_the_answers_of_a_lexicon_of_their_own(void **state)
{
	static cached_answers alone, shared[4];
	kg_lex *mine = NULL, *common = NULL;
	kg_error err;
	pthread_t t[4];

	(void)state;
	assert_int_equal(kg_lex_open(&mine, NULL, &err), 0);
	assert_int_equal(kg_lex_open(&common, NULL, &err), 0);
	alone.lex = mine;
	for (size_t i = 0; i < N_CACHED_WORDS; i++)
		answer(&alone, i);
	for (int k = 0; k < 4; k++) {
		shared[k].lex = common;
		assert_int_equal(pthread_create(&t[k], NULL, ask_often, &shared[k]), 0);
	}
	for (int k = 0; k < 4; k++) {
		assert_int_equal(pthread_join(t[k], NULL), 0);
		assert_int_equal(shared[k].differ, 0);
		for (size_t i = 0; i < N_CACHED_WORDS; i++) {
			assert_int_equal(shared[k].flags[i], alone.flags[i]);
			assert_int_equal(shared[k].kind[i], alone.kind[i]);
			assert_string_equal(shared[k].canonical[i], alone.canonical[i]);
		}
	}
	assert_true(alone.kind[1] > KG_PLACE_NONE); /* Mesopotamia: a place WordNet knows (the place cache) */
	assert_string_equal(alone.canonical[5], "Kyiv");
	kg_lex_free(mine);
	kg_lex_free(common);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lex__wordnet_classes_brussels_as_location_and_nato_as_group),
		cmocka_unit_test(test_lex__wordnet_tells_modifiers_from_nouns_of_one_sense),
		cmocka_unit_test(test_lex__wordnet_knows_proper_nouns_by_their_capitals),
		cmocka_unit_test(test_lex__reads_a_formal_country_name_as_its_country),
		cmocka_unit_test(test_lex__officials_is_a_common_word),
		cmocka_unit_test(test_lex__brussels_is_proper_only),
		cmocka_unit_test(test_lex__knows_first_names_from_propernames_and_the_curated_table),
		cmocka_unit_test(test_lex__classes_function_words_titles_and_calendar_words),
		cmocka_unit_test(test_lex__us_with_dots_is_the_united_states),
		cmocka_unit_test(test_lex__lower_case_us_is_not_a_place),
		cmocka_unit_test(test_lex__britain_is_the_united_kingdom),
		cmocka_unit_test(test_lex__cleans_miscfiles_country_names),
		cmocka_unit_test(test_lex__capitals_lie_in_their_country),
		cmocka_unit_test(test_lex__kiev_is_spelled_kyiv),
		cmocka_unit_test(test_lex__jeddah_is_a_saudi_city_from_geonames),
		cmocka_unit_test(test_lex__geonames_cities_fold_diacritics_and_keep_the_most_populous),
		cmocka_unit_test(test_lex__abu_dhabi_is_a_city),
		cmocka_unit_test(test_lex__middle_east_is_a_world_region),
		cmocka_unit_test(test_lex__donbas_is_a_region_of_ukraine),
		cmocka_unit_test(test_lex__wordnet_locations_are_a_fallback),
		cmocka_unit_test(test_lex__demonyms_name_their_country),
		cmocka_unit_test(test_lex__org_aliases_expand_abbreviations),
		cmocka_unit_test(test_lex__title_secretary_of_state_spans_three_words),
		cmocka_unit_test(test_lex__title_foreign_minister_is_canonicalised),
		cmocka_unit_test(test_lex__title_prefixes_qualify_any_title),
		cmocka_unit_test(test_lex__title_abbreviations_take_their_dots),
		cmocka_unit_test(test_lex__no_title_at_an_ordinary_word),
		cmocka_unit_test(test_lex__verb_lemmas_of_irregular_and_regular_forms),
		cmocka_unit_test(test_lex__lemma_is_accepts_any_inflection),
		cmocka_unit_test(test_lex__missing_data_files_warn_and_leave_empty_lexicons),
		cmocka_unit_test(test_lex__lookups_from_two_threads_share_one_lazy_load),
		cmocka_unit_test(test_lex__threads_sharing_the_caches_get_the_answers_of_a_lexicon_of_their_own),
	};

	return cmocka_run_group_tests(tests, open_lexicon, close_lexicon);
}
