/* fuzz_warc.c: harness of the WARC reader (plain and gzip) through kg_text_read_path: any bytes are an
 * input file (gzip members are decompressed first); every document handed over must be valid UTF-8, its bytes mapped
 * into its page, its date ISO, and reading must end with 0 (problems reported, never a crash). */
#include "fuzz.h"

#include "../../src/text/text.h"

/* Checks each document. */
static int on_doc(kg_doc *doc, void *ctx)
{
	(void)ctx;
	FUZZ_CHECK(kg_utf8_valid_prefix(doc->text, doc->len) == doc->len, "text is not valid UTF-8");
	FUZZ_CHECK(!doc->src || doc->src[doc->len] >= doc->src[0], "map ends before it starts");
	FUZZ_CHECK(!doc->date || strlen(doc->date) == 7 || strlen(doc->date) == 10, "date not ISO: %s", doc->date);
	kg_doc_free(doc);
	return 0;
}

static void on_err(const kg_error *err, void *ctx)
{
	(void)ctx;
	FUZZ_CHECK(err->text[0], "a problem without a message");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kg_read_opts ro = KG_READ_OPTS_INIT;
	const char *path;

	if (size > (1 << 20))
		return 0;
	ro.max_doc_bytes = 1 << 22;
	path = fuzz_write_file("input.warc.gz", data, size);
	FUZZ_CHECK(kg_text_read_path(path, &ro, on_doc, on_err, NULL, NULL) == KG_OK, "reading failed");
	return 0;
}
