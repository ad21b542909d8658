/*
 * directive.y: the grammar of a batch script's header.
 *
 *   script : SHEBANG header [BODY]
 *   line   : (#SBATCH | #SLURMC[sel]) word* [separator word*] EOL
 *
 * The grammar only gives lines their shape; it reads no changeable state
 * and its actions only hand words to the parse context (parser/collect.c),
 * which later runs sbatch's getopt over them. A line the scanner could not
 * split (an unmatched quote, already reported) is skipped by the `error`
 * rule, so one run reports every broken line.
 */
%require "3.8"
%define api.pure full
%define api.prefix {dir}
%define api.value.type {struct lex_value}
%define api.location.type {struct lex_loc}
%define parse.error detailed
%define parse.lac full
%locations
%expect 0
%param {void *scanner}
%parse-param {struct parse_ctx *ctx}

%code requires {
#include "lexer/lexer.h"
struct parse_ctx;
}

%code {
#include "parser/collect.h"


#define YYLLOC_DEFAULT(cur, rhs, n)                                              \
	do {                                                                     \
		if (n) {                                                         \
			(cur).off = YYRHSLOC(rhs, 1).off;                        \
			(cur).len = YYRHSLOC(rhs, n).off + YYRHSLOC(rhs, n).len  \
				    - YYRHSLOC(rhs, 1).off;                      \
		} else {                                                         \
			(cur).off = YYRHSLOC(rhs, 0).off + YYRHSLOC(rhs, 0).len; \
			(cur).len = 0;                                           \
		}                                                                \
	} while (0)

int dirlex(DIRSTYPE *v, DIRLTYPE *l, void *scanner)
{
	return lex_next(v, l, scanner);
}

static void direrror(DIRLTYPE *l, void *scanner, struct parse_ctx *c, const char *msg)
{
	(void)l;
	(void)scanner;
	pc_syntax_error(c, msg);
}
}

%token SHEBANG 258 SBATCH 259 SLURMC 260 WORD 261 HETSEP 262 BADWORD 263 EOL 264
%token BODY 265 FATAL 266

%%

script
	: SHEBANG header tail	{ pc_shebang(ctx, &$1); }
	| FATAL			{ pc_fatal(ctx); }
	;

tail
	: %empty
	| BODY			{ pc_body(ctx, $1.off); }
	;

header
	: %empty
	| header line
	;

line
	: start words EOL		{ pc_line_end(ctx); }
	| start words HETSEP		{ pc_separator(ctx, &$3); }
	  ignored EOL			{ pc_line_end(ctx); }
	| start error EOL		{ yyerrok; pc_line_abandon(ctx); }
	;

start
	: SBATCH		{ pc_line_begin(ctx, LEX_SBATCH, &$1); }
	| SLURMC		{ pc_line_begin(ctx, LEX_SLURMC, &$1); }
	;

words
	: %empty
	| words WORD		{ pc_word(ctx, &$2); }
	;

ignored
	: %empty
	| ignored WORD		{ pc_ignored(ctx, &$2); }
	| ignored HETSEP	{ pc_ignored(ctx, &$2); }
	;

%%

_Static_assert((int)SHEBANG == (int)LEX_SHEBANG && (int)SBATCH == (int)LEX_SBATCH &&
	       (int)SLURMC == (int)LEX_SLURMC && (int)WORD == (int)LEX_WORD &&
	       (int)HETSEP == (int)LEX_HETSEP && (int)BADWORD == (int)LEX_BADWORD &&
	       (int)EOL == (int)LEX_EOL && (int)BODY == (int)LEX_BODY &&
	       (int)FATAL == (int)LEX_FATAL,
	       "lexer/lexer.h and parser/directive.y disagree on token numbers");

bool pc_run_grammar(struct parse_ctx *ctx, struct lex_extra *extra)
{
	void *scanner = lex_open(extra);
	int rc = dirparse(scanner, ctx);
	lex_close(scanner);
	return rc == 0;
}
