/* test_lang.c: tests of the language layer: CoNLL-U reading and writing, the averaged perceptron's
 * save/load round trip, deterministic tagger and NER training, and their output over fixtures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "lang/internal.h"

#define FIXTURE KG_SOURCE_DIR "/tests/data/lang/tiny.conllu"

/* The checksum of the tagger that kg_lang_train_pos makes from the fixture with the default options
 * and 5 epochs; retraining must give these bytes on every machine. */
#define TINY_POS_SUM 0x904bbb1698de8ffaULL

#define NER_FIXTURE KG_SOURCE_DIR "/tests/data/lang/ner-tiny.conll"
/* The checksum of the NER model kg_ner_train makes from the NER fixture (no lexicon, 4 epochs,
 * seed 1); retraining must give these bytes on every machine. */
#define TINY_NER_SUM 0x25f374474b966fa7ULL

static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!fp)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[n] = '\0';
	*len = (size_t)n;
	fclose(fp);
	return buf;
}

static void load_fixture(kg_lang_sent **v, size_t *n)
{
	const char *path = FIXTURE;
	kg_error err = { 0 };

	assert_int_equal(kg_lang_conllu_load(v, n, &path, 1, &err), 0);
	assert_int_equal(*n, 12);
}

static void conllu_read_then_write_gives_the_same_lines(void **state)
{
	const char *path = FIXTURE;
	kg_lang_conllu *r;
	kg_lang_sent s = KG_LANG_SENT_INIT;
	kg_error err = { 0 };
	char out[] = "/tmp/kg-test-lang-XXXXXX";
	int fd = mkstemp(out), got;
	FILE *fp = fdopen(fd, "w");
	char *a, *b;
	size_t la, lb;

	(void)state;
	assert_non_null(fp);
	assert_int_equal(kg_lang_conllu_open(&r, path, &err), 0);
	while ((got = kg_lang_conllu_read(r, &s, &err)) == 1)
		assert_int_equal(kg_lang_conllu_write(fp, &s), 0);
	assert_int_equal(got, 0);
	assert_int_equal(kg_lang_conllu_close(r, &err), 0);
	fclose(fp);
	a = slurp(path, &la);
	b = slurp(out, &lb);
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(a, b);
	free(a);
	free(b);
	unlink(out);
	kg_lang_sent_clear(&s);
}

static void conllu_line_with_nine_columns_is_an_error_with_its_line(void **state)
{
	char path[] = "/tmp/kg-test-lang-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	kg_lang_conllu *r;
	kg_lang_sent s = KG_LANG_SENT_INIT;
	kg_error err = { 0 };

	(void)state;
	fputs("1\tA\ta\tDET\tDT\t_\t2\tdet\t_\n2\tb\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n\n"
	      "1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n\n", fp);
	fclose(fp);
	assert_int_equal(kg_lang_conllu_open(&r, path, &err), 0);
	assert_int_equal(kg_lang_conllu_read(r, &s, &err), KG_EPARSE);
	assert_int_equal(err.line, 1);
	/* reading goes on with the next sentence */
	assert_int_equal(kg_lang_conllu_read(r, &s, &err), 1);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.tok[0].form, "Ok");
	assert_int_equal(kg_lang_conllu_read(r, &s, &err), 0);
	kg_lang_conllu_close(r, NULL);
	kg_lang_sent_clear(&s);
	unlink(path);
}

/* Writes m into b (emptied first) and reads it back into a new model pointing into b. */
static kg_ap *round_trip(kg_lang_blob *b, const kg_ap *m)
{
	kg_lang_rd r;
	kg_ap *back;

	b->len = 0;
	assert_int_equal(kg_ap_write(b, m), 0);
	r = (kg_lang_rd){ b->data, b->len, 0 };
	assert_int_equal(kg_ap_read(&back, &r), 0);
	return back;
}

/* Scores the two features f with a into sa and with b into sb. */
static void score_both(const kg_ap *a, const kg_ap *b, const uint64_t *f, float sa[3], float sb[3])
{
	memset(sa, 0, 3 * sizeof(*sa));
	memset(sb, 0, 3 * sizeof(*sb));
	kg_ap_score(a, f, 2, sa);
	kg_ap_score(b, f, 2, sb);
}

static void perceptron_learns_and_survives_a_save_and_load(void **state)
{
	kg_ap_train *t;
	kg_ap *avg, *back;
	kg_lang_blob b = { 0 };
	kg_lang_rd r;
	uint64_t f[2][2] = { { 11, 12 }, { 21, 22 } };
	float s1[3], s2[3];
	int epoch, k;

	(void)state;
	assert_int_equal(kg_ap_train_new(&t, 3), 0);
	for (epoch = 0; epoch < 5; epoch++)
		for (k = 0; k < 2; k++) {
			float sc[3] = { 0 };
			kg_ap_train_score(t, f[k], 2, sc);
			assert_int_equal(kg_ap_train_update(t, f[k], 2, k + 1, kg_lang_argmax(sc, 3, NULL)), 0);
			kg_ap_train_tick(t);
		}
	assert_int_equal(kg_ap_train_average(&avg, t), 0);
	back = round_trip(&b, avg);
	for (k = 0; k < 2; k++) {
		score_both(avg, back, f[k], s1, s2);
		assert_memory_equal(s1, s2, sizeof(s1));
		assert_int_equal(kg_lang_argmax(s2, 3, NULL), k + 1);
	}
	/* a cut file is refused */
	r = (kg_lang_rd){ b.data, b.len - 8, 0 };
	kg_ap_free(back);
	assert_int_equal(kg_ap_read(&back, &r), KG_EPARSE);
	kg_ap_free(avg);
	kg_ap_train_free(t);
	kg_lang_blob_free(&b);
}

static void compacted_perceptron_drops_small_weights_and_scores_within_a_quantisation_step(void **state)
{
	kg_ap_train *t;
	kg_ap *avg, *small, *tiny, *back;
	kg_lang_blob b = { 0 };
	kg_lang_rd r;
	uint64_t f[3][2] = { { 11, 12 }, { 21, 22 }, { 31, 32 } };
	float s1[3], s2[3];
	int k, i;

	(void)state;
	assert_int_equal(kg_ap_train_new(&t, 3), 0);
	/* feature 31/32 is updated once and averages to little; the others often */
	for (i = 0; i < 20; i++) {
		assert_int_equal(kg_ap_train_update(t, f[0], 2, 1, 0), 0);
		assert_int_equal(kg_ap_train_update(t, f[1], 2, 2, 0), 0);
		kg_ap_train_tick(t);
	}
	assert_int_equal(kg_ap_train_update(t, f[2], 2, 1, 0), 0);
	kg_ap_train_tick(t);
	assert_int_equal(kg_ap_train_average(&avg, t), 0);
	assert_int_equal(kg_ap_compact(&small, avg, 0.0f), 0);
	assert_int_equal(kg_ap_features(small), kg_ap_features(avg));
	assert_int_equal(kg_ap_compact(&tiny, avg, 0.5f), 0);
	assert_int_equal(kg_ap_features(tiny), 4);
	back = round_trip(&b, tiny);
	for (k = 0; k < 2; k++) {
		score_both(avg, back, f[k], s1, s2);
		for (i = 0; i < 3; i++)
			assert_true(fabsf(s1[i] - s2[i]) <= 2 * 20.0f / 32767.0f);
		assert_int_equal(kg_lang_argmax(s2, 3, NULL), k + 1);
	}
	/* the rare feature is gone from the pruned model and kept in the other */
	memset(s2, 0, sizeof(s2));
	kg_ap_score(back, f[2], 2, s2);
	assert_true(s2[0] == 0.0f && s2[1] == 0.0f && s2[2] == 0.0f);
	memset(s2, 0, sizeof(s2));
	kg_ap_score(small, f[2], 2, s2);
	assert_true(s2[1] > 0.0f);
	/* a cut quantised file is refused */
	kg_ap_free(back);
	r = (kg_lang_rd){ b.data, b.len - 8, 0 };
	assert_int_equal(kg_ap_read(&back, &r), KG_EPARSE);
	kg_ap_free(avg);
	kg_ap_free(small);
	kg_ap_free(tiny);
	kg_ap_train_free(t);
	kg_lang_blob_free(&b);
}

/* A trainer of the language layer: kg_lang_train_pos or kg_lang_train_parse. */
typedef int (*trainer)(const kg_lang_sent *train, size_t n_train, const kg_lang_sent *dev, size_t n_dev,
		       const char *out_path, const kg_lang_train_opts *opts, kg_error *err);

/* Trains a model on the fixture into path with train (5 epochs, quietly). */
static void train_tiny(trainer train, const char *path)
{
	kg_lang_sent *v;
	size_t n;
	kg_lang_train_opts o = KG_LANG_TRAIN_OPTS_INIT;
	kg_error err = { 0 };

	load_fixture(&v, &n);
	o.epochs = 5;
	o.quiet = 1;
	assert_int_equal(train(v, n, v, n, path, &o, &err), 0);
	kg_lang_sents_free(v, n);
}

static void tagger_training_gives_the_same_bytes_twice_and_the_committed_checksum(void **state)
{
	char a[] = "/tmp/kg-test-lang-XXXXXX", b[] = "/tmp/kg-test-lang-XXXXXX", tmp[64];
	char *da, *db;
	size_t la, lb;

	(void)state;
	close(mkstemp(a));
	close(mkstemp(b));
	train_tiny(kg_lang_train_pos, a);
	train_tiny(kg_lang_train_pos, b);
	da = slurp(a, &la);
	db = slurp(b, &lb);
	assert_non_null(da);
	assert_non_null(db);
	assert_int_equal(la, lb);
	assert_memory_equal(da, db, la);
	printf("# tiny tagger checksum 0x%016llxULL\n", (unsigned long long)kg_lang_hash(0, da, la));
	assert_true(kg_lang_hash(0, da, la) == TINY_POS_SUM);
	/* the first pass's jackknife taggers went through a temporary file that is gone */
	snprintf(tmp, sizeof(tmp), "%s.pass1.tmp", a);
	assert_int_equal(access(tmp, F_OK), -1);
	free(da);
	free(db);
	unlink(a);
	unlink(b);
}

static void tagger_trained_on_the_fixture_tags_it_back_and_fills_lemmas(void **state)
{
	char dir[] = "/tmp/kg-test-lang-XXXXXX";
	char path[64];
	kg_lang_sent *v;
	kg_lang *lang;
	kg_lang_sent s = KG_LANG_SENT_INIT;
	kg_lang_score sc = { 0 };
	kg_error err = { 0 };
	size_t n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/pos.kgm", dir);
	train_tiny(kg_lang_train_pos, path);
	assert_int_equal(kg_lang_new(&lang, dir, &err), 0);
	load_fixture(&v, &n);
	assert_int_equal(kg_lang_evaluate(lang, v, n, 0, &sc, &err), 0);
	assert_int_equal(sc.tokens, 76);
	assert_true(sc.upos >= 74);
	/* lemma from the table, and the parser is missing: an error, not a parse */
	assert_int_equal(kg_lang_sent_copy_forms(&s, &v[0]), 0);
	assert_int_equal(kg_lang_tag(lang, &s), 0);
	assert_string_equal(s.tok[2].upos, "VERB");
	assert_string_equal(s.tok[2].xpos, "VBD");
	assert_string_equal(s.tok[2].lemma, "meet");
	assert_int_equal(kg_lang_has_parser(lang), 0);
	assert_int_equal(kg_lang_parse(lang, &s, &err), KG_ENOTFOUND);
	assert_int_equal(s.tok[0].head, -1);
	kg_lang_sent_clear(&s);
	kg_lang_sents_free(v, n);
	kg_lang_free(lang);
	unlink(path);
	rmdir(dir);
}

static void tagging_with_a_memo_gives_the_tags_and_lemmas_of_tagging_without(void **state)
{
	char dir[] = "/tmp/kg-test-lang-XXXXXX";
	char path[64];
	kg_lang_sent *v;
	kg_lang *lang, *other;
	kg_lang_memo *memo;
	kg_lang_sent s = KG_LANG_SENT_INIT, m = KG_LANG_SENT_INIT;
	kg_error err = { 0 };
	size_t n, i, j, round;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/pos.kgm", dir);
	train_tiny(kg_lang_train_pos, path);
	assert_int_equal(kg_lang_new(&lang, dir, &err), 0);
	assert_int_equal(kg_lang_new(&other, dir, &err), 0);
	load_fixture(&v, &n);
	/* the smallest memo: words share entries and push each other out; three rounds, so words repeat */
	assert_int_equal(kg_lang_memo_new(&memo, lang, 1), 0);
	for (round = 0; round < 3; round++)
		for (i = 0; i < n; i++) {
			assert_int_equal(kg_lang_sent_copy_forms(&s, &v[i]), 0);
			assert_int_equal(kg_lang_sent_copy_forms(&m, &v[i]), 0);
			assert_int_equal(kg_lang_tag(lang, &s), 0);
			assert_int_equal(kg_lang_tag_memo(lang, &m, memo), 0);
			for (j = 0; j < s.n; j++) {
				assert_string_equal(m.tok[j].upos, s.tok[j].upos);
				assert_string_equal(m.tok[j].xpos, s.tok[j].xpos);
				assert_string_equal(m.tok[j].lemma, s.tok[j].lemma);
			}
		}
	/* a memo serves the kg_lang it was made for */
	assert_int_equal(kg_lang_sent_copy_forms(&m, &v[0]), 0);
	assert_int_equal(kg_lang_tag_memo(other, &m, memo), KG_EINVAL);
	kg_lang_memo_free(memo);
	kg_lang_sent_clear(&s);
	kg_lang_sent_clear(&m);
	kg_lang_sents_free(v, n);
	kg_lang_free(lang);
	kg_lang_free(other);
	unlink(path);
	rmdir(dir);
}

static void parser_training_is_deterministic_and_its_parses_are_trees_with_one_root(void **state)
{
	char dir[] = "/tmp/kg-test-lang-XXXXXX";
	char pos[64], parse[64], again[64];
	char *da, *db;
	size_t la, lb, n, i, j;
	kg_lang_sent *v;
	kg_lang *lang;
	kg_lang_sent s = KG_LANG_SENT_INIT;
	kg_lang_score sc = { 0 };
	kg_error err = { 0 };

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(pos, sizeof(pos), "%s/pos.kgm", dir);
	snprintf(parse, sizeof(parse), "%s/parse.kgm", dir);
	snprintf(again, sizeof(again), "%s/again.kgm", dir);
	train_tiny(kg_lang_train_pos, pos);
	train_tiny(kg_lang_train_parse, parse);
	train_tiny(kg_lang_train_parse, again);
	da = slurp(parse, &la);
	db = slurp(again, &lb);
	assert_int_equal(la, lb);
	assert_memory_equal(da, db, la);
	free(da);
	free(db);
	assert_int_equal(kg_lang_new(&lang, dir, &err), 0);
	assert_int_equal(kg_lang_has_parser(lang), 1);
	load_fixture(&v, &n);
	assert_int_equal(kg_lang_evaluate(lang, v, n, 1, &sc, &err), 0);
	assert_true(sc.uas * 10 >= sc.tokens * 9);
	for (i = 0; i < n; i++) {
		size_t roots = 0;
		assert_int_equal(kg_lang_sent_copy_forms(&s, &v[i]), 0);
		assert_int_equal(kg_lang_analyse(lang, &s, &err), 0);
		for (j = 0; j < s.n; j++) {
			int h = s.tok[j].head, steps = 0;
			assert_true(h >= 0 && h <= (int)s.n && h != (int)j + 1);
			assert_string_not_equal(s.tok[j].deprel, "_");
			roots += h == 0;
			/* following heads reaches the root: no cycle */
			while (h > 0 && steps++ <= (int)s.n)
				h = s.tok[h - 1].head;
			assert_int_equal(h, 0);
		}
		assert_int_equal(roots, 1);
	}
	kg_lang_sent_clear(&s);
	kg_lang_sents_free(v, n);
	kg_lang_free(lang);
	unlink(pos);
	unlink(parse);
	unlink(again);
	rmdir(dir);
}

static void parser_trained_on_jackknifed_tags_is_deterministic_and_leaves_no_fold_file(void **state)
{
	char dir[] = "/tmp/kg-test-lang-XXXXXX";
	char parse[64], again[64], fold[80];
	char *da, *db;
	size_t la, lb, n;
	kg_lang_sent *v;
	kg_lang_train_opts o = KG_LANG_TRAIN_OPTS_INIT;
	kg_error err = { 0 };

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(parse, sizeof(parse), "%s/parse.kgm", dir);
	snprintf(again, sizeof(again), "%s/again.kgm", dir);
	load_fixture(&v, &n);
	o.epochs = 3;
	o.quiet = 1;
	/* each fold's tags come from a tagger freed before the parser learns from them */
	o.jackknife = 3;
	assert_int_equal(kg_lang_train_parse(v, n, v, n, parse, &o, &err), 0);
	assert_int_equal(kg_lang_train_parse(v, n, v, n, again, &o, &err), 0);
	da = slurp(parse, &la);
	db = slurp(again, &lb);
	assert_true(la > 0);
	assert_int_equal(la, lb);
	assert_memory_equal(da, db, la);
	snprintf(fold, sizeof(fold), "%s.fold.tmp", parse);
	assert_int_equal(access(fold, F_OK), -1);
	free(da);
	free(db);
	kg_lang_sents_free(v, n);
	unlink(parse);
	unlink(again);
	assert_int_equal(rmdir(dir), 0);
}

/* Collects the forms of the first sentence. */
static int first_sentence(kg_lang_sent *s, void *ctx)
{
	char *out = ctx;
	size_t i;

	for (i = 0; i < s->n; i++) {
		char buf[64];
		snprintf(buf, sizeof(buf), "%s%s@%zu", i ? " " : "", s->tok[i].form, s->tok[i].start);
		strcat(out, buf);
	}
	return 1;
}

static void tokeniser_splits_clitics_and_hyphens_as_ud_does_and_keeps_offsets(void **state)
{
	const char *text = "We don't know if it's the well-known e-mail.";
	char out[512] = "";

	(void)state;
	assert_int_equal(kg_lang_tokenise(text, strlen(text), first_sentence, out), 1);
	assert_string_equal(out, "We@0 do@3 n't@5 know@9 if@14 it@17 's@19 the@22 well@26 -@30 known@31 e-mail@37 .@43");
}

static void missing_models_folder_is_an_error_naming_the_file(void **state)
{
	kg_lang *lang;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_lang_new(&lang, "/nonexistent-kg-models", &err), KG_ENOTFOUND);
	assert_null(lang);
	assert_non_null(strstr(err.source, "pos.kgm"));
	kg_lang_free(NULL);
}

static void load_ner_fixture(kg_ner_corpus *c)
{
	kg_error err = { 0 };
	FILE *fp = fopen(NER_FIXTURE, "r");

	assert_non_null(fp);
	assert_int_equal(kg_ner_corpus_read(c, fp, NER_FIXTURE, 1, &err), 0);
	fclose(fp);
}

static void ner_corpus_turns_iob_tags_into_bilou_in_sentences_and_documents(void **state)
{
	kg_ner_corpus c;

	(void)state;
	load_ner_fixture(&c);
	assert_int_equal(c.n_doc, 2);
	assert_int_equal(c.n_sent, 10);
	assert_int_equal(c.sent_end[0], 9);
	assert_int_equal(c.gold[0], KG_NER_TAG(KG_NER_PER, KG_NER_B)); /* Maria */
	assert_int_equal(c.gold[1], KG_NER_TAG(KG_NER_PER, KG_NER_L)); /* Lopez */
	assert_int_equal(c.gold[2], 0);                                 /* works */
	assert_int_equal(c.gold[7], KG_NER_TAG(KG_NER_LOC, KG_NER_U)); /* Springfield */
	assert_string_equal(kg_ner_tag_iob2(c.gold[1]), "I-PER");
	kg_ner_corpus_clear(&c);
	kg_ner_corpus_clear(NULL);
}

static void ner_corpus_with_an_unknown_tag_is_an_error_naming_its_line(void **state)
{
	static char text[] = "Ada B-PER\nLovelace I-PER\n\nBabbage B-INVENTOR\n";
	kg_ner_corpus c;
	kg_error err = { 0 };
	FILE *fp = fmemopen(text, strlen(text), "r");

	(void)state;
	assert_non_null(fp);
	assert_int_equal(kg_ner_corpus_read(&c, fp, "x.conll", 1, &err), KG_EPARSE);
	fclose(fp);
	assert_int_equal(err.line, 4);
	assert_non_null(strstr(err.text, "B-INVENTOR"));
	assert_int_equal(c.n_tok, 0);
}

static void ner_training_gives_the_same_bytes_twice_and_the_committed_checksum(void **state)
{
	kg_ner_corpus c;
	kg_ner_train_opts o = KG_NER_TRAIN_OPTS_INIT;
	kg_error err = { 0 };
	char a[] = "/tmp/kg-test-ner-a-XXXXXX", b[] = "/tmp/kg-test-ner-b-XXXXXX";
	char *da, *db;
	size_t la, lb;
	int fa = mkstemp(a), fb = mkstemp(b);

	(void)state;
	assert_true(fa >= 0 && fb >= 0);
	close(fa);
	close(fb);
	load_ner_fixture(&c);
	o.epochs = 4;
	assert_int_equal(kg_ner_train(NULL, &c, &c, a, &o, &err), 0);
	assert_int_equal(kg_ner_train(NULL, &c, &c, b, &o, &err), 0);
	da = slurp(a, &la);
	db = slurp(b, &lb);
	assert_non_null(da);
	assert_non_null(db);
	assert_true(la > 8 && la == lb);
	assert_memory_equal(da, db, la);
	printf("# tiny NER checksum 0x%016llxULL\n", (unsigned long long)kg_lang_hash(0, da, la));
	assert_true(kg_lang_hash(0, da, la) == TINY_NER_SUM);
	free(da);
	free(db);
	unlink(a);
	unlink(b);
	kg_ner_corpus_clear(&c);
}

static void ner_trained_on_the_fixture_finds_its_names_again(void **state)
{
	kg_ner_corpus c;
	kg_ner_train_opts o = KG_NER_TRAIN_OPTS_INIT;
	kg_ner_model *m = NULL;
	kg_ner_score sc;
	kg_error err = { 0 };
	char path[] = "/tmp/kg-test-ner-m-XXXXXX";
	uint8_t *tags;
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	load_ner_fixture(&c);
	o.epochs = 6;
	assert_int_equal(kg_ner_train(NULL, &c, NULL, path, &o, &err), 0);
	assert_int_equal(kg_ner_model_load(&m, path, &err), 0);
	tags = malloc(c.n_tok);
	assert_non_null(tags);
	assert_int_equal(kg_ner_tag_corpus(m, NULL, &c, tags), 0);
	kg_ner_score_corpus(&sc, &c, tags);
	assert_true(kg_ner_score_f1(&sc, KG_NER__NTYPES) > 0.95);
	assert_string_equal(kg_ner_tag_iob2(tags[0]), "B-PER");
	free(tags);
	kg_ner_model_free(m);
	kg_ner_model_free(NULL);
	unlink(path);
	kg_ner_corpus_clear(&c);
}

static void ner_tagging_a_corpus_through_its_caches_gives_the_tags_of_each_document_alone(void **state)
{
	/* the same places, aliases and words in several documents, a model trained on them (so that the
	 * gazetteer's features weigh): a corpus keeps its word and span caches from one document to the
	 * next, a document alone starts with empty ones of another size */
	static char text[] = "-DOCSTART- O\nMaria B-PER\nLopez I-PER\nflew O\nto O\nNew B-LOC\nYork I-LOC\nand O\n"
			     "the O\nUnited B-ORG\nNations I-ORG\n. O\n\n"
			     "The O\nUnited B-LOC\nStates I-LOC\nand O\nFrance B-LOC\nmet O\nin O\nSpringfield B-LOC\n. O\n\n"
			     "-DOCSTART- O\nTom B-PER\nBaker I-PER\nof O\nthe O\nUnited B-ORG\nNations I-ORG\nvisited O\n"
			     "New B-LOC\nYork I-LOC\nCity I-LOC\n. O\n\n"
			     "NATO B-ORG\nand O\nthe O\nEuropean B-ORG\nUnion I-ORG\nmet O\nin O\nBrussels B-LOC\nand O\n"
			     "New B-LOC\nYork I-LOC\n. O\n\n"
			     "-DOCSTART- O\nFrance B-LOC\nand O\nthe O\nUnited B-LOC\nStates I-LOC\nof I-LOC\nAmerica I-LOC\n. O\n\n"
			     "ANNA B-PER\nKOWALSKI I-PER\nFLEW O\nTO O\nNEW B-LOC\nYORK I-LOC\nAND O\nPARIS B-LOC\n. O\n";
	kg_ner_corpus c;
	kg_ner_train_opts o = KG_NER_TRAIN_OPTS_INIT;
	kg_ner_model *m = NULL;
	kg_lex *lex = NULL;
	kg_error err = { 0 };
	char path[] = "/tmp/kg-test-ner-c-XXXXXX";
	uint8_t *all, *one;
	FILE *fp = fmemopen(text, strlen(text), "r");
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	assert_non_null(fp);
	assert_int_equal(kg_ner_corpus_read(&c, fp, "x.conll", 1, &err), 0);
	fclose(fp);
	assert_int_equal(c.n_doc, 3);
	assert_int_equal(kg_lex_open(&lex, NULL, &err), 0);
	o.epochs = 3;
	assert_int_equal(kg_ner_train(lex, &c, NULL, path, &o, &err), 0);
	assert_int_equal(kg_ner_model_load(&m, path, &err), 0);
	all = calloc(c.n_tok, 1);
	one = calloc(c.n_tok, 1);
	assert_non_null(all);
	assert_non_null(one);
	assert_int_equal(kg_ner_tag_corpus(m, lex, &c, all), 0);
	for (size_t d = 0; d < c.n_doc; d++) {
		size_t s0 = d ? c.doc_end[d - 1] : 0, s1 = c.doc_end[d], t0 = s0 ? c.sent_end[s0 - 1] : 0;
		size_t ends[8];
		assert_true(s1 - s0 <= 8);
		for (size_t si = s0; si < s1; si++)
			ends[si - s0] = c.sent_end[si] - t0;
		assert_int_equal(kg_ner_tag_doc(m, lex, c.tok + t0, NULL, c.sent_end[s1 - 1] - t0, ends, s1 - s0, one + t0), 0);
	}
	assert_memory_equal(all, one, c.n_tok);
	free(all);
	free(one);
	kg_ner_model_free(m);
	kg_lex_free(lex);
	unlink(path);
	kg_ner_corpus_clear(&c);
}

static void ner_gives_a_name_found_once_to_its_untagged_mentions_in_the_document(void **state)
{
	/* three sentences: "Ana Velez met President Tolen ." / "Ana Velez and President spoke ." /
	 * "Tolen said President Ana Velez left ." */
	static const char *const words[] = { "Ana", "Velez", "met", "President", "Tolen", ".",
					      "Ana", "Velez", "and", "President", "spoke", ".",
					      "Tolen", "said", "President", "Ana", "Velez", "left", "." };
	const uint8_t per_b = KG_NER_TAG(KG_NER_PER, KG_NER_B), per_l = KG_NER_TAG(KG_NER_PER, KG_NER_L);
	const uint8_t per_u = KG_NER_TAG(KG_NER_PER, KG_NER_U), org_u = KG_NER_TAG(KG_NER_ORG, KG_NER_U);
	size_t ends[] = { 6, 12, 19 };
	kg_span toks[19];
	uint8_t tags[19] = { 0 };

	(void)state;
	for (size_t i = 0; i < 19; i++)
		toks[i] = (kg_span){ words[i], strlen(words[i]) };
	tags[0] = per_b; /* "Ana Velez" named in the first sentence only */
	tags[1] = per_l;
	tags[3] = org_u; /* "President" tagged once by mistake, left twice */
	tags[4] = per_u; /* "Tolen": PER once, left once: a tie, which does not spread */
	assert_int_equal(kg_ner_propagate(toks, ends, 3, tags), 0);
	assert_int_equal(tags[6], per_b);
	assert_int_equal(tags[7], per_l);
	assert_int_equal(tags[15], per_b);
	assert_int_equal(tags[16], per_l);
	assert_int_equal(tags[12], 0);
	assert_int_equal(tags[9], 0);
	assert_int_equal(tags[14], 0);
	assert_int_equal(tags[8], 0);
}

static void ner_model_load_refuses_a_file_that_is_not_a_model(void **state)
{
	kg_ner_model *m = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_ner_model_load(&m, NER_FIXTURE, &err), KG_EPARSE);
	assert_null(m);
	assert_non_null(strstr(err.text, "kg train ner"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(conllu_read_then_write_gives_the_same_lines),
		cmocka_unit_test(conllu_line_with_nine_columns_is_an_error_with_its_line),
		cmocka_unit_test(perceptron_learns_and_survives_a_save_and_load),
		cmocka_unit_test(compacted_perceptron_drops_small_weights_and_scores_within_a_quantisation_step),
		cmocka_unit_test(tagger_training_gives_the_same_bytes_twice_and_the_committed_checksum),
		cmocka_unit_test(tagger_trained_on_the_fixture_tags_it_back_and_fills_lemmas),
		cmocka_unit_test(tagging_with_a_memo_gives_the_tags_and_lemmas_of_tagging_without),
		cmocka_unit_test(parser_training_is_deterministic_and_its_parses_are_trees_with_one_root),
		cmocka_unit_test(parser_trained_on_jackknifed_tags_is_deterministic_and_leaves_no_fold_file),
		cmocka_unit_test(tokeniser_splits_clitics_and_hyphens_as_ud_does_and_keeps_offsets),
		cmocka_unit_test(missing_models_folder_is_an_error_naming_the_file),
		cmocka_unit_test(ner_corpus_turns_iob_tags_into_bilou_in_sentences_and_documents),
		cmocka_unit_test(ner_corpus_with_an_unknown_tag_is_an_error_naming_its_line),
		cmocka_unit_test(ner_training_gives_the_same_bytes_twice_and_the_committed_checksum),
		cmocka_unit_test(ner_trained_on_the_fixture_finds_its_names_again),
		cmocka_unit_test(ner_tagging_a_corpus_through_its_caches_gives_the_tags_of_each_document_alone),
		cmocka_unit_test(ner_gives_a_name_found_once_to_its_untagged_mentions_in_the_document),
		cmocka_unit_test(ner_model_load_refuses_a_file_that_is_not_a_model),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
