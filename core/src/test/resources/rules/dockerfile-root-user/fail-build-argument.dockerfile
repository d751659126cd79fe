FROM alpine:3.20
ARG UID
RUN adduser -D -u "$UID" app
USER ${UID}
