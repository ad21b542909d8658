/*
 * test_lexer.c: the scanner alone: tokens, spans and its own diagnostics.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lexer/lexer.h"

struct tok {
	int kind;
	char text[64];
	uint32_t off, len;
};

struct lexed {
	struct tok t[64];
	size_t n;
	struct diag_engine d;
	struct arena a;
	struct source src;
};

static void lex(struct lexed *x, const char *text)
{
	memset(x, 0, sizeof *x);
	diag_init(&x->d);
	x->src.name = "t.sbatch";
	x->src.text = text;
	x->src.len = strlen(text);
	diag_add_source(&x->d, &x->src);
	struct lex_extra e = { .src = &x->src, .arena = &x->a, .diags = &x->d,
			       .body_off = x->src.len };
	void *s = lex_open(&e);
	for (;;) {
		struct lex_value v = { 0 };
		struct lex_loc l = { 0 };
		int k = lex_next(&v, &l, s);
		if (k == LEX_EOF || x->n == 64)
			break;
		struct tok *t = &x->t[x->n++];
		t->kind = k;
		t->off = l.off;
		t->len = l.len;
		if (v.text)
			snprintf(t->text, sizeof t->text, "%s", v.text);
	}
	lex_close(s);
}

static void done(struct lexed *x)
{
	diag_free(&x->d);
	arena_free(&x->a);
}

static void shebang_then_directive_words(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/bash\n#SBATCH -N2 --job-name=\"a b\" -t 10\necho hi\n");
	assert_int_equal(x.n, 8);
	assert_int_equal(x.t[7].kind, LEX_BODY);
	assert_int_equal(x.t[0].kind, LEX_SHEBANG);
	assert_string_equal(x.t[0].text, "/bin/bash");
	assert_int_equal(x.t[1].kind, LEX_SBATCH);
	assert_int_equal(x.t[1].off, 12);
	assert_int_equal(x.t[1].len, 7);
	assert_int_equal(x.t[2].kind, LEX_WORD);
	assert_string_equal(x.t[2].text, "-N2");
	assert_string_equal(x.t[3].text, "--job-name=a b");
	assert_int_equal(x.t[3].len, strlen("--job-name=\"a b\""));
	assert_string_equal(x.t[4].text, "-t");
	assert_string_equal(x.t[5].text, "10");
	assert_int_equal(x.t[6].kind, LEX_EOL);
	assert_int_equal(x.d.n, 0);
	done(&x);
}

static void body_starts_at_first_command(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n\n# comment\n  # indented comment\n#SBATCH -n 1\n\nsrun a\n");
	assert_int_equal(x.t[x.n - 1].kind, LEX_BODY);
	assert_int_equal(x.t[x.n - 1].off, strlen("#!/bin/sh\n\n# comment\n  # indented comment\n#SBATCH -n 1\n\n"));
	done(&x);
}

static void unquoted_hash_starts_a_comment(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n#SBATCH -J x#y -n 2\n#SBATCH 'a # b' \"#\" # rest\n");
	assert_string_equal(x.t[2].text, "-J");
	assert_string_equal(x.t[3].text, "x");
	assert_int_equal(x.t[4].kind, LEX_EOL); /* the rest of the line is a comment */
	assert_string_equal(x.t[6].text, "a # b");
	assert_string_equal(x.t[7].text, "#");
	assert_int_equal(x.t[8].kind, LEX_EOL);
	done(&x);
}

static void backslash_escapes_but_blank_ends_word(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n#SBATCH -o a\\ b.out -J a\\\"b\n");
	assert_string_equal(x.t[3].text, "a");
	assert_string_equal(x.t[4].text, "b.out");
	assert_string_equal(x.t[6].text, "a\"b");
	done(&x);
}

static void separator_is_a_raw_word(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n#SBATCH HetJob\n#SBATCH \"hetjob\"\n#SBATCH packjob#x\n");
	assert_int_equal(x.t[2].kind, LEX_HETSEP);
	assert_int_equal(x.t[5].kind, LEX_WORD);
	assert_int_equal(x.t[8].kind, LEX_WORD); /* "packjob" then a comment */
	done(&x);
}

static void slurmc_selector(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n#SLURMC[volcano,kueue] --queue=q\n#SLURMC --image=i\n");
	assert_int_equal(x.t[1].kind, LEX_SLURMC);
	assert_string_equal(x.t[1].text, "volcano,kueue");
	assert_int_equal(x.t[4].kind, LEX_SLURMC);
	assert_string_equal(x.t[4].text, "");
	done(&x);
}

static void unmatched_quote_is_reported(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n#SBATCH -J \"abc\n");
	assert_int_equal(x.t[3].kind, LEX_BADWORD);
	assert_int_equal(x.d.n, 1);
	assert_int_equal(x.d.list[0].id, E_UNMATCHED_QUOTE);
	assert_int_equal(x.d.list[0].at.off, strlen("#!/bin/sh\n#SBATCH -J "));
	done(&x);
}

static void no_shebang_bom_and_empty(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#SBATCH -n 1\n");
	assert_int_equal(x.t[0].kind, LEX_FATAL);
	assert_int_equal(x.d.list[0].id, E_NO_SHEBANG);
	done(&x);
	lex(&x, "\xEF\xBB\xBF#!/bin/sh\n");
	assert_int_equal(x.t[0].kind, LEX_FATAL);
	assert_int_equal(x.d.list[0].id, E_BOM);
	done(&x);
	lex(&x, "");
	assert_int_equal(x.t[0].kind, LEX_FATAL);
	done(&x);
	lex(&x, "\n#!/bin/sh\n");
	assert_int_equal(x.d.list[0].id, E_NO_SHEBANG);
	done(&x);
}

static void directives_after_body_warn(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\necho\n#SBATCH -n 2\n  #SBATCH -n 3\necho '#SBATCH'\n");
	assert_int_equal(x.d.n, 1);
	assert_int_equal(x.d.list[0].id, W_DIRECTIVE_AFTER_COMMAND);
	done(&x);
}

static void disabled_and_indented_directives_warn(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n#sbatch -n 1\n##SBATCH -n 1\n# SBATCH -n 1\n  #SBATCH -n 1\n#SBATCHX\n");
	assert_int_equal(x.d.n, 4);
	assert_int_equal(x.d.list[0].id, W_DISABLED_DIRECTIVE);
	assert_int_equal(x.d.list[1].id, W_DISABLED_DIRECTIVE);
	assert_int_equal(x.d.list[2].id, W_DISABLED_DIRECTIVE);
	assert_int_equal(x.d.list[3].id, W_INDENTED_DIRECTIVE);
	done(&x);
}

static void directive_at_end_of_file(void **state)
{
	(void)state;
	struct lexed x;
	lex(&x, "#!/bin/sh\n#SBATCH -n 1");
	assert_int_equal(x.t[1].kind, LEX_SBATCH);
	assert_string_equal(x.t[3].text, "1");
	assert_int_equal(x.t[4].kind, LEX_EOL);
	done(&x);
	lex(&x, "#!/bin/sh\n#SBATCH");
	assert_int_equal(x.t[1].kind, LEX_SBATCH);
	assert_int_equal(x.t[2].kind, LEX_EOL);
	done(&x);
}

/* Lines far longer than flex's 16 KiB buffer: no fixed-size state. */
static void very_long_lines(void **state)
{
	(void)state;
	size_t n = 200000;
	char *text = malloc(3 * n + 100);
	assert_non_null(text);
	strcpy(text, "#!/bin/sh\n# ");
	memset(text + strlen(text), 'c', n);
	strcpy(text + strlen("#!/bin/sh\n# ") + n, "\n#SBATCH -J ");
	size_t at = strlen(text);
	memset(text + at, 'j', n);
	strcpy(text + at + n, " #sbatch -x\n#sbatch   -x\necho\n");
	struct lexed x;
	lex(&x, text);
	assert_int_equal(x.t[1].kind, LEX_SBATCH);
	assert_int_equal(x.t[3].kind, LEX_WORD);
	assert_int_equal(x.t[3].len, n);
	assert_int_equal(x.t[4].kind, LEX_EOL);
	assert_int_equal(x.d.n, 1); /* the disabled directive on its own line */
	done(&x);
	free(text);
}

static void crlf_and_nul_precheck(void **state)
{
	(void)state;
	struct diag_engine d;
	diag_init(&d);
	struct source s = { "t", "#!/bin/sh\r\necho\r\n", 17, SRC_FILE, 0 };
	assert_false(lex_precheck(&s, &d));
	assert_int_equal(d.list[0].id, E_CRLF);
	assert_int_equal(d.list[0].at.off, 9);
	struct source n = { "t", "#!/bin/sh\n\0x", 12, SRC_FILE, 0 };
	assert_false(lex_precheck(&n, &d));
	assert_int_equal(d.list[1].id, E_NUL_BYTE);
	struct source ok = { "t", "#!/bin/sh\necho \r x\n", 19, SRC_FILE, 0 };
	assert_true(lex_precheck(&ok, &d));
	diag_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(shebang_then_directive_words),
		cmocka_unit_test(body_starts_at_first_command),
		cmocka_unit_test(unquoted_hash_starts_a_comment),
		cmocka_unit_test(backslash_escapes_but_blank_ends_word),
		cmocka_unit_test(separator_is_a_raw_word),
		cmocka_unit_test(slurmc_selector),
		cmocka_unit_test(unmatched_quote_is_reported),
		cmocka_unit_test(no_shebang_bom_and_empty),
		cmocka_unit_test(directives_after_body_warn),
		cmocka_unit_test(disabled_and_indented_directives_warn),
		cmocka_unit_test(directive_at_end_of_file),
		cmocka_unit_test(very_long_lines),
		cmocka_unit_test(crlf_and_nul_precheck),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
