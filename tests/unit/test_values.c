/*
 * test_values.c: the sbatch value parsers (parser/values.c).
 *
 * Every expectation here was recorded from the Slurm 22.05 oracle: the
 * accepted forms with their exact results, the rejected ones with the
 * catalogue id and the offending part of the value, and the values sbatch
 * accepts but slurmc warns about. Tests are named after the rule they check.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "parser/ir.h"
#include "parser/values.h"

static struct arena arena;

#define OK -1          /* no diagnostic expected */
#define ANY ((size_t)-1) /* any offset */

/* ---- helpers: each checks one value and names it when it fails ------------ */

/* The outcome every helper checks: accepted or not, and which diagnostic. */
static void check(const char *fn, const char *s, bool ok, const struct verr *e, bool want_ok,
		  int want_id, size_t off, size_t len)
{
	if (ok != want_ok)
		fail_msg("%s(\"%s\") %s (%s)", fn, s, ok ? "accepted" : "rejected",
			 diag_id_name(e->id));
	if (want_id < 0) {
		if (ok && e->warn)
			fail_msg("%s(\"%s\") warns %s", fn, s, diag_id_name(e->id));
		return;
	}
	if (ok && !e->warn)
		fail_msg("%s(\"%s\") does not warn", fn, s);
	if ((int)e->id != want_id)
		fail_msg("%s(\"%s\") gives %s, not %s", fn, s, diag_id_name(e->id),
			 diag_id_name((enum diag_id)want_id));
	if (off != ANY && (e->off != off || e->len != len))
		fail_msg("%s(\"%s\") points at %zu+%zu, not %zu+%zu", fn, s, e->off, e->len, off,
			 len);
	if (!e->note || !e->hint)
		fail_msg("%s(\"%s\") has no note or hint", fn, s);
}


static void time_is(const char *s, int64_t want, int warn_id)
{
	struct verr e;
	int64_t v = 12345;
	check("val_time", s, val_time(s, &v, &e), &e, true, warn_id, 0, 0);
	if (v != want)
		fail_msg("val_time(\"%s\") = %lld, not %lld", s, (long long)v, (long long)want);
}

static void time_bad(const char *s, enum diag_id id, size_t off, size_t len)
{
	struct verr e;
	int64_t v;
	check("val_time", s, val_time(s, &v, &e), &e, false, (int)id, off, len);
}

static void mem_is(const char *s, int64_t want, int warn_id)
{
	struct verr e;
	int64_t v = -7;
	check("val_mem_mb", s, val_mem_mb(s, &v, &e), &e, true, warn_id, 0, 0);
	if (v != want)
		fail_msg("val_mem_mb(\"%s\") = %lld, not %lld", s, (long long)v, (long long)want);
}

static void mem_bad(const char *s, size_t off, size_t len)
{
	struct verr e;
	int64_t v;
	check("val_mem_mb", s, val_mem_mb(s, &v, &e), &e, false, E_BAD_MEMORY, off, len);
}

static void int_is(const char *s, int64_t min, int64_t max, int64_t want, int warn_id)
{
	struct verr e;
	int64_t v = -7;
	check("val_int", s, val_int(s, min, max, &v, &e), &e, true, warn_id, 0, 0);
	if (v != want)
		fail_msg("val_int(\"%s\") = %lld, not %lld", s, (long long)v, (long long)want);
}

static void int_bad(const char *s, int64_t min, int64_t max, enum diag_id id, size_t off,
		    size_t len)
{
	struct verr e;
	int64_t v;
	check("val_int", s, val_int(s, min, max, &v, &e), &e, false, (int)id, off, len);
}

static void nodes_is(const char *s, int64_t lo, int64_t hi, int warn_id)
{
	struct verr e;
	int64_t a = -7, b = -7;
	check("val_nodes", s, val_nodes(s, &a, &b, &e), &e, true, warn_id, 0, 0);
	if (a != lo || b != hi)
		fail_msg("val_nodes(\"%s\") = %lld-%lld, not %lld-%lld", s, (long long)a,
			 (long long)b, (long long)lo, (long long)hi);
}

static void nodes_bad(const char *s, enum diag_id id, size_t off, size_t len)
{
	struct verr e;
	int64_t a, b;
	check("val_nodes", s, val_nodes(s, &a, &b, &e), &e, false, (int)id, off, len);
}

/* Checks an array's indices, given as a -1 terminated list. */
static void array_is(const char *s, int64_t throttle, int warn_id, const int64_t *want)
{
	struct verr e;
	struct val_array r;
	check("val_array", s, val_array(&arena, s, 100000, &r, &e), &e, true, warn_id, ANY, 0);
	size_t n = 0;
	while (want[n] >= 0)
		n++;
	if (r.count != n)
		fail_msg("val_array(\"%s\") has %zu indices, not %zu", s, r.count, n);
	for (size_t i = 0; i < n; i++)
		if (r.indices[i] != want[i])
			fail_msg("val_array(\"%s\")[%zu] = %lld, not %lld", s, i,
				 (long long)r.indices[i], (long long)want[i]);
	if (r.throttle != throttle)
		fail_msg("val_array(\"%s\") throttle %lld, not %lld", s, (long long)r.throttle,
			 (long long)throttle);
}

static void array_bad(const char *s, enum diag_id id, size_t off, size_t len)
{
	struct verr e;
	struct val_array r;
	check("val_array", s, val_array(&arena, s, 100000, &r, &e), &e, false, (int)id, off, len);
}

static void gpu_is(const char *fn, bool ok, const char *s, const struct val_gpu *g,
		   const struct verr *e, bool set, const char *type, int64_t count)
{
	check(fn, s, ok, e, true, OK, 0, 0);
	if (g->set != set || g->count != count ||
	    (type ? !g->type || strcmp(g->type, type) : g->type != NULL))
		fail_msg("%s(\"%s\") = set %d type %s count %lld", fn, s, g->set,
			 g->type ? g->type : "(none)", (long long)g->count);
}

static void gres_is(const char *s, bool set, const char *type, int64_t count, const char *other)
{
	struct verr e;
	struct val_gpu g;
	const char *o = "x";
	bool ok = val_gres(&arena, s, &g, &o, &e);
	gpu_is("val_gres", ok, s, &g, &e, set, type, count);
	if (other ? !o || strcmp(o, other) : o != NULL)
		fail_msg("val_gres(\"%s\") other = %s", s, o ? o : "(null)");
}

static void gres_bad(const char *s, enum diag_id id, size_t off, size_t len)
{
	struct verr e;
	struct val_gpu g;
	const char *o;
	check("val_gres", s, val_gres(&arena, s, &g, &o, &e), &e, false, (int)id, off, len);
}

static void gpus_is(const char *s, bool set, const char *type, int64_t count)
{
	struct verr e;
	struct val_gpu g;
	bool ok = val_gpus(&arena, s, &g, &e);
	gpu_is("val_gpus", ok, s, &g, &e, set, type, count);
}

static void gpus_bad(const char *s, enum diag_id id, size_t off, size_t len)
{
	struct verr e;
	struct val_gpu g;
	check("val_gpus", s, val_gpus(&arena, s, &g, &e), &e, false, (int)id, off, len);
}

/* For the parsers without a result: accepted (with warn_id, or OK). */
typedef bool (*checker)(const char *, struct verr *);

static void good(const char *fn, checker f, const char *s, int warn_id, size_t off, size_t len)
{
	struct verr e;
	check(fn, s, f(s, &e), &e, true, warn_id, off, len);
}

static void bad(const char *fn, checker f, const char *s, enum diag_id id, size_t off,
		size_t len)
{
	struct verr e;
	check(fn, s, f(s, &e), &e, false, (int)id, off, len);
}

#define GOOD(f, s) good(#f, f, s, OK, 0, 0)
#define WARNS(f, s, id, off, len) good(#f, f, s, id, off, len)
#define BAD(f, s, id, off, len) bad(#f, f, s, id, off, len)

/* ---- time limits ------------------------------------------------------------ */

static void test_time_formats_give_seconds(void **state)
{
	(void)state;
	time_is("10", 600, OK);
	time_is("1:02:03", 3780, OK);
	time_is("1-0", 86400, OK);
	time_is("1-2", 93600, OK);
	time_is("1-2:3", 93780, OK);
	time_is("1-02:04:00", 93840, OK);
	time_is("48:00:00", 172800, OK);
	time_is("100-0", 8640000, OK);
	time_is("1-", 86400, OK);
	time_is("01", 60, OK);
	time_is("00010", 600, OK);
}

static void test_time_rounds_seconds_up_to_whole_minutes(void **state)
{
	(void)state;
	time_is("10:30", 660, OK);
	time_is("0:30", 60, OK);
	time_is("0:00:01", 60, OK);
	time_is("1-02:03:04", 93840, OK);
	time_is("1-0:0:1", 86460, OK);
	time_is("60:00", 3600, OK);
}

static void test_time_fields_are_not_range_checked(void **state)
{
	(void)state;
	time_is("1:75:00", 8100, OK);
	time_is("75", 4500, OK);
	time_is("1:60", 120, OK);
	time_is("1:99", 180, OK);
}

static void test_time_unlimited_words_and_zero_mean_no_limit(void **state)
{
	(void)state;
	time_is("UNLIMITED", IR_UNLIMITED, OK);
	time_is("unlimited", IR_UNLIMITED, OK);
	time_is("INFINITE", IR_UNLIMITED, OK);
	time_is("infinitE", IR_UNLIMITED, OK);
	time_is("-1", IR_UNLIMITED, OK);
	time_is("0", IR_UNLIMITED, OK);
	time_is("0:0", IR_UNLIMITED, OK);
	time_is("0-0:0:0", IR_UNLIMITED, OK);
	time_is("-0", IR_UNLIMITED, OK);
}

static void test_time_rejects_what_sbatch_rejects(void **state)
{
	(void)state;
	time_bad("1:2:3:4", E_BAD_TIME, 0, 0);
	time_bad("1-2:3:4:5", E_BAD_TIME, 0, 0);
	time_bad("1-2-3", E_BAD_TIME, 0, 0);
	time_bad("-1-2", E_BAD_TIME, 0, 0);
	time_bad("1:2-3", E_BAD_TIME, 0, 0);
	time_bad("1:", E_BAD_TIME, 0, 0);
	time_bad(":1", E_BAD_TIME, 0, 0);
	time_bad("1::", E_BAD_TIME, 0, 0);
	time_bad("1-:1", E_BAD_TIME, 0, 0);
	time_bad("1-1::", E_BAD_TIME, 0, 0);
	time_bad("", E_BAD_TIME, 0, 0);
	time_bad(" 10", E_BAD_TIME, 0, 0);
	time_bad("10 ", E_BAD_TIME, 0, 0);
	time_bad("abc", E_BAD_TIME, 0, 0);
	time_bad("10m", E_BAD_TIME, 0, 0);
	time_bad("+5", E_BAD_TIME, 0, 0);
	time_bad("1.5", E_BAD_TIME, 0, 0);
	time_bad("0x10", E_BAD_TIME, 0, 0);
	time_bad("inf", E_BAD_TIME, 0, 0);
	time_bad("unlimited ", E_BAD_TIME, 0, 0);
}

static void test_time_wraps_around_like_sbatch(void **state)
{
	(void)state;
	time_is("-5", 257697605820, W_VALUE_WRAPS);
	time_is("99999999", 1705032660, W_VALUE_WRAPS);
	time_is("9999999999", 256402616340, W_VALUE_WRAPS);
	time_is("35791394", 255550554180, W_VALUE_WRAPS);
	time_is("2147483647", IR_UNLIMITED, W_VALUE_WRAPS);
	time_is("99999999999999999999", IR_UNLIMITED, W_VALUE_WRAPS);
	time_is("35791393", 2147483580, OK);
}

static void test_time_secs_are_not_rounded(void **state)
{
	struct verr e;
	int64_t v;
	(void)state;
	assert_true(val_time_secs("10:30", &v, &e) && !e.warn);
	assert_int_equal(v, 630);
	assert_true(val_time_secs("0", &v, &e) && !e.warn);
	assert_int_equal(v, 0);
	assert_true(val_time_secs("1", &v, &e));
	assert_int_equal(v, 60);
	assert_true(val_time_secs("UNLIMITED", &v, &e));
	assert_int_equal(v, IR_UNLIMITED);
	assert_true(val_time_secs("-5", &v, &e) && e.warn && e.id == W_VALUE_WRAPS);
	assert_int_equal(v, 4294535296);
	assert_false(val_time_secs("5x", &v, &e));
	assert_int_equal(e.id, E_BAD_DURATION);
	assert_int_equal(e.off, 0);
}

/* ---- memory ------------------------------------------------------------------- */

static void test_mem_units_are_binary_and_case_insensitive(void **state)
{
	(void)state;
	mem_is("100", 100, OK);
	mem_is("0", 0, OK);
	mem_is("1K", 1, OK);
	mem_is("1023K", 1, OK);
	mem_is("1024K", 1, OK);
	mem_is("1025K", 2, OK);
	mem_is("1048576K", 1024, OK);
	mem_is("1k", 1, OK);
	mem_is("1M", 1, OK);
	mem_is("1m", 1, OK);
	mem_is("1024M", 1024, OK);
	mem_is("1G", 1024, OK);
	mem_is("1g", 1024, OK);
	mem_is("1T", 1048576, OK);
	mem_is("3t", 3145728, OK);
}

static void test_mem_unit_may_end_in_b(void **state)
{
	(void)state;
	mem_is("1KB", 1, OK);
	mem_is("1kb", 1, OK);
	mem_is("1Kb", 1, OK);
	mem_is("1MB", 1, OK);
	mem_is("1GB", 1024, OK);
	mem_is("1TB", 1048576, OK);
}

static void test_mem_reads_numbers_like_strtoll(void **state)
{
	(void)state;
	mem_is("-0", 0, OK);
	mem_is("+5", 5, OK);
	mem_is(" 5", 5, OK);
	mem_is("010", 10, OK);
	mem_is("9223372036854775807", INT64_MAX, OK);
}

static void test_mem_rejects_what_sbatch_rejects(void **state)
{
	(void)state;
	mem_bad("1P", 0, 0);
	mem_bad("1PB", 0, 0);
	mem_bad("1KiB", 0, 0);
	mem_bad("1Gi", 0, 0);
	mem_bad("1B", 0, 0);
	mem_bad("1.5G", 0, 0);
	mem_bad("1G2", 0, 0);
	mem_bad("1 G", 0, 0);
	mem_bad("5 ", 0, 0);
	mem_bad("0x10", 0, 0);
	mem_bad("-1", 0, 0);
	mem_bad("99999999999999999999", 0, 0);
	mem_bad("", 0, 0);
	mem_bad("G", 0, 0);
}

static void test_mem_overflow_saturates_with_warning(void **state)
{
	(void)state;
	mem_is("9223372036854775807G", INT64_MAX, W_VALUE_WRAPS);
	mem_is("9007199254740991G", 9007199254740991LL * 1024, OK);
}

/* ---- integers ----------------------------------------------------------------- */

static void test_int_reads_like_parse_int(void **state)
{
	(void)state;
	int_is("4", 1, INT32_MAX, 4, OK);
	int_is("+4", 1, INT32_MAX, 4, OK);
	int_is(" 4", 1, INT32_MAX, 4, OK);
	int_is("\t4", 1, INT32_MAX, 4, OK);
	int_is("04", 1, INT32_MAX, 4, OK);
	int_is("2147483647", 1, INT32_MAX, INT32_MAX, OK);
}

static void test_int_rejects_text_after_the_number(void **state)
{
	(void)state;
	int_bad("4 ", 1, INT32_MAX, E_BAD_NUMBER, 0, 0);
	int_bad("4x", 1, INT32_MAX, E_BAD_NUMBER, 0, 0);
	int_bad("1e3", 1, INT32_MAX, E_BAD_NUMBER, 0, 0);
	int_bad("0x4", 1, INT32_MAX, E_BAD_NUMBER, 0, 0);
	int_bad("2.0", 1, INT32_MAX, E_BAD_NUMBER, 0, 0);
	int_bad(" ", 0, INT32_MAX, E_BAD_NUMBER, 0, 0);
	int_bad("abc", 0, INT32_MAX, E_BAD_NUMBER, 0, 0);
}

static void test_int_counts_reject_zero_and_negatives(void **state)
{
	(void)state;
	int_bad("0", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
	int_bad("-0", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
	int_bad("-1", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
	int_bad("", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
}

static void test_int_zero_allowed_when_min_is_zero(void **state)
{
	(void)state;
	int_is("0", 0, INT32_MAX, 0, OK);
	int_is("", 0, INT32_MAX, 0, OK); /* parse_int reads "" as 0 */
	int_bad("-1", 0, INT32_MAX, E_NUMBER_RANGE, 0, 0);
	int_bad("70000", 0, 65535, E_NUMBER_RANGE, 0, 0);
}

static void test_int_is_cut_to_32_bits_like_sbatch(void **state)
{
	(void)state;
	int_is("4294967297", 1, INT32_MAX, 1, W_VALUE_WRAPS);
	int_bad("2147483648", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
	int_bad("4294967296", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
	int_bad("9223372036854775807", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
	int_bad("99999999999999999999", 1, INT32_MAX, E_NUMBER_RANGE, 0, 0);
}

static void test_lax_int_reads_the_leading_number_like_nice(void **state)
{
	struct verr e;
	int64_t v;
	(void)state;
	assert_true(val_lax_int("-5", -2147483645, 2147483645, &v, &e) && !e.warn);
	assert_int_equal(v, -5);
	assert_true(val_lax_int(" +5", -2147483645, 2147483645, &v, &e) && !e.warn);
	assert_int_equal(v, 5);
	assert_true(val_lax_int("2147483645", -2147483645, 2147483645, &v, &e) && !e.warn);
	assert_true(val_lax_int("5x", -2147483645, 2147483645, &v, &e));
	assert_true(e.warn && e.id == W_IGNORED_TEXT && e.off == 1 && e.len == 1);
	assert_int_equal(v, 5);
	assert_true(val_lax_int("x", -2147483645, 2147483645, &v, &e));
	assert_true(e.warn && e.id == W_IGNORED_TEXT && e.len == 0);
	assert_int_equal(v, 0);
	assert_false(val_lax_int("2147483646", -2147483645, 2147483645, &v, &e));
	assert_int_equal(e.id, E_NUMBER_RANGE);
	assert_false(val_lax_int("-2147483646", -2147483645, 2147483645, &v, &e));
	assert_false(val_lax_int("99999999999999999999", -2147483645, 2147483645, &v, &e));
	assert_false(val_lax_int("-1", 0, 4294967293, &v, &e)); /* --priority */
}

/* ---- node counts ---------------------------------------------------------------- */

static void test_nodes_count_or_range(void **state)
{
	(void)state;
	nodes_is("1", 1, 1, OK);
	nodes_is("2", 2, 2, OK);
	nodes_is("2-4", 2, 4, OK);
	nodes_is("2-2", 2, 2, OK);
	nodes_is("129", 129, 129, OK);
	nodes_is("+2", 2, 2, OK);
	nodes_is("2-+3", 2, 3, OK);
	nodes_is(" 2", 2, 2, OK);
	nodes_is("2 ", 2, 2, OK);
	nodes_is("2- 4", 2, 4, OK);
	nodes_is("2 -4", 2, 4, OK);
}

static void test_nodes_zero_maximum_means_none_and_missing_minimum_is_one(void **state)
{
	(void)state;
	nodes_is("0", 0, -1, OK);
	nodes_is("0-0", 0, -1, OK);
	nodes_is("0-2", 0, 2, OK);
	nodes_is("1-0", 1, -1, OK);
	nodes_is("3-0", 3, -1, OK);
	nodes_is("-2", 1, 2, OK);
	nodes_is("-2 ", 1, 2, OK);
	nodes_is("-0", 1, -1, OK);
}

static void test_nodes_k_and_m_multiply(void **state)
{
	(void)state;
	nodes_is("1k", 1024, 1024, OK);
	nodes_is("1K", 1024, 1024, OK);
	nodes_is("2-1k", 2, 1024, OK);
	nodes_is("1m", 1048576, 1048576, OK);
	nodes_is("1km", 1073741824, 1073741824, OK);
}

static void test_nodes_rejects_what_sbatch_rejects(void **state)
{
	(void)state;
	nodes_bad("4-2", E_NODES_RANGE, 0, 0);
	nodes_bad("2-", E_NODES_RANGE, 0, 0);
	nodes_bad("-", E_NODES_RANGE, 0, 0);
	nodes_bad("2--3", E_NODES_RANGE, 0, 0);
	nodes_bad("1-2-3", E_BAD_NODES, 2, 3);
	nodes_bad("2x", E_BAD_NODES, 0, 0);
	nodes_bad("2 x", E_BAD_NODES, 0, 0);
	nodes_bad("1mk", E_BAD_NODES, 0, 0);
	nodes_bad("1kk", E_BAD_NODES, 0, 0);
	nodes_bad("0x2", E_BAD_NODES, 0, 0);
	nodes_bad("5-k", E_BAD_NODES, 2, 1);
	nodes_bad("x", E_BAD_NODES, 0, 0);
	nodes_bad("k", E_BAD_NODES, 0, 0);
	nodes_bad("", E_BAD_NODES, 0, 0);
	nodes_bad(" ", E_BAD_NODES, 0, 0);
}

static void test_nodes_are_cut_to_32_bits(void **state)
{
	(void)state;
	nodes_is("4294967297", 1, 1, W_VALUE_WRAPS);
	nodes_is("4294967296", 0, -1, W_VALUE_WRAPS);
	nodes_is("2147483648-4", 1, 4, W_VALUE_WRAPS);
	nodes_is("2147483647", INT32_MAX, INT32_MAX, OK);
	nodes_bad("2147483648", E_BAD_NODES, 0, 0);
	nodes_bad("2-2147483648", E_NODES_RANGE, 0, 0);
	nodes_bad("2-4294967297", E_NODES_RANGE, 0, 0);
}

static void test_nodes_lists_and_steps_are_newer_slurm(void **state)
{
	(void)state;
	nodes_is("1,2", 1, 2, W_NEWER_VALUE);
	nodes_is("2,4-8", 2, 8, W_NEWER_VALUE);
	nodes_is("1-8:2", 1, 8, W_NEWER_VALUE);
	nodes_bad("1:2", E_BAD_NODES, 0, 3);
	nodes_bad("1,,2", E_BAD_NODES, 2, 0);
	nodes_bad("4-2,8", E_BAD_NODES, 0, 3);
}

/* ---- job arrays ----------------------------------------------------------------- */

#define IDX(...) ((const int64_t[]){ __VA_ARGS__, -1 })

static void test_array_ranges_lists_and_steps(void **state)
{
	(void)state;
	array_is("0-3", -1, OK, IDX(0, 1, 2, 3));
	array_is("1,3,5", -1, OK, IDX(1, 3, 5));
	array_is("0-31:4", -1, OK, IDX(0, 4, 8, 12, 16, 20, 24, 28));
	array_is("0-10:3", -1, OK, IDX(0, 3, 6, 9));
	array_is("1-5,10-20:5", -1, OK, IDX(1, 2, 3, 4, 5, 10, 15, 20));
	array_is("1-3,2-4", -1, OK, IDX(1, 2, 3, 4));
	array_is("5,1,3", -1, OK, IDX(1, 3, 5));
	array_is("3-3", -1, OK, IDX(3));
	array_is("01-03", -1, OK, IDX(1, 2, 3));
	array_is("0-99999:99999", -1, OK, IDX(0, 99999));
	array_is("1-3:100000", -1, OK, IDX(1));
}

static void test_array_throttle_follows_the_first_percent(void **state)
{
	(void)state;
	array_is("0-3%2", 2, OK, IDX(0, 1, 2, 3));
	array_is("1-5,10-20:5%2", 2, OK, IDX(1, 2, 3, 4, 5, 10, 15, 20));
	array_is("1%2,3", 2, OK, IDX(1, 3));
	array_is("1-3%2,5%3", 2, OK, IDX(1, 2, 3, 5));
	array_is("1-3:2%4", 4, OK, IDX(1, 3));
	array_is("[1-3]%2", 2, OK, IDX(1, 2, 3));
	array_is("1-3% 2", 2, OK, IDX(1, 2, 3));
	array_is("1-3%+2", 2, OK, IDX(1, 2, 3));
}

static void test_array_throttle_oddities_warn(void **state)
{
	(void)state;
	array_is("1-3%", -1, W_IGNORED_TEXT, IDX(1, 2, 3));
	array_is("1-3%0", -1, W_IGNORED_TEXT, IDX(1, 2, 3));
	array_is("1-3%-1", -1, W_IGNORED_TEXT, IDX(1, 2, 3));
	array_is("1-3%x", -1, W_IGNORED_TEXT, IDX(1, 2, 3));
	array_is("1-3%2x", 2, W_IGNORED_TEXT, IDX(1, 2, 3));
	array_is("1-3%2%3", 2, W_IGNORED_TEXT, IDX(1, 2, 3));
	array_is("1%2-3", 2, W_IGNORED_TEXT, IDX(1));
	array_is("1-3%2147483648", -1, W_IGNORED_TEXT, IDX(1, 2, 3));
	array_is("1-3%4294967297", 1, W_VALUE_WRAPS, IDX(1, 2, 3));
	array_is("1-3%100000000000", 1215752192, W_VALUE_WRAPS, IDX(1, 2, 3));
}

static void test_array_lenient_forms_slurm_accepts(void **state)
{
	(void)state;
	array_is("[1-3]", -1, OK, IDX(1, 2, 3));
	array_is("[1-3", -1, OK, IDX(1, 2, 3));
	array_is("1-3]", -1, OK, IDX(1, 2, 3));
	array_is("[1,3]", -1, OK, IDX(1, 3));
	array_is("[1]-3", -1, OK, IDX(1, 2, 3));
	array_is("1-3:2]", -1, OK, IDX(1, 3));
	array_is(" 1", -1, OK, IDX(1));
	array_is("+1", -1, OK, IDX(1));
	array_is("-0", -1, OK, IDX(0));
	array_is("1-+3", -1, OK, IDX(1, 2, 3));
	array_is(" 1- 3", -1, OK, IDX(1, 2, 3));
	array_is("1-3: 2", -1, OK, IDX(1, 3));
	array_is(",1", -1, OK, IDX(1));
	array_is("1,", -1, OK, IDX(1));
	array_is("1,,3", -1, OK, IDX(1, 3));
}

static void test_array_elements_without_numbers_read_as_zero(void **state)
{
	(void)state;
	array_is("%2", 2, W_ARRAY_NO_DIGITS, IDX(0));
	array_is("-", -1, W_ARRAY_NO_DIGITS, IDX(0));
	array_is("[", -1, W_ARRAY_NO_DIGITS, IDX(0));
	array_is("]", -1, W_ARRAY_NO_DIGITS, IDX(0));
	array_is("[]", -1, W_ARRAY_NO_DIGITS, IDX(0));
	array_is("%3,1", 3, W_ARRAY_NO_DIGITS, IDX(0, 1));
}

static void test_array_without_any_element_is_no_array(void **state)
{
	static const int64_t none[] = { -1 };
	(void)state;
	array_is(",", -1, W_ARRAY_EMPTY, none);
	array_is(",,", -1, W_ARRAY_EMPTY, none);
	array_is("", -1, W_ARRAY_EMPTY, none);
}

static void test_array_rejects_what_slurmctld_rejects(void **state)
{
	(void)state;
	array_bad("5-1", E_ARRAY_RANGE_REVERSED, 0, 3);
	array_bad("1-", E_ARRAY_RANGE_REVERSED, 0, 2);
	array_bad("1--3", E_ARRAY_RANGE_REVERSED, 0, 4);
	array_bad("1,5-1", E_ARRAY_RANGE_REVERSED, 2, 3);
	array_bad("0-10:0", E_ARRAY_BAD_STEP, 4, 2);
	array_bad("1-3:-1", E_ARRAY_BAD_STEP, 3, 3);
	array_bad("1-3:", E_ARRAY_BAD_STEP, 3, 1);
	array_bad("1-3:100001", E_ARRAY_BAD_STEP, 3, 7);
	array_bad("-1", E_BAD_ARRAY, 0, 2);
	array_bad("a", E_BAD_ARRAY, 0, 1);
	array_bad("1-a", E_BAD_ARRAY, 0, 3);
	array_bad("1 ,3", E_BAD_ARRAY, 0, 2);
	array_bad("1 ", E_BAD_ARRAY, 0, 2);
	array_bad("1 -3", E_BAD_ARRAY, 0, 4);
	array_bad("1-3-5", E_BAD_ARRAY, 0, 5);
	array_bad("1-3:2:1", E_BAD_ARRAY, 0, 7);
	array_bad("1-3:2x", E_BAD_ARRAY, 0, 6);
	array_bad("0-5:2 ", E_BAD_ARRAY, 0, 6);
	array_bad("1:2", E_BAD_ARRAY, 0, 3);
	array_bad("2:3-4", E_BAD_ARRAY, 0, 5);
	array_bad("0x10", E_BAD_ARRAY, 0, 4);
	array_bad("1-[3]", E_BAD_ARRAY, 0, 5);
	array_bad("[[1]", E_BAD_ARRAY, 0, 4);
	array_bad("1]]", E_BAD_ARRAY, 0, 3);
}

static void test_array_indices_stay_below_max_array_size(void **state)
{
	struct verr e;
	struct val_array r;
	(void)state;
	array_is("100000", -1, OK, IDX(100000));
	array_bad("100001", E_ARRAY_INDEX_TOO_LARGE, 0, 6);
	array_bad("0-100001", E_ARRAY_INDEX_TOO_LARGE, 2, 6);
	array_bad("0-200000", E_ARRAY_INDEX_TOO_LARGE, 2, 6);
	array_bad("4294967296", E_ARRAY_INDEX_TOO_LARGE, 0, 10);
	array_bad("1-4294967297", E_ARRAY_INDEX_TOO_LARGE, 2, 10);
	array_bad("99999999999999999999", E_ARRAY_INDEX_TOO_LARGE, 0, 20);
	assert_true(val_array(&arena, "99990-100000", 100000, &r, &e));
	assert_int_equal(r.count, 11);
	assert_false(val_array(&arena, "0-10", 5, &r, &e)); /* the caller's bound */
	assert_int_equal(e.id, E_ARRAY_INDEX_TOO_LARGE);
}

/* ---- GRES and GPUs ------------------------------------------------------------- */

static void test_gres_gpu_forms(void **state)
{
	(void)state;
	gres_is("gpu", true, NULL, 1, NULL);
	gres_is("gpu:2", true, NULL, 2, NULL);
	gres_is("gpu:a100:2", true, "a100", 2, NULL);
	gres_is("gpu:a100", true, "a100", 1, NULL);
	gres_is("gpu:0", true, NULL, 0, NULL);
	gres_is("gpu:a100:0", true, "a100", 0, NULL);
	gres_is("gpu:A100:2", true, "A100", 2, NULL);
	gres_is("gres:gpu:2", true, NULL, 2, NULL);
	gres_is("gpu:08", true, NULL, 8, NULL);
	gres_is("gpu:9", true, NULL, 9, NULL);
}

static void test_gres_counts_take_multipliers_and_signs(void **state)
{
	(void)state;
	gres_is("gpu:a100:1k", true, "a100", 1024, NULL);
	gres_is("gpu:1K", true, NULL, 1024, NULL);
	gres_is("gpu:a100:2kb", true, "a100", 2048, NULL);
	gres_is("gpu:a100:1P", true, "a100", 1LL << 50, NULL);
	gres_is("gpu:a100:k", true, "a100", 0, NULL);
	gres_is("gpu:+2", true, NULL, 2, NULL);
	gres_is("gpu: 2", true, NULL, 2, NULL);
	gres_is("gpu:a100:-0", true, "a100", 0, NULL);
	gres_is("gpu:a100:+2", true, "a100", 2, NULL);
}

static void test_gres_single_part_is_a_count_or_else_a_type(void **state)
{
	(void)state;
	gres_is("gpu:zzz", true, "zzz", 1, NULL);
	gres_is("gpu:-1", true, "-1", 1, NULL);
	gres_is("gpu:x2", true, "x2", 1, NULL);
	gres_is("gpu: x", true, " x", 1, NULL);
	gres_is("gpu:2x:1", true, "2x", 1, NULL);
}

static void test_gres_other_names_are_kept_unchecked(void **state)
{
	(void)state;
	gres_is("gpu:1,nvme:1", true, NULL, 1, "nvme:1");
	gres_is("nvme", false, NULL, 0, "nvme");
	gres_is("mps:100,shard:2", false, NULL, 0, "mps:100,shard:2");
	gres_is("none", false, NULL, 0, NULL);
	gres_is("foo:0", false, NULL, 0, NULL); /* sbatch drops zero requests unchecked */
	gres_is("10:0", false, NULL, 0, NULL);
	gres_is(":0", false, NULL, 0, NULL);
	gres_is("GPU:0", false, NULL, 0, NULL);
	gres_is("foo:a100:00,gpu:1", true, NULL, 1, NULL);
	gres_is("NONE", false, NULL, 0, NULL);
}

static void test_gres_last_gpu_entry_wins(void **state)
{
	(void)state;
	gres_is("gpu:1,gpu:2", true, NULL, 2, NULL);
	gres_is("gpu,gpu", true, NULL, 1, NULL);
	gres_is("gpu:v100:1,gpu:a100:2", true, "a100", 2, NULL);
	gres_is("gpu:0,gpu:a100:1", true, "a100", 1, NULL);
}

static void test_gres_rejects_what_slurm_rejects(void **state)
{
	(void)state;
	gres_bad("", E_BAD_GRES, 0, 0);
	gres_bad(",", E_BAD_GRES, 0, 0);
	gres_bad(",gpu", E_BAD_GRES, 0, 0);
	gres_bad("gpu,", E_BAD_GRES, 0, 0);
	gres_bad("gpu:1,,gpu:2", E_BAD_GRES, 0, 0);
	gres_bad("gpu:", E_BAD_GRES, 0, 4);
	gres_bad(":2", E_BAD_GRES, 0, 2);
	gres_bad("gpu::2", E_BAD_GRES, 0, 6);
	gres_bad("gpu:a100:", E_BAD_GRES, 0, 9);
	gres_bad("GPU:2", E_BAD_GRES, 0, 3);
	gres_bad("1x:+0", E_BAD_GRES, 0, 2);
	gres_bad("::0", E_BAD_GRES, 0, 3);
	gres_bad(" gpu:1", E_BAD_GRES, 0, 4);
	gres_bad("2gpu:1", E_BAD_GRES, 0, 4);
	gres_bad("gpu+:1", E_BAD_GRES, 0, 4);
	gres_bad("gpu:x:y:z", E_BAD_GRES, 0, 9);
	gres_bad("gpu:a100:2:3", E_BAD_GRES, 0, 12);
	gres_bad("gpu:2(S:0)", E_BAD_GRES, 0, 10);
	gres_bad("gpu:2x", E_BAD_GRES, 0, 6);
	gres_bad("gpu:8b", E_BAD_GRES, 0, 6);
	gres_bad("gpu:1kx", E_BAD_GRES, 0, 7);
	gres_bad("gpu:1 ", E_BAD_GRES, 0, 6);
	gres_bad("gpu:a100:-1", E_BAD_GRES, 0, 11);
	gres_bad("gpu:a100:2 ", E_BAD_GRES, 0, 11);
	gres_bad("gpu:a100:1.5", E_BAD_GRES, 0, 12);
	gres_bad("gpu:a100:1e", E_BAD_GRES, 0, 11);
	gres_bad("gpu:a100:1kbb", E_BAD_GRES, 0, 13);
	gres_bad("gpu:a100:+", E_BAD_GRES, 0, 10);
	gres_bad("gpu:a100: ", E_BAD_GRES, 0, 10);
	gres_bad("gpu:a100:18446744073709551615", E_BAD_GRES, 0, 29);
	gres_bad("gpu:a100:99999999999999999999", E_BAD_GRES, 0, 29);
	gres_bad("help", E_BAD_GRES, 0, 0);
}

static void test_gres_may_not_mix_typed_and_untyped(void **state)
{
	(void)state;
	gres_bad("gpu:a100:2,gpu:3", E_GRES_TYPED_UNTYPED, 0, 0);
	gres_bad("gpu:1,gpu:a100:1", E_GRES_TYPED_UNTYPED, 0, 0);
	gres_bad("gpu:a100,gpu", E_GRES_TYPED_UNTYPED, 0, 0);
	gres_is("gpu:a100:1,gpu:0", true, NULL, 0, NULL); /* zero counts do not count */
}

static void test_gpus_forms(void **state)
{
	(void)state;
	gpus_is("2", true, NULL, 2);
	gpus_is("a100:2", true, "a100", 2);
	gpus_is("a100", true, "a100", 1);
	gpus_is("0", true, NULL, 0);
	gpus_is("1k", true, NULL, 1024);
	gpus_is(" 2", true, NULL, 2);
	gpus_is("+2", true, NULL, 2);
	gpus_is("-1", true, "-1", 1);
	gpus_is("gpu:2", true, "gpu", 2);
	gpus_is("none", true, "none", 1);
	gpus_is("a100:2,v100:1", true, "v100", 1);
	gpus_is("2,", true, NULL, 2);
	gpus_is(",2", true, NULL, 2);
	gpus_is("0,a100:1", true, "a100", 1);
	gpus_is("", false, NULL, 0);
	gpus_is(",", false, NULL, 0);
}

static void test_gpus_rejects_what_slurm_rejects(void **state)
{
	(void)state;
	gpus_bad(":2", E_BAD_GPUS, 0, 2);
	gpus_bad("a100:", E_BAD_GPUS, 0, 5);
	gpus_bad("a:b:c", E_BAD_GPUS, 0, 5);
	gpus_bad("gpu:a100:2", E_BAD_GPUS, 0, 10);
	gpus_bad("2x", E_BAD_GPUS, 0, 2);
	gpus_bad("2 ", E_BAD_GPUS, 0, 2);
	gpus_bad("a100:-1", E_BAD_GPUS, 0, 7);
	gpus_bad("a100:1,2", E_GRES_TYPED_UNTYPED, 0, 0);
	gpus_bad("2,a100:1", E_GRES_TYPED_UNTYPED, 0, 0);
}

/* ---- dependencies ---------------------------------------------------------------- */

static void test_dependency_types_and_separators(void **state)
{
	(void)state;
	GOOD(val_dependency, "afterok:1");
	GOOD(val_dependency, "after:1");
	GOOD(val_dependency, "afterany:1");
	GOOD(val_dependency, "afternotok:1");
	GOOD(val_dependency, "aftercorr:1");
	GOOD(val_dependency, "afterburstbuffer:1");
	GOOD(val_dependency, "singleton");
	GOOD(val_dependency, "SINGLETON");
	GOOD(val_dependency, "AFTEROK:1");
	GOOD(val_dependency, "afterok:1:2:3");
	GOOD(val_dependency, "afterok:1,afterany:2");
	GOOD(val_dependency, "afterok:1?afternotok:2");
	GOOD(val_dependency, "afterok:1?afterany:2,after:3");
	GOOD(val_dependency, "singleton,afterok:1");
	GOOD(val_dependency, "afterok:1?singleton");
}

static void test_dependency_delays_and_array_tasks(void **state)
{
	(void)state;
	GOOD(val_dependency, "after:1+5");
	GOOD(val_dependency, "afterok:1+5");
	GOOD(val_dependency, "afterok:1+5:2");
	GOOD(val_dependency, "afterok:1++5");
	GOOD(val_dependency, "after:1+99999999999");
	GOOD(val_dependency, "afterok:2_1");
	GOOD(val_dependency, "afterok:2_*");
	GOOD(val_dependency, "afterok:2_");
	GOOD(val_dependency, "afterok:2_-1");
	GOOD(val_dependency, "afterok:2_+3");
	GOOD(val_dependency, "afterok:2_1+5");
	GOOD(val_dependency, "afterok:2_[1-3]");
	GOOD(val_dependency, "afterok:2_[1,3]");
	GOOD(val_dependency, "afterok:2_[1-3]:1");
	GOOD(val_dependency, "afterok:2_[1-3]+5");
}

static void test_dependency_old_form_is_a_bare_job_id(void **state)
{
	(void)state;
	GOOD(val_dependency, "1");
	GOOD(val_dependency, "1,2");
	GOOD(val_dependency, "1_1");
	GOOD(val_dependency, "1_*");
	GOOD(val_dependency, "1_[2]");
	GOOD(val_dependency, "1,singleton");
	GOOD(val_dependency, "singleton,1");
	GOOD(val_dependency, "afterok:1,2");
	BAD(val_dependency, "1?2", E_DEPENDENCY_JOB_ID, 0, 1);
	BAD(val_dependency, "1+5", E_DEPENDENCY_JOB_ID, 0, 3);
	BAD(val_dependency, "1_[1-2]", E_DEPENDENCY_JOB_ID, 2, 5);
	BAD(val_dependency, "1:2", E_DEPENDENCY_TYPE, 0, 1);
	BAD(val_dependency, "1,afterok:2", E_DEPENDENCY_TYPE, 0, 1);
	BAD(val_dependency, "1 ", E_DEPENDENCY_JOB_ID, 0, 2);
}

static void test_dependency_lenient_forms_slurm_accepts(void **state)
{
	(void)state;
	GOOD(val_dependency, "");
	GOOD(val_dependency, "0"); /* no dependency */
	GOOD(val_dependency, "afterok: 1");
	GOOD(val_dependency, "afterok:+1");
	GOOD(val_dependency, "afterok:-5");
	GOOD(val_dependency, "afterok:010001");
	GOOD(val_dependency, "afterok:4294967297");
}

static void test_dependency_text_after_a_delay_is_ignored(void **state)
{
	(void)state;
	WARNS(val_dependency, "after:1+5min", W_IGNORED_TEXT, 9, 3);
	WARNS(val_dependency, "afterok:1+5x:2", W_IGNORED_TEXT, 11, 3);
	WARNS(val_dependency, "afterok:1+5x,afterany:2", W_IGNORED_TEXT, 11, 12);
	WARNS(val_dependency, "afterok:1+5+6", W_IGNORED_TEXT, 11, 2);
	WARNS(val_dependency, "afterok:1+5_1", W_IGNORED_TEXT, 11, 2);
}

static void test_dependency_rejects_what_slurmctld_rejects(void **state)
{
	(void)state;
	BAD(val_dependency, "bogus:1", E_DEPENDENCY_TYPE, 0, 5);
	BAD(val_dependency, "afterok=1", E_DEPENDENCY_TYPE, 0, 9);
	BAD(val_dependency, "after :1", E_DEPENDENCY_TYPE, 0, 6);
	BAD(val_dependency, " afterok:1", E_DEPENDENCY_TYPE, 0, 8);
	BAD(val_dependency, "singletonx", E_DEPENDENCY_TYPE, 0, 10);
	BAD(val_dependency, "afterok", E_BAD_DEPENDENCY, 0, 7);
	BAD(val_dependency, "expand:1", E_DEPENDENCY_UNSUPPORTED, 0, 6);
	BAD(val_dependency, "afterok:", E_DEPENDENCY_JOB_ID, 8, 0);
	BAD(val_dependency, "afterok:x", E_DEPENDENCY_JOB_ID, 8, 1);
	BAD(val_dependency, "afterok:1x", E_DEPENDENCY_JOB_ID, 8, 2);
	BAD(val_dependency, "afterok:1 ", E_DEPENDENCY_JOB_ID, 8, 2);
	BAD(val_dependency, "afterok:0", E_DEPENDENCY_JOB_ID, 8, 1);
	BAD(val_dependency, "afterok:4294967296", E_DEPENDENCY_JOB_ID, 8, 10);
	BAD(val_dependency, "afterok:1:", E_DEPENDENCY_JOB_ID, 10, 0);
	BAD(val_dependency, "afterok::1", E_DEPENDENCY_JOB_ID, 8, 2);
	BAD(val_dependency, "afterok:1_x", E_DEPENDENCY_JOB_ID, 8, 3);
	BAD(val_dependency, "afterok:1_1_2", E_DEPENDENCY_JOB_ID, 8, 5);
	BAD(val_dependency, "afterok:1_*1", E_DEPENDENCY_JOB_ID, 8, 4);
	BAD(val_dependency, "afterok:2_[1-3", E_DEPENDENCY_JOB_ID, 10, 4);
	BAD(val_dependency, "afterok:2_[]", E_DEPENDENCY_JOB_ID, 10, 2);
	BAD(val_dependency, "afterok:2_[3-1]", E_DEPENDENCY_JOB_ID, 11, 3);
	BAD(val_dependency, "afterok:2_[1-3]x", E_DEPENDENCY_JOB_ID, 8, 8);
	BAD(val_dependency, "afterok:1+", E_BAD_DEPENDENCY, 8, 2);
	BAD(val_dependency, "afterok:1+x", E_BAD_DEPENDENCY, 8, 3);
	BAD(val_dependency, "afterok:1+0", E_BAD_DEPENDENCY, 8, 3);
	BAD(val_dependency, "afterok:1+-5", E_BAD_DEPENDENCY, 8, 4);
	BAD(val_dependency, "afterok:1,", E_BAD_DEPENDENCY, 0, 0);
	BAD(val_dependency, ",afterok:1", E_BAD_DEPENDENCY, 0, 0);
	BAD(val_dependency, "afterok:1,,afterany:1", E_BAD_DEPENDENCY, 0, 0);
	BAD(val_dependency, "afterok:1?,singleton", E_BAD_DEPENDENCY, 0, 0);
	BAD(val_dependency, "singleton,", E_BAD_DEPENDENCY, 0, 0);
	BAD(val_dependency, "00", E_DEPENDENCY_JOB_ID, 0, 2);
	BAD(val_dependency, "0,1", E_DEPENDENCY_JOB_ID, 0, 1);
}

/* ---- constraints ---------------------------------------------------------------- */

static void test_constraint_operators_groups_and_counts(void **state)
{
	(void)state;
	GOOD(val_constraint, "");
	GOOD(val_constraint, "a100");
	GOOD(val_constraint, "a100&ib");
	GOOD(val_constraint, "a100,ib");
	GOOD(val_constraint, "a100|h100");
	GOOD(val_constraint, "a100|h100&ib");
	GOOD(val_constraint, "a100*2");
	GOOD(val_constraint, "ib*2&a100");
	GOOD(val_constraint, "ib|nvme*2");
	GOOD(val_constraint, "ib*99999999999");
	GOOD(val_constraint, "[a100|h100]");
	GOOD(val_constraint, "[a100*2&h100*3]");
	GOOD(val_constraint, "[ib*1,nvme*1]");
	GOOD(val_constraint, "[ib*1&nvme*1]*2");
	GOOD(val_constraint, "[a100*2]");
	GOOD(val_constraint, "ib&[a100|h100]");
	GOOD(val_constraint, "[a100|h100]&ib");
	GOOD(val_constraint, "(a100|h100)&ib");
	GOOD(val_constraint, "ib&(a100|h100)");
	GOOD(val_constraint, "(ib|nvme)*2");
	GOOD(val_constraint, "(ib|[nvme|a100])");
	GOOD(val_constraint, "([ib|nvme])");
	GOOD(val_constraint, "[(ib)]");
}

static void test_constraint_ignored_text_warns(void **state)
{
	(void)state;
	WARNS(val_constraint, "a100&", W_IGNORED_TEXT, 4, 1);
	WARNS(val_constraint, "a100|", W_IGNORED_TEXT, 4, 1);
	WARNS(val_constraint, "ib*2x", W_IGNORED_TEXT, 4, 1);
	WARNS(val_constraint, "ib*2*3", OK, 0, 0);
	WARNS(val_constraint, "(ib)nvme", W_IGNORED_TEXT, 4, 4);
	WARNS(val_constraint, "[ib|nvme]a100", W_IGNORED_TEXT, 9, 4);
}

static void test_constraint_rejects_what_slurmctld_rejects(void **state)
{
	(void)state;
	BAD(val_constraint, "&a100", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "a100&&ib", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "a100||h100", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "a100|&ib", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "|", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "*2", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "a 100", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "(a100", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "[a100", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "a100)", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "a100]", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "()", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "[]", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "((ib))", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "[[ib]]", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "(ib)(nvme)", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "ib[nvme]", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "[a100|h100][ib]", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "[ib]&[nvme]", E_BAD_CONSTRAINT, 0, 0);
	BAD(val_constraint, "[ib*1&nvme*1|a100]", E_BAD_CONSTRAINT, 0, 0);
}

static void test_constraint_counts(void **state)
{
	(void)state;
	BAD(val_constraint, "a100*", E_CONSTRAINT_COUNT, 4, 1);
	BAD(val_constraint, "a100*x", E_CONSTRAINT_COUNT, 4, 1);
	BAD(val_constraint, "a100*0", E_CONSTRAINT_COUNT, 4, 2);
	BAD(val_constraint, "ib*-1", E_CONSTRAINT_COUNT, 2, 3);
	BAD(val_constraint, "ib*2147483648", E_CONSTRAINT_COUNT, 2, 11);
	BAD(val_constraint, "(ib*2)", E_CONSTRAINT_COUNT, 3, 1);
	BAD(val_constraint, "[a100&h100]", E_CONSTRAINT_COUNT, 0, 0);
	BAD(val_constraint, "[a100*1&h100]", E_CONSTRAINT_COUNT, 0, 0);
	BAD(val_constraint, "[a100*2|h100*2]", E_CONSTRAINT_COUNT, 0, 0);
	BAD(val_constraint, "[ib|a100]*2", E_CONSTRAINT_COUNT, 0, 0);
	BAD(val_constraint, "[ib|nvme]*2&a100", E_CONSTRAINT_COUNT, 0, 0);
}

/* ---- file name patterns --------------------------------------------------------- */

static void test_pattern_known_specifiers_pass(void **state)
{
	(void)state;
	GOOD(val_pattern, "");
	GOOD(val_pattern, "slurm-%j.out");
	GOOD(val_pattern, "%x_%A_%a.out");
	GOOD(val_pattern, "%N-%n-%t-%s-%b-%u-%J-%%");
	GOOD(val_pattern, "%5a");
	GOOD(val_pattern, "%05j");
	GOOD(val_pattern, "/dev/null");
	GOOD(val_pattern, "\\%q"); /* a backslash turns expansion off */
}

static void test_pattern_unknown_specifiers_stay_literal(void **state)
{
	(void)state;
	WARNS(val_pattern, "%q.out", W_PATTERN_UNKNOWN, 0, 2);
	WARNS(val_pattern, "a%", W_PATTERN_UNKNOWN, 1, 1);
	WARNS(val_pattern, "%10q", W_PATTERN_UNKNOWN, 0, 4);
	WARNS(val_pattern, "%j-%Z", W_PATTERN_UNKNOWN, 3, 2);
	WARNS(val_pattern, "%.3j", W_PATTERN_UNKNOWN, 0, 2);
}

/* ---- mail types ------------------------------------------------------------------ */

static void mail_is(const char *s, unsigned want, int warn_id)
{
	struct verr e;
	unsigned m = 0;
	check("val_mail_type", s, val_mail_type(s, &m, &e), &e, true, warn_id, ANY, 0);
	if (m != want)
		fail_msg("val_mail_type(\"%s\") = %#x, not %#x", s, m, want);
}

static void test_mail_types_are_case_insensitive_lists(void **state)
{
	(void)state;
	mail_is("BEGIN", MAIL_BEGIN, OK);
	mail_is("begin", MAIL_BEGIN, OK);
	mail_is("END,FAIL", MAIL_END | MAIL_FAIL, OK);
	mail_is("BEGIN,,END", MAIL_BEGIN | MAIL_END, OK);
	mail_is("REQUEUE", MAIL_REQUEUE, OK);
	mail_is("INVALID_DEPEND", MAIL_INVALID_DEPEND, OK);
	mail_is("STAGE_OUT", MAIL_STAGE_OUT, OK);
	mail_is("TIME_LIMIT", MAIL_TIME_LIMIT, OK);
	mail_is("TIME_LIMIT_90", MAIL_TIME_LIMIT_90, OK);
	mail_is("TIME_LIMIT_80", MAIL_TIME_LIMIT_80, OK);
	mail_is("time_limit_50", MAIL_TIME_LIMIT_50, OK);
	mail_is("ARRAY_TASKS", MAIL_ARRAY_TASKS, OK);
}

static void test_mail_all_expands_as_slurm_stores_it(void **state)
{
	unsigned all = MAIL_INVALID_DEPEND | MAIL_BEGIN | MAIL_END | MAIL_FAIL | MAIL_REQUEUE |
		       MAIL_STAGE_OUT;
	(void)state;
	mail_is("ALL", all, OK);
	mail_is("ALL,ARRAY_TASKS", all | MAIL_ARRAY_TASKS, OK);
}

static void test_mail_none_wins_wherever_it_is(void **state)
{
	(void)state;
	mail_is("NONE", MAIL_NONE, OK);
	mail_is("none", MAIL_NONE, OK);
	mail_is("NONE,BEGIN", MAIL_NONE, OK);
	mail_is("BEGIN,NONE", MAIL_NONE, OK);
	mail_is("BOGUS,NONE", MAIL_NONE, OK);
}

static void test_mail_unknown_words_are_ignored_next_to_valid_ones(void **state)
{
	struct verr e;
	unsigned m;
	(void)state;
	mail_is("BEGIN,BOGUS", MAIL_BEGIN, W_MAIL_TYPE_UNKNOWN);
	assert_true(val_mail_type("BEGIN,BOGUS", &m, &e) && e.off == 6 && e.len == 5);
	mail_is("BOGUS,END", MAIL_END, W_MAIL_TYPE_UNKNOWN);
}

static void mail_bad(const char *s)
{
	struct verr e;
	unsigned m;
	check("val_mail_type", s, val_mail_type(s, &m, &e), &e, false, E_BAD_MAIL_TYPE, 0, 0);
}

static void test_mail_rejects_values_without_any_type(void **state)
{
	(void)state;
	mail_bad("");
	mail_bad(",");
	mail_bad("BOGUS");
	mail_bad(" BEGIN");
	mail_bad("BEGIN ");
	mail_bad("FAIL;END");
	mail_bad("BEGIN|END");
}

/* ---- signals ------------------------------------------------------------------------ */

static void test_signal_names_numbers_and_flags(void **state)
{
	static const char *const names[] = { "HUP", "INT", "QUIT", "ABRT", "KILL", "ALRM",
					     "TERM", "USR1", "USR2", "URG", "CONT", "STOP",
					     "TSTP", "TTIN", "TTOU", "XCPU" };
	(void)state;
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		GOOD(val_signal, names[i]);
	GOOD(val_signal, "SIGUSR1");
	GOOD(val_signal, "sigusr1");
	GOOD(val_signal, "usr1");
	GOOD(val_signal, "10");
	GOOD(val_signal, "65535");
	GOOD(val_signal, "10@60");
	GOOD(val_signal, "USR1@120");
	GOOD(val_signal, "USR1@");
	GOOD(val_signal, "USR1@65535");
	GOOD(val_signal, "USR1@ 5");
	GOOD(val_signal, "USR1@+5");
	GOOD(val_signal, "B:USR1@60");
	GOOD(val_signal, "b:usr1");
	GOOD(val_signal, "R:USR1");
	GOOD(val_signal, "BR:USR1");
	GOOD(val_signal, "RB:USR1");
	GOOD(val_signal, "RR:USR1");
	GOOD(val_signal, "BUSR1");
	GOOD(val_signal, ":USR1");
	GOOD(val_signal, "R: USR1");
	GOOD(val_signal, " USR1");
	GOOD(val_signal, "USR1 ");
	GOOD(val_signal, "USR1\t");
	GOOD(val_signal, " 10");
	GOOD(val_signal, "+10");
	GOOD(val_signal, "Busr1@1");
}

static void test_signal_numbers_are_cut_to_16_bits(void **state)
{
	(void)state;
	WARNS(val_signal, "-1", W_VALUE_WRAPS, 0, 2);
	WARNS(val_signal, "131071", W_VALUE_WRAPS, 0, 6);
	WARNS(val_signal, "-65535", W_VALUE_WRAPS, 0, 6);
	WARNS(val_signal, "99999999999999999999", W_VALUE_WRAPS, 0, 20);
	BAD(val_signal, "65536", E_UNKNOWN_SIGNAL, 0, 5);
	BAD(val_signal, "0", E_UNKNOWN_SIGNAL, 0, 1);
}

static void test_signal_rejects_what_sbatch_rejects(void **state)
{
	(void)state;
	BAD(val_signal, "", E_BAD_SIGNAL, 0, 0);
	BAD(val_signal, "B:", E_BAD_SIGNAL, 0, 0);
	BAD(val_signal, "B", E_BAD_SIGNAL, 0, 0);
	BAD(val_signal, "R", E_BAD_SIGNAL, 0, 0);
	BAD(val_signal, "@60", E_BAD_SIGNAL, 0, 0);
	BAD(val_signal, "SEGV", E_UNKNOWN_SIGNAL, 0, 4);
	BAD(val_signal, "CHLD", E_UNKNOWN_SIGNAL, 0, 4);
	BAD(val_signal, "USR1x", E_UNKNOWN_SIGNAL, 0, 5);
	BAD(val_signal, "10x", E_UNKNOWN_SIGNAL, 0, 3);
	BAD(val_signal, "0x10", E_UNKNOWN_SIGNAL, 0, 4);
	BAD(val_signal, "SIG USR1", E_UNKNOWN_SIGNAL, 0, 8);
	BAD(val_signal, "SIGSIGUSR1", E_UNKNOWN_SIGNAL, 0, 10);
	BAD(val_signal, "B::USR1", E_UNKNOWN_SIGNAL, 2, 5);
	BAD(val_signal, "B:R:USR1", E_UNKNOWN_SIGNAL, 2, 6);
	BAD(val_signal, "X:USR1", E_UNKNOWN_SIGNAL, 0, 6);
	BAD(val_signal, "R :USR1", E_UNKNOWN_SIGNAL, 1, 6);
	BAD(val_signal, "USR1@-1", E_SIGNAL_TIME, 5, 2);
	BAD(val_signal, "USR1@65536", E_SIGNAL_TIME, 5, 5);
	BAD(val_signal, "USR1@x", E_SIGNAL_TIME, 5, 1);
	BAD(val_signal, "USR1@10x", E_SIGNAL_TIME, 5, 3);
	BAD(val_signal, "USR1@5 ", E_SIGNAL_TIME, 5, 2);
}

/* ---- begin and deadline ------------------------------------------------------------ */

static void test_begin_times_dates_and_words(void **state)
{
	static const char *const good_values[] = {
		"16:00", "16:00:30", "4:00PM", "4:00 PM", "4:00pm", "12:00PM", "12:00:00AM",
		"0:00AM", "09:05", "T12:00", "now", "Now", "now+60", "now+1hour", "now+1hours",
		"now + 1 hour", "now+1 hour", "NOW+1HOUR", "now+1minute", "now+2days",
		"now+5weeks", "now+60 seconds", "now-60", "now +60", "now+ 60", "now+0", "today",
		"tomorrow", "midnight", "noon", "fika", "teatime", "2030-01-20",
		"2030-01-20T12:34:00", "2030-01-20T12:34", "2030-01-20 12:34", "2030-01-20T",
		"2030-02-30", "12/31", "12/31/30", "123130", "1231", "12.31.30", "12.31", "1/5",
		"1/5/30", "0105", "010530", "12/31-16:00", "1231-1230", "today noon",
		"tomorrow 16:00", "16:00 tomorrow", "noon tomorrow", "noon now", "16:00 16:00",
		"today today", "uts1900000000", "UTS1900000000", "uts 1900000000",
	};
	(void)state;
	for (size_t i = 0; i < sizeof good_values / sizeof *good_values; i++)
		GOOD(val_begin, good_values[i]);
}

static void test_begin_rejects_what_sbatch_rejects(void **state)
{
	(void)state;
	BAD(val_begin, "", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "T", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "-", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "abc", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "elevenses", E_BAD_BEGIN, 0, 0); /* newer than 22.05 */
	BAD(val_begin, "tomorrowx", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+1h", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+1min", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+x", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now-", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now noon", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+60 today", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+60now", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+1day2", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "now+1dayx", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "25:00", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "13:00PM", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "12:60", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "12:00:60", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "1:2", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "12:5", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "13/01", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "00/01", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "12/32", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "1-1", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "1/5/3", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "12/31/2030", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "2030-13-01", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "2030-1-5", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "2030-01-20T12", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "2030-01-20T12:34:00Z", E_BAD_BEGIN, 0, 0);
	BAD(val_begin, "uts999999", E_BAD_BEGIN, 0, 0);
}

/* ---- exclusive, open mode, export, licenses ---------------------------------------- */

static void excl_is(const char *s, int want, int warn_id)
{
	struct verr e;
	int k = -7;
	check("val_exclusive", s ? s : "(null)", val_exclusive(s, &k, &e), &e, true, warn_id, 0,
	      0);
	if (k != want)
		fail_msg("val_exclusive(\"%s\") = %d, not %d", s ? s : "(null)", k, want);
}

static void test_exclusive_kinds(void **state)
{
	struct verr e;
	int k;
	(void)state;
	excl_is(NULL, EXCL_EXCLUSIVE, OK);
	excl_is("", EXCL_EXCLUSIVE, OK);
	excl_is("exclusive", EXCL_EXCLUSIVE, OK);
	excl_is("user", EXCL_USER, OK);
	excl_is("USER", EXCL_USER, OK);
	excl_is("mcs", EXCL_MCS, OK);
	excl_is("oversubscribe", EXCL_NONE, OK);
	excl_is("OverSubscribe", EXCL_NONE, OK);
	excl_is("topo", EXCL_TOPO, W_NEWER_VALUE); /* 22.05 rejects it; newer Slurm does not */
	assert_false(val_exclusive("bogus", &k, &e));
	assert_int_equal(e.id, E_BAD_EXCLUSIVE);
	assert_false(val_exclusive("true", &k, &e));
}

static void mode_is(const char *s, int want, int warn_id)
{
	struct verr e;
	int m = -7;
	check("val_open_mode", s, val_open_mode(s, &m, &e), &e, true, warn_id, ANY, 0);
	if (m != want)
		fail_msg("val_open_mode(\"%s\") = %d, not %d", s, m, want);
}

static void test_open_mode_reads_the_first_letter(void **state)
{
	struct verr e;
	int m;
	(void)state;
	mode_is("append", OPEN_APPEND, OK);
	mode_is("Append", OPEN_APPEND, OK);
	mode_is("a", OPEN_APPEND, OK);
	mode_is("A", OPEN_APPEND, OK);
	mode_is("truncate", OPEN_TRUNCATE, OK);
	mode_is("t", OPEN_TRUNCATE, OK);
	mode_is("T", OPEN_TRUNCATE, OK);
	mode_is("apple", OPEN_APPEND, W_IGNORED_TEXT);
	mode_is("tx", OPEN_TRUNCATE, W_IGNORED_TEXT);
	assert_true(val_open_mode("apple", &m, &e) && e.off == 1 && e.len == 4);
	assert_false(val_open_mode("", &m, &e));
	assert_int_equal(e.id, E_BAD_OPEN_MODE);
	assert_false(val_open_mode("x", &m, &e));
	assert_false(val_open_mode(" append", &m, &e));
}

static void test_export_accepts_anything_but_warns_on_bad_names(void **state)
{
	(void)state;
	GOOD(val_export, "ALL");
	GOOD(val_export, "NONE");
	GOOD(val_export, "none");
	GOOD(val_export, "NIL");
	GOOD(val_export, "ALL,A=1");
	GOOD(val_export, "NIL,A");
	GOOD(val_export, "A,B");
	GOOD(val_export, "A=1,B=2");
	GOOD(val_export, "_A");
	GOOD(val_export, "A=");
	GOOD(val_export, "");
	GOOD(val_export, ",");
	GOOD(val_export, "A,,B");
	WARNS(val_export, "1A", W_EXPORT_NAME, 0, 2);
	WARNS(val_export, "A-B", W_EXPORT_NAME, 0, 3);
	WARNS(val_export, "A B=1", W_EXPORT_NAME, 0, 3);
	WARNS(val_export, "=1", W_EXPORT_NAME, 0, 1);
	WARNS(val_export, "ALL,a.b", W_EXPORT_NAME, 4, 3);
}

static void test_licenses_syntax(void **state)
{
	(void)state;
	GOOD(val_licenses, "");
	GOOD(val_licenses, ",");
	GOOD(val_licenses, "matlab");
	GOOD(val_licenses, "matlab:2");
	GOOD(val_licenses, "matlab:0");
	GOOD(val_licenses, "matlab:");
	GOOD(val_licenses, "matlab: 2");
	GOOD(val_licenses, "matlab:+2");
	GOOD(val_licenses, "matlab:2,fluent:1");
	GOOD(val_licenses, "matlab,");
	GOOD(val_licenses, ",matlab");
	GOOD(val_licenses, "matlab,,fluent");
	GOOD(val_licenses, "nastran@slurmdb:12");
	WARNS(val_licenses, "matlab|fluent", W_NEWER_VALUE, 6, 1);
	BAD(val_licenses, "matlab:-1", E_BAD_LICENSES, 0, 9);
	BAD(val_licenses, "matlab:x", E_BAD_LICENSES, 0, 8);
	BAD(val_licenses, "matlab:1.5", E_BAD_LICENSES, 0, 10);
	BAD(val_licenses, "matlab:2x", E_BAD_LICENSES, 0, 9);
	BAD(val_licenses, "matlab:2 ", E_BAD_LICENSES, 0, 9);
	BAD(val_licenses, "matlab:2:3", E_BAD_LICENSES, 0, 10);
	BAD(val_licenses, ":2", E_BAD_LICENSES, 0, 2);
	BAD(val_licenses, "matlab*2", E_BAD_LICENSES, 0, 8);
	BAD(val_licenses, " matlab", E_BAD_LICENSES, 0, 7);
	BAD(val_licenses, "-matlab", E_BAD_LICENSES, 0, 7);
	BAD(val_licenses, "matlab+", E_BAD_LICENSES, 0, 7);
	GOOD(val_licenses, "ansys-cfd.2");
	BAD(val_licenses, "matlab|fluent,abaqus", E_BAD_LICENSES, 0, 0);
}

/* ---- the contract ------------------------------------------------------------------- */

static void test_parsers_clear_a_reused_verr(void **state)
{
	struct verr e;
	int m;
	int64_t v;
	(void)state;
	assert_true(val_open_mode("apple", &m, &e) && e.warn);
	assert_true(val_open_mode("append", &m, &e) && !e.warn);
	assert_false(val_time("x", &v, &e));
	assert_true(val_time("10", &v, &e) && !e.warn && e.note == NULL);
}

/* Every value diagnostic: one %s, lower case, no final period; warnings
 * carry a -W name and errors do not. */
static const struct {
	enum diag_id id;
	enum diag_severity sev;
	const char *wname, *fmt;
} rows[] = {
#define DIAG(id, sev, wname, fmt) { id, sev, wname, fmt },
#include "stdlib/diag_values.def"
#undef DIAG
};

static void test_catalogue_rows_follow_the_message_rules(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		const char *f = rows[i].fmt, *p = strstr(f, "%s");
		size_t n = strlen(f);
		if (!p || strchr(p + 2, '%') || strchr(f, '%') != p)
			fail_msg("%s: not exactly one %%s", diag_id_name(rows[i].id));
		if (f[n - 1] == '.' || (f[0] >= 'A' && f[0] <= 'Z'))
			fail_msg("%s: capital letter or final period", diag_id_name(rows[i].id));
		if ((rows[i].sev == SEV_WARNING) != (rows[i].wname != NULL))
			fail_msg("%s: -W name does not match the severity", diag_id_name(rows[i].id));
		if ((rows[i].sev == SEV_WARNING) != (diag_id_name(rows[i].id)[0] == 'W'))
			fail_msg("%s: prefix does not match the severity", diag_id_name(rows[i].id));
	}
}

static int teardown(void **state)
{
	(void)state;
	arena_free(&arena);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_time_formats_give_seconds),
		cmocka_unit_test(test_time_rounds_seconds_up_to_whole_minutes),
		cmocka_unit_test(test_time_fields_are_not_range_checked),
		cmocka_unit_test(test_time_unlimited_words_and_zero_mean_no_limit),
		cmocka_unit_test(test_time_rejects_what_sbatch_rejects),
		cmocka_unit_test(test_time_wraps_around_like_sbatch),
		cmocka_unit_test(test_time_secs_are_not_rounded),
		cmocka_unit_test(test_mem_units_are_binary_and_case_insensitive),
		cmocka_unit_test(test_mem_unit_may_end_in_b),
		cmocka_unit_test(test_mem_reads_numbers_like_strtoll),
		cmocka_unit_test(test_mem_rejects_what_sbatch_rejects),
		cmocka_unit_test(test_mem_overflow_saturates_with_warning),
		cmocka_unit_test(test_int_reads_like_parse_int),
		cmocka_unit_test(test_int_rejects_text_after_the_number),
		cmocka_unit_test(test_int_counts_reject_zero_and_negatives),
		cmocka_unit_test(test_int_zero_allowed_when_min_is_zero),
		cmocka_unit_test(test_int_is_cut_to_32_bits_like_sbatch),
		cmocka_unit_test(test_lax_int_reads_the_leading_number_like_nice),
		cmocka_unit_test(test_nodes_count_or_range),
		cmocka_unit_test(test_nodes_zero_maximum_means_none_and_missing_minimum_is_one),
		cmocka_unit_test(test_nodes_k_and_m_multiply),
		cmocka_unit_test(test_nodes_rejects_what_sbatch_rejects),
		cmocka_unit_test(test_nodes_are_cut_to_32_bits),
		cmocka_unit_test(test_nodes_lists_and_steps_are_newer_slurm),
		cmocka_unit_test(test_array_ranges_lists_and_steps),
		cmocka_unit_test(test_array_throttle_follows_the_first_percent),
		cmocka_unit_test(test_array_throttle_oddities_warn),
		cmocka_unit_test(test_array_lenient_forms_slurm_accepts),
		cmocka_unit_test(test_array_elements_without_numbers_read_as_zero),
		cmocka_unit_test(test_array_without_any_element_is_no_array),
		cmocka_unit_test(test_array_rejects_what_slurmctld_rejects),
		cmocka_unit_test(test_array_indices_stay_below_max_array_size),
		cmocka_unit_test(test_gres_gpu_forms),
		cmocka_unit_test(test_gres_counts_take_multipliers_and_signs),
		cmocka_unit_test(test_gres_single_part_is_a_count_or_else_a_type),
		cmocka_unit_test(test_gres_other_names_are_kept_unchecked),
		cmocka_unit_test(test_gres_last_gpu_entry_wins),
		cmocka_unit_test(test_gres_rejects_what_slurm_rejects),
		cmocka_unit_test(test_gres_may_not_mix_typed_and_untyped),
		cmocka_unit_test(test_gpus_forms),
		cmocka_unit_test(test_gpus_rejects_what_slurm_rejects),
		cmocka_unit_test(test_dependency_types_and_separators),
		cmocka_unit_test(test_dependency_delays_and_array_tasks),
		cmocka_unit_test(test_dependency_old_form_is_a_bare_job_id),
		cmocka_unit_test(test_dependency_lenient_forms_slurm_accepts),
		cmocka_unit_test(test_dependency_text_after_a_delay_is_ignored),
		cmocka_unit_test(test_dependency_rejects_what_slurmctld_rejects),
		cmocka_unit_test(test_constraint_operators_groups_and_counts),
		cmocka_unit_test(test_constraint_ignored_text_warns),
		cmocka_unit_test(test_constraint_rejects_what_slurmctld_rejects),
		cmocka_unit_test(test_constraint_counts),
		cmocka_unit_test(test_pattern_known_specifiers_pass),
		cmocka_unit_test(test_pattern_unknown_specifiers_stay_literal),
		cmocka_unit_test(test_mail_types_are_case_insensitive_lists),
		cmocka_unit_test(test_mail_all_expands_as_slurm_stores_it),
		cmocka_unit_test(test_mail_none_wins_wherever_it_is),
		cmocka_unit_test(test_mail_unknown_words_are_ignored_next_to_valid_ones),
		cmocka_unit_test(test_mail_rejects_values_without_any_type),
		cmocka_unit_test(test_signal_names_numbers_and_flags),
		cmocka_unit_test(test_signal_numbers_are_cut_to_16_bits),
		cmocka_unit_test(test_signal_rejects_what_sbatch_rejects),
		cmocka_unit_test(test_begin_times_dates_and_words),
		cmocka_unit_test(test_begin_rejects_what_sbatch_rejects),
		cmocka_unit_test(test_exclusive_kinds),
		cmocka_unit_test(test_open_mode_reads_the_first_letter),
		cmocka_unit_test(test_export_accepts_anything_but_warns_on_bad_names),
		cmocka_unit_test(test_licenses_syntax),
		cmocka_unit_test(test_parsers_clear_a_reused_verr),
		cmocka_unit_test(test_catalogue_rows_follow_the_message_rules),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
