#!/bin/sh
podman run --userns auto alpine:3.20
podman run --userns=keep-id:uid=1000,gid=1000 alpine:3.20
podman run --uidmap 0:100000:65536 alpine:3.20
# Without --userns the daemon decides (userns-remap, rootless): not judged.
docker run alpine:3.20
