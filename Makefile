# The two commands a newcomer needs: `make demo` and `make test`.
# Each installs only what it needs (the Debian packages that are missing,
# then .venv with pinned dependencies): the demo expetl and Airflow, the
# tests their extras too and checkov (the deploy checks) in .venv-tools.

PYTHON   ?= python3
VENV     := .venv
PY       := $(VENV)/bin/python
DEMO_STAMP := $(VENV)/.expetl-demo-installed
STAMP    := $(VENV)/.expetl-installed
TOOLS    := .venv-tools
TOOLS_STAMP := $(TOOLS)/.installed
DEB_PKGS := gcc make pkg-config libpoppler-glib-dev libcairo2-dev libzbar-dev libcurl4-openssl-dev \
            libcjson-dev libpq-dev libssl-dev libcrypt-dev postgresql poppler-utils valgrind clang \
            chromium chromium-driver fonts-dejavu-core libtcmalloc-minimal4
CSRC     := $(wildcard csrc/*.c csrc/*.h)
PKG_MODS := poppler-glib cairo zbar libcurl libcjson libpq libcrypto libxcrypt
# the pure-C engine: everything but the Python binding
ENGINE_SRC := $(filter-out csrc/module.c csrc/bind_%.c,$(wildcard csrc/*.c))
# the plain-C engine tests, built with the extra flags $(1) into $(2)
comma := ,
build_c_tests = gcc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O1 -g $(1) -o $(2) \
  tests/c/test_engine.c tests/c/receipt_json.c $(ENGINE_SRC) $$(pkg-config --cflags --libs $(PKG_MODS))

.PHONY: setup setup-demo demo test test-c test-asan test-valgrind fuzz fuzz-build bench bench-qr clean deb

# everything the tests need; setup-demo only what the demo needs
setup: $(STAMP) $(TOOLS_STAMP)
setup-demo: $(DEMO_STAMP)

# Install only what is missing, so a ready machine does not need root.
deb:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "apt-get install:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "run as root (or install:$$missing)"; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

$(VENV)/bin/python: | deb
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade -c constraints.txt pip setuptools wheel

$(DEMO_STAMP): $(VENV)/bin/python setup.py pyproject.toml constraints.txt $(CSRC) | deb
	EXPETL_WERROR=1 $(PY) -m pip install -q -c constraints.txt --no-build-isolation -e '.[airflow,report]'
	@touch $(DEMO_STAMP)

# the test extras include Airflow: the demo's stamp is good too
$(STAMP): $(VENV)/bin/python setup.py pyproject.toml constraints.txt $(CSRC) | deb
	EXPETL_WERROR=1 $(PY) -m pip install -q -c constraints.txt --no-build-isolation -e '.[test]'
	@touch $(STAMP) $(DEMO_STAMP)

# checkov (the deploy checks) lives in a venv of its own: its pins would
# fight Airflow's
$(TOOLS_STAMP): constraints-tools.txt | deb
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install -q -c constraints-tools.txt checkov
	@touch $(TOOLS_STAMP)

# The main job on the embedded default: the sample month expetl generates
# (what a pip install gets too; `expetl demo --mbox … --reports …` runs
# other data, such as ../shared/fixtures).
demo: $(DEMO_STAMP)
	$(VENV)/bin/expetl demo --home .demo

# Pure-C engine tests (no Python), then the Python suite.
test-c: deb
	@mkdir -p build
	$(call build_c_tests,,build/test_engine)
	build/test_engine ../shared/fixtures

test: setup test-c
	$(PY) -m pytest -q

# The plain-C engine tests, then the whole pytest suite against the extension,
# both built with ASan + UBSan (-fno-omit-frame-pointer, UBSan errors fatal),
# in build/asan so the normal build is untouched.  The C tests check leaks
# too (tests/c/lsan.supp: fontconfig's own); under Python that is valgrind's
# job on the C tests (CPython itself does not free everything at exit).
# python -P: expetl comes from build/asan on PYTHONPATH, not from ./expetl
# (the working directory would come first and the tests would load the
# unsanitized extension).
ASAN_RT = $(shell gcc -print-file-name=libasan.so):$(shell gcc -print-file-name=libubsan.so)
test-asan: setup
	rm -rf build/asan && mkdir -p build/asan
	$(call build_c_tests,-fno-omit-frame-pointer -fsanitize=address$(comma)undefined \
	  -fno-sanitize-recover=undefined,build/asan/test_engine)
	LSAN_OPTIONS=suppressions=tests/c/lsan.supp build/asan/test_engine ../shared/fixtures
	EXPETL_SANITIZE=1 $(PY) setup.py -q build_ext --build-lib build/asan --build-temp build/asan-tmp
	tar -C expetl --exclude='*.so' --exclude=__pycache__ -cf - . | tar -C build/asan/expetl -xf -
	LD_PRELOAD=$(ASAN_RT) ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 PYTHONPATH=build/asan \
	  $(PY) -P -m pytest -q -p no:cacheprovider -k "not test_build"

# The C engine tests (every fixture: receipts, bad files, reports) under
# valgrind: no leak, no invalid access (tests/c/valgrind.supp: the two
# reports from inside zbar and fontconfig).
test-valgrind: test-c
	valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=3 -q \
	  --suppressions=tests/c/valgrind.supp \
	  build/test_engine ../shared/fixtures

# libFuzzer targets (clang) for every parser that reads outside bytes, seeded
# from ../shared/fixtures (read-only) with a working corpus in build/fuzz.
# `make fuzz FUZZ_SECONDS=600` runs each for that long; crashes land in
# build/fuzz/ and become regression inputs under tests/fuzz/regressions/,
# which every run replays first.
FUZZ_SECONDS ?= 30
FUZZ_ENV := LSAN_OPTIONS=suppressions=tests/c/lsan.supp
FUZZERS := text pdf mpcsv normalize json webhook qr rules url scrub csvproj mime64
FUZZ_SEEDS_text := build/fuzz/seeds/text
FUZZ_SEEDS_pdf := ../shared/fixtures/receipts ../shared/fixtures/receipts/real ../shared/fixtures/bad
FUZZ_SEEDS_mpcsv := ../shared/fixtures/mercadopago
FUZZ_SEEDS_normalize := tests/fuzz/seeds/normalize
FUZZ_SEEDS_json := tests/fuzz/seeds/json
FUZZ_SEEDS_webhook := ../shared/fixtures/mercadopago/webhook
FUZZ_SEEDS_qr := tests/fuzz/seeds/qr
FUZZ_SEEDS_rules := tests/fuzz/seeds/rules
FUZZ_SEEDS_url := tests/fuzz/seeds/url
FUZZ_SEEDS_scrub := tests/fuzz/seeds/scrub
FUZZ_SEEDS_csvproj := tests/fuzz/seeds/csvproj
FUZZ_SEEDS_mime64 := tests/fuzz/seeds/mime64
fuzz-build: deb
	@mkdir -p build/fuzz
	for f in $(FUZZERS); do \
	  clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
	    -fno-sanitize-recover=undefined -Wall -Wextra -Werror -o build/fuzz/fuzz_$$f tests/fuzz/fuzz_$$f.c \
	    $(ENGINE_SRC) $$(pkg-config --cflags --libs $(PKG_MODS)) || exit 1; \
	done

define fuzz_one
	@mkdir -p build/fuzz/corpus/$(1) build/fuzz/crashes/$(1) tests/fuzz/regressions/$(1)
	@echo "== fuzz_$(1): regression inputs, then $(FUZZ_SECONDS) s from $(FUZZ_SEEDS_$(1))"
	@if ls tests/fuzz/regressions/$(1)/* >/dev/null 2>&1; then \
	  $(FUZZ_ENV) build/fuzz/fuzz_$(1) tests/fuzz/regressions/$(1)/* 2>build/fuzz/$(1).regress.log || \
	  { tail -40 build/fuzz/$(1).regress.log; exit 1; }; fi
	@$(FUZZ_ENV) build/fuzz/fuzz_$(1) -max_total_time=$(FUZZ_SECONDS) -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
	  -artifact_prefix=build/fuzz/crashes/$(1)/ build/fuzz/corpus/$(1) $(FUZZ_SEEDS_$(1)) 2>build/fuzz/$(1).log \
	  || { tail -40 build/fuzz/$(1).log; exit 1; }
	@grep -hE "stat::number_of_executed_units|stat::new_units_added" build/fuzz/$(1).log | tr -s ' \n' ' '; echo

endef

# layout text of the fixture receipts, made here (fixtures are never copied
# into the repository)
build/fuzz/seeds/text: | deb
	@mkdir -p $@
	for f in ../shared/fixtures/receipts/*.pdf ../shared/fixtures/receipts/real/*.pdf; do \
	  pdftotext -layout "$$f" "$@/$$(basename "$$f" .pdf).txt" || exit 1; done
	cp tests/fuzz/seeds/text/*.txt $@/

fuzz: fuzz-build build/fuzz/seeds/text
	$(foreach f,$(FUZZERS),$(call fuzz_one,$(f)))

# Not part of `make test`: prints ratios measured in one run and writes
# bench/results/latest.json.  QUICK=1 runs a reduced corpus in under a minute.
BENCH_STAMP := $(VENV)/.expetl-bench-installed
$(BENCH_STAMP): $(STAMP)
	$(PY) -m pip install -q -c constraints.txt pdfplumber pdfminer.six pypdf PyMuPDF
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(PY) bench/run.py $(if $(QUICK),--quick)

# What the AFIP QR step costs: every fixture invoice and ticket parsed with
# and without it, in one run (bench/qr_bench.c).
bench-qr: | deb
	@mkdir -p build
	gcc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O2 -o build/qr_bench bench/qr_bench.c $(ENGINE_SRC) \
	  $$(pkg-config --cflags --libs $(PKG_MODS))
	build/qr_bench ../shared/fixtures/receipts/real/*.pdf ../shared/fixtures/receipts/*.pdf

clean:
	rm -rf build $(VENV) $(TOOLS) .demo *.egg-info expetl/*.so
