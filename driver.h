/*
 * driver.h: what the driver (slurmc.c) shares with its subcommands
 * (migrate.c): the command line as a source, the sorting of words into
 * sbatch and #SLURMC options, reading a file, and compiling one script
 * exactly as `slurmc SCRIPT` compiles it.
 */
#ifndef SLURMC_DRIVER_H
#define SLURMC_DRIVER_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/frontend.h"
#include "parser/profile.h"

/* Makes *cmdline the "command line" source: argv[1..] joined by blanks.
 * Returns each word's offset in it (index i for argv[i]); arena-owned, as
 * is the text. */
size_t *driver_index_cmdline(struct arena *a, struct source *cmdline, int argc, char **argv);

/* Whether an option word of table t takes the next word as its value. */
bool driver_takes_next(const struct opt_table *t, const char *arg);

/* True when arg is "--name[=...]" for an exact #SLURMC option name. */
bool driver_is_slurmc_option(const char *arg);

/* The value of "NAME=VALUE" when arg is that option, else NULL. Borrowed. */
const char *driver_opt_value(const char *arg, const char *name);

/* Reads a whole file ("-" = standard input). Returns caller-owned text
 * (not NUL-terminated) and its length, or NULL with *err set. */
char *driver_read_file(const char *path, size_t *len, int *err);

/* The job name sbatch would use: the script's file name, "sbatch" for
 * stdin. Borrowed from path. */
const char *driver_script_name(const char *path);

/* Compiles the registered script src (read from path) into manifests for
 * the target that fo and the script choose, with the site profile prof,
 * or the one the script's own #SLURMC --profile names (loaded into a).
 * Returns the job (arena-owned; NULL when the script could not be read at
 * all). *text (caller-owned) and *len are the YAML stream, or NULL and 0
 * when an error was reported to d. */
struct ir_job *driver_compile(struct arena *a, struct diag_engine *d, const struct source *src,
			      const char *path, const struct frontend_opts *fo,
			      const struct profile *prof, char **text, size_t *len);

#endif
