# syntax=docker/dockerfile:1
FROM node:20.11-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
