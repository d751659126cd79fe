#!/usr/bin/env bash
# Produces the docker/podman inspect and OCI config.json test fixtures from the real engines.
#
#   scripts/engine-fixtures.sh            regenerate core/src/test/resources/engine/ (and the rule
#                                         fixtures copied from it) with the engines of this machine
#   scripts/engine-fixtures.sh --check    regenerate into a temporary directory and run the parser
#                                         tests against those fresh files; the repository is untouched
#   scripts/engine-fixtures.sh --out DIR  regenerate into DIR only
#
# Runs as root on Debian 12 (what CI runs). Installs what is missing (docker.io, podman, runc, crun,
# uidmap, busybox-static), starts a private dockerd with its own data-root, exec-root, pidfile and
# socket (never a daemon the user runs), keeps Podman's storage in its own --root/--runroot, builds a
# busybox image locally (no registry is needed), and for each case creates a container with the flags
# under test and saves what the engine reports:
#   docker/<case>.inspect.json   docker inspect
#   docker/<case>.oci.json       the runc bundle config.json dockerd wrote (started containers only)
#   podman/<case>.inspect.json   podman inspect
#   podman/<case>.oci.json       the config.json podman writes for `podman init`
# config.json is pretty-printed (python3 -m json.tool) so that findings point at distinct lines; the
# content is the engine's. Safe to rerun; stops its daemon and removes its containers on exit.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
DEFAULT_OUT=$REPO/core/src/test/resources/engine
RULE_FIXTURES=$REPO/core/src/test/resources/rules
OUT=$DEFAULT_OUT
CHECK=0

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --check) CHECK=1 ;;
    --out) [ $# -ge 2 ] || { echo "engine-fixtures: --out needs a directory" >&2; exit 2; }; OUT=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "engine-fixtures: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
  shift
done

STATE=/var/lib/moat-engine-fixtures   # data-roots: docker images and containers, podman storage
RUN=/run/moat-engine-fixtures         # sockets, pid files, exec-root
DOCKER_SOCK=$RUN/docker.sock
DOCKER_PID=$RUN/dockerd.pid
EXEC_ROOT=$RUN/docker
IMAGE=local/busybox:test
LOG=$STATE/dockerd.log

say() { echo "engine-fixtures: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (it starts dockerd and creates containers)"
[ "$(uname -s)" = Linux ] || die "needs Linux"

# --- install --------------------------------------------------------------------------------------
install_missing() {
  local need=()
  command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
  [ -x /usr/bin/docker ] || command -v docker >/dev/null 2>&1 || need+=(docker.io)
  command -v podman >/dev/null 2>&1 || need+=(podman)
  command -v runc >/dev/null 2>&1 || need+=(runc)
  command -v crun >/dev/null 2>&1 || need+=(crun)
  command -v newuidmap >/dev/null 2>&1 || need+=(uidmap)
  [ -x /bin/busybox ] || need+=(busybox-static)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
  if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
      || die "apt-get install ${need[*]} failed"
  fi
}
install_missing

# Debian's client matches Debian's daemon; a newer client elsewhere on PATH re-encodes inspect
# output with its own types, so prefer the daemon's own.
if [ -x /usr/bin/docker ]; then DOCKER_BIN=/usr/bin/docker; else DOCKER_BIN=$(command -v docker); fi
DOCKER=("$DOCKER_BIN" -H "unix://$DOCKER_SOCK")
PODMAN=(podman --root "$STATE/podman" --runroot "$RUN/podman" --tmpdir "$RUN/podman-tmp" --events-backend file)

# --- private dockerd ------------------------------------------------------------------------------
stop_dockerd() {
  if [ -f "$DOCKER_PID" ]; then
    local pid
    pid=$(cat "$DOCKER_PID")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$DOCKER_PID"
  fi
  # dockerd leaves its handle on the host network namespace mounted; it is ours to remove.
  if grep -q " $EXEC_ROOT/netns/default " /proc/mounts 2>/dev/null; then
    umount "$EXEC_ROOT/netns/default" 2>/dev/null || true
  fi
}

start_dockerd() {
  mkdir -p "$STATE" "$RUN"
  stop_dockerd # a daemon left behind by an interrupted run of this script (ours: our pidfile)
  say "starting a private dockerd (socket $DOCKER_SOCK, data-root $STATE/docker)"
  dockerd --data-root "$STATE/docker" --exec-root "$EXEC_ROOT" --pidfile "$DOCKER_PID" \
    -H "unix://$DOCKER_SOCK" --bridge none --iptables=false --ip-masq=false >"$LOG" 2>&1 &
  local launcher=$!
  for _ in $(seq 1 60); do
    if "${DOCKER[@]}" version >/dev/null 2>&1; then
      return 0
    fi
    if ! kill -0 "$launcher" 2>/dev/null; then
      break
    fi
    sleep 1
  done
  say "ERROR: dockerd did not start. Last lines of $LOG:"
  tail -n 30 "$LOG" >&2 || true
  say "Common causes: no overlay filesystem or cgroup support in this kernel, another dockerd using $STATE/docker, not root."
  exit 1
}

cleanup() {
  local status=$?
  set +e
  if [ -n "${CREATED_DOCKER:-}" ] && [ -S "$DOCKER_SOCK" ]; then
    # shellcheck disable=SC2086
    "${DOCKER[@]}" rm -f $CREATED_DOCKER >/dev/null 2>&1
  fi
  if [ -n "${CREATED_PODMAN:-}" ]; then
    # shellcheck disable=SC2086
    "${PODMAN[@]}" rm -f $CREATED_PODMAN >/dev/null 2>&1
  fi
  stop_dockerd
  [ -n "${STAGE:-}" ] && rm -rf "$STAGE"
  [ -n "${CHECK_DIR:-}" ] && rm -rf "$CHECK_DIR"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the test image -------------------------------------------------------------------------------
make_rootfs() {
  local root=$1
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/usr"
  cp /bin/busybox "$root/bin/"
  for c in sh ls cat id ps grep sleep mount; do ln -sf busybox "$root/bin/$c"; done
  ln -sf usr/lib "$root/lib"
  ln -sf usr/lib64 "$root/lib64"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' >"$root/etc/passwd"
}

import_images() {
  local root
  root=$(mktemp -d)
  make_rootfs "$root"
  if ! "${DOCKER[@]}" image inspect "$IMAGE" >/dev/null 2>&1; then
    tar -C "$root" -c . | "${DOCKER[@]}" import - "$IMAGE" >/dev/null || die "docker import failed"
  fi
  if ! "${PODMAN[@]}" image exists "$IMAGE" 2>/dev/null; then
    tar -C "$root" -c . | "${PODMAN[@]}" import - "$IMAGE" >/dev/null || die "podman import failed"
  fi
  rm -rf "$root"
}

# --- cases ----------------------------------------------------------------------------------------
# name  mode  flags. mode "start": docker starts the container, so runc's config.json exists;
# "create": create and inspect only (a privileged container cannot start on this machine).
# Host paths the cases mount must exist: the private daemon's own socket stands in for
# /var/run/docker.sock (binding a missing path would make dockerd create a directory there).
DATA_DIR=$STATE/data
docker_cases() {
  cat <<EOF
default                 start
privileged              create  --privileged
cap-add-sys-admin       start   --cap-add SYS_ADMIN
cap-add-net-admin       start   --cap-add NET_ADMIN
cap-drop-all            start   --cap-drop ALL --security-opt no-new-privileges
cap-drop-net-raw        start   --cap-drop NET_RAW
seccomp-unconfined      start   --security-opt seccomp=unconfined
apparmor-unconfined     start   --security-opt apparmor=unconfined
label-disable           start   --security-opt label=disable
label-spc               start   --security-opt label=type:spc_t
systempaths-unconfined  start   --security-opt systempaths=unconfined
pid-host                start   --pid host
network-host            start   --network host
ipc-host                start   --ipc host
uts-host                start   --uts host
userns-host             start   --userns host
cgroupns-host           start   --cgroupns host
cgroupns-private        start   --cgroupns private
docker-sock             start   -v $DOCKER_SOCK:/var/run/docker.sock
bind-etc                start   -v /etc:/host-etc
mount-etc-ro            start   --mount type=bind,source=/etc,target=/host-etc,readonly
bind-data               start   -v $DATA_DIR:/data:ro
named-volume            start   -v moat-data:/data --tmpfs /scratch
device                  start   --device /dev/fuse
read-only               start   --read-only
user                    start   --user 1000:1000
root-group              start   --user 1000:0
limits                  start   --memory 64m --cpus 0.5 --pids-limit 100
cpu-quota               start   --cpu-period 100000 --cpu-quota 50000 --pids-limit -1
sysctl                  start   --sysctl net.ipv4.ip_forward=1
hardened                start   --cap-drop ALL --security-opt no-new-privileges --read-only --user 1000:1000 --memory 64m --cpus 0.5 --pids-limit 100 --cgroupns private
EOF
}

podman_cases() {
  cat <<EOF
default                 create
privileged              create  --privileged
cap-add-sys-admin       create  --cap-add SYS_ADMIN
cap-add-net-raw         create  --cap-add NET_RAW
cap-drop-all            create  --cap-drop ALL --security-opt no-new-privileges
seccomp-unconfined      create  --security-opt seccomp=unconfined
apparmor-unconfined     create  --security-opt apparmor=unconfined
label-disable           create  --security-opt label=disable
label-spc               create  --security-opt label=type:spc_t
unmask-all              create  --security-opt unmask=ALL
pid-host                create  --pid host
network-host            create  --network host
ipc-host                create  --ipc host
uts-host                create  --uts host
userns-host             create  --userns host
uidmap                  create  --uidmap 0:100000:65536 --gidmap 0:100000:65536
cgroupns-private        create  --cgroupns private
docker-sock             create  -v $DOCKER_SOCK:/var/run/docker.sock
bind-etc                create  -v /etc:/host-etc
named-volume            create  -v moat-data:/data --tmpfs /scratch
device                  create  --device /dev/fuse
read-only               create  --read-only
user                    create  --user 1000:1000
root-group              create  --user 1000:0
limits                  create  --memory 64m --cpus 0.5 --pids-limit 100
no-pids-limit           create  --pids-limit -1
sysctl                  create  --sysctl net.ipv4.ip_forward=1
hardened                create  --cap-drop ALL --security-opt no-new-privileges --read-only --user 1000:1000 --memory 64m --cpus 0.5 --pids-limit 100 --cgroupns private
EOF
}

pretty() { # compact engine JSON -> indented, same content and key order
  python3 -m json.tool --indent 2 --no-ensure-ascii "$1"
}

run_docker_cases() {
  local dir=$1 name mode flags id cfg
  mkdir -p "$dir"
  while read -r name mode flags; do
    [ -n "$name" ] || continue
    "${DOCKER[@]}" rm -f "$name" >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    id=$("${DOCKER[@]}" create --name "$name" $flags "$IMAGE" sleep 3600) \
      || die "docker create $flags failed"
    CREATED_DOCKER="${CREATED_DOCKER:-} $name"
    if [ "$mode" = start ]; then
      "${DOCKER[@]}" start "$name" >/dev/null || die "docker start of case '$name' ($flags) failed; see $LOG"
      cfg=$EXEC_ROOT/containerd/daemon/io.containerd.runtime.v2.task/moby/$id/config.json
      if [ ! -f "$cfg" ]; then
        cfg=$(find "$EXEC_ROOT" "$STATE/docker" -path "*$id*" -name config.json 2>/dev/null | head -n 1)
      fi
      [ -n "$cfg" ] && [ -f "$cfg" ] || die "no runc config.json found for started container '$name' ($id)"
      pretty "$cfg" >"$dir/$name.oci.json"
    fi
    "${DOCKER[@]}" inspect "$name" >"$dir/$name.inspect.json" || die "docker inspect $name failed"
    "${DOCKER[@]}" rm -f "$name" >/dev/null
    say "docker  $name ($mode${flags:+: $flags})"
  done < <(docker_cases)
  "${DOCKER[@]}" volume rm -f moat-data >/dev/null 2>&1 || true
}

# After a failed `podman init` the container's /dev/shm mount can be busy for a moment.
podman_rm() {
  for _ in 1 2 3 4 5; do
    "${PODMAN[@]}" rm -f "$1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  "${PODMAN[@]}" rm -f "$1" >/dev/null || die "podman rm -f $1 failed"
}

run_podman_cases() {
  local dir=$1 name mode flags id cfg
  mkdir -p "$dir"
  while read -r name mode flags; do
    [ -n "$name" ] || continue
    "${PODMAN[@]}" rm -f "$name" >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    id=$("${PODMAN[@]}" create --name "$name" $flags "$IMAGE" sleep 3600) \
      || die "podman create $flags failed"
    CREATED_PODMAN="${CREATED_PODMAN:-} $name"
    "${PODMAN[@]}" inspect "$name" >"$dir/$name.inspect.json" || die "podman inspect $name failed"
    # podman init writes the OCI spec, then asks crun to create the container; on machines where
    # that fails (rlimits, hybrid cgroups) the spec is still there.
    "${PODMAN[@]}" init "$name" >/dev/null 2>&1 || true
    cfg=$STATE/podman/overlay-containers/$id/userdata/config.json
    if [ -f "$cfg" ]; then
      pretty "$cfg" >"$dir/$name.oci.json"
    else
      say "podman  $name: no config.json after podman init (skipped)"
    fi
    podman_rm "$name"
    say "podman  $name ($mode${flags:+: $flags})"
  done < <(podman_cases)
  "${PODMAN[@]}" volume rm -f moat-data >/dev/null 2>&1 || true
}

write_manifest() {
  local file=$1/manifest.txt
  {
    echo "# The engines that produced these fixtures (scripts/engine-fixtures.sh)."
    echo "docker-engine=$("${DOCKER[@]}" version --format '{{.Server.Version}}')"
    echo "docker-api=$("${DOCKER[@]}" version --format '{{.Server.APIVersion}}')"
    echo "docker-client=$("${DOCKER[@]}" version --format '{{.Client.Version}}')"
    echo "containerd=$(containerd --version 2>/dev/null | awk '{print $3}')"
    echo "runc=$(runc --version | awk 'NR==1{print $3}')"
    echo "podman=$("${PODMAN[@]}" version --format '{{.Client.Version}}')"
    echo "crun=$(crun --version | awk 'NR==1{print $3}')"
    echo "cgroup=$(if [ -f /sys/fs/cgroup/cgroup.controllers ]; then echo v2; else echo v1; fi)"
    echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
  } >"$file"
}

# Rule fixtures named fail-<engine>-<case>.<ext> or pass-<engine>-<case>.<ext> are copies of
# engine/<engine>/<case>.<ext>; refresh them so they stay byte-identical to the engine output
# (EngineFixturesTest checks that).
refresh_rule_fixtures() {
  local f base engine rest
  find "$RULE_FIXTURES" -type f \( -name '*.inspect.json' -o -name '*.oci.json' \) | while read -r f; do
    base=$(basename "$f")
    rest=${base#*-}             # docker-privileged.inspect.json
    engine=${rest%%-*}          # docker
    rest=${rest#*-}             # privileged.inspect.json
    case "$engine" in docker|podman) ;; *) continue ;; esac
    if [ -f "$OUT/$engine/$rest" ]; then
      cp "$OUT/$engine/$rest" "$f"
    else
      say "WARNING: $f has no counterpart $OUT/$engine/$rest"
    fi
  done
}

generate() {
  local out=$1
  STAGE=$(mktemp -d)
  mkdir -p "$DATA_DIR"
  start_dockerd
  import_images
  run_docker_cases "$STAGE/docker"
  run_podman_cases "$STAGE/podman"
  write_manifest "$STAGE"
  mkdir -p "$out"
  rm -rf "$out/docker" "$out/podman"
  mv "$STAGE/docker" "$STAGE/podman" "$out/"
  mv "$STAGE/manifest.txt" "$out/manifest.txt"
  rm -rf "$STAGE"
  STAGE=
  stop_dockerd
  say "wrote $(find "$out" -name '*.json' | wc -l) fixtures to $out"
  sed -n '2,$p' "$out/manifest.txt" | sed 's/^/  /' >&2
}

if [ "$CHECK" = 1 ]; then
  CHECK_DIR=$(mktemp -d)
  generate "$CHECK_DIR"
  say "running the inspect and OCI parser tests against the fresh fixtures"
  cd "$REPO"
  MOAT_ENGINE_FIXTURES=$CHECK_DIR ./mvnw -B -q -pl core test -DtempDir=surefire-engine-fixtures \
    -Dtest=EngineFixturesTest -Dsurefire.failIfNoSpecifiedTests=false \
    || die "the parsers disagree with the engines of this machine (fixtures in a temporary directory; rerun without --check to update the committed ones)"
  say "ok: parsers agree with $(sed -n 's/^docker-engine=/docker /p; s/^podman=/podman /p' "$CHECK_DIR/manifest.txt" | paste -sd, -)"
else
  generate "$OUT"
  if [ "$OUT" = "$DEFAULT_OUT" ]; then
    refresh_rule_fixtures
  fi
fi
