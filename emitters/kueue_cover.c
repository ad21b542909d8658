/*
 * kueue_cover.c: what the `kueue` target does with every sbatch option.
 *
 * The kueue target is the job target under Kueue, so the rows are
 * job_cover.c's (M mapped, A approximated with a warning that says how,
 * D dropped with a warning and an optional note, I ignored) except where
 * Kueue changes the answer; tests/unit/test_emit_cover.c lists those rows
 * and fails when any other row differs from the job target's:
 *
 *   --array           A: Kueue admits the array as one workload
 *   --hold            D: Kueue unsuspends the Job when it admits it
 *   --wait-all-nodes  A: admitted together, but started as scheduled
 *   #SLURMC --queue   M: the LocalQueue
 *
 * Mapped with a Kueue meaning: -N (Kueue admits all the pods of the
 * Indexed Job at once, as one workload: the job starts only when quota
 * for every node is free, as under Slurm); -p, --qos, -A (the LocalQueue
 * and the WorkloadPriorityClass through the site profile); --time (also
 * the max-exec-time label); #SLURMC --priority-class (the
 * WorkloadPriorityClass). Value-specific approximations are job.c's and
 * site.c's, as in the job target.
 */
#include "emitters/target.h"

#define M(id) [OPT_##id] = { COVER_MAPPED, NULL }
#define SM(id) [SOPT_##id] = { COVER_MAPPED, NULL }
#define SD(id, why) [SOPT_##id] = { COVER_DROPPED, why }
#define A(id, how) [OPT_##id] = { COVER_APPROX, how }
#define D(id, why) [OPT_##id] = { COVER_DROPPED, why }
#define I(id) [OPT_##id] = { COVER_IGNORED, NULL }

#define NO_MAIL "Kubernetes sends no mail; watch the job with \"kubectl wait\" or an alert."

const struct cover_row kueue_cover[OPT__COUNT] = {
	M(ACCOUNT),
	D(ACCTG_FREQ, NULL),
	A(ARRAY, "the array is admitted by Kueue as one workload, once there is quota for every "
		 "task that may run at once (the %throttle, else all of them)"),
	I(AUTOCOMPLETE),
	D(BATCH, NULL),
	D(BB, "Burst buffers have no Kubernetes equivalent."),
	D(BBF, "Burst buffers have no Kubernetes equivalent."),
	D(BEGIN, "The job starts when it is applied."),
	M(CHDIR),
	A(CLUSTER, "only SLURM_CLUSTER_NAME is set; the job runs wherever it is applied"),
	D(CLUSTER_CONSTRAINT, NULL),
	A(CLUSTERS, "only SLURM_CLUSTER_NAME is set; the job runs wherever it is applied"),
	M(COMMENT),
	M(CONSTRAINT),
	D(CONTAINER, "Use --image (or #SLURMC --image) for the container image."),
	D(CONTAINER_ENTRYPOINT, "The pod runs slurmc's entry script, not the image's entrypoint."),
	D(CONTAINER_ENTRYPOINT_LOG, NULL),
	D(CONTAINER_ENV, NULL),
	D(CONTAINER_ID, NULL),
	M(CONTAINER_IMAGE),
	D(CONTAINER_MOUNT_HOME, "Pods have no home directory to mount; use #SLURMC --volume."),
	M(CONTAINER_MOUNTS),
	D(CONTAINER_NAME, NULL),
	D(CONTAINER_READONLY, NULL),
	D(CONTAINER_REMAP_ROOT, NULL),
	D(CONTAINER_SAVE, NULL),
	M(CONTAINER_WORKDIR),
	M(CONTAINER_WRITABLE),
	D(CONTEXT, NULL),
	D(CONTIGUOUS, NULL),
	D(CORE_SPEC, NULL),
	D(CORES_PER_SOCKET, NULL),
	D(CPU_FREQ, NULL),
	M(CPUS_PER_GPU),
	M(CPUS_PER_TASK),
	D(DEADLINE, NULL),
	D(DELAY_BOOT, NULL),
	D(DEPENDENCY, "Apply dependent jobs in order yourself, or use the jobset target."),
	A(DISTRIBUTION, "tasks are laid out block by block, Slurm's default"),
	A(ERROR, "standard error goes to the container log"),
	D(EXCLUDE, NULL),
	M(EXCLUSIVE),
	M(EXPORT),
	D(EXPORT_FILE, NULL),
	D(EXTRA, NULL),
	D(EXTRA_NODE_INFO, NULL),
	D(GET_USER_ENV, "Pods have no login environment; the image's environment applies."),
	D(GID, NULL),
	D(GPU_BIND, NULL),
	D(GPU_FREQ, NULL),
	M(GPUS),
	M(GPUS_PER_NODE),
	A(GPUS_PER_SOCKET, "each pod gets the count times --sockets-per-node (default 1) GPUs"),
	M(GPUS_PER_TASK),
	M(GRES),
	D(GRES_FLAGS, NULL),
	D(HELP, NULL),
	D(HINT, NULL),
	D(HOLD, "Kueue starts the Job as soon as it admits it; to hold it, set spec.active to "
		"false on its Workload."),
	I(IGNORE_PBS),
	D(INPUT, "Standard input of the job is empty."),
	M(JOB_NAME),
	D(KILL_ON_INVALID_DEP, NULL),
	D(LICENSES, NULL),
	D(MAIL_TYPE, NO_MAIL),
	D(MAIL_USER, NO_MAIL),
	D(MCS_LABEL, NULL),
	M(MEM),
	D(MEM_BIND, NULL),
	M(MEM_PER_CPU),
	M(MEM_PER_GPU),
	M(MINCPUS),
	D(NETWORK, NULL),
	D(NICE, NULL),
	M(NO_CONTAINER_ENTRYPOINT),
	M(NO_CONTAINER_MOUNT_HOME),
	M(NO_CONTAINER_REMAP_ROOT),
	D(NO_KILL, NULL),
	M(NO_REQUEUE),
	D(NODEFILE, NULL),
	D(NODELIST, "Pods run on whichever nodes the scheduler picks."),
	M(NODES),
	M(NTASKS),
	D(NTASKS_PER_CORE, NULL),
	D(NTASKS_PER_GPU, NULL),
	M(NTASKS_PER_NODE),
	D(NTASKS_PER_SOCKET, NULL),
	D(NTASKS_PER_TRES, NULL),
	D(OOM_KILL_STEP, NULL),
	D(OPEN_MODE, "The job's output goes to the container log."),
	A(OUTPUT, "standard output goes to the container log"),
	M(OVERCOMMIT),
	M(OVERSUBSCRIBE),
	I(PARSABLE),
	M(PARTITION),
	D(POWER, NULL),
	M(PREFER),
	D(PRIORITY, NULL),
	D(PROFILE, NULL),
	D(PROPAGATE, NULL),
	M(QOS),
	I(QUIET),
	D(REBOOT, NULL),
	M(REQUEUE),
	D(RESERVATION, NULL),
	D(RESV_PORTS, NULL),
	D(SEGMENT, NULL),
	D(SIGNAL, "Kubernetes sends SIGTERM when the time limit is reached, then SIGKILL."),
	D(SOCKETS_PER_NODE, NULL),
	D(SPREAD_JOB, NULL),
	D(STEPMGR, NULL),
	D(SWITCHES, NULL),
	M(TASKS_PER_NODE),
	D(TEST_ONLY, NULL),
	D(THREAD_SPEC, NULL),
	D(THREADS_PER_CORE, NULL),
	M(TIME),
	D(TIME_MIN, NULL),
	M(TMP),
	D(TRES_BIND, NULL),
	D(TRES_PER_TASK, NULL),
	D(UID, NULL),
	D(USAGE, NULL),
	M(USE_MIN_NODES),
	I(VERBOSE),
	D(VERSION, NULL),
	I(WAIT),
	A(WAIT_ALL_NODES, "the pods are admitted by Kueue together, but start as they are "
			  "scheduled; the podgroup target schedules them together"),
	D(WCKEY, NULL),
	D(WRAP, NULL),
};

#define SKY "It is a SkyPilot setting; use the skypilot target."

const struct cover_row kueue_slurmc_cover[SLURMC_OPT__COUNT] = {
	SM(IMAGE),
	SM(IMAGE_PULL_POLICY),
	SM(IMAGE_PULL_SECRET),
	SM(ENV),
	SM(VOLUME),
	SM(SHM_SIZE),
	SM(GPU_RESOURCE),
	SM(RUNTIME_CLASS),
	SM(TARGET),
	SM(NAMESPACE),
	SM(QUEUE),
	SM(PRIORITY_CLASS),
	SM(SCHEDULER_NAME),
	SM(SERVICE_ACCOUNT),
	SM(NODE_SELECTOR),
	SM(TOLERATION),
	SM(LABEL),
	SM(ANNOTATION),
	SM(TTL),
	SM(BACKOFF_LIMIT),
	SM(PROFILE),
	SD(CLOUD, SKY),
	SD(REGION, SKY),
	SD(ZONE, SKY),
	SD(INSTANCE_TYPE, SKY),
	SD(USE_SPOT, SKY),
	SM(TRACE_ENV),
	SD(DISK_SIZE, SKY),
	SD(SETUP, SKY),
};
