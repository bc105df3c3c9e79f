#!/bin/sh
# Builds a shared-mime-info database with the project's MIME type file and
# checks how GIO classifies three SQLite files. A project file is recognised
# by its .renren extension and, when renamed, by the application_id
# 0x52524556 in its header. Other SQLite databases keep their usual type.
# Prints TAP.
set -u
mime_file=${1:?usage: check-mime.sh MIME_XML}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "1..4"

mkdir -p "$work/share/mime/packages" "$work/files"
cp /usr/share/mime/packages/freedesktop.org.xml "$mime_file" "$work/share/mime/packages/"
if update-mime-database "$work/share/mime" >"$work/update.log" 2>&1; then
  echo "ok 1 /mime/database"
else
  sed 's/^/# /' "$work/update.log"
  echo "not ok 1 /mime/database"
fi

# Writes an SQLite database whose header carries application_id $2.
write_database () {
  /usr/bin/python3 - "$1" "$2" <<'PYTHON'
import sqlite3
import sys

database = sqlite3.connect(sys.argv[1])
database.execute(f'PRAGMA application_id = {int(sys.argv[2], 0)}')
database.execute('CREATE TABLE project (id INTEGER PRIMARY KEY)')
database.commit()
database.close()
PYTHON
}

write_database "$work/files/project.renren" 0x52524556
write_database "$work/files/renamed-project" 0x52524556
write_database "$work/files/other-database" 0

# Prints the content type that GIO guesses for file $1.
content_type () {
  XDG_DATA_DIRS="$work/share" XDG_DATA_HOME="$work/no-user-data" \
    gio info --attributes=standard::content-type "$1" |
    sed -n 's/^ *standard::content-type: //p'
}

# Compares the content type of file $2 with $3 as TAP case $1.
expect_type () {
  actual=$(content_type "$work/files/$2")
  if [ "$actual" = "$3" ]; then
    echo "ok $1 /mime/$2"
  else
    echo "# $2: expected $3, got ${actual:-nothing}"
    echo "not ok $1 /mime/$2"
  fi
}

expect_type 2 project.renren application/x-renren-project
expect_type 3 renamed-project application/x-renren-project
expect_type 4 other-database application/vnd.sqlite3
