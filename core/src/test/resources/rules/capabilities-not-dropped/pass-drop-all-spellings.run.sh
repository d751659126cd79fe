#!/bin/sh
docker run --cap-drop ALL alpine:3.20
docker run --cap-drop=all --cap-add NET_BIND_SERVICE nginx:1.27
podman run --cap-drop CAP_ALL alpine:3.20
podman run --cap-drop=chown,all alpine:3.20
docker run --cap-drop=Cap_All alpine:3.20
