/* news.c: the news extractor module: reads documents and runs entity, coreference and relation
 * extraction on each, handing every document's facts to the caller as soon as it is done. */
#include "extract.h"

#include "pool.h"

#include "../ner/ner.h"
#include "../text/text.h"
#include "../time/time.h"

#include <stdlib.h>
#include <string.h>

/* Entities kept per document when kg_extract_opts.max_entities is 0. */
#define NEWS_MAX_ENTITIES 10000

/* State of one run. */
typedef struct news_run {
	kg_extract_opts *opts; /* borrowed */
	kg_facts_cb cb;        /* receives each document's facts */
	const kg_lex *lex;     /* borrowed from the run context */
	const struct kg_lang *lang; /* borrowed from the run context, NULL: none */
	kg_split_opts split;   /* the sentence limit of this run, read by every worker */
	kg_pool *pool;         /* worker threads with opts->jobs > 1, else NULL */
	kg_ner_cache **caches; /* the caches of each worker (one for the calling thread without a pool) */
	size_t n_caches;       /* how many */
	int stop;              /* the callback's negative code, when it asked to stop */
} news_run;

static void on_read_error(const kg_error *err, void *ctx)
{
	news_run *r = ctx;

	kg_extract_report(r->opts, err, 0);
}

static void on_read_warning(const kg_error *err, void *ctx)
{
	news_run *r = ctx;

	kg_extract_report(r->opts, err, 1);
}

/* Fills info with doc's identity (borrowed; date is the document date found, in date_iso) and content
 * hash: SHA-256 of text, date and url, each followed by a NUL byte. */
static void doc_info(kg_doc_info *info, const kg_doc *doc, const char *date_iso, kg_doc_date_source from)
{
	const char *parts[2] = { date_iso[0] ? date_iso : NULL, doc->url };
	kg_hash h;

	memset(info, 0, sizeof(*info));
	info->id = doc->id;
	info->source = doc->source;
	info->date = date_iso[0] ? (char *)date_iso : NULL;
	info->url = doc->url;
	info->title = doc->title;
	info->date_source = date_iso[0] ? KG_DATE_DOCUMENT : KG_DATE_NONE;
	snprintf(info->date_from, sizeof(info->date_from), "%s", kg_time_source_name(from));
	kg_hash_init(&h);
	kg_hash_update(&h, doc->text, doc->len + 1);
	for (int i = 0; i < 2; i++)
		kg_hash_update(&h, parts[i] ? parts[i] : "", (parts[i] ? strlen(parts[i]) : 0) + 1);
	kg_hash_hex(&h, info->hash);
}

/* Reports a problem with doc at byte offset off of its text (line and column computed), as a warning
 * or an error. */
static void report_at(news_run *r, const kg_doc *doc, size_t off, int warning, const char *what)
{
	kg_error err;
	long line = 1, col = 1;

	for (size_t i = 0; i < off && i < doc->len; i++) {
		if (doc->text[i] == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	kg_error_set(&err, doc->source, line, col, "%s", what);
	kg_extract_report(r->opts, &err, warning);
}

/* Checks what kg_doc_new lets through but a news text should not hold: NUL bytes (a binary file, or
 * UTF-16) refuse the document unless replace_invalid (then they read as spaces, with a warning);
 * replaced invalid UTF-8 and a document with no text get a warning. Returns 1 when doc is to be
 * extracted, 0 when it was refused (reported as an error). */
static int check_doc(news_run *r, const kg_doc *doc)
{
	const char *nul = memchr(doc->text, '\0', doc->len);
	char what[200];
	size_t i;

	if (nul) {
		size_t off = (size_t)(nul - doc->text);

		snprintf(what, sizeof(what), "NUL byte at byte %zu: %s", off,
			 r->opts->replace_invalid ? "read as a space" :
			 "not a text document; skipped (--replace-invalid reads NUL bytes as spaces)");
		report_at(r, doc, off, r->opts->replace_invalid, what);
		if (!r->opts->replace_invalid)
			return 0;
	}
	if (doc->n_replaced) {
		/* the first U+FFFD is the first replaced byte, unless the text had one of its own before */
		size_t off = 0;

		while (off + 2 < doc->len && memcmp(doc->text + off, "\xEF\xBF\xBD", 3) != 0)
			off++;
		if (off + 2 >= doc->len)
			off = 0;

		snprintf(what, sizeof(what), "%zu invalid UTF-8 byte%s replaced with U+FFFD, the first at byte %zu",
			 doc->n_replaced, doc->n_replaced == 1 ? "" : "s", off);
		report_at(r, doc, off, 1, what);
	}
	for (i = 0; i < doc->norm_len && doc->norm[i] && strchr(" \t\n\r\f\v", doc->norm[i]); i++)
		;
	if (i == doc->norm_len) {
		kg_error err;

		kg_error_set(&err, doc->source, 0, 0, "%s document: no text to read",
			     doc->len ? "blank" : "empty");
		kg_extract_report(r->opts, &err, 1);
	}
	return 1;
}

/* Keeps the first max entities of *facts (those in relations come first) and the triples between
 * them; *n_dropped gets how many entities went. *facts is replaced by a new set when some did.
 * Returns 0 or KG_ENOMEM (*facts unchanged). */
static int limit_entities(kg_facts **facts, size_t max, size_t *n_dropped)
{
	const kg_facts *in = *facts;
	kg_facts *out = NULL;
	int rc;

	*n_dropped = 0;
	if (in->n_entities <= max)
		return KG_OK;
	if ((rc = kg_facts_new(&out)) < 0)
		return rc;
	for (size_t i = 0; i < max; i++) {
		const kg_entity *e = &in->entities[i];
		size_t k;

		if ((rc = kg_facts_add_entity(out, e->name, e->type, NULL, e->mentions, &k)) < 0)
			goto done;
		for (size_t a = 0; a < e->aliases.n; a++)
			if ((rc = kg_facts_add_entity(out, e->name, e->type, e->aliases.v[a], 0, NULL)) < 0)
				goto done;
		for (size_t w = 0; w < e->why.n; w++)
			if ((rc = kg_strv_push(&out->entities[k].why, e->why.v[w])) < 0)
				goto done;
	}
	for (size_t i = 0; i < in->n_triples; i++) {
		const kg_triple *t = &in->triples[i];

		if (!kg_facts_find(out, t->subject) || !kg_facts_find(out, t->object))
			continue;
		if ((rc = kg_facts_add_triple(out, t)) < 0)
			goto done;
	}
	*n_dropped = in->n_entities - max;
	kg_facts_free(*facts);
	*facts = out;
	out = NULL;
done:
	kg_facts_free(out);
	return rc;
}

/* One document on its way: read and checked, then extracted (maybe in a worker thread), then handed
 * over in input order. */
typedef struct news_job {
	kg_doc *doc;       /* owned */
	kg_date date;      /* the document date (prec NONE when it has none) */
	kg_doc_date_source date_source; /* where it came from */
	char date_iso[16]; /* date as ISO 8601, "" when none */
	kg_doc_info info;  /* its identity (strings borrowed from doc) and hash */
	kg_facts *facts;   /* its facts once extracted, NULL when extraction failed */
	kg_error err;      /* what failed */
	int rc;            /* 0, or the extraction's negative code */
	size_t max;        /* entities kept */
	size_t n_dropped;  /* entities over max, left out */
	int foreign;       /* 1: the text is in another language than English; nothing was extracted */
} news_job;

static void job_free(news_job *j)
{
	if (!j)
		return;
	kg_facts_free(j->facts);
	kg_doc_free(j->doc);
	free(j);
}

/* Words that name a fact of a relation in its sentence, where its date is looked for nearest (a fact
 * that came from an event has the event's trigger instead). */
typedef struct trigger_words {
	const char *predicate;    /* the relation */
	const char *const *words; /* lower-case words, NULL-terminated */
} trigger_words;

static const char *const meet_words[] = { "met", "meet", "meets", "meeting", "meetings", "talks", "held", "hosted",
					  "received", "receives", "welcomed", "audience", NULL };
static const char *const speak_words[] = { "spoke", "speak", "speaks", "call", "called", "phoned", "talked",
					   "conversation", NULL };
static const char *const visit_words[] = { "visit", "visited", "visits", "visiting", "arrived", "arrives",
					   "travelled", "traveled", "trip", "tour", "toured", NULL };
static const char *const office_words[] = { "appointed", "named", "elected", "sworn", "became", "nominated",
					    "appoints", "appoint", NULL };
static const char *const attend_words[] = { "attended", "attends", "attend", "attending", NULL };

static const trigger_words triggers[] = {
	{ "meet", meet_words }, { "speak_with", speak_words }, { "visits", visit_words },
	{ "holds_position", office_words }, { "appoints", office_words }, { "leads", office_words },
	{ "attends", attend_words },
};

/* Byte offset of the first trigger word of predicate in text[a..b), or (size_t)-1. */
static size_t find_trigger(const char *text, size_t a, size_t b, const char *predicate)
{
	const char *const *words = NULL;

	for (size_t k = 0; k < sizeof(triggers) / sizeof(triggers[0]) && !words; k++)
		if (strcmp(triggers[k].predicate, predicate) == 0)
			words = triggers[k].words;
	if (!words)
		return (size_t)-1;
	for (size_t i = a; i < b; i++) {
		size_t e = i;
		char w[16];

		if (!((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z') ||
		    (i > a && (text[i - 1] | 0x20) >= 'a' && (text[i - 1] | 0x20) <= 'z'))
			continue;
		while (e < b && e - i < sizeof(w) - 1 && (text[e] | 0x20) >= 'a' && (text[e] | 0x20) <= 'z') {
			w[e - i] = (char)(text[e] | 0x20);
			e++;
		}
		w[e - i] = '\0';
		for (size_t k = 0; words[k]; k++)
			if (strcmp(words[k], w) == 0)
				return i;
	}
	return (size_t)-1;
}

/* Sets *date (freed first) and *source from the date found for a fact. */
static int set_date(char **date, kg_date_source *source, const char *iso, kg_date_source src)
{
	free(*date);
	*date = NULL;
	*source = src;
	if (src != KG_DATE_NONE && !(*date = kg_strdup(iso)))
		return KG_ENOMEM;
	return KG_OK;
}

/* The offset in doc->text of the first byte whose input offset is at least off: evidence offsets
 * point into the input (a web page's HTML), the time expressions into the text. */
static size_t text_at(const kg_doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->len;

	if (!doc->src)
		return off < doc->len ? off : doc->len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (doc->src[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Dates every event and triple of facts that has no date: by the time expression nearest its trigger
 * in its clause, else by the document's date (source "document"), else none. A triple of an event
 * takes the event's date. An event also gets the length its sentence gives it ("a two-day visit"). */
static int date_facts(kg_facts *facts, const kg_doc *doc, const kg_date *doc_date)
{
	kg_timex_list l = { NULL, 0, 0 };
	char iso[KG_DATE_LEN];
	int rc;

	if ((rc = kg_time_tag(&l, doc->text, doc->len, doc_date)) < 0)
		goto done;
	for (size_t i = 0; i < facts->n_events; i++) {
		kg_event *ev = &facts->events[i];
		size_t start = text_at(doc, ev->evidence.start), end = text_at(doc, ev->evidence.end);
		size_t trig = text_at(doc, ev->trigger_start);
		const kg_timex *dur;
		kg_date_source src;

		if (!ev->duration && (dur = kg_time_pick_duration(&l, doc->text, start, end, trig, ev->type)) &&
		    !(ev->duration = kg_strdup(dur->value))) {
			rc = KG_ENOMEM;
			goto done;
		}
		if (ev->date)
			continue;
		src = kg_time_fact_date(iso, sizeof(iso), &l, doc->text, start, end, trig,
					(ev->flags & KG_EVENT_PLANNED) != 0, doc_date);
		if ((rc = set_date(&ev->date, &ev->date_source, iso, src)) < 0)
			goto done;
	}
	for (size_t i = 0; i < facts->n_triples; i++) {
		kg_triple *t = &facts->triples[i];
		const kg_event *ev = t->attrs.event ? kg_facts_find_event(facts, t->attrs.event) : NULL;
		kg_date_source src;

		if (t->attrs.date)
			continue;
		if (ev && ev->date) {
			rc = set_date(&t->attrs.date, &t->attrs.date_source, ev->date, ev->date_source);
		} else {
			size_t start = text_at(doc, t->evidence.start), end = text_at(doc, t->evidence.end);
			size_t trig = find_trigger(doc->text, start, end, t->predicate);

			src = kg_time_fact_date(iso, sizeof(iso), &l, doc->text, start, end, trig,
						t->attrs.modality && strcmp(t->attrs.modality, "planned") == 0, doc_date);
			rc = set_date(&t->attrs.date, &t->attrs.date_source, iso, src);
		}
		if (rc < 0)
			goto done;
	}
done:
	kg_timex_list_clear(&l);
	return rc;
}

/* The extraction of one document: the part that runs in worker thread worker with --jobs. It touches
 * only the job, the worker's caches and the run's read-only lexicons and models; problems are reported
 * when the job is handed over. */
static void job_extract(void *item, size_t worker, void *ctx)
{
	news_job *j = item;
	const news_run *r = ctx;
	kg_news_env env = { r->lex, r->lang, &r->split, r->caches[worker] };

	if ((j->rc = kg_facts_new(&j->facts)) < 0)
		return;
	/* a page in German or Indonesian gives names of no use and no relations: it is stored, not read */
	if (!kg_text_looks_english(j->doc->norm, j->doc->norm_len)) {
		j->foreign = 1;
		return;
	}
	if ((j->rc = kg_news_extract(j->facts, j->doc, &env, &j->err)) < 0)
		return;
	if ((j->rc = date_facts(j->facts, j->doc, &j->date)) < 0)
		return;
	j->rc = limit_entities(&j->facts, j->max, &j->n_dropped);
}

/* Hands one extracted document over (in input order): reports its problems, calls the facts callback
 * and doc_done; frees the job. cancelled: the run is stopping, only free it. */
static int job_hand_over(void *item, int cancelled, void *ctx)
{
	news_job *j = item;
	news_run *r = ctx;
	int rc = KG_OK;

	if (cancelled)
		goto done;
	r->opts->doc = &j->info;
	if (j->rc < 0) {
		if (j->rc != KG_ENOMEM || j->err.text[0])
			kg_extract_report(r->opts, &j->err, 0);
		rc = j->rc == KG_ENOMEM ? j->rc : KG_OK; /* one broken document never sinks the batch */
		goto done;
	}
	if (j->foreign) {
		kg_error_set(&j->err, j->doc->source, 0, 0,
			     "not English (more function words of another language than of English): stored, nothing extracted");
		kg_extract_report(r->opts, &j->err, 1);
	}
	if (j->n_dropped) {
		kg_error_set(&j->err, j->doc->source, 0, 0,
			     "more than %zu entities: the other %zu and their relations are left out (--max-entities)",
			     j->max, j->n_dropped);
		kg_extract_report(r->opts, &j->err, 1);
	}
	if ((rc = r->cb(j->facts, r->opts->ctx)) < 0 ||
	    (r->opts->doc_done && (rc = r->opts->doc_done(&j->info, r->opts->ctx)) < 0))
		r->stop = rc;
done:
	r->opts->doc = NULL;
	job_free(j);
	return rc;
}

/* The date of j's document from its strongest source (its record's or page's date, --date, a
 * dateline, its file name); a record or page date that is no date is reported and passed over. */
static void doc_date(news_run *r, news_job *j)
{
	const kg_doc *doc = j->doc;
	kg_time_doc_in in = KG_TIME_DOC_IN_INIT;
	kg_error err;

	/* a web page's date is its metadata's (or its feed item's, its WARC record's) unless the reader
	 * was given it as a record's */
	if (doc->date_source && strcmp(doc->date_source, "record") != 0)
		in.metadata = doc->date;
	else
		in.record = doc->date;
	in.option = r->opts->date;
	in.text = doc->text;
	in.len = doc->len;
	in.name = doc->source && strcmp(doc->source, "-") != 0 ? doc->source : doc->id;
	memset(&err, 0, sizeof(err));
	if (kg_time_doc_date(&j->date, &j->date_source, &in, &err) == KG_EPARSE) {
		kg_error e2;

		kg_error_set(&e2, doc->source, 0, 0, "%s", err.text);
		kg_extract_report(r->opts, &e2, 0);
	}
	if (kg_time_format(j->date_iso, sizeof(j->date_iso), &j->date) < 0)
		j->date_iso[0] = '\0';
}

static int on_doc(kg_doc *doc, void *ctx)
{
	news_run *r = ctx;
	news_job *j = calloc(1, sizeof(*j));
	int rc;

	__atomic_fetch_add(&r->opts->n_docs, 1, __ATOMIC_RELAXED); /* the progress line reads it from its thread */
	__atomic_fetch_add(&r->opts->n_bytes, doc->len, __ATOMIC_RELAXED);
	if (!j) {
		kg_doc_free(doc);
		return KG_ENOMEM;
	}
	j->doc = doc;
	doc_date(r, j);
	doc_info(&j->info, doc, j->date_iso, j->date_source);
	r->opts->doc = &j->info;
	if (r->opts->want_doc && (rc = r->opts->want_doc(&j->info, r->opts->ctx)) <= 0) {
		if (rc == 0)
			r->opts->n_skipped++;
		else
			r->stop = rc;
		goto skip;
	}
	if (!check_doc(r, doc)) {
		rc = KG_OK;
		goto skip;
	}
	r->opts->doc = NULL;
	j->max = r->opts->max_entities ? r->opts->max_entities : NEWS_MAX_ENTITIES;
	if (r->pool)
		return kg_pool_submit(r->pool, j);
	job_extract(j, 0, r);
	return job_hand_over(j, 0, r);
skip:
	r->opts->doc = NULL;
	job_free(j);
	return rc;
}

int kg_extract_news_run(const char *path, kg_extract_opts *opts, kg_facts_cb cb)
{
	static const kg_run_opts lex_only = { KG_RUN_OPTS_VERSION, NULL, NULL, 1, NULL, NULL };
	news_run r;
	kg_read_opts ro;
	kg_run *own = NULL, *run = opts->run;
	kg_error err;
	size_t n_errors = 0;
	int rc, pool_rc = KG_OK;

	memset(&r, 0, sizeof(r));
	r.opts = opts;
	r.cb = cb;
	if (!run && (rc = kg_run_new(&own, &lex_only)) < 0)
		return rc;
	if (!run)
		run = own;
	if ((rc = kg_run_lex(&r.lex, run, &err)) < 0) {
		kg_extract_report(opts, &err, 0);
		goto done;
	}
	r.lang = kg_run_lang(run);
	ro.replace_invalid = opts->replace_invalid;
	ro.on_warning = on_read_warning;
	ro.max_doc_bytes = opts->max_doc_bytes ? opts->max_doc_bytes : KG_MAX_DOC_BYTES_DEFAULT;
	r.split.max_sentence_tokens = opts->max_sentence_tokens;
	r.n_caches = opts->jobs > 1 ? opts->jobs : 1;
	if (!(r.caches = calloc(r.n_caches, sizeof(*r.caches)))) {
		rc = KG_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < r.n_caches; i++)
		if ((rc = kg_ner_cache_new(&r.caches[i])) < 0)
			goto done;
	if (opts->jobs > 1 && (rc = kg_pool_new(&r.pool, opts->jobs, opts->depth, job_extract, job_hand_over, &r)) < 0)
		goto done;
	rc = kg_text_read_path(path, &ro, on_doc, on_read_error, &r, &n_errors);
	if (r.pool && rc == KG_OK)
		pool_rc = kg_pool_finish(r.pool);
	kg_pool_free(r.pool); /* after a stop: the documents still in flight are dropped */
	if (rc == KG_OK)
		rc = pool_rc;
done:
	for (size_t i = 0; r.caches && i < r.n_caches; i++)
		kg_ner_cache_free(r.caches[i]);
	free(r.caches);
	kg_run_free(own);
	if (r.stop)
		return r.stop;
	return rc;
}
