/* feed.c: reads RSS 2.0, RSS 1.0 and Atom feeds with libxml2 (no network, no DTD, no entity
 * expansion): every item or entry is a document whose content goes through the HTML reader. */
#include "text_internal.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What one item or entry says; libxml2 strings (xmlFree) or NULL. */
typedef struct item {
	char *title;   /* title */
	char *link;    /* link (RSS text, Atom href of the alternate link) */
	char *date;    /* pubDate, dc:date, published, updated */
	char *content; /* content:encoded or Atom content, else description or summary (HTML) */
	int content_rank; /* 0 full content, 1 summary */
} item;

/* 1 when element n is named name (local name, any namespace). */
static int named(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* Sets *slot to the text of n when it is empty. */
static void take_text(char **slot, xmlNodePtr n)
{
	if (!*slot)
		*slot = (char *)xmlNodeGetContent(n);
}

/* The HTML of an Atom content or summary element: its text, or its children serialised for
 * type="xhtml". New libxml2 string or NULL. */
static char *atom_html(xmlNodePtr n)
{
	xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
	char *html = NULL;

	if (type && strcmp((const char *)type, "xhtml") == 0) {
		xmlBufferPtr b = xmlBufferCreate();

		for (xmlNodePtr c = n->children; b && c; c = c->next)
			xmlNodeDump(b, n->doc, c, 0, 0);
		if (b)
			html = (char *)xmlStrdup(xmlBufferContent(b));
		xmlBufferFree(b);
	} else {
		html = (char *)xmlNodeGetContent(n);
	}
	xmlFree(type);
	return html;
}

/* Reads the fields of item or entry n. */
static void read_item(item *it, xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (named(c, "title")) {
			take_text(&it->title, c);
		} else if (named(c, "link")) {
			xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
			xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");

			if (href && (!rel || strcmp((const char *)rel, "alternate") == 0) && !it->link)
				it->link = (char *)href;
			else if (href)
				xmlFree(href);
			else
				take_text(&it->link, c);
			xmlFree(rel);
		} else if (named(c, "pubDate") || named(c, "date") || named(c, "published") || named(c, "updated") ||
			   named(c, "issued")) {
			take_text(&it->date, c);
		} else if (named(c, "encoded") || named(c, "content")) {
			if (!it->content || it->content_rank > 0) {
				xmlFree(it->content);
				it->content = named(c, "content") ? atom_html(c) : (char *)xmlNodeGetContent(c);
				it->content_rank = 0;
			}
		} else if ((named(c, "description") || named(c, "summary")) && !it->content) {
			it->content = named(c, "summary") ? atom_html(c) : (char *)xmlNodeGetContent(c);
			it->content_rank = 1;
		}
	}
}

static void item_clear(item *it)
{
	xmlFree(it->title);
	xmlFree(it->link);
	xmlFree(it->date);
	xmlFree(it->content);
	memset(it, 0, sizeof(*it));
}

/* Makes a document of item it (number k, at line of path) and hands it over. */
static int emit_item(kg_text_reader *r, const char *path, const char *id, long line, size_t k, const item *it)
{
	kg_web_opts wo = KG_WEB_OPTS_INIT;
	kg_error err = {0};
	kg_doc *doc = NULL;
	char source[600], ident[600];
	const char *html = it->content ? it->content : "";
	int rc;

	snprintf(source, sizeof(source), "%s:%ld", path, line);
	snprintf(ident, sizeof(ident), "%s#%zu", id, k);
	wo.url = it->link;
	wo.date = it->date;
	wo.date_source = "feed";
	wo.title = it->title;
	rc = kg_web_html_read(&doc, ident, source, html, strlen(html), &wo, &err);
	if (rc == KG_OK)
		doc->format = "feed";
	return kg_text_deliver_web(r, doc, rc, &err);
}

int kg_text_read_feed(kg_text_reader *r, const char *path, const char *id, const char *bytes, size_t len)
{
	xmlDocPtr doc = NULL;
	xmlNodePtr root, list;
	kg_error err = {0};
	size_t k = 0;
	int rc = KG_OK;

	/* a document type declaring entities can expand to gigabytes (billion laughs): refused unread */
	for (size_t i = 0; i + 8 <= len && i < 65536; i++) {
		if (bytes[i] == '<' && memcmp(bytes + i, "<!ENTITY", 8) == 0) {
			kg_error_set(&err, path, 0, 0, "feed declares XML entities in its DOCTYPE (an entity "
				     "expansion attack looks like this); refused: feeds have no need of them");
			kg_text_report(r, &err);
			return KG_OK;
		}
	}
	if (len > 0x7fffffff) {
		kg_error_set(&err, path, 0, 0, "feed of %zu bytes is too large", len);
		kg_text_report(r, &err);
		return KG_OK;
	}
	doc = xmlReadMemory(bytes, (int)len, path, NULL,
			    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER);
	if (!doc || !(root = xmlDocGetRootElement(doc))) {
		kg_error_set(&err, path, 0, 0, "not a well-formed feed: the XML cannot be read");
		kg_text_report(r, &err);
		goto done;
	}
	if (doc->intSubset && doc->intSubset->entities) {
		kg_error_set(&err, path, 0, 0, "feed declares XML entities; refused");
		kg_text_report(r, &err);
		goto done;
	}
	/* RSS 2.0: rss/channel/item; RSS 1.0: rdf:RDF/item; Atom: feed/entry */
	list = root;
	for (xmlNodePtr c = root->children; c; c = c->next)
		if (named(c, "channel") && named(root, "rss"))
			list = c;
	for (xmlNodePtr c = list->children; c && rc == KG_OK; c = c->next) {
		item it = {0};

		if (!named(c, "item") && !named(c, "entry"))
			continue;
		read_item(&it, c);
		rc = emit_item(r, path, id, xmlGetLineNo(c), ++k, &it);
		item_clear(&it);
	}
	if (rc == KG_OK && k == 0) {
		kg_error_set(&err, path, 0, 0, "feed has no item or entry");
		kg_text_warn(r, &err);
	}
done:
	xmlFreeDoc(doc);
	return rc;
}
