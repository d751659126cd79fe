#!/bin/sh
docker run --rm alpine:3.20 # expect: privilege-escalation-allowed
docker run --security-opt no-new-privileges=false alpine:3.20 # expect: privilege-escalation-allowed
podman run --security-opt=no-new-privileges=0 alpine:3.20 # expect: privilege-escalation-allowed
docker run --security-opt seccomp=unconfined alpine:3.20 # expect: privilege-escalation-allowed
