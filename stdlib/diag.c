/*
 * diag.c: collection, sorting and rendering of diagnostics.
 *
 * Records keep caller-owned copies of their text, so a diagnostic outlives
 * the arena of the script it is about only as long as that script's
 * sources live: render before freeing them. Text output follows GCC/clang:
 * "file:line:col: severity: message", the source line with a caret, then
 * notes and hints; JSON and SARIF are built with jansson.
 */
#include "stdlib/diag.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/arena.h"

struct catalogue_row {
	const char *name;
	enum diag_severity sev;
	const char *wname;
	const char *fmt;
};

static const struct catalogue_row catalogue[DIAG__COUNT] = {
#define DIAG(id, sev, wname, fmt) { #id, sev, wname, fmt },
#include "stdlib/diag.def"
#undef DIAG
};

const char *diag_id_name(enum diag_id id)
{
	return catalogue[id].name;
}

const char *diag_wname(enum diag_id id)
{
	return catalogue[id].wname;
}

enum diag_severity diag_default_severity(enum diag_id id)
{
	return catalogue[id].sev;
}

void diag_init(struct diag_engine *e)
{
	memset(e, 0, sizeof *e);
}

void diag_free(struct diag_engine *e)
{
	for (size_t i = 0; i < e->n; i++) {
		free(e->list[i].message);
		for (size_t j = 0; j < e->list[i].nextra; j++)
			free(e->list[i].extra[j].text);
		free(e->list[i].extra);
	}
	free(e->list);
	memset(e, 0, sizeof *e);
}

void diag_add_source(struct diag_engine *e, struct source *src)
{
	src->order = e->next_source++;
}

static char *vformat(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		n = 0;
	char *s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

bool diag_set_warning(struct diag_engine *e, const char *name, bool enabled)
{
	bool found = false;
	for (int i = 0; i < DIAG__COUNT; i++) {
		if (catalogue[i].wname && strcmp(catalogue[i].wname, name) == 0) {
			e->disabled[i] = !enabled;
			found = true;
		}
	}
	return found;
}

struct diag *diag_report(struct diag_engine *e, enum diag_id id, struct span at, ...)
{
	if (e->disabled[id])
		return NULL;
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 16;
		e->list = xrealloc(e->list, e->cap * sizeof *e->list);
	}
	struct diag *d = &e->list[e->n];
	memset(d, 0, sizeof *d);
	d->id = id;
	d->at = at;
	d->seq = (unsigned)e->n++;
	d->sev = catalogue[id].sev;
	if (d->sev == SEV_WARNING && e->werror)
		d->sev = SEV_ERROR;
	if (d->sev == SEV_ERROR)
		e->errors++;
	else if (d->sev == SEV_WARNING)
		e->warnings++;
	va_list ap;
	va_start(ap, at);
	d->message = vformat(catalogue[id].fmt, ap);
	va_end(ap);
	return d;
}

static void add_extra(struct diag *d, int kind, struct span at, char *text)
{
	d->extra = xrealloc(d->extra, (d->nextra + 1) * sizeof *d->extra);
	d->extra[d->nextra].kind = kind;
	d->extra[d->nextra].text = text;
	d->extra[d->nextra].at = at;
	d->nextra++;
}

void diag_note(struct diag_engine *e, struct diag *d, const char *fmt, ...)
{
	(void)e;
	if (!d)
		return;
	va_list ap;
	va_start(ap, fmt);
	add_extra(d, EXTRA_NOTE, (struct span){ 0 }, vformat(fmt, ap));
	va_end(ap);
}

void diag_note_at(struct diag_engine *e, struct diag *d, struct span at, const char *fmt, ...)
{
	(void)e;
	if (!d)
		return;
	va_list ap;
	va_start(ap, fmt);
	add_extra(d, EXTRA_NOTE, at, vformat(fmt, ap));
	va_end(ap);
}

void diag_hint(struct diag_engine *e, struct diag *d, const char *fmt, ...)
{
	(void)e;
	if (!d)
		return;
	va_list ap;
	va_start(ap, fmt);
	add_extra(d, EXTRA_HINT, (struct span){ 0 }, vformat(fmt, ap));
	va_end(ap);
}

void diag_fixit(struct diag_engine *e, struct diag *d, struct span at, const char *text)
{
	(void)e;
	if (d)
		add_extra(d, EXTRA_FIXIT, at, xstrdup(text));
}

/* Sort order: sources in the order they were read, then offset, then the
 * order of reporting; unlocated diagnostics come last. */
static int cmp_diag(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	unsigned ox = x->at.src ? x->at.src->order : ~0u;
	unsigned oy = y->at.src ? y->at.src->order : ~0u;
	if (ox != oy)
		return ox < oy ? -1 : 1;
	if (x->at.off != y->at.off)
		return x->at.off < y->at.off ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

const char *diag_severity_name(enum diag_severity s)
{
	return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

struct palette {
	const char *bold, *err, *warn, *note, *caret, *off;
};

static const struct palette plain = { "", "", "", "", "", "" };
static const struct palette ansi = { "\033[1m", "\033[1;31m", "\033[1;35m", "\033[1;36m",
				     "\033[1;32m", "\033[0m" };

#define EXCERPT_MAX 160  /* longer source lines are shown as a window */
#define EXCERPT_LEAD 60  /* bytes of the window before the caret */

/* Prints the source line of `at` with a caret and tildes under the span;
 * a long line is cut to a window around the caret, marked with "...". */
static void render_excerpt(FILE *out, struct span at, const struct palette *p)
{
	size_t start, len;
	unsigned line, col;
	span_line_bounds(at.src, at.off, &start, &len);
	span_line_col(at.src, at.off, &line, &col);
	size_t from = start, to = start + len;
	if (len > EXCERPT_MAX) {
		if (at.off > start + EXCERPT_LEAD)
			from = at.off - EXCERPT_LEAD;
		if (to > from + EXCERPT_MAX)
			to = from + EXCERPT_MAX;
	}
	const char *pre = from > start ? "..." : "", *post = to < start + len ? "..." : "";
	fprintf(out, "%5u | %s", line, pre);
	for (size_t i = from; i < to; i++) {
		unsigned char c = (unsigned char)at.src->text[i];
		fputc(c < 0x20 && c != '\t' ? '?' : c, out);
	}
	fprintf(out, "%s\n      | %s", post, *pre ? "   " : "");
	for (size_t i = from; i < at.off && i < to; i++)
		fputc(at.src->text[i] == '\t' ? '\t' : ' ', out);
	fputs(p->caret, out);
	fputc('^', out);
	size_t end = at.off + (at.len ? at.len : 1);
	if (end > to)
		end = to;
	for (size_t i = at.off + 1; i < end; i++)
		fputc('~', out);
	fputs(p->off, out);
	fputc('\n', out);
}

static void render_location(FILE *out, struct span at)
{
	if (!at.src) {
		fputs("slurmc: ", out);
		return;
	}
	unsigned line, col;
	span_line_col(at.src, at.off, &line, &col);
	fprintf(out, "%s:%u:%u: ", at.src->name, line, col);
}

static void render_text(struct diag_engine *e, FILE *out, bool colour)
{
	const struct palette *p = colour ? &ansi : &plain;
	for (size_t i = 0; i < e->n; i++) {
		const struct diag *d = &e->list[i];
		const char *sc = d->sev == SEV_ERROR ? p->err : d->sev == SEV_WARNING ? p->warn : p->note;
		fputs(p->bold, out);
		render_location(out, d->at);
		fputs(p->off, out);
		fprintf(out, "%s%s:%s %s%s%s", sc, diag_severity_name(d->sev), p->off, p->bold, d->message, p->off);
		if (catalogue[d->id].wname)
			fprintf(out, " [-W%s%s]", d->sev == SEV_ERROR ? "error=" : "",
				catalogue[d->id].wname);
		fputc('\n', out);
		if (d->at.src)
			render_excerpt(out, d->at, p);
		for (size_t j = 0; j < d->nextra; j++) {
			const struct diag_extra *x = &d->extra[j];
			if (x->kind == EXTRA_FIXIT) {
				unsigned line, col;
				span_line_col(x->at.src, x->at.off, &line, &col);
				fprintf(out, "fix-it: %u:%u: replace with \"%s\"\n", line, col, x->text);
				continue;
			}
			fprintf(out, "%s%s:%s ", p->note, x->kind == EXTRA_NOTE ? "note" : "hint", p->off);
			if (x->at.src)
				render_location(out, x->at);
			fprintf(out, "%s\n", x->text);
		}
	}
}

static json_t *location_json(struct span at)
{
	json_t *o = json_object();
	unsigned line, col, eline, ecol;
	span_line_col(at.src, at.off, &line, &col);
	span_line_col(at.src, at.off + at.len, &eline, &ecol);
	json_object_set_new(o, "file", json_string(at.src->name));
	json_object_set_new(o, "line", json_integer(line));
	json_object_set_new(o, "column", json_integer(col));
	json_object_set_new(o, "end_line", json_integer(eline));
	json_object_set_new(o, "end_column", json_integer(ecol));
	return o;
}

static json_t *diag_json(const struct diag *d)
{
	json_t *o = json_object();
	json_object_set_new(o, "severity", json_string(diag_severity_name(d->sev)));
	json_object_set_new(o, "id", json_string(catalogue[d->id].name));
	json_object_set_new(o, "option", catalogue[d->id].wname
		? json_sprintf("-W%s", catalogue[d->id].wname) : json_null());
	json_object_set_new(o, "message", json_string(d->message));
	json_object_set_new(o, "location", d->at.src ? location_json(d->at) : json_null());
	json_t *notes = json_array(), *hints = json_array(), *fixits = json_array();
	for (size_t j = 0; j < d->nextra; j++) {
		const struct diag_extra *x = &d->extra[j];
		if (x->kind == EXTRA_FIXIT) {
			json_t *f = location_json(x->at);
			json_object_set_new(f, "replacement", json_string(x->text));
			json_array_append_new(fixits, f);
		} else {
			json_array_append_new(x->kind == EXTRA_NOTE ? notes : hints, json_string(x->text));
		}
	}
	json_object_set_new(o, "notes", notes);
	json_object_set_new(o, "hints", hints);
	json_object_set_new(o, "fixits", fixits);
	return o;
}

static json_t *render_json(struct diag_engine *e)
{
	json_t *root = json_object(), *arr = json_array();
	for (size_t i = 0; i < e->n; i++)
		json_array_append_new(arr, diag_json(&e->list[i]));
	json_object_set_new(root, "diagnostics", arr);
	json_object_set_new(root, "errors", json_integer(e->errors));
	json_object_set_new(root, "warnings", json_integer(e->warnings));
	return root;
}

static json_t *sarif_result(const struct diag *d)
{
	json_t *r = json_object();
	json_object_set_new(r, "ruleId", json_string(catalogue[d->id].name));
	json_object_set_new(r, "level", json_string(diag_severity_name(d->sev)));
	json_t *msg = json_object();
	json_object_set_new(msg, "text", json_string(d->message));
	json_object_set_new(r, "message", msg);
	if (d->at.src) {
		unsigned line, col, eline, ecol;
		span_line_col(d->at.src, d->at.off, &line, &col);
		span_line_col(d->at.src, d->at.off + d->at.len, &eline, &ecol);
		json_t *loc = json_pack("[{s:{s:{s:s},s:{s:i,s:i,s:i,s:i}}}]", "physicalLocation",
					"artifactLocation", "uri", d->at.src->name, "region",
					"startLine", (int)line, "startColumn", (int)col,
					"endLine", (int)eline, "endColumn", (int)ecol);
		json_object_set_new(r, "locations", loc);
	}
	return r;
}

static json_t *render_sarif(struct diag_engine *e)
{
	json_t *rules = json_array(), *results = json_array();
	for (int i = 0; i < DIAG__COUNT; i++) {
		json_array_append_new(rules, json_pack("{s:s,s:{s:s}}", "id", catalogue[i].name,
						       "shortDescription", "text", catalogue[i].fmt));
	}
	for (size_t i = 0; i < e->n; i++)
		json_array_append_new(results, sarif_result(&e->list[i]));
	json_t *driver = json_pack("{s:s,s:s,s:o}", "name", "slurmc", "informationUri",
				   "https://github.com/slurmc/slurmc", "rules", rules);
	json_t *run = json_pack("{s:{s:o},s:o}", "tool", "driver", driver, "results", results);
	return json_pack("{s:s,s:s,s:[o]}", "$schema",
			 "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
			 "runs", run);
}

void diag_render(struct diag_engine *e, FILE *out, enum diag_format fmt, bool colour)
{
	if (e->n)
		qsort(e->list, e->n, sizeof *e->list, cmp_diag);
	if (fmt == DIAG_TEXT) {
		render_text(e, out, colour);
		return;
	}
	json_t *doc = fmt == DIAG_JSON ? render_json(e) : render_sarif(e);
	json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(doc);
}
