/*
 * test_emit_podgroup.c: the `podgroup` target (emitters/podgroup.c), on
 * IRs built by hand.
 *
 * The job target's objects plus a coscheduling PodGroup before the Job:
 * minMember = the nodes of one job (of one array task), never more than
 * the Job runs at once; minResources = that many pods' requests; the pods
 * labelled with the group and given the scheduler from #SLURMC, the
 * profile, or scheduler-plugins' default; arrays reported; het jobs
 * compile their first component with the job target's warning.
 */
#include "tests/unit/emit_fixture.h"

#define POD_GROUP "spec.template.metadata.labels.scheduling\\.x-k8s\\.io/pod-group"
#define SCHEDULER "spec.template.spec.schedulerName"

/* The documents of one compilation, in order, and the PodGroup and Job. */
struct output {
	char *text;
	size_t len;
	struct docs d;
	yaml_document_t *pg, *job;
};

static void compile_pg(struct fixture *f, const struct profile *p, struct output *o)
{
	o->text = compile_for(f, "podgroup", p, &o->len);
	assert_non_null(o->text);
	load(o->text, o->len, &o->d);
	o->pg = doc_of(&o->d, "PodGroup");
	o->job = doc_of(&o->d, "Job");
	assert_non_null(o->pg);
	assert_non_null(o->job);
}

static void release(struct output *o)
{
	unload(&o->d);
	free(o->text);
}

/* One pod: ConfigMap, PodGroup of one, Job; the default scheduler. */
static void test_single_task(void **state)
{
	(void)state;
	struct output o;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -c 4 --mem=8G\necho hi\n");
	set_int(f, OPT_CPUS_PER_TASK, &f->comp[0].cpus_per_task, 4, "4");
	set_int(f, OPT_MEM, &f->comp[0].mem_per_node_mb, 8192, "8G");
	compile_pg(f, NULL, &o);
	assert_int_equal(o.d.n, 3);
	assert_string_equal(get(&o.d.d[0], "kind"), "ConfigMap");
	assert_ptr_equal(o.pg, &o.d.d[1]); /* before the Job, so it exists for the first pod */
	assert_string_equal(get(o.pg, "apiVersion"), "scheduling.x-k8s.io/v1alpha1");
	assert_string_equal(get(o.pg, "metadata.name"), get(o.job, "metadata.name"));
	assert_string_equal(get(o.pg, "spec.minMember"), "1");
	assert_string_equal(get(o.pg, "spec.minResources.cpu"), "4");
	assert_string_equal(get(o.pg, "spec.minResources.memory"), "8Gi");
	assert_string_equal(get(o.job, POD_GROUP), get(o.pg, "metadata.name"));
	assert_null(get(o.job, "metadata.labels.scheduling\\.x-k8s\\.io/pod-group"));
	assert_string_equal(get(o.job, SCHEDULER), "scheduler-plugins-scheduler");
	assert_null(get(o.job, "spec.suspend"));
	assert_int_equal(f->diag.warnings, 0);
	release(&o);
	destroy(f);
}

/* -N 3 with GPUs: Service, PodGroup of 3 with 3 pods' requests. */
static void test_multi_node_gang(void **state)
{
	(void)state;
	struct output o;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 3 --ntasks-per-node=2 --gpus-per-node=4 --mem=16G --tmp=10G\n"
				 "srun true\n");
	set_nodes(f, 3, "3");
	set_int(f, OPT_NTASKS_PER_NODE, &f->comp[0].tasks_per_node, 2, "2");
	set_int(f, OPT_GPUS_PER_NODE, &f->comp[0].gpus.per_node, 4, "4");
	set_int(f, OPT_MEM, &f->comp[0].mem_per_node_mb, 16384, "16G");
	set_int(f, OPT_TMP, &f->comp[0].tmp_disk_mb, 10240, "10G");
	compile_pg(f, NULL, &o);
	assert_int_equal(o.d.n, 4);
	assert_string_equal(get(&o.d.d[1], "kind"), "Service");
	assert_ptr_equal(o.pg, &o.d.d[2]);
	assert_string_equal(get(o.pg, "spec.minMember"), "3");
	assert_string_equal(get(o.job, "spec.parallelism"), "3");
	assert_string_equal(get(o.pg, "spec.minResources.cpu"), "6");
	assert_string_equal(get(o.pg, "spec.minResources.memory"), "48Gi");
	assert_string_equal(get(o.pg, "spec.minResources.nvidia\\.com/gpu"), "12");
	assert_string_equal(get(o.pg, "spec.minResources.ephemeral-storage"), "30Gi");
	assert_string_equal(get(o.job, "spec.template.spec.containers.0.resources.requests.nvidia\\.com/gpu"),
			    "4");
	assert_string_equal(get(o.job, "spec.template.spec.subdomain"), get(&o.d.d[1], "metadata.name"));
	release(&o);
	destroy(f);
}

/* #SLURMC --scheduler-name wins; else the profile's target block. */
static void test_scheduler_name(void **state)
{
	(void)state;
	struct output o;
	struct fixture *f = make("#!/bin/bash\n#SLURMC --scheduler-name=my-gang\ntrue\n");
	set_slurmc(f, SOPT_SCHEDULER_NAME, &f->job.slurmc.scheduler_name, "my-gang");
	compile_pg(f, NULL, &o);
	assert_string_equal(get(o.job, SCHEDULER), "my-gang");
	release(&o);
	destroy(f);

	f = make("#!/bin/bash\ntrue\n");
	compile_pg(f, site_profile(f, "version: 1\nname: s\ntargets:\n  podgroup: {scheduler_name: site-gang}\n"), &o);
	assert_string_equal(get(o.job, SCHEDULER), "site-gang");
	release(&o);
	destroy(f);

	/* The job target gets no scheduler from podgroup's default. */
	f = make("#!/bin/bash\ntrue\n");
	size_t len;
	struct docs d;
	char *out = compile_for(f, "job", NULL, &len);
	load(out, len, &d);
	assert_null(get(doc_of(&d, "Job"), SCHEDULER));
	assert_null(doc_of(&d, "PodGroup"));
	unload(&d);
	free(out);
	destroy(f);
}

/* A single-node array is not ganged: minMember 1, reported. */
static void test_array_single_node(void **state)
{
	(void)state;
	static const int64_t idx[] = { 1, 3, 5, 7 };
	struct output o;
	struct fixture *f = make("#!/bin/bash\n#SBATCH --array=1-7:2%2\ntrue\n");
	set_array(f, "1-7:2%2", idx, 4, 2);
	compile_pg(f, NULL, &o);
	assert_string_equal(get(o.pg, "spec.minMember"), "1");
	assert_string_equal(get(o.job, "spec.parallelism"), "2");
	assert_non_null(strstr(message_of(f, W_APPROX_OPTION), "not gang-scheduled"));
	assert_non_null(strstr(message_of(f, W_APPROX_OPTION), "--array"));
	release(&o);
	destroy(f);
}

/* A multi-node array: minMember = nodes of one task, within what the
 * throttle lets run at once, and reported. */
static void test_array_multi_node(void **state)
{
	(void)state;
	static const int64_t idx[] = { 0, 1, 2, 3 };
	struct output o;
	struct fixture *f = make("#!/bin/bash\n#SBATCH --array=0-3%1 -N 2\nsrun true\n");
	set_array(f, "0-3%1", idx, 4, 1);
	set_nodes(f, 2, "2");
	compile_pg(f, NULL, &o);
	assert_string_equal(get(o.pg, "spec.minMember"), "2");
	assert_string_equal(get(o.job, "spec.parallelism"), "2"); /* throttle 1 x 2 nodes */
	assert_string_equal(get(o.job, "spec.completions"), "8");
	assert_non_null(strstr(message_of(f, W_APPROX_OPTION), "minMember 2"));
	release(&o);
	destroy(f);
}

/* A het job: its first component, a PodGroup of its nodes, the warning. */
static void test_het_job(void **state)
{
	(void)state;
	struct output o;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 2\n#SBATCH hetjob\n#SBATCH -N 1 -n 1\nsrun true\n");
	set_nodes(f, 2, "2");
	f->comp[1] = f->comp[0];
	struct span s = at_text(f, "1 -n 1");
	f->comp[1].opts[OPT_NODES] = (struct ir_opt){ "1", s };
	f->comp[1].min_nodes = f->comp[1].max_nodes = (ir_int){ 1, s };
	f->job.ncomps = 2;
	compile_pg(f, NULL, &o);
	assert_string_equal(get(o.pg, "spec.minMember"), "2");
	assert_string_equal(message_of(f, W_HETJOB),
			    "target \"podgroup\" cannot run a het job; only its first component is compiled");
	release(&o);
	destroy(f);
}

/* Kubernetes' limits stop the target before any document. */
static void test_limits(void **state)
{
	(void)state;
	size_t len;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 100001\nsrun true\n");
	set_nodes(f, 100001, "100001");
	assert_null(compile_for(f, "podgroup", NULL, &len));
	assert_true(reported(f, E_TOO_MANY_PODS));
	destroy(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_single_task),
		cmocka_unit_test(test_multi_node_gang),
		cmocka_unit_test(test_scheduler_name),
		cmocka_unit_test(test_array_single_node),
		cmocka_unit_test(test_array_multi_node),
		cmocka_unit_test(test_het_job),
		cmocka_unit_test(test_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
