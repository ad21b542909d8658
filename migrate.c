/*
 * migrate.c: `slurmc migrate`, the bulk conversion of a tree of batch
 * scripts into manifests, with a report of what mapped, what was
 * approximated and what was dropped.
 *
 *   slurmc migrate [options] [sbatch/#SLURMC options] SOURCE... --out-dir=DIR
 *
 * It runs in four steps. The parent collects the scripts (files given, and
 * under each folder every file whose first line starts with "#!" and that
 * has a line starting with "#SBATCH"), sorts them by path and decides each
 * one's output, DIR/<path in SOURCE without its last extension>.yaml. Then
 * -j worker processes, forked after the site profile is loaded, compile one
 * script at a time with driver_compile() (exactly as `slurmc SCRIPT` does),
 * write its manifest atomically and never over a different file, and send
 * the script's report entry back through a pipe. A worker that dies costs
 * only its script. Last, the parent writes DIR/slurmc-report.json and
 * DIR/slurmc-report.md and a summary on stdout. Everything is indexed by
 * the sorted script list, so the output is the same bytes whatever -j is.
 *
 * Every message goes through a diagnostics engine: migrate's own (usage,
 * folders, reports) is rendered on stderr; each script has one of its own,
 * kept in the report, and shown on stderr only when the script failed.
 */
#include "migrate.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "driver.h"

extern char **environ;

#define REPORT_JSON "slurmc-report.json"
#define REPORT_MD "slurmc-report.md"
#define MD_TOP 20      /* rows of the "most common" tables in the Markdown report */
#define MAX_JOBS 1024

static const struct span nowhere;

/* One script to convert. */
struct script {
	char *path;                 /* as found: SOURCE, or SOURCE/sub/x.sbatch */
	char *rel;                  /* its manifest, relative to DIR: sub/x.yaml */
	const struct script *owner; /* the first script with the same manifest, or NULL */
	/* Filled in by a worker: */
	json_t *entry;              /* the script's object in the report */
	char *text;                 /* its diagnostics as plain text */
	char *shown;                /* what stderr shows (failed scripts only), or NULL */
	bool io_error;
};

struct strvec {
	char **v;
	size_t n, cap;
};

struct migrate {
	const char *target, *out_dir;
	bool force;
	long jobs;
	int colour; /* -1 auto, 0 never, 1 always */
	bool colour_on, progress;
	struct wordvec sbatch_words, slurmc_words;
	struct frontend_opts fo;
	struct source cmdline;
	struct arena arena;       /* the command line's words */
	struct diag_engine diags; /* migrate's own; the template of every script's */
	bool usage_error, io_error;
	struct strvec sources;     /* as given */
	struct strvec not_scripts; /* files of the folders that are not scripts */
	struct strvec no_shebang;  /* those with #SBATCH lines but no "#!" */
	struct script *scripts;
	size_t n, cap;
	struct stat out_st; /* DIR, when it existed before the walk */
	bool out_exists;
	const struct profile *prof;
	struct arena parena; /* the profile */
	mode_t file_mode;
};

/* ---- small helpers ------------------------------------------------------ */

static void strvec_push(struct strvec *v, char *s)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->v = xrealloc(v->v, v->cap * sizeof *v->v);
	}
	v->v[v->n++] = s;
}

static void strvec_free(struct strvec *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->v[i]);
	free(v->v);
}

/* "dir/name", without doubling a trailing '/'. Caller-owned. */
static char *path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	bool slash = n && dir[n - 1] == '/';
	char *p = xmalloc(n + strlen(name) + 2);
	sprintf(p, "%s%s%s", dir, slash ? "" : "/", name);
	return p;
}

/* rel with its last extension replaced by ".yaml" (a leading dot of the
 * file name is not an extension). Caller-owned. */
static char *manifest_name(const char *rel)
{
	const char *base = strrchr(rel, '/');
	base = base ? base + 1 : rel;
	const char *dot = strrchr(base, '.');
	size_t n = dot && dot > base ? (size_t)(dot - rel) : strlen(rel);
	char *p = xmalloc(n + 6);
	sprintf(p, "%.*s.yaml", (int)n, rel);
	return p;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	size_t k;
	uint32_t c, min;
	if (s[0] < 0x80)
		return 1;
	if ((s[0] & 0xE0) == 0xC0)
		k = 2, c = s[0] & 0x1Fu, min = 0x80;
	else if ((s[0] & 0xF0) == 0xE0)
		k = 3, c = s[0] & 0x0Fu, min = 0x800;
	else if ((s[0] & 0xF8) == 0xF0)
		k = 4, c = s[0] & 0x07u, min = 0x10000;
	else
		return 0;
	if (n < k)
		return 0;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3Fu);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	return k;
}

/* s as a JSON string (null for NULL). File names and script text need not
 * be UTF-8: bytes that are not become U+FFFD, as JSON requires. */
static json_t *jstr(const char *s)
{
	if (!s)
		return json_null();
	json_t *j = json_string(s);
	if (j)
		return j;
	size_t n = strlen(s), o = 0;
	char *t = xmalloc(n * 3 + 1);
	for (size_t i = 0; i < n;) {
		size_t k = utf8_seq((const unsigned char *)s + i, n - i);
		if (k) {
			memcpy(t + o, s + i, k);
			o += k, i += k;
		} else {
			memcpy(t + o, "\xEF\xBF\xBD", 3);
			o += 3, i++;
		}
	}
	t[o] = '\0';
	j = json_string(t);
	free(t);
	return j ? j : json_string("");
}

/* Writes all of buf to fd; false with errno set. */
static bool write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w, len -= (size_t)w;
	}
	return true;
}

/* Reads exactly len bytes; 1 done, 0 end of file before any byte, -1 error. */
static int read_exact(int fd, void *buf, size_t len)
{
	char *p = buf;
	size_t got = 0;
	while (got < len) {
		ssize_t r = read(fd, p + got, len - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return got == 0 && r == 0 ? 0 : -1;
		got += (size_t)r;
	}
	return 1;
}

/* ---- the command line --------------------------------------------------- */

static void usage(FILE *f)
{
	fputs("usage: slurmc migrate [options] [sbatch options] SOURCE... --out-dir=DIR\n"
	      "\n"
	      "Compiles every batch script of the SOURCE files and folders into DIR,\n"
	      "mirroring the source tree, and writes DIR/" REPORT_JSON " and\n"
	      "DIR/" REPORT_MD ": what each script became, and what was mapped,\n"
	      "approximated or dropped.\n"
	      "\n"
	      "options:\n"
	      "  --out-dir=DIR           where the manifests and the reports go (required)\n"
	      "  --target=T              job (default), kueue, podgroup, jobset, volcano, skypilot\n"
	      "  --profile=NAME|FILE     site profile\n"
	      "  -j N, --jobs=N          compile N scripts at a time (default: the CPUs online)\n"
	      "  --force                 replace manifests that exist with other content\n"
	      "  --color=auto|always|never\n"
	      "  -Werror, -Wno-NAME, -WNAME   warnings as errors; turn a warning off or on\n"
	      "  --image=IMAGE ...       any #SLURMC option (see slurmc-directives(5))\n"
	      "  --help\n"
	      "\n"
	      "Any other option is an sbatch option and overrides every script. A folder\n"
	      "is searched recursively (hidden entries and symbolic links to folders are\n"
	      "skipped); its scripts are the files whose first line starts with \"#!\" and\n"
	      "that have a line starting with \"#SBATCH\". A file named on the command\n"
	      "line is always compiled.\n"
	      "Exit status: 0 every script converted (warnings allowed), 1 some failed,\n"
	      "2 usage or I/O errors.\n",
	      f);
}

static void parse_jobs(struct migrate *m, const char *v)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (errno || end == v || *end || n < 1 || n > MAX_JOBS) {
		diag_report(&m->diags, E_MIGRATE_JOBS, nowhere, v);
		m->usage_error = true;
		return;
	}
	m->jobs = n;
}

/* The driver's options that make no sense here. */
static bool not_here(const char *a)
{
	static const char *const names[] = { "--check", "--emit", "--format", "--diagnostics-format",
					     "--print-profile", NULL };
	for (size_t i = 0; names[i]; i++) {
		size_t n = strlen(names[i]);
		if (!strncmp(a, names[i], n) && (a[n] == '\0' || a[n] == '='))
			return true;
	}
	return !strcmp(a, "-o") || !strcmp(a, "-");
}

static void reject(struct migrate *m, const char *a)
{
	struct diag *d = diag_report(&m->diags, E_MIGRATE_OPTION, nowhere, a);
	if (!strcmp(a, "-o"))
		diag_hint(&m->diags, d, "Manifests go to --out-dir; spell sbatch's -o as --output.");
	else if (!strcmp(a, "-"))
		diag_hint(&m->diags, d, "slurmc migrate reads files and folders, not standard input.");
	m->usage_error = true;
}

/* migrate's own options and the warning switches; returns the number of
 * words used, 0 if the word is not one of them. */
static int own_option(struct migrate *m, int argc, char **argv, int i)
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
	if ((v = driver_opt_value(a, "--out-dir"))) {
		m->out_dir = v;
	} else if (!strcmp(a, "--out-dir") || !strcmp(a, "-j")) {
		if (i + 1 >= argc) { /* reported as missing */
			if (a[1] == 'j')
				parse_jobs(m, "");
			return 1;
		}
		if (a[1] == 'j')
			parse_jobs(m, argv[i + 1]);
		else
			m->out_dir = argv[i + 1];
		return 2;
	} else if ((v = driver_opt_value(a, "--jobs"))) {
		parse_jobs(m, v);
	} else if (!strncmp(a, "-j", 2)) {
		parse_jobs(m, a + 2);
	} else if (!strcmp(a, "--force")) {
		m->force = true;
	} else if ((v = driver_opt_value(a, "--target"))) {
		m->target = v;
	} else if ((v = driver_opt_value(a, "--color")) || (v = driver_opt_value(a, "--colour"))) {
		m->colour = !strcmp(v, "always") ? 1 : !strcmp(v, "never") ? 0 : -1;
	} else if (!strcmp(a, "-Werror")) {
		m->diags.werror = true;
	} else if ((!strncmp(a, "-Wno-", 5) && a[5]) || (!strncmp(a, "-W", 2) && a[2])) {
		bool off = !strncmp(a, "-Wno-", 5);
		if (!diag_set_warning(&m->diags, a + (off ? 5 : 2), !off)) {
			diag_report(&m->diags, E_MIGRATE_UNKNOWN_WARNING, nowhere, a + (off ? 5 : 2));
			m->usage_error = true;
		}
	} else if (not_here(a)) {
		reject(m, a);
	} else {
		return 0;
	}
	return 1;
}

/* Sorts the words as the driver does: migrate's options, SOURCEs, then
 * #SLURMC options (exact long names) and sbatch options. */
static void parse_args(struct migrate *m, int argc, char **argv)
{
	size_t *offs = driver_index_cmdline(&m->arena, &m->cmdline, argc, argv);
	for (int i = 1; i < argc;) {
		char *a = argv[i];
		int used = own_option(m, argc, argv, i);
		if (used) {
			i += used;
			continue;
		}
		if (a[0] != '-') {
			strvec_push(&m->sources, xstrdup(a));
			i++;
			continue;
		}
		bool slurmc = driver_is_slurmc_option(a);
		struct wordvec *v = slurmc ? &m->slurmc_words : &m->sbatch_words;
		int take = driver_takes_next(slurmc ? &slurmc_table : &sbatch_table, a) && i + 1 < argc;
		for (int k = 0; k <= take; k++) {
			struct word w = { argv[i + k], span_make(&m->cmdline, offs[i + k], strlen(argv[i + k])),
					  false };
			wordvec_push(&m->arena, v, w);
		}
		i += 1 + take;
	}
	if (!m->out_dir || !*m->out_dir) {
		diag_report(&m->diags, E_MIGRATE_NO_OUT_DIR, nowhere);
		m->usage_error = true;
	}
	if (m->sources.n == 0) {
		diag_report(&m->diags, E_MIGRATE_NO_SOURCE, nowhere);
		m->usage_error = true;
	}
}

/* ---- collecting the scripts --------------------------------------------- */

static void add_script(struct migrate *m, char *path, const char *rel)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->scripts = xrealloc(m->scripts, m->cap * sizeof *m->scripts);
	}
	struct script *s = &m->scripts[m->n++];
	memset(s, 0, sizeof *s);
	s->path = path;
	s->rel = manifest_name(rel);
}

static void read_error(struct migrate *m, const char *path, int err)
{
	diag_report(&m->diags, E_MIGRATE_READ, nowhere, path, strerror(err));
	m->io_error = true;
}

enum file_kind { FILE_SCRIPT, FILE_NO_SHEBANG, FILE_OTHER, FILE_UNREADABLE };

#define SNIFF_MAX (64 * 1024) /* bytes read of a file that does not start with "#!" */

static bool has_sbatch_line(const char *text, size_t len)
{
	for (size_t i = 0; i + 7 <= len; i++)
		if ((i == 0 || text[i - 1] == '\n') && !memcmp(text + i, "#SBATCH", 7))
			return true;
	return false;
}

/* What a file found in a folder is. A batch script: line 1 starts with
 * "#!" (after a UTF-8 byte order mark, so that the compile reports the
 * mark) and some line starts with "#SBATCH". A file with #SBATCH lines
 * in its first 64 KiB but no "#!" is reported apart: sbatch rejects it. */
static enum file_kind classify(struct migrate *m, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		read_error(m, path, errno);
		return FILE_UNREADABLE;
	}
	char *head = xmalloc(SNIFF_MAX);
	size_t n = fread(head, 1, SNIFF_MAX, f);
	bool failed = ferror(f) != 0;
	fclose(f);
	size_t skip = n >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3) ? 3 : 0;
	bool shebang = n >= skip + 2 && !memcmp(head + skip, "#!", 2);
	bool sbatch = !failed && has_sbatch_line(head, n);
	free(head);
	if (!failed && shebang && !sbatch && n == SNIFF_MAX) {
		int err = 0;
		char *text = driver_read_file(path, &n, &err);
		failed = !text;
		sbatch = text && has_sbatch_line(text, n);
		free(text);
	}
	if (failed) {
		read_error(m, path, EIO);
		return FILE_UNREADABLE;
	}
	return sbatch ? (shebang ? FILE_SCRIPT : FILE_NO_SHEBANG) : FILE_OTHER;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The folder's entries, hidden ones left out, sorted; caller-owned. */
static bool list_folder(struct migrate *m, const char *dir, struct strvec *names)
{
	DIR *d = opendir(dir);
	if (!d) {
		read_error(m, dir, errno);
		return false;
	}
	struct dirent *e;
	errno = 0;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.')
			strvec_push(names, xstrdup(e->d_name));
	int err = errno;
	closedir(d);
	if (err) {
		read_error(m, dir, err);
		return false;
	}
	if (names->n)
		qsort(names->v, names->n, sizeof *names->v, cmp_str);
	return true;
}

/* Every script under dir; rel is dir's path inside the SOURCE ("" at the
 * top). Symbolic links to files count, links to folders do not (no loops),
 * and DIR itself is skipped when it lies inside. */
static void walk(struct migrate *m, const char *dir, const char *rel)
{
	struct strvec names = { 0 };
	if (!list_folder(m, dir, &names))
		return;
	for (size_t i = 0; i < names.n; i++) {
		char *path = path_join(dir, names.v[i]);
		char *sub = *rel ? path_join(rel, names.v[i]) : xstrdup(names.v[i]);
		struct stat st;
		if (lstat(path, &st) != 0) {
			read_error(m, path, errno);
		} else if (S_ISDIR(st.st_mode)) {
			if (!(m->out_exists && st.st_dev == m->out_st.st_dev &&
			      st.st_ino == m->out_st.st_ino))
				walk(m, path, sub);
		} else if (S_ISREG(st.st_mode) ||
			   (S_ISLNK(st.st_mode) && stat(path, &st) == 0 && S_ISREG(st.st_mode))) {
			switch (classify(m, path)) {
			case FILE_SCRIPT:
				add_script(m, path, sub);
				path = NULL;
				break;
			case FILE_NO_SHEBANG:
				strvec_push(&m->no_shebang, xstrdup(path));
				/* fall through */
			case FILE_OTHER:
				strvec_push(&m->not_scripts, path);
				path = NULL;
				break;
			case FILE_UNREADABLE:
				break;
			}
		}
		free(path);
		free(sub);
	}
	strvec_free(&names);
}

/* A SOURCE: a file, compiled whatever it holds, or a folder, walked. */
static void collect_source(struct migrate *m, const char *src)
{
	struct stat st;
	if (stat(src, &st) != 0) {
		read_error(m, src, errno);
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		const char *base = strrchr(src, '/');
		add_script(m, xstrdup(src), base ? base + 1 : src);
		return;
	}
	size_t before = m->n;
	walk(m, src, "");
	if (m->n == before)
		diag_report(&m->diags, W_MIGRATE_NO_SCRIPTS, nowhere, src);
}

static int cmp_script_path(const void *a, const void *b)
{
	return strcmp(((const struct script *)a)->path, ((const struct script *)b)->path);
}

static int cmp_script_rel(const void *a, const void *b)
{
	const struct script *x = *(const struct script *const *)a, *y = *(const struct script *const *)b;
	int c = strcmp(x->rel, y->rel);
	return c ? c : strcmp(x->path, y->path);
}

/* Sorts by path, drops a script found twice, and gives each manifest to
 * the first script (by path) that wants it: the others get no manifest. */
static void order_scripts(struct migrate *m)
{
	if (m->not_scripts.n)
		qsort(m->not_scripts.v, m->not_scripts.n, sizeof *m->not_scripts.v, cmp_str);
	if (m->no_shebang.n)
		qsort(m->no_shebang.v, m->no_shebang.n, sizeof *m->no_shebang.v, cmp_str);
	if (m->n == 0)
		return;
	qsort(m->scripts, m->n, sizeof *m->scripts, cmp_script_path);
	size_t k = 0;
	for (size_t i = 0; i < m->n; i++) {
		if (k && !strcmp(m->scripts[k - 1].path, m->scripts[i].path)) {
			free(m->scripts[i].path);
			free(m->scripts[i].rel);
			continue;
		}
		m->scripts[k++] = m->scripts[i];
	}
	m->n = k;
	struct script **by_rel = xmalloc(m->n * sizeof *by_rel);
	for (size_t i = 0; i < m->n; i++)
		by_rel[i] = &m->scripts[i];
	qsort(by_rel, m->n, sizeof *by_rel, cmp_script_rel);
	for (size_t i = 1; i < m->n; i++)
		if (!strcmp(by_rel[i]->rel, by_rel[i - 1]->rel))
			by_rel[i]->owner = by_rel[i - 1]->owner ? by_rel[i - 1]->owner : by_rel[i - 1];
	free(by_rel);
}

/* ---- writing files ------------------------------------------------------ */

/* Creates the folders above path (mkdir -p of its dirname). */
static bool make_parents(const char *path, int *err)
{
	char *p = xstrdup(path);
	bool ok = true;
	for (char *s = strchr(p + 1, '/'); ok && s; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			*err = errno;
			ok = false;
		}
		*s = '/';
	}
	free(p);
	return ok;
}

/* Writes data to path through a temporary file in the same folder and a
 * rename, so readers see the old file or the new one, never a part. Unless
 * replace, an existing path is never overwritten (link(2) fails on it);
 * that failure is EEXIST. 0 on success, else the errno. */
static int atomic_write(const char *path, const char *data, size_t len, bool replace,
			mode_t mode)
{
	const char *slash = strrchr(path, '/');
	int dl = slash ? (int)(slash - path + 1) : 0;
	char *tmp = xmalloc(strlen(path) + 16);
	sprintf(tmp, "%.*s.%s.XXXXXX", dl, path, path + dl);
	int err = 0, fd = mkstemp(tmp);
	if (fd < 0) {
		err = errno;
		free(tmp);
		return err;
	}
	if (fchmod(fd, mode) != 0 || !write_all(fd, data, len))
		err = errno;
	if (close(fd) != 0 && !err)
		err = errno;
	if (!err && replace && rename(tmp, path) != 0)
		err = errno;
	if (!err && !replace && link(tmp, path) != 0) {
		err = errno;
		/* A file system without hard links: check, then rename. */
		struct stat st;
		if (err != EEXIST && lstat(path, &st) != 0 && errno == ENOENT)
			err = rename(tmp, path) == 0 ? 0 : errno;
	}
	if (err || !replace)
		unlink(tmp);
	free(tmp);
	return err;
}

enum existing { EX_NONE, EX_SAME, EX_OTHER, EX_ERROR };

/* What is at path now, compared with the new manifest. */
static enum existing existing_file(const char *path, const char *data, size_t len, int *err)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		*err = errno;
		if (errno == ENOENT && lstat(path, &st) != 0)
			return EX_NONE;
		return EX_ERROR;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = S_ISDIR(st.st_mode) ? EISDIR : EEXIST;
		return EX_ERROR;
	}
	size_t n;
	char *old = driver_read_file(path, &n, err);
	if (!old)
		return EX_ERROR;
	bool same = n == len && !memcmp(old, data, len);
	free(old);
	return same ? EX_SAME : EX_OTHER;
}

static void clobber(struct diag_engine *e, const char *path)
{
	struct diag *d = diag_report(e, E_MIGRATE_CLOBBER, nowhere, path);
	diag_hint(e, d, "Pass --force to replace it, or migrate into an empty folder.");
}

/* Puts one script's manifest at DIR/rel. Returns what happened to it:
 * "created", "replaced", "unchanged" (the same bytes were there) or
 * "not written" (with an error on e). */
static const char *place_manifest(const struct migrate *m, const struct script *s,
				  const char *data, size_t len, struct diag_engine *e, bool *io)
{
	char *path = path_join(m->out_dir, s->rel);
	const char *what = "not written";
	int err = 0;
	if (s->owner) {
		struct diag *d = diag_report(e, E_MIGRATE_COLLISION, nowhere, path, s->owner->path);
		diag_hint(e, d, "Rename one of the scripts, or migrate them separately.");
	} else if (!make_parents(path, &err)) {
		*io = true;
	} else {
		switch (existing_file(path, data, len, &err)) {
		case EX_SAME:
			what = "unchanged";
			break;
		case EX_OTHER:
			if (!m->force) {
				clobber(e, path);
				break;
			}
			err = atomic_write(path, data, len, true, m->file_mode);
			what = err ? what : "replaced";
			break;
		case EX_NONE:
			err = atomic_write(path, data, len, false, m->file_mode);
			if (err == EEXIST) {
				clobber(e, path);
				err = 0;
			}
			what = err ? what : "created";
			break;
		case EX_ERROR:
			break;
		}
		*io = *io || err != 0;
	}
	if (err)
		diag_report(e, E_MIGRATE_WRITE, nowhere, path, strerror(err));
	free(path);
	return what;
}

/* ---- one script's report entry ------------------------------------------ */

static json_t *diag_entry(const struct diag *d)
{
	json_t *o = json_object(), *notes = json_array(), *hints = json_array();
	const char *w = diag_wname(d->id);
	json_object_set_new(o, "id", json_string(diag_id_name(d->id)));
	json_object_set_new(o, "severity", json_string(diag_severity_name(d->sev)));
	json_object_set_new(o, "warning", w ? json_sprintf("-W%s", w) : json_null());
	json_object_set_new(o, "message", jstr(d->message));
	if (d->at.src) {
		unsigned line, col;
		span_line_col(d->at.src, d->at.off, &line, &col);
		json_object_set_new(o, "file", jstr(d->at.src->name));
		json_object_set_new(o, "line", json_integer(line));
		json_object_set_new(o, "column", json_integer(col));
	} else {
		json_object_set_new(o, "file", json_null());
		json_object_set_new(o, "line", json_null());
		json_object_set_new(o, "column", json_null());
	}
	for (size_t j = 0; j < d->nextra; j++) {
		const struct diag_extra *x = &d->extra[j];
		if (x->kind != EXTRA_FIXIT)
			json_array_append_new(x->kind == EXTRA_NOTE ? notes : hints, jstr(x->text));
	}
	json_object_set_new(o, "notes", notes);
	json_object_set_new(o, "hints", hints);
	return o;
}

/* How a diagnostic at an option changes what became of it. */
enum effect { FX_NONE, FX_APPROX, FX_DROP, FX_PART };

static enum effect effect_of(enum diag_id id)
{
	switch (id) {
	case W_DROPPED_OPTION:
		return FX_DROP;
	case W_GRES_OTHER: /* one entry of --gres: all of them, or part */
		return FX_PART;
	case W_APPROX_OPTION:
	case W_UNEVEN_LAYOUT:
	case W_UNKNOWN_PARTITION:
	case W_UNKNOWN_QOS:
	case W_UNKNOWN_GPU_TYPE:
	case W_GPU_NO_LABELS:
	case W_UNKNOWN_FEATURE:
	case W_CONSTRAINT_APPROX:
	case W_EXPORT_FROM_SUBMIT:
	case W_ENV_NAME:
		return FX_APPROX;
	default:
		return FX_NONE;
	}
}

static bool overlaps(struct span a, struct span b)
{
	if (!a.src || a.src != b.src)
		return false;
	uint32_t ae = a.off + (a.len ? a.len : 1), be = b.off + (b.len ? b.len : 1);
	return a.off < be && b.off < ae;
}

/* An option as written: "--time" or "#SLURMC --image". */
struct optref {
	const char *label, *name, *value;
	struct span at;
	long comp; /* het component; -1 for #SLURMC options */
	int rank;  /* optref_rank() */
};

struct optctx {
	const struct ir_job *job;
	const struct diag_engine *e;
	bool compiled; /* the target ran and gave manifests */
	bool het_dropped;
};

/* The entries of --gres ("gpu:2,license:1" has two). */
static size_t gres_entries(const char *v)
{
	size_t n = 0;
	for (const char *s = v ? v : ""; *s;) {
		size_t k = strcspn(s, ",");
		n += k > 0;
		s += k + (s[k] == ',');
	}
	return n;
}

/* The how of an approximation: the message after "... in target "T": ". */
static json_t *approx_how(const struct optctx *c, const struct optref *r, const struct diag *d)
{
	if (d->id != W_APPROX_OPTION)
		return jstr(d->message);
	char *prefix = xmalloc(strlen(r->name) + strlen(c->job->target) + 48);
	sprintf(prefix, "--%s is approximated in target \"%s\": ", r->name, c->job->target);
	size_t n = strlen(prefix);
	json_t *j = jstr(strncmp(d->message, prefix, n) ? d->message : d->message + n);
	free(prefix);
	return j;
}

/* The diagnostics at r decide its status: dropped, approximated (with
 * how), mapped; "error" or "not compiled" when the target never ran. */
static json_t *option_entry(const struct optctx *c, const struct optref *r)
{
	json_t *o = json_object(), *how = json_array(), *ids = json_array();
	bool drop = false, approx = false, error = false;
	size_t parts = 0;
	for (size_t i = 0; i < c->e->n; i++) {
		const struct diag *d = &c->e->list[i];
		if (!overlaps(d->at, r->at))
			continue;
		json_array_append_new(ids, json_string(diag_id_name(d->id)));
		error = error || d->sev == SEV_ERROR;
		enum effect fx = effect_of(d->id);
		if (fx == FX_DROP) {
			drop = true;
			for (size_t j = 0; j < d->nextra; j++)
				if (d->extra[j].kind == EXTRA_NOTE)
					json_array_append_new(how, jstr(d->extra[j].text));
		} else if (fx != FX_NONE) {
			approx = true;
			parts += fx == FX_PART;
			json_array_append_new(how, approx_how(c, r, d));
		}
	}
	if (parts && parts >= gres_entries(r->value))
		drop = true;
	if (c->het_dropped && r->comp > 0) {
		drop = true;
		json_array_append_new(how, json_string("only the first het component is compiled"));
	}
	const char *status = drop ? "dropped" : approx ? "approximated" : error ? "error"
			     : c->compiled ? "mapped" : "not compiled";
	json_object_set_new(o, "option", json_string(r->label));
	json_object_set_new(o, "value", jstr(r->value));
	json_object_set_new(o, "status", json_string(status));
	json_object_set_new(o, "how", how);
	json_object_set_new(o, "diagnostics", ids);
	json_object_set_new(o, "component", r->comp >= 0 ? json_integer(r->comp) : json_null());
	const struct source *src = r->at.src;
	json_object_set_new(o, "from", json_string(src == c->job->src ? "script"
						   : src->kind == SRC_CMDLINE ? "command line"
						   : src->kind == SRC_ENV ? "environment" : "profile"));
	unsigned line = 0, col = 0;
	if (src == c->job->src)
		span_line_col(src, r->at.off, &line, &col);
	json_object_set_new(o, "line", line ? json_integer(line) : json_null());
	return o;
}

static int cmp_optref(const void *a, const void *b)
{
	const struct optref *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	if (x->at.off != y->at.off)
		return x->at.off < y->at.off ? -1 : 1;
	if (x->comp != y->comp)
		return x->comp < y->comp ? -1 : 1;
	return strcmp(x->label, y->label);
}

/* Where an option was set, for the order of the list: the script's
 * options by position, then the command line's, then the environment's. */
static int optref_rank(struct span at, const struct ir_job *job)
{
	return at.src == job->src ? 0 : at.src->kind == SRC_CMDLINE ? 1 : 2;
}

/* Every option the job sets, sbatch's per het component (one carried
 * over from the first component, the same directive, is listed once) and
 * #SLURMC's, in the order they were written. */
static json_t *options_json(const struct optctx *c)
{
	const struct ir_job *job = c->job;
	size_t n = 0, cap = job->ncomps * OPT__COUNT + SLURMC_OPT__COUNT;
	struct optref *refs = xcalloc(cap, sizeof *refs);
	for (size_t k = 0; k < job->ncomps; k++) {
		for (int i = 0; i < OPT__COUNT; i++) {
			const struct ir_opt *o = &job->comps[k].opts[i];
			const struct span *first = &job->comps[0].opts[i].at;
			if (!span_is_set(o->at) ||
			    (k > 0 && first->src == o->at.src && first->off == o->at.off))
				continue;
			struct optref r = { arena_printf(job->arena, "--%s", sbatch_options[i].name),
					    sbatch_options[i].name, o->value, o->at, (long)k,
					    optref_rank(o->at, job) };
			refs[n++] = r;
		}
	}
	for (int i = 0; i < SLURMC_OPT__COUNT; i++) {
		const struct ir_opt *o = &job->slurmc.opts[i];
		if (!span_is_set(o->at))
			continue;
		struct optref r = { arena_printf(job->arena, "#SLURMC --%s", slurmc_options[i].name),
				    slurmc_options[i].name, o->value, o->at, -1,
				    optref_rank(o->at, job) };
		refs[n++] = r;
	}
	if (n)
		qsort(refs, n, sizeof *refs, cmp_optref);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, option_entry(c, &refs[i]));
	free(refs);
	return arr;
}

static const char *status_of(const struct diag_engine *e)
{
	return e->errors ? "failed" : e->warnings ? "converted with warnings" : "converted";
}

/* The script's object in the report (e already rendered, so sorted). */
static json_t *script_entry(const struct migrate *m, const struct script *s,
			    const struct diag_engine *e, const struct ir_job *job, bool compiled,
			    const char *written)
{
	json_t *o = json_object(), *diags = json_array();
	bool kept = strcmp(written, "not written") != 0;
	json_object_set_new(o, "path", jstr(s->path));
	json_object_set_new(o, "output", kept ? jstr(s->rel) : json_null());
	json_object_set_new(o, "write", json_string(written));
	json_object_set_new(o, "status", json_string(status_of(e)));
	json_object_set_new(o, "target", jstr(job ? frontend_target(job)
						  : m->fo.target ? m->fo.target : "job"));
	json_object_set_new(o, "errors", json_integer(e->errors));
	json_object_set_new(o, "warnings", json_integer(e->warnings));
	for (size_t i = 0; i < e->n; i++)
		json_array_append_new(diags, diag_entry(&e->list[i]));
	json_object_set_new(o, "diagnostics", diags);
	bool het = false;
	for (size_t i = 0; i < e->n; i++)
		het = het || e->list[i].id == W_HETJOB;
	struct optctx c = { job, e, compiled, het };
	json_object_set_new(o, "options", job ? options_json(&c) : json_array());
	return o;
}

/* ---- compiling one script (in a worker) --------------------------------- */

/* A per-script engine with migrate's settings (-Werror, -Wno-...), whose
 * sources sort as `slurmc SCRIPT` sorts them. */
static void engine_like(struct diag_engine *e, const struct diag_engine *t)
{
	diag_init(e);
	e->werror = t->werror;
	memcpy(e->disabled, t->disabled, sizeof e->disabled);
	e->next_source = t->next_source;
}

/* The engine's diagnostics as text; caller-owned. */
static char *render(struct diag_engine *e, bool colour)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		out_of_memory();
	diag_render(e, f, DIAG_TEXT, colour);
	if (fclose(f) != 0)
		out_of_memory();
	return buf;
}

/* Compiles s, writes its manifest, and fills in its entry, text and shown. */
static void run_script(const struct migrate *m, struct script *s)
{
	struct diag_engine e;
	engine_like(&e, &m->diags);
	struct arena a = { 0 };
	struct source src = { 0 };
	struct ir_job *job = NULL;
	char *yaml = NULL, *text;
	size_t ylen = 0;
	const char *written = "not written";
	int err = 0;
	if (!(text = driver_read_file(s->path, &src.len, &err))) {
		diag_report(&e, E_MIGRATE_READ, nowhere, s->path, strerror(err));
		s->io_error = true;
	} else {
		src.name = s->path;
		src.text = text;
		src.kind = SRC_FILE;
		diag_add_source(&e, &src);
		job = driver_compile(&a, &e, &src, s->path, &m->fo, m->prof, &yaml, &ylen);
		if (yaml && !e.errors)
			written = place_manifest(m, s, yaml, ylen, &e, &s->io_error);
	}
	s->text = render(&e, false);
	s->shown = e.errors ? (m->colour_on ? render(&e, true) : xstrdup(s->text)) : NULL;
	s->entry = script_entry(m, s, &e, job, yaml != NULL, written);
	free(yaml);
	free(text);
	diag_free(&e);
	arena_free(&a);
}

/* ---- the worker processes ----------------------------------------------- */

/* What a worker sends for one script: this header, then the entry as
 * JSON, the text and the shown text. */
struct frame {
	uint64_t json_len, text_len, shown_len;
	uint32_t io_error, pad;
};

struct worker {
	pid_t pid;
	int task_fd, result_fd; /* -1 when closed */
	long busy;              /* the script it compiles, or -1 */
	char *buf;              /* what it has sent of the current frame */
	size_t len, cap;
};

static bool send_result(int fd, const struct script *s)
{
	char *json = json_dumps(s->entry, JSON_COMPACT | JSON_SORT_KEYS);
	if (!json)
		out_of_memory();
	struct frame f = { strlen(json), strlen(s->text), s->shown ? strlen(s->shown) : 0,
			   s->io_error, 0 };
	bool ok = write_all(fd, &f, sizeof f) && write_all(fd, json, f.json_len) &&
		  write_all(fd, s->text, f.text_len) && (!s->shown || write_all(fd, s->shown, f.shown_len));
	free(json);
	return ok;
}

static void free_result(struct script *s)
{
	json_decref(s->entry);
	free(s->text);
	free(s->shown);
	s->entry = NULL;
	s->text = s->shown = NULL;
}

/* A worker's life: compile the script whose index arrives, send its
 * result back, until the task pipe closes. */
static _Noreturn void worker_loop(struct migrate *m, int task_fd, int result_fd)
{
	uint32_t idx;
	while (read_exact(task_fd, &idx, sizeof idx) == 1 && idx < m->n) {
		struct script *s = &m->scripts[idx];
		run_script(m, s);
		bool ok = send_result(result_fd, s);
		free_result(s);
		if (!ok)
			break;
	}
	close(task_fd);
	close(result_fd);
	exit(0);
}

static bool worker_start(struct migrate *m, struct worker *w, struct worker *all, size_t nall)
{
	int tp[2], rp[2];
	if (pipe(tp) != 0)
		return false;
	if (pipe(rp) != 0) {
		close(tp[0]), close(tp[1]);
		return false;
	}
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid == 0) {
		for (size_t i = 0; i < nall; i++) {
			if (all[i].task_fd >= 0)
				close(all[i].task_fd);
			if (all[i].result_fd >= 0)
				close(all[i].result_fd);
		}
		close(tp[1]), close(rp[0]);
		worker_loop(m, tp[0], rp[1]);
	}
	close(tp[0]), close(rp[1]);
	if (pid < 0) {
		close(tp[1]), close(rp[0]);
		return false;
	}
	w->pid = pid;
	w->task_fd = tp[1];
	w->result_fd = rp[0];
	w->busy = -1;
	w->len = 0;
	return true;
}

/* Closes a worker's pipes and reaps it; returns how it ended, for a crash
 * message ("signal 11", "exit 3"). */
static void worker_stop(struct worker *w, char *how, size_t howlen)
{
	int st = 0;
	if (w->task_fd >= 0)
		close(w->task_fd);
	if (w->result_fd >= 0)
		close(w->result_fd);
	w->task_fd = w->result_fd = -1;
	while (waitpid(w->pid, &st, 0) < 0 && errno == EINTR)
		;
	if (WIFSIGNALED(st))
		snprintf(how, howlen, "killed by signal %d", WTERMSIG(st));
	else
		snprintf(how, howlen, "exit status %d", WEXITSTATUS(st));
}

/* The result for a script whose worker died: failed, with the reason. */
static void crashed(const struct migrate *m, struct script *s, const char *how)
{
	struct diag_engine e;
	engine_like(&e, &m->diags);
	diag_report(&e, E_MIGRATE_CRASH, nowhere, s->path, how);
	s->text = render(&e, false);
	s->shown = xstrdup(s->text);
	s->entry = script_entry(m, s, &e, NULL, false, "not written");
	diag_free(&e);
}

/* Stores a complete frame from w's buffer; false while it is incomplete. */
static bool take_frame(struct migrate *m, struct worker *w)
{
	struct frame f;
	if (w->len < sizeof f)
		return false;
	memcpy(&f, w->buf, sizeof f);
	size_t total = sizeof f + f.json_len + f.text_len + f.shown_len;
	if (w->len < total)
		return false;
	struct script *s = &m->scripts[w->busy];
	const char *p = w->buf + sizeof f;
	s->entry = json_loadb(p, f.json_len, 0, NULL);
	if (!s->entry)
		out_of_memory();
	s->text = xmalloc(f.text_len + 1);
	memcpy(s->text, p + f.json_len, f.text_len);
	s->text[f.text_len] = '\0';
	if (f.shown_len) {
		s->shown = xmalloc(f.shown_len + 1);
		memcpy(s->shown, p + f.json_len + f.text_len, f.shown_len);
		s->shown[f.shown_len] = '\0';
	}
	s->io_error = f.io_error != 0;
	w->len = 0;
	w->busy = -1;
	return true;
}

/* The progress line, on a terminal only: "[k/N] path". */
static void progress(const struct migrate *m, size_t done, const char *path)
{
	if (!m->progress)
		return;
	size_t n = strlen(path);
	const char *cut = n > 60 ? "..." : "";
	fprintf(stderr, "\r[%zu/%zu] %s%s\033[K", done, m->n, cut, n > 60 ? path + n - 57 : path);
	fflush(stderr);
}

/* Reads what w sent; true when w finished its script (or died with it). */
static bool worker_read(struct migrate *m, struct worker *w)
{
	if (w->cap - w->len < 65536) {
		w->cap = w->cap * 2 + 65536;
		w->buf = xrealloc(w->buf, w->cap);
	}
	ssize_t r = read(w->result_fd, w->buf + w->len, w->cap - w->len);
	if (r < 0 && errno == EINTR)
		return false;
	if (r > 0) {
		w->len += (size_t)r;
		return take_frame(m, w);
	}
	char how[64];
	long busy = w->busy;
	worker_stop(w, how, sizeof how);
	w->busy = -1;
	if (busy < 0)
		return false;
	crashed(m, &m->scripts[busy], how);
	return true;
}

/* Hands out scripts to workers as they become free, collects the results.
 * When no worker can be started, the parent compiles the rest itself. */
static void run_all(struct migrate *m)
{
	size_t nw = (size_t)m->jobs < m->n ? (size_t)m->jobs : m->n, next = 0, done = 0;
	struct worker *ws = xcalloc(nw ? nw : 1, sizeof *ws);
	struct pollfd *pf = xcalloc(nw ? nw : 1, sizeof *pf);
	for (size_t i = 0; i < nw; i++)
		ws[i].task_fd = ws[i].result_fd = -1, ws[i].busy = -1;
	while (done < m->n) {
		size_t np = 0;
		for (size_t i = 0; i < nw; i++) {
			struct worker *w = &ws[i];
			if (w->task_fd < 0 && next < m->n && !worker_start(m, w, ws, nw))
				continue;
			if (w->busy < 0 && next < m->n) {
				uint32_t idx = (uint32_t)next;
				w->busy = (long)next++;
				/* If it died, its result pipe says so. */
				(void)write_all(w->task_fd, &idx, sizeof idx);
			}
			if (w->busy >= 0) {
				pf[np].fd = w->result_fd;
				pf[np].events = POLLIN;
				pf[np++].revents = 0;
			}
		}
		if (np == 0) { /* no worker at all */
			run_script(m, &m->scripts[next]);
			progress(m, ++done, m->scripts[next++].path);
			continue;
		}
		if (poll(pf, np, -1) < 0)
			continue;
		for (size_t i = 0, k = 0; i < nw; i++) {
			struct worker *w = &ws[i];
			if (w->busy < 0 || pf[k++].revents == 0)
				continue;
			long busy = w->busy;
			if (worker_read(m, w))
				progress(m, ++done, m->scripts[busy].path);
		}
	}
	char how[64];
	for (size_t i = 0; i < nw; i++) {
		if (ws[i].task_fd >= 0)
			worker_stop(&ws[i], how, sizeof how);
		free(ws[i].buf);
	}
	free(ws);
	free(pf);
	if (m->progress)
		fputs("\r\033[K", stderr);
}

/* ---- totals ------------------------------------------------------------- */

static void bump(json_t *counts, const char *key, json_int_t by)
{
	json_t *v = json_object_get(counts, key);
	json_object_set_new(counts, key, json_integer((v ? json_integer_value(v) : 0) + by));
}

struct tally {
	const char *key;
	json_int_t n;
};

static int cmp_tally(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* counts (key: number) as an array of tallies, most first; caller-owned. */
static struct tally *ranked(json_t *counts, size_t *n)
{
	*n = json_object_size(counts);
	struct tally *t = xcalloc(*n ? *n : 1, sizeof *t);
	const char *key;
	json_t *v;
	size_t i = 0;
	json_object_foreach(counts, key, v) {
		t[i].key = key;
		t[i++].n = json_integer_value(v);
	}
	if (*n)
		qsort(t, *n, sizeof *t, cmp_tally);
	return t;
}

/* Tallies per script: each option, error and warning counts once per
 * script that has it; occurrences count every diagnostic. */
struct totals {
	json_int_t status[3]; /* converted, with warnings, failed */
	json_t *dropped, *approx, *how; /* option: scripts; how: {option: {text: scripts}} */
	json_t *errors, *warnings, *occurrences, *example, *wname;
};

static void tally_options(struct totals *t, json_t *entry)
{
	json_t *seen_d = json_object(), *seen_a = json_object(), *seen_h = json_object(), *o;
	size_t i;
	json_array_foreach(json_object_get(entry, "options"), i, o) {
		const char *opt = json_string_value(json_object_get(o, "option"));
		const char *st = json_string_value(json_object_get(o, "status"));
		bool dropped = !strcmp(st, "dropped");
		if (!dropped && strcmp(st, "approximated"))
			continue;
		json_object_set_new(dropped ? seen_d : seen_a, opt, json_true());
		if (dropped)
			continue;
		json_t *per = json_object_get(seen_h, opt), *h;
		if (!per)
			json_object_set_new(seen_h, opt, per = json_object());
		size_t j;
		json_array_foreach(json_object_get(o, "how"), j, h)
			json_object_set_new(per, json_string_value(h), json_true());
	}
	const char *key;
	json_t *v;
	json_object_foreach(seen_d, key, v)
		bump(t->dropped, key, 1);
	json_object_foreach(seen_a, key, v)
		bump(t->approx, key, 1);
	json_object_foreach(seen_h, key, v) {
		json_t *per = json_object_get(t->how, key), *x;
		const char *text;
		if (!per)
			json_object_set_new(t->how, key, per = json_object());
		json_object_foreach(v, text, x)
			bump(per, text, 1);
	}
	json_decref(seen_d), json_decref(seen_a), json_decref(seen_h);
}

static void tally_diagnostics(struct totals *t, json_t *entry)
{
	json_t *seen = json_object(), *d, *v;
	size_t i;
	json_array_foreach(json_object_get(entry, "diagnostics"), i, d) {
		const char *id = json_string_value(json_object_get(d, "id"));
		const char *sev = json_string_value(json_object_get(d, "severity"));
		if (!strcmp(sev, "note"))
			continue;
		bump(t->occurrences, id, 1);
		if (!json_object_get(t->example, id))
			json_object_set(t->example, id, json_object_get(d, "message"));
		json_object_set(t->wname, id, json_object_get(d, "warning"));
		json_object_set_new(seen, id, json_string(sev));
	}
	const char *id;
	json_object_foreach(seen, id, v)
		bump(!strcmp(json_string_value(v), "error") ? t->errors : t->warnings, id, 1);
	json_decref(seen);
}

static json_t *ranked_json(json_t *counts, const char *keyname, const struct totals *t)
{
	size_t n;
	struct tally *r = ranked(counts, &n);
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, keyname, json_string(r[i].key));
		json_object_set_new(o, "scripts", json_integer(r[i].n));
		if (counts == t->approx) {
			size_t nh;
			struct tally *h = ranked(json_object_get(t->how, r[i].key), &nh);
			json_t *how = json_array();
			for (size_t j = 0; j < nh; j++)
				json_array_append_new(how, json_pack("{s:s,s:I}", "text", h[j].key,
								     "scripts", h[j].n));
			free(h);
			json_object_set_new(o, "how", how);
		} else if (counts != t->dropped) {
			json_object_set_new(o, "occurrences",
					    json_integer(json_integer_value(json_object_get(t->occurrences, r[i].key))));
			json_object_set(o, "example", json_object_get(t->example, r[i].key));
			if (counts == t->warnings)
				json_object_set(o, "warning", json_object_get(t->wname, r[i].key));
		}
		json_array_append_new(arr, o);
	}
	free(r);
	return arr;
}

static void totals_init(struct totals *t, const struct migrate *m)
{
	memset(t, 0, sizeof *t);
	t->dropped = json_object(), t->approx = json_object(), t->how = json_object();
	t->errors = json_object(), t->warnings = json_object(), t->occurrences = json_object();
	t->example = json_object(), t->wname = json_object();
	for (size_t i = 0; i < m->n; i++) {
		json_t *e = m->scripts[i].entry;
		const char *st = json_string_value(json_object_get(e, "status"));
		t->status[!strcmp(st, "failed") ? 2 : !strcmp(st, "converted") ? 0 : 1]++;
		tally_options(t, e);
		tally_diagnostics(t, e);
	}
}

static void totals_free(struct totals *t)
{
	json_decref(t->dropped), json_decref(t->approx), json_decref(t->how);
	json_decref(t->errors), json_decref(t->warnings), json_decref(t->occurrences);
	json_decref(t->example), json_decref(t->wname);
}

/* ---- the reports -------------------------------------------------------- */

static const char *profile_name(const struct migrate *m)
{
	return m->prof && m->prof->name ? m->prof->name : "default";
}

static const char *run_target(const struct migrate *m)
{
	const char *t = m->target;
	for (char **e = environ; !t && e && *e; e++)
		if (!strncmp(*e, "SLURMC_TARGET=", 14))
			t = *e + 14;
	return t ? t : "job";
}

static json_t *report_json(const struct migrate *m, const struct totals *t)
{
	json_t *root = json_object(), *scripts = json_array(), *skipped = json_array();
	json_t *sources = json_array(), *opts = json_array();
	for (size_t i = 0; i < m->n; i++)
		json_array_append(scripts, m->scripts[i].entry);
	for (size_t i = 0; i < m->not_scripts.n; i++) {
		const char *p = m->not_scripts.v[i];
		bool sbatch = m->no_shebang.n && bsearch(&p, m->no_shebang.v, m->no_shebang.n,
							 sizeof *m->no_shebang.v, cmp_str);
		json_array_append_new(skipped, json_pack("{s:o,s:s}", "path", jstr(p), "reason",
							 sbatch ? "line 1 is not \"#!\""
								: "no #SBATCH line"));
	}
	for (size_t i = 0; i < m->sources.n; i++)
		json_array_append_new(sources, jstr(m->sources.v[i]));
	for (size_t i = 0; i < m->slurmc_words.n; i++)
		json_array_append_new(opts, jstr(m->slurmc_words.w[i].text));
	for (size_t i = 0; i < m->sbatch_words.n; i++)
		json_array_append_new(opts, jstr(m->sbatch_words.w[i].text));
	json_t *tot = json_pack("{s:I,s:I,s:I,s:I,s:I}", "scripts", (json_int_t)m->n, "converted",
				t->status[0], "converted_with_warnings", t->status[1], "failed",
				t->status[2], "not_scripts", (json_int_t)m->not_scripts.n);
	json_object_set_new(tot, "dropped", ranked_json(t->dropped, "option", t));
	json_object_set_new(tot, "approximated", ranked_json(t->approx, "option", t));
	json_object_set_new(tot, "errors", ranked_json(t->errors, "id", t));
	json_object_set_new(tot, "warnings", ranked_json(t->warnings, "id", t));
	json_object_set_new(root, "slurmc_version", json_string(SLURMC_VERSION));
	json_object_set_new(root, "target", jstr(run_target(m)));
	json_object_set_new(root, "profile", jstr(profile_name(m)));
	json_object_set_new(root, "sources", sources);
	json_object_set_new(root, "options", opts);
	json_object_set_new(root, "totals", tot);
	json_object_set_new(root, "scripts", scripts);
	json_object_set_new(root, "not_scripts", skipped);
	return root;
}

/* Text in a Markdown table cell: the characters Markdown would read as
 * markup are escaped, line breaks become blanks. */
static void md_text(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\n' || *s == '\r')
			fputc(' ', f);
		else if (strchr("\\`*_[]<>|#", *s))
			fprintf(f, "\\%c", *s);
		else
			fputc(*s, f);
	}
}

/* A path or option in a code span (in a table cell, '|' is escaped even
 * there); text with backticks is escaped instead. */
static void md_code(FILE *f, const char *s)
{
	if (strchr(s, '`')) {
		md_text(f, s);
		return;
	}
	fputc('`', f);
	for (; *s; s++) {
		if (*s == '|')
			fputs("\\|", f);
		else
			fputc(*s == '\n' || *s == '\r' ? ' ' : *s, f);
	}
	fputc('`', f);
}

/* A fenced block for text that may itself hold backticks. */
static void md_block(FILE *f, const char *text)
{
	size_t run = 0, longest = 0;
	for (const char *p = text; *p; p++)
		run = *p == '`' ? run + 1 : 0, longest = run > longest ? run : longest;
	size_t fence = longest >= 3 ? longest + 1 : 3;
	for (size_t i = 0; i < fence; i++)
		fputc('`', f);
	fprintf(f, "\n%s%s", text, *text && text[strlen(text) - 1] != '\n' ? "\n" : "");
	for (size_t i = 0; i < fence; i++)
		fputc('`', f);
	fputs("\n\n", f);
}

static void md_ranked(FILE *f, const char *title, json_t *arr, const char *key, const char *col)
{
	size_t n = json_array_size(arr), i;
	fprintf(f, "## %s\n\n", title);
	if (!n) {
		fputs("None.\n\n", f);
		return;
	}
	if (col)
		fprintf(f, "| %s | scripts | %s |\n|---|---:|---|\n", key, col);
	else
		fprintf(f, "| %s | scripts |\n|---|---:|\n", key);
	json_t *o;
	json_array_foreach(arr, i, o) {
		if (i == MD_TOP)
			break;
		fputs("| ", f);
		md_code(f, json_string_value(json_object_get(o, key)));
		fprintf(f, " | %" JSON_INTEGER_FORMAT " |",
			json_integer_value(json_object_get(o, "scripts")));
		if (!col) {
			fputc('\n', f);
			continue;
		}
		fputc(' ', f);
		json_t *how = json_object_get(o, "how"), *ex = json_object_get(o, "example");
		if (how && json_array_size(how))
			md_text(f, json_string_value(json_object_get(json_array_get(how, 0), "text")));
		else if (ex && json_is_string(ex))
			md_text(f, json_string_value(ex));
		fputs(" |\n", f);
	}
	if (n > MD_TOP)
		fprintf(f, "\nAnd %zu more in " REPORT_JSON ".\n", n - MD_TOP);
	fputc('\n', f);
}

/* "--a, --b" of the options of entry with the given status. */
static void md_options(FILE *f, json_t *entry, const char *status)
{
	json_t *o;
	size_t i, k = 0;
	json_array_foreach(json_object_get(entry, "options"), i, o) {
		if (strcmp(json_string_value(json_object_get(o, "status")), status))
			continue;
		fputs(k++ ? ", " : "", f);
		md_code(f, json_string_value(json_object_get(o, "option")));
	}
}

static void md_scripts(FILE *f, const struct migrate *m)
{
	fputs("## Failed scripts\n\n", f);
	size_t failed = 0;
	for (size_t i = 0; i < m->n; i++) {
		const struct script *s = &m->scripts[i];
		if (strcmp(json_string_value(json_object_get(s->entry, "status")), "failed"))
			continue;
		failed++;
		fputs("### ", f);
		md_code(f, s->path);
		fputs("\n\n", f);
		md_block(f, s->text);
	}
	if (!failed)
		fputs("None.\n\n", f);
	fputs("## Every script\n\n| script | status | manifest | dropped | approximated |\n"
	      "|---|---|---|---|---|\n", f);
	for (size_t i = 0; i < m->n; i++) {
		json_t *e = m->scripts[i].entry, *out = json_object_get(e, "output");
		fputs("| ", f);
		md_code(f, m->scripts[i].path);
		fprintf(f, " | %s | ", json_string_value(json_object_get(e, "status")));
		if (json_is_string(out))
			md_code(f, json_string_value(out));
		else
			fputs("-", f);
		fputs(" | ", f);
		md_options(f, e, "dropped");
		fputs(" | ", f);
		md_options(f, e, "approximated");
		fputs(" |\n", f);
	}
}

/* The files of the folders that are not scripts; those with #SBATCH
 * lines by name, since a migration probably wants them. */
static void md_skipped(FILE *f, const struct migrate *m)
{
	fprintf(f, "Files in the folders that are not batch scripts, skipped: %zu (listed in "
		   REPORT_JSON ").\n\n", m->not_scripts.n);
	if (!m->no_shebang.n)
		return;
	fprintf(f, "%zu of them have #SBATCH lines, but their line 1 is not \"#!\", so sbatch "
		   "rejects them; name one on the command line to compile it anyway:\n\n",
		m->no_shebang.n);
	for (size_t i = 0; i < m->no_shebang.n; i++) {
		fputs("- ", f);
		md_code(f, m->no_shebang.v[i]);
		fputc('\n', f);
	}
	fputc('\n', f);
}

static char *report_md(const struct migrate *m, json_t *root, const struct totals *t)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		out_of_memory();
	json_t *tot = json_object_get(root, "totals");
	fputs("# slurmc migration report\n\n", f);
	fprintf(f, "%zu script%s compiled for the target `", m->n, m->n == 1 ? "" : "s");
	md_text(f, run_target(m));
	fputs("` with the site profile `", f);
	md_text(f, profile_name(m));
	fprintf(f, "` by slurmc %s.\n\n", SLURMC_VERSION);
	fprintf(f, "| status | scripts |\n|---|---:|\n| converted | %" JSON_INTEGER_FORMAT
		   " |\n| converted with warnings | %" JSON_INTEGER_FORMAT " |\n| failed | %"
		   JSON_INTEGER_FORMAT " |\n\n", t->status[0], t->status[1], t->status[2]);
	md_skipped(f, m);
	md_ranked(f, "Most often dropped options", json_object_get(tot, "dropped"), "option", NULL);
	md_ranked(f, "Most often approximated options", json_object_get(tot, "approximated"),
		  "option", "how (the most common)");
	md_ranked(f, "Most common errors", json_object_get(tot, "errors"), "id", "example");
	md_ranked(f, "Most common warnings", json_object_get(tot, "warnings"), "id", "example");
	md_scripts(f, m);
	if (fclose(f) != 0)
		out_of_memory();
	return buf;
}

static void write_report(struct migrate *m, const char *name, const char *data)
{
	char *path = path_join(m->out_dir, name);
	int err = atomic_write(path, data, strlen(data), true, m->file_mode);
	if (err) {
		diag_report(&m->diags, E_MIGRATE_WRITE, nowhere, path, strerror(err));
		m->io_error = true;
	}
	free(path);
}

/* Both reports and the summary on stdout. */
static void report(struct migrate *m)
{
	struct totals t;
	totals_init(&t, m);
	json_t *root = report_json(m, &t);
	char *json = json_dumps(root, JSON_INDENT(2) | JSON_SORT_KEYS);
	char *md = report_md(m, root, &t);
	if (!json)
		out_of_memory();
	size_t jl = strlen(json);
	json = xrealloc(json, jl + 2);
	memcpy(json + jl, "\n", 2);
	write_report(m, REPORT_JSON, json);
	write_report(m, REPORT_MD, md);
	printf("slurmc migrate: %zu script%s for target \"%s\": %" JSON_INTEGER_FORMAT
	       " converted, %" JSON_INTEGER_FORMAT " converted with warnings, %" JSON_INTEGER_FORMAT
	       " failed\n", m->n, m->n == 1 ? "" : "s", run_target(m), t.status[0], t.status[1],
	       t.status[2]);
	size_t n;
	struct tally *top = ranked(t.dropped, &n);
	for (size_t i = 0; i < n && i < 5; i++)
		printf("%s%s (%" JSON_INTEGER_FORMAT ")", i ? ", " : "most often dropped: ", top[i].key,
		       top[i].n);
	if (n)
		putchar('\n');
	free(top);
	printf("report: %s/" REPORT_MD ", %s/" REPORT_JSON "\n", m->out_dir, m->out_dir);
	if (fflush(stdout) != 0) {
		diag_report(&m->diags, E_MIGRATE_WRITE, nowhere, "standard output", strerror(errno));
		m->io_error = true;
	}
	free(json);
	free(md);
	json_decref(root);
	totals_free(&t);
}

/* ---- the run ------------------------------------------------------------- */

/* Compiles an empty script once, so that errors in the command line's and
 * the environment's options (and an unknown target) are reported once, as
 * usage errors, instead of once per script. */
static bool probe(struct migrate *m)
{
	static const char text[] = "#!/bin/sh\ntrue\n";
	struct diag_engine e;
	engine_like(&e, &m->diags);
	e.werror = false;
	struct arena a = { 0 };
	struct source src = { "probe", text, sizeof text - 1, SRC_BUILTIN, 0 };
	diag_add_source(&e, &src);
	char *yaml = NULL;
	size_t len;
	driver_compile(&a, &e, &src, "probe", &m->fo, m->prof, &yaml, &len);
	free(yaml);
	bool ok = e.errors == 0;
	if (!ok) {
		size_t k = 0;
		for (size_t i = 0; i < e.n; i++) { /* only the errors */
			struct diag *d = &e.list[i];
			if (d->sev == SEV_ERROR) {
				e.list[k++] = *d;
				continue;
			}
			for (size_t j = 0; j < d->nextra; j++)
				free(d->extra[j].text);
			free(d->message);
			free(d->extra);
		}
		e.n = k;
		diag_render(&e, stderr, DIAG_TEXT, m->colour_on);
	}
	diag_free(&e);
	arena_free(&a);
	return ok;
}

static int finish(struct migrate *m, int rc)
{
	if (m->diags.n)
		diag_render(&m->diags, stderr, DIAG_TEXT, m->colour_on);
	if (m->usage_error)
		fputs("Try 'slurmc migrate --help' for more information.\n", stderr);
	for (size_t i = 0; i < m->n; i++) {
		free(m->scripts[i].path);
		free(m->scripts[i].rel);
		free_result(&m->scripts[i]);
	}
	free(m->scripts);
	strvec_free(&m->sources);
	strvec_free(&m->not_scripts);
	strvec_free(&m->no_shebang);
	diag_free(&m->diags);
	arena_free(&m->parena);
	arena_free(&m->arena);
	return rc;
}

/* Collects the scripts and creates DIR; false after an error. */
static bool prepare(struct migrate *m)
{
	m->out_exists = stat(m->out_dir, &m->out_st) == 0;
	for (size_t i = 0; i < m->sources.n; i++)
		collect_source(m, m->sources.v[i]);
	if (m->io_error)
		return false;
	order_scripts(m);
	char *probe_path = path_join(m->out_dir, "x");
	int err = 0;
	bool ok = make_parents(probe_path, &err);
	struct stat st;
	if (ok && stat(m->out_dir, &st) != 0)
		err = errno, ok = false;
	else if (ok && !S_ISDIR(st.st_mode))
		err = ENOTDIR, ok = false;
	free(probe_path);
	if (!ok) {
		diag_report(&m->diags, E_MIGRATE_OUT_DIR, nowhere, m->out_dir, strerror(err));
		m->io_error = true;
	}
	return ok;
}

int migrate_main(int argc, char **argv)
{
	struct migrate m = { 0 };
	m.colour = -1;
	diag_init(&m.diags);
	parse_args(&m, argc, argv);
	m.colour_on = m.colour == 1 || (m.colour == -1 && isatty(2) && !getenv("NO_COLOR"));
	m.progress = m.colour != 0 && isatty(2) && !getenv("NO_COLOR");
	if (m.usage_error)
		return finish(&m, 2);
	if (m.jobs == 0) {
		long cpus = sysconf(_SC_NPROCESSORS_ONLN);
		m.jobs = cpus < 1 ? 1 : cpus > MAX_JOBS ? MAX_JOBS : cpus;
	}
	mode_t mask = umask(0);
	umask(mask);
	m.file_mode = 0666 & ~mask;
	diag_add_source(&m.diags, &m.cmdline);
	struct frontend_opts fo = { m.target, m.sbatch_words.w, m.sbatch_words.n,
				    m.slurmc_words.w, m.slurmc_words.n, environ };
	m.fo = fo;
	m.prof = profile_load(&m.parena, &m.diags, m.slurmc_words.w, m.slurmc_words.n, environ);
	if (!m.prof || m.diags.errors)
		return finish(&m, 2);
	if (!probe(&m))
		return finish(&m, 2);
	if (!prepare(&m))
		return finish(&m, 2);
	signal(SIGPIPE, SIG_IGN);
	run_all(&m);
	bool failed = false, io = m.io_error;
	for (size_t i = 0; i < m.n; i++) {
		const struct script *s = &m.scripts[i];
		if (s->shown)
			fputs(s->shown, stderr);
		failed = failed || s->shown;
		io = io || s->io_error;
	}
	report(&m);
	return finish(&m, io || m.io_error ? 2 : failed ? 1 : 0);
}
