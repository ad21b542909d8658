/*
 * slurmc_values.h: validators for #SLURMC values and the Kubernetes names
 * they turn into.
 *
 * Same contract as parser/values.h: each validator reads one value,
 * returns true or fills a struct verr and returns false. The verr holds a
 * catalogue id from stdlib/diag_slurmc.def whose format takes the
 * offending text; off/len is that text: the field of the value that is
 * wrong (the key of KEY=VALUE, the path of a volume, ...), len 0 meaning
 * the whole value. Callers quote exactly that range in the message and
 * underline it. The note says which rule the field broke, the hint how to
 * fix it (full sentences, static). Nothing prints, nothing keeps state.
 * Strings a validator returns are arena-owned.
 *
 * The rules are Kubernetes' own (k8s.io/apimachinery validation):
 *   DNS-1123 label      [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most 63
 *   DNS-1123 subdomain  labels joined by '.', at most 253
 *   qualified name      [prefix/]name; prefix a subdomain, name at most 63
 *                       of [A-Za-z0-9._-] starting and ending alphanumeric
 *   label value         empty, or a name part as above
 *   quantity            [+-]number[Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|eN]
 */
#ifndef SLURMC_SLURMC_VALUES_H
#define SLURMC_SLURMC_VALUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parser/ir.h"
#include "parser/values.h"
#include "stdlib/arena.h"

/* --- names ------------------------------------------------------------ */

/* A DNS-1123 label (namespaces, container names). s[0..n). id is the
 * catalogue row to report with (E_BAD_NAMESPACE, E_BAD_NAME, ...). */
bool sval_dns_label(const char *s, size_t n, enum diag_id id, struct verr *e);
/* A DNS-1123 subdomain (most object names: secrets, claims, queues,
 * priority classes, service accounts). */
bool sval_dns_subdomain(const char *s, size_t n, enum diag_id id, struct verr *e);
/* A qualified name: label keys (E_BAD_LABEL_KEY), annotation keys
 * (E_BAD_ANNOTATION_KEY), taint keys. */
bool sval_qualified_name(const char *s, size_t n, enum diag_id id, struct verr *e);
/* A label value (may be empty). */
bool sval_label_value(const char *s, size_t n, struct verr *e);
/* An extended resource name with a domain, e.g. nvidia.com/gpu. */
bool sval_resource_name(const char *s, struct verr *e);
/* A Kubernetes environment variable name: [-._a-zA-Z][-._a-zA-Z0-9]*. */
bool sval_env_name(const char *s, size_t n, struct verr *e);

/* --- KEY=VALUE forms --------------------------------------------------- */

enum sval_kv { KV_LABEL, KV_NODE_SELECTOR, KV_ANNOTATION };
/* --label, --node-selector (label key and value) and --annotation
 * (qualified key, any value). *key and *value are arena-owned. */
bool sval_key_value(struct arena *a, const char *s, enum sval_kv kind, const char **key,
		    const char **value, struct verr *e);

/* --env: NAME=VALUE, NAME=secret:SECRET/KEY or NAME=configMap:MAP/KEY.
 * *value is everything after the first '=', as written. */
bool sval_env(struct arena *a, const char *s, const char **name, const char **value,
	      struct verr *e);

/* The SECRET/KEY part of a secret or config map reference. */
bool sval_object_key_ref(const char *s, struct verr *e);

/* --toleration: KEY[=VALUE][:EFFECT]. *key is "KEY" or "KEY=VALUE" (the
 * form of struct ir_slurmc), *effect the canonical effect
 * (NoSchedule, PreferNoSchedule, NoExecute; static) or NULL for all. */
bool sval_toleration(struct arena *a, const char *s, const char **key, const char **effect,
		     struct verr *e);
/* A taint effect, any case; *canon is static. */
bool sval_taint_effect(const char *s, size_t n, const char **canon, struct verr *e);

/* --- quantities, sizes, durations --------------------------------------- */

/* A Kubernetes quantity. With `size`, it must be a non-negative number of
 * bytes: no sign, no milli/micro/nano suffix (a hint explains "16m"). */
bool sval_quantity(const char *s, size_t n, bool size, struct verr *e);

/* --ttl: whole seconds, or a sequence of NUMBER UNIT with units d h m s
 * ("1h30m", "7d"). At most 2^31-1 seconds. */
bool sval_duration(const char *s, int64_t *seconds, struct verr *e);

/* A count in [0, max]. */
bool sval_count(const char *s, int64_t max, int64_t *out, struct verr *e);

/* --disk-size: GB, optionally with a unit G, GB, Gi, GiB, T, TB, Ti, TiB. */
bool sval_disk_size_gb(const char *s, int64_t *gb, struct verr *e);

/* true/false, yes/no, on/off, 1/0, any case. */
bool sval_bool(const char *s, bool *out, struct verr *e);

/* --- images --------------------------------------------------------- */

/* A container image reference ([registry[:port]/]path[:tag][@digest]),
 * also in pyxis' spelling registry#path, which becomes registry/path.
 * *image is the normalised reference (arena-owned). */
bool sval_image(struct arena *a, const char *s, const char **image, struct verr *e);

/* --image-pull-policy: Always, IfNotPresent, Never (any case); *canon static. */
bool sval_pull_policy(const char *s, const char **canon, struct verr *e);

/* Pyxis' --container-image: [USER@][REGISTRY#]IMAGE[:TAG] or a squashfs
 * file. Returns PYXIS_FILE for a file (nothing else is set), PYXIS_IMAGE
 * with *image normalised and *user (borrowed length *user_len, 0 if
 * none) for the credentials part pyxis would use, or PYXIS_BAD. */
enum pyxis_image { PYXIS_BAD, PYXIS_IMAGE, PYXIS_FILE };
enum pyxis_image sval_pyxis_image(struct arena *a, const char *s, const char **image,
				  size_t *user_len, struct verr *e);

/* --- volumes and paths ------------------------------------------------- */

/* An absolute path without ':' or ".." components (mount paths, host paths). */
bool sval_abs_path(const char *s, size_t n, struct verr *e);

/* --volume: pvc:NAME:/path[:ro], hostPath:/src:/dst[:ro], emptyDir:/path[:SIZE],
 * configMap:NAME:/path[:ro], secret:NAME:/path[:ro]. Fills everything of
 * *out except `at`. Kind names are matched without regard to case;
 * "persistentVolumeClaim" is accepted for pvc. */
bool sval_volume(struct arena *a, const char *s, struct ir_volume *out, struct verr *e);

/* Pyxis' --container-mounts: a comma list of SRC[:DST[:FLAGS]] (DST
 * defaults to SRC; FLAGS a '+'-separated list where "ro" makes the mount
 * read-only and the others are enroot's mount options). Each becomes a
 * hostPath volume; *vols is an arena-owned array. */
bool sval_pyxis_mounts(struct arena *a, const char *s, struct ir_volume **vols, size_t *n,
		       struct verr *e);

/* --- targets and clouds ------------------------------------------------ */

/* The compiler's targets, in the order of --help; NULL-terminated. */
extern const char *const slurmc_target_names[];
/* True when s[0..n) names a target (exact, lower case). */
bool sval_is_target(const char *s, size_t n);
/* --target. */
bool sval_target(const char *s, struct verr *e);

/* --cloud: a lower-case name; W_UNKNOWN_CLOUD (a warning: SkyPilot gains
 * clouds) when it is not one SkyPilot is known to have. */
bool sval_cloud(const char *s, struct verr *e);
/* --region, --zone, --instance-type: non-empty, letters, digits, ._- only. */
bool sval_region(const char *s, struct verr *e);

#endif
