#!/bin/sh
docker run nginx:1.27
docker run --network bridge -p 8080:80 nginx:1.27
# container:<name> joins another container's namespace, not the host's.
docker run --network container:web nginx:1.27
docker run --net none alpine:3.20
podman run --network slirp4netns:allow_host_loopback=false alpine:3.20
podman run --network bridge:ip=10.88.0.10 alpine:3.20
