/* fuzz_query.c: harness of kg query's parser (kg_cli_query_parse): the input is split at newlines into
 * operands, as the shell would hand them over, and parsed as a query word with names or as a pattern.
 * An accepted query must have a name, relations, and a second name exactly when it asks for a path. */
#include "fuzz.h"

#include "../../src/cli/cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kg_strv ops = { 0 };
	kg_cli_query q;
	const char *why = NULL;
	char *text;
	int rc;

	if (size > 4096)
		return 0;
	if (!(text = kg_strndup((const char *)data, size)))
		fuzz_fail("out of memory");
	for (char *p = text, *nl; p; p = nl ? nl + 1 : NULL) {
		if ((nl = strchr(p, '\n')))
			*nl = '\0';
		if (ops.n < 32 && kg_strv_push(&ops, p) < 0)
			fuzz_fail("out of memory");
	}
	rc = kg_cli_query_parse(&q, &ops, &why);
	if (rc == KG_OK) {
		FUZZ_CHECK(q.x && q.relations, "an accepted query lacks a name or relations");
		FUZZ_CHECK((q.kind == KG_QUERY_PATH) == (q.y != NULL), "a second name without a path, or the reverse");
	} else {
		FUZZ_CHECK(rc == KG_EINVAL || rc == KG_ENOMEM, "unexpected code %d", rc);
		FUZZ_CHECK(rc != KG_EINVAL || (why && why[0]), "a refused query without a reason");
		FUZZ_CHECK(!q.x && !q.y && !q.relations, "a refused query left strings behind");
	}
	kg_cli_query_clear(&q);
	kg_strv_clear(&ops);
	free(text);
	return 0;
}
