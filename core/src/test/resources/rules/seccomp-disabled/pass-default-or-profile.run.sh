#!/bin/sh
docker run alpine:3.20
docker run --security-opt seccomp=/etc/docker/seccomp/strict.json alpine:3.20
docker run --security-opt seccomp=builtin alpine:3.20
