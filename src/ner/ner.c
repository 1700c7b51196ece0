/* ner.c: the news extractor's entry points: one document to facts, and CoNLL tagging. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int ctx_init(nctx *c, const kg_doc *doc, const kg_parsed *p, const kg_news_env *env, kg_facts *out)
{
	memset(c, 0, sizeof(*c));
	c->doc = doc;
	c->p = p;
	c->lex = env->lex;
	c->lang = env->lang;
	c->cache = env->cache;
	c->out = out;
	if (kg_map_new(&c->known) < 0 || kg_map_new(&c->ent_by_name) < 0)
		return KG_ENOMEM;
	return KG_OK;
}

/* 1 when every word of a ("Zelensky") ends b ("Volodymyr Zelensky"). */
static int ends_with_words(const char *b, const char *a)
{
	size_t na = strlen(a), nb = strlen(b);

	return na < nb && strcmp(b + nb - na, a) == 0 && b[nb - na - 1] == ' ';
}

/* Why alias names entity e in this document, for kg explain. */
static void alias_reason(char *buf, size_t cap, const dent *e, const char *alias, const char *doc)
{
	size_t n = strlen(alias);
	int upper = n > 1;
	const char *w = strstr(e->name, alias);

	for (size_t i = 0; i < n; i++)
		if (islower((unsigned char)alias[i]))
			upper = 0;
	if (e->type == KG_TYPE_PERSON && ends_with_words(e->name, alias))
		snprintf(buf, cap, "%s: surname of %s, named in full in %s", alias, e->name, doc);
	else if (w && (w == e->name || w[-1] == ' ') && (w[n] == ' ' || w[n] == '\0'))
		snprintf(buf, cap, "%s: short form of %s in %s", alias, e->name, doc);
	else if (upper && e->type != KG_TYPE_PERSON)
		snprintf(buf, cap, "%s: abbreviation of %s (%s)", alias, e->name, doc);
	else if (e->type == KG_TYPE_PLACE || e->type == KG_TYPE_ORG)
		snprintf(buf, cap, "%s: another name of %s in the gazetteer (%s)", alias, e->name, doc);
	else
		snprintf(buf, cap, "%s: another form of %s in %s", alias, e->name, doc);
}

/* Adds the document's entities to out: those named in the text and those its relations use. */
static int emit_entities(nctx *c)
{
	int rc;

	for (size_t i = 0; i < c->n_e; i++) {
		dent *e = &c->e[i];
		size_t k;

		if (e->type == KG_TYPE_UNKNOWN || !(e->named || e->used) || (e->mentions == 0 && !e->used))
			continue; /* unnamed, or every mention went to a longer name */
		if ((rc = kg_facts_add_entity(c->out, e->name, e->type, NULL, e->mentions ? e->mentions : 1, &k)) < 0)
			return rc;
		for (size_t a = 0; a < e->aliases.n; a++) {
			char why[512];
			if ((rc = kg_facts_add_entity(c->out, e->name, e->type, e->aliases.v[a], 0, &k)) < 0)
				return rc;
			alias_reason(why, sizeof(why), e, e->aliases.v[a], c->doc->id);
			if ((rc = kg_strv_push_unique(&c->out->entities[k].why, why)) < 0)
				return rc;
		}
	}
	return KG_OK;
}

/* With KG_DEBUG_UNITS set, prints every sentence's units on stderr (a development aid). */
static void debug_units(const nctx *c)
{
	static const char *const names[] = { "W", "P", "POSS", "ENT", "TITLE", "DEM", "PRON", "DESC" };

	for (size_t si = 0; si < c->p->n_sents; si++) {
		fprintf(stderr, "[%zu]", si);
		for (size_t i = 0; i < c->n_units[si]; i++) {
			const unit *u = &c->units[si][i];
			size_t a = c->p->tokens[u->t0].start, b = c->p->tokens[u->t1 - 1].end;
			fprintf(stderr, " %s(%.*s", names[u->kind], (int)(b - a), c->doc->norm + a);
			if (u->kind == U_ENT && u->ent >= 0)
				fprintf(stderr, "=%s/%s", c->e[u->ent].name, kg_etype_name(c->e[u->ent].type));
			if (u->lemma[0])
				fprintf(stderr, "~%s", u->lemma);
			fputc(')', stderr);
		}
		fputc('\n', stderr);
	}
}

int kg_news_extract(kg_facts *out, const kg_doc *doc, const kg_news_env *env, kg_error *err)
{
	kg_parsed *p = NULL;
	nctx c;
	int rc;

	memset(&c, 0, sizeof(c));
	if ((rc = kg_text_parse(&p, doc, env->split)) < 0) {
		kg_error_set(err, doc->source ? doc->source : doc->id, 0, 0, "cannot split the text: %s",
			     kg_strerror(rc));
		return rc;
	}
	if ((rc = ctx_init(&c, doc, p, env, out)) < 0 || (rc = ner_units(&c)) < 0 || (rc = ner_coref(&c)) < 0 ||
	    (getenv("KG_DEBUG_UNITS") && (debug_units(&c), 0)) || (rc = ner_relations(&c)) < 0 ||
	    (rc = emit_entities(&c)) < 0) {
		kg_error_set(err, doc->source ? doc->source : doc->id, 0, 0, "extraction failed: %s", kg_strerror(rc));
		goto done;
	}
done:
	if (c.p)
		ner_ctx_clear(&c);
	else {
		kg_map_free(c.known);
		kg_map_free(c.ent_by_name);
	}
	kg_parsed_free(p);
	return rc;
}

/* One CoNLL line: where its token stands in the synthetic document. */
typedef struct cline {
	char *line;     /* the input line without its newline */
	size_t start;   /* byte offset of the token in the document text, or SIZE_MAX for none */
	size_t end;
	const char *tag;/* predicted tag */
	int begin;      /* 1: B-, 0: I- */
} cline;

static const char *conll_type(kg_etype t)
{
	switch (t) {
	case KG_TYPE_PERSON:
		return "PER";
	case KG_TYPE_ORG:
		return "ORG";
	case KG_TYPE_PLACE:
		return "LOC";
	default:
		return NULL;
	}
}

/* Tags one CoNLL document (lines [0, n)) and prints it. */
static int conll_doc(cline *lines, size_t n, const char *source, const kg_news_env *env, FILE *out, kg_error *err)
{
	size_t len = 0, o = 0;
	char *text = NULL;
	kg_doc *doc = NULL;
	kg_parsed *p = NULL;
	kg_facts *facts = NULL;
	nctx c;
	int rc = KG_OK;

	memset(&c, 0, sizeof(c));
	for (size_t i = 0; i < n; i++)
		len += strlen(lines[i].line) + 1;
	text = malloc(len + 1);
	if (!text) {
		rc = KG_ENOMEM;
		goto done;
	}
	/* tokens joined by spaces, one sentence per line */
	for (size_t i = 0; i < n; i++) {
		const char *l = lines[i].line;
		size_t tl = strcspn(l, " \t");
		lines[i].tag = NULL;
		if (tl == 0 || strncmp(l, "-DOCSTART-", 10) == 0) {
			lines[i].start = (size_t)-1;
			if (o && text[o - 1] != '\n')
				text[o++] = '\n';
			continue;
		}
		if (o && text[o - 1] != '\n')
			text[o++] = ' ';
		lines[i].start = o;
		memcpy(text + o, l, tl);
		o += tl;
		lines[i].end = o;
	}
	text[o] = '\0';
	{
		kg_read_opts ro = { 1, 0, NULL };
		if ((rc = kg_doc_new(&doc, source, source, text, o, &ro, err)) < 0)
			goto done;
	}
	if ((rc = kg_text_parse(&p, doc, NULL)) < 0 || (rc = kg_facts_new(&facts)) < 0 ||
	    (rc = ctx_init(&c, doc, p, env, facts)) < 0 || (rc = ner_units(&c)) < 0 || (rc = ner_coref(&c)) < 0)
		goto done;
	for (size_t mi = 0; mi < c.n_m; mi++) {
		const rawm *m = &c.m[mi];
		const char *type = conll_type(m->ent >= 0 ? c.e[m->ent].type : m->type);
		size_t a, b;
		int first = 1;

		if (!type)
			continue;
		a = kg_doc_orig(doc, p->tokens[m->t0].start);
		b = kg_doc_orig(doc, p->tokens[m->t1 - 1].end);
		for (size_t i = 0; i < n; i++) {
			if (lines[i].start == (size_t)-1 || lines[i].end <= a || lines[i].start >= b)
				continue;
			lines[i].tag = type;
			lines[i].begin = first;
			first = 0;
		}
	}
done:
	for (size_t i = 0; i < n; i++) {
		const char *l = lines[i].line;
		if (l[0] == '\0') {
			fputc('\n', out);
			continue;
		}
		if (lines[i].start == (size_t)-1) {
			fprintf(out, "%s\n", l);
			continue;
		}
		if (lines[i].tag)
			fprintf(out, "%s %s-%s\n", l, lines[i].begin ? "B" : "I", lines[i].tag);
		else
			fprintf(out, "%s O\n", l);
	}
	if (c.p)
		ner_ctx_clear(&c);
	else {
		kg_map_free(c.known);
		kg_map_free(c.ent_by_name);
	}
	kg_facts_free(facts);
	kg_parsed_free(p);
	kg_doc_free(doc);
	free(text);
	return rc;
}

int kg_ner_conll(FILE *in, FILE *out, const char *source, const kg_lex *lex, kg_error *err)
{
	cline *lines = NULL;
	size_t n = 0, cap = 0;
	char *buf = NULL;
	size_t bcap = 0;
	ssize_t got;
	long lineno = 0;
	kg_news_env env = { lex, NULL, NULL, NULL };
	int rc;

	if ((rc = kg_ner_cache_new(&env.cache)) < 0)
		goto done;
	while ((got = getline(&buf, &bcap, in)) >= 0) {
		lineno++;
		while (got > 0 && (buf[got - 1] == '\n' || buf[got - 1] == '\r'))
			buf[--got] = '\0';
		if (strncmp(buf, "-DOCSTART-", 10) == 0 && n > 0) {
			if ((rc = conll_doc(lines, n, source, &env, out, err)) < 0)
				goto done;
			for (size_t i = 0; i < n; i++)
				free(lines[i].line);
			n = 0;
		}
		if (n == cap) {
			cline *v = kg_grow(lines, &cap, n + 1, sizeof(*v), 1024);
			if (!v) {
				rc = KG_ENOMEM;
				goto done;
			}
			lines = v;
		}
		memset(&lines[n], 0, sizeof(lines[n]));
		lines[n].line = kg_strdup(buf);
		if (!lines[n].line) {
			rc = KG_ENOMEM;
			goto done;
		}
		n++;
	}
	if (n > 0)
		rc = conll_doc(lines, n, source, &env, out, err);
done:
	if (rc < 0 && err && !err->text[0])
		kg_error_set(err, source, lineno, 0, "%s", kg_strerror(rc));
	for (size_t i = 0; i < n; i++)
		free(lines[i].line);
	free(lines);
	free(buf);
	kg_ner_cache_free(env.cache);
	return rc;
}
