#!/bin/sh
docker run alpine:3.20 # expect: capabilities-not-dropped
docker run --cap-drop NET_RAW alpine:3.20 # expect: capabilities-not-dropped
podman run --cap-drop=MKNOD alpine:3.20 # expect: capabilities-not-dropped
