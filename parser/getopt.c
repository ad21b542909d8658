/*
 * getopt.c: getopt_long semantics over directive words.
 *
 * sbatch parses its directives with getopt_long and a "+" option string:
 * the first word that is not an option ends the options, and sbatch then
 * rejects the script ("Invalid directive found in batch script"). Here a
 * stray word is reported and skipped instead, so later problems are found
 * too; the script is rejected either way.
 */
#include "parser/getopt.h"

#include <string.h>

void occvec_push(struct arena *a, struct occvec *v, struct occurrence o)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->o = arena_grow(a, v->o, v->n, v->cap, sizeof *v->o);
	}
	v->o[v->n++] = o;
}

int opt_canonical(const struct opt_table *t, int id)
{
	const char *h = t->rows[id].help;
	static const char tag[] = "alias of --";
	if (!h || strncmp(h, tag, sizeof tag - 1) != 0)
		return id;
	const char *name = h + sizeof tag - 1;
	size_t len = strcspn(name, " ,;)");
	for (size_t i = 0; i < t->n; i++)
		if (strlen(t->rows[i].name) == len && strncmp(t->rows[i].name, name, len) == 0)
			return (int)i;
	return id;
}

struct gstate {
	struct arena *a;
	struct diag_engine *d;
	const struct opt_table *t;
	const struct word *w;
	size_t n, i;
	enum origin origin;
	struct occvec *out;
	bool ok;
};

static struct span sub_span(struct span s, size_t off, size_t len)
{
	return span_make(s.src, s.off + off, len);
}

/* The span of the value after '=' in a raw word; exact when unquoted. */
static struct span value_span(const struct word *w, size_t decoded_eq, bool *exact)
{
	*exact = !w->quoted;
	if (!w->quoted)
		return sub_span(w->at, decoded_eq + 1, w->at.len - decoded_eq - 1);
	const char *raw = w->at.src->text + w->at.off;
	const char *eq = memchr(raw, '=', w->at.len);
	size_t off = eq ? (size_t)(eq - raw) + 1 : 0;
	return sub_span(w->at, off, w->at.len - off);
}

static void emit(struct gstate *g, int id, const char *value, struct span at, struct span vat,
		 bool exact)
{
	struct occurrence o = { opt_canonical(g->t, id), value, at, vat, exact, g->origin };
	occvec_push(g->a, g->out, o);
}

static void report_unknown(struct gstate *g, const char *shown, struct span at,
			   const char *name, size_t len)
{
	struct diag *x = diag_report(g->d, E_UNKNOWN_OPTION, at, shown);
	const char *s = len ? opt_suggest(g->t, name, len) : NULL;
	if (s) {
		diag_hint(g->d, x, "Did you mean \"--%s\"?", s);
		diag_fixit(g->d, x, span_make(at.src, at.off + 2, len), s);
	} else {
		diag_note(g->d, x, "sbatch rejects the script: \"unrecognized option\".");
	}
	g->ok = false;
}

static void report_ambiguous(struct gstate *g, struct span at, const char *shown,
			     const int *cands, size_t nc, size_t max)
{
	struct diag *x = diag_report(g->d, E_AMBIGUOUS_OPTION, at, shown);
	char buf[512];
	size_t o = 0;
	size_t shown_n = nc < max ? nc : max;
	for (size_t i = 0; i < shown_n && o < sizeof buf - 80; i++) {
		const char *sep = i == 0 ? "" : i + 1 == shown_n && nc <= max ? " or " : ", ";
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s--%s", sep,
				      g->t->rows[cands[i]].name);
	}
	diag_note(g->d, x, "It could be %s%s.", buf, nc > max ? ", ..." : "");
	diag_hint(g->d, x, "Write the option name in full.");
	g->ok = false;
}

static void report_missing(struct gstate *g, struct span at, const char *shown)
{
	struct diag *x = diag_report(g->d, E_MISSING_ARGUMENT, at, shown);
	diag_hint(g->d, x, "Give a value, as in \"%s%sVALUE\".", shown, shown[1] == '-' ? "=" : " ");
	g->ok = false;
}

/* "--name[=value]" or "--name value". */
static void long_option(struct gstate *g)
{
	const struct word *w = &g->w[g->i++];
	const char *name = w->text + 2;
	const char *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	int id, cands[16];
	size_t nc;
	enum opt_lookup r = opt_lookup_long(g->t, name, len, &id, cands, 16, &nc);
	char *shown = arena_strndup(g->a, w->text, len + 2);
	if (r == LOOKUP_UNKNOWN) {
		report_unknown(g, shown, w->at, name, len);
		/* "--bogus value": take the next word as its value, not as stray. */
		if (!eq && g->i < g->n && g->w[g->i].text[0] != '-')
			g->i++;
		return;
	}
	if (r == LOOKUP_AMBIGUOUS) {
		report_ambiguous(g, w->at, shown, cands, nc, 16);
		return;
	}
	const struct optdesc *row = &g->t->rows[id];
	char *full = arena_printf(g->a, "--%s", row->name);
	bool exact;
	if (row->arg == ARG_NONE) {
		if (eq) {
			struct diag *x = diag_report(g->d, E_UNEXPECTED_ARGUMENT, w->at, full);
			diag_hint(g->d, x, "Write \"%s\" alone.", full);
			g->ok = false;
			return;
		}
		emit(g, id, NULL, w->at, w->at, true);
	} else if (eq) {
		struct span vat = value_span(w, (size_t)(eq - w->text), &exact);
		emit(g, id, eq + 1, w->at, vat, exact);
	} else if (row->arg == ARG_OPTIONAL) {
		emit(g, id, NULL, w->at, w->at, true);
	} else if (g->i < g->n) {
		const struct word *v = &g->w[g->i++];
		emit(g, id, v->text, w->at, v->at, !v->quoted);
	} else {
		report_missing(g, w->at, full);
	}
}

/* "-abc", "-N2", "-N 2": a cluster of short options. */
static void short_options(struct gstate *g)
{
	const struct word *w = &g->w[g->i++];
	size_t len = strlen(w->text);
	for (size_t j = 1; j < len; j++) {
		struct span at = w->quoted ? w->at : sub_span(w->at, j - 1, 2);
		int id = opt_lookup_short(g->t, (unsigned char)w->text[j]);
		if (id < 0) {
			char *shown = arena_printf(g->a, "-%c", w->text[j]);
			report_unknown(g, shown, at, NULL, 0);
			return;
		}
		const struct optdesc *row = &g->t->rows[id];
		if (row->arg == ARG_NONE) {
			emit(g, id, NULL, at, at, true);
			continue;
		}
		if (j + 1 < len) {
			struct span vat = w->quoted ? w->at : sub_span(w->at, j + 1, len - j - 1);
			emit(g, id, w->text + j + 1, at, vat, !w->quoted);
		} else if (row->arg == ARG_OPTIONAL) {
			emit(g, id, NULL, at, at, true);
		} else if (g->i < g->n) {
			const struct word *v = &g->w[g->i++];
			emit(g, id, v->text, at, v->at, !v->quoted);
		} else {
			report_missing(g, at, arena_printf(g->a, "-%c", w->text[j]));
		}
		return;
	}
}

static void stray(struct gstate *g, const struct word *w)
{
	struct diag *x = diag_report(g->d, E_STRAY_WORD, w->at, w->text);
	const char *raw = w->at.src->text;
	if (w->at.off > 0 && raw[w->at.off - 1] == ' ' && w->at.off >= 2 &&
	    raw[w->at.off - 2] == '\\') {
		diag_note(g->d, x, "A backslash does not keep a blank inside a word: the word ends at the blank.");
		diag_hint(g->d, x, "Put the whole value in quotes instead.");
	} else {
		diag_note(g->d, x, "Every word of a directive must be an option or an option's value.");
	}
	g->ok = false;
}

bool getopt_words(struct arena *a, struct diag_engine *d, const struct opt_table *t,
		  const struct word *words, size_t n, enum origin origin, struct occvec *out)
{
	struct gstate g = { a, d, t, words, n, 0, origin, out, true };
	while (g.i < g.n) {
		const struct word *w = &g.w[g.i];
		if (strcmp(w->text, "--") == 0) {
			/* The end of options: whatever follows is stray. */
			g.i++;
			if (g.i < g.n)
				stray(&g, &g.w[g.i]);
			break;
		}
		if (w->text[0] == '-' && w->text[1] == '-')
			long_option(&g);
		else if (w->text[0] == '-' && w->text[1])
			short_options(&g);
		else {
			stray(&g, w);
			g.i++;
		}
	}
	return g.ok;
}
