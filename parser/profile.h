/*
 * profile.h: site profiles, the map from a Slurm site's vocabulary
 * (partitions, QOS, accounts, GRES types, features, modules) to the
 * cluster's (queues, priority classes, namespaces, resource names, node
 * labels, images). Schema: man/slurmc-profile.5.
 *
 * A profile is YAML read with libyaml; every error points into the file
 * (profile.yaml:LINE:COL). It is loaded once, merged over the profile it
 * `extends` (the built-in "default" unless it says otherwise) and over
 * the GPU catalogue (stdlib/profiles/gpus.yaml), and is immutable from
 * then on, so one profile serves every script of a run and every thread.
 *
 * Everything a profile holds lives in the arena given to profile_load,
 * with the texts of its files: keep the arena until diagnostics have been
 * rendered. Every value keeps the span of the profile line that set it,
 * so a later warning can point at the site's rule as well as the script.
 *
 * Emitters call profile_resolve() once per het component: it applies the
 * precedence rules (#SLURMC > partition > QOS > account > target >
 * defaults) and returns plain values; the lookups below are for sema,
 * tests and --print-profile.
 */
#ifndef SLURMC_PROFILE_H
#define SLURMC_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "parser/collect.h"
#include "parser/ir.h"
#include "stdlib/arena.h"
#include "stdlib/diag.h"

/* A node label requirement: key In values (one value: key = value). */
struct prof_req {
	const char *key;
	const char **values;
	size_t nvalues; /* >= 1 */
	struct span at;
};

/* A toleration, as the pod spec has it. */
struct prof_toleration {
	const char *key;      /* NULL: every key (operator Exists) */
	const char *op;       /* "Equal" or "Exists" */
	const char *value;    /* NULL for Exists */
	const char *effect;   /* NoSchedule, PreferNoSchedule, NoExecute; NULL: all */
	struct span at;
};

/* Settings that `defaults:`, each `targets.NAME:` and each partition,
 * QOS and account entry may give. Unset values have unset spans. */
struct prof_settings {
	ir_str image, namespace_, queue, priority_class, scheduler_name, service_account;
	ir_str image_pull_policy, runtime_class, gpu_resource, shm_size;
	ir_str cloud, region, zone; /* SkyPilot */
	ir_int ttl_s;
	ir_bool use_spot;
	struct ir_kv *labels; /* labels of the job's objects and pods */
	size_t nlabels;
	struct ir_kv *node_selector;
	size_t nnode_selector;
	struct prof_toleration *tolerations;
	size_t ntolerations;
};

/* A partition, QOS or account entry. */
struct prof_map {
	const char *name;
	struct span at; /* the entry's key in the profile */
	struct prof_settings s;
	ir_int max_time_s;     /* partitions and QOS; IR_UNLIMITED allowed */
	ir_int default_time_s; /* partitions: the time limit of jobs without --time */
	ir_str gpu;            /* partitions: the GPU of untyped GPU requests */
	ir_bool is_default;    /* partitions: used when a job names none */
	ir_int node_cpus, node_gpus; /* partitions: one node's size */
	ir_str node_memory;    /* a Kubernetes quantity */
};

/* The node labels of one GPU under one labelling scheme (gke, eks,
 * karpenter, aks, aks-karpenter, nvidia, amd, or a site's own). */
struct prof_labelset {
	const char *scheme;
	struct prof_req *reqs; /* all must hold */
	size_t nreqs;
	struct span at;
};

/* One entry of the GPU catalogue. */
struct prof_gpu {
	const char *name;      /* catalogue name, e.g. "a100-80gb" */
	struct span at;
	const char *vendor;    /* "nvidia", "amd", ... */
	const char *resource;  /* extended resource, e.g. "nvidia.com/gpu" */
	const char *skypilot;  /* SkyPilot accelerator name, or NULL */
	int64_t memory_gb;     /* 0: unknown */
	const char **gres;     /* Slurm GRES type names that mean this GPU */
	size_t ngres;
	struct prof_labelset *labels;
	size_t nlabels;
};

/* A `gres:` alias: a site's GRES type name for a catalogue GPU. */
struct prof_alias {
	const char *type, *gpu;
	struct span at;
};

/* A `features:` entry: a --constraint feature and the node labels it means. */
struct prof_feature {
	const char *name;
	struct prof_req *reqs;
	size_t nreqs;
	struct span at;
};

/* A `modules:` rule: a glob over "name/version" and the image it means;
 * "{version}" in the image is replaced by the part after the first '/'. */
struct prof_module {
	const char *pattern, *image;
	struct span at;
};

/* Where the output of -o/-e goes. */
enum prof_output_mode { OUTPUT_LOG, OUTPUT_VOLUME };
struct prof_output {
	enum prof_output_mode mode; /* OUTPUT_LOG: the container log only */
	struct ir_volume volume;    /* OUTPUT_VOLUME: mounted; -o paths resolve inside it */
	const char *spec;           /* the volume as written (--volume syntax) */
	struct span at;
};

struct profile_target {
	const char *name;
	struct prof_settings s;
	struct span at;
};

struct profile {
	const char *name;        /* "default", "gke", or the file's path */
	const char *origin;      /* how it was chosen: "--profile", "$SLURMC_PROFILE", "user file", ... */
	const char *description; /* or NULL */
	const char **chain;      /* the profiles merged, base first (for --print-profile) */
	size_t nchain;
	ir_str gpu_labels;       /* labelling scheme of the GPU catalogue to use */
	struct prof_toleration *gpu_tolerations;
	size_t ngpu_tolerations;
	struct prof_settings defaults;
	struct profile_target *targets;
	size_t ntargets;
	struct prof_map *partitions, *qos, *accounts;
	size_t npartitions, nqos, naccounts;
	struct prof_alias *aliases;
	size_t naliases;
	struct prof_gpu *gpus;
	size_t ngpus;
	struct prof_feature *features;
	size_t nfeatures;
	struct prof_module *modules;
	size_t nmodules;
	struct prof_output output;
};

/* --- loading ---------------------------------------------------------- */

/* The profile of this run, by the search order: --profile NAME|FILE in
 * the command line's #SLURMC words, $SLURMC_PROFILE (envp), the user
 * file ($XDG_CONFIG_HOME/slurmc/profile.yaml, else
 * ~/.config/slurmc/profile.yaml), the system file
 * (/etc/slurmc/profile.yaml), the built-in "default". Returns NULL after
 * reporting errors to d. Arena-owned (see above). */
const struct profile *profile_load(struct arena *a, struct diag_engine *d,
				   const struct word *words, size_t nwords, char **envp);

/* The search order with its inputs given (tests, and a script's own
 * #SLURMC --profile). spec: a NAME or FILE, or NULL to search; spec_at:
 * where it was written (for "not found"). NULL paths are skipped. */
struct profile_search {
	const char *spec;
	struct span spec_at;
	const char *origin;      /* for spec: "--profile" or "#SLURMC --profile" */
	const char *env;         /* $SLURMC_PROFILE, or NULL */
	const char *user_file;   /* the user file's path, or NULL */
	const char *system_file; /* the system file's path, or NULL */
};
const struct profile *profile_find(struct arena *a, struct diag_engine *d,
				   const struct profile_search *s);

/* The user file's path from $XDG_CONFIG_HOME or $HOME in envp, or NULL.
 * Arena-owned. */
const char *profile_user_file(struct arena *a, char **envp);

/* Loads one profile by NAME (shipped) or FILE path, merged as above. */
const struct profile *profile_open(struct arena *a, struct diag_engine *d, const char *spec,
				   struct span spec_at);

/* Loads a profile from text (tests): name is its file name in diagnostics. */
const struct profile *profile_from_text(struct arena *a, struct diag_engine *d,
					const char *name, const char *text, size_t len);

/* The names of the shipped profiles, NULL-terminated (static). */
extern const char *const profile_shipped[];

/* --- printing --------------------------------------------------------- */

/* The effective profile as YAML (libyaml's emitter), loadable again.
 * *text is caller-owned. False on an emitter failure. */
bool profile_print(const struct profile *p, char **text, size_t *len);

/* --- lookups ---------------------------------------------------------- */
/* All return borrowed pointers into p, or NULL when there is none. */

const struct prof_map *profile_partition(const struct profile *p, const char *name);
const struct prof_map *profile_default_partition(const struct profile *p);
const struct prof_map *profile_qos(const struct profile *p, const char *name);
const struct prof_map *profile_account(const struct profile *p, const char *name);
const struct prof_settings *profile_target_settings(const struct profile *p, const char *target);

/* The GPU a Slurm GRES type means: a `gres:` alias, else a catalogue
 * entry listing it (case-insensitive, '-' and '_' alike, a leading
 * "nvidia_"/"tesla_"/"amd_" ignored), else the catalogue name itself. */
const struct prof_gpu *profile_gpu(const struct profile *p, const char *gres_type);
/* The GPU's node labels under the profile's gpu_labels scheme. */
const struct prof_labelset *profile_gpu_labels(const struct profile *p, const struct prof_gpu *g);
const struct prof_feature *profile_feature(const struct profile *p, const char *name, size_t len);

/* The image a module ("cuda/12.4") means, from the first matching rule
 * (*rule gets it), or NULL. Arena-owned when "{version}" was filled in. */
const char *profile_module_image(const struct profile *p, struct arena *a, const char *module,
				 const struct prof_module **rule);

/* --- applying --------------------------------------------------------- */

/* When the job has no image yet, looks for `module load X` (also
 * `module add`, `ml X`) lines in the body and sets job->slurmc.image from
 * the profile's best rule (rules are tried in profile order, each against
 * every loaded module), with a note that names the body line. */
void profile_module_hint(const struct profile *p, struct ir_job *job, struct diag_engine *d);

/* An AND of node label requirements; a list of terms is their OR (pod
 * nodeAffinity nodeSelectorTerms). */
struct prof_term {
	struct prof_req *reqs;
	size_t nreqs;
};

/* Everything the site decides for one het component. Strings carry the
 * span of the directive or the profile line that decided them; arrays are
 * arena-owned. */
struct prof_resolved {
	ir_str image, namespace_, queue, priority_class, scheduler_name, service_account;
	ir_str image_pull_policy, runtime_class, shm_size, cloud, region, zone;
	ir_int ttl_s;
	ir_bool use_spot;
	ir_int time_limit_s;      /* the job's --time, else the partition's default_time */
	const char *gpu_resource; /* what GPUs are requested as (never NULL) */
	const struct prof_gpu *gpu; /* the GPU type's catalogue entry, or NULL */
	const char *accelerator;  /* SkyPilot accelerator name, or NULL */
	struct ir_kv *labels;     /* profile labels, then #SLURMC --label (same key: later wins) */
	size_t nlabels;
	struct ir_kv *node_selector; /* exact node labels (nodeSelector) */
	size_t nnode_selector;
	struct prof_toleration *tolerations;
	size_t ntolerations;
	struct prof_term *required; /* --constraint (and GPU labels with several values) */
	size_t nrequired;           /* 0: no required node affinity */
	struct prof_term *preferred; /* --prefer: preferred node affinity, one term each */
	size_t npreferred;
	const struct prof_map *partition, *qos, *account; /* entries used, or NULL */
	ir_int node_cpus, node_gpus;
	ir_str node_memory;
	const struct prof_output *output;
};

/* Resolves component comp of job for target. p may be NULL (built-in
 * behaviour: #SLURMC values only). Warns (-Wprofile) about partitions,
 * QOS, GPU types and features the profile does not know, and a --time
 * over a partition's or QOS's max_time. */
void profile_resolve(const struct profile *p, const struct ir_job *job, size_t comp,
		     const char *target, struct arena *a, struct diag_engine *d,
		     struct prof_resolved *out);

#endif
