#!/bin/sh
REGISTRY=registry.example.com:5000
docker run nginx # expect: image-tag-mutable
docker run nginx:latest # expect: image-tag-mutable
docker run "$REGISTRY/shop/api" # expect: image-tag-mutable
docker run nginx:1.27 # expect: image-tag-mutable LOW
docker run --name web -d registry.example.com:5000/web:2.3 # expect: image-tag-mutable LOW
docker run app:"$VERSION" # expect: image-tag-mutable LOW
