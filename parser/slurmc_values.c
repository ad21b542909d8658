/*
 * slurmc_values.c: validators for #SLURMC values (see slurmc_values.h).
 *
 * Kubernetes rejects a bad name only when the manifest reaches the API
 * server, far from the line that wrote it; these checks move that error
 * to the directive. Each validator finds the first offending byte so the
 * caret points at it, and says in a note which rule it broke.
 */
#include "parser/slurmc_values.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool is_lower_alnum(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static bool is_alnum(int c)
{
	return is_lower_alnum(c) || (c >= 'A' && c <= 'Z');
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* --- names ------------------------------------------------------------ */

/* True when s[0..n) matches DNS-1123: lower-case alphanumerics and '-',
 * alphanumeric at both ends of every label; labels joined by '.' when
 * `dots`. */
static bool dns_ok(const char *s, size_t n, bool dots)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		bool edge = i == 0 || i + 1 == n || (dots && (s[i - 1] == '.' || s[i + 1] == '.'));
		if (is_lower_alnum(c) || (c == '-' && !edge) || (c == '.' && dots && !edge))
			continue;
		return false;
	}
	return true;
}

/* The hint for a name with upper-case letters or '_', which is most of
 * the bad names people write. */
static const char *dns_hint(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isupper((unsigned char)s[i]) || s[i] == '_')
			return "Use lower case, and '-' instead of '_'.";
	return NULL;
}

bool sval_dns_label(const char *s, size_t n, enum diag_id id, struct verr *e)
{
	if (n > 63)
		return verr_fail(e, id, 0, n, "A DNS-1123 label has at most 63 characters.", NULL);
	if (n == 0 || !dns_ok(s, n, false))
		return verr_fail(e, id, 0, n,
				 "A DNS-1123 label has lower-case letters, digits and '-', and starts and ends with a letter or digit.",
				 dns_hint(s, n));
	return true;
}

bool sval_dns_subdomain(const char *s, size_t n, enum diag_id id, struct verr *e)
{
	if (n > 253)
		return verr_fail(e, id, 0, n, "A DNS-1123 subdomain has at most 253 characters.", NULL);
	if (n == 0 || !dns_ok(s, n, true))
		return verr_fail(e, id, 0, n,
				 "A DNS-1123 subdomain has lower-case letters, digits, '-' and '.', and starts and ends with a letter or digit.",
				 dns_hint(s, n));
	return true;
}

/* True when s[0..n) is a name part of a qualified name (or a label
 * value): at most 63 of [A-Za-z0-9._-], alphanumeric at both ends. */
static bool name_part_ok(const char *s, size_t n)
{
	if (n > 63)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!is_alnum(c) && !((c == '-' || c == '_' || c == '.') && i > 0 && i + 1 < n))
			return false;
	}
	return true;
}

bool sval_qualified_name(const char *s, size_t n, enum diag_id id, struct verr *e)
{
	const char *slash = memchr(s, '/', n);
	if (slash) {
		size_t plen = (size_t)(slash - s);
		if (plen == 0 || plen > 253 || !dns_ok(s, plen, true))
			return verr_fail(e, id, 0, n,
					 "The prefix before '/' must be a DNS-1123 subdomain, such as \"example.com\".",
					 dns_hint(s, plen));
		if (memchr(slash + 1, '/', n - plen - 1))
			return verr_fail(e, id, 0, n, "A key has at most one '/', between prefix and name.", NULL);
	}
	size_t off = slash ? (size_t)(slash - s) + 1 : 0;
	if (n == off || !name_part_ok(s + off, n - off))
		return verr_fail(e, id, 0, n,
				 n - off > 63 ? "The name after the prefix has at most 63 characters." :
				 "A key is [PREFIX/]NAME; the name has letters, digits, '-', '_' and '.', and starts and ends with a letter or digit.",
				 NULL);
	return true;
}

bool sval_label_value(const char *s, size_t n, struct verr *e)
{
	if (!name_part_ok(s, n))
		return verr_fail(e, E_BAD_LABEL_VALUE, 0, n,
				 n > 63 ? "A label value has at most 63 characters." :
				 "A label value is empty or has letters, digits, '-', '_' and '.', and starts and ends with a letter or digit.",
				 NULL);
	return true;
}

bool sval_resource_name(const char *s, struct verr *e)
{
	size_t n = strlen(s);
	const char *slash = strchr(s, '/');
	if (!slash)
		return verr_fail(e, E_BAD_RESOURCE_NAME, 0, n,
				 "An extended resource name has a domain prefix.",
				 "Write it as the device plugin advertises it, for example \"nvidia.com/gpu\" or \"amd.com/gpu\".");
	if (!sval_qualified_name(s, n, E_BAD_RESOURCE_NAME, e))
		return false;
	size_t plen = (size_t)(slash - s);
	if ((plen == 13 && memcmp(s, "kubernetes.io", 13) == 0) ||
	    (plen > 14 && memcmp(s + plen - 14, ".kubernetes.io", 14) == 0))
		return verr_fail(e, E_BAD_RESOURCE_NAME, 0, n,
				 "Extended resources may not use the kubernetes.io domain.", NULL);
	return true;
}

bool sval_env_name(const char *s, size_t n, struct verr *e)
{
	bool ok = n > 0 && !is_digit((unsigned char)s[0]);
	for (size_t i = 0; ok && i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		ok = is_alnum(c) || c == '_' || c == '-' || c == '.';
	}
	if (!ok)
		return verr_fail(e, E_BAD_ENV_NAME, 0, n,
				 "An environment variable name has letters, digits, '_', '-' and '.', and does not start with a digit.",
				 NULL);
	return true;
}

/* --- KEY=VALUE forms --------------------------------------------------- */

bool sval_key_value(struct arena *a, const char *s, enum sval_kv kind, const char **key,
		    const char **value, struct verr *e)
{
	const char *eq = strchr(s, '=');
	if (!eq)
		return verr_fail(e, E_BAD_KEY_VALUE, 0, 0, NULL,
				 kind == KV_ANNOTATION ? "Write --annotation=KEY=VALUE." :
				 kind == KV_LABEL ? "Write --label=KEY=VALUE." :
				 "Write --node-selector=KEY=VALUE.");
	size_t klen = (size_t)(eq - s);
	enum diag_id id = kind == KV_ANNOTATION ? E_BAD_ANNOTATION_KEY : E_BAD_LABEL_KEY;
	if (!sval_qualified_name(s, klen, id, e))
		return false;
	if (kind != KV_ANNOTATION && !sval_label_value(eq + 1, strlen(eq + 1), e)) {
		e->off = klen + 1;
		return false;
	}
	*key = arena_strndup(a, s, klen);
	*value = arena_strdup(a, eq + 1);
	return true;
}

bool sval_object_key_ref(const char *s, struct verr *e)
{
	const char *slash = strchr(s, '/');
	size_t n = strlen(s);
	if (!slash)
		return verr_fail(e, E_BAD_SECRET_REF, 0, n, NULL,
				 "Write the object's name, '/' and the key in it, for example \"secret:hf-token/token\".");
	if (!sval_dns_subdomain(s, (size_t)(slash - s), E_BAD_SECRET_REF, e)) {
		e->note = "The secret or config map name must be a DNS-1123 subdomain.";
		return false;
	}
	const char *k = slash + 1;
	size_t kn = strlen(k);
	bool ok = kn > 0 && kn <= 253;
	for (size_t i = 0; ok && i < kn; i++)
		ok = is_alnum((unsigned char)k[i]) || k[i] == '-' || k[i] == '_' || k[i] == '.';
	if (!ok)
		return verr_fail(e, E_BAD_SECRET_REF, 0, n,
				 "The key after '/' has at most 253 letters, digits, '-', '_' and '.'.", NULL);
	return true;
}

bool sval_env(struct arena *a, const char *s, const char **name, const char **value,
	      struct verr *e)
{
	const char *eq = strchr(s, '=');
	if (!eq)
		return verr_fail(e, E_BAD_ENV, 0, 0, NULL,
				 "Write --env=NAME=VALUE; the value may be empty.");
	size_t nlen = (size_t)(eq - s);
	if (!sval_env_name(s, nlen, e))
		return false;
	const char *v = eq + 1;
	size_t prefix = 0;
	if (strncmp(v, "secret:", 7) == 0)
		prefix = 7;
	else if (strncmp(v, "configMap:", 10) == 0)
		prefix = 10;
	if (prefix && !sval_object_key_ref(v + prefix, e)) {
		e->off += nlen + 1 + prefix;
		return false;
	}
	*name = arena_strndup(a, s, nlen);
	*value = arena_strdup(a, v);
	return true;
}

bool sval_taint_effect(const char *s, size_t n, const char **canon, struct verr *e)
{
	static const char *const effects[] = { "NoSchedule", "PreferNoSchedule", "NoExecute" };
	for (size_t i = 0; i < 3; i++) {
		if (strlen(effects[i]) == n && strncasecmp(s, effects[i], n) == 0) {
			*canon = effects[i];
			return true;
		}
	}
	return verr_fail(e, E_BAD_TAINT_EFFECT, 0, n,
			 "The taint effects are NoSchedule, PreferNoSchedule and NoExecute.", NULL);
}

bool sval_toleration(struct arena *a, const char *s, const char **key, const char **effect,
		     struct verr *e)
{
	size_t n = strlen(s);
	const char *colon = memchr(s, ':', n);
	size_t kv_len = colon ? (size_t)(colon - s) : n;
	const char *eq = memchr(s, '=', kv_len);
	size_t klen = eq ? (size_t)(eq - s) : kv_len;
	if (klen == 0)
		return verr_fail(e, E_BAD_TOLERATION, 0, 0, "A toleration names the taint's key.",
				 "Write KEY[=VALUE][:EFFECT], for example \"nvidia.com/gpu:NoSchedule\".");
	if (!sval_qualified_name(s, klen, E_BAD_LABEL_KEY, e))
		return false;
	if (eq && !sval_label_value(eq + 1, kv_len - klen - 1, e)) {
		e->off = klen + 1;
		return false;
	}
	*effect = NULL;
	if (colon) {
		if (kv_len + 1 == n)
			return verr_fail(e, E_BAD_TOLERATION, 0, 0, "The effect after ':' is missing.",
					 "Leave out the ':' to tolerate every effect.");
		if (!sval_taint_effect(s + kv_len + 1, n - kv_len - 1, effect, e)) {
			e->off = kv_len + 1;
			return false;
		}
	}
	*key = arena_strndup(a, s, kv_len);
	return true;
}

/* --- quantities, sizes, durations --------------------------------------- */

/* Length of a quantity suffix at s[0..n) that Kubernetes accepts, or -1. */
static long quantity_suffix(const char *s, size_t n)
{
	static const char *const suffixes[] = { "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "n", "u",
						"m", "k", "M", "G", "T", "P", "E" };
	if (n == 0)
		return 0;
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
		if (strlen(suffixes[i]) == n && memcmp(s, suffixes[i], n) == 0)
			return (long)n;
	if (s[0] == 'e' || s[0] == 'E') { /* decimal exponent */
		size_t i = 1;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i == n)
			return -1;
		for (; i < n; i++)
			if (!is_digit((unsigned char)s[i]))
				return -1;
		return (long)n;
	}
	return -1;
}

static const char quantity_hint[] =
	"Use Ki, Mi, Gi, Ti (powers of 1024) or k, M, G, T (powers of 1000), for example \"16Gi\".";

bool sval_quantity(const char *s, size_t n, bool size, struct verr *e)
{
	size_t i = 0;
	if (i < n && (s[i] == '+' || s[i] == '-')) {
		if (size && s[i] == '-')
			return verr_fail(e, E_BAD_QUANTITY, 0, n, "A size cannot be negative.", NULL);
		i++;
	}
	size_t digits = 0;
	while (i < n && is_digit((unsigned char)s[i]))
		i++, digits++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && is_digit((unsigned char)s[i]))
			i++, digits++;
	}
	if (digits == 0)
		return verr_fail(e, E_BAD_QUANTITY, 0, n, "A quantity starts with a number.",
				 quantity_hint);
	if (quantity_suffix(s + i, n - i) < 0) {
		const char *note = "The unit is not one Kubernetes knows.";
		if (n - i >= 2 && (s[n - 1] == 'B' || s[n - 1] == 'b'))
			note = "Kubernetes quantities have no \"B\": \"Gi\" is gibibytes, \"G\" gigabytes.";
		else if (n - i == 1 && s[i] == 'K')
			note = "Kilo is a lower-case \"k\" in a Kubernetes quantity.";
		return verr_fail(e, E_BAD_QUANTITY, 0, n, note, quantity_hint);
	}
	if (size && i < n && (s[i] == 'm' || s[i] == 'u' || s[i] == 'n'))
		return verr_fail(e, E_BAD_QUANTITY, 0, n,
				 "The suffix \"m\" means milli (1/1000), not mega.",
				 "Write \"Mi\" for mebibytes or \"M\" for megabytes.");
	return true;
}

/* Reads the unsigned decimal at *p; false on overflow past max or no digits. */
static bool read_uint(const char **p, int64_t max, int64_t *out)
{
	const char *s = *p;
	int64_t v = 0;
	if (!is_digit((unsigned char)*s))
		return false;
	for (; is_digit((unsigned char)*s); s++) {
		if (v > (max - (*s - '0')) / 10)
			return false;
		v = v * 10 + (*s - '0');
	}
	*p = s;
	*out = v;
	return true;
}

bool sval_duration(const char *s, int64_t *seconds, struct verr *e)
{
	static const char hint[] =
		"Write whole seconds, or numbers with the units d, h, m and s, for example \"1h30m\" or \"7d\".";
	const int64_t max = 2147483647;
	const char *p = s;
	int64_t total = 0;
	if (!*s)
		return verr_fail(e, E_BAD_TTL, 0, 0, NULL, hint);
	while (*p) {
		const char *start = p;
		int64_t v;
		if (!read_uint(&p, max, &v))
			return verr_fail(e, E_BAD_TTL, 0, 0, NULL, hint);
		int64_t unit = 1;
		if (*p == 'd')
			unit = 86400;
		else if (*p == 'h')
			unit = 3600;
		else if (*p == 'm')
			unit = 60;
		else if (*p == 's')
			unit = 1;
		else if (*p || start != s)
			return verr_fail(e, E_BAD_TTL, 0, 0, *p ? "The units are d, h, m and s." :
					 "Every number but a lone one needs a unit.", hint);
		if (*p)
			p++;
		if (v > (max - total) / unit)
			return verr_fail(e, E_BAD_TTL, 0, 0,
					 "The longest duration is 2147483647 seconds (about 68 years).", NULL);
		total += v * unit;
	}
	*seconds = total;
	return true;
}

bool sval_count(const char *s, int64_t max, int64_t *out, struct verr *e)
{
	const char *p = s;
	int64_t v;
	if (!read_uint(&p, max, &v) || *p)
		return verr_fail(e, E_BAD_COUNT, 0, 0,
				 max == 2147483647 ? "A count is a whole number from 0 to 2147483647." :
				 "A count is a whole number.", NULL);
	*out = v;
	return true;
}

bool sval_disk_size_gb(const char *s, int64_t *gb, struct verr *e)
{
	static const char hint[] = "Write gigabytes, for example \"256\", \"512GB\" or \"2TB\".";
	const char *p = s;
	int64_t v;
	if (!read_uint(&p, (int64_t)1 << 40, &v))
		return verr_fail(e, E_BAD_DISK_SIZE, 0, 0, NULL, hint);
	int64_t mult = 1;
	if (*p) {
		static const char *const g[] = { "G", "GB", "Gi", "GiB" };
		static const char *const t[] = { "T", "TB", "Ti", "TiB" };
		mult = 0;
		for (size_t i = 0; i < 4; i++) {
			if (strcasecmp(p, g[i]) == 0)
				mult = 1;
			else if (strcasecmp(p, t[i]) == 0)
				mult = 1024;
		}
		if (!mult)
			return verr_fail(e, E_BAD_DISK_SIZE, 0, 0, NULL, hint);
	}
	if (v == 0)
		return verr_fail(e, E_BAD_DISK_SIZE, 0, 0, "A disk needs at least 1 GB.", NULL);
	*gb = v * mult;
	return true;
}

bool sval_bool(const char *s, bool *out, struct verr *e)
{
	static const char *const yes[] = { "true", "yes", "on", "1" };
	static const char *const no[] = { "false", "no", "off", "0" };
	for (size_t i = 0; i < 4; i++) {
		if (strcasecmp(s, yes[i]) == 0) {
			*out = true;
			return true;
		}
		if (strcasecmp(s, no[i]) == 0) {
			*out = false;
			return true;
		}
	}
	return verr_fail(e, E_BAD_BOOL, 0, 0, NULL, "Write true or false.");
}

/* --- images --------------------------------------------------------- */

/* Image reference grammar, after the distribution project's reference
 * package: [domain/]path-component(/path-component)*[:tag][@digest]. */

/* True when the first component of s[0..n) (up to '/') is a registry: it
 * has '.' or ':', is "localhost", or has upper-case letters. */
static bool image_has_domain(const char *s, size_t n, size_t *dlen)
{
	const char *slash = memchr(s, '/', n);
	if (!slash)
		return false;
	size_t len = (size_t)(slash - s);
	bool domain = len == 9 && memcmp(s, "localhost", 9) == 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '.' || s[i] == ':' || isupper((unsigned char)s[i]))
			domain = true;
	*dlen = len;
	return domain;
}

/* A registry host[:port] (or [IPv6][:port]). */
static bool domain_ok(const char *s, size_t n)
{
	size_t i = 0;
	if (n && s[0] == '[') {
		const char *close = memchr(s, ']', n);
		if (!close || close == s + 1)
			return false;
		for (i = 1; s + i < close; i++)
			if (!isxdigit((unsigned char)s[i]) && s[i] != ':')
				return false;
		i++;
	} else {
		for (; i < n && s[i] != ':'; i++) {
			unsigned char c = (unsigned char)s[i];
			bool edge = i == 0 || i + 1 == n || s[i - 1] == '.' || s[i + 1] == '.' ||
				    s[i + 1] == ':';
			if (!is_alnum(c) && !((c == '-' || c == '.') && !edge))
				return false;
		}
		if (i == 0)
			return false;
	}
	if (i == n)
		return true;
	if (s[i] != ':' || i + 1 == n)
		return false;
	for (i++; i < n; i++)
		if (!is_digit((unsigned char)s[i]))
			return false;
	return true;
}

/* One path component: lower-case alphanumerics joined by '.', '_', "__"
 * or runs of '-'. */
static bool component_ok(const char *s, size_t n)
{
	if (n == 0 || !is_lower_alnum((unsigned char)s[0]) || !is_lower_alnum((unsigned char)s[n - 1]))
		return false;
	for (size_t i = 1; i < n; i++) {
		if (is_lower_alnum((unsigned char)s[i]))
			continue;
		if (!is_lower_alnum((unsigned char)s[i - 1]))
			return false; /* two separators in a row */
		if (s[i] == '_' && s[i + 1] == '_')
			i++;
		else if (s[i] == '-')
			while (s[i + 1] == '-')
				i++;
		else if (s[i] != '.' && s[i] != '_')
			return false;
	}
	return true;
}

/* A tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. */
static bool tag_ok(const char *s, size_t n)
{
	if (n == 0 || n > 128)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!is_alnum(c) && c != '_' && !(i > 0 && (c == '.' || c == '-')))
			return false;
	}
	return true;
}

/* A digest: ALGORITHM:HEX, the algorithm letters and digits joined by
 * "+.-_", at least 32 hex digits. */
static bool digest_ok(const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	if (!colon || colon == s || !isalpha((unsigned char)s[0]))
		return false;
	size_t alen = (size_t)(colon - s);
	for (size_t i = 1; i < alen; i++) {
		unsigned char c = (unsigned char)s[i];
		bool sep = c == '+' || c == '.' || c == '-' || c == '_';
		if (!is_alnum(c) && !(sep && i + 1 < alen && is_alnum((unsigned char)s[i + 1])))
			return false;
	}
	if (n - alen - 1 < 32)
		return false;
	for (size_t i = alen + 1; i < n; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	return true;
}

static const char image_note[] =
	"An image is [REGISTRY/]PATH[:TAG][@DIGEST]; the path has lower-case letters, digits and the separators '.', '_', '__' and '-'.";

/* Checks the path components of r[i..end). */
static bool image_path_check(const char *r, size_t i, size_t end, struct verr *e)
{
	if (end - i > 255)
		return verr_fail(e, E_BAD_IMAGE, 0, 0, "An image path has at most 255 characters.", NULL);
	for (;;) {
		const char *sl = memchr(r + i, '/', end - i);
		size_t stop = sl ? (size_t)(sl - r) : end;
		if (!component_ok(r + i, stop - i)) {
			for (size_t k = i; k < end; k++)
				if (isupper((unsigned char)r[k]))
					return verr_fail(e, E_BAD_IMAGE, 0, 0, image_note,
							 "Image paths are lower case; only the registry and the tag may have capitals.");
			return verr_fail(e, E_BAD_IMAGE, 0, 0, image_note, NULL);
		}
		if (!sl)
			return true;
		i = stop + 1;
	}
}

/* Checks a normalised reference r[0..n). registry_len > 0: the first
 * registry_len bytes are a registry already checked (pyxis' '#' said so);
 * 0: a registry is recognised as Docker does. */
static bool image_check(const char *r, size_t n, size_t registry_len, struct verr *e)
{
	if (n == 0)
		return verr_fail(e, E_BAD_IMAGE, 0, 0, image_note, NULL);
	for (size_t i = 0; i < n; i++)
		if (isspace((unsigned char)r[i]) || (unsigned char)r[i] < 0x20)
			return verr_fail(e, E_BAD_IMAGE, 0, 0, "An image reference has no blanks.", NULL);
	if (memchr(r, '$', n))
		return verr_fail(e, E_BAD_IMAGE, 0, 0,
				 "sbatch and slurmc do not expand shell variables in directives.",
				 "Write the image out, or give it on the command line: slurmc --image=\"$IMAGE\".");
	const char *at = memchr(r, '@', n);
	size_t name_end = at ? (size_t)(at - r) : n;
	if (at && !digest_ok(at + 1, n - name_end - 1))
		return verr_fail(e, E_BAD_IMAGE, 0, 0,
				 "A digest is ALGORITHM:HEX, for example \"sha256:\" and 64 hex digits.", NULL);
	size_t dlen = registry_len, i = 0;
	if (dlen || image_has_domain(r, name_end, &dlen)) {
		if (!domain_ok(r, dlen))
			return verr_fail(e, E_BAD_IMAGE, 0, 0,
					 "The registry is a host name with an optional :port.", NULL);
		i = dlen + 1;
	}
	/* The tag follows the last ':' after the last '/'. */
	size_t last = i;
	for (size_t k = i; k < name_end; k++)
		if (r[k] == '/')
			last = k + 1;
	const char *colon = memchr(r + last, ':', name_end - last);
	size_t path_end = colon ? (size_t)(colon - r) : name_end;
	if (!image_path_check(r, i, path_end, e))
		return false;
	if (colon && !tag_ok(colon + 1, name_end - path_end - 1))
		return verr_fail(e, E_BAD_IMAGE, 0, 0,
				 "A tag has at most 128 letters, digits, '_', '.' and '-', and does not start with '.' or '-'.",
				 NULL);
	return true;
}

bool sval_image(struct arena *a, const char *s, const char **image, struct verr *e)
{
	const char *hash = strchr(s, '#');
	if (!hash) {
		if (!image_check(s, strlen(s), 0, e))
			return false;
		*image = arena_strdup(a, s);
		return true;
	}
	/* pyxis/enroot spelling: REGISTRY#PATH. The registry is taken as
	 * given: "myhost#img" must not read as the Docker Hub path myhost/img. */
	size_t rlen = (size_t)(hash - s);
	if (rlen == 0 || !domain_ok(s, rlen))
		return verr_fail(e, E_BAD_IMAGE, 0, 0, "Before '#' comes a registry host name.",
				 "Write REGISTRY#PATH, for example \"nvcr.io#nvidia/pytorch:24.05-py3\".");
	if (strchr(hash + 1, '#'))
		return verr_fail(e, E_BAD_IMAGE, 0, 0,
				 "An image has at most one '#', between registry and path.", NULL);
	size_t dlen;
	char *norm = arena_strdup(a, s);
	norm[rlen] = '/';
	if (!image_has_domain(norm, strlen(norm), &dlen))
		return verr_fail(e, E_BAD_IMAGE, 0, 0,
				 "Kubernetes reads a first component without '.' or ':' as a Docker Hub path, not a registry.",
				 "Give the registry's full host name, for example \"registry.example.com#team/image\".");
	if (!image_check(norm, strlen(norm), rlen, e))
		return false;
	*image = norm;
	return true;
}

bool sval_pull_policy(const char *s, const char **canon, struct verr *e)
{
	static const char *const policies[] = { "Always", "IfNotPresent", "Never" };
	for (size_t i = 0; i < 3; i++) {
		if (strcasecmp(s, policies[i]) == 0) {
			*canon = policies[i];
			return true;
		}
	}
	return verr_fail(e, E_BAD_PULL_POLICY, 0, 0, "The pull policies are Always, IfNotPresent and Never.", NULL);
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

enum pyxis_image sval_pyxis_image(struct arena *a, const char *s, const char **image,
				  size_t *user_len, struct verr *e)
{
	*user_len = 0;
	if (s[0] == '/' || s[0] == '.' || s[0] == '~' || has_suffix(s, ".sqsh") ||
	    has_suffix(s, ".squashfs") || has_suffix(s, ".sqfs"))
		return PYXIS_FILE;
	const char *hash = strchr(s, '#');
	const char *at = strchr(s, '@');
	/* USER@ comes before the registry; an '@' that starts a digest is not
	 * a user name. */
	if (at && (hash ? at < hash : !digest_ok(at + 1, strlen(at + 1)))) {
		*user_len = (size_t)(at - s);
		s = at + 1;
	}
	return sval_image(a, s, image, e) ? PYXIS_IMAGE : PYXIS_BAD;
}

/* --- volumes and paths ------------------------------------------------- */

bool sval_abs_path(const char *s, size_t n, struct verr *e)
{
	if (n == 0 || s[0] != '/')
		return verr_fail(e, E_BAD_PATH, 0, n, "A path here must be absolute.",
				 n && s[0] == '$' ? "sbatch does not expand shell variables in directives; write the path out." : NULL);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ':' || (unsigned char)s[i] < 0x20)
			return verr_fail(e, E_BAD_PATH, 0, n, "A path here has no ':' and no control characters.", NULL);
		if (s[i] == '.' && s[i - 1] == '/' && i + 1 < n && s[i + 1] == '.' &&
		    (i + 2 == n || s[i + 2] == '/'))
			return verr_fail(e, E_BAD_PATH, 0, n, "Kubernetes does not allow \"..\" in a path.", NULL);
	}
	return true;
}

/* A mount path: absolute, and not the container's root. */
static bool mount_path(const char *s, size_t n, struct verr *e)
{
	if (!sval_abs_path(s, n, e))
		return false;
	if (n == 1)
		return verr_fail(e, E_BAD_PATH, 0, n, "A volume cannot be mounted over the container's root.", NULL);
	return true;
}

/* The volume kinds as --volume spells them (matched without regard to case). */
static const struct {
	const char *name;
	enum ir_volume_kind kind;
	bool has_source; /* a NAME or /src field before the mount path */
} volume_kinds[] = {
	{ "pvc", VOL_PVC, true },
	{ "persistentVolumeClaim", VOL_PVC, true },
	{ "hostPath", VOL_HOSTPATH, true },
	{ "emptyDir", VOL_EMPTYDIR, false },
	{ "configMap", VOL_CONFIGMAP, true },
	{ "secret", VOL_SECRET, true },
};

static const char volume_hint[] =
	"Write pvc:NAME:/path[:ro], hostPath:/src:/dst[:ro], emptyDir:/path[:SIZE], configMap:NAME:/path or secret:NAME:/path.";

/* Splits s at ':' into at most max fields, with each field's offset and
 * length; returns the count, or max + 1 when there are more. */
static size_t split_colons(const char *s, size_t *off, size_t *len, size_t max)
{
	size_t n = 0, start = 0;
	for (size_t i = 0;; i++) {
		if (s[i] != ':' && s[i] != '\0')
			continue;
		if (n == max)
			return max + 1;
		off[n] = start;
		len[n++] = i - start;
		start = i + 1;
		if (s[i] == '\0')
			return n;
	}
}

/* Moves a failure inside a field to the field's place in the value. */
static bool field_fail(struct verr *e, size_t field_off)
{
	e->off += field_off;
	return false;
}

bool sval_volume(struct arena *a, const char *s, struct ir_volume *out, struct verr *e)
{
	size_t off[4], len[4];
	size_t nf = split_colons(s, off, len, 4);
	size_t k = 0, nkinds = sizeof volume_kinds / sizeof *volume_kinds;
	while (k < nkinds && !(strlen(volume_kinds[k].name) == len[0] &&
			       strncasecmp(s, volume_kinds[k].name, len[0]) == 0))
		k++;
	if (k == nkinds)
		return verr_fail(e, E_BAD_VOLUME_KIND, 0, len[0],
				 "The volume kinds are pvc, hostPath, emptyDir, configMap and secret.", volume_hint);
	memset(out, 0, sizeof *out);
	out->kind = volume_kinds[k].kind;
	size_t f = 1, need = volume_kinds[k].has_source ? 3 : 2;
	if (nf < need || nf > need + 1)
		return verr_fail(e, E_BAD_VOLUME, 0, 0, nf < need ? "A field is missing." :
				 "The volume has too many ':'-separated fields.", volume_hint);
	if (volume_kinds[k].has_source) {
		bool ok = out->kind == VOL_HOSTPATH ? sval_abs_path(s + off[f], len[f], e) :
			  sval_dns_subdomain(s + off[f], len[f], E_BAD_NAME, e);
		if (!ok)
			return field_fail(e, off[f]);
		out->source = arena_strndup(a, s + off[f], len[f]);
		f++;
	}
	if (!mount_path(s + off[f], len[f], e))
		return field_fail(e, off[f]);
	out->path = arena_strndup(a, s + off[f], len[f]);
	if (++f == nf)
		return true;
	const char *opt = s + off[f];
	if (out->kind == VOL_EMPTYDIR) {
		if (!sval_quantity(opt, len[f], true, e))
			return field_fail(e, off[f]);
		out->size = arena_strndup(a, opt, len[f]);
	} else if (len[f] == 2 && strncmp(opt, "ro", 2) == 0) {
		out->read_only = true;
	} else if (!(len[f] == 2 && strncmp(opt, "rw", 2) == 0)) {
		return verr_fail(e, E_BAD_VOLUME, off[f], len[f],
				 "The last field may be \"ro\" (read-only) or \"rw\".", NULL);
	}
	return true;
}

/* One SRC[:DST[:FLAGS]] of --container-mounts, s[0..n). */
static bool pyxis_mount(struct arena *a, const char *s, size_t n, struct ir_volume *v,
			struct verr *e)
{
	const char *c1 = memchr(s, ':', n);
	size_t slen = c1 ? (size_t)(c1 - s) : n;
	const char *dst = c1 ? c1 + 1 : s;
	const char *c2 = c1 ? memchr(dst, ':', n - slen - 1) : NULL;
	size_t dlen = c1 ? (c2 ? (size_t)(c2 - dst) : n - slen - 1) : slen;
	if (!sval_abs_path(s, slen, e))
		return false;
	if (!mount_path(dst, dlen, e))
		return field_fail(e, (size_t)(dst - s));
	memset(v, 0, sizeof *v);
	v->kind = VOL_HOSTPATH;
	v->source = arena_strndup(a, s, slen);
	v->path = arena_strndup(a, dst, dlen);
	if (!c2)
		return true;
	/* FLAGS: enroot mount options joined by '+'; only ro changes the volume. */
	const char *f = c2 + 1, *end = s + n;
	if (f == end || memchr(f, ':', (size_t)(end - f)))
		return verr_fail(e, E_BAD_MOUNT, 0, n, "A mount is SRC[:DST[:FLAGS]].", NULL);
	while (f < end) {
		const char *plus = memchr(f, '+', (size_t)(end - f));
		size_t flen = plus ? (size_t)(plus - f) : (size_t)(end - f);
		if (flen == 0)
			return verr_fail(e, E_BAD_MOUNT, 0, n,
					 "Mount flags are joined by '+', for example \"ro+nosuid\".", NULL);
		if (flen == 2 && memcmp(f, "ro", 2) == 0)
			v->read_only = true;
		f += flen + (plus != NULL);
	}
	return true;
}

bool sval_pyxis_mounts(struct arena *a, const char *s, struct ir_volume **vols, size_t *n,
		       struct verr *e)
{
	size_t count = 1;
	for (const char *p = s; *p; p++)
		count += *p == ',';
	struct ir_volume *v = arena_alloc(a, count * sizeof *v);
	const char *p = s;
	for (size_t i = 0; i < count; i++) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == 0)
			return verr_fail(e, E_BAD_MOUNT, 0, 0,
					 "--container-mounts is a comma list of SRC[:DST[:FLAGS]] with no empty entries.",
					 NULL);
		if (!pyxis_mount(a, p, len, &v[i], e))
			return field_fail(e, (size_t)(p - s));
		p = comma + 1;
	}
	*vols = v;
	*n = count;
	return true;
}

/* --- targets and clouds ------------------------------------------------ */

const char *const slurmc_target_names[] = { "job", "kueue", "podgroup", "jobset",
					    "volcano", "skypilot", NULL };

bool sval_is_target(const char *s, size_t n)
{
	for (size_t i = 0; slurmc_target_names[i]; i++)
		if (strlen(slurmc_target_names[i]) == n && memcmp(s, slurmc_target_names[i], n) == 0)
			return true;
	return false;
}

bool sval_target(const char *s, struct verr *e)
{
	if (sval_is_target(s, strlen(s)))
		return true;
	return verr_fail(e, E_BAD_TARGET, 0, 0,
			 "The targets are job, kueue, podgroup, jobset, volcano and skypilot.", NULL);
}

bool sval_cloud(const char *s, struct verr *e)
{
	static const char *const clouds[] = { "aws", "azure", "cudo", "do", "fluidstack", "gcp",
					      "hyperbolic", "ibm", "kubernetes", "lambda", "nebius",
					      "oci", "paperspace", "runpod", "scp", "ssh", "vast",
					      "vsphere" };
	for (size_t i = 0; i < sizeof clouds / sizeof *clouds; i++)
		if (strcmp(s, clouds[i]) == 0)
			return true;
	if (!*s)
		return verr_fail(e, E_EMPTY_VALUE, 0, 0, NULL, NULL);
	for (const char *p = s; *p; p++) {
		if (isupper((unsigned char)*p))
			return verr_fail(e, W_UNKNOWN_CLOUD, 0, 0, NULL, "SkyPilot's cloud names are lower case.");
	}
	return verr_fail(e, W_UNKNOWN_CLOUD, 0, 0, NULL,
			 "SkyPilot knows aws, azure, gcp, kubernetes, lambda, nebius, oci, runpod and more; `sky check` lists those enabled.");
}

bool sval_region(const char *s, struct verr *e)
{
	if (!*s)
		return verr_fail(e, E_BAD_REGION, 0, 0, NULL, NULL);
	for (size_t i = 0; s[i]; i++)
		if (!is_alnum((unsigned char)s[i]) && s[i] != '-' && s[i] != '_' && s[i] != '.')
			return verr_fail(e, E_BAD_REGION, 0, 0,
					 "Regions, zones and instance types have letters, digits, '.', '_' and '-'.", NULL);
	return true;
}
