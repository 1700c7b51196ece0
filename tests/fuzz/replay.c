/* replay.c: the main of a harness built without libFuzzer: feeds every file of the directories (or
 * files) named on the command line to LLVMFuzzerTestOneInput, so that the seed corpus and every crash
 * found stay regression tests in ctest. A missing directory is skipped; a crash aborts the run. */
#include "fuzz.h"

#include <dirent.h>
#include <sys/stat.h>

/* Reads path whole and feeds it to the harness; returns 1 when fed, 0 when not a readable file. */
static int replay_file(const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	kg_error err;

	if (kg_read_file(&buf, &len, path, &err) < 0) {
		fprintf(stderr, "replay: %s: %s\n", path, err.text);
		return 0;
	}
	fprintf(stderr, "replay: %s (%zu bytes)\n", path, len);
	LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	free(buf);
	return 1;
}

/* Feeds every regular file of dir, in name order. */
static size_t replay_dir(const char *dir)
{
	struct dirent **names = NULL;
	int n = scandir(dir, &names, NULL, alphasort);
	size_t fed = 0;

	if (n < 0) {
		fprintf(stderr, "replay: %s: no such directory, skipped\n", dir);
		return 0;
	}
	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;

		if (names[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
			if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
				fed += (size_t)replay_file(path);
		}
		free(names[i]);
	}
	free(names);
	return fed;
}

int main(int argc, char **argv)
{
	size_t fed = 0;

	for (int i = 1; i < argc; i++) {
		struct stat st;

		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			fed += replay_dir(argv[i]);
		else
			fed += (size_t)replay_file(argv[i]);
	}
	fprintf(stderr, "replay: %zu input%s ran without a crash\n", fed, fed == 1 ? "" : "s");
	return 0;
}
