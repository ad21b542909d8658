/*
 * units.h: Slurm quantities to Kubernetes quantities, and the node layout.
 *
 * Slurm counts memory in MiB, CPUs and GPUs in whole units, time in
 * seconds; Kubernetes wants quantity strings ("4Gi", "8"). Every such
 * conversion is here, and so is the arithmetic that turns a component's
 * nodes, tasks, CPUs, memory and GPUs into what each pod runs and
 * requests, so that every target sizes pods the same way.
 */
#ifndef SLURMC_UNITS_H
#define SLURMC_UNITS_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/ir.h"
#include "stdlib/arena.h"

/* "512Mi", "4Gi", "2Ti": the largest binary unit that divides mib exactly.
 * Arena-owned. */
const char *units_mem(struct arena *a, int64_t mib);
/* A CPU or GPU count as a quantity ("8"). Arena-owned. */
const char *units_count(struct arena *a, int64_t n);
/* An integer as Slurm prints it in environment variables. Arena-owned. */
const char *units_int(struct arena *a, int64_t n);
/* ceil(a / b) for a >= 0, b > 0. */
int64_t units_ceil_div(int64_t a, int64_t b);
/* A time limit as scontrol prints it: "1-02:04:00", "00:30:00", or
 * "UNLIMITED" for a negative value. Arena-owned. */
const char *units_slurm_time(struct arena *a, int64_t seconds);

/* What the site knows about its nodes; 0 = unknown. */
struct node_shape {
	int64_t cpus, gpus;
};

/* A component's layout over its nodes (one pod per node), following
 * Slurm's default block distribution. */
struct layout {
	int64_t nnodes;         /* pods per array task */
	bool nnodes_given;      /* -N was given */
	int64_t ntasks;         /* total tasks */
	bool ntasks_given;      /* -n or --ntasks-per-node given: SLURM_NTASKS is set */
	int64_t cpus_per_task;  /* 1 unless -c (or --cpus-per-gpu) */
	int64_t *tasks;         /* per node, arena-owned, nnodes entries */
	int64_t *cpus;          /* per node */
	int64_t max_tasks;      /* the busiest node's share, what every pod is sized for */
	int64_t max_cpus;
	bool uneven;            /* nodes get different shares */
	bool whole_nodes;       /* --exclusive without -n on nodes of known size */
	int64_t gpus;           /* GPUs per pod */
	bool gpus_rounded;      /* --gpus=N did not divide evenly over the nodes */
	int64_t mem_mib;        /* memory per pod; 0 = no request */
	bool mem_whole_node;    /* --mem=0 */
};

/* Computes the layout of c. shape may be NULL. */
void layout_compute(struct arena *a, const struct ir_component *c, const struct node_shape *shape,
		    struct layout *out);

/* "2,1" / "4,4": a per-node list as the runtime reads it. Arena-owned. */
const char *layout_list(struct arena *a, const int64_t *v, int64_t n);

#endif
