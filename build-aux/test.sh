#!/usr/bin/env bash
# Installs what the tests need on Debian 12, builds with warnings as errors,
# starts Xvfb, runs every test (and the non-interface ones again under
# AddressSanitizer and UndefinedBehaviorSanitizer), and ends with one line:
# "N passed, N failed".
set -uo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. build-aux/setup-debian.sh

rr_install_packages "${RR_BUILD_PACKAGES[@]}" "${RR_TEST_PACKAGES[@]}" || {
  echo "0 passed, 1 failed"
  exit 1
}
rr_ensure_locale || echo "warning: no zh_CN.UTF-8 locale; the Chinese interface test will be skipped"

logs=()
build_failed=0

# Configures and builds into $1 with the meson options that follow.
build () {
  local dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" --werror "$@" || return 1
  fi
  meson compile -C "$dir"
}

# Starts Xvfb on the first free display and exports DISPLAY.
start_xvfb () {
  local display
  for display in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] && continue
    Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
      [ -e "/tmp/.X11-unix/X$display" ] && { export DISPLAY=":$display"; return 0; }
      sleep 0.1
    done
    kill "$xvfb_pid" 2>/dev/null
  done
  echo "error: could not start Xvfb" >&2
  return 1
}

xvfb_pid=
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null' EXIT

rm -f build-test/meson-logs/testlog.json build-asan/meson-logs/testlog.json

if build build-test -Dbuildtype=debug; then
  if start_xvfb; then
    # The interface tests run in Chinese, as evaluators see the app.
    LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN GDK_BACKEND=x11 GSK_RENDERER=cairo \
      meson test -C build-test --print-errorlogs --no-rebuild
  else
    meson test -C build-test --print-errorlogs --no-rebuild --suite unit
  fi
  logs+=(build-test/meson-logs/testlog.json)
else
  build_failed=$((build_failed + 1))
fi

if build build-asan -Dbuildtype=debug -Db_sanitize=address,undefined -Db_lundef=false; then
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    meson test -C build-asan --print-errorlogs --no-rebuild --suite unit
  logs+=(build-asan/meson-logs/testlog.json)
else
  build_failed=$((build_failed + 1))
fi

if [ "$build_failed" -gt 0 ]; then
  /usr/bin/python3 build-aux/count-tests.py "${logs[@]}" >/dev/null
  echo "build failed in $build_failed configuration(s)"
  echo "0 passed, $build_failed failed"
  exit 1
fi

/usr/bin/python3 build-aux/count-tests.py "${logs[@]}"
