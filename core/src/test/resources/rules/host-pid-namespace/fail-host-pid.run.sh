#!/bin/sh
docker run --pid host alpine:3.20 # expect: host-pid-namespace
docker run --pid=host alpine:3.20 # expect: host-pid-namespace
podman run --pid ns:/proc/1/ns/pid alpine:3.20 # expect: host-pid-namespace
