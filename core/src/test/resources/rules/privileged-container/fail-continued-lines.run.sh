#!/usr/bin/env bash
# A command continued over several lines: the finding points at the line of the flag.
docker run -d \
  --name metrics-agent \
  --restart=always \
  --privileged \
  -v /sys:/sys:ro \
  registry.example.com/ops/metrics-agent:3.2

exec podman run --rm \
     --privileged=true \
     quay.io/buildah/stable:v1.37 buildah bud .
