/* places.c: the place gazetteer: curated places and country aliases, miscfiles' countries and
 * capitals, libgeonames' cities (loaded on the first lookup), and WordNet locations as a fallback. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#ifdef KG_HAVE_GEONAMES
#include <geonames.h>
#endif

#include "lex_priv.h"

/* Priorities: which entry a name keeps when sources disagree. */
enum { PRIO_GEO_STATE = 1, PRIO_GEO_CITY = 2, PRIO_COUNTRY = 4, PRIO_CURATED = 5 };
/* A capital competes with geonames' cities on population: Victoria, Seychelles gives way to
 * Victoria, Canada once geonames is read. */
#define PRIO_CAPITAL PRIO_GEO_CITY

/* Word classes that rule a name out as a geonames place ("Of", "Van", "Police"). */
#define NOT_A_PLACE (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_TITLE | KG_LEX_MONTH | KG_LEX_WEEKDAY | \
		     KG_LEX_HONORIFIC | KG_LEX_PARTICLE | KG_LEX_SPEECH)

/* Smallest geonames city kept when its name is also a given name ("Charlotte", "Florence"). */
#define FIRSTNAME_CITY_MIN 100000
/* Smallest geonames city whose state is read (as a region). */
#define STATE_CITY_MIN 50000
/* Smallest geonames city kept when its name is also an English word ("Nice", "Reading"). */
#define WORD_CITY_MIN 150000

/* Suffixes of geonames' state names that news drops ("Kherson Oblast" -> "Kherson"). */
static const char *const state_suffixes[] = {
	" Oblast", " Oblast'", " Province", " Region", " Governorate", " Prefecture", " District",
	" County", " Municipality", " Krai", " Republic", " Autonomous Region", NULL
};

/* 1 when s has letters and none is lower case; *letters counts them. */
static int caps_only(const char *s, size_t n, size_t *letters)
{
	size_t l = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (islower(c) || c >= 0x80)
			return 0;
		l += isupper(c) != 0;
	}
	*letters = l;
	return l > 0;
}

/* Puts key -> rec in map unless the entry there wins. */
static int place_put(kg_lex *lex, kg_map *map, const char *key, size_t k, size_t rec)
{
	size_t old;

	if (kg_map_getn(map, key, k, &old)) {
		const kg_lex_place_rec *o = &lex->recs[old], *r = &lex->recs[rec];
		if (o->prio > r->prio || (o->prio == r->prio && o->place.population >= r->place.population))
			return KG_OK;
	}
	return kg_map_putn(map, key, k, rec);
}

int kg_lex_place_add(kg_lex *lex, const char *name, kg_place_kind kind, const char *canonical,
		     const char *country, const char *geo, unsigned long population, int prio)
{
	char key[KG_LEX_MAXKEY];
	size_t n = strlen(name), k, letters = 0, rec;
	kg_lex_place_rec *r;
	int rc;

	if (lex->n_recs == lex->cap_recs) {
		size_t cap = lex->cap_recs ? lex->cap_recs * 2 : 1024;
		kg_lex_place_rec *v = realloc(lex->recs, cap * sizeof(*v));
		if (!v)
			return KG_ENOMEM;
		lex->recs = v;
		lex->cap_recs = cap;
	}
	r = &lex->recs[lex->n_recs];
	r->place.kind = kind;
	r->place.canonical = kg_lex_intern(lex, canonical);
	r->place.country = country ? kg_lex_intern(lex, country) : NULL;
	r->place.population = population;
	r->geo = geo ? kg_lex_intern(lex, geo) : NULL;
	r->prio = prio;
	if (!r->place.canonical || (country && !r->place.country) || (geo && !r->geo))
		return KG_ENOMEM;
	rec = lex->n_recs++;
	if (caps_only(name, n, &letters)) {
		if ((rc = place_put(lex, lex->places_exact, name, n, rec)) < 0)
			return rc;
		if (letters <= 3)
			return KG_OK; /* "US" is not "us" */
	}
	k = kg_lex_fold(key, sizeof(key), name, n);
	if (k == (size_t)-1 || k == 0)
		return KG_OK;
	return place_put(lex, lex->places, key, k, rec);
}

/* The entry of a name (exact short capitals, then folded, then without a leading "the "). */
static const kg_lex_place_rec *place_find(const kg_lex *lex, const char *name, size_t n)
{
	char key[KG_LEX_MAXKEY];
	size_t i, k, letters;

	if (kg_map_getn(lex->places_exact, name, n, &i))
		return &lex->recs[i];
	if (caps_only(name, n, &letters) && letters <= 3)
		return NULL;
	k = kg_lex_fold(key, sizeof(key), name, n);
	if (k == (size_t)-1 || k == 0)
		return NULL;
	if (kg_map_getn(lex->places, key, k, &i))
		return &lex->recs[i];
	if (k > 4 && memcmp(key, "the ", 4) == 0 && kg_map_getn(lex->places, key + 4, k - 4, &i))
		return &lex->recs[i];
	return NULL;
}

/* The forms of state a country's formal name puts before "of" ("the Sultanate of Norland", "the Hashemite
 * Kingdom of Jordan"), folded; longest first where one ends another. */
static const char *const state_forms[] = {
	"federal democratic republic of ", "democratic socialist republic of ", "people's democratic republic of ",
	"federative republic of ", "oriental republic of ",
	"federal republic of ", "islamic republic of ", "people's republic of ", "democratic republic of ",
	"arab republic of ", "socialist republic of ", "hashemite kingdom of ", "united republic of ",
	"cooperative republic of ", "plurinational state of ", "bolivarian republic of ", "republic of ",
	"kingdom of ", "sultanate of ", "emirate of ", "state of ", "principality of ", "grand duchy of ",
	"commonwealth of ", "federation of ", "independent state of ", NULL
};

/* A country's formal name, "[the] FORM of [the] COUNTRY", as the country: its entry, or NULL. */
static const kg_lex_place_rec *formal_country(const kg_lex *lex, const char *name, size_t n)
{
	char key[KG_LEX_MAXKEY];
	size_t k = kg_lex_fold(key, sizeof(key), name, n), off = 0, i;

	if (k == (size_t)-1)
		return NULL;
	if (k > 4 && memcmp(key, "the ", 4) == 0)
		off = 4;
	for (const char *const *f = state_forms; *f; f++) {
		size_t fl = strlen(*f), at = off + fl;

		if (k <= at || memcmp(key + off, *f, fl) != 0)
			continue;
		if (k > at + 4 && memcmp(key + at, "the ", 4) == 0)
			at += 4;
		if (kg_map_getn(lex->places, key + at, k - at, &i) && lex->recs[i].place.kind == KG_PLACE_COUNTRY)
			return &lex->recs[i];
		return NULL;
	}
	return NULL;
}

const char *kg_lex_country_canonical(const kg_lex *lex, const char *name)
{
	const kg_lex_place_rec *r = place_find(lex, name, strlen(name));

	return r && r->place.kind == KG_PLACE_COUNTRY ? r->place.canonical : NULL;
}

/* Copies s[0..n) without " (...)" asides and surrounding blanks and quotes into dst. */
static void clean_name(char *dst, size_t cap, const char *s, size_t n)
{
	size_t k = 0;
	int depth = 0;

	for (size_t i = 0; i < n && k + 1 < cap; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth > 0)
			depth--;
		else if (!depth)
			dst[k++] = s[i];
	}
	while (k && (dst[k - 1] == ' ' || dst[k - 1] == ','))
		k--;
	dst[k] = '\0';
	if (dst[0] == '\'' || dst[0] == ' ')
		memmove(dst, dst + 1, k);
}

/* How a place's name stands among the lexicon's words: -1 too short to be a place (or too long to fold),
 * 0 no word, 1 a word whose flags are in *v. key (KG_LEX_MAXKEY bytes) gets the folded name, *k its
 * length. */
static int name_as_word(const kg_lex *lex, const char *name, char *key, size_t *k, size_t *v)
{
	*k = kg_lex_fold(key, KG_LEX_MAXKEY, name, strlen(name));
	if (*k == (size_t)-1 || *k < 2)
		return -1;
	return kg_map_getn(lex->words, key, *k, v) ? 1 : 0;
}

/* 1 when a capital's name is not an English word, unless that word first means the place
 * ("Malé" folds to "male" and is not kept). */
static int capital_ok(const kg_lex *lex, const char *name)
{
	char key[KG_LEX_MAXKEY];
	size_t k, v;
	int w = name_as_word(lex, name, key, &k, &v);

	if (w <= 0)
		return w == 0;
	if (v & NOT_A_PLACE)
		return 0;
	return !(v & KG_LEX_COMMON) || kg_lex_wordnet_location(lex, key, k, 1, NULL, 0, NULL);
}

/* Adds the capitals of one countries.gz line: "Pretoria (official), Cape Town (legislative)". */
static int add_capitals(kg_lex *lex, const char *field, const char *country)
{
	char name[256];
	const char *p = field;
	int rc;

	while (*p) {
		const char *end = strstr(p, "), ");
		size_t n = end ? (size_t)(end - p) + 1 : strlen(p);
		char *comma;

		clean_name(name, sizeof(name), p, n);
		if (name[0] && capital_ok(lex, name)) {
			if ((rc = kg_lex_place_add(lex, name, KG_PLACE_CITY, name, country, name, 0, PRIO_CAPITAL)) < 0)
				return rc;
			comma = strstr(name, ", "); /* "Washington, DC" is also "Washington" */
			if (comma) {
				*comma = '\0';
				if ((rc = kg_lex_place_add(lex, name, KG_PLACE_CITY, name, country, name, 0,
							   PRIO_CAPITAL)) < 0)
					return rc;
			}
		}
		p += n;
		while (*p == ',' || *p == ' ')
			p++;
	}
	return KG_OK;
}

/* Loads miscfiles' countries: "num:AA:AAA:Name:Capital" per line. */
static int load_countries(kg_lex *lex, const char *path, int *missing, kg_error *err)
{
	gzFile gz = gzopen(path, "rb");
	char line[512];
	int rc = KG_OK;

	if (!gz) {
		kg_lex_warn_missing(err, missing, path, "the countries (install miscfiles)");
		return KG_OK;
	}
	while (rc == KG_OK && gzgets(gz, line, sizeof(line))) {
		char *f[5], *p = line, clean[256];
		const char *canonical;
		size_t nf = 0;

		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || !line[0])
			continue;
		while (nf < 5 && p) {
			f[nf++] = p;
			p = strchr(p, ':');
			if (p)
				*p++ = '\0';
		}
		if (nf < 4 || !f[3][0])
			continue;
		canonical = kg_lex_country_canonical(lex, f[3]);
		if (!canonical) {
			clean_name(clean, sizeof(clean), f[3], strlen(f[3]));
			char *comma = strstr(clean, ", ");
			if (comma)
				*comma = '\0'; /* "Virgin Islands, British" reads "Virgin Islands" */
			canonical = clean;
			if ((rc = kg_lex_place_add(lex, clean, KG_PLACE_COUNTRY, clean, clean, NULL, 0,
						   PRIO_COUNTRY)) < 0)
				break;
			canonical = kg_lex_country_canonical(lex, clean);
		}
		if (!canonical)
			continue;
		if ((rc = kg_lex_place_add(lex, f[3], KG_PLACE_COUNTRY, canonical, canonical, NULL, 0,
					   PRIO_COUNTRY)) < 0)
			break;
		if (nf == 5 && f[4][0])
			rc = add_capitals(lex, f[4], canonical);
	}
	gzclose(gz);
	return rc;
}

int kg_lex_places_open(kg_lex *lex, const char *countries, int *missing, kg_error *err)
{
	int rc;

	for (const kg_lex_alias *a = kg_lex_country_aliases; a->name; a++) {
		if ((rc = kg_lex_place_add(lex, a->name, KG_PLACE_COUNTRY, a->canonical, a->canonical, NULL, 0,
					   PRIO_CURATED)) < 0)
			return rc;
		if ((rc = kg_lex_place_add(lex, a->canonical, KG_PLACE_COUNTRY, a->canonical, a->canonical,
					   NULL, 0, PRIO_CURATED)) < 0)
			return rc;
	}
	for (const kg_lex_alias *c = kg_lex_extra_countries; c->name; c++) {
		if ((rc = kg_lex_place_add(lex, c->name, KG_PLACE_COUNTRY, c->name, c->name, NULL, 0,
					   PRIO_CURATED)) < 0)
			return rc;
		if (c->canonical && (rc = kg_lex_place_add(lex, c->canonical, KG_PLACE_CITY, c->canonical,
							   c->name, NULL, 0, PRIO_CURATED)) < 0)
			return rc;
	}
	for (const kg_lex_place_def *d = kg_lex_places; d->name; d++)
		if ((rc = kg_lex_place_add(lex, d->name, d->kind, d->canonical, d->country, d->geo, 0,
					   PRIO_CURATED)) < 0)
			return rc;
	return load_countries(lex, countries, missing, err);
}

#ifdef KG_HAVE_GEONAMES
/* 1 when a geonames name may be a place: not a function word or title, a given name only for a
 * large city, and an English word ("Phoenix", "Nice") only if WordNet knows it as a place. */
static int geo_name_ok(const kg_lex *lex, const char *name, int city, unsigned long pop)
{
	char key[KG_LEX_MAXKEY];
	size_t k, v;
	int w = name_as_word(lex, name, key, &k, &v);

	if (w <= 0)
		return w == 0;
	if ((v & NOT_A_PLACE) || ((v & KG_LEX_FIRSTNAME) && (!city || pop < FIRSTNAME_CITY_MIN)))
		return 0;
	if (v & KG_LEX_COMMON)
		return city && pop >= WORD_CITY_MIN && kg_lex_wordnet_location(lex, key, k, 0, NULL, 0, NULL);
	return 1;
}

/* A geonames state, remembered while the cities are read. */
typedef struct geo_state {
	char *name;          /* as geonames writes it */
	const char *country; /* interned canonical country */
} geo_state;

/* The key "folded name|country" under which a geonames population is remembered. */
static size_t pop_key(char *dst, size_t cap, const char *name, const char *country)
{
	size_t k = kg_lex_fold(dst, cap, name, strlen(name));
	size_t c = country ? strlen(country) : 0;

	if (k == (size_t)-1 || k + c + 2 > cap)
		return (size_t)-1;
	dst[k++] = '|';
	memcpy(dst + k, country ? country : "", c);
	dst[k + c] = '\0';
	return k + c;
}

/* The key "folded town\tfolded region" of towns_in in dst (cap bytes); (size_t)-1 when it does not fit. */
static size_t town_key(char *dst, size_t cap, const char *town, size_t tn, const char *region, size_t rn)
{
	size_t k = kg_lex_fold(dst, cap, town, tn), r;

	if (k == (size_t)-1 || k + 2 >= cap)
		return (size_t)-1;
	dst[k++] = '\t';
	if ((r = kg_lex_fold(dst + k, cap - k, region, rn)) == (size_t)-1)
		return (size_t)-1;
	return k + r;
}

/* Remembers a town kept out of the places because its name is a word, under its state and its country,
 * for kg_lex_town_in. KG_ENOMEM. */
static int town_in_add(kg_lex *lex, const char *name, const char *state, const char *country)
{
	char key[2 * KG_LEX_MAXKEY];
	size_t k;

	if ((k = town_key(key, sizeof(key), name, strlen(name), state, strlen(state))) != (size_t)-1 &&
	    kg_map_putn(lex->towns_in, key, k, 1) < 0)
		return KG_ENOMEM;
	if (country && (k = town_key(key, sizeof(key), name, strlen(name), country, strlen(country))) != (size_t)-1 &&
	    kg_map_putn(lex->towns_in, key, k, 1) < 0)
		return KG_ENOMEM;
	return KG_OK;
}

/* Reads libgeonames' cities into the gazetteer, then their states (as regions), then gives curated
 * cities and capitals their geonames population. */
static int geonames_load(kg_lex *lex)
{
	kg_map *pops = NULL, *seen_states = NULL;
	kg_map *by_code = NULL; /* country code -> the city's country (KG_LEX_VAL), read once per code */
	geo_state *states = NULL;
	size_t n_states = 0, cap_states = 0;
	int n = geonames_get_n_cities(), rc = KG_ENOMEM;
	char key[KG_LEX_MAXKEY];

	if (kg_map_new(&pops) < 0 || kg_map_new(&seen_states) < 0 || kg_map_new(&by_code) < 0)
		goto done;
	for (int i = 0; i < n; i++) {
		GeonamesCity *city = geonames_get_city(i);
		const char *name, *cn, *cc, *state, *country;
		unsigned long pop;
		size_t k, old, code_v;

		if (!city)
			continue;
		name = geonames_city_get_name(city);
		/* the country name costs twice its code: read it once per code */
		cc = geonames_city_get_country_code(city);
		pop = geonames_city_get_population(city);
		/* reading the state is libgeonames' slowest call: larger towns name every state news uses */
		state = pop >= STATE_CITY_MIN ? geonames_city_get_state(city) : NULL;
		if (cc && *cc && kg_map_get(by_code, cc, &code_v)) {
			country = KG_LEX_STR(code_v);
		} else {
			cn = geonames_city_get_country(city);
			country = cn && *cn ? kg_lex_country_canonical(lex, cn) : NULL;
			if (!country && cn && *cn)
				country = kg_lex_intern(lex, cn);
			/* a failed put only means asking again */
			if (cc && *cc)
				(void)kg_map_put(by_code, cc, KG_LEX_VAL(country));
		}
		rc = KG_OK;
		if (name && *name) {
			if (geo_name_ok(lex, name, 1, pop))
				rc = kg_lex_place_add(lex, name, KG_PLACE_CITY, name, country, NULL, pop, PRIO_GEO_CITY);
			else if (state && *state)
				rc = town_in_add(lex, name, state, country);
			k = pop_key(key, sizeof(key), name, country);
			if (rc == KG_OK && k != (size_t)-1 && (!kg_map_getn(pops, key, k, &old) || old < pop))
				rc = kg_map_putn(pops, key, k, pop);
		}
		if (rc == KG_OK && state && *state && !kg_map_get(seen_states, state, NULL)) {
			if (n_states == cap_states) {
				size_t cap = cap_states ? cap_states * 2 : 256;
				geo_state *v = realloc(states, cap * sizeof(*v));
				if (!v) {
					rc = KG_ENOMEM;
				} else {
					states = v;
					cap_states = cap;
				}
			}
			if (rc == KG_OK) {
				states[n_states].name = kg_strdup(state);
				states[n_states].country = country;
				if (!states[n_states].name)
					rc = KG_ENOMEM;
				else
					n_states++;
			}
			if (rc == KG_OK)
				rc = kg_map_put(seen_states, state, 1);
		}
		geonames_city_free(city);
		if (rc < 0)
			goto done;
	}
	for (size_t s = 0; s < n_states; s++) {
		const char *st = states[s].name;
		size_t len = strlen(st);

		if (!geo_name_ok(lex, st, 0, 0))
			continue;
		if ((rc = kg_lex_place_add(lex, st, KG_PLACE_REGION, st, states[s].country, NULL, 0,
					   PRIO_GEO_STATE)) < 0)
			goto done;
		for (const char *const *suf = state_suffixes; *suf; suf++) {
			size_t sl = strlen(*suf);
			char *bare;
			if (len <= sl + 2 || strcmp(st + len - sl, *suf) != 0)
				continue;
			bare = kg_strndup(st, len - sl);
			if (!bare) {
				rc = KG_ENOMEM;
				goto done;
			}
			rc = geo_name_ok(lex, bare, 0, 0) ? kg_lex_place_add(lex, bare, KG_PLACE_REGION, st,
									   states[s].country, NULL, 0, PRIO_GEO_STATE)
						       : KG_OK;
			free(bare);
			if (rc < 0)
				goto done;
			break;
		}
	}
	for (size_t r = 0; r < lex->n_recs; r++) {
		kg_lex_place_rec *rec = &lex->recs[r];
		size_t k, pop;

		if (rec->place.population || rec->place.kind != KG_PLACE_CITY)
			continue;
		k = pop_key(key, sizeof(key), rec->geo ? rec->geo : rec->place.canonical, rec->place.country);
		if (k != (size_t)-1 && kg_map_getn(pops, key, k, &pop))
			rec->place.population = pop;
	}
	rc = KG_OK;
done:
	for (size_t s = 0; s < n_states; s++)
		free(states[s].name);
	free(states);
	kg_map_free(pops);
	kg_map_free(seen_states);
	kg_map_free(by_code);
	return rc;
}
#endif

int kg_lex_has_geonames(void)
{
#ifdef KG_HAVE_GEONAMES
	return 1;
#else
	return 0;
#endif
}

/* Loads geonames once, on the first place lookup (it takes tens of milliseconds). A failure
 * (out of memory) leaves the gazetteer without some cities. */
static void geonames_ensure(const kg_lex *lex)
{
	kg_lex *m = (kg_lex *)lex; /* the lazy load is the gazetteer's one late change, under geo_mu */

	if (atomic_load_explicit(&m->geo_loaded, memory_order_acquire))
		return;
	pthread_mutex_lock(&m->geo_mu);
	if (!atomic_load_explicit(&m->geo_loaded, memory_order_relaxed)) {
#ifdef KG_HAVE_GEONAMES
		if (!m->no_geonames)
			geonames_load(m);
#endif
		atomic_store_explicit(&m->geo_loaded, 1, memory_order_release);
	}
	pthread_mutex_unlock(&m->geo_mu);
}

int kg_lex_town_in(const kg_lex *lex, const char *town, size_t tn, const char *region, size_t rn)
{
	char key[2 * KG_LEX_MAXKEY];
	size_t k;

	if (!lex || !town || !region)
		return 0;
	geonames_ensure(lex);
	k = town_key(key, sizeof(key), town, tn, region, rn);
	return k != (size_t)-1 && kg_map_getn(lex->towns_in, key, k, NULL);
}

/* FNV-1a, for the cache slot. */
static size_t slot_hash(const char *s, size_t n)
{
	size_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The WordNet fallback: a name whose first noun sense is a capitalised location ("Brussels").
 * Its canonical form goes to *canonical (interned); the kind is returned, KG_PLACE_NONE if none. */
static kg_place_kind wordnet_place(const kg_lex *lex, const char *key, size_t k, const char **canonical)
{
	kg_lex *m = (kg_lex *)lex; /* the cache is the lexicon's mutable part, its slots seqlocked */
	kg_lex_place_slot *slot = NULL;
	kg_place_kind kind = KG_PLACE_OTHER;
	char form[KG_LEX_MAXKEY];
	unsigned seq;

	*canonical = NULL;
	if (k < sizeof(slot->key)) {
		slot = &m->place_cache[slot_hash(key, k) & (KG_LEX_CACHE_SLOTS - 1)];
		seq = kg_lex_slot_begin_read(&slot->seq);
		if (kg_lex_slot_key_is(slot->key, key, k)) {
			kind = (kg_place_kind)__atomic_load_n(&slot->kind, __ATOMIC_RELAXED);
			*canonical = __atomic_load_n(&slot->canonical, __ATOMIC_RELAXED);
			if (kg_lex_slot_end_read(&slot->seq, seq))
				return kind;
			kind = KG_PLACE_OTHER;
			*canonical = NULL;
		}
	}
	if (kg_lex_wordnet_location(lex, key, k, 1, form, sizeof(form), &kind))
		*canonical = kg_lex_intern_late(lex, form);
	if (!*canonical)
		kind = KG_PLACE_NONE;
	if (slot && kg_lex_slot_begin_write(&slot->seq, &seq)) {
		kg_lex_slot_set_key(slot->key, key, k);
		__atomic_store_n(&slot->kind, (unsigned char)kind, __ATOMIC_RELAXED);
		__atomic_store_n(&slot->canonical, *canonical, __ATOMIC_RELAXED);
		kg_lex_slot_end_write(&slot->seq, seq);
	}
	return kind;
}

int kg_lex_place(const kg_lex *lex, const char *name, size_t n, kg_place *out)
{
	const kg_lex_place_rec *r;
	char key[KG_LEX_MAXKEY];
	kg_place_kind kind;
	const char *canonical;
	size_t k;

	if (!lex || !name || n == 0)
		return 0;
	geonames_ensure(lex);
	r = place_find(lex, name, n);
	if (!r && n > 8)
		r = formal_country(lex, name, n);
	if (r) {
		if (out)
			*out = r->place;
		return 1;
	}
	if (!isupper((unsigned char)name[0]))
		return 0;
	k = kg_lex_fold(key, sizeof(key), name, n);
	if (k == (size_t)-1)
		return 0;
	/* WordNet's location (one cached look-up) rules out most names before their word classes (several) */
	if ((kind = wordnet_place(lex, key, k, &canonical)) == KG_PLACE_NONE)
		return 0;
	if (kg_lex_word_folded(lex, key, k) & (NOT_A_PLACE | KG_LEX_COMMON))
		return 0; /* "Us" is not the US, "North" is a direction */
	if (out) {
		out->kind = kind;
		out->canonical = canonical;
		out->country = kind == KG_PLACE_COUNTRY ? canonical : NULL;
		out->population = 0;
	}
	return 1;
}
