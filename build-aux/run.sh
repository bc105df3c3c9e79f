#!/usr/bin/env bash
# Installs what the app needs on Debian 12, builds it and opens it in
# Chinese. Arguments are passed to renren-eval.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. build-aux/setup-debian.sh

rr_install_packages "${RR_BUILD_PACKAGES[@]}"
rr_ensure_locale

if [ ! -f build/build.ninja ]; then
  meson setup build
fi
meson compile -C build

export LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN
if [ "$#" -eq 0 ]; then
  # With no arguments the app opens on the demo project built from data/demo.
  set -- "$top/build/data/demo/demo.renren"
fi
exec meson devenv -C build ./src/renren-eval "$@"
