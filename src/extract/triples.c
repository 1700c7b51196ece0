/* triples.c: the triples extractor (ready-made facts as JSON Lines or TSV) and the JSON Lines codec
 * of one triple. */
#include "extract.h"

#include "../text/text.h"
#include "../time/time.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Records per batch handed to the callback, so a big file never sits in memory as facts. */
#define TRIPLES_BATCH 10000

/* A copy of s[0..n) with every invalid UTF-8 sequence replaced by U+FFFD; NULL when out of memory. */
static char *utf8_fixed(const char *s, size_t n)
{
	char *out = malloc(3 * n + 1);
	size_t o = 0, i = 0;

	if (!out)
		return NULL;
	while (i < n) {
		size_t ok = kg_utf8_valid_prefix(s + i, n - i);

		memcpy(out + o, s + i, ok);
		o += ok;
		i += ok;
		if (i < n) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		}
	}
	out[o] = '\0';
	return out;
}

/* The part of path after its last '/', borrowed. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash && slash[1] ? slash + 1 : path;
}

/* Entity type by name: "" or NULL is UNKNOWN (0 returned); an unrecognised name returns -1. */
static int parse_type(const char *s, kg_etype *out)
{
	static const char *const places[] = { "COUNTRY", "CITY", "STATE", "REGION", "PROVINCE" };

	*out = KG_TYPE_UNKNOWN;
	if (!s || !s[0] || strcasecmp(s, "UNKNOWN") == 0)
		return 0;
	if ((*out = kg_etype_parse(s)) != KG_TYPE_UNKNOWN)
		return 0;
	for (size_t i = 0; i < sizeof(places) / sizeof(places[0]); i++) {
		if (strcasecmp(s, places[i]) == 0) {
			*out = KG_TYPE_PLACE;
			return 0;
		}
	}
	return -1;
}

/* Adds one record: the triple (copied) and the aliases of its subject and object. */
static int add_record(kg_facts *facts, const kg_triple *t, const kg_strv *subject_aliases,
		      const kg_strv *object_aliases)
{
	int rc;

	if ((rc = kg_facts_add_triple(facts, t)) < 0)
		return rc;
	if ((rc = kg_facts_add_entity(facts, t->subject, t->subject_type, NULL, 1, NULL)) < 0 ||
	    (rc = kg_facts_add_entity(facts, t->object, t->object_type, NULL, 1, NULL)) < 0)
		return rc;
	for (size_t i = 0; i < subject_aliases->n; i++)
		if ((rc = kg_facts_add_entity(facts, t->subject, t->subject_type, subject_aliases->v[i], 0,
					      NULL)) < 0)
			return rc;
	for (size_t i = 0; i < object_aliases->n; i++)
		if ((rc = kg_facts_add_entity(facts, t->object, t->object_type, object_aliases->v[i], 0,
					      NULL)) < 0)
			return rc;
	return KG_OK;
}

/* ---- JSON ---- */

/* Reads an optional string member key of obj into *out (borrowed; NULL when absent or null).
 * required: absent, null or "" is an error. Sets err and returns KG_EPARSE on a wrong type. */
static int json_str(const json_t *obj, const char *key, const char *where, int required, const char **out,
		    const char *source, long lineno, kg_error *err)
{
	json_t *v = json_object_get(obj, key);

	*out = NULL;
	if (v && json_is_string(v))
		*out = json_string_value(v);
	else if (v && !json_is_null(v)) {
		kg_error_set(err, source, lineno, 0, "\"%s%s\" must be a string", where, key);
		return KG_EPARSE;
	}
	if (required && (!*out || !(*out)[0])) {
		kg_error_set(err, source, lineno, 0, "\"%s\" is %s", key, *out ? "empty" : "missing");
		return KG_EPARSE;
	}
	return KG_OK;
}

/* Reads an optional non-negative integer member (unchanged when absent or null). */
static int json_count(const json_t *obj, const char *key, long min, long *out, const char *source,
		      long lineno, kg_error *err)
{
	json_t *v = json_object_get(obj, key);

	if (!v || json_is_null(v))
		return KG_OK;
	if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > (json_int_t)LONG_MAX) {
		kg_error_set(err, source, lineno, 0, "\"evidence.%s\" must be an integer%s", key,
			     min >= 0 ? " >= 0" : "");
		return KG_EPARSE;
	}
	*out = (long)json_integer_value(v);
	return KG_OK;
}

/* Copies the strings of the array member key (absent or null: none) into sv. */
static int json_aliases(const json_t *obj, const char *key, kg_strv *sv, const char *source, long lineno,
			kg_error *err)
{
	json_t *v = json_object_get(obj, key), *item;
	size_t i;

	if (!v || json_is_null(v))
		return KG_OK;
	if (!json_is_array(v)) {
		kg_error_set(err, source, lineno, 0, "\"%s\" must be an array of strings", key);
		return KG_EPARSE;
	}
	json_array_foreach(v, i, item) {
		if (!json_is_string(item)) {
			kg_error_set(err, source, lineno, 0, "\"%s\" must be an array of strings", key);
			return KG_EPARSE;
		}
		if (json_string_value(item)[0] && kg_strv_push_unique(sv, json_string_value(item)) < 0)
			return KG_ENOMEM;
	}
	return KG_OK;
}

/* Reads the two entity types. */
static int json_types(const json_t *root, kg_triple *t, const char *source, long lineno, kg_error *err)
{
	static const char *const keys[2] = { "subject_type", "object_type" };
	kg_etype *dst[2] = { &t->subject_type, &t->object_type };

	for (int k = 0; k < 2; k++) {
		const char *s;
		int rc = json_str(root, keys[k], "", 0, &s, source, lineno, err);

		if (rc < 0)
			return rc;
		if (parse_type(s, dst[k]) < 0) {
			kg_error_set(err, source, lineno, 0,
				     "\"%s\": unknown entity type \"%s\" (PERSON, ORG, PLACE, EVENT, OTHER)", keys[k],
				     s);
			return KG_EPARSE;
		}
	}
	return KG_OK;
}

/* Checks a date against its source: a date with a source must be ISO, "none" goes with no date. */
static int json_date(const char *date, kg_date_source src, const char *where, const char *source, long lineno,
		     kg_error *err)
{
	if (src != KG_DATE_NONE && !kg_date_valid(date)) {
		kg_error_set(err, source, lineno, 0, "\"%sdate\" \"%s\" is not a date (%s)", where, date ? date : "",
			     kg_date_formats);
		return KG_EPARSE;
	}
	return KG_OK;
}

/* Reads "attrs" into t (borrowed strings). */
static int json_attrs(const json_t *root, kg_triple *t, const char *source, long lineno, kg_error *err)
{
	const json_t *a = json_object_get(root, "attrs");
	const char *s;
	int rc;

	if (!a || json_is_null(a))
		return KG_OK;
	if (!json_is_object(a)) {
		kg_error_set(err, source, lineno, 0, "\"attrs\" must be an object");
		return KG_EPARSE;
	}
	/* the strings are borrowed from the JSON tree: kg_facts_add_triple copies them */
	if ((rc = json_str(a, "title", "attrs.", 0, &s, source, lineno, err)) < 0)
		return rc;
	t->attrs.title = (char *)s;
	if ((rc = json_str(a, "location", "attrs.", 0, &s, source, lineno, err)) < 0)
		return rc;
	t->attrs.location = (char *)s;
	if ((rc = json_str(a, "date", "attrs.", 0, &s, source, lineno, err)) < 0)
		return rc;
	t->attrs.date = (char *)s;
	if ((rc = json_str(a, "modality", "attrs.", 0, &s, source, lineno, err)) < 0)
		return rc;
	t->attrs.modality = (char *)s;
	if ((rc = json_str(a, "event", "attrs.", 0, &s, source, lineno, err)) < 0)
		return rc;
	t->attrs.event = (char *)(s && s[0] ? s : NULL);
	if ((rc = json_str(a, "date_source", "attrs.", 0, &s, source, lineno, err)) < 0)
		return rc;
	if (kg_date_source_parse(&t->attrs.date_source, s) < 0) {
		kg_error_set(err, source, lineno, 0, "\"attrs.date_source\": unknown source \"%s\" (text, document, none)", s);
		return KG_EPARSE;
	}
	return json_date(t->attrs.date, t->attrs.date_source, "attrs.", source, lineno, err);
}

/* Reads "evidence" (an object, or a string holding just the text) into t (borrowed strings). */
static int json_evidence(const json_t *root, kg_triple *t, const char *source, long lineno, kg_error *err)
{
	const json_t *e = json_object_get(root, "evidence");
	const char *s;
	long start = 0, end = 0;
	int rc;

	if (!e || json_is_null(e))
		return KG_OK;
	if (json_is_string(e)) {
		t->evidence.text = (char *)json_string_value(e);
		return KG_OK;
	}
	if (!json_is_object(e)) {
		kg_error_set(err, source, lineno, 0, "\"evidence\" must be an object or a string");
		return KG_EPARSE;
	}
	if ((rc = json_str(e, "doc", "evidence.", 0, &s, source, lineno, err)) < 0)
		return rc;
	if (s && s[0])
		t->evidence.doc = (char *)s;
	if ((rc = json_str(e, "text", "evidence.", 0, &s, source, lineno, err)) < 0)
		return rc;
	t->evidence.text = (char *)s;
	if ((rc = json_count(e, "sentence", -1, &t->evidence.sentence, source, lineno, err)) < 0 ||
	    (rc = json_count(e, "start", 0, &start, source, lineno, err)) < 0 ||
	    (rc = json_count(e, "end", 0, &end, source, lineno, err)) < 0)
		return rc;
	if (end < start) {
		kg_error_set(err, source, lineno, 0, "\"evidence.end\" (%ld) is before \"evidence.start\" (%ld)", end,
			     start);
		return KG_EPARSE;
	}
	t->evidence.start = (size_t)start;
	t->evidence.end = (size_t)end;
	return KG_OK;
}

/* Reads an entity line (see extract.h) into facts the way kg_facts_merge adds an entity: the name with
 * its type and mentions, then its aliases and why lines as they are. */
static int json_entity(kg_facts *facts, const json_t *root, const char *source, long lineno, kg_error *err)
{
	kg_strv aliases = { 0 }, why = { 0 };
	const json_t *m = json_object_get(root, "mentions");
	const char *name, *type_name, *doc;
	json_int_t mentions = 1;
	kg_etype type;
	size_t k;
	int rc;

	if ((rc = json_str(root, "entity", "", 1, &name, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "type", "", 0, &type_name, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "doc", "", 0, &doc, source, lineno, err)) < 0)
		goto done;
	if (parse_type(type_name, &type) < 0) {
		kg_error_set(err, source, lineno, 0, "\"type\": unknown entity type \"%s\" (PERSON, ORG, PLACE, EVENT, OTHER)",
			     type_name);
		rc = KG_EPARSE;
		goto done;
	}
	if (m && !json_is_null(m)) {
		if (!json_is_integer(m) || json_integer_value(m) < 0) {
			kg_error_set(err, source, lineno, 0, "\"mentions\" must be an integer >= 0");
			rc = KG_EPARSE;
			goto done;
		}
		mentions = json_integer_value(m);
	}
	if ((rc = json_aliases(root, "aliases", &aliases, source, lineno, err)) < 0 ||
	    (rc = json_aliases(root, "why", &why, source, lineno, err)) < 0)
		goto done;
	if ((rc = kg_facts_add_entity(facts, name, type, NULL, (unsigned long)mentions, &k)) < 0)
		goto oom;
	for (size_t i = 0; i < aliases.n; i++)
		if ((rc = kg_strv_push_unique(&facts->entities[k].aliases, aliases.v[i])) < 0)
			goto oom;
	for (size_t i = 0; i < why.n; i++)
		if ((rc = kg_strv_push_unique(&facts->entities[k].why, why.v[i])) < 0)
			goto oom;
	rc = KG_OK;
	goto done;
oom:
	kg_error_set(err, source, lineno, 0, "cannot add the entity: %s", kg_strerror(rc));
done:
	kg_strv_clear(&aliases);
	kg_strv_clear(&why);
	return rc;
}

/* 1 when s names a source of document dates (kg_time_source_name). */
static int doc_date_from_known(const char *s)
{
	for (int i = KG_DOC_DATE_NONE; i <= KG_DOC_DATE_FILENAME; i++)
		if (strcmp(s, kg_time_source_name((kg_doc_date_source)i)) == 0)
			return 1;
	return 0;
}

/* Reads a document line (see extract.h) into out (owned strings), or only checks it when out is NULL. */
static int json_document(kg_doc_info *out, const json_t *root, const char *source, long lineno, kg_error *err)
{
	static const char *const keys[] = { "document", "source", "date", "url", "hash", "title", "date_source",
					    "date_from" };
	static const char *const counts[] = { "entities", "triples", "events" };
	const char *v[8];
	long n[3] = { -1, -1, 0 };
	kg_date_source ds;
	int rc;

	for (size_t i = 0; i < 8; i++)
		if ((rc = json_str(root, keys[i], "", i == 0, &v[i], source, lineno, err)) < 0)
			return rc;
	if (v[7] && !doc_date_from_known(v[7])) {
		kg_error_set(err, source, lineno, 0,
			     "\"date_from\": unknown source \"%.40s\" (record, option, metadata, dateline, filename, none)",
			     v[7]);
		return KG_EPARSE;
	}
	if (v[4] && strlen(v[4]) >= KG_HASH_HEX) {
		kg_error_set(err, source, lineno, 0, "\"hash\" is longer than %d characters", KG_HASH_HEX - 1);
		return KG_EPARSE;
	}
	if (kg_date_source_parse(&ds, v[6]) < 0) {
		kg_error_set(err, source, lineno, 0, "\"date_source\": unknown source \"%s\" (text, document, none)", v[6]);
		return KG_EPARSE;
	}
	for (size_t i = 0; i < 3; i++) {
		const json_t *c = json_object_get(root, counts[i]);

		if (c && !json_is_null(c)) {
			if (!json_is_integer(c) || json_integer_value(c) < 0 || json_integer_value(c) > (json_int_t)LONG_MAX) {
				kg_error_set(err, source, lineno, 0, "\"%s\" must be an integer >= 0", counts[i]);
				return KG_EPARSE;
			}
			n[i] = (long)json_integer_value(c);
		}
	}
	if (!out)
		return KG_OK;
	memset(out, 0, sizeof(*out));
	out->n_entities = n[0] < 0 ? (size_t)-1 : (size_t)n[0];
	out->n_triples = n[1] < 0 ? (size_t)-1 : (size_t)n[1];
	out->n_events = (size_t)n[2];
	out->date_source = ds;
	if (v[7])
		snprintf(out->date_from, sizeof(out->date_from), "%s", v[7]);
	if (v[4])
		memcpy(out->hash, v[4], strlen(v[4]) + 1);
	if (!(out->id = kg_strdup(v[0])) || (v[1] && !(out->source = kg_strdup(v[1]))) ||
	    (v[2] && !(out->date = kg_strdup(v[2]))) || (v[3] && !(out->url = kg_strdup(v[3]))) ||
	    (v[5] && !(out->title = kg_strdup(v[5])))) {
		kg_doc_info_clear(out);
		kg_error_set(err, source, lineno, 0, "out of memory");
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Reads an optional size member key of obj (0 when absent). */
static int json_size(const json_t *obj, const char *key, size_t *out, const char *source, long lineno, kg_error *err)
{
	const json_t *v = json_object_get(obj, key);

	*out = 0;
	if (!v || json_is_null(v))
		return KG_OK;
	if (!json_is_integer(v) || json_integer_value(v) < 0) {
		kg_error_set(err, source, lineno, 0, "\"%s\" must be an integer >= 0", key);
		return KG_EPARSE;
	}
	*out = (size_t)json_integer_value(v);
	return KG_OK;
}

/* Reads the participants of an event line into ev. */
static int json_participants(kg_event *ev, const json_t *root, const char *source, long lineno, kg_error *err)
{
	const json_t *a = json_object_get(root, "participants"), *item;
	size_t i;

	if (!a || json_is_null(a))
		return KG_OK;
	if (!json_is_array(a)) {
		kg_error_set(err, source, lineno, 0, "\"participants\" must be an array of objects");
		return KG_EPARSE;
	}
	json_array_foreach(a, i, item) {
		const char *name, *type, *role;
		kg_etype t;
		kg_role r;
		int rc;

		if (!json_is_object(item)) {
			kg_error_set(err, source, lineno, 0, "\"participants\" must be an array of objects");
			return KG_EPARSE;
		}
		if ((rc = json_str(item, "name", "participants.", 1, &name, source, lineno, err)) < 0 ||
		    (rc = json_str(item, "type", "participants.", 0, &type, source, lineno, err)) < 0 ||
		    (rc = json_str(item, "role", "participants.", 0, &role, source, lineno, err)) < 0)
			return rc;
		if (parse_type(type, &t) < 0) {
			kg_error_set(err, source, lineno, 0, "\"participants.type\": unknown entity type \"%s\" (PERSON, ORG, PLACE, EVENT, OTHER)", type);
			return KG_EPARSE;
		}
		if (kg_role_parse(&r, role) < 0) {
			kg_error_set(err, source, lineno, 0, "\"participants.role\": unknown role \"%s\" (host, guest, participant)", role);
			return KG_EPARSE;
		}
		if ((rc = kg_event_add_participant(ev, name, t, r)) < 0)
			return rc;
	}
	return KG_OK;
}

/* Reads the flags of an event line into ev. */
static int json_flags(kg_event *ev, const json_t *root, const char *source, long lineno, kg_error *err)
{
	const json_t *a = json_object_get(root, "flags"), *item;
	size_t i;

	if (!a || json_is_null(a))
		return KG_OK;
	if (!json_is_array(a)) {
		kg_error_set(err, source, lineno, 0, "\"flags\" must be an array of strings");
		return KG_EPARSE;
	}
	json_array_foreach(a, i, item) {
		unsigned bit;

		if (!json_is_string(item) || kg_event_flag_parse(&bit, json_string_value(item)) < 0) {
			kg_error_set(err, source, lineno, 0, "\"flags\": unknown flag %s%s%s (planned, negated, reported)",
				     json_is_string(item) ? "\"" : "", json_is_string(item) ? json_string_value(item) : "a non-string",
				     json_is_string(item) ? "\"" : "");
			return KG_EPARSE;
		}
		ev->flags |= bit;
	}
	return KG_OK;
}

/* Reads an event line (see kg_event_write_json) into facts. */
static int json_event(kg_facts *facts, const json_t *root, const char *source, long lineno, kg_error *err)
{
	kg_event ev = { 0 };
	kg_triple t = { 0 };
	const char *id, *type, *trigger, *place, *date, *dsrc, *duration, *extractor;
	const json_t *c;
	int rc;

	if ((rc = json_str(root, "event", "", 1, &id, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "type", "", 1, &type, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "trigger", "", 0, &trigger, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "place", "", 0, &place, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "date", "", 0, &date, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "date_source", "", 0, &dsrc, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "duration", "", 0, &duration, source, lineno, err)) < 0 ||
	    (rc = json_str(root, "extractor", "", 0, &extractor, source, lineno, err)) < 0)
		goto done;
	if (duration && !kg_duration_valid(duration)) {
		kg_error_set(err, source, lineno, 0, "\"duration\" \"%s\" is not an ISO 8601 duration (P2D, PT45M, P1W)",
			     duration);
		rc = KG_EPARSE;
		goto done;
	}
	if (kg_event_type_parse(&ev.type, type) < 0) {
		kg_error_set(err, source, lineno, 0, "\"type\": unknown event type \"%s\" (%s)", type, kg_event_type_names);
		rc = KG_EPARSE;
		goto done;
	}
	if (kg_date_source_parse(&ev.date_source, dsrc) < 0) {
		kg_error_set(err, source, lineno, 0, "\"date_source\": unknown source \"%s\" (text, document, none)", dsrc);
		rc = KG_EPARSE;
		goto done;
	}
	if (date && !dsrc)
		ev.date_source = KG_DATE_TEXT;
	if ((date && !kg_date_valid(date)) || (!date && ev.date_source != KG_DATE_NONE)) {
		kg_error_set(err, source, lineno, 0, "\"date\" \"%s\" is not a date (%s)", date ? date : "", kg_date_formats);
		rc = KG_EPARSE;
		goto done;
	}
	if ((rc = json_size(root, "trigger_start", &ev.trigger_start, source, lineno, err)) < 0 ||
	    (rc = json_size(root, "trigger_end", &ev.trigger_end, source, lineno, err)) < 0 ||
	    (rc = json_flags(&ev, root, source, lineno, err)) < 0)
		goto done;
	t.evidence.sentence = -1;
	if ((rc = json_evidence(root, &t, source, lineno, err)) < 0)
		goto done;
	ev.confidence = 1.0;
	if ((c = json_object_get(root, "confidence")) && !json_is_null(c)) {
		if (!json_is_number(c) || json_number_value(c) < 0 || json_number_value(c) > 1) {
			kg_error_set(err, source, lineno, 0, "\"confidence\" must be a number from 0 to 1");
			rc = KG_EPARSE;
			goto done;
		}
		ev.confidence = json_number_value(c);
	}
	if ((rc = json_participants(&ev, root, source, lineno, err)) < 0)
		goto done;
	/* the strings are borrowed from the JSON tree: kg_facts_add_event copies them */
	ev.id = (char *)id;
	ev.trigger = (char *)trigger;
	ev.place = (char *)(place && place[0] ? place : NULL);
	ev.date = (char *)date;
	ev.duration = (char *)duration;
	ev.extractor = (char *)extractor;
	ev.evidence = t.evidence;
	if (!ev.evidence.doc)
		ev.evidence.doc = (char *)base_name(source);
	rc = kg_facts_add_event(facts, &ev);
	if (rc < 0)
		kg_error_set(err, source, lineno, 0, "cannot add the event: %s", kg_strerror(rc));
	ev.id = ev.trigger = ev.place = ev.date = ev.duration = ev.extractor = NULL;
	ev.evidence.doc = ev.evidence.text = NULL;
done:
	if (rc == KG_ENOMEM && err)
		kg_error_set(err, source, lineno, 0, "out of memory");
	kg_event_clear(&ev);
	return rc;
}

int kg_doc_info_parse_json(kg_doc_info *out, const char *line, size_t len, const char *source, long lineno,
			   kg_error *err)
{
	json_error_t jerr;
	json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
	int rc;

	memset(out, 0, sizeof(*out));
	if (!source)
		source = "";
	if (!root) {
		kg_error_set(err, source, lineno, jerr.column > 0 ? jerr.column : (long)jerr.position + 1,
			     "malformed JSON: %s", jerr.text);
		return KG_EPARSE;
	}
	if (!json_is_object(root)) {
		kg_error_set(err, source, lineno, 1, "expected a JSON object with \"document\"");
		rc = KG_EPARSE;
	} else {
		rc = json_document(out, root, source, lineno, err);
	}
	json_decref(root);
	return rc;
}

void kg_doc_info_clear(kg_doc_info *d)
{
	if (!d)
		return;
	free(d->id);
	free(d->source);
	free(d->date);
	free(d->url);
	free(d->title);
	memset(d, 0, sizeof(*d));
}

int kg_jsonl_kind(const char *line, size_t len)
{
	static const char *const keys[] = { "subject", "entity", "document", "event" };
	json_error_t jerr;
	json_t *root = json_loadb(line, len, 0, &jerr);
	int kind = -1;

	for (int i = 0; json_is_object(root) && kind < 0 && i < 4; i++)
		if (json_object_get(root, keys[i]))
			kind = i;
	json_decref(root);
	return kind;
}

int kg_triple_parse_json(kg_facts *facts, const char *line, size_t len, const char *source, long lineno,
			 kg_error *err)
{
	json_error_t jerr;
	json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
	kg_triple t = { 0 };
	kg_strv sa = { 0 }, oa = { 0 };
	const char *s;
	const json_t *c;
	int rc;

	if (!source)
		source = "";
	if (!root) {
		long col = jerr.column > 0 ? jerr.column : (long)jerr.position + 1;

		kg_error_set(err, source, lineno > 0 ? lineno + (jerr.line > 1 ? jerr.line - 1 : 0) : jerr.line, col,
			     "malformed JSON: %s", jerr.text);
		return KG_EPARSE;
	}
	if (!json_is_object(root)) {
		kg_error_set(err, source, lineno, 1, "expected a JSON object with \"subject\", \"predicate\", \"object\"");
		rc = KG_EPARSE;
		goto done;
	}
	if (!json_object_get(root, "subject") && json_object_get(root, "entity")) {
		rc = json_entity(facts, root, source, lineno, err);
		goto done;
	}
	if (!json_object_get(root, "subject") && json_object_get(root, "document")) {
		rc = json_document(NULL, root, source, lineno, err);
		goto done;
	}
	if (!json_object_get(root, "subject") && json_object_get(root, "event")) {
		rc = json_event(facts, root, source, lineno, err);
		goto done;
	}
	/* every string is borrowed from the JSON tree: add_record copies them */
	if ((rc = json_str(root, "subject", "", 1, &s, source, lineno, err)) < 0)
		goto done;
	t.subject = (char *)s;
	if ((rc = json_str(root, "predicate", "", 1, &s, source, lineno, err)) < 0)
		goto done;
	t.predicate = (char *)s;
	if ((rc = json_str(root, "object", "", 1, &s, source, lineno, err)) < 0)
		goto done;
	t.object = (char *)s;
	if ((rc = json_types(root, &t, source, lineno, err)) < 0 || (rc = json_attrs(root, &t, source, lineno, err)) < 0)
		goto done;
	t.evidence.sentence = -2;
	if ((rc = json_evidence(root, &t, source, lineno, err)) < 0)
		goto done;
	/* with no doc the evidence is the record itself: this file, this line (0-based) */
	if (t.evidence.sentence == -2)
		t.evidence.sentence = t.evidence.doc || lineno <= 0 ? -1 : lineno - 1;
	if (!t.evidence.doc)
		t.evidence.doc = (char *)base_name(source);
	t.confidence = 1.0;
	if ((c = json_object_get(root, "confidence")) && !json_is_null(c)) {
		if (!json_is_number(c) || json_number_value(c) < 0 || json_number_value(c) > 1) {
			kg_error_set(err, source, lineno, 0, "\"confidence\" must be a number from 0 to 1");
			rc = KG_EPARSE;
			goto done;
		}
		t.confidence = json_number_value(c);
	}
	if ((rc = json_str(root, "extractor", "", 0, &s, source, lineno, err)) < 0)
		goto done;
	t.extractor = (char *)(s && s[0] ? s : "triples");
	if ((rc = json_aliases(root, "subject_aliases", &sa, source, lineno, err)) < 0 ||
	    (rc = json_aliases(root, "object_aliases", &oa, source, lineno, err)) < 0)
		goto done;
	if ((rc = add_record(facts, &t, &sa, &oa)) < 0)
		kg_error_set(err, source, lineno, 0, "cannot add the record: %s", kg_strerror(rc));
done:
	kg_strv_clear(&sa);
	kg_strv_clear(&oa);
	json_decref(root);
	return rc;
}

/* A JSON string of s, with invalid UTF-8 replaced; NULL when out of memory. */
static json_t *json_text(const char *s)
{
	char *fixed;
	json_t *j;

	if (!s)
		return json_null();
	if (kg_utf8_valid_prefix(s, strlen(s)) == strlen(s))
		return json_string(s);
	fixed = utf8_fixed(s, strlen(s));
	j = fixed ? json_string(fixed) : NULL;
	free(fixed);
	return j;
}

/* A line of JSON being written: kg_triple_write_json builds each line here and writes it in one go. */
typedef struct json_line {
	char *buf;  /* the bytes so far */
	size_t len; /* how many */
	size_t cap; /* allocated */
	int bad;    /* set when out of memory: the line is dropped */
} json_line;

static void jl_put(json_line *l, const char *s, size_t n)
{
	if (l->bad)
		return;
	if (l->len + n + 1 > l->cap) {
		size_t cap = l->cap ? l->cap : 512;
		char *b;

		while (l->len + n + 1 > cap)
			cap *= 2;
		if (!(b = realloc(l->buf, cap))) {
			l->bad = 1;
			return;
		}
		l->buf = b;
		l->cap = cap;
	}
	memcpy(l->buf + l->len, s, n);
	l->len += n;
}

static void jl_puts(json_line *l, const char *s)
{
	jl_put(l, s, strlen(s));
}

/* Appends s as a JSON string, as Jansson's compact dump writes it: '"', '\\' and control characters
 * escaped (\u00XX in upper case where there is no short form), everything else as is; invalid UTF-8
 * becomes U+FFFD; NULL is null. */
static void jl_string(json_line *l, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	char *fixed = NULL;
	size_t n, from = 0;

	if (!s) {
		jl_puts(l, "null");
		return;
	}
	n = strlen(s);
	if (kg_utf8_valid_prefix(s, n) != n) {
		if (!(fixed = utf8_fixed(s, n))) {
			l->bad = 1;
			return;
		}
		s = fixed;
		n = strlen(s);
	}
	jl_put(l, "\"", 1);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[6] = { '\\', 0, 0, 0, 0, 0 };
		size_t k = 2;

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		jl_put(l, s + from, i - from);
		from = i + 1;
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			k = 6;
		}
		jl_put(l, esc, k);
	}
	jl_put(l, s + from, n - from);
	jl_put(l, "\"", 1);
	free(fixed);
}

static void jl_key(json_line *l, const char *key, int first)
{
	if (!first)
		jl_put(l, ",", 1);
	jl_put(l, "\"", 1);
	jl_puts(l, key);
	jl_put(l, "\":", 2);
}

static void jl_integer(json_line *l, long long v)
{
	char num[32];

	jl_put(l, num, (size_t)snprintf(num, sizeof(num), "%lld", v));
}

/* Appends v as Jansson writes a real with JSON_REAL_PRECISION(6): "%.6g", ".0" added when it would
 * read back as an integer, the exponent without '+' or leading zeros. */
static void jl_real(json_line *l, double v)
{
	char num[40], *e;
	int n = snprintf(num, sizeof(num) - 2, "%.6g", v);

	if (n < 0 || (size_t)n >= sizeof(num) - 2) {
		l->bad = 1;
		return;
	}
	if (!strchr(num, '.') && !strchr(num, 'e'))
		memcpy(num + n, ".0", 3);
	if ((e = strchr(num, 'e'))) {
		char *start = e + 1, *end = e + 2;

		if (*start == '-')
			start++;
		while (*end == '0')
			end++;
		if (end != start)
			memmove(start, end, strlen(end) + 1);
	}
	jl_puts(l, num);
}

/* Appends the sorted aliases of entity name in facts as a JSON array (empty when unknown). */
static void jl_aliases(json_line *l, const kg_facts *facts, const char *name)
{
	const kg_entity *e = facts && name ? kg_facts_find(facts, name) : NULL;
	kg_strv sorted = { 0 };

	jl_put(l, "[", 1);
	if (e && e->aliases.n == 1) {
		jl_string(l, e->aliases.v[0]);
	} else if (e) {
		for (size_t i = 0; i < e->aliases.n; i++)
			if (kg_strv_push(&sorted, e->aliases.v[i]) < 0)
				l->bad = 1;
		kg_strv_sort(&sorted);
		for (size_t i = 0; i < sorted.n; i++) {
			if (i)
				jl_put(l, ",", 1);
			jl_string(l, sorted.v[i]);
		}
	}
	jl_put(l, "]", 1);
	kg_strv_clear(&sorted);
}

/* Writes the line as Jansson's json_dumpf(JSON_SORT_KEYS | JSON_COMPACT | JSON_REAL_PRECISION(6)) wrote
 * it before (the bytes are the same; a test compares them), without building a json_t. */
int kg_triple_write_json(const kg_triple *t, const kg_facts *facts, FILE *fp)
{
	double conf = isfinite(t->confidence) ? floor(t->confidence * 10000.0 + 0.5) / 10000.0 : 0.0;
	/* in key order, as JSON_SORT_KEYS writes them */
	const struct { const char *key; const char *value; } attr_table[] = {
		{ "date", t->attrs.date },
		{ "date_source", t->attrs.date_source != KG_DATE_NONE ? kg_date_source_name(t->attrs.date_source) : NULL },
		{ "event", t->attrs.event },
		{ "location", t->attrs.location },
		{ "modality", t->attrs.modality },
		{ "title", t->attrs.title },
	};
	json_line l = { 0 };
	int first = 1, rc = KG_OK;

	jl_puts(&l, "{\"attrs\":{");
	for (size_t i = 0; i < sizeof(attr_table) / sizeof(attr_table[0]); i++) {
		if (!attr_table[i].value)
			continue;
		jl_key(&l, attr_table[i].key, first);
		jl_string(&l, attr_table[i].value);
		first = 0;
	}
	jl_puts(&l, "},\"confidence\":");
	jl_real(&l, conf);
	jl_puts(&l, ",\"evidence\":{");
	first = 1;
	if (t->evidence.doc) {
		jl_key(&l, "doc", first);
		jl_string(&l, t->evidence.doc);
		first = 0;
	}
	jl_key(&l, "end", first);
	jl_integer(&l, (long long)t->evidence.end);
	jl_key(&l, "sentence", 0);
	jl_integer(&l, (long long)t->evidence.sentence);
	jl_key(&l, "start", 0);
	jl_integer(&l, (long long)t->evidence.start);
	if (t->evidence.text) {
		jl_key(&l, "text", 0);
		jl_string(&l, t->evidence.text);
	}
	jl_puts(&l, "},\"extractor\":");
	jl_string(&l, t->extractor ? t->extractor : "triples");
	jl_puts(&l, ",\"object\":");
	jl_string(&l, t->object);
	jl_puts(&l, ",\"object_aliases\":");
	jl_aliases(&l, facts, t->object);
	jl_puts(&l, ",\"object_type\":");
	jl_string(&l, kg_etype_name(t->object_type));
	jl_puts(&l, ",\"predicate\":");
	jl_string(&l, t->predicate);
	jl_puts(&l, ",\"subject\":");
	jl_string(&l, t->subject);
	jl_puts(&l, ",\"subject_aliases\":");
	jl_aliases(&l, facts, t->subject);
	jl_puts(&l, ",\"subject_type\":");
	jl_string(&l, kg_etype_name(t->subject_type));
	jl_puts(&l, "}\n");
	if (l.bad)
		rc = KG_ENOMEM;
	else if (fwrite(l.buf, 1, l.len, fp) != l.len)
		rc = KG_EIO;
	free(l.buf);
	return rc;
}

/* A JSON array of the strings of sv in their order (NULL when out of memory). */
static json_t *json_strv(const kg_strv *sv)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < sv->n; i++) {
		if (json_array_append_new(a, json_text(sv->v[i])) < 0) {
			json_decref(a);
			a = NULL;
		}
	}
	return a;
}

/* Writes o as one compact line with sorted keys and frees it; KG_ENOMEM when bad, KG_EIO on a failed write. */
static int dump_line(json_t *o, int bad, FILE *fp)
{
	int rc = KG_OK;

	if (bad || !o)
		rc = KG_ENOMEM;
	else if (json_dumpf(o, fp, JSON_SORT_KEYS | JSON_COMPACT) < 0 || fputc('\n', fp) == EOF)
		rc = KG_EIO;
	json_decref(o);
	return rc;
}

int kg_entity_write_json(const kg_entity *e, const char *doc, FILE *fp)
{
	json_t *o = json_object();
	int bad = !o;

	if (!bad) {
		bad |= json_object_set_new(o, "entity", json_text(e->name)) < 0;
		bad |= json_object_set_new(o, "type", json_string(kg_etype_name(e->type))) < 0;
		bad |= json_object_set_new(o, "mentions", json_integer((json_int_t)e->mentions)) < 0;
		bad |= json_object_set_new(o, "aliases", json_strv(&e->aliases)) < 0;
		bad |= json_object_set_new(o, "why", json_strv(&e->why)) < 0;
		bad |= json_object_set_new(o, "doc", json_text(doc)) < 0;
	}
	return dump_line(o, bad, fp);
}

int kg_doc_info_write_json(const kg_doc_info *d, FILE *fp)
{
	json_t *o = json_object();
	int bad = !o;

	if (!bad) {
		bad |= json_object_set_new(o, "document", json_text(d->id ? d->id : "")) < 0;
		bad |= json_object_set_new(o, "source", json_text(d->source)) < 0;
		bad |= json_object_set_new(o, "date", json_text(d->date)) < 0;
		bad |= json_object_set_new(o, "url", json_text(d->url)) < 0;
		bad |= json_object_set_new(o, "hash", json_text(d->hash)) < 0;
		bad |= json_object_set_new(o, "entities", json_integer((json_int_t)d->n_entities)) < 0;
		bad |= json_object_set_new(o, "triples", json_integer((json_int_t)d->n_triples)) < 0;
		if (d->title)
			bad |= json_object_set_new(o, "title", json_text(d->title)) < 0;
		if (d->date_source != KG_DATE_NONE)
			bad |= json_object_set_new(o, "date_source", json_string(kg_date_source_name(d->date_source))) < 0;
		if (d->date_from[0])
			bad |= json_object_set_new(o, "date_from", json_string(d->date_from)) < 0;
		if (d->n_events)
			bad |= json_object_set_new(o, "events", json_integer((json_int_t)d->n_events)) < 0;
	}
	return dump_line(o, bad, fp);
}

int kg_event_write_json(const kg_event *ev, FILE *fp)
{
	json_t *o = json_object(), *ps = json_array(), *fl = json_array(), *e = json_object();
	int bad = !o || !ps || !fl || !e;

	for (size_t i = 0; !bad && i < ev->n_participants; i++) {
		const kg_participant *p = &ev->participants[i];
		json_t *po = json_object();

		bad |= !po || json_array_append_new(ps, po) < 0;
		if (!bad) {
			bad |= json_object_set_new(po, "name", json_text(p->name)) < 0;
			bad |= json_object_set_new(po, "type", json_string(kg_etype_name(p->type))) < 0;
			bad |= json_object_set_new(po, "role", json_string(kg_role_name(p->role))) < 0;
		}
	}
	for (unsigned i = 0; !bad && i < 3; i++)
		if (ev->flags & (1u << i))
			bad |= json_array_append_new(fl, json_string(kg_event_flag_names[i])) < 0;
	if (!bad) {
		bad |= json_object_set_new(e, "doc", json_text(ev->evidence.doc)) < 0;
		bad |= json_object_set_new(e, "sentence", json_integer(ev->evidence.sentence)) < 0;
		bad |= json_object_set_new(e, "start", json_integer((json_int_t)ev->evidence.start)) < 0;
		bad |= json_object_set_new(e, "end", json_integer((json_int_t)ev->evidence.end)) < 0;
		if (ev->evidence.text)
			bad |= json_object_set_new(e, "text", json_text(ev->evidence.text)) < 0;
		bad |= json_object_set_new(o, "event", json_text(ev->id)) < 0;
		bad |= json_object_set_new(o, "type", json_string(kg_event_types[ev->type].name)) < 0;
		bad |= json_object_set_new(o, "trigger", json_text(ev->trigger)) < 0;
		bad |= json_object_set_new(o, "trigger_start", json_integer((json_int_t)ev->trigger_start)) < 0;
		bad |= json_object_set_new(o, "trigger_end", json_integer((json_int_t)ev->trigger_end)) < 0;
		bad |= json_object_set_new(o, "place", json_text(ev->place)) < 0;
		bad |= json_object_set_new(o, "date", json_text(ev->date)) < 0;
		bad |= json_object_set_new(o, "date_source", json_string(kg_date_source_name(ev->date_source))) < 0;
		if (ev->duration)
			bad |= json_object_set_new(o, "duration", json_text(ev->duration)) < 0;
		bad |= json_object_set_new(o, "confidence", json_real(floor(ev->confidence * 10000.0 + 0.5) / 10000.0)) < 0;
		bad |= json_object_set_new(o, "extractor", json_text(ev->extractor)) < 0;
	}
	bad |= !o || json_object_set_new(o, "participants", ps) < 0;
	bad |= !o || json_object_set_new(o, "flags", fl) < 0;
	bad |= !o || json_object_set_new(o, "evidence", e) < 0;
	return dump_line(o, bad, fp);
}

/* ---- TSV ---- */

/* TSV columns. */
enum tsv_col {
	COL_SUBJECT, COL_SUBJECT_TYPE, COL_PREDICATE, COL_OBJECT, COL_OBJECT_TYPE, COL_TITLE, COL_LOCATION,
	COL_DATE, COL_MODALITY, COL_EVIDENCE, COL_DOC, COL_SENTENCE, COL_CONFIDENCE, COL_EXTRACTOR,
	COL_SUBJECT_ALIASES, COL_OBJECT_ALIASES, COL__COUNT, COL_IGNORED = COL__COUNT
};

/* Header names of the columns. */
static const struct { const char *name; enum tsv_col col; } tsv_names[] = {
	{ "subject", COL_SUBJECT }, { "subject_type", COL_SUBJECT_TYPE }, { "predicate", COL_PREDICATE },
	{ "relation", COL_PREDICATE }, { "object", COL_OBJECT }, { "object_type", COL_OBJECT_TYPE },
	{ "title", COL_TITLE }, { "location", COL_LOCATION }, { "date", COL_DATE }, { "modality", COL_MODALITY },
	{ "evidence_text", COL_EVIDENCE }, { "evidence", COL_EVIDENCE }, { "text", COL_EVIDENCE },
	{ "doc", COL_DOC }, { "sentence", COL_SENTENCE }, { "confidence", COL_CONFIDENCE },
	{ "extractor", COL_EXTRACTOR }, { "subject_aliases", COL_SUBJECT_ALIASES },
	{ "object_aliases", COL_OBJECT_ALIASES },
};

/* The columns of a TSV file without a header. */
static const enum tsv_col tsv_fixed[] = {
	COL_SUBJECT, COL_SUBJECT_TYPE, COL_PREDICATE, COL_OBJECT, COL_OBJECT_TYPE, COL_TITLE, COL_EVIDENCE, COL_DOC,
};

#define TSV_MAX_COLS 64

/* Reading state of one triples stream. */
typedef struct reader {
	kg_extract_opts *opts;           /* borrowed */
	kg_facts_cb cb;                  /* receives each batch */
	const char *source;              /* file name for messages */
	int format;                      /* KG_TRIPLES_JSONL or KG_TRIPLES_TSV once known */
	kg_facts *facts;                 /* the batch being filled */
	size_t n_batch;                  /* records in it */
	enum tsv_col cols[TSV_MAX_COLS]; /* TSV: what each column holds */
	size_t n_cols;                   /* TSV: columns known (0 until the first row) */
	kg_doc_info info;                /* the stream as a document: base name, source, hash of its bytes */
	kg_hash hash;                    /* of the bytes read so far */
} reader;

/* Splits s at '|' into sv (empty parts skipped); s is cut up. */
static int split_aliases(kg_strv *sv, char *s)
{
	char *save = NULL;

	for (char *p = strtok_r(s, "|", &save); p; p = strtok_r(NULL, "|", &save))
		if (kg_strv_push_unique(sv, p) < 0)
			return KG_ENOMEM;
	return KG_OK;
}

/* Reads the header row (line starts with "subject"). */
static int tsv_header(reader *r, char *line, long lineno, kg_error *err)
{
	char *save = NULL;
	int have[COL__COUNT + 1] = { 0 };

	r->n_cols = 0;
	for (char *name = strtok_r(line, "\t", &save); name; name = strtok_r(NULL, "\t", &save)) {
		enum tsv_col col = COL_IGNORED;

		if (r->n_cols == TSV_MAX_COLS) {
			kg_error_set(err, r->source, lineno, 0, "more than %d columns", TSV_MAX_COLS);
			return KG_EPARSE;
		}
		for (size_t i = 0; i < sizeof(tsv_names) / sizeof(tsv_names[0]); i++)
			if (strcasecmp(name, tsv_names[i].name) == 0)
				col = tsv_names[i].col;
		if (col == COL_IGNORED) {
			kg_error e;

			kg_error_set(&e, r->source, lineno, 0, "unknown column \"%s\" ignored", name);
			kg_extract_report(r->opts, &e, 1);
		}
		have[col] = 1;
		r->cols[r->n_cols++] = col;
	}
	if (!have[COL_SUBJECT] || !have[COL_PREDICATE] || !have[COL_OBJECT]) {
		r->n_cols = 0;
		kg_error_set(err, r->source, lineno, 0, "the header needs subject, predicate and object columns");
		return KG_EPARSE;
	}
	return KG_OK;
}

/* Parses a number field that must be whole: 0 ok, -1 otherwise. */
static int parse_long(const char *s, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return (errno || end == s || *end) ? -1 : 0;
}

/* Parses one TSV row into r->facts. */
static int tsv_row(reader *r, char *line, long lineno, kg_error *err)
{
	char *field[COL__COUNT + 1] = { 0 };
	kg_strv sa = { 0 }, oa = { 0 };
	kg_triple t = { 0 };
	size_t n = 0;
	char *p = line;
	int rc = KG_OK;

	if (r->n_cols == 0) {
		memcpy(r->cols, tsv_fixed, sizeof(tsv_fixed));
		r->n_cols = sizeof(tsv_fixed) / sizeof(tsv_fixed[0]);
	}
	for (;;) {
		char *tab = strchr(p, '\t');

		if (n == r->n_cols) {
			kg_error_set(err, r->source, lineno, (long)(p - line) + 1, "more than %zu fields", r->n_cols);
			return KG_EPARSE;
		}
		if (tab)
			*tab = '\0';
		if (p[0])
			field[r->cols[n]] = p;
		n++;
		if (!tab)
			break;
		p = tab + 1;
	}
	/* the strings are borrowed from line: add_record copies them */
	t.subject = field[COL_SUBJECT];
	t.predicate = field[COL_PREDICATE];
	t.object = field[COL_OBJECT];
	if (!t.subject || !t.predicate || !t.object) {
		kg_error_set(err, r->source, lineno, 0, "%s is missing or empty",
			     !t.subject ? "subject" : !t.predicate ? "predicate" : "object");
		return KG_EPARSE;
	}
	if (parse_type(field[COL_SUBJECT_TYPE], &t.subject_type) < 0) {
		kg_error_set(err, r->source, lineno, 0, "unknown subject type \"%s\" (PERSON, ORG, PLACE, EVENT, OTHER)",
			     field[COL_SUBJECT_TYPE]);
		return KG_EPARSE;
	}
	if (parse_type(field[COL_OBJECT_TYPE], &t.object_type) < 0) {
		kg_error_set(err, r->source, lineno, 0, "unknown object type \"%s\" (PERSON, ORG, PLACE, EVENT, OTHER)",
			     field[COL_OBJECT_TYPE]);
		return KG_EPARSE;
	}
	t.attrs.title = field[COL_TITLE];
	t.attrs.location = field[COL_LOCATION];
	t.attrs.date = field[COL_DATE];
	t.attrs.modality = field[COL_MODALITY];
	t.evidence.text = field[COL_EVIDENCE];
	/* with no doc the evidence is the record itself: this file, this line (0-based) */
	t.evidence.doc = field[COL_DOC] ? field[COL_DOC] : (char *)base_name(r->source);
	t.evidence.sentence = field[COL_DOC] ? -1 : lineno - 1;
	if (field[COL_SENTENCE] && (parse_long(field[COL_SENTENCE], &t.evidence.sentence) < 0 || t.evidence.sentence < -1)) {
		kg_error_set(err, r->source, lineno, 0, "sentence \"%s\" is not a whole number", field[COL_SENTENCE]);
		return KG_EPARSE;
	}
	t.confidence = 1.0;
	if (field[COL_CONFIDENCE]) {
		char *end;

		t.confidence = strtod(field[COL_CONFIDENCE], &end);
		if (*end || end == field[COL_CONFIDENCE] || !(t.confidence >= 0 && t.confidence <= 1)) {
			kg_error_set(err, r->source, lineno, 0, "confidence \"%s\" is not a number from 0 to 1",
				     field[COL_CONFIDENCE]);
			return KG_EPARSE;
		}
	}
	t.extractor = field[COL_EXTRACTOR] ? field[COL_EXTRACTOR] : (char *)"triples";
	if ((field[COL_SUBJECT_ALIASES] && split_aliases(&sa, field[COL_SUBJECT_ALIASES]) < 0) ||
	    (field[COL_OBJECT_ALIASES] && split_aliases(&oa, field[COL_OBJECT_ALIASES]) < 0))
		rc = KG_ENOMEM;
	if (rc == KG_OK)
		rc = add_record(r->facts, &t, &sa, &oa);
	if (rc < 0)
		kg_error_set(err, r->source, lineno, 0, "cannot add the record: %s", kg_strerror(rc));
	kg_strv_clear(&sa);
	kg_strv_clear(&oa);
	return rc;
}

/* ---- the stream ---- */

/* Hands the batch to the callback and starts a new one. */
static int flush_batch(reader *r)
{
	int rc = KG_OK;

	if (r->facts && (r->facts->n_triples || r->facts->n_entities)) {
		r->opts->doc = &r->info;
		rc = r->cb(r->facts, r->opts->ctx);
		r->opts->doc = NULL;
	}
	kg_facts_free(r->facts);
	r->facts = NULL;
	r->n_batch = 0;
	if (rc < 0)
		return rc;
	return kg_facts_new(&r->facts);
}

/* Handles one line (without its newline). A bad record is reported and skipped; the return is < 0
 * only when reading must stop: strict mode (KG_EPARSE), out of memory, the callback stopping. */
static int read_line(reader *r, char *line, size_t len, long lineno)
{
	size_t valid = kg_utf8_valid_prefix(line, len);
	kg_error err;
	char *fixed = NULL;
	const char *p = line;
	int rc = KG_OK;

	while (*p == ' ' || *p == '\t')
		p++;
	if (p == line + len || (r->format != KG_TRIPLES_JSONL && *p == '#'))
		return KG_OK;
	if (r->format == KG_TRIPLES_SNIFF)
		r->format = *p == '{' ? KG_TRIPLES_JSONL : KG_TRIPLES_TSV;
	if (strlen(line) != len) {
		kg_error_set(&err, r->source, lineno, (long)strlen(line) + 1, "NUL byte in the line");
		rc = KG_EPARSE;
		goto done;
	}
	if (valid != len) {
		if (!r->opts->replace_invalid) {
			kg_error_set(&err, r->source, lineno, (long)valid + 1,
				     "invalid UTF-8 (--replace-invalid accepts it)");
			rc = KG_EPARSE;
			goto done;
		}
		kg_error_set(&err, r->source, lineno, (long)valid + 1, "invalid UTF-8 replaced with U+FFFD");
		kg_extract_report(r->opts, &err, 1);
		if (!(fixed = utf8_fixed(line, len))) {
			rc = KG_ENOMEM;
			goto done;
		}
		line = fixed;
		len = strlen(fixed);
	}
	if (r->format == KG_TRIPLES_JSONL)
		rc = kg_triple_parse_json(r->facts, line, len, r->source, lineno, &err);
	else if (r->n_cols == 0 && strncmp(line, "subject", 7) == 0 && (line[7] == '\t' || line[7] == '\0'))
		rc = tsv_header(r, line, lineno, &err);
	else
		rc = tsv_row(r, line, lineno, &err);
	if (rc == KG_OK && ++r->n_batch >= TRIPLES_BATCH)
		rc = flush_batch(r);
done:
	free(fixed);
	if (rc != KG_EPARSE)
		return rc;
	if (!r->opts->strict)
		strncat(err.text, "; skipped", sizeof(err.text) - strlen(err.text) - 1);
	kg_extract_report(r->opts, &err, 0);
	return r->opts->strict ? KG_EPARSE : KG_OK;
}

int kg_extract_triples_stream(FILE *fp, const char *source, int format, kg_extract_opts *opts,
			      kg_facts_cb cb)
{
	reader r = { .opts = opts, .cb = cb, .source = source, .format = format };
	size_t max = opts->max_doc_bytes ? opts->max_doc_bytes : KG_MAX_DOC_BYTES_DEFAULT;
	char *line = NULL;
	size_t cap = 0, len;
	long lineno = 0;
	int got, rc;

	if ((rc = kg_facts_new(&r.facts)) < 0)
		return rc;
	__atomic_fetch_add(&opts->n_docs, 1, __ATOMIC_RELAXED); /* the progress line reads it from its thread */
	r.info.id = (char *)base_name(source);
	r.info.source = (char *)source;
	kg_hash_init(&r.hash);
	errno = 0;
	/* a line over the limit is read but not kept (only its first max bytes are hashed) */
	while ((got = kg_text_read_line(&line, &cap, &len, max + 1, fp)) > 0) {
		lineno++;
		__atomic_fetch_add(&opts->n_bytes, len + (got == 1), __ATOMIC_RELAXED);
		kg_hash_update(&r.hash, line, len <= max + 1 ? len : max + 1);
		if (got == 1)
			kg_hash_update(&r.hash, "\n", 1);
		if (len && len <= max + 1 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (len > max) {
			kg_error err;

			kg_error_set(&err, source, lineno, 0, "line of %zu bytes is longer than %zu; skipped", len, max);
			kg_extract_report(opts, &err, 0);
			if (opts->strict) {
				rc = KG_ELIMIT;
				goto done;
			}
			continue;
		}
		if ((rc = read_line(&r, line, len, lineno)) < 0)
			goto done;
	}
	if (got == KG_ENOMEM) {
		rc = got;
		goto done;
	}
	if (got < 0 || ferror(fp)) {
		kg_error err;

		kg_error_set(&err, source, lineno + 1, 0, "read failed: %s", strerror(errno ? errno : EIO));
		kg_extract_report(opts, &err, 0);
		rc = KG_EIO;
		goto done;
	}
	if ((rc = flush_batch(&r)) < 0 || !opts->doc_done)
		goto done;
	kg_hash_hex(&r.hash, r.info.hash);
	opts->doc = &r.info;
	rc = opts->doc_done(&r.info, opts->ctx);
	opts->doc = NULL;
done:
	free(line);
	kg_facts_free(r.facts);
	return rc;
}

/* Reads one file (or stdin) of triples, the format chosen by its extension. */
static int triples_file(const char *file, kg_extract_opts *opts, void *ctx)
{
	static const struct { const char *suffix; int format; } by_suffix[] = {
		{ ".tsv", KG_TRIPLES_TSV }, { ".jsonl", KG_TRIPLES_JSONL }, { ".ndjson", KG_TRIPLES_JSONL },
		{ ".json", KG_TRIPLES_JSONL },
	};
	kg_facts_cb cb = *(kg_facts_cb *)ctx;
	int is_stdin = strcmp(file, "-") == 0;
	int format = KG_TRIPLES_SNIFF;
	size_t n = strlen(file);
	FILE *fp;
	int rc;

	for (size_t i = 0; i < sizeof(by_suffix) / sizeof(by_suffix[0]); i++) {
		size_t k = strlen(by_suffix[i].suffix);

		if (n >= k && strcasecmp(file + n - k, by_suffix[i].suffix) == 0)
			format = by_suffix[i].format;
	}
	fp = is_stdin ? stdin : fopen(file, "rb");
	if (!fp) {
		kg_error err;

		kg_error_set(&err, file, 0, 0, "cannot open: %s", strerror(errno));
		kg_extract_report(opts, &err, 0);
		return KG_OK;
	}
	rc = kg_extract_triples_stream(fp, file, format, opts, cb);
	if (!is_stdin)
		fclose(fp);
	return rc;
}

int kg_extract_triples_run(const char *path, kg_extract_opts *opts, kg_facts_cb cb)
{
	return kg_extract_walk(path, opts, triples_file, &cb);
}
