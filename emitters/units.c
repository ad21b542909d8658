/*
 * units.c: quantity conversions and the node layout (see units.h).
 *
 * The layout follows what Slurm 22.05 does with its default block
 * distribution (slurm-oracle run-cases multi-*): the node count is -N, or
 * enough nodes for -n at --ntasks-per-node (or at the site's node size),
 * else one; every node gets at least one task and the first nodes are
 * filled first, up to --ntasks-per-node or the node's CPUs: -N 2 -n 3
 * gives 2,1 and -N 2 -n 4 gives 3,1. Without -n there is one task per node
 * (--ntasks-per-node tasks with it). --exclusive without -n takes whole
 * nodes when the site knows their size: CPUs / -c tasks on each, and the
 * node's GPUs. --overcommit allocates CPUs as if for one task per node. A
 * pod template is shared by all of a job's pods, so pods are sized for the
 * busiest node.
 */
#include "emitters/units.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *units_mem(struct arena *a, int64_t mib)
{
	static const char *const unit[] = { "Mi", "Gi", "Ti", "Pi" };
	int u = 0;
	while (u < 3 && mib > 0 && mib % 1024 == 0)
		mib /= 1024, u++;
	return arena_printf(a, "%" PRId64 "%s", mib, unit[u]);
}

const char *units_count(struct arena *a, int64_t n)
{
	return arena_printf(a, "%" PRId64, n);
}

const char *units_int(struct arena *a, int64_t n)
{
	return arena_printf(a, "%" PRId64, n);
}

int64_t units_ceil_div(int64_t a, int64_t b)
{
	return b > 0 ? (a + b - 1) / b : a;
}

const char *units_slurm_time(struct arena *a, int64_t s)
{
	if (s < 0)
		return "UNLIMITED";
	int64_t d = s / 86400, h = s / 3600 % 24, m = s / 60 % 60, sec = s % 60;
	if (d > 0)
		return arena_printf(a, "%" PRId64 "-%02" PRId64 ":%02" PRId64 ":%02" PRId64, d, h, m, sec);
	return arena_printf(a, "%02" PRId64 ":%02" PRId64 ":%02" PRId64, h, m, sec);
}

/* The value of an untyped option as a positive integer, or 0. */
static int64_t opt_int(const struct ir_component *c, enum opt_id id)
{
	const struct ir_opt *o = &c->opts[id];
	if (!span_is_set(o->at) || !o->value)
		return 0;
	long long v = strtoll(o->value, NULL, 10);
	return v > 0 ? (int64_t)v : 0;
}

static bool given(const struct ir_component *c, enum opt_id id)
{
	return span_is_set(c->opts[id].at);
}

static bool exclusive(const struct ir_component *c)
{
	return span_is_set(c->exclusive.at) && c->exclusive.v != EXCL_NONE;
}

/* -N, else enough nodes for the tasks, else one. */
static int64_t node_count(const struct ir_component *c, int64_t ntasks, int64_t cap)
{
	if (span_is_set(c->min_nodes.at) && c->min_nodes.v > 0)
		return c->min_nodes.v;
	if (ntasks > 0 && cap > 0)
		return units_ceil_div(ntasks, cap);
	return 1;
}

/* Block distribution of total tasks over n nodes, at most cap a node while
 * the others still get one each; what does not fit goes round-robin. */
static void distribute(int64_t *tasks, int64_t n, int64_t total, int64_t cap)
{
	int64_t left = total;
	for (int64_t i = 0; i < n; i++) {
		int64_t give = left - (n - 1 - i);
		if (cap > 0 && give > cap)
			give = cap;
		tasks[i] = give > 0 ? give : 0;
		left -= tasks[i];
	}
	for (int64_t i = 0; left > 0; i = (i + 1) % n, left--)
		tasks[i]++;
}

/* Tasks and CPUs per node. */
static void place_tasks(struct arena *a, const struct ir_component *c, const struct node_shape *shape,
			struct layout *l)
{
	int64_t tpn = span_is_set(c->tasks_per_node.at) ? c->tasks_per_node.v : 0;
	bool n_given = given(c, OPT_NTASKS) && span_is_set(c->num_tasks.at);
	int64_t node_cap = shape && shape->cpus > 0 ? shape->cpus / l->cpus_per_task : 0;
	if (node_cap < 1 && shape && shape->cpus > 0)
		node_cap = 1;
	int64_t cap = tpn > 0 ? tpn : node_cap;

	l->nnodes_given = span_is_set(c->min_nodes.at) && c->min_nodes.v > 0;
	l->nnodes = node_count(c, n_given ? c->num_tasks.v : 0, cap);
	l->ntasks = n_given ? c->num_tasks.v : (tpn > 0 ? tpn * l->nnodes : l->nnodes);
	if (l->ntasks < 1)
		l->ntasks = 1;
	if (l->ntasks < l->nnodes) /* sbatch: "can't run 2 processes on 4 nodes" */
		l->nnodes = l->ntasks;
	l->ntasks_given = n_given || tpn > 0;
	l->tasks = arena_alloc(a, (size_t)l->nnodes * sizeof *l->tasks);
	l->cpus = arena_alloc(a, (size_t)l->nnodes * sizeof *l->cpus);
	distribute(l->tasks, l->nnodes, l->ntasks, cap);
}

/* GPUs per pod from whichever GPU option the component uses; whole nodes
 * come with their GPUs. */
static void size_gpus(const struct ir_component *c, const struct node_shape *shape, struct layout *l)
{
	const struct ir_gpus *g = &c->gpus;
	if (span_is_set(g->per_node.at)) {
		l->gpus = g->per_node.v;
	} else if (span_is_set(g->per_task.at)) {
		l->gpus = g->per_task.v * l->max_tasks;
	} else if (span_is_set(g->per_job.at)) {
		l->gpus = units_ceil_div(g->per_job.v, l->nnodes);
		l->gpus_rounded = g->per_job.v % l->nnodes != 0;
	} else if (span_is_set(g->per_socket.at)) {
		int64_t sockets = opt_int(c, OPT_SOCKETS_PER_NODE);
		l->gpus = g->per_socket.v * (sockets > 0 ? sockets : 1);
	} else if (exclusive(c) && shape && shape->gpus > 0) {
		l->gpus = shape->gpus;
	}
}

/* CPUs per node: tasks x cpus-per-task (one task with --overcommit),
 * raised by --cpus-per-gpu, --mincpus, and whole nodes. */
static void size_cpus(const struct ir_component *c, const struct node_shape *shape, struct layout *l)
{
	int64_t per_gpu = span_is_set(c->gpus.cpus_per_gpu.at) ? c->gpus.cpus_per_gpu.v : 0;
	int64_t min = opt_int(c, OPT_MINCPUS);
	bool whole = l->whole_nodes, over = given(c, OPT_OVERCOMMIT);
	for (int64_t i = 0; i < l->nnodes; i++) {
		int64_t n = (over ? 1 : l->tasks[i]) * l->cpus_per_task;
		if (per_gpu * l->gpus > n)
			n = per_gpu * l->gpus;
		if (min > n)
			n = min;
		if (whole)
			n = shape->cpus;
		l->cpus[i] = n;
		if (n > l->max_cpus)
			l->max_cpus = n;
	}
}

/* Memory per pod: --mem, else --mem-per-cpu x CPUs, else --mem-per-gpu x GPUs. */
static void size_mem(const struct ir_component *c, struct layout *l)
{
	if (span_is_set(c->mem_per_node_mb.at)) {
		l->mem_mib = c->mem_per_node_mb.v;
		l->mem_whole_node = c->mem_per_node_mb.v == 0;
	} else if (span_is_set(c->mem_per_cpu_mb.at)) {
		l->mem_mib = c->mem_per_cpu_mb.v * l->max_cpus;
	} else if (span_is_set(c->gpus.mem_per_gpu_mb.at)) {
		l->mem_mib = c->gpus.mem_per_gpu_mb.v * l->gpus;
	}
}

void layout_compute(struct arena *a, const struct ir_component *c, const struct node_shape *shape,
		    struct layout *l)
{
	memset(l, 0, sizeof *l);
	l->cpus_per_task = span_is_set(c->cpus_per_task.at) && c->cpus_per_task.v > 0 ? c->cpus_per_task.v : 1;
	place_tasks(a, c, shape, l);
	l->whole_nodes = exclusive(c) && !l->ntasks_given && shape && shape->cpus > 0;
	for (int64_t i = 0; l->whole_nodes && i < l->nnodes; i++) /* Slurm: 4(x2) on 4-CPU nodes */
		l->tasks[i] = shape->cpus / l->cpus_per_task > 0 ? shape->cpus / l->cpus_per_task : 1;
	for (int64_t i = 0; i < l->nnodes; i++) {
		if (l->tasks[i] > l->max_tasks)
			l->max_tasks = l->tasks[i];
		if (l->tasks[i] != l->tasks[0])
			l->uneven = true;
	}
	size_gpus(c, shape, l);
	size_cpus(c, shape, l);
	size_mem(c, l);
}

const char *layout_list(struct arena *a, const int64_t *v, int64_t n)
{
	size_t cap = (size_t)n * 21 + 1, len = 0;
	char *s = arena_alloc(a, cap);
	for (int64_t i = 0; i < n; i++)
		len += (size_t)snprintf(s + len, cap - len, "%s%" PRId64, i ? "," : "", v[i]);
	return s;
}
