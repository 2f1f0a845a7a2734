# The two commands of the README: `make run` and `make test`. Everything else is an extra.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-all bench system-deps venv clean translations screenshots dist

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

system-deps:
	bash scripts/system-deps.sh

# Starts the application on the user's data folder (LUFENG_DATA_DIR overrides it).
run: QT_QPA_PLATFORM :=
run: $(STAMP)
	$(VENV)/bin/lufeng-desktop

# The whole suite, headless. pytest exits 5 when it collected no tests; that is a failure here too.
test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider

# Includes the slow tests (lufeng-scale generation and soak runs).
test-all: $(STAMP)
	RUN_SLOW=1 $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) tests/perf/run.py

# GUI strings → resources/translations/lufeng_zh_CN.ts (keeps existing translations), then the compiled .qm.
TS := resources/translations/lufeng_zh_CN.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py lufeng_desktop/gui lufeng_desktop/app.py -ts $(TS) -no-obsolete
	$(VENV)/bin/pyside6-lrelease $(TS) -qm resources/translations/lufeng_zh_CN.qm

# The main screens rendered offscreen at 1366×768 with the bundled font → docs/screenshots/*.png,
# and page 1 of every printed document kind → docs/screenshots/doc-<kind>.png (with the PDF beside it).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m lufeng_desktop.gui.screenshots docs/screenshots
	$(PY) -m lufeng_desktop.printing.samples_to_png docs/screenshots --dpi 70

# PyInstaller one-folder bundle (dist/lufeng_desktop + .tar.gz), then the smoke checks on it: the program run as
# a clerk would (CLI, PDFs, Excel, USB handover, a GUI screenshot) on fresh data folders. Not part of `make test`.
dist: $(STAMP)
	bash installers/linux/build.sh
	$(PY) installers/smoke.py dist/lufeng_desktop

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
