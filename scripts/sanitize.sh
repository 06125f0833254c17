#!/usr/bin/env bash
# Builds Parley with a sanitizer and runs a subset of the test suite under
# it. Only those tests and the binaries they start are built.
#
#   address  AddressSanitizer + UndefinedBehaviorSanitizer, in build-asan:
#            the store and its encodings, the fuzz targets' corpora, and the
#            integration tests that drive both real servers hardest (crashes,
#            concurrent ingest and queries, ingest-then-query).
#   thread   ThreadSanitizer, in build-tsan: the store and its encodings,
#            with store_test's many-thread test (writers merging the same
#            happenings, shared WAL syncs, a secondary catching up while
#            three threads read). The tests that start the servers are left
#            out: Debian's gRPC and Abseil are not built with TSan, so it
#            cannot see the locks that order gRPC's threads and reports
#            races through them (README "Sanitizers").
#
# Every process the tests start (test binaries, servers, the CLI) writes its
# sanitizer reports to one directory (log_path); the run fails when ctest
# fails or when any report was written, even by a server that a test then
# stopped without looking at its exit status. scripts/tsan.supp holds
# ThreadSanitizer suppressions, each with its reason; the thread subset
# needs none (RocksDB's locks are pthread mutexes, which TSan intercepts).
#
# Usage: scripts/sanitize.sh address|thread [extra ctest arguments]
#        (TESTS="a b" to run other tests; TESTS=all for the whole suite)
# Environment: BUILD_DIR (default <repo>/build-asan or build-tsan),
#              JOBS (default nproc), TEST_JOBS (default 2).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_DIR
# Test executables (each is also the name of its ctest test, except the
# fuzz replays, whose tests are <name>_test).
readonly ADDRESS_TESTS="store_test merge_test keys_test page_token_test
  keys_fuzzer_replay page_token_fuzzer_replay extract_fuzzer_replay
  crash_test concurrency_test ingest_query_test"
readonly THREAD_TESTS="store_test merge_test keys_test page_token_test"

usage() {
  echo "usage: scripts/sanitize.sh address|thread [ctest arguments...]" >&2
  exit 2
}

main() {
  (($# >= 1)) || usage
  local sanitizer="$1"
  shift
  local default_dir default_tests
  case "${sanitizer}" in
    address)
      default_dir="${REPO_DIR}/build-asan"
      default_tests="${ADDRESS_TESTS}"
      ;;
    thread)
      default_dir="${REPO_DIR}/build-tsan"
      default_tests="${THREAD_TESTS}"
      ;;
    *) usage ;;
  esac
  local build_dir="${BUILD_DIR:-${default_dir}}"
  local jobs="${JOBS:-$(nproc)}"
  local test_jobs="${TEST_JOBS:-2}"

  cd "${REPO_DIR}"
  scripts/install-deps.sh
  local configure_args=(-S "${REPO_DIR}" -B "${build_dir}" -G Ninja
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_SANITIZE="${sanitizer}"
    -DPARLEY_BUILD_BENCHMARKS=OFF)
  if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="${REPO_DIR}"
    configure_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  if [[ ! -f "${build_dir}/build.ninja" ]]; then
    cmake "${configure_args[@]}"
  fi
  local tests="${TESTS:-${default_tests}}"
  local build_targets=() ctest_filter=()
  if [[ "${tests}" != all ]]; then
    local name names=()
    for name in ${tests}; do
      build_targets+=(--target "${name}")
      case "${name}" in
        *_replay) names+=("${name}_test") ;;
        *) names+=("${name}") ;;
      esac
    done
    ctest_filter=(-R "^($(IFS='|' && echo "${names[*]}"))\$")
  fi
  local start=${SECONDS}
  cmake --build "${build_dir}" -j "${jobs}" "${build_targets[@]}"
  echo "sanitize ${sanitizer}: build took $((SECONDS - start)) s"

  local reports="${build_dir}/sanitizer-reports"
  rm -rf "${reports}"
  mkdir -p "${reports}"
  # halt_on_error stays off so a test reports its own failure too; the
  # report files decide.
  export ASAN_OPTIONS="log_path=${reports}/asan:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
  export UBSAN_OPTIONS="log_path=${reports}/ubsan:print_stacktrace=1"
  # ignore_noninstrumented_modules: accesses made inside Debian's shared
  # libraries (RocksDB, gRPC, libstdc++), which are not built with TSan and
  # whose atomics TSan cannot see, are not reported; our code's are.
  export TSAN_OPTIONS="log_path=${reports}/tsan:suppressions=${REPO_DIR}/scripts/tsan.supp:second_deadlock_stack=1:history_size=4:ignore_noninstrumented_modules=1"
  export LSAN_OPTIONS="suppressions=${REPO_DIR}/scripts/lsan.supp"

  start=${SECONDS}
  local status=0
  # The extraction quality test only runs the CLI over the corpus, which
  # the other tests already cover under the sanitizer; it is left out
  # because it is slow when instrumented.
  ctest --test-dir "${build_dir}" --output-on-failure -j "${test_jobs}" \
    --timeout 900 -LE quality "${ctest_filter[@]}" "$@" || status=$?
  echo "sanitize ${sanitizer}: tests took $((SECONDS - start)) s"

  local files
  files="$(find "${reports}" -type f | sort)"
  if [[ -n "${files}" ]]; then
    echo "sanitize ${sanitizer}: $(wc -l <<<"${files}") report file(s):" >&2
    local f
    while read -r f; do
      echo "==== ${f}" >&2
      head -c 20000 "${f}" >&2
    done <<<"${files}"
    status=1
  else
    echo "sanitize ${sanitizer}: no sanitizer reports"
  fi
  return "${status}"
}

main "$@"
