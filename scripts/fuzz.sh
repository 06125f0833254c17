#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang-14 (ASan + UBSan) into
# build-fuzz and runs each for a bounded time, starting from its seed corpus
# fuzz/corpus/<target>/ and the inputs that once broke it,
# fuzz/regressions/<target>/. Prints the executions per target. Exits 1 when
# a target finds a crash, a leak or a broken property; the input that did it
# is kept as build-fuzz/fuzz-work/<target>/crash-* (copy it into
# fuzz/regressions/<target>/ once fixed, so ctest replays it).
#
# Usage: scripts/fuzz.sh [seconds per target, default 60]
# Environment: BUILD_DIR (default <repo>/build-fuzz), JOBS (default nproc),
#              FUZZ_SEED (libFuzzer's -seed, default 1, so that CI runs
#              repeat; 0 picks a new one each run).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_DIR
readonly TARGETS=(extract_fuzzer page_token_fuzzer keys_fuzzer)

main() {
  local seconds="${1:-60}"
  if [[ ! "${seconds}" =~ ^[0-9]+$ ]] || ((seconds == 0)); then
    echo "usage: scripts/fuzz.sh [seconds per target, a positive integer]" >&2
    exit 2
  fi
  local build_dir="${BUILD_DIR:-${REPO_DIR}/build-fuzz}"
  local jobs="${JOBS:-$(nproc)}"
  cd "${REPO_DIR}"
  scripts/install-deps.sh

  local configure_args=(-S "${REPO_DIR}" -B "${build_dir}" -G Ninja
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_FUZZ=ON
    -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCHMARKS=OFF)
  if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="${REPO_DIR}"
    configure_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  if [[ ! -f "${build_dir}/build.ninja" ]]; then
    CC=clang-14 CXX=clang++-14 cmake "${configure_args[@]}"
  fi
  local start=${SECONDS}
  cmake --build "${build_dir}" -j "${jobs}" --target "${TARGETS[@]}"
  echo "fuzz: build took $((SECONDS - start)) s"

  local failed=0 target
  for target in "${TARGETS[@]}"; do
    local work="${build_dir}/fuzz-work/${target}"
    rm -rf "${work}"
    mkdir -p "${work}/corpus"
    local inputs=("${REPO_DIR}/fuzz/corpus/${target}")
    if [[ -d "${REPO_DIR}/fuzz/regressions/${target}" ]]; then
      inputs+=("${REPO_DIR}/fuzz/regressions/${target}")
    fi
    local status=0
    # New inputs go to the scratch corpus (the first directory); the seed
    # corpus in the repository is only read.
    "${build_dir}/fuzz/${target}" -max_total_time="${seconds}" \
      -seed="${FUZZ_SEED:-1}" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="${work}/" "${work}/corpus" "${inputs[@]}" \
      >"${work}/log" 2>&1 || status=$?
    local runs corpus_size
    runs="$(awk '/stat::number_of_executed_units:/ { print $2 }' "${work}/log" | tail -1)"
    corpus_size="$(find "${work}/corpus" -type f | wc -l)"
    if ((status == 0)); then
      echo "fuzz ${target}: ${seconds} s, ${runs:-?} executions, no failure" \
        "(${corpus_size} new corpus inputs)"
    else
      failed=1
      echo "fuzz ${target}: FAILED (exit ${status}) after ${runs:-?} executions;" \
        "log ${work}/log:" >&2
      tail -n 60 "${work}/log" >&2
      ls "${work}"/crash-* "${work}"/leak-* "${work}"/timeout-* "${work}"/oom-* \
        2>/dev/null >&2 || true
    fi
  done
  return "${failed}"
}

main "$@"
