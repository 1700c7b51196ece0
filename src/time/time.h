/* time.h: calendar dates, the date of a document and its source, time expressions found in text and
 * normalised TIMEX3-style against the document date, and the date of a fact. */
#ifndef KG_TIME_H
#define KG_TIME_H

#include "../core/core.h"

#include <stddef.h>

/* How precise a date is, from nothing known to the day. */
typedef enum kg_time_prec {
	KG_TIME_PREC_NONE = 0, /* unknown */
	KG_TIME_PREC_DECADE,   /* "the 1990s" */
	KG_TIME_PREC_YEAR,     /* "2019", "this year" */
	KG_TIME_PREC_SEASON,   /* "the summer" */
	KG_TIME_PREC_MONTH,    /* "March 2024", "last month" */
	KG_TIME_PREC_WEEK,     /* "last week" (ISO week) */
	KG_TIME_PREC_DAY       /* "18 October 2022", "on Monday" */
} kg_time_prec;

/* A calendar date of some precision. The fields finer than prec are 0. For PREC_WEEK, year is the
 * ISO week-numbering year and week the ISO week; month and day hold the week's Monday. For
 * PREC_SEASON, season is 1..4 (spring, summer, autumn, winter). For PREC_DECADE, year is its first. */
typedef struct kg_date {
	int year;          /* 1..9999, 0 when unknown */
	int month;         /* 1..12, 0 when unknown */
	int day;           /* 1..31, 0 when unknown */
	int week;          /* ISO week 1..53 (PREC_WEEK only) */
	int season;        /* 1..4 (PREC_SEASON only) */
	kg_time_prec prec; /* how much of it is known */
} kg_date;

/* Where a document's date came from, strongest first. */
typedef enum kg_doc_date_source {
	KG_DOC_DATE_NONE = 0, /* no date: the document says so and is never given today's date */
	KG_DOC_DATE_RECORD,   /* the "date" field of a JSON Lines record */
	KG_DOC_DATE_OPTION,   /* --date on the command line */
	KG_DOC_DATE_METADATA, /* the page's metadata (HTML meta, JSON-LD, <time>, feed) */
	KG_DOC_DATE_DATELINE, /* a dateline or date line at the top (or foot) of the text */
	KG_DOC_DATE_FILENAME  /* a date in the file's name */
} kg_doc_date_source;

/* "none", "record", "option", "metadata", "dateline", "filename". */
const char *kg_time_source_name(kg_doc_date_source s);

/* Parses an ISO 8601 date of n bytes: "YYYY", "YYYY-MM" or "YYYY-MM-DD", the last maybe followed by a
 * time ("T10:00:00Z", " 10:00"). Returns 0, or KG_EPARSE when s is not such a date (or not a real
 * day: "2023-02-29"). */
int kg_time_parse_iso(kg_date *out, const char *s, size_t n);
/* Parses a date as written by a person or a feed: ISO first, then a complete date in words ("18
 * October 2022", "Oct. 18, 2022", "Tue, 05 Mar 2024 10:00:00 +0000", "2024/03/05"). KG_EPARSE when
 * none. */
int kg_time_parse_any(kg_date *out, const char *s, size_t n);
/* Writes d as ISO 8601 of its precision into buf: "2022-10-18", "2022-W42", "2022-10", "2022-SU",
 * "2022", "199" (decade); "" for PREC_NONE. Returns the length, or KG_ELIMIT when cap is too small
 * (at least 11 bytes always suffice). */
int kg_time_format(char *buf, size_t cap, const kg_date *d);
/* Writes d as a plain calendar date of at most day precision, the form of the data model ("YYYY",
 * "YYYY-MM" or "YYYY-MM-DD"): a week becomes its month when the whole week lies in one month, else
 * its year; a season and a decade become the year (a decade: "" since no one year holds it). Returns
 * the length (0 when nothing can be said), or KG_ELIMIT. */
int kg_time_format_calendar(char *buf, size_t cap, const kg_date *d);
/* Compares two dates on their common precision (-1, 0, 1): 2022-10 equals 2022-10-18. */
int kg_time_cmp(const kg_date *a, const kg_date *b);

/* What a document's date is read from. Each may be NULL (or len 0 for text). */
typedef struct kg_time_doc_in {
	const char *record;   /* the "date" of its JSON Lines record */
	const char *option;   /* --date */
	const char *metadata; /* the date its page's metadata gave (HTML reader) */
	const char *text;     /* its text, for a dateline or date line */
	size_t len;           /* bytes in text */
	const char *name;     /* its file name or id, for a date in it */
} kg_time_doc_in;
#define KG_TIME_DOC_IN_INIT { NULL, NULL, NULL, NULL, 0, NULL }

/* The date of a document from the strongest source that holds one: record, option, metadata,
 * dateline, file name. *src gets the source (KG_DOC_DATE_NONE and a PREC_NONE date when there is
 * none). A record, option or metadata date that cannot be read is skipped: err (may be NULL) then
 * says which and why, and the return is KG_EPARSE with out and *src still the best of the other
 * sources, so that the caller can warn and go on. */
/* Details: a date line is one of the first 6 lines or the last 3 lines of the text, at most 12
 * words, holding a complete date (day, month and year), alone or after "Published:", "Updated:",
 * "Posted", "Date:", "By NAME", or followed by a time of day; a dateline is an upper-case place
 * name, a comma, a month and a day ("NAIROBI, Oct 18 (Reuters) -"), which dates the document only
 * when the year comes from the file name or a date line. A file name holds a date as YYYY-MM-DD,
 * YYYY_MM_DD or YYYYMMDD between non-alphanumeric characters. */
int kg_time_doc_date(kg_date *out, kg_doc_date_source *src, const kg_time_doc_in *in, kg_error *err);

/* What a time expression is (TIMEX3 types). */
typedef enum kg_timex_type {
	KG_TIMEX_DATE = 0, /* a point or period on the calendar */
	KG_TIMEX_DURATION  /* a length of time: "a two-day visit", "five years" */
} kg_timex_type;

/* A TIMEX3 modifier. */
typedef enum kg_timex_mod {
	KG_TIMEX_MOD_NONE = 0,
	KG_TIMEX_MOD_START, /* "early 2022", "the beginning of the year" */
	KG_TIMEX_MOD_MID,   /* "mid-2020" */
	KG_TIMEX_MOD_END,   /* "late 2019", "the end of the year" */
	KG_TIMEX_MOD_APPROX /* "about five years" */
} kg_timex_mod;

/* One time expression found in a text. */
typedef struct kg_timex {
	size_t start;       /* byte offset of its first byte in the text */
	size_t end;         /* one past its last byte */
	kg_timex_type type; /* DATE or DURATION */
	char value[24];     /* TIMEX3 value: "2022-10-18", "2022-W42", "2022-10", "2022", "P2D"; with no
			     * anchor the unknown parts are X: "XXXX-10-18", "XXXX-WXX-1", "XXXX-XX-XX" */
	kg_date date;       /* the resolved date (DATE only; prec NONE when unresolved or a duration) */
	kg_timex_mod mod;   /* START, MID, END, APPROX or NONE */
	int relative;       /* 1: resolved against the anchor or an earlier expression ("on Monday") */
	int future;         /* 1: a plan or an expectation ("next Tuesday", "will meet on Monday") */
} kg_timex;

/* The expressions of one text, in order, never overlapping. */
typedef struct kg_timex_list {
	kg_timex *v;  /* the expressions */
	size_t n;     /* how many */
	size_t cap;   /* room in v */
} kg_timex_list;

/* Finds the time expressions of text[0..len) (UTF-8, any line ends) and normalises them against
 * anchor, the document date (NULL or PREC_NONE: relative expressions stay unresolved, with X in
 * their value). Appends to out. Deterministic: no clock, no locale. Returns 0 or KG_ENOMEM. */
/* Details: absolute dates ("18 October 2022", "Oct. 18", "October 18, 2022", "Tuesday, Sept. 5",
 * "2022-10-18", "in March", "December 2018", "in 2019", "mid-2020", "early 2023", "the 1990s",
 * "the summer"), relative ones ("on Monday", "yesterday", "today", "this afternoon", "last week",
 * "earlier this month", "next Tuesday", "this year", "last month", "two weeks ago", "the previous
 * month", "the end of the year"), anaphoric ones resolved against the last day named before them
 * ("that evening", "the next day"), and durations ("a two-day visit", "five years", "45 minutes",
 * "within a week", "after months of"). A weekday, or a month without a year, is placed before or
 * after the anchor by the tense of its sentence (future: "will", "is to", "scheduled", "expected",
 * "plans", "next", "ahead of"...); a day or month without a year is otherwise the one nearest the
 * anchor. Clock times, ages ("49-year-old"), vague references ("now", "recently") and years that
 * are part of a name ("Expo 2020", "Tokyo 2020") are not tagged. */
int kg_time_tag(kg_timex_list *out, const char *text, size_t len, const kg_date *anchor);
/* Frees the expressions; the list is left empty and reusable. Accepts NULL. */
void kg_timex_list_clear(kg_timex_list *l);

/* The time expression that dates a fact told by text[sent_start..sent_end) whose trigger (the verb or
 * noun of the fact: "met", "visit") starts at byte trigger (or (size_t)-1 when unknown): among the
 * resolved DATE expressions inside the sentence, the one in the trigger's clause nearest to it, else
 * the nearest in the sentence (clauses end at ';', ':', a dash, ", while", ", but", ", where",
 * ", which", ", who"). With no trigger, the first. A planned fact prefers expressions of the future
 * ("will meet next Thursday") when the sentence has one. NULL when the sentence has none. */
const kg_timex *kg_time_pick(const kg_timex_list *l, const char *text, size_t sent_start, size_t sent_end,
			     size_t trigger, int planned);

/* The duration that tells how long an event of type type told by text[sent_start..sent_end) lasted,
 * whose trigger starts at byte trigger ((size_t)-1 when unknown): among the DURATION expressions of the
 * sentence in the trigger's clause (the clauses of kg_time_pick), the nearest to the trigger that is
 * followed, after at most three words, by a noun naming an event of that type ("a two-day visit", "a
 * 45-minute phone call", "two days of talks"; visit, trip, tour, stay, meeting, talks, session, summit,
 * conference, call, conversation...). Lengths of a year or more and unknown ones ("after two years of
 * talks", "months of talks") tell how long a process went on, not an event, and are never picked.
 * NULL when there is none. */
const kg_timex *kg_time_pick_duration(const kg_timex_list *l, const char *text, size_t sent_start,
				      size_t sent_end, size_t trigger, kg_event_type type);

/* The date of a fact: the expression kg_time_pick finds (KG_DATE_TEXT), else the document date
 * (KG_DATE_DOCUMENT), else nothing (KG_DATE_NONE). buf gets the date as kg_time_format_calendar
 * writes it ("" with KG_DATE_NONE; KG_DATE_LEN bytes suffice), and the return is the source.
 * doc_date may be NULL. */
kg_date_source kg_time_fact_date(char *buf, size_t cap, const kg_timex_list *l, const char *text,
			       size_t sent_start, size_t sent_end, size_t trigger, int planned,
			       const kg_date *doc_date);

/* Calendar helpers. */
/* 1 when year/month/day is a real day of the proleptic Gregorian calendar (year 1..9999). */
int kg_time_valid_day(int year, int month, int day);
/* Days since 1970-01-01 of a real day (negative before). */
long kg_time_days(int year, int month, int day);
/* The day d days after 1970-01-01, as a PREC_DAY date. */
void kg_time_from_days(kg_date *out, long d);
/* ISO weekday 1 (Monday) .. 7 (Sunday). */
int kg_time_weekday(int year, int month, int day);
/* The ISO week of a real day, as a PREC_WEEK date. */
void kg_time_iso_week(kg_date *out, int year, int month, int day);

#endif
