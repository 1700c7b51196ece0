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
	char *s;
	(void)state;
	s = kg_slug_new("Antony J. Blinken");
	assert_string_equal(s, "antony-j-blinken");
	free(s);
	s = kg_slug_new("Viktor Orb\xc3\xa1n");
	assert_string_equal(s, "viktor-orban");
	free(s);
	s = kg_slug_new("U.S. Department of State");
	assert_string_equal(s, "us-department-of-state");
	free(s);
	s = kg_slug_new("</text><script>");
	assert_string_equal(s, "text-script");
	free(s);
	s = kg_slug_new("\"");
	assert_string_equal(s, "x");
	free(s);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_core__strv_keeps_unique_strings_and_sorts),
		cmocka_unit_test(test_core__map_grows_and_finds_every_key),
		cmocka_unit_test(test_core__slug_folds_case_diacritics_and_dots),
		cmocka_unit_test(test_core__entity_types_read_the_usual_spellings),
		cmocka_unit_test(test_core__facts_merge_entities_by_name_and_keep_aliases),
		cmocka_unit_test(test_core__relation_schema_knows_symmetry),
		cmocka_unit_test(test_core__utf8_prefix_stops_at_the_first_bad_byte),
		cmocka_unit_test(test_core__error_print_names_file_and_line_and_hides_control_bytes),
		cmocka_unit_test(test_core__strv_push_unique_stays_unique_past_its_index),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
