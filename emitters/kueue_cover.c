/*
 * kueue_cover.c: where the `kueue` target answers an option differently
 * from the job target (emitters/job_cover.c), whose rows it otherwise
 * shares: the kueue target is the job target under Kueue.
 *
 * Mapped with a Kueue meaning, with the job target's rows: -N (Kueue
 * admits all the pods of the Indexed Job at once, as one workload: the job
 * starts only when quota for every node is free, as under Slurm); -p,
 * --qos, -A (the LocalQueue and the WorkloadPriorityClass through the site
 * profile); --time (also the max-exec-time label); #SLURMC
 * --priority-class (the WorkloadPriorityClass). Value-specific
 * approximations are job.c's and site.c's, as in the job target.
 */
#include "emitters/target.h"

const struct cover_change kueue_changes[] = {
	{ false, OPT_ARRAY, { COVER_APPROX,
		"the array is admitted by Kueue as one workload, once there is quota for every "
		"task that may run at once (the %throttle, else all of them)" } },
	{ false, OPT_HOLD, { COVER_DROPPED,
		"Kueue starts the Job as soon as it admits it; to hold it, set spec.active to "
		"false on its Workload." } },
	{ false, OPT_WAIT_ALL_NODES, { COVER_APPROX,
		"the pods are admitted by Kueue together, but start as they are scheduled; the "
		"podgroup target schedules them together" } },
	{ true, SOPT_QUEUE, { COVER_MAPPED, NULL } },
	{ false, 0, { COVER_MISSING, NULL } },
};
