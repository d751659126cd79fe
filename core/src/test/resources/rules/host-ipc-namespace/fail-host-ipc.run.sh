#!/bin/sh
docker run --ipc host alpine:3.20 # expect: host-ipc-namespace
podman run --ipc=host alpine:3.20 # expect: host-ipc-namespace
