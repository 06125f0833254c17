#!/usr/bin/python3
"""Turns the tables of examples/articles/EXPECTED.md into gold lines.

The output has the format of ../shared/eval/gold/*.jsonl (see
../shared/eval/EVAL.md), so the extractor can be scored on the example
articles, which its rules were not tuned on:

  build/cli/parley extract --format=eval examples/articles/*.txt |
    python3 ../shared/eval/score.py --pred - \
      --gold <(scripts/expected_to_gold.py examples/articles/EXPECTED.md)

Table columns: # | type | status | participants | also | date (PRECISION) |
location | agreement | opt | note. Exits with status 1 on a malformed row.
"""

import json
import re
import sys

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def ids(cell):
    """The kebab-case ids of a comma-separated cell; prose is skipped."""
    return [part.strip() for part in cell.split(",")
            if ID.fullmatch(part.strip())]


def location(cell):
    """'kazan, russia', '—, oman', 'india' or 'none' to EVAL's location."""
    if cell in ("", "none"):
        return None
    parts = [part.strip() for part in cell.split(",")]
    if len(parts) == 1:
        return {"place": None, "country": parts[0]}
    place = parts[0].strip("()")
    if not ID.fullmatch(place):  # "—", "muscat/rome"
        place = None
    return {"place": place, "country": parts[1]}


def agreement(cell):
    """'SIGNED (IN_FORCE, X); key' to EVAL's agreement object."""
    match = re.fullmatch(r"(\w+)(?: \(([^)]*)\))?; (\S+)", cell)
    if not match:
        raise ValueError(f"agreement cell {cell!r}")
    also = [s.strip() for s in (match.group(2) or "").split(",") if s.strip()]
    return {"status": match.group(1), "status_also": also,
            "key": match.group(3)}


def rows(lines):
    article = None
    for number, line in enumerate(lines, 1):
        heading = re.match(r"^## (\S+\.txt)", line)
        if heading:
            article = heading.group(1)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if article is None or not line.startswith("| ") or \
                not cells[0].isdigit():
            continue
        try:
            if len(cells) != 10:
                raise ValueError(f"{len(cells)} cells, expected 10")
            n, kind, status, participants, also, date, place, agr, opt, note \
                = cells
            date_match = re.fullmatch(r"(\S+) \((DAY|MONTH|YEAR|NONE)\)", date)
            if not date_match:
                raise ValueError(f"date cell {date!r}")
            yield {
                "article": article, "id": f"{article[:2]}-{n}",
                "type": kind, "status": status or None,
                "participants": ids(participants), "also": ids(also),
                "date": None if date_match.group(1) == "unknown"
                else date_match.group(1),
                "min_precision": date_match.group(2),
                "location": location(place),
                "agreement": agreement(agr) if kind == "AGREEMENT" else None,
                "optional": opt == "yes", "note": note,
            }
        except ValueError as error:
            sys.exit(f"line {number}: {error}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as handle:
        for row in rows(handle):
            print(json.dumps(row))


if __name__ == "__main__":
    main()
