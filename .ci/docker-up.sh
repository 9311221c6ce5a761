#!/usr/bin/env bash
# Bring up Docker on a CI / developer machine that has no engine running and no container
# registry, then make the offline Debian base image the conformance images build on.
#
#   1. apt-get install docker.io and debootstrap when they are missing;
#   2. start dockerd in the background when `docker info` fails, and wait for it (60 s);
#   3. run conformance/images/offline-base.sh (skips when the base image exists).
#
# Idempotent: a second run only checks. Needs root (it installs packages and runs dockerd).
# The daemon is left running; its log is $DOCKERD_LOG (default /var/log/embedseal-dockerd.log).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
DOCKERD_LOG="${DOCKERD_LOG:-$( [[ $(id -u) -eq 0 ]] && echo /var/log/embedseal-dockerd.log || echo /tmp/embedseal-dockerd.log)}"
WAIT_SECONDS="${DOCKERD_WAIT_SECONDS:-60}"

log() { printf '[docker-up] %s\n' "$*"; }
die() { printf '[docker-up] ERROR: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

START="$(now)"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || die "must run as root (or with sudo available)"
  SUDO="sudo"
fi

# 1. Packages. The docker client may come from elsewhere (e.g. /usr/local/bin); what we
#    need from docker.io is the engine (dockerd, containerd, runc).
missing=()
command -v dockerd >/dev/null || [[ -x /usr/sbin/dockerd ]] || missing+=(docker.io)
command -v debootstrap >/dev/null || [[ -x /usr/sbin/debootstrap ]] || missing+=(debootstrap)
if [[ ${#missing[@]} -gt 0 ]]; then
  log "installing ${missing[*]} ..."
  T="$(now)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/embedseal-docker-apt.log 2>&1 ||
    { tail -n 30 /tmp/embedseal-docker-apt.log >&2; die "apt-get install ${missing[*]} failed"; }
  log "installed in $(elapsed "$T") s"
else
  log "docker.io and debootstrap already installed"
fi
export PATH="$PATH:/usr/sbin:/sbin"
command -v docker >/dev/null || die "no docker client after installing docker.io"

# 2. Engine.
if docker info >/dev/null 2>&1; then
  log "Docker engine already running ($(docker version -f '{{.Server.Version}}' 2>/dev/null || echo '?'))"
else
  if pgrep -x dockerd >/dev/null 2>&1; then
    log "dockerd is running but not answering yet; waiting for it"
  else
    log "starting dockerd in the background (log: $DOCKERD_LOG)"
    # setsid + nohup: the daemon outlives this script and the CI step that ran it.
    $SUDO setsid nohup dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null &
  fi
  T="$(now)"
  ok=0
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    if docker info >/dev/null 2>&1; then ok=1; break; fi
    sleep 1
  done
  if [[ $ok -ne 1 ]]; then
    echo "----- last 40 lines of $DOCKERD_LOG -----" >&2
    tail -n 40 "$DOCKERD_LOG" >&2 || true
    die "dockerd did not answer within ${WAIT_SECONDS} s"
  fi
  log "Docker engine up in $(elapsed "$T") s ($(docker version -f '{{.Server.Version}}' 2>/dev/null || echo '?'))"
fi

# 3. Base image for offline builds.
bash "$ROOT/conformance/images/offline-base.sh"
log "done in $(elapsed "$START") s"
