/*
 * collect.c: the grammar's actions, which gather directive words.
 *
 * #SBATCH words go to the current het component; a line whose first word
 * is "hetjob"/"packjob" starts a new component and sbatch ignores the rest
 * of it, while a separator later in a line only cuts that line short. Each
 * #SLURMC line is kept whole, with its selector, because whether it applies
 * depends on the target, known only once every line has been read.
 */
#include "parser/collect.h"

#include <string.h>
#include <strings.h>

void wordvec_push(struct arena *a, struct wordvec *v, struct word w)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->w = arena_grow(a, v->w, v->n, v->cap, sizeof *v->w);
	}
	v->w[v->n++] = w;
}

static struct span vspan(const struct parse_ctx *c, const struct lex_value *v)
{
	return span_make(c->src, v->off, v->len);
}

/* The shebang line gives the interpreter, which the runtime uses too. */
void pc_shebang(struct parse_ctx *c, const struct lex_value *v)
{
	c->job->interpreter = v->text;
}

void pc_fatal(struct parse_ctx *c)
{
	c->fatal = true;
}

void pc_body(struct parse_ctx *c, uint32_t off)
{
	struct ir_body *b = &c->job->body;
	b->offset = off;
	b->text = c->src->text + off;
	b->len = c->src->len - off;
	unsigned line, col;
	span_line_col(c->src, off, &line, &col);
	b->line = line;
	c->job->header_end = span_make(c->src, off, 0);
}

void pc_line_begin(struct parse_ctx *c, int kind, const struct lex_value *v)
{
	c->line_kind = kind;
	c->line_words = 0;
	c->ignored_warned = false;
	c->line_at = vspan(c, v);
	c->selector = v->text;
	if (kind == LEX_SLURMC) {
		c->slines = arena_grow(c->arena, c->slines, c->nslines, c->nslines + 1,
				       sizeof *c->slines);
		struct slurmc_line *l = &c->slines[c->nslines++];
		memset(l, 0, sizeof *l);
		l->selector = v->text;
		l->at = c->line_at;
	}
}

void pc_word(struct parse_ctx *c, const struct lex_value *v)
{
	struct word w = { v->text, vspan(c, v), v->quoted };
	c->line_words++;
	if (c->line_kind == LEX_SLURMC)
		wordvec_push(c->arena, &c->slines[c->nslines - 1].words, w);
	else
		wordvec_push(c->arena, &c->comps[c->ncomps - 1], w);
}

void pc_line_end(struct parse_ctx *c)
{
	c->line_words = 0;
}

/* "hetjob" first on an #SBATCH line opens a component; elsewhere, or on a
 * #SLURMC line, sbatch drops it and the rest of the line. */
void pc_separator(struct parse_ctx *c, const struct lex_value *v)
{
	struct span at = vspan(c, v);
	c->last_separator = v->text;
	c->sep_leading = c->line_kind == LEX_SBATCH && c->line_words == 0;
	if (c->sep_leading) {
		c->comps = arena_grow(c->arena, c->comps, c->ncomps, c->ncomps + 1, sizeof *c->comps);
		memset(&c->comps[c->ncomps], 0, sizeof *c->comps);
		c->separators = arena_grow(c->arena, c->separators, c->ncomps, c->ncomps + 1,
					   sizeof *c->separators);
		c->separators[c->ncomps] = at;
		c->ncomps++;
		if (strncasecmp(v->text, "packjob", 7) == 0) {
			struct diag *d = diag_report(c->diags, W_PACKJOB, at);
			diag_hint(c->diags, d, "Write \"hetjob\" instead.");
			diag_fixit(c->diags, d, at, "hetjob");
		}
	} else {
		struct diag *d = diag_report(c->diags, W_IGNORED_AFTER_SEPARATOR, at, v->text);
		diag_note(c->diags, d, "A component separator counts only as the first word of an #SBATCH line; sbatch drops it and the rest of this line.");
		diag_hint(c->diags, d, "Put \"#SBATCH hetjob\" on a line of its own.");
	}
	c->line_words = 0;
}

/* Words after a leading separator: sbatch drops them; say so once. */
void pc_ignored(struct parse_ctx *c, const struct lex_value *v)
{
	if (c->line_kind != LEX_SBATCH || !c->sep_leading || c->ignored_warned)
		return;
	c->ignored_warned = true;
	struct diag *d = diag_report(c->diags, W_WORDS_AFTER_SEPARATOR, vspan(c, v),
				     c->last_separator);
	diag_hint(c->diags, d, "Move these options to the next #SBATCH line.");
}

void pc_line_abandon(struct parse_ctx *c)
{
	c->line_words = 0;
}

/* The scanner reports every malformed word itself, so a syntax error here
 * only counts; the line is skipped by the grammar's error rule. */
void pc_syntax_error(struct parse_ctx *c, const char *msg)
{
	(void)msg;
	c->syntax_errors++;
}
