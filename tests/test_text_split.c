/* test_text_split.c: tokens, sentences, headlines and web-page furniture. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

/* A parsed document for a test. */
typedef struct fixture {
	kg_doc *doc;
	kg_parsed *p;
} fixture;

static fixture parse_opts(const char *text, const kg_split_opts *opts)
{
	fixture f = {0};

	assert_int_equal(kg_doc_new(&f.doc, "t", "t", text, strlen(text), NULL, NULL), 0);
	assert_int_equal(kg_text_parse(&f.p, f.doc, opts), 0);
	return f;
}

static fixture parse(const char *text)
{
	return parse_opts(text, NULL);
}

static void fixture_free(fixture *f)
{
	kg_parsed_free(f->p);
	kg_doc_free(f->doc);
}

/* The normalised text of sentence i, in a static buffer. */
static const char *sent(const fixture *f, size_t i)
{
	static char buf[4096];
	const kg_sentence *s = &f->p->sents[i];

	assert_true(i < f->p->n_sents);
	snprintf(buf, sizeof(buf), "%.*s", (int)(s->end - s->start), f->doc->norm + s->start);
	return buf;
}

/* Index of the first token equal to s; fails when there is none. */
static size_t find_tok(const fixture *f, const char *s)
{
	for (size_t i = 0; i < f->p->n_tokens; i++)
		if (kg_tok_is(f->p, i, s))
			return i;
	fail_msg("no token \"%s\"", s);
	return 0;
}

static void test_text__keeps_titles_initials_and_months_inside_one_sentence(void **state)
{
	fixture f = parse("U.S. Secretary of State Antony J. Blinken met Mr. Smith on Jan. 5 in St. Louis.");

	(void)state;
	assert_int_equal(f.p->n_sents, 1);
	assert_true(f.p->tokens[find_tok(&f, "U.S.")].flags & KG_TOK_ABBREV);
	assert_true(f.p->tokens[find_tok(&f, "J.")].flags & KG_TOK_ABBREV);
	assert_true(f.p->tokens[find_tok(&f, "Mr.")].flags & KG_TOK_ABBREV);
	assert_true(f.p->tokens[find_tok(&f, "Jan.")].flags & KG_TOK_ABBREV);
	assert_true(f.p->tokens[find_tok(&f, "St.")].flags & KG_TOK_ABBREV);
	assert_true(kg_tok_is(f.p, f.p->n_tokens - 1, "."));
	assert_false(f.p->sents[0].headline);
	fixture_free(&f);
}

static void test_text__ends_a_sentence_after_a_plain_stop(void **state)
{
	fixture f = parse("He met the U.K. foreign minister. They talked.");

	(void)state;
	assert_int_equal(f.p->n_sents, 2);
	assert_string_equal(sent(&f, 0), "He met the U.K. foreign minister.");
	assert_string_equal(sent(&f, 1), "They talked.");
	assert_true(f.p->tokens[f.p->sents[1].first].flags & KG_TOK_SENT_START);
	fixture_free(&f);
}

static void test_text__ends_a_sentence_after_us_before_a_sentence_starter(void **state)
{
	fixture f = parse("The envoy arrived in the U.S. The talks began. Ties with the U.S. Congress grew.");

	(void)state;
	assert_int_equal(f.p->n_sents, 3);
	assert_string_equal(sent(&f, 0), "The envoy arrived in the U.S.");
	assert_string_equal(sent(&f, 1), "The talks began.");
	assert_string_equal(sent(&f, 2), "Ties with the U.S. Congress grew.");
	fixture_free(&f);
}

static void test_text__makes_a_line_without_a_stop_a_headline(void **state)
{
	fixture f = parse("Ukraine Welcomes Talks Amid Drone Attack\n\nJeddah, Saudi Arabia\nKyiv said it was ready.\n");

	(void)state;
	assert_int_equal(f.p->n_sents, 3);
	assert_string_equal(sent(&f, 0), "Ukraine Welcomes Talks Amid Drone Attack");
	assert_true(f.p->sents[0].headline);
	assert_true(f.p->sents[1].headline);
	assert_false(f.p->sents[2].headline);
	assert_true(f.p->tokens[f.p->sents[1].first].flags & KG_TOK_NEWLINE_BEFORE);
	fixture_free(&f);
}

static void test_text__keeps_closing_quotes_with_the_sentence_they_end(void **state)
{
	fixture f = parse("\"We are ready,\" he said. \"Very ready.\" Then he left.");

	(void)state;
	assert_int_equal(f.p->n_sents, 3);
	assert_string_equal(sent(&f, 0), "\"We are ready,\" he said.");
	assert_string_equal(sent(&f, 1), "\"Very ready.\"");
	assert_string_equal(sent(&f, 2), "Then he left.");
	assert_true(f.p->tokens[f.p->sents[1].first].flags & KG_TOK_QUOTE);
	fixture_free(&f);
}

static void test_text__splits_run_together_sentences(void **state)
{
	fixture f = parse("Officials declined to comment.In Brussels, the U.S.Army was absent.");

	(void)state;
	assert_int_equal(f.p->n_sents, 2);
	assert_string_equal(sent(&f, 0), "Officials declined to comment.");
	assert_string_equal(sent(&f, 1), "In Brussels, the U.S.Army was absent.");
	fixture_free(&f);
}

static void test_text__splits_possessives_off_their_words(void **state)
{
	fixture f = parse("Russia's war and Zelensky\xE2\x80\x99s plan met the allies' doubts; O'Brien's view and "
			  "the 'Constructive' talks.");
	size_t i;

	(void)state;
	i = find_tok(&f, "Russia");
	assert_true(kg_tok_is(f.p, i + 1, "'s"));
	assert_true(f.p->tokens[i + 1].flags & KG_TOK_POSS);
	i = find_tok(&f, "Zelensky");
	assert_true(kg_tok_is(f.p, i + 1, "'s"));
	assert_true(f.p->tokens[i + 1].flags & KG_TOK_POSS);
	/* the token maps back to the curly apostrophe */
	assert_int_equal(kg_doc_orig(f.doc, f.p->tokens[i + 2].start) - kg_doc_orig(f.doc, f.p->tokens[i + 1].start), 5);
	i = find_tok(&f, "allies");
	assert_true(kg_tok_is(f.p, i + 1, "'"));
	assert_true(f.p->tokens[i + 1].flags & KG_TOK_POSS);
	i = find_tok(&f, "O'Brien");
	assert_true(kg_tok_is(f.p, i + 1, "'s"));
	i = find_tok(&f, "Constructive");
	assert_true(f.p->tokens[i - 1].flags & KG_TOK_QUOTE);
	assert_true(f.p->tokens[i + 1].flags & KG_TOK_QUOTE);
	assert_false(f.p->tokens[i + 1].flags & KG_TOK_POSS);
	fixture_free(&f);
}

static void test_text__keeps_hyphen_compounds_whole(void **state)
{
	fixture f = parse("The Ukraine-NATO talks at the Ritz-Carlton on long-range arms, a 49-year-old envoy, "
			  "U.S.-facilitated deals and a picture\xE2\x80\x94" "a clear one.");
	size_t i;

	(void)state;
	find_tok(&f, "Ukraine-NATO");
	find_tok(&f, "Ritz-Carlton");
	find_tok(&f, "long-range");
	i = find_tok(&f, "49-year-old");
	assert_true(f.p->tokens[i].flags & KG_TOK_NUM);
	find_tok(&f, "U.S.-facilitated");
	i = find_tok(&f, "picture");
	assert_true(kg_tok_is(f.p, i + 1, "-"));
	assert_true(kg_tok_is(f.p, i + 2, "a"));
	fixture_free(&f);
}

static void test_text__maps_token_offsets_to_the_original_bytes(void **state)
{
	const char *text = "\xE2\x80\x9CWe\xE2\x80\x9D said\xC2\xA0Zelensky\xE2\x80\x99s aide \xE2\x80\x94 in Kyiv.\r\nNext.";
	fixture f = parse(text);

	(void)state;
	for (size_t i = 0; i < f.p->n_tokens; i++) {
		size_t a = kg_doc_orig(f.doc, f.p->tokens[i].start);
		size_t b = kg_doc_orig(f.doc, f.p->tokens[i].end);
		const char *tok = kg_tok_str(f.p, i);
		size_t n = kg_tok_len(f.p, i);

		assert_true(a < b);
		assert_true(b <= f.doc->len);
		/* plain ASCII tokens are byte-identical in the original */
		if ((unsigned char)tok[0] < 0x80 && tok[0] != '\'' && tok[0] != '"' && tok[0] != '-') {
			assert_int_equal(b - a, n);
			assert_memory_equal(f.doc->text + a, tok, n);
		}
	}
	assert_memory_equal(text + kg_doc_orig(f.doc, f.p->tokens[find_tok(&f, "'s")].start), "\xE2\x80\x99s", 4);
	fixture_free(&f);
}

static void test_text__sets_case_number_and_punctuation_flags(void **state)
{
	fixture f = parse("NATO and TASS said 20% or 1.3% of 2022 sales, per LiveNews@newsweek.com and "
			  "https://example.com/a?b=1. \xC3\x96sterreich and \xC5\x81\xC3\xB3" "d\xC5\xBA" " agreed.");
	size_t i;

	(void)state;
	assert_true(f.p->tokens[find_tok(&f, "NATO")].flags & KG_TOK_UPPER);
	assert_true(f.p->tokens[find_tok(&f, "NATO")].flags & KG_TOK_CAP);
	assert_false(f.p->tokens[find_tok(&f, "and")].flags & (KG_TOK_CAP | KG_TOK_UPPER));
	assert_true(f.p->tokens[find_tok(&f, "20%")].flags & KG_TOK_NUM);
	i = find_tok(&f, "1.3%");
	assert_true(f.p->tokens[i].flags & KG_TOK_NUM);
	assert_false(f.p->tokens[i].flags & KG_TOK_WORD);
	assert_true(f.p->tokens[find_tok(&f, ",")].flags & KG_TOK_PUNCT);
	find_tok(&f, "LiveNews@newsweek.com");
	i = find_tok(&f, "https://example.com/a?b=1");
	assert_true(kg_tok_is(f.p, i + 1, "."));
	assert_true(f.p->tokens[find_tok(&f, "\xC3\x96sterreich")].flags & KG_TOK_CAP);
	i = find_tok(&f, "\xC5\x81\xC3\xB3" "d\xC5\xBA");
	assert_true(f.p->tokens[i].flags & KG_TOK_CAP);
	assert_false(f.p->tokens[i].flags & KG_TOK_UPPER);
	assert_true(f.p->tokens[i].flags & KG_TOK_SPACE_BEFORE);
	assert_true(kg_tok_ieq(f.p, find_tok(&f, "NATO"), "nato"));
	assert_false(kg_tok_ieq(f.p, find_tok(&f, "NATO"), "nat"));
	assert_false(kg_tok_is(f.p, find_tok(&f, "NATO"), "NATOS"));
	fixture_free(&f);
}

static void test_text__keeps_a_trailing_stop_after_an_email_address(void **state)
{
	fixture f = parse("Do you have a story? Contact LiveNews@newsweek.com.");

	(void)state;
	assert_int_equal(f.p->n_sents, 2);
	assert_true(kg_tok_is(f.p, f.p->n_tokens - 2, "LiveNews@newsweek.com"));
	assert_true(kg_tok_is(f.p, f.p->n_tokens - 1, "."));
	assert_true(f.p->sents[1].furniture);
	fixture_free(&f);
}

static void test_text__flags_web_page_furniture(void **state)
{
	fixture f = parse("Kyiv said the talks went well.\n"
			  "By John Smith\n"
			  "By Tuesday, officials had agreed.\n"
			  "Subscribers to the service said it was down.\n"
			  "Share this article\n"
			  "Your email address will not be published. Required fields are marked *\n"
			  "\xE2\x80\xA2 Source CNN\n");

	(void)state;
	assert_int_equal(f.p->n_sents, 8);
	assert_false(f.p->sents[0].furniture);
	assert_true(f.p->sents[1].furniture);
	assert_false(f.p->sents[2].furniture);
	assert_false(f.p->sents[3].furniture);
	assert_true(f.p->sents[4].furniture);
	assert_true(f.p->sents[5].furniture);
	assert_true(f.p->sents[6].furniture);
	assert_true(f.p->sents[7].furniture);
	fixture_free(&f);
}

static void test_text__a_picture_credit_line_is_furniture_and_a_headline_is_not(void **state)
{
	fixture f = parse("Talks Resume In Vessa\n"
			  "The two leaders met in Vessa on Monday.\n"
			  "AFP - Jane Tolen\n"
			  "Marta Lund / EPA\n"
			  "AFP - Jane Tolen Took Part\n"
			  "Jane Tolen - Marta Lund\n");

	(void)state;
	assert_int_equal(f.p->n_sents, 6);
	assert_false(f.p->sents[0].furniture);
	assert_false(f.p->sents[1].furniture);
	assert_true(f.p->sents[2].furniture);
	assert_true(f.p->sents[3].furniture);
	/* more than a name after the agency, or no agency: not a credit */
	assert_false(f.p->sents[4].furniture);
	assert_false(f.p->sents[5].furniture);
	fixture_free(&f);
}

static void test_text__an_editors_credit_and_a_byline_with_an_address_are_furniture(void **state)
{
	fixture f = parse("The talks went well.\n"
			  "(Web editor: Zhang Kaiwei, Liang Jun)\n"
			  "By Song Min-ji (song@example.com)\n"
			  "By Jane Roe (jane@example.com\n"
			  "By Tuesday (the deadline), talks had ended.\n");

	(void)state;
	assert_int_equal(f.p->n_sents, 5);
	assert_false(f.p->sents[0].furniture);
	assert_true(f.p->sents[1].furniture);
	assert_true(f.p->sents[2].furniture);
	assert_true(f.p->sents[3].furniture);
	assert_false(f.p->sents[4].furniture);
	fixture_free(&f);
}

static void test_text__tells_english_from_other_languages_by_their_function_words(void **state)
{
	static const char *const english = "The minister met his counterpart in Berlin on Monday, and the two "
					   "discussed trade. It was the first visit of a foreign leader this year.";
	static const char *const german = "Die Ministerin traf ihren Amtskollegen am Montag in Berlin, und die "
					  "beiden sprachen über den Handel. Es war der erste Besuch eines Gastes aus "
					  "dem Ausland in diesem Jahr, und die Gespräche mit der Regierung und den "
					  "Vertretern der Wirtschaft sind nicht beendet. Der Besuch ist für die "
					  "Beziehungen von Bedeutung.";
	static const char *const scores = "GIRLS BASKETBALL\nPalm Bay d. Rockledge 70-44\nRockledge 14 11 6 15 - 44";
	static const char *const japanese = "\xE4\xBB\x8A\xE5\x9B\x9E\xE3\x81\xAF\xE3\x83\x87\xE3\x82\xB9"
					    "\xE3\x82\xAF\xE3\x83\x88\xE3\x83\x83\xE3\x83\x97\xE3\x82\xA2"
					    "\xE3\x83\x97\xE3\x83\xAA\xE3\x82\x92\xE4\xBD\xBF\xE3\x81\x84"
					    "\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\xE4\xBB\x8A\xE5\x9B\x9E"
					    "\xE3\x81\xAF\xE3\x83\x87\xE3\x82\xB9\xE3\x82\xAF\xE3\x83\x88"
					    "\xE3\x83\x83\xE3\x83\x97\xE3\x82\xA2\xE3\x83\x97\xE3\x83\xAA"
					    "\xE3\x82\x92\xE4\xBD\xBF\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99";

	(void)state;
	assert_true(kg_text_looks_english(english, strlen(english)));
	assert_false(kg_text_looks_english(german, strlen(german)));
	/* a table of scores has few function words of any language: English */
	assert_true(kg_text_looks_english(scores, strlen(scores)));
	assert_false(kg_text_looks_english(japanese, strlen(japanese)));
	assert_true(kg_text_looks_english("", 0));
}

static void test_text__makes_everything_after_a_footer_line_furniture(void **state)
{
	fixture f = parse("Blinken met Sybiha in Brussels.\n\nJane Doe\n\nA writer with a passion for stories.\n"
			  "She lives in Kyiv.\n\nRelated Articles\n\nUkraine and Russia held talks in Istanbul.\n\n"
			  "Leave a Reply\n");

	(void)state;
	assert_int_equal(f.p->n_sents, 7);
	assert_false(f.p->sents[0].furniture);
	assert_string_equal(sent(&f, 1), "Jane Doe");
	assert_true(f.p->sents[1].furniture);
	assert_true(f.p->sents[2].furniture);
	assert_false(f.p->sents[3].furniture);
	assert_true(f.p->sents[4].furniture);
	assert_true(f.p->sents[5].furniture);
	assert_true(f.p->sents[6].furniture);
	fixture_free(&f);
}

static void test_text__leaves_a_name_line_before_body_text_alone(void **state)
{
	fixture f = parse("Peace Talks\nA journalist was detained in Moscow on Monday.\nHe denies it.\n"
			  "More text follows here.\nAnd here.\nAnd more.\nThe end.\nReally the end.\n"
			  "Related Articles\nLeave a Reply\n");

	(void)state;
	assert_true(f.p->sents[0].headline);
	assert_false(f.p->sents[0].furniture);
	assert_false(f.p->sents[1].furniture);
	fixture_free(&f);
	/* near the footer, but with no name line above it */
	f = parse("Talks resumed.\nA journalist was detained in Moscow on Monday.\nRelated Articles\n");
	assert_int_equal(f.p->n_sents, 3);
	assert_false(f.p->sents[1].furniture);
	assert_true(f.p->sents[2].furniture);
	fixture_free(&f);
}

static void test_text__cuts_overlong_sentences_into_pieces(void **state)
{
	kg_split_opts opts = {10};
	char text[1200] = "";
	fixture f;

	(void)state;
	for (int i = 0; i < 95; i++)
		strcat(text, "word ");
	f = parse_opts(text, &opts);
	assert_int_equal(f.p->n_tokens, 95);
	assert_int_equal(f.p->n_sents, 10);
	for (size_t i = 0; i < f.p->n_sents; i++) {
		assert_true(f.p->sents[i].count <= 10);
		assert_false(f.p->sents[i].headline);
	}
	assert_int_equal(f.p->sents[9].count, 5);
	fixture_free(&f);
}

static void test_text__splits_a_five_megabyte_line(void **state)
{
	const char *unit = "The U.S. envoy met Mr. Smith on Jan. 5, and they talked for 1.5 hours. ";
	size_t ulen = strlen(unit), reps = 5 * 1024 * 1024 / ulen, n = 0;
	char *text = malloc(reps * ulen + 1);
	fixture f;

	(void)state;
	assert_non_null(text);
	for (size_t i = 0; i < reps; i++, n += ulen)
		memcpy(text + n, unit, ulen);
	text[n] = '\0';
	f = parse(text);
	assert_int_equal(f.p->n_sents, reps);
	assert_int_equal(f.p->n_tokens, reps * 17);
	assert_string_equal(sent(&f, reps - 1), "The U.S. envoy met Mr. Smith on Jan. 5, and they talked for 1.5 hours.");
	fixture_free(&f);
	free(text);
}

static void test_text__parses_an_empty_document(void **state)
{
	fixture f = parse("");

	(void)state;
	assert_int_equal(f.p->n_tokens, 0);
	assert_int_equal(f.p->n_sents, 0);
	fixture_free(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text__keeps_titles_initials_and_months_inside_one_sentence),
		cmocka_unit_test(test_text__ends_a_sentence_after_a_plain_stop),
		cmocka_unit_test(test_text__ends_a_sentence_after_us_before_a_sentence_starter),
		cmocka_unit_test(test_text__makes_a_line_without_a_stop_a_headline),
		cmocka_unit_test(test_text__keeps_closing_quotes_with_the_sentence_they_end),
		cmocka_unit_test(test_text__splits_run_together_sentences),
		cmocka_unit_test(test_text__splits_possessives_off_their_words),
		cmocka_unit_test(test_text__keeps_hyphen_compounds_whole),
		cmocka_unit_test(test_text__maps_token_offsets_to_the_original_bytes),
		cmocka_unit_test(test_text__sets_case_number_and_punctuation_flags),
		cmocka_unit_test(test_text__keeps_a_trailing_stop_after_an_email_address),
		cmocka_unit_test(test_text__flags_web_page_furniture),
		cmocka_unit_test(test_text__makes_everything_after_a_footer_line_furniture),
		cmocka_unit_test(test_text__leaves_a_name_line_before_body_text_alone),
		cmocka_unit_test(test_text__cuts_overlong_sentences_into_pieces),
		cmocka_unit_test(test_text__splits_a_five_megabyte_line),
		cmocka_unit_test(test_text__parses_an_empty_document),
		cmocka_unit_test(test_text__a_picture_credit_line_is_furniture_and_a_headline_is_not),
		cmocka_unit_test(test_text__an_editors_credit_and_a_byline_with_an_address_are_furniture),
		cmocka_unit_test(test_text__tells_english_from_other_languages_by_their_function_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
