# Findings Studio — the two commands of the README's quick start:
#   make demo   installs what the build needs, builds, and runs the main job on samples/data
#   make test   installs that and what the tests need, builds, and runs the whole test suite
# Both work as root on a fresh Debian 12 machine (apt-get) or as a user with sudo.

BUILD ?= build
OUT ?= out
JOBS ?= 2

# Debian packages the build and the demo need: compilers and the libraries linked in; a
# font for the board summary's PDF (a bare machine has none); and poppler's tools, which the
# desktop app runs to preview and print the board summary.
DEMO_PACKAGES = cmake ninja-build g++ make pkg-config \
  libpoco-dev libwxgtk3.2-dev libxlsxwriter-dev libpoppler-cpp-dev \
  zlib1g-dev libexpat1-dev libstemmer-dev libcairo2-dev libpango1.0-dev \
  fonts-dejavu-core poppler-utils
# Only the tests need these: Catch2, the independent readers the tests check outputs with
# (Python openpyxl and friends, LibreOffice), and the virtual display for the GUI tests.
TEST_PACKAGES = catch2 \
  python3 python3-openpyxl python3-jsonschema python3-xlsxwriter \
  libreoffice-calc-nogui libreoffice-writer-nogui \
  xvfb xauth

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps test-deps build test-build demo test bench clean fuzz-deps fuzz test-sanitize

# Installs whichever of PACKAGES is not installed yet (apt-get update first, then only those).
define install_missing
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(DEMO_PACKAGES))

test-deps: deps
	$(call install_missing,$(TEST_PACKAGES))

# A first `make demo` configures without the tests (no Catch2, Python or LibreOffice needed);
# an existing build folder keeps its settings.
$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFINDINGS_BUILD_TESTS=OFF

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

# The tests configure again, with the tests on: the tools they look for at configure time
# (python3, soffice, pdftotext) may have been installed since the demo configured.
test-build: test-deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFINDINGS_BUILD_TESTS=ON
	cmake --build $(BUILD) -j $(JOBS)

# The demo's inputs: the fictional Wyvern inspection report, the letters that follow it up,
# a news article and press release, and the council's tracker (the CSV holds the same rows
# as the .xlsx, so only one of them). The import links follow-ups across them.
DEMO_INPUTS = samples/data/wyvern-inspection-report-2022-10.txt \
  samples/data/wyvern-monitoring-letter-2024-05.txt \
  samples/data/wyvern-monitoring-letter-2025-02.txt \
  samples/data/wyvern-news-article-2024-06.txt \
  samples/data/wyvern-press-release-2025-03.txt \
  samples/data/wyvern-improvement-tracker.xlsx

demo: build
	@mkdir -p $(OUT)
	$(BUILD)/bin/findings plugins
	$(BUILD)/bin/findings import $(DEMO_INPUTS) --link \
	  -o $(OUT)/wyvern.findings.json --report $(OUT)/import-report.json
	$(BUILD)/bin/findings validate $(OUT)/wyvern.findings.json
	$(BUILD)/bin/findings convert $(OUT)/wyvern.findings.json -o $(OUT)/wyvern.xlsx \
	  --option title="Wyvern children's services: inspection findings"
	$(BUILD)/bin/findings convert $(OUT)/wyvern.findings.json -o $(OUT)/wyvern-board.pdf \
	  --option title="Wyvern children's services: improvement board"
	$(BUILD)/bin/findings convert $(OUT)/wyvern.findings.json -o $(OUT)/wyvern.csv --option bom=true
	@echo
	@echo "Demo outputs in $(OUT)/: wyvern.findings.json (the findings), wyvern.xlsx (the managers'"
	@echo "workbook), wyvern-board.pdf (the board summary), wyvern.csv, import-report.json. The desktop app: $(BUILD)/bin/findings-studio $(OUT)/wyvern.findings.json"

test: test-build
	cd $(BUILD) && xvfb-run -a -s "-screen 0 1600x1200x24" ctest --output-on-failure -j $(JOBS)

# Under a virtual display: studio_bench drives the desktop application's window.
bench: test-build
	@xvfb-run -a -s "-screen 0 1600x1200x24" sh -c 'for b in $(BUILD)/bin/*_bench; do echo "== $$b"; $$b; done'

# --- Fuzzing (fuzz/README.md) -------------------------------------------------------------
# Only `make fuzz` needs clang and its libFuzzer, ASan and UBSan runtimes.
FUZZ_PACKAGES = clang-14 libclang-rt-14-dev
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
FUZZ_SANITIZE = -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

fuzz-deps: deps
	$(call install_missing,$(FUZZ_PACKAGES))

# Builds the libFuzzer targets with clang (the whole code they reach instrumented), makes the
# seed corpora from the samples, the build's test fixtures and the demo's outputs, and runs
# each target for FUZZ_SECONDS. A crash found is kept in fuzz/regressions/<target>/ and fails
# the run; commit it with the fix, and `make test` replays it from then on.
fuzz: fuzz-deps build
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
	  -DCMAKE_C_FLAGS="$(FUZZ_SANITIZE)" -DCMAKE_CXX_FLAGS="$(FUZZ_SANITIZE)" \
	  -DFINDINGS_FUZZ=ON -DFINDINGS_BUILD_TESTS=OFF -DFINDINGS_BUILD_GUI=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzzers
	@mkdir -p $(FUZZ_BUILD)/demo
	$(BUILD)/bin/findings import $(DEMO_INPUTS) -o $(FUZZ_BUILD)/demo/wyvern.findings.json
	$(BUILD)/bin/findings convert $(FUZZ_BUILD)/demo/wyvern.findings.json -o $(FUZZ_BUILD)/demo/wyvern.xlsx
	/usr/bin/python3 fuzz/make_seeds.py $(FUZZ_BUILD)/seeds samples/data tests $(FUZZ_BUILD)/demo $(BUILD)/tests
	FUZZ_SECONDS=$(FUZZ_SECONDS) fuzz/run_fuzzers.sh $(FUZZ_BUILD) $(FUZZ_BUILD)/seeds $(FUZZ_TARGETS)

# --- Sanitizers -----------------------------------------------------------------------------
# The whole project and its whole test suite built with AddressSanitizer and UBSan (gcc; its
# runtimes come with g++), in a build folder of its own. Any report fails the test it occurs
# in: UBSan stops at the first error, ASan always does. Leaks are reported too, except the
# third-party ones listed with their reasons in tests/sanitize/lsan.supp.
SANITIZE_BUILD ?= build-sanitize
SANITIZE_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitize/lsan.supp:print_suppressions=0

test-sanitize: test-deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" \
	  -DCMAKE_C_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" \
	  -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_SHARED_LINKER_FLAGS="$(SANITIZE_FLAGS)" \
	  -DCMAKE_MODULE_LINKER_FLAGS="$(SANITIZE_FLAGS)"
	# The build runs the test binaries to list their tests, so it needs the same options.
	$(SANITIZE_ENV) cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) xvfb-run -a -s "-screen 0 1600x1200x24" \
	  ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD) $(OUT) $(FUZZ_BUILD) $(SANITIZE_BUILD)
