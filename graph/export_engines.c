/* export_engines.c: the graph for the engines users grow into: Neo4j bulk-import CSV, Spark
 * GraphFrames CSV and RDF N-Triples. */
#include "graph_priv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Joins the evidence sentences of an edge in one CSV field. */
#define EVIDENCE_SEP " | "

/* ---- CSV (RFC 4180) ---- */

/* Writes s as one quoted CSV field: invalid UTF-8 becomes U+FFFD and control characters (newlines
 * among them) a space, so every record stays on one line; quotes are doubled. */
static int csv_put(FILE *fp, const char *s)
{
	char *clean = kg_text_clean(s);

	if (!clean)
		return KG_ENOMEM;
	fputc('"', fp);
	for (const char *p = clean; *p; p++) {
		if (*p == '"')
			fputs("\"\"", fp);
		else
			fputc(*p, fp);
	}
	fputc('"', fp);
	free(clean);
	return KG_OK;
}

/* Writes the strings of sv as one quoted CSV field, separated by sep (Neo4j's array delimiter); sep
 * inside a string becomes its fullwidth form U+FF1B, so that it cannot split the string. */
static int csv_put_list(FILE *fp, const kg_strv *sv, char sep)
{
	size_t n = 0;
	char *joined, *o;
	int rc;

	for (size_t i = 0; i < sv->n; i++)
		n += strlen(sv->v[i]) * 3 + 1;
	if (!(joined = malloc(n + 1)))
		return KG_ENOMEM;
	o = joined;
	for (size_t i = 0; i < sv->n; i++) {
		/* the separator inside an element becomes U+FF1B (3 bytes) so that it cannot split it */
		for (const char *p = sv->v[i]; *p; p++) {
			if (*p == sep) {
				memcpy(o, "\xef\xbc\x9b", 3);
				o += 3;
			} else {
				*o++ = *p;
			}
		}
		if (i + 1 < sv->n)
			*o++ = sep;
	}
	*o = '\0';
	rc = csv_put(fp, joined);
	free(joined);
	return rc;
}

/* The documents an edge's evidence comes from, distinct, sorted. */
static int edge_docs(kg_strv *out, const kg_gedge *e)
{
	for (size_t i = 0; i < e->n_ev; i++)
		if (e->ev[i].ev.doc && kg_strv_push_unique(out, e->ev[i].ev.doc) < 0)
			return KG_ENOMEM;
	kg_strv_sort(out);
	return KG_OK;
}

/* The web addresses of the documents an edge's evidence comes from, distinct, sorted. */
static int edge_urls(kg_strv *out, const kg_graph *g, const kg_gedge *e)
{
	for (size_t i = 0; i < e->n_ev; i++) {
		const kg_docref *d = kg_graph_doc(g, e->ev[i].ev.doc);

		if (d && d->url && kg_strv_push_unique(out, d->url) < 0)
			return KG_ENOMEM;
	}
	kg_strv_sort(out);
	return KG_OK;
}

/* 1 when some document of g has a web address: the exports then carry a urls column. */
static int graph_linked(const kg_graph *g)
{
	return g->any_url;
}

/* The evidence sentences of an edge joined by EVIDENCE_SEP, new string. */
static char *edge_evidence(const kg_gedge *e)
{
	size_t n = 1;
	char *s;

	for (size_t i = 0; i < e->n_ev; i++)
		n += (e->ev[i].ev.text ? strlen(e->ev[i].ev.text) : 0) + strlen(EVIDENCE_SEP);
	if (!(s = malloc(n)))
		return NULL;
	s[0] = '\0';
	for (size_t i = 0; i < e->n_ev; i++) {
		if (!e->ev[i].ev.text)
			continue;
		if (s[0])
			strcat(s, EVIDENCE_SEP);
		strcat(s, e->ev[i].ev.text);
	}
	return s;
}

/* Neo4j's label of an entity type: "Entity" and the type in the usual CamelCase. */
static const char *neo4j_labels(kg_etype t)
{
	static const char *const labels[KG_TYPE__COUNT] = {
		[KG_TYPE_UNKNOWN] = "Entity", [KG_TYPE_PERSON] = "Entity;Person",
		[KG_TYPE_ORG] = "Entity;Organization", [KG_TYPE_PLACE] = "Entity;Place",
		[KG_TYPE_EVENT] = "Entity;Event", [KG_TYPE_OTHER] = "Entity;Other",
	};

	return t >= 0 && t < KG_TYPE__COUNT ? labels[t] : "Entity";
}

/* Neo4j's relationship type of a predicate: upper-case letters, digits and '_' ("holds_position" ->
 * HOLDS_POSITION); anything else becomes '_'; RELATED when nothing is left. New string. */
static char *neo4j_type(const char *predicate)
{
	size_t n = strlen(predicate);
	char *t = malloc(n + 8);
	int any = 0;

	if (!t)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		char c = predicate[i];

		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			c = '_';
		else
			any = 1;
		t[i] = c;
	}
	t[n] = '\0';
	if (!any)
		strcpy(t, "RELATED");
	return t;
}

/* 1 when g has events or dated edges: the exports then carry the columns and statements of time. */
static int graph_dated(const kg_graph *g)
{
	for (size_t i = 0; !g->n_events && i < g->n_edges; i++)
		if (g->edges[i].first)
			return 1;
	return g->n_events > 0;
}

/* 1 when an event of g has a duration: the exports then carry a column or statement for it. */
static int graph_lasting(const kg_graph *g)
{
	for (size_t i = 0; i < g->n_events; i++)
		if (g->events[i].duration)
			return 1;
	return 0;
}

/* Neo4j labels of an event: "Event" and its kind ("Event;Meeting"). */
static const char *neo4j_event_labels(kg_event_type t)
{
	static const char *const labels[KG_EVENT__COUNT] = {
		[KG_EVENT_MEETING] = "Event;Meeting", [KG_EVENT_CALL] = "Event;Call",
		[KG_EVENT_VISIT] = "Event;Visit", [KG_EVENT_SUMMIT] = "Event;Summit",
	};

	return (unsigned)t < KG_EVENT__COUNT ? labels[t] : "Event";
}

/* Neo4j: the event rows of nodes.csv (the columns of entities, then date, place, trigger, and duration
 * when lasting). */
static int neo4j_event_nodes(const kg_graph *g, FILE *nodes, int lasting)
{
	int rc = KG_OK;

	for (size_t i = 0; i < g->n_events && rc == KG_OK; i++) {
		const kg_event *ev = &g->events[i];

		if ((rc = csv_put(nodes, ev->id)) < 0 || (fputc(',', nodes), rc = csv_put(nodes, kg_event_types[ev->type].name)) < 0)
			break;
		fprintf(nodes, ",%s,EVENT,\"\",0,0.0,0.0,0.0,-1,-1,", neo4j_event_labels(ev->type));
		if ((rc = csv_put(nodes, ev->date ? ev->date : "")) < 0 ||
		    (fputc(',', nodes), rc = csv_put(nodes, ev->place ? ev->place : "")) < 0 ||
		    (fputc(',', nodes), rc = csv_put(nodes, ev->trigger ? ev->trigger : "")) < 0 ||
		    (lasting && (fputc(',', nodes), rc = csv_put(nodes, ev->duration ? ev->duration : "")) < 0))
			break;
		fputc('\n', nodes);
	}
	return rc;
}

/* Neo4j: an ATTENDED relationship from each participant to its event, with the role. */
static int neo4j_attended(const kg_graph *g, FILE *rel, int linked)
{
	int rc = KG_OK;

	for (size_t i = 0; i < g->n_events && rc == KG_OK; i++) {
		const kg_event *ev = &g->events[i];

		for (size_t p = 0; p < ev->n_participants && rc == KG_OK; p++) {
			const char *date = ev->date ? ev->date : "";

			if ((rc = csv_put(rel, ev->participants[p].name)) < 0 || (fputc(',', rel), rc = csv_put(rel, ev->id)) < 0)
				break;
			fputs(",ATTENDED,\"attended\",1,", rel);
			kg_json_put_real(rel, ev->confidence);
			fprintf(rel, ",false,\"\",\"%s\",", ev->flags & KG_EVENT_PLANNED ? "planned" : "");
			if ((rc = csv_put(rel, ev->evidence.doc ? ev->evidence.doc : "")) < 0 ||
			    (fputc(',', rel), rc = csv_put(rel, ev->evidence.text ? ev->evidence.text : "")) < 0)
				break;
			fprintf(rel, ",%s,", kg_role_name(ev->participants[p].role));
			if ((rc = csv_put(rel, date)) < 0 || (fputc(',', rel), rc = csv_put(rel, date)) < 0 ||
			    (fputc(',', rel), rc = csv_put(rel, ev->id)) < 0)
				break;
			if (linked) {
				const kg_docref *d = kg_graph_doc(g, ev->evidence.doc);
				if ((fputc(',', rel), rc = csv_put(rel, d && d->url ? d->url : "")) < 0)
					break;
			}
			fputc('\n', rel);
		}
	}
	return rc;
}

/* Sets err after a failed write of file what. */
static int write_failed(kg_error *err, const char *what)
{
	kg_error_set(err, what, 0, 0, "cannot write: %s", strerror(errno ? errno : EIO));
	return KG_EIO;
}

int kg_graph_write_neo4j(const kg_graph *g, FILE *nodes, FILE *relationships, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	kg_strv docs = { 0 }, urls = { 0 };
	char *type = NULL, *evidence = NULL;
	int rc = KG_OK, dated = graph_dated(g), linked = graph_linked(g), lasting = graph_lasting(g);

	fputs("id:ID,name,:LABEL,type,aliases:string[],mentions:long,pagerank:double,betweenness:double,"
	      "degree:double,community:int,component:int", nodes);
	fputs(lasting ? ",date,place,trigger,duration\n" : dated ? ",date,place,trigger\n" : "\n", nodes);
	for (size_t i = 0; i < g->n_nodes && rc == KG_OK; i++) {
		const kg_gnode *v = &g->nodes[i];

		if ((rc = csv_put(nodes, v->id)) < 0 || (fputc(',', nodes), rc = csv_put(nodes, v->label)) < 0)
			break;
		fprintf(nodes, ",%s,%s,", neo4j_labels(v->type), kg_etype_name(v->type));
		if ((rc = csv_put_list(nodes, &v->aliases, ';')) < 0)
			break;
		fprintf(nodes, ",%lu,", v->mentions);
		kg_json_put_real(nodes, v->pagerank);
		fputc(',', nodes);
		kg_json_put_real(nodes, v->betweenness);
		fputc(',', nodes);
		kg_json_put_real(nodes, v->degree);
		fprintf(nodes, ",%ld,%ld%s%s\n", v->community, v->component, dated ? ",\"\",\"\",\"\"" : "",
			lasting ? ",\"\"" : "");
	}
	if (rc == KG_OK && dated)
		rc = neo4j_event_nodes(g, nodes, lasting);
	if (rc == KG_OK)
		fprintf(relationships, ":START_ID,:END_ID,:TYPE,relation,weight:int,confidence:double,symmetric:boolean,"
			"title,modality,docs:string[],evidence%s%s\n", dated ? ",role,first,last,events:string[]" : "",
			linked ? ",urls:string[]" : "");
	for (size_t i = 0; i < g->n_edges && rc == KG_OK; i++) {
		const kg_gedge *e = &g->edges[i];

		kg_strv_clear(&docs);
		kg_strv_clear(&urls);
		free(type);
		free(evidence);
		if (!(type = neo4j_type(e->relation)) || !(evidence = edge_evidence(e)) || edge_docs(&docs, e) < 0 ||
		    (linked && edge_urls(&urls, g, e) < 0)) {
			rc = KG_ENOMEM;
			break;
		}
		if ((rc = csv_put(relationships, g->nodes[e->src].id)) < 0)
			break;
		fputc(',', relationships);
		if ((rc = csv_put(relationships, g->nodes[e->dst].id)) < 0)
			break;
		fprintf(relationships, ",%s,", type);
		if ((rc = csv_put(relationships, e->relation)) < 0)
			break;
		fprintf(relationships, ",%.0f,", e->weight);
		kg_json_put_real(relationships, e->confidence);
		fprintf(relationships, ",%s,", e->symmetric ? "true" : "false");
		if ((rc = csv_put(relationships, e->attrs.title ? e->attrs.title : "")) < 0 ||
		    (fputc(',', relationships), rc = csv_put(relationships, e->attrs.modality ? e->attrs.modality : "")) < 0 ||
		    (fputc(',', relationships), rc = csv_put_list(relationships, &docs, ';')) < 0 ||
		    (fputc(',', relationships), rc = csv_put(relationships, evidence)) < 0)
			break;
		if (dated && ((fputs(",\"\",", relationships), rc = csv_put(relationships, e->first ? e->first : "")) < 0 ||
			      (fputc(',', relationships), rc = csv_put(relationships, e->last ? e->last : "")) < 0 ||
			      (fputc(',', relationships), rc = csv_put_list(relationships, &e->events, ';')) < 0))
			break;
		if (linked && (fputc(',', relationships), rc = csv_put_list(relationships, &urls, ';')) < 0)
			break;
		fputc('\n', relationships);
	}
	if (rc == KG_OK && dated)
		rc = neo4j_attended(g, relationships, linked);
	if (rc == KG_ENOMEM)
		kg_error_set(err, "", 0, 0, "out of memory");
	else if (rc == KG_OK && (ferror(nodes) || ferror(relationships)))
		rc = write_failed(err, ferror(nodes) ? "nodes.csv" : "relationships.csv");
	kg_strv_clear(&docs);
	kg_strv_clear(&urls);
	free(type);
	free(evidence);
	kg_numeric_c_leave(old);
	return rc;
}

int kg_graph_write_graphframes(const kg_graph *g, FILE *vertices, FILE *edges, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	kg_strv docs = { 0 }, urls = { 0 };
	char *evidence = NULL;
	int rc = KG_OK, linked = graph_linked(g);

	fputs("id,name,type,aliases,mentions,pagerank,betweenness,degree,community,component\n", vertices);
	for (size_t i = 0; i < g->n_nodes && rc == KG_OK; i++) {
		const kg_gnode *v = &g->nodes[i];

		if ((rc = csv_put(vertices, v->id)) < 0 || (fputc(',', vertices), rc = csv_put(vertices, v->label)) < 0)
			break;
		fprintf(vertices, ",%s,", kg_etype_name(v->type));
		if ((rc = csv_put_list(vertices, &v->aliases, ';')) < 0)
			break;
		fprintf(vertices, ",%lu,", v->mentions);
		kg_json_put_real(vertices, v->pagerank);
		fputc(',', vertices);
		kg_json_put_real(vertices, v->betweenness);
		fputc(',', vertices);
		kg_json_put_real(vertices, v->degree);
		fprintf(vertices, ",%ld,%ld\n", v->community, v->component);
	}
	if (rc == KG_OK)
		fprintf(edges, "src,dst,relationship,weight,confidence,symmetric,title,modality,docs,evidence%s\n",
			linked ? ",urls" : "");
	for (size_t i = 0; i < g->n_edges && rc == KG_OK; i++) {
		const kg_gedge *e = &g->edges[i];

		kg_strv_clear(&docs);
		kg_strv_clear(&urls);
		free(evidence);
		if (!(evidence = edge_evidence(e)) || edge_docs(&docs, e) < 0 || (linked && edge_urls(&urls, g, e) < 0)) {
			rc = KG_ENOMEM;
			break;
		}
		if ((rc = csv_put(edges, g->nodes[e->src].id)) < 0 ||
		    (fputc(',', edges), rc = csv_put(edges, g->nodes[e->dst].id)) < 0 ||
		    (fputc(',', edges), rc = csv_put(edges, e->relation)) < 0)
			break;
		fprintf(edges, ",%.0f,", e->weight);
		kg_json_put_real(edges, e->confidence);
		fprintf(edges, ",%s,", e->symmetric ? "true" : "false");
		if ((rc = csv_put(edges, e->attrs.title ? e->attrs.title : "")) < 0 ||
		    (fputc(',', edges), rc = csv_put(edges, e->attrs.modality ? e->attrs.modality : "")) < 0 ||
		    (fputc(',', edges), rc = csv_put_list(edges, &docs, ';')) < 0 ||
		    (fputc(',', edges), rc = csv_put(edges, evidence)) < 0)
			break;
		if (linked && (fputc(',', edges), rc = csv_put_list(edges, &urls, ';')) < 0)
			break;
		fputc('\n', edges);
	}
	if (rc == KG_ENOMEM)
		kg_error_set(err, "", 0, 0, "out of memory");
	else if (rc == KG_OK && (ferror(vertices) || ferror(edges)))
		rc = write_failed(err, ferror(vertices) ? "vertices.csv" : "edges.csv");
	kg_strv_clear(&docs);
	kg_strv_clear(&urls);
	free(evidence);
	kg_numeric_c_leave(old);
	return rc;
}

/* ---- N-Triples ---- */

#define RDF_TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS_LABEL "<http://www.w3.org/2000/01/rdf-schema#label>"
#define SKOS_ALT "<http://www.w3.org/2004/02/skos/core#altLabel>"
#define XSD_NS "http://www.w3.org/2001/XMLSchema#"

/* Writes "<urn:kg:KIND:NAME>" with every byte of name outside [A-Za-z0-9-._~] percent-encoded, so
 * the IRI is valid whatever the name. */
static void nt_iri(FILE *fp, const char *kind, const char *name)
{
	static const char hex[] = "0123456789ABCDEF";

	fprintf(fp, "<urn:kg:%s:", kind);
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("-._~", *p))
			fputc(*p, fp);
		else
			fprintf(fp, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
	}
	fputc('>', fp);
}

/* Writes s as an N-Triples string literal: invalid UTF-8 becomes U+FFFD, quote, backslash and line
 * breaks are escaped, other control characters written as \uXXXX. */
static int nt_literal(FILE *fp, const char *s)
{
	size_t n = strlen(s);

	fputc('"', fp);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t ok = kg_utf8_valid_prefix(s + i, n - i < 4 ? n - i : 4);
		size_t want = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;

		if (ok < want) {
			fputs("\\uFFFD", fp);
			i++;
			continue;
		}
		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\r')
			fputs("\\r", fp);
		else if (c == '\t')
			fputs("\\t", fp);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\u%04X", c);
		else
			fwrite(s + i, 1, want, fp);
		i += want;
	}
	fputc('"', fp);
	return KG_OK;
}

/* Writes one statement "S P "literal" ." for a node. */
static void nt_node_literal(FILE *fp, const char *id, const char *pred, const char *value)
{
	nt_iri(fp, "entity", id);
	fprintf(fp, " %s ", pred);
	nt_literal(fp, value);
	fputs(" .\n", fp);
}

#define SCHEMA_NS "http://schema.org/"

/* The XSD type of an ISO date of kg: date, gYearMonth or gYear. */
static const char *xsd_date_type(const char *date)
{
	size_t n = strlen(date);

	return n == 10 ? "date" : n == 7 ? "gYearMonth" : "gYear";
}

/* Writes each event as a schema:Event: its kind, name (trigger), schema:attendee for each participant
 * (and <urn:kg:prop:host> or <urn:kg:prop:guest> by role), schema:startDate, schema:duration (an
 * xsd:duration, a plain literal when vague: "PXD" is no xsd:duration), schema:location (the place's
 * entity when it is a node, else its name) and its evidence. */
static void nt_events(const kg_graph *g, FILE *fp)
{
	for (size_t i = 0; i < g->n_events; i++) {
		const kg_event *ev = &g->events[i];
		char *slug = ev->place ? kg_slug_new(ev->place) : NULL;
		size_t k;

		nt_iri(fp, "event", ev->id);
		fputs(" " RDF_TYPE " <" SCHEMA_NS "Event> .\n", fp);
		nt_iri(fp, "event", ev->id);
		fprintf(fp, " <urn:kg:prop:eventType> \"%s\" .\n", kg_event_types[ev->type].name);
		if (ev->trigger) {
			nt_iri(fp, "event", ev->id);
			fputs(" <" SCHEMA_NS "name> ", fp);
			nt_literal(fp, ev->trigger);
			fputs(" .\n", fp);
		}
		for (size_t p = 0; p < ev->n_participants; p++) {
			nt_iri(fp, "event", ev->id);
			fputs(" <" SCHEMA_NS "attendee> ", fp);
			nt_iri(fp, "entity", ev->participants[p].name);
			fputs(" .\n", fp);
			if (ev->participants[p].role == KG_ROLE_PARTICIPANT)
				continue;
			nt_iri(fp, "event", ev->id);
			fprintf(fp, " <urn:kg:prop:%s> ", kg_role_name(ev->participants[p].role));
			nt_iri(fp, "entity", ev->participants[p].name);
			fputs(" .\n", fp);
		}
		if (ev->date) {
			nt_iri(fp, "event", ev->id);
			fputs(" <" SCHEMA_NS "startDate> ", fp);
			nt_literal(fp, ev->date);
			fprintf(fp, "^^<" XSD_NS "%s> .\n", xsd_date_type(ev->date));
		}
		if (ev->duration) {
			nt_iri(fp, "event", ev->id);
			fputs(" <" SCHEMA_NS "duration> ", fp);
			nt_literal(fp, ev->duration);
			fputs(strchr(ev->duration, 'X') ? " .\n" : "^^<" XSD_NS "duration> .\n", fp);
		}
		if (ev->place) {
			nt_iri(fp, "event", ev->id);
			fputs(" <" SCHEMA_NS "location> ", fp);
			if (slug && kg_graph_node_by_id(g, slug, &k) == KG_OK)
				nt_iri(fp, "entity", slug);
			else
				nt_literal(fp, ev->place);
			fputs(" .\n", fp);
		}
		if (ev->evidence.text) {
			nt_iri(fp, "event", ev->id);
			fputs(" <urn:kg:prop:evidence> ", fp);
			nt_literal(fp, ev->evidence.text);
			fputs(" .\n", fp);
		}
		free(slug);
	}
}

/* Writes "S <urn:kg:prop:NAME> "x"^^<xsd:TYPE> ." for subject written by the caller. */
static void nt_typed(FILE *fp, const char *prop, const char *value, const char *xsd)
{
	fprintf(fp, " <urn:kg:prop:%s> \"%s\"^^<" XSD_NS "%s> .\n", prop, value, xsd);
}

int kg_graph_write_ntriples(const kg_graph *g, FILE *fp, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	kg_strv docs = { 0 }, urls = { 0 };
	char num[64];

	for (size_t i = 0; i < g->n_nodes; i++) {
		const kg_gnode *v = &g->nodes[i];

		nt_iri(fp, "entity", v->id);
		fprintf(fp, " " RDF_TYPE " <urn:kg:type:%s> .\n", kg_etype_name(v->type));
		nt_node_literal(fp, v->id, RDFS_LABEL, v->label);
		for (size_t a = 0; a < v->aliases.n; a++)
			nt_node_literal(fp, v->id, SKOS_ALT, v->aliases.v[a]);
		snprintf(num, sizeof(num), "%lu", v->mentions);
		nt_iri(fp, "entity", v->id);
		nt_typed(fp, "mentions", num, "integer");
		snprintf(num, sizeof(num), "%.15g", kg_round6(v->pagerank));
		nt_iri(fp, "entity", v->id);
		nt_typed(fp, "pagerank", num, "double");
		snprintf(num, sizeof(num), "%ld", v->community);
		nt_iri(fp, "entity", v->id);
		nt_typed(fp, "community", num, "integer");
	}
	for (size_t i = 0; i < g->n_edges; i++) {
		const kg_gedge *e = &g->edges[i];
		const char *attrs[][2] = { { "title", e->attrs.title }, { "modality", e->attrs.modality } };

		/* the fact itself, then the same fact reified (_:eN) with its weight and evidence */
		nt_iri(fp, "entity", g->nodes[e->src].id);
		fputc(' ', fp);
		nt_iri(fp, "rel", e->relation);
		fputc(' ', fp);
		nt_iri(fp, "entity", g->nodes[e->dst].id);
		fputs(" .\n", fp);
		fprintf(fp, "_:e%zu " RDF_TYPE " <" RDF_NS "Statement> .\n", i);
		fprintf(fp, "_:e%zu <" RDF_NS "subject> ", i);
		nt_iri(fp, "entity", g->nodes[e->src].id);
		fprintf(fp, " .\n_:e%zu <" RDF_NS "predicate> ", i);
		nt_iri(fp, "rel", e->relation);
		fprintf(fp, " .\n_:e%zu <" RDF_NS "object> ", i);
		nt_iri(fp, "entity", g->nodes[e->dst].id);
		fputs(" .\n", fp);
		snprintf(num, sizeof(num), "%.0f", e->weight);
		fprintf(fp, "_:e%zu", i);
		nt_typed(fp, "weight", num, "integer");
		for (size_t a = 0; a < 2; a++) {
			if (!attrs[a][1])
				continue;
			fprintf(fp, "_:e%zu <urn:kg:prop:%s> ", i, attrs[a][0]);
			nt_literal(fp, attrs[a][1]);
			fputs(" .\n", fp);
		}
		kg_strv_clear(&docs);
		kg_strv_clear(&urls);
		if (edge_docs(&docs, e) < 0 || edge_urls(&urls, g, e) < 0) {
			kg_strv_clear(&docs);
			kg_strv_clear(&urls);
			kg_numeric_c_leave(old);
			kg_error_set(err, "", 0, 0, "out of memory");
			return KG_ENOMEM;
		}
		for (size_t k = 0; k < docs.n; k++) {
			fprintf(fp, "_:e%zu <urn:kg:prop:doc> ", i);
			nt_literal(fp, docs.v[k]);
			fputs(" .\n", fp);
		}
		for (size_t k = 0; k < urls.n; k++) {
			fprintf(fp, "_:e%zu <http://schema.org/url> ", i);
			nt_literal(fp, urls.v[k]);
			fputs("^^<" XSD_NS "anyURI> .\n", fp);
		}
		for (size_t k = 0; k < e->n_ev; k++) {
			if (e->ev[k].ev.text) {
				fprintf(fp, "_:e%zu <urn:kg:prop:evidence> ", i);
				nt_literal(fp, e->ev[k].ev.text);
				fputs(" .\n", fp);
			}
		}
		for (int k = 0; e->first && k < 2; k++) {
			const char *d = k ? e->last : e->first;

			fprintf(fp, "_:e%zu <urn:kg:prop:%s> ", i, k ? "last" : "first");
			nt_literal(fp, d);
			fprintf(fp, "^^<" XSD_NS "%s> .\n", xsd_date_type(d));
		}
		for (size_t k = 0; k < e->events.n; k++) {
			fprintf(fp, "_:e%zu <urn:kg:prop:event> ", i);
			nt_iri(fp, "event", e->events.v[k]);
			fputs(" .\n", fp);
		}
	}
	nt_events(g, fp);
	kg_strv_clear(&docs);
	kg_strv_clear(&urls);
	kg_numeric_c_leave(old);
	if (ferror(fp))
		return write_failed(err, "graph.nt");
	return KG_OK;
}
