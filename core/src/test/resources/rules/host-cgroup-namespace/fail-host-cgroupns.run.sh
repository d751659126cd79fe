#!/bin/sh
docker run --cgroupns host alpine:3.20 # expect: host-cgroup-namespace
podman run --cgroupns=host alpine:3.20 # expect: host-cgroup-namespace
