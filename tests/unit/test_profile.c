/*
 * test_profile.c: site profiles: the shipped data, loading and its located
 * errors, merging, the search order, printing (a round trip), the lookups
 * and profile_resolve's precedence rules. Run from the top of the tree
 * (tests/profiles/ holds the profile files).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parser/profile.h"

#define DIR "tests/profiles/"

static struct arena A;
static struct diag_engine D;

static int setup(void **state)
{
	(void)state;
	diag_init(&D);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	diag_free(&D);
	arena_free(&A);
	return 0;
}

static const struct profile *shipped(const char *name)
{
	return profile_open(&A, &D, name, (struct span){ 0 });
}

static const struct profile *text(const char *yaml)
{
	return profile_from_text(&A, &D, "t.yaml", yaml, strlen(yaml));
}

/* Asserts exactly one diagnostic, with this id, at line:col of its source. */
static void assert_one_diag(enum diag_id id, unsigned line, unsigned col)
{
	assert_int_equal(D.n, 1);
	assert_string_equal(diag_id_name(D.list[0].id), diag_id_name(id));
	assert_non_null(D.list[0].at.src);
	unsigned l, c;
	span_line_col(D.list[0].at.src, D.list[0].at.off, &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, col);
}

/* --- shipped data ----------------------------------------------------- */

static void test_shipped_profiles_load_clean(void **state)
{
	(void)state;
	for (size_t i = 0; profile_shipped[i]; i++) {
		const struct profile *p = shipped(profile_shipped[i]);
		assert_non_null(p);
		assert_int_equal(D.n, 0);
		assert_string_equal(p->name, profile_shipped[i]);
		assert_true(p->ngpus >= 20);
		/* a profile's labelling scheme must be one the catalogue uses */
		if (strcmp(p->gpu_labels.v, "none")) {
			size_t with = 0;
			for (size_t g = 0; g < p->ngpus; g++)
				with += profile_gpu_labels(p, &p->gpus[g]) != NULL;
			assert_true(with >= 3);
		}
	}
}

static void test_catalogue_knows_the_common_gpus(void **state)
{
	(void)state;
	const struct profile *p = shipped("default");
	struct {
		const char *gres, *name, *resource, *skypilot;
	} cases[] = {
		{ "a100", "a100-40gb", "nvidia.com/gpu", "A100" },
		{ "A100_80GB", "a100-80gb", "nvidia.com/gpu", "A100-80GB" },
		{ "nvidia_a100-sxm4-80gb", "a100-80gb", "nvidia.com/gpu", "A100-80GB" },
		{ "h100", "h100", "nvidia.com/gpu", "H100" },
		{ "nvidia_h100_80gb_hbm3", "h100", "nvidia.com/gpu", "H100" },
		{ "h200", "h200", "nvidia.com/gpu", "H200" },
		{ "b200", "b200", "nvidia.com/gpu", "B200" },
		{ "gh200", "gh200", "nvidia.com/gpu", "GH200" },
		{ "l4", "l4", "nvidia.com/gpu", "L4" },
		{ "l40s", "l40s", "nvidia.com/gpu", "L40S" },
		{ "tesla_t4", "t4", "nvidia.com/gpu", "T4" },
		{ "v100", "v100", "nvidia.com/gpu", "V100" },
		{ "v100s", "v100-32gb", "nvidia.com/gpu", "V100-32GB" },
		{ "a10g", "a10g", "nvidia.com/gpu", "A10G" },
		{ "mi250x", "mi250x", "amd.com/gpu", NULL },
		{ "MI300X", "mi300x", "amd.com/gpu", "MI300X" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct prof_gpu *g = profile_gpu(p, cases[i].gres);
		assert_non_null(g);
		assert_string_equal(g->name, cases[i].name);
		assert_string_equal(g->resource, cases[i].resource);
		if (cases[i].skypilot)
			assert_string_equal(g->skypilot, cases[i].skypilot);
		else
			assert_null(g->skypilot);
	}
	assert_null(profile_gpu(p, "a10x"));
	assert_null(profile_gpu(p, "a1000")); /* "a100" is not a prefix match */
}

static void test_cloud_labels_per_scheme(void **state)
{
	(void)state;
	const struct profile *gke = shipped("gke");
	const struct prof_labelset *ls = profile_gpu_labels(gke, profile_gpu(gke, "h200"));
	assert_non_null(ls);
	assert_string_equal(ls->reqs[0].key, "cloud.google.com/gke-accelerator");
	assert_string_equal(ls->reqs[0].values[0], "nvidia-h200-141gb");
	const struct profile *nv = shipped("nvidia");
	ls = profile_gpu_labels(nv, profile_gpu(nv, "a100-80gb"));
	assert_string_equal(ls->reqs[0].key, "nvidia.com/gpu.product");
	assert_int_equal(ls->reqs[0].nvalues, 2);
	assert_string_equal(ls->reqs[0].values[0], "NVIDIA-A100-SXM4-80GB");
	const struct profile *eks = shipped("eks");
	ls = profile_gpu_labels(eks, profile_gpu(eks, "a100-80gb"));
	assert_string_equal(ls->reqs[0].key, "node.kubernetes.io/instance-type");
	assert_string_equal(ls->reqs[0].values[0], "p4de.24xlarge");
	/* GKE has no L40S: no labels under its scheme */
	assert_null(profile_gpu_labels(gke, profile_gpu(gke, "l40s")));
}

/* --- loading and its errors ------------------------------------------------- */

static void test_site_profile_from_file(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "site.yaml", (struct span){ 0 });
	assert_non_null(p);
	assert_int_equal(D.n, 0);
	assert_string_equal(p->name, "example-site");
	assert_int_equal(p->nchain, 3);
	assert_string_equal(p->chain[0], "default");
	assert_string_equal(p->chain[1], "gke");
	const struct prof_map *gpu = profile_partition(p, "gpu");
	assert_non_null(gpu);
	assert_string_equal(gpu->s.queue.v, "gpu-queue");
	assert_int_equal(gpu->max_time_s.v, 2 * 86400);
	assert_int_equal(gpu->default_time_s.v, 4 * 3600);
	assert_int_equal(gpu->node_cpus.v, 96);
	assert_string_equal(gpu->node_memory.v, "1360Gi");
	assert_int_equal(gpu->s.ntolerations, 1);
	assert_string_equal(gpu->s.tolerations[0].key, "dedicated");
	assert_string_equal(gpu->s.tolerations[0].op, "Equal");
	assert_string_equal(gpu->s.tolerations[0].value, "gpu");
	assert_string_equal(profile_default_partition(p)->name, "cpu");
	assert_string_equal(profile_partition(p, "debug")->s.tolerations[0].op, "Exists");
	assert_null(profile_partition(p, "GPU")); /* partition names keep their case */
	assert_non_null(profile_qos(p, "HIGH")); /* QOS and accounts do not */
	assert_string_equal(profile_account(p, "physics")->s.namespace_.v, "physics");
	assert_string_equal(profile_gpu(p, "ampere80")->name, "a100-80gb");
	assert_string_equal(profile_gpu(p, "a100")->name, "a100-80gb"); /* alias beats catalogue */
	assert_int_equal(p->output.mode, OUTPUT_VOLUME);
	assert_int_equal(p->output.volume.kind, VOL_PVC);
	assert_string_equal(p->output.volume.path, "/logs");
	assert_string_equal(profile_target_settings(p, "kueue")->queue.v, "research");
	assert_string_equal(profile_target_settings(p, "skypilot")->cloud.v, "gcp"); /* from gke */
}

static void test_user_profile_merges_over_site(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "user.yaml", (struct span){ 0 });
	assert_non_null(p);
	assert_int_equal(D.n, 0);
	assert_int_equal(p->nchain, 4);
	const struct prof_settings *k = profile_target_settings(p, "kueue");
	assert_string_equal(k->priority_class.v, "user-low");
	assert_string_equal(k->queue.v, "research"); /* target settings merge key by key */
	assert_non_null(profile_partition(p, "mine"));
	assert_non_null(profile_partition(p, "gpu"));
	assert_string_equal(p->modules[0].pattern, "cuda*"); /* the user's rules come first */
	const struct prof_module *rule;
	assert_string_equal(profile_module_image(p, &A, "cuda/12.4", &rule),
			    "registry.example.com/cuda:12");
}

static void test_errors_are_located(void **state)
{
	(void)state;
	struct {
		const char *file;
		enum diag_id id;
		unsigned line, col;
	} cases[] = {
		{ "bad-indent.yaml", E_PROFILE_YAML, 3, 1 },
		{ "unknown-key.yaml", E_PROFILE_UNKNOWN_KEY, 5, 5 },
		{ "duplicate-key.yaml", E_PROFILE_DUPLICATE_KEY, 5, 3 },
		{ "wrong-type.yaml", E_PROFILE_TYPE, 3, 3 },
		{ "bad-version.yaml", E_PROFILE_VERSION, 2, 10 },
		{ "two-documents.yaml", E_PROFILE_DOCUMENTS, 4, 1 },
		{ "missing-key.yaml", E_PROFILE_MISSING_KEY, 3, 5 },
		{ "unknown-gpu.yaml", E_PROFILE_UNKNOWN_GPU, 3, 10 },
		{ "two-defaults.yaml", E_PROFILE_TWO_DEFAULTS, 4, 18 },
		{ "bad-value.yaml", E_PROFILE_VALUE, 3, 9 },
		{ "bad-label.yaml", E_BAD_LABEL_KEY, 4, 5 },
		{ "loop-a.yaml", E_PROFILE_EXTENDS_LOOP, 2, 10 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		diag_free(&D);
		diag_init(&D);
		char path[256];
		snprintf(path, sizeof path, DIR "%s", cases[i].file);
		assert_null(profile_open(&A, &D, path, (struct span){ 0 }));
		assert_one_diag(cases[i].id, cases[i].line, cases[i].col);
	}
}

static void test_unknown_key_suggests(void **state)
{
	(void)state;
	assert_null(text("defaults:\n  namspace: x\n"));
	assert_one_diag(E_PROFILE_UNKNOWN_KEY, 2, 3);
	bool hinted = false;
	for (size_t i = 0; i < D.list[0].nextra; i++)
		hinted |= strstr(D.list[0].extra[i].text, "\"namespace\"") != NULL;
	assert_true(hinted);
}

static void test_values_checked_in_profile(void **state)
{
	(void)state;
	assert_null(text("defaults:\n  shm_size: 16GB\n"));
	assert_one_diag(E_BAD_QUANTITY, 2, 13);
	diag_free(&D);
	diag_init(&D);
	assert_null(text("partitions:\n  gpu:\n    max_time: 1:xx\n"));
	assert_int_equal(D.n, 1);
	diag_free(&D);
	diag_init(&D);
	assert_null(text("modules:\n  cuda: NVIDIA/Cuda\n"));
	assert_one_diag(E_BAD_IMAGE, 2, 9);
	diag_free(&D);
	diag_init(&D);
	assert_null(text("targets:\n  k8s: {queue: q}\n"));
	assert_one_diag(E_BAD_TARGET, 2, 3);
}

static void test_not_found_and_unreadable(void **state)
{
	(void)state;
	struct source cmd = { "command line", "--profile=nosuch", 16, SRC_CMDLINE, 0 };
	diag_add_source(&D, &cmd);
	assert_null(profile_open(&A, &D, "nosuch", span_make(&cmd, 10, 6)));
	assert_one_diag(E_PROFILE_NOT_FOUND, 1, 11);
	diag_free(&D);
	diag_init(&D);
	assert_null(profile_open(&A, &D, DIR, (struct span){ 0 })); /* a directory */
	assert_int_equal(D.list[0].id, E_PROFILE_READ);
}

static void test_empty_profile_is_the_default(void **state)
{
	(void)state;
	const struct profile *p = text("# nothing here\n");
	assert_non_null(p);
	assert_int_equal(D.n, 0);
	assert_string_equal(p->gpu_labels.v, "none");
	assert_string_equal(profile_target_settings(p, "volcano")->scheduler_name.v, "volcano");
	p = text("extends: none\n");
	assert_non_null(p);
	assert_null(profile_target_settings(p, "volcano"));
	assert_true(p->ngpus >= 20); /* the catalogue stays */
}

/* --- search order --------------------------------------------------------- */

static void test_search_order(void **state)
{
	(void)state;
	struct profile_search s = { .user_file = DIR "site.yaml", .system_file = DIR "user.yaml" };
	const struct profile *p = profile_find(&A, &D, &s);
	assert_string_equal(p->origin, "user file");
	assert_string_equal(p->name, "example-site");
	s.env = "eks";
	p = profile_find(&A, &D, &s);
	assert_string_equal(p->origin, "$SLURMC_PROFILE");
	assert_string_equal(p->name, "eks");
	s.spec = "aks";
	p = profile_find(&A, &D, &s);
	assert_string_equal(p->origin, "--profile");
	assert_string_equal(p->name, "aks");
	s = (struct profile_search){ .user_file = DIR "missing.yaml", .system_file = DIR "user.yaml" };
	assert_string_equal(profile_find(&A, &D, &s)->origin, "system file");
	s.system_file = "/nonexistent/profile.yaml";
	p = profile_find(&A, &D, &s);
	assert_string_equal(p->origin, "built-in default");
	assert_string_equal(p->name, "default");
	assert_int_equal(D.n, 0);
	s.env = "nosuch";
	assert_null(profile_find(&A, &D, &s));
	assert_int_equal(D.list[0].id, E_PROFILE_NOT_FOUND);
	assert_int_equal(D.list[0].at.src->kind, SRC_ENV);
}

static void test_user_file_path(void **state)
{
	(void)state;
	char *env1[] = { "HOME=/home/u", "XDG_CONFIG_HOME=/cfg", NULL };
	char *env2[] = { "HOME=/home/u", "XDG_CONFIG_HOME=relative", NULL };
	char *env3[] = { NULL };
	assert_string_equal(profile_user_file(&A, env1), "/cfg/slurmc/profile.yaml");
	assert_string_equal(profile_user_file(&A, env2), "/home/u/.config/slurmc/profile.yaml");
	assert_null(profile_user_file(&A, env3));
}

static void test_load_reads_profile_option(void **state)
{
	(void)state;
	struct source cmd = { "command line", "--profile gke", 13, SRC_CMDLINE, 0 };
	struct word w[] = { { "--profile", span_make(&cmd, 0, 9), false },
			    { "gke", span_make(&cmd, 10, 3), false } };
	char *env[] = { "SLURMC_PROFILE=eks", NULL };
	const struct profile *p = profile_load(&A, &D, w, 2, env);
	assert_string_equal(p->name, "gke");
	p = profile_load(&A, &D, NULL, 0, env);
	assert_string_equal(p->name, "eks");
}

/* --- printing ----------------------------------------------------------- */

/* Drops the leading comment lines of printed text. */
static const char *body_of(const char *s)
{
	while (*s == '#')
		s = strchr(s, '\n') + 1;
	return s;
}

static void test_print_round_trips(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "user.yaml", (struct span){ 0 });
	char *t1, *t2;
	size_t n1, n2;
	assert_true(profile_print(p, &t1, &n1));
	assert_non_null(strstr(t1, "\nextends: none\n"));
	assert_non_null(strstr(t1, "/user.yaml\n"));
	const struct profile *q = profile_from_text(&A, &D, "printed.yaml", t1, n1);
	assert_non_null(q);
	assert_int_equal(D.n, 0);
	assert_true(profile_print(q, &t2, &n2));
	assert_string_equal(strstr(body_of(t1), "\ndescription"), strstr(body_of(t2), "\ndescription"));
	free(t1);
	free(t2);
}

static void test_print_quotes_what_yaml_would_retype(void **state)
{
	(void)state;
	const struct profile *p = text("features:\n  x: {a.io/b: \"true\", a.io/c: \"007\", "
				       "a.io/d: \"0x1f\", a.io/e: plain, a.io/f: \"No\"}\n");
	assert_non_null(p);
	char *t;
	size_t n;
	assert_true(profile_print(p, &t, &n));
	assert_non_null(strstr(t, "a.io/b: \"true\""));
	assert_non_null(strstr(t, "a.io/c: \"007\""));
	assert_non_null(strstr(t, "a.io/d: \"0x1f\""));
	assert_non_null(strstr(t, "a.io/e: plain"));
	assert_non_null(strstr(t, "a.io/f: \"No\""));
	free(t);
}

/* --- applying to a job -------------------------------------------------- */

static struct ir_job J;
static struct ir_component C;
static struct source S;

/* A one-component job; `script` is its text and body (spans point into it). */
static void job_init(const char *script)
{
	memset(&J, 0, sizeof J);
	memset(&C, 0, sizeof C);
	S = (struct source){ "job.sbatch", script, strlen(script), SRC_FILE, 0 };
	diag_add_source(&D, &S);
	J.arena = &A;
	J.src = &S;
	J.comps = &C;
	J.ncomps = 1;
	J.body.text = script;
	J.body.len = strlen(script);
}

/* An ir_str whose span is the first occurrence of v in the script. */
static ir_str at(const char *v)
{
	const char *p = strstr(S.text, v);
	assert_non_null(p);
	ir_str s = { v, span_make(&S, (size_t)(p - S.text), strlen(v)) };
	return s;
}

static const char *kv_get(const struct ir_kv *kv, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(kv[i].key, key))
			return kv[i].value;
	return NULL;
}

static void test_resolve_precedence(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "site.yaml", (struct span){ 0 });
	job_init("#SBATCH -p gpu --qos=high -A physics\n#SLURMC --queue=mine --label=site=mine\n");
	C.partition = at("gpu");
	C.qos = at("high");
	C.account = at("physics");
	struct prof_resolved r;
	profile_resolve(p, &J, 0, "kueue", &A, &D, &r);
	assert_int_equal(D.n, 0);
	assert_string_equal(r.partition->name, "gpu");
	assert_string_equal(r.queue.v, "gpu-queue");        /* partition over target */
	assert_string_equal(r.priority_class.v, "high-priority"); /* QOS over partition */
	assert_string_equal(r.namespace_.v, "physics");     /* account over defaults */
	assert_int_equal(r.time_limit_s.v, 4 * 3600);       /* the partition's default */
	assert_int_equal(r.node_gpus.v, 8);
	assert_string_equal(kv_get(r.labels, r.nlabels, "site"), "example");
	assert_string_equal(kv_get(r.labels, r.nlabels, "team"), "physics");
	assert_string_equal(kv_get(r.node_selector, r.nnode_selector, "cloud.google.com/gke-nodepool"),
			    "gpu-pool");
	assert_int_equal(r.output->mode, OUTPUT_VOLUME);
	/* #SLURMC beats every level */
	J.slurmc.queue = at("mine");
	J.slurmc.labels = &(struct ir_kv){ "site", "mine", at("site=mine").at };
	J.slurmc.nlabels = 1;
	profile_resolve(p, &J, 0, "kueue", &A, &D, &r);
	assert_string_equal(r.queue.v, "mine");
	assert_string_equal(kv_get(r.labels, r.nlabels, "site"), "mine");
	/* no partition given: the default partition, the target's queue below it */
	C.partition = (ir_str){ 0 };
	J.slurmc.queue = (ir_str){ 0 };
	profile_resolve(p, &J, 0, "kueue", &A, &D, &r);
	assert_string_equal(r.partition->name, "cpu");
	assert_string_equal(r.queue.v, "cpu-queue");
}

static void test_resolve_gpu_labels_and_tolerations(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "site.yaml", (struct span){ 0 });
	job_init("#SBATCH -p gpu --gres=gpu:a100:4\n#SLURMC --toleration=spot:NoSchedule\n");
	C.partition = at("gpu");
	C.gpus.type = at("a100");
	C.gpus.per_node = (ir_int){ 4, at("4").at };
	J.slurmc.tolerations = &(struct ir_kv){ "spot", "NoSchedule", at("spot").at };
	J.slurmc.ntolerations = 1;
	struct prof_resolved r;
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	assert_int_equal(D.n, 0);
	assert_string_equal(r.gpu->name, "a100-80gb");
	assert_string_equal(r.gpu_resource, "nvidia.com/gpu");
	assert_string_equal(r.accelerator, "A100-80GB");
	assert_string_equal(kv_get(r.node_selector, r.nnode_selector, "cloud.google.com/gke-accelerator"),
			    "nvidia-a100-80gb");
	assert_int_equal(r.nrequired, 0);
	/* partition's dedicated=gpu, gke's nvidia.com/gpu, #SLURMC's spot */
	assert_int_equal(r.ntolerations, 3);
	/* no GPUs asked for: no GPU, no GPU toleration */
	memset(&C.gpus, 0, sizeof C.gpus);
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	assert_null(r.gpu);
	assert_int_equal(r.ntolerations, 2);
}

static void test_resolve_multi_value_gpu_labels_need_affinity(void **state)
{
	(void)state;
	const struct profile *p = shipped("nvidia");
	job_init("#SBATCH --gpus=h100:8 -C x86_64\n");
	C.gpus.type = at("h100");
	C.gpus.per_job = (ir_int){ 8, at("8").at };
	C.constraint = at("x86_64");
	struct prof_resolved r;
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	assert_int_equal(D.n, 0);
	assert_int_equal(r.nrequired, 1);
	assert_int_equal(r.required[0].nreqs, 2);
	assert_string_equal(r.required[0].reqs[0].key, "kubernetes.io/arch");
	assert_string_equal(r.required[0].reqs[1].key, "nvidia.com/gpu.product");
	assert_int_equal(r.required[0].reqs[1].nvalues, 3);
}

static void test_resolve_constraint_dnf(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "site.yaml", (struct span){ 0 });
	job_init("#SBATCH -C ib&(rack1|rack2)\n#SBATCH --prefer=nvme\n");
	C.constraint = at("ib&(rack1|rack2)");
	C.prefer = at("nvme");
	struct prof_resolved r;
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	assert_int_equal(D.n, 0);
	assert_int_equal(r.nrequired, 2);
	assert_int_equal(r.required[0].nreqs, 2);
	assert_string_equal(r.required[0].reqs[1].values[0], "r1");
	assert_string_equal(r.required[1].reqs[1].values[0], "r2");
	assert_int_equal(r.npreferred, 1);
	assert_string_equal(r.preferred[0].reqs[0].key, "example.com/local-disk");
	/* an OR with an unknown feature constrains nothing, and says so */
	job_init("#SBATCH -C ib|quantum\n");
	C.constraint = at("ib|quantum");
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	assert_int_equal(r.nrequired, 0);
	assert_int_equal(D.n, 1);
	assert_int_equal(D.list[0].id, W_UNKNOWN_FEATURE);
	unsigned line, col;
	span_line_col(D.list[0].at.src, D.list[0].at.off, &line, &col);
	assert_int_equal(col, 15); /* at "quantum" */
}

static void test_resolve_constraint_approximations(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "site.yaml", (struct span){ 0 });
	job_init("#SBATCH -C [rack1|rack2]&ib*2\n");
	C.constraint = at("[rack1|rack2]&ib*2");
	struct prof_resolved r;
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	assert_int_equal(r.nrequired, 2);
	assert_int_equal(D.n, 2);
	assert_int_equal(D.list[0].id, W_CONSTRAINT_APPROX);
	assert_int_equal(D.list[1].id, W_CONSTRAINT_APPROX);
}

static void test_resolve_warnings(void **state)
{
	(void)state;
	const struct profile *p = profile_open(&A, &D, DIR "site.yaml", (struct span){ 0 });
	job_init("#SBATCH -p gpus -q urgent -t 3-00:00:00 --gpus=a200:1\n");
	C.partition = at("gpus");
	C.qos = at("urgent");
	C.time_limit_s = (ir_int){ 3 * 86400, at("3-00:00:00").at };
	C.gpus.type = at("a200");
	C.gpus.per_job = (ir_int){ 1, at("1").at };
	struct prof_resolved r;
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	/* unknown partition (falls back to the default "cpu"), unknown QOS, unknown GPU */
	assert_int_equal(D.n, 3);
	assert_int_equal(D.list[0].id, W_UNKNOWN_PARTITION);
	assert_int_equal(D.list[1].id, W_UNKNOWN_QOS);
	assert_int_equal(D.list[2].id, W_UNKNOWN_GPU_TYPE);
	assert_string_equal(r.partition->name, "cpu");
	bool hint = false;
	for (size_t i = 0; i < D.list[0].nextra; i++)
		hint |= strstr(D.list[0].extra[i].text, "\"gpu\"") != NULL;
	assert_true(hint);
	/* over the partition's limit */
	diag_free(&D);
	diag_init(&D);
	diag_add_source(&D, &S);
	C.partition = at("gpu");
	C.qos = (ir_str){ 0 };
	memset(&C.gpus, 0, sizeof C.gpus);
	profile_resolve(p, &J, 0, "job", &A, &D, &r);
	assert_int_equal(D.n, 1);
	assert_int_equal(D.list[0].id, W_TIME_OVER_MAX);
	assert_int_equal(r.time_limit_s.v, 3 * 86400);
}

static void test_resolve_without_profile(void **state)
{
	(void)state;
	job_init("#SBATCH -p gpu\n");
	C.partition = at("gpu");
	struct prof_resolved r;
	profile_resolve(NULL, &J, 0, "job", &A, &D, &r);
	assert_int_equal(D.n, 0);
	assert_null(r.partition);
	assert_string_equal(r.gpu_resource, "nvidia.com/gpu");
	assert_null(r.output);
}

/* --- module hints --------------------------------------------------------- */

static void test_module_hint_picks_best_rule(void **state)
{
	(void)state;
	const struct profile *p = shipped("default");
	job_init("module purge\nmodule load gcc/12.2 python/3.11\nml cuda/12.1 # gpu\nsrun x\n");
	profile_module_hint(p, &J, &D);
	/* "cuda*" comes before "python*" and "gcc*" in the profile */
	assert_string_equal(J.slurmc.image.v, "nvidia/cuda:12.4.1-devel-ubuntu22.04");
	assert_int_equal(D.n, 1);
	assert_int_equal(D.list[0].id, N_IMAGE_FROM_MODULE);
	unsigned line, col;
	span_line_col(D.list[0].at.src, D.list[0].at.off, &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 4);
	assert_string_equal(D.list[0].message,
			    "image \"nvidia/cuda:12.4.1-devel-ubuntu22.04\" chosen by \"ml cuda/12.1\"");
}

static void test_module_hint_forms(void **state)
{
	(void)state;
	const struct profile *p = shipped("default");
	const char *no_image[] = { "ml purge\n", "module avail cuda\n", "echo module load cuda\n",
				   "module unload cuda\n", "# module load cuda\n" };
	for (size_t i = 0; i < sizeof no_image / sizeof *no_image; i++) {
		job_init(no_image[i]);
		profile_module_hint(p, &J, &D);
		assert_null(J.slurmc.image.v);
	}
	job_init("source /etc/profile && module -q load CUDA/11.8.0 && srun x\n");
	profile_module_hint(p, &J, &D);
	assert_string_equal(J.slurmc.image.v, "nvidia/cuda:11.8.0-devel-ubuntu22.04");
	/* an image already set is kept */
	job_init("module load cuda\n");
	J.slurmc.image = (ir_str){ "ubuntu", at("cuda").at };
	profile_module_hint(p, &J, &D);
	assert_string_equal(J.slurmc.image.v, "ubuntu");
	/* "{version}" templates */
	const struct profile *site = profile_open(&A, &D, DIR "site.yaml", (struct span){ 0 });
	job_init("module load mycode/2.1\n");
	profile_module_hint(site, &J, &D);
	assert_string_equal(J.slurmc.image.v, "registry.example.com/hpc/mycode:2.1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_shipped_profiles_load_clean, setup, teardown),
		cmocka_unit_test_setup_teardown(test_catalogue_knows_the_common_gpus, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cloud_labels_per_scheme, setup, teardown),
		cmocka_unit_test_setup_teardown(test_site_profile_from_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_user_profile_merges_over_site, setup, teardown),
		cmocka_unit_test_setup_teardown(test_errors_are_located, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_key_suggests, setup, teardown),
		cmocka_unit_test_setup_teardown(test_values_checked_in_profile, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_found_and_unreadable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_profile_is_the_default, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_user_file_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_reads_profile_option, setup, teardown),
		cmocka_unit_test_setup_teardown(test_print_round_trips, setup, teardown),
		cmocka_unit_test_setup_teardown(test_print_quotes_what_yaml_would_retype, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_precedence, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_gpu_labels_and_tolerations, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_multi_value_gpu_labels_need_affinity, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_constraint_dnf, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_constraint_approximations, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_warnings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve_without_profile, setup, teardown),
		cmocka_unit_test_setup_teardown(test_module_hint_picks_best_rule, setup, teardown),
		cmocka_unit_test_setup_teardown(test_module_hint_forms, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
