/* test_extract_triples.c: the triples extractor (JSON Lines, TSV), its error reporting, the JSON codec
 * of a triple and the auto extractor's choice of module. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#include <math.h>
#include "extract/extract.h"

/* What a test run collected through the callbacks. */
typedef struct collected {
	kg_facts *facts;      /* every batch merged */
	size_t batches;       /* callback calls */
	kg_error errors[8];   /* the first errors reported */
	size_t n_errors;      /* errors reported (warnings not counted) */
	size_t n_warnings;    /* warnings reported */
	kg_strv docs;         /* evidence doc of each triple, in order */
} collected;

static void on_error(const kg_error *err, int warning, void *ctx)
{
	collected *c = ctx;

	if (warning) {
		c->n_warnings++;
		return;
	}
	if (c->n_errors < 8)
		c->errors[c->n_errors] = *err;
	c->n_errors++;
}

static int on_facts(const kg_facts *facts, void *ctx)
{
	collected *c = ctx;

	c->batches++;
	for (size_t i = 0; i < facts->n_triples; i++)
		assert_int_equal(kg_strv_push(&c->docs, facts->triples[i].evidence.doc), 0);
	return kg_facts_merge(c->facts, facts);
}

static void collected_init(collected *c, kg_extract_opts *opts, int strict)
{
	memset(c, 0, sizeof(*c));
	assert_int_equal(kg_facts_new(&c->facts), 0);
	memset(opts, 0, sizeof(*opts));
	opts->strict = strict;
	opts->on_error = on_error;
	opts->ctx = c;
}

static void collected_clear(collected *c)
{
	kg_facts_free(c->facts);
	kg_strv_clear(&c->docs);
}

/* Runs the stream reader on an in-memory text. */
static int run_text(kg_extract_opts *opts, const char *text, int format)
{
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	int rc;

	assert_non_null(fp);
	rc = kg_extract_triples_stream(fp, "mem/input.jsonl", format, opts, on_facts);
	fclose(fp);
	return rc;
}

static const kg_triple *find_triple(const kg_facts *f, const char *s, const char *p, const char *o)
{
	for (size_t i = 0; i < f->n_triples; i++)
		if (!strcmp(f->triples[i].subject, s) && !strcmp(f->triples[i].predicate, p) &&
		    !strcmp(f->triples[i].object, o))
			return &f->triples[i];
	return NULL;
}

static void test_extract_triples__parses_a_jsonl_record_with_types_attrs_and_aliases(void **state)
{
	const char *line = "{\"subject\":\"Ada Quill\",\"subject_type\":\"PERSON\",\"predicate\":\"holds_position\","
			   "\"object\":\"Nordland\",\"object_type\":\"GPE\",\"attrs\":{\"title\":\"Prime Minister\"},"
			   "\"evidence\":{\"doc\":\"d1\",\"sentence\":3,\"start\":10,\"end\":20,\"text\":\"PM Ada Quill\"},"
			   "\"confidence\":0.5,\"extractor\":\"manual\",\"subject_aliases\":[\"Quill\",\"A. Quill\"]}";
	kg_facts *f;
	kg_error err;
	const kg_triple *t;
	const kg_entity *e;

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_triple_parse_json(f, line, strlen(line), "x.jsonl", 7, &err), 0);
	assert_non_null(t = find_triple(f, "Ada Quill", "holds_position", "Nordland"));
	assert_int_equal(t->subject_type, KG_TYPE_PERSON);
	assert_int_equal(t->object_type, KG_TYPE_PLACE);
	assert_string_equal(t->attrs.title, "Prime Minister");
	assert_null(t->attrs.location);
	assert_string_equal(t->evidence.doc, "d1");
	assert_int_equal(t->evidence.sentence, 3);
	assert_int_equal(t->evidence.start, 10);
	assert_int_equal(t->evidence.end, 20);
	assert_string_equal(t->evidence.text, "PM Ada Quill");
	assert_true(t->confidence > 0.49 && t->confidence < 0.51);
	assert_string_equal(t->extractor, "manual");
	assert_non_null(e = kg_facts_find(f, "Ada Quill"));
	assert_int_equal(e->aliases.n, 2);
	assert_true(kg_strv_contains(&e->aliases, "A. Quill"));
	assert_non_null(kg_facts_find(f, "Nordland"));
	kg_facts_free(f);
}

static void test_extract_triples__defaults_extractor_confidence_doc_and_sentence(void **state)
{
	const char *line = "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\"}";
	kg_facts *f;
	kg_error err;

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_triple_parse_json(f, line, strlen(line), "dir/facts.jsonl", 5, &err), 0);
	assert_int_equal(f->n_triples, 1);
	assert_string_equal(f->triples[0].extractor, "triples");
	assert_true(f->triples[0].confidence == 1.0);
	assert_string_equal(f->triples[0].evidence.doc, "facts.jsonl");
	assert_int_equal(f->triples[0].evidence.sentence, 4);
	assert_int_equal(f->triples[0].subject_type, KG_TYPE_UNKNOWN);

	/* evidence from another document: its sentence is unknown, not this line */
	line = "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"C\",\"evidence\":{\"doc\":\"art.txt\"}}";
	assert_int_equal(kg_triple_parse_json(f, line, strlen(line), "dir/facts.jsonl", 6, &err), 0);
	assert_string_equal(f->triples[1].evidence.doc, "art.txt");
	assert_int_equal(f->triples[1].evidence.sentence, -1);
	kg_facts_free(f);
}

static void test_extract_triples__reports_a_malformed_line_with_line_and_column_and_keeps_the_rest(void **state)
{
	const char *text = "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\"}\n"
			   "{\"subject\":\"C\",\"predicate\":\"meet\" \"object\":\"D\"}\n"
			   "\n"
			   "{\"subject\":\"E\",\"predicate\":\"meet\",\"object\":\"F\"}\n";
	collected c;
	kg_extract_opts opts;

	(void)state;
	collected_init(&c, &opts, 0);
	assert_int_equal(run_text(&opts, text, KG_TRIPLES_SNIFF), 0);
	assert_int_equal(c.n_errors, 1);
	assert_int_equal(opts.n_errors, 1);
	assert_string_equal(c.errors[0].source, "mem/input.jsonl");
	assert_int_equal(c.errors[0].line, 2);
	assert_int_equal(c.errors[0].column, 42); /* jansson's column: the end of the unexpected token */
	assert_non_null(strstr(c.errors[0].text, "skipped"));
	assert_int_equal(c.facts->n_triples, 2);
	assert_non_null(find_triple(c.facts, "E", "meet", "F"));
	assert_null(kg_facts_find(c.facts, "C"));
	collected_clear(&c);
}

static void test_extract_triples__strict_mode_stops_at_the_first_problem(void **state)
{
	const char *text = "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\"}\n"
			   "{\"subject\":\"C\",\"predicate\":\"meet\"}\n"
			   "{\"subject\":\"E\",\"predicate\":\"meet\",\"object\":\"F\"}\n";
	collected c;
	kg_extract_opts opts;

	(void)state;
	collected_init(&c, &opts, 1);
	assert_int_equal(run_text(&opts, text, KG_TRIPLES_JSONL), KG_EPARSE);
	assert_int_equal(c.n_errors, 1);
	assert_int_equal(c.errors[0].line, 2);
	assert_non_null(strstr(c.errors[0].text, "object"));
	assert_null(kg_facts_find(c.facts, "E"));
	collected_clear(&c);
}

static void test_extract_triples__rejects_missing_fields_and_wrong_json_types(void **state)
{
	static const char *const bad[] = {
		"{\"predicate\":\"meet\",\"object\":\"B\"}",
		"{\"subject\":\"\",\"predicate\":\"meet\",\"object\":\"B\"}",
		"{\"subject\":1,\"predicate\":\"meet\",\"object\":\"B\"}",
		"{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"attrs\":[]}",
		"{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"confidence\":2}",
		"{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"subject_aliases\":[1]}",
		"{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"evidence\":{\"start\":-1}}",
		"{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"subject_type\":\"WIZARD\"}",
		"{\"subject\":\"A\",\"subject\":\"Z\",\"predicate\":\"meet\",\"object\":\"B\"}",
		"[\"subject\",\"predicate\",\"object\"]",
	};
	kg_facts *f;
	kg_error err;

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&err, 0, sizeof(err));
		assert_int_equal(kg_triple_parse_json(f, bad[i], strlen(bad[i]), "bad.jsonl", (long)i + 1, &err),
				 KG_EPARSE);
		assert_int_equal(err.line, (long)i + 1);
		assert_string_equal(err.source, "bad.jsonl");
		assert_true(err.text[0] != '\0');
	}
	assert_int_equal(f->n_triples, 0);
	assert_int_equal(f->n_entities, 0);
	kg_facts_free(f);
}

static void test_extract_triples__survives_deeply_nested_json(void **state)
{
	size_t depth = 100000;
	char *line = malloc(2 * depth + 1);
	kg_facts *f;
	kg_error err;

	(void)state;
	assert_non_null(line);
	memset(line, '[', depth);
	memset(line + depth, ']', depth);
	line[2 * depth] = '\0';
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_triple_parse_json(f, line, 2 * depth, "deep.jsonl", 1, &err), KG_EPARSE);
	assert_int_equal(err.line, 1);
	assert_true(err.column > 0);
	kg_facts_free(f);
	free(line);
}

static void test_extract_triples__reads_tsv_with_a_header_naming_columns(void **state)
{
	const char *text = "subject\tpredicate\tobject\tobject_type\tsubject_aliases\tconfidence\tunknown\n"
			   "Ada Quill\tleads\tNorth Party\tORG\tQuill|A. Quill\t0.75\tx\n"
			   "# a comment\n"
			   "Bo Lind\tmeet\tAda Quill\tPERSON\t\t\t\n";
	collected c;
	kg_extract_opts opts;
	const kg_triple *t;

	(void)state;
	collected_init(&c, &opts, 0);
	assert_int_equal(run_text(&opts, text, KG_TRIPLES_TSV), 0);
	assert_int_equal(c.n_errors, 0);
	assert_int_equal(c.n_warnings, 1); /* the unknown column */
	assert_int_equal(c.facts->n_triples, 2);
	assert_non_null(t = find_triple(c.facts, "Ada Quill", "leads", "North Party"));
	assert_int_equal(t->object_type, KG_TYPE_ORG);
	assert_true(t->confidence > 0.74 && t->confidence < 0.76);
	assert_int_equal(t->evidence.sentence, 1);
	assert_int_equal(kg_facts_find(c.facts, "Ada Quill")->aliases.n, 2);
	assert_non_null(find_triple(c.facts, "Bo Lind", "meet", "Ada Quill"));
	collected_clear(&c);
}

static void test_extract_triples__reads_tsv_fixed_columns_and_reports_short_rows(void **state)
{
	const char *text = "# subject subject_type predicate object object_type title evidence_text doc\n"
			   "Ada Quill\tPERSON\tholds_position\tNordland\tPLACE\tPrime Minister\tPM Ada Quill said\tart1\n"
			   "Bo Lind\tPERSON\tmeet\n"
			   "Bo Lind\tPERSON\tmeet\tAda Quill\tPERSON\t\t\t\textra\n"
			   "Cy Moor\tPERSON\tvisits\tOslo\tPLACE\r\n";
	collected c;
	kg_extract_opts opts;
	const kg_triple *t;

	(void)state;
	collected_init(&c, &opts, 0);
	assert_int_equal(run_text(&opts, text, KG_TRIPLES_SNIFF), 0);
	assert_int_equal(c.n_errors, 2);
	assert_int_equal(c.errors[0].line, 3);
	assert_int_equal(c.errors[1].line, 4);
	assert_int_equal(c.facts->n_triples, 2);
	assert_non_null(t = find_triple(c.facts, "Ada Quill", "holds_position", "Nordland"));
	assert_string_equal(t->attrs.title, "Prime Minister");
	assert_string_equal(t->evidence.text, "PM Ada Quill said");
	assert_string_equal(t->evidence.doc, "art1");
	assert_non_null(find_triple(c.facts, "Cy Moor", "visits", "Oslo"));
	collected_clear(&c);
}

static void test_extract_triples__refuses_invalid_utf8_unless_asked_to_replace_it(void **state)
{
	const char *text = "{\"subject\":\"A\\u00e9\",\"predicate\":\"meet\",\"object\":\"B\xff\"}\n";
	collected c;
	kg_extract_opts opts;

	(void)state;
	collected_init(&c, &opts, 0);
	assert_int_equal(run_text(&opts, text, KG_TRIPLES_JSONL), 0);
	assert_int_equal(c.n_errors, 1);
	assert_int_equal(c.errors[0].column, strchr(text, '\xff') - text + 1);
	assert_int_equal(c.facts->n_triples, 0);
	collected_clear(&c);

	collected_init(&c, &opts, 0);
	opts.replace_invalid = 1;
	assert_int_equal(run_text(&opts, text, KG_TRIPLES_JSONL), 0);
	assert_int_equal(c.n_errors, 0);
	assert_int_equal(c.n_warnings, 1);
	assert_non_null(find_triple(c.facts, "A\xc3\xa9", "meet", "B\xef\xbf\xbd"));
	collected_clear(&c);
}

static void test_extract_triples__empty_input_gives_no_facts_and_no_error(void **state)
{
	collected c;
	kg_extract_opts opts;

	(void)state;
	collected_init(&c, &opts, 0);
	assert_int_equal(run_text(&opts, "\n  \n", KG_TRIPLES_SNIFF), 0);
	assert_int_equal(c.n_errors, 0);
	assert_int_equal(c.batches, 0);
	assert_int_equal(opts.n_docs, 1);
	collected_clear(&c);
}

static void test_extract_triples__hands_big_inputs_over_in_batches(void **state)
{
	size_t n = 10001;
	char *text = malloc(n * 64);
	size_t o = 0;
	collected c;
	kg_extract_opts opts;

	(void)state;
	assert_non_null(text);
	for (size_t i = 0; i < n; i++)
		o += (size_t)sprintf(text + o, "P%zu\tPERSON\tmeet\tQ%zu\tPERSON\n", i, i % 7);
	collected_init(&c, &opts, 0);
	assert_int_equal(run_text(&opts, text, KG_TRIPLES_TSV), 0);
	assert_int_equal(c.batches, 2);
	assert_int_equal(c.facts->n_triples, n);
	collected_clear(&c);
	free(text);
}

static void test_extract_triples__write_json_round_trips_through_parse_json(void **state)
{
	kg_facts *f, *g;
	kg_error err;
	kg_triple t = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;
	const kg_triple *u;
	const kg_entity *e;

	(void)state;
	assert_int_equal(kg_facts_new(&f), 0);
	t.subject = "Ada \"Q\" Quill\n";
	t.subject_type = KG_TYPE_PERSON;
	t.predicate = "meet";
	t.object = "</text><script>";
	t.object_type = KG_TYPE_ORG;
	t.attrs.date = "2024-11-27";
	t.attrs.modality = "planned";
	t.evidence.doc = "doc-9";
	t.evidence.sentence = 2;
	t.evidence.start = 5;
	t.evidence.end = 40;
	t.evidence.text = "Ada met them.";
	t.confidence = 0.123456;
	t.extractor = "news";
	assert_int_equal(kg_facts_add_triple(f, &t), 0);
	assert_int_equal(kg_facts_add_entity(f, t.subject, KG_TYPE_PERSON, "Quill", 0, NULL), 0);
	assert_int_equal(kg_facts_add_entity(f, t.subject, KG_TYPE_PERSON, "A. Quill", 0, NULL), 0);

	assert_non_null(fp = open_memstream(&buf, &len));
	assert_int_equal(kg_triple_write_json(&f->triples[0], f, fp), 0);
	fclose(fp);
	assert_true(len > 0 && buf[len - 1] == '\n');
	assert_null(memchr(buf, '\n', len - 1));
	assert_non_null(strstr(buf, "\"confidence\":0.1235"));
	assert_non_null(strstr(buf, "\"subject_aliases\":[\"A. Quill\",\"Quill\"]"));
	assert_true(strstr(buf, "\"attrs\"") < strstr(buf, "\"confidence\"")); /* sorted keys */

	assert_int_equal(kg_facts_new(&g), 0);
	assert_int_equal(kg_triple_parse_json(g, buf, len, "rt.jsonl", 1, &err), 0);
	assert_non_null(u = find_triple(g, t.subject, "meet", t.object));
	assert_int_equal(u->subject_type, KG_TYPE_PERSON);
	assert_int_equal(u->object_type, KG_TYPE_ORG);
	assert_null(u->attrs.title);
	assert_string_equal(u->attrs.date, "2024-11-27");
	assert_string_equal(u->attrs.modality, "planned");
	assert_string_equal(u->evidence.doc, "doc-9");
	assert_int_equal(u->evidence.sentence, 2);
	assert_int_equal(u->evidence.start, 5);
	assert_int_equal(u->evidence.end, 40);
	assert_string_equal(u->evidence.text, "Ada met them.");
	assert_string_equal(u->extractor, "news");
	assert_true(u->confidence > 0.12349 && u->confidence < 0.12351);
	assert_non_null(e = kg_facts_find(g, t.subject));
	assert_int_equal(e->aliases.n, 2);
	assert_true(kg_strv_contains(&e->aliases, "Quill"));
	kg_facts_free(g);
	kg_facts_free(f);
	free(buf);
}

/* Writes text to dir/name. */
static void write_file(const char *dir, const char *name, const char *text)
{
	char path[1024];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_non_null(fp = fopen(path, "w"));
	fputs(text, fp);
	fclose(fp);
}

static void test_extract__walks_directories_sorted_skipping_hidden_files(void **state)
{
	char dir[] = "/tmp/kg-test-walk-XXXXXX";
	char sub[600];
	collected c;
	kg_extract_opts opts;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(sub, sizeof(sub), "%s/m", dir);
	assert_int_equal(mkdir(sub, 0700), 0);
	write_file(dir, "b.tsv", "S\tPERSON\tmeet\tT\tPERSON\n");
	write_file(dir, "a.tsv", "S\tPERSON\tmeet\tU\tPERSON\n");
	write_file(dir, ".hidden.tsv", "S\tPERSON\tmeet\tV\tPERSON\n");
	write_file(sub, "c.jsonl", "{\"subject\":\"S\",\"predicate\":\"meet\",\"object\":\"W\"}\n");
	write_file(dir, "z.jsonl", "{\"subject\":\"S\",\"predicate\":\"meet\",\"object\":\"X\"}\n");

	collected_init(&c, &opts, 0);
	assert_int_equal(kg_extract_triples_run(dir, &opts, on_facts), 0);
	assert_int_equal(c.n_errors, 0);
	assert_int_equal(c.docs.n, 4);
	assert_string_equal(c.docs.v[0], "a.tsv");
	assert_string_equal(c.docs.v[1], "b.tsv");
	assert_string_equal(c.docs.v[2], "c.jsonl");
	assert_string_equal(c.docs.v[3], "z.jsonl");
	assert_null(kg_facts_find(c.facts, "V"));
	collected_clear(&c);

	collected_init(&c, &opts, 0);
	snprintf(sub, sizeof(sub), "%s/missing.tsv", dir);
	assert_int_equal(kg_extract_triples_run(sub, &opts, on_facts), KG_EIO);
	assert_int_equal(c.n_errors, 1);
	assert_string_equal(c.errors[0].source, sub);
	collected_clear(&c);

	snprintf(sub, sizeof(sub), "rm -rf '%s'", dir);
	assert_int_equal(system(sub), 0);
}

static void test_extract__auto_takes_tsv_and_subject_json_lines_as_triples(void **state)
{
	char dir[] = "/tmp/kg-test-auto-XXXXXX";
	char path[600];

	(void)state;
	assert_non_null(mkdtemp(dir));
	write_file(dir, "t.tsv", "");
	write_file(dir, "t.jsonl", "\n{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\"}\n");
	write_file(dir, "n.jsonl", "{\"id\":\"1\",\"text\":\"Ada met Bo.\"}\n");
	write_file(dir, "n.txt", "{\"subject\":\"A\"}\n");
	snprintf(path, sizeof(path), "%s/t.tsv", dir);
	assert_true(kg_extract_is_triples_file(path));
	snprintf(path, sizeof(path), "%s/t.jsonl", dir);
	assert_true(kg_extract_is_triples_file(path));
	snprintf(path, sizeof(path), "%s/n.jsonl", dir);
	assert_false(kg_extract_is_triples_file(path));
	snprintf(path, sizeof(path), "%s/n.txt", dir);
	assert_false(kg_extract_is_triples_file(path));
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

static void test_extract__auto_skips_graphs_and_images_in_a_directory(void **state)
{
	char dir[] = "/tmp/kg-test-skip-XXXXXX";
	char path[600];
	collected c;
	kg_extract_opts opts;

	(void)state;
	assert_non_null(mkdtemp(dir));
	write_file(dir, "graph.svg", "<svg/>");
	write_file(dir, "graph.json", "{\"directed\":true,\n\"nodes\":[]}\n");
	write_file(dir, "photo.png", "\x89PNG");
	write_file(dir, "t.tsv", "S\tPERSON\tmeet\tT\tPERSON\n");
	collected_init(&c, &opts, 0);
	assert_int_equal(kg_extract_auto_run(dir, &opts, on_facts), 0);
	assert_int_equal(c.n_errors, 0);
	assert_int_equal(c.n_warnings, 3);
	assert_int_equal(opts.n_docs, 1);
	assert_non_null(find_triple(c.facts, "S", "meet", "T"));
	collected_clear(&c);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

/* What Jansson's json_dumpf wrote for a triple before kg wrote the line by hand: the reference. */
static char *jansson_line(const kg_triple *t, const char *const *aliases, size_t n_aliases)
{
	json_t *o = json_object(), *attrs = json_object(), *ev = json_object(), *a = json_array();
	double conf = floor(t->confidence * 10000.0 + 0.5) / 10000.0;
	char *line;

	if (t->attrs.title)
		json_object_set_new(attrs, "title", json_string(t->attrs.title));
	if (t->attrs.location)
		json_object_set_new(attrs, "location", json_string(t->attrs.location));
	if (t->evidence.doc)
		json_object_set_new(ev, "doc", json_string(t->evidence.doc));
	if (t->evidence.text)
		json_object_set_new(ev, "text", json_string(t->evidence.text));
	json_object_set_new(ev, "sentence", json_integer(t->evidence.sentence));
	json_object_set_new(ev, "start", json_integer((json_int_t)t->evidence.start));
	json_object_set_new(ev, "end", json_integer((json_int_t)t->evidence.end));
	json_object_set_new(o, "subject", json_string(t->subject));
	json_object_set_new(o, "subject_type", json_string(kg_etype_name(t->subject_type)));
	json_object_set_new(o, "predicate", json_string(t->predicate));
	json_object_set_new(o, "object", json_string(t->object));
	json_object_set_new(o, "object_type", json_string(kg_etype_name(t->object_type)));
	json_object_set_new(o, "attrs", attrs);
	json_object_set_new(o, "evidence", ev);
	json_object_set_new(o, "confidence", json_real(conf));
	json_object_set_new(o, "extractor", json_string(t->extractor));
	for (size_t i = 0; i < n_aliases; i++)
		json_array_append_new(a, json_string(aliases[i]));
	json_object_set_new(o, "subject_aliases", a);
	json_object_set_new(o, "object_aliases", json_array());
	line = json_dumps(o, JSON_SORT_KEYS | JSON_COMPACT | JSON_REAL_PRECISION(6));
	json_decref(o);
	return line;
}

static void test_triples__json_line_is_byte_for_byte_what_jansson_writes(void **state)
{
	static const char *const names[] = {
		"Ada \"Q\" \\ Quill", "ctl \x01\x1f\x7f tab\t nl\n cr\r bs\b ff\f", "\xc3\x9cn\xc3\xaf" "c\xc3\xb8" "d\xc3\xa9 \xe2\x80\x9c" "x\xe2\x80\x9d",
		"</text><script>&amp;", "a/b",
	};
	static const double confs[] = { 0.0, 1.0, 0.5, 0.0001, 0.33333, 0.99996, 0.00004, 0.123456 };
	static const char *const aliases[] = { "Ada", "Quill", "\303\234ber" };

	(void)state;
	for (size_t i = 0; i < sizeof(confs) / sizeof(confs[0]); i++) {
		kg_facts *f = NULL;
		kg_triple t = { 0 };
		char *buf = NULL, *want;
		size_t len = 0;
		FILE *fp;

		assert_int_equal(kg_facts_new(&f), 0);
		t.subject = (char *)names[i % 5];
		t.subject_type = KG_TYPE_PERSON;
		t.predicate = "meet";
		t.object = (char *)names[(i + 1) % 5];
		t.object_type = (kg_etype)(i % KG_TYPE__COUNT);
		t.attrs.title = i % 2 ? (char *)names[(i + 2) % 5] : NULL;
		t.attrs.location = i % 3 ? "Paris" : NULL;
		t.evidence.doc = i % 4 ? (char *)names[(i + 3) % 5] : NULL;
		t.evidence.text = (char *)names[(i + 4) % 5];
		t.evidence.sentence = (long)i - 1;
		t.evidence.start = i * 1000003;
		t.evidence.end = i * 1000033;
		t.confidence = confs[i];
		t.extractor = "news";
		assert_int_equal(kg_facts_add_triple(f, &t), 0);
		for (size_t k = 0; k < 3; k++)
			assert_int_equal(kg_facts_add_entity(f, t.subject, KG_TYPE_PERSON, aliases[2 - k], 0, NULL), 0);
		assert_non_null(fp = open_memstream(&buf, &len));
		assert_int_equal(kg_triple_write_json(&f->triples[0], f, fp), 0);
		fclose(fp);
		assert_non_null(want = jansson_line(&t, aliases, 3));
		assert_true(len > 0 && buf[len - 1] == '\n');
		buf[len - 1] = '\0';
		assert_string_equal(buf, want);
		free(want);
		free(buf);
		kg_facts_free(f);
	}
}

static void test_extract__lookup_finds_every_extractor_by_name(void **state)
{
	(void)state;
	assert_ptr_equal(kg_extractor_lookup("auto")->run, kg_extract_auto_run);
	assert_ptr_equal(kg_extractor_lookup("news")->run, kg_extract_news_run);
	assert_ptr_equal(kg_extractor_lookup("triples")->run, kg_extract_triples_run);
	assert_null(kg_extractor_lookup("Triples"));
	assert_null(kg_extractor_lookup(NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extract_triples__parses_a_jsonl_record_with_types_attrs_and_aliases),
		cmocka_unit_test(test_extract_triples__defaults_extractor_confidence_doc_and_sentence),
		cmocka_unit_test(test_extract_triples__reports_a_malformed_line_with_line_and_column_and_keeps_the_rest),
		cmocka_unit_test(test_extract_triples__strict_mode_stops_at_the_first_problem),
		cmocka_unit_test(test_extract_triples__rejects_missing_fields_and_wrong_json_types),
		cmocka_unit_test(test_extract_triples__survives_deeply_nested_json),
		cmocka_unit_test(test_extract_triples__reads_tsv_with_a_header_naming_columns),
		cmocka_unit_test(test_extract_triples__reads_tsv_fixed_columns_and_reports_short_rows),
		cmocka_unit_test(test_extract_triples__refuses_invalid_utf8_unless_asked_to_replace_it),
		cmocka_unit_test(test_extract_triples__empty_input_gives_no_facts_and_no_error),
		cmocka_unit_test(test_extract_triples__hands_big_inputs_over_in_batches),
		cmocka_unit_test(test_extract_triples__write_json_round_trips_through_parse_json),
		cmocka_unit_test(test_extract__walks_directories_sorted_skipping_hidden_files),
		cmocka_unit_test(test_extract__auto_takes_tsv_and_subject_json_lines_as_triples),
		cmocka_unit_test(test_extract__auto_skips_graphs_and_images_in_a_directory),
		cmocka_unit_test(test_extract__lookup_finds_every_extractor_by_name),
		cmocka_unit_test(test_triples__json_line_is_byte_for_byte_what_jansson_writes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
