# Two entry points on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/leanseg demo --out demo_out

test: $(STAMP)
	$(BIN)/ruff check leanseg tests benchmarks
	$(BIN)/ruff format --check leanseg tests benchmarks
	$(BIN)/python -m pytest -q

clean:
	rm -rf demo_out .pytest_cache
