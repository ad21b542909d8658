/*
 * embedded.h: files compiled into the binary (runtime library, profiles).
 */
#ifndef SLURMC_EMBEDDED_H
#define SLURMC_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *path; /* source path, e.g. "stdlib/runtime/slurm.sh" */
	const char *data; /* NUL-terminated */
	size_t len;
};

/* Terminated by an entry with path NULL. */
extern const struct embedded_file embedded_files[];

/* The file with that path, or NULL. Borrowed, static. */
const struct embedded_file *embedded_find(const char *path);

#endif
