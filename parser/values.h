/*
 * values.h: parsers for sbatch option values, checked as sbatch checks them.
 *
 * Each parser reads one value string (NUL-terminated, as given after
 * quote removal) and either fills its result and returns true, or fills a
 * struct verr and returns false. Errors carry a catalogue id (the formats
 * in stdlib/diag_values.def take the offending text as their one %s), the
 * byte range of the offending part inside the value, and an optional note
 * and hint (full sentences). The parsers print nothing and keep no state.
 * Results that need memory use the arena given.
 */
#ifndef SLURMC_VALUES_H
#define SLURMC_VALUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "stdlib/arena.h"
#include "stdlib/diag.h"

struct verr {
	enum diag_id id;
	size_t off, len;  /* offending part of the value; len 0 = whole value */
	const char *note; /* static or arena-owned, or NULL */
	const char *hint; /* static or arena-owned, or NULL */
};

/* Time limit: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S, UNLIMITED, INFINITE.
 * Result in seconds, rounded up to whole minutes as sbatch does;
 * -1 for UNLIMITED/INFINITE. */
bool val_time(const char *s, int64_t *seconds, struct verr *e);

/* Memory size: N[K|M|G|T] (also KB/MB... as sbatch accepts), no unit = MiB.
 * Result in MiB, rounded up as sbatch does. 0 is allowed (whole node). */
bool val_mem_mb(const char *s, int64_t *mb, struct verr *e);

/* A non-negative integer (or any integer with allow_negative) in [min, max]. */
bool val_int(const char *s, int64_t min, int64_t max, int64_t *out, struct verr *e);

/* --nodes: N, MIN-MAX, or a list of counts (newer Slurm); *max = -1 when no
 * maximum is given. */
bool val_nodes(const char *s, int64_t *min, int64_t *max, struct verr *e);

/* --array: ranges, lists, :step, %throttle. indices sorted, unique, in the
 * arena; *throttle = -1 when none. max_index bounds each index (inclusive). */
struct val_array {
	int64_t *indices;
	size_t count;
	int64_t throttle;
};
bool val_array(struct arena *a, const char *s, int64_t max_index, struct val_array *out,
	       struct verr *e);

/* GPU requests. --gres: a comma list of name[:type][:count][(flags)];
 * only the gpu entry fills the result, other names go to `other` (the
 * remaining gres text, arena-owned, or NULL). --gpus*: [type:]count. */
struct val_gpu {
	bool set;
	const char *type; /* arena-owned, NULL when untyped */
	int64_t count;
};
bool val_gres(struct arena *a, const char *s, struct val_gpu *gpu, const char **other,
	      struct verr *e);
bool val_gpus(struct arena *a, const char *s, struct val_gpu *gpu, struct verr *e);

/* --dependency: type:id[:id...][+delay] terms joined by ',' (and) or '?'
 * (or), plus singleton. Checks the syntax only. */
bool val_dependency(const char *s, struct verr *e);

/* --constraint / --prefer / --cluster-constraint: features joined by '&',
 * '|', ',' with [...] groups and *count. Checks the syntax only. */
bool val_constraint(const char *s, struct verr *e);

/* -o/-e/-i file name patterns: %j %J %A %a %x %u %N %n %t %s %b %%, with an
 * optional width (%5a) and the "\\" literal prefix. */
bool val_pattern(const char *s, struct verr *e);

/* --mail-type: NONE, BEGIN, END, FAIL, REQUEUE, ALL, INVALID_DEPEND,
 * STAGE_OUT, TIME_LIMIT(_90|_80|_50), ARRAY_TASKS; a comma list, case
 * insensitive. Result: enum ir_mail bits (parser/ir.h). */
bool val_mail_type(const char *s, unsigned *mask, struct verr *e);

/* --signal: [{R|B}:]<sig_num>[@sig_time]; names with or without SIG. */
bool val_signal(const char *s, struct verr *e);

/* --begin / --deadline: HH:MM[:SS][AM|PM], MMDD[YY], MM/DD[/YY],
 * MM.DD[.YY], YYYY-MM-DD[THH:MM[:SS]], now[+count[units]], today,
 * tomorrow, midnight, noon, elevenses, fika, teatime. Syntax only. */
bool val_begin(const char *s, struct verr *e);

/* --exclusive[=user|mcs|topo]: s may be NULL (no value). Result:
 * enum ir_exclusive (parser/ir.h). */
bool val_exclusive(const char *s, int *kind, struct verr *e);

/* --open-mode: append|truncate (sbatch reads only the first letter: a..., t...).
 * Result: enum ir_open_mode. */
bool val_open_mode(const char *s, int *mode, struct verr *e);

/* --export: ALL, NONE, or [ALL,|NIL,]NAME[=value],...; checks names. */
bool val_export(const char *s, struct verr *e);

/* --licenses: name[@db][:count] joined by ',' or '|'. */
bool val_licenses(const char *s, struct verr *e);

#endif
