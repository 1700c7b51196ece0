/* json.c: graph.json, the node-link file kg writes after analysis and reads back for query, render and
 * report (the shape /work/shared/eval/score.py reads). */
#include "graph_priv.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Compact, one object per line, "/" escaped so the text can sit inside an HTML <script>. */
#define KG_JSON_FLAGS (JSON_COMPACT | JSON_ESCAPE_SLASH | JSON_REAL_PRECISION(15))

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

static json_t *node_json(const kg_gnode *v)
{
	json_t *o = json_object();
	int bad = !o;

	if (!o)
		return NULL;
	bad |= put(o, "id", kg_json_str(v->id));
	bad |= put(o, "label", kg_json_str(v->label));
	bad |= put(o, "type", json_string(kg_etype_name(v->type)));
	bad |= put(o, "aliases", strv_json(&v->aliases));
	bad |= put(o, "merged", strv_json(&v->why));
	bad |= put(o, "mentions", json_integer((json_int_t)v->mentions));
	bad |= put(o, "degree", json_integer((json_int_t)v->degree));
	bad |= put(o, "weighted_degree", real6(v->weighted_degree));
	bad |= put(o, "pagerank", real6(v->pagerank));
	bad |= put(o, "betweenness", real6(v->betweenness));
	bad |= put(o, "harmonic", real6(v->harmonic));
	bad |= put(o, "eigenvector", real6(v->eigenvector));
	bad |= put(o, "component", json_integer(v->component));
	bad |= put(o, "community", json_integer(v->community));
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
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

int kg_graph_write_json(const kg_graph *g, FILE *fp, kg_error *err)
{
	int rc = KG_OK;

	if (!g || !fp) {
		kg_error_set(err, "graph.json", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	fputs("{\"directed\":true,\n\"nodes\":[", fp);
	for (size_t i = 0; i < g->n_nodes && rc == KG_OK; i++) {
		json_t *o = node_json(&g->nodes[i]);
		fputs(i ? ",\n" : "\n", fp);
		if (!o || json_dumpf(o, fp, KG_JSON_FLAGS) != 0)
			rc = o ? KG_EIO : KG_ENOMEM;
		json_decref(o);
	}
	fputs("\n],\n\"edges\":[", fp);
	for (size_t i = 0; i < g->n_edges && rc == KG_OK; i++) {
		json_t *o = kg_edge_json(g, &g->edges[i], 1);
		fputs(i ? ",\n" : "\n", fp);
		if (!o || json_dumpf(o, fp, KG_JSON_FLAGS) != 0)
			rc = o ? KG_EIO : KG_ENOMEM;
		json_decref(o);
	}
	fputs("\n]}\n", fp);
	if (rc == KG_OK && (fflush(fp) != 0 || ferror(fp)))
		rc = KG_EIO;
	if (rc == KG_ENOMEM)
		kg_error_set(err, "graph.json", 0, 0, "out of memory writing the graph");
	else if (rc == KG_EIO)
		kg_error_set(err, "graph.json", 0, 0, "write failed: %s", strerror(errno));
	return rc;
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
	    load_evidence(e, json_object_get(o, "evidence")) < 0) {
		kg_error_set(err, path, 0, 0, "out of memory reading edges[%zu]", i);
		return KG_ENOMEM;
	}
	e->planned = kg_modality_planned(e->attrs.modality);
	e->confidence = num_of(o, "confidence", 0);
	e->weight = num_of(o, "weight", e->n_ev ? (double)e->n_ev : 1.0);
	return KG_OK;
}

int kg_graph_load_json(kg_graph **out, const char *path, kg_error *err)
{
	json_error_t je;
	json_t *root = NULL, *nodes, *edges;
	kg_graph *g = NULL;
	kg_map *ids = NULL;
	int rc = KG_OK, analyzed = 0;
	size_t i;
	const json_t *x;

	*out = NULL;
	if (!path) {
		kg_error_set(err, "graph.json", 0, 0, "no path");
		return KG_EINVAL;
	}
	root = strcmp(path, "-") == 0 ? json_loadf(stdin, 0, &je) : json_load_file(path, 0, &je);
	if (!root) {
		int cannot_open = json_error_code(&je) == json_error_cannot_open_file;
		kg_error_set(err, path, je.line > 0 ? je.line : 0, je.column > 0 ? je.column : 0, "%s", je.text);
		return cannot_open ? KG_EIO : KG_EPARSE;
	}
	nodes = json_object_get(root, "nodes");
	if (!nodes && json_is_object(json_object_get(root, "graph")))
		nodes = json_object_get(json_object_get(root, "graph"), "nodes");
	edges = json_object_get(root, "edges");
	if (!edges)
		edges = json_object_get(root, "links");
	if (!json_is_array(nodes) || !json_is_array(edges)) {
		kg_error_set(err, path, 0, 0, "not a kg graph: needs \"nodes\" and \"edges\" arrays");
		rc = KG_EPARSE;
		goto done;
	}
	if (kg_graph_alloc(&g) < 0 || kg_map_new(&ids) < 0)
		goto nomem;
	g->nodes = calloc(json_array_size(nodes) + 1, sizeof(*g->nodes));
	g->edges = calloc(json_array_size(edges) + 1, sizeof(*g->edges));
	if (!g->nodes || !g->edges)
		goto nomem;
	json_array_foreach(nodes, i, x) {
		kg_gnode *v = &g->nodes[g->n_nodes++];
		if ((rc = load_node(v, x, path, i, &analyzed, err)) < 0)
			goto done;
		if (kg_map_get(ids, v->id, NULL)) {
			kg_error_set(err, path, 0, 0, "nodes[%zu]: duplicate id \"%s\"", i, v->id);
			rc = KG_EPARSE;
			goto done;
		}
		if (kg_map_put(ids, v->id, i) < 0)
			goto nomem;
	}
	json_array_foreach(edges, i, x) {
		kg_gedge *e = &g->edges[g->n_edges++];
		if ((rc = load_edge(e, x, ids, path, i, err)) < 0)
			goto done;
	}
	g->analyzed = analyzed;
	rc = kg_graph_finish(g, err);
	goto done;
nomem:
	kg_error_set(err, path, 0, 0, "out of memory reading the graph");
	rc = KG_ENOMEM;
done:
	json_decref(root);
	kg_map_free(ids);
	if (rc < 0)
		kg_graph_free(g);
	else
		*out = g;
	return rc;
}
