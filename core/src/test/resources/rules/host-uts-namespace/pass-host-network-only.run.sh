#!/bin/sh
# Unlike a Kubernetes pod, a Docker container on the host network keeps its own UTS namespace.
docker run --network host alpine:3.20
docker run alpine:3.20
