#!/bin/sh
docker run --uts host alpine:3.20 # expect: host-uts-namespace
podman run --uts=host alpine:3.20 # expect: host-uts-namespace
