#!/usr/bin/env bash
# Parley's whole-system benchmark (README "Performance"): builds what it
# needs, then runs bench/parley_bench, which prints ONE Markdown table:
# extraction on one core, durable and bulk ingest through gRPC, the typed
# queries at each concurrency on each database size beside the health-check
# floor, resident memory and bytes on disk per event. Progress goes to
# stderr, the table to stdout.
#
# Databases are built through the real ingest path on first use and kept in
# bench-data/ (ignored by git) for later runs; --fresh rebuilds them.
#
# Usage: scripts/bench.sh [--sizes=10k,100k,1m] [--quick] [--fresh]
#                         [other parley_bench flags, e.g. --concurrency=1,8]
#   --quick   sizes 10k,100k and 1 s per query phase instead of 4 s
# Environment: BUILD_DIR (default <repo>/build), BENCH_DATA (default
#              <repo>/bench-data).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_DIR
export BUILD_DIR="${BUILD_DIR:-${REPO_DIR}/build}"
readonly BENCH_DATA="${BENCH_DATA:-${REPO_DIR}/bench-data}"

main() {
  local args=()
  local arg
  for arg in "$@"; do
    case "${arg}" in
      --quick) args+=(--sizes=10k,100k --duration=1s --extract_time=1s) ;;
      *) args+=("${arg}") ;;
    esac
  done
  "${REPO_DIR}/scripts/build.sh" --target parley_bench ingest_service \
    query_service >&2
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  # Later flags win, so the caller's --sizes etc. override these defaults.
  "${BUILD_DIR}/bench/parley_bench" --data_dir="${BENCH_DATA}" \
    --sizes=10k,100k,1m "${args[@]}"
}

main "$@"
