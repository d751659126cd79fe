#!/bin/sh
docker run --cap-add NET_BIND_SERVICE nginx:1.27
docker run --cap-drop SYS_ADMIN alpine:3.20
docker run --cap-drop ALL --cap-add CHOWN --cap-add SETUID --cap-add SETGID alpine:3.20
# A docker list value is one name: docker refuses "SYS_ADMIN,NET_ADMIN"; only podman splits it.
docker run alpine:3.20 --cap-add SYS_ADMIN
