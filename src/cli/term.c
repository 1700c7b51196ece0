/* term.c: kg on a terminal: coloured "error:", "warning:" and "note:" labels (never when NO_COLOR is
 * set, TERM is dumb or standard error is not a terminal), and a progress line for long runs that
 * any other message clears first. Nothing changes when standard error is a file or a pipe. */
#define _GNU_SOURCE /* fopencookie */
#include "cli.h"

#include "../extract/extract.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PROGRESS_EVERY 0.25 /* seconds between two redraws of the progress line */
#define PROGRESS_AFTER 1.0  /* seconds before the progress line first shows */

/* State of the terminal side. */
static struct {
	int tty;           /* standard error is a terminal */
	int color;         /* labels are coloured */
	int line_start;    /* the next byte written starts a line */
	int progress_on;   /* a progress line is on screen */
} term = { 0, 0, 1, 0 };

/* Serialises the filter and the progress thread on fd 2. */
static pthread_mutex_t term_lock = PTHREAD_MUTEX_INITIALIZER;

/* Labels coloured at the start of a line, after "kg: ". */
static const struct { const char *label; const char *sgr; } labels[] = {
	{ "error:", "\033[1;31m" },
	{ "warning:", "\033[1;33m" },
	{ "note:", "\033[1;36m" },
};

/* Writes n bytes to fd 2, retrying short writes. */
static void put_raw(const char *s, size_t n)
{
	while (n > 0) {
		ssize_t k = write(STDERR_FILENO, s, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return;
		s += k;
		n -= (size_t)k;
	}
}

static void clear_progress(void)
{
	if (term.progress_on) {
		put_raw("\r\033[K", 4);
		term.progress_on = 0;
	}
}

/* The filter stderr writes through: clears the progress line, colours the labels. */
static ssize_t filter_write(void *cookie, const char *buf, size_t n)
{
	size_t i = 0;

	(void)cookie;
	pthread_mutex_lock(&term_lock);
	clear_progress();
	while (i < n) {
		const char *nl = memchr(buf + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - buf) + 1 : n;

		if (term.line_start && term.color && end - i > 4 && memcmp(buf + i, "kg: ", 4) == 0) {
			for (size_t k = 0; k < sizeof(labels) / sizeof(labels[0]); k++) {
				size_t len = strlen(labels[k].label);
				if (end - i - 4 >= len && memcmp(buf + i + 4, labels[k].label, len) == 0) {
					put_raw(buf + i, 4);
					put_raw(labels[k].sgr, strlen(labels[k].sgr));
					put_raw(labels[k].label, len);
					put_raw("\033[0m", 4);
					i += 4 + len;
					break;
				}
			}
		}
		put_raw(buf + i, end - i);
		term.line_start = nl != NULL;
		i = end;
	}
	pthread_mutex_unlock(&term_lock);
	return (ssize_t)n;
}

static int color_allowed(void)
{
	const char *no_color = getenv("NO_COLOR"), *t = getenv("TERM");

	return !(no_color && *no_color) && !(t && strcmp(t, "dumb") == 0);
}

void kg_cli_term_init(void)
{
	static const cookie_io_functions_t io = { NULL, filter_write, NULL, NULL };
	FILE *filtered;

	term.tty = isatty(STDERR_FILENO);
	term.color = term.tty && color_allowed();
	if (!term.tty || !(filtered = fopencookie(NULL, "w", io)))
		return;
	/* whole lines reach the filter, so a label is always at the start of a write */
	setvbuf(filtered, NULL, _IOLBF, 0);
	stderr = filtered;
}

int kg_cli_color(void)
{
	return term.color;
}

void kg_cli_warning(const kg_error *err, void *ctx)
{
	(void)ctx;
	kg_error_print(err, stderr, 1);
}

int kg_cli_lex_run(kg_run **run, const struct kg_lex **lex)
{
	kg_run_opts ro = KG_RUN_OPTS_INIT;
	kg_error err = { 0 };
	int rc;

	ro.no_models = 1;
	ro.on_warning = kg_cli_warning;
	*lex = NULL;
	if ((rc = kg_run_new(run, &ro)) < 0)
		kg_cli_error("out of memory");
	else if ((rc = kg_run_lex(lex, *run, &err)) < 0)
		kg_error_print(&err, stderr, 0);
	return rc;
}

/* Seconds on the monotonic clock. */
static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Adds the size of a file the run will read to the total of the progress line (ctx), as
 * kg_extract_walk meets it. */
static int add_size(const char *file, kg_extract_opts *opts, void *ctx)
{
	unsigned long long *total = ctx;
	struct stat st;

	(void)opts;
	if (stat(file, &st) == 0 && S_ISREG(st.st_mode))
		*total += (unsigned long long)st.st_size;
	return KG_OK;
}

/* Problems of the walk that sums the sizes are the run's to report, not the progress line's. */
static void ignore_problem(const kg_error *err, int warning, void *ctx)
{
	(void)err;
	(void)warning;
	(void)ctx;
}

/* Draws the progress line once (after the first document). */
static void progress_draw(kg_cli_progress *p, size_t n_docs, double t)
{
	char line[200];

	kg_cli_progress_line(line, sizeof(line), n_docs, __atomic_load_n(p->n_bytes, __ATOMIC_RELAXED),
			     p->known ? p->total : 0, t - p->base_time);
	pthread_mutex_lock(&term_lock);
	put_raw("\r", 1);
	put_raw(line, strlen(line));
	put_raw("\033[K", 3);
	term.progress_on = 1;
	pthread_mutex_unlock(&term_lock);
}

/* The ticker thread: redraws the line every PROGRESS_EVERY seconds until told to stop. */
static void *progress_main(void *arg)
{
	kg_cli_progress *p = arg;

	pthread_mutex_lock(&p->lock);
	while (!p->stop) {
		struct timespec until;
		double t = now();

		size_t n_docs = __atomic_load_n(p->n_docs, __ATOMIC_RELAXED);
		double wait = PROGRESS_EVERY;

		if (!p->base_set && n_docs > 0) {
			/* the rate counts from the first document on: loading the lexicons is not reading input */
			p->base_time = t;
			p->base_set = 1;
		} else if (!p->base_set) {
			wait = 0.01; /* watch closely for the first document */
		}
		if (p->base_set && t - p->start >= PROGRESS_AFTER) {
			pthread_mutex_unlock(&p->lock);
			progress_draw(p, n_docs, t);
			pthread_mutex_lock(&p->lock);
		}
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += (long)(wait * 1e9);
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		if (!p->stop)
			pthread_cond_timedwait(&p->wake, &p->lock, &until);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

void kg_cli_progress_start(kg_cli_progress *p, const kg_strv *inputs, const size_t *n_docs,
			   const size_t *n_bytes, int quiet)
{
	memset(p, 0, sizeof(*p));
	if (!term.tty || quiet || !n_docs || !n_bytes)
		return;
	p->n_docs = n_docs;
	p->n_bytes = n_bytes;
	p->start = now();
	p->known = inputs->n > 0;
	for (size_t i = 0; i < inputs->n; i++) {
		struct stat st;
		if (strcmp(inputs->v[i], "-") == 0 || stat(inputs->v[i], &st) < 0) {
			p->known = 0;
		} else if (S_ISDIR(st.st_mode)) {
			kg_extract_opts silent = { 0 };

			silent.quiet = 1;
			silent.on_error = ignore_problem;
			kg_extract_walk(inputs->v[i], &silent, add_size, &p->total);
		} else if (S_ISREG(st.st_mode)) {
			p->total += (unsigned long long)st.st_size;
		} else {
			p->known = 0;
		}
	}
	if (pthread_mutex_init(&p->lock, NULL) != 0)
		return;
	if (pthread_cond_init(&p->wake, NULL) != 0) {
		pthread_mutex_destroy(&p->lock);
		return;
	}
	if (pthread_create(&p->thread, NULL, progress_main, p) != 0) {
		pthread_cond_destroy(&p->wake);
		pthread_mutex_destroy(&p->lock);
		return;
	}
	p->running = 1;
}

void kg_cli_progress_end(kg_cli_progress *p)
{
	if (!p->running)
		return;
	pthread_mutex_lock(&p->lock);
	p->stop = 1;
	pthread_cond_signal(&p->wake);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	pthread_cond_destroy(&p->wake);
	pthread_mutex_destroy(&p->lock);
	p->running = 0;
	fflush(stderr);
	pthread_mutex_lock(&term_lock);
	clear_progress();
	pthread_mutex_unlock(&term_lock);
}
