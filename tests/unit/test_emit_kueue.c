/*
 * test_emit_kueue.c: the `kueue` target (emitters/kueue.c), on IRs built
 * by hand.
 *
 * The job target's objects, with the Job suspended and labelled for
 * Kueue: the LocalQueue from #SLURMC, the site profile, or "default" with
 * a warning; the WorkloadPriorityClass instead of the pods' priority
 * class; the max-exec-time from --time except for arrays; labels on the
 * Job only, never twice; names too long for a label are errors.
 */
#include "tests/unit/emit_fixture.h"

#define QUEUE "metadata.labels.kueue\\.x-k8s\\.io/queue-name"
#define WPC "metadata.labels.kueue\\.x-k8s\\.io/priority-class"
#define MAX_EXEC "metadata.labels.kueue\\.x-k8s\\.io/max-exec-time-seconds"

static const char site_yaml[] = "version: 1\nname: site\n"
				 "targets:\n  kueue: {queue: research}\n"
				 "partitions:\n  gpu: {queue: gpu-queue, default_time: \"4:00:00\"}\n"
				 "  cpu: {default: true}\n"
				 "qos:\n  high: {priority_class: high-priority}\n";

/* No queue anywhere, no profile: "default", with a warning; the Job is
 * suspended and carries max-exec-time next to its deadline. */
static void test_single_task_default_queue(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -t 1:00:00\necho hi\n");
	set_int(f, OPT_TIME, &f->comp[0].time_limit_s, 3600, "1:00:00");
	char *out = compile_for(f, "kueue", NULL, &len);
	assert_non_null(out);
	load(out, len, &d);
	assert_int_equal(d.n, 2);
	yaml_document_t *job = doc_of(&d, "Job");
	assert_non_null(job);
	assert_string_equal(get(job, QUEUE), "default");
	assert_string_equal(get(job, "spec.suspend"), "true");
	assert_string_equal(get(job, "spec.activeDeadlineSeconds"), "3600");
	assert_string_equal(get(job, MAX_EXEC), "3600");
	assert_null(get(job, WPC));
	assert_null(get(job, "spec.template.metadata.labels.kueue\\.x-k8s\\.io/queue-name"));
	assert_null(get(&d.d[0], QUEUE)); /* the ConfigMap is not Kueue's */
	assert_string_equal(message_of(f, W_DEFAULT_QUEUE),
			    "no queue given; the job goes to the LocalQueue \"default\"");
	assert_string_equal(get(job, "spec.template.spec.containers.0.env.0.value"), "job");
	unload(&d);
	free(out);
	destroy(f);
}

/* #SLURMC --queue and --priority-class: the labels, no warning, and no
 * priorityClassName on the pods. */
static void test_slurmc_queue_and_priority_class(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SLURMC --queue=team-a --priority-class=batch-high\ntrue\n");
	set_slurmc(f, SOPT_QUEUE, &f->job.slurmc.queue, "team-a");
	set_slurmc(f, SOPT_PRIORITY_CLASS, &f->job.slurmc.priority_class, "batch-high");
	char *out = compile_for(f, "kueue", NULL, &len);
	assert_non_null(out);
	load(out, len, &d);
	yaml_document_t *job = doc_of(&d, "Job");
	assert_string_equal(get(job, QUEUE), "team-a");
	assert_string_equal(get(job, WPC), "batch-high");
	assert_null(get(job, "spec.template.spec.priorityClassName"));
	assert_null(get(job, MAX_EXEC)); /* no --time */
	assert_false(reported(f, W_DEFAULT_QUEUE));
	assert_int_equal(f->diag.warnings, 0);
	unload(&d);
	free(out);
	destroy(f);

	/* The job target keeps the priority class on the pods. */
	f = make("#!/bin/bash\n#SLURMC --priority-class=batch-high\ntrue\n");
	set_slurmc(f, SOPT_PRIORITY_CLASS, &f->job.slurmc.priority_class, "batch-high");
	out = compile_for(f, "job", NULL, &len);
	load(out, len, &d);
	assert_string_equal(get(doc_of(&d, "Job"), "spec.template.spec.priorityClassName"), "batch-high");
	assert_null(get(doc_of(&d, "Job"), WPC));
	unload(&d);
	free(out);
	destroy(f);
}

/* The site profile: the partition's queue and default time, the QOS's
 * priority class; without a partition, the default partition, then the
 * target's block. */
static void test_site_profile(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -p gpu --qos=high\ntrue\n");
	f->comp[0].partition = (ir_str){ "gpu", set_opt(f, OPT_PARTITION, "gpu") };
	f->comp[0].qos = (ir_str){ "high", set_opt(f, OPT_QOS, "high") };
	char *out = compile_for(f, "kueue", site_profile(f, site_yaml), &len);
	assert_non_null(out);
	load(out, len, &d);
	yaml_document_t *job = doc_of(&d, "Job");
	assert_string_equal(get(job, QUEUE), "gpu-queue");
	assert_string_equal(get(job, WPC), "high-priority");
	assert_string_equal(get(job, MAX_EXEC), "14400");
	assert_string_equal(get(job, "spec.activeDeadlineSeconds"), "14400");
	assert_false(reported(f, W_DEFAULT_QUEUE));
	unload(&d);
	free(out);
	destroy(f);

	/* No partition: the default partition "cpu" has no queue; the target's does. */
	f = make("#!/bin/bash\ntrue\n");
	out = compile_for(f, "kueue", site_profile(f, site_yaml), &len);
	load(out, len, &d);
	assert_string_equal(get(doc_of(&d, "Job"), QUEUE), "research");
	assert_false(reported(f, W_DEFAULT_QUEUE));
	unload(&d);
	free(out);
	destroy(f);

	/* A profile that says nothing about Kueue: the shipped default's queue, with a warning. */
	f = make("#!/bin/bash\ntrue\n");
	out = compile_for(f, "kueue", site_profile(f, "version: 1\nname: bare\n"), &len);
	load(out, len, &d);
	assert_string_equal(get(doc_of(&d, "Job"), QUEUE), "default");
	assert_true(reported(f, W_DEFAULT_QUEUE));
	unload(&d);
	free(out);
	destroy(f);
}

/* A multi-node job: one workload of all its pods; the Service stays. */
static void test_multi_node(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 4 -t UNLIMITED\n#SLURMC --queue=q\nsrun true\n");
	set_nodes(f, 4, "4");
	set_int(f, OPT_TIME, &f->comp[0].time_limit_s, IR_UNLIMITED, "UNLIMITED");
	set_slurmc(f, SOPT_QUEUE, &f->job.slurmc.queue, "q");
	char *out = compile_for(f, "kueue", NULL, &len);
	assert_non_null(out);
	load(out, len, &d);
	assert_int_equal(d.n, 3);
	assert_non_null(doc_of(&d, "Service"));
	yaml_document_t *job = doc_of(&d, "Job");
	assert_string_equal(get(job, "spec.completionMode"), "Indexed");
	assert_string_equal(get(job, "spec.completions"), "4");
	assert_string_equal(get(job, "spec.parallelism"), "4");
	assert_string_equal(get(job, "spec.suspend"), "true");
	assert_null(get(job, MAX_EXEC)); /* UNLIMITED */
	assert_null(get(job, "spec.activeDeadlineSeconds"));
	assert_null(get(doc_of(&d, "Service"), QUEUE));
	unload(&d);
	free(out);
	destroy(f);
}

/* An array: one workload, reported; each task keeps its own limit, so
 * no max-exec-time for the whole. */
static void test_array(void **state)
{
	(void)state;
	static const int64_t idx[] = { 0, 1, 2, 3, 4, 5 };
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH --array=0-5%2 -t 10\n#SLURMC --queue=q\ntrue\n");
	set_array(f, "0-5%2", idx, 6, 2);
	set_int(f, OPT_TIME, &f->comp[0].time_limit_s, 600, "10");
	set_slurmc(f, SOPT_QUEUE, &f->job.slurmc.queue, "q");
	char *out = compile_for(f, "kueue", NULL, &len);
	assert_non_null(out);
	load(out, len, &d);
	yaml_document_t *job = doc_of(&d, "Job");
	assert_string_equal(get(job, "spec.completions"), "6");
	assert_string_equal(get(job, "spec.parallelism"), "2");
	assert_null(get(job, MAX_EXEC));
	assert_string_equal(get(job, "spec.template.spec.activeDeadlineSeconds"), "600");
	assert_non_null(strstr(message_of(f, W_APPROX_OPTION), "one workload"));
	unload(&d);
	free(out);
	destroy(f);
}

/* A #SLURMC --label with a Kueue key gives way: one key, Kueue's value. */
static void test_label_not_duplicated(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SLURMC --queue=real\ntrue\n");
	struct ir_kv kv = { "kueue.x-k8s.io/queue-name", "other", at_text(f, "real") };
	set_slurmc(f, SOPT_QUEUE, &f->job.slurmc.queue, "real");
	f->job.slurmc.labels = &kv;
	f->job.slurmc.nlabels = 1;
	char *out = compile_for(f, "kueue", NULL, &len);
	assert_non_null(out);
	load(out, len, &d);
	yaml_document_t *job = doc_of(&d, "Job");
	assert_int_equal(keys_named(job, "metadata.labels", "kueue.x-k8s.io/queue-name"), 1);
	assert_string_equal(get(job, QUEUE), "real");
	/* the other objects keep the user's label as it is */
	assert_string_equal(get(&d.d[0], QUEUE), "other");
	unload(&d);
	free(out);
	destroy(f);
}

/* A queue or priority class longer than a label value: an error, no output. */
static void test_too_long_for_a_label(void **state)
{
	(void)state;
	size_t len;
	char script[256], name[80];
	memset(name, 'a', 64);
	name[64] = '\0';
	snprintf(script, sizeof script, "#!/bin/bash\n#SLURMC --priority-class=%s\ntrue\n", name);
	struct fixture *f = make(script);
	set_slurmc(f, SOPT_PRIORITY_CLASS, &f->job.slurmc.priority_class, name);
	char *out = compile_for(f, "kueue", NULL, &len);
	assert_null(out);
	assert_true(reported(f, E_LABEL_TOO_LONG));
	assert_non_null(strstr(message_of(f, E_LABEL_TOO_LONG), "(64 characters, at most 63)"));
	destroy(f);

	name[63] = '\0'; /* 63 fits */
	snprintf(script, sizeof script, "#!/bin/bash\n#SLURMC --queue=%s\ntrue\n", name);
	f = make(script);
	set_slurmc(f, SOPT_QUEUE, &f->job.slurmc.queue, name);
	out = compile_for(f, "kueue", NULL, &len);
	assert_non_null(out);
	assert_false(reported(f, E_LABEL_TOO_LONG));
	free(out);
	destroy(f);
}

/* --hold: still suspended, and the warning says Kueue will start it. */
static void test_hold(void **state)
{
	(void)state;
	size_t len;
	struct fixture *f = make("#!/bin/bash\n#SBATCH --hold\n#SLURMC --queue=q\ntrue\n");
	set_opt(f, OPT_HOLD, NULL);
	set_slurmc(f, SOPT_QUEUE, &f->job.slurmc.queue, "q");
	char *out = compile_for(f, "kueue", NULL, &len);
	assert_non_null(out);
	assert_int_equal(count_of(f, W_DROPPED_OPTION), 1);
	assert_non_null(strstr(message_of(f, W_DROPPED_OPTION), "--hold"));
	assert_non_null(strstr(out, "\n  suspend: true\n"));
	free(out);
	destroy(f);
}

/* Same input, same bytes. */
static void test_deterministic(void **state)
{
	(void)state;
	size_t n1, n2;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 2 -t 5\nsrun true\n");
	set_nodes(f, 2, "2");
	set_int(f, OPT_TIME, &f->comp[0].time_limit_s, 300, "5");
	char *a = compile_for(f, "kueue", NULL, &n1);
	char *b = compile_for(f, "kueue", NULL, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(a, b, n1);
	free(a);
	free(b);
	destroy(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_single_task_default_queue),
		cmocka_unit_test(test_slurmc_queue_and_priority_class),
		cmocka_unit_test(test_site_profile),
		cmocka_unit_test(test_multi_node),
		cmocka_unit_test(test_array),
		cmocka_unit_test(test_label_not_duplicated),
		cmocka_unit_test(test_too_long_for_a_label),
		cmocka_unit_test(test_hold),
		cmocka_unit_test(test_deterministic),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
