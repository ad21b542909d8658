/*
 * emit.h: the back end's public entry: one IR in, one target's manifests out.
 *
 * Targets are rows of a table (emitters/targets.c): job, kueue, podgroup,
 * jobset, volcano, skypilot. emit() runs the chosen target over the IR,
 * reports what the target cannot express (every option the script set is
 * mapped, approximated with a warning, or dropped with a warning), and
 * returns the whole YAML stream in memory, or nothing when any error was
 * reported, so the driver never prints partial output.
 */
#ifndef SLURMC_EMIT_H
#define SLURMC_EMIT_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/ir.h"
#include "stdlib/diag.h"

struct profile; /* parser/profile.h, once site profiles land */

/* The image a job runs in when neither --image, #SLURMC --image nor
 * pyxis' --container-image says (with a warning). */
#define EMIT_DEFAULT_IMAGE "ubuntu:24.04"

struct emit_options {
	const char *image;          /* --image on the command line; NULL: the script's, else the default */
	const char *namespace_;     /* --namespace; NULL: the script's #SLURMC one, else none */
	const char *source_name;    /* for the slurmc.io/source annotation; NULL: job->script_name */
	const char *slurmc_version; /* for slurmc.io/version; NULL: SLURMC_VERSION */
	const struct profile *profile; /* site profile; NULL: built-in defaults only */
};

/* Compiles job for target into one YAML stream (every document starts with
 * "---", so streams can be concatenated). Returns true and sets *out
 * (caller-owned, NUL-terminated) and *outlen on success; returns false
 * with *out = NULL when this call reported an error to d (unknown target,
 * target not implemented, a warning made an error by -Werror, a YAML
 * writer failure). Warnings go to d either way. job must come from a
 * front end run without errors. */
bool emit(const char *target, const struct ir_job *job, const struct emit_options *o,
	  struct diag_engine *d, char **out, size_t *outlen);

/* Whether name is a target of the table (implemented or not). */
bool emit_target_exists(const char *name);

/* Target names in table order, NULL-terminated, for --help and errors. */
extern const char *const emit_target_names[];

#endif
