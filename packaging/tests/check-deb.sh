#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Tideover authors
#
# Builds the .deb with CPack in a temporary folder and checks it: `dpkg-deb -c` lists
# exactly the expected files, the control file's Depends names the expected runtime
# packages and no development package, and the package has no maintainer scripts.
#   check-deb.sh BUILD_DIR FILE... -- DEPENDS_PATTERN...
# FILE is a path as dpkg-deb -c prints it (./usr/bin/tideover-cli); folders are not listed.
# Exit status: 0 good, 1 a problem, 77 (CTest SKIP_RETURN_CODE) without the tools CPack's
# DEB generator needs (dpkg-deb, dpkg-shlibdeps from dpkg-dev, file).
set -euo pipefail

build=$1
shift
expected=()
while [[ $# -gt 0 && $1 != -- ]]; do expected+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
depends_patterns=("$@")

for tool in dpkg-deb dpkg-shlibdeps file; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (apt-get install dpkg-dev file)"
    exit 77
  fi
done
cpack=${CPACK_COMMAND:-cpack}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  echo "FAIL: cpack -G DEB failed"
  exit 1
fi
debs=("$tmp"/tideover_*.deb)
[[ -f ${debs[0]} ]] || { cat "$tmp/cpack.log"; echo "FAIL: cpack made no tideover_*.deb"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"
status=0

# Files (not folders) in the package, against the expected list.
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sort >"$tmp/actual"
printf '%s\n' "${expected[@]}" | sort >"$tmp/expected"
if ! diff -u "$tmp/expected" "$tmp/actual" >"$tmp/diff"; then
  echo "FAIL: the package's files differ from the expected ones (- expected, + in the package):"
  tail -n +3 "$tmp/diff"
  status=1
fi

# Depends.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for pattern in "${depends_patterns[@]}"; do
  if ! grep -Eq "(^|, )$pattern" <<<"$depends"; then
    echo "FAIL: Depends names no package matching '$pattern'"
    status=1
  fi
done
if grep -Eq -- '-dev( |,|$)' <<<"$depends"; then
  echo "FAIL: Depends names a development package"
  status=1
fi
for field in Package Version Section Maintainer Homepage Description; do
  [[ -n $(dpkg-deb -f "$deb" "$field") ]] || { echo "FAIL: the control file has no $field"; status=1; }
done

# The caches (menu, MIME, icons, man) are refreshed by other packages' dpkg triggers.
scripts=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | sed 's|^\./||' \
  | grep -Ev '^(|control|md5sums|conffiles|shlibs|triggers)$' || true)
if [[ -n $scripts ]]; then
  echo "FAIL: unexpected maintainer scripts: $scripts"
  status=1
fi

[[ $status == 0 ]] && echo "OK: $(wc -l <"$tmp/actual") files, dependencies as expected"
exit $status
