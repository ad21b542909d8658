/*
 * yaml.c: the typed YAML writer (see yaml.h).
 *
 * libyaml decides how a scalar can be written, but not what a reader will
 * make of it: it would write the string "yes" plain, and a YAML 1.1 reader
 * (PyYAML, old Go yaml) would read a boolean. So this file decides the
 * style first: plain only for strings made of unremarkable characters that
 * no implicit type of YAML 1.1 or 1.2 (null, bool, int in any base,
 * sexagesimal, float, .inf/.nan, timestamp, "=", "<<") could match; double
 * quotes for everything else. The checks err on the side of quoting: a
 * needless quote is harmless, a missing one changes a value's type.
 *
 * libyaml consumes every event it is given, also on failure; after the
 * first failure the emitter is in an undefined state, so the writer stops
 * sending events and keeps only the first message.
 */
#include "emitters/yaml.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/arena.h"

/* libyaml's output callback: appends to the writer's buffer. */
static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	struct yw *w = data;
	if (w->len + size + 1 > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		while (w->len + size + 1 > cap)
			cap *= 2;
		w->buf = xrealloc(w->buf, cap);
		w->cap = cap;
	}
	memcpy(w->buf + w->len, buffer, size);
	w->len += size;
	w->buf[w->len] = '\0';
	return 1;
}

void yw_init(struct yw *w)
{
	memset(w, 0, sizeof *w);
	if (!yaml_emitter_initialize(&w->em))
		out_of_memory();
	yaml_emitter_set_output(&w->em, write_handler, w);
	yaml_emitter_set_encoding(&w->em, YAML_UTF8_ENCODING);
	yaml_emitter_set_indent(&w->em, 2);
	yaml_emitter_set_width(&w->em, -1);
	yaml_emitter_set_unicode(&w->em, 1);
	yaml_emitter_set_break(&w->em, YAML_LN_BREAK);
}

/* Records the first error; later ones are consequences of it. */
static void fail(struct yw *w, const char *what)
{
	if (w->failed)
		return;
	w->failed = true;
	w->error = xstrdup(what);
}

/* Sends one initialised event (init_ok: its initialisation succeeded). */
static void send(struct yw *w, yaml_event_t *ev, int init_ok, const char *init_problem)
{
	if (!init_ok) {
		fail(w, init_problem);
		return;
	}
	if (w->failed) {
		yaml_event_delete(ev);
		return;
	}
	if (!yaml_emitter_emit(&w->em, ev))
		fail(w, w->em.problem ? w->em.problem : "libyaml emitter error");
}

/* STREAM-START, once, before the first document. */
static void ensure_started(struct yw *w)
{
	yaml_event_t ev;
	if (w->started || w->failed)
		return;
	w->started = true;
	send(w, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING), "out of memory");
}

void yw_doc_begin(struct yw *w)
{
	yaml_event_t ev;
	ensure_started(w);
	if (w->failed)
		return;
	send(w, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0),
	     "out of memory");
}

void yw_doc_end(struct yw *w)
{
	yaml_event_t ev;
	if (w->failed)
		return;
	send(w, &ev, yaml_document_end_event_initialize(&ev, 1), "out of memory");
}

void yw_map_begin(struct yw *w)
{
	yaml_event_t ev;
	if (w->failed)
		return;
	send(w, &ev,
	     yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE),
	     "out of memory");
}

void yw_map_end(struct yw *w)
{
	yaml_event_t ev;
	if (w->failed)
		return;
	send(w, &ev, yaml_mapping_end_event_initialize(&ev), "out of memory");
}

void yw_seq_begin(struct yw *w)
{
	yaml_event_t ev;
	if (w->failed)
		return;
	send(w, &ev,
	     yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE),
	     "out of memory");
}

void yw_seq_end(struct yw *w)
{
	yaml_event_t ev;
	if (w->failed)
		return;
	send(w, &ev, yaml_sequence_end_event_initialize(&ev), "out of memory");
}

/* One scalar event. plain: the text reads back as the intended type when
 * written plain; style: the style asked for. */
static void scalar(struct yw *w, const char *s, size_t n, bool plain, yaml_scalar_style_t style)
{
	yaml_event_t ev;
	if (w->failed)
		return;
	if (!yaml_utf8_ok(s, n)) {
		fail(w, "a string is not valid UTF-8");
		return;
	}
	if (n > INT32_MAX) {
		fail(w, "a string is too long");
		return;
	}
	send(w, &ev,
	     yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)n, plain, 1, style),
	     "out of memory");
}

void yw_strn(struct yw *w, const char *s, size_t n)
{
	bool plain = yaml_plain_ok(s, n);
	scalar(w, s, n, plain, plain ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE);
}

void yw_str(struct yw *w, const char *s)
{
	yw_strn(w, s, strlen(s));
}

void yw_int(struct yw *w, int64_t v)
{
	char buf[24];
	int n = snprintf(buf, sizeof buf, "%" PRId64, v);
	scalar(w, buf, (size_t)n, true, YAML_PLAIN_SCALAR_STYLE);
}

void yw_bool(struct yw *w, bool v)
{
	scalar(w, v ? "true" : "false", v ? 4 : 5, true, YAML_PLAIN_SCALAR_STYLE);
}

void yw_literal(struct yw *w, const char *s, size_t n)
{
	scalar(w, s, n, false, YAML_LITERAL_SCALAR_STYLE);
}

void yw_kv_str(struct yw *w, const char *key, const char *value)
{
	yw_str(w, key);
	yw_str(w, value);
}

void yw_kv_int(struct yw *w, const char *key, int64_t value)
{
	yw_str(w, key);
	yw_int(w, value);
}

void yw_kv_bool(struct yw *w, const char *key, bool value)
{
	yw_str(w, key);
	yw_bool(w, value);
}

bool yw_finish(struct yw *w, char **out, size_t *len, char **error)
{
	yaml_event_t ev;
	ensure_started(w);
	if (!w->failed)
		send(w, &ev, yaml_stream_end_event_initialize(&ev), "out of memory");
	if (!w->failed && !yaml_emitter_flush(&w->em))
		fail(w, w->em.problem ? w->em.problem : "cannot flush the output");
	yaml_emitter_delete(&w->em);
	*out = NULL;
	*len = 0;
	if (error)
		*error = NULL;
	if (w->failed) {
		free(w->buf);
		if (error)
			*error = w->error;
		else
			free(w->error);
		memset(w, 0, sizeof *w);
		return false;
	}
	*out = w->buf ? w->buf : xstrdup("");
	*len = w->len;
	memset(w, 0, sizeof *w);
	return true;
}

/* --- when a string may stay plain ------------------------------------ */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Characters that never mean anything to YAML inside a plain scalar. */
static bool safe_char(char c)
{
	return is_alnum(c) || (c != '\0' && strchr("-_./=+@:%~^$", c) != NULL);
}

/* The words YAML 1.1 (and 1.2's core schema) read as null or booleans,
 * plus the 1.1 "value" and "merge" keys. */
static bool reserved_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no",
		"No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On",
		"ON", "off", "Off", "OFF", "=", "<<",
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strlen(words[i]) == n && memcmp(words[i], s, n) == 0)
			return true;
	return false;
}

/* ".inf", "-.Inf", ".NaN" and friends, case-insensitively (1.2 readers
 * differ in which cases they accept). */
static bool special_float(const char *s, size_t n)
{
	if (n > 0 && (*s == '+' || *s == '-'))
		s++, n--;
	if (n != 4 || s[0] != '.')
		return false;
	char t[4] = { 0 };
	for (int i = 0; i < 3; i++)
		t[i] = (char)(s[i + 1] | 0x20);
	return strcmp(t, "inf") == 0 || strcmp(t, "nan") == 0;
}

/* Anything an implicit int, float or sexagesimal could match: after an
 * optional sign, a digit or a dot, then only digits, hex letters, the base
 * and exponent letters, '_', '.', ':' and signs. Deliberately wider than
 * the real patterns ("1abc" gets quoted too). */
static bool numeric_like(const char *s, size_t n)
{
	size_t i = 0;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	if (i >= n || !(is_digit(s[i]) || s[i] == '.'))
		return false;
	for (; i < n; i++)
		if (!strchr("0123456789abcdefABCDEFxXoO_.:+-", s[i]))
			return false;
	return true;
}

/* A YAML 1.1 timestamp starts with YYYY-M. */
static bool timestamp_like(const char *s, size_t n)
{
	return n >= 6 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
	       s[4] == '-' && is_digit(s[5]);
}

bool yaml_plain_ok(const char *s, size_t n)
{
	if (n == 0 || !(is_alnum(s[0]) || s[0] == '/' || s[0] == '_' || s[0] == '.' || s[0] == '$'))
		return false;
	if (s[n - 1] == ' ' || s[n - 1] == ':')
		return false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ') {
			if (s[i + 1] == ' ' || s[i - 1] == ':')
				return false;
		} else if (!safe_char(s[i])) {
			return false;
		}
	}
	return !reserved_word(s, n) && !special_float(s, n) && !numeric_like(s, n) &&
	       !timestamp_like(s, n);
}

/* Length of the UTF-8 sequence starting with byte c, or 0 if c cannot
 * start one. */
static size_t utf8_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

bool yaml_utf8_ok(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_len(p[i]);
		if (k == 0 || i + k > n || p[i] == 0)
			return false;
		uint32_t cp = k == 1 ? p[i] : (uint32_t)(p[i] & (0x7F >> k));
		for (size_t j = 1; j < k; j++) {
			if ((p[i + j] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (p[i + j] & 0x3F);
		}
		if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += k;
	}
	return true;
}
