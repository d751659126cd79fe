#!/bin/sh
docker run alpine:3.20
docker run --security-opt apparmor=docker-default alpine:3.20
docker run --security-opt apparmor=my-nginx-profile nginx:1.27
