#!/bin/sh
# Runs `meson install` from the build folder into a temporary DESTDIR and
# checks that every file a desktop installation needs is in place. Prints
# TAP.
set -u
if [ $# -ne 6 ]; then
  echo "usage: check-install.sh BUILD_ROOT BINDIR DATADIR LOCALEDIR APP_ID PACKAGE" >&2
  exit 2
fi
build_root=$1
bindir=$2
datadir=$3
localedir=$4
app_id=$5
package=$6

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
destdir=$work/root

expected="
$bindir/$package
$datadir/applications/$app_id.desktop
$datadir/metainfo/$app_id.metainfo.xml
$datadir/icons/hicolor/scalable/apps/$app_id.svg
$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg
$datadir/glib-2.0/schemas/$app_id.gschema.xml
$datadir/mime/packages/$app_id.xml
$localedir/zh_CN/LC_MESSAGES/$package.mo
$datadir/$package/catalog/renren-shequ-2026-baopi.json
$datadir/$package/scoring/district-default-2026-1.json
$datadir/$package/demo/demo.renren
$datadir/help/zh_CN/$package/index.html
"

echo "1..$(($(echo "$expected" | grep -c .) + 2))"

# --no-rebuild: the tests run after the build, and a second ninja run in
# the same folder would race with the other tests.
if meson install -C "$build_root" --destdir "$destdir" --no-rebuild --quiet >"$work/install.log" 2>&1; then
  echo "ok 1 /install/meson-install"
else
  sed 's/^/# /' "$work/install.log"
  echo "not ok 1 /install/meson-install"
fi

case_number=1
for path in $expected; do
  case_number=$((case_number + 1))
  if [ -s "$destdir$path" ]; then
    echo "ok $case_number /install$path"
  else
    echo "# missing or empty: $destdir$path"
    echo "not ok $case_number /install$path"
  fi
done

case_number=$((case_number + 1))
version=$("$destdir$bindir/$package" --version 2>&1)
case "$version" in
  "$package "[0-9]*) echo "ok $case_number /install/binary-runs" ;;
  *)
    echo "# $destdir$bindir/$package --version printed: $version"
    echo "not ok $case_number /install/binary-runs" ;;
esac
