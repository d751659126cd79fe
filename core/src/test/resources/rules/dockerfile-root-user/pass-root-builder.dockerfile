# A builder stage may run as root: only the final stage's USER reaches the image.
FROM node:20.11-bookworm AS build
USER root
RUN npm ci && npm run build

FROM node:20.11-bookworm-slim
COPY --from=build /src/dist /app
USER 10001:10001
CMD ["node", "/app/server.js"]
