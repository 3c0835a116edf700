# Two commands do all the set-up on a fresh machine:
#   make run    opens Front Desk on its default database (in the user's data directory)
#   make test   installs what the tests need and runs the whole suite headless
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint check bench demo system-deps clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m desktop

system-deps:
	bash scripts/install-system-deps.sh

lint:
	$(BIN)/ruff check desktop tests $(wildcard bench)
	$(BIN)/ruff format --check desktop tests $(wildcard bench)
	$(BIN)/mypy
	$(BIN)/lint-imports

# `check` runs lint and tests with whatever .venv exists (no install step).
check: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider

test: $(STAMP) system-deps
	$(MAKE) check

bench: $(STAMP)
	$(BIN)/python -m bench

# A desk of fictional people in demo.sqlite3 (encrypted; the password for "demo" is asked), then
# the window on it.
demo: $(STAMP)
	test -e demo.sqlite3 || $(BIN)/frontdesk --db demo.sqlite3 --user demo init --name "Demo admin"
	$(BIN)/frontdesk --db demo.sqlite3 --user demo demo --people 300
	$(BIN)/python -m desktop --db demo.sqlite3

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Window translations: refresh assets/i18n/*.ts from the sources (new strings appear as
# unfinished; translate them in Qt Linguist or the XML), then compile the .qm files.
# English has a file too, with only the plural forms ("1 visit", "2 visits" for "%n visit(s)").
UI_LANGUAGES := zh_HK ar
UI_SOURCES = $$(find desktop/ui desktop/app.py desktop/launch.py -name '*.py' | sort)
translations:
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -locations none -no-obsolete \
		$(foreach l,$(UI_LANGUAGES),-ts assets/i18n/frontdesk_$(l).ts)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -locations none -no-obsolete -pluralonly \
		-ts assets/i18n/frontdesk_en.ts
	$(foreach l,en $(UI_LANGUAGES),$(BIN)/pyside6-lrelease -silent assets/i18n/frontdesk_$(l).ts;)
