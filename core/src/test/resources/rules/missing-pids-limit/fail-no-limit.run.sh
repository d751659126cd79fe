#!/bin/sh
docker run nginx:1.27 # expect: missing-pids-limit
docker run --pids-limit -1 nginx:1.27 # expect: missing-pids-limit
docker run --pids-limit=0 nginx:1.27 # expect: missing-pids-limit
podman run --pids-limit -1 nginx:1.27 # expect: missing-pids-limit
