/*
 * fuzz_frontend.c: the front end and the IR printer on arbitrary bytes.
 *
 * Built two ways: with -fsanitize=fuzzer, LLVMFuzzerTestOneInput is the
 * libFuzzer entry; without it, main() runs a deterministic mutation loop
 * (a fixed-seed PRNG) over the seed files given on the command line, so
 * `make check` exercises it under ASan+UBSan in bounded time:
 *
 *   fuzz_frontend ITERATIONS SEED...
 *
 * Any crash, sanitizer report or leak fails the run.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emitters/ir_json.h"
#include "parser/frontend.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a = { 0 };
	struct diag_engine d;
	diag_init(&d);
	struct source src = { "fuzz.sbatch", (const char *)data, size, SRC_FILE, 0 };
	diag_add_source(&d, &src);
	struct frontend_opts o = { 0 };
	struct ir_job *job = frontend_read(&a, &d, &src, "fuzz.sbatch", &o);
	if (job && d.errors == 0) {
		json_t *j = ir_to_json(job);
		char *s = json_dumps(j, 0);
		free(s);
		json_decref(j);
	}
	FILE *devnull = fopen("/dev/null", "w");
	if (devnull) {
		diag_render(&d, devnull, DIAG_TEXT, false);
		diag_render(&d, devnull, DIAG_JSON, false);
		fclose(devnull);
	}
	diag_free(&d);
	arena_free(&a);
	return 0;
}

#ifndef SLURMC_LIBFUZZER
static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Interesting bytes for this grammar. */
static const char tokens[][16] = { "#SBATCH ", "\n", "\"", "'", "\\", "#", " ", "--", "-",
				   "=", "hetjob", "#SLURMC[", "]", "\r\n", ":", ",", "%",
				   "--array=", "--gres=", "\0", "\xEF\xBB\xBF", "-N", "999999999999" };

static size_t mutate(char *buf, size_t len, size_t cap)
{
	int rounds = 1 + (int)(next() % 4);
	for (int r = 0; r < rounds; r++) {
		size_t pos = len ? next() % (len + 1) : 0;
		switch (next() % 4) {
		case 0: /* flip a byte */
			if (len)
				buf[pos % len] = (char)next();
			break;
		case 1: /* delete a run */
			if (len) {
				size_t n = 1 + next() % 8, p = pos % len;
				if (p + n > len)
					n = len - p;
				memmove(buf + p, buf + p + n, len - p - n);
				len -= n;
			}
			break;
		default: { /* insert a token */
			const char *t = tokens[next() % (sizeof tokens / sizeof *tokens)];
			size_t n = t[0] ? strlen(t) : 1;
			if (len + n < cap) {
				memmove(buf + pos + n, buf + pos, len - pos);
				memcpy(buf + pos, t, n);
				len += n;
			}
		}
		}
	}
	return len;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: fuzz_frontend ITERATIONS SEED...\n", stderr);
		return 2;
	}
	long iterations = strtol(argv[1], NULL, 10);
	for (int s = 2; s < argc; s++) {
		FILE *f = fopen(argv[s], "rb");
		if (!f)
			continue;
		static char seed[65536], buf[70000];
		size_t n = fread(seed, 1, sizeof seed, f);
		fclose(f);
		LLVMFuzzerTestOneInput((const uint8_t *)seed, n);
		for (long i = 0; i < iterations; i++) {
			memcpy(buf, seed, n);
			size_t len = mutate(buf, n, sizeof buf);
			LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
		}
	}
	printf("fuzzed %d seeds x %ld mutations\n", argc - 2, iterations);
	return 0;
}
#endif
