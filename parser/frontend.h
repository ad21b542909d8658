/*
 * frontend.h: the front end's entry point: script bytes to a checked IR.
 *
 * Reads one script with sbatch's rules, applies SBATCH_* environment
 * variables and the sbatch options of slurmc's command line with sbatch's
 * precedence (command line > environment > script; later wins), carries
 * options over between het components, and applies #SLURMC lines for the
 * chosen target. Problems go to the diagnostics engine.
 */
#ifndef SLURMC_FRONTEND_H
#define SLURMC_FRONTEND_H

#include "parser/collect.h"
#include "parser/ir.h"

/* The targets a #SLURMC[...] selector may name, NULL-terminated. */
extern const char *const ir_target_names[];

struct frontend_opts {
	const char *target;            /* --target from the command line, or NULL */
	const struct word *sbatch_words; /* sbatch options on the command line */
	size_t nsbatch_words;
	const struct word *slurmc_words; /* #SLURMC options on the command line */
	size_t nslurmc_words;
	char *const *envp;             /* for SBATCH_* and SLURMC_*; NULL = none */
};

/* Reads src (a registered source). Returns NULL when the script cannot be
 * read at all; otherwise the job, arena-owned, which is usable only when the
 * engine recorded no error. */
struct ir_job *frontend_read(struct arena *a, struct diag_engine *d, const struct source *src,
			     const char *script_name, const struct frontend_opts *o);

/* The effective target: --target, $SLURMC_TARGET, the script's #SLURMC
 * --target, else "job". Borrowed. */
const char *frontend_target(const struct ir_job *job);

#endif
