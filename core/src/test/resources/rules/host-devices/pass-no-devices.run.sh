#!/bin/sh
docker run alpine:3.20
docker run -v /dev/null:/var/log/app.log alpine:3.20
