#!/usr/bin/env bash
# Build the six conformance images as embedseal/<lang>:latest.
#
# Usage: build-all.sh [--offline] [-j N] [--no-cache] [LANG ...]
#   --offline   build FROM embedseal/debian-base:bookworm (made by offline-base.sh, which
#               is run first if the image is missing) instead of the official images;
#               toolchains then come from the Debian mirror. Needs no container registry.
#               TypeScript is the exception: Debian's 4.8 is too old for the generated
#               SDK, so the host's npm packs typescript@$EMBEDSEAL_OFFLINE_TYPESCRIPT
#               (default 5.6.3: newest that accepts Debian's @types/node 18) into
#               typescript/npm-packages/ for the image to unpack.
#   -j N        images built at once (default 3: the builds mostly wait on downloads and
#               dpkg, so a little parallelism pays even on 2 cores).
#   --no-cache  pass --no-cache to docker build (a cold rebuild).
#   LANG ...    a subset of: python typescript php java csharp go (default: all).
# Each build logs to $EMBEDSEAL_BUILD_LOGS (default /tmp/embedseal-image-logs)/<lang>.log.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ALL_LANGS=(java csharp go typescript php python)   # slowest first: better packing with -j
BASE_IMAGE="${EMBEDSEAL_BASE_IMAGE:-embedseal/debian-base:bookworm}"
LOGDIR="${EMBEDSEAL_BUILD_LOGS:-/tmp/embedseal-image-logs}"
OFFLINE=0
JOBS=3
NO_CACHE=()
LANGS=()

usage() { sed -n '2,18p' "$0"; exit "${1:-0}"; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --offline) OFFLINE=1; shift ;;
    -j) [[ $# -ge 2 ]] || usage 2; JOBS="$2"; shift 2 ;;
    -j*) JOBS="${1#-j}"; shift ;;
    --jobs=*) JOBS="${1#*=}"; shift ;;
    --no-cache) NO_CACHE=(--no-cache); shift ;;
    -h|--help) usage 0 ;;
    -*) echo "build-all: unknown option: $1" >&2; usage 2 ;;
    *)
      [[ " ${ALL_LANGS[*]} " == *" $1 "* ]] || { echo "build-all: unknown language: $1 (one of: ${ALL_LANGS[*]})" >&2; exit 2; }
      LANGS+=("$1"); shift ;;
  esac
done
[[ ${#LANGS[@]} -gt 0 ]] || LANGS=("${ALL_LANGS[@]}")
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || { echo "build-all: -j needs a positive number" >&2; exit 2; }

log() { printf '[build-all] %s\n' "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

docker info >/dev/null 2>&1 || { echo "build-all: ERROR: the Docker engine is not reachable (run .ci/docker-up.sh)" >&2; exit 1; }

mkdir -p "$LOGDIR"
BUILD_ARGS=()
if [[ $OFFLINE -eq 1 ]]; then
  if ! docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    log "$BASE_IMAGE missing: making it first"
    EMBEDSEAL_BASE_IMAGE="$BASE_IMAGE" bash "$HERE/offline-base.sh"
  fi
  BUILD_ARGS=(--build-arg "BASE_IMAGE=$BASE_IMAGE")
  log "offline: every image FROM $BASE_IMAGE"
  if [[ " ${LANGS[*]} " == *" typescript "* ]]; then
    TS_VERSION="${EMBEDSEAL_OFFLINE_TYPESCRIPT:-5.6.3}"
    TS_DIR="$HERE/typescript/npm-packages"
    if [[ -f $TS_DIR/typescript-$TS_VERSION.tgz ]]; then
      log "typescript: using $TS_DIR/typescript-$TS_VERSION.tgz"
    else
      rm -f "$TS_DIR"/typescript-*.tgz
      if command -v npm >/dev/null && (cd "$TS_DIR" && npm pack --silent "typescript@$TS_VERSION" >/dev/null 2>"$LOGDIR/npm-pack.log") \
         && [[ -f $TS_DIR/typescript-$TS_VERSION.tgz ]]; then
        log "typescript: packed typescript@$TS_VERSION from the npm registry into $TS_DIR"
      else
        log "WARNING: could not npm pack typescript@$TS_VERSION (see $LOGDIR/npm-pack.log);"
        log "WARNING: embedseal/typescript falls back to Debian's TypeScript 4.8, too old for the generated SDK"
      fi
    fi
  fi
else
  log "online: every image FROM its official image (the Dockerfile's default BASE_IMAGE)"
fi

STATUS_DIR="$(mktemp -d /tmp/embedseal-build-status.XXXXXX)"
trap 'rm -rf "$STATUS_DIR"' EXIT

# One build; leaves "<rc> <seconds>" in $STATUS_DIR/<lang>.
build_one() {
  local lang="$1" t0 t1 rc=0
  t0="$(now)"
  docker build "${NO_CACHE[@]}" "${BUILD_ARGS[@]}" -t "embedseal/$lang:latest" \
    "$HERE/$lang" >"$LOGDIR/$lang.log" 2>&1 || rc=$?
  t1="$(now)"
  echo "$rc $(secs "$t0" "$t1")" >"$STATUS_DIR/$lang"
  if [[ $rc -eq 0 ]]; then
    log "embedseal/$lang:latest built in $(secs "$t0" "$t1") s"
  else
    log "embedseal/$lang:latest FAILED after $(secs "$t0" "$t1") s (exit $rc, log $LOGDIR/$lang.log)"
  fi
}

START="$(now)"
log "building ${LANGS[*]} (${JOBS} at a time; logs in $LOGDIR)"
running=0
for lang in "${LANGS[@]}"; do
  if [[ $running -ge $JOBS ]]; then
    wait -n || true
    running=$((running - 1))
  fi
  build_one "$lang" &
  running=$((running + 1))
done
wait || true
TOTAL="$(secs "$START" "$(now)")"

failed=()
printf '\n%-28s %-7s %8s %9s\n' IMAGE STATUS SECONDS SIZE
for lang in "${LANGS[@]}"; do
  read -r rc t <"$STATUS_DIR/$lang" 2>/dev/null || { rc=1; t="?"; }
  size="-"
  if [[ $rc -eq 0 ]]; then
    status=ok
    size="$(docker image inspect -f '{{.Size}}' "embedseal/$lang:latest" | awk '{ printf "%.0f MB", $1 / 1e6 }')"
  else
    status=FAILED; failed+=("$lang")
  fi
  printf '%-28s %-7s %8s %9s\n' "embedseal/$lang:latest" "$status" "$t" "$size"
done
printf '%-28s %-7s %8s\n\n' "total (wall clock)" "" "$TOTAL"

if [[ ${#failed[@]} -gt 0 ]]; then
  for lang in "${failed[@]}"; do
    echo "----- embedseal/$lang:latest: last 25 lines of $LOGDIR/$lang.log -----" >&2
    tail -n 25 "$LOGDIR/$lang.log" >&2 || true
  done
  echo "build-all: ERROR: failed to build: $(printf 'embedseal/%s:latest ' "${failed[@]}")" >&2
  exit 1
fi
log "all ${#LANGS[@]} images built in $TOTAL s"
