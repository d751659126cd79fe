#!/bin/sh
docker run -m 512m nginx:1.27
docker run --memory=1g nginx:1.27
docker run -m512M nginx:1.27
podman run --memory 2GiB nginx:1.27
