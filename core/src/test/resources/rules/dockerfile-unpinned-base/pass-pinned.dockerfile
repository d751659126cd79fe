ARG GO_IMAGE=golang:1.22.5-bookworm@sha256:4d8f2e3a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e
FROM --platform=$BUILDPLATFORM ${GO_IMAGE} AS Build
RUN go build -o /out/app .

FROM build AS test
RUN go test ./...

FROM scratch
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
