/*
 * span.h: where a value came from.
 *
 * A source is one text slurmc read: a script, the command line (its words
 * joined by blanks), one environment variable, a profile. A span is a byte
 * range in one source. Line and column are computed only when a diagnostic
 * is printed.
 */
#ifndef SLURMC_SPAN_H
#define SLURMC_SPAN_H

#include <stddef.h>
#include <stdint.h>

enum source_kind {
	SRC_FILE,    /* a script or profile file, or standard input */
	SRC_CMDLINE, /* slurmc's own command line */
	SRC_ENV,     /* one environment variable, NAME=VALUE */
	SRC_BUILTIN  /* data compiled into slurmc */
};

struct source {
	const char *name; /* as printed in diagnostics; borrowed */
	const char *text; /* borrowed; not necessarily NUL-terminated */
	size_t len;
	enum source_kind kind;
	unsigned order; /* registration order, for sorting diagnostics */
};

struct span {
	const struct source *src; /* NULL: no location */
	uint32_t off, len;
};

static inline struct span span_make(const struct source *src, size_t off, size_t len)
{
	struct span s = { src, (uint32_t)off, (uint32_t)len };
	return s;
}

static inline int span_is_set(struct span s)
{
	return s.src != NULL;
}

/* 1-based line and byte column of offset off in src. */
void span_line_col(const struct source *src, size_t off, unsigned *line, unsigned *col);
/* The line holding offset off: its start offset and length (no newline). */
void span_line_bounds(const struct source *src, size_t off, size_t *start, size_t *len);

#endif
