/*
 * options.h: the option tables and option lookup.
 *
 * parser/options.def has one row per sbatch option (the complete current
 * sbatch set), parser/slurmc_options.def one row per #SLURMC option. Option
 * spellings are data, never grammar tokens: the getopt pass in parser/
 * looks words up here, with getopt_long's rules (exact match, else a unique
 * prefix; an ambiguous prefix lists its candidates) and a "did you mean".
 */
#ifndef SLURMC_OPTIONS_H
#define SLURMC_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

enum opt_arg { ARG_NONE, ARG_REQUIRED, ARG_OPTIONAL };

/* How a value is checked and where it lands (parser/values.h, parser/sema.c). */
enum opt_value {
	V_NONE,       /* a flag */
	V_STRING,     /* kept as given */
	V_INT,        /* a plain integer (>= 0 unless the option says otherwise) */
	V_TIME,       /* time limit */
	V_MEM,        /* memory size, MiB default unit */
	V_NODES,      /* node count or range */
	V_ARRAY,      /* array index spec */
	V_GRES,       /* --gres list */
	V_GPUS,       /* [type:]count */
	V_DEPENDENCY, /* dependency list */
	V_CONSTRAINT, /* feature expression */
	V_PATTERN,    /* file name pattern (%j %A ...) */
	V_MAIL_TYPE,  /* mail type list */
	V_SIGNAL,     /* [{R|B}:]sig[@time] */
	V_BEGIN,      /* begin / deadline time */
	V_EXCLUSIVE,  /* [=user|mcs|topo] */
	V_OPEN_MODE,  /* append|truncate */
	V_EXPORT,     /* ALL|NONE|[ALL,]NAME[=value],... */
	V_NODELIST,   /* hostlist or file name */
	V_LICENSES,   /* name[:count][,|...] */
	V_OTHER       /* checked by a special case in sema.c */
};

/* Row flags. */
enum {
	OF_HET_RESET = 1u << 0, /* does not carry over to the next het component */
	OF_NEWER = 1u << 1,     /* newer than the oracle's Slurm 22.05 */
	OF_PYXIS = 1u << 2,     /* NVIDIA pyxis container plugin option */
	OF_HIDDEN = 1u << 3,    /* accepted by sbatch, not in the man page */
	OF_DEPRECATED = 1u << 4,
	OF_NEGATIVE = 1u << 5,  /* V_INT that may be negative (e.g. --nice) */
};

struct optdesc {
	const char *name;  /* long name, without "--" */
	int short_name;    /* 'N', or 0 */
	enum opt_arg arg;
	const char *env;   /* SBATCH_* input variable, or NULL */
	enum opt_value value;
	unsigned flags;
	const char *help;  /* one line, for --help and the man page */
};

enum opt_id {
#define OPT(id, name, short_name, arg, env, value, flags, help) OPT_##id,
#include "parser/options.def"
#undef OPT
	OPT__COUNT
};

enum slurmc_opt_id {
#define OPT(id, name, short_name, arg, env, value, flags, help) SOPT_##id,
#include "parser/slurmc_options.def"
#undef OPT
	SLURMC_OPT__COUNT
};

extern const struct optdesc sbatch_options[OPT__COUNT];
extern const struct optdesc slurmc_options[SLURMC_OPT__COUNT];

struct opt_table {
	const struct optdesc *rows;
	size_t n;
};

extern const struct opt_table sbatch_table, slurmc_table;

enum opt_lookup { LOOKUP_FOUND, LOOKUP_UNKNOWN, LOOKUP_AMBIGUOUS };

/* Looks up a long option name (without "--", name[0..len)) as getopt_long
 * does: an exact match, else a unique prefix. Options that are aliases of
 * one another (same short name) do not make a prefix ambiguous.
 * On LOOKUP_AMBIGUOUS, cands (room for max) gets the candidates' indices in
 * table order and *ncands their number (which may exceed max). */
enum opt_lookup opt_lookup_long(const struct opt_table *t, const char *name, size_t len,
				int *id, int *cands, size_t max, size_t *ncands);

/* The row index for a short option letter, or -1. */
int opt_lookup_short(const struct opt_table *t, int c);

/* The row index whose env variable is `env`, or -1. */
int opt_lookup_env(const struct opt_table *t, const char *env);

/* The closest long name for a misspelt one, or NULL when nothing is close
 * enough to suggest. Borrowed from the table. */
const char *opt_suggest(const struct opt_table *t, const char *name, size_t len);

#endif
