#!/bin/sh
docker run nginx:1.27 # expect: net-raw-capability
docker run --cap-drop MKNOD nginx:1.27 # expect: net-raw-capability
podman run --cap-add NET_RAW alpine:3.20 ping -c1 10.0.0.1 # expect: net-raw-capability
docker run --cap-drop ALL --cap-add=cap_net_raw alpine:3.20 # expect: net-raw-capability
