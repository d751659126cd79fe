#!/bin/sh
docker run --sysctl kernel.msgmax=65536 alpine:3.20 # expect: unsafe-sysctl LOW
docker run --sysctl net.ipv4.ip_forward=1 alpine:3.20 # expect: unsafe-sysctl LOW
podman run --sysctl=net.ipv4.tcp_syncookies=1,net.core.somaxconn=4096 alpine:3.20 # expect: unsafe-sysctl LOW
