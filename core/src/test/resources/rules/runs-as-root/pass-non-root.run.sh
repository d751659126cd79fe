#!/bin/sh
docker run --user 10001 alpine:3.20
docker run -u 1000:1000 alpine:3.20
docker run -u nobody alpine:3.20
docker run -u1000 alpine:3.20
podman run --userns keep-id:uid=1000 alpine:3.20
