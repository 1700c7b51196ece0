/* json.c: graph.json, the node-link file kg writes after analysis and reads back for query, render and
 * report (the shape /work/shared/eval/score.py reads). */
#define _GNU_SOURCE /* fwrite_unlocked, fputs_unlocked */
#include "graph_priv.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Sets key of o to v (stolen); 1 on failure (v NULL or no memory), to be or-ed together. */
static int put(json_t *o, const char *key, json_t *v)
{
	return v ? json_object_set_new(o, key, v) != 0 : 1;
}

static int append(json_t *a, json_t *v)
{
	return v ? json_array_append_new(a, v) != 0 : 1;
}

static json_t *real6(double x)
{
	return json_real(kg_round6(x));
}

static json_t *strv_json(const kg_strv *sv)
{
	json_t *a = json_array();
	int bad = !a;

	for (size_t i = 0; a && i < sv->n; i++)
		bad |= append(a, kg_json_str(sv->v[i]));
	if (bad) {
		json_decref(a);
		return NULL;
	}
	return a;
}

static json_t *evidence_json(const kg_gevidence *ge)
{
	json_t *o = json_object();
	int bad = !o;

	if (!o)
		return NULL;
	bad |= put(o, "doc", kg_json_str(ge->ev.doc));
	bad |= put(o, "sentence", json_integer(ge->ev.sentence));
	bad |= put(o, "start", json_integer((json_int_t)ge->ev.start));
	bad |= put(o, "end", json_integer((json_int_t)ge->ev.end));
	bad |= put(o, "text", kg_json_str(ge->ev.text));
	if (ge->planned)
		bad |= put(o, "modality", json_string("planned"));
	if (ge->date) {
		bad |= put(o, "date", kg_json_str(ge->date));
		bad |= put(o, "date_source", json_string(kg_date_source_name(ge->date_source)));
	}
	if (ge->event)
		bad |= put(o, "event", kg_json_str(ge->event));
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* The attributes that are set, as an object. */
static json_t *attrs_json(const kg_attrs *a)
{
	const struct { const char *key; const char *value; } table[] = {
		{ "title", a->title }, { "location", a->location }, { "date", a->date }, { "modality", a->modality },
	};
	json_t *o = json_object();
	int bad = !o;

	for (size_t i = 0; o && i < sizeof(table) / sizeof(table[0]); i++)
		if (table[i].value)
			bad |= put(o, table[i].key, kg_json_str(table[i].value));
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

json_t *kg_event_json(const kg_graph *g, const kg_event *ev)
{
	json_t *o = json_object(), *parts = json_array(), *flags = json_array(), *e = json_object();
	int bad = !o || !parts || !flags || !e;

	for (size_t i = 0; !bad && i < ev->n_participants; i++) {
		const kg_participant *p = &ev->participants[i];
		json_t *po = json_object();
		size_t k;

		bad |= append(parts, po);
		if (bad)
			break;
		bad |= put(po, "id", kg_json_str(p->name));
		bad |= put(po, "label", kg_json_str(kg_graph_node_by_id(g, p->name, &k) == KG_OK ? g->nodes[k].label
												    : p->name));
		bad |= put(po, "type", json_string(kg_etype_name(p->type)));
		bad |= put(po, "role", json_string(kg_role_name(p->role)));
	}
	for (unsigned i = 0; !bad && i < 3; i++)
		if (ev->flags & (1u << i))
			bad |= append(flags, json_string(kg_event_flag_names[i]));
	if (!bad) {
		bad |= put(e, "doc", kg_json_str(ev->evidence.doc));
		bad |= put(e, "sentence", json_integer(ev->evidence.sentence));
		bad |= put(e, "start", json_integer((json_int_t)ev->evidence.start));
		bad |= put(e, "end", json_integer((json_int_t)ev->evidence.end));
		bad |= put(e, "text", kg_json_str(ev->evidence.text));
		bad |= put(o, "id", kg_json_str(ev->id));
		bad |= put(o, "type", json_string(kg_event_types[ev->type].name));
		bad |= put(o, "trigger", kg_json_str(ev->trigger));
		bad |= put(o, "place", kg_json_str(ev->place));
		bad |= put(o, "date", kg_json_str(ev->date));
		bad |= put(o, "date_source", json_string(kg_date_source_name(ev->date_source)));
		if (ev->duration)
			bad |= put(o, "duration", kg_json_str(ev->duration));
		bad |= put(o, "trigger_start", json_integer((json_int_t)ev->trigger_start));
		bad |= put(o, "trigger_end", json_integer((json_int_t)ev->trigger_end));
		bad |= put(o, "confidence", real6(ev->confidence));
		bad |= put(o, "extractor", kg_json_str(ev->extractor));
	}
	if (bad) {
		json_decref(o);
		json_decref(parts);
		json_decref(flags);
		json_decref(e);
		return NULL;
	}
	if (put(o, "flags", flags) | put(o, "participants", parts) | put(o, "evidence", e)) {
		json_decref(o);
		return NULL;
	}
	return o;
}

json_t *kg_edge_json(const kg_graph *g, const kg_gedge *e, int with_evidence)
{
	json_t *o = json_object(), *ev;
	int bad = !o;

	if (!o)
		return NULL;
	bad |= put(o, "source", kg_json_str(g->nodes[e->src].id));
	bad |= put(o, "target", kg_json_str(g->nodes[e->dst].id));
	bad |= put(o, "relation", kg_json_str(e->relation));
	bad |= put(o, "symmetric", json_boolean(e->symmetric));
	bad |= put(o, "weight", e->weight == floor(e->weight) && fabs(e->weight) < 1e15
					? json_integer((json_int_t)e->weight) : real6(e->weight));
	bad |= put(o, "attrs", attrs_json(&e->attrs));
	bad |= put(o, "confidence", real6(e->confidence));
	bad |= put(o, "extractors", strv_json(&e->extractors));
	if (e->first) {
		bad |= put(o, "first", kg_json_str(e->first));
		bad |= put(o, "last", kg_json_str(e->last));
	}
	if (e->events.n)
		bad |= put(o, "events", strv_json(&e->events));
	if (with_evidence) {
		ev = json_array();
		bad |= put(o, "evidence", ev);
		for (size_t i = 0; ev && i < e->n_ev; i++)
			bad |= append(ev, evidence_json(&e->ev[i]));
	}
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* ---- writing graph.json ----
 * Streamed by hand rather than through jansson objects: on a million edges that is several times
 * faster and allocates nothing. Strings are escaped as jansson does with JSON_ESCAPE_SLASH, plus
 * U+2028/U+2029, so the text can sit inside an HTML <script>; invalid UTF-8 becomes U+FFFD. */

static void put_json_string(FILE *fp, const char *s)
{
	size_t n = s ? strlen(s) : 0, run = 0;

	putc_unlocked('"', fp);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t len = kg_utf8_valid_prefix(s + i, n - i < 4 ? n - i : 4);
		char esc[8];
		const char *rep = NULL;

		if (c >= 0x80) {
			size_t want = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
			if (len < want)
				rep = "\xef\xbf\xbd", len = 1;
			else if (want == 3 && c == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
				 ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9))
				rep = (unsigned char)s[i + 2] == 0xa8 ? "\\u2028" : "\\u2029", len = 3;
			else
				len = want;
		} else {
			len = 1;
			if (c == '"')
				rep = "\\\"";
			else if (c == '\\')
				rep = "\\\\";
			else if (c == '/')
				rep = "\\/";
			else if (c == '\n')
				rep = "\\n";
			else if (c == '\t')
				rep = "\\t";
			else if (c == '\r')
				rep = "\\r";
			else if (c < 0x20) {
				snprintf(esc, sizeof(esc), "\\u%04X", c);
				rep = esc;
			}
		}
		if (rep) {
			fwrite_unlocked(s + i - run, 1, run, fp);
			run = 0;
			fputs_unlocked(rep, fp);
		} else {
			run += len;
		}
		i += len;
	}
	fwrite_unlocked(s + n - run, 1, run, fp);
	putc_unlocked('"', fp);
}

void kg_json_put_real(FILE *fp, double x)
{
	char buf[40];

	snprintf(buf, sizeof(buf), "%.15g", kg_round6(x));
	fputs_unlocked(buf, fp);
	if (!strpbrk(buf, ".eE"))
		fputs_unlocked(".0", fp);
}

static void put_key(FILE *fp, const char *key, int first)
{
	if (!first)
		putc_unlocked(',', fp);
	putc_unlocked('"', fp);
	fputs_unlocked(key, fp);
	fputs_unlocked("\":", fp);
}

static void put_strv(FILE *fp, const kg_strv *sv)
{
	putc_unlocked('[', fp);
	for (size_t i = 0; i < sv->n; i++) {
		if (i)
			putc_unlocked(',', fp);
		put_json_string(fp, sv->v[i]);
	}
	putc_unlocked(']', fp);
}

static void put_node(FILE *fp, const kg_gnode *v)
{
	const struct { const char *key; double value; } measures[] = {
		{ "weighted_degree", v->weighted_degree }, { "pagerank", v->pagerank },
		{ "betweenness", v->betweenness }, { "harmonic", v->harmonic }, { "eigenvector", v->eigenvector },
	};

	putc_unlocked('{', fp);
	put_key(fp, "id", 1);
	put_json_string(fp, v->id);
	put_key(fp, "label", 0);
	put_json_string(fp, v->label);
	put_key(fp, "type", 0);
	put_json_string(fp, kg_etype_name(v->type));
	put_key(fp, "aliases", 0);
	put_strv(fp, &v->aliases);
	put_key(fp, "merged", 0);
	put_strv(fp, &v->why);
	fprintf(fp, ",\"mentions\":%lu,\"degree\":%.0f", v->mentions, v->degree);
	for (size_t i = 0; i < sizeof(measures) / sizeof(measures[0]); i++) {
		put_key(fp, measures[i].key, 0);
		kg_json_put_real(fp, measures[i].value);
	}
	fprintf(fp, ",\"component\":%ld,\"community\":%ld}", v->component, v->community);
}

/* The "events" of an edge whose evidence is cut to what keep marks: the events of that evidence,
 * sorted (as period.c gathers an edge's events), and "event_count" when the edge has more. Out of
 * memory: all the edge's events. */
static void put_kept_events(FILE *fp, const kg_gedge *e, const unsigned char *keep)
{
	size_t all = e->n_events_all > e->events.n ? e->n_events_all : e->events.n;
	kg_strv ids = { 0 };
	int bad = 0;

	for (size_t i = 0; i < e->n_ev && !bad; i++)
		if (keep[i] && e->ev[i].event)
			bad = kg_strv_push_unique(&ids, e->ev[i].event) < 0;
	kg_strv_sort(&ids);
	put_key(fp, "events", 0);
	put_strv(fp, bad ? &e->events : &ids);
	if (!bad && all > ids.n)
		fprintf(fp, ",\"event_count\":%zu", all);
	kg_strv_clear(&ids);
}

/* One edge of g; with keep (e->n_ev bytes), only the evidence it marks and the evidence count. */
static void put_edge(FILE *fp, const kg_graph *g, const kg_gedge *e, const unsigned char *keep)
{
	const struct { const char *key; const char *value; } attrs[] = {
		{ "title", e->attrs.title }, { "location", e->attrs.location }, { "date", e->attrs.date },
		{ "modality", e->attrs.modality },
	};
	int first = 1;

	putc_unlocked('{', fp);
	put_key(fp, "source", 1);
	put_json_string(fp, g->nodes[e->src].id);
	put_key(fp, "target", 0);
	put_json_string(fp, g->nodes[e->dst].id);
	put_key(fp, "relation", 0);
	put_json_string(fp, e->relation);
	fputs_unlocked(e->symmetric ? ",\"symmetric\":true" : ",\"symmetric\":false", fp);
	put_key(fp, "weight", 0);
	if (e->weight == floor(e->weight) && fabs(e->weight) < 1e15)
		fprintf(fp, "%.0f", e->weight);
	else
		kg_json_put_real(fp, e->weight);
	put_key(fp, "attrs", 0);
	putc_unlocked('{', fp);
	for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
		if (!attrs[i].value)
			continue;
		put_key(fp, attrs[i].key, first);
		put_json_string(fp, attrs[i].value);
		first = 0;
	}
	putc_unlocked('}', fp);
	put_key(fp, "confidence", 0);
	kg_json_put_real(fp, e->confidence);
	put_key(fp, "extractors", 0);
	put_strv(fp, &e->extractors);
	if (e->first) {
		put_key(fp, "first", 0);
		put_json_string(fp, e->first);
		put_key(fp, "last", 0);
		put_json_string(fp, e->last);
	}
	if (e->events.n && !keep) {
		put_key(fp, "events", 0);
		put_strv(fp, &e->events);
	} else if (e->events.n || e->n_events_all) {
		put_kept_events(fp, e, keep);
	}
	if (keep)
		fprintf(fp, ",\"evidence_count\":%zu", kg_gedge_evidence_count(e));
	put_key(fp, "evidence", 0);
	putc_unlocked('[', fp);
	for (size_t i = 0, n = 0; i < e->n_ev; i++) {
		const kg_gevidence *ge = &e->ev[i];
		if (keep && !keep[i])
			continue;
		if (n++)
			putc_unlocked(',', fp);
		putc_unlocked('{', fp);
		put_key(fp, "doc", 1);
		put_json_string(fp, ge->ev.doc);
		fprintf(fp, ",\"sentence\":%ld,\"start\":%zu,\"end\":%zu", ge->ev.sentence, ge->ev.start, ge->ev.end);
		put_key(fp, "text", 0);
		put_json_string(fp, ge->ev.text);
		if (ge->planned)
			fputs_unlocked(",\"modality\":\"planned\"", fp);
		if (ge->date) {
			put_key(fp, "date", 0);
			put_json_string(fp, ge->date);
			put_key(fp, "date_source", 0);
			put_json_string(fp, kg_date_source_name(ge->date_source));
		}
		if (ge->event) {
			put_key(fp, "event", 0);
			put_json_string(fp, ge->event);
		}
		putc_unlocked('}', fp);
	}
	fputs_unlocked("]}", fp);
}

/* One event of g: participants by node id with their label and role. */
static void put_event(FILE *fp, const kg_graph *g, const kg_event *ev)
{
	const struct { const char *key; const char *value; } strs[] = {
		{ "type", kg_event_types[ev->type].name }, { "trigger", ev->trigger }, { "place", ev->place },
		{ "date", ev->date }, { "date_source", kg_date_source_name(ev->date_source) },
	};
	int first = 1;

	putc_unlocked('{', fp);
	put_key(fp, "id", 1);
	put_json_string(fp, ev->id);
	for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		put_key(fp, strs[i].key, 0);
		if (strs[i].value)
			put_json_string(fp, strs[i].value);
		else
			fputs_unlocked("null", fp);
	}
	if (ev->duration) {
		put_key(fp, "duration", 0);
		put_json_string(fp, ev->duration);
	}
	fprintf(fp, ",\"trigger_start\":%zu,\"trigger_end\":%zu", ev->trigger_start, ev->trigger_end);
	put_key(fp, "flags", 0);
	putc_unlocked('[', fp);
	for (unsigned i = 0; i < 3; i++) {
		if (!(ev->flags & (1u << i)))
			continue;
		if (!first)
			putc_unlocked(',', fp);
		put_json_string(fp, kg_event_flag_names[i]);
		first = 0;
	}
	putc_unlocked(']', fp);
	put_key(fp, "participants", 0);
	putc_unlocked('[', fp);
	for (size_t i = 0; i < ev->n_participants; i++) {
		const kg_participant *p = &ev->participants[i];
		size_t k;

		if (i)
			putc_unlocked(',', fp);
		putc_unlocked('{', fp);
		put_key(fp, "id", 1);
		put_json_string(fp, p->name);
		put_key(fp, "label", 0);
		put_json_string(fp, kg_graph_node_by_id(g, p->name, &k) == KG_OK ? g->nodes[k].label : p->name);
		put_key(fp, "type", 0);
		put_json_string(fp, kg_etype_name(p->type));
		put_key(fp, "role", 0);
		put_json_string(fp, kg_role_name(p->role));
		putc_unlocked('}', fp);
	}
	putc_unlocked(']', fp);
	put_key(fp, "confidence", 0);
	kg_json_put_real(fp, ev->confidence);
	put_key(fp, "extractor", 0);
	if (ev->extractor)
		put_json_string(fp, ev->extractor);
	else
		fputs_unlocked("null", fp);
	put_key(fp, "evidence", 0);
	putc_unlocked('{', fp);
	put_key(fp, "doc", 1);
	put_json_string(fp, ev->evidence.doc);
	fprintf(fp, ",\"sentence\":%ld,\"start\":%zu,\"end\":%zu", ev->evidence.sentence, ev->evidence.start,
		ev->evidence.end);
	put_key(fp, "text", 0);
	put_json_string(fp, ev->evidence.text);
	fputs_unlocked("}}", fp);
}

/* What a graph.json written with an evidence limit shows: the documents cited by the evidence
 * written and the events that evidence names (events no edge names are always written). */
typedef struct shown {
	unsigned char *docs;   /* g->n_docs bytes: 1 when cited by what is written */
	int any_doc_info;      /* 1 when a cited document has a URL, a date or a title */
	unsigned char *events; /* g->n_events bytes: bit 1 named by written evidence, bit 2 by any edge, bit 4
				* named by none and past the bound of its group (kg_event_bound_unnamed) */
	size_t *by_id;         /* the indices of g->events in the order of their ids (then of the indices),
				* to find an event by id; NULL when no limit (all events shown) */
	const kg_graph *g;     /* the graph (borrowed) */
} shown;

static void shown_clear(shown *sh)
{
	free(sh->docs);
	free(sh->events);
	free(sh->by_id);
}

/* qsort_r order of event indices by id, then index; ctx the kg_graph. */
static int cmp_event_at(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	int c = strcmp(g->events[a].id ? g->events[a].id : "", g->events[b].id ? g->events[b].id : "");

	return c ? c : a < b ? -1 : a > b;
}

static int shown_init(shown *sh, const kg_graph *g, size_t max_ev)
{
	memset(sh, 0, sizeof(*sh));
	if (g->n_docs && !(sh->docs = calloc(g->n_docs, 1)))
		return KG_ENOMEM;
	if (!max_ev || !g->n_events)
		return KG_OK;
	/* a sorted index, not a map of the ids: a big graph has millions of events */
	if (!(sh->events = calloc(g->n_events, 1)) || !(sh->by_id = malloc(g->n_events * sizeof(*sh->by_id))))
		return KG_ENOMEM;
	sh->g = g;
	for (size_t i = 0; i < g->n_events; i++)
		sh->by_id[i] = i;
	qsort_r(sh->by_id, g->n_events, sizeof(*sh->by_id), cmp_event_at, (void *)g);
	return KG_OK;
}

/* Marks the event id as named by written evidence (bit 1) or by an edge (bit 2): the last of the events
 * with that id, as a map of the ids would have it. */
static void shown_event(shown *sh, const char *id, unsigned char bit)
{
	size_t lo = 0, hi = sh->by_id && id ? sh->g->n_events : 0, at = SIZE_MAX;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *m = sh->g->events[sh->by_id[mid]].id;
		int c = strcmp(id, m ? m : "");

		if (c < 0) {
			hi = mid;
		} else {
			if (c == 0)
				at = mid;
			lo = mid + 1;
		}
	}
	if (at != SIZE_MAX)
		sh->events[sh->by_id[at]] |= bit;
}

/* Marks in sh the document of one evidence written. */
static void cite(shown *sh, const kg_graph *g, const char *doc)
{
	const kg_docref *d = sh->docs ? kg_graph_doc(g, doc) : NULL;

	if (d && !sh->docs[d - g->docs]) {
		sh->docs[d - g->docs] = 1;
		sh->any_doc_info |= d->url || d->date || d->title;
	}
}

/* Marks in sh what edge e writes: the evidence keep marks (NULL: all) and the events it names. */
static void shown_edge(shown *sh, const kg_graph *g, const kg_gedge *e, const unsigned char *keep)
{
	for (size_t k = 0; k < e->events.n; k++)
		shown_event(sh, e->events.v[k], 2);
	for (size_t k = 0; k < e->n_ev; k++) {
		if (keep && !keep[k])
			continue;
		cite(sh, g, e->ev[k].ev.doc);
		shown_event(sh, e->ev[k].event, 1);
	}
}

/* Marks with bit 4 the events no edge names past the first max_ev of their group. 0 or KG_ENOMEM. */
static int shown_bound(shown *sh, const kg_graph *g, size_t max_ev)
{
	const kg_event **evs;
	unsigned char *past;
	kg_map *seen = NULL;
	size_t n = 0;
	int rc = KG_ENOMEM;

	if (!sh->events)
		return KG_OK;
	evs = malloc((g->n_events + 1) * sizeof(*evs));
	past = malloc(g->n_events + 1);
	if (!evs || !past || kg_map_new(&seen) < 0)
		goto done;
	for (size_t i = 0; i < g->n_events; i++)
		if (!(sh->events[i] & 2))
			evs[n++] = &g->events[i];
	if (kg_event_bound_unnamed(past, evs, n, max_ev, seen) < 0)
		goto done;
	for (size_t i = 0; i < n; i++)
		if (past[i])
			sh->events[evs[i] - g->events] |= 4;
	rc = KG_OK;
done:
	kg_map_free(seen);
	free(evs);
	free(past);
	return rc;
}

/* 1 when event i is written: no limit, named by written evidence, or named by no edge and within the
 * bound of its group. */
static int event_shown(const shown *sh, size_t i)
{
	return !sh->events || (sh->events[i] & 1) || !(sh->events[i] & 6);
}

/* The "documents" list: the documents that what is written cites, with their URL, date and title;
 * nothing when none of them has any of the three (outputs of undated text stay as they were). */
static void put_documents(FILE *fp, const kg_graph *g, const shown *sh)
{
	int first = 1;

	if (!sh->any_doc_info)
		return;
	fputs_unlocked("\n],\n\"documents\":[", fp);
	for (size_t i = 0; i < g->n_docs; i++) {
		const kg_docref *d = &g->docs[i];
		const struct { const char *key; const char *value; } strs[] = {
			{ "url", d->url }, { "date", d->date }, { "title", d->title },
		};

		if (!sh->docs[i])
			continue;
		fputs_unlocked(first ? "\n{" : ",\n{", fp);
		first = 0;
		put_key(fp, "id", 1);
		put_json_string(fp, d->name);
		for (size_t s = 0; s < sizeof(strs) / sizeof(strs[0]); s++) {
			if (!strs[s].value)
				continue;
			put_key(fp, strs[s].key, 0);
			put_json_string(fp, strs[s].value);
		}
		putc_unlocked('}', fp);
	}
}

/* graph.json; with max_ev, each edge writes at most max_ev evidence items and the events and documents
 * lists hold what the written evidence cites. KG_EINVAL, KG_ENOMEM (nothing more written), KG_EIO. */
static int write_json(const kg_graph *g, size_t max_ev, FILE *fp, kg_error *err)
{
	shown sh;
	int rc = KG_OK;

	if (!g || !fp) {
		kg_error_set(err, "graph.json", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	if (shown_init(&sh, g, max_ev) < 0) {
		shown_clear(&sh);
		kg_error_set(err, "graph.json", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	flockfile(fp);
	fputs_unlocked("{\"directed\":true,\n\"nodes\":[", fp);
	for (size_t i = 0; i < g->n_nodes; i++) {
		fputs_unlocked(i ? ",\n" : "\n", fp);
		put_node(fp, &g->nodes[i]);
	}
	fputs_unlocked("\n],\n\"edges\":[", fp);
	for (size_t i = 0; i < g->n_edges; i++) {
		const kg_gedge *e = &g->edges[i];
		unsigned char *keep = NULL;

		if ((max_ev && e->n_ev > max_ev) || e->n_ev_all > e->n_ev) {
			if (!(keep = calloc(e->n_ev ? e->n_ev : 1, 1))) {
				rc = KG_ENOMEM;
				goto done;
			}
			if (e->n_ev)
				kg_gedge_pick_evidence(keep, e, max_ev ? max_ev : e->n_ev);
		}
		fputs_unlocked(i ? ",\n" : "\n", fp);
		put_edge(fp, g, e, keep);
		shown_edge(&sh, g, e, keep);
		free(keep);
	}
	if (shown_bound(&sh, g, max_ev) < 0) {
		rc = KG_ENOMEM;
		goto done;
	}
	for (size_t i = 0, n = 0; i < g->n_events; i++) {
		if (!event_shown(&sh, i))
			continue;
		fputs_unlocked(n++ ? ",\n" : "\n],\n\"events\":[\n", fp);
		put_event(fp, g, &g->events[i]);
		cite(&sh, g, g->events[i].evidence.doc);
	}
	put_documents(fp, g, &sh);
	fputs_unlocked("\n]}\n", fp);
done:
	funlockfile(fp);
	shown_clear(&sh);
	if (rc == KG_ENOMEM) {
		kg_error_set(err, "graph.json", 0, 0, "out of memory");
	} else if (fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "graph.json", 0, 0, "write failed: %s", strerror(errno));
		rc = KG_EIO;
	}
	return rc;
}

int kg_graph_write_json_opts(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	int rc = write_json(g, opts ? opts->max_evidence : 0, fp, err);

	kg_numeric_c_leave(old);
	return rc;
}

int kg_graph_write_json(const kg_graph *g, FILE *fp, kg_error *err)
{
	return kg_graph_write_json_opts(g, NULL, fp, err);
}

/* ---- reading ---- */

/* A string member, or NULL. */
static const char *str_of(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* An id member: a string, or an integer written as one (into buf). */
static const char *id_of(const json_t *o, const char *key, char *buf, size_t cap)
{
	const json_t *v = json_object_get(o, key);

	if (json_is_integer(v)) {
		snprintf(buf, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return buf;
	}
	return json_string_value(v);
}

static double num_of(const json_t *o, const char *key, double dflt)
{
	const json_t *v = json_object_get(o, key);

	return json_is_number(v) ? json_number_value(v) : dflt;
}

/* Copies the strings of array a (non-strings skipped). */
static int strv_of(kg_strv *sv, const json_t *a)
{
	size_t i;
	const json_t *x;

	json_array_foreach(a, i, x)
		if (json_is_string(x) && kg_strv_push(sv, json_string_value(x)) < 0)
			return KG_ENOMEM;
	return KG_OK;
}

static int dup_into(char **dst, const char *src)
{
	*dst = NULL;
	if (!src)
		return KG_OK;
	*dst = kg_strdup(src);
	return *dst ? KG_OK : KG_ENOMEM;
}

static int load_node(kg_gnode *v, const json_t *o, const char *path, size_t i, int *analyzed, kg_error *err)
{
	char buf[32];
	const char *id = json_is_object(o) ? id_of(o, "id", buf, sizeof(buf)) : NULL;
	const char *label;

	if (!id || !*id) {
		kg_error_set(err, path, 0, 0, "nodes[%zu]: no \"id\"", i);
		return KG_EPARSE;
	}
	label = str_of(o, "label");
	if (!label)
		label = str_of(o, "name");
	if (!label)
		label = id;
	if (dup_into(&v->id, id) < 0 || dup_into(&v->label, label) < 0 ||
	    strv_of(&v->aliases, json_object_get(o, "aliases")) < 0 ||
	    strv_of(&v->why, json_object_get(o, "merged")) < 0)
		goto nomem;
	v->type = kg_etype_parse(str_of(o, "type"));
	v->mentions = (unsigned long)fmax(0.0, num_of(o, "mentions", 0));
	v->degree = num_of(o, "degree", 0);
	v->weighted_degree = num_of(o, "weighted_degree", 0);
	v->pagerank = num_of(o, "pagerank", 0);
	v->betweenness = num_of(o, "betweenness", 0);
	v->harmonic = num_of(o, "harmonic", 0);
	v->eigenvector = num_of(o, "eigenvector", 0);
	v->component = (long)num_of(o, "component", -1);
	v->community = (long)num_of(o, "community", -1);
	if (json_object_get(o, "pagerank"))
		*analyzed = 1;
	return KG_OK;
nomem:
	kg_error_set(err, path, 0, 0, "out of memory reading nodes[%zu]", i);
	return KG_ENOMEM;
}

static int load_evidence(kg_gedge *e, const json_t *list)
{
	size_t i;
	const json_t *x;

	if (!json_is_array(list) || json_array_size(list) == 0)
		return KG_OK;
	e->ev = calloc(json_array_size(list), sizeof(*e->ev));
	if (!e->ev)
		return KG_ENOMEM;
	json_array_foreach(list, i, x) {
		kg_gevidence *ge = &e->ev[e->n_ev];
		const char *doc = str_of(x, "doc"), *text = str_of(x, "text");

		if (!json_is_object(x))
			continue;
		if (dup_into(&ge->ev.doc, doc ? doc : "") < 0 || dup_into(&ge->ev.text, text ? text : "") < 0) {
			free(ge->ev.doc);
			return KG_ENOMEM;
		}
		ge->ev.sentence = (long)num_of(x, "sentence", -1);
		ge->ev.start = (size_t)fmax(0.0, num_of(x, "start", 0));
		ge->ev.end = (size_t)fmax(0.0, num_of(x, "end", 0));
		ge->planned = kg_modality_planned(str_of(x, "modality"));
		if (kg_date_valid(str_of(x, "date")) && dup_into(&ge->date, str_of(x, "date")) < 0) {
			kg_gevidence_clear(ge);
			return KG_ENOMEM;
		}
		if (ge->date && (kg_date_source_parse(&ge->date_source, str_of(x, "date_source")) < 0 ||
				 ge->date_source == KG_DATE_NONE))
			ge->date_source = KG_DATE_TEXT;
		if (dup_into(&ge->event, str_of(x, "event")) < 0) {
			kg_gevidence_clear(ge);
			return KG_ENOMEM;
		}
		e->n_ev++;
	}
	return KG_OK;
}

static int load_edge(kg_gedge *e, const json_t *o, const kg_map *ids, const char *path, size_t i, kg_error *err)
{
	char b1[32], b2[32];
	const char *src = json_is_object(o) ? id_of(o, "source", b1, sizeof(b1)) : NULL;
	const char *dst = json_is_object(o) ? id_of(o, "target", b2, sizeof(b2)) : NULL;
	const char *rel;
	const json_t *attrs, *sym;
	const kg_relation_info *ri;
	double count;

	if (!src || !dst || !kg_map_get(ids, src, &e->src) || !kg_map_get(ids, dst, &e->dst)) {
		kg_error_set(err, path, 0, 0, "edges[%zu]: \"source\" or \"target\" is not a node id", i);
		return KG_EPARSE;
	}
	rel = str_of(o, "relation");
	if (!rel)
		rel = str_of(o, "predicate");
	if (!rel || !*rel) {
		kg_error_set(err, path, 0, 0, "edges[%zu]: no \"relation\"", i);
		return KG_EPARSE;
	}
	ri = kg_relation_lookup(rel);
	sym = json_object_get(o, "symmetric");
	e->symmetric = json_is_boolean(sym) ? json_is_true(sym) : (ri && ri->symmetric);
	attrs = json_object_get(o, "attrs");
	if (dup_into(&e->relation, rel) < 0 || dup_into(&e->attrs.title, str_of(attrs, "title")) < 0 ||
	    dup_into(&e->attrs.location, str_of(attrs, "location")) < 0 ||
	    dup_into(&e->attrs.date, str_of(attrs, "date")) < 0 ||
	    dup_into(&e->attrs.modality, str_of(attrs, "modality")) < 0 ||
	    strv_of(&e->extractors, json_object_get(o, "extractors")) < 0 ||
	    strv_of(&e->events, json_object_get(o, "events")) < 0 ||
	    load_evidence(e, json_object_get(o, "evidence")) < 0 || kg_gedge_date_span(e) < 0) {
		kg_error_set(err, path, 0, 0, "out of memory reading edges[%zu]", i);
		return KG_ENOMEM;
	}
	e->planned = kg_modality_planned(e->attrs.modality);
	e->confidence = num_of(o, "confidence", 0);
	e->weight = num_of(o, "weight", e->n_ev ? (double)e->n_ev : 1.0);
	count = num_of(o, "evidence_count", 0);
	if (count > (double)e->n_ev && count < 1e15)
		e->n_ev_all = (size_t)count;
	count = num_of(o, "event_count", 0);
	if (count > (double)e->events.n && count < 1e15)
		e->n_events_all = (size_t)count;
	return KG_OK;
}

/* A graph being read. */
typedef struct loader {
	const char *path;  /* for messages */
	kg_graph *g;       /* the graph so far */
	kg_map *ids;       /* node id -> index */
	size_t cap_nodes;  /* allocated nodes */
	size_t cap_edges;  /* allocated edges */
	size_t cap_events; /* allocated events */
	int analyzed;      /* 1 when nodes carry measures */
	kg_facts *docs;    /* the "documents" read, given to the graph at the end */
} loader;

static int loader_start(loader *ld, const char *path)
{
	memset(ld, 0, sizeof(*ld));
	ld->path = path;
	if (kg_graph_alloc(&ld->g) < 0 || kg_map_new(&ld->ids) < 0 || kg_facts_new(&ld->docs) < 0)
		return KG_ENOMEM;
	return KG_OK;
}

static void loader_clear(loader *ld)
{
	kg_graph_free(ld->g);
	kg_map_free(ld->ids);
	kg_facts_free(ld->docs);
	ld->g = NULL;
	ld->ids = NULL;
	ld->docs = NULL;
}

/* One element of "documents": {"id", "url", "date", "title"}; one without an id is an error. */
static int loader_doc(loader *ld, const json_t *o, long line, kg_error *err)
{
	kg_docref d;

	memset(&d, 0, sizeof(d));
	d.name = (char *)str_of(o, "id");
	if (!d.name) {
		kg_error_set(err, ld->path, line, 0, "documents: an element without a string \"id\"");
		return KG_EPARSE;
	}
	d.url = (char *)str_of(o, "url");
	d.date = (char *)str_of(o, "date");
	d.title = (char *)str_of(o, "title");
	if (kg_facts_add_doc(ld->docs, &d) < 0) {
		kg_error_set(err, ld->path, line, 0, "out of memory reading the documents");
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Makes room for one more element of size bytes in *v holding n of cap; the new room is zeroed. */
static int grow(void **v, size_t *cap, size_t n, size_t size)
{
	size_t old = *cap;
	void *p = kg_grow(*v, cap, n + 1, size, 256);

	if (!p)
		return KG_ENOMEM;
	memset((char *)p + old * size, 0, (*cap - old) * size);
	*v = p;
	return KG_OK;
}

/* Adds the node of object o (line: where it is, 0 when unknown). */
static int loader_node(loader *ld, const json_t *o, long line, kg_error *err)
{
	kg_graph *g = ld->g;
	size_t i = g->n_nodes;
	int rc;

	if (grow((void **)&g->nodes, &ld->cap_nodes, i, sizeof(*g->nodes)) < 0)
		goto nomem;
	g->n_nodes++;
	if ((rc = load_node(&g->nodes[i], o, ld->path, i, &ld->analyzed, err)) < 0) {
		if (err)
			err->line = line;
		return rc;
	}
	if (kg_map_get(ld->ids, g->nodes[i].id, NULL)) {
		kg_error_set(err, ld->path, line, 0, "nodes[%zu]: duplicate id \"%s\"", i, g->nodes[i].id);
		return KG_EPARSE;
	}
	if (kg_map_put(ld->ids, g->nodes[i].id, i) < 0)
		goto nomem;
	return KG_OK;
nomem:
	kg_error_set(err, ld->path, line, 0, "out of memory reading nodes[%zu]", i);
	return KG_ENOMEM;
}

static int loader_edge(loader *ld, const json_t *o, long line, kg_error *err)
{
	kg_graph *g = ld->g;
	size_t i = g->n_edges;
	int rc;

	if (grow((void **)&g->edges, &ld->cap_edges, i, sizeof(*g->edges)) < 0) {
		kg_error_set(err, ld->path, line, 0, "out of memory reading edges[%zu]", i);
		return KG_ENOMEM;
	}
	g->n_edges++;
	if ((rc = load_edge(&g->edges[i], o, ld->ids, ld->path, i, err)) < 0 && err)
		err->line = line;
	return rc;
}

/* Reads event object o of graph.json (participants by node id, which must be nodes of the graph). */
static int load_event(kg_event *ev, const json_t *o, const kg_map *ids, const char *path, size_t i, kg_error *err)
{
	const json_t *x, *e = json_object_get(o, "evidence");
	const char *id = str_of(o, "id"), *date = str_of(o, "date"), *duration = str_of(o, "duration");
	size_t k;

	if (!id || !id[0] || kg_event_type_parse(&ev->type, str_of(o, "type")) < 0) {
		kg_error_set(err, path, 0, 0, "events[%zu]: no \"id\" or no \"type\" (%s)", i, kg_event_type_names);
		return KG_EPARSE;
	}
	if ((date && !kg_date_valid(date)) || kg_date_source_parse(&ev->date_source, str_of(o, "date_source")) < 0) {
		kg_error_set(err, path, 0, 0, "events[%zu]: \"date\" is not a date (%s) or \"date_source\" not one of "
			     "text, document, none", i, kg_date_formats);
		return KG_EPARSE;
	}
	if (duration && !kg_duration_valid(duration)) {
		kg_error_set(err, path, 0, 0, "events[%zu]: \"duration\" \"%s\" is not an ISO 8601 duration (P2D, PT45M, "
			     "P1W)", i, duration);
		return KG_EPARSE;
	}
	if (dup_into(&ev->id, id) < 0 || dup_into(&ev->trigger, str_of(o, "trigger")) < 0 ||
	    dup_into(&ev->place, str_of(o, "place")) < 0 || dup_into(&ev->date, date) < 0 ||
	    dup_into(&ev->duration, duration) < 0 ||
	    dup_into(&ev->extractor, str_of(o, "extractor")) < 0 || dup_into(&ev->evidence.doc, str_of(e, "doc")) < 0 ||
	    dup_into(&ev->evidence.text, str_of(e, "text")) < 0)
		goto nomem;
	ev->trigger_start = (size_t)fmax(0.0, num_of(o, "trigger_start", 0));
	ev->trigger_end = (size_t)fmax(0.0, num_of(o, "trigger_end", 0));
	ev->confidence = num_of(o, "confidence", 1.0);
	ev->evidence.sentence = (long)num_of(e, "sentence", -1);
	ev->evidence.start = (size_t)fmax(0.0, num_of(e, "start", 0));
	ev->evidence.end = (size_t)fmax(0.0, num_of(e, "end", 0));
	json_array_foreach(json_object_get(o, "flags"), k, x) {
		unsigned bit;

		if (kg_event_flag_parse(&bit, json_string_value(x)) == KG_OK)
			ev->flags |= bit;
	}
	json_array_foreach(json_object_get(o, "participants"), k, x) {
		const char *pid = str_of(x, "id");
		kg_role role;

		if (!pid || !kg_map_get(ids, pid, NULL)) {
			kg_error_set(err, path, 0, 0, "events[%zu]: participant %zu is not a node id", i, k);
			return KG_EPARSE;
		}
		if (kg_role_parse(&role, str_of(x, "role")) < 0)
			role = KG_ROLE_PARTICIPANT;
		if (kg_event_add_participant(ev, pid, kg_etype_parse(str_of(x, "type")), role) < 0)
			goto nomem;
	}
	return KG_OK;
nomem:
	kg_error_set(err, path, 0, 0, "out of memory reading events[%zu]", i);
	return KG_ENOMEM;
}

static int loader_event(loader *ld, const json_t *o, long line, kg_error *err)
{
	kg_graph *g = ld->g;
	size_t i = g->n_events;
	int rc;

	if (grow((void **)&g->events, &ld->cap_events, i, sizeof(*g->events)) < 0) {
		kg_error_set(err, ld->path, line, 0, "out of memory reading events[%zu]", i);
		return KG_ENOMEM;
	}
	g->n_events++;
	if ((rc = load_event(&g->events[i], o, ld->ids, ld->path, i, err)) < 0 && err)
		err->line = line;
	return rc;
}

/* The fast path for files as kg_graph_write_json lays them out: one node or edge object per line,
 * each parsed on its own (far less memory than one tree of the whole file). Returns 0 when read, 1
 * when the layout is not that one (the caller then parses the whole document), < 0 on errors. */
static int load_lines(loader *ld, const char *buf, size_t len, kg_error *err)
{
	/* the lines between the objects: in state `from`, line `text` leads to state `to`; objects are read
	 * in states 2 (nodes), 4 (edges), 6 (events) and 8 (documents); 7 is the end */
	static const struct { int from; const char *text; int to; } marks[] = {
		{ 0, "{\"directed\":true,", 1 }, { 1, "\"nodes\":[", 2 }, { 2, "],", 3 }, { 3, "\"edges\":[", 4 },
		{ 4, "]}", 7 }, { 4, "],", 5 }, { 5, "\"events\":[", 6 }, { 6, "]}", 7 },
		{ 5, "\"documents\":[", 8 }, { 6, "],", 9 }, { 9, "\"documents\":[", 8 }, { 8, "]}", 7 },
	};
	const char *p = buf, *end = buf + len;
	int mark = 0;
	long line = 0;
	json_error_t je;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		const char *next = nl ? nl + 1 : end;
		json_t *o;
		int rc;

		int moved = 0;

		line++;
		if (n > 0 && p[n - 1] == '\r')
			n--;
		for (size_t i = 0; !moved && i < sizeof(marks) / sizeof(marks[0]); i++) {
			if (marks[i].from == mark && n == strlen(marks[i].text) && memcmp(p, marks[i].text, n) == 0) {
				mark = marks[i].to;
				moved = 1;
			}
		}
		if (moved || (mark == 7 && n == 0)) {
			p = next;
			continue;
		}
		if ((mark != 2 && mark != 4 && mark != 6 && mark != 8) || n == 0 || p[0] != '{')
			return 1;
		if (p[n - 1] == ',')
			n--;
		o = json_loadb(p, n, JSON_REJECT_DUPLICATES, &je);
		if (!o)
			return 1;
		rc = mark == 2 ? loader_node(ld, o, line, err) : mark == 4 ? loader_edge(ld, o, line, err)
			: mark == 6 ? loader_event(ld, o, line, err) : loader_doc(ld, o, line, err);
		json_decref(o);
		if (rc < 0)
			return rc;
		p = next;
	}
	return mark == 7 ? 0 : 1;
}

/* The general path: any node-link document ("links" for "edges", "graph" wrapper accepted). */
static int load_document(loader *ld, const char *buf, size_t len, kg_error *err)
{
	json_error_t je;
	json_t *root = json_loadb(buf, len, 0, &je), *nodes, *edges;
	size_t i;
	const json_t *x;
	int rc = KG_OK;

	if (!root) {
		kg_error_set(err, ld->path, je.line > 0 ? je.line : 0, je.column > 0 ? je.column : 0, "%s", je.text);
		return KG_EPARSE;
	}
	nodes = json_object_get(root, "nodes");
	if (!nodes && json_is_object(json_object_get(root, "graph")))
		nodes = json_object_get(json_object_get(root, "graph"), "nodes");
	edges = json_object_get(root, "edges");
	if (!edges)
		edges = json_object_get(root, "links");
	if (!json_is_array(nodes) || !json_is_array(edges)) {
		kg_error_set(err, ld->path, 0, 0, "not a kg graph: needs \"nodes\" and \"edges\" arrays");
		rc = KG_EPARSE;
		goto done;
	}
	json_array_foreach(nodes, i, x)
		if ((rc = loader_node(ld, x, 0, err)) < 0)
			goto done;
	json_array_foreach(edges, i, x)
		if ((rc = loader_edge(ld, x, 0, err)) < 0)
			goto done;
	json_array_foreach(json_object_get(root, "events"), i, x)
		if ((rc = loader_event(ld, x, 0, err)) < 0)
			goto done;
	json_array_foreach(json_object_get(root, "documents"), i, x)
		if ((rc = loader_doc(ld, x, 0, err)) < 0)
			goto done;
done:
	json_decref(root);
	return rc;
}

int kg_graph_load_json(kg_graph **out, const char *path, kg_error *err)
{
	loader ld;
	char *buf = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	memset(&ld, 0, sizeof(ld));
	if (!path) {
		kg_error_set(err, "graph.json", 0, 0, "no path");
		return KG_EINVAL;
	}
	if ((rc = kg_read_file(&buf, &len, path, err)) < 0)
		return rc;
	if ((rc = loader_start(&ld, path)) < 0)
		goto nomem;
	rc = load_lines(&ld, buf, len, err);
	if (rc == 1) {
		loader_clear(&ld);
		if ((rc = loader_start(&ld, path)) < 0)
			goto nomem;
		rc = load_document(&ld, buf, len, err);
	}
	if (rc < 0)
		goto done;
	ld.g->analyzed = ld.analyzed;
	if (kg_graph_set_docs(ld.g, ld.docs->docs, ld.docs->n_docs) < 0)
		goto nomem;
	if ((rc = kg_graph_finish(ld.g, err)) < 0)
		goto done;
	*out = ld.g;
	ld.g = NULL;
	goto done;
nomem:
	kg_error_set(err, path, 0, 0, "out of memory reading the graph");
done:
	free(buf);
	loader_clear(&ld);
	return rc;
}
