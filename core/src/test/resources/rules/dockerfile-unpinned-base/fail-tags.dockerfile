FROM ubuntu:latest AS tools
FROM node AS assets
FROM python:3.12-slim AS app
FROM registry.example.com:5000/base/runtime AS runtime
# an earlier stage and scratch are not images to pin
FROM tools AS more-tools
FROM scratch AS empty
FROM gcr.io/distroless/base-debian12@sha256:4d8f2e3a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e
COPY --from=app /app /app
