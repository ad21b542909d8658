/*
 * names.c: Kubernetes names and environment values made from script text.
 *
 * Object names come from the Slurm job name, which may be anything
 * ("My Run #3", "$(rm -rf ~)"). They become DNS-1035 labels, the strictest
 * rule any of our objects has (a Service name must start with a letter),
 * deterministically: same text, same name. Environment values survive
 * Kubernetes' $(VAR) expansion by escaping.
 */
#include "emitters/target.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* 32-bit FNV-1a, to tell apart names that had to be cut. */
static uint32_t fnv1a(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static bool lower_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Lower-cases s and turns every run of other characters into one '-',
 * without '-' at either end. Arena-owned. */
static char *squash(struct arena *a, const char *s)
{
	char *t = arena_alloc(a, strlen(s) + 1);
	size_t n = 0;
	for (; *s; s++) {
		char c = (*s >= 'A' && *s <= 'Z') ? (char)(*s - 'A' + 'a') : *s;
		if (lower_alnum(c))
			t[n++] = c;
		else if (n > 0 && t[n - 1] != '-')
			t[n++] = '-';
	}
	while (n > 0 && t[n - 1] == '-')
		n--;
	t[n] = '\0';
	return t;
}

const char *name_label(struct arena *a, const char *s, size_t max)
{
	const char *t = squash(a, s);
	if (!*t)
		t = "job";
	else if (!(t[0] >= 'a' && t[0] <= 'z'))
		t = arena_printf(a, "job-%s", t);
	if (max < 12)
		max = 12;
	if (strlen(t) <= max)
		return t;
	char *cut = arena_strndup(a, t, max - 9);
	size_t n = strlen(cut);
	while (n > 0 && cut[n - 1] == '-')
		cut[--n] = '\0';
	return arena_printf(a, "%s-%08x", cut, fnv1a(s));
}

bool name_env_ok(const char *s)
{
	if (!s || !*s || (*s >= '0' && *s <= '9'))
		return false;
	for (; *s; s++) {
		char c = *s;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-' || c == '.'))
			return false;
	}
	return true;
}

const char *k8s_env_escape(struct arena *a, const char *s)
{
	size_t extra = 0;
	for (const char *p = s; *p; p++)
		if (p[0] == '$' && (p[1] == '(' || p[1] == '$'))
			extra++;
	if (!extra)
		return s;
	char *t = arena_alloc(a, strlen(s) + extra + 1), *q = t;
	for (const char *p = s; *p; p++) {
		if (p[0] == '$' && (p[1] == '(' || p[1] == '$'))
			*q++ = '$';
		*q++ = *p;
	}
	return t;
}
