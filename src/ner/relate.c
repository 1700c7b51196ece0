/* relate.c: relation extraction over a sentence's units — meetings, calls, offices, leadership,
 * advice, appointments, visits and attendance — with negation, modality, coordination, appositives,
 * relative clauses, passives, pronouns and title descriptors. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_GROUP 16
#define MAX_PENDING 16
#define MAX_UNOWNED 32 /* national offices with no country kept per document */

/* How a trigger finds its arguments. */
typedef enum shape {
	S_VERB,      /* SUBJ verb [with|to] OBJ; with no object, every pair of a plural subject */
	S_VERB_OBJ,  /* SUBJ verb OBJ (an object is required) */
	S_NOUN_WITH, /* SUBJ ... noun with OBJ; noun between A and B */
	S_TOGETHER,  /* SUBJ brought together A, B and C: every pair of the object group */
	S_PASSIVE_BY, /* OBJ was verbed by SUBJ */
	S_CALL       /* A and B ... in a phone call, during a meeting, at their summit: every pair of the subject */
} shape;

/* A word that signals a relation. */
typedef struct trigger {
	const char *relation; /* predicate */
	const char *lemma;    /* verb lemma, or NULL */
	const char *word;     /* exact lower-case word, or NULL */
	shape how;            /* argument structure */
	const char *need;     /* a word the object must follow ("with", "to", "in"), NULL for none */
	unsigned obj_types;   /* allowed object types (bit per kg_etype) */
	kg_role role;         /* part the subject plays in the event (host or guest), the object the other */
} trigger;

#define T(x) (1u << (x))
#define AGENTS (T(KG_TYPE_PERSON) | T(KG_TYPE_ORG) | T(KG_TYPE_PLACE))
#define PEOPLE (T(KG_TYPE_PERSON) | T(KG_TYPE_ORG))

/* The trigger table; a row whose word or lemma opens with two letters maybe_trigger does not list needs
 * them added there. */
static const trigger triggers[] = {
	{ "meet", "meet", NULL, S_VERB, NULL, AGENTS, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "meeting", S_NOUN_WITH, "with", AGENTS, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "meetings", S_NOUN_WITH, "with", AGENTS, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "talks", S_NOUN_WITH, "with", AGENTS, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "negotiations", S_NOUN_WITH, "with", AGENTS, KG_ROLE_PARTICIPANT },
	{ "meet", "host", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON) | T(KG_TYPE_ORG), KG_ROLE_HOST },
	{ "meet", "receive", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", "join", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", "flank", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "was flanked by" */
	{ "meet", "receive", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", "host", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON) | T(KG_TYPE_ORG), KG_ROLE_HOST },
	{ "meet", "welcome", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", "welcome", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", "greet", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", "greet", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", "brief", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", "brief", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "were briefed by X" */
	{ "meet", "show", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST }, /* "were shown around by X" */
	{ "meet", "accompany", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "accompanied by X" */
	{ "meet", "present", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", NULL, "call", S_NOUN_WITH, "on", T(KG_TYPE_PERSON), KG_ROLE_GUEST },
	{ "meet", NULL, "call", S_NOUN_WITH, "from|of", T(KG_TYPE_PERSON), KG_ROLE_HOST }, /* a courtesy call */
	{ "meet", "call", NULL, S_VERB_OBJ, "on", T(KG_TYPE_PERSON), KG_ROLE_GUEST },
	{ "meet", NULL, "audience", S_NOUN_WITH, "by", T(KG_TYPE_PERSON), KG_ROLE_GUEST },
	{ "meet", NULL, "audience", S_NOUN_WITH, "to", T(KG_TYPE_PERSON), KG_ROLE_HOST },
	{ "meet", NULL, "tete-a-tete", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "conference", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "visit", S_NOUN_WITH, "to", T(KG_TYPE_PERSON), KG_ROLE_GUEST },
	{ "meet", NULL, "visit", S_NOUN_WITH, "from|of", T(KG_TYPE_PERSON), KG_ROLE_HOST }, /* "received a courtesy visit from X", "received the visit of X" */
	{ "meet", NULL, "audience", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_GUEST },
	{ "meet", NULL, "lunch", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "dinner", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "breakfast", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "bilateral", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "roundtable", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "consultations", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "discussions", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "summit", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "session", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "call", S_CALL, NULL, PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "conversation", S_CALL, NULL, PEOPLE, KG_ROLE_PARTICIPANT }, /* "in a telephone conversation" */
	{ "meet", NULL, "meeting", S_CALL, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "talks", S_CALL, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "summit", S_CALL, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", "bring", NULL, S_TOGETHER, "together", AGENTS, KG_ROLE_PARTICIPANT },
	{ "speak_with", "speak", NULL, S_VERB_OBJ, "with|to", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", "talk", NULL, S_VERB_OBJ, "with|to", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "call", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "call", S_NOUN_WITH, "from", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "conversation", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "conversations", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "videoconference", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "teleconference", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "speak_with", NULL, "conference", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT }, /* "video conference" */
	{ "meet", "confer", NULL, S_VERB_OBJ, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "meet", "sit", NULL, S_VERB_OBJ, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "views", S_NOUN_WITH, "with", PEOPLE, KG_ROLE_PARTICIPANT },
	{ "meet", NULL, "hands", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "shook hands with" */
	{ "meet", NULL, "pleasantries", S_NOUN_WITH, "with", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "exchanged pleasantries with" */
	{ "meet", NULL, "credentials", S_NOUN_WITH, "to", T(KG_TYPE_PERSON), KG_ROLE_GUEST }, /* "presented her credentials to" */
	{ "meet", NULL, "credentials", S_NOUN_WITH, "of", T(KG_TYPE_PERSON), KG_ROLE_HOST }, /* "received the credentials of" */
	{ "speak_with", "phone", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "speak_with", "call", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "A called B on Friday" */
	{ "speak_with", "dial", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "A dialled B" */
	{ "speak_with", "telephone", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "leads", "lead", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_ORG), KG_ROLE_PARTICIPANT },
	{ "leads", "head", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_ORG), KG_ROLE_PARTICIPANT },
	{ "leads", "lead", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "leads", "head", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "leads", "chair", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_ORG), KG_ROLE_PARTICIPANT },
	{ "leads", "chair", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "advises", "advise", NULL, S_VERB_OBJ, NULL, PEOPLE, KG_ROLE_PARTICIPANT },
	{ "appoints", "appoint", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "appoints", "appoint", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON) | T(KG_TYPE_ORG), KG_ROLE_PARTICIPANT },
	{ "appoints", "name", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "meet", "gather", NULL, S_VERB, NULL, AGENTS, KG_ROLE_PARTICIPANT }, /* "A, B and C gathered in P" */
	{ "meet", NULL, "co-chaired", S_VERB, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "A and B co-chaired the Joint Commission" */
	{ "appoints", "elect", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "appoints", "nominate", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "appoints", "nominate", NULL, S_PASSIVE_BY, NULL, T(KG_TYPE_PERSON) | T(KG_TYPE_ORG), KG_ROLE_PARTICIPANT },
	{ "appoints", "designate", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT },
	{ "appoints", "tap", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT }, /* "tapped X as" */
	{ "visits", "visit", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "meet", "visit", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PERSON), KG_ROLE_GUEST }, /* "A visited B" */
	{ "visits", "arrive", NULL, S_VERB_OBJ, "in|at", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "travel", NULL, S_VERB_OBJ, "to|around|across|through", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "tour", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "inspect", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT }, /* "inspected the site on P" */
	{ "visits", "fly", NULL, S_VERB_OBJ, "to|into", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "land", NULL, S_VERB_OBJ, "in|at", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "touch", NULL, S_VERB_OBJ, "in|at", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "head", NULL, S_VERB_OBJ, "to", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "drive", NULL, S_VERB_OBJ, "to", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT }, /* "drove to P" */
	{ "visits", "cross", NULL, S_VERB_OBJ, "into", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT }, /* "crossed into P" */
	{ "visits", "lead", NULL, S_VERB_OBJ, "to", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "return", NULL, S_VERB_OBJ, "from", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "leave", NULL, S_VERB_OBJ, "for", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", "stop", NULL, S_VERB_OBJ, "in|at", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", NULL, "be", S_VERB_OBJ, "in", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", NULL, "was", S_VERB_OBJ, "in", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", NULL, "were", S_VERB_OBJ, "in", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", NULL, "is", S_VERB_OBJ, "in", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", NULL, "expected", S_VERB_OBJ, "in", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT },
	{ "visits", NULL, "due", S_VERB_OBJ, "in", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT }, /* "is due in P on Saturday" */
	{ "attends", "attend", NULL, S_VERB_OBJ, NULL, T(KG_TYPE_ORG) | T(KG_TYPE_EVENT), KG_ROLE_PARTICIPANT },
	{ "attends", "participate", NULL, S_VERB_OBJ, "in", T(KG_TYPE_ORG) | T(KG_TYPE_EVENT), KG_ROLE_PARTICIPANT },
	{ "attends", NULL, "part", S_VERB_OBJ, "in", T(KG_TYPE_ORG) | T(KG_TYPE_EVENT), KG_ROLE_PARTICIPANT },
	{ "attends", "preside", NULL, S_VERB_OBJ, "over", T(KG_TYPE_ORG) | T(KG_TYPE_EVENT), KG_ROLE_PARTICIPANT },
};

/* Words skipped between a subject and its verb. */
static const char *const skip_left[] = {
	"also", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may",
	"might", "shall", "should", "must", "did", "does", "do", "be", "been", "being", "to", "set",
	"expected", "due", "scheduled", "planned", "plans", "plan", "plans", "going", "later", "then",
	"reportedly", "previously", "already", "recently", "separately", "briefly", "first", "finally",
	"again", "today", "yesterday", "jointly", "personally", "now", "not", "n't", "never", "both", "all",
	"once", "twice", "subsequently", "also", "just", "still", "formally", "officially", "intends", "earlier",
	"hopes", "wants", "agreed", "refused", "declined", "failed", "is", "'ll", "cannot", "on", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
	"this", "last", "warmly", "so", "far", "recently", NULL
};
static const char *const negations[] = { "not", "n't", "never", "refused", "declined", "failed", "cannot", "no",
	NULL };
static const char *const planned_words[] = { "will", "'ll", "shall", "set", "expected", "due", "scheduled",
	"planned", "plans", "plan", "going", "intends", "hopes", "wants", "would", "to", "could", "may", "might",
	NULL };
/* Words between a noun trigger and its subject on the left: "held direct talks with". */
static const char *const noun_lead[] = {
	"held", "hold", "holds", "holding", "exchanged", "exchange", "exchanging", "exchanges", "had", "has", "have", "in", "participated", "participate",
	"participating", "took", "take", "direct", "indirect", "bilateral", "face-to-face", "high-level", "a", "the",
	"their", "his", "her", "new", "fresh", "private", "secret", "closed-door", "formal", "informal",
	"also", "phone", "telephone", "video", "lengthy", "brief", "productive", "separate", "round", "of",
	"first", "second", "third", "another", "further", "will", "would", "is", "are", "was", "were",
	"to", "set", "expected", "conducted", "began", "begin", "started", "opened", "entered", "engaged",
	"be", "been", "paid", "pay", "pays", "paying", "made", "make", "makes", "courtesy", "official",
	"working", "state", "one-on-one", "an", "granted", "given", "royal", "papal", "virtual", "online",
	"joint", "trilateral", "extended", "press", "news", "received", "receives", "receive", "receiving",
	"talks", "session", /* "held an official talks session with", "a session of official talks with" */
	"chaired", "co-chaired", "chairing", "co-chairing", /* "co-chaired the meeting", "chaired a meeting with" */
	"shook", "shake", "shakes", "shaking", /* "shook hands with" */
	"part", "takes", "taking", /* "took part in a video conference with" */
	"presented", "presents", "presenting", /* "presented her credentials to" */
	"cordial", "fruitful", "constructive", "detailed", "extensive", "frank", "substantive", "comprehensive",
	"wide-ranging", "in-depth", "candid", "friendly", "useful", "intensive", "wide", "ranging",
	"hosted", "hosts", "hosting", "convened", "convenes", "convening", "attended", "attends", "attending",
	NULL
};


/* Filler between a verb and its object. */
static const char *const skip_right[] = {
	"the", "a", "an", "his", "her", "their", "its", "also", "separately", "briefly", "again", "later",
	"personally", "jointly", "on", "by", "phone", "inaugural", "first", "annual", "upcoming", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
	"night", "earlier", "yesterday", "today", "privately", "twice", "once", "formally", "straight", "directly",
	"visiting", "down", "over", "telephone", "telephonically", "this", "last", "here", "together", "video",
	"videoconference", "call", "link", NULL /* "spoke by telephone with", "spoke by video call with" */
};

static int in_list(const char *const *list, const char *w)
{
	for (; *list; list++)
		if ((*list)[0] == w[0] && strcmp(*list, w) == 0)
			return 1;
	return 0;
}

/* Words that grade or praise the noun of a meeting or a call ("a very good phone call", "a rare private
 * meeting"), with the quotation marks of a quoted judgement ('a "very good" call'). */
static const char *const noun_praise[] = {
	"very", "really", "extremely", "highly", "quite", "good", "great", "excellent", "positive", "long", "warm",
	"rare", "historic", "important", "key", "successful", "\"", "\u201c", "\u201d", NULL
};

/* 1 when unit u is a word that may stand between a meeting noun and its subject: noun_lead, or a
 * compound of a level ("held delegation-level talks with", "ministerial-level"). */
static int noun_lead_word(const unit *u)
{
	size_t n = strlen(u->low);

	/* "held delegation-level talks", "a four-eyes meeting", "closed-door talks": a hyphenated modifier */
	return (u->kind == U_WORD && (in_list(noun_lead, u->low) || (n > 6 && strcmp(u->low + n - 6, "-level") == 0) ||
				      (n > 3 && strchr(u->low + 1, '-') && !u->lemma[0]))) ||
	       ((u->kind == U_WORD || u->kind == U_PUNCT) && in_list(noun_praise, u->low));
}

/* 1 when w is one of the '|'-separated words of alts. */
static int one_of(const char *alts, const char *w)
{
	size_t n = strlen(w);

	while (alts && *alts) {
		const char *bar = strchr(alts, '|');
		size_t len = bar ? (size_t)(bar - alts) : strlen(alts);
		if (len == n && strncmp(alts, w, n) == 0)
			return 1;
		alts = bar ? bar + 1 : NULL;
	}
	return 0;
}

/* A group of noun phrases joined by commas and "and". */
typedef struct group {
	int ents[MAX_GROUP]; /* document entities */
	size_t n;            /* how many */
	size_t u0, u1;       /* unit range */
} group;

/* State carried across the sentences of a document. */
typedef struct rstate {
	nctx *c;
	size_t si;           /* current sentence */
	unit *u;             /* its units */
	size_t n;            /* their count */
	int last_person;     /* for pronouns: the subject person of the latest sentence that had one */
	struct {
		const char *title;
		int of;
		int named[4];   /* people the descriptor's sentence names: none of them holds it */
		size_t n_named; /* their count */
	} pending[MAX_PENDING]; /* titles described before their holder was named ("its foreign minister") */
	size_t n_pending;
	int last_event[3];   /* organisation of the latest summit, meeting and conference named, -1 none */
	kg_event *evs;       /* owned: the document's events, added to the facts (and derived) at its end */
	size_t n_evs;        /* their count */
	size_t cap_evs;      /* allocated */
	long last_meeting;   /* the latest asserted meeting (index in evs), for those who join it later; -1 none */
	long made_ev;        /* the event the latest call of meeting() made or joined (index in evs), -1 none */
	size_t meet_si;      /* the sentence that found it */
	int conveners[4];    /* who convened, chaired or hosted a meeting of no one named ("X convened a meeting
				with security chiefs", "the session was chaired by X and hosted by Y"), for those
				said later to attend it */
	size_t n_conveners;  /* how many */
	size_t dl_si;        /* the sentence the dateline opens: 0, or 1 after a headline */
	int session_body;    /* a body whose session the story tells of ("for the sixth session of the X Joint
				Economic Commission"), which those who meet soon after attend; -1 none */
	size_t session_si;   /* the sentence that named it */
	size_t convener_si;  /* the sentence that named them */
	size_t meal_guests;  /* how many of the group meal_for made are its guests; those after them are
				who attended the meal ("a dinner for his guest, attended by A and B") */
	struct {
		int person;          /* holder of a national office the sentence gave no country */
		const char *title;   /* the office */
		size_t si;           /* the sentence */
		int after_body;      /* 1 when the person's office before was another one, of a body */
		int lead;            /* 1 when named in the lead after the dateline before any other country */
		int company;         /* 1 when the title reads as a company's ("vice president of business
					development at SNC", "Senior Vice President of Sales") */
	} unowned[MAX_UNOWNED];  /* offered to the document's country at its end (document_country) */
	size_t n_unowned;
	int office_country;      /* the country that owns the document's national offices, -1 none yet */
	int office_countries;    /* how many countries own national offices in the document */
	int in_counterpart;      /* 1 while holds() gives a counterpart ("his Iranian counterpart Y") an office */
	int cp_country[MAX_UNOWNED]; /* the countries of the counterparts' offices, apart from office_countries */
	size_t n_cp_country;
	struct {
		int person;          /* holder of a national office the document gave a country */
		int country;         /* that country */
	} owned[MAX_UNOWNED];    /* for document_country: whose offices name another country */
	size_t n_owned;
	size_t ev_salt;          /* added to the trigger's offset in the id of the events meeting() makes */
	int in_separate;         /* 1 while meeting() makes the separate meetings of "met separately with" */
	int party_leader;        /* who the latest "leads" of a delegation, mission or team names, -1 none */
	size_t party_si;         /* the sentence that said so */
} rstate;

static int is_word(const unit *u, const char *w)
{
	return (u->kind == U_WORD || u->kind == U_PUNCT) && u->low[0] == w[0] && strcmp(u->low, w) == 0;
}

static kg_etype ent_type(const rstate *r, int e)
{
	return e >= 0 ? r->c->e[e].type : KG_TYPE_UNKNOWN;
}

/* The entity of a demonym or descriptive organisation, made on first use. */
static int made_entity(rstate *r, unit *u)
{
	nctx *c = r->c;
	char *name;

	if (u->ent >= 0)
		return u->ent;
	if (u->kind == U_DEMONYM) {
		kg_place pl;
		if (!u->country)
			return -1;
		u->ent = ner_entity(c, u->country, KG_TYPE_PLACE, 0);
		if (u->ent >= 0 && kg_lex_place(c->lex, u->country, strlen(u->country), &pl))
			(void)pl;
		return u->ent;
	}
	if (u->kind == U_DESC) {
		const kg_parsed *p = c->p;
		size_t a = p->tokens[u->t0].start, b = p->tokens[u->t1 - 1].end;
		name = kg_strndup(p->doc->norm + a, b - a);
		if (!name)
			return -1;
		u->ent = ner_entity(c, name, KG_TYPE_ORG, 0);
		if (u->ent >= 0) {
			c->e[u->ent].mentions++;
		}
		free(name);
		return u->ent;
	}
	return u->ent;
}

/* 1 when the first len bytes of text contain word w (ASCII case ignored) as a whole word. */
static int has_word_n(const char *text, size_t len, const char *w)
{
	size_t n = strlen(w);

	for (size_t i = 0; i + n <= len; i++)
		if (strncasecmp(text + i, w, n) == 0 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '-') &&
		    (i + n == len || text[i + n] == ' ' || text[i + n] == '-'))
			return 1;
	return 0;
}

static int has_word(const char *text, const char *w)
{
	return has_word_n(text, strlen(text), w);
}

/* 1 when two titles name the same office: equal ignoring case, or one ends with the other
 * ("Ukrainian foreign minister" and "Foreign Minister"). */
static int same_title(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);

	if (na < nb) {
		const char *t = a;
		a = b;
		b = t;
		na = strlen(a);
		nb = strlen(b);
	}
	if (strcasecmp(a + na - nb, b) != 0 || !(na == nb || a[na - nb - 1] == ' ')) {
		/* "Minister of Foreign Affairs and Trade" is a "minister": the words before its field (not
		 * "Minister of State", a rank of its own) */
		const char *of = strstr(a, " of ");
		const char *fo = strstr(a, " for ");
		char head[64];
		size_t nh;

		if (!of || (fo && fo < of))
			of = fo;
		if (!of || strncasecmp(of, " of State", 9) == 0 || (nh = (size_t)(of - a)) >= sizeof(head) || nh < nb)
			return 0;
		memcpy(head, a, nh);
		head[nh] = '\0';
		return same_title(head, b);
	}
	/* "Deputy Prime Minister" is not "Prime Minister", nor "Prime Minister" a "Minister" */
	{
		static const char *const ranks[] = { "deputy", "vice", "assistant", "acting", "junior", "under", "prime",
						     "former", "ex", "first", "second", "state", NULL };
		for (size_t i = 0; ranks[i]; i++)
			if (has_word_n(a, na - nb, ranks[i]))
				return 0;
	}
	return 1;
}

static int national_title(const char *title);

/* 1 for titles that name no particular office: "leader", "head", "chief". */
static int generic_title(const char *title)
{
	return strcasecmp(title, "leader") == 0 || strcasecmp(title, "head") == 0 || strcasecmp(title, "chief") == 0;
}

/* The owner an office in a descriptive organisation belongs to: "the Peruvian foreign ministry" itself,
 * but the country for "the Hungarian government('s)". */
static int desc_owner(rstate *r, unit *u)
{
	const kg_parsed *p = r->c->p;
	size_t last = u->t1 - 1;

	if ((kg_tok_ieq(p, last, "government") || kg_tok_ieq(p, last, "administration")) && u->t1 - u->t0 == 2) {
		const char *country = kg_lex_demonym(r->c->lex, kg_tok_str(p, u->t0), kg_tok_len(p, u->t0));
		kg_place pl;
		if (!country && kg_lex_place(r->c->lex, kg_tok_str(p, u->t0), kg_tok_len(p, u->t0), &pl))
			country = pl.canonical;
		if (country)
			return ner_entity(r->c, country, KG_TYPE_PLACE, 0);
	}
	return made_entity(r, u);
}

/* 1 when entity e is first named in this sentence after unit k: it took its title from the words
 * after a description at k, which cannot mean it ("The president met IDB President X"). */
static int named_after(const rstate *r, int e, size_t k)
{
	/* the whole sentence: a subject is looked for with r->n cut at its verb */
	for (size_t j = 0; j < r->c->n_units[r->si]; j++)
		if (r->u[j].kind == U_ENT && r->u[j].ent == e)
			return j > k;
	return 0;
}

/* The holder of a title in this document: the latest person given that title (of `of`, when >= 0); for
 * a description at unit k of this sentence (SIZE_MAX: none), not one named after it. */
static int title_holder_at(const rstate *r, const char *title, int of, size_t k)
{
	const nctx *c = r->c;
	int best = -1;

	for (size_t i = 0; i < c->n_e; i++) {
		const dent *e = &c->e[i];
		if (e->type != KG_TYPE_PERSON || !e->title)
			continue;
		if (k != SIZE_MAX && e->last_sent == (long)r->si && named_after(r, (int)i, k))
			continue;
		/* "the Hungarian leader": a generic title finds whoever leads that country */
		if (!same_title(e->title, title) && !(of >= 0 && generic_title(title) && national_title(e->title)))
			continue;
		if (of >= 0 && e->title_of != of)
			continue;
		if (best < 0 || e->last_sent > c->e[best].last_sent)
			best = (int)i;
	}
	return best;
}

/* title_holder_at with no description's place. */
static int title_holder(const rstate *r, const char *title, int of)
{
	return title_holder_at(r, title, of, SIZE_MAX);
}

/* Titles of those who serve a person: "adviser", "aide", "spokesman", "press secretary", "chief of staff". */
static int serving_title(const char *title)
{
	static const char *const words[] = { "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson",
					     "secretary", "staff", "assistant", "envoy", NULL };

	for (size_t i = 0; title && words[i]; i++)
		if (has_word(title, words[i]))
			return 1;
	return 0;
}

static int pronoun_person(const rstate *r, size_t i);

/* 1 when u is a comma. */
static int is_punct_comma(const unit *u)
{
	return u->kind == U_PUNCT && strcmp(u->low, ",") == 0;
}

/* 1 for a title a government gives: a national office or a director, spokesperson, adviser or chief of
 * staff (of a ministry or a presidency). */
static int government_title(const char *title)
{
	static const char *const words[] = { "director", "spokesman", "spokeswoman", "spokesperson", "adviser",
					     "advisor", "staff", "governor", NULL };

	if (national_title(title))
		return 1;
	for (size_t i = 0; title && words[i]; i++)
		if (has_word(title, words[i]))
			return 1;
	return 0;
}

/* 1 for a royal style that is no office ("Prince", "Princess"; a "Crown Prince" is one). */
static int royal_style(const char *title)
{
	return title && (strcasecmp(title, "prince") == 0 || strcasecmp(title, "princess") == 0);
}

/* 1 for a title that is a rank or a style of address rather than an office of its own: anything but
 * a government's office, a mayor's or a legislator's, except a ruler's style ("Emir"). */
static int rank_or_style(const char *title)
{
	static const char *const offices[] = { "mayor", "senator", "representative", "congressman",
					       "congresswoman", "lawmaker", "legislator", NULL };

	if (has_word(title, "emir") || has_word(title, "sheikh") || royal_style(title))
		return 1;
	if (government_title(title))
		return 0;
	for (size_t i = 0; title && offices[i]; i++)
		if (has_word(title, offices[i]))
			return 0;
	return 1;
}

/* The organisation named last before token t of sentence si, not in brackets (a dateline's source,
 * "(Reuters)"); -1 when none. */
static int company_before(const rstate *r, size_t si, size_t t)
{
	const nctx *c = r->c;
	const kg_parsed *p = c->p;
	int best = -1;
	size_t bs = 0, bt = 0;

	for (size_t i = 0; i < c->n_m; i++) {
		const rawm *m = &c->m[i];
		if (m->ent < 0 || c->e[m->ent].type != KG_TYPE_ORG || m->sent > si || (m->sent == si && m->t0 >= t))
			continue;
		if (m->t0 > 0 && m->t1 < p->n_tokens && kg_tok_is(p, m->t0 - 1, "(") && kg_tok_is(p, m->t1, ")"))
			continue;
		if (best < 0 || m->sent > bs || (m->sent == bs && m->t0 > bt)) {
			best = m->ent;
			bs = m->sent;
			bt = m->t0;
		}
	}
	return best;
}

/* Common nouns a news text uses for a company named before: "the company's chief financial officer",
 * "the lender's chairman", "the board's chairman" (the company's board). */
static const char *const company_nouns[] = { "company", "firm", "group", "bank", "lender", "carrier", "airline",
	"insurer", "miner", "conglomerate", "operator", "carmaker", "automaker", "retailer", "startup", "developer",
	"producer", "manufacturer", "maker", "brewer", "chipmaker", "telco", "fund", "utility", "board", NULL };

/* Head words of public bodies, which "the company" does not take up. */
static const char *const public_heads[] = { "Ministry", "Government", "Parliament", "Assembly", "Senate",
	"Commission", "Council", "Party", "Agency", "Office", "Department", "Court", "Army", "Police", NULL };

/* How strongly organisation e reads as the company a story is about: someone holds an office of it
 * (its chief executive named before), then how often it is named. */
static unsigned long company_rank(const rstate *r, int e)
{
	unsigned long held = 0;

	for (size_t p = 0; p < r->c->n_e; p++)
		if (r->c->e[p].type == KG_TYPE_PERSON && r->c->e[p].title_of == e)
			held = 1;
	return held * 1000000 + r->c->e[e].mentions;
}

/* The organisation "the company's" (at unit k, the noun) stands for: one named before it in this
 * sentence, else the one of the two sentences before it that company_rank ranks first, the latest of
 * equals ("Zenith Holdings said ... The bank's managing director, X"); not a public body nor the news
 * agency of the dateline in brackets; -1 when none. */
static int company_antecedent(const rstate *r, size_t k)
{
	const nctx *c = r->c;
	int best = -1;

	/* one named before it in its sentence, else the one of the two sentences before that someone holds an
	 * office of or that is named most ("the company said in a filing to the Stock Exchange of Thailand.
	 * ... the board's chairman": the company), the nearest of equals */
	for (size_t si = r->si + 1; si-- > 0 && r->si - si <= 2;) {
		const unit *u = c->units[si];
		size_t j = si == r->si ? k : c->n_units[si];

		while (j-- > 0) {
			const char *name;
			const char *last;
			if (u[j].kind != U_ENT || ent_type(r, u[j].ent) != KG_TYPE_ORG)
				continue;
			if (j > 0 && j + 1 < c->n_units[si] && is_word(&u[j - 1], "(") && is_word(&u[j + 1], ")"))
				continue;
			name = c->e[u[j].ent].name;
			last = strrchr(name, ' ');
			last = last ? last + 1 : name;
			if (in_list(public_heads, last) || strncmp(name, "Ministry", 8) == 0)
				continue;
			if (si == r->si)
				return u[j].ent; /* one named in the same sentence before it */
			if (best < 0 || company_rank(r, u[j].ent) > company_rank(r, best))
				best = u[j].ent;
		}
	}
	return best;
}

static int verb_form(const unit *u);
static int ing_form(const unit *u);

static size_t story_start(const rstate *r);

static int head_title(const char *title);
/* Last words of the names of delegations, whose leader stands for them later ("The delegation toured"). */
static const char *const party_nouns[] = { "delegation", "mission", "team", NULL };


/* Qualifier of the title at unit i: what the office belongs to (country, organisation, person). */
static int qualifier(rstate *r, size_t i)
{
	size_t k = i;

	while (k > 0 && (is_word(&r->u[k - 1], "the") || is_word(&r->u[k - 1], "a") || is_word(&r->u[k - 1], "then")))
		return -1;
	if (k == 0)
		return -1;
	/* "ZCCM Investments Holdings (ZCCM-IH) CEO X": the short name in brackets after the body's name */
	if (k >= 4 && is_word(&r->u[k - 1], ")") && is_word(&r->u[k - 3], "(") && r->u[k - 2].kind == U_ENT &&
	    r->u[k - 4].kind == U_ENT && ent_type(r, r->u[k - 4].ent) == KG_TYPE_ORG)
		k -= 3;
	if (r->u[k - 1].kind == U_DEMONYM)
		return made_entity(r, &r->u[k - 1]);
	if (r->u[k - 1].kind == U_DESC || (r->u[k - 1].kind == U_POSS && k >= 2 && r->u[k - 2].kind == U_DESC))
		return desc_owner(r, &r->u[r->u[k - 1].kind == U_DESC ? k - 1 : k - 2]);
	if (r->u[k - 1].kind == U_ENT && ent_type(r, r->u[k - 1].ent) != KG_TYPE_PERSON) {
		int q = r->u[k - 1].ent;
		kg_place pl;
		/* "the IMF's Western Hemisphere director": a region after an organisation's names the portfolio,
		 * the organisation the owner */
		if (k >= 3 && r->u[k - 2].kind == U_POSS && r->u[k - 3].kind == U_ENT &&
		    ent_type(r, r->u[k - 3].ent) == KG_TYPE_ORG && ent_type(r, q) == KG_TYPE_PLACE)
			return r->u[k - 3].ent;
		/* a region or organisation after a country names the portfolio, the country the owner */
		if (k >= 2 && (r->u[k - 2].kind == U_DEMONYM ||
			       (r->u[k - 2].kind == U_ENT && ent_type(r, r->u[k - 2].ent) == KG_TYPE_PLACE) ||
			       (k >= 3 && r->u[k - 2].kind == U_POSS && r->u[k - 3].kind == U_ENT &&
				ent_type(r, r->u[k - 3].ent) == KG_TYPE_PLACE))) {
			const char *name = r->c->e[q].name, *sp = strrchr(name, ' ');
			/* "Vietnam's Vingroup chairman X", "Kenya's Safaricom chief executive X": a company's
			 * office is the company's */
			if (ent_type(r, q) == KG_TYPE_ORG && ner_company_title(r->u[i].title) &&
			    !in_list(public_heads, sp ? sp + 1 : name))
				return q;
			/* "Qatar Vessamco President X": a one-word name no list knows, after a country it is not
			 * glued to by a possessive, is a company's, and the office is the company's */
			if (ent_type(r, q) == KG_TYPE_ORG && !sp && r->u[k - 2].kind == U_ENT &&
			    !kg_lex_org_alias(r->c->lex, name, strlen(name)) && !in_list(public_heads, name) &&
			    !(kg_lex_word(r->c->lex, name, strlen(name)) & (KG_LEX_ORGWORD | KG_LEX_COMMON)))
				return q;
			if (ent_type(r, q) == KG_TYPE_ORG ||
			    (kg_lex_place(r->c->lex, name, strlen(name), &pl) &&
			     (pl.kind == KG_PLACE_CONTINENT || pl.kind == KG_PLACE_REGION)))
				return r->u[k - 2].kind == U_DEMONYM ? made_entity(r, &r->u[k - 2])
				       : r->u[k - 2].kind == U_POSS  ? r->u[k - 3].ent
								     : r->u[k - 2].ent;
		}
		return q;
	}
	if (r->u[k - 1].kind == U_POSS && k >= 2 && r->u[k - 2].kind == U_ENT)
		return r->u[k - 2].ent;
	/* "the company's chief financial officer", "the bank's chairman": the company named before */
	/* ... and "the state-run oil company's new chief executive" */
	if (r->u[k - 1].kind == U_POSS && k >= 3 && r->u[k - 2].kind == U_WORD && in_list(company_nouns, r->u[k - 2].low)) {
		size_t d = k - 3;
		while (d > 0 && k - 3 - d < 3 && r->u[d].kind == U_WORD && !is_word(&r->u[d], "the") &&
		       !(r->c->p->tokens[r->u[d].t0].flags & KG_TOK_CAP) && !(r->u[d].lex & (KG_LEX_STOP | KG_LEX_PRONOUN)) &&
		       !verb_form(&r->u[d]))
			d--;
		if (is_word(&r->u[d], "the"))
			return company_antecedent(r, k - 2);
	}
	/* "Vessaria's Foreign Minister A, Interior Minister B, Communications Director C": a list of a
	 * country's officials, each title owned by the country of the national title before it */
	if (is_punct_comma(&r->u[k - 1]) && k >= 3 && r->u[k - 2].kind == U_ENT &&
	    ent_type(r, r->u[k - 2].ent) == KG_TYPE_PERSON && r->u[k - 3].kind == U_TITLE &&
	    national_title(r->u[k - 3].title) && government_title(r->u[i].title) &&
	    !(i + 2 < r->n && r->u[i + 1].kind == U_ENT && (is_word(&r->u[i + 2], "of") || is_word(&r->u[i + 2], "at")))) {
		int q = qualifier(r, k - 3);
		if (q >= 0 && ent_type(r, q) == KG_TYPE_PLACE)
			return q;
	}
	/* "the PM's press secretary X": the office serves the one who holds the first title */
	if (r->u[k - 1].kind == U_POSS && k >= 2 && r->u[k - 2].kind == U_TITLE && serving_title(r->u[i].title))
		return title_holder(r, r->u[k - 2].title, -1);
	/* "Putin spokesman X", "Trump adviser X": a name right before a lower-case title and its holder is
	 * whom or what the office serves (a company the tagger took for a person: "Boeing Commercial
	 * Airplanes president X") */
	if (r->u[k - 1].kind == U_ENT && ent_type(r, r->u[k - 1].ent) == KG_TYPE_PERSON &&
	    !(r->c->p->tokens[r->u[i].t0].flags & KG_TOK_CAP) && !rank_or_style(r->u[i].title) && i + 1 < r->n &&
	    r->u[i + 1].kind == U_ENT &&
	    ent_type(r, r->u[i + 1].ent) == KG_TYPE_PERSON && r->u[i + 1].ent != r->u[k - 1].ent)
		return r->u[k - 1].ent;
	/* "his chief adviser X": the office serves the person the pronoun refers to */
	if ((is_word(&r->u[k - 1], "his") || is_word(&r->u[k - 1], "her")) && serving_title(r->u[i].title))
		return pronoun_person(r, k - 1);
	/* "Hoshino Electric Co. said President Kenji Takahashi will": a company that says it of its own
	 * officer (its name ends in a legal form), not the dateline's country */
	{
		size_t v = k;
		if (v >= 2 && is_word(&r->u[v - 1], "that"))
			v--;
		if (v >= 2 && (is_word(&r->u[v - 1], "said") || is_word(&r->u[v - 1], "says") ||
			       is_word(&r->u[v - 1], "announced")) &&
		    r->u[v - 2].kind == U_ENT && ent_type(r, r->u[v - 2].ent) == KG_TYPE_ORG) {
			static const char *const forms[] = { "Co.", "Co", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.",
							     "Plc", "PLC", "AG", "SA", "S.A.", "Bhd", "Tbk", "NV", NULL };
			const char *name = r->c->e[r->u[v - 2].ent].name, *sp = strrchr(name, ' ');
			if (sp && in_list(forms, sp + 1))
				return r->u[v - 2].ent;
		}
	}
	/* "Kawasaki Frontale, led by club president X", "Acme Corp, headed by chief executive X": the
	 * body before ", led by" (not a delegation, whose leader holds an office elsewhere) */
	{
		size_t v = k;
		if (v >= 1 && r->u[v - 1].kind == U_WORD && (in_list(company_nouns, r->u[v - 1].low) || is_word(&r->u[v - 1], "club") ||
							     is_word(&r->u[v - 1], "its")))
			v--;
		if (v >= 4 && is_word(&r->u[v - 1], "by") && (is_word(&r->u[v - 2], "led") || is_word(&r->u[v - 2], "headed")) &&
		    is_punct_comma(&r->u[v - 3]) && r->u[v - 4].kind == U_ENT && ent_type(r, r->u[v - 4].ent) == KG_TYPE_ORG &&
		    head_title(r->u[i].title)) {
			const char *name = r->c->e[r->u[v - 4].ent].name, *sp = strrchr(name, ' ');
			if (!in_list(party_nouns, sp ? sp + 1 : name))
				return r->u[v - 4].ent;
		}
	}
	/* "The Ontario Chamber of Commerce, whose president X": the body before the comma */
	if (is_word(&r->u[k - 1], "whose") && k >= 3 && is_punct_comma(&r->u[k - 2]) && r->u[k - 3].kind == U_ENT &&
	    ent_type(r, r->u[k - 3].ent) != KG_TYPE_PERSON)
		return r->u[k - 3].ent;
	if (is_word(&r->u[k - 1], "its") || is_word(&r->u[k - 1], "their")) {
		/* the nearest organisation before it ("a delegation from the Japan External Trade
		 * Organization led by its president"), else the sentence's first place */
		for (size_t j = k - 1; j-- > 0;)
			if (r->u[j].kind == U_ENT && ent_type(r, r->u[j].ent) == KG_TYPE_ORG)
				return r->u[j].ent;
		for (size_t j = 0; j + 1 < k; j++)
			if (r->u[j].kind == U_ENT && ent_type(r, r->u[j].ent) == KG_TYPE_PLACE)
				return r->u[j].ent;
		/* "Its chairman, X, said" opening a sentence: the first organisation of the sentence before */
		if (k - 1 == story_start(r) && is_word(&r->u[k - 1], "its") && r->si > 0) {
			const unit *pv = r->c->units[r->si - 1];
			for (size_t j = 0; j < r->c->n_units[r->si - 1]; j++)
				if (pv[j].kind == U_ENT && ent_type(r, pv[j].ent) == KG_TYPE_ORG)
					return pv[j].ent;
		}
	}
	return -1;
}

/* 1 for a spokesperson's title, whose "for" names whom it serves. */
static int spokesperson(const char *title)
{
	return title && (has_word(title, "spokesman") || has_word(title, "spokeswoman") || has_word(title, "spokesperson"));
}

/* Lower-case nouns of the divisions of a country: "Oral district", "the department of Quetzaltenango". */
static const char *const division_nouns[] = { "district", "province", "region", "county", "department", "state",
					       "prefecture", "governorate", "municipality", NULL };

/* "the UN refugee agency (UNHCR)": a body described by lower-case nouns after unit j and named by the
 * acronym in brackets after them; the unit of the acronym, or 0 when the words do not go so. */
static size_t bracketed_name_after(const rstate *r, size_t j)
{
	size_t q = j + 1;

	while (q < r->n && q - j <= 3 && r->u[q].kind == U_WORD && !(r->c->p->tokens[r->u[q].t0].flags & KG_TOK_CAP) &&
	       !(r->u[q].lex & KG_LEX_STOP) && !verb_form(&r->u[q]) && isalpha((unsigned char)r->u[q].low[0]))
		q++;
	if (q == j + 1 || q + 2 >= r->n || !is_word(&r->u[q], "(") || r->u[q + 1].kind != U_ENT ||
	    ent_type(r, r->u[q + 1].ent) != KG_TYPE_ORG || !is_word(&r->u[q + 2], ")"))
		return 0;
	return q + 1;
}

/* "of Ukraine", "of the Senate Appropriations Committee", "at Singapore Airlines", "of Egypt's General
 * Intelligence Service" after a title at unit after - 1: the entity or -1, and one past it in *end. */
static int of_qualifier_end(rstate *r, size_t after, size_t *end)
{
	size_t k = after + 1;

	*end = after;
	/* "prime minister in Chile": a country after "in" */
	if (after + 1 < r->n && is_word(&r->u[after], "in") && r->u[after + 1].kind == U_ENT &&
	    ent_type(r, r->u[after + 1].ent) == KG_TYPE_PLACE) {
		kg_place pl;
		const char *name = r->c->e[r->u[after + 1].ent].name;
		if (kg_lex_place(r->c->lex, name, strlen(name), &pl) && pl.kind == KG_PLACE_COUNTRY) {
			*end = after + 2;
			return r->u[after + 1].ent;
		}
		return -1;
	}
	/* "spokesman for the Acme Party": a spokesperson's "for" names whom the office serves */
	if (after < r->n && after > 0 && is_word(&r->u[after], "for") && r->u[after - 1].kind == U_TITLE &&
	    spokesperson(r->u[after - 1].title)) {
		/* read on as after "of" */
	} else if (after >= r->n || !(is_word(&r->u[after], "of") || is_word(&r->u[after], "at")))
		return -1;
	if (k < r->n && is_word(&r->u[k], "the"))
		k++;
	/* "chairman of the board (of directors) of Acme": the company the board governs */
	if (k + 1 < r->n && is_word(&r->u[k], "board")) {
		size_t q = k + 1;
		if (q + 1 < r->n && is_word(&r->u[q], "of") &&
		    (is_word(&r->u[q + 1], "directors") || is_word(&r->u[q + 1], "trustees") ||
		     is_word(&r->u[q + 1], "governors") || is_word(&r->u[q + 1], "management")))
			q += 2;
		if (q < r->n && is_word(&r->u[q], "of")) {
			k = q + 1;
			if (k < r->n && is_word(&r->u[k], "the"))
				k++;
		}
	}
	if (k + 2 < r->n && r->u[k].kind == U_ENT && r->u[k + 1].kind == U_POSS && r->u[k + 2].kind == U_ENT)
		k += 2;
	/* "of the Flemish liberal party Open VLD": a description of the organisation before its name */
	{
		size_t q = k;
		static const char *const stops[] = { "the", "a", "an", "of", "and", "or", "who", "which", "that", "in",
						     "at", "to", "for", "with", "by", "on", NULL };
		while (q < r->n && q - k < 4 && (r->u[q].kind == U_DEMONYM || r->u[q].kind == U_DESC ||
						 (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PLACE) ||
						 (r->u[q].kind == U_WORD && !in_list(stops, r->u[q].low) &&
						  /* "of Canadian mining company X": an -ing form modifying a noun */
						  (!verb_form(&r->u[q]) || (ing_form(&r->u[q]) && q + 1 < r->n &&
									     r->u[q + 1].kind == U_WORD &&
									     !verb_form(&r->u[q + 1]))))))
			q++;
		if (q > k && q < r->n && r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_ORG &&
		    (r->u[q - 1].kind == U_WORD || r->u[q - 1].kind == U_DESC))
			k = q;
		/* "the governor of the Argentine province of Neuquen": a division described, then its name */
		else if (q > k && q + 1 < r->n && r->u[q - 1].kind == U_WORD && in_list(division_nouns, r->u[q - 1].low) &&
			 is_word(&r->u[q], "of") && r->u[q + 1].kind == U_ENT && ent_type(r, r->u[q + 1].ent) == KG_TYPE_PLACE) {
			*end = q + 2;
			return r->u[q + 1].ent;
		}
		/* "of the national electoral body (NEC)": the description's name in brackets */
		else if (q > k && r->u[q - 1].kind == U_WORD && q + 2 < r->n && is_word(&r->u[q], "(") &&
			 r->u[q + 1].kind == U_ENT && ent_type(r, r->u[q + 1].ent) == KG_TYPE_ORG && is_word(&r->u[q + 2], ")")) {
			*end = q + 3;
			return r->u[q + 1].ent;
		}
	}
	/* "Yemen's Houthi Ansarullah movement": a demonym or a place before the name */
	while (k + 1 < r->n && (r->u[k].kind == U_DEMONYM || r->u[k].kind == U_ENT) && r->u[k + 1].kind == U_ENT &&
	       ent_type(r, r->u[k + 1].ent) == KG_TYPE_ORG &&
	       (r->u[k].kind == U_DEMONYM || ent_type(r, r->u[k].ent) != KG_TYPE_PERSON))
		k++; /* and "Houthi Ansarullah": the last of names in a row */
	if (k < r->n && (r->u[k].kind == U_ENT || r->u[k].kind == U_DESC) && ent_type(r, r->u[k].ent) != KG_TYPE_PERSON) {
		static const char *const group_nouns[] = { "movement", "group", "party", "militia", "rebels", NULL };
		size_t named = r->u[k].kind == U_ENT ? bracketed_name_after(r, k) : 0;
		if (named) {
			*end = named + 2;
			return r->u[named].ent;
		}
		/* "CEO at Singapore Airlines" names the employer; "the emir at Saadabad Palace" only a place */
		if (is_word(&r->u[after], "at") && r->u[k].kind == U_ENT && ent_type(r, r->u[k].ent) == KG_TYPE_PLACE)
			return -1;
		*end = k + 1;
		if (*end < r->n && r->u[*end].kind == U_WORD && in_list(group_nouns, r->u[*end].low))
			(*end)++; /* "the Ansarullah movement" */
		/* "the governor of Equateur province, X": the division's lower-case noun after its name */
		else if (*end < r->n && r->u[*end].kind == U_WORD && ent_type(r, r->u[k].ent) == KG_TYPE_PLACE &&
			 in_list(division_nouns, r->u[*end].low))
			(*end)++;
		return r->u[k].kind == U_DESC ? made_entity(r, &r->u[k]) : r->u[k].ent;
	}
	return -1;
}

/* 1 when unit j opens "of [the|a] NOUN" with a common noun that names no one: "of the provincial
 * chapter", "of a local cooperative". */
static int unnamed_body_after(const rstate *r, size_t j)
{
	size_t k = j + 1;

	if (j >= r->n || !is_word(&r->u[j], "of"))
		return 0;
	if (k < r->n && (is_word(&r->u[k], "the") || is_word(&r->u[k], "a") || is_word(&r->u[k], "an")))
		k++;
	return k < r->n && r->u[k].kind == U_WORD && !(r->u[k].lex & (KG_LEX_STOP | KG_LEX_PRONOUN)) &&
	       !verb_form(&r->u[k]) && !(r->c->p->tokens[r->u[k].t0].flags & KG_TOK_CAP) && isalpha((unsigned char)r->u[k].low[0]);
}

/* "of Ukraine" after a title at unit i (one past the title): the entity or -1. */
static int of_qualifier(rstate *r, size_t after)
{
	size_t end;

	return of_qualifier_end(r, after, &end);
}

/* The evidence of the current sentence, in the input's bytes (a web page's HTML), into ev (owned). */
static int sentence_evidence(const rstate *r, kg_evidence *ev)
{
	const nctx *c = r->c;
	const kg_sentence *sent = &c->p->sents[r->si];
	size_t a = kg_doc_orig(c->doc, sent->start), b = kg_doc_orig(c->doc, sent->end);

	ev->doc = kg_strdup(c->doc->id);
	ev->sentence = (long)r->si;
	ev->start = kg_doc_source(c->doc, a);
	ev->end = kg_doc_source(c->doc, b);
	ev->text = kg_strndup(c->doc->text + a, b - a);
	return ev->doc && ev->text ? KG_OK : KG_ENOMEM;
}

static int evidence_triple(rstate *r, int s, const char *pred, int o, const char *title, int planned,
			   double confidence)
{
	nctx *c = r->c;
	kg_triple t;
	int rc;

	if (s < 0 || o < 0 || s == o)
		return KG_OK;
	memset(&t, 0, sizeof(t));
	t.subject = c->e[s].name;
	t.subject_type = c->e[s].type;
	t.predicate = (char *)pred;
	t.object = c->e[o].name;
	t.object_type = c->e[o].type;
	t.attrs.title = (char *)title;
	t.attrs.modality = planned ? (char *)"planned" : NULL;
	t.confidence = confidence;
	t.extractor = (char *)"news";
	if (strcmp(pred, "leads") == 0 && !planned && ent_type(r, s) == KG_TYPE_PERSON) {
		const char *sp = strrchr(c->e[o].name, ' ');
		if (sp && in_list(party_nouns, sp + 1)) {
			r->party_leader = s;
			r->party_si = r->si;
		}
	}
	if ((rc = sentence_evidence(r, &t.evidence)) == KG_OK) {
		c->e[s].used = 1;
		c->e[o].used = 1;
		rc = kg_facts_add_triple(c->out, &t);
	}
	free(t.evidence.doc);
	free(t.evidence.text);
	return rc;
}

static int holds_ex(rstate *r, int p, const char *title, int q, double conf, int use_pending);

/* Starts an event of type at trigger unit k of the sentence (salt tells apart two events of one trigger,
 * as one visit per place) and appends it to the document's events; *index gets its position. */
static int event_new(rstate *r, kg_event_type type, size_t k, unsigned flags, double conf, size_t salt, size_t *index)
{
	const nctx *c = r->c;
	const unit *u = &r->u[k];
	size_t a = kg_doc_orig(c->doc, c->p->tokens[u->t0].start), b = kg_doc_orig(c->doc, c->p->tokens[u->t1 - 1].end);
	char id[KG_EVENT_ID_LEN];
	kg_event *ev;
	int rc;

	kg_event_make_id(id, c->doc->id, (long)r->si, kg_doc_source(c->doc, a) + salt);
	for (size_t i = r->n_evs; i-- > 0 && r->evs[i].evidence.sentence == (long)r->si;)
		if (strcmp(r->evs[i].id, id) == 0) {
			*index = i; /* two readings of one trigger make one event */
			return KG_OK;
		}
	if (r->n_evs == r->cap_evs) {
		size_t cap = r->cap_evs ? r->cap_evs * 2 : 8;
		kg_event *v = realloc(r->evs, cap * sizeof(*v));
		if (!v)
			return KG_ENOMEM;
		r->evs = v;
		r->cap_evs = cap;
	}
	ev = &r->evs[r->n_evs];
	memset(ev, 0, sizeof(*ev));
	ev->type = type;
	ev->trigger_start = kg_doc_source(c->doc, a);
	ev->trigger_end = kg_doc_source(c->doc, b);
	ev->id = kg_strdup(id);
	ev->trigger = kg_strndup(c->doc->text + a, b - a);
	ev->extractor = kg_strdup("news");
	ev->flags = flags;
	ev->confidence = conf;
	rc = sentence_evidence(r, &ev->evidence);
	if (rc == KG_OK && (!ev->id || !ev->trigger || !ev->extractor))
		rc = KG_ENOMEM;
	if (rc < 0) {
		kg_event_clear(ev);
		return rc;
	}
	*index = r->n_evs++;
	return KG_OK;
}

/* Adds document entity e to event i in the given role and, when it is new there, side (0 none). */
static int event_join(rstate *r, size_t i, int e, kg_role role, unsigned side)
{
	dent *d = &r->c->e[e];
	kg_event *ev = &r->evs[i];
	size_t n = ev->n_participants;
	int rc;

	d->used = 1;
	if ((rc = kg_event_add_participant(ev, d->name, d->type, role)) == KG_OK && ev->n_participants > n)
		ev->participants[n].side = side;
	return rc;
}

/* 1 when every participant of a meeting or call is a place: "the leaders of Senegal, Mali and Niger
 * met" names the countries, not who met (the gold guide makes such pairs optional at best); a country
 * meeting a person ("Rubio held talks with Russia") stays. */
static int places_only(const kg_event *ev)
{
	if (ev->type == KG_EVENT_VISIT)
		return 0;
	for (size_t k = 0; k < ev->n_participants; k++)
		if (ev->participants[k].type != KG_TYPE_PLACE)
			return 0;
	return 1;
}

/* 1 when events a and b are told by one sentence with the same kind, flags, participants and place (a
 * date may be known to one only): two triggers of one meeting ("was received in audience by X":
 * "received" and "audience"); a tour's stops are visits of their own. */
static int same_telling(const kg_event *a, const kg_event *b)
{
	if (a->type != b->type || a->flags != b->flags || a->evidence.sentence != b->evidence.sentence ||
	    a->n_participants != b->n_participants || (a->place && b->place && strcmp(a->place, b->place) != 0) ||
	    (a->date && b->date && strcmp(a->date, b->date) != 0) || (!a->place) != (!b->place))
		return 0;
	for (size_t i = 0; i < a->n_participants; i++) {
		size_t k = 0;

		while (k < b->n_participants && strcmp(a->participants[i].name, b->participants[k].name) != 0)
			k++;
		if (k == b->n_participants)
			return 0;
	}
	return 1;
}

/* Lends a what b knows and a does not: the place, the date and how long it lasted. */
static void fill_from(kg_event *a, kg_event *b)
{
	char **fields[][2] = { { &a->place, &b->place }, { &a->duration, &b->duration } };

	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (!*fields[i][0] && *fields[i][1]) {
			*fields[i][0] = *fields[i][1];
			*fields[i][1] = NULL;
		}
	if (!a->date && b->date) {
		a->date = b->date;
		a->date_source = b->date_source;
		b->date = NULL;
	}
}

static int person_named(const rstate *r, const char *name);
static int entity_named(const rstate *r, const char *name, kg_etype type);
static int is_country(const rstate *r, int e);
static int office_country(const rstate *r, int e);

/* A meeting or a call is between people, bodies and countries ("talks with Russia"): a region or a town
 * read as one of its sides ("met with governors of states in the North-West zone") leaves it. */
static void drop_regions(const rstate *r, kg_event *ev)
{
	size_t w = 0;

	if (ev->type == KG_EVENT_VISIT)
		return;
	for (size_t k = 0; k < ev->n_participants; k++) {
		kg_participant *pa = &ev->participants[k];
		int e = pa->type == KG_TYPE_PLACE ? entity_named(r, pa->name, KG_TYPE_PLACE) : -1;
		if (pa->type == KG_TYPE_PLACE && !(e >= 0 && is_country(r, e))) {
			free(pa->name);
			continue;
		}
		ev->participants[w++] = *pa;
	}
	ev->n_participants = w;
}

/* The people of event ei in g (as a group of their document entities); returns how many. */
static size_t event_people(const rstate *r, size_t ei, group *g)
{
	memset(g, 0, sizeof(*g));
	for (size_t m = 0; m < r->evs[ei].n_participants && g->n < MAX_GROUP; m++) {
		int p = person_named(r, r->evs[ei].participants[m].name);
		if (p >= 0)
			g->ents[g->n++] = p;
	}
	return g->n;
}

static int by_phone(const rstate *r, size_t j);

/* 1 when unit j says a line or a screen stands between the people: "by video link", "via video",
 * "by phone", "virtually", "remotely", "online". */
static int remote_at(const rstate *r, size_t j)
{
	return by_phone(r, j) || (j < r->n && (is_word(&r->u[j], "virtually") || is_word(&r->u[j], "remotely") ||
					       is_word(&r->u[j], "online")));
}

/* "X hosted his Nigerian and Cameroonian counterparts, A and B", "X received Kenyan President A and
 * Somali President B": people on one side of a meeting who hold offices of different countries are
 * no one party (as "met with A and B" of one government is): they met each other too. Their side
 * becomes 0 so that kg_event_derive pairs them; not on a call, whose one end is those in one room. */
static void split_nations(const rstate *r, kg_event *ev)
{
	/* a call's one end ("the two prime ministers spoke by phone with C") is a room, not a party */
	if (ev->type == KG_EVENT_CALL)
		return;
	for (unsigned side = 1; side <= 2; side++) {
		int countries[16];
		size_t n = 0, k;

		for (k = 0; k < ev->n_participants; k++) {
			const kg_participant *pa = &ev->participants[k];
			int p, q;
			if (pa->side != side)
				continue;
			if (n == 16 || (p = person_named(r, pa->name)) < 0 || (q = r->c->e[p].title_of) < 0 ||
			    r->c->e[q].type != KG_TYPE_PLACE)
				break;
			for (size_t m = 0; m < n; m++)
				if (countries[m] == q)
					q = -1;
			if (q < 0)
				break;
			countries[n++] = q;
		}
		if (k < ev->n_participants || n < 2)
			continue;
		for (k = 0; k < ev->n_participants; k++)
			if (ev->participants[k].side == side)
				ev->participants[k].side = 0;
	}
}

/* Adds the document's events to the facts with the triples they stand for (kg_event_derive), and
 * frees them; a second telling of one meeting in the same sentence is one event (same_telling). */
static int events_flush(rstate *r)
{
	int rc = KG_OK;

	/* a later telling lends the first what it knows, then goes (its id NULL) */
	for (size_t i = 0; i < r->n_evs; i++)
		for (size_t k = 0; k < i && r->evs[i].id; k++)
			if (r->evs[k].id && same_telling(&r->evs[k], &r->evs[i])) {
				fill_from(&r->evs[k], &r->evs[i]);
				kg_event_clear(&r->evs[i]);
			}
	for (size_t i = 0; i < r->n_evs; i++) {
		kg_event *ev = &r->evs[i];
		if (ev->id) {
			split_nations(r, ev);
			drop_regions(r, ev);
		}
		if (rc == KG_OK && ev->id && ev->n_participants >= 1 && (ev->n_participants >= 2 || ev->place) &&
		    !places_only(ev))
			if ((rc = kg_facts_add_event(r->c->out, ev)) == KG_OK)
				rc = kg_event_derive(r->c->out, ev);
		kg_event_clear(ev);
	}
	free(r->evs);
	r->evs = NULL;
	r->n_evs = r->cap_evs = 0;
	return rc;
}

/* The other side of a role: a host's counterpart is a guest, and the reverse. */
static kg_role other_role(kg_role role)
{
	return role == KG_ROLE_HOST ? KG_ROLE_GUEST : role == KG_ROLE_GUEST ? KG_ROLE_HOST : KG_ROLE_PARTICIPANT;
}

/* Words that mark a fact as reported by a source. */
static const char *const reported_words[] = { "reportedly", "allegedly", "according", "sources", NULL };

/* KG_EVENT_REPORTED when the sentence attributes what it says to a source, else 0. */
static unsigned reported(const rstate *r)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->u[i].kind == U_WORD && in_list(reported_words, r->u[i].low))
			return KG_EVENT_REPORTED;
	return 0;
}

/* Titles of the one who heads an organisation (its last word, or the whole title). */
static const char *const head_titles[] = {
	"president", "chairman", "chairwoman", "chairperson", "chair", "ceo", "chief executive", "boss",
	"chief executive officer", "leader", "head", "director-general", "secretary-general", "director general",
	"secretary general", "managing director", "president director", "general director", "superintendent", "principal", "commander", "governor", "mayor",
	"commissioner-general", "principal chief", "administrator", "rector", "chief", "chief of the general staff",
	"chief of general staff", "chief of army staff", "chief of the army staff", "chief of defence staff",
	"chief of the defence staff", "inspector general", "inspector-general", NULL
};
/* Words that make a title a lesser or a different office than the head's. */
static const char *const not_head[] = {
	"vice", "deputy", "assistant", "acting", "honorary", "former", "majority", "minority", "associate",
	"executive vice", "regional", "country", "group", "parliamentary", NULL
};

/* 1 for a title whose holder heads the organisation it belongs to ("CEO", "President", "party leader"). */
static int head_title(const char *title)
{
	size_t n = strlen(title);

	for (size_t i = 0; not_head[i]; i++)
		if (has_word(title, not_head[i]) &&
		    /* "Group Managing Director", "group chief executive": the head of the whole group */
		    !(strcmp(not_head[i], "group") == 0 && !has_word(title, "vice") && !has_word(title, "deputy") &&
		      (ner_title_ends_in(title, (const char *const[]){ "managing director", "chief executive", "ceo",
								       "chief executive officer", NULL }))))
			return 0;
	/* "Hamas political bureau chief X", "politburo head X": a field before a bare "head" or "chief"
	 * names the unit headed, a part of the organisation ("party chief" heads the party itself) */
	if (((n > 5 && strcasecmp(title + n - 5, " head") == 0) || (n > 6 && strcasecmp(title + n - 6, " chief") == 0)) &&
	    !has_word(title, "party") && strcasecmp(title, "principal chief") != 0)
		return 0;
	return ner_title_ends_in(title, head_titles);
}

/* 1 for offices that belong to a country ("President", "Foreign Minister", "Crown Prince"), and for
 * the offices of its parliament named by the bare word ("Speaker of Parliament", "Parliament Speaker"):
 * "Parliament" alone is no entity to own them, the country is (a member's seat is no office). */
static int national_title(const char *title)
{
	static const char *const heads[] = { "president", "minister", "premier", "chancellor", "king", "queen",
					     "prince", "emir", "secretary", "ambassador", NULL };
	if (has_word(title, "parliament") && !has_word(title, "member"))
		return 1;
	/* "Chief Election Commissioner", "Chief Information Commissioner": a commissioner of the state's
	 * own commissions, not a company's "President Commissioner" nor a city's police */
	if (has_word(title, "commissioner") && !has_word(title, "president") && !has_word(title, "police") &&
	    (has_word(title, "election") || has_word(title, "electoral") || has_word(title, "chief")))
		return 1;
	for (size_t i = 0; heads[i]; i++)
		if (has_word(title, heads[i]))
			return !has_word(title, "party") && !has_word(title, "company") &&
			       /* a company's "President Director", "President Commissioner" */
			       !has_word(title, "director") && !has_word(title, "commissioner");
	return 0;
}

/* Words that end a run of modifiers before a name: function words and clause words. */
static const char *const np_stop[] = {
	"the", "a", "an", "of", "for", "with", "and", "or", "to", "in", "at", "on", "by", "from", "as", "but",
	"that", "which", "who", "whom", "whose", "his", "her", "their", "its", "said", "says", "told", "after",
	"before", "during", "while", "when", "where", "than", "also", "is", "was", "were", "are", "has", "had",
	"have", "will", "would", "not", "met", "meets", "into", "over", "between", "among", "about", "via",
	"together", "along", "he", "she", "they", "it", "we", "i", "you", NULL
};

/* 1 for an inflected verb form ("met", "visiting"): a word whose lemma differs from it. */
static int verb_form(const unit *u)
{
	return u->kind == U_WORD && u->lemma[0] && strcmp(u->lemma, u->low) != 0;
}

/* Prepositions of where something happened or went. */
static const char *const place_preps[] = { "in", "at", "to", "from", "into", "near", "outside", NULL };

/* 1 when the place at unit i qualifies what follows it, as a country qualifies its offices: "Britain's
 * Conservative Party", "U.S. Ambassador", "United States policy"; not where something happened ("the
 * talks in Lisbon"), an actor ("urged Ukraine to investigate"), a party ("the reset with Russia
 * proved") or someone else's description ("a Ukraine specialist"). */
static int attributive_place(const rstate *r, size_t i)
{
	const unit *next = i + 1 < r->n ? &r->u[i + 1] : NULL;

	if (i > 0 && r->u[i - 1].kind == U_WORD &&
	    (in_list(place_preps, r->u[i - 1].low) || is_word(&r->u[i - 1], "a") || is_word(&r->u[i - 1], "an") ||
	     is_word(&r->u[i - 1], "with") || is_word(&r->u[i - 1], "against")))
		return 0;
	if (!next)
		return 0;
	if (next->kind == U_POSS || next->kind == U_TITLE)
		return 1;
	return next->kind == U_WORD && !in_list(np_stop, next->low) && !verb_form(next);
}

/* The country whose government a seat of government names ("the Kremlin said"), or NULL. */
static const char *seat_country(const char *name)
{
	static const char *const seats[] = { "Kremlin", "Russia", "White House", "United States", "Pentagon",
		"United States", "Élysée", "France", "Élysée Palace", "France", "Elysee", "France", "Elysee Palace",
		"France", "Downing Street", "United Kingdom", "Zhongnanhai", "China", "Quirinale", "Italy",
		"Palazzo Chigi", "Italy", "Moncloa", "Spain", "Planalto", "Brazil", "Casa Rosada", "Argentina",
		"Los Pinos", "Mexico", "Bundeskanzleramt", "Germany", "Chancellery", "Germany", NULL, NULL };

	for (size_t i = 0; seats[i]; i += 2)
		if (strcmp(seats[i], name) == 0)
			return seats[i + 1];
	return NULL;
}

/* The country of a government body whose name opens with its demonym ("Russian Foreign Ministry",
 * "Chinese Ministry of Commerce", "Nigerian Government"); NULL for others (borrowed from the lexicon). */
static const char *ministry_country(const rstate *r, const char *name)
{
	size_t n = strcspn(name, " ");

	if (!name[n] || !(strstr(name, "Ministry") || strstr(name, "Government") || strstr(name, "Presidency")))
		return NULL;
	return kg_lex_demonym(r->c->lex, name, n);
}

/* The one country this sentence names (as a name or a demonym) before the holder, or -1 when none or
 * several. */
static int sole_country(rstate *r, int holder)
{
	int found = -1;
	size_t other = 0; /* one past the person whose own title the country qualified, 0: none */

	for (size_t i = 0; i < r->n; i++) {
		const unit *u = &r->u[i];

		if (u->kind == U_ENT && u->ent == holder) {
			/* "Egyptian President A and Foreign Minister B": a country that qualified someone else's
			 * office reaches this holder only through a list of office holders */
			for (size_t k = other; found >= 0 && other && k < i; k++)
				if (!is_word(&r->u[k], ",") && !is_word(&r->u[k], "and") && r->u[k].kind != U_TITLE)
					return -1;
			break; /* only what the sentence said before naming the holder */
		}
		const char *country = NULL;
		kg_place pl;

		if (u->kind == U_DEMONYM) {
			/* "a famous Chilean singer": a demonym of someone else's description says nothing of the office */
			if (i + 1 < r->n && r->u[i + 1].kind == U_WORD && !in_list(np_stop, r->u[i + 1].low) &&
			    !verb_form(&r->u[i + 1]))
				continue;
			/* "offered the Russians a deal": the people, not their state's offices */
			if (i > 0 && is_word(&r->u[i - 1], "the") && !(i + 1 < r->n && r->u[i + 1].kind == U_TITLE))
				continue;
			country = u->country;
		} else if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_PLACE && attributive_place(r, i) &&
			   kg_lex_place(r->c->lex, r->c->e[u->ent].name, strlen(r->c->e[u->ent].name), &pl)) {
			country = pl.country; /* a city counts for its country: "Lima's resolve ... Chile" */
		} else if (u->kind == U_ENT) {
			country = seat_country(r->c->e[u->ent].name); /* "The Kremlin said President X" */
			/* "the Russian Foreign Ministry said Foreign Minister X": a government body named for its
			 * country by a demonym */
			if (!country && ent_type(r, u->ent) == KG_TYPE_ORG)
				country = ministry_country(r, r->c->e[u->ent].name);
		}
		if (!country)
			continue;
		{
			int e = ner_entity(r->c, country, KG_TYPE_PLACE, 0);
			size_t t = i + 1;
			if (e < 0 || (found >= 0 && found != e))
				return -1;
			found = e;
			/* "Indonesian President A ... met Prime Minister B": the country's office is A's */
			if (t < r->n && r->u[t].kind == U_POSS)
				t++;
			/* "South Korea's new ambassador to the United States, A, ... President B" */
			while (t < r->n && (is_word(&r->u[t], "new") || is_word(&r->u[t], "top") || is_word(&r->u[t], "acting") ||
					    is_word(&r->u[t], "outgoing") || is_word(&r->u[t], "incoming")) &&
			       t + 1 < r->n && r->u[t + 1].kind == U_TITLE)
				t++;
			/* "Vietnam's Communist Party chief A": the party between the country and the title */
			while (t < r->n && (r->u[t].kind == U_TITLE ||
					    (r->u[t].kind == U_ENT && ent_type(r, r->u[t].ent) == KG_TYPE_ORG &&
					     t + 1 < r->n && r->u[t + 1].kind == U_TITLE)))
				t++;
			if (t > i + 1 && t + 2 < r->n && r->u[t - 1].kind == U_TITLE &&
			    (is_word(&r->u[t], "to") || is_word(&r->u[t], "of") || is_word(&r->u[t], "for"))) {
				size_t x = t + 1;
				if (is_word(&r->u[x], "the"))
					x++;
				if (x + 1 < r->n && r->u[x].kind == U_ENT && ent_type(r, r->u[x].ent) != KG_TYPE_PERSON &&
				    is_word(&r->u[x + 1], ","))
					t = x + 1;
			}
			/* "Japan's foreign minister, A, ... President B": the title's holder set off by commas */
			if (t > i + 1 && t + 1 < r->n && (r->u[t - 1].kind == U_TITLE || r->u[t - 1].kind == U_ENT) &&
			    is_word(&r->u[t], ",") &&
			    r->u[t + 1].kind == U_ENT)
				t++;
			if (t > i + 1 && t < r->n && r->u[t].kind == U_ENT && r->u[t].ent != holder &&
			    ent_type(r, r->u[t].ent) == KG_TYPE_PERSON)
				other = t + 1;
			/* "The Kenyan leader, who was visiting China, met President X": the country's office is
			 * the one described, someone other than X */
			else if (t > i + 1 && r->u[t - 1].kind == U_TITLE && i > 0 && is_word(&r->u[i - 1], "the") &&
				 !(t < r->n && r->u[t].kind == U_ENT))
				other = t;
		}
	}
	return found;
}

/* The one town this sentence names before the mayor it names ("At Athens' City Hall, the Mayor, X"),
 * or -1 when none or several; "In Lagos, Mayor X" counts, a country does not. */
static int sole_town(rstate *r, int holder)
{
	int found = -1;

	for (size_t i = 0; i < r->n; i++) {
		const unit *u = &r->u[i];
		kg_place pl;
		const char *name;
		if (u->kind == U_ENT && u->ent == holder)
			break;
		if (u->kind != U_ENT || ent_type(r, u->ent) != KG_TYPE_PLACE)
			continue;
		name = r->c->e[u->ent].name;
		if (!kg_lex_place(r->c->lex, name, strlen(name), &pl) || pl.kind != KG_PLACE_CITY)
			continue;
		if (found >= 0 && found != u->ent)
			return -1;
		found = u->ent;
	}
	return found;
}

static size_t story_start(const rstate *r);
static int is_country(const rstate *r, int e);

/* 1 when person p is named in the lead sentence after a dateline's dash or source ("NAIROBI (Reuters) -
 * Interior Minister X said", "NEW DELHI, Feb 3 (PTI) Union Minister X") with no country or demonym between the dash and p: news names a foreign office with
 * its country, so a bare office there is the dateline's even when the story goes on to other countries'
 * offices. */
static int lead_office(const rstate *r, int p)
{
	size_t k = story_start(r);

	if (r->si != r->dl_si)
		return 0;
	/* "NEW DELHI, Feb 3 (PTI) Union Minister X": a dateline whose source in brackets ends it */
	for (size_t i = 1; k == 0 && i < r->n && i < 10 && r->u[0].kind == U_ENT; i++)
		if (is_word(&r->u[i], ")"))
			k = i + 1;
	if (k == 0)
		return 0;
	for (; k < r->n; k++) {
		const unit *u = &r->u[k];
		if (u->kind == U_ENT && u->ent == p)
			return 1;
		if (u->kind == U_DEMONYM || (u->kind == U_ENT && is_country(r, u->ent)))
			return 0;
	}
	return 0;
}

/* Records that person p holds title of q, and emits the triple when q is known. */
static int holds(rstate *r, int p, const char *title, int q, double conf)
{
	return holds_ex(r, p, title, q, conf, 0);
}

/* holds with pending descriptors allowed ("its foreign minister ... X, who has held the post"). */
static int holds_pending(rstate *r, int p, const char *title, int q, double conf)
{
	return holds_ex(r, p, title, q, conf, 1);
}

/* "the board of management of Acme AG": the company a board belongs to (made on use), else o. */
static int board_owner(rstate *r, int o)
{
	const char *name = o >= 0 ? r->c->e[o].name : NULL;
	const char *of = name ? strstr(name, " of ") : NULL;
	const char *last = of;

	if (!name || strncasecmp(name, "board", 5) != 0 || !of)
		return o;
	while ((of = strstr(of + 4, " of ")) != NULL)
		last = of;
	last += 4;
	/* the company as the document names it elsewhere: "Acme" for "Acme AG" */
	for (size_t i = 0; i < r->c->n_e; i++) {
		const dent *d = &r->c->e[i];
		size_t n = strlen(d->name);
		if ((int)i != o && d->type == KG_TYPE_ORG && d->named && strncmp(last, d->name, n) == 0 &&
		    (last[n] == '\0' || last[n] == ' '))
			return (int)i;
	}
	{
		int e = ner_entity(r->c, last, KG_TYPE_ORG, 0);
		return e >= 0 ? e : o;
	}
}

/* 1 when title, said in sentence r->si, reads as a company's office rather than a country's: a field of
 * a company's in it ("Senior Vice President of Sales"), or written in lower case and followed by "of" or
 * "at" in the sentence ("vice president of business development at SNC"). */
static int company_office(const rstate *r, const char *title)
{
	static const char *const fields[] = { "sales", "marketing", "operations", "business", "development",
					      "engineering", "products", "programs", "technology", "communications",
					      "strategy", "senior", "global", "regional", "corporate", "commercial", NULL };
	if (has_word(title, "minister") || has_word(title, "secretary"))
		return 0;
	for (size_t i = 0; fields[i]; i++)
		if (has_word(title, fields[i]))
			return 1;
	for (size_t k = 0; k + 1 < r->n; k++)
		if (r->u[k].kind == U_TITLE && r->u[k].title == title &&
		    !(r->c->p->tokens[r->u[k].t0].flags & KG_TOK_CAP) &&
		    (is_word(&r->u[k + 1], "of") || is_word(&r->u[k + 1], "at")))
			return 1;
	return 0;
}

static int holds_ex(rstate *r, int p, const char *title, int q, double conf, int use_pending)
{
	nctx *c = r->c;

	q = board_owner(r, q); /* the chairman of a company's board heads the company */

	/* "Sheikh" is a style of address that names no office */
	if (p < 0 || ent_type(r, p) != KG_TYPE_PERSON || !title || strcasecmp(title, "Sheikh") == 0 ||
	    strcasecmp(title, "Sheikha") == 0)
		return KG_OK;
	if (q < 0) {
		/* the same person's earlier office, or a title described before its holder was named */
		if (c->e[p].title && same_title(c->e[p].title, title))
			q = c->e[p].title_of;
		for (size_t i = 0; use_pending && q < 0 && i < r->n_pending; i++) {
			int named = 0;
			for (size_t m = 0; m < r->pending[i].n_named; m++)
				named |= r->pending[i].named[m] == p;
			if (!named && same_title(r->pending[i].title, title) && title_holder(r, title, r->pending[i].of) < 0)
				q = r->pending[i].of;
		}
		if (q < 0 && national_title(title))
			q = sole_country(r, p);
		if (q < 0 && has_word(title, "mayor"))
			q = sole_town(r, p);
		if (q < 0 && national_title(title) && r->n_unowned < MAX_UNOWNED) {
			r->unowned[r->n_unowned].person = p;
			r->unowned[r->n_unowned].title = title;
			r->unowned[r->n_unowned].si = r->si;
			/* "Rwanda Development Board chief executive X was appointed ... as the new Minister of
			 * Trade": a national office after another body's office, whose owner is not this one's */
			r->unowned[r->n_unowned].after_body = c->e[p].title && !same_title(c->e[p].title, title) &&
							      c->e[p].title_of >= 0 &&
							      ent_type(r, c->e[p].title_of) == KG_TYPE_ORG;
			r->unowned[r->n_unowned].lead = lead_office(r, p);
			r->unowned[r->n_unowned].company = company_office(r, title);
			r->n_unowned++;
		}
	}
	/* a counterpart's country is the other side of a story: document_country weighs it apart */
	if (q >= 0 && r->in_counterpart && national_title(title) && ent_type(r, q) == KG_TYPE_PLACE) {
		if (r->n_cp_country < MAX_UNOWNED)
			r->cp_country[r->n_cp_country++] = q;
	} else if (q >= 0 && national_title(title) && ent_type(r, q) == KG_TYPE_PLACE) {
		if (q != r->office_country) {
			r->office_countries++;
			r->office_country = q;
		}
		if (r->n_owned < MAX_UNOWNED) {
			r->owned[r->n_owned].person = p;
			r->owned[r->n_owned].country = q;
			r->n_owned++;
		}
	}
	/* "the president's foreign minister X": a minister or ambassador serves the country whose office the
	 * possessor holds, not the possessor (a press secretary or an aide serves the person) */
	if (q >= 0 && q != p && ent_type(r, q) == KG_TYPE_PERSON && c->e[q].title_of >= 0 &&
	    ent_type(r, c->e[q].title_of) == KG_TYPE_PLACE &&
	    (has_word(title, "minister") || has_word(title, "ambassador")))
		q = c->e[q].title_of;
	c->e[p].title = title;
	if (q >= 0)
		c->e[p].title_of = q;
	c->e[p].last_sent = (long)r->si;
	if (q < 0 || q == p)
		return KG_OK;
	if (ent_type(r, q) == KG_TYPE_PERSON && (has_word(title, "adviser") || has_word(title, "advisor") ||
						 has_word(title, "aide") || has_word(title, "envoy") ||
						 has_word(title, "assistant"))) {
		int rc = evidence_triple(r, p, "advises", q, NULL, 0, conf);
		if (rc < 0)
			return rc;
	}
	if (ent_type(r, q) == KG_TYPE_ORG && head_title(title)) {
		int rc = evidence_triple(r, p, "leads", q, NULL, 0, conf);
		if (rc < 0)
			return rc;
	}
	return evidence_triple(r, p, "holds_position", q, title, 0, conf);
}

/* Role nouns a description of a person can rest on when the title lexicon does not know them. */
static const char *const role_nouns[] = {
	"leader", "head", "chief", "member", "boss", "founder", "owner", "official", "envoy", "representative",
	"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "president", "director",
	"executive", NULL
};


/* "Public Safety Secretary X", "IOC honorary member X", "House Minority leader X": a run of a few
 * modifiers (capitalised or plain nouns, titles, demonyms, organisations, possessives) that ends at a
 * person. Returns the person (one past it in *end) or -1. */
static int modifiers_to_person(rstate *r, size_t k, size_t *end)
{
	for (size_t j = k; j < r->n && j - k < 5; j++) {
		const unit *u = &r->u[j];
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_PERSON) {
			if (j == k)
				return -1;
			*end = j + 1;
			return u->ent;
		}
		if (u->kind == U_TITLE || u->kind == U_DEMONYM || u->kind == U_ENT || u->kind == U_DESC ||
		    (u->kind == U_POSS && j > k))
			continue;
		if (u->kind == U_WORD && !in_list(np_stop, u->low) && !verb_form(u) && isalpha((unsigned char)u->low[0]))
			continue;
		return -1;
	}
	return -1;
}

/* Words of how a holder stands in an office, before its title: "the outgoing ambassador". */
static const char *const standing_words[] = { "new", "outgoing", "incoming", "visiting", "acting", "serving",
					      "sitting",
					      "ruling", "reigning", "retiring", "departing", "newly-appointed",
					      "newly", "appointed", "designated", NULL };

/* "the leader of Norway's NLP (NLP), X", "the spokesman for Chad's Unity movement, X": a
 * description resting on a title or role noun, then a comma and the person it describes. i is at the
 * determiner or the title. Returns the person (one past it in *end) or -1. */
static int described_person(rstate *r, size_t i, size_t *end)
{
	int role = 0;

	for (size_t j = i; j < r->n && j - i < 14; j++) {
		const unit *u = &r->u[j];
		if (j == i && u->kind == U_WORD && !in_list(role_nouns, u->low))
			continue; /* the determiner */
		if (is_word(u, ",")) {
			size_t p = j + 1;
			while (p < r->n && r->u[p].kind == U_TITLE)
				p++;
			if (!role || p >= r->n || r->u[p].kind != U_ENT || ent_type(r, r->u[p].ent) != KG_TYPE_PERSON)
				return -1;
			*end = p + 1;
			return r->u[p].ent;
		}
		if (u->kind == U_TITLE || (u->kind == U_WORD && in_list(role_nouns, u->low))) {
			role = 1;
			continue;
		}
		/* "the president of X and IOC member, Y": a second role of the same person */
		if (is_word(u, "and") && j + 3 < r->n && r->u[j + 1].kind == U_ENT &&
		    ent_type(r, r->u[j + 1].ent) == KG_TYPE_ORG &&
		    (r->u[j + 2].kind == U_TITLE || (r->u[j + 2].kind == U_WORD && in_list(role_nouns, r->u[j + 2].low))) &&
		    is_word(&r->u[j + 3], ",")) {
			j += 2;
			continue;
		}
		/* "its vice president for Western and Central Africa, Y": places joined within one title */
		if (is_word(u, "and") && j + 1 < r->n && role && r->u[j + 1].kind == U_ENT &&
		    ent_type(r, r->u[j + 1].ent) == KG_TYPE_PLACE &&
		    !(j + 2 < r->n && (r->u[j + 2].kind == U_POSS || r->u[j + 2].kind == U_TITLE))) {
			j++;
			continue;
		}
		if (is_word(u, "and") && j + 1 < r->n &&
		    (is_word(&r->u[j + 1], "the") || is_word(&r->u[j + 1], "a") || r->u[j + 1].kind == U_ENT))
			return -1; /* "the president of X and the prime minister, Y": two people */
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_PERSON) {
			/* "the president of the Farmers' Party Manfred Holtz": the name closes the description */
			if (!role || j < 2 || !(r->u[j - 1].kind == U_ENT || r->u[j - 1].kind == U_WORD) ||
			    is_word(&r->u[j - 1], "and") || is_word(&r->u[j - 1], "or") || verb_form(&r->u[j - 1]) ||
			    !(r->u[i].kind == U_TITLE || r->u[i + 1].kind == U_TITLE))
				return -1;
			*end = j + 1;
			return u->ent;
		}
		if (u->kind == U_PUNCT && !is_word(u, "(") && !is_word(u, ")"))
			return -1;
		/* "the outgoing French ambassador, X": a word of the holder's standing is no verb */
		if (u->kind == U_WORD && !role && in_list(standing_words, u->low))
			continue;
		if (verb_form(u) || is_word(u, "who") || is_word(u, "which") || is_word(u, "that") || is_word(u, "with"))
			return -1;
	}
	return -1;
}

/* Plural nouns for people that "the two" can rest on. */
static const char *const people_nouns[] = {
	"leaders", "men", "women", "presidents", "ministers", "officials", "diplomats", "heads", "premiers",
	"envoys", "executives", "chiefs", "politicians", "mayors", "governors", "ambassadors", "rectors", "senators",
	"secretaries", "commanders", "generals", "chairmen", "bishops", "delegates", NULL
};

static int national_title(const char *title);

/* The entity of the document of that type named name, -1 none. */
static int entity_named(const rstate *r, const char *name, kg_etype type)
{
	for (size_t q = 0; q < r->c->n_e; q++)
		if (r->c->e[q].type == type && strcmp(r->c->e[q].name, name) == 0)
			return (int)q;
	return -1;
}

/* The person of the document named name, -1 none. */
static int person_named(const rstate *r, const char *name)
{
	return entity_named(r, name, KG_TYPE_PERSON);
}

/* 1 when person e's title fits the plural noun of "the two presidents" ("presidents", "ministers":
 * a title with that word; "leaders", "heads": a national office). */
static int title_fits(const rstate *r, int e, const char *noun)
{
	const char *t = r->c->e[e].title;

	if (!t)
		return 0;
	if (strcmp(noun, "presidents") == 0)
		return has_word(t, "president") && !has_word(t, "vice");
	if (strcmp(noun, "ministers") == 0 || strcmp(noun, "premiers") == 0)
		return has_word(t, "minister") || has_word(t, "premier");
	return national_title(t);
}

/* "The two presidents were later joined by X", "the two leaders": the two sides of the document's
 * latest meeting or call of exactly two people whose offices fit the noun after "two" at unit i + 2,
 * however far back; 0 when none. */
static int the_two_of_meeting(const rstate *r, size_t i, group *g)
{
	static const char *const nouns[] = { "presidents", "ministers", "premiers", "leaders", "heads", NULL };
	const char *noun = i + 2 < r->n ? r->u[i + 2].low : "", *mod = NULL;

	/* "the two prime ministers", "the two foreign ministers": the word before the noun is in both titles */
	if (!in_list(nouns, noun) && i + 3 < r->n && r->u[i + 2].kind == U_WORD && in_list(nouns, r->u[i + 3].low)) {
		mod = noun;
		noun = r->u[i + 3].low;
	}
	if (!in_list(nouns, noun))
		return 0;
	for (size_t k = r->n_evs; k-- > 0;) {
		const kg_event *ev = &r->evs[k];
		int a = -1, b = -1, fit = 0;
		if ((ev->flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED)) || ev->type == KG_EVENT_VISIT ||
		    ev->n_participants < 2)
			continue;
		/* of more, the only two whose offices the words name: "the two prime ministers" of a meeting
		 * their defence minister joined */
		for (size_t m = 0; m < ev->n_participants; m++) {
			int p = person_named(r, ev->participants[m].name);
			if (p < 0 || !title_fits(r, p, noun) || (mod && !has_word(r->c->e[p].title, mod)) || p == a)
				continue;
			if (fit++ == 0)
				a = p;
			else
				b = p;
		}
		if (fit != 2 || a < 0 || b < 0 || a == b)
			continue;
		g->n = 2;
		g->ents[0] = a;
		g->ents[1] = b;
		return 1;
	}
	return 0;
}

/* The last two people named before unit i of this sentence, or in the two sentences before: what "the
 * two" and "the two leaders" refer to. First the people of the latest meeting the noun after "two"
 * fits (the_two_of_meeting). Returns 1 and fills g, or 0. */
static int the_two(rstate *r, size_t i, group *g)
{
	const nctx *c = r->c;
	int found[2] = { -1, -1 };
	size_t nf = 0;

	if (is_word(&r->u[i], "the") && the_two_of_meeting(r, i, g))
		return 1;

	for (size_t back = 0; back <= 2 && back <= r->si && nf < 2; back++) {
		size_t si = r->si - back;
		const unit *u = c->units[si];
		size_t n = back == 0 ? i : c->n_units[si];
		for (size_t j = n; j-- > 0 && nf < 2;) {
			if (u[j].kind != U_ENT || u[j].ent < 0 || c->e[u[j].ent].type != KG_TYPE_PERSON)
				continue;
			if (nf == 1 && found[0] == u[j].ent)
				continue;
			found[nf++] = u[j].ent;
		}
	}
	if (nf < 2)
		return 0;
	g->n = 2;
	g->ents[0] = found[1];
	g->ents[1] = found[0];
	return 1;
}

/* Noun phrase at unit i going right, without a person's "of PLACE": see np_at. */
/* 1 when the person at unit q stands right before a lower-case title and another person, whom the
 * office serves or who owns it: "Putin aide Yuri Ushakov", "Al Sadd chairman X" (a club read as a
 * person). */
static int owner_before_lower_title(const rstate *r, size_t q)
{
	return r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PERSON && q + 2 < r->n &&
	       r->u[q + 1].kind == U_TITLE && !(r->c->p->tokens[r->u[q + 1].t0].flags & KG_TOK_CAP) &&
	       !royal_style(r->u[q + 1].title) && !has_word(r->u[q + 1].title, "sheikh") && r->u[q + 2].kind == U_ENT &&
	       ent_type(r, r->u[q + 2].ent) == KG_TYPE_PERSON && r->u[q + 2].ent != r->u[q].ent;
}

static int np_at_base(rstate *r, size_t i, size_t *end)
{
	size_t k = i;

	/* "[the] Japanese Ambassador to Indonesia, X", "[the] IMF's director, X": an office described before
	 * the name after a demonym or an owner's possessive too */
	if (i < r->n && (is_word(&r->u[i], "the") || is_word(&r->u[i], "his") || is_word(&r->u[i], "her") ||
			 is_word(&r->u[i], "its") || is_word(&r->u[i], "their") ||
			 (r->u[i].kind == U_WORD && in_list(standing_words, r->u[i].low)) ||
			 r->u[i].kind == U_TITLE || (r->u[i].kind == U_WORD && in_list(role_nouns, r->u[i].low)) ||
			 (r->u[i].kind == U_DEMONYM && i + 1 < r->n && r->u[i + 1].kind == U_TITLE) ||
			 /* "the IMF's Western Hemisphere director, X" */
			 (r->u[i].kind == U_ENT && ent_type(r, r->u[i].ent) != KG_TYPE_PERSON && i + 1 < r->n &&
			  r->u[i + 1].kind == U_POSS) ||
			 /* "(with the) agency's director general, X", "Africa CDC's director general, X" */
			 (i + 2 < r->n && r->u[i + 2].kind == U_POSS &&
			  ((r->u[i].kind == U_ENT && ent_type(r, r->u[i].ent) == KG_TYPE_PLACE && r->u[i + 1].kind == U_ENT &&
			    ent_type(r, r->u[i + 1].ent) == KG_TYPE_ORG))) ||
			 (i + 2 < r->n && r->u[i].kind == U_WORD && r->u[i + 1].kind == U_POSS && r->u[i + 2].kind == U_TITLE &&
			  i > 0 && is_word(&r->u[i - 1], "the")))) {
		int e = described_person(r, i, end);
		if (e >= 0)
			return e;
	}

	while (k < r->n && (is_word(&r->u[k], "the") || is_word(&r->u[k], "a") || is_word(&r->u[k], "an") ||
			    is_word(&r->u[k], "both") || is_word(&r->u[k], "former") || is_word(&r->u[k], "then") ||
			    is_word(&r->u[k], "his") || is_word(&r->u[k], "her") || is_word(&r->u[k], "their") ||
			    is_word(&r->u[k], "its") || is_word(&r->u[k], "visiting")))
		k++;
	/* "the group's Gaza chief X": a possessive description before the title */
	if (k + 1 < r->n && r->u[k].kind == U_WORD && r->u[k + 1].kind == U_POSS && k > i)
		k += 2;
	if (k < r->n && !(r->u[k].kind == U_ENT && ent_type(r, r->u[k].ent) == KG_TYPE_PERSON)) {
		int e = modifiers_to_person(r, k, end);
		if (e >= 0)
			return e;
	}
	if (k >= r->n)
		return -1;
	/* qualifier + title + person, or title + person, or qualifier + title (a descriptor) */
	{
		size_t q = k;
		int qual = -1;
		/* "Saudi Aramco President and CEO X": a place read apart from the body it opens */
		if (q + 2 < r->n && r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PLACE &&
		    r->u[q + 1].kind == U_ENT && ent_type(r, r->u[q + 1].ent) == KG_TYPE_ORG && r->u[q + 2].kind == U_TITLE &&
		    r->u[q + 1].t0 == r->u[q].t1)
			q++;
		if (r->u[q].kind == U_DEMONYM || (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) != KG_TYPE_PERSON &&
						  q + 1 < r->n && r->u[q + 1].kind == U_TITLE)) {
			qual = r->u[q].kind == U_DEMONYM ? made_entity(r, &r->u[q]) : r->u[q].ent;
			q++;
		} else if (owner_before_lower_title(r, q)) {
			/* "Putin aide Yuri Ushakov": the one served is no member of the phrase */
			qual = r->u[q].ent;
			q++;
		} else if (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) != KG_TYPE_PERSON && q + 2 < r->n &&
			   is_word(&r->u[q + 1], "board") && r->u[q + 2].kind == U_TITLE) {
			/* "LatNet Mobile board chairwoman X" */
			qual = r->u[q].ent;
			q += 2;
		} else if (r->u[q].kind == U_ENT && q + 2 < r->n && r->u[q + 1].kind == U_POSS &&
			   r->u[q + 2].kind == U_TITLE) {
			qual = r->u[q].ent;
			q += 2;
		}
		/* "his Jordanian and Iraqi counterparts, A and B": the second demonym of the plural */
		if (qual >= 0 && q + 2 < r->n && is_word(&r->u[q], "and") && r->u[q + 1].kind == U_DEMONYM &&
		    is_word(&r->u[q + 2], "counterparts"))
			q += 2;
		/* "Pakistani counterpart Shehbaz Sharif", "his Pakistani counterpart, Lt Gen Muhammad Asim Malik" */
		if (q + 1 < r->n && (is_word(&r->u[q], "counterpart") || is_word(&r->u[q], "counterparts"))) {
			size_t p2 = q + 1;
			if (p2 < r->n && is_word(&r->u[p2], ","))
				p2++;
			while (p2 < r->n && r->u[p2].kind == U_TITLE)
				p2++;
			if (p2 < r->n && r->u[p2].kind == U_ENT && ent_type(r, r->u[p2].ent) == KG_TYPE_PERSON) {
				*end = p2 + 1;
				return r->u[p2].ent;
			}
		}
		if (q < r->n && r->u[q].kind == U_TITLE) {
			const char *title = r->u[q].title;
			size_t after;
			int qo;
			q++;
			if (q + 1 < r->n && r->u[q].kind == U_TITLE && r->u[q + 1].kind == U_ENT &&
			    ent_type(r, r->u[q + 1].ent) == KG_TYPE_PERSON)
				q++; /* "Emir Sheikh Faris" */
			if (q + 2 < r->n && is_word(&r->u[q], "and") && r->u[q + 1].kind == U_TITLE && r->u[q + 2].kind == U_ENT &&
			    ent_type(r, r->u[q + 2].ent) == KG_TYPE_PERSON)
				q += 2; /* "Deputy Prime Minister and Foreign Minister Ishaq Dar" */
			if (q < r->n && r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PERSON) {
				*end = q + 1;
				return r->u[q].ent;
			}
			qo = of_qualifier_end(r, q, &after);
			if (qo >= 0)
				qual = qo;
			else
				after = q;
			/* "the Assistant Secretary of State for South and Central Asian Affairs, X": the office's
			 * field, capitalised words, places, demonyms and "and", before the comma */
			if (after + 2 < r->n && is_word(&r->u[after], "for")) {
				size_t p2 = after + 1;
				while (p2 < r->n && p2 - after <= 7 &&
				       (r->u[p2].kind == U_DEMONYM || (r->u[p2].kind == U_ENT && ent_type(r, r->u[p2].ent) != KG_TYPE_PERSON) ||
					(r->u[p2].kind == U_WORD && (r->c->p->tokens[r->u[p2].t0].flags & KG_TOK_CAP)) ||
					(p2 > after + 1 && is_word(&r->u[p2], "and"))))
					p2++;
				if (p2 > after + 1 && p2 + 1 < r->n && is_word(&r->u[p2], ","))
					after = p2;
			}
			/* "the Dutch prime minister, Anna Veld", "Bahrain's ruler, Emir Sheikh Faris" */
			if (after + 1 < r->n && is_word(&r->u[after], ",")) {
				size_t p2 = after + 1;
				while (p2 < r->n && r->u[p2].kind == U_TITLE)
					p2++;
				if (p2 < r->n && r->u[p2].kind == U_ENT && ent_type(r, r->u[p2].ent) == KG_TYPE_PERSON) {
					*end = p2 + 1;
					return r->u[p2].ent;
				}
			}
			*end = after;
			return title_holder_at(r, title, qual, k);
		}
		if (qual >= 0 && r->u[k].kind == U_DEMONYM)
			return -1;
	}
	switch (r->u[k].kind) {
	case U_ENT:
		*end = k + 1;
		if (k + 1 < r->n && r->u[k + 1].kind == U_POSS) {
			/* "the AU's High-Level Panel": the possessor qualifies the organisation that follows */
			if (k + 2 < r->n && r->u[k + 2].kind == U_ENT && ent_type(r, r->u[k + 2].ent) != KG_TYPE_PERSON) {
				*end = k + 3;
				return r->u[k + 2].ent;
			}
			return -1; /* "Russia's ..." qualifies what follows */
		}
		return r->u[k].ent;
	case U_DESC:
		*end = k + 1;
		return made_entity(r, &r->u[k]);
	case U_PRON:
		*end = k + 1;
		return r->u[k].ent;
	default:
		return -1;
	}
}

/* Noun phrase at unit i going right: its entity (or -1) and one past its end in *end. A person's place
 * belongs to the phrase: "King X of Norland". */
static int np_at(rstate *r, size_t i, size_t *end)
{
	int e = np_at_base(r, i, end);
	size_t k;

	if (e < 0 || ent_type(r, e) != KG_TYPE_PERSON || *end + 1 >= r->n || !is_word(&r->u[*end], "of"))
		return e;
	k = *end + 1;
	if (r->u[k].kind == U_ENT && ent_type(r, r->u[k].ent) == KG_TYPE_PLACE &&
	    !(k + 1 < r->n && r->u[k + 1].kind == U_POSS))
		*end += 2;
	/* "General Secretary X of the Vietnamese Party met Y": the person's party or body, not a side of
	 * the meeting */
	else if (k + 1 < r->n && is_word(&r->u[k], "the") && r->u[k + 1].kind == U_ENT &&
		 ent_type(r, r->u[k + 1].ent) == KG_TYPE_ORG && !(k + 2 < r->n && r->u[k + 2].kind == U_POSS) &&
		 i > 0 && r->u[i - 1].kind == U_TITLE)
		*end += 3;
	return e;
}

/* The person who leads the group that ends at unit k: "[,] led by X", "headed by X"; -1 when none.
 * *end gets one past the person's phrase. */
static int leader_after(rstate *r, size_t k, size_t *end)
{
	int e;

	/* "a delegation of the International Monetary Fund (IMF) led by X": past the short name */
	if (k + 2 < r->n && is_word(&r->u[k], "(") && r->u[k + 1].kind == U_ENT && is_word(&r->u[k + 2], ")"))
		k += 3;
	if (k < r->n && is_word(&r->u[k], ","))
		k++;
	if (k + 2 >= r->n || !(is_word(&r->u[k], "led") || is_word(&r->u[k], "headed") || is_word(&r->u[k], "chaired")) ||
	    !is_word(&r->u[k + 1], "by"))
		return -1;
	e = np_at(r, k + 2, end);
	/* "chaired by Swedish IOC member X": past what the person is */
	for (size_t q = k + 2; (e < 0 || ent_type(r, e) != KG_TYPE_PERSON) && q + 1 < r->n && q - k < 7 &&
			       !is_word(&r->u[q], ","); q++)
		if (r->u[q + 1].kind == U_ENT && ent_type(r, r->u[q + 1].ent) == KG_TYPE_PERSON) {
			e = r->u[q + 1].ent;
			*end = q + 2;
		}
	return e >= 0 && ent_type(r, e) == KG_TYPE_PERSON ? e : -1;
}

/* Words for a party of people sent somewhere. */
static const char *const delegation_nouns[] = { "delegation", "mission", "team", "executives", "representatives", "officials", NULL };

/* 1 when a delegation noun and "from" or "of" (and an article) stand right before unit i: "a
 * delegation from [the World Bank]". */
static int delegation_of_before(const rstate *r, size_t i)
{
	if (i > 0 && (is_word(&r->u[i - 1], "the") || is_word(&r->u[i - 1], "a")))
		i--;
	return i >= 2 && (is_word(&r->u[i - 1], "from") || is_word(&r->u[i - 1], "of")) && r->u[i - 2].kind == U_WORD &&
	       in_list(delegation_nouns, r->u[i - 2].low);
}

/* 1 when unit i is a description ending in a delegation noun: "The Nigerian delegation". */
static int delegation_desc(const rstate *r, size_t i)
{
	char last[16];

	if (i >= r->n || r->u[i].kind != U_DESC)
		return 0;
	ner_lower(r->c->p, r->u[i].t1 - 1, last, sizeof(last));
	return in_list(delegation_nouns, last);
}

static int ing_form(const unit *u);

/* "a delegation led by X", "the Chinese trade mission headed by X" at unit i: the leader, or -1;
 * *end gets one past the phrase. */
static int led_delegation_at(rstate *r, size_t i, size_t *end)
{
	size_t k = i;

	if (k < r->n && (is_word(&r->u[k], "a") || is_word(&r->u[k], "an") || is_word(&r->u[k], "the")))
		k++;
	/* "a visiting IMF mission headed by X": a body's name may say whose it is */
	while (k < r->n && k - i < 4 && (r->u[k].kind == U_DEMONYM ||
					 (r->u[k].kind == U_ENT && ent_type(r, r->u[k].ent) == KG_TYPE_ORG) ||
					 (r->u[k].kind == U_WORD && !in_list(np_stop, r->u[k].low) &&
					  !in_list(delegation_nouns, r->u[k].low))))
		k++;
	if (k >= r->n || r->u[k].kind != U_WORD || !in_list(delegation_nouns, r->u[k].low))
		return -1;
	/* "a delegation from the World Bank led by X", "a delegation of U.S. business leaders led by X":
	 * whose or what delegation it is, then its leader */
	if (k + 3 < r->n && (is_word(&r->u[k + 1], "from") || is_word(&r->u[k + 1], "of"))) {
		size_t q = k + 2;
		while (q < r->n && q - k < 10 && !is_word(&r->u[q], "led") && !is_word(&r->u[q], "headed") &&
		       (r->u[q].kind != U_PUNCT ||
			/* "of the International Monetary Fund (IMF) led by X": the short name in brackets */
			(is_word(&r->u[q], "(") && q + 2 < r->n && r->u[q + 1].kind == U_ENT && is_word(&r->u[q + 2], ")"))) &&
		       /* "a delegation of mining investors led by": an -ing form modifying a noun */
		       (!verb_form(&r->u[q]) || (ing_form(&r->u[q]) && q + 1 < r->n && r->u[q + 1].kind == U_WORD &&
						 !verb_form(&r->u[q + 1]))) &&
		       !(r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PERSON))
			q += is_word(&r->u[q], "(") ? 3 : 1;
		if (q < r->n && (is_word(&r->u[q], "led") || is_word(&r->u[q], "headed")))
			k = q - 1;
		/* "a delegation from the Asian Development Bank, led by X" */
		else if (q + 1 < r->n && is_word(&r->u[q], ",") && (is_word(&r->u[q + 1], "led") || is_word(&r->u[q + 1], "headed")))
			k = q - 1;
		/* "a delegation from Fukuoka, Japan, led by X": a town and its country */
		else if (q + 3 < r->n && is_word(&r->u[q], ",") && r->u[q + 1].kind == U_ENT &&
			 ent_type(r, r->u[q + 1].ent) == KG_TYPE_PLACE && is_word(&r->u[q + 2], ",") &&
			 (is_word(&r->u[q + 3], "led") || is_word(&r->u[q + 3], "headed")))
			k = q + 1;
		/* "a delegation from NordMilk, a Danish dairy cooperative, led by X": past what the body is */
		else if (q + 3 < r->n && is_word(&r->u[q], ",") &&
			 (is_word(&r->u[q + 1], "a") || is_word(&r->u[q + 1], "an") || is_word(&r->u[q + 1], "the"))) {
			size_t c2 = q + 2;
			while (c2 < r->n && c2 - q < 8 && r->u[c2].kind != U_PUNCT && !verb_form(&r->u[c2]) &&
			       !(r->u[c2].kind == U_ENT && ent_type(r, r->u[c2].ent) == KG_TYPE_PERSON))
				c2++;
			if (c2 + 1 < r->n && is_word(&r->u[c2], ",") && (is_word(&r->u[c2 + 1], "led") || is_word(&r->u[c2 + 1], "headed")))
				k = c2 - 1;
		}
	}
	return leader_after(r, k + 1, end);
}

/* Adverbs that may stand after the "and" of a list: "A, B, and most recently C". */
static const char *const list_adverbs[] = { "most", "recently", "also", "then", "finally", "later", "lastly", NULL };

/* Group of noun phrases starting at unit i: "A", "A and B", "A, B and C", "both A and B". */
static int group_at(rstate *r, size_t i, group *g)
{
	size_t end;
	int e;

	g->n = 0;
	g->u0 = i;
	/* "both leaders", "both ministers" with no names after them: the two of the story */
	if (i + 1 < r->n && is_word(&r->u[i], "both") && r->u[i + 1].kind == U_WORD &&
	    in_list(people_nouns, r->u[i + 1].low) && !(i + 2 < r->n && r->u[i + 2].kind == U_ENT)) {
		if (!the_two(r, i, g))
			return 0;
		g->u1 = i + 2;
		return 2;
	}
	/* "their foreign ministers, A and B", "the delegations' chiefs, A and B": people a plural noun of
	 * offices names, after its comma */
	if (i + 3 < r->n && (is_word(&r->u[i], "their") || is_word(&r->u[i], "his") || is_word(&r->u[i], "her") ||
			     is_word(&r->u[i], "the") || is_word(&r->u[i], "its"))) {
		static const char *const plural_offices[] = { "ministers", "secretaries", "envoys", "advisers", "advisors",
							      "deputies", "chiefs", "aides", "ambassadors", "spouses",
							      "wives", "husbands", "counterparts", "leaders", "heads", NULL };
		size_t q = i + 1;
		while (q < r->n && q - i <= 3 && r->u[q].kind == U_WORD && !in_list(plural_offices, r->u[q].low) &&
		       !verb_form(&r->u[q]) && !in_list(np_stop, r->u[q].low))
			q++;
		if (q + 2 < r->n && r->u[q].kind == U_WORD && in_list(plural_offices, r->u[q].low) &&
		    is_word(&r->u[q + 1], ",")) {
			group h;
			if (group_at(r, q + 2, &h) >= 2) {
				*g = h;
				g->u0 = i;
				return (int)g->n;
			}
		}
	}
	/* "(spoke to) his Kenyan counterpart (by phone)", no name after it: the one the document named
	 * with an office of that country */
	if (i + 1 < r->n && (is_word(&r->u[i], "his") || is_word(&r->u[i], "her")))
		i++; /* "his" may have been passed over already */
	if (i + 1 < r->n && i > 0 && (is_word(&r->u[i - 1], "his") || is_word(&r->u[i - 1], "her")) &&
	    ((r->u[i].kind == U_DEMONYM && r->u[i].country) || (r->u[i].kind == U_ENT && is_country(r, r->u[i].ent))) &&
	    is_word(&r->u[i + 1], "counterpart") &&
	    !(i + 2 < r->n && (r->u[i + 2].kind == U_ENT || r->u[i + 2].kind == U_TITLE ||
			       (is_word(&r->u[i + 2], ",") && i + 3 < r->n &&
				(r->u[i + 3].kind == U_ENT || r->u[i + 3].kind == U_TITLE))))) {
		int found = -1, n = 0, same = -1, n_same = 0, his = pronoun_person(r, i - 1);
		const char *country = r->u[i].kind == U_ENT ? r->c->e[r->u[i].ent].name : r->u[i].country;
		const char *own = his >= 0 ? r->c->e[his].title : NULL;
		for (size_t q = 0; q < r->c->n_e; q++) {
			const dent *d = &r->c->e[q];
			if (d->type == KG_TYPE_PERSON && d->title && national_title(d->title) && d->title_of >= 0 &&
			    strcmp(r->c->e[d->title_of].name, country) == 0) {
				found = (int)q;
				n++;
				/* of several, the one whose office is the speaker's own: a counterpart */
				if (own && strcmp(d->title, own) == 0) {
					same = (int)q;
					n_same++;
				}
			}
		}
		if (n > 1 && n_same == 1) {
			found = same;
			n = 1;
		}
		if (n == 1) {
			g->ents[g->n++] = found;
			g->u1 = i + 2;
			return 1;
		}
	}
	i = g->u0;
	/* "the three leaders", "the four ministers": the people of the document's latest meeting of that many */
	if (i + 2 < r->n && is_word(&r->u[i], "the") && r->u[i + 2].kind == U_WORD && in_list(people_nouns, r->u[i + 2].low)) {
		static const char *const counts[] = { "three", "four", "five", "six", NULL };
		size_t want = 0;
		for (size_t q = 0; counts[q]; q++)
			if (is_word(&r->u[i + 1], counts[q]))
				want = q + 3;
		for (size_t x = r->n_evs; want && x-- > 0;) {
			const kg_event *ev = &r->evs[x];
			group h;
			if ((ev->flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED)) || ev->type == KG_EVENT_VISIT ||
			    event_people(r, x, &h) != want)
				continue;
			*g = h;
			g->u0 = i;
			g->u1 = i + 3;
			return (int)g->n;
		}
	}
	/* "the two", "the two leaders" */
	if (i + 1 < r->n && is_word(&r->u[i], "the") && is_word(&r->u[i + 1], "two")) {
		size_t a = i + 2;
		/* "the two leaders", "the two prime ministers", not "the two countries" */
		if (a < r->n && r->u[a].kind == U_WORD && in_list(people_nouns, r->u[a].low))
			a++;
		else if (a + 1 < r->n && r->u[a].kind == U_WORD && (!verb_form(&r->u[a]) || is_word(&r->u[a], "visiting")) &&
			 r->u[a + 1].kind == U_WORD && in_list(people_nouns, r->u[a + 1].low))
			a += 2; /* "the two foreign ministers", "the two visiting ministers" */
		else if (a < r->n && (r->u[a].kind == U_WORD || r->u[a].kind == U_POSS) && !in_list(np_stop, r->u[a].low))
			return 0;
		if (a < r->n && r->u[a].kind == U_POSS)
			return 0;
		if (!the_two(r, i, g))
			return 0;
		g->u1 = a;
		return 2;
	}
	e = np_at(r, i, &end);
	/* "Tesla and Norvex chief X": organisations joined by "and" before a title qualify it; the group
	 * is its holder */
	if (e >= 0 && ent_type(r, e) == KG_TYPE_ORG) {
		size_t q = end, end2;
		int p;
		while (q + 1 < r->n && is_word(&r->u[q], "and") && r->u[q + 1].kind == U_ENT &&
		       ent_type(r, r->u[q + 1].ent) == KG_TYPE_ORG)
			q += 2;
		if (q > end && q + 1 < r->n && r->u[q].kind == U_TITLE &&
		    r->u[q + 1].kind == U_ENT && ent_type(r, r->u[q + 1].ent) == KG_TYPE_PERSON &&
		    (p = np_at(r, q - 1, &end2)) == r->u[q + 1].ent) {
			e = p;
			end = end2;
		}
	}
	/* "met a visiting IMF mission headed by X": the body's mission, whose leader stands for it */
	if (e >= 0 && ent_type(r, e) == KG_TYPE_ORG && end < r->n && r->u[end].kind == U_WORD &&
	    in_list(delegation_nouns, r->u[end].low)) {
		size_t end2;
		int l = led_delegation_at(r, i, &end2);
		if (l >= 0) {
			e = l;
			end = end2;
		}
	}
	if (e < 0) {
		/* "received a delegation led by X": the delegation's leader stands for it */
		if ((e = led_delegation_at(r, i, &end)) < 0)
			return 0;
		g->ents[g->n++] = e;
		g->u1 = end;
		return 1;
	}
	g->ents[g->n++] = e;
	g->u1 = end;
	/* "Xian, China": a city and the country it is in */
	if (ent_type(r, e) == KG_TYPE_PLACE && end + 1 < r->n && is_word(&r->u[end], ",") && r->u[end + 1].kind == U_ENT &&
	    ent_type(r, r->u[end + 1].ent) == KG_TYPE_PLACE) {
		kg_place pl, cpl;
		const char *city = r->c->e[e].name, *country = r->c->e[r->u[end + 1].ent].name;
		int known = kg_lex_place(r->c->lex, city, strlen(city), &pl);
		/* a town the gazetteer puts in that country, or in none it knows ("Xian") */
		if (kg_lex_place(r->c->lex, country, strlen(country), &cpl) && cpl.kind == KG_PLACE_COUNTRY &&
		    (!known || (pl.kind != KG_PLACE_COUNTRY && pl.kind != KG_PLACE_CONTINENT &&
				(!pl.country || strcmp(pl.country, country) == 0)))) {
			g->ents[g->n++] = r->u[end + 1].ent;
			g->u1 = end + 2;
		}
	}
	/* "met a US congressional delegation led by X": its leader takes part too */
	if (ent_type(r, e) == KG_TYPE_ORG && !r->c->e[e].named) {
		int l = leader_after(r, end, &end);
		if (l >= 0) {
			g->ents[g->n++] = l;
			g->u1 = end;
			return (int)g->n;
		}
	}
	{
		/* where the group stood before its first bare comma: a list "A, B" needs an "and" to close it
		 * ("In Oslo, Varga met" is no group of two) */
		size_t comma_n = 0, comma_u1 = 0;
		int seen_and = 0;
	for (;;) {
		size_t k = g->u1, end2;
		int e2, comma = 0;

		if (k < r->n && is_word(&r->u[k], ",")) {
			k++;
			comma = 1;
		}
		if (k + 2 < r->n && is_word(&r->u[k], "as") && is_word(&r->u[k + 1], "well") && is_word(&r->u[k + 2], "as")) {
			k += 3; /* "A, as well as B" */
			seen_and = 1;
			comma = 0;
		} else if (k < r->n && is_word(&r->u[k], "and")) {
			k++;
			seen_and = 1;
			comma = 0;
			while (k < r->n && r->u[k].kind == U_WORD && in_list(list_adverbs, r->u[k].low))
				k++;
		}
		if (comma && !comma_n) {
			comma_n = g->n;
			comma_u1 = g->u1;
		}
		if (k < r->n && k > g->u1 && is_word(&r->u[k], "with"))
			k++; /* "with A and with B" */
		if (k == g->u1 || k >= r->n)
			break;
		e2 = np_at(r, k, &end2);
		if (e2 < 0 || g->n == MAX_GROUP)
			break;
		/* an appositive title after a comma is not a new member: "X, Halvik's chief of staff" */
		for (size_t m = 0; m < g->n && e2 >= 0; m++)
			if (g->ents[m] == e2)
				e2 = -1;
		if (e2 >= 0)
			g->ents[g->n++] = e2;
		g->u1 = end2;
	}
		if (comma_n && !seen_and) {
			g->n = comma_n;
			g->u1 = comma_u1;
		}
	}
	return (int)g->n;
}

/* Skips an appositive (", Q's TITLE,") or relative clause (", who ... ,") that ends at the comma at
 * unit k, going left. Returns the unit index before it, or k when there is none. */
static size_t skip_inserted_left(const rstate *r, size_t k)
{
	for (size_t q = k; q-- > 0;) {
		if (is_word(&r->u[q], ",") || is_word(&r->u[q], "-")) {
			int has_title = 0, has_verb = 0, has_person = 0, rel = 0;
			if (q + 1 < k && (is_word(&r->u[q + 1], "who") || is_word(&r->u[q + 1], "which")))
				rel = 1;
			/* "X, a veteran diplomat who once served ..., met": an appositive after a person; "X,
			 * previously the company's finance director, met": an adverb of time may open it */
			{
				static const char *const then_words[] = { "previously", "formerly", "currently", "now",
									  "once", "until", "recently", NULL };
				size_t a = q + 1;
				if (a + 1 < k && r->u[a].kind == U_WORD && in_list(then_words, r->u[a].low))
					a++;
				if (a < k && q > 0 && (is_word(&r->u[a], "a") || is_word(&r->u[a], "an") ||
						       is_word(&r->u[a], "the")) &&
				    r->u[q - 1].kind == U_ENT && ent_type(r, r->u[q - 1].ent) == KG_TYPE_PERSON)
					rel = 1;
			}
			/* ", led by X and Y," ", accompanied by X,": a participle clause */
			if (q + 2 < k && r->u[q + 1].kind == U_WORD && r->u[q + 1].lemma[0] && is_word(&r->u[q + 2], "by"))
				rel = 1;
			for (size_t j = q + 1; j < k; j++) {
				if (r->u[j].kind == U_TITLE)
					has_title = 1;
				/* "chairman of the board of X": a verb form after a determiner is a noun */
				if (r->u[j].lemma[0] && r->u[j].kind == U_WORD &&
				    !(j > q + 1 && (r->u[j - 1].kind == U_POSS || is_word(&r->u[j - 1], "the") ||
						    is_word(&r->u[j - 1], "a") || is_word(&r->u[j - 1], "an") ||
						    is_word(&r->u[j - 1], "its"))))
					has_verb = 1;
				if (r->u[j].kind == U_ENT && ent_type(r, r->u[j].ent) == KG_TYPE_PERSON)
					has_person = 1;
			}
			/* "Pakistan's army chief, Field Marshal X, met": the titled name after a description is the
			 * person it describes, not an aside */
			if (!rel && has_person && q > 0 &&
			    !(r->u[q - 1].kind == U_ENT && ent_type(r, r->u[q - 1].ent) == KG_TYPE_PERSON))
				return k;
			if (rel || (has_title && !has_verb))
				return q;
			return k;
		}
	}
	return k;
}

/* 1 and *g when a noun phrase group ends exactly at unit j (exclusive), starting within a few units. */
static int phrase_ending(rstate *r, size_t j, group *g)
{
	size_t saved_n = r->n;
	int found = 0;

	r->n = j;
	for (size_t s = j; s-- > 0 && j - s <= 8;) {
		group tmp;
		if (is_word(&r->u[s], ",") || is_word(&r->u[s], "."))
			break;
		if (group_at(r, s, &tmp) && tmp.u1 == j) {
			*g = tmp;
			found = 1;
		}
	}
	r->n = saved_n;
	return found;
}

/* Subject group ending before unit k: walks left over auxiliaries and adverbs. *neg and *planned
 * report what it walked over. */
static int subject_left(rstate *r, size_t k, group *g, int *neg, int *planned);
static int people_including(rstate *r, size_t j, group *o);
static int respective_people(rstate *r, size_t q, group *o, group *places);

/* The subject of the inflected verb before unit a, within twelve units of the same clause (no "who",
 * "which", "that", ";", ":" or "and" between): what serves a verb after "and" ("X visited P last week
 * and met Y") or a journey after "during" ("X announced it during a visit to P"). Returns the group
 * size. */
static int shared_subject(rstate *r, size_t a, group *g)
{
	for (size_t v = a; v-- > 0 && a - v <= 12;) {
		const unit *u = &r->u[v];
		int neg = 0, planned = 0;

		if (is_word(u, "who") || is_word(u, "which") || is_word(u, "that") || is_word(u, ";") ||
		    is_word(u, ":") || is_word(u, ".") || is_word(u, "and"))
			return 0;
		/* "did not attend but spoke": an auxiliary carries the clause's subject */
		if (is_word(u, "did") || is_word(u, "does") || is_word(u, "has") || is_word(u, "had") ||
		    is_word(u, "was") || is_word(u, "were") || is_word(u, "is"))
			return subject_left(r, v, g, &neg, &planned);
		/* "held talks with A and paid a courtesy call on B": "talks" is the noun of the light verb
		 * before it, whose subject serves */
		if (u->kind != U_WORD || !u->lemma[0] || strcmp(u->lemma, u->low) == 0 || is_word(u, "talks"))
			continue;
		/* "on Wednesday evening": a word of when, though "evening" is a verb's form too */
		if (is_word(u, "evening") || is_word(u, "morning"))
			continue;
		/* "paid a working visit to P, meeting X", "for a two-day working visit and was received": a
		 * participle after an article (and a modifier) modifies a noun */
		if (v > 0 && (is_word(&r->u[v - 1], "a") || is_word(&r->u[v - 1], "an") || is_word(&r->u[v - 1], "the")))
			continue;
		if (v > 1 && (is_word(&r->u[v - 2], "a") || is_word(&r->u[v - 2], "an") || is_word(&r->u[v - 2], "the")) &&
		    r->u[v - 1].kind == U_WORD && !verb_form(&r->u[v - 1]))
			continue;
		return subject_left(r, v, g, &neg, &planned);
	}
	return 0;
}

static size_t entourage_tail(const rstate *r, size_t j);

/* The people "they" at unit k stands for: the last coordination of two or more people before it that
 * was a verb's subject, in this sentence or the one before ("A and B visited the White House, where
 * they met C"), or one person with a retinue ("X and his delegation landed, where they ..."); 0 when
 * none. */
static int they_group(rstate *r, size_t k, group *g)
{
	const nctx *c = r->c;

	for (size_t si = r->si + 1; si-- > 0 && r->si - si <= 1;) {
		unit *u = c->units[si];
		size_t n = c->n_units[si], end = si == r->si ? k : n;
		int found = 0;
		rstate tmp = *r;

		tmp.si = si;
		tmp.u = u;
		tmp.n = n;
		for (size_t i = 0; i < end; i++) {
			group h;
			if (i > 0 && !(u[i - 1].kind == U_PUNCT || is_word(&u[i - 1], "the")) && u[i - 1].kind != U_TITLE &&
			    u[i - 1].kind != U_DEMONYM && u[i - 1].kind != U_ENT)
				continue;
			if (group_at(&tmp, i, &h) >= 2 && h.u1 < end && u[h.u1].kind == U_WORD && verb_form(&u[h.u1])) {
				int all = 1;
				for (size_t q = 0; q < h.n; q++)
					all &= ent_type(r, h.ents[q]) == KG_TYPE_PERSON;
				/* the longest coordination ending there: "A, B and C", not "B and C" */
				if (all && (!found || h.u1 > g->u1)) {
					*g = h;
					found = 1;
				}
			} else if (!found && group_at(&tmp, i, &h) == 1 && ent_type(r, h.ents[0]) == KG_TYPE_PERSON &&
				   h.u1 < end && is_word(&u[h.u1], "and")) {
				/* "X and his delegation landed at P, where they were received": X */
				for (size_t j = h.u1 + 3; j < end && j - h.u1 <= 7; j++)
					if (u[j].kind == U_WORD && verb_form(&u[j]) && entourage_tail(&tmp, j) == h.u1) {
						*g = h;
						found = 1;
						break;
					}
			}
		}
		if (found) {
			/* the units are this sentence's only when the group is in it */
			if (si != r->si)
				g->u0 = g->u1 = k;
			return 1;
		}
	}
	return 0;
}

/* "President A and his wife, B, hosted": the person whose spouse is named after the comma at unit c, in g
 * (one person, its unit first); 0 when the words before c differ. */
static int spouse_before(const rstate *r, size_t c, group *g)
{
	static const char *const spouses[] = { "wife", "husband", "spouse", NULL };
	size_t a = c - 4;

	if (c < 4 || !is_word(&r->u[c], ",") || r->u[c - 1].kind != U_WORD || !in_list(spouses, r->u[c - 1].low) ||
	    !(is_word(&r->u[c - 2], "his") || is_word(&r->u[c - 2], "her")) || !is_word(&r->u[c - 3], "and") ||
	    r->u[a].kind != U_ENT || ent_type(r, r->u[a].ent) != KG_TYPE_PERSON)
		return 0;
	while (a > 0 && r->u[a - 1].kind == U_TITLE)
		a--;
	g->ents[0] = r->u[c - 4].ent;
	g->n = 1;
	g->u0 = a;
	g->u1 = c - 3;
	return 1;
}

/* Where the subject ending at unit j begins its retinue, "[X] and his delegation", "[X] and members of
 * his cabinet", "[X] and their entourage": the unit of "and" when the words from it to j are a
 * possessive or "the", maybe "members of", and nouns of a retinue; else j. */
static size_t entourage_tail(const rstate *r, size_t j)
{
	static const char *const retinue[] = { "delegation", "delegations", "entourage", "team", "cabinet", "party",
					       "wife", "husband", "spouse", "aides", "ministers", "colleagues", NULL };
	size_t q;

	if (j < 3 || r->u[j - 1].kind != U_WORD || !in_list(retinue, r->u[j - 1].low))
		return j;
	q = j - 1;
	/* "his delegation", "the Guyanese delegation", "his senior aides": up to two modifiers */
	while (q > 0 && j - q <= 3 && r->u[q - 1].kind != U_ENT &&
	       !(is_word(&r->u[q - 1], "his") || is_word(&r->u[q - 1], "her") || is_word(&r->u[q - 1], "their") ||
		 is_word(&r->u[q - 1], "the") || is_word(&r->u[q - 1], "and")))
		q--;
	if (q == 0 || !(is_word(&r->u[q - 1], "his") || is_word(&r->u[q - 1], "her") || is_word(&r->u[q - 1], "their") ||
			is_word(&r->u[q - 1], "the")))
		return j;
	q--;
	/* "members of his cabinet", "the members of the delegation" */
	if (q >= 2 && is_word(&r->u[q - 1], "of") && is_word(&r->u[q - 2], "members")) {
		q -= 2;
		if (q >= 1 && is_word(&r->u[q - 1], "the"))
			q--;
	}
	return q >= 2 && is_word(&r->u[q - 1], "and") && r->u[q - 2].kind == U_ENT ? q - 1 : j;
}

/* Nouns of bodies a person leads or chairs, which "led by", "headed by" or "chaired by" can follow. */
static const char *const led_bodies[] = { "commission", "committee", "delegation", "mission", "team", "panel",
					  "group", "board", "council", NULL };

/* The latest event before index before that the two sentences before this one told as done, a meeting
 * or a visit (no call, nothing negated or planned); -1 when there is none. */
static long told_before(const rstate *r, long before)
{
	for (long ei = before; ei-- > 0;) {
		const kg_event *ev = &r->evs[ei];
		if (ev->evidence.sentence < (long)r->si - 2)
			return -1;
		if (ev->evidence.sentence == (long)r->si || (ev->flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED)) ||
		    ev->type == KG_EVENT_CALL)
			continue;
		return ei;
	}
	return -1;
}

/* "The delegation met Y", "The visitors later toured P": when the sentence opens with "the" and a noun
 * of visiting people that ends at unit j, the guests of the latest visit or meeting the two sentences
 * before told of (those who travelled or were received), in g; 0 when there are none. */
static int visiting_party(rstate *r, size_t j, group *g)
{
	static const char *const parties[] = { "delegation", "visitors", "guests", "delegates", "mission", NULL };
	size_t a = j;

	if (!(a >= 2 && r->u[a - 1].kind == U_WORD && in_list(parties, r->u[a - 1].low) && is_word(&r->u[a - 2], "the")))
		return 0;
	a -= 2;
	if (a != story_start(r))
		return 0;
	for (long ei = told_before(r, (long)r->n_evs); ei >= 0; ei = told_before(r, ei)) {
		const kg_event *ev = &r->evs[ei];
		memset(g, 0, sizeof(*g));
		for (size_t m = 0; m < ev->n_participants && g->n < MAX_GROUP; m++) {
			int p = ev->participants[m].role == KG_ROLE_GUEST ? person_named(r, ev->participants[m].name) : -1;
			if (p >= 0)
				g->ents[g->n++] = p;
		}
		if (g->n) {
			g->u0 = a;
			g->u1 = j;
			return 1;
		}
	}
	/* no visit or meeting of theirs told yet: the leader of the delegation the last sentences named */
	if (r->party_leader >= 0 && r->party_si < r->si && r->party_si + 3 >= r->si && !is_word(&r->u[j - 1], "guests") &&
	    !is_word(&r->u[j - 1], "visitors")) {
		memset(g, 0, sizeof(*g));
		g->ents[0] = r->party_leader;
		g->n = 1;
		g->u0 = a;
		g->u1 = j;
		return 1;
	}
	return 0;
}

static int subject_left(rstate *r, size_t k, group *g, int *neg, int *planned)
{
	size_t j = k, saved_n, n_along = 0;
	int found, along[4];

	/* "X did not attend but spoke with Y": the subject of the verb before "but", not its negation */
	if (k >= 3 && is_word(&r->u[k - 1], "but"))
		return shared_subject(r, k - 1, g);
	/* "..., where they met C": the people "they" stands for */
	{
		size_t v = k;
		while (v > 0 && r->u[v - 1].kind == U_WORD && in_list(skip_left, r->u[v - 1].low))
			v--;
		if (v > 0 && is_word(&r->u[v - 1], "they") && they_group(r, v - 1, g))
			return (int)g->n;
	}
	while (j > 0) {
		unit *u = &r->u[j - 1];
		/* "X on March 18 received Y", "X, on 5 March, received Y": a date before the verb */
		{
			size_t q = j, e = j;
			int comma_after = 0;
			if (is_word(&r->u[q - 1], ",")) {
				e = --q;
				comma_after = 1;
			}
			while (q > 0 && e - q < 4 && r->u[q - 1].kind == U_WORD &&
			       ((r->u[q - 1].lex & KG_LEX_MONTH) || (r->c->p->tokens[r->u[q - 1].t0].flags & KG_TOK_NUM)))
				q--;
			/* ", on 5 March," closes its comma; "X, Deputy Minister, on March 18 received" may not */
			if (q < e && q >= 2 && is_word(&r->u[q - 1], "on") && (!comma_after || is_word(&r->u[q - 2], ","))) {
				j = q - 1;
				continue;
			}
		}
		/* "Cricket South Africa (CSA) has appointed Y": the name's short form in brackets */
		if (is_word(u, ")") && j >= 4 && is_word(&r->u[j - 3], "(") && r->u[j - 2].kind == U_ENT &&
		    r->u[j - 4].kind == U_ENT && r->u[j - 2].ent == r->u[j - 4].ent) {
			j -= 3;
			break;
		}
		/* "X, on Monday (June 9) welcomed Y": a bracketed date or aside of no name */
		if (is_word(u, ")")) {
			size_t q = j - 1;
			while (q > 0 && j - q <= 6 && !is_word(&r->u[q - 1], "(") && r->u[q - 1].kind != U_ENT)
				q--;
			if (q > 0 && is_word(&r->u[q - 1], "(")) {
				j = q - 1;
				continue;
			}
		}
		if (u->kind == U_WORD && in_list(skip_left, u->low)) {
			if (in_list(negations, u->low))
				*neg = 1;
			if (in_list(planned_words, u->low))
				*planned = 1;
			j--;
			continue;
		}
		if (is_word(u, "who") || is_word(u, "which") || is_word(u, "that")) {
			/* relative clause: the antecedent stands before the comma — the phrase right there when it
			 * is a person ("al-Khatib, who also heads"), else past an appositive */
			if (j >= 2 && is_word(&r->u[j - 2], ",")) {
				group g2;
				/* "a delegation led by X, who heads Y": the one person before the comma, not the
				 * delegation whose phrase ends in that person */
				if (is_word(u, "who") && j >= 3 && r->u[j - 3].kind == U_ENT &&
				    ent_type(r, r->u[j - 3].ent) == KG_TYPE_PERSON && j >= 5 && is_word(&r->u[j - 4], "by") &&
				    r->u[j - 5].kind == U_WORD && verb_form(&r->u[j - 5])) {
					g->ents[0] = r->u[j - 3].ent;
					g->n = 1;
					g->u0 = j - 3;
					g->u1 = j - 2;
					return 1;
				}
				/* "received X, Minister of Foreign Affairs of Y, who is on a visit": the person the
				 * appositive describes */
				size_t before = skip_inserted_left(r, j - 2);
				if (is_word(u, "who") && before < j - 2 && before >= 1 && r->u[before - 1].kind == U_ENT &&
				    ent_type(r, r->u[before - 1].ent) == KG_TYPE_PERSON && is_word(&r->u[before], ",") &&
				    r->u[before + 1].kind == U_TITLE) {
					g->ents[0] = r->u[before - 1].ent;
					g->n = 1;
					g->u0 = before - 1;
					g->u1 = before;
					return 1;
				}
				if (is_word(u, "who") && phrase_ending(r, j - 2, &g2) && ent_type(r, g2.ents[0]) == KG_TYPE_PERSON) {
					j = j - 2;
					break;
				}
				j = before < j - 2 ? before : j - 2;
				continue;
			}
			j--;
			continue;
		}
		if (is_word(u, ",") && j >= 2) {
			size_t before;
			/* "Leaders of the bloc, including A, B and C, gathered": the people listed are the subject */
			if (people_including(r, story_start(r), g) && g->u1 == j - 1)
				return 1;
			/* "X, alongside Y, met Z", "X, together with Y, ...": Y is of the subject too */
			{
				size_t a = j - 1, n0 = n_along;
				while (a > 0 && j - a < 12 && !is_word(&r->u[a - 1], ",") && r->u[a - 1].kind != U_WORD)
					a--;
				if (a >= 2 && a < j - 1 && r->u[a - 1].kind == U_WORD &&
				    (is_word(&r->u[a - 1], "alongside") ||
				     (is_word(&r->u[a - 1], "with") && (is_word(&r->u[a - 2], "together") || is_word(&r->u[a - 2], "along"))))) {
					size_t c = is_word(&r->u[a - 1], "with") ? a - 2 : a - 1;
					for (size_t q = a; q < j - 1 && n_along < 4; q++)
						if (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PERSON &&
						    !owner_before_lower_title(r, q))
							along[n_along++] = r->u[q].ent;
					if (n_along > n0 && c >= 2 && is_word(&r->u[c - 1], ",")) {
						j = c - 1;
						continue;
					}
					n_along = n0;
				}
			}
			before = skip_inserted_left(r, j - 1);
			if (before < j - 1) {
				j = before;
				continue;
			}
			/* "X, spoke": a name set off by commas before its verb */
			if (r->u[j - 2].kind == U_ENT && ent_type(r, r->u[j - 2].ent) == KG_TYPE_PERSON) {
				size_t b = j - 2;
				/* "Vietnam's top legislator, National Assembly Chairman X, received": the office's
				 * owner before its title belongs to the name set off */
				while (b > 0 && (r->u[b - 1].kind == U_TITLE ||
						 (r->u[b].kind == U_TITLE && (r->u[b - 1].kind == U_DEMONYM || r->u[b - 1].kind == U_POSS ||
									      (r->u[b - 1].kind == U_ENT &&
									       ent_type(r, r->u[b - 1].ent) != KG_TYPE_PERSON)))))
					b--;
				if (b >= 6 && spouse_before(r, b - 1, g)) {
					g->ents[g->n++] = r->u[j - 2].ent;
					g->u1 = j - 1;
					return (int)g->n;
				}
				if (b == 0 || is_word(&r->u[b - 1], ",")) {
					j--;
					break;
				}
			}
		}
		break;
	}
	if (j == 0)
		return 0;
	j = entourage_tail(r, j);
	/* "He and Metcalfe were received by X": the one "he" stands for and the person named */
	if (j >= 3 && r->u[j - 1].kind == U_ENT && ent_type(r, r->u[j - 1].ent) == KG_TYPE_PERSON &&
	    is_word(&r->u[j - 2], "and") && r->u[j - 3].kind == U_PRON && r->u[j - 3].ent >= 0 &&
	    ent_type(r, r->u[j - 3].ent) == KG_TYPE_PERSON && r->u[j - 3].ent != r->u[j - 1].ent &&
	    (j == 3 || r->u[j - 4].kind == U_PUNCT || is_word(&r->u[j - 4], "where") || is_word(&r->u[j - 4], "when"))) {
		memset(g, 0, sizeof(*g));
		g->ents[0] = r->u[j - 3].ent;
		g->ents[1] = r->u[j - 1].ent;
		g->n = 2;
		g->u0 = j - 3;
		g->u1 = j;
		return 2;
	}
	/* find the start of the group that ends at j; nothing past j belongs to it */
	saved_n = r->n;
	r->n = j;
	found = 0;
	/* the leftmost start of a phrase or coordination that ends exactly here ("the Pakistani foreign
	 * minister", not just "foreign minister"; "Varga and Holm") */
	for (size_t s = j; s-- > 0;) {
		group tmp;
		if (is_word(&r->u[s], ".") || is_word(&r->u[s], ";") || is_word(&r->u[s], ":"))
			break;
		if (group_at(r, s, &tmp) && tmp.u1 == j) {
			*g = tmp;
			found = (int)g->n;
		}
		if (j - s > 24)
			break;
	}
	r->n = saved_n;
	/* "A delegation from the World Bank, led by X, called on Y": the delegation's leader acts */
	/* ... and "The IOC Coordination Commission, chaired by X, was welcomed": its chair */
	if (found == 1 && ent_type(r, g->ents[0]) == KG_TYPE_ORG &&
	    (delegation_of_before(r, g->u0) ||
	     delegation_desc(r, g->u0 + (is_word(&r->u[g->u0], "the") || is_word(&r->u[g->u0], "a"))) ||
	     (j + 2 < r->n && is_word(&r->u[j], ",") && is_word(&r->u[j + 1], "chaired")))) {
		size_t end;
		int leader = leader_after(r, j, &end);
		if (leader >= 0)
			g->ents[0] = leader;
	}
	for (size_t m = 0; found && m < n_along && g->n < MAX_GROUP; m++) {
		size_t x = 0;
		while (x < g->n && g->ents[x] != along[m])
			x++;
		if (x == g->n)
			g->ents[g->n++] = along[m];
		found = (int)g->n;
	}
	if (!found && j >= 2 && is_word(&r->u[j - 1], "and"))
		return shared_subject(r, j - 1, g);
	if (!found && visiting_party(r, j, g))
		return (int)g->n;
	/* "The commission, chaired by X, was welcomed by Y": the one who leads the body the noun names */
	if (!found && j >= 1 && r->u[j - 1].kind == U_WORD && in_list(led_bodies, r->u[j - 1].low)) {
		size_t end;
		int leader = leader_after(r, j, &end);
		if (leader >= 0 && end <= k) {
			memset(g, 0, sizeof(*g));
			g->ents[0] = leader;
			g->n = 1;
			g->u0 = end - 1;
			g->u1 = end;
			return 1;
		}
	}
	return found;
}

static int destination(const rstate *r, int e);

/* The unit after the phrases of where and when from unit q on: "in Bangkok", "at the ministry", "on
 * Tuesday", "on March 3", "last week" (up to eight units); q when there are none. */
static size_t where_when_past(const rstate *r, size_t q)
{
	size_t start = q;

	while (q + 1 < r->n && q - start < 8) {
		size_t w = q + 1;
		if (is_word(&r->u[q], "in") || is_word(&r->u[q], "at")) {
			if (is_word(&r->u[w], "the") && w + 1 < r->n)
				w++;
			if (r->u[w].kind != U_ENT || ent_type(r, r->u[w].ent) != KG_TYPE_PLACE)
				break;
			q = w + 1;
		} else if (is_word(&r->u[q], "on") && (r->u[w].lex & (KG_LEX_WEEKDAY | KG_LEX_MONTH))) {
			q = w + 1;
			while (q < r->n && (r->c->p->tokens[r->u[q].t0].flags & KG_TOK_NUM))
				q++;
		} else if ((is_word(&r->u[q], "last") || is_word(&r->u[q], "this")) &&
			   (is_word(&r->u[w], "week") || is_word(&r->u[w], "month") || is_word(&r->u[w], "year"))) {
			q = w + 1;
		} else {
			break;
		}
	}
	return q;
}

/* The unit of the place in "at|in [the] PLACE" opening at j (a place one goes to), and in *w the unit
 * after the filler words that follow it ("on Monday", "today"; not "by"); 0 when j opens no such
 * phrase. */
static size_t past_place(const rstate *r, size_t j, int any_seat, size_t *w)
{
	size_t p;

	static const char *const own_venues[] = { "office", "offices", "residence", "palace", "headquarters", NULL };

	if (!(is_word(&r->u[j], "at") || is_word(&r->u[j], "in")) || j + 2 >= r->n)
		return 0;
	p = is_word(&r->u[j + 1], "the") ? j + 2 : j + 1;
	/* "received at his office today X": the host's own rooms, no name */
	if ((is_word(&r->u[j + 1], "his") || is_word(&r->u[j + 1], "her") || is_word(&r->u[j + 1], "their")) &&
	    r->u[j + 2].kind == U_WORD && in_list(own_venues, r->u[j + 2].low))
		p = j + 2;
	/* "held talks in the Kremlin with X": a seat of government is where, as a place is; with any_seat,
	 * so is any name but a person's ("received at Amiri Diwan on Sunday X", a court read as a body) */
	else if (p + 1 >= r->n || r->u[p].kind != U_ENT ||
		 !(destination(r, r->u[p].ent) || seat_country(r->c->e[r->u[p].ent].name) ||
		   (any_seat && ent_type(r, r->u[p].ent) != KG_TYPE_PERSON)))
		return 0;
	if (p + 1 >= r->n)
		return 0;
	for (*w = p + 1; *w < r->n && *w - p < 4 && r->u[*w].kind == U_WORD && in_list(skip_right, r->u[*w].low) &&
			 !is_word(&r->u[*w], "by");
	     (*w)++)
		;
	return p;
}

/* The unit of "with" after a place named at j: "in Washington (on Monday) with", "at the Akorda with";
 * 0 when there is none. */
static size_t place_then_with(const rstate *r, size_t j)
{
	size_t w;

	if (!past_place(r, j, 0, &w))
		return 0;
	return w < r->n && is_word(&r->u[w], "with") ? w : 0;
}

/* The unit after "at PLACE on DAY" (or "today", "this morning") when it opens the name of a person, a
 * title or a nationality (whom, after where and when: "received at Bayan Palace on Tuesday Egyptian
 * Foreign Minister X"); 0 when the words differ. "at" or "in" is at j; at least one word of when. */
static size_t place_when_then_whom(const rstate *r, size_t j)
{
	size_t p, w;

	if (!(p = past_place(r, j, 1, &w)) || p + 2 >= r->n || w == p + 1 || w >= r->n)
		return 0;
	/* "received at Sakhir Palace on Monday the visiting Foreign Minister of Singapore, X": the article and
	 * "visiting" of the one received */
	/* "received at his office today a delegation from X led by Y" */
	if (w > p + 1 && (is_word(&r->u[w - 1], "a") || is_word(&r->u[w - 1], "an")) && r->u[w].kind == U_WORD &&
	    in_list(delegation_nouns, r->u[w].low))
		return w - 1;
	while (w + 1 < r->n && (is_word(&r->u[w], "the") || is_word(&r->u[w], "visiting")))
		w++;
	if (r->u[w].kind == U_TITLE || r->u[w].kind == U_DEMONYM ||
	    (r->u[w].kind == U_ENT && ent_type(r, r->u[w].ent) == KG_TYPE_PERSON))
		return w;
	return 0;
}

/* 1 when unit j is "HE" in capitals (His Excellency), not the pronoun. */
static int c_upper_he(const rstate *r, size_t j)
{
	const kg_token *t = &r->c->p->tokens[r->u[j].t0];

	return r->u[j].t1 == r->u[j].t0 + 1 && (t->flags & KG_TOK_UPPER) && kg_tok_len(r->c->p, r->u[j].t0) == 2 &&
	       memcmp(kg_tok_str(r->c->p, r->u[j].t0), "HE", 2) == 0;
}

/* "toured the port of Santos", "visited the city of Cali": the place named after the common noun of a
 * place that follows the verb at unit k, in g; 0 when the words differ. */
static int place_of_noun(rstate *r, size_t k, group *g)
{
	static const char *const nouns[] = { "port", "city", "town", "village", "province", "region", "state",
					     "island", "islands", "capital", "district", "county", "area", "site",
					     "ruins", "state of", "department", "municipality", NULL };
	size_t j = k + 1;

	if (j < r->n && is_word(&r->u[j], "the"))
		j++;
	if (j + 2 >= r->n || r->u[j].kind != U_WORD || !in_list(nouns, r->u[j].low) || !is_word(&r->u[j + 1], "of") ||
	    r->u[j + 2].kind != U_ENT || ent_type(r, r->u[j + 2].ent) != KG_TYPE_PLACE)
		return 0;
	memset(g, 0, sizeof(*g));
	g->ents[0] = r->u[j + 2].ent;
	g->n = 1;
	g->u0 = j + 2;
	g->u1 = j + 3;
	return 1;
}

/* "landed at El Dorado airport in Bogota", "arrived at Jomo Kenyatta International Airport in
 * Nairobi": the town of the one site g holds joins it as a second place. */
static void town_of_site(const rstate *r, group *g)
{
	static const char *const sites[] = { "airport", "airbase", "port", "terminal", "station", NULL };
	size_t j = g->u1;
	const char *name;
	kg_place pl;

	if (g->n != 1 || g->n >= MAX_GROUP || ent_type(r, g->ents[0]) != KG_TYPE_PLACE)
		return;
	name = r->c->e[g->ents[0]].name;
	if (j < r->n && r->u[j].kind == U_WORD && in_list(sites, r->u[j].low))
		j++;
	else if (kg_lex_place(r->c->lex, name, strlen(name), &pl) && pl.kind != KG_PLACE_OTHER)
		return; /* "arrived in Nairobi in Kenya": a town, not a site in it */
	if (j + 1 >= r->n || !is_word(&r->u[j], "in") || r->u[j + 1].kind != U_ENT ||
	    ent_type(r, r->u[j + 1].ent) != KG_TYPE_PLACE || r->u[j + 1].ent == g->ents[0])
		return;
	g->ents[g->n++] = r->u[j + 1].ent;
	g->u1 = j + 2;
}

/* Object group after unit k, past filler words and the required preposition (one of need). */
static int object_right(rstate *r, size_t k, const char *need, group *g)
{
	size_t j = k + 1, w;
	int found_need = need == NULL;

	while (j < r->n) {
		unit *u = &r->u[j];
		if (!need && is_word(u, "with")) {
			j++;
			continue;
		}
		/* "received in audience X" */
		if (!need && is_word(u, "in") && j + 1 < r->n && is_word(&r->u[j + 1], "audience")) {
			j += 2;
			continue;
		}
		/* "met today at Palazzo Chigi Ursula von der Leyen": where, before whom */
		if (!need && (is_word(u, "at") || is_word(u, "in")) && j + 2 < r->n && r->u[j + 1].kind == U_ENT &&
		    destination(r, r->u[j + 1].ent) && r->u[j + 2].kind == U_ENT &&
		    ent_type(r, r->u[j + 2].ent) == KG_TYPE_PERSON) {
			j += 2;
			continue;
		}
		/* "received at Bayan Palace on Tuesday Egyptian Foreign Minister X", "received at the palace
		 * today President X": where and when, then whom, as Gulf wires write it */
		if (!need && (w = place_when_then_whom(r, j)) > 0) {
			j = w;
			continue;
		}
		/* "met in Washington (on Monday) with X", "held talks at the Akorda with X": the place comes
		 * before the "with" of the one met */
		if ((!need || (!found_need && one_of(need, "with"))) && (w = place_then_with(r, j)) > 0) {
			j = w;
			continue;
		}
		if (!found_need && u->kind == U_WORD && one_of(need, u->low)) {
			found_need = 1;
			j++;
			continue;
		}
		/* "granted an audience in Luanda on Wednesday to X": where and when before the word of whom */
		if (need && !found_need && (w = where_when_past(r, j)) > j && w < r->n && r->u[w].kind == U_WORD &&
		    one_of(need, r->u[w].low)) {
			j = w;
			continue;
		}
		/* "held talks, on Monday in Rabat, with X": where and when set off by commas */
		if (need && !found_need && is_word(u, ",") && (w = where_when_past(r, j + 1)) > j + 1 && w + 1 < r->n &&
		    is_word(&r->u[w], ",") && r->u[w + 1].kind == U_WORD && one_of(need, r->u[w + 1].low)) {
			j = w + 1;
			continue;
		}
		if (u->kind == U_WORD && in_list(skip_right, u->low)) {
			j++;
			continue;
		}
		/* "met with HE Prime Minister of Pakistan X": His Excellency before the title */
		if (u->kind == U_WORD && j + 1 < r->n && r->u[j + 1].kind == U_TITLE &&
		    (c_upper_he(r, j) || is_word(u, "h.e.") || is_word(u, "hh") || is_word(u, "h.h."))) {
			j++;
			continue;
		}
		break;
	}
	if (!found_need || j >= r->n)
		return 0;
	return group_at(r, j, g);
}

static int list_people(const rstate *r, size_t j, group *g);

/* "hosted a dinner for X", "gave a luncheon in honour of X": the guests of a meal or reception the verb
 * at k offers, in o. 0: none. */
static int meal_for(rstate *r, size_t k, group *o)
{
	static const char *const meals[] = { "dinner", "lunch", "luncheon", "banquet", "reception", "breakfast",
					     NULL };
	static const char *const modifiers[] = { "state", "working", "official", "gala", "private", "a", "an",
						 "the", NULL };
	size_t j = k + 1;
	int saw = 0;

	for (; j < r->n && r->u[j].kind == U_WORD && j - k <= 4; j++) {
		if (in_list(meals, r->u[j].low))
			saw = 1;
		else if (!in_list(modifiers, r->u[j].low))
			break;
	}
	if (!saw || j >= r->n)
		return 0;
	/* "a reception in Hanoi on March 10 for X": where and when before whom */
	for (size_t q = j; q < r->n && q - j < 6; q++) {
		if (is_word(&r->u[q], "for")) {
			j = q;
			break;
		}
		if (!(is_word(&r->u[q], "in") || is_word(&r->u[q], "at") || is_word(&r->u[q], "on") ||
		      is_word(&r->u[q], "the") || (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PLACE) ||
		      (r->u[q].lex & (KG_LEX_WEEKDAY | KG_LEX_MONTH)) || (r->c->p->tokens[r->u[q].t0].flags & KG_TOK_NUM)))
			break;
	}
	int honour_of_guest = 0;
	if (is_word(&r->u[j], "for"))
		j++;
	else if (j + 2 < r->n && is_word(&r->u[j], "in") && (is_word(&r->u[j + 1], "honour") ||
							     is_word(&r->u[j + 1], "honor")) && is_word(&r->u[j + 2], "of"))
		j += 3;
	/* "hosted a state dinner in his honour": the guest the story told of */
	else if (j + 2 < r->n && is_word(&r->u[j], "in") && (is_word(&r->u[j + 1], "his") || is_word(&r->u[j + 1], "her")) &&
		 (is_word(&r->u[j + 2], "honour") || is_word(&r->u[j + 2], "honor")))
		j += 1, honour_of_guest = 1;
	else
		return 0;
	/* "a reception for the visiting President X" */
	while (j < r->n && (is_word(&r->u[j], "the") || is_word(&r->u[j], "visiting")))
		j++;
	if (j + 1 < r->n && (is_word(&r->u[j], "his") || is_word(&r->u[j], "her")) &&
	    (honour_of_guest || is_word(&r->u[j + 1], "guest") || is_word(&r->u[j + 1], "visitor"))) {
		/* "a state dinner for his guest": the guest of the document's latest reception */
		int guest = -1;
		for (size_t e = r->n_evs; e-- > 0 && guest < 0;)
			if (!(r->evs[e].flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED)))
				for (size_t m = 0; m < r->evs[e].n_participants; m++)
					if (r->evs[e].participants[m].role == KG_ROLE_GUEST &&
					    (guest = person_named(r, r->evs[e].participants[m].name)) >= 0)
						break;
		if (guest < 0)
			return 0;
		memset(o, 0, sizeof(*o));
		o->ents[o->n++] = guest;
		o->u0 = j;
		o->u1 = j + 2;
	} else if (j >= r->n || !group_at(r, j, o)) {
		return 0;
	}
	r->meal_guests = o->n;
	/* "..., attended by Vice President A, Senate President B, and several governors": they dine too */
	if (o->u1 + 2 < r->n && is_word(&r->u[o->u1], ",") && is_word(&r->u[o->u1 + 1], "attended") &&
	    is_word(&r->u[o->u1 + 2], "by")) {
		group a;
		if (list_people(r, o->u1 + 3, &a) > 0)
			for (size_t m = 0; m < a.n && o->n < MAX_GROUP; m++)
				o->ents[o->n++] = a.ents[m];
	}
	return 1;
}

/* "led a delegation of 40 business leaders to Beijing", "headed the Kenyan delegation to Oslo": the
 * place a delegation, mission or team that the verb at k leads goes to, in o. 0: none. */
static int delegation_to(rstate *r, size_t k, group *o)
{
	static const char *const groups[] = { "delegation", "mission", "team", NULL };
	size_t j = k + 1;
	int saw = 0;

	for (; j < r->n && j - k <= 10 && !is_word(&r->u[j], "to"); j++) {
		const unit *u = &r->u[j];

		if (u->kind == U_DESC || (u->kind == U_WORD && in_list(groups, u->low)))
			saw = 1;
		else if (u->kind == U_PUNCT || u->kind == U_PRON || (u->kind == U_WORD && u->lemma[0] && !saw))
			return 0;
	}
	if (!saw || j + 1 >= r->n || !is_word(&r->u[j], "to"))
		return 0;
	return group_at(r, j + 1, o);
}

/* 1 when the words at j say a conversation went over a line: "by phone", "by telephone", "on the phone",
 * "over the phone", "by video link", "via video conference". */
static int by_phone(const rstate *r, size_t j)
{
	static const char *const lines[] = { "phone", "telephone", "video", "videoconference", "videolink", "zoom",
					     NULL };

	if (j + 1 >= r->n || !(is_word(&r->u[j], "by") || is_word(&r->u[j], "on") || is_word(&r->u[j], "over") ||
			       is_word(&r->u[j], "via")))
		return 0;
	j++;
	if (is_word(&r->u[j], "the") && j + 1 < r->n)
		j++;
	return r->u[j].kind == U_WORD && in_list(lines, r->u[j].low);
}

static int dateline_dash(const rstate *r, size_t k);

/* Where the words of sentence r->si begin: 0, or past the first sentence's dateline and its dash
 * ("BOGOTA (EFE) - During his visit to Bogota, X met Y"). */
static size_t story_start(const rstate *r)
{
	for (size_t k = 0; r->si == r->dl_si && k < r->n && k < 10; k++)
		if (dateline_dash(r, k))
			return k + 1;
	return 0;
}

/* "In a phone call with X, Y said", "After talks with X, Y said", "Speaking after his meeting with X,
 * Y said": the subject after the comma that closes a fronted phrase whose noun trigger's lead words
 * start at j and whose object group is o, in s. 0 when the sentence does not open so. */
static int fronted_subject(rstate *r, size_t j, const group *o, group *s)
{
	size_t s0 = story_start(r);

	/* "Speaking after his meeting with X, Y said": a participle of speech before the phrase */
	if (s0 + 1 < r->n && (is_word(&r->u[s0], "speaking") || is_word(&r->u[s0], "talking")) &&
	    (is_word(&r->u[s0 + 1], "after") || is_word(&r->u[s0 + 1], "following")))
		s0++;
	if (j > s0 + 1 || s0 >= r->n ||
	    !(is_word(&r->u[s0], "in") || is_word(&r->u[s0], "during") || is_word(&r->u[s0], "after") ||
	      is_word(&r->u[s0], "following")))
		return 0;
	if (o->u1 + 2 >= r->n || !is_word(&r->u[o->u1], ",") || !group_at(r, o->u1 + 1, s))
		return 0;
	return s->u1 < r->n && r->u[s->u1].kind == U_WORD && r->u[s->u1].lemma[0] != '\0';
}

static int admit(const rstate *r, int e, unsigned types)
{
	return e >= 0 && (types & T(ent_type(r, e)));
}

/* 1 when e can be hosted or received: a person, or a delegation made from a description. */
static int guest(const rstate *r, int e)
{
	return e >= 0 && (ent_type(r, e) == KG_TYPE_PERSON || (ent_type(r, e) == KG_TYPE_ORG && !r->c->e[e].named));
}

/* Keeps in o only those who can be hosted or received (guest); returns how many are left. */
static size_t keep_guests(const rstate *r, group *o)
{
	size_t w = 0;

	for (size_t i = 0; i < o->n; i++)
		if (guest(r, o->ents[i]))
			o->ents[w++] = o->ents[i];
	o->n = w;
	return w;
}

static int cross(rstate *r, const group *s, const char *rel, const group *o, int planned, unsigned stypes,
		 unsigned otypes, double conf)
{
	const kg_relation_info *ri = kg_relation_lookup(rel);
	int rc;

	/* only meetings and calls have countries as parties; people and organisations do the rest */
	if (!(ri && ri->symmetric))
		stypes &= PEOPLE;

	for (size_t a = 0; a < s->n; a++)
		for (size_t b = 0; b < o->n; b++)
			if (admit(r, s->ents[a], stypes) && admit(r, o->ents[b], otypes) &&
			    (rc = evidence_triple(r, s->ents[a], rel, o->ents[b], NULL, planned, conf)) < 0)
				return rc;
	return KG_OK;
}

/* Phrases after which more people of the same meeting are named: "together with X", "in the presence
 * of X", "with the participation of X". */
static const char *const more_people[][4] = {
	{ "together", "with", NULL, NULL },
	{ "along", "with", NULL, NULL },
	{ "presence", "of", NULL, NULL },
	{ "participation", "of", NULL, NULL },
	{ "joined", "by", NULL, NULL },
	{ "attended", "by", NULL, NULL },
};

/* Length of the more_people phrase at unit j, 0 when none. */
static size_t more_people_at(const rstate *r, size_t j)
{
	for (size_t m = 0; m < sizeof(more_people) / sizeof(more_people[0]); m++) {
		size_t w = 0;
		while (w < 4 && more_people[m][w] && j + w < r->n && is_word(&r->u[j + w], more_people[m][w]))
			w++;
		if (w == 4 || !more_people[m][w])
			return w;
	}
	return 0;
}

/* The kind of event a trigger names: a call for speak_with, a visit for visits and "a visit to", a summit
 * for "summit", else a meeting. */
static kg_event_type event_type_of(const trigger *t)
{
	if (!t)
		return KG_EVENT_MEETING;
	if (strcmp(t->relation, "speak_with") == 0)
		return KG_EVENT_CALL;
	if (strcmp(t->relation, "visits") == 0 || (t->word && strcmp(t->word, "visit") == 0))
		return KG_EVENT_VISIT;
	if (t->word && strcmp(t->word, "summit") == 0)
		return KG_EVENT_SUMMIT;
	return KG_EVENT_MEETING;
}

/* 1 when the meeting noun at unit k is held online: "a virtual meeting with X", "an online meeting",
 * "virtual talks" (the guide's call, speak_with); a "virtual summit" of leaders stays a meeting. */
static int online_meeting(const rstate *r, size_t k)
{
	return k > 0 && k < r->n && r->u[k].kind == U_WORD &&
	       (is_word(&r->u[k], "meeting") || is_word(&r->u[k], "talks")) &&
	       (is_word(&r->u[k - 1], "virtual") || is_word(&r->u[k - 1], "online"));
}

/* 1 when event i has document entity e among its participants. */
static int in_event(const rstate *r, size_t i, int e)
{
	const kg_event *ev = &r->evs[i];

	for (size_t k = 0; e >= 0 && k < ev->n_participants; k++)
		if (strcmp(ev->participants[k].name, r->c->e[e].name) == 0)
			return 1;
	return 0;
}

/* 1 when every member of g is a participant of event i. */
static int people_in_event(const rstate *r, size_t i, const group *g)
{
	for (size_t m = 0; m < g->n; m++)
		if (!in_event(r, i, g->ents[m]))
			return 0;
	return g->n > 0;
}

/* Adds the members of g (of types) to event i in role and side. */
static int event_join_group(rstate *r, size_t i, const group *g, unsigned types, kg_role role, unsigned side)
{
	int rc;

	for (size_t m = 0; g && m < g->n; m++)
		if (admit(r, g->ents[m], types) && (rc = event_join(r, i, g->ents[m], role, side)) < 0)
			return rc;
	return KG_OK;
}

/* A meeting or call named by trigger t (NULL: a joining phrase) at unit k: one event whose participants
 * are the agent group a (in t's role), the group b (in the other role) and whoever the sentence adds
 * after "together with", "in the presence of" ... from unit from on; every pair of them meets (see
 * kg_event_derive) but those of one side: the members of b ("met with A and B"), and with sides those
 * of a when b has anyone ("A and B held talks with C": A and B came together). With join, people who
 * join the latest meeting of the last sentences become its participants instead ("X was joined by Y").
 * flags: KG_EVENT_PLANNED, _NEGATED, _REPORTED. */

/* Words that end the clause of a meeting's trigger: what follows them says where something else happened. */
static const char *const clause_ends[] = { ";", "who", "whom", "which", "where", "while", "after", "before",
					    "when", "since", "said", "says", "told", "born", "based", NULL };

/* The place or named building after "in" or "at" at unit j ("in Oslo", "at the Blue House"), or -1; not the
 * owner of a possessive ("in Oslo's city hall" is Oslo's, left alone). */
static int place_after(const rstate *r, size_t j)
{
	size_t q = j + 1;

	if (!is_word(&r->u[j], "in") && !is_word(&r->u[j], "at"))
		return -1;
	if (q < r->n && is_word(&r->u[q], "the"))
		q++;
	if (q < r->n && r->u[q].kind == U_ENT && destination(r, r->u[q].ent) &&
	    !(q + 1 < r->n && r->u[q + 1].kind == U_POSS))
		return r->u[q].ent;
	return -1;
}

/* The places after the trigger at unit k in its clause, in order, each "in P" or "at P" where P is a place
 * or a named building ("met X at the Blue House in Seoul"): up to max of them into out; their count. */
static size_t clause_places(const rstate *r, size_t k, int *out, size_t max)
{
	size_t n = 0;

	for (size_t j = k + 1; j + 1 < r->n && n < max; j++) {
		int e;
		if (r->u[j].kind == U_WORD && in_list(clause_ends, r->u[j].low))
			break;
		/* "on the latest developments in X": the topic, not the place; "on Monday", "on the sidelines" and
		 * "a courtesy call on (the) President X" go on */
		if (is_word(&r->u[j], "on") && !(r->u[j + 1].kind == U_WORD && (r->u[j + 1].lex & (KG_LEX_WEEKDAY | KG_LEX_MONTH))) &&
		    r->u[j + 1].kind != U_ENT && r->u[j + 1].kind != U_TITLE && r->u[j + 1].kind != U_DEMONYM &&
		    !(j + 2 < r->n && is_word(&r->u[j + 1], "the") &&
		      (is_word(&r->u[j + 2], "sidelines") || is_word(&r->u[j + 2], "margins") ||
		       r->u[j + 2].kind == U_TITLE || r->u[j + 2].kind == U_ENT)))
			break;
		if (is_word(&r->u[j], "about") || is_word(&r->u[j], "regarding") || is_word(&r->u[j], "concerning"))
			break;
		if ((e = place_after(r, j)) >= 0)
			out[n++] = e;
	}
	return n;
}

/* The place of the meeting triggered at unit k: the first of clause_places, else a fronted "In P," at the
 * sentence's start ("met X in Oslo", "held talks at the Blue House", "In Oslo, A met B"). Sets ev->place;
 * fails only on memory. */
static int meeting_place(rstate *r, size_t k, kg_event *ev)
{
	int e = -1;

	clause_places(r, k, &e, 1);
	/* a fronted phrase: "In Oslo, A met B", "In a separate meeting in Muscat, A held talks with B" */
	for (size_t j = 0; e < 0 && j + 2 < k; j++) {
		int f = place_after(r, j);
		if (f >= 0 && j + 2 < r->n && is_word(&r->u[j + 2 + is_word(&r->u[j + 1], "the")], ","))
			e = f;
	}
	if (e < 0)
		return KG_OK;
	r->c->e[e].used = 1;
	return (ev->place = kg_strdup(r->c->e[e].name)) ? KG_OK : KG_ENOMEM;
}

static int sidelines_forum(rstate *r);

/* 1 when this sentence already gave s -pred-> o (two triggers of one meeting: "held bilateral talks"). */
static int said_here(const rstate *r, int s, const char *pred, int o)
{
	const kg_facts *out = r->c->out;

	for (size_t i = out->n_triples; i-- > 0 && out->triples[i].evidence.sentence == (long)r->si;) {
		const kg_triple *t = &out->triples[i];

		if (strcmp(t->predicate, pred) == 0 && strcmp(t->subject, r->c->e[s].name) == 0 &&
		    strcmp(t->object, r->c->e[o].name) == 0)
			return 1;
	}
	return 0;
}

/* "X flew to Bogota on Monday for [talks with Y]", "X arrived in Nairobi for [a meeting with Y]", "X
 * will travel to P next week for [talks with Y]": the
 * traveller whose journey has the meeting noun phrase opening at unit k as its purpose, in s, and 1;
 * "for" must stand right before k, and a verb of travel, a place and date words before it. */
static void left_modality(const rstate *r, size_t k, int *neg, int *planned);

static int journey_for(rstate *r, size_t k, group *s, int *neg, int *past)
{
	static const char *const past_forms[] = { "flew", "went", "came", "left", NULL };
	static const char *const travel[] = { "fly", "travel", "arrive", "head", "go", "come", "leave", "land",
					      "return", NULL };
	/* "will travel to Port Moresby next week for talks": when, between the place and "for" */
	static const char *const when[] = { "next", "this", "last", "week", "month", "weekend", "year", "yesterday",
					    "today", "on", "the", "country", "capital", NULL };
	int planned = 0;

	if (k < 4 || !is_word(&r->u[k - 1], "for"))
		return 0;
	for (size_t v = k - 1; v-- > 0 && k - v <= 8;) {
		const unit *u = &r->u[v];

		if (u->kind == U_WORD && u->lemma[0] && in_list(travel, u->lemma)) {
			size_t n = strlen(u->low);
			int n2 = 0, p2 = 0;
			left_modality(r, v, &n2, &p2);
			*past = !p2 && ((n > 2 && strcmp(u->low + n - 2, "ed") == 0) || in_list(past_forms, u->low));
			return subject_left(r, v, s, neg, &planned);
		}
		if (!((u->kind == U_ENT && destination(r, u->ent)) ||
		      (u->kind == U_WORD && (is_word(u, "to") || is_word(u, "in") || is_word(u, "at") ||
					     is_word(u, "for") || is_word(u, "into") || in_list(skip_right, u->low) ||
					     in_list(when, u->low) || (u->lex & (KG_LEX_WEEKDAY | KG_LEX_MONTH))))))
			return 0;
	}
	return 0;
}

/* "State Bank of Pakistan (SBP) Governor X", "the Department of State Services (DSS), Mr X": a name's
 * short form in brackets right after it is folded into the name's unit, so that what follows reads as
 * it does after the name; so is a person's party ("Petteri Orpo (NCP) met"). */
static void fold_short_names(rstate *r)
{
	unit *u = r->u;
	size_t n = r->n;

	for (size_t i = 0; i + 3 < n; i++)
		if ((u[i].kind == U_ENT && is_word(&u[i + 1], "(") && u[i + 2].kind == U_ENT && u[i + 2].ent == u[i].ent &&
		     is_word(&u[i + 3], ")") && i + 4 < n &&
		     (u[i + 4].kind == U_TITLE || u[i + 4].kind == U_POSS)) ||
		    /* "Prime Minister X (NCP) sat down with": a person's party in brackets */
		    (u[i].kind == U_ENT && ent_type(r, u[i].ent) == KG_TYPE_PERSON && is_word(&u[i + 1], "(") &&
		     ((u[i + 2].kind == U_ENT && ent_type(r, u[i + 2].ent) == KG_TYPE_ORG) ||
		      (u[i + 2].kind == U_WORD && (r->c->p->tokens[u[i + 2].t0].flags & KG_TOK_UPPER))) &&
		     u[i + 2].t1 - u[i + 2].t0 == 1 && is_word(&u[i + 3], ")"))) {
			u[i].t1 = u[i + 3].t1;
			memmove(&u[i + 1], &u[i + 4], (n - i - 4) * sizeof(*u));
			n -= 3;
		}
	r->n = n;
	r->c->n_units[r->si] = n;
}

/* Notes the body whose session this sentence names: "(met) for the sixth session of the Türkiye-Malaysia
 * Joint Economic Commission", "at the meeting of the Joint Permanent Commission": an organisation whose
 * name ends in a word of a standing body. */
static void note_session(rstate *r)
{
	static const char *const bodies[] = { "Commission", "Council", "Committee", "Board", "Forum", "Assembly",
					      "Conference", "Dialogue", "Authority", NULL };

	for (size_t k = 0; k < r->n; k++) {
		const char *name, *last, *of;
		char head[32];
		size_t b = k;
		if (r->u[k].kind != U_ENT || ent_type(r, r->u[k].ent) != KG_TYPE_ORG)
			continue;
		name = r->c->e[r->u[k].ent].name;
		last = strrchr(name, ' ');
		/* "the ECOWAS Authority of Heads of State and Government": the head word before its "of" part */
		head[0] = '\0';
		if ((of = strstr(name, " of ")) != NULL) {
			const char *sp = of;
			while (sp > name && sp[-1] != ' ')
				sp--;
			if ((size_t)(of - sp) < sizeof(head))
				snprintf(head, sizeof(head), "%.*s", (int)(of - sp), sp);
		}
		if (!last || !(in_list(bodies, last + 1) || (head[0] && in_list(bodies, head))))
			continue;
		if (b > 0 && is_word(&r->u[b - 1], "the"))
			b--;
		/* "session of the X", "meeting of the X", "sitting of X" */
		if ((b >= 2 && is_word(&r->u[b - 1], "of") && r->u[b - 2].kind == U_WORD &&
		     (is_word(&r->u[b - 2], "session") || is_word(&r->u[b - 2], "meeting") || is_word(&r->u[b - 2], "sitting") ||
		      is_word(&r->u[b - 2], "round") || is_word(&r->u[b - 2], "meetings") || is_word(&r->u[b - 2], "sessions"))) ||
		    /* "The ECOWAS Mediation and Security Council met at ministerial level in Accra" */
		    (b == story_start(r) && k + 1 < r->n && is_word(&r->u[k + 1], "met"))) {
			r->session_body = r->u[k].ent;
			r->session_si = r->si;
			return;
		}
	}
}

/* "On the sidelines of the G20 summit, A met B": everyone named in event ei of this sentence attends the
 * forum on whose margins they met (planned when the meeting is). */
static int attend_forum_of(rstate *r, size_t ei, int planned)
{
	int f = sidelines_forum(r), rc;

	/* "... met for the sixth session of the Joint Economic Commission. A hosted B": the body in session */
	if (f < 0 && r->session_body >= 0 && r->si >= r->session_si && r->si - r->session_si <= 2)
		f = r->session_body;

	for (size_t j = 0; f >= 0 && j < r->n; j++)
		if (r->u[j].kind == U_ENT && r->u[j].ent != f && ent_type(r, r->u[j].ent) == KG_TYPE_PERSON &&
		    in_event(r, ei, r->u[j].ent) && !said_here(r, r->u[j].ent, "attends", f) &&
		    (rc = evidence_triple(r, r->u[j].ent, "attends", f, NULL, planned, 0.8)) < 0)
			return rc;
	return KG_OK;
}

static int dateline_country(rstate *r);
static int dateline_opens(const nctx *c, size_t si);
static int visits(rstate *r, const trigger *t, size_t k, const group *s, const group *o, unsigned flags, double conf,
		  size_t salt);

/* "WINDHOEK (Prensa Latina) Cuban Foreign Minister X held official talks here today with his Namibian
 * counterpart": in a sentence that says "here", the people of meeting ei who hold offices of another
 * country than the dateline's travelled to the dateline's town (each a visit there). */
static int visitors_here(rstate *r, size_t ei)
{
	static const trigger here_visit = { "visits", NULL, "here", S_NOUN_WITH, NULL, T(KG_TYPE_PLACE),
					    KG_ROLE_PARTICIPANT };
	const unit *d;
	group s, o;
	int here = 0, dc;
	size_t h = 0;

	for (size_t q = 0; q < r->n && !here; q++)
		if ((here = is_word(&r->u[q], "here")))
			h = q; /* the visit's own trigger, apart from the meeting's */
	if (!here || !dateline_opens(r->c, r->dl_si) || (dc = dateline_country(r)) < 0)
		return KG_OK;
	d = &r->c->units[r->dl_si][0];
	memset(&s, 0, sizeof(s));
	memset(&o, 0, sizeof(o));
	o.ents[0] = d->ent;
	o.n = 1;
	for (size_t m = 0; m < r->evs[ei].n_participants && s.n < MAX_GROUP; m++) {
		int p = person_named(r, r->evs[ei].participants[m].name), q;
		if (p >= 0 && (q = r->c->e[p].title_of) >= 0 && q != dc && is_country(r, q))
			s.ents[s.n++] = p;
	}
	return s.n ? visits(r, &here_visit, h, &s, &o, reported(r), 0.7, 0) : KG_OK;
}

/* 1 when "separately" stands by the trigger at unit k: "met separately with", "separately met". */
static int separately_near(const rstate *r, size_t k)
{
	for (size_t j = k > 2 ? k - 2 : 0; j < r->n && j <= k + 3; j++)
		if (is_word(&r->u[j], "separately"))
			return 1;
	return 0;
}

static int meeting(rstate *r, const trigger *t, size_t k, const group *a, unsigned atypes, const group *b,
		   unsigned btypes, size_t from, int join, unsigned flags, double conf, int sides)
{
	kg_role role = t ? t->role : KG_ROLE_PARTICIPANT;
	size_t ei;
	int rc;

	r->made_ev = -1;
	/* "A met separately with B and C": two meetings, one with each */
	if (!join && !r->in_separate && a && b && b->n >= 2 && separately_near(r, k)) {
		for (size_t m = 0; m < b->n; m++) {
			group one = *b;
			one.ents[0] = b->ents[m];
			one.n = 1;
			r->in_separate = 1;
			r->ev_salt = m;
			rc = meeting(r, t, k, a, atypes, &one, btypes, from, 0, flags, conf, sides);
			r->in_separate = 0;
			r->ev_salt = 0;
			if (rc < 0)
				return rc;
		}
		return KG_OK;
	}
	/* join: 1 the meeting of the last two sentences, more: of the last join sentences */
	if (join && r->last_meeting >= 0 && r->si - r->meet_si <= (join > 2 ? (size_t)join : 2) &&
	    !(flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED))) {
		int overlap = 0;
		for (size_t m = 0; a && m < a->n; m++)
			overlap |= in_event(r, (size_t)r->last_meeting, a->ents[m]);
		for (size_t m = 0; b && m < b->n; m++)
			overlap |= in_event(r, (size_t)r->last_meeting, b->ents[m]);
		if (overlap || !a) {
			ei = (size_t)r->last_meeting;
			if ((rc = event_join_group(r, ei, a, atypes, KG_ROLE_PARTICIPANT, 0)) < 0 ||
			    (rc = event_join_group(r, ei, b, btypes, KG_ROLE_PARTICIPANT, 0)) < 0)
				return rc;
			goto more;
		}
	}
	{
		size_t na = 0, nb = 0;
		for (size_t m = 0; a && m < a->n; m++)
			na += admit(r, a->ents[m], atypes);
		for (size_t m = 0; b && m < b->n; m++)
			nb += admit(r, b->ents[m], btypes);
		if (!na || (b && b->n && !nb))
			return KG_OK; /* nobody to join, or no one met */
	}
	if ((rc = event_new(r, online_meeting(r, k) ? KG_EVENT_CALL : event_type_of(t), k, flags, conf, r->ev_salt, &ei)) < 0 ||
	    (rc = event_join_group(r, ei, a, atypes, role, sides && b && b->n ? 1 : 0)) < 0 ||
	    (rc = event_join_group(r, ei, b, btypes, other_role(role), 2)) < 0)
		return rc;
more:
	for (size_t j = from; j < r->n; j++) {
		size_t w = more_people_at(r, j);
		group g;
		if (is_word(&r->u[j], ";"))
			break;
		if (!w || !group_at(r, j + w, &g))
			continue;
		if ((rc = event_join_group(r, ei, &g, T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT, 0)) < 0)
			return rc;
		j = g.u1 - 1;
	}
	r->made_ev = (long)ei;
	if (!r->evs[ei].place && (rc = meeting_place(r, k, &r->evs[ei])) < 0)
		return rc;
	/* the meeting the next sentences go on about; not one told in the past perfect ("Rubio arrived from
	 * Tel Aviv, where he had met Netanyahu"), a step back from the story */
	/* ... nor a welcome at an airport, when the story told of a meeting already ("was received at the
	 * airport by X": "the meeting" after it is still the talks) */
	/* ... nor a gathering of countries ("Ministers from A, B and C gathered"): those who join it later
	 * meet each other, not the countries */
	if (r->evs[ei].n_participants >= 2 && !(flags & (KG_EVENT_PLANNED | KG_EVENT_NEGATED)) &&
	    event_type_of(t) != KG_EVENT_CALL && !places_only(&r->evs[ei]) &&
	    !(r->last_meeting >= 0 && r->evs[ei].place && has_word(r->evs[ei].place, "airport")) &&
	    !(k > 0 && (is_word(&r->u[k - 1], "had") ||
			(k > 1 && is_word(&r->u[k - 2], "had") && r->u[k - 1].kind == U_WORD && !r->u[k - 1].lemma[0])))) {
		r->last_meeting = (long)ei;
		r->meet_si = r->si;
	}
	if (!(flags & KG_EVENT_NEGATED) && (rc = attend_forum_of(r, ei, (flags & KG_EVENT_PLANNED) != 0)) < 0)
		return rc;
	if (!(flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED)) && (rc = visitors_here(r, ei)) < 0)
		return rc;
	return KG_OK;
}

/* Last words of an organisation's name that make it a place one can go to: "... Aviation Center". */
static const char *const facility_words[] = {
	"center", "centre", "museum", "palace", "hall", "airport", "street", "stadium", "residence", "hospital",
	"plant", "factory", "base", "port", "square", "cathedral", "mosque", "church", "temple", "house", "school",
	"campus", "headquarters", NULL
};

/* 1 when e is a place, or an organisation named for a building or site (see facility_words). */
static int destination(const rstate *r, int e)
{
	const char *name, *last;
	char low[24];
	size_t n;

	if (e < 0)
		return 0;
	if (ent_type(r, e) == KG_TYPE_PLACE)
		return 1;
	if (ent_type(r, e) != KG_TYPE_ORG)
		return 0;
	name = r->c->e[e].name;
	last = strrchr(name, ' ');
	last = last ? last + 1 : name;
	n = strlen(last);
	if (n >= sizeof(low))
		return 0;
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)tolower((unsigned char)last[i]);
	return in_list(facility_words, low);
}

/* Words between "at" and the place of a reception: "at her official X residence". */
static const char *const venue_mods[] = { "the", "his", "her", "their", "its", "official", "private", "state",
	"presidential", "royal", NULL };

/* The place of a reception after the guests end at unit j ("to P", "at her official P residence"), or -1. */
static int reception_place(const rstate *r, size_t j)
{
	int e;

	if (j + 1 >= r->n || !(is_word(&r->u[j], "to") || is_word(&r->u[j], "at")))
		return -1;
	for (j++; j < r->n && r->u[j].kind == U_WORD && in_list(venue_mods, r->u[j].low); j++)
		;
	if (j >= r->n || r->u[j].kind != U_ENT)
		return -1;
	e = r->u[j].ent;
	if (!destination(r, e) && !(ent_type(r, e) == KG_TYPE_ORG && j + 1 < r->n && r->u[j + 1].kind == U_WORD &&
				    in_list(facility_words, r->u[j + 1].low)))
		return -1;
	return e;
}

/* A host's reception at a place, after the guests end at unit j: "welcomed X to P", "paid a courtesy call
 * on X at P". The event the trigger made (r->made_ev) becomes a visit of its guests to P. */
static int guest_place(rstate *r, const trigger *t, size_t k, size_t j)
{
	/* a call paid in person ("a courtesy call on X", "called on X", "A visited B"): a journey */
	static const trigger call_visit = { "visits", NULL, "call", S_NOUN_WITH, NULL, T(KG_TYPE_PLACE),
					    KG_ROLE_PARTICIPANT };
	kg_event *ev;
	group s, o;
	int e, town;

	if (t->role == KG_ROLE_PARTICIPANT || r->made_ev < 0)
		return KG_OK;
	ev = &r->evs[r->made_ev];
	e = reception_place(r, j);
	if (!ev->place) {
		if (e < 0)
			return KG_OK;
		r->c->e[e].used = 1;
		ev->type = KG_EVENT_VISIT;
		return (ev->place = kg_strdup(r->c->e[e].name)) ? KG_OK : KG_ENOMEM;
	}
	/* "paid a courtesy call on X at the Presidential Secretariat in Colombo": its guests visited the
	 * building and the town */
	if (strcmp(t->relation, "meet") != 0 || !(one_of("call|visit", t->word ? t->word : "") ||
						   one_of("call|visit", t->lemma ? t->lemma : "")) ||
	    (ev->flags & KG_EVENT_NEGATED))
		return KG_OK;
	memset(&s, 0, sizeof(s));
	memset(&o, 0, sizeof(o));
	for (size_t m = 0; m < ev->n_participants && s.n < MAX_GROUP; m++) {
		int p = ev->participants[m].role == KG_ROLE_GUEST ? person_named(r, ev->participants[m].name) : -1;
		if (p >= 0)
			s.ents[s.n++] = p;
	}
	o.n = clause_places(r, k, o.ents, 2);
	if (!o.n && (town = entity_named(r, ev->place, KG_TYPE_PLACE)) >= 0)
		o.ents[o.n++] = town; /* a fronted "In P," */
	if (!s.n || !o.n)
		return KG_OK;
	return visits(r, &call_visit, k, &s, &o, ev->flags, 0.7, MAX_GROUP * MAX_GROUP);
}

/* Visits from trigger t at unit k: one event for each traveller of s (a guest) and place of o; salt sets their
 * ids apart from other events of the same trigger. */
static int visits(rstate *r, const trigger *t, size_t k, const group *s, const group *o, unsigned flags, double conf,
		  size_t salt)
{
	int rc;

	for (size_t b = 0; b < o->n; b++) {
		if (!admit(r, o->ents[b], t->obj_types) && !destination(r, o->ents[b]))
			continue;
		for (size_t a = 0; a < s->n; a++) {
			size_t ei;
			if (!admit(r, s->ents[a], PEOPLE) || s->ents[a] == o->ents[b])
				continue;
			if ((rc = event_new(r, KG_EVENT_VISIT, k, flags, conf, salt + b * MAX_GROUP + a, &ei)) < 0 ||
			    (rc = event_join(r, ei, s->ents[a], KG_ROLE_GUEST, 0)) < 0)
				return rc;
			r->c->e[o->ents[b]].used = 1;
			if (!(r->evs[ei].place = kg_strdup(r->c->e[o->ents[b]].name)))
				return KG_ENOMEM;
		}
	}
	return KG_OK;
}

/* Gatherings small enough that those who took part met: "the talks", "the summit". */
static const char *const meeting_nouns[] = { "summit", "meeting", "meetings", "talks", "negotiations", "audience",
					     "consultations", "session", "symposium", NULL };

/* The gathering the words before unit i name, as in "the summit was (also) [attended by]" or "the
 * summit, [attended by]": 0 none,
 * 1 one the text told of ("the meeting was"), 2 one of its own ("the ECOWAS summit (in Abuja) was");
 * *noun gets the unit of its noun. */
static int gathering_before(const rstate *r, size_t i, size_t *noun)
{
	size_t k = i;
	int named = 0;

	while (k > 0 && (is_word(&r->u[k - 1], "was") || is_word(&r->u[k - 1], "were") || is_word(&r->u[k - 1], "also")))
		k--;
	/* "the summit, attended by": the participle right after the noun's comma */
	if (k == i && k > 0 && is_word(&r->u[k - 1], ","))
		k--;
	if (k == i)
		return 0;
	while (k >= 2 && r->u[k - 1].kind == U_ENT &&
	       (is_word(&r->u[k - 2], "in") || is_word(&r->u[k - 2], "at") || is_word(&r->u[k - 2], "of"))) {
		k -= 2;
		named = 1;
	}
	/* "The ceremony was attended by": the signing or swearing-in told of, or a gathering of its own */
	if (k == 0 || r->u[k - 1].kind != U_WORD || !(in_list(meeting_nouns, r->u[k - 1].low) || is_word(&r->u[k - 1], "ceremony")))
		return 0;
	*noun = k - 1;
	return named || (k >= 2 && r->u[k - 2].kind == U_ENT) ? 2 : 1;
}

/* 1 when "present" at unit i goes on to name another gathering than a meeting: "present at the
 * funeral", "present during the ceremony" (not "present at the talks"). */
static int present_elsewhere(const rstate *r, size_t i)
{
	size_t q = i + 2;

	if (q >= r->n || !(is_word(&r->u[i + 1], "at") || is_word(&r->u[i + 1], "during")))
		return 0;
	if (is_word(&r->u[q], "the")) {
		if (q + 1 >= r->n)
			return 0;
		q++;
	}
	return !(r->u[q].kind == U_WORD && (in_list(meeting_nouns, r->u[q].low) || is_word(&r->u[q], "reception")));
}

/* The unit after "were" in "(also) present were X", "present at the meeting were X", "present during
 * the talks was X" ("present" at unit i); 0 when the words differ. */
static size_t present_were(const rstate *r, size_t i)
{
	size_t q = i + 1;

	/* "Also attending the reception was X": the gathering, then the verb, then who joined */
	if (is_word(&r->u[i], "attending")) {
		if (q < r->n && (is_word(&r->u[q], "the") || is_word(&r->u[q], "this")))
			q++;
		if (q >= r->n || r->u[q].kind != U_WORD ||
		    !(in_list(meeting_nouns, r->u[q].low) || is_word(&r->u[q], "reception") || is_word(&r->u[q], "ceremony")))
			return 0;
		q++;
		return q + 1 < r->n && (is_word(&r->u[q], "were") || is_word(&r->u[q], "was")) ? q + 1 : 0;
	}

	if (q + 1 < r->n && (is_word(&r->u[q], "at") || is_word(&r->u[q], "during"))) {
		q++;
		if (is_word(&r->u[q], "the") || is_word(&r->u[q], "this") || is_word(&r->u[q], "that"))
			q++;
		/* "Also present at the reception were X and Y": the reception of a guest told of */
		if (q >= r->n || r->u[q].kind != U_WORD || !(in_list(meeting_nouns, r->u[q].low) || is_word(&r->u[q], "reception")))
			return 0;
		q++;
	}
	return q + 1 < r->n && (is_word(&r->u[q], "were") || is_word(&r->u[q], "was")) ? q + 1 : 0;
}

static int meeting_noun_definite(const rstate *r, size_t j);

/* "the foreign ministers of Iran and Saudi Arabia, A and B": each holds the office of the country
 * in the same place of its list (a plural title the lexicon knows in the singular); "Presidents A of
 * Kenya and B of Uganda": the country after each name. */
static int respective_offices(rstate *r)
{
	for (size_t i = 0; i + 4 < r->n; i++) {
		kg_span w[4];
		size_t nw = 0, b = i;
		const char *canon = NULL;
		char last[24];
		group o, pl;
		const unit *u = &r->u[i];
		size_t m;

		if (u->kind != U_WORD || (m = strlen(u->low)) < 4 || u->low[m - 1] != 's' ||
		    !(is_word(&r->u[i + 1], "of") || r->u[i + 1].kind == U_ENT || is_word(&r->u[i + 1], ",")))
			continue;
		while (b > 0 && i - b < 3 && r->u[b - 1].kind == U_WORD && !(r->u[b - 1].lex & KG_LEX_STOP) &&
		       !verb_form(&r->u[b - 1]))
			b--;
		for (size_t q = b; q < i && nw < 3; q++) {
			w[nw].s = kg_tok_str(r->c->p, r->u[q].t0);
			w[nw].n = kg_tok_len(r->c->p, r->u[q].t0);
			nw++;
		}
		memcpy(last, u->low, m - 1);
		last[m - 1] = '\0';
		w[nw].s = last;
		w[nw].n = m - 1;
		nw++;
		/* the longest title ending at the plural word */
		for (size_t f = 0; f < nw; f++) {
			if (kg_lex_title(r->c->lex, w + f, nw - f, &canon) == nw - f)
				break;
			canon = NULL;
		}
		if (!canon || !national_title(canon))
			continue;
		/* "Presidents A of Kenya, B of Uganda and C of Tanzania", "their foreign ministers, A of Costa Rica
		 * and B of Panama": each of his or her country */
		if ((nw == 1 && (r->c->p->tokens[u->t0].flags & KG_TOK_CAP)) || is_word(&r->u[i + 1], ",")) {
			size_t k = i + 1 + is_word(&r->u[i + 1], ",");
			while (k + 2 < r->n && r->u[k].kind == U_ENT && ent_type(r, r->u[k].ent) == KG_TYPE_PERSON &&
			       is_word(&r->u[k + 1], "of") && r->u[k + 2].kind == U_ENT &&
			       ent_type(r, r->u[k + 2].ent) == KG_TYPE_PLACE) {
				int rc = holds(r, r->u[k].ent, canon, r->u[k + 2].ent, 0.8);
				if (rc < 0)
					return rc;
				k += 3;
				if (k < r->n && (is_word(&r->u[k], ",") || is_word(&r->u[k], "and")))
					k++;
				if (k < r->n && is_word(&r->u[k], "and"))
					k++;
			}
			continue;
		}
		if (!is_word(&r->u[i + 1], "of") || !respective_people(r, i + 2, &o, &pl))
			continue;
		for (size_t k = 0; k < o.n; k++) {
			int rc = holds(r, o.ents[k], canon, pl.ents[k], 0.75);
			if (rc < 0)
				return rc;
		}
	}
	return KG_OK;
}

/* What one joins by a line besides a meeting noun: "joined the discussion by video call", "joined the
 * leaders by video link". */
static const char *const remote_joined[] = { "discussion", "discussions", "leaders", "ministers", "participants",
					     "delegates", "delegations", NULL };

/* Adds g to the story's meeting (meeting() with join, from unit k), then puts back the sentence the story
 * was last told in, so that the next kind of joining in this sentence reads the story as the sentence
 * found it; *next_si gets where meeting() moved it. */
static int join_story(rstate *r, group *g, size_t k, int join, long story, size_t story_si, size_t *next_si)
{
	int rc = meeting(r, NULL, k, NULL, 0, g, T(KG_TYPE_PERSON), r->n, join, 0, 0.7, 0);

	if (rc >= 0 && r->last_meeting == story) {
		*next_si = r->meet_si;
		r->meet_si = story_si;
	}
	return rc;
}

/* "They were joined by X", "The visitors were received at the airport by X": when the words [a, k) before a
 * passive's verb are "they" or "the visitors" (guests, delegation, team) and "were", the people of the
 * latest meeting or visit the last two sentences told of, in g; 0 when there is none. */
static int story_people(rstate *r, size_t a, size_t k, group *g)
{
	static const char *const parties[] = { "visitors", "guests", "delegation", "delegations", "team", "delegates", NULL };
	size_t q = a;

	if (q < k && is_word(&r->u[q], "the"))
		q++;
	if (!(q < k && (is_word(&r->u[q], "they") || (r->u[q].kind == U_WORD && in_list(parties, r->u[q].low)))))
		return 0;
	q++;
	while (q < k && (is_word(&r->u[q], "were") || is_word(&r->u[q], "was") || is_word(&r->u[q], "also") ||
			 is_word(&r->u[q], "later") || is_word(&r->u[q], "then")))
		q++;
	if (q != k)
		return 0;
	for (long ei = told_before(r, (long)r->n_evs); ei >= 0; ei = told_before(r, ei))
		if (event_people(r, (size_t)ei, g))
			return 1;
	return 0;
}

/* "X was present", "also present were X and Y", "X was also at the meeting", "X attended the meeting":
 * people who join the latest meeting of the last sentences; each kind of joining once a sentence ("X
 * joined Y for the talks, while Z was also present"). */
static int joins(rstate *r)
{
	/* the story's meeting as the sentence found it: each kind of joining reads it so */
	const long story = r->last_meeting;
	const size_t story_si = r->meet_si;
	size_t next_si = story_si; /* where meeting() moved it */
	size_t remote_verb = r->n; /* the verb of one who joined on a line */
	int rc;

	for (size_t i = 0; i < r->n; i++) {
		size_t w;
		group g, h;
		/* "X also took part.": the meeting the story just told of */
		/* "X also took part as a guest of honour", "X also attended." */
		if (((is_word(&r->u[i], "part") && i > 1 && strcmp(r->u[i - 1].lemma, "take") == 0 &&
		      is_word(&r->u[i - 2], "also")) ||
		     (is_word(&r->u[i], "attended") && i > 0 && is_word(&r->u[i - 1], "also") && i + 1 < r->n &&
		      is_word(&r->u[i + 1], "."))) &&
		    i + 1 < r->n &&
		    (is_word(&r->u[i + 1], ".") || is_word(&r->u[i + 1], ",") || is_word(&r->u[i + 1], "as")) &&
		    r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 2) {
			int neg = 0, planned = 0;
			if (subject_left(r, i - 1, &g, &neg, &planned) >= 1 && !neg && !planned) {
				if ((rc = join_story(r, &g, i, 1, story, story_si, &next_si)) < 0)
					return rc;
				break; /* one join of each kind a sentence */
			}
			continue;
		}
		/* "X was also at the meeting": as one present */
		int at_meeting = is_word(&r->u[i], "at") && meeting_noun_definite(r, i + 1);
		/* "Also in attendance were A and B", "X was in attendance": as "present" */
		int attendance = i > 0 && is_word(&r->u[i], "attendance") && is_word(&r->u[i - 1], "in");
		size_t pi = attendance ? i - 1 : i; /* where the words of being present begin */
		/* the story's meeting is the one meant unless it says where else ("present at the funeral") */
		if (!(is_word(&r->u[i], "present") || is_word(&r->u[i], "attending") || at_meeting || attendance) ||
		    r->last_meeting < 0 || r->si - r->meet_si > 8 || r->si == r->meet_si)
			continue;
		if (!at_meeting && present_elsewhere(r, i))
			continue;
		/* "as he was attending an investor roadshow in London": another gathering than the meeting */
		if (is_word(&r->u[i], "attending") && i + 1 < r->n && r->u[i + 1].kind == U_WORD &&
		    !meeting_noun_definite(r, i + 1) && !is_word(&r->u[i + 1], "were") && !is_word(&r->u[i + 1], "was") &&
		    !present_were(r, i))
			continue;
		if (pi >= 1 && (is_word(&r->u[pi - 1], "was") || is_word(&r->u[pi - 1], "were") ||
				(pi >= 2 && is_word(&r->u[pi - 1], "also") &&
				 (is_word(&r->u[pi - 2], "was") || is_word(&r->u[pi - 2], "were"))))) {
			int neg = 0, planned = 0;
			size_t v = is_word(&r->u[pi - 1], "also") ? pi - 2 : pi - 1;
			/* "Sheikh X, MP, was present": the person before an apposition of a few words */
			if (v >= 2 && is_word(&r->u[v - 1], ",")) {
				size_t q = v - 1;
				while (q > 0 && v - q < 5 && !is_word(&r->u[q - 1], ","))
					q--;
				if (q >= 2 && is_word(&r->u[q - 1], ",") && r->u[q - 2].kind == U_ENT &&
				    ent_type(r, r->u[q - 2].ent) == KG_TYPE_PERSON && q - 2 <= 1) {
					g.n = 1;
					g.ents[0] = r->u[q - 2].ent;
					g.u0 = q - 2;
					g.u1 = q - 1;
					if ((rc = join_story(r, &g, i, 8, story, story_si, &next_si)) < 0)
						return rc;
					break; /* one join of each kind a sentence */
				}
			}
			if (!subject_left(r, v + 1, &g, &neg, &planned) || neg || planned)
				continue;
		} else if (at_meeting && i + 4 < r->n && (is_word(&r->u[i + 3], "were") || is_word(&r->u[i + 3], "was")) &&
			   (group_at(r, i + 4, &g) >= 1 || list_people(r, i + 4, &g) >= 1)) {
			/* "Also at the meeting were A and B" */
			if (list_people(r, i + 4, &h) > (int)g.n)
				g = h;
		} else if (!at_meeting && (w = present_were(r, i)) > 0) {
			/* "Also present were the National Security Adviser, A; the Chief of Defence Staff, B" */
			if (!group_at(r, w, &g) && !list_people(r, w, &g))
				continue;
			if (list_people(r, w, &h) > (int)g.n)
				g = h;
		} else {
			continue;
		}
		if ((rc = join_story(r, &g, i, 8, story, story_si, &next_si)) < 0)
			return rc;
		break; /* one join of each kind a sentence */
	}
	/* "X took part by video link", "X joined the talks via video link", "X participated virtually": one
	 * on a line to the meeting of the sentence or two before, a call with its people */
	for (size_t i = 1; i + 1 < r->n; i++) {
		size_t q = i + 1;
		int neg = 0, planned = 0;
		group g, m;
		if (r->u[i].kind != U_WORD || r->last_meeting < 0 || r->si - r->meet_si > 2 || r->si == r->meet_si)
			continue;
		if (strcmp(r->u[i].lemma, "take") == 0 && is_word(&r->u[i + 1], "part"))
			q = i + 2;
		else if (!(strcmp(r->u[i].lemma, "participate") == 0 || strcmp(r->u[i].lemma, "join") == 0 ||
			   strcmp(r->u[i].lemma, "attend") == 0))
			continue;
		/* past "in the talks", "the meeting", "the discussion", "the leaders", "them" */
		if (q < r->n && is_word(&r->u[q], "in"))
			q++;
		if (q + 1 < r->n && is_word(&r->u[q], "the") && r->u[q + 1].kind == U_WORD &&
		    (in_list(meeting_nouns, r->u[q + 1].low) || in_list(remote_joined, r->u[q + 1].low)))
			q += 2;
		else if (q < r->n && is_word(&r->u[q], "them"))
			q++;
		if (!remote_at(r, q))
			continue;
		if (!subject_left(r, i, &g, &neg, &planned) || neg || planned)
			continue;
		if (!event_people(r, (size_t)r->last_meeting, &m))
			continue;
		{
			static const trigger remote = { "speak_with", "join", NULL, S_VERB_OBJ, NULL, PEOPLE,
							KG_ROLE_PARTICIPANT };
			if ((rc = meeting(r, &remote, i, &m, PEOPLE, &g, PEOPLE, r->n, 0, reported(r), 0.75, 1)) < 0)
				return rc;
			remote_verb = i;
			if (r->last_meeting == story) {
				next_si = r->meet_si;
				r->meet_si = story_si;
			}
			break; /* one join of each kind a sentence */
		}
	}
	/* "X attended the meeting", "X also joined the talks", "X also took part in the talks", "X
	 * participated in the meeting": the meeting of the sentence or two before */
	for (size_t i = 1; i + 2 < r->n; i++) {
		size_t q = i + 1;
		int neg = 0, planned = 0;
		group g;
		int definite;
		if (r->u[i].kind != U_WORD || r->last_meeting < 0 || r->si - r->meet_si > 3 || r->si == r->meet_si)
			continue;
		if (strcmp(r->u[i].lemma, "take") == 0 && is_word(&r->u[i + 1], "part") && is_word(&r->u[i + 2], "in"))
			q = i + 3;
		else if (strcmp(r->u[i].lemma, "participate") == 0 && is_word(&r->u[i + 1], "in"))
			q = i + 2;
		else if (strcmp(r->u[i].lemma, "sit") == 0 && is_word(&r->u[i + 1], "in") && i + 3 < r->n &&
			 is_word(&r->u[i + 2], "on"))
			q = i + 3; /* "A and B sat in on the meeting" */
		else if (strcmp(r->u[i].lemma, "join") == 0 && group_at(r, i + 1, &g) && g.u1 + 1 < r->n &&
			 is_word(&r->u[g.u1], "for") && people_in_event(r, (size_t)r->last_meeting, &g))
			q = g.u1 + 1; /* "X joined Mr Dar for the delegation-level talks" */
		else if (!(strcmp(r->u[i].lemma, "attend") == 0 || strcmp(r->u[i].lemma, "join") == 0))
			continue;
		if (q >= r->n || i == remote_verb)
			continue;
		definite = is_word(&r->u[q], "the");
		if (is_word(&r->u[q], "the") || is_word(&r->u[q], "that") || is_word(&r->u[q], "this") ||
		    is_word(&r->u[q], "their"))
			q++;
		/* "the delegation-level talks", "the bilateral meeting": a lower-case word or two before the noun */
		for (size_t a = q; a < r->n && a - q < 2 && r->u[a].kind == U_WORD && !in_list(meeting_nouns, r->u[a].low) &&
				   !(r->c->p->tokens[r->u[a].t0].flags & KG_TOK_CAP) && !(r->u[a].lex & KG_LEX_STOP) &&
				   !verb_form(&r->u[a]);
		     a++)
			if (a + 1 < r->n && r->u[a + 1].kind == U_WORD && in_list(meeting_nouns, r->u[a + 1].low)) {
				q = a + 1;
				break;
			}
		/* "the meeting" reaches the story's meeting a sentence further back */
		if (r->si - r->meet_si > 2 && !definite)
			continue;
		/* "attended the meeting of the council", "the talks between": a gathering of its own */
		if (q >= r->n || r->u[q].kind != U_WORD || !in_list(meeting_nouns, r->u[q].low) ||
		    strcmp(r->u[q].low, "summit") == 0 ||
		    (q + 1 < r->n && (is_word(&r->u[q + 1], "of") || is_word(&r->u[q + 1], "between") ||
				      is_word(&r->u[q + 1], "with") || is_word(&r->u[q + 1], "on"))))
			continue;
		if (!subject_left(r, i, &g, &neg, &planned) || neg || planned)
			continue;
		if ((rc = join_story(r, &g, i, 3, story, story_si, &next_si)) < 0)
			return rc;
		break; /* one join of each kind a sentence */
	}
	/* "today's meeting, held with the participation of X": a meeting of no one new is the latest one */
	for (size_t i = 0; i < r->n; i++) {
		size_t w = more_people_at(r, i), noun;
		group g, h;
		/* "a Saudi-U.S. investment forum attended by X": a gathering of another kind, not the talks */
		static const char *const other_gatherings[] = { "forum", "conference", "ceremony", "gathering", "assembly",
								 "congress", "convention", "parade", "funeral", "festival",
								 "concert", "rally", "event", "expo", "exhibition", "match",
								 "game", "service", "mass", NULL };
		if (!w || r->last_meeting < 0 || r->si - r->meet_si > 2 || r->si == r->meet_si ||
		    strcmp(r->u[i].low, "joined") == 0 || gathering_before(r, i, &noun) == 2 || !group_at(r, i + w, &g) ||
		    (i > 0 && r->u[i - 1].kind == U_WORD && in_list(other_gatherings, r->u[i - 1].low)))
			continue;
		/* "attended by A and the company's country manager, B": the list goes on over appositions */
		if (list_people(r, i + w, &h) > (int)g.n)
			g = h;
		if ((rc = join_story(r, &g, i, 1, story, story_si, &next_si)) < 0)
			return rc;
		break; /* one join of each kind a sentence */
	}
	/* "The Hungarian delegation included A and B", "The Afghan delegation, which arrived on Monday,
	 * included A", "The SBN delegation was led by A and included B": the members of a side of the story's
	 * meeting */
	for (size_t i = 1; i + 1 < r->n && r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 3; i++) {
		size_t d = is_word(&r->u[i - 1], "also") && i >= 2 ? i - 2 : i - 1, lead_end = 0;
		char last[16];
		group g, h, led;
		if (!(is_word(&r->u[i], "included") || is_word(&r->u[i], "comprised")))
			continue;
		/* back over ", which ... ," or "was led by A and" to the delegation */
		if (is_word(&r->u[d], ",")) {
			size_t c = d;
			while (c > 0 && d - c < 12 && !is_word(&r->u[c - 1], ","))
				c--;
			if (c >= 2 && is_word(&r->u[c - 1], ",") && (is_word(&r->u[c], "which") || is_word(&r->u[c], "who")))
				d = c - 2;
		} else if (is_word(&r->u[d], "and")) {
			for (size_t b = d; b-- > 1 && d - b < 8;)
				if (is_word(&r->u[b], "by") && b >= 3 && is_word(&r->u[b - 1], "led") && is_word(&r->u[b - 2], "was") &&
				    group_at(r, b + 1, &led) && led.u1 == d) {
					d = b - 3;
					lead_end = 1;
					break;
				}
		}
		if (r->u[d].kind != U_DESC || d > story_start(r) + 1)
			continue;
		ner_lower(r->c->p, r->u[d].t1 - 1, last, sizeof(last));
		if (!in_list(delegation_nouns, last) || !group_at(r, i + 1, &g))
			continue;
		if (list_people(r, i + 1, &h) > (int)g.n)
			g = h;
		for (size_t m = 0; lead_end && m < led.n && g.n < MAX_GROUP; m++)
			g.ents[g.n++] = led.ents[m];
		if ((rc = join_story(r, &g, i, 3, story, story_si, &next_si)) < 0)
			return rc;
		break;
	}
	if (r->last_meeting == story)
		r->meet_si = next_si;
	return KG_OK;
}


/* 1 when a meeting noun stands in the next few units from j, before any name, and names no other
 * side: "(took part in) the first round of talks", not "(in) talks with Russia", where the subjects are
 * one side (the noun triggers read that). */
static int meeting_noun_ahead(const rstate *r, size_t j)
{
	for (size_t q = j; q < r->n && q - j < 6; q++) {
		if (r->u[q].kind == U_ENT || is_word(&r->u[q], ","))
			return 0;
		if (r->u[q].kind == U_WORD && in_list(meeting_nouns, r->u[q].low))
			return !(q + 1 < r->n && (is_word(&r->u[q + 1], "with") || is_word(&r->u[q + 1], "between") ||
						  is_word(&r->u[q + 1], "among")));
	}
	return 0;
}

/* "attended a meeting chaired by President X": the one who chairs or hosts the meeting whose noun
 * opens within a few units of j takes part in it too; X joins g. */
static void chaired_by(rstate *r, size_t j, group *g)
{
	static const char *const chairs[] = { "chaired", "co-chaired", "hosted", "convened", NULL };
	group c;

	for (size_t q = j; q + 2 < r->n && q - j < 6; q++) {
		if (r->u[q].kind != U_WORD || !in_list(meeting_nouns, r->u[q].low))
			continue;
		if (!in_list(chairs, r->u[q + 1].low) || !is_word(&r->u[q + 2], "by") || q + 3 >= r->n ||
		    group_at(r, q + 3, &c) != 1 || ent_type(r, c.ents[0]) != KG_TYPE_PERSON || g->n == MAX_GROUP)
			return;
		for (size_t m = 0; m < g->n; m++)
			if (g->ents[m] == c.ents[0])
				return;
		g->ents[g->n++] = c.ents[0];
		return;
	}
}

/* The unit of the meeting noun when sentence r->si opens with "Taking part in", "Participating in",
 * "Attending" or "Present at" a meeting and its verb "were" or "was" is at unit i ("Taking part in the
 * meeting at the Presidential Palace were"); 0 when it does not. */
static size_t fronted_attendance(const rstate *r, size_t i)
{
	size_t q = story_start(r);

	if (q + 1 < r->n && is_word(&r->u[q], "also"))
		q++;
	/* "X hosted the meeting. Taking part were A, B and C": the gathering the story tells of */
	if (q + 2 < r->n && is_word(&r->u[q], "taking") && is_word(&r->u[q + 1], "part") && q + 2 == i)
		return q + 1;
	if (q + 2 < r->n && is_word(&r->u[q], "taking") && is_word(&r->u[q + 1], "part") && is_word(&r->u[q + 2], "in"))
		q += 3;
	else if (q + 1 < r->n && ((is_word(&r->u[q], "participating") && is_word(&r->u[q + 1], "in")) ||
				  (is_word(&r->u[q], "present") && is_word(&r->u[q + 1], "at"))))
		q += 2;
	else if (q < r->n && is_word(&r->u[q], "attending"))
		q++;
	else if (q + 3 < r->n && is_word(&r->u[q], "around") && is_word(&r->u[q + 1], "the") && is_word(&r->u[q + 2], "table") &&
		 is_word(&r->u[q + 3], "were") && q + 3 == i)
		return q + 2; /* "Around the table were A; B; and C" */
	else if (q + 3 < r->n && is_word(&r->u[q], "among") && is_word(&r->u[q + 1], "those") &&
		 (is_word(&r->u[q + 2], "at") || is_word(&r->u[q + 2], "attending") || is_word(&r->u[q + 2], "present")))
		q += 3; /* "Among those at the meeting was X" */
	else
		return 0;
	for (; q < i && i - q <= 8; q++)
		if (r->u[q].kind == U_WORD && (in_list(meeting_nouns, r->u[q].low) || strstr(r->u[q].low, "summit") ||
					       is_word(&r->u[q], "deliberations") || is_word(&r->u[q], "discussions") ||
					       is_word(&r->u[q], "proceedings")))
			return q;
	return 0;
}

/* The people of a list set off by semicolons from unit j to the sentence's end ("the Chief of Defence
 * Staff, Gen. A; the Inspector-General of Police, Mr B; and his Yobe State counterpart, C"): the last
 * person named in each item, in g; the number of them, 0 when the list has no semicolon. */
static int semicolon_people(const rstate *r, size_t j, group *g)
{
	int last = -1, semis = 0;

	memset(g, 0, sizeof(*g));
	g->u0 = j;
	for (size_t q = j; q <= r->n; q++) {
		if (q == r->n || is_word(&r->u[q], ";") || (q + 1 == r->n && is_word(&r->u[q], "."))) {
			if (last >= 0 && g->n < MAX_GROUP)
				g->ents[g->n++] = last;
			last = -1;
			semis += q < r->n && is_word(&r->u[q], ";");
			g->u1 = q;
			if (q + 1 >= r->n)
				break;
			continue;
		}
		if (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PERSON)
			last = r->u[q].ent;
	}
	return semis ? (int)g->n : 0;
}

/* 1 when unit u names a meeting one may convene: "meeting", "session", "summit", "mini-summit". */
static int convened_noun(const unit *u)
{
	size_t n = strlen(u->low);

	return u->kind == U_WORD && (in_list(meeting_nouns, u->low) || (n > 7 && strcmp(u->low + n - 7, "-summit") == 0));
}

/* Nouns of groups of people that "including" may list the members of. */
static const char *const group_heads[] = {
	"group", "groups", "delegation", "delegations", "senators", "lawmakers", "legislators", "congressmen",
	"members", "leaders", "ministers", "officials", "executives", "representatives", "envoys", "diplomats",
	"chiefs", "heads", "counterparts", "governors", "mayors", "businessmen", "investors", "ambassadors", NULL
};

/* Adds person e to the conveners of sentence r->si (those of an earlier sentence are forgotten). */
static void add_convener(rstate *r, int e)
{
	if (r->n_conveners > 0 && r->convener_si != r->si)
		r->n_conveners = 0;
	r->convener_si = r->si;
	for (size_t m = 0; m < r->n_conveners; m++)
		if (r->conveners[m] == e)
			return;
	if (r->n_conveners < sizeof(r->conveners) / sizeof(r->conveners[0]))
		r->conveners[r->n_conveners++] = e;
}

/* 1 when "met (with)" at unit k has for object people of a group noun with no name among the next words
 * ("met with governors of states in the North-West and heads of security agencies"). */
static int unnamed_group_met(const rstate *r, size_t k)
{
	size_t q = k + 1;

	if (strcmp(r->u[k].lemma, "meet") != 0)
		return 0;
	if (q < r->n && is_word(&r->u[q], "with"))
		q++;
	if (q < r->n && is_word(&r->u[q], "the"))
		q++;
	/* "chief executives of deposit money banks": a modifier or two before the group noun */
	for (size_t m = 0; m < 2 && q + 1 < r->n && r->u[q].kind == U_WORD && !in_list(group_heads, r->u[q].low) &&
			   !verb_form(&r->u[q]) && !in_list(np_stop, r->u[q].low);
	     m++)
		q++;
	if (q >= r->n || r->u[q].kind != U_WORD || !in_list(group_heads, r->u[q].low))
		return 0;
	for (size_t j = q + 1; j < r->n && j - q < 12; j++) {
		if (r->u[j].kind == U_ENT && ent_type(r, r->u[j].ent) == KG_TYPE_PERSON)
			return 0;
		if (is_word(&r->u[j], "including") || is_word(&r->u[j], ";"))
			return 0;
	}
	return 1;
}

/* Notes who convened, chaired or hosted a meeting in this sentence whose other participants it does not
 * name, for those the next sentences say attended it: "X on Tuesday convened a closed-door meeting with
 * security chiefs", "X hosted a mini-summit", "X hosted the governors of four states", "The session was
 * chaired by A and hosted by B". */
static void note_convener(rstate *r)
{
	static const char *const verbs[] = { "convene", "chair", "co-chair", "host", "preside", "meet", "receive", "open", NULL };

	for (size_t k = 0; k + 1 < r->n; k++) {
		const unit *u = &r->u[k];
		size_t q = k + 1;
		int neg = 0, planned = 0;
		group s;

		if (u->kind != U_WORD || !verb_form(u) || !in_list(verbs, u->lemma))
			continue;
		/* passive: "(the session) was chaired by A, and hosted by B" */
		if (k > 0 && (is_word(&r->u[k - 1], "was") || is_word(&r->u[k - 1], "were") || is_word(&r->u[k - 1], "and") ||
			      is_word(&r->u[k - 1], ",")) &&
		    is_word(&r->u[q], "by")) {
			size_t a = k - 1;
			/* "..., and hosted by B": a second chair of the meeting just named */
			int again = !is_word(&r->u[k - 1], "was") && !is_word(&r->u[k - 1], "were") && r->n_conveners > 0 &&
				    r->convener_si == r->si;
			while (!again && a > 0 && !(r->u[a].kind == U_WORD && convened_noun(&r->u[a])) && k - a < 12 &&
			       !(r->u[a].kind == U_ENT && ent_type(r, r->u[a].ent) == KG_TYPE_PERSON))
				a--;
			if (!again && (!(r->u[a].kind == U_WORD && convened_noun(&r->u[a])) || k - a >= 12))
				continue;
			if (q + 1 < r->n && group_at(r, q + 1, &s) == 1 && ent_type(r, s.ents[0]) == KG_TYPE_PERSON)
				add_convener(r, s.ents[0]);
			else if (q + 1 < r->n && r->u[q + 1].kind == U_TITLE)
				for (size_t e = q + 1; e < r->n && e - q < 12; e++)
					if (r->u[e].kind == U_ENT && ent_type(r, r->u[e].ent) == KG_TYPE_PERSON) {
						add_convener(r, r->u[e].ent);
						break;
					}
			continue;
		}
		while (q < r->n && q - k <= 4 && r->u[q].kind == U_WORD && !convened_noun(&r->u[q]) &&
		       (is_word(&r->u[q], "over") || is_word(&r->u[q], "a") || is_word(&r->u[q], "an") ||
			is_word(&r->u[q], "the") || !verb_form(&r->u[q])))
			q++;
		/* "received the credentials of the newly appointed ambassadors of Ghana and Uruguay" */
		if (strcmp(u->lemma, "receive") == 0 && k + 2 < r->n && is_word(&r->u[k + 1], "the") &&
		    is_word(&r->u[k + 2], "credentials")) {
			int named = 0;
			for (size_t x = k + 3; x < r->n && x - k < 14; x++)
				named |= r->u[x].kind == U_ENT && ent_type(r, r->u[x].ent) == KG_TYPE_PERSON;
			if (!named && subject_left(r, k, &s, &neg, &planned) == 1 && !neg && !planned &&
			    ent_type(r, s.ents[0]) == KG_TYPE_PERSON)
				add_convener(r, s.ents[0]);
			return;
		}
		/* "hosted the governors of four states", "met with governors of states in the North-West": people
		 * of a group noun, none of them named */
		if (!(q < r->n && convened_noun(&r->u[q])) &&
		    !(k + 2 < r->n && is_word(&r->u[k + 1], "the") && r->u[k + 2].kind == U_WORD &&
		      in_list(group_heads, r->u[k + 2].low) && strcmp(u->lemma, "host") == 0) &&
		    !unnamed_group_met(r, k))
			continue;
		if (subject_left(r, k, &s, &neg, &planned) == 1 && !neg && !planned &&
		    ent_type(r, s.ents[0]) == KG_TYPE_PERSON)
			add_convener(r, s.ents[0]);
		return;
	}
}

static int list_people_ex(const rstate *r, size_t j, group *g, int titled);

/* The people of a list from unit j to the end of the sentence's clause: those named one after another,
 * set off by commas, "and" or semicolons, each maybe with its owner and title before it and a relative
 * clause or apposition after it ("A, who is the current SADC chairperson, Malawi's President B and
 * SADC Executive Secretary C"), in g; not those a clause names ("who represented President D"). The
 * clause ends at "while", "but", "where", "after", "before" or ". ". Returns how many. */
static int list_people(const rstate *r, size_t j, group *g)
{
	return list_people_ex(r, j, g, 0);
}

/* list_people; titled: only those named right after a title ("Foreign Minister B"). */
static int list_people_ex(const rstate *r, size_t j, group *g, int titled)
{
	static const char *const ends[] = { "while", "but", "whereas", "where", "after", "before", "when", NULL };
	static const char *const inner[] = { "represent", "replace", "succeed", "accompany", "meet", "host", NULL };

	int relative = 0;

	memset(g, 0, sizeof(*g));
	g->u0 = j;
	for (size_t q = j; q < r->n; q++) {
		const unit *u = &r->u[q];

		if (u->kind == U_WORD && in_list(ends, u->low))
			break;
		if (is_word(u, ".") && q + 1 >= r->n)
			break;
		/* "The talks, attended by A, managing director of X, focused on ...": the sentence's verb after the
		 * list ends it (not ", led by B") */
		if (g->n && q > j && is_word(&r->u[q - 1], ",") && verb_form(u) && !ing_form(u) && q + 1 < r->n &&
		    !is_word(&r->u[q + 1], "by"))
			break;
		g->u1 = q + 1;
		/* ", who is the current SADC chairperson,": what a relative clause names is no one listed */
		if (is_word(u, "who") || is_word(u, "which") || is_word(u, "whose"))
			relative = 1;
		else if (is_word(u, ",") || is_word(u, ";"))
			relative = 0;
		if (relative || u->kind != U_ENT || ent_type(r, u->ent) != KG_TYPE_PERSON || g->n >= MAX_GROUP ||
		    (titled && !(q > j && r->u[q - 1].kind == U_TITLE)))
			continue;
		/* named inside a clause of the one before: "who represented President D", "on behalf of D" */
		{
			int skip = 0;
			for (size_t b = q; b-- > j && q - b <= 3;) {
				if (r->u[b].kind == U_WORD && (in_list(inner, r->u[b].lemma) || is_word(&r->u[b], "behalf") ||
							       is_word(&r->u[b], "of") || is_word(&r->u[b], "whose")))
					skip = 1;
				if (is_word(&r->u[b], ",") || is_word(&r->u[b], "and") || is_word(&r->u[b], ";"))
					break;
			}
			if (skip)
				continue;
		}
		/* "Putin aide X", "Al Sadd chairman X" (a club read as a person): whom the lower-case title
		 * after it serves is no one listed */
		if (owner_before_lower_title(r, q))
			continue;
		g->ents[g->n++] = u->ent;
	}
	return (int)g->n;
}

/* Adds to g those who convened or chaired the meeting told of in the last two sentences (add_convener). */
static void with_conveners(const rstate *r, group *g)
{
	if (r->si <= r->convener_si || r->si - r->convener_si > 2)
		return;
	for (size_t c = 0; c < r->n_conveners && g->n < MAX_GROUP; c++) {
		size_t m = 0;
		while (m < g->n && g->ents[m] != r->conveners[c])
			m++;
		if (m == g->n)
			g->ents[g->n++] = r->conveners[c];
	}
}

/* Everyone of g takes part in the latest meeting of the last sentences, or, when there is none, in a
 * new meeting of their own when they are two or more. */
static int gathering(rstate *r, size_t k, group *g)
{
	/* another reading of this sentence put them all in the story's meeting already */
	if (r->last_meeting >= 0 && r->si == r->meet_si) {
		int all = g->n > 0, any = 0;
		for (size_t m = 0; m < g->n; m++) {
			int in = in_event(r, (size_t)r->last_meeting, g->ents[m]);
			all &= in;
			any |= in;
		}
		if (all)
			return KG_OK;
		/* ... or some of them: the others join it too */
		if (any)
			return meeting(r, NULL, k, NULL, 0, g, T(KG_TYPE_PERSON), g->u1, 1, reported(r), 0.7, 0);
	}
	/* "The meeting was also attended by X" opening a sentence reaches the story's meeting a few
	 * sentences back */
	size_t reach = meeting_noun_definite(r, story_start(r)) ? 6 : 2;
	if (r->last_meeting >= 0 && r->si - r->meet_si <= reach && r->si != r->meet_si)
		return meeting(r, NULL, k, NULL, 0, g, T(KG_TYPE_PERSON), g->u1, (int)reach, reported(r), 0.7, 0);
	/* "X convened a meeting with security chiefs. Those in attendance included A; B": X took part */
	with_conveners(r, g);
	if (g->n < 2)
		return KG_OK;
	return meeting(r, NULL, k, g, T(KG_TYPE_PERSON), NULL, 0, g->u1, 0, reported(r), 0.7, 0);
}

/* Documents that leaders sign together, when they sign "a" or "an" one. */
static const char *const signed_docs[] = { "treaty", "agreement", "accord", "deal", "declaration", "memorandum",
					   "pact", "communique", "statement", "treaties", "agreements", "accords", "deals",
					   "declarations", "memoranda", "memorandums", "pacts", NULL };
/* Counts before the documents signed: "signed four agreements". */
static const char *const doc_counts[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
					  "several", "a", "an", "the", NULL };

/* 1 when a document leaders sign is named at unit j or j + 1 and "in" or "at" a place follows it within a
 * few words: "[the] trade deal in Nairobi", "[the] agreement at the State House". */
static int signed_there(const rstate *r, size_t j)
{
	size_t d = j;

	if (d < r->n && !(r->u[d].kind == U_WORD && in_list(signed_docs, r->u[d].low)))
		d++; /* "the trade deal" */
	if (d >= r->n || r->u[d].kind != U_WORD || !in_list(signed_docs, r->u[d].low) ||
	    (d + 1 < r->n && is_word(&r->u[d + 1], "of")))
		return 0;
	for (size_t q = d + 1; q + 1 < r->n && q - d <= 3; q++) {
		size_t p = q + 1;

		if (!is_word(&r->u[q], "in") && !is_word(&r->u[q], "at"))
			continue;
		if (is_word(&r->u[p], "the"))
			p++;
		return p < r->n && r->u[p].kind == U_ENT && ent_type(r, r->u[p].ent) == KG_TYPE_PLACE;
	}
	return 0;
}

/* 1 when the words from unit j are "the talks", "the meeting" (not a summit, not one of something: "the
 * meeting of the council"). */
static int meeting_noun_definite(const rstate *r, size_t j)
{
	size_t n = j + 1;

	/* "the three-hour meeting", "the closed-door talks": a hyphenated modifier */
	while (n < r->n && n - j <= 2 && r->u[n].kind == U_WORD && strchr(r->u[n].low, '-') && !verb_form(&r->u[n]))
		n++;
	return n < r->n && is_word(&r->u[j], "the") && r->u[n].kind == U_WORD &&
	       in_list(meeting_nouns, r->u[n].low) && strcmp(r->u[n].low, "summit") != 0 &&
	       !(n + 1 < r->n && (is_word(&r->u[n + 1], "of") || is_word(&r->u[n + 1], "between")));
}

/* The unit of the meeting noun when the units before k are a meeting noun and ", which" or ", that"
 * ("the session, which", "the meeting, that", "a meeting on border security, which"): a relative
 * clause about a meeting, not a summit; SIZE_MAX when they are not. What the meeting is about may
 * stand between the noun and the comma: a few words after "on", "of", "about" or "over", no name of a
 * person among them. */
static size_t meeting_relative_noun(const rstate *r, size_t k)
{
	size_t n;

	if (k < 3 || !(is_word(&r->u[k - 1], "which") || is_word(&r->u[k - 1], "that")) || !is_word(&r->u[k - 2], ","))
		return SIZE_MAX;
	for (n = k - 3; n > 0 && k - 3 - n < 5; n--) {
		const unit *w = &r->u[n];

		if (w->kind == U_WORD && in_list(meeting_nouns, w->low))
			break;
		if (w->kind == U_PUNCT || (w->kind == U_ENT && ent_type(r, w->ent) == KG_TYPE_PERSON))
			return SIZE_MAX;
	}
	if (r->u[n].kind != U_WORD || !in_list(meeting_nouns, r->u[n].low) || strcmp(r->u[n].low, "summit") == 0)
		return SIZE_MAX;
	/* the topic opens with a preposition right after the noun */
	if (n + 1 < k - 2 && !(is_word(&r->u[n + 1], "on") || is_word(&r->u[n + 1], "of") ||
			       is_word(&r->u[n + 1], "about") || is_word(&r->u[n + 1], "over")))
		return SIZE_MAX;
	return n;
}

/* "by A and by B", "by A, Undersecretary of X, and by B": the agents after the second "by" join group g
 * of the first. */
static void and_by_more(rstate *r, group *g)
{
	size_t q = g->u1;
	group more;

	/* past an apposition of the last agent: ", Undersecretary of the Ministry of Energy and Minerals," */
	if (q < r->n && is_word(&r->u[q], ",")) {
		size_t c = q + 1;
		while (c < r->n && c - q < 14 && !is_word(&r->u[c], ",") && r->u[c].kind != U_PUNCT && !verb_form(&r->u[c]))
			c++;
		q = c < r->n && is_word(&r->u[c], ",") && c + 2 < r->n && is_word(&r->u[c + 1], "and") &&
			    is_word(&r->u[c + 2], "by") ? c + 1 : q + 1;
	}
	if (q + 2 >= r->n || !is_word(&r->u[q], "and") || !is_word(&r->u[q + 1], "by") || group_at(r, q + 2, &more) < 1)
		return;
	for (size_t m = 0; m < more.n && g->n < MAX_GROUP; m++)
		g->ents[g->n++] = more.ents[m];
	g->u1 = more.u1;
}

/* Those a sentence says took part in a meeting: "the summit was attended by A, B and C", "among those
 * attending were A and B", "those attending the talks included A and B", "A, B and C took part in the
 * talks" (the gold guide: everyone named as taking part meets everyone else). */
static int gathering_members(rstate *r)
{
	group g;
	int neg = 0, planned = 0;

	for (size_t i = 0; i + 3 < r->n; i++) {
		const unit *u = &r->u[i];
		size_t j = i + 1, w0;
		if (u->kind != U_WORD)
			continue;
		/* "the summit was (also) attended by ...": everyone joins the meeting the text told of, or, for
		 * "the ECOWAS summit in Abuja", meets the others in a gathering of its own */
		/* "The meeting at City Hall was also joined by A and B": those who joined the story's meeting */
		if (is_word(u, "joined") && is_word(&r->u[j], "by") && r->last_meeting >= 0 && r->si != r->meet_si &&
		    r->si - r->meet_si <= 2) {
			size_t noun = i;
			while (noun > 0 && (is_word(&r->u[noun - 1], "was") || is_word(&r->u[noun - 1], "were") ||
					    is_word(&r->u[noun - 1], "also")))
				noun--;
			/* "at City Hall", "in the capital": where the meeting was */
			for (size_t q = noun; q-- > 0 && noun - q <= 5;)
				if (is_word(&r->u[q], "at") || is_word(&r->u[q], "in")) {
					noun = q;
					break;
				}
			noun = noun > 0 ? noun - 1 : noun;
			/* "The ministers were joined by A and B": those who met, named by their offices */
			static const char *const sides[] = { "ministers", "leaders", "presidents", "delegations", "sides",
							     "premiers", "chiefs", "commanders", NULL };
			if (noun > 0 && r->u[noun].kind == U_WORD && in_list(sides, r->u[noun].low) &&
			    (is_word(&r->u[noun - 1], "the") || is_word(&r->u[noun - 1], "two") ||
			     is_word(&r->u[noun - 1], "both")) &&
			    (group_at(r, j + 1, &g) >= 1 || list_people(r, j + 1, &g) >= 1)) {
				group h;
				if (list_people(r, j + 1, &h) > (int)g.n)
					g = h;
				return gathering(r, noun, &g);
			}
			if (noun > 0 && r->u[noun].kind == U_WORD && in_list(meeting_nouns, r->u[noun].low) &&
			    meeting_noun_definite(r, noun - 1) &&
			    (group_at(r, j + 1, &g) >= 1 || list_people(r, j + 1, &g) >= 1)) {
				group h;
				if (list_people(r, j + 1, &h) > (int)g.n)
					g = h;
				return gathering(r, noun, &g);
			}
		}
		if (is_word(u, "attended") && is_word(&r->u[j], "by")) {
			size_t noun = i, k = i;
			int kind;
			/* "A opened the session, which was attended by B and C": A, B and C took part */
			while (k > 0 && (is_word(&r->u[k - 1], "was") || is_word(&r->u[k - 1], "were") ||
					 is_word(&r->u[k - 1], "also")))
				k--;
			if (k >= 4 && k < i && (noun = meeting_relative_noun(r, k)) != SIZE_MAX && noun >= 1 &&
			    group_at(r, j + 1, &g) >= 1) {
				size_t v = noun - 1;
				group s;
				/* "chaired a high-level meeting", "hosted the 67th ordinary session": modifiers, then the
				 * article */
				while (v > 0 && noun - v <= 3 && r->u[v].kind == U_WORD && !verb_form(&r->u[v]) &&
				       !(r->u[v].lex & KG_LEX_STOP))
					v--;
				if (v > 0 && (is_word(&r->u[v], "the") || is_word(&r->u[v], "a") || is_word(&r->u[v], "its")))
					v--;
				neg = planned = 0;
				if (r->u[v].kind == U_WORD && verb_form(&r->u[v]) && subject_left(r, v, &s, &neg, &planned) &&
				    !neg && !planned) {
					for (size_t m = 0; m < s.n && g.n < MAX_GROUP; m++)
						g.ents[g.n++] = s.ents[m];
				}
				return g.n < 2 ? KG_OK : meeting(r, NULL, noun, &g, T(KG_TYPE_PERSON), NULL, 0, r->n, 0,
								 reported(r), 0.7, 0);
			}
			/* "The opening session, presided over by A, was attended by B; C; and D", "The meeting, held
			 * at the ministry on Wednesday, was also attended by B and C": the noun before the phrase
			 * set off by commas, and who presided over it */
			if (k >= 3 && is_word(&r->u[k - 1], ",") && list_people(r, j + 1, &g) >= 1) {
				size_t c0 = k - 1, nn;
				group pr;
				while (c0 > 0 && k - 1 - c0 < 14 && !is_word(&r->u[c0 - 1], ","))
					c0--;
				nn = c0 >= 2 ? c0 - 2 : 0;
				if (c0 >= 2 && is_word(&r->u[c0 - 1], ",") && convened_noun(&r->u[nn])) {
					for (size_t q = c0; q + 2 < k - 1; q++)
						if (is_word(&r->u[q], "by") && group_at(r, q + 1, &pr) == 1 &&
						    ent_type(r, pr.ents[0]) == KG_TYPE_PERSON && g.n < MAX_GROUP)
							g.ents[g.n++] = pr.ents[0];
					if (r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 2 &&
					    meeting_noun_definite(r, nn > 0 ? nn - 1 : nn))
						return gathering(r, i, &g);
					with_conveners(r, &g);
					return g.n < 2 ? KG_OK :
						meeting(r, NULL, nn, &g, T(KG_TYPE_PERSON), NULL, 0, g.u1, 0, reported(r), 0.7, 0);
				}
			}
			/* "The session was chaired by A. It was attended by B, C and D": "it" is the meeting the
			 * last sentences told of, or one of its chairs (note_convener) */
			if (k == story_start(r) + 1 && is_word(&r->u[k - 1], "it") && list_people(r, j + 1, &g) >= 1) {
				if (r->last_meeting >= 0 && r->si - r->meet_si <= 2 && r->si != r->meet_si)
					return gathering(r, i, &g);
				with_conveners(r, &g);
				return g.n < 2 ? KG_OK : meeting(r, NULL, i, &g, T(KG_TYPE_PERSON), NULL, 0, g.u1, 0, reported(r), 0.7, 0);
			}
			noun = i;
			kind = gathering_before(r, i, &noun);
			/* "... attended by A, Minister of State; B, Minister of State; and C, Ambassador": a list
			 * set off by semicolons, each with its office */
			if (!kind || (semicolon_people(r, j + 1, &g) < 2 && group_at(r, j + 1, &g) < 1))
				continue;
			and_by_more(r, &g);
			if (kind == 1)
				return gathering(r, noun, &g);
			return g.n < 2 ? KG_OK : meeting(r, NULL, noun, &g, T(KG_TYPE_PERSON), NULL, 0, g.u1, 0, reported(r), 0.7, 0);
		}
		/* "Taking part in the summit are A, B and C", "Also taking part in the session were A and B": they
		 * join the meeting the text told of, or meet in one of their own */
		if (is_word(u, "taking") && is_word(&r->u[j], "part") && i + 5 < r->n && is_word(&r->u[j + 1], "in")) {
			size_t q = j + 2;
			if (is_word(&r->u[q], "the") || is_word(&r->u[q], "this") || is_word(&r->u[q], "today's"))
				q++;
			if (q + 2 < r->n && r->u[q].kind == U_WORD && in_list(meeting_nouns, r->u[q].low) &&
			    (is_word(&r->u[q + 1], "are") || is_word(&r->u[q + 1], "were") || is_word(&r->u[q + 1], "is") ||
			     is_word(&r->u[q + 1], "was")) &&
			    list_people(r, q + 2, &g) >= 1) {
				with_conveners(r, &g);
				return gathering(r, q, &g);
			}
		}
		/* "The meeting, which also included X, lasted five hours": X took part in the meeting told of */
		if ((is_word(u, "included") || is_word(u, "involved")) && i >= 3) {
			size_t k = i;
			if (is_word(&r->u[k - 1], "also"))
				k--;
			size_t noun = meeting_relative_noun(r, k);
			if (noun != SIZE_MAX && group_at(r, j, &g) >= 1)
				return gathering(r, noun, &g);
		}
		/* "A and B witnessed the signing of ...", "A and B signed a treaty", "A and B signed the trade deal
		 * in Nairobi": a signing together (the document "the" names is signed together where it was) */
		if ((strcmp(u->lemma, "witness") == 0 && is_word(&r->u[j], "the") && is_word(&r->u[j + 1], "signing")) ||
		    (strcmp(u->lemma, "sign") == 0 && r->u[j].kind == U_WORD && in_list(doc_counts, r->u[j].low) &&
		     !is_word(&r->u[j], "the") &&
		     j + 1 < r->n && r->u[j + 1].kind == U_WORD &&
		     (in_list(signed_docs, r->u[j + 1].low) || (j + 2 < r->n && in_list(signed_docs, r->u[j + 2].low)))) ||
		    (strcmp(u->lemma, "sign") == 0 && is_word(&r->u[j], "the") && signed_there(r, j + 1))) {
			neg = planned = 0;
			if (!subject_left(r, i, &g, &neg, &planned) || neg || planned || g.n < 2)
				continue;
			for (size_t m = 0; m < g.n; m++)
				if (ent_type(r, g.ents[m]) != KG_TYPE_PERSON)
					g.n = 0;
			if (g.n >= 2)
				return meeting(r, NULL, i, &g, T(KG_TYPE_PERSON), NULL, 0, r->n, 0, reported(r), 0.7, 0);
			continue;
		}
		/* "The memorandum was signed (at a ceremony) by A and B": those who sign one document together */
		if (strcmp(u->lemma, "sign") == 0 && i >= 2 && (is_word(&r->u[i - 1], "was") || is_word(&r->u[i - 1], "were")) &&
		    r->u[i - 2].kind == U_WORD && in_list(signed_docs, r->u[i - 2].low)) {
			size_t b = j;
			/* "signed at the Government House in Neuquen by": where, then by whom */
			while (b < r->n && b - j < 8 && !is_word(&r->u[b], "by") &&
			       (r->u[b].kind == U_WORD || (r->u[b].kind == U_ENT && ent_type(r, r->u[b].ent) != KG_TYPE_PERSON)) &&
			       !(is_word(&r->u[b], "in") && b + 1 < r->n && is_word(&r->u[b + 1], "the") && b + 2 < r->n &&
				 is_word(&r->u[b + 2], "presence")))
				b++;
			neg = planned = 0;
			/* "The agreements were signed in the presence of A and B": they join the signing told of */
			if (b + 4 < r->n && is_word(&r->u[b], "in") && is_word(&r->u[b + 1], "the") &&
			    is_word(&r->u[b + 2], "presence") && is_word(&r->u[b + 3], "of") && r->last_meeting >= 0 &&
			    r->si != r->meet_si && r->si - r->meet_si <= 2 && (group_at(r, b + 4, &g) >= 1 || list_people(r, b + 4, &g) >= 1)) {
				group h;
				if (list_people(r, b + 4, &h) > (int)g.n)
					g = h;
				return gathering(r, i, &g);
			}
			if (b + 1 < r->n && is_word(&r->u[b], "by") && group_at(r, b + 1, &g) >= 2) {
				size_t w = 0;
				for (size_t m = 0; m < g.n; m++)
					if (ent_type(r, g.ents[m]) == KG_TYPE_PERSON)
						g.ents[w++] = g.ents[m];
				g.n = w;
				/* "... in the presence of Defence Minister Y": Y took part too */
				if (g.n >= 2)
					return meeting(r, NULL, i, &g, T(KG_TYPE_PERSON), NULL, 0, g.u1, 0, reported(r), 0.7, 0);
			}
			continue;
		}
		/* "Those in attendance included the Chief of Defence Staff, Gen. A; the Inspector-General of
		 * Police, B; ... and C", "Participants included A; B": a list of people set off by semicolons */
		if ((is_word(u, "included") || is_word(u, "were")) && i > 0 &&
		    ((i >= 3 && is_word(&r->u[i - 1], "attendance") && is_word(&r->u[i - 2], "in") && is_word(&r->u[i - 3], "those")) ||
		     (i >= 2 && is_word(&r->u[i - 1], "present") && is_word(&r->u[i - 2], "those")) ||
		     (i == story_start(r) + 1 && (is_word(&r->u[i - 1], "participants") || is_word(&r->u[i - 1], "attendees")))) &&
		    semicolon_people(r, j, &g) >= 2)
			return gathering(r, i, &g);
		/* "The credentials were presented separately by A; B; and C": each met the one who received
		 * them (note_convener), apart */
		if (is_word(u, "presented") && r->n_conveners > 0 && r->si > r->convener_si && r->si - r->convener_si <= 2) {
			size_t b = j;
			if (b < r->n && is_word(&r->u[b], "separately"))
				b++;
			if (b + 1 < r->n && is_word(&r->u[b], "by") && list_people(r, b + 1, &g) >= 1) {
				group host, one;
				memset(&host, 0, sizeof(host));
				host.ents[0] = r->conveners[0];
				host.n = 1;
				for (size_t m = 0; m < g.n; m++) {
					int rc;
					one = g;
					one.ents[0] = g.ents[m];
					one.n = 1;
					r->ev_salt = m;
					rc = meeting(r, NULL, i, &host, T(KG_TYPE_PERSON), &one, T(KG_TYPE_PERSON), r->n, 0,
						     reported(r), 0.7, 1);
					r->ev_salt = 0;
					if (rc < 0)
						return rc;
				}
				return KG_OK;
			}
		}
		/* "X briefed the chiefs on ...": X joins the meeting of the chiefs the story told of */
		if (strcmp(u->lemma, "brief") == 0 && verb_form(u) && j + 1 < r->n && is_word(&r->u[j], "the") &&
		    r->u[j + 1].kind == U_WORD && (in_list(people_nouns, r->u[j + 1].low) || in_list(group_heads, r->u[j + 1].low)) &&
		    r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 2) {
			neg = planned = 0;
			if (subject_left(r, i, &g, &neg, &planned) == 1 && !neg && !planned &&
			    ent_type(r, g.ents[0]) == KG_TYPE_PERSON)
				return gathering(r, i, &g);
		}
		/* "the governors at the meeting were A of Kano, B of Katsina and C of Zamfara": people of the
		 * meeting the story told of */
		if ((is_word(u, "were") || is_word(u, "included")) && i >= 4 && is_word(&r->u[i - 3], "at") &&
		    meeting_noun_definite(r, i - 2) && r->u[i - 4].kind == U_WORD &&
		    (in_list(group_heads, r->u[i - 4].low) || in_list(people_nouns, r->u[i - 4].low) ||
		     is_word(&r->u[i - 4], "participants") || is_word(&r->u[i - 4], "those")) &&
		    list_people(r, j, &g) >= 1) {
			if (r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 8)
				return meeting(r, NULL, i - 1, NULL, 0, &g, T(KG_TYPE_PERSON), r->n, 8, 0, 0.7, 0);
			return gathering(r, i, &g);
		}
		/* "Taking part in the meeting at the Presidential Palace were A, B and C", "Attending the summit
		 * were A and B": a sentence opening with the meeting its list of people took part in */
		if ((is_word(u, "were") || is_word(u, "was")) && (w0 = fronted_attendance(r, i)) > 0 &&
		    list_people(r, j, &g) >= 1) {
			/* "the meeting" the story told of, however many sentences back */
			if (r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 8 && w0 > 0 &&
			    is_word(&r->u[w0 - 1], "the"))
				return meeting(r, NULL, w0, NULL, 0, &g, T(KG_TYPE_PERSON), r->n, 8, 0, 0.7, 0);
			return gathering(r, w0, &g);
		}
		/* "among those attending were ...", "those attending (the talks) included ..." */
		if (is_word(u, "attending") && i > 0 && (is_word(&r->u[i - 1], "those") || is_word(&r->u[i - 1], "leaders") ||
							  is_word(&r->u[i - 1], "officials"))) {
			while (j < r->n && r->u[j].kind == U_WORD && !is_word(&r->u[j], "were") && !is_word(&r->u[j], "included") &&
			       !is_word(&r->u[j], "include") && j - i < 5)
				j++;
			if (j + 1 < r->n && (is_word(&r->u[j], "were") || is_word(&r->u[j], "included") ||
					     is_word(&r->u[j], "include")) && group_at(r, j + 1, &g) >= 1)
				return gathering(r, i, &g);
			continue;
		}
		/* "A, B and C took part in / participated in / attended the talks" */
		if (((is_word(u, "part") && i > 0 && strcmp(r->u[i - 1].lemma, "take") == 0 && is_word(&r->u[j], "in")) ||
		     (strcmp(u->lemma, "participate") == 0 && is_word(&r->u[j], "in")) || strcmp(u->lemma, "attend") == 0) &&
		    meeting_noun_ahead(r, is_word(&r->u[j], "in") ? j + 1 : j)) {
			size_t v = is_word(u, "part") ? i - 1 : i;
			neg = planned = 0;
			if (!subject_left(r, v, &g, &neg, &planned) || neg || planned)
				continue;
			/* "X also took part in the talks": one who joins the meeting the story told of */
			if (g.n == 1 && ent_type(r, g.ents[0]) == KG_TYPE_PERSON && v > 0 && is_word(&r->u[v - 1], "also") &&
			    r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 2)
				return gathering(r, i, &g);
			if (g.n < 2)
				continue;
			for (size_t m = 0; m < g.n; m++)
				if (ent_type(r, g.ents[m]) != KG_TYPE_PERSON)
					return KG_OK;
			/* "the talks" of the sentence before are the story's: they join it */
			if (meeting_noun_definite(r, is_word(&r->u[j], "in") ? j + 1 : j))
				return gathering(r, i, &g);
			/* "A and B also took part in the summit": the summit the story told of */
			{
				size_t nq = is_word(&r->u[j], "in") ? j + 1 : j;
				if (v > 0 && is_word(&r->u[v - 1], "also") && nq + 1 < r->n && is_word(&r->u[nq], "the") &&
				    is_word(&r->u[nq + 1], "summit") && r->last_meeting >= 0)
					return gathering(r, i, &g);
			}
			with_conveners(r, &g);
			chaired_by(r, is_word(&r->u[j], "in") ? j + 1 : j, &g);
			return meeting(r, NULL, i, &g, T(KG_TYPE_PERSON), NULL, 0, g.u1, 0, reported(r), 0.7, 0);
		}
	}
	return KG_OK;
}

/* Nouns that name a gathering. */
static const char *const event_nouns[] = {
	"summit", "meeting", "meetings", "conference", "session", "ministerial", "forum", "gathering",
	"talks", "assembly", "congress", "convention", "ceremony", NULL
};

/* Which kind of gathering an event noun is: 0 summit, 1 meeting, 2 conference. */
static int event_kind(const char *w)
{
	if (strcmp(w, "summit") == 0)
		return 0;
	if (strcmp(w, "conference") == 0 || strcmp(w, "forum") == 0 || strcmp(w, "convention") == 0 ||
	    strcmp(w, "assembly") == 0 || strcmp(w, "congress") == 0 || strcmp(w, "ceremony") == 0)
		return 2;
	return 1;
}

/* "of the SCO" after an event noun at unit j - 1: the organisation, or -1 (venues after "at" are not it). */
static int event_of(rstate *r, size_t j)
{
	size_t after;

	if (j >= r->n || !is_word(&r->u[j], "of"))
		return -1;
	{
		int of = of_qualifier_end(r, j, &after);
		return of >= 0 && ent_type(r, of) == KG_TYPE_ORG ? of : -1;
	}
}

/* What "attend the summit" refers to: an organisation right before the event noun ("an emergency Arab
 * League summit"), after it ("the meeting of the SCO"), or else the event the text last named. */
static int event_object(rstate *r, size_t k, group *o)
{
	size_t j = k + 1;

	if (j < r->n && is_word(&r->u[j], "in"))
		j++;
	for (size_t steps = 0; j < r->n && steps < 5; j++, steps++) {
		unit *u = &r->u[j];
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_ORG && j + 1 < r->n && r->u[j + 1].kind == U_WORD &&
		    in_list(event_nouns, r->u[j + 1].low)) {
			o->n = 1;
			o->ents[0] = u->ent;
			return 1;
		}
		if (u->kind == U_WORD && in_list(event_nouns, u->low)) {
			int of = event_of(r, j + 1);
			o->n = 1;
			o->ents[0] = of >= 0 ? of : r->last_event[event_kind(u->low)];
			return o->ents[0] >= 0;
		}
		if (u->kind != U_WORD || (u->lemma[0] && strcmp(u->lemma, u->low) != 0))
			return 0;
	}
	return 0;
}

/* Remembers the organisation behind an event the sentence names: "the G20 summit", "a meeting of NATO". */
static void note_events(rstate *r)
{
	for (size_t i = 0; i + 1 < r->n; i++) {
		unit *u = &r->u[i];
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_ORG && r->u[i + 1].kind == U_WORD &&
		    in_list(event_nouns, r->u[i + 1].low)) {
			r->last_event[event_kind(r->u[i + 1].low)] = u->ent;
		} else if (u->kind == U_WORD && in_list(event_nouns, u->low)) {
			int of = event_of(r, i + 1);
			if (of >= 0)
				r->last_event[event_kind(u->low)] = of;
		}
	}
}

/* The forum on whose margins this sentence says a meeting took place: "on the sidelines of the G20
 * summit", "on the margins of the summit of the SCO", "on the sidelines of the UN General Assembly",
 * "on the sidelines of the summit" (the summit the text last named), "on the sidelines of the Munich
 * Security Conference" (an event's name); -1 when none. Only organisations and events: the guide's
 * attends is for named bodies and forums. */
static int sidelines_forum(rstate *r)
{
	for (size_t i = 2; i + 2 < r->n; i++) {
		size_t j = i + 2;
		unit *u;

		if (!(is_word(&r->u[i], "sidelines") || is_word(&r->u[i], "margins") || is_word(&r->u[i], "sideline")) ||
		    !is_word(&r->u[i - 1], "the") || !(is_word(&r->u[i - 2], "on") || is_word(&r->u[i - 2], "at")) ||
		    !is_word(&r->u[i + 1], "of"))
			continue;
		if (j < r->n && (is_word(&r->u[j], "the") || is_word(&r->u[j], "a") || is_word(&r->u[j], "an")))
			j++;
		/* "the annual", "the 16th", "the two-day" */
		while (j < r->n && j - i < 6 && r->u[j].kind == U_WORD && !in_list(event_nouns, r->u[j].low) &&
		       !r->u[j].lemma[0] && !(r->u[j].lex & KG_LEX_STOP))
			j++;
		if (j >= r->n)
			return -1;
		u = &r->u[j];
		if (u->kind == U_ENT)
			return ent_type(r, u->ent) == KG_TYPE_ORG || ent_type(r, u->ent) == KG_TYPE_EVENT ? u->ent : -1;
		if (u->kind == U_WORD && in_list(event_nouns, u->low) && strcmp(u->low, "talks") != 0) {
			int of = event_of(r, j + 1);
			return of >= 0 ? of : r->last_event[event_kind(u->low)];
		}
		return -1;
	}
	return -1;
}

/* 1 when the word or its lemma could be a trigger: a quick filter before the table scan, on the first
 * two letters of every trigger word and lemma. */
static int maybe_trigger(const unit *u)
{
	/* "me", "ta", "ne", "ho", "ha", "re", "jo", "br", "sp", "ca", "co", "cr", "ph", "le", "he", "ch", "ad", "ap",
	 * "na", "vi", "ar", "tr", "fl", "be", "el", "ex", "wa", "we", "is", "at", "pa", "te", "si", "st", "ro", "no",
	 * "de", "du", "dr", "ga", "in", "sh", "pl" by first letter; a
	 * trigger row whose word or lemma starts otherwise needs its two letters here */
	static const char *const second[128] = {
		['a'] = "cdprtu", ['b'] = "eir", ['c'] = "aohr", ['d'] = "eiur", ['e'] = "lx", ['f'] = "l", ['g'] = "ar",
		['h'] = "aoe", ['i'] = "sn", ['j'] = "o", ['l'] = "aeu", ['m'] = "e", ['n'] = "eao", ['p'] = "harl",
		['r'] = "eo", ['s'] = "ehpuit",
		['t'] = "aeor", ['v'] = "i", ['w'] = "ae"
	};
	const char *w[2] = { u->low, u->lemma };

	for (size_t i = 0; i < 2; i++) {
		unsigned char a = (unsigned char)w[i][0];
		if (a < 128 && second[a] && w[i][1] && strchr(second[a], w[i][1]))
			return 1;
	}
	return 0;
}

static int trigger_matches(const trigger *t, const unit *u)
{
	if (u->kind != U_WORD)
		return 0;
	if (t->word)
		return t->word[0] == u->low[0] && strcmp(t->word, u->low) == 0;
	return u->lemma[0] == t->lemma[0] && strcmp(t->lemma, u->lemma) == 0;
}

/* Looks at what stands right before unit k for negation and modality ("did not", "will"). */
static void left_modality(const rstate *r, size_t k, int *neg, int *planned)
{
	for (size_t j = k, steps = 0; j > 0 && steps < 4; j--, steps++) {
		const unit *u = &r->u[j - 1];
		/* "did not attend but spoke with X": the negation is the other verb's */
		if (u->kind != U_WORD || is_word(u, "but"))
			break;
		if (in_list(negations, u->low))
			*neg = 1;
		if (in_list(planned_words, u->low))
			*planned = 1;
	}
}

/* 1 when unit k stands in a condition or an open question: "If X meets Y, ...", "... whether X will
 * visit P" (an "if", "unless" or "whether" before it in its clause). Such facts are not asserted. */
static int hypothetical(const rstate *r, size_t k)
{
	for (size_t j = k; j > 0; j--) {
		const unit *u = &r->u[j - 1];
		if (is_word(u, ",") || is_word(u, ";") || is_word(u, ":"))
			return 0;
		if (is_word(u, "if") || is_word(u, "unless") || is_word(u, "whether"))
			return 1;
	}
	return 0;
}

/* 1 when the words from unit j say the event named before them did not take place: "(a planned meeting
 * between A and B) was called off / cancelled / postponed / scrapped", "... was unlikely". */
static int undone_after(const rstate *r, size_t j)
{
	static const char *const undone[] = { "cancelled", "canceled", "postponed", "scrapped", "off", "unlikely",
					      "doubtful", "impossible", NULL };
	static const char *const happen[] = { "take", "happen", "materialise", "materialize", "occur", "go", NULL };

	/* "(a planned meeting between A and B), which officials had hoped to arrange, did not take place" */
	if (j + 2 < r->n && is_word(&r->u[j], ",") && (is_word(&r->u[j + 1], "which") || is_word(&r->u[j + 1], "that")))
		for (size_t q = j + 2; q < r->n && q - j < 14; q++)
			if (is_word(&r->u[q], ",")) {
				j = q + 1;
				break;
			}
	for (size_t i = j; i < r->n && i - j < 5; i++) {
		const unit *u = &r->u[i];
		if (u->kind != U_WORD || is_word(u, "and"))
			return 0;
		if (in_list(undone, u->low))
			return 1;
		/* "did not take place", "never happened" */
		if ((is_word(u, "not") || is_word(u, "never")) && i + 1 < r->n && r->u[i + 1].kind == U_WORD &&
		    in_list(happen, r->u[i + 1].lemma[0] ? r->u[i + 1].lemma : r->u[i + 1].low))
			return 1;
	}
	return 0;
}

/* 1 when the words after unit j say the meeting named before them is still to come: "(talks between
 * A and B) are scheduled for Friday", "is expected to", "will take place", "is possible". */
static int planned_after(const rstate *r, size_t j)
{
	static const char *const be[] = { "is", "are", "was", "were", "also", "now", "still", NULL };

	for (size_t i = j; i < r->n && i - j < 4; i++) {
		const unit *u = &r->u[i];
		if (u->kind != U_WORD)
			return 0;
		/* "(a meeting between A and B) is possible / likely / being proposed": not held yet */
		if ((in_list(planned_words, u->low) && strcmp(u->low, "to") != 0) || is_word(u, "possible") ||
		    is_word(u, "likely") || is_word(u, "proposed") || is_word(u, "mooted"))
			return 1;
		if (!in_list(be, u->low) && !is_word(u, "being"))
			return 0;
	}
	return 0;
}

/* Forms of "be" before a passive participle. */
static const char *const be_forms[] = { "was", "were", "is", "are", "be", "been", "being", NULL };
/* Adverbs between "be" and a participle: "was also received". */
static const char *const passive_adverbs[] = { "also", "later", "then", "earlier", "warmly", "formally", "first",
	"officially", "cordially", NULL };

/* 1 when unit u is an "-ing" form ("visiting", "meeting"). */
static int ing_form(const unit *u)
{
	size_t n = strlen(u->low);

	return n > 4 && strcmp(u->low + n - 3, "ing") == 0;
}

/* 1 when the entity at unit b is where something took place: a place, or an organisation's building,
 * after "at" or "in", with or without "the" ("at Bole International Airport", "at the Elysee Palace"). */
static int venue_after_at(const rstate *r, size_t b)
{
	kg_etype t = ent_type(r, r->u[b].ent);
	size_t a = b;

	if (t != KG_TYPE_PLACE && t != KG_TYPE_ORG)
		return 0;
	/* "at the 4 de Fevereiro International Airport": a number opening the name */
	if (a > 2 && r->u[a - 1].kind == U_WORD && (r->c->p->tokens[r->u[a - 1].t0].flags & KG_TOK_NUM) &&
	    is_word(&r->u[a - 2], "the"))
		a--;
	if (a > 1 && is_word(&r->u[a - 1], "the"))
		a--;
	return a > 1 && (is_word(&r->u[a - 1], "at") || is_word(&r->u[a - 1], "in"));
}

/* 1 when the verb at unit k is a passive participle: a form of "be" (past a few adverbs) before it, and
 * no "-ing" form. */
static int passive_at(const rstate *r, size_t k)
{
	size_t a = k;

	if (ing_form(&r->u[k]))
		return 0; /* "will be visiting" is progressive */
	while (a > 0 && r->u[a - 1].kind == U_WORD && in_list(passive_adverbs, r->u[a - 1].low))
		a--;
	return a > 0 && r->u[a - 1].kind == U_WORD && in_list(be_forms, r->u[a - 1].low);
}

/* 1 when unit u is a past form of a verb other than "expected" or "scheduled" ("agreed", "vowed"). */
static int past_form(const unit *u)
{
	size_t n = strlen(u->low);

	return u->kind == U_WORD && n > 3 && strcmp(u->low + n - 2, "ed") == 0 && !in_list(planned_words, u->low);
}

/* The traveller of "X's tour (had already) stopped in": 1 and g when the words before the verb at k are
 * a possessive person and a noun of travel, else 0. */
static int traveller_before(rstate *r, size_t k, group *g)
{
	static const char *const aux[] = { "had", "has", "have", "already", "also", "then", "later", "first", NULL };
	static const char *const journeys[] = { "tour", "trip", "visit", "journey", "travels", "tours", "trips", NULL };
	size_t j = k;

	while (j > 0 && r->u[j - 1].kind == U_WORD && in_list(aux, r->u[j - 1].low))
		j--;
	if (j < 3 || r->u[j - 1].kind != U_WORD || !in_list(journeys, r->u[j - 1].low) || r->u[j - 2].kind != U_POSS ||
	    !phrase_ending(r, j - 2, g) || g->n != 1 || ent_type(r, g->ents[0]) != KG_TYPE_PERSON)
		return 0;
	return 1;
}

/* 1 when the noun at unit k is held over a line: "a video conference", "a telephone conference". */
static int remote_noun(const rstate *r, size_t k)
{
	static const char *const lines[] = { "video", "phone", "telephone", "audio", NULL };

	return k > 0 && r->u[k - 1].kind == U_WORD && in_list(lines, r->u[k - 1].low);
}

/* Meals and receptions one is hosted at. */
static const char *const meal_nouns[] = { "dinner", "lunch", "luncheon", "banquet", "reception", "breakfast", NULL };

/* "A and B attended a dinner hosted by Y", "A joined a state banquet hosted by Y": at unit k "hosted",
 * after the meal noun; the meal's host Y meets those who attended it. s and o are scratch groups. */
static int meal_hosted_by(rstate *r, const trigger *t, size_t k, group *s, group *o)
{
	static const char *const mods[] = { "a", "an", "the", "state", "official", "gala", "working", "private",
					    "special", "welcome", NULL };
	size_t v = k - 1;
	int neg = 0, planned = 0;

	while (v > 0 && r->u[v - 1].kind == U_WORD && in_list(mods, r->u[v - 1].low))
		v--;
	if (v == 0 || r->u[v - 1].kind != U_WORD ||
	    !(strcmp(r->u[v - 1].lemma, "attend") == 0 || strcmp(r->u[v - 1].lemma, "join") == 0) ||
	    k + 2 >= r->n || !is_word(&r->u[k + 1], "by") || !group_at(r, k + 2, o) ||
	    !subject_left(r, v - 1, s, &neg, &planned))
		return KG_OK;
	return meeting(r, t, k, o, T(KG_TYPE_PERSON), s, T(KG_TYPE_PERSON), o->u1, 0,
		       (neg ? KG_EVENT_NEGATED : 0u) | (planned ? KG_EVENT_PLANNED : 0u) | reported(r), 0.8, 0);
}

/* Nouns of a part of an organisation: "the Senate subcommittee", "the party's youth wing". */
static const char *const sub_bodies[] = {
	"subcommittee", "committee", "panel", "unit", "division", "department", "branch", "wing", "caucus",
	"bureau", "office", "team", "task", "arm", "chapter", "faction", "section", NULL
};

/* "the foreign ministers of| Iran and Saudi Arabia, A and B": past the countries joined by "and" at
 * unit q, the people after the comma, as many as the countries, in o; the countries in *places when
 * not NULL. 0 when the words are not so. */
static int respective_people(rstate *r, size_t q, group *o, group *places)
{
	group pl;
	size_t k = q;

	memset(&pl, 0, sizeof(pl));
	while (k < r->n && r->u[k].kind == U_ENT && ent_type(r, r->u[k].ent) == KG_TYPE_PLACE && pl.n < MAX_GROUP) {
		pl.ents[pl.n++] = r->u[k].ent;
		k++;
		if (k + 1 < r->n && is_word(&r->u[k], ",") && is_word(&r->u[k + 1], "and"))
			k += 2; /* "A, B, and C" */
		else if (k < r->n && is_word(&r->u[k], "and"))
			k++;
		else if (k + 1 < r->n && is_word(&r->u[k], ",") && r->u[k + 1].kind == U_ENT &&
			 ent_type(r, r->u[k + 1].ent) == KG_TYPE_PLACE)
			k++;
		else
			break;
	}
	if (pl.n < 2 || k + 1 >= r->n || !is_word(&r->u[k], ",") || group_at(r, k + 1, o) != (int)pl.n)
		return 0;
	for (size_t i = 0; i < o->n; i++)
		if (ent_type(r, o->ents[i]) != KG_TYPE_PERSON)
			return 0;
	if (places)
		*places = pl;
	return 1;
}

/* "business leaders, including A and B", "a bipartisan group of U.S. senators, including A and B", "a
 * group of lawmakers including A": the people listed after "including" that the plural noun phrase
 * opening at unit j is made of, in o. A phrase with no name in it may end in any noun before ",
 * including"; one with a name in it ("U.S. senators") or without the comma must have a noun of
 * group_heads. 0 when none. */
static int people_including(rstate *r, size_t j, group *o)
{
	int head = 0, named = 0;

	for (size_t q = j; q + 1 < r->n && q - j < 10; q++) {
		const unit *u = &r->u[q];

		/* "the foreign ministers of Iran and Saudi Arabia, A and B" */
		if (head && is_word(u, "of") && respective_people(r, q + 1, o, NULL))
			return 1;
		/* "the leaders of Samsung, including its Vice Chairman X": whose leaders they are */
		if (head && is_word(u, "of") && q + 2 < r->n && r->u[q + 1].kind == U_ENT &&
		    ent_type(r, r->u[q + 1].ent) != KG_TYPE_PERSON &&
		    (is_word(&r->u[q + 2], ",") || is_word(&r->u[q + 2], "including"))) {
			q++;
			continue;
		}

		if (is_word(u, "including") || (is_word(u, ",") && is_word(&r->u[q + 1], "including"))) {
			int comma = is_word(u, ",");

			if (q == j || ((named || !comma) && !head))
				return 0;
			return group_at(r, q + 1 + comma, o) >= 1;
		}
		/* a name that modifies the noun after it ("U.S. senators", "a group of EU ministers") */
		if (u->kind == U_ENT && r->u[q + 1].kind == U_WORD && !is_word(&r->u[q + 1], "and") &&
		    !is_word(&r->u[q + 1], "including") && !verb_form(&r->u[q + 1])) {
			named = 1;
			continue;
		}
		if (u->kind == U_DEMONYM)
			continue;
		if (u->kind == U_TITLE) { /* "foreign ministers" */
			head = 1;
			continue;
		}
		if (u->kind == U_WORD && in_list(group_heads, u->low)) { /* "ministers" is a verb's form too */
			head = 1;
			continue;
		}
		/* "the heads of commercial banks, including": the phrase's last noun, though a verb's form too */
		if (u->kind == U_WORD && q > j && !is_word(u, "and") &&
		    (is_word(&r->u[q + 1], "including") ||
		     (q + 2 < r->n && is_word(&r->u[q + 1], ",") && is_word(&r->u[q + 2], "including"))))
			continue;
		if (u->kind != U_WORD || verb_form(u) || is_word(u, "and") || is_word(u, "with"))
			return 0;
	}
	return 0;
}

/* "talks with business leaders, including A and B": people_including after the noun trigger at k and
 * its preposition (one of need). 0 when none. */
static int including_after(rstate *r, size_t k, const char *need, group *o)
{
	if (!need || k + 2 >= r->n || r->u[k + 1].kind != U_WORD || !one_of(need, r->u[k + 1].low))
		return 0;
	return people_including(r, k + 2, o);
}

/* "Acme AG's supervisory board appointed Y", "its board elected Y", "the board of Acme named Y", "The
 * board appointed Y", "the lender named Y": the company whose board (or the company a noun stands for,
 * the organisation named last) is the subject of the appointing verb at unit k, in *g; 0 when none. */
static int board_subject(const rstate *r, size_t k, group *g)
{
	static const char *const skip[] = { "has", "had", "have", "on", "unanimously", "also", "then", NULL };
	static const char *const kinds[] = { "supervisory", "management", "executive", "new", NULL };
	size_t b = k;
	int e = -1;

	while (b > 0 && r->u[b - 1].kind == U_WORD && k - b < 4 &&
	       (in_list(skip, r->u[b - 1].low) || (r->u[b - 1].lex & KG_LEX_WEEKDAY)))
		b--;
	if (b >= 3 && is_word(&r->u[b - 3], "board") && is_word(&r->u[b - 2], "of") && r->u[b - 1].kind == U_ENT &&
	    ent_type(r, r->u[b - 1].ent) == KG_TYPE_ORG) {
		e = r->u[b - 1].ent; /* "the board of Acme" */
		b -= 3;
	} else if (b > 0 && (is_word(&r->u[b - 1], "board") || is_word(&r->u[b - 1], "directors"))) {
		b--;
		/* "its board of directors" */
		if (b >= 2 && is_word(&r->u[b], "directors") && is_word(&r->u[b - 1], "of") && is_word(&r->u[b - 2], "board"))
			b -= 2;
		if (b > 0 && in_list(kinds, r->u[b - 1].low))
			b--;
		if (b >= 2 && r->u[b - 1].kind == U_POSS && r->u[b - 2].kind == U_ENT &&
		    ent_type(r, r->u[b - 2].ent) == KG_TYPE_ORG) {
			e = r->u[b - 2].ent;
			b -= 2;
		} else if (b >= 1 && r->u[b - 1].kind == U_ENT && ent_type(r, r->u[b - 1].ent) == KG_TYPE_ORG) {
			e = r->u[b - 1].ent; /* "The Petrobras board named Y" */
			b--;
			if (b > 0 && is_word(&r->u[b - 1], "the"))
				b--;
		} else if (b > 0 && (is_word(&r->u[b - 1], "its") || is_word(&r->u[b - 1], "the"))) {
			e = company_before(r, r->si, r->u[b - 1].t0); /* "The board appointed Y" */
			b--;
		}
	} else if (b >= 2 && in_list(company_nouns, r->u[b - 1].low) && is_word(&r->u[b - 2], "the")) {
		e = company_before(r, r->si, r->u[b - 2].t0); /* "the lender named Y as" */
		b -= 2;
	}
	if (e < 0)
		return 0;
	memset(g, 0, sizeof(*g));
	g->ents[0] = e;
	g->n = 1;
	g->u0 = b;
	g->u1 = b + 1;
	return 1;
}

static int apply_trigger(rstate *r, const trigger *t, size_t k)
{
	/* "met by telephone with X", "conferred telephonically with X": a meeting over a phone line is a call */
	static const trigger phone_line = { "speak_with", "speak", NULL, S_VERB_OBJ, "with|to", PEOPLE,
					    KG_ROLE_PARTICIPANT };
	trigger line;
	group s, o;
	int neg = 0, planned = 0, have_s, have_o, meal = 0;
	const unit *u = &r->u[k];
	/* meetings, calls and visits are events (negated ones too: they are kept, and derive nothing) */
	int ev = strcmp(t->relation, "meet") == 0 || strcmp(t->relation, "speak_with") == 0 ||
		 strcmp(t->relation, "visits") == 0;
#define FLAGS() ((neg ? KG_EVENT_NEGATED : 0u) | (planned ? KG_EVENT_PLANNED : 0u) | reported(r))

	/* "held a phone call with X and exchanged views with X": the views were exchanged on the call */
	if (t->word && strcmp(t->word, "views") == 0)
		for (size_t q = 0; q < k; q++)
			if (r->u[q].kind == U_WORD && (is_word(&r->u[q], "call") || is_word(&r->u[q], "conversation") ||
						       is_word(&r->u[q], "phone") || is_word(&r->u[q], "telephone") ||
						       is_word(&r->u[q], "videoconference") || strcmp(r->u[q].lemma, "phone") == 0 ||
						       strcmp(r->u[q].lemma, "telephone") == 0))
				return KG_OK;
	/* a conference over a video or phone line is a call, one in a room a meeting */
	if (t->word && strcmp(t->word, "conference") == 0 &&
	    remote_noun(r, k) != (strcmp(t->relation, "speak_with") == 0))
		return KG_OK;
	/* "held phone talks with X", "telephone talks", "video talks", "held talks over the phone with X": talks
	 * over a line are a call */
	if (t->word && strcmp(t->relation, "meet") == 0 &&
	    (strcmp(t->word, "talks") == 0 || strcmp(t->word, "discussions") == 0 ||
	     strcmp(t->word, "consultations") == 0) &&
	    (remote_noun(r, k) || by_phone(r, k + 1))) {
		line = *t;
		line.relation = "speak_with";
		t = &line;
	}
	/* "received a courtesy call from X" is a visit in person, "received a call from X" one by phone */
	if (t->word && strcmp(t->word, "call") == 0 && t->need && one_of(t->need, "from") &&
	    (k > 0 && is_word(&r->u[k - 1], "courtesy")) != (strcmp(t->relation, "meet") == 0))
		return KG_OK;
	if (t->lemma && (strcmp(t->lemma, "meet") == 0 || strcmp(t->lemma, "confer") == 0) &&
	    (by_phone(r, k + 1) || (k + 1 < r->n && is_word(&r->u[k + 1], "telephonically")))) {
		t = &phone_line;
		ev = 1;
	}
	memset(&s, 0, sizeof(s));
	memset(&o, 0, sizeof(o));
	left_modality(r, k, &neg, &planned);
	neg |= hypothetical(r, k);
	/* a progressive or present form is asserted; the gerund after "prior to" has its subject after the comma */
	switch (t->how) {
	case S_VERB:
	case S_VERB_OBJ:
		/* "spoke by phone with X": the noun of the call its verb tells, no verb of its own */
		if (k > 0 && is_word(&r->u[k - 1], "by") && (strcmp(u->low, "phone") == 0 || strcmp(u->low, "telephone") == 0))
			return KG_OK;
		if (strcmp(u->low, "meeting") == 0 || strcmp(u->low, "talks") == 0) {
			/* a noun use of the verb: handled by the noun triggers; "is meeting X" and "after meeting
			 * X" are the verb */
			/* "..., meeting his counterpart X": after a comma, a participle when a person follows */
			int whom = k + 1 < r->n && (r->u[k + 1].kind != U_WORD || is_word(&r->u[k + 1], "his") ||
						    is_word(&r->u[k + 1], "her") || is_word(&r->u[k + 1], "their") ||
						    /* "after meeting Commerce Minister X": a field before the title */
						    (k + 2 < r->n && r->u[k + 2].kind == U_TITLE &&
						     (r->c->p->tokens[r->u[k + 1].t0].flags & KG_TOK_CAP)));
			if (k == 0 || !(is_word(&r->u[k - 1], "is") || is_word(&r->u[k - 1], "are") ||
					 is_word(&r->u[k - 1], "was") || is_word(&r->u[k - 1], "were") ||
					 is_word(&r->u[k - 1], "be") || is_word(&r->u[k - 1], "been") ||
					 (strcmp(u->low, "meeting") == 0 &&
					  (is_word(&r->u[k - 1], "after") || is_word(&r->u[k - 1], "before") ||
					   is_word(&r->u[k - 1], "upon") || is_word(&r->u[k - 1], ",")) &&
					  whom)))
				return KG_OK;
		}
		if ((t->role != KG_ROLE_PARTICIPANT || t->lemma) && passive_at(r, k))
			return KG_OK; /* "was received by", "was appointed by": the passive row reads it */
		if (strcmp(u->low, "be") == 0 || strcmp(u->low, "expected") == 0 || strcmp(u->low, "due") == 0) {
			planned = 1;
		}
		/* "took part in": the subject stands before the light verb */
		have_s = subject_left(r, k > 0 && strcmp(u->low, "part") == 0 && r->u[k - 1].kind == U_WORD &&
				      strcmp(r->u[k - 1].lemma, "take") == 0 ? k - 1 : k, &s, &neg, &planned);
		/* "travelled to Washington to meet Y": the place is the object of "to", the subject is the
		 * clause's ("X travelled"); the purpose is planned */
		if (have_s && s.u0 > 0 && r->u[s.u0 - 1].kind == U_WORD && in_list(place_preps, r->u[s.u0 - 1].low) &&
		    s.n == 1 && ent_type(r, s.ents[0]) == KG_TYPE_PLACE) {
			have_s = shared_subject(r, s.u0 - 1, &s);
			planned = 1;
		}
		/* "X inaugurated an exhibition before visiting P": a participle after "before", "after",
		 * "while" or "when" shares the clause's subject */
		if (!have_s && k > 0 && r->u[k - 1].kind == U_WORD &&
		    (is_word(&r->u[k - 1], "before") || is_word(&r->u[k - 1], "after") || is_word(&r->u[k - 1], "while") ||
		     is_word(&r->u[k - 1], "when")) && ing_form(u))
			have_s = shared_subject(r, k - 1, &s);
		/* "X made his first visit to Malaysia on Sunday, meeting Y in Putrajaya": a participle after the
		 * comma that closes a clause shares its subject */
		if (!have_s && k > 1 && is_word(&r->u[k - 1], ",") && ing_form(u))
			have_s = shared_subject(r, k - 1, &s);
		/* "met European foreign ministers, including France's A and Germany's B", "met with a group of
		 * U.S. senators, including A": the people the plural noun is made of, not a name modifying it */
		have_o = 0;
		if (ev && !t->need) {
			size_t q = k + 1;

			if (q + 1 < r->n && is_word(&r->u[q], "separately") && is_word(&r->u[q + 1], "with"))
				q++;
			if (q < r->n && is_word(&r->u[q], "with"))
				q++;
			have_o = people_including(r, q, &o);
		}
		if (!have_o)
			have_o = object_right(r, k, t->need, &o);
		if (!have_o && !t->need && strcmp(t->relation, "visits") == 0)
			have_o = place_of_noun(r, k, &o);
		/* "travelled on Wednesday to the department of Quetzaltenango" */
		if (!have_o && t->need && strcmp(t->relation, "visits") == 0) {
			size_t q = k + 1;
			while (q < r->n && q - k < 5 && r->u[q].kind == U_WORD && in_list(skip_right, r->u[q].low) &&
			       !one_of(t->need, r->u[q].low))
				q++;
			if (q < r->n && r->u[q].kind == U_WORD && one_of(t->need, r->u[q].low))
				have_o = place_of_noun(r, q, &o);
		}
		/* "After meeting X, Y said", "Speaking to reporters after meeting X, Y said": the participle's
		 * subject follows the comma after its object */
		if (!have_s && have_o && k > 0 && r->u[k - 1].kind == U_WORD &&
		    (is_word(&r->u[k - 1], "before") || is_word(&r->u[k - 1], "after") || is_word(&r->u[k - 1], "while") ||
		     is_word(&r->u[k - 1], "when") || is_word(&r->u[k - 1], "following") || is_word(&r->u[k - 1], "upon")) &&
		    ing_form(u)) {
			size_t c2 = o.u1;
			while (c2 < r->n && c2 - o.u1 < 4 && !is_word(&r->u[c2], ",") && !verb_form(&r->u[c2]))
				c2++;
			if (c2 + 1 < r->n && is_word(&r->u[c2], ",") && group_at(r, c2 + 1, &s) >= 1 && s.u1 < r->n &&
			    r->u[s.u1].kind == U_WORD && verb_form(&r->u[s.u1])) {
				have_s = 1;
				planned = 0; /* "Speaking to reporters after meeting X": no plan in "to" */
			}
		}
		/* "chairs the Senate subcommittee on X", "heads the bank's risk unit": the organisation names
		 * whose part is led, not what is */
		if (have_o && strcmp(t->relation, "leads") == 0 && o.u1 < r->n && r->u[o.u1].kind == U_WORD &&
		    in_list(sub_bodies, r->u[o.u1].low))
			return KG_OK;
		/* "A called B on Thursday to congratulate him", "A dialled B": a phone call, when nothing names B
		 * ("called B a liar", "called B's decision ...") */
		if (t->lemma && !t->need && strcmp(t->relation, "speak_with") == 0 &&
		    (strcmp(t->lemma, "call") == 0 || strcmp(t->lemma, "dial") == 0)) {
			static const char *const after_callee[] = { ",", ".", "on", "to", "and", "late", "last", "after",
								    "in", "from", "twice", "again", "yesterday", "today",
								    "earlier", "this", "by", "ahead", "before", NULL };
			/* "called B to congratulate him": a call's purpose; "called B to resign" is an appeal */
			static const char *const call_purposes[] = { "discuss", "congratulate", "express", "convey", "offer",
								     "thank", "wish", "extend", "inform", "brief", "invite",
								     "update", "review", "reaffirm", "exchange", "condole",
								     "share", "follow", "coordinate", NULL };
			/* "dialled B for a briefing", "called B for an update" (not "called B for questioning") */
			int for_call = o.u1 + 2 < r->n && is_word(&r->u[o.u1], "for") &&
				       (is_word(&r->u[o.u1 + 1], "a") || is_word(&r->u[o.u1 + 1], "an"));
			if (!have_o || o.n != 1 || ent_type(r, o.ents[0]) != KG_TYPE_PERSON ||
			    (k + 1 < r->n && is_word(&r->u[k + 1], "on")) ||
			    (o.u1 < r->n && !(r->u[o.u1].lex & KG_LEX_WEEKDAY) && !in_list(after_callee, r->u[o.u1].low) &&
			     !for_call) ||
			    (o.u1 < r->n && is_word(&r->u[o.u1], "to") &&
			     !(o.u1 + 1 < r->n && r->u[o.u1 + 1].kind == U_WORD && in_list(call_purposes, r->u[o.u1 + 1].low))))
				return KG_OK;
		}
		/* "called on X to resign", "called on X for calm": an appeal, no visit */
		if (have_o && t->lemma && strcmp(t->lemma, "call") == 0 && t->need && o.u1 < r->n &&
		    (is_word(&r->u[o.u1], "to") || is_word(&r->u[o.u1], "for") || is_word(&r->u[o.u1], "not")))
			return KG_OK;
		if (!have_s && have_o && !neg && t->how == S_VERB_OBJ && t->role == KG_ROLE_HOST &&
		    (strcmp(t->lemma, "welcome") == 0 || strcmp(t->lemma, "receive") == 0)) {
			/* "I was pleased to welcome Secretary X to P": a host no entity names, a guest who visits P */
			group pg;
			memset(&pg, 0, sizeof(pg));
			if (keep_guests(r, &o) && o.u1 < r->n && is_word(&r->u[o.u1], "to") && (pg.ents[0] = reception_place(r, o.u1)) >= 0) {
				pg.n = 1;
				return visits(r, t, k, &o, &pg, FLAGS(), 0.8, 0);
			}
			return KG_OK;
		}
		/* "the prince's tour had already stopped in Oman": the one whose tour, trip or visit it is */
		if (!have_s && strcmp(t->relation, "visits") == 0)
			have_s = traveller_before(r, k, &s);
		/* "its board elected Y as chief executive": the company appoints */
		if (!have_s && have_o && strcmp(t->relation, "appoints") == 0)
			have_s = board_subject(r, k, &s);
		if (!have_s || (neg && !ev))
			return KG_OK;
		if (have_o && strcmp(t->relation, "appoints") == 0) {
			/* "named Y as its new chief executive": Y holds that office of the appointer */
			size_t a = o.u1, b = o.u0;

			/* "to nominate a new Prime Minister-designate": an indefinite object is no one yet */
			if (b > 0 && (is_word(&r->u[b], "new") || is_word(&r->u[b - 1], "new")))
				b -= is_word(&r->u[b], "new") ? 0 : 1;
			if (b > 0 && (is_word(&r->u[b - 1], "a") || is_word(&r->u[b - 1], "an")))
				return KG_OK;
			/* "named Park X, head of its special ships division, as chief executive": past the
			 * apposition set off by commas */
			if (a + 2 < r->n && is_word(&r->u[a], ",")) {
				size_t c2 = a + 1;
				/* "previously the authority's director of licensing": a gerund there is a noun */
				while (c2 < r->n && c2 - a < 10 && !is_word(&r->u[c2], ",") &&
				       (!verb_form(&r->u[c2]) || ing_form(&r->u[c2])))
					c2++;
				if (c2 + 1 < r->n && is_word(&r->u[c2], ",") && is_word(&r->u[c2 + 1], "as"))
					a = c2 + 1;
			}
			if (a < r->n && is_word(&r->u[a], "as")) {
				a++;
				/* "as group chief executive": a modifier that is a verb's bare form too ("group") */
				while (a < r->n && r->u[a].kind == U_WORD && a - o.u1 < 6 &&
				       (!r->u[a].lemma[0] || !verb_form(&r->u[a])))
					a++;
				/* "as the state-run oil company's new chief executive": the appointing company's */
				if (a + 1 < r->n && r->u[a].kind == U_POSS && r->u[a - 1].kind == U_WORD &&
				    in_list(company_nouns, r->u[a - 1].low) && s.n == 1 && ent_type(r, s.ents[0]) == KG_TYPE_ORG)
					a++;
				if (a < r->n && r->u[a].kind == U_TITLE && s.n == 1 && o.n == 1) {
					int q = ent_type(r, s.ents[0]) == KG_TYPE_ORG ? s.ents[0] : of_qualifier(r, a + 1);
					int rc2;
					/* "Kenya's President X named Y as foreign minister": the appointer's country */
					if (q < 0 && ent_type(r, s.ents[0]) == KG_TYPE_PERSON && national_title(r->u[a].title) &&
					    r->c->e[s.ents[0]].title_of >= 0 && ent_type(r, r->c->e[s.ents[0]].title_of) == KG_TYPE_PLACE &&
					    r->c->e[s.ents[0]].title && national_title(r->c->e[s.ents[0]].title))
						q = r->c->e[s.ents[0]].title_of;
					rc2 = holds(r, o.ents[0], r->u[a].title, q, 0.8);
					if (rc2 < 0)
						return rc2;
				}
			} else if (a + 1 < r->n && (is_word(&r->u[a], "his") || is_word(&r->u[a], "her") ||
						    is_word(&r->u[a], "its") || is_word(&r->u[a], "their")) &&
				   s.n == 1 && o.n == 1) {
				/* "named Y her special envoy": Y holds that office of the appointer */
				a++;
				while (a < r->n && r->u[a].kind == U_WORD && !r->u[a].lemma[0] && a - o.u1 < 4)
					a++;
				if (a < r->n && r->u[a].kind == U_TITLE) {
					int rc2 = holds(r, o.ents[0], r->u[a].title, s.ents[0], 0.8);
					if (rc2 < 0)
						return rc2;
				} else if (strcmp(u->lemma, "name") == 0) {
					return KG_OK;
				}
			} else if (strcmp(u->lemma, "name") == 0) {
				return KG_OK; /* "named" alone is too often "named after" or a naming */
			}
		}
		if (have_o && t->lemma && (strcmp(t->lemma, "host") == 0 || strcmp(t->lemma, "receive") == 0 ||
				   strcmp(t->lemma, "welcome") == 0 || strcmp(t->lemma, "greet") == 0))
			have_o = keep_guests(r, &o);
		if (!have_o && ev && s.u0 >= 2 && is_word(&r->u[s.u0 - 1], "whom") && is_word(&r->u[s.u0 - 2], ","))
			have_o = phrase_ending(r, s.u0 - 2, &o); /* "President X, whom he met on Tuesday" */
		if (!have_o && strcmp(t->relation, "attends") == 0)
			have_o = event_object(r, k, &o);
		if (!have_o && ev && t->role == KG_ROLE_HOST && t->lemma && strcmp(t->lemma, "host") == 0 &&
		    meal_for(r, k, &o)) {
			have_o = keep_guests(r, &o);
			meal = have_o;
		}
		if (!have_o && strcmp(t->relation, "visits") == 0 && t->lemma &&
		    (strcmp(t->lemma, "lead") == 0 || strcmp(t->lemma, "head") == 0))
			have_o = delegation_to(r, k, &o);
		/* "visited Expo 2020 in Dubai", "visited the company's factory in Lagos", "toured a plant in
		 * Pretoria": a visit to something in a place is a visit to the place */
		if (strcmp(t->relation, "visits") == 0 && t->lemma &&
		    (strcmp(t->lemma, "visit") == 0 || strcmp(t->lemma, "return") == 0 || strcmp(t->lemma, "tour") == 0 ||
		     strcmp(t->lemma, "inspect") == 0)) {
			int any_place = 0;
			for (size_t m = 0; have_o && m < o.n; m++)
				any_place |= destination(r, o.ents[m]);
			for (size_t q = have_o ? o.u1 : k + 1; !any_place && q + 1 < r->n && q <= (have_o ? o.u1 : k + 1) + 8; q++) {
				/* "the site of a planned wastewater plant in P": a participle after an article modifies */
				if (r->u[q].kind == U_PUNCT ||
				    (verb_form(&r->u[q]) && !(q > 0 && (is_word(&r->u[q - 1], "a") || is_word(&r->u[q - 1], "an") ||
									  is_word(&r->u[q - 1], "the")))))
					break;
				/* "inspected the defences on Margaret Island": on an island, a shore, a site */
				if (is_word(&r->u[q], "in") || (is_word(&r->u[q], "on") && strcmp(t->lemma, "inspect") == 0)) {
					/* "the Zaatari refugee camp in northern Jordan": a part of the country first */
					static const char *const parts[] = { "northern", "southern", "eastern", "western",
									     "central", "north", "south", "east", "west",
									     "northeastern", "northwestern", "southeastern",
									     "southwestern", "rural", "the", NULL };
					size_t p = q + 1;
					while (p + 1 < r->n && p - q <= 2 && r->u[p].kind == U_WORD && in_list(parts, r->u[p].low))
						p++;
					/* "in Oral district, Kampong Speu province": a division no list knows, then the
					 * one that holds it */
					if (p + 3 < r->n && r->u[p].kind == U_WORD && (r->c->p->tokens[r->u[p].t0].flags & KG_TOK_CAP) &&
					    r->u[p + 1].kind == U_WORD && in_list(division_nouns, r->u[p + 1].low) &&
					    is_word(&r->u[p + 2], ","))
						p += 3;
					if (r->u[p].kind == U_ENT && ent_type(r, r->u[p].ent) == KG_TYPE_PLACE) {
						o.ents[0] = r->u[p].ent;
						o.n = 1;
						o.u1 = p + 1;
						have_o = 1;
						break;
					}
				}
			}
			/* "toured Kenya's high-altitude running heartland": a part of the place the possessive names */
			if (!any_place && !have_o && k + 2 < r->n && r->u[k + 1].kind == U_ENT &&
			    ent_type(r, r->u[k + 1].ent) == KG_TYPE_PLACE && r->u[k + 2].kind == U_POSS) {
				o.ents[0] = r->u[k + 1].ent;
				o.n = 1;
				o.u0 = k + 1;
				o.u1 = k + 2;
				have_o = 1;
			}
		}
		if (have_o && strcmp(t->relation, "visits") == 0) {
			/* "travelled to Kuala Lumpur for the ASEAN summit": the journey's forum is attended */
			group f;
			size_t q = o.u1;
			while (q < r->n && q - o.u1 < 3 && (is_word(&r->u[q], "on") || (r->u[q].lex & KG_LEX_WEEKDAY)))
				q++;
			memset(&f, 0, sizeof(f));
			if (!neg && q < r->n && is_word(&r->u[q], "for") && event_object(r, q, &f) && f.n == 1 &&
			    (ent_type(r, f.ents[0]) == KG_TYPE_ORG || ent_type(r, f.ents[0]) == KG_TYPE_EVENT))
				for (size_t m = 0; m < s.n; m++)
					if (ent_type(r, s.ents[m]) == KG_TYPE_PERSON && !said_here(r, s.ents[m], "attends", f.ents[0])) {
						int rc2 = evidence_triple(r, s.ents[m], "attends", f.ents[0], NULL, planned, 0.75);
						if (rc2 < 0)
							return rc2;
					}
			town_of_site(r, &o);
			return visits(r, t, k, &s, &o, FLAGS(), 0.9, 0);
		}
		/* "visited B" is a meeting with B, but "visited the B settlement bloc" is no person's: the name
		 * must end its noun phrase */
		if (have_o && t->lemma && strcmp(t->lemma, "visit") == 0 && o.u1 < r->n && r->u[o.u1].kind == U_WORD &&
		    !(r->u[o.u1].lex & (KG_LEX_STOP | KG_LEX_WEEKDAY | KG_LEX_MONTH)) && !verb_form(&r->u[o.u1]) &&
		    !is_word(&r->u[o.u1], "last") && !is_word(&r->u[o.u1], "yesterday") && !is_word(&r->u[o.u1], "today"))
			return KG_OK;
		/* "A and B co-chaired the Joint Commission": what they chaired is no side; they met */
		if (have_o && t->word && strcmp(t->word, "co-chaired") == 0) {
			int person = 0;
			for (size_t m = 0; m < o.n; m++)
				person |= ent_type(r, o.ents[m]) == KG_TYPE_PERSON;
			if (!person)
				have_o = 0;
		}
		/* "co-chaired the meeting of the joint commission": the meeting's noun makes the event */
		if (!have_o && t->word && strcmp(t->word, "co-chaired") == 0)
			for (size_t q = k + 1; q < r->n && q <= k + 5; q++)
				if (r->u[q].kind == U_WORD && in_list(event_nouns, r->u[q].low))
					return KG_OK;
		if (have_o && ev) {
			/* "A and B spoke by phone with C": A and B were at one end of the call */
			int rc2 = meeting(r, t, k, &s, AGENTS, &o, t->obj_types, o.u1, 0, FLAGS(), 0.9,
					  strcmp(t->relation, "speak_with") == 0);
			/* "hosted a dinner for A, B and C": the guests of one table met each other too; those who
			 * attended it are no guests ("..., attended by Vice President X") */
			if (rc2 >= 0 && meal && r->made_ev >= 0)
				for (size_t m = 0; m < r->evs[r->made_ev].n_participants; m++) {
					kg_participant *pa = &r->evs[r->made_ev].participants[m];
					pa->side = 0;
					for (size_t x = r->meal_guests; x < o.n; x++)
						if (strcmp(pa->name, r->c->e[o.ents[x]].name) == 0)
							pa->role = KG_ROLE_PARTICIPANT;
				}
			return rc2 < 0 ? rc2 : guest_place(r, t, k, o.u1);
		}
		if (have_o)
			return cross(r, &s, t->relation, &o, planned, AGENTS, t->obj_types, 0.9);
		if (t->how == S_VERB && s.n >= 2 && ev)
			return meeting(r, t, k, &s, t->obj_types, NULL, 0, k + 1, 0, FLAGS(), 0.85, 0);
		/* "A and B spoke by telephone": a call among the subjects (not "A and B spoke at the forum") */
		if (s.n >= 2 && ev && strcmp(t->relation, "speak_with") == 0 && by_phone(r, k + 1))
			return meeting(r, t, k, &s, t->obj_types, NULL, 0, k + 1, 0, FLAGS(), 0.85, 0);
		return KG_OK;
	case S_NOUN_WITH: {
		size_t j = k;
		int past = 0;
		/* "the meetings that X had with Y" */
		if (ev && k + 2 < r->n && (is_word(&r->u[k + 1], "that") || is_word(&r->u[k + 1], "which")) &&
		    group_at(r, k + 2, &s)) {
			size_t v = s.u1;
			if (v + 1 < r->n && (is_word(&r->u[v], "also") || is_word(&r->u[v], "reportedly")))
				v++;
			if (v < r->n && r->u[v].kind == U_WORD &&
			    (is_word(&r->u[v], "had") || is_word(&r->u[v], "has") || is_word(&r->u[v], "have") ||
			     strcmp(r->u[v].lemma, "hold") == 0) &&
			    object_right(r, v, t->need, &o))
				return meeting(r, t, k, &s, AGENTS, &o, t->obj_types, o.u1, 0, FLAGS(), 0.75, 1);
			memset(&s, 0, sizeof(s));
		}
		/* "talks between A and B", "talks in Bangkok on Tuesday between A and B" */
		j = where_when_past(r, k + 1);
		if (j < r->n && (is_word(&r->u[j], "between") || is_word(&r->u[j], "among")) &&
		    strcmp(t->need, "with") == 0) {
			j = k;
			if (group_at(r, where_when_past(r, k + 1) + 1, &o) >= 2 && undone_after(r, o.u1))
				neg = 1;
			if (o.n >= 2 && planned_after(r, o.u1))
				planned = 1;
			if (o.n >= 2)
				return meeting(r, t, k, &o, t->obj_types, NULL, 0, o.u1, 0, FLAGS(), 0.8, 0);
			return KG_OK;
		}
		j = k;
		if (!object_right(r, k, t->need, &o) && !(ev && including_after(r, k, t->need, &o))) {
			/* "the two leaders held talks", "A and B held a meeting": the plural subject meets; "A and B
			 * held a phone call": they speak (the call one pays on someone is no call of theirs) */
			if (k == 0 || !(strcmp(t->relation, "meet") == 0 ||
					(strcmp(t->relation, "speak_with") == 0 && strcmp(t->need, "with") == 0)) ||
			    (strcmp(t->relation, "meet") == 0 && t->word && strcmp(t->word, "call") == 0))
				return KG_OK;
			while (j > 0 && noun_lead_word(&r->u[j - 1]) && k - j < 6)
				j--;
			/* "A and his counterpart B also held talks": "also" leads to the verb, not to the noun */
			while (j < k && is_word(&r->u[j], "also"))
				j++;
			if (j == k || !(is_word(&r->u[j], "held") || is_word(&r->u[j], "hold") ||
					is_word(&r->u[j], "holds") || is_word(&r->u[j], "had") ||
					(strcmp(r->u[j].lemma, "shake") == 0 && strcmp(t->word, "hands") == 0)))
				return KG_OK;
			if (!subject_left(r, j, &s, &neg, &planned) || s.n < 2)
				return KG_OK;
			return meeting(r, t, k, &s, t->obj_types, NULL, 0, k + 1, 0, FLAGS(), 0.8, 0);
		}
		/* walk left over the words that lead to the noun: "held direct talks", "participated in talks" */
		while (j > 0 && noun_lead_word(&r->u[j - 1]) && k - j < 6) {
			if (in_list(negations, r->u[j - 1].low))
				neg = 1;
			if (in_list(planned_words, r->u[j - 1].low) && strcmp(r->u[j - 1].low, "to") != 0)
				planned = 1;
			j--;
		}
		/* "X said after talks with Y": the speaker held them */
		if (j >= 2 && (is_word(&r->u[j - 1], "after") || is_word(&r->u[j - 1], "following")) &&
		    r->u[j - 2].kind == U_WORD && (r->u[j - 2].lex & KG_LEX_SPEECH))
			j -= 2;
		/* "X said his talks with Y were fruitful", "X described the meeting with Y as cordial": the
		 * speaker held them ("X said talks with Y will follow": planned) */
		else if (j >= 2 && j < k && (is_word(&r->u[j], "his") || is_word(&r->u[j], "her") || is_word(&r->u[j], "the")) &&
			 r->u[j - 1].kind == U_WORD &&
			 ((r->u[j - 1].lex & KG_LEX_SPEECH) || is_word(&r->u[j - 1], "described") ||
			  is_word(&r->u[j - 1], "hailed") || is_word(&r->u[j - 1], "termed"))) {
			j--;
			if (planned_after(r, o.u1) || (o.u1 < r->n && (is_word(&r->u[o.u1], "will") || is_word(&r->u[o.u1], "would"))))
				planned = 1;
		}
		if (j > 0 && r->u[j - 1].kind == U_POSS && j >= 2 && r->u[j - 2].kind == U_ENT) {
			s.n = 1;
			s.ents[0] = r->u[j - 2].ent;
			/* "X's meeting with Y was cancelled", "... is scheduled for Friday" */
			if (undone_after(r, o.u1) || (o.u1 < r->n && (is_word(&r->u[o.u1], "was") || is_word(&r->u[o.u1], "is")) &&
						      undone_after(r, o.u1 + 1)))
				neg = 1;
			if (planned_after(r, o.u1))
				planned = 1;
		} else if (fronted_subject(r, j, &o, &s)) {
			/* "In a phone call with X, Y said", "During talks with X, Y raised" */
		} else if (journey_for(r, j, &s, &neg, &past)) {
			/* "will fly to Bogota for talks with Y": the talks are the journey's purpose, told before
			 * they happen, so they are planned (the guide's optional); "flew to Bogota for talks with Y"
			 * tells of talks that were held */
			planned = !past;
		} else if (j != k && j > 1 && is_word(&r->u[j - 1], ",") && ing_form(&r->u[j]) && shared_subject(r, j - 1, &s)) {
			/* "X returned home on Friday, concluding a four-day visit to P": the clause's subject */
		} else if (j == k || !subject_left(r, j, &s, &neg, &planned)) {
			return KG_OK;
		}
		if (ev) {
			int rc2 = meeting(r, t, k, &s, AGENTS, &o, t->obj_types, o.u1, 0, FLAGS(), 0.8, 1);
			return rc2 < 0 ? rc2 : guest_place(r, t, k, o.u1);
		}
		if (neg)
			return KG_OK;
		return cross(r, &s, t->relation, &o, planned, AGENTS, t->obj_types, 0.8);
	}
	case S_TOGETHER: {
		group l;
		if (!object_right(r, k, t->need, &o)) {
			/* "brought together senior officials from both countries, among them A, B and C" */
			if (k + 2 >= r->n || !is_word(&r->u[k + 1], "together") || list_people(r, k + 2, &o) < 1)
				return KG_OK;
		}
		/* "It brought together A, who is the current chair, Malawi's President B and C": the whole list */
		if (list_people(r, o.u0, &l) > (int)o.n)
			o = l;
		/* "The summit was chaired by A. It brought together B and C": the chair took part too */
		if (k >= 1 && is_word(&r->u[k - 1], "it"))
			with_conveners(r, &o);
		/* "The ministerial session, which the two co-chair, brought together senior officials, among
		 * them A and B": the session is the meeting the sentence before told of */
		/* (not when the list names one of that meeting again: "The trilateral meeting brought together
		 * A, B and C", A met D the sentence before, is a meeting told in full) */
		int again = 0;
		for (size_t m = 0; r->last_meeting >= 0 && m < o.n; m++)
			again |= in_event(r, (size_t)r->last_meeting, o.ents[m]);
		if (!again && r->last_meeting >= 0 && r->si != r->meet_si && r->si - r->meet_si <= 2)
			for (size_t q = story_start(r); q < k && q < 4; q++)
				if (r->u[q].kind == U_WORD && convened_noun(&r->u[q]))
					return meeting(r, NULL, k, NULL, 0, &o, t->obj_types, o.u1, 1, FLAGS(), 0.8, 0);
		return meeting(r, t, k, &o, t->obj_types, NULL, 0, o.u1, 0, FLAGS(), 0.8, 0);
	}
	case S_CALL: {
		/* "Halvik and Sheikh Faris discussed the negotiations in a phone call", "A and B discussed trade
		 * during a meeting", "A and B agreed to ... at their summit": the plural subject of the clause,
		 * when the noun has no "with"; a summit only as "their summit" (many attend one) */
		static const char *const call_mods[] = { "phone", "telephone", "a", "video", NULL };
		static const char *const meeting_mods[] = { "a", "an", "the", "their", "bilateral", "private",
							    "separate", "joint", "brief", "first", "closed-door",
							    "one-on-one", "video", NULL };
		/* what two sides do as their talks end */
		static const char *const settled_verbs[] = { "agreed", "signed", "pledged", "vowed", "committed",
							     "decided", "resolved", "reaffirmed", "issued", NULL };
		int is_call = strcmp(t->word, "call") == 0 || strcmp(t->word, "conversation") == 0, theirs = 0, definite = 0;
		int bare_after;
		size_t j = k;
		if (k + 1 < r->n && (is_word(&r->u[k + 1], "with") || is_word(&r->u[k + 1], "between")))
			return KG_OK;
		while (j > 0 && r->u[j - 1].kind == U_WORD && in_list(is_call ? call_mods : meeting_mods, r->u[j - 1].low)) {
			theirs |= is_word(&r->u[j - 1], "their");
			definite |= is_word(&r->u[j - 1], "the");
			j--;
		}
		/* "A and B co-chaired the meeting of the joint commission": the chairs of one meeting meet; so
		 * do those of "the joint commission meeting" (the nouns before it name whose it is) */
		size_t jc = j;
		while (!is_call && jc > 0 && j - jc < 5 &&
		       !(jc < r->n && (is_word(&r->u[jc], "the") || is_word(&r->u[jc], "a") || is_word(&r->u[jc], "their"))) &&
		       /* "the annual leaders' meeting" */
		       ((r->u[jc - 1].kind == U_POSS && jc >= 2 && r->u[jc - 2].kind == U_WORD) ||
			(r->u[jc - 1].kind == U_WORD && in_list(meeting_mods, r->u[jc - 1].low)) ||
			(r->u[jc - 1].kind == U_WORD &&
			(!verb_form(&r->u[jc - 1]) && !(r->u[jc - 1].lex & (KG_LEX_STOP | KG_LEX_PRONOUN)) &&
			 !(r->c->p->tokens[r->u[jc - 1].t0].flags & KG_TOK_NUM) && !is_word(&r->u[jc - 1], "co-chaired")))))
			jc--;
		/* "co-chaired on Wednesday the meeting of": when, between the verb and its object */
		if (jc >= 3 && (r->u[jc - 1].lex & KG_LEX_WEEKDAY) && is_word(&r->u[jc - 2], "on"))
			jc -= 2;
		else if (jc >= 2 && (is_word(&r->u[jc - 1], "today") || is_word(&r->u[jc - 1], "yesterday")))
			jc--;
		if (!is_call && strcmp(t->word, "summit") != 0 && jc > 0 && r->u[jc - 1].kind == U_WORD &&
		    ((strcmp(r->u[jc - 1].lemma, "chair") == 0 && verb_form(&r->u[jc - 1])) ||
		     is_word(&r->u[jc - 1], "co-chaired"))) {
			int neg2 = 0, pl2 = 0;
			if (subject_left(r, jc - 1, &s, &neg2, &pl2) >= 2)
				return meeting(r, t, k, &s, t->obj_types, NULL, 0, k, 0,
					       (neg2 ? KG_EVENT_NEGATED : 0) | (pl2 ? KG_EVENT_PLANNED : 0) | reported(r), 0.75, 0);
			return KG_OK;
		}
		/* "A and B signed the deal after their talks": their talks took place; so did bare "talks" after
		 * what the two agreed or signed ("A and B agreed to reopen the border after talks in P") */
		bare_after = !theirs && j == k && j > 0 && !is_call && strcmp(t->word, "summit") != 0 &&
			     (is_word(&r->u[j - 1], "after") || is_word(&r->u[j - 1], "following"));
		if (j == 0 || !(is_word(&r->u[j - 1], "in") || is_word(&r->u[j - 1], "during") ||
				(is_call ? is_word(&r->u[j - 1], "by") : is_word(&r->u[j - 1], "at")) ||
				(theirs && (is_word(&r->u[j - 1], "after") || is_word(&r->u[j - 1], "following"))) ||
				bare_after) ||
		    (strcmp(t->word, "summit") == 0 && !theirs))
			return KG_OK;
		/* "During their meeting, A and B signed ...", "In a phone call on Tuesday, A and B discussed":
		 * the subject after the comma (past the day the call took place) */
		if (j == 1) {
			size_t cm = k + 1;
			while (cm < r->n && cm - k <= 3 && r->u[cm].kind == U_WORD &&
			       (is_word(&r->u[cm], "on") || is_word(&r->u[cm], "last") || is_word(&r->u[cm], "this") ||
				is_word(&r->u[cm], "week") || (r->u[cm].lex & (KG_LEX_WEEKDAY | KG_LEX_MONTH)) ||
				(r->c->p->tokens[r->u[cm].t0].flags & KG_TOK_NUM)))
				cm++;
			if (cm + 1 < r->n && is_word(&r->u[cm], ",") && group_at(r, cm + 1, &s) >= 2)
				return meeting(r, t, k, &s, t->obj_types, NULL, 0, k, 0, reported(r), 0.75, 0);
		}
		/* past a dateline ("BANGKOK (Thai PBS) - A and B agreed ... after their talks") */
		for (size_t q = story_start(r); q < j; q++) {
			if (group_at(r, q, &s) >= 2) {
				int neg2 = 0, pl2 = 0;
				size_t v = s.u1;
				while (v < j && is_word(&r->u[v], "also"))
					v++;
				if (bare_after && !(v < j && r->u[v].kind == U_WORD && in_list(settled_verbs, r->u[v].low)))
					return KG_OK;
				for (size_t w = s.u1; w < j; w++)
					if (r->u[w].kind == U_WORD && in_list(negations, r->u[w].low))
						neg2 = 1;
					else if (r->u[w].kind == U_WORD && in_list(planned_words, r->u[w].low) &&
						 !(!is_call && is_word(&r->u[w], "to") && w > s.u1 && past_form(&r->u[w - 1])))
						pl2 = 1; /* "agreed to deepen ties at their summit": the summit took place */
				/* "A and B took part in the talks": the talks the story told of, when it just did */
				if (!is_call && definite && !neg2 && !pl2 && r->last_meeting >= 0 && r->si != r->meet_si &&
				    r->si - r->meet_si <= 2)
					return gathering(r, k, &s);
				return meeting(r, t, k, &s, t->obj_types, NULL, 0, j, 0,
					       (neg2 ? KG_EVENT_NEGATED : 0) | (pl2 ? KG_EVENT_PLANNED : 0) | reported(r), 0.75, 0);
			}
			if (s.n)
				break;
		}
		/* "A told B in a phone call that ...", "A thanked B during a call": the verb's subject and object */
		for (size_t v = j; v-- > 1;) {
			static const char *const said_to[] = { "tell", "assure", "inform", "urge", "thank", "congratulate",
							       "brief", NULL };
			/* "A apologised to B during a meeting", "A explained to B in a call" */
			static const char *const said_to_to[] = { "apologise", "apologize", "explain", "pledge", "promise",
								  "complain", "convey", NULL };
			int neg2 = 0, pl2 = 0;
			size_t ob = v + 1;
			if (r->u[v].kind != U_WORD)
				continue;
			if (in_list(said_to_to, r->u[v].lemma) && v + 1 < j && is_word(&r->u[v + 1], "to"))
				ob = v + 2;
			else if (!in_list(said_to, r->u[v].lemma))
				continue;
			if (!subject_left(r, v, &s, &neg2, &pl2) || group_at(r, ob, &o) < 1 || o.u1 > j)
				break;
			for (size_t m = 0; m < o.n; m++)
				if (ent_type(r, o.ents[m]) != KG_TYPE_PERSON)
					return KG_OK;
			return meeting(r, t, k, &s, PEOPLE, &o, T(KG_TYPE_PERSON), j, 0,
				       (neg2 ? KG_EVENT_NEGATED : 0) | (pl2 ? KG_EVENT_PLANNED : 0) | reported(r), 0.75, 0);
		}
		return KG_OK;
	}
	case S_PASSIVE_BY: {
		/* "X was joined by Y", "the delegation will be led by Y", "was also received by Y" */
		size_t a = k;
		/* "both leaders attended a dinner hosted by Y": Y hosts those who attend the meal */
		if (strcmp(t->lemma, "host") == 0 && k > 0 && r->u[k - 1].kind == U_WORD && in_list(meal_nouns, r->u[k - 1].low))
			return meal_hosted_by(r, t, k, &s, &o);
		while (a > 0 && r->u[a - 1].kind == U_WORD && (is_word(&r->u[a - 1], "also") || is_word(&r->u[a - 1], "later") ||
							       is_word(&r->u[a - 1], "then") || is_word(&r->u[a - 1], "earlier") ||
							       is_word(&r->u[a - 1], "warmly") || is_word(&r->u[a - 1], "formally")))
			a--;
		if (a == 0 || !(is_word(&r->u[a - 1], "was") || is_word(&r->u[a - 1], "were") || is_word(&r->u[a - 1], "is") ||
				is_word(&r->u[a - 1], "are") || is_word(&r->u[a - 1], "be") || is_word(&r->u[a - 1], "been") ||
				is_word(&r->u[a - 1], ",")))
			return KG_OK;
		/* "was appointed CEO by X", "was received on Sunday by X": "by" within a few words */
		{
			size_t b = k + 1;
			/* "was received at Bole International Airport by X", "was hosted at the Elysee Palace by
			 * X": a place or a building where, then "by" whom */
			/* "was appointed governor of Osh region by X": the office and what it is of */
			int office = strcmp(t->relation, "appoints") == 0;
			while (b < r->n && b - k <= (office ? 7u : 5u) && !is_word(&r->u[b], "by") &&
			       (r->u[b].kind != U_ENT || venue_after_at(r, b) ||
				(office && ent_type(r, r->u[b].ent) != KG_TYPE_PERSON)) &&
			       !is_word(&r->u[b], ",") && !is_word(&r->u[b], "."))
				b++;
			if (b >= r->n || !is_word(&r->u[b], "by"))
				return KG_OK;
			/* "by sports minister X": a lower-case field before the title */
			if (b + 3 < r->n && r->u[b + 1].kind == U_WORD && !(r->u[b + 1].lex & KG_LEX_STOP) &&
			    r->u[b + 2].kind == U_TITLE && !group_at(r, b + 1, &o))
				b++;
			if (!group_at(r, b + 1, &o))
				return KG_OK;
			/* "was flanked by Vice President A, who is also ..., and Foreign Minister B": the whole
			 * list of those who joined */
			if (strcmp(t->lemma, "join") == 0 || strcmp(t->lemma, "flank") == 0) {
				group l;
				if (list_people_ex(r, o.u1, &l, 1) > 0)
					for (size_t m = 0; m < l.n && o.n < MAX_GROUP; m++) {
						size_t x = 0;
						while (x < o.n && o.ents[x] != l.ents[m])
							x++;
						if (x == o.n)
							o.ents[o.n++] = l.ents[m];
					}
			}
			and_by_more(r, &o); /* "was joined by A and by B" */
		}
		if (is_word(&r->u[k - 1], ",")) {
			/* "the delegation, led by Y"; "MONUSCO, the UN mission in the DRC, led by Y" */
			int e = -1;
			size_t seg_end = k - 1;
			for (int segs = 0; segs < 2 && e < 0; segs++) {
				size_t q = seg_end;
				while (q > 0 && !is_word(&r->u[q - 1], ","))
					q--;
				for (size_t st = q; st < seg_end && e < 0; st++) {
					size_t end;
					int cand = np_at(r, st, &end);
					/* "a delegation from the World Bank, led by X": X leads the delegation, not the bank */
					if (cand >= 0 && end == seg_end && ent_type(r, cand) == KG_TYPE_ORG &&
					    delegation_of_before(r, st))
						return KG_OK;
					if (cand >= 0 && end == seg_end && ent_type(r, cand) == KG_TYPE_ORG)
						e = cand;
				}
				if (q == 0)
					break;
				seg_end = q - 1;
			}
			/* "X visited the dam, accompanied by the governor, Y": the clause's subject went with Y */
			if (e < 0 && ev && one_of("accompany|brief|show", t->lemma) && shared_subject(r, k - 1, &s)) {
				/* s holds the subject */
			} else if (e < 0) {
				return KG_OK;
			} else {
				s.n = 1;
				s.ents[0] = e;
			}
		} else if (!subject_left(r, k, &s, &neg, &planned)) {
			/* "The mayors were joined by X via video link": those of the meeting just told */
			if (ev && strcmp(t->lemma, "join") == 0 && by_phone(r, o.u1) && r->last_meeting >= 0 &&
			    r->si != r->meet_si && r->si - r->meet_si <= 2) {
				if (!event_people(r, (size_t)r->last_meeting, &s))
					return KG_OK;
			} else if (!(ev && (k <= story_start(r) + 4) && story_people(r, story_start(r), k, &s))) {
				return KG_OK;
			}
		}
		/* "X was accompanied by Y": a host of another country who went with the guest met the guest;
		 * the guest's own ministers and aides are no meeting (nor is anyone whose country is unknown) */
		if (ev && strcmp(t->lemma, "accompany") == 0) {
			int home = s.n ? office_country(r, s.ents[0]) : -1;
			size_t w = 0;
			for (size_t m = 0; m < o.n; m++) {
				int there = office_country(r, o.ents[m]);
				if (home >= 0 && there >= 0 && there != home)
					o.ents[w++] = o.ents[m];
			}
			if (!(o.n = w))
				return KG_OK;
		}
		/* "X was joined by Y via video link": Y is on a call with them, not in the room */
		if (ev && strcmp(t->lemma, "join") == 0 && by_phone(r, o.u1)) {
			static const trigger remote_join = { "speak_with", "join", NULL, S_PASSIVE_BY, NULL, PEOPLE,
							     KG_ROLE_PARTICIPANT };
			return meeting(r, &remote_join, k, &s, AGENTS, &o, PEOPLE, o.u1, 0, FLAGS(), 0.8, 1);
		}
		/* the agent after "by" is the subject of the relation */
		if (ev)
			return meeting(r, t, k, &o, t->obj_types, &s, AGENTS, o.u1,
				       strcmp(t->lemma, "join") == 0 || strcmp(t->lemma, "flank") == 0, FLAGS(), 0.85, 0);
		if (neg)
			return KG_OK;
		/* people are appointed: "X, leader of the party Y who was appointed by Z" is X's appointment */
		if (strcmp(t->relation, "appoints") == 0) {
			size_t w = 0;
			for (size_t m = 0; m < s.n; m++)
				if (ent_type(r, s.ents[m]) == KG_TYPE_PERSON)
					s.ents[w++] = s.ents[m];
			s.n = w;
			if (!s.n && s.u1 < r->n && is_word(&r->u[s.u1], "who"))
				for (size_t q = s.u0; q-- > 0 && !s.n;)
					if (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PERSON) {
						s.ents[0] = r->u[q].ent;
						s.n = 1;
					}
			if (!s.n)
				return KG_OK;
			/* "X was appointed by President Y as the new Minister of Trade": X holds it, of Y's country */
			if (s.n == 1 && o.n == 1 && o.u1 < r->n && is_word(&r->u[o.u1], "as")) {
				size_t at = o.u1 + 1;
				while (at < r->n && r->u[at].kind == U_WORD && at - o.u1 < 4 && !r->u[at].lemma[0])
					at++;
				if (at < r->n && r->u[at].kind == U_TITLE) {
					int q = ent_type(r, o.ents[0]) == KG_TYPE_ORG ? o.ents[0] : of_qualifier(r, at + 1);
					int rc2;
					if (q < 0 && ent_type(r, o.ents[0]) == KG_TYPE_PERSON && national_title(r->u[at].title) &&
					    r->c->e[o.ents[0]].title_of >= 0 &&
					    ent_type(r, r->c->e[o.ents[0]].title_of) == KG_TYPE_PLACE && r->c->e[o.ents[0]].title &&
					    national_title(r->c->e[o.ents[0]].title))
						q = r->c->e[o.ents[0]].title_of;
					if ((rc2 = holds(r, s.ents[0], r->u[at].title, q, 0.8)) < 0)
						return rc2;
				}
			}
		}
		return cross(r, &o, t->relation, &s, planned, t->obj_types, AGENTS, 0.85);
	}
	}
	return KG_OK;
}

#undef FLAGS

/* The country of the national delegation that a title at unit i leads: "the visiting Sudanese
 * delegation headed by| Finance Minister X", "a Kenyan team led by| Trade Minister X"; -1 when none. */
static int delegation_country(rstate *r, size_t i)
{
	static const char *const groups[] = { "delegation", "team", "mission", NULL };
	const kg_parsed *p = r->c->p;
	const unit *d;
	const char *country;
	char last[16];

	size_t di = i >= 4 && is_word(&r->u[i - 3], ",") ? i - 4 : i - 3; /* "The Nigerian delegation, headed by" */

	if (i < 3 || !is_word(&r->u[i - 1], "by") || r->u[i - 2].kind != U_WORD ||
	    !(strcmp(r->u[i - 2].lemma, "lead") == 0 || strcmp(r->u[i - 2].lemma, "head") == 0))
		return -1;
	/* "a delegation from Belarus led by| X", "a delegation of Australian business leaders led by| X":
	 * the country or demonym after the group noun's "from" or "of" */
	for (size_t g = i - 2; g-- > 0 && i - 2 - g <= 6;) {
		const unit *w = &r->u[g];
		if (w->kind == U_WORD && in_list(groups, w->low) && g + 2 < i &&
		    (is_word(&r->u[g + 1], "from") || is_word(&r->u[g + 1], "of"))) {
			const unit *x = &r->u[g + 2];
			if (x->kind == U_DEMONYM && x->country)
				return ner_entity(r->c, x->country, KG_TYPE_PLACE, 0);
			if (x->kind == U_ENT && is_country(r, x->ent))
				return x->ent;
			return -1;
		}
		if (w->kind == U_PUNCT || w->kind == U_TITLE || (w->kind == U_WORD && (verb_form(w) || is_word(w, "and"))) ||
		    (w->kind == U_ENT && ent_type(r, w->ent) == KG_TYPE_PERSON))
			break;
	}
	if (r->u[di].kind != U_DESC)
		return -1;
	d = &r->u[di];
	ner_lower(p, d->t1 - 1, last, sizeof(last));
	if (!in_list(groups, last))
		return -1;
	country = kg_lex_demonym(r->c->lex, kg_tok_str(p, d->t0), kg_tok_len(p, d->t0));
	/* "a U.S. delegation led by| X": a country's name before the group noun */
	if (!country && d->t1 >= d->t0 + 2) {
		size_t a = p->tokens[d->t0].start, z = p->tokens[d->t1 - 2].end;
		kg_place pl;

		if (kg_lex_place(r->c->lex, kg_tok_str(p, d->t0), z - a, &pl) && pl.kind == KG_PLACE_COUNTRY)
			country = pl.canonical;
	}
	return country ? ner_entity(r->c, country, KG_TYPE_PLACE, 0) : -1;
}

/* The country whose office person e holds, or -1 (none known, or an office of a body or a person). */
static int office_country(const rstate *r, int e)
{
	int q = e >= 0 ? r->c->e[e].title_of : -1;

	return q >= 0 && is_country(r, q) ? q : -1;
}

/* The country of the side or delegation whose members a sentence lists, for a title at unit i in the
 * list: "On the Turkish side, Foreign Minister A and Trade Minister B took part", "The Ukrainian delegation
 * included Energy Minister A, Infrastructure Minister B and ..."; -1 when none. */
static int list_country(rstate *r, size_t i)
{
	static const char *const parties[] = { "side", "delegation", "team", NULL };
	const kg_parsed *p = r->c->p;
	size_t k = story_start(r), open;
	const char *country;
	char last[16];

	if (k < r->n && is_word(&r->u[k], "on"))
		k++;
	if (k < r->n && is_word(&r->u[k], "the"))
		k++;
	if (k + 1 >= r->n || k >= i || r->u[k].kind != U_DESC)
		return -1;
	ner_lower(p, r->u[k].t1 - 1, last, sizeof(last));
	if (!in_list(parties, last))
		return -1;
	open = k + 1;
	if (is_word(&r->u[open], "also"))
		open++;
	if (!(is_word(&r->u[open], ",") || is_word(&r->u[open], "included") || is_word(&r->u[open], "includes") ||
	      is_word(&r->u[open], "comprised")))
		return -1;
	/* only titles, their holders and the words of a list between */
	for (size_t q = open + 1; q < i; q++)
		if (!(r->u[q].kind == U_TITLE || is_word(&r->u[q], ",") || is_word(&r->u[q], "and") ||
		      (r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PERSON)))
			return -1;
	country = kg_lex_demonym(r->c->lex, kg_tok_str(p, r->u[k].t0), kg_tok_len(p, r->u[k].t0));
	return country ? ner_entity(r->c, country, KG_TYPE_PLACE, 0) : -1;
}

/* The country whose national office is held by the one a title at unit i accompanies: "She is
 * accompanied by| Foreign Minister X", "X, accompanied by| Trade Minister Y,": a head of state or
 * government travels with ministers of the same country; -1 when none. */
static int accompanied_country(rstate *r, size_t i)
{
	size_t v;
	int p = -1, q;

	/* "accompanied by Foreign Minister A and Trade Minister B": back to the first of the list */
	while (i >= 4 && (is_word(&r->u[i - 1], "and") || is_word(&r->u[i - 1], ",")) && r->u[i - 2].kind == U_ENT &&
	       ent_type(r, r->u[i - 2].ent) == KG_TYPE_PERSON && r->u[i - 3].kind == U_TITLE)
		i -= 3;

	/* "President X was represented by| Foreign Minister Y": the one represented serves as one accompanied */
	if (i < 3 || !is_word(&r->u[i - 1], "by") || r->u[i - 2].kind != U_WORD ||
	    !(strcmp(r->u[i - 2].lemma, "accompany") == 0 || strcmp(r->u[i - 2].lemma, "represent") == 0))
		return -1;
	v = i - 2;
	if (is_word(&r->u[v - 1], ",") && v >= 2)
		v--;
	else
		while (v > 0 && (is_word(&r->u[v - 1], "is") || is_word(&r->u[v - 1], "was") || is_word(&r->u[v - 1], "are") ||
				 is_word(&r->u[v - 1], "were") || is_word(&r->u[v - 1], "being") || is_word(&r->u[v - 1], "be")))
			v--;
	if (v == 0 || v == i - 2)
		return -1;
	/* "The Ghanaian president was accompanied by| Foreign Minister X": the country of the demonym before
	 * the head of state's title */
	if (v >= 2 && r->u[v - 1].kind == U_TITLE && national_title(r->u[v - 1].title) &&
	    r->u[v - 2].kind == U_DEMONYM && r->u[v - 2].country)
		return ner_entity(r->c, r->u[v - 2].country, KG_TYPE_PLACE, 0);
	if ((r->u[v - 1].kind == U_ENT || r->u[v - 1].kind == U_PRON) && r->u[v - 1].ent >= 0 &&
	    ent_type(r, r->u[v - 1].ent) == KG_TYPE_PERSON)
		p = r->u[v - 1].ent;
	else if (r->u[v - 1].kind == U_PRON && v == 1)
		p = r->last_person; /* offices are read before pronouns: "She" opening the sentence is the last person */
	if (p < 0 || !r->c->e[p].title || !national_title(r->c->e[p].title))
		return -1;
	q = r->c->e[p].title_of;
	return q >= 0 && ent_type(r, q) == KG_TYPE_PLACE ? q : -1;
}

/* 1 when unit k is the dash that ends the first sentence's dateline ("KAMPALA, Uganda (Xinhua) - The
 * Minister of Finance, X, said", "RIYADH: X said"): what follows opens the story as a sentence would. */
static int dateline_dash(const rstate *r, size_t k)
{
	/* "RIYADH: Crown Prince X": a colon right after the town, as South Asian and Gulf papers write it */
	if (r->si == r->dl_si && k == 1 && k < r->n && is_word(&r->u[k], ":") && r->u[0].kind == U_ENT &&
	    ent_type(r, r->u[0].ent) == KG_TYPE_PLACE)
		return 1;
	return r->si == r->dl_si && k < r->n &&
	       (is_word(&r->u[k], "-") || is_word(&r->u[k], "\xe2\x80\x94") || is_word(&r->u[k], "\xe2\x80\x93")) &&
	       k > 0 && k < 10 &&
	       (is_word(&r->u[k - 1], ")") || r->u[k - 1].kind == U_ENT ||
		(k > 1 && is_word(&r->u[k - 1], ".") && is_word(&r->u[k - 2], ")"))); /* "MEXICO CITY (EFE).-" */
}


/* "Around the table were Burundi's Foreign Minister A; Rwanda's B; and Angola's C": in a list of people
 * each named with a country's possessive, one named with no title holds the title the list gave an
 * earlier one, of its own country. */
static int elided_titles(rstate *r)
{
	int rc;

	for (size_t k = 1; k + 2 < r->n; k++) {
		int country;
		if (r->u[k].kind != U_ENT || !is_country(r, r->u[k].ent) || r->u[k + 1].kind != U_POSS ||
		    r->u[k + 2].kind != U_ENT || ent_type(r, r->u[k + 2].ent) != KG_TYPE_PERSON ||
		    !(is_word(&r->u[k - 1], ";") || is_word(&r->u[k - 1], ",") || is_word(&r->u[k - 1], "and")))
			continue;
		country = r->u[k].ent;
		for (size_t t = k - 1; t >= 3 && k - t <= 30; t--) {
			if (r->u[t].kind == U_TITLE && r->u[t - 1].kind == U_POSS && r->u[t - 2].kind == U_ENT &&
			    is_country(r, r->u[t - 2].ent) && r->u[t - 2].ent != country && t + 1 < r->n &&
			    r->u[t + 1].kind == U_ENT && ent_type(r, r->u[t + 1].ent) == KG_TYPE_PERSON &&
			    national_title(r->u[t].title)) {
				if ((rc = holds(r, r->u[k + 2].ent, r->u[t].title, country, 0.7)) < 0)
					return rc;
				break;
			}
			if (r->u[t].kind == U_WORD && verb_form(&r->u[t]) && !(t >= 1 && is_word(&r->u[t - 1], "who")))
				break; /* the list is a clause's: no farther back */
		}
	}
	return KG_OK;
}

/* holds_position: pre-nominal titles, appositives and "who has held the T post". */
static int offices(rstate *r)
{
	int rc;

	if ((rc = elided_titles(r)) < 0)
		return rc;

	for (size_t i = 0; i < r->n; i++) {
		unit *u = &r->u[i];

		if (u->kind != U_TITLE)
			continue;
		if (i > 0 && (is_word(&r->u[i - 1], "former") || is_word(&r->u[i - 1], "ex") ||
			      is_word(&r->u[i - 1], "late")))
			continue;
		/* "former Peruvian trade negotiator X": a past office, a qualifier or two before */
		if ((i > 1 && is_word(&r->u[i - 2], "former")) || (i > 2 && is_word(&r->u[i - 3], "former") &&
								   r->u[i - 1].kind != U_PUNCT && r->u[i - 2].kind != U_PUNCT))
			continue;
		/* pre-nominal: [Q] TITLE [honorific TITLE] PERSON: "Kuwait's Prime Minister Sheikh Faris" */
		if (i + 2 < r->n && r->u[i + 1].kind == U_TITLE && r->u[i + 2].kind == U_ENT &&
		    ent_type(r, r->u[i + 2].ent) == KG_TYPE_PERSON) {
			int q = qualifier(r, i);
			/* "Emir Sheikh Faris of Norland" */
			if (q < 0 && i + 3 < r->n && is_word(&r->u[i + 3], "of"))
				q = of_qualifier(r, i + 3);
			if ((rc = holds(r, r->u[i + 2].ent, u->title, q, 0.85)) < 0)
				return rc;
			i++;
			continue;
		}
		if (i + 1 < r->n && r->u[i + 1].kind == U_ENT && ent_type(r, r->u[i + 1].ent) == KG_TYPE_PERSON) {
			int q = qualifier(r, i);
			/* "the Sudanese delegation headed by Finance Minister X": the delegation's country */
			if (q < 0 && national_title(u->title))
				q = delegation_country(r, i);
			if (q < 0 && national_title(u->title))
				q = accompanied_country(r, i);
			if (q < 0 && national_title(u->title))
				q = list_country(r, i);
			/* "President X of Y", not "President X at the palace" */
			if (q < 0 && i + 2 < r->n && is_word(&r->u[i + 2], "of"))
				q = of_qualifier(r, i + 2);
			/* "Tesla and Norvex chief X": the organisation joined by "and" before the title is his too */
			for (size_t a = i - 1; q >= 0 && ent_type(r, q) == KG_TYPE_ORG && a >= 2 && r->u[a].kind == U_ENT &&
					       r->u[a].ent == q && is_word(&r->u[a - 1], "and") &&
					       r->u[a - 2].kind == U_ENT && ent_type(r, r->u[a - 2].ent) == KG_TYPE_ORG;
			     a -= 2)
				if ((rc = holds(r, r->u[i + 1].ent, u->title, r->u[a - 2].ent, 0.85)) < 0)
					return rc;
			/* "US Secretary of State A and National Security Adviser B": the qualifier is shared; a
			 * company's is not a minister's ("Petrobras CEO A and Energy Minister B") */
			if (q < 0 && i >= 4 && is_word(&r->u[i - 1], "and") && r->u[i - 2].kind == U_ENT &&
			    r->u[i - 3].kind == U_TITLE) {
				q = qualifier(r, i - 3);
				if (q >= 0 && ent_type(r, q) == KG_TYPE_ORG && national_title(u->title) &&
				    !government_title(r->u[i - 3].title))
					q = -1;
			}
			if ((rc = holds(r, r->u[i + 1].ent, u->title, q, 0.9)) < 0)
				return rc;
			continue;
		}
		/* coordinated titles: "Deputy Prime Minister and Foreign Minister Ishaq Dar", and set off by a
		 * comma after an owner's possessive: "Aramco's president and CEO, Amin Nasser," */
		if (i + 3 < r->n && is_word(&r->u[i + 1], "and") && r->u[i + 2].kind == U_TITLE) {
			size_t h = i + 3;
			int q = qualifier(r, i);
			if (h + 1 < r->n && is_word(&r->u[h], ",") && i > 0 &&
			    (r->u[i - 1].kind == U_POSS || is_word(&r->u[i - 1], "the")))
				h++; /* "The Minister of Finance and Coordinating Minister of the Economy, X," */
			if (r->u[h].kind == U_ENT && ent_type(r, r->u[h].ent) == KG_TYPE_PERSON) {
				if ((rc = holds(r, r->u[h].ent, u->title, q, 0.8)) < 0 ||
				    (rc = holds(r, r->u[h].ent, r->u[i + 2].title, q, 0.85)) < 0)
					return rc;
				i += 2;
				continue;
			}
		}
		/* [Q's] TITLE [of Q], [TITLE] PERSON: "Lutnick's spokesperson, Kush Desai, said", "the chairperson
		 * of the African Union Commission, Mahmoud Ali Youssouf" */
		{
			size_t after, comma;
			int q = qualifier(r, i), qo = of_qualifier_end(r, i + 1, &after);
			if (qo >= 0)
				q = qo;
			else
				after = i + 1;
			/* "Costa Rica's minister of foreign trade, X", "Luxembourg's Minister for the Economy, X": the
			 * office's field after "of" or "for" */
			if (qo < 0 && i + 3 < r->n && (is_word(&r->u[i + 1], "of") || is_word(&r->u[i + 1], "for"))) {
				size_t f = i + 2 + is_word(&r->u[i + 2], "the"), f2;
				int qf;
				while (f < r->n && f - i <= 5 && r->u[f].kind == U_WORD && !(r->u[f].lex & KG_LEX_STOP) &&
				       !verb_form(&r->u[f]) && isalpha((unsigned char)r->u[f].low[0]))
					f++;
				/* "the Minister for Foreign Affairs of Norway, X": the owner after the field */
				if (q < 0 && f > i + 2 && (qf = of_qualifier_end(r, f, &f2)) >= 0) {
					q = qf;
					f = f2;
				}
				if (q >= 0 && f > i + 2 && f + 1 < r->n && is_word(&r->u[f], ",") && r->u[f + 1].kind == U_ENT &&
				    ent_type(r, r->u[f + 1].ent) == KG_TYPE_PERSON)
					after = f;
			}
			/* "Hungary's ambassador in Ankara, X": where the envoy serves, not whom */
			if (q >= 0 && after + 2 < r->n && is_word(&r->u[after], "in") && r->u[after + 1].kind == U_ENT &&
			    ent_type(r, r->u[after + 1].ent) == KG_TYPE_PLACE && is_word(&r->u[after + 2], ",") &&
			    (has_word(u->title, "ambassador") || has_word(u->title, "envoy") || has_word(u->title, "consul") ||
			     has_word(u->title, "commissioner")))
				after += 2;
			/* "ambassador to the UN", "envoy for Sudan": the post's object, not its owner */
			if (after + 1 < r->n && (is_word(&r->u[after], "to") || is_word(&r->u[after], "for"))) {
				size_t a2 = after + 1, e;
				if (a2 < r->n && is_word(&r->u[a2], "the"))
					a2++;
				/* "Vice President for Western and Central Africa": capitalised words joined by "and"
				 * before the place */
				for (e = a2; e < r->n && e - a2 < 5; e++)
					if (!(r->u[e].kind == U_ENT ||
					      (r->u[e].kind == U_WORD && (r->c->p->tokens[r->u[e].t0].flags & KG_TOK_CAP) &&
					       !(r->u[e].lex & KG_LEX_STOP)) ||
					      (e > a2 && is_word(&r->u[e], "and"))))
						break;
				while (e > a2 && r->u[e - 1].kind != U_ENT)
					e--;
				/* "UN special envoy for Yemen Hans X": the holder right after the post's object */
				if (e > a2 + 1 && q >= 0 && ent_type(r, r->u[e - 1].ent) == KG_TYPE_PERSON &&
				    r->u[e - 2].kind == U_ENT && ent_type(r, r->u[e - 2].ent) != KG_TYPE_PERSON) {
					if ((rc = holds(r, r->u[e - 1].ent, u->title, q, 0.8)) < 0)
						return rc;
					continue;
				}
				if (e > a2)
					after = e;
			}
			/* "Santoso's adviser on foreign affairs, X": the field a serving office is on */
			if (after + 2 < r->n && is_word(&r->u[after], "on") && serving_title(u->title)) {
				size_t a2 = after + 1;
				while (a2 < r->n && a2 - after <= 4 && r->u[a2].kind == U_WORD && !verb_form(&r->u[a2]) &&
				       !in_list(np_stop, r->u[a2].low))
					a2++;
				if (a2 > after + 1 && a2 + 1 < r->n && is_word(&r->u[a2], ",") && r->u[a2 + 1].kind == U_ENT)
					after = a2;
			}
			if (after + 2 < r->n && is_word(&r->u[after], "(") && is_word(&r->u[after + 2], ")"))
				after += 3; /* "(SAF)" */
			if (after + 3 < r->n && is_word(&r->u[after], "and") && r->u[after + 1].kind == U_ENT &&
			    (r->u[after + 2].kind == U_TITLE ||
			     (r->u[after + 2].kind == U_WORD && in_list(role_nouns, r->u[after + 2].low))) &&
			    is_word(&r->u[after + 3], ","))
				after += 3; /* "and IOC member" */
			comma = after;
			/* ", General Omar al-Khatib", ", Emir Sheikh Faris": a rank or a style of the same person;
			 * "the mayor of Sioux Falls, Gov. Jane Roe" is someone else's office */
			if (after + 1 < r->n && is_word(&r->u[after], ",") && r->u[after + 1].kind == U_TITLE &&
			    rank_or_style(r->u[after + 1].title)) {
				after++;
				while (after + 1 < r->n && r->u[after + 1].kind == U_TITLE)
					after++;
			}
			if (q >= 0 && after + 1 < r->n && (is_word(&r->u[after], ",") || r->u[after].kind == U_TITLE) &&
			    r->u[after + 1].kind == U_ENT && ent_type(r, r->u[after + 1].ent) == KG_TYPE_PERSON) {
				if ((rc = holds(r, r->u[after + 1].ent, u->title, q, 0.8)) < 0)
					return rc;
				/* "Saudi Arabia's energy minister, Prince X": the office is the minister's; the
				 * style after the comma is no second office of the country */
				if (r->u[after].kind == U_TITLE && royal_style(r->u[after].title) && after > comma)
					i = after;
				continue;
			}
			/* "President of the Acme Party Jane Roe met": the holder right after the "of" part */
			if (qo >= 0 && after < r->n && r->u[after].kind == U_ENT &&
			    ent_type(r, r->u[after].ent) == KG_TYPE_PERSON && r->u[after].ent != qo) {
				if ((rc = holds(r, r->u[after].ent, u->title, qo, 0.8)) < 0)
					return rc;
				continue;
			}
			/* "The Prime Minister, X, met": an office named before (a descriptor) or the person's own */
			/* "was joined by the Minister of Budget, X.": the phrase after a passive's "by" closing the
			 * sentence */
			/* "The Minister of Foreign Affairs, Gen. X, received": a rank of the holder's own between */
			/* "held talks with the Minister for Culture, X, at": after a verb or "with", set off by
			 * commas on both sides */
			if (q < 0 && comma == i + 1 && i > 0 && is_word(&r->u[i - 1], "the") &&
			    (i == 1 || is_word(&r->u[i - 2], ",") || dateline_dash(r, i - 2) ||
			     (is_word(&r->u[i - 2], "by") && after + 3 == r->n && is_word(&r->u[r->n - 1], ".")) ||
			     ((is_word(&r->u[i - 2], "with") || is_word(&r->u[i - 2], "by") ||
			       (r->u[i - 2].kind == U_WORD && verb_form(&r->u[i - 2]))) &&
			      after + 2 < r->n && is_word(&r->u[after + 2], ","))) &&
			    after + 2 < r->n && (is_word(&r->u[after], ",") || r->u[after].kind == U_TITLE) &&
			    r->u[after + 1].kind == U_ENT && ent_type(r, r->u[after + 1].ent) == KG_TYPE_PERSON &&
			    (is_word(&r->u[after + 2], ",") || after + 3 == r->n)) {
				/* "The Mexican president, X, met": the country of the title's own demonym */
				const kg_parsed *p = r->c->p;
				const char *dc = kg_lex_demonym(r->c->lex, kg_tok_str(p, u->t0), kg_tok_len(p, u->t0)), *rest = NULL;
				kg_span w[4];
				size_t nw = 0;
				for (size_t t = u->t0 + 1; t < u->t1 && nw < 4; t++, nw++) {
					w[nw].s = kg_tok_str(p, t);
					w[nw].n = kg_tok_len(p, t);
				}
				if (dc && nw > 0 && kg_lex_title(r->c->lex, w, nw, &rest) == nw && rest) {
					if ((rc = holds(r, r->u[after + 1].ent, rest, ner_entity(r->c, dc, KG_TYPE_PLACE, 0), 0.8)) < 0)
						return rc;
					continue;
				}
				if ((rc = holds_pending(r, r->u[after + 1].ent, u->title, -1, 0.75)) < 0)
					return rc;
				continue;
			}
		}
		/* appositive: PERSON, [the] [Q['s]] TITLE [of Q] */
		{
			size_t k = i, q0;
			int q = qualifier(r, i);
			q0 = k;
			if (q >= 0)
				q0 = (r->u[k - 1].kind == U_POSS) ? k - 2 : k - 1;
			while (q0 > 0 && (is_word(&r->u[q0 - 1], "the") || is_word(&r->u[q0 - 1], "a") ||
					  is_word(&r->u[q0 - 1], "an")))
				q0--;
			/* "PM Azman, Indonesian President discuss palm oil": a headline's comma joins two
			 * subjects; an apposition there is closed by a comma of its own */
			if (r->si < r->dl_si && !(i + 1 < r->n && (is_word(&r->u[i + 1], ",") || is_word(&r->u[i + 1], "of"))))
				continue;
			if (q0 >= 2 && is_word(&r->u[q0 - 1], ",") && r->u[q0 - 2].kind == U_ENT &&
			    ent_type(r, r->u[q0 - 2].ent) == KG_TYPE_PERSON) {
				size_t after = i + 1;
				/* "X, founder and chairman of Y": two offices share the "of" part */
				int pair = after + 2 < r->n && is_word(&r->u[after], "and") && r->u[after + 1].kind == U_TITLE;
				int qo = of_qualifier(r, pair ? after + 2 : after);
				const char *title = u->title;
				/* "X, Communist Party Secretary of Shaanxi province": the place the "of" part names owns
				 * the office, and the organisation before the title is part of its name */
				if (q >= 0 && qo >= 0 && ent_type(r, qo) == KG_TYPE_PLACE && ent_type(r, q) == KG_TYPE_ORG &&
				    r->u[i - 1].kind == U_ENT && r->u[i - 1].ent == q) {
					size_t tn = strlen(r->c->e[q].name) + strlen(u->title) + 2;
					char *t = malloc(tn);
					if (!t)
						return KG_ENOMEM;
					snprintf(t, tn, "%s %s", r->c->e[q].name, u->title);
					rc = kg_strv_push(&r->c->titles, t);
					free(t);
					if (rc < 0)
						return KG_ENOMEM;
					title = r->c->titles.v[r->c->titles.n - 1];
					q = qo;
				}
				if (q < 0)
					q = qo;
				/* "X, president of the provincial chapter of ...": the office of a body no name tells,
				 * not of the country the sentence names */
				if (q < 0 && unnamed_body_after(r, pair ? after + 2 : after))
					continue;
				if ((rc = holds_pending(r, r->u[q0 - 2].ent, title, q, 0.85)) < 0)
					return rc;
				if (pair) {
					if ((rc = holds_pending(r, r->u[q0 - 2].ent, r->u[after + 1].title, q, 0.85)) < 0)
						return rc;
					i += 2;
				}
				continue;
			}
		}
		/* "X joined Acme as chief financial officer", "X, who joined Acme as its chairman,": the
		 * organisation joined owns the office */
		{
			size_t a = i;
			if (a > 0 && (is_word(&r->u[a - 1], "its") || is_word(&r->u[a - 1], "the") || is_word(&r->u[a - 1], "a")))
				a--;
			if (a >= 4 && is_word(&r->u[a - 1], "as") && r->u[a - 2].kind == U_ENT &&
			    ent_type(r, r->u[a - 2].ent) == KG_TYPE_ORG && r->u[a - 3].kind == U_WORD &&
			    strcmp(r->u[a - 3].lemma, "join") == 0 && verb_form(&r->u[a - 3])) {
				int neg = 0, planned = 0;
				group g;
				size_t v = a - 3;
				if (v >= 3 && is_word(&r->u[v - 1], "who") && is_word(&r->u[v - 2], ",") &&
				    r->u[v - 3].kind == U_ENT && ent_type(r, r->u[v - 3].ent) == KG_TYPE_PERSON) {
					g.n = 1;
					g.ents[0] = r->u[v - 3].ent;
				} else if (!(subject_left(r, v, &g, &neg, &planned) == 1 && !neg)) {
					g.n = 0;
				}
				if (g.n == 1 && ent_type(r, g.ents[0]) == KG_TYPE_PERSON) {
					if ((rc = holds(r, g.ents[0], u->title, r->u[a - 2].ent, 0.8)) < 0)
						return rc;
					continue;
				}
			}
		}
		/* PERSON, who has held / is / became / serves as [the] [Q] TITLE */
		{
			size_t k = i;
			int verb = 0;
			while (k > 0 && !is_word(&r->u[k - 1], ",") && i - k < 8) {
				const unit *w = &r->u[k - 1];
				static const char *const between[] = {
					"is", "was", "has", "had", "have", "been", "held", "holds", "hold", "become", "became",
					"becomes", "serves", "served", "serve", "as", "the", "a", "an", "also", "both", "now",
					"currently", "still", "already", "named", "appointed", "promoted", "to", "its", "their",
					"his", "her", "who", "post", "since", "sworn", "elected", "re-elected", "confirmed",
					"installed", "inaugurated", "took", "takes", "take", "taking", "taken", "over", NULL };
				/* "was sworn in as": the one "in" of the phrase */
				int sworn_in = is_word(w, "in") && k >= 2 && is_word(&r->u[k - 2], "sworn");
				if (w->kind == U_WORD && !in_list(between, w->low) && !sworn_in) {
					verb = 0;
					break;
				}
				if (w->kind == U_WORD && (strcmp(w->lemma, "hold") == 0 || strcmp(w->lemma, "become") == 0 ||
							  strcmp(w->lemma, "serve") == 0 || strcmp(w->low, "is") == 0 ||
							  strcmp(w->low, "was") == 0 || strcmp(w->low, "named") == 0 ||
							  strcmp(w->low, "appointed") == 0 || strcmp(w->low, "sworn") == 0 ||
							  strcmp(w->low, "elected") == 0 || strcmp(w->low, "re-elected") == 0 ||
							  strcmp(w->low, "confirmed") == 0 || strcmp(w->low, "installed") == 0 ||
							  strcmp(w->low, "inaugurated") == 0 ||
							  /* "who took over as chief executive of Y" */
							  (strcmp(w->low, "over") == 0 && k >= 2 && strcmp(r->u[k - 2].lemma, "take") == 0)))
					verb = 1;
				if (w->kind == U_ENT && ent_type(r, w->ent) == KG_TYPE_PERSON)
					break;
				k--;
			}
			if (verb && k >= 1 && is_word(&r->u[k - 1], ",") == 0 && r->u[k - 1].kind == U_ENT &&
			    ent_type(r, r->u[k - 1].ent) == KG_TYPE_PERSON) {
				int q = qualifier(r, i);
				if (q < 0)
					q = of_qualifier(r, i + 1);
				if ((rc = holds_pending(r, r->u[k - 1].ent, u->title, q, 0.8)) < 0)
					return rc;
				continue;
			}
			if (verb && k >= 2 && is_word(&r->u[k - 1], ",") && is_word(&r->u[k], "who") &&
			    r->u[k - 2].kind == U_ENT && ent_type(r, r->u[k - 2].ent) == KG_TYPE_PERSON) {
				int q = qualifier(r, i);
				if (q < 0)
					q = of_qualifier(r, i + 1);
				if ((rc = holds_pending(r, r->u[k - 2].ent, u->title, q, 0.8)) < 0)
					return rc;
				continue;
			}
		}
		/* a descriptor with no holder named yet: "its foreign minister said" */
		{
			int q = qualifier(r, i);
			if (q >= 0 && title_holder(r, u->title, q) < 0 && r->n_pending < MAX_PENDING &&
			    !(i + 1 < r->n && r->u[i + 1].kind == U_ENT)) {
				r->pending[r->n_pending].title = u->title;
				r->pending[r->n_pending].of = q;
				r->pending[r->n_pending].n_named = 0;
				/* "X receives Uzbek Foreign Minister": X is not the one */
				for (size_t m = 0; m < r->n && r->pending[r->n_pending].n_named < 4; m++)
					if (r->u[m].kind == U_ENT && ent_type(r, r->u[m].ent) == KG_TYPE_PERSON)
						r->pending[r->n_pending].named[r->pending[r->n_pending].n_named++] = r->u[m].ent;
				r->n_pending++;
			}
		}
	}
	return KG_OK;
}

/* 1 when entity e is a country of the place lexicon. */
static int is_country(const rstate *r, int e)
{
	const char *name = r->c->e[e].name;
	kg_place pl;

	return ent_type(r, e) == KG_TYPE_PLACE && kg_lex_place(r->c->lex, name, strlen(name), &pl) &&
	       pl.kind == KG_PLACE_COUNTRY;
}

/* 1 for an office of a country's armed forces or police ("Chief of the General Staff", "Chief of Defence
 * Staff", "Army Chief", "Inspector-General of Police"), which counterparts hold in their own country. */
static int force_title(const char *title)
{
	static const char *const words[] = { "staff", "army", "defence", "defense", "military", "police", "general",
					     "admiral", "marshal", "commander", "brigadier", "colonel", "gen", NULL };

	for (size_t i = 0; words[i]; i++)
		if (has_word(title, words[i]))
			return 1;
	return 0;
}

/* "A and B joined C for a meeting with union representatives", "X joined Y for talks": those who join
 * someone for a gathering meet the one joined, when no meeting told before has that one (see joins). */
static int joined_for(rstate *r)
{
	static const trigger joined = { "meet", "join", NULL, S_VERB_OBJ, "for", T(KG_TYPE_PERSON), KG_ROLE_PARTICIPANT };

	for (size_t k = 1; k + 4 < r->n; k++) {
		int neg = 0, planned = 0;
		size_t q;
		group s, o;
		if (r->u[k].kind != U_WORD || strcmp(r->u[k].lemma, "join") != 0 || !verb_form(&r->u[k]) ||
		    !group_at(r, k + 1, &o) || o.u1 + 2 >= r->n)
			continue;
		q = o.u1 + is_word(&r->u[o.u1], ","); /* "joined the health secretary, X, for" */
		if (!is_word(&r->u[q], "for"))
			continue;
		if (r->last_meeting >= 0 && people_in_event(r, (size_t)r->last_meeting, &o))
			continue; /* the story's meeting: joins() reads it */
		q++;
		if (q < r->n && (is_word(&r->u[q], "a") || is_word(&r->u[q], "the") || is_word(&r->u[q], "their")))
			q++;
		while (q < r->n && r->u[q].kind == U_WORD && !in_list(meeting_nouns, r->u[q].low) && !verb_form(&r->u[q]) &&
		       !(r->u[q].lex & KG_LEX_STOP) && q - o.u1 <= 3)
			q++;
		if (q >= r->n || r->u[q].kind != U_WORD || !in_list(meeting_nouns, r->u[q].low) ||
		    !subject_left(r, k, &s, &neg, &planned) || neg)
			continue;
		return meeting(r, &joined, k, &s, T(KG_TYPE_PERSON), &o, T(KG_TYPE_PERSON), q, 0,
			       (planned ? KG_EVENT_PLANNED : 0u) | reported(r), 0.75, 1);
	}
	return KG_OK;
}

/* "X travelled with Y to P", "flew with Y to P": both went there. */
static int travels_with(rstate *r)
{
	static const trigger went = { "visits", "travel", NULL, S_VERB_OBJ, "to", T(KG_TYPE_PLACE), KG_ROLE_PARTICIPANT };

	for (size_t k = 1; k + 4 < r->n; k++) {
		int neg = 0, planned = 0;
		group s, g, o;
		if (r->u[k].kind != U_WORD || !verb_form(&r->u[k]) || !one_of("travel|fly|drive|go|head", r->u[k].lemma) ||
		    !is_word(&r->u[k + 1], "with") || !group_at(r, k + 2, &g) || g.u1 + 1 >= r->n ||
		    !is_word(&r->u[g.u1], "to") || !group_at(r, g.u1 + 1, &o) || !destination(r, o.ents[0]) ||
		    !subject_left(r, k, &s, &neg, &planned) || neg)
			continue;
		for (size_t m = 0; m < g.n && s.n < MAX_GROUP; m++)
			if (ent_type(r, g.ents[m]) == KG_TYPE_PERSON)
				s.ents[s.n++] = g.ents[m];
		o.n = 1;
		return visits(r, &went, k, &s, &o, (planned ? KG_EVENT_PLANNED : 0u) | reported(r), 0.8, 0);
	}
	return KG_OK;
}

/* "X toured the plant with its general manager, Y", "visited the library with the mayor, Y": who showed
 * the visitor round met the visitor. */
static int tours_with(rstate *r)
{
	static const trigger toured = { "meet", "tour", NULL, S_VERB_OBJ, "with", T(KG_TYPE_PERSON), KG_ROLE_GUEST };

	for (size_t k = 1; k + 3 < r->n; k++) {
		size_t w = k + 1;
		int neg = 0, planned = 0, person = 0;
		group s, g;
		if (r->u[k].kind != U_WORD || !verb_form(&r->u[k]) ||
		    !one_of("tour|visit|inspect", r->u[k].lemma))
			continue;
		/* past what was toured, to the "with" of the one who showed it */
		while (w < r->n && w - k <= 10 && !is_word(&r->u[w], "with") &&
		       !(r->u[w].kind == U_PUNCT && !is_word(&r->u[w], "-")) && !verb_form(&r->u[w]) &&
		       !(r->u[w].kind == U_ENT && ent_type(r, r->u[w].ent) == KG_TYPE_PERSON))
			w++;
		if (w + 1 >= r->n || !is_word(&r->u[w], "with") || !group_at(r, w + 1, &g))
			continue;
		for (size_t m = 0; m < g.n; m++)
			person |= ent_type(r, g.ents[m]) == KG_TYPE_PERSON;
		if (!person || !subject_left(r, k, &s, &neg, &planned) || neg)
			continue;
		return meeting(r, &toured, k, &s, T(KG_TYPE_PERSON), &g, T(KG_TYPE_PERSON), g.u1, 0,
			       (planned ? KG_EVENT_PLANNED : 0u) | reported(r), 0.7, 1);
	}
	return KG_OK;
}

/* 1 when the sentence opens with "In a telephone conversation", "In a phone call", "During a video call". */
static int phone_opening(const rstate *r)
{
	size_t q = story_start(r);

	if (q + 3 >= r->n || !(is_word(&r->u[q], "in") || is_word(&r->u[q], "during")) ||
	    !(is_word(&r->u[q + 1], "a") || is_word(&r->u[q + 1], "an") || is_word(&r->u[q + 1], "the")))
		return 0;
	return (is_word(&r->u[q + 2], "telephone") || is_word(&r->u[q + 2], "phone") || is_word(&r->u[q + 2], "video")) &&
	       (is_word(&r->u[q + 3], "conversation") || is_word(&r->u[q + 3], "call") || is_word(&r->u[q + 3], "conference"));
}

/* "X discussed the aid with Y by phone", "In a telephone conversation, X discussed the summit with Y": a
 * call between X and Y, told by what they talked about. */
static int phone_discussions(rstate *r)
{
	static const trigger discussed = { "speak_with", "discuss", NULL, S_VERB_OBJ, "with", PEOPLE, KG_ROLE_PARTICIPANT };

	for (size_t k = 1; k + 3 < r->n; k++) {
		size_t w = k + 1;
		int neg = 0, planned = 0;
		group s, g;
		if (r->u[k].kind != U_WORD || strcmp(r->u[k].lemma, "discuss") != 0 || !verb_form(&r->u[k]))
			continue;
		while (w < r->n && w - k <= 6 && !is_word(&r->u[w], "with") && r->u[w].kind != U_PUNCT && !verb_form(&r->u[w]))
			w++;
		if (w + 1 >= r->n || !is_word(&r->u[w], "with") || !group_at(r, w + 1, &g) ||
		    !(by_phone(r, g.u1) || phone_opening(r)) || !subject_left(r, k, &s, &neg, &planned) || neg)
			continue;
		return meeting(r, &discussed, k, &s, PEOPLE, &g, PEOPLE, g.u1, 0, (planned ? KG_EVENT_PLANNED : 0u) | reported(r),
			       0.75, 1);
	}
	return KG_OK;
}

/* Legal forms that the name of a company's delegation leaves out: "the Alpenhaus delegation" of
 * "Alpenhaus AG". */
static const char *const delegation_drops[] = { "Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "Inc", "Inc.", "Corp",
	"Corp.", "Corporation", "Co.", "LLC", "AG", "SA", "S.A.", "NV", "N.V.", "Bhd", "Bhd.", "Berhad", "Sdn", "Tbk",
	"GmbH", "SpA", "S.p.A.", "Pty", "ASA", "Oyj", NULL };

/* "a delegation of Turkish conglomerate Koray Holding", "a delegation from South Korea's Hanbit Chemical
 * Corporation", "a delegation from Fukuoka": the body or place whose delegation the noun at unit i is,
 * described by a few words before its name; its delegation ("Koray Holding delegation", "Hanbit Chemical delegation") is made as an
 * organisation of its own. The delegation's entity, or -1 (none, or out of memory). */
static int body_delegation(rstate *r, size_t i)
{
	size_t q = i + 2;
	char name[256], *sp;
	int body;

	if (i + 2 >= r->n || !is_word(&r->u[i], "delegation") ||
	    !(is_word(&r->u[i + 1], "of") || is_word(&r->u[i + 1], "from")))
		return -1;
	if (is_word(&r->u[q], "the"))
		q++;
	/* "South Korea's", "Swiss chocolate maker", "China's": who and what the body is */
	while (q < r->n && q - i < 8 &&
	       (r->u[q].kind == U_DEMONYM || r->u[q].kind == U_POSS ||
		(r->u[q].kind == U_ENT && ent_type(r, r->u[q].ent) == KG_TYPE_PLACE && q + 1 < r->n && r->u[q + 1].kind == U_POSS) ||
		(r->u[q].kind == U_WORD && !(r->c->p->tokens[r->u[q].t0].flags & KG_TOK_CAP) && !in_list(np_stop, r->u[q].low) &&
		 isalpha((unsigned char)r->u[q].low[0]) &&
		 /* "Australian mining company X": an -ing form modifying a noun */
		 (!verb_form(&r->u[q]) || (ing_form(&r->u[q]) && q + 1 < r->n && r->u[q + 1].kind == U_WORD &&
					   !verb_form(&r->u[q + 1]))))))
		q++;
	/* a body, or a town or country that sends one ("a delegation from Fukuoka, Japan") */
	if (q >= r->n || r->u[q].kind != U_ENT ||
	    !(ent_type(r, r->u[q].ent) == KG_TYPE_ORG || ent_type(r, r->u[q].ent) == KG_TYPE_PLACE) ||
	    (q + 1 < r->n && (r->u[q + 1].kind == U_POSS || r->u[q + 1].kind == U_ENT)))
		return -1;
	body = r->u[q].ent;
	snprintf(name, sizeof(name), "%s", r->c->e[body].name);
	while ((sp = strrchr(name, ' ')) != NULL && in_list(delegation_drops, sp + 1))
		*sp = 0;
	if (strlen(name) + sizeof(" delegation") > sizeof(name))
		return -1;
	strcat(name, " delegation");
	return ner_entity(r->c, name, KG_TYPE_ORG, 0);
}

/* "received a delegation of Turkish conglomerate Koray Holding led by its chairman, X", "a Ukrainian
 * government delegation led by X": X leads the delegation, which takes part beside X in the events of
 * the sentence X is in, on X's side. */
static int body_delegations(rstate *r)
{
	for (size_t i = 0; i + 2 < r->n; i++) {
		size_t end;
		int d, leader, rc;
		/* "a Ukrainian government delegation led by X": a description's delegation */
		if (delegation_desc(r, i)) {
			/* "The SBN delegation was led by X" */
			size_t a = i + 1 + (i + 2 < r->n && (is_word(&r->u[i + 1], "was") || is_word(&r->u[i + 1], "is")));
			if ((leader = leader_after(r, a, &end)) < 0 || (d = made_entity(r, &r->u[i])) < 0)
				continue;
		} else if (i == 0 || !is_word(&r->u[i], "delegation") || (leader = led_delegation_at(r, i, &end)) < 0 ||
			   (d = body_delegation(r, i)) < 0) {
			continue;
		}
		if ((rc = evidence_triple(r, leader, "leads", d, NULL, 0, 0.8)) < 0)
			return rc;
		for (size_t ei = r->n_evs; ei-- > 0 && r->evs[ei].evidence.sentence == (long)r->si;) {
			kg_event *ev = &r->evs[ei];
			unsigned side = 0, top = 0;
			kg_role role = KG_ROLE_PARTICIPANT;
			int at = -1;
			if (ev->type == KG_EVENT_VISIT || (ev->flags & KG_EVENT_NEGATED))
				continue;
			for (size_t m = 0; m < ev->n_participants; m++) {
				if (ev->participants[m].side > top)
					top = ev->participants[m].side;
				if (strcmp(ev->participants[m].name, r->c->e[leader].name) == 0)
					at = (int)m;
			}
			if (at < 0 || in_event(r, ei, d))
				continue;
			role = ev->participants[at].role;
			if (!(side = ev->participants[at].side))
				side = ev->participants[at].side = top + 1;
			if ((rc = event_join(r, ei, d, role, side)) < 0)
				return rc;
		}
	}
	return KG_OK;
}

/* "his Peruvian counterpart X", "the Chilean counterpart, X": X holds the office of the sentence's subject in
 * the country the demonym names. */
static int counterparts(rstate *r)
{
	int rc;

	for (size_t i = 1; i + 1 < r->n; i++) {
		size_t p = i + 1;
		int subj, q;
		/* "his Saudi counterpart": a demonym, or a country the demonym was read as */
		if (!is_word(&r->u[i], "counterpart") ||
		    !(r->u[i - 1].kind == U_DEMONYM || (r->u[i - 1].kind == U_ENT && is_country(r, r->u[i - 1].ent))))
			continue;
		if (p < r->n && is_word(&r->u[p], ","))
			p++;
		while (p < r->n && r->u[p].kind == U_TITLE)
			p++;
		if (p >= r->n || r->u[p].kind != U_ENT || ent_type(r, r->u[p].ent) != KG_TYPE_PERSON)
			continue;
		subj = pronoun_person(r, i - 1);
		q = r->u[i - 1].kind == U_ENT ? r->u[i - 1].ent : made_entity(r, &r->u[i - 1]);
		if (subj < 0 || subj == r->u[p].ent || !r->c->e[subj].title || !national_title(r->c->e[subj].title) ||
		    q < 0 || q == r->c->e[subj].title_of)
			continue;
		r->in_counterpart = 1;
		/* "his Ugandan counterpart, Internal Affairs Minister X": the title said of X, not the one
		 * of the subject */
		rc = holds(r, r->u[p].ent, r->u[p - 1].kind == U_TITLE && !rank_or_style(r->u[p - 1].title)
						     ? r->u[p - 1].title : r->c->e[subj].title, q, 0.7);
		r->in_counterpart = 0;
		if (rc < 0)
			return rc;
	}
	/* "his Jordanian and Iraqi counterparts, A and B": each in the order of the demonyms */
	for (size_t i = 3; i + 1 < r->n; i++) {
		size_t p = i + 1;
		int subj, q1, q2;
		if (!is_word(&r->u[i], "counterparts") || r->u[i - 1].kind != U_DEMONYM || !is_word(&r->u[i - 2], "and") ||
		    r->u[i - 3].kind != U_DEMONYM)
			continue;
		size_t p2;
		if (p < r->n && is_word(&r->u[p], ","))
			p++;
		/* "..., Gen. A and Gen. B": a rank before each */
		while (p < r->n && r->u[p].kind == U_TITLE && rank_or_style(r->u[p].title))
			p++;
		p2 = p + 2;
		while (p2 < r->n && r->u[p2].kind == U_TITLE && rank_or_style(r->u[p2].title))
			p2++;
		if (p2 >= r->n || r->u[p].kind != U_ENT || !is_word(&r->u[p + 1], "and") || r->u[p2].kind != U_ENT ||
		    ent_type(r, r->u[p].ent) != KG_TYPE_PERSON || ent_type(r, r->u[p2].ent) != KG_TYPE_PERSON)
			continue;
		subj = pronoun_person(r, i - 3);
		q1 = made_entity(r, &r->u[i - 3]);
		q2 = made_entity(r, &r->u[i - 1]);
		if (subj < 0 || subj == r->u[p].ent || subj == r->u[p2].ent || !r->c->e[subj].title ||
		    !(national_title(r->c->e[subj].title) || force_title(r->c->e[subj].title)) || q1 < 0 || q2 < 0 || q1 == q2 ||
		    q1 == r->c->e[subj].title_of || q2 == r->c->e[subj].title_of)
			continue;
		r->in_counterpart = 1;
		rc = holds(r, r->u[p].ent, r->c->e[subj].title, q1, 0.7);
		if (rc >= 0)
			rc = holds(r, r->u[p2].ent, r->c->e[subj].title, q2, 0.7);
		r->in_counterpart = 0;
		if (rc < 0)
			return rc;
	}
	/* "his counterparts A of Kazakhstan, B of Uzbekistan and C of Tajikistan", "his counterpart A of
	 * Ghana": each holds the subject's office in the country named after the name */
	for (size_t i = 1; i + 3 < r->n; i++) {
		size_t p = i + 1;
		int subj;
		if (!(is_word(&r->u[i], "counterpart") || is_word(&r->u[i], "counterparts")) ||
		    !(is_word(&r->u[i - 1], "his") || is_word(&r->u[i - 1], "her") || is_word(&r->u[i - 1], "their")))
			continue;
		subj = pronoun_person(r, i - 1);
		if (subj < 0 || !r->c->e[subj].title || !national_title(r->c->e[subj].title))
			continue;
		if (is_word(&r->u[p], ","))
			p++;
		while (p + 2 < r->n && r->u[p].kind == U_ENT && ent_type(r, r->u[p].ent) == KG_TYPE_PERSON &&
		       r->u[p].ent != subj && is_word(&r->u[p + 1], "of") && r->u[p + 2].kind == U_ENT &&
		       is_country(r, r->u[p + 2].ent) && r->u[p + 2].ent != r->c->e[subj].title_of) {
			r->in_counterpart = 1;
			rc = holds(r, r->u[p].ent, r->c->e[subj].title, r->u[p + 2].ent, 0.7);
			r->in_counterpart = 0;
			if (rc < 0)
				return rc;
			p += 3;
			if (p + 1 < r->n && is_word(&r->u[p], ","))
				p++;
			if (p + 1 < r->n && is_word(&r->u[p], "and"))
				p++;
		}
	}
	return KG_OK;
}

/* The organisation a "leader of" leads, from unit k: the noun phrase there, else the first organisation
 * within a few words ("the northern liberal party X"). Returns it (one past it in *end) or -1. */
static int led_org(rstate *r, size_t k, size_t *end)
{
	int o = np_at(r, k, end);

	/* "head of Norbank's Africa division": a part of the organisation, not the organisation */
	if (o >= 0 && *end < r->n && r->u[*end].kind == U_POSS)
		return -1;
	if (o >= 0 && ent_type(r, o) == KG_TYPE_ORG) {
		size_t named = *end > k && r->u[*end - 1].kind == U_ENT ? bracketed_name_after(r, *end - 1) : 0;
		if (named) {
			*end = named + 2; /* "the UN refugee agency (UNHCR)" */
			return r->u[named].ent;
		}
		return o;
	}
	for (size_t j = k; j < r->n && j - k < 6; j++) {
		const unit *u = &r->u[j];
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_ORG) {
			size_t named = bracketed_name_after(r, j);
			if (named) {
				*end = named + 2; /* "the UN refugee agency (UNHCR)" */
				return r->u[named].ent;
			}
			*end = j + 1;
			return j + 1 < r->n && r->u[j + 1].kind == U_POSS ? -1 : u->ent;
		}
		/* "the Flemish liberal party Open VLD": a place as a modifier of the description */
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_PLACE && j + 1 < r->n && r->u[j + 1].kind == U_WORD &&
		    !verb_form(&r->u[j + 1]))
			continue;
		if (u->kind == U_PUNCT || verb_form(u) || is_word(u, "and") || is_word(u, "who") || u->kind == U_ENT)
			return -1;
	}
	return -1;
}

/* Leadership from "X, head/leader of Y" and "the leader of Y (Z), X": X holds the office and leads Y. */
static int head_of(rstate *r)
{
	int rc;

	for (size_t i = 0; i + 2 < r->n; i++) {
		unit *u = &r->u[i];
		const char *title;
		if (!(u->kind == U_WORD || u->kind == U_TITLE))
			continue;
		if (!(strcmp(u->low, "head") == 0 || strcmp(u->low, "leader") == 0 ||
		      (u->kind == U_TITLE && u->title && (strcmp(u->title, "Head") == 0 || strcmp(u->title, "Leader") == 0))))
			continue;
		if (!is_word(&r->u[i + 1], "of"))
			continue;
		title = u->kind == U_TITLE && u->title ? u->title : strcmp(u->low, "head") == 0 ? "Head" : "Leader";
		{
			size_t end = 0;
			int o = led_org(r, i + 2, &end), s = -1;
			size_t k = i;
			while (k > 0 && (is_word(&r->u[k - 1], "the") || is_word(&r->u[k - 1], "a")))
				k--;
			if (k >= 2 && is_word(&r->u[k - 1], ",") && r->u[k - 2].kind == U_ENT)
				s = r->u[k - 2].ent;
			else if (o >= 0) {
				size_t a = end;
				if (a + 2 < r->n && is_word(&r->u[a], "(") && is_word(&r->u[a + 2], ")"))
					a += 3;
				if (a < r->n && is_word(&r->u[a], ",")) {
					a++;
					while (a < r->n && r->u[a].kind == U_TITLE)
						a++;
					if (a < r->n && r->u[a].kind == U_ENT)
						s = r->u[a].ent;
				}
			}
			if (o >= 0 && ent_type(r, o) == KG_TYPE_ORG && s >= 0 && ent_type(r, s) == KG_TYPE_PERSON &&
			    (rc = holds(r, s, title, o, 0.8)) < 0)
				return rc;
		}
	}
	return KG_OK;
}

/* "The board, chaired by X, said", "Acme's board, chaired by X", "the company's board chaired by X":
 * X chairs the company the board belongs to (the possessor, else the company named before). */
static int board_chair(rstate *r)
{
	int rc;

	for (size_t i = 1; i + 3 < r->n; i++) {
		size_t k = i + 1;
		int owner = -1;
		if (!is_word(&r->u[i], "board"))
			continue;
		if (is_word(&r->u[k], ","))
			k++;
		if (k + 2 >= r->n || !is_word(&r->u[k], "chaired") || !is_word(&r->u[k + 1], "by") ||
		    r->u[k + 2].kind != U_ENT || ent_type(r, r->u[k + 2].ent) != KG_TYPE_PERSON)
			continue;
		if (r->u[i - 1].kind == U_POSS && i >= 2 && r->u[i - 2].kind == U_ENT &&
		    ent_type(r, r->u[i - 2].ent) == KG_TYPE_ORG)
			owner = r->u[i - 2].ent;
		else if (r->u[i - 1].kind == U_POSS && i >= 3 && r->u[i - 2].kind == U_WORD &&
			 in_list(company_nouns, r->u[i - 2].low) && is_word(&r->u[i - 3], "the"))
			owner = company_antecedent(r, i - 2);
		else if (is_word(&r->u[i - 1], "the"))
			owner = company_antecedent(r, i - 1);
		if (owner < 0)
			continue;
		if ((rc = holds(r, r->u[k + 2].ent, "Chairman", owner, 0.75)) < 0)
			return rc;
	}
	/* "X, who chairs the company's board", "X, who chairs the board of Acme", "X chairs Acme's board" */
	for (size_t i = 2; i < r->n; i++) {
		size_t v, k;
		int owner = -1, chair = -1;
		group g;
		if (!is_word(&r->u[i], "board"))
			continue;
		if (r->u[i - 1].kind == U_POSS && r->u[i - 2].kind == U_ENT && ent_type(r, r->u[i - 2].ent) == KG_TYPE_ORG) {
			owner = r->u[i - 2].ent;
			v = i - 2;
		} else if (r->u[i - 1].kind == U_POSS && i >= 3 && r->u[i - 2].kind == U_WORD &&
			   in_list(company_nouns, r->u[i - 2].low) && is_word(&r->u[i - 3], "the")) {
			owner = company_antecedent(r, i - 2);
			v = i - 3;
		} else if (is_word(&r->u[i - 1], "the") && i + 2 < r->n && is_word(&r->u[i + 1], "of") &&
			   r->u[i + 2].kind == U_ENT && ent_type(r, r->u[i + 2].ent) == KG_TYPE_ORG) {
			owner = r->u[i + 2].ent;
			v = i - 1;
		} else {
			continue;
		}
		if (owner < 0 || v == 0 || r->u[v - 1].kind != U_WORD || strcmp(r->u[v - 1].lemma, "chair") != 0 ||
		    !verb_form(&r->u[v - 1]))
			continue;
		k = v - 1;
		/* "X, who chairs": the person before the relative pronoun; else the clause's subject */
		if (k >= 3 && is_word(&r->u[k - 1], "who") && is_word(&r->u[k - 2], ",") && r->u[k - 3].kind == U_ENT &&
		    ent_type(r, r->u[k - 3].ent) == KG_TYPE_PERSON)
			chair = r->u[k - 3].ent;
		else {
			int neg = 0, planned = 0;
			if (subject_left(r, k, &g, &neg, &planned) == 1 && !neg && ent_type(r, g.ents[0]) == KG_TYPE_PERSON)
				chair = g.ents[0];
		}
		if (chair >= 0 && (rc = holds(r, chair, "Chairman", owner, 0.75)) < 0)
			return rc;
	}
	return KG_OK;
}

/* "President X swore in Y as the new Minister for Foreign Affairs": Y holds the title (its country
 * the "of" part's, else the one the document gives the offices it names without one). */
static int sworn_in_as(rstate *r)
{
	int rc;

	for (size_t i = 0; i + 4 < r->n; i++) {
		group g;
		size_t a;
		int q;
		if (!(is_word(&r->u[i], "swore") || is_word(&r->u[i], "swears")) || !is_word(&r->u[i + 1], "in") ||
		    group_at(r, i + 2, &g) != 1 || ent_type(r, g.ents[0]) != KG_TYPE_PERSON || g.u1 >= r->n ||
		    !is_word(&r->u[g.u1], "as"))
			continue;
		a = g.u1 + 1;
		while (a < r->n && r->u[a].kind == U_WORD && a - g.u1 < 4 && !r->u[a].lemma[0])
			a++;
		if (a >= r->n || r->u[a].kind != U_TITLE)
			continue;
		q = of_qualifier(r, a + 1);
		if ((rc = holds(r, g.ents[0], r->u[a].title, q, 0.8)) < 0)
			return rc;
	}
	return KG_OK;
}

/* Nouns for a company named before, in "as president of the company". */
static const char *const company_nouns_of[] = { "company", "bank", "firm", "group", "lender", "carrier", "airline",
	"insurer", "operator", "miner", "maker", NULL };

/* The owner of the office at unit a that a succession names: its "of" part ("as chairman of Indus
 * Steel"), the company named before for "of the company" or for a company's office with no "of" part
 * ("Savanna Bank said ... stepping down as chief executive"); -1 for a national office with neither, -2
 * for "of the company" when no company was named (the office is no country's then). */
static int succession_owner(rstate *r, size_t a)
{
	int q = of_qualifier(r, a + 1);

	if (q >= 0)
		return q;
	if (a + 2 < r->n && is_word(&r->u[a + 1], "of") &&
	    (in_list(company_nouns_of, r->u[a + 2].low) ||
	     (a + 3 < r->n && is_word(&r->u[a + 2], "the") && in_list(company_nouns_of, r->u[a + 3].low)))) {
		q = company_antecedent(r, a);
		return q >= 0 ? q : -2;
	}
	return national_title(r->u[a].title) ? -1 : company_antecedent(r, a);
}

/* The new holder p takes the office (title of q): a fact, or a plan when a "will" says it is to come
 * (then only with a known owner). */
static int takes_office(rstate *r, int p, const char *title, int q, int planned)
{
	int rc;

	if (!planned)
		return holds(r, p, title, q, 0.7);
	if (q < 0 || p < 0 || ent_type(r, p) != KG_TYPE_PERSON)
		return KG_OK;
	if (ent_type(r, q) == KG_TYPE_ORG && head_title(title) &&
	    (rc = evidence_triple(r, p, "leads", q, NULL, 1, 0.6)) < 0)
		return rc;
	return evidence_triple(r, p, "holds_position", q, title, 1, 0.6);
}

/* The title unit after "as" at unit k (past "the" and up to two modifiers), or r->n. */
static size_t title_after_as(const rstate *r, size_t k)
{
	size_t a = k + 1;

	if (k >= r->n || !is_word(&r->u[k], "as"))
		return r->n;
	while (a < r->n && r->u[a].kind == U_WORD && a - k < 4 && !r->u[a].lemma[0])
		a++;
	return a < r->n && r->u[a].kind == U_TITLE ? a : r->n;
}

/* Successions: "X will succeed Y as chief executive of Acme", "X replaces Y as chairman of Z", "X takes
 * over from Y as CEO", "Y, who is stepping down as chief executive, will be replaced by X". Y holds (or
 * has held until now) the office; X takes it, as a plan when a "will" says so. */
static int succeeds_as(rstate *r)
{
	static const char *const verbs[] = { "succeed", "succeeds", "succeeded", "succeeding", "replace", "replaces",
					     "replaced", "replacing", NULL };
	int rc;

	for (size_t i = 0; i + 3 < r->n; i++) {
		group g, s;
		size_t a, v = i, from = i + 1;
		int owner = -1, neg = 0, planned = 0, old;
		const char *title;

		/* "X takes over from Y as CEO": the phrasal verb and its "from" */
		if (r->u[i].kind == U_WORD && strcmp(r->u[i].lemma, "take") == 0 && i + 3 < r->n &&
		    is_word(&r->u[i + 1], "over") && is_word(&r->u[i + 2], "from"))
			from = i + 3;
		else if (r->u[i].kind != U_WORD || !in_list(verbs, r->u[i].low) || passive_at(r, i))
			continue;
		if (group_at(r, from, &g) != 1 || ent_type(r, g.ents[0]) != KG_TYPE_PERSON || g.u1 >= r->n ||
		    !is_word(&r->u[g.u1], "as"))
			continue;
		a = g.u1 + 1;
		/* "as Kenya's trade minister", "as the bank's chairman" */
		if (a + 2 < r->n && r->u[a].kind == U_ENT && ent_type(r, r->u[a].ent) != KG_TYPE_PERSON &&
		    r->u[a + 1].kind == U_POSS) {
			owner = r->u[a].ent;
			a += 2;
		}
		while (a < r->n && r->u[a].kind == U_WORD && a - g.u1 < 4 && !r->u[a].lemma[0])
			a++;
		if (a >= r->n || r->u[a].kind != U_TITLE)
			continue;
		title = r->u[a].title;
		if (owner < 0)
			owner = succession_owner(r, a);
		old = g.ents[0];
		if (owner == -2)
			continue;
		if ((rc = holds(r, old, title, owner, 0.75)) < 0)
			return rc;
		if (subject_left(r, v, &s, &neg, &planned) == 1 && !neg && s.ents[0] != old &&
		    (rc = takes_office(r, s.ents[0], title, owner, planned)) < 0)
			return rc;
	}
	/* "X will take over as chief executive from Y": the office before the one it is taken from */
	for (size_t i = 0; i + 4 < r->n; i++) {
		group g, s;
		size_t a, k;
		int owner, neg = 0, planned = 0;

		if (r->u[i].kind != U_WORD || strcmp(r->u[i].lemma, "take") != 0 || !is_word(&r->u[i + 1], "over") ||
		    (a = title_after_as(r, i + 2)) >= r->n)
			continue;
		if ((owner = succession_owner(r, a)) == -2)
			continue;
		for (k = a + 1; k < r->n && k - a <= 6 && !is_word(&r->u[k], "from") && !is_word(&r->u[k], ","); k++)
			;
		if (k + 1 >= r->n || !is_word(&r->u[k], "from") || group_at(r, k + 1, &g) != 1 ||
		    ent_type(r, g.ents[0]) != KG_TYPE_PERSON)
			continue;
		if ((rc = holds(r, g.ents[0], r->u[a].title, owner, 0.75)) < 0)
			return rc;
		if (subject_left(r, i, &s, &neg, &planned) == 1 && !neg && s.ents[0] != g.ents[0] &&
		    (rc = takes_office(r, s.ents[0], r->u[a].title, owner, planned)) < 0)
			return rc;
	}
	/* "Acme appointed X as chief executive, succeeding Y": Y held the office the appointment names */
	for (size_t i = 2; i + 1 < r->n; i++) {
		group g;
		size_t a = r->n;
		int owner;

		if (!(is_word(&r->u[i], "succeeding") || is_word(&r->u[i], "replacing")) || !is_word(&r->u[i - 1], ",") ||
		    group_at(r, i + 1, &g) != 1 || ent_type(r, g.ents[0]) != KG_TYPE_PERSON ||
		    (g.u1 < r->n && is_word(&r->u[g.u1], "as")))
			continue;
		for (size_t k = i - 1; k-- > 0 && i - k <= 10;)
			if (is_word(&r->u[k], "as") && (a = title_after_as(r, k)) < i)
				break;
		if (a >= i || (owner = succession_owner(r, a)) == -2)
			continue;
		if ((rc = holds(r, g.ents[0], r->u[a].title, owner, 0.75)) < 0)
			return rc;
	}
	/* "Y, who is stepping down as chief executive, will be replaced by X", "Y would retire as chief
	 * executive and be replaced by X" */
	for (size_t i = 0; i + 3 < r->n; i++) {
		group g, s;
		size_t a;
		int owner, neg = 0, planned = 0;

		/* "Y would retire as chief executive", "Y resigned as chairman": the same leaving */
		if (r->u[i].kind == U_WORD && (strcmp(r->u[i].lemma, "retire") == 0 || strcmp(r->u[i].lemma, "resign") == 0 ||
					       strcmp(r->u[i].lemma, "quit") == 0))
			a = title_after_as(r, i + 1);
		else if (r->u[i].kind == U_WORD && strcmp(r->u[i].lemma, "step") == 0 && is_word(&r->u[i + 1], "down"))
			a = title_after_as(r, i + 2);
		else
			continue;
		if (a >= r->n || subject_left(r, i, &s, &neg, &planned) != 1 || neg || ent_type(r, s.ents[0]) != KG_TYPE_PERSON)
			continue;
		if ((owner = succession_owner(r, a)) == -2)
			continue;
		if ((rc = holds(r, s.ents[0], r->u[a].title, owner, 0.75)) < 0)
			return rc;
		for (size_t k = a + 1; k + 2 < r->n; k++) {
			int will = 0;
			if (r->u[k].kind != U_WORD || !(strcmp(r->u[k].lemma, "replace") == 0 ||
							strcmp(r->u[k].lemma, "succeed") == 0) ||
			    !is_word(&r->u[k + 1], "by") || group_at(r, k + 2, &g) != 1 || g.ents[0] == s.ents[0])
				continue;
			for (size_t q = k; q-- > a + 1 && k - q <= 3;)
				will |= is_word(&r->u[q], "will");
			if ((rc = takes_office(r, g.ents[0], r->u[a].title, owner, will)) < 0)
				return rc;
			break;
		}
	}
	return KG_OK;
}

/* "adviser to Y", "aide to Y": X, (ex-)adviser to Y / X is a (former) adviser to Y */
static int adviser_to(rstate *r)
{
	int rc;

	for (size_t i = 0; i + 2 < r->n; i++) {
		unit *u = &r->u[i];
		const char *w = u->low;
		size_t end;
		int o, s = -1;

		if (u->kind == U_TITLE && u->title)
			w = u->title;
		if (!(strstr(w, "dvis") &&
		      (strstr(w, "adviser") || strstr(w, "advisor") || strstr(w, "Adviser") || strstr(w, "Advisor"))) &&
		    strcasecmp(w, "aide") != 0) /* "a close aide to X" */
			continue;
		/* "aide to X", and "a close aide of President X" */
		if (!is_word(&r->u[i + 1], "to") && !is_word(&r->u[i + 1], "of"))
			continue;
		o = np_at(r, i + 2, &end);
		if (o < 0 || ent_type(r, o) != KG_TYPE_PERSON)
			continue;
		for (size_t k = i; k-- > 0 && i - k < 8;) {
			if (r->u[k].kind == U_ENT && ent_type(r, r->u[k].ent) == KG_TYPE_PERSON) {
				s = r->u[k].ent;
				break;
			}
			if (r->u[k].kind == U_PRON) {
				s = r->last_person;
				break;
			}
		}
		if (s >= 0 && strncmp(r->u[i > 0 ? i - 1 : 0].low, "former", 6) != 0 &&
		    (rc = evidence_triple(r, s, "advises", o, NULL, 0, 0.7)) < 0)
			return rc;
	}
	return KG_OK;
}

/* Nouns that name a journey. */
static const char *const visit_nouns[] = { "visit", "visits", "trip", "trips", "tour", "journey", "stay", "stop",
					    "stops", "stopover", NULL };
/* Words between a journey noun and what stands before it: "during his first official two-day visit". */
static const char *const visit_mods[] = {
	"a", "an", "the", "his", "her", "their", "its", "on", "during", "in", "for", "of", "first", "second", "third",
	"official", "state", "working", "maiden", "historic", "surprise", "unannounced", "private", "brief", "short",
	"upcoming", "planned", "current", "recent", "rare", "last", "latest", "week-long", "day-long", "one", "two",
	"three", "four", "five", "six", "seven", "day", "days", "week", "weeks", "ongoing", "high-profile", "regional",
	"overseas", "foreign", "business", "long", "lightning",
	/* the verbs of a journey: "paid a working visit to", "began a three-nation tour of" */
	"paid", "pay", "pays", "paying", "made", "make", "makes", "making", "undertook", "undertakes", "began",
	"begins", "started", "starts", "concluded", "concludes", "ended", "ends", "wrapped", "up", "cut", "short",
	"concluding", "ending", "wrapping", "beginning", "starting", "undertaking",
	"cancelled", "canceled", "cancels", "postponed", "postpones", "called", "off", "ahead", NULL
};
/* Those that undo it ("cancelled his visit to") or put it ahead ("ahead of his visit to"). */
static const char *const visit_undone[] = { "cancelled", "canceled", "cancels", "postponed", "postpones", "off",
					    NULL };
/* Words before a journey noun that make it a plan. */
static const char *const visit_plans[] = { "upcoming", "planned", NULL };

/* 1 for a length of time or a count of stops used as an adjective: "two-day", "10-day", "week-long",
 * "three-nation". */
static int duration(const char *w)
{
	size_t n = strlen(w);

	return (n > 4 && strcmp(w + n - 4, "-day") == 0) || (n > 5 && strcmp(w + n - 5, "-week") == 0) ||
	       (n > 7 && strcmp(w + n - 7, "-nation") == 0) || (n > 8 && strcmp(w + n - 8, "-country") == 0) ||
	       (n > 5 && strcmp(w + n - 5, "-long") == 0);
}

/* The person a possessive pronoun at unit i refers to: the first person named before it in the sentence
 * (its subject: "X met Y during his visit"), else the subject of the sentences before. */
static int pronoun_person(const rstate *r, size_t i)
{
	for (size_t j = 0; j < i; j++) {
		const unit *u = &r->u[j];
		/* a "person" right before a title qualifies it ("Acme Vice Chairman X"): not the subject */
		if ((u->kind == U_ENT || u->kind == U_PRON) && u->ent >= 0 && ent_type(r, u->ent) == KG_TYPE_PERSON &&
		    !(j + 1 < r->n && r->u[j + 1].kind == U_TITLE))
			return u->ent;
	}
	return r->last_person;
}

/* The person a possessive pronoun at unit j refers to: the nearest person named or described before it in
 * the sentence ("welcomed the Crown Prince on his ... visit"), else the pronoun's referent; -1 none. */
static int person_before(rstate *r, size_t j)
{
	for (size_t i = j; i-- > 0;) {
		if (r->u[i].kind == U_ENT && ent_type(r, r->u[i].ent) == KG_TYPE_PERSON)
			return r->u[i].ent;
		if (r->u[i].kind == U_TITLE && i > 0 && is_word(&r->u[i - 1], "the") &&
		    !(i + 1 < r->n && r->u[i + 1].kind == U_ENT))
			return title_holder(r, r->u[i].title, -1);
	}
	return pronoun_person(r, j);
}

/* "A and B accompanied President C on| his visit to P": when the journey's phrase at unit j ("on his
 * ...") follows the object of "accompanied" (or "joined"), the object and the verb's subjects in *g;
 * 0 when the words are not so. */
static int accompanied_on(rstate *r, size_t j, group *g)
{
	size_t v;
	int neg = 0, planned = 0, c;
	group sub;

	if (j < 2 || !(is_word(&r->u[j], "on") || is_word(&r->u[j], "during")) || r->u[j - 1].kind != U_ENT ||
	    ent_type(r, r->u[j - 1].ent) != KG_TYPE_PERSON)
		return 0;
	v = j - 1;
	while (v > 0 && (r->u[v - 1].kind == U_TITLE || r->u[v - 1].kind == U_DEMONYM || is_word(&r->u[v - 1], "the")))
		v--;
	if (v == 0 || r->u[v - 1].kind != U_WORD ||
	    !(strcmp(r->u[v - 1].lemma, "accompany") == 0 || strcmp(r->u[v - 1].lemma, "join") == 0) ||
	    !verb_form(&r->u[v - 1]))
		return 0;
	g->n = 1;
	g->ents[0] = r->u[j - 1].ent;
	g->u0 = j - 1;
	g->u1 = j;
	if ((c = subject_left(r, v - 1, &sub, &neg, &planned)) > 0 && !neg)
		for (size_t i = 0; i < sub.n && g->n < MAX_GROUP; i++)
			if (ent_type(r, sub.ents[i]) == KG_TYPE_PERSON)
				g->ents[g->n++] = sub.ents[i];
	return 1;
}

/* Journeys named by a noun: "his two-day visit to X, Y", "X is on a visit to Y", "the first official visit
 * to Y by a Peruvian president", "X's trip to Y", "X's Y visit". Each traveller and place is a visit event. */
static int journeys(rstate *r)
{
	int rc;

	for (size_t k = 0; k < r->n; k++) {
		group s, o;
		size_t j = k;
		int neg = 0, planned = 0, pron = -1, his, past_journey = 0;

		if (r->u[k].kind != U_WORD || !in_list(visit_nouns, r->u[k].low))
			continue;
		memset(&s, 0, sizeof(s));
		memset(&o, 0, sizeof(o));
		if (k >= 3 && r->u[k - 1].kind == U_ENT && ent_type(r, r->u[k - 1].ent) == KG_TYPE_PLACE &&
		    r->u[k - 2].kind == U_POSS && r->u[k - 3].kind == U_ENT) {
			/* "X's Lisbon visit" */
			s.n = o.n = 1;
			s.ents[0] = r->u[k - 3].ent;
			o.ents[0] = r->u[k - 1].ent;
		} else if (k >= 2 && r->u[k - 1].kind == U_ENT && ent_type(r, r->u[k - 1].ent) == KG_TYPE_PLACE &&
			   (is_word(&r->u[k - 2], "his") || is_word(&r->u[k - 2], "her")) &&
			   (his = person_before(r, k - 2)) >= 0) {
			/* "welcomed the prince on his Lisbon visit" */
			s.n = o.n = 1;
			s.ents[0] = his;
			o.ents[0] = r->u[k - 1].ent;
		} else {
			size_t end, by_end = 0;
			int by, held, by_first = -1;
			/* "a visit to P", "a tour of P", "a stop in P" */
			/* "wrapped up an African tour in Chad": where a tour is, it visits */
			const char *to = is_word(&r->u[k], "tour") ? "to|of|in"
					 : (is_word(&r->u[k], "stop") || is_word(&r->u[k], "stops") ||
					    is_word(&r->u[k], "stopover") || is_word(&r->u[k], "stay"))
					     ? "in|at|to"
					     : "to";
			/* "the visit by (of) Prime Minister X to P": the traveller between the noun and the place */
			if (k + 3 < r->n && (is_word(&r->u[k + 1], "by") || is_word(&r->u[k + 1], "of")) &&
			    (by_first = np_at(r, k + 2, &by_end)) >= 0 &&
			    !(by_end < r->n && is_word(&r->u[by_end], "to") && ent_type(r, by_first) == KG_TYPE_PERSON))
				by_first = -1;
			if (!object_right(r, by_first >= 0 ? by_end - 1 : k, to, &o) || !destination(r, o.ents[0]))
				continue;
			/* "a four-nation African tour": a demonym says where, not who */
			while (j > 0 && k - j < 8 &&
			       (r->u[j - 1].kind == U_DEMONYM ||
				(r->u[j - 1].kind == U_WORD && (in_list(visit_mods, r->u[j - 1].low) || duration(r->u[j - 1].low))))) {
				j--;
				if (in_list(visit_plans, r->u[j].low) || is_word(&r->u[j], "ahead"))
					planned = 1;
				if (in_list(visit_undone, r->u[j].low))
					neg = 1;
				if (pron < 0 && (is_word(&r->u[j], "his") || is_word(&r->u[j], "her")))
					pron = pronoun_person(r, j);
			}
			if (by_first < 0 && pron >= 0 && accompanied_on(r, j, &s)) {
				/* "A and B accompanied President C on his visit to P": C and those with C travel */
			} else if (by_first >= 0) {
				s.n = 1;
				s.ents[0] = by_first;
				if (undone_after(r, o.u1)) /* "The visit of X to P was postponed" */
					neg = 1;
				if (planned_after(r, o.u1))
					planned = 1;
			} else if (o.u1 + 1 < r->n && is_word(&r->u[o.u1], "by") && (by = np_at(r, o.u1 + 1, &end)) >= 0) {
				s.n = 1;
				s.ents[0] = by;
			} else if (j >= 2 && r->u[j - 1].kind == U_POSS && r->u[j - 2].kind == U_ENT) {
				s.n = 1;
				s.ents[0] = r->u[j - 2].ent;
				/* "ahead of X's visit to P" */
				if (j >= 4 && is_word(&r->u[j - 3], "of") && is_word(&r->u[j - 4], "ahead"))
					planned = 1;
				/* "X's visit to P was postponed", "... is scheduled for May" */
				if (undone_after(r, o.u1))
					neg = 1;
				if (planned_after(r, o.u1))
					planned = 1;
			} else if (j >= 2 && r->u[j - 1].kind == U_POSS && r->u[j - 2].kind == U_TITLE &&
				   (held = title_holder(r, r->u[j - 2].title, qualifier(r, j - 2))) >= 0) {
				/* "the Norlandic prince's first trip to X": the one who holds that title */
				s.n = 1;
				s.ents[0] = held;
			} else if (j == story_start(r) && (is_word(&r->u[j], "during") || is_word(&r->u[j], "on")) &&
				   o.u1 + 1 < r->n &&
				   is_word(&r->u[o.u1], ",") && group_at(r, o.u1 + 1, &s) >= 1 &&
				   ent_type(r, s.ents[0]) == KG_TYPE_PERSON && s.u1 < r->n && verb_form(&r->u[s.u1])) {
				/* "During his visit to Abuja, X met Y": the fronted phrase's subject follows its comma */
			} else if (pron >= 0) {
				s.n = 1;
				s.ents[0] = pron;
			} else if (j > 1 && j < k && is_word(&r->u[j - 1], ",") && ing_form(&r->u[j]) && shared_subject(r, j - 1, &s) &&
				   admit(r, s.ents[0], PEOPLE)) {
				/* "X returned home on Friday, concluding a four-day visit to P": the clause's subject */
			} else if (j == k || !subject_left(r, j, &s, &neg, &planned) || !admit(r, s.ents[0], PEOPLE)) {
				/* "X announced an investment during a visit to P": the subject of the clause's verb;
				 * "X arrived in Cairo on a visit to Egypt": Cairo stands before it, X is the subject;
				 * "X ended the tour in Chad after stops in A and B": the stops are X's too */
				static const char *const frames[] = { "start", "end", "beginning", "part", "course", "outset",
								      "conclusion", "close", "leg", NULL };
				size_t p = j < k ? j : k - 1;

				/* "landed in Abuja after a three-day state visit to Brazil" */
				if (j < k && j > 0 && (is_word(&r->u[j - 1], "after") || is_word(&r->u[j - 1], "following")))
					p = j - 1;

				/* "arrived in Manila at the start of a two-day visit to the Philippines", "as part of
				 * a tour of Asia": the frame's preposition stands for "during" */
				size_t d = p >= 2 && (is_word(&r->u[p - 2], "the") || is_word(&r->u[p - 2], "a")) ? p - 2 : p - 1;

				if (k > 0 && p >= 2 && d >= 1 && is_word(&r->u[p], "of") && r->u[p - 1].kind == U_WORD &&
				    in_list(frames, r->u[p - 1].low) &&
				    (is_word(&r->u[d - 1], "at") || is_word(&r->u[d - 1], "as") || is_word(&r->u[d - 1], "in") ||
				     is_word(&r->u[d - 1], "on")) &&
				    shared_subject(r, d - 1, &s)) {
					/* the journey's traveller is the clause's subject */
				} else if (k == 0 || !(is_word(&r->u[p], "during") || is_word(&r->u[p], "on") ||
				      is_word(&r->u[p], "after") || is_word(&r->u[p], "following") ||
				      /* "arrived in Astana for a state visit to Kazakhstan" */
				      (is_word(&r->u[p], "for") && journey_for(r, p + 1, &s, &neg, &past_journey) > 0)) ||
				    !shared_subject(r, p, &s))
					continue;
			}
		}
		{
			static const trigger journey = { "visits", NULL, "visit", S_NOUN_WITH, "to", T(KG_TYPE_PLACE),
							 KG_ROLE_GUEST };
			unsigned flags = (neg ? KG_EVENT_NEGATED : 0u) | (planned ? KG_EVENT_PLANNED : 0u) | reported(r);
			if ((rc = visits(r, &journey, k, &s, &o, flags, 0.8, 0)) < 0)
				return rc;
		}
	}
	return KG_OK;
}

/* The person "he" or "she" (pronoun unit u) refers to: the last one seen, unless a pronoun of the other
 * gender already referred to it; then the latest before it in the sentence (seen, n) or the one the
 * sentence before ended on (before) that fits. The choice takes the pronoun's gender. */
static int gendered(rstate *r, const unit *u, int last_seen, const int *seen, size_t n, int before)
{
	char want = strcmp(u->low, "he") == 0 ? 'm' : strcmp(u->low, "she") == 0 ? 'f' : 0;
	int e = last_seen;

#define FITS(x) ((x) >= 0 && (!r->c->e[x].gender || r->c->e[x].gender == want))
	if (want && e >= 0 && !FITS(e)) {
		e = -1;
		for (size_t k = n; k-- > 0 && e < 0;)
			if (FITS(seen[k]))
				e = seen[k];
		if (e < 0 && FITS(before))
			e = before;
		if (e < 0)
			e = last_seen;
	}
#undef FITS
	if (want && e >= 0 && !r->c->e[e].gender)
		r->c->e[e].gender = want;
	return e;
}

/* The gender a pronoun unit says: 'm' for he, 'f' for she, 0 otherwise. */
static char pronoun_gender(const unit *u)
{
	return strcmp(u->low, "he") == 0 ? 'm' : strcmp(u->low, "she") == 0 ? 'f' : 0;
}

/* 1 when person e is named first in the sentence, before any verb: its subject ("Chinese Vice
 * President X attended ..."). */
static int subject_first(const rstate *r, int e)
{
	for (size_t j = 0; j < r->n; j++) {
		const unit *u = &r->u[j];
		if (u->kind == U_ENT && u->ent == e)
			return 1;
		if (u->kind == U_WORD && verb_form(u))
			return 0;
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_PERSON)
			return 0;
	}
	return 0;
}

/* Resolves pronouns of the sentence and updates the person a later pronoun refers to. */
static void pronouns(rstate *r)
{
	int first_person = -1, last_seen = r->last_person, before = r->last_person;
	int seen[16];      /* the persons of the sentence so far, in order (the first 16) */
	size_t n_seen = 0;

	for (size_t i = 0; i < r->n; i++) {
		unit *u = &r->u[i];
		if (u->kind == U_PRON) {
			u->ent = gendered(r, u, last_seen, seen, n_seen, before);
			/* "X, whom he met": he is not X, but the sentence's subject or the one before */
			if (i > 0 && is_word(&r->u[i - 1], "whom"))
				u->ent = first_person >= 0 && first_person != last_seen ? first_person : before;
			/* "X attended the inauguration of Y in P, where he also met Z": the clause after "where"
			 * goes on with the sentence's subject when that is its first word */
			else if (i > 1 && is_word(&r->u[i - 1], "where") && is_word(&r->u[i - 2], ",") && first_person >= 0 &&
				 first_person != u->ent && subject_first(r, first_person) &&
				 (!r->c->e[first_person].gender || r->c->e[first_person].gender == pronoun_gender(u)))
				u->ent = first_person;
			if (first_person < 0 && last_seen >= 0)
				first_person = last_seen; /* "He ... with X. He will" goes on with the first he */
			continue;
		}
		if (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_PERSON) {
			if (first_person < 0)
				first_person = u->ent;
			last_seen = u->ent;
			if (n_seen < sizeof(seen) / sizeof(seen[0]))
				seen[n_seen++] = u->ent;
			r->c->e[u->ent].last_sent = (long)r->si;
		} else if ((u->kind == U_DEMONYM || u->kind == U_TITLE ||
			    (u->kind == U_ENT && ent_type(r, u->ent) == KG_TYPE_PLACE && i + 1 < r->n &&
			     r->u[i + 1].kind == U_TITLE)) &&
			   (i == 0 || is_word(&r->u[i - 1], "the"))) {
			/* "The Hungarian leader emerged ...", "the Saudi crown prince said": a description of a
			 * person named before */
			size_t end;
			int e = np_at(r, i, &end);
			if (e >= 0 && ent_type(r, e) == KG_TYPE_PERSON) {
				if (first_person < 0)
					first_person = e;
				last_seen = e;
				if (n_seen < sizeof(seen) / sizeof(seen[0]))
					seen[n_seen++] = e;
				i = end - 1;
			}
		}
	}
	if (first_person >= 0)
		r->last_person = first_person;
}

/* 1 when sentence si opens with a dateline's place: "KIGALI, May 4 -", "TEHRAN (Tasnim) -", "KIGALI -",
 * "ZURICH —", "RIYADH:" (a place as its first unit, then a comma, a bracket, a colon or a dash), the
 * document's first words or those after a headline (dateline_sentence). */
static int dateline_opens(const nctx *c, size_t si)
{
	const unit *u;

	if (si >= c->p->n_sents || c->n_units[si] < 2)
		return 0;
	u = c->units[si];
	if (!(u[0].kind == U_ENT && u[0].ent >= 0 && c->e[u[0].ent].type == KG_TYPE_PLACE &&
	      u[0].t0 == c->p->sents[si].first && (si > 0 || c->p->tokens[u[0].t0].start == 0) &&
	      u[1].kind == U_PUNCT &&
	      (strcmp(u[1].low, ",") == 0 || strcmp(u[1].low, "(") == 0 || strcmp(u[1].low, ":") == 0 ||
	       strcmp(u[1].low, "-") == 0 || strcmp(u[1].low, "\xe2\x80\x94") == 0 || strcmp(u[1].low, "\xe2\x80\x93") == 0 ||
	       /* "DAR ES SALAAM. A team arrived": a town in capitals and a stop, a sentence of its own */
	       (strcmp(u[1].low, ".") == 0 && c->n_units[si] == 2 && (c->p->tokens[u[0].t0].flags & KG_TOK_UPPER)))))
		return 0;
	/* "Galvez, MILF leaders meet in Cotabato City": a headline opening with a name read as a place and a
	 * comma is no dateline; one in mixed case ("Abuja, Sept. 18, 2025 (NAN)") has its source in
	 * brackets or a dash soon after */
	if (strcmp(u[1].low, ",") == 0 && !(c->p->tokens[u[0].t0].flags & KG_TOK_UPPER)) {
		for (size_t k = 2; k < c->n_units[si] && k < 12; k++)
			if ((u[k].kind == U_PUNCT &&
			     (strcmp(u[k].low, "(") == 0 || strcmp(u[k].low, "-") == 0 || strcmp(u[k].low, ":") == 0 ||
			      strcmp(u[k].low, "\xe2\x80\x94") == 0 || strcmp(u[k].low, "\xe2\x80\x93") == 0)) ||
			    (k == 2 && (u[k].lex & KG_LEX_MONTH))) /* "Baku, March 11, APA." */
				return 1;
		return 0;
	}
	return 1;
}

/* 1 when sentence si opens with a place, a source in brackets and a dash: "Hanoi (VNA) –". */
static int source_dash(const nctx *c, size_t si)
{
	const unit *u = c->units[si];
	size_t n = c->n_units[si];

	if (n < 5 || u[0].kind != U_ENT || !is_word(&u[1], "(") || !is_word(&u[3], ")"))
		return 0;
	return is_word(&u[4], "-") || is_word(&u[4], "\xe2\x80\x94") || is_word(&u[4], "\xe2\x80\x93");
}

/* The sentence the document's dateline opens: 1 or 2 when the sentences before it are a headline and
 * maybe a standfirst, each on a line of its own (no full stop ends it, a line break follows it), and it
 * opens with a dateline ("Tinubu, Mahama pledge joint push\n\nABUJA, Nigeria — President X ..."),
 * else 0. */
static size_t dateline_sentence(const nctx *c)
{
	if (dateline_opens(c, 0))
		return 0;
	/* a headline, maybe a standfirst under it, each a line of its own */
	for (size_t si = 1; si < 3 && si < c->p->n_sents; si++) {
		const kg_sentence *h = &c->p->sents[si - 1];
		size_t last, next;

		if (h->count == 0 || h->count > 30)
			break;
		last = h->first + h->count - 1;
		next = c->p->sents[si].first;
		if (kg_tok_is(c->p, last, ".") || kg_tok_is(c->p, last, "!") || kg_tok_is(c->p, last, "?") ||
		    !memchr(c->doc->norm + c->p->tokens[last].end, '\n', c->p->tokens[next].start - c->p->tokens[last].end))
			break;
		if (dateline_opens(c, si))
			return si;
	}
	/* "Headline\n\nFILE PHOTO: A gas flare burns ... 2024. REUTERS/X\n\nABUJA, March 11 (Reuters) -": a
	 * place in capitals opening a line after a headline and a caption of a few short sentences */
	for (size_t si = 1; si < 6 && si < c->p->n_sents; si++) {
		const kg_sentence *h = &c->p->sents[si - 1];
		size_t first = c->p->sents[si].first, last;

		if (h->count > 40)
			return 0;
		last = h->count ? h->first + h->count - 1 : first;
		if (h->count && memchr(c->doc->norm + c->p->tokens[last].end, '\n',
				       c->p->tokens[first].start - c->p->tokens[last].end) &&
		    (((c->p->tokens[first].flags & KG_TOK_UPPER) && kg_tok_len(c->p, first) > 2) || source_dash(c, si)) &&
		    dateline_opens(c, si))
			return si;
	}
	return 0;
}

/* The country of a dateline opening the document ("LAGOS, June 4 (Reuters) -", "TEHRAN (Tasnim) -",
 * "KIGALI -"): a place as its first unit, then a comma, a bracket or a dash; -1 when none. */
static int dateline_country(rstate *r)
{
	nctx *c = r->c;
	const unit *u;
	kg_place pl;

	if (!dateline_opens(c, r->dl_si))
		return -1;
	u = c->units[r->dl_si];
	if (!kg_lex_place(c->lex, c->e[u[0].ent].name, strlen(c->e[u[0].ent].name), &pl) || !pl.country)
		return -1;
	return ner_entity(c, pl.country, KG_TYPE_PLACE, 0);
}

/* 1 when person e has the role in one of the document's meetings or visits that took place: the guest
 * ("received the Prime Minister of Togo", "was received by", "arrived in"), the host ("received"). */
static int role_in_document(const rstate *r, int e, kg_role role)
{
	const char *name = r->c->e[e].name;

	for (size_t i = 0; i < r->n_evs; i++) {
		const kg_event *ev = &r->evs[i];
		if (ev->flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED))
			continue;
		for (size_t k = 0; k < ev->n_participants; k++)
			if (ev->participants[k].role == role && strcmp(ev->participants[k].name, name) == 0)
				return 1;
	}
	return 0;
}

/* 1 when person e met, on the other side of a meeting or call that took place, someone holding a
 * national office of another country than d ("Mohamud later met Defence Cabinet Secretary X" in a story
 * from Nairobi, Mohamud Somalia's president): the one a foreign leader meets is the host country's. */
static int met_foreigner(const rstate *r, int e, int d)
{
	const nctx *c = r->c;
	const char *name = c->e[e].name;

	for (size_t i = 0; i < r->n_evs; i++) {
		const kg_event *ev = &r->evs[i];
		unsigned side = 0;
		int here = 0;
		kg_role role = KG_ROLE_PARTICIPANT;

		if ((ev->flags & (KG_EVENT_NEGATED | KG_EVENT_PLANNED)) || ev->type == KG_EVENT_VISIT)
			continue;
		for (size_t k = 0; k < ev->n_participants; k++)
			if (strcmp(ev->participants[k].name, name) == 0) {
				here = 1;
				side = ev->participants[k].side;
				role = ev->participants[k].role;
			}
		if (!here)
			continue;
		for (size_t k = 0; k < ev->n_participants; k++) {
			unsigned qs = ev->participants[k].side;
			/* the guest of a table or a meeting is across it from everyone who is not a guest ("a
			 * state dinner for his guest, attended by Vice President X") */
			int across = ev->participants[k].role == KG_ROLE_GUEST && role != KG_ROLE_GUEST;
			if (strcmp(ev->participants[k].name, name) == 0 ||
			    (!across && (qs == side || (qs != 2 && side != 2))))
				continue;
			int q = person_named(r, ev->participants[k].name);
			if (q >= 0 && c->e[q].title && national_title(c->e[q].title) && c->e[q].title_of >= 0 &&
			    c->e[q].title_of != d && ent_type(r, c->e[q].title_of) == KG_TYPE_PLACE)
				return 1;
		}
	}
	return 0;
}

/* 1 when another country than d owns a national office of someone who is not the guest of a meeting
 * or a visit of the document: the visitor's country is the foreign side ("ACCRA - President X received
 * the Prime Minister of Togo, Y"), as a counterpart's is. */
static int other_office_country(const rstate *r, int d)
{
	for (size_t i = 0; i < r->n_owned; i++)
		if (r->owned[i].country != d && !role_in_document(r, r->owned[i].person, KG_ROLE_GUEST))
			return 1;
	return r->office_countries > 0 && r->n_owned < (size_t)r->office_countries; /* more offices than kept: as before, any other one counts */
}

/* 1 when person p is joined by "and" in sentence si to one who holds another country's office than d
 * ("Warsame and Foreign Minister Ali Farah met officials": the guest's minister). */
static int beside_foreigner(const rstate *r, size_t si, int p, int d)
{
	const unit *u = r->c->units[si];
	size_t n = r->c->n_units[si];

	for (size_t k = 0; k < n; k++) {
		size_t a = k, b = k + 1;
		int q = -1;
		if (u[k].kind != U_ENT || u[k].ent != p)
			continue;
		while (a > 0 && (u[a - 1].kind == U_TITLE || u[a - 1].kind == U_DEMONYM))
			a--;
		if (a >= 2 && is_word(&u[a - 1], "and") && u[a - 2].kind == U_ENT)
			q = u[a - 2].ent;
		else if (b + 1 < n && is_word(&u[b], "and")) {
			b++;
			while (b < n && (u[b].kind == U_TITLE || u[b].kind == U_DEMONYM))
				b++;
			if (b < n && u[b].kind == U_ENT)
				q = u[b].ent;
		}
		if (q >= 0 && q != p && r->c->e[q].type == KG_TYPE_PERSON && r->c->e[q].title_of >= 0 &&
		    r->c->e[q].title_of != d && is_country(r, r->c->e[q].title_of))
			return 1;
	}
	return 0;
}

/* 1 when person p is listed in sentence si as a member of a delegation: after a delegation noun and
 * "includes", "included", "comprises" or "comprising" ("The PNG delegation includes Foreign Minister X"):
 * the visiting side, not the dateline's. */
static int delegation_member(rstate *r, size_t si, int p)
{
	unit *u = r->c->units[si];
	size_t n = r->c->n_units[si];
	int listing = 0;

	for (size_t k = 0; k < n; k++) {
		char last[16] = "";
		if (u[k].kind == U_WORD)
			snprintf(last, sizeof(last), "%s", u[k].low);
		else if (u[k].kind == U_DESC) /* "The PNG delegation" */
			ner_lower(r->c->p, u[k].t1 - 1, last, sizeof(last));
		if (in_list(delegation_nouns, last) && k + 1 < n && u[k + 1].kind == U_WORD &&
		    (strncmp(u[k + 1].low, "includ", 6) == 0 || strncmp(u[k + 1].low, "compris", 7) == 0))
			listing = 1;
		if (listing && u[k].kind == U_ENT && u[k].ent == p)
			return 1;
	}
	return 0;
}

/* Gives the national offices no sentence gave a country to the country of the article's dateline
 * ("President Bola Tinubu" in a story from Lagos: news names foreign leaders with their country),
 * only to people the document gives no owner at all and who are not the foreign side: no member of a
 * visiting delegation, no one named with "and" beside a foreign office holder, no guest of a meeting or visit when another country owns an office in the
 * document (unless the lead names the office bare, before any other country: lead_office). Other
 * countries' offices do not stop it for the others: those are named with their country. Their
 * evidence is the sentence that named the office, at a lower confidence.
 * Without a dateline nothing is guessed: the one country of the document's other offices is often the
 * foreign side ("President Trump met Ukrainian President Zelensky"). A counterpart's country ("X held
 * talks with his Iranian counterpart Y" from New Delhi) is the foreign side when it is not the
 * dateline's, and competes not; when it is the dateline's, X is the foreigner, and nothing is given. */
static int document_country(rstate *r)
{
	int d = dateline_country(r), rc, others, cp_here = 0;
	size_t si = r->si;

	/* a counterpart of the dateline's country: the story's subject is the foreigner; only those who
	 * met a holder of another country's office are the dateline's ("Later, the Cuban foreign minister
	 * was received by President X" from Windhoek) */
	for (size_t i = 0; i < r->n_cp_country; i++)
		if (r->cp_country[i] == d)
			cp_here = 1;
	if (d < 0)
		return KG_OK;
	/* another country owns an office, or guests own other countries' offices */
	others = other_office_country(r, d) || r->office_countries > 1 ||
		 (r->office_countries == 1 && r->office_country != d);
	for (size_t i = 0; i < r->n_unowned; i++) {
		int p = r->unowned[i].person;
		if (r->unowned[i].company || (cp_here && !met_foreigner(r, p, d)))
			continue;
		if (r->c->e[p].title_of >= 0 &&
		    !(r->unowned[i].after_body && ent_type(r, r->c->e[p].title_of) == KG_TYPE_ORG))
			continue; /* an owner of its own, or the edge is there already */
		/* the foreign side: a guest, or a member of a visiting delegation; but the lead's bare office
		 * stays the dateline's unless its holder is a guest who met no holder of another country's
		 * office ("ISLAMABAD - Foreign Minister X ... X also called on Chinese Vice President Y": X
		 * went abroad), and a member who met a foreigner is the host's */
		int guest = role_in_document(r, p, KG_ROLE_GUEST);
		if (((guest && others) || delegation_member(r, r->unowned[i].si, p) ||
		     beside_foreigner(r, r->unowned[i].si, p, d)) &&
		    !(r->unowned[i].lead && (!guest || met_foreigner(r, p, d))) &&
		    !(r->unowned[i].si > 0 && !guest && met_foreigner(r, p, d)))
			continue;
		r->si = r->unowned[i].si;
		rc = evidence_triple(r, p, "holds_position", d, r->unowned[i].title, 0, 0.6);
		r->si = si;
		if (rc < 0)
			return rc;
	}
	return KG_OK;
}

int ner_relations(nctx *c)
{
	rstate r;
	int rc;

	memset(&r, 0, sizeof(r));
	r.c = c;
	r.last_person = -1;
	r.last_event[0] = r.last_event[1] = r.last_event[2] = -1;
	r.last_meeting = -1;
	r.made_ev = -1;
	r.dl_si = dateline_sentence(c);
	r.session_body = -1;
	r.office_country = -1;
	r.party_leader = -1;
	for (size_t si = 0; si < c->p->n_sents; si++) {
		int saved_last = r.last_person;

		r.si = si;
		r.u = c->units[si];
		r.n = c->n_units[si];
		if (r.n == 0)
			continue;
		fold_short_names(&r);
		if ((rc = offices(&r)) < 0)
			goto done;
		note_events(&r);
		note_convener(&r);
		note_session(&r);
		/* a pronoun is the latest person before it in this sentence, else the last sentence's subject */
		r.last_person = saved_last;
		pronouns(&r);
		r.last_person = saved_last;
		for (size_t k = 0; k < r.n; k++) {
			if (r.u[k].kind != U_WORD || !maybe_trigger(&r.u[k]))
				continue;
			for (size_t t = 0; t < sizeof(triggers) / sizeof(triggers[0]); t++) {
				if (!trigger_matches(&triggers[t], &r.u[k]))
					continue;
				if ((rc = apply_trigger(&r, &triggers[t], k)) < 0)
					goto done;
			}
		}
		if ((rc = head_of(&r)) < 0 || (rc = board_chair(&r)) < 0 || (rc = sworn_in_as(&r)) < 0 || (rc = succeeds_as(&r)) < 0 ||
		    (rc = adviser_to(&r)) < 0 || (rc = joins(&r)) < 0 || (rc = respective_offices(&r)) < 0 ||
		    (rc = gathering_members(&r)) < 0 ||
		    (rc = journeys(&r)) < 0 || (rc = counterparts(&r)) < 0 || (rc = body_delegations(&r)) < 0 ||
		    (rc = phone_discussions(&r)) < 0 || (rc = tours_with(&r)) < 0 || (rc = travels_with(&r)) < 0 ||
		    (rc = joined_for(&r)) < 0)
			goto done;
		pronouns(&r);
	}
	rc = document_country(&r);
done:
	{
		int rc2 = events_flush(&r);
		return rc < 0 ? rc : rc2;
	}
}
