#!/bin/sh
docker run alpine:3.20
