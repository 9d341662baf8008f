# Makefile — cathode's front door. Every target first makes sure the machine
# has what it needs (scripts/deps.sh), then drives Meson + Ninja.
#   make             build build/cathode (and the C unit tests)
#   make check       everything: C units, tests/js, tests/npm, tests/apps (Xvfb),
#                    the include-layering check, then the ASan+UBSan pass;
#                    ends "N passed, N failed" and fails if anything failed
#   make demo        run examples/quick-start (under Xvfb when there is no display)
#   make bench       cathode vs node side by side (bench/run.sh)
#   make test-asan   only the sanitizer pass (build-asan)
#   make node-suite  Node's own tests (tests/node/run.sh; needs a local copy)
#   make electron-spec  Electron's spec files under Xvfb (tests/electron-spec/run.sh;
#                    needs a prepared copy, see tests/electron-spec/README.md);
#                    FILES="api-app-spec ..." picks files; fails on regressions
#   make fuzz        libFuzzer on the wire and clone decoders (build-fuzz, CC=clang),
#                    FUZZ_TIME seconds per target (default 300); new inputs are kept
#                    in build-fuzz/corpus-*, the seeds are tests/fuzz/corpus-*
#   make clean       remove build/ and build-asan/

BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME ?= 300

.PHONY: all deps build check demo bench clean test-unit test-js test-npm test-apps test-asan node-suite electron-spec fuzz

all: build

deps:
	@sh scripts/deps.sh

$(BUILD)/build.ninja:
	@sh scripts/deps.sh
	meson setup $(BUILD) --buildtype=debugoptimized >/dev/null

build: deps $(BUILD)/build.ninja
	@ninja -C $(BUILD) >/dev/null || ninja -C $(BUILD)
	@echo "built $(BUILD)/cathode"

check: build
	@ASAN_BUILD=$(ASAN_BUILD) sh scripts/run-tests.sh $(BUILD)

test-unit: build
	@sh scripts/run-tests.sh --only unit $(BUILD)

test-js: build
	@sh scripts/run-tests.sh --only js $(BUILD)

test-npm: build
	@sh scripts/run-tests.sh --only npm $(BUILD)

test-apps: build
	@sh scripts/run-tests.sh --only apps $(BUILD)

test-asan: build
	@ASAN_BUILD=$(ASAN_BUILD) sh scripts/run-tests.sh --only asan $(BUILD)

demo: build
	sh scripts/xvfb-run.sh sh scripts/demo.sh $(BUILD)

bench: build
	sh bench/run.sh $(BUILD)

node-suite: build
	bash tests/node/run.sh $(BUILD)/cathode $(NODE_SUITE_ROOT)

electron-spec: build
	@FILES="$(FILES)" bash tests/electron-spec/run.sh $(BUILD)/cathode $(ELECTRON_SPEC_ROOT)

fuzz: deps
	@[ -f $(FUZZ_BUILD)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILD) --buildtype=debugoptimized \
		-Dfuzz=true -Db_lundef=false >/dev/null
	ninja -C $(FUZZ_BUILD) tests/fuzz/fuzz-wire tests/fuzz/fuzz-clone
	@for t in wire clone; do \
		mkdir -p $(FUZZ_BUILD)/corpus-$$t; \
		echo "fuzz-$$t: $(FUZZ_TIME) s"; \
		$(FUZZ_BUILD)/tests/fuzz/fuzz-$$t -max_total_time=$(FUZZ_TIME) -max_len=8192 \
			-artifact_prefix=$(FUZZ_BUILD)/ $(FUZZ_BUILD)/corpus-$$t tests/fuzz/corpus-$$t || exit 1; \
	done

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
