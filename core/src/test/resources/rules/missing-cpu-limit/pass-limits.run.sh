#!/bin/sh
docker run --cpus 1.5 nginx:1.27
docker run --cpus=.5 nginx:1.27
docker run --cpu-quota 50000 nginx:1.27
docker run --cpu-period 100000 --cpu-quota=25000 nginx:1.27
