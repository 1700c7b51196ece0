/* sent.c: sentences of the language layer: tokens, a string arena that never moves, reset and copy. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* One block of the arena. */
typedef struct arena_block {
	struct arena_block *next; /* the next (older) block */
	size_t used;              /* bytes used of data */
	size_t size;              /* bytes in data */
	char data[];              /* the strings */
} arena_block;

/* A chain of blocks; strings stay where they are until reset. */
struct kg_lang_arena {
	arena_block *head; /* the block being filled */
};

const char *kg_lang_sent_strdup(kg_lang_sent *s, const char *str, size_t len)
{
	arena_block *b;
	char *p;

	if (!s->arena && !(s->arena = calloc(1, sizeof(*s->arena))))
		return NULL;
	b = s->arena->head;
	if (!b || b->size - b->used < len + 1) {
		size_t size = len + 1 > 4096 ? len + 1 : 4096;
		arena_block *nb = malloc(sizeof(*nb) + size);
		if (!nb)
			return NULL;
		nb->next = b;
		nb->used = 0;
		nb->size = size;
		s->arena->head = b = nb;
	}
	p = b->data + b->used;
	memcpy(p, str, len);
	p[len] = '\0';
	b->used += len + 1;
	return p;
}

int kg_lang_sent_add(kg_lang_sent *s, const char *form, size_t len, size_t start, size_t end)
{
	kg_lang_token *t;
	const char *f;

	if (s->n == s->cap) {
		kg_lang_token *nt = kg_grow(s->tok, &s->cap, s->n + 1, sizeof(*nt), 32);
		if (!nt)
			return KG_ENOMEM;
		s->tok = nt;
	}
	if (!(f = kg_lang_sent_strdup(s, form, len)))
		return KG_ENOMEM;
	t = &s->tok[s->n++];
	t->form = f;
	t->start = start;
	t->end = end;
	t->lemma = t->upos = t->xpos = t->feats = t->deprel = t->deps = t->misc = "_";
	t->head = -1;
	t->ner = NULL;
	t->upos_id = -1;
	t->deprel_id = -1;
	return KG_OK;
}

void kg_lang_sent_reset(kg_lang_sent *s)
{
	size_t i;

	s->n = 0;
	kg_strv_clear(&s->comments);
	for (i = 0; i < s->n_extra; i++)
		free(s->extra[i].line);
	s->n_extra = 0;
	if (s->arena && s->arena->head) {
		/* keep the newest block, free the rest */
		arena_block *b = s->arena->head->next;
		while (b) {
			arena_block *nx = b->next;
			free(b);
			b = nx;
		}
		s->arena->head->next = NULL;
		s->arena->head->used = 0;
	}
}

void kg_lang_sent_clear(kg_lang_sent *s)
{
	if (!s)
		return;
	kg_lang_sent_reset(s);
	if (s->arena) {
		free(s->arena->head);
		free(s->arena);
	}
	free(s->extra);
	free(s->tok);
	free(s->scratch);
	memset(s, 0, sizeof(*s));
}

int kg_lang_sent_copy_forms(kg_lang_sent *dst, const kg_lang_sent *src)
{
	size_t i;
	int rc;

	kg_lang_sent_reset(dst);
	for (i = 0; i < src->n; i++)
		if ((rc = kg_lang_sent_add(dst, src->tok[i].form, strlen(src->tok[i].form), src->tok[i].start,
					   src->tok[i].end)) < 0)
			return rc;
	return KG_OK;
}

void *kg_lang_scratch(kg_lang_sent *s, size_t bytes)
{
	if (s->scratch_cap < bytes) {
		void *p = realloc(s->scratch, bytes);
		if (!p)
			return NULL;
		s->scratch = p;
		s->scratch_cap = bytes;
	}
	return s->scratch;
}

void kg_lang_sents_free(kg_lang_sent *v, size_t n)
{
	size_t i;

	if (!v)
		return;
	for (i = 0; i < n; i++)
		kg_lang_sent_clear(&v[i]);
	free(v);
}
