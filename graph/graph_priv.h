/* graph_priv.h: the inside of kg_graph, shared by the files of graph/ and by nothing else. */
#ifndef KG_GRAPH_PRIV_H
#define KG_GRAPH_PRIV_H

#include "graph.h"

#include <igraph/igraph.h>
#include <jansson.h>
#include <locale.h>

/* One supporting sentence of an edge (the two small fields last: a big graph holds millions). */
typedef struct kg_gevidence {
	kg_evidence ev; /* doc, sentence, span and text, owned */
	char *date;     /* ISO date of the fact read there (YYYY, YYYY-MM, YYYY-MM-DD), NULL when none */
	char *event;    /* id of the event the fact derives from, NULL when none */
	int planned;    /* 1 when the sentence states a plan, not a fact */
	kg_date_source date_source; /* where date came from (text, document; none without date) */
} kg_gevidence;

/* A set of strings, each kept once for as long as the pool (kg_spool_intern), so that the dates, document
 * names, relations and event attributes a big graph repeats are not one allocation each. */
typedef struct kg_spool kg_spool;
/* An empty pool (*out, kg_spool_free). 0 or KG_ENOMEM. */
int kg_spool_new(kg_spool **out);
/* Frees p and every string in it. Accepts NULL. */
void kg_spool_free(kg_spool *p);
/* The pool's copy of s (added when new), never to be freed or changed; NULL for NULL, or when out of
 * memory. */
char *kg_spool_intern(kg_spool *p, const char *s);
/* n bytes of the pool's memory, aligned for a pointer, freed with the pool; NULL when out of memory. */
void *kg_spool_alloc(kg_spool *p, size_t n);

/* Shared texts: a string that keeps a count of its holders, for the evidence sentences that the edges
 * and events of a graph kg_graph_builder made share (one sentence gives several edges and their
 * event). A new one (*kg_stext_new: a copy of s, NULL read as "") has one holder; NULL when out of
 * memory. */
char *kg_stext_new(const char *s);
/* One holder more for text (from kg_stext_new); returns it. Accepts NULL. */
char *kg_stext_ref(char *text);
/* One holder less: text is freed with the last. Accepts NULL. */
void kg_stext_release(char *text);

/* A vertex. */
typedef struct kg_gnode {
	char *id;               /* unique slug; nodes are kept sorted by it */
	char *label;            /* canonical name */
	kg_etype type;          /* entity type */
	kg_strv aliases;        /* other surface forms, sorted */
	kg_strv why;            /* merge log lines */
	unsigned long mentions; /* mention count from the text side */
	double degree;          /* incident edges (a loop counts twice) */
	double weighted_degree; /* sum of incident edge weights */
	double pagerank;        /* PageRank on the undirected weighted view */
	double betweenness;     /* betweenness, weights read as 1/weight lengths */
	double harmonic;        /* normalised harmonic centrality, same lengths */
	double eigenvector;     /* eigenvector centrality, scaled to max 1 */
	long component;         /* weak component id, 0 = largest; -1 before analysis */
	long community;         /* community id, 0 = largest; -1 before analysis */
} kg_gnode;

/* An edge: one (subject, relation, object) key, or unordered pair for symmetric relations. */
typedef struct kg_gedge {
	size_t src;           /* subject node (for symmetric relations the smaller id) */
	size_t dst;           /* object node */
	char *relation;       /* predicate */
	int symmetric;        /* 1 for meet and speak_with */
	int planned;          /* 1 when every evidence is planned */
	double weight;        /* number of distinct evidences */
	kg_attrs attrs;       /* title, location, date; modality "planned" iff planned */
	double confidence;    /* highest confidence of the merged facts */
	kg_strv extractors;   /* extractors that produced it, sorted */
	kg_gevidence *ev;     /* distinct evidences sorted by (doc, sentence, start) */
	size_t n_ev;          /* how many */
	size_t n_ev_all;      /* the evidence it has in all when ev holds fewer (a graph.json written with
			       * an evidence limit: its evidence_count), 0: n_ev */
	char *first;          /* the earliest date of its evidence (by the start of each date's period), NULL: none */
	char *last;           /* the latest (by the end of each date's period), NULL when none */
	kg_strv events;       /* ids of the events it derives from, sorted */
	size_t n_events_all;  /* the events it derives from in all when events holds fewer (a graph.json
			       * written with an evidence limit: its event_count), 0: events.n */
} kg_gedge;

/* A list of node references for name lookup: node index * 2 + (1 when reached through an alias). */
typedef struct kg_gnamelist {
	size_t *v;  /* the references */
	size_t n;   /* used */
	size_t cap; /* allocated */
} kg_gnamelist;

struct kg_graph {
	kg_gnode *nodes;        /* sorted by id */
	size_t n_nodes;
	kg_gedge *edges;        /* sorted by (src, dst, relation) */
	size_t n_edges;
	size_t *adj_off;        /* incident edges of node i: adj[adj_off[i] .. adj_off[i + 1]) */
	size_t *adj;            /* edge indices (a loop appears once) */
	kg_map *by_id;          /* id -> node index */
	kg_map *by_name;        /* normalised label, id or alias -> index in names */
	kg_map *by_token;       /* last word of a normalised label or alias -> index in names */
	kg_gnamelist *names;    /* the lists both maps point into */
	size_t n_names;
	size_t cap_names;
	igraph_t ig;            /* the directed multigraph, edge i = edges[i] */
	int has_ig;             /* 1 once ig is initialised */
	int analyzed;           /* 1 once measures are known */
	kg_event *events;       /* meetings, calls, visits, summits, sorted by id; participants[].name is
				 * the id of the participant's node, place the place's name */
	size_t n_events;
	kg_docref *docs;        /* the documents evidence may cite, sorted by name; owned (a graph
				 * kg_graph_builder made: those its evidence and events cite) */
	size_t n_docs;
	int any_url;            /* 1 when a document given to kg_graph_set_docs has a web address, or one the
				 * graph was made from, cited or not: the exports' urls column */
	kg_spool *pool;         /* NULL, or (a graph kg_graph_builder made) the pool that holds, borrowed by
				 * them, each edge's relation, first, last and attrs but event and its
				 * extractors list (array and strings: edges with the same extractors share
				 * one), each evidence item's doc and date, each event's trigger, place, date,
				 * evidence doc, extractor and participants' names (kg_gedge_clear_pooled
				 * frees the rest); such a graph's evidence items and events hold their texts,
				 * and its events, items and edges' events lists their event ids, as shared
				 * texts (kg_stext_new), freed with their last holder */
};

/* Sorts nodes by id, canonicalises symmetric edges, sorts edges and builds adjacency, name maps and
 * the igraph graph. Nodes and edges must be filled; ids unique. On error g stays freeable. */
int kg_graph_finish(kg_graph *g, kg_error *err);
/* Allocates an empty graph. */
int kg_graph_alloc(kg_graph **out);
/* Frees the strings of an edge. */
void kg_gedge_clear(kg_gedge *e);
/* Deep-copies src into dst (dst overwritten, not freed; src and dst node indices as they are); with
 * with_evidence 0 the evidence list is left empty. */
int kg_gedge_copy(kg_gedge *dst, const kg_gedge *src, int with_evidence);
/* Deep-copies one evidence. */
int kg_gevidence_copy(kg_gevidence *dst, const kg_gevidence *src);
/* Frees the strings of one evidence. */
void kg_gevidence_clear(kg_gevidence *ge);
/* kg_gedge_clear, kg_gevidence_clear and kg_event_clear for a pooled graph's (kg_graph.pool): they free
 * what is not in the pool, and release the evidence texts and event ids (kg_stext_release). */
void kg_gedge_clear_pooled(kg_gedge *e);
void kg_gevidence_clear_pooled(kg_gevidence *ge);
void kg_event_clear_pooled(kg_event *ev);
/* 1 when date (ISO, any precision) has a period that meets [lo, hi] (days as kg_graph_period_check
 * writes them; "" for no bound); 0 for NULL or a date that is not one. */
int kg_graph_date_in(const char *date, const char *lo, const char *hi);
/* The evidence e has in all: n_ev, or more when a limit cut its list (n_ev_all). */
size_t kg_gedge_evidence_count(const kg_gedge *e);
/* Sets e->first and e->last from the dates of its evidence (unchanged when none has a date). */
int kg_gedge_date_span(kg_gedge *e);
/* The indices of e's earliest and latest dated evidence (those kg_gedge_date_span takes its dates
 * from); SIZE_MAX both when none is dated. */
void kg_gedge_date_ends(size_t *first, size_t *last, const kg_gedge *e);
/* Marks in keep (e->n_ev bytes, zeroed) the max evidence items of e to write: its strongest (the first
 * stated one dated by its text, else the first stated, else the first), its earliest and its latest
 * dated ones (else its first and last), then the first ones not marked yet. */
void kg_gedge_pick_evidence(unsigned char *keep, const kg_gedge *e, size_t max);
/* Gives every name of names[0..n) a unique slug id (new strings into ids[0..n)), in name order so the
 * result does not depend on input order: a second name with the same slug gets "-2", a third "-3".
 * 0, or KG_ENOMEM with every ids[i] NULL. */
int kg_graph_assign_ids(char **ids, const char *const *names, size_t n);
/* Gives evidence ge the date (the pool's) of triple t unless it has one: an ISO date only (a date as
 * written in an old input is kept in the edge's attrs, not here); one with no source is the text's.
 * 0 or KG_ENOMEM. */
int kg_gevidence_take_date(kg_gevidence *ge, const kg_triple *t, kg_spool *pool);
/* qsort order of events by id. */
int kg_event_cmp_id(const void *pa, const void *pb);
/* qsort order of pointers to events by where they are read: document, sentence, trigger, then id. */
int kg_event_cmp_text_order(const void *pa, const void *pb);
/* Marks in past[0..n) (1: left out) the events evs[0..n) (borrowed pointers, which it sorts into
 * text order) past the first max of their group: events no edge derives from (a meeting said not to
 * have happened) are kept max to a type, flags and set of participants, so that their number grows
 * with the pairs of entities, not with the text. seen (borrowed) counts each group's events across
 * calls, which must come in text order. 0 or KG_ENOMEM. */
int kg_event_bound_unnamed(unsigned char *past, const kg_event **evs, size_t n, size_t max, kg_map *seen);
/* Replaces g's documents with copies of docs[0..n) (one per name), sorted by name, and sets g->any_url
 * from them. 0 or KG_ENOMEM (then g has none). */
int kg_graph_set_docs(kg_graph *g, const kg_docref *docs, size_t n);
/* kg_graph_set_docs that takes docs v[0..k) (an array from malloc, each with a name), which are g's
 * from then on, instead of copying them. 0 (it cannot fail). */
int kg_graph_take_docs(kg_graph *g, kg_docref *v, size_t k);
/* The document named name, or NULL (borrowed). */
const kg_docref *kg_graph_doc(const kg_graph *g, const char *name);
/* Maps the id of each event of g that has a duration to its index in g->events, for the exports;
 * *out is NULL when no event has one (the exports then declare no duration attribute). 0 or KG_ENOMEM. */
int kg_graph_duration_index(kg_map **out, const kg_graph *g);
/* The durations of e's events in the order of e->events, joined by sep ("" for an event without one),
 * into a new string *out; *out is NULL when none of them has one (or index is NULL). 0 or KG_ENOMEM. */
int kg_gedge_durations(char **out, const kg_graph *g, const kg_map *index, const kg_gedge *e, const char *sep);
/* Writes when event ev took place into buf: its date (undated when it has none), then its duration in
 * words after ", " when it has one ("2024-06-02, 2 days"). Returns the length, or KG_ELIMIT. */
int kg_event_when(char *buf, size_t cap, const kg_event *ev, const char *undated);
/* Copies src's events into dst (a graph being made), keeping those whose participants include a node
 * of dst: participant ids are looked up in dst's node ids (dst->by_id must be built, so after
 * kg_graph_finish) and those not there are dropped. */
int kg_graph_copy_events(kg_graph *dst, const kg_graph *src);
/* Orders events by date (the first day of the date's period; undated last), then by id. */
int kg_event_cmp_date(const kg_event *a, const kg_event *b);
/* The index of node id in g, or KG_ENOTFOUND. */
int kg_graph_node_by_id(const kg_graph *g, const char *id, size_t *index);

/* igraph boundary: installs a non-aborting error handler and a silent warning handler, restores the
 * previous ones on leave. The last igraph error message is kept for kg_error. */
typedef struct kg_igraph_guard {
	igraph_error_handler_t *error;     /* handler to restore */
	igraph_warning_handler_t *warning; /* handler to restore */
} kg_igraph_guard;
void kg_igraph_enter(kg_igraph_guard *guard);
void kg_igraph_leave(const kg_igraph_guard *guard);
const char *kg_igraph_last_error(void);

/* Numbers in files always use a decimal point: writers switch this thread to the C numeric locale
 * (enter returns the locale to restore, 0 when unchanged) and back. */
locale_t kg_numeric_c_enter(void);
void kg_numeric_c_leave(locale_t old);

/* Text helpers for the writers. */
/* A new copy of s (NULL: "") with invalid UTF-8 replaced by U+FFFD and control characters (C0, DEL, C1)
 * replaced by a space; NULL when out of memory. */
char *kg_text_clean(const char *s);
/* A new copy of s cut to at most max_chars display columns, never inside a character (ending in "…"
 * when cut; 0: no limit), cleaned as above. */
char *kg_text_truncate(const char *s, size_t max_chars);
/* Writes s to fp escaped for XML text and attribute values, cleaned as above. */
void kg_xml_put(FILE *fp, const char *s);
/* A JSON string of s (NULL: null); invalid UTF-8 is replaced by U+FFFD. */
json_t *kg_json_str(const char *s);
/* x rounded to 6 decimals, 0 for non-finite values and negative zero. */
double kg_round6(double x);
/* Writes x rounded by kg_round6 as graph.json has it (jansson's JSON_REAL_PRECISION(15): "%.15g", ".0"
 * added to whole numbers); the exports write measures the same way. */
void kg_json_put_real(FILE *fp, double x);
/* 1 when modality means planned. */
int kg_modality_planned(const char *modality);

/* The graph.json object of event ev of g (NULL when out of memory). */
json_t *kg_event_json(const kg_graph *g, const kg_event *ev);
/* The graph.json object of edge e (NULL when out of memory); with_evidence 0 leaves evidence out. */
json_t *kg_edge_json(const kg_graph *g, const kg_gedge *e, int with_evidence);

/* Edges and nodes an export keeps under opts. */
typedef struct kg_selection {
	unsigned char *node; /* 1 per kept node */
	unsigned char *edge; /* 1 per kept edge */
	size_t n_nodes;      /* kept nodes */
	size_t n_edges;      /* kept edges */
} kg_selection;
int kg_selection_make(kg_selection *sel, const kg_graph *g, const kg_export_opts *opts, kg_error *err);
void kg_selection_clear(kg_selection *sel);
/* Drops the selected edges whose ends are not both selected, and counts the nodes and edges kept. */
void kg_selection_recount(kg_selection *sel, const kg_graph *g);
/* 1 when relation is in the comma-separated list (NULL, "" or "any" in it: everything). */
int kg_relation_in_list(const char *list, const char *relation);
/* qsort_r order of node indices (size_t) for --top, ctx the kg_graph: PageRank, then weighted degree
 * descending, then id. */
int kg_node_cmp_rank(const void *pa, const void *pb, void *ctx);

#endif
