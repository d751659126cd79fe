#!/bin/sh
# Publishing a port is how Docker exposes a service; it is not a Kubernetes hostPort.
docker run -p 8080:80 nginx:1.27
docker run -p 127.0.0.1:8443:443/tcp --publish 53:53/udp nginx:1.27
podman run -p 80:8080 nginx:1.27
