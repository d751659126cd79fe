#!/bin/sh
docker run nginx:1.27 # expect: missing-cpu-limit
docker run --cpu-shares 512 nginx:1.27 # expect: missing-cpu-limit
docker run --cpus 0 nginx:1.27 # expect: missing-cpu-limit
docker run --cpu-quota -1 nginx:1.27 # expect: missing-cpu-limit
