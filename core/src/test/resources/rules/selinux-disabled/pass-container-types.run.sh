#!/bin/sh
podman run alpine:3.20
podman run --security-opt label=type:container_t alpine:3.20
podman run --security-opt label=level:s0:c100,c200 alpine:3.20
podman run --security-opt label=nested alpine:3.20
docker run -v /srv/web:/usr/share/nginx/html:ro,Z nginx:1.27
