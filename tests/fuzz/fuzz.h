/* fuzz.h: helpers shared by the libFuzzer harnesses of tests/fuzz: failing loudly when an invariant
 * breaks, input in a temporary file, and a memory stream of what a writer wrote. */
#ifndef KG_FUZZ_H
#define KG_FUZZ_H

#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/core/core.h"

/* The entry point every harness defines; replay.c calls it outside libFuzzer. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Prints "fuzz: invariant broken: ..." and aborts, which libFuzzer and the replay test report as a
 * crash with the input that caused it. */
static inline void __attribute__((noreturn, format(printf, 1, 2))) fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("fuzz: invariant broken: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* Aborts with a message unless cond holds. */
#define FUZZ_CHECK(cond, ...) \
	do { \
		if (!(cond)) \
			fuzz_fail(__VA_ARGS__); \
	} while (0)

/* The per-process scratch directory, made on first use (in /dev/shm when it exists) and removed at
 * exit with the files fuzz_write_file left in it. */
static char fuzz_dir[64];
static char fuzz_file[128];

static inline void fuzz_cleanup(void)
{
	if (fuzz_file[0])
		unlink(fuzz_file);
	if (fuzz_dir[0])
		rmdir(fuzz_dir);
}

/* Writes data[0..size) to the file NAME in the scratch directory (the previous one is removed) and
 * returns its path (static storage). Aborts when the file cannot be written: the harness is broken,
 * not the code under test. */
static inline const char *fuzz_write_file(const char *name, const void *data, size_t size)
{
	FILE *fp;

	if (!fuzz_dir[0]) {
		snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/kg-fuzz-XXXXXX",
			 access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp");
		if (!mkdtemp(fuzz_dir))
			fuzz_fail("cannot make a scratch directory %s", fuzz_dir);
		atexit(fuzz_cleanup);
	}
	if (fuzz_file[0])
		unlink(fuzz_file);
	snprintf(fuzz_file, sizeof(fuzz_file), "%s/%s", fuzz_dir, name);
	if (!(fp = fopen(fuzz_file, "wb")) || (size && fwrite(data, 1, size, fp) != size) || fclose(fp) != 0)
		fuzz_fail("cannot write %s", fuzz_file);
	return fuzz_file;
}

/* A growing in-memory file (open_memstream): open it, let a writer write, then read buf and len. */
typedef struct fuzz_mem {
	FILE *fp;   /* the stream */
	char *buf;  /* what was written, NUL-terminated once closed */
	size_t len; /* its length */
} fuzz_mem;

static inline void fuzz_mem_open(fuzz_mem *m)
{
	m->buf = NULL;
	m->len = 0;
	if (!(m->fp = open_memstream(&m->buf, &m->len)))
		fuzz_fail("open_memstream failed");
}

/* Closes the stream; buf and len then hold the bytes. */
static inline void fuzz_mem_close(fuzz_mem *m)
{
	if (m->fp && fclose(m->fp) != 0)
		fuzz_fail("cannot close a memory stream");
	m->fp = NULL;
}

static inline void fuzz_mem_free(fuzz_mem *m)
{
	if (m->fp)
		fclose(m->fp);
	free(m->buf);
	m->fp = NULL;
	m->buf = NULL;
	m->len = 0;
}

/* Problems the code under test reports on bad input are expected: they are counted, not printed. */
static inline void fuzz_quiet_error(const kg_error *err, int warning, void *ctx)
{
	(void)err;
	(void)warning;
	(void)ctx;
}

/* 1 when s is valid UTF-8 with no NUL before its end. */
static inline int fuzz_utf8(const char *s)
{
	return s && kg_utf8_valid_prefix(s, strlen(s)) == strlen(s);
}

#endif
