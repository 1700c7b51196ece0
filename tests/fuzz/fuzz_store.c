/* fuzz_store.c: harness of the store loader: any input is written to a file and opened as a kg store
 * (kg_store_open, read mode), checked (kg_store_check) and loaded (kg_store_load); facts that load are
 * built into a graph. A file that is not a sound kg store must be refused with an error, never crash or
 * hand out a store; the seed corpus holds real stores for libFuzzer to damage. */
#include "fuzz.h"

#include "../../graph/graph.h"
#include "../../src/store/store.h"

/* Removes the files SQLite may leave beside path (the store is opened read-write, in WAL mode). */
static void remove_sidecars(const char *path)
{
	char side[160];

	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-journal", path);
	unlink(side);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path;
	kg_store *s = NULL;
	kg_facts *facts = NULL;
	kg_graph *g = NULL;
	kg_error err = { 0 };
	size_t n_docs = 0;

	if (size > (1 << 20))
		return 0;
	path = fuzz_write_file("kg.db", data, size);
	remove_sidecars(path);
	if (kg_store_open(&s, path, KG_STORE_READ, &err) != KG_OK) {
		FUZZ_CHECK(!s, "a store that failed to open was handed out");
		FUZZ_CHECK(err.text[0], "a store was refused without a message");
		goto done;
	}
	if (kg_store_check(s, &err) != KG_OK)
		FUZZ_CHECK(err.text[0], "a store failed its check without a message");
	if (kg_facts_new(&facts) < 0)
		fuzz_fail("out of memory");
	if (kg_store_load(s, facts, &n_docs, &err) != KG_OK) {
		FUZZ_CHECK(err.text[0], "a store failed to load without a message");
		goto done;
	}
	if (getenv("KG_FUZZ_VERBOSE"))
		fprintf(stderr, "fuzz_store: %zu documents, %zu triples\n", n_docs, facts->n_triples);
	if (facts->n_triples && facts->n_triples <= 256) {
		if (kg_graph_new(&g, facts, &err) == KG_OK)
			FUZZ_CHECK(kg_graph_analyze(g, NULL, &err) == KG_OK, "kg_graph_analyze failed: %s", err.text);
	}
done:
	kg_graph_free(g);
	kg_facts_free(facts);
	kg_store_free(s);
	remove_sidecars(path);
	return 0;
}
