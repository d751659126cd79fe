FROM alpine:3.20
# A heredoc body is a script or a file, not instructions: these lines are not USER root or FROM.
RUN <<EOF
USER root
FROM scratch
EOF
COPY <<-EOT /etc/motd
	USER root
	EOT
USER 10001
