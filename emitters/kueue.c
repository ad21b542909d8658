/*
 * kueue.c: the `kueue` target: the job target's ConfigMap, Service and
 * Job, queued and admitted by Kueue (v0.19's batch/v1 Job integration).
 *
 * Kueue turns the Job into one workload and admits it whole: a multi-node
 * job gets quota for all its pods at once, as Slurm allocates all its
 * nodes at once; an array is admitted once there is quota for every task
 * that may run at once (the %throttle, else all of them), which the
 * coverage table reports. The Job is created suspended; Kueue unsuspends
 * it on admission. What Kueue reads are labels of the Job itself (on the
 * pod template Kueue ignores them):
 *
 *   kueue.x-k8s.io/queue-name            the LocalQueue: #SLURMC --queue,
 *       else the site profile's (partition, QOS, account, then the
 *       target's block), else "default"; a warning says so when the queue
 *       comes from slurmc's shipped profiles rather than the script or
 *       the site
 *   kueue.x-k8s.io/priority-class        the WorkloadPriorityClass: the
 *       priority class the site resolves (#SLURMC --priority-class, the
 *       QOS's); the pods then get no priorityClassName, which would name
 *       a PriorityClass instead
 *   kueue.x-k8s.io/max-exec-time-seconds --time (or the partition's
 *       default), next to the Job's activeDeadlineSeconds; not for an
 *       array, whose tasks keep their own limits on their pods
 *
 * A queue or priority class name may be a DNS subdomain of 253
 * characters, a label value only 63: a longer one is an error.
 */
#include "emitters/target.h"

#include <string.h>

#define DEFAULT_QUEUE "default"
#define QUEUE_LABEL "kueue.x-k8s.io/queue-name"
#define PRIORITY_LABEL "kueue.x-k8s.io/priority-class"
#define MAX_EXEC_LABEL "kueue.x-k8s.io/max-exec-time-seconds"

/* The Job's Kueue labels, at most three. */
struct kueue_labels {
	struct ir_kv kv[3];
	size_t n;
};

/* Adds label key = v->v, the name of a Kueue object of kind `kind`, when
 * it fits in a label; reports it when it does not. */
static void add_label(struct emit_ctx *cx, struct kueue_labels *l, const char *what,
		      const char *kind, const char *key, const ir_str *v)
{
	size_t n = strlen(v->v);
	if (n > 63) {
		struct diag *d = diag_report(cx->diag, E_LABEL_TOO_LONG, v->at, what, v->v, key, (int)n);
		diag_note(cx->diag, d, "Kueue reads the %s's name from this label of the Job, and a "
				       "label value has at most 63 characters.", kind);
		return;
	}
	l->kv[l->n++] = (struct ir_kv){ key, v->v, v->at };
}

/* Whether v was set by the script, the command line or a site's own
 * profile, not by slurmc's shipped defaults. */
static bool chosen(const ir_str *v)
{
	return v->v && span_is_set(v->at) && v->at.src->kind != SRC_BUILTIN;
}

/* The LocalQueue; a warning when neither the script nor the site chose it. */
static ir_str queue(struct emit_ctx *cx)
{
	ir_str q = cx->site.queue;
	if (chosen(&q))
		return q;
	if (!q.v)
		q = (ir_str){ DEFAULT_QUEUE, span_make(cx->job->src, 0, 0) };
	struct diag *d = diag_report(cx->diag, W_DEFAULT_QUEUE, span_make(cx->job->src, 0, 0), q.v);
	diag_hint(cx->diag, d, "Add \"#SLURMC --queue=NAME\" to the script, or give the partition a queue "
			       "in a site profile.");
	return q;
}

/* --time in seconds for the max-exec-time label; 0: none (no limit,
 * UNLIMITED, or an array). */
static int64_t max_exec_time(const struct emit_ctx *cx)
{
	const ir_int *t = &cx->site.time_limit_s;
	if (span_is_set(cx->comp->array.at) || !span_is_set(t->at) || t->v <= 0)
		return 0;
	return t->v;
}

void emit_kueue(struct emit_ctx *cx)
{
	struct kueue_labels l = { .n = 0 };
	ir_str q = queue(cx), wpc = cx->site.priority_class;
	int64_t limit = max_exec_time(cx);
	add_label(cx, &l, "queue", "LocalQueue", QUEUE_LABEL, &q);
	if (wpc.v)
		add_label(cx, &l, "priority class", "WorkloadPriorityClass", PRIORITY_LABEL, &wpc);
	if (limit > 0)
		l.kv[l.n++] = (struct ir_kv){ MAX_EXEC_LABEL, units_int(cx->arena, limit),
					      cx->site.time_limit_s.at };
	/* The priority class is the workload's, not the pods'. */
	cx->site.priority_class = (ir_str){ 0 };
	if (!job_begin(cx))
		return;
	struct job_extras x = { .labels = l.kv, .nlabels = l.n, .suspend = true };
	job_write(cx, &x);
}
