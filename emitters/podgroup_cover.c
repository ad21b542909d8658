/*
 * podgroup_cover.c: where the `podgroup` target answers an option
 * differently from the job target (emitters/job_cover.c), whose rows it
 * otherwise shares: the podgroup target is the job target plus a
 * coscheduling PodGroup.
 *
 * Mapped with a PodGroup meaning, with the job target's rows: -N
 * (minMember = nodes, the pods placed all or none); #SLURMC
 * --scheduler-name (the scheduler that knows PodGroups). --array is
 * mapped, with an approximation reported by podgroup.c (the tasks share one
 * PodGroup); other value-specific approximations are job.c's and site.c's.
 */
#include "emitters/target.h"

const struct cover_change podgroup_changes[] = {
	{ false, OPT_WAIT_ALL_NODES, { COVER_MAPPED, NULL } },
	{ true, SOPT_QUEUE, { COVER_DROPPED, "A PodGroup has no queue; use the kueue or volcano target." } },
	{ false, 0, { COVER_MISSING, NULL } },
};
