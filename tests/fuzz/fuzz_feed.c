/* fuzz_feed.c: harness of the RSS/Atom feed reader through kg_text_read_path (the checks are
 * fuzz_read.h's). */
#include "fuzz_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_read_as("input.rss", data, size);
}
