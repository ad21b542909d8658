/*
 * test_slurmc_values.c: the #SLURMC value validators and slurmc_apply /
 * pyxis_apply, named after the rule each case checks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "parser/options.h"
#include "parser/slurmc_apply.h"
#include "parser/slurmc_values.h"

static struct arena A;

static int teardown(void **state)
{
	(void)state;
	arena_free(&A);
	return 0;
}

/* Asserts that ok is false with the given id and the field [off, off+len). */
#define assert_fails(ok, err, want_id, want_off, want_len)                    \
	do {                                                                   \
		assert_false(ok);                                              \
		assert_int_equal((err).id, (want_id));                         \
		assert_int_equal((err).off, (want_off));                       \
		assert_int_equal((err).len, (want_len));                       \
	} while (0)

/* --- names ------------------------------------------------------------ */

static void test_dns_label_rules(void **state)
{
	(void)state;
	struct verr e;
	assert_true(sval_dns_label("ml-team-1", 9, E_BAD_NAMESPACE, &e));
	assert_true(sval_dns_label("a", 1, E_BAD_NAMESPACE, &e));
	assert_fails(sval_dns_label("ML", 2, E_BAD_NAMESPACE, &e), e, E_BAD_NAMESPACE, 0, 2);
	assert_non_null(e.hint); /* upper case gets the lower-case hint */
	assert_fails(sval_dns_label("-a", 2, E_BAD_NAMESPACE, &e), e, E_BAD_NAMESPACE, 0, 2);
	assert_fails(sval_dns_label("a-", 2, E_BAD_NAMESPACE, &e), e, E_BAD_NAMESPACE, 0, 2);
	assert_fails(sval_dns_label("a.b", 3, E_BAD_NAMESPACE, &e), e, E_BAD_NAMESPACE, 0, 3);
	assert_fails(sval_dns_label("", 0, E_BAD_NAMESPACE, &e), e, E_BAD_NAMESPACE, 0, 0);
	char long_name[65];
	memset(long_name, 'a', 64);
	long_name[64] = 0;
	assert_true(sval_dns_label(long_name, 63, E_BAD_NAME, &e));
	assert_false(sval_dns_label(long_name, 64, E_BAD_NAME, &e));
}

static void test_dns_subdomain_rules(void **state)
{
	(void)state;
	struct verr e;
	assert_true(sval_dns_subdomain("high.priority-1", 15, E_BAD_NAME, &e));
	assert_false(sval_dns_subdomain("a..b", 4, E_BAD_NAME, &e));
	assert_false(sval_dns_subdomain("a.-b", 4, E_BAD_NAME, &e));
	assert_false(sval_dns_subdomain(".a", 2, E_BAD_NAME, &e));
	assert_false(sval_dns_subdomain("a_b", 3, E_BAD_NAME, &e));
}

static void test_label_key_prefix_and_name(void **state)
{
	(void)state;
	struct verr e;
	const char *ok[] = { "team", "app.kubernetes.io/name", "a_b.c-d", "x/Y", "A1" };
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		assert_true(sval_qualified_name(ok[i], strlen(ok[i]), E_BAD_LABEL_KEY, &e));
	const char *bad[] = { "", "/a", "a/", "a/b/c", "-a", "a_", "Foo.Com/x", "a b" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(sval_qualified_name(bad[i], strlen(bad[i]), E_BAD_LABEL_KEY, &e));
	char key[80];
	memset(key, 'k', 64);
	key[64] = 0;
	assert_false(sval_qualified_name(key, 64, E_BAD_LABEL_KEY, &e));
}

static void test_label_value_may_be_empty(void **state)
{
	(void)state;
	struct verr e;
	assert_true(sval_label_value("", 0, &e));
	assert_true(sval_label_value("v1.2_x-y", 8, &e));
	assert_false(sval_label_value("a/b", 3, &e));
	assert_false(sval_label_value("-x", 2, &e));
}

static void test_resource_name_needs_domain(void **state)
{
	(void)state;
	struct verr e;
	assert_true(sval_resource_name("nvidia.com/gpu", &e));
	assert_true(sval_resource_name("amd.com/gpu", &e));
	assert_fails(sval_resource_name("gpu", &e), e, E_BAD_RESOURCE_NAME, 0, 3);
	assert_false(sval_resource_name("kubernetes.io/gpu", &e));
	assert_false(sval_resource_name("x.kubernetes.io/gpu", &e));
}

static void test_env_name_rules(void **state)
{
	(void)state;
	struct verr e;
	assert_true(sval_env_name("OMP_NUM_THREADS", 15, &e));
	assert_true(sval_env_name("a.b-c", 5, &e));
	assert_false(sval_env_name("1X", 2, &e));
	assert_false(sval_env_name("A B", 3, &e));
	assert_false(sval_env_name("", 0, &e));
}

/* --- KEY=VALUE ------------------------------------------------------ */

static void test_key_value_fields(void **state)
{
	(void)state;
	struct verr e;
	const char *k, *v;
	assert_true(sval_key_value(&A, "team=ml", KV_LABEL, &k, &v, &e));
	assert_string_equal(k, "team");
	assert_string_equal(v, "ml");
	assert_fails(sval_key_value(&A, "Team_=ml", KV_LABEL, &k, &v, &e), e, E_BAD_LABEL_KEY, 0, 5);
	assert_fails(sval_key_value(&A, "team=a b", KV_LABEL, &k, &v, &e), e, E_BAD_LABEL_VALUE, 5, 3);
	assert_fails(sval_key_value(&A, "team", KV_LABEL, &k, &v, &e), e, E_BAD_KEY_VALUE, 0, 0);
	/* annotation values are free text */
	assert_true(sval_key_value(&A, "note=any text: here", KV_ANNOTATION, &k, &v, &e));
	assert_string_equal(v, "any text: here");
	assert_fails(sval_key_value(&A, "-x=1", KV_ANNOTATION, &k, &v, &e), e, E_BAD_ANNOTATION_KEY, 0, 2);
}

static void test_env_forms(void **state)
{
	(void)state;
	struct verr e;
	const char *n, *v;
	assert_true(sval_env(&A, "A=", &n, &v, &e));
	assert_string_equal(v, "");
	assert_true(sval_env(&A, "A=b=c", &n, &v, &e));
	assert_string_equal(n, "A");
	assert_string_equal(v, "b=c");
	assert_true(sval_env(&A, "TOKEN=secret:hf-token/token", &n, &v, &e));
	assert_string_equal(v, "secret:hf-token/token");
	assert_true(sval_env(&A, "CFG=configMap:app-config/cfg.yaml", &n, &v, &e));
	assert_fails(sval_env(&A, "TOKEN=secret:hf_token/token", &n, &v, &e), e, E_BAD_SECRET_REF, 13, 8);
	assert_fails(sval_env(&A, "TOKEN=secret:hftoken", &n, &v, &e), e, E_BAD_SECRET_REF, 13, 7);
	assert_fails(sval_env(&A, "NOVALUE", &n, &v, &e), e, E_BAD_ENV, 0, 0);
	assert_fails(sval_env(&A, "9X=1", &n, &v, &e), e, E_BAD_ENV_NAME, 0, 2);
}

static void test_toleration_forms(void **state)
{
	(void)state;
	struct verr e;
	const char *k, *eff;
	assert_true(sval_toleration(&A, "nvidia.com/gpu:NoSchedule", &k, &eff, &e));
	assert_string_equal(k, "nvidia.com/gpu");
	assert_string_equal(eff, "NoSchedule");
	assert_true(sval_toleration(&A, "dedicated=gpu:noexecute", &k, &eff, &e));
	assert_string_equal(k, "dedicated=gpu");
	assert_string_equal(eff, "NoExecute");
	assert_true(sval_toleration(&A, "spot", &k, &eff, &e));
	assert_null(eff);
	assert_fails(sval_toleration(&A, "a=b:Never", &k, &eff, &e), e, E_BAD_TAINT_EFFECT, 4, 5);
	assert_fails(sval_toleration(&A, "a:", &k, &eff, &e), e, E_BAD_TOLERATION, 0, 0);
	assert_fails(sval_toleration(&A, ":NoSchedule", &k, &eff, &e), e, E_BAD_TOLERATION, 0, 0);
	assert_fails(sval_toleration(&A, "a=b c:NoSchedule", &k, &eff, &e), e, E_BAD_LABEL_VALUE, 2, 3);
}

/* --- quantities, durations, numbers ------------------------------------ */

static void test_quantity_syntax(void **state)
{
	(void)state;
	struct verr e;
	const char *ok[] = { "16Gi", "1", "0.5", ".5", "1.", "500M", "2k", "1e9", "1E3", "3Ei" };
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		assert_true(sval_quantity(ok[i], strlen(ok[i]), true, &e));
	const char *bad[] = { "", "Gi", "16GB", "16K", "1.2.3", "16 Gi", "1e", "1Gib" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(sval_quantity(bad[i], strlen(bad[i]), true, &e));
	assert_true(sval_quantity("-1", 2, false, &e));
	assert_true(sval_quantity("100m", 4, false, &e));
}

static void test_size_rejects_milli_and_negative(void **state)
{
	(void)state;
	struct verr e;
	assert_fails(sval_quantity("16m", 3, true, &e), e, E_BAD_QUANTITY, 0, 3);
	assert_non_null(strstr(e.note, "milli"));
	assert_false(sval_quantity("-1Gi", 4, true, &e));
	assert_false(sval_quantity("16GB", 4, true, &e));
	assert_non_null(strstr(e.note, "\"B\""));
}

static void test_duration_units(void **state)
{
	(void)state;
	struct verr e;
	int64_t s;
	assert_true(sval_duration("90", &s, &e));
	assert_int_equal(s, 90);
	assert_true(sval_duration("1h30m", &s, &e));
	assert_int_equal(s, 5400);
	assert_true(sval_duration("7d", &s, &e));
	assert_int_equal(s, 604800);
	assert_true(sval_duration("1d2h3m4s", &s, &e));
	assert_int_equal(s, 93784);
	assert_false(sval_duration("", &s, &e));
	assert_false(sval_duration("1h30", &s, &e)); /* trailing number without unit */
	assert_false(sval_duration("5w", &s, &e));
	assert_false(sval_duration("-1", &s, &e));
	assert_false(sval_duration("99999999999", &s, &e));
	assert_true(sval_duration("2147483647", &s, &e));
	assert_false(sval_duration("2147483648", &s, &e));
}

static void test_count_and_bool_and_disk(void **state)
{
	(void)state;
	struct verr e;
	int64_t n;
	bool b;
	assert_true(sval_count("6", 2147483647, &n, &e));
	assert_int_equal(n, 6);
	assert_false(sval_count("6x", 2147483647, &n, &e));
	assert_false(sval_count("-1", 2147483647, &n, &e));
	assert_false(sval_count("2147483648", 2147483647, &n, &e));
	assert_true(sval_bool("Yes", &b, &e));
	assert_true(b);
	assert_true(sval_bool("0", &b, &e));
	assert_false(b);
	assert_false(sval_bool("maybe", &b, &e));
	assert_true(sval_disk_size_gb("256", &n, &e));
	assert_int_equal(n, 256);
	assert_true(sval_disk_size_gb("2TB", &n, &e));
	assert_int_equal(n, 2048);
	assert_true(sval_disk_size_gb("512gib", &n, &e));
	assert_int_equal(n, 512);
	assert_false(sval_disk_size_gb("0", &n, &e));
	assert_false(sval_disk_size_gb("1PB", &n, &e));
}

/* --- images --------------------------------------------------------- */

static void test_image_references(void **state)
{
	(void)state;
	struct verr e;
	const char *img;
	const char *ok[] = {
		"ubuntu", "ubuntu:24.04", "library/ubuntu", "nvcr.io/nvidia/pytorch:24.05-py3",
		"localhost:5000/a/b", "localhost/x", "ghcr.io/org/my__img.x-y:Tag_1",
		"registry.example.com:443/a@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
		"[::1]:5000/img", "a--b/c"
	};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		assert_true(sval_image(&A, ok[i], &img, &e));
		assert_string_equal(img, ok[i]);
	}
	const char *bad[] = {
		"", "Ubuntu", "nvcr.io/NVIDIA/pytorch", "ubuntu:", "ubuntu:-x", "a//b", "a/b/",
		"img@sha256:123", "ubuntu 24.04", "$IMAGE", "a__-b", "-a", "host:port/x"
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		e.id = E_NO_SHEBANG;
		assert_false(sval_image(&A, bad[i], &img, &e));
		assert_int_equal(e.id, E_BAD_IMAGE);
	}
}

static void test_image_pyxis_hash_spelling(void **state)
{
	(void)state;
	struct verr e;
	const char *img;
	assert_true(sval_image(&A, "nvcr.io#nvidia/pytorch:24.05-py3", &img, &e));
	assert_string_equal(img, "nvcr.io/nvidia/pytorch:24.05-py3");
	assert_true(sval_image(&A, "localhost:5000#a/b", &img, &e));
	assert_string_equal(img, "localhost:5000/a/b");
	assert_false(sval_image(&A, "#nvidia/pytorch", &img, &e));
	assert_false(sval_image(&A, "a.io#b#c", &img, &e));
	/* a dotless registry would be read back as a Docker Hub path */
	assert_false(sval_image(&A, "myhost#img", &img, &e));
}

static void test_pyxis_image_forms(void **state)
{
	(void)state;
	struct verr e;
	const char *img;
	size_t user;
	assert_int_equal(sval_pyxis_image(&A, "/fsx/img.sqsh", &img, &user, &e), PYXIS_FILE);
	assert_int_equal(sval_pyxis_image(&A, "./uccl-ep.sqsh", &img, &user, &e), PYXIS_FILE);
	assert_int_equal(sval_pyxis_image(&A, "img.sqsh", &img, &user, &e), PYXIS_FILE);
	assert_int_equal(sval_pyxis_image(&A, "alice@nvcr.io#nvidia/x:1", &img, &user, &e), PYXIS_IMAGE);
	assert_int_equal(user, 5);
	assert_string_equal(img, "nvcr.io/nvidia/x:1");
	assert_int_equal(sval_pyxis_image(&A, "ubuntu:22.04", &img, &user, &e), PYXIS_IMAGE);
	assert_int_equal(user, 0);
	const char *digest =
		"ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
	assert_int_equal(sval_pyxis_image(&A, digest, &img, &user, &e), PYXIS_IMAGE);
	assert_int_equal(user, 0);
	assert_int_equal(sval_pyxis_image(&A, "Bad Image", &img, &user, &e), PYXIS_BAD);
}

static void test_pull_policy_any_case(void **state)
{
	(void)state;
	struct verr e;
	const char *p;
	assert_true(sval_pull_policy("ifnotpresent", &p, &e));
	assert_string_equal(p, "IfNotPresent");
	assert_false(sval_pull_policy("sometimes", &p, &e));
}

/* --- volumes and paths --------------------------------------------------- */

static void test_volume_kinds(void **state)
{
	(void)state;
	struct verr e;
	struct ir_volume v;
	assert_true(sval_volume(&A, "pvc:data:/data:ro", &v, &e));
	assert_int_equal(v.kind, VOL_PVC);
	assert_string_equal(v.source, "data");
	assert_string_equal(v.path, "/data");
	assert_true(v.read_only);
	assert_true(sval_volume(&A, "hostPath:/scratch:/scratch", &v, &e));
	assert_int_equal(v.kind, VOL_HOSTPATH);
	assert_false(v.read_only);
	assert_true(sval_volume(&A, "emptydir:/tmp/work:10Gi", &v, &e));
	assert_int_equal(v.kind, VOL_EMPTYDIR);
	assert_null(v.source);
	assert_string_equal(v.size, "10Gi");
	assert_true(sval_volume(&A, "configMap:cfg:/etc/app", &v, &e));
	assert_int_equal(v.kind, VOL_CONFIGMAP);
	assert_true(sval_volume(&A, "secret:creds:/secrets:ro", &v, &e));
	assert_int_equal(v.kind, VOL_SECRET);
	assert_true(sval_volume(&A, "persistentVolumeClaim:data:/d", &v, &e));
	assert_int_equal(v.kind, VOL_PVC);
}

static void test_volume_errors_point_at_field(void **state)
{
	(void)state;
	struct verr e;
	struct ir_volume v;
	assert_fails(sval_volume(&A, "nfs:srv:/x", &v, &e), e, E_BAD_VOLUME_KIND, 0, 3);
	assert_fails(sval_volume(&A, "pvc:Data:/data", &v, &e), e, E_BAD_NAME, 4, 4);
	assert_fails(sval_volume(&A, "pvc:data:data", &v, &e), e, E_BAD_PATH, 9, 4);
	assert_fails(sval_volume(&A, "pvc:data", &v, &e), e, E_BAD_VOLUME, 0, 0);
	assert_fails(sval_volume(&A, "pvc:data:/d:ro:x", &v, &e), e, E_BAD_VOLUME, 0, 0);
	assert_fails(sval_volume(&A, "pvc:data:/d:rx", &v, &e), e, E_BAD_VOLUME, 12, 2);
	assert_fails(sval_volume(&A, "emptyDir:/w:10GB", &v, &e), e, E_BAD_QUANTITY, 12, 4);
	assert_fails(sval_volume(&A, "hostPath:/a/../b:/b", &v, &e), e, E_BAD_PATH, 9, 7);
	assert_fails(sval_volume(&A, "emptyDir:/", &v, &e), e, E_BAD_PATH, 9, 1);
}

static void test_pyxis_mounts_list(void **state)
{
	(void)state;
	struct verr e;
	struct ir_volume *v;
	size_t n;
	assert_true(sval_pyxis_mounts(&A, "/fsx,/home/u:/workspace:ro+nosuid,/data:/d", &v, &n, &e));
	assert_int_equal(n, 3);
	assert_string_equal(v[0].source, "/fsx");
	assert_string_equal(v[0].path, "/fsx");
	assert_string_equal(v[1].path, "/workspace");
	assert_true(v[1].read_only);
	assert_false(v[2].read_only);
	assert_int_equal(v[2].kind, VOL_HOSTPATH);
	assert_fails(sval_pyxis_mounts(&A, "/a,$FSX:/fsx", &v, &n, &e), e, E_BAD_PATH, 3, 4);
	assert_non_null(e.hint);
	assert_fails(sval_pyxis_mounts(&A, "/a:/b,", &v, &n, &e), e, E_BAD_MOUNT, 0, 0);
	assert_fails(sval_pyxis_mounts(&A, "/a:rel", &v, &n, &e), e, E_BAD_PATH, 3, 3);
	assert_false(sval_pyxis_mounts(&A, "/a:/b:", &v, &n, &e));
}

/* --- targets and clouds ------------------------------------------------ */

static void test_targets_and_clouds(void **state)
{
	(void)state;
	struct verr e;
	for (size_t i = 0; slurmc_target_names[i]; i++)
		assert_true(sval_target(slurmc_target_names[i], &e));
	assert_false(sval_target("kubernetes", &e));
	assert_false(sval_is_target("Job", 3));
	assert_true(sval_cloud("aws", &e));
	assert_false(sval_cloud("AWS", &e));
	assert_int_equal(e.id, W_UNKNOWN_CLOUD);
	assert_true(sval_region("us-east-1", &e));
	assert_false(sval_region("us east", &e));
}

/* --- slurmc_apply / pyxis_apply ----------------------------------------- */

struct fixture {
	struct ir_job job;
	struct source src;
	struct diag_engine d;
};

static struct fixture F;

/* A job whose source text is `text`; values are applied with spans into it. */
static void fixture_init(const char *text)
{
	memset(&F, 0, sizeof F);
	F.job.arena = &A;
	F.src = (struct source){ "t.sbatch", text, strlen(text), SRC_FILE, 0 };
	F.job.src = &F.src;
	diag_init(&F.d);
	diag_add_source(&F.d, &F.src);
}

/* Applies the value that follows `--name=` in the fixture's text. */
static bool apply(int id, const char *word)
{
	const char *p = strstr(F.src.text, word);
	assert_non_null(p);
	const char *v = strchr(word, '=');
	struct span at = span_make(&F.src, (size_t)(p - F.src.text), strlen(word));
	return slurmc_apply(&F.job, id, v ? v + 1 : NULL, at, &F.d);
}

static int pyxis_id(const char *name)
{
	for (int i = 0; i < OPT__COUNT; i++)
		if (strcmp(sbatch_options[i].name, name) == 0)
			return i;
	return -1;
}

static void test_apply_stores_values(void **state)
{
	(void)state;
	fixture_init("#SLURMC --image=nvcr.io#nvidia/pytorch:24.05-py3 --shm-size=16Gi "
		     "--namespace=ml --ttl=1h --use-spot --backoff-limit=3 --target=volcano\n");
	assert_true(apply(SOPT_IMAGE, "--image=nvcr.io#nvidia/pytorch:24.05-py3"));
	assert_string_equal(F.job.slurmc.image.v, "nvcr.io/nvidia/pytorch:24.05-py3");
	assert_true(span_is_set(F.job.slurmc.image.at));
	assert_true(apply(SOPT_SHM_SIZE, "--shm-size=16Gi"));
	assert_string_equal(F.job.slurmc.shm_size.v, "16Gi");
	assert_true(apply(SOPT_NAMESPACE, "--namespace=ml"));
	assert_true(apply(SOPT_TTL, "--ttl=1h"));
	assert_int_equal(F.job.slurmc.ttl_s.v, 3600);
	assert_true(apply(SOPT_USE_SPOT, "--use-spot"));
	assert_true(F.job.slurmc.use_spot.v);
	assert_true(apply(SOPT_BACKOFF_LIMIT, "--backoff-limit=3"));
	assert_int_equal(F.job.slurmc.backoff_limit.v, 3);
	assert_true(apply(SOPT_TARGET, "--target=volcano"));
	assert_string_equal(F.job.slurmc.target.v, "volcano");
	assert_string_equal(F.job.slurmc.opts[SOPT_TARGET].value, "volcano");
	assert_int_equal(F.d.errors, 0);
	diag_free(&F.d);
}

static void test_apply_error_points_inside_value(void **state)
{
	(void)state;
	fixture_init("#SLURMC --label=Team_=ml\n");
	assert_false(apply(SOPT_LABEL, "--label=Team_=ml"));
	assert_int_equal(F.d.errors, 1);
	assert_int_equal(F.d.list[0].id, E_BAD_LABEL_KEY);
	assert_int_equal(F.d.list[0].at.off, 16);
	assert_int_equal(F.d.list[0].at.len, 5);
	assert_string_equal(F.d.list[0].message, "invalid label key \"Team_\"");
	assert_int_equal(F.job.slurmc.nlabels, 0);
	diag_free(&F.d);
}

static void test_apply_lists_replace_same_key(void **state)
{
	(void)state;
	fixture_init("--env=A=1 --env=B=2 --env=A=3 --label=x=1 --volume=pvc:d:/d "
		     "--volume=emptyDir:/d --toleration=k:NoSchedule --toleration=k:NoExecute "
		     "--image-pull-secret=a,b --image-pull-secret=a\n");
	assert_true(apply(SOPT_ENV, "--env=A=1"));
	assert_true(apply(SOPT_ENV, "--env=B=2"));
	assert_true(apply(SOPT_ENV, "--env=A=3"));
	assert_int_equal(F.job.slurmc.nenv, 2);
	assert_string_equal(F.job.slurmc.env[0].key, "A");
	assert_string_equal(F.job.slurmc.env[0].value, "3");
	assert_true(apply(SOPT_VOLUME, "--volume=pvc:d:/d"));
	assert_true(apply(SOPT_VOLUME, "--volume=emptyDir:/d"));
	assert_int_equal(F.job.slurmc.nvolumes, 1);
	assert_int_equal(F.job.slurmc.volumes[0].kind, VOL_EMPTYDIR);
	assert_true(apply(SOPT_TOLERATION, "--toleration=k:NoSchedule"));
	assert_true(apply(SOPT_TOLERATION, "--toleration=k:NoExecute"));
	assert_int_equal(F.job.slurmc.ntolerations, 2);
	assert_true(apply(SOPT_IMAGE_PULL_SECRET, "--image-pull-secret=a,b"));
	assert_true(apply(SOPT_IMAGE_PULL_SECRET, "--image-pull-secret=a"));
	assert_int_equal(F.job.slurmc.nimage_pull_secrets, 2);
	assert_true(slurmc_opt_repeatable(SOPT_ENV));
	assert_false(slurmc_opt_repeatable(SOPT_IMAGE));
	diag_free(&F.d);
}

static void test_apply_empty_value_is_error(void **state)
{
	(void)state;
	fixture_init("--image= --setup=\n");
	assert_false(apply(SOPT_IMAGE, "--image="));
	assert_int_equal(F.d.list[0].id, E_EMPTY_VALUE);
	assert_string_equal(F.d.list[0].message, "empty value for --image");
	assert_true(apply(SOPT_SETUP, "--setup="));
	diag_free(&F.d);
}

static void test_apply_unknown_cloud_is_warning(void **state)
{
	(void)state;
	fixture_init("--cloud=mycloud\n");
	assert_true(apply(SOPT_CLOUD, "--cloud=mycloud"));
	assert_int_equal(F.d.warnings, 1);
	assert_string_equal(F.job.slurmc.cloud.v, "mycloud");
	diag_free(&F.d);
}

static void test_pyxis_image_and_slurmc_precedence(void **state)
{
	(void)state;
	int img = pyxis_id("container-image");
	if (img < 0)
		skip(); /* parser/options.def does not have the pyxis rows yet */
	fixture_init("#SBATCH --container-image=nvcr.io#nvidia/x:1\n#SLURMC --image=ubuntu\n");
	struct span at = span_make(&F.src, 8, 36);
	assert_true(pyxis_apply(&F.job, img, "nvcr.io#nvidia/x:1", at, &F.d));
	assert_string_equal(F.job.slurmc.image.v, "nvcr.io/nvidia/x:1");
	assert_true(apply(SOPT_IMAGE, "--image=ubuntu"));
	assert_true(pyxis_apply(&F.job, img, "nvcr.io#nvidia/y:2", at, &F.d));
	assert_string_equal(F.job.slurmc.image.v, "ubuntu");
	assert_true(pyxis_apply(&F.job, img, "/fsx/x.sqsh", at, &F.d));
	assert_int_equal(F.d.warnings, 1);
	assert_int_equal(F.d.list[0].id, W_PYXIS_SQUASHFS);
	diag_free(&F.d);
}

static void test_pyxis_mounts_replace_and_yield(void **state)
{
	(void)state;
	int mounts = pyxis_id("container-mounts");
	if (mounts < 0)
		skip();
	fixture_init("--volume=pvc:d:/data\n");
	assert_true(apply(SOPT_VOLUME, "--volume=pvc:d:/data"));
	struct span at = span_make(&F.src, 0, 1);
	assert_true(pyxis_apply(&F.job, mounts, "/fsx,/lustre/data:/data", at, &F.d));
	assert_int_equal(F.job.slurmc.nvolumes, 2);
	assert_int_equal(F.job.slurmc.volumes[0].kind, VOL_PVC); /* #SLURMC wins */
	assert_true(F.job.slurmc.volumes[1].pyxis);
	assert_true(pyxis_apply(&F.job, mounts, "/scratch", at, &F.d));
	assert_int_equal(F.job.slurmc.nvolumes, 2);
	assert_string_equal(F.job.slurmc.volumes[1].path, "/scratch");
	diag_free(&F.d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_dns_label_rules, teardown),
		cmocka_unit_test_teardown(test_dns_subdomain_rules, teardown),
		cmocka_unit_test_teardown(test_label_key_prefix_and_name, teardown),
		cmocka_unit_test_teardown(test_label_value_may_be_empty, teardown),
		cmocka_unit_test_teardown(test_resource_name_needs_domain, teardown),
		cmocka_unit_test_teardown(test_env_name_rules, teardown),
		cmocka_unit_test_teardown(test_key_value_fields, teardown),
		cmocka_unit_test_teardown(test_env_forms, teardown),
		cmocka_unit_test_teardown(test_toleration_forms, teardown),
		cmocka_unit_test_teardown(test_quantity_syntax, teardown),
		cmocka_unit_test_teardown(test_size_rejects_milli_and_negative, teardown),
		cmocka_unit_test_teardown(test_duration_units, teardown),
		cmocka_unit_test_teardown(test_count_and_bool_and_disk, teardown),
		cmocka_unit_test_teardown(test_image_references, teardown),
		cmocka_unit_test_teardown(test_image_pyxis_hash_spelling, teardown),
		cmocka_unit_test_teardown(test_pyxis_image_forms, teardown),
		cmocka_unit_test_teardown(test_pull_policy_any_case, teardown),
		cmocka_unit_test_teardown(test_volume_kinds, teardown),
		cmocka_unit_test_teardown(test_volume_errors_point_at_field, teardown),
		cmocka_unit_test_teardown(test_pyxis_mounts_list, teardown),
		cmocka_unit_test_teardown(test_targets_and_clouds, teardown),
		cmocka_unit_test_teardown(test_apply_stores_values, teardown),
		cmocka_unit_test_teardown(test_apply_error_points_inside_value, teardown),
		cmocka_unit_test_teardown(test_apply_lists_replace_same_key, teardown),
		cmocka_unit_test_teardown(test_apply_empty_value_is_error, teardown),
		cmocka_unit_test_teardown(test_apply_unknown_cloud_is_warning, teardown),
		cmocka_unit_test_teardown(test_pyxis_image_and_slurmc_precedence, teardown),
		cmocka_unit_test_teardown(test_pyxis_mounts_replace_and_yield, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
