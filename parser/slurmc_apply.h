/*
 * slurmc_apply.h: checks one #SLURMC (or pyxis) option value and stores it
 * in the job's struct ir_slurmc.
 *
 * The getopt pass calls these once per option occurrence, in precedence
 * order (script, then SLURMC_* environment, then command line), so a
 * later call overrides an earlier one. Options that may be repeated
 * (slurmc_opt_repeatable) add an item instead; an item with the same key
 * (env name, label key, mount path, ...) replaces the earlier one.
 *
 * `at` is where the value was written: either the value alone or the
 * whole word ending in it ("--label=a=b"); errors then point at the bad
 * field inside the value. Problems are reported to d; the functions return
 * false when they reported an error (warnings still return true).
 */
#ifndef SLURMC_SLURMC_APPLY_H
#define SLURMC_SLURMC_APPLY_H

#include <stdbool.h>

#include "parser/ir.h"
#include "stdlib/diag.h"
#include "stdlib/span.h"

/* One #SLURMC option (enum slurmc_opt_id). value is NULL only for an
 * ARG_OPTIONAL option given without one (--use-spot). */
bool slurmc_apply(struct ir_job *job, int sopt_id, const char *value, struct span at,
		  struct diag_engine *d);

/* One sbatch option with the OF_PYXIS flag (enum opt_id): --container-image
 * (pyxis' registry#image spelling too; a squashfs file is a warning),
 * --container-mounts (hostPath volumes), --container-workdir,
 * --container-name, --[no-]container-mount-home, --container-env (names
 * checked). Other pyxis options are accepted and left to the targets'
 * "cannot express" walk. #SLURMC --image and --volume win over these
 * whatever the order. */
bool pyxis_apply(struct ir_job *job, int opt_id, const char *value, struct span at,
		 struct diag_engine *d);

/* True for the #SLURMC options that add an item per occurrence (--env,
 * --volume, --label, ...): W_OPTION_REPEATED does not apply to them. */
bool slurmc_opt_repeatable(int sopt_id);

#endif
