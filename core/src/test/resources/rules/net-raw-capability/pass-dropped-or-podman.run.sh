#!/bin/sh
docker run --cap-drop NET_RAW nginx:1.27
docker run --cap-drop ALL nginx:1.27
# Podman's default set has no NET_RAW.
podman run nginx:1.27
