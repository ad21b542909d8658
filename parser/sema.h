/*
 * sema.h: from option occurrences to the typed IR of one component.
 *
 * sema_occurrence() checks one occurrence's value as sbatch would when it
 * reads it (so an invalid value is an error even if a later one overrides
 * it) and records it; sema_finish() derives every typed field from the
 * final values and runs the checks that span options (memory options are
 * mutually exclusive, typed and untyped GPUs do not mix, ...).
 */
#ifndef SLURMC_SEMA_H
#define SLURMC_SEMA_H

#include "parser/getopt.h"
#include "parser/ir.h"

/* Per-component bookkeeping beyond the IR. */
struct sema_comp {
	struct ir_component *c;
	enum origin origin[OPT__COUNT]; /* who set opts[i] last */
	bool by_user[OPT__COUNT];       /* set by the script or command line */
	unsigned seq[OPT__COUNT];       /* order in which opts[i] was set */
	unsigned next_seq;
};

void sema_occurrence(struct arena *a, struct diag_engine *d, struct sema_comp *s,
		     const struct occurrence *o);
void sema_finish(struct arena *a, struct diag_engine *d, struct sema_comp *s);

#endif
