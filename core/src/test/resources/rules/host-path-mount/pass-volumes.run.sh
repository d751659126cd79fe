#!/bin/sh
docker run -v appdata:/var/lib/app app:1.0
docker run -v /var/lib/app app:1.0
docker run --mount source=appdata,target=/var/lib/app app:1.0
docker run --mount type=volume,target=/cache app:1.0
docker run --mount type=tmpfs,destination=/tmp,tmpfs-size=64m --tmpfs /run:rw,size=16m app:1.0
