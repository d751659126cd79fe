FROM debian:bookworm-slim
# sudo as a package, a group, a file, a word: none of these call it
RUN apt-get update && apt-get install -y sudo
RUN useradd -m app && usermod -aG sudo app && echo "sudo" | grep -c sudo
RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app
COPY <<EOF /usr/local/bin/admin
#!/bin/sh
sudo "$@"
EOF
RUN cat <<EOF > /etc/motd
run sudo at your own risk
EOF
RUN python3 <<EOF
print("sudo")
EOF
RUN <<EOF
#!/usr/bin/env python3
print("sudo")
EOF
RUN <<EOF
cat > /tmp/script <<EOT
sudo is text here
EOT
EOF
USER 10001
