/*
 * targets.c: the target table, emit(), and the one shared coverage walk.
 *
 * emit() derives what every target needs from the IR (object name, Slurm
 * job name, image, namespace, node layout), reports the options the target
 * cannot express from the target's coverage table, runs the target's
 * function over a fresh YAML writer, and hands out the text only when this
 * call reported no error. Adding a target is one row here, one function
 * and one coverage table (its own file).
 */
#include "emitters/target.h"

#include <stdlib.h>
#include <string.h>

#ifndef SLURMC_VERSION
#define SLURMC_VERSION "unknown"
#endif

static const struct target targets[] = {
	{ "job", emit_job, job_cover, job_slurmc_cover, NULL },
	{ "kueue", emit_kueue, job_cover, job_slurmc_cover, kueue_changes },
	{ "podgroup", emit_podgroup, job_cover, job_slurmc_cover, podgroup_changes },
	{ "jobset", NULL, NULL, NULL, NULL },
	{ "volcano", NULL, NULL, NULL, NULL },
	{ "skypilot", NULL, NULL, NULL, NULL },
};

const char *const emit_target_names[] = {
	"job", "kueue", "podgroup", "jobset", "volcano", "skypilot", NULL,
};

const struct target *target_find(const char *name)
{
	for (size_t i = 0; name && i < sizeof targets / sizeof *targets; i++)
		if (strcmp(targets[i].name, name) == 0)
			return &targets[i];
	return NULL;
}

bool emit_target_exists(const char *name)
{
	return target_find(name) != NULL;
}

/* "--long-name" for the diagnostics. */
static const char *spelling(struct emit_ctx *cx, const struct optdesc *o)
{
	return arena_printf(cx->arena, "--%s", o->name);
}

/* Reports one option set at `at` according to its row. */
static void cover_one(struct emit_ctx *cx, const struct cover_row *r, const struct optdesc *o,
		      struct span at)
{
	if (r->how == COVER_APPROX) {
		diag_report(cx->diag, W_APPROX_OPTION, at, spelling(cx, o), cx->target,
			    r->note ? r->note : "see the conversion table");
	} else if (r->how == COVER_DROPPED || r->how == COVER_MISSING) {
		struct diag *d = diag_report(cx->diag, W_DROPPED_OPTION, at, spelling(cx, o), cx->target);
		if (r->note)
			diag_note(cx->diag, d, "%s", r->note);
	}
}

const struct cover_row *target_cover(const struct target *t, bool slurmc, int id)
{
	for (const struct cover_change *c = t->changes; c && c->row.how != COVER_MISSING; c++)
		if (c->slurmc == slurmc && c->id == id)
			return &c->row;
	return slurmc ? &t->slurmc_cover[id] : &t->cover[id];
}

void cover_report(struct emit_ctx *cx, const struct target *t)
{
	for (int i = 0; i < OPT__COUNT; i++)
		if (span_is_set(cx->comp->opts[i].at))
			cover_one(cx, target_cover(t, false, i), &sbatch_options[i],
				  cx->comp->opts[i].at);
	for (int i = 0; t->slurmc_cover && i < SLURMC_OPT__COUNT; i++)
		if (span_is_set(cx->job->slurmc.opts[i].at))
			cover_one(cx, target_cover(t, true, i), &slurmc_options[i],
				  cx->job->slurmc.opts[i].at);
}

void emit_approx(struct emit_ctx *cx, enum opt_id id, const char *how)
{
	struct span at = cx->comp->opts[id].at;
	diag_report(cx->diag, W_APPROX_OPTION, at, spelling(cx, &sbatch_options[id]), cx->target, how);
}

/* pyxis writes "nvcr.io#nvidia/pytorch" for "nvcr.io/nvidia/pytorch". */
static const char *pyxis_image(struct emit_ctx *cx, const char *s)
{
	const char *hash = strchr(s, '#');
	if (!hash)
		return s;
	char *t = arena_strdup(cx->arena, s);
	t[hash - s] = '/';
	return t;
}

/* --image, else #SLURMC --image, else pyxis' --container-image, else the
 * site profile's, else the default, with a warning. */
static const char *choose_image(struct emit_ctx *cx)
{
	const struct ir_opt *pyxis = &cx->comp->opts[OPT_CONTAINER_IMAGE];
	if (cx->opt->image && *cx->opt->image)
		return cx->opt->image;
	if (cx->job->slurmc.image.v && *cx->job->slurmc.image.v)
		return cx->job->slurmc.image.v;
	if (span_is_set(pyxis->at) && pyxis->value && *pyxis->value)
		return pyxis_image(cx, pyxis->value);
	if (cx->site.image.v && *cx->site.image.v)
		return cx->site.image.v;
	struct diag *d = diag_report(cx->diag, W_DEFAULT_IMAGE, span_make(cx->job->src, 0, 0),
				     EMIT_DEFAULT_IMAGE);
	diag_hint(cx->diag, d, "Add \"#SLURMC --image=IMAGE\" to the script, or pass --image=IMAGE.");
	return EMIT_DEFAULT_IMAGE;
}

/* Decimal digits of n >= 0. */
static size_t digits(int64_t n)
{
	size_t d = 1;
	while (n >= 10)
		n /= 10, d++;
	return d;
}

/* Everything targets share, derived once. */
static void prepare(struct emit_ctx *cx)
{
	const struct ir_component *c = cx->comp;
	const struct ir_job *job = cx->job;
	cx->job_name = c->name.v ? c->name.v : job->script_name ? job->script_name : "sbatch";
	cx->array_count = span_is_set(c->array.at) && c->array.count > 0 ? (int64_t)c->array.count : 1;
	site_resolve(cx);
	layout_compute(cx->arena, c, &cx->shape, &cx->layout);
	int64_t pods = cx->array_count * cx->layout.nnodes;
	cx->indexed = span_is_set(c->array.at) || cx->layout.nnodes > 1;
	/* Indexed pods are named <name>-<index>, and that must stay a DNS label. */
	size_t room = cx->indexed ? 1 + digits(pods - 1) : 0;
	cx->name = name_label(cx->arena, cx->job_name, 63 - room);
	cx->namespace_ = cx->opt->namespace_ ? cx->opt->namespace_ : cx->site.namespace_.v;
	cx->source = cx->opt->source_name ? cx->opt->source_name
					  : job->script_name ? job->script_name : "sbatch";
	cx->version = cx->opt->slurmc_version ? cx->opt->slurmc_version : SLURMC_VERSION;
	cx->image = choose_image(cx);
}

/* Runs target t over a fresh writer; the text or the writer's error. */
static bool run_target(struct emit_ctx *cx, const struct target *t, char **out, size_t *outlen)
{
	struct yw w;
	char *error = NULL;
	yw_init(&w);
	cx->w = &w;
	prepare(cx);
	if (t->cover)
		cover_report(cx, t);
	t->run(cx);
	if (yw_finish(&w, out, outlen, &error))
		return true;
	diag_report(cx->diag, E_YAML_WRITE, span_make(cx->job->src, 0, 0), error);
	free(error);
	return false;
}

bool emit(const char *target, const struct ir_job *job, const struct emit_options *o,
	  struct diag_engine *d, char **out, size_t *outlen)
{
	static const struct emit_options none;
	unsigned errors = d->errors;
	const struct target *t = target_find(target);
	*out = NULL;
	*outlen = 0;
	if (!t || !t->run) {
		struct span at = job->slurmc.target.at;
		diag_report(d, t ? E_TARGET_NOT_IMPLEMENTED : E_TARGET_UNKNOWN, at, target ? target : "");
		return false;
	}
	struct arena a = { 0 };
	struct emit_ctx cx = { .job = job, .comp = &job->comps[0], .opt = o ? o : &none,
			       .diag = d, .target = t->name, .arena = &a };
	bool ok = run_target(&cx, t, out, outlen);
	arena_free(&a);
	if (!ok || d->errors != errors) {
		free(*out);
		*out = NULL;
		*outlen = 0;
		return false;
	}
	return true;
}
