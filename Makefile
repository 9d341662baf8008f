# Makefile — cathode's front door. Every target first makes sure the machine
# has what it needs (scripts/deps.sh), then drives Meson + Ninja.
#   make        build build/cathode
#   make check  every test (C units + JS + apps), plus the sanitizer build
#   make demo   run examples/quick-start (under Xvfb when there is no display)
#   make bench  benchmarks against their anchors

BUILD ?= build
ASAN_BUILD ?= build-asan

.PHONY: all deps build check demo bench clean test-unit test-js test-apps test-asan test-npm node-suite fuzz

all: build

deps:
	@sh scripts/deps.sh

$(BUILD)/build.ninja:
	@sh scripts/deps.sh
	meson setup $(BUILD) --buildtype=debugoptimized >/dev/null

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) >/dev/null
	@echo "built $(BUILD)/cathode"

$(ASAN_BUILD)/build.ninja:
	meson setup $(ASAN_BUILD) --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false >/dev/null

test-asan: build $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD) >/dev/null
	sh scripts/run-tests.sh --asan $(ASAN_BUILD)

check: build
	sh scripts/run-tests.sh $(BUILD)

demo: build
	sh scripts/demo.sh $(BUILD)

bench: build
	sh bench/run.sh $(BUILD)

node-suite: build
	sh tests/node/run.sh $(BUILD)/cathode

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
