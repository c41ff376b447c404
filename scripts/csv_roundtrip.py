#!/usr/bin/env python3
"""Reads `tahaluf export --format csv` back with Python's csv module and compares it, field by
field, with the JSON data files it was exported from.

    csv_roundtrip.py DIR DATA          # DIR from `export --format csv --output DIR`
    csv_roundtrip.py --long FILE DATA  # FILE from `export --format csv > FILE` (one long table)

Also checks the RFC 4180 framing of every file: each record ends with CRLF (no bare LF outside a
quoted field, no `\\r\\n\\n` at the end). Prints what it compared; exit status 1 with every
difference listed when anything differs. Used by Tests/EndToEndTests/CSVExportTests.swift.
"""
import csv
import io
import json
import os
import sys

TABLES = ["sources", "events", "members", "roles", "groups", "resolutions", "figures", "observations",
          "citations", "notes"]


def framing_problems(name, raw):
    """RFC 4180 line ends: CRLF after every record, LF never alone outside quotes."""
    problems = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.endswith(b"\r\n") or raw.endswith(b"\r\n\n") or raw.endswith(b"\n\r\n"):
        problems.append(f"{name}: does not end with exactly one CRLF")
    quoted = False
    for i, byte in enumerate(raw):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x0A and not quoted and (i == 0 or raw[i - 1] != 0x0D):
            problems.append(f"{name}: bare LF at byte {i}")
            break
    return problems


def parse(raw):
    text = raw.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_tables(path, long_form):
    problems = []
    tables = {}
    if long_form:
        raw = open(path, "rb").read()
        problems += framing_problems(os.path.basename(path), raw)
        for table in TABLES:
            tables[table] = []
        for row in parse(raw):
            tables.setdefault(row.pop("table"), []).append(row)
    else:
        for table in TABLES:
            raw = open(os.path.join(path, table + ".csv"), "rb").read()
            problems += framing_problems(table + ".csv", raw)
            tables[table] = parse(raw)
    return tables, problems


def loc(row, prefix):
    ar, en = row[prefix + "_ar"], row[prefix + "_en"]
    return None if ar == "" and en == "" else {"ar": ar, "en": en}


def opt(value):
    return None if value == "" else value


def ids(value):
    return [] if value == "" else value.split(";")


def number(value):
    return float(value)


def rebuild(t):
    """The JSON records, rebuilt from the CSV rows alone."""
    cites, notes, roles, resolutions, observations = {}, {}, {}, {}, {}
    for r in t["citations"]:
        key = (r["record_table"], r["record_id"], r["role"])
        cites.setdefault(key, []).append({"source": r["source"], "quote": opt(r["quote"])})
    for r in t["notes"]:
        notes.setdefault((r["record_table"], r["record_id"]), []).append({"ar": r["ar"], "en": r["en"]})
    for r in t["roles"]:
        amount = None if r["amount_value"] == "" else {"value": number(r["amount_value"]), "unit": r["amount_unit"]}
        roles.setdefault(r["member"], []).append({
            "kind": r["kind"], "text": loc(r, "text"), "amount": amount,
            "sources": cites.get(("members", r["member"], r["role"]), [])})
    for r in t["resolutions"]:
        resolutions.setdefault(r["group"], []).append(r["resolution"])
    for r in t["observations"]:
        observations.setdefault(r["figure"], []).append({
            "value": number(r["value"]), "qualifier": r["qualifier"], "unit": r["unit"], "asOf": opt(r["as_of"]),
            "counts": loc(r, "counts"), "source": {"source": r["source"], "quote": opt(r["quote"])}})
    out = {
        "sources": [{
            "id": r["id"], "kind": r["kind"], "file": opt(r["file"]), "outlet": loc(r, "outlet"),
            "title": loc(r, "title"), "author": loc(r, "author"), "published": opt(r["published"]),
            "dateNote": loc(r, "date_note"), "url": opt(r["url"]), "accessed": opt(r["accessed"])}
            for r in t["sources"]],
        "events": [{
            "id": r["id"], "date": r["date"], "inferred": loc(r, "inferred"), "category": r["category"],
            "title": loc(r, "title"), "summary": loc(r, "summary"), "place": loc(r, "place"),
            "members": ids(r["members"]), "locations": ids(r["locations"]), "groups": ids(r["groups"]),
            "figures": ids(r["figures"]), "sources": cites.get(("events", r["id"], ""), []),
            "notes": notes.get(("events", r["id"]), [])} for r in t["events"]],
        "members": [{
            "code": r["code"], "kind": r["kind"], "name": loc(r, "name"), "region": r["region"],
            "joined": opt(r["joined"]), "tile": {"x": number(r["tile_x"]), "y": number(r["tile_y"])},
            "theatre": {"true": True, "false": False}[r["theatre"]], "roles": roles.get(r["code"], []),
            "sources": cites.get(("members", r["code"], ""), []), "notes": notes.get(("members", r["code"]), [])}
            for r in t["members"]],
        "groups": [{
            "id": r["id"], "kind": r["kind"], "name": loc(r, "name"), "short": loc(r, "short"),
            "coChairs": ids(r["co_chairs"]), "members": ids(r["members"]), "mandate": loc(r, "mandate"),
            "resolutions": resolutions.get(r["id"], []), "figures": ids(r["figures"]), "founded": opt(r["founded"]),
            "sources": cites.get(("groups", r["id"], ""), []), "notes": notes.get(("groups", r["id"]), [])}
            for r in t["groups"]],
        "figures": [{
            "id": r["id"], "theme": r["theme"], "title": loc(r, "title"),
            "observations": observations.get(r["id"], []),
            "disagreement": None if r["disagreement_kind"] == "" else {
                "kind": r["disagreement_kind"], "reason": loc(r, "disagreement")},
            "members": ids(r["members"]), "notes": notes.get(("figures", r["id"]), [])} for r in t["figures"]],
    }
    return out


# What the loader assumes for a key a data file leaves out (Docs/DATA.md: lists read as empty,
# optionals as null; a source's kind from its file).
LIST_KEYS = {"members", "locations", "groups", "figures", "notes", "roles", "coChairs", "resolutions"}


def normalised(value, key=None):
    if isinstance(value, dict):
        return {k: normalised(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return value


def compare(kind, expected, actual, key, differences):
    fields = 0
    exp = {r[key]: r for r in expected}
    act = {r[key]: r for r in actual}
    for missing in sorted(set(exp) - set(act)):
        differences.append(f"{kind} {missing}: missing from the CSV")
    for extra in sorted(set(act) - set(exp)):
        differences.append(f"{kind} {extra}: in the CSV only")
    for rid in sorted(set(exp) & set(act)):
        e, a = exp[rid], act[rid]
        for field in sorted(set(e) | set(a)):
            fields += 1
            ev = e.get(field, [] if field in LIST_KEYS else None)
            if kind == "sources" and field == "kind" and ev is None:
                ev = "reference" if e.get("file") is None else "seed"
            if normalised(ev) != normalised(a.get(field)):
                differences.append(f"{kind} {rid}.{field}: JSON {ev!r} but CSV {a.get(field)!r}")
    return fields


def main(argv):
    long_form = argv[1:2] == ["--long"]
    args = argv[2:] if long_form else argv[1:]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    tables, differences = read_tables(args[0], long_form)
    rebuilt = rebuild(tables)
    fields = records = 0
    for kind, key in [("sources", "id"), ("events", "id"), ("members", "code"), ("groups", "id"),
                      ("figures", "id")]:
        expected = json.load(open(os.path.join(args[1], kind + ".json"), encoding="utf-8"))
        records += len(expected)
        fields += compare(kind, expected, rebuilt[kind], key, differences)
    for d in differences:
        print(d)
    print(f"{records} records, {fields} fields compared, {len(differences)} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
