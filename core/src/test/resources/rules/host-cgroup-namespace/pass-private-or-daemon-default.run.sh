#!/bin/sh
docker run --cgroupns private alpine:3.20
# Without --cgroupns the daemon decides (private on cgroup v2): not judged.
docker run alpine:3.20
docker run --privileged alpine:3.20
