/*
 * precheck.c: whole-script checks that come before scanning.
 *
 * sbatch refuses a script with DOS line breaks anywhere in it, not only in
 * the header, so this looks at every byte; a NUL byte means the file is not
 * text, and the scanner would stop reading at it.
 */
#include "lexer/lexer.h"

#include <string.h>

bool lex_precheck(const struct source *src, struct diag_engine *d)
{
	const char *nul = memchr(src->text, '\0', src->len);
	if (nul) {
		size_t off = (size_t)(nul - src->text);
		diag_report(d, E_NUL_BYTE, span_make(src, off, 1));
		return false;
	}
	for (size_t i = 0; i + 1 < src->len; i++) {
		if (src->text[i] == '\r' && src->text[i + 1] == '\n') {
			struct diag *x = diag_report(d, E_CRLF, span_make(src, i, 1));
			diag_note(d, x, "sbatch rejects scripts with Windows line breaks.");
			diag_hint(d, x, "Convert the file with \"dos2unix %s\".", src->name);
			return false;
		}
	}
	return true;
}
