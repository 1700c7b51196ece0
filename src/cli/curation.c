/* curation.c: the --curation file of kg build: read and checked before anything is created, kept in
 * the store, and read back from the store by later builds that do not name one. */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>

#include "../resolve/resolve.h"

/* Store settings that hold the curation file and its name. */
#define CURATION_KEY "curation"
#define CURATION_SOURCE_KEY "curation_source"

int kg_cli_curation_read(kg_curation **out, const char *file)
{
	kg_error err = { 0 };
	char *text = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if (!file)
		return KG_OK;
	if ((rc = kg_read_file(&text, &len, file, &err)) == KG_OK)
		rc = kg_curation_parse(out, text, len, file, &err);
	if (rc < 0)
		kg_error_print(&err, stderr, 0);
	if (rc == KG_EPARSE)
		fputs("kg: a curation line is WORD<TAB>NAME[<TAB>NAME]: same, different, type, ignore or rename "
		      "(see kg build --help)\n", stderr);
	free(text);
	return rc;
}

int kg_cli_curation_keep(kg_curation **cur, kg_store *store)
{
	kg_error err = { 0 };
	char *text = NULL, *source = NULL;
	int rc;

	if (!store)
		return KG_OK;
	if (*cur) {
		if ((rc = kg_store_setting_put(store, CURATION_KEY, (*cur)->text, &err)) == KG_OK)
			rc = kg_store_setting_put(store, CURATION_SOURCE_KEY, (*cur)->source, &err);
	} else if ((rc = kg_store_setting_get(store, CURATION_KEY, &text, &err)) == KG_OK && text &&
		   (rc = kg_store_setting_get(store, CURATION_SOURCE_KEY, &source, &err)) == KG_OK) {
		rc = kg_curation_parse(cur, text, strlen(text), source ? source : "curation", &err);
	}
	if (rc < 0)
		kg_error_print(&err, stderr, 0);
	free(text);
	free(source);
	return rc;
}
