/*
 * emit_fixture.h: hand-built IRs and output readers for the unit tests of
 * the emitters (test_emit_job.c, test_emit_kueue.c, test_emit_podgroup.c,
 * test_emit_cover.c).
 *
 * A fixture is one script text with one component (or two, for a het
 * job); set_*() mark options as set at the first occurrence of their
 * value in the text, as the front end would. compile_for() runs emit()
 * and the output is read back with libyaml's document loader; get()
 * takes a dotted path ("spec.template.spec.schedulerName", "\\." for a
 * dot inside a key). Everything is static inline so that each test file
 * uses what it needs.
 */
#ifndef SLURMC_TEST_EMIT_FIXTURE_H
#define SLURMC_TEST_EMIT_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "emitters/target.h"

struct fixture {
	struct arena arena;
	struct source src;
	struct ir_job job;
	struct ir_component comp[2];
	struct diag_engine diag;
};

/* A job for script text; the body starts at the first line that is not a
 * comment. */
static inline struct fixture *make(const char *script)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->src = (struct source){ "test.sbatch", script, strlen(script), SRC_FILE, 0 };
	diag_init(&f->diag);
	diag_add_source(&f->diag, &f->src);
	f->job.arena = &f->arena;
	f->job.src = &f->src;
	f->job.script_name = "test.sbatch";
	f->job.interpreter = "/bin/bash";
	f->job.comps = f->comp;
	f->job.ncomps = 1;
	const char *p = script;
	unsigned line = 1;
	while (*p == '#' || *p == '\n') {
		const char *nl = strchr(p, '\n');
		if (!nl)
			break;
		p = nl + 1;
		line++;
	}
	f->job.body = (struct ir_body){ p, strlen(p), (size_t)(p - script), line };
	return f;
}

static inline void destroy(struct fixture *f)
{
	diag_free(&f->diag);
	arena_free(&f->arena);
	free(f);
}

/* The span of the first occurrence of text in the script (offset 0 when
 * absent). */
static inline struct span at_text(struct fixture *f, const char *text)
{
	const char *at = text ? strstr(f->src.text, text) : NULL;
	size_t off = at ? (size_t)(at - f->src.text) : 0;
	return span_make(&f->src, off, text ? strlen(text) : 1);
}

/* Marks sbatch option id of component 0 as set to value. */
static inline struct span set_opt(struct fixture *f, enum opt_id id, const char *value)
{
	struct span s = at_text(f, value);
	f->comp[0].opts[id] = (struct ir_opt){ value, s };
	return s;
}

static inline void set_int(struct fixture *f, enum opt_id id, ir_int *field, int64_t v,
			   const char *text)
{
	*field = (ir_int){ v, set_opt(f, id, text) };
}

static inline void set_nodes(struct fixture *f, int64_t n, const char *text)
{
	struct span s = set_opt(f, OPT_NODES, text);
	f->comp[0].min_nodes = (ir_int){ n, s };
	f->comp[0].max_nodes = (ir_int){ n, s };
}

static inline void set_array(struct fixture *f, const char *spec, const int64_t *idx, size_t n,
			     int64_t throttle)
{
	struct span s = set_opt(f, OPT_ARRAY, spec);
	f->comp[0].array = (struct ir_array){ s, spec, (int64_t *)idx, n, { 0, { 0 } } };
	if (throttle > 0)
		f->comp[0].array.throttle = (ir_int){ throttle, s };
}

/* Marks #SLURMC option id as set to value; field (may be NULL) gets it. */
static inline void set_slurmc(struct fixture *f, enum slurmc_opt_id id, ir_str *field,
			      const char *value)
{
	struct span s = at_text(f, value);
	f->job.slurmc.opts[id] = (struct ir_opt){ value, s };
	if (field)
		*field = (ir_str){ value, s };
}

/* --- reading output back ------------------------------------------------ */

struct docs {
	yaml_document_t d[8];
	int n;
};

static inline void load(const char *text, size_t len, struct docs *out)
{
	yaml_parser_t p;
	memset(out, 0, sizeof *out);
	assert_true(yaml_parser_initialize(&p));
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	for (;;) {
		assert_true(out->n < 8);
		assert_true(yaml_parser_load(&p, &out->d[out->n]));
		if (!yaml_document_get_root_node(&out->d[out->n])) {
			yaml_document_delete(&out->d[out->n]);
			break;
		}
		out->n++;
	}
	yaml_parser_delete(&p);
}

static inline void unload(struct docs *d)
{
	for (int i = 0; i < d->n; i++)
		yaml_document_delete(&d->d[i]);
}

/* Next part of a dotted path: copies it to part and returns the rest, or
 * NULL at the end. */
static inline const char *next_part(const char *path, char *part, size_t max)
{
	size_t n = 0;
	if (!*path)
		return NULL;
	for (; *path && *path != '.' && n + 1 < max; path++) {
		if (path[0] == '\\' && path[1] == '.')
			path++;
		part[n++] = *path;
	}
	part[n] = '\0';
	return *path == '.' ? path + 1 : path;
}

/* The node at a dotted path, or NULL. */
static inline yaml_node_t *node_at(yaml_document_t *doc, const char *path)
{
	yaml_node_t *n = yaml_document_get_root_node(doc);
	char part[128];
	while (n && (path = next_part(path, part, sizeof part)) != NULL) {
		yaml_node_t *next = NULL;
		if (n->type == YAML_SEQUENCE_NODE) {
			long i = strtol(part, NULL, 10);
			yaml_node_item_t *it = n->data.sequence.items.start;
			if (i < n->data.sequence.items.top - it)
				next = yaml_document_get_node(doc, it[i]);
		} else if (n->type == YAML_MAPPING_NODE) {
			for (yaml_node_pair_t *pr = n->data.mapping.pairs.start;
			     pr < n->data.mapping.pairs.top; pr++) {
				yaml_node_t *k = yaml_document_get_node(doc, pr->key);
				if (strcmp((char *)k->data.scalar.value, part) == 0)
					next = yaml_document_get_node(doc, pr->value);
			}
		}
		n = next;
	}
	return n;
}

/* The scalar at path, or NULL. */
static inline const char *get(yaml_document_t *doc, const char *path)
{
	yaml_node_t *n = node_at(doc, path);
	return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

/* How many keys the mapping at path has with this key (duplicates would
 * be refused by kubectl). */
static inline int keys_named(yaml_document_t *doc, const char *path, const char *key)
{
	yaml_node_t *n = node_at(doc, path);
	int count = 0;
	if (!n || n->type != YAML_MAPPING_NODE)
		return -1;
	for (yaml_node_pair_t *pr = n->data.mapping.pairs.start; pr < n->data.mapping.pairs.top; pr++)
		count += strcmp((char *)yaml_document_get_node(doc, pr->key)->data.scalar.value, key) == 0;
	return count;
}

/* The first document of this kind, or NULL. */
static inline yaml_document_t *doc_of(struct docs *d, const char *kind)
{
	for (int i = 0; i < d->n; i++)
		if (get(&d->d[i], "kind") && strcmp(get(&d->d[i], "kind"), kind) == 0)
			return &d->d[i];
	return NULL;
}

/* --- compiling ------------------------------------------------------------ */

/* Runs emit() for target with a site profile (or NULL); returns the
 * output (caller frees), or NULL when emit() failed. */
static inline char *compile_for(struct fixture *f, const char *target, const struct profile *p,
				size_t *len)
{
	struct emit_options o = { .image = "busybox:1.36", .source_name = "test.sbatch",
				  .slurmc_version = "0.0.0-test", .profile = p };
	char *out = NULL;
	bool ok = emit(target, &f->job, &o, &f->diag, &out, len);
	assert_true(ok == (out != NULL));
	return out;
}

/* A site profile from YAML text, merged over the built-in default. */
static inline const struct profile *site_profile(struct fixture *f, const char *yaml)
{
	const struct profile *p = profile_from_text(&f->arena, &f->diag, "site.yaml", yaml, strlen(yaml));
	assert_non_null(p);
	return p;
}

static inline bool reported(struct fixture *f, enum diag_id id)
{
	for (size_t i = 0; i < f->diag.n; i++)
		if (f->diag.list[i].id == id)
			return true;
	return false;
}

/* The message of the first diagnostic id, or NULL. */
static inline const char *message_of(struct fixture *f, enum diag_id id)
{
	for (size_t i = 0; i < f->diag.n; i++)
		if (f->diag.list[i].id == id)
			return f->diag.list[i].message;
	return NULL;
}

/* How many diagnostics with id there are. */
static inline int count_of(struct fixture *f, enum diag_id id)
{
	int n = 0;
	for (size_t i = 0; i < f->diag.n; i++)
		n += f->diag.list[i].id == id;
	return n;
}

#endif
