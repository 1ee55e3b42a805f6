# Lime: `make` builds build/bin/limec and build/lib/liblime.a;
# `make test` runs every test; `make demo` compiles and runs an example;
# `make deps` installs the Debian packages the project needs.
CC          ?= cc
CFLAGS      ?= -O2 -g
WARN        := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter
LLVM_CONFIG ?= llvm-config-15
PREFIX      ?= /usr/local

LLVM_CFLAGS  = $(shell $(LLVM_CONFIG) --cflags 2>/dev/null)
LLVM_LDFLAGS = $(shell $(LLVM_CONFIG) --ldflags 2>/dev/null) $(shell $(LLVM_CONFIG) --libs 2>/dev/null)

# The compiler: the front end (src/), every backend (backends/ and one
# directory each: adding a backend needs no change here) and the driver.
# backends/null/ is a test-only backend (tests/backend-interface.sh): in
# limec-test alone.
TEST_BACKEND_SRCS := $(wildcard backends/null/*.c)
COMPILER_SRCS := $(filter-out $(TEST_BACKEND_SRCS),$(wildcard src/*.c) $(wildcard backends/*.c) \
                   $(wildcard backends/*/*.c) $(wildcard driver/*.c))
COMPILER_OBJS := $(COMPILER_SRCS:%.c=build/obj/%.o) build/obj/gen/library.o build/obj/gen/fdlibm_common.o
# The library written in Java (lib/), carried inside limec (src/library.c)
LIBRARY_JAVA  := $(sort $(shell find lib -name '*.java'))
RUNTIME_SRCS  := $(wildcard runtime/*.c)
RUNTIME_OBJS  := $(RUNTIME_SRCS:%.c=build/obj/%.o)
LIMEC   := build/bin/limec
LIBLIME := build/lib/liblime.a
# limec with the test-only backends of the table (backends/null/), for
# tests/backend-interface.sh; never installed
LIMEC_TEST := build/bin/limec-test
COMPILER_HDRS := src/*.h backends/*.h backends/*/*.h

all: $(LIMEC) $(LIBLIME)

# (linked beside it, then renamed: a limec that is running, or started
# while this links, is never a half-written file)
$(LIMEC): $(COMPILER_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@.new $(COMPILER_OBJS) $(LLVM_LDFLAGS) -lyaml -lcrypto -lm
	mv -f $@.new $@

$(LIMEC_TEST): $(filter-out build/obj/backends/backends.o,$(COMPILER_OBJS)) build/obj-test/backends/backends.o \
               $(TEST_BACKEND_SRCS:%.c=build/obj/%.o)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ $(LLVM_LDFLAGS) -lyaml -lcrypto -lm

# The fuzz suite's batch compiler (fuzz/mutants.c): the front end over many
# files in one process, each in a forked child; never installed
LIME_MUTANTS := build/bin/lime-mutants
FRONT_OBJS := $(filter build/obj/src/%,$(COMPILER_OBJS)) build/obj/gen/library.o
$(LIME_MUTANTS): build/obj/fuzz/mutants.o build/obj/fuzz/front_once.o $(FRONT_OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $^ -lm

build/obj/fuzz/%.o: fuzz/%.c fuzz/*.h src/*.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) -Isrc -c -o $@ $<

build/gen/library.c: $(LIBRARY_JAVA) scripts/embed-library.sh
	@mkdir -p $(@D)
	sh scripts/embed-library.sh $@ $(LIBRARY_JAVA)

build/obj/gen/library.o: build/gen/library.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

# The runtime's Math routines, one source for the CPU (runtime/fdlibm.c) and
# the OpenCL kernels, which the GPU backend prints them into (backends/gpu/mathsrc.c)
build/gen/fdlibm_common.c: runtime/fdlibm_common.h scripts/embed-text.sh
	@mkdir -p $(@D)
	sh scripts/embed-text.sh $@ lime_fdlibm_common_source runtime/fdlibm_common.h

build/obj/gen/fdlibm_common.o: build/gen/fdlibm_common.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

build/obj/src/%.o: src/%.c src/*.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) -Isrc -c -o $@ $<

# every backend directory alike; nothing compiled in points at this tree
# (the FPGA backend finds its data in PREFIX/share/lime: see the install block)
BACKEND_CFLAGS = -Isrc $(LLVM_CFLAGS)
build/obj/backends/%.o: backends/%.c $(COMPILER_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(BACKEND_CFLAGS) -c -o $@ $<

build/obj-test/backends/backends.o: backends/backends.c $(COMPILER_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(BACKEND_CFLAGS) -DLIME_TEST_BACKENDS -c -o $@ $<

build/obj/driver/%.o: driver/%.c $(COMPILER_HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) -Isrc -c -o $@ $<

$(LIBLIME): $(RUNTIME_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(RUNTIME_OBJS)

build/obj/runtime/%.o: runtime/%.c runtime/*.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) -fno-omit-frame-pointer -Iruntime -c -o $@ $<

deps:
	bash scripts/deps.sh

test: deps
	$(MAKE) all $(LIMEC_TEST) $(LIME_MUTANTS)
	LIMEC=$(LIMEC) LIMEC_TEST=$(LIMEC_TEST) LIME_MUTANTS=$(LIME_MUTANTS) bash tests/run.sh

# the artifact store's benches with 1,000,000 vectors per double unit and
# variant (make test runs 100,000: tests/artifacts.sh, LIME_TB_LONG)
test-artifacts-long:
	LIME_TB_LONG=1 TB_TIMEOUT=1200 bash tests/artifacts.sh

# every Lime test program built with FPGA models and run on them, those make
# test builds for the CPU and GPU only included (neither tests/lime/Fpga* nor
# in tests/lime/fpga-programs.txt: MathFpga, the double and reduce programs)
test-fpga-all: deps
	$(MAKE) all
	LIME_TEST_FPGA=all LIMEC=$(LIMEC) bash tests/run.sh fpga

demo: deps
	$(MAKE) all
	bash scripts/demo.sh

test-asan: deps
	bash scripts/asan.sh

# tsan: the runtime built with ThreadSanitizer, running the threads suite's
# programs and the runtime's thread-pool tests (scripts/tsan.sh).
tsan: deps
	bash scripts/tsan.sh

# fuzz: coverage-guided fuzzing of the front end (libFuzzer, fuzz/front.c)
# for FUZZ_TIME seconds (default an hour); findings in build/fuzz/findings/,
# new coverage merged into tests/fuzz-corpus/ (scripts/fuzz.sh).
FUZZ_TIME ?= 3600
fuzz: deps
	bash scripts/fuzz.sh $(FUZZ_TIME)

# bench: every benchmark in every version (bench/harness.py: naive Java, expert
# C/OpenCL/Verilog, Lime on each backend that accepts it), then the older
# suites (CPU compiler quality, map scaling, generated vs hand-written kernels).
# bench-quick: the same with small sizes and few runs (CI, a few minutes).
# bench-java: object-heavy Java programs, limec -O3 against the JVM
# (bench/java/run.py), with Hello World's size and compile time against the
# limec before the Java library (built in /tmp by bench/java/old-limec.sh).
bench: all
	CC="$(CC)" python3 bench/harness.py
	CC="$(CC)" bash bench/run.sh
	bash bench/micro/run.sh
	CC="$(CC)" bash bench/gpu/run.sh
	$(MAKE) bench-java

# bench-compile: limec's compile time on large generated inputs (array
# initialisers, switches, declarations, 100,000-line programs): growth, not a test.
bench-compile: all
	python3 bench/compile/run.py

bench-java: all
	python3 bench/java/run.py --old-limec "$$(bash bench/java/old-limec.sh)"

bench-quick: all
	CC="$(CC)" python3 bench/harness.py --quick --out build/bench/results
	CC="$(CC)" bash bench/run.sh --quick
	bash bench/micro/run.sh --quick
	CC="$(CC)" bash bench/gpu/run.sh --quick --out build/bench/results
	python3 bench/java/run.py --quick --out build/bench/results

clean:
	rm -rf build

.PHONY: all deps test test-artifacts-long test-fpga-all test-asan tsan fuzz demo bench bench-quick bench-java bench-compile clean

# ---------------------------------------------------------------------------
# Toolchain block (issue 22): the data folder, install, uninstall.
# limec finds everything relative to its own binary (backends/support.c,
# limec_prefix): PREFIX/lib/liblime.a and PREFIX/share/lime/ (the FPGA
# artifact store, artifacts/, and the model wrapper, fpga/).  In the build
# tree build/share/lime/ is links into the sources; `make install` copies
# them, so an installed limec never reads the source tree.
#   make install [PREFIX=/usr/local] [DESTDIR=staging]   make uninstall
BINDIR        = $(PREFIX)/bin
LIBDIR        = $(PREFIX)/lib
INCLUDEDIR    = $(PREFIX)/include
DATADIR       = $(PREFIX)/share/lime
MANDIR        = $(PREFIX)/share/man/man1
COMPLETIONDIR = $(PREFIX)/share/bash-completion/completions
PCDIR         = $(LIBDIR)/pkgconfig
CMAKEDIR      = $(LIBDIR)/cmake/Lime
MODEL_FILES   = backends/fpga/model.cpp backends/fpga/build_model.sh runtime/lime_fpga.h
DATA_LINKS    = build/share/lime/artifacts $(addprefix build/share/lime/fpga/,$(notdir $(MODEL_FILES)))

all: $(DATA_LINKS) build/bin/lime-devices

# lime-devices: the devices LIME_DEVICE can name on this machine (every
# device linked in: liblime's table refers to them weakly, runtime/devices.c)
build/bin/lime-devices: tools/lime-devices.c $(LIBLIME) runtime/lime.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Iruntime -o $@ tools/lime-devices.c -Wl,-u,lime_rt_gpu_device -Wl,-u,lime_rt_fpga_device \
	    $(LIBLIME) -lgc -lm -lpthread -lOpenCL -lyaml -lcrypto

build/share/lime/artifacts:
	@mkdir -p $(@D)
	ln -sfn ../../../artifacts $@

build/share/lime/fpga/%: backends/fpga/%
	@mkdir -p $(@D)
	ln -sfn ../../../../$< $@

build/share/lime/fpga/%: runtime/%
	@mkdir -p $(@D)
	ln -sfn ../../../../$< $@

# the tools' versions limec --version reports as "built with"
build/obj/backends/fpga/fpga.o: BACKEND_CFLAGS += \
	-DLIME_BUILT_YOSYS='"$(shell yosys -V 2>/dev/null | head -n 1)"' \
	-DLIME_BUILT_VERILATOR='"$(shell verilator --version 2>/dev/null | head -n 1)"'

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(DATADIR)/fpga \
	    $(DESTDIR)$(MANDIR) $(DESTDIR)$(COMPLETIONDIR) $(DESTDIR)$(PCDIR) $(DESTDIR)$(CMAKEDIR)
	install -m 755 $(LIMEC) $(DESTDIR)$(BINDIR)/limec
	install -m 755 build/bin/lime-devices $(DESTDIR)$(BINDIR)/lime-devices
	install -m 644 $(LIBLIME) $(DESTDIR)$(LIBDIR)/liblime.a
	install -m 644 runtime/lime.h $(DESTDIR)$(INCLUDEDIR)/lime.h
	rm -rf $(DESTDIR)$(DATADIR)/artifacts
	cp -R artifacts $(DESTDIR)$(DATADIR)/artifacts
	install -m 644 $(MODEL_FILES) $(DESTDIR)$(DATADIR)/fpga/
	install -m 644 dist/limec.1 $(DESTDIR)$(MANDIR)/limec.1
	install -m 644 dist/limec.bash $(DESTDIR)$(COMPLETIONDIR)/limec
	sed 's/@VERSION@/$(LIME_VERSION)/' dist/lime.pc.in > $(DESTDIR)$(PCDIR)/lime.pc
	install -m 644 dist/LimeConfig.cmake $(DESTDIR)$(CMAKEDIR)/LimeConfig.cmake
	sed 's/@VERSION@/$(LIME_VERSION)/' dist/LimeConfigVersion.cmake.in > $(DESTDIR)$(CMAKEDIR)/LimeConfigVersion.cmake

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/limec $(DESTDIR)$(BINDIR)/lime-devices $(DESTDIR)$(LIBDIR)/liblime.a $(DESTDIR)$(INCLUDEDIR)/lime.h \
	    $(DESTDIR)$(MANDIR)/limec.1 $(DESTDIR)$(COMPLETIONDIR)/limec $(DESTDIR)$(PCDIR)/lime.pc
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(CMAKEDIR)

LIME_VERSION = $(shell sed -n 's/^#define LIME_VERSION "\(.*\)"/\1/p' src/base.h)

.PHONY: install uninstall
# end of the toolchain block
# ---------------------------------------------------------------------------
