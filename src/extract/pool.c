/* pool.c: the ordered work pool (pool.h): a ring of items in submission order, worker threads that
 * take the oldest queued item, and the submitting thread that hands finished items back from the
 * front of the ring, so results come out in input order whatever the threads' speed. */
#include "pool.h"

#include "../core/core.h"

#include <pthread.h>
#include <stdlib.h>

/* Where an item of the ring is. */
enum { SLOT_QUEUED, SLOT_RUNNING, SLOT_DONE };

/* What a worker thread is given. */
typedef struct pool_worker {
	struct kg_pool *pool; /* its pool */
	size_t index;         /* passed to work_fn */
} pool_worker;

/* One place of the ring. */
typedef struct pool_slot {
	void *item; /* the submitted item */
	int state;  /* SLOT_* */
} pool_slot;

struct kg_pool {
	pthread_mutex_t mu;     /* guards everything below but the constants */
	pthread_cond_t work;    /* signalled when an item is queued or the pool stops */
	pthread_cond_t finished;/* signalled when an item is done */
	pool_slot *ring;        /* depth slots */
	size_t depth;           /* constant: slots of the ring */
	size_t head;            /* oldest item in flight (next to hand back) */
	size_t count;           /* items in flight */
	size_t taken;           /* items submitted and taken by a worker so far */
	size_t submitted;       /* items submitted so far */
	int stopping;           /* 1: workers leave */
	pthread_t *threads;     /* the workers */
	pool_worker *workers;   /* what each was given, one per thread asked for */
	size_t n_threads;       /* started */
	kg_pool_work_fn work_fn;/* constant */
	kg_pool_done_fn done_fn;/* constant */
	void *ctx;              /* constant: passed to both */
	int stop;               /* first negative return of done_fn, 0 when none */
};

static void *worker(void *arg)
{
	const pool_worker *w = arg;
	kg_pool *p = w->pool;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		pool_slot *s;

		while (!p->stopping && p->taken == p->submitted)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->stopping)
			break;
		s = &p->ring[p->taken % p->depth];
		p->taken++;
		s->state = SLOT_RUNNING;
		pthread_mutex_unlock(&p->mu);
		p->work_fn(s->item, w->index, p->ctx);
		pthread_mutex_lock(&p->mu);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&p->finished);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

int kg_pool_new(kg_pool **out, size_t n_threads, size_t depth, kg_pool_work_fn work, kg_pool_done_fn done,
		void *ctx)
{
	kg_pool *p = calloc(1, sizeof(*p));

	*out = NULL;
	if (n_threads == 0)
		n_threads = 1;
	if (!p)
		return KG_ENOMEM;
	p->depth = depth ? depth : 4 * n_threads;
	p->ring = calloc(p->depth, sizeof(*p->ring));
	p->threads = calloc(n_threads, sizeof(*p->threads));
	p->workers = calloc(n_threads, sizeof(*p->workers));
	p->work_fn = work;
	p->done_fn = done;
	p->ctx = ctx;
	if (!p->ring || !p->threads || !p->workers) {
		free(p->ring);
		free(p->threads);
		free(p->workers);
		free(p);
		return KG_ENOMEM;
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->finished, NULL);
	for (size_t i = 0; i < n_threads; i++) {
		p->workers[p->n_threads].pool = p;
		p->workers[p->n_threads].index = p->n_threads;
		if (pthread_create(&p->threads[p->n_threads], NULL, worker, &p->workers[p->n_threads]) == 0)
			p->n_threads++;
	}
	if (p->n_threads == 0) {
		kg_pool_free(p);
		return KG_EDEP;
	}
	*out = p;
	return KG_OK;
}

/* Hands back the front item; called with mu held, which it releases around done_fn. */
static void hand_back(kg_pool *p)
{
	pool_slot *s = &p->ring[p->head % p->depth];
	void *item = s->item;
	int rc;

	s->item = NULL;
	p->head++;
	p->count--;
	pthread_mutex_unlock(&p->mu);
	rc = p->done_fn(item, p->stop != 0, p->ctx);
	pthread_mutex_lock(&p->mu);
	if (rc < 0 && p->stop == 0)
		p->stop = rc;
}

/* Hands back the front items that are done; with wait, first waits until the front one is. Called
 * with mu held. */
static void drain(kg_pool *p, int wait)
{
	while (p->count > 0) {
		pool_slot *s = &p->ring[p->head % p->depth];

		if (s->state != SLOT_DONE) {
			if (!wait)
				return;
			pthread_cond_wait(&p->finished, &p->mu);
			continue;
		}
		hand_back(p);
		wait = 0;
	}
}

int kg_pool_submit(kg_pool *p, void *item)
{
	int rc;

	pthread_mutex_lock(&p->mu);
	while (p->count == p->depth && !p->stop)
		drain(p, 1);
	if (p->stop) {
		rc = p->stop;
		pthread_mutex_unlock(&p->mu);
		p->done_fn(item, 1, p->ctx);
		return rc;
	}
	p->ring[p->submitted % p->depth].item = item;
	p->ring[p->submitted % p->depth].state = SLOT_QUEUED;
	p->submitted++;
	p->count++;
	pthread_cond_signal(&p->work);
	drain(p, 0);
	rc = p->stop;
	pthread_mutex_unlock(&p->mu);
	return rc;
}

int kg_pool_finish(kg_pool *p)
{
	int rc;

	pthread_mutex_lock(&p->mu);
	while (p->count > 0)
		drain(p, 1);
	rc = p->stop;
	pthread_mutex_unlock(&p->mu);
	return rc;
}

void kg_pool_free(kg_pool *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->mu);
	/* items in flight are still worked on (a worker may hold one), then cancelled */
	if (p->stop == 0)
		p->stop = KG_ERROR;
	while (p->count > 0)
		drain(p, 1);
	p->stopping = 1;
	pthread_cond_broadcast(&p->work);
	pthread_mutex_unlock(&p->mu);
	for (size_t i = 0; i < p->n_threads; i++)
		pthread_join(p->threads[i], NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->finished);
	free(p->ring);
	free(p->threads);
	free(p->workers);
	free(p);
}
