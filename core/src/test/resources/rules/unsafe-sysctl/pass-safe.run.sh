#!/bin/sh
docker run --sysctl net.ipv4.ip_unprivileged_port_start=0 alpine:3.20
docker run --sysctl net.ipv4.ip_local_port_range="32768 60999" alpine:3.20
docker run --sysctl kernel.shm_rmid_forced=1 alpine:3.20
