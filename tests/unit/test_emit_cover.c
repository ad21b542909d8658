/*
 * test_emit_cover.c: the per-option mapping tables of every implemented
 * target, walked option by option.
 *
 * Every target that runs has a row for every sbatch and #SLURMC option,
 * and its notes follow the house style. The targets built on the job
 * target (kueue, podgroup) must agree with the job target's rows except
 * where this file says they differ, so that a change to the job target's
 * mapping is not silently lost in them. The shared walk reports a row's
 * answer with the target's name, at the option's span.
 */
#include "tests/unit/emit_fixture.h"

/* Approximations say how (a lower-case fragment); dropped notes are full
 * sentences. */
static void check_notes(const char *target, const struct cover_row *rows,
			const struct optdesc *opts, int n)
{
	for (int i = 0; i < n; i++) {
		const char *t = rows[i].note;
		if (rows[i].how == COVER_MISSING)
			fail_msg("target %s: --%s has no row", target, opts[i].name);
		if (rows[i].how == COVER_APPROX && (!t || (*t >= 'A' && *t <= 'Z')))
			fail_msg("target %s: --%s: approximation text must be a lower-case fragment",
				 target, opts[i].name);
		if (rows[i].how == COVER_DROPPED && t &&
		    (!(*t >= 'A' && *t <= 'Z') || t[strlen(t) - 1] != '.'))
			fail_msg("target %s: --%s: a note is a full sentence", target, opts[i].name);
	}
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
		check_notes(*name, t->cover, sbatch_options, OPT__COUNT);
		check_notes(*name, t->slurmc_cover, slurmc_options, SLURMC_OPT__COUNT);
	}
	assert_true(implemented >= 3); /* job, kueue, podgroup */
	assert_ptr_equal(target_find("kueue")->cover, kueue_cover);
	assert_ptr_equal(target_find("podgroup")->slurmc_cover, podgroup_slurmc_cover);
}

static bool listed(int id, const int *ids, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

/* rows agree with base except for the listed ids, which must differ. */
static void check_as_job(const char *target, const struct cover_row *rows,
			 const struct cover_row *base, const struct optdesc *opts, int n,
			 const int *differ, size_t ndiffer)
{
	for (int i = 0; i < n; i++) {
		bool same = rows[i].how == base[i].how &&
			    (rows[i].note == base[i].note ||
			     (rows[i].note && base[i].note && strcmp(rows[i].note, base[i].note) == 0));
		if (listed(i, differ, ndiffer) && same)
			fail_msg("target %s: --%s is listed as different from the job target but is not",
				 target, opts[i].name);
		if (!listed(i, differ, ndiffer) && !same)
			fail_msg("target %s: --%s differs from the job target; list it here and in "
				 "the table's comment", target, opts[i].name);
	}
}

static void test_kueue_rows_are_the_job_rows_but_these(void **state)
{
	(void)state;
	static const int differ[] = { OPT_ARRAY, OPT_HOLD, OPT_WAIT_ALL_NODES };
	static const int sdiffer[] = { SOPT_QUEUE };
	check_as_job("kueue", kueue_cover, job_cover, sbatch_options, OPT__COUNT, differ, 3);
	check_as_job("kueue", kueue_slurmc_cover, job_slurmc_cover, slurmc_options, SLURMC_OPT__COUNT,
		     sdiffer, 1);
	assert_int_equal(kueue_cover[OPT_ARRAY].how, COVER_APPROX);
	assert_int_equal(kueue_cover[OPT_HOLD].how, COVER_DROPPED);
	assert_int_equal(kueue_cover[OPT_NODES].how, COVER_MAPPED);
	assert_int_equal(kueue_cover[OPT_DEPENDENCY].how, COVER_DROPPED);
	assert_int_equal(kueue_slurmc_cover[SOPT_QUEUE].how, COVER_MAPPED);
	assert_int_equal(kueue_slurmc_cover[SOPT_PRIORITY_CLASS].how, COVER_MAPPED);
}

static void test_podgroup_rows_are_the_job_rows_but_these(void **state)
{
	(void)state;
	static const int differ[] = { OPT_WAIT_ALL_NODES };
	static const int sdiffer[] = { SOPT_QUEUE };
	check_as_job("podgroup", podgroup_cover, job_cover, sbatch_options, OPT__COUNT, differ, 1);
	check_as_job("podgroup", podgroup_slurmc_cover, job_slurmc_cover, slurmc_options,
		     SLURMC_OPT__COUNT, sdiffer, 1);
	assert_int_equal(podgroup_cover[OPT_WAIT_ALL_NODES].how, COVER_MAPPED);
	assert_int_equal(podgroup_cover[OPT_ARRAY].how, COVER_MAPPED); /* value-specific, podgroup.c */
	assert_int_equal(podgroup_cover[OPT_DEPENDENCY].how, COVER_DROPPED);
	assert_int_equal(podgroup_slurmc_cover[SOPT_QUEUE].how, COVER_DROPPED);
	assert_int_equal(podgroup_slurmc_cover[SOPT_SCHEDULER_NAME].how, COVER_MAPPED);
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
		cmocka_unit_test(test_kueue_rows_are_the_job_rows_but_these),
		cmocka_unit_test(test_podgroup_rows_are_the_job_rows_but_these),
		cmocka_unit_test(test_walk_reports_per_target),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
