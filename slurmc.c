/*
 * slurmc.c: the driver. It reads the command line and the inputs, runs the
 * phases over each script, and writes the output; it does nothing else.
 *
 *   slurmc [options] [sbatch options] [SCRIPT|-]...
 *
 * Words are sorted in one pass: slurmc's own options, then #SLURMC options
 * (exact long names), and every other option is an sbatch option, read by
 * the same getopt as the scripts' directives. All output is built in memory
 * and written only when no error was found: never a partial file.
 * Exit status: 0 success (warnings allowed), 1 errors in the input,
 * 2 usage or I/O errors. `slurmc migrate ...` goes to migrate.c; what it
 * shares with the driver is declared in driver.h.
 */
#include <errno.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver.h"
#include "emitters/emit.h"
#include "emitters/ir_json.h"
#include "parser/frontend.h"
#include "parser/profile.h"
#include "migrate.h"

extern char **environ;

enum mode { MODE_MANIFESTS, MODE_IR, MODE_CHECK, MODE_PRINT_PROFILE };

struct driver {
	enum mode mode;
	const char *target, *out_file, *out_dir, *format;
	enum diag_format diag_format;
	int colour; /* -1 auto, 0 never, 1 always */
	struct wordvec sbatch_words, slurmc_words;
	const char **scripts;
	size_t nscripts;
	struct source cmdline;
	struct arena arena; /* the command line's words */
	struct diag_engine diags;
	bool usage_error;
};

struct output {
	char *data;
	size_t len, cap;
};

static void out_append(struct output *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->cap) {
		o->cap = (o->len + n + 1) * 2;
		o->data = xrealloc(o->data, o->cap);
	}
	memcpy(o->data + o->len, s, n);
	o->len += n;
	o->data[o->len] = '\0';
}

static void usage(FILE *f)
{
	fputs("usage: slurmc [options] [sbatch options] [SCRIPT|-]...\n"
	      "\n"
	      "Compiles Slurm batch scripts into Kubernetes, Kueue, JobSet, Volcano or\n"
	      "SkyPilot manifests.\n"
	      "\n"
	      "options:\n"
	      "  --target=T              job (default), kueue, podgroup, jobset, volcano, skypilot\n"
	      "  --check                 compile and report problems; write nothing\n"
	      "  --emit=ir               print the parsed job as JSON instead of manifests\n"
	      "  -o FILE                 write the output to FILE (atomically)\n"
	      "  --out-dir=DIR           one output file per script in DIR\n"
	      "  --diagnostics-format=text|json|sarif\n"
	      "  --color=auto|always|never\n"
	      "  -Werror, -Wno-NAME, -WNAME   warnings as errors; turn a warning off or on\n"
	      "  --profile=NAME|FILE     site profile; --print-profile shows the effective one\n"
	      "  --image=IMAGE ...       any #SLURMC option (see slurmc-directives(5))\n"
	      "  --help, --version\n"
	      "\n"
	      "Any other option is an sbatch option (as in `sbatch --time=1:00:00`) and\n"
	      "overrides the script, as sbatch's command line does. slurmc's -o is the\n"
	      "output file: spell sbatch's as --output.\n",
	      f);
}

static void usage_error(struct driver *d, const char *fmt, const char *arg)
{
	fputs("slurmc: error: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'slurmc --help' for more information.\n", stderr);
	d->usage_error = true;
}

size_t *driver_index_cmdline(struct arena *a, struct source *cmdline, int argc, char **argv)
{
	size_t *offs = arena_alloc(a, (size_t)argc * sizeof *offs);
	size_t len = 0;
	for (int i = 1; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *text = arena_alloc(a, len + 1);
	size_t o = 0;
	for (int i = 1; i < argc; i++) {
		offs[i] = o;
		size_t n = strlen(argv[i]);
		memcpy(text + o, argv[i], n);
		o += n;
		text[o++] = ' ';
	}
	cmdline->name = "command line";
	cmdline->text = text;
	cmdline->len = o ? o - 1 : 0;
	cmdline->kind = SRC_CMDLINE;
	return offs;
}

static void push_word(struct driver *d, struct wordvec *v, char *text, size_t off)
{
	struct word w = { text, span_make(&d->cmdline, off, strlen(text)), false };
	wordvec_push(&d->arena, v, w);
}

bool driver_takes_next(const struct opt_table *t, const char *arg)
{
	int id, cands[4];
	size_t nc;
	if (arg[1] == '-') {
		const char *name = arg + 2;
		if (strchr(name, '='))
			return false;
		if (opt_lookup_long(t, name, strlen(name), &id, cands, 4, &nc) != LOOKUP_FOUND)
			return false;
		return t->rows[id].arg == ARG_REQUIRED;
	}
	for (size_t j = 1; arg[j]; j++) {
		id = opt_lookup_short(t, (unsigned char)arg[j]);
		if (id < 0)
			return false;
		if (t->rows[id].arg != ARG_NONE)
			return arg[j + 1] == '\0' && t->rows[id].arg == ARG_REQUIRED;
	}
	return false;
}

bool driver_is_slurmc_option(const char *arg)
{
	if (arg[0] != '-' || arg[1] != '-')
		return false;
	size_t n = strcspn(arg + 2, "=");
	for (size_t i = 0; i < slurmc_table.n; i++)
		if (strlen(slurmc_table.rows[i].name) == n &&
		    strncmp(slurmc_table.rows[i].name, arg + 2, n) == 0)
			return true;
	return false;
}

const char *driver_opt_value(const char *arg, const char *name)
{
	size_t n = strlen(name);
	if (strncmp(arg, name, n) == 0 && arg[n] == '=')
		return arg + n + 1;
	return NULL;
}

/* slurmc's own options; returns the number of words used, 0 if not ours. */
static int driver_option(struct driver *d, int argc, char **argv, int i)
{
	const char *a = argv[i], *v;
	if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
		usage(stdout);
		exit(0);
	}
	if (!strcmp(a, "--version")) {
		printf("slurmc %s\n", SLURMC_VERSION);
		exit(0);
	}
	if (!strcmp(a, "--check")) {
		d->mode = MODE_CHECK;
	} else if (!strcmp(a, "--print-profile")) {
		d->mode = MODE_PRINT_PROFILE;
	} else if ((v = driver_opt_value(a, "--emit"))) {
		if (!strcmp(v, "ir"))
			d->mode = MODE_IR;
		else if (!strcmp(v, "yaml") || !strcmp(v, "manifests"))
			d->mode = MODE_MANIFESTS;
		else
			usage_error(d, "unknown --emit value \"%s\" (expected ir or yaml)", v);
	} else if ((v = driver_opt_value(a, "--target"))) {
		d->target = v;
	} else if (!strcmp(a, "-o")) {
		if (i + 1 >= argc) {
			usage_error(d, "%s needs a file name", a);
			return 1;
		}
		d->out_file = argv[i + 1];
		return 2;
	} else if ((v = driver_opt_value(a, "--out-dir"))) {
		d->out_dir = v;
	} else if ((v = driver_opt_value(a, "--format"))) {
		if (strcmp(v, "yaml"))
			usage_error(d, "unknown --format \"%s\" (expected yaml)", v);
		d->format = v;
	} else if ((v = driver_opt_value(a, "--diagnostics-format"))) {
		if (!strcmp(v, "text"))
			d->diag_format = DIAG_TEXT;
		else if (!strcmp(v, "json"))
			d->diag_format = DIAG_JSON;
		else if (!strcmp(v, "sarif"))
			d->diag_format = DIAG_SARIF;
		else
			usage_error(d, "unknown --diagnostics-format \"%s\" (expected text, json or sarif)", v);
	} else if ((v = driver_opt_value(a, "--color")) || (v = driver_opt_value(a, "--colour"))) {
		d->colour = !strcmp(v, "always") ? 1 : !strcmp(v, "never") ? 0 : -1;
	} else if (!strcmp(a, "-Werror")) {
		d->diags.werror = true;
	} else if (!strncmp(a, "-Wno-", 5) && a[5]) {
		if (!diag_set_warning(&d->diags, a + 5, false))
			usage_error(d, "unknown warning \"%s\"", a + 5);
	} else if (!strncmp(a, "-W", 2) && a[2]) {
		if (!diag_set_warning(&d->diags, a + 2, true))
			usage_error(d, "unknown warning \"%s\"", a + 2);
	} else {
		return 0;
	}
	return 1;
}

static void parse_args(struct driver *d, int argc, char **argv)
{
	size_t *offs = driver_index_cmdline(&d->arena, &d->cmdline, argc, argv);
	d->scripts = arena_alloc(&d->arena, (size_t)argc * sizeof *d->scripts);
	for (int i = 1; i < argc;) {
		char *a = argv[i];
		int used = driver_option(d, argc, argv, i);
		if (used) {
			i += used;
			continue;
		}
		if (a[0] != '-' || !strcmp(a, "-")) {
			d->scripts[d->nscripts++] = a;
			i++;
			continue;
		}
		bool slurmc = driver_is_slurmc_option(a);
		struct wordvec *v = slurmc ? &d->slurmc_words : &d->sbatch_words;
		push_word(d, v, a, offs[i]);
		if (driver_takes_next(slurmc ? &slurmc_table : &sbatch_table, a) && i + 1 < argc) {
			push_word(d, v, argv[i + 1], offs[i + 1]);
			i++;
		}
		i++;
	}
}

char *driver_read_file(const char *path, size_t *len, int *err)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f) {
		*err = errno;
		return NULL;
	}
	size_t cap = 65536, n = 0, r;
	char *buf = xmalloc(cap);
	while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap)
			buf = xrealloc(buf, cap *= 2);
	}
	*err = ferror(f) ? EIO : 0;
	if (f != stdin)
		fclose(f);
	if (*err) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

const char *driver_script_name(const char *path)
{
	if (!strcmp(path, "-"))
		return "sbatch";
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

struct unit {
	struct arena arena;
	struct source src;
	char *text;
	struct ir_job *job;
	struct output out;
};

struct ir_job *driver_compile(struct arena *a, struct diag_engine *d, const struct source *src,
			      const char *path, const struct frontend_opts *fo,
			      const struct profile *prof, char **text, size_t *len)
{
	unsigned before = d->errors;
	*text = NULL;
	*len = 0;
	struct ir_job *job = frontend_read(a, d, src, driver_script_name(path), fo);
	if (!job || d->errors > before)
		return job;
	/* A script's own #SLURMC --profile, unless the command line or the
	 * environment chose one (then the option's span is not the script's). */
	ir_str sp = job->slurmc.profile;
	if (span_is_set(sp.at) && sp.at.src == job->src) {
		struct profile_search ps = { sp.v, sp.at, "#SLURMC --profile", NULL, NULL, NULL };
		prof = profile_find(a, d, &ps);
		if (!prof)
			return job;
	}
	profile_module_hint(prof, job, d);
	struct emit_options eo = { 0 };
	eo.profile = prof;
	if (!emit(frontend_target(job), job, &eo, d, text, len)) {
		free(*text);
		*text = NULL;
	}
	return job;
}

static void compile_one(struct driver *d, struct unit *u, const char *path,
			const struct profile *prof)
{
	struct frontend_opts fo = { d->target, d->sbatch_words.w, d->sbatch_words.n,
				    d->slurmc_words.w, d->slurmc_words.n, environ };
	if (d->mode == MODE_IR) {
		unsigned before = d->diags.errors;
		u->job = frontend_read(&u->arena, &d->diags, &u->src, driver_script_name(path), &fo);
		if (!u->job || d->diags.errors > before)
			return;
		json_t *j = ir_to_json(u->job);
		char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		out_append(&u->out, s, strlen(s));
		out_append(&u->out, "\n", 1);
		free(s);
		json_decref(j);
		return;
	}
	char *text;
	size_t len;
	u->job = driver_compile(&u->arena, &d->diags, &u->src, path, &fo, prof, &text, &len);
	if (text && d->mode == MODE_MANIFESTS)
		out_append(&u->out, text, len);
	free(text);
}

static bool write_file(const char *path, const char *data, size_t len)
{
	char *tmp = xmalloc(strlen(path) + 32);
	sprintf(tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	bool ok = f && fwrite(data, 1, len, f) == len;
	ok = f && fclose(f) == 0 && ok;
	if (ok && rename(tmp, path) != 0)
		ok = false;
	if (!ok) {
		fprintf(stderr, "slurmc: error: cannot write \"%s\": %s\n", path, strerror(errno));
		remove(tmp);
	}
	free(tmp);
	return ok;
}

/* The output file for one script in --out-dir: its name, extension
 * replaced. Caller-owned. */
static char *out_path(const char *dir, const char *script, bool json)
{
	const char *base = driver_script_name(script);
	size_t n = strcspn(base, ".");
	if (n == 0)
		n = strlen(base);
	char *p = xmalloc(strlen(dir) + n + 8);
	sprintf(p, "%s/%.*s.%s", dir, (int)n, base, json ? "json" : "yaml");
	return p;
}

static int write_outputs(struct driver *d, struct unit *units)
{
	struct output all = { 0 };
	int rc = 0;
	for (size_t i = 0; i < d->nscripts; i++) {
		if (d->out_dir) {
			bool json = d->mode == MODE_IR;
			char *p = out_path(d->out_dir, d->scripts[i], json);
			if (!write_file(p, units[i].out.data ? units[i].out.data : "", units[i].out.len))
				rc = 2;
			free(p);
		} else if (units[i].out.len) {
			out_append(&all, units[i].out.data, units[i].out.len);
		}
	}
	if (!d->out_dir && all.len) {
		if (d->out_file) {
			if (!write_file(d->out_file, all.data, all.len))
				rc = 2;
		} else if (fwrite(all.data, 1, all.len, stdout) != all.len || fflush(stdout)) {
			fprintf(stderr, "slurmc: error: cannot write the output: %s\n", strerror(errno));
			rc = 2;
		}
	}
	free(all.data);
	return rc;
}

static int print_profile(struct driver *d, const struct profile *p)
{
	char *text = NULL;
	size_t len = 0;
	if (!profile_print(p, &text, &len)) {
		fputs("slurmc: error: cannot print the profile\n", stderr);
		return 2;
	}
	fwrite(text, 1, len, stdout);
	free(text);
	(void)d;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "migrate"))
		return migrate_main(argc - 1, argv + 1);
	struct driver d = { .mode = MODE_MANIFESTS, .colour = -1 };
	diag_init(&d.diags);
	parse_args(&d, argc, argv);
	if (d.usage_error)
		return 2;
	diag_add_source(&d.diags, &d.cmdline);
	if (d.nscripts == 0 && d.mode != MODE_PRINT_PROFILE) {
		if (isatty(0)) {
			usage(stderr);
			return 2;
		}
		d.scripts[d.nscripts++] = "-";
	}
	/* --emit=ir shows how the script was read: no profile takes part. */
	struct arena parena = { 0 };
	const struct profile *prof = NULL;
	if (d.mode != MODE_IR)
		prof = profile_load(&parena, &d.diags, d.slurmc_words.w, d.slurmc_words.n, environ);
	bool ready = prof || d.mode == MODE_IR;
	int rc = 0;
	struct unit *units = xcalloc(d.nscripts ? d.nscripts : 1, sizeof *units);
	if (d.mode == MODE_PRINT_PROFILE && prof && d.diags.errors == 0)
		rc = print_profile(&d, prof);
	for (size_t i = 0; ready && d.mode != MODE_PRINT_PROFILE && i < d.nscripts; i++) {
		struct unit *u = &units[i];
		int err = 0;
		u->text = driver_read_file(d.scripts[i], &u->src.len, &err);
		if (!u->text) {
			fprintf(stderr, "slurmc: error: cannot read \"%s\": %s\n", d.scripts[i],
				strerror(err));
			rc = 2;
			continue;
		}
		u->src.name = strcmp(d.scripts[i], "-") ? d.scripts[i] : "<stdin>";
		u->src.text = u->text;
		u->src.kind = SRC_FILE;
		diag_add_source(&d.diags, &u->src);
		compile_one(&d, u, d.scripts[i], prof);
	}
	bool colour = d.colour == 1 || (d.colour == -1 && isatty(2) && !getenv("NO_COLOR"));
	if (d.diags.n || d.diag_format != DIAG_TEXT)
		diag_render(&d.diags, stderr, d.diag_format, colour && d.diag_format == DIAG_TEXT);
	if (d.diags.errors)
		rc = rc ? rc : 1;
	else if (!rc && d.mode != MODE_CHECK && d.mode != MODE_PRINT_PROFILE)
		rc = write_outputs(&d, units);
	for (size_t i = 0; i < d.nscripts; i++) {
		free(units[i].text);
		free(units[i].out.data);
		arena_free(&units[i].arena);
	}
	free(units);
	diag_free(&d.diags);
	arena_free(&parena);
	arena_free(&d.arena);
	return rc;
}
