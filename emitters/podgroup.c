/*
 * podgroup.c: the `podgroup` target: the job target's objects plus a
 * scheduler-plugins coscheduling PodGroup (scheduling.x-k8s.io/v1alpha1,
 * scheduler-plugins v0.34), so that the pods of a multi-node job are
 * placed all or none, as Slurm allocates all the nodes of a job at once.
 *
 * The PodGroup is named like the Job and comes before it in the stream,
 * so it exists when the first pod is scheduled. minMember is the number
 * of pods that must run together, the nodes of one job (of one array
 * task); minResources is what that many pods request, which lets the
 * scheduler turn a gang away early when the cluster cannot hold it. The
 * pods carry the label scheduling.x-k8s.io/pod-group and the schedulerName
 * of #SLURMC --scheduler-name or the site profile; the shipped default
 * profile, and this file without a profile, say
 * "scheduler-plugins-scheduler", the name scheduler-plugins' Helm chart
 * gives the second scheduler it installs.
 *
 * Arrays: Slurm schedules array tasks independently ("n/a" in DESIGN.md's
 * table). The pods of an Indexed Job share one template, so all tasks
 * share the one PodGroup, and coscheduling lets a pod through once
 * minMember pods of the group are placed, whichever task they belong to.
 * A single-node array is therefore not ganged at all (minMember 1), and
 * in a multi-node array the first N pods start together but later tasks'
 * pods may start one by one while other tasks run; both are reported as
 * approximations of --array. minMember never exceeds the pods the Job
 * runs at once (its parallelism: throttle x nodes), or the gang could
 * never be placed.
 *
 * A het job compiles its first component only, with the job target's
 * warning. The PodGroup has no owner reference (the Job's uid is not
 * known before it exists): deleting the output's objects removes it.
 */
#include "emitters/target.h"

#include <inttypes.h>

#define DEFAULT_SCHEDULER "scheduler-plugins-scheduler"
#define POD_GROUP_LABEL "scheduling.x-k8s.io/pod-group"

/* minResources: what members pods request together. */
static void min_resources(struct emit_ctx *cx, int64_t members)
{
	const struct layout *l = &cx->layout;
	const ir_int *tmp = &cx->comp->tmp_disk_mb;
	yw_str(cx->w, "minResources");
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "cpu", units_count(cx->arena, l->max_cpus * members));
	if (l->mem_mib > 0)
		yw_kv_str(cx->w, "memory", units_mem(cx->arena, l->mem_mib * members));
	if (l->gpus > 0)
		yw_kv_str(cx->w, cx->site.gpu_resource, units_count(cx->arena, l->gpus * members));
	if (span_is_set(tmp->at) && tmp->v > 0)
		yw_kv_str(cx->w, "ephemeral-storage", units_mem(cx->arena, tmp->v * members));
	yw_map_end(cx->w);
}

/* The PodGroup document. */
static void podgroup_doc(struct emit_ctx *cx, int64_t members)
{
	yw_doc_begin(cx->w);
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "apiVersion", "scheduling.x-k8s.io/v1alpha1");
	yw_kv_str(cx->w, "kind", "PodGroup");
	k8s_metadata(cx, cx->name);
	yw_str(cx->w, "spec");
	yw_map_begin(cx->w);
	yw_kv_int(cx->w, "minMember", members);
	min_resources(cx, members);
	yw_map_end(cx->w);
	yw_map_end(cx->w);
	yw_doc_end(cx->w);
}

/* What the shared PodGroup means for an array's tasks. */
static void array_gang(struct emit_ctx *cx, int64_t members)
{
	if (!span_is_set(cx->comp->array.at))
		return;
	if (members == 1)
		emit_approx(cx, OPT_ARRAY, "array tasks are independent, as under Slurm, and are not "
					   "gang-scheduled; the PodGroup's minMember is 1");
	else
		emit_approx(cx, OPT_ARRAY,
			    arena_printf(cx->arena, "all tasks share one PodGroup with minMember %" PRId64
						    ": %" PRId64 " pods of the job start together, but not "
						    "always the %" PRId64 " pods of one task",
					 members, members, members));
}

void emit_podgroup(struct emit_ctx *cx)
{
	int64_t members = cx->layout.nnodes;
	struct ir_kv label = { POD_GROUP_LABEL, cx->name, { 0 } };
	if (!cx->site.scheduler_name.v)
		cx->site.scheduler_name.v = DEFAULT_SCHEDULER;
	if (!job_begin(cx))
		return;
	array_gang(cx, members);
	podgroup_doc(cx, members);
	struct job_extras x = { .pod_labels = &label, .npod_labels = 1 };
	job_write(cx, &x);
}
