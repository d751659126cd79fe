#!/bin/sh
docker run --user 0 alpine:3.20 # expect: runs-as-root
docker run -u root alpine:3.20 # expect: runs-as-root
docker run -u 0:0 alpine:3.20 # expect: runs-as-root
docker run --user=root --privileged alpine:3.20 # expect: runs-as-root HIGH
docker run -u 0 --cap-add SYS_ADMIN alpine:3.20 # expect: runs-as-root HIGH
podman run --userns auto -u 0 alpine:3.20 # expect: runs-as-root LOW
docker run alpine:3.20 # expect: runs-as-root LOW
docker run --user "" alpine:3.20 # expect: runs-as-root LOW
podman run --userns keep-id alpine:3.20 # expect: runs-as-root LOW
