/*
 * body.c: finds the body's commands that Slurm runs once but a compiled
 * multi-node job runs on every node.
 *
 * Under Slurm only the first node runs the batch script, and srun spreads
 * steps over the nodes. A compiled job runs the script on every node (the
 * srun shim runs each node's share of a step), so a plain `echo` or
 * `python prep.py` outside srun runs N times. This is a line scanner, not
 * a shell parser: it looks at the first word of each command line and
 * leaves out what is harmless to repeat (assignments, export, module load,
 * source, cd, set, control flow, conda activate), what runs elsewhere
 * (srun, function bodies until called), what is not a command (heredoc
 * text, continuation lines, the inside of multi-line quotes and
 * parentheses, case patterns), and blocks guarded by a test of
 * SLURM_NODEID / SLURM_PROCID. It errs on the side of silence.
 */
#include "emitters/target.h"

#include <string.h>

/* First words that start no work worth warning about. */
static const char *const quiet_words[] = {
	"export", "unset", "local", "declare", "typeset", "readonly", "module", "ml", "source",
	".", "cd", "pushd", "popd", "set", "shopt", "trap", "ulimit", "umask", "alias", "unalias",
	"if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
	"select", "function", "{", "}", "(", ")", "((", "[", "[[", "test", "return", "exit",
	"break", "continue", "wait", "true", "false", ":", "eval", "sleep", "hash", "shift",
	"srun", "spack", "!",
};

/* Variables whose test guards a block so that it runs on one node. */
static const char *const guard_vars[] = {
	"SLURM_NODEID", "SLURM_PROCID", "SLURM_LOCALID", "JOB_COMPLETION_INDEX", "SLURMD_NODENAME",
};

struct scan {
	const char *delim; /* heredoc delimiter being skipped, or NULL */
	size_t delim_len;
	bool strip_tabs;   /* <<- */
	bool continued;    /* the previous line ended with a backslash */
	char quote;        /* a quote left open by an earlier line, or 0 */
	int depth;         /* parentheses left open by earlier lines */
	bool in_function;
	int if_depth, guard_depth; /* guard_depth: the if depth of a guarded block, 0 = none */
	int case_depth;
};

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool word_end(char c)
{
	return c == '\0' || c == '\n' || blank(c) || strchr(";&|<>()", c) != NULL;
}

/* Length of the word at s (within n bytes); "(" and "((" are words. */
static size_t word_len(const char *s, size_t n)
{
	size_t i = 0;
	if (n > 0 && (s[0] == '(' || s[0] == ')'))
		return (n > 1 && s[1] == s[0]) ? 2 : 1;
	while (i < n && !word_end(s[i]))
		i++;
	return i;
}

static bool word_is(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && memcmp(w, s, n) == 0;
}

/* Whether needle occurs in s[0..n). */
static bool contains(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(s + i, needle, k) == 0)
			return true;
	return false;
}

/* NAME=..., NAME+=..., NAME[i]=... */
static bool assignment(const char *w, size_t n)
{
	size_t i = 0;
	while (i < n && (w[i] == '_' || (w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z') ||
			 (i > 0 && w[i] >= '0' && w[i] <= '9')))
		i++;
	if (i == 0)
		return false;
	if (i < n && w[i] == '[')
		while (i < n && w[i] != ']')
			i++;
	if (i < n && w[i] == ']')
		i++;
	if (i < n && w[i] == '+')
		i++;
	return i < n && w[i] == '=';
}

/* Follows quotes, comments and parentheses through one line, so that a
 * string or an array spanning lines is not read as commands. */
static void track(struct scan *sc, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (sc->quote == '\'') {
			sc->quote = c == '\'' ? 0 : sc->quote;
		} else if (c == '\\') {
			i++;
		} else if (sc->quote == '"') {
			sc->quote = c == '"' ? 0 : sc->quote;
		} else if (c == '\'' || c == '"') {
			sc->quote = c;
		} else if (c == '#' && (i == 0 || blank(s[i - 1]))) {
			return;
		} else if (c == '(') {
			sc->depth++;
		} else if (c == ')' && sc->depth > 0) {
			sc->depth--;
		}
	}
}

/* Starts skipping a heredoc if the line opens one ("<<EOF", "<<-'EOF'"). */
static void heredoc_start(struct scan *sc, const char *s, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++) {
		if (s[i] != '<' || s[i + 1] != '<' || s[i + 2] == '<' || (i > 0 && s[i - 1] == '<'))
			continue;
		size_t j = i + 2;
		sc->strip_tabs = j < n && s[j] == '-';
		j += sc->strip_tabs;
		while (j < n && blank(s[j]))
			j++;
		char q = (j < n && (s[j] == '\'' || s[j] == '"')) ? s[j++] : 0;
		size_t k = j;
		while (k < n && (q ? s[k] != q : !word_end(s[k])))
			k++;
		if (k > j) {
			sc->delim = s + j;
			sc->delim_len = k - j;
		}
		return;
	}
}

/* Whether this line ends the heredoc being skipped. */
static bool heredoc_end(struct scan *sc, const char *s, size_t n)
{
	while (sc->strip_tabs && n > 0 && *s == '\t')
		s++, n--;
	if (n != sc->delim_len || memcmp(s, sc->delim, n) != 0)
		return false;
	sc->delim = NULL;
	return true;
}

/* if/fi bookkeeping; true when the line belongs to a guarded block. */
static bool guarded(struct scan *sc, const char *w, size_t wn, const char *s, size_t n)
{
	if (word_is(w, wn, "if")) {
		sc->if_depth++;
		for (size_t i = 0; !sc->guard_depth && i < sizeof guard_vars / sizeof *guard_vars; i++)
			if (contains(s, n, guard_vars[i]))
				sc->guard_depth = sc->if_depth;
		bool one_line = contains(s, n, "; fi") || contains(s, n, ";fi");
		bool g = sc->guard_depth != 0;
		if (one_line) {
			if (sc->guard_depth == sc->if_depth)
				sc->guard_depth = 0;
			sc->if_depth--;
		}
		return g;
	}
	if (word_is(w, wn, "fi")) {
		if (sc->guard_depth == sc->if_depth)
			sc->guard_depth = 0;
		if (sc->if_depth > 0)
			sc->if_depth--;
		return true;
	}
	return sc->guard_depth != 0;
}

/* Function definitions: "name() {", "function name {"; their bodies run
 * only where they are called. */
static bool function_line(struct scan *sc, const char *w, size_t wn, const char *s, size_t n)
{
	if (sc->in_function) {
		if (s[0] == '}')
			sc->in_function = false;
		return true;
	}
	const char *after = s + wn;
	size_t rest = n - wn;
	while (rest > 0 && blank(*after))
		after++, rest--;
	bool def = word_is(w, wn, "function") || (rest >= 2 && after[0] == '(' && after[1] == ')');
	if (!def)
		return false;
	sc->in_function = !(n > 0 && s[n - 1] == '}');
	return true;
}

/* case ... esac: pattern lines and ";;" are not commands. */
static bool case_line(struct scan *sc, const char *w, size_t wn, const char *s, size_t n)
{
	if (word_is(w, wn, "case") && !contains(s, n, "esac")) {
		sc->case_depth++;
		return true;
	}
	if (word_is(w, wn, "esac")) {
		if (sc->case_depth > 0)
			sc->case_depth--;
		return true;
	}
	if (sc->case_depth == 0)
		return false;
	return (s[0] != '(' && memchr(s, ')', n) != NULL) || (n >= 2 && s[0] == ';' && s[1] == ';');
}

/* Skips command prefixes ("time", "nohup", "exec" and their options): the
 * word that names the command. */
static void command_word(const char **w, size_t *wn, const char *end)
{
	static const char *const prefixes[] = { "time", "exec", "nohup", "command", "nice", "stdbuf" };
	bool again = true;
	while (again) {
		again = false;
		for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes && !again; i++) {
			if (!word_is(*w, *wn, prefixes[i]))
				continue;
			const char *p = *w + *wn;
			size_t k = 0;
			for (;; p += k) {
				while (p < end && blank(*p))
					p++;
				k = word_len(p, (size_t)(end - p));
				if (k == 0 || p[0] != '-')
					break;
			}
			if (k > 0) {
				*w = p;
				*wn = k;
				again = true;
			}
		}
	}
}

/* A command word that starts no work worth warning about. */
static bool quiet(const char *w, size_t wn, const char *s, size_t n)
{
	if (assignment(w, wn))
		return true;
	for (size_t i = 0; i < sizeof quiet_words / sizeof *quiet_words; i++)
		if (word_is(w, wn, quiet_words[i]))
			return true;
	if (word_is(w, wn, "conda") || word_is(w, wn, "mamba") || word_is(w, wn, "micromamba") ||
	    word_is(w, wn, "pyenv")) {
		return contains(s, n, " activate") || contains(s, n, " deactivate") ||
		       contains(s, n, "shell.");
	}
	return false;
}

/* Classifies one line (s, n bytes, no newline); true when it holds a
 * command that every node runs. *w, *wn: the command word. */
static bool scan_line(struct scan *sc, const char *s, size_t n, const char **w, size_t *wn)
{
	if (sc->delim) {
		heredoc_end(sc, s, n);
		return false;
	}
	bool inside = sc->continued || sc->quote || sc->depth > 0;
	sc->continued = n > 0 && s[n - 1] == '\\';
	while (n > 0 && blank(*s))
		s++, n--;
	if (!inside && (n == 0 || s[0] == '#'))
		return false;
	track(sc, s, n);
	if (inside)
		return false;
	heredoc_start(sc, s, n);
	*w = s;
	*wn = word_len(s, n);
	if (function_line(sc, *w, *wn, s, n) || case_line(sc, *w, *wn, s, n) ||
	    guarded(sc, *w, *wn, s, n))
		return false;
	command_word(w, wn, s + n);
	return *wn > 0 && !quiet(*w, *wn, s, n);
}

size_t body_commands(const char *text, size_t len, unsigned first_line, struct body_cmd *cmds,
		     size_t max)
{
	struct scan sc = { 0 };
	size_t found = 0;
	unsigned line = first_line;
	for (size_t off = 0; off < len; line++) {
		const char *nl = memchr(text + off, '\n', len - off);
		size_t n = nl ? (size_t)(nl - (text + off)) : len - off;
		const char *w;
		size_t wn;
		if (scan_line(&sc, text + off, n, &w, &wn)) {
			if (found < max)
				cmds[found] = (struct body_cmd){ (size_t)(w - text), wn, line };
			found++;
		}
		off += n + 1;
	}
	return found;
}

/* "14, 20 and 31" (at most 20 numbers, then "..."). Arena-owned. */
static const char *line_list(struct emit_ctx *cx, const struct body_cmd *cmds, size_t n)
{
	const char *s = "";
	for (size_t i = 0; i < n && i < 20; i++) {
		const char *sep = i == 0 ? "" : (i == n - 1 ? " and " : ", ");
		s = arena_printf(cx->arena, "%s%s%u", s, sep, cmds[i].line);
	}
	return n > 20 ? arena_printf(cx->arena, "%s, ...", s) : s;
}

void body_check_multi_node(struct emit_ctx *cx)
{
	enum { MAX = 64 };
	struct body_cmd cmds[MAX];
	const struct ir_body *b = &cx->job->body;
	if (cx->layout.nnodes < 2 || !b->text)
		return;
	size_t n = body_commands(b->text, b->len, b->line, cmds, MAX);
	if (n == 0)
		return;
	size_t shown = n < MAX ? n : MAX;
	char *word = arena_strndup(cx->arena, b->text + cmds[0].off, cmds[0].len);
	struct span at = span_make(cx->job->src, b->offset + cmds[0].off, cmds[0].len);
	struct diag *d = diag_report(cx->diag, W_MULTI_NODE_BODY, at, word, (int)cx->layout.nnodes);
	diag_note(cx->diag, d,
		  "Every node runs the whole script, and srun runs each node's share of a step.");
	if (shown > 1)
		diag_note(cx->diag, d, "Commands outside srun on lines %s run on every node too.",
			  line_list(cx, cmds + 1, shown - 1));
	diag_hint(cx->diag, d,
		  "Guard work that must happen once with 'if [ \"$SLURM_NODEID\" = 0 ]; then ...; fi', "
		  "or run it as a one-task step with 'srun -N1 -n1 ...'.");
}
