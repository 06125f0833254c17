#!/usr/bin/env bash
# Configures (first run only) and builds every Parley target into ./build:
# Ninja, RelWithDebInfo, ccache when it is installed. Later runs are
# incremental. Extra arguments are passed to `cmake --build`, for example
# `scripts/build.sh --target parley`.
#
# Usage: scripts/build.sh [cmake --build arguments...]
# Environment: BUILD_DIR (default <repo>/build), JOBS (default nproc).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_DIR
readonly BUILD_DIR="${BUILD_DIR:-${REPO_DIR}/build}"
JOBS="${JOBS:-$(nproc)}"
readonly JOBS

main() {
  local configure_args=(-S "${REPO_DIR}" -B "${BUILD_DIR}" -G Ninja
    -DCMAKE_BUILD_TYPE=RelWithDebInfo)
  if command -v ccache >/dev/null 2>&1; then
    # Lets ccache share results between checkouts in different directories.
    export CCACHE_BASEDIR="${REPO_DIR}"
    configure_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  # Configure when there is no Ninja build yet; Ninja re-runs CMake by itself
  # when a CMakeLists.txt changes.
  if [[ ! -f "${BUILD_DIR}/build.ninja" ]]; then
    cmake "${configure_args[@]}"
  fi
  cmake --build "${BUILD_DIR}" -j "${JOBS}" "$@"
}

main "$@"
