#!/usr/bin/env bash
# Deploys the shop stack on a single Docker host: database, API, a nightly backup job and
# cAdvisor for metrics. Run as: ./deploy.sh [tag]
set -euo pipefail

REGISTRY=registry.example.com/shop
TAG="${1:-}"
if [ -z "$TAG" ]; then
  TAG=$(git rev-parse --short HEAD)
fi
DATA_ROOT=/srv/shop
NETWORK=shop

docker network inspect "$NETWORK" >/dev/null 2>&1 || docker network create "$NETWORK"

echo "==> database"
docker rm -f shop-db >/dev/null 2>&1 || true
docker run -d --name shop-db \
  --network "$NETWORK" \
  --restart unless-stopped \
  -e POSTGRES_PASSWORD_FILE=/run/secrets/db-password \
  -v "$DATA_ROOT/db:/var/lib/postgresql/data" \
  -v "$DATA_ROOT/secrets/db-password:/run/secrets/db-password:ro" \
  --memory 2g --cpus 2 --pids-limit 512 \
  --security-opt no-new-privileges \
  postgres:16.4

echo "==> api"
docker rm -f shop-api >/dev/null 2>&1 || true
docker run -d --name shop-api \
  --network "$NETWORK" \
  --restart unless-stopped \
  -p 127.0.0.1:8080:8080 \
  --read-only --tmpfs /tmp \
  --cap-drop ALL \
  --security-opt no-new-privileges \
  --user 10001:10001 \
  -m 512m --cpus 1 --pids-limit 200 \
  -e DATABASE_URL="postgres://shop@shop-db/shop" \
  "$REGISTRY/api:$TAG"

echo "==> nightly backup (cron calls this script with 'backup')"
if [ "${2:-}" = "backup" ]; then
  # The backup job stops the API while it dumps the database, so it needs the Docker API.
  docker run --rm --name shop-backup \
    --network "$NETWORK" \
    --user "$(id -u):$(id -g)" \
    -v /var/run/docker.sock:/var/run/docker.sock \
    -v "$DATA_ROOT/backups:/backups" \
    "$REGISTRY/backup:latest" --stop shop-api --dump shop-db
fi

echo "==> metrics"
docker rm -f cadvisor >/dev/null 2>&1 || true
docker run -d --name cadvisor --privileged \
  --volume=/:/rootfs:ro --volume=/var/run:/var/run:ro --volume=/sys:/sys:ro \
  --volume=/var/lib/docker/:/var/lib/docker:ro --device=/dev/kmsg \
  -p 8081:8080 \
  gcr.io/cadvisor/cadvisor:v0.49.1
