/* lang.c: the model context of the language layer (loading the models once, tagging and parsing a
 * sentence with them) and the evaluation against gold CoNLL-U. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#ifndef KG_MODELS_DIR
#define KG_MODELS_DIR "models"
#endif

struct kg_lang {
	kg_lang_tagger *tagger; /* the part-of-speech tagger */
	kg_lang_parser *parser; /* the dependency parser, NULL when its model is absent */
	kg_ner_model *ner;      /* the named-entity tagger, NULL when its model is absent */
	char *dir;              /* the models folder */
};

const char *kg_lang_default_dir(void)
{
	const char *e = getenv("KG_MODELS");
	return e && *e ? e : KG_MODELS_DIR;
}

/* dir/name in a new string. */
static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);

	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

/* Loads the model of kind from dir into *out; a missing optional one is no error (*out stays NULL). */
static int load_model(void **out, const kg_lang_model_kind *kind, const char *dir, int optional, kg_error *err)
{
	char *path = join(dir, kind->file);
	int rc = path ? kg_lang_model_load(out, kind, path, err) : KG_ENOMEM;

	if (rc == KG_ENOTFOUND && optional) {
		if (err)
			memset(err, 0, sizeof(*err));
		rc = KG_OK;
	}
	free(path);
	return rc;
}

int kg_lang_new(kg_lang **out, const char *models_dir, kg_error *err)
{
	kg_lang *lang = calloc(1, sizeof(*lang));
	void *tagger = NULL, *parser = NULL, *ner = NULL;
	int rc = KG_ENOMEM;

	*out = NULL;
	if (!models_dir)
		models_dir = kg_lang_default_dir();
	if (!lang || !(lang->dir = kg_strdup(models_dir)))
		goto done;
	/* without a parser tagging still works (kg_lang_parse says what is missing); without an entity
	 * model kg_lang_ner finds nothing and the rules of src/ner type alone */
	if ((rc = load_model(&tagger, &kg_lang_tagger_kind, models_dir, 0, err)) >= 0 &&
	    (rc = load_model(&parser, &kg_lang_parser_kind, models_dir, 1, err)) >= 0)
		rc = load_model(&ner, &kg_ner_model_kind, models_dir, 1, err);
	lang->tagger = tagger;
	lang->parser = parser;
	lang->ner = ner;
	if (rc < 0)
		goto done;
	*out = lang;
	lang = NULL;
done:
	kg_lang_free(lang);
	return rc;
}

void kg_lang_free(kg_lang *lang)
{
	if (!lang)
		return;
	kg_lang_tagger_free(lang->tagger);
	kg_lang_parser_free(lang->parser);
	kg_ner_model_free(lang->ner);
	free(lang->dir);
	free(lang);
}

int kg_lang_has_parser(const kg_lang *lang)
{
	return lang->parser != NULL;
}

const kg_ner_model *kg_lang_ner_model(const kg_lang *lang)
{
	return lang->ner;
}

int kg_lang_tag(const kg_lang *lang, kg_lang_sent *s)
{
	return kg_lang_tagger_tag(lang->tagger, s);
}

int kg_lang_memo_new(kg_lang_memo **out, const kg_lang *lang, size_t n_tokens)
{
	return kg_lang_tagger_memo_new(out, lang->tagger, n_tokens);
}

int kg_lang_tag_memo(const kg_lang *lang, kg_lang_sent *s, kg_lang_memo *memo)
{
	return kg_lang_tagger_tag_memo(lang->tagger, s, memo);
}

int kg_lang_parse(const kg_lang *lang, kg_lang_sent *s, kg_error *err)
{
	if (!lang->parser) {
		kg_error_set(err, lang->dir, 0, 0, "no parser model (parse.kgm): train one with kg train parse");
		return KG_ENOTFOUND;
	}
	return kg_lang_parser_parse(lang->parser, s);
}

int kg_lang_analyse(const kg_lang *lang, kg_lang_sent *s, kg_error *err)
{
	int rc = kg_lang_tag(lang, s);

	return rc < 0 ? rc : kg_lang_parse(lang, s, err);
}

int kg_lang_evaluate(const kg_lang *lang, const kg_lang_sent *gold, size_t n, int parse, kg_lang_score *sc,
		     kg_error *err)
{
	kg_lang_sent s = KG_LANG_SENT_INIT;
	size_t i, j;
	int rc = KG_OK;

	for (i = 0; i < n; i++) {
		if ((rc = kg_lang_sent_copy_forms(&s, &gold[i])) < 0 || (rc = kg_lang_tag(lang, &s)) < 0)
			break;
		if (parse && (rc = kg_lang_parse(lang, &s, err)) < 0)
			break;
		for (j = 0; j < s.n; j++) {
			const kg_lang_token *p = &s.tok[j], *g = &gold[i].tok[j];
			sc->upos += strcmp(p->upos, g->upos) == 0;
			sc->xpos += strcmp(p->xpos, g->xpos) == 0;
			if (parse && p->head == g->head) {
				sc->uas++;
				sc->las += strcmp(p->deprel, g->deprel) == 0;
			}
		}
		sc->tokens += s.n;
	}
	kg_lang_sent_clear(&s);
	return rc;
}
