#!/bin/sh
docker run --read-only --tmpfs /tmp nginx:1.27
docker run --read-only=true nginx:1.27
podman run --read-only --read-only-tmpfs nginx:1.27
