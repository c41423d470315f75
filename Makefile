# rrsis_qgis — developer entry points. `make demo` and `make test` set everything up on first use.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Two environments, as an analyst's machine has them:
#  .venv     QGIS's side: the system Python with QGIS's bindings (--system-site-packages) and the test
#            tools; no torch. The plugin's QGIS-facing tests run here.
#  .runtime  the models' side: a venv of its own (no QGIS, its own numpy) with requirements.txt, as the
#            in-QGIS installer makes it; the plugin's model process, the CLI and the model tests run here.
SYSTEM_PYTHON ?= /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME := .runtime
RPY := $(RUNTIME)/bin/python
STAMP := $(VENV)/.installed
RUNTIME_STAMP := $(RUNTIME)/.installed
# g++ and python3-dev: torch.compile builds its CPU kernels with them (the tests compile RSRefSeg's
# optimised path).
APT_PACKAGES := python3-qgis qgis-providers qgis xvfb python3-venv pyqt5-dev-tools qttools5-dev-tools g++ python3-dev
HAS_PYTHON_HEADERS := import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))
export QT_QPA_PLATFORM ?= offscreen
# The QGIS-side tests start the plugin's model process in the models' environment.
export RRSIS_QGIS_RUNTIME := $(CURDIR)/$(RUNTIME)
# Meta's SAM2, the tests' reference implementation (see requirements-runtime-dev.txt).
META_SAM2 := sam2==1.1.0

PLUGIN := rrsis_qgis
LANGUAGES := de fr es pt zh
DIST := dist
STAGE := $(DIST)/stage
QGIS_PLUGIN_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default/python/plugins

.PHONY: help setup demo test lint format bench zip deploy translations clean

help:
	@echo "make demo   - set up, then run the demo segmentation"
	@echo "make test   - set up, lint, then run the whole test suite (models' environment, then real QGIS)"
	@echo "make bench  - latency / memory tables"
	@echo "make zip    - $(DIST)/$(PLUGIN).zip for QGIS 'Install from ZIP'"
	@echo "make deploy - copy the plugin into $(QGIS_PLUGIN_DIR)"
	@echo "make lint | format | translations | clean"

setup: $(STAMP) $(RUNTIME_STAMP)

# Each re-runs only when its requirements change; otherwise `setup` is a no-op.
$(STAMP): requirements-dev.txt
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core, ensurepip" 2>/dev/null || ! command -v lrelease >/dev/null || ! command -v pylupdate5 >/dev/null || ! command -v qgis_process >/dev/null || ! command -v Xvfb >/dev/null || ! command -v g++ >/dev/null || ! $(SYSTEM_PYTHON) -c '$(HAS_PYTHON_HEADERS)'; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing QGIS (its Python bindings and qgis_process) and g++ from the distribution: $(APT_PACKAGES)"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	  else \
	    echo "QGIS's Python bindings, its tools, g++ or Python's headers are missing. Run: sudo apt-get install $(APT_PACKAGES)"; exit 1; \
	  fi; \
	fi
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	@# Test tools only: nothing here depends on numpy, so QGIS's own stays as the distribution built it.
	$(PY) -m pip install -q -r requirements-dev.txt
	$(PY) -m pip install -q --no-deps -e .
	@touch $@

$(RUNTIME_STAMP): $(STAMP) requirements.txt requirements-runtime-dev.txt constraints.txt
	$(SYSTEM_PYTHON) -m venv $(RUNTIME)
	$(RPY) -m pip install -q -c constraints.txt -r requirements.txt -r requirements-runtime-dev.txt
	SAM2_BUILD_CUDA=0 $(RPY) -m pip install -q --no-deps --no-build-isolation $(META_SAM2)
	$(RPY) -m pip install -q --no-deps -e .
	@touch $@

demo: setup
	$(RPY) -m $(PLUGIN) demo

lint: setup
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .

format: setup
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# The models' tests in their environment, then the QGIS-facing ones in QGIS's; both must pass. pytest
# exits 5 when it collected nothing: that is a failure here, not an empty success.
test: lint
	@$(RPY) -m pytest --ignore=tests/qgis; models=$$?; \
	$(PY) -m pytest tests/qgis; qgis=$$?; \
	for status in $$models $$qgis; do \
	  if [ $$status = 5 ]; then echo "make test: pytest collected no tests"; exit 1; fi; \
	  if [ $$status != 0 ]; then exit $$status; fi; \
	done

bench: setup
	$(RPY) -m bench models
	$(PY) -m bench qgis

translations: setup
	for language in $(LANGUAGES); do \
		pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' | sort) -ts i18n/$(PLUGIN)_$$language.ts; \
	done
	lrelease i18n/*.ts

# One top folder rrsis_qgis/ holding the package, metadata.txt, resources/ and i18n/ (with .qm).
zip:
	rm -rf $(STAGE) $(DIST)/$(PLUGIN).zip
	mkdir -p $(STAGE)
	lrelease -silent i18n/*.ts
	cp -r $(PLUGIN) $(STAGE)/$(PLUGIN)
	cp -r metadata.txt LICENSE requirements.txt constraints.txt resources i18n $(STAGE)/$(PLUGIN)/
	find $(STAGE) \( -name __pycache__ -o -name '*.ts' -o -name '*.jpg' \) -prune -exec rm -rf {} +  # jpg: the README's screenshots
	cd $(STAGE) && $(SYSTEM_PYTHON) -m zipfile -c ../$(PLUGIN).zip $(PLUGIN)
	rm -rf $(STAGE)
	@echo "Built $(DIST)/$(PLUGIN).zip"

deploy: zip
	mkdir -p "$(QGIS_PLUGIN_DIR)"
	rm -rf "$(QGIS_PLUGIN_DIR)/$(PLUGIN)"
	$(SYSTEM_PYTHON) -m zipfile -e $(DIST)/$(PLUGIN).zip "$(QGIS_PLUGIN_DIR)"
	@echo "Deployed to $(QGIS_PLUGIN_DIR)/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

clean:
	rm -rf $(DIST) .pytest_cache .ruff_cache .qgis-settings
	find . -name __pycache__ -prune -exec rm -rf {} +
