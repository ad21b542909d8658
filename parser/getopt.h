/*
 * getopt.h: sbatch's getopt_long over directive words.
 *
 * Turns a word vector into option occurrences, with getopt_long's rules:
 * "-N2", "-N 2", "--nodes=2", "--nodes 2", flags, optional arguments only
 * in the "=" form, clusters of short flags, unique prefixes of long names.
 * Unknown and ambiguous options, missing or unexpected arguments and stray
 * words are reported at their word and skipped, so every problem of a
 * script is reported in one run.
 */
#ifndef SLURMC_GETOPT_H
#define SLURMC_GETOPT_H

#include "parser/collect.h"
#include "parser/options.h"

enum origin { ORIGIN_CARRIED, ORIGIN_SCRIPT, ORIGIN_ENV, ORIGIN_CMDLINE };

struct occurrence {
	int id;            /* canonical row index (aliases resolved) */
	const char *value; /* NULL for a flag or an absent optional argument */
	struct span at;    /* the option word(s) */
	struct span vat;   /* the value */
	bool exact;        /* vat maps byte for byte onto value */
	enum origin origin;
};

struct occvec {
	struct occurrence *o;
	size_t n, cap;
};

void occvec_push(struct arena *a, struct occvec *v, struct occurrence o);

/* The canonical row for an alias row ("alias of --x" in its help). */
int opt_canonical(const struct opt_table *t, int id);

/* Reads words[0..n) as one argument vector. Returns false if anything was
 * reported as an error. */
bool getopt_words(struct arena *a, struct diag_engine *d, const struct opt_table *t,
		  const struct word *words, size_t n, enum origin origin, struct occvec *out);

#endif
