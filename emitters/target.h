/*
 * target.h: what every target shares: the emit context, the target table,
 * the option coverage tables and their one shared walk, the runtime's
 * environment contract, naming, the site lookup, the body check, and the
 * Kubernetes object writers the Kubernetes targets have in common.
 *
 * A target is one function that writes its documents through cx->w, in the
 * order of the output, plus one coverage row per sbatch option. Everything
 * derived from the IR that targets agree on (names, layout, image) is
 * computed once, by emit(), before the target runs.
 */
#ifndef SLURMC_TARGET_H
#define SLURMC_TARGET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "emitters/emit.h"
#include "emitters/units.h"
#include "emitters/yaml.h"
#include "parser/profile.h"

struct emit_ctx {
	const struct ir_job *job;
	const struct ir_component *comp; /* the component compiled: the first */
	const struct emit_options *opt;
	struct diag_engine *diag;
	const char *target;
	struct arena *arena; /* scratch, freed when emit() returns */
	struct yw *w;
	/* Derived once by emit(), shared by every target: */
	const char *name;      /* object name: a DNS-1035 label with room for "-<index>" */
	const char *job_name;  /* the Slurm job name, as SLURM_JOB_NAME shows it */
	const char *image;
	const char *namespace_; /* NULL: none */
	const char *source;     /* slurmc.io/source */
	const char *version;    /* slurmc.io/version */
	struct prof_resolved site; /* what the site profile and #SLURMC decide */
	struct node_shape shape;
	struct layout layout;
	int64_t array_count; /* 1 when not an array */
	const char *array_ids; /* runenv_array_ids(), once computed */
	bool indexed;        /* pods have an index: an array, or more than one node */
};

/* --- the target table (targets.c) ------------------------------------ */

/* How a target handles one sbatch option. MAPPED options may still get a
 * value-specific approximation warning from the target's own code. */
enum cover {
	COVER_MISSING, /* no entry: a defect, caught by the unit tests */
	COVER_MAPPED,
	COVER_APPROX,  /* warning: "is approximated ...: <note>" */
	COVER_DROPPED, /* warning: "has no equivalent ...", note as a note */
	COVER_IGNORED  /* affects only sbatch itself (--parsable, --quiet): nothing to do */
};

struct cover_row {
	enum cover how;
	const char *note; /* how it is approximated, or why it is dropped; may be NULL */
};

/* A row a derived target answers differently from its base tables. */
struct cover_change {
	bool slurmc;  /* an #SLURMC option (enum slurmc_opt_id), else sbatch */
	int id;
	/* a change whose row is COVER_MISSING ends a list */
	struct cover_row row;
};

struct target {
	const char *name;
	void (*run)(struct emit_ctx *cx);  /* NULL: not implemented yet */
	const struct cover_row *cover;     /* OPT__COUNT rows, or NULL */
	const struct cover_row *slurmc_cover; /* SLURMC_OPT__COUNT rows, or NULL */
	const struct cover_change *changes;   /* rows that differ from those, or NULL */
};

/* The row target t answers for an option: its change if it has one, else
 * the base table's. Borrowed. */
const struct cover_row *target_cover(const struct target *t, bool slurmc, int id);

/* The row for name, or NULL. */
const struct target *target_find(const char *name);

/* The one shared walk: reports every sbatch option comp set (and every
 * #SLURMC option the job set) that target t marks approximated or
 * dropped, at the option's span. */
void cover_report(struct emit_ctx *cx, const struct target *t);

/* A value-specific approximation of option id ("--mem=0"), at its span. */
void emit_approx(struct emit_ctx *cx, enum opt_id id, const char *how);

/* --- targets ---------------------------------------------------------- */

void emit_job(struct emit_ctx *cx);
extern const struct cover_row job_cover[OPT__COUNT];
extern const struct cover_row job_slurmc_cover[SLURMC_OPT__COUNT];

/* What a target built on the job target (kueue, podgroup) adds to its Job.
 * A label given here replaces a site or #SLURMC label of the same key. */
struct job_extras {
	const struct ir_kv *labels;     /* more labels of the Job object */
	size_t nlabels;
	const struct ir_kv *pod_labels; /* more labels of its pods */
	size_t npod_labels;
	bool suspend;                   /* created suspended (Kueue unsuspends it) */
};

/* The job target in two parts, for the targets built on it. job_begin()
 * checks Kubernetes' limits, reports what the job target reports (het
 * job, value-specific approximations, the multi-node body) and writes the
 * ConfigMap and, for several nodes, the Service; false after an error, and
 * then nothing more should be written. job_write() writes the Job with x
 * (NULL: nothing added). emit_job() is the two in a row. */
bool job_begin(struct emit_ctx *cx);
void job_write(struct emit_ctx *cx, const struct job_extras *x);

void emit_kueue(struct emit_ctx *cx);
extern const struct cover_change kueue_changes[]; /* over job_cover */

void emit_podgroup(struct emit_ctx *cx);
extern const struct cover_change podgroup_changes[]; /* over job_cover */

/* --- names (names.c) --------------------------------------------------- */

/* A DNS-1035 label (a-z, 0-9, '-', starting with a letter, not ending in
 * '-') of at most max bytes made from any text; when it has to be cut, a
 * hash of the whole text keeps different names apart. Arena-owned. */
const char *name_label(struct arena *a, const char *s, size_t max);

/* Kubernetes' (pre-1.32, portable) environment variable name rule. */
bool name_env_ok(const char *s);

/* s with "$(" and "$$" escaped, so Kubernetes' $(VAR) expansion gives s
 * back. Arena-owned (or s itself when nothing needs escaping). */
const char *k8s_env_escape(struct arena *a, const char *s);

/* --- the runtime's environment contract (runenv.c) -------------------- */

struct env_var {
	const char *name;
	const char *value;     /* literal, unescaped; NULL when field is used */
	const char *field;     /* fieldRef path, or NULL */
	const char *secret;    /* secretKeyRef / configMapKeyRef name, or NULL */
	const char *key;
	bool config_map;       /* the reference is a configMapKeyRef */
};

struct env_list {
	struct env_var *v;
	size_t n, cap;
};

/* The SLURMC_* variables stdlib/runtime reads, then the job's own (from
 * --export and #SLURMC --env; a later variable of the same name replaces
 * an earlier one), for the given backend name. uid_field: the fieldRef
 * path of the job's uid, or NULL. */
void runenv_build(struct emit_ctx *cx, const char *backend, const char *uid_field,
		  struct env_list *out);

/* The array task ids as the runtime maps positions to ids ("1,4,7"). */
const char *runenv_array_ids(struct emit_ctx *cx);

/* --- the site: the ONE place where profile lookups happen (site.c) ---- */

/* Resolves the site's answer for the component (cx->site, cx->shape) and
 * reports partitions, QOS and accounts no profile maps. */
void site_resolve(struct emit_ctx *cx);

/* --- the body (body.c) ------------------------------------------------ */

/* A command of the body that Slurm runs once but every node runs here. */
struct body_cmd {
	size_t off, len; /* the command word, as a byte range of the body */
	unsigned line;   /* 1-based line in the script */
};

/* The commands outside srun of a body starting at line first_line. Up to
 * max go to cmds; returns how many there are. */
size_t body_commands(const char *text, size_t len, unsigned first_line, struct body_cmd *cmds,
		     size_t max);

/* Warns once when a multi-node job runs commands outside srun. */
void body_check_multi_node(struct emit_ctx *cx);

/* --- Kubernetes objects shared by the Kubernetes targets (k8s.c) ------ */

struct pod_opts {
	const char *backend;        /* SLURMC_BACKEND */
	const char *restart_policy; /* "Never", "OnFailure" */
	const char *subdomain;      /* NULL: none */
	int64_t deadline_s;         /* pod activeDeadlineSeconds; 0: none */
	const struct ir_kv *labels; /* more pod labels (they win over the site's); may be NULL */
	size_t nlabels;
};

/* metadata: name, namespace, labels, annotations. */
void k8s_metadata(struct emit_ctx *cx, const char *name);
/* The same with more labels, after the usual ones; a site or #SLURMC
 * label of the same key gives way to them. */
void k8s_metadata_with(struct emit_ctx *cx, const char *name, const struct ir_kv *extra,
		       size_t nextra);
/* Labels of every object and pod: managed-by, slurmc.io/job, #SLURMC --label. */
void k8s_labels(struct emit_ctx *cx);
/* The ConfigMap with the script and the runtime library. */
void k8s_configmap_doc(struct emit_ctx *cx);
/* The headless Service giving the pods of a multi-node job stable names. */
void k8s_service_doc(struct emit_ctx *cx);
/* A pod template: metadata and spec. */
void k8s_pod_template(struct emit_ctx *cx, const struct pod_opts *po);

#endif
