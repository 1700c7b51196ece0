/* build.c: kg_graph_builder, which makes the graph from facts given a document at a time and keeps a
 * bounded number of evidence items an edge, so that building from a big store takes memory for the
 * graph, not for the text. With no bound and no period it makes what kg_graph_new makes. */
#include "graph_priv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NO_SLOT SIZE_MAX
#define ITEM_NO_SLOT UINT32_MAX /* NO_SLOT as an item keeps it */
#define NO_EDGE UINT32_MAX /* an empty slot of the edges' and the documents' tables */

/* Why an evidence item is kept while the evidence limit holds: whatever kg_gedge_pick_evidence picks
 * over all of an edge's evidence is among the items with a role. */
enum {
	ROLE_FIRSTN = 1,  /* one of the first max_evidence items */
	ROLE_STRONG = 2,  /* the first stated item dated by its text */
	ROLE_STATED = 4,  /* the first stated item, while no strong one is known */
	ROLE_EARLY = 8,   /* the earliest dated item (kg_gedge_date_ends) */
	ROLE_LATE = 16,   /* the latest dated item */
	ROLE_NEWEST = 32  /* the last item so far */
};

/* One evidence item of an edge. */
typedef struct bev {
	kg_gevidence ge; /* the item, owned */
	unsigned roles;  /* ROLE_* bits; 0 with no limit */
	uint32_t slot;   /* the event slot of ge.event, ITEM_NO_SLOT when none is held */
} bev;

/* A vertex to be. */
typedef struct brec {
	char *name;            /* owned */
	kg_etype type;         /* the entity's type, else the first triple's */
	const kg_entity *ent;  /* borrowed from the entities, NULL when only seen in triples */
	int used;              /* with a period: it has an edge or an event in the period */
} brec;

/* Where an attribute of an edge came from: the evidence of its triple. */
typedef struct battr_at {
	uint32_t doc;      /* index of the document's name in the builder's docs */
	int32_t sentence;  /* sentence (-1: unknown) */
	uint64_t start;    /* byte offset */
} battr_at;

/* An edge being built: what kg_graph_new makes of its triples, a document at a time. Fields are
 * packed: a big graph holds hundreds of thousands. */
typedef struct bedge {
	uint32_t src, dst;     /* brec indices: the first triple's subject and object */
	uint32_t relation;     /* index in the builder's relations */
	unsigned symmetric:1;  /* the relation is symmetric */
	unsigned seen:1;       /* a triple has given its confidence */
	unsigned all_planned:1; /* every counted item is planned */
	unsigned strong:1;     /* a strong item is known */
	unsigned stated:1;     /* a stated item is known */
	uint32_t n_ev;         /* evidence kept */
	uint32_t cap_ev;       /* allocated */
	double confidence;     /* the highest confidence of its triples */
	kg_strv extractors;    /* extractors of its triples, sorted: an array and strings of the pool that
				* every edge with the same ones shares (exset_add) */
	char *attrs[3];        /* title, location and date of the first triple (in evidence order) with each */
	battr_at attr_at[3];   /* where each came from */
	bev *ev;               /* the evidence kept, in the order it came */
	size_t n_all;          /* the evidence counted in all */
	char *first;           /* the earliest item's date (as kg_gedge_date_ends has it), owned */
	char *last;            /* the latest item's date, owned */
	kg_strv events;        /* the distinct event ids named (shared texts it holds), while the limit has
				* not cut the edge */
	size_t n_events;       /* distinct event ids named in all */
} bedge;

/* An event held while an evidence item kept, or nothing, names it. */
typedef struct bslot {
	kg_event ev;   /* owned; ev.id NULL when the slot is free */
	uint32_t refs; /* evidence items kept that name it */
	int named;     /* 1 when a counted fact names it (then it stays only while refs > 0) */
} bslot;

/* A relation seen, for the counts of distinct edges. */
typedef struct brel {
	char *name;     /* predicate, owned */
	size_t edges;   /* distinct edges */
	char *min_s;    /* subject and object of its first triple in (subject, predicate, object) order */
	char *min_o;
} brel;

struct kg_graph_builder {
	const kg_facts *ents;    /* borrowed: the resolved entities and the documents */
	size_t max_ev;           /* evidence items an edge keeps, 0: all */
	int period;              /* 1 when lo or hi is set */
	char lo[KG_DATE_LEN];    /* the period's first day, "" for none */
	char hi[KG_DATE_LEN];    /* its last day, "" for none */
	brec *recs;              /* vertices to be */
	size_t n_recs, cap_recs;
	kg_map *rec_by_name;     /* name -> recs index */
	bedge *edges;            /* edges to be */
	size_t n_edges, cap_edges;
	uint32_t *edge_slots;    /* the edges by (lo, hi, relation) (edge_key): open addressing, each slot an
				  * edges index or NO_EDGE, at most half full */
	size_t cap_edge_slots;   /* slots, a power of 2 (0 before the first edge) */
	brel *rels;              /* relations in order of first sight */
	size_t n_rels, cap_rels;
	kg_map *rel_by_name;     /* predicate -> rels index */
	char **docs;             /* the names of the documents attributes come from (the pool's) */
	size_t n_docs, cap_docs;
	uint32_t *doc_slots;     /* docs by name: open addressing on the pool's pointer (one a name), each
				  * slot an index in docs or NO_EDGE, at most half full */
	size_t cap_doc_slots;    /* slots, a power of 2 (0 before the first) */
	bslot *slots;            /* events held */
	size_t n_slots, cap_slots;
	size_t *free_slots;      /* slots to reuse */
	size_t n_free, cap_free;
	size_t *sweep;           /* slots whose refs fell to 0, looked at after the document */
	size_t n_sweep, cap_sweep;
	size_t *held;            /* the slots the facts being added hold */
	size_t n_held, cap_held;
	kg_map *unnamed;         /* group of an event no fact names -> how many came (kg_event_bound_unnamed) */
	kg_map *exsets;          /* the extractor sets of edges: their sorted names, each ended by '\0' -> the
				  * set's array (in the pool), as a uintptr_t */
	kg_map *texts;           /* while a document is added: each evidence text given out -> its index in
				  * doc_texts */
	char **doc_texts;        /* the shared copies (kg_stext_new) of those texts, one holder each until
				  * the document is added, so that a sentence is held once whatever cites it */
	size_t n_doc_texts, cap_doc_texts;
	kg_spool *pool;          /* the strings the edges, items and events repeat (kg_graph.pool), the
				  * graph's once finished */
	kg_docref *own_docs;     /* the documents taken by kg_graph_builder_take_docs (owned), NULL: the
				  * entities' are read */
	size_t n_own_docs;       /* how many */
	kg_map *own_doc_names;   /* their names -> index in own_docs (owned) */
};

/* Grows *v (of *cap items of size sz) to hold n + 1 items. 0 or KG_ENOMEM. */
static int grow(void **v, size_t *cap, size_t n, size_t sz)
{
	void *p;
	size_t c;

	if (n < *cap)
		return KG_OK;
	c = *cap ? *cap * 2 : 16;
	if (!(p = realloc(*v, c * sz)))
		return KG_ENOMEM;
	*v = p;
	*cap = c;
	return KG_OK;
}

/* 1 when date is in the builder's period, or there is none. */
static int in_period(const kg_graph_builder *b, const char *date)
{
	return !b->period || kg_graph_date_in(date, b->lo, b->hi);
}

/* The record of name, added with type when new; an unknown type takes type. */
static int rec_of(kg_graph_builder *b, size_t *out, const char *name, kg_etype type, const kg_entity *ent)
{
	if (kg_map_get(b->rec_by_name, name, out)) {
		if (b->recs[*out].type == KG_TYPE_UNKNOWN)
			b->recs[*out].type = type;
		if (!b->recs[*out].ent)
			b->recs[*out].ent = ent;
		return KG_OK;
	}
	if (grow((void **)&b->recs, &b->cap_recs, b->n_recs, sizeof(*b->recs)) < 0)
		return KG_ENOMEM;
	memset(&b->recs[b->n_recs], 0, sizeof(*b->recs));
	if (!(b->recs[b->n_recs].name = kg_strdup(name)) || kg_map_put(b->rec_by_name, name, b->n_recs) < 0) {
		free(b->recs[b->n_recs].name);
		return KG_ENOMEM;
	}
	b->recs[b->n_recs].type = type;
	b->recs[b->n_recs].ent = ent;
	*out = b->n_recs++;
	return KG_OK;
}

/* Empties a list of shared texts (kg_stext_new): each is released, the array freed. */
static void held_clear(kg_strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		kg_stext_release(v->v[i]);
	free(v->v);
	kg_map_free(v->index);
	memset(v, 0, sizeof(*v));
}

/* Adds s, a shared text, to v (a list of them) with one holder more unless an equal string is there.
 * 0 or KG_ENOMEM. */
static int held_push_unique(kg_strv *v, char *s)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->v[i] == s || strcmp(v->v[i], s) == 0)
			return KG_OK;
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 4;
		char **a = realloc(v->v, cap * sizeof(*a));

		if (!a)
			return KG_ENOMEM;
		v->v = a;
		v->cap = cap;
	}
	v->v[v->n++] = kg_stext_ref(s);
	return KG_OK;
}

/* Frees what edge e holds (its extractors list is the pool's). */
static void clear_edge(bedge *e)
{
	for (size_t k = 0; k < e->n_ev; k++)
		kg_gevidence_clear_pooled(&e->ev[k].ge);
	free(e->ev);
	held_clear(&e->events);
	memset(e, 0, sizeof(*e));
}

/* Frees the edges being built and their index. */
static void clear_edges(kg_graph_builder *b)
{
	for (size_t i = 0; i < b->n_edges; i++)
		clear_edge(&b->edges[i]);
	free(b->edges);
	b->edges = NULL;
	b->n_edges = b->cap_edges = 0;
	free(b->edge_slots);
	b->edge_slots = NULL;
	b->cap_edge_slots = 0;
}

void kg_graph_builder_free(kg_graph_builder *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n_recs; i++)
		free(b->recs[i].name);
	clear_edges(b);
	for (size_t i = 0; i < b->n_rels; i++) {
		free(b->rels[i].name);
		free(b->rels[i].min_s);
		free(b->rels[i].min_o);
	}
	for (size_t i = 0; i < b->n_slots; i++)
		kg_event_clear_pooled(&b->slots[i].ev);
	free(b->recs);
	free(b->rels);
	free(b->slots);
	free(b->free_slots);
	free(b->sweep);
	free(b->held);
	kg_map_free(b->unnamed);
	for (size_t i = 0; i < b->n_doc_texts; i++)
		kg_stext_release(b->doc_texts[i]);
	free(b->doc_texts);
	kg_map_free(b->texts);
	kg_map_free(b->exsets);
	kg_map_free(b->rec_by_name);
	kg_map_free(b->rel_by_name);
	free(b->docs);
	free(b->doc_slots);
	kg_spool_free(b->pool);
	for (size_t i = 0; i < b->n_own_docs; i++)
		kg_docref_clear(&b->own_docs[i]);
	free(b->own_docs);
	kg_map_free(b->own_doc_names);
	free(b);
}

void kg_graph_builder_take_docs(kg_graph_builder *b, kg_facts *facts)
{
	for (size_t i = 0; i < b->n_own_docs; i++)
		kg_docref_clear(&b->own_docs[i]);
	free(b->own_docs);
	kg_map_free(b->own_doc_names);
	b->own_docs = facts->docs;
	b->n_own_docs = facts->n_docs;
	b->own_doc_names = facts->doc_names;
	facts->docs = NULL;
	facts->n_docs = facts->cap_docs = 0;
	facts->doc_names = NULL;
}

int kg_graph_builder_new(kg_graph_builder **out, const kg_facts *entities, const kg_graph_build_opts *opts,
			 kg_error *err)
{
	kg_graph_builder *b;
	int rc;

	*out = NULL;
	if (!entities) {
		kg_error_set(err, "graph", 0, 0, "no entities to build a graph from");
		return KG_EINVAL;
	}
	if (!(b = calloc(1, sizeof(*b))))
		goto nomem;
	b->ents = entities;
	if (opts) {
		b->max_ev = opts->max_evidence;
		if ((rc = kg_graph_period_check(b->lo, b->hi, opts->since, opts->until, err)) < 0) {
			kg_graph_builder_free(b);
			return rc;
		}
		b->period = b->lo[0] || b->hi[0];
	}
	if (kg_map_new(&b->rec_by_name) < 0 || kg_map_new(&b->rel_by_name) < 0 || kg_map_new(&b->exsets) < 0 ||
	    kg_map_new(&b->unnamed) < 0 || kg_spool_new(&b->pool) < 0)
		goto nomem;
	for (size_t i = 0; i < entities->n_entities; i++) {
		const kg_entity *ent = &entities->entities[i];
		size_t r;

		if (ent->name && ent->name[0] && rec_of(b, &r, ent->name, ent->type, ent) < 0)
			goto nomem;
	}
	*out = b;
	return KG_OK;
nomem:
	kg_graph_builder_free(b);
	kg_error_set(err, "graph", 0, 0, "out of memory");
	return KG_ENOMEM;
}

/* The relation named name, added when new. */
static int rel_of(kg_graph_builder *b, size_t *out, const char *name)
{
	if (kg_map_get(b->rel_by_name, name, out))
		return KG_OK;
	if (grow((void **)&b->rels, &b->cap_rels, b->n_rels, sizeof(*b->rels)) < 0)
		return KG_ENOMEM;
	memset(&b->rels[b->n_rels], 0, sizeof(*b->rels));
	if (!(b->rels[b->n_rels].name = kg_strdup(name)) || kg_map_put(b->rel_by_name, name, b->n_rels) < 0) {
		free(b->rels[b->n_rels].name);
		return KG_ENOMEM;
	}
	*out = b->n_rels++;
	return KG_OK;
}

/* Keeps in rel the smallest (subject, object) of its triples. */
static int rel_saw(brel *rel, const char *s, const char *o)
{
	int c = rel->min_s ? strcmp(s, rel->min_s) : -1;
	char *ns, *no;

	if (c > 0 || (c == 0 && strcmp(o, rel->min_o) >= 0))
		return KG_OK;
	if (!(ns = kg_strdup(s)) || !(no = kg_strdup(o))) {
		free(ns);
		return KG_ENOMEM;
	}
	free(rel->min_s);
	free(rel->min_o);
	rel->min_s = ns;
	rel->min_o = no;
	return KG_OK;
}

/* The ends of edge e as its key has them: a symmetric edge's in index order. */
static void edge_ends(const bedge *e, uint32_t *lo, uint32_t *hi)
{
	int swap = e->symmetric && e->dst < e->src;

	*lo = swap ? e->dst : e->src;
	*hi = swap ? e->src : e->dst;
}

/* The first slot of the edges' table to look at for key (lo, hi, relation) (a 64-bit mix of the three). */
static size_t edge_hash(const kg_graph_builder *b, uint32_t lo, uint32_t hi, uint32_t relation)
{
	uint64_t h = ((uint64_t)lo << 32 | hi) ^ ((uint64_t)relation * 0x9E3779B97F4A7C15ULL);

	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 33;
	return (size_t)h & (b->cap_edge_slots - 1);
}

/* The slot of key (lo, hi, relation) in the edges' table: the one holding its edge, else the empty one
 * where it goes. */
static size_t edge_slot(const kg_graph_builder *b, uint32_t lo, uint32_t hi, uint32_t relation)
{
	size_t i = edge_hash(b, lo, hi, relation);

	for (;; i = (i + 1) & (b->cap_edge_slots - 1)) {
		const bedge *e;
		uint32_t elo, ehi;

		if (b->edge_slots[i] == NO_EDGE)
			return i;
		e = &b->edges[b->edge_slots[i]];
		edge_ends(e, &elo, &ehi);
		if (elo == lo && ehi == hi && e->relation == relation)
			return i;
	}
}

/* Doubles the edges' table (16 slots the first time). 0 or KG_ENOMEM. */
static int edge_table_grow(kg_graph_builder *b)
{
	size_t cap = b->cap_edge_slots ? b->cap_edge_slots * 2 : 16;
	uint32_t *old = b->edge_slots, *slots = malloc(cap * sizeof(*slots));

	if (!slots || cap > (size_t)NO_EDGE) {
		free(slots);
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < cap; i++)
		slots[i] = NO_EDGE;
	b->edge_slots = slots;
	b->cap_edge_slots = cap;
	for (size_t k = 0; k < b->n_edges; k++) {
		uint32_t lo, hi;

		edge_ends(&b->edges[k], &lo, &hi);
		b->edge_slots[edge_slot(b, lo, hi, b->edges[k].relation)] = (uint32_t)k;
	}
	free(old);
	return KG_OK;
}

/* The edge of triple t, made when new. */
static int edge_of(kg_graph_builder *b, size_t *out, const kg_triple *t)
{
	const kg_relation_info *ri = kg_relation_lookup(t->predicate);
	int sym = ri && ri->symmetric;
	size_t s, o, rel, slot;
	bedge *e;

	if (rec_of(b, &s, t->subject, t->subject_type, NULL) < 0 || rec_of(b, &o, t->object, t->object_type, NULL) < 0 ||
	    rel_of(b, &rel, t->predicate) < 0 || rel_saw(&b->rels[rel], t->subject, t->object) < 0)
		return KG_ENOMEM;
	if (s >= NO_EDGE || o >= NO_EDGE || rel >= NO_EDGE || b->n_edges >= NO_EDGE)
		return KG_ENOMEM;
	if ((b->n_edges + 1) * 2 > b->cap_edge_slots && edge_table_grow(b) < 0)
		return KG_ENOMEM;
	slot = edge_slot(b, (uint32_t)(sym && o < s ? o : s), (uint32_t)(sym && o < s ? s : o), (uint32_t)rel);
	if (b->edge_slots[slot] != NO_EDGE) {
		*out = b->edge_slots[slot];
		return KG_OK;
	}
	if (grow((void **)&b->edges, &b->cap_edges, b->n_edges, sizeof(*b->edges)) < 0)
		return KG_ENOMEM;
	e = &b->edges[b->n_edges];
	memset(e, 0, sizeof(*e));
	e->src = (uint32_t)s;
	e->dst = (uint32_t)o;
	e->relation = (uint32_t)rel;
	e->symmetric = sym;
	e->all_planned = 1;
	b->rels[rel].edges++;
	b->edge_slots[slot] = (uint32_t)b->n_edges;
	*out = b->n_edges++;
	return KG_OK;
}

/* Lets go of one reference to slot; a named slot left with none is looked at after the document. */
static int slot_unref(kg_graph_builder *b, size_t slot)
{
	if (slot == NO_SLOT || --b->slots[slot].refs > 0 || !b->slots[slot].named)
		return KG_OK;
	if (grow((void **)&b->sweep, &b->cap_sweep, b->n_sweep, sizeof(*b->sweep)) < 0)
		return KG_ENOMEM;
	b->sweep[b->n_sweep++] = slot;
	return KG_OK;
}

/* The event slot of item v, NO_SLOT when none. */
static size_t item_slot(const bev *v)
{
	return v->slot == ITEM_NO_SLOT ? NO_SLOT : v->slot;
}

/* Frees the slots swept that are named and referenced by no item kept. */
static int sweep_slots(kg_graph_builder *b)
{
	for (size_t i = 0; i < b->n_sweep; i++) {
		bslot *sl = &b->slots[b->sweep[i]];

		if (!sl->ev.id || sl->refs || !sl->named)
			continue;
		kg_event_clear_pooled(&sl->ev);
		memset(sl, 0, sizeof(*sl));
		if (grow((void **)&b->free_slots, &b->cap_free, b->n_free, sizeof(*b->free_slots)) < 0)
			return KG_ENOMEM;
		b->free_slots[b->n_free++] = b->sweep[i];
	}
	b->n_sweep = 0;
	return KG_OK;
}

/* Drops e's items that no role keeps any more. */
static int drop_roleless(kg_graph_builder *b, bedge *e)
{
	size_t n = 0;

	for (size_t k = 0; k < e->n_ev; k++) {
		if (e->ev[k].roles) {
			e->ev[n++] = e->ev[k];
			continue;
		}
		if (slot_unref(b, item_slot(&e->ev[k])) < 0)
			return KG_ENOMEM;
		kg_gevidence_clear_pooled(&e->ev[k].ge);
	}
	e->n_ev = n;
	return KG_OK;
}

/* Moves role from whichever item of e holds it to item k. */
static void move_role(bedge *e, unsigned role, size_t k)
{
	for (size_t i = 0; i < e->n_ev; i++)
		e->ev[i].roles &= ~role;
	e->ev[k].roles |= role;
}

/* Counts item it (taken over: its strings are e's or freed) as e's next evidence and keeps it when a
 * role needs it, or always with no limit; slot is its event's slot. */
static int push_item(kg_graph_builder *b, bedge *e, kg_gevidence *it, size_t slot)
{
	char a[KG_DATE_LEN], z[KG_DATE_LEN];
	char lo[KG_DATE_LEN], hi[KG_DATE_LEN];
	int dated = it->date && kg_date_period(a, z, it->date) == 0;
	int early = 0, late = 0;
	size_t k;
	bev *v;

	e->all_planned &= it->planned;
	if (dated) {
		/* the periods of the dates held, as kg_gedge_date_ends compares them */
		if (e->first)
			kg_date_period(lo, hi, e->first);
		early = !e->first || strcmp(a, lo) < 0 || (strcmp(a, lo) == 0 && strlen(it->date) > strlen(e->first));
		if (e->last)
			kg_date_period(lo, hi, e->last);
		late = !e->last || strcmp(z, hi) > 0 || (strcmp(z, hi) == 0 && strlen(it->date) > strlen(e->last));
		/* the item's date is the pool's */
		if (early)
			e->first = it->date;
		if (late)
			e->last = it->date;
	}
	/* most edges have one or two sentences, and with a limit few keep more than 8: room for one, then
	 * 2, 4, 6, 8, and twice as much from there */
	if (e->n_ev == e->cap_ev) {
		uint32_t cap = e->cap_ev >= 8 ? e->cap_ev * 2 : e->cap_ev >= 2 ? e->cap_ev + 2 : e->cap_ev + 1;
		bev *ev = cap > e->cap_ev ? realloc(e->ev, cap * sizeof(*ev)) : NULL;

		if (!ev)
			goto nomem;
		e->ev = ev;
		e->cap_ev = cap;
	}
	k = e->n_ev++;
	v = &e->ev[k];
	v->ge = *it;
	memset(it, 0, sizeof(*it));
	v->roles = 0;
	v->slot = slot == NO_SLOT ? ITEM_NO_SLOT : (uint32_t)slot;
	if (slot != NO_SLOT)
		b->slots[slot].refs++;
	e->n_all++;
	if (!b->max_ev)
		return KG_OK;
	if (e->n_all <= b->max_ev)
		v->roles |= ROLE_FIRSTN;
	if (!v->ge.planned && !e->strong && v->ge.date && v->ge.date_source == KG_DATE_TEXT) {
		e->strong = 1;
		move_role(e, ROLE_STRONG, k);
		for (size_t i = 0; i < e->n_ev; i++)
			e->ev[i].roles &= ~ROLE_STATED;
	}
	if (!v->ge.planned && !e->stated) {
		e->stated = 1;
		if (!e->strong)
			v->roles |= ROLE_STATED;
	}
	if (early)
		move_role(e, ROLE_EARLY, k);
	if (late)
		move_role(e, ROLE_LATE, k);
	move_role(e, ROLE_NEWEST, k);
	return drop_roleless(b, e);
nomem:
	kg_gevidence_clear_pooled(it);
	return KG_ENOMEM;
}

static char *doc_text(kg_graph_builder *b, const char *s);

/* Counts event id as named by e (the distinct ones of one document's run go in run). */
static int name_event(kg_graph_builder *b, bedge *e, kg_strv *run, const char *id)
{
	char *shared;
	int rc;

	if (!id || !id[0] || kg_strv_contains(run, id))
		return KG_OK;
	if (kg_strv_push(run, id) < 0)
		return KG_ENOMEM;
	e->n_events++;
	if (b->max_ev && e->n_all > b->max_ev)
		return KG_OK;
	if (!(shared = doc_text(b, id)))
		return KG_ENOMEM;
	rc = held_push_unique(&e->events, shared);
	kg_stext_release(shared);
	return rc;
}

/* Gives item ge the event id (the document's shared copy) unless it has one. 0 or KG_ENOMEM. */
static int take_event(kg_graph_builder *b, kg_gevidence *ge, const char *id)
{
	if (ge->event || !id || !id[0])
		return KG_OK;
	return (ge->event = doc_text(b, id)) ? KG_OK : KG_ENOMEM;
}

/* The slot of event id of this document (doc maps ids to slots), NO_SLOT when none is held. */
static size_t slot_of(const kg_map *doc, const char *id)
{
	size_t slot;

	return id && doc && kg_map_get(doc, id, &slot) ? slot : NO_SLOT;
}

/* Counts the finished item it of e: in the period, with its event named. */
static int finish_item(kg_graph_builder *b, bedge *e, kg_gevidence *it, const kg_map *doc, kg_strv *run)
{
	size_t slot;

	if (!in_period(b, it->date)) {
		kg_gevidence_clear_pooled(it);
		return KG_OK;
	}
	slot = slot_of(doc, it->event);
	if (b->period) {
		if (slot != NO_SLOT)
			b->slots[slot].named = 1;
		if (name_event(b, e, run, it->event) < 0) {
			kg_gevidence_clear_pooled(it);
			return KG_ENOMEM;
		}
	}
	if (push_item(b, e, it, slot) < 0)
		return KG_ENOMEM;
	/* past the limit the edge keeps no list of its events, only their count */
	if (b->max_ev && e->n_all > b->max_ev && e->events.n)
		held_clear(&e->events);
	return KG_OK;
}

/* The slot of the pool's string name in the documents' table: the one holding it, else the empty one
 * where it goes. */
static size_t doc_slot(const kg_graph_builder *b, const char *name)
{
	uint64_t h = (uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15ULL;
	size_t i = (size_t)(h ^ h >> 29) & (b->cap_doc_slots - 1);

	while (b->doc_slots[i] != NO_EDGE && b->docs[b->doc_slots[i]] != name)
		i = (i + 1) & (b->cap_doc_slots - 1);
	return i;
}

/* The index of document name doc in b->docs (added when new). 0 or KG_ENOMEM. */
static int doc_name(kg_graph_builder *b, size_t *at, const char *doc)
{
	char *name = kg_spool_intern(b->pool, doc);
	size_t slot;

	if (!name || b->n_docs >= NO_EDGE)
		return KG_ENOMEM;
	if ((b->n_docs + 1) * 2 > b->cap_doc_slots) {
		size_t cap = b->cap_doc_slots ? b->cap_doc_slots * 2 : 16;
		uint32_t *slots = malloc(cap * sizeof(*slots));

		if (!slots)
			return KG_ENOMEM;
		free(b->doc_slots);
		b->doc_slots = slots;
		b->cap_doc_slots = cap;
		for (size_t i = 0; i < cap; i++)
			slots[i] = NO_EDGE;
		for (size_t k = 0; k < b->n_docs; k++)
			b->doc_slots[doc_slot(b, b->docs[k])] = (uint32_t)k;
	}
	slot = doc_slot(b, name);
	if (b->doc_slots[slot] != NO_EDGE) {
		*at = b->doc_slots[slot];
		return KG_OK;
	}
	if (grow((void **)&b->docs, &b->cap_docs, b->n_docs, sizeof(*b->docs)) < 0)
		return KG_ENOMEM;
	b->docs[b->n_docs] = name;
	b->doc_slots[slot] = (uint32_t)b->n_docs;
	*at = b->n_docs++;
	return KG_OK;
}

/* Gives e's attribute *dst (number which) the value of a triple with evidence ev unless it has one from
 * a triple earlier in evidence order: the first triple that has one, as kg_graph_new takes them. */
static int take_attr(kg_graph_builder *b, bedge *e, int which, const char *value, const kg_evidence *ev)
{
	const char *doc = ev->doc ? ev->doc : "";
	size_t at;
	char *copy;
	int c;

	if (!value || !*value)
		return KG_OK;
	if (e->attrs[which]) {
		/* only facts of one document read from several inputs come out of order */
		c = strcmp(doc, b->docs[e->attr_at[which].doc]);
		if (c > 0 || (c == 0 && (ev->sentence > e->attr_at[which].sentence ||
					 (ev->sentence == e->attr_at[which].sentence && ev->start >= e->attr_at[which].start))))
			return KG_OK;
	}
	if (!(copy = kg_spool_intern(b->pool, value)) || doc_name(b, &at, doc) < 0)
		return KG_ENOMEM;
	e->attrs[which] = copy;
	e->attr_at[which].doc = (uint32_t)at;
	e->attr_at[which].sentence = (int32_t)ev->sentence;
	e->attr_at[which].start = ev->start;
	return KG_OK;
}

static int cmp_name(const void *pa, const void *pb)
{
	return strcmp(*(char *const *)pa, *(char *const *)pb);
}

/* Adds extractor name to the extractors x of an edge unless it is there: x becomes the set with it, one
 * sorted array of the pool's strings for every edge that has the same set. 0 or KG_ENOMEM. */
static int exset_add(kg_graph_builder *b, kg_strv *x, const char *name)
{
	char **names, *key, *at;
	size_t n = x->n + 1, len = 0, found;
	int rc = KG_ENOMEM;

	for (size_t i = 0; i < x->n; i++)
		if (strcmp(x->v[i], name) == 0)
			return KG_OK;
	if (!(names = malloc(n * sizeof(*names))))
		return KG_ENOMEM;
	if (x->n)
		memcpy(names, x->v, x->n * sizeof(*names));
	if (!(names[x->n] = kg_spool_intern(b->pool, name)))
		goto done;
	qsort(names, n, sizeof(*names), cmp_name);
	for (size_t i = 0; i < n; i++)
		len += strlen(names[i]) + 1;
	if (!(key = at = malloc(len)))
		goto done;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(names[i]) + 1;

		memcpy(at, names[i], l);
		at += l;
	}
	if (kg_map_getn(b->exsets, key, len, &found)) {
		x->v = (char **)(uintptr_t)found;
	} else {
		char **set = kg_spool_alloc(b->pool, n * sizeof(*set));

		if (!set || kg_map_putn(b->exsets, key, len, (size_t)(uintptr_t)set) < 0) {
			free(key);
			goto done;
		}
		memcpy(set, names, n * sizeof(*set));
		x->v = set;
	}
	free(key);
	x->n = x->cap = n;
	rc = KG_OK;
done:
	free(names);
	return rc;
}

/* The shared copy of evidence text s (NULL: "") of the document being added, with one holder more for
 * the caller: one copy per sentence, whichever items and events of the document cite it. NULL when out
 * of memory. */
static char *doc_text(kg_graph_builder *b, const char *s)
{
	size_t at;
	char *t;

	if (!s)
		s = "";
	if (kg_map_get(b->texts, s, &at))
		return kg_stext_ref(b->doc_texts[at]);
	if (grow((void **)&b->doc_texts, &b->cap_doc_texts, b->n_doc_texts, sizeof(*b->doc_texts)) < 0 ||
	    !(t = kg_stext_new(s)))
		return NULL;
	if (kg_map_put(b->texts, s, b->n_doc_texts) < 0) {
		kg_stext_release(t);
		return NULL;
	}
	b->doc_texts[b->n_doc_texts++] = t;
	return kg_stext_ref(t);
}

/* Adds the triples tri[0..n) of facts, which are one edge's, sorted by evidence, to edge e. */
static int add_run(kg_graph_builder *b, bedge *e, const kg_facts *facts, const size_t *tri, size_t n, const kg_map *doc)
{
	kg_gevidence it = { 0 };
	kg_strv run = { 0 };
	int rc = KG_OK, have = 0;

	for (size_t k = 0; k < n && rc == KG_OK; k++) {
		const kg_triple *t = &facts->triples[tri[k]];
		int planned = kg_modality_planned(t->attrs.modality);
		size_t slot;

		if (!e->seen || t->confidence > e->confidence)
			e->confidence = t->confidence;
		e->seen = 1;
		if ((t->extractor && *t->extractor && exset_add(b, &e->extractors, t->extractor) < 0) ||
		    take_attr(b, e, 0, t->attrs.title, &t->evidence) < 0 ||
		    take_attr(b, e, 1, t->attrs.location, &t->evidence) < 0 ||
		    take_attr(b, e, 2, t->attrs.date, &t->evidence) < 0) {
			rc = KG_ENOMEM;
			break;
		}
		if (!b->period && t->attrs.event && t->attrs.event[0]) {
			if ((slot = slot_of(doc, t->attrs.event)) != NO_SLOT)
				b->slots[slot].named = 1;
			if ((rc = name_event(b, e, &run, t->attrs.event)) < 0)
				break;
		}
		if (have && strcmp(it.ev.doc, t->evidence.doc ? t->evidence.doc : "") == 0 &&
		    it.ev.sentence == t->evidence.sentence && it.ev.start == t->evidence.start) {
			it.planned &= planned; /* one asserting reading of a sentence is enough */
			if ((rc = kg_gevidence_take_date(&it, t, b->pool)) == KG_OK)
				rc = take_event(b, &it, t->attrs.event);
			continue;
		}
		if (have && (rc = finish_item(b, e, &it, doc, &run)) < 0)
			break;
		memset(&it, 0, sizeof(it));
		have = 1;
		it.ev.doc = kg_spool_intern(b->pool, t->evidence.doc ? t->evidence.doc : "");
		it.ev.text = doc_text(b, t->evidence.text);
		if (!it.ev.doc || !it.ev.text || kg_gevidence_take_date(&it, t, b->pool) < 0 ||
		    take_event(b, &it, t->attrs.event) < 0) {
			rc = KG_ENOMEM;
			break;
		}
		it.ev.sentence = t->evidence.sentence;
		it.ev.start = t->evidence.start;
		it.ev.end = t->evidence.end;
		it.planned = planned;
	}
	if (rc == KG_OK && have)
		rc = finish_item(b, e, &it, doc, &run);
	else
		kg_gevidence_clear_pooled(&it);
	kg_strv_clear(&run);
	return rc;
}

/* A triple index with its edge, for grouping one document's triples by edge. */
typedef struct tri_at {
	size_t edge;             /* its edge */
	size_t index;            /* its index in the facts */
	const kg_evidence *ev;   /* its evidence (borrowed) */
} tri_at;

static int cmp_tri_at(const void *pa, const void *pb)
{
	const tri_at *a = pa, *b = pb;
	int c;

	if (a->edge != b->edge)
		return a->edge < b->edge ? -1 : 1;
	if ((c = strcmp(a->ev->doc ? a->ev->doc : "", b->ev->doc ? b->ev->doc : "")))
		return c;
	if (a->ev->sentence != b->ev->sentence)
		return a->ev->sentence < b->ev->sentence ? -1 : 1;
	if (a->ev->start != b->ev->start)
		return a->ev->start < b->ev->start ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Copies event src into dst (overwritten) as a slot holds it: its repeated strings (trigger, place,
 * date, document, extractor, participants' names) the pool's, its id and its sentence the document's
 * shared texts (an id goes with its last holder: the pool keeps its strings to the end), the others
 * new. 0, or KG_ENOMEM with dst empty. */
static int hold_copy(kg_graph_builder *b, kg_event *dst, const kg_event *src)
{
	int bad = 0;

	*dst = *src;
	dst->participants = NULL;
	dst->n_participants = dst->cap_participants = 0;
	dst->id = dst->duration = dst->evidence.text = NULL;
	bad |= src->id && !(dst->id = doc_text(b, src->id));
	bad |= src->duration && !(dst->duration = kg_strdup(src->duration));
	bad |= src->evidence.text && !(dst->evidence.text = doc_text(b, src->evidence.text));
	bad |= src->trigger && !(dst->trigger = kg_spool_intern(b->pool, src->trigger));
	bad |= src->place && !(dst->place = kg_spool_intern(b->pool, src->place));
	bad |= src->date && !(dst->date = kg_spool_intern(b->pool, src->date));
	bad |= src->evidence.doc && !(dst->evidence.doc = kg_spool_intern(b->pool, src->evidence.doc));
	bad |= src->extractor && !(dst->extractor = kg_spool_intern(b->pool, src->extractor));
	if (!bad && src->n_participants &&
	    !(dst->participants = malloc(src->n_participants * sizeof(*dst->participants))))
		bad = 1;
	/* as kg_event_add_participant adds them: a name already there keeps its place, a known role or
	 * type beats an unknown one */
	for (size_t i = 0; !bad && i < src->n_participants; i++) {
		const kg_participant *p = &src->participants[i];
		kg_participant *q = NULL;

		if (!p->name || !p->name[0]) {
			bad = 1;
			break;
		}
		for (size_t k = 0; k < dst->n_participants && !q; k++)
			if (strcmp(dst->participants[k].name, p->name) == 0)
				q = &dst->participants[k];
		if (q) {
			if (q->role == KG_ROLE_PARTICIPANT)
				q->role = p->role;
			if (q->type == KG_TYPE_UNKNOWN)
				q->type = p->type;
			continue;
		}
		q = &dst->participants[dst->n_participants++];
		if (!(q->name = kg_spool_intern(b->pool, p->name)))
			bad = 1;
		q->type = p->type;
		q->role = p->role;
		q->side = p->side;
	}
	dst->cap_participants = dst->n_participants;
	if (bad) {
		kg_event_clear_pooled(dst);
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Holds the events of facts that are in the period, each in a slot that doc maps its id to. */
static int hold_events(kg_graph_builder *b, kg_map *doc, const kg_facts *facts)
{
	for (size_t i = 0; i < facts->n_events; i++) {
		const kg_event *src = &facts->events[i];
		size_t slot;

		if (!src->id || !in_period(b, src->date))
			continue;
		if (b->n_free) {
			slot = b->free_slots[--b->n_free];
		} else {
			if (b->n_slots >= ITEM_NO_SLOT ||
			    grow((void **)&b->slots, &b->cap_slots, b->n_slots, sizeof(*b->slots)) < 0)
				return KG_ENOMEM;
			slot = b->n_slots++;
		}
		memset(&b->slots[slot], 0, sizeof(b->slots[slot]));
		if (hold_copy(b, &b->slots[slot].ev, src) < 0) {
			memset(&b->slots[slot].ev, 0, sizeof(b->slots[slot].ev));
			b->free_slots[b->n_free++] = slot; /* room was made when it was taken or grown */
			return KG_ENOMEM;
		}
		if (kg_map_put(doc, src->id, slot) < 0 ||
		    grow((void **)&b->held, &b->cap_held, b->n_held, sizeof(*b->held)) < 0)
			return KG_ENOMEM;
		b->held[b->n_held++] = slot;
		/* looked at once the document's facts are counted: freed if they name it and keep no item */
		if (b->max_ev) {
			if (grow((void **)&b->sweep, &b->cap_sweep, b->n_sweep, sizeof(*b->sweep)) < 0)
				return KG_ENOMEM;
			b->sweep[b->n_sweep++] = slot;
		}
	}
	return KG_OK;
}

/* Frees the slots held for these facts whose events no fact names past the first max_ev of their group
 * (kg_event_bound_unnamed), as kg_graph_write_json leaves them out with that limit. 0 or KG_ENOMEM. */
static int bound_unnamed(kg_graph_builder *b)
{
	const kg_event **evs = malloc((b->n_held + 1) * sizeof(*evs));
	unsigned char *past = malloc(b->n_held + 1);
	size_t n = 0;
	int rc = KG_ENOMEM;

	if (!evs || !past)
		goto done;
	for (size_t i = 0; i < b->n_held; i++)
		if (b->slots[b->held[i]].ev.id && !b->slots[b->held[i]].named)
			evs[n++] = &b->slots[b->held[i]].ev;
	if (kg_event_bound_unnamed(past, evs, n, b->max_ev, b->unnamed) < 0)
		goto done;
	for (size_t i = 0; i < n; i++) {
		/* ev is a slot's first member */
		size_t slot = (size_t)((const bslot *)(const void *)evs[i] - b->slots);

		if (!past[i])
			continue;
		if (grow((void **)&b->free_slots, &b->cap_free, b->n_free, sizeof(*b->free_slots)) < 0)
			goto done;
		kg_event_clear_pooled(&b->slots[slot].ev);
		memset(&b->slots[slot], 0, sizeof(b->slots[slot]));
		b->free_slots[b->n_free++] = slot;
	}
	rc = KG_OK;
done:
	free(evs);
	free(past);
	return rc;
}

int kg_graph_builder_add(kg_graph_builder *b, const kg_facts *facts, kg_error *err)
{
	tri_at *order = NULL;
	size_t *run = NULL;
	kg_map *doc = NULL;
	int rc = KG_OK;

	if (!facts->n_triples && !facts->n_events)
		return KG_OK;
	b->n_held = 0;
	if (kg_map_new(&doc) < 0 || kg_map_new(&b->texts) < 0 || !(order = malloc((facts->n_triples + 1) * sizeof(*order))) ||
	    !(run = malloc((facts->n_triples + 1) * sizeof(*run))) ||
	    grow((void **)&b->free_slots, &b->cap_free, b->n_free + facts->n_events, sizeof(*b->free_slots)) < 0 ||
	    hold_events(b, doc, facts) < 0)
		goto nomem;
	for (size_t i = 0; i < facts->n_triples; i++) {
		const kg_triple *t = &facts->triples[i];

		if (!t->subject || !t->subject[0] || !t->object || !t->object[0] || !t->predicate || !t->predicate[0]) {
			kg_error_set(err, t->evidence.doc ? t->evidence.doc : "", 0, 0,
				     "fact %zu has an empty subject, predicate or object", i);
			rc = KG_EINVAL;
			goto done;
		}
		if (edge_of(b, &order[i].edge, t) < 0)
			goto nomem;
		order[i].index = i;
		order[i].ev = &t->evidence;
	}
	qsort(order, facts->n_triples, sizeof(*order), cmp_tri_at);
	for (size_t i = 0, k; i < facts->n_triples; i = k) {
		for (k = i; k < facts->n_triples && order[k].edge == order[i].edge; k++)
			run[k - i] = order[k].index;
		if (add_run(b, &b->edges[order[i].edge], facts, run, k - i, doc) < 0)
			goto nomem;
	}
	if ((b->max_ev && bound_unnamed(b) < 0) || sweep_slots(b) < 0)
		goto nomem;
	goto done;
nomem:
	kg_error_set(err, "graph", 0, 0, "out of memory building the graph");
	rc = KG_ENOMEM;
done:
	free(order);
	free(run);
	kg_map_free(doc);
	/* the document's texts stay as long as an item or event kept holds them */
	for (size_t i = 0; i < b->n_doc_texts; i++)
		kg_stext_release(b->doc_texts[i]);
	b->n_doc_texts = 0;
	kg_map_free(b->texts);
	b->texts = NULL;
	return rc;
}

/* Cuts e's kept items to the ones kg_gedge_pick_evidence picks and names their events; the events
 * and evidence counted in all stay in n_all and n_events. */
static int cut_edge(kg_graph_builder *b, bedge *e)
{
	unsigned char *keep;
	kg_gedge view = { 0 };

	if (!b->max_ev || e->n_all <= b->max_ev)
		return KG_OK;
	if (!(keep = calloc(e->n_ev + 1, 1)))
		return KG_ENOMEM;
	/* a view of the kept items as an edge's evidence, for the picker */
	if (!(view.ev = malloc((e->n_ev + 1) * sizeof(*view.ev)))) {
		free(keep);
		return KG_ENOMEM;
	}
	for (size_t k = 0; k < e->n_ev; k++)
		view.ev[k] = e->ev[k].ge;
	view.n_ev = e->n_ev;
	kg_gedge_pick_evidence(keep, &view, b->max_ev);
	free(view.ev);
	for (size_t k = 0; k < e->n_ev; k++)
		e->ev[k].roles = keep[k];
	free(keep);
	if (drop_roleless(b, e) < 0)
		return KG_ENOMEM;
	held_clear(&e->events);
	for (size_t k = 0; k < e->n_ev; k++)
		if (e->ev[k].ge.event && held_push_unique(&e->events, e->ev[k].ge.event) < 0)
			return KG_ENOMEM;
	return KG_OK;
}

/* Orders kept items by (doc, sentence, start), then by arrival (their slot field holds it meanwhile). */
static int cmp_item(const void *pa, const void *pb)
{
	const bev *a = pa, *b = pb;
	int c = strcmp(a->ge.ev.doc, b->ge.ev.doc);

	if (c)
		return c;
	if (a->ge.ev.sentence != b->ge.ev.sentence)
		return a->ge.ev.sentence < b->ge.ev.sentence ? -1 : 1;
	if (a->ge.ev.start != b->ge.ev.start)
		return a->ge.ev.start < b->ge.ev.start ? -1 : 1;
	return a->roles < b->roles ? -1 : a->roles > b->roles;
}

/* Puts e's items in evidence order: they come a document at a time, and facts that cite a document
 * can come from several (a triples file citing the article it was read from). Two items of one
 * sentence become one, as kg_graph_new makes them; the count in all follows when it is exact (no limit). */
static int sort_items(kg_graph_builder *b, bedge *e)
{
	size_t n = 0;

	if (e->n_ev < 2)
		return KG_OK;
	for (size_t k = 0; k < e->n_ev; k++)
		e->ev[k].roles = (unsigned)k; /* arrival, for a stable order; roles are done with */
	qsort(e->ev, e->n_ev, sizeof(*e->ev), cmp_item);
	for (size_t k = 0; k < e->n_ev; k++) {
		bev *last = n ? &e->ev[n - 1] : NULL;
		kg_triple t = { 0 };

		if (!last || strcmp(last->ge.ev.doc, e->ev[k].ge.ev.doc) != 0 ||
		    last->ge.ev.sentence != e->ev[k].ge.ev.sentence || last->ge.ev.start != e->ev[k].ge.ev.start) {
			e->ev[n++] = e->ev[k];
			continue;
		}
		last->ge.planned &= e->ev[k].ge.planned;
		t.attrs.date = e->ev[k].ge.date;
		t.attrs.date_source = e->ev[k].ge.date_source;
		if (kg_gevidence_take_date(&last->ge, &t, b->pool) < 0)
			return KG_ENOMEM;
		if (!last->ge.event && e->ev[k].ge.event)
			last->ge.event = kg_stext_ref(e->ev[k].ge.event);
		if (slot_unref(b, item_slot(&e->ev[k])) < 0)
			return KG_ENOMEM;
		kg_gevidence_clear_pooled(&e->ev[k].ge);
		if (!b->max_ev)
			e->n_all--;
	}
	e->n_ev = n;
	return KG_OK;
}

/* Moves bedge be into the graph edge e of g (relation and modality from g's pool; src and dst still brec indices). */
static int move_edge(kg_gedge *e, kg_graph *g, kg_graph_builder *b, bedge *be, size_t max_ev)
{
	e->src = be->src;
	e->dst = be->dst;
	e->symmetric = be->symmetric;
	if (!(e->relation = kg_spool_intern(g->pool, b->rels[be->relation].name)))
		return KG_ENOMEM;
	e->confidence = be->confidence;
	e->extractors = be->extractors; /* sorted, the pool's */
	memset(&be->extractors, 0, sizeof(be->extractors));
	e->attrs.title = be->attrs[0];
	e->attrs.location = be->attrs[1];
	e->attrs.date = be->attrs[2];
	be->attrs[0] = be->attrs[1] = be->attrs[2] = NULL;
	/* the items' array becomes e's in place (an item begins with its evidence), one zeroed past the end */
	if (!be->ev || be->n_ev + 1 > be->cap_ev) {
		bev *ev = realloc(be->ev, (be->n_ev + 1) * sizeof(*ev));

		if (!ev)
			return KG_ENOMEM;
		be->ev = ev;
		be->cap_ev = be->n_ev + 1;
	}
	e->ev = (kg_gevidence *)(void *)be->ev;
	for (size_t k = 0; k < be->n_ev; k++)
		memmove(&e->ev[k], &be->ev[k].ge, sizeof(*e->ev));
	memset(&e->ev[be->n_ev], 0, sizeof(*e->ev));
	if (be->n_ev + 1 < be->cap_ev) {
		kg_gevidence *ev = realloc(e->ev, (be->n_ev + 1) * sizeof(*ev));

		if (ev)
			e->ev = ev;
	}
	e->n_ev = be->n_ev;
	be->ev = NULL; /* the array and its strings are e's now */
	be->n_ev = be->cap_ev = 0;
	if (max_ev && be->n_all > e->n_ev)
		e->n_ev_all = be->n_all;
	e->weight = (double)be->n_all;
	e->planned = be->n_all > 0 && be->all_planned;
	if (e->planned && !(e->attrs.modality = kg_spool_intern(g->pool, "planned")))
		return KG_ENOMEM;
	e->first = be->first;
	e->last = be->last;
	be->first = be->last = NULL;
	e->events = be->events;
	memset(&be->events, 0, sizeof(be->events));
	kg_strv_sort(&e->events);
	if (be->n_events > e->events.n)
		e->n_events_all = be->n_events;
	return KG_OK;
}

/* The event of slot i kept in g: named by an item kept, or held for no fact (within the limit). */
static int slot_kept(const kg_graph_builder *b, size_t i)
{
	return b->slots[i].ev.id && (!b->max_ev || b->slots[i].refs || !b->slots[i].named);
}

/* Frees the events held while move_events turns the slots into g->events: the first n (events now,
 * at the front of b->slots) and the slots from i on. */
static void drop_events(kg_graph_builder *b, size_t n, size_t i)
{
	kg_event ev;
	bslot sl;

	for (size_t k = 0; k < n; k++) {
		memcpy(&ev, (char *)b->slots + k * sizeof(ev), sizeof(ev));
		kg_event_clear_pooled(&ev);
	}
	for (; i < b->n_slots; i++) {
		memcpy(&sl, &b->slots[i], sizeof(sl));
		kg_event_clear_pooled(&sl.ev);
	}
	free(b->slots);
	b->slots = NULL;
	b->n_slots = b->cap_slots = 0;
}

/* Moves the held events into g (nodes made; where maps brec indices to node indices, SIZE_MAX for a
 * record without a node), each participant named by its node's id; with a period, an event left with
 * no participant goes, as kg_graph_period has it. The slots' array becomes g->events in place (an event
 * is smaller than a slot, so the k-th event kept never reaches a slot not read yet): the events are
 * never in memory twice. b has no slots after, whatever is returned. */
static int move_events(kg_graph *g, kg_graph_builder *b, const size_t *where)
{
	_Static_assert(sizeof(kg_event) <= sizeof(bslot), "an event fits in its slot");
	size_t n = 0;
	bslot sl;
	kg_event d;
	void *shrunk;

	for (size_t i = 0; i < b->n_slots; i++) {
		if (!slot_kept(b, i)) {
			kg_event_clear_pooled(&b->slots[i].ev);
			continue;
		}
		memcpy(&sl, &b->slots[i], sizeof(sl));
		/* the participants named by their nodes' ids (the pool's), in the slot's array: those with no
		 * node go, and a name already there keeps its place, as kg_event_add_participant has it */
		d = sl.ev;
		d.n_participants = 0;
		for (size_t p = 0; p < sl.ev.n_participants; p++) {
			kg_participant q = sl.ev.participants[p];
			size_t r, k;
			char *id;

			if (!kg_map_get(b->rec_by_name, q.name, &r) || where[r] == SIZE_MAX)
				continue;
			if (!(id = kg_spool_intern(g->pool, g->nodes[where[r]].id))) {
				kg_event_clear_pooled(&d);
				drop_events(b, n, i + 1);
				return KG_ENOMEM;
			}
			for (k = 0; k < d.n_participants && strcmp(d.participants[k].name, id) != 0; k++)
				;
			if (k < d.n_participants) {
				if (d.participants[k].role == KG_ROLE_PARTICIPANT)
					d.participants[k].role = q.role;
				if (d.participants[k].type == KG_TYPE_UNKNOWN)
					d.participants[k].type = q.type;
				continue;
			}
			d.participants[d.n_participants++] = (kg_participant){ id, q.type, q.role, 0 };
		}
		if (!d.n_participants) {
			free(d.participants);
			d.participants = NULL;
			d.cap_participants = 0;
		}
		if (b->period && !d.n_participants) {
			kg_event_clear_pooled(&d);
			continue;
		}
		memcpy((char *)b->slots + n++ * sizeof(d), &d, sizeof(d));
	}
	if (!n) {
		/* every slot is cleared already, or was copied out and cleared (a period's event with no
		 * participant left): clearing the slots again would free that one's strings twice */
		free(b->slots);
		b->slots = NULL;
		b->n_slots = b->cap_slots = 0;
		return KG_OK;
	}
	/* shrinking: the array only gets smaller, and stays where it is when it cannot */
	shrunk = realloc(b->slots, n * sizeof(kg_event));
	g->events = shrunk ? shrunk : (void *)b->slots;
	g->n_events = n;
	b->slots = NULL;
	b->n_slots = b->cap_slots = 0;
	qsort(g->events, g->n_events, sizeof(*g->events), kg_event_cmp_id);
	return KG_OK;
}

/* Frees the edges while move_edges turns them into g's: the first n (g's edges now, at the front of
 * b->edges) and the edges from i on. */
static void drop_edges(kg_graph_builder *b, size_t n, size_t i)
{
	kg_gedge e;
	bedge be;

	for (size_t k = 0; k < n; k++) {
		memcpy(&e, (char *)b->edges + k * sizeof(e), sizeof(e));
		kg_gedge_clear_pooled(&e);
	}
	for (; i < b->n_edges; i++) {
		memcpy(&be, &b->edges[i], sizeof(be));
		clear_edge(&be);
	}
	free(b->edges);
	b->edges = NULL;
	b->n_edges = b->cap_edges = 0;
}

/* Moves the edges with evidence into g (nodes made, where as for move_events), their ends node indices
 * (a symmetric edge's in id order). The edges' array becomes g->edges in place, as move_events does
 * with the events, and the edges' table goes first: b has no edges after, whatever is returned. */
static int move_edges(kg_graph *g, kg_graph_builder *b, const size_t *where)
{
	_Static_assert(sizeof(kg_gedge) <= sizeof(bedge), "a graph's edge fits in a builder's");
	size_t n = 0;
	kg_gedge e;
	bedge be;
	void *shrunk;

	free(b->edge_slots);
	b->edge_slots = NULL;
	b->cap_edge_slots = 0;
	for (size_t i = 0; i < b->n_edges; i++) {
		memcpy(&be, &b->edges[i], sizeof(be));
		if (!be.n_all) {
			clear_edge(&be);
			continue;
		}
		memset(&e, 0, sizeof(e));
		if (move_edge(&e, g, b, &be, b->max_ev) < 0) {
			kg_gedge_clear_pooled(&e);
			clear_edge(&be);
			drop_edges(b, n, i + 1);
			return KG_ENOMEM;
		}
		e.src = where[be.src];
		e.dst = where[be.dst];
		clear_edge(&be); /* what the graph did not take */
		if (e.symmetric && strcmp(g->nodes[e.src].id, g->nodes[e.dst].id) > 0) {
			size_t x = e.src;

			e.src = e.dst;
			e.dst = x;
		}
		memcpy((char *)b->edges + n++ * sizeof(e), &e, sizeof(e));
	}
	/* one zeroed past the end, as a graph's arrays have */
	shrunk = realloc(b->edges, (n + 1) * sizeof(kg_gedge));
	if (!shrunk && (n + 1) * sizeof(kg_gedge) > b->cap_edges * sizeof(bedge)) {
		drop_edges(b, n, b->n_edges);
		return KG_ENOMEM;
	}
	g->edges = shrunk ? shrunk : (void *)b->edges;
	memset(&g->edges[n], 0, sizeof(*g->edges));
	g->n_edges = n;
	b->edges = NULL;
	b->n_edges = b->cap_edges = 0;
	return KG_OK;
}

/* Frees what only kg_graph_builder_add needs (the documents attributes came from, the event slots to
 * reuse or look at, the groups of events no fact names, the extractor sets' index), before the graph
 * is made. */
static void drop_adding(kg_graph_builder *b)
{
	free(b->docs);
	b->docs = NULL;
	b->n_docs = b->cap_docs = 0;
	free(b->doc_slots);
	b->doc_slots = NULL;
	b->cap_doc_slots = 0;
	free(b->free_slots);
	b->free_slots = NULL;
	b->n_free = b->cap_free = 0;
	free(b->sweep);
	b->sweep = NULL;
	b->n_sweep = b->cap_sweep = 0;
	free(b->held);
	b->held = NULL;
	b->n_held = b->cap_held = 0;
	kg_map_free(b->unnamed);
	b->unnamed = NULL;
	kg_map_free(b->exsets);
	b->exsets = NULL;
}

/* Marks in cited the document named name (an index by names), when it is one of the n. */
static void cite_doc(const kg_map *names, size_t n, unsigned char *cited, const char *name)
{
	size_t i;

	if (name && kg_map_get(names, name, &i) && i < n)
		cited[i] = 1;
}

/* Gives g the documents that the items and events b holds cite (the others are never written, and a
 * big store has a document for every few facts): those b took, moved, else copies of the entities';
 * g->any_url says whether any document of either has a web address, cited or not. 0 or KG_ENOMEM. */
static int cited_docs(kg_graph *g, kg_graph_builder *b)
{
	kg_docref *all = b->own_docs ? b->own_docs : b->ents->docs;
	size_t n_all = b->own_docs ? b->n_own_docs : b->ents->n_docs, n = 0;
	const kg_map *names = b->own_docs ? b->own_doc_names : b->ents->doc_names;
	unsigned char *cited;
	kg_docref *docs;
	int rc = KG_ENOMEM, any_url = 0;

	if (!names)
		return kg_graph_set_docs(g, all, n_all);
	if (!(cited = calloc(n_all + 1, 1)))
		return KG_ENOMEM;
	for (size_t i = 0; i < b->n_edges; i++)
		for (size_t k = 0; k < b->edges[i].n_ev; k++)
			cite_doc(names, n_all, cited, b->edges[i].ev[k].ge.ev.doc);
	for (size_t i = 0; i < b->n_slots; i++)
		if (b->slots[i].ev.id)
			cite_doc(names, n_all, cited, b->slots[i].ev.evidence.doc);
	for (size_t i = 0; i < n_all; i++)
		any_url |= all[i].name && all[i].url;
	if (b->own_docs) {
		/* the cited ones to the front, the others freed: the array becomes g's */
		for (size_t i = 0; i < n_all; i++) {
			if (cited[i] && all[i].name)
				all[n++] = all[i];
			else
				kg_docref_clear(&all[i]);
		}
		kg_map_free(b->own_doc_names);
		b->own_doc_names = NULL;
		b->own_docs = NULL;
		b->n_own_docs = 0;
		if (!n) {
			free(all);
			all = NULL;
		} else if ((docs = realloc(all, n * sizeof(*docs)))) {
			all = docs;
		}
		rc = kg_graph_take_docs(g, all, n);
	} else if ((docs = malloc((n_all + 1) * sizeof(*docs)))) {
		for (size_t i = 0; i < n_all; i++)
			if (cited[i])
				docs[n++] = all[i]; /* borrowed: kg_graph_set_docs copies */
		rc = kg_graph_set_docs(g, docs, n);
		free(docs);
	}
	if (rc == KG_OK)
		g->any_url |= any_url;
	free(cited);
	return rc;
}

int kg_graph_builder_finish(kg_graph **out, kg_graph_builder *b, kg_error *err)
{
	kg_graph *g = NULL;
	const char **names = NULL;
	char **ids = NULL;
	size_t *where = NULL, n_edges = b->n_edges;
	int rc;

	*out = NULL;
	for (size_t i = 0; i < b->n_edges; i++)
		if (cut_edge(b, &b->edges[i]) < 0 || sort_items(b, &b->edges[i]) < 0)
			goto nomem;
	if (sweep_slots(b) < 0)
		goto nomem;
	drop_adding(b);
	if (kg_graph_alloc(&g) < 0)
		goto nomem;
	/* the graph's strings are the pool's from here on, and it frees them */
	g->pool = b->pool;
	b->pool = NULL;
	if (cited_docs(g, b) < 0 ||
	    !(names = malloc((b->n_recs + 1) * sizeof(*names))) || !(ids = calloc(b->n_recs + 1, sizeof(*ids))) ||
	    !(where = malloc((b->n_recs + 1) * sizeof(*where))) ||
	    !(g->nodes = calloc(b->n_recs + 1, sizeof(*g->nodes))))
		goto nomem;
	for (size_t i = 0; i < b->n_recs; i++) {
		names[i] = b->recs[i].name;
		b->recs[i].used = !b->period;
	}
	if (kg_graph_assign_ids(ids, names, b->n_recs) < 0)
		goto nomem;
	/* with a period, the vertices of the edges and events left */
	for (size_t i = 0; b->period && i < b->n_edges; i++)
		if (b->edges[i].n_all)
			b->recs[b->edges[i].src].used = b->recs[b->edges[i].dst].used = 1;
	for (size_t i = 0; b->period && i < b->n_slots; i++) {
		const kg_event *ev = &b->slots[i].ev;

		if (!ev->id || (b->max_ev && !b->slots[i].refs && b->slots[i].named))
			continue;
		for (size_t p = 0; p < ev->n_participants; p++) {
			size_t r;

			if (kg_map_get(b->rec_by_name, ev->participants[p].name, &r))
				b->recs[r].used = 1;
		}
	}
	for (size_t i = 0; i < b->n_recs; i++) {
		const brec *r = &b->recs[i];
		kg_gnode *v;

		where[i] = SIZE_MAX;
		if (!r->used)
			continue;
		where[i] = g->n_nodes;
		v = &g->nodes[g->n_nodes++];
		v->id = ids[i];
		ids[i] = NULL;
		v->component = v->community = -1;
		v->type = r->type;
		if (!(v->label = kg_strdup(r->name)))
			goto nomem;
		if (r->ent) {
			v->mentions = r->ent->mentions;
			for (size_t a = 0; a < r->ent->aliases.n; a++)
				if (strcmp(r->ent->aliases.v[a], r->ent->name) != 0 &&
				    kg_strv_push_unique(&v->aliases, r->ent->aliases.v[a]) < 0)
					goto nomem;
			for (size_t a = 0; a < r->ent->why.n; a++)
				if (kg_strv_push(&v->why, r->ent->why.v[a]) < 0)
					goto nomem;
			kg_strv_sort(&v->aliases);
		}
	}
	/* the events first: their slots go before the edges are turned into the graph's */
	if (move_events(g, b, where) < 0 || move_edges(g, b, where) < 0)
		goto nomem;
	if ((rc = kg_graph_finish(g, err)) < 0)
		goto done;
	*out = g;
	g = NULL;
	rc = KG_OK;
	goto done;
nomem:
	kg_error_set(err, "graph", 0, 0, "out of memory building the graph of %zu edges", n_edges);
	rc = KG_ENOMEM;
done:
	for (size_t i = 0; ids && i < b->n_recs; i++)
		free(ids[i]);
	free(ids);
	free(names);
	free(where);
	kg_graph_free(g);
	return rc;
}

/* Orders relations as their first triples come in (subject, predicate, object) order. */
static int cmp_rel(const void *pa, const void *pb)
{
	const brel *a = *(const brel *const *)pa, *b = *(const brel *const *)pb;
	int c;

	if ((c = strcmp(a->min_s, b->min_s)) || (c = strcmp(a->name, b->name)))
		return c;
	return strcmp(a->min_o, b->min_o);
}

int kg_graph_builder_relations(kg_strv *relations, size_t **edges, const kg_graph_builder *b)
{
	const brel **order = malloc((b->n_rels + 1) * sizeof(*order));
	size_t *n = malloc((b->n_rels + 1) * sizeof(*n));
	int rc = KG_OK;

	*edges = NULL;
	if (!order || !n) {
		free(order);
		free(n);
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < b->n_rels; i++)
		order[i] = &b->rels[i];
	qsort(order, b->n_rels, sizeof(*order), cmp_rel);
	for (size_t i = 0; i < b->n_rels && rc == KG_OK; i++) {
		n[i] = order[i]->edges;
		rc = kg_strv_push(relations, order[i]->name);
	}
	free(order);
	if (rc < 0) {
		free(n);
		return rc;
	}
	*edges = n;
	return KG_OK;
}
