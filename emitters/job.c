/*
 * job.c: the `job` target: a ConfigMap, a headless Service for multi-node
 * jobs, and a batch/v1 Job.
 *
 * One node is one pod. A multi-node job or an array is an Indexed Job:
 * index = array position x nodes + node, completions = array tasks x
 * nodes, parallelism = (the %throttle, else all array tasks) x nodes, and
 * pods are named <name>-<index> in the Service's subdomain. Slurm does not
 * retry a failed job, so backoffLimit is 0 (backoffLimitPerIndex 0 for an
 * array, whose tasks fail independently); a requeueable job (Slurm's
 * default) gets its pods replaced when they are disrupted (preemption,
 * node drain), as Slurm requeues a job whose node fails. --time becomes the
 * Job's activeDeadlineSeconds, or each pod's for an array, whose tasks
 * have their own limits.
 */
#include "emitters/target.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* Slurm requeues a job on node failure unless --no-requeue. */
static bool requeueable(const struct ir_component *c)
{
	return !span_is_set(c->requeue.at) || c->requeue.v;
}

static bool is_array(const struct emit_ctx *cx)
{
	return span_is_set(cx->comp->array.at);
}

/* --time (else the partition's default) in seconds, 0 for none or
 * UNLIMITED. */
static int64_t time_limit(const struct emit_ctx *cx)
{
	const ir_int *t = &cx->site.time_limit_s;
	return span_is_set(t->at) && t->v > 0 ? t->v : 0;
}

/* podFailurePolicy: what a disruption (DisruptionTarget) does to the job. */
static void failure_policy(struct emit_ctx *cx)
{
	const char *action = requeueable(cx->comp) ? "Ignore" : is_array(cx) ? "FailIndex" : "FailJob";
	yw_str(cx->w, "podFailurePolicy");
	yw_map_begin(cx->w);
	yw_str(cx->w, "rules");
	yw_seq_begin(cx->w);
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "action", action);
	yw_str(cx->w, "onPodConditions");
	yw_seq_begin(cx->w);
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "type", "DisruptionTarget");
	yw_kv_str(cx->w, "status", "True");
	yw_map_end(cx->w);
	yw_seq_end(cx->w);
	yw_map_end(cx->w);
	yw_seq_end(cx->w);
	yw_map_end(cx->w);
}

/* completionMode, completions, parallelism for an Indexed Job. */
static void completions(struct emit_ctx *cx)
{
	const struct ir_array *a = &cx->comp->array;
	int64_t nodes = cx->layout.nnodes, tasks = cx->array_count;
	int64_t running = span_is_set(a->throttle.at) && a->throttle.v > 0 && a->throttle.v < tasks
				  ? a->throttle.v
				  : tasks;
	if (!cx->indexed)
		return;
	yw_kv_str(cx->w, "completionMode", "Indexed");
	yw_kv_int(cx->w, "completions", tasks * nodes);
	yw_kv_int(cx->w, "parallelism", running * nodes);
}

/* The Job's spec, in the order kubectl shows it. */
static void job_spec(struct emit_ctx *cx, const struct job_extras *x)
{
	const struct ir_slurmc *s = &cx->job->slurmc;
	int64_t backoff = span_is_set(s->backoff_limit.at) ? s->backoff_limit.v : 0;
	int64_t limit = time_limit(cx);
	struct pod_opts po = { .backend = "job", .restart_policy = "Never",
			       .subdomain = cx->layout.nnodes > 1 ? cx->name : NULL,
			       .deadline_s = is_array(cx) ? limit : 0,
			       .labels = x->pod_labels, .nlabels = x->npod_labels };
	yw_str(cx->w, "spec");
	yw_map_begin(cx->w);
	completions(cx);
	yw_kv_int(cx->w, is_array(cx) ? "backoffLimitPerIndex" : "backoffLimit", backoff);
	if (limit > 0 && !is_array(cx))
		yw_kv_int(cx->w, "activeDeadlineSeconds", limit);
	if (span_is_set(cx->site.ttl_s.at))
		yw_kv_int(cx->w, "ttlSecondsAfterFinished", cx->site.ttl_s.v);
	if (span_is_set(cx->comp->opts[OPT_HOLD].at) || x->suspend)
		yw_kv_bool(cx->w, "suspend", true);
	failure_policy(cx);
	k8s_pod_template(cx, &po);
	yw_map_end(cx->w);
}

/* The batch/v1 Job document. */
void job_write(struct emit_ctx *cx, const struct job_extras *x)
{
	static const struct job_extras none;
	if (!x)
		x = &none;
	yw_doc_begin(cx->w);
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "apiVersion", "batch/v1");
	yw_kv_str(cx->w, "kind", "Job");
	k8s_metadata_with(cx, cx->name, x->labels, x->nlabels);
	job_spec(cx, x);
	yw_map_end(cx->w);
	yw_doc_end(cx->w);
}

/* The first span component 1 sets itself (not carried over), for the het
 * job warning. */
static struct span het_span(const struct ir_job *job)
{
	struct span best = job->header_end;
	for (int i = 0; i < OPT__COUNT; i++) {
		struct span at = job->comps[1].opts[i].at, first = job->comps[0].opts[i].at;
		bool own = span_is_set(at) && (at.src != first.src || at.off != first.off);
		if (own && (!span_is_set(best) || at.off < best.off))
			best = at;
	}
	return best;
}

/* --gres entries other than gpu have no Kubernetes equivalent. */
static void gres_other(struct emit_ctx *cx)
{
	const struct ir_opt *o = &cx->comp->opts[OPT_GRES];
	if (!span_is_set(o->at) || !o->value)
		return;
	for (const char *s = o->value; *s;) {
		size_t n = strcspn(s, ",");
		size_t name = strcspn(s, ":,(");
		if (n > 0 && !(name == 3 && strncmp(s, "gpu", 3) == 0))
			diag_report(cx->diag, W_GRES_OTHER, o->at, arena_strndup(cx->arena, s, n),
				    cx->target);
		s += n + (s[n] == ',');
	}
}

/* --exclusive: Kubernetes reserves no node for one job. */
static void exclusive(struct emit_ctx *cx)
{
	const ir_int *x = &cx->comp->exclusive;
	if (!span_is_set(x->at) || x->v == EXCL_NONE)
		return;
	if (cx->layout.whole_nodes)
		emit_approx(cx, OPT_EXCLUSIVE, "each pod requests all the CPUs and GPUs of a node, but "
					       "the node is not reserved for the job");
	else
		emit_approx(cx, OPT_EXCLUSIVE, "pods do not get whole nodes; their CPU limit is left "
					       "off so they can use idle CPUs");
}

/* Value-specific approximations the coverage table cannot know. */
static void approximations(struct emit_ctx *cx)
{
	const struct ir_component *c = cx->comp;
	const struct layout *l = &cx->layout;
	if (span_is_set(c->max_nodes.at) && c->max_nodes.v > c->min_nodes.v)
		emit_approx(cx, OPT_NODES, arena_printf(cx->arena, "the job runs on the minimum, %" PRId64
								   " node%s", l->nnodes, l->nnodes == 1 ? "" : "s"));
	if (l->mem_whole_node)
		emit_approx(cx, OPT_MEM, "\"0\" (all of a node's memory) cannot be requested; pods get "
					 "no memory request or limit");
	if (l->gpus_rounded)
		emit_approx(cx, OPT_GPUS, arena_printf(cx->arena, "each of the %" PRId64 " pods gets "
								  "%" PRId64 " GPUs", l->nnodes, l->gpus));
	if (l->uneven) {
		struct span at = c->opts[OPT_NTASKS].at;
		struct diag *d = diag_report(cx->diag, W_UNEVEN_LAYOUT, at, (int)l->ntasks, (int)l->nnodes,
					     layout_list(cx->arena, l->tasks, l->nnodes));
		diag_hint(cx->diag, d, "Set --ntasks-per-node for an even layout.");
	}
	gres_other(cx);
	exclusive(cx);
}

/* Kubernetes' limits: an Indexed Job runs at most 100000 pods, and the
 * array's task id list must fit in one environment variable (the kernel
 * refuses one over 128 KiB at exec). False after reporting an error. */
static bool within_limits(struct emit_ctx *cx)
{
	const struct ir_component *c = cx->comp;
	int64_t pods = cx->array_count * cx->layout.nnodes;
	struct span at = c->opts[span_is_set(c->array.at) ? OPT_ARRAY : OPT_NODES].at;
	if (cx->indexed && pods > 100000) {
		struct diag *d = diag_report(cx->diag, E_TOO_MANY_PODS, at, units_int(cx->arena, pods),
					     cx->target, "100000");
		diag_note(cx->diag, d, "An Indexed Job holds at most 100000 completions.");
		return false;
	}
	if (span_is_set(c->array.at) && strlen(runenv_array_ids(cx)) > 120000) {
		struct diag *d = diag_report(cx->diag, E_ARRAY_TOO_LARGE, at,
					     units_int(cx->arena, cx->array_count));
		diag_note(cx->diag, d, "The runtime reads them from SLURMC_ARRAY_TASK_IDS, and the kernel "
				       "refuses a variable over 128 KiB.");
		return false;
	}
	return true;
}

bool job_begin(struct emit_ctx *cx)
{
	if (!within_limits(cx))
		return false;
	if (cx->job->ncomps > 1)
		diag_report(cx->diag, W_HETJOB, het_span(cx->job), cx->target);
	approximations(cx);
	body_check_multi_node(cx);
	k8s_configmap_doc(cx);
	if (cx->layout.nnodes > 1)
		k8s_service_doc(cx);
	return true;
}

void emit_job(struct emit_ctx *cx)
{
	if (job_begin(cx))
		job_write(cx, NULL);
}
