#!/bin/sh
# Capability names with or without CAP_, in any case; podman splits lists at commas.
docker run --cap-add SYS_ADMIN alpine:3.20 # expect: dangerous-capability CRITICAL
docker run --cap-add=cap_sys_module alpine:3.20 # expect: dangerous-capability CRITICAL
docker run --cap-add ALL alpine:3.20 # expect: dangerous-capability CRITICAL
docker run --cap-add NET_ADMIN --cap-add=sys_ptrace alpine:3.20 # expect: dangerous-capability HIGH
podman run --cap-add CAP_BPF,CAP_PERFMON alpine:3.20 # expect: dangerous-capability HIGH
docker run --cap-drop ALL --cap-add DAC_READ_SEARCH alpine:3.20 # expect: dangerous-capability HIGH
