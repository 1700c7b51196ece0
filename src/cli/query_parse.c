/* query_parse.c: the syntax of kg query: query words ("met NAME", "path NAME NAME", "leads NAME")
 * and Cypher-like patterns ("(x)-[:meet|speak_with]-(NAME)"), parsed from the operands. */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Query words: QUERY starts with one of these (or a relation of the schema, or a pattern). */
static const struct {
	const char *word;       /* as typed */
	kg_query_kind kind;     /* what it asks */
	const char *relations;  /* default relations */
	const char *help;       /* one line for --help */
} query_words[] = {
	{ "met", KG_QUERY_LINKED, "meet", "met NAME            who met NAME (relation meet)" },
	{ "who-met", KG_QUERY_LINKED, "meet", "who-met NAME        the same" },
	{ "spoke-with", KG_QUERY_LINKED, "speak_with", "spoke-with NAME     who spoke with NAME (speak_with)" },
	{ "who-spoke-with", KG_QUERY_LINKED, "speak_with", "who-spoke-with NAME the same" },
	{ "linked", KG_QUERY_LINKED, "any", "linked NAME         who is linked to NAME by --relation (default any)" },
	{ "neighbours", KG_QUERY_NEIGHBOURS, "any", "neighbours NAME     every neighbour of NAME (also neighbors)" },
	{ "neighbors", KG_QUERY_NEIGHBOURS, "any", NULL },
	{ "path", KG_QUERY_PATH, "any", "path NAME NAME      the shortest path between two entities" },
};
#define N_QUERY_WORDS (sizeof(query_words) / sizeof(query_words[0]))

void kg_cli_query_clear(kg_cli_query *q)
{
	free(q->x);
	free(q->y);
	free(q->relations);
	q->kind = KG_QUERY_LINKED;
	q->x = q->y = q->relations = NULL; /* the message stays: the caller may still print it */
}

char *kg_cli_join_words(const kg_strv *sv, size_t from)
{
	size_t n = 0, o = 0;
	char *s;

	for (size_t i = from; i < sv->n; i++)
		n += strlen(sv->v[i]) + 1;
	if (n == 0 || !(s = malloc(n)))
		return NULL;
	for (size_t i = from; i < sv->n; i++) {
		size_t k = strlen(sv->v[i]);

		if (o)
			s[o++] = ' ';
		memcpy(s + o, sv->v[i], k);
		o += k;
	}
	s[o] = '\0';
	return s;
}

/* ---- patterns: (x)-[:meet|speak_with]-(Blinken) ---- */

/* Skips spaces. */
static const char *skip_space(const char *p)
{
	while (*p && isspace((unsigned char)*p))
		p++;
	return p;
}

/* Reads "(...)" at *p into a new string (quotes stripped); *is_var is 1 for a variable: empty, a
 * single lower-case letter (maybe with digits after it) or a word starting with '?'. NULL when malformed. */
static char *pattern_node(const char **p, int *is_var)
{
	const char *s = skip_space(*p), *end;
	size_t n;
	char *out;

	if (*s != '(' || !(end = strchr(s, ')')))
		return NULL;
	s = skip_space(s + 1);
	n = (size_t)(end - s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	*p = end + 1;
	if (n >= 2 && (s[0] == '"' || s[0] == '\'') && s[n - 1] == s[0]) {
		*is_var = 0;
		return kg_strndup(s + 1, n - 2);
	}
	*is_var = n == 0 || s[0] == '?' || (islower((unsigned char)s[0]) && strspn(s + 1, "0123456789") == n - 1);
	out = kg_strndup(s, n);
	return out;
}

/* Reads "-[...]-" (arrows allowed and ignored) at *p: *relations gets a new string ("any" for [] or
 * [*] or none), *star is 1 for [*]. Returns 0, or -1 when malformed. */
static int pattern_edge(const char **p, char **relations, int *star)
{
	const char *s = skip_space(*p), *end;
	char *r;

	*star = 0;
	*relations = NULL;
	if (*s == '<')
		s++;
	if (*s++ != '-')
		return -1;
	if (*s == '[') {
		const char *colon;

		if (!(end = strchr(s, ']')))
			return -1;
		colon = memchr(s, ':', (size_t)(end - s));
		*star = memchr(s, '*', (size_t)(end - s)) != NULL;
		if (colon) {
			const char *b = skip_space(colon + 1);
			size_t n = (size_t)(end - b);

			while (n && isspace((unsigned char)b[n - 1]))
				n--;
			if (!(r = kg_strndup(b, n)))
				return -1;
			for (char *c = r; *c; c++)
				if (*c == '|')
					*c = ',';
			*relations = r;
		}
		s = end + 1;
	}
	if (*s++ != '-')
		goto bad;
	if (*s == '>')
		s++;
	*p = s;
	if (!*relations && !(*relations = kg_strdup("any")))
		return -1;
	return 0;
bad:
	free(*relations);
	*relations = NULL;
	return -1;
}

/* Parses a pattern query; returns 0, or KG_EINVAL with a message in why. */
static int parse_pattern(kg_cli_query *q, const char *text, const char **why)
{
	const char *p = text;
	char *a = NULL, *b = NULL;
	int a_var = 0, b_var = 0, star = 0;

	*why = "a pattern looks like (x)-[:meet]-(NAME) or (NAME)-[*]-(NAME)";
	if (!(a = pattern_node(&p, &a_var)) || pattern_edge(&p, &q->relations, &star) < 0 ||
	    !(b = pattern_node(&p, &b_var)) || *skip_space(p))
		goto bad;
	if (a_var && b_var) {
		*why = "a pattern needs at least one name: (x)-[:meet]-(NAME)";
		goto bad;
	}
	if (!a_var && !b_var) {
		q->kind = KG_QUERY_PATH;
		q->x = a;
		q->y = b;
		return KG_OK;
	}
	if (star) {
		*why = "[*] asks for a path: give two names, (NAME)-[*]-(NAME)";
		goto bad;
	}
	q->kind = KG_QUERY_LINKED;
	q->x = a_var ? b : a;
	free(a_var ? a : b);
	return KG_OK;
bad:
	free(a);
	free(b);
	kg_cli_query_clear(q);
	return KG_EINVAL;
}

int kg_cli_query_parse(kg_cli_query *q, const kg_strv *ops, const char **why)
{
	kg_strv words = { 0 };
	const kg_strv *w = ops;
	const char *word;
	kg_query_kind kind = KG_QUERY_LINKED;
	const char *relations = NULL;
	int rc = KG_EINVAL;

	memset(q, 0, sizeof(*q));
	*why = "missing QUERY";
	if (ops->n == 0)
		return KG_EINVAL;
	if (skip_space(ops->v[0])[0] == '(') {
		char *text = kg_cli_join_words(ops, 0);

		rc = text ? parse_pattern(q, text, why) : KG_ENOMEM;
		free(text);
		return rc;
	}
	if (ops->n == 1 && strchr(ops->v[0], ' ')) {
		/* the whole query in one argument: "met Blinken" */
		char *copy = kg_strdup(ops->v[0]), *save = NULL;

		for (char *t = copy ? strtok_r(copy, " \t", &save) : NULL; t; t = strtok_r(NULL, " \t", &save))
			if (kg_strv_push(&words, t) < 0)
				break;
		free(copy);
		w = &words;
	}
	word = w->n ? w->v[0] : "";
	for (size_t i = 0; i < N_QUERY_WORDS; i++) {
		if (strcmp(word, query_words[i].word) == 0) {
			kind = query_words[i].kind;
			relations = query_words[i].relations;
		}
	}
	if (!relations && kg_relation_lookup(word))
		relations = word; /* a relation of the schema: "leads NAME" */
	if (!relations) {
		snprintf(q->message, sizeof(q->message), "unknown query word '%.64s' (met, linked, path... see --help)",
			 word);
		*why = q->message;
		goto done;
	}
	q->kind = kind;
	if (!(q->relations = kg_strdup(relations))) {
		rc = KG_ENOMEM;
		goto done;
	}
	if (kind == KG_QUERY_PATH) {
		if (w->n != 3) {
			*why = "path needs two names: kg query path NAME NAME (quote names with spaces)";
			goto done;
		}
		q->x = kg_strdup(w->v[1]);
		q->y = kg_strdup(w->v[2]);
	} else {
		if (w->n < 2) {
			*why = "missing NAME after the query word";
			goto done;
		}
		q->x = kg_cli_join_words(w, 1);
	}
	rc = q->x && (kind != KG_QUERY_PATH || q->y) ? KG_OK : KG_ENOMEM;
done:
	if (rc < 0)
		kg_cli_query_clear(q);
	kg_strv_clear(&words);
	return rc;
}

void kg_cli_query_words_help(FILE *fp)
{
	for (size_t i = 0; i < N_QUERY_WORDS; i++)
		if (query_words[i].help)
			fprintf(fp, "  %s\n", query_words[i].help);
}
