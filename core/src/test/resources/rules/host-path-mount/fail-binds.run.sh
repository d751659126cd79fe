#!/bin/sh
DATA=/srv/app/data
docker run -v /srv/app/config:/config:ro app:1.0 # expect: host-path-mount
docker run --volume=./build:/out app:1.0 # expect: host-path-mount
docker run -v ~/.cache/app:/cache app:1.0 # expect: host-path-mount
docker run -v "$DATA":/data app:1.0 # expect: host-path-mount
docker run -v "$PWD":/src -w /src golang:1.22 go build ./... # expect: host-path-mount
docker run --mount type=bind,source=/srv/app/logs,target=/logs app:1.0 # expect: host-path-mount
docker run --mount "type=bind,src=/opt/plugins,dst=/plugins,readonly" app:1.0 # expect: host-path-mount
podman run -v /srv/app/uploads:/uploads:Z,U app:1.0 # expect: host-path-mount
