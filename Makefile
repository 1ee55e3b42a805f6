# Lime: `make` builds build/bin/limec; `make test` runs every test;
# `make demo` compiles an example; `make deps` installs Debian packages.
CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter -Isrc
LDFLAGS ?=
PREFIX  ?= /usr/local
SHARED  ?= ../shared

SRCS := $(wildcard src/*.c)
OBJS := $(SRCS:src/%.c=build/obj/%.o)
LIMEC := build/bin/limec

all: $(LIMEC)

$(LIMEC): $(OBJS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDFLAGS) -lm

build/obj/%.o: src/%.c src/lime.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c -o $@ $<

deps:
	bash scripts/deps.sh

test: deps
	$(MAKE) all
	LIMEC=$(LIMEC) bash tests/run.sh

demo: deps
	$(MAKE) all
	bash scripts/demo.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(LIMEC) $(DESTDIR)$(PREFIX)/bin/limec

clean:
	rm -rf build

.PHONY: all deps test demo install clean
