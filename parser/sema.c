/*
 * sema.c: typed values for one het component, checked as sbatch checks them.
 *
 * Each occurrence is checked when it is read, as sbatch calls an option's
 * handler for every occurrence; the typed fields are then derived once from
 * the final value of each option, using the order in which options were set
 * where two options write one field (--requeue / --no-requeue).
 */
#include "parser/sema.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "parser/values.h"

#define MAX_ARRAY_INDEX 100000 /* MaxArraySize 100001: indices 0..100000 */

/* Reports a value error at the offending part of the value. */
static void value_error(struct arena *a, struct diag_engine *d, const struct occurrence *o,
			const struct verr *e)
{
	const char *v = o->value ? o->value : "";
	size_t vlen = strlen(v);
	size_t off = e->off <= vlen ? e->off : 0;
	size_t len = e->len && off + e->len <= vlen ? e->len : vlen - off;
	bool whole = e->len == 0 || !o->exact;
	struct span at = whole ? o->vat : span_make(o->vat.src, o->vat.off + off, len);
	const char *shown = e->len ? arena_strndup(a, v + off, len) : v;
	struct diag *x = diag_report(d, e->id, at, shown);
	if (e->note)
		diag_note(d, x, "%s", e->note);
	if (e->hint)
		diag_hint(d, x, "%s", e->hint);
}

/* Bounds for V_INT options; counts of things start at 1. */
static void int_bounds(int id, int64_t *min, int64_t *max)
{
	*min = 0;
	*max = INT32_MAX;
	switch (id) {
	case OPT_NTASKS:
	case OPT_CPUS_PER_TASK:
	case OPT_NTASKS_PER_NODE:
	case OPT_NTASKS_PER_CORE:
	case OPT_THREADS_PER_CORE:
	case OPT_CPUS_PER_GPU:
		*min = 1;
		break;
	case OPT_NICE:
		*min = -2147483645;
		*max = 2147483645;
		break;
	default:
		if (sbatch_options[id].flags & OF_NEGATIVE)
			*min = INT32_MIN;
		break;
	}
}

/* An integer option's value: --nice and --priority are read as loosely
 * as sbatch reads them ("TOP" is --priority's own word). */
static bool int_value(int id, const char *v, int64_t *n, struct verr *e)
{
	int64_t lo, hi;
	int_bounds(id, &lo, &hi);
	if (id == OPT_PRIORITY && strcasecmp(v, "TOP") == 0) {
		memset(e, 0, sizeof *e);
		*n = 4294967293;
		return true;
	}
	if (id == OPT_NICE || id == OPT_PRIORITY)
		return val_lax_int(v, lo, id == OPT_PRIORITY ? 4294967293 : hi, n, e);
	return val_int(v, lo, hi, n, e);
}

/* Checks one value by its kind; true when it is valid. */
static bool check_value(struct arena *a, const struct occurrence *o, struct verr *e)
{
	const char *v = o->value;
	int64_t i1, i2;
	unsigned m;
	int k;
	struct val_array arr;
	struct val_gpu g;
	const char *other;
	if (!v)
		return true;
	switch (sbatch_options[o->id].value) {
	case V_TIME:
		return o->id == OPT_DELAY_BOOT ? val_time_secs(v, &i1, e) : val_time(v, &i1, e);
	case V_MEM: return val_mem_mb(v, &i1, e);
	case V_INT: return int_value(o->id, v, &i1, e);
	case V_NODES: return val_nodes(v, &i1, &i2, e);
	case V_ARRAY: return val_array(a, v, MAX_ARRAY_INDEX, &arr, e);
	case V_GRES: return val_gres(a, v, &g, &other, e);
	case V_GPUS: return val_gpus(a, v, &g, e);
	case V_DEPENDENCY: return val_dependency(v, e);
	case V_CONSTRAINT: return val_constraint(v, e);
	case V_PATTERN: return val_pattern(v, e);
	case V_MAIL_TYPE: return val_mail_type(v, &m, e);
	case V_SIGNAL: return val_signal(v, e);
	case V_BEGIN: return val_begin(v, e);
	case V_EXCLUSIVE: return val_exclusive(v, &k, e);
	case V_OPEN_MODE: return val_open_mode(v, &k, e);
	case V_EXPORT: return val_export(v, e);
	case V_LICENSES: return val_licenses(v, e);
	default: return true;
	}
}

/* sbatch ORs each --mail-type into the ones before it; NONE adds nothing
 * once a type is set. */
static void add_mail(struct sema_comp *s, const struct occurrence *o)
{
	struct verr e;
	unsigned m = 0;
	ir_int *f = &s->c->mail_type;
	val_mail_type(o->value, &m, &e);
	if (span_is_set(f->at) && (m & MAIL_NONE) && f->v && !((unsigned)f->v & MAIL_NONE))
		m = 0;
	else if (span_is_set(f->at) && ((unsigned)f->v & MAIL_NONE))
		f->v = 0;
	f->v = (int64_t)((unsigned)f->v | m);
	f->at = o->vat;
}

void sema_occurrence(struct arena *a, struct diag_engine *d, struct sema_comp *s,
		     const struct occurrence *o)
{
	struct verr e = { 0 };
	if (!check_value(a, o, &e)) {
		value_error(a, d, o, &e);
		return;
	}
	if (e.warn)
		value_error(a, d, o, &e);
	if (o->id == OPT_MAIL_TYPE && o->value)
		add_mail(s, o);
	if ((sbatch_options[o->id].flags & OF_NEWER) && o->origin == ORIGIN_SCRIPT) {
		struct diag *x = diag_report(d, W_NEWER_OPTION, o->at,
					     arena_printf(a, "--%s", sbatch_options[o->id].name));
		diag_note(d, x, "Slurm 22.05 stops with \"unrecognized option\"; newer Slurm accepts it.");
	}
	struct ir_opt *slot = &s->c->opts[o->id];
	if (o->origin == ORIGIN_SCRIPT && s->origin[o->id] == ORIGIN_SCRIPT &&
	    span_is_set(slot->at) && slot->value && o->value && strcmp(slot->value, o->value)) {
		struct diag *x = diag_report(d, W_OPTION_REPEATED, o->at,
					     arena_printf(a, "--%s", sbatch_options[o->id].name),
					     o->value);
		diag_note_at(d, x, slot->at, "The earlier value \"%s\" is set here.", slot->value);
	}
	slot->value = o->value;
	slot->at = o->vat;
	s->origin[o->id] = o->origin;
	s->by_user[o->id] = o->origin == ORIGIN_SCRIPT || o->origin == ORIGIN_CMDLINE ||
			    (o->origin == ORIGIN_CARRIED && s->by_user[o->id]);
	s->seq[o->id] = ++s->next_seq;
}

/* ---- deriving typed fields ------------------------------------------- */

static const struct { int id; size_t field; } str_fields[] = {
	{ OPT_JOB_NAME, offsetof(struct ir_component, name) },
	{ OPT_PARTITION, offsetof(struct ir_component, partition) },
	{ OPT_ACCOUNT, offsetof(struct ir_component, account) },
	{ OPT_QOS, offsetof(struct ir_component, qos) },
	{ OPT_DEPENDENCY, offsetof(struct ir_component, dependency) },
	{ OPT_CONSTRAINT, offsetof(struct ir_component, constraint) },
	{ OPT_PREFER, offsetof(struct ir_component, prefer) },
	{ OPT_NODELIST, offsetof(struct ir_component, nodelist) },
	{ OPT_EXCLUDE, offsetof(struct ir_component, exclude) },
	{ OPT_CHDIR, offsetof(struct ir_component, work_dir) },
	{ OPT_OUTPUT, offsetof(struct ir_component, stdout_pattern) },
	{ OPT_ERROR, offsetof(struct ir_component, stderr_pattern) },
	{ OPT_INPUT, offsetof(struct ir_component, stdin_pattern) },
	{ OPT_MAIL_USER, offsetof(struct ir_component, mail_user) },
	{ OPT_EXPORT, offsetof(struct ir_component, export_env) },
	{ OPT_SIGNAL, offsetof(struct ir_component, signal) },
	{ OPT_BEGIN, offsetof(struct ir_component, begin) },
	{ OPT_DEADLINE, offsetof(struct ir_component, deadline) },
	{ OPT_COMMENT, offsetof(struct ir_component, comment) },
	{ OPT_RESERVATION, offsetof(struct ir_component, reservation) },
	{ OPT_LICENSES, offsetof(struct ir_component, licenses) },
	{ OPT_WCKEY, offsetof(struct ir_component, wckey) },
};

static const struct { int id; size_t field; } num_fields[] = {
	{ OPT_TIME, offsetof(struct ir_component, time_limit_s) },
	{ OPT_TIME_MIN, offsetof(struct ir_component, time_min_s) },
	{ OPT_NTASKS, offsetof(struct ir_component, num_tasks) },
	{ OPT_NTASKS_PER_NODE, offsetof(struct ir_component, tasks_per_node) },
	{ OPT_CPUS_PER_TASK, offsetof(struct ir_component, cpus_per_task) },
	{ OPT_TMP, offsetof(struct ir_component, tmp_disk_mb) },
	{ OPT_NICE, offsetof(struct ir_component, nice) },
};

static bool is_set(const struct sema_comp *s, int id)
{
	return span_is_set(s->c->opts[id].at);
}

/* Parses an already checked numeric value of option id. */
static int64_t number_of(const struct sema_comp *s, int id)
{
	struct verr e;
	const char *v = s->c->opts[id].value;
	int64_t n = 0;
	switch (sbatch_options[id].value) {
	case V_TIME: val_time(v, &n, &e); break;
	case V_MEM: val_mem_mb(v, &n, &e); break;
	default:
		if (id == OPT_NICE && (!v || !*v))
			return 100; /* --nice alone or empty: sbatch's default adjustment */
		int_value(id, v, &n, &e);
		break;
	}
	return n;
}

/* slurmctld stores a feature list's "," (and) as "&". */
static void normalise_features(ir_str *f, struct arena *a)
{
	if (!f->v || !strchr(f->v, ','))
		return;
	char *v = arena_strdup(a, f->v);
	for (char *p = v; *p; p++)
		if (*p == ',')
			*p = '&';
	f->v = v;
}

static void derive_simple(struct arena *a, struct sema_comp *s)
{
	char *base = (char *)s->c;
	for (size_t i = 0; i < sizeof str_fields / sizeof *str_fields; i++) {
		int id = str_fields[i].id;
		if (!is_set(s, id))
			continue;
		const char *v = s->c->opts[id].value ? s->c->opts[id].value : "";
		/* slurmctld stores these empty values as "not set". */
		if (!*v && (id == OPT_ACCOUNT || id == OPT_RESERVATION || id == OPT_LICENSES ||
			    id == OPT_COMMENT || id == OPT_CONSTRAINT || id == OPT_PREFER))
			continue;
		ir_str *f = (ir_str *)(base + str_fields[i].field);
		f->v = v;
		f->at = s->c->opts[id].at;
	}
	normalise_features(&s->c->constraint, a);
	normalise_features(&s->c->prefer, a);
	for (size_t i = 0; i < sizeof num_fields / sizeof *num_fields; i++) {
		int id = num_fields[i].id;
		if (!is_set(s, id) || (!s->c->opts[id].value && id != OPT_NICE))
			continue;
		ir_int *f = (ir_int *)(base + num_fields[i].field);
		f->v = number_of(s, id);
		f->at = s->c->opts[id].at;
	}
}

static void derive_nodes(struct sema_comp *s)
{
	struct verr e;
	int64_t min, max;
	if (!is_set(s, OPT_NODES) || !val_nodes(s->c->opts[OPT_NODES].value, &min, &max, &e))
		return;
	/* sbatch gives a job no more nodes than tasks. */
	if (span_is_set(s->c->num_tasks.at) && s->c->num_tasks.v > 0) {
		int64_t n = s->c->num_tasks.v;
		if (min > n)
			min = n;
		if (max > n || max < 0)
			max = max < 0 && min <= n ? -1 : n;
	}
	s->c->min_nodes = (ir_int){ min, s->c->opts[OPT_NODES].at };
	s->c->max_nodes = (ir_int){ max < 0 ? min : max, s->c->opts[OPT_NODES].at };
}

/* The memory options exclude one another when the script or the command
 * line sets two; one from the environment yields to one set by the user. */
static void derive_memory(struct diag_engine *d, struct sema_comp *s)
{
	static const int ids[] = { OPT_MEM, OPT_MEM_PER_CPU, OPT_MEM_PER_GPU };
	int user[3], nuser = 0, last = -1;
	for (int i = 0; i < 3; i++) {
		if (!is_set(s, ids[i]))
			continue;
		if (s->by_user[ids[i]])
			user[nuser++] = ids[i];
		if (last < 0 || s->seq[ids[i]] > s->seq[last])
			last = ids[i];
	}
	if (nuser >= 2) {
		int a = user[0], b = user[1];
		if (s->seq[a] > s->seq[b]) {
			a = user[1];
			b = user[0];
		}
		struct diag *x = diag_report(d, E_MEM_EXCLUSIVE, s->c->opts[b].at);
		diag_note_at(d, x, s->c->opts[a].at, "--%s is set here.", sbatch_options[a].name);
		diag_hint(d, x, "Keep only one memory option.");
		return;
	}
	int nset = 0;
	for (int i = 0; i < 3; i++)
		nset += is_set(s, ids[i]);
	if (nuser == 0 && nset >= 2) {
		struct diag *x = diag_report(d, E_MEM_EXCLUSIVE, s->c->opts[last].at);
		diag_note(d, x, "sbatch stops: two SBATCH_MEM_* variables are set.");
		return;
	}
	int pick = nuser == 1 ? user[0] : last;
	if (pick < 0)
		return;
	ir_int v = { number_of(s, pick), s->c->opts[pick].at };
	if (pick == OPT_MEM || (pick == OPT_MEM_PER_CPU && v.v == 0))
		s->c->mem_per_node_mb = v; /* --mem-per-cpu=0 also means the whole node */
	else if (pick == OPT_MEM_PER_CPU)
		s->c->mem_per_cpu_mb = v;
	else
		s->c->gpus.mem_per_gpu_mb = v;
}

/* GPU options: --gres=gpu and --gpus-per-node both count per node. */
static void derive_gpus(struct arena *a, struct diag_engine *d, struct sema_comp *s)
{
	static const int ids[] = { OPT_GRES, OPT_GPUS_PER_NODE, OPT_GPUS, OPT_GPUS_PER_TASK,
				   OPT_GPUS_PER_SOCKET };
	struct ir_gpus *g = &s->c->gpus;
	int typed = -1, untyped = -1, node_from = -1;
	for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
		int id = ids[i];
		struct val_gpu v = { 0 };
		struct verr e;
		const char *other;
		if (!is_set(s, id))
			continue;
		const char *text = s->c->opts[id].value;
		bool ok = id == OPT_GRES ? val_gres(a, text, &v, &other, &e)
					 : val_gpus(a, text, &v, &e);
		if (!ok || !v.set)
			continue;
		bool counts = v.count > 0; /* a zero request is dropped before the mix check */
		ir_int n = { v.count, s->c->opts[id].at };
		if (id == OPT_GRES || id == OPT_GPUS_PER_NODE) {
			/* Both count per node: the one set last wins. */
			if (node_from < 0 || s->seq[id] > s->seq[node_from]) {
				g->per_node = n;
				node_from = id;
			}
		} else if (id == OPT_GPUS) {
			g->per_job = n;
		} else if (id == OPT_GPUS_PER_TASK) {
			g->per_task = n;
		} else {
			g->per_socket = n;
		}
		if (v.type && counts) {
			g->type = (ir_str){ v.type, s->c->opts[id].at };
			typed = id;
		} else if (counts) {
			untyped = id;
		}
	}
	if (typed >= 0 && untyped >= 0) {
		int later = s->seq[typed] > s->seq[untyped] ? typed : untyped;
		int earlier = later == typed ? untyped : typed;
		struct diag *x = diag_report(d, E_GPU_TYPED_UNTYPED, s->c->opts[later].at);
		diag_note_at(d, x, s->c->opts[earlier].at, "The other GPU request is here.");
		diag_hint(d, x, "Give the GPU type in every GPU option, or in none.");
	}
	if (is_set(s, OPT_CPUS_PER_GPU) && s->c->opts[OPT_CPUS_PER_GPU].value)
		g->cpus_per_gpu = (ir_int){ number_of(s, OPT_CPUS_PER_GPU),
					    s->c->opts[OPT_CPUS_PER_GPU].at };
	/* sbatch derives a task count from -N or --ntasks-per-node too. */
	if (span_is_set(g->per_task.at) && !is_set(s, OPT_NTASKS) && !is_set(s, OPT_GPUS) &&
	    !is_set(s, OPT_NODES) && !is_set(s, OPT_NTASKS_PER_NODE)) {
		struct diag *x = diag_report(d, E_GPUS_PER_TASK_NO_TASKS, g->per_task.at);
		diag_note(d, x, "sbatch rejects it: \"--gpus-per-task used without either --gpus or -n/--ntasks is not allowed\".");
		diag_hint(d, x, "Add the number of tasks, for example \"--ntasks=4\".");
	}
}

static void derive_array(struct arena *a, struct sema_comp *s)
{
	struct val_array arr;
	struct verr e;
	if (!is_set(s, OPT_ARRAY) ||
	    !val_array(a, s->c->opts[OPT_ARRAY].value, MAX_ARRAY_INDEX, &arr, &e))
		return;
	struct ir_array *r = &s->c->array;
	r->at = s->c->opts[OPT_ARRAY].at;
	r->spec = s->c->opts[OPT_ARRAY].value;
	r->indices = arr.indices;
	r->count = arr.count;
	if (arr.throttle >= 0)
		r->throttle = (ir_int){ arr.throttle, r->at };
}

/* Flags whose last occurrence wins over an opposite one. */
static void derive_flags(struct sema_comp *s)
{
	struct verr e;
	struct ir_component *c = s->c;
	if (is_set(s, OPT_REQUEUE) || is_set(s, OPT_NO_REQUEUE)) {
		bool yes = s->seq[OPT_REQUEUE] > s->seq[OPT_NO_REQUEUE];
		c->requeue = (ir_bool){ yes, c->opts[yes ? OPT_REQUEUE : OPT_NO_REQUEUE].at };
	}
	/* --exclusive=oversubscribe is --oversubscribe: EXCL_NONE. */
	if (is_set(s, OPT_EXCLUSIVE) && s->seq[OPT_EXCLUSIVE] > s->seq[OPT_OVERSUBSCRIBE]) {
		int k = EXCL_EXCLUSIVE;
		val_exclusive(c->opts[OPT_EXCLUSIVE].value, &k, &e);
		if (k != EXCL_NONE)
			c->exclusive = (ir_int){ k, c->opts[OPT_EXCLUSIVE].at };
	}
	if (is_set(s, OPT_OPEN_MODE)) {
		int k = OPEN_DEFAULT;
		val_open_mode(c->opts[OPT_OPEN_MODE].value, &k, &e);
		c->open_mode = (ir_int){ k, c->opts[OPT_OPEN_MODE].at };
	}
}

/* Two options sbatch refuses together; reported at the later one. */
static void conflict(struct arena *a, struct diag_engine *d, struct sema_comp *s, int x, int y)
{
	if (!is_set(s, x) || !is_set(s, y))
		return;
	if (s->seq[x] > s->seq[y]) {
		int t = x;
		x = y;
		y = t;
	}
	struct diag *r = diag_report(d, E_OPTIONS_CONFLICT, s->c->opts[y].at,
				     arena_printf(a, "--%s", sbatch_options[y].name),
				     arena_printf(a, "--%s", sbatch_options[x].name));
	diag_note_at(d, r, s->c->opts[x].at, "--%s is set here.", sbatch_options[x].name);
}

/* An option sbatch accepts only with another; `what` names the other. */
static void needs(struct arena *a, struct diag_engine *d, struct sema_comp *s, int id, bool ok,
		  const char *what)
{
	if (is_set(s, id) && !ok)
		diag_report(d, E_OPTION_NEEDS, s->c->opts[id].at,
			    arena_printf(a, "--%s", sbatch_options[id].name), what);
}

/* The checks sbatch (and slurmctld, on any cluster) make across options. */
static void cross_checks(struct arena *a, struct diag_engine *d, struct sema_comp *s)
{
	const struct ir_gpus *g = &s->c->gpus;
	bool gpus = span_is_set(g->per_job.at) || span_is_set(g->per_node.at) ||
		    span_is_set(g->per_task.at) || span_is_set(g->per_socket.at);
	conflict(a, d, s, OPT_CPUS_PER_GPU, OPT_CPUS_PER_TASK);
	conflict(a, d, s, OPT_CORE_SPEC, OPT_THREAD_SPEC);
	conflict(a, d, s, OPT_GPUS_PER_TASK, OPT_NTASKS_PER_GPU);
	needs(a, d, s, OPT_GPUS_PER_SOCKET, is_set(s, OPT_SOCKETS_PER_NODE), "--sockets-per-node");
	needs(a, d, s, OPT_MEM_PER_GPU, gpus, "a GPU request");
	needs(a, d, s, OPT_NTASKS_PER_GPU, gpus || is_set(s, OPT_NODES) || is_set(s, OPT_NTASKS),
	      "a GPU request, -N or -n");
	needs(a, d, s, OPT_NTASKS_PER_TRES, gpus || is_set(s, OPT_NODES) || is_set(s, OPT_NTASKS),
	      "a GPU request, -N or -n");
	if (span_is_set(g->per_job.at) && span_is_set(g->per_task.at) && g->per_task.v > 0 &&
	    span_is_set(s->c->num_tasks.at) && g->per_job.v / g->per_task.v != s->c->num_tasks.v) {
		char n1[32], n2[32];
		snprintf(n1, sizeof n1, "%lld", (long long)(g->per_job.v / g->per_task.v));
		snprintf(n2, sizeof n2, "%lld", (long long)s->c->num_tasks.v);
		diag_report(d, E_GPUS_TASKS_DISAGREE, g->per_task.at, n1, n2);
	}
}

void sema_finish(struct arena *a, struct diag_engine *d, struct sema_comp *s)
{
	derive_simple(a, s);
	derive_nodes(s);
	derive_memory(d, s);
	derive_gpus(a, d, s);
	derive_array(a, s);
	derive_flags(s);
	cross_checks(a, d, s);
}
