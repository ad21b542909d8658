/*
 * yaml.h: the typed YAML writer, over libyaml's event emitter.
 *
 * Emitters never print YAML: they call these functions in the order of the
 * output, and the writer turns each call into one libyaml event. Output
 * goes to a memory buffer that the caller gets only from yw_finish(), so a
 * failed compilation never shows partial YAML. Scalars are typed: a string
 * that a YAML 1.1 or 1.2 reader would resolve to something else (`yes`,
 * `~`, `0x1f`, `1:00:00`, `2024-01-01`, ...) is double-quoted, so it stays a
 * string everywhere. Errors (invalid UTF-8, a misplaced event) are sticky:
 * the first one is kept, every later call does nothing, and yw_finish()
 * reports it. Same calls, same bytes.
 */
#ifndef SLURMC_YAML_H
#define SLURMC_YAML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <yaml.h>

struct yw {
	yaml_emitter_t em;
	char *buf; /* the output so far; caller-owned once yw_finish() hands it over */
	size_t len, cap;
	bool started; /* STREAM-START sent */
	bool failed;
	char *error;  /* the first error, owned by the writer */
};

/* Starts a writer: block style, indent 2, no line width limit, UTF-8. */
void yw_init(struct yw *w);

/* Ends the stream. On success *out (caller-owned, NUL-terminated) and *len
 * get the text and true is returned; on failure *error (caller-owned) gets
 * the first error and *out stays NULL. Frees everything else either way. */
bool yw_finish(struct yw *w, char **out, size_t *len, char **error);

/* Structure. Every document starts with an explicit "---", so the streams
 * of several scripts can be written one after another. */
void yw_doc_begin(struct yw *w);
void yw_doc_end(struct yw *w);
void yw_map_begin(struct yw *w);
void yw_map_end(struct yw *w);
void yw_seq_begin(struct yw *w);
void yw_seq_end(struct yw *w);

/* Scalars. yw_str() quotes only when needed; yw_literal() writes a literal
 * block (`|`), which libyaml replaces by a double-quoted scalar when the
 * text cannot be a block (tabs, blanks before a line break). Text that is
 * not valid UTF-8 is an error. */
void yw_str(struct yw *w, const char *s);
void yw_strn(struct yw *w, const char *s, size_t n);
void yw_int(struct yw *w, int64_t v);
void yw_bool(struct yw *w, bool v);
void yw_literal(struct yw *w, const char *s, size_t n);

/* "key: value" shorthands for mappings. */
void yw_kv_str(struct yw *w, const char *key, const char *value);
void yw_kv_int(struct yw *w, const char *key, int64_t value);
void yw_kv_bool(struct yw *w, const char *key, bool value);

/* Whether s[0..n) can be written as a plain scalar and still read back as
 * the same string under YAML 1.1 and 1.2 (conservative: false when unsure). */
bool yaml_plain_ok(const char *s, size_t n);

/* Whether s[0..n) is valid UTF-8 without NUL bytes, as libyaml requires. */
bool yaml_utf8_ok(const char *s, size_t n);

#endif
