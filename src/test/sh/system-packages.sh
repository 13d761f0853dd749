#!/bin/sh
# Makes sure the system packages the browser tests need are there: as root, installs the missing
# ones; as anyone else, fails at once with the one command to run.
set -eu

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/chromedriver ] || missing="$missing chromium-driver"
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing="$missing nginx"

[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "The browser tests need system packages: as root, run apt-get install -y$missing" >&2
    exit 1
fi

echo "Installing$missing for the browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $missing >/dev/null
