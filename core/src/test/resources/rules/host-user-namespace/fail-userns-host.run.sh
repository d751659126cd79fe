#!/bin/sh
docker run --userns host alpine:3.20 # expect: host-user-namespace
podman run --userns=host alpine:3.20 # expect: host-user-namespace
