/* html.c: reads an HTML page with libxml2's HTML parser and keeps what a reader of the page reads: the
 * headline once and the main article text (scored by text and link density, as Readability and
 * trafilatura do), with the page's metadata and a map from every kept byte to the page's bytes. */
#include "text_internal.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Deeper elements than this are read as if they were not there (libxml2 stops nesting far earlier). */
#define HTML_MAX_DEPTH 1024
/* A block whose own text has at least this many bytes is a paragraph for the scoring. */
#define HTML_PARA_MIN 25

/* What kg does with an element, by tag name. */
enum {
	T_BLOCK = 1 << 0,   /* starts and ends a paragraph of text */
	T_SKIP = 1 << 1,    /* never read: code, styles, navigation, forms, media */
	T_HEAD = 1 << 2,    /* a heading */
	T_LINK = 1 << 3,    /* its text is link text */
	T_BREAK = 1 << 4,   /* a line break */
	T_NOSCORE = 1 << 5, /* a block that does not count as a paragraph (list items, table headers) */
	T_FRAME = 1 << 6,   /* the page's frame (html, body, main, article): never furniture by its class */
	T_WEAK = 1 << 7     /* furniture unless it holds most of the page's text (a form around a page) */
};

/* One tag rule. */
typedef struct tag_rule {
	const char *name; /* lower-case tag name */
	unsigned flags;   /* T_* */
	int weight;       /* starting score of a candidate with this tag (Readability's) */
} tag_rule;

/* Sorted by name (binary search). */
static const tag_rule tag_rules[] = {
	{ "a", T_LINK, 0 }, { "address", T_BLOCK | T_SKIP, -3 }, { "article", T_BLOCK | T_FRAME, 10 },
	{ "aside", T_BLOCK | T_SKIP, -5 }, { "audio", T_SKIP, 0 }, { "blockquote", T_BLOCK, 3 },
	{ "body", T_BLOCK | T_FRAME, 0 }, { "br", T_BREAK, 0 }, { "button", T_SKIP, 0 }, { "canvas", T_SKIP, 0 },
	{ "caption", T_BLOCK, 0 }, { "center", T_BLOCK, 0 }, { "dd", T_BLOCK, -3 }, { "details", T_BLOCK, 0 },
	{ "dialog", T_SKIP, 0 }, { "div", T_BLOCK, 5 }, { "dl", T_BLOCK, -3 }, { "dt", T_BLOCK | T_NOSCORE, -3 },
	{ "embed", T_SKIP, 0 }, { "fieldset", T_BLOCK | T_SKIP, 0 }, { "figcaption", T_BLOCK | T_SKIP, 0 },
	{ "figure", T_BLOCK | T_SKIP, 0 }, { "footer", T_BLOCK | T_SKIP, -5 }, { "form", T_BLOCK | T_WEAK, -3 },
	{ "h1", T_BLOCK | T_HEAD | T_NOSCORE, -5 }, { "h2", T_BLOCK | T_HEAD | T_NOSCORE, -5 },
	{ "h3", T_BLOCK | T_HEAD | T_NOSCORE, -5 }, { "h4", T_BLOCK | T_HEAD | T_NOSCORE, -5 },
	{ "h5", T_BLOCK | T_HEAD | T_NOSCORE, -5 }, { "h6", T_BLOCK | T_HEAD | T_NOSCORE, -5 },
	{ "head", T_SKIP, 0 }, { "header", T_BLOCK | T_SKIP, -5 }, { "hr", T_BLOCK, 0 }, { "html", T_BLOCK | T_FRAME, 0 },
	{ "iframe", T_SKIP, 0 }, { "input", T_SKIP, 0 }, { "label", T_SKIP, 0 }, { "li", T_BLOCK | T_NOSCORE, -3 },
	{ "main", T_BLOCK | T_FRAME, 5 }, { "map", T_SKIP, 0 }, { "math", T_SKIP, 0 }, { "menu", T_SKIP, 0 },
	{ "nav", T_BLOCK | T_SKIP, -5 }, { "noscript", T_SKIP, 0 }, { "object", T_SKIP, 0 }, { "ol", T_BLOCK, -3 },
	{ "option", T_SKIP, 0 }, { "p", T_BLOCK, 0 }, { "picture", T_SKIP, 0 }, { "pre", T_BLOCK, 3 },
	{ "script", T_SKIP, 0 }, { "section", T_BLOCK, 0 }, { "select", T_SKIP, 0 }, { "style", T_SKIP, 0 },
	{ "summary", T_BLOCK, 0 }, { "svg", T_SKIP, 0 }, { "table", T_BLOCK, 0 }, { "td", T_BLOCK, 3 },
	{ "template", T_SKIP, 0 }, { "textarea", T_SKIP, 0 }, { "th", T_BLOCK | T_NOSCORE, -5 },
	{ "title", T_SKIP, 0 }, { "tr", T_BLOCK, 0 }, { "ul", T_BLOCK, -3 }, { "video", T_SKIP, 0 },
};

/* A word of class and id attributes that says what a block is. */
typedef struct class_word {
	const char *word; /* lower case; matched as a substring of the attribute */
	int weight;       /* > 0 article text, < 0 page furniture */
	int strong;       /* 1: furniture wherever it is; 0: unless it holds most of the page's text */
} class_word;

static const class_word class_words[] = {
	{ "article", 25, 0 }, { "body", 25, 0 }, { "content", 25, 0 }, { "entry", 20, 0 }, { "main", 20, 0 },
	{ "post", 15, 0 }, { "story", 25, 0 }, { "text", 15, 0 }, { "blog", 10, 0 },
	{ "comment", -25, 1 }, { "disqus", -25, 1 }, { "cookie", -25, 1 }, { "consent", -25, 1 },
	{ "newsletter", -25, 1 }, { "subscri", -25, 1 }, { "signup", -25, 1 }, { "sign-up", -25, 1 },
	{ "outbrain", -25, 1 }, { "taboola", -25, 1 }, { "advert", -25, 1 }, { "sponsor", -25, 1 },
	{ "popup", -25, 1 }, { "modal", -25, 1 }, { "breadcrumb", -25, 1 }, { "footer", -25, 1 },
	{ "sidebar", -25, 1 }, { "related", -25, 1 }, { "recommend", -25, 1 }, { "social", -25, 1 },
	{ "share", -25, 1 }, { "sharing", -25, 1 }, { "promo", -25, 1 }, { "paywall", -25, 1 },
	{ "byline", -25, 1 }, { "caption", -25, 1 }, { "credit", -25, 1 }, { "masthead", -25, 1 },
	{ "most-popular", -25, 1 }, { "trending", -25, 1 }, { "read-more", -25, 1 }, { "readmore", -25, 1 },
	{ "more-stories", -25, 1 }, { "pagination", -25, 1 }, { "toolbar", -25, 1 }, { "tags", -25, 1 },
	{ "nav", -25, 0 }, { "menu", -25, 0 }, { "header", -25, 0 }, { "meta", -20, 0 }, { "widget", -25, 0 },
	{ "banner", -25, 0 }, { "hidden", -25, 0 }, { "author", -20, 0 }, { "print", -10, 0 },
	{ "tools", -20, 0 }, { "login", -25, 1 }, { "skip", -10, 0 }, { "ad-", -20, 0 }, { "-ad", -20, 0 },
	{ "ads", -20, 0 },
};

/* Where the characters of a text node came from: one call of the parser's characters callback. */
typedef struct seg {
	xmlNodePtr node; /* the text node the characters went to */
	size_t end;      /* offset in the parsed buffer just past them */
	size_t len;      /* how many bytes */
	int exact;       /* 1: the buffer holds these bytes at end - len (no character reference) */
} seg;

/* What the scoring knows of an element. */
typedef struct elem {
	xmlNodePtr node;  /* the element */
	const tag_rule *tag; /* its rule, NULL for other tags */
	size_t text;      /* bytes of text under it (not counting skipped elements) */
	size_t links;     /* of which inside links */
	size_t own;       /* of which not inside a block child */
	size_t commas;    /* commas in own text */
	int cls;          /* weight of its class and id words */
	int strong;       /* 1: a strong furniture word */
	int bad;          /* 1: furniture: left out */
	int under_bad;    /* 1: it or an ancestor is furniture */
	int scored;       /* 1: a candidate (got paragraph scores) */
	double score;     /* its score */
} elem;

/* Metadata found in the page; each a new string or NULL. */
typedef struct meta {
	char *title_og;    /* og:title, twitter:title */
	char *title_ld;    /* JSON-LD headline */
	char *title_tag;   /* <title> */
	char *title_h1;    /* the first <h1> */
	char *url;         /* canonical link, og:url, JSON-LD url */
	char *author;      /* meta author, JSON-LD author */
	char *date;        /* publication date as found */
	int date_rank;     /* how good its source is (lower is better) */
	const char *date_source; /* "meta", "json-ld", "time", "url" */
	char *lang;        /* html lang, content-language, JSON-LD inLanguage */
	char *body_ld;     /* JSON-LD articleBody */
} meta;

/* State of reading one page. */
typedef struct html_ctx {
	const char *buf;   /* the UTF-8 bytes parsed */
	size_t len;
	const size_t *cmap;/* offset in the page of each byte of buf */
	seg *segs;         /* every characters call, in order */
	size_t n_segs, cap_segs;
	elem *els;         /* every element met by the scoring, index + 1 in node->_private */
	size_t n_els, cap_els;
	int oom;           /* 1: an allocation failed */
	meta m;            /* what the page says of itself */
	char *out;         /* the text kept */
	size_t *omap;      /* offset in the page of each byte of out */
	size_t n_out, cap_out;
	int pend_space;    /* a space is due before the next byte */
	int pend_break;    /* 1 a line break, 2 a paragraph break is due */
	size_t last_src;   /* page offset of the last byte kept */
	const char *headline; /* the headline, dropped where the body repeats it */
} html_ctx;

/* The rule of tag name, or NULL. */
static const tag_rule *tag_lookup(const xmlChar *name)
{
	size_t lo = 0, hi = sizeof(tag_rules) / sizeof(tag_rules[0]);

	if (!name)
		return NULL;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcasecmp((const char *)name, tag_rules[mid].name);

		if (c == 0)
			return &tag_rules[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The characters callback: builds the text node as libxml2 does and notes where its bytes were. */
static void on_characters(void *vctx, const xmlChar *ch, int len)
{
	htmlParserCtxtPtr ctxt = vctx;
	html_ctx *h = ctxt->_private;
	size_t end = (size_t)ctxt->input->consumed + (size_t)(ctxt->input->cur - ctxt->input->base);
	xmlNodePtr last;

	xmlSAX2Characters(vctx, ch, len);
	if (!ctxt->node || !(last = ctxt->node->last) || last->type != XML_TEXT_NODE || len <= 0)
		return;
	if (h->n_segs == h->cap_segs) {
		size_t ncap = h->cap_segs ? 2 * h->cap_segs : 256;
		seg *ns = realloc(h->segs, ncap * sizeof(*ns));

		if (!ns) {
			h->oom = 1;
			return;
		}
		h->segs = ns;
		h->cap_segs = ncap;
	}
	if (end > h->len)
		end = h->len;
	h->segs[h->n_segs] = (seg){ last, end, (size_t)len,
				    end >= (size_t)len && memcmp(h->buf + end - (size_t)len, ch, (size_t)len) == 0 };
	if (!last->_private)
		last->_private = (void *)(uintptr_t)(h->n_segs + 1);
	h->n_segs++;
}

/* An attribute's value (libxml2's string, caller xmlFree's), or NULL. */
static char *attr(xmlNodePtr n, const char *name)
{
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* Replaces *slot with a copy of s (trimmed) when *slot is empty and s is not. */
static void keep(html_ctx *h, char **slot, const char *s)
{
	size_t a = 0, b;

	if (*slot || !s)
		return;
	b = strlen(s);
	while (a < b && strchr(" \t\r\n", s[a]))
		a++;
	while (b > a && strchr(" \t\r\n", s[b - 1]))
		b--;
	if (a == b)
		return;
	if (!(*slot = kg_strndup(s + a, b - a)))
		h->oom = 1;
}

/* Offers a publication date found by source (rank: lower wins). */
static void offer_date(html_ctx *h, const char *value, int rank, const char *source)
{
	char iso[11];

	if (!value || (h->m.date && h->m.date_rank <= rank) || !kg_web_date_iso(iso, value))
		return;
	free(h->m.date);
	if (!(h->m.date = kg_strdup(iso)))
		h->oom = 1;
	h->m.date_rank = rank;
	h->m.date_source = source;
}

/* The text of node n, whitespace collapsed (new string, or NULL). */
static char *node_text(xmlNodePtr n)
{
	xmlChar *c = xmlNodeGetContent(n);
	char *s, *o;
	int sp = 0;

	if (!c)
		return NULL;
	s = o = (char *)c;
	for (const char *p = s; *p; p++) {
		if (strchr(" \t\r\n\f\v", *p)) {
			sp = o != s;
		} else {
			if (sp)
				*o++ = ' ';
			sp = 0;
			*o++ = *p;
		}
	}
	*o = '\0';
	o = kg_strdup(s);
	xmlFree(c);
	return o;
}

/* A meta element: og:title, article:published_time, author, content-language... */
static void on_meta(html_ctx *h, xmlNodePtr n)
{
	/* which meta names say what, with the rank of dates */
	static const struct {
		const char *key; /* property, name or itemprop value (lower case) */
		int what;        /* 0 title, 1 url, 2 author, 3 date, 4 language */
		int rank;        /* for dates */
	} metas[] = {
		{ "og:title", 0, 0 }, { "twitter:title", 0, 0 }, { "og:url", 1, 0 }, { "author", 2, 0 },
		{ "article:author", 2, 0 }, { "byl", 2, 0 }, { "dc.creator", 2, 0 }, { "sailthru.author", 2, 0 },
		{ "article:published_time", 3, 0 }, { "datepublished", 3, 1 }, { "og:published_time", 3, 1 },
		{ "pubdate", 3, 2 }, { "publishdate", 3, 2 }, { "publish-date", 3, 2 }, { "date", 3, 3 },
		{ "dc.date", 3, 3 }, { "dc.date.issued", 3, 2 }, { "sailthru.date", 3, 3 },
		{ "parsely-pub-date", 3, 2 }, { "article.published", 3, 2 }, { "og:locale", 4, 0 },
		{ "content-language", 4, 0 }, { "language", 4, 0 },
	};
	const char *keys[] = { "property", "name", "itemprop", "http-equiv" };
	char *content = attr(n, "content");

	if (!content)
		return;
	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		char *v = attr(n, keys[k]);

		if (!v)
			continue;
		for (size_t i = 0; i < sizeof(metas) / sizeof(metas[0]); i++) {
			if (strcasecmp(v, metas[i].key) != 0)
				continue;
			switch (metas[i].what) {
			case 0: keep(h, &h->m.title_og, content); break;
			case 1: keep(h, &h->m.url, content); break;
			case 2: keep(h, &h->m.author, content); break;
			case 3: offer_date(h, content, metas[i].rank, "meta"); break;
			default: keep(h, &h->m.lang, content); break;
			}
		}
		xmlFree(v);
	}
	xmlFree(content);
}

/* 1 when JSON value t names an article type ("NewsArticle", ["Article", ...], "BlogPosting"). */
static int ld_is_article(json_t *t)
{
	if (json_is_array(t)) {
		size_t i;
		json_t *v;

		json_array_foreach(t, i, v)
			if (ld_is_article(v))
				return 1;
		return 0;
	}
	if (!json_is_string(t))
		return 0;
	{
		const char *s = json_string_value(t);
		size_t n = strlen(s);

		return (n >= 7 && strcmp(s + n - 7, "Article") == 0) || strcmp(s, "BlogPosting") == 0 ||
		       strcmp(s, "LiveBlogPosting") == 0 || strcmp(s, "Report") == 0;
	}
}

/* The name of a JSON-LD author value (string, object with "name", or the first of an array). */
static const char *ld_name(json_t *v)
{
	if (json_is_array(v))
		v = json_array_get(v, 0);
	if (json_is_object(v))
		v = json_object_get(v, "name");
	return json_string_value(v);
}

/* Looks for article objects in a JSON-LD value (arrays, @graph), depth-bounded. */
static void ld_walk(html_ctx *h, json_t *v, int depth)
{
	size_t i;
	json_t *x;

	if (depth > 8)
		return;
	if (json_is_array(v)) {
		json_array_foreach(v, i, x)
			ld_walk(h, x, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	if ((x = json_object_get(v, "@graph")))
		ld_walk(h, x, depth + 1);
	if (!ld_is_article(json_object_get(v, "@type")))
		return;
	keep(h, &h->m.title_ld, json_string_value(json_object_get(v, "headline")));
	keep(h, &h->m.author, ld_name(json_object_get(v, "author")));
	keep(h, &h->m.lang, json_string_value(json_object_get(v, "inLanguage")));
	keep(h, &h->m.body_ld, json_string_value(json_object_get(v, "articleBody")));
	keep(h, &h->m.url, json_string_value(json_object_get(v, "url")));
	offer_date(h, json_string_value(json_object_get(v, "datePublished")), 0, "json-ld");
}

/* A script element: reads JSON-LD. */
static void on_script(html_ctx *h, xmlNodePtr n)
{
	char *type = attr(n, "type");
	xmlChar *c;
	json_t *j;

	if (!type || strcasecmp(type, "application/ld+json") != 0) {
		xmlFree(type);
		return;
	}
	xmlFree(type);
	if (!(c = xmlNodeGetContent(n)))
		return;
	if ((j = json_loads((const char *)c, JSON_DECODE_ANY, NULL))) {
		ld_walk(h, j, 0);
		json_decref(j);
	}
	xmlFree(c);
}

/* Reads what element n says of the page (meta, link, title, html lang, time, JSON-LD, h1). */
static void on_element_meta(html_ctx *h, xmlNodePtr n)
{
	const char *name = (const char *)n->name;
	char *v;

	if (strcmp(name, "meta") == 0) {
		on_meta(h, n);
	} else if (strcmp(name, "link") == 0) {
		char *rel = attr(n, "rel");

		if (rel && strcasecmp(rel, "canonical") == 0 && (v = attr(n, "href"))) {
			free(h->m.url); /* the canonical link wins over og:url */
			h->m.url = NULL;
			keep(h, &h->m.url, v);
			xmlFree(v);
		}
		xmlFree(rel);
	} else if (strcmp(name, "title") == 0 && !h->m.title_tag) {
		if (!(h->m.title_tag = node_text(n)))
			h->oom = 1;
	} else if (strcmp(name, "h1") == 0 && !h->m.title_h1) {
		h->m.title_h1 = node_text(n);
	} else if (strcmp(name, "html") == 0 && (v = attr(n, "lang"))) {
		keep(h, &h->m.lang, v);
		xmlFree(v);
	} else if (strcmp(name, "time") == 0 && (v = attr(n, "datetime"))) {
		offer_date(h, v, 5, "time");
		xmlFree(v);
	} else if (strcmp(name, "script") == 0) {
		on_script(h, n);
	}
}

/* The weight of n's class and id words; *strong gets 1 when one of them is strong furniture. */
static int class_weight(xmlNodePtr n, int *strong)
{
	const char *names[] = { "class", "id" };
	int w = 0;

	*strong = 0;
	for (size_t k = 0; k < 2; k++) {
		char *v = attr(n, names[k]);
		char low[256];
		size_t len = 0;
		int pos = 0, neg = 0;

		if (!v)
			continue;
		for (; v[len] && len + 1 < sizeof(low); len++)
			low[len] = (char)((v[len] >= 'A' && v[len] <= 'Z') ? v[len] + 32 : v[len]);
		low[len] = '\0';
		xmlFree(v);
		for (size_t i = 0; i < sizeof(class_words) / sizeof(class_words[0]); i++) {
			if (!strstr(low, class_words[i].word))
				continue;
			if (class_words[i].weight > 0) {
				pos = class_words[i].weight > pos ? class_words[i].weight : pos;
			} else {
				neg = class_words[i].weight < neg ? class_words[i].weight : neg;
				*strong |= class_words[i].strong;
			}
		}
		w += pos + neg;
	}
	return w;
}

/* 1 when n is hidden (hidden attribute, aria-hidden, display:none). */
static int hidden(xmlNodePtr n)
{
	char *v;
	int yes = 0;

	if (xmlHasProp(n, (const xmlChar *)"hidden"))
		return 1;
	if ((v = attr(n, "aria-hidden"))) {
		yes = strcasecmp(v, "true") == 0;
		xmlFree(v);
	}
	if (!yes && (v = attr(n, "style"))) {
		yes = strstr(v, "display:none") || strstr(v, "display: none") || strstr(v, "visibility:hidden");
		xmlFree(v);
	}
	return yes;
}

/* Bytes of text in s[0..n) that are not white space, and commas among them. */
static size_t count_text(const xmlChar *s, size_t *commas)
{
	size_t k = 0;

	for (; s && *s; s++) {
		if (!strchr(" \t\r\n\f\v", *s))
			k++;
		if (*s == ',')
			(*commas)++;
	}
	return k;
}

/* Registers element n for the scoring; returns its index or (size_t)-1 when out of memory. */
static size_t add_elem(html_ctx *h, xmlNodePtr n, const tag_rule *tag)
{
	if (h->n_els == h->cap_els) {
		size_t ncap = h->cap_els ? 2 * h->cap_els : 256;
		elem *ne = realloc(h->els, ncap * sizeof(*ne));

		if (!ne) {
			h->oom = 1;
			return (size_t)-1;
		}
		h->els = ne;
		h->cap_els = ncap;
	}
	memset(&h->els[h->n_els], 0, sizeof(elem));
	h->els[h->n_els].node = n;
	h->els[h->n_els].tag = tag;
	n->_private = (void *)(uintptr_t)(h->n_els + 1);
	return h->n_els++;
}

/* The scoring record of element n, or NULL. */
static elem *elem_of(html_ctx *h, xmlNodePtr n)
{
	uintptr_t i = (uintptr_t)n->_private;

	return n->type == XML_ELEMENT_NODE && i ? &h->els[i - 1] : NULL;
}

/* First pass: reads metadata and counts text, link text and own text under every element not
 * skipped by its tag. in_link: inside a link. Returns the index of n's record or (size_t)-1. */
static size_t measure(html_ctx *h, xmlNodePtr n, int in_link, int depth)
{
	const tag_rule *tag = tag_lookup(n->name);
	size_t me;
	int link = in_link || (tag && (tag->flags & T_LINK));

	on_element_meta(h, n);
	if (tag && strcmp(tag->name, "head") == 0) {
		/* the head is not read, but its meta, link, title and script elements say what the page is */
		for (xmlNodePtr c = n->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				on_element_meta(h, c);
	}
	if ((tag && (tag->flags & T_SKIP)) || depth > HTML_MAX_DEPTH || hidden(n))
		return (size_t)-1;
	if ((me = add_elem(h, n, tag)) == (size_t)-1)
		return me;
	h->els[me].cls = class_weight(n, &h->els[me].strong);
	for (xmlNodePtr c = n->children; c && !h->oom; c = c->next) {
		if (c->type == XML_TEXT_NODE) {
			size_t commas = 0, k = count_text(c->content, &commas);

			h->els[me].text += k;
			h->els[me].own += k;
			h->els[me].commas += commas;
			if (link)
				h->els[me].links += k;
		} else if (c->type == XML_ELEMENT_NODE) {
			size_t ci = measure(h, c, link, depth + 1);
			const elem *ce;

			if (ci == (size_t)-1)
				continue;
			ce = &h->els[ci];
			h->els[me].text += ce->text;
			h->els[me].links += ce->links;
			if (!ce->tag || !(ce->tag->flags & T_BLOCK)) {
				h->els[me].own += ce->own;
				h->els[me].commas += ce->commas;
			}
		}
	}
	return me;
}

/* Link density of e: link text over all text. */
static double link_density(const elem *e)
{
	return e->text ? (double)e->links / (double)e->text : 0.0;
}

/* Second pass: marks furniture (class words; weak ones only when the block holds less than half of
 * the page's text) and gives each paragraph's score to its ancestors, as Readability does. */
static void score(html_ctx *h, size_t total)
{
	for (size_t i = 0; i < h->n_els; i++) {
		elem *e = &h->els[i];

		elem *pe = e->node->parent ? elem_of(h, e->node->parent) : NULL;

		/* the page's frame is never furniture, whatever its classes say; a block holding most of
		 * the page's text is furniture only by its tag */
		if (e->cls < 0 && !(e->tag && (e->tag->flags & T_FRAME)) &&
		    (e->strong ? e->text * 5 < total * 3 :
		     e->text * 2 < total && (e->text < 300 || link_density(e) > 0.3)))
			e->bad = 1;
		if (e->tag && (e->tag->flags & T_WEAK) && e->text * 2 < total)
			e->bad = 1;
		/* records are made parent first, so the parent's flag is already known */
		e->under_bad = e->bad || (pe && pe->under_bad);
	}
	for (size_t i = 0; i < h->n_els; i++) {
		elem *e = &h->els[i];
		double s;
		int level = 0;

		if (!e->tag || !(e->tag->flags & T_BLOCK) || (e->tag->flags & T_NOSCORE) || e->own < HTML_PARA_MIN ||
		    e->under_bad)
			continue;
		s = 1.0 + (double)e->commas + (e->own / 100 < 3 ? (double)(e->own / 100) : 3.0);
		for (xmlNodePtr a = e->node->parent; a && a->type == XML_ELEMENT_NODE && level < 5; a = a->parent, level++) {
			elem *ae = elem_of(h, a);

			if (!ae)
				break;
			if (!ae->scored) {
				ae->scored = 1;
				ae->score = (ae->tag ? ae->tag->weight : 0) + ae->cls;
			}
			ae->score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
		}
	}
}

/* Grows the output by room bytes. */
static int out_room(html_ctx *h, size_t room)
{
	if (h->n_out + room + 1 <= h->cap_out)
		return 1;
	{
		size_t ncap = (h->cap_out ? 2 * h->cap_out : 4096) + room;
		char *no = realloc(h->out, ncap);
		size_t *nm;

		if (!no) {
			h->oom = 1;
			return 0;
		}
		h->out = no;
		if (!(nm = realloc(h->omap, ncap * sizeof(*nm)))) {
			h->oom = 1;
			return 0;
		}
		h->omap = nm;
		h->cap_out = ncap;
	}
	return 1;
}

/* Appends byte c from page offset src, after the space or break due. */
static void out_byte(html_ctx *h, char c, size_t src)
{
	if (!out_room(h, 3))
		return;
	if (h->n_out && h->pend_break) {
		if (h->out[h->n_out - 1] != '\n') {
			h->out[h->n_out] = '\n';
			h->omap[h->n_out++] = src;
		}
		if (h->pend_break > 1) {
			h->out[h->n_out] = '\n';
			h->omap[h->n_out++] = src;
		}
	} else if (h->n_out && h->pend_space && h->out[h->n_out - 1] != '\n') {
		h->out[h->n_out] = ' ';
		h->omap[h->n_out++] = src;
	}
	h->pend_break = h->pend_space = 0;
	h->out[h->n_out] = c;
	h->omap[h->n_out++] = src;
	h->last_src = src;
}

/* The page offset of byte k of buf. */
static size_t page_offset(const html_ctx *h, size_t k)
{
	return h->cmap[k < h->len ? k : h->len];
}

/* Appends the text of text node n, white space collapsed, each byte mapped through its segments. */
static void out_text(html_ctx *h, xmlNodePtr n)
{
	const char *s = (const char *)n->content;
	size_t si = (uintptr_t)n->_private, pos = 0;

	if (!s)
		return;
	si = si ? si - 1 : h->n_segs;
	for (size_t j = 0; s[j]; j++) {
		size_t src = h->last_src;

		while (si < h->n_segs && h->segs[si].node == n && pos >= h->segs[si].len) {
			pos -= h->segs[si].len;
			si++;
		}
		if (si < h->n_segs && h->segs[si].node == n) {
			const seg *g = &h->segs[si];

			src = page_offset(h, g->exact ? g->end - g->len + pos : (g->end ? g->end - 1 : 0));
		}
		pos++;
		if (strchr(" \t\r\n\f\v", s[j]))
			h->pend_space = 1;
		else
			out_byte(h, s[j], src);
	}
}

/* 1 when the text of n is the headline (so the body does not repeat it). */
static int is_headline(const html_ctx *h, xmlNodePtr n)
{
	char *t;
	int yes;

	if (!h->headline)
		return 0;
	if (!(t = node_text(n)))
		return 0;
	yes = strcasecmp(t, h->headline) == 0;
	free(t);
	return yes;
}

/* Third pass: writes the text of the kept block n, leaving out furniture and link lists. */
static void emit(html_ctx *h, xmlNodePtr n, int depth)
{
	for (xmlNodePtr c = n->children; c && !h->oom; c = c->next) {
		elem *e;

		if (c->type == XML_TEXT_NODE) {
			out_text(h, c);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE || !(e = elem_of(h, c)) || depth > HTML_MAX_DEPTH)
			continue;
		if (e->tag && (e->tag->flags & T_BREAK)) {
			if (h->pend_break < 1)
				h->pend_break = 1;
			continue;
		}
		if (e->bad || !e->text)
			continue;
		if (e->tag && (e->tag->flags & T_BLOCK)) {
			/* a block made of links (related articles, tag lists) */
			if (link_density(e) > 0.5 && !(e->tag->flags & T_HEAD))
				continue;
			if ((e->tag->flags & T_HEAD) && is_headline(h, c))
				continue;
			h->pend_break = 2;
			emit(h, c, depth + 1);
			h->pend_break = 2;
		} else {
			emit(h, c, depth + 1);
		}
	}
}

/* The body element of doc, or its root. */
static xmlNodePtr body_of(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);

	for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && strcasecmp((const char *)c->name, "body") == 0)
			return c;
	return root;
}

/* Chooses the article block and writes its text with its siblings that belong to it. */
static void extract(html_ctx *h, xmlNodePtr root)
{
	elem *top = NULL, *re;
	xmlNodePtr parent;
	double cut;

	for (size_t i = 0; i < h->n_els; i++) {
		elem *e = &h->els[i];

		if (!e->scored || e->under_bad)
			continue;
		e->score *= 1.0 - link_density(e);
		if (!top || e->score > top->score)
			top = e;
	}
	if (!top) {
		if (root && (re = elem_of(h, root)))
			emit(h, root, 0);
		return;
	}
	parent = top->node->parent;
	cut = top->score * 0.2 > 10 ? top->score * 0.2 : 10;
	if (!parent || !elem_of(h, parent)) {
		emit(h, top->node, 0);
		return;
	}
	for (xmlNodePtr c = parent->children; c && !h->oom; c = c->next) {
		elem *e = c->type == XML_ELEMENT_NODE ? elem_of(h, c) : NULL;
		int take = 0;

		if (!e || e->bad)
			continue;
		if (e == top) {
			take = 1;
		} else if (e->scored && e->score >= cut) {
			take = 1;
		} else if (e->tag && strcmp(e->tag->name, "p") == 0) {
			double ld = link_density(e);

			take = (e->text > 80 && ld < 0.25) ||
			       (e->text <= 80 && e->text > 0 && ld == 0 && e->text > 20);
		}
		if (!take)
			continue;
		h->pend_break = 2;
		if (e->tag && (e->tag->flags & T_BLOCK)) {
			if (!(e->tag->flags & T_HEAD) || !is_headline(h, c))
				emit(h, c, 0);
		} else {
			emit(h, c, 0);
		}
	}
}

/* The headline: JSON-LD headline, og:title, the first h1, the <title> (new string or NULL). */
static char *headline(const meta *m)
{
	const char *t = m->title_h1 && *m->title_h1 ? m->title_h1 :
			m->title_ld ? m->title_ld : m->title_og ? m->title_og : m->title_tag;

	return t ? kg_strdup(t) : NULL;
}

static void meta_clear(meta *m)
{
	free(m->title_og);
	free(m->title_ld);
	free(m->title_tag);
	free(m->title_h1);
	free(m->url);
	free(m->author);
	free(m->date);
	free(m->lang);
	free(m->body_ld);
}

/* Offers the date in a URL path (/2019/11/19/, /2019-11-19), the weakest source. */
static void url_date(html_ctx *h, const char *url)
{
	for (const char *p = url ? strchr(url, '/') : NULL; p && *p; p = strchr(p + 1, '/')) {
		const char *q = p + 1;
		char iso[11];

		if (!(q[0] == '1' || q[0] == '2') || !(q[1] == '9' || q[1] == '0'))
			continue;
		if (strspn(q, "0123456789") != 4 || (q[4] != '/' && q[4] != '-') ||
		    strspn(q + 5, "0123456789") != 2 || q[7] != q[4] || strspn(q + 8, "0123456789") < 2)
			continue;
		snprintf(iso, sizeof(iso), "%.4s-%.2s-%.2s", q, q + 5, q + 8);
		offer_date(h, iso, 9, "url");
		return;
	}
}

int kg_web_html_read(kg_doc **out, const char *id, const char *source, const char *html, size_t len,
		     const kg_web_opts *opts, kg_error *err)
{
	html_ctx h;
	htmlParserCtxtPtr ctxt = NULL;
	char *utf8 = NULL, charset[64] = "", used[64] = "";
	size_t *cmap = NULL, ulen = 0;
	char *title = NULL;
	kg_doc *doc = NULL;
	xmlNodePtr body;
	int guessed = 0, rc = KG_OK;
	kg_read_opts ro = { 1, 0, NULL };
	size_t total = 0;

	memset(&h, 0, sizeof(h));
	*out = NULL;
	if (opts && opts->charset && *opts->charset)
		snprintf(charset, sizeof(charset), "%s", opts->charset);
	else
		kg_web_meta_charset(charset, sizeof(charset), html, len);
	rc = kg_web_to_utf8(&utf8, &cmap, &ulen, html, len, charset, used, sizeof(used), &guessed);
	if (rc < 0) {
		kg_error_set(err, source, 0, 0, rc == KG_ENOMEM ? "out of memory for a page of %zu bytes" :
			     "page of %zu bytes too large to convert", len);
		goto done;
	}
	h.buf = utf8;
	h.len = ulen;
	h.cmap = cmap;
	if (ulen > INT32_MAX) {
		kg_error_set(err, source, 0, 0, "page of %zu bytes too large for the HTML parser", ulen);
		rc = KG_ELIMIT;
		goto done;
	}
	if (!(ctxt = htmlCreateMemoryParserCtxt(utf8, (int)ulen))) {
		kg_error_set(err, source, 0, 0, "out of memory for the HTML parser");
		rc = KG_ENOMEM;
		goto done;
	}
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
			   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	ctxt->sax->characters = on_characters;
	ctxt->_private = &h;
	htmlParseDocument(ctxt);
	if (h.oom || !ctxt->myDoc) {
		kg_error_set(err, source, 0, 0, h.oom ? "out of memory reading the page" : "not an HTML page");
		rc = h.oom ? KG_ENOMEM : KG_EPARSE;
		goto done;
	}
	{
		xmlNodePtr root = xmlDocGetRootElement(ctxt->myDoc);
		size_t ri;

		if (root && (ri = measure(&h, root, 0, 0)) != (size_t)-1)
			total = h.els[ri].text;
	}
	if (h.oom) {
		kg_error_set(err, source, 0, 0, "out of memory reading the page");
		rc = KG_ENOMEM;
		goto done;
	}
	if (opts && opts->url)
		keep(&h, &h.m.url, opts->url);
	url_date(&h, h.m.url);
	if (opts && opts->url)
		url_date(&h, opts->url);
	if (opts && opts->date && !h.m.date) {
		offer_date(&h, opts->date, 10, opts->date_source ? opts->date_source : "record");
	}
	title = opts && opts->title && *opts->title ? kg_strdup(opts->title) : headline(&h.m);
	h.headline = title;
	score(&h, total);
	body = body_of(ctxt->myDoc);
	extract(&h, body);
	if (h.oom) {
		kg_error_set(err, source, 0, 0, "out of memory reading the page");
		rc = KG_ENOMEM;
		goto done;
	}
	rc = kg_web_doc_new(&doc, id, source, title, h.out ? h.out : "", h.n_out, h.omap, len, &ro, err);
	if (rc < 0)
		goto done;
	if ((h.m.url && !(doc->url = kg_strdup(h.m.url))) || (h.m.date && !(doc->date = kg_strdup(h.m.date))) ||
	    (h.m.date && !(doc->date_source = kg_strdup(h.m.date_source))) ||
	    (h.m.author && !(doc->author = kg_strdup(h.m.author))) ||
	    (h.m.lang && !(doc->lang = kg_strdup(h.m.lang)))) {
		kg_error_set(err, source, 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	if (guessed == 1)
		rc = kg_web_note(doc, "no character set declared and not UTF-8: read as Windows-1252 (declare "
			 "<meta charset> to be sure)");
	else if (guessed == 2)
		rc = kg_web_note(doc, "unknown character set declared; read as %s", used);
	if (rc < 0) {
		kg_error_set(err, source, 0, 0, "out of memory");
		goto done;
	}
	*out = doc;
	doc = NULL;
done:
	if (ctxt) {
		xmlFreeDoc(ctxt->myDoc);
		ctxt->myDoc = NULL;
		htmlFreeParserCtxt(ctxt);
	}
	meta_clear(&h.m);
	free(h.segs);
	free(h.els);
	free(h.out);
	free(h.omap);
	free(utf8);
	free(cmap);
	free(title);
	kg_doc_free(doc);
	return rc;
}
