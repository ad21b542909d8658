/*
 * lexer.h: the script scanner (lexer/script.l) and its tokens.
 *
 * The scanner splits a whole batch script into: the shebang, the header
 * region (directive lines, comments, blanks) and the body. Directive lines
 * come as a start token (#SBATCH, or #SLURMC with its optional [targets]
 * selector), their words with quotes removed, and an end-of-line token.
 * Word spellings are not grammar tokens: "--nodes=2" is one WORD; the
 * getopt pass in parser/ gives words their meaning. Token values and
 * locations are byte offsets into the script; the token numbers are shared
 * with parser/directive.y, which checks them at compile time.
 *
 * The scanner reports its own problems (no shebang, BOM, CRLF, unmatched
 * quotes, ignored or disabled directives) to the diagnostics engine.
 */
#ifndef SLURMC_LEXER_H
#define SLURMC_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "stdlib/arena.h"
#include "stdlib/diag.h"
#include "stdlib/span.h"

enum lex_token {
	LEX_EOF = 0,
	LEX_SHEBANG = 258, /* "#!..." on line 1; text = the interpreter line */
	LEX_SBATCH,        /* "#SBATCH" starting a directive line */
	LEX_SLURMC,        /* "#SLURMC" or "#SLURMC[sel]"; text = selector or NULL */
	LEX_WORD,          /* one directive word, quotes removed */
	LEX_HETSEP,        /* the word "hetjob" or "packjob" (any case) */
	LEX_BADWORD,       /* a word the scanner rejected (already reported) */
	LEX_EOL,           /* end of a directive line */
	LEX_BODY,          /* the first body line starts here */
	LEX_FATAL          /* the script cannot be read at all (reported) */
};

/* The semantic value of a token (YYSTYPE for the grammar). */
struct lex_value {
	const char *text; /* arena-owned, NUL-terminated; NULL if none */
	uint32_t off, len; /* raw bytes of the token in the script */
	bool quoted;       /* a WORD that had quotes or escapes */
};

/* The location of a token (YYLTYPE for the grammar). */
struct lex_loc {
	uint32_t off, len;
};

/* What the scanner needs (its flex "extra"). */
struct lex_extra {
	const struct source *src;
	struct arena *arena;
	struct diag_engine *diags;
	size_t pos;          /* offset of the next byte flex reads */
	size_t body_off;     /* where the body starts (len if none) */
	bool fatal;
};

/* A scanner over extra->src; lex_next returns the next token (enum
 * lex_token) with its value and location; lex_close frees the scanner. */
void *lex_open(struct lex_extra *extra);
int lex_next(struct lex_value *v, struct lex_loc *l, void *scanner);
void lex_close(void *scanner);

/* Runs the checks sbatch makes on the whole script before reading it
 * (CRLF line breaks, NUL bytes); reports and returns false on failure. */
bool lex_precheck(const struct source *src, struct diag_engine *d);

#endif
