/*
 * profile.c: site profiles (see profile.h and man/slurmc-profile.5).
 *
 * A profile file is read whole into the arena, registered as a diagnostics
 * source and parsed with libyaml's document API; its node marks (line and
 * character column) are turned back into byte offsets, so every error
 * points into the file with a caret. Decoding is table-driven: a table
 * of keys per mapping, each with the kind of value it takes and where it
 * goes, so unknown keys, duplicate keys and wrong types are found in one
 * place. A profile is decoded into a struct profile of its own, then
 * merged over the profile it extends (finally over the GPU catalogue);
 * the result is flat and never changes again.
 *
 * The second half applies a profile to a job: lookups, the `module load`
 * image hint, --constraint to node affinity, and profile_resolve, which
 * owns every precedence rule between #SLURMC, the script and the site.
 */
#include "parser/profile.h"

#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "parser/slurmc_values.h"
#include "parser/values.h"
#include "stdlib/embedded.h"

#define SHIPPED_DIR "stdlib/profiles/"
#define CATALOGUE SHIPPED_DIR "gpus.yaml"
#define MAX_EXTENDS 8

const char *const profile_shipped[] = { "default", "gke", "eks", "aks", "nvidia", NULL };

/* memcpy that accepts an empty NULL source (empty lists are NULL here). */
static void copy(void *dst, const void *src, size_t n)
{
	if (n)
		memcpy(dst, src, n);
}

/* --- sources and positions ---------------------------------------------- */

/* Byte offset of a libyaml mark (0-based line, column in characters). */
static size_t mark_offset(const struct source *src, yaml_mark_t m)
{
	size_t off = 0;
	if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0)
		off = 3; /* libyaml skips a byte order mark without a column */
	for (size_t line = 0; line < m.line && off < src->len; off++)
		if (src->text[off] == '\n')
			line++;
	for (size_t c = 0; c < m.column && off < src->len && src->text[off] != '\n'; c++) {
		off++;
		while (off < src->len && ((unsigned char)src->text[off] & 0xC0) == 0x80)
			off++;
	}
	return off;
}

/* The span from mark s to mark e, cut at the end of s's line. */
static struct span marks_span(const struct source *src, yaml_mark_t s, yaml_mark_t e)
{
	size_t a = mark_offset(src, s), b = mark_offset(src, e);
	size_t end = a;
	while (end < src->len && end < b && src->text[end] != '\n' && src->text[end] != '\r')
		end++;
	return span_make(src, a, end > a ? end - a : 1);
}

struct loader {
	struct arena *a;
	struct diag_engine *d;
	const struct source *src;
	yaml_document_t doc;
	unsigned errors;
};

static struct span node_span(struct loader *l, const yaml_node_t *n)
{
	return marks_span(l->src, n->start_mark, n->end_mark);
}

/* Reports at node n and counts the error against this file. */
#define LREPORT(l, id, n, ...) ((l)->errors++, diag_report((l)->d, (id), node_span((l), (n)), __VA_ARGS__))

/* A registered source for a file's text (arena-owned). */
static struct source *new_source(struct loader *l, const char *name, const char *text, size_t len,
				 enum source_kind kind)
{
	struct source *s = arena_alloc(l->a, sizeof *s);
	s->name = arena_strdup(l->a, name);
	s->text = text;
	s->len = len;
	s->kind = kind;
	diag_add_source(l->d, s);
	return s;
}

/* --- reading YAML ---------------------------------------------------- */

static const char *yaml_problem_hint(const struct source *src, size_t off)
{
	if (off < src->len && src->text[off] == '\t')
		return "YAML indents with spaces, not tabs.";
	return NULL;
}

/* Parses l->src into l->doc; false after reporting. */
static bool parse_document(struct loader *l)
{
	yaml_parser_t p;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)l->src->text, l->src->len);
	bool ok = yaml_parser_load(&p, &l->doc);
	if (!ok) {
		size_t off = p.error == YAML_READER_ERROR ? p.problem_offset :
			     mark_offset(l->src, p.problem_mark);
		if (off > l->src->len)
			off = l->src->len;
		struct span at = span_make(l->src, off, 1);
		l->errors++;
		struct diag *r = diag_report(l->d, E_PROFILE_YAML, at,
					     p.problem ? p.problem : "cannot parse");
		if (p.context && p.error != YAML_READER_ERROR) {
			size_t coff = mark_offset(l->src, p.context_mark);
			if (coff == off)
				diag_note(l->d, r, "The YAML parser stopped %s.", p.context);
			else
				diag_note_at(l->d, r, marks_span(l->src, p.context_mark, p.context_mark),
					     "The YAML parser stopped %s that starts here.", p.context);
		}
		const char *hint = yaml_problem_hint(l->src, off);
		if (hint)
			diag_hint(l->d, r, "%s", hint);
	} else {
		yaml_document_t next;
		if (yaml_parser_load(&p, &next)) {
			yaml_node_t *root = yaml_document_get_root_node(&next);
			if (root) {
				l->errors++;
				diag_report(l->d, E_PROFILE_DOCUMENTS, node_span(l, root));
			}
			yaml_document_delete(&next);
		}
	}
	yaml_parser_delete(&p);
	return ok;
}

static yaml_node_t *node(struct loader *l, int id)
{
	return yaml_document_get_node(&l->doc, id);
}

/* The node's text when it is a scalar (arena-owned), else NULL. */
static const char *scalar(struct loader *l, const yaml_node_t *n)
{
	if (n->type != YAML_SCALAR_NODE)
		return NULL;
	return arena_strndup(l->a, (const char *)n->data.scalar.value, n->data.scalar.length);
}

/* A null node: "~", "null", or nothing after the key. */
static bool is_null(const yaml_node_t *n)
{
	if (n->type != YAML_SCALAR_NODE || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return false;
	const char *v = (const char *)n->data.scalar.value;
	return n->data.scalar.length == 0 || !strcmp(v, "~") || !strcasecmp(v, "null");
}

static const char *type_word(yaml_node_type_t t)
{
	return t == YAML_MAPPING_NODE ? "a mapping" : t == YAML_SEQUENCE_NODE ? "a list" : "a value";
}

/* Checks n's type; reports "WHAT must be a mapping" otherwise. */
static bool expect(struct loader *l, const yaml_node_t *n, yaml_node_type_t t, const char *what)
{
	if (n->type == t)
		return true;
	struct diag *r = LREPORT(l, E_PROFILE_TYPE, n, what, type_word(t));
	diag_note(l->d, r, "It is %s here.", is_null(n) ? "empty" : type_word(n->type));
	return false;
}

/* A scalar's text, or NULL after reporting. */
static const char *expect_scalar(struct loader *l, const yaml_node_t *n, const char *what)
{
	if (!expect(l, n, YAML_SCALAR_NODE, what))
		return NULL;
	return scalar(l, n);
}

/* Reports a validator failure for the scalar at n. */
static void report_verr(struct loader *l, const yaml_node_t *n, const char *value,
			const struct verr *e)
{
	const char *text = value;
	if (e->len && e->off + e->len <= strlen(value))
		text = arena_strndup(l->a, value + e->off, e->len);
	if (diag_default_severity(e->id) == SEV_ERROR)
		l->errors++;
	struct diag *r = diag_report(l->d, e->id, node_span(l, n), text);
	if (e->note)
		diag_note(l->d, r, "%s", e->note);
	if (e->hint)
		diag_hint(l->d, r, "%s", e->hint);
}

/* --- table-driven decoding ---------------------------------------------- */

enum fkind {
	F_TEXT,          /* ir_str, any text */
	F_NAME,          /* ir_str, DNS-1123 subdomain */
	F_NAMESPACE,     /* ir_str, DNS-1123 label */
	F_IMAGE,         /* ir_str, image reference (normalised) */
	F_PULL_POLICY,   /* ir_str */
	F_RESOURCE,      /* ir_str, extended resource name */
	F_SIZE,          /* ir_str, quantity of bytes */
	F_CLOUD,         /* ir_str */
	F_REGION,        /* ir_str */
	F_GPU_REF,       /* ir_str, a GPU name (checked after merging) */
	F_TTL,           /* ir_int, duration */
	F_TIME,          /* ir_int, Slurm time limit */
	F_COUNT,         /* ir_int */
	F_BOOL,          /* ir_bool */
	F_LABELS,        /* struct ir_kv list, label key = label value */
	F_TOLERATIONS,   /* struct prof_toleration list */
	F_NODES,         /* a partition's node shape */
};

struct field {
	const char *name;
	enum fkind kind;
	size_t off;   /* of the ir_str / ir_int / ir_bool / list pointer */
	size_t noff;  /* of the list's count */
};

#define SET(m) offsetof(struct prof_settings, m)
#define SETTINGS_FIELDS(base)                                                                    \
	{ "image", F_IMAGE, (base) + SET(image), 0 },                                            \
	{ "namespace", F_NAMESPACE, (base) + SET(namespace_), 0 },                               \
	{ "queue", F_NAME, (base) + SET(queue), 0 },                                             \
	{ "priority_class", F_NAME, (base) + SET(priority_class), 0 },                           \
	{ "scheduler_name", F_NAME, (base) + SET(scheduler_name), 0 },                           \
	{ "service_account", F_NAME, (base) + SET(service_account), 0 },                         \
	{ "image_pull_policy", F_PULL_POLICY, (base) + SET(image_pull_policy), 0 },              \
	{ "runtime_class", F_NAME, (base) + SET(runtime_class), 0 },                             \
	{ "gpu_resource", F_RESOURCE, (base) + SET(gpu_resource), 0 },                           \
	{ "shm_size", F_SIZE, (base) + SET(shm_size), 0 },                                       \
	{ "cloud", F_CLOUD, (base) + SET(cloud), 0 },                                            \
	{ "region", F_REGION, (base) + SET(region), 0 },                                         \
	{ "zone", F_REGION, (base) + SET(zone), 0 },                                             \
	{ "ttl", F_TTL, (base) + SET(ttl_s), 0 },                                                \
	{ "use_spot", F_BOOL, (base) + SET(use_spot), 0 },                                       \
	{ "labels", F_LABELS, (base) + SET(labels), (base) + SET(nlabels) },                     \
	{ "node_selector", F_LABELS, (base) + SET(node_selector), (base) + SET(nnode_selector) }, \
	{ "tolerations", F_TOLERATIONS, (base) + SET(tolerations), (base) + SET(ntolerations) }

static const struct field settings_fields[] = { SETTINGS_FIELDS(0) };

#define MAP(m) offsetof(struct prof_map, m)
static const struct field partition_fields[] = {
	SETTINGS_FIELDS(MAP(s)),
	{ "max_time", F_TIME, MAP(max_time_s), 0 },
	{ "default_time", F_TIME, MAP(default_time_s), 0 },
	{ "gpu", F_GPU_REF, MAP(gpu), 0 },
	{ "default", F_BOOL, MAP(is_default), 0 },
	{ "nodes", F_NODES, 0, 0 },
};
static const struct field qos_fields[] = {
	SETTINGS_FIELDS(MAP(s)),
	{ "max_time", F_TIME, MAP(max_time_s), 0 },
};
static const struct field account_fields[] = { SETTINGS_FIELDS(MAP(s)) };
static const struct field node_fields[] = {
	{ "cpus", F_COUNT, MAP(node_cpus), 0 },
	{ "gpus", F_COUNT, MAP(node_gpus), 0 },
	{ "memory", F_SIZE, MAP(node_memory), 0 },
};

#define NFIELDS(t) (sizeof(t) / sizeof *(t))

/* The key list of a table, for "valid keys are ..." notes. Arena-owned. */
static const char *key_list(struct arena *a, const struct field *f, size_t n)
{
	size_t len = 1;
	for (size_t i = 0; i < n; i++)
		len += strlen(f[i].name) + 2;
	char *s = arena_alloc(a, len);
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(s, ", ");
		strcat(s, f[i].name);
	}
	return s;
}

/* Edit distance, for "did you mean". */
static size_t distance(const char *a, const char *b)
{
	size_t n = strlen(b), row[64];
	if (n >= 64)
		return 64;
	for (size_t j = 0; j <= n; j++)
		row[j] = j;
	for (size_t i = 1; a[i - 1]; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= n; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			if (up + 1 < best)
				best = up + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[n];
}

/* The closest key for a misspelt one, or NULL. */
static const char *suggest(const char *key, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t bd = strlen(key) / 3 + 1;
	for (size_t i = 0; i < n; i++) {
		size_t dd = distance(key, names[i]);
		if (dd <= bd && (!best || dd < distance(key, best)))
			best = names[i];
	}
	return best;
}

static void unknown_key(struct loader *l, const yaml_node_t *k, const char *key, const char *where,
			const struct field *f, size_t n)
{
	struct diag *r = LREPORT(l, E_PROFILE_UNKNOWN_KEY, k, key, where);
	const char *names[64] = { 0 };
	for (size_t i = 0; i < n && i < 64; i++)
		names[i] = f[i].name;
	diag_note(l->d, r, "The keys of %s are %s.", where, key_list(l->a, f, n));
	const char *s = suggest(key, names, n < 64 ? n : 64);
	if (s)
		diag_hint(l->d, r, "Did you mean \"%s\"?", s);
}

/* Iterates a mapping's pairs, checking keys are scalars and unique. The
 * callback gets the key text; returns false to stop. */
typedef void (*pair_fn)(struct loader *l, const yaml_node_t *k, const char *key,
			yaml_node_t *v, void *ctx);

static void each_pair(struct loader *l, yaml_node_t *map, pair_fn fn, void *ctx)
{
	for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
		yaml_node_t *k = node(l, p->key), *v = node(l, p->value);
		const char *key = expect_scalar(l, k, "a key");
		if (!key)
			continue;
		bool dup = false;
		for (yaml_node_pair_t *q = map->data.mapping.pairs.start; q < p && !dup; q++) {
			yaml_node_t *k2 = node(l, q->key);
			if (k2->type == YAML_SCALAR_NODE && k2->data.scalar.length == k->data.scalar.length &&
			    !memcmp(k2->data.scalar.value, k->data.scalar.value, k->data.scalar.length)) {
				struct diag *r = LREPORT(l, E_PROFILE_DUPLICATE_KEY, k, key);
				diag_note_at(l->d, r, node_span(l, k2), "It was first given here.");
				dup = true;
			}
		}
		if (!dup)
			fn(l, k, key, v, ctx);
	}
}

/* ir_str from a checked scalar. */
static void set_str(void *obj, size_t off, const char *v, struct span at)
{
	ir_str *s = (ir_str *)((char *)obj + off);
	s->v = v;
	s->at = at;
}

/* A scalar checked by one of the ir_str validators; NULL after reporting. */
static const char *checked_scalar(struct loader *l, yaml_node_t *v, enum fkind kind,
				  const char *key)
{
	const char *s = expect_scalar(l, v, arena_printf(l->a, "\"%s\"", key));
	if (!s)
		return NULL;
	struct verr e = { 0 };
	const char *out = s;
	bool ok = true;
	switch (kind) {
	case F_NAME:
		ok = sval_dns_subdomain(s, strlen(s), E_BAD_NAME, &e);
		break;
	case F_NAMESPACE:
		ok = sval_dns_label(s, strlen(s), E_BAD_NAMESPACE, &e);
		break;
	case F_IMAGE:
		ok = sval_image(l->a, s, &out, &e);
		break;
	case F_PULL_POLICY:
		ok = sval_pull_policy(s, &out, &e);
		break;
	case F_RESOURCE:
		ok = sval_resource_name(s, &e);
		break;
	case F_SIZE:
		ok = sval_quantity(s, strlen(s), true, &e);
		break;
	case F_CLOUD:
		ok = sval_cloud(s, &e);
		break;
	case F_REGION:
		ok = sval_region(s, &e);
		break;
	default:
		break;
	}
	if (!ok) {
		report_verr(l, v, s, &e);
		if (diag_default_severity(e.id) == SEV_ERROR)
			return NULL;
	}
	return out;
}

/* One label map entry (KEY: VALUE). */
struct kv_ctx {
	struct ir_kv **arr;
	size_t *n;
};

static void label_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
		       void *ctx)
{
	struct kv_ctx *c = ctx;
	struct verr e = { 0 };
	if (!sval_qualified_name(key, strlen(key), E_BAD_LABEL_KEY, &e)) {
		report_verr(l, k, key, &e);
		return;
	}
	const char *val = expect_scalar(l, v, arena_printf(l->a, "label \"%s\"", key));
	if (!val)
		return;
	if (!sval_label_value(val, strlen(val), &e)) {
		report_verr(l, v, val, &e);
		return;
	}
	*c->arr = arena_grow(l->a, *c->arr, *c->n, *c->n + 1, sizeof **c->arr);
	(*c->arr)[(*c->n)++] = (struct ir_kv){ key, val, node_span(l, k) };
}

static void decode_labels(struct loader *l, yaml_node_t *v, const char *key, struct ir_kv **arr,
			  size_t *n)
{
	if (!expect(l, v, YAML_MAPPING_NODE, arena_printf(l->a, "\"%s\"", key)))
		return;
	struct kv_ctx c = { arr, n };
	each_pair(l, v, label_pair, &c);
}

static const struct field toleration_fields[] = {
	{ "key", F_TEXT, 0, 0 },
	{ "operator", F_TEXT, 0, 0 },
	{ "value", F_TEXT, 0, 0 },
	{ "effect", F_TEXT, 0, 0 },
};

static void toleration_pair(struct loader *l, const yaml_node_t *k, const char *key,
			    yaml_node_t *v, void *ctx)
{
	struct prof_toleration *t = ctx;
	struct verr e = { 0 };
	const char *s = expect_scalar(l, v, arena_printf(l->a, "\"%s\"", key));
	if (!s)
		return;
	bool ok = true;
	if (!strcmp(key, "key")) {
		ok = sval_qualified_name(s, strlen(s), E_BAD_LABEL_KEY, &e);
		t->key = s;
	} else if (!strcmp(key, "value")) {
		ok = sval_label_value(s, strlen(s), &e);
		t->value = s;
	} else if (!strcmp(key, "effect")) {
		ok = sval_taint_effect(s, strlen(s), &t->effect, &e);
	} else if (!strcmp(key, "operator")) {
		if (!strcasecmp(s, "Exists") || !strcasecmp(s, "Equal")) {
			t->op = tolower((unsigned char)s[1]) == 'x' ? "Exists" : "Equal";
		} else {
			struct diag *r = LREPORT(l, E_PROFILE_VALUE, v, "toleration operator", s);
			diag_note(l->d, r, "The operators are Exists and Equal.");
		}
	} else {
		unknown_key(l, k, key, "a toleration", toleration_fields, NFIELDS(toleration_fields));
	}
	if (!ok)
		report_verr(l, v, s, &e);
}

/* One toleration: "KEY[=VALUE][:EFFECT]" or a mapping as in a pod spec. */
static bool decode_toleration(struct loader *l, yaml_node_t *v, struct prof_toleration *t)
{
	memset(t, 0, sizeof *t);
	t->at = node_span(l, v);
	unsigned before = l->errors;
	if (v->type == YAML_MAPPING_NODE) {
		each_pair(l, v, toleration_pair, t);
		if (!t->op)
			t->op = t->value ? "Equal" : "Exists";
		if (!strcmp(t->op, "Exists") && t->value) {
			LREPORT(l, E_PROFILE_VALUE, v, "toleration", "operator Exists with a value");
		}
		return l->errors == before;
	}
	const char *s = expect_scalar(l, v, "a toleration");
	if (!s)
		return false;
	const char *key, *effect;
	struct verr e = { 0 };
	if (!sval_toleration(l->a, s, &key, &effect, &e)) {
		report_verr(l, v, s, &e);
		return false;
	}
	const char *eq = strchr(key, '=');
	t->key = eq ? arena_strndup(l->a, key, (size_t)(eq - key)) : key;
	t->value = eq ? eq + 1 : NULL;
	t->op = eq ? "Equal" : "Exists";
	t->effect = effect;
	return true;
}

static void decode_tolerations(struct loader *l, yaml_node_t *v, const char *key,
			       struct prof_toleration **arr, size_t *n)
{
	if (!expect(l, v, YAML_SEQUENCE_NODE, arena_printf(l->a, "\"%s\"", key)))
		return;
	for (yaml_node_item_t *i = v->data.sequence.items.start; i < v->data.sequence.items.top; i++) {
		struct prof_toleration t;
		if (!decode_toleration(l, node(l, *i), &t))
			continue;
		*arr = arena_grow(l->a, *arr, *n, *n + 1, sizeof **arr);
		(*arr)[(*n)++] = t;
	}
}

/* A number field (F_COUNT). */
static bool decode_count(struct loader *l, yaml_node_t *v, const char *key, int64_t *out)
{
	const char *s = expect_scalar(l, v, arena_printf(l->a, "\"%s\"", key));
	if (!s)
		return false;
	struct verr e = { 0 };
	if (!sval_count(s, 1 << 30, out, &e)) {
		report_verr(l, v, s, &e);
		return false;
	}
	return true;
}

struct fields_ctx {
	const struct field *f;
	size_t n;
	void *obj;
	const char *where;
};

static void decode_fields(struct loader *l, yaml_node_t *map, const struct field *f, size_t n,
			  void *obj, const char *where);

/* Decodes one key of a table into ctx->obj. */
static void field_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
		       void *ctx)
{
	struct fields_ctx *c = ctx;
	const struct field *f = NULL;
	for (size_t i = 0; i < c->n && !f; i++)
		if (!strcmp(c->f[i].name, key))
			f = &c->f[i];
	if (!f) {
		unknown_key(l, k, key, c->where, c->f, c->n);
		return;
	}
	char *obj = c->obj;
	struct span at = node_span(l, v);
	const char *s;
	struct verr e = { 0 };
	switch (f->kind) {
	case F_TTL:
	case F_TIME: {
		ir_int *x = (ir_int *)(obj + f->off);
		if (!(s = expect_scalar(l, v, arena_printf(l->a, "\"%s\"", key))))
			return;
		bool ok = f->kind == F_TTL ? sval_duration(s, &x->v, &e) : val_time(s, &x->v, &e);
		if (!ok) {
			report_verr(l, v, s, &e);
			return;
		}
		x->at = at;
		return;
	}
	case F_COUNT: {
		ir_int *x = (ir_int *)(obj + f->off);
		if (decode_count(l, v, key, &x->v))
			x->at = at;
		return;
	}
	case F_BOOL: {
		ir_bool *x = (ir_bool *)(obj + f->off);
		if (!(s = expect_scalar(l, v, arena_printf(l->a, "\"%s\"", key))))
			return;
		if (!sval_bool(s, &x->v, &e)) {
			report_verr(l, v, s, &e);
			return;
		}
		x->at = at;
		return;
	}
	case F_LABELS:
		decode_labels(l, v, key, (struct ir_kv **)(obj + f->off), (size_t *)(obj + f->noff));
		return;
	case F_TOLERATIONS:
		decode_tolerations(l, v, key, (struct prof_toleration **)(obj + f->off),
				   (size_t *)(obj + f->noff));
		return;
	case F_NODES:
		decode_fields(l, v, node_fields, NFIELDS(node_fields), obj, "\"nodes\"");
		return;
	default:
		if ((s = checked_scalar(l, v, f->kind, key)))
			set_str(obj, f->off, s, at);
		return;
	}
}

static void decode_fields(struct loader *l, yaml_node_t *map, const struct field *f, size_t n,
			  void *obj, const char *where)
{
	if (is_null(map))
		return;
	if (!expect(l, map, YAML_MAPPING_NODE, where))
		return;
	struct fields_ctx c = { f, n, obj, where };
	each_pair(l, map, field_pair, &c);
}

/* --- sections ----------------------------------------------------------- */

/* A node label requirement map: KEY: VALUE or KEY: [VALUE, ...]. */
struct req_ctx {
	struct prof_req **arr;
	size_t *n;
};

static void req_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
		     void *ctx)
{
	struct req_ctx *c = ctx;
	struct verr e = { 0 };
	if (!sval_qualified_name(key, strlen(key), E_BAD_LABEL_KEY, &e)) {
		report_verr(l, k, key, &e);
		return;
	}
	struct prof_req r = { key, NULL, 0, node_span(l, k) };
	yaml_node_t *one = v;
	size_t count = 1;
	yaml_node_item_t *items = NULL;
	if (v->type == YAML_SEQUENCE_NODE) {
		items = v->data.sequence.items.start;
		count = (size_t)(v->data.sequence.items.top - items);
		if (count == 0) {
			LREPORT(l, E_PROFILE_TYPE, v, arena_printf(l->a, "label \"%s\"", key),
				"a value or a non-empty list");
			return;
		}
	}
	r.values = arena_alloc(l->a, count * sizeof *r.values);
	for (size_t i = 0; i < count; i++) {
		yaml_node_t *x = items ? node(l, items[i]) : one;
		const char *val = expect_scalar(l, x, arena_printf(l->a, "label \"%s\"", key));
		if (!val)
			return;
		if (!sval_label_value(val, strlen(val), &e)) {
			report_verr(l, x, val, &e);
			return;
		}
		r.values[r.nvalues++] = val;
	}
	*c->arr = arena_grow(l->a, *c->arr, *c->n, *c->n + 1, sizeof **c->arr);
	(*c->arr)[(*c->n)++] = r;
}

static void decode_reqs(struct loader *l, yaml_node_t *v, const char *what, struct prof_req **arr,
			size_t *n)
{
	if (!expect(l, v, YAML_MAPPING_NODE, what))
		return;
	struct req_ctx c = { arr, n };
	each_pair(l, v, req_pair, &c);
	if (*n == 0)
		LREPORT(l, E_PROFILE_TYPE, v, what, "a mapping of node labels");
}

/* partitions: / qos: / accounts: NAME: {settings...} */
struct maps_ctx {
	struct prof_map **arr;
	size_t *n;
	const struct field *f;
	size_t nf;
	const char *kind; /* "partition" */
};

static void map_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
		     void *ctx)
{
	struct maps_ctx *c = ctx;
	struct prof_map m = { 0 };
	m.name = key;
	m.at = node_span(l, k);
	decode_fields(l, v, c->f, c->nf, &m, arena_printf(l->a, "%s \"%s\"", c->kind, key));
	*c->arr = arena_grow(l->a, *c->arr, *c->n, *c->n + 1, sizeof **c->arr);
	(*c->arr)[(*c->n)++] = m;
}

static void decode_maps(struct loader *l, yaml_node_t *v, const char *key, const char *kind,
			const struct field *f, size_t nf, struct prof_map **arr, size_t *n)
{
	if (is_null(v) || !expect(l, v, YAML_MAPPING_NODE, arena_printf(l->a, "\"%s\"", key)))
		return;
	struct maps_ctx c = { arr, n, f, nf, kind };
	each_pair(l, v, map_pair, &c);
}

/* targets: NAME: {settings...} */
static void target_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
			void *ctx)
{
	struct profile *p = ctx;
	if (!sval_is_target(key, strlen(key))) {
		struct diag *r = LREPORT(l, E_BAD_TARGET, k, key);
		diag_note(l->d, r, "The targets are job, kueue, podgroup, jobset, volcano and skypilot.");
		return;
	}
	struct profile_target t = { .name = key, .at = node_span(l, k) };
	decode_fields(l, v, settings_fields, NFIELDS(settings_fields), &t.s,
		      arena_printf(l->a, "target \"%s\"", key));
	p->targets = arena_grow(l->a, p->targets, p->ntargets, p->ntargets + 1, sizeof *p->targets);
	p->targets[p->ntargets++] = t;
}

/* gres: TYPE: GPU */
static void alias_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
		       void *ctx)
{
	struct profile *p = ctx;
	const char *gpu = expect_scalar(l, v, arena_printf(l->a, "GRES type \"%s\"", key));
	if (!gpu)
		return;
	p->aliases = arena_grow(l->a, p->aliases, p->naliases, p->naliases + 1, sizeof *p->aliases);
	p->aliases[p->naliases++] = (struct prof_alias){ key, gpu, node_span(l, v) };
	(void)k;
}

/* features: NAME: {label: value(s)} */
static void feature_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
			 void *ctx)
{
	struct profile *p = ctx;
	struct prof_feature f = { key, NULL, 0, node_span(l, k) };
	decode_reqs(l, v, arena_printf(l->a, "feature \"%s\"", key), &f.reqs, &f.nreqs);
	p->features = arena_grow(l->a, p->features, p->nfeatures, p->nfeatures + 1, sizeof *p->features);
	p->features[p->nfeatures++] = f;
}

/* modules: PATTERN: IMAGE, in order. */
static void module_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
			void *ctx)
{
	struct profile *p = ctx;
	const char *img = expect_scalar(l, v, arena_printf(l->a, "module \"%s\"", key));
	if (!img)
		return;
	/* "{version}" makes the image a template: check it with a sample. */
	const char *sample = img, *brace = strstr(img, "{version}");
	if (brace)
		sample = arena_printf(l->a, "%.*s1.0%s", (int)(brace - img), img, brace + 9);
	struct verr e = { 0 };
	const char *norm;
	if (!sval_image(l->a, sample, &norm, &e)) {
		report_verr(l, v, img, &e);
		return;
	}
	if (!brace)
		img = norm;
	p->modules = arena_grow(l->a, p->modules, p->nmodules, p->nmodules + 1, sizeof *p->modules);
	p->modules[p->nmodules++] = (struct prof_module){ key, img, node_span(l, k) };
}

/* gpus: - {name, vendor, resource, memory_gb, skypilot, gres, labels} */
static const struct field gpu_fields[] = {
	{ "name", F_TEXT, 0, 0 },	   { "vendor", F_TEXT, 0, 0 },
	{ "resource", F_RESOURCE, 0, 0 }, { "memory_gb", F_COUNT, 0, 0 },
	{ "skypilot", F_TEXT, 0, 0 },	   { "gres", F_TEXT, 0, 0 },
	{ "labels", F_TEXT, 0, 0 },
};

static void labelset_pair(struct loader *l, const yaml_node_t *k, const char *key,
			  yaml_node_t *v, void *ctx)
{
	struct prof_gpu *g = ctx;
	struct prof_labelset ls = { key, NULL, 0, node_span(l, k) };
	decode_reqs(l, v, arena_printf(l->a, "the \"%s\" labels of GPU \"%s\"", key, g->name),
		    &ls.reqs, &ls.nreqs);
	g->labels = arena_grow(l->a, g->labels, g->nlabels, g->nlabels + 1, sizeof *g->labels);
	g->labels[g->nlabels++] = ls;
}

static void gpu_gres(struct loader *l, yaml_node_t *v, struct prof_gpu *g)
{
	if (!expect(l, v, YAML_SEQUENCE_NODE, "\"gres\""))
		return;
	size_t n = (size_t)(v->data.sequence.items.top - v->data.sequence.items.start);
	g->gres = arena_alloc(l->a, (n ? n : 1) * sizeof *g->gres);
	for (size_t i = 0; i < n; i++) {
		const char *t = expect_scalar(l, node(l, v->data.sequence.items.start[i]), "a GRES type");
		if (t)
			g->gres[g->ngres++] = t;
	}
}

static void gpu_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
		     void *ctx)
{
	struct prof_gpu *g = ctx;
	const char *s = NULL;
	if (!strcmp(key, "gres")) {
		gpu_gres(l, v, g);
	} else if (!strcmp(key, "labels")) {
		if (expect(l, v, YAML_MAPPING_NODE, "\"labels\""))
			each_pair(l, v, labelset_pair, g);
	} else if (!strcmp(key, "memory_gb")) {
		decode_count(l, v, key, &g->memory_gb);
	} else if (!strcmp(key, "resource")) {
		if ((s = checked_scalar(l, v, F_RESOURCE, key)))
			g->resource = s;
	} else if (!strcmp(key, "name")) {
		g->name = expect_scalar(l, v, "\"name\"");
	} else if (!strcmp(key, "vendor")) {
		g->vendor = expect_scalar(l, v, "\"vendor\"");
	} else if (!strcmp(key, "skypilot")) {
		g->skypilot = expect_scalar(l, v, "\"skypilot\"");
	} else {
		unknown_key(l, k, key, "a GPU", gpu_fields, NFIELDS(gpu_fields));
	}
}

static void decode_gpus(struct loader *l, yaml_node_t *v, struct profile *p)
{
	if (!expect(l, v, YAML_SEQUENCE_NODE, "\"gpus\""))
		return;
	for (yaml_node_item_t *i = v->data.sequence.items.start; i < v->data.sequence.items.top; i++) {
		yaml_node_t *x = node(l, *i);
		struct prof_gpu g = { 0 };
		g.at = node_span(l, x);
		if (!expect(l, x, YAML_MAPPING_NODE, "a GPU"))
			continue;
		/* the name first, so messages about the other keys can use it */
		for (yaml_node_pair_t *q = x->data.mapping.pairs.start; q < x->data.mapping.pairs.top; q++) {
			yaml_node_t *k = node(l, q->key), *val = node(l, q->value);
			if (k->type == YAML_SCALAR_NODE && !strcmp((const char *)k->data.scalar.value, "name") &&
			    val->type == YAML_SCALAR_NODE) {
				g.name = scalar(l, val);
				g.at = node_span(l, val);
			}
		}
		each_pair(l, x, gpu_pair, &g);
		if (!g.name) {
			LREPORT(l, E_PROFILE_MISSING_KEY, x, "a GPU", "name");
			continue;
		}
		if (!g.resource)
			g.resource = g.vendor && !strcmp(g.vendor, "amd") ? "amd.com/gpu" :
				     g.vendor && !strcmp(g.vendor, "intel") ? "gpu.intel.com/i915" :
				     "nvidia.com/gpu";
		p->gpus = arena_grow(l->a, p->gpus, p->ngpus, p->ngpus + 1, sizeof *p->gpus);
		p->gpus[p->ngpus++] = g;
	}
}

static const struct field output_fields[] = {
	{ "mode", F_TEXT, 0, 0 },
	{ "volume", F_TEXT, 0, 0 },
};

static void output_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
			void *ctx)
{
	struct prof_output *o = ctx;
	const char *s;
	if (strcmp(key, "mode") && strcmp(key, "volume")) {
		unknown_key(l, k, key, "\"output\"", output_fields, NFIELDS(output_fields));
		return;
	}
	if (!(s = expect_scalar(l, v, arena_printf(l->a, "\"%s\"", key))))
		return;
	if (!strcmp(key, "mode")) {
		if (!strcmp(s, "log") || !strcmp(s, "volume")) {
			o->mode = s[0] == 'l' ? OUTPUT_LOG : OUTPUT_VOLUME;
		} else {
			struct diag *r = LREPORT(l, E_PROFILE_VALUE, v, "output mode", s);
			diag_note(l->d, r, "The output modes are log and volume.");
		}
		return;
	}
	struct verr e = { 0 };
	if (!sval_volume(l->a, s, &o->volume, &e)) {
		report_verr(l, v, s, &e);
		return;
	}
	o->volume.at = node_span(l, v);
	o->spec = s;
}

static void decode_output(struct loader *l, yaml_node_t *v, struct prof_output *o)
{
	if (!expect(l, v, YAML_MAPPING_NODE, "\"output\""))
		return;
	o->at = node_span(l, v);
	each_pair(l, v, output_pair, o);
	if (o->mode == OUTPUT_VOLUME && !o->volume.path)
		LREPORT(l, E_PROFILE_MISSING_KEY, v, "output mode \"volume\"", "volume");
}

/* A profile as one file says it, before merging. */
struct raw {
	struct profile p;
	ir_str extends;
	bool gpu_tolerations_set;
};

static const struct field top_fields[] = {
	{ "version", F_TEXT, 0, 0 },	    { "name", F_TEXT, 0, 0 },
	{ "description", F_TEXT, 0, 0 },   { "extends", F_TEXT, 0, 0 },
	{ "gpu_labels", F_TEXT, 0, 0 },    { "gpu_tolerations", F_TEXT, 0, 0 },
	{ "defaults", F_TEXT, 0, 0 },	    { "targets", F_TEXT, 0, 0 },
	{ "partitions", F_TEXT, 0, 0 },    { "qos", F_TEXT, 0, 0 },
	{ "accounts", F_TEXT, 0, 0 },	    { "gres", F_TEXT, 0, 0 },
	{ "gpus", F_TEXT, 0, 0 },	    { "features", F_TEXT, 0, 0 },
	{ "modules", F_TEXT, 0, 0 },	    { "output", F_TEXT, 0, 0 },
};

/* Top-level keys that hold a mapping of names to something. */
static bool section_map(struct loader *l, yaml_node_t *v, const char *key)
{
	return !is_null(v) && expect(l, v, YAML_MAPPING_NODE, arena_printf(l->a, "\"%s\"", key));
}

static void top_scalar(struct loader *l, const char *key, yaml_node_t *v, struct raw *r)
{
	const char *s = expect_scalar(l, v, arena_printf(l->a, "\"%s\"", key));
	if (!s)
		return;
	if (!strcmp(key, "version")) {
		if (strcmp(s, "1"))
			LREPORT(l, E_PROFILE_VERSION, v, s);
	} else if (!strcmp(key, "name")) {
		r->p.name = s;
	} else if (!strcmp(key, "description")) {
		r->p.description = s;
	} else if (!strcmp(key, "extends")) {
		r->extends = (ir_str){ s, node_span(l, v) };
	} else { /* gpu_labels */
		r->p.gpu_labels = (ir_str){ s, node_span(l, v) };
	}
}

/* Top-level keys that map names to values, and the decoder of one pair. */
static const struct {
	const char *name;
	pair_fn fn;
} name_maps[] = {
	{ "targets", target_pair },
	{ "gres", alias_pair },
	{ "features", feature_pair },
	{ "modules", module_pair },
};

static void top_pair(struct loader *l, const yaml_node_t *k, const char *key, yaml_node_t *v,
		     void *ctx)
{
	struct raw *r = ctx;
	struct profile *p = &r->p;
	for (size_t i = 0; i < sizeof name_maps / sizeof *name_maps; i++) {
		if (!strcmp(key, name_maps[i].name)) {
			if (section_map(l, v, key))
				each_pair(l, v, name_maps[i].fn, p);
			return;
		}
	}
	if (!strcmp(key, "gpu_tolerations")) {
		decode_tolerations(l, v, key, &p->gpu_tolerations, &p->ngpu_tolerations);
		r->gpu_tolerations_set = true;
	} else if (!strcmp(key, "version") || !strcmp(key, "name") || !strcmp(key, "description") ||
		   !strcmp(key, "extends") || !strcmp(key, "gpu_labels")) {
		top_scalar(l, key, v, r);
	} else if (!strcmp(key, "defaults")) {
		decode_fields(l, v, settings_fields, NFIELDS(settings_fields), &p->defaults, "\"defaults\"");
	} else if (!strcmp(key, "partitions")) {
		decode_maps(l, v, key, "partition", partition_fields, NFIELDS(partition_fields),
			    &p->partitions, &p->npartitions);
	} else if (!strcmp(key, "qos")) {
		decode_maps(l, v, key, "QOS", qos_fields, NFIELDS(qos_fields), &p->qos, &p->nqos);
	} else if (!strcmp(key, "accounts")) {
		decode_maps(l, v, key, "account", account_fields, NFIELDS(account_fields), &p->accounts,
			    &p->naccounts);
	} else if (!strcmp(key, "gpus")) {
		decode_gpus(l, v, p);
	} else if (!strcmp(key, "output")) {
		decode_output(l, v, &p->output);
	} else {
		unknown_key(l, k, key, "a profile", top_fields, NFIELDS(top_fields));
	}
}

/* Decodes the text of one profile file; false after reporting errors. */
static bool decode_file(struct loader *l, struct raw *r)
{
	memset(r, 0, sizeof *r);
	if (!parse_document(l))
		return false;
	yaml_node_t *root = yaml_document_get_root_node(&l->doc);
	if (root && !is_null(root) && expect(l, root, YAML_MAPPING_NODE, "a profile"))
		each_pair(l, root, top_pair, r);
	yaml_document_delete(&l->doc);
	return l->errors == 0;
}

/* --- merging ------------------------------------------------------------ */

/* over's settings win where they are set; a list given in over replaces
 * the base's list. */
static void merge_settings(struct prof_settings *dst, const struct prof_settings *over)
{
	for (size_t i = 0; i < NFIELDS(settings_fields); i++) {
		const struct field *f = &settings_fields[i];
		char *d = (char *)dst + f->off;
		const char *o = (const char *)over + f->off;
		switch (f->kind) {
		case F_TTL:
			if (span_is_set(((const ir_int *)o)->at))
				*(ir_int *)d = *(const ir_int *)o;
			break;
		case F_BOOL:
			if (span_is_set(((const ir_bool *)o)->at))
				*(ir_bool *)d = *(const ir_bool *)o;
			break;
		case F_LABELS:
		case F_TOLERATIONS:
			if (*(const size_t *)((const char *)over + f->noff)) {
				*(void **)d = *(void *const *)o;
				*(size_t *)((char *)dst + f->noff) = *(const size_t *)((const char *)over + f->noff);
			}
			break;
		default:
			if (span_is_set(((const ir_str *)o)->at))
				*(ir_str *)d = *(const ir_str *)o;
			break;
		}
	}
}

/* Merges two arrays of entries whose first member is their name: over's
 * entries replace base's of the same name, new ones are added (first
 * when `over_first`, for ordered rules). Returns an arena-owned array. */
static void *merge_named(struct arena *a, const void *base, size_t nb, const void *over, size_t no,
			 size_t size, size_t *n, bool over_first, bool fold_case)
{
	char *out = arena_alloc(a, (nb + no ? nb + no : 1) * size);
	size_t k = 0;
	if (over_first) {
		copy(out, over, no * size);
		k = no;
	}
	for (size_t i = 0; i < nb; i++) {
		const char *bn = *(const char *const *)((const char *)base + i * size);
		size_t j = 0;
		while (j < no) {
			const char *on = *(const char *const *)((const char *)over + j * size);
			if (fold_case ? !strcasecmp(bn, on) : !strcmp(bn, on))
				break;
			j++;
		}
		if (j == no) {
			copy(out + k * size, (const char *)base + i * size, size);
			k++;
		} else if (!over_first) {
			copy(out + k * size, (const char *)over + j * size, size);
			k++;
		}
	}
	for (size_t j = 0; !over_first && j < no; j++) {
		const char *on = *(const char *const *)((const char *)over + j * size);
		size_t i = 0;
		while (i < nb && (fold_case ? strcasecmp(on, *(const char *const *)((const char *)base + i * size)) :
					      strcmp(on, *(const char *const *)((const char *)base + i * size))))
			i++;
		if (i == nb) {
			copy(out + k * size, (const char *)over + j * size, size);
			k++;
		}
	}
	*n = k;
	return out;
}

#define MERGE(field, nfield, first, fold)                                                         \
	(m->field = merge_named(a, base->field, base->nfield, over->field, over->nfield,           \
				sizeof *m->field, &m->nfield, first, fold))

/* The profile `over` says, on top of `base`. Arena-owned. */
static struct profile *merge(struct arena *a, const struct profile *base, const struct raw *r)
{
	const struct profile *over = &r->p;
	struct profile *m = arena_alloc(a, sizeof *m);
	*m = *base;
	m->name = over->name;
	m->description = over->description ? over->description : base->description;
	if (span_is_set(over->gpu_labels.at))
		m->gpu_labels = over->gpu_labels;
	if (r->gpu_tolerations_set) {
		m->gpu_tolerations = over->gpu_tolerations;
		m->ngpu_tolerations = over->ngpu_tolerations;
	}
	merge_settings(&m->defaults, &over->defaults);
	MERGE(targets, ntargets, false, false);
	for (size_t i = 0; i < m->ntargets; i++) /* a target given in both merges settings */
		for (size_t j = 0; j < base->ntargets; j++)
			if (!strcmp(m->targets[i].name, base->targets[j].name) &&
			    m->targets[i].at.src != base->targets[j].at.src) {
				struct prof_settings s = base->targets[j].s;
				merge_settings(&s, &m->targets[i].s);
				m->targets[i].s = s;
			}
	bool new_default = false;
	for (size_t i = 0; i < over->npartitions; i++)
		new_default |= over->partitions[i].is_default.v;
	MERGE(partitions, npartitions, false, false);
	for (size_t i = 0; new_default && i < m->npartitions; i++)
		if (m->partitions[i].at.src != r->p.partitions[0].at.src)
			m->partitions[i].is_default.v = false;
	MERGE(qos, nqos, false, true);
	MERGE(accounts, naccounts, false, true);
	MERGE(aliases, naliases, false, true);
	MERGE(gpus, ngpus, false, false);
	MERGE(features, nfeatures, false, false);
	MERGE(modules, nmodules, true, false);
	if (span_is_set(over->output.at))
		m->output = over->output;
	return m;
}

/* --- finding and reading files -------------------------------------------- */

static bool is_shipped(const char *spec)
{
	for (size_t i = 0; profile_shipped[i]; i++)
		if (!strcmp(spec, profile_shipped[i]))
			return true;
	return false;
}

/* Reads a whole file into the arena; NULL with errno set on failure. */
static char *read_file(struct arena *a, const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 8192, n = 0, r;
	errno = 0;
	char *buf = xmalloc(cap);
	while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n == cap)
			buf = xrealloc(buf, cap *= 2);
	}
	int err = ferror(f) ? (errno ? errno : EIO) : 0;
	fclose(f);
	char *text = err ? NULL : arena_strndup(a, buf, n);
	free(buf);
	errno = err;
	*len = n;
	return text;
}

/* The directory part of path, for files named relative to it; "" if none. */
static const char *dir_of(struct arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? arena_strndup(a, path, (size_t)(slash - path) + 1) : "";
}

struct chain {
	const char *names[MAX_EXTENDS + 1];
	size_t n;
};

static const struct profile *load_chain(struct arena *a, struct diag_engine *d, const char *spec,
					struct span at, const char *dir, struct chain *seen);

/* The GPU catalogue, the root of every profile. */
static const struct profile *load_catalogue(struct arena *a, struct diag_engine *d)
{
	const struct embedded_file *f = embedded_find(CATALOGUE);
	struct profile *p = arena_alloc(a, sizeof *p);
	p->name = "gpus";
	if (!f)
		return p;
	struct loader l = { .a = a, .d = d };
	l.src = new_source(&l, CATALOGUE, f->data, f->len, SRC_BUILTIN);
	struct raw r;
	if (!decode_file(&l, &r))
		return NULL;
	p->gpus = r.p.gpus;
	p->ngpus = r.p.ngpus;
	return p;
}

/* Opens spec (a shipped name, or a file relative to dir) as a source. */
static const struct source *open_spec(struct loader *l, const char *spec, struct span at,
				      const char *dir, const char **name)
{
	if (is_shipped(spec)) {
		const char *path = arena_printf(l->a, SHIPPED_DIR "%s.yaml", spec);
		const struct embedded_file *f = embedded_find(path);
		if (f) {
			*name = spec;
			return new_source(l, path, f->data, f->len, SRC_BUILTIN);
		}
	}
	const char *path = spec[0] == '/' || !dir[0] ? spec : arena_printf(l->a, "%s%s", dir, spec);
	size_t len;
	char *text = read_file(l->a, path, &len);
	if (!text) {
		int err = errno;
		struct diag *r;
		if (err == ENOENT && !strchr(spec, '/') && !strstr(spec, ".y")) {
			r = diag_report(l->d, E_PROFILE_NOT_FOUND, at, spec);
			diag_note(l->d, r, "The shipped profiles are default, gke, eks, aks and nvidia.");
		} else {
			r = diag_report(l->d, E_PROFILE_READ, at, path, strerror(err));
		}
		return NULL;
	}
	*name = path;
	return new_source(l, path, text, len, SRC_FILE);
}

/* Decodes the profile in l->src (named `name`) and merges it over the
 * profile it extends; `at` is where it was asked for. */
static const struct profile *load_source(struct loader *l, const char *name, struct span at,
					 struct chain *seen)
{
	struct raw r;
	if (!decode_file(l, &r))
		return NULL;
	const char *ext = r.extends.v;
	if (!ext && !(l->src->kind == SRC_BUILTIN && !strcmp(name, "default")))
		ext = "default";
	if (ext && !strcmp(ext, "none"))
		ext = NULL;
	const char *dir = l->src->kind == SRC_FILE ? dir_of(l->a, name) : "";
	const struct profile *base =
		ext ? load_chain(l->a, l->d, ext, r.extends.at.src ? r.extends.at : at, dir, seen) :
		      load_catalogue(l->a, l->d);
	if (!base)
		return NULL;
	if (!r.p.name)
		r.p.name = name;
	struct profile *m = merge(l->a, base, &r);
	m->chain = arena_alloc(l->a, (base->nchain + 1) * sizeof *m->chain);
	copy(m->chain, base->chain, base->nchain * sizeof *m->chain);
	m->chain[base->nchain] = name;
	m->nchain = base->nchain + 1;
	return m;
}

static const struct profile *load_chain(struct arena *a, struct diag_engine *d, const char *spec,
					struct span at, const char *dir, struct chain *seen)
{
	struct loader l = { .a = a, .d = d };
	const char *name;
	if (!(l.src = open_spec(&l, spec, at, dir, &name)))
		return NULL;
	for (size_t i = 0; i <= seen->n; i++) {
		bool deep = i == seen->n && seen->n == MAX_EXTENDS;
		if (deep || (i < seen->n && !strcmp(seen->names[i], name))) {
			struct diag *r = diag_report(d, E_PROFILE_EXTENDS_LOOP, at, name);
			if (deep)
				diag_note(d, r, "Profiles extend one another at most %d deep.", MAX_EXTENDS);
			return NULL;
		}
	}
	seen->names[seen->n++] = name;
	return load_source(&l, name, at, seen);
}

/* Checks what refers across sections once the chain is merged: GPU names
 * in `gres:` and partitions, and at most one default partition. */
static bool check_references(const struct profile *p, struct diag_engine *d)
{
	unsigned before = d->errors;
	for (size_t i = 0; i < p->naliases; i++) {
		bool found = false;
		for (size_t j = 0; j < p->ngpus && !found; j++)
			found = !strcasecmp(p->gpus[j].name, p->aliases[i].gpu);
		if (!found) {
			struct diag *r = diag_report(d, E_PROFILE_UNKNOWN_GPU, p->aliases[i].at, p->aliases[i].gpu);
			diag_note(d, r, "A GRES type maps to the name of a GPU of the catalogue or of \"gpus:\".");
		}
	}
	const struct prof_map *def = NULL;
	for (size_t i = 0; i < p->npartitions; i++) {
		const struct prof_map *m = &p->partitions[i];
		if (m->gpu.v && !profile_gpu(p, m->gpu.v)) {
			struct diag *r = diag_report(d, E_PROFILE_UNKNOWN_GPU, m->gpu.at, m->gpu.v);
			diag_note(d, r, "A partition's \"gpu\" names a GPU of the catalogue, of \"gpus:\" or of \"gres:\".");
		}
		if (m->is_default.v && def)
			diag_report(d, E_PROFILE_TWO_DEFAULTS, m->is_default.at, def->name, m->name);
		else if (m->is_default.v)
			def = m;
	}
	return d->errors == before;
}

const struct profile *profile_open(struct arena *a, struct diag_engine *d, const char *spec,
				   struct span spec_at)
{
	struct chain seen = { .n = 0 };
	const struct profile *p = load_chain(a, d, spec, spec_at, "", &seen);
	if (!p || !check_references(p, d))
		return NULL;
	return p;
}

const struct profile *profile_from_text(struct arena *a, struct diag_engine *d, const char *name,
					const char *text, size_t len)
{
	struct loader l = { .a = a, .d = d };
	l.src = new_source(&l, name, arena_strndup(a, text, len), len, SRC_FILE);
	struct chain seen = { .names = { name }, .n = 1 };
	const struct profile *p = load_source(&l, name, (struct span){ 0 }, &seen);
	return p && check_references(p, d) ? p : NULL;
}

/* --- the search order ----------------------------------------------------- */

static const char *env_get(char **envp, const char *name)
{
	size_t n = strlen(name);
	for (char **e = envp; e && *e; e++)
		if (!strncmp(*e, name, n) && (*e)[n] == '=')
			return *e + n + 1;
	return NULL;
}

const char *profile_user_file(struct arena *a, char **envp)
{
	const char *xdg = env_get(envp, "XDG_CONFIG_HOME");
	if (xdg && xdg[0] == '/')
		return arena_printf(a, "%s/slurmc/profile.yaml", xdg);
	const char *home = env_get(envp, "HOME");
	if (home && home[0])
		return arena_printf(a, "%s/.config/slurmc/profile.yaml", home);
	return NULL;
}

/* True when path exists (so a missing optional file is skipped, and an
 * unreadable one is an error). */
static bool exists(const char *path)
{
	FILE *f = path ? fopen(path, "rb") : NULL;
	if (f) {
		fclose(f);
		return true;
	}
	return path && errno != ENOENT && errno != ENOTDIR;
}

const struct profile *profile_find(struct arena *a, struct diag_engine *d,
				   const struct profile_search *s)
{
	const char *spec = "default", *origin = "built-in default";
	struct span at = { 0 };
	if (s->spec) {
		spec = s->spec;
		at = s->spec_at;
		origin = s->origin ? s->origin : "--profile";
	} else if (s->env && s->env[0]) {
		/* A source of its own, so "not found" can point at the variable. */
		struct source *src = arena_alloc(a, sizeof *src);
		src->name = "environment";
		src->text = arena_printf(a, "SLURMC_PROFILE=%s", s->env);
		src->len = strlen(src->text);
		src->kind = SRC_ENV;
		diag_add_source(d, src);
		spec = s->env;
		at = span_make(src, 15, strlen(s->env));
		origin = "$SLURMC_PROFILE";
	} else if (exists(s->user_file)) {
		spec = s->user_file;
		origin = "user file";
	} else if (exists(s->system_file)) {
		spec = s->system_file;
		origin = "system file";
	}
	const struct profile *p = profile_open(a, d, spec, at);
	if (p) {
		struct profile *q = arena_alloc(a, sizeof *q);
		*q = *p;
		q->origin = origin;
		p = q;
	}
	return p;
}

const struct profile *profile_load(struct arena *a, struct diag_engine *d,
				   const struct word *words, size_t nwords, char **envp)
{
	struct profile_search s = { 0 };
	for (size_t i = 0; i < nwords; i++) {
		const char *w = words[i].text;
		if (!strncmp(w, "--profile=", 10)) {
			s.spec = w + 10;
			s.spec_at = words[i].at;
			if (s.spec_at.len >= 10)
				s.spec_at = span_make(s.spec_at.src, s.spec_at.off + 10, s.spec_at.len - 10);
		} else if (!strcmp(w, "--profile") && i + 1 < nwords) {
			s.spec = words[i + 1].text;
			s.spec_at = words[++i].at;
		}
	}
	s.origin = "--profile";
	s.env = env_get(envp, "SLURMC_PROFILE");
	s.user_file = profile_user_file(a, envp);
	s.system_file = "/etc/slurmc/profile.yaml";
	return profile_find(a, d, &s);
}

/* --- printing ------------------------------------------------------------ */

/* The effective profile goes out through libyaml's emitter, in schema
 * order, as a profile with `extends: none` that loads back to the same. */
struct printer {
	yaml_emitter_t em;
	bool ok;
	char *buf;
	size_t len, cap;
};

static int print_write(void *data, unsigned char *bytes, size_t size)
{
	struct printer *p = data;
	if (p->len + size + 1 > p->cap) {
		p->cap = (p->len + size + 1) * 2;
		p->buf = xrealloc(p->buf, p->cap);
	}
	copy(p->buf + p->len, bytes, size);
	p->len += size;
	p->buf[p->len] = '\0';
	return 1;
}

static void emit_ev(struct printer *p, yaml_event_t *ev, int initialized)
{
	if (!initialized) {
		p->ok = false;
		return;
	}
	if (!p->ok) {
		yaml_event_delete(ev);
		return;
	}
	if (!yaml_emitter_emit(&p->em, ev)) /* consumes ev either way */
		p->ok = false;
}

/* Whether a YAML 1.1 or 1.2 reader would take s as something other than
 * a string (a number, a boolean, null, a time), so it must be quoted. */
static bool needs_quotes(const char *s)
{
	static const char *const words[] = { "y", "n", "yes", "no", "true", "false", "on", "off",
					     "null", "~" };
	if (!*s)
		return true;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strcasecmp(s, words[i]))
			return true;
	unsigned char c = (unsigned char)s[0], c1 = (unsigned char)s[1];
	return isdigit(c) || c == '.' || ((c == '-' || c == '+') && (isdigit(c1) || c1 == '.'));
}

static void emit_str(struct printer *p, const char *s)
{
	yaml_event_t ev;
	yaml_scalar_style_t style = needs_quotes(s) ? YAML_DOUBLE_QUOTED_SCALAR_STYLE :
						      YAML_PLAIN_SCALAR_STYLE;
	emit_ev(p, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s),
						     1, 1, style));
}

static void emit_int(struct printer *p, int64_t v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", (long long)v);
	yaml_event_t ev;
	emit_ev(p, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)buf,
						     (int)strlen(buf), 1, 1, YAML_PLAIN_SCALAR_STYLE));
}

static void emit_key_int(struct printer *p, const char *key, int64_t v)
{
	emit_str(p, key);
	emit_int(p, v);
}

static void emit_map(struct printer *p, bool start)
{
	yaml_event_t ev;
	emit_ev(p, &ev, start ? yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE) :
				yaml_mapping_end_event_initialize(&ev));
}

static void emit_seq(struct printer *p, bool start, bool flow)
{
	yaml_event_t ev;
	emit_ev(p, &ev, start ? yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
								    flow ? YAML_FLOW_SEQUENCE_STYLE :
									   YAML_BLOCK_SEQUENCE_STYLE) :
				yaml_sequence_end_event_initialize(&ev));
}

static void emit_bool(struct printer *p, const char *key, bool v)
{
	yaml_event_t ev;
	const char *s = v ? "true" : "false";
	emit_str(p, key);
	emit_ev(p, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s),
						     1, 1, YAML_PLAIN_SCALAR_STYLE));
}

static void emit_kv(struct printer *p, const char *key, const char *value)
{
	if (!value)
		return;
	emit_str(p, key);
	emit_str(p, value);
}

/* Slurm's D-HH:MM:SS (or HH:MM:SS), or UNLIMITED. */
static const char *fmt_time(char *buf, size_t n, int64_t s)
{
	if (s < 0)
		return "UNLIMITED";
	long long d = s / 86400, h = s / 3600 % 24, m = s / 60 % 60, sec = s % 60;
	if (d)
		snprintf(buf, n, "%lld-%02lld:%02lld:%02lld", d, h, m, sec);
	else
		snprintf(buf, n, "%02lld:%02lld:%02lld", h, m, sec);
	return buf;
}

static const char *fmt_ttl(char *buf, size_t n, int64_t s)
{
	static const struct { int64_t unit; char c; } units[] = { { 86400, 'd' }, { 3600, 'h' }, { 60, 'm' } };
	for (size_t i = 0; i < 3; i++)
		if (s && s % units[i].unit == 0) {
			snprintf(buf, n, "%lld%c", (long long)(s / units[i].unit), units[i].c);
			return buf;
		}
	snprintf(buf, n, "%llds", (long long)s);
	return buf;
}

static void emit_kv_list(struct printer *p, const char *key, const struct ir_kv *kv, size_t n)
{
	if (!n)
		return;
	emit_str(p, key);
	emit_map(p, true);
	for (size_t i = 0; i < n; i++)
		emit_kv(p, kv[i].key, kv[i].value);
	emit_map(p, false);
}

static void emit_tolerations(struct printer *p, const char *key, const struct prof_toleration *t,
			     size_t n)
{
	if (!n)
		return;
	emit_str(p, key);
	emit_seq(p, true, false);
	for (size_t i = 0; i < n; i++) {
		emit_map(p, true);
		emit_kv(p, "key", t[i].key);
		emit_kv(p, "operator", t[i].op);
		emit_kv(p, "value", t[i].value);
		emit_kv(p, "effect", t[i].effect);
		emit_map(p, false);
	}
	emit_seq(p, false, false);
}

static void emit_reqs(struct printer *p, const struct prof_req *r, size_t n)
{
	emit_map(p, true);
	for (size_t i = 0; i < n; i++) {
		emit_str(p, r[i].key);
		if (r[i].nvalues == 1) {
			emit_str(p, r[i].values[0]);
			continue;
		}
		emit_seq(p, true, true);
		for (size_t j = 0; j < r[i].nvalues; j++)
			emit_str(p, r[i].values[j]);
		emit_seq(p, false, true);
	}
	emit_map(p, false);
}

/* The keys of a settings block that are set, in table order. */
static void emit_settings_body(struct printer *p, const struct prof_settings *s)
{
	char buf[64];
	for (size_t i = 0; i < NFIELDS(settings_fields); i++) {
		const struct field *f = &settings_fields[i];
		const char *o = (const char *)s + f->off;
		if (f->kind == F_TTL && span_is_set(((const ir_int *)o)->at))
			emit_kv(p, f->name, fmt_ttl(buf, sizeof buf, ((const ir_int *)o)->v));
		else if (f->kind == F_BOOL && span_is_set(((const ir_bool *)o)->at))
			emit_bool(p, f->name, ((const ir_bool *)o)->v);
		else if (f->kind == F_LABELS)
			emit_kv_list(p, f->name, *(struct ir_kv *const *)o,
				     *(const size_t *)((const char *)s + f->noff));
		else if (f->kind == F_TOLERATIONS)
			emit_tolerations(p, f->name, *(struct prof_toleration *const *)o,
					 *(const size_t *)((const char *)s + f->noff));
		else if (f->kind != F_TTL && f->kind != F_BOOL && span_is_set(((const ir_str *)o)->at))
			emit_kv(p, f->name, ((const ir_str *)o)->v);
	}
}

static void emit_maps(struct printer *p, const char *key, const struct prof_map *m, size_t n)
{
	char buf[64];
	if (!n)
		return;
	emit_str(p, key);
	emit_map(p, true);
	for (size_t i = 0; i < n; i++) {
		emit_str(p, m[i].name);
		emit_map(p, true);
		emit_settings_body(p, &m[i].s);
		if (span_is_set(m[i].max_time_s.at))
			emit_kv(p, "max_time", fmt_time(buf, sizeof buf, m[i].max_time_s.v));
		if (span_is_set(m[i].default_time_s.at))
			emit_kv(p, "default_time", fmt_time(buf, sizeof buf, m[i].default_time_s.v));
		if (m[i].gpu.v)
			emit_kv(p, "gpu", m[i].gpu.v);
		if (m[i].is_default.v)
			emit_bool(p, "default", true);
		if (span_is_set(m[i].node_cpus.at) || span_is_set(m[i].node_gpus.at) || m[i].node_memory.v) {
			emit_str(p, "nodes");
			emit_map(p, true);
			if (span_is_set(m[i].node_cpus.at))
				emit_key_int(p, "cpus", m[i].node_cpus.v);
			if (span_is_set(m[i].node_gpus.at))
				emit_key_int(p, "gpus", m[i].node_gpus.v);
			emit_kv(p, "memory", m[i].node_memory.v);
			emit_map(p, false);
		}
		emit_map(p, false);
	}
	emit_map(p, false);
}

static void emit_gpu(struct printer *p, const struct prof_gpu *g)
{
	emit_map(p, true);
	emit_kv(p, "name", g->name);
	emit_kv(p, "vendor", g->vendor);
	emit_kv(p, "resource", g->resource);
	if (g->memory_gb)
		emit_key_int(p, "memory_gb", g->memory_gb);
	emit_kv(p, "skypilot", g->skypilot);
	if (g->ngres) {
		emit_str(p, "gres");
		emit_seq(p, true, true);
		for (size_t i = 0; i < g->ngres; i++)
			emit_str(p, g->gres[i]);
		emit_seq(p, false, true);
	}
	if (g->nlabels) {
		emit_str(p, "labels");
		emit_map(p, true);
		for (size_t i = 0; i < g->nlabels; i++) {
			emit_str(p, g->labels[i].scheme);
			emit_reqs(p, g->labels[i].reqs, g->labels[i].nreqs);
		}
		emit_map(p, false);
	}
	emit_map(p, false);
}

/* gres:, features: and modules:, the sections that map names. */
static void emit_lookups(struct printer *p, const struct profile *pr)
{
	if (pr->naliases) {
		emit_str(p, "gres");
		emit_map(p, true);
		for (size_t i = 0; i < pr->naliases; i++)
			emit_kv(p, pr->aliases[i].type, pr->aliases[i].gpu);
		emit_map(p, false);
	}
	if (pr->nfeatures) {
		emit_str(p, "features");
		emit_map(p, true);
		for (size_t i = 0; i < pr->nfeatures; i++) {
			emit_str(p, pr->features[i].name);
			emit_reqs(p, pr->features[i].reqs, pr->features[i].nreqs);
		}
		emit_map(p, false);
	}
	if (pr->nmodules) {
		emit_str(p, "modules");
		emit_map(p, true);
		for (size_t i = 0; i < pr->nmodules; i++)
			emit_kv(p, pr->modules[i].pattern, pr->modules[i].image);
		emit_map(p, false);
	}
}

static void emit_profile(struct printer *p, const struct profile *pr)
{
	emit_key_int(p, "version", 1);
	emit_kv(p, "name", pr->name);
	emit_kv(p, "description", pr->description);
	emit_kv(p, "extends", "none");
	emit_kv(p, "gpu_labels", pr->gpu_labels.v);
	emit_tolerations(p, "gpu_tolerations", pr->gpu_tolerations, pr->ngpu_tolerations);
	emit_str(p, "defaults");
	emit_map(p, true);
	emit_settings_body(p, &pr->defaults);
	emit_map(p, false);
	if (pr->ntargets) {
		emit_str(p, "targets");
		emit_map(p, true);
		for (size_t i = 0; i < pr->ntargets; i++) {
			emit_str(p, pr->targets[i].name);
			emit_map(p, true);
			emit_settings_body(p, &pr->targets[i].s);
			emit_map(p, false);
		}
		emit_map(p, false);
	}
	emit_maps(p, "partitions", pr->partitions, pr->npartitions);
	emit_maps(p, "qos", pr->qos, pr->nqos);
	emit_maps(p, "accounts", pr->accounts, pr->naccounts);
	emit_lookups(p, pr);
	emit_str(p, "output");
	emit_map(p, true);
	emit_kv(p, "mode", pr->output.mode == OUTPUT_VOLUME ? "volume" : "log");
	if (pr->output.mode == OUTPUT_VOLUME)
		emit_kv(p, "volume", pr->output.spec);
	emit_map(p, false);
	if (pr->ngpus) {
		emit_str(p, "gpus");
		emit_seq(p, true, false);
		for (size_t i = 0; i < pr->ngpus; i++)
			emit_gpu(p, &pr->gpus[i]);
		emit_seq(p, false, false);
	}
}

/* A comment line before the document; control characters become '?'. */
static void print_comment(struct printer *p, const char *fmt, const char *arg)
{
	char line[512];
	snprintf(line, sizeof line, fmt, arg);
	for (char *c = line; *c; c++)
		if ((unsigned char)*c < 0x20)
			*c = '?';
	print_write(p, (unsigned char *)"# ", 2);
	print_write(p, (unsigned char *)line, strlen(line));
	print_write(p, (unsigned char *)"\n", 1);
}

bool profile_print(const struct profile *pr, char **text, size_t *len)
{
	struct printer p = { .ok = true };
	print_comment(&p, "slurmc site profile, chosen by %s", pr->origin ? pr->origin : "the caller");
	for (size_t i = 0; i < pr->nchain; i++)
		print_comment(&p, i ? "then %s" : "merged from %s", pr->chain[i]);
	yaml_emitter_initialize(&p.em);
	yaml_emitter_set_output(&p.em, print_write, &p);
	yaml_emitter_set_unicode(&p.em, 1);
	yaml_emitter_set_width(&p.em, -1);
	yaml_event_t ev;
	emit_ev(&p, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
	emit_ev(&p, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
	emit_map(&p, true);
	emit_profile(&p, pr);
	emit_map(&p, false);
	emit_ev(&p, &ev, yaml_document_end_event_initialize(&ev, 1));
	emit_ev(&p, &ev, yaml_stream_end_event_initialize(&ev));
	if (p.ok && !yaml_emitter_flush(&p.em))
		p.ok = false;
	yaml_emitter_delete(&p.em);
	if (!p.ok) {
		free(p.buf);
		*text = NULL;
		*len = 0;
		return false;
	}
	*text = p.buf;
	*len = p.len;
	return true;
}

/* --- lookups ------------------------------------------------------------ */

static const struct prof_map *find_map(const struct prof_map *m, size_t n, const char *name,
				       bool fold_case)
{
	for (size_t i = 0; name && i < n; i++)
		if (fold_case ? !strcasecmp(m[i].name, name) : !strcmp(m[i].name, name))
			return &m[i];
	return NULL;
}

const struct prof_map *profile_partition(const struct profile *p, const char *name)
{
	return p ? find_map(p->partitions, p->npartitions, name, false) : NULL;
}

const struct prof_map *profile_default_partition(const struct profile *p)
{
	for (size_t i = 0; p && i < p->npartitions; i++)
		if (p->partitions[i].is_default.v)
			return &p->partitions[i];
	return NULL;
}

const struct prof_map *profile_qos(const struct profile *p, const char *name)
{
	return p ? find_map(p->qos, p->nqos, name, true) : NULL;
}

const struct prof_map *profile_account(const struct profile *p, const char *name)
{
	return p ? find_map(p->accounts, p->naccounts, name, true) : NULL;
}

const struct prof_settings *profile_target_settings(const struct profile *p, const char *target)
{
	for (size_t i = 0; p && target && i < p->ntargets; i++)
		if (!strcmp(p->targets[i].name, target))
			return &p->targets[i].s;
	return NULL;
}

/* GRES type names compare without case, '-' and '_' alike, and without a
 * vendor prefix (Slurm's NVML autodetection names types "nvidia_a100-sxm4-80gb"). */
static const char *strip_vendor(const char *s)
{
	static const char *const vendors[] = { "nvidia", "tesla", "amd", "instinct" };
	for (size_t i = 0; i < sizeof vendors / sizeof *vendors; i++) {
		size_t n = strlen(vendors[i]);
		if (!strncasecmp(s, vendors[i], n) && (s[n] == '_' || s[n] == '-'))
			s += n + 1;
	}
	return s;
}

static bool gres_equal(const char *a, const char *b)
{
	a = strip_vendor(a);
	b = strip_vendor(b);
	for (; *a && *b; a++, b++) {
		char x = (char)tolower((unsigned char)*a), y = (char)tolower((unsigned char)*b);
		if (x == '_')
			x = '-';
		if (y == '_')
			y = '-';
		if (x != y)
			return false;
	}
	return !*a && !*b;
}

static const struct prof_gpu *gpu_named(const struct profile *p, const char *name)
{
	for (size_t i = 0; i < p->ngpus; i++)
		if (gres_equal(p->gpus[i].name, name))
			return &p->gpus[i];
	return NULL;
}

const struct prof_gpu *profile_gpu(const struct profile *p, const char *type)
{
	if (!p || !type)
		return NULL;
	for (size_t i = 0; i < p->naliases; i++)
		if (gres_equal(p->aliases[i].type, type))
			return gpu_named(p, p->aliases[i].gpu);
	for (size_t i = 0; i < p->ngpus; i++)
		for (size_t j = 0; j < p->gpus[i].ngres; j++)
			if (gres_equal(p->gpus[i].gres[j], type))
				return &p->gpus[i];
	return gpu_named(p, type);
}

const struct prof_labelset *profile_gpu_labels(const struct profile *p, const struct prof_gpu *g)
{
	for (size_t i = 0; p && g && p->gpu_labels.v && i < g->nlabels; i++)
		if (!strcmp(g->labels[i].scheme, p->gpu_labels.v))
			return &g->labels[i];
	return NULL;
}

const struct prof_feature *profile_feature(const struct profile *p, const char *name, size_t len)
{
	for (size_t i = 0; p && i < p->nfeatures; i++)
		if (strlen(p->features[i].name) == len && !strncmp(p->features[i].name, name, len))
			return &p->features[i];
	return NULL;
}

/* An arena-owned lower-case copy, for matching without regard to case. */
static char *lower(struct arena *a, const char *s)
{
	char *c = arena_strdup(a, s);
	for (char *x = c; *x; x++)
		*x = (char)tolower((unsigned char)*x);
	return c;
}

const char *profile_module_image(const struct profile *p, struct arena *a, const char *module,
				 const struct prof_module **rule)
{
	const char *slash = strchr(module, '/');
	char *mod = lower(a, module);
	char *base = lower(a, module);
	if (slash)
		base[slash - module] = '\0';
	for (size_t i = 0; p && i < p->nmodules; i++) {
		const struct prof_module *m = &p->modules[i];
		const char *pat = lower(a, m->pattern);
		bool match = !fnmatch(pat, mod, 0) || (!strchr(pat, '/') && !fnmatch(pat, base, 0));
		if (!match)
			continue;
		if (rule)
			*rule = m;
		const char *brace = strstr(m->image, "{version}");
		if (!brace)
			return m->image;
		if (!slash || !slash[1])
			continue; /* a template needs a version */
		return arena_printf(a, "%.*s%s%s", (int)(brace - m->image), m->image, slash + 1, brace + 9);
	}
	return NULL;
}

/* --- `module load` lines ------------------------------------------------ */

struct module_use {
	const char *name; /* "cuda/12.4" */
	struct span at;   /* the word in the body */
	const char *line; /* "module load cuda/12.4", for the note */
};

/* Words of one shell command (text[0..n)), up to the first operator or
 * comment; returns how many, at most max. */
static size_t command_words(const char *text, size_t n, size_t *off, size_t *len, size_t max)
{
	size_t k = 0, i = 0;
	while (i < n && k < max) {
		while (i < n && (text[i] == ' ' || text[i] == '\t'))
			i++;
		if (i == n || strchr(";&|#<>()`$", text[i]))
			break;
		size_t start = i;
		while (i < n && !strchr(" \t;&|<>()`", text[i]))
			i++;
		off[k] = start;
		len[k++] = i - start;
	}
	return k;
}

static bool word_is(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && !memcmp(w, s, n);
}

/* The modules one command loads: `module [opts] load|add|try-load X...`
 * or `ml [load] X...` (ml's other subcommands load nothing). */
static void command_modules(struct arena *a, const struct ir_job *job, size_t cmd_off,
			    const char *text, size_t n, struct module_use **uses, size_t *nuses)
{
	size_t off[32], len[32];
	size_t k = command_words(text, n, off, len, 32), i = 1;
	if (k < 2)
		return;
	bool ml = word_is(text + off[0], len[0], "ml");
	if (!ml && !word_is(text + off[0], len[0], "module"))
		return;
	while (i < k && text[off[i]] == '-')
		i++;
	static const char *const loads[] = { "load", "add", "try-load", "try-add" };
	bool sub = false;
	for (size_t j = 0; i < k && j < 4; j++)
		sub |= word_is(text + off[i], len[i], loads[j]);
	if (sub)
		i++;
	else if (!ml)
		return;
	static const char *const ml_subs[] = { "purge", "list", "avail", "spider", "show", "unload",
					       "swap", "save", "restore", "help", "whatis", "keyword" };
	for (size_t j = 0; ml && !sub && j < sizeof ml_subs / sizeof *ml_subs; j++)
		if (i < k && word_is(text + off[i], len[i], ml_subs[j]))
			return;
	for (; i < k; i++) {
		if (text[off[i]] == '-' || memchr(text + off[i], '=', len[i]))
			continue;
		struct module_use u = {
			arena_strndup(a, text + off[i], len[i]),
			span_make(job->src, job->body.offset + cmd_off + off[i], len[i]),
			arena_strndup(a, text + off[0], off[k - 1] + len[k - 1] - off[0]),
		};
		*uses = arena_grow(a, *uses, *nuses, *nuses + 1, sizeof **uses);
		(*uses)[(*nuses)++] = u;
	}
}

/* Every module the body loads, in order. */
static size_t body_modules(struct arena *a, const struct ir_job *job, struct module_use **uses)
{
	size_t n = 0;
	const char *t = job->body.text;
	size_t len = job->body.len;
	for (size_t i = 0; i < len;) {
		size_t eol = i;
		while (eol < len && t[eol] != '\n')
			eol++;
		/* commands of the line, split at ; && || | */
		for (size_t s = i; s < eol;) {
			size_t e = s;
			while (e < eol && !strchr(";&|", t[e]))
				e++;
			command_modules(a, job, s, t + s, e - s, uses, &n);
			while (e < eol && strchr(";&|", t[e]))
				e++;
			s = e;
		}
		i = eol + 1;
	}
	return n;
}

void profile_module_hint(const struct profile *p, struct ir_job *job, struct diag_engine *d)
{
	if (!p || !p->nmodules || job->slurmc.image.v || !job->body.text)
		return;
	struct module_use *uses = NULL;
	size_t n = body_modules(job->arena, job, &uses);
	for (size_t r = 0; r < p->nmodules; r++) {
		for (size_t i = 0; i < n; i++) {
			const struct prof_module *rule = NULL;
			struct profile one = { .modules = &p->modules[r], .nmodules = 1 };
			const char *img = profile_module_image(&one, job->arena, uses[i].name, &rule);
			if (!img)
				continue;
			job->slurmc.image = (ir_str){ img, uses[i].at };
			struct diag *x = diag_report(d, N_IMAGE_FROM_MODULE, uses[i].at, img, uses[i].line);
			diag_note_at(d, x, rule->at, "The profile's rule \"%s\" maps module \"%s\" to it.",
				     rule->pattern, uses[i].name);
			diag_hint(d, x, "Set the image with #SLURMC --image to choose another.");
			return;
		}
	}
}

/* --- --constraint to node affinity ------------------------------------- */

/* A formula in disjunctive normal form: an OR of terms, each an AND of
 * node label requirements. One empty term means "no constraint". */
struct dnf {
	struct prof_term *t;
	size_t n;
};

#define DNF_MAX_TERMS 32

struct cparse {
	const struct profile *p;
	struct arena *a;
	struct diag_engine *d;
	const char *s;
	size_t i;
	struct span at;    /* the directive's value */
	bool approx_group, approx_count, approx_not, too_big;
};

static struct dnf dnf_true(struct arena *a)
{
	struct dnf f = { arena_alloc(a, sizeof *f.t), 1 };
	return f;
}

static bool dnf_is_true(struct dnf f)
{
	for (size_t i = 0; i < f.n; i++)
		if (f.t[i].nreqs == 0)
			return true;
	return false;
}

static struct dnf dnf_or(struct cparse *c, struct dnf x, struct dnf y)
{
	if (dnf_is_true(x) || dnf_is_true(y) || x.n + y.n > DNF_MAX_TERMS) {
		c->too_big |= x.n + y.n > DNF_MAX_TERMS;
		return dnf_true(c->a);
	}
	struct dnf f = { arena_alloc(c->a, (x.n + y.n) * sizeof *f.t), x.n + y.n };
	copy(f.t, x.t, x.n * sizeof *f.t);
	copy(f.t + x.n, y.t, y.n * sizeof *f.t);
	return f;
}

static struct dnf dnf_and(struct cparse *c, struct dnf x, struct dnf y)
{
	if (x.n * y.n > DNF_MAX_TERMS) {
		c->too_big = true;
		return dnf_true(c->a);
	}
	struct dnf f = { arena_alloc(c->a, x.n * y.n * sizeof *f.t), x.n * y.n };
	for (size_t i = 0; i < x.n; i++) {
		for (size_t j = 0; j < y.n; j++) {
			struct prof_term *t = &f.t[i * y.n + j];
			t->nreqs = x.t[i].nreqs + y.t[j].nreqs;
			t->reqs = arena_alloc(c->a, (t->nreqs ? t->nreqs : 1) * sizeof *t->reqs);
			copy(t->reqs, x.t[i].reqs, x.t[i].nreqs * sizeof *t->reqs);
			copy(t->reqs + x.t[i].nreqs, y.t[j].reqs, y.t[j].nreqs * sizeof *t->reqs);
		}
	}
	return f;
}

/* The span of value[off..off+len) when `at` ends with the value as written. */
static struct span value_span(struct span at, const char *value, size_t off, size_t len)
{
	size_t vlen = strlen(value);
	if (!at.src || at.len < vlen || memcmp(at.src->text + at.off + at.len - vlen, value, vlen))
		return at;
	return span_make(at.src, at.off + at.len - vlen + off, len ? len : 1);
}

static struct dnf c_or(struct cparse *c);

/* A feature name, or a group in () or []; then an optional *count. */
static struct dnf c_factor(struct cparse *c)
{
	struct dnf f;
	char open = c->s[c->i];
	if (open == '!') {
		c->i++;
		c->approx_not = true;
		c_factor(c);
		return dnf_true(c->a);
	}
	if (open == '(' || open == '[') {
		c->i++;
		c->approx_group |= open == '[';
		f = c_or(c);
		if (c->s[c->i] == (open == '(' ? ')' : ']'))
			c->i++;
	} else {
		size_t start = c->i;
		while (c->s[c->i] && !strchr("&|,()[]*! \t", c->s[c->i]))
			c->i++;
		size_t len = c->i - start;
		const struct prof_feature *feat = profile_feature(c->p, c->s + start, len);
		f = dnf_true(c->a);
		if (feat) {
			f.t[0].reqs = feat->reqs;
			f.t[0].nreqs = feat->nreqs;
		} else if (len && c->d) {
			struct diag *r = diag_report(c->d, W_UNKNOWN_FEATURE,
						     value_span(c->at, c->s, start, len),
						     arena_strndup(c->a, c->s + start, len));
			diag_hint(c->d, r, "Map it to node labels under \"features:\" in the site profile.");
		}
	}
	if (c->s[c->i] == '*') {
		c->approx_count = true;
		c->i++;
		while (isdigit((unsigned char)c->s[c->i]))
			c->i++;
	}
	return f;
}

static struct dnf c_and(struct cparse *c)
{
	struct dnf f = c_factor(c);
	while (c->s[c->i] == '&' || c->s[c->i] == ',') {
		c->i++;
		f = dnf_and(c, f, c_factor(c));
	}
	return f;
}

static struct dnf c_or(struct cparse *c)
{
	struct dnf f = c_and(c);
	while (c->s[c->i] == '|') {
		c->i++;
		f = dnf_or(c, f, c_and(c));
	}
	return f;
}

/* --constraint or --prefer as node affinity terms; 0 terms when nothing
 * constrains. Unknown features and approximations are reported at `v`,
 * unless d is NULL (a value carried over from the previous component). */
static size_t constraint_terms(const struct profile *p, struct arena *a, struct diag_engine *d,
			       ir_str v, bool prefer, struct prof_term **terms)
{
	*terms = NULL;
	if (!v.v || !*v.v)
		return 0;
	struct cparse c = { .p = p, .a = a, .d = d, .s = v.v, .at = v.at };
	struct dnf f = c_or(&c);
	const char *what[] = { c.approx_group ? "matching OR \"[...]\"" : NULL,
			       c.approx_count ? "a node count \"*N\"" : NULL,
			       c.approx_not ? "a negation \"!\"" : NULL,
			       c.too_big ? "an expression with too many alternatives" : NULL };
	static const char *const notes[] = {
		"Brackets are read as a plain OR: pods of one job may get nodes with different features.",
		"Counts are dropped: every pod gets a node with the feature.",
		"Negated features are dropped.",
		"The whole expression is dropped: it would need more than 32 node selector terms.",
	};
	for (size_t i = 0; i < 4; i++) {
		if (!what[i] || !d)
			continue;
		struct diag *r = diag_report(d, W_CONSTRAINT_APPROX, v.at, what[i],
					     prefer ? "--prefer" : "--constraint");
		diag_note(d, r, "%s", notes[i]);
	}
	if (dnf_is_true(f))
		return 0;
	*terms = f.t;
	return f.n;
}

/* --- resolving a component ---------------------------------------------- */

/* Where each resolved setting comes from, most specific first. */
enum order { BY_PARTITION, BY_ACCOUNT, BY_QOS };

struct setting {
	size_t prof;    /* offset in struct prof_settings */
	size_t slurmc;  /* offset in struct ir_slurmc */
	size_t out;     /* offset in struct prof_resolved */
	char type;      /* 's' ir_str, 'i' ir_int, 'b' ir_bool */
	enum order order;
};

#define R(m) offsetof(struct prof_resolved, m)
#define SL(m) offsetof(struct ir_slurmc, m)
static const struct setting settings[] = {
	{ SET(image), SL(image), R(image), 's', BY_PARTITION },
	{ SET(namespace_), SL(namespace_), R(namespace_), 's', BY_ACCOUNT },
	{ SET(queue), SL(queue), R(queue), 's', BY_PARTITION },
	{ SET(priority_class), SL(priority_class), R(priority_class), 's', BY_QOS },
	{ SET(scheduler_name), SL(scheduler_name), R(scheduler_name), 's', BY_PARTITION },
	{ SET(service_account), SL(service_account), R(service_account), 's', BY_ACCOUNT },
	{ SET(image_pull_policy), SL(image_pull_policy), R(image_pull_policy), 's', BY_PARTITION },
	{ SET(runtime_class), SL(runtime_class), R(runtime_class), 's', BY_PARTITION },
	{ SET(shm_size), SL(shm_size), R(shm_size), 's', BY_PARTITION },
	{ SET(cloud), SL(cloud), R(cloud), 's', BY_PARTITION },
	{ SET(region), SL(region), R(region), 's', BY_PARTITION },
	{ SET(zone), SL(zone), R(zone), 's', BY_PARTITION },
	{ SET(ttl_s), SL(ttl_s), R(ttl_s), 'i', BY_PARTITION },
	{ SET(use_spot), SL(use_spot), R(use_spot), 'b', BY_PARTITION },
};

/* The settings blocks that apply, most specific first, for one order. */
struct levels {
	const struct prof_settings *part, *qos, *acct, *target, *defaults;
};

static void ordered(const struct levels *lv, enum order o, const struct prof_settings *out[5])
{
	const struct prof_settings *by_part[] = { lv->part, lv->qos, lv->acct },
				   *by_acct[] = { lv->acct, lv->part, lv->qos },
				   *by_qos[] = { lv->qos, lv->part, lv->acct };
	const struct prof_settings *const *first = o == BY_ACCOUNT ? by_acct : o == BY_QOS ? by_qos : by_part;
	for (size_t i = 0; i < 3; i++)
		out[i] = first[i];
	out[3] = lv->target;
	out[4] = lv->defaults;
}

static const struct span *value_at(const void *v, char type)
{
	return type == 's' ? &((const ir_str *)v)->at : type == 'i' ? &((const ir_int *)v)->at :
			     &((const ir_bool *)v)->at;
}

static size_t value_size(char type)
{
	return type == 's' ? sizeof(ir_str) : type == 'i' ? sizeof(ir_int) : sizeof(ir_bool);
}

/* #SLURMC first, then the profile's levels. */
static void resolve_settings(const struct levels *lv, const struct ir_slurmc *s,
			     struct prof_resolved *out)
{
	for (size_t i = 0; i < sizeof settings / sizeof *settings; i++) {
		const struct setting *x = &settings[i];
		const void *src = (const char *)s + x->slurmc;
		const struct prof_settings *lvl[5];
		ordered(lv, x->order, lvl);
		for (size_t k = 0; !span_is_set(*value_at(src, x->type)) && k < 5; k++)
			if (lvl[k])
				src = (const char *)lvl[k] + x->prof;
		if (span_is_set(*value_at(src, x->type)))
			copy((char *)out + x->out, src, value_size(x->type));
	}
}

/* Sets key=value in a list, replacing an item with the same key. */
static void put_kv(struct arena *a, struct ir_kv **arr, size_t *n, const struct ir_kv *kv)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*arr)[i].key, kv->key)) {
			(*arr)[i] = *kv;
			return;
		}
	*arr = arena_grow(a, *arr, *n, *n + 1, sizeof **arr);
	(*arr)[(*n)++] = *kv;
}

static bool same_toleration(const struct prof_toleration *x, const struct prof_toleration *y)
{
	return !strcmp(x->op, y->op) && (x->key == y->key || (x->key && y->key && !strcmp(x->key, y->key))) &&
	       (x->value == y->value || (x->value && y->value && !strcmp(x->value, y->value))) &&
	       (x->effect == y->effect || (x->effect && y->effect && !strcmp(x->effect, y->effect)));
}

static void put_toleration(struct arena *a, struct prof_resolved *out, const struct prof_toleration *t)
{
	for (size_t i = 0; i < out->ntolerations; i++)
		if (same_toleration(&out->tolerations[i], t))
			return;
	out->tolerations = arena_grow(a, out->tolerations, out->ntolerations, out->ntolerations + 1,
				      sizeof *out->tolerations);
	out->tolerations[out->ntolerations++] = *t;
}

/* Labels, node selectors and tolerations: every level adds, the more
 * specific later, #SLURMC last. */
static void resolve_lists(struct arena *a, const struct levels *lv, const struct ir_slurmc *s,
			  struct prof_resolved *out)
{
	const struct prof_settings *lvl[] = { lv->defaults, lv->target, lv->acct, lv->qos, lv->part };
	for (size_t k = 0; k < 5; k++) {
		if (!lvl[k])
			continue;
		for (size_t i = 0; i < lvl[k]->nlabels; i++)
			put_kv(a, &out->labels, &out->nlabels, &lvl[k]->labels[i]);
		for (size_t i = 0; i < lvl[k]->nnode_selector; i++)
			put_kv(a, &out->node_selector, &out->nnode_selector, &lvl[k]->node_selector[i]);
		for (size_t i = 0; i < lvl[k]->ntolerations; i++)
			put_toleration(a, out, &lvl[k]->tolerations[i]);
	}
	for (size_t i = 0; i < s->nlabels; i++)
		put_kv(a, &out->labels, &out->nlabels, &s->labels[i]);
	for (size_t i = 0; i < s->nnode_selector; i++)
		put_kv(a, &out->node_selector, &out->nnode_selector, &s->node_selector[i]);
	for (size_t i = 0; i < s->ntolerations; i++) {
		/* #SLURMC keeps "KEY[=VALUE]" and the effect (see ir.h) */
		const char *k = s->tolerations[i].key, *eq = strchr(k, '=');
		struct prof_toleration t = { eq ? arena_strndup(a, k, (size_t)(eq - k)) : k,
					     eq ? "Equal" : "Exists", eq ? eq + 1 : NULL,
					     s->tolerations[i].value, s->tolerations[i].at };
		put_toleration(a, out, &t);
	}
}

/* Whether a component's value came from the one before it (het jobs carry
 * options over), so it was already warned about. */
static bool carried(const struct ir_job *job, size_t comp, size_t off)
{
	if (comp == 0)
		return false;
	const struct span *x = (const struct span *)((const char *)&job->comps[comp] + off);
	const struct span *y = (const struct span *)((const char *)&job->comps[comp - 1] + off);
	return x->src == y->src && x->off == y->off && x->len == y->len;
}

#define CARRIED(job, comp, field) carried(job, comp, offsetof(struct ir_component, field.at))

/* A list of names for a "the profile has ..." note (at most 8). */
static const char *names_of(struct arena *a, const struct prof_map *m, size_t n)
{
	char *s = arena_strdup(a, "");
	for (size_t i = 0; i < n && i < 8; i++)
		s = arena_printf(a, "%s%s\"%s\"", s, i ? ", " : "", m[i].name);
	return n > 8 ? arena_printf(a, "%s, ...", s) : s;
}

/* The partition entry for -p (the first of a comma list that the profile
 * knows), else the default partition. */
static const struct prof_map *resolve_partition(const struct profile *p, const struct ir_job *job,
						size_t comp, struct arena *a, struct diag_engine *d)
{
	const ir_str *part = &job->comps[comp].partition;
	if (!part->v)
		return profile_default_partition(p);
	for (const char *s = part->v; *s;) {
		size_t n = strcspn(s, ",");
		char *name = arena_strndup(a, s, n);
		const struct prof_map *m = profile_partition(p, name);
		if (m)
			return m;
		s += n + (s[n] == ',');
	}
	if (p->npartitions && !CARRIED(job, comp, partition)) {
		struct diag *r = diag_report(d, W_UNKNOWN_PARTITION, part->at, part->v);
		const char *names[64] = { 0 };
		for (size_t i = 0; i < p->npartitions && i < 64; i++)
			names[i] = p->partitions[i].name;
		diag_note(d, r, "The profile maps the partitions %s.", names_of(a, p->partitions, p->npartitions));
		const char *sug = suggest(part->v, names, p->npartitions < 64 ? p->npartitions : 64);
		if (sug)
			diag_hint(d, r, "Did you mean \"%s\"?", sug);
	}
	return profile_default_partition(p);
}

/* Warns when --time is over the limit of the partition or QOS. */
static void check_time(const struct ir_job *job, size_t comp, const struct prof_map *m,
		       const char *kind, struct diag_engine *d)
{
	const ir_int *t = &job->comps[comp].time_limit_s;
	if (!m || !span_is_set(m->max_time_s.at) || m->max_time_s.v < 0 || !span_is_set(t->at) ||
	    CARRIED(job, comp, time_limit_s))
		return;
	if (t->v >= 0 && t->v <= m->max_time_s.v)
		return;
	char buf[64];
	struct diag *r = diag_report(d, W_TIME_OVER_MAX, t->at, kind, m->name);
	diag_note_at(d, r, m->max_time_s.at, "The site profile limits %s \"%s\" to %s.", kind, m->name,
		     fmt_time(buf, sizeof buf, m->max_time_s.v));
	diag_hint(d, r, "Slurm would leave such a job pending; shorten --time or choose another %s.", kind);
}

/* Whether the component asks for GPUs at all. */
static bool wants_gpus(const struct ir_gpus *g)
{
	const ir_int *n[] = { &g->per_job, &g->per_node, &g->per_task, &g->per_socket };
	for (size_t i = 0; i < 4; i++)
		if (span_is_set(n[i]->at) && n[i]->v > 0)
			return true;
	return false;
}

/* The GPU of the component: its type, else its partition's default. */
static void resolve_gpu(const struct profile *p, const struct ir_job *job, size_t comp,
			struct arena *a, struct diag_engine *d, struct prof_resolved *out,
			struct prof_req **multi, size_t *nmulti)
{
	const struct ir_component *c = &job->comps[comp];
	ir_str type = c->gpus.type;
	if (!type.v && out->partition && out->partition->gpu.v)
		type = out->partition->gpu;
	if (!type.v)
		return;
	out->gpu = profile_gpu(p, type.v);
	bool quiet = CARRIED(job, comp, gpus.type);
	if (!out->gpu) {
		if (p->ngpus && !quiet) {
			struct diag *r = diag_report(d, W_UNKNOWN_GPU_TYPE, type.at, type.v);
			diag_hint(d, r, "Map the site's GRES type to a catalogue GPU under \"gres:\" in the site profile.");
		}
		return;
	}
	out->accelerator = out->gpu->skypilot;
	const struct prof_labelset *ls = profile_gpu_labels(p, out->gpu);
	if (!ls) {
		if (p->gpu_labels.v && strcmp(p->gpu_labels.v, "none") && !quiet)
			diag_report(d, W_GPU_NO_LABELS, type.at, out->gpu->name, p->gpu_labels.v);
		return;
	}
	for (size_t i = 0; i < ls->nreqs; i++) {
		const struct prof_req *q = &ls->reqs[i];
		if (q->nvalues == 1) {
			bool mine = false; /* #SLURMC --node-selector with the same key wins */
			for (size_t j = 0; j < job->slurmc.nnode_selector && !mine; j++)
				mine = !strcmp(job->slurmc.node_selector[j].key, q->key);
			struct ir_kv kv = { q->key, q->values[0], q->at };
			if (!mine)
				put_kv(a, &out->node_selector, &out->nnode_selector, &kv);
			continue;
		}
		*multi = arena_grow(a, *multi, *nmulti, *nmulti + 1, sizeof **multi);
		(*multi)[(*nmulti)++] = *q;
	}
}

/* ANDs the GPU's multi-valued requirements into every required term. */
static void add_to_terms(struct arena *a, struct prof_resolved *out, const struct prof_req *r, size_t n)
{
	if (!n)
		return;
	if (!out->nrequired) {
		out->required = arena_alloc(a, sizeof *out->required);
		out->nrequired = 1;
	}
	for (size_t i = 0; i < out->nrequired; i++) {
		struct prof_term *t = &out->required[i];
		struct prof_req *reqs = arena_alloc(a, (t->nreqs + n) * sizeof *reqs);
		copy(reqs, t->reqs, t->nreqs * sizeof *reqs);
		copy(reqs + t->nreqs, r, n * sizeof *reqs);
		t->reqs = reqs;
		t->nreqs += n;
	}
}

/* #SLURMC, then partition, QOS, account, then the GPU's catalogue entry,
 * then target and defaults: a site's MIG partition beats the catalogue,
 * the catalogue's amd.com/gpu beats a default of nvidia.com/gpu. */
static const char *gpu_resource(const struct levels *lv, const struct ir_slurmc *s,
				const struct prof_gpu *gpu)
{
	const struct prof_settings *lvl[5];
	ordered(lv, BY_PARTITION, lvl);
	if (s->gpu_resource.v)
		return s->gpu_resource.v;
	for (size_t k = 0; k < 5; k++) {
		if (k == 3 && gpu)
			return gpu->resource;
		if (lvl[k] && lvl[k]->gpu_resource.v)
			return lvl[k]->gpu_resource.v;
	}
	return "nvidia.com/gpu";
}

void profile_resolve(const struct profile *p, const struct ir_job *job, size_t comp,
		     const char *target, struct arena *a, struct diag_engine *d,
		     struct prof_resolved *out)
{
	const struct ir_component *c = &job->comps[comp];
	const struct ir_slurmc *s = &job->slurmc;
	static const struct profile none = { .name = "none" };
	memset(out, 0, sizeof *out);
	if (!p)
		p = &none;
	out->partition = resolve_partition(p, job, comp, a, d);
	out->qos = profile_qos(p, c->qos.v);
	if (c->qos.v && !out->qos && p->nqos && !CARRIED(job, comp, qos)) {
		struct diag *r = diag_report(d, W_UNKNOWN_QOS, c->qos.at, c->qos.v);
		diag_note(d, r, "The profile maps the QOS %s.", names_of(a, p->qos, p->nqos));
	}
	out->account = profile_account(p, c->account.v);
	struct levels lv = { out->partition ? &out->partition->s : NULL, out->qos ? &out->qos->s : NULL,
			     out->account ? &out->account->s : NULL, profile_target_settings(p, target),
			     &p->defaults };
	resolve_settings(&lv, s, out);
	resolve_lists(a, &lv, s, out);
	check_time(job, comp, out->partition, "partition", d);
	check_time(job, comp, out->qos, "QOS", d);
	out->time_limit_s = c->time_limit_s;
	if (!span_is_set(out->time_limit_s.at) && out->partition)
		out->time_limit_s = out->partition->default_time_s;
	if (out->partition) {
		out->node_cpus = out->partition->node_cpus;
		out->node_gpus = out->partition->node_gpus;
		out->node_memory = out->partition->node_memory;
	}
	out->nrequired = constraint_terms(p, a, CARRIED(job, comp, constraint) ? NULL : d,
					  c->constraint, false, &out->required);
	out->npreferred = constraint_terms(p, a, CARRIED(job, comp, prefer) ? NULL : d, c->prefer,
					   true, &out->preferred);
	struct prof_req *multi = NULL;
	size_t nmulti = 0;
	if (wants_gpus(&c->gpus)) {
		resolve_gpu(p, job, comp, a, d, out, &multi, &nmulti);
		add_to_terms(a, out, multi, nmulti);
		for (size_t i = 0; i < p->ngpu_tolerations; i++)
			put_toleration(a, out, &p->gpu_tolerations[i]);
	}
	out->gpu_resource = gpu_resource(&lv, s, out->gpu);
	out->output = p == &none ? NULL : &p->output;
}
