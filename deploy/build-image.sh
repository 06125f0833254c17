#!/usr/bin/env bash
# Builds the Parley container image from deploy/Dockerfile without a Docker
# engine or a registry:
#   1. makes the base images the Dockerfile names, debian:bookworm and
#      debian:bookworm-slim, with `debootstrap --variant=minbase bookworm`
#      from Debian's mirror, and imports them into local storage under those
#      names (skipped when they are there already; --rebuild-base forces it);
#   2. runs `buildah bud --isolation chroot` on deploy/Dockerfile (vfs
#      storage), which compiles Parley in the build stage.
# Installs the Debian packages it needs (buildah, podman, debootstrap, ...)
# when they are missing. Must run as root (or with sudo).
#
# Usage: deploy/build-image.sh [--rebuild-base] [--no-cache] [--keep-cache]
#   --rebuild-base  remake the debootstrap base images
#   --no-cache      rebuild every Dockerfile step
#   --keep-cache    keep the intermediate images (vfs stores each as a full
#                   copy, about 1 GB for the build stage); by default they
#                   are removed after a successful build
# Environment:
#   PARLEY_IMAGE      image name to build (default localhost/parley:dev)
#   DEBIAN_MIRROR     mirror for debootstrap (default http://deb.debian.org/debian)
#   PARLEY_BASE_WORK  scratch directory for the root filesystems
#                     (default /var/tmp/parley-base)
#   BUILD_JOBS        parallel compile jobs inside the build (default 2)
# The same Dockerfile builds unchanged with `docker build -f deploy/Dockerfile .`
# where the official Debian images can be pulled.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=deploy/lib.sh
source deploy/lib.sh

readonly SUITE=bookworm
readonly DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
readonly BASE_WORK="${PARLEY_BASE_WORK:-/var/tmp/parley-base}"
readonly BUILD_JOBS="${BUILD_JOBS:-2}"
# Fully qualified, so `FROM debian:bookworm` resolves to them locally.
readonly BASE_IMAGE="docker.io/library/debian:${SUITE}"
readonly SLIM_IMAGE="docker.io/library/debian:${SUITE}-slim"

image_exists() { "${BUILDAH[@]}" inspect --type image "$1" >/dev/null 2>&1; }

# Leaves `rootfs` as a clean image filesystem: deb822 sources with updates
# and security (as in the official image), no package lists, caches or logs.
tidy_rootfs() {
  local rootfs="$1"
  rm -f "${rootfs}/etc/apt/sources.list"
  cat >"${rootfs}/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: ${DEBIAN_MIRROR}
Suites: ${SUITE} ${SUITE}-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: ${SUITE}-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # Never start services while installing packages in a container build.
  printf '#!/bin/sh\nexit 101\n' >"${rootfs}/usr/sbin/policy-rc.d"
  chmod 755 "${rootfs}/usr/sbin/policy-rc.d"
  rm -rf "${rootfs}"/var/lib/apt/lists/* "${rootfs}"/var/cache/apt/* \
    "${rootfs}"/var/cache/debconf/*-old "${rootfs}"/var/log/*.log \
    "${rootfs}"/var/log/apt/* "${rootfs}"/tmp/* "${rootfs}"/var/tmp/*
  : >"${rootfs}/etc/machine-id"
  : >"${rootfs}/etc/resolv.conf"
  echo localhost >"${rootfs}/etc/hostname"
}

# Makes the slim variant: no documentation, manual pages or translations,
# now or in packages installed later (the official slim image does the same).
slim_rootfs() {
  local rootfs="$1"
  cat >"${rootfs}/etc/dpkg/dpkg.cfg.d/parley-slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
EOF
  find "${rootfs}/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "${rootfs}/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "${rootfs}"/usr/share/man/* "${rootfs}"/usr/share/info/* \
    "${rootfs}"/usr/share/locale/* "${rootfs}"/usr/share/lintian/*
}

import_rootfs() {
  local rootfs="$1" name="$2"
  log "importing ${rootfs} as ${name}"
  tar --numeric-owner --xattrs -C "${rootfs}" -c . |
    "${PODMAN[@]}" import --change 'CMD ["bash"]' \
      --message "debootstrap --variant=minbase ${SUITE}" - "${name}" >/dev/null
}

build_base_images() {
  local rootfs="${BASE_WORK}/rootfs" slim="${BASE_WORK}/rootfs-slim"
  as_root rm -rf "${BASE_WORK}"
  mkdir -p "${BASE_WORK}"
  log "debootstrap --variant=minbase ${SUITE} from ${DEBIAN_MIRROR} (a few minutes)"
  as_root debootstrap --variant=minbase "${SUITE}" "${rootfs}" "${DEBIAN_MIRROR}" \
    >"${BASE_WORK}/debootstrap.log" 2>&1 ||
    die "debootstrap failed; see ${BASE_WORK}/debootstrap.log"
  tidy_rootfs "${rootfs}"
  cp -a "${rootfs}" "${slim}"
  slim_rootfs "${slim}"
  import_rootfs "${rootfs}" "${BASE_IMAGE}"
  import_rootfs "${slim}" "${SLIM_IMAGE}"
  as_root rm -rf "${BASE_WORK}"
}

main() {
  local rebuild_base=0 keep_cache=0 bud_args=()
  while (($#)); do
    case "$1" in
      --rebuild-base) rebuild_base=1 ;;
      --no-cache) bud_args+=(--no-cache) ;;
      --keep-cache) keep_cache=1 ;;
      -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        return 0
        ;;
      *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
  done
  ensure_container_tools
  if ((rebuild_base)) || ! image_exists "${BASE_IMAGE}" || ! image_exists "${SLIM_IMAGE}"; then
    build_base_images
  else
    log "base images ${BASE_IMAGE} and ${SLIM_IMAGE} exist (--rebuild-base remakes them)"
  fi
  local version
  version="$(sed -n 's/^project(parley VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
  log "building ${PARLEY_IMAGE} (Parley ${version}) from deploy/Dockerfile"
  local start=${SECONDS}
  "${BUILDAH[@]}" bud --isolation chroot --pull=never --layers "${bud_args[@]}" \
    --build-arg "BUILD_JOBS=${BUILD_JOBS}" \
    --build-arg "PARLEY_VERSION=${version}" \
    -f deploy/Dockerfile -t "${PARLEY_IMAGE}" .
  log "built ${PARLEY_IMAGE} in $((SECONDS - start)) s"
  if ((!keep_cache)); then
    "${BUILDAH[@]}" rmi --prune >/dev/null 2>&1 || true
  fi
  "${BUILDAH[@]}" images "${PARLEY_IMAGE}"
}

main "$@"
