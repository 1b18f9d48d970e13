#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Tideover authors
#
# Checks the manual pages: groff formats them without a warning, mandoc's linter (when
# installed) finds nothing of level warning or above, and tideover-cli.1 has a COMMANDS
# subsection for every command that `tideover-cli --help` lists.
#   check-manpages.sh TIDEOVER_CLI PAGE...
# Exit status: 0 good, 1 a problem, 77 (CTest SKIP_RETURN_CODE) without groff.
set -euo pipefail

cli=$1
shift
if ! command -v groff >/dev/null 2>&1; then
  echo "SKIP: groff is not installed (apt-get install groff-base)"
  exit 77
fi
status=0
for page in "$@"; do
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1) || true
  if [[ -n $warnings ]]; then
    echo "FAIL: groff warns about $page:"; echo "$warnings"; status=1
  fi
  if command -v mandoc >/dev/null 2>&1; then
    if ! mandoc -Tlint -W warning "$page"; then
      echo "FAIL: mandoc -Tlint finds problems in $page"; status=1
    fi
  fi
  # The NAME line, as man-db's index reads it.
  if command -v lexgrog >/dev/null 2>&1 && ! lexgrog "$page" >/dev/null; then
    echo "FAIL: lexgrog cannot read the NAME section of $page"; status=1
  fi
done

cli_page=
for page in "$@"; do
  [[ $(basename "$page") == tideover-cli.1 ]] && cli_page=$page
done
if [[ -n $cli_page ]]; then
  # Commands are the lines of the help indented by exactly two spaces and a lower-case word.
  commands=$("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p')
  [[ -n $commands ]] || { echo "FAIL: no commands found in '$cli --help'"; exit 1; }
  for command in $commands; do
    if ! grep -Eq "^\\.SS \"?$command( |\"|$)" "$cli_page"; then
      echo "FAIL: $cli_page has no COMMANDS subsection for '$command' (tideover-cli --help lists it)"
      status=1
    fi
  done
  echo "commands documented: $(echo $commands)"
fi
[[ $status == 0 ]] && echo "OK: $*"
exit $status
