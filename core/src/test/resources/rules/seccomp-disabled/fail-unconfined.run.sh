#!/bin/sh
docker run --security-opt seccomp=unconfined alpine:3.20 # expect: seccomp-disabled
docker run --security-opt seccomp:unconfined alpine:3.20 # expect: seccomp-disabled
podman run --security-opt=seccomp=unconfined alpine:3.20 # expect: seccomp-disabled
