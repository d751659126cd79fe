#!/bin/sh
docker run --pids-limit 200 nginx:1.27
docker run --pids-limit=100 nginx:1.27
# Podman sets a pids limit of 2048 unless told otherwise (containers.conf pids_limit).
podman run nginx:1.27
