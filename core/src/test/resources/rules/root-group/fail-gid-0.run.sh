#!/bin/sh
docker run --user 1000:0 alpine:3.20 # expect: root-group
docker run -u app:root alpine:3.20 # expect: root-group
