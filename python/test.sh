#!/usr/bin/env bash
# Builds the Python package and runs its tests, from the repository's own
# files: a venv under target/python/ with python/requirements-dev.txt, the
# wheel built by maturin, installed, then pytest on python/tests.
#
#   python/test.sh [PYTEST ARGS...]
#
# CLAIMSCAN_BIN names the claimscan binary the tests compare with (cargo
# test passes its own); without it the debug binary is built.
# WHEEL_PROFILE=release builds an optimised wheel; the default is a debug
# build, which builds in less than half the time and is quick enough for
# the tests.
# The Spark tests (python/tests/test_spark.py) need a Java 17+ runtime:
# under CI=true python/ci-java.sh installs Debian's headless JRE 17 when
# it is missing; elsewhere they skip, saying so, without one (and fail
# under CI=true if they still cannot run).
# Exit code 77: Python or its venv module is missing (nothing was tested).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$root/target/python"
venv="$work/venv"
python="${PYTHON:-python3}"

if ! command -v "$python" >/dev/null 2>&1; then
    echo "python/test.sh: no $python on PATH: the Python package was not tested" >&2
    exit 77
fi
if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    echo "python/test.sh: $python has no venv/ensurepip module (Debian: apt-get install python3-venv): the Python package was not tested" >&2
    exit 77
fi

step() { printf '== python: %s (%ss)\n' "$1" "$SECONDS"; }

# The venv is made once and refreshed when requirements-dev.txt changes.
stamp="$venv/.requirements-dev.txt"
if [ ! -x "$venv/bin/python" ] || ! cmp -s python/requirements-dev.txt "$stamp"; then
    step "venv and python/requirements-dev.txt"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        -r python/requirements-dev.txt
    cp python/requirements-dev.txt "$stamp"
fi

if [ "${CI:-}" = "true" ]; then
    step "Java for the Spark tests (python/ci-java.sh)"
    bash python/ci-java.sh
fi

profile="${WHEEL_PROFILE:-dev}"
step "wheel (maturin build --profile $profile)"
rm -rf "$work/wheels"
# Its own target dir: the wheel is built while `cargo test` may hold the
# lock of target/debug, and shares no artefacts with the polars build.
CARGO_TARGET_DIR="$work/cargo" "$venv/bin/maturin" build --quiet \
    --manifest-path python/Cargo.toml --profile "$profile" \
    --interpreter "$venv/bin/python" --out "$work/wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --force-reinstall --no-deps "$work"/wheels/claimscan-*.whl

if [ -z "${CLAIMSCAN_BIN:-}" ]; then
    step "claimscan binary (cargo build)"
    cargo build --quiet --bin claimscan
    export CLAIMSCAN_BIN="$root/target/debug/claimscan"
fi

step "pytest python/tests"
# Run from python/tests so that the installed wheel, not the source
# folder python/claimscan (which has no native module), is imported.
cd python/tests
"$venv/bin/python" -m pytest -q -rs -p no:cacheprovider "$@" .
step "done"
