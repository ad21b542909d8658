# slurmc: build, test, install.
#
#   make            build ./slurmc (installs missing build dependencies first)
#   make check      every test suite; prints "N passed, N failed, N skipped"
#   make example    compile examples/ with ./slurmc
#   make bench      speed and memory benchmarks
#   make install PREFIX=/usr/local
#
# Everything generated (flex and bison output, objects, embedded data) goes to
# $(B)/. A second build with sanitizers lives in build/asan (make asan).

B        ?= build
CC       ?= cc
PREFIX   ?= /usr/local
VERSION  := 0.1.0
OPT      ?= -O2 -g
WARN     := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes \
            -Wstrict-prototypes
CFLAGS   ?=
CPPFLAGS += -I. -I$(B) -D_POSIX_C_SOURCE=200809L -DSLURMC_VERSION='"$(VERSION)"'
PKGS     := yaml-0.1 jansson
DEPCFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lyaml -ljansson)
ALLCFLAGS = $(WARN) $(OPT) $(DEPCFLAGS) $(CFLAGS)

LIB_SRCS := $(sort $(wildcard stdlib/*.c lexer/*.c parser/*.c emitters/*.c))
GEN_SRCS := $(B)/lexer/script.c $(B)/parser/directive.c $(B)/stdlib/embedded.c
LIB_OBJS := $(LIB_SRCS:%.c=$(B)/%.o) $(GEN_SRCS:.c=.o)
EMBED    := $(sort $(wildcard stdlib/runtime/*.sh stdlib/profiles/*.yaml))
UNIT_SRCS:= $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS:= $(UNIT_SRCS:tests/unit/%.c=$(B)/tests/%)

DEPS_STAMP := build/.deps-ok

.PHONY: all deps check unit asan example bench install clean regen-golden
all: $(DEPS_STAMP) slurmc

$(DEPS_STAMP): scripts/deps.sh
	@sh scripts/deps.sh
	@mkdir -p build && touch $@

deps:
	@sh scripts/deps.sh

ifeq ($(B),build)
slurmc: $(B)/slurmc
	cp $< $@
endif

$(B)/slurmc: $(B)/slurmc.o $(B)/migrate.o $(B)/libslurmc.a
	$(CC) $(ALLCFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(B)/libslurmc.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

# Generated headers first: every object may include them.
GEN_HDRS := $(B)/lexer/script.h $(B)/parser/directive.h

$(B)/%.o: %.c | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) -MMD -MP -c -o $@ $<

# Generated C is compiled without -Wpedantic's complaints about flex's own code.
$(B)/lexer/script.o $(B)/parser/directive.o: $(B)/%.o: $(B)/%.c
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) -Wno-unused-function -Wno-missing-prototypes \
		-Wno-sign-compare -Wno-implicit-fallthrough -MMD -MP -c -o $@ $<

$(B)/stdlib/embedded.o: $(B)/stdlib/embedded.c
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) -c -o $@ $<

$(B)/lexer/script.c $(B)/lexer/script.h &: lexer/script.l
	@mkdir -p $(B)/lexer
	flex --header-file=$(B)/lexer/script.h -o $(B)/lexer/script.c $<

$(B)/parser/directive.c $(B)/parser/directive.h &: parser/directive.y
	@mkdir -p $(B)/parser
	bison -Wall -Werror --defines=$(B)/parser/directive.h -o $(B)/parser/directive.c $<

$(B)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(ALLCFLAGS) -o $@ $<

$(B)/stdlib/embedded.c: $(B)/tools/embed $(EMBED)
	@mkdir -p $(dir $@)
	$(B)/tools/embed $(EMBED) > $@.tmp && mv $@.tmp $@

# Unit tests: one cmocka program per tests/unit/test_*.c.
$(B)/tests/%: tests/unit/%.c $(B)/libslurmc.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) -o $@ $< $(B)/libslurmc.a $(LDLIBS) \
		$(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

unit: $(UNIT_BINS) $(B)/tests/fuzz_frontend

$(B)/tests/fuzz_frontend: tests/fuzz/fuzz_frontend.c $(B)/libslurmc.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) -o $@ $< $(B)/libslurmc.a $(LDLIBS)

asan: $(DEPS_STAMP)
	$(MAKE) B=build/asan OPT='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
		LDFLAGS='-fsanitize=address,undefined' build/asan/slurmc unit

check: all unit asan
	@sh tests/run.sh

example: all
	@sh examples/build.sh

bench: all
	@sh tests/bench.sh

regen-golden: all
	@sh tests/regen.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/man/man5
	install -m 755 slurmc $(DESTDIR)$(PREFIX)/bin/slurmc
	for m in man/*.1; do [ -e "$$m" ] && install -m 644 $$m $(DESTDIR)$(PREFIX)/share/man/man1/; done; true
	for m in man/*.5; do [ -e "$$m" ] && install -m 644 $$m $(DESTDIR)$(PREFIX)/share/man/man5/; done; true

clean:
	rm -rf build slurmc tests/out

-include $(shell find $(B) -name '*.d' 2>/dev/null)
