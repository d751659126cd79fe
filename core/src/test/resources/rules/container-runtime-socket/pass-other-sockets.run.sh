#!/bin/sh
docker run -v /var/run/postgresql:/var/run/postgresql postgres:16
docker run -v /tmp/app.sock:/tmp/app.sock app:1.0
# A named volume called docker.sock is not the host's socket.
docker run -v docker.sock:/data app:1.0
