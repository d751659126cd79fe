#!/bin/sh
docker run --security-opt label=disable alpine:3.20 # expect: selinux-disabled
docker run --security-opt label:disable alpine:3.20 # expect: selinux-disabled
podman run --security-opt label=type:spc_t alpine:3.20 # expect: selinux-disabled
podman run --security-opt label=type:unconfined_t alpine:3.20 # expect: selinux-disabled
