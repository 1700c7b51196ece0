/* score.c: scores kg's time expressions against the hand-written gold of tests/data/time/gold.tsv
 * (found F1 with relaxed span match, value accuracy of the found ones); the articles are read where
 * they are, and the run is skipped (exit 77) when the shared ones are absent. */
#include "time/time.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The targets of issue 16: below them the test fails. */
#define TARGET_F1 0.90
#define TARGET_VALUE 0.85

/* One gold expression. */
typedef struct gold_x {
	size_t start;    /* byte offsets in the article */
	size_t end;
	char type[16];   /* DATE or DURATION */
	char value[32];  /* TIMEX3 value */
	int matched;     /* 1 once a found expression overlaps it */
} gold_x;

/* Totals over the corpus. */
typedef struct totals {
	size_t gold;       /* gold expressions */
	size_t found;      /* expressions the tagger found */
	size_t hit_gold;   /* gold expressions overlapped by a found one */
	size_t hit_found;  /* found expressions overlapping a gold one */
	size_t value_ok;   /* matched pairs with the right value */
	size_t type_ok;    /* matched pairs with the right type */
} totals;

static void score_doc(totals *t, const char *path, const char *text, size_t len, const char *anchor,
		      gold_x *g, size_t ng, int verbose)
{
	kg_timex_list l = { NULL, 0, 0 };
	kg_date a;
	int has_anchor = strcmp(anchor, "-") != 0 && kg_time_parse_iso(&a, anchor, strlen(anchor)) == KG_OK;

	if (kg_time_tag(&l, text, len, has_anchor ? &a : NULL) < 0) {
		fprintf(stderr, "kg-time-score: out of memory\n");
		exit(2);
	}
	t->gold += ng;
	t->found += l.n;
	for (size_t i = 0; i < l.n; i++) {
		const kg_timex *x = &l.v[i];
		gold_x *m = NULL;
		const char *type = x->type == KG_TIMEX_DURATION ? "DURATION" : "DATE";

		for (size_t k = 0; k < ng && !m; k++)
			if (!g[k].matched && g[k].start < x->end && x->start < g[k].end)
				m = &g[k];
		if (!m) {
			if (verbose)
				printf("  spurious %s %zu-%zu '%.*s' %s\n", path, x->start, x->end,
				       (int)(x->end - x->start), text + x->start, x->value);
			continue;
		}
		m->matched = 1;
		t->hit_found++;
		t->hit_gold++;
		t->type_ok += strcmp(type, m->type) == 0;
		if (strcmp(x->value, m->value) == 0)
			t->value_ok++;
		else if (verbose)
			printf("  value    %s %zu-%zu '%.*s' %s, gold %s\n", path, x->start, x->end,
			       (int)(x->end - x->start), text + x->start, x->value, m->value);
	}
	for (size_t k = 0; k < ng; k++)
		if (!g[k].matched && verbose)
			printf("  missed   %s %zu-%zu '%.*s' %s\n", path, g[k].start, g[k].end,
			       (int)(g[k].end - g[k].start), text + g[k].start, g[k].value);
	kg_timex_list_clear(&l);
}

static int exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

int main(int argc, char **argv)
{
	const char *gold_path, *shared, *project;
	FILE *fp;
	char line[1024], path[4096] = "", anchor[32] = "", *text = NULL;
	size_t len = 0, ng = 0, cap = 0, expect = 0;
	gold_x *g = NULL;
	totals t;
	int verbose = 0, argi = 1, rc = 0;
	double p, r, f1, acc;

	if (argi < argc && strcmp(argv[argi], "-v") == 0) {
		verbose = 1;
		argi++;
	}
	if (argc - argi != 3) {
		fprintf(stderr, "usage: kg-time-score [-v] GOLD.tsv SHARED_DIR PROJECT_DIR\n");
		return 2;
	}
	gold_path = argv[argi];
	shared = argv[argi + 1];
	project = argv[argi + 2];
	snprintf(line, sizeof(line), "%s/dev/news", shared);
	if (!exists(line)) {
		printf("kg-time-score: %s is absent: skipped\n", line);
		return 77;
	}
	if (!(fp = fopen(gold_path, "r"))) {
		fprintf(stderr, "kg: error: %s: cannot be read\n", gold_path);
		return 2;
	}
	memset(&t, 0, sizeof(t));
	for (long lineno = 1;; lineno++) {
		int eof = !fgets(line, sizeof(line), fp);

		if (!eof && (line[0] == '#' || line[0] == '\n'))
			continue;
		if (eof || strncmp(line, "doc\t", 4) == 0) {
			if (text) {
				score_doc(&t, path, text, len, anchor, g, ng, verbose);
				free(text);
				text = NULL;
			}
			ng = 0;
			if (eof)
				break;
			{
				char where[16], rel[2048];
				kg_error err;

				if (sscanf(line, "doc\t%15[^:]:%2047[^\t]\t%31s\t%zu", where, rel, anchor, &expect) != 4) {
					fprintf(stderr, "kg: error: %s:%ld: malformed doc line\n", gold_path, lineno);
					rc = 2;
					goto done;
				}
				snprintf(path, sizeof(path), "%s/%s", strcmp(where, "shared") == 0 ? shared : project, rel);
				if (kg_read_file(&text, &len, path, &err) < 0) {
					fprintf(stderr, "kg: error: %s: cannot be read\n", path);
					rc = 2;
					goto done;
				}
				if (len != expect) {
					fprintf(stderr, "kg: error: %s: %zu bytes, the gold was written for %zu: the article "
						"changed, write its gold again\n", path, len, expect);
					rc = 2;
					goto done;
				}
			}
			continue;
		}
		if (ng == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			gold_x *v = realloc(g, ncap * sizeof(*v));

			if (!v) {
				rc = 2;
				goto done;
			}
			g = v;
			cap = ncap;
		}
		memset(&g[ng], 0, sizeof(g[ng]));
		if (!text || sscanf(line, "%zu\t%zu\t%15s\t%31s", &g[ng].start, &g[ng].end, g[ng].type, g[ng].value) != 4 ||
		    g[ng].end > len || g[ng].start >= g[ng].end) {
			fprintf(stderr, "kg: error: %s:%ld: malformed expression line\n", gold_path, lineno);
			rc = 2;
			goto done;
		}
		ng++;
	}
	p = t.found ? (double)t.hit_found / t.found : 0;
	r = t.gold ? (double)t.hit_gold / t.gold : 0;
	f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
	acc = t.hit_gold ? (double)t.value_ok / t.hit_gold : 0;
	printf("gold %zu, found %zu, matched %zu\n", t.gold, t.found, t.hit_gold);
	printf("found: P %.3f R %.3f F1 %.3f (relaxed span match; target %.2f)\n", p, r, f1, TARGET_F1);
	printf("value right: %.3f of the found (%zu/%zu; target %.2f); type right %.3f\n", acc, t.value_ok,
	       t.hit_gold, TARGET_VALUE, t.hit_gold ? (double)t.type_ok / t.hit_gold : 0);
	if (t.gold < 100) {
		fprintf(stderr, "kg-time-score: fewer than 100 gold expressions\n");
		rc = 1;
	}
	if (f1 < TARGET_F1 || acc < TARGET_VALUE)
		rc = 1;
done:
	fclose(fp);
	free(text);
	free(g);
	return rc;
}
