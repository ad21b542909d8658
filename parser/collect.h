/*
 * collect.h: the parse context that the grammar's actions fill.
 *
 * The grammar hands over lines and words; the context keeps the words of
 * each het component (sbatch joins all #SBATCH words of a component into
 * one argument vector, so an option's value may even sit on the next line)
 * and each #SLURMC line with its target selector. getopt runs afterwards,
 * in parser/getopt.c.
 */
#ifndef SLURMC_COLLECT_H
#define SLURMC_COLLECT_H

#include <stdbool.h>

#include "lexer/lexer.h"
#include "parser/ir.h"

struct word {
	const char *text; /* quotes removed; arena-owned */
	struct span at;   /* the raw word */
	bool quoted;
};

struct wordvec {
	struct word *w;
	size_t n, cap;
};

struct slurmc_line {
	const char *selector; /* text inside [...], or NULL */
	struct span at;       /* the "#SLURMC[...]" token */
	struct wordvec words;
};

struct parse_ctx {
	struct arena *arena;
	struct diag_engine *diags;
	const struct source *src;
	struct ir_job *job;
	struct wordvec *comps; /* one word vector per het component */
	size_t ncomps;
	struct slurmc_line *slines;
	size_t nslines;
	struct span *separators; /* the hetjob word that opened component k (k >= 1) */
	int line_kind;           /* LEX_SBATCH or LEX_SLURMC for the open line */
	size_t line_words;
	struct span line_at;
	const char *selector;
	const char *last_separator;
	bool ignored_warned;
	bool sep_leading;
	bool fatal;
	unsigned syntax_errors;
};

void pc_shebang(struct parse_ctx *c, const struct lex_value *v);
void pc_fatal(struct parse_ctx *c);
void pc_body(struct parse_ctx *c, uint32_t off);
void pc_line_begin(struct parse_ctx *c, int kind, const struct lex_value *v);
void pc_word(struct parse_ctx *c, const struct lex_value *v);
void pc_line_end(struct parse_ctx *c);
void pc_separator(struct parse_ctx *c, const struct lex_value *v);
void pc_ignored(struct parse_ctx *c, const struct lex_value *v);
void pc_line_abandon(struct parse_ctx *c);
void pc_syntax_error(struct parse_ctx *c, const char *msg);

/* Appends a word to a vector (arena-owned storage). */
void wordvec_push(struct arena *a, struct wordvec *v, struct word w);

/* Runs scanner and grammar over c->src (parser/directive.y). */
bool pc_run_grammar(struct parse_ctx *c, struct lex_extra *extra);

#endif
