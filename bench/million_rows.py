#!/usr/bin/env python3
"""Writes a journal export of about a million entry rows (~140 MB) for the import memory
benchmark: the synthetic ten years' entries, repeated with new ids and moments a second
apart, history (replaced_by) kept within each copy.
   million_rows.py SOURCE.csv OUT.csv [ROWS]"""
import csv, datetime, io, sys

source, out_path = sys.argv[1], sys.argv[2]
target = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
rows = list(csv.reader(open(source, encoding="utf-8", newline="")))
header, idx = rows[0], {c: i for i, c in enumerate(rows[0])}
entries = [r for r in rows[1:] if r[idx["record"]] == "entry"]
with open(out_path, "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for r in rows[1:]:
        if r[idx["record"]] != "entry":
            w.writerow(r)
    n = copy = 0
    while n < target:
        shift = datetime.timedelta(seconds=copy + 1)
        for r in entries:
            if n >= target:
                break
            r2 = list(r)
            r2[idx["id"]] = str(int(r[idx["id"]]) + copy * 10_000_000)
            if r2[idx["replaced_by"]]:
                r2[idx["replaced_by"]] = str(int(r[idx["replaced_by"]]) + copy * 10_000_000)
            for col in ("at_utc", "created_utc", "deleted_utc"):
                if r2[idx[col]]:
                    t = datetime.datetime.strptime(r2[idx[col]], "%Y-%m-%dT%H:%M:%SZ") - shift
                    r2[idx[col]] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            w.writerow(r2)
            n += 1
        copy += 1
