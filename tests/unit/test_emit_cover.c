/*
 * test_emit_cover.c: the per-option mapping tables of every implemented
 * target, walked option by option.
 *
 * Every target that runs has a row for every sbatch and #SLURMC option,
 * and its notes follow the house style. The targets built on the job
 * target (kueue, podgroup) share its rows and list only their changes;
 * this file pins those lists, and each change must really differ. The shared walk reports a row's
 * answer with the target's name, at the option's span.
 */
#include "tests/unit/emit_fixture.h"

/* Approximations say how (a lower-case fragment); dropped notes are full
 * sentences. */
static void check_row(const char *target, const struct cover_row *r, const char *name)
{
	const char *t = r->note;
	if (r->how == COVER_MISSING)
		fail_msg("target %s: --%s has no row", target, name);
	if (r->how == COVER_APPROX && (!t || (*t >= 'A' && *t <= 'Z')))
		fail_msg("target %s: --%s: approximation text must be a lower-case fragment", target,
			 name);
	if (r->how == COVER_DROPPED && t && (!(*t >= 'A' && *t <= 'Z') || t[strlen(t) - 1] != '.'))
		fail_msg("target %s: --%s: a note is a full sentence", target, name);
}

static void test_every_implemented_target_covers_every_option(void **state)
{
	(void)state;
	int implemented = 0;
	for (const char *const *name = emit_target_names; *name; name++) {
		const struct target *t = target_find(*name);
		assert_non_null(t);
		if (!t->run)
			continue;
		implemented++;
		if (!t->cover || !t->slurmc_cover)
			fail_msg("target %s runs without a coverage table", *name);
		for (int i = 0; i < OPT__COUNT; i++)
			check_row(*name, target_cover(t, false, i), sbatch_options[i].name);
		for (int i = 0; i < SLURMC_OPT__COUNT; i++)
			check_row(*name, target_cover(t, true, i), slurmc_options[i].name);
	}
	assert_true(implemented >= 3); /* job, kueue, podgroup */
}

/* A derived target's changes are exactly `want` (in order), and each one
 * really answers differently from its base row. */
static void check_changes(const char *name, const int (*want)[2], size_t n)
{
	const struct target *t = target_find(name);
	size_t k = 0;
	for (const struct cover_change *c = t->changes; c->row.how != COVER_MISSING; c++, k++) {
		assert_true(k < n);
		assert_int_equal(c->slurmc, want[k][0]);
		assert_int_equal(c->id, want[k][1]);
		const struct cover_row *b = c->slurmc ? &t->slurmc_cover[c->id] : &t->cover[c->id];
		bool same = b->how == c->row.how && (b->note == c->row.note ||
			    (b->note && c->row.note && strcmp(b->note, c->row.note) == 0));
		if (same)
			fail_msg("target %s: change %zu repeats the job target's row", name, k);
	}
	assert_int_equal(k, n);
}

static void test_kueue_changes_over_job(void **state)
{
	(void)state;
	static const int want[][2] = { { 0, OPT_ARRAY }, { 0, OPT_HOLD }, { 0, OPT_WAIT_ALL_NODES },
				       { 1, SOPT_QUEUE } };
	check_changes("kueue", want, 4);
	const struct target *t = target_find("kueue");
	assert_int_equal(target_cover(t, false, OPT_ARRAY)->how, COVER_APPROX);
	assert_int_equal(target_cover(t, false, OPT_HOLD)->how, COVER_DROPPED);
	assert_int_equal(target_cover(t, false, OPT_NODES)->how, COVER_MAPPED);
	assert_int_equal(target_cover(t, false, OPT_DEPENDENCY)->how, COVER_DROPPED);
	assert_int_equal(target_cover(t, true, SOPT_QUEUE)->how, COVER_MAPPED);
	assert_int_equal(target_cover(t, true, SOPT_PRIORITY_CLASS)->how, COVER_MAPPED);
}

static void test_podgroup_changes_over_job(void **state)
{
	(void)state;
	static const int want[][2] = { { 0, OPT_WAIT_ALL_NODES }, { 1, SOPT_QUEUE } };
	check_changes("podgroup", want, 2);
	const struct target *t = target_find("podgroup");
	assert_int_equal(target_cover(t, false, OPT_WAIT_ALL_NODES)->how, COVER_MAPPED);
	assert_int_equal(target_cover(t, false, OPT_ARRAY)->how, COVER_MAPPED); /* podgroup.c warns */
	assert_int_equal(target_cover(t, true, SOPT_QUEUE)->how, COVER_DROPPED);
	assert_int_equal(target_cover(t, true, SOPT_SCHEDULER_NAME)->how, COVER_MAPPED);
}

/* The walk answers with each target's own row and name. */
static void test_walk_reports_per_target(void **state)
{
	(void)state;
	static const char script[] = "#!/bin/sh\n#SBATCH --hold --wait-all-nodes=1 -N 2\n"
				     "#SLURMC --queue=research\nsrun true\n";
	static const struct {
		const char *target;
		int dropped, approx;
	} want[] = { { "job", 1, 1 }, { "kueue", 1, 1 }, { "podgroup", 1, 0 } };
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		struct fixture *f = make(script);
		size_t len;
		set_opt(f, OPT_HOLD, NULL);
		set_opt(f, OPT_WAIT_ALL_NODES, "1");
		set_nodes(f, 2, "2");
		set_slurmc(f, SOPT_QUEUE, &f->job.slurmc.queue, "research");
		char *out = compile_for(f, want[i].target, NULL, &len);
		assert_non_null(out);
		assert_int_equal(count_of(f, W_DROPPED_OPTION), want[i].dropped);
		assert_int_equal(count_of(f, W_APPROX_OPTION), want[i].approx);
		const char *m = message_of(f, W_DROPPED_OPTION);
		char quoted[32];
		snprintf(quoted, sizeof quoted, "\"%s\"", want[i].target);
		assert_non_null(strstr(m, quoted));
		/* job and podgroup drop --queue; kueue drops --hold */
		assert_non_null(strstr(m, strcmp(want[i].target, "kueue") == 0 ? "--hold" : "--queue"));
		free(out);
		destroy(f);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_implemented_target_covers_every_option),
		cmocka_unit_test(test_kueue_changes_over_job),
		cmocka_unit_test(test_podgroup_changes_over_job),
		cmocka_unit_test(test_walk_reports_per_target),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
