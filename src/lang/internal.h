/* internal.h: what the files of the language layer share and nothing else sees: model-file blobs,
 * the perceptron's serialised form, the tagger and parser models. */
#ifndef KG_LANG_INTERNAL_H
#define KG_LANG_INTERNAL_H

#include "lang.h"

#include <string.h>

/* A growing byte buffer being written as a model file (8-byte aligned pieces). */
typedef struct kg_lang_blob {
	unsigned char *data; /* bytes, owned */
	size_t len;          /* used */
	size_t cap;          /* room */
} kg_lang_blob;

/* Appends n bytes then zero padding to a multiple of 8. Returns 0 or KG_ENOMEM. */
int kg_lang_blob_put(kg_lang_blob *b, const void *p, size_t n);
int kg_lang_blob_u64(kg_lang_blob *b, uint64_t v);
/* Appends strings: a count, the total length, then the strings each NUL-terminated. */
int kg_lang_blob_strings(kg_lang_blob *b, const char *const *v, size_t n);
/* Writes the blob to path (atomically: a temporary file, then rename). 0 or KG_EIO with err set. */
int kg_lang_blob_save(const kg_lang_blob *b, const char *path, kg_error *err);
void kg_lang_blob_free(kg_lang_blob *b);
/* Makes the epoch's model cur the best one and writes it to path at once, so that a training run cut
 * short still leaves its best model: the two blobs change places (the next epoch writes over the old
 * best's buffer). 0 or KG_EIO with err set. */
int kg_lang_blob_keep(kg_lang_blob *best, kg_lang_blob *cur, const char *path, kg_error *err);
/* At the end of a training run that failed with rc < 0: says in err, unless it already says why,
 * that the model for path could not be trained and why. Returns rc. */
int kg_lang_train_failed(kg_error *err, const char *path, int rc);
/* part of whole in percent, 0 for nothing of nothing. */
double kg_lang_pct(size_t part, size_t whole);

/* A reader over a loaded model file. */
typedef struct kg_lang_rd {
	const unsigned char *data; /* the bytes (borrowed) */
	size_t len;                /* how many */
	size_t pos;                /* where the next piece starts (8-aligned) */
} kg_lang_rd;

/* Takes the next n-byte piece (skipping its padding); NULL when the file is too short. */
const void *kg_lang_rd_take(kg_lang_rd *r, size_t n);
int kg_lang_rd_u64(kg_lang_rd *r, uint64_t *v);
/* Reads a string list written by kg_lang_blob_strings into a new array of pointers into the data. */
int kg_lang_rd_strings(kg_lang_rd *r, const char ***v, size_t *n);

/* A file mapped into memory. */
typedef struct kg_lang_map {
	const unsigned char *data; /* the bytes */
	size_t len;                /* how many */
} kg_lang_map;
/* Maps path read-only. 0, KG_EIO or KG_ENOTFOUND (no such file) with err set. */
int kg_lang_map_file(kg_lang_map *m, const char *path, kg_error *err);
void kg_lang_unmap(kg_lang_map *m);

/* One kind of model file (tagger, parser, NER): what kg_lang_model_load needs to make one. */
typedef struct kg_lang_model_kind {
	const char *file;    /* its name in the models folder */
	const char *magic;   /* the 8 bytes the file starts with */
	size_t size;         /* bytes of the model struct */
	size_t map_at;       /* offset of the struct's kg_lang_map */
	size_t ap_at;        /* offset of the struct's kg_ap pointer (its weights) */
	int (*read)(void *model, kg_lang_rd *r); /* fills it from what follows the magic; KG_EPARSE: not one */
	void (*clear)(void *model); /* frees what else it holds, NULL for nothing (the map and weights are
				     * freed by kg_lang_model_free) */
	const char *damaged; /* the error for a file read refuses, with the command that retrains it */
} kg_lang_model_kind;
/* Maps path and reads it as a model of kind into a new *out. 0, KG_ENOMEM, KG_EIO, KG_ENOTFOUND (no
 * such file) or KG_EPARSE with err set. */
int kg_lang_model_load(void **out, const kg_lang_model_kind *kind, const char *path, kg_error *err);
/* Reads a model of kind from data[0..len) (which must outlive it) into model. KG_EPARSE: not one. */
int kg_lang_model_read(void *model, const kg_lang_model_kind *kind, const unsigned char *data, size_t len);
/* Frees a model of kind (NULL: nothing), also one half read: its weights, what kind->clear frees, its
 * mapped file, then the struct. */
void kg_lang_model_free(void *model, const kg_lang_model_kind *kind);
/* Frees what a model of kind holds, not the struct itself (one kg_lang_model_read filled on the stack). */
void kg_lang_model_clear(void *model, const kg_lang_model_kind *kind);
/* Defines the kind of a model, PREFIX_kind (its file name, magic, reader, clear and the message for a
 * damaged file), and its functions PREFIX_free(TYPE *m) (NULL: nothing) and PREFIX_load(TYPE **out,
 * path, err), which are kg_lang_model_free and kg_lang_model_load for that kind. */
#define KG_LANG_MODEL_KIND(type, prefix, file, magic, read, clear, damaged)                                 \
	const kg_lang_model_kind prefix##_kind = { file, magic, sizeof(type), offsetof(type, map),          \
						   offsetof(type, ap), read, clear, damaged };              \
	void prefix##_free(type *m)                                                                          \
	{                                                                                                    \
		kg_lang_model_free(m, &prefix##_kind);                                                       \
	}                                                                                                    \
	int prefix##_load(type **out, const char *path, kg_error *err)                                       \
	{                                                                                                    \
		void *m;                                                                                     \
		int rc = kg_lang_model_load(&m, &prefix##_kind, path, err);                                  \
		*out = m;                                                                                    \
		return rc;                                                                                   \
	}
extern const kg_lang_model_kind kg_lang_tagger_kind;
extern const kg_lang_model_kind kg_lang_parser_kind;
extern const kg_lang_model_kind kg_ner_model_kind;

/* kg_lang_hash in steps, for keys that share their first bytes, and for 64-bit words, which these
 * hash inlined and unrolled (the tagger hashes some 30 a word): kg_lang_hash(seed, data, n) is
 * kg_lang_hash_end(kg_lang_hash_add(kg_lang_hash_begin(seed), data, n)), adding the pieces of data
 * one after another gives the same, and kg_lang_hash_add_u64 adds the bytes of v as they lie in
 * memory. */
static inline uint64_t kg_lang_hash_begin(uint64_t seed)
{
	return 0xcbf29ce484222325ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
}

static inline uint64_t kg_lang_hash_add(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;

	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static inline uint64_t kg_lang_hash_add_u64(uint64_t h, uint64_t v)
{
	unsigned char b[sizeof(v)];

	memcpy(b, &v, sizeof(v));
	return kg_lang_hash_add(h, b, sizeof(b));
}

static inline uint64_t kg_lang_hash_end(uint64_t h)
{
	h ^= h >> 31;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 29;
	return h;
}

/* Appends m to b. */
int kg_ap_write(kg_lang_blob *b, const kg_ap *m);
/* Reads a model written by kg_ap_write, pointing into r's data (which must outlive it). */
int kg_ap_read(kg_ap **out, kg_lang_rd *r);
/* Number of features and weights kept. */
size_t kg_ap_features(const kg_ap *m);
size_t kg_ap_weights(const kg_ap *m);

/* Returns a scratch buffer of at least bytes from s (kept between calls); NULL when out of memory. */
void *kg_lang_scratch(kg_lang_sent *s, size_t bytes);

/* A 64-bit deterministic generator (splitmix64) for shuffling. */
uint64_t kg_lang_rand(uint64_t *state);
/* Shuffles idx[0..n) with state. */
void kg_lang_shuffle(size_t *idx, size_t n, uint64_t *state);

/* A read-only table from 64-bit keys to 32-bit values (open addressing, key 0 never stored). */
typedef struct kg_lang_tab {
	uint64_t mask;       /* size - 1 */
	const uint64_t *key; /* [size] keys, 0 empty */
	const uint32_t *val; /* [size] values */
	void *owned;         /* the arrays when built in memory */
} kg_lang_tab;
/* Builds t from keys[0..n) and vals (later duplicates ignored). Returns 0 or KG_ENOMEM. */
int kg_lang_tab_build(kg_lang_tab *t, const uint64_t *keys, const uint32_t *vals, size_t n);
/* 1 and *val when key is in t. */
int kg_lang_tab_get(const kg_lang_tab *t, uint64_t key, uint32_t *val);
int kg_lang_tab_write(kg_lang_blob *b, const kg_lang_tab *t);
int kg_lang_tab_read(kg_lang_tab *t, kg_lang_rd *r);
void kg_lang_tab_clear(kg_lang_tab *t);

/* ---- the tagger ---- */

/* A loaded tagger. */
typedef struct kg_lang_tagger kg_lang_tagger;
int kg_lang_tagger_load(kg_lang_tagger **out, const char *path, kg_error *err);
void kg_lang_tagger_free(kg_lang_tagger *tg);
/* Tags s in place. */
int kg_lang_tagger_tag(const kg_lang_tagger *tg, kg_lang_sent *s);
/* The same with a memo made for tg (KG_EINVAL: made for another tagger), NULL: none. */
int kg_lang_tagger_tag_memo(const kg_lang_tagger *tg, kg_lang_sent *s, kg_lang_memo *memo);
/* A memo for tg, sized for a text of about n_tokens tokens. 0 or KG_ENOMEM. */
int kg_lang_tagger_memo_new(kg_lang_memo **out, const kg_lang_tagger *tg, size_t n_tokens);

/* ---- the parser ---- */

typedef struct kg_lang_parser kg_lang_parser;
void kg_lang_parser_free(kg_lang_parser *p);
int kg_lang_parser_load(kg_lang_parser **out, const char *path, kg_error *err);
int kg_lang_parser_parse(const kg_lang_parser *p, kg_lang_sent *s);

/* The progress log of training. */
FILE *kg_lang_train_log(const kg_lang_train_opts *o);
/* The options of a training run, the defaults when opts is NULL, once it is known to have sentences
 * to learn from; NULL with err set when n_train is 0. */
const kg_lang_train_opts *kg_lang_train_begin(const kg_lang_train_opts *opts, size_t n_train, kg_error *err);

/* One sense per document, after tagging: a name the tagger found in the document (toks, the sentences
 * ending at sent_end[0..n_sent), BILOU tags) is given, with the type most of its mentions got (PER
 * before ORG before LOC before MISC on a tie), to the same words as written where they were left
 * untagged; only words that start with a capital, within a sentence, names of up to 6 words; a
 * one-word name only when it was tagged more often than left untagged. 0 or KG_ENOMEM (tags then
 * partly filled). */
int kg_ner_propagate(const kg_span *toks, const size_t *sent_end, size_t n_sent, uint8_t *tags);

/* What kg_lang_jackknife does with a fold's tagger for sentence i of the training set: 0 or a negative
 * KG_E*, which stops the run. */
typedef int (*kg_lang_fold_fn)(void *payload, const kg_lang_tagger *tg, size_t i);

/* K-fold jackknifing of train[0..n): for each fold, a tagger of passes passes (1 or 2) trained for epochs
 * epochs on the other folds (through a temporary file next to out_path, removed at the end), then
 * each(payload, tagger, i) for every sentence i of the fold (i % k == fold). what names the run in the
 * progress line ("pos", "parse"). 0, or the first error (err set by training or loading). */
int kg_lang_jackknife(const kg_lang_sent *train, size_t n, int k, int passes, int epochs, const char *out_path,
		      const char *what, kg_lang_fold_fn each, void *payload, const kg_lang_train_opts *opts,
		      kg_error *err);

#endif
