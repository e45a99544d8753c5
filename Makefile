# Two entry points on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test docs guides mutation clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	# the deploy test installs the torch-free runner into a fresh venv from these wheels,
	# offline, at the versions the tests run with here
	$(BIN)/python -m pip download -q -d $(VENV)/wheelhouse setuptools \
		$$($(BIN)/python -m pip freeze | grep -iE '^(numpy|pillow|onnxruntime)==')
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/leanseg demo --out demo_out --overwrite

test: $(STAMP)
	$(BIN)/ruff check leanseg tests benchmarks
	$(BIN)/ruff format --check leanseg tests benchmarks
	# one worker per core, a test file per worker at a time (module fixtures built once);
	# -rs: the last lines name each skipped test and the command that installs its packages
	$(BIN)/python -m pytest -q -rs -n auto --dist loadfile

# The documentation site in site/ (guides and the API reference); strict: a broken link or a
# missing reference fails the build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# Every command the guides show, as written and in the site's order, on small data (minutes;
# not part of `make test`): tests/guide_commands.py.
guides: $(STAMP)
	$(BIN)/python tests/guide_commands.py

# Mutation testing of the modules listed under [tool.mutmut] in pyproject.toml (minutes, not
# part of CI); survivors and the score per module are in docs/testing.md.
mutation: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,mutation]'
	rm -rf mutants
	OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/mutmut run
	$(BIN)/mutmut results

clean:
	rm -rf demo_out .pytest_cache mutants site
