#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Tideover authors
"""Writes the hostile scenario files of this folder from scenarios/default.tideover.

Every file is a small variation of the bundled default that Tideover must refuse with a
clear message naming the file (tests/core/tst_hostilefiles.cpp loads each one); the files of
loads/ read but hold values out of range, which validation must report at once. Files found
by fuzzing are added by hand as fuzz-*.tideover and are not written by this script.
Large inputs (megabytes) are not kept here: the test generates them.

Usage: tests/data/hostile/make-hostile.py   (rewrites the generated files in place)
"""
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT = (HERE.parent.parent.parent / "scenarios" / "default.tideover").read_bytes()
# The keys the cases below touch; the other keys are left out (they take the spec's
# defaults) and so are the source notes, to keep each file small.
KEPT = [b"projection.start_year", b"projection.years", b"projection.initial_claimants",
        b"labour.force", b"wages.average_monthly", b"benefits.replacement_rates",
        b"benefits.duration_months", b"benefits.duration_shares", b"stochastic.seed"]


def make_base() -> bytes:
    head, rest = DEFAULT.split(b"<count>", 1)
    # The hostile files were made from a version 1 file; the later versions' files add to it.
    head = re.sub(rb"<format_version>\d+</format_version>", b"<format_version>1</format_version>", head, count=1)
    head = re.sub(rb"<description>.*?</description>", b"<description>Hostile variant of the default.</description>", head, flags=re.S)
    params = re.findall(rb"\t<parameter>.*?</parameter>\n", rest, flags=re.S)
    kept = [re.sub(rb"<source>.*?</source>", b"<source></source>", p, flags=re.S)
            for p in params if re.search(rb"<key>(.*?)</key>", p).group(1) in KEPT]
    if len(kept) != len(KEPT):
        raise SystemExit("the default scenario lacks a key this script needs")
    return head + b"<count>%d</count>\n" % len(kept) + b"".join(kept) + b"</scenario>\n</boost_serialization>\n"


BASE = make_base()
COUNT = b"<count>%d</count>" % len(KEPT)

SCENARIO_TAG = b'<scenario class_id="1" tracking_level="0" version="1">'
METADATA_TAG = b'<metadata class_id="2" tracking_level="0" version="1">'
RATES = b"<key>benefits.replacement_rates</key>\n\t\t<value>0.6</value>"
TITLE = b"<title>Reference scheme, middle-income country</title>"


ROOT = BASE.find(b"<boost_serialization")
DECOY = b'<?xml version="1.0"?>\n<x><format>tideover-scenario</format><format_version>1</format_version></x>\n'


def sub(old: bytes, new: bytes, text: bytes = BASE) -> bytes:
    if old not in text:
        raise SystemExit(f"base file lacks {old!r}")
    return text.replace(old, new, 1)


def title(new_text: bytes) -> bytes:
    return sub(TITLE, b"<title>" + new_text + b"</title>")


def rates(new_value: bytes) -> bytes:
    return sub(RATES, b"<key>benefits.replacement_rates</key>\n\t\t<value>" + new_value + b"</value>")


CASES = {
    # Boost's class bookkeeping attributes
    "class-version-max.tideover": sub(SCENARIO_TAG, b'<scenario class_id="1" tracking_level="0" version="4294967295">'),
    "class-version-newer-metadata.tideover": sub(METADATA_TAG, b'<metadata class_id="2" tracking_level="0" version="2">'),
    "class-version-overflow.tideover": sub(SCENARIO_TAG, b'<scenario class_id="1" tracking_level="0" version="99999999999999999999">'),
    "class-version-negative.tideover": sub(SCENARIO_TAG, b'<scenario class_id="1" tracking_level="0" version="-1">'),
    "class-id-overflow.tideover": sub(SCENARIO_TAG, b'<scenario class_id="99999" tracking_level="0" version="1">'),
    "class-id-negative.tideover": sub(SCENARIO_TAG, b'<scenario class_id="-7" tracking_level="0" version="1">'),
    "class-id-reference.tideover": sub(SCENARIO_TAG, b'<scenario class_id_reference="0" tracking_level="0" version="1">'),
    "tracking-on.tideover": sub(SCENARIO_TAG, b'<scenario class_id="1" tracking_level="1" version="1" object_id="_0">'),
    "tracking-on-metadata.tideover": sub(METADATA_TAG, b'<metadata class_id="2" tracking_level="1" version="1" object_id="_5">'),
    "tracking-level-bad.tideover": sub(SCENARIO_TAG, b'<scenario class_id="1" tracking_level="7" version="1">'),
    "attributes-missing.tideover": sub(SCENARIO_TAG, b"<scenario>"),
    "attributes-missing-metadata.tideover": sub(METADATA_TAG, b"<metadata>"),
    "attribute-unknown.tideover": sub(SCENARIO_TAG, b'<scenario class_id="1" tracking_level="0" version="1" colour="red">'),
    "attribute-class-name-long.tideover": sub(SCENARIO_TAG, b'<scenario class_id="1" class_name="' + b"A" * 300 + b'" tracking_level="0" version="1">'),
    "attribute-unquoted.tideover": sub(SCENARIO_TAG, b"<scenario class_id=1 tracking_level=0 version=1>"),
    "attribute-on-string.tideover": sub(TITLE, b'<title version="3">Reference</title>'),
    "attribute-on-envelope.tideover": sub(b"<envelope>", b'<envelope class_id="9" version="9">'),
    # tags
    "start-tag-misspelt.tideover": sub(TITLE, b"<titel>Reference</title>"),
    "start-tag-wrong-element.tideover": sub(b"<key>projection.start_year</key>", b"<value>projection.start_year</key>"),
    "end-tag-scenario-wrong.tideover": sub(b"</scenario>", b"</scenari0>"),
    "end-tag-envelope-wrong.tideover": sub(b"</envelope>", b"</env>"),
    "nested-tags-deep.tideover": title(b"<a>" * 5000 + b"</a>" * 5000),
    "nested-parameter.tideover": sub(b"<parameter>", b"<parameter><parameter>"),
    "empty-element-tag.tideover": sub(b"<source></source>", b"<source/>") if b"<source></source>" in BASE else sub(TITLE, b"<title/>"),
    "comment-inside.tideover": sub(TITLE, TITLE + b"<!-- a comment -->"),
    "cdata-inside.tideover": title(b"<![CDATA[x]]>"),
    "processing-instruction.tideover": sub(TITLE, TITLE + b"<?php echo 1; ?>"),
    "doctype-inside.tideover": sub(b"<envelope>", b"<!DOCTYPE x><envelope>"),
    "tag-name-long.tideover": sub(TITLE, b"<" + b"t" * 20000 + b">x</" + b"t" * 20000 + b">"),
    "extra-element-in-metadata.tideover": sub(b"</metadata>", b"<extra>1</extra></metadata>"),
    "parameter-missing-key.tideover": sub(b"<key>projection.start_year</key>", b""),
    "parameter-extra-element.tideover": sub(b"<key>projection.start_year</key>", b"<key>projection.start_year</key><unit>year</unit>"),
    "text-between-elements.tideover": sub(b"</metadata>", b"</metadata>stray text"),
    "lt-in-text.tideover": title(b"a < b"),
    "second-root.tideover": BASE.rstrip() + b"\n<boost_serialization signature=\"serialization::archive\" version=\"18\"></boost_serialization>\n",
    "closing-tag-inside-title.tideover": title(b"</boost_serialization>"),
    # entities and character references
    "charref-nul.tideover": title(b"A&#0;B"),
    "charref-hex-nul.tideover": title(b"A&#x0;B"),
    "charref-escape.tideover": title(b"&#27;[31mred&#x1b;[0m"),
    "charref-bell-in-source.tideover": sub(b"<source>", b"<source>&#7;", BASE),
    "charref-beyond-unicode.tideover": title(b"&#1114112;"),
    "charref-huge.tideover": title(b"&#99999999999999999999999;"),
    "charref-hex-huge.tideover": title(b"&#xFFFFFFFFFFFFFFFFFFFF;"),
    "charref-empty.tideover": title(b"&#;"),
    "charref-hex-empty.tideover": title(b"&#x;"),
    "entity-unknown.tideover": title(b"&nbsp;"),
    "entity-bare-ampersand.tideover": title(b"Smith & Sons"),
    "entity-unterminated.tideover": title(b"&amp"),
    "entity-declared.tideover": sub(b"<!DOCTYPE boost_serialization>", b'<!DOCTYPE boost_serialization [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>').replace(TITLE, b"<title>&b;</title>", 1),
    "control-char-raw.tideover": title(b"bell\x07here"),
    # the envelope
    # A decoy envelope before the root satisfies the quick check of the first 4096 bytes;
    # the archive's own envelope says version 9.
    "envelope-decoy-before-root.tideover": DECOY + sub(b"<format_version>1</format_version>", b"<format_version>9</format_version>")[ROOT:],
    "envelope-format-wrong-in-archive.tideover": DECOY + sub(b"<format>tideover-scenario</format>", b"<format>tideover-exercise</format>")[ROOT:],
    "envelope-version-overflow.tideover": sub(b"<format_version>1</format_version>", b"<format_version>99999999999999999999</format_version>"),
    "envelope-version-negative.tideover": sub(b"<format_version>1</format_version>", b"<format_version>-1</format_version>"),
    "envelope-version-spaced.tideover": sub(b"<format_version>1</format_version>", b"<format_version> 1 </format_version>"),
    "envelope-version-float.tideover": sub(b"<format_version>1</format_version>", b"<format_version>1.5</format_version>"),
    "envelope-missing-app-version.tideover": sub(b"\t<app_version>0.1.0</app_version>\n", b""),
    "envelope-reordered.tideover": sub(b"<format>tideover-scenario</format>\n\t<format_version>1</format_version>",
                                       b"<format_version>1</format_version>\n\t<format>tideover-scenario</format>"),
    "root-signature-missing.tideover": sub(b' signature="serialization::archive"', b""),
    "root-unclosed.tideover": BASE.replace(b"</boost_serialization>", b"", 1),
    "root-open-tag-unterminated.tideover": BASE[:BASE.find(b"<boost_serialization") + 40],
    # counts
    "count-huge.tideover": sub(COUNT, b"<count>18446744073709551615</count>"),
    "count-overflow.tideover": sub(COUNT, b"<count>99999999999999999999999</count>"),
    "count-5915.tideover": sub(COUNT, b"<count>5915</count>"),
    "count-negative.tideover": sub(COUNT, b"<count>-1</count>"),
    "count-hex.tideover": sub(COUNT, b"<count>0x33</count>"),
    "count-text.tideover": sub(COUNT, b"<count>fifty-one</count>"),
    "count-empty.tideover": sub(COUNT, b"<count></count>"),
    "count-spaced.tideover": sub(COUNT, b"<count> 9 </count>"),
    "count-too-small.tideover": sub(COUNT, b"<count>50</count>"),
    "count-too-large.tideover": sub(COUNT, b"<count>52</count>"),
    "count-zero-with-entries.tideover": sub(COUNT, b"<count>0</count>"),
    "count-missing.tideover": sub(COUNT, b""),
    # values
    "value-nan.tideover": sub(b"<value>0.6</value>", b"<value>NaN</value>"),
    "value-inf-in-list.tideover": rates(b"0.6,-inf"),
    "value-infinity-word.tideover": rates(b"infinity"),
    "value-overflow.tideover": rates(b"1e400"),
    "value-hex-float.tideover": rates(b"0x1p-1"),
    "value-list-1201.tideover": rates(b",".join([b"0.5"] * 1201)),
    "value-list-only-commas.tideover": rates(b"," * 3000),
    "value-empty-item.tideover": rates(b"0.6,,0.5"),
    "value-control-char.tideover": rates(b"0.6\x1b[2J"),
    "value-integer-overflow.tideover": sub(b"<key>benefits.duration_months</key>\n\t\t<value>", b"<key>benefits.duration_months</key>\n\t\t<value>99999999999,"),
    "value-years-huge.tideover": sub(b"<key>projection.years</key>\n\t\t<value>30</value>", b"<key>projection.years</key>\n\t\t<value>1e300</value>"),
    "value-seed-negative.tideover": sub(b"<key>stochastic.seed</key>\n\t\t<value>1</value>", b"<key>stochastic.seed</key>\n\t\t<value>-1</value>"),
    "value-seed-overflow.tideover": sub(b"<key>stochastic.seed</key>\n\t\t<value>1</value>", b"<key>stochastic.seed</key>\n\t\t<value>18446744073709551616</value>"),
    "value-enum-case.tideover": sub(b"<value>steady_state</value>", b"<value>STEADY_STATE</value>"),
    "key-unknown.tideover": sub(b"<key>labour.force</key>", b"<key>labour.force\x1b[31m</key>"),
    "key-repeated.tideover": sub(b"<key>projection.years</key>", b"<key>projection.start_year</key>"),
    "key-empty.tideover": sub(b"<key>labour.force</key>", b"<key></key>"),
    # bytes
    "nul-byte.tideover": title(b"A\x00B"),
    "empty.tideover": b"",
    "only-bom.tideover": b"\xef\xbb\xbf",
    "utf16.tideover": BASE.decode("utf-8").encode("utf-16"),
}


def value(key: bytes, text: bytes) -> bytes:
    """The base file with `key` (one of KEPT) set to `text`."""
    old = re.search(rb"<key>" + re.escape(key) + rb"</key>\n\t\t<value>.*?</value>", BASE).group(0)
    return sub(old, b"<key>" + key + b"</key>\n\t\t<value>" + text + b"</value>")


def dated(entries, version: bytes = b"2", text: bytes = BASE) -> bytes:
    """The base file in format `version` with extra <parameter> entries (key, value) at the end:
    the dated changes KEY@YEAR of format version 2."""
    extra = b"".join(b"\t<parameter>\n\t\t<key>" + k + b"</key>\n\t\t<value>" + v + b"</value>\n\t\t<source></source>\n\t</parameter>\n"
                     for k, v in entries)
    text = re.sub(rb"<format_version>\d+</format_version>", b"<format_version>" + version + b"</format_version>", text, count=1)
    text = sub(COUNT, b"<count>%d</count>" % (len(KEPT) + len(entries)), text)
    return sub(b"</scenario>", extra + b"</scenario>", text)


# Dated changes (format version 2) that the reader refuses, naming the key and the year.
DATED = {
    "dated-no-year.tideover": dated([(b"benefits.replacement_rates@", b"0.7")]),
    "dated-year-1e30.tideover": dated([(b"contributions.employer_rate@1e30", b"0.015")]),
    "dated-year-2201.tideover": dated([(b"contributions.employer_rate@2201", b"0.015")]),
    "dated-key-takes-none.tideover": dated([(b"projection.years@2030", b"10")]),
    "dated-unknown-key.tideover": dated([(b"benefits.generosity@2030", b"1")]),
    "dated-list-for-series.tideover": dated([(b"contributions.employer_rate@2030", b"0.01,0.02")]),
    "dated-twice.tideover": dated([(b"benefits.waiting_days@2030", b"3"), (b"benefits.waiting_days@ 2030", b"5")]),
    "dated-in-version-1.tideover": dated([(b"benefits.waiting_days@2030", b"3")], version=b"1"),
    "dated-value-text.tideover": dated([(b"eligibility.take_up@2030", b"most")]),
}
CASES.update(DATED)

# History entries (format version 3) that the reader refuses, naming the key.
HISTORY = {
    "history-in-version-2.tideover": dated([(b"history.benefits@2015", b"1")], version=b"2"),
    "history-unknown-column.tideover": dated([(b"history.payroll@2015", b"1")], version=b"3"),
    "history-year-2201.tideover": dated([(b"history.benefits@2201", b"1")], version=b"3"),
    "history-value-nan.tideover": dated([(b"history.reserve@2015", b"nan")], version=b"3"),
    "history-twice.tideover": dated([(b"history.reserve@2015", b"1"), (b"history.reserve@2015", b"2")], version=b"3"),
    "history-notes-too-long.tideover": dated([(b"history.notes@2015", b"n" * 4001)], version=b"3"),
    # Worker groups (format version 4).
    "group-in-version-3.tideover": dated([(b"group.own.employed_share", b"0.1")], version=b"3"),
    "group-thousand.tideover": dated([(b"group.g%d.employed_share" % i, b"0.0001") for i in range(1000)], version=b"4"),
    "group-no-name.tideover": dated([(b"group..employed_share", b"0.1")], version=b"4"),
    "group-main-key.tideover": dated([(b"group.main.take_up", b"0.5")], version=b"4"),
    "group-unknown-key.tideover": dated([(b"group.own.payroll", b"1")], version=b"4"),
    "group-title-too-long.tideover": dated([(b"group.own.title", b"t" * 201)], version=b"4"),
    "group-twice.tideover": dated([(b"group.own.take_up", b"0.5"), (b"group.own.take_up", b"0.6")], version=b"4"),
    "group-dated-enum.tideover": dated([(b"group.own.membership@2030", b"voluntary")], version=b"4"),
    "group-share-not-a-number.tideover": dated([(b"group.own.employed_share", b"a tenth")], version=b"4"),
}
CASES.update(HISTORY)


# Files that read (their syntax is right) but whose values are out of range: loads/ holds them,
# and tst_hostilefiles checks that validation reports them at once and nothing is projected.
LOADS = {
    # Found by tests/fuzz/fuzz_setparser: validate() cast the horizon to int and looped over
    # 910 million years (a hang under the fuzzer's instrumentation).
    "years-huge-negative.tideover": value(b"projection.years", b"-462946296296"),
    "years-wrapping-to-int-max.tideover": value(b"projection.years", b"-2147483649"),
    "years-int64-min.tideover": value(b"projection.years", b"-9223372036854775808"),
    "years-int64-max.tideover": value(b"projection.years", b"9223372036854775807"),
    "start-year-int64-min.tideover": value(b"projection.start_year", b"-9223372036854775808"),
    "duration-int-max.tideover": value(b"benefits.duration_months", b"2147483647"),
    "duration-int-min.tideover": value(b"benefits.duration_months", b"-2147483648"),
    "duration-1200-classes-of-int-max.tideover": value(b"benefits.duration_months", b",".join([b"2147483647"] * 1200)),
    "shares-summing-to-1e308.tideover": value(b"benefits.duration_shares", b"1e308,-1e308,1e308,-1e308"),
    "rates-1200-of-1e308.tideover": value(b"benefits.replacement_rates", b",".join([b"1e308"] * 1200)),
    # Dated changes that read but do not validate: a reform whose durations and shares
    # disagree, a value out of range, a huge duration in a later rule.
    "dated-rule-disagrees.tideover": dated([(b"benefits.duration_months@2030", b"3,6")]),
    "dated-take-up-above-1.tideover": dated([(b"eligibility.take_up@2030", b"1.5")]),
    "dated-duration-int-max.tideover": dated([(b"benefits.duration_months@2031", b"2147483647")]),
    # A history that reads but does not validate: negative persons, a rate of 1, and every
    # column of every year at -1e308.
    "history-out-of-range.tideover": dated([(b"history.insured@2015", b"-1"), (b"history.unemployment_rate@2016", b"1")],
                                           version=b"3"),
    "history-full-of-1e308.tideover": dated([(b"history.%s@%d" % (c, y), b"-1e308") for y in range(1900, 2201)
                                             for c in (b"labour_force", b"insured", b"wage_bill", b"contributions",
                                                       b"new_claims", b"beneficiaries", b"benefits", b"expenditure")],
                                            version=b"3"),
    # Groups that read but do not validate: shares above one, no size, a size of 1e308, and 20
    # groups with every series at its extreme.
    "group-shares-above-one.tideover": dated([(b"group.a.employed_share", b"0.9")], version=b"4"),
    "group-no-size.tideover": dated([(b"group.a.take_up", b"0.5")], version=b"4"),
    "group-size-1e308.tideover": dated([(b"group.a.employed_share", b"1e308"), (b"group.a.member_risk", b"-1e308")],
                                       version=b"4"),
    "group-twenty-extreme.tideover": dated([(b"group.g%d.%s" % (i, k), v) for i in range(20) for k, v in
                                            ((b"employed_share", b"0.025"), (b"relative_unemployment", b"5"),
                                             (b"member_risk", b"5"), (b"departure_rate", b"0.999999"),
                                             (b"wage_ratio", b"10"), (b"duration_months", b"61"),
                                             (b"duration_shares", b"1"), (b"replacement_rates", b"1.5"),
                                             (b"contribution_base", b"flat"), (b"flat_contribution", b"1e308"))],
                                           version=b"4"),
    "dated-1000-changes.tideover": dated([(b"reserve.transfers@%d" % y, b"1e308") for y in range(1900, 2201)] +
                                         [(b"wages.growth@%d" % y, b"-1e308") for y in range(1900, 2201)] +
                                         [(b"labour.separation_factor@%d" % y, b"5") for y in range(1900, 2201)] +
                                         [(b"benefits.replacement_rates@%d" % y, b",".join([b"1.5"] * 100)) for y in range(1900, 2000)]),
}


def main() -> None:
    for old in list(HERE.glob("*.tideover")) + list((HERE / "loads").glob("*.tideover")):
        if not old.name.startswith("fuzz-"):
            old.unlink()
    for name, data in sorted(CASES.items()):
        (HERE / name).write_bytes(data)
    (HERE / "loads").mkdir(exist_ok=True)
    for name, data in sorted(LOADS.items()):
        (HERE / "loads" / name).write_bytes(data)
    print(f"wrote {len(CASES)} files to {HERE} and {len(LOADS)} to {HERE / 'loads'}")


if __name__ == "__main__":
    main()
