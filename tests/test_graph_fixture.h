/* test_graph_fixture.h: hand-made facts and small helpers shared by the graph tests. */
#ifndef KG_TEST_GRAPH_FIXTURE_H
#define KG_TEST_GRAPH_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "../graph/graph.h"

/* Helpers not every test file uses. */
#define FIXTURE static __attribute__((unused))

/* One fact for add_fact. */
typedef struct fact {
	const char *s;        /* subject */
	kg_etype st;          /* its type */
	const char *p;        /* predicate */
	const char *o;        /* object */
	kg_etype ot;          /* its type */
	const char *doc;      /* evidence document */
	long sentence;        /* evidence sentence */
	size_t start;         /* evidence start offset */
	const char *text;     /* evidence sentence text */
	const char *modality; /* NULL or "planned" */
	const char *title;    /* holds_position title or NULL */
} fact;

FIXTURE void add_fact(kg_facts *f, const fact *x)
{
	kg_triple t = kg_triple_view(x->s, x->st, x->p, x->o, x->ot);

	t.attrs.modality = (char *)x->modality;
	t.attrs.title = (char *)x->title;
	t.evidence.doc = (char *)(x->doc ? x->doc : "doc");
	t.evidence.sentence = x->sentence;
	t.evidence.start = x->start;
	t.evidence.end = x->start + (x->text ? strlen(x->text) : 0);
	t.evidence.text = (char *)(x->text ? x->text : "");
	t.confidence = 0.9;
	t.extractor = (char *)"test";
	assert_int_equal(kg_facts_add_triple(f, &t), KG_OK);
}

/* A facts set from an array of facts. */
FIXTURE kg_facts *facts_of(const fact *xs, size_t n)
{
	kg_facts *f = NULL;

	assert_int_equal(kg_facts_new(&f), KG_OK);
	for (size_t i = 0; i < n; i++)
		add_fact(f, &xs[i]);
	return f;
}

/* A graph straight from facts (asserts success). */
FIXTURE kg_graph *graph_of(const fact *xs, size_t n)
{
	kg_facts *f = facts_of(xs, n);
	kg_graph *g = NULL;
	kg_error err;

	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	kg_facts_free(f);
	return g;
}

/* The index of the node with this id (asserts it exists). */
FIXTURE size_t node_by_id(const kg_graph *g, const char *id)
{
	kg_node_info info;

	for (size_t i = 0; i < kg_graph_node_count(g); i++) {
		assert_int_equal(kg_graph_node(g, i, &info), KG_OK);
		if (strcmp(info.id, id) == 0)
			return i;
	}
	fail_msg("no node %s", id);
	return 0;
}

/* Output of a writer captured in a string (caller frees). */
typedef int (*writer_fn)(const kg_graph *g, FILE *fp, kg_error *err);

FIXTURE char *capture(writer_fn w, const kg_graph *g)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	kg_error err;

	assert_non_null(fp);
	assert_int_equal(w(g, fp, &err), KG_OK);
	fclose(fp);
	return buf;
}

/* Writes s to a new temporary file whose path goes to path (size 64). */
FIXTURE void temp_file(char *path, const char *suffix, const char *s)
{
	int fd;
	FILE *fp;

	snprintf(path, 64, "/tmp/kg_test_graph_XXXXXX%s", suffix);
	fd = mkstemps(path, (int)strlen(suffix));
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	assert_non_null(fp);
	fputs(s, fp);
	fclose(fp);
}

/* 1 when xmllint is installed. */
FIXTURE int have_xmllint(void)
{
	return system("command -v xmllint >/dev/null 2>&1") == 0;
}

/* 1 when xmllint accepts the XML text s. */
FIXTURE int xml_parses(const char *s)
{
	char path[64], cmd[160];
	int rc;

	temp_file(path, ".xml", s);
	snprintf(cmd, sizeof(cmd), "xmllint --noout --nonet %s 2>/dev/null", path);
	rc = system(cmd);
	unlink(path);
	return rc == 0;
}

/* The number xmllint's XPath expr evaluates to on the XML text s (-1 on failure). */
FIXTURE long xml_count(const char *s, const char *expr)
{
	char path[64], cmd[512], out[64] = "";
	FILE *p;
	long n = -1;

	temp_file(path, ".xml", s);
	snprintf(cmd, sizeof(cmd), "xmllint --nonet --xpath '%s' %s 2>/dev/null", expr, path);
	p = popen(cmd, "r");
	if (p) {
		if (fgets(out, sizeof(out), p))
			n = strtol(out, NULL, 10);
		pclose(p);
	}
	unlink(path);
	return n;
}

/* Adds an event of type in document doc, sentence, dated date (NULL: none) lasting duration (NULL: the
 * text gives none) at place (NULL: none), with the NULL-terminated participants (the first the host when
 * host is 1), and its derived triples. */
FIXTURE void add_lasting_event(kg_facts *f, kg_event_type type, const char *doc, long sentence, const char *date,
			       const char *duration, const char *place, int host, const char *const *names)
{
	kg_event ev;
	char id[KG_EVENT_ID_LEN];

	memset(&ev, 0, sizeof(ev));
	kg_event_make_id(id, doc, sentence, 4);
	ev.id = id;
	ev.type = type;
	ev.trigger = (char *)kg_event_types[type].name;
	ev.trigger_start = 4;
	ev.trigger_end = 4 + strlen(ev.trigger);
	ev.place = (char *)place;
	ev.date = (char *)date;
	ev.date_source = date ? KG_DATE_TEXT : KG_DATE_NONE;
	ev.duration = (char *)duration;
	ev.evidence.doc = (char *)doc;
	ev.evidence.sentence = sentence;
	ev.evidence.start = 0;
	ev.evidence.end = 40;
	ev.evidence.text = (char *)"They held a <meeting> & talked.";
	ev.confidence = 0.8;
	ev.extractor = (char *)"test";
	for (size_t i = 0; names[i]; i++)
		assert_int_equal(kg_event_add_participant(&ev, names[i], KG_TYPE_PERSON,
							  host && i == 0 ? KG_ROLE_HOST : host ? KG_ROLE_GUEST
											      : KG_ROLE_PARTICIPANT), KG_OK);
	assert_int_equal(kg_facts_add_event(f, &ev), KG_OK);
	assert_int_equal(kg_event_derive(f, &ev), KG_OK);
	for (size_t i = 0; i < ev.n_participants; i++)
		free(ev.participants[i].name);
	free(ev.participants);
}

/* Adds an event as add_lasting_event does, with no duration. */
FIXTURE void add_event(kg_facts *f, kg_event_type type, const char *doc, long sentence, const char *date,
		       const char *place, int host, const char *const *names)
{
	add_lasting_event(f, type, doc, sentence, date, NULL, place, host, names);
}

/* Dated facts of invented people: a five-party summit in Port Elvar on 2025-02-03 (doc a1), a call
 * between two of them on 2025-03-10 (doc a2), a meeting in 2025-03 (doc a3) and an undated meeting
 * fact with no event (doc a4). */
FIXTURE kg_facts *dated_facts(void)
{
	static const char *const summit[] = { "Oda Renk", "Ilse Varo", "Tamsin Quell", "Bo Harrow", "Nell <Sarta>", NULL };
	static const char *const call[] = { "Ilse Varo", "Oda Renk", NULL };
	static const char *const meeting[] = { "Oda Renk", "Bo Harrow", NULL };
	static const fact undated = { "Oda Renk", KG_TYPE_PERSON, "meet", "Pel Durr", KG_TYPE_PERSON, "a4", 2, 0,
				      "Renk met Durr.", NULL, NULL };
	kg_facts *f = NULL;

	assert_int_equal(kg_facts_new(&f), KG_OK);
	add_event(f, KG_EVENT_SUMMIT, "a1", 0, "2025-02-03", "Port Elvar", 1, summit);
	add_event(f, KG_EVENT_CALL, "a2", 1, "2025-03-10", NULL, 0, call);
	add_event(f, KG_EVENT_MEETING, "a3", 0, "2025-03", "Lake Ossin", 0, meeting);
	add_fact(f, &undated);
	return f;
}

/* dated_facts and events that say how long they lasted: a call of 45 minutes (doc a5, 2025-03-20) and
 * one of no length the text gives (doc a6, 2025-03-27) between Ivo Stask and Mara Quent, and a meeting
 * of "days" (doc a7, 2025-04) between Ivo Stask and Oda Renk. */
FIXTURE kg_facts *lasting_facts(void)
{
	static const char *const callers[] = { "Ivo Stask", "Mara Quent", NULL };
	static const char *const meeting[] = { "Ivo Stask", "Oda Renk", NULL };
	kg_facts *f = dated_facts();

	add_lasting_event(f, KG_EVENT_CALL, "a5", 0, "2025-03-20", "PT45M", NULL, 0, callers);
	add_lasting_event(f, KG_EVENT_CALL, "a6", 0, "2025-03-27", NULL, NULL, 0, callers);
	add_lasting_event(f, KG_EVENT_MEETING, "a7", 0, "2025-04", "PXD", "Lake Ossin", 0, meeting);
	return f;
}

#endif
