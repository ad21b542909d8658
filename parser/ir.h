/*
 * ir.h: the typed job model, the only contract between front and back ends.
 *
 * A job is a list of het components (one for an ordinary job), the #SLURMC
 * settings, and the script body. Every value carries the span of the
 * directive, command-line option or environment variable that set it; a
 * value is set exactly when its span is (span_is_set(x.at)). All strings
 * and arrays are owned by the job's arena.
 */
#ifndef SLURMC_IR_H
#define SLURMC_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "stdlib/arena.h"
#include "stdlib/span.h"
#include "parser/options.h"

typedef struct { int64_t v; struct span at; } ir_int;
typedef struct { const char *v; struct span at; } ir_str;
typedef struct { bool v; struct span at; } ir_bool;

#define IR_UNLIMITED (-1) /* time_limit_s for UNLIMITED / INFINITE */

enum ir_exclusive { EXCL_NONE, EXCL_EXCLUSIVE, EXCL_USER, EXCL_MCS, EXCL_TOPO };
enum ir_open_mode { OPEN_DEFAULT, OPEN_APPEND, OPEN_TRUNCATE };

/* Mail types, in the order --emit=ir prints them. */
enum ir_mail {
	MAIL_NONE = 1u << 0,
	MAIL_BEGIN = 1u << 1,
	MAIL_END = 1u << 2,
	MAIL_FAIL = 1u << 3,
	MAIL_REQUEUE = 1u << 4,
	MAIL_ALL = 1u << 5,
	MAIL_INVALID_DEPEND = 1u << 6,
	MAIL_STAGE_OUT = 1u << 7,
	MAIL_TIME_LIMIT = 1u << 8,
	MAIL_TIME_LIMIT_90 = 1u << 9,
	MAIL_TIME_LIMIT_80 = 1u << 10,
	MAIL_TIME_LIMIT_50 = 1u << 11,
	MAIL_ARRAY_TASKS = 1u << 12,
};

struct ir_gpus {
	ir_int per_job, per_node, per_task, per_socket;
	ir_str type; /* e.g. "a100"; NULL when untyped */
	ir_int mem_per_gpu_mb, cpus_per_gpu;
};

struct ir_array {
	struct span at;     /* set for array jobs */
	const char *spec;   /* as written, e.g. "0-31:4%2" */
	int64_t *indices;   /* sorted, unique */
	size_t count;
	ir_int throttle;    /* %N; unset = no throttle */
};

/* One option as written, for the "options" object of --emit=ir. */
struct ir_opt {
	const char *value; /* as given (NULL for flags given without a value) */
	struct span at;    /* the value (or the flag) where it was set; unset = not given */
};

/* A pyxis/#SLURMC volume, normalised. */
enum ir_volume_kind { VOL_PVC, VOL_HOSTPATH, VOL_EMPTYDIR, VOL_CONFIGMAP, VOL_SECRET };
struct ir_volume {
	enum ir_volume_kind kind;
	const char *source; /* claim, host path, configmap or secret name; NULL for emptyDir */
	const char *path;   /* mount path in the container */
	const char *size;   /* emptyDir sizeLimit, or NULL */
	bool read_only;
	bool pyxis;         /* from --container-mounts; #SLURMC --volume at the same path wins */
	struct span at;
};

struct ir_kv {
	const char *key, *value;
	struct span at;
};

struct ir_component {
	ir_str name, partition, account, qos;
	ir_int time_limit_s, time_min_s;
	ir_int min_nodes, max_nodes, num_tasks, tasks_per_node, cpus_per_task;
	ir_int mem_per_node_mb, mem_per_cpu_mb, tmp_disk_mb;
	struct ir_gpus gpus;
	struct ir_array array;
	ir_str dependency, constraint, prefer, nodelist, exclude;
	ir_str work_dir, stdout_pattern, stderr_pattern, stdin_pattern;
	ir_int mail_type; /* enum ir_mail bits */
	ir_str mail_user;
	ir_int exclusive; /* enum ir_exclusive */
	ir_bool requeue;
	ir_int nice;
	ir_int open_mode; /* enum ir_open_mode */
	ir_str export_env, signal, begin, deadline;
	ir_str comment, reservation, licenses, wckey;
	/* Every sbatch option set for this component, by enum opt_id. */
	struct ir_opt opts[OPT__COUNT];
};

/* #SLURMC settings (and pyxis' container options), job-wide. */
struct ir_slurmc {
	ir_str image, image_pull_policy, namespace_, queue, priority_class;
	ir_str service_account, shm_size, target, profile, gpu_resource;
	ir_str container_workdir, container_name;
	ir_int ttl_s, backoff_limit, disk_size_gb;
	ir_bool use_spot, no_container_mount_home, trace_env;
	ir_str cloud, region, setup;
	ir_str scheduler_name, runtime_class, zone, instance_type;
	struct ir_kv *image_pull_secrets; size_t nimage_pull_secrets;
	struct ir_volume *volumes; size_t nvolumes;
	struct ir_kv *env; size_t nenv;            /* value "secret:NAME/KEY" kept as written */
	struct ir_kv *node_selector; size_t nnode_selector;
	struct ir_kv *tolerations; size_t ntolerations; /* key = "K[=V]", value = effect */
	struct ir_kv *labels; size_t nlabels;
	struct ir_kv *annotations; size_t nannotations;
	/* Every #SLURMC option set, by enum slurmc_opt_id. */
	struct ir_opt opts[SLURMC_OPT__COUNT];
};

/* A line of the body that later passes point at (e.g. `module load`). */
struct ir_body {
	const char *text; /* the script after the header, verbatim */
	size_t len;
	size_t offset;    /* byte offset of the body in the script */
	unsigned line;    /* 1-based line number where the body starts */
};

struct ir_job {
	struct arena *arena;
	const struct source *src; /* the script */
	const char *script_name;  /* file name as sbatch names it ("sbatch" for stdin) */
	const char *interpreter;  /* the shebang line without "#!" */
	struct ir_component *comps;
	size_t ncomps; /* 1 unless a het job */
	struct ir_slurmc slurmc;
	struct ir_body body;
	struct span header_end; /* the first body line, for warnings */
	const char *target;      /* the effective target name */
};

#endif
