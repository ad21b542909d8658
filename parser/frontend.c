/*
 * frontend.c: one script through scanner, grammar, getopt and sema.
 *
 * Order matters and follows sbatch: for each het component the script's
 * words are read, then the SBATCH_* environment, then the command line;
 * a component starts from the options of the one before it, except those
 * sbatch resets for every component (OF_HET_RESET). #SLURMC lines apply
 * once the target is known, since a selector names targets.
 */
#include "parser/frontend.h"

#include <string.h>
#include <strings.h>

#include "parser/getopt.h"
#include "parser/sema.h"
#include "parser/slurmc_apply.h"

const char *const ir_target_names[] = { "job", "kueue", "podgroup", "jobset", "volcano",
					"skypilot", NULL };

/* The value of NAME in envp, or NULL. */
static const char *env_lookup(char *const *envp, const char *name)
{
	size_t n = strlen(name);
	for (char *const *e = envp; e && *e; e++)
		if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

/* One occurrence per option whose variable is set; each variable is its own
 * source, "NAME=VALUE", so errors point into it. */
static void env_occurrences(struct arena *a, struct diag_engine *d, const struct opt_table *t,
			    char *const *envp, struct occvec *out)
{
	for (size_t i = 0; i < t->n; i++) {
		const struct optdesc *row = &t->rows[i];
		const char *v = row->env ? env_lookup(envp, row->env) : NULL;
		if (!v)
			continue;
		struct source *s = arena_alloc(a, sizeof *s);
		s->name = "environment";
		s->text = arena_printf(a, "%s=%s", row->env, v);
		s->len = strlen(s->text);
		s->kind = SRC_ENV;
		diag_add_source(d, s);
		size_t off = strlen(row->env) + 1;
		struct span at = span_make(s, off, s->len - off);
		const char *value = row->arg == ARG_NONE ? NULL : *v ? v : NULL;
		struct occurrence o = { opt_canonical(t, (int)i), value, at, at, true, ORIGIN_ENV };
		occvec_push(a, out, o);
	}
}

/* Starts component k from component k-1's options, less the reset ones. */
static void carry_over(struct sema_comp *to, const struct sema_comp *from)
{
	for (int i = 0; i < OPT__COUNT; i++) {
		if (!span_is_set(from->c->opts[i].at) || (sbatch_options[i].flags & OF_HET_RESET))
			continue;
		to->c->opts[i] = from->c->opts[i];
		to->origin[i] = ORIGIN_CARRIED;
		to->by_user[i] = from->by_user[i];
		to->seq[i] = from->seq[i];
	}
	to->next_seq = from->next_seq;
}

static void read_component(struct arena *a, struct diag_engine *d, struct sema_comp *s,
			   const struct wordvec *words, const struct occvec *env,
			   const struct occvec *cmd)
{
	struct occvec script = { 0 };
	getopt_words(a, d, &sbatch_table, words->w, words->n, ORIGIN_SCRIPT, &script);
	for (size_t i = 0; i < script.n; i++)
		sema_occurrence(a, d, s, &script.o[i]);
	/* A memory option from the environment still counts as set, but
	 * yields to one from the script or the command line (sema). */
	for (size_t i = 0; i < env->n; i++)
		sema_occurrence(a, d, s, &env->o[i]);
	for (size_t i = 0; i < cmd->n; i++)
		sema_occurrence(a, d, s, &cmd->o[i]);
	sema_finish(a, d, s);
}

static void read_components(struct arena *a, struct diag_engine *d, struct parse_ctx *c,
			    const struct frontend_opts *o)
{
	struct occvec env = { 0 }, cmd = { 0 };
	env_occurrences(a, d, &sbatch_table, o->envp, &env);
	getopt_words(a, d, &sbatch_table, o->sbatch_words, o->nsbatch_words, ORIGIN_CMDLINE, &cmd);
	struct ir_job *job = c->job;
	job->ncomps = c->ncomps;
	job->comps = arena_alloc(a, c->ncomps * sizeof *job->comps);
	struct sema_comp *sc = arena_alloc(a, c->ncomps * sizeof *sc);
	for (size_t k = 0; k < c->ncomps; k++) {
		sc[k].c = &job->comps[k];
		if (k > 0)
			carry_over(&sc[k], &sc[k - 1]);
		read_component(a, d, &sc[k], &c->comps[k], &env, &cmd);
	}
}

/* ---- #SLURMC ---------------------------------------------------------- */

static bool known_target(const char *name, size_t len)
{
	for (const char *const *t = ir_target_names; *t; t++)
		if (strlen(*t) == len && strncasecmp(*t, name, len) == 0)
			return true;
	return false;
}

/* Checks a selector's names; true when `target` is among them. */
static bool selector_matches(struct diag_engine *d, const struct slurmc_line *l,
			     const char *target)
{
	const char *s = l->selector;
	bool match = false;
	size_t base = l->at.off + 8; /* after "#SLURMC[" */
	while (*s) {
		size_t n = strcspn(s, ",");
		size_t lead = strspn(s, " \t");
		size_t len = n - lead;
		while (len && (s[lead + len - 1] == ' ' || s[lead + len - 1] == '\t'))
			len--;
		const char *name = s + lead;
		if (!known_target(name, len)) {
			struct span at = span_make(l->at.src, base + (size_t)(name - l->selector), len);
			char buf[64];
			snprintf(buf, sizeof buf, "%.*s", (int)(len < 60 ? len : 60), name);
			struct diag *x = diag_report(d, E_SLURMC_TARGET, at, buf);
			diag_note(d, x, "Targets are job, kueue, podgroup, jobset, volcano and skypilot.");
		} else if (strlen(target) == len && strncasecmp(target, name, len) == 0) {
			match = true;
		}
		s += n + (s[n] == ',');
	}
	return match;
}

/* The #SLURMC --target value of an unselected line, if any. */
static const char *script_target(struct arena *a, struct parse_ctx *c)
{
	const char *t = NULL;
	for (size_t i = 0; i < c->nslines; i++) {
		struct occvec v = { 0 };
		if (c->slines[i].selector)
			continue;
		struct diag_engine quiet;
		diag_init(&quiet);
		getopt_words(a, &quiet, &slurmc_table, c->slines[i].words.w, c->slines[i].words.n,
			     ORIGIN_SCRIPT, &v);
		diag_free(&quiet);
		for (size_t j = 0; j < v.n; j++)
			if (v.o[j].id == SOPT_TARGET && v.o[j].value)
				t = v.o[j].value;
	}
	return t;
}

static void apply_slurmc(struct arena *a, struct diag_engine *d, struct parse_ctx *c,
			 const struct frontend_opts *o)
{
	struct ir_job *job = c->job;
	const char *target = o->target ? o->target : env_lookup(o->envp, "SLURMC_TARGET");
	if (!target)
		target = script_target(a, c);
	job->target = target ? target : "job";
	for (size_t i = 0; i < c->nslines; i++) {
		const struct slurmc_line *l = &c->slines[i];
		bool applies = !l->selector || selector_matches(d, l, job->target);
		struct occvec v = { 0 };
		getopt_words(a, d, &slurmc_table, l->words.w, l->words.n, ORIGIN_SCRIPT, &v);
		for (size_t j = 0; applies && j < v.n; j++)
			slurmc_apply(job, v.o[j].id, v.o[j].value, v.o[j].vat, d);
	}
	struct occvec env = { 0 }, cmd = { 0 };
	env_occurrences(a, d, &slurmc_table, o->envp, &env);
	getopt_words(a, d, &slurmc_table, o->slurmc_words, o->nslurmc_words, ORIGIN_CMDLINE, &cmd);
	for (size_t j = 0; j < env.n; j++)
		slurmc_apply(job, env.o[j].id, env.o[j].value, env.o[j].vat, d);
	for (size_t j = 0; j < cmd.n; j++)
		slurmc_apply(job, cmd.o[j].id, cmd.o[j].value, cmd.o[j].vat, d);
	/* pyxis' #SBATCH container options, from the first component. */
	for (int id = 0; id < OPT__COUNT; id++) {
		const struct ir_opt *x = &job->comps[0].opts[id];
		if ((sbatch_options[id].flags & OF_PYXIS) && span_is_set(x->at))
			pyxis_apply(job, id, x->value, x->at, d);
	}
}

struct ir_job *frontend_read(struct arena *a, struct diag_engine *d, const struct source *src,
			     const char *script_name, const struct frontend_opts *o)
{
	if (!lex_precheck(src, d))
		return NULL;
	struct ir_job *job = arena_alloc(a, sizeof *job);
	job->arena = a;
	job->src = src;
	job->script_name = script_name;
	job->body.offset = src->len;
	job->body.text = src->text + src->len;
	struct parse_ctx c = { .arena = a, .diags = d, .src = src, .job = job };
	c.comps = arena_alloc(a, sizeof *c.comps);
	c.separators = arena_alloc(a, sizeof *c.separators);
	c.ncomps = 1;
	struct lex_extra x = { .src = src, .arena = a, .diags = d, .body_off = src->len };
	pc_run_grammar(&c, &x);
	if (c.fatal || x.fatal)
		return NULL;
	read_components(a, d, &c, o);
	apply_slurmc(a, d, &c, o);
	return job;
}

const char *frontend_target(const struct ir_job *job)
{
	return job->target;
}
