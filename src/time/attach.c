/* attach.c: ties a fact to the time expression of its sentence and clause, or to the document date. */
#include "time.h"

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
