/* attach.c: ties a fact to the time expression of its sentence and clause, or to the document date. */
#include "time.h"

#include <ctype.h>
#include <string.h>

/* Marks and words that end a clause; a dash counts only between spaces. */
static const char *const clause_words[] = { ", while ", ", but ", ", where ", ", which ", ", who ", ", whom ",
					    ", after ", ", before ", ", when ", " where ", " whom ", NULL };

/* Number of clause boundaries between byte offsets a < b of text. */
static int boundaries(const char *text, size_t a, size_t b)
{
	int n = 0;

	for (size_t i = a; i < b; i++) {
		char ch = text[i];

		if (ch == ';' || ch == ':' || (ch == '-' && i > a && i + 1 < b && text[i - 1] == ' ' && text[i + 1] == ' '))
			n++;
		else if (ch == ',' || ch == ' ')
			for (size_t k = 0; clause_words[k]; k++) {
				size_t l = strlen(clause_words[k]);

				if (i + l <= b && memcmp(text + i, clause_words[k], l) == 0) {
					n++;
					break;
				}
			}
	}
	return n;
}

/* 1 when x is a resolved DATE inside text[a..b) (and of the future when future). */
static int candidate(const kg_timex *x, size_t a, size_t b, int future)
{
	return x->start >= a && x->end <= b && x->type == KG_TIMEX_DATE && x->date.prec != KG_TIME_PREC_NONE &&
	       (!future || x->future);
}

const kg_timex *kg_time_pick(const kg_timex_list *l, const char *text, size_t sent_start, size_t sent_end,
			     size_t trigger, int planned)
{
	const kg_timex *best = NULL;
	int best_b = 0, future = 0;
	size_t best_d = 0;

	if (!l)
		return NULL;
	for (size_t i = 0; i < l->n && planned && !future; i++)
		future = candidate(&l->v[i], sent_start, sent_end, 1);
	for (size_t i = 0; i < l->n; i++) {
		const kg_timex *x = &l->v[i];
		size_t d;
		int b;

		if (!candidate(x, sent_start, sent_end, future))
			continue;
		if (trigger == (size_t)-1)
			return x;
		if (x->end <= trigger) {
			d = trigger - x->end;
			b = boundaries(text, x->end, trigger);
		} else {
			d = x->start > trigger ? x->start - trigger : 0;
			b = boundaries(text, trigger, x->start);
		}
		if (!best || b < best_b || (b == best_b && d < best_d)) {
			best = x;
			best_b = b;
			best_d = d;
		}
	}
	return best;
}

kg_date_source kg_time_fact_date(char *buf, size_t cap, const kg_timex_list *l, const char *text,
			       size_t sent_start, size_t sent_end, size_t trigger, int planned,
			       const kg_date *doc_date)
{
	const kg_timex *x = kg_time_pick(l, text, sent_start, sent_end, trigger, planned);

	if (cap)
		buf[0] = '\0';
	if (x && kg_time_format_calendar(buf, cap, &x->date) > 0)
		return KG_DATE_TEXT;
	if (doc_date && doc_date->prec != KG_TIME_PREC_NONE && kg_time_format_calendar(buf, cap, doc_date) > 0)
		return KG_DATE_DOCUMENT;
	if (cap)
		buf[0] = '\0';
	return KG_DATE_NONE;
}

/* The nouns that name an event a duration can describe ("a two-day visit", "a 45-minute phone call"),
 * with the event types they describe (bits 1u << kg_event_type). */
static const struct event_noun {
	const char *word;  /* lower case */
	unsigned types;    /* the kinds of event it names */
} event_nouns[] = {
#define T_MEET (1u << KG_EVENT_MEETING)
#define T_CALL (1u << KG_EVENT_CALL)
#define T_VISIT (1u << KG_EVENT_VISIT)
#define T_SUMMIT (1u << KG_EVENT_SUMMIT)
	{ "visit", T_VISIT },		 { "visits", T_VISIT },		{ "trip", T_VISIT },
	{ "trips", T_VISIT },		 { "tour", T_VISIT },		{ "stay", T_VISIT },
	{ "journey", T_VISIT },		 { "mission", T_VISIT },	{ "meeting", T_MEET | T_SUMMIT },
	{ "meetings", T_MEET | T_SUMMIT }, { "talks", T_MEET | T_SUMMIT }, { "session", T_MEET | T_SUMMIT },
	{ "sessions", T_MEET | T_SUMMIT }, { "negotiations", T_MEET }, { "discussions", T_MEET },
	{ "encounter", T_MEET },	 { "audience", T_MEET },	{ "conversation", T_MEET | T_CALL },
	{ "conversations", T_MEET | T_CALL }, { "call", T_CALL },	{ "calls", T_CALL },
	{ "summit", T_SUMMIT },		 { "conference", T_SUMMIT | T_MEET }, { "forum", T_SUMMIT },
	{ "gathering", T_SUMMIT },	 { "retreat", T_SUMMIT },
#undef T_MEET
#undef T_CALL
#undef T_VISIT
#undef T_SUMMIT
};

/* Words that may not stand between a duration and its event noun: they make the duration something
 * else's ("two days before the visit", "a week and a visit"). "of" may, once, right after it ("two days
 * of talks"). */
static const char *const gap_stops[] = { "a", "an", "and", "or", "but", "the", "to", "for", "in", "on", "at",
					 "by", "with", "from", "after", "before", "since", "until", "during",
					 "than", "that", "this", "which", "who", "his", "her", "their", "its",
					 "he", "she", "they", "it", "was", "were", "is", "are", "be", "been",
					 "has", "have", "had", "will", "would", "ago", "later", "earlier", NULL };

/* Bytes of the word (letters, digits, hyphens, apostrophes) at text[i..end), 0 when none is there. */
static size_t word_len(const char *text, size_t i, size_t end)
{
	size_t n = 0;

	while (i + n < end && (isalnum((unsigned char)text[i + n]) || text[i + n] == '-' || text[i + n] == '\''))
		n++;
	return n;
}

/* 1 when text[i..i+n) is, in any case, word w. */
static int word_is(const char *text, size_t i, size_t n, const char *w)
{
	if (strlen(w) != n)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (tolower((unsigned char)text[i + k]) != w[k])
			return 0;
	return 1;
}

/* 1 when the duration x is followed in text[..end), after at most three words, by a noun naming an event
 * of type type, with nothing but those words and spaces between. */
static int describes(const kg_timex *x, const char *text, size_t end, kg_event_type type)
{
	size_t i = x->end;

	for (int words = 0; words <= 3; words++) {
		size_t n;

		if (i >= end || text[i] != ' ')
			return 0;
		while (i < end && text[i] == ' ')
			i++;
		if (!(n = word_len(text, i, end)))
			return 0;
		for (size_t k = 0; k < sizeof(event_nouns) / sizeof(event_nouns[0]); k++)
			if (word_is(text, i, n, event_nouns[k].word))
				return (event_nouns[k].types & (1u << type)) != 0;
		if (word_is(text, i, n, "of") && words > 0)
			return 0;
		for (size_t k = 0; gap_stops[k]; k++)
			if (word_is(text, i, n, gap_stops[k]))
				return 0;
		i += n;
	}
	return 0;
}

/* 1 when duration value v is a length an event can have: a known number of units shorter than a year
 * ("P2D", "PT45M", "P3W"). "after two years of talks" and "months of talks" tell how long a process
 * went on, not how long one meeting lasted. */
static int event_length(const char *v)
{
	return v[0] == 'P' && !strchr(v, 'X') && !strchr(v, 'Y') && !strstr(v, "DE");
}

const kg_timex *kg_time_pick_duration(const kg_timex_list *l, const char *text, size_t sent_start,
				      size_t sent_end, size_t trigger, kg_event_type type)
{
	const kg_timex *best = NULL;
	size_t best_d = 0;

	if (!l || (unsigned)type >= KG_EVENT__COUNT)
		return NULL;
	for (size_t i = 0; i < l->n; i++) {
		const kg_timex *x = &l->v[i];
		size_t d;

		if (x->type != KG_TIMEX_DURATION || x->start < sent_start || x->end > sent_end ||
		    !event_length(x->value) || !describes(x, text, sent_end, type))
			continue;
		if (trigger != (size_t)-1) {
			if (x->end <= trigger ? boundaries(text, x->end, trigger) > 0
					      : x->start > trigger && boundaries(text, trigger, x->start) > 0)
				continue;
			d = x->end <= trigger ? trigger - x->end : x->start > trigger ? x->start - trigger : 0;
		} else {
			d = x->start - sent_start;
		}
		if (!best || d < best_d) {
			best = x;
			best_d = d;
		}
	}
	return best;
}
