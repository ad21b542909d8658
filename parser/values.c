/*
 * values.c: sbatch option values, checked as Slurm 22.05 checks them.
 *
 * Every rule here was settled against a real Slurm 22.05 (the oracle in
 * ../shared/slurm-oracle), not against the manual: what sbatch or slurmctld
 * accepts is accepted, what they reject is rejected, lax corners included
 * (strtol's leading blanks and signs, text after a number that is silently
 * ignored, numbers that wrap around in 32-bit arithmetic). Such accepted
 * oddities come back as a warning in struct verr (e->warn). Checks that
 * depend on the cluster (feature, GRES, license and partition names, counts
 * against node sizes, dependencies on jobs that do not exist) are not made
 * here. Numbers are read with scan_num(), which behaves like strtoll(3)
 * over a bounded piece of the value.
 */
#include "parser/values.h"

#include <limits.h>
#include <string.h>
#include <strings.h>

#include "parser/ir.h"

/* ---- results ------------------------------------------------------------ */

/* Records an error; returns false so that callers can `return verr_fail(...)`. */
bool verr_fail(struct verr *e, enum diag_id id, size_t off, size_t len, const char *note,
	       const char *hint)
{
	e->id = id;
	e->off = off;
	e->len = len;
	e->note = note;
	e->hint = hint;
	e->warn = false;
	return false;
}

/* Records a warning on an accepted value (the first one wins); returns true. */
static bool warn(struct verr *e, enum diag_id id, size_t off, size_t len, const char *note,
	       const char *hint)
{
	if (!e->warn) {
		verr_fail(e, id, off, len, note, hint);
		e->warn = true;
	}
	return true;
}

/* Every parser starts from a clean verr: callers may reuse one. */
static void clear(struct verr *e)
{
	memset(e, 0, sizeof *e);
}

/* ---- characters and numbers --------------------------------------------- */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* isspace(3) in the C locale, which is what Slurm's strtol and checks see. */
static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* isblank(3): what parse_time skips between words. */
static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* True at the end of a piece: its limit, or the value's NUL. */
static bool at_end(const char *p, const char *lim)
{
	return p == lim || *p == '\0';
}

/* True when [p, lim) holds only white space (Slurm's xstring_is_whitespace). */
static bool all_space(const char *p, const char *lim)
{
	for (; !at_end(p, lim); p++)
		if (!is_space(*p))
			return false;
	return true;
}

/* A number as strtoll(3) reads it from [p, lim). */
struct num {
	long long v;             /* saturated like strtoll */
	unsigned long long mag;  /* the digits' magnitude, saturated */
	const char *end;         /* after the digits, or p when there are none */
	bool digits, neg;
	bool overflow;           /* strtoll's ERANGE */
	bool overflow_u;         /* strtoull's ERANGE */
};

/* Reads blanks, a sign and decimal digits as strtoll does. */
static struct num scan_num(const char *p, const char *lim)
{
	struct num n = { .end = p };
	const char *q = p;
	while (!at_end(q, lim) && is_space(*q))
		q++;
	if (!at_end(q, lim) && (*q == '+' || *q == '-'))
		n.neg = *q++ == '-';
	const char *d = q;
	for (; !at_end(q, lim) && is_digit(*q); q++) {
		unsigned dig = (unsigned)(*q - '0');
		if (n.mag > (ULLONG_MAX - dig) / 10) {
			n.mag = ULLONG_MAX;
			n.overflow_u = true;
		} else {
			n.mag = n.mag * 10 + dig;
		}
	}
	if (q == d)
		return n;
	n.digits = true;
	n.end = q;
	unsigned long long lim_mag = n.neg ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
	n.overflow = n.mag > lim_mag;
	unsigned long long m = n.overflow ? lim_mag : n.mag;
	if (!n.neg)
		n.v = (long long)m;
	else
		n.v = m == (unsigned long long)LLONG_MAX + 1 ? LLONG_MIN : -(long long)m;
	return n;
}

/* The low 32 bits as a C int on the machines Slurm runs on. */
static int32_t wrap32(unsigned long long u)
{
	uint32_t w = (uint32_t)u;
	return w <= INT32_MAX ? (int32_t)w : -(int32_t)(UINT32_MAX - w) - 1;
}

/* The offset of p in the value s, for struct verr. */
static size_t at(const char *s, const char *p)
{
	return (size_t)(p - s);
}

/* ---- time limits -------------------------------------------------------- */

static const char time_hint[] =
	"Write minutes, minutes:seconds, hours:minutes:seconds or "
	"days-hours[:minutes[:seconds]], for example \"90\" or \"1-03:00:00\".";

/* The words sbatch reads as "no limit". */
static bool is_unlimited(const char *s)
{
	return !strcasecmp(s, "-1") || !strcasecmp(s, "INFINITE") || !strcasecmp(s, "UNLIMITED");
}

/* sbatch's shape check: digits, '-' and ':' only; one '-', before any ':';
 * at most two ':'; a number in every field. */
static bool time_shape(const char *s, enum diag_id id, struct verr *e)
{
	int groups = 0, dashes = 0, colons = 0;
	for (const char *p = s; *p; p++) {
		if (is_digit(*p)) {
			groups += p == s || !is_digit(p[-1]);
		} else if (*p == '-') {
			dashes++;
			if (colons)
				return verr_fail(e, id, 0, 0, "The days and their \"-\" must come first.",
					    time_hint);
		} else if (*p == ':') {
			colons++;
		} else {
			return verr_fail(e, id, 0, 0, "Only digits, \"-\" and \":\" may appear in a time.",
				    time_hint);
		}
	}
	if (dashes > 1)
		return verr_fail(e, id, 0, 0, "A time has at most one \"-\", after the days.", time_hint);
	if (colons > 2)
		return verr_fail(e, id, 0, 0, "A time has at most three fields separated by \":\".",
			    time_hint);
	if (groups == 0 || groups < colons + 1 + (dashes && colons))
		return verr_fail(e, id, 0, 0, "Every field of the time needs a number.", time_hint);
	return true;
}

/* One "%d" of sbatch's sscanf: the long value, cut to int. */
static int32_t time_field(const char **p, bool *odd)
{
	struct num n = scan_num(*p, NULL);
	*p = n.end;
	int32_t v = wrap32((unsigned long long)n.v);
	*odd |= v != n.v || v < 0;
	return v;
}

/* The seconds sbatch's time_str2secs computes in its 32-bit int, for a
 * value that passed time_shape(); *odd when that differs from the truth. */
static int32_t time_secs32(const char *s, bool *odd)
{
	long long t[4] = { 0 }; /* days, hours, minutes, seconds */
	const char *p = s;
	if (strchr(s, '-')) {
		t[0] = time_field(&p, odd);
		for (int i = 1; i < 4 && *p && is_digit(p[1]); i++) {
			p++;
			t[i] = time_field(&p, odd);
		}
	} else {
		int n = 0;
		long long f[3] = { 0 };
		for (; n < 3 && (n == 0 || *p == ':'); n++) {
			p += n > 0;
			f[n] = time_field(&p, odd);
		}
		if (n == 3) {
			t[1] = f[0], t[2] = f[1], t[3] = f[2];
		} else {
			t[2] = f[0], t[3] = f[1];
		}
	}
	long long total = t[0] * 86400 + t[1] * 3600 + t[2] * 60 + t[3];
	*odd |= total < 0 || total > INT32_MAX - 59;
	return wrap32((unsigned long long)total);
}

static const char wrap_note[] =
	"sbatch computes times in 32-bit seconds, so this one wraps around to another value.";
static const char wrap_hint[] = "Write \"UNLIMITED\" for no limit, or a time under 68 years.";
static const char marker_note[] =
	"sbatch's 32-bit arithmetic turns this value into its internal \"invalid\" marker.";

bool val_time(const char *s, int64_t *seconds, struct verr *e)
{
	clear(e);
	if (is_unlimited(s)) {
		*seconds = IR_UNLIMITED;
		return true;
	}
	if (!time_shape(s, E_BAD_TIME, e))
		return false;
	bool odd = false;
	int32_t secs = time_secs32(s, &odd);
	int32_t mins = secs == -1 ? -1 : wrap32((unsigned long long)((long long)secs + 59)) / 60;
	if (secs == -2 || mins == -2)
		return verr_fail(e, E_BAD_TIME, 0, 0, marker_note, wrap_hint);
	if (mins == 0 || mins == -1)
		*seconds = IR_UNLIMITED;
	else
		*seconds = (int64_t)(uint32_t)mins * 60;
	return odd ? warn(e, W_VALUE_WRAPS, 0, 0, wrap_note, wrap_hint) : true;
}

bool val_time_secs(const char *s, int64_t *seconds, struct verr *e)
{
	clear(e);
	if (is_unlimited(s)) {
		*seconds = IR_UNLIMITED;
		return true;
	}
	if (!time_shape(s, E_BAD_DURATION, e))
		return false;
	bool odd = false;
	int32_t secs = time_secs32(s, &odd);
	if (secs == -2)
		return verr_fail(e, E_BAD_DURATION, 0, 0, marker_note, wrap_hint);
	*seconds = secs == -1 ? IR_UNLIMITED : (int64_t)(uint32_t)secs;
	return odd ? warn(e, W_VALUE_WRAPS, 0, 0, wrap_note, wrap_hint) : true;
}

/* ---- memory ------------------------------------------------------------- */

static const char mem_hint[] =
	"Write a whole number with an optional unit K, M, G or T, for example \"500M\" or "
	"\"4G\"; without a unit the size is in MiB.";

/* The unit after a memory size: its power of 1024 relative to MiB (-1 for
 * K), or INT_MIN when sbatch rejects it. An optional "B" may follow. */
static int mem_unit(const char *u)
{
	static const char units[] = "kmgt";
	if (*u == '\0')
		return 0;
	const char *k = strchr(units, *u | 0x20);
	if (!k || !*k)
		return INT_MIN;
	if (u[1] != '\0' && !((u[1] == 'b' || u[1] == 'B') && u[2] == '\0'))
		return INT_MIN;
	return (int)(k - units) - 1;
}

bool val_mem_mb(const char *s, int64_t *mb, struct verr *e)
{
	clear(e);
	struct num n = scan_num(s, NULL);
	if (!n.digits)
		return verr_fail(e, E_BAD_MEMORY, 0, 0, "The size must start with a number.", mem_hint);
	if (n.overflow)
		return verr_fail(e, E_BAD_MEMORY, 0, 0, "The number is too large.", mem_hint);
	if (n.v < 0)
		return verr_fail(e, E_BAD_MEMORY, 0, 0, "A size cannot be negative.", mem_hint);
	int unit = mem_unit(n.end);
	if (unit == INT_MIN)
		return verr_fail(e, E_BAD_MEMORY, 0, 0,
			    "The unit must be K, M, G or T, optionally followed by B.", mem_hint);
	long long v = n.v;
	if (unit < 0) {
		*mb = v / 1024 + (v % 1024 != 0); /* KiB round up to whole MiB */
		return true;
	}
	long long limit = LLONG_MAX >> (10 * unit);
	*mb = v > limit ? INT64_MAX : v << (10 * unit);
	if (v > limit)
		return warn(e, W_VALUE_WRAPS, 0, 0, "sbatch's arithmetic overflows on this size.",
			    mem_hint);
	return true;
}

/* ---- integers ----------------------------------------------------------- */

static const char int_hint[] = "Write a whole number, for example \"4\".";

/* Why v is outside [min, max], in a sentence. */
static const char *range_note(long long v, int64_t min, int64_t max)
{
	if (v > max)
		return "The value is above the largest one allowed.";
	if (min == 1)
		return "The value must be at least 1.";
	if (min == 0)
		return "The value cannot be negative.";
	return "The value is below the smallest one allowed.";
}

bool val_int(const char *s, int64_t min, int64_t max, int64_t *out, struct verr *e)
{
	clear(e);
	struct num n = scan_num(s, NULL);
	if (*n.end)
		return verr_fail(e, E_BAD_NUMBER, 0, 0,
			    n.digits ? "Only a whole number may appear here, without units or other "
				       "text."
				     : "A whole number is expected here.",
			    int_hint);
	if (n.v < 0 && min >= 0)
		return verr_fail(e, E_NUMBER_RANGE, 0, 0, range_note(n.v, min, max), int_hint);
	if (n.overflow || n.v == LLONG_MAX || n.v == LLONG_MIN)
		return verr_fail(e, E_NUMBER_RANGE, 0, 0, "The number is far too large for sbatch.",
			    int_hint);
	int32_t v = wrap32((unsigned long long)n.v);
	if (v < min || v > max)
		return verr_fail(e, E_NUMBER_RANGE, 0, 0,
			    v != n.v ? "sbatch cuts numbers to 32 bits, and this one wraps around "
				       "to a value out of range."
				     : range_note(v, min, max),
			    int_hint);
	*out = v;
	if (v != n.v)
		return warn(e, W_VALUE_WRAPS, 0, 0,
			    "sbatch cuts numbers to 32 bits, so this one wraps around to a smaller "
			    "value.",
			    int_hint);
	return true;
}

bool val_lax_int(const char *s, int64_t min, int64_t max, int64_t *out, struct verr *e)
{
	clear(e);
	struct num n = scan_num(s, NULL);
	if (n.v < min || n.v > max)
		return verr_fail(e, E_NUMBER_RANGE, 0, n.digits ? at(s, n.end) : 0,
			    range_note(n.v, min, max), int_hint);
	*out = n.v;
	if (!n.digits && *s)
		return warn(e, W_IGNORED_TEXT, 0, 0, "sbatch reads a value without a number as 0.",
			    int_hint);
	if (*n.end)
		return warn(e, W_IGNORED_TEXT, at(s, n.end), strlen(n.end),
			    "sbatch reads only the number at the start.", int_hint);
	return true;
}

/* ---- node counts -------------------------------------------------------- */

static const char nodes_hint[] =
	"Write a node count such as \"4\", or a range such as \"2-4\".";

/* One node count as sbatch reads it from [p, lim): strtol, then an optional
 * k (x1024) and an optional m (x1048576), cut to int; -1 without digits. */
static int32_t node_count(const char *p, const char *lim, const char **stop, bool *odd)
{
	struct num n = scan_num(p, lim);
	*stop = n.end;
	if (!n.digits)
		return -1;
	unsigned long long v = (unsigned long long)n.v;
	bool big = n.overflow;
	const char *q = n.end;
	if (!at_end(q, lim) && (*q == 'k' || *q == 'K')) {
		big |= n.v > LLONG_MAX / 1024;
		v *= 1024, q++;
	}
	if (!at_end(q, lim) && (*q == 'm' || *q == 'M')) {
		big |= v > (unsigned long long)LLONG_MAX / 1048576;
		v *= 1048576, q++;
	}
	*stop = q;
	int32_t w = wrap32(v);
	*odd |= big || (long long)w != (long long)v;
	return w;
}

/* One element of the newer list form: N, MIN-MAX or MIN-MAX:STEP. */
static bool nodes_elem(const char *p, const char *lim, long long *lo, long long *hi)
{
	struct num a = scan_num(p, lim), b = a;
	const char *q = a.end;
	if (a.digits && !at_end(q, lim) && *q == '-') {
		b = scan_num(q + 1, lim);
		q = b.end;
		if (b.digits && !at_end(q, lim) && *q == ':') {
			struct num st = scan_num(q + 1, lim);
			q = st.digits && st.v > 0 ? st.end : p;
		}
	}
	*lo = a.v, *hi = b.v;
	return a.digits && b.digits && at_end(q, lim) && a.v >= 0 && b.v >= a.v;
}

/* The newer list form (Slurm 24.05): counts and MIN-MAX[:STEP] ranges
 * joined by ','; 22.05 rejects it. */
static bool nodes_list(const char *s, int64_t *min, int64_t *max, struct verr *e)
{
	long long lo = LLONG_MAX, hi = -1;
	for (const char *p = s;; p++) {
		const char *end = p + strcspn(p, ",");
		long long a, b;
		if (!nodes_elem(p, end, &a, &b))
			return verr_fail(e, E_BAD_NODES, at(s, p), end > p ? at(p, end) : 0,
				    "Each element of a node count list is a count or a range.",
				    nodes_hint);
		lo = a < lo ? a : lo;
		hi = b > hi ? b : hi;
		if (!*end)
			break;
		p = end;
	}
	*min = lo;
	*max = hi == 0 ? -1 : hi;
	return warn(e, W_NEWER_VALUE, 0, 0, "Lists and steps in --nodes are newer than Slurm 22.05.",
		    "Write a single range such as \"2-4\" for older Slurm.");
}

/* MIN-MAX as sbatch reads it (verify_node_count). */
static bool nodes_range(const char *s, const char *dash, int64_t *min, int64_t *max, struct verr *e)
{
	const char *stop;
	bool odd = false;
	int32_t lo = node_count(s, dash, &stop, &odd);
	if (!all_space(stop, dash))
		return verr_fail(e, E_BAD_NODES, 0, at(s, dash),
			    "A node count is a whole number, optionally followed by k or m.", nodes_hint);
	if (lo < 0)
		lo = 1; /* sbatch's default minimum */
	int32_t hi = node_count(dash + 1, NULL, &stop, &odd);
	if (!all_space(stop, NULL))
		return verr_fail(e, E_BAD_NODES, at(s, dash + 1), strlen(dash + 1),
			    "A node count is a whole number, optionally followed by k or m.", nodes_hint);
	if (hi != 0 && hi < lo)
		return verr_fail(e, E_NODES_RANGE, 0, 0,
			    hi == -1 ? "The maximum after \"-\" is missing."
				     : "The maximum node count must not be below the minimum.",
			    nodes_hint);
	*min = lo;
	*max = hi == 0 ? -1 : hi;
	return odd ? warn(e, W_VALUE_WRAPS, 0, 0, "sbatch cuts node counts to 32 bits.", nodes_hint)
		   : true;
}

bool val_nodes(const char *s, int64_t *min, int64_t *max, struct verr *e)
{
	clear(e);
	if (strpbrk(s, ",:"))
		return nodes_list(s, min, max, e);
	const char *dash = strchr(s, '-');
	if (dash)
		return nodes_range(s, dash, min, max, e);
	const char *stop;
	bool odd = false;
	int32_t n = node_count(s, NULL, &stop, &odd);
	if (!all_space(stop, NULL))
		return verr_fail(e, E_BAD_NODES, 0, 0,
			    "A node count is a whole number, optionally followed by k or m.", nodes_hint);
	if (n < 0)
		return verr_fail(e, E_BAD_NODES, 0, 0,
			    odd ? "sbatch cuts node counts to 32 bits, and this one becomes negative."
				: "A node count cannot be negative or missing.",
			    nodes_hint);
	*min = n;
	*max = n == 0 ? -1 : n;
	return odd ? warn(e, W_VALUE_WRAPS, 0, 0, "sbatch cuts node counts to 32 bits.", nodes_hint)
		   : true;
}

/* ---- job arrays --------------------------------------------------------- */

static const char array_hint[] =
	"Write indices, ranges and steps joined by \",\", with an optional %throttle, for "
	"example \"0-15\", \"1,3,5\" or \"0-31:4%2\".";

#define ARRAY_INDEX_CAP 4000000 /* Slurm's largest MaxArraySize, minus one */

struct arr {
	const char *s;
	int64_t max_index;
	unsigned char *bits;
	struct verr *e;
};

/* The end of an array element: its limit, or a '%' (the rest is ignored). */
static bool elem_end(const char *p, const char *lim)
{
	return at_end(p, lim) || *p == '%';
}

static const char too_large_note[] =
	"Indices must be less than MaxArraySize (100001 on the reference cluster).";
static const char too_large_hint[] =
	"Split the work into several arrays, or ask for a larger MaxArraySize.";

/* The ":step" at *q (the ':') of the element [start, lim); *q moves past it. */
static bool array_step(struct arr *c, const char *start, const char **q, const char *lim,
		       long long *step)
{
	struct num st = scan_num(*q + 1, lim);
	const char *r = st.end;
	if (!at_end(r, lim) && *r == ']')
		r++;
	if (!elem_end(r, lim))
		return verr_fail(c->e, E_BAD_ARRAY, at(c->s, start), at(start, lim),
			    "Only a number may follow the \":\" of a step.", array_hint);
	if (st.v <= 0 || st.v > c->max_index)
		return verr_fail(c->e, E_ARRAY_BAD_STEP, at(c->s, *q), at(*q, r),
			    "The step must be at least 1 and less than MaxArraySize.", array_hint);
	*step = st.v;
	*q = r;
	return true;
}

/* "-M[:S]" at q (at the '-') of the element [start, lim) whose first index
 * is first, as slurmctld reads it. */
static bool array_range(struct arr *c, const char *start, const char *q, const char *lim,
			long long first, long long *last, long long *step, bool *nodigits)
{
	struct num b = scan_num(q + 1, lim);
	const char *num = q + 1;
	*nodigits |= !b.digits;
	*last = b.v;
	q = b.end;
	if (!at_end(q, lim) && *q == ']')
		q++;
	if (!at_end(q, lim) && *q == ':') {
		if (!array_step(c, start, &q, lim, step))
			return false;
	} else if (!elem_end(q, lim)) {
		return verr_fail(c->e, E_BAD_ARRAY, at(c->s, start), at(start, lim),
			    "Only \":\" and a step, or \"%\" and a throttle, may follow a range.",
			    array_hint);
	}
	if (*last < first)
		return verr_fail(c->e, E_ARRAY_RANGE_REVERSED, at(c->s, start), at(start, lim),
			    "The second index of a range must not be below the first.", array_hint);
	if (*last > c->max_index)
		return verr_fail(c->e, E_ARRAY_INDEX_TOO_LARGE, at(c->s, num), at(num, b.end),
			    too_large_note, too_large_hint);
	return true;
}

/* One comma-separated element: [N[-M[:S]]], brackets and a '%' tail allowed. */
static bool array_elem(struct arr *c, const char *p, const char *lim)
{
	const char *s = c->s, *start = p;
	if (*p == '[')
		p++;
	struct num a = scan_num(p, lim);
	const char *q = a.end;
	if (!at_end(q, lim) && *q == ']')
		q++;
	if (a.v < 0)
		return verr_fail(c->e, E_BAD_ARRAY, at(s, start), at(start, lim),
			    "Array indices cannot be negative.", array_hint);
	long long last = a.v, step = 1;
	bool nodigits = !a.digits;
	if (!at_end(q, lim) && *q == '-') {
		if (!array_range(c, start, q, lim, a.v, &last, &step, &nodigits))
			return false;
	} else if (!elem_end(q, lim)) {
		return verr_fail(c->e, E_BAD_ARRAY, at(s, start), at(start, lim),
			    "Only \"-\" and a range end, or \"%\" and a throttle, may follow an index.",
			    array_hint);
	} else if (last > c->max_index) {
		return verr_fail(c->e, E_ARRAY_INDEX_TOO_LARGE, at(s, p), at(p, a.end), too_large_note,
			    too_large_hint);
	}
	for (long long i = a.v; i <= last; i += step)
		c->bits[i / 8] |= (unsigned char)(1u << (i % 8));
	if (nodigits)
		warn(c->e, W_ARRAY_NO_DIGITS, at(s, start), at(start, lim),
		     "slurmctld reads a missing number as 0.", array_hint);
	return true;
}

/* The %throttle: the first '%' anywhere, read like atoi; -1 when none. */
static int64_t array_throttle(const char *s, struct verr *e)
{
	const char *pct = strchr(s, '%');
	if (!pct)
		return -1;
	struct num t = scan_num(pct + 1, NULL);
	int32_t v = wrap32((unsigned long long)t.v);
	if (!t.digits)
		warn(e, W_IGNORED_TEXT, at(s, pct), strlen(pct),
		     "A \"%\" without a number sets no throttle.", array_hint);
	else if (*t.end && *t.end != ',')
		warn(e, W_IGNORED_TEXT, at(s, t.end), strcspn(t.end, ","),
		     "sbatch reads only the number after \"%\".", array_hint);
	else if (v <= 0)
		warn(e, W_IGNORED_TEXT, at(s, pct), strlen(pct),
		     "A throttle that is not a positive 32-bit number sets no throttle.", array_hint);
	else if (v != t.v)
		warn(e, W_VALUE_WRAPS, at(s, pct + 1), strlen(pct + 1),
		     "slurmctld cuts the throttle to 32 bits.", array_hint);
	return v > 0 ? v : -1;
}

/* Collects the set bits as sorted indices in the arena. */
static void array_collect(struct arena *a, const unsigned char *bits, int64_t max_index,
			  struct val_array *out)
{
	size_t n = 0;
	for (int64_t i = 0; i <= max_index; i++)
		n += (bits[i / 8] >> (i % 8)) & 1;
	out->indices = n ? arena_alloc(a, n * sizeof *out->indices) : NULL;
	out->count = 0;
	for (int64_t i = 0; i <= max_index && out->count < n; i++)
		if ((bits[i / 8] >> (i % 8)) & 1)
			out->indices[out->count++] = i;
}

bool val_array(struct arena *a, const char *s, int64_t max_index, struct val_array *out,
	       struct verr *e)
{
	clear(e);
	memset(out, 0, sizeof *out);
	max_index = max_index < 0 ? 0 : max_index > ARRAY_INDEX_CAP ? ARRAY_INDEX_CAP : max_index;
	struct arr c = { s, max_index, arena_alloc(a, (size_t)max_index / 8 + 1), e };
	for (const char *p = s; *p;) {
		const char *end = p + strcspn(p, ",");
		if (end > p && !array_elem(&c, p, end))
			return false;
		p = *end ? end + 1 : end;
	}
	out->throttle = array_throttle(s, e);
	array_collect(a, c.bits, max_index, out);
	if (out->count == 0)
		return warn(e, W_ARRAY_EMPTY, 0, 0, "sbatch then submits an ordinary job.", array_hint);
	return true;
}

/* ---- GRES and GPUs ------------------------------------------------------ */

static const char gres_hint[] =
	"Write name[:type][:count] entries joined by \",\", for example \"gpu:2\" or "
	"\"gpu:a100:2\".";
static const char gpus_hint[] =
	"Write [type:]count entries joined by \",\", for example \"2\" or \"a100:2\".";

/* One GPU request while a list is read. */
struct gres_ent {
	const char *type, *type_end; /* NULL when untyped */
	const char *count_text;      /* where the count was written, or NULL */
	unsigned long long count;
};

/* A GRES count as Slurm reads it from [p, lim): strtoull (no digits is 0),
 * then an optional k, m, g, t or p multiplier, optionally followed by b. */
static bool gres_count(const char *p, const char *lim, unsigned long long *count)
{
	static const char mult[] = "kmgtp";
	struct num n = scan_num(p, lim);
	const char *q = n.end;
	int shift = 0;
	const char *m = at_end(q, lim) ? NULL : strchr(mult, *q | 0x20);
	if (m && *m) {
		shift = 10 * (int)(m - mult + 1);
		q++;
		if (!at_end(q, lim) && (*q == 'b' || *q == 'B'))
			q++;
	}
	unsigned long long v = n.neg ? 0 - n.mag : n.mag;
	if (!at_end(q, lim) || n.overflow_u || v == ULLONG_MAX)
		return false;
	*count = shift && v > (ULLONG_MAX >> shift) ? ULLONG_MAX - 1 : v << shift;
	return true;
}

/* [type:]count or count-or-type from [p, lim), the part after "name:" of
 * the entry starting at `entry` (errors point at the whole entry). */
static bool gres_spec(const char *s, const char *entry, const char *p, const char *lim,
		      enum diag_id id, struct gres_ent *g, struct verr *e)
{
	size_t off = at(s, entry), len = at(entry, lim);
	const char *hint = id == E_BAD_GRES ? gres_hint : gpus_hint;
	const char *c = memchr(p, ':', (size_t)(lim - p));
	if (c && memchr(c + 1, ':', (size_t)(lim - c - 1)))
		return verr_fail(e, id, off, len,
			    id == E_BAD_GRES ? "An entry is name[:type][:count], with two \":\" at most."
					     : "An entry is [type:]count, with one \":\" at most.",
			    hint);
	if (p == lim)
		return verr_fail(e, id, off, len, "Nothing follows the \":\".", hint);
	if (!c) {
		if (gres_count(p, lim, &g->count)) {
			g->count_text = p;
			return true;
		}
		if (is_digit(*p))
			return verr_fail(e, id, off, len,
				    "A count is a whole number with an optional k, m, g, t or p "
				    "multiplier, and a type cannot start with a digit.",
				    hint);
		g->type = p, g->type_end = lim, g->count = 1;
		return true;
	}
	if (c == p)
		return verr_fail(e, id, off, len, "The type before \":\" is missing.", hint);
	if (c + 1 == lim)
		return verr_fail(e, id, off, len, "The count after the type is missing.", hint);
	if (!gres_count(c + 1, lim, &g->count))
		return verr_fail(e, id, off, len,
			    "A count is a whole number with an optional k, m, g, t or p multiplier.",
			    hint);
	g->type = p, g->type_end = c, g->count_text = c + 1;
	return true;
}

/* Checks that typed and untyped non-zero GPU requests are not mixed. */
static bool gres_mix(const struct gres_ent *g, bool *typed, bool *untyped, struct verr *e)
{
	if (g->count == 0)
		return true;
	*(g->type ? typed : untyped) = true;
	if (*typed && *untyped)
		return verr_fail(e, E_GRES_TYPED_UNTYPED, 0, 0,
			    "Slurm rejects a job whose GPU requests are partly typed and partly not "
			    "(\"Invalid GRES specification (with and without type identification)\").",
			    "Give every GPU request a type, or none.");
	return true;
}

/* Stores the last GPU request in the result. */
static void gpu_result(struct arena *a, const struct gres_ent *g, struct val_gpu *gpu)
{
	gpu->set = true;
	gpu->count = g->count > INT64_MAX ? INT64_MAX : (int64_t)g->count;
	gpu->type = g->type ? arena_strndup(a, g->type, (size_t)(g->type_end - g->type)) : NULL;
}

/* The name of a --gres entry in [p, lim). A name must be a word; which
 * words exist depends on the cluster, so only "gpu" is checked (its case). */
static bool gres_name(const char *s, const char *p, const char *lim, struct verr *e)
{
	size_t len = (size_t)(lim - p);
	if (len == 0)
		return verr_fail(e, E_BAD_GRES, at(s, p), strcspn(p, ","), "The GRES name is missing.",
			    gres_hint);
	for (const char *q = p; q < lim; q++)
		if (!(is_digit(*q) || *q == '_' || ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z')) ||
		    (q == p && is_digit(*q)))
			return verr_fail(e, E_BAD_GRES, at(s, p), len,
				    "A GRES name is a word such as \"gpu\"; which names exist depends "
				    "on the cluster.",
				    gres_hint);
	if (len == 3 && !strncasecmp(p, "gpu", 3) && strncmp(p, "gpu", 3))
		return verr_fail(e, E_BAD_GRES, at(s, p), 3,
			    "GRES names are case sensitive; the GPU resource is \"gpu\".", gres_hint);
	return true;
}

/* One --gres entry [gres:]name[:type][:count] in [p, lim); *name and
 * *name_end delimit the name. sbatch drops a request for zero of something
 * before it looks at the name, so "foo:0" passes whatever foo is. */
static bool gres_entry(const char *s, const char *p, const char *lim, struct gres_ent *g,
		       const char **name, const char **name_end, struct verr *e)
{
	const char *entry = p;
	if ((size_t)(lim - p) > 5 && !strncmp(p, "gres:", 5))
		p += 5;
	const char *c = memchr(p, ':', (size_t)(lim - p));
	*name = p;
	*name_end = c ? c : lim;
	*g = (struct gres_ent){ .count = 1 };
	if (c && !gres_spec(s, entry, c + 1, lim, E_BAD_GRES, g, e))
		return false;
	if (g->count == 0 && is_digit(*g->count_text))
		return true;
	return gres_name(s, p, *name_end, e);
}

bool val_gres(struct arena *a, const char *s, struct val_gpu *gpu, const char **other,
	      struct verr *e)
{
	clear(e);
	memset(gpu, 0, sizeof *gpu);
	*other = NULL;
	if (!strcasecmp(s, "none"))
		return true;
	if (!strcasecmp(s, "help") || !strcasecmp(s, "list"))
		return verr_fail(e, E_BAD_GRES, 0, 0,
			    "sbatch prints the cluster's GRES list and exits without submitting.",
			    gres_hint);
	bool typed = false, untyped = false;
	char *rest = NULL;
	for (const char *p = s;; p++) {
		const char *end = p + strcspn(p, ","), *name, *name_end;
		struct gres_ent g;
		if (end == p)
			return verr_fail(e, E_BAD_GRES, 0, 0, "An entry of the list is empty.", gres_hint);
		if (!gres_entry(s, p, end, &g, &name, &name_end, e))
			return false;
		if (name_end - name == 3 && !strncmp(name, "gpu", 3)) {
			if (!gres_mix(&g, &typed, &untyped, e))
				return false;
			gpu_result(a, &g, gpu);
		} else if (g.count) {
			char *piece = arena_strndup(a, p, (size_t)(end - p));
			rest = rest ? arena_printf(a, "%s,%s", rest, piece) : piece;
		}
		if (!*end)
			break;
		p = end;
	}
	*other = rest;
	return true;
}

bool val_gpus(struct arena *a, const char *s, struct val_gpu *gpu, struct verr *e)
{
	clear(e);
	memset(gpu, 0, sizeof *gpu);
	bool typed = false, untyped = false;
	for (const char *p = s; *p;) {
		const char *end = p + strcspn(p, ",");
		if (end > p) {
			struct gres_ent g = { .count = 1 };
			if (!gres_spec(s, p, p, end, E_BAD_GPUS, &g, e) ||
			    !gres_mix(&g, &typed, &untyped, e))
				return false;
			gpu_result(a, &g, gpu);
		}
		p = *end ? end + 1 : end;
	}
	return true;
}

/* ---- dependencies ------------------------------------------------------- */

static const char dep_hint[] =
	"Write type:jobid[:jobid...] terms joined by \",\" (all must hold) or \"?\" (any may "
	"hold), for example \"afterok:1234\" or \"afterany:1234:1240,singleton\".";

static const char *const dep_types[] = {
	"afternotok", "aftercorr", "afterany", "afterok", "afterburstbuffer", "after", "expand",
};

/* Where a term ends: the next ',' or '?' (or the NUL). */
static const char *term_end(const char *p)
{
	return p + strcspn(p, ",?");
}

/* One element of a task list "[1-3,5]": a range must not run backwards. */
static bool dep_task_elem(const char *s, const char *p, const char *lim, struct verr *e)
{
	struct num a = scan_num(p, lim);
	if (!a.digits || at_end(a.end, lim) || *a.end != '-')
		return true;
	struct num b = scan_num(a.end + 1, lim);
	if (b.digits && b.v < a.v)
		return verr_fail(e, E_DEPENDENCY_JOB_ID, at(s, p), at(p, lim),
			    "A task range must not end before it starts.", dep_hint);
	return true;
}

/* The task part after "jobid_": "*", "[list]" or a number (none is 0). */
static bool dep_task(const char *s, const char **pp, struct verr *e)
{
	const char *p = *pp;
	if (*p == '*') {
		*pp = p + 1;
		return true;
	}
	if (*p != '[') {
		*pp = scan_num(p, NULL).end;
		return true;
	}
	const char *close = strchr(p, ']');
	if (!close || close == p + 1)
		return verr_fail(e, E_DEPENDENCY_JOB_ID, at(s, p), close ? 2 : strlen(p),
			    "A task list needs a closing \"]\" and at least one task.", dep_hint);
	for (const char *q = p + 1; q < close;) {
		const char *end = q + strcspn(q, ",]");
		if (!dep_task_elem(s, q, end, e))
			return false;
		q = end + (end < close);
	}
	*pp = close + 1;
	return true;
}

/* The task part of the old form: "*", a number, or one task in brackets. */
static bool dep_old_task(const char *s, const char **pp, struct verr *e)
{
	const char *p = *pp;
	if (*p != '[')
		return dep_task(s, pp, e);
	size_t n = strcspn(p + 1, "],-");
	if (n == 0 || p[1 + n] != ']')
		return verr_fail(e, E_DEPENDENCY_JOB_ID, at(s, p), strcspn(p, ","),
			    "After a bare job id, brackets hold exactly one task.", dep_hint);
	*pp = p + n + 2;
	return true;
}

/* "+delay" at *pp after the job id at `job`: a positive number of minutes.
 * Text after the number that is not a separator makes sbatch stop reading
 * (*stop). */
static bool dep_delay(const char *s, const char *job, const char **pp, bool *stop,
		      struct verr *e)
{
	const char *p = *pp;
	struct num d = scan_num(p + 1, NULL);
	if (!d.digits || d.v <= 0)
		return verr_fail(e, E_BAD_DEPENDENCY, at(s, job), at(job, term_end(p)),
			    "The delay after \"+\" must be a positive number of minutes.", dep_hint);
	*pp = d.end;
	if (*d.end && !strchr(",?:", *d.end)) {
		*stop = true;
		warn(e, W_IGNORED_TEXT, at(s, d.end), strlen(d.end),
		     "sbatch stops reading the dependency at the first character after a delay "
		     "that is not \":\", \",\" or \"?\".",
		     dep_hint);
	}
	return true;
}

/* One job id with its optional _task and +delay; *pp moves past them.
 * delay_ok is false for the old form (a bare id), which takes no delay, no
 * task list, only "," after it. */
static bool dep_job(const char *s, const char **pp, bool delay_ok, bool *stop, struct verr *e)
{
	const char *p = *pp;
	struct num n = scan_num(p, NULL);
	if (!n.digits || (uint32_t)n.v == 0)
		return verr_fail(e, E_DEPENDENCY_JOB_ID, at(s, p), at(p, term_end(p)),
			    n.digits ? "Job ids start at 1." : "A job id is a number.", dep_hint);
	const char *q = n.end;
	if (*q == '_') {
		q++;
		if (!(delay_ok ? dep_task(s, &q, e) : dep_old_task(s, &q, e)))
			return false;
	}
	if (*q == '+' && delay_ok && !dep_delay(s, p, &q, stop, e))
		return false;
	if (!*stop && *q && !strchr(delay_ok ? ",?:" : ",", *q))
		return verr_fail(e, E_DEPENDENCY_JOB_ID, at(s, p), at(p, term_end(p)),
			    delay_ok ? "A job id may be followed only by _task, +delay, \":\" and "
				       "another job id, or \",\" or \"?\" and another term."
				     : "In the old form a job id may be followed only by _task and "
				       "\",\".",
			    dep_hint);
	*pp = q;
	return true;
}

/* The type of a new-form term, "type:"; returns the text after ':'. */
static const char *dep_type(const char *s, const char *p, struct verr *e)
{
	for (size_t i = 0; i < sizeof dep_types / sizeof *dep_types; i++) {
		size_t n = strlen(dep_types[i]);
		if (strncasecmp(p, dep_types[i], n))
			continue;
		if (p[n] == ':' && !strcmp(dep_types[i], "expand")) {
			verr_fail(e, E_DEPENDENCY_UNSUPPORTED, at(s, p), n,
			     "\"expand\" needs SchedulerParameters=permit_job_expansion, which Slurm "
			     "refuses by default (\"Requested operation not supported on this "
			     "system\").",
			     dep_hint);
			return NULL;
		}
		if (p[n] == ':')
			return p + n + 1;
		if (p[n] == '\0' || p[n] == ',' || p[n] == '?') {
			verr_fail(e, E_BAD_DEPENDENCY, at(s, p), n, "A job id must follow the type and \":\".",
			     dep_hint);
			return NULL;
		}
	}
	size_t len = strcspn(p, ":,?");
	verr_fail(e, E_DEPENDENCY_TYPE, at(s, p), len ? len : 1,
	     "The types are after, afterany, afterok, afternotok, aftercorr, afterburstbuffer "
	     "and singleton.",
	     dep_hint);
	return NULL;
}

/* One term starting at p; *next is after its ',' or '?', or NULL at the end. */
static bool dep_term(const char *s, const char *p, const char **next, struct verr *e)
{
	bool stop = false;
	const char *q = p;
	if (!strncasecmp(p, "singleton", 9) && (p[9] == '\0' || p[9] == ',' || p[9] == '?')) {
		q = p + 9;
	} else if (is_digit(*p) && !strchr(p, ':')) {
		if (!dep_job(s, &q, false, &stop, e)) /* the old form: a bare job id */
			return false;
	} else {
		if (!(q = dep_type(s, p, e)))
			return false;
		for (;;) {
			if (!dep_job(s, &q, true, &stop, e))
				return false;
			if (stop || *q != ':')
				break;
			q++;
		}
	}
	*next = stop || *q == '\0' ? NULL : q + 1;
	return true;
}

bool val_dependency(const char *s, struct verr *e)
{
	clear(e);
	if (!strcmp(s, "0"))
		return true; /* slurmctld reads "0" as "no dependency" */
	for (const char *p = s; *p;) {
		const char *next;
		if (*p == ',' || *p == '?')
			return verr_fail(e, E_BAD_DEPENDENCY, 0, 0, "A term is missing before a separator.",
				    dep_hint);
		if (!dep_term(s, p, &next, e))
			return false;
		if (!next)
			break;
		if (!*next || *next == ',' || *next == '?')
			return verr_fail(e, E_BAD_DEPENDENCY, 0, 0,
				    "A separator must be followed by another term.", dep_hint);
		p = next;
	}
	return true;
}

/* ---- constraints -------------------------------------------------------- */

static const char cons_hint[] =
	"Write features joined by \"&\" (and) or \"|\" (or), for example \"a100&ib\", with "
	"counts as \"[rack1*2&rack2*4]\" or a choice as \"[rack1|rack2]\".";

/* The state of build_feature_list's scan in slurmctld. */
struct cons {
	const char *s;
	bool feature;  /* a feature has started and not been closed */
	bool ignoring; /* after a count, ')' or ']': name characters are ignored */
	bool counted, in_bracket;
	int paren, bracket, brackets;
	bool br_and, br_or, br_counted, br_uncounted;
	const char *last_op;
};

/* Closes the current feature at an operator or the end. */
static void cons_close(struct cons *c)
{
	if (c->feature && c->in_bracket)
		*(c->counted ? &c->br_counted : &c->br_uncounted) = true;
	c->feature = c->ignoring = c->counted = false;
}

/* "*count" after a feature. */
static bool cons_count(struct cons *c, const char **pp, struct verr *e)
{
	const char *p = *pp;
	if (!c->feature)
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0, "A count must follow a feature name.",
			    cons_hint);
	if (c->paren)
		return verr_fail(e, E_CONSTRAINT_COUNT, at(c->s, p), 1,
			    "Counts are not allowed inside parentheses.", cons_hint);
	struct num n = scan_num(p + 1, NULL);
	if (wrap32((unsigned long long)n.v) <= 0)
		return verr_fail(e, E_CONSTRAINT_COUNT, at(c->s, p), n.digits ? at(p, n.end) : 1,
			    "The count after \"*\" must be a positive 32-bit number.", cons_hint);
	c->counted = c->ignoring = true;
	*pp = n.end - 1;
	return true;
}

/* An operator: '&' or ',' (and), '|' (or). */
static bool cons_op(struct cons *c, const char *p, struct verr *e)
{
	if (!c->feature)
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0,
			    "An operator must follow a feature name.", cons_hint);
	if (c->bracket)
		*(*p == '|' ? &c->br_or : &c->br_and) = true;
	cons_close(c);
	c->last_op = p;
	return true;
}

/* An opening or closing parenthesis or bracket. */
static bool cons_group(struct cons *c, const char *p, struct verr *e)
{
	bool open = *p == '(' || *p == '[';
	int *depth = *p == '(' || *p == ')' ? &c->paren : &c->bracket;
	if (open && (c->feature || *depth))
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0,
			    *depth ? "Groups of the same kind cannot be nested."
				   : "A group must start the expression or follow an operator.",
			    cons_hint);
	if (open && *p == '[' && c->brackets++)
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0,
			    "Only one bracketed group is allowed.", cons_hint);
	if (!open && (!c->feature || !*depth))
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0,
			    *depth ? "A group cannot end right after an operator or be empty."
				   : "This closes a group that was not opened.",
			    cons_hint);
	*depth = open;
	c->ignoring |= !open;
	return true;
}

/* The rules for the one bracketed group, checked at the end. */
static bool cons_brackets(const struct cons *c, struct verr *e)
{
	if (c->br_and && c->br_or)
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0,
			    "A bracketed group uses \"&\" with counts or \"|\", not both.", cons_hint);
	if (c->br_and && c->br_uncounted)
		return verr_fail(e, E_CONSTRAINT_COUNT, 0, 0,
			    "In brackets, every feature joined by \"&\" needs a count, as in "
			    "\"[rack1*2&rack2*4]\".",
			    cons_hint);
	if (c->br_or && c->br_counted)
		return verr_fail(e, E_CONSTRAINT_COUNT, 0, 0,
			    "In brackets, features joined by \"|\" take no counts, as in "
			    "\"[rack1|rack2]\".",
			    cons_hint);
	return true;
}

/* A name character: starts a feature, or is ignored after a count or group. */
static bool cons_name(struct cons *c, const char *p, struct verr *e)
{
	if (is_space(*p))
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0, "Feature names cannot contain blanks.",
			    cons_hint);
	if (!c->feature) {
		c->feature = true;
		c->in_bracket = c->bracket;
	} else if (c->ignoring) {
		size_t n = strcspn(p, "&|,*[]()");
		warn(e, W_IGNORED_TEXT, at(c->s, p), n ? n : 1,
		     "slurmctld ignores text after a count or a closing group.", cons_hint);
	}
	return true;
}

bool val_constraint(const char *s, struct verr *e)
{
	clear(e);
	struct cons c = { .s = s };
	bool ok = true;
	for (const char *p = s; ok && *p; p++) {
		switch (*p) {
		case '*': ok = cons_count(&c, &p, e); break;
		case '&': case ',': case '|': ok = cons_op(&c, p, e); break;
		case '(': case ')': case '[': case ']': ok = cons_group(&c, p, e); break;
		default: ok = cons_name(&c, p, e); break;
		}
	}
	if (!ok)
		return false;
	bool trailing = !c.feature && c.last_op && c.last_op[1] == '\0';
	cons_close(&c);
	if (c.paren || c.bracket)
		return verr_fail(e, E_BAD_CONSTRAINT, 0, 0, "A group is not closed.", cons_hint);
	if (!cons_brackets(&c, e))
		return false;
	if (trailing)
		return warn(e, W_IGNORED_TEXT, at(s, c.last_op), 1,
			    "An operator at the end joins nothing.", cons_hint);
	return true;
}

/* ---- file name patterns ------------------------------------------------- */

bool val_pattern(const char *s, struct verr *e)
{
	clear(e);
	if (strchr(s, '\\'))
		return true; /* a backslash turns expansion off */
	for (const char *p = s; (p = strchr(p, '%'));) {
		const char *q = p + 1;
		while (is_digit(*q))
			q++;
		if (*q && strchr("AabJjNnstux%", *q)) {
			p = q + 1;
			continue;
		}
		return warn(e, W_PATTERN_UNKNOWN, at(s, p), at(p, q) + (*q != '\0'),
			    "Slurm expands %A %a %b %J %j %N %n %s %t %u %x and %%, with an optional "
			    "width such as %4a; other \"%\" sequences stay in the file name.",
			    "Write \"%%\" for a literal \"%\".");
	}
	return true;
}

/* ---- mail types --------------------------------------------------------- */

#define MAIL_ALL_BITS                                                                   \
	(MAIL_INVALID_DEPEND | MAIL_BEGIN | MAIL_END | MAIL_FAIL | MAIL_REQUEUE |         \
	 MAIL_STAGE_OUT)

static const struct {
	const char *name;
	unsigned bits;
} mail_types[] = {
	{ "BEGIN", MAIL_BEGIN },
	{ "END", MAIL_END },
	{ "FAIL", MAIL_FAIL },
	{ "REQUEUE", MAIL_REQUEUE },
	{ "ALL", MAIL_ALL_BITS },
	{ "INVALID_DEPEND", MAIL_INVALID_DEPEND },
	{ "STAGE_OUT", MAIL_STAGE_OUT },
	{ "TIME_LIMIT", MAIL_TIME_LIMIT },
	{ "TIME_LIMIT_90", MAIL_TIME_LIMIT_90 },
	{ "TIME_LIMIT_80", MAIL_TIME_LIMIT_80 },
	{ "TIME_LIMIT_50", MAIL_TIME_LIMIT_50 },
	{ "ARRAY_TASKS", MAIL_ARRAY_TASKS },
};

static const char mail_hint[] =
	"Valid types are NONE, BEGIN, END, FAIL, REQUEUE, ALL, INVALID_DEPEND, STAGE_OUT, "
	"TIME_LIMIT, TIME_LIMIT_90, TIME_LIMIT_80, TIME_LIMIT_50 and ARRAY_TASKS, joined by "
	"\",\".";

/* The bits of one word, 0 when unknown. */
static unsigned mail_word(const char *p, size_t n)
{
	for (size_t i = 0; i < sizeof mail_types / sizeof *mail_types; i++)
		if (strlen(mail_types[i].name) == n && !strncasecmp(p, mail_types[i].name, n))
			return mail_types[i].bits;
	return 0;
}

bool val_mail_type(const char *s, unsigned *mask, struct verr *e)
{
	clear(e);
	unsigned bits = 0;
	const char *unknown = NULL;
	size_t unknown_len = 0;
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, ",");
		if (n == 4 && !strncasecmp(p, "NONE", 4)) {
			*mask = MAIL_NONE; /* sbatch stops at NONE: no mail at all */
			return true;
		}
		unsigned b = mail_word(p, n);
		if (n && !b && !unknown)
			unknown = p, unknown_len = n;
		bits |= b;
		p += n + (p[n] == ',');
	}
	if (!bits)
		return verr_fail(e, E_BAD_MAIL_TYPE, 0, 0, "None of the words is a mail type.", mail_hint);
	*mask = bits;
	if (unknown)
		return warn(e, W_MAIL_TYPE_UNKNOWN, at(s, unknown), unknown_len,
			    "sbatch ignores words it does not know as long as one is valid.", mail_hint);
	return true;
}

/* ---- signals ------------------------------------------------------------ */

static const char *const signal_names[] = {
	"HUP", "INT", "QUIT", "ABRT", "KILL", "ALRM", "TERM", "USR1",
	"USR2", "URG", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "XCPU",
};

static const char signal_hint[] =
	"Write [R|B:]signal[@seconds], for example \"B:USR1@300\"; the signals are HUP, INT, "
	"QUIT, ABRT, KILL, ALRM, TERM, USR1, USR2, URG, CONT, STOP, TSTP, TTIN, TTOU and XCPU, "
	"with or without \"SIG\", or a number.";

/* The signal in [p, lim) as sbatch's sig_name2num reads it, cut to 16 bits;
 * 0 when unknown. *odd when the number wrapped around. */
static unsigned signal_number(const char *p, const char *lim, bool *odd)
{
	struct num n = scan_num(p, lim);
	if (n.digits) {
		if (!all_space(n.end, lim))
			return 0;
		unsigned v = (uint16_t)(uint32_t)wrap32((unsigned long long)n.v);
		*odd = (long long)v != n.v;
		return v;
	}
	while (!at_end(p, lim) && is_space(*p))
		p++;
	if ((size_t)(lim - p) >= 3 && !strncasecmp(p, "SIG", 3))
		p += 3;
	for (size_t i = 0; i < sizeof signal_names / sizeof *signal_names; i++) {
		size_t len = strlen(signal_names[i]);
		if ((size_t)(lim - p) >= len && !strncasecmp(p, signal_names[i], len) &&
		    all_space(p + len, lim))
			return 1;
	}
	return 0;
}

bool val_signal(const char *s, struct verr *e)
{
	clear(e);
	const char *p = s;
	if (*p == 'R' || *p == 'r')
		p++;
	if (*p == 'B' || *p == 'b')
		p++;
	if (*p == 'R' || *p == 'r')
		p++;
	if (*p == ':')
		p++;
	const char *time = strchr(p, '@');
	const char *lim = time ? time : p + strlen(p);
	bool odd = false;
	if (p == lim)
		return verr_fail(e, E_BAD_SIGNAL, 0, 0, "The signal is missing.", signal_hint);
	if (!signal_number(p, lim, &odd))
		return verr_fail(e, E_UNKNOWN_SIGNAL, at(s, p), at(p, lim),
			    "sbatch knows 16 signal names and the numbers 1 to 65535.", signal_hint);
	if (time) {
		struct num t = scan_num(time + 1, NULL);
		if (t.v < 0 || t.v > 65535 || *t.end)
			return verr_fail(e, E_SIGNAL_TIME, at(s, time + 1), strlen(time + 1),
				    "The time after \"@\" is a number of seconds from 0 to 65535.",
				    signal_hint);
	}
	if (odd)
		return warn(e, W_VALUE_WRAPS, at(s, p), at(p, lim),
			    "sbatch cuts signal numbers to 16 bits.", signal_hint);
	return true;
}

/* ---- begin and deadline times ------------------------------------------- */

static const char begin_hint[] =
	"Write a time such as \"16:00\" or \"4:00PM\", a date such as \"2030-01-20\", "
	"\"12/31\" or \"123130\", both as \"2030-01-20T16:00\", \"now+2hours\", or a word "
	"such as \"tomorrow\" or \"noon\".";

static const struct {
	const char *word;
	bool date; /* sets the day (else the time of day) */
} begin_words[] = {
	{ "today", true }, { "tomorrow", true }, { "midnight", false },
	{ "noon", false }, { "fika", false },    { "teatime", false },
};

/* An error about the whole value: a date is read as one piece. */
static bool begin_fail(struct verr *e, const char *note)
{
	return verr_fail(e, E_BAD_BEGIN, 0, 0, note, begin_hint);
}

/* The offset after a time unit word at p (seconds ... weeks), or 0. */
static size_t begin_unit(const char *p)
{
	static const char *const units[] = {
		"seconds", "second", "minutes", "minute", "hours", "hour",
		"days",    "day",    "weeks",   "week",
	};
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (!strncasecmp(p, units[i], strlen(units[i])))
			return strlen(units[i]);
	return 0;
}

/* "now[{+|-}count[unit]]" at *pos; the count runs to the end or a unit. */
static bool begin_now(const char *s, size_t *pos, struct verr *e)
{
	size_t i = *pos + 3;
	while (is_blank(s[i]))
		i++;
	if (s[i] == '\0' || s[i] == '\n') {
		*pos = i - 1;
		return true;
	}
	if (s[i] != '+' && s[i] != '-')
		return begin_fail(e, "Only \"+\" or \"-\" and a count may follow \"now\".");
	bool digits = false;
	size_t j = i + 1, u = 0;
	for (; s[j] && s[j] != '\n' && !u; j++) {
		if (is_space(s[j]))
			continue;
		if ((u = begin_unit(s + j)))
			break;
		if (!is_digit(s[j]))
			return begin_fail(e,
					  "The units are seconds, minutes, hours, days and weeks, "
					  "spelt out.");
		digits = true;
	}
	if (!digits)
		return begin_fail(e, "A number must follow \"now+\".");
	*pos = j + u - 1;
	return true;
}

/* A two-digit field at s[*i] (the second digit optional when `one`) in
 * [lo, hi]; *i moves past it. */
static bool begin_field(const char *s, size_t *i, bool one, int lo, int hi)
{
	if (!is_digit(s[*i]))
		return false;
	int v = s[(*i)++] - '0';
	if (is_digit(s[*i]))
		v = v * 10 + s[(*i)++] - '0';
	else if (!one)
		return false;
	return v >= lo && v <= hi;
}

/* "HH:MM[:SS] [AM|PM]" at *pos. */
static bool begin_clock(const char *s, size_t *pos, struct verr *e)
{
	size_t i = *pos;
	int hr = s[i++] - '0';
	if (s[i] != ':') {
		if (!is_digit(s[i]))
			return begin_fail(e, "The hour is one or two digits.");
		hr = hr * 10 + s[i++] - '0';
	}
	if (hr > 23 || s[i] != ':')
		return begin_fail(e, "The hour must be 0 to 23, followed by \":\".");
	i++;
	if (!begin_field(s, &i, false, 0, 59))
		return begin_fail(e, "Minutes are two digits, 00 to 59.");
	if (s[i] == ':' && (++i, !begin_field(s, &i, false, 0, 59)))
		return begin_fail(e, "Seconds are two digits, 00 to 59.");
	while (is_space(s[i]))
		i++;
	bool pm = !strncasecmp(s + i, "pm", 2), am = !strncasecmp(s + i, "am", 2);
	if ((pm && hr > 11 && hr != 12) || (am && hr > 12))
		return begin_fail(e, "With AM or PM the hour must be 1 to 12.");
	*pos = i + 2 * (am || pm) - 1;
	return true;
}

/* "YYYY-MM-DD", or "MMDD[YY]", "MM/DD[/YY]", "MM.DD[.YY]" at *pos. */
static bool begin_date(const char *s, size_t *pos, struct verr *e)
{
	size_t i = *pos, n = strlen(s);
	if (n >= i + 7 && s[i + 4] == '-' && s[i + 7] == '-') {
		for (size_t k = 0; k < 4; k++)
			if (!is_digit(s[i + k]))
				return begin_fail(e, "The year has four digits.");
		i += 5;
		if (!begin_field(s, &i, true, 1, 12) || !(++i, begin_field(s, &i, true, 1, 31)))
			return begin_fail(e, "The month must be 1 to 12 and the day 1 to 31.");
		*pos = i - 1;
		return true;
	}
	if (!begin_field(s, &i, true, 1, 12))
		return begin_fail(e, "The month must be 1 to 12.");
	i += s[i] == '.' || s[i] == '/';
	if (!begin_field(s, &i, true, 1, 31))
		return begin_fail(e, "The day must be 1 to 31.");
	i += s[i] == '.' || s[i] == '/';
	if (is_digit(s[i]) && !is_digit(s[i + 1]))
		return begin_fail(e, "The year has two digits.");
	i += is_digit(s[i]) ? 2 : 0;
	*pos = i - 1;
	return true;
}

/* "uts<seconds since the epoch>". */
static bool begin_uts(const char *s, struct verr *e)
{
	struct num n = scan_num(s + 3, NULL);
	if (n.v < 1000000 || n.v == LLONG_MAX || *n.end)
		return begin_fail(e, "\"uts\" must be followed by seconds since 1970, at least "
					   "1000000.");
	return true;
}

/* A word such as "noon" at s; its length, or 0. */
static size_t begin_word(const char *s, bool *date, bool *time)
{
	for (size_t i = 0; i < sizeof begin_words / sizeof *begin_words; i++) {
		size_t n = strlen(begin_words[i].word);
		if (!strncasecmp(s, begin_words[i].word, n)) {
			*(begin_words[i].date ? date : time) = true;
			return n;
		}
	}
	return 0;
}

bool val_begin(const char *s, struct verr *e)
{
	clear(e);
	if (!strncasecmp(s, "uts", 3))
		return begin_uts(s, e);
	bool date = false, time = false;
	for (size_t pos = 0; s[pos] && s[pos] != '\n'; pos++) {
		char c = s[pos];
		size_t w;
		if (is_blank(c) || c == '-' || c == 'T')
			continue;
		if ((w = begin_word(s + pos, &date, &time))) {
			pos += w - 1;
		} else if (!strncasecmp(s + pos, "now", 3)) {
			if (!begin_now(s, &pos, e))
				return false;
			date = time = true;
		} else if (!is_digit(c)) {
			return begin_fail(e, "A time, a date or a word is expected here.");
		} else if (s[pos + 1] == ':' || (s[pos + 1] && s[pos + 2] == ':')) {
			if (!begin_clock(s, &pos, e))
				return false;
			time = true;
		} else {
			if (!begin_date(s, &pos, e))
				return false;
			date = true;
		}
	}
	if (!date && !time)
		return verr_fail(e, E_BAD_BEGIN, 0, 0, "The value names neither a date nor a time.",
			    begin_hint);
	return true;
}

/* ---- exclusivity and open mode ------------------------------------------ */

bool val_exclusive(const char *s, int *kind, struct verr *e)
{
	clear(e);
	if (!s || !*s || !strcasecmp(s, "exclusive"))
		*kind = EXCL_EXCLUSIVE;
	else if (!strcasecmp(s, "user"))
		*kind = EXCL_USER;
	else if (!strcasecmp(s, "mcs"))
		*kind = EXCL_MCS;
	else if (!strcasecmp(s, "oversubscribe"))
		*kind = EXCL_NONE;
	else if (!strcasecmp(s, "topo")) {
		*kind = EXCL_TOPO;
		return warn(e, W_NEWER_VALUE, 0, 0,
			    "Slurm 22.05 rejects it (\"Invalid --exclusive specification\").",
			    "Write --exclusive alone for older Slurm.");
	} else
		return verr_fail(e, E_BAD_EXCLUSIVE, 0, 0,
			    "The values are exclusive, user, mcs, oversubscribe and, in newer "
			    "Slurm, topo.",
			    "Write --exclusive alone for whole nodes, or --exclusive=user to share "
			    "nodes only with your own jobs.");
	return true;
}

bool val_open_mode(const char *s, int *mode, struct verr *e)
{
	clear(e);
	const char *word;
	if (*s == 'a' || *s == 'A')
		*mode = OPEN_APPEND, word = "append";
	else if (*s == 't' || *s == 'T')
		*mode = OPEN_TRUNCATE, word = "truncate";
	else
		return verr_fail(e, E_BAD_OPEN_MODE, 0, 0,
			    "sbatch looks at the first letter only, which must be \"a\" or \"t\".",
			    "Write \"append\" or \"truncate\".");
	size_t n = strlen(s);
	if (n > strlen(word) || strncasecmp(s, word, n))
		return warn(e, W_IGNORED_TEXT, 1, n - 1, "sbatch looks at the first letter only.",
			    "Write \"append\" or \"truncate\".");
	return true;
}

/* ---- environment and licenses ------------------------------------------- */

static bool is_env_name(const char *p, size_t n)
{
	if (n == 0 || is_digit(*p))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!(is_digit(p[i]) || p[i] == '_' || ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z')))
			return false;
	return true;
}

bool val_export(const char *s, struct verr *e)
{
	clear(e);
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, ","), name = strcspn(p, ",=");
		bool word = name == n && ((n == 3 && (!strncasecmp(p, "ALL", 3) ||
						      !strncasecmp(p, "NIL", 3))) ||
					  (n == 4 && !strncasecmp(p, "NONE", 4)));
		if (n && !word && !is_env_name(p, name))
			return warn(e, W_EXPORT_NAME, at(s, p), name ? name : 1,
				    "sbatch passes it on, but no shell can use it.",
				    "Write NAME or NAME=value entries joined by \",\", for example "
				    "\"ALL,OMP_NUM_THREADS=4\".");
		p += n + (p[n] == ',');
	}
	return true;
}

static const char lic_hint[] =
	"Write name[:count] entries joined by \",\", for example \"matlab:2,fluent\".";

/* One license entry in [p, lim): name[@server][:count]. Names are words
 * (letters, digits, '_', '.', '-'); which exist depends on the cluster. */
static bool license_entry(const char *s, const char *p, const char *lim, struct verr *e)
{
	size_t off = at(s, p), len = at(p, lim);
	const char *c = memchr(p, ':', (size_t)(lim - p));
	const char *name_end = c ? c : lim;
	if (name_end == p)
		return verr_fail(e, E_BAD_LICENSES, off, len, "The license name is missing.", lic_hint);
	for (const char *q = p; q < name_end; q++) {
		bool word = is_digit(*q) || ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z');
		if (*q == '*')
			return verr_fail(e, E_BAD_LICENSES, off, len,
				    "A count follows \":\", as in \"matlab:2\".", lic_hint);
		if (!word && (q == p || !strchr("_.-@", *q)))
			return verr_fail(e, E_BAD_LICENSES, off, len,
				    "A license name is a word such as \"matlab\", optionally followed by "
				    "@ and a server; which names exist depends on the cluster.",
				    lic_hint);
	}
	if (!c)
		return true;
	struct num n = scan_num(c + 1, lim);
	if (n.end != lim && !(at_end(c + 1, lim)))
		return verr_fail(e, E_BAD_LICENSES, off, len, "A license count is a whole number.",
			    lic_hint);
	if (n.v < 0)
		return verr_fail(e, E_BAD_LICENSES, off, len, "A license count cannot be negative.",
			    lic_hint);
	return true;
}

bool val_licenses(const char *s, struct verr *e)
{
	clear(e);
	const char *comma = strchr(s, ','), *bar = strchr(s, '|');
	if (comma && bar)
		return verr_fail(e, E_BAD_LICENSES, 0, 0,
			    "Licenses are joined all by \",\" (all of them) or all by \"|\" (any one "
			    "of them), not both.",
			    lic_hint);
	const char *sep = bar ? "|" : ",";
	for (const char *p = s; *p;) {
		const char *end = p + strcspn(p, sep);
		if (end > p && !license_entry(s, p, end, e))
			return false;
		p = *end ? end + 1 : end;
	}
	if (bar)
		return warn(e, W_NEWER_VALUE, at(s, bar), 1,
			    "Slurm 22.05 reads \"|\" as part of a license name and rejects the job.",
			    "Join licenses with \",\" for older Slurm.");
	return true;
}
