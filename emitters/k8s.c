/*
 * k8s.c: the Kubernetes objects every Kubernetes target shares: object
 * metadata, the ConfigMap holding the script and the runtime library, the
 * headless Service of a multi-node job, and the pod template.
 *
 * One small function per nested object, called in the order of the
 * output. The pod runs `/bin/sh /slurmc/entry.sh` from the ConfigMap
 * (mounted at /slurmc, mode 0755); entry.sh reads the SLURMC_* variables
 * (runenv.c), sets up the SLURM_* ones and the srun shim, and runs the
 * script with its own interpreter. Pods are sized for the busiest node
 * (units.c), with limits equal to requests as a Slurm allocation is a hard
 * limit; only --exclusive on nodes of unknown size leaves the CPU limit
 * off, so that a pod can use its node's idle CPUs.
 */
#include "emitters/target.h"

#include <string.h>

#include "stdlib/embedded.h"

#define RUNTIME_DIR "stdlib/runtime/"
#define MOUNT_DIR "/slurmc"

/* --- metadata ----------------------------------------------------------- */

/* Whether key is one of the n labels of extra. */
static bool has_key(const struct ir_kv *extra, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(extra[i].key, key) == 0)
			return true;
	return false;
}

/* labels: slurmc's, the site's and #SLURMC's, then a target's own extra
 * ones, which replace any of the site's with the same key. */
static void labels_with(struct emit_ctx *cx, const struct ir_kv *extra, size_t nextra)
{
	const struct prof_resolved *r = &cx->site;
	yw_str(cx->w, "labels");
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "app.kubernetes.io/managed-by", "slurmc");
	yw_kv_str(cx->w, "slurmc.io/job", cx->name);
	for (size_t i = 0; i < r->nlabels; i++)
		if (strcmp(r->labels[i].key, "slurmc.io/job") != 0 &&
		    strcmp(r->labels[i].key, "app.kubernetes.io/managed-by") != 0 &&
		    !has_key(extra, nextra, r->labels[i].key))
			yw_kv_str(cx->w, r->labels[i].key, r->labels[i].value);
	for (size_t i = 0; i < nextra; i++)
		yw_kv_str(cx->w, extra[i].key, extra[i].value);
	yw_map_end(cx->w);
}

void k8s_labels(struct emit_ctx *cx)
{
	labels_with(cx, NULL, 0);
}

/* Provenance: source file, slurmc version, the job name as written. */
static void annotations(struct emit_ctx *cx)
{
	const struct ir_slurmc *s = &cx->job->slurmc;
	yw_str(cx->w, "annotations");
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "slurmc.io/source", cx->source);
	yw_kv_str(cx->w, "slurmc.io/version", cx->version);
	yw_kv_str(cx->w, "slurmc.io/job-name", cx->job_name);
	if (cx->comp->comment.v)
		yw_kv_str(cx->w, "slurmc.io/comment", cx->comp->comment.v);
	for (size_t i = 0; i < s->nannotations; i++)
		yw_kv_str(cx->w, s->annotations[i].key, s->annotations[i].value);
	yw_map_end(cx->w);
}

void k8s_metadata_with(struct emit_ctx *cx, const char *name, const struct ir_kv *extra,
		       size_t nextra)
{
	yw_str(cx->w, "metadata");
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "name", name);
	if (cx->namespace_)
		yw_kv_str(cx->w, "namespace", cx->namespace_);
	labels_with(cx, extra, nextra);
	annotations(cx);
	yw_map_end(cx->w);
}

void k8s_metadata(struct emit_ctx *cx, const char *name)
{
	k8s_metadata_with(cx, name, NULL, 0);
}

/* apiVersion and kind. */
static void header(struct emit_ctx *cx, const char *api, const char *kind)
{
	yw_kv_str(cx->w, "apiVersion", api);
	yw_kv_str(cx->w, "kind", kind);
}

/* --- ConfigMap ---------------------------------------------------------- */

/* Base64 of n bytes. Arena-owned. */
static const char *base64(struct arena *a, const char *s, size_t n)
{
	static const char abc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *p = (const unsigned char *)s;
	char *t = arena_alloc(a, (n + 2) / 3 * 4 + 1), *q = t;
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
			     (i + 2 < n ? p[i + 2] : 0);
		*q++ = abc[v >> 18 & 63];
		*q++ = abc[v >> 12 & 63];
		*q++ = i + 1 < n ? abc[v >> 6 & 63] : '=';
		*q++ = i + 2 < n ? abc[v & 63] : '=';
	}
	return t;
}

/* A runtime file of the embedded library, by its path. */
static bool runtime_file(const struct embedded_file *f)
{
	size_t n = strlen(f->path);
	return strncmp(f->path, RUNTIME_DIR, strlen(RUNTIME_DIR)) == 0 && n > 3 &&
	       strcmp(f->path + n - 3, ".sh") == 0 && !strchr(f->path + strlen(RUNTIME_DIR), '/');
}

/* data: the script (when it is UTF-8) and every runtime file. */
static void configmap_data(struct emit_ctx *cx, bool script_utf8)
{
	const struct source *src = cx->job->src;
	yw_str(cx->w, "data");
	yw_map_begin(cx->w);
	if (script_utf8) {
		yw_str(cx->w, "script");
		yw_literal(cx->w, src->text, src->len);
	}
	for (const struct embedded_file *f = embedded_files; f->path; f++) {
		if (!runtime_file(f))
			continue;
		yw_str(cx->w, f->path + strlen(RUNTIME_DIR));
		yw_literal(cx->w, f->data, f->len);
	}
	yw_map_end(cx->w);
}

/* Bytes of the ConfigMap's data: the script and the runtime files. */
static size_t configmap_bytes(struct emit_ctx *cx)
{
	size_t n = cx->job->src->len;
	for (const struct embedded_file *f = embedded_files; f->path; f++)
		if (runtime_file(f))
			n += f->len;
	return n;
}

void k8s_configmap_doc(struct emit_ctx *cx)
{
	const struct source *src = cx->job->src;
	bool utf8 = yaml_utf8_ok(src->text, src->len);
	size_t bytes = configmap_bytes(cx);
	if (bytes + (utf8 ? 0 : src->len / 3 + 4) > 1024 * 1024 - 16 * 1024) /* room for keys, metadata */
		diag_report(cx->diag, E_SCRIPT_TOO_LARGE, span_make(src, 0, 0),
			    units_int(cx->arena, (int64_t)bytes));
	yw_doc_begin(cx->w);
	yw_map_begin(cx->w);
	header(cx, "v1", "ConfigMap");
	k8s_metadata(cx, cx->name);
	configmap_data(cx, utf8);
	if (!utf8) { /* bytes that are not text: kept exactly, as binaryData */
		yw_str(cx->w, "binaryData");
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "script", base64(cx->arena, src->text, src->len));
		yw_map_end(cx->w);
	}
	yw_map_end(cx->w);
	yw_doc_end(cx->w);
}

/* --- Service ------------------------------------------------------------ */

void k8s_service_doc(struct emit_ctx *cx)
{
	yw_doc_begin(cx->w);
	yw_map_begin(cx->w);
	header(cx, "v1", "Service");
	k8s_metadata(cx, cx->name);
	yw_str(cx->w, "spec");
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "clusterIP", "None");
	yw_str(cx->w, "selector");
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "slurmc.io/job", cx->name);
	yw_map_end(cx->w);
	yw_kv_bool(cx->w, "publishNotReadyAddresses", true);
	yw_map_end(cx->w);
	yw_map_end(cx->w);
	yw_doc_end(cx->w);
}

/* --- the container ------------------------------------------------------ */

/* One env entry: a literal (escaped for $(VAR)) or a reference. */
static void env_entry(struct emit_ctx *cx, const struct env_var *v)
{
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "name", v->name);
	if (v->value) {
		yw_kv_str(cx->w, "value", k8s_env_escape(cx->arena, v->value));
	} else {
		yw_str(cx->w, "valueFrom");
		yw_map_begin(cx->w);
		yw_str(cx->w, v->field ? "fieldRef" : v->config_map ? "configMapKeyRef" : "secretKeyRef");
		yw_map_begin(cx->w);
		if (v->field) {
			yw_kv_str(cx->w, "fieldPath", v->field);
		} else {
			yw_kv_str(cx->w, "name", v->secret);
			yw_kv_str(cx->w, "key", v->key);
		}
		yw_map_end(cx->w);
		yw_map_end(cx->w);
	}
	yw_map_end(cx->w);
}

/* env: the runtime's SLURMC_* facts, then the job's own variables. */
static void env(struct emit_ctx *cx, const char *backend)
{
	struct env_list l;
	runenv_build(cx, backend, "metadata.labels['batch.kubernetes.io/controller-uid']", &l);
	yw_str(cx->w, "env");
	yw_seq_begin(cx->w);
	for (size_t i = 0; i < l.n; i++)
		env_entry(cx, &l.v[i]);
	yw_seq_end(cx->w);
}

/* requests or limits: CPUs, memory, GPUs, local disk. */
static void quantities(struct emit_ctx *cx, bool limits)
{
	const struct layout *l = &cx->layout;
	const struct ir_component *c = cx->comp;
	bool exclusive = span_is_set(c->exclusive.at) && c->exclusive.v != EXCL_NONE && !l->whole_nodes;
	yw_str(cx->w, limits ? "limits" : "requests");
	yw_map_begin(cx->w);
	if (!(limits && exclusive))
		yw_kv_str(cx->w, "cpu", units_count(cx->arena, l->max_cpus));
	if (l->mem_mib > 0)
		yw_kv_str(cx->w, "memory", units_mem(cx->arena, l->mem_mib));
	if (l->gpus > 0)
		yw_kv_str(cx->w, cx->site.gpu_resource, units_count(cx->arena, l->gpus));
	if (span_is_set(c->tmp_disk_mb.at) && c->tmp_disk_mb.v > 0)
		yw_kv_str(cx->w, "ephemeral-storage", units_mem(cx->arena, c->tmp_disk_mb.v));
	yw_map_end(cx->w);
}

/* resources: requests, and limits equal to them. */
static void resources(struct emit_ctx *cx)
{
	yw_str(cx->w, "resources");
	yw_map_begin(cx->w);
	quantities(cx, false);
	quantities(cx, true);
	yw_map_end(cx->w);
}

/* The runtime at /slurmc, /dev/shm, then #SLURMC volumes (vol-0, ...). */
static void volume_mounts(struct emit_ctx *cx)
{
	const struct ir_slurmc *s = &cx->job->slurmc;
	const char *shm = cx->site.shm_size.v;
	yw_str(cx->w, "volumeMounts");
	yw_seq_begin(cx->w);
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "name", "slurmc");
	yw_kv_str(cx->w, "mountPath", MOUNT_DIR);
	yw_kv_bool(cx->w, "readOnly", true);
	yw_map_end(cx->w);
	if (shm) {
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "name", "dshm");
		yw_kv_str(cx->w, "mountPath", "/dev/shm");
		yw_map_end(cx->w);
	}
	for (size_t i = 0; i < s->nvolumes; i++) {
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "name", arena_printf(cx->arena, "vol-%zu", i));
		yw_kv_str(cx->w, "mountPath", s->volumes[i].path);
		if (s->volumes[i].read_only)
			yw_kv_bool(cx->w, "readOnly", true);
		yw_map_end(cx->w);
	}
	yw_seq_end(cx->w);
}

/* --chdir (absolute, or relative to the container's working directory),
 * else the pyxis/#SLURMC container working directory. */
static const char *working_dir(struct emit_ctx *cx)
{
	const char *chdir = cx->comp->work_dir.v, *base = cx->job->slurmc.container_workdir.v;
	if (chdir && chdir[0] == '/')
		return chdir;
	if (chdir && base)
		return arena_printf(cx->arena, "%s/%s", base, chdir);
	if (chdir)
		emit_approx(cx, OPT_CHDIR, "a relative directory is taken from the image's working "
					   "directory, which is not known here; the job starts there");
	return base;
}

/* The one container: image, the runtime's entry point, env, resources. */
static void container(struct emit_ctx *cx, const char *backend)
{
	const char *dir = working_dir(cx);
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "name", "job");
	yw_kv_str(cx->w, "image", cx->image);
	if (cx->site.image_pull_policy.v)
		yw_kv_str(cx->w, "imagePullPolicy", cx->site.image_pull_policy.v);
	yw_str(cx->w, "command");
	yw_seq_begin(cx->w);
	yw_str(cx->w, "/bin/sh");
	yw_str(cx->w, MOUNT_DIR "/entry.sh");
	yw_seq_end(cx->w);
	if (dir)
		yw_kv_str(cx->w, "workingDir", dir);
	env(cx, backend);
	resources(cx);
	volume_mounts(cx);
	yw_map_end(cx->w);
}

/* --- the pod spec ------------------------------------------------------- */

/* One #SLURMC volume's source. */
static void volume_source(struct emit_ctx *cx, const struct ir_volume *v)
{
	static const char *const kind[] = { "persistentVolumeClaim", "hostPath", "emptyDir",
					    "configMap", "secret" };
	static const char *const ref[] = { "claimName", "path", NULL, "name", "secretName" };
	yw_str(cx->w, kind[v->kind]);
	yw_map_begin(cx->w);
	if (ref[v->kind] && v->source)
		yw_kv_str(cx->w, ref[v->kind], v->source);
	if (v->kind == VOL_EMPTYDIR && v->size)
		yw_kv_str(cx->w, "sizeLimit", v->size);
	yw_map_end(cx->w);
}

/* volumes: the runtime's ConfigMap, /dev/shm, then #SLURMC volumes. */
static void volumes(struct emit_ctx *cx)
{
	const struct ir_slurmc *s = &cx->job->slurmc;
	const char *shm = cx->site.shm_size.v;
	yw_str(cx->w, "volumes");
	yw_seq_begin(cx->w);
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "name", "slurmc");
	yw_str(cx->w, "configMap");
	yw_map_begin(cx->w);
	yw_kv_str(cx->w, "name", cx->name);
	yw_kv_int(cx->w, "defaultMode", 0755);
	yw_map_end(cx->w);
	yw_map_end(cx->w);
	if (shm) {
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "name", "dshm");
		yw_str(cx->w, "emptyDir");
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "medium", "Memory");
		yw_kv_str(cx->w, "sizeLimit", shm);
		yw_map_end(cx->w);
		yw_map_end(cx->w);
	}
	for (size_t i = 0; i < s->nvolumes; i++) {
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "name", arena_printf(cx->arena, "vol-%zu", i));
		volume_source(cx, &s->volumes[i]);
		yw_map_end(cx->w);
	}
	yw_seq_end(cx->w);
}

/* nodeSelector: exact node labels from the profile and #SLURMC. */
static void node_selector(struct emit_ctx *cx)
{
	const struct prof_resolved *r = &cx->site;
	if (r->nnode_selector == 0)
		return;
	yw_str(cx->w, "nodeSelector");
	yw_map_begin(cx->w);
	for (size_t i = 0; i < r->nnode_selector; i++)
		yw_kv_str(cx->w, r->node_selector[i].key, r->node_selector[i].value);
	yw_map_end(cx->w);
}

/* One node selector term: every requirement as "key In [values]". */
static void term(struct emit_ctx *cx, const struct prof_term *t)
{
	yw_map_begin(cx->w);
	yw_str(cx->w, "matchExpressions");
	yw_seq_begin(cx->w);
	for (size_t i = 0; i < t->nreqs; i++) {
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "key", t->reqs[i].key);
		yw_kv_str(cx->w, "operator", "In");
		yw_str(cx->w, "values");
		yw_seq_begin(cx->w);
		for (size_t j = 0; j < t->reqs[i].nvalues; j++)
			yw_str(cx->w, t->reqs[i].values[j]);
		yw_seq_end(cx->w);
		yw_map_end(cx->w);
	}
	yw_seq_end(cx->w);
	yw_map_end(cx->w);
}

/* Required terms (--constraint, GPU labels with several values) ORed. */
static void required_affinity(struct emit_ctx *cx)
{
	const struct prof_resolved *r = &cx->site;
	yw_str(cx->w, "requiredDuringSchedulingIgnoredDuringExecution");
	yw_map_begin(cx->w);
	yw_str(cx->w, "nodeSelectorTerms");
	yw_seq_begin(cx->w);
	for (size_t i = 0; i < r->nrequired; i++)
		term(cx, &r->required[i]);
	yw_seq_end(cx->w);
	yw_map_end(cx->w);
}

/* --prefer: one weighted preference per term. */
static void preferred_affinity(struct emit_ctx *cx)
{
	const struct prof_resolved *r = &cx->site;
	yw_str(cx->w, "preferredDuringSchedulingIgnoredDuringExecution");
	yw_seq_begin(cx->w);
	for (size_t i = 0; i < r->npreferred; i++) {
		yw_map_begin(cx->w);
		yw_kv_int(cx->w, "weight", 1);
		yw_str(cx->w, "preference");
		term(cx, &r->preferred[i]);
		yw_map_end(cx->w);
	}
	yw_seq_end(cx->w);
}

/* affinity.nodeAffinity, when the site asks for node labels. */
static void affinity(struct emit_ctx *cx)
{
	const struct prof_resolved *r = &cx->site;
	if (r->nrequired == 0 && r->npreferred == 0)
		return;
	yw_str(cx->w, "affinity");
	yw_map_begin(cx->w);
	yw_str(cx->w, "nodeAffinity");
	yw_map_begin(cx->w);
	if (r->nrequired > 0)
		required_affinity(cx);
	if (r->npreferred > 0)
		preferred_affinity(cx);
	yw_map_end(cx->w);
	yw_map_end(cx->w);
}

/* One toleration; Exists without a key tolerates every taint. */
static void toleration(struct emit_ctx *cx, const struct prof_toleration *t)
{
	yw_map_begin(cx->w);
	if (t->key)
		yw_kv_str(cx->w, "key", t->key);
	yw_kv_str(cx->w, "operator", t->op);
	if (t->value)
		yw_kv_str(cx->w, "value", t->value);
	if (t->effect && *t->effect)
		yw_kv_str(cx->w, "effect", t->effect);
	yw_map_end(cx->w);
}

/* tolerations from the profile (GPU taints, partitions) and #SLURMC. */
static void tolerations(struct emit_ctx *cx)
{
	const struct prof_resolved *r = &cx->site;
	if (r->ntolerations == 0)
		return;
	yw_str(cx->w, "tolerations");
	yw_seq_begin(cx->w);
	for (size_t i = 0; i < r->ntolerations; i++)
		toleration(cx, &r->tolerations[i]);
	yw_seq_end(cx->w);
}

/* imagePullSecrets from #SLURMC --image-pull-secret. */
static void pull_secrets(struct emit_ctx *cx)
{
	const struct ir_slurmc *s = &cx->job->slurmc;
	if (s->nimage_pull_secrets == 0)
		return;
	yw_str(cx->w, "imagePullSecrets");
	yw_seq_begin(cx->w);
	for (size_t i = 0; i < s->nimage_pull_secrets; i++) {
		yw_map_begin(cx->w);
		yw_kv_str(cx->w, "name", s->image_pull_secrets[i].key ? s->image_pull_secrets[i].key
								   : s->image_pull_secrets[i].value);
		yw_map_end(cx->w);
	}
	yw_seq_end(cx->w);
}

/* Short peer hostnames resolve through the Service's domain (the
 * runtime's node names are short), when the namespace is known. */
static void dns_config(struct emit_ctx *cx, const char *subdomain)
{
	if (!subdomain || !cx->namespace_)
		return;
	yw_str(cx->w, "dnsConfig");
	yw_map_begin(cx->w);
	yw_str(cx->w, "searches");
	yw_seq_begin(cx->w);
	yw_str(cx->w, arena_printf(cx->arena, "%s.%s.svc.cluster.local", subdomain, cx->namespace_));
	yw_seq_end(cx->w);
	yw_map_end(cx->w);
}

/* Pod-level settings from the site profile and #SLURMC. */
static void pod_settings(struct emit_ctx *cx, const struct pod_opts *po)
{
	const struct prof_resolved *r = &cx->site;
	yw_kv_str(cx->w, "restartPolicy", po->restart_policy);
	if (po->subdomain)
		yw_kv_str(cx->w, "subdomain", po->subdomain);
	if (po->deadline_s > 0)
		yw_kv_int(cx->w, "activeDeadlineSeconds", po->deadline_s);
	if (r->priority_class.v)
		yw_kv_str(cx->w, "priorityClassName", r->priority_class.v);
	if (r->service_account.v)
		yw_kv_str(cx->w, "serviceAccountName", r->service_account.v);
	if (r->scheduler_name.v)
		yw_kv_str(cx->w, "schedulerName", r->scheduler_name.v);
	if (r->runtime_class.v)
		yw_kv_str(cx->w, "runtimeClassName", r->runtime_class.v);
	dns_config(cx, po->subdomain);
	node_selector(cx);
	affinity(cx);
	tolerations(cx);
	pull_secrets(cx);
}

void k8s_pod_template(struct emit_ctx *cx, const struct pod_opts *po)
{
	yw_str(cx->w, "template");
	yw_map_begin(cx->w);
	yw_str(cx->w, "metadata");
	yw_map_begin(cx->w);
	labels_with(cx, po->labels, po->nlabels);
	yw_map_end(cx->w);
	yw_str(cx->w, "spec");
	yw_map_begin(cx->w);
	pod_settings(cx, po);
	yw_str(cx->w, "containers");
	yw_seq_begin(cx->w);
	container(cx, po->backend);
	yw_seq_end(cx->w);
	volumes(cx);
	yw_map_end(cx->w);
	yw_map_end(cx->w);
}
