/* date.c: calendar arithmetic, ISO 8601 dates, and the date of a document from its strongest source. */
#include "time.h"

#include <stdio.h>
#include <string.h>

static const char *const source_names[] = { "none", "record", "option", "metadata", "dateline", "filename" };
static const char *const season_codes[] = { "", "SP", "SU", "FA", "WI" };

const char *kg_time_source_name(kg_doc_date_source s)
{
	if ((unsigned)s >= sizeof(source_names) / sizeof(source_names[0]))
		return "none";
	return source_names[s];
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

int kg_time_valid_day(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= month_days(year, month);
}

/* Howard Hinnant's days_from_civil. */
long kg_time_days(int year, int month, int day)
{
	long y = year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void kg_time_from_days(kg_date *out, long d)
{
	long z = d + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long m = mp < 10 ? mp + 3 : mp - 9;

	memset(out, 0, sizeof(*out));
	out->year = (int)(yoe + era * 400 + (m <= 2));
	out->month = (int)m;
	out->day = (int)(doy - (153 * mp + 2) / 5 + 1);
	out->prec = KG_TIME_PREC_DAY;
}

int kg_time_weekday(int year, int month, int day)
{
	long d = kg_time_days(year, month, day); /* 1970-01-01 was a Thursday (4) */
	long w = (d + 3) % 7;

	if (w < 0)
		w += 7;
	return (int)w + 1;
}

void kg_time_iso_week(kg_date *out, int year, int month, int day)
{
	long d = kg_time_days(year, month, day);
	long monday = d - (kg_time_weekday(year, month, day) - 1);
	kg_date thu;
	long jan1;

	kg_time_from_days(&thu, monday + 3); /* the week's Thursday gives its year and its number */
	jan1 = kg_time_days(thu.year, 1, 1);
	kg_time_from_days(out, monday);
	out->week = (int)((monday + 3 - jan1) / 7) + 1;
	out->year = thu.year;
	out->prec = KG_TIME_PREC_WEEK;
}

int kg_time_parse_iso(kg_date *out, const char *s, size_t n)
{
	kg_date d;

	memset(&d, 0, sizeof(d));
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	if (n < 4 || !kg_digits(&d.year, s, 4) || d.year < 1)
		return KG_EPARSE;
	d.prec = KG_TIME_PREC_YEAR;
	if (n > 4) {
		if (n < 7 || s[4] != '-' || !kg_digits(&d.month, s + 5, 2) || d.month < 1 || d.month > 12)
			return KG_EPARSE;
		d.prec = KG_TIME_PREC_MONTH;
	}
	if (n > 7) {
		if (n < 10 || s[7] != '-' || !kg_digits(&d.day, s + 8, 2) || !kg_time_valid_day(d.year, d.month, d.day))
			return KG_EPARSE;
		d.prec = KG_TIME_PREC_DAY;
		/* a time of day may follow the day */
		if (n > 10 && s[10] != 'T' && s[10] != ' ')
			return KG_EPARSE;
		if (n > 10 && (n < 13 || s[11] < '0' || s[11] > '2'))
			return KG_EPARSE;
	}
	*out = d;
	return KG_OK;
}

int kg_time_format(char *buf, size_t cap, const kg_date *d)
{
	int n;

	switch (d->prec) {
	case KG_TIME_PREC_NONE: n = snprintf(buf, cap, "%s", ""); break;
	case KG_TIME_PREC_DECADE: n = snprintf(buf, cap, "%03d", d->year / 10); break;
	case KG_TIME_PREC_YEAR: n = snprintf(buf, cap, "%04d", d->year); break;
	case KG_TIME_PREC_SEASON:
		n = snprintf(buf, cap, "%04d-%s", d->year, season_codes[d->season >= 1 && d->season <= 4 ? d->season : 0]);
		break;
	case KG_TIME_PREC_MONTH: n = snprintf(buf, cap, "%04d-%02d", d->year, d->month); break;
	case KG_TIME_PREC_WEEK: n = snprintf(buf, cap, "%04d-W%02d", d->year, d->week); break;
	default: n = snprintf(buf, cap, "%04d-%02d-%02d", d->year, d->month, d->day); break;
	}
	if (n < 0 || (size_t)n >= cap)
		return KG_ELIMIT;
	return n;
}

int kg_time_format_calendar(char *buf, size_t cap, const kg_date *d)
{
	kg_date c = *d;

	if (c.prec == KG_TIME_PREC_WEEK) {
		kg_date sun;

		kg_time_from_days(&sun, kg_time_days(d->year > 0 ? c.year : 1, c.month, c.day) + 6);
		/* c.month/day hold the Monday, whose year can differ from the ISO year */
		{
			kg_date mon;

			kg_time_from_days(&mon, kg_time_days(sun.year, sun.month, sun.day) - 6);
			c.year = mon.year;
			c.month = mon.month;
			if (mon.year == sun.year && mon.month == sun.month)
				c.prec = KG_TIME_PREC_MONTH;
			else if (mon.year == sun.year)
				c.prec = KG_TIME_PREC_YEAR;
			else
				c.prec = KG_TIME_PREC_NONE;
		}
	} else if (c.prec == KG_TIME_PREC_SEASON) {
		c.prec = KG_TIME_PREC_YEAR;
	} else if (c.prec == KG_TIME_PREC_DECADE) {
		c.prec = KG_TIME_PREC_NONE;
	}
	return kg_time_format(buf, cap, &c);
}

int kg_time_cmp(const kg_date *a, const kg_date *b)
{
	const int av[3] = { a->year, a->month, a->day }, bv[3] = { b->year, b->month, b->day };
	int depth = 1;
	kg_time_prec p = a->prec < b->prec ? a->prec : b->prec;

	if (p >= KG_TIME_PREC_MONTH && p != KG_TIME_PREC_WEEK)
		depth = 2;
	if (p == KG_TIME_PREC_DAY)
		depth = 3;
	for (int i = 0; i < depth; i++)
		if (av[i] != bv[i])
			return av[i] < bv[i] ? -1 : 1;
	return 0;
}

int kg_time_parse_any(kg_date *out, const char *s, size_t n)
{
	kg_timex_list l = { NULL, 0, 0 };
	int rc = KG_EPARSE;

	if (kg_time_parse_iso(out, s, n) == KG_OK)
		return KG_OK;
	/* 2024/03/05 */
	if (n >= 10 && s[4] == '/' && s[7] == '/') {
		int y, m, d;

		if (kg_digits(&y, s, 4) && kg_digits(&m, s + 5, 2) && kg_digits(&d, s + 8, 2) && kg_time_valid_day(y, m, d)) {
			memset(out, 0, sizeof(*out));
			out->year = y;
			out->month = m;
			out->day = d;
			out->prec = KG_TIME_PREC_DAY;
			return KG_OK;
		}
	}
	if (kg_time_tag(&l, s, n, NULL) < 0)
		return KG_ENOMEM;
	for (size_t i = 0; i < l.n; i++) {
		if (l.v[i].type == KG_TIMEX_DATE && l.v[i].date.prec == KG_TIME_PREC_DAY && !l.v[i].relative) {
			*out = l.v[i].date;
			rc = KG_OK;
			break;
		}
	}
	kg_timex_list_clear(&l);
	return rc;
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A date in a file name: YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD between non-alphanumeric bytes. */
static int date_in_name(kg_date *out, const char *name)
{
	const char *base = strrchr(name, '/');
	size_t n;

	base = base ? base + 1 : name;
	n = strlen(base);
	for (size_t i = 0; i + 8 <= n; i++) {
		int y, m, d, sep;
		size_t end;

		if (i > 0 && ((base[i - 1] >= '0' && base[i - 1] <= '9') || is_alpha(base[i - 1])))
			continue;
		if (!kg_digits(&y, base + i, 4))
			continue;
		sep = i + 10 <= n && (base[i + 4] == '-' || base[i + 4] == '_') && base[i + 7] == base[i + 4];
		if (sep ? !(kg_digits(&m, base + i + 5, 2) && kg_digits(&d, base + i + 8, 2))
			: !(kg_digits(&m, base + i + 4, 2) && kg_digits(&d, base + i + 6, 2)))
			continue;
		end = i + (sep ? 10 : 8);
		if (end < n && ((base[end] >= '0' && base[end] <= '9') || is_alpha(base[end])))
			continue;
		if (y < 1900 || y > 2099 || !kg_time_valid_day(y, m, d))
			continue;
		memset(out, 0, sizeof(*out));
		out->year = y;
		out->month = m;
		out->day = d;
		out->prec = KG_TIME_PREC_DAY;
		return 1;
	}
	return 0;
}

/* ASCII case-insensitive comparison of n bytes of a with the lower-case word w (no locale). */
static int ieq(const char *a, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n && w[i]; i++) {
		char c = a[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != w[i])
			return 0;
	}
	return i == n && w[i] == '\0';
}

/* Words that may stand on a date line besides the date ("Published: 18 October 2022, 7:10 AM"). */
static const char *const date_line_words[] = {
	"published", "updated", "posted", "date", "dated", "first", "last", "modified", "on", "at", "by",
	"am", "pm", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "ist", "pst", "pdt", "jst", "et",
	"pt", "local", "time", NULL
};

static int is_date_line_word(const char *w, size_t n)
{
	for (size_t i = 0; date_line_words[i]; i++)
		if (ieq(w, n, date_line_words[i]))
			return 1;
	return 0;
}

/* Most words on a date line and the most other words (a byline name, an agency). */
#define DATE_LINE_MAX_WORDS 12
#define DATE_LINE_MAX_OTHER 2

/* 1 when line[0..n) is a date line, with its complete date in *out. */
static int date_line(kg_date *out, const char *line, size_t n)
{
	kg_timex_list l = { NULL, 0, 0 };
	const kg_timex *x = NULL;
	size_t words = 0, other = 0;
	int ok = 0;

	if (kg_time_tag(&l, line, n, NULL) < 0)
		return 0;
	for (size_t i = 0; i < l.n && !x; i++)
		if (l.v[i].type == KG_TIMEX_DATE && l.v[i].date.prec == KG_TIME_PREC_DAY && !l.v[i].relative)
			x = &l.v[i];
	if (!x)
		goto done;
	for (size_t i = 0; i < n;) {
		size_t j = i;

		if (!is_alpha(line[i]) && !(line[i] >= '0' && line[i] <= '9')) {
			i++;
			continue;
		}
		while (j < n && (is_alpha(line[j]) || (line[j] >= '0' && line[j] <= '9') || line[j] == '.'))
			j++;
		words++;
		if (is_alpha(line[i]) && (i < x->start || i >= x->end)) {
			size_t k = i;

			while (k < j && is_alpha(line[k]))
				k++;
			/* "5:00am": letters glued to digits are a clock suffix */
			if (!(i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9') && !is_date_line_word(line + i, k - i))
				other++;
		}
		i = j;
	}
	ok = words <= DATE_LINE_MAX_WORDS && other <= DATE_LINE_MAX_OTHER;
	if (ok)
		*out = x->date;
done:
	kg_timex_list_clear(&l);
	return ok;
}

/* Upper-case words and commas, then a month and a day, "NAIROBI, Oct 18 (Reuters) -": *out gets the
 * month and day (year 0). */
static int dateline(kg_date *out, const char *line, size_t n)
{
	kg_timex_list l = { NULL, 0, 0 };
	size_t i = 0, caps = 0;
	int ok = 0;

	while (i < n && (line[i] == ' ' || line[i] == '\t'))
		i++;
	while (i < n && ((line[i] >= 'A' && line[i] <= 'Z') || line[i] == ' ' || line[i] == '.' || line[i] == '-' ||
			 line[i] == '\'')) {
		caps += line[i] >= 'A' && line[i] <= 'Z';
		i++;
	}
	if (caps < 2 || i >= n || line[i] != ',')
		return 0;
	/* "TOPEKA, Kan., Oct 18": a state or province may follow */
	if (kg_time_tag(&l, line + i, n - i, NULL) < 0)
		return 0;
	if (l.n && l.v[0].type == KG_TIMEX_DATE && l.v[0].start < 16 && l.v[0].value[5] != 'X' &&
	    l.v[0].value[8] != 'X' && strlen(l.v[0].value) == 10) {
		int m, d;

		if (kg_digits(&m, l.v[0].value + 5, 2) && kg_digits(&d, l.v[0].value + 8, 2)) {
			memset(out, 0, sizeof(*out));
			out->month = m;
			out->day = d;
			out->prec = KG_TIME_PREC_DAY;
			ok = 1;
		}
	}
	kg_timex_list_clear(&l);
	return ok;
}

/* Lines of the top and the foot of a text that may carry its date. */
#define TOP_LINES 6
#define FOOT_LINES 3

/* The date of text from a date line (complete) or a dateline (month and day: *md). */
static int text_date(kg_date *out, kg_date *md, const char *text, size_t len)
{
	size_t starts[TOP_LINES], nl = 0, foot[FOOT_LINES], nf = 0;
	size_t i = 0;

	md->prec = KG_TIME_PREC_NONE;
	/* the first TOP_LINES non-blank lines */
	while (i < len && nl < TOP_LINES) {
		size_t e = i;

		while (e < len && text[e] != '\n')
			e++;
		for (size_t k = i; k < e; k++)
			if (text[k] != ' ' && text[k] != '\t' && text[k] != '\r') {
				starts[nl++] = i;
				break;
			}
		i = e + 1;
	}
	for (size_t k = 0; k < nl; k++) {
		size_t e = starts[k];

		while (e < len && text[e] != '\n')
			e++;
		if (date_line(out, text + starts[k], e - starts[k]))
			return 1;
		if (md->prec == KG_TIME_PREC_NONE)
			dateline(md, text + starts[k], e - starts[k]);
	}
	/* the last FOOT_LINES non-blank lines */
	i = len;
	while (i > 0 && nf < FOOT_LINES) {
		size_t e = i, b;
		int blank = 1;

		while (e > 0 && (text[e - 1] == '\n' || text[e - 1] == '\r'))
			e--;
		b = e;
		while (b > 0 && text[b - 1] != '\n')
			b--;
		for (size_t k = b; k < e; k++)
			if (text[k] != ' ' && text[k] != '\t')
				blank = 0;
		if (!blank)
			foot[nf++] = b;
		if (b == 0)
			break;
		i = b;
	}
	for (size_t k = 0; k < nf; k++) {
		size_t e = foot[k];
		int top = 0;

		for (size_t t = 0; t < nl; t++)
			top |= starts[t] == foot[k];
		if (top)
			continue;
		while (e < len && text[e] != '\n')
			e++;
		if (date_line(out, text + foot[k], e - foot[k]))
			return 1;
	}
	return 0;
}

static int read_given(kg_date *out, const char *s, const char *what, kg_error *err)
{
	if (kg_time_parse_any(out, s, strlen(s)) == KG_OK)
		return 1;
	kg_error_set(err, "", 0, 0, "%s date '%.100s' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY); ignored",
		     what, s);
	return 0;
}

int kg_time_doc_date(kg_date *out, kg_doc_date_source *src, const kg_time_doc_in *in, kg_error *err)
{
	const char *given[3] = { in->record, in->option, in->metadata };
	static const kg_doc_date_source given_src[3] = { KG_DOC_DATE_RECORD, KG_DOC_DATE_OPTION, KG_DOC_DATE_METADATA };
	static const char *const given_what[3] = { "record", "--date", "metadata" };
	kg_date md, named;
	int bad = 0, has_name;

	memset(out, 0, sizeof(*out));
	*src = KG_DOC_DATE_NONE;
	for (int k = 0; k < 3; k++) {
		if (!given[k] || !given[k][0])
			continue;
		if (read_given(out, given[k], given_what[k], bad ? NULL : err)) {
			*src = given_src[k];
			return bad ? KG_EPARSE : KG_OK;
		}
		bad = 1;
	}
	has_name = in->name && date_in_name(&named, in->name);
	if (in->text && text_date(out, &md, in->text, in->len)) {
		*src = KG_DOC_DATE_DATELINE;
	} else if (has_name) {
		*out = named;
		*src = KG_DOC_DATE_FILENAME;
		/* a dateline's month and day with the name's year: the dateline is the finer source */
		if (in->text && md.prec == KG_TIME_PREC_DAY && kg_time_valid_day(named.year, md.month, md.day) &&
		    (md.month != named.month || md.day != named.day)) {
			out->month = md.month;
			out->day = md.day;
			*src = KG_DOC_DATE_DATELINE;
		}
	} else {
		memset(out, 0, sizeof(*out));
	}
	return bad ? KG_EPARSE : KG_OK;
}
