/* lex.c: opening the lexicons (word list, first names, curated word classes) and the word,
 * demonym and organisation lookups. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "lex_priv.h"

/* Single-byte ASCII forms of U+00C0..U+00FF; '\0' keeps the character as it is. */
static const char latin1_fold[64] = {
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', '\0', 'o', 'u', 'u', 'u', 'u', 'y', 't', 's',
	'a', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	'd', 'n', 'o', 'o', 'o', 'o', 'o', '\0', 'o', 'u', 'u', 'u', 'u', 'y', 't', 'y'
};

/* ASCII forms of U+0100..U+017F (Latin Extended-A). */
static const char latin_ext_fold[] =
	"aaaaaacccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "ii" "jj" "kkk"
	"llllllllll" "nnnnnnnnn" "oooooo" "oo" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww"
	"yyy" "zzzzzz" "s";

size_t kg_lex_fold(char *dst, size_t cap, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned c = u[i];
		char out = 0;
		size_t skip = 0;

		/* plain ASCII, the common case */
		while (c < 0x80) {
			if (k + 1 >= cap)
				return (size_t)-1;
			dst[k++] = (char)(c - 'A' < 26u ? c + ('a' - 'A') : c);
			if (++i == n)
				goto end;
			c = u[i];
		}
		if (c < 0x80) {
			out = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); /* ASCII, whatever the locale */
		} else if (c == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0xBF) {
			out = latin1_fold[u[i + 1] - 0x80];
			skip = out ? 1 : 0;
		} else if ((c == 0xC4 || c == 0xC5) && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0xBF) {
			out = latin_ext_fold[(c - 0xC4) * 64 + (u[i + 1] - 0x80)];
			skip = 1;
		} else if (c == 0xC8 && i + 1 < n && u[i + 1] >= 0x98 && u[i + 1] <= 0x9B) {
			out = u[i + 1] <= 0x99 ? 's' : 't'; /* Romanian comma-below s and t */
			skip = 1;
		} else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0x98 || u[i + 2] == 0x99)) {
			out = '\'';
			skip = 2;
		} else if (c == 0xCA && i + 1 < n && (u[i + 1] == 0xBB || u[i + 1] == 0xBC)) {
			out = '\''; /* modifier letter apostrophes */
			skip = 1;
		}
		if (out) {
			if (k + 1 >= cap)
				return (size_t)-1;
			dst[k++] = out;
			i += skip;
		} else {
			if (k + 1 >= cap)
				return (size_t)-1;
			dst[k++] = (char)c;
		}
	}
end:
	if (k >= cap)
		return (size_t)-1;
	dst[k] = '\0';
	return k;
}

void kg_lex_warn_missing(kg_error *err, int *missing, const char *path, const char *what)
{
	if (*missing == 0)
		kg_error_set(err, path, 0, 0, "cannot read %s; that lexicon is empty", what);
	(*missing)++;
}

const char *kg_lex_intern(kg_lex *lex, const char *s)
{
	size_t v;
	const char *p;

	if (kg_map_get(lex->pool_index, s, &v))
		return KG_LEX_STR(v);
	if (kg_strv_push(&lex->pool, s) < 0)
		return NULL;
	p = lex->pool.v[lex->pool.n - 1];
	return kg_map_put(lex->pool_index, p, KG_LEX_VAL(p)) < 0 ? NULL : p;
}

const char *kg_lex_intern_late(const kg_lex *lex, const char *s)
{
	kg_lex *m = (kg_lex *)lex; /* late_pool is the lexicon's one mutable part, under cache_mu */
	const char *r = NULL;
	size_t v;

	pthread_mutex_lock(&m->cache_mu);
	if (kg_map_get(m->late_index, s, &v)) {
		r = KG_LEX_STR(v);
	} else if (kg_strv_push(&m->late_pool, s) == 0) {
		r = m->late_pool.v[m->late_pool.n - 1];
		if (kg_map_put(m->late_index, r, KG_LEX_VAL(r)) < 0)
			r = NULL;
	}
	pthread_mutex_unlock(&m->cache_mu);
	return r;
}

unsigned kg_lex_slot_begin_read(unsigned *seq)
{
	return __atomic_load_n(seq, __ATOMIC_ACQUIRE);
}

int kg_lex_slot_key_is(const char *slot_key, const char *key, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (__atomic_load_n(&slot_key[i], __ATOMIC_RELAXED) != key[i])
			return 0;
	return __atomic_load_n(&slot_key[n], __ATOMIC_RELAXED) == '\0';
}

int kg_lex_slot_end_read(unsigned *seq, unsigned begun)
{
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
	return !(begun & 1) && __atomic_load_n(seq, __ATOMIC_RELAXED) == begun;
}

int kg_lex_slot_begin_write(unsigned *seq, unsigned *begun)
{
	unsigned s = __atomic_load_n(seq, __ATOMIC_RELAXED);

	if ((s & 1) || !__atomic_compare_exchange_n(seq, &s, s + 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return 0;
	__atomic_thread_fence(__ATOMIC_RELEASE);
	*begun = s;
	return 1;
}

void kg_lex_slot_set_key(char *slot_key, const char *key, size_t n)
{
	for (size_t i = 0; i < n; i++)
		__atomic_store_n(&slot_key[i], key[i], __ATOMIC_RELAXED);
	__atomic_store_n(&slot_key[n], '\0', __ATOMIC_RELAXED);
}

void kg_lex_slot_end_write(unsigned *seq, unsigned begun)
{
	__atomic_store_n(seq, begun + 2, __ATOMIC_RELEASE);
}

/* ORs flags into the classes of a word given as written. */
static int words_or(kg_lex *lex, const char *w, unsigned flags)
{
	char key[KG_LEX_MAXKEY];
	size_t k = kg_lex_fold(key, sizeof(key), w, strlen(w));
	size_t old = 0;

	if (k == (size_t)-1 || k == 0)
		return KG_OK;
	kg_map_getn(lex->words, key, k, &old);
	return kg_map_putn(lex->words, key, k, old | flags);
}

/* 1 when a word-list entry is written in lower case (no capital letter). */
static int is_lower_entry(const char *w, size_t n)
{
	const unsigned char *u = (const unsigned char *)w;

	for (size_t i = 0; i < n; i++) {
		if (isupper(u[i]))
			return 0;
		if (u[i] == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9E)
			return 0;
	}
	return 1;
}

/* Loads the system word list: lower-case entries are COMMON, capitalised ones PROPER. */
static int load_dict_words(kg_lex *lex, const char *path, int *missing, kg_error *err)
{
	FILE *fp = fopen(path, "r");
	char line[512];
	int rc = KG_OK;

	if (!fp) {
		kg_lex_warn_missing(err, missing, path, "the word list (install wamerican)");
		return KG_OK;
	}
	while (fgets(line, sizeof(line), fp)) {
		size_t n = strcspn(line, "\r\n");
		char key[KG_LEX_MAXKEY];
		size_t k, old = 0;

		if (n >= 2 && line[n - 2] == '\'' && line[n - 1] == 's')
			continue; /* possessives: lookups strip "'s" themselves */
		k = kg_lex_fold(key, sizeof(key), line, n);
		if (k == (size_t)-1 || k == 0)
			continue;
		kg_map_getn(lex->words, key, k, &old);
		rc = kg_map_putn(lex->words, key, k, old | (is_lower_entry(line, n) ? KG_LEX_COMMON : KG_LEX_PROPER));
		if (rc < 0)
			break;
	}
	fclose(fp);
	return rc;
}

/* Loads miscfiles' given names (gzip) as FIRSTNAME. */
static int load_propernames(kg_lex *lex, const char *path, int *missing, kg_error *err)
{
	gzFile gz = gzopen(path, "rb");
	char line[256];
	int rc = KG_OK;

	if (!gz) {
		kg_lex_warn_missing(err, missing, path, "the first names (install miscfiles)");
		return KG_OK;
	}
	while (gzgets(gz, line, sizeof(line))) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] && (rc = words_or(lex, line, KG_LEX_FIRSTNAME)) < 0)
			break;
	}
	gzclose(gz);
	return rc;
}

/* 1 when s has letters and none of them is lower case ("US", "U.S.", "NATO", "G7"). */
static int all_caps(const char *s, size_t n, size_t *letters)
{
	size_t l = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (islower(c) || c >= 0x80)
			return 0;
		if (isupper(c))
			l++;
	}
	if (letters)
		*letters = l;
	return l > 0;
}

/* Marks every leading part of key[0..n) in the prefix map with bit. */
static int prefixes_add(kg_map *prefixes, const char *key, size_t n, size_t bit)
{
	for (size_t j = 1; j <= n; j++) {
		size_t old = 0;
		kg_map_getn(prefixes, key, j, &old);
		if (kg_map_putn(prefixes, key, j, old | bit) < 0)
			return KG_ENOMEM;
	}
	return KG_OK;
}

/* Registers an alias -> canonical pair in a folded map and, for acronyms, a case-sensitive map.
 * Acronyms go to the folded map too when they are long and not an English word ("NATO"). With a
 * case-sensitive map (organisations), the leading parts of both keys go to lex->org_prefix. */
static int alias_add(kg_lex *lex, kg_map *folded, kg_map *exact, const char *name, const char *canonical)
{
	const char *c = kg_lex_intern(lex, canonical);
	char key[KG_LEX_MAXKEY];
	size_t n = strlen(name), k, letters = 0, idx = KG_LEX_VAL(c), flags = 0;

	if (!c)
		return KG_ENOMEM;
	if (exact && all_caps(name, n, &letters)) {
		if (kg_map_putn(exact, name, n, idx) < 0 || prefixes_add(lex->org_prefix, name, n, 1) < 0)
			return KG_ENOMEM;
		if (letters <= 3)
			return KG_OK;
	}
	k = kg_lex_fold(key, sizeof(key), name, n);
	if (k == (size_t)-1 || k == 0)
		return KG_OK;
	if (exact && all_caps(name, n, NULL) && kg_map_getn(lex->words, key, k, &flags) &&
	    (flags & (KG_LEX_COMMON | KG_LEX_STOP)))
		return KG_OK;
	if (exact && prefixes_add(lex->org_prefix, key, k, 2) < 0)
		return KG_ENOMEM;
	return kg_map_putn(folded, key, k, idx);
}

/* Loads the curated word classes, first names and demonyms. */
static int load_curated_words(kg_lex *lex)
{
	int rc;

	for (size_t t = 0; t < kg_lex_n_wordlists; t++)
		for (const char *const *w = kg_lex_wordlists[t].words; *w; w++)
			if ((rc = words_or(lex, *w, kg_lex_wordlists[t].flags)) < 0)
				return rc;
	for (const char *const *w = kg_lex_firstnames; *w; w++)
		if ((rc = words_or(lex, *w, KG_LEX_FIRSTNAME)) < 0)
			return rc;
	for (const kg_lex_alias *d = kg_lex_demonyms; d->name; d++) {
		size_t n = strlen(d->name);
		char plural[128];

		if ((rc = alias_add(lex, lex->demonyms, NULL, d->name, d->canonical)) < 0)
			return rc;
		if (!strchr(d->name, ' ') && (rc = words_or(lex, d->name, KG_LEX_DEMONYM)) < 0)
			return rc;
		/* Ukrainians, Israelis, Saudis, Afghans, Scots */
		if (n + 2 < sizeof(plural) && strchr("nitkeo", d->name[n - 1]) && !strstr(d->name, "ese")) {
			snprintf(plural, sizeof(plural), "%ss", d->name);
			if ((rc = alias_add(lex, lex->demonyms, NULL, plural, d->canonical)) < 0)
				return rc;
			if (!strchr(plural, ' ') && (rc = words_or(lex, plural, KG_LEX_DEMONYM)) < 0)
				return rc;
		}
	}
	for (const kg_lex_alias *o = kg_lex_org_aliases; o->name; o++)
		if ((rc = alias_add(lex, lex->orgs, lex->orgs_exact, o->name, o->canonical)) < 0)
			return rc;
	/* propernames lists "The" and "Those" */
	for (const char *const *w = kg_lex_not_firstnames; *w; w++) {
		size_t v;
		if (kg_map_get(lex->words, *w, &v) && (rc = kg_map_put(lex->words, *w, v & ~(size_t)KG_LEX_FIRSTNAME)) < 0)
			return rc;
	}
	return KG_OK;
}

/* The path for one data file: the option, else the environment, else the Debian default. */
static const char *data_path(const char *opt, const char *env, const char *def)
{
	const char *e;

	if (opt)
		return opt;
	e = getenv(env);
	return e && *e ? e : def;
}

int kg_lex_open(kg_lex **out, const kg_lex_opts *opts, kg_error *err)
{
	static const kg_lex_opts none = {0};
	kg_lex *lex = calloc(1, sizeof(*lex));
	const char *env_geo = getenv("KG_NO_GEONAMES");
	int missing = 0, rc = KG_ENOMEM;

	*out = NULL;
	if (!opts)
		opts = &none;
	if (err)
		memset(err, 0, sizeof(*err));
	if (!lex)
		return KG_ENOMEM;
	pthread_mutex_init(&lex->geo_mu, NULL);
	pthread_mutex_init(&lex->cache_mu, NULL);
	atomic_init(&lex->geo_loaded, 0);
	lex->no_geonames = opts->no_geonames || (env_geo && *env_geo && strcmp(env_geo, "0") != 0);
	lex->cache = calloc(KG_LEX_CACHE_SLOTS, sizeof(*lex->cache));
	lex->place_cache = calloc(KG_LEX_CACHE_SLOTS, sizeof(*lex->place_cache));
	if (!lex->cache || !lex->place_cache || kg_map_new(&lex->words) < 0 || kg_map_new(&lex->places) < 0 ||
	    kg_map_new(&lex->places_exact) < 0 || kg_map_new(&lex->towns_in) < 0 || kg_map_new(&lex->demonyms) < 0 ||
	    kg_map_new(&lex->orgs) < 0 || kg_map_new(&lex->orgs_exact) < 0 || kg_map_new(&lex->org_prefix) < 0 ||
	    kg_map_new(&lex->pool_index) < 0 || kg_map_new(&lex->late_index) < 0 ||
	    kg_map_new(&lex->verb_exc) < 0 || kg_map_new(&lex->noun_exc) < 0 ||
	    kg_map_new(&lex->title_first) < 0 || kg_map_new(&lex->title_prefix) < 0)
		goto done;
	if ((rc = load_dict_words(lex, data_path(opts->dict_words, "KG_DICT_WORDS", "/usr/share/dict/words"),
				  &missing, err)) < 0)
		goto done;
	if ((rc = load_propernames(lex, data_path(opts->propernames, "KG_PROPERNAMES",
						  "/usr/share/dict/propernames.gz"), &missing, err)) < 0)
		goto done;
	if ((rc = load_curated_words(lex)) < 0)
		goto done;
	if ((rc = kg_lex_wordnet_open(lex, data_path(opts->wordnet_dir, "KG_WORDNET_DIR", "/usr/share/wordnet"),
				      &missing, err)) < 0)
		goto done;
	if ((rc = kg_lex_places_open(lex, data_path(opts->countries, "KG_COUNTRIES",
						    "/usr/share/misc/countries.gz"), &missing, err)) < 0)
		goto done;
	if ((rc = kg_lex_titles_open(lex)) < 0)
		goto done;
	if (missing > 1 && err) {
		size_t len = strlen(err->text);
		snprintf(err->text + len, sizeof(err->text) - len, " (and %d more data files missing)", missing - 1);
	}
	*out = lex;
	lex = NULL;
	rc = KG_OK;
done:
	if (rc == KG_ENOMEM)
		kg_error_set(err, "lexicon", 0, 0, "out of memory loading the lexicons");
	kg_lex_free(lex);
	return rc;
}

void kg_lex_free(kg_lex *lex)
{
	if (!lex)
		return;
	kg_lex_wordnet_close(lex);
	kg_lex_titles_free(lex);
	kg_map_free(lex->words);
	kg_map_free(lex->places);
	kg_map_free(lex->places_exact);
	kg_map_free(lex->towns_in);
	free(lex->recs);
	kg_map_free(lex->demonyms);
	kg_map_free(lex->orgs);
	kg_map_free(lex->orgs_exact);
	kg_map_free(lex->org_prefix);
	kg_strv_clear(&lex->pool);
	kg_map_free(lex->pool_index);
	kg_map_free(lex->verb_exc);
	kg_map_free(lex->noun_exc);
	kg_map_free(lex->title_first);
	kg_map_free(lex->title_prefix);
	kg_strv_clear(&lex->late_pool);
	kg_map_free(lex->late_index);
	free(lex->cache);
	free(lex->place_cache);
	pthread_mutex_destroy(&lex->geo_mu);
	pthread_mutex_destroy(&lex->cache_mu);
	free(lex);
}

/* Classes found for a word after removing a plural or possessive ending, or 0. */
static unsigned strip_lookup(const kg_lex *lex, const char *key, size_t n)
{
	size_t v;

	if (n > 2 && key[n - 2] == '\'' && key[n - 1] == 's')
		return kg_map_getn(lex->words, key, n - 2, &v) ? (unsigned)v : 0;
	if (n > 2 && key[n - 1] == '\'' && key[n - 2] == 's')
		return kg_map_getn(lex->words, key, n - 1, &v) ? (unsigned)v : 0;
	if (n > 3 && key[n - 1] == 's' && key[n - 2] != 's') {
		if (kg_map_getn(lex->words, key, n - 1, &v) && (v & (KG_LEX_COMMON | KG_LEX_PROPER)))
			return (unsigned)v & (KG_LEX_COMMON | KG_LEX_PROPER);
		if (key[n - 2] == 'e' && kg_map_getn(lex->words, key, n - 2, &v))
			return (unsigned)v & (KG_LEX_COMMON | KG_LEX_PROPER);
	}
	return 0;
}

unsigned kg_lex_word_folded(const kg_lex *lex, const char *key, size_t n)
{
	size_t v = 0;
	unsigned f = 0;

	if (kg_map_getn(lex->words, key, n, &v))
		f = (unsigned)v;
	if (!(f & (KG_LEX_COMMON | KG_LEX_PROPER))) {
		unsigned s = strip_lookup(lex, key, n);
		f |= s ? s : kg_lex_wordnet_flags(lex, key, n);
	}
	if (f & KG_LEX_COMMON)
		f &= ~(unsigned)KG_LEX_PROPER;
	return f;
}

unsigned kg_lex_word(const kg_lex *lex, const char *w, size_t n)
{
	char key[KG_LEX_MAXKEY];
	size_t k;

	if (!lex || !w || n == 0)
		return 0;
	k = kg_lex_fold(key, sizeof(key), w, n);
	if (k == (size_t)-1 || k == 0)
		return 0;
	return kg_lex_word_folded(lex, key, k);
}

const char *kg_lex_demonym(const kg_lex *lex, const char *w, size_t n)
{
	char key[KG_LEX_MAXKEY];
	size_t k, i;

	if (!lex || !w || n == 0)
		return NULL;
	k = kg_lex_fold(key, sizeof(key), w, n);
	if (k == (size_t)-1 || !kg_map_getn(lex->demonyms, key, k, &i))
		return NULL;
	return KG_LEX_STR(i);
}

const char *kg_lex_org_alias(const kg_lex *lex, const char *name, size_t n)
{
	char key[KG_LEX_MAXKEY];
	size_t k, i;
	int upper = 0;

	if (!lex || !name || n == 0)
		return NULL;
	if (kg_map_getn(lex->orgs_exact, name, n, &i))
		return KG_LEX_STR(i);
	for (size_t j = 0; j < n && !upper; j++)
		upper = isupper((unsigned char)name[j]) != 0;
	if (!upper)
		return NULL; /* organisation names are written with capitals: "fed" is not the Fed */
	k = kg_lex_fold(key, sizeof(key), name, n);
	if (k == (size_t)-1 || !kg_map_getn(lex->orgs, key, k, &i))
		return NULL;
	return KG_LEX_STR(i);
}

int kg_lex_org_alias_may_start(const kg_lex *lex, const char *w, size_t n)
{
	char key[KG_LEX_MAXKEY];
	size_t k, v;

	if (!lex || !w || n == 0 || (unsigned char)w[n - 1] >= 0x80)
		return 1; /* a character cut at the token's end could fold with the next byte */
	if (kg_map_getn(lex->org_prefix, w, n, &v) && (v & 1))
		return 1;
	k = kg_lex_fold(key, sizeof(key), w, n);
	return k != (size_t)-1 && kg_map_getn(lex->org_prefix, key, k, &v) && (v & 2);
}
