/* fuzz_warc.c: harness of the WARC reader (plain and gzip: gzip members are decompressed first)
 * through kg_text_read_path (the checks are fuzz_read.h's). */
#include "fuzz_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_read_as("input.warc.gz", data, size);
}
