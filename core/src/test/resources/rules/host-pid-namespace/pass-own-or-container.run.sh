#!/bin/sh
docker run alpine:3.20
docker run --pid container:web alpine:3.20
podman run --pid private alpine:3.20
