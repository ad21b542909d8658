/*
 * site.c: the one place where emitters ask about the site.
 *
 * A Slurm script names partitions, QOS, accounts, GPU types and node
 * features that mean something only at its site. The site profile
 * (parser/profile.h) maps them, with #SLURMC settings first; emit() calls
 * site_resolve() once, before the target runs, and targets read the
 * answer from cx->site. Without a profile the answer holds the #SLURMC
 * settings only. What the profile cannot map it reports itself (unknown
 * partition, GPU type, feature); what it has no entries for at all is
 * reported here, as an approximation, so nothing is silently lost.
 */
#include "emitters/target.h"

#include <string.h>

/* Partition, QOS and account that the profile does not map at all. */
static void unmapped(struct emit_ctx *cx)
{
	const struct profile *p = cx->opt->profile;
	const struct ir_component *c = cx->comp;
	if (c->partition.v && (!p || p->npartitions == 0))
		emit_approx(cx, OPT_PARTITION, "the partition is passed on in SLURM_JOB_PARTITION only; "
					       "placing pods by partition needs a site profile");
	if (c->qos.v && (!p || p->nqos == 0))
		emit_approx(cx, OPT_QOS, "the QOS is passed on in SLURM_JOB_QOS only; a priority "
					 "class needs a site profile");
	if (c->account.v && !cx->site.account)
		emit_approx(cx, OPT_ACCOUNT, "the account is passed on in SLURM_JOB_ACCOUNT only; "
					     "nothing is charged to it");
}

/* A GPU type the profile knows but has no node labels for (its scheme is
 * "none", as in the default profile): any GPU will do. */
static void gpu_type_unselected(struct emit_ctx *cx)
{
	static const enum opt_id gpu_opts[] = { OPT_GRES, OPT_GPUS_PER_NODE, OPT_GPUS, OPT_GPUS_PER_TASK,
						OPT_GPUS_PER_SOCKET };
	const struct profile *p = cx->opt->profile;
	const ir_str *type = &cx->comp->gpus.type;
	const char *scheme = p ? p->gpu_labels.v : NULL;
	if (!type->v || !cx->site.gpu || (scheme && strcmp(scheme, "none") != 0))
		return;
	for (size_t i = 0; i < sizeof gpu_opts / sizeof *gpu_opts; i++) {
		struct span at = cx->comp->opts[gpu_opts[i]].at;
		if (at.src == type->at.src && at.off == type->at.off)
			emit_approx(cx, gpu_opts[i],
				    arena_printf(cx->arena, "pods may get any GPU, not only \"%s\"; a site "
							    "profile with GPU node labels selects the type",
						 type->v));
	}
}

void site_resolve(struct emit_ctx *cx)
{
	profile_resolve(cx->opt->profile, cx->job, 0, cx->target, cx->arena, cx->diag, &cx->site);
	memset(&cx->shape, 0, sizeof cx->shape);
	if (span_is_set(cx->site.node_cpus.at) && cx->site.node_cpus.v > 0)
		cx->shape.cpus = cx->site.node_cpus.v;
	if (span_is_set(cx->site.node_gpus.at) && cx->site.node_gpus.v > 0)
		cx->shape.gpus = cx->site.node_gpus.v;
	unmapped(cx);
	gpu_type_unselected(cx);
}
