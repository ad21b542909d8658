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
 *
 * Acceptance follows Slurm 22.05 exactly, lax corners included. When sbatch
 * accepts a value that is probably a mistake (trailing text it ignores, a
 * number that wraps around in its 32-bit arithmetic), the parser returns
 * true AND sets e->warn, with id (a W_ row), off/len, note and hint filled
 * as for an error: the caller reports it like an error. Every parser clears
 * *e first, so a zeroed or reused struct verr is fine.
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
	bool warn;        /* on success: id/off/len/note/hint describe a warning */
};

/* Records an error in e and returns false, so that parsers can
 * `return verr_fail(...)`. */
bool verr_fail(struct verr *e, enum diag_id id, size_t off, size_t len, const char *note,
	       const char *hint);

/* Time limit: M, M:S, H:M:S, D-H, D-H:M, D-H:M:S, UNLIMITED, INFINITE.
 * Result in seconds, rounded up to whole minutes as sbatch does;
 * -1 for UNLIMITED/INFINITE, and for 0 (sbatch: no limit). Fields are not
 * range-checked ("1:75:00" is 2h15m); sbatch's 32-bit wrap-around is
 * reproduced, with a warning. For --time and --time-min. */
bool val_time(const char *s, int64_t *seconds, struct verr *e);

/* A duration in seconds, same syntax as val_time but not rounded and 0 stays
 * 0 (sbatch's time_str2secs): --delay-boot, the time after --switches' '@'.
 * -1 for UNLIMITED/INFINITE/-1. */
bool val_time_secs(const char *s, int64_t *seconds, struct verr *e);

/* Memory size: N[K|M|G|T][B], case insensitive, no unit = MiB (--mem,
 * --mem-per-cpu, --mem-per-gpu, --tmp). Result in MiB; K rounds up to whole
 * MiB as sbatch does. 0 is allowed (whole node). */
bool val_mem_mb(const char *s, int64_t *mb, struct verr *e);

/* An integer as sbatch's parse_int reads it (-n, -c, --ntasks-per-*, ...):
 * optional leading blanks and sign, digits, nothing after. Negative values
 * are rejected unless min < 0; the value is cut to 32 bits as sbatch does
 * (with a warning when that changes it) and then checked against
 * [min, max]. parse_int accepts "" as 0, so "" passes when min <= 0. */
bool val_int(const char *s, int64_t min, int64_t max, int64_t *out, struct verr *e);

/* An integer as sbatch's strtoll-without-checks reads it (--nice,
 * --priority): any text after the number, or no number at all (0), is
 * accepted with a warning; only [min, max] is enforced. --nice is
 * [-2147483645, 2147483645]; --priority is [0, 4294967293] (and "TOP",
 * which the caller handles). */
bool val_lax_int(const char *s, int64_t min, int64_t max, int64_t *out, struct verr *e);

/* --nodes: N, MIN-MAX (k and m multiply by 1024 and 1048576), or a list of
 * counts and MIN-MAX:STEP ranges (newer Slurm; accepted with a warning,
 * *min and *max are the smallest and largest count). "N" gives *min = *max = N;
 * *max = -1 when no maximum is given (also for a maximum of 0). */
bool val_nodes(const char *s, int64_t *min, int64_t *max, struct verr *e);

/* --array: ranges, lists, :step, %throttle. indices sorted, unique, in the
 * arena; *throttle = -1 when none. max_index bounds each index and the step
 * (inclusive; MaxArraySize - 1, at most 4000000). count 0 (e.g. ",") means
 * sbatch accepts the value but submits an ordinary job (with a warning). */
struct val_array {
	int64_t *indices;
	size_t count;
	int64_t throttle;
};
bool val_array(struct arena *a, const char *s, int64_t max_index, struct val_array *out,
	       struct verr *e);

/* GPU requests. --gres: "none", or a comma list of [gres:]name[:type][:count]
 * (count with an optional k/m/g/t/p multiplier); only gpu entries fill the
 * result (the last one wins), other names go to `other` (the remaining gres
 * text, arena-owned, or NULL). Names other than gpu are not checked: they
 * depend on the cluster. --gpus*: a comma list of [type:]count; "" leaves
 * gpu->set false. Typed and untyped non-zero requests may not be mixed. */
struct val_gpu {
	bool set;
	const char *type; /* arena-owned, NULL when untyped */
	int64_t count;
};
bool val_gres(struct arena *a, const char *s, struct val_gpu *gpu, const char **other,
	      struct verr *e);
bool val_gpus(struct arena *a, const char *s, struct val_gpu *gpu, struct verr *e);

/* --dependency: type:id[_task][+delay][:id...] terms joined by ',' (and)
 * or '?' (or), singleton, and the old form of a bare job id (afterany).
 * "" and "0" mean no dependency. Checks the syntax only: slurmctld drops
 * dependencies on jobs it does not know. */
bool val_dependency(const char *s, struct verr *e);

/* --constraint / --prefer / --cluster-constraint: features joined by '&',
 * '|', ',' with one [...] group ("&" with a count on every feature, or "|"
 * without counts), (...) groups and *count. Checks the syntax only: which
 * features exist depends on the cluster. */
bool val_constraint(const char *s, struct verr *e);

/* -o/-e/-i file name patterns: %j %J %A %a %x %u %N %n %t %s %b %%, with an
 * optional width (%5a); a backslash anywhere turns expansion off. sbatch
 * accepts any text: an unknown %-sequence only gets a warning. */
bool val_pattern(const char *s, struct verr *e);

/* --mail-type: NONE, BEGIN, END, FAIL, REQUEUE, ALL, INVALID_DEPEND,
 * STAGE_OUT, TIME_LIMIT(_90|_80|_50), ARRAY_TASKS; a comma list, case
 * insensitive. Result: enum ir_mail bits (parser/ir.h). ALL gives the bits
 * Slurm stores for it (INVALID_DEPEND, BEGIN, END, FAIL, REQUEUE, STAGE_OUT),
 * never MAIL_ALL; NONE anywhere gives exactly MAIL_NONE. Unknown words next
 * to a valid one are ignored (with a warning). sbatch ORs the bits of
 * repeated --mail-type options, and a later NONE leaves earlier bits. */
bool val_mail_type(const char *s, unsigned *mask, struct verr *e);

/* --signal: [R][B][R][:]sig[@seconds]: one of sbatch's 16 names (HUP ...
 * XCPU) with or without SIG, or a number cut to 16 bits; seconds 0..65535. */
bool val_signal(const char *s, struct verr *e);

/* --begin / --deadline: HH:MM[:SS][AM|PM], MMDD[YY], MM/DD[/YY],
 * MM.DD[.YY], YYYY-MM-DD[THH:MM[:SS]], now[{+|-}count[units]], today,
 * tomorrow, midnight, noon, fika, teatime, uts<epoch>, combined with blanks
 * (22.05 has no "elevenses"). Syntax only: whether a deadline is in the
 * past depends on the clock. */
bool val_begin(const char *s, struct verr *e);

/* --exclusive[=exclusive|user|mcs|topo|oversubscribe], case insensitive:
 * s may be NULL or "" (plain --exclusive). Result: enum ir_exclusive
 * (parser/ir.h); "oversubscribe" gives EXCL_NONE, which means the job
 * may share nodes as with --oversubscribe. topo is newer than 22.05
 * (accepted, with a warning). */
bool val_exclusive(const char *s, int *kind, struct verr *e);

/* --open-mode: append|truncate (sbatch reads only the first letter: a..., t...).
 * Result: enum ir_open_mode. */
bool val_open_mode(const char *s, int *mode, struct verr *e);

/* --export: ALL, NONE, or [ALL,|NIL,]NAME[=value],...; sbatch accepts any
 * text, so this only warns about names that are not variable names. */
bool val_export(const char *s, struct verr *e);

/* --licenses: name[@db][:count] joined by ',' (or '|', newer Slurm, with a
 * warning; the two may not be mixed). Names are not checked against any
 * cluster. */
bool val_licenses(const char *s, struct verr *e);

#endif
