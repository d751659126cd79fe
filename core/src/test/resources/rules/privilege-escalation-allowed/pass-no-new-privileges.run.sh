#!/bin/sh
# Every accepted spelling of no-new-privileges.
docker run --security-opt no-new-privileges alpine:3.20
docker run --security-opt=no-new-privileges:true alpine:3.20
docker run --security-opt no-new-privileges=true alpine:3.20
docker run --security-opt no-new-privileges=1 alpine:3.20
podman run --security-opt no-new-privileges alpine:3.20
docker run --security-opt no-new-privileges=false --security-opt no-new-privileges alpine:3.20
