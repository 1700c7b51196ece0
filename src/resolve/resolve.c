/* resolve.c: kg_resolve, which merges the entities of many documents that name one referent. */
#include "resolve.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NONE SIZE_MAX          /* no group or cluster */
#define AMBIGUOUS (SIZE_MAX - 1) /* more than one candidate */

/* How a group first joined another (for the why line when it is not directly comparable with the
 * canonical name). */
typedef enum join_reason {
	JOIN_NONE = 0,
	JOIN_PERSON,   /* the person-name rules */
	JOIN_LEXICON,  /* one canonical place or organisation in the lexicon */
	JOIN_INITIALS  /* an acronym and the one multiword name with its initials */
} join_reason;

/* An input entity. */
typedef struct rnode {
	const kg_entity *e; /* borrowed from the input */
	char *norm;         /* its normalised name, owned */
} rnode;

/* The input entities with one normalised name. */
typedef struct rgroup {
	size_t first;                  /* its first node in the sorted nodes */
	size_t n;                      /* how many nodes */
	kg_etype type;                 /* the type most of its mentions have */
	int conflict;                  /* 1 when its nodes had different known types */
	unsigned long mentions;        /* their sum */
	const char *name;              /* its best spelling (borrowed) */
	kg_person_name person;         /* its parts, for a PERSON */
	char skey[KG_RESOLVE_KEY_MAX]; /* loose transliteration key of the surname, "" when none */
	const char *lex_name;          /* canonical place or organisation name from the lexicon, or NULL */
	char *initials;                /* ORG/PLACE: letters of an acronym or initials of a multiword name, owned */
	int acronym;                   /* 1 when its name is an acronym ("NATO", "U.S.") */
	size_t parent;                 /* union-find parent */
	kg_strv apart;                 /* "KEY=VALUE" marks; sets with one KEY and two VALUEs never join: the
					* side of a different line of the curation ("different:3=a"). Held by
					* the root of a set */
	join_reason reason;            /* how it first joined another group */
	size_t via;                    /* that group */
} rgroup;

/* One distinct spelling of the input. */
typedef struct rspell {
	const char *name;       /* borrowed */
	size_t group;           /* its group */
	unsigned long mentions; /* mentions of the entities spelled so */
	size_t count;           /* how many entities are spelled so */
} rspell;

/* Groups naming one referent. */
typedef struct rcluster {
	size_t root;           /* its union-find root */
	kg_etype type;         /* its type */
	const char *canonical; /* its name (borrowed from a spelling or the lexicon) */
	size_t canon_group;    /* the group of the canonical name, NONE when it is only in the lexicon */
	size_t g0, gn;         /* its groups: cl_groups[g0 .. g0+gn) */
	size_t s0, sn;         /* its spellings: cl_spells[s0 .. s0+sn) */
} rcluster;

/* The working state of one kg_resolve call. */
typedef struct resolver {
	const kg_lex *lex;     /* borrowed, may be NULL */
	rnode *nodes;          /* input entities sorted by normalised name, then name */
	size_t n_nodes;
	rgroup *groups;        /* in normalised-name order */
	size_t n_groups;
	rspell *spells;        /* in node order */
	size_t n_spells;
	rcluster *clusters;    /* in order of their root group */
	size_t n_clusters;
	size_t *cluster_of;    /* cluster of each group */
	size_t *cl_groups;     /* groups of the clusters, contiguous per cluster */
	size_t *cl_spells;     /* spellings of the clusters, contiguous per cluster */
	kg_map *by_name;       /* input entity name -> group */
	kg_map *by_norm;       /* normalised name -> group */
} resolver;

/* Type order for breaking ties: PERSON < PLACE < ORG < EVENT < OTHER < UNKNOWN. */
static int type_rank(kg_etype t)
{
	static const int rank[KG_TYPE__COUNT] = {
		[KG_TYPE_PERSON] = 0, [KG_TYPE_PLACE] = 1, [KG_TYPE_ORG] = 2,
		[KG_TYPE_EVENT] = 3, [KG_TYPE_OTHER] = 4, [KG_TYPE_UNKNOWN] = 5,
	};
	return (t >= 0 && t < KG_TYPE__COUNT) ? rank[t] : 6;
}

static int cmp_node(const void *pa, const void *pb)
{
	const rnode *a = pa, *b = pb;
	int c;

	if ((c = strcmp(a->norm, b->norm)) != 0 || (c = strcmp(a->e->name, b->e->name)) != 0)
		return c;
	if (a->e->type != b->e->type)
		return type_rank(a->e->type) - type_rank(b->e->type);
	return (a->e->mentions > b->e->mentions) - (a->e->mentions < b->e->mentions);
}

static size_t find(rgroup *g, size_t i)
{
	while (g[i].parent != i) {
		g[i].parent = g[g[i].parent].parent;
		i = g[i].parent;
	}
	return i;
}

/* 1 when the marks of two sets say they name different referents: one KEY with two VALUEs. */
static int kept_apart(const kg_strv *x, const kg_strv *y)
{
	for (size_t i = 0; i < x->n; i++) {
		const char *eq = strchr(x->v[i], '=');
		size_t k = eq ? (size_t)(eq - x->v[i]) + 1 : 0;

		for (size_t j = 0; k && j < y->n; j++)
			if (strncmp(x->v[i], y->v[j], k) == 0 && strcmp(x->v[i] + k, y->v[j] + k) != 0)
				return 1;
	}
	return 0;
}

/* Joins the sets of a and b (the smaller index becomes the root, for determinism), unless their marks
 * keep them apart (the two sides of a different line). */
static void join(rgroup *g, size_t a, size_t b, join_reason why)
{
	size_t ra = find(g, a), rb = find(g, b);

	if (ra == rb || kept_apart(&g[ra].apart, &g[rb].apart))
		return;
	/* the root keeps the marks of both (out of memory: a mark lost, a merge less refused) */
	for (size_t i = 0; i < g[ra].apart.n; i++)
		kg_strv_push_unique(&g[rb].apart, g[ra].apart.v[i]);
	for (size_t i = 0; i < g[rb].apart.n; i++)
		kg_strv_push_unique(&g[ra].apart, g[rb].apart.v[i]);
	if (g[a].reason == JOIN_NONE) {
		g[a].reason = why;
		g[a].via = b;
	}
	if (g[b].reason == JOIN_NONE) {
		g[b].reason = why;
		g[b].via = a;
	}
	if (ra < rb)
		g[rb].parent = ra;
	else
		g[ra].parent = rb;
}

/* Appends a printf-formatted line to sv. */
static int push_fmt(kg_strv *sv, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int push_fmt(kg_strv *sv, const char *fmt, ...)
{
	va_list ap;
	char small[256], *buf = small;
	int n, rc;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return KG_ERROR;
	if ((size_t)n >= sizeof(small)) {
		if (!(buf = malloc((size_t)n + 1)))
			return KG_ENOMEM;
		va_start(ap, fmt);
		vsnprintf(buf, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	rc = kg_strv_push(sv, buf);
	if (buf != small)
		free(buf);
	return rc;
}

/* Penalty of a spelling as a canonical name: a leading article, a possessive, a lower-case start. */
static int spelling_penalty(const char *s)
{
	size_t n = strlen(s);
	int p = 0;

	p += strncasecmp(s, "the ", 4) == 0;
	p += n > 2 && (s[n - 1] == 's' || s[n - 1] == 'S') &&
	     (s[n - 2] == '\'' || (n > 4 && memcmp(s + n - 4, "\xe2\x80\x99", 3) == 0));
	p += islower((unsigned char)s[0]) != 0;
	return p;
}

/* 1 when s is written as an acronym: 2 to 8 capital letters, maybe with periods ("NATO", "U.S."). */
static int acronym_shape(const char *s)
{
	size_t letters = 0;

	for (; *s; s++) {
		if (isupper((unsigned char)*s))
			letters++;
		else if (*s != '.')
			return 0;
	}
	return letters >= 2 && letters <= 8;
}

/* Person-name rank of a group as a canonical name: full names first, then without a title, then
 * without a middle initial. */
static int person_rank(const rgroup *g)
{
	static const int kind_rank[] = {
		[KG_PNAME_FULL] = 0, [KG_PNAME_SURNAME] = 1, [KG_PNAME_GIVEN] = 2, [KG_PNAME_NONE] = 3,
	};
	return kind_rank[g->person.kind] * 4 + g->person.title * 2 + g->person.middle_initial;
}

/* <0 when spelling a makes a better canonical name than b: the name-shape rank for the type, then
 * the spelling penalty, more mentions, more entities, and the smaller string. */
static int cmp_spelling(const resolver *r, const rspell *a, const rspell *b, kg_etype type)
{
	const rgroup *ga = &r->groups[a->group], *gb = &r->groups[b->group];
	int c = 0;

	if (type == KG_TYPE_PERSON)
		c = person_rank(ga) - person_rank(gb);
	else if (type == KG_TYPE_ORG || type == KG_TYPE_PLACE)
		c = acronym_shape(a->name) - acronym_shape(b->name);
	if (c)
		return c;
	if ((c = spelling_penalty(a->name) - spelling_penalty(b->name)) != 0)
		return c;
	if (a->mentions != b->mentions)
		return a->mentions > b->mentions ? -1 : 1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Strips a leading "the " and a trailing possessive into buf; returns its length. */
static size_t bare_name(char *buf, size_t cap, const char *name)
{
	size_t n;

	if (strncasecmp(name, "the ", 4) == 0 && name[4])
		name += 4;
	n = strlen(name);
	if (n >= 3 && (name[n - 1] == 's' || name[n - 1] == 'S') && name[n - 2] == '\'')
		n -= 2;
	else if (n >= 5 && (name[n - 1] == 's' || name[n - 1] == 'S') && memcmp(name + n - 4, "\xe2\x80\x99", 3) == 0)
		n -= 4;
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, name, n);
	buf[n] = '\0';
	return n;
}

/* Looks a PLACE or ORG group up in the lexicon: the canonical name of its first spelling found. */
static const char *lex_lookup(const resolver *r, const rgroup *g)
{
	if (!r->lex)
		return NULL;
	for (size_t k = g->first; k < g->first + g->n; k++) {
		char buf[512];
		size_t n = bare_name(buf, sizeof(buf), r->nodes[k].e->name);
		kg_place place;
		const char *c = NULL;

		if (g->type == KG_TYPE_PLACE && kg_lex_place(r->lex, buf, n, &place) && place.canonical)
			c = place.canonical;
		else if (g->type == KG_TYPE_ORG)
			c = kg_lex_org_alias(r->lex, buf, n);
		if (c && c[0])
			return c;
	}
	return NULL;
}

/* Words skipped when taking the initials of a multiword name. */
static const char *const initials_skip[] = { "of", "the", "and", "for", "on", "in", "at", "to", "de", "des", "du", "la", "le", "et" };

/* Sets g->acronym and g->initials for a PLACE or ORG group. */
static int set_initials(rgroup *g, const char *norm)
{
	char buf[64];
	size_t o = 0, words = 0;

	bare_name(buf, sizeof(buf), g->name);
	if (acronym_shape(buf)) {
		g->acronym = 1;
		g->initials = kg_strdup(norm);
		return g->initials ? KG_OK : KG_ENOMEM;
	}
	for (const char *w = norm; *w;) {
		size_t len = strcspn(w, " ");
		int skip = 0;

		for (size_t k = 0; k < sizeof(initials_skip) / sizeof(initials_skip[0]); k++)
			skip |= strlen(initials_skip[k]) == len && memcmp(initials_skip[k], w, len) == 0;
		if (!skip && o + 1 < sizeof(buf) && isalpha((unsigned char)w[0])) {
			buf[o++] = w[0];
			words++;
		}
		w += len;
		while (*w == ' ')
			w++;
	}
	buf[o] = '\0';
	if (words < 2)
		return KG_OK;
	g->initials = kg_strdup(buf);
	return g->initials ? KG_OK : KG_ENOMEM;
}

/* Builds the sorted nodes, the groups (with their majority type) and the spellings. */
static int build_groups(resolver *r, const kg_facts *in)
{
	size_t i, k;

	r->nodes = calloc(in->n_entities ? in->n_entities : 1, sizeof(*r->nodes));
	if (!r->nodes)
		return KG_ENOMEM;
	for (i = 0; i < in->n_entities; i++) {
		const kg_entity *e = &in->entities[i];
		if (!e->name || !e->name[0])
			continue;
		r->nodes[r->n_nodes].e = e;
		if (!(r->nodes[r->n_nodes++].norm = kg_resolve_norm_new(e->name)))
			return KG_ENOMEM;
	}
	qsort(r->nodes, r->n_nodes, sizeof(*r->nodes), cmp_node);
	r->groups = calloc(r->n_nodes ? r->n_nodes : 1, sizeof(*r->groups));
	r->spells = calloc(r->n_nodes ? r->n_nodes : 1, sizeof(*r->spells));
	if (!r->groups || !r->spells)
		return KG_ENOMEM;
	for (i = 0; i < r->n_nodes; i = k) {
		rgroup *g = &r->groups[r->n_groups];
		unsigned long votes[KG_TYPE__COUNT] = { 0 };
		size_t counts[KG_TYPE__COUNT] = { 0 }, known = 0;
		int best = -1;

		for (k = i; k < r->n_nodes && strcmp(r->nodes[k].norm, r->nodes[i].norm) == 0; k++) {
			const kg_entity *e = r->nodes[k].e;
			kg_etype t = (e->type > KG_TYPE_UNKNOWN && e->type < KG_TYPE__COUNT) ? e->type : KG_TYPE_UNKNOWN;

			if (t != KG_TYPE_UNKNOWN && counts[t] == 0)
				known++;
			votes[t] += e->mentions;
			counts[t]++;
			g->mentions += e->mentions;
			if (k == i || strcmp(e->name, r->nodes[k - 1].e->name) != 0) {
				rspell *s = &r->spells[r->n_spells++];
				s->name = e->name;
				s->group = r->n_groups;
			}
			r->spells[r->n_spells - 1].mentions += e->mentions;
			r->spells[r->n_spells - 1].count++;
			if (kg_map_put(r->by_name, e->name, r->n_groups) < 0)
				return KG_ENOMEM;
		}
		for (int t = KG_TYPE_UNKNOWN + 1; t < KG_TYPE__COUNT; t++) {
			if (!counts[t])
				continue;
			if (best < 0 || votes[t] > votes[best] || (votes[t] == votes[best] && counts[t] > counts[best]) ||
			    (votes[t] == votes[best] && counts[t] == counts[best] && type_rank(t) < type_rank(best)))
				best = t;
		}
		g->type = best < 0 ? KG_TYPE_UNKNOWN : (kg_etype)best;
		g->conflict = known > 1;
		g->first = i;
		g->n = k - i;
		g->parent = r->n_groups;
		g->via = NONE;
		if (kg_map_put(r->by_norm, r->nodes[i].norm, r->n_groups) < 0)
			return KG_ENOMEM;
		r->n_groups++;
	}
	/* each group's best spelling (a group's spellings are contiguous) */
	for (i = 0, k = 0; i < r->n_spells; i++) {
		rgroup *g = &r->groups[r->spells[i].group];
		if (!g->name || r->spells[k].group != r->spells[i].group ||
		    cmp_spelling(r, &r->spells[i], &r->spells[k], KG_TYPE_UNKNOWN) < 0) {
			g->name = r->spells[i].name;
			k = i;
		}
	}
	return KG_OK;
}

/* Parses persons, looks places and organisations up, takes initials. */
static int describe_groups(resolver *r)
{
	int rc;

	for (size_t i = 0; i < r->n_groups; i++) {
		rgroup *g = &r->groups[i];

		if (g->type == KG_TYPE_PERSON) {
			if ((rc = kg_resolve_person_parse(&g->person, g->name, r->lex)) < 0)
				return rc;
			if (g->person.surname)
				kg_resolve_translit_key(g->skey, g->person.surname, 1);
		} else if (g->type == KG_TYPE_PLACE || g->type == KG_TYPE_ORG) {
			g->lex_name = lex_lookup(r, g);
			if ((rc = set_initials(g, r->nodes[g->first].norm)) < 0)
				return rc;
		}
	}
	return KG_OK;
}

/* Marks the groups that must stay apart: the names of each different line of cur are its two sides. */
static int mark_apart(resolver *r, const kg_curation *cur)
{
	char mark[700];
	int rc = KG_OK;

	for (size_t i = 0; i < r->n_groups && rc == KG_OK; i++) {
		rgroup *g = &r->groups[i];
		const char *norm = r->nodes[g->first].norm;

		for (size_t c = 0; cur && c < cur->n && rc == KG_OK; c++) {
			const kg_curation_rule *x = &cur->rules[c];
			int side = x->kind != KG_CUR_DIFFERENT ? 0 : strcmp(norm, x->norm_a) == 0 ? 'a'
								  : strcmp(norm, x->norm_b) == 0 ? 'b' : 0;

			if (side) {
				snprintf(mark, sizeof(mark), "different:%ld=%c", x->line, side);
				rc = kg_strv_push_unique(&g->apart, mark);
			}
		}
	}
	return rc;
}

/* Joins PLACE and ORG groups that the lexicon gives one canonical name (or whose normalised name is
 * that canonical name). */
static int join_by_lexicon(resolver *r)
{
	kg_map *seen = NULL;
	int rc = KG_OK;

	if ((rc = kg_map_new(&seen)) < 0)
		return rc;
	for (size_t i = 0; i < r->n_groups; i++) {
		rgroup *g = &r->groups[i];
		char *norm = NULL, *key = NULL;
		size_t other, len;

		if (g->type != KG_TYPE_PLACE && g->type != KG_TYPE_ORG)
			continue;
		norm = g->lex_name ? kg_resolve_norm_new(g->lex_name) : kg_strdup(r->nodes[g->first].norm);
		len = norm ? strlen(norm) + 3 : 0;
		if (norm && (key = malloc(len)) != NULL)
			snprintf(key, len, "%c:%s", g->type == KG_TYPE_PLACE ? 'P' : 'O', norm);
		if (!key)
			rc = KG_ENOMEM;
		else if (kg_map_get(seen, key, &other))
			join(r->groups, other, i, JOIN_LEXICON);
		else
			rc = kg_map_put(seen, key, i);
		free(norm);
		free(key);
		if (rc < 0)
			break;
	}
	kg_map_free(seen);
	return rc;
}

/* Joins an acronym group to the one multiword PLACE or ORG name of the same type with its initials
 * ("EU" and "European Union"); an acronym the lexicon knows, or several candidates, join nothing. */
static int join_by_initials(resolver *r)
{
	kg_map *multi = NULL;
	size_t *pairs = NULL, n_pairs = 0;
	char key[80];
	int rc;

	if ((rc = kg_map_new(&multi)) < 0)
		return rc;
	if (!(pairs = malloc(2 * (r->n_groups + 1) * sizeof(*pairs)))) {
		rc = KG_ENOMEM;
		goto done;
	}
	/* initials -> the first multiword group with them, NONE when groups of several sets have them */
	for (size_t i = 0; i < r->n_groups; i++) {
		rgroup *g = &r->groups[i];
		size_t old;

		if (!g->initials || g->acronym)
			continue;
		snprintf(key, sizeof(key), "%d:%s", (int)g->type, g->initials);
		if (!kg_map_get(multi, key, &old))
			rc = kg_map_put(multi, key, i);
		else if (old != NONE && find(r->groups, old) != find(r->groups, i))
			rc = kg_map_put(multi, key, NONE);
		if (rc < 0)
			goto done;
	}
	for (size_t i = 0; i < r->n_groups; i++) {
		rgroup *g = &r->groups[i];
		size_t partner;

		if (!g->acronym || g->lex_name)
			continue;
		snprintf(key, sizeof(key), "%d:%s", (int)g->type, g->initials);
		if (kg_map_get(multi, key, &partner) && partner != NONE && find(r->groups, i) != find(r->groups, partner)) {
			pairs[2 * n_pairs] = i;
			pairs[2 * n_pairs++ + 1] = partner;
		}
	}
	for (size_t k = 0; k < n_pairs; k++)
		join(r->groups, pairs[2 * k], pairs[2 * k + 1], JOIN_INITIALS);
done:
	free(pairs);
	kg_map_free(multi);
	return rc;
}

/* A group and the string it sorts by. */
typedef struct keyed {
	const char *key; /* borrowed */
	int rank;        /* second key */
	size_t index;    /* third key: the group or cluster */
} keyed;

static int cmp_keyed(const void *pa, const void *pb)
{
	const keyed *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);

	if (c || (c = a->rank - b->rank))
		return c;
	return (a->index > b->index) - (a->index < b->index);
}

/* 1 when two names have the same given names written with or without a hyphen ("Abdel-Fattah" and
 * "Abdel Fattah"). */
static int same_givens(const kg_person_name *a, const kg_person_name *b)
{
	return a->givens && b->givens && strcmp(a->givens, b->givens) == 0;
}

/* How two full person names relate through their given names; KG_GIVEN_NONE also when the surnames
 * are not variants. */
static kg_given_rel full_names_rel(const kg_person_name *a, const kg_person_name *b)
{
	if (!kg_resolve_surname_variant(a->surname, b->surname))
		return KG_GIVEN_NONE;
	if (same_givens(a, b))
		return KG_GIVEN_SAME;
	/* "Abdel Karim" and "Abdel Aziz": one first word, then different given names */
	if (a->givens && b->givens && strlen(a->givens) > strlen(a->given) && strlen(b->givens) > strlen(b->given) &&
	    strcmp(a->given, b->given) == 0)
		return KG_GIVEN_NONE;
	return kg_resolve_given_rel(a->given, b->given);
}

/* 1 when full name f has a diminutive link to candidates that cannot be told apart from each other:
 * "Alex Smith" with both "Alexander Smith" and "Alexandra Smith". */
static int diminutive_conflict(const rgroup *g, const size_t *blk, size_t n, size_t f)
{
	for (size_t a = 0; a < n; a++) {
		if (g[blk[a]].person.kind != KG_PNAME_FULL ||
		    full_names_rel(&g[f].person, &g[blk[a]].person) != KG_GIVEN_DIMINUTIVE)
			continue;
		for (size_t b = a + 1; b < n; b++)
			if (g[blk[b]].person.kind == KG_PNAME_FULL &&
			    full_names_rel(&g[f].person, &g[blk[b]].person) == KG_GIVEN_DIMINUTIVE &&
			    kg_resolve_given_rel(g[blk[a]].person.given, g[blk[b]].person.given) == KG_GIVEN_NONE)
				return 1;
	}
	return 0;
}

/* 1 when the surname-only name p can refer to the full name f. */
static int partial_fits(const kg_person_name *p, const kg_person_name *f)
{
	if (p->initials[0] && p->initials[0] != f->initials[0])
		return 0;
	return kg_resolve_surname_variant(p->surname, f->surname);
}

/* Person rules within one block of groups sharing a loose surname key (see kg_resolve). */
static void join_person_block(resolver *r, const size_t *blk, size_t n, size_t *target)
{
	rgroup *g = r->groups;

	/* full names: same surname (or a variant) and the same given name (or a variant) */
	for (size_t a = 0; a < n; a++) {
		if (g[blk[a]].person.kind != KG_PNAME_FULL)
			continue;
		for (size_t b = a + 1; b < n; b++) {
			kg_given_rel rel;
			if (g[blk[b]].person.kind != KG_PNAME_FULL)
				continue;
			rel = full_names_rel(&g[blk[a]].person, &g[blk[b]].person);
			if (rel == KG_GIVEN_SAME || rel == KG_GIVEN_VARIANT)
				join(g, blk[a], blk[b], JOIN_PERSON);
		}
	}
	/* diminutives, unless they fit names that differ from each other (decided before joining) */
	for (size_t a = 0; a < n; a++)
		target[a] = g[blk[a]].person.kind == KG_PNAME_FULL && !diminutive_conflict(g, blk, n, blk[a]);
	for (size_t a = 0; a < n; a++) {
		if (!target[a])
			continue;
		for (size_t b = 0; b < n; b++)
			if (target[b] && g[blk[b]].person.kind == KG_PNAME_FULL &&
			    full_names_rel(&g[blk[a]].person, &g[blk[b]].person) == KG_GIVEN_DIMINUTIVE)
				join(g, blk[a], blk[b], JOIN_PERSON);
	}
	/* a surname alone: the one full-name person it fits, decided before any of these joins */
	for (size_t a = 0; a < n; a++) {
		const kg_person_name *p = &g[blk[a]].person;

		target[a] = NONE;
		if (p->kind != KG_PNAME_SURNAME)
			continue;
		for (size_t b = 0; b < n; b++) {
			if (g[blk[b]].person.kind != KG_PNAME_FULL || !partial_fits(p, &g[blk[b]].person))
				continue;
			if (target[a] == NONE) {
				target[a] = blk[b];
			} else if (find(g, target[a]) != find(g, blk[b])) {
				target[a] = AMBIGUOUS;
				break;
			}
		}
	}
	for (size_t a = 0; a < n; a++)
		if (target[a] != NONE && target[a] != AMBIGUOUS)
			join(g, blk[a], target[a], JOIN_PERSON);
	/* surnames alone that fit no full name: spelling variants of one surname are one person */
	for (size_t a = 0; a < n; a++) {
		const kg_person_name *p = &g[blk[a]].person;

		if (p->kind != KG_PNAME_SURNAME || target[a] != NONE)
			continue;
		for (size_t b = a + 1; b < n; b++) {
			const kg_person_name *q = &g[blk[b]].person;
			if (q->kind == KG_PNAME_SURNAME && target[b] == NONE && strcmp(p->initials, q->initials) == 0 &&
			    kg_resolve_surname_variant(p->surname, q->surname))
				join(g, blk[a], blk[b], JOIN_PERSON);
		}
	}
}

/* Joins person groups, block by block of equal loose surname keys. */
static int join_persons(resolver *r)
{
	keyed *v = malloc((r->n_groups + 1) * sizeof(*v));
	size_t *blk = malloc(2 * (r->n_groups + 1) * sizeof(*blk)); /* a block, then its targets */
	size_t *target = blk ? blk + r->n_groups + 1 : NULL, n = 0;
	int rc = KG_ENOMEM;

	if (!v || !blk)
		goto done;
	for (size_t i = 0; i < r->n_groups; i++)
		if (r->groups[i].type == KG_TYPE_PERSON && r->groups[i].skey[0])
			v[n++] = (keyed){ r->groups[i].skey, 0, i };
	qsort(v, n, sizeof(*v), cmp_keyed);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i; j < n && strcmp(v[j].key, v[i].key) == 0; j++)
			blk[j - i] = v[j].index;
		join_person_block(r, blk, j - i, target);
	}
	rc = KG_OK;
done:
	free(v);
	free(blk);
	return rc;
}

/* Makes the clusters from the union-find roots, with their groups and spellings, type and name. */
static int build_clusters(resolver *r)
{
	size_t *fill = NULL;
	int rc = KG_ENOMEM;

	r->cluster_of = malloc((r->n_groups + 1) * sizeof(size_t));
	r->clusters = calloc(r->n_groups + 1, sizeof(*r->clusters));
	r->cl_groups = malloc((r->n_groups + 1) * sizeof(size_t));
	r->cl_spells = malloc((r->n_spells + 1) * sizeof(size_t));
	fill = calloc(r->n_groups + 1, sizeof(size_t));
	if (!r->cluster_of || !r->clusters || !r->cl_groups || !r->cl_spells || !fill)
		goto done;
	for (size_t i = 0; i < r->n_groups; i++) {
		size_t root = find(r->groups, i);
		if (root == i) {
			r->clusters[r->n_clusters].root = i;
			r->clusters[r->n_clusters].type = r->groups[i].type;
			r->cluster_of[i] = r->n_clusters++;
		} else {
			r->cluster_of[i] = r->cluster_of[root]; /* root < i: already numbered */
		}
		r->clusters[r->cluster_of[i]].gn++;
	}
	for (size_t i = 0; i < r->n_spells; i++)
		r->clusters[r->cluster_of[r->spells[i].group]].sn++;
	for (size_t c = 0, go = 0, so = 0; c < r->n_clusters; c++) {
		r->clusters[c].g0 = go;
		r->clusters[c].s0 = so;
		go += r->clusters[c].gn;
		so += r->clusters[c].sn;
	}
	for (size_t i = 0; i < r->n_groups; i++) {
		rcluster *c = &r->clusters[r->cluster_of[i]];
		r->cl_groups[c->g0 + fill[r->cluster_of[i]]++] = i;
	}
	memset(fill, 0, (r->n_groups + 1) * sizeof(size_t));
	for (size_t i = 0; i < r->n_spells; i++) {
		size_t ci = r->cluster_of[r->spells[i].group];
		r->cl_spells[r->clusters[ci].s0 + fill[ci]++] = i;
	}
	for (size_t ci = 0; ci < r->n_clusters; ci++) {
		rcluster *c = &r->clusters[ci];
		const rgroup *lex_from = NULL;
		const rspell *best = NULL;

		c->canon_group = NONE;
		for (size_t k = c->g0; k < c->g0 + c->gn; k++) {
			const rgroup *g = &r->groups[r->cl_groups[k]];
			if (g->lex_name && (!lex_from || g->mentions > lex_from->mentions ||
					    (g->mentions == lex_from->mentions && strcmp(g->lex_name, lex_from->lex_name) < 0)))
				lex_from = g;
		}
		for (size_t k = c->s0; k < c->s0 + c->sn; k++) {
			const rspell *s = &r->spells[r->cl_spells[k]];
			if (!best || cmp_spelling(r, s, best, c->type) < 0)
				best = s;
		}
		if (lex_from) {
			char *norm = kg_resolve_norm_new(lex_from->lex_name);
			size_t gi;

			if (!norm)
				goto done;
			/* the lexicon's name is taken by a cluster kept apart from this one (a different line,
			 * two known countries): this one keeps its own spelling */
			if (kg_map_get(r->by_norm, norm, &gi) && r->cluster_of[gi] != ci)
				lex_from = NULL;
			else
				c->canonical = lex_from->lex_name;
			if (lex_from && kg_map_get(r->by_norm, norm, &gi) && r->cluster_of[gi] == ci)
				c->canon_group = gi;
			free(norm);
		}
		if (!lex_from) {
			c->canonical = best->name;
			c->canon_group = best->group;
		}
	}
	rc = KG_OK;
done:
	free(fill);
	return rc;
}

/* Writes to why how person name m (spelled s) relates to the person name c (spelled cs), with
 * suffix appended; 0 when the names are not directly related, 1 when written, <0 on error. */
static int person_line(kg_strv *why, const char *s, const kg_person_name *m, const char *cs,
		       const kg_person_name *c, const char *suffix)
{
	int same_surname, rc;

	if (!m->surname || !c->surname)
		return 0;
	same_surname = strcmp(m->surname, c->surname) == 0;
	if (!same_surname && !kg_resolve_surname_variant(m->surname, c->surname))
		return 0;
	if (m->kind == KG_PNAME_FULL && c->kind == KG_PNAME_FULL) {
		kg_given_rel g = kg_resolve_given_rel(m->given, c->given);

		if (same_surname && same_givens(m, c) && strcmp(m->given, c->given) != 0) {
			rc = push_fmt(why, "%s: same given names as %s written with or without a hyphen, same surname%s", s, cs,
				      suffix);
			return rc < 0 ? rc : 1;
		}
		if (g == KG_GIVEN_NONE)
			return 0;
		if (!same_surname && g != KG_GIVEN_SAME)
			rc = push_fmt(why, "%s: transliteration variant of %s (%s ~ %s, %s ~ %s)%s", s, cs, m->given,
				      c->given, m->surname, c->surname, suffix);
		else if (!same_surname)
			rc = push_fmt(why, "%s: transliteration variant of %s (%s ~ %s)%s", s, cs, m->surname, c->surname, suffix);
		else if (g == KG_GIVEN_VARIANT)
			rc = push_fmt(why, "%s: first-name variant of %s (%s ~ %s)%s", s, cs, m->given, c->given, suffix);
		else if (g == KG_GIVEN_DIMINUTIVE)
			rc = push_fmt(why, "%s: first-name variant of %s (%s ~ %s, a diminutive)%s", s, cs, m->given,
				      c->given, suffix);
		else if (m->middle_initial != c->middle_initial)
			rc = push_fmt(why, "%s: same name as %s without the middle initial%s", s, cs, suffix);
		else if (m->title != c->title)
			rc = push_fmt(why, "%s: same name as %s without the title%s", s, cs, suffix);
		else
			rc = push_fmt(why, "%s: same first name and surname as %s%s", s, cs, suffix);
		return rc < 0 ? rc : 1;
	}
	if (m->kind == KG_PNAME_SURNAME && c->kind == KG_PNAME_FULL) {
		static const char *const what[2][2] = { { "surname", "initial and surname" },
							{ "title and surname", "title, initial and surname" } };
		if (m->initials[0] && m->initials[0] != c->initials[0])
			return 0;
		if (same_surname)
			rc = push_fmt(why, "%s: %s of %s, the only person with that surname%s", s,
				      what[m->title][m->initials[0] != 0], cs, suffix);
		else
			rc = push_fmt(why, "%s: %s of %s, the only person with that surname (%s ~ %s)%s", s,
				      what[m->title][m->initials[0] != 0], cs, m->surname, c->surname, suffix);
		return rc < 0 ? rc : 1;
	}
	if (m->kind == KG_PNAME_SURNAME && c->kind == KG_PNAME_SURNAME) {
		if (same_surname)
			rc = push_fmt(why, "%s: same surname as %s%s", s, cs, suffix);
		else
			rc = push_fmt(why, "%s: transliteration variant of %s (%s ~ %s)%s", s, cs, m->surname, c->surname, suffix);
		return rc < 0 ? rc : 1;
	}
	return 0;
}

/* Writes to why how a place or organisation spelling s relates to the name c. */
static int place_line(kg_strv *why, const char *s, const char *c, const char *suffix)
{
	const char *how = acronym_shape(s) && !acronym_shape(c) ? "abbreviation"
			  : !acronym_shape(s) && acronym_shape(c) ? "full name"
								: "alternative name";
	return push_fmt(why, "%s: %s of %s%s", s, how, c, suffix);
}

/* Writes to why the line for spelling s of cluster c, relating it to the canonical name, or to the
 * group it joined when the two are not directly comparable. */
static int why_line(const resolver *r, kg_strv *why, const rcluster *c, const rspell *s)
{
	const rgroup *g = &r->groups[s->group];
	const rgroup *via = g->via != NONE ? &r->groups[g->via] : NULL;
	char suffix[600];
	int rc;

	if (c->canon_group == s->group)
		return push_fmt(why, "%s: same name as %s up to case, punctuation or article", s->name, c->canonical);
	if (c->type == KG_TYPE_PERSON && c->canon_group != NONE) {
		if ((rc = person_line(why, s->name, &g->person, c->canonical, &r->groups[c->canon_group].person, "")) != 0)
			return rc < 0 ? rc : KG_OK;
		snprintf(suffix, sizeof(suffix), ", merged with %s", c->canonical);
		if (via && (rc = person_line(why, s->name, &g->person, via->name, &via->person, suffix)) != 0)
			return rc < 0 ? rc : KG_OK;
	}
	if (c->type == KG_TYPE_PLACE || c->type == KG_TYPE_ORG) {
		if (g->lex_name || g->reason != JOIN_INITIALS || !via)
			return place_line(why, s->name, c->canonical, "");
		snprintf(suffix, sizeof(suffix), " (initials)%s%s", strcmp(via->name, c->canonical) ? ", merged with " : "",
			 strcmp(via->name, c->canonical) ? c->canonical : "");
		return place_line(why, s->name, via->name, suffix);
	}
	return push_fmt(why, "%s: merged with %s%s%s", s->name, c->canonical, via ? " through " : "", via ? via->name : "");
}

/* The line saying which types a group with conflicting types had and which won. */
static int conflict_line(const resolver *r, kg_strv *why, const rgroup *g)
{
	char types[128] = "";
	int seen[KG_TYPE__COUNT] = { 0 };

	for (size_t k = g->first; k < g->first + g->n; k++) {
		kg_etype t = r->nodes[k].e->type;
		if (t > KG_TYPE_UNKNOWN && t < KG_TYPE__COUNT)
			seen[t] = 1;
	}
	for (int t = KG_TYPE_UNKNOWN + 1; t < KG_TYPE__COUNT; t++) {
		if (!seen[t])
			continue;
		if (types[0])
			strncat(types, " and ", sizeof(types) - strlen(types) - 1);
		strncat(types, kg_etype_name((kg_etype)t), sizeof(types) - strlen(types) - 1);
	}
	return push_fmt(why, "%s: typed %s in different documents; %s by most mentions", g->name, types,
			kg_etype_name(g->type));
}

/* Adds the entity of cluster ci to out: canonical name, summed mentions, aliases, why lines. */
static int emit_entity(const resolver *r, kg_facts *out, size_t ci)
{
	const rcluster *c = &r->clusters[ci];
	kg_strv why = { 0 };
	unsigned long mentions = 0;
	size_t at;
	kg_entity *e;
	int rc;

	for (size_t k = c->g0; k < c->g0 + c->gn; k++)
		mentions += r->groups[r->cl_groups[k]].mentions;
	if ((rc = kg_facts_add_entity(out, c->canonical, c->type, NULL, mentions, &at)) < 0)
		goto done;
	for (size_t k = c->s0; k < c->s0 + c->sn; k++) {
		const rspell *s = &r->spells[r->cl_spells[k]];
		if (strcmp(s->name, c->canonical) != 0 && (rc = why_line(r, &why, c, s)) < 0)
			goto done;
	}
	for (size_t k = c->g0; k < c->g0 + c->gn; k++) {
		const rgroup *g = &r->groups[r->cl_groups[k]];
		if (g->conflict && (rc = conflict_line(r, &why, g)) < 0)
			goto done;
	}
	e = &out->entities[at];
	for (size_t k = c->g0; k < c->g0 + c->gn; k++) {
		const rgroup *g = &r->groups[r->cl_groups[k]];

		for (size_t j = g->first; j < g->first + g->n; j++) {
			const kg_entity *in = r->nodes[j].e;

			if (strcmp(in->name, e->name) != 0 && (rc = kg_strv_push_unique(&e->aliases, in->name)) < 0)
				goto done;
			for (size_t a = 0; a < in->aliases.n; a++)
				if (strcmp(in->aliases.v[a], e->name) != 0 &&
				    (rc = kg_strv_push_unique(&e->aliases, in->aliases.v[a])) < 0)
					goto done;
			for (size_t a = 0; a < in->why.n; a++)
				if ((rc = kg_strv_push_unique(&e->why, in->why.v[a])) < 0)
					goto done;
		}
	}
	for (size_t a = 0; a < why.n; a++)
		if ((rc = kg_strv_push_unique(&e->why, why.v[a])) < 0)
			goto done;
	kg_strv_sort(&e->aliases);
	kg_strv_sort(&e->why);
done:
	kg_strv_clear(&why);
	return rc;
}

/* strcmp that orders NULL first. */
static int cmp_opt(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int cmp_triple(const void *pa, const void *pb)
{
	const kg_triple *a = pa, *b = pb;
	int c;

	if ((c = strcmp(a->subject, b->subject)) || (c = strcmp(a->predicate, b->predicate)) ||
	    (c = strcmp(a->object, b->object)) || (c = cmp_opt(a->evidence.doc, b->evidence.doc)))
		return c;
	if (a->evidence.sentence != b->evidence.sentence)
		return a->evidence.sentence < b->evidence.sentence ? -1 : 1;
	if (a->evidence.start != b->evidence.start)
		return a->evidence.start < b->evidence.start ? -1 : 1;
	if (a->evidence.end != b->evidence.end)
		return a->evidence.end < b->evidence.end ? -1 : 1;
	if ((c = cmp_opt(a->extractor, b->extractor)) || (c = cmp_opt(a->attrs.title, b->attrs.title)) ||
	    (c = cmp_opt(a->attrs.location, b->attrs.location)) || (c = cmp_opt(a->attrs.date, b->attrs.date)) ||
	    (c = cmp_opt(a->attrs.modality, b->attrs.modality)) || (c = cmp_opt(a->evidence.text, b->evidence.text)))
		return c;
	if (a->confidence != b->confidence)
		return a->confidence < b->confidence ? -1 : 1;
	if (a->subject_type != b->subject_type)
		return type_rank(a->subject_type) - type_rank(b->subject_type);
	return type_rank(a->object_type) - type_rank(b->object_type);
}

/* The cluster an entity name belongs to (by exact name, else by normalised name), or NONE. */
static size_t cluster_of_name(const resolver *r, const char *name, int *rc)
{
	size_t gi;
	char *norm;

	if (kg_map_get(r->by_name, name, &gi))
		return r->cluster_of[gi];
	if (!(norm = kg_resolve_norm_new(name))) {
		*rc = KG_ENOMEM;
		return NONE;
	}
	gi = kg_map_get(r->by_norm, norm, &gi) ? gi : NONE;
	free(norm);
	return gi == NONE ? NONE : r->cluster_of[gi];
}

/* Adds the triples of in to out with canonical names, sorted, without self-loops. */
static int emit_triples(const resolver *r, kg_facts *out, const kg_facts *in, kg_error *err)
{
	kg_triple *v = malloc((in->n_triples + 1) * sizeof(*v));
	size_t n = 0;
	int rc = KG_OK;

	if (!v)
		return KG_ENOMEM;
	for (size_t i = 0; i < in->n_triples; i++) {
		kg_triple t = in->triples[i];
		size_t cs, co;

		if (!t.subject || !t.object || !t.predicate) {
			kg_error_set(err, t.evidence.doc, 0, 0, "triple %zu lacks a subject, predicate or object", i);
			rc = KG_EINVAL;
			goto done;
		}
		cs = cluster_of_name(r, t.subject, &rc);
		co = cluster_of_name(r, t.object, &rc);
		if (rc < 0)
			goto done;
		if (cs != NONE) {
			t.subject = (char *)r->clusters[cs].canonical;
			t.subject_type = r->clusters[cs].type;
		}
		if (co != NONE) {
			t.object = (char *)r->clusters[co].canonical;
			t.object_type = r->clusters[co].type;
		}
		if (strcmp(t.subject, t.object) != 0)
			v[n++] = t; /* shallow: kg_facts_add_triple copies */
	}
	qsort(v, n, sizeof(*v), cmp_triple);
	for (size_t i = 0; i < n && rc == KG_OK; i++)
		if ((rc = kg_facts_add_triple(out, &v[i])) < 0)
			kg_error_set(err, v[i].evidence.doc, 0, 0, "cannot add the triple %s %s %s: %s", v[i].subject,
				     v[i].predicate, v[i].object, kg_strerror(rc));
done:
	free(v);
	return rc;
}

/* The canonical name of name (borrowed), or name itself when no cluster holds it. */
static const char *canonical_of(const resolver *r, const char *name, kg_etype *type, int *rc)
{
	size_t c = name ? cluster_of_name(r, name, rc) : NONE;

	if (c == NONE)
		return name;
	if (type)
		*type = r->clusters[c].type;
	return r->clusters[c].canonical;
}

/* Adds the events of in to out with canonical participant and place names (two participants that
 * resolve to one entity become one), in their order. */
static int emit_events(const resolver *r, kg_facts *out, const kg_facts *in)
{
	int rc = KG_OK;

	for (size_t i = 0; i < in->n_events && rc == KG_OK; i++) {
		const kg_event *src = &in->events[i];
		kg_event ev = *src;
		kg_etype place_type = KG_TYPE_PLACE;

		ev.participants = NULL;
		ev.n_participants = ev.cap_participants = 0;
		ev.place = (char *)canonical_of(r, src->place, &place_type, &rc);
		for (size_t k = 0; k < src->n_participants && rc == KG_OK; k++) {
			kg_etype t = src->participants[k].type;
			const char *name = canonical_of(r, src->participants[k].name, &t, &rc);

			if (rc == KG_OK)
				rc = kg_event_add_participant(&ev, name, t, src->participants[k].role);
		}
		if (rc == KG_OK)
			rc = kg_facts_add_event(out, &ev);
		for (size_t k = 0; k < ev.n_participants; k++)
			free(ev.participants[k].name);
		free(ev.participants);
	}
	return rc;
}

static void resolver_clear(resolver *r)
{
	for (size_t i = 0; i < r->n_nodes; i++)
		free(r->nodes[i].norm);
	for (size_t i = 0; r->groups && i < r->n_groups; i++) {
		kg_resolve_person_clear(&r->groups[i].person);
		free(r->groups[i].initials);
		kg_strv_clear(&r->groups[i].apart);
	}
	free(r->nodes);
	free(r->groups);
	free(r->spells);
	free(r->clusters);
	free(r->cluster_of);
	free(r->cl_groups);
	free(r->cl_spells);
	kg_map_free(r->by_name);
	kg_map_free(r->by_norm);
}

int kg_resolve(kg_facts **out, const kg_facts *in, const kg_lex *lex, kg_error *err)
{
	return kg_resolve_apart(out, in, lex, NULL, err);
}

/* The working state of a resolver that outlives its call: what kg_resolver_apply reads. */
struct kg_resolver {
	resolver r; /* the clusters of the entities it was made from */
};

void kg_resolver_free(kg_resolver *rs)
{
	if (!rs)
		return;
	resolver_clear(&rs->r);
	free(rs);
}

int kg_resolver_new(kg_resolver **out, kg_facts **entities, const kg_facts *in, const kg_lex *lex,
		    const kg_curation *cur, kg_error *err)
{
	kg_resolver *rs = NULL;
	kg_facts *f = NULL;
	keyed *order = NULL;
	resolver *r;
	int rc;

	*out = NULL;
	*entities = NULL;
	if (!in) {
		kg_error_set(err, "resolve", 0, 0, "no fact set to resolve");
		return KG_EINVAL;
	}
	if (!(rs = calloc(1, sizeof(*rs)))) {
		rc = KG_ENOMEM;
		goto done;
	}
	r = &rs->r;
	r->lex = lex;
	if ((rc = kg_map_new(&r->by_name)) < 0 || (rc = kg_map_new(&r->by_norm)) < 0 || (rc = kg_facts_new(&f)) < 0 ||
	    (rc = kg_facts_copy_docs(f, in)) < 0 || (rc = build_groups(r, in)) < 0 || (rc = describe_groups(r)) < 0 ||
	    (rc = mark_apart(r, cur)) < 0 || (rc = join_by_lexicon(r)) < 0 ||
	    (rc = join_by_initials(r)) < 0 || (rc = join_persons(r)) < 0 || (rc = build_clusters(r)) < 0)
		goto done;
	if (!(order = malloc((r->n_clusters + 1) * sizeof(*order)))) {
		rc = KG_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < r->n_clusters; i++)
		order[i] = (keyed){ r->clusters[i].canonical, type_rank(r->clusters[i].type), i };
	qsort(order, r->n_clusters, sizeof(*order), cmp_keyed);
	for (size_t i = 0; i < r->n_clusters; i++)
		if ((rc = emit_entity(r, f, order[i].index)) < 0)
			goto done;
	*out = rs;
	*entities = f;
	rs = NULL;
	f = NULL;
done:
	if (rc == KG_ENOMEM)
		kg_error_set(err, "resolve", 0, 0, "out of memory merging %zu entities", in->n_entities);
	free(order);
	kg_facts_free(f);
	kg_resolver_free(rs);
	return rc;
}

int kg_resolver_apply(const kg_resolver *rs, kg_facts *out, const kg_facts *in, kg_error *err)
{
	int rc;

	if ((rc = emit_triples(&rs->r, out, in, err)) == KG_OK && (rc = emit_events(&rs->r, out, in)) == KG_ENOMEM)
		kg_error_set(err, "resolve", 0, 0, "out of memory");
	return rc;
}

int kg_resolve_apart(kg_facts **out, const kg_facts *in, const kg_lex *lex, const kg_curation *cur, kg_error *err)
{
	kg_resolver *rs = NULL;
	kg_facts *f = NULL;
	int rc;

	if (!out) {
		kg_error_set(err, "resolve", 0, 0, "no fact set to resolve");
		return KG_EINVAL;
	}
	*out = NULL;
	if ((rc = kg_resolver_new(&rs, &f, in, lex, cur, err)) < 0 || (rc = kg_resolver_apply(rs, f, in, err)) < 0)
		goto done;
	*out = f;
	f = NULL;
done:
	kg_facts_free(f);
	kg_resolver_free(rs);
	return rc;
}
