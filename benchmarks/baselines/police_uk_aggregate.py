#!/usr/bin/env python3
"""Count data.police.uk street-level crimes per (area, crime type, month) with Python's csv module.

The baseline of the import benchmark (issue 5): the aggregation an analyst would write in plain Python
(standard library only), counting the same rows as `priorities import police-uk`:

* every `*.csv` / `*.csv.gz` under the given folders (recursively, sorted by path) or the files named, each file
  once; in folders, the other files of a data.police.uk download (`*-outcomes.csv`, `*-stop-and-search.csv`) are
  left out with a note on stderr, as the CLI does;
* the area of a row is its LSOA name without the trailing code (`Newcastle upon Tyne 012B` ->
  `Newcastle upon Tyne`), matched ignoring case against the requested areas (default: Northumbria's six);
* rows without an LSOA, outside the areas or with an unknown crime type are skipped, by reason;
* a non-empty crime id that repeats one already counted in the same month is a duplicate: the first counts.

Prints rows read, rows counted, skipped rows by reason and a SHA-256 checksum over the sorted counts;
`--counts FILE` also writes every count as tab-separated `area, category, month, count`.

    python3 benchmarks/baselines/police_uk_aggregate.py ../shared/data/police-uk-northumbria
"""

import argparse
import csv
import gzip
import hashlib
import sys
from collections import Counter
from pathlib import Path

NORTHUMBRIA = ["Newcastle upon Tyne", "Sunderland", "Northumberland", "Gateshead", "North Tyneside", "South Tyneside"]

# data.police.uk crime type -> category id (the API slug).
CATEGORIES = {
    "Anti-social behaviour": "anti-social-behaviour",
    "Bicycle theft": "bicycle-theft",
    "Burglary": "burglary",
    "Criminal damage and arson": "criminal-damage-arson",
    "Drugs": "drugs",
    "Other theft": "other-theft",
    "Possession of weapons": "possession-of-weapons",
    "Public order": "public-order",
    "Robbery": "robbery",
    "Shoplifting": "shoplifting",
    "Theft from the person": "theft-from-the-person",
    "Vehicle crime": "vehicle-crime",
    "Violence and sexual offences": "violent-crime",
    "Other crime": "other-crime",
}


OTHER_POLICE_UK_KINDS = ("-outcomes", "-stop-and-search")


def is_other_police_uk_file(path):
    """An outcomes or stop-and-search file of a data.police.uk download, not street-level crime."""
    name = path.name.lower()
    return name[: name.rindex(".csv")].endswith(OTHER_POLICE_UK_KINDS)


def input_files(inputs):
    files = []
    warned = set()
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = sorted((p for p in path.rglob("*") if p.name.lower().endswith((".csv", ".csv.gz"))), key=str)
            others = [p for p in found if is_other_police_uk_file(p) and p.resolve() not in warned]
            warned.update(p.resolve() for p in others)
            if others:
                noun = "file" if len(others) == 1 else "files"
                print(f"{name}: left out {len(others)} {noun} of outcomes or stop and search", file=sys.stderr)
            files.extend(p for p in found if not is_other_police_uk_file(p))
        elif path.is_file():
            files.append(path)
        else:
            sys.exit(f"{name}: no such file or folder")
    unique = {}
    for path in files:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def open_csv(path):
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return open(path, encoding="utf-8-sig", newline="")


def area_of(lsoa_name):
    """The LSOA name without its code (three digits and a capital letter); a name without one, whole."""
    name = lsoa_name.strip()
    head, _, code = name.rpartition(" ")
    if head and len(code) == 4 and code[:3].isascii() and code[:3].isdigit() and "A" <= code[3] <= "Z":
        return head.rstrip()
    return name


def columns(header, path):
    keys = [h.strip().replace(" ", "_").upper() for h in header]
    wanted = ["CRIME_ID", "MONTH", "LSOA_NAME", "CRIME_TYPE"]
    missing = [w for w in wanted if w not in keys]
    if missing:
        sys.exit(f"{path}: not a data.police.uk street-level CSV (no {', '.join(missing)} column)")
    snake_case = any("_" in h for h in header)
    return [keys.index(w) for w in wanted], snake_case


def aggregate(files, areas):
    wanted = {a.strip().lower(): a.strip() for a in areas}
    categories = {}
    for crime_type, slug in CATEGORIES.items():
        categories[crime_type.lower()] = slug
        categories[slug] = slug
    counts = Counter()
    skipped = Counter()
    seen_ids = {}  # month -> crime ids counted that month
    area_by_lsoa = {}  # LSOA name -> requested area (None: outside them); a force has a few thousand LSOAs
    rows = 0
    for path in files:
        with open_csv(path) as f:
            reader = csv.reader(f, strict=True)
            (i_id, i_month, i_lsoa, i_type), snake_case = columns(next(reader, []), path)
            empty = {"", "NA"} if snake_case else {""}
            for row in reader:
                rows += 1
                month = row[i_month]
                lsoa = row[i_lsoa].strip()
                if lsoa in empty:
                    skipped["no LSOA"] += 1
                    continue
                if lsoa not in area_by_lsoa:
                    area_by_lsoa[lsoa] = wanted.get(area_of(lsoa).lower())
                area = area_by_lsoa[lsoa]
                if area is None:
                    skipped["outside the areas"] += 1
                    continue
                category = categories.get(row[i_type].strip().lower())
                if category is None:
                    skipped["unknown crime type"] += 1
                    continue
                crime_id = row[i_id]
                if crime_id.strip() not in empty:
                    ids = seen_ids.setdefault(month, set())
                    if crime_id in ids:
                        skipped["repeated crime id"] += 1
                        continue
                    ids.add(crime_id)
                counts[area, category, month] += 1
    return rows, counts, skipped


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="data.police.uk CSV files (plain or .gz) or folders of them")
    parser.add_argument("--area", action="append", help="an area to count (repeat); default: Northumbria's six")
    parser.add_argument("--counts", metavar="FILE", help="also write every count as TSV: area, category, month, count")
    args = parser.parse_args()

    files = input_files(args.inputs)
    rows, counts, skipped = aggregate(files, args.area or NORTHUMBRIA)
    lines = [f"{area}\t{category}\t{month}\t{n}\n" for (area, category, month), n in sorted(counts.items())]
    if args.counts:
        with open(args.counts, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(lines)
    checksum = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
    print(f"files: {len(files)}")
    print(f"rows read: {rows}")
    print(f"rows counted: {sum(counts.values())} in {len(counts)} (area, category, month) cells")
    print("skipped: " + (", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items())) or "none"))
    print(f"checksum (sha256 of the sorted counts): {checksum}")


if __name__ == "__main__":
    main()
