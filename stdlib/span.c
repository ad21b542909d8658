/*
 * span.c: line and column lookup for spans, done only when printing.
 */
#include "stdlib/span.h"

void span_line_col(const struct source *src, size_t off, unsigned *line, unsigned *col)
{
	unsigned l = 1;
	size_t start = 0;
	if (off > src->len)
		off = src->len;
	for (size_t i = 0; i < off; i++) {
		if (src->text[i] == '\n') {
			l++;
			start = i + 1;
		}
	}
	*line = l;
	*col = (unsigned)(off - start) + 1;
}

void span_line_bounds(const struct source *src, size_t off, size_t *start, size_t *len)
{
	size_t s = off > src->len ? src->len : off;
	while (s > 0 && src->text[s - 1] != '\n')
		s--;
	size_t e = s;
	while (e < src->len && src->text[e] != '\n')
		e++;
	*start = s;
	*len = e - s;
}
