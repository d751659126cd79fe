FROM debian:bookworm-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends sudo \
    && sudo -u nobody true
RUN ["/usr/bin/sudo", "apt-get", "install", "-y", "curl"]
RUN bash -ec 'echo start; sudo make install'
RUN DEBIAN_FRONTEND=noninteractive sudo apt-get -y upgrade

FROM debian:bookworm-slim
RUN <<EOF
set -eux
apt-get update
sudo apt-get install -y ca-certificates
EOF
RUN echo "$(sudo cat /etc/shadow | wc -l)"
ONBUILD RUN sudo make install
