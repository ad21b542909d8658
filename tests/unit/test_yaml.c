/*
 * test_yaml.c: the typed YAML writer (emitters/yaml.c).
 *
 * The round-trip tests write hostile strings, parse the output back with
 * libyaml's parser and compare every scalar byte for byte. A second,
 * independent check runs every plain scalar through the implicit-type
 * patterns of YAML 1.1 (PyYAML's resolver) and YAML 1.2's core schema,
 * written here as POSIX regular expressions: a plain scalar that matches
 * one would be read back as something other than a string.
 */
#include <regex.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "emitters/yaml.h"

/* --- an independent resolver ------------------------------------------- */

static const char *const implicit_types[] = {
	/* YAML 1.1 bool, null, value, merge */
	"^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$",
	"^(~|null|Null|NULL|)$",
	"^(=|<<)$",
	/* YAML 1.1 int: binary, octal, decimal, hex, sexagesimal */
	"^[-+]?0b[0-1_]+$",
	"^[-+]?0[0-7_]+$",
	"^[-+]?(0|[1-9][0-9_]*)$",
	"^[-+]?0x[0-9a-fA-F_]+$",
	"^[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+$",
	/* YAML 1.1 float */
	"^[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?$",
	"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*$",
	"^[-+]?\\.(inf|Inf|INF)$",
	"^\\.(nan|NaN|NAN)$",
	/* YAML 1.1 timestamp */
	"^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?",
	/* YAML 1.2 core schema */
	"^[-+]?[0-9]+$",
	"^0o[0-7]+$",
	"^0x[0-9a-fA-F]+$",
	"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$",
};

/* Whether a plain scalar s would resolve to something but a string. */
static bool resolves_to_other_type(const char *s)
{
	for (size_t i = 0; i < sizeof implicit_types / sizeof *implicit_types; i++) {
		regex_t re;
		assert_int_equal(regcomp(&re, implicit_types[i], REG_EXTENDED | REG_NOSUB), 0);
		int m = regexec(&re, s, 0, NULL, 0);
		regfree(&re);
		if (m == 0)
			return true;
	}
	return false;
}

/* --- parsing the output back -------------------------------------------- */

struct scalar {
	char *value;
	size_t len;
	yaml_scalar_style_t style;
};

struct parsed {
	struct scalar s[256];
	size_t n;
	int documents;
};

static void parse_back(const char *text, size_t len, struct parsed *p)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	memset(p, 0, sizeof *p);
	assert_true(yaml_parser_initialize(&parser));
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	for (;;) {
		assert_true(yaml_parser_parse(&parser, &ev));
		if (ev.type == YAML_SCALAR_EVENT) {
			assert_true(p->n < 256);
			struct scalar *s = &p->s[p->n++];
			s->len = ev.data.scalar.length;
			s->value = malloc(s->len + 1);
			memcpy(s->value, ev.data.scalar.value, s->len + 1);
			s->style = ev.data.scalar.style;
		}
		if (ev.type == YAML_DOCUMENT_START_EVENT)
			p->documents++;
		bool end = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		if (end)
			break;
	}
	yaml_parser_delete(&parser);
}

static void parsed_free(struct parsed *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->s[i].value);
}

/* Writes one document: a map of "k<i>": strings[i]. */
static char *write_map(const char *const *strings, size_t n, size_t *len)
{
	struct yw w;
	char *out, *err;
	char key[24];
	yw_init(&w);
	yw_doc_begin(&w);
	yw_map_begin(&w);
	for (size_t i = 0; i < n; i++) {
		snprintf(key, sizeof key, "k%zu", i);
		yw_kv_str(&w, key, strings[i]);
	}
	yw_map_end(&w);
	yw_doc_end(&w);
	assert_true(yw_finish(&w, &out, len, &err));
	assert_null(err);
	return out;
}

static const char *const hostile[] = {
	"", " ", "yes", "no", "on", "off", "y", "n", "Y", "N", "true", "False", "null", "NULL",
	"~", "=", "<<", "0x1f", "0o17", "017", "0b101", "1e3", "1E3", "1_000", "1:00:00",
	"1:30", ".inf", "-.inf", ".NaN", "+12", "-1", "3.14", ".5", "5.", "2024-01-01",
	"2024-01-01T10:00:00Z", "leading", " leading space", "trailing space ", "a: b", "a:b",
	"a #b", "a#b", "#comment", "- item", "-", "--", "---", "...", "? key", ":x", "x:",
	"[a, b]", "{a: b}", "a, b", "*alias", "&anchor", "!tag", "|", ">", "'single'",
	"\"double\"", "%percent", "@at", "`tick`", "two\nlines", "tab\there", "trailing\n",
	"\n", "crlf\r\n", "$(rm -rf ~)", "$$(x)", "${HOME}", "back\\slash", "uni: \xc3\xa9t\xc3\xa9",
	"\xe2\x80\xa8", "\xef\xbb\xbf" "bom", "ctrl\x01x", "emoji \xf0\x9f\x9a\x80", "nvidia.com/gpu",
	"ubuntu:24.04", "4Gi", "batch/v1", "hello world", "a  b", "x\t", "NaN", "inf",
};
#define NHOSTILE (sizeof hostile / sizeof *hostile)

/* Every hostile string reads back unchanged, and no plain one resolves to
 * another type. */
static void test_round_trip_hostile(void **state)
{
	(void)state;
	size_t len;
	struct parsed p;
	char *out = write_map(hostile, NHOSTILE, &len);
	parse_back(out, len, &p);
	assert_int_equal(p.n, 2 * NHOSTILE);
	for (size_t i = 0; i < NHOSTILE; i++) {
		struct scalar *v = &p.s[2 * i + 1];
		assert_int_equal(v->len, strlen(hostile[i]));
		assert_memory_equal(v->value, hostile[i], v->len);
		if (v->style == YAML_PLAIN_SCALAR_STYLE && resolves_to_other_type(v->value))
			fail_msg("plain scalar \"%s\" resolves to another type", v->value);
	}
	parsed_free(&p);
	free(out);
}

/* The ambiguous ones are written quoted, the ordinary ones plain. */
static void test_quoting_decisions(void **state)
{
	(void)state;
	static const char *const quoted[] = {
		"yes", "~", "1:00:00", "0x1f", "0o17", "1e3", "1_000", ".inf", "2024-01-01", "",
		" x", "x ", "a: b", "a #b", "-x", "...", "x:", "\xc3\xa9", "12", "1.5",
	};
	static const char *const plain[] = {
		"abc", "batch/v1", "nvidia.com/gpu", "ubuntu:24.04", "4Gi", "hello world",
		"slurmc.io/job", "/bin/sh", "SLURMC_JOB_NAME", "a1b2", "x-1",
	};
	for (size_t i = 0; i < sizeof quoted / sizeof *quoted; i++)
		if (yaml_plain_ok(quoted[i], strlen(quoted[i])))
			fail_msg("\"%s\" would be written plain", quoted[i]);
	for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
		if (!yaml_plain_ok(plain[i], strlen(plain[i])))
			fail_msg("\"%s\" would be quoted", plain[i]);
}

/* Exact output of a small document: typed scalars, block style, "---". */
static void test_exact_output(void **state)
{
	(void)state;
	struct yw w;
	char *out, *err;
	size_t len;
	yw_init(&w);
	yw_doc_begin(&w);
	yw_map_begin(&w);
	yw_kv_str(&w, "name", "train");
	yw_kv_int(&w, "completions", 4);
	yw_kv_bool(&w, "suspend", true);
	yw_kv_str(&w, "cpu", "8");
	yw_str(&w, "command");
	yw_seq_begin(&w);
	yw_str(&w, "/bin/sh");
	yw_str(&w, "yes");
	yw_seq_end(&w);
	yw_map_end(&w);
	yw_doc_end(&w);
	assert_true(yw_finish(&w, &out, &len, &err));
	assert_string_equal(out, "---\nname: train\ncompletions: 4\nsuspend: true\ncpu: \"8\"\n"
				 "command:\n- /bin/sh\n- \"yes\"\n");
	assert_int_equal(len, strlen(out));
	free(out);
}

/* Literal blocks: the text comes back exactly, with or without final
 * newline, with extra blank lines, unicode, and (as a quoted scalar) tabs
 * and trailing blanks. */
static void test_literal_round_trip(void **state)
{
	(void)state;
	static const char *const bodies[] = {
		"#!/bin/bash\necho hi\n",
		"#!/bin/bash\necho no final newline",
		"#!/bin/sh\n\n\necho 'a: b' # c\n\n\n",
		"  indented first line\nsecond\n",
		"#!/bin/sh\necho \"caf\xc3\xa9\" \xe2\x86\x92 done\n",
		"#!/bin/sh\n\tif true; then\n\t\techo tab\n\tfi\n",
		"#!/bin/sh\necho trailing   \necho x\n",
		"#!/bin/sh\nrm -rf \"$(mktemp -d)\" ~ --- ... ? : -\n",
		"",
		"\n",
	};
	for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
		struct yw w;
		struct parsed p;
		char *out, *err;
		size_t len;
		yw_init(&w);
		yw_doc_begin(&w);
		yw_map_begin(&w);
		yw_str(&w, "script");
		yw_literal(&w, bodies[i], strlen(bodies[i]));
		yw_kv_str(&w, "after", "x");
		yw_map_end(&w);
		yw_doc_end(&w);
		assert_true(yw_finish(&w, &out, &len, &err));
		parse_back(out, len, &p);
		assert_int_equal(p.n, 4);
		assert_int_equal(p.s[1].len, strlen(bodies[i]));
		assert_memory_equal(p.s[1].value, bodies[i], p.s[1].len);
		assert_string_equal(p.s[3].value, "x");
		parsed_free(&p);
		free(out);
	}
}

/* An ordinary script is a real literal block. */
static void test_literal_is_block(void **state)
{
	(void)state;
	struct yw w;
	char *out, *err;
	size_t len;
	const char *body = "#!/bin/bash\necho hi\n";
	yw_init(&w);
	yw_doc_begin(&w);
	yw_map_begin(&w);
	yw_str(&w, "script");
	yw_literal(&w, body, strlen(body));
	yw_map_end(&w);
	yw_doc_end(&w);
	assert_true(yw_finish(&w, &out, &len, &err));
	assert_string_equal(out, "---\nscript: |\n  #!/bin/bash\n  echo hi\n");
	free(out);
}

/* Several documents make one stream, each with its own "---". */
static void test_multi_document(void **state)
{
	(void)state;
	struct yw w;
	struct parsed p;
	char *out, *err;
	size_t len;
	yw_init(&w);
	for (int i = 0; i < 3; i++) {
		yw_doc_begin(&w);
		yw_map_begin(&w);
		yw_kv_int(&w, "doc", i);
		yw_map_end(&w);
		yw_doc_end(&w);
	}
	assert_true(yw_finish(&w, &out, &len, &err));
	assert_string_equal(out, "---\ndoc: 0\n---\ndoc: 1\n---\ndoc: 2\n");
	parse_back(out, len, &p);
	assert_int_equal(p.documents, 3);
	parsed_free(&p);
	free(out);
}

/* Invalid UTF-8 is an error; it is kept, later calls do nothing, and no
 * output is handed out. */
static void test_sticky_error(void **state)
{
	(void)state;
	struct yw w;
	char *out, *err;
	size_t len;
	yw_init(&w);
	yw_doc_begin(&w);
	yw_map_begin(&w);
	yw_kv_str(&w, "bad", "\xff\xfe");
	yw_map_end(&w);
	yw_map_end(&w); /* would be a second, different error */
	yw_doc_end(&w);
	assert_false(yw_finish(&w, &out, &len, &err));
	assert_null(out);
	assert_int_equal(len, 0);
	assert_non_null(err);
	assert_non_null(strstr(err, "UTF-8"));
	free(err);
}

/* A structural mistake (a mapping ended inside a sequence) is an error. */
static void test_structure_error(void **state)
{
	(void)state;
	struct yw w;
	char *out, *err;
	size_t len;
	yw_init(&w);
	yw_doc_begin(&w);
	yw_map_begin(&w);
	yw_str(&w, "key"); /* no value */
	yw_map_end(&w);
	yw_doc_end(&w);
	assert_false(yw_finish(&w, &out, &len, &err));
	assert_null(out);
	assert_non_null(err);
	free(err);
}

/* Same calls, same bytes. */
static void test_deterministic(void **state)
{
	(void)state;
	size_t len1, len2;
	char *a = write_map(hostile, NHOSTILE, &len1);
	char *b = write_map(hostile, NHOSTILE, &len2);
	assert_int_equal(len1, len2);
	assert_memory_equal(a, b, len1);
	free(a);
	free(b);
}

static void test_utf8_check(void **state)
{
	(void)state;
	assert_true(yaml_utf8_ok("abc \xc3\xa9 \xf0\x9f\x9a\x80", 11));
	assert_false(yaml_utf8_ok("\xc0\xaf", 2));         /* overlong '/' */
	assert_false(yaml_utf8_ok("\xed\xa0\x80", 3));     /* surrogate */
	assert_false(yaml_utf8_ok("\xe2\x82", 2));         /* cut short */
	assert_false(yaml_utf8_ok("a\0b", 3));             /* NUL */
	assert_false(yaml_utf8_ok("\xf4\x90\x80\x80", 4)); /* above U+10FFFF */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip_hostile),
		cmocka_unit_test(test_quoting_decisions),
		cmocka_unit_test(test_exact_output),
		cmocka_unit_test(test_literal_round_trip),
		cmocka_unit_test(test_literal_is_block),
		cmocka_unit_test(test_multi_document),
		cmocka_unit_test(test_sticky_error),
		cmocka_unit_test(test_structure_error),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_utf8_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
