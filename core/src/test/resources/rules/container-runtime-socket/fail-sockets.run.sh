#!/bin/sh
docker run -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer-ce:2.21 # expect: container-runtime-socket
docker run -v /var/run/docker.sock:/var/run/docker.sock:ro containrrr/watchtower:1.7 # expect: container-runtime-socket
docker run --mount type=bind,source=/run/containerd/containerd.sock,target=/run/containerd.sock agent:1.0 # expect: container-runtime-socket
podman run -v /run/podman/podman.sock:/run/podman/podman.sock agent:1.0 # expect: container-runtime-socket
docker run -v /var/run:/host/run agent:1.0 # expect: container-runtime-socket
docker run -v /var/run/docker.sock.raw:/var/run/docker.sock agent:1.0 # expect: container-runtime-socket
docker run --use-api-socket docker:27-cli docker ps # expect: container-runtime-socket
