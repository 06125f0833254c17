#!/usr/bin/env bash
# Installs the Debian 12 (bookworm) packages Parley needs to build, test and
# run. Does nothing, and needs no network, when they are all installed
# already; otherwise runs `apt-get update` and `apt-get install` (through
# sudo when not run as root).
#
# Usage: scripts/install-deps.sh
set -euo pipefail

readonly PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  librocksdb-dev libabsl-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3-grpcio python3-protobuf grpc-proto
  clang-format openssl
  clang-14 libclang-rt-14-dev
)

# Prints the packages of PACKAGES that are not installed, one per line.
missing_packages() {
  local installed package
  # One line "<Package>" per installed package; unknown ones are skipped.
  installed="$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${PACKAGES[@]}" 2>/dev/null |
    awk '$1 == "ii" { print $2 }' || true)"
  for package in "${PACKAGES[@]}"; do
    if ! grep -qxF -- "${package}" <<<"${installed}"; then
      echo "${package}"
    fi
  done
}

main() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: this script needs Debian 12 (dpkg and apt-get)" >&2
    exit 1
  fi
  local missing
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#PACKAGES[@]} packages are installed"
    return 0
  fi
  echo "install-deps: installing ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "install-deps: not root and no sudo; install as root: apt-get install ${missing[*]}" >&2
      exit 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${PACKAGES[@]}"
}

main "$@"
