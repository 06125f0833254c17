#!/usr/bin/env bash
# Installs missing Debian packages, builds every target and runs the whole
# test suite with ctest (unit tests, integration tests against the real
# servers, the Python client example and, when ../shared exists beside the
# repository, the extraction quality check). This is the README's test
# command, and what CI runs.
#
# Usage: scripts/test.sh [extra ctest arguments, e.g. -R store -L unit]
# Environment: BUILD_DIR (default <repo>/build), TEST_JOBS (default 2),
#              TEST_TIMEOUT seconds per test (default 300).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_DIR
export BUILD_DIR="${BUILD_DIR:-${REPO_DIR}/build}"
readonly TEST_JOBS="${TEST_JOBS:-2}"
readonly TEST_TIMEOUT="${TEST_TIMEOUT:-300}"

main() {
  cd "${REPO_DIR}"
  scripts/install-deps.sh
  scripts/build.sh
  ctest --test-dir "${BUILD_DIR}" --output-on-failure -j "${TEST_JOBS}" \
    --timeout "${TEST_TIMEOUT}" "$@"
}

main "$@"
