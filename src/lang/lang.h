/* lang.h: kg's learned language layer: sentences of tokens, CoNLL-U input/output, an averaged
 * perceptron over hashed features, the part-of-speech tagger and the dependency parser. */
#ifndef KG_LANG_H
#define KG_LANG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/core.h"
#include "../lex/lex.h"

/* ---- sentences ---- */

/* One token (a UD syntactic word). Strings are NUL-terminated and owned by the sentence; the tag
 * strings point either into the sentence (read from CoNLL-U) or into the model (predicted), so a
 * sentence tagged by a kg_lang must not outlive it. */
typedef struct kg_lang_token {
	const char *form;   /* the word as written ("n't", "'s" are words of their own) */
	size_t start;       /* byte offset of its first byte in the source text (0 when read from CoNLL-U) */
	size_t end;         /* one past its last byte in the source text */
	const char *lemma;  /* lemma, "_" when not known */
	const char *upos;   /* universal part of speech ("NOUN"), "_" before tagging */
	const char *xpos;   /* Penn Treebank tag ("NNS"), "_" before tagging */
	const char *feats;  /* CoNLL-U FEATS as read, "_" otherwise */
	int head;           /* 1-based index of the head token, 0 for the root, -1 before parsing */
	const char *deprel; /* UD relation to the head ("nsubj", "obl:tmod"), "_" before parsing */
	const char *deps;   /* CoNLL-U DEPS as read, "_" otherwise */
	const char *misc;   /* CoNLL-U MISC as read, "_" otherwise */
	const char *ner;    /* BILOU entity tag ("B-PERSON", "O") set by the NER layer, NULL before */
	int upos_id;        /* the tagger's class of the tag pair, -1 when not predicted */
	int deprel_id;      /* the parser's label index, -1 when not predicted */
} kg_lang_token;

/* A CoNLL-U line that is not a word (multiword token "3-4", empty node "5.1"), kept to write back. */
typedef struct kg_lang_extra {
	size_t before; /* index of the word it precedes */
	char *line;    /* the whole line, owned */
} kg_lang_extra;

/* A sentence: tokens, their strings, the CoNLL-U comments, and per-thread scratch for the models. */
typedef struct kg_lang_sent {
	kg_lang_token *tok;      /* tokens 0..n-1 (HEAD k refers to tok[k-1]) */
	size_t n;                /* number of tokens */
	size_t cap;              /* room in tok */
	kg_strv comments;        /* "# sent_id = ..." lines, without the newline */
	kg_lang_extra *extra;    /* multiword-token and empty-node lines */
	size_t n_extra;          /* how many */
	size_t cap_extra;        /* room in extra */
	struct kg_lang_arena *arena; /* owned string storage; strings never move until cleared */
	void *scratch;           /* owned scratch of the tagger and parser */
	size_t scratch_cap;      /* its size in bytes */
} kg_lang_sent;

#define KG_LANG_SENT_INIT { NULL, 0, 0, { 0 }, NULL, 0, 0, NULL, NULL, 0 }

/* Appends a token with a copy of form[0..len) and its byte span; tags empty ("_"), head -1.
 * Returns 0 or KG_ENOMEM. */
int kg_lang_sent_add(kg_lang_sent *s, const char *form, size_t len, size_t start, size_t end);
/* Copies str[0..len) into the sentence's storage; NULL when out of memory. */
const char *kg_lang_sent_strdup(kg_lang_sent *s, const char *str, size_t len);
/* Empties s for reuse (keeps its memory). */
void kg_lang_sent_reset(kg_lang_sent *s);
/* Frees what s owns; s is then empty. Accepts NULL. */
void kg_lang_sent_clear(kg_lang_sent *s);
/* Copies the forms and offsets of src into dst (reset first), with no tags: for predicting over
 * gold tokens. Returns 0 or KG_ENOMEM. */
int kg_lang_sent_copy_forms(kg_lang_sent *dst, const kg_lang_sent *src);

/* ---- CoNLL-U ---- */

/* A CoNLL-U reader over a file, "-" for standard input, or FILE.xz (read through xz -dc). */
typedef struct kg_lang_conllu kg_lang_conllu;
/* Opens path. Returns 0, KG_EIO with err set. */
int kg_lang_conllu_open(kg_lang_conllu **out, const char *path, kg_error *err);
/* Reads the next sentence into s (reset first). Returns 1 for a sentence, 0 at the end, KG_EPARSE
 * (err: file, line and what is wrong; the reader skips to the next sentence so reading may go on),
 * KG_ENOMEM or KG_EIO. */
int kg_lang_conllu_read(kg_lang_conllu *r, kg_lang_sent *s, kg_error *err);
/* Closes the reader. Returns 0, or KG_EIO when the decompressor failed. Accepts NULL. */
int kg_lang_conllu_close(kg_lang_conllu *r, kg_error *err);
/* Writes s as CoNLL-U (comments, extra lines, ten columns, a blank line). Returns 0 or KG_EIO. */
int kg_lang_conllu_write(FILE *fp, const kg_lang_sent *s);
/* Reads every sentence of the files into a new array (*out, *n; free with kg_lang_sents_free).
 * Returns 0 or a KG_E* code with err set. */
int kg_lang_conllu_load(kg_lang_sent **out, size_t *n, const char *const *paths, size_t n_paths,
			kg_error *err);
void kg_lang_sents_free(kg_lang_sent *v, size_t n);

/* ---- averaged perceptron over hashed features ---- */

/* A trained (read-only) linear model: for each hashed feature, sparse weights over classes. */
typedef struct kg_ap kg_ap;
/* A model being trained. */
typedef struct kg_ap_train kg_ap_train;

/* Hashes bytes into a feature key, mixing in seed (a template id or an earlier hash). */
uint64_t kg_lang_hash(uint64_t seed, const void *data, size_t n);

/* Adds the weights of each feature of feats[0..n) to scores[0..n_classes) (which it does not zero). */
void kg_ap_score(const kg_ap *m, const uint64_t *feats, size_t n, float *scores);
/* Number of classes of m. */
int kg_ap_classes(const kg_ap *m);

int kg_ap_train_new(kg_ap_train **out, int n_classes);
void kg_ap_train_free(kg_ap_train *t);
/* Current (not averaged) scores, added to scores[0..n_classes). */
void kg_ap_train_score(const kg_ap_train *t, const uint64_t *feats, size_t n, float *scores);
/* One perceptron update: truth gains, guess loses, on each feature; a no-op when they are equal.
 * Returns 0 or KG_ENOMEM. */
int kg_ap_train_update(kg_ap_train *t, const uint64_t *feats, size_t n, int truth, int guess);
/* Adds d to the weight of class cls on each feature of feats[0..n) (one side of a structured update,
 * e.g. a transition of the gold path gains while another of the predicted path loses). */
int kg_ap_train_add(kg_ap_train *t, const uint64_t *feats, size_t n, int cls, float d);
/* Counts one training instance (the averaging clock). */
void kg_ap_train_tick(kg_ap_train *t);
/* The averaged model as of now, zero weights pruned (the trainer goes on). Returns 0 or KG_ENOMEM. */
int kg_ap_train_average(kg_ap **out, const kg_ap_train *t);
/* A smaller copy of m: weights under min_abs in magnitude dropped (and features left with none),
 * the rest stored as 16-bit steps of one scale, the table filled to 3/4. Returns 0 or KG_ENOMEM. */
int kg_ap_compact(kg_ap **out, const kg_ap *m, float min_abs);
void kg_ap_free(kg_ap *m);

/* Index of the highest of scores[0..n) that allowed (NULL: all) permits; ties go to the lower
 * index. -1 when none is allowed. */
int kg_lang_argmax(const float *scores, int n, const unsigned char *allowed);

/* ---- the model context ---- */

/* The loaded models (read-only once made: one per run, shared by all threads). */
typedef struct kg_lang kg_lang;

/* Loads the models of dir (NULL: $KG_MODELS, else the models/ folder of the source tree this kg was
 * built from): pos.kgm is required; parse.kgm is loaded when present (kg_lang_parse needs it).
 * Returns 0, KG_EIO/KG_EPARSE/KG_ENOTFOUND with err set, or KG_ENOMEM. */
int kg_lang_new(kg_lang **out, const char *models_dir, kg_error *err);
void kg_lang_free(kg_lang *lang);
/* The default models folder (as kg_lang_new(NULL) uses it). */
const char *kg_lang_default_dir(void);
/* 1 when lang has a parser model. */
int kg_lang_has_parser(const kg_lang *lang);

/* Tags s (UPOS, XPOS; lemma when s has none). Thread-safe: lang is read-only, scratch is s's.
 * Returns 0 or KG_ENOMEM. */
int kg_lang_tag(const kg_lang *lang, kg_lang_sent *s);
/* What tagging learns of the words of a text (their hashes, dictionary entries, the scores of their
 * own features), kept between its sentences: kg_lang_tag_memo gives the tags kg_lang_tag gives,
 * faster where words repeat. A memo serves the kg_lang it was made for, one thread at a time. */
typedef struct kg_lang_memo kg_lang_memo;
/* A memo for lang, sized for a text of about n_tokens tokens. 0 or KG_ENOMEM. */
int kg_lang_memo_new(kg_lang_memo **out, const kg_lang *lang, size_t n_tokens);
void kg_lang_memo_free(kg_lang_memo *m);
/* kg_lang_tag with memo (NULL: none; KG_EINVAL: made for another kg_lang). */
int kg_lang_tag_memo(const kg_lang *lang, kg_lang_sent *s, kg_lang_memo *memo);
/* Parses a tagged s: sets head and deprel of every token (one root, a tree). Returns 0,
 * KG_ENOTFOUND (err set) when lang has no parser model, or KG_ENOMEM. */
int kg_lang_parse(const kg_lang *lang, kg_lang_sent *s, kg_error *err);
/* Tags and parses s (what the relation step calls per sentence). */
int kg_lang_analyse(const kg_lang *lang, kg_lang_sent *s, kg_error *err);

/* Splits text[0..len) into sentences of UD words with kg's tokeniser and sentence splitter (clitics
 * split as UD English does: "do n't", "it 's", "we 'll", "can not"; hyphens between letters split
 * except after prefixes such as non- and e-), byte offsets into text, and calls cb for each (s is
 * reused between calls). Invalid UTF-8 is replaced. Stops with cb's value when it is non-zero.
 * Returns 0, KG_ENOMEM or cb's value. */
int kg_lang_tokenise(const char *text, size_t len, int (*cb)(kg_lang_sent *s, void *ctx), void *ctx);

struct kg_parsed;
/* Fills s (reset first) with the UD words of sentence sent of p (kg_text_parse's output), with
 * offsets into the document's original text: what the extractor hands to kg_lang_analyse.
 * Returns 0 or KG_ENOMEM. */
int kg_lang_sent_from_parsed(kg_lang_sent *s, const struct kg_parsed *p, size_t sent);

/* ---- training ---- */

/* Options of kg_lang_train_pos / kg_lang_train_parse. */
typedef struct kg_lang_train_opts {
	int epochs;        /* most passes over the training data (the best on dev is kept) */
	uint64_t seed;     /* shuffling seed */
	int quiet;         /* 1: no progress lines */
	FILE *log;         /* where progress lines go (stderr when NULL) */
	const char *tagger;/* parser: the tagger model file whose tags the parser trains on (NULL: gold) */
	int jackknife;     /* parser: K > 1 tags the training data by K-fold jackknifing */
	float prune;       /* parser: weights smaller than this in magnitude are left out of the model */
} kg_lang_train_opts;

#define KG_LANG_TRAIN_OPTS_INIT { 10, 1, 0, NULL, NULL, 0, 0.0f }

/* Trains the tagger on train[0..n_train), chooses the epoch on dev, writes the model to out_path.
 * Deterministic: the same input gives the same bytes. Returns 0 or a KG_E* code with err set. */
int kg_lang_train_pos(const kg_lang_sent *train, size_t n_train, const kg_lang_sent *dev, size_t n_dev,
		      const char *out_path, const kg_lang_train_opts *opts, kg_error *err);

/* Trains the parser the same way (predicted tags from opts->tagger or by jackknifing; gold tags
 * when neither is given), choosing the epoch by LAS on dev. */
int kg_lang_train_parse(const kg_lang_sent *train, size_t n_train, const kg_lang_sent *dev, size_t n_dev,
			const char *out_path, const kg_lang_train_opts *opts, kg_error *err);

/* Scores of predictions against gold, token by token (punctuation included). */
typedef struct kg_lang_score {
	size_t tokens;  /* tokens compared */
	size_t upos;    /* UPOS right */
	size_t xpos;    /* XPOS right */
	size_t uas;     /* head right */
	size_t las;     /* head and whole relation (with subtype) right */
} kg_lang_score;

/* Tags (and parses, when parse and lang has a parser) a copy of each gold sentence and adds the
 * comparison to sc. Returns 0, KG_ENOMEM, or KG_ENOTFOUND when parse is asked with no parser. */
int kg_lang_evaluate(const kg_lang *lang, const kg_lang_sent *gold, size_t n, int parse, kg_lang_score *sc,
		     kg_error *err);

/* ---- named entities (owner: lang-ner) ---- */

/* Entity types of the tagger, in tag order. */
enum { KG_NER_PER = 0, KG_NER_ORG, KG_NER_LOC, KG_NER_MISC, KG_NER__NTYPES };
/* Positions of a BILOU tag. */
enum { KG_NER_B = 0, KG_NER_I, KG_NER_L, KG_NER_U };
/* Tag ids: 0 is O, then 1 + type * 4 + position. */
#define KG_NER_NTAGS (1 + 4 * KG_NER__NTYPES)
#define KG_NER_TAG(type, pos) ((uint8_t)(1 + (type)*4 + (pos)))
#define KG_NER_TAG_TYPE(t) (((t)-1) / 4)
#define KG_NER_TAG_POS(t) (((t)-1) % 4)

/* Tokens of one or more documents in CoNLL columns, with their gold tags when read with them. */
typedef struct kg_ner_corpus {
	kg_strv lines;      /* every input line, without its newline */
	long *line_tok;     /* per line: its token index, or -1 (blank, -DOCSTART-) */
	kg_span *tok;       /* the tokens (first column), pointing into lines */
	uint8_t *gold;      /* per token: the gold BILOU tag (0 when read without tags) */
	uint32_t *pos;      /* per token: hash of the tagger's XPOS (kg_ner_corpus_tag), or NULL */
	size_t n_tok;       /* how many tokens */
	size_t *sent_end;   /* per sentence: one past its last token */
	size_t n_sent;      /* how many sentences */
	size_t *doc_end;    /* per document: one past its last sentence */
	size_t n_doc;       /* how many documents (-DOCSTART- lines start them) */
} kg_ner_corpus;

/* Reads CoNLL column lines (token first; blank line between sentences; -DOCSTART- between
 * documents). With gold set, the last column is an IOB1, IOB2 or BILOU tag over PER, ORG, LOC,
 * MISC (also PERSON, ORGANIZATION, GPE, LOCATION, PLACE); a bad tag is KG_EPARSE with err set. */
int kg_ner_corpus_read(kg_ner_corpus *c, FILE *in, const char *source, int gold, kg_error *err);
/* Frees what c holds; c is left empty. Accepts NULL. */
void kg_ner_corpus_clear(kg_ner_corpus *c);
/* Fills c->pos with the part-of-speech tagger of lang, sentence by sentence. 0 or KG_ENOMEM. */
int kg_ner_corpus_tag(kg_ner_corpus *c, const kg_lang *lang);
/* The NER's part-of-speech key of a tagged token: a hash of its XPOS. */
uint32_t kg_ner_pos_key(const kg_lang_token *t);

/* A trained tagger (read-only once loaded; share it between threads). */
typedef struct kg_ner_model kg_ner_model;

/* Loads a model file written by kg_ner_model_save. */
int kg_ner_model_load(kg_ner_model **out, const char *path, kg_error *err);
/* Writes m to path (same model, same bytes). */
int kg_ner_model_save(const kg_ner_model *m, const char *path, kg_error *err);
void kg_ner_model_free(kg_ner_model *m);

/* Tags one document: toks[0..n) with sentences ending at sent_end[0..n_sent) (each one past its last
 * token, the last one n) and their part-of-speech keys pos[0..n) (kg_ner_pos_key; NULL: none, which
 * costs accuracy). Writes a BILOU tag id per token into tags. */
int kg_ner_tag_doc(const kg_ner_model *m, const kg_lex *lex, const kg_span *toks, const uint32_t *pos, size_t n,
		   const size_t *sent_end, size_t n_sent, uint8_t *tags);
/* Tags every document of c into tags (one per token). */
int kg_ner_tag_corpus(const kg_ner_model *m, const kg_lex *lex, const kg_ner_corpus *c, uint8_t *tags);

/* Span scores of predicted tags against c's gold: per type PER, ORG, LOC (MISC left out) and all. */
typedef struct kg_ner_score {
	size_t tp[KG_NER__NTYPES + 1]; /* per type, then all of PER/ORG/LOC: spans right */
	size_t fp[KG_NER__NTYPES + 1]; /* predicted spans that are not gold */
	size_t fn[KG_NER__NTYPES + 1]; /* gold spans not predicted */
} kg_ner_score;
void kg_ner_score_corpus(kg_ner_score *s, const kg_ner_corpus *c, const uint8_t *tags);
/* F1 of type t (KG_NER__NTYPES: overall), 0 when nothing. */
double kg_ner_score_f1(const kg_ner_score *s, int t);

/* Options of kg_ner_train. */
typedef struct kg_ner_train_opts {
	int epochs;        /* passes over the training data */
	uint64_t seed;     /* the shuffling seed (same seed, same model) */
	FILE *progress;    /* a line per epoch with the dev score, or NULL */
} kg_ner_train_opts;
#define KG_NER_TRAIN_OPTS_INIT { 8, 1, NULL }

/* Trains the tagger (the shared averaged perceptron, Viterbi over BILOU tags) on train's gold tags,
 * scoring dev (may be NULL) after each epoch, and writes the epoch that scores best on dev (the last
 * without dev) to out_path. The same input gives the same bytes. */
int kg_ner_train(const kg_lex *lex, const kg_ner_corpus *train, const kg_ner_corpus *dev, const char *out_path,
		 const kg_ner_train_opts *opts, kg_error *err);

/* The named-entity model of lang (ner.kgm of its folder), NULL when that file is absent. */
const kg_ner_model *kg_lang_ner_model(const kg_lang *lang);

/* An entity the learned tagger found in a document: a byte span of the original text and a type. */
typedef struct kg_lang_ent {
	size_t start; /* byte offset of its first byte in the document's original text */
	size_t end;   /* one past its last byte */
	int type;     /* KG_NER_PER, KG_NER_ORG, KG_NER_LOC or KG_NER_MISC */
} kg_lang_ent;

/* Tags the document of p (kg_text_parse's output) with lang's part-of-speech tagger and entity model
 * over UD words, and returns its entities in text order in a new array (*out, free()). None when lang
 * has no entity model. Thread-safe. Returns 0 or KG_ENOMEM. */
int kg_lang_ner_parsed(kg_lang_ent **out, size_t *n_out, const kg_lang *lang, const kg_lex *lex,
		       const struct kg_parsed *p);

/* The IOB2 CoNLL tag of BILOU tag t ("B-PER", "I-LOC", "O"). */
const char *kg_ner_tag_iob2(uint8_t t);

#endif
