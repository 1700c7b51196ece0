/* core.h: the data model (entities, triples, evidence) and plumbing shared by kg's text and graph sides. */
#ifndef KG_CORE_H
#define KG_CORE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define KG_VERSION "0.1.0"
/* The default limit of one input document or line, in bytes (64 MiB; --max-doc-bytes changes it). */
#define KG_MAX_DOC_BYTES_DEFAULT ((size_t)64 << 20)

/* Return codes of every fallible kg function: 0 ok, negative on error. */
enum {
	KG_OK = 0,
	KG_ERROR = -1,     /* generic failure */
	KG_ENOMEM = -2,    /* allocation failed */
	KG_EIO = -3,       /* file could not be read or written */
	KG_EPARSE = -4,    /* malformed input (JSON, TSV, CoNLL...) */
	KG_EINVAL = -5,    /* bad argument or option */
	KG_ENOTFOUND = -6, /* a name, file or entity was not found */
	KG_EUTF8 = -7,     /* invalid UTF-8 */
	KG_ELIMIT = -8,    /* a size limit was exceeded */
	KG_EDEP = -9       /* a library (igraph, graphviz, jansson) failed */
};

/* Where and what went wrong, in the manner of Jansson's json_error_t. */
typedef struct kg_error {
	char source[512]; /* file or document the error is in ("-" for stdin), "" when none */
	long line;        /* 1-based line, 0 when not applicable */
	long column;      /* 1-based column or byte offset, 0 when not applicable */
	char text[512];   /* what went wrong, one line, no trailing newline */
} kg_error;

/* Fills err (which may be NULL) with a location and a printf-style message. */
void kg_error_set(kg_error *err, const char *source, long line, long column, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Prints "kg: error: SOURCE:LINE: text" (or "kg: warning: ..." when warning) on fp. */
void kg_error_print(const kg_error *err, FILE *fp, int warning);
/* A static description of a KG_E* code. */
const char *kg_strerror(int code);

/* Makes room for need items of size bytes in the array v, which has room for *cap: *cap doubles (from
 * min when it is 0) until need fits and v is reallocated. Returns the array, moved or not, with *cap
 * updated; NULL when out of memory, with v and *cap left as they were. Every growable array of kg
 * grows through it. */
void *kg_grow(void *v, size_t *cap, size_t need, size_t size, size_t min);

/* A growable vector of owned, NUL-terminated strings. */
typedef struct kg_strv {
	char **v;             /* the strings, each owned */
	size_t n;             /* how many are used */
	size_t cap;           /* how many fit */
	struct kg_map *index; /* owned: which strings v holds, kept by kg_strv_push_unique once a vector is
			       * long (so a hub's merge reasons are not scanned once per document); NULL
			       * before. Only the kg_strv functions may change v and n. */
} kg_strv;

/* Appends a copy of s. Returns KG_ENOMEM on failure, the vector unchanged. */
int kg_strv_push(kg_strv *sv, const char *s);
/* Appends a copy of s unless an equal string is already there. */
int kg_strv_push_unique(kg_strv *sv, const char *s);
/* 1 when sv holds a string equal to s (case-sensitive), else 0. */
int kg_strv_contains(const kg_strv *sv, const char *s);
/* Sorts the strings with strcmp (for deterministic output). */
void kg_strv_sort(kg_strv *sv);
/* Frees the strings and the array; the vector is left empty and reusable. Accepts NULL. */
void kg_strv_clear(kg_strv *sv);

/* A string-keyed hash map to size_t values; keys are copied. */
typedef struct kg_map kg_map;
int kg_map_new(kg_map **out);
void kg_map_free(kg_map *m);
/* Sets key to value, replacing an old value. */
int kg_map_put(kg_map *m, const char *key, size_t value);
/* Same with a key of n bytes that need not be NUL-terminated. */
int kg_map_putn(kg_map *m, const char *key, size_t n, size_t value);
/* 1 and *value when the key is present, else 0. value may be NULL. */
int kg_map_get(const kg_map *m, const char *key, size_t *value);
int kg_map_getn(const kg_map *m, const char *key, size_t n, size_t *value);
size_t kg_map_count(const kg_map *m);

/* Entity types. Names in kg_etype_name; room for more before KG_TYPE__COUNT. */
typedef enum kg_etype {
	KG_TYPE_UNKNOWN = 0,
	KG_TYPE_PERSON,
	KG_TYPE_ORG,
	KG_TYPE_PLACE,
	KG_TYPE_EVENT,
	KG_TYPE_OTHER,
	KG_TYPE__COUNT
} kg_etype;

/* "PERSON", "ORG", "PLACE", "EVENT", "OTHER", "UNKNOWN". */
const char *kg_etype_name(kg_etype t);
/* Case-insensitive; also reads PER, ORGANIZATION, GPE, LOC, LOCATION, FAC. KG_TYPE_UNKNOWN if none. */
kg_etype kg_etype_parse(const char *s);

/* A new string (caller frees): lower-case ASCII slug of name, "Antony J. Blinken" -> "antony-j-blinken".
 * Latin letters with diacritics fold to ASCII; other bytes become '-'; never empty ("x" then). */
char *kg_slug_new(const char *name);

/* Where a fact was read: the sentence that supports it. */
typedef struct kg_evidence {
	char *doc;       /* document id */
	long sentence;   /* 0-based sentence index in the document, -1 when unknown */
	size_t start;    /* byte offset of the evidence span in the original document */
	size_t end;      /* byte offset one past its end */
	char *text;      /* the sentence text (original bytes) */
} kg_evidence;

/* Where a date came from: the sentence, the document's date, or nowhere (no date). */
typedef enum kg_date_source {
	KG_DATE_NONE = 0,  /* "none": no date known */
	KG_DATE_TEXT,      /* "text": a time expression of the sentence or clause */
	KG_DATE_DOCUMENT,  /* "document": the document's date (JSON Lines "date", --date, metadata...) */
	KG_DATE__COUNT
} kg_date_source;

/* "none", "text", "document". */
const char *kg_date_source_name(kg_date_source s);
/* Reads a date source name (NULL or "" is KG_DATE_NONE). KG_EINVAL for an unknown name. */
int kg_date_source_parse(kg_date_source *out, const char *s);

/* Dates are ISO 8601 calendar dates of day, month or year precision: "YYYY-MM-DD", "YYYY-MM", "YYYY". */
#define KG_DATE_LEN 11 /* bytes of "YYYY-MM-DD" with its NUL */
/* 1 when s is such a date (a real day of a real month, year 0001 to 9999), else 0. */
int kg_date_valid(const char *s);
/* The first and last day of the period of date s ("2025-02" -> "2025-02-01", "2025-02-28"; a day is its
 * own period). KG_EINVAL when s is not a valid date. */
int kg_date_period(char first[KG_DATE_LEN], char last[KG_DATE_LEN], const char *s);

/* Durations are ISO 8601 / TIMEX3 periods: "P2D", "PT45M", "P1W", "P5Y"; X stands for an unknown number
 * ("PXM": months) and DE for decades. */
#define KG_DURATION_LEN 24 /* bytes that suffice for any duration kg writes, with its NUL */
/* 1 when s is such a duration: "P", then number-unit pairs of Y, M, W, D or DE, then maybe "T" and pairs
 * of H, M, S (a number is digits or X), at least one pair, shorter than KG_DURATION_LEN; else 0. */
int kg_duration_valid(const char *s);
/* Writes duration s in words into buf ("P2D" -> "2 days", "PT45M" -> "45 minutes", "PXM" -> "months");
 * a duration of more than one pair, or not valid, is written as it is. Returns the length, or KG_ELIMIT
 * when cap is too small (KG_DURATION_LEN bytes always suffice). */
int kg_duration_words(char *buf, size_t cap, const char *s);
/* The valid date formats, for usage messages: "YYYY-MM-DD, YYYY-MM or YYYY". */
extern const char kg_date_formats[];

/* Attributes of a triple; each string NULL when absent. */
typedef struct kg_attrs {
	char *title;     /* office or role, for holds_position ("Foreign Minister") */
	char *location;  /* where it happened */
	char *date;      /* when: ISO (YYYY, YYYY-MM, YYYY-MM-DD) from kg's extractors; as written in old inputs */
	char *modality;  /* NULL (asserted) or "planned" */
	kg_date_source date_source; /* where date came from (KG_DATE_NONE when date is NULL) */
	char *event;     /* id of the kg_event this triple derives from, NULL when none */
} kg_attrs;

/* One fact: subject -predicate-> object, with its evidence. Every string is owned. */
typedef struct kg_triple {
	char *subject;          /* canonical or surface name of the subject */
	kg_etype subject_type;  /* its type */
	char *predicate;        /* a schema relation (meet, leads...) or an open one */
	char *object;           /* name of the object */
	kg_etype object_type;   /* its type */
	kg_attrs attrs;         /* title, location, date, modality */
	kg_evidence evidence;   /* the supporting sentence */
	double confidence;      /* 0..1 */
	char *extractor;        /* name of the extractor that made it */
} kg_triple;

/* A triple subject -predicate-> object over the borrowed strings given, every other field zero: a view
 * to fill in and hand to kg_facts_add_triple (which copies it), never to kg_triple_clear. */
kg_triple kg_triple_view(const char *subject, kg_etype subject_type, const char *predicate, const char *object,
			 kg_etype object_type);
/* Deep-copies src into dst (dst is overwritten, not freed). */
int kg_triple_copy(kg_triple *dst, const kg_triple *src);
/* Frees the strings of t, not t itself. Accepts NULL. */
void kg_triple_clear(kg_triple *t);

typedef struct kg_facts kg_facts;

/* Kinds of events: one row per kind in kg_event_types, in this order. */
typedef enum kg_event_type {
	KG_EVENT_MEETING = 0, /* "meeting": talks, a meeting, hosting, receiving */
	KG_EVENT_CALL,        /* "call": a phone or video call */
	KG_EVENT_VISIT,       /* "visit": a guest visits a place or a host */
	KG_EVENT_SUMMIT,      /* "summit": a many-party gathering (summit, forum, conference) */
	KG_EVENT__COUNT
} kg_event_type;

/* One row of the event table: to add a kind of event, add an enum value and a row. */
typedef struct kg_event_type_info {
	const char *name;        /* "meeting" */
	const char *predicate;   /* the symmetric relation derived between each pair of participants */
	const char *description; /* one line for --help and the documentation */
} kg_event_type_info;

extern const kg_event_type_info kg_event_types[KG_EVENT__COUNT];
/* Reads an event type name (case-insensitive). KG_EINVAL when unknown. */
int kg_event_type_parse(kg_event_type *out, const char *s);
/* The valid event type names, for messages: "meeting, call, visit, summit". */
extern const char kg_event_type_names[];

/* The part a participant plays in an event. */
typedef enum kg_role {
	KG_ROLE_PARTICIPANT = 0, /* "participant": no side known */
	KG_ROLE_HOST,            /* "host": receives, hosts, welcomes */
	KG_ROLE_GUEST,           /* "guest": is received, visits, calls on */
	KG_ROLE__COUNT
} kg_role;

/* "participant", "host", "guest". */
const char *kg_role_name(kg_role r);
/* Reads a role name (NULL or "" is participant). KG_EINVAL when unknown. */
int kg_role_parse(kg_role *out, const char *s);

/* Flags of an event (a bit set). */
enum {
	KG_EVENT_PLANNED = 1u << 0,  /* "planned": announced, not yet held */
	KG_EVENT_NEGATED = 1u << 1,  /* "negated": said not to have happened (derives no edge) */
	KG_EVENT_REPORTED = 1u << 2  /* "reported": attributed to a source ("said to have met") */
};
/* Names of the flags in bit order: kg_event_flag_names[i] names bit 1u << i. */
extern const char *const kg_event_flag_names[3];
/* Reads one flag name into *bit. KG_EINVAL when unknown. */
int kg_event_flag_parse(unsigned *bit, const char *s);

/* Someone (or something) taking part in an event. */
typedef struct kg_participant {
	char *name;     /* entity name, owned */
	kg_etype type;  /* its type */
	kg_role role;   /* host, guest or participant */
	unsigned side;  /* 0 none known; two participants with the same nonzero side came together (one party
			 * of the talks: "met with A and B") and kg_event_derive does not pair them. Set by the
			 * extractor before deriving; not written to JSON Lines or the store */
} kg_participant;

/* Bytes of an event id with its NUL: "ev-" and 16 hex digits. */
#define KG_EVENT_ID_LEN 20

/* A meeting, call, visit or summit, as read in one sentence. Every string is owned. */
typedef struct kg_event {
	char *id;                     /* stable id (kg_event_make_id), unique in a fact set */
	kg_event_type type;           /* meeting, call, visit, summit */
	char *trigger;                /* the word or phrase that names it ("met", "talks", "hosted") */
	size_t trigger_start;         /* byte offset of the trigger in the original document */
	size_t trigger_end;           /* one past its end */
	kg_participant *participants; /* in order of mention, no two with the same name */
	size_t n_participants;        /* how many */
	size_t cap_participants;      /* allocated */
	char *place;                  /* where it happened, NULL when unknown */
	char *date;                   /* ISO date (YYYY, YYYY-MM, YYYY-MM-DD), NULL when unknown */
	kg_date_source date_source;   /* where the date came from */
	char *duration;               /* how long it lasted, ISO 8601 ("P2D", "PT45M"), NULL when the text gives none */
	unsigned flags;               /* KG_EVENT_PLANNED | KG_EVENT_NEGATED | KG_EVENT_REPORTED */
	kg_evidence evidence;         /* the sentence */
	double confidence;            /* 0..1 */
	char *extractor;              /* name of the extractor that found it */
} kg_event;

/* Writes the id of the event whose trigger starts at byte trigger_start of sentence `sentence` of
 * document doc: "ev-" and 16 hex digits of a 64-bit FNV-1a hash of the three, the same on every run. */
void kg_event_make_id(char out[KG_EVENT_ID_LEN], const char *doc, long sentence, size_t trigger_start);
/* Adds a participant (a copy of name) to ev. One already there by name keeps its place; a known role
 * (host, guest) or type beats an unknown one. */
int kg_event_add_participant(kg_event *ev, const char *name, kg_etype type, kg_role role);
/* Deep-copies src into dst (dst is overwritten, not freed). */
int kg_event_copy(kg_event *dst, const kg_event *src);
/* Frees the strings and participants of ev, not ev itself. Accepts NULL. */
void kg_event_clear(kg_event *ev);
/* Adds to out the pairwise triples ev stands for: for every two participants (in order of mention) not
 * on the same side,
 * the symmetric relation of its type (meet, speak_with), each with the event's id, place (location),
 * date, date source, evidence, confidence and extractor, and modality "planned" for a planned event;
 * a visit also gives "visits" from each guest (every participant when none is a guest) to its place.
 * A negated event gives nothing. Entities are added to out as by kg_facts_add_triple. */
int kg_event_derive(kg_facts *out, const kg_event *ev);

/* An entity known to the fact set. */
typedef struct kg_entity {
	char *name;             /* canonical name */
	kg_etype type;          /* PERSON, ORG, PLACE... */
	kg_strv aliases;        /* other surface forms, without the name itself */
	kg_strv why;            /* one line per merged alias: "Zelenskiy: transliteration of Zelensky (doc 004)" */
	unsigned long mentions; /* how many times it was mentioned */
} kg_entity;

/* Entities and triples, as extractors produce them and the graph consumes them. */
/* A document the facts were read from, as the graph cites it (what a report links to). */
typedef struct kg_docref {
	char *name;  /* the name evidence cites it by (kg_evidence.doc), owned */
	char *url;   /* its URL, NULL when unknown */
	char *date;  /* its ISO date, NULL when unknown */
	char *title; /* its headline, NULL when unknown */
} kg_docref;

typedef struct kg_facts {
	kg_entity *entities;  /* owned */
	size_t n_entities;
	size_t cap_entities;
	kg_triple *triples;   /* owned */
	size_t n_triples;
	size_t cap_triples;
	kg_map *by_name;      /* entity name -> index */
	kg_event *events;     /* owned: meetings, calls, visits and summits */
	size_t n_events;
	size_t cap_events;
	kg_map *event_ids;    /* event id -> index in events */
	kg_docref *docs;      /* owned: the documents, one per name (the first given wins) */
	size_t n_docs;
	size_t cap_docs;
	kg_map *doc_names;    /* document name -> index in docs */
} kg_facts;

int kg_facts_new(kg_facts **out);
void kg_facts_free(kg_facts *f);
/* Adds a deep copy of t; also makes sure its subject and object exist as entities (type from t). */
int kg_facts_add_triple(kg_facts *f, const kg_triple *t);
/* Adds an entity, or merges into the one with the same name: mentions add up, alias (may be NULL)
 * joins the aliases unless equal to the name, a known type beats UNKNOWN. *index (may be NULL) gets
 * its position. */
int kg_facts_add_entity(kg_facts *f, const char *name, kg_etype type, const char *alias,
			unsigned long mentions, size_t *index);
/* Adds a deep copy of ev (which needs an id) and makes sure its participants and place exist as
 * entities; an event whose id is already there is not added twice. Triples are not derived: see
 * kg_event_derive. */
int kg_facts_add_event(kg_facts *f, const kg_event *ev);
/* The event with this id, or NULL (borrowed). */
kg_event *kg_facts_find_event(const kg_facts *f, const char *id);
/* The entity with exactly this name, or NULL (borrowed). */
kg_entity *kg_facts_find(const kg_facts *f, const char *name);
/* Adds a copy of d unless a document of that name is there already (then nothing changes).
 * Returns 0 or KG_ENOMEM. */
int kg_facts_add_doc(kg_facts *f, const kg_docref *d);
/* Copies every document of src into dst (kg_facts_add_doc). */
int kg_facts_copy_docs(kg_facts *dst, const kg_facts *src);
/* Frees the documents of f, which then has none (its entities, triples and events stay). Accepts NULL. */
void kg_facts_drop_docs(kg_facts *f);
/* Fills dst with copies of src's strings (dst overwritten, not freed). KG_ENOMEM leaves dst cleared. */
int kg_docref_copy(kg_docref *dst, const kg_docref *src);
/* Frees the strings of d (NULL-safe). */
void kg_docref_clear(kg_docref *d);
/* Copies every entity, triple, event and document of src into dst. */
int kg_facts_merge(kg_facts *dst, const kg_facts *src);

/* The relation schema. */
typedef struct kg_relation_info {
	const char *name;        /* "meet" */
	int symmetric;           /* 1 for meet and speak_with */
	const char *description; /* one line for --help */
	const char *facts;       /* what its facts are called in messages, plural: "meetings" */
} kg_relation_info;

extern const kg_relation_info kg_relations[];
extern const size_t kg_n_relations;
/* The schema entry of a predicate, or NULL for an open predicate. */
const kg_relation_info *kg_relation_lookup(const char *name);

/* Small string helpers. */
char *kg_strdup(const char *s);              /* NULL-safe strdup */
char *kg_strndup(const char *s, size_t n);
/* 1 and *v the number when the n bytes at s are all digits; else 0 (*v untouched). */
int kg_digits(int *v, const char *s, size_t n);
/* Creates directory path and its parents (mkdir -p). Returns 0, or KG_EINVAL (empty name), KG_ENOMEM
 * or KG_EIO with err set. */
int kg_mkdirs(const char *path, kg_error *err);
/* Reads a whole file (path "-" is stdin) into a new NUL-terminated buffer; *len excludes the NUL. */
int kg_read_file(char **out, size_t *len, const char *path, kg_error *err);
/* Length of the valid UTF-8 prefix of s[0..n); == n when all valid. */
size_t kg_utf8_valid_prefix(const char *s, size_t n);
/* Length of the character at s[0..n) (n > 0): its UTF-8 sequence when valid, else 1 (one bad byte);
 * *cp gets its code point, U+FFFD for a bad byte. */
size_t kg_utf8_next(const char *s, size_t n, unsigned *cp);
/* A range of code points [lo, hi]. */
typedef struct kg_ucs_range {
	unsigned lo; /* first code point */
	unsigned hi; /* last code point */
} kg_ucs_range;
/* 1 when cp is in one of the n sorted, disjoint ranges r (binary search), else 0. */
int kg_ucs_in_ranges(const kg_ucs_range *r, size_t n, unsigned cp);
/* Columns a terminal gives code point cp: 0 for combining marks and zero-width characters, 2 for
 * East Asian wide and fullwidth characters, 1 otherwise (independent of the locale). */
int kg_ucs_width(unsigned cp);
/* Display width of s in terminal columns (kg_ucs_width of each character; a bad byte counts 1). */
size_t kg_utf8_width(const char *s);

#endif
