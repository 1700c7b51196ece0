/* fuzz_html.c: harness of the HTML reader (kg_web_html_read): any bytes are a page; the document made
 * must be valid UTF-8 with its headline once at the start, and every byte must map into the page. */
#include "fuzz.h"

#include "../../src/text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kg_doc *doc = NULL;
	kg_error err = { 0 };
	int rc;

	if (size > (1 << 20))
		return 0;
	rc = kg_web_html_read(&doc, "page", "page.html", (const char *)data, size, NULL, &err);
	FUZZ_CHECK(rc == KG_OK || rc == KG_ENOMEM || rc == KG_ELIMIT || rc == KG_EPARSE, "unexpected code %d", rc);
	if (rc < 0) {
		FUZZ_CHECK(err.text[0], "refused without a message");
		return 0;
	}
	FUZZ_CHECK(kg_utf8_valid_prefix(doc->text, doc->len) == doc->len, "text is not valid UTF-8");
	FUZZ_CHECK(doc->src != NULL, "no map to the page");
	for (size_t i = 0; i <= doc->len; i++)
		FUZZ_CHECK(doc->src[i] <= size, "byte %zu maps to %zu, past the page's %zu bytes", i, doc->src[i], size);
	FUZZ_CHECK(doc->src[doc->len] == size, "the end does not map to the page's end");
	if (doc->title) {
		FUZZ_CHECK(strncmp(doc->text, doc->title, strlen(doc->title)) == 0, "text does not start with the title");
		FUZZ_CHECK(doc->body <= doc->len, "body offset past the text");
	}
	FUZZ_CHECK(!doc->date || strlen(doc->date) == 7 || strlen(doc->date) == 10, "date not ISO: %s", doc->date);
	kg_doc_free(doc);
	return 0;
}
