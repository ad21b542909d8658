/*
 * slurmc_apply.c: #SLURMC and pyxis option values into struct ir_slurmc.
 *
 * Each option is one case: check the value with a validator of
 * slurmc_values.h, report a failure at the field that is wrong, store the
 * result with its span. Lists (env, volumes, labels, ...) are kept in the
 * order first written; a later item with the same key takes the earlier
 * one's place, so the command line can override one label of a script.
 */
#include "parser/slurmc_apply.h"

#include <string.h>

#include "parser/options.h"
#include "parser/slurmc_values.h"

bool slurmc_opt_repeatable(int sopt_id)
{
	switch (sopt_id) {
	case SOPT_IMAGE_PULL_SECRET:
	case SOPT_ENV:
	case SOPT_VOLUME:
	case SOPT_NODE_SELECTOR:
	case SOPT_TOLERATION:
	case SOPT_LABEL:
	case SOPT_ANNOTATION:
		return true;
	default:
		return false;
	}
}

/* The span of e's field: inside the value when `at` ends with the value as
 * written (no quotes were removed), else all of `at`. */
static struct span field_span(struct span at, const char *value, const struct verr *e)
{
	size_t vlen = strlen(value);
	if (!at.src || at.len < vlen ||
	    memcmp(at.src->text + at.off + at.len - vlen, value, vlen) != 0)
		return at;
	size_t start = at.off + at.len - vlen;
	if (e->len == 0 || e->off + e->len > vlen)
		return span_make(at.src, start, vlen);
	return span_make(at.src, start + e->off, e->len);
}

/* Reports a validator failure; returns true when it was only a warning. */
static bool report(struct diag_engine *d, struct arena *a, struct span at, const char *value,
		   const struct verr *e)
{
	const char *text = value;
	if (e->len && e->off + e->len <= strlen(value))
		text = arena_strndup(a, value + e->off, e->len);
	struct diag *r = diag_report(d, e->id, field_span(at, value, e), text);
	if (e->note)
		diag_note(d, r, "%s", e->note);
	if (e->hint)
		diag_hint(d, r, "%s", e->hint);
	return diag_default_severity(e->id) != SEV_ERROR;
}

static ir_str str_at(const char *v, struct span at)
{
	ir_str s = { v, at };
	return s;
}

/* Sets or replaces the item with this key (and, for tolerations, value)
 * in a KEY/VALUE list. */
static void kv_put(struct arena *a, struct ir_kv **arr, size_t *n, const char *key,
		   const char *value, bool match_value, struct span at)
{
	for (size_t i = 0; i < *n; i++) {
		struct ir_kv *kv = &(*arr)[i];
		bool same_value = !match_value || (kv->value == value) ||
				  (kv->value && value && strcmp(kv->value, value) == 0);
		if (strcmp(kv->key, key) == 0 && same_value) {
			kv->value = value;
			kv->at = at;
			return;
		}
	}
	*arr = arena_grow(a, *arr, *n, *n + 1, sizeof **arr);
	(*arr)[(*n)++] = (struct ir_kv){ key, value, at };
}

/* Adds a volume; one at the same mount path is replaced unless it is a
 * #SLURMC volume and the new one comes from pyxis. */
static void volume_put(struct arena *a, struct ir_slurmc *s, const struct ir_volume *v)
{
	for (size_t i = 0; i < s->nvolumes; i++) {
		if (strcmp(s->volumes[i].path, v->path) == 0) {
			if (!(v->pyxis && !s->volumes[i].pyxis))
				s->volumes[i] = *v;
			return;
		}
	}
	s->volumes = arena_grow(a, s->volumes, s->nvolumes, s->nvolumes + 1, sizeof *s->volumes);
	s->volumes[s->nvolumes++] = *v;
}

/* --image-pull-secret: one name or a comma list. */
static bool apply_pull_secrets(struct ir_job *job, const char *value, struct span at,
			       struct diag_engine *d)
{
	struct ir_slurmc *s = &job->slurmc;
	for (const char *p = value;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		struct verr e = { 0 };
		if (!sval_dns_subdomain(p, len, E_BAD_NAME, &e)) {
			e.off += (size_t)(p - value);
			return report(d, job->arena, at, value, &e);
		}
		kv_put(job->arena, &s->image_pull_secrets, &s->nimage_pull_secrets,
		       arena_strndup(job->arena, p, len), NULL, false, at);
		if (!comma)
			return true;
		p = comma + 1;
	}
}

/* --label, --annotation, --node-selector. */
static bool apply_kv(struct ir_job *job, enum sval_kv kind, struct ir_kv **arr, size_t *n,
		     const char *value, struct span at, struct diag_engine *d)
{
	const char *k, *v;
	struct verr e = { 0 };
	if (!sval_key_value(job->arena, value, kind, &k, &v, &e))
		return report(d, job->arena, at, value, &e);
	kv_put(job->arena, arr, n, k, v, false, at);
	return true;
}

/* A name option checked as a DNS-1123 subdomain (or label for namespaces). */
static bool apply_name(struct ir_job *job, ir_str *dst, const char *value, struct span at,
		       bool label, enum diag_id id, struct diag_engine *d)
{
	struct verr e = { 0 };
	bool ok = label ? sval_dns_label(value, strlen(value), id, &e) :
		  sval_dns_subdomain(value, strlen(value), id, &e);
	if (!ok)
		return report(d, job->arena, at, value, &e);
	*dst = str_at(value, at);
	return true;
}

/* Options whose value is a validated string stored as is. */
static bool apply_checked_string(struct ir_job *job, int id, const char *v, struct span at,
				 struct diag_engine *d)
{
	struct ir_slurmc *s = &job->slurmc;
	struct verr e = { 0 };
	ir_str *dst;
	bool ok;
	switch (id) {
	case SOPT_SHM_SIZE:
		dst = &s->shm_size, ok = sval_quantity(v, strlen(v), true, &e);
		break;
	case SOPT_GPU_RESOURCE:
		dst = &s->gpu_resource, ok = sval_resource_name(v, &e);
		break;
	case SOPT_TARGET:
		dst = &s->target, ok = sval_target(v, &e);
		break;
	case SOPT_CLOUD:
		dst = &s->cloud, ok = sval_cloud(v, &e);
		break;
	case SOPT_REGION:
		dst = &s->region, ok = sval_region(v, &e);
		break;
	case SOPT_ZONE:
		dst = &s->zone, ok = sval_region(v, &e);
		break;
	case SOPT_INSTANCE_TYPE:
		dst = &s->instance_type, ok = sval_region(v, &e);
		break;
	case SOPT_PROFILE:
		dst = &s->profile, ok = true;
		break;
	default: /* SOPT_SETUP */
		dst = &s->setup, ok = true;
		break;
	}
	if (!ok && !report(d, job->arena, at, v, &e))
		return false;
	*dst = str_at(v, at);
	return true;
}

/* Options whose value becomes a number or a flag. */
static bool apply_number(struct ir_job *job, int id, const char *v, struct span at,
			 struct diag_engine *d)
{
	struct ir_slurmc *s = &job->slurmc;
	struct verr e = { 0 };
	int64_t n = 0;
	bool b = true, ok;
	switch (id) {
	case SOPT_TTL:
		ok = sval_duration(v, &n, &e);
		break;
	case SOPT_BACKOFF_LIMIT:
		ok = sval_count(v, 2147483647, &n, &e);
		break;
	case SOPT_DISK_SIZE:
		ok = sval_disk_size_gb(v, &n, &e);
		break;
	default: /* SOPT_USE_SPOT, SOPT_TRACE_ENV */
		ok = !v || sval_bool(v, &b, &e);
		break;
	}
	if (!ok)
		return report(d, job->arena, at, v, &e);
	if (id == SOPT_USE_SPOT)
		s->use_spot = (ir_bool){ b, at };
	else if (id == SOPT_TRACE_ENV)
		s->trace_env = (ir_bool){ b, at };
	else if (id == SOPT_TTL)
		s->ttl_s = (ir_int){ n, at };
	else if (id == SOPT_BACKOFF_LIMIT)
		s->backoff_limit = (ir_int){ n, at };
	else
		s->disk_size_gb = (ir_int){ n, at };
	return true;
}

/* Options that take a name, a list item or a normalised form. */
static bool apply_other(struct ir_job *job, int id, const char *v, struct span at,
			struct diag_engine *d)
{
	struct ir_slurmc *s = &job->slurmc;
	struct arena *a = job->arena;
	struct verr e = { 0 };
	const char *x, *y;
	struct ir_volume vol;
	switch (id) {
	case SOPT_IMAGE:
		if (!sval_image(a, v, &x, &e))
			return report(d, a, at, v, &e);
		s->image = str_at(x, at);
		return true;
	case SOPT_IMAGE_PULL_POLICY:
		if (!sval_pull_policy(v, &x, &e))
			return report(d, a, at, v, &e);
		s->image_pull_policy = str_at(x, at);
		return true;
	case SOPT_IMAGE_PULL_SECRET:
		return apply_pull_secrets(job, v, at, d);
	case SOPT_ENV:
		if (!sval_env(a, v, &x, &y, &e))
			return report(d, a, at, v, &e);
		kv_put(a, &s->env, &s->nenv, x, y, false, at);
		return true;
	case SOPT_VOLUME:
		if (!sval_volume(a, v, &vol, &e))
			return report(d, a, at, v, &e);
		vol.at = at;
		volume_put(a, s, &vol);
		return true;
	case SOPT_TOLERATION:
		if (!sval_toleration(a, v, &x, &y, &e))
			return report(d, a, at, v, &e);
		kv_put(a, &s->tolerations, &s->ntolerations, x, y, true, at);
		return true;
	case SOPT_NODE_SELECTOR:
		return apply_kv(job, KV_NODE_SELECTOR, &s->node_selector, &s->nnode_selector, v, at, d);
	case SOPT_LABEL:
		return apply_kv(job, KV_LABEL, &s->labels, &s->nlabels, v, at, d);
	case SOPT_ANNOTATION:
		return apply_kv(job, KV_ANNOTATION, &s->annotations, &s->nannotations, v, at, d);
	case SOPT_NAMESPACE:
		return apply_name(job, &s->namespace_, v, at, true, E_BAD_NAMESPACE, d);
	case SOPT_QUEUE:
		return apply_name(job, &s->queue, v, at, false, E_BAD_NAME, d);
	case SOPT_PRIORITY_CLASS:
		return apply_name(job, &s->priority_class, v, at, false, E_BAD_NAME, d);
	case SOPT_SCHEDULER_NAME:
		return apply_name(job, &s->scheduler_name, v, at, false, E_BAD_NAME, d);
	case SOPT_SERVICE_ACCOUNT:
		return apply_name(job, &s->service_account, v, at, false, E_BAD_NAME, d);
	case SOPT_RUNTIME_CLASS:
		return apply_name(job, &s->runtime_class, v, at, false, E_BAD_NAME, d);
	case SOPT_TTL:
	case SOPT_BACKOFF_LIMIT:
	case SOPT_DISK_SIZE:
	case SOPT_USE_SPOT:
	case SOPT_TRACE_ENV:
		return apply_number(job, id, v, at, d);
	default:
		return apply_checked_string(job, id, v, at, d);
	}
}

bool slurmc_apply(struct ir_job *job, int sopt_id, const char *value, struct span at,
		  struct diag_engine *d)
{
	if (sopt_id < 0 || sopt_id >= SLURMC_OPT__COUNT)
		return false;
	const char *v = value ? arena_strdup(job->arena, value) : NULL;
	job->slurmc.opts[sopt_id] = (struct ir_opt){ v, at };
	if (v && !*v && sopt_id != SOPT_SETUP) {
		const char *name = arena_printf(job->arena, "--%s", slurmc_options[sopt_id].name);
		diag_report(d, E_EMPTY_VALUE, at, name);
		return false;
	}
	return apply_other(job, sopt_id, v, at, d);
}

/* --- pyxis ----------------------------------------------------------- */

static bool pyxis_image(struct ir_job *job, const char *v, struct span at, struct diag_engine *d)
{
	struct verr e = { 0 };
	const char *img;
	size_t user_len;
	switch (sval_pyxis_image(job->arena, v, &img, &user_len, &e)) {
	case PYXIS_BAD:
		return report(d, job->arena, at, v, &e);
	case PYXIS_FILE: {
		struct diag *r = diag_report(d, W_PYXIS_SQUASHFS, at, v);
		diag_hint(d, r, "Push the image to a registry and name it with #SLURMC --image.");
		return true;
	}
	case PYXIS_IMAGE:
		break;
	}
	if (user_len) {
		e = (struct verr){ .id = W_PYXIS_CREDENTIALS, .off = 0, .len = user_len };
		struct diag *r = diag_report(d, W_PYXIS_CREDENTIALS, field_span(at, v, &e),
					     arena_strndup(job->arena, v, user_len));
		diag_hint(d, r, "Kubernetes pulls with the credentials of an image pull secret: add #SLURMC --image-pull-secret=NAME.");
	}
	if (!span_is_set(job->slurmc.opts[SOPT_IMAGE].at))
		job->slurmc.image = str_at(img, at);
	return true;
}

static bool pyxis_mounts(struct ir_job *job, const char *v, struct span at, struct diag_engine *d)
{
	struct ir_slurmc *s = &job->slurmc;
	struct verr e = { 0 };
	struct ir_volume *vols;
	size_t n;
	if (!sval_pyxis_mounts(job->arena, v, &vols, &n, &e))
		return report(d, job->arena, at, v, &e);
	/* A repeated --container-mounts replaces the earlier list, as in sbatch. */
	size_t kept = 0;
	for (size_t i = 0; i < s->nvolumes; i++)
		if (!s->volumes[i].pyxis)
			s->volumes[kept++] = s->volumes[i];
	s->nvolumes = kept;
	for (size_t i = 0; i < n; i++) {
		vols[i].pyxis = true;
		vols[i].at = at;
		volume_put(job->arena, s, &vols[i]);
	}
	return true;
}

/* --container-env: names of variables pyxis copies from the host. */
static bool pyxis_env(struct ir_job *job, const char *v, struct span at, struct diag_engine *d)
{
	for (const char *p = v;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		struct verr e = { 0 };
		if (!sval_env_name(p, len, &e)) {
			e.off += (size_t)(p - v);
			return report(d, job->arena, at, v, &e);
		}
		if (!comma)
			return true;
		p = comma + 1;
	}
}

bool pyxis_apply(struct ir_job *job, int opt_id, const char *value, struct span at,
		 struct diag_engine *d)
{
	if (opt_id < 0 || opt_id >= OPT__COUNT)
		return false;
	const char *name = sbatch_options[opt_id].name;
	struct ir_slurmc *s = &job->slurmc;
	const char *v = value ? arena_strdup(job->arena, value) : NULL;
	struct verr e = { 0 };
	if (strcmp(name, "container-mount-home") == 0 || strcmp(name, "no-container-mount-home") == 0) {
		s->no_container_mount_home = (ir_bool){ name[0] == 'n', at };
		return true;
	}
	if (!v)
		return true;
	if (!*v) {
		diag_report(d, E_EMPTY_VALUE, at, arena_printf(job->arena, "--%s", name));
		return false;
	}
	if (strcmp(name, "container-image") == 0)
		return pyxis_image(job, v, at, d);
	if (strcmp(name, "container-mounts") == 0)
		return pyxis_mounts(job, v, at, d);
	if (strcmp(name, "container-env") == 0)
		return pyxis_env(job, v, at, d);
	if (strcmp(name, "container-workdir") == 0) {
		if (!sval_abs_path(v, strlen(v), &e))
			return report(d, job->arena, at, v, &e);
		s->container_workdir = str_at(v, at);
	} else if (strcmp(name, "container-name") == 0) {
		/* NAME[:create|exec|no_create|no_exec]: only the name is kept. */
		const char *colon = strchr(v, ':');
		s->container_name = str_at(colon ? arena_strndup(job->arena, v, (size_t)(colon - v)) : v, at);
	}
	return true;
}
