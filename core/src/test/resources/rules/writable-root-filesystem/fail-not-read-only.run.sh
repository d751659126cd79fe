#!/bin/sh
docker run nginx:1.27 # expect: writable-root-filesystem
docker run --read-only=false nginx:1.27 # expect: writable-root-filesystem
podman run --read-only --read-only=false nginx:1.27 # expect: writable-root-filesystem
