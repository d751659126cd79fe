#!/bin/sh
docker run --security-opt apparmor=unconfined alpine:3.20 # expect: apparmor-disabled
docker run --security-opt apparmor:unconfined alpine:3.20 # expect: apparmor-disabled
podman run --security-opt apparmor=unconfined alpine:3.20 # expect: apparmor-disabled
