#!/bin/sh
docker run --network host nginx:1.27 # expect: host-network-namespace
docker run --net=host nginx:1.27 # expect: host-network-namespace
docker run --network frontend --network host nginx:1.27 # expect: host-network-namespace
docker run --network name=host nginx:1.27 # expect: host-network-namespace
podman run --net host nginx:1.27 # expect: host-network-namespace
