/* curation.c: a user's corrections to entity merges (same, different, type, ignore, rename lines),
 * read from a tab-separated file and applied around kg_resolve, each change logged with its line. */
#include "resolve.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The words of a curation line and how many names each takes. */
static const struct {
	const char *word;       /* first field */
	kg_curation_kind kind;  /* what it says */
	int n_fields;           /* fields after the word */
	const char *usage;      /* the line's form, for errors */
} curation_words[] = {
	{ "same", KG_CUR_SAME, 2, "same<TAB>NAME<TAB>NAME" },
	{ "different", KG_CUR_DIFFERENT, 2, "different<TAB>NAME<TAB>NAME" },
	{ "type", KG_CUR_TYPE, 2, "type<TAB>NAME<TAB>PERSON|ORG|PLACE|EVENT|OTHER" },
	{ "ignore", KG_CUR_IGNORE, 1, "ignore<TAB>NAME" },
	{ "rename", KG_CUR_RENAME, 2, "rename<TAB>NAME<TAB>NEW NAME" },
};
#define N_WORDS (sizeof(curation_words) / sizeof(curation_words[0]))

void kg_curation_free(kg_curation *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->rules[i].a);
		free(c->rules[i].b);
		free(c->rules[i].norm_a);
		free(c->rules[i].norm_b);
	}
	free(c->rules);
	free(c->source);
	free(c->text);
	free(c);
}

/* Splits line (cut up in place) at tabs into at most max fields, each trimmed of spaces; returns how
 * many there were (max + 1 when more). */
static size_t split_tabs(char *line, char **f, size_t max)
{
	size_t n = 0;

	for (char *p = line;; n++) {
		char *tab = strchr(p, '\t'), *end;

		if (n < max) {
			while (*p == ' ')
				p++;
			f[n] = p;
		}
		if (tab)
			*tab = '\0';
		end = p + strlen(p);
		while (end > p && (end[-1] == ' ' || end[-1] == '\r'))
			*--end = '\0';
		if (!tab)
			return n + 1;
		p = tab + 1;
	}
}

/* Reads one line into a rule; 1 for a rule, 0 for a blank or comment line, KG_EPARSE with err. */
static int parse_line(kg_curation_rule *r, char *line, const char *source, long lineno, kg_error *err)
{
	char *f[4] = { NULL, NULL, NULL, NULL };
	size_t n, w;

	while (*line == ' ')
		line++;
	if (*line == '\0' || *line == '#' || *line == '\r')
		return 0;
	n = split_tabs(line, f, 4);
	for (w = 0; w < N_WORDS && strcmp(curation_words[w].word, f[0]) != 0; w++)
		;
	if (w == N_WORDS) {
		kg_error_set(err, source, lineno, 0, "unknown curation line '%.40s'; valid: same, different, type, "
			     "ignore, rename (fields separated by tabs)", f[0]);
		return KG_EPARSE;
	}
	if (n != (size_t)curation_words[w].n_fields + 1 || !*f[1] || (n > 2 && !*f[2])) {
		kg_error_set(err, source, lineno, 0, "expected %s, with tabs between the fields", curation_words[w].usage);
		return KG_EPARSE;
	}
	r->kind = curation_words[w].kind;
	r->line = lineno;
	if (r->kind == KG_CUR_TYPE && (r->type = kg_etype_parse(f[2])) == KG_TYPE_UNKNOWN) {
		kg_error_set(err, source, lineno, 0, "unknown type '%.40s'; valid: PERSON, ORG, PLACE, EVENT, OTHER", f[2]);
		return KG_EPARSE;
	}
	if (!(r->a = kg_strdup(f[1])) || !(r->norm_a = kg_resolve_norm_new(f[1])))
		return KG_ENOMEM;
	if (r->kind != KG_CUR_TYPE && n > 2 &&
	    (!(r->b = kg_strdup(f[2])) || !(r->norm_b = kg_resolve_norm_new(f[2]))))
		return KG_ENOMEM;
	if ((r->kind == KG_CUR_SAME || r->kind == KG_CUR_DIFFERENT) && strcmp(r->norm_a, r->norm_b) == 0) {
		kg_error_set(err, source, lineno, 0, "the two names are one name; a %s line needs two",
			     curation_words[w].word);
		return KG_EPARSE;
	}
	return 1;
}

int kg_curation_parse(kg_curation **out, const char *text, size_t len, const char *source, kg_error *err)
{
	kg_curation *c = calloc(1, sizeof(*c));
	char *copy = NULL;
	long lineno = 0;
	int rc = KG_OK;

	*out = NULL;
	if (!c || !(c->source = kg_strdup(source ? source : "curation")) || !(c->text = kg_strndup(text, len)) ||
	    !(copy = kg_strndup(text, len))) {
		rc = KG_ENOMEM;
		goto done;
	}
	if (kg_utf8_valid_prefix(text, len) != len || memchr(text, '\0', len)) {
		kg_error_set(err, c->source, 0, 0, "not UTF-8 text");
		rc = KG_EUTF8;
		goto done;
	}
	for (char *line = copy; line; lineno++) {
		char *nl = strchr(line, '\n');
		kg_curation_rule r = { 0 };
		int got;

		if (nl)
			*nl = '\0';
		if ((got = parse_line(&r, line, c->source, lineno + 1, err)) == 1) {
			kg_curation_rule *grown = realloc(c->rules, (c->n + 1) * sizeof(*grown));

			if (!grown)
				got = KG_ENOMEM;
			else
				(c->rules = grown)[c->n++] = r;
		}
		if (got != 1) {
			free(r.a);
			free(r.b);
			free(r.norm_a);
			free(r.norm_b);
		}
		if (got < 0) {
			rc = got;
			goto done;
		}
		line = nl ? nl + 1 : NULL;
	}
done:
	free(copy);
	if (rc == KG_ENOMEM)
		kg_error_set(err, source ? source : "curation", 0, 0, "out of memory");
	if (rc < 0)
		kg_curation_free(c);
	else
		*out = c;
	return rc;
}

/* 1 when name folds to norm. */
static int names_match(const char *name, const char *norm)
{
	char *n = kg_resolve_norm_new(name);
	int same = n && norm && strcmp(n, norm) == 0;

	free(n);
	return same;
}

/* The rule of kind that names name (as its first name, or as its second when second), or NULL. */
static const kg_curation_rule *rule_for(const kg_curation *cur, kg_curation_kind kind, const char *name, int second)
{
	for (size_t i = 0; cur && i < cur->n; i++)
		if (cur->rules[i].kind == kind && names_match(name, second ? cur->rules[i].norm_b : cur->rules[i].norm_a))
			return &cur->rules[i];
	return NULL;
}

/* What curation makes of an input name: its new name (borrowed: name itself or a rule's), NULL when
 * ignored; *by gets the rule that changed it. */
static const char *curated_name(const kg_curation *cur, const char *name, const kg_curation_rule **by)
{
	const kg_curation_rule *r;

	*by = NULL;
	if ((r = rule_for(cur, KG_CUR_IGNORE, name, 0))) {
		*by = r;
		return NULL;
	}
	if ((r = rule_for(cur, KG_CUR_SAME, name, 1))) {
		*by = r;
		return r->a;
	}
	return name;
}

/* Appends a printf-formatted line to sv. */
static int push_line(kg_strv *sv, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int push_line(kg_strv *sv, const char *fmt, ...)
{
	char buf[1200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return kg_strv_push_unique(sv, buf);
}

/* 1 when why line w explains alias a ("a: ..."). */
static int why_of(const char *w, const char *a)
{
	size_t n = strlen(a);

	return strncmp(w, a, n) == 0 && w[n] == ':';
}

/* The type curation gives an entity named name (its own, a type line's, or that of the entity a same
 * line merges it into, found in in). */
static kg_etype curated_type(const kg_curation *cur, const kg_facts *in, const char *name, kg_etype type,
			     const kg_curation_rule **by)
{
	const kg_curation_rule *r = rule_for(cur, KG_CUR_TYPE, name, 0);

	*by = r;
	if (r)
		return r->type;
	for (size_t i = 0; i < in->n_entities; i++)
		if (strcmp(in->entities[i].name, name) == 0 && in->entities[i].type != KG_TYPE_UNKNOWN)
			return type == KG_TYPE_UNKNOWN ? in->entities[i].type : type;
	return type;
}

/* An alias a different line separates from entity k of out: an entity of its own, of k's type, each
 * saying which line keeps them apart. */
static int split_off(kg_facts *out, size_t k, const char *alias, const kg_curation *cur, const kg_curation_rule *r)
{
	size_t j;
	int rc;

	if ((rc = push_line(&out->entities[k].why, "%s: not merged with %s (curation %s:%ld)", alias,
			    out->entities[k].name, cur->source, r->line)) < 0 ||
	    (rc = kg_facts_add_entity(out, alias, out->entities[k].type, NULL, 1, &j)) < 0)
		return rc;
	return push_line(&out->entities[j].why, "%s: not merged with %s (curation %s:%ld)", alias,
			 out->entities[k].name, cur->source, r->line);
}

/* Copies entity e of in into out as curation has it. */
static int curate_entity(kg_facts *out, const kg_facts *in, const kg_curation *cur, const kg_entity *e)
{
	const kg_curation_rule *by, *tby;
	const char *name = curated_name(cur, e->name, &by);
	kg_etype type;
	kg_entity *d;
	size_t k;
	int rc;

	if (!name)
		return KG_OK; /* ignored */
	type = curated_type(cur, in, name, e->type, &tby);
	if (name != e->name) {
		/* merged by a same line: the type of the entity it joins */
		for (size_t i = 0; i < in->n_entities; i++)
			if (strcmp(in->entities[i].name, name) == 0 && !tby)
				type = in->entities[i].type;
	}
	if ((rc = kg_facts_add_entity(out, name, type, name != e->name ? e->name : NULL, e->mentions, &k)) < 0)
		return rc;
	d = &out->entities[k];
	if (tby)
		d->type = tby->type;
	if (by && (rc = push_line(&d->why, "%s: same as %s (curation %s:%ld)", e->name, name, cur->source, by->line)) < 0)
		return rc;
	if (tby && (rc = push_line(&d->why, "%s: type %s (curation %s:%ld)", name, kg_etype_name(tby->type),
				   cur->source, tby->line)) < 0)
		return rc;
	for (size_t i = 0; cur && i < cur->n; i++) {
		const kg_curation_rule *r = &cur->rules[i];
		int side = r->kind != KG_CUR_DIFFERENT ? 0 : names_match(name, r->norm_a) ? 1 : names_match(name, r->norm_b) ? 2 : 0;

		if (side && (rc = push_line(&d->why, "%s: not merged with %s (curation %s:%ld)", name,
					    side == 1 ? r->b : r->a, cur->source, r->line)) < 0)
			return rc;
	}
	for (size_t a = 0; a < e->aliases.n; a++) {
		const char *alias = e->aliases.v[a];

		d = &out->entities[k];
		const kg_curation_rule *d1 = NULL, *ign = rule_for(cur, KG_CUR_IGNORE, alias, 0);

		for (size_t i = 0; cur && i < cur->n && !d1; i++) {
			const kg_curation_rule *r = &cur->rules[i];

			if (r->kind == KG_CUR_DIFFERENT &&
			    ((names_match(alias, r->norm_a) && names_match(e->name, r->norm_b)) ||
			     (names_match(alias, r->norm_b) && names_match(e->name, r->norm_a))))
				d1 = r;
		}
		if (d1)
			rc = split_off(out, k, alias, cur, d1);
		else if (!ign)
			rc = strcmp(alias, name) ? kg_strv_push_unique(&d->aliases, alias) : KG_OK;
		if (rc < 0)
			return rc;
	}
	d = &out->entities[k];
	for (size_t w = 0; w < e->why.n; w++) {
		int dropped = 0;

		for (size_t a = 0; a < e->aliases.n && !dropped; a++)
			dropped = why_of(e->why.v[w], e->aliases.v[a]) && !kg_strv_contains(&d->aliases, e->aliases.v[a]);
		if (!dropped && (rc = kg_strv_push_unique(&d->why, e->why.v[w])) < 0)
			return rc;
	}
	return KG_OK;
}

/* Replaces *s (owned) by a copy of name; KG_ENOMEM. */
static int set_name(char **s, const char *name)
{
	char *c;

	if (*s == name || strcmp(*s, name) == 0)
		return KG_OK;
	if (!(c = kg_strdup(name)))
		return KG_ENOMEM;
	free(*s);
	*s = c;
	return KG_OK;
}

/* in as curation has it before resolving: ignored entities and their triples gone, same lines
 * applied (one name), type lines applied, aliases a different line separates dropped. */
static int curate_before(kg_facts **out, const kg_facts *in, const kg_curation *cur)
{
	kg_facts *f = NULL;
	int rc;

	if ((rc = kg_facts_new(&f)) < 0)
		return rc;
	for (size_t i = 0; i < in->n_entities; i++)
		if ((rc = curate_entity(f, in, cur, &in->entities[i])) < 0)
			goto done;
	for (size_t i = 0; i < in->n_triples; i++) {
		const kg_triple *t = &in->triples[i];
		const kg_curation_rule *by;
		const char *s = curated_name(cur, t->subject, &by), *o = curated_name(cur, t->object, &by);
		kg_entity *se, *oe;
		kg_triple c;

		if (!s || !o)
			continue;
		if ((rc = kg_triple_copy(&c, t)) < 0)
			goto done;
		se = kg_facts_find(f, s);
		oe = kg_facts_find(f, o);
		if (se)
			c.subject_type = se->type;
		if (oe)
			c.object_type = oe->type;
		if ((rc = set_name(&c.subject, s)) == KG_OK && (rc = set_name(&c.object, o)) == KG_OK)
			rc = kg_facts_add_triple(f, &c);
		kg_triple_clear(&c);
		if (rc < 0)
			goto done;
	}
	for (size_t i = 0; i < in->n_events; i++) {
		const kg_event *ev = &in->events[i];
		const kg_curation_rule *by;
		kg_event c;
		int keep = 1;

		if ((rc = kg_event_copy(&c, ev)) < 0)
			goto done;
		for (size_t p = 0; p < c.n_participants && rc == KG_OK; p++) {
			const char *n = curated_name(cur, c.participants[p].name, &by);

			keep &= n != NULL;
			if (n)
				rc = set_name(&c.participants[p].name, n);
		}
		if (c.place && rc == KG_OK) {
			const char *n = curated_name(cur, c.place, &by);

			if (!n) {
				free(c.place);
				c.place = NULL;
			} else {
				rc = set_name(&c.place, n);
			}
		}
		if (rc == KG_OK && keep)
			rc = kg_facts_add_event(f, &c);
		kg_event_clear(&c);
		if (rc < 0)
			goto done;
	}
	*out = f;
	f = NULL;
done:
	kg_facts_free(f);
	return rc;
}

/* Applies the rename lines to resolved facts in place: the entity named (or with an alias) NAME takes
 * NEW NAME, keeps its old name as an alias, and its triples and events follow. */
static int curate_after(kg_facts *f, const kg_curation *cur)
{
	int rc = KG_OK;

	for (size_t i = 0; cur && i < cur->n && rc == KG_OK; i++) {
		const kg_curation_rule *r = &cur->rules[i];
		kg_entity *e = NULL;
		char *old;

		if (r->kind != KG_CUR_RENAME)
			continue;
		for (size_t k = 0; k < f->n_entities && !e; k++) {
			kg_entity *x = &f->entities[k];

			if (names_match(x->name, r->norm_a))
				e = x;
			for (size_t a = 0; a < x->aliases.n && !e; a++)
				if (names_match(x->aliases.v[a], r->norm_a))
					e = x;
		}
		if (!e || kg_facts_find(f, r->b))
			continue; /* nothing named so, or the new name is taken: left as it is */
		if (!(old = kg_strdup(e->name)))
			return KG_ENOMEM;
		rc = set_name(&e->name, r->b);
		if (rc == KG_OK)
			rc = kg_strv_push_unique(&e->aliases, old);
		if (rc == KG_OK)
			rc = push_line(&e->why, "%s: renamed %s (curation %s:%ld)", old, r->b, cur->source, r->line);
		for (size_t t = 0; t < f->n_triples && rc == KG_OK; t++) {
			if (strcmp(f->triples[t].subject, old) == 0)
				rc = set_name(&f->triples[t].subject, r->b);
			if (rc == KG_OK && strcmp(f->triples[t].object, old) == 0)
				rc = set_name(&f->triples[t].object, r->b);
		}
		for (size_t v = 0; v < f->n_events && rc == KG_OK; v++) {
			kg_event *ev = &f->events[v];

			for (size_t p = 0; p < ev->n_participants && rc == KG_OK; p++)
				if (strcmp(ev->participants[p].name, old) == 0)
					rc = set_name(&ev->participants[p].name, r->b);
			if (rc == KG_OK && ev->place && strcmp(ev->place, old) == 0)
				rc = set_name(&ev->place, r->b);
		}
		free(old);
	}
	/* the name index of f is keyed by the old names: rebuild it */
	if (rc == KG_OK) {
		kg_map_free(f->by_name);
		f->by_name = NULL;
		if ((rc = kg_map_new(&f->by_name)) == KG_OK)
			for (size_t k = 0; k < f->n_entities && rc == KG_OK; k++)
				rc = kg_map_put(f->by_name, f->entities[k].name, k);
	}
	return rc;
}

int kg_resolve_curated(kg_facts **out, const kg_facts *in, const kg_lex *lex, const kg_curation *cur, kg_error *err)
{
	kg_facts *pre = NULL;
	int rc;

	if (!cur || cur->n == 0)
		return kg_resolve(out, in, lex, err);
	*out = NULL;
	if (!in) {
		kg_error_set(err, "resolve", 0, 0, "no facts");
		return KG_EINVAL;
	}
	if ((rc = curate_before(&pre, in, cur)) < 0) {
		kg_error_set(err, cur->source, 0, 0, "out of memory applying the curation");
		return rc;
	}
	rc = kg_resolve_apart(out, pre, lex, cur, err);
	kg_facts_free(pre);
	if (rc == KG_OK && (rc = curate_after(*out, cur)) < 0) {
		kg_error_set(err, cur->source, 0, 0, "out of memory applying the curation");
		kg_facts_free(*out);
		*out = NULL;
	}
	return rc;
}
