#!/bin/sh
docker run --security-opt systempaths=unconfined alpine:3.20 # expect: proc-mount-unmasked
podman run --security-opt unmask=ALL alpine:3.20 # expect: proc-mount-unmasked
podman run --security-opt unmask=/proc/kcore:/proc/keys alpine:3.20 # expect: proc-mount-unmasked
podman run --userns auto --security-opt unmask=ALL alpine:3.20 # expect: proc-mount-unmasked MEDIUM
