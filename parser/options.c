/*
 * options.c: the option tables and the lookups the getopt pass uses.
 *
 * The tables are expanded from parser/options.def (sbatch) and
 * parser/slurmc_options.def (#SLURMC); a row's index is its OPT_x / SOPT_x
 * id. Long names are looked up as glibc's getopt_long does: an exact match
 * wins, else a unique prefix; several prefix matches are ambiguous unless
 * they are all one option. Rows are "one option" when they share a short
 * letter or when one is an alias of the other (help text "alias of --x"),
 * which is how getopt_long treats entries with the same value. Candidates
 * are reported in table order. Everything here is read-only and borrowed.
 */
#include "parser/options.h"

#include <string.h>

const struct optdesc sbatch_options[OPT__COUNT] = {
#define OPT(id, name, s, arg, env, value, flags, help) { name, s, arg, env, value, flags, help },
#include "parser/options.def"
#undef OPT
};

const struct optdesc slurmc_options[SLURMC_OPT__COUNT] = {
#define OPT(id, name, s, arg, env, value, flags, help) { name, s, arg, env, value, flags, help },
#include "parser/slurmc_options.def"
#undef OPT
};

const struct opt_table sbatch_table = { sbatch_options, OPT__COUNT };
const struct opt_table slurmc_table = { slurmc_options, SLURMC_OPT__COUNT };

#define ALIAS_PREFIX "alias of --"
#define SUGGEST_MAX 64 /* longest name opt_suggest compares */

/* The row an alias row stands for, or the row itself. */
static size_t canonical(const struct opt_table *t, size_t i)
{
	const char *help = t->rows[i].help;
	size_t plen = sizeof ALIAS_PREFIX - 1;

	if (!help || strncmp(help, ALIAS_PREFIX, plen) != 0)
		return i;
	for (size_t j = 0; j < t->n; j++)
		if (j != i && strcmp(t->rows[j].name, help + plen) == 0)
			return j;
	return i;
}

/* Whether rows i and j are spellings of one option. */
static bool same_option(const struct opt_table *t, size_t i, size_t j)
{
	int si = t->rows[i].short_name, sj = t->rows[j].short_name;

	if (si && si == sj)
		return true;
	return canonical(t, i) == canonical(t, j);
}

enum opt_lookup opt_lookup_long(const struct opt_table *t, const char *name, size_t len,
				int *id, int *cands, size_t max, size_t *ncands)
{
	size_t n = 0, first = 0;
	bool one = true;

	*id = -1;
	if (ncands)
		*ncands = 0;
	if (len == 0)
		return LOOKUP_UNKNOWN;
	for (size_t i = 0; i < t->n; i++) {
		if (strncmp(t->rows[i].name, name, len) != 0)
			continue;
		if (t->rows[i].name[len] == '\0') {
			*id = (int)i;
			return LOOKUP_FOUND;
		}
		/* Options newer than Slurm 22.05 only match in full, so that a
		 * prefix means what it means to 22.05's sbatch ("--res" is
		 * --reservation, not ambiguous with --resv-ports). */
		if (t->rows[i].flags & OF_NEWER)
			continue;
		if (n == 0)
			first = i;
		else if (!same_option(t, first, i))
			one = false;
		if (cands && n < max)
			cands[n] = (int)i;
		n++;
	}
	if (n == 0)
		return LOOKUP_UNKNOWN;
	if (one) {
		*id = (int)first;
		return LOOKUP_FOUND;
	}
	if (ncands)
		*ncands = n;
	return LOOKUP_AMBIGUOUS;
}

int opt_lookup_short(const struct opt_table *t, int c)
{
	int alias = -1;

	if (c == 0)
		return -1;
	for (size_t i = 0; i < t->n; i++) {
		if (t->rows[i].short_name != c)
			continue;
		if (canonical(t, i) == i)
			return (int)i;
		if (alias < 0)
			alias = (int)i;
	}
	return alias;
}

int opt_lookup_env(const struct opt_table *t, const char *env)
{
	if (!env)
		return -1;
	for (size_t i = 0; i < t->n; i++)
		if (t->rows[i].env && strcmp(t->rows[i].env, env) == 0)
			return (int)i;
	return -1;
}

/* Optimal string alignment distance: edits, with adjacent swaps as one. */
static size_t edit_distance(const char *a, size_t m, const char *b, size_t n)
{
	size_t rows[3][SUGGEST_MAX + 1];
	size_t *pp = rows[0], *p = rows[1], *c = rows[2];

	for (size_t j = 0; j <= n; j++)
		p[j] = j;
	for (size_t i = 1; i <= m; i++) {
		c[0] = i;
		for (size_t j = 1; j <= n; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t d = p[j - 1] + cost;
			if (p[j] + 1 < d)
				d = p[j] + 1;
			if (c[j - 1] + 1 < d)
				d = c[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    pp[j - 2] + 1 < d)
				d = pp[j - 2] + 1;
			c[j] = d;
		}
		size_t *tmp = pp;
		pp = p, p = c, c = tmp;
	}
	return p[n];
}

/* How many edits a word of this length may be from what it meant. */
static size_t suggest_limit(size_t len)
{
	return len <= 3 ? 1 : len <= 6 ? 2 : 3;
}

const char *opt_suggest(const struct opt_table *t, const char *name, size_t len)
{
	char word[SUGGEST_MAX];
	const char *best = NULL;
	size_t best_d, limit = suggest_limit(len);

	if (len == 0 || len >= SUGGEST_MAX)
		return NULL;
	/* Case and '_' for '-' are the commonest slips; they cost nothing. */
	for (size_t i = 0; i < len; i++) {
		char ch = name[i];
		word[i] = ch == '_' ? '-' : (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
	}
	best_d = limit + 1;
	for (size_t i = 0; i < t->n; i++) {
		const char *cand = t->rows[i].name;
		size_t n = strlen(cand);
		if (canonical(t, i) != i || n >= SUGGEST_MAX)
			continue; /* suggest what an alias stands for, not the alias */
		if ((n > len ? n - len : len - n) > limit)
			continue;
		size_t d = edit_distance(word, len, cand, n);
		if (d < best_d) {
			best_d = d;
			best = cand;
		}
	}
	return best;
}
