#!/usr/bin/env bash
# Parley end to end on this machine: installs missing Debian packages, builds,
# starts the ingest service and the query service on a local database,
# ingests examples/articles through the ingest service, prints the answers to
# a few typed queries and stops both services (also on error or Ctrl-C).
#
# Usage: scripts/demo.sh
# Environment (all optional):
#   PARLEY_DATA_DIR  database directory (default <repo>/data/parley; kept
#                    between runs, so a second run finds every article a
#                    duplicate and gives the same answers)
#   INGEST_LISTEN    ingest service address (default 127.0.0.1:50051)
#   QUERY_LISTEN     query service address (default 127.0.0.1:50052);
#                    port 0 in either picks a free port
#   BUILD_DIR        build directory (default <repo>/build)
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_DIR
readonly BUILD_DIR="${BUILD_DIR:-${REPO_DIR}/build}"
readonly DATA_DIR="${PARLEY_DATA_DIR:-${REPO_DIR}/data/parley}"
readonly LOG_DIR="${DATA_DIR%/}.logs"
readonly INGEST_LISTEN="${INGEST_LISTEN:-127.0.0.1:50051}"
readonly QUERY_LISTEN="${QUERY_LISTEN:-127.0.0.1:50052}"
readonly PARLEY="${BUILD_DIR}/cli/parley"
readonly STARTUP_SECONDS=60

INGEST_PID=""
QUERY_PID=""

log() { echo "demo: $*" >&2; }

# Sends SIGTERM to a service if it is still running and waits for it to
# drain and exit. Arguments: name, pid.
stop_service() {
  local name="$1" pid="$2" rc=0
  [[ -n "${pid}" ]] || return 0
  if kill -0 "${pid}" 2>/dev/null; then
    kill -TERM "${pid}" 2>/dev/null || true
  fi
  wait "${pid}" 2>/dev/null || rc=$?
  if ((rc != 0 && rc != 143)); then
    log "${name} exited with status ${rc}; see ${LOG_DIR}/${name}.log"
  fi
}

stop_services() {
  stop_service query_service "${QUERY_PID}"
  QUERY_PID=""
  stop_service ingest_service "${INGEST_PID}"
  INGEST_PID=""
}

on_exit() {
  local rc=$?
  stop_services
  if ((rc != 0)); then
    log "failed (exit status ${rc}); service logs are in ${LOG_DIR}"
  fi
  exit "${rc}"
}

# Answers 0 when the gRPC health service at the address reports SERVING.
# Uses Debian's python3-grpcio without generated stubs: an empty
# HealthCheckRequest is zero bytes, and SERVING is the bytes 08 01.
is_serving() {
  /usr/bin/python3 - "$1" <<'PY' 2>/dev/null
import sys
import grpc
with grpc.insecure_channel(sys.argv[1]) as channel:
    check = channel.unary_unary("/grpc.health.v1.Health/Check")
    sys.exit(0 if check(b"", timeout=2) == b"\x08\x01" else 1)
PY
}

# Waits until the service has written its port file and its health service
# answers SERVING, then prints its address. Arguments: name, pid, port file,
# listen address.
wait_until_serving() {
  local name="$1" pid="$2" port_file="$3" listen="$4" address=""
  local deadline=$((SECONDS + STARTUP_SECONDS))
  while ((SECONDS < deadline)); do
    if ! kill -0 "${pid}" 2>/dev/null; then
      log "${name} exited during start-up; last lines of ${LOG_DIR}/${name}.log:"
      tail -n 20 "${LOG_DIR}/${name}.log" >&2 || true
      return 1
    fi
    if [[ -z "${address}" && -s "${port_file}" ]]; then
      address="${listen%:*}:$(<"${port_file}")"
    fi
    if [[ -n "${address}" ]] && is_serving "${address}"; then
      echo "${address}"
      return 0
    fi
    sleep 0.2
  done
  log "${name} did not become healthy within ${STARTUP_SECONDS}s; see ${LOG_DIR}/${name}.log"
  return 1
}

# Prints a command line (arguments with spaces in double quotes), then runs
# it.
show() {
  local arg line="\$ parley"
  for arg in "$@"; do
    if [[ "${arg}" == *" "* ]]; then
      line+=" \"${arg}\""
    else
      line+=" ${arg}"
    fi
  done
  echo
  echo "${line}"
  "${PARLEY}" "$@"
}

main() {
  cd "${REPO_DIR}"
  scripts/install-deps.sh
  scripts/build.sh

  mkdir -p "${DATA_DIR}" "${LOG_DIR}"
  local ingest_port_file="${LOG_DIR}/ingest_service.port"
  local query_port_file="${LOG_DIR}/query_service.port"
  rm -f "${ingest_port_file}" "${query_port_file}"

  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  log "starting ingest_service on ${INGEST_LISTEN} (database ${DATA_DIR})"
  "${BUILD_DIR}/ingest_service/ingest_service" --db="${DATA_DIR}" \
    --listen="${INGEST_LISTEN}" --port_file="${ingest_port_file}" \
    >"${LOG_DIR}/ingest_service.log" 2>&1 &
  INGEST_PID=$!
  local ingest_address
  ingest_address="$(wait_until_serving ingest_service "${INGEST_PID}" \
    "${ingest_port_file}" "${INGEST_LISTEN}")"

  log "starting query_service on ${QUERY_LISTEN}"
  "${BUILD_DIR}/query_service/query_service" --db="${DATA_DIR}" \
    --listen="${QUERY_LISTEN}" --port_file="${query_port_file}" \
    >"${LOG_DIR}/query_service.log" 2>&1 &
  QUERY_PID=$!
  local query_address
  query_address="$(wait_until_serving query_service "${QUERY_PID}" \
    "${query_port_file}" "${QUERY_LISTEN}")"
  log "both services are serving: ingest ${ingest_address}, query ${query_address}"

  show ingest --ingest_addr="${ingest_address}" examples/articles

  local q=(--query_addr="${query_address}")
  show meetings Putin Pezeshkian "${q[@]}"
  show meetings Iran Russia "${q[@]}"
  show agreements --status=PENDING_SIGNATURE "${q[@]}"
  show events --actor=Iran --from=2024-01-01 "${q[@]}"
  show actors "Iranian president" "${q[@]}"

  echo
  log "stopping the services"
  stop_services
  log "done; the database stays in ${DATA_DIR}, logs in ${LOG_DIR}"
}

main "$@"
