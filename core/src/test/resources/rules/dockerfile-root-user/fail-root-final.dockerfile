FROM golang:1.22 AS build
RUN useradd --uid 10001 builder
USER builder
RUN go build -o /out/app ./cmd/app

FROM debian:bookworm-slim
COPY --from=build /out/app /usr/local/bin/app
USER 10001
RUN apt-get update
# switched back for the step above, and forgotten
USER root
ENTRYPOINT ["app"]
