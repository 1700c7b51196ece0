/* pool.h: an ordered work pool for the extractors: items submitted in order are worked on by worker
 * threads and handed back, in the order they were submitted, to the thread that submitted them. */
#ifndef KG_EXTRACT_POOL_H
#define KG_EXTRACT_POOL_H

#include <stddef.h>

typedef struct kg_pool kg_pool;

/* Works on one item; runs in a worker thread, so it may only touch the item, thread-safe state and the
 * state of its worker: worker is the index of the thread (0 .. n_threads - 1, one thread at a time
 * for each), so that ctx may keep per-thread caches in an array of n_threads. */
typedef void (*kg_pool_work_fn)(void *item, size_t worker, void *ctx);
/* Takes back one worked item in the submitting thread, in submission order, and frees it. cancelled is
 * 1 when the pool is being freed before the item was handed back (free it, do not use its result).
 * Return < 0 to stop: later items are then cancelled. */
typedef int (*kg_pool_done_fn)(void *item, int cancelled, void *ctx);

/* Starts n_threads workers (at least 1) that keep at most depth items in flight (0: 4 per thread).
 * Returns 0, KG_ENOMEM, or KG_EDEP when no thread could be started. */
int kg_pool_new(kg_pool **out, size_t n_threads, size_t depth, kg_pool_work_fn work, kg_pool_done_fn done,
		void *ctx);
/* Queues item (the pool owns it until done gets it). Hands back the items already worked on, and
 * waits for the oldest one while depth items are in flight. Returns 0, or the first negative return
 * of done (item is then cancelled too). */
int kg_pool_submit(kg_pool *p, void *item);
/* Waits for every item and hands each back. Returns 0 or the first negative return of done. */
int kg_pool_finish(kg_pool *p);
/* Stops the workers and cancels the items not handed back. Accepts NULL. */
void kg_pool_free(kg_pool *p);

#endif
