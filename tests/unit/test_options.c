/*
 * test_options.c: the option tables and getopt_long-style lookup.
 *
 * One test per rule: exact match, unique prefix, ambiguous prefix, aliases,
 * short letters, SBATCH_* variables, "did you mean", the facts recorded from
 * the Slurm 22.05 oracle, and the table invariants other modules rely on.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <string.h>

#include "parser/options.h"

/* Each row's ID as written in options.def, for the naming rule. */
static const char *const row_ids[] = {
#define OPT(id, name, s, arg, env, value, flags, help) #id,
#include "parser/options.def"
#undef OPT
};

/* Looks a whole word up in the sbatch table; returns the status. */
static enum opt_lookup lookup(const char *word, int *id)
{
	int cands[16];
	size_t n;
	return opt_lookup_long(&sbatch_table, word, strlen(word), id, cands, 16, &n);
}

static bool is_alias(const struct optdesc *o)
{
	return strncmp(o->help, "alias of --", 11) == 0;
}

static void test_exact_match_wins_over_longer_names(void **state)
{
	int id;
	(void)state;
	assert_int_equal(lookup("mem", &id), LOOKUP_FOUND);
	assert_int_equal(id, OPT_MEM);
	assert_int_equal(lookup("time", &id), LOOKUP_FOUND);
	assert_int_equal(id, OPT_TIME);
	assert_int_equal(lookup("gpus", &id), LOOKUP_FOUND);
	assert_int_equal(id, OPT_GPUS);
	assert_int_equal(lookup("cluster", &id), LOOKUP_FOUND);
	assert_int_equal(id, OPT_CLUSTER);
}

static void test_unique_prefix_is_found(void **state)
{
	const char *word = "job=train";
	int id, cands[4];
	size_t n;
	(void)state;
	/* --job=train: the caller passes the part before '='. */
	assert_int_equal(opt_lookup_long(&sbatch_table, word, 3, &id, cands, 4, &n), LOOKUP_FOUND);
	assert_int_equal(id, OPT_JOB_NAME);
	assert_int_equal(lookup("cpus-per-t", &id), LOOKUP_FOUND);
	assert_int_equal(id, OPT_CPUS_PER_TASK);
	assert_int_equal(lookup("parti", &id), LOOKUP_FOUND);
	assert_int_equal(id, OPT_PARTITION);
	assert_int_equal(lookup("tasks-per", &id), LOOKUP_FOUND);
	assert_int_equal(id, OPT_TASKS_PER_NODE);
}

static void test_ambiguous_prefix_lists_candidates_in_table_order(void **state)
{
	int id, cands[8];
	size_t n;
	(void)state;
	assert_int_equal(opt_lookup_long(&sbatch_table, "mem-per", 7, &id, cands, 8, &n),
			 LOOKUP_AMBIGUOUS);
	assert_int_equal(id, -1);
	assert_int_equal(n, 2);
	assert_int_equal(cands[0], OPT_MEM_PER_CPU);
	assert_int_equal(cands[1], OPT_MEM_PER_GPU);

	/* The oracle's 22.05 says the same of --gpu and --clu. */
	assert_int_equal(opt_lookup_long(&sbatch_table, "gpu", 3, &id, cands, 8, &n),
			 LOOKUP_AMBIGUOUS);
	assert_int_equal(n, 6);
	assert_int_equal(cands[0], OPT_GPU_BIND);
	assert_int_equal(cands[5], OPT_GPUS_PER_TASK);
	assert_int_equal(opt_lookup_long(&sbatch_table, "clu", 3, &id, cands, 8, &n),
			 LOOKUP_AMBIGUOUS);
	assert_int_equal(n, 3);
}

static void test_ambiguous_count_exceeds_room(void **state)
{
	int id, cands[2] = { -7, -7 };
	size_t n;
	(void)state;
	assert_int_equal(opt_lookup_long(&sbatch_table, "gpu", 3, &id, cands, 1, &n),
			 LOOKUP_AMBIGUOUS);
	assert_int_equal(n, 6);
	assert_int_equal(cands[0], OPT_GPU_BIND);
	assert_int_equal(cands[1], -7);
}

static void test_spellings_of_one_option_are_not_ambiguous(void **state)
{
	static const struct optdesc rows[] = {
		{ "clust", 0, ARG_REQUIRED, NULL, V_STRING, OF_HIDDEN, "alias of --clusters" },
		{ "clusters", 'M', ARG_REQUIRED, NULL, V_STRING, 0, "clusters" },
		{ "nodes-max", 'N', ARG_REQUIRED, NULL, V_NODES, 0, "nodes" },
		{ "nodes-min", 'N', ARG_REQUIRED, NULL, V_NODES, OF_HIDDEN, "nodes" },
		{ "nodexx", 0, ARG_REQUIRED, NULL, V_STRING, 0, "other" },
	};
	const struct opt_table t = { rows, sizeof rows / sizeof rows[0] };
	int id, cands[4];
	size_t n;
	(void)state;
	assert_int_equal(opt_lookup_long(&t, "clu", 3, &id, cands, 4, &n), LOOKUP_FOUND);
	assert_int_equal(id, 0);
	/* Rows sharing a short letter are one option to getopt_long too. */
	assert_int_equal(opt_lookup_long(&t, "nodes-m", 7, &id, cands, 4, &n), LOOKUP_FOUND);
	assert_int_equal(id, 2);
	assert_int_equal(opt_lookup_long(&t, "node", 4, &id, cands, 4, &n), LOOKUP_AMBIGUOUS);
	assert_int_equal(n, 3);
	assert_int_equal(opt_lookup_short(&t, 'M'), 1);
}

static void test_unknown_names(void **state)
{
	int id;
	(void)state;
	assert_int_equal(lookup("nosuch", &id), LOOKUP_UNKNOWN);
	assert_int_equal(id, -1);
	assert_int_equal(lookup("mem-per-cpus", &id), LOOKUP_UNKNOWN);
	assert_int_equal(lookup("", &id), LOOKUP_UNKNOWN);
}

static void test_every_short_letter(void **state)
{
	static const struct { int c; int id; } want[] = {
		{ 'A', OPT_ACCOUNT }, { 'a', OPT_ARRAY }, { 'B', OPT_EXTRA_NODE_INFO },
		{ 'b', OPT_BEGIN }, { 'C', OPT_CONSTRAINT }, { 'c', OPT_CPUS_PER_TASK },
		{ 'D', OPT_CHDIR }, { 'd', OPT_DEPENDENCY }, { 'e', OPT_ERROR },
		{ 'F', OPT_NODEFILE }, { 'G', OPT_GPUS }, { 'H', OPT_HOLD }, { 'h', OPT_HELP },
		{ 'i', OPT_INPUT }, { 'J', OPT_JOB_NAME }, { 'k', OPT_NO_KILL },
		{ 'L', OPT_LICENSES }, { 'M', OPT_CLUSTERS }, { 'm', OPT_DISTRIBUTION },
		{ 'N', OPT_NODES }, { 'n', OPT_NTASKS }, { 'O', OPT_OVERCOMMIT },
		{ 'o', OPT_OUTPUT }, { 'p', OPT_PARTITION }, { 'Q', OPT_QUIET }, { 'q', OPT_QOS },
		{ 'S', OPT_CORE_SPEC }, { 's', OPT_OVERSUBSCRIBE }, { 't', OPT_TIME },
		{ 'V', OPT_VERSION }, { 'v', OPT_VERBOSE }, { 'W', OPT_WAIT },
		{ 'w', OPT_NODELIST }, { 'x', OPT_EXCLUDE },
	};
	size_t nwant = sizeof want / sizeof want[0], known = 0;
	(void)state;
	for (size_t i = 0; i < nwant; i++)
		assert_int_equal(opt_lookup_short(&sbatch_table, want[i].c), want[i].id);
	for (int c = 1; c < 128; c++)
		known += opt_lookup_short(&sbatch_table, c) >= 0;
	assert_int_equal(known, nwant);
	assert_int_equal(opt_lookup_short(&sbatch_table, 'I'), -1);
	assert_int_equal(opt_lookup_short(&sbatch_table, 0), -1);
}

static void test_env_lookup(void **state)
{
	(void)state;
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_TIMELIMIT"), OPT_TIME);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_JOB_NAME"), OPT_JOB_NAME);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_MEM_PER_NODE"), OPT_MEM);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_MEM_PER_CPU"), OPT_MEM_PER_CPU);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_ARRAY_INX"), OPT_ARRAY);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_DEBUG"), OPT_VERBOSE);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_REQ_SWITCH"), OPT_SWITCHES);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_PARTITION"), OPT_PARTITION);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SBATCH_NOPE"), -1);
	assert_int_equal(opt_lookup_env(&sbatch_table, "SLURM_JOB_NAME"), -1);
	assert_int_equal(opt_lookup_env(&sbatch_table, NULL), -1);
}

/* Asserts opt_suggest's answer for a misspelt word (NULL: none). */
static void suggests(const char *word, const char *want)
{
	const char *got = opt_suggest(&sbatch_table, word, strlen(word));
	if (!want)
		assert_null(got);
	else
		assert_string_equal(got ? got : "(null)", want);
}

static void test_suggestions(void **state)
{
	(void)state;
	suggests("ntask", "ntasks");
	suggests("cpu-per-task", "cpus-per-task");
	suggests("jobname", "job-name");
	suggests("cpus_per_task", "cpus-per-task");
	suggests("Job-Name", "job-name");
	suggests("patrition", "partition");
	suggests("mem-per-cpus", "mem-per-cpu");
	suggests("clustr", "clusters"); /* not the hidden alias --cluster */
	suggests("xyzzy", NULL);
	suggests("totally-unrelated-option", NULL);
	suggests("q", NULL);
	assert_null(opt_suggest(&sbatch_table, "", 0));
}

static void test_oracle_facts(void **state)
{
	static const int reset[] = { OPT_PARTITION, OPT_NODES, OPT_NTASKS, OPT_GPUS_PER_NODE,
				     OPT_GPUS, OPT_CPUS_PER_TASK, OPT_MEM_PER_CPU };
	static const int carry[] = { OPT_ACCOUNT, OPT_JOB_NAME, OPT_MEM, OPT_TIME, OPT_QOS,
				     OPT_OUTPUT, OPT_EXPORT };
	static const int newer[] = { OPT_TRES_PER_TASK, OPT_TRES_BIND, OPT_CONTAINER_ID,
				     OPT_STEPMGR, OPT_OOM_KILL_STEP, OPT_SEGMENT, OPT_RESV_PORTS };
	size_t pyxis = 0;
	(void)state;
	for (size_t i = 0; i < sizeof reset / sizeof reset[0]; i++)
		assert_true(sbatch_options[reset[i]].flags & OF_HET_RESET);
	for (size_t i = 0; i < sizeof carry / sizeof carry[0]; i++)
		assert_false(sbatch_options[carry[i]].flags & OF_HET_RESET);
	for (size_t i = 0; i < sizeof newer / sizeof newer[0]; i++)
		assert_true(sbatch_options[newer[i]].flags & OF_NEWER);
	assert_false(sbatch_options[OPT_TIME].flags & OF_NEWER);
	for (size_t i = 0; i < OPT__COUNT; i++)
		pyxis += (sbatch_options[i].flags & OF_PYXIS) != 0;
	assert_int_equal(pyxis, 15);
	assert_int_equal(sbatch_options[OPT_EXCLUSIVE].arg, ARG_OPTIONAL);
	assert_int_equal(sbatch_options[OPT_GET_USER_ENV].arg, ARG_OPTIONAL);
	assert_int_equal(sbatch_options[OPT_PROPAGATE].arg, ARG_OPTIONAL);
	assert_int_equal(sbatch_options[OPT_REQUEUE].arg, ARG_NONE);
	assert_int_equal(sbatch_options[OPT_NICE].value, V_INT);
	assert_true(sbatch_options[OPT_NICE].flags & OF_NEGATIVE);
}

static void test_table_sorted_and_names_unique(void **state)
{
	(void)state;
	assert_int_equal(sbatch_table.n, OPT__COUNT);
	for (size_t i = 1; i < OPT__COUNT; i++)
		if (strcmp(sbatch_options[i - 1].name, sbatch_options[i].name) >= 0)
			fail_msg("--%s sorts after --%s", sbatch_options[i - 1].name,
				 sbatch_options[i].name);
}

static void test_ids_follow_the_naming_rule(void **state)
{
	char want[64];
	(void)state;
	assert_int_equal(sizeof row_ids / sizeof row_ids[0], OPT__COUNT);
	for (size_t i = 0; i < OPT__COUNT; i++) {
		size_t k = 0;
		for (const char *p = row_ids[i]; *p && k + 1 < sizeof want; p++)
			want[k++] = *p == '_' ? '-' : (char)tolower((unsigned char)*p);
		want[k] = '\0';
		assert_string_equal(want, sbatch_options[i].name);
	}
}

static void test_short_letters_unique_except_aliases(void **state)
{
	(void)state;
	for (size_t i = 0; i < OPT__COUNT; i++)
		for (size_t j = i + 1; j < OPT__COUNT; j++) {
			const struct optdesc *a = &sbatch_options[i], *b = &sbatch_options[j];
			if (a->short_name && a->short_name == b->short_name && !is_alias(a) &&
			    !is_alias(b))
				fail_msg("-%c is both --%s and --%s", a->short_name, a->name,
					 b->name);
		}
}

static void test_aliases_name_a_real_option(void **state)
{
	size_t aliases = 0;
	int id;
	(void)state;
	for (size_t i = 0; i < OPT__COUNT; i++) {
		const struct optdesc *o = &sbatch_options[i];
		if (!is_alias(o))
			continue;
		aliases++;
		assert_true(o->flags & OF_HIDDEN);
		assert_int_equal(lookup(o->help + 11, &id), LOOKUP_FOUND);
		assert_string_equal(sbatch_options[id].name, o->help + 11);
		assert_false(is_alias(&sbatch_options[id]));
		assert_true(o->short_name == 0 || o->short_name == sbatch_options[id].short_name);
		assert_int_equal(o->arg, sbatch_options[id].arg);
	}
	assert_int_equal(aliases, 2);
}

static void test_rows_are_well_formed(void **state)
{
	(void)state;
	for (size_t i = 0; i < OPT__COUNT; i++) {
		const struct optdesc *o = &sbatch_options[i];
		assert_true(strspn(o->name, "abcdefghijklmnopqrstuvwxyz0123456789-") ==
			    strlen(o->name));
		assert_true(o->help[0] != '\0' && !strchr(o->help, '\n'));
		/* A flag has no value and only a flag has none. */
		assert_int_equal(o->arg == ARG_NONE, o->value == V_NONE);
		if (o->flags & OF_NEGATIVE)
			assert_int_equal(o->value, V_INT);
		if (o->env) {
			assert_int_equal(strncmp(o->env, "SBATCH_", 7), 0);
			assert_int_equal(opt_lookup_env(&sbatch_table, o->env), (int)i);
		}
	}
}

static void test_slurmc_rows_are_found_by_name(void **state)
{
	int id;
	(void)state;
	assert_int_equal(slurmc_table.n, SLURMC_OPT__COUNT);
	for (size_t i = 0; i < SLURMC_OPT__COUNT; i++) {
		const char *name = slurmc_options[i].name;
		int cands[4];
		size_t n;
		assert_int_equal(opt_lookup_long(&slurmc_table, name, strlen(name), &id, cands, 4, &n),
				 LOOKUP_FOUND);
		assert_int_equal(id, (int)i);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact_match_wins_over_longer_names),
		cmocka_unit_test(test_unique_prefix_is_found),
		cmocka_unit_test(test_ambiguous_prefix_lists_candidates_in_table_order),
		cmocka_unit_test(test_ambiguous_count_exceeds_room),
		cmocka_unit_test(test_spellings_of_one_option_are_not_ambiguous),
		cmocka_unit_test(test_unknown_names),
		cmocka_unit_test(test_every_short_letter),
		cmocka_unit_test(test_env_lookup),
		cmocka_unit_test(test_suggestions),
		cmocka_unit_test(test_oracle_facts),
		cmocka_unit_test(test_table_sorted_and_names_unique),
		cmocka_unit_test(test_ids_follow_the_naming_rule),
		cmocka_unit_test(test_short_letters_unique_except_aliases),
		cmocka_unit_test(test_aliases_name_a_real_option),
		cmocka_unit_test(test_rows_are_well_formed),
		cmocka_unit_test(test_slurmc_rows_are_found_by_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
