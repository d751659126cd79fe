#!/bin/sh
docker run --device /dev/sda alpine:3.20 # expect: host-devices
docker run --device=/dev/ttyUSB0:/dev/ttyUSB0:rw alpine:3.20 # expect: host-devices
docker run --device /dev/fuse --device /dev/net/tun alpine:3.20 # expect: host-devices
docker run --gpus all nvidia/cuda:12.4.1-base-ubuntu22.04 nvidia-smi # expect: host-devices
docker run --device nvidia.com/gpu=all nvidia/cuda:12.4.1-base-ubuntu22.04 # expect: host-devices
podman run --device /dev/kvm,/dev/vhost-net alpine:3.20 # expect: host-devices
docker run -v /dev/mem:/dev/mem alpine:3.20 # expect: host-devices
