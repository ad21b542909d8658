/*
 * arena.h: the per-script bump allocator.
 *
 * Everything the IR holds lives in one arena and dies with it. Memory comes
 * back zeroed, so "unset" is zero. Allocation never returns NULL: on
 * exhaustion the process prints a fatal message and exits with status 2.
 */
#ifndef SLURMC_ARENA_H
#define SLURMC_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
};

/* Zeroed, arena-owned memory for n bytes, aligned for any object. */
void *arena_alloc(struct arena *a, size_t n);
/* Arena-owned copy of the n bytes at s, NUL-terminated. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Arena-owned copy of the NUL-terminated s. */
char *arena_strdup(struct arena *a, const char *s);
/* Arena-owned printf result. */
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Grows an arena-owned array: returns a copy of old (n elements of size sz)
 * with room for cap elements; the old memory stays in the arena. */
void *arena_grow(struct arena *a, void *old, size_t n, size_t cap, size_t sz);
/* Frees every block; the arena can be used again afterwards. */
void arena_free(struct arena *a);

/* Caller-owned allocation helpers that never return NULL (exit 2). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* The fatal exit for exhausted memory. */
_Noreturn void out_of_memory(void);

#endif
