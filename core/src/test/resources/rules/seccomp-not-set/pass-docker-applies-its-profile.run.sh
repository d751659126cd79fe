#!/bin/sh
# Docker and Podman apply their default seccomp profile: "not set" is a Kubernetes problem only.
docker run alpine:3.20
podman run alpine:3.20
