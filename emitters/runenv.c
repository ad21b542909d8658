/*
 * runenv.c: the environment contract between the compiled job and the
 * runtime library (stdlib/runtime/README.md).
 *
 * The runtime turns SLURMC_* variables into the SLURM_* ones a batch step
 * sees. A variable is set only when the script set what it comes from (as
 * Slurm sets SLURM_NTASKS only for -n or --ntasks-per-node), so output
 * stays small; the layout lists are always set. Values are literal: the
 * Kubernetes writers escape them for $(VAR) expansion.
 *
 * --export: "NAME=value" items become the job's own variables; bare NAME
 * items would take their value from the submission environment, which a
 * pod does not have, so they are dropped with a warning. ALL (the
 * default) means the container's own environment; NONE and NIL are passed
 * on in SLURMC_EXPORT for the runtime to apply as Slurm does.
 */
#include "emitters/target.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends one variable, or reuses the one of that name. */
static struct env_var *add(struct emit_ctx *cx, struct env_list *l, const char *name)
{
	for (size_t i = 0; i < l->n; i++) {
		if (strcmp(l->v[i].name, name) == 0) {
			memset(&l->v[i], 0, sizeof l->v[i]);
			l->v[i].name = name;
			return &l->v[i];
		}
	}
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;
		l->v = arena_grow(cx->arena, l->v, l->n, cap, sizeof *l->v);
		l->cap = cap;
	}
	struct env_var *v = &l->v[l->n++];
	memset(v, 0, sizeof *v);
	v->name = name;
	return v;
}

static void add_str(struct emit_ctx *cx, struct env_list *l, const char *name, const char *value)
{
	if (value)
		add(cx, l, name)->value = value;
}

/* A number from the IR, when set. */
static void add_int(struct emit_ctx *cx, struct env_list *l, const char *name, const ir_int *v)
{
	if (span_is_set(v->at))
		add_str(cx, l, name, units_int(cx->arena, v->v));
}

/* An option's value as given, when set. */
static void add_opt(struct emit_ctx *cx, struct env_list *l, const char *name, enum opt_id id)
{
	const struct ir_opt *o = &cx->comp->opts[id];
	if (span_is_set(o->at) && o->value)
		add_str(cx, l, name, o->value);
}

static const char *lower(struct emit_ctx *cx, const char *s)
{
	char *t = arena_strdup(cx->arena, s);
	for (char *p = t; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return t;
}

/* Appends text to a growing caller-owned buffer. */
static void buf_add(char **buf, size_t *len, size_t *cap, const char *text)
{
	size_t n = strlen(text);
	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		*buf = xrealloc(*buf, *cap);
	}
	memcpy(*buf + *len, text, n + 1);
	*len += n;
}

/* The task ids by position, evenly spaced runs of three or more written as
 * "a-b" or "a-b:step" (the runtime expands them in order), so that a large
 * array stays one short variable. */
const char *runenv_array_ids(struct emit_ctx *cx)
{
	if (cx->array_ids)
		return cx->array_ids; /* the limit check and the env both ask */
	const struct ir_array *a = &cx->comp->array;
	const int64_t *v = a->indices;
	size_t n = a->count, len = 0, cap = 0;
	char *buf = NULL, item[64];
	buf_add(&buf, &len, &cap, "");
	for (size_t i = 0; i < n;) {
		size_t j = i;
		int64_t gap = i + 1 < n ? v[i + 1] - v[i] : 0;
		while (j + 1 < n && v[j + 1] - v[j] == gap)
			j++;
		if (j - i >= 2) {
			snprintf(item, sizeof item, gap == 1 ? "%s%lld-%lld" : "%s%lld-%lld:%lld",
				 i ? "," : "", (long long)v[i], (long long)v[j], (long long)gap);
			i = j + 1;
		} else {
			snprintf(item, sizeof item, "%s%lld", i ? "," : "", (long long)v[i]);
			i++;
		}
		buf_add(&buf, &len, &cap, item);
	}
	cx->array_ids = arena_strdup(cx->arena, buf);
	free(buf);
	return cx->array_ids;
}

/* SLURM_ARRAY_TASK_STEP: the common gap of the indices, else 1. */
static int64_t array_step(const struct ir_array *a)
{
	if (a->count < 2)
		return 1;
	int64_t gap = a->indices[1] - a->indices[0];
	for (size_t i = 2; i < a->count; i++)
		if (a->indices[i] - a->indices[i - 1] != gap)
			return 1;
	return gap;
}

/* The node layout: SLURMC_NNODES ... SLURMC_CPUS_PER_TASK. */
static void layout_vars(struct emit_ctx *cx, struct env_list *l)
{
	const struct layout *lay = &cx->layout;
	const struct ir_component *c = cx->comp;
	add_str(cx, l, "SLURMC_NNODES", units_int(cx->arena, lay->nnodes));
	if (lay->ntasks_given)
		add_str(cx, l, "SLURMC_NTASKS", units_int(cx->arena, lay->ntasks));
	add_str(cx, l, "SLURMC_TASKS_PER_NODE_LIST", layout_list(cx->arena, lay->tasks, lay->nnodes));
	add_str(cx, l, "SLURMC_CPUS_ON_NODE_LIST", layout_list(cx->arena, lay->cpus, lay->nnodes));
	add_int(cx, l, "SLURMC_NTASKS_PER_NODE", &c->tasks_per_node);
	add_int(cx, l, "SLURMC_CPUS_PER_TASK", &c->cpus_per_task);
}

/* Memory and GPUs. */
static void resource_vars(struct emit_ctx *cx, struct env_list *l)
{
	const struct ir_component *c = cx->comp;
	add_int(cx, l, "SLURMC_MEM_PER_NODE", &c->mem_per_node_mb);
	add_int(cx, l, "SLURMC_MEM_PER_CPU", &c->mem_per_cpu_mb);
	add_int(cx, l, "SLURMC_MEM_PER_GPU", &c->gpus.mem_per_gpu_mb);
	if (cx->layout.gpus > 0)
		add_str(cx, l, "SLURMC_GPUS_ON_NODE", units_int(cx->arena, cx->layout.gpus));
	add_opt(cx, l, "SLURMC_GPUS_PER_NODE", OPT_GPUS_PER_NODE);
	add_opt(cx, l, "SLURMC_GPUS_PER_TASK", OPT_GPUS_PER_TASK);
	add_opt(cx, l, "SLURMC_GPUS", OPT_GPUS);
	add_opt(cx, l, "SLURMC_GRES", OPT_GRES);
	add_int(cx, l, "SLURMC_CPUS_PER_GPU", &c->gpus.cpus_per_gpu);
}

/* SLURM_JOB_PARTITION: the partition the site profile picked, else the
 * first of -p's list (Slurm runs the job in one of them). */
static const char *partition(struct emit_ctx *cx)
{
	const char *p = cx->comp->partition.v;
	if (cx->site.partition)
		return cx->site.partition->name;
	return p ? arena_strndup(cx->arena, p, strcspn(p, ",")) : NULL;
}

/* SLURM_CLUSTER_NAME: the first of -M's clusters. */
static const char *cluster(struct emit_ctx *cx)
{
	const struct ir_opt *m = &cx->comp->opts[OPT_CLUSTERS];
	if (!span_is_set(m->at))
		m = &cx->comp->opts[OPT_CLUSTER];
	if (!span_is_set(m->at) || !m->value)
		return NULL;
	return arena_strndup(cx->arena, m->value, strcspn(m->value, ","));
}

/* Account, QOS, partition, export, exclusive, directories, cluster, time. */
static void job_vars(struct emit_ctx *cx, struct env_list *l)
{
	static const char *const excl[] = { NULL, "exclusive", "user", "mcs", "topo" };
	const struct ir_component *c = cx->comp;
	if (c->account.v)
		add_str(cx, l, "SLURMC_ACCOUNT", lower(cx, c->account.v));
	add_str(cx, l, "SLURMC_QOS", c->qos.v);
	add_str(cx, l, "SLURMC_PARTITION", partition(cx));
	if (c->export_env.v && strcmp(c->export_env.v, "ALL") != 0)
		add_str(cx, l, "SLURMC_EXPORT", c->export_env.v);
	if (span_is_set(c->exclusive.at) && c->exclusive.v > EXCL_NONE && c->exclusive.v <= EXCL_TOPO)
		add_str(cx, l, "SLURMC_EXCLUSIVE", excl[c->exclusive.v]);
	if (span_is_set(c->opts[OPT_OVERCOMMIT].at))
		add_str(cx, l, "SLURMC_OVERCOMMIT", "1");
	add_str(cx, l, "SLURMC_SUBMIT_DIR", cx->job->slurmc.container_workdir.v);
	add_str(cx, l, "SLURMC_CLUSTER_NAME", cluster(cx));
	if (span_is_set(cx->site.time_limit_s.at))
		add_str(cx, l, "SLURMC_TIME_LIMIT", units_slurm_time(cx->arena, cx->site.time_limit_s.v));
}

/* SLURMC_ARRAY_*: the task ids by position, and what Slurm derives. */
static void array_vars(struct emit_ctx *cx, struct env_list *l)
{
	const struct ir_array *a = &cx->comp->array;
	if (!span_is_set(a->at) || a->count == 0)
		return;
	add_str(cx, l, "SLURMC_ARRAY_TASK_IDS", runenv_array_ids(cx));
	add_str(cx, l, "SLURMC_ARRAY_MIN", units_int(cx->arena, a->indices[0]));
	add_str(cx, l, "SLURMC_ARRAY_MAX", units_int(cx->arena, a->indices[a->count - 1]));
	add_str(cx, l, "SLURMC_ARRAY_STEP", units_int(cx->arena, array_step(a)));
	add_str(cx, l, "SLURMC_ARRAY_COUNT", units_int(cx->arena, (int64_t)a->count));
}

/* One --export item: NAME=value becomes a variable, others are reported. */
static void export_item(struct emit_ctx *cx, struct env_list *l, const char *item, size_t n)
{
	struct span at = cx->comp->export_env.at;
	const char *eq = memchr(item, '=', n);
	char *name = arena_strndup(cx->arena, item, eq ? (size_t)(eq - item) : n);
	if ((!eq && (strcmp(name, "ALL") == 0 || strcmp(name, "NONE") == 0 ||
		     strcmp(name, "NIL") == 0)) || n == 0)
		return;
	if (!name_env_ok(name))
		diag_report(cx->diag, W_ENV_NAME, at, name);
	else if (!eq)
		diag_report(cx->diag, W_EXPORT_FROM_SUBMIT, at, name);
	else
		add_str(cx, l, name, arena_strndup(cx->arena, eq + 1, n - (size_t)(eq + 1 - item)));
}

/* --export's comma list, item by item. */
static void export_vars(struct emit_ctx *cx, struct env_list *l)
{
	const char *s = cx->comp->export_env.v;
	while (s && *s) {
		const char *comma = strchr(s, ',');
		size_t n = comma ? (size_t)(comma - s) : strlen(s);
		export_item(cx, l, s, n);
		s = comma ? comma + 1 : NULL;
	}
}

/* #SLURMC --env: NAME=VALUE, NAME=secret:S/K, NAME=configMap:M/K. */
static void slurmc_env_vars(struct emit_ctx *cx, struct env_list *l)
{
	const struct ir_slurmc *s = &cx->job->slurmc;
	for (size_t i = 0; i < s->nenv; i++) {
		const char *v = s->env[i].value ? s->env[i].value : "";
		bool secret = strncmp(v, "secret:", 7) == 0, cm = strncmp(v, "configMap:", 10) == 0;
		const char *ref = secret ? v + 7 : cm ? v + 10 : NULL, *slash = ref ? strchr(ref, '/') : NULL;
		struct env_var *e = add(cx, l, s->env[i].key);
		if (!slash) {
			e->value = v;
			continue;
		}
		e->secret = arena_strndup(cx->arena, ref, (size_t)(slash - ref));
		e->key = slash + 1;
		e->config_map = cm;
	}
}

void runenv_build(struct emit_ctx *cx, const char *backend, const char *uid_field, struct env_list *l)
{
	memset(l, 0, sizeof *l);
	add_str(cx, l, "SLURMC_BACKEND", backend);
	add_str(cx, l, "SLURMC_JOB_NAME", cx->job_name);
	if (uid_field)
		add(cx, l, "SLURMC_JOB_UID")->field = uid_field;
	add(cx, l, "SLURMC_POD_IP")->field = "status.podIP";
	layout_vars(cx, l);
	resource_vars(cx, l);
	job_vars(cx, l);
	array_vars(cx, l);
	if (cx->indexed)
		add_str(cx, l, "SLURMC_HOST_PREFIX", cx->name);
	if (cx->layout.nnodes > 1)
		add_str(cx, l, "SLURMC_SUBDOMAIN", cx->name);
	export_vars(cx, l);
	slurmc_env_vars(cx, l);
	if (cx->job->slurmc.trace_env.v)
		add_str(cx, l, "SLURMC_TRACE_ENV", "1");
}
