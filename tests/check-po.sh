#!/bin/sh
# Checks that po/zh_CN.po translates every string the sources mark, with no
# fuzzy or untranslated entry. Prints TAP.
set -u
top=${1:?usage: check-po.sh SOURCE_ROOT}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "1..3"

cd "$top" || exit 1
if xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ \
     --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
     --files-from=po/POTFILES.in --output="$work/renren-eval.pot" 2>"$work/xgettext.log"; then
  echo "ok 1 /po/extract"
else
  sed 's/^/# /' "$work/xgettext.log"
  echo "not ok 1 /po/extract"
fi

if msgcmp po/zh_CN.po "$work/renren-eval.pot" >"$work/msgcmp.log" 2>&1; then
  echo "ok 2 /po/zh_CN/covers-sources"
else
  sed 's/^/# /' "$work/msgcmp.log" | head -n 40
  echo "not ok 2 /po/zh_CN/covers-sources"
fi

stats=$(msgfmt --check --statistics -o /dev/null po/zh_CN.po 2>&1)
case "$stats" in
  *fuzzy*|*untranslated*|*error*|*警告*|*warning*)
    printf '%s\n' "$stats" | sed 's/^/# /'
    echo "not ok 3 /po/zh_CN/complete" ;;
  *) echo "ok 3 /po/zh_CN/complete" ;;
esac
