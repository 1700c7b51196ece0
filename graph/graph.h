/* graph.h: the knowledge graph on igraph: building it from facts, analysing it, exporting it (JSON,
 * DOT, SVG, GraphML) and querying it. Only graph/ includes igraph, cgraph or gvc. */
#ifndef KG_GRAPH_H
#define KG_GRAPH_H

#include "../src/core/core.h"

typedef struct kg_graph kg_graph;

/* Builds the graph from resolved facts (borrowed; copied in). Every entity of facts becomes a vertex
 * (id = slug of name, unique; label = name; type; aliases; mentions); every triple becomes or joins
 * an edge keyed by (subject, predicate, object) — for symmetric predicates (meet, speak_with) by the
 * unordered pair — whose weight is the number of distinct evidences. Planned facts (modality
 * "planned") join their own edge so they can be left out. */
int kg_graph_new(kg_graph **out, const kg_facts *facts, kg_error *err);
void kg_graph_free(kg_graph *g);

/* Options of a kg_graph_builder. */
typedef struct kg_graph_build_opts {
	size_t max_evidence; /* evidence items an edge keeps (0: all): those kg_graph.json's evidence limit
			      * shows (the strongest, the earliest, the latest, then the first), with the
			      * number it has in all; events no kept item names go, and of those no fact
			      * names (a meeting said not to have happened) the first max_evidence of each
			      * type, flags and set of participants stay (kg_graph_write_json does the same) */
	const char *since;   /* only what is dated in or after this date (kg_graph_period), NULL: no bound */
	const char *until;   /* only what is dated in or before this date, NULL: no bound */
} kg_graph_build_opts;
#define KG_GRAPH_BUILD_OPTS_INIT { 0, NULL, NULL }

/* A graph being built from facts given a document at a time: it holds the edges, a bounded number of
 * evidence items each, and the events they name, never all the facts. With no limit and no period,
 * kg_graph_builder_finish makes what kg_graph_new makes of the same facts in one set; with a period,
 * what kg_graph_period makes of that; with a limit, what kg_graph_write_json writes with that limit. */
typedef struct kg_graph_builder kg_graph_builder;
/* A builder (*out, kg_graph_builder_free) whose vertices are the resolved entities (borrowed: they
 * must outlive it; their documents are the graph's). KG_EINVAL (a date of opts is not one),
 * KG_ENOMEM, with err. */
int kg_graph_builder_new(kg_graph_builder **out, const kg_facts *entities, const kg_graph_build_opts *opts,
			 kg_error *err);
/* Adds the resolved triples and events of facts (borrowed), which are one document's or several whole
 * documents'; the documents are given in the byte order of their names. KG_EINVAL (a triple lacks a
 * part), KG_ENOMEM, with err. */
int kg_graph_builder_add(kg_graph_builder *b, const kg_facts *facts, kg_error *err);
/* The graph (*out, caller frees) of what was added; b can then only be freed. KG_ENOMEM with err. */
int kg_graph_builder_finish(kg_graph **out, kg_graph_builder *b, kg_error *err);
/* The relations added (new strings pushed onto relations) in the order of their first triple by
 * (subject, predicate, object), and in *edges (new array, caller frees) the distinct edges of each,
 * periods aside. 0 or KG_ENOMEM. */
int kg_graph_builder_relations(kg_strv *relations, size_t **edges, const kg_graph_builder *b);
/* Moves the documents of facts (the entities kg_graph_builder_new was given, or any with the same
 * documents) into b, which gives the graph those its evidence and events cite: facts then has none,
 * so that a big store's documents are not held twice. Without it, the graph copies them from the
 * entities. */
void kg_graph_builder_take_docs(kg_graph_builder *b, kg_facts *facts);
/* Frees b. Accepts NULL. */
void kg_graph_builder_free(kg_graph_builder *b);

/* Reads a graph.json written by kg_graph_write_json (for kg query, kg render, kg report). */
int kg_graph_load_json(kg_graph **out, const char *path, kg_error *err);

size_t kg_graph_node_count(const kg_graph *g);
size_t kg_graph_edge_count(const kg_graph *g);

/* Analysis options. */
typedef struct kg_analysis_opts {
	unsigned long seed;        /* community detection seed (default 42) */
	size_t exact_betweenness_max_nodes; /* above this, betweenness is sampled; 0: the default of
					     * analysis.c (20,000 nodes and about a second of work) */
} kg_analysis_opts;

/* Computes degree, weighted degree, PageRank, betweenness, harmonic closeness, eigenvector
 * centrality, connected components and communities (Leiden on modularity, deterministic seed).
 * opts may be NULL. */
int kg_graph_analyze(kg_graph *g, const kg_analysis_opts *opts, kg_error *err);

/* Per-node read access (after kg_graph_analyze for the measures). Strings are borrowed. */
typedef struct kg_node_info {
	const char *id;      /* slug */
	const char *label;   /* canonical name */
	kg_etype type;
	const kg_strv *aliases;
	const kg_strv *why;  /* merge log: one line per alias saying why it was merged */
	unsigned long mentions;
	double degree, weighted_degree, pagerank, betweenness, harmonic, eigenvector;
	long component, community;
} kg_node_info;
int kg_graph_node(const kg_graph *g, size_t i, kg_node_info *out);
/* Index of the node whose label, id or alias equals name ignoring case, punctuation and diacritics
 * ("blinken" finds "Antony Blinken" through the surname when unambiguous). KG_ENOTFOUND if none. */
int kg_graph_find(const kg_graph *g, const char *name, size_t *index);
/* Same, with err (may be NULL) saying why not: "no entity named \"X\"" or "\"X\" is ambiguous: A (a),
 * B (b)" (KG_ENOTFOUND), or no name given (KG_EINVAL). */
int kg_graph_resolve(const kg_graph *g, const char *name, size_t *index, kg_error *err);
/* 1 when the measures are known (kg_graph_analyze ran, or the loaded graph.json carried them). */
int kg_graph_is_analyzed(const kg_graph *g);
/* 1 when g lacks events it names: read from a graph.json written with an evidence limit that left out
 * events of some edge (its "event_count" is more than its "events"); 0 otherwise, or for NULL. */
int kg_graph_events_cut(const kg_graph *g);

/* Checks a comma-separated list of relations (NULL, "" and "any" pass): each must be a relation of
 * the schema or a predicate of g. KG_EINVAL with err naming the first unknown one and listing the
 * valid values ("unknown relation 'met'; valid: meet, speak_with, ..."), KG_ENOMEM, or 0. */
int kg_graph_check_relations(const kg_graph *g, const char *list, kg_error *err);

/* Export selection and style. */
typedef struct kg_export_opts {
	int exclude_planned;   /* 1: leave out edges whose only evidence is planned (modality "planned") */
	const char *relation;  /* only edges of this relation (comma-separated list), NULL for all */
	size_t top;            /* keep the top N nodes by PageRank (0: all) */
	const char *layout;    /* "dot", "sfdp", "neato" (NULL: dot, sfdp above 300 nodes) */
	int responsive;        /* SVG: keep viewBox, drop width/height */
	size_t max_evidence;   /* graph.json: evidence items written per edge, 0: all. An edge with more
				* keeps its strongest (the first stated one dated by its text), its earliest
				* and its latest, then its first ones, in their order, and gives the number it
				* has in all as "evidence_count". The events list then holds the events of the
				* items written, and of the events no edge derives from (negated ones) the
				* first max_evidence in text order of each type, flags and set of participants */
} kg_export_opts;

/* Writers. Each returns 0 or a negative code with err set; names are escaped for their format so a
 * name from text can never inject markup. fp is borrowed. */
int kg_graph_write_json(const kg_graph *g, FILE *fp, kg_error *err);
/* kg_graph_write_json with the evidence limit of opts (NULL: all evidence). */
int kg_graph_write_json_opts(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err);
int kg_graph_write_dot(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err);
int kg_graph_write_svg(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err);
int kg_graph_write_graphml(const kg_graph *g, FILE *fp, kg_error *err);
/* GEXF 1.3 for Gephi, dynamic (timeformat date): each edge has the spells of its dated evidence (a
 * date's whole period: 2025-02 is 2025-02-01 to 2025-02-28; a day of an event lasting whole days, P3D or
 * P1W, runs from that day for as long), each node the union of its edges' spells;
 * undated ones have none (always there). Attributes: node type, pagerank, community; edge relation,
 * first, last, events. Symmetric relations are undirected edges. */
int kg_graph_write_gexf(const kg_graph *g, FILE *fp, kg_error *err);

/* The one table of graph writers (exporters.c), ending with a row whose name is NULL: kg build writes
 * the rows flagged KG_EXPORTER_BUILD into its output directory, kg export --format takes the rows
 * flagged KG_EXPORTER_EXPORT. A new format is a row plus its writer. */
enum {
	KG_EXPORTER_BUILD = 1,   /* written by kg build */
	KG_EXPORTER_EXPORT = 2,  /* offered by kg export --format */
	KG_EXPORTER_DRAWING = 4, /* laid out by Graphviz, so big graphs are cut to their top entities */
	KG_EXPORTER_GRAPHVIZ = 8, /* written through Graphviz's libraries, which are not thread-safe: these
				   * rows are written one after the other, on one thread */
};
typedef struct kg_exporter {
	const char *name;     /* the format's name (--format NAME) */
	const char *files[2]; /* file names in the output directory; files[1] NULL for one file */
	/* Writes g to fp[0] (and fp[1] for two files, both borrowed) with opts (NULL: every default). */
	int (*write)(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err);
	unsigned flags;       /* KG_EXPORTER_* */
	const char *help;     /* one line for --help */
} kg_exporter;
extern const kg_exporter kg_exporters[];
/* The row called name whose flags include all of flags, or NULL. */
const kg_exporter *kg_exporter_find(const char *name, unsigned flags);
/* Writes the names of the rows whose flags include flags into buf as "a|b|c" (cut to size, always
 * terminated when size > 0); returns the length the whole list needs, as snprintf does. */
size_t kg_exporter_names(char *buf, size_t size, unsigned flags);
/* Writes the files of x into dir through temporary files renamed into place; dir "-" writes a
 * one-file format to standard output. On error err says which file and why, no partial file is left
 * and a negative KG_E* is returned. */
int kg_exporter_write(const kg_exporter *x, const kg_graph *g, const kg_export_opts *opts, const char *dir,
		      kg_error *err);
/* Writes every row whose flags include flags into dir, as kg_exporter_write does, with opts, or draw
 * for the KG_EXPORTER_DRAWING rows; with jobs > 1 the Graphviz rows are written on a thread of their
 * own while the calling thread writes the others (g is only read). On error err says what the first
 * failing row (in table order) said, and its negative KG_E* is returned; the other rows are written. */
int kg_exporters_write(unsigned flags, const kg_graph *g, const kg_export_opts *opts, const kg_export_opts *draw,
		       const char *dir, size_t jobs, kg_error *err);

/* Writers for graph engines (export_engines.c): every node and edge, measures included. CSV follows
 * RFC 4180: every text field quoted, quotes doubled, control characters (line breaks among them) made
 * spaces so each record is one line, invalid UTF-8 made U+FFFD; list fields join their items with ';'
 * and a ';' inside an item becomes U+FF1B. */
/* Neo4j `neo4j-admin database import` files: nodes (id:ID,name,:LABEL,type,aliases:string[],
 * mentions:long,pagerank:double,betweenness:double,degree:double,community:int,component:int; labels
 * Entity and Person, Organization, Place, Event or Other) and relationships (:START_ID,:END_ID,:TYPE,
 * relation,weight:int,confidence:double,symmetric:boolean,title,modality,docs:string[],evidence; the
 * type is the predicate in upper case, [A-Z0-9_]); a last urls:string[] column when some document has a
 * web address. */
int kg_graph_write_neo4j(const kg_graph *g, FILE *nodes, FILE *relationships, kg_error *err);
/* Spark GraphFrames vertices (id,name,type,aliases,mentions,pagerank,betweenness,degree,community,
 * component) and edges (src,dst,relationship,weight,confidence,symmetric,title,modality,docs,evidence
 * and, when some document has a web address, urls). */
int kg_graph_write_graphframes(const kg_graph *g, FILE *vertices, FILE *edges, kg_error *err);
/* RDF N-Triples: entities <urn:kg:entity:ID> with rdf:type <urn:kg:type:TYPE>, rdfs:label, skos:altLabel
 * and <urn:kg:prop:mentions|pagerank|community>; each edge as <urn:kg:rel:PREDICATE> between them and
 * as a reified rdf:Statement (blank node) with weight, title, modality, docs, schema:url of its documents'
 * web addresses and evidence. IRIs are
 * percent-encoded, literals escaped. */
int kg_graph_write_ntriples(const kg_graph *g, FILE *fp, kg_error *err);

/* Drawing options of kg render and kg report: the export options and more. */
typedef struct kg_draw_opts {
	kg_export_opts base;   /* relation, planned, top, layout, responsive as above */
	const char *ego;       /* keep only the entities within depth relations of this name (resolved as by
				* kg_graph_resolve: KG_ENOTFOUND when it does not), NULL for all */
	size_t depth;          /* hops around ego (0: 1) */
	int hide_unlinked;     /* 1: leave out entities with no relation drawn; 0: draw them in a compact
				* grid under the graph (left out when there are more than 150) */
	FILE *notes;           /* where to say ("kg: note: ...") that a drawing too big for its layout was
				* simplified (layout switched, top entities kept); NULL: silent */
} kg_draw_opts;
/* Writes the selection of opts (may be NULL) as format "svg", "png", "pdf" (these two through
 * Graphviz's cairo plugin: KG_EDEP with err set when it is not installed) or "dot". Drawings never
 * take minutes: above the size a layout handles quickly, sfdp replaces dot and neato, and above
 * 10,000 entities only those with the highest PageRank are drawn; opts->notes says so.
 * kg_graph_write_svg and kg_graph_write_dot are this with only base set. */
int kg_graph_draw(const kg_graph *g, const kg_draw_opts *opts, const char *format, FILE *fp, kg_error *err);
/* A new graph (*out, caller frees) holding what opts selects (relation, planned, ego, top), each node
 * keeping the measures it has in g; for writing a selection as JSON or GraphML. */
int kg_graph_select(kg_graph **out, const kg_graph *g, const kg_draw_opts *opts, kg_error *err);

/* Checks a period: since and until (each NULL for no bound) must be ISO dates (YYYY-MM-DD, YYYY-MM or
 * YYYY); a partial date covers its whole period, so lo gets the first day of since's period and hi the
 * last day of until's ("" for no bound). KG_EINVAL with err (its source "--since" or "--until") naming
 * the formats when a date is bad or since comes after until. */
int kg_graph_period_check(char lo[KG_DATE_LEN], char hi[KG_DATE_LEN], const char *since, const char *until,
			  kg_error *err);
/* A new graph (*out, caller frees) of what g says about the period from since to until (see
 * kg_graph_period_check): each edge keeps the evidence whose date's period meets it (undated evidence
 * goes), an edge left with none goes, weights, first/last dates, event ids and planned marks are counted
 * again; events dated in the period stay; nodes with an edge or an event left stay; measures are computed
 * again when g had them. */
int kg_graph_period(kg_graph **out, const kg_graph *g, const char *since, const char *until, kg_error *err);

/* Options of the HTML report. */
typedef struct kg_report_opts {
	const char *title;     /* heading and <title> of the page, NULL: "Knowledge graph report" */
	const char *source;    /* where the graph came from, shown under the heading (a path), may be NULL */
	size_t top;            /* rows of the table of central entities (0: 25) */
	kg_draw_opts draw;     /* selection and layout of the drawing (responsive is forced on) */
} kg_report_opts;
/* Writes one self-contained HTML page (inline CSS, SVG and script; no external resource): the
 * drawing, the most central entities with their measures, the communities, who met or spoke with
 * whom with the evidence and its document, and the documents cited. Every text from the graph is
 * escaped. opts may be NULL. */
int kg_graph_write_report(const kg_graph *g, const kg_report_opts *opts, FILE *fp, kg_error *err);

/* Queries. */
typedef enum kg_query_kind {
	KG_QUERY_LINKED,     /* everyone linked to X by the given relations, with evidence */
	KG_QUERY_NEIGHBOURS, /* neighbours of X by any relation */
	KG_QUERY_PATH,       /* shortest path between X and Y */
	KG_QUERY_EVENTS      /* events (meetings, calls...): x took part (NULL: anyone), held in place y (NULL:
			      * anywhere), deriving relations (NULL or "any": every event); sorted by date */
} kg_query_kind;

typedef struct kg_query {
	kg_query_kind kind;
	const char *x;          /* the name asked about */
	const char *y;          /* second name, for KG_QUERY_PATH */
	const char *relations;  /* comma-separated, "meet" by default, "any" for all */
	int include_planned;    /* 1: planned edges count too */
} kg_query;

typedef enum kg_query_format { KG_QUERY_TABLE, KG_QUERY_JSONL } kg_query_format;

/* Runs q on g and prints the answer to fp. Returns 0 with *n_found results (0: nothing found),
 * KG_ENOTFOUND with err when a name does not resolve. Tables have a DATE column (an edge's first date,
 * or first..last) when some row has a date. */
int kg_graph_query(const kg_graph *g, const kg_query *q, kg_query_format fmt, FILE *fp,
		   size_t *n_found, kg_error *err);

/* Number of planned facts that q leaves out because q->include_planned is 0: the planned-only edges at
 * q->x with a relation q asks for (0 for a path, or when q->x does not resolve). *relation gets their
 * relation when they all have one, NULL otherwise. */
size_t kg_graph_query_planned_hidden(const kg_graph *g, const kg_query *q, const char **relation);

#endif
