/*
 * test_frontend.c: grammar, getopt, precedence, het carry-over and the
 * cross-option checks, through frontend_read on in-memory scripts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "parser/frontend.h"

struct run {
	struct arena a;
	struct diag_engine d;
	struct source src, cmd;
	struct wordvec words;
	struct ir_job *job;
};

/* Reads text with optional environment and command-line sbatch options
 * (one string, words split at blanks). */
static struct ir_job *read_script(struct run *r, const char *text, char **envp,
				  const char *cmdline)
{
	memset(r, 0, sizeof *r);
	diag_init(&r->d);
	r->src = (struct source){ "t.sbatch", text, strlen(text), SRC_FILE, 0 };
	diag_add_source(&r->d, &r->src);
	if (cmdline) {
		r->cmd = (struct source){ "command line", cmdline, strlen(cmdline), SRC_CMDLINE, 0 };
		diag_add_source(&r->d, &r->cmd);
		for (size_t i = 0; cmdline[i];) {
			size_t n = strcspn(cmdline + i, " ");
			struct word w = { arena_strndup(&r->a, cmdline + i, n),
					  span_make(&r->cmd, i, n), false };
			wordvec_push(&r->a, &r->words, w);
			i += n + (cmdline[i + n] == ' ');
		}
	}
	struct frontend_opts o = { NULL, r->words.w, r->words.n, NULL, 0, envp };
	r->job = frontend_read(&r->a, &r->d, &r->src, "t.sbatch", &o);
	return r->job;
}

static void done(struct run *r)
{
	diag_free(&r->d);
	arena_free(&r->a);
}

static bool has(const struct run *r, enum diag_id id)
{
	for (size_t i = 0; i < r->d.n; i++)
		if (r->d.list[i].id == id)
			return true;
	return false;
}

static void getopt_forms_are_equivalent(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH -N2 -Jglued -n 8 --cpus-per-task 2 --time=30\necho\n",
		    NULL, NULL);
	assert_int_equal(r.d.errors, 0);
	const struct ir_component *c = &r.job->comps[0];
	assert_int_equal(c->min_nodes.v, 2);
	assert_string_equal(c->name.v, "glued");
	assert_int_equal(c->num_tasks.v, 8);
	assert_int_equal(c->cpus_per_task.v, 2);
	assert_int_equal(c->time_limit_s.v, 1800);
	done(&r);
}

static void unique_prefix_and_ambiguous_prefix(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH --job=x\necho\n", NULL, NULL);
	assert_int_equal(r.d.errors, 0);
	assert_string_equal(r.job->comps[0].name.v, "x");
	assert_non_null(r.job->comps[0].opts[OPT_JOB_NAME].value);
	done(&r);
	read_script(&r, "#!/bin/sh\n#SBATCH --mem-per=1G\necho\n", NULL, NULL);
	assert_true(has(&r, E_AMBIGUOUS_OPTION));
	done(&r);
}

static void unknown_option_suggests_and_keeps_going(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH --ntaks=2\n#SBATCH --frobnicate x -t 10\n#SBATCH -Y\necho\n",
		    NULL, NULL);
	assert_int_equal(r.d.errors, 3);
	assert_int_equal(r.d.list[0].id, E_UNKNOWN_OPTION);
	assert_int_equal(r.d.list[0].at.off, strlen("#!/bin/sh\n#SBATCH "));
	bool hinted = false;
	for (size_t i = 0; i < r.d.list[0].nextra; i++)
		hinted |= strstr(r.d.list[0].extra[i].text, "--ntasks") != NULL;
	assert_true(hinted);
	assert_int_equal(r.job->comps[0].time_limit_s.v, 600); /* read past the errors */
	done(&r);
}

static void arguments_missing_unexpected_and_stray(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH --hold=yes\n#SBATCH -J x stray\n#SBATCH --time\necho\n",
		    NULL, NULL);
	assert_true(has(&r, E_UNEXPECTED_ARGUMENT));
	assert_true(has(&r, E_STRAY_WORD));
	assert_true(has(&r, E_MISSING_ARGUMENT));
	done(&r);
}

static void value_may_be_on_the_next_line(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH --job-name\n#SBATCH foo\necho\n", NULL, NULL);
	assert_int_equal(r.d.errors, 0);
	assert_string_equal(r.job->comps[0].name.v, "foo");
	done(&r);
}

static void double_dash_ends_options(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH -J x -- -n 2\necho\n", NULL, NULL);
	assert_true(has(&r, E_STRAY_WORD));
	done(&r);
}

static void precedence_cmdline_env_script(void **state)
{
	(void)state;
	struct run r;
	char *env[] = { "SBATCH_TIMELIMIT=20", "SBATCH_JOB_NAME=envname", NULL };
	read_script(&r, "#!/bin/sh\n#SBATCH -t 10 -J script -p cpu\necho\n", env, "--time=30");
	assert_int_equal(r.d.errors, 0);
	const struct ir_component *c = &r.job->comps[0];
	assert_int_equal(c->time_limit_s.v, 1800);
	assert_string_equal(c->name.v, "envname");
	assert_string_equal(c->partition.v, "cpu");
	assert_ptr_equal(c->time_limit_s.at.src, &r.cmd);
	done(&r);
}

static void env_error_points_into_the_variable(void **state)
{
	(void)state;
	struct run r;
	char *env[] = { "SBATCH_TIMELIMIT=soon", NULL };
	read_script(&r, "#!/bin/sh\necho\n", env, NULL);
	assert_int_equal(r.d.errors, 1);
	assert_string_equal(r.d.list[0].at.src->text, "SBATCH_TIMELIMIT=soon");
	assert_int_equal(r.d.list[0].at.off, strlen("SBATCH_TIMELIMIT="));
	done(&r);
}

static void het_components_carry_over(void **state)
{
	(void)state;
	struct run r;
	read_script(&r,
		    "#!/bin/sh\n#SBATCH -J het -A acct -p cpu -n 4 --mem=8G -t 30\n"
		    "#SBATCH hetjob\n#SBATCH -N 2 -p gpu -t 60\n#SBATCH packjob\n#SBATCH -c 16\necho\n",
		    NULL, NULL);
	assert_int_equal(r.d.errors, 0);
	assert_int_equal(r.job->ncomps, 3);
	const struct ir_component *c1 = &r.job->comps[1], *c2 = &r.job->comps[2];
	assert_string_equal(c1->name.v, "het");
	assert_string_equal(c1->account.v, "acct");
	assert_int_equal(c1->mem_per_node_mb.v, 8192);
	assert_false(span_is_set(c1->num_tasks.at)); /* ntasks is reset */
	assert_string_equal(c1->partition.v, "gpu");
	assert_false(span_is_set(c2->partition.at)); /* partition is reset */
	assert_int_equal(c2->time_limit_s.v, 3600);
	assert_true(has(&r, W_PACKJOB));
	done(&r);
}

static void separator_mid_line_drops_the_rest(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH -J x -n 2 hetjob -n 3\necho\n", NULL, NULL);
	assert_int_equal(r.job->ncomps, 1);
	assert_int_equal(r.job->comps[0].num_tasks.v, 2);
	assert_true(has(&r, W_IGNORED_AFTER_SEPARATOR));
	done(&r);
}

static void memory_options_exclude_one_another(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH --mem=1G --mem-per-cpu=100\necho\n", NULL, NULL);
	assert_true(has(&r, E_MEM_EXCLUSIVE));
	done(&r);
	char *env[] = { "SBATCH_MEM_PER_CPU=100", NULL };
	read_script(&r, "#!/bin/sh\n#SBATCH --mem=1G\necho\n", env, NULL);
	assert_int_equal(r.d.errors, 0);
	assert_int_equal(r.job->comps[0].mem_per_node_mb.v, 1024);
	assert_false(span_is_set(r.job->comps[0].mem_per_cpu_mb.at));
	done(&r);
}

static void later_flag_wins(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH --requeue --no-requeue\necho\n", NULL, NULL);
	assert_false(r.job->comps[0].requeue.v);
	assert_true(span_is_set(r.job->comps[0].opts[OPT_REQUEUE].at));
	done(&r);
	read_script(&r, "#!/bin/sh\n#SBATCH --no-requeue --requeue\necho\n", NULL, NULL);
	assert_true(r.job->comps[0].requeue.v);
	done(&r);
}

static void gpu_checks(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SBATCH --gres=gpu:a100:2 --gpus-per-node=2\necho\n", NULL, NULL);
	assert_true(has(&r, E_GPU_TYPED_UNTYPED));
	done(&r);
	read_script(&r, "#!/bin/sh\n#SBATCH --gpus-per-task=1\necho\n", NULL, NULL);
	assert_true(has(&r, E_GPUS_PER_TASK_NO_TASKS));
	done(&r);
	read_script(&r, "#!/bin/sh\n#SBATCH --gpus-per-node=h100:4 -N 2\necho\n", NULL, NULL);
	assert_int_equal(r.d.errors, 0);
	assert_int_equal(r.job->comps[0].gpus.per_node.v, 4);
	assert_string_equal(r.job->comps[0].gpus.type.v, "h100");
	done(&r);
}

static void body_and_interpreter(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/usr/bin/env bash -l\n#SBATCH -n 1\n\nsrun hostname\n", NULL, NULL);
	assert_string_equal(r.job->interpreter, "/usr/bin/env bash -l");
	assert_int_equal(r.job->body.line, 4);
	assert_string_equal(r.job->body.text, "srun hostname\n");
	done(&r);
}

static void slurmc_selectors(void **state)
{
	(void)state;
	struct run r;
	read_script(&r, "#!/bin/sh\n#SLURMC[vulcano] --queue=q\necho\n", NULL, NULL);
	assert_true(has(&r, E_SLURMC_TARGET));
	done(&r);
	read_script(&r, "#!/bin/sh\n#SLURMC[volcano] --image=a:1\n#SLURMC[job] --image=b:2\necho\n",
		    NULL, NULL);
	assert_int_equal(r.d.errors, 0);
	assert_string_equal(r.job->target, "job");
	assert_string_equal(r.job->slurmc.opts[SOPT_IMAGE].value, "b:2");
	done(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(getopt_forms_are_equivalent),
		cmocka_unit_test(unique_prefix_and_ambiguous_prefix),
		cmocka_unit_test(unknown_option_suggests_and_keeps_going),
		cmocka_unit_test(arguments_missing_unexpected_and_stray),
		cmocka_unit_test(value_may_be_on_the_next_line),
		cmocka_unit_test(double_dash_ends_options),
		cmocka_unit_test(precedence_cmdline_env_script),
		cmocka_unit_test(env_error_points_into_the_variable),
		cmocka_unit_test(het_components_carry_over),
		cmocka_unit_test(separator_mid_line_drops_the_rest),
		cmocka_unit_test(memory_options_exclude_one_another),
		cmocka_unit_test(later_flag_wins),
		cmocka_unit_test(gpu_checks),
		cmocka_unit_test(body_and_interpreter),
		cmocka_unit_test(slurmc_selectors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
