/* test_time.c: the time module: calendar and ISO dates, document dates and their sources, time
 * expressions normalised against a document date (a week of dated articles of our own in
 * tests/data/time/week), and the dating of facts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time/time.h"

/* The anchor of an ISO date. */
static kg_date iso(const char *s)
{
	kg_date d;

	assert_int_equal(kg_time_parse_iso(&d, s, strlen(s)), 0);
	return d;
}

/* Tags text against anchor (NULL: none) and checks that the expression written as `what` has value
 * `value` (and type). */
static void expect_timex(const char *text, const char *anchor, const char *what, const char *value,
			 kg_timex_type type)
{
	kg_timex_list l = { NULL, 0, 0 };
	kg_date a;
	const char *at = strstr(text, what);
	int seen = 0;

	assert_non_null(at);
	if (anchor)
		a = iso(anchor);
	assert_int_equal(kg_time_tag(&l, text, strlen(text), anchor ? &a : NULL), 0);
	for (size_t i = 0; i < l.n; i++) {
		if (l.v[i].start != (size_t)(at - text))
			continue;
		seen = 1;
		if (strcmp(l.v[i].value, value) != 0 || l.v[i].end - l.v[i].start != strlen(what))
			fail_msg("'%s' in '%s' (anchor %s): %s of %zu bytes, expected %s", what, text,
				 anchor ? anchor : "none", l.v[i].value, l.v[i].end - l.v[i].start, value);
		assert_int_equal(l.v[i].type, type);
	}
	if (!seen)
		fail_msg("'%s' not found in '%s'", what, text);
	kg_timex_list_clear(&l);
}

/* Checks that text has no time expression at all. */
static void expect_none(const char *text)
{
	kg_timex_list l = { NULL, 0, 0 };
	kg_date a = iso("2024-03-06");

	assert_int_equal(kg_time_tag(&l, text, strlen(text), &a), 0);
	if (l.n)
		fail_msg("'%s': found '%.*s' (%s)", text, (int)(l.v[0].end - l.v[0].start), text + l.v[0].start,
			 l.v[0].value);
	kg_timex_list_clear(&l);
}

static void test_time__calendar_counts_days_weekdays_and_iso_weeks(void **state)
{
	kg_date d;
	char buf[16];
	(void)state;
	assert_int_equal(kg_time_days(1970, 1, 1), 0);
	kg_time_from_days(&d, kg_time_days(2024, 2, 29) + 1);
	assert_int_equal(d.month, 3);
	assert_int_equal(d.day, 1);
	assert_int_equal(kg_time_weekday(2024, 3, 4), 1);
	assert_int_equal(kg_time_weekday(2024, 3, 10), 7);
	assert_false(kg_time_valid_day(2023, 2, 29));
	assert_true(kg_time_valid_day(2000, 2, 29));
	assert_false(kg_time_valid_day(1900, 2, 29));
	/* 2021-01-03 is a Sunday of week 53 of 2020; 2024-12-30 a Monday of week 1 of 2025 */
	kg_time_iso_week(&d, 2021, 1, 3);
	kg_time_format(buf, sizeof(buf), &d);
	assert_string_equal(buf, "2020-W53");
	kg_time_iso_week(&d, 2024, 12, 30);
	kg_time_format(buf, sizeof(buf), &d);
	assert_string_equal(buf, "2025-W01");
}

static void test_time__iso_dates_parse_and_format_at_their_precision(void **state)
{
	kg_date d;
	char buf[16];
	(void)state;
	assert_int_equal(kg_time_parse_iso(&d, "2022-10-18", 10), 0);
	assert_int_equal(d.prec, KG_TIME_PREC_DAY);
	assert_int_equal(kg_time_parse_iso(&d, "2022-10", 7), 0);
	assert_int_equal(d.prec, KG_TIME_PREC_MONTH);
	assert_int_equal(kg_time_parse_iso(&d, "2022", 4), 0);
	assert_int_equal(d.prec, KG_TIME_PREC_YEAR);
	assert_int_equal(kg_time_parse_iso(&d, "2024-03-05T10:00:00Z", 20), 0);
	assert_int_equal(d.day, 5);
	assert_int_equal(kg_time_parse_iso(&d, "2023-02-29", 10), KG_EPARSE);
	assert_int_equal(kg_time_parse_iso(&d, "2022-13", 7), KG_EPARSE);
	assert_int_equal(kg_time_parse_iso(&d, "yesterday", 9), KG_EPARSE);
	assert_int_equal(kg_time_parse_iso(&d, "20221018", 8), KG_EPARSE);
	assert_int_equal(kg_time_parse_any(&d, "Tue, 05 Mar 2024 10:00:00 +0000", 31), 0);
	kg_time_format(buf, sizeof(buf), &d);
	assert_string_equal(buf, "2024-03-05");
	assert_int_equal(kg_time_parse_any(&d, "October 18, 2022", 16), 0);
	kg_time_format(buf, sizeof(buf), &d);
	assert_string_equal(buf, "2022-10-18");
	assert_int_equal(kg_time_format(buf, 4, &d), KG_ELIMIT);
}

static void test_time__a_week_becomes_its_month_or_its_year_on_the_calendar(void **state)
{
	kg_date d;
	char buf[16];
	(void)state;
	kg_time_iso_week(&d, 2024, 3, 6); /* 4-10 March */
	assert_int_equal(kg_time_format_calendar(buf, sizeof(buf), &d), 7);
	assert_string_equal(buf, "2024-03");
	kg_time_iso_week(&d, 2024, 2, 28); /* 26 February - 3 March */
	kg_time_format_calendar(buf, sizeof(buf), &d);
	assert_string_equal(buf, "2024");
	kg_time_iso_week(&d, 2024, 12, 31); /* 30 December 2024 - 5 January 2025 */
	assert_int_equal(kg_time_format_calendar(buf, sizeof(buf), &d), 0);
}

static void test_time__absolute_dates_in_every_written_form(void **state)
{
	(void)state;
	expect_timex("It happened on 18 October 2022.", NULL, "18 October 2022", "2022-10-18", KG_TIMEX_DATE);
	expect_timex("It happened on October 18, 2022.", NULL, "October 18, 2022", "2022-10-18", KG_TIMEX_DATE);
	expect_timex("It happened on Oct. 18.", "2022-10-20", "Oct. 18", "2022-10-18", KG_TIMEX_DATE);
	expect_timex("It happened on Oct. 18.", NULL, "Oct. 18", "XXXX-10-18", KG_TIMEX_DATE);
	expect_timex("The report is dated 2022-10-18.", NULL, "2022-10-18", "2022-10-18", KG_TIMEX_DATE);
	expect_timex("They met on the 3rd of May 2021.", NULL, "the 3rd of May 2021", "2021-05-03", KG_TIMEX_DATE);
	expect_timex("Elections were held in March.", "2024-06-10", "March", "2024-03", KG_TIMEX_DATE);
	expect_timex("The plant opened in 2019.", NULL, "2019", "2019", KG_TIMEX_DATE);
	expect_timex("Prices peaked in mid-2020.", NULL, "mid-2020", "2020", KG_TIMEX_DATE);
	expect_timex("The war began in early 2022.", NULL, "early 2022", "2022", KG_TIMEX_DATE);
	expect_timex("The deal was struck in December 2018.", NULL, "December 2018", "2018-12", KG_TIMEX_DATE);
	expect_timex("Tensions rose in the 1990s.", NULL, "1990s", "199", KG_TIMEX_DATE);
	expect_timex("On Tuesday, Sept. 5, the tour began.", "2023-09-08", "Tuesday, Sept. 5", "2023-09-05",
		     KG_TIMEX_DATE);
}

static void test_time__weekdays_fall_before_or_after_the_article_date_by_tense(void **state)
{
	const char *anchor = "2024-03-06"; /* a Wednesday */
	(void)state;
	expect_timex("The ministers met on Monday.", anchor, "Monday", "2024-03-04", KG_TIMEX_DATE);
	expect_timex("The ministers will meet on Friday.", anchor, "Friday", "2024-03-08", KG_TIMEX_DATE);
	expect_timex("The ministers met on Friday.", anchor, "Friday", "2024-03-01", KG_TIMEX_DATE);
	expect_timex("The ministers are scheduled to meet on Monday.", anchor, "Monday", "2024-03-11",
		     KG_TIMEX_DATE);
	expect_timex("The ministers met on Wednesday.", anchor, "Wednesday", "2024-03-06", KG_TIMEX_DATE);
	expect_timex("They will meet next Tuesday.", anchor, "next Tuesday", "2024-03-12", KG_TIMEX_DATE);
	expect_timex("They met last Wednesday.", anchor, "last Wednesday", "2024-02-28", KG_TIMEX_DATE);
	expect_timex("He will meet her on Friday, his office said.", anchor, "Friday", "2024-03-08",
		     KG_TIMEX_DATE);
	expect_timex("The ministers met on Monday.", NULL, "Monday", "XXXX-WXX-1", KG_TIMEX_DATE);
}

static void test_time__a_day_without_a_year_crosses_the_new_year(void **state)
{
	(void)state;
	expect_timex("The envoys will meet again on Jan. 2.", "2024-12-30", "Jan. 2", "2025-01-02", KG_TIMEX_DATE);
	expect_timex("The envoys spoke on Dec. 28.", "2024-12-30", "Dec. 28", "2024-12-28", KG_TIMEX_DATE);
	expect_timex("The envoys spoke on Dec. 30.", "2025-01-03", "Dec. 30", "2024-12-30", KG_TIMEX_DATE);
	expect_timex("Elections will be held in December.", "2025-01-03", "December", "2025-12", KG_TIMEX_DATE);
	expect_timex("The vote was held in December.", "2025-01-03", "December", "2024-12", KG_TIMEX_DATE);
	expect_timex("They will meet on Monday.", "2024-12-28", "Monday", "2024-12-30", KG_TIMEX_DATE);
}

static void test_time__relative_periods_count_from_the_article_date(void **state)
{
	(void)state;
	/* "last week" on a Monday is the week before, not the week that starts that day */
	expect_timex("They met last week.", "2024-03-04", "last week", "2024-W09", KG_TIMEX_DATE);
	expect_timex("They met last week.", "2024-03-10", "last week", "2024-W09", KG_TIMEX_DATE);
	expect_timex("They met last week.", "2024-12-30", "last week", "2024-W52", KG_TIMEX_DATE);
	expect_timex("They will meet next month.", "2024-12-15", "next month", "2025-01", KG_TIMEX_DATE);
	expect_timex("They met earlier this month.", "2024-03-06", "earlier this month", "2024-03", KG_TIMEX_DATE);
	expect_timex("They met last month.", "2024-01-06", "last month", "2023-12", KG_TIMEX_DATE);
	expect_timex("They met this year.", "2024-01-06", "this year", "2024", KG_TIMEX_DATE);
	expect_timex("They met yesterday.", "2024-03-01", "yesterday", "2024-02-29", KG_TIMEX_DATE);
	expect_timex("They meet today.", "2024-03-01", "today", "2024-03-01", KG_TIMEX_DATE);
	expect_timex("They meet tomorrow.", "2024-02-28", "tomorrow", "2024-02-29", KG_TIMEX_DATE);
	expect_timex("They met two weeks ago.", "2024-03-06", "two weeks ago", "2024-W08", KG_TIMEX_DATE);
	expect_timex("Talks ended by the end of the year.", "2024-03-06", "the end of the year", "2024",
		     KG_TIMEX_DATE);
	expect_timex("They met on Monday. That evening they dined.", "2024-03-06", "That evening", "2024-03-04",
		     KG_TIMEX_DATE);
	expect_timex("They met last month.", NULL, "last month", "XXXX-XX", KG_TIMEX_DATE);
	expect_timex("They met yesterday.", NULL, "yesterday", "XXXX-XX-XX", KG_TIMEX_DATE);
}

static void test_time__durations_get_iso_periods(void **state)
{
	(void)state;
	expect_timex("He began a two-day visit.", NULL, "two-day", "P2D", KG_TIMEX_DURATION);
	expect_timex("He began a three day visit.", NULL, "three day", "P3D", KG_TIMEX_DURATION);
	expect_timex("They talked for 45 minutes.", NULL, "45 minutes", "PT45M", KG_TIMEX_DURATION);
	expect_timex("Schools were funded for five years in a row.", NULL, "five years", "P5Y", KG_TIMEX_DURATION);
	expect_timex("A follow-up is due within a week.", NULL, "a week", "P1W", KG_TIMEX_DURATION);
	expect_timex("After months of stagnation, talks began.", NULL, "months", "PXM", KG_TIMEX_DURATION);
	expect_timex("A twenty-five-year lease was signed.", NULL, "twenty-five-year", "P25Y", KG_TIMEX_DURATION);
}

static void test_time__ages_clock_times_and_names_are_not_time_expressions(void **state)
{
	(void)state;
	expect_none("The 49-year-old is a former diplomat.");
	expect_none("He arrived at 10:30 and left at noon.");
	expect_none("He visited Expo 2020 and the Tokyo 2020 venues.");
	expect_none("May I ask what you think?");
	expect_none("April Ryan asked a question.");
	expect_none("The fall of the city shocked everyone.");
	expect_none("They sent 2000 troops.");
	expect_none("He read the 20-point plan to 300 people.");
	/* overlong and broken UTF-8 (from a caller that did not check it) is passed over, not looped on */
	expect_timex("\xC1\x81\xE0\x81\x81 met on 18 October 2022 \xFF", NULL, "18 October 2022", "2022-10-18",
		     KG_TIMEX_DATE);
}

static void test_time__document_date_comes_from_the_strongest_source(void **state)
{
	kg_time_doc_in in = KG_TIME_DOC_IN_INIT;
	kg_date d;
	kg_doc_date_source src;
	kg_error err;
	char buf[16];
	const char *text = "LIMA, March 3 (Wire) - The minister met his counterpart on Monday.\n";
	(void)state;

	in.text = text;
	in.len = strlen(text);
	in.name = "news/2024-03-05-minister.txt";
	/* the file name gives the year, the dateline the day */
	assert_int_equal(kg_time_doc_date(&d, &src, &in, &err), 0);
	kg_time_format(buf, sizeof(buf), &d);
	assert_string_equal(buf, "2024-03-03");
	assert_int_equal(src, KG_DOC_DATE_DATELINE);
	in.metadata = "2024-03-04T08:00:00+01:00";
	assert_int_equal(kg_time_doc_date(&d, &src, &in, &err), 0);
	assert_int_equal(src, KG_DOC_DATE_METADATA);
	assert_int_equal(d.day, 4);
	in.option = "2024-03";
	assert_int_equal(kg_time_doc_date(&d, &src, &in, &err), 0);
	assert_int_equal(src, KG_DOC_DATE_OPTION);
	assert_int_equal(d.prec, KG_TIME_PREC_MONTH);
	in.record = "2024-02-01";
	assert_int_equal(kg_time_doc_date(&d, &src, &in, &err), 0);
	assert_int_equal(src, KG_DOC_DATE_RECORD);
	/* a record date that is no date is reported and the next source is used */
	in.record = "last Tuesday-ish";
	memset(&err, 0, sizeof(err));
	assert_int_equal(kg_time_doc_date(&d, &src, &in, &err), KG_EPARSE);
	assert_int_equal(src, KG_DOC_DATE_OPTION);
	assert_non_null(strstr(err.text, "last Tuesday-ish"));
	assert_string_equal(kg_time_source_name(src), "option");
}

static void test_time__a_document_with_no_date_says_so(void **state)
{
	kg_time_doc_in in = KG_TIME_DOC_IN_INIT;
	kg_date d;
	kg_doc_date_source src;
	kg_timex_list l = { NULL, 0, 0 };
	char buf[16];
	const char *text = "The ministers met on Tuesday and will meet again next month.\n";
	(void)state;

	in.text = text;
	in.len = strlen(text);
	in.name = "notes-9f5e8a52.txt";
	assert_int_equal(kg_time_doc_date(&d, &src, &in, NULL), 0);
	assert_int_equal(src, KG_DOC_DATE_NONE);
	assert_int_equal(d.prec, KG_TIME_PREC_NONE);
	assert_string_equal(kg_time_source_name(src), "none");
	assert_int_equal(kg_time_tag(&l, text, strlen(text), &d), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].value, "XXXX-WXX-2");
	assert_string_equal(l.v[1].value, "XXXX-XX");
	assert_int_equal(kg_time_fact_date(buf, sizeof(buf), &l, text, 0, strlen(text), 15, 0, &d), KG_DATE_NONE);
	assert_string_equal(buf, "");
	kg_timex_list_clear(&l);
	kg_timex_list_clear(NULL);
}

static void test_time__a_fact_takes_the_expression_of_its_clause_else_the_document_date(void **state)
{
	const char *text = "Smith met Jones on Monday, while Brown will see Green on Friday. Smith spoke.";
	kg_date a = iso("2024-03-06");
	kg_timex_list l = { NULL, 0, 0 };
	char buf[16];
	size_t end1 = strlen("Smith met Jones on Monday, while Brown will see Green on Friday.");
	(void)state;

	assert_int_equal(kg_time_tag(&l, text, strlen(text), &a), 0);
	assert_int_equal(l.n, 2);
	/* trigger "met" and trigger "see" */
	assert_int_equal(kg_time_fact_date(buf, sizeof(buf), &l, text, 0, end1, 6, 0, &a), KG_DATE_TEXT);
	assert_string_equal(buf, "2024-03-04");
	assert_int_equal(kg_time_fact_date(buf, sizeof(buf), &l, text, 0, end1,
					   (size_t)(strstr(text, "see") - text), 0, &a), KG_DATE_TEXT);
	assert_string_equal(buf, "2024-03-08");
	/* the second sentence has none: the document date */
	assert_int_equal(kg_time_fact_date(buf, sizeof(buf), &l, text, end1 + 1, strlen(text), end1 + 7, 0, &a),
			 KG_DATE_DOCUMENT);
	assert_string_equal(buf, "2024-03-06");
	assert_string_equal(kg_date_source_name(KG_DATE_DOCUMENT), "document");
	/* a planned fact prefers the future: "met" is nearest to Monday, but the fact is planned */
	assert_int_equal(kg_time_fact_date(buf, sizeof(buf), &l, text, 0, end1, 6, 1, &a), KG_DATE_TEXT);
	assert_string_equal(buf, "2024-03-08");
	kg_timex_list_clear(&l);
}

/* Checks the duration kg_time_pick_duration gives an event of type type told by the one sentence text,
 * whose trigger is the nth (0-based) occurrence of trigger: value, or none when value is NULL. */
static void expect_duration(const char *text, const char *trigger, int nth, kg_event_type type, const char *value)
{
	kg_timex_list l = { NULL, 0, 0 };
	kg_date a = iso("2024-06-03");
	const char *at = strstr(text, trigger);
	const kg_timex *x;

	for (int i = 0; at && i < nth; i++)
		at = strstr(at + 1, trigger);
	assert_non_null(at);
	assert_int_equal(kg_time_tag(&l, text, strlen(text), &a), 0);
	x = kg_time_pick_duration(&l, text, 0, strlen(text), (size_t)(at - text), type);
	if (value && !x)
		fail_msg("no duration for '%s' (#%d) in '%s', expected %s", trigger, nth, text, value);
	if (!value && x)
		fail_msg("'%s' (#%d) in '%s' got duration %s, expected none", trigger, nth, text, x->value);
	if (value)
		assert_string_equal(x->value, value);
	kg_timex_list_clear(&l);
}

static void test_time__an_event_lasts_as_long_as_the_duration_before_its_noun(void **state)
{
	(void)state;
	expect_duration("The president arrived on Sunday for a two-day visit.", "arrived", 0, KG_EVENT_VISIT, "P2D");
	expect_duration("The president arrived on Sunday for a two-day visit.", "visit", 0, KG_EVENT_VISIT, "P2D");
	expect_duration("The queen began a three-day state visit to the island.", "visit", 0, KG_EVENT_VISIT, "P3D");
	expect_duration("She had a 45-minute phone call with the chancellor.", "call", 0, KG_EVENT_CALL, "PT45M");
	expect_duration("The envoys began three days of talks in the capital.", "talks", 0, KG_EVENT_MEETING, "P3D");
	expect_duration("Leaders gathered for a two-day summit on trade.", "summit", 0, KG_EVENT_SUMMIT, "P2D");
	/* the nearest in the trigger's clause */
	expect_duration("After a two-day visit to the north, he began a three-day visit to the south.", "visit", 0,
			KG_EVENT_VISIT, "P2D");
	expect_duration("After a two-day visit to the north, he began a three-day visit to the south.", "visit", 1,
			KG_EVENT_VISIT, "P3D");
	expect_duration("The envoy visited the port last year, while the minister began a two-day visit to the capital.",
			"visited", 0, KG_EVENT_VISIT, NULL);
	/* trigger unknown: the first that describes an event of the type */
	{
		const char *text = "The minister began a two-day visit.";
		kg_timex_list l = { NULL, 0, 0 };
		const kg_timex *x;

		assert_int_equal(kg_time_tag(&l, text, strlen(text), NULL), 0);
		assert_non_null(x = kg_time_pick_duration(&l, text, 0, strlen(text), (size_t)-1, KG_EVENT_VISIT));
		assert_string_equal(x->value, "P2D");
		assert_null(kg_time_pick_duration(NULL, text, 0, strlen(text), (size_t)-1, KG_EVENT_VISIT));
		kg_timex_list_clear(&l);
	}
}

static void test_time__a_duration_of_something_else_is_not_the_events(void **state)
{
	(void)state;
	/* no duration at all */
	expect_duration("They met in the capital on Monday.", "met", 0, KG_EVENT_MEETING, NULL);
	/* a plan, not an event */
	expect_duration("They met to discuss a five-year plan.", "met", 0, KG_EVENT_MEETING, NULL);
	/* the length of a process, not of one meeting: years, or an unknown number of months */
	expect_duration("After two years of talks, the two sides met in the capital.", "met", 0, KG_EVENT_MEETING, NULL);
	expect_duration("After two years of talks, the two sides met in the capital.", "talks", 0, KG_EVENT_MEETING, NULL);
	expect_duration("After months of talks, they met in the capital.", "met", 0, KG_EVENT_MEETING, NULL);
	/* a visit's length is not the length of a meeting held during it */
	expect_duration("He met the mayor during a three-day visit to the city.", "met", 0, KG_EVENT_MEETING, NULL);
	expect_duration("He met the mayor during a three-day visit to the city.", "visit", 0, KG_EVENT_VISIT, "P3D");
	/* a duration that is not before the event noun: "two days before the visit", too many words between */
	expect_duration("They spoke two days before the visit.", "visit", 0, KG_EVENT_VISIT, NULL);
	expect_duration("He began a two-day and very long fruitful state visit.", "visit", 0, KG_EVENT_VISIT, NULL);
	expect_duration("The minister began a two-day rest, then a visit.", "visit", 0, KG_EVENT_VISIT, NULL);
}

/* One article of the week fixture: its file, its date and source, and one expression. */
typedef struct week_case {
	const char *file;   /* under tests/data/time/week */
	const char *date;   /* expected document date */
	kg_doc_date_source src; /* and its source */
	const char *what;   /* an expression of it */
	const char *value;  /* its value */
} week_case;

static const week_case week[] = {
	{ "2024-03-04-talks-open.txt", "2024-03-04", KG_DOC_DATE_FILENAME, "last week", "2024-W09" },
	{ "2024-03-04-talks-open.txt", "2024-03-04", KG_DOC_DATE_FILENAME, "next month", "2024-04" },
	{ "2024-03-04-talks-open.txt", "2024-03-04", KG_DOC_DATE_FILENAME, "Sunday", "2024-03-03" },
	{ "talks-second-day.txt", "2024-03-05", KG_DOC_DATE_DATELINE, "Tuesday morning", "2024-03-05" },
	{ "talks-second-day.txt", "2024-03-05", KG_DOC_DATE_DATELINE, "Friday", "2024-03-08" },
	{ "20240306_port-visit.txt", "2024-03-06", KG_DOC_DATE_FILENAME, "Yesterday", "2024-03-05" },
	{ "20240306_port-visit.txt", "2024-03-06", KG_DOC_DATE_FILENAME, "tomorrow", "2024-03-07" },
	{ "2024-03-07-rivas.txt", "2024-03-07", KG_DOC_DATE_FILENAME, "Friday", "2024-03-08" },
	{ "2024-03-07-rivas.txt", "2024-03-07", KG_DOC_DATE_FILENAME, "January", "2024-01" },
	{ "rivas-okafor.txt", "2024-03-08", KG_DOC_DATE_DATELINE, "Friday", "2024-03-08" },
	{ "rivas-okafor.txt", "2024-03-08", KG_DOC_DATE_DATELINE, "summer", "2024-SU" },
	{ "2024-03-09-weekend.txt", "2024-03-09", KG_DOC_DATE_FILENAME, "Earlier this week", "2024-W10" },
	{ "2024-03-10-review.txt", "2024-03-10", KG_DOC_DATE_DATELINE, "Tuesday", "2024-03-05" },
	{ "2024-03-10-review.txt", "2024-03-10", KG_DOC_DATE_DATELINE, "next Thursday", "2024-03-14" },
};

static void test_time__a_week_of_articles_is_dated_from_datelines_and_file_names(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof(week) / sizeof(week[0]); k++) {
		const week_case *w = &week[k];
		char path[1024], buf[16];
		char *text = NULL;
		size_t len;
		kg_error err;
		kg_time_doc_in in = KG_TIME_DOC_IN_INIT;
		kg_date d;
		kg_doc_date_source src;
		kg_timex_list l = { NULL, 0, 0 };
		const char *at;
		int seen = 0;

		snprintf(path, sizeof(path), "%s/tests/data/time/week/%s", KG_SOURCE_DIR, w->file);
		assert_int_equal(kg_read_file(&text, &len, path, &err), 0);
		in.text = text;
		in.len = len;
		in.name = path;
		assert_int_equal(kg_time_doc_date(&d, &src, &in, &err), 0);
		kg_time_format(buf, sizeof(buf), &d);
		if (strcmp(buf, w->date) != 0 || src != w->src)
			fail_msg("%s: dated %s from %s, expected %s from %s", w->file, buf, kg_time_source_name(src),
				 w->date, kg_time_source_name(w->src));
		assert_int_equal(kg_time_tag(&l, text, len, &d), 0);
		at = strstr(text, w->what);
		assert_non_null(at);
		for (size_t i = 0; i < l.n; i++)
			if (l.v[i].start == (size_t)(at - text)) {
				seen = 1;
				if (strcmp(l.v[i].value, w->value) != 0)
					fail_msg("%s: '%s' is %s, expected %s", w->file, w->what, l.v[i].value, w->value);
			}
		if (!seen)
			fail_msg("%s: '%s' not found", w->file, w->what);
		kg_timex_list_clear(&l);
		free(text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_time__calendar_counts_days_weekdays_and_iso_weeks),
		cmocka_unit_test(test_time__iso_dates_parse_and_format_at_their_precision),
		cmocka_unit_test(test_time__a_week_becomes_its_month_or_its_year_on_the_calendar),
		cmocka_unit_test(test_time__absolute_dates_in_every_written_form),
		cmocka_unit_test(test_time__weekdays_fall_before_or_after_the_article_date_by_tense),
		cmocka_unit_test(test_time__a_day_without_a_year_crosses_the_new_year),
		cmocka_unit_test(test_time__relative_periods_count_from_the_article_date),
		cmocka_unit_test(test_time__durations_get_iso_periods),
		cmocka_unit_test(test_time__ages_clock_times_and_names_are_not_time_expressions),
		cmocka_unit_test(test_time__document_date_comes_from_the_strongest_source),
		cmocka_unit_test(test_time__a_document_with_no_date_says_so),
		cmocka_unit_test(test_time__a_fact_takes_the_expression_of_its_clause_else_the_document_date),
		cmocka_unit_test(test_time__an_event_lasts_as_long_as_the_duration_before_its_noun),
		cmocka_unit_test(test_time__a_duration_of_something_else_is_not_the_events),
		cmocka_unit_test(test_time__a_week_of_articles_is_dated_from_datelines_and_file_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
