#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Tideover authors
#
# Validates the desktop integration files in packaging/ with the freedesktop.org tools, and
# that the metainfo and the Debian changelog name the project's version.
#   check-desktop-integration.sh desktop|metainfo|mime|changelog PACKAGING_DIR [PROJECT_VERSION]
# Exit status: 0 valid, 1 invalid, 77 (CTest SKIP_RETURN_CODE) when the tool is not
# installed (desktop-file-utils, appstream, shared-mime-info).
set -euo pipefail

mode=$1
dir=$2
version=${3:-}
id=org.tideover.Tideover

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "SKIP: $1 is not installed (apt-get install $2)"
    exit 77
  fi
}
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

case $mode in
desktop)
  file=$dir/$id.desktop
  # The entries that make a double-click work, checked with or without the tool.
  grep -qx 'Exec=tideover %f' "$file" || fail "$file: Exec must be 'tideover %f' (opens a double-clicked file)"
  grep -qx "Icon=$id" "$file" || fail "$file: Icon must be $id (the installed icon's name)"
  grep -qx 'MimeType=application/x-tideover-scenario;' "$file" || fail "$file: MimeType must name the scenario type"
  grep -q 'type="application/x-tideover-scenario"' "$dir/$id.mime.xml" \
    || fail "the MIME package does not define the type the desktop entry names"
  need desktop-file-validate desktop-file-utils
  # desktop-file-validate exits 0 on hints; print them all the same.
  desktop-file-validate "$file" || fail "desktop-file-validate rejected $file"
  echo "OK: $file"
  ;;
metainfo)
  file=$dir/$id.metainfo.xml
  if [[ -n $version ]]; then
    first=$(grep -o '<release version="[^"]*"' "$file" | head -n1 | cut -d'"' -f2)
    [[ $first == "$version" ]] \
      || fail "$file: the newest <release> is '$first' but the project's version is $version; add a release entry"
  fi
  need appstreamcli appstream
  # Warnings and errors fail; --no-net: the homepage is not fetched.
  appstreamcli validate --no-net --explain "$file" || fail "appstreamcli rejected $file"
  echo "OK: $file"
  ;;
mime)
  need update-mime-database shared-mime-info
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/mime/packages"
  cp "$dir/$id.mime.xml" "$tmp/mime/packages/$id.xml"
  # The parent type application/xml comes from the freedesktop.org database when present.
  if [[ -f /usr/share/mime/packages/freedesktop.org.xml ]]; then
    cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/"
  fi
  # It reports a bad package file but still exits 0, so any output fails. With the folder
  # in the XDG search path it prints nothing else.
  XDG_DATA_HOME=$tmp XDG_DATA_DIRS=$tmp update-mime-database "$tmp/mime" >"$tmp/log" 2>&1 \
    || { cat "$tmp/log"; fail "update-mime-database failed"; }
  if [[ -s $tmp/log ]]; then
    cat "$tmp/log"
    fail "update-mime-database complained about $id.mime.xml"
  fi
  grep -q ':application/x-tideover-scenario:\*\.tideover' "$tmp/mime/globs2" \
    || fail "globs2 has no *.tideover pattern"
  grep -q 'tideover-scenario</format>' "$tmp/mime/magic" || fail "the magic file has no envelope match"
  grep -qx 'application/x-tideover-scenario application/xml' "$tmp/mime/subclasses" \
    || fail "the scenario type is not a subclass of application/xml"
  echo "OK: $dir/$id.mime.xml"
  ;;
changelog)
  # Not a tool check: the Debian changelog's newest entry must be this version's package.
  file=$dir/changelog.Debian
  first=$(sed -n '1s/^tideover (\([^)]*\)).*/\1/p' "$file")
  [[ $first == "$version-1" ]] \
    || fail "$file: the newest entry is '$first' but the package is $version-1; add an entry"
  echo "OK: $file"
  ;;
*)
  echo "usage: $0 desktop|metainfo|mime|changelog PACKAGING_DIR [PROJECT_VERSION]" >&2
  exit 2
  ;;
esac
