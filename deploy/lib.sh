# shellcheck shell=bash disable=SC2034  # variables used by the sourcing scripts
# Shared by the scripts in deploy/ (source it, do not run it).
#
# Container tools as they work on machines without a Docker engine: Debian's
# buildah and podman with the vfs storage driver (no overlay mounts needed)
# and chroot isolation for build steps; podman runs containers with runc.

# Storage driver used by every buildah and podman call, so that both see the
# same images. PARLEY_STORAGE_DRIVER overrides it (e.g. overlay where it works).
readonly PARLEY_STORAGE_DRIVER="${PARLEY_STORAGE_DRIVER:-vfs}"
readonly BUILDAH=(buildah --storage-driver "${PARLEY_STORAGE_DRIVER}")
readonly PODMAN=(podman --storage-driver "${PARLEY_STORAGE_DRIVER}" --runtime runc
  --cgroup-manager cgroupfs --events-backend file)

# The image the scripts build and run; PARLEY_IMAGE overrides it.
readonly PARLEY_IMAGE="${PARLEY_IMAGE:-localhost/parley:dev}"

log() { echo "[$(basename "$0") $(date +%H:%M:%S)] $*" >&2; }
die() {
  echo "[$(basename "$0")] ERROR: $*" >&2
  exit 1
}

# Runs its arguments as root: directly when root, else through sudo.
as_root() {
  if ((EUID == 0)); then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "not root and no sudo; run as root: $*"
  fi
}

# Installs the Debian packages among the arguments that are missing. Needs
# no network when all are installed.
ensure_debian_packages() {
  local missing=() package
  for package in "$@"; do
    if ! dpkg-query -W -f='${db:Status-Abbrev}' "${package}" 2>/dev/null | grep -q '^ii'; then
      missing+=("${package}")
    fi
  done
  ((${#missing[@]} == 0)) && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
}

# The container tools the image build and the smoke test need.
ensure_container_tools() {
  ensure_debian_packages buildah podman runc debootstrap uidmap slirp4netns \
    containernetworking-plugins ca-certificates
}
