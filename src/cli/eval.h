/* eval.h: scores a graph.json against a gold JSON Lines file with the semantics of the project's
 * reference scorer, shared/eval/score.py: the same name normalisation, matching, counts and report. */
#ifndef KG_CLI_EVAL_H
#define KG_CLI_EVAL_H

#include <stddef.h>
#include <stdio.h>

#include "../core/core.h"

/* Counts and the precision, recall and F1 made of them (0 when undefined). */
typedef struct kg_eval_prf {
	size_t tp; /* true positives */
	size_t fp; /* false positives */
	size_t fn; /* false negatives */
	double p;  /* tp / (tp + fp) */
	double r;  /* tp / (tp + fn) */
	double f1; /* harmonic mean of p and r */
} kg_eval_prf;

/* The scores of one relation of the schema. */
typedef struct kg_eval_relation {
	const char *name; /* "meet" (static) */
	kg_eval_prf prf;  /* its counts; p, r, f1 rounded to 3 decimals as score.py does */
} kg_eval_relation;

/* The most relations a report lists: the schema of score.py. */
#define KG_EVAL_MAX_RELATIONS 8

/* What kg eval reports. */
typedef struct kg_eval_result {
	kg_eval_prf entities;        /* fp counts extra nodes, duplicate nodes and nodes of a wrong type */
	kg_eval_prf relations;       /* tp: gold relations found; fp: edges that match no gold relation */
	size_t titles_right;         /* found gold relations with a title that the edge's title contains */
	size_t titles_checked;       /* found gold relations with a title */
	kg_eval_relation per_relation[KG_EVAL_MAX_RELATIONS]; /* schema relations seen, sorted by name */
	size_t n_per_relation;       /* how many of per_relation are used */
	kg_strv not_scored;          /* relations outside the schema, lower-cased, sorted ("" when empty) */
	size_t *not_scored_counts;   /* how many edges each has */
	kg_strv missed_entities;     /* required gold entities that no node reached */
	kg_strv extra_entities;      /* labels of typed nodes that match no gold entity */
	kg_strv duplicate_nodes;     /* "label = label of the first node that reached the same entity" */
	kg_strv wrong_types;         /* "label (TYPE, gold TYPE)" */
	kg_strv missed_relations;    /* "A -meet- B" (symmetric, names sorted) or "S -rel-> O" */
	kg_strv wrong_relations;     /* "label -rel-> label" of edges that count as false positives */
} kg_eval_result;

/* Reads the gold file and the graph and scores the graph. On error returns KG_EIO, KG_EPARSE
 * (err: FILE:LINE[:COLUMN] of the bad record or the JSON syntax error) or KG_ENOMEM, and *out is
 * NULL. The gold file is JSON Lines with "kind" entity, relation or anything else (ignored); the
 * graph is node-link JSON with "nodes" and "edges" (or "links"), see score.py. */
int kg_eval_score_files(kg_eval_result **out, const char *gold_path, const char *graph_path, kg_error *err);
/* Frees a result. Accepts NULL. */
void kg_eval_result_free(kg_eval_result *r);

/* Prints score.py's report: the entity line, the relation line, one line per relation, the line
 * of relations not scored, and with verbose the lists of misses and false positives. */
void kg_eval_print(const kg_eval_result *r, FILE *fp, int verbose);
/* Prints score.py's --json summary: one line of JSON. */
void kg_eval_print_json(const kg_eval_result *r, FILE *fp);

/* A new string (caller frees; NULL when out of memory): name as score.py's norm() makes it:
 * NFKD with combining marks dropped (by table, for Latin, Greek, Cyrillic and punctuation), curly
 * quotes and dashes to ASCII, lower case, a trailing "'s" and every '.' dropped, a leading "the "
 * dropped, runs of white space made one space. */
char *kg_eval_norm_new(const char *name);

#endif
