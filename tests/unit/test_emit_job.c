/*
 * test_emit_job.c: the emitter framework and the `job` target, on IRs
 * built by hand.
 *
 * Checks the rules one by one (test_emit_cover.c checks the coverage
 * rows): the node layout follows Slurm's block distribution; names are DNS labels with
 * room for the pod index; environment values survive $(VAR) expansion;
 * the multi-node body check finds commands outside srun and nothing else;
 * and emit() produces the documents, fields and diagnostics each feature
 * calls for. Output is read back with libyaml's document loader.
 */
#include "tests/unit/emit_fixture.h"

/* --- helpers of this file ---------------------------------------------- */

static void set_str(struct fixture *f, enum opt_id id, ir_str *field, const char *v)
{
	*field = (ir_str){ v, set_opt(f, id, v) };
}

/* The value of env variable name in the Job document, or NULL. */
static const char *env_of(yaml_document_t *job, const char *name)
{
	yaml_node_t *env = node_at(job, "spec.template.spec.containers.0.env");
	if (!env)
		return NULL;
	for (long i = 0; i < env->data.sequence.items.top - env->data.sequence.items.start; i++) {
		char path[64];
		snprintf(path, sizeof path, "spec.template.spec.containers.0.env.%ld.name", i);
		if (strcmp(get(job, path), name) == 0) {
			snprintf(path, sizeof path, "spec.template.spec.containers.0.env.%ld.value", i);
			return get(job, path);
		}
	}
	return NULL;
}

/* Runs emit() for the job target with a site profile (or NULL), which
 * must succeed; returns the output (caller frees). */
static char *compile_at(struct fixture *f, const struct profile *p, size_t *len)
{
	char *out = compile_for(f, "job", p, len);
	assert_non_null(out);
	return out;
}

static char *compile(struct fixture *f, size_t *len)
{
	return compile_at(f, NULL, len);
}

static void test_dropped_option_is_reported_at_its_span(void **state)
{
	(void)state;
	size_t len;
	struct fixture *f = make("#!/bin/sh\n#SBATCH --mail-type=END\necho hi\n");
	set_opt(f, OPT_MAIL_TYPE, "END");
	free(compile(f, &len));
	const char *m = message_of(f, W_DROPPED_OPTION);
	assert_non_null(m);
	assert_string_equal(m, "--mail-type has no equivalent in target \"job\" and is dropped");
	for (size_t i = 0; i < f->diag.n; i++)
		if (f->diag.list[i].id == W_DROPPED_OPTION)
			assert_int_equal(f->diag.list[i].at.off, strstr(f->src.text, "END") - f->src.text);
	destroy(f);
}

/* Without a site profile, a partition is only passed on, and says so. */
static void test_partition_without_profile(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/sh\n#SBATCH -p gpu -A ProjX\necho hi\n");
	set_str(f, OPT_PARTITION, &f->comp[0].partition, "gpu");
	set_str(f, OPT_ACCOUNT, &f->comp[0].account, "ProjX");
	char *out = compile(f, &len);
	assert_string_equal(message_of(f, W_APPROX_OPTION),
			    "--partition is approximated in target \"job\": the partition is passed on in "
			    "SLURM_JOB_PARTITION only; placing pods by partition needs a site profile");
	load(out, len, &d);
	assert_string_equal(env_of(&d.d[1], "SLURMC_PARTITION"), "gpu");
	assert_string_equal(env_of(&d.d[1], "SLURMC_ACCOUNT"), "projx");
	unload(&d);
	free(out);
	destroy(f);
}

static void test_ignored_option_is_silent(void **state)
{
	(void)state;
	size_t len;
	struct fixture *f = make("#!/bin/sh\n#SBATCH --parsable\necho hi\n");
	set_opt(f, OPT_PARSABLE, NULL);
	free(compile(f, &len));
	assert_false(reported(f, W_DROPPED_OPTION));
	assert_false(reported(f, W_APPROX_OPTION));
	destroy(f);
}

/* --- layout ------------------------------------------------------------- */

struct layout_case {
	int64_t nodes, ntasks, tpn, cpt, shape_cpus;
	const char *tasks, *cpus;
	int64_t nnodes;
};

static void test_layout_block_distribution(void **state)
{
	(void)state;
	static const struct layout_case cases[] = {
		{ 0, 0, 0, 0, 0, "1", "1", 1 },
		{ 2, 3, 0, 0, 0, "2,1", "2,1", 2 },     /* oracle multi-02 */
		{ 2, 4, 0, 0, 0, "3,1", "3,1", 2 },     /* oracle multi-04 */
		{ 2, 0, 2, 0, 0, "2,2", "2,2", 2 },     /* oracle multi-01 */
		{ 0, 4, 0, 0, 0, "4", "4", 1 },
		{ 3, 0, 0, 0, 0, "1,1,1", "1,1,1", 3 },
		{ 0, 16, 8, 0, 0, "8,8", "8,8", 2 },
		{ 4, 2, 0, 0, 0, "1,1", "1,1", 2 },      /* "can't run 2 processes on 4 nodes" */
		{ 2, 3, 0, 2, 0, "2,1", "4,2", 2 },
		{ 0, 6, 0, 0, 4, "4,2", "4,2", 2 },      /* site node size */
		{ 2, 3, 2, 0, 0, "2,1", "2,1", 2 },
		{ 2, 4, 0, 0, 4, "3,1", "3,1", 2 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct layout_case *k = &cases[i];
		struct fixture *f = make("#!/bin/sh\ntrue\n");
		struct node_shape shape = { k->shape_cpus, 0 };
		struct layout l;
		if (k->nodes)
			set_nodes(f, k->nodes, "N");
		if (k->ntasks)
			set_int(f, OPT_NTASKS, &f->comp[0].num_tasks, k->ntasks, "n");
		if (k->tpn)
			set_int(f, OPT_NTASKS_PER_NODE, &f->comp[0].tasks_per_node, k->tpn, "t");
		if (k->cpt)
			set_int(f, OPT_CPUS_PER_TASK, &f->comp[0].cpus_per_task, k->cpt, "c");
		layout_compute(&f->arena, &f->comp[0], &shape, &l);
		assert_int_equal(l.nnodes, k->nnodes);
		assert_string_equal(layout_list(&f->arena, l.tasks, l.nnodes), k->tasks);
		assert_string_equal(layout_list(&f->arena, l.cpus, l.nnodes), k->cpus);
		destroy(f);
	}
}

/* -N 2 --exclusive on 4-CPU, 2-GPU nodes: whole nodes, 4(x2) (oracle
 * multi-03); without a known node size, one task per node. */
static void test_layout_exclusive(void **state)
{
	(void)state;
	struct node_shape shape = { 4, 2 };
	struct layout l;
	struct fixture *f = make("#!/bin/sh\ntrue\n");
	set_nodes(f, 2, "N");
	set_int(f, OPT_EXCLUSIVE, &f->comp[0].exclusive, EXCL_EXCLUSIVE, "x");
	layout_compute(&f->arena, &f->comp[0], &shape, &l);
	assert_true(l.whole_nodes);
	assert_false(l.ntasks_given);
	assert_string_equal(layout_list(&f->arena, l.tasks, l.nnodes), "4,4");
	assert_string_equal(layout_list(&f->arena, l.cpus, l.nnodes), "4,4");
	assert_int_equal(l.gpus, 2);
	layout_compute(&f->arena, &f->comp[0], NULL, &l);
	assert_false(l.whole_nodes);
	assert_string_equal(layout_list(&f->arena, l.tasks, l.nnodes), "1,1");
	assert_int_equal(l.gpus, 0);
	destroy(f);
}

static void test_layout_gpus_and_memory(void **state)
{
	(void)state;
	struct layout l;
	struct fixture *f = make("#!/bin/sh\ntrue\n");
	set_int(f, OPT_NTASKS, &f->comp[0].num_tasks, 2, "n");
	set_int(f, OPT_GPUS_PER_TASK, &f->comp[0].gpus.per_task, 1, "g");
	set_int(f, OPT_MEM_PER_GPU, &f->comp[0].gpus.mem_per_gpu_mb, 8192, "m");
	set_int(f, OPT_CPUS_PER_GPU, &f->comp[0].gpus.cpus_per_gpu, 4, "c");
	layout_compute(&f->arena, &f->comp[0], NULL, &l);
	assert_int_equal(l.gpus, 2);
	assert_int_equal(l.mem_mib, 16384);
	assert_int_equal(l.max_cpus, 8);
	destroy(f);

	f = make("#!/bin/sh\ntrue\n");
	set_nodes(f, 2, "N");
	set_int(f, OPT_GPUS, &f->comp[0].gpus.per_job, 3, "g");
	set_int(f, OPT_CPUS_PER_TASK, &f->comp[0].cpus_per_task, 4, "c");
	set_int(f, OPT_MEM_PER_CPU, &f->comp[0].mem_per_cpu_mb, 1024, "m");
	layout_compute(&f->arena, &f->comp[0], NULL, &l);
	assert_int_equal(l.gpus, 2);
	assert_true(l.gpus_rounded);
	assert_int_equal(l.mem_mib, 4096);
	destroy(f);
}

static void test_units(void **state)
{
	(void)state;
	struct arena a = { 0 };
	assert_string_equal(units_mem(&a, 512), "512Mi");
	assert_string_equal(units_mem(&a, 1536), "1536Mi");
	assert_string_equal(units_mem(&a, 4096), "4Gi");
	assert_string_equal(units_mem(&a, 1048576), "1Ti");
	assert_string_equal(units_mem(&a, 3145728), "3Ti");
	assert_string_equal(units_count(&a, 8), "8");
	assert_int_equal(units_ceil_div(7, 2), 4);
	assert_int_equal(units_ceil_div(8, 2), 4);
	assert_string_equal(units_slurm_time(&a, 1800), "00:30:00");
	assert_string_equal(units_slurm_time(&a, 93840), "1-02:04:00");
	assert_string_equal(units_slurm_time(&a, -1), "UNLIMITED");
	arena_free(&a);
}

/* --- names and escaping ------------------------------------------------- */

static bool dns1035(const char *s, size_t max)
{
	size_t n = strlen(s);
	if (n == 0 || n > max || !(s[0] >= 'a' && s[0] <= 'z') || s[n - 1] == '-')
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return false;
	return true;
}

static void test_names_are_dns_labels(void **state)
{
	(void)state;
	struct arena a = { 0 };
	assert_string_equal(name_label(&a, "My Run #3", 63), "my-run-3");
	assert_string_equal(name_label(&a, "train.sbatch", 63), "train-sbatch");
	assert_string_equal(name_label(&a, "123abc", 63), "job-123abc");
	assert_string_equal(name_label(&a, "", 63), "job");
	assert_string_equal(name_label(&a, "$(rm -rf ~)", 63), "rm-rf");
	assert_string_equal(name_label(&a, "___", 63), "job");
	const char *long1 = "a-very-long-job-name-that-goes-on-and-on-and-on-beyond-sixty-three-x";
	const char *long2 = "a-very-long-job-name-that-goes-on-and-on-and-on-beyond-sixty-three-y";
	const char *n1 = name_label(&a, long1, 60), *n2 = name_label(&a, long2, 60);
	assert_true(dns1035(n1, 60));
	assert_true(dns1035(n2, 60));
	assert_string_not_equal(n1, n2);
	assert_string_equal(n1, name_label(&a, long1, 60));
	arena_free(&a);
}

static void test_env_escape(void **state)
{
	(void)state;
	struct arena a = { 0 };
	assert_string_equal(k8s_env_escape(&a, "plain"), "plain");
	assert_string_equal(k8s_env_escape(&a, "$(rm -rf ~)"), "$$(rm -rf ~)");
	assert_string_equal(k8s_env_escape(&a, "$$"), "$$$");
	assert_string_equal(k8s_env_escape(&a, "$HOME/$(x)"), "$HOME/$$(x)");
	assert_true(name_env_ok("PROBE_C"));
	assert_true(name_env_ok("a.b-c"));
	assert_false(name_env_ok("1X"));
	assert_false(name_env_ok("A B"));
	assert_false(name_env_ok(""));
	arena_free(&a);
}

/* --- the body check ----------------------------------------------------- */

static void test_body_commands(void **state)
{
	(void)state;
	static const char body[] =
		"module load cuda\n"                                 /* 10 */
		"export X=1\n"
		"Y=$(hostname)\n"
		"source env.sh\n"
		"cd /work\n"                                         /* 14 */
		"echo start\n"                                       /* 15: counted */
		"srun python train.py \\\n"
		"  --epochs 3\n"
		"if [ \"$SLURM_NODEID\" = 0 ]; then\n"
		"  mkdir -p out\n"                                   /* guarded */
		"fi\n"                                               /* 20 */
		"cat <<EOF > cfg\n"                                  /* 21: counted */
		"python not-a-command\n"
		"EOF\n"
		"setup() {\n"
		"  rm -rf tmp\n"                                     /* 25: function body */
		"}\n"
		"case $1 in\n"
		"  -h | --help) usage ;;\n"
		"esac\n"
		"time srun hostname\n"                               /* 30 */
		"conda activate base\n"
		"# comment with a quote: don't\n"
		"\n"
		"python post.py\n"                                   /* 34: counted */
		"LAUNCHER=\"accelerate launch\n"
		"  --num_processes 8\n"                              /* inside quotes */
		"  --main_process_port 29500\"\n"
		"ARGS=(\n"
		"  --container-image x\n"                            /* inside ( ) */
		")\n"                                                /* 40 */
		"time mpirun -n 4 ./a.out\n";                        /* 41: counted, "mpirun" */
	struct body_cmd cmds[8];
	size_t n = body_commands(body, strlen(body), 10, cmds, 8);
	assert_int_equal(n, 4);
	assert_int_equal(cmds[0].line, 15);
	assert_int_equal(cmds[1].line, 21);
	assert_int_equal(cmds[2].line, 34);
	assert_int_equal(cmds[3].line, 41);
	assert_memory_equal(body + cmds[0].off, "echo", 4);
	assert_int_equal(cmds[0].len, 4);
	assert_memory_equal(body + cmds[2].off, "python", 6);
	assert_int_equal(cmds[3].len, 6);
	assert_memory_equal(body + cmds[3].off, "mpirun", 6);
}

static void test_multi_node_warning(void **state)
{
	(void)state;
	size_t len;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 2\nexport A=1\necho hi\nsrun hostname\ndate\n");
	set_nodes(f, 2, "2");
	free(compile(f, &len));
	int count = 0;
	for (size_t i = 0; i < f->diag.n; i++) {
		struct diag *d = &f->diag.list[i];
		if (d->id != W_MULTI_NODE_BODY)
			continue;
		count++;
		assert_string_equal(d->message, "\"echo\" runs on each of the 2 nodes, not once as under Slurm");
		assert_int_equal(d->at.off, strstr(f->src.text, "echo") - f->src.text);
		assert_int_equal(d->nextra, 3); /* two notes, one hint */
		assert_non_null(strstr(d->extra[1].text, "lines 6"));
	}
	assert_int_equal(count, 1);
	destroy(f);

	f = make("#!/bin/bash\necho one node\n");
	free(compile(f, &len));
	assert_false(reported(f, W_MULTI_NODE_BODY));
	destroy(f);
}

/* --- emit() end to end -------------------------------------------------- */

static void test_single_task_job(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -c 4 --mem=8G -t 1:00:00\necho hi\n");
	set_int(f, OPT_CPUS_PER_TASK, &f->comp[0].cpus_per_task, 4, "4");
	set_int(f, OPT_MEM, &f->comp[0].mem_per_node_mb, 8192, "8G");
	set_int(f, OPT_TIME, &f->comp[0].time_limit_s, 3600, "1:00:00");
	char *out = compile(f, &len);
	load(out, len, &d);
	assert_int_equal(d.n, 2);
	assert_string_equal(get(&d.d[0], "kind"), "ConfigMap");
	assert_string_equal(get(&d.d[0], "data.script"), f->src.text);
	assert_string_equal(get(&d.d[0], "metadata.annotations.slurmc\\.io/source"), "test.sbatch");
	assert_string_equal(get(&d.d[0], "metadata.annotations.slurmc\\.io/version"), "0.0.0-test");
	yaml_document_t *job = &d.d[1];
	assert_string_equal(get(job, "kind"), "Job");
	assert_string_equal(get(job, "apiVersion"), "batch/v1");
	assert_string_equal(get(job, "metadata.name"), "test-sbatch");
	assert_null(get(job, "spec.completionMode"));
	assert_string_equal(get(job, "spec.backoffLimit"), "0");
	assert_string_equal(get(job, "spec.activeDeadlineSeconds"), "3600");
	assert_string_equal(get(job, "spec.podFailurePolicy.rules.0.action"), "Ignore");
	assert_string_equal(get(job, "spec.template.spec.restartPolicy"), "Never");
	assert_string_equal(get(job, "spec.template.spec.containers.0.image"), "busybox:1.36");
	assert_string_equal(get(job, "spec.template.spec.containers.0.command.0"), "/bin/sh");
	assert_string_equal(get(job, "spec.template.spec.containers.0.command.1"), "/slurmc/entry.sh");
	assert_string_equal(get(job, "spec.template.spec.containers.0.resources.requests.cpu"), "4");
	assert_string_equal(get(job, "spec.template.spec.containers.0.resources.limits.memory"), "8Gi");
	assert_string_equal(get(job, "spec.template.spec.volumes.0.configMap.defaultMode"), "493");
	assert_string_equal(env_of(job, "SLURMC_BACKEND"), "job");
	assert_string_equal(env_of(job, "SLURMC_JOB_NAME"), "test.sbatch");
	assert_string_equal(env_of(job, "SLURMC_CPUS_PER_TASK"), "4");
	assert_string_equal(env_of(job, "SLURMC_MEM_PER_NODE"), "8192");
	assert_string_equal(env_of(job, "SLURMC_TIME_LIMIT"), "01:00:00");
	assert_null(env_of(job, "SLURMC_NTASKS"));
	assert_null(env_of(job, "SLURMC_HOST_PREFIX"));
	unload(&d);
	free(out);
	destroy(f);
}

static void test_multi_node_job(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 2 --ntasks-per-node=4 --gpus-per-node=a100:4\n"
				 "srun python train.py\n");
	set_nodes(f, 2, "2");
	set_int(f, OPT_NTASKS_PER_NODE, &f->comp[0].tasks_per_node, 4, "4");
	set_int(f, OPT_GPUS_PER_NODE, &f->comp[0].gpus.per_node, 4, "a100:4");
	f->comp[0].gpus.type = (ir_str){ "a100", f->comp[0].gpus.per_node.at };
	static const char site[] = "version: 1\nname: site\ngpu_labels: nvidia\n";
	const struct profile *p = profile_from_text(&f->arena, &f->diag, "site.yaml", site, strlen(site));
	assert_non_null(p);
	char *out = compile_at(f, p, &len);
	load(out, len, &d);
	assert_int_equal(d.n, 3);
	assert_string_equal(get(&d.d[1], "kind"), "Service");
	assert_string_equal(get(&d.d[1], "spec.clusterIP"), "None");
	assert_string_equal(get(&d.d[1], "spec.publishNotReadyAddresses"), "true");
	yaml_document_t *job = &d.d[2];
	assert_string_equal(get(job, "spec.completionMode"), "Indexed");
	assert_string_equal(get(job, "spec.completions"), "2");
	assert_string_equal(get(job, "spec.parallelism"), "2");
	assert_string_equal(get(job, "spec.template.spec.subdomain"), get(&d.d[1], "metadata.name"));
	assert_string_equal(get(&d.d[1], "spec.selector.slurmc\\.io/job"), "test-sbatch");
	assert_string_equal(get(job, "spec.template.metadata.labels.slurmc\\.io/job"), "test-sbatch");
	assert_string_equal(get(job, "spec.template.spec.containers.0.resources.limits.nvidia\\.com/gpu"),
			    "4");
	assert_string_equal(get(job, "spec.template.spec.containers.0.resources.requests.cpu"), "4");
	assert_string_equal(env_of(job, "SLURMC_TASKS_PER_NODE_LIST"), "4,4");
	assert_string_equal(env_of(job, "SLURMC_NTASKS"), "8");
	assert_string_equal(env_of(job, "SLURMC_GPUS_ON_NODE"), "4");
	assert_string_equal(env_of(job, "SLURMC_GPUS_PER_NODE"), "a100:4");
	assert_string_equal(env_of(job, "SLURMC_HOST_PREFIX"), "test-sbatch");
	assert_string_equal(env_of(job, "SLURMC_SUBDOMAIN"), "test-sbatch");
	const char *expr = "spec.template.spec.affinity.nodeAffinity."
			   "requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.0."
			   "matchExpressions.0";
	char path[256];
	snprintf(path, sizeof path, "%s.key", expr);
	assert_string_equal(get(job, path), "nvidia.com/gpu.product");
	snprintf(path, sizeof path, "%s.operator", expr);
	assert_string_equal(get(job, path), "In");
	snprintf(path, sizeof path, "%s.values.0", expr);
	assert_string_equal(get(job, path), "NVIDIA-A100-SXM4-40GB");
	assert_false(reported(f, W_MULTI_NODE_BODY));
	unload(&d);
	free(out);
	destroy(f);
}

static void test_array_job(void **state)
{
	(void)state;
	static const int64_t idx[] = { 1, 4, 7 };
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH --array=1-7:3%2 -t 10 --no-requeue\necho $SLURM_ARRAY_TASK_ID\n");
	set_array(f, "1-7:3%2", idx, 3, 2);
	set_int(f, OPT_TIME, &f->comp[0].time_limit_s, 600, "10");
	f->comp[0].requeue = (ir_bool){ false, set_opt(f, OPT_NO_REQUEUE, NULL) };
	char *out = compile(f, &len);
	load(out, len, &d);
	assert_int_equal(d.n, 2);
	yaml_document_t *job = &d.d[1];
	assert_string_equal(get(job, "spec.completionMode"), "Indexed");
	assert_string_equal(get(job, "spec.completions"), "3");
	assert_string_equal(get(job, "spec.parallelism"), "2");
	assert_string_equal(get(job, "spec.backoffLimitPerIndex"), "0");
	assert_null(get(job, "spec.backoffLimit"));
	assert_null(get(job, "spec.activeDeadlineSeconds"));
	assert_string_equal(get(job, "spec.template.spec.activeDeadlineSeconds"), "600");
	assert_string_equal(get(job, "spec.podFailurePolicy.rules.0.action"), "FailIndex");
	assert_string_equal(env_of(job, "SLURMC_ARRAY_TASK_IDS"), "1-7:3");
	assert_string_equal(env_of(job, "SLURMC_ARRAY_STEP"), "3");
	assert_string_equal(env_of(job, "SLURMC_ARRAY_COUNT"), "3");
	assert_string_equal(env_of(job, "SLURMC_ARRAY_MIN"), "1");
	assert_string_equal(env_of(job, "SLURMC_ARRAY_MAX"), "7");
	unload(&d);
	free(out);
	destroy(f);
}

static void test_export_and_hostile_name(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -J '$(rm -rf ~): yes' --export=A=$(x),B,1C=2,NONE\ntrue\n");
	set_str(f, OPT_JOB_NAME, &f->comp[0].name, "$(rm -rf ~): yes");
	set_str(f, OPT_EXPORT, &f->comp[0].export_env, "A=$(x),B,1C=2,NONE");
	char *out = compile(f, &len);
	load(out, len, &d);
	yaml_document_t *job = &d.d[1];
	assert_string_equal(get(job, "metadata.name"), "rm-rf-yes");
	assert_string_equal(env_of(job, "SLURMC_JOB_NAME"), "$$(rm -rf ~): yes");
	assert_string_equal(env_of(job, "A"), "$$(x)");
	assert_null(env_of(job, "B"));
	assert_string_equal(env_of(job, "SLURMC_EXPORT"), "A=$$(x),B,1C=2,NONE");
	assert_true(reported(f, W_EXPORT_FROM_SUBMIT));
	assert_true(reported(f, W_ENV_NAME));
	unload(&d);
	free(out);
	destroy(f);
}

static void test_default_image_warns(void **state)
{
	(void)state;
	struct fixture *f = make("#!/bin/sh\ntrue\n");
	char *out;
	size_t len;
	assert_true(emit("job", &f->job, NULL, &f->diag, &out, &len));
	assert_non_null(strstr(out, "image: " EMIT_DEFAULT_IMAGE));
	assert_true(reported(f, W_DEFAULT_IMAGE));
	free(out);
	destroy(f);
}

static void test_unknown_and_unimplemented_targets(void **state)
{
	(void)state;
	struct fixture *f = make("#!/bin/sh\ntrue\n");
	char *out = (char *)1;
	size_t len = 1;
	assert_false(emit("nomad", &f->job, NULL, &f->diag, &out, &len));
	assert_null(out);
	assert_int_equal(len, 0);
	assert_string_equal(message_of(f, E_TARGET_UNKNOWN), "unknown target \"nomad\"");
	assert_false(emit("volcano", &f->job, NULL, &f->diag, &out, &len));
	assert_string_equal(message_of(f, E_TARGET_NOT_IMPLEMENTED),
			    "target \"volcano\" is not implemented yet");
	assert_true(emit_target_exists("skypilot"));
	assert_false(emit_target_exists("slurm"));
	int n = 0;
	for (const char *const *t = emit_target_names; *t; t++, n++)
		assert_non_null(target_find(*t));
	assert_int_equal(n, 6);
	destroy(f);
}

/* -Werror: a warning is an error, and nothing is handed out. */
static void test_werror_gives_no_output(void **state)
{
	(void)state;
	struct fixture *f = make("#!/bin/sh\n#SBATCH --mail-type=END\ntrue\n");
	char *out;
	size_t len;
	set_opt(f, OPT_MAIL_TYPE, "END");
	f->diag.werror = true;
	assert_false(emit("job", &f->job, NULL, &f->diag, &out, &len));
	assert_null(out);
	destroy(f);
}

static void test_deterministic(void **state)
{
	(void)state;
	size_t l1, l2;
	struct fixture *f = make("#!/bin/bash\n#SBATCH -N 3\nsrun true\n");
	set_nodes(f, 3, "3");
	char *a = compile(f, &l1), *b = compile(f, &l2);
	assert_int_equal(l1, l2);
	assert_memory_equal(a, b, l1);
	free(a);
	free(b);
	destroy(f);
}

/* Kubernetes' limits are errors, and then nothing is handed out. */
static void test_limits(void **state)
{
	(void)state;
	enum { N = 40000 };
	static int64_t idx[N];
	char *out;
	size_t len;
	for (int i = 0; i < N; i++)
		idx[i] = 1000000 + i;
	struct fixture *f = make("#!/bin/sh\n#SBATCH --array=big -N 3\ntrue\n");
	set_array(f, "big", idx, N, 0);
	set_nodes(f, 3, "3");
	assert_false(emit("job", &f->job, NULL, &f->diag, &out, &len));
	assert_null(out);
	assert_string_equal(message_of(f, E_TOO_MANY_PODS),
			    "the job needs 120000 pods; target \"job\" runs at most 100000 in one job");
	destroy(f);

	/* An even range stays short; ids with uneven gaps (1, 2, 1, 2, ...)
	 * cannot be shortened and overflow the variable. */
	f = make("#!/bin/sh\n#SBATCH --array=big\ntrue\n");
	set_array(f, "big", idx, N, 0);
	assert_true(emit("job", &f->job, NULL, &f->diag, &out, &len));
	assert_non_null(strstr(out, "\"1000000-1039999\""));
	free(out);
	destroy(f);
	for (int i = 0; i < N; i++)
		idx[i] = 1000000 + i / 2 * 3 + i % 2;
	f = make("#!/bin/sh\n#SBATCH --array=big\ntrue\n");
	set_array(f, "big", idx, N, 0);
	assert_false(emit("job", &f->job, NULL, &f->diag, &out, &len));
	assert_true(reported(f, E_ARRAY_TOO_LARGE));
	destroy(f);
}

/* A script that is not UTF-8 is kept byte for byte as binaryData. */
static void test_non_utf8_script(void **state)
{
	(void)state;
	size_t len;
	struct docs d;
	struct fixture *f = make("#!/bin/sh\necho caf\xe9\n");
	char *out = compile(f, &len);
	load(out, len, &d);
	assert_null(get(&d.d[0], "data.script"));
	assert_string_equal(get(&d.d[0], "binaryData.script"), "IyEvYmluL3NoCmVjaG8gY2Fm6Qo=");
	unload(&d);
	free(out);
	destroy(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dropped_option_is_reported_at_its_span),
		cmocka_unit_test(test_ignored_option_is_silent),
		cmocka_unit_test(test_partition_without_profile),
		cmocka_unit_test(test_layout_block_distribution),
		cmocka_unit_test(test_layout_exclusive),
		cmocka_unit_test(test_layout_gpus_and_memory),
		cmocka_unit_test(test_units),
		cmocka_unit_test(test_names_are_dns_labels),
		cmocka_unit_test(test_env_escape),
		cmocka_unit_test(test_body_commands),
		cmocka_unit_test(test_multi_node_warning),
		cmocka_unit_test(test_single_task_job),
		cmocka_unit_test(test_multi_node_job),
		cmocka_unit_test(test_array_job),
		cmocka_unit_test(test_export_and_hostile_name),
		cmocka_unit_test(test_default_image_warns),
		cmocka_unit_test(test_unknown_and_unimplemented_targets),
		cmocka_unit_test(test_werror_gives_no_output),
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_non_utf8_script),
		cmocka_unit_test(test_limits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
