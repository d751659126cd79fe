#!/bin/sh
# --privileged in the spellings the docker and podman CLIs accept.
docker run --privileged alpine:3.20 # expect: privileged-container
docker run -it --privileged=true alpine:3.20 sh # expect: privileged-container
sudo docker container run --rm --privileged=1 alpine:3.20 # expect: privileged-container
podman run --privileged=True quay.io/podman/stable:v5 podman info # expect: privileged-container
docker -H tcp://10.0.0.5:2376 --tlsverify create --privileged --name dind docker:27-dind # expect: privileged-container
nerdctl run -d --privileged --name agent registry.example.com/agent:2.1 # expect: privileged-container
docker run --privileged=false --privileged alpine:3.20 # expect: privileged-container
if [ -n "$DEBUG" ]; then docker run --rm --privileged alpine:3.20; fi # expect: privileged-container
