#!/bin/sh
docker run -v /etc:/host-etc:ro alpine:3.20 # expect: sensitive-host-path
docker run -v /etc/:/host-etc alpine:3.20 # expect: sensitive-host-path CRITICAL
docker run -v /:/host alpine:3.20 # expect: sensitive-host-path CRITICAL
docker run -v //var/log/./:/logs alpine:3.20 # expect: sensitive-host-path
docker run --mount type=bind,source=/var/lib/kubelet,target=/kubelet,readonly alpine:3.20 # expect: sensitive-host-path
podman run -v /proc:/host/proc:ro alpine:3.20 # expect: sensitive-host-path
podman run -v /var/lib/containers/storage:/storage:ro alpine:3.20 # expect: sensitive-host-path
