/* gexf.c: GEXF 1.3 export for Gephi: a dynamic graph whose edges live in the spells of their dated
 * evidence, and whose nodes live in the spells of their edges, so Gephi's timeline plays the network
 * over time. Undated edges and nodes with no dated edge have no spell (always present). */
#include "graph_priv.h"

#include <stdlib.h>
#include <string.h>

/* Attributes of nodes and edges: id, title, type, and 1 for those declared only when an event has a
 * duration (so a graph without durations gives the file it gave before). */
static const struct { const char *cls, *id, *title, *type; int lasting; } attrs[] = {
	{ "node", "type", "type", "string", 0 },
	{ "node", "pagerank", "pagerank", "double", 0 },
	{ "node", "community", "community", "long", 0 },
	{ "edge", "relation", "relation", "string", 0 },
	{ "edge", "first", "first", "string", 0 },
	{ "edge", "last", "last", "string", 0 },
	{ "edge", "events", "events", "string", 0 },
	{ "edge", "durations", "durations", "string", 1 },
};

/* A spell [start, end] of days. */
typedef struct spell {
	char start[KG_DATE_LEN]; /* first day */
	char end[KG_DATE_LEN];   /* last day */
} spell;

/* Orders spells by start, then end. */
static int cmp_spell(const void *pa, const void *pb)
{
	const spell *a = pa, *b = pb;
	int c = strcmp(a->start, b->start);

	return c ? c : strcmp(a->end, b->end);
}

/* Sorts and merges overlapping spells in place; returns how many are left. */
static size_t spells_merge(spell *s, size_t n)
{
	size_t k = 0;

	if (n == 0)
		return 0;
	qsort(s, n, sizeof(*s), cmp_spell);
	for (size_t i = 0; i < n; i++) {
		if (k && strcmp(s[i].start, s[k - 1].end) <= 0) {
			if (strcmp(s[i].end, s[k - 1].end) > 0)
				memcpy(s[k - 1].end, s[i].end, KG_DATE_LEN);
		} else {
			s[k++] = s[i];
		}
	}
	return k;
}

/* Days since 1970-01-01 of the civil date y-m-d (proleptic Gregorian). */
static long days_from_civil(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The civil date of z days since 1970-01-01, as YYYY-MM-DD into out (KG_DATE_LEN bytes); out is left as
 * it was for a year outside 0 to 9999. */
static void civil_from_days(char *out, long z)
{
	long era, doe, yoe, y, doy, mp, d, m;
	char buf[64];

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	if (snprintf(buf, sizeof(buf), "%04ld-%02ld-%02ld", y + (m <= 2), m, d) == KG_DATE_LEN - 1)
		memcpy(out, buf, KG_DATE_LEN);
}

/* Whole days an ISO 8601 duration of days or weeks lasts ("P3D" 3, "P2W" 14), 0 for any other. */
static long duration_days(const char *duration)
{
	char *end;
	long n;

	if (!duration || duration[0] != 'P' || duration[1] < '1' || duration[1] > '9')
		return 0;
	n = strtol(duration + 1, &end, 10);
	if (n <= 0 || n > 366 || end[1] != '\0')
		return 0;
	return *end == 'D' ? n : *end == 'W' && n <= 52 ? n * 7 : 0;
}

/* Lengthens spell s of a day to the days its event lasted (a "three-day visit" from its first day). */
static void spell_lasting(spell *s, const kg_graph *g, const kg_map *lasting, const char *event)
{
	size_t k;
	int y, m, d;
	long days;

	if (!lasting || !event || !kg_map_get(lasting, event, &k) || strlen(s->start) != 10 ||
	    sscanf(s->start, "%4d-%2d-%2d", &y, &m, &d) != 3 || (days = duration_days(g->events[k].duration)) < 2)
		return;
	civil_from_days(s->end, days_from_civil(y, m, d) + days - 1);
}

/* Appends the spells of edge e's dated evidence to *v (n used, cap allocated), a day's spell lengthened
 * to the days its event lasted (lasting: see kg_graph_duration_index); *undated (may be NULL) is set to
 * 1 when the edge has no dated evidence (it is there all the time). */
static int edge_spells(spell **v, size_t *n, size_t *cap, const kg_graph *g, const kg_map *lasting,
		       const kg_gedge *e, int *undated)
{
	size_t before = *n;

	for (size_t i = 0; i < e->n_ev; i++) {
		spell s;

		if (!e->ev[i].date || kg_date_period(s.start, s.end, e->ev[i].date) < 0)
			continue;
		spell_lasting(&s, g, lasting, e->ev[i].event);
		if (*n == *cap) {
			spell *w = kg_grow(*v, cap, *n + 1, sizeof(*w), 8);

			if (!w)
				return KG_ENOMEM;
			*v = w;
		}
		(*v)[(*n)++] = s;
	}
	if (undated && *n == before)
		*undated = 1;
	return KG_OK;
}

/* Writes the spells (none: the element is always there). */
static void put_spells(FILE *fp, const spell *s, size_t n, const char *indent)
{
	if (!n)
		return;
	fprintf(fp, "%s<spells>\n", indent);
	for (size_t i = 0; i < n; i++)
		fprintf(fp, "%s  <spell start=\"%s\" end=\"%s\"/>\n", indent, s[i].start, s[i].end);
	fprintf(fp, "%s</spells>\n", indent);
}

/* Writes one attribute value of an edge, escaped; nothing when value is NULL. */
static void put_attvalue(FILE *fp, const char *id, const char *value)
{
	if (!value)
		return;
	fprintf(fp, "        <attvalue for=\"%s\" value=\"", id);
	kg_xml_put(fp, value);
	fputs("\"/>\n", fp);
}

/* Writes the whole document (see kg_graph_write_gexf). */
static int write_gexf(const kg_graph *g, FILE *fp, kg_error *err)
{
	spell *s = NULL;
	size_t n = 0, cap = 0;
	char num[64];
	kg_map *lasting = NULL;
	int rc = kg_graph_duration_index(&lasting, g);

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
	      "  <meta>\n    <creator>kg " KG_VERSION "</creator>\n"
	      "    <description>people, organisations and places linked by what the news says, over time</description>\n"
	      "  </meta>\n"
	      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n", fp);
	for (int cls = 0; cls < 2; cls++) {
		fprintf(fp, "    <attributes class=\"%s\">\n", cls ? "edge" : "node");
		for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
			if (strcmp(attrs[i].cls, cls ? "edge" : "node") == 0 && (!attrs[i].lasting || lasting))
				fprintf(fp, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", attrs[i].id,
					attrs[i].title, attrs[i].type);
		fputs("    </attributes>\n", fp);
	}
	fputs("    <nodes>\n", fp);
	for (size_t i = 0; i < g->n_nodes && rc == KG_OK; i++) {
		const kg_gnode *v = &g->nodes[i];
		int always = g->adj_off[i] == g->adj_off[i + 1];

		/* a node lives while one of its edges does; with an undated edge, or none, always */
		n = 0;
		for (size_t k = g->adj_off[i]; k < g->adj_off[i + 1] && rc == KG_OK; k++)
			rc = edge_spells(&s, &n, &cap, g, lasting, &g->edges[g->adj[k]], &always);
		n = always ? 0 : spells_merge(s, n);
		fputs("      <node id=\"", fp);
		kg_xml_put(fp, v->id);
		fputs("\" label=\"", fp);
		kg_xml_put(fp, v->label);
		fputs("\">\n        <attvalues>\n", fp);
		fprintf(fp, "          <attvalue for=\"type\" value=\"%s\"/>\n", kg_etype_name(v->type));
		snprintf(num, sizeof(num), "%.6g", kg_round6(v->pagerank));
		fprintf(fp, "          <attvalue for=\"pagerank\" value=\"%s\"/>\n", num);
		fprintf(fp, "          <attvalue for=\"community\" value=\"%ld\"/>\n        </attvalues>\n", v->community);
		put_spells(fp, s, n, "        ");
		fputs("      </node>\n", fp);
	}
	fputs("    </nodes>\n    <edges>\n", fp);
	for (size_t i = 0; i < g->n_edges && rc == KG_OK; i++) {
		const kg_gedge *e = &g->edges[i];
		char *events = NULL, *durations = NULL;
		size_t len = 1;

		n = 0;
		rc = edge_spells(&s, &n, &cap, g, lasting, e, NULL);
		if (rc == KG_OK)
			rc = kg_gedge_durations(&durations, g, lasting, e, ";");
		n = spells_merge(s, n);
		for (size_t k = 0; k < e->events.n; k++)
			len += strlen(e->events.v[k]) + 1;
		if (rc == KG_OK && !(events = calloc(len, 1)))
			rc = KG_ENOMEM;
		for (size_t k = 0; events && k < e->events.n; k++) {
			if (k)
				strcat(events, ";");
			strcat(events, e->events.v[k]);
		}
		fprintf(fp, "      <edge id=\"e%zu\" source=\"", i);
		kg_xml_put(fp, g->nodes[e->src].id);
		fputs("\" target=\"", fp);
		kg_xml_put(fp, g->nodes[e->dst].id);
		fprintf(fp, "\" type=\"%s\" label=\"", e->symmetric ? "undirected" : "directed");
		kg_xml_put(fp, e->relation);
		snprintf(num, sizeof(num), "%.6g", kg_round6(e->weight));
		fprintf(fp, "\" weight=\"%s\">\n        <attvalues>\n", num);
		put_attvalue(fp, "relation", e->relation);
		put_attvalue(fp, "first", e->first);
		put_attvalue(fp, "last", e->last);
		put_attvalue(fp, "events", events && events[0] ? events : NULL);
		put_attvalue(fp, "durations", durations);
		fputs("        </attvalues>\n", fp);
		put_spells(fp, s, n, "        ");
		fputs("      </edge>\n", fp);
		free(events);
		free(durations);
	}
	fputs("    </edges>\n  </graph>\n</gexf>\n", fp);
	free(s);
	kg_map_free(lasting);
	if (rc == KG_ENOMEM) {
		kg_error_set(err, "graph.gexf", 0, 0, "out of memory");
		return rc;
	}
	if (fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "graph.gexf", 0, 0, "write failed");
		return KG_EIO;
	}
	return KG_OK;
}

int kg_graph_write_gexf(const kg_graph *g, FILE *fp, kg_error *err)
{
	locale_t old;
	int rc;

	if (!g || !fp) {
		kg_error_set(err, "graph.gexf", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	old = kg_numeric_c_enter();
	rc = write_gexf(g, fp, err);
	kg_numeric_c_leave(old);
	return rc;
}
