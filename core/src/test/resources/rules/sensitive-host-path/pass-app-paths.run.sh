#!/bin/sh
docker run -v /srv/app/config:/config:ro app:1.0
docker run -v /opt/app:/opt/app app:1.0
docker run -v etc:/etc/app app:1.0
