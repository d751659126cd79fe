#!/bin/sh
docker run alpine:3.20
docker run --ipc shareable alpine:3.20
docker run --ipc container:db alpine:3.20
