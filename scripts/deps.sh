#!/bin/sh
# deps.sh: installs slurmc's missing build and test dependencies (Debian or
# Ubuntu). Does nothing when everything is already there.
set -e
missing=""
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pc() { have_cmd pkg-config && pkg-config --exists "$1"; }
have_py() { have_cmd python3 && python3 -c "import $1" >/dev/null 2>&1; }

have_cmd cc || have_cmd gcc || missing="$missing gcc"
have_cmd make || missing="$missing make"
have_cmd flex || missing="$missing flex"
have_cmd bison || missing="$missing bison"
have_cmd pkg-config || missing="$missing pkg-config"
have_pc yaml-0.1 || missing="$missing libyaml-dev"
have_pc jansson || missing="$missing libjansson-dev"
have_pc cmocka || missing="$missing libcmocka-dev"
have_py yaml || missing="$missing python3-yaml"
have_py jsonschema || missing="$missing python3-jsonschema"
have_cmd unshare || missing="$missing util-linux"

[ -z "$missing" ] && exit 0
echo "slurmc: installing build dependencies:$missing" >&2
if ! have_cmd apt-get; then
	echo "slurmc: please install:$missing" >&2
	exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
