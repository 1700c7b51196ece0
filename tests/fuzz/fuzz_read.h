/* fuzz_read.h: the body the harnesses of the readers behind kg_text_read_path share (feed, WARC): any
 * bytes are an input file; every document handed over must be valid UTF-8, its bytes mapped into its
 * page, its date ISO, and reading must end with 0 (problems reported, never a crash). */
#ifndef KG_FUZZ_READ_H
#define KG_FUZZ_READ_H

#include "fuzz.h"

#include "../../src/text/text.h"

/* Checks each document. */
static inline int fuzz_read_on_doc(kg_doc *doc, void *ctx)
{
	(void)ctx;
	FUZZ_CHECK(kg_utf8_valid_prefix(doc->text, doc->len) == doc->len, "text is not valid UTF-8");
	FUZZ_CHECK(!doc->src || doc->src[doc->len] >= doc->src[0], "map ends before it starts");
	FUZZ_CHECK(!doc->date || strlen(doc->date) == 7 || strlen(doc->date) == 10, "date not ISO: %s", doc->date);
	kg_doc_free(doc);
	return 0;
}

static inline void fuzz_read_on_err(const kg_error *err, void *ctx)
{
	(void)ctx;
	FUZZ_CHECK(err->text[0], "a problem without a message");
}

/* Writes data[0..size) to a file called name (its extension picks the reader) and reads it. */
static inline int fuzz_read_as(const char *name, const uint8_t *data, size_t size)
{
	kg_read_opts ro = KG_READ_OPTS_INIT;
	const char *path;

	if (size > (1 << 20))
		return 0;
	ro.max_doc_bytes = 1 << 22;
	path = fuzz_write_file(name, data, size);
	FUZZ_CHECK(kg_text_read_path(path, &ro, fuzz_read_on_doc, fuzz_read_on_err, NULL, NULL) == KG_OK,
		   "reading failed");
	return 0;
}

#endif
