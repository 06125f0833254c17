#!/usr/bin/env bash
# Renders every kustomization under deploy/k8s (base and overlays) with
# `kubectl kustomize` and validates every rendered object offline against
# the Kubernetes schemas (kubernetes-models, pinned in deploy/package.json and
# package-lock.json) and Parley's own rules; see validate.mjs. No cluster is
# needed. Also proves that the checks can fail (--self-test). Exits 1 on any
# problem. Takes a few seconds after `npm ci`.
#
# Needs: node and npm (Debian: nodejs, npm), kubectl >= 1.27 (kustomize v5;
# `kubectl kustomize` works offline). Set KUSTOMIZE="kustomize build" to use
# a standalone kustomize instead of kubectl.
#
# Usage: deploy/validate.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=deploy/lib.sh
source ./lib.sh

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  ensure_debian_packages nodejs npm
fi
if [[ -z "${KUSTOMIZE:-}" ]]; then
  if ! command -v kubectl >/dev/null 2>&1; then
    # Debian 12 has no kubectl recent enough (kubernetes-client is 1.20,
    # whose kustomize lacks components); the Kubernetes or Google Cloud apt
    # repository provides the `kubectl` package where it is configured.
    log "kubectl not found; trying the kubectl package from the configured apt repositories"
    ensure_debian_packages kubectl ||
      die "install kubectl >= 1.27 (https://kubernetes.io/docs/tasks/tools/) or set KUSTOMIZE='kustomize build'"
  fi
  kubectl kustomize --help >/dev/null 2>&1 || die "this kubectl has no 'kustomize' command; use kubectl >= 1.27"
fi

log "npm ci (kubernetes-models and yaml, pinned by package-lock.json)"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
log "rendering and validating deploy/k8s"
node validate.mjs --self-test
