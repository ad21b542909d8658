/*
 * diag.h: the one diagnostics engine.
 *
 * Every message slurmc can print is a row of the catalogue (diag.def and the
 * files it includes): an id, a severity, a -W name for warnings, and a
 * printf format. Nothing prints where a problem is found: diag_report()
 * records, and diag_render() sorts by source and offset and prints once,
 * as GCC/clang-style text, JSON or SARIF.
 */
#ifndef SLURMC_DIAG_H
#define SLURMC_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "stdlib/span.h"

enum diag_severity { SEV_ERROR, SEV_WARNING, SEV_NOTE };

enum diag_id {
#define DIAG(id, sev, wname, fmt) id,
#include "stdlib/diag.def"
#undef DIAG
	DIAG__COUNT
};

enum diag_format { DIAG_TEXT, DIAG_JSON, DIAG_SARIF };

struct diag_extra {
	enum { EXTRA_NOTE, EXTRA_HINT, EXTRA_FIXIT } kind;
	char *text;       /* caller-owned by the engine */
	struct span at;   /* for notes with a location and fix-its */
};

struct diag {
	enum diag_id id;
	enum diag_severity sev; /* after -Werror */
	struct span at;
	char *message;
	struct diag_extra *extra;
	size_t nextra;
	unsigned seq;
};

struct diag_engine {
	struct diag *list;
	size_t n, cap;
	unsigned errors, warnings;
	bool werror;
	bool disabled[DIAG__COUNT]; /* -Wno-NAME */
	unsigned next_source;
};

void diag_init(struct diag_engine *e);
void diag_free(struct diag_engine *e);

/* Gives src its place in the sort order; call once per source. */
void diag_add_source(struct diag_engine *e, struct source *src);

/* Records a diagnostic with the catalogue's format and the given arguments.
 * Returns the record (borrowed, valid until the next report) for notes and
 * hints, or NULL when the warning is disabled; the helpers accept NULL. */
struct diag *diag_report(struct diag_engine *e, enum diag_id id, struct span at, ...);
void diag_note(struct diag_engine *e, struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_note_at(struct diag_engine *e, struct diag *d, struct span at, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_hint(struct diag_engine *e, struct diag *d, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Suggests replacing the text at `at` with `text`. */
void diag_fixit(struct diag_engine *e, struct diag *d, struct span at, const char *text);

/* -Wno-NAME / -WNAME; false when NAME is not a warning of the catalogue. */
bool diag_set_warning(struct diag_engine *e, const char *name, bool enabled);

/* The catalogue, for tests and documentation. */
const char *diag_id_name(enum diag_id id);
const char *diag_wname(enum diag_id id);
enum diag_severity diag_default_severity(enum diag_id id);
/* "error", "warning" or "note". Static. */
const char *diag_severity_name(enum diag_severity s);

/* Prints every recorded diagnostic, sorted, to out. colour only for text. */
void diag_render(struct diag_engine *e, FILE *out, enum diag_format fmt, bool colour);

#endif
