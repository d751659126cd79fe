#!/bin/sh
docker run --user 1000:1000 alpine:3.20
docker run --user 1000 alpine:3.20
docker run alpine:3.20
