#!/usr/bin/env bash
# Make the Debian base image `embedseal/debian-base:bookworm` without a container registry:
# debootstrap a minimal bookworm root file system from the machine's own Debian mirror and
# `docker import` it. The conformance images are then built FROM it with --offline
# (see build-all.sh); their Dockerfiles apt-get the toolchains from the same mirror.
#
# Idempotent: does nothing when the image already exists (use --force to rebuild).
#
# Usage: offline-base.sh [--force] [--print-mirror]
#   --print-mirror  only print the mirror URI it would use, and exit
# Environment:
#   EMBEDSEAL_BASE_IMAGE     image name       (default embedseal/debian-base:bookworm)
#   EMBEDSEAL_DEBIAN_SUITE   Debian suite     (default bookworm)
#   EMBEDSEAL_DEBIAN_MIRROR  mirror URI       (default: read from the apt sources)
#   EMBEDSEAL_APT_DIR        where to read them (default /etc/apt)
set -euo pipefail

IMAGE="${EMBEDSEAL_BASE_IMAGE:-embedseal/debian-base:bookworm}"
SUITE="${EMBEDSEAL_DEBIAN_SUITE:-bookworm}"
APT_DIR="${EMBEDSEAL_APT_DIR:-/etc/apt}"
FORCE=0
PRINT_MIRROR=0
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    --print-mirror) PRINT_MIRROR=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "offline-base: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[offline-base] %s\n' "$*"; }
die() { printf '[offline-base] ERROR: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Print "URI<TAB>SUITE" for every enabled `deb` source of the machine, from both the
# one-line format (sources.list, *.list) and deb822 (*.sources). Disabled files such as
# *.list.disabled are not read: apt itself ignores them.
apt_sources() {
  local f
  for f in "$APT_DIR/sources.list" "$APT_DIR"/sources.list.d/*.list; do
    [[ -f $f ]] || continue
    # deb [opts] URI SUITE COMPONENT...
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" |
      awk '$1 == "deb" && NF >= 3 { print $2 "\t" $3 }'
  done
  for f in "$APT_DIR"/sources.list.d/*.sources; do
    [[ -f $f ]] || continue
    # Stanzas are separated by blank lines; Enabled: no switches one off.
    awk '
      function flush(  i, j, nu, ns, u, s) {
        if (types ~ /(^| )deb( |$)/ && enabled != "no") {
          nu = split(uris, u, " "); ns = split(suites, s, " ")
          for (i = 1; i <= nu; i++) for (j = 1; j <= ns; j++) print u[i] "\t" s[j]
        }
        types = uris = suites = ""; enabled = "yes"
      }
      function set(k, v, more) {
        if (k == "types") types = more ? types " " v : v
        else if (k == "uris") uris = more ? uris " " v : v
        else if (k == "suites") suites = more ? suites " " v : v
        else if (k == "enabled") enabled = tolower(v)
      }
      BEGIN { enabled = "yes" }
      /^[ \t]*#/ { next }
      /^[ \t]*$/ { flush(); next }
      /^[ \t]/ { val = $0; sub(/^[ \t]+/, "", val); set(key, val, 1); next }  # folded value
      {
        key = tolower($1); sub(/:.*/, "", key); val = $0; sub(/^[^:]*:[ \t]*/, "", val)
        set(key, val, 0)
      }
      END { flush() }
    ' "$f"
  done
}

SOURCES="$(apt_sources || true)"
MIRROR="${EMBEDSEAL_DEBIAN_MIRROR:-}"
if [[ -z $MIRROR ]]; then
  MIRROR="$(awk -F'\t' -v s="$SUITE" '$2 == s { print $1; exit }' <<<"$SOURCES")"
fi
[[ -n $MIRROR ]] || die "no 'deb' source for suite '$SUITE' in $APT_DIR/sources.list{,.d/*.list,.d/*.sources}; set EMBEDSEAL_DEBIAN_MIRROR"
MIRROR="${MIRROR%/}"
if [[ $PRINT_MIRROR -eq 1 ]]; then echo "$MIRROR"; exit 0; fi

command -v docker >/dev/null || die "docker client not found (run .ci/docker-up.sh)"
docker info >/dev/null 2>&1 || die "the Docker engine is not reachable (run .ci/docker-up.sh)"

if [[ $FORCE -eq 0 ]] && docker image inspect "$IMAGE" >/dev/null 2>&1; then
  log "$IMAGE already exists; skipping (use --force to rebuild)"
  exit 0
fi

command -v debootstrap >/dev/null || die "debootstrap not found (apt-get install -y debootstrap)"

# The image gets the same updates/security sources the machine uses, when it has them.
UPDATES_URI="$(awk -F'\t' -v s="$SUITE-updates" '$2 == s { print $1; exit }' <<<"$SOURCES")"
SECURITY_URI="$(awk -F'\t' -v s="$SUITE-security" '$2 == s { print $1; exit }' <<<"$SOURCES")"

log "image:  $IMAGE"
log "suite:  $SUITE (variant minbase)"
log "mirror: $MIRROR${UPDATES_URI:+ (+ $SUITE-updates)}${SECURITY_URI:+ (+ security: ${SECURITY_URI%/})}"

ROOTFS="$(mktemp -d /tmp/embedseal-rootfs.XXXXXX)"
trap 'rm -rf "$ROOTFS"' EXIT
TOTAL_START="$(now)"

log "debootstrap into $ROOTFS ..."
T="$(now)"
if ! debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >"$ROOTFS.log" 2>&1; then
  tail -n 30 "$ROOTFS.log" >&2
  [[ -f $ROOTFS/debootstrap/debootstrap.log ]] && tail -n 30 "$ROOTFS/debootstrap/debootstrap.log" >&2
  rm -f "$ROOTFS.log"
  die "debootstrap failed (mirror $MIRROR)"
fi
rm -f "$ROOTFS.log"
log "debootstrap done in $(elapsed "$T") s"

# Make the root file system look like Debian's official image: deb822 sources, no apt
# caches, packages' .deb files cleaned after install, no recommends by default.
rm -f "$ROOTFS/etc/apt/sources.list"
{
  printf 'Types: deb\nURIs: %s\nSuites: %s%s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$MIRROR" "$SUITE" "${UPDATES_URI:+ $SUITE-updates}"
  if [[ -n $SECURITY_URI ]]; then
    printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "${SECURITY_URI%/}" "$SUITE"
  fi
} >"$ROOTFS/etc/apt/sources.list.d/debian.sources"
cat >"$ROOTFS/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";
EOF
printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
  >"$ROOTFS/etc/apt/apt.conf.d/docker-no-recommends"
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/cache/apt/*.bin \
  "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/log/* "$ROOTFS"/tmp/* 2>/dev/null || true
: >"$ROOTFS/etc/hostname"

log "docker import ..."
T="$(now)"
tar --numeric-owner -C "$ROOTFS" -c . |
  docker import \
    --change 'ENV LANG=C.UTF-8' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    --message "debootstrap --variant=minbase $SUITE $MIRROR" \
    - "$IMAGE" >/dev/null
log "import done in $(elapsed "$T") s"

SIZE="$(docker image inspect -f '{{.Size}}' "$IMAGE" | awk '{ printf "%.0f MB", $1 / 1e6 }')"
log "built $IMAGE ($SIZE) in $(elapsed "$TOTAL_START") s"
