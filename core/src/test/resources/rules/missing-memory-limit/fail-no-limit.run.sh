#!/bin/sh
docker run nginx:1.27 # expect: missing-memory-limit
docker run --memory 0 nginx:1.27 # expect: missing-memory-limit
podman run --memory-reservation 256m nginx:1.27 # expect: missing-memory-limit
