#!/bin/sh
# Nothing here runs a privileged container.
docker run alpine:3.20
docker run --privileged=false alpine:3.20
docker run --privileged=0 --rm alpine:3.20
# After the image, words belong to the container's command, not to docker.
docker run alpine:3.20 --privileged
docker run --rm -- alpine:3.20 --privileged
echo "use: docker run --privileged alpine"
echo docker run --privileged alpine
# docker run --privileged alpine
cat > /tmp/example.sh <<'SCRIPT'
docker run --privileged alpine
SCRIPT
docker exec --privileged web sh
docker image inspect --format '{{.Id}}' alpine:3.20
