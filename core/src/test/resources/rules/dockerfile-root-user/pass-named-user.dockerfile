FROM node:20.11-bookworm-slim
ARG USER=node
USER ${USER}
