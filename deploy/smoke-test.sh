#!/usr/bin/env bash
# Smoke test of the Parley image with podman (runc, vfs storage, host
# network), run the way deploy/k8s runs it: the same flag files, extra
# knowledge-base file and container arguments, a read-only root filesystem,
# all capabilities dropped, uid 10001.
#   1. an ingest container and a query container share one podman volume
#      (mounted read-only in the query container, a RocksDB secondary);
#   2. a third container runs `parley ingest` on two example articles, then
#      `parley meetings` and `parley agreements` against the query service;
#   3. both services get SIGTERM (`podman stop -t 30`) and must exit with 0;
#   4. new containers on the same volume (an upgrade in miniature) must still
#      answer the same queries, and again stop cleanly.
# Fails (exit 1) on the first error, printing the containers' logs.
#
# Usage: deploy/smoke-test.sh    (after deploy/build-image.sh)
# Environment: PARLEY_IMAGE (default localhost/parley:dev)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=deploy/lib.sh
source deploy/lib.sh

readonly RUN_ID="parley-smoke-$$"
readonly VOLUME="${RUN_ID}-data"
readonly ARTICLES=(examples/articles/01_putin_pezeshkian_kazan.txt
  examples/articles/04_iran_russia_treaty_signed.txt)
CONTAINERS=()

# runc cannot raise limits above the caller's hard limits (no
# CAP_SYS_RESOURCE in many sandboxes), so ask for at most those.
limit() {
  local hard="$1" wanted="$2"
  if [[ "${hard}" == unlimited ]] || ((hard > wanted)); then echo "${wanted}"; else echo "${hard}"; fi
}
NOFILE="$(limit "$(ulimit -Hn)" 65536)"
NPROC="$(limit "$(ulimit -Hu)" 4096)"
readonly NOFILE NPROC

# Options shared by every container: what the k8s securityContext asks for.
readonly RUN_OPTS=(--network host --user 10001:10001 --read-only
  --cap-drop ALL --security-opt no-new-privileges
  --ulimit "nofile=${NOFILE}:${NOFILE}" --ulimit "nproc=${NPROC}:${NPROC}"
  -v "${PWD}/deploy/k8s/base/flags:/etc/parley/flags:ro"
  -v "${PWD}/deploy/k8s/base/kb:/etc/parley/kb:ro")

dump_logs() {
  local name
  for name in "${CONTAINERS[@]}"; do
    echo "----- podman logs ${name} -----" >&2
    "${PODMAN[@]}" logs "${name}" >&2 2>&1 || true
  done
}

cleanup() {
  local status=$?
  if ((status != 0)); then
    dump_logs
    echo "SMOKE TEST FAILED" >&2
  fi
  local name
  for name in "${CONTAINERS[@]}"; do
    "${PODMAN[@]}" rm -f -t 0 "${name}" >/dev/null 2>&1 || true
  done
  "${PODMAN[@]}" volume rm -f "${VOLUME}" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# start_services ROUND: starts the ingest and query containers; sets
# INGEST_PORT and QUERY_PORT once both accept calls.
start_services() {
  local round="$1"
  local ingest="${RUN_ID}-ingest-${round}" query="${RUN_ID}-query-${round}"
  CONTAINERS+=("${ingest}" "${query}")
  log "starting ${ingest} and ${query}"
  "${PODMAN[@]}" run -d --name "${ingest}" "${RUN_OPTS[@]}" \
    -v "${VOLUME}:/data" "${PARLEY_IMAGE}" \
    ingest_service --flagfile=/etc/parley/flags/ingest.flags \
    --db=/data/parley --listen=127.0.0.1:0 --port_file=/tmp/port \
    --drain_timeout=20s --kb=/etc/parley/kb/extra.textproto >/dev/null
  "${PODMAN[@]}" run -d --name "${query}" "${RUN_OPTS[@]}" \
    -v "${VOLUME}:/data:ro" --tmpfs /scratch:rw,mode=1777 "${PARLEY_IMAGE}" \
    query_service --flagfile=/etc/parley/flags/query.flags \
    --db=/data/parley --secondary_dir=/scratch/secondary \
    --listen=127.0.0.1:0 --port_file=/tmp/port --open_timeout=60s \
    --drain_timeout=20s --kb=/etc/parley/kb/extra.textproto >/dev/null
  INGEST_PORT="$(wait_for_port "${ingest}")"
  QUERY_PORT="$(wait_for_port "${query}")"
  log "ingest_service on 127.0.0.1:${INGEST_PORT}, query_service on 127.0.0.1:${QUERY_PORT}"
}

# Prints the port a service container wrote to /tmp/port once serving.
wait_for_port() {
  local name="$1" port="" i
  for ((i = 0; i < 120; i++)); do
    if [[ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "${name}")" != true ]]; then
      die "${name} exited before serving"
    fi
    port="$("${PODMAN[@]}" exec "${name}" cat /tmp/port 2>/dev/null || true)"
    if [[ "${port}" =~ ^[0-9]+$ ]]; then
      echo "${port}"
      return 0
    fi
    sleep 0.5
  done
  die "${name} did not start serving within 60 s"
}

# parley_cli COMMAND ARGS...: runs the parley CLI in a throw-away container
# (articles mounted at /articles) against the service COMMAND calls.
parley_cli() {
  local command="$1" address
  shift
  case "${command}" in
    ingest | article) address="--ingest_addr=127.0.0.1:${INGEST_PORT}" ;;
    *) address="--query_addr=127.0.0.1:${QUERY_PORT}" ;;
  esac
  "${PODMAN[@]}" run --rm "${RUN_OPTS[@]}" \
    -v "${PWD}/examples/articles:/articles:ro" "${PARLEY_IMAGE}" \
    parley "${command}" "${address}" "$@"
}

# expect_output DESCRIPTION PATTERN... : stdin must match every PATTERN
# (extended regular expressions, case-insensitive).
expect_output() {
  local what="$1" output pattern
  shift
  output="$(cat)"
  printf '%s\n' "${output}" | cut -c1-150 | sed 's/^/    /' >&2
  for pattern in "$@"; do
    grep -qiE -- "${pattern}" <<<"${output}" || die "${what}: no line matches /${pattern}/"
  done
}

check_queries() {
  log "parley meetings Putin Pezeshkian"
  parley_cli meetings Putin Pezeshkian --json |
    expect_output "meetings" 'vladimir-putin' 'masoud-pezeshkian'
  log "parley agreements --party=Iran"
  parley_cli agreements --party=Iran --json |
    expect_output "agreements" '"iran"' '"russia"'
}

# Logs the resident memory of both services (to size k8s requests/limits).
report_memory() {
  local round="$1" name rss
  for name in "${RUN_ID}-ingest-${round}" "${RUN_ID}-query-${round}"; do
    rss="$("${PODMAN[@]}" exec "${name}" grep VmHWM /proc/1/status | tr -s ' \t' ' ')"
    log "${name}: peak resident memory ${rss#*: }"
  done
}

# stop_services ROUND: SIGTERM both services and require exit status 0.
stop_services() {
  local round="$1" name code
  for name in "${RUN_ID}-query-${round}" "${RUN_ID}-ingest-${round}"; do
    log "podman stop -t 30 ${name} (SIGTERM)"
    "${PODMAN[@]}" stop -t 30 "${name}" >/dev/null
    code="$("${PODMAN[@]}" inspect -f '{{.State.ExitCode}}' "${name}")"
    [[ "${code}" == 0 ]] || die "${name} exited with status ${code} after SIGTERM"
    "${PODMAN[@]}" logs "${name}" 2>&1 | tail -n 3 | sed "s/^/    ${name}: /" >&2
    log "${name} exited with status 0"
  done
}

main() {
  ensure_container_tools
  "${PODMAN[@]}" image exists "${PARLEY_IMAGE}" ||
    die "image ${PARLEY_IMAGE} not found; run deploy/build-image.sh first"
  local start=${SECONDS}
  "${PODMAN[@]}" volume create "${VOLUME}" >/dev/null

  start_services 1
  log "parley ingest ${ARTICLES[*]##*/}"
  parley_cli ingest "${ARTICLES[@]/#examples\/articles//articles}" 2>&1 |
    expect_output "ingest" '2 files: 2 ingested, 0 already ingested, 0 failed'
  check_queries
  report_memory 1
  stop_services 1

  log "restarting on the same volume: the data must still be there"
  start_services 2
  parley_cli ingest "${ARTICLES[@]/#examples\/articles//articles}" 2>&1 |
    expect_output "re-ingest" '2 files: 0 ingested, 2 already ingested, 0 failed'
  check_queries
  stop_services 2

  log "SMOKE TEST PASSED in $((SECONDS - start)) s"
}

main "$@"
