/* test_ner.c: entity recognition, coreference and relation extraction on short news texts, including
 * names no lexicon knows, negation, coordination and planned events. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ner/ner.h"

/* The lexicons and the one thread's caches every test extracts with (opened by the group setup). */
static kg_news_env env;

static int open_env(void **state)
{
	kg_lex *lex = NULL;
	kg_error err;

	(void)state;
	if (kg_lex_open(&lex, NULL, &err) < 0 || kg_ner_cache_new(&env.cache) < 0) {
		kg_lex_free(lex);
		return -1;
	}
	env.lex = lex;
	return 0;
}

static int close_env(void **state)
{
	(void)state;
	kg_lex_free((kg_lex *)env.lex);
	kg_ner_cache_free(env.cache);
	memset(&env, 0, sizeof(env));
	return 0;
}

/* The facts of text as one document, extracted with the caches given (NULL: none). */
static kg_facts *extract_with(const char *text, kg_ner_cache *cache)
{
	kg_doc *doc = NULL;
	kg_facts *f = NULL;
	kg_error err;
	kg_read_opts ro = { 0, 0, NULL };
	kg_news_env e = env;

	e.cache = cache;
	assert_int_equal(kg_doc_new(&doc, "t.txt", "t.txt", text, strlen(text), &ro, &err), 0);
	assert_int_equal(kg_facts_new(&f), 0);
	assert_int_equal(kg_news_extract(f, doc, &e, &err), 0);
	kg_doc_free(doc);
	return f;
}

static kg_facts *extract(const char *text)
{
	return extract_with(text, env.cache);
}

/* 1 when f has s -pred-> o (either way for symmetric predicates), with the title when given. */
static int has(const kg_facts *f, const char *s, const char *pred, const char *o, const char *title,
	       const char *modality)
{
	const kg_relation_info *ri = kg_relation_lookup(pred);

	for (size_t i = 0; i < f->n_triples; i++) {
		const kg_triple *t = &f->triples[i];
		int fwd = strcmp(t->subject, s) == 0 && strcmp(t->object, o) == 0;
		int back = ri && ri->symmetric && strcmp(t->subject, o) == 0 && strcmp(t->object, s) == 0;
		if (strcmp(t->predicate, pred) != 0 || !(fwd || back))
			continue;
		if (title && (!t->attrs.title || strcasecmp(t->attrs.title, title) != 0))
			continue;
		if (modality && (!t->attrs.modality || strcmp(t->attrs.modality, modality) != 0))
			continue;
		if (!modality && t->attrs.modality)
			continue;
		return 1;
	}
	return 0;
}

static size_t count_pred(const kg_facts *f, const char *pred)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n_triples; i++)
		n += strcmp(f->triples[i].predicate, pred) == 0;
	return n;
}

static kg_etype type_of(const kg_facts *f, const char *name)
{
	const kg_entity *e = kg_facts_find(f, name);
	return e ? e->type : KG_TYPE_UNKNOWN;
}

static void dump(const kg_facts *f)
{
	for (size_t i = 0; i < f->n_triples; i++)
		fprintf(stderr, "  %s -%s-> %s [%s]\n", f->triples[i].subject, f->triples[i].predicate,
			f->triples[i].object, f->triples[i].attrs.title ? f->triples[i].attrs.title : "");
}

static void test_ner__finds_unknown_people_from_titles_and_speech(void **state)
{
	kg_facts *f = extract("Finance Minister Zbigniew Kowalczyk-Wrona met with Taoiseach aide Ciaran Ohlendorf.\n"
			      "Kowalczyk-Wrona said the talks went well.\n");
	(void)state;
	assert_int_equal(type_of(f, "Zbigniew Kowalczyk-Wrona"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Ciaran Ohlendorf"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Kowalczyk-Wrona")); /* the surname joined the full name */
	kg_facts_free(f);
}

static void test_ner__meet_with_prenominal_titles(void **state)
{
	kg_facts *f = extract("Ukrainian Foreign Minister Andrii Sybiha met with U.S. Secretary of State Antony Blinken "
			      "and said that he was optimistic.\n");
	(void)state;
	if (!has(f, "Andrii Sybiha", "meet", "Antony Blinken", NULL, NULL))
		dump(f);
	assert_true(has(f, "Andrii Sybiha", "meet", "Antony Blinken", NULL, NULL));
	assert_true(has(f, "Andrii Sybiha", "holds_position", "Ukraine", "Foreign Minister", NULL));
	assert_true(has(f, "Antony Blinken", "holds_position", "United States", "Secretary of State", NULL));
	kg_facts_free(f);
}

static void test_ner__coordinated_subjects_meet_each_other(void **state)
{
	kg_facts *f = extract("Chancellor Ottilie Brandvold hosted a dinner.\n"
			      "Later, Brandvold and Senator Rafe Okonjo met in Oslo.\n");
	(void)state;
	assert_true(has(f, "Ottilie Brandvold", "meet", "Rafe Okonjo", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__negation_gives_no_edge(void **state)
{
	kg_facts *f = extract("President Halvard Njie did not meet Prime Minister Sunniva Ekdahl in Geneva.\n"
			      "Njie would not attend the NATO summit.\n");
	(void)state;
	assert_int_equal(count_pred(f, "meet"), 0);
	assert_int_equal(count_pred(f, "attends"), 0);
	kg_facts_free(f);
}

static void test_ner__future_gives_a_planned_edge(void **state)
{
	kg_facts *f = extract("Defense Minister Tamsin Ravenhall will meet Gen. Oduya Mbeki in Nairobi.\n"
			      "Ravenhall will be in Brussels from November 27 to 29.\n");
	(void)state;
	if (!has(f, "Tamsin Ravenhall", "meet", "Oduya Mbeki", NULL, "planned"))
		dump(f);
	assert_true(has(f, "Tamsin Ravenhall", "meet", "Oduya Mbeki", NULL, "planned"));
	assert_true(has(f, "Tamsin Ravenhall", "visits", "Brussels", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__coordination_gives_every_pair(void **state)
{
	kg_facts *f = extract("Secretary of State Marco Rubio and National Security Adviser Mike Waltz held talks "
			      "with Russia.\nBoth Rubio and Waltz participated in direct talks with Iran.\n");
	(void)state;
	assert_true(has(f, "Marco Rubio", "meet", "Russia", NULL, NULL));
	assert_true(has(f, "Mike Waltz", "meet", "Russia", NULL, NULL));
	assert_true(has(f, "Marco Rubio", "meet", "Iran", NULL, NULL));
	assert_true(has(f, "Mike Waltz", "meet", "Iran", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_companys_office_is_not_shared_with_a_minister_coordinated_after_it(void **state)
{
	kg_facts *f = extract("Vantor Group CEO Lena Brisk and Mines and Energy Minister Paulo Tavin visited the "
			      "plant.\nUS Secretary of State Ann Colby and National Security Adviser Tom Reeve met "
			      "the delegation.\n");
	(void)state;
	assert_true(has(f, "Lena Brisk", "holds_position", "Vantor Group", "CEO", NULL));
	assert_false(has(f, "Paulo Tavin", "holds_position", "Vantor Group", "Mines and Energy Minister", NULL));
	/* one country's offices share it */
	assert_true(has(f, "Tom Reeve", "holds_position", "United States", "National Security Adviser", NULL));
	kg_facts_free(f);
}

static void test_ner__a_bare_initial_before_a_name_is_part_of_the_name(void **state)
{
	kg_facts *f = extract("External Affairs Minister S Jaishankar met Ali Tolen in Oslo.\n"
			      "A Kenyan official met Jon Halvik.\n");
	(void)state;
	assert_true(has(f, "S Jaishankar", "meet", "Ali Tolen", NULL, NULL));
	assert_non_null(kg_facts_find(f, "Jon Halvik"));
	assert_null(kg_facts_find(f, "A Kenyan"));
	kg_facts_free(f);
}

static void test_ner__a_meeting_on_a_topic_which_was_attended_by_others_is_one_meeting(void **state)
{
	kg_facts *f = extract("Home Minister Omar Vessad chaired a high-level meeting on border security, which was "
			      "attended by Jon Halvik and the chiefs of the three services.\n");
	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_counterparts_foreign_country_leaves_the_datelines_offices_alone(void **state)
{
	kg_facts *f = extract("NEW DELHI, Jan 20 (PTI) - Foreign Minister Jon Halvik held talks with his Iranian "
			      "counterpart Ali Tolen.\nPrime Minister Omar Vessad also spoke.\n");
	kg_facts *g = extract("KYIV, Jan 20 (Reuters) - Foreign Minister Jon Halvik held talks with his Ukrainian "
			      "counterpart Ali Tolen.\nPrime Minister Omar Vessad also spoke.\n");
	(void)state;
	assert_true(has(f, "Ali Tolen", "holds_position", "Iran", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "holds_position", "India", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "India", NULL, NULL));
	/* a counterpart of the dateline's country: the one who met him is the foreigner */
	assert_true(has(g, "Ali Tolen", "holds_position", "Ukraine", NULL, NULL));
	assert_false(has(g, "Jon Halvik", "holds_position", "Ukraine", NULL, NULL));
	assert_false(has(g, "Omar Vessad", "holds_position", "Ukraine", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__the_president_before_another_president_is_the_earlier_one(void **state)
{
	kg_facts *f = extract("Norlandic President Ana Veld arrived in Port Elvar on Tuesday.\n"
			      "The president met Bank President Jon Halvik on Wednesday.\n");
	(void)state;
	assert_true(has(f, "Ana Veld", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__his_highness_alone_before_a_verb_is_the_one_so_styled(void **state)
{
	kg_facts *f = extract("ABU DHABI (WAM) - President His Highness Sheikh Tamir bin Osman received a phone call "
			      "from Russian President Ali Tolen on Thursday.\n"
			      "His Highness also received the Prime Minister of Norland, Jon Halvik, at the palace.\n");
	(void)state;
	assert_true(has(f, "Tamir bin Osman", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_unknown_name_one_flies_to_is_a_place(void **state)
{
	kg_facts *f = extract("Later, Ana Veld flew to Vorkassa, where she opened a new port.\n");
	const kg_entity *e;
	(void)state;
	assert_non_null(e = kg_facts_find(f, "Vorkassa"));
	assert_int_equal(e->type, KG_TYPE_PLACE);
	assert_true(has(f, "Ana Veld", "visits", "Vorkassa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__sheikh_before_one_name_word_after_a_title_is_the_name(void **state)
{
	kg_facts *f = extract("Norland Prime Minister Sheikh Fatima met Ali Tolen in Port Elvar.\n");
	(void)state;
	assert_true(has(f, "Sheikh Fatima", "holds_position", "Norland", "Prime Minister", NULL));
	assert_true(has(f, "Sheikh Fatima", "meet", "Ali Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_dateline_set_off_by_a_dash_gives_the_country_too(void **state)
{
	kg_facts *f = extract("NAIROBI - President Jon Halvik met Ali Tolen of the Vantor Group on Monday.\n");
	kg_facts *g = extract("LAGOS \xe2\x80\x94 President Omar Vessad opened the port on Monday.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Kenya", "President", NULL));
	assert_true(has(g, "Omar Vessad", "holds_position", "Nigeria", "President", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_two_word_demonym_opening_an_organisations_name_stays_in_it(void **state)
{
	kg_facts *f = extract("Jon Halvik met a delegation from the Saudi Arabian Football Federation, headed by its "
			      "president Ali Tolen.\nSaudi Arabian Foreign Minister Omar Vessad spoke.\n");
	(void)state;
	assert_non_null(kg_facts_find(f, "Saudi Arabian Football Federation"));
	assert_null(kg_facts_find(f, "Football Federation"));
	assert_true(has(f, "Omar Vessad", "holds_position", "Saudi Arabia", "Foreign Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__appositive_title_and_relative_clause(void **state)
{
	kg_facts *f = extract("Ukrainian President Volodymyr Zelensky spoke on Monday.\n"
			      "Andriy Yermak, Zelensky's chief of staff, who is leading the Ukrainian delegation in "
			      "Jeddah, said talks went well.\n"
			      "Dmitry Peskov, Kremlin spokesman, declined to comment.\n");
	(void)state;
	if (!has(f, "Andriy Yermak", "holds_position", "Volodymyr Zelensky", "chief of staff", NULL))
		dump(f);
	assert_true(has(f, "Andriy Yermak", "holds_position", "Volodymyr Zelensky", "chief of staff", NULL));
	assert_true(has(f, "Andriy Yermak", "leads", "Ukrainian delegation", NULL, NULL));
	assert_true(has(f, "Dmitry Peskov", "holds_position", "Kremlin", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__title_descriptor_refers_to_its_holder(void **state)
{
	kg_facts *f = extract("Ukrainian Foreign Minister Andrii Sybiha arrived in Brussels.\n"
			      "Sybiha and Blinken met there, and the Ukrainian foreign minister also met with British "
			      "Foreign Secretary David Lammy.\n");
	(void)state;
	assert_true(has(f, "Andrii Sybiha", "meet", "David Lammy", NULL, NULL));
	assert_false(has(f, "Blinken", "meet", "David Lammy", NULL, NULL));
	assert_true(has(f, "David Lammy", "holds_position", "United Kingdom", "Foreign Secretary", NULL));
	kg_facts_free(f);
}

static void test_ner__speak_with_and_phone_call(void **state)
{
	kg_facts *f = extract("Prime Minister Keir Starmer spoke with President Emmanuel Macron on Sunday.\n"
			      "Chancellor Olaf Scholz held a phone call with Starmer.\n");
	(void)state;
	assert_true(has(f, "Keir Starmer", "speak_with", "Emmanuel Macron", NULL, NULL));
	assert_true(has(f, "Olaf Scholz", "speak_with", "Keir Starmer", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__passive_led_by(void **state)
{
	kg_facts *f = extract("The Ukrainian delegation will be led by Defense Minister Rustem Umerov.\n");
	(void)state;
	assert_true(has(f, "Rustem Umerov", "leads", "Ukrainian delegation", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__sentence_initial_common_words_are_not_names(void **state)
{
	kg_facts *f = extract("Officials said the plan failed.\nSecurity guarantees remain vital.\n"
			      "Meanwhile, Newsweek reported the story.\n");
	(void)state;
	assert_null(kg_facts_find(f, "Officials"));
	assert_null(kg_facts_find(f, "Security"));
	assert_null(kg_facts_find(f, "Meanwhile"));
	assert_int_equal(type_of(f, "Newsweek"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__places_and_organisations(void **state)
{
	kg_facts *f = extract("Talks held in Abu Dhabi involved the U.S. Department of State and the European "
			      "Commission.\nDelegates from Saudi Arabia came too.\n");
	(void)state;
	assert_int_equal(type_of(f, "Abu Dhabi"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Saudi Arabia"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "European Commission"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "U.S. Department of State"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__pronoun_refers_to_previous_subject(void **state)
{
	kg_facts *f = extract("Secretary General Mark Rutte arrived on Tuesday.\n"
			      "He met with Foreign Minister Radoslaw Sikorski at the summit.\n");
	(void)state;
	assert_true(has(f, "Mark Rutte", "meet", "Radoslaw Sikorski", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__every_triple_has_evidence(void **state)
{
	kg_facts *f = extract("Headline without stop\nPresident Lula da Silva met with President Gustavo Petro in "
			      "Bogota.\n");
	(void)state;
	assert_true(f->n_triples > 0);
	for (size_t i = 0; i < f->n_triples; i++) {
		const kg_triple *t = &f->triples[i];
		assert_non_null(t->evidence.text);
		assert_string_equal(t->evidence.doc, "t.txt");
		assert_true(t->evidence.end > t->evidence.start);
		assert_non_null(t->extractor);
	}
	kg_facts_free(f);
}

static void test_ner__conll_tags_in_iob2(void **state)
{
	const char *in = "-DOCSTART- -X- O O\n\nAntony NNP B-PER\nBlinken NNP I-PER\nvisited VBD O\n"
			 "Brussels NNP B-LOC\n. . O\n\n";
	char out[1024];
	FILE *fi = fmemopen((void *)in, strlen(in), "r");
	FILE *fo = fmemopen(out, sizeof(out), "w");
	kg_error err;
	(void)state;
	assert_int_equal(kg_ner_conll(fi, fo, "t.conll", env.lex, &err), 0);
	fclose(fo);
	fclose(fi);
	assert_non_null(strstr(out, "Antony NNP B-PER B-PER\n"));
	assert_non_null(strstr(out, "Blinken NNP I-PER I-PER\n"));
	assert_non_null(strstr(out, "Brussels NNP B-LOC B-LOC\n"));
	assert_non_null(strstr(out, "visited VBD O O\n"));
}

static void test_ner__bracketed_acronym_is_the_same_organisation(void **state)
{
	kg_facts *f = extract("Helena Okonjo-Burke, who heads the Civil Aviation Authority (CAA), spoke.\n"
			      "The CAA said it would look at the merger.\n");
	(void)state;
	assert_null(kg_facts_find(f, "CAA"));
	assert_int_equal(type_of(f, "Civil Aviation Authority"), KG_TYPE_ORG);
	assert_true(has(f, "Helena Okonjo-Burke", "leads", "Civil Aviation Authority", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__title_before_an_apposed_name(void **state)
{
	kg_facts *f = extract("Prime Minister Abiy Ahmed received the chairperson of the African Union Commission, "
			      "Mahmoud Ali Youssouf, in Addis Ababa.\n");
	(void)state;
	assert_true(has(f, "Mahmoud Ali Youssouf", "holds_position", "African Union Commission", NULL, NULL));
	assert_true(has(f, "Abiy Ahmed", "meet", "Mahmoud Ali Youssouf", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__hosting_an_event_is_not_a_meeting(void **state)
{
	kg_facts *f = extract("President Lula da Silva hosted the COP30 climate conference in Belem.\n");
	(void)state;
	assert_int_equal(count_pred(f, "meet"), 0);
	kg_facts_free(f);
}

static void test_ner__passive_reception_is_a_meeting(void **state)
{
	kg_facts *f = extract("Foreign Minister Badr Abdelatty was also received by Qatar's ruler, Emir Sheikh Tamim bin "
			      "Hamad Al Thani.\n");
	(void)state;
	if (!has(f, "Badr Abdelatty", "meet", "Tamim bin Hamad Al Thani", NULL, NULL))
		dump(f);
	assert_true(has(f, "Badr Abdelatty", "meet", "Tamim bin Hamad Al Thani", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__coordinated_titles_both_held(void **state)
{
	kg_facts *f = extract("Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar had a phone call with "
			      "Saudi Foreign Minister Prince Faisal bin Farhan.\n");
	(void)state;
	assert_true(has(f, "Ishaq Dar", "holds_position", "Pakistan", "Foreign Minister", NULL));
	assert_true(has(f, "Ishaq Dar", "holds_position", "Pakistan", "Deputy Prime Minister", NULL));
	assert_true(has(f, "Faisal bin Farhan", "holds_position", "Saudi Arabia", "Foreign Minister", NULL));
	assert_true(has(f, "Ishaq Dar", "speak_with", "Faisal bin Farhan", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__short_forms_join_the_full_name(void **state)
{
	kg_facts *f = extract("Egyptian President Abdel Fattah al-Sisi met Luiz Inacio Lula da Silva in Cairo.\n"
			      "Sisi said Lula had agreed.\n");
	(void)state;
	assert_null(kg_facts_find(f, "Sisi"));
	assert_null(kg_facts_find(f, "Lula"));
	kg_facts_free(f);
}

static void test_ner__a_surname_that_is_also_a_small_town_stays_a_person(void **state)
{
	kg_facts *f = extract("Secretary of State Marco Rubio spoke.\nLater Lammy had spoken by phone with Rubio.\n");
	(void)state;
	assert_int_equal(type_of(f, "Marco Rubio"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Rubio"));
	kg_facts_free(f);
}

static void test_ner__deputy_title_is_not_the_office_itself(void **state)
{
	kg_facts *f = extract("Prime Minister Narendra Modi spoke on Monday.\n"
			      "Deputy Prime Minister Ishaq Dar of Pakistan met Ambassador Jiang Zaidong.\n");
	(void)state;
	assert_false(has(f, "Narendra Modi", "meet", "Jiang Zaidong", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__attending_the_summit_means_the_summit_last_named(void **state)
{
	kg_facts *f = extract("Leaders gathered for the CELAC summit in Santa Marta on Sunday.\n"
			      "Spanish Prime Minister Pedro Sanchez is expected to attend the summit.\n"
			      "Premier Li Qiang will attend an emergency Arab League summit in Cairo.\n");
	(void)state;
	if (!has(f, "Pedro Sanchez", "attends", "CELAC", NULL, "planned"))
		dump(f);
	assert_true(has(f, "Pedro Sanchez", "attends", "CELAC", NULL, "planned"));
	assert_true(has(f, "Li Qiang", "attends", "Arab League", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__every_member_of_a_multi_party_meeting_meets_the_others(void **state)
{
	kg_facts *f = extract("Senate Speaker Torvald Almqvist and Finance Minister Brannagh Oduya met with President "
			      "Quillon Marsh at the palace on Monday together with Opposition Leader Ezeoke Parry.\n");
	(void)state;
	if (!has(f, "Torvald Almqvist", "meet", "Ezeoke Parry", NULL, NULL))
		dump(f);
	assert_true(has(f, "Torvald Almqvist", "meet", "Brannagh Oduya", NULL, NULL));
	assert_true(has(f, "Torvald Almqvist", "meet", "Quillon Marsh", NULL, NULL));
	assert_true(has(f, "Brannagh Oduya", "meet", "Quillon Marsh", NULL, NULL));
	assert_true(has(f, "Torvald Almqvist", "meet", "Ezeoke Parry", NULL, NULL));
	assert_true(has(f, "Quillon Marsh", "meet", "Ezeoke Parry", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_met_on_the_same_side_do_not_meet_each_other(void **state)
{
	kg_facts *f = extract("The delegation is meeting with Minister Tavish Okonjo and Ambassador Ravelle Stroud.\n");
	(void)state;
	assert_false(has(f, "Tavish Okonjo", "meet", "Ravelle Stroud", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__host_and_guest_forms_are_meetings(void **state)
{
	kg_facts *f = extract("Governor Maelis Trundle welcomed Secretary Oskarine Vell to the state capital.\n"
			      "Minister Dervla Quist was welcomed by Prime Minister Hadrian Bexley.\n"
			      "The singer Anouk Terrazas on Sunday paid a courtesy call on President Ilse Marrow.\n"
			      "Commissioner Ferro Lindqvist also made a courtesy visit to Chancellor Wendel Asch.\n");
	(void)state;
	if (!has(f, "Anouk Terrazas", "meet", "Ilse Marrow", NULL, NULL))
		dump(f);
	assert_true(has(f, "Maelis Trundle", "meet", "Oskarine Vell", NULL, NULL));
	assert_true(has(f, "Dervla Quist", "meet", "Hadrian Bexley", NULL, NULL));
	assert_true(has(f, "Anouk Terrazas", "meet", "Ilse Marrow", NULL, NULL));
	assert_true(has(f, "Ferro Lindqvist", "meet", "Wendel Asch", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_two_are_the_last_two_people_named(void **state)
{
	kg_facts *f = extract("President Corvin Maddox named Ilario Brandt as the new envoy.\n"
			      "Following a meeting between the two at the palace, the presidency issued a statement.\n");
	(void)state;
	if (!has(f, "Corvin Maddox", "meet", "Ilario Brandt", NULL, NULL))
		dump(f);
	assert_true(has(f, "Corvin Maddox", "meet", "Ilario Brandt", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__people_who_join_a_meeting_meet_its_participants(void **state)
{
	kg_facts *f = extract("Prime Minister Solveig Arntzen met Governor Pavlo Demchuk in the capital.\n"
			      "Governor Demchuk was joined by Transport Secretary Imre Halasz.\n"
			      "Senator Quentin Abara was present, among others.\n");
	(void)state;
	if (!has(f, "Imre Halasz", "meet", "Solveig Arntzen", NULL, NULL))
		dump(f);
	assert_true(has(f, "Imre Halasz", "meet", "Pavlo Demchuk", NULL, NULL));
	assert_true(has(f, "Imre Halasz", "meet", "Solveig Arntzen", NULL, NULL));
	assert_true(has(f, "Quentin Abara", "meet", "Solveig Arntzen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_head_title_of_an_organisation_leads_it(void **state)
{
	kg_facts *f = extract("Veltracon CEO Osric Pembleton met with Vice Premier Lu Hanqing.\n"
			      "Ardis Kolbe, chairman of the Norvale Shipping Corporation, also attended.\n"
			      "Vice President of the Norvale Shipping Corporation Tamsin Orr said nothing.\n");
	(void)state;
	if (!has(f, "Ardis Kolbe", "leads", "Norvale Shipping Corporation", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ardis Kolbe", "leads", "Norvale Shipping Corporation", NULL, NULL));
	assert_false(has(f, "Tamsin Orr", "leads", "Norvale Shipping Corporation", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_description_before_a_comma_names_the_person_met(void **state)
{
	kg_facts *f = extract("Minister Halvard Quince held talks with the spokesman for the Mondrel Liberation Front, "
			      "Yusef Abdallahi, on Tuesday.\n");
	(void)state;
	if (!has(f, "Halvard Quince", "meet", "Yusef Abdallahi", NULL, NULL))
		dump(f);
	assert_true(has(f, "Halvard Quince", "meet", "Yusef Abdallahi", NULL, NULL));
	kg_facts_free(f);
}

/* The event of f that has the participant named, or NULL. */
static const kg_event *event_with(const kg_facts *f, const char *name)
{
	for (size_t i = 0; i < f->n_events; i++)
		for (size_t k = 0; k < f->events[i].n_participants; k++)
			if (strcmp(f->events[i].participants[k].name, name) == 0)
				return &f->events[i];
	return NULL;
}

/* The role of the participant named in ev (KG_ROLE__COUNT when absent). */
static kg_role role_in(const kg_event *ev, const char *name)
{
	for (size_t k = 0; ev && k < ev->n_participants; k++)
		if (strcmp(ev->participants[k].name, name) == 0)
			return ev->participants[k].role;
	return KG_ROLE__COUNT;
}

static void test_ner__a_five_party_meeting_is_one_event_with_every_pair_from_it(void **state)
{
	kg_facts *f = extract("Minister Aurelio Fenwick, Senator Brisa Okoro, Governor Caspian Dunmore, Mayor Delphine "
			      "Arkwright and Ambassador Emeric Tollan met in the capital on Monday.\n");
	const kg_event *ev;
	size_t derived = 0;
	(void)state;
	ev = event_with(f, "Aurelio Fenwick");
	if (!ev || ev->n_participants != 5)
		dump(f);
	assert_non_null(ev);
	assert_int_equal(f->n_events, 1);
	assert_int_equal(ev->type, KG_EVENT_MEETING);
	assert_int_equal(ev->n_participants, 5);
	for (size_t i = 0; i < f->n_triples; i++)
		if (strcmp(f->triples[i].predicate, "meet") == 0) {
			assert_non_null(f->triples[i].attrs.event);
			assert_string_equal(f->triples[i].attrs.event, ev->id);
			derived++;
		}
	assert_int_equal(derived, 10);
	assert_true(has(f, "Aurelio Fenwick", "meet", "Emeric Tollan", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__hosts_and_guests_get_their_roles(void **state)
{
	kg_facts *f = extract("President Ottilie Varga hosted Chancellor Benedikt Strand at the palace.\n"
			      "Minister Jorund Pell was received by King Aldric Menteith.\n"
			      "Envoy Sabine Kerrow paid a courtesy call on Premier Ivo Lanthorn.\n");
	const kg_event *ev;
	(void)state;
	ev = event_with(f, "Ottilie Varga");
	if (!ev)
		dump(f);
	assert_non_null(ev);
	assert_int_equal(role_in(ev, "Ottilie Varga"), KG_ROLE_HOST);
	assert_int_equal(role_in(ev, "Benedikt Strand"), KG_ROLE_GUEST);
	ev = event_with(f, "Jorund Pell");
	assert_non_null(ev);
	assert_int_equal(role_in(ev, "Aldric Menteith"), KG_ROLE_HOST);
	assert_int_equal(role_in(ev, "Jorund Pell"), KG_ROLE_GUEST);
	ev = event_with(f, "Sabine Kerrow");
	assert_non_null(ev);
	assert_int_equal(role_in(ev, "Sabine Kerrow"), KG_ROLE_GUEST);
	assert_int_equal(role_in(ev, "Ivo Lanthorn"), KG_ROLE_HOST);
	kg_facts_free(f);
}

static void test_ner__a_phone_call_is_a_call_event(void **state)
{
	kg_facts *f = extract("Prime Minister Halvor Brekke spoke with President Maren Castellan on Tuesday.\n");
	const kg_event *ev;
	(void)state;
	ev = event_with(f, "Halvor Brekke");
	if (!ev)
		dump(f);
	assert_non_null(ev);
	assert_int_equal(ev->type, KG_EVENT_CALL);
	assert_true(has(f, "Halvor Brekke", "speak_with", "Maren Castellan", NULL, NULL));
	assert_false(has(f, "Halvor Brekke", "meet", "Maren Castellan", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_call_or_meeting_praised_in_quotes_is_still_one(void **state)
{
	kg_facts *f = extract("President Nora Castel said Wednesday she had a \"very good\" phone call with President "
			      "Tomas Lindqvist.\n"
			      "Minister Ivo Stask held a very productive meeting with Governor Mara Quent.\n");

	(void)state;
	assert_true(has(f, "Nora Castel", "speak_with", "Tomas Lindqvist", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Mara Quent", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_fronted_phrase_after_a_meeting_or_call_has_the_subject_after_its_comma(void **state)
{
	kg_facts *f = extract("Speaking after his meeting with Prime Minister Omar Vessad, Premier Rui Tolen said trade "
			      "would grow.\n\n"
			      "After talks with President Ana Lind, Prime Minister Ivo Stask said trade would grow.\n\n"
			      "Following a phone call with President Mara Quent, Chancellor Tomas Berg said the talks went "
			      "well.\n");

	(void)state;
	assert_true(has(f, "Rui Tolen", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Tomas Berg", "speak_with", "Mara Quent", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__two_triggers_of_one_meeting_in_a_sentence_are_one_event(void **state)
{
	kg_facts *f = extract("Foreign Minister Ana Lind was received in audience by King Omar Vessad at the palace on "
			      "Saturday.\n"
			      "Minister Ivo Stask visited Oslo and Bergen on Monday.\n");
	size_t meetings = 0, visits = 0;

	(void)state;
	for (size_t i = 0; i < f->n_events; i++) {
		meetings += f->events[i].type == KG_EVENT_MEETING;
		visits += f->events[i].type == KG_EVENT_VISIT;
	}
	assert_int_equal(meetings, 1); /* "received" and "audience" tell one meeting */
	assert_int_equal(visits, 2);   /* two places visited are two visits */
	assert_true(has(f, "Omar Vessad", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_visit_by_someone_to_a_place_is_their_visit(void **state)
{
	kg_facts *f = extract("The three-day visit by Prime Minister Ana Lind to Norland ended on Friday with the "
			      "signing of four agreements.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "visits", "Norland", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__someone_due_or_expected_in_a_place_plans_a_visit(void **state)
{
	kg_facts *f = extract("Secretary of State Ana Lind is due in Port Avel on Saturday.\n"
			      "Minister Ivo Stask is expected in Norland next week.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "visits", "Port Avel", NULL, "planned"));
	assert_true(has(f, "Ivo Stask", "visits", "Norland", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__a_tours_place_and_its_stops_before_are_the_travellers_visits(void **state)
{
	kg_facts *f = extract("Foreign Minister Ana Lind wrapped up a four-nation African tour in Chad on Saturday after "
			      "stops in Namibia, Ghana and Nigeria.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "visits", "Chad", NULL, NULL));
	assert_true(has(f, "Ana Lind", "visits", "Namibia", NULL, NULL));
	assert_true(has(f, "Ana Lind", "visits", "Nigeria", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__leaders_who_gathered_or_listed_after_including_meet(void **state)
{
	kg_facts *f = extract("Leaders of the regional bloc, including President Ana Lind, President Ivo Stask and "
			      "President Ola Brekke, gathered in Harare on Saturday for an extraordinary summit.\n\n"
			      "Ministers of the region, including Minister Tomas Berg and Minister Mara Quent, met in "
			      "Lusaka.\n\n"
			      "Supporters of President Lior Halden gathered outside the court.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Ola Brekke", NULL, NULL));
	assert_true(has(f, "Tomas Berg", "meet", "Mara Quent", NULL, NULL));
	assert_int_equal(f->n_events, 2); /* supporters who gathered met no one named */
	kg_facts_free(f);
}

static void test_ner__a_region_between_an_organisations_possessive_and_an_office_is_a_portfolio(void **state)
{
	kg_facts *f = extract("Economy Minister Ana Lind met on Monday with the International Monetary Fund's Western "
			      "Hemisphere director, Ivo Stask, in Washington.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "holds_position", "International Monetary Fund", "Director", NULL));
	assert_false(has(f, "Ana Lind", "meet", "Western Hemisphere", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_participle_after_a_clauses_comma_shares_its_subject(void **state)
{
	kg_facts *f = extract("Prime Minister Ana Lind made her first official visit to Norland on Sunday, meeting "
			      "Prime Minister Ivo Stask in Port Avel.\n\n"
			      "President Ola Brekke visited Norland on Monday, meeting his counterpart Tomas Berg in Port "
			      "Avel.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Ola Brekke", "meet", "Tomas Berg", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_visit_has_its_place_and_its_traveller_as_guest(void **state)
{
	kg_facts *f = extract("Foreign Minister Lisandro Quell arrived in Nairobi on Sunday.\n");
	const kg_event *ev;
	(void)state;
	ev = event_with(f, "Lisandro Quell");
	if (!ev)
		dump(f);
	assert_non_null(ev);
	assert_int_equal(ev->type, KG_EVENT_VISIT);
	assert_non_null(ev->place);
	assert_string_equal(ev->place, "Nairobi");
	assert_int_equal(role_in(ev, "Lisandro Quell"), KG_ROLE_GUEST);
	assert_true(has(f, "Lisandro Quell", "visits", "Nairobi", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_negated_meeting_is_an_event_that_gives_no_edge(void **state)
{
	kg_facts *f = extract("Minister Corentin Vasse did not meet Senator Idony Falk on Friday.\n");
	const kg_event *ev;
	(void)state;
	ev = event_with(f, "Corentin Vasse");
	if (!ev)
		dump(f);
	assert_non_null(ev);
	assert_true(ev->flags & KG_EVENT_NEGATED);
	assert_int_equal(count_pred(f, "meet"), 0);
	kg_facts_free(f);
}

static void test_ner__a_planned_meeting_is_flagged_planned(void **state)
{
	kg_facts *f = extract("Governor Pernille Aske will meet Minister Tobias Wrenfield next week.\n");
	const kg_event *ev;
	(void)state;
	ev = event_with(f, "Pernille Aske");
	if (!ev)
		dump(f);
	assert_non_null(ev);
	assert_true(ev->flags & KG_EVENT_PLANNED);
	assert_false(ev->flags & KG_EVENT_NEGATED);
	assert_true(has(f, "Pernille Aske", "meet", "Tobias Wrenfield", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__journeys_named_by_a_noun_are_visits(void **state)
{
	kg_facts *f = extract("Minister Anselm Draxler is on a three-day visit to Lisbon.\n"
			      "Senator Odalys Ferreux met reporters during her two-day visit to Oslo on Friday.\n"
			      "Governor Benedek Ruhl's trip to Madrid was short.\n");
	(void)state;
	if (!has(f, "Odalys Ferreux", "visits", "Oslo", NULL, NULL))
		dump(f);
	assert_true(has(f, "Anselm Draxler", "visits", "Lisbon", NULL, NULL));
	assert_true(has(f, "Odalys Ferreux", "visits", "Oslo", NULL, NULL));
	assert_true(has(f, "Benedek Ruhl", "visits", "Madrid", NULL, NULL));
	assert_int_equal(event_with(f, "Anselm Draxler")->type, KG_EVENT_VISIT);
	kg_facts_free(f);
}

static void test_ner__the_antecedent_of_whom_is_the_one_met(void **state)
{
	kg_facts *f = extract("King Eadric Lowell of Norland is visiting Madrid at the invitation of President Ysolde "
			      "Brannock, whom he met on Tuesday.\n");
	(void)state;
	if (!has(f, "Eadric Lowell", "meet", "Ysolde Brannock", NULL, NULL))
		dump(f);
	assert_true(has(f, "Eadric Lowell", "meet", "Ysolde Brannock", NULL, NULL));
	assert_true(has(f, "Eadric Lowell", "visits", "Madrid", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_list_of_places_visited_keeps_its_last_member(void **state)
{
	kg_facts *f = extract("Director Ulrike Stam has so far visited Lyon, Porto, and most recently Gdansk.\n");
	(void)state;
	if (!has(f, "Ulrike Stam", "visits", "Gdansk", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ulrike Stam", "visits", "Lyon", NULL, NULL));
	assert_true(has(f, "Ulrike Stam", "visits", "Gdansk", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_leader_of_an_organisation_named_after_a_comma_leads_it(void **state)
{
	kg_facts *f = extract("Minister Kestrel Vane met with the leader of the Norland Unity Party (NUP), Orrin "
			      "Beckwith, in the capital.\n"
			      "Otto Brenner, chairman of the Board of Directors of Hallmark Steel Corporation, spoke.\n");
	(void)state;
	if (!has(f, "Orrin Beckwith", "leads", "Norland Unity Party", NULL, NULL))
		dump(f);
	assert_true(has(f, "Orrin Beckwith", "leads", "Norland Unity Party", NULL, NULL));
	assert_true(has(f, "Orrin Beckwith", "holds_position", "Norland Unity Party", NULL, NULL));
	assert_true(has(f, "Kestrel Vane", "meet", "Orrin Beckwith", NULL, NULL));
	/* the chairman of a company's board leads the company */
	assert_true(has(f, "Otto Brenner", "leads", "Hallmark Steel Corporation", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_chief_adviser_serves_the_one_his_refers_to(void **state)
{
	kg_facts *f = extract("President Ansel Marrick said that his chief adviser Dagny Solberg would travel.\n");
	(void)state;
	if (!has(f, "Dagny Solberg", "advises", "Ansel Marrick", NULL, NULL))
		dump(f);
	assert_true(has(f, "Dagny Solberg", "advises", "Ansel Marrick", NULL, NULL));
	assert_true(has(f, "Dagny Solberg", "holds_position", "Ansel Marrick", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_counterpart_holds_the_same_office_in_the_other_country(void **state)
{
	kg_facts *f = extract("Chilean President Ansel Marrick met with his Peruvian counterpart Lucio Farfan.\n");
	(void)state;
	if (!has(f, "Lucio Farfan", "holds_position", "Peru", "President", NULL))
		dump(f);
	assert_true(has(f, "Lucio Farfan", "holds_position", "Peru", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__a_country_of_a_description_or_a_venue_is_not_the_office(void **state)
{
	kg_facts *f = extract("Lior Adani, a famous Chilean singer, paid a courtesy call on Prime Minister Imara Selassie.\n"
			      "After the talks in Lisbon, today's meeting was held with Minister Cosimo Varrone.\n"
			      "The President appointed former Peruvian trade negotiator Elsbeth Moor as envoy.\n");
	(void)state;
	if (count_pred(f, "holds_position"))
		dump(f);
	assert_false(has(f, "Imara Selassie", "holds_position", "Chile", "Prime Minister", NULL));
	assert_false(has(f, "Cosimo Varrone", "holds_position", "Portugal", "Minister", NULL));
	assert_false(has(f, "Elsbeth Moor", "holds_position", "Peru", NULL, NULL));
	assert_true(has(f, "Lior Adani", "meet", "Imara Selassie", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_guest_welcomed_to_a_place_visits_it(void **state)
{
	kg_facts *f = extract("Governor Maelis Trundle welcomed Secretary Oskarine Vell to Lisbon on Monday.\n"
			      "Singer Anouk Terrazas paid a courtesy call on President Ilse Marrow at her official "
			      "Belvane residence.\n");
	const kg_event *ev;
	(void)state;
	if (!has(f, "Oskarine Vell", "visits", "Lisbon", NULL, NULL))
		dump(f);
	assert_true(has(f, "Maelis Trundle", "meet", "Oskarine Vell", NULL, NULL));
	assert_true(has(f, "Oskarine Vell", "visits", "Lisbon", NULL, NULL));
	assert_false(has(f, "Maelis Trundle", "visits", "Lisbon", NULL, NULL));
	ev = event_with(f, "Oskarine Vell");
	assert_non_null(ev);
	assert_int_equal(ev->type, KG_EVENT_VISIT);
	assert_int_equal(role_in(ev, "Oskarine Vell"), KG_ROLE_GUEST);
	assert_true(has(f, "Anouk Terrazas", "meet", "Ilse Marrow", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__arriving_at_a_named_building_is_a_visit(void **state)
{
	kg_facts *f = extract("Minister Halvard Quince arrived at the Larkspur Convention Center on Tuesday.\n");
	(void)state;
	if (!has(f, "Halvard Quince", "visits", "Larkspur Convention Center", NULL, NULL))
		dump(f);
	assert_true(has(f, "Halvard Quince", "visits", "Larkspur Convention Center", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__meetings_that_someone_had_with_another(void **state)
{
	kg_facts *f = extract("Prosecutors examined the meetings that Director Ilario Brandt had with former Minister "
			      "Corvin Maddox.\n"
			      "President Solveig Arntzen also met Governor Pavlo Demchuk, as well as Senator Imre Halasz.\n");
	(void)state;
	if (!has(f, "Ilario Brandt", "meet", "Corvin Maddox", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ilario Brandt", "meet", "Corvin Maddox", NULL, NULL));
	assert_true(has(f, "Solveig Arntzen", "meet", "Imre Halasz", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_in_a_country_and_the_aide_of_a_title_holder(void **state)
{
	kg_facts *f = extract("President Corvin Maddox named Ilario Brandt as the new prime minister in Chile.\n"
			      "Prime Minister Ilse Marrow spoke, the PM's Press Secretary Tavish Okonjo said.\n");
	(void)state;
	if (!has(f, "Ilario Brandt", "holds_position", "Chile", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ilario Brandt", "holds_position", "Chile", NULL, NULL));
	assert_true(has(f, "Tavish Okonjo", "holds_position", "Ilse Marrow", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_month_after_a_given_name_is_a_surname_and_styles_of_address_are_no_names(void **state)
{
	kg_facts *f = extract("Prime Minister Oriel Tansy met with singer Brian May in Lisbon on 4 May 2021.\n"
			      "Envoy Pell Grayling was received by Emir His Highness Sheikh Rashid bin Omar Al Varek.\n");
	(void)state;
	if (!has(f, "Oriel Tansy", "meet", "Brian May", NULL, NULL))
		dump(f);
	assert_true(has(f, "Oriel Tansy", "meet", "Brian May", NULL, NULL));
	assert_int_equal(type_of(f, "Brian May"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Brian"));
	assert_true(has(f, "Rashid bin Omar Al Varek", "meet", "Pell Grayling", NULL, NULL));
	assert_null(kg_facts_find(f, "His Highness"));
	assert_null(kg_facts_find(f, "His"));
	kg_facts_free(f);
}

static void test_ner__a_guest_welcomed_by_no_named_host_visits_the_place(void **state)
{
	kg_facts *f = extract("We welcomed Secretary Orla Pennick to Ohio on Monday.\n");
	(void)state;
	if (!has(f, "Orla Pennick", "visits", "Ohio", NULL, NULL))
		dump(f);
	assert_true(has(f, "Orla Pennick", "visits", "Ohio", NULL, NULL));
	assert_int_equal(count_pred(f, "meet"), 0);
	kg_facts_free(f);
}

static void test_ner__a_description_ending_in_a_common_word_stops_before_the_full_name(void **state)
{
	kg_facts *f = extract("Chancellor Ulla Brandvik met the president of the Northland People's Party Manfred Holtz.\n"
			      "Zora Pell met the Minister Responsible for Trade Affairs Yusuf bin Karim Al Tamar.\n");
	(void)state;
	if (!has(f, "Ulla Brandvik", "meet", "Manfred Holtz", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ulla Brandvik", "meet", "Manfred Holtz", NULL, NULL));
	assert_null(kg_facts_find(f, "Party Manfred Holtz"));
	assert_true(has(f, "Zora Pell", "meet", "Yusuf bin Karim Al Tamar", NULL, NULL));
	assert_null(kg_facts_find(f, "Responsible"));
	kg_facts_free(f);
}

static void test_ner__a_company_named_after_a_company_noun_is_apart_from_its_chief(void **state)
{
	kg_facts *f = extract("Lina Osk met the chief executive of Danish industrial giant Korvex Joe Tanner in Aarhus.\n");
	(void)state;
	if (!has(f, "Lina Osk", "meet", "Joe Tanner", NULL, NULL))
		dump(f);
	assert_true(has(f, "Lina Osk", "meet", "Joe Tanner", NULL, NULL));
	assert_int_equal(type_of(f, "Korvex"), KG_TYPE_ORG);
	assert_null(kg_facts_find(f, "Korvex Joe Tanner"));
	kg_facts_free(f);
}

static void test_ner__a_ministry_of_two_fields_and_an_abbreviated_title_keep_the_list_of_those_present(void **state)
{
	kg_facts *f = extract("Lina Osk met Joe Tanner on Monday in the presence of Danish Minister of Water and "
			      "Coastal Affairs Mohamed Vester and Eng. Rami Tolba, a member of the council.\n");
	(void)state;
	if (!has(f, "Lina Osk", "meet", "Mohamed Vester", NULL, NULL))
		dump(f);
	assert_true(has(f, "Lina Osk", "meet", "Mohamed Vester", NULL, NULL));
	assert_true(has(f, "Joe Tanner", "meet", "Mohamed Vester", NULL, NULL));
	assert_true(has(f, "Mohamed Vester", "holds_position", "Denmark", "Minister of Water and Coastal Affairs", NULL));
	assert_true(has(f, "Lina Osk", "meet", "Rami Tolba", NULL, NULL)); /* "Eng." is an honorific, no name word */
	kg_facts_free(f);
}

static void test_ner__honorifics_are_no_part_of_a_name_and_a_family_suffix_joins_the_short_form(void **state)
{
	kg_facts *f = extract("Honorable Tavita Maerua met with Mr. Rohan Devkar Saluja in Apia.\n"
			      "On Monday, Dr. Femi Adeyinka Olufade met Alhaji Bashiru Kanoma Dantata in Kano.\n"
			      "HE Joseph Ndaru Mbeki met Envoy Ruvan Kestrel MP in Nairobi.\n"
			      "Envoy Pell Grayling met Ahmed bin Khalifa in Doha.\n"
			      "Ahmed bin Khalifa Al Marwani thanked Grayling.\n"
			      "Prime Minister Sheikh Varuna met Sheikh Tamir bin Osman Al Qadri in Dhaka.\n");
	(void)state;
	if (!has(f, "Tavita Maerua", "meet", "Rohan Devkar Saluja", NULL, NULL))
		dump(f);
	assert_true(has(f, "Tavita Maerua", "meet", "Rohan Devkar Saluja", NULL, NULL));
	assert_true(has(f, "Femi Adeyinka Olufade", "meet", "Bashiru Kanoma Dantata", NULL, NULL));
	assert_true(has(f, "Joseph Ndaru Mbeki", "meet", "Ruvan Kestrel", NULL, NULL));
	assert_null(kg_facts_find(f, "Mr. Rohan Devkar Saluja"));
	assert_null(kg_facts_find(f, "Dr. Femi Adeyinka Olufade"));
	assert_null(kg_facts_find(f, "Alhaji Bashiru Kanoma Dantata"));
	assert_null(kg_facts_find(f, "Honorable Tavita Maerua"));
	/* one person with and without the family name */
	assert_true(has(f, "Ahmed bin Khalifa Al Marwani", "meet", "Pell Grayling", NULL, NULL));
	assert_null(kg_facts_find(f, "Ahmed bin Khalifa"));
	/* "Sheikh" before one name word is part of the name; before a full name it is an honorific */
	assert_true(has(f, "Sheikh Varuna", "meet", "Tamir bin Osman Al Qadri", NULL, NULL));
	assert_null(kg_facts_find(f, "Varuna"));
	kg_facts_free(f);
}

static void test_ner__malay_and_indian_styles_of_address_are_no_part_of_a_name(void **state)
{
	kg_facts *f = extract("Malaysian Prime Minister Datuk Seri Razlan Hamid received Tan Sri Mohd Faizal Kamarudin in Putrajaya.\n"
			      "Dato' Sri Halimah Yusri met Shri Ravindra Kumar Menon and Smt. Kavita Deshmukh in Delhi.\n"
			      "On Monday, Tan Mei Ling met Sri Wulan Indrayani in Jakarta.\n");
	(void)state;
	if (!has(f, "Razlan Hamid", "meet", "Mohd Faizal Kamarudin", NULL, NULL))
		dump(f);
	assert_true(has(f, "Razlan Hamid", "meet", "Mohd Faizal Kamarudin", NULL, NULL));
	assert_true(has(f, "Razlan Hamid", "holds_position", "Malaysia", "Prime Minister", NULL));
	assert_true(has(f, "Halimah Yusri", "meet", "Ravindra Kumar Menon", NULL, NULL));
	assert_true(has(f, "Halimah Yusri", "meet", "Kavita Deshmukh", NULL, NULL));
	assert_null(kg_facts_find(f, "Sri Mohd Faizal Kamarudin"));
	assert_null(kg_facts_find(f, "Datuk Seri Razlan Hamid"));
	assert_null(kg_facts_find(f, "Smt"));
	/* "Tan" alone is a surname and "Sri" opening a name a given name */
	assert_true(has(f, "Tan Mei Ling", "meet", "Sri Wulan Indrayani", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_in_parentheses_after_a_datelines_place_is_the_news_agency(void **state)
{
	kg_facts *f = extract("HAVANA, Dec 1 (Prensa Marina) President Ruben Ostaro received Jorge Velandia.\n");
	kg_facts *g = extract("BRASILIA (Agencia Brasil) - President Ruben Ostaro met Jorge Velandia.\n");
	(void)state;
	if (type_of(f, "Prensa Marina") != KG_TYPE_ORG)
		dump(f);
	assert_int_equal(type_of(f, "Prensa Marina"), KG_TYPE_ORG);
	assert_int_equal(type_of(g, "Agencia Brasil"), KG_TYPE_ORG);
	assert_null(kg_facts_find(g, "Brasil"));
	assert_true(has(g, "Ruben Ostaro", "meet", "Jorge Velandia", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_nationality_after_and_ends_an_organisations_name(void **state)
{
	kg_facts *f = extract("Liu Jian, a member of the Political Bureau of the KLP Central Committee and Chinese foreign "
			      "minister, met Ana Roe.\n"
			      "The Ministry of Trade and Industry said on Monday that exports rose.\n");
	(void)state;
	if (!kg_facts_find(f, "KLP Central Committee"))
		dump(f);
	assert_int_equal(type_of(f, "KLP Central Committee"), KG_TYPE_ORG);
	assert_null(kg_facts_find(f, "KLP Central Committee and Chinese"));
	assert_int_equal(type_of(f, "Ministry of Trade and Industry"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__inspector_general_is_a_title_and_a_malay_style_after_a_title_keeps_the_office(void **state)
{
	kg_facts *f = extract("Malaysian Inspector-General of Police Tan Sri Razali Hamzah met Kenyan Inspector General "
			      "of Police Japheth Mwangi in Nairobi.\n");
	(void)state;
	if (!has(f, "Razali Hamzah", "holds_position", "Malaysia", "Inspector-General of Police", NULL))
		dump(f);
	assert_true(has(f, "Razali Hamzah", "holds_position", "Malaysia", "Inspector-General of Police", NULL));
	assert_true(has(f, "Japheth Mwangi", "holds_position", "Kenya", "Inspector General of Police", NULL));
	assert_true(has(f, "Razali Hamzah", "meet", "Japheth Mwangi", NULL, NULL));
	assert_null(kg_facts_find(f, "Inspector-General"));
	kg_facts_free(f);
}

static void test_ner__the_field_after_a_titles_of_part_and_for_is_no_part_of_the_holders_name(void **state)
{
	kg_facts *f = extract("Indian Minister of State for Home Affairs Nityan Raiwal met Kenyan envoy Jane Roe.\n");
	(void)state;
	if (!has(f, "Nityan Raiwal", "meet", "Jane Roe", NULL, NULL))
		dump(f);
	assert_true(has(f, "Nityan Raiwal", "meet", "Jane Roe", NULL, NULL));
	assert_true(has(f, "Nityan Raiwal", "holds_position", "India", "Minister of State for Home Affairs", NULL));
	assert_null(kg_facts_find(f, "Home Affairs Nityan Raiwal"));
	kg_facts_free(f);
}

static void test_ner__chief_adviser_is_one_title(void **state)
{
	kg_facts *f = extract("Bangladeshi Chief Adviser Karim Uddin met Jane Roe. Ali Rahman, chief adviser to President "
			      "Tom Kral, met Jane Roe.\n");
	(void)state;
	if (!has(f, "Karim Uddin", "holds_position", "Bangladesh", "Chief Adviser", NULL))
		dump(f);
	assert_true(has(f, "Karim Uddin", "holds_position", "Bangladesh", "Chief Adviser", NULL));
	assert_true(has(f, "Ali Rahman", "advises", "Tom Kral", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_single_name_set_off_by_a_title_apposition_is_a_person(void **state)
{
	kg_facts *f = extract("Prime Minister Razlan Hamid received a courtesy call from Prime Minister Le Van Tuan.\n"
			      "Zahrulmi, the deputy prime minister, attended the meeting.\n");
	(void)state;
	if (type_of(f, "Zahrulmi") != KG_TYPE_PERSON)
		dump(f);
	assert_int_equal(type_of(f, "Zahrulmi"), KG_TYPE_PERSON);
	assert_true(has(f, "Razlan Hamid", "meet", "Zahrulmi", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_burmese_style_after_a_title_keeps_the_office(void **state)
{
	kg_facts *f = extract("Myanmar Foreign Minister U Kyaw Min Htet met Thai Foreign Minister Somchai Wattana.\n");
	(void)state;
	if (!has(f, "Kyaw Min Htet", "holds_position", "Myanmar", "Foreign Minister", NULL))
		dump(f);
	assert_true(has(f, "Kyaw Min Htet", "holds_position", "Myanmar", "Foreign Minister", NULL));
	assert_true(has(f, "Kyaw Min Htet", "meet", "Somchai Wattana", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_possessive_inside_a_known_name_keeps_the_name_whole(void **state)
{
	kg_facts *f = extract("The People's Republic of China (PRC) rejected the plan on Monday, and Taiwan welcomed it.\n"
			      "China's National People's Congress (NPC) passed the law. The U.S. Congress passed another.\n");
	const kg_entity *taiwan, *congress;
	(void)state;
	taiwan = kg_facts_find(f, "Taiwan");
	congress = kg_facts_find(f, "U.S. Congress");
	assert_non_null(taiwan);
	assert_non_null(congress);
	/* neither the PRC's name nor its acronym is another name of Taiwan */
	for (size_t i = 0; i < taiwan->aliases.n; i++) {
		assert_string_not_equal(taiwan->aliases.v[i], "Republic of China");
		assert_string_not_equal(taiwan->aliases.v[i], "PRC");
	}
	assert_int_equal(type_of(f, "China"), KG_TYPE_PLACE);
	/* China's legislature is no part of the U.S. Congress */
	assert_int_equal(type_of(f, "National People's Congress"), KG_TYPE_ORG);
	assert_null(kg_facts_find(f, "NPC"));
	assert_int_equal(congress->aliases.n, 0);
	kg_facts_free(f);
}

static void test_ner__a_surname_with_an_arabic_article_alone_is_still_the_person(void **state)
{
	kg_facts *f = extract("Prime Minister Karim El-Haddadi met Lina Osk on Monday.\n"
			      "President El-Haddadi is on a three day visit to Lisbon.\n");
	(void)state;
	if (!has(f, "Karim El-Haddadi", "visits", "Lisbon", NULL, NULL))
		dump(f);
	assert_true(has(f, "Karim El-Haddadi", "visits", "Lisbon", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__landing_in_or_heading_to_a_place_is_a_visit(void **state)
{
	kg_facts *f = extract("Minister Halvard Quince landed in Lisbon on Monday. He then headed straight to Porto.\n"
			      "Halvard Quince headed the delegation and landed a contract.\n");
	(void)state;
	if (!has(f, "Halvard Quince", "visits", "Porto", NULL, NULL))
		dump(f);
	assert_true(has(f, "Halvard Quince", "visits", "Lisbon", NULL, NULL));
	assert_true(has(f, "Halvard Quince", "visits", "Porto", NULL, NULL));
	assert_int_equal(count_pred(f, "visits"), 2);
	kg_facts_free(f);
}

static void test_ner__the_name_before_a_company_office_and_its_holder_is_the_company(void **state)
{
	kg_facts *f = extract("Shares rose after Quorvane CEO Lina Osk met with Joe Tanner in Aarhus.\n"
			      "Officials said Velmora Dynamics Vice Chairman Rami Tolba met with Osk.\n"
			      "President of the Danish Harbour Party Mette Vanggaard met Tolba.\n");
	(void)state;
	if (!has(f, "Lina Osk", "holds_position", "Quorvane", "CEO", NULL))
		dump(f);
	assert_int_equal(type_of(f, "Quorvane"), KG_TYPE_ORG);
	assert_true(has(f, "Lina Osk", "holds_position", "Quorvane", "CEO", NULL));
	assert_true(has(f, "Lina Osk", "meet", "Joe Tanner", NULL, NULL));
	assert_int_equal(type_of(f, "Velmora Dynamics"), KG_TYPE_ORG);
	assert_true(has(f, "Rami Tolba", "holds_position", "Velmora Dynamics", "Vice Chairman", NULL));
	/* "TITLE of ORG PERSON": the holder right after the organisation */
	assert_true(has(f, "Mette Vanggaard", "holds_position", "Danish Harbour Party", "President", NULL));
	assert_true(has(f, "Mette Vanggaard", "meet", "Rami Tolba", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_apostrophe_glued_inside_a_name_keeps_the_name_whole(void **state)
{
	kg_facts *f = extract("Prime Minister Khaled Rami' al Tabrizi met Joe Tanner in Aarhus.\n"
			      "The Brothers' Joe Tanner spoke.\n");
	(void)state;
	if (!has(f, "Khaled Rami' al Tabrizi", "meet", "Joe Tanner", NULL, NULL))
		dump(f);
	assert_true(has(f, "Khaled Rami' al Tabrizi", "meet", "Joe Tanner", NULL, NULL));
	assert_null(kg_facts_find(f, "Khaled Rami"));
	kg_facts_free(f);
}

static void test_ner__a_meeting_takes_the_place_of_its_clause_not_of_its_topic(void **state)
{
	kg_facts *f = extract("Foreign Minister Lina Osk met Joe Tanner in Aarhus on Monday.\n"
			      "In a separate meeting in Vejle, Osk held talks with Rami Tolba on the latest developments in Narvik.\n"
			      "Tanner met Mette Vanggaard on Tuesday, who was born in Odense.\n");
	const kg_event *a, *b, *c;
	(void)state;
	a = event_with(f, "Joe Tanner");
	b = event_with(f, "Rami Tolba");
	c = event_with(f, "Mette Vanggaard");
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	assert_non_null(a->place);
	assert_string_equal(a->place, "Aarhus");
	assert_non_null(b->place);
	assert_string_equal(b->place, "Vejle");
	assert_null(c->place);
	kg_facts_free(f);
}

static void test_ner__a_courtesy_call_paid_in_a_town_is_a_visit_of_the_caller(void **state)
{
	kg_facts *f = extract("Envoy Tamsin Orlov paid a courtesy call on President Bram Kessel at State House in Tampere.\n"
			      "President Ruud Amsel received a courtesy call from Minister Pia Norrell in Ghent on Friday.\n"
			      "Minister Elke Varga paid a courtesy call on the Minister of Mines, Mr Odo Prask, in Porto.\n"
			      "Minister Elke Varga held talks with President Bram Kessel in Porto.\n");
	(void)state;
	if (!has(f, "Tamsin Orlov", "visits", "Tampere", NULL, NULL))
		dump(f);
	assert_true(has(f, "Tamsin Orlov", "meet", "Bram Kessel", NULL, NULL));
	assert_true(has(f, "Tamsin Orlov", "visits", "State House", NULL, NULL));
	assert_true(has(f, "Tamsin Orlov", "visits", "Tampere", NULL, NULL));
	assert_false(has(f, "Bram Kessel", "visits", "Tampere", NULL, NULL)); /* the host was at home */
	assert_true(has(f, "Pia Norrell", "visits", "Ghent", NULL, NULL));
	assert_false(has(f, "Ruud Amsel", "visits", "Ghent", NULL, NULL));
	/* "on the Minister of Mines, Mr X, in P": the call goes on over its apposition to the town */
	assert_true(has(f, "Elke Varga", "visits", "Porto", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_body_described_in_words_is_named_by_its_acronym_in_brackets(void **state)
{
	kg_facts *f = extract("The head of the UN maritime agency (IMRO), Pietro Galvani, flew to Ghent on Monday.\n"
			      "The spokesman of the national maritime authority (NPAK), Oskar Tamm, said it would reopen.\n");
	(void)state;
	if (!has(f, "Pietro Galvani", "leads", "IMRO", NULL, NULL))
		dump(f);
	assert_true(has(f, "Pietro Galvani", "leads", "IMRO", NULL, NULL));
	assert_true(has(f, "Pietro Galvani", "holds_position", "IMRO", "Head", NULL));
	assert_false(has(f, "Pietro Galvani", "leads", "United Nations", NULL, NULL));
	assert_true(has(f, "Oskar Tamm", "holds_position", "NPAK", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_joined_a_participant_for_the_talks_joins_the_meeting(void **state)
{
	kg_facts *f = extract("Foreign Minister Ivo Marten held talks with Foreign Minister Lena Osk in Oslo.\n"
			      "Trade Minister Tariq Baloun joined Mr Marten for the delegation-level talks, while "
			      "Ambassador Ruth Kell was also present.\n");
	(void)state;
	if (!has(f, "Tariq Baloun", "meet", "Lena Osk", NULL, NULL))
		dump(f);
	assert_true(has(f, "Tariq Baloun", "meet", "Lena Osk", NULL, NULL));
	assert_true(has(f, "Tariq Baloun", "meet", "Ivo Marten", NULL, NULL));
	/* and one more kind of joining in the same sentence */
	assert_true(has(f, "Ruth Kell", "meet", "Lena Osk", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_companys_delegation_led_by_someone_is_an_organisation_that_meets_the_host(void **state)
{
	kg_facts *f = extract("Minister Halla Brenn on Tuesday received a delegation of Turkish conglomerate Varo Holding "
			      "led by its chairman, Ismet Varo Aslan, in Ghent.\n"
			      "A delegation from Swiss watchmaker Tellin AG, led by its chief executive, Mr Urs Kolb, paid a "
			      "courtesy call on President Ruud Amsel.\n");
	const kg_event *ev;
	(void)state;
	if (!has(f, "Ismet Varo Aslan", "leads", "Varo Holding delegation", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ismet Varo Aslan", "leads", "Varo Holding delegation", NULL, NULL));
	assert_int_equal(type_of(f, "Varo Holding delegation"), KG_TYPE_ORG);
	assert_true(has(f, "Halla Brenn", "meet", "Varo Holding delegation", NULL, NULL));
	assert_true(has(f, "Halla Brenn", "meet", "Ismet Varo Aslan", NULL, NULL));
	/* the leader and his delegation are one side: no meeting between them */
	assert_false(has(f, "Ismet Varo Aslan", "meet", "Varo Holding delegation", NULL, NULL));
	/* the delegation is named without the company's legal form */
	assert_true(has(f, "Urs Kolb", "leads", "Tellin delegation", NULL, NULL));
	assert_true(has(f, "Ruud Amsel", "meet", "Tellin delegation", NULL, NULL));
	ev = event_with(f, "Tellin delegation");
	assert_non_null(ev);
	assert_int_equal(role_in(ev, "Tellin delegation"), KG_ROLE_GUEST);
	kg_facts_free(f);
}

static void test_ner__those_attending_a_reception_at_the_hosts_office_join_it(void **state)
{
	kg_facts *f = extract("Minister Halla Brenn received at his office today a delegation from Danish shipping company "
			      "Varo Lines headed by its Chief Executive Officer, Ismet Kolb.\n"
			      "The meeting was attended by Eng. Omar Vessad, Undersecretary of the Ministry of Energy and "
			      "Minerals, and by Norland's Ambassador to the Republic of Tarvia, Lena Ostrova.\n"
			      "Also in attendance were the chief executive of the port, Ivo Stask, and Ruth Kell.\n");
	kg_facts *g = extract("Minister Ana Lind met Tomas Brel in Ghent on Monday.\n"
			      "Minister of Mining and Heavy Industry Ganzorig Batbold and Ambassador Sari Halvik were present "
			      "at the meeting.\n"
			      "President Ana Lind received Minister Tomas Brel on Sunday. The audience was attended by Minister "
			      "of Foreign Affairs Ruth Kell.\n");
	(void)state;
	if (!has(f, "Halla Brenn", "meet", "Ismet Kolb", NULL, NULL))
		dump(f);
	assert_true(has(f, "Halla Brenn", "meet", "Ismet Kolb", NULL, NULL));
	assert_true(has(f, "Halla Brenn", "meet", "Varo Lines delegation", NULL, NULL));
	assert_true(has(f, "Ismet Kolb", "meet", "Omar Vessad", NULL, NULL));
	/* the second agent after "and by", past the first one's apposition */
	assert_true(has(f, "Halla Brenn", "meet", "Lena Ostrova", NULL, NULL));
	assert_true(has(f, "Halla Brenn", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Ismet Kolb", "meet", "Ruth Kell", NULL, NULL));
	/* a field of two words before a name of two words is the title's */
	assert_true(has(g, "Ganzorig Batbold", "meet", "Tomas Brel", NULL, NULL));
	assert_true(has(g, "Sari Halvik", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(g, "Ruth Kell", "meet", "Tomas Brel", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__an_administrator_heads_the_authority_and_chief_officers_are_titles(void **state)
{
	kg_facts *f = extract("Ana Lind met the administrator of the Norland Canal Authority, Omar Vessad, on Monday.\n"
			      "Tomas Brel met Kestrel Robotics chief technology officer Ruth Kell in Ghent.\n");
	(void)state;
	if (!has(f, "Omar Vessad", "leads", "Norland Canal Authority", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "Norland Canal Authority", "Administrator", NULL));
	assert_true(has(f, "Omar Vessad", "leads", "Norland Canal Authority", NULL, NULL));
	assert_true(has(f, "Ruth Kell", "holds_position", "Kestrel Robotics", "CTO", NULL));
	assert_false(has(f, "Ruth Kell", "leads", "Kestrel Robotics", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_sides_listed_ministers_serve_its_country_and_join_the_talks(void **state)
{
	kg_facts *f = extract("President Ana Lind hosted President Tomas Brel in Ghent on Thursday for talks.\n"
			      "On the Turkish side, Foreign Minister Omar Vessad and Trade Minister Ivo Stask took part in "
			      "the talks.\n"
			      "The Hungarian delegation included Foreign Minister Ruth Kell and Energy Minister Lena Ostrova.\n");
	(void)state;
	if (!has(f, "Omar Vessad", "holds_position", "Turkey", NULL, NULL))
		dump(f);
	assert_true(has(f, "Omar Vessad", "holds_position", "Turkey", "Foreign Minister", NULL));
	assert_true(has(f, "Ivo Stask", "holds_position", "Turkey", "Trade Minister", NULL));
	assert_true(has(f, "Ruth Kell", "holds_position", "Hungary", "Foreign Minister", NULL));
	assert_true(has(f, "Lena Ostrova", "holds_position", "Hungary", "Energy Minister", NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Tomas Brel", NULL, NULL));
	assert_true(has(f, "Ruth Kell", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__inspecting_a_site_on_a_place_and_travelling_to_its_department_are_visits(void **state)
{
	kg_facts *f = extract("Mayor Ana Lind and Minister Omar Vessad inspected the defences on Margaret Island on Monday.\n"
			      "Ivo Stask travelled on Wednesday to the department of Quetzaltenango.\n"
			      "Ruth Kell visited the construction site in Veltra district, Limpopo province.\n");
	kg_facts *g = extract("Tomas Brel inspected a guard of honour.\n");
	(void)state;
	if (!has(f, "Ruth Kell", "visits", "Veltra", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "visits", "Margaret Island", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Margaret Island", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "visits", "Quetzaltenango", NULL, NULL));
	assert_true(has(f, "Ruth Kell", "visits", "Veltra", NULL, NULL));
	assert_int_equal(count_pred(g, "visits"), 0); /* no place: no visit */
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__delegations_of_a_government_or_a_town_are_led_and_received(void **state)
{
	kg_facts *f = extract("Prime Minister Ana Lind on Monday received a Ukrainian government delegation led by Prime "
			      "Minister Omar Vessad.\n"
			      "Mayor Ivo Stask on Friday received a delegation from Fukuoka, Japan, led by Mayor Ruth Kell.\n"
			      "The Norland Relief Society sent 40 volunteers to the river bank.\n"
			      "Its director general, Tomas Brel, said more would follow.\n"
			      "Lena Ostrova met the rector of the University of Coimbra, Sari Halvik, on Monday.\n");
	(void)state;
	if (!has(f, "Tomas Brel", "leads", "Norland Relief Society", NULL, NULL))
		dump(f);
	assert_true(has(f, "Omar Vessad", "leads", "Ukrainian government delegation", NULL, NULL));
	assert_true(has(f, "Ana Lind", "meet", "Ukrainian government delegation", NULL, NULL));
	assert_true(has(f, "Ruth Kell", "leads", "Fukuoka delegation", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Ruth Kell", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Fukuoka delegation", NULL, NULL));
	/* "Its" opening a sentence: the organisation of the sentence before */
	assert_true(has(f, "Tomas Brel", "leads", "Norland Relief Society", NULL, NULL));
	/* a rector heads the university */
	assert_true(has(f, "Sari Halvik", "leads", "University of Coimbra", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_envoy_in_a_town_and_offices_of_a_described_company_are_held(void **state)
{
	kg_facts *f = extract("Ana Lind met Hungary's ambassador in Ankara, Bence Halvik, on Monday.\n"
			      "Ana Lind met Tomas Brel, President and CEO of Canadian mining company Nordvik Minerals, on "
			      "Monday.\n");
	(void)state;
	if (!has(f, "Bence Halvik", "holds_position", "Hungary", NULL, NULL))
		dump(f);
	assert_true(has(f, "Bence Halvik", "holds_position", "Hungary", "Ambassador", NULL));
	assert_false(has(f, "Bence Halvik", "holds_position", "Ankara", NULL, NULL));
	assert_true(has(f, "Tomas Brel", "holds_position", "Nordvik Minerals", "CEO", NULL));
	assert_true(has(f, "Tomas Brel", "leads", "Nordvik Minerals", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__hosts_who_brief_show_around_or_accompany_a_guest_meet_the_guest(void **state)
{
	kg_facts *f = extract("Ana Lind and Omar Vessad were shown around the plant by Daniel Okafor.\n"
			      "Ivo Stask visited the dam on Monday. He was briefed by Ruth Kell, president of the dam "
			      "authority.\n"
			      "Nepali Foreign Minister Lena Ostrova visited the dam, accompanied by Bhutan's Energy Minister "
			      "Tomas Brel.\n"
			      "Norway's President Sari Halvik was accompanied by Norway's Foreign Minister Bram Kessel.\n");
	kg_facts *g = extract("Ana Lind met Omar Vessad at City Hall on Monday.\n"
			      "The meeting at City Hall was also joined by Council Chairwoman Ruth Kell.\n");
	(void)state;
	if (!has(f, "Daniel Okafor", "meet", "Ana Lind", NULL, NULL))
		dump(f);
	assert_true(has(f, "Daniel Okafor", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Daniel Okafor", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ruth Kell", "meet", "Ivo Stask", NULL, NULL));
	/* a host of another country goes with the guest; the guest's own minister is no meeting */
	assert_true(has(f, "Tomas Brel", "meet", "Lena Ostrova", NULL, NULL));
	assert_false(has(f, "Bram Kessel", "meet", "Sari Halvik", NULL, NULL));
	assert_true(has(g, "Ruth Kell", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__those_joining_a_gathering_of_countries_meet_each_other_not_the_countries(void **state)
{
	kg_facts *f = extract("Ministers from Cambodia, Laos and Thailand gathered in Vientiane on Tuesday.\n"
			      "The meeting was attended by Thai Minister Ana Lind and Cambodian Minister Omar Vessad.\n"
			      "Ontario's Minister of Economic Development, Job Creation and Trade Ruth Kell toured the plant.\n");
	(void)state;
	if (!has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_false(has(f, "Ana Lind", "meet", "Cambodia", NULL, NULL));
	assert_false(has(f, "Laos", "meet", "Thailand", NULL, NULL));
	/* a field whose first word is also a given name stays in the title */
	assert_true(has(f, "Ruth Kell", "holds_position", "Ontario", NULL, NULL));
	assert_null(kg_facts_find(f, "Job Creation"));
	kg_facts_free(f);
}

static void test_ner__each_minister_of_a_list_serves_the_country_after_the_name_and_phone_talks(void **state)
{
	kg_facts *f = extract("The talks were led by their foreign ministers, Ana Lind of Costa Rica and Omar Vessad of "
			      "Panama.\n"
			      "Ivo Stask met Costa Rica's minister of foreign trade, Ruth Kell, on Monday.\n"
			      "Minister Tomas Brel said he had discussed the aid with Commissioner Lena Ostrova by phone last "
			      "week.\n"
			      "Sari Halvik discussed the plan with Bram Kessel in Oslo.\n");
	(void)state;
	if (!has(f, "Ana Lind", "holds_position", "Costa Rica", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "holds_position", "Costa Rica", "Foreign Minister", NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "Panama", "Foreign Minister", NULL));
	assert_true(has(f, "Ruth Kell", "holds_position", "Costa Rica", NULL, NULL));
	assert_true(has(f, "Tomas Brel", "speak_with", "Lena Ostrova", NULL, NULL));
	/* a discussion with no line named is no call */
	assert_false(has(f, "Sari Halvik", "speak_with", "Bram Kessel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_shows_a_visitor_round_meets_the_visitor(void **state)
{
	kg_facts *f = extract("Minister Ana Lind later toured the detention centre with its general manager, Robert Fenwick.\n"
			      "Ivo Stask visited Paris with his family.\n");
	(void)state;
	if (!has(f, "Ana Lind", "meet", "Robert Fenwick", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "meet", "Robert Fenwick", NULL, NULL));
	assert_int_equal(count_pred(f, "meet"), 1); /* no one named: no meeting */
	kg_facts_free(f);
}

static void test_ner__a_visit_ended_in_a_participle_and_a_journey_with_a_companion_are_visits(void **state)
{
	kg_facts *f = extract("Ana Lind returned home on Friday, concluding a four-day official visit to Bhutan.\n"
			      "Omar Vessad then travelled with Minister Ruth Kell to Ghent.\n");
	(void)state;
	if (!has(f, "Ana Lind", "visits", "Bhutan", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "visits", "Bhutan", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Ghent", NULL, NULL));
	assert_true(has(f, "Ruth Kell", "visits", "Ghent", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_taking_part_and_a_delegations_members_join_the_meeting(void **state)
{
	kg_facts *f = extract("The Taoiseach, Ana Lind, hosted the meeting. Taking part were the First Minister of Scotland, "
			      "Morag Lennox, and the First Minister of Wales, Rhodri Pryce.\n");
	kg_facts *g = extract("President Ana Lind met Omar Vessad in Oslo.\n"
			      "The SBN delegation was led by the company's President Director Ivo Stask and included Finance "
			      "Director Ruth Kell.\n"
			      "The Tarvian delegation, which arrived in Oslo on Monday, included Deputy Minister Tomas Brel.\n");
	(void)state;
	if (!has(f, "Morag Lennox", "meet", "Rhodri Pryce", NULL, NULL))
		dump(f);
	assert_true(has(f, "Morag Lennox", "meet", "Rhodri Pryce", NULL, NULL));
	assert_true(has(f, "Ana Lind", "meet", "Rhodri Pryce", NULL, NULL));
	assert_true(has(g, "Ana Lind", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(g, "Ana Lind", "meet", "Ruth Kell", NULL, NULL));
	assert_true(has(g, "Ivo Stask", "leads", "SBN delegation", NULL, NULL));
	assert_true(has(g, "Omar Vessad", "meet", "Tomas Brel", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__signings_ceremonies_and_those_the_story_calls_they_or_the_visitors(void **state)
{
	kg_facts *f = extract("President Ana Lind and President Omar Vessad signed four agreements in Rivera on Monday.\n"
			      "The agreements were signed in the presence of the foreign ministers, Ivo Stask and Ruth Kell.\n");
	kg_facts *g = extract("The agreement was signed at the Government House in Neuquen by Ana Lind, the chief executive "
			      "of Veltra Energia, Martin Etcheverry, and Omar Vessad.\n"
			      "Judge Tomas Brel was sworn in on Monday. The ceremony was attended by Speaker Lena Ostrova and "
			      "Attorney General Sari Halvik.\n");
	kg_facts *h = extract("Director Ana Lind arrived in Baidoa on Monday.\n"
			      "The visitors were received at Baidoa airport by Governor Omar Vessad.\n"
			      "Ivo Stask met Ruth Kell in Ghent. They were joined by Tomas Brel.\n");
	(void)state;
	if (!has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(g, "Ana Lind", "meet", "Martin Etcheverry", NULL, NULL));
	assert_true(has(g, "Omar Vessad", "meet", "Martin Etcheverry", NULL, NULL));
	assert_true(has(g, "Lena Ostrova", "meet", "Sari Halvik", NULL, NULL));
	assert_true(has(h, "Omar Vessad", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(h, "Tomas Brel", "meet", "Ruth Kell", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__a_titles_field_after_for_and_a_described_province_give_the_owner(void **state)
{
	kg_facts *f = extract("Ana Lind met Luxembourg's Minister for the Economy, Luc Reding, on Monday.\n"
			      "Ana Lind met the Minister for Foreign Affairs of Norway, Ivo Stask, on Monday.\n"
			      "Ana Lind met the governor of the Argentine province of Neuquen, Gustavo Mansilla, on Monday.\n");
	(void)state;
	if (!has(f, "Luc Reding", "holds_position", "Luxembourg", NULL, NULL))
		dump(f);
	assert_true(has(f, "Luc Reding", "holds_position", "Luxembourg", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "holds_position", "Norway", NULL, NULL));
	assert_true(has(f, "Gustavo Mansilla", "holds_position", "Neuquén", "Governor", NULL));
	kg_facts_free(f);
}

static void test_ner__another_countrys_house_of_representatives_is_not_the_us_one(void **state)
{
	kg_facts *f = extract("NICOSIA - The President of the House of Representatives, Maria Kyriakou, met Ana Lind.\n");
	kg_facts *g = extract("Republican leaders met on Monday. The House of Representatives passed the bill, Speaker "
			      "Ivo Stask said.\n");
	(void)state;
	if (!has(f, "Maria Kyriakou", "holds_position", "House of Representatives", NULL, NULL))
		dump(f);
	assert_true(has(f, "Maria Kyriakou", "holds_position", "House of Representatives", NULL, NULL));
	assert_null(kg_facts_find(f, "U.S. House of Representatives"));
	assert_non_null(kg_facts_find(g, "U.S. House of Representatives"));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__calls_by_video_and_a_telephone_conversation_opening_the_sentence(void **state)
{
	kg_facts *f = extract("Ana Lind spoke by video call with the chief executive of the Tarvia Health Board, Neil Cassidy.\n"
			      "Omar Vessad met Ivo Stask in Valletta. Commissioner Ruth Kell joined the leaders by video "
			      "link.\n"
			      "In a telephone conversation on Sunday, Tomas Brel had also discussed the summit with Argentina's "
			      "president, Lena Ostrova.\n");
	(void)state;
	if (!has(f, "Ana Lind", "speak_with", "Neil Cassidy", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "speak_with", "Neil Cassidy", NULL, NULL));
	assert_true(has(f, "Ruth Kell", "speak_with", "Omar Vessad", NULL, NULL));
	assert_false(has(f, "Ruth Kell", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Tomas Brel", "speak_with", "Lena Ostrova", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_join_someone_for_a_meeting_meet_that_one(void **state)
{
	kg_facts *f = extract("Ana Lind and Omar Vessad joined the health secretary, Ruth Kell, for a meeting with union "
			      "representatives.\n");
	(void)state;
	if (!has(f, "Ana Lind", "meet", "Ruth Kell", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Lind", "meet", "Ruth Kell", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Ruth Kell", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__his_excellency_in_capitals_inside_a_sentence_is_no_part_of_the_name(void **state)
{
	kg_facts *f = extract("President Lina Osk also met with HE Rami Tolba, the Danish foreign minister.\n"
			      "Joe Tanner paid a courtesy call on Prime Minister Mette Vanggaard in Aarhus.\n");
	const kg_event *ev;
	(void)state;
	if (!has(f, "Lina Osk", "meet", "Rami Tolba", NULL, NULL))
		dump(f);
	assert_true(has(f, "Lina Osk", "meet", "Rami Tolba", NULL, NULL));
	assert_null(kg_facts_find(f, "HE Rami Tolba"));
	ev = event_with(f, "Mette Vanggaard");
	assert_non_null(ev);
	assert_non_null(ev->place);
	assert_string_equal(ev->place, "Aarhus");
	kg_facts_free(f);
}

static void test_ner__a_known_country_in_brackets_is_never_an_alias_of_something_else(void **state)
{
	kg_facts *f = extract("Lina Osk met officials of the Pacific Rim Council (PRC) in Aarhus.\n"
			      "Joe Tanner met officials of the Danish Energy Agency (DEA) in Aarhus.\n");
	const kg_entity *e;
	(void)state;
	e = kg_facts_find(f, "Pacific Rim Council");
	assert_non_null(e);
	if (kg_strv_contains(&e->aliases, "PRC"))
		fail_msg("PRC (China) became an alias of Pacific Rim Council");
	e = kg_facts_find(f, "Danish Energy Agency");
	assert_non_null(e);
	assert_true(kg_strv_contains(&e->aliases, "DEA"));
	kg_facts_free(f);
}

static void test_ner__a_short_form_two_full_names_share_is_the_nearest_one_before_it(void **state)
{
	kg_facts *f = extract("Deputy Minister Velko Hristan met Ilse Maarten in Tallinn on Monday.\n"
			      "Velko Danar, a trade envoy, attended the dinner.\n"
			      "Minister Velko Hristan thanked Maarten.\n"
			      "Velko said the talks were useful.\n");
	const kg_entity *e;
	(void)state;
	assert_null(kg_facts_find(f, "Velko"));
	e = kg_facts_find(f, "Velko Hristan");
	assert_non_null(e);
	assert_true(kg_strv_contains(&e->aliases, "Velko"));
	e = kg_facts_find(f, "Velko Danar");
	assert_non_null(e);
	assert_false(kg_strv_contains(&e->aliases, "Velko"));
	kg_facts_free(f);
}

static void test_ner__a_place_glued_before_a_name_is_cut_off_the_person(void **state)
{
	kg_facts *f = extract("Prime Minister Alda Ferro received at Villa Montrose Karen Halden, the president "
			      "of the Nordic Fund.\n"
			      "Sultan Harun bin Talib Al Talib met Ahmed Rafi al Karimi in Manama.\n");
	(void)state;
	assert_non_null(kg_facts_find(f, "Karen Halden"));
	assert_null(kg_facts_find(f, "Villa Montrose Karen Halden"));
	assert_non_null(kg_facts_find(f, "Harun bin Talib Al Talib"));
	assert_non_null(kg_facts_find(f, "Ahmed Rafi al Karimi"));
	assert_null(kg_facts_find(f, "Al Talib"));
	assert_null(kg_facts_find(f, "al Karimi"));
	kg_facts_free(f);
}

static void test_ner__a_title_takes_its_field_after_for_before_the_holder(void **state)
{
	kg_facts *f = extract("Talks between Tomas Wendt and the Kingdom of Norway's Minister Responsible for Fisheries "
			      "and Coastal Affairs Laura Varg were held in Bergen.\n"
			      "Minister for Europe Jon Askel met Varg.\n");
	(void)state;
	if (!has(f, "Laura Varg", "holds_position", "Norway", "Minister Responsible for Fisheries and Coastal Affairs", NULL))
		dump(f);
	assert_true(has(f, "Laura Varg", "holds_position", "Norway", "Minister Responsible for Fisheries and Coastal Affairs",
			NULL));
	assert_true(has(f, "Tomas Wendt", "meet", "Laura Varg", NULL, NULL));
	assert_true(has(f, "Jon Askel", "meet", "Laura Varg", NULL, NULL));
	assert_null(kg_facts_find(f, "Europe Jon Askel"));
	kg_facts_free(f);
}

static void test_ner__calling_on_someone_is_a_visit_but_calling_on_someone_to_act_is_not(void **state)
{
	kg_facts *f = extract("Prime Minister Lena Holt called on President Ivo Darnel in Vienna on Monday.\n"
			      "Opposition leader Mara Quist called on President Ivo Darnel to resign.\n"
			      "Quist also called on Darnel for calm.\n");
	const kg_event *ev;
	(void)state;
	assert_true(has(f, "Lena Holt", "meet", "Ivo Darnel", NULL, NULL));
	assert_false(has(f, "Mara Quist", "meet", "Ivo Darnel", NULL, NULL));
	ev = event_with(f, "Lena Holt");
	assert_non_null(ev);
	assert_int_equal(role_in(ev, "Lena Holt"), KG_ROLE_GUEST);
	kg_facts_free(f);
}

static void test_ner__an_audience_granted_by_someone_is_a_meeting_with_him(void **state)
{
	kg_facts *f = extract("Prime Minister Anh Duc Lam was granted an audience by King Rama Vichai in Bangkok.\n");
	(void)state;
	if (!has(f, "Anh Duc Lam", "meet", "Rama Vichai", NULL, NULL))
		dump(f);
	assert_true(has(f, "Anh Duc Lam", "meet", "Rama Vichai", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_subject_of_a_passive_appointment_is_the_one_appointed(void **state)
{
	kg_facts *f = extract("President Bola Adeyemi met Finance Minister Ngozi Ezeh.\n"
			      "Ezeh was appointed by Adeyemi in 2023.\n");
	(void)state;
	assert_true(has(f, "Bola Adeyemi", "appoints", "Ngozi Ezeh", NULL, NULL));
	assert_false(has(f, "Ngozi Ezeh", "appoints", "Bola Adeyemi", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_demonym_before_a_title_is_its_country_not_a_town_of_that_name(void **state)
{
	kg_facts *f = extract("Kenyan President Daniel Kamau met Somali President Hassan Abdi in Nairobi.\n");
	(void)state;
	if (!has(f, "Hassan Abdi", "holds_position", "Somalia", "President", NULL))
		dump(f);
	assert_true(has(f, "Hassan Abdi", "holds_position", "Somalia", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__the_verb_after_and_shares_the_subject_of_the_verb_before(void **state)
{
	kg_facts *f = extract("Managing Director Kwesi Boateng visited Johannesburg last week and met chief executive "
			      "Tom Baxter at the company's headquarters.\n");
	(void)state;
	if (!has(f, "Kwesi Boateng", "meet", "Tom Baxter", NULL, NULL))
		dump(f);
	assert_true(has(f, "Kwesi Boateng", "visits", "Johannesburg", NULL, NULL));
	assert_true(has(f, "Kwesi Boateng", "meet", "Tom Baxter", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__leading_a_delegation_to_a_place_is_a_visit(void **state)
{
	kg_facts *f = extract("Kenyan Trade Minister Rebecca Otieno led a delegation of 40 business leaders to Beijing.\n"
			      "Indian Prime Minister Arjun Mehta and Bangladeshi Prime Minister Fatima Haque held a "
			      "virtual summit on Thursday.\n");
	(void)state;
	if (!has(f, "Rebecca Otieno", "visits", "Beijing", NULL, NULL))
		dump(f);
	assert_true(has(f, "Rebecca Otieno", "visits", "Beijing", NULL, NULL));
	assert_true(has(f, "Arjun Mehta", "meet", "Fatima Haque", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_before_a_facility_noun_is_a_place(void **state)
{
	kg_facts *f = extract("Defense Secretary Mark Esper met with officials and paid a visit to the city's Hoa Lo "
			      "prison.\n");
	(void)state;
	assert_int_equal(type_of(f, "Hoa Lo"), KG_TYPE_PLACE);
	assert_int_equal(count_pred(f, "meet"), 0);
	kg_facts_free(f);
}

static void test_ner__a_demonym_of_two_words_opening_a_sentence_is_its_country(void **state)
{
	kg_facts *f = extract("South African President Thabo Nkosi met Sri Lankan Prime Minister Ranil Perera.\n");
	(void)state;
	if (!has(f, "Thabo Nkosi", "holds_position", "South Africa", "President", NULL))
		dump(f);
	assert_true(has(f, "Thabo Nkosi", "holds_position", "South Africa", "President", NULL));
	assert_true(has(f, "Ranil Perera", "holds_position", "Sri Lanka", "Prime Minister", NULL));
	assert_null(kg_facts_find(f, "Africa"));
	kg_facts_free(f);
}

static void test_ner__meeting_a_visiting_minister_and_hosting_a_dinner_for_guests(void **state)
{
	kg_facts *f = extract("President Ramon Cruz met visiting Japanese Foreign Minister Yoko Tanaka on Wednesday.\n"
			      "Cruz later hosted a state dinner for Tanaka and Australian Foreign Minister Kate Walsh.\n");
	const kg_event *ev;
	(void)state;
	assert_true(has(f, "Ramon Cruz", "meet", "Yoko Tanaka", NULL, NULL));
	assert_true(has(f, "Ramon Cruz", "meet", "Kate Walsh", NULL, NULL));
	ev = event_with(f, "Kate Walsh");
	assert_non_null(ev);
	assert_int_equal(role_in(ev, "Ramon Cruz"), KG_ROLE_HOST);
	kg_facts_free(f);
}

static void test_ner__paying_or_making_a_visit_is_one_and_cancelling_it_is_not(void **state)
{
	kg_facts *f = extract("Bank president Akinwumi Oduya paid a working visit to Kinshasa on Monday.\n"
			      "Minister Ivo Karl made a two-day trip to Vienna last week.\n"
			      "President Ana Vela cancelled her visit to Madrid.\n"
			      "Ahead of Vela's visit to Rome, officials met.\n");
	(void)state;
	assert_true(has(f, "Akinwumi Oduya", "visits", "Kinshasa", NULL, NULL));
	assert_true(has(f, "Ivo Karl", "visits", "Vienna", NULL, NULL));
	assert_false(has(f, "Ana Vela", "visits", "Madrid", NULL, NULL));
	assert_true(has(f, "Ana Vela", "visits", "Rome", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__a_founder_holds_a_position_and_taking_part_is_attending(void **state)
{
	kg_facts *f = extract("Kenji Mori, founder of Hoshi Technologies, attended the World Robotics Forum.\n"
			      "Indian Prime Minister Arjun Mehta took part in the G20 summit in Rio de Janeiro.\n");
	(void)state;
	if (!has(f, "Kenji Mori", "holds_position", "Hoshi Technologies", "Founder", NULL))
		dump(f);
	assert_true(has(f, "Kenji Mori", "holds_position", "Hoshi Technologies", "Founder", NULL));
	assert_true(has(f, "Kenji Mori", "attends", "World Robotics Forum", NULL, NULL));
	assert_true(has(f, "Arjun Mehta", "attends", "G20", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_place_and_an_industry_word_name_a_company_not_a_ministry(void **state)
{
	kg_facts *f = extract("Andes Copper chief executive Maria Lopez met Ghana Mining Minister Kofi Asare.\n"
			      "Iraq Oil Minister Hayan Ali met Pakistan Air Force chief Zaheer Babar.\n");
	(void)state;
	if (!has(f, "Maria Lopez", "holds_position", "Andes Copper", NULL, NULL))
		dump(f);
	assert_int_equal(type_of(f, "Andes Copper"), KG_TYPE_ORG);
	assert_true(has(f, "Maria Lopez", "holds_position", "Andes Copper", NULL, NULL));
	assert_true(has(f, "Kofi Asare", "holds_position", "Ghana", "Mining Minister", NULL));
	assert_true(has(f, "Hayan Ali", "holds_position", "Iraq", "Oil Minister", NULL));
	assert_null(kg_facts_find(f, "Pakistan Air"));
	kg_facts_free(f);
}

static void test_ner__audiences_and_a_tete_a_tete_are_meetings(void **state)
{
	kg_facts *f = extract("President Paul Kagiso received in audience the visiting Burundian Foreign Minister "
			      "Albert Shingiro.\n"
			      "Kagiso granted an audience to Tanzanian envoy Juma Mwinyi on Tuesday.\n"
			      "Senegalese President Macky Faye held a tete-a-tete with Gambian President Adama Barrow.\n");
	const kg_event *ev;
	(void)state;
	assert_true(has(f, "Paul Kagiso", "meet", "Albert Shingiro", NULL, NULL));
	assert_true(has(f, "Paul Kagiso", "meet", "Juma Mwinyi", NULL, NULL));
	assert_true(has(f, "Macky Faye", "meet", "Adama Barrow", NULL, NULL));
	ev = event_with(f, "Juma Mwinyi");
	assert_non_null(ev);
	assert_int_equal(role_in(ev, "Paul Kagiso"), KG_ROLE_HOST);
	kg_facts_free(f);
}

static void test_ner__calls_said_with_a_plural_subject_a_fronted_phrase_or_telephoned(void **state)
{
	kg_facts *f = extract("Turkish President Kemal Ozal and Russian President Ivan Petrov spoke by telephone.\n"
			      "In a phone call with Ozal, Iranian President Hassan Rahimi discussed grain.\n"
			      "Ozal telephoned German Chancellor Olaf Berg later that day.\n"
			      "President Ana Vela and Minister Ivo Karl spoke at the forum on Monday.\n");
	const kg_event *ev;
	(void)state;
	assert_true(has(f, "Kemal Ozal", "speak_with", "Ivan Petrov", NULL, NULL));
	assert_true(has(f, "Kemal Ozal", "speak_with", "Hassan Rahimi", NULL, NULL));
	assert_true(has(f, "Kemal Ozal", "speak_with", "Olaf Berg", NULL, NULL));
	assert_false(has(f, "Ana Vela", "speak_with", "Ivo Karl", NULL, NULL));
	ev = event_with(f, "Ivan Petrov");
	assert_non_null(ev);
	assert_int_equal(ev->type, KG_EVENT_CALL);
	kg_facts_free(f);
}

static void test_ner__a_subsidiary_in_a_country_and_a_visit_during_another_act(void **state)
{
	kg_facts *f = extract("Telco Group chief executive Ralph Mupita announced a new investment during a visit "
			      "to Kampala.\n"
			      "Mupita was accompanied by Telco Group Uganda chief executive Sylvia Mulinge.\n");
	(void)state;
	if (!has(f, "Ralph Mupita", "visits", "Kampala", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ralph Mupita", "visits", "Kampala", NULL, NULL));
	assert_true(has(f, "Sylvia Mulinge", "holds_position", "Telco Group Uganda", "Chief Executive", NULL));
	assert_false(has(f, "Sylvia Mulinge", "holds_position", "Uganda", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_head_of_a_part_of_an_organisation_does_not_lead_it(void **state)
{
	kg_facts *f = extract("Tom Reyes, head of Norbank's Africa division, met Treasury Secretary John Mbadi.\n"
			      "Ann Vik, head of Norbank, met Mbadi later.\n");
	(void)state;
	assert_false(has(f, "Tom Reyes", "leads", "Norbank", NULL, NULL));
	assert_true(has(f, "Ann Vik", "leads", "Norbank", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_presidents_minister_serves_the_country_and_his_press_secretary_him(void **state)
{
	kg_facts *f = extract("Mexican President Clara Solis met Colombian envoy Luis Murillo on Thursday.\n"
			      "Murillo later met Solis's foreign minister, Juan de la Fuente.\n"
			      "Solis's press secretary, Ana Ruiz, said the talks went well.\n");
	(void)state;
	if (!has(f, "Juan de la Fuente", "holds_position", "Mexico", NULL, NULL))
		dump(f);
	assert_true(has(f, "Juan de la Fuente", "holds_position", "Mexico", NULL, NULL));
	assert_true(has(f, "Ana Ruiz", "holds_position", "Clara Solis", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_joint_press_conference_is_a_meeting_a_lone_one_is_not(void **state)
{
	kg_facts *f = extract("President William Keter held a news conference with Ugandan President Yoweri Opio.\n"
			      "Prime Minister Ana Vela and Chancellor Ivo Karl held a joint press conference.\n"
			      "Keter held a press conference in Nairobi.\n");
	(void)state;
	assert_true(has(f, "William Keter", "meet", "Yoweri Opio", NULL, NULL));
	assert_true(has(f, "Ana Vela", "meet", "Ivo Karl", NULL, NULL));
	assert_int_equal(count_pred(f, "meet"), 2);
	kg_facts_free(f);
}

static void test_ner__conditions_possibilities_and_called_off_meetings_are_not_asserted(void **state)
{
	kg_facts *f = extract("President Ana Vela met Chancellor Ivo Karl in Vienna.\n"
			      "If Vela meets Prime Minister Tom Reed, trade will top the agenda.\n"
			      "Vela could visit Oslo next year.\n"
			      "A planned meeting between Karl and Reed was called off.\n");
	(void)state;
	assert_true(has(f, "Ana Vela", "meet", "Ivo Karl", NULL, NULL));
	assert_false(has(f, "Ana Vela", "meet", "Tom Reed", NULL, NULL));
	assert_false(has(f, "Ivo Karl", "meet", "Tom Reed", NULL, NULL));
	assert_false(has(f, "Ivo Karl", "meet", "Tom Reed", NULL, "planned"));
	assert_false(has(f, "Ana Vela", "visits", "Oslo", NULL, NULL));
	assert_true(has(f, "Ana Vela", "visits", "Oslo", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__he_is_not_someone_a_she_already_named(void **state)
{
	kg_facts *f = extract("President Ana Vela arrived in Oslo on Monday. She met Prime Minister Jonas Stor.\n"
			      "Swedish Prime Minister Ulf Berg met Vela a day after he met Danish Prime Minister Mette "
			      "Lund.\n");
	(void)state;
	if (!has(f, "Ulf Berg", "meet", "Mette Lund", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ulf Berg", "meet", "Mette Lund", NULL, NULL));
	assert_false(has(f, "Ana Vela", "meet", "Mette Lund", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__aides_and_envoys_named_by_a_person_advise_that_person(void **state)
{
	kg_facts *f = extract("President Ana Vela named former diplomat Lisa Holm her special envoy for the region.\n"
			      "Paul Dunn, a close aide to Vela, met Ethiopian Prime Minister Abiy Kebede.\n");
	(void)state;
	if (!has(f, "Ana Vela", "appoints", "Lisa Holm", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ana Vela", "appoints", "Lisa Holm", NULL, NULL));
	assert_true(has(f, "Lisa Holm", "holds_position", "Ana Vela", "Special Envoy", NULL));
	assert_true(has(f, "Lisa Holm", "advises", "Ana Vela", NULL, NULL));
	assert_true(has(f, "Paul Dunn", "advises", "Ana Vela", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__travelling_to_a_place_to_meet_someone_is_the_travellers_planned_meeting(void **state)
{
	kg_facts *f = extract("Argentine Economy Minister Luis Caputo travelled to Washington to meet IMF Managing "
			      "Director Kristina Valeva.\n");
	(void)state;
	if (!has(f, "Luis Caputo", "meet", "Kristina Valeva", NULL, "planned"))
		dump(f);
	assert_true(has(f, "Luis Caputo", "visits", "Washington", NULL, NULL));
	assert_true(has(f, "Luis Caputo", "meet", "Kristina Valeva", NULL, "planned"));
	assert_false(has(f, "Washington", "meet", "Kristina Valeva", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__touching_down_in_a_place_is_a_visit(void **state)
{
	kg_facts *f = extract("Indian Prime Minister Arjun Mehta touched down in Paris on Thursday.\n"
			      "The index touched a record high in Paris.\n");
	(void)state;
	assert_true(has(f, "Arjun Mehta", "visits", "Paris", NULL, NULL));
	assert_int_equal(count_pred(f, "visits"), 1);
	kg_facts_free(f);
}

static void test_ner__a_trip_of_a_described_person_or_of_his_is_that_persons_visit(void **state)
{
	kg_facts *f = extract("Danish Crown Prince Lars Vester arrived in Bergen on Monday.\n"
			      "Joe Tanner welcomed the Crown Prince on his Oslo visit, Rami Tolba said.\n"
			      "It was the Danish prince's first official trip to Aarhus.\n");
	(void)state;
	if (!has(f, "Lars Vester", "visits", "Oslo", NULL, NULL))
		dump(f);
	assert_true(has(f, "Lars Vester", "visits", "Bergen", NULL, NULL));
	assert_true(has(f, "Lars Vester", "visits", "Oslo", NULL, NULL));
	assert_true(has(f, "Lars Vester", "visits", "Aarhus", NULL, NULL));
	assert_false(has(f, "Joe Tanner", "visits", "Oslo", NULL, NULL));
	assert_false(has(f, "Rami Tolba", "visits", "Oslo", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__sheikh_is_a_style_not_an_office(void **state)
{
	kg_facts *f = extract("Emir Sheikh Khalid bin Hamad of Qatar met Joe Tanner in Doha.\n"
			      "Lina Osk and Sheikh Rami bin Saleh met in Doha.\n");
	(void)state;
	assert_true(has(f, "Khalid bin Hamad", "holds_position", "Qatar", "Emir", NULL));
	assert_false(has(f, "Rami bin Saleh", "holds_position", "Qatar", "Sheikh", NULL));
	assert_false(has(f, "Khalid bin Hamad", "holds_position", "Qatar", "Sheikh", NULL));
	kg_facts_free(f);
}

static void test_ner__a_superintendent_is_a_title_and_i_m_is_no_name(void **state)
{
	kg_facts *f = extract("Superintendent Lina Osk met Joe Tanner of the Coastal Community in Aarhus.\n"
			      "\"I'm proud of our schools,\" Osk said.\n");
	(void)state;
	if (!kg_facts_find(f, "Lina Osk"))
		dump(f);
	assert_non_null(kg_facts_find(f, "Lina Osk"));
	assert_null(kg_facts_find(f, "Superintendent Lina Osk"));
	assert_null(kg_facts_find(f, "I'm"));
	assert_int_equal(type_of(f, "Coastal Community"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__a_threads_cache_changes_no_fact(void **state)
{
	static const char *const texts[] = {
		"Foreign Minister Tomas Varga met Prime Minister Ilse Brandt in Vienna on Monday. They spoke "
		"about trade, and Varga said he would visit Berlin next week.\n",
		"Varga, who was leading the delegation, met Brandt again and spoke with her adviser Pia Lund.\n",
	};
	kg_ner_cache *fresh = NULL;
	(void)state;

	assert_int_equal(kg_ner_cache_new(&fresh), 0);
	/* a fresh cache, the same cache warm, the shared one and none give the same triples */
	for (int round = 0; round < 2; round++) {
		for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
			kg_facts *a = extract_with(texts[i], NULL), *b = extract_with(texts[i], fresh),
				 *c = extract(texts[i]);

			assert_true(a->n_triples > 0);
			assert_int_equal(b->n_triples, a->n_triples);
			assert_int_equal(c->n_triples, a->n_triples);
			for (size_t t = 0; t < a->n_triples; t++) {
				assert_string_equal(b->triples[t].subject, a->triples[t].subject);
				assert_string_equal(b->triples[t].predicate, a->triples[t].predicate);
				assert_string_equal(b->triples[t].object, a->triples[t].object);
				assert_string_equal(c->triples[t].subject, a->triples[t].subject);
				assert_string_equal(c->triples[t].predicate, a->triples[t].predicate);
				assert_string_equal(c->triples[t].object, a->triples[t].object);
			}
			kg_facts_free(a);
			kg_facts_free(b);
			kg_facts_free(c);
		}
	}
	kg_ner_cache_free(fresh);
	kg_ner_cache_free(NULL);
}

static void test_ner__an_organisation_keeps_the_for_part_of_its_name(void **state)
{
	kg_facts *f = extract("Tariffs helped, said economist Lina Parr, who heads the Varden Institute for Fiscal "
			      "and Monetary Studies, a research group.\n"
			      "The Ministry for Coastal Affairs said the talks were useful.\n");
	(void)state;
	assert_int_equal(type_of(f, "Varden Institute for Fiscal and Monetary Studies"), KG_TYPE_ORG);
	assert_null(kg_facts_find(f, "Varden Institute"));
	assert_true(has(f, "Lina Parr", "leads", "Varden Institute for Fiscal and Monetary Studies", NULL, NULL));
	assert_int_equal(type_of(f, "Ministry for Coastal Affairs"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__a_headline_in_title_case_keeps_its_for_words_out_of_names(void **state)
{
	kg_facts *f = extract("Varden Institute For Fiscal Studies Opens New Office In Lagos\n\n"
			      "The institute opened an office in Lagos on Monday.\n");
	(void)state;
	for (size_t i = 0; i < f->n_entities; i++)
		assert_null(strstr(f->entities[i].name, "Opens"));
	kg_facts_free(f);
}

static void test_ner__a_facility_named_for_a_place_is_a_place_of_its_own(void **state)
{
	kg_facts *f = extract("Prime Minister Ansel Marrick landed at Lagos International Airport on Tuesday and "
			      "met President Lucio Farfan in Abuja Palace.\n");
	(void)state;
	assert_int_equal(type_of(f, "Lagos International Airport"), KG_TYPE_PLACE);
	assert_null(kg_facts_find(f, "International Airport"));
	assert_int_equal(type_of(f, "Abuja Palace"), KG_TYPE_PLACE);
	assert_true(has(f, "Ansel Marrick", "meet", "Lucio Farfan", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_countrys_list_of_officials_gives_each_office_to_the_country(void **state)
{
	kg_facts *f = extract("The president was accompanied by Egypt's Foreign Minister Hakan Tolen, Interior Minister "
			      "Ali Yerden, Communications Director Fahri Alton and other ministers.\n"
			      "Siemens CEO Jon Varga, Prime Minister Omar Seddik and others attended.\n");
	(void)state;
	assert_true(has(f, "Ali Yerden", "holds_position", "Egypt", "Interior Minister", NULL));
	assert_true(has(f, "Fahri Alton", "holds_position", "Egypt", "Communications Director", NULL));
	/* a company's officer before a national office lends it no owner */
	assert_false(has(f, "Omar Seddik", "holds_position", "Siemens", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_hotel_or_fort_opens_a_place_name_and_a_person_may_follow_it(void **state)
{
	kg_facts *f = extract("Minister Dagny Solberg headed straight to Hotel Marian Vessa after landing.\n"
			      "Ansel Marrick met today at Fort Lenox Ursula Farfan, the trade envoy.\n");
	(void)state;
	assert_int_equal(type_of(f, "Hotel Marian Vessa"), KG_TYPE_PLACE);
	assert_null(kg_facts_find(f, "Marian Vessa"));
	assert_int_equal(type_of(f, "Fort Lenox"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Ursula Farfan"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_given_name_and_its_particles_make_one_person_before_a_town_of_that_name(void **state)
{
	kg_facts *f = extract("The minister quoted Pierre de Vessaud at the opening of the games.\n");
	(void)state;
	assert_int_equal(type_of(f, "Pierre de Vessaud"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Pierre"));
	assert_null(kg_facts_find(f, "Vessaud"));
	kg_facts_free(f);
}

static void test_ner__a_museum_arena_cathedral_or_mosque_ends_a_place_name(void **state)
{
	kg_facts *f = extract("Minister Dagny Solberg toured the Marrick Museum, the Tolen Arena, Vessa Cathedral and "
			      "the Farfan Mosque on Monday.\n");
	(void)state;
	assert_int_equal(type_of(f, "Marrick Museum"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Tolen Arena"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Vessa Cathedral"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Farfan Mosque"), KG_TYPE_PLACE);
	kg_facts_free(f);
}

static void test_ner__a_country_that_acts_on_an_office_holder_does_not_own_the_office(void **state)
{
	kg_facts *f = extract("They urged Chile to investigate former Vice President Tolen.\n"
			      "He offered the Chileans a deal before Vice President Marrick answered.\n"
			      "Jane Roe, a Chile specialist, advised Vice President Farfan.\n"
			      "Breaking with decades of Chile policy, President Halvik raised tariffs.\n");
	(void)state;
	assert_false(has(f, "Tolen", "holds_position", "Chile", NULL, NULL));
	assert_false(has(f, "Marrick", "holds_position", "Chile", NULL, NULL));
	assert_false(has(f, "Farfan", "holds_position", "Chile", NULL, NULL));
	/* a country qualifying what follows it still gives its office */
	assert_true(has(f, "Halvik", "holds_position", "Chile", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_after_another_ones_owner_is_not_that_owners(void **state)
{
	kg_facts *f = extract("According to the mayor of Lenox Falls, Gov. Dagny Solberg launched the campaign.\n"
			      "The Chief of Staff of the Army, General Omar Vessad, met the envoy.\n"
			      "Olivier Tolen, General Manager of Life Care Solutions, said the deal was done.\n");
	(void)state;
	assert_false(has(f, "Dagny Solberg", "holds_position", "Lenox Falls", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "Army", "Chief of Staff", NULL));
	assert_true(has(f, "Olivier Tolen", "holds_position", "Life Care Solutions", "General Manager", NULL));
	assert_null(kg_facts_find(f, "Manager"));
	kg_facts_free(f);
}

static void test_ner__a_country_that_qualifies_one_office_does_not_own_a_later_one(void **state)
{
	kg_facts *f = extract("Indonesian President Ansel Marrick arrived in Tokyo, where he is expected to meet Prime "
			      "Minister Jon Halvik.\n"
			      "Egyptian President Omar Vessad and Foreign Minister Ali Tolen met the envoy.\n");
	(void)state;
	assert_true(has(f, "Ansel Marrick", "holds_position", "Indonesia", "President", NULL));
	assert_false(has(f, "Jon Halvik", "holds_position", "Indonesia", NULL, NULL));
	/* a list of one country's office holders */
	assert_true(has(f, "Ali Tolen", "holds_position", "Egypt", "Foreign Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__places_alone_make_no_meeting(void **state)
{
	kg_facts *f = extract("The leaders of Senegal, Mali and Niger met in Dakar on Monday.\n"
			      "Jon Halvik held talks with Russia.\n");
	(void)state;
	assert_false(has(f, "Senegal", "meet", "Mali", NULL, NULL));
	assert_false(has(f, "Mali", "meet", "Niger", NULL, NULL));
	/* a country meeting a person stays */
	assert_true(has(f, "Jon Halvik", "meet", "Russia", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_with_an_initial_is_the_same_person_as_its_name_word(void **state)
{
	kg_facts *f = extract("S. Vessadkar met the envoy on Monday.\nLater, Vessadkar held talks with Jon Halvik.\n");
	(void)state;
	assert_true(has(f, "S. Vessadkar", "meet", "Jon Halvik", NULL, NULL));
	assert_null(kg_facts_find(f, "Vessadkar"));
	kg_facts_free(f);
}

static void test_ner__a_short_month_name_beside_name_words_is_part_of_a_name(void **state)
{
	kg_facts *f = extract("Tolen Electronics appointed Jun Young-sik as its new chief executive.\n"
			      "The report was written by Liang Jun and Zhang Kaiwei.\n"
			      "The talks resumed on Jun 5 in Geneva.\n");
	(void)state;
	assert_true(has(f, "Jun Young-sik", "holds_position", "Tolen Electronics", NULL, NULL));
	assert_int_equal(type_of(f, "Liang Jun"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Liang"));
	kg_facts_free(f);
}

static void test_ner__its_office_belongs_to_the_nearest_organisation_before_it(void **state)
{
	kg_facts *f = extract("Kenya's trade minister, Lee Vessad, welcomed a delegation from the Tolen Trade "
			      "Organization led by its president, Jon Halvik.\n"
			      "Acme Corp appointed Jane Roe as its new chief executive.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Tolen Trade Organization", "President", NULL));
	assert_false(has(f, "Jon Halvik", "holds_position", "Kenya", NULL, NULL));
	assert_true(has(f, "Jane Roe", "holds_position", "Acme Corp", NULL, NULL));
	assert_true(has(f, "Acme Corp", "appoints", "Jane Roe", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_forming_word_inside_a_name_keeps_the_name_whole(void **state)
{
	kg_facts *f = extract("Somalia's President Hassan Sheikh Vessad is on a two-day visit to Ethiopia.\n"
			      "Vessad later met Jon Halvik.\n");
	(void)state;
	assert_true(has(f, "Hassan Sheikh Vessad", "holds_position", "Somalia", "President", NULL));
	assert_true(has(f, "Hassan Sheikh Vessad", "meet", "Jon Halvik", NULL, NULL));
	assert_null(kg_facts_find(f, "Hassan"));
	kg_facts_free(f);
}

static void test_ner__the_leader_of_a_delegation_takes_part_in_its_meeting(void **state)
{
	kg_facts *f = extract("President Ansel Marrick received a delegation led by Deputy Prime Minister Jon Halvik.\n"
			      "A trade mission headed by Ali Tolen met President Ansel Marrick on Friday.\n"
			      "Marrick also met with a US congressional delegation led by Senator Jane Roe.\n");
	(void)state;
	assert_true(has(f, "Ansel Marrick", "meet", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Ansel Marrick", NULL, NULL));
	assert_true(has(f, "Ansel Marrick", "meet", "Jane Roe", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_with_no_country_takes_the_datelines_beside_another_countrys_named_one(void **state)
{
	kg_facts *f = extract("LAGOS, June 4 (Reuters) - President Jon Halvik met Ali Tolen on Monday.\n");
	kg_facts *g = extract("LAGOS, June 4 (Reuters) - Ghanaian President Omar Vessad was not there.\n"
			      "President Jon Halvik met Ali Tolen on Monday.\n");
	kg_facts *h = extract("Foreign Minister Omar Vessad met Ali Tolen.\nChilean President Jon Halvik said so.\n"
			      "Interior Minister Dagny Solberg was there too.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Nigeria", "President", NULL));
	/* another country's office is named with its country; the bare one is the dateline's */
	assert_true(has(g, "Jon Halvik", "holds_position", "Nigeria", "President", NULL));
	assert_false(has(g, "Omar Vessad", "holds_position", "Nigeria", NULL, NULL));
	/* no dateline: the one country of the other offices may be the foreign side */
	assert_false(has(h, "Omar Vessad", "holds_position", "Chile", NULL, NULL));
	assert_false(has(h, "Dagny Solberg", "holds_position", "Chile", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__a_towns_name_and_a_colon_open_a_dateline(void **state)
{
	kg_facts *f = extract("ISLAMABAD: Prime Minister Ola Brekke on Friday called on President Jon Halvik and briefed "
			      "him.\n");
	kg_facts *g = extract("RIYADH: Crown Prince Omar Vessad received a phone call from French President Ali Tolen on "
			      "Tuesday.\n");
	kg_facts *h = extract("KAMPALA - The Minister of Foreign Affairs, Hon. Gen. Lior Halden, received the ambassador "
			      "on Tuesday.\n");

	(void)state;
	assert_true(has(f, "Ola Brekke", "holds_position", "Pakistan", "Prime Minister", NULL));
	assert_true(has(f, "Jon Halvik", "holds_position", "Pakistan", "President", NULL));
	/* the lead's bare office is the dateline's though another country's office follows */
	assert_true(has(g, "Omar Vessad", "holds_position", "Saudi Arabia", "Crown Prince", NULL));
	assert_true(has(g, "Ali Tolen", "holds_position", "France", "President", NULL));
	/* a rank of the holder's own between the office described and the name */
	assert_true(has(h, "Lior Halden", "holds_position", "Uganda", "Foreign Minister", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__a_bare_office_in_the_lead_takes_the_datelines_country_though_others_follow(void **state)
{
	kg_facts *f = extract("NAIROBI (Reuters) - Interior Minister Jon Halvik said on Tuesday that police would "
			      "go to the border, a day after Ugandan President Ali Tolen spoke.\n");
	kg_facts *g = extract("LIMA (Reuters) - Economy Minister Dagny Solberg met investors on Wednesday.\n"
			      "Chilean Finance Minister Omar Vessad said so.\n");
	kg_facts *h = extract("ABUJA (Reuters) - Ghanaian President Ali Tolen met Defence Minister Jon Halvik.\n");

	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Kenya", "Interior Minister", NULL));
	assert_true(has(f, "Ali Tolen", "holds_position", "Uganda", "President", NULL));
	assert_true(has(g, "Dagny Solberg", "holds_position", "Peru", "Economy Minister", NULL));
	/* a guest named with its country meets a bare office: the host's */
	assert_true(has(h, "Jon Halvik", "holds_position", "Nigeria", NULL, NULL));
	assert_false(has(h, "Ali Tolen", "holds_position", "Nigeria", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__the_speaker_of_parliament_holds_the_countrys_office(void **state)
{
	kg_facts *f = extract("KAMPALA, Uganda - The Speaker of Parliament, Jane Roe, said on Tuesday that the house "
			      "would sit.\n");
	kg_facts *g = extract("COLOMBO (Reuters) - Parliament Speaker Ali Tolen met Jon Halvik on Monday.\n");
	kg_facts *h = extract("LILONGWE, Malawi - Member of Parliament Omar Vessad said the road was closed.\n");

	(void)state;
	assert_true(has(f, "Jane Roe", "holds_position", "Uganda", "Speaker of Parliament", NULL));
	assert_true(has(g, "Ali Tolen", "holds_position", "Sri Lanka", "Parliament Speaker", NULL));
	/* a member's seat is no office of the country */
	assert_false(has(h, "Omar Vessad", "holds_position", "Malawi", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__a_three_syllable_east_asian_name_keeps_its_family_name(void **state)
{
	kg_facts *f = extract("NEW DELHI, Feb 3 (PTI) Union Minister Jon Halvik met Singapore's Deputy Prime Minister "
			      "Gan Kim Huat on Monday.\nGan Kim Huat said the talks went well.\n");
	kg_facts *g = extract("Malaysian Trade Minister Wong Lee Chuan met Ali Tolen in Putrajaya.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Kim Huat"));
	assert_true(has(f, "Gan Kim Huat", "holds_position", "Singapore", "Deputy Prime Minister", NULL));
	assert_true(has(f, "Jon Halvik", "meet", "Gan Kim Huat", NULL, NULL));
	/* the lead's bare office after a dateline that its source in brackets ends */
	assert_true(has(f, "Jon Halvik", "holds_position", "India", "Union Minister", NULL));
	assert_null(kg_facts_find(g, "Lee Chuan"));
	assert_true(has(g, "Wong Lee Chuan", "holds_position", "Malaysia", "Trade Minister", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_company_ending_in_a_plural_noun_that_says_something_is_no_person(void **state)
{
	kg_facts *f = extract("Epic Games said on Tuesday that it would appeal the ruling.\n");
	kg_facts *g = extract("SAO PAULO (Reuters) - Andes Minerals announced on Wednesday that it had found copper.\n");
	kg_facts *h = extract("Maria Banks said the vote was fair.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Games"));
	assert_int_equal(type_of(f, "Epic Games"), KG_TYPE_ORG);
	assert_int_equal(type_of(g, "Andes Minerals"), KG_TYPE_ORG);
	/* a surname that is also a plural noun, after a given name, stays a person's */
	assert_int_equal(type_of(h, "Maria Banks"), KG_TYPE_PERSON);
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__a_name_opening_with_a_function_word_or_a_ranks_short_form_is_kept_whole(void **state)
{
	kg_facts *f = extract("HANOI (VNA) - Vietnamese Deputy Prime Minister To Van Hung met Jon Halvik on Monday.\n"
			      "To Van Hung said the railway would be built.\n");
	kg_facts *g = extract("TOKYO (Kyodo) - Japanese Defence Minister Gen Nakamori met Jon Halvik in Tokyo.\n");
	kg_facts *h = extract("Pakistan's Army Chief Gen Saleh met Jon Halvik in Rawalpindi.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Van Hung"));
	assert_true(has(f, "To Van Hung", "holds_position", "Vietnam", "Deputy Prime Minister", NULL));
	assert_true(has(f, "To Van Hung", "meet", "Jon Halvik", NULL, NULL));
	assert_true(has(g, "Gen Nakamori", "holds_position", "Japan", "Defence Minister", NULL));
	/* after a military office the short form is the rank */
	assert_null(kg_facts_find(h, "Gen Saleh"));
	assert_true(has(h, "Saleh", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__lao_and_other_small_states_adjectives_give_their_country(void **state)
{
	kg_facts *f = extract("Vietnamese President Ansel Marrick telephoned Lao President Jon Halvik on Tuesday.\n"
			      "Mauritian Prime Minister Ali Tolen met Seychellois President Omar Vessad.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Laos", "President", NULL));
	assert_true(has(f, "Ansel Marrick", "speak_with", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "holds_position", "Mauritius", "Prime Minister", NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "Seychelles", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__a_meeting_between_two_that_is_scheduled_is_planned(void **state)
{
	kg_facts *f = extract("A meeting between Jon Halvik and Ali Tolen is scheduled for Friday.\n"
			      "Talks between Omar Vessad and Dagny Solberg ended on Monday.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "meet", "Ali Tolen", NULL, "planned"));
	assert_true(has(f, "Omar Vessad", "meet", "Dagny Solberg", NULL, NULL));
	assert_false(has(f, "Omar Vessad", "meet", "Dagny Solberg", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__sitting_down_conferring_exchanging_views_and_telling_in_a_call(void **state)
{
	kg_facts *f = extract("President Jon Halvik sat down with Ali Tolen in Washington on Thursday.\n"
			      "Halvik later conferred with Omar Vessad.\n"
			      "President Ansel Marrick exchanged views with King Dagny Solberg in Cairo.\n"
			      "Foreign Minister Lee Vessad told his counterpart Jane Roe in a phone call that talks would go on.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ansel Marrick", "meet", "Dagny Solberg", NULL, NULL));
	assert_true(has(f, "Lee Vessad", "speak_with", "Jane Roe", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__everyone_named_as_taking_part_in_a_meeting_meets_the_others(void **state)
{
	kg_facts *f = extract("The summit was attended by President Jon Halvik, President Ali Tolen and President Omar Vessad.\n");
	kg_facts *g = extract("Among those attending were Jon Halvik and Ali Tolen.\n"
			      "Dagny Solberg, Lee Vessad and Jane Roe took part in the talks in Doha.\n"
			      "Ansel Marrick and Ulla Tolen took part in talks with Russia.\n"
			      "Omar Halvik and Ali Vessad did not take part in the talks.\n");
	kg_facts *h = extract("President Jon Halvik met Ali Tolen in Oslo.\nThe meeting was also attended by Omar Vessad.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(g, "Jon Halvik", "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(g, "Lee Vessad", "meet", "Jane Roe", NULL, NULL));
	/* one side of talks with someone else; a negated part */
	assert_false(has(g, "Ansel Marrick", "meet", "Ulla Tolen", NULL, NULL));
	assert_false(has(g, "Omar Halvik", "meet", "Ali Vessad", NULL, NULL));
	assert_true(has(h, "Omar Vessad", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__returning_leaving_stopping_and_touring_are_visits(void **state)
{
	kg_facts *f = extract("Jon Halvik returned from Brussels on Sunday.\n"
			      "Ali Tolen left for Beijing on Monday.\n"
			      "Omar Vessad stopped over in Dubai.\n"
			      "Dagny Solberg began a tour of Southeast Asia in Hanoi.\n"
			      "During his visit to Abuja, Lee Vessad met Jane Roe.\n"
			      "Ansel Marrick left the party in 2019.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "visits", "Brussels", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "visits", "Beijing", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Dubai", NULL, NULL));
	assert_true(has(f, "Dagny Solberg", "visits", "Southeast Asia", NULL, NULL));
	assert_true(has(f, "Lee Vessad", "visits", "Abuja", NULL, NULL));
	assert_true(has(f, "Lee Vessad", "meet", "Jane Roe", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_chairman_of_a_companys_board_heads_the_company(void **state)
{
	kg_facts *f = extract("Jon Halvik, chairman of the board of directors of Acme Corp, resigned.\n"
			      "Bill Baker, executive chairman of the group, said sales rose.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Acme Corp", "Chairman", NULL));
	assert_true(has(f, "Jon Halvik", "leads", "Acme Corp", NULL, NULL));
	/* a given name that is also a word opens a name before an apposition */
	assert_int_equal(type_of(f, "Bill Baker"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_one_word_name_the_text_uses_as_a_company_is_an_organisation(void **state)
{
	kg_facts *f = extract("Vessadia said revenue fell in the third quarter.\nShares of Vessadia rose 5 percent.\n"
			      "Tolenex said it would grow. Tolenex reported a net loss.\n"
			      "Marrick said the talks went well. Marrick reported progress.\n"
			      "Reliance Industries will invest in the project.\n"
			      "Airtel Africa and Vodacom signed a deal. West Africa grew.\n"
			      "The fund will invest in Halvik Platforms and Vessad Foods.\n");
	(void)state;
	assert_int_equal(type_of(f, "Vessadia"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Tolenex"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Marrick"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Reliance Industries"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Airtel Africa"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "West Africa"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Halvik Platforms"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Vessad Foods"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__a_states_ap_abbreviation_after_a_town_is_the_state(void **state)
{
	kg_facts *f = extract("He spoke in Charlotte, N.C. States are expected to act.\n"
			      "TOPEKA, Kan. (WIBW) - The governor spoke.\n"
			      "She lives in Jackson, Miss., with her family.\n");
	(void)state;
	assert_int_equal(type_of(f, "North Carolina"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Kansas"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Mississippi"), KG_TYPE_PLACE);
	assert_null(kg_facts_find(f, "States"));
	assert_null(kg_facts_find(f, "N.C. States"));
	assert_null(kg_facts_find(f, "Miss"));
	kg_facts_free(f);
}

static void test_ner__a_disease_before_its_noun_and_the_word_arab_are_no_entities(void **state)
{
	kg_facts *f = extract("The two Arab leaders discussed the Zika virus and an Ebola outbreak.\n"
			      "The Arab League met in Cairo.\n");
	(void)state;
	assert_null(kg_facts_find(f, "Arab"));
	assert_null(kg_facts_find(f, "Zika"));
	assert_null(kg_facts_find(f, "Ebola"));
	assert_int_equal(type_of(f, "Arab League"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__met_at_a_place_then_the_person_met_is_a_meeting(void **state)
{
	kg_facts *f = extract("The Prime Minister, Jon Halvik, met today at Fort Lenox Ali Tolen, President of the Vessad "
			      "Commission. Today's meeting, held with the participation of Minister Omar Vessad, went well.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Ali Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__someone_present_joins_the_storys_meeting_even_a_few_sentences_later(void **state)
{
	kg_facts *f = extract("Jon Halvik paid a courtesy call on Prime Minister Ali Tolen at her residence.\n"
			      "During the meeting, the Premier spoke of music.\nThe weather was fine.\nThe singer thanked her.\n"
			      "Omar Vessad, MP, was present, among others.\n"
			      "Dagny Solberg was present at the funeral.\n");
	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Jon Halvik", NULL, NULL));
	assert_false(has(f, "Dagny Solberg", "meet", "Ali Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_spokesmans_for_and_a_provinces_party_secretary_give_the_owner(void **state)
{
	kg_facts *f = extract("Zarif held talks with the spokesman for Yemen's Houthi Vessad movement, Jon Halvik, on Monday.\n"
			      "Ali Tolen, spokeswoman for Acme Corp, said no.\n"
			      "Lee Marrick met with Hu Tolen, Communist Party Secretary of Hunan province, during his visit.\n");
	(void)state;
	assert_true(has(f, "Ali Tolen", "holds_position", "Acme Corp", "Spokeswoman", NULL));
	assert_true(has(f, "Hu Tolen", "holds_position", "Hunan Province", "Communist Party Secretary", NULL));
	kg_facts_free(f);
}

static void test_ner__a_town_and_its_country_and_visiting_after_before_are_visits(void **state)
{
	kg_facts *f = extract("Jon Halvik met Ali Tolen during his two-day visit to Xian, China.\n"
			      "Omar Vessad visited Lagos, Nigeria, and Accra.\n"
			      "Dagny Solberg inaugurated an exhibition before visiting the Vessad Museum.\n"
			      "Lee Marrick visited Kenya, Uganda and Tanzania.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "visits", "China", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Nigeria", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Accra", NULL, NULL));
	assert_true(has(f, "Dagny Solberg", "visits", "Vessad Museum", NULL, NULL));
	assert_true(has(f, "Lee Marrick", "visits", "Uganda", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_countrys_title_descriptor_is_the_person_for_a_later_pronoun(void **state)
{
	kg_facts *f = extract("Saudi Crown Prince Jon Halvik was received by Qatar's Emir Ali Tolen.\n"
			      "The Emir welcomed the Crown Prince on his visit.\n"
			      "The Saudi prince's tour had already stopped in Oman. He is still expected to travel to Bahrain.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "visits", "Bahrain", NULL, "planned"));
	assert_false(has(f, "Ali Tolen", "visits", "Bahrain", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__visiting_something_in_a_place_is_visiting_the_place(void **state)
{
	kg_facts *f = extract("Jon Halvik visited Expo 2020 in Dubai.\n"
			      "Ali Tolen visited the Acme Corp factory in Lagos.\n"
			      "Omar Vessad visited the troops stationed in Mali.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "visits", "Dubai", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "visits", "Lagos", NULL, NULL));
	assert_false(has(f, "Omar Vessad", "visits", "Mali", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_mayor_with_no_town_takes_the_one_town_the_sentence_names(void **state)
{
	kg_facts *f = extract("At Athens' City Hall, the Mayor, Jon Halvik, presented the medal.\n"
			      "In Lagos, Mayor Ali Tolen said Abuja and Kano would help.\n"
			      "Mayor Omar Vessad flew from Accra to Lagos.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Athens", "Mayor", NULL));
	assert_true(has(f, "Ali Tolen", "holds_position", "Lagos", "Mayor", NULL));
	/* the towns come after him: no guess */
	assert_false(has(f, "Omar Vessad", "holds_position", "Accra", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_after_a_noun_for_an_organisation_is_one(void **state)
{
	kg_facts *f = extract("Jon Halvik, leader of the Flemish liberal party Vessad Union who was appointed by King "
			      "Ali Tolen, spoke.\n"
			      "Shares of the carmaker Toyota rose. The ruling party Jubilee lost. The giant Amazon grew.\n"
			      "President Omar Vessad returned from a summit in Brussels.\n");
	(void)state;
	assert_int_equal(type_of(f, "Vessad Union"), KG_TYPE_ORG);
	assert_true(has(f, "Jon Halvik", "leads", "Vessad Union", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "appoints", "Jon Halvik", NULL, NULL));
	assert_false(has(f, "Ali Tolen", "appoints", "Vessad Union", NULL, NULL));
	assert_int_equal(type_of(f, "Toyota"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Jubilee"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Amazon"), KG_TYPE_ORG);
	assert_true(has(f, "Omar Vessad", "visits", "Brussels", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_lone_surname_that_receives_or_meets_an_office_holder_is_a_person(void **state)
{
	kg_facts *f = extract("Vessadro received Colombian Foreign Minister Jon Halvik at the palace.\n"
			      "Tolenik met Prime Minister Ali Tolen.\nAcmeco met expectations.\n");
	(void)state;
	assert_int_equal(type_of(f, "Vessadro"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Tolenik"), KG_TYPE_PERSON);
	assert_true(has(f, "Vessadro", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__named_became_boss_and_aide_of_give_offices(void **state)
{
	kg_facts *f = extract("Ali Tolen has been named chief executive of Acme Corp.\n"
			      "Jon Halvik became chairman of Vessad Holdings in 2019.\n"
			      "Tolenex boss Lee Marrick said sales rose.\n"
			      "Omar Vessad, a close aide of President Dagny Solberg, was arrested.\n");
	(void)state;
	assert_true(has(f, "Ali Tolen", "leads", "Acme Corp.", NULL, NULL) || has(f, "Ali Tolen", "leads", "Acme Corp", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "holds_position", "Vessad Holdings", "Chairman", NULL));
	assert_true(has(f, "Lee Marrick", "leads", "Tolenex", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "advises", "Dagny Solberg", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_possessors_meeting_that_was_cancelled_or_is_scheduled(void **state)
{
	kg_facts *f = extract("Jon Halvik's meeting with Ali Tolen was cancelled.\n"
			      "Omar Vessad's meeting with Dagny Solberg is scheduled for Friday.\n"
			      "Lee Marrick's talks with Jane Roe went well.\n");
	(void)state;
	assert_false(has(f, "Jon Halvik", "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Dagny Solberg", NULL, "planned"));
	assert_true(has(f, "Lee Marrick", "meet", "Jane Roe", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_seat_of_government_a_named_summit_and_indirect_talks(void **state)
{
	kg_facts *f = extract("The Kremlin said President Jon Halvik would attend.\n"
			      "Hamas and Israel held indirect talks in Cairo.\n"
			      "The ECOWAS summit in Abuja was attended by President Ali Tolen and President Omar Vessad.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Russia", "President", NULL));
	assert_true(has(f, "Hamas", "meet", "Israel", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Omar Vessad", NULL, NULL));
	/* a named summit is a gathering of its own, not the talks of the sentence before */
	assert_false(has(f, "Hamas", "meet", "Ali Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_house_before_a_title_is_the_chamber_unless_a_country_owns_it(void **state)
{
	kg_facts *f = extract("House Speaker Jon Halvik met Senate Majority Leader Ali Tolen on Monday.\n"
			      "House Minority Leader Omar Vessad said he was hopeful.\n"
			      "Philippine House Speaker Lee Marrick met Nigeria's House Speaker Dagny Solberg.\n"
			      "House prices rose in March.\n");
	/* another country's chamber is that country's; "House prices" is no chamber */
	static const struct { const char *who, *office, *title; int held; } want[] = {
		{ "Jon Halvik", "U.S. House of Representatives", "Speaker", 1 },
		{ "Omar Vessad", "U.S. House of Representatives", "Minority Leader", 1 },
		{ "Ali Tolen", "Senate", "Majority Leader", 1 },
		{ "Lee Marrick", "Philippines", NULL, 1 },
		{ "Dagny Solberg", "Nigeria", NULL, 1 },
		{ "Lee Marrick", "U.S. House of Representatives", NULL, 0 },
		{ "Dagny Solberg", "U.S. House of Representatives", NULL, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_int_equal(has(f, want[i].who, "holds_position", want[i].office, want[i].title, NULL) != 0,
				 want[i].held);
	kg_facts_free(f);
}

static void test_ner__plural_subjects_meet_in_a_meeting_and_calls_come_by_video_or_from_someone(void **state)
{
	kg_facts *f = extract("President Ali Tolen and Prime Minister Dagny Solberg discussed fisheries during a "
			      "meeting in Oslo.\n"
			      "President Omar Vessad and King Lee Marrick agreed to deepen ties at their summit in Rome.\n"
			      "During their meeting, President Jon Halvik and President Jane Roe signed two agreements.\n"
			      "Senator Ana Brnabic and Senator Tom Kral were not invited to the meeting.\n"
			      "Senator Ivo Sand and Senator Eva Lund criticised the decisions taken at the summit.\n"
			      "Minister Nils Berg and Governor Kari Dahl will review the budget at a meeting next week.\n"
			      "President Rui Costa held a videoconference with President Ines Mota.\n"
			      "King Abel Sand received a phone call from President Kai Holm.\n");
	static const struct { const char *a, *b, *modality; int met; } want[] = {
		{ "Ali Tolen", "Dagny Solberg", NULL, 1 },
		{ "Omar Vessad", "Lee Marrick", NULL, 1 }, /* the summit took place; the deepening is agreed */
		{ "Jon Halvik", "Jane Roe", NULL, 1 },
		{ "Ana Brnabic", "Tom Kral", NULL, 0 },     /* negated */
		{ "Ivo Sand", "Eva Lund", NULL, 0 },        /* a summit, not theirs */
		{ "Nils Berg", "Kari Dahl", "planned", 1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_int_equal(has(f, want[i].a, "meet", want[i].b, NULL, want[i].modality) != 0, want[i].met);
	assert_false(has(f, "Omar Vessad", "meet", "Lee Marrick", NULL, "planned"));
	/* a video conference is a call */
	assert_true(has(f, "Rui Costa", "speak_with", "Ines Mota", NULL, NULL));
	assert_true(has(f, "Abel Sand", "speak_with", "Kai Holm", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_titled_name_set_off_after_a_description_is_the_subject(void **state)
{
	kg_facts *f = extract("Norland's army chief, Field Marshal Omar Vessad, met Acme Corp chief executive Jane Roe "
			      "in Tampa.\n");
	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Jane Roe", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_emir_at_a_palace_is_the_emir_and_a_saudi_counterpart_holds_the_office(void **state)
{
	kg_facts *f = extract("Norland's Emir Sheikh Omar Vessad arrived in Tehran on Wednesday.\n"
			      "Iranian President Jon Halvik welcomed the emir at Saadabad Palace.\n"
			      "Foreign Minister Ana Lind held talks with her Saudi counterpart Prince Rami Tolba in Riyadh.\n"
			      "Ecuadorean President Kai Holm spoke.\n");
	(void)state;
	assert_true(has(f, "Jon Halvik", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Rami Tolba", "holds_position", "Saudi Arabia", "Foreign Minister", NULL));
	assert_false(has(f, "Rami Tolba", "holds_position", "Saudi Arabia", "counterpart Prince", NULL));
	assert_true(has(f, "Kai Holm", "holds_position", "Ecuador", "President", NULL)); /* a second spelling */
	kg_facts_free(f);
}

static void test_ner__one_who_attended_the_meeting_meets_those_who_met(void **state)
{
	kg_facts *f = extract("President Ali Tolen met President Omar Vessad in Paris.\n"
			      "Norland's ambassador to France, Jane Roe, attended the meeting.\n"
			      "Minister Tom Kral did not attend the meeting.\n"
			      "Minister Eva Lund attended the meeting of the Arab League.\n");
	static const char *const who[] = { "Jane Roe", "Tom Kral", "Eva Lund" };

	(void)state;
	for (size_t i = 0; i < sizeof(who) / sizeof(who[0]); i++) {
		/* only the one who attended, not the one who did not or who went to another gathering */
		assert_int_equal(has(f, "Ali Tolen", "meet", who[i], NULL, NULL) != 0, i == 0);
		assert_int_equal(has(f, "Omar Vessad", "meet", who[i], NULL, NULL) != 0, i == 0);
	}
	kg_facts_free(f);
}

static void test_ner__touring_a_plant_in_a_city_is_a_visit_to_the_city(void **state)
{
	kg_facts *f = extract("Later in the day, President Omar Vessad toured a car plant in Pretoria.\n");

	(void)state;
	assert_true(has(f, "Omar Vessad", "visits", "Pretoria", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_noun_opening_a_sentence_before_a_company_office_is_the_company(void **state)
{
	kg_facts *f = extract("Airbus CEO Omar Vessad met Tom Kral.\n"
			      "Apple chief executive Jane Roe met Tom Kral.\n"
			      "Veteran CEO Ana Lind met Tom Kral.\n"
			      "Interim chairman Rui Costa met Tom Kral.\n"
			      "Group CEO Eva Lund met Tom Kral.\n");
	static const struct { const char *who, *company; int leads; } want[] = {
		{ "Omar Vessad", "Airbus", 1 },
		{ "Jane Roe", "Apple", 1 },
		{ "Ana Lind", "Veteran", 0 }, /* a modifier */
		{ "Rui Costa", "Interim", 0 },
		{ "Eva Lund", "Group", 0 },   /* the head word of organisations' names */
	};

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_int_equal(has(f, want[i].who, "leads", want[i].company, NULL, NULL) != 0, want[i].leads);
	kg_facts_free(f);
}

static void test_ner__a_meeting_said_unlikely_or_possible_is_not_one_that_took_place(void **state)
{
	kg_facts *f = extract("Analysts said a meeting between President Ali Tolen and President Omar Vessad was "
			      "unlikely before November.\n"
			      "A meeting between President Jane Roe and President Tom Kral is possible next month.\n");
	(void)state;
	assert_false(has(f, "Ali Tolen", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Jane Roe", "meet", "Tom Kral", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__a_tour_that_stopped_somewhere_is_its_travellers_visit(void **state)
{
	kg_facts *f = extract("Norland Crown Prince Omar Vessad arrived in Doha on Wednesday.\n"
			      "The Norland prince's tour had already stopped in Oman and Kenya.\n");
	(void)state;
	assert_true(has(f, "Omar Vessad", "visits", "Oman", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Kenya", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__visiting_a_person_is_meeting_them_but_not_visiting_their_namesake_place(void **state)
{
	kg_facts *f = extract("President Omar Vessad visited President Tom Kral at his country home in Rwakitura.\n"
			      "President Ana Lind visited the Jane Roe settlement bloc on Tuesday.\n"
			      "President Kai Holm visited Rui Costa's hometown.\n");
	static const struct { const char *a, *b; int met; } want[] = {
		{ "Omar Vessad", "Tom Kral", 1 },
		{ "Ana Lind", "Jane Roe", 0 }, /* the name does not end its noun phrase */
		{ "Kai Holm", "Rui Costa", 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_int_equal(has(f, want[i].a, "meet", want[i].b, NULL, NULL) != 0, want[i].met);
	kg_facts_free(f);
}

static void test_ner__a_delegation_from_a_body_led_by_its_officer_meets_the_host(void **state)
{
	kg_facts *f = extract("President Ali Tolen met with a delegation from the World Bank led by its vice president "
			      "for Africa, Jane Roe.\n"
			      "Vice President Ola Brekke received a delegation of the World Bank led by its Vice President "
			      "for Western and Central Africa, Sam Diallo, at the villa.\n");
	(void)state;
	assert_true(has(f, "Ali Tolen", "meet", "Jane Roe", NULL, NULL));
	assert_true(has(f, "Jane Roe", "holds_position", "World Bank", "Vice President", NULL));
	/* places joined by "and" within the title are one office, not two people */
	assert_true(has(f, "Ola Brekke", "meet", "Sam Diallo", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_state_named_for_a_town_is_a_place_of_its_own(void **state)
{
	kg_facts *f = extract("Lagos State Governor Jon Halvik met Ana Lind in Lagos.\n");

	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Lagos State", "Governor", NULL));
	assert_false(has(f, "Jon Halvik", "holds_position", "State", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_reception_for_the_visiting_president_is_a_meeting(void **state)
{
	kg_facts *f = extract("Prime Minister Omar Vessad hosted a reception for the visiting Azerbaijani President "
			      "Jon Halvik.\n");
	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_partys_chief_owns_the_country_before_them_not_the_host_named_later(void **state)
{
	kg_facts *f = extract("Vietnam's Communist Party chief Ana Lind will visit France at the invitation of "
			      "President Jon Halvik.\n"
			      "Prime Minister Omar Vessad received a delegation of U.S. business leaders led by Tom Kral.\n");
	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Vietnam", NULL, NULL));
	assert_false(has(f, "Jon Halvik", "holds_position", "Vietnam", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Tom Kral", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__after_meeting_x_and_said_after_talks_with_x_are_meetings(void **state)
{
	kg_facts *f = extract("After meeting Foreign Minister Ana Lind, army chief Omar Vessad said the war would go on.\n"
			      "Speaking to reporters after meeting President Jane Roe, Prime Minister Tom Kral said the "
			      "talks were good.\n"
			      "President Kai Holm said after talks with President Rui Costa that ties were strong.\n");
	static const struct { const char *a, *b; } want[] = {
		{ "Omar Vessad", "Ana Lind" }, { "Tom Kral", "Jane Roe" }, { "Kai Holm", "Rui Costa" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		assert_true(has(f, want[i].a, "meet", want[i].b, NULL, NULL));
		assert_false(has(f, want[i].a, "meet", want[i].b, NULL, "planned"));
	}
	kg_facts_free(f);
}

static void test_ner__a_common_word_can_name_a_company_after_its_office_or_before_its_legal_form(void **state)
{
	kg_facts *f = extract("Jane Roe, chief executive of Alphabet, announced the deal.\n"
			      "Meta Platforms Inc named Tom Kral as president.\n");
	(void)state;
	assert_true(has(f, "Jane Roe", "holds_position", "Alphabet", "Chief Executive", NULL));
	assert_true(has(f, "Meta Platforms Inc", "appoints", "Tom Kral", NULL, NULL));
	assert_false(has(f, "Platforms Inc", "appoints", "Tom Kral", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_shared_surname_is_not_the_relative_named_in_passing(void **state)
{
	kg_facts *f = extract("President Ali Tolen met Prime Minister Omar Vessad in Accra.\n"
			      "Tolen's wife, Ana Tolen, met schoolchildren in Accra.\n"
			      "Tolen and Vessad are expected to meet again in June.\n");
	(void)state;
	assert_true(has(f, "Ali Tolen", "meet", "Omar Vessad", NULL, "planned"));
	assert_false(has(f, "Ana Tolen", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__nominating_tapping_or_designating_someone_appoints_them(void **state)
{
	kg_facts *f = extract("Prime Minister Ola Brekke on Friday tapped veteran diplomat Rui Tolen as the next foreign "
			      "secretary.\n\n"
			      "President Ana Lind nominated Mara Quent to the central bank board.\n\n"
			      "Ivo Stask was nominated by President Tomas Berg.\n\n"
			      "President Lior Halden designated Omar Vessad as his envoy.\n\n"
			      "The council urged President Jon Halvik to nominate a new Prime Minister-designate.\n");

	(void)state;
	assert_true(has(f, "Ola Brekke", "appoints", "Rui Tolen", NULL, NULL));
	assert_true(has(f, "Ana Lind", "appoints", "Mara Quent", NULL, NULL));
	assert_true(has(f, "Tomas Berg", "appoints", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Lior Halden", "appoints", "Omar Vessad", NULL, NULL));
	/* an indefinite object is no one in particular */
	assert_false(has(f, "Jon Halvik", "appoints", "Prime Minister-designate", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__appointed_and_elected_offices_keep_the_appointers_country_and_no_new(void **state)
{
	kg_facts *f = extract("Norland's President Ali Tolen named Jane Roe as foreign minister.\n"
			      "The ruling Acme Party elected Tom Kral as its president.\n"
			      "Argentina's new economy minister, Rui Costa, was sworn in on Monday.\n"
			      "Kai Holm, the chairman of America Movil, met Tom Kral.\n");
	(void)state;
	assert_true(has(f, "Jane Roe", "holds_position", "Norland", NULL, NULL));
	assert_true(has(f, "Acme Party", "appoints", "Tom Kral", NULL, NULL));
	assert_true(has(f, "Tom Kral", "holds_position", "Acme Party", "President", NULL));
	assert_true(has(f, "Rui Costa", "holds_position", "Argentina", "economy minister", NULL));
	assert_true(has(f, "Kai Holm", "holds_position", "America Movil", "Chairman", NULL)); /* Spanish "mobile" */
	kg_facts_free(f);
}

static void test_ner__who_opened_a_session_meets_those_who_attended_it(void **state)
{
	kg_facts *f = extract("Prime Minister Ali Tolen opened the session, which was attended by Foreign Minister "
			      "Jane Roe and Foreign Minister Tom Kral.\n");
	static const struct { const char *a, *b; } want[] = {
		{ "Ali Tolen", "Jane Roe" }, { "Ali Tolen", "Tom Kral" }, { "Jane Roe", "Tom Kral" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_true(has(f, want[i].a, "meet", want[i].b, NULL, NULL) || has(f, want[i].b, "meet", want[i].a, NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_meeting_told_in_the_past_perfect_is_not_the_one_others_join(void **state)
{
	kg_facts *f = extract("President Ali Tolen received Secretary Jane Roe in Cairo for talks.\n"
			      "Roe arrived from Oslo, where she had met Prime Minister Tom Kral.\n"
			      "Intelligence chief Omar Vessad joined the talks.\n");
	(void)state;
	assert_true(has(f, "Jane Roe", "meet", "Tom Kral", NULL, NULL));
	assert_false(has(f, "Tom Kral", "meet", "Omar Vessad", NULL, NULL));
	assert_false(has(f, "Omar Vessad", "meet", "Tom Kral", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_took_part_in_the_talks_joins_the_meeting_told_before(void **state)
{
	kg_facts *f = extract("President Ruben Ostaro received Colombian President Jorge Velandia at the palace.\n"
			      "Foreign Minister Mara Quintela also took part in the talks.\n"
			      "President Ali Tolen met Jane Roe in Lusaka.\n"
			      "Finance Minister Obed Sakala participated in the meeting.\n");
	(void)state;
	if (!has(f, "Ruben Ostaro", "meet", "Mara Quintela", NULL, NULL))
		dump(f);
	assert_true(has(f, "Ruben Ostaro", "meet", "Mara Quintela", NULL, NULL));
	assert_true(has(f, "Jorge Velandia", "meet", "Mara Quintela", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Obed Sakala", NULL, NULL));
	assert_true(has(f, "Jane Roe", "meet", "Obed Sakala", NULL, NULL));
	assert_false(has(f, "Mara Quintela", "meet", "Obed Sakala", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__received_at_a_palace_on_a_day_then_whom(void **state)
{
	kg_facts *f = extract("The Emir Sheikh Faris Al-Tamimi received at Bayan Palace on Tuesday Egyptian Foreign Minister "
			      "Adel Mansour.\n"
			      "President Omar Kassim received at Marula Palace today Kenyan President Daniel Ochieng.\n");
	(void)state;
	if (!has(f, "Faris Al-Tamimi", "meet", "Adel Mansour", NULL, NULL))
		dump(f);
	assert_true(has(f, "Faris Al-Tamimi", "meet", "Adel Mansour", NULL, NULL));
	assert_true(has(f, "Omar Kassim", "meet", "Daniel Ochieng", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__two_who_also_held_talks_meet(void **state)
{
	kg_facts *f = extract("Prime Minister Niran Chaiyakul met Cambodian Prime Minister Sok Vanna in Bangkok.\n"
			      "Foreign Minister Pravit Somboon and his Cambodian counterpart Chea Sophal also held talks.\n");
	(void)state;
	if (!has(f, "Pravit Somboon", "meet", "Chea Sophal", NULL, NULL))
		dump(f);
	assert_true(has(f, "Pravit Somboon", "meet", "Chea Sophal", NULL, NULL));
	assert_true(has(f, "Niran Chaiyakul", "meet", "Sok Vanna", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_level_of_government_before_a_portfolio_and_a_title_is_part_of_the_title(void **state)
{
	kg_facts *f = extract("On Monday, Union Home Minister Rakesh Varma met Ravi Menon in Delhi.\n");
	(void)state;
	if (kg_facts_find(f, "Union"))
		dump(f);
	assert_true(has(f, "Rakesh Varma", "meet", "Ravi Menon", NULL, NULL));
	/* the level word is no organisation the minister serves */
	assert_null(kg_facts_find(f, "Union"));
	kg_facts_free(f);
}

static void test_ner__talks_over_a_phone_or_video_line_are_a_call(void **state)
{
	kg_facts *f = extract("Foreign Minister Kang Min-jae held phone talks with his counterpart Hiro Tanabe on Monday.\n"
			      "Premier Zhao Lifeng held talks over the phone with Prime Minister Adel Farouk.\n"
			      "President Mira Solvang and Prime Minister Ilan Dor held video talks on Friday.\n"
			      "Kang Min-jae held talks with Ilan Dor in Seoul.\n");
	(void)state;
	if (!has(f, "Kang Min-jae", "speak_with", "Hiro Tanabe", NULL, NULL))
		dump(f);
	assert_true(has(f, "Kang Min-jae", "speak_with", "Hiro Tanabe", NULL, NULL));
	assert_false(has(f, "Kang Min-jae", "meet", "Hiro Tanabe", NULL, NULL));
	assert_true(has(f, "Zhao Lifeng", "speak_with", "Adel Farouk", NULL, NULL));
	assert_true(has(f, "Mira Solvang", "speak_with", "Ilan Dor", NULL, NULL));
	assert_false(has(f, "Mira Solvang", "meet", "Ilan Dor", NULL, NULL));
	/* talks in a room stay a meeting */
	assert_true(has(f, "Kang Min-jae", "meet", "Ilan Dor", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_was_at_the_meeting_joins_it(void **state)
{
	kg_facts *f = extract("Senate President Obi Nwankwo received Speaker Kofi Asante in Abuja.\n"
			      "Senator Musa Danjuma was also at the meeting.\n"
			      "Governor Ade Bello was at the funeral.\n");
	(void)state;
	if (!has(f, "Obi Nwankwo", "meet", "Musa Danjuma", NULL, NULL))
		dump(f);
	assert_true(has(f, "Obi Nwankwo", "meet", "Musa Danjuma", NULL, NULL));
	assert_true(has(f, "Kofi Asante", "meet", "Musa Danjuma", NULL, NULL));
	assert_false(has(f, "Obi Nwankwo", "meet", "Ade Bello", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_courtesy_visit_received_from_someone_is_a_meeting(void **state)
{
	kg_facts *f = extract("President Joko Hartono received a courtesy visit from Prime Minister Lim Wei Ming at the "
			      "palace on Monday.\n"
			      "President Ana Lind received the visit of Colombian President Ivo Stask at the palace.\n"
			      "Minister Ola Brekke received a courtesy call from the Japanese Ambassador to Norland, Ken "
			      "Morita, on Monday.\n");
	(void)state;
	if (!has(f, "Joko Hartono", "meet", "Lim Wei Ming", NULL, NULL))
		dump(f);
	assert_true(has(f, "Joko Hartono", "meet", "Lim Wei Ming", NULL, NULL));
	assert_true(has(f, "Ana Lind", "meet", "Ivo Stask", NULL, NULL)); /* "the visit of", as Portuguese and Spanish say it */
	/* a demonym's office described before the name: "the Japanese Ambassador to Norland, X" */
	assert_true(has(f, "Ola Brekke", "meet", "Ken Morita", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__who_held_talks_and_paid_a_call_on_another_meets_both(void **state)
{
	kg_facts *f = extract("Prime Minister Somchai Wattana held talks with Prime Minister Le Van Tuan and paid a courtesy "
			      "call on President Nguyen Thi Lan.\n");
	(void)state;
	if (!has(f, "Somchai Wattana", "meet", "Nguyen Thi Lan", NULL, NULL))
		dump(f);
	assert_true(has(f, "Somchai Wattana", "meet", "Le Van Tuan", NULL, NULL));
	assert_true(has(f, "Somchai Wattana", "meet", "Nguyen Thi Lan", NULL, NULL));
	assert_false(has(f, "Le Van Tuan", "meet", "Nguyen Thi Lan", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__meeting_a_plural_noun_including_named_people_meets_those_people(void **state)
{
	kg_facts *f = extract("Foreign Minister Ali Tolen later met European foreign ministers, including France's "
			      "Jane Roe and Germany's Tom Kral.\n\n"
			      "President Ana Lind met with a bipartisan group of U.S. senators, including Rui Costa and "
			      "Omar Vessad, in Kyiv on Friday.\n\n"
			      "President Ivo Stask met U.S. senators, including Mara Quent.\n\n"
			      "Governor Lior Halden met a group of lawmakers including Tomas Berg.\n");
	(void)state;
	assert_true(has(f, "Ali Tolen", "meet", "Jane Roe", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Tom Kral", NULL, NULL));
	/* a name modifying the plural noun is not the one met */
	assert_true(has(f, "Ana Lind", "meet", "Rui Costa", NULL, NULL));
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_false(has(f, "Rui Costa", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Mara Quent", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "meet", "United States", NULL, NULL));
	assert_true(has(f, "Lior Halden", "meet", "Tomas Berg", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__leaders_who_sign_together_or_witness_a_signing_meet(void **state)
{
	kg_facts *f = extract("President Ali Tolen and Prime Minister Jane Roe witnessed the signing of a security "
			      "treaty in Sydney.\n"
			      "President Omar Vessad and President Tom Kral signed a trade agreement in Oslo.\n"
			      "President Ana Lind and President Rui Costa did not sign a deal.\n"
			      "Commission President Ivo Stask and President Mara Quent signed the trade deal in Nairobi.\n"
			      "Senator Kai Holm and Senator Lior Halden signed the letter.\n");
	static const struct { const char *a, *b; int met; } want[] = {
		{ "Ali Tolen", "Jane Roe", 1 }, { "Omar Vessad", "Tom Kral", 1 }, { "Ana Lind", "Rui Costa", 0 },
		/* "the" document signed somewhere, together; a letter signed is no meeting */
		{ "Ivo Stask", "Mara Quent", 1 }, { "Kai Holm", "Lior Halden", 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		assert_int_equal(has(f, want[i].a, "meet", want[i].b, NULL, NULL) != 0, want[i].met);
	kg_facts_free(f);
}

static void test_ner__those_the_meeting_included_or_who_took_part_in_the_talks_join_it(void **state)
{
	kg_facts *f = extract("President Ali Tolen met envoy Jane Roe in Berlin on Sunday.\n"
			      "The meeting, which also included Chancellor Tom Kral, lasted five hours.\n"
			      "Chief of staff Omar Vessad and security chief Rui Costa took part in the talks.\n"
			      "Tolen then addressed an investment forum attended by Kai Holm and Ana Lind.\n");
	static const char *const joined[] = { "Tom Kral", "Omar Vessad", "Rui Costa" };

	(void)state;
	for (size_t i = 0; i < sizeof(joined) / sizeof(joined[0]); i++)
		assert_true(has(f, "Ali Tolen", "meet", joined[i], NULL, NULL) ||
			    has(f, joined[i], "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Rui Costa", NULL, NULL) || has(f, "Rui Costa", "meet", "Omar Vessad", NULL, NULL));
	/* a forum is a gathering of its own, not the talks */
	assert_false(has(f, "Jane Roe", "meet", "Kai Holm", NULL, NULL) || has(f, "Kai Holm", "meet", "Jane Roe", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__met_in_a_place_then_with_someone_is_a_meeting_with_them(void **state)
{
	kg_facts *f = extract("Economy Minister Ana Brnabic met in Oslo with Trade Minister Tom Kral.\n"
			      "President Ali Tolen met at Fort Lenox on Monday with Governor Kari Dahl.\n"
			      "Senator Ivo Sand met in Rome with his family.\n");

	(void)state;
	assert_true(has(f, "Ana Brnabic", "meet", "Tom Kral", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Kari Dahl", NULL, NULL));
	assert_int_equal(count_pred(f, "meet"), 2);
	kg_facts_free(f);
}

static void test_ner__a_spanish_group_or_an_industry_word_ends_a_company_and_stays_a_ministers_field(void **state)
{
	kg_facts *f = extract("Jane Roe, chief executive of Grupo Vessad, spoke.\n"
			      "Lina Osk, chairman of Halvik Shipping, spoke.\n"
			      "Greek Shipping Minister Tom Kral met Osk.\n"
			      "Ali Tolen, chief executive of Accra Power, spoke.\n");

	(void)state;
	assert_int_equal(type_of(f, "Grupo Vessad"), KG_TYPE_ORG);
	assert_true(has(f, "Jane Roe", "holds_position", "Grupo Vessad", "Chief Executive", NULL));
	assert_int_equal(type_of(f, "Halvik Shipping"), KG_TYPE_ORG);
	assert_true(has(f, "Tom Kral", "holds_position", "Greece", "Shipping Minister", NULL));
	assert_int_equal(type_of(f, "Accra Power"), KG_TYPE_ORG);
	assert_true(has(f, "Ali Tolen", "holds_position", "Accra Power", "Chief Executive", NULL));
	kg_facts_free(f);
}

static void test_ner__a_noun_after_the_in_an_aside_is_no_verb_that_ends_the_aside(void **state)
{
	kg_facts *f = extract("Lina Osk, chairman of the board of Halvik Holdings, visited Accra and met President Ali "
			      "Tolen.\n");

	(void)state;
	assert_true(has(f, "Lina Osk", "holds_position", "Halvik Holdings", "Chairman", NULL));
	assert_true(has(f, "Lina Osk", "visits", "Accra", NULL, NULL));
	assert_true(has(f, "Lina Osk", "meet", "Ali Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_video_or_telephone_conference_is_a_call_not_a_meeting(void **state)
{
	kg_facts *f = extract("President Rui Costa held a video conference with President Ines Mota.\n"
			      "King Abel Sand held a telephone conference with Governor Kai Holm.\n"
			      "President Ali Tolen held a conference with Prime Minister Jon Halvik in Accra.\n");

	(void)state;
	assert_true(has(f, "Rui Costa", "speak_with", "Ines Mota", NULL, NULL));
	assert_false(has(f, "Rui Costa", "meet", "Ines Mota", NULL, NULL));
	assert_true(has(f, "Abel Sand", "speak_with", "Kai Holm", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Jon Halvik", NULL, NULL));
	assert_false(has(f, "Ali Tolen", "speak_with", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__arriving_in_a_town_on_a_visit_to_a_country_visits_both(void **state)
{
	kg_facts *f = extract("President Ali Tolen arrived in Accra on Monday on a three-day visit to Ghana.\n");

	(void)state;
	assert_true(has(f, "Ali Tolen", "visits", "Accra", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "visits", "Ghana", NULL, NULL));
	assert_int_equal(count_pred(f, "visits"), 2);
	kg_facts_free(f);
}

static void test_ner__sworn_in_elected_or_confirmed_as_a_title_holds_it(void **state)
{
	kg_facts *f = extract("Ana Brnabic was sworn in as Ghana's Chief Justice on Monday.\n"
			      "Tom Kral, who was elected as president of the Vessad Farmers Union, spoke.\n"
			      "Jon Halvik was sworn in before President Ali Tolen.\n"
			      "Kari Dahl was confirmed as defence minister of Norway.\n");

	(void)state;
	assert_true(has(f, "Ana Brnabic", "holds_position", "Ghana", "Chief Justice", NULL));
	assert_true(has(f, "Tom Kral", "holds_position", "Vessad Farmers Union", "President", NULL));
	assert_true(has(f, "Kari Dahl", "holds_position", "Norway", "Defence Minister", NULL));
	assert_int_equal(count_pred(f, "holds_position"), 3); /* not Halvik: sworn in before the president */
	kg_facts_free(f);
}

static void test_ner__a_summit_then_attended_by_after_its_comma_is_a_meeting_of_those_named(void **state)
{
	kg_facts *f = extract("The NATO summit, attended by President Ali Tolen and Prime Minister Jon Halvik, opened "
			      "on Sunday.\n");
	kg_facts *g = extract("The exhibition, attended by President Kari Dahl and King Abel Sand, opened on Sunday.\n");

	(void)state;
	assert_true(has(f, "Ali Tolen", "meet", "Jon Halvik", NULL, NULL));
	assert_int_equal(count_pred(g, "meet"), 0); /* an exhibition is no meeting */
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_possessors_visit_that_was_postponed_or_is_scheduled_is_not_made(void **state)
{
	kg_facts *f = extract("President Ali Tolen's visit to Ghana was postponed.\n"
			      "King Abel Sand's visit to Norway is scheduled for May.\n"
			      "Prime Minister Jon Halvik's visit to Peru ended on Friday.\n");

	(void)state;
	assert_false(has(f, "Ali Tolen", "visits", "Ghana", NULL, NULL));
	assert_false(has(f, "Abel Sand", "visits", "Norway", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "visits", "Peru", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_leader_of_a_delegation_from_a_body_set_off_by_commas_acts_for_it(void **state)
{
	kg_facts *f = extract("A delegation from the Vessad Development Bank, led by its vice president Jane Roe, called "
			      "on President Ali Tolen on Friday.\n");

	(void)state;
	assert_true(has(f, "Jane Roe", "meet", "Ali Tolen", NULL, NULL));
	assert_true(has(f, "Jane Roe", "holds_position", "Vessad Development Bank", "Vice President", NULL));
	assert_false(has(f, "Jane Roe", "leads", "Vessad Development Bank", NULL, NULL)); /* she leads the delegation */
	assert_false(has(f, "Vessad Development Bank", "meet", "Ali Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__views_exchanged_in_a_phone_call_are_the_call_not_a_meeting(void **state)
{
	kg_facts *f = extract("President Ali Tolen held a telephone conversation with King Abel Sand and exchanged views "
			      "with Sand on trade.\n"
			      "Prime Minister Jon Halvik exchanged views with Governor Kari Dahl in Oslo.\n");

	(void)state;
	assert_true(has(f, "Ali Tolen", "speak_with", "Abel Sand", NULL, NULL));
	assert_false(has(f, "Ali Tolen", "meet", "Abel Sand", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_casa_palacio_or_palais_opens_a_place_name(void **state)
{
	kg_facts *f = extract("President Ali Tolen hosted President Jon Halvik at the Casa de Vessad on Friday.\n"
			      "King Abel Sand received Governor Kari Dahl at the Palacio Marrick.\n");

	(void)state;
	assert_int_equal(type_of(f, "Casa de Vessad"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Palacio Marrick"), KG_TYPE_PLACE);
	assert_true(has(f, "Ali Tolen", "meet", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Abel Sand", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_country_that_qualified_an_appositive_holders_title_is_not_a_later_presidents(void **state)
{
	kg_facts *f = extract("Japan's foreign minister, Taro Ishida, arrived in Colombo and will call on President "
			      "Anura Kesh on Friday.\n");

	(void)state;
	assert_true(has(f, "Taro Ishida", "holds_position", "Japan", "Foreign Minister", NULL));
	assert_false(has(f, "Anura Kesh", "holds_position", "Japan", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_word_for_the_level_of_government_before_a_ministers_title_is_part_of_it(void **state)
{
	kg_facts *f = extract("On Monday, Union Minister for Railways Ravi Menon met the envoy Jon Halvik in Delhi.\n"
			      "German State Secretary Jana Kessel met Ola Brekke on Friday.\n");

	(void)state;
	assert_int_equal(type_of(f, "Union"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "State"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Jana Kessel", "holds_position", "Germany", "State Secretary", NULL));
	assert_false(has(f, "Jana Kessel", "holds_position", "State", NULL, NULL));
	assert_true(has(f, "Ravi Menon", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_field_of_a_title_set_off_from_its_holder_by_a_comma_is_the_titles(void **state)
{
	kg_facts *f = extract("Norway's Minister for Trade and Industry, Ola Brekke, arrived in Lima on Monday.\n");

	(void)state;
	assert_true(has(f, "Ola Brekke", "holds_position", "Norway", "Minister for Trade and Industry", NULL));
	kg_facts_free(f);
}

static void test_ner__a_field_of_two_parts_before_a_title_is_part_of_it(void **state)
{
	kg_facts *f = extract("Lena Ostrova met Trade and Industry Minister Piet Ravel in Oslo on Monday.\n"
			      "Norway's Oil and Gas Minister Ola Brekke spoke to reporters.\n");

	(void)state;
	assert_true(has(f, "Lena Ostrova", "meet", "Piet Ravel", NULL, NULL));
	assert_true(has(f, "Ola Brekke", "holds_position", "Norway", "Oil and Gas Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__speaking_or_meeting_by_telephone_is_a_call(void **state)
{
	kg_facts *f = extract("Prime Minister Asad Karim spoke by telephone with President Rafael Sotomayo on Monday.\n"
			      "Foreign Minister Lena Ostrova conferred telephonically with Piet Ravel.\n"
			      "Ola Brekke met by telephone with Jon Halvik.\n");

	(void)state;
	assert_true(has(f, "Asad Karim", "speak_with", "Rafael Sotomayo", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "speak_with", "Piet Ravel", NULL, NULL));
	assert_false(has(f, "Lena Ostrova", "meet", "Piet Ravel", NULL, NULL));
	assert_true(has(f, "Ola Brekke", "speak_with", "Jon Halvik", NULL, NULL));
	assert_false(has(f, "Ola Brekke", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__received_at_a_named_place_by_a_host_is_a_meeting(void **state)
{
	kg_facts *f = extract("Foreign Minister Lena Ostrova was received at Marro International Airport by Deputy "
			      "Minister Piet Ravel.\n"
			      "Ola Brekke was welcomed in Nairobi by Governor Jon Halvik on Monday.\n"
			      "Colombian President Ana Restova was received at the Mirador Palace by Venezuelan President "
			      "Tomas Herra on Friday.\n"
			      "Nigerian President Bola Adewale was hosted at the Elysee Palace by French President Marc "
			      "Duvallier.\n");

	(void)state;
	assert_true(has(f, "Piet Ravel", "meet", "Lena Ostrova", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "meet", "Ola Brekke", NULL, NULL));
	assert_true(has(f, "Tomas Herra", "meet", "Ana Restova", NULL, NULL));
	assert_true(has(f, "Marc Duvallier", "meet", "Bola Adewale", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_towns_name_before_a_companys_office_is_the_company(void **state)
{
	kg_facts *f = extract("The talks ended on Monday. Toyota chief executive Ken Morita said sales rose.\n\n"
			      "Analysts were cautious. Kariya Motor chairman Jiro Tanabe met the minister.\n");

	(void)state;
	assert_int_equal(type_of(f, "Toyota"), KG_TYPE_ORG);
	assert_true(has(f, "Ken Morita", "leads", "Toyota", NULL, NULL));
	assert_true(has(f, "Ken Morita", "holds_position", "Toyota", "Chief Executive", NULL));
	/* a town's name and the word after it, before the office, name one company */
	assert_int_equal(type_of(f, "Kariya Motor"), KG_TYPE_ORG);
	assert_true(has(f, "Jiro Tanabe", "leads", "Kariya Motor", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_capitalised_words_after_a_companys_office_and_of_are_the_company(void **state)
{
	kg_facts *f = extract("Ana Lind, the chief executive of KLMorvan Trust, met Minister Rui Tolen.\n\n"
			      "The chief executive of Meridian Chartered, Ivo Stask, was received by President Omar Vessad.\n\n"
			      "Mara Quent, the chief executive of Morgan Delacourt, spoke on Monday.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "KLMorvan Trust", "Chief Executive", NULL));
	assert_true(has(f, "Ivo Stask", "leads", "Meridian Chartered", NULL, NULL));
	/* no person has a chief executive: a name after the office and "of" is a company's */
	assert_int_equal(type_of(f, "Morgan Delacourt"), KG_TYPE_ORG);
	assert_true(has(f, "Mara Quent", "leads", "Morgan Delacourt", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__his_excellency_and_his_highness_abbreviated_are_forms_of_address(void **state)
{
	kg_facts *f = extract("H.R.H. Prince Tamir bin Osman met H.E. Kofi Arhin in Riyadh on Monday.\n"
			      "The Amir, H.H. Sheikh Omar bin Saleh, held talks with President of Ghana, H.E. Kwame Daku.\n");

	(void)state;
	assert_int_equal(type_of(f, "H.R.H."), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "H.H."), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "Kofi Arhin"), KG_TYPE_PERSON);
	assert_false(has(f, "Tamir bin Osman", "holds_position", "H.R.H.", NULL, NULL));
	assert_true(has(f, "Tamir bin Osman", "meet", "Kofi Arhin", NULL, NULL));
	assert_true(has(f, "Omar bin Saleh", "meet", "Kwame Daku", NULL, NULL));
	assert_true(has(f, "Kwame Daku", "holds_position", "Ghana", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__a_talks_session_or_a_session_of_talks_with_someone_is_a_meeting(void **state)
{
	kg_facts *f = extract("Sheikh Omar bin Saleh held an official talks session with President Kwame Daku on Tuesday.\n"
			      "Prime Minister Lena Ostrova held a session of official talks with Chancellor Piet Ravel.\n");

	(void)state;
	assert_true(has(f, "Omar bin Saleh", "meet", "Kwame Daku", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "meet", "Piet Ravel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_lower_case_office_of_a_named_body_before_its_holder_is_a_title(void **state)
{
	kg_facts *f = extract("The director-general of UNESCO, Helena Varst, visited Timbuktu on Tuesday.\n"
			      "The speaker of the National Assembly, Jon Halvik, received the delegation.\n");

	(void)state;
	assert_true(has(f, "Helena Varst", "holds_position", "UNESCO", "Director-General", NULL));
	assert_true(has(f, "Jon Halvik", "holds_position", "National Assembly", "Speaker", NULL));
	kg_facts_free(f);
}

static void test_ner__where_a_holder_was_born_or_is_based_is_no_part_of_the_title(void **state)
{
	kg_facts *f = extract("Javier Montalvo, the Spanish-born chief executive of Iberandina Airlines, flew to Lima.\n"
			      "Ana Ruiz, the London-based chairman of Vessad Holdings, met Jon Halvik.\n");

	(void)state;
	assert_true(has(f, "Javier Montalvo", "holds_position", "Iberandina Airlines", "chief executive", NULL));
	assert_true(has(f, "Ana Ruiz", "holds_position", "Vessad Holdings", "chairman", NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_hyphened_to_a_participle_is_an_adjective(void **state)
{
	kg_facts *f = extract("Seven parties, among them Dutch-speaking Christian democrats, agreed to talk.\n"
			      "The Kremlin-backed Vessad Group said Lam Cheuk-ting met Jon Halvik in Kowloon.\n");

	(void)state;
	assert_int_equal(type_of(f, "Dutch-speaking Christian"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "Christian"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "Kremlin-backed Vessad Group"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Lam Cheuk-ting", "meet", "Jon Halvik", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_adjective_of_faith_before_people_or_a_body_names_nobody(void **state)
{
	kg_facts *f = extract("Catholic bishops and Muslim clerics met in Nairobi on Monday.\n"
			      "Protestant churches said Jon Halvik met Kari Dahl.\n");

	(void)state;
	assert_int_equal(type_of(f, "Catholic"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "Muslim"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "Protestant"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Jon Halvik", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_after_a_party_descriptor_is_a_party(void **state)
{
	kg_facts *f = extract("Neither the Vessan nationalist N-VA nor the far-right Vlaams Halvik was given a seat.\n"
			      "The ruling Zanu-PF and the opposition Vessad Front clashed.\n"
			      "The socialist Pedro Almar met the conservative Kari Dahl.\n");

	(void)state;
	assert_int_equal(type_of(f, "N-VA"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Vlaams Halvik"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Zanu-PF"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Vessad Front"), KG_TYPE_ORG);
	assert_true(has(f, "Pedro Almar", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_town_named_by_a_word_before_its_state_is_a_place(void **state)
{
	kg_facts *f;

	(void)state;
	if (!kg_lex_has_geonames())
		skip(); /* the towns are geonames' */
	f = extract("Jon Halvik discussed the pipes in Flint, Michigan, with Kari Dahl.\n");
	assert_int_equal(type_of(f, "Flint"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Michigan"), KG_TYPE_PLACE);
	kg_facts_free(f);
}

static void test_ner__a_countrys_presidency_is_an_organisation(void **state)
{
	kg_facts *f = extract("Jon Halvik met Kari Dahl, said a statement by the Vessan Presidency.\n"
			      "The ECOWAS Presidency said the talks would go on.\n");

	(void)state;
	assert_int_equal(type_of(f, "Vessan Presidency"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "ECOWAS Presidency"), KG_TYPE_ORG);
	assert_true(has(f, "Jon Halvik", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_known_name_in_a_headline_is_read_whole(void **state)
{
	kg_facts *f = extract("FIFA chief visits Trump, White House\n\n"
			      "Jon Halvik met Kari Dahl on Tuesday.\n");

	(void)state;
	assert_int_equal(type_of(f, "White"), KG_TYPE_UNKNOWN);
	assert_int_not_equal(type_of(f, "White House"), KG_TYPE_UNKNOWN);
	kg_facts_free(f);
}

static void test_ner__a_tour_a_festival_or_the_games_name_an_event(void **state)
{
	kg_facts *f = extract("Jon Halvik launched his Back to School Bus Tour in Topeka.\n"
			      "Kari Dahl and Jon Halvik discussed the Olympic Games Tokyo 2020 and the Greek Olympic team.\n"
			      "Kari Dahl met Jon Halvik at the Vessad Jazz Festival.\n"
			      "President Ana Lind attended the Norvik Airshow and the Halden Messe.\n");

	(void)state;
	assert_int_equal(type_of(f, "Norvik Airshow"), KG_TYPE_EVENT);
	assert_true(has(f, "Ana Lind", "attends", "Norvik Airshow", NULL, NULL));
	assert_true(has(f, "Ana Lind", "attends", "Halden Messe", NULL, NULL));
	assert_int_equal(type_of(f, "School Bus Tour"), KG_TYPE_EVENT);
	assert_int_equal(type_of(f, "Olympic Games Tokyo"), KG_TYPE_EVENT);
	assert_int_equal(type_of(f, "Olympic"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Jon Halvik", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_acronym_that_reports_is_a_source(void **state)
{
	kg_facts *f = extract("Jon Halvik met Kari Dahl on Monday, BSS reports quoting the press secretary.\n"
			      "People with BED reported long episodes.\n");

	(void)state;
	assert_int_equal(type_of(f, "BSS"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "BED"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Jon Halvik", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_sworn_in_or_described_as_a_person_stays_a_person(void **state)
{
	kg_facts *f = extract("NAIROBI - Wanjiku Kamau was sworn in as Kenya's Chief Justice on Monday.\n"
			      "But Li Jifeng, a doctor at Chaoyang Hospital, wrote that the patients were moved.\n");

	(void)state;
	assert_int_equal(type_of(f, "Wanjiku Kamau"), KG_TYPE_PERSON);
	assert_true(has(f, "Wanjiku Kamau", "holds_position", "Kenya", "Chief Justice", NULL));
	assert_int_equal(type_of(f, "Li Jifeng"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__the_one_succeeded_as_an_office_holds_it(void **state)
{
	kg_facts *f = extract("Kofi Boateng will succeed Ama Velland as chief executive of Volta Cement Ltd in March.\n"
			      "Peter Tolen replaces Jane Halvik as Kenya's trade minister.\n");

	(void)state;
	assert_true(has(f, "Ama Velland", "holds_position", "Volta Cement Ltd", "Chief Executive", NULL));
	assert_true(has(f, "Jane Halvik", "holds_position", "Kenya", "Trade Minister", NULL));
	assert_false(has(f, "Kofi Boateng", "holds_position", "Kenya", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_datelines_town_no_gazetteer_knows_is_a_place(void **state)
{
	kg_facts *f = extract("KOTAVELLA, Vessaria (Reuters) - President Ana Tolen met Kari Dahl on Monday.\n");

	(void)state;
	assert_int_equal(type_of(f, "KOTAVELLA"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Vessaria"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Reuters"), KG_TYPE_ORG);
	assert_true(has(f, "Ana Tolen", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_doctrine_and_the_acronym_of_a_thing_are_no_entities(void **state)
{
	kg_facts *f = extract("\"Olympism calls for air and light for all,\" Jon Halvik said.\n"
			      "Later, Halvik gave the minister a music VCD titled \"River Songs\".\n"
			      "Kari Dahl attended a NATO summit and an IMF meeting.\n");

	(void)state;
	assert_int_equal(type_of(f, "Olympism"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "VCD"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "NATO"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "International Monetary Fund"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__foreign_words_for_a_palace_or_stadium_and_a_house_received_at_are_places(void **state)
{
	kg_facts *f = extract("President Ali Tolen received President Jon Halvik at the Torre Vessad on Tuesday. "
			      "The two presidents signed an accord.\n"
			      "The Emir met Ola Brekke at Qasr Al Marrak.\n"
			      "Governor Kari Dahl hosted Abel Sand at Jubilee House.\n"
			      "Ravi Menon met Jana Kessel at Lok Vessa Bhavan.\n"
			      "Halvik House said the talks went well.\n");

	(void)state;
	assert_int_equal(type_of(f, "Torre Vessad"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Qasr Al Marrak"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Jubilee House"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Lok Vessa Bhavan"), KG_TYPE_PLACE);
	assert_int_not_equal(type_of(f, "Halvik House"), KG_TYPE_PLACE);
	assert_false(has(f, "Jon Halvik", "meet", "Torre Vessad", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Kari Dahl", "meet", "Abel Sand", NULL, NULL));
	assert_true(has(f, "Ravi Menon", "meet", "Jana Kessel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__md_before_a_south_asian_name_is_mohammad_not_maryland(void **state)
{
	kg_facts *f = extract("State Minister for Foreign Affairs Md. Rafi Halvik met Ola Brekke in Dhaka.\n"
			      "The firm is based in Bethesda, Md. Officials said Jon Dahl met Kari Sand.\n");

	(void)state;
	assert_int_equal(type_of(f, "Md. Rafi Halvik"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Md"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Md. Rafi Halvik", "meet", "Ola Brekke", NULL, NULL));
	assert_int_equal(type_of(f, "Maryland"), KG_TYPE_PLACE);
	assert_true(has(f, "Jon Dahl", "meet", "Kari Sand", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__talks_held_in_a_place_with_someone_are_a_meeting_with_them(void **state)
{
	kg_facts *f = extract("Prime Minister Ali Tolen held talks on Tuesday in Lima with the President of "
			      "Norland, Jon Halvik.\n"
			      "Kari Dahl held a meeting at the Marrick Palace with Ola Brekke.\n"
			      "Abel Sand did not hold talks in Lima with Ravi Menon.\n");

	(void)state;
	assert_true(has(f, "Ali Tolen", "meet", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Kari Dahl", "meet", "Ola Brekke", NULL, NULL));
	assert_false(has(f, "Abel Sand", "meet", "Ravi Menon", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_field_after_a_titles_for_ends_before_an_unknown_given_name(void **state)
{
	kg_facts *f = extract("Federal Minister for Planning Ahvik Qorrad Sandu met Jon Halvik in Oslo.\n"
			      "Minister for Railways Dravin Kelso called on Prime Minister Ola Brekke.\n"
			      "The Minister for Foreign Affairs Tokyo office was closed.\n");

	(void)state;
	assert_int_equal(type_of(f, "Ahvik Qorrad Sandu"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Planning Ahvik Qorrad Sandu"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Ahvik Qorrad Sandu", "meet", "Jon Halvik", NULL, NULL));
	assert_int_equal(type_of(f, "Dravin Kelso"), KG_TYPE_PERSON);
	assert_true(has(f, "Dravin Kelso", "meet", "Ola Brekke", NULL, NULL));
	assert_int_not_equal(type_of(f, "Tokyo"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_holder_right_after_the_body_of_a_titles_of_part_is_a_person(void **state)
{
	kg_facts *f = extract("Deputy Speaker of the Vessad Majlis Dilshod Rakhimov received a delegation of the "
			      "Bundestag led by Karl Brenner.\n"
			      "Chairman of the Senate of the Vessad Majlis Nodira Vessova later met the guests.\n"
			      "The Chief Executive of Marrixbank George Tallund met Ola Brekke.\n");

	(void)state;
	assert_int_equal(type_of(f, "Dilshod Rakhimov"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Nodira Vessova"), KG_TYPE_PERSON);
	assert_true(has(f, "Dilshod Rakhimov", "holds_position", "Vessad Majlis", "Deputy Speaker", NULL));
	assert_int_equal(type_of(f, "Marrixbank"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "George Tallund"), KG_TYPE_PERSON);
	assert_true(has(f, "George Tallund", "holds_position", "Marrixbank", "Chief Executive", NULL));
	assert_true(has(f, "George Tallund", "meet", "Ola Brekke", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_meet_on_the_sidelines_of_a_forum_attend_it(void **state)
{
	kg_facts *f = extract("On the sidelines of the G20 summit, Jon Halvik met Ola Brekke.\n"
			      "Kari Dahl held talks with Abel Sand on the margins of the annual summit of the "
			      "Shanghai Cooperation Organisation.\n"
			      "Ravi Menon did not meet Jana Kessel on the sidelines of the G20 summit.\n"
			      "On the sidelines of the talks, Ali Tolen met Pia Lund.\n"
			      "Ben Ortiz and Lia Varga held bilateral talks on the sidelines of the BRICS summit.\n");

	(void)state;
	assert_true(has(f, "Jon Halvik", "attends", "G20", NULL, NULL));
	assert_true(has(f, "Ola Brekke", "attends", "G20", NULL, NULL));
	assert_true(has(f, "Kari Dahl", "attends", "Shanghai Cooperation Organisation", NULL, NULL));
	assert_true(has(f, "Abel Sand", "attends", "Shanghai Cooperation Organisation", NULL, NULL));
	assert_false(has(f, "Ravi Menon", "attends", "G20", NULL, NULL));
	assert_true(has(f, "Ali Tolen", "meet", "Pia Lund", NULL, NULL));
	/* two triggers of one meeting ("held bilateral talks") give each attends once */
	assert_true(has(f, "Ben Ortiz", "attends", "BRICS", NULL, NULL));
	assert_int_equal(count_pred(f, "attends"), 6);
	kg_facts_free(f);
}

static void test_ner__flying_somewhere_for_talks_with_someone_is_a_meeting_planned_until_the_journey_is_made(void **state)
{
	kg_facts *f = extract("Foreign Minister Jon Halvik flew to Bogota on Monday for talks with Ola Brekke.\n"
			      "Kari Dahl arrived in Nairobi for a meeting with President Abel Sand.\n"
			      "Ravi Menon did not travel to Oslo for talks with Pia Lund.\n"
			      "Minister Ana Lind will travel to Port Avel next week for talks with Premier Ivo Stask.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Ivo Stask", NULL, "planned"));
	assert_true(has(f, "Jon Halvik", "meet", "Ola Brekke", NULL, NULL));
	assert_true(has(f, "Kari Dahl", "meet", "Abel Sand", NULL, NULL));
	assert_false(has(f, "Ravi Menon", "meet", "Pia Lund", NULL, NULL));
	assert_false(has(f, "Ravi Menon", "meet", "Pia Lund", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__present_at_the_meeting_were_those_who_joined_it(void **state)
{
	kg_facts *f = extract("President Jon Halvik held talks with Ola Brekke at the Presidential Villa.\n"
			      "Also present at the meeting were the Minister of Finance, Kari Dahl, and Abel Sand.\n"
			      "Prime Minister Ravi Menon met Jana Kessel on Monday.\n"
			      "Present at the funeral were Ali Tolen and Pia Lund.\n");

	(void)state;
	assert_true(has(f, "Kari Dahl", "meet", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Abel Sand", "meet", "Ola Brekke", NULL, NULL));
	assert_false(has(f, "Ali Tolen", "meet", "Ravi Menon", NULL, NULL));
	assert_false(has(f, "Pia Lund", "meet", "Jana Kessel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_news_outlet_cited_as_a_source_is_an_organisation(void **state)
{
	kg_facts *f = extract("Jon Halvik met Ola Brekke in Oslo on Monday, according to The Varden.\n"
			      "Brekke told The Hill that the talks went well.\n"
			      "Halvik said in an interview with Le Vaudrel that he was pleased.\n"
			      "The talks were cordial, El Tiempo newspaper reported.\n"
			      "Brekke later spoke to Kessar Online.\n"
			      "ABUJA, May 12 (NAN) Kari Dahl met Abel Sand.\n"
			      "According to the Marrowman, the talks ran late.\n"
			      "According to the Bible, it was so.\n");

	(void)state;
	assert_int_equal(type_of(f, "The Varden"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "The Hill"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Le Vaudrel"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "El Tiempo"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Kessar Online"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "NAN"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Marrowman"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Ola Brekke"), KG_TYPE_PERSON);
	/* a word of the dictionary after "according to the" is no outlet */
	assert_int_equal(type_of(f, "Bible"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Jon Halvik", "meet", "Ola Brekke", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_currency_code_a_party_members_word_and_a_nations_epithet_are_no_names(void **state)
{
	kg_facts *f = extract("Photographers took pictures of both Republican leaders with Jon Halvik.\n"
			      "Two Democrat lawmakers met Kari Dahl on Monday.\n"
			      "The fund will lend USD 2 billion and EUR 500 million to Varrow Bank.\n"
			      "The speech of Father of the Nation Kelan Varo was played.\n"
			      "They honoured the Father of the Nation Bangabandhu Sheikh Tarun Hossain.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Republican"));
	assert_null(kg_facts_find(f, "Democrat"));
	assert_null(kg_facts_find(f, "USD"));
	assert_null(kg_facts_find(f, "EUR"));
	assert_null(kg_facts_find(f, "Father"));
	assert_int_equal(type_of(f, "Varrow Bank"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Kelan Varo"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Bangabandhu Sheikh Tarun Hossain"), KG_TYPE_PERSON);
	assert_true(has(f, "Kari Dahl", "meet", "Democrat", NULL, NULL) == 0);
	kg_facts_free(f);
}

static void test_ner__an_unknown_name_in_a_phrase_of_place_is_a_place(void **state)
{
	kg_facts *f = extract("Jon Halvik met Ola Brekke in Varsa Kelam on Monday.\n"
			      "Brekke later travelled to Tarm El-Vasheikh for a forum.\n"
			      "Brekke also spoke to Halvik, and in Varo Tallen's view the talks went well.\n"
			      "The results appeared in BMJ Case Reports.\n");

	(void)state;
	assert_int_equal(type_of(f, "Varsa Kelam"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Tarm El-Vasheikh"), KG_TYPE_PLACE);
	assert_true(has(f, "Ola Brekke", "visits", "Tarm El-Vasheikh", NULL, NULL));
	/* an owner, an acronym or a common noun last keeps its type */
	assert_true(type_of(f, "Varo Tallen") != KG_TYPE_PLACE);
	assert_true(type_of(f, "BMJ Case Reports") != KG_TYPE_PLACE);
	kg_facts_free(f);
}

static void test_ner__two_names_joined_by_a_hyphen_before_a_meeting_are_no_entity(void **state)
{
	kg_facts *f = extract("Jon Halvik met Ilse von der Marren in Oslo on Monday.\n"
			      "The Halvik-von der Marren meeting lasted an hour.\n"
			      "Jean-Luc Farrow met Halvik.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Halvik-von der Marren"));
	assert_int_equal(type_of(f, "Ilse von der Marren"), KG_TYPE_PERSON);
	/* a hyphen inside a given name is part of the name */
	assert_int_equal(type_of(f, "Jean-Luc Farrow"), KG_TYPE_PERSON);
	assert_true(has(f, "Jon Halvik", "meet", "Ilse von der Marren", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_ending_in_a_building_word_after_at_is_a_venue(void **state)
{
	kg_facts *f = extract("Jon Halvik met Ola Brekke at Varrow Court Palace on Monday.\n"
			      "Brekke laid a wreath at the Ola Tennor Memorial Park.\n"
			      "Halvik received the envoy at State Guest House Kelmar.\n"
			      "The two watched a match at the Parc des Varennes.\n"
			      "Park Min-ho met Halvik at Grand Park.\n");

	(void)state;
	assert_int_equal(type_of(f, "Varrow Court Palace"), KG_TYPE_PLACE);
	assert_null(kg_facts_find(f, "Varrow Court"));
	assert_int_equal(type_of(f, "Ola Tennor Memorial Park"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "State Guest House Kelmar"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Parc des Varennes"), KG_TYPE_PLACE);
	/* the surname Park stays a person's */
	assert_int_equal(type_of(f, "Park Min-ho"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_title_word_after_an_arabic_article_ends_a_name(void **state)
{
	kg_facts *f = extract("Jon Halvik met Ola Brekke in Kelda El Sheikh on Monday.\n"
			      "Halvik later met Omar Al Sheikh in Oslo.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kelda El Sheikh"), KG_TYPE_PLACE);
	assert_null(kg_facts_find(f, "Kelda El"));
	/* with a given name first it is a person's family name */
	assert_int_equal(type_of(f, "Omar Al Sheikh"), KG_TYPE_PERSON);
	assert_true(has(f, "Jon Halvik", "meet", "Omar Al Sheikh", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_given_name_owning_something_after_in_is_a_person(void **state)
{
	kg_facts *f = extract("The talks with Jon Halvik went well in Kari Velland's view.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kari Velland"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_given_name_that_is_a_town_stays_in_the_name_after_a_title(void **state)
{
	kg_facts *f = extract("The minister received the Emirati envoy, Salem Tareq Al Vassami, in Abuja.\n");

	(void)state;
	assert_int_equal(type_of(f, "Salem Tareq Al Vassami"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Tareq Al Vassami"));
	kg_facts_free(f);
}

static void test_ner__two_demonyms_before_counterparts_give_each_named_one_their_country(void **state)
{
	kg_facts *f = extract("Egyptian Foreign Minister Tamer Fahmy met on Sunday with his Jordanian and Iraqi counterparts, "
			      "Omar Vessad and Karim Tolen, in Cairo.\n");

	(void)state;
	assert_true(has(f, "Tamer Fahmy", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Tamer Fahmy", "meet", "Karim Tolen", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "Jordan", "Foreign Minister", NULL));
	assert_true(has(f, "Karim Tolen", "holds_position", "Iraq", "Foreign Minister", NULL));
	assert_false(has(f, "Omar Vessad", "holds_position", "Iraq", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_towns_spanish_tail_after_in_or_in_the_dateline_is_the_towns_name(void **state)
{
	kg_facts *f = extract("CARTAGENA DE INDIAS, Colombia (EFE) - Foreign Minister Ana Velez met Lucio Farfan in "
			      "Cartagena de Indias on Saturday.\nThe two ministers then spoke by phone with Rosa Ibarra.\n");

	(void)state;
	assert_int_equal(type_of(f, "Cartagena de Indias"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "CARTAGENA DE INDIAS"), KG_TYPE_PLACE);
	assert_null(kg_facts_find(f, "Indias"));
	assert_true(has(f, "Ana Velez", "speak_with", "Rosa Ibarra", NULL, NULL));
	assert_false(has(f, "CARTAGENA DE INDIAS", "speak_with", "Rosa Ibarra", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_companys_officer_serves_the_company_named_before(void **state)
{
	kg_facts *f = extract("LAGOS (NAN) - Norbank Holdings said on Tuesday its chairman had stepped down.\n"
			      "The bank's managing director, Ada Velez, will chair the board.\n"
			      "The Ministry of Finance welcomed the move, and the company's chief financial officer, "
			      "Rui Tolen, met the minister.\n");

	(void)state;
	assert_true(has(f, "Ada Velez", "holds_position", "Norbank Holdings", NULL, NULL));
	assert_true(has(f, "Rui Tolen", "holds_position", "Norbank Holdings", NULL, NULL));
	assert_false(has(f, "Rui Tolen", "holds_position", "Ministry of Finance", NULL, NULL));
	assert_false(has(f, "Ada Velez", "holds_position", "NAN", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_unknown_first_word_before_a_given_name_stays_in_the_name(void **state)
{
	kg_facts *f = extract("ISLAMABAD (APP) - Minister for Commerce Jawad Hassan Velik on Wednesday called on President "
			      "Arif Tolen.\nPrime Minister Badr Abdel Vessad also met Pan-democrat Gary Halden.\n");

	(void)state;
	assert_int_equal(type_of(f, "Jawad Hassan Velik"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Hassan Velik"));
	assert_true(has(f, "Jawad Hassan Velik", "meet", "Arif Tolen", NULL, NULL));
	assert_true(has(f, "Jawad Hassan Velik", "holds_position", "Pakistan", "Minister for Commerce", NULL));
	assert_int_equal(type_of(f, "Badr Abdel Vessad"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Pan-democrat Gary Halden"));
	kg_facts_free(f);
}

static void test_ner__who_heads_after_a_delegation_led_by_someone_is_that_person(void **state)
{
	kg_facts *f = extract("Vice Premier Zhou Lan held talks with a Kenyan business delegation led by Ada Velez, who heads "
			      "the Kenya Private Sector Alliance, in Beijing on Thursday.\n");

	(void)state;
	assert_true(has(f, "Ada Velez", "leads", "Kenya Private Sector Alliance", NULL, NULL));
	assert_false(has(f, "Kenyan business delegation", "leads", "Kenya Private Sector Alliance", NULL, NULL));
	assert_true(has(f, "Zhou Lan", "meet", "Ada Velez", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_board_chaired_by_someone_is_chaired_for_the_company_named_before(void **state)
{
	kg_facts *f = extract("JOHANNESBURG (Business Day) - Mining group Kopane Resources has appointed Ada Velez as chief "
			      "executive.\nThe board, chaired by Rui Tolen, said Velez would take over in March.\n"
			      "Norbank's board, chaired by Lior Adani, approved the deal.\n");

	(void)state;
	assert_true(has(f, "Rui Tolen", "holds_position", "Kopane Resources", "Chairman", NULL));
	assert_true(has(f, "Rui Tolen", "leads", "Kopane Resources", NULL, NULL));
	assert_false(has(f, "Rui Tolen", "holds_position", "Business Day", NULL, NULL));
	assert_true(has(f, "Lior Adani", "holds_position", "Norbank", "Chairman", NULL));
	kg_facts_free(f);
}

static void test_ner__a_guests_country_leaves_the_dateline_to_the_host(void **state)
{
	kg_facts *f = extract("ACCRA, Ghana (GNA) - President Kofi Velland on Thursday received the Prime Minister of Togo, "
			      "Ada Tolen, at the Jubilee House.\nTolen was accompanied by Foreign Minister Rui Halden.\n");

	(void)state;
	assert_true(has(f, "Kofi Velland", "holds_position", "Ghana", "President", NULL));
	assert_true(has(f, "Ada Tolen", "holds_position", "Togo", "Prime Minister", NULL));
	assert_false(has(f, "Rui Halden", "holds_position", "Ghana", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_minister_of_two_fields_after_the_dateline_holds_the_datelines_office(void **state)
{
	kg_facts *f = extract("KAMPALA, Uganda (Xinhua) - The Minister of Finance and Economic Planning, Ada Velez, on Monday "
			      "held talks with Rui Tolen.\n");

	(void)state;
	assert_true(has(f, "Ada Velez", "holds_position", "Uganda", "Minister of Finance and Economic Planning", NULL));
	assert_true(has(f, "Ada Velez", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_adviser_on_a_field_set_off_by_commas_advises_the_possessor(void **state)
{
	kg_facts *f = extract("President Budi Velland met Ramon Tolen.\n"
			      "Velland's adviser on foreign affairs, Ada Halden, briefed reporters.\n");

	(void)state;
	assert_true(has(f, "Ada Halden", "advises", "Budi Velland", NULL, NULL));
	assert_true(has(f, "Ada Halden", "holds_position", "Budi Velland", "Adviser", NULL));
	kg_facts_free(f);
}

static void test_ner__a_special_assistant_of_a_person_is_a_title_and_advises_them(void **state)
{
	kg_facts *f = extract("Chief Adviser Rahim Velland met Ambassador Rui Tolen.\n"
			      "Rahim Velland's Special Assistant Ada Halden was also present.\n");

	(void)state;
	assert_int_equal(type_of(f, "Ada Halden"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Special Assistant Ada Halden"));
	assert_true(has(f, "Ada Halden", "holds_position", "Rahim Velland", "Special Assistant", NULL));
	assert_true(has(f, "Ada Halden", "advises", "Rahim Velland", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_chair_a_meeting_together_or_chair_one_with_someone_meet(void **state)
{
	kg_facts *f = extract("HANOI (VNA) - Prime Minister Tran Van Velland and Prime Minister Hun Tolen co-chaired the meeting "
			      "of the joint commission in Hanoi on Thursday.\n"
			      "The meeting was also attended by Deputy Prime Minister Souk Halden.\n"
			      "Later, Finance Minister Ada Lind chaired a meeting with Rui Vessad.\n");

	(void)state;
	assert_true(has(f, "Tran Van Velland", "meet", "Hun Tolen", NULL, NULL));
	assert_true(has(f, "Hun Tolen", "meet", "Souk Halden", NULL, NULL));
	assert_true(has(f, "Ada Lind", "meet", "Rui Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__two_who_held_a_phone_call_speak_and_do_not_meet(void **state)
{
	kg_facts *f = extract("Egyptian President Karim Velland and Jordan's King Rui Tolen held a phone call on Saturday.\n");

	(void)state;
	assert_true(has(f, "Karim Velland", "speak_with", "Rui Tolen", NULL, NULL));
	assert_false(has(f, "Karim Velland", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_sender_of_a_call_from_a_given_name_is_a_person(void **state)
{
	kg_facts *f = extract("Prime Minister Ada Velland received a call from Erik Tolen on Friday.\n"
			      "A delegation from Santa Cruz arrived later.\n");

	(void)state;
	assert_int_equal(type_of(f, "Erik Tolen"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Santa Cruz"), KG_TYPE_PLACE);
	assert_true(has(f, "Ada Velland", "speak_with", "Erik Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_courtesy_call_received_from_someone_is_a_meeting_a_call_received_a_call(void **state)
{
	kg_facts *f = extract("KUALA LUMPUR (Bernama) - Prime Minister Ada Velland received a courtesy call from Brunei's "
			      "Minister of Foreign Affairs Rui Tolen at Seri Perdana today.\n"
			      "Also present was Foreign Minister Lior Hasan.\n"
			      "Velland later received a call from Erik Lind.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	assert_false(has(f, "Ada Velland", "speak_with", "Rui Tolen", NULL, NULL));
	assert_true(has(f, "Rui Tolen", "meet", "Lior Hasan", NULL, NULL));
	assert_true(has(f, "Ada Velland", "speak_with", "Erik Lind", NULL, NULL));
	assert_false(has(f, "Ada Velland", "meet", "Erik Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_title_of_a_company_opening_a_chunk_is_the_title_and_the_company(void **state)
{
	kg_facts *f = extract("Prime Minister Ada Velland received a courtesy call from the Chief Executive Officer of "
			      "Nordic Energy, Erik Tolen, on Friday.\n"
			      "Rui Lind, CEO and Founder of Vessad Robotics Inc., also spoke.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Chief Executive Officer of Nordic Energy"));
	assert_int_equal(type_of(f, "Nordic Energy"), KG_TYPE_ORG);
	assert_true(has(f, "Erik Tolen", "holds_position", "Nordic Energy", "CEO", NULL));
	assert_true(has(f, "Ada Velland", "meet", "Erik Tolen", NULL, NULL));
	assert_int_equal(type_of(f, "Vessad Robotics Inc."), KG_TYPE_ORG);
	assert_null(kg_facts_find(f, "Founder of Vessad Robotics Inc."));
	kg_facts_free(f);
}

static void test_ner__the_minister_heading_a_national_delegation_holds_its_countrys_office(void **state)
{
	kg_facts *f = extract("ADDIS ABABA (ENA) - Chairperson Ada Velland held a meeting with the visiting Sudanese "
			      "delegation headed by Finance Minister Rui Tolen on Wednesday.\n"
			      "Later, Velland met a visiting U.S. delegation led by Assistant Secretary of State Tom Brell.\n");

	(void)state;
	assert_true(has(f, "Rui Tolen", "holds_position", "Sudan", "Finance Minister", NULL));
	assert_false(has(f, "Rui Tolen", "holds_position", "Ethiopia", NULL, NULL));
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	/* a country's name before the group noun says whose delegation it is, as a demonym does */
	assert_true(has(f, "Tom Brell", "holds_position", "United States", "Assistant Secretary of State", NULL));
	assert_false(has(f, "Tom Brell", "holds_position", "Ethiopia", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_appositive_opening_with_previously_is_skipped_before_the_verb(void **state)
{
	kg_facts *f = extract("Norbank named Ada Velland as its new chief executive on Tuesday.\n"
			      "Velland, previously the company's finance director, met Energy Minister Rui Tolen later.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__delegation_level_or_cordial_talks_with_someone_are_a_meeting(void **state)
{
	kg_facts *f = extract("Foreign Secretary Ada Velland also held delegation-level talks with Foreign Secretary Rui Tolen.\n"
			      "Minister Lior Lind held cordial talks with Minister Omar Vessad.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	assert_true(has(f, "Lior Lind", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_bodys_mission_headed_by_someone_is_met_in_its_leader(void **state)
{
	kg_facts *f = extract("Bangladesh Bank Governor Ada Velland met with a visiting IMF mission headed by Rui Tolen on Sunday.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_title_and_name_closing_a_passives_by_phrase_hold_the_office(void **state)
{
	kg_facts *f = extract("ABUJA, Nigeria (Reuters) - Vice President Ada Velland met Rui Tolen of the World Bank on Tuesday.\n"
			      "Velland was joined at the meeting by the Minister of Budget and Economic Planning, Lior Lind.\n");

	(void)state;
	assert_true(has(f, "Lior Lind", "holds_position", "Nigeria", "Minister of Budget and Economic Planning", NULL));
	assert_true(has(f, "Lior Lind", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_acronym_between_a_country_and_minister_is_the_portfolio(void **state)
{
	kg_facts *f = extract("Kenya's ICT Minister Ada Velland met Rui Tolen.\nIndian IT Minister Lior Lind also spoke.\n"
			      "FCO Minister Omar Vessad was there.\n");

	(void)state;
	assert_null(kg_facts_find(f, "ICT"));
	assert_true(has(f, "Ada Velland", "holds_position", "Kenya", "ICT Minister", NULL));
	assert_true(has(f, "Lior Lind", "holds_position", "India", "IT Minister", NULL));
	assert_int_equal(type_of(f, "FCO"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__meeting_two_people_separately_is_two_meetings(void **state)
{
	kg_facts *f = extract("Prime Minister Ada Velland met separately with Deputy Prime Minister Rui Tolen and Trade "
			      "Minister Lior Lind on Thursday.\n");

	(void)state;
	assert_int_equal(f->n_events, 2);
	assert_int_equal(f->events[0].n_participants, 2);
	assert_int_equal(f->events[1].n_participants, 2);
	assert_string_not_equal(f->events[0].id, f->events[1].id);
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	assert_true(has(f, "Ada Velland", "meet", "Lior Lind", NULL, NULL));
	assert_false(has(f, "Rui Tolen", "meet", "Lior Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_attend_a_dinner_hosted_by_someone_meet_the_host(void **state)
{
	kg_facts *f = extract("Prime Minister Ada Velland met Prime Minister Rui Tolen on the sidelines of the summit on Monday. "
			      "Both leaders also attended a dinner hosted by President Lior Lind.\n"
			      "Omar Vessad joined a state banquet hosted by King Karim Halden.\n");
	const kg_event *ev;

	(void)state;
	assert_true(has(f, "Lior Lind", "meet", "Ada Velland", NULL, NULL));
	assert_true(has(f, "Lior Lind", "meet", "Rui Tolen", NULL, NULL));
	assert_true(has(f, "Karim Halden", "meet", "Omar Vessad", NULL, NULL));
	ev = event_with(f, "Lior Lind");
	assert_non_null(ev);
	for (size_t k = 0; k < ev->n_participants; k++)
		if (strcmp(ev->participants[k].name, "Lior Lind") == 0)
			assert_int_equal(ev->participants[k].role, KG_ROLE_HOST);
	kg_facts_free(f);
}

static void test_ner__a_visiting_leader_joined_by_and_is_part_of_the_subject(void **state)
{
	kg_facts *f = extract("Cambodian Prime Minister Hun Velland and visiting Thai Prime Minister Ada Tolen on Friday "
			      "co-chaired the first meeting of the joint commission.\n"
			      "President Rui Lind and visiting Prime Minister Omar Vessad met on Monday.\n");

	(void)state;
	assert_true(has(f, "Hun Velland", "meet", "Ada Tolen", NULL, NULL));
	assert_true(has(f, "Rui Lind", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_titled_given_name_and_a_countrys_name_are_one_person(void **state)
{
	kg_facts *f = extract("Angolan President Ada Velland was received by Portuguese Prime Minister Luis Montenegro in Lisbon.\n"
			      "Rui Tolen left for Montenegro's capital.\n");

	(void)state;
	assert_int_equal(type_of(f, "Luis Montenegro"), KG_TYPE_PERSON);
	assert_true(has(f, "Luis Montenegro", "meet", "Ada Velland", NULL, NULL));
	assert_true(has(f, "Luis Montenegro", "holds_position", "Portugal", "Prime Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__appointed_by_someone_as_a_title_holds_it_in_the_appointers_country(void **state)
{
	kg_facts *f = extract("KIGALI (The New Times) - Rwanda Development Board chief executive Ada Velland was appointed by "
			      "President Rui Tolen as the new Minister of Trade.\n");

	(void)state;
	assert_true(has(f, "Rui Tolen", "appoints", "Ada Velland", NULL, NULL));
	assert_true(has(f, "Ada Velland", "holds_position", "Rwanda", "Minister of Trade", NULL));
	assert_true(has(f, "Ada Velland", "holds_position", "Rwanda Development Board", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__who_chairs_a_companys_board_chairs_the_company(void **state)
{
	kg_facts *f = extract("MEXICO CITY (Reuters) - Grupo Norbank said that Ada Velland, who chairs the company's board, "
			      "met Economy Minister Rui Tolen.\nLior Lind, who chairs the board of Vessad Holdings, also spoke.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "holds_position", "Grupo Norbank", "Chairman", NULL));
	assert_true(has(f, "Ada Velland", "leads", "Grupo Norbank", NULL, NULL));
	assert_true(has(f, "Lior Lind", "holds_position", "Vessad Holdings", "Chairman", NULL));
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_bodys_one_word_alias_after_a_title_opens_a_persons_name(void **state)
{
	kg_facts *f = extract("President Ada Velland met Botswana's President Duma Tolen at State House on Friday.\n"
			      "The State Duma voted on Monday.\n");

	(void)state;
	assert_int_equal(type_of(f, "Duma Tolen"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "President Duma"));
	assert_true(has(f, "Ada Velland", "meet", "Duma Tolen", NULL, NULL));
	assert_true(has(f, "Duma Tolen", "holds_position", "Botswana", "President", NULL));
	assert_int_equal(type_of(f, "State Duma"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__hosting_convening_or_attending_a_meeting_with_someone_meets_them(void **state)
{
	kg_facts *f = extract("Minister Ada Velland hosted a meeting with Rui Tolen on Tuesday.\n"
			      "Governor Lior Lind attended a meeting with Omar Vessad.\n"
			      "Premier Karim Halden convened talks with Ana Berg.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	assert_true(has(f, "Lior Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Karim Halden", "meet", "Ana Berg", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__talks_or_a_roundtable_with_a_plural_noun_including_people_meet_them(void **state)
{
	kg_facts *f = extract("Chairperson Ada Velland on Tuesday hosted a roundtable with business leaders, including Norbank "
			      "chief executive Rui Tolen and Vessad Group chairman Lior Lind.\n"
			      "Minister Omar Halden held talks with union leaders, including Ana Berg.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	assert_true(has(f, "Ada Velland", "meet", "Lior Lind", NULL, NULL));
	assert_true(has(f, "Omar Halden", "meet", "Ana Berg", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_fronted_visit_right_after_the_dateline_is_the_subjects(void **state)
{
	kg_facts *f = extract("BOGOTA (EFE) - During his visit to Bogota, Ecuadorian Foreign Minister Ada Velland met "
			      "Colombian President Rui Tolen at the Casa de Narino.\n");

	(void)state;
	assert_true(has(f, "Ada Velland", "visits", "Bogotá", NULL, NULL));
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_one_word_title_after_one_given_name_ending_the_chunk_is_the_surname(void **state)
{
	kg_facts *f = extract("Foreign Minister Julie Bishop met Iraqi Foreign Minister Rui Tolen in Canberra.\n"
			      "Stephanie Pope said the deal was signed.\nPresident Ada Velland spoke.\n");

	(void)state;
	assert_int_equal(type_of(f, "Julie Bishop"), KG_TYPE_PERSON);
	assert_true(has(f, "Julie Bishop", "meet", "Rui Tolen", NULL, NULL));
	assert_int_equal(type_of(f, "Stephanie Pope"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Ada Velland"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_principal_secretary_is_a_title_with_its_field(void **state)
{
	kg_facts *f = extract("NAIROBI (KNA) - Kenyan Foreign Affairs Principal Secretary Korir Vessad on Monday held bilateral "
			      "talks with Somalia's State Minister for Foreign Affairs Ali Tolen.\n");

	(void)state;
	assert_true(has(f, "Korir Vessad", "holds_position", "Kenya", "Foreign Affairs Principal Secretary", NULL));
	assert_true(has(f, "Korir Vessad", "meet", "Ali Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_no_list_knows_after_a_ministers_two_word_field_is_the_holder(void **state)
{
	kg_facts *f = extract("Minister Ada Velland met Somalia's Minister for Foreign Affairs Rui Tolen.\n");

	(void)state;
	assert_int_equal(type_of(f, "Rui Tolen"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Affairs Rui Tolen"));
	assert_true(has(f, "Rui Tolen", "holds_position", "Somalia", "Minister for Foreign Affairs", NULL));
	assert_true(has(f, "Ada Velland", "meet", "Rui Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_no_list_knows_after_a_ministers_second_field_is_the_holder(void **state)
{
	kg_facts *f = extract("KIGALI, Rwanda - Minister of Finance and Economic Planning Clarine Mukavela said "
			      "on Monday that growth would slow.\n");
	kg_facts *g = extract("LIMA, Peru - Minister of Economy and Finance Rosa Vilqui Tarpo met investors.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Economic Planning Clarine Mukavela"));
	assert_true(has(f, "Clarine Mukavela", "holds_position", "Rwanda",
			"Minister of Finance and Economic Planning", NULL));
	assert_null(kg_facts_find(g, "Finance Rosa Vilqui Tarpo"));
	assert_true(has(g, "Rosa Vilqui Tarpo", "holds_position", "Peru", "Minister of Economy and Finance", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_field_cut_off_a_glued_name_joins_the_title_before_it(void **state)
{
	kg_facts *f = extract("Minister Ada Velland met Somalia's Minister for Foreign Affairs John Tolen.\n");

	(void)state;
	assert_true(has(f, "John Tolen", "holds_position", "Somalia", "Minister for Foreign Affairs", NULL));
	assert_true(has(f, "Ada Velland", "meet", "John Tolen", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_before_a_lower_case_title_and_its_holder_is_whom_the_office_serves(void **state)
{
	kg_facts *f = extract("ADDIS ABABA (Reuters) - Ada Velland signed an agreement with Norland Commercial Airplanes "
			      "president Stephanie Tolen.\nMajor general Rui Lind spoke.\n");

	(void)state;
	assert_false(has(f, "Stephanie Tolen", "holds_position", "Ethiopia", NULL, NULL));
	assert_true(has(f, "Stephanie Tolen", "holds_position", "Norland Commercial Airplanes", "President", NULL));
	assert_false(has(f, "Rui Lind", "holds_position", "Major", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_one_sworn_in_as_a_title_holds_it(void **state)
{
	kg_facts *f = extract("DODOMA (Daily News) - President Ada Velland on Monday swore in Ambassador Rui Tolen as the new "
			      "Minister of Foreign Affairs.\n");

	(void)state;
	assert_true(has(f, "Rui Tolen", "holds_position", "Tanzania", "Minister of Foreign Affairs", NULL));
	kg_facts_free(f);
}

static void test_ner__a_company_form_word_ending_a_name_makes_an_organisation(void **state)
{
	kg_facts *f = extract("Tanjung Maju Bhd said it had signed a deal with Sinar Nusantara Tbk.\n"
			      "Hoshino Electric Co. and Lockwood Asset Management also bid.\n");

	(void)state;
	assert_int_equal(type_of(f, "Tanjung Maju Bhd"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Sinar Nusantara Tbk"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Hoshino Electric Co."), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Lockwood Asset Management"), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__a_dictionary_word_opening_a_sentence_before_a_company_form_is_the_companys_name(void **state)
{
	kg_facts *f = extract("Kestrel Bank appointed Ruth Kamau as chief executive.\n"
			      "Equatorial Bank chief executive James Mwangi said rates would fall.\n"
			      "Vale Norte S.A. said profits rose.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kestrel Bank"), KG_TYPE_ORG);
	assert_true(has(f, "Ruth Kamau", "holds_position", "Kestrel Bank", "Chief Executive", NULL));
	assert_true(has(f, "James Mwangi", "holds_position", "Equatorial Bank", "Chief Executive", NULL));
	assert_null(kg_facts_find(f, "Bank"));
	assert_int_equal(type_of(f, "Vale Norte S.A."), KG_TYPE_ORG);
	kg_facts_free(f);
}

static void test_ner__a_stock_listing_in_brackets_after_a_company_is_no_entity_and_no_antecedent(void **state)
{
	kg_facts *f = extract("Dragon Pearl Holdings Ltd (HKEX: 1288) said its chairman Wong Kar-fai would step down.\n"
			      "Okafor Industries Plc (NSE: OKAFOR) on Tuesday named Chinedu Eze as chief executive.\n");

	(void)state;
	assert_true(has(f, "Wong Kar-fai", "holds_position", "Dragon Pearl Holdings Ltd", "Chairman", NULL));
	assert_true(has(f, "Chinedu Eze", "holds_position", "Okafor Industries Plc", "Chief Executive", NULL));
	assert_null(kg_facts_find(f, "HKEX"));
	assert_null(kg_facts_find(f, "OKAFOR"));
	kg_facts_free(f);
}

static void test_ner__names_appointed_as_an_office_are_a_person(void **state)
{
	kg_facts *f = extract("Straits Telecom Group has appointed Tan Mei Ling as chief executive officer.\n"
			      "Companhia Brasileira de Alimentos named Paulo Mendes its new chief executive.\n");

	(void)state;
	assert_int_equal(type_of(f, "Tan Mei Ling"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Paulo Mendes"), KG_TYPE_PERSON);
	assert_true(has(f, "Paulo Mendes", "holds_position", "Companhia Brasileira de Alimentos", NULL, NULL));
	assert_true(has(f, "Straits Telecom Group", "appoints", "Tan Mei Ling", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_after_as_keeps_its_holder_past_a_modifier_that_is_also_a_verb(void **state)
{
	kg_facts *f = extract("Kestrel Bank has appointed Ruth Kamau as group chief executive officer.\n");

	(void)state;
	assert_true(has(f, "Kestrel Bank", "appoints", "Ruth Kamau", NULL, NULL));
	assert_true(has(f, "Ruth Kamau", "holds_position", "Kestrel Bank", NULL, NULL));
	assert_true(has(f, "Ruth Kamau", "leads", "Kestrel Bank", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_companys_or_the_lenders_office_belongs_to_the_organisation_named_last(void **state)
{
	kg_facts *f = extract("LAGOS (Reuters) - Kestrel Bank said on Friday that profits rose.\n"
			      "The lender's chairman, James Mwangi, thanked staff.\n"
			      "Ruth Kamau, the company's chief executive, said the bank would expand.\n");

	(void)state;
	assert_true(has(f, "James Mwangi", "holds_position", "Kestrel Bank", "Chairman", NULL));
	assert_true(has(f, "Ruth Kamau", "holds_position", "Kestrel Bank", "Chief Executive", NULL));
	assert_false(has(f, "Ruth Kamau", "holds_position", "Reuters", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__two_offices_joined_by_and_in_an_apposition_share_the_of_part(void **state)
{
	kg_facts *f = extract("Aliko Ibrahim, founder and chairman of Ibrahim Group, met President Bola Tinubu.\n");

	(void)state;
	assert_true(has(f, "Aliko Ibrahim", "holds_position", "Ibrahim Group", "Founder", NULL));
	assert_true(has(f, "Aliko Ibrahim", "holds_position", "Ibrahim Group", "Chairman", NULL));
	assert_true(has(f, "Aliko Ibrahim", "leads", "Ibrahim Group", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_owning_a_companys_office_before_its_holder_is_the_company(void **state)
{
	kg_facts *f = extract("Sibanye Platinum's chief financial officer Charl Keyter will leave.\n");

	(void)state;
	assert_int_equal(type_of(f, "Sibanye Platinum"), KG_TYPE_ORG);
	assert_true(has(f, "Charl Keyter", "holds_position", "Sibanye Platinum", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_company_named_again_without_its_legal_form_is_the_same_company(void **state)
{
	kg_facts *f = extract("Tanjung Maju signed a deal with Sinar Energy Sdn Bhd on Monday.\n"
			      "Sinar Energy chief executive Lim Wei Ming signed it.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Sinar Energy"));
	assert_true(has(f, "Lim Wei Ming", "holds_position", "Sinar Energy Sdn Bhd", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_companys_board_appointing_someone_is_the_company_appointing(void **state)
{
	kg_facts *f = extract("Keller Maschinenbau AG's supervisory board appointed Stefan Braun as chief executive.\n"
			      "Okafor Industries Plc said its board elected Ricardo Almeida as chief executive officer.\n");

	(void)state;
	assert_true(has(f, "Keller Maschinenbau AG", "appoints", "Stefan Braun", NULL, NULL));
	assert_true(has(f, "Stefan Braun", "holds_position", "Keller Maschinenbau AG", "Chief Executive", NULL));
	assert_true(has(f, "Ricardo Almeida", "leads", "Okafor Industries Plc", NULL, NULL));
	kg_facts_free(f);
	f = extract("Sibanye Platinum Ltd's finance chief will leave, the miner said.\n"
		    "The board has appointed Zanele Mokoena as interim chief financial officer.\n");
	assert_true(has(f, "Sibanye Platinum Ltd", "appoints", "Zanele Mokoena", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_currency_symbol_glued_to_an_amount_is_no_name(void **state)
{
	kg_facts *f = extract("Tanjung Maju Bhd will invest RM1.2 billion, N500 billion and HK$3 billion at the G20 summit.\n");

	(void)state;
	assert_null(kg_facts_find(f, "RM1.2"));
	assert_null(kg_facts_find(f, "N500"));
	assert_null(kg_facts_find(f, "HK"));
	assert_non_null(kg_facts_find(f, "G20"));
	kg_facts_free(f);
}

static void test_ner__head_words_in_a_row_keep_the_of_part_of_an_organisations_name(void **state)
{
	kg_facts *f = extract("Suresh Iyer met Reserve Bank of India Governor Shaktikanta Rao on Thursday.\n");

	(void)state;
	assert_non_null(kg_facts_find(f, "Reserve Bank of India"));
	assert_true(has(f, "Shaktikanta Rao", "holds_position", "Reserve Bank of India", "Governor", NULL));
	assert_true(has(f, "Suresh Iyer", "meet", "Shaktikanta Rao", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_company_that_says_an_office_of_its_own_owns_it_not_the_datelines_country(void **state)
{
	kg_facts *f = extract("TOKYO (Nikkei) - Hoshino Electric Co. said President Kenji Takahashi will become chairman.\n");

	(void)state;
	assert_true(has(f, "Kenji Takahashi", "holds_position", "Hoshino Electric Co.", "President", NULL));
	assert_false(has(f, "Kenji Takahashi", "holds_position", "Japan", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_president_director_heads_an_indonesian_company(void **state)
{
	kg_facts *f = extract("PT Sinar Nusantara Tbk said its president director, Budi Santoso, had resigned.\n");

	(void)state;
	assert_true(has(f, "Budi Santoso", "holds_position", "PT Sinar Nusantara Tbk", "President Director", NULL));
	assert_true(has(f, "Budi Santoso", "leads", "PT Sinar Nusantara Tbk", NULL, NULL));
	kg_facts_free(f);
	f = extract("JAKARTA (Reuters) - President Director Budi Santoso said the miner would expand.\n");
	assert_false(has(f, "Budi Santoso", "holds_position", "Indonesia", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_after_a_companys_arm_in_a_country_is_the_arms(void **state)
{
	kg_facts *f = extract("JAKARTA (Reuters) - Selaras Bank Indonesia president director Budi Santoso said on "
			      "Tuesday that loans would slow.\n");
	kg_facts *g = extract("HANOI (Reuters) - Lotus Insurance Vietnam general director Pham Minh Tuan said premiums "
			      "would rise.\n");

	(void)state;
	assert_true(has(f, "Budi Santoso", "holds_position", "Selaras Bank Indonesia", "President Director", NULL));
	assert_true(has(f, "Budi Santoso", "leads", "Selaras Bank Indonesia", NULL, NULL));
	assert_false(has(f, "Budi Santoso", "holds_position", "Indonesia", NULL, NULL));
	assert_true(has(g, "Pham Minh Tuan", "holds_position", "Lotus Insurance Vietnam", "General Director", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	/* an acronym before the country, a word where it opens the sentence, is the company's */
	f = extract("JAKARTA (Reuters) - DBS Indonesia president director Lim Chu Chong said lending would grow.\n");
	assert_true(has(f, "Lim Chu Chong", "holds_position", "DBS Indonesia", "President Director", NULL));
	assert_false(has(f, "Lim Chu Chong", "holds_position", "Indonesia", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__successions_give_the_old_and_the_new_holder_the_office(void **state)
{
	kg_facts *f = extract("MUMBAI (Reuters) - Ravi Menon replaces Sunil Kapoor as chairman of Indus Steel, the "
			      "company said on Tuesday.\n");
	kg_facts *g = extract("Maria Oliveira takes over from Jorge Santos as chief executive of Atlantica Energia, "
			      "the power company said.\n");
	kg_facts *h = extract("NAIROBI (Reuters) - Savanna Bank said on Monday that Peter Kamau, who is stepping down as "
			      "chief executive, will be replaced by Grace Wanjiru.\n");
	kg_facts *k = extract("TOKYO (Reuters) - Kenji Watanabe will succeed Takeshi Ono as president of the company.\n");

	(void)state;
	assert_true(has(f, "Sunil Kapoor", "holds_position", "Indus Steel", "Chairman", NULL));
	assert_true(has(f, "Ravi Menon", "holds_position", "Indus Steel", "Chairman", NULL));
	assert_int_equal(type_of(g, "Jorge Santos"), KG_TYPE_PERSON);
	assert_true(has(g, "Jorge Santos", "holds_position", "Atlantica Energia", "Chief Executive", NULL));
	assert_true(has(g, "Maria Oliveira", "leads", "Atlantica Energia", NULL, NULL));
	assert_true(has(h, "Peter Kamau", "holds_position", "Savanna Bank", "Chief Executive", NULL));
	/* "will be replaced by": the new holder's office is a plan */
	assert_true(has(h, "Grace Wanjiru", "holds_position", "Savanna Bank", "Chief Executive", "planned"));
	/* "of the company" with no company named: no country's office either */
	assert_false(has(k, "Takeshi Ono", "holds_position", "Japan", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
	kg_facts_free(k);
	/* "appointed X as TITLE, succeeding Y" and "X will take over as TITLE from Y": Y held the office */
	f = extract("NAIROBI (Reuters) - Safari Foods appointed Jane Wambui as chief executive on Monday, succeeding "
		    "Paul Otieno, who stepped down in March.\n");
	g = extract("JOHANNESBURG (Reuters) - Kgosi Mining said Thabo Nkosi will take over as chief executive from "
		    "Johan Botha, who retires in June.\n");
	assert_true(has(f, "Paul Otieno", "holds_position", "Safari Foods", "Chief Executive", NULL));
	assert_int_equal(type_of(g, "Johan Botha"), KG_TYPE_PERSON);
	assert_true(has(g, "Johan Botha", "holds_position", "Kgosi Mining", "Chief Executive", NULL));
	assert_true(has(g, "Thabo Nkosi", "holds_position", "Kgosi Mining", "Chief Executive", "planned"));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_titled_person_of_a_party_who_met_someone_is_the_one_who_met(void **state)
{
	kg_facts *f = extract("HANOI (Reuters) - General Secretary Nguyen Van Long of the Vietnamese Party met visiting "
			      "Lao President Jon Halvik on Monday.\n");

	(void)state;
	assert_true(has(f, "Nguyen Van Long", "meet", "Jon Halvik", NULL, NULL));
	assert_false(has(f, "Vietnamese Party", "meet", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Nguyen Van Long", "holds_position", "Vietnamese Party", "General Secretary", NULL));
	kg_facts_free(f);
}

static void test_ner__a_demonym_and_party_name_the_documents_one_party_of_that_country(void **state)
{
	kg_facts *f = extract("VIENTIANE (KPL) - The Lao People's Revolutionary Party held its plenum on Tuesday. "
			      "Jon Halvik, head of the Lao Party, received a Cuban delegation.\n");
	kg_facts *g = extract("ADDIS ABABA - Jon Halvik attended the African Union summit. The African Union Commission "
			      "said so.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Lao Party"));
	assert_true(has(f, "Jon Halvik", "leads", "Lao People's Revolutionary Party", NULL, NULL));
	/* another body a demonym opens is a name of its own */
	assert_int_equal(type_of(g, "African Union"), KG_TYPE_ORG);
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__chief_a_field_and_a_title_are_one_office(void **state)
{
	kg_facts *f = extract("TOKYO (Kyodo) - Chief Cabinet Secretary Jon Halvik told reporters that talks would go on.\n"
			      "Chief Economic Adviser Ali Tolen said growth would stay strong.\n");

	(void)state;
	assert_true(has(f, "Jon Halvik", "holds_position", "Japan", "Chief Cabinet Secretary", NULL));
	assert_null(kg_facts_find(f, "Economic"));
	assert_int_equal(type_of(f, "Ali Tolen"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_ranks_short_form_ending_a_name_is_the_names_last_word(void **state)
{
	kg_facts *f = extract("Former Cambodian prime minister Dok Sen received the visiting Thai envoy Anan Prasert.\n");

	(void)state;
	assert_int_equal(type_of(f, "Dok Sen"), KG_TYPE_PERSON);
	assert_true(has(f, "Dok Sen", "meet", "Anan Prasert", NULL, NULL));
	assert_null(kg_facts_find(f, "Dok"));
	kg_facts_free(f);
}

static void test_ner__a_month_after_a_title_and_before_a_name_word_is_a_given_name(void **state)
{
	kg_facts *f = extract("DODOMA, May 2 - Tanzanian Foreign Minister January Molelwa met his Kenyan counterpart Otieno Barasa.\n"
			      "President Rehema Kato sent her foreign minister, April Nduta, to the summit.\n");

	(void)state;
	assert_true(has(f, "January Molelwa", "holds_position", "Tanzania", "Foreign Minister", NULL));
	assert_true(has(f, "January Molelwa", "meet", "Otieno Barasa", NULL, NULL));
	assert_int_equal(type_of(f, "April Nduta"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Molelwa"));
	kg_facts_free(f);
}

static void test_ner__an_adjective_and_a_plural_noun_opening_a_sentence_are_no_person(void **state)
{
	kg_facts *f = extract("Local Herders said the rains had failed in the north.\n"
			      "Foreign Affairs said the envoy would travel to Lome.\n"
			      "Seo Ji Hwan met the visiting envoy Kofi Mensah in Busan on Monday.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Herders"));
	assert_null(kg_facts_find(f, "Affairs"));
	assert_true(has(f, "Seo Ji Hwan", "meet", "Kofi Mensah", NULL, NULL));
	assert_null(kg_facts_find(f, "Ji Hwan"));
	kg_facts_free(f);
}

static void test_ner__an_office_for_places_joined_by_and_still_names_its_holder(void **state)
{
	kg_facts *f = extract("Vice President Kofi Amankwah received a delegation of the Kalmar Development Bank led by its "
			      "Vice President for Western and Central Africa, Ousmane Tall, in Accra.\n");

	(void)state;
	assert_true(has(f, "Ousmane Tall", "holds_position", "Kalmar Development Bank", NULL, NULL));
	assert_true(has(f, "Kofi Amankwah", "meet", "Ousmane Tall", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__two_companies_joined_before_a_title_are_its_holders_not_a_side(void **state)
{
	kg_facts *f = extract("Zenora and Kalvex chief Tomas Brandt spoke with Brazilian President Luiz Arantes by phone on Monday.\n");

	(void)state;
	assert_true(has(f, "Tomas Brandt", "speak_with", "Luiz Arantes", NULL, NULL));
	assert_false(has(f, "Zenora", "speak_with", "Luiz Arantes", NULL, NULL));
	assert_false(has(f, "Zenora", "speak_with", "Tomas Brandt", NULL, NULL));
	assert_true(has(f, "Tomas Brandt", "holds_position", "Zenora", NULL, NULL));
	assert_true(has(f, "Tomas Brandt", "holds_position", "Kalvex", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_companys_two_titles_set_off_by_a_comma_are_held_by_the_name_after(void **state)
{
	kg_facts *f = extract("Norvex Energy's president and CEO, Amin Tahiri, held talks with Nigerian President Bola Adeyemi in Abuja.\n");

	(void)state;
	assert_true(has(f, "Amin Tahiri", "holds_position", "Norvex Energy", "CEO", NULL));
	assert_true(has(f, "Amin Tahiri", "holds_position", "Norvex Energy", "President", NULL));
	assert_true(has(f, "Amin Tahiri", "meet", "Bola Adeyemi", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_common_word_appointing_someone_as_chief_executive_is_the_company(void **state)
{
	kg_facts *f = extract("Beacon appointed Wale Odunsi as chief executive in 2023, replacing Pieter van Dalen.\n");

	(void)state;
	assert_int_equal(type_of(f, "Beacon"), KG_TYPE_ORG);
	assert_true(has(f, "Beacon", "appoints", "Wale Odunsi", NULL, NULL));
	assert_true(has(f, "Wale Odunsi", "holds_position", "Beacon", "Chief Executive", NULL));
	kg_facts_free(f);
}

static void test_ner__three_syllables_after_a_titles_field_are_the_holder(void **state)
{
	kg_facts *f = extract("Senior Minister of State for Trade Low Yew Ling met Vietnamese Deputy Minister Nguyen Van Binh.\n");
	kg_facts *g = extract("NEW DELHI, March 4 (Reuters) - Chief Election Commissioner Rajan Mehra met the envoy on Tuesday.\n");

	(void)state;
	assert_int_equal(type_of(f, "Low Yew Ling"), KG_TYPE_PERSON);
	assert_true(has(f, "Low Yew Ling", "meet", "Nguyen Van Binh", NULL, NULL));
	assert_null(kg_facts_find(f, "Trade Low Yew Ling"));
	assert_true(has(g, "Rajan Mehra", "holds_position", "India", "Chief Election Commissioner", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__the_chair_of_a_meeting_people_attended_meets_them(void **state)
{
	kg_facts *f = extract("Kestrel chairman Joe Lam and Norvex founder Pan Wei attended a symposium chaired by President Zhao Ming in Beijing.\n");

	(void)state;
	assert_true(has(f, "Joe Lam", "meet", "Pan Wei", NULL, NULL));
	assert_true(has(f, "Joe Lam", "meet", "Zhao Ming", NULL, NULL));
	assert_true(has(f, "Pan Wei", "meet", "Zhao Ming", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_gerund_naming_a_field_before_a_lower_case_title_is_part_of_the_office(void **state)
{
	kg_facts *f = extract("Lena Varga told reporters after meeting Peru's mining minister, Tomas Quispe, that the "
			      "company would expand.\n"
			      "Britain's housing secretary, Alan Brooke, visited Leeds on Monday.\n");

	(void)state;
	assert_true(has(f, "Tomas Quispe", "holds_position", "Peru", "mining minister", NULL));
	assert_true(has(f, "Lena Varga", "meet", "Tomas Quispe", NULL, NULL));
	assert_true(has(f, "Alan Brooke", "holds_position", "United Kingdom", "housing secretary", NULL));
	kg_facts_free(f);
}

static void test_ner__a_royal_style_after_an_office_and_a_comma_is_no_second_office(void **state)
{
	kg_facts *f = extract("Oman's energy minister, Prince Badr bin Talal, met the Kenyan President, Amos Kiprop, in Nairobi.\n");

	(void)state;
	assert_true(has(f, "Badr bin Talal", "holds_position", "Oman", "Energy Minister", NULL));
	assert_false(has(f, "Badr bin Talal", "holds_position", "Oman", "Prince", NULL));
	assert_true(has(f, "Badr bin Talal", "meet", "Amos Kiprop", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__lower_case_field_words_before_chief_make_an_office_of_a_part_not_the_head(void **state)
{
	kg_facts *f = extract("Hezbollah political council chief Karim Haddad met Iranian Foreign Minister Reza Tavakoli "
			      "in Beirut.\n");

	(void)state;
	assert_true(has(f, "Karim Haddad", "holds_position", "Hezbollah", "political council chief", NULL));
	assert_false(has(f, "Karim Haddad", "leads", "Hezbollah", NULL, NULL));
	assert_true(has(f, "Karim Haddad", "meet", "Reza Tavakoli", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_chairs_of_a_meeting_named_by_nouns_before_it_meet(void **state)
{
	kg_facts *f = extract("Lao Prime Minister Sone Vilay and his Thai counterpart, Prasit Chaiyo, co-chaired the joint "
			      "commission meeting in Vientiane on Monday.\n");

	(void)state;
	assert_true(has(f, "Sone Vilay", "meet", "Prasit Chaiyo", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__capitalised_field_words_before_a_title_join_it_and_name_whom_one_met(void **state)
{
	kg_facts *f = extract("NEW DELHI, March 3 - Ravi Menon stepped down as chief executive of Kestrel Motors on "
			      "Monday, a week after meeting Commerce Minister Anil Dutta, the company said.\n");

	(void)state;
	assert_true(has(f, "Ravi Menon", "meet", "Anil Dutta", NULL, NULL));
	assert_true(has(f, "Anil Dutta", "holds_position", "India", "Commerce Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__a_minister_accompanying_a_head_of_state_serves_the_same_country(void **state)
{
	kg_facts *f = extract("Bolivia's President Rosa Mamani arrived in Hanoi on Tuesday for talks with Vietnamese "
			      "President Le Van Tho. She is accompanied by Foreign Minister Diego Arce.\n\n"
			      "Chilean President Pablo Soto, accompanied by Trade Minister Ines Mora, arrived in Seoul for talks "
			      "with South Korean President Kim Do Hyun.\n");

	(void)state;
	assert_true(has(f, "Diego Arce", "holds_position", "Bolivia", "Foreign Minister", NULL));
	assert_true(has(f, "Ines Mora", "holds_position", "Chile", "Trade Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__a_word_opening_a_sentence_before_a_bare_head_word_opens_the_organisation(void **state)
{
	kg_facts *f = extract("National Assembly Chairman Vo Van Khiem met Lao Vice President Bounmy Xay in Hanoi.\n");

	(void)state;
	assert_true(has(f, "Vo Van Khiem", "holds_position", "National Assembly", "Chairman", NULL));
	assert_null(kg_facts_find(f, "Assembly"));
	kg_facts_free(f);
}

static void test_ner__a_name_set_off_with_its_owner_and_title_is_the_subject_of_the_verb_after(void **state)
{
	kg_facts *f = extract("Laos's top legislator, National Assembly President Sone Keo, received Dao Minh Chau in "
			      "Vientiane.\n");

	(void)state;
	assert_true(has(f, "Sone Keo", "meet", "Dao Minh Chau", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_given_name_after_to_or_from_opens_a_place_only_after_a_word_of_motion(void **state)
{
	kg_facts *f = extract("The minister spoke to Lena Varga on Monday and wrote to Irene Solberg.\n"
			      "She later flew to Santa Marta.\n");

	(void)state;
	assert_int_equal(type_of(f, "Lena Varga"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Irene Solberg"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Santa Marta"), KG_TYPE_PLACE);
	kg_facts_free(f);
}

static void test_ner__common_spanish_and_portuguese_given_names_open_a_persons_name(void **state)
{
	kg_facts *f = extract("Ana Lucia Ferrer met Finance Minister Ernesto Calvo in Quito.\n");

	(void)state;
	assert_int_equal(type_of(f, "Ana Lucia Ferrer"), KG_TYPE_PERSON);
	assert_true(has(f, "Ana Lucia Ferrer", "meet", "Ernesto Calvo", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_common_noun_read_as_a_place_before_a_ministers_title_is_its_field(void **state)
{
	kg_facts *f = extract("NAIROBI, Kenya (Reuters) - Lawmakers on Tuesday questioned Interior Cabinet Secretary "
			      "Amos Wekesa over police killings.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Interior"));
	assert_true(has(f, "Amos Wekesa", "holds_position", "Kenya", "Interior Cabinet Secretary", NULL));
	kg_facts_free(f);
}

static void test_ner__a_country_describing_someone_unnamed_gives_no_office_to_the_one_met(void **state)
{
	kg_facts *f = extract("The Ghanaian leader, who was on a state visit to Japan, met Prime Minister Hiro Tanabe in "
			      "Tokyo.\n");

	(void)state;
	assert_false(has(f, "Hiro Tanabe", "holds_position", "Ghana", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__taking_over_as_or_joining_a_company_as_an_office_holds_it(void **state)
{
	kg_facts *f = extract("Omar Haddad, who took over as chief executive of Norvik Shipping Co in January, said fees "
			      "rose.\n"
			      "Lina Saab joined Cedar Mobile Ltd as its chief financial officer in 2021.\n");

	(void)state;
	assert_true(has(f, "Omar Haddad", "holds_position", "Norvik Shipping Co", "Chief Executive", NULL));
	assert_true(has(f, "Omar Haddad", "leads", "Norvik Shipping Co", NULL, NULL));
	assert_true(has(f, "Lina Saab", "holds_position", "Cedar Mobile Ltd", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__offices_of_countries_listed_before_their_holders_go_in_order(void **state)
{
	kg_facts *f = extract("The envoy Lars Holm met separately with the foreign ministers of Peru and Chile, Ana Ruiz "
			      "and Tomas Vidal, in Geneva.\n");

	(void)state;
	assert_true(has(f, "Ana Ruiz", "holds_position", "Peru", "Foreign Minister", NULL));
	assert_true(has(f, "Tomas Vidal", "holds_position", "Chile", "Foreign Minister", NULL));
	assert_true(has(f, "Lars Holm", "meet", "Ana Ruiz", NULL, NULL));
	assert_true(has(f, "Lars Holm", "meet", "Tomas Vidal", NULL, NULL));
	assert_false(has(f, "Ana Ruiz", "meet", "Tomas Vidal", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_shook_hands_met(void **state)
{
	kg_facts *f = extract("Malian President Amadou Keita and his Nigerien counterpart, Ali Moussa, shook hands in "
			      "Niamey on Monday.\n"
			      "Amadou Keita later shook hands with Senegalese President Omar Sow.\n"
			      "Omar Sow did not shake hands with Ali Moussa.\n");

	(void)state;
	assert_true(has(f, "Amadou Keita", "meet", "Ali Moussa", NULL, NULL));
	assert_true(has(f, "Amadou Keita", "meet", "Omar Sow", NULL, NULL));
	assert_false(has(f, "Omar Sow", "meet", "Ali Moussa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_ambassadors_country_is_not_the_office_of_the_one_she_met(void **state)
{
	kg_facts *f = extract("Chile's new ambassador to Japan, Rosa Vidal, presented her credentials to President Kenji "
			      "Arata on Monday.\n");

	(void)state;
	assert_true(has(f, "Rosa Vidal", "holds_position", "Chile", NULL, NULL));
	assert_false(has(f, "Kenji Arata", "holds_position", "Chile", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_one_sworn_in_as_an_office_is_a_person_not_a_place(void **state)
{
	kg_facts *f = extract("President Adamu Bello on Thursday swore in Ekundayo Ajibade as the new Governor of the Central "
			      "Bank of Nigeria.\n");

	(void)state;
	assert_int_equal(type_of(f, "Ekundayo Ajibade"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__a_place_and_words_up_to_an_events_head_name_the_event_attended(void **state)
{
	kg_facts *f = extract("Ana Lind met Jon Halvik on the sidelines of the Oslo Security Conference on Friday.\n"
			      "Kari Dahl attended the Lisbon Air Show.\n");

	(void)state;
	assert_int_equal(type_of(f, "Oslo Security Conference"), KG_TYPE_EVENT);
	assert_true(has(f, "Ana Lind", "attends", "Oslo Security Conference", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "attends", "Oslo Security Conference", NULL, NULL));
	assert_true(has(f, "Kari Dahl", "attends", "Lisbon Air Show", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_body_and_its_parts_name_are_one_organisation_and_a_parts_chair_leads_no_body(void **state)
{
	kg_facts *f = extract("Maria Lopez chairs the Senate Ethics Committee.\n"
			      "Sen. Tom Reyes, who chairs the Senate subcommittee on Africa, met Kenyan President Amos Kiprop.\n");

	(void)state;
	assert_true(has(f, "Maria Lopez", "leads", "Senate Ethics Committee", NULL, NULL));
	assert_false(has(f, "Tom Reyes", "leads", "Senate", NULL, NULL));
	assert_true(has(f, "Tom Reyes", "meet", "Amos Kiprop", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__they_after_two_people_who_did_something_are_those_people(void **state)
{
	kg_facts *f = extract("Tomas Brandt and Lena Varga visited Oslo on Tuesday, where they met Kari Dahl.\n");

	(void)state;
	assert_true(has(f, "Tomas Brandt", "meet", "Kari Dahl", NULL, NULL));
	assert_true(has(f, "Lena Varga", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_appointing_someone_as_a_companys_office_is_the_company(void **state)
{
	kg_facts *f = extract("Anglo Vessar appointed Duncan Mbeki as chief executive in April.\n");

	(void)state;
	assert_int_equal(type_of(f, "Anglo Vessar"), KG_TYPE_ORG);
	assert_true(has(f, "Duncan Mbeki", "holds_position", "Anglo Vessar", "Chief Executive", NULL));
	kg_facts_free(f);
}

static void test_ner__a_plural_field_after_a_demonym_is_part_of_the_office(void **state)
{
	kg_facts *f = extract("Acme's head of marketing, Kenny Ives, spoke with Zambian mines minister Paul Chanda by phone "
			      "on Monday.\n");

	(void)state;
	assert_true(has(f, "Paul Chanda", "holds_position", "Zambia", "mines minister", NULL));
	assert_true(has(f, "Kenny Ives", "speak_with", "Paul Chanda", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_place_before_airline_is_a_companys_name(void **state)
{
	kg_facts *f = extract("Kenya Airline President Tom Mboya said he met Boeing executives.\n");

	(void)state;
	assert_true(has(f, "Tom Mboya", "holds_position", "Kenya Airline", "President", NULL));
	assert_false(has(f, "Tom Mboya", "holds_position", "Kenya", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_telephone_conversation_of_a_plural_subject_is_their_call(void **state)
{
	kg_facts *f = extract("Malian President Amadou Keita and his Nigerien counterpart Ali Moussa discussed security in "
			      "a telephone conversation on Wednesday.\n");

	(void)state;
	assert_true(has(f, "Amadou Keita", "speak_with", "Ali Moussa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__presidents_listed_with_their_countries_hold_each_office(void **state)
{
	kg_facts *f = extract("Presidents Amos Kiprop of Kenya, Moses Okello of Uganda and Halima Juma of Tanzania met in "
			      "Arusha on Friday.\n");

	(void)state;
	assert_true(has(f, "Amos Kiprop", "holds_position", "Kenya", "President", NULL));
	assert_true(has(f, "Moses Okello", "holds_position", "Uganda", "President", NULL));
	assert_true(has(f, "Halima Juma", "holds_position", "Tanzania", "President", NULL));
	assert_true(has(f, "Amos Kiprop", "meet", "Halima Juma", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__they_are_all_three_of_a_list_and_a_visits_frame_names_its_traveller(void **state)
{
	kg_facts *f = extract("French President Luc Morel, German Chancellor Jonas Falk and British Prime Minister Ian Reid "
			      "travelled together to Kyiv, where they met Ukrainian President Taras Koval.\n"
			      "Hiro Tanabe arrived in Manila on Tuesday at the start of a two-day visit to the Philippines.\n");

	(void)state;
	assert_true(has(f, "Luc Morel", "meet", "Taras Koval", NULL, NULL));
	assert_true(has(f, "Ian Reid", "meet", "Taras Koval", NULL, NULL));
	assert_true(has(f, "Hiro Tanabe", "visits", "Philippines", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__latin_american_wire_forms_of_offices_and_meetings(void **state)
{
	kg_facts *f = extract("QUITO, Jan 15 (EFE).- The Ecuadorian Minister of Economy, Pablo Arosemena, met this Wednesday "
			      "in Quito with the president of the Andean Development Corporation (CAF), Sergio Diaz.\n\n"
			      "The President of the Republic received the Prime Minister of Portugal, Luis Montenegro, on "
			      "Monday.\n");

	(void)state;
	assert_true(has(f, "Pablo Arosemena", "holds_position", "Ecuador", "Economy Minister", NULL));
	assert_true(has(f, "Pablo Arosemena", "meet", "Sergio Diaz", NULL, NULL));
	assert_int_equal(type_of(f, "Luis Montenegro"), KG_TYPE_PERSON);
	assert_true(has(f, "Luis Montenegro", "holds_position", "Portugal", "Prime Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__a_delegation_of_a_body_with_its_short_name_led_by_its_chief_meets_the_host(void **state)
{
	kg_facts *f = extract("KINSHASA - President Amos Kabila received a delegation of the International Monetary Fund "
			      "(IMF) led by its mission chief Calixte Adjovi on Monday.\n");

	(void)state;
	assert_true(has(f, "Calixte Adjovi", "holds_position", "International Monetary Fund", "mission chief", NULL));
	assert_true(has(f, "Amos Kabila", "meet", "Calixte Adjovi", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_with_a_long_field_before_its_holder_and_talks_before_a_signing(void **state)
{
	kg_facts *f = extract("Foreign Minister Lena Varga held discussions with the U.S. Assistant Secretary of State for "
			      "South and Central Asian Affairs, Tom Brandt, in Colombo.\n"
			      "Mongolian President Bat Erdene and Kazakh President Nur Aliyev signed a partnership agreement "
			      "after their talks in Astana.\n");

	(void)state;
	assert_true(has(f, "Lena Varga", "meet", "Tom Brandt", NULL, NULL));
	assert_true(has(f, "Bat Erdene", "meet", "Nur Aliyev", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__two_words_after_a_rank_a_counterparts_own_title_and_co_chairs_of_a_body(void **state)
{
	kg_facts *f = extract("The visiting Chinese Defence Minister, Admiral Dong Jun, called on Cambodian Prime Minister "
			      "Sok Rath.\n"
			      "Kenya's Interior Cabinet Secretary Amos Wekesa and his Ugandan counterpart, Internal Affairs "
			      "Minister Moses Okello, met in Busia.\n"
			      "Nigeria's Foreign Minister Yusuf Bello and Ghana's Foreign Minister Kofi Mensah co-chaired the "
			      "Permanent Joint Commission in Accra.\n");

	(void)state;
	assert_true(has(f, "Dong Jun", "holds_position", "China", "Defence Minister", NULL));
	assert_true(has(f, "Dong Jun", "meet", "Sok Rath", NULL, NULL));
	assert_true(has(f, "Moses Okello", "holds_position", "Uganda", "Interior Minister", NULL));
	assert_true(has(f, "Yusuf Bello", "meet", "Kofi Mensah", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_board_of_a_name_and_a_speaker_of_its_chief_are_organisations(void **state)
{
	kg_facts *f = extract("The board of Rio Tinto has appointed Simon Varga as chief executive, succeeding Jakob Holm.\n"
			      "Velmaro said on Tuesday its chief executive Hein Dorsen would step down.\n");

	(void)state;
	assert_int_equal(type_of(f, "Rio Tinto"), KG_TYPE_ORG);
	assert_true(has(f, "Simon Varga", "holds_position", "Rio Tinto", "Chief Executive", NULL));
	assert_int_equal(type_of(f, "Velmaro"), KG_TYPE_ORG);
	assert_true(has(f, "Hein Dorsen", "holds_position", "Velmaro", "Chief Executive", NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_accompany_someone_on_a_visit_travel_and_an_apology_in_a_meeting_meets(void **state)
{
	kg_facts *f = extract("Airbus CEO Luc Faure and Safran CEO Olivier Andre accompanied French President Paul Morel on "
			      "his state visit to Vietnam.\n"
			      "Acme President Tomo Kobaya apologised to Fukushima Governor Masa Uchida during a meeting on "
			      "Monday.\n");

	(void)state;
	assert_true(has(f, "Paul Morel", "visits", "Vietnam", NULL, NULL));
	assert_true(has(f, "Olivier Andre", "visits", "Vietnam", NULL, NULL));
	assert_true(has(f, "Tomo Kobaya", "meet", "Masa Uchida", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__calling_or_dialling_a_person_is_a_call_but_calling_one_names_or_appeals_is_not(void **state)
{
	kg_facts *f = extract("President Ana Lind called Prime Minister Jon Halvik on Thursday to congratulate him.\n"
			      "Prime Minister Kari Dahl dialled President Lena Varga on Monday.\n"
			      "Tom Brandt called Ivo Stask a liar.\n"
			      "Tom Brandt called Ivo Stask to resign.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "speak_with", "Jon Halvik", NULL, NULL));
	assert_true(has(f, "Kari Dahl", "speak_with", "Lena Varga", NULL, NULL));
	assert_false(has(f, "Tom Brandt", "speak_with", "Ivo Stask", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__taking_part_in_a_video_conference_with_people_is_a_call_with_them(void **state)
{
	kg_facts *f = extract("Foreign Minister Hakan Demir took part in a video conference with his European counterparts, "
			      "including Germany's Jonas Falk, on Tuesday.\n");

	(void)state;
	assert_true(has(f, "Hakan Demir", "speak_with", "Jonas Falk", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_bare_office_of_one_a_foreign_leader_met_is_the_datelines_country(void **state)
{
	kg_facts *f = extract("NAIROBI, Kenya (Reuters) - Kenyan President Amos Kiprop hosted Somali President Abdi Warsame at "
			      "State House on Tuesday.\n\n"
			      "Warsame later met Defence Cabinet Secretary Ruth Wanjiru.\n");
	kg_facts *g = extract("NAIROBI, Kenya (Reuters) - Kenyan President Amos Kiprop hosted Somali President Abdi Warsame at "
			      "State House on Tuesday.\n\n"
			      "Warsame and Foreign Minister Ali Farah met officials.\n");

	(void)state;
	assert_true(has(f, "Ruth Wanjiru", "holds_position", "Kenya", "Defence Cabinet Secretary", NULL));
	/* one who came with the foreign leader is no side the leader met */
	assert_false(has(g, "Ali Farah", "holds_position", "Kenya", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__those_joining_a_meeting_named_after_it_or_by_a_plural_office_take_part(void **state)
{
	kg_facts *f = extract("HANOI (VNA) - General Secretary Le Minh received U.S. Ambassador Tom Brandt in Hanoi on "
			      "Tuesday. Also attending the reception was Deputy Foreign Minister Pham Thu.\n\n"
			      "Ana Lind met Jon Halvik in Oslo, where they were joined by their foreign ministers, Kari Dahl "
			      "and Ivo Stask.\n");

	(void)state;
	assert_true(has(f, "Tom Brandt", "meet", "Pham Thu", NULL, NULL));
	assert_true(has(f, "Pham Thu", "holds_position", "Vietnam", "Deputy Foreign Minister", NULL));
	assert_true(has(f, "Ana Lind", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "meet", "Kari Dahl", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_ministry_named_by_its_demonym_gives_a_bare_office_its_country(void **state)
{
	kg_facts *f = extract("Anna Petrova, the spokeswoman for the Russian Foreign Ministry, said Foreign Minister Ivan "
			      "Sokolov would travel to Pyongyang.\n");

	(void)state;
	assert_true(has(f, "Ivan Sokolov", "holds_position", "Russia", "Foreign Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__a_national_delegation_set_off_with_its_leader_travels_as_its_leader(void **state)
{
	kg_facts *f = extract("The Ghanaian delegation, headed by Vice President Kofi Mensah, arrived in Rome on Saturday.\n");

	(void)state;
	assert_true(has(f, "Kofi Mensah", "holds_position", "Ghana", "Vice President", NULL));
	assert_true(has(f, "Kofi Mensah", "visits", "Rome", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_journey_for_a_forum_attends_it_and_an_outgoing_envoy_is_received(void **state)
{
	kg_facts *f = extract("Thai Prime Minister Somchai Wong travelled to Kuala Lumpur for the ASEAN summit.\n"
			      "President Paul Ndongo of Cameroon received the outgoing French ambassador, Luc Morel, in "
			      "Yaounde on Friday.\n");

	(void)state;
	assert_true(has(f, "Somchai Wong", "attends", "ASEAN", NULL, NULL));
	assert_true(has(f, "Paul Ndongo", "meet", "Luc Morel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__credentials_counterparts_named_by_a_country_and_where_he_met(void **state)
{
	kg_facts *f = extract("The Sultan of Brunei, Omar Bolkiah, received the credentials of the new Japanese ambassador, "
			      "Taro Kawa, at Istana Nurul Iman.\n"
			      "Chile's new ambassador to Japan, Rosa Vidal, presented her credentials to Emperor Kenji Arata.\n"
			      "Namibian President Ana Nandi held talks with her Botswana counterpart Duma Tau in Windhoek.\n"
			      "Dutch Prime Minister Dirk Vos paid a working visit to Suriname, meeting President Lia Simons.\n"
			      "Chinese Vice President Han Li attended the inauguration of Uruguayan President Juan Orsi in "
			      "Montevideo, where he also met Brazilian President Luiz Prado.\n");

	(void)state;
	assert_true(has(f, "Omar Bolkiah", "meet", "Taro Kawa", NULL, NULL));
	assert_int_equal(type_of(f, "Istana Nurul Iman"), KG_TYPE_PLACE);
	assert_true(has(f, "Rosa Vidal", "meet", "Kenji Arata", NULL, NULL));
	assert_true(has(f, "Duma Tau", "holds_position", "Botswana", "President", NULL));
	assert_true(has(f, "Ana Nandi", "meet", "Duma Tau", NULL, NULL));
	assert_true(has(f, "Dirk Vos", "meet", "Lia Simons", NULL, NULL));
	assert_true(has(f, "Han Li", "meet", "Luiz Prado", NULL, NULL));
	assert_false(has(f, "Juan Orsi", "meet", "Luiz Prado", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_bodys_name_and_its_holders_name_split_and_the_visiting_one_received(void **state)
{
	kg_facts *f = extract("Governor of the Bank of Norland Andrew Bale met Finance Minister Rachel Reed on Tuesday.\n"
			      "King Hamad Vessar received at Sakhir Palace on Monday the visiting Foreign Minister of "
			      "Singapore, Vivian Bala.\n");

	(void)state;
	assert_true(has(f, "Andrew Bale", "holds_position", "Bank of Norland", "Governor", NULL));
	assert_true(has(f, "Andrew Bale", "meet", "Rachel Reed", NULL, NULL));
	assert_true(has(f, "Hamad Vessar", "meet", "Vivian Bala", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_word_opening_with_a_companys_possessive_and_a_retirement_as_an_office(void **state)
{
	kg_facts *f = extract("Sparrow's new chief executive, Lin Tao, met President Ana Lind on Monday.\n"
			      "Norvik Bank Group said Tom Vale would retire as chief executive and be replaced by Kari Holm.\n");

	(void)state;
	assert_int_equal(type_of(f, "Sparrow"), KG_TYPE_ORG);
	assert_true(has(f, "Lin Tao", "holds_position", "Sparrow", NULL, NULL));
	assert_true(has(f, "Tom Vale", "holds_position", "Norvik Bank Group", "Chief Executive", NULL));
	kg_facts_free(f);
}

static void test_ner__the_leaders_of_a_company_including_one_are_whom_one_met(void **state)
{
	kg_facts *f = extract("Prime Minister Pham Van Minh had a working session with the leaders of Samsung, including "
			      "its Vice Chairman Jun Young-ho, in Hanoi.\n");

	(void)state;
	assert_true(has(f, "Pham Van Minh", "meet", "Jun Young-ho", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__his_excellency_before_a_title_and_a_courtesy_call_of_someone(void **state)
{
	kg_facts *f = extract("DOHA (QNA) - Emir Sheikh Tamir Al-Fahd met with HE Prime Minister of Pakistan Omar Sharif at "
			      "the Amiri Diwan on Wednesday.\n"
			      "President Ramon Cruz received the courtesy call of Japanese Foreign Minister Takeshi Iwa at "
			      "Malacanang Palace.\n");

	(void)state;
	assert_true(has(f, "Tamir Al-Fahd", "meet", "Omar Sharif", NULL, NULL));
	assert_true(has(f, "Ramon Cruz", "meet", "Takeshi Iwa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__west_african_styles_and_two_offices_joined_before_a_comma(void **state)
{
	kg_facts *f = extract("ACCRA - The Speaker of Parliament, Rt. Hon. Kofi Mensah, received Ambassador Tong Li at "
			      "Parliament House.\n\n"
			      "LILONGWE - President Amos Banda has met Engr. Alhaji Musa Dogo, the chairman of Dogo Group.\n");
	kg_facts *g = extract("ABUJA - The Minister of Finance and Coordinating Minister of the Economy, Mr. Wale Adeyemi, "
			      "received a delegation.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Rt"));
	assert_true(has(f, "Kofi Mensah", "meet", "Tong Li", NULL, NULL));
	assert_null(kg_facts_find(f, "Engr"));
	assert_true(has(f, "Amos Banda", "meet", "Musa Dogo", NULL, NULL));
	assert_true(has(g, "Wale Adeyemi", "holds_position", "Nigeria", "Coordinating Minister of the Economy", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__talks_in_a_seat_of_government_with_someone(void **state)
{
	kg_facts *f = extract("MOSCOW (TASS) - Russian President Ivan Petrov held talks in the Kremlin with Indonesian "
			      "President Budi Santoso on Monday.\n");

	(void)state;
	assert_true(has(f, "Ivan Petrov", "meet", "Budi Santoso", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_lexicons_title_ending_in_a_word_of_company_names_is_still_a_title(void **state)
{
	kg_facts *f = extract("Tarvia's Minister of Energy and Mines, Hugo Almanza, met Brenland's Mining Minister Ruth "
			      "Okafor on Tuesday.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Minister of Energy"));
	assert_true(has(f, "Hugo Almanza", "holds_position", "Tarvia", "Minister of Energy and Mines", NULL));
	assert_true(has(f, "Hugo Almanza", "meet", "Ruth Okafor", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_governor_of_a_central_bank_named_with_its_country_holds_the_bank(void **state)
{
	kg_facts *f = extract("The governor of the Central Bank of Kenya, Amos Njoroge, said rates would fall.\n\n"
			      "Ruth Okafor, governor of the Central Bank of Nigeria, said on Monday that she agreed.\n");
	kg_facts *g = extract("Governor of the Central Bank of Nigeria Tunde Balogun met bankers on Monday.\n");

	(void)state;
	assert_true(has(f, "Amos Njoroge", "holds_position", "Central Bank of Kenya", "Governor", NULL));
	assert_true(has(f, "Ruth Okafor", "holds_position", "Central Bank of Nigeria", "Governor", NULL));
	assert_false(has(f, "Amos Njoroge", "holds_position", "Kenya", NULL, NULL));
	/* a holder's name right after the country: the title as the lexicon has it, and the name whole */
	assert_true(has(g, "Tunde Balogun", "holds_position", "Nigeria", "Central Bank Governor", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__the_leads_bare_office_is_the_datelines_when_its_holder_went_abroad(void **state)
{
	kg_facts *f = extract("ISLAMABAD (APP) - Foreign Minister Tariq Mehmood and his Chinese counterpart Zhou Ping "
			      "co-chaired the fifth round of the strategic dialogue in Beijing on Monday. Mehmood also "
			      "called on Chinese Vice President Liang Wei.\n");
	kg_facts *g = extract("ACCRA - Prime Minister Kossi Agbeko was received by President Kwame Boateng on Monday. "
			      "Togolese Trade Minister Ama Owusu said talks would go on.\n");

	(void)state;
	assert_true(has(f, "Tariq Mehmood", "holds_position", "Pakistan", "Foreign Minister", NULL));
	assert_true(has(f, "Tariq Mehmood", "meet", "Liang Wei", NULL, NULL));
	/* the guest of a host whose office has no country is no traveller of the dateline's country */
	assert_false(has(g, "Kossi Agbeko", "holds_position", "Ghana", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_host_and_the_spouse_named_after_a_comma_both_host(void **state)
{
	kg_facts *f = extract("President Tomas Arbelo and his wife, Lucia Arbelo, hosted Japanese Prime Minister Kenji "
			      "Morita at the presidential residence on Friday.\n");

	(void)state;
	assert_true(has(f, "Tomas Arbelo", "meet", "Kenji Morita", NULL, NULL));
	assert_true(has(f, "Lucia Arbelo", "meet", "Kenji Morita", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_countrys_company_before_a_company_title_owns_the_office(void **state)
{
	kg_facts *f = extract("Vietnam's Vinacorp chairman Pham Van Duc paid a courtesy call on the president.\n\n"
			      "Russia's Foreign Ministry spokeswoman Olga Petrova said on Monday that talks went on.\n");
	kg_facts *g = extract("Harlan Sons chairman Devesh Raman met investors in Pune on Wednesday.\n");

	(void)state;
	assert_true(has(f, "Pham Van Duc", "holds_position", "Vinacorp", "Chairman", NULL));
	assert_false(has(f, "Pham Van Duc", "holds_position", "Vietnam", NULL, NULL));
	/* a public body's office stays the country's */
	assert_true(has(f, "Olga Petrova", "holds_position", "Russia", "Spokeswoman", NULL));
	assert_true(has(g, "Devesh Raman", "holds_position", "Harlan Sons", "Chairman", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__two_who_agreed_after_talks_met_even_after_a_dateline(void **state)
{
	kg_facts *f = extract("BANGKOK (Thai PBS) - Prime Minister Anong Srisuk and Cambodian Prime Minister Sok Vanna "
			      "agreed to reopen the border after talks in Phnom Penh on Friday.\n");
	kg_facts *g = extract("Presidents Amos Kiprono and Yusuf Okello welcomed the deal reached after talks in Doha.\n");

	(void)state;
	assert_true(has(f, "Anong Srisuk", "meet", "Sok Vanna", NULL, NULL));
	/* welcoming what others' talks reached is no meeting of the two */
	assert_false(has(g, "Amos Kiprono", "meet", "Yusuf Okello", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__an_envoy_for_a_place_right_before_a_name_is_that_persons_office(void **state)
{
	kg_facts *f = extract("UN special envoy for Yemen Lars Henning met rebel negotiators in Muscat on Sunday.\n");

	(void)state;
	assert_true(has(f, "Lars Henning", "holds_position", "United Nations", "Special Envoy", NULL));
	kg_facts_free(f);
}

static void test_ner__the_heads_of_banks_including_someone_are_whom_one_met(void **state)
{
	kg_facts *f = extract("Governor Tariq Aziz on Wednesday chaired a meeting with the heads of commercial banks, "
			      "including Crescent Bank's president Imran Qadir, at the central bank.\n");

	(void)state;
	assert_true(has(f, "Tariq Aziz", "meet", "Imran Qadir", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_company_named_before_its_board_and_as_the_company_appoints(void **state)
{
	kg_facts *f = extract("The Verano board named Lucia Matos as chief executive on Friday.\n");
	kg_facts *g = extract("Verano named Lucia Matos as the state-run oil company's new chief executive on Friday.\n");

	(void)state;
	assert_true(has(f, "Verano", "appoints", "Lucia Matos", NULL, NULL));
	assert_true(has(f, "Lucia Matos", "holds_position", "Verano", "Chief Executive", NULL));
	assert_true(has(g, "Lucia Matos", "holds_position", "Verano", NULL, NULL));
	assert_true(has(g, "Lucia Matos", "leads", "Verano", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__the_town_of_an_airport_landed_at_and_the_place_of_a_port_toured_are_visited(void **state)
{
	kg_facts *f = extract("Chilean President Tomas Ibarra landed at El Dorado airport in Bogota on Wednesday.\n\n"
			      "Brazilian Vice President Joana Prado toured the port of Santos on Friday.\n\n"
			      "Peruvian President Ana Quispe arrived in Nairobi in Kenya on Monday.\n");

	(void)state;
	assert_true(has(f, "Tomas Ibarra", "visits", "Bogotá", NULL, NULL));
	assert_true(has(f, "Joana Prado", "visits", "Santos", NULL, NULL));
	/* a town's country is no site in it */
	assert_true(has(f, "Ana Quispe", "visits", "Nairobi", NULL, NULL));
	assert_false(has(f, "Ana Quispe", "visits", "Kenya", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_visit_of_someone_to_a_place_is_a_journey(void **state)
{
	kg_facts *f = extract("The visit of Egyptian Foreign Minister Karim Fahmy to Khartoum was the first since the war "
			      "began.\n");
	kg_facts *g = extract("The visit of Chilean President Tomas Ibarra to Lima was postponed.\n");

	(void)state;
	assert_true(has(f, "Karim Fahmy", "visits", "Khartoum", NULL, NULL));
	assert_false(has(g, "Tomas Ibarra", "visits", "Lima", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__those_in_attendance_listed_by_semicolons_meet_whoever_convened_the_meeting(void **state)
{
	kg_facts *f = extract("ABUJA, Jan 28 (NAN) - The National Security Adviser, Musa Danladi, on Tuesday convened a "
			      "closed-door meeting with security chiefs and governors.\n\n"
			      "Those in attendance included the Chief of Defence Staff, Gen. Ibrahim Garba; the "
			      "Inspector-General of Police, Mr Tunde Bakare; and Borno State Governor, Prof. Ali Kachalla.\n");

	(void)state;
	assert_true(has(f, "Ibrahim Garba", "meet", "Tunde Bakare", NULL, NULL));
	assert_true(has(f, "Tunde Bakare", "meet", "Ali Kachalla", NULL, NULL));
	assert_true(has(f, "Musa Danladi", "meet", "Ali Kachalla", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__people_taking_part_in_a_meeting_its_host_convened_meet(void **state)
{
	kg_facts *f = extract("LUANDA, July 3 (ANGOP) - Angolan President Jose Kalunga on Thursday hosted a mini-summit on "
			      "security, bringing together heads of state.\n\n"
			      "Taking part in the meeting at the Presidential Palace were Congolese President Felix Mbala, "
			      "Uganda's President Moses Okello, Rwanda's Foreign Minister Eric Habimana, who represented "
			      "President Paul Ndoli, and the Chairperson of the African Union Commission, Amina Yusuf.\n");
	kg_facts *g = extract("President Clara Ruiz hosted the governors of four northern states at the palace on "
			      "Wednesday.\n\n"
			      "Security Secretary Omar Vidal, Sonora Governor Luis Parra and Chihuahua Governor Ana Campos "
			      "took part in the three-hour meeting, according to a statement.\n");

	(void)state;
	assert_true(has(f, "Felix Mbala", "meet", "Amina Yusuf", NULL, NULL));
	assert_true(has(f, "Moses Okello", "meet", "Eric Habimana", NULL, NULL));
	assert_true(has(f, "Jose Kalunga", "meet", "Felix Mbala", NULL, NULL));
	/* the one represented was not there */
	assert_false(has(f, "Paul Ndoli", "meet", "Felix Mbala", NULL, NULL));
	assert_true(has(g, "Omar Vidal", "meet", "Ana Campos", NULL, NULL));
	assert_true(has(g, "Clara Ruiz", "meet", "Luis Parra", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_meeting_chaired_and_hosted_then_attended_by_it_gathers_them_all(void **state)
{
	kg_facts *f = extract("The session was chaired by Sierra Leone's Minister of Foreign Affairs, Timothy Kanu, and "
			      "hosted by Ghana's Foreign Minister, Kofi Adjei. It was attended by the President of the "
			      "ECOWAS Commission, Dr Omar Jallow, and Nigeria's Minister of Foreign Affairs, Yusuf Bello.\n");
	kg_facts *g = extract("The summit was chaired by Tanzanian President Neema Mushi. It brought together Edgar Moyo, "
			      "who is the current SADC chairperson, Malawi's President Peter Banda and SADC Executive "
			      "Secretary Elias Kgosi.\n");

	(void)state;
	assert_true(has(f, "Timothy Kanu", "meet", "Omar Jallow", NULL, NULL));
	assert_true(has(f, "Kofi Adjei", "meet", "Yusuf Bello", NULL, NULL));
	assert_true(has(g, "Neema Mushi", "meet", "Peter Banda", NULL, NULL));
	assert_true(has(g, "Edgar Moyo", "meet", "Elias Kgosi", NULL, NULL));
	assert_true(has(g, "Elias Kgosi", "holds_position", "SADC", "Executive Secretary", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_planned_meeting_that_did_not_take_place_and_a_welcome_at_an_airport(void **state)
{
	kg_facts *f = extract("A planned meeting between Felix Mbala and Paul Ndoli, which officials had hoped to arrange, "
			      "did not take place.\n\n"
			      "Moses Okello had arrived in Luanda on Wednesday evening and was welcomed at the 4 de Fevereiro "
			      "International Airport by Vice-President Rosa da Costa.\n");

	(void)state;
	assert_false(has(f, "Felix Mbala", "meet", "Paul Ndoli", NULL, NULL));
	assert_true(has(f, "Rosa da Costa", "meet", "Moses Okello", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__delegations_from_a_country_and_a_demonym_in_the_title_give_offices(void **state)
{
	kg_facts *f = extract("HARARE - President Tendai Moyo yesterday met a high-powered delegation from Belarus led by "
			      "Prime Minister Roman Petrov at State House.\n\n"
			      "NEW DELHI, Feb 3 (PTI) Union Minister Arun Gupta on Monday met a delegation of Australian "
			      "business leaders led by Trade Minister Don Fraser.\n");
	kg_facts *g = extract("MEXICO CITY (EFE).- The Mexican president, Clara Ruiz, met on Thursday with Mark Dunn.\n");

	(void)state;
	assert_true(has(f, "Roman Petrov", "holds_position", "Belarus", "Prime Minister", NULL));
	assert_false(has(f, "Roman Petrov", "holds_position", "Zimbabwe", NULL, NULL));
	assert_true(has(f, "Don Fraser", "holds_position", "Australia", "Trade Minister", NULL));
	assert_true(has(g, "Clara Ruiz", "holds_position", "Mexico", "President", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__unknown_given_names_after_a_title_and_an_omani_style_stay_in_the_name(void **state)
{
	kg_facts *f = extract("Ablakwa held talks with Ivorian Foreign Minister Kacou Houadja Leon Adom on Monday.\n\n"
			      "Later, Sayyid Badr Hamad Al Busaidi received the ambassador at his office.\n");

	(void)state;
	assert_non_null(kg_facts_find(f, "Kacou Houadja Leon Adom"));
	assert_non_null(kg_facts_find(f, "Badr Hamad Al Busaidi"));
	assert_null(kg_facts_find(f, "Sayyid Badr Hamad Al Busaidi"));
	kg_facts_free(f);
}

static void test_ner__a_reception_where_and_when_for_a_guest_and_a_foreign_house_speaker(void **state)
{
	kg_facts *f = extract("HANOI (VNA) - Prime Minister Pham Van Long hosted a reception in Hanoi on March 10 for "
			      "Singaporean Deputy Prime Minister Tan Wei Ming.\n");
	kg_facts *g = extract("MANILA, Philippines - House Speaker Ramon Santos on Tuesday welcomed a delegation.\n");

	(void)state;
	assert_true(has(f, "Pham Van Long", "meet", "Tan Wei Ming", NULL, NULL));
	assert_false(has(g, "Ramon Santos", "holds_position", "U.S. House of Representatives", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_dateline_after_a_headline_gives_the_leads_bare_offices_its_country(void **state)
{
	kg_facts *f = extract("Okafor, Mensah pledge joint push on trade\n\n"
			      "ABUJA, Nigeria \xe2\x80\x94 President Musa Okafor on Thursday welcomed Ghana's President Kofi "
			      "Mensah to the State House in Abuja. Mensah was received at the airport by Foreign Affairs "
			      "Minister Yakubu Sani.\n");
	kg_facts *g = extract("Drone makers bid for lunar landers\n\n"
			      "DALLAS, Texas \xe2\x80\x94 \"It has a lot of capacity,\" said Brent Holm, vice president of "
			      "advanced programs at Orbitan. Jane Roe, Senior Vice President of Sales for Orbitan, agreed.\n");

	(void)state;
	assert_true(has(f, "Musa Okafor", "holds_position", "Nigeria", "President", NULL));
	assert_true(has(f, "Yakubu Sani", "holds_position", "Nigeria", NULL, NULL));
	assert_true(has(f, "Kofi Mensah", "holds_position", "Ghana", "President", NULL));
	/* a company's vice presidents are no country's */
	assert_false(has(g, "Brent Holm", "holds_position", "United States", NULL, NULL));
	assert_false(has(g, "Jane Roe", "holds_position", "United States", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__the_three_leaders_and_the_two_presidents_are_the_people_of_a_meeting_before(void **state)
{
	kg_facts *f = extract("ADDIS ABABA (ENA) - Prime Minister Dawit Alemu on Saturday hosted Kenyan President Peter "
			      "Kamau and Somali President Ali Warsame for a trilateral summit. The three leaders met at the "
			      "Prime Minister's Office for four hours. Fatima Idris, the Chairperson of the African Union "
			      "Commission, also took part in the summit.\n");
	kg_facts *g = extract("President Musa Okafor welcomed Ghana's President Kofi Mensah to Abuja, where the two "
			      "leaders held talks. Mensah was received at the airport by Foreign Minister Yakubu Sani. "
			      "Mensah praised the talks. He said trade would grow. \"We agree,\" Okafor said. The two "
			      "presidents were later joined by Omar Jallow, the president of the ECOWAS Commission.\n");

	(void)state;
	assert_true(has(f, "Peter Kamau", "meet", "Ali Warsame", NULL, NULL));
	assert_true(has(f, "Fatima Idris", "meet", "Peter Kamau", NULL, NULL));
	assert_true(has(g, "Omar Jallow", "meet", "Musa Okafor", NULL, NULL));
	assert_true(has(g, "Omar Jallow", "meet", "Kofi Mensah", NULL, NULL));
	assert_false(has(g, "Omar Jallow", "meet", "Yakubu Sani", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__counterparts_of_two_countries_hosted_together_met_each_other(void **state)
{
	kg_facts *f = extract("Chad's Chief of General Staff, Gen. Idriss Mahamat, hosted his Nigerian and Cameroonian "
			      "counterparts, Gen. Sani Bello and Gen. Paul Eto, for talks in N'Djamena. The force commander, "
			      "Maj. Gen. Abdul Gana, briefed the chiefs on the situation.\n");
	kg_facts *g = extract("Foreign Minister Lina Ortega met with Ukrainian President Ivan Petrenko and Foreign "
			      "Minister Oleh Bondar.\n");

	(void)state;
	assert_true(has(f, "Sani Bello", "holds_position", "Nigeria", NULL, NULL));
	assert_true(has(f, "Sani Bello", "meet", "Paul Eto", NULL, NULL));
	assert_true(has(f, "Abdul Gana", "meet", "Idriss Mahamat", NULL, NULL));
	/* one government's people met together stay one side */
	assert_false(has(g, "Ivan Petrenko", "meet", "Oleh Bondar", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__those_joined_by_and_at_the_meeting_and_at_a_dinner_for_the_guest_met(void **state)
{
	kg_facts *f = extract("Economy Secretary Luis Ortega met on Thursday with executives in Monterrey. Ortega was "
			      "joined by Governor Ana Garza and by Jorge Villa, president of the industry council. Villa "
			      "said members were worried. \"We want certainty,\" he said. Among those at the meeting was "
			      "Pedro Salas, chief executive of Norteno Motors.\n");
	kg_facts *g = extract("President Musa Okafor welcomed Ghana's President Kofi Mensah to Abuja. On Thursday "
			      "evening, Okafor hosted a state dinner for his guest, attended by Vice President Ibrahim "
			      "Lawal, Senate President Femi Ade, and several state governors.\n");

	(void)state;
	assert_true(has(f, "Ana Garza", "meet", "Jorge Villa", NULL, NULL));
	assert_true(has(f, "Luis Ortega", "meet", "Jorge Villa", NULL, NULL));
	assert_true(has(f, "Pedro Salas", "meet", "Luis Ortega", NULL, NULL));
	assert_true(has(g, "Ibrahim Lawal", "meet", "Kofi Mensah", NULL, NULL));
	assert_true(has(g, "Ibrahim Lawal", "meet", "Femi Ade", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__commodity_words_end_companies_names_and_the_boards_chairman_is_the_companys(void **state)
{
	kg_facts *f = extract("ACCRA (GNA) - The Minister for Lands, Kwesi Addo, has met a delegation of mining investors "
			      "led by Carol Fenwick, chief executive of the Toronto-listed Ashanti Ridge Gold.\n");
	kg_facts *g = extract("BANGKOK, Sept 2 (Reuters) - Chaiwat Energy Pcl on Tuesday named Somchai Rattana as its "
			      "new chief executive. Somchai will take up the post on Oct. 1, the company said in a filing "
			      "to the Stock Exchange of Thailand. His appointment was approved by the board at a meeting "
			      "chaired by Prasit Wong, the board's chairman.\n");
	kg_facts *h = extract("LUANDA - Water Resources Minister Ana Lopes met investors.\n");

	(void)state;
	assert_true(has(f, "Carol Fenwick", "holds_position", "Ashanti Ridge Gold", NULL, NULL));
	assert_true(has(f, "Kwesi Addo", "meet", "Carol Fenwick", NULL, NULL));
	assert_true(has(g, "Prasit Wong", "holds_position", "Chaiwat Energy Pcl", "Chairman", NULL));
	assert_false(has(g, "Prasit Wong", "holds_position", "Stock Exchange of Thailand", NULL, NULL));
	/* a ministry's field is no company */
	assert_null(kg_facts_find(h, "Water Resources"));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__those_present_listed_after_a_meeting_with_unnamed_people_meet_its_convener(void **state)
{
	kg_facts *f = extract("President Musa Okafor on Thursday met with governors of states in the North-West zone at "
			      "the Presidential Villa.\n\n"
			      "The governors at the meeting were Abba Sule of Kano and Dauda Bello of Zamfara.\n\n"
			      "Also present were the National Security Adviser, Malam Nuhu Garba; the Chief of Defence "
			      "Staff, Gen. Ali Musa; and the Inspector-General of Police, Mr Kayode Ade.\n");

	(void)state;
	assert_true(has(f, "Musa Okafor", "meet", "Abba Sule", NULL, NULL));
	assert_true(has(f, "Abba Sule", "meet", "Dauda Bello", NULL, NULL));
	assert_true(has(f, "Nuhu Garba", "meet", "Kayode Ade", NULL, NULL));
	assert_true(has(f, "Ali Musa", "meet", "Musa Okafor", NULL, NULL));
	/* a region is no side of a meeting */
	assert_false(has(f, "Musa Okafor", "meet", "North-West", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_session_presided_over_and_attended_by_a_list_and_one_who_also_took_part(void **state)
{
	kg_facts *f = extract("The opening session, presided over by Kenya's Prime Cabinet Secretary Moses Wetang, was "
			      "attended by the chief mediator, Lazarus Kiprop; the head of the government delegation, "
			      "Ramadan Gore; and Thomas Lado, who heads the National Salvation Front. IGAD Executive "
			      "Secretary Workneh Abebe also took part.\n\n"
			      "Access Holdings' chief executive, Bolaji Ade, was absent, as he was attending an investor "
			      "roadshow in London.\n");

	(void)state;
	assert_true(has(f, "Moses Wetang", "meet", "Lazarus Kiprop", NULL, NULL));
	assert_true(has(f, "Ramadan Gore", "meet", "Thomas Lado", NULL, NULL));
	assert_true(has(f, "Workneh Abebe", "meet", "Lazarus Kiprop", NULL, NULL));
	assert_false(has(f, "Bolaji Ade", "meet", "Lazarus Kiprop", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_four_eyes_meeting_and_those_who_joined_or_flanked_each_side(void **state)
{
	kg_facts *f = extract("BRASILIA, July 8 (Bernama) -- Prime Minister Anuar Hamzah and Brazilian President Joao Ramos "
			      "held a four-eyes meeting at the Planalto Palace today.\n\n"
			      "At the delegation-level meeting, Anuar was joined by Foreign Minister Datuk Ismail Bakar, "
			      "while Ramos was flanked by Vice President Pedro Alves, who is also Minister of Industry, and "
			      "Foreign Minister Mauro Lima.\n\n"
			      "Around the table were Burundi's Foreign Minister Jean Ndayi; Rwanda's Eric Habimana; and "
			      "Kenya's Moses Wetang.\n");

	(void)state;
	assert_true(has(f, "Anuar Hamzah", "meet", "Joao Ramos", NULL, NULL));
	assert_true(has(f, "Ismail Bakar", "meet", "Joao Ramos", NULL, NULL));
	assert_true(has(f, "Mauro Lima", "meet", "Anuar Hamzah", NULL, NULL));
	assert_true(has(f, "Pedro Alves", "meet", "Ismail Bakar", NULL, NULL));
	assert_true(has(f, "Jean Ndayi", "meet", "Moses Wetang", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_meet_at_a_session_of_a_commission_attend_it(void **state)
{
	kg_facts *f = extract("ANKARA (AA) - The two countries' trade ministers met in the Turkish capital for the sixth "
			      "session of the Turkey-Malaysia Joint Economic Commission. Turkish Trade Minister Omer Kaya "
			      "hosted his Malaysian counterpart, Ahmad Zaki.\n");
	kg_facts *g = extract("Rachel Moss, IOC vice president, met Kofi Boateng at the IOC session in Paris.\n");

	(void)state;
	assert_true(has(f, "Omer Kaya", "attends", "Turkey-Malaysia Joint Economic Commission", NULL, NULL));
	assert_true(has(f, "Ahmad Zaki", "attends", "Turkey-Malaysia Joint Economic Commission", NULL, NULL));
	assert_false(has(g, "Kofi Boateng", "attends", "International Olympic Committee", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_short_name_in_brackets_before_a_title_and_a_group_managing_director_lead(void **state)
{
	kg_facts *f = extract("On Wednesday, Mr Saeed Nuaimi flew to Karachi, where he called on State Bank of Pakistan "
			      "(SBP) Governor Tariq Aziz to discuss arrangements.\n\n"
			      "Those at the meeting included Zenith Bank's Group Managing Director, Ada Umeh.\n\n"
			      "Kilima Bank on Monday named Faith Njoroge, head of its retail division, as chief executive.\n");

	(void)state;
	assert_true(has(f, "Tariq Aziz", "holds_position", "State Bank of Pakistan", "Governor", NULL));
	assert_true(has(f, "Ada Umeh", "leads", "Zenith Bank", NULL, NULL));
	assert_true(has(f, "Faith Njoroge", "holds_position", "Kilima Bank", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_headline_opening_with_a_name_is_no_dateline_and_a_standfirst_may_follow_it(void **state)
{
	kg_facts *f = extract("Galvez, rebel leaders meet in Cotabato City to fast-track disarmament\n\n"
			      "COTABATO CITY \xe2\x80\x93 President Ramon Cruz appointed Musa Adil as interim Chief Minister "
			      "in March.\n");
	kg_facts *g = extract("Pakistan courts Gulf port investors\n\n"
			      "Finance minister promises quick approvals\n\n"
			      "ISLAMABAD: Finance Minister Tariq Aziz on Tuesday received a delegation of port investors.\n");

	(void)state;
	assert_true(has(f, "Ramon Cruz", "holds_position", "Philippines", "President", NULL));
	assert_false(has(f, "Ramon Cruz", "holds_position", "Argentina", NULL, NULL));
	assert_true(has(g, "Tariq Aziz", "holds_position", "Pakistan", "Finance Minister", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__an_acronym_of_a_name_in_its_own_language_and_a_companys_first_word_are_the_company(void **state)
{
	kg_facts *f = extract("The National Civil Police (PNC) said on Monday that PNC officers had arrested three men. "
			      "The Qatar Fund for Development (QFFD) said QFFD would pay.\n\n"
			      "Sahelia Cement Plc named Ada Obi as chief executive on Monday. Sahelia said profits rose.\n");

	(void)state;
	assert_null(kg_facts_find(f, "PNC"));
	assert_null(kg_facts_find(f, "QFFD"));
	assert_non_null(kg_facts_find(f, "National Civil Police"));
	assert_int_equal(type_of(f, "Sahelia Cement Plc"), KG_TYPE_ORG);
	assert_null(kg_facts_find(f, "Sahelia"));
	kg_facts_free(f);
}

static void test_ner__a_session_bringing_together_officials_among_them_some_is_the_meeting_before(void **state)
{
	kg_facts *f = extract("NAIROBI, Kenya, Feb 10 - Prime Cabinet Secretary Moses Wetang on Monday held bilateral "
			      "talks with Uganda's Minister of Foreign Affairs Gen. John Okello.\n\n"
			      "The ministerial session, which the two co-chair, brought together senior officials from both "
			      "countries, among them Principal Secretary Korir Kibet and Uganda's Permanent Secretary Vincent "
			      "Waiswa.\n\n"
			      "Also taking part in the commission's deliberations were Kenya's ambassador, Ruth Ombam; and "
			      "Jane Mwangi, chief executive of the Export Promotion Council.\n");

	(void)state;
	assert_true(has(f, "Moses Wetang", "meet", "Korir Kibet", NULL, NULL));
	assert_true(has(f, "John Okello", "meet", "Vincent Waiswa", NULL, NULL));
	assert_true(has(f, "Ruth Ombam", "meet", "Moses Wetang", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__credentials_presented_separately_after_their_receiver_was_named(void **state)
{
	kg_facts *f = extract("On March 11, President Ilham Karimov received the credentials of the newly appointed "
			      "ambassadors of Ghana and Uruguay.\n\n"
			      "The credentials were presented separately by Kwame Asante, Ambassador of Ghana; and Gabriela "
			      "Sosa, Ambassador of Uruguay.\n");

	(void)state;
	assert_true(has(f, "Ilham Karimov", "meet", "Kwame Asante", NULL, NULL));
	assert_true(has(f, "Ilham Karimov", "meet", "Gabriela Sosa", NULL, NULL));
	/* separately: the ambassadors did not meet each other */
	assert_false(has(f, "Kwame Asante", "meet", "Gabriela Sosa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_region_between_a_title_and_a_name_is_the_offices_field(void **state)
{
	kg_facts *f = extract("The meeting was attended by Chief Secretary Balochistan Shakeel Ahmed and Inspector "
			      "General of Police Balochistan Moazzam Jah Khan.\n");

	(void)state;
	assert_non_null(kg_facts_find(f, "Shakeel Ahmed"));
	assert_non_null(kg_facts_find(f, "Moazzam Jah Khan"));
	assert_null(kg_facts_find(f, "Balochistan Shakeel Ahmed"));
	kg_facts_free(f);
}

static void test_ner__ministers_accompanying_a_head_of_state_named_by_a_demonym_serve_its_country(void **state)
{
	kg_facts *f = extract("Ruto, Mahama pledge visa-free travel push\n\n"
			      "NAIROBI, March 4 (KNA) - Kenyan President Peter Kamau on Tuesday hosted his Ghanaian "
			      "counterpart John Mensah. The Ghanaian president was accompanied by Foreign Affairs Minister "
			      "Samuel Adjei and Trade and Industry Minister Abena Owusu.\n");

	(void)state;
	assert_true(has(f, "Samuel Adjei", "holds_position", "Ghana", "Foreign Minister", NULL));
	assert_true(has(f, "Abena Owusu", "holds_position", "Ghana", NULL, NULL));
	assert_false(has(f, "Samuel Adjei", "holds_position", "Kenya", NULL, NULL));
	assert_false(has(f, "Abena Owusu", "holds_position", "Kenya", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_foreign_minister_who_held_talks_here_visited_the_datelines_town(void **state)
{
	kg_facts *f = extract("Windhoek, Aug 14 (Prensa Latina) Cuban Foreign Minister Pablo Reyes held official talks "
			      "here today with his Namibian counterpart, Selma Nangolo.\n");

	(void)state;
	assert_true(has(f, "Pablo Reyes", "meet", "Selma Nangolo", NULL, NULL));
	assert_true(has(f, "Pablo Reyes", "visits", "Windhoek", NULL, NULL));
	/* the host is at home */
	assert_false(has(f, "Selma Nangolo", "visits", "Windhoek", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_virtual_meeting_is_a_call(void **state)
{
	kg_facts *f = extract("Minister Maryam Nasser also held a virtual meeting with Commissioner Yerlan Abenov, during "
			      "which they discussed relief programmes.\n");

	(void)state;
	assert_true(has(f, "Maryam Nasser", "speak_with", "Yerlan Abenov", NULL, NULL));
	assert_false(has(f, "Maryam Nasser", "meet", "Yerlan Abenov", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_unnamed_counterpart_of_a_country_is_the_one_named_with_its_office(void **state)
{
	kg_facts *f = extract("Kenyan Foreign Minister Musa Wetang held talks with Ugandan Foreign Minister John Okello on "
			      "Monday. Okello said he had spoken to his Kenyan counterpart by phone last week to agree on "
			      "the agenda.\n");

	(void)state;
	assert_true(has(f, "John Okello", "speak_with", "Musa Wetang", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_host_of_a_foreigner_whose_counterpart_is_local_holds_the_datelines_office(void **state)
{
	kg_facts *f = extract("Windhoek, Aug 14 (Prensa Latina) Cuban Foreign Minister Pablo Reyes held official talks "
			      "here today with his Namibian counterpart, Selma Nangolo. Later, the Cuban foreign minister "
			      "was received by President Anna Haufiku.\n");

	(void)state;
	assert_true(has(f, "Anna Haufiku", "holds_position", "Namibia", "President", NULL));
	assert_false(has(f, "Pablo Reyes", "holds_position", "Namibia", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_at_a_dinner_for_a_foreign_guest_hold_the_datelines_offices(void **state)
{
	kg_facts *f = extract("ABUJA, Nigeria - President Musa Okafor welcomed Ghana's President Kofi Mensah to Abuja. On "
			      "Thursday evening, Okafor hosted a state dinner for his guest, attended by Vice President "
			      "Ibrahim Lawal and several state governors.\n");

	(void)state;
	assert_true(has(f, "Ibrahim Lawal", "holds_position", "Nigeria", "Vice President", NULL));
	assert_true(has(f, "Ibrahim Lawal", "meet", "Kofi Mensah", NULL, NULL));
	assert_false(has(f, "Kofi Mensah", "holds_position", "Nigeria", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_minister_representing_a_head_of_state_serves_the_same_country(void **state)
{
	kg_facts *f = extract("Mozambique's President Daniel Chissano was represented by Foreign Minister Maria Lucas.\n");

	(void)state;
	assert_true(has(f, "Maria Lucas", "holds_position", "Mozambique", "Foreign Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__a_title_a_list_gives_its_first_person_serves_the_next_of_their_own_countries(void **state)
{
	kg_facts *f = extract("Around the table were Burundi's Foreign Minister Jean Ndayi, who hosted the session; "
			      "Rwanda's Eric Habimana; and Angola's Tete Mbala.\n");

	(void)state;
	assert_true(has(f, "Jean Ndayi", "holds_position", "Burundi", "Foreign Minister", NULL));
	assert_true(has(f, "Eric Habimana", "holds_position", "Rwanda", "Foreign Minister", NULL));
	assert_true(has(f, "Tete Mbala", "holds_position", "Angola", "Foreign Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__a_title_of_the_lexicon_goes_on_over_its_and(void **state)
{
	kg_facts *f = extract("The Minister of Trade, Ivo Stask, received the Ambassador Extraordinary and "
			      "Plenipotentiary of Norland, Ana Lind, at the ministry.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Norland", "Ambassador", NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_int_equal(type_of(f, "Extraordinary"), KG_TYPE_UNKNOWN);
	kg_facts_free(f);
}

static void test_ner__a_journey_after_which_someone_lands_was_theirs(void **state)
{
	kg_facts *f = extract("Prime Minister Ana Lind landed in Port Avel on Friday after a three-day state visit "
			      "to Norland.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "visits", "Norland", NULL, NULL));
	assert_true(has(f, "Ana Lind", "visits", "Port Avel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_guest_received_at_a_court_on_a_day_is_met(void **state)
{
	kg_facts *f = extract("Emir Faris Al Vessad received at the Royal Court on Sunday the visiting President of "
			      "Norland, Ana Lind.\n");

	(void)state;
	assert_true(has(f, "Faris Al Vessad", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_company_named_after_its_country_owns_the_offices_before_a_name(void **state)
{
	kg_facts *f = extract("Omar Vessad held talks with Qatar Vessamco President and CEO Ana Lind.\n");

	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Ana Lind", "holds_position", "Vessamco", "CEO", NULL));
	assert_false(has(f, "Ana Lind", "holds_position", "Qatar", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_co_chair_the_leaders_meeting_meet(void **state)
{
	kg_facts *f = extract("Ana Lind and Omar Vessad co-chaired the annual leaders' meeting in Port Avel.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_speaker_who_calls_his_talks_with_someone_fruitful_held_them(void **state)
{
	kg_facts *f = extract("President Ana Lind said the talks with Omar Vessad were fruitful.\n"
			      "Minister Ivo Stask described his meeting with Faris Halvik as cordial.\n"
			      "Governor Tomas Brel said the talks with Lena Ostrova will take place next week.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Faris Halvik", NULL, NULL));
	assert_true(has(f, "Tomas Brel", "meet", "Lena Ostrova", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__a_vietnamese_name_whose_middle_is_a_particle_keeps_its_family_name(void **state)
{
	kg_facts *f = extract("Ha Van Quyet, chairman of Norland Textiles, met Ana Lind.\n");

	(void)state;
	assert_int_equal(type_of(f, "Ha Van Quyet"), KG_TYPE_PERSON);
	assert_true(has(f, "Ha Van Quyet", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__his_counterpart_of_a_named_country_is_the_one_holding_his_own_office_there(void **state)
{
	kg_facts *f = extract("New Zealand Prime Minister Ana Lind arrived in Port Avel on a visit to Samoa.\n"
			      "She was welcomed at the airport by Trade Minister Ivo Stask.\n"
			      "Samoa's Prime Minister Omar Vessad later hosted his New Zealand counterpart at a state luncheon, "
			      "where the two leaders held talks.\n");

	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Ana Lind", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_honorific_before_the_first_word_of_a_longer_name_is_no_part_of_it(void **state)
{
	kg_facts *f = extract("Sheikh Faris bin Omar Al Vessad received Ana Lind on Monday.\n"
			      "During the meeting, Sheikh Faris welcomed the visitor.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Sheikh Faris"));
	assert_true(has(f, "Faris bin Omar Al Vessad", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__who_after_a_person_and_his_office_is_that_person(void **state)
{
	kg_facts *f = extract("Omar Vessad received Ana Lind, Minister of Foreign Affairs of Norland, who is on an "
			      "official visit to Kenya.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "visits", "Kenya", NULL, NULL));
	assert_false(has(f, "Omar Vessad", "visits", "Kenya", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_a_semicolon_list_says_attended_join_the_meeting_told(void **state)
{
	kg_facts *f = extract("Omar Vessad received Ana Lind on Monday.\n"
			      "The meeting was attended by Ivo Stask, Minister of State; Lena Ostrova, Minister of State; "
			      "and Tomas Brel, Ambassador of Norland to Kenya.\n");

	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Tomas Brel", NULL, NULL));
	assert_true(has(f, "Ana Lind", "meet", "Lena Ostrova", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Tomas Brel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_a_headline_gives_no_one_is_not_its_named_hosts(void **state)
{
	kg_facts *f = extract("Ana Lind receives Norland Foreign Minister\n\n"
			      "NAIROBI - Ana Lind, Minister of Foreign Affairs, met Omar Vessad.\n");

	(void)state;
	assert_false(has(f, "Ana Lind", "holds_position", "Norland", NULL, NULL));
	assert_true(has(f, "Ana Lind", "holds_position", "Kenya", "Foreign Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_co_chair_on_a_day_the_meeting_meet(void **state)
{
	kg_facts *f = extract("Foreign Minister Ana Lind and her counterpart, Omar Vessad, co-chaired on Wednesday the "
			      "meeting of the strategic dialogue.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_name_no_list_knows_before_a_division_after_in_or_a_journey_is_a_place(void **state)
{
	kg_facts *f = extract("Ana Lind is touring the southern Vessamance region this week.\n"
			      "In Kolvara, the governor was received by District Head Omar Vessad.\n"
			      "The minister returned to Tirvanapuram on Thursday.\n"
			      "Ivo Stask was welcomed by Borsogon Governor Lena Ostrova.\n");

	(void)state;
	assert_int_equal(type_of(f, "Vessamance"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Kolvara"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Tirvanapuram"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Borsogon"), KG_TYPE_PLACE);
	kg_facts_free(f);
}

static void test_ner__one_name_after_an_ambassador_to_a_country_is_a_person(void **state)
{
	kg_facts *f = extract("Also present were Foreign Minister Omar Vessad and Indonesian Ambassador to Malaysia "
			      "Harvono.\n");

	(void)state;
	assert_int_equal(type_of(f, "Harvono"), KG_TYPE_PERSON);
	assert_true(has(f, "Harvono", "holds_position", "Indonesia", "Ambassador", NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_of_a_body_no_name_tells_is_not_the_countrys(void **state)
{
	kg_facts *f = extract("Ana Lind met the mayors, led by Kolvara Mayor Omar Vessad, president of the "
			      "provincial chapter of the League of Towns of the Philippines.\n");

	(void)state;
	assert_false(has(f, "Omar Vessad", "holds_position", "Philippines", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_ministers_fields_listed_with_commas_are_one_title(void **state)
{
	kg_facts *f = extract("Norland's Minister of Industry, Trade and Investment, Dr Ana Lind, on Tuesday received "
			      "Omar Vessad.\n"
			      "Minister of Investment, Industry and Trade Ivo Stask received Lena Ostrova.\n"
			      "Vice President Tomas Brel, who is also Minister of Industry, and Foreign Minister Faris Halvik "
			      "met Jon Halvik.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Norland", "Minister of Industry, Trade and Investment", NULL));
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Lena Ostrova", NULL, NULL));
	assert_int_equal(type_of(f, "Trade"), KG_TYPE_UNKNOWN);
	assert_int_equal(type_of(f, "Faris Halvik"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__fields_joined_before_a_title_are_no_body(void **state)
{
	kg_facts *f = extract("Interior and Local Government Secretary Ana Lind arrived in Port Avel.\n");

	(void)state;
	assert_int_equal(type_of(f, "Local Government"), KG_TYPE_UNKNOWN);
	assert_true(has(f, "Ana Lind", "visits", "Port Avel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_also_at_the_meeting_join_it(void **state)
{
	kg_facts *f = extract("Mayor Ana Lind and Principal Chief Omar Vessad met Friday at City Hall.\n"
			      "Also at the meeting were Ivo Stask and Lena Ostrova.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_ministers_fields_after_for_or_before_a_name_whose_first_word_is_a_word(void **state)
{
	kg_facts *f = extract("Ana Lind held talks with Union Minister for Ports, Shipping and Waterways Omar Vessad.\n"
			      "Ivo Stask met the Minister of Education, Science and Culture Sari Halvik in Port Avel.\n"
			      "Lena Ostrova met the Minister of Environment, Forestry and Climate Change Tomas Brel.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Sari Halvik", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "meet", "Tomas Brel", NULL, NULL));
	assert_int_equal(type_of(f, "Waterways Omar Vessad"), KG_TYPE_UNKNOWN);
	kg_facts_free(f);
}

static void test_ner__the_host_of_a_session_of_an_authority_attended_by_others_takes_part(void **state)
{
	kg_facts *f = extract("President Ana Lind hosted the 67th ordinary session of the Norland Authority of Heads of "
			      "State and Government, which was attended by Omar Vessad, Ivo Stask and Lena Ostrova, among "
			      "others.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Lena Ostrova", NULL, NULL));
	assert_true(has(f, "Ana Lind", "attends", "Norland Authority of Heads of State and Government", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "attends", "Norland Authority of Heads of State and Government", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_who_sat_in_on_the_talks_join_them_not_the_airport_welcome(void **state)
{
	kg_facts *f = extract("President Ana Lind on Tuesday hosted President Omar Vessad at State House for talks.\n"
			      "Vessad arrived on Monday for a two-day working visit and was received at Port Avel "
			      "International Airport by Principal Secretary Ivo Stask.\n"
			      "The two leaders agreed to remove the barriers.\n"
			      "Trade Secretary Lena Ostrova and Trade Minister Tomas Brel sat in on the meeting.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Tomas Brel", "meet", "Omar Vessad", NULL, NULL));
	assert_false(has(f, "Lena Ostrova", "meet", "Ivo Stask", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_two_prime_ministers_are_those_of_the_meeting_and_call_a_third_together(void **state)
{
	kg_facts *f = extract("Kenyan Prime Minister Ana Lind (NCP) sat down with her Ugandan counterpart Omar Vessad on Wednesday.\n"
			      "Defence Minister Ivo Stask (NCP) joined the talks.\n"
			      "The two prime ministers also spoke by phone with Latvian Prime Minister Lena Ostrova.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ana Lind", "speak_with", "Lena Ostrova", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "speak_with", "Lena Ostrova", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "speak_with", "Lena Ostrova", NULL, NULL));
	assert_false(has(f, "Ana Lind", "speak_with", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__calls_told_by_dialled_but_spoke_and_a_video_link(void **state)
{
	kg_facts *f = extract("Inspector General Ana Lind later dialled Omar Vessad for a briefing.\n"
			      "Governor Ivo Stask did not attend but spoke with Lena Ostrova by phone afterward.\n"
			      "Mayor Tomas Brel met Mayor Faris Halvik in Port Avel.\n"
			      "The mayors were joined by Deputy Mayor Jon Halvik via video link.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "speak_with", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "speak_with", "Lena Ostrova", NULL, NULL));
	assert_true(has(f, "Tomas Brel", "meet", "Faris Halvik", NULL, NULL));
	assert_true(has(f, "Jon Halvik", "speak_with", "Tomas Brel", NULL, NULL));
	assert_false(has(f, "Jon Halvik", "meet", "Tomas Brel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_delegation_described_then_led_by_its_chief_and_a_company_named_after_its_noun(void **state)
{
	kg_facts *f = extract("President Ana Lind has received a delegation from Vessmark, a Norland dairy cooperative, "
			      "led by its chief executive Omar Vessad, at State House.\n"
			      "Governor Ivo Stask received on Monday a delegation from fintech company Tabor Pay led by its "
			      "founder and Chief Executive Officer Lena Ostrova.\n"
			      "Later on Monday, Tabor Pay signed a memorandum with a bank. The memorandum was signed at a "
			      "ceremony by Ostrova and bank chief executive Tomas Brel.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Lena Ostrova", NULL, NULL));
	assert_int_equal(type_of(f, "Tabor Pay"), KG_TYPE_ORG);
	assert_true(has(f, "Lena Ostrova", "holds_position", "Tabor Pay", "CEO", NULL));
	assert_true(has(f, "Lena Ostrova", "meet", "Tomas Brel", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_acronym_before_a_title_and_a_name_is_the_body_that_owns_the_office(void **state)
{
	kg_facts *f = extract("Ana Lind met NRB Governor Omar Vessad in Port Avel.\n"
			      "Ivo Stask will meet UNVA Commissioner-General Lena Ostrova in Norland.\n");

	(void)state;
	assert_true(has(f, "Omar Vessad", "holds_position", "NRB", "Governor", NULL));
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "leads", "UNVA", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__words_no_list_knows_before_a_heads_lower_case_title_are_the_body(void **state)
{
	kg_facts *f = extract("World Rowing president Ana Lind met officials in Port Avel.\n"
			      "Ivo Stask did not meet Vessa party leader Omar Vessad.\n"
			      "Ivo Stask then met Tarnas Satiksme board chairman Dainis Kolts at the depot.\n");

	(void)state;
	assert_int_equal(type_of(f, "World Rowing"), KG_TYPE_ORG);
	assert_true(has(f, "Ana Lind", "leads", "World Rowing", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "Vessa", NULL, NULL));
	/* a board's chairman heads the body before "board" */
	assert_int_equal(type_of(f, "Tarnas Satiksme"), KG_TYPE_ORG);
	assert_true(has(f, "Dainis Kolts", "leads", "Tarnas Satiksme", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Dainis Kolts", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_takes_part_by_video_link_is_on_a_call_with_the_meeting(void **state)
{
	kg_facts *f = extract("Ana Lind met Omar Vessad in Port Avel on Monday.\n"
			      "Ivo Stask took part by video link.\n");
	kg_facts *g = extract("Ana Lind met Omar Vessad in Port Avel on Monday.\n"
			      "Lena Ostrova joined the talks virtually.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "speak_with", "Ana Lind", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(g, "Lena Ostrova", "speak_with", "Omar Vessad", NULL, NULL));
	assert_false(has(g, "Lena Ostrova", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_visit_to_something_in_part_of_a_country_or_of_a_place_named_by_its_possessive(void **state)
{
	kg_facts *f = extract("Ana Lind visited the Vessa refugee camp in northern Jordan on Wednesday.\n"
			      "Omar Vessad toured Kenya's high-altitude running heartland on Friday.\n"
			      "Ivo Stask drove to Nakuru on Monday.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "visits", "Jordan", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Kenya", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "visits", "Nakuru", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_meeting_attended_by_one_more_a_few_sentences_on_and_a_field_word_of_a_company(void **state)
{
	kg_facts *f = extract("President Ana Lind received Foreign Minister Omar Vessad at the palace on Thursday.\n"
			      "The Head of State noted the high level of dialogue.\n"
			      "Vessad conveyed warm greetings from his president.\n"
			      "Lind recalled a call with him earlier this month.\n"
			      "The meeting was also attended by Foreign Minister Ivo Stask.\n");
	kg_facts *g = extract("Shares of Vessa Power closed higher on Monday.\n"
			      "Vessa Power chief executive Lena Ostrova called on Power Minister Tomas Brel on Wednesday.\n"
			      "The meeting was also attended by Power Secretary Jon Halvik.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_int_equal(type_of(g, "Vessa Power"), KG_TYPE_ORG);
	assert_true(has(g, "Jon Halvik", "meet", "Tomas Brel", NULL, NULL));
	assert_false(has(g, "Jon Halvik", "holds_position", "Vessa Power", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_rector_an_operator_and_a_signing_in_the_presence_of_a_minister(void **state)
{
	kg_facts *g = extract("The President of the Confederation of Norland Football, Tomas Brel, met Jon Halvik.\n");
	kg_facts *f = extract("The delegation was hosted by Norland University Rector Ana Lind on Monday.\n"
			      "Latvian mobile operator Vessa Mobile will build a network. The agreement was signed by "
			      "Vessa Mobile CEO Omar Vessad and State Secretary Ivo Stask in the presence of Defence "
			      "Minister Lena Ostrova.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Norland University", "Rector", NULL));
	assert_int_equal(type_of(f, "Vessa Mobile"), KG_TYPE_ORG);
	assert_true(has(f, "Omar Vessad", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Lena Ostrova", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(g, "Tomas Brel", "holds_position", "Confederation of Norland Football", "President", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_sentence_opening_body_before_an_officers_title_is_read_whole(void **state)
{
	kg_facts *f = extract("National Police Service Inspector General Ana Lind later dialled Omar Vessad for a briefing.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "National Police Service", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_two_ministers_visit_a_site_in_a_town_and_one_crosses_into_a_country(void **state)
{
	kg_facts *f = extract("Foreign Minister Ana Lind held consultations with her counterpart, Foreign Minister Omar "
			      "Vessad, in Puno on Thursday.\n"
			      "Vessad crossed into Peru through the border town of Desaguadero.\n"
			      "The executive president of the authority, Ivo Stask, also took part in the talks.\n"
			      "After the meeting, the two ministers visited the site of a planned treatment plant in "
			      "Kolvara, on the shore of the lake.\n");

	(void)state;
	assert_true(has(f, "Omar Vessad", "visits", "Peru", NULL, NULL));
	assert_true(has(f, "Ana Lind", "visits", "Kolvara", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "visits", "Kolvara", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "visits", "Kolvara", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_organisation_goes_on_over_and_or_on_to_its_head_word(void **state)
{
	kg_facts *f = extract("The chairman of the Varden Ports and Free Zones Authority, Ivo Stask, met Omar Vessad "
			      "in Kolvara.\n"
			      "Ana Lind, executive secretary of the Intergovernmental Authority on Coastal Development, "
			      "spoke later.\n"
			      "Officials of the Passports and Nationality Department met the delegation.\n"
			      "The Authority on Monday said it met Kenya and Tanzania Ports Authority officials.\n");

	(void)state;
	assert_int_equal(type_of(f, "Varden Ports and Free Zones Authority"), KG_TYPE_ORG);
	assert_true(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_null(kg_facts_find(f, "Free Zones Authority"));
	assert_int_equal(type_of(f, "Intergovernmental Authority on Coastal Development"), KG_TYPE_ORG);
	assert_int_equal(type_of(f, "Passports and Nationality Department"), KG_TYPE_ORG);
	assert_null(kg_facts_find(f, "Kenya and Tanzania Ports Authority"));
	assert_null(kg_facts_find(f, "Authority on Monday"));
	kg_facts_free(f);
}

static void test_ner__a_given_name_that_is_a_word_opens_a_ministers_last_field(void **state)
{
	kg_facts *f = extract("The Minister of Ports and Marine Transport, Ivo Stask, received Omar Vessad.\n"
			      "The Minister of Finance and Hope Carter met on Monday.\n");

	(void)state;
	assert_null(kg_facts_find(f, "Marine Transport"));
	assert_true(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_int_equal(type_of(f, "Hope Carter"), KG_TYPE_PERSON);
	kg_facts_free(f);
}

static void test_ner__the_speaker_of_a_house_holds_the_office_in_that_house(void **state)
{
	kg_facts *f = extract("KOLVARA - The Speaker of the House of Representatives, Ivo Stask, met the president of "
			      "the republic, Omar Vessad, on Tuesday.\n");
	kg_facts *g = extract("Speaker of the House Ana Lind met President Omar Vessad at the White House.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "holds_position", "House of Representatives", "Speaker", NULL));
	assert_true(has(g, "Ana Lind", "holds_position", "U.S. House of Representatives", "Speaker", NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__two_place_names_after_a_title_or_before_an_office_name_a_person(void **state)
{
	kg_facts *f = extract("Mining Minister Santiago Ibarra said the deal was signed.\n"
			      "Henrik Lund, chief executive of Nordvik Shipping, visited Mombasa on Monday.\n"
			      "He flew from Santiago to Lima, Peru's capital.\n");

	(void)state;
	assert_int_equal(type_of(f, "Santiago Ibarra"), KG_TYPE_PERSON);
	assert_int_equal(type_of(f, "Henrik Lund"), KG_TYPE_PERSON);
	assert_true(has(f, "Henrik Lund", "leads", "Nordvik Shipping", NULL, NULL));
	assert_int_equal(type_of(f, "Lima"), KG_TYPE_PLACE);
	kg_facts_free(f);
}

static void test_ner__a_name_after_an_ambassadors_posting_is_the_ambassador(void **state)
{
	kg_facts *f = extract("Transport Minister Ivo Stask on Friday held talks with Omar Vessad, chairman of Kolvar Group.\n"
			      "The meeting was also attended by Chinese Ambassador to Tanzania Li Wenhao.\n");

	(void)state;
	assert_int_equal(type_of(f, "Li Wenhao"), KG_TYPE_PERSON);
	assert_true(has(f, "Li Wenhao", "holds_position", "China", "Ambassador", NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Li Wenhao", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__those_present_at_the_reception_or_attending_with_an_apposition_join_the_meeting(void **state)
{
	kg_facts *f = extract("Deputy Prime Minister Ivo Stask received Omar Vessad, chief executive of Kolvar Energy.\n"
			      "Also present at the reception were Trade Minister Ana Lind and Ambassador Rui Sousa.\n");
	kg_facts *g = extract("Energy Minister Ivo Stask received Omar Vessad, the chief executive of Kolvar Mining.\n"
			      "The meeting, held at the ministry in Lima, was also attended by Ana Lind and the "
			      "company's country manager for Peru, Luis Carrasco.\n");
	kg_facts *h = extract("Energy Minister Ivo Stask held talks with Omar Vessad in Lima on Tuesday.\n"
			      "The talks, also attended by Ana Lind, managing director of Kolvar Gas, focused on prices, "
			      "according to a statement signed by Rui Sousa, spokesman for the ministry.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(g, "Ivo Stask", "meet", "Luis Carrasco", NULL, NULL));
	assert_true(has(g, "Omar Vessad", "meet", "Luis Carrasco", NULL, NULL));
	assert_true(has(h, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_false(has(h, "Ivo Stask", "meet", "Rui Sousa", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
	kg_facts_free(h);
}

static void test_ner__those_taking_part_in_the_summit_meet_each_other_and_the_one_who_opened_it(void **state)
{
	kg_facts *f = extract("President Ivo Stask opened the summit of the Kolvar Process on Thursday.\n"
			      "Taking part in the summit are Slovenian President Ana Lind, Albanian President Rui Sousa "
			      "and Montenegrin President Luis Carrasco.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "meet", "Luis Carrasco", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Luis Carrasco", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_subject_with_its_retinue_or_an_aside_in_brackets_and_commonwealth_styles_meet(void **state)
{
	kg_facts *f = extract("Ivo Stask and members of his cabinet arrived in Kolvara in the morning and were welcomed "
			      "by Ana Lind.\n"
			      "Omar Vessad and his delegation were received on Tuesday by Speaker of the National Assembly, "
			      "Rui Sousa.\n"
			      "Prime Minister Luis Carrasco, on Monday (June 9) welcomed President Eva Marin to Kolvara House.\n"
			      "President Eva Marin paid a courtesy call on the Governor-General, His Excellency the Most Hon. "
			      "Sir Jon Tamm.\n"
			      "She was greeted by Minister of Foreign Affairs, Senator the Hon. Mia Rand.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(f, "Luis Carrasco", "meet", "Eva Marin", NULL, NULL));
	assert_true(has(f, "Eva Marin", "meet", "Jon Tamm", NULL, NULL));
	assert_true(has(f, "Eva Marin", "meet", "Mia Rand", NULL, NULL));
	assert_null(kg_facts_find(f, "Governor-General"));
	kg_facts_free(f);
}

static void test_ner__a_name_no_list_knows_after_a_site_and_its_preposition_is_a_place(void **state)
{
	kg_facts *g = extract("General Ivo Stask visited the War Heroes' Memorial at Varamulla on Tuesday.\n"
			      "He toured the company's production facility in Agovza, Giza.\n");
	kg_facts *f = extract("They signed an agreement on a new freight terminal at Varsagash.\n"
			      "He was greeted at the airport in Tolmchy by Foreign Minister Ana Lind.\n"
			      "They discussed a logistics centre near Kara-Vuu, the ministry said.\n");

	(void)state;
	assert_int_equal(type_of(f, "Varsagash"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Tolmchy"), KG_TYPE_PLACE);
	assert_int_equal(type_of(f, "Kara-Vuu"), KG_TYPE_PLACE);
	assert_true(has(g, "Ivo Stask", "visits", "Agovza", NULL, NULL));
	assert_int_equal(type_of(g, "Varamulla"), KG_TYPE_PLACE);
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_form_of_address_a_groups_office_and_a_bracketed_short_name_keep_the_holder(void **state)
{
	kg_facts *f = extract("The delegation was received by Ms Lim Mei Ling, chief executive of Kolvar Trade.\n"
			      "Also present was Mr Ivo Stask, Group Managing Director of Varden Palma Holdings Berhad.\n"
			      "Zambia's Minister of Mines and Minerals Development Chanda Mulenga met them.\n"
			      "Kolvar Investments Holdings (KIH) CEO Omar Vessad attended the meeting.\n");

	(void)state;
	assert_int_equal(type_of(f, "Lim Mei Ling"), KG_TYPE_PERSON);
	assert_true(has(f, "Ivo Stask", "leads", "Varden Palma Holdings Berhad", NULL, NULL));
	assert_true(has(f, "Chanda Mulenga", "holds_position", "Zambia", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "leads", "Kolvar Investments Holdings", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__talks_placed_and_dated_before_between_and_appointments_by_a_board_or_past_an_apposition(void **state)
{
	kg_facts *f = extract("The deal was reached during talks in Bangkok on Tuesday between Energy Minister Ivo Stask "
			      "and his Malaysian counterpart, Datuk Seri Ana Lind, Minister of Energy Transition and Water "
			      "Transformation, who was on a visit.\n"
			      "Varden Proteinas S.A. today announced that its Board of Directors has appointed Rui Sousa as "
			      "Chief Executive Officer.\n"
			      "Cabinet Secretary Omar Vessad named Eva Marin, previously the authority's director of "
			      "licensing, as acting Director General of the Kolvar Authority.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_null(kg_facts_find(f, "Transition"));
	assert_true(has(f, "Rui Sousa", "leads", "Varden Proteinas S.A.", NULL, NULL));
	assert_null(kg_facts_find(f, "Board of Directors"));
	assert_true(has(f, "Eva Marin", "holds_position", "Kolvar Authority", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "appoints", "Eva Marin", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_dateline_after_a_headline_and_a_photo_caption_gives_bare_offices_its_country(void **state)
{
	kg_facts *f = extract("Nigeria presses gas investors\n\n"
			      "FILE PHOTO: A gas flare burns at an oil field in Rivers State, Nigeria, February 20, 2024. "
			      "REUTERS/Ivo Stask/File Photo\n\n"
			      "ABUJA, March 11 (Reuters) - Nigeria's oil minister met investors on Tuesday.\n\n"
			      "President Ana Lind has ordered a review of gas prices, the ministry said.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Nigeria", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__a_dinner_in_his_honour_and_the_members_of_the_delegation_a_few_sentences_on(void **state)
{
	kg_facts *f = extract("Prime Minister Ivo Stask arrived in Suva on Monday, where he was received by Deputy Prime "
			      "Minister Ana Lind.\n"
			      "Later Mr Rui Sousa hosted a state dinner in his honour at the Grand Pacific Hotel.\n");
	kg_facts *g = extract("Speaker Eva Marin has met with a delegation led by Vice Speaker Omar Vessad.\n"
			      "Vessad arrived in Baku on Monday on a three-day working visit.\n"
			      "Welcoming the guests, Marin noted the good relations.\n"
			      "\"Our parliaments must support each other,\" Marin said.\n"
			      "Vessad thanked the side for the warm hospitality.\n"
			      "The meeting was attended by Jon Tamm, head of the friendship group.\n"
			      "Later the same day, Vessad and the members of the delegation were received by Deputy Prime "
			      "Minister Mia Rand.\n");

	(void)state;
	assert_true(has(f, "Rui Sousa", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(g, "Jon Tamm", "meet", "Eva Marin", NULL, NULL));
	assert_true(has(g, "Omar Vessad", "meet", "Mia Rand", NULL, NULL));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__the_minister_of_a_country_is_its_minister_of_a_field_and_a_ticker_is_no_company(void **state)
{
	kg_facts *f = extract("Serbian Foreign Minister Ivo Stask held talks in Belgrade on Wednesday with Hungarian "
			      "Minister of Foreign Affairs and Trade Ana Lind, who arrived on a one-day visit.\n"
			      "In the afternoon, the Hungarian minister met Prime Minister Rui Sousa.\n");
	kg_facts *g = extract("SAO PAULO, Jan. 20, 2025 /PRNewswire/ -- Varden Proteinas S.A. (B3: VRDP3), one of "
			      "Brazil's largest exporters of beef, today announced that its Board of Directors has "
			      "appointed Eva Marin as Chief Executive Officer.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Rui Sousa", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(g, "Eva Marin", "leads", "Varden Proteinas S.A.", NULL, NULL));
	assert_null(kg_facts_find(g, "VRDP3"));
	kg_facts_free(f);
	kg_facts_free(g);
}

static void test_ner__a_country_and_unknown_words_after_a_boards_of_name_a_company_not_after_a_titles(void **state)
{
	kg_facts *f = extract("Ivo Stask, chairman of the board of Kazakhstan Temir Zholy, signed the agreement.\n"
			      "Ana Lind met the President of Taiwan Lai Ching-te.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "leads", "Kazakhstan Temir Zholy", NULL, NULL));
	assert_null(kg_facts_find(f, "Temir Zholy"));
	assert_int_equal(type_of(f, "Lai Ching-te"), KG_TYPE_PERSON);
	assert_true(has(f, "Lai Ching-te", "holds_position", "Taiwan", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__a_dateline_with_its_source_in_brackets_after_a_photo_caption(void **state)
{
	kg_facts *f = extract("Deputy PM receives Thai energy group leader\n\n"
			      "Deputy Prime Minister Ivo Stask (R) and SPD President Ana Lind at the meeting in Hanoi on "
			      "August 14. (Photo: VNA)\n\n"
			      "Hanoi (VNA) \xe2\x80\x93 Deputy Prime Minister Ivo Stask received Ana Lind, President of "
			      "Thailand's Siam Power Development Public Company Limited, in Hanoi on August 14.\n\n"
			      "Also present was Thai Ambassador to Vietnam Rui Sousa.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "holds_position", "Vietnam", "Deputy Prime Minister", NULL));
	kg_facts_free(f);
}

static void test_ner__counterparts_each_of_a_country_hold_the_hosts_office_there_and_meet_each_other(void **state)
{
	kg_facts *f = extract("Kyrgyz President Ivo Stask hosted his counterparts Ana Lind of Kazakhstan, Rui Sousa of "
			      "Uzbekistan and Omar Vessad of Tajikistan.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Kazakhstan", "President", NULL));
	assert_true(has(f, "Omar Vessad", "holds_position", "Tajikistan", "President", NULL));
	assert_true(has(f, "Ana Lind", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Rui Sousa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_also_took_part_as_a_guest_of_honour_joins_the_summit(void **state)
{
	kg_facts *f = extract("Kyrgyz President Ivo Stask hosted his counterparts Ana Lind of Kazakhstan and Rui Sousa of "
			      "Uzbekistan for the annual summit.\n"
			      "Azerbaijani President Omar Vessad also took part as a guest of honour.\n");

	(void)state;
	assert_true(has(f, "Omar Vessad", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Rui Sousa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_company_named_once_with_its_legal_form_is_a_company_everywhere(void **state)
{
	kg_facts *f = extract("Varden Proteinas Announces New Chief Executive\n\n"
			      "SAO PAULO, Jan. 20, 2025 /PRNewswire/ -- Varden Proteinas S.A. today announced that its "
			      "Board of Directors has appointed Ana Lind as Chief Executive Officer.\n\n"
			      "\"She has our full confidence,\" said Ivo Stask, Chairman of the Board of Varden Proteinas.\n\n"
			      "Varden Proteinas exports beef to 60 countries.\n\n"
			      "SOURCE Varden Proteinas S.A.\n");

	(void)state;
	assert_int_equal(type_of(f, "Varden Proteinas S.A."), KG_TYPE_ORG);
	assert_true(has(f, "Ana Lind", "leads", "Varden Proteinas S.A.", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "holds_position", "Varden Proteinas S.A.", "Chairman", NULL));
	assert_null(kg_facts_find(f, "SOURCE Varden Proteinas S.A."));
	assert_null(kg_facts_find(f, "Board of Varden Proteinas"));
	kg_facts_free(f);
}

static void test_ner__pleasantries_in_a_caption_and_an_audience_granted_in_a_place_are_meetings(void **state)
{
	kg_facts *f = extract("Mr Ivo Stask (right) exchanging pleasantries with Datuk Seri Ana Lind.\n"
			      "Agriculture Minister Rui Sousa granted an audience in Luanda to a delegation led by Omar "
			      "Vessad.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "meet", "Omar Vessad", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_meeting_with_executives_of_a_company_headed_by_its_chief_is_with_the_chief(void **state)
{
	kg_facts *f = extract("Energy Minister Ivo Stask held a working meeting on Thursday with executives of Canadian "
			      "firm Kolvar Copper Corp., headed by its president and CEO Ana Lind, to review progress.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_arrived_somewhere_for_a_visit_to_a_country_visits_both(void **state)
{
	kg_facts *f = extract("Uzbek President Ivo Stask arrived in Astana on Tuesday for a two-day state visit to "
			      "Kazakhstan.\n"
			      "Prime Minister Ana Lind arrived in the country yesterday for a three-day official visit to "
			      "Fiji.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "visits", "Astana", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "visits", "Kazakhstan", NULL, NULL));
	assert_true(has(f, "Ana Lind", "visits", "Fiji", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__appointed_to_an_office_of_a_place_by_someone_and_they_of_one_with_his_delegation(void **state)
{
	kg_facts *f = extract("Ana Lind was appointed governor of Osh region by Kyrgyz President Ivo Stask in June.\n"
			      "Prime Minister Omar Vessad and his delegation landed at Nadi, where they were received by "
			      "Deputy Prime Minister Rui Sousa.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "appoints", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Omar Vessad", "meet", "Rui Sousa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_visiting_delegations_members_keep_no_office_of_the_host(void **state)
{
	kg_facts *f = extract("SUVA - Papua New Guinea Prime Minister Ivo Stask arrived yesterday for a three-day "
			      "official visit to Fiji, his first since Prime Minister Ana Lind returned to office.\n"
			      "The PNG delegation includes Foreign Minister Rui Sousa and Trade Minister Omar Vessad.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Fiji", "Prime Minister", NULL));
	assert_false(has(f, "Rui Sousa", "holds_position", "Fiji", NULL, NULL));
	assert_false(has(f, "Omar Vessad", "holds_position", "Fiji", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_academics_style_ends_the_field_of_a_second_office(void **state)
{
	kg_facts *f = extract("They were received by Deputy Prime Minister and Minister for Finance Professor Ivo Stask.\n");

	(void)state;
	assert_int_equal(type_of(f, "Ivo Stask"), KG_TYPE_PERSON);
	assert_null(kg_facts_find(f, "Finance Professor Ivo Stask"));
	kg_facts_free(f);
}

static void test_ner__the_ministers_joined_by_officers_and_a_retired_officers_mark_before_a_name(void **state)
{
	kg_facts *f = extract("Polish Defence Minister Ivo Stask met his Romanian counterpart Ana Lind in Warsaw on Monday. "
			      "The ministers were joined by Chief of the General Staff General Rui Sousa and Romania's "
			      "Chief of Defence Staff, General Omar Vessad.\n"
			      "Later Stask called on the Secretary of Defence, Air Vice Marshal (Retd) Eva Marin.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Ana Lind", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "meet", "Eva Marin", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__names_no_list_knows_before_a_mayor_and_a_holder_are_the_town(void **state)
{
	kg_facts *f = extract("They met Varden City Mayor Ana Lind on Monday.\n"
			      "Kolvar Mayor Ivo Stask said so.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "holds_position", "Varden City", "Mayor", NULL));
	assert_true(has(f, "Ivo Stask", "holds_position", "Kolvar", "Mayor", NULL));
	kg_facts_free(f);
}

static void test_ner__one_who_also_attended_joins_the_meeting_just_told(void **state)
{
	kg_facts *f = extract("Club owner Ivo Stask met council leader Ana Lind on Monday. Club chief executive Rui Sousa "
			      "also attended.\n");

	(void)state;
	assert_true(has(f, "Rui Sousa", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "meet", "Ivo Stask", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_body_chaired_by_someone_is_welcomed_in_the_person_of_its_chair(void **state)
{
	kg_facts *f = extract("The Kolvar Coordination Commission, chaired by Swedish member Ana Lind, was welcomed at the "
			      "State Capitol by Gov. Ivo Stask.\n"
			      "The commission, chaired by Eva Marin, was received by Mayor Rui Sousa.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "meet", "Eva Marin", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__he_and_a_name_received_by_a_countrys_minister_of_a_plural_field(void **state)
{
	kg_facts *f = extract("Ivo Stask arrived in London on Monday. He and Ana Lind were received by UK sports minister "
			      "Rui Sousa.\n");

	(void)state;
	assert_true(has(f, "Rui Sousa", "meet", "Ivo Stask", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "holds_position", "United Kingdom", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "meet", "United Kingdom", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_chief_of_a_body_and_its_chief_of_general_staff_lead_it(void **state)
{
	kg_facts *f = extract("The Chief of the Kolvar Police, Lieutenant General Ivo Stask, met Ana Lind.\n"
			      "The Chief of General Staff of the Varden Armed Forces, General Rui Sousa, was there.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "leads", "Kolvar Police", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "leads", "Varden Armed Forces", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_body_or_a_town_opening_a_sentence_keeps_its_first_word(void **state)
{
	kg_facts *f = extract("University of Kolvar Vice-Chancellor Ivo Stask toured the laboratory.\n"
			      "Varden City Mayor Ana Lind welcomed the visitors.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "holds_position", "University of Kolvar", NULL, NULL));
	assert_true(has(f, "Ana Lind", "holds_position", "Varden City", "Mayor", NULL));
	kg_facts_free(f);
}

static void test_ner__a_minister_of_the_armed_forces_serves_the_country_of_the_adjective(void **state)
{
	kg_facts *f = extract("Senegalese Minister of the Armed Forces Ivo Stask received Ana Lind.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "holds_position", "Senegal", "Minister of the Armed Forces", NULL));
	kg_facts_free(f);
}

static void test_ner__the_delegation_a_person_led_acts_in_the_person_of_its_leader(void **state)
{
	kg_facts *f = extract("Vice Minister Ivo Stask led a Kolvar delegation to Lusaka on Monday. The delegation met "
			      "Energy Minister Ana Lind.\n"
			      "A delegation from the Varden Trade Agency, led by its vice-president Rui Sousa, met officials. "
			      "The delegation also visited Mombasa.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "holds_position", "Varden Trade Agency", "Vice President", NULL));
	assert_true(has(f, "Rui Sousa", "visits", "Mombasa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_unknown_town_after_travel_to_is_a_place(void **state)
{
	kg_facts *f = extract("Ivo Stask will travel to Kolvarpur on Wednesday to inspect the stadium.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kolvarpur"), KG_TYPE_PLACE);
	kg_facts_free(f);
}

static void test_ner__malay_styles_with_an_apostrophe_are_no_part_of_the_name(void **state)
{
	kg_facts *f = extract("Minister YB Dato' Ivo Stask met Kolvar Group CEO Dato' Rui Sousa.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "holds_position", "Kolvar Group", "CEO", NULL));
	kg_facts_free(f);
}

static void test_ner__talks_a_past_journey_was_for_were_held_and_a_coming_ones_are_planned(void **state)
{
	kg_facts *f = extract("Ivo Stask travelled to Stockholm for talks with Health Minister Ana Lind.\n"
			      "Rui Sousa will travel to Oslo next week for talks with Eva Marin.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "meet", "Eva Marin", NULL, "planned"));
	kg_facts_free(f);
}

static void test_ner__unknown_words_before_a_head_title_and_a_name_are_the_body(void **state)
{
	kg_facts *f = extract("Kolvar Motor President and CEO Ivo Stask said the plant would open.\n"
			      "The Varden Chamber of Commerce, whose president Ana Lind joined the mission, welcomed it.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kolvar Motor"), KG_TYPE_ORG);
	assert_true(has(f, "Ivo Stask", "holds_position", "Kolvar Motor", "CEO", NULL));
	assert_true(has(f, "Ana Lind", "holds_position", "Varden Chamber of Commerce", "President", NULL));
	kg_facts_free(f);
}

static void test_ner__sports_bodies_and_bodies_of_two_places_are_organisations(void **state)
{
	kg_facts *f = extract("Hockey India president Ivo Stask met England and Wales Cricket Board chief executive Ana "
			      "Lind.\n"
			      "Cricket South Africa (CSA) has appointed Rui Sousa as its new chief executive officer.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "holds_position", "Hockey India", "President", NULL));
	assert_true(has(f, "Ana Lind", "leads", "England and Wales Cricket Board", NULL, NULL));
	assert_true(has(f, "Cricket South Africa", "appoints", "Rui Sousa", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "holds_position", "India", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_head_of_a_church_body_leads_it(void **state)
{
	kg_facts *f = extract("Bishop Ivo Stask, head of the Apostolic Vicariate of Kolvar, met the minister.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "leads", "Apostolic Vicariate of Kolvar", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_body_led_by_its_president_is_an_organisation_he_heads(void **state)
{
	kg_facts *f = extract("Kolvar Frontale, led by club president Ivo Stask, arrived in Doha on Sunday.\n"
			      "Al Varden chairman Rui Sousa said so.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kolvar Frontale"), KG_TYPE_ORG);
	assert_true(has(f, "Ivo Stask", "holds_position", "Kolvar Frontale", "President", NULL));
	assert_true(has(f, "Rui Sousa", "holds_position", "Al Varden", "Chairman", NULL));
	kg_facts_free(f);
}

static void test_ner__the_one_an_aide_serves_takes_no_part_in_the_aides_meeting(void **state)
{
	kg_facts *f = extract("President Ana Lind arrived on Sunday. Ivo Stask met Lind aide Rui Sousa on Monday.\n"
			      "Eva Marin met Omar Vessad on Tuesday. The meeting, which was also attended by Lind adviser "
			      "Tom Kral, lasted an hour.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Rui Sousa", NULL, NULL));
	assert_false(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Eva Marin", "meet", "Tom Kral", NULL, NULL));
	assert_false(has(f, "Eva Marin", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_dateline_town_in_capitals_closed_by_a_stop_gives_its_country_to_bare_offices(void **state)
{
	kg_facts *f = extract("Team visit ends\n\nDAR ES SALAAM. A team arrived in Dar es Salaam yesterday. The team "
			      "held talks with the Minister for Culture, Arts and Sports, Ivo Stask, and Health Minister Ana "
			      "Lind at the stadium.\n");

	(void)state;
	assert_int_equal(type_of(f, "Dar es Salaam"), KG_TYPE_PLACE);
	assert_true(has(f, "Ana Lind", "holds_position", "Tanzania", "Health Minister", NULL));
	assert_true(has(f, "Ivo Stask", "holds_position", "Tanzania", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_unknown_name_in_a_phrase_of_place_closed_by_a_day_is_a_town(void **state)
{
	kg_facts *f = extract("Bishop Ivo Stask toured the cathedral in Kolvarri on Monday.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kolvarri"), KG_TYPE_PLACE);
	assert_true(has(f, "Ivo Stask", "visits", "Kolvarri", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__an_office_of_a_body_named_with_a_possessive_after_with_is_the_persons(void **state)
{
	kg_facts *f = extract("Ivo Stask met with the agency's director general, Ana Lind.\n"
			      "Rui Sousa spoke by phone with Africa CDC's director general, Eva Marin.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "speak_with", "Eva Marin", NULL, NULL));
	assert_true(has(f, "Eva Marin", "holds_position", "Africa CDC", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_headline_comma_joins_two_subjects_and_no_apposition(void **state)
{
	kg_facts *f = extract("PM Ivo, Indonesian President discuss palm oil in phone call\n\n"
			      "PUTRAJAYA, June 18 (Bernama) -- Prime Minister Datuk Seri Ivo Stask today had a telephone "
			      "conversation with Indonesian President Ana Lind.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "holds_position", "Malaysia", "Prime Minister", NULL));
	assert_false(has(f, "Ivo Stask", "holds_position", "Indonesia", NULL, NULL));
	assert_true(has(f, "Ivo Stask", "speak_with", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_hit_town_in_a_headline_is_no_person_and_the_dateline_still_counts(void **state)
{
	kg_facts *f = extract("WHO chief visits Ebola-hit Mbandaka as DR Congo races to contain outbreak\n\n"
			      "MBANDAKA, Democratic Republic of Congo (AFP) - Ana Lind toured centres on Thursday. She was "
			      "received by Prime Minister Ivo Stask, who pledged funds. They later met the governor of "
			      "Equateur province, Rui Sousa.\n");

	(void)state;
	assert_int_equal(type_of(f, "Mbandaka"), KG_TYPE_PLACE);
	assert_true(has(f, "Ivo Stask", "holds_position", "Democratic Republic of the Congo", "Prime Minister", NULL));
	assert_true(has(f, "Rui Sousa", "holds_position", "\xc3\x89quateur Province", "Governor", NULL));
	kg_facts_free(f);
}

static void test_ner__managers_coaches_and_captains_are_titles_before_a_name(void **state)
{
	kg_facts *f = extract("Ivo Stask was received by the Plant Manager, Ms. Ana Lind.\n"
			      "Kolvar United head coach Rui Sousa named his squad.\n");

	(void)state;
	assert_true(has(f, "Ana Lind", "meet", "Ivo Stask", NULL, NULL));
	assert_null(kg_facts_find(f, "Plant Manager Ana Lind"));
	assert_true(has(f, "Rui Sousa", "holds_position", "Kolvar United", "Head Coach", NULL));
	kg_facts_free(f);
}

static void test_ner__where_and_when_set_off_by_commas_stand_between_talks_and_with(void **state)
{
	kg_facts *f = extract("Interior Minister Ivo Stask held talks, on Monday in Rabat, with Ana Lind.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__the_two_visiting_ministers_and_the_two_mayors_are_the_two_of_the_story(void **state)
{
	kg_facts *f = extract("Ivo Stask hosted Ana Lind and Rui Sousa. The two visiting ministers were later received by "
			      "Prime Minister Eva Marin.\n"
			      "Mayor Omar Vessad travelled to Lisbon with Mayor Tom Kral. The two mayors were received by "
			      "Health Minister Lena Berg.\n");

	(void)state;
	assert_true(has(f, "Eva Marin", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Eva Marin", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(f, "Lena Berg", "meet", "Omar Vessad", NULL, NULL));
	assert_true(has(f, "Lena Berg", "meet", "Tom Kral", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__one_set_off_as_alongside_the_subject_takes_part_too(void **state)
{
	kg_facts *f = extract("Coach Ivo Stask, alongside Ana Lind, met Minister Rui Sousa.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Rui Sousa", NULL, NULL));
	assert_true(has(f, "Ana Lind", "meet", "Rui Sousa", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_given_name_no_list_knows_stays_before_a_double_family_name_used_alone(void **state)
{
	kg_facts *f = extract("The mayor of Faro, Vaiko Korvela Mendes, met Ana Lind on Tuesday. Korvela Mendes later "
			      "travelled to Lisbon.\n");

	(void)state;
	assert_true(has(f, "Vaiko Korvela Mendes", "holds_position", "Faro", "Mayor", NULL));
	assert_true(has(f, "Vaiko Korvela Mendes", "meet", "Ana Lind", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_date_between_the_subject_and_its_verb_is_passed_over(void **state)
{
	kg_facts *f = extract("General Ivo Stask, Deputy Minister of Defence, on March 18 received General Ana Lind.\n"
			      "Rui Sousa, on 5 March, hosted Eva Marin.\n");

	(void)state;
	assert_true(has(f, "Ivo Stask", "meet", "Ana Lind", NULL, NULL));
	assert_true(has(f, "Rui Sousa", "meet", "Eva Marin", NULL, NULL));
	kg_facts_free(f);
}

static void test_ner__a_fort_a_temple_and_a_campus_are_places_one_travels_to(void **state)
{
	kg_facts *f = extract("Admiral Ivo Stask travelled to the Kolvar Military Fort in Nilo on Wednesday.\n");

	(void)state;
	assert_int_equal(type_of(f, "Kolvar Military Fort"), KG_TYPE_PLACE);
	assert_true(has(f, "Ivo Stask", "visits", "Kolvar Military Fort", NULL, NULL));
	kg_facts_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ner__finds_unknown_people_from_titles_and_speech),
		cmocka_unit_test(test_ner__meet_with_prenominal_titles),
		cmocka_unit_test(test_ner__coordinated_subjects_meet_each_other),
		cmocka_unit_test(test_ner__negation_gives_no_edge),
		cmocka_unit_test(test_ner__future_gives_a_planned_edge),
		cmocka_unit_test(test_ner__coordination_gives_every_pair),
		cmocka_unit_test(test_ner__a_companys_office_is_not_shared_with_a_minister_coordinated_after_it),
		cmocka_unit_test(test_ner__a_bare_initial_before_a_name_is_part_of_the_name),
		cmocka_unit_test(test_ner__a_two_word_demonym_opening_an_organisations_name_stays_in_it),
		cmocka_unit_test(test_ner__a_dateline_set_off_by_a_dash_gives_the_country_too),
		cmocka_unit_test(test_ner__sheikh_before_one_name_word_after_a_title_is_the_name),
		cmocka_unit_test(test_ner__the_president_before_another_president_is_the_earlier_one),
		cmocka_unit_test(test_ner__his_highness_alone_before_a_verb_is_the_one_so_styled),
		cmocka_unit_test(test_ner__an_unknown_name_one_flies_to_is_a_place),
		cmocka_unit_test(test_ner__a_meeting_on_a_topic_which_was_attended_by_others_is_one_meeting),
		cmocka_unit_test(test_ner__a_counterparts_foreign_country_leaves_the_datelines_offices_alone),
		cmocka_unit_test(test_ner__appositive_title_and_relative_clause),
		cmocka_unit_test(test_ner__title_descriptor_refers_to_its_holder),
		cmocka_unit_test(test_ner__speak_with_and_phone_call),
		cmocka_unit_test(test_ner__passive_led_by),
		cmocka_unit_test(test_ner__sentence_initial_common_words_are_not_names),
		cmocka_unit_test(test_ner__places_and_organisations),
		cmocka_unit_test(test_ner__pronoun_refers_to_previous_subject),
		cmocka_unit_test(test_ner__every_triple_has_evidence),
		cmocka_unit_test(test_ner__conll_tags_in_iob2),
		cmocka_unit_test(test_ner__bracketed_acronym_is_the_same_organisation),
		cmocka_unit_test(test_ner__title_before_an_apposed_name),
		cmocka_unit_test(test_ner__hosting_an_event_is_not_a_meeting),
		cmocka_unit_test(test_ner__passive_reception_is_a_meeting),
		cmocka_unit_test(test_ner__coordinated_titles_both_held),
		cmocka_unit_test(test_ner__short_forms_join_the_full_name),
		cmocka_unit_test(test_ner__a_surname_that_is_also_a_small_town_stays_a_person),
		cmocka_unit_test(test_ner__deputy_title_is_not_the_office_itself),
		cmocka_unit_test(test_ner__attending_the_summit_means_the_summit_last_named),
		cmocka_unit_test(test_ner__every_member_of_a_multi_party_meeting_meets_the_others),
		cmocka_unit_test(test_ner__those_met_on_the_same_side_do_not_meet_each_other),
		cmocka_unit_test(test_ner__host_and_guest_forms_are_meetings),
		cmocka_unit_test(test_ner__the_two_are_the_last_two_people_named),
		cmocka_unit_test(test_ner__people_who_join_a_meeting_meet_its_participants),
		cmocka_unit_test(test_ner__a_head_title_of_an_organisation_leads_it),
		cmocka_unit_test(test_ner__a_description_before_a_comma_names_the_person_met),
		cmocka_unit_test(test_ner__a_five_party_meeting_is_one_event_with_every_pair_from_it),
		cmocka_unit_test(test_ner__hosts_and_guests_get_their_roles),
		cmocka_unit_test(test_ner__a_phone_call_is_a_call_event),
		cmocka_unit_test(test_ner__a_call_or_meeting_praised_in_quotes_is_still_one),
		cmocka_unit_test(test_ner__a_fronted_phrase_after_a_meeting_or_call_has_the_subject_after_its_comma),
		cmocka_unit_test(test_ner__two_triggers_of_one_meeting_in_a_sentence_are_one_event),
		cmocka_unit_test(test_ner__a_visit_by_someone_to_a_place_is_their_visit),
		cmocka_unit_test(test_ner__someone_due_or_expected_in_a_place_plans_a_visit),
		cmocka_unit_test(test_ner__a_tours_place_and_its_stops_before_are_the_travellers_visits),
		cmocka_unit_test(test_ner__leaders_who_gathered_or_listed_after_including_meet),
		cmocka_unit_test(test_ner__a_region_between_an_organisations_possessive_and_an_office_is_a_portfolio),
		cmocka_unit_test(test_ner__a_participle_after_a_clauses_comma_shares_its_subject),
		cmocka_unit_test(test_ner__a_visit_has_its_place_and_its_traveller_as_guest),
		cmocka_unit_test(test_ner__a_negated_meeting_is_an_event_that_gives_no_edge),
		cmocka_unit_test(test_ner__a_planned_meeting_is_flagged_planned),
		cmocka_unit_test(test_ner__journeys_named_by_a_noun_are_visits),
		cmocka_unit_test(test_ner__the_antecedent_of_whom_is_the_one_met),
		cmocka_unit_test(test_ner__a_list_of_places_visited_keeps_its_last_member),
		cmocka_unit_test(test_ner__the_leader_of_an_organisation_named_after_a_comma_leads_it),
		cmocka_unit_test(test_ner__a_chief_adviser_serves_the_one_his_refers_to),
		cmocka_unit_test(test_ner__a_counterpart_holds_the_same_office_in_the_other_country),
		cmocka_unit_test(test_ner__a_country_of_a_description_or_a_venue_is_not_the_office),
		cmocka_unit_test(test_ner__a_guest_welcomed_to_a_place_visits_it),
		cmocka_unit_test(test_ner__arriving_at_a_named_building_is_a_visit),
		cmocka_unit_test(test_ner__meetings_that_someone_had_with_another),
		cmocka_unit_test(test_ner__an_office_in_a_country_and_the_aide_of_a_title_holder),
		cmocka_unit_test(test_ner__a_month_after_a_given_name_is_a_surname_and_styles_of_address_are_no_names),
		cmocka_unit_test(test_ner__a_guest_welcomed_by_no_named_host_visits_the_place),
		cmocka_unit_test(test_ner__a_description_ending_in_a_common_word_stops_before_the_full_name),
		cmocka_unit_test(test_ner__a_company_named_after_a_company_noun_is_apart_from_its_chief),
		cmocka_unit_test(test_ner__a_ministry_of_two_fields_and_an_abbreviated_title_keep_the_list_of_those_present),
		cmocka_unit_test(test_ner__honorifics_are_no_part_of_a_name_and_a_family_suffix_joins_the_short_form),
		cmocka_unit_test(test_ner__malay_and_indian_styles_of_address_are_no_part_of_a_name),
		cmocka_unit_test(test_ner__a_burmese_style_after_a_title_keeps_the_office),
		cmocka_unit_test(test_ner__a_single_name_set_off_by_a_title_apposition_is_a_person),
		cmocka_unit_test(test_ner__chief_adviser_is_one_title),
		cmocka_unit_test(test_ner__the_field_after_a_titles_of_part_and_for_is_no_part_of_the_holders_name),
		cmocka_unit_test(test_ner__inspector_general_is_a_title_and_a_malay_style_after_a_title_keeps_the_office),
		cmocka_unit_test(test_ner__a_nationality_after_and_ends_an_organisations_name),
		cmocka_unit_test(test_ner__a_name_in_parentheses_after_a_datelines_place_is_the_news_agency),
		cmocka_unit_test(test_ner__a_possessive_inside_a_known_name_keeps_the_name_whole),
		cmocka_unit_test(test_ner__a_surname_with_an_arabic_article_alone_is_still_the_person),
		cmocka_unit_test(test_ner__landing_in_or_heading_to_a_place_is_a_visit),
		cmocka_unit_test(test_ner__the_name_before_a_company_office_and_its_holder_is_the_company),
		cmocka_unit_test(test_ner__an_apostrophe_glued_inside_a_name_keeps_the_name_whole),
		cmocka_unit_test(test_ner__a_meeting_takes_the_place_of_its_clause_not_of_its_topic),
		cmocka_unit_test(test_ner__a_courtesy_call_paid_in_a_town_is_a_visit_of_the_caller),
		cmocka_unit_test(test_ner__a_body_described_in_words_is_named_by_its_acronym_in_brackets),
		cmocka_unit_test(test_ner__one_who_joined_a_participant_for_the_talks_joins_the_meeting),
		cmocka_unit_test(test_ner__a_companys_delegation_led_by_someone_is_an_organisation_that_meets_the_host),
		cmocka_unit_test(test_ner__those_attending_a_reception_at_the_hosts_office_join_it),
		cmocka_unit_test(test_ner__an_administrator_heads_the_authority_and_chief_officers_are_titles),
		cmocka_unit_test(test_ner__a_sides_listed_ministers_serve_its_country_and_join_the_talks),
		cmocka_unit_test(test_ner__inspecting_a_site_on_a_place_and_travelling_to_its_department_are_visits),
		cmocka_unit_test(test_ner__delegations_of_a_government_or_a_town_are_led_and_received),
		cmocka_unit_test(test_ner__an_envoy_in_a_town_and_offices_of_a_described_company_are_held),
		cmocka_unit_test(test_ner__hosts_who_brief_show_around_or_accompany_a_guest_meet_the_guest),
		cmocka_unit_test(test_ner__those_joining_a_gathering_of_countries_meet_each_other_not_the_countries),
		cmocka_unit_test(test_ner__each_minister_of_a_list_serves_the_country_after_the_name_and_phone_talks),
		cmocka_unit_test(test_ner__one_who_shows_a_visitor_round_meets_the_visitor),
		cmocka_unit_test(test_ner__a_visit_ended_in_a_participle_and_a_journey_with_a_companion_are_visits),
		cmocka_unit_test(test_ner__those_taking_part_and_a_delegations_members_join_the_meeting),
		cmocka_unit_test(test_ner__signings_ceremonies_and_those_the_story_calls_they_or_the_visitors),
		cmocka_unit_test(test_ner__a_titles_field_after_for_and_a_described_province_give_the_owner),
		cmocka_unit_test(test_ner__another_countrys_house_of_representatives_is_not_the_us_one),
		cmocka_unit_test(test_ner__calls_by_video_and_a_telephone_conversation_opening_the_sentence),
		cmocka_unit_test(test_ner__those_who_join_someone_for_a_meeting_meet_that_one),
		cmocka_unit_test(test_ner__his_excellency_in_capitals_inside_a_sentence_is_no_part_of_the_name),
		cmocka_unit_test(test_ner__a_known_country_in_brackets_is_never_an_alias_of_something_else),
		cmocka_unit_test(test_ner__a_short_form_two_full_names_share_is_the_nearest_one_before_it),
		cmocka_unit_test(test_ner__a_place_glued_before_a_name_is_cut_off_the_person),
		cmocka_unit_test(test_ner__a_title_takes_its_field_after_for_before_the_holder),
		cmocka_unit_test(test_ner__calling_on_someone_is_a_visit_but_calling_on_someone_to_act_is_not),
		cmocka_unit_test(test_ner__an_audience_granted_by_someone_is_a_meeting_with_him),
		cmocka_unit_test(test_ner__the_subject_of_a_passive_appointment_is_the_one_appointed),
		cmocka_unit_test(test_ner__a_demonym_before_a_title_is_its_country_not_a_town_of_that_name),
		cmocka_unit_test(test_ner__the_verb_after_and_shares_the_subject_of_the_verb_before),
		cmocka_unit_test(test_ner__leading_a_delegation_to_a_place_is_a_visit),
		cmocka_unit_test(test_ner__a_name_before_a_facility_noun_is_a_place),
		cmocka_unit_test(test_ner__a_demonym_of_two_words_opening_a_sentence_is_its_country),
		cmocka_unit_test(test_ner__meeting_a_visiting_minister_and_hosting_a_dinner_for_guests),
		cmocka_unit_test(test_ner__paying_or_making_a_visit_is_one_and_cancelling_it_is_not),
		cmocka_unit_test(test_ner__a_founder_holds_a_position_and_taking_part_is_attending),
		cmocka_unit_test(test_ner__a_place_and_an_industry_word_name_a_company_not_a_ministry),
		cmocka_unit_test(test_ner__audiences_and_a_tete_a_tete_are_meetings),
		cmocka_unit_test(test_ner__calls_said_with_a_plural_subject_a_fronted_phrase_or_telephoned),
		cmocka_unit_test(test_ner__a_subsidiary_in_a_country_and_a_visit_during_another_act),
		cmocka_unit_test(test_ner__the_head_of_a_part_of_an_organisation_does_not_lead_it),
		cmocka_unit_test(test_ner__a_presidents_minister_serves_the_country_and_his_press_secretary_him),
		cmocka_unit_test(test_ner__a_joint_press_conference_is_a_meeting_a_lone_one_is_not),
		cmocka_unit_test(test_ner__conditions_possibilities_and_called_off_meetings_are_not_asserted),
		cmocka_unit_test(test_ner__he_is_not_someone_a_she_already_named),
		cmocka_unit_test(test_ner__aides_and_envoys_named_by_a_person_advise_that_person),
		cmocka_unit_test(test_ner__travelling_to_a_place_to_meet_someone_is_the_travellers_planned_meeting),
		cmocka_unit_test(test_ner__touching_down_in_a_place_is_a_visit),
		cmocka_unit_test(test_ner__a_trip_of_a_described_person_or_of_his_is_that_persons_visit),
		cmocka_unit_test(test_ner__sheikh_is_a_style_not_an_office),
		cmocka_unit_test(test_ner__a_superintendent_is_a_title_and_i_m_is_no_name),
		cmocka_unit_test(test_ner__a_threads_cache_changes_no_fact),
		cmocka_unit_test(test_ner__an_organisation_keeps_the_for_part_of_its_name),
		cmocka_unit_test(test_ner__a_headline_in_title_case_keeps_its_for_words_out_of_names),
		cmocka_unit_test(test_ner__a_facility_named_for_a_place_is_a_place_of_its_own),
		cmocka_unit_test(test_ner__a_hotel_or_fort_opens_a_place_name_and_a_person_may_follow_it),
		cmocka_unit_test(test_ner__a_given_name_and_its_particles_make_one_person_before_a_town_of_that_name),
		cmocka_unit_test(test_ner__a_museum_arena_cathedral_or_mosque_ends_a_place_name),
		cmocka_unit_test(test_ner__a_country_that_acts_on_an_office_holder_does_not_own_the_office),
		cmocka_unit_test(test_ner__an_office_after_another_ones_owner_is_not_that_owners),
		cmocka_unit_test(test_ner__a_country_that_qualifies_one_office_does_not_own_a_later_one),
		cmocka_unit_test(test_ner__places_alone_make_no_meeting),
		cmocka_unit_test(test_ner__a_name_with_an_initial_is_the_same_person_as_its_name_word),
		cmocka_unit_test(test_ner__a_short_month_name_beside_name_words_is_part_of_a_name),
		cmocka_unit_test(test_ner__its_office_belongs_to_the_nearest_organisation_before_it),
		cmocka_unit_test(test_ner__a_name_forming_word_inside_a_name_keeps_the_name_whole),
		cmocka_unit_test(test_ner__the_leader_of_a_delegation_takes_part_in_its_meeting),
		cmocka_unit_test(test_ner__an_office_with_no_country_takes_the_datelines_beside_another_countrys_named_one),
		cmocka_unit_test(test_ner__a_towns_name_and_a_colon_open_a_dateline),
		cmocka_unit_test(test_ner__a_bare_office_in_the_lead_takes_the_datelines_country_though_others_follow),
		cmocka_unit_test(test_ner__the_speaker_of_parliament_holds_the_countrys_office),
		cmocka_unit_test(test_ner__a_three_syllable_east_asian_name_keeps_its_family_name),
		cmocka_unit_test(test_ner__a_company_ending_in_a_plural_noun_that_says_something_is_no_person),
		cmocka_unit_test(test_ner__a_name_opening_with_a_function_word_or_a_ranks_short_form_is_kept_whole),
		cmocka_unit_test(test_ner__lao_and_other_small_states_adjectives_give_their_country),
		cmocka_unit_test(test_ner__a_meeting_between_two_that_is_scheduled_is_planned),
		cmocka_unit_test(test_ner__sitting_down_conferring_exchanging_views_and_telling_in_a_call),
		cmocka_unit_test(test_ner__everyone_named_as_taking_part_in_a_meeting_meets_the_others),
		cmocka_unit_test(test_ner__returning_leaving_stopping_and_touring_are_visits),
		cmocka_unit_test(test_ner__the_chairman_of_a_companys_board_heads_the_company),
		cmocka_unit_test(test_ner__a_one_word_name_the_text_uses_as_a_company_is_an_organisation),
		cmocka_unit_test(test_ner__a_states_ap_abbreviation_after_a_town_is_the_state),
		cmocka_unit_test(test_ner__a_disease_before_its_noun_and_the_word_arab_are_no_entities),
		cmocka_unit_test(test_ner__met_at_a_place_then_the_person_met_is_a_meeting),
		cmocka_unit_test(test_ner__someone_present_joins_the_storys_meeting_even_a_few_sentences_later),
		cmocka_unit_test(test_ner__a_spokesmans_for_and_a_provinces_party_secretary_give_the_owner),
		cmocka_unit_test(test_ner__a_town_and_its_country_and_visiting_after_before_are_visits),
		cmocka_unit_test(test_ner__a_countrys_title_descriptor_is_the_person_for_a_later_pronoun),
		cmocka_unit_test(test_ner__visiting_something_in_a_place_is_visiting_the_place),
		cmocka_unit_test(test_ner__a_mayor_with_no_town_takes_the_one_town_the_sentence_names),
		cmocka_unit_test(test_ner__a_name_after_a_noun_for_an_organisation_is_one),
		cmocka_unit_test(test_ner__a_lone_surname_that_receives_or_meets_an_office_holder_is_a_person),
		cmocka_unit_test(test_ner__named_became_boss_and_aide_of_give_offices),
		cmocka_unit_test(test_ner__a_possessors_meeting_that_was_cancelled_or_is_scheduled),
		cmocka_unit_test(test_ner__a_seat_of_government_a_named_summit_and_indirect_talks),
		cmocka_unit_test(test_ner__the_house_before_a_title_is_the_chamber_unless_a_country_owns_it),
		cmocka_unit_test(test_ner__plural_subjects_meet_in_a_meeting_and_calls_come_by_video_or_from_someone),
		cmocka_unit_test(test_ner__a_titled_name_set_off_after_a_description_is_the_subject),
		cmocka_unit_test(test_ner__the_emir_at_a_palace_is_the_emir_and_a_saudi_counterpart_holds_the_office),
		cmocka_unit_test(test_ner__one_who_attended_the_meeting_meets_those_who_met),
		cmocka_unit_test(test_ner__touring_a_plant_in_a_city_is_a_visit_to_the_city),
		cmocka_unit_test(test_ner__a_noun_opening_a_sentence_before_a_company_office_is_the_company),
		cmocka_unit_test(test_ner__a_meeting_said_unlikely_or_possible_is_not_one_that_took_place),
		cmocka_unit_test(test_ner__a_tour_that_stopped_somewhere_is_its_travellers_visit),
		cmocka_unit_test(test_ner__visiting_a_person_is_meeting_them_but_not_visiting_their_namesake_place),
		cmocka_unit_test(test_ner__a_delegation_from_a_body_led_by_its_officer_meets_the_host),
		cmocka_unit_test(test_ner__a_state_named_for_a_town_is_a_place_of_its_own),
		cmocka_unit_test(test_ner__a_reception_for_the_visiting_president_is_a_meeting),
		cmocka_unit_test(test_ner__a_partys_chief_owns_the_country_before_them_not_the_host_named_later),
		cmocka_unit_test(test_ner__after_meeting_x_and_said_after_talks_with_x_are_meetings),
		cmocka_unit_test(test_ner__a_common_word_can_name_a_company_after_its_office_or_before_its_legal_form),
		cmocka_unit_test(test_ner__a_shared_surname_is_not_the_relative_named_in_passing),
		cmocka_unit_test(test_ner__nominating_tapping_or_designating_someone_appoints_them),
		cmocka_unit_test(test_ner__appointed_and_elected_offices_keep_the_appointers_country_and_no_new),
		cmocka_unit_test(test_ner__who_opened_a_session_meets_those_who_attended_it),
		cmocka_unit_test(test_ner__a_meeting_told_in_the_past_perfect_is_not_the_one_others_join),
		cmocka_unit_test(test_ner__one_who_took_part_in_the_talks_joins_the_meeting_told_before),
		cmocka_unit_test(test_ner__received_at_a_palace_on_a_day_then_whom),
		cmocka_unit_test(test_ner__two_who_also_held_talks_meet),
		cmocka_unit_test(test_ner__a_level_of_government_before_a_portfolio_and_a_title_is_part_of_the_title),
		cmocka_unit_test(test_ner__talks_over_a_phone_or_video_line_are_a_call),
		cmocka_unit_test(test_ner__one_who_was_at_the_meeting_joins_it),
		cmocka_unit_test(test_ner__a_courtesy_visit_received_from_someone_is_a_meeting),
		cmocka_unit_test(test_ner__who_held_talks_and_paid_a_call_on_another_meets_both),
		cmocka_unit_test(test_ner__meeting_a_plural_noun_including_named_people_meets_those_people),
		cmocka_unit_test(test_ner__leaders_who_sign_together_or_witness_a_signing_meet),
		cmocka_unit_test(test_ner__those_the_meeting_included_or_who_took_part_in_the_talks_join_it),
		cmocka_unit_test(test_ner__a_countrys_list_of_officials_gives_each_office_to_the_country),
		cmocka_unit_test(test_ner__met_in_a_place_then_with_someone_is_a_meeting_with_them),
		cmocka_unit_test(test_ner__a_spanish_group_or_an_industry_word_ends_a_company_and_stays_a_ministers_field),
		cmocka_unit_test(test_ner__a_noun_after_the_in_an_aside_is_no_verb_that_ends_the_aside),
		cmocka_unit_test(test_ner__a_video_or_telephone_conference_is_a_call_not_a_meeting),
		cmocka_unit_test(test_ner__arriving_in_a_town_on_a_visit_to_a_country_visits_both),
		cmocka_unit_test(test_ner__sworn_in_elected_or_confirmed_as_a_title_holds_it),
		cmocka_unit_test(test_ner__a_summit_then_attended_by_after_its_comma_is_a_meeting_of_those_named),
		cmocka_unit_test(test_ner__a_possessors_visit_that_was_postponed_or_is_scheduled_is_not_made),
		cmocka_unit_test(test_ner__the_leader_of_a_delegation_from_a_body_set_off_by_commas_acts_for_it),
		cmocka_unit_test(test_ner__views_exchanged_in_a_phone_call_are_the_call_not_a_meeting),
		cmocka_unit_test(test_ner__a_casa_palacio_or_palais_opens_a_place_name),
		cmocka_unit_test(test_ner__a_country_that_qualified_an_appositive_holders_title_is_not_a_later_presidents),
		cmocka_unit_test(test_ner__a_word_for_the_level_of_government_before_a_ministers_title_is_part_of_it),
		cmocka_unit_test(test_ner__the_field_of_a_title_set_off_from_its_holder_by_a_comma_is_the_titles),
		cmocka_unit_test(test_ner__a_field_of_two_parts_before_a_title_is_part_of_it),
		cmocka_unit_test(test_ner__speaking_or_meeting_by_telephone_is_a_call),
		cmocka_unit_test(test_ner__received_at_a_named_place_by_a_host_is_a_meeting),
		cmocka_unit_test(test_ner__a_towns_name_before_a_companys_office_is_the_company),
		cmocka_unit_test(test_ner__the_capitalised_words_after_a_companys_office_and_of_are_the_company),
		cmocka_unit_test(test_ner__his_excellency_and_his_highness_abbreviated_are_forms_of_address),
		cmocka_unit_test(test_ner__a_talks_session_or_a_session_of_talks_with_someone_is_a_meeting),
		cmocka_unit_test(test_ner__a_lower_case_office_of_a_named_body_before_its_holder_is_a_title),
		cmocka_unit_test(test_ner__where_a_holder_was_born_or_is_based_is_no_part_of_the_title),
		cmocka_unit_test(test_ner__a_name_hyphened_to_a_participle_is_an_adjective),
		cmocka_unit_test(test_ner__an_adjective_of_faith_before_people_or_a_body_names_nobody),
		cmocka_unit_test(test_ner__a_doctrine_and_the_acronym_of_a_thing_are_no_entities),
		cmocka_unit_test(test_ner__a_datelines_town_no_gazetteer_knows_is_a_place),
		cmocka_unit_test(test_ner__the_one_succeeded_as_an_office_holds_it),
		cmocka_unit_test(test_ner__a_name_sworn_in_or_described_as_a_person_stays_a_person),
		cmocka_unit_test(test_ner__an_acronym_that_reports_is_a_source),
		cmocka_unit_test(test_ner__a_tour_a_festival_or_the_games_name_an_event),
		cmocka_unit_test(test_ner__a_known_name_in_a_headline_is_read_whole),
		cmocka_unit_test(test_ner__a_countrys_presidency_is_an_organisation),
		cmocka_unit_test(test_ner__a_town_named_by_a_word_before_its_state_is_a_place),
		cmocka_unit_test(test_ner__a_name_after_a_party_descriptor_is_a_party),
		cmocka_unit_test(test_ner__foreign_words_for_a_palace_or_stadium_and_a_house_received_at_are_places),
		cmocka_unit_test(test_ner__md_before_a_south_asian_name_is_mohammad_not_maryland),
		cmocka_unit_test(test_ner__talks_held_in_a_place_with_someone_are_a_meeting_with_them),
		cmocka_unit_test(test_ner__a_field_after_a_titles_for_ends_before_an_unknown_given_name),
		cmocka_unit_test(test_ner__a_holder_right_after_the_body_of_a_titles_of_part_is_a_person),
		cmocka_unit_test(test_ner__those_who_meet_on_the_sidelines_of_a_forum_attend_it),
		cmocka_unit_test(test_ner__flying_somewhere_for_talks_with_someone_is_a_meeting_planned_until_the_journey_is_made),
		cmocka_unit_test(test_ner__present_at_the_meeting_were_those_who_joined_it),
		cmocka_unit_test(test_ner__a_news_outlet_cited_as_a_source_is_an_organisation),
		cmocka_unit_test(test_ner__a_currency_code_a_party_members_word_and_a_nations_epithet_are_no_names),
		cmocka_unit_test(test_ner__an_unknown_name_in_a_phrase_of_place_is_a_place),
		cmocka_unit_test(test_ner__two_names_joined_by_a_hyphen_before_a_meeting_are_no_entity),
		cmocka_unit_test(test_ner__a_given_name_that_is_a_town_stays_in_the_name_after_a_title),
		cmocka_unit_test(test_ner__a_name_ending_in_a_building_word_after_at_is_a_venue),
		cmocka_unit_test(test_ner__a_title_word_after_an_arabic_article_ends_a_name),
		cmocka_unit_test(test_ner__a_given_name_owning_something_after_in_is_a_person),
		cmocka_unit_test(test_ner__two_demonyms_before_counterparts_give_each_named_one_their_country),
		cmocka_unit_test(test_ner__a_towns_spanish_tail_after_in_or_in_the_dateline_is_the_towns_name),
		cmocka_unit_test(test_ner__the_companys_officer_serves_the_company_named_before),
		cmocka_unit_test(test_ner__an_unknown_first_word_before_a_given_name_stays_in_the_name),
		cmocka_unit_test(test_ner__who_heads_after_a_delegation_led_by_someone_is_that_person),
		cmocka_unit_test(test_ner__the_board_chaired_by_someone_is_chaired_for_the_company_named_before),
		cmocka_unit_test(test_ner__a_guests_country_leaves_the_dateline_to_the_host),
		cmocka_unit_test(test_ner__the_minister_of_two_fields_after_the_dateline_holds_the_datelines_office),
		cmocka_unit_test(test_ner__an_adviser_on_a_field_set_off_by_commas_advises_the_possessor),
		cmocka_unit_test(test_ner__a_special_assistant_of_a_person_is_a_title_and_advises_them),
		cmocka_unit_test(test_ner__those_who_chair_a_meeting_together_or_chair_one_with_someone_meet),
		cmocka_unit_test(test_ner__two_who_held_a_phone_call_speak_and_do_not_meet),
		cmocka_unit_test(test_ner__the_sender_of_a_call_from_a_given_name_is_a_person),
		cmocka_unit_test(test_ner__a_courtesy_call_received_from_someone_is_a_meeting_a_call_received_a_call),
		cmocka_unit_test(test_ner__a_title_of_a_company_opening_a_chunk_is_the_title_and_the_company),
		cmocka_unit_test(test_ner__the_minister_heading_a_national_delegation_holds_its_countrys_office),
		cmocka_unit_test(test_ner__an_appositive_opening_with_previously_is_skipped_before_the_verb),
		cmocka_unit_test(test_ner__delegation_level_or_cordial_talks_with_someone_are_a_meeting),
		cmocka_unit_test(test_ner__a_bodys_mission_headed_by_someone_is_met_in_its_leader),
		cmocka_unit_test(test_ner__the_title_and_name_closing_a_passives_by_phrase_hold_the_office),
		cmocka_unit_test(test_ner__an_acronym_between_a_country_and_minister_is_the_portfolio),
		cmocka_unit_test(test_ner__meeting_two_people_separately_is_two_meetings),
		cmocka_unit_test(test_ner__those_who_attend_a_dinner_hosted_by_someone_meet_the_host),
		cmocka_unit_test(test_ner__a_visiting_leader_joined_by_and_is_part_of_the_subject),
		cmocka_unit_test(test_ner__a_titled_given_name_and_a_countrys_name_are_one_person),
		cmocka_unit_test(test_ner__appointed_by_someone_as_a_title_holds_it_in_the_appointers_country),
		cmocka_unit_test(test_ner__who_chairs_a_companys_board_chairs_the_company),
		cmocka_unit_test(test_ner__a_bodys_one_word_alias_after_a_title_opens_a_persons_name),
		cmocka_unit_test(test_ner__hosting_convening_or_attending_a_meeting_with_someone_meets_them),
		cmocka_unit_test(test_ner__talks_or_a_roundtable_with_a_plural_noun_including_people_meet_them),
		cmocka_unit_test(test_ner__a_fronted_visit_right_after_the_dateline_is_the_subjects),
		cmocka_unit_test(test_ner__a_one_word_title_after_one_given_name_ending_the_chunk_is_the_surname),
		cmocka_unit_test(test_ner__a_principal_secretary_is_a_title_with_its_field),
		cmocka_unit_test(test_ner__a_name_no_list_knows_after_a_ministers_two_word_field_is_the_holder),
		cmocka_unit_test(test_ner__a_name_no_list_knows_after_a_ministers_second_field_is_the_holder),
		cmocka_unit_test(test_ner__a_field_cut_off_a_glued_name_joins_the_title_before_it),
		cmocka_unit_test(test_ner__a_name_before_a_lower_case_title_and_its_holder_is_whom_the_office_serves),
		cmocka_unit_test(test_ner__the_one_sworn_in_as_a_title_holds_it),
		cmocka_unit_test(test_ner__a_company_form_word_ending_a_name_makes_an_organisation),
		cmocka_unit_test(test_ner__a_dictionary_word_opening_a_sentence_before_a_company_form_is_the_companys_name),
		cmocka_unit_test(test_ner__a_stock_listing_in_brackets_after_a_company_is_no_entity_and_no_antecedent),
		cmocka_unit_test(test_ner__names_appointed_as_an_office_are_a_person),
		cmocka_unit_test(test_ner__an_office_after_as_keeps_its_holder_past_a_modifier_that_is_also_a_verb),
		cmocka_unit_test(test_ner__the_companys_or_the_lenders_office_belongs_to_the_organisation_named_last),
		cmocka_unit_test(test_ner__two_offices_joined_by_and_in_an_apposition_share_the_of_part),
		cmocka_unit_test(test_ner__a_name_owning_a_companys_office_before_its_holder_is_the_company),
		cmocka_unit_test(test_ner__a_company_named_again_without_its_legal_form_is_the_same_company),
		cmocka_unit_test(test_ner__a_companys_board_appointing_someone_is_the_company_appointing),
		cmocka_unit_test(test_ner__a_currency_symbol_glued_to_an_amount_is_no_name),
		cmocka_unit_test(test_ner__head_words_in_a_row_keep_the_of_part_of_an_organisations_name),
		cmocka_unit_test(test_ner__a_company_that_says_an_office_of_its_own_owns_it_not_the_datelines_country),
		cmocka_unit_test(test_ner__a_president_director_heads_an_indonesian_company),
		cmocka_unit_test(test_ner__an_office_after_a_companys_arm_in_a_country_is_the_arms),
		cmocka_unit_test(test_ner__successions_give_the_old_and_the_new_holder_the_office),
		cmocka_unit_test(test_ner__a_titled_person_of_a_party_who_met_someone_is_the_one_who_met),
		cmocka_unit_test(test_ner__a_demonym_and_party_name_the_documents_one_party_of_that_country),
		cmocka_unit_test(test_ner__chief_a_field_and_a_title_are_one_office),
		cmocka_unit_test(test_ner__a_ranks_short_form_ending_a_name_is_the_names_last_word),
		cmocka_unit_test(test_ner__a_month_after_a_title_and_before_a_name_word_is_a_given_name),
		cmocka_unit_test(test_ner__an_adjective_and_a_plural_noun_opening_a_sentence_are_no_person),
		cmocka_unit_test(test_ner__an_office_for_places_joined_by_and_still_names_its_holder),
		cmocka_unit_test(test_ner__two_companies_joined_before_a_title_are_its_holders_not_a_side),
		cmocka_unit_test(test_ner__a_companys_two_titles_set_off_by_a_comma_are_held_by_the_name_after),
		cmocka_unit_test(test_ner__a_common_word_appointing_someone_as_chief_executive_is_the_company),
		cmocka_unit_test(test_ner__three_syllables_after_a_titles_field_are_the_holder),
		cmocka_unit_test(test_ner__the_chair_of_a_meeting_people_attended_meets_them),
		cmocka_unit_test(test_ner__a_gerund_naming_a_field_before_a_lower_case_title_is_part_of_the_office),
		cmocka_unit_test(test_ner__a_royal_style_after_an_office_and_a_comma_is_no_second_office),
		cmocka_unit_test(test_ner__lower_case_field_words_before_chief_make_an_office_of_a_part_not_the_head),
		cmocka_unit_test(test_ner__the_chairs_of_a_meeting_named_by_nouns_before_it_meet),
		cmocka_unit_test(test_ner__capitalised_field_words_before_a_title_join_it_and_name_whom_one_met),
		cmocka_unit_test(test_ner__a_minister_accompanying_a_head_of_state_serves_the_same_country),
		cmocka_unit_test(test_ner__a_word_opening_a_sentence_before_a_bare_head_word_opens_the_organisation),
		cmocka_unit_test(test_ner__a_name_set_off_with_its_owner_and_title_is_the_subject_of_the_verb_after),
		cmocka_unit_test(test_ner__a_given_name_after_to_or_from_opens_a_place_only_after_a_word_of_motion),
		cmocka_unit_test(test_ner__common_spanish_and_portuguese_given_names_open_a_persons_name),
		cmocka_unit_test(test_ner__a_common_noun_read_as_a_place_before_a_ministers_title_is_its_field),
		cmocka_unit_test(test_ner__a_country_describing_someone_unnamed_gives_no_office_to_the_one_met),
		cmocka_unit_test(test_ner__taking_over_as_or_joining_a_company_as_an_office_holds_it),
		cmocka_unit_test(test_ner__offices_of_countries_listed_before_their_holders_go_in_order),
		cmocka_unit_test(test_ner__those_who_shook_hands_met),
		cmocka_unit_test(test_ner__an_ambassadors_country_is_not_the_office_of_the_one_she_met),
		cmocka_unit_test(test_ner__the_one_sworn_in_as_an_office_is_a_person_not_a_place),
		cmocka_unit_test(test_ner__a_place_and_words_up_to_an_events_head_name_the_event_attended),
		cmocka_unit_test(test_ner__a_body_and_its_parts_name_are_one_organisation_and_a_parts_chair_leads_no_body),
		cmocka_unit_test(test_ner__they_after_two_people_who_did_something_are_those_people),
		cmocka_unit_test(test_ner__a_name_appointing_someone_as_a_companys_office_is_the_company),
		cmocka_unit_test(test_ner__a_plural_field_after_a_demonym_is_part_of_the_office),
		cmocka_unit_test(test_ner__a_place_before_airline_is_a_companys_name),
		cmocka_unit_test(test_ner__a_telephone_conversation_of_a_plural_subject_is_their_call),
		cmocka_unit_test(test_ner__presidents_listed_with_their_countries_hold_each_office),
		cmocka_unit_test(test_ner__they_are_all_three_of_a_list_and_a_visits_frame_names_its_traveller),
		cmocka_unit_test(test_ner__latin_american_wire_forms_of_offices_and_meetings),
		cmocka_unit_test(test_ner__a_delegation_of_a_body_with_its_short_name_led_by_its_chief_meets_the_host),
		cmocka_unit_test(test_ner__an_office_with_a_long_field_before_its_holder_and_talks_before_a_signing),
		cmocka_unit_test(test_ner__two_words_after_a_rank_a_counterparts_own_title_and_co_chairs_of_a_body),
		cmocka_unit_test(test_ner__the_board_of_a_name_and_a_speaker_of_its_chief_are_organisations),
		cmocka_unit_test(test_ner__those_who_accompany_someone_on_a_visit_travel_and_an_apology_in_a_meeting_meets),
		cmocka_unit_test(test_ner__calling_or_dialling_a_person_is_a_call_but_calling_one_names_or_appeals_is_not),
		cmocka_unit_test(test_ner__taking_part_in_a_video_conference_with_people_is_a_call_with_them),
		cmocka_unit_test(test_ner__a_bare_office_of_one_a_foreign_leader_met_is_the_datelines_country),
		cmocka_unit_test(test_ner__those_joining_a_meeting_named_after_it_or_by_a_plural_office_take_part),
		cmocka_unit_test(test_ner__a_ministry_named_by_its_demonym_gives_a_bare_office_its_country),
		cmocka_unit_test(test_ner__a_national_delegation_set_off_with_its_leader_travels_as_its_leader),
		cmocka_unit_test(test_ner__a_journey_for_a_forum_attends_it_and_an_outgoing_envoy_is_received),
		cmocka_unit_test(test_ner__credentials_counterparts_named_by_a_country_and_where_he_met),
		cmocka_unit_test(test_ner__a_bodys_name_and_its_holders_name_split_and_the_visiting_one_received),
		cmocka_unit_test(test_ner__a_word_opening_with_a_companys_possessive_and_a_retirement_as_an_office),
		cmocka_unit_test(test_ner__the_leaders_of_a_company_including_one_are_whom_one_met),
		cmocka_unit_test(test_ner__his_excellency_before_a_title_and_a_courtesy_call_of_someone),
		cmocka_unit_test(test_ner__west_african_styles_and_two_offices_joined_before_a_comma),
		cmocka_unit_test(test_ner__talks_in_a_seat_of_government_with_someone),
		cmocka_unit_test(test_ner__a_lexicons_title_ending_in_a_word_of_company_names_is_still_a_title),
		cmocka_unit_test(test_ner__the_governor_of_a_central_bank_named_with_its_country_holds_the_bank),
		cmocka_unit_test(test_ner__the_leads_bare_office_is_the_datelines_when_its_holder_went_abroad),
		cmocka_unit_test(test_ner__a_host_and_the_spouse_named_after_a_comma_both_host),
		cmocka_unit_test(test_ner__a_countrys_company_before_a_company_title_owns_the_office),
		cmocka_unit_test(test_ner__two_who_agreed_after_talks_met_even_after_a_dateline),
		cmocka_unit_test(test_ner__an_envoy_for_a_place_right_before_a_name_is_that_persons_office),
		cmocka_unit_test(test_ner__the_heads_of_banks_including_someone_are_whom_one_met),
		cmocka_unit_test(test_ner__a_company_named_before_its_board_and_as_the_company_appoints),
		cmocka_unit_test(test_ner__the_town_of_an_airport_landed_at_and_the_place_of_a_port_toured_are_visited),
		cmocka_unit_test(test_ner__the_visit_of_someone_to_a_place_is_a_journey),
		cmocka_unit_test(test_ner__those_in_attendance_listed_by_semicolons_meet_whoever_convened_the_meeting),
		cmocka_unit_test(test_ner__people_taking_part_in_a_meeting_its_host_convened_meet),
		cmocka_unit_test(test_ner__a_meeting_chaired_and_hosted_then_attended_by_it_gathers_them_all),
		cmocka_unit_test(test_ner__a_planned_meeting_that_did_not_take_place_and_a_welcome_at_an_airport),
		cmocka_unit_test(test_ner__delegations_from_a_country_and_a_demonym_in_the_title_give_offices),
		cmocka_unit_test(test_ner__unknown_given_names_after_a_title_and_an_omani_style_stay_in_the_name),
		cmocka_unit_test(test_ner__a_reception_where_and_when_for_a_guest_and_a_foreign_house_speaker),
		cmocka_unit_test(test_ner__a_dateline_after_a_headline_gives_the_leads_bare_offices_its_country),
		cmocka_unit_test(test_ner__the_three_leaders_and_the_two_presidents_are_the_people_of_a_meeting_before),
		cmocka_unit_test(test_ner__counterparts_of_two_countries_hosted_together_met_each_other),
		cmocka_unit_test(test_ner__those_joined_by_and_at_the_meeting_and_at_a_dinner_for_the_guest_met),
		cmocka_unit_test(test_ner__commodity_words_end_companies_names_and_the_boards_chairman_is_the_companys),
		cmocka_unit_test(test_ner__those_present_listed_after_a_meeting_with_unnamed_people_meet_its_convener),
		cmocka_unit_test(test_ner__a_session_presided_over_and_attended_by_a_list_and_one_who_also_took_part),
		cmocka_unit_test(test_ner__a_four_eyes_meeting_and_those_who_joined_or_flanked_each_side),
		cmocka_unit_test(test_ner__those_who_meet_at_a_session_of_a_commission_attend_it),
		cmocka_unit_test(test_ner__a_short_name_in_brackets_before_a_title_and_a_group_managing_director_lead),
		cmocka_unit_test(test_ner__a_headline_opening_with_a_name_is_no_dateline_and_a_standfirst_may_follow_it),
		cmocka_unit_test(test_ner__an_acronym_of_a_name_in_its_own_language_and_a_companys_first_word_are_the_company),
		cmocka_unit_test(test_ner__a_session_bringing_together_officials_among_them_some_is_the_meeting_before),
		cmocka_unit_test(test_ner__credentials_presented_separately_after_their_receiver_was_named),
		cmocka_unit_test(test_ner__a_region_between_a_title_and_a_name_is_the_offices_field),
		cmocka_unit_test(test_ner__ministers_accompanying_a_head_of_state_named_by_a_demonym_serve_its_country),
		cmocka_unit_test(test_ner__a_foreign_minister_who_held_talks_here_visited_the_datelines_town),
		cmocka_unit_test(test_ner__a_virtual_meeting_is_a_call),
		cmocka_unit_test(test_ner__an_unnamed_counterpart_of_a_country_is_the_one_named_with_its_office),
		cmocka_unit_test(test_ner__the_host_of_a_foreigner_whose_counterpart_is_local_holds_the_datelines_office),
		cmocka_unit_test(test_ner__those_at_a_dinner_for_a_foreign_guest_hold_the_datelines_offices),
		cmocka_unit_test(test_ner__a_minister_representing_a_head_of_state_serves_the_same_country),
		cmocka_unit_test(test_ner__a_title_a_list_gives_its_first_person_serves_the_next_of_their_own_countries),
		cmocka_unit_test(test_ner__a_title_of_the_lexicon_goes_on_over_its_and),
		cmocka_unit_test(test_ner__a_journey_after_which_someone_lands_was_theirs),
		cmocka_unit_test(test_ner__a_guest_received_at_a_court_on_a_day_is_met),
		cmocka_unit_test(test_ner__a_company_named_after_its_country_owns_the_offices_before_a_name),
		cmocka_unit_test(test_ner__those_who_co_chair_the_leaders_meeting_meet),
		cmocka_unit_test(test_ner__a_speaker_who_calls_his_talks_with_someone_fruitful_held_them),
		cmocka_unit_test(test_ner__a_vietnamese_name_whose_middle_is_a_particle_keeps_its_family_name),
		cmocka_unit_test(test_ner__his_counterpart_of_a_named_country_is_the_one_holding_his_own_office_there),
		cmocka_unit_test(test_ner__an_honorific_before_the_first_word_of_a_longer_name_is_no_part_of_it),
		cmocka_unit_test(test_ner__who_after_a_person_and_his_office_is_that_person),
		cmocka_unit_test(test_ner__those_a_semicolon_list_says_attended_join_the_meeting_told),
		cmocka_unit_test(test_ner__an_office_a_headline_gives_no_one_is_not_its_named_hosts),
		cmocka_unit_test(test_ner__those_who_co_chair_on_a_day_the_meeting_meet),
		cmocka_unit_test(test_ner__a_name_no_list_knows_before_a_division_after_in_or_a_journey_is_a_place),
		cmocka_unit_test(test_ner__one_name_after_an_ambassador_to_a_country_is_a_person),
		cmocka_unit_test(test_ner__an_office_of_a_body_no_name_tells_is_not_the_countrys),
		cmocka_unit_test(test_ner__a_ministers_fields_listed_with_commas_are_one_title),
		cmocka_unit_test(test_ner__fields_joined_before_a_title_are_no_body),
		cmocka_unit_test(test_ner__those_also_at_the_meeting_join_it),
		cmocka_unit_test(test_ner__a_ministers_fields_after_for_or_before_a_name_whose_first_word_is_a_word),
		cmocka_unit_test(test_ner__the_host_of_a_session_of_an_authority_attended_by_others_takes_part),
		cmocka_unit_test(test_ner__those_who_sat_in_on_the_talks_join_them_not_the_airport_welcome),
		cmocka_unit_test(test_ner__the_two_prime_ministers_are_those_of_the_meeting_and_call_a_third_together),
		cmocka_unit_test(test_ner__calls_told_by_dialled_but_spoke_and_a_video_link),
		cmocka_unit_test(test_ner__a_delegation_described_then_led_by_its_chief_and_a_company_named_after_its_noun),
		cmocka_unit_test(test_ner__an_acronym_before_a_title_and_a_name_is_the_body_that_owns_the_office),
		cmocka_unit_test(test_ner__words_no_list_knows_before_a_heads_lower_case_title_are_the_body),
		cmocka_unit_test(test_ner__one_who_takes_part_by_video_link_is_on_a_call_with_the_meeting),
		cmocka_unit_test(test_ner__a_visit_to_something_in_part_of_a_country_or_of_a_place_named_by_its_possessive),
		cmocka_unit_test(test_ner__the_meeting_attended_by_one_more_a_few_sentences_on_and_a_field_word_of_a_company),
		cmocka_unit_test(test_ner__a_rector_an_operator_and_a_signing_in_the_presence_of_a_minister),
		cmocka_unit_test(test_ner__a_sentence_opening_body_before_an_officers_title_is_read_whole),
		cmocka_unit_test(test_ner__the_two_ministers_visit_a_site_in_a_town_and_one_crosses_into_a_country),
		cmocka_unit_test(test_ner__an_organisation_goes_on_over_and_or_on_to_its_head_word),
		cmocka_unit_test(test_ner__a_given_name_that_is_a_word_opens_a_ministers_last_field),
		cmocka_unit_test(test_ner__the_speaker_of_a_house_holds_the_office_in_that_house),
		cmocka_unit_test(test_ner__two_place_names_after_a_title_or_before_an_office_name_a_person),
		cmocka_unit_test(test_ner__a_name_after_an_ambassadors_posting_is_the_ambassador),
		cmocka_unit_test(test_ner__those_present_at_the_reception_or_attending_with_an_apposition_join_the_meeting),
		cmocka_unit_test(test_ner__those_taking_part_in_the_summit_meet_each_other_and_the_one_who_opened_it),
		cmocka_unit_test(test_ner__a_subject_with_its_retinue_or_an_aside_in_brackets_and_commonwealth_styles_meet),
		cmocka_unit_test(test_ner__a_name_no_list_knows_after_a_site_and_its_preposition_is_a_place),
		cmocka_unit_test(test_ner__a_form_of_address_a_groups_office_and_a_bracketed_short_name_keep_the_holder),
		cmocka_unit_test(test_ner__talks_placed_and_dated_before_between_and_appointments_by_a_board_or_past_an_apposition),
		cmocka_unit_test(test_ner__a_dateline_after_a_headline_and_a_photo_caption_gives_bare_offices_its_country),
		cmocka_unit_test(test_ner__a_dinner_in_his_honour_and_the_members_of_the_delegation_a_few_sentences_on),
		cmocka_unit_test(test_ner__the_minister_of_a_country_is_its_minister_of_a_field_and_a_ticker_is_no_company),
		cmocka_unit_test(test_ner__a_country_and_unknown_words_after_a_boards_of_name_a_company_not_after_a_titles),
		cmocka_unit_test(test_ner__a_dateline_with_its_source_in_brackets_after_a_photo_caption),
		cmocka_unit_test(test_ner__counterparts_each_of_a_country_hold_the_hosts_office_there_and_meet_each_other),
		cmocka_unit_test(test_ner__one_who_also_took_part_as_a_guest_of_honour_joins_the_summit),
		cmocka_unit_test(test_ner__a_company_named_once_with_its_legal_form_is_a_company_everywhere),
		cmocka_unit_test(test_ner__pleasantries_in_a_caption_and_an_audience_granted_in_a_place_are_meetings),
		cmocka_unit_test(test_ner__a_meeting_with_executives_of_a_company_headed_by_its_chief_is_with_the_chief),
		cmocka_unit_test(test_ner__one_who_arrived_somewhere_for_a_visit_to_a_country_visits_both),
		cmocka_unit_test(test_ner__appointed_to_an_office_of_a_place_by_someone_and_they_of_one_with_his_delegation),
		cmocka_unit_test(test_ner__a_visiting_delegations_members_keep_no_office_of_the_host),
		cmocka_unit_test(test_ner__an_academics_style_ends_the_field_of_a_second_office),
		cmocka_unit_test(test_ner__the_ministers_joined_by_officers_and_a_retired_officers_mark_before_a_name),
		cmocka_unit_test(test_ner__names_no_list_knows_before_a_mayor_and_a_holder_are_the_town),
		cmocka_unit_test(test_ner__one_who_also_attended_joins_the_meeting_just_told),
		cmocka_unit_test(test_ner__a_body_chaired_by_someone_is_welcomed_in_the_person_of_its_chair),
		cmocka_unit_test(test_ner__he_and_a_name_received_by_a_countrys_minister_of_a_plural_field),
		cmocka_unit_test(test_ner__the_chief_of_a_body_and_its_chief_of_general_staff_lead_it),
		cmocka_unit_test(test_ner__a_body_or_a_town_opening_a_sentence_keeps_its_first_word),
		cmocka_unit_test(test_ner__a_minister_of_the_armed_forces_serves_the_country_of_the_adjective),
		cmocka_unit_test(test_ner__the_delegation_a_person_led_acts_in_the_person_of_its_leader),
		cmocka_unit_test(test_ner__an_unknown_town_after_travel_to_is_a_place),
		cmocka_unit_test(test_ner__malay_styles_with_an_apostrophe_are_no_part_of_the_name),
		cmocka_unit_test(test_ner__talks_a_past_journey_was_for_were_held_and_a_coming_ones_are_planned),
		cmocka_unit_test(test_ner__unknown_words_before_a_head_title_and_a_name_are_the_body),
		cmocka_unit_test(test_ner__sports_bodies_and_bodies_of_two_places_are_organisations),
		cmocka_unit_test(test_ner__the_head_of_a_church_body_leads_it),
		cmocka_unit_test(test_ner__a_body_led_by_its_president_is_an_organisation_he_heads),
		cmocka_unit_test(test_ner__the_one_an_aide_serves_takes_no_part_in_the_aides_meeting),
		cmocka_unit_test(test_ner__a_dateline_town_in_capitals_closed_by_a_stop_gives_its_country_to_bare_offices),
		cmocka_unit_test(test_ner__an_unknown_name_in_a_phrase_of_place_closed_by_a_day_is_a_town),
		cmocka_unit_test(test_ner__an_office_of_a_body_named_with_a_possessive_after_with_is_the_persons),
		cmocka_unit_test(test_ner__a_headline_comma_joins_two_subjects_and_no_apposition),
		cmocka_unit_test(test_ner__a_hit_town_in_a_headline_is_no_person_and_the_dateline_still_counts),
		cmocka_unit_test(test_ner__managers_coaches_and_captains_are_titles_before_a_name),
		cmocka_unit_test(test_ner__where_and_when_set_off_by_commas_stand_between_talks_and_with),
		cmocka_unit_test(test_ner__the_two_visiting_ministers_and_the_two_mayors_are_the_two_of_the_story),
		cmocka_unit_test(test_ner__one_set_off_as_alongside_the_subject_takes_part_too),
		cmocka_unit_test(test_ner__a_given_name_no_list_knows_stays_before_a_double_family_name_used_alone),
		cmocka_unit_test(test_ner__a_date_between_the_subject_and_its_verb_is_passed_over),
		cmocka_unit_test(test_ner__a_fort_a_temple_and_a_campus_are_places_one_travels_to),
	};
	return cmocka_run_group_tests(tests, open_env, close_env);
}
