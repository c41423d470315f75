"""How the parser reads real referring expressions (24,504 that people wrote for public remote-sensing
datasets, `../shared/real_expressions/expressions.jsonl` beside the checkout, or the file named by
$RRSIS_REAL_EXPRESSIONS), per dataset and split: the share read with nothing left unplaced, and of those
the share with nothing said that the selection cannot judge (a shadow, a turn: kept and said, not applied),
the share of the labelled ones whose target is the labelled class, and how long parsing and selecting
among 20 candidates a phrase take (median, p95; target: at most 5 ms an expression).

Development splits (RRSIS-D train/val, RSVG-HR train) are marked: the rules were written on them; the
others are measured only."""

from __future__ import annotations

import json
import os
import random
import statistics
import time
from collections import defaultdict
from pathlib import Path

from rrsis_qgis.referring.parse import parse_expression
from rrsis_qgis.referring.select import Candidate, Frame, select

DEVELOPMENT = {"RRSIS-D/train", "RRSIS-D/val", "RSVG-HR/train"}
CANDIDATES = 20  # a phrase's detections in the timed selection
TIMED = 300  # expressions timed per split
SIDE = 1024


def expressions_file() -> Path:
    default = Path(__file__).resolve().parents[2] / "shared" / "real_expressions" / "expressions.jsonl"
    return Path(os.environ.get("RRSIS_REAL_EXPRESSIONS", default))


# The datasets' labels (DIOR's for RRSIS-D, VisDrone's for RefDrone) in the parser's class names, written
# here, not read by the parser under test.
LABELS = {
    "Expressway-Service-area": "expressway service area",
    "Expressway-toll-station": "expressway toll station",
    "baseballfield": "baseball field",
    "basketballcourt": "basketball court",
    "golffield": "golf course",
    "groundtrackfield": "ground track field",
    "storagetank": "storage tank",
    "tenniscourt": "tennis court",
    "trainstation": "train station",
    "people": "pedestrian",
    "motor": "motorcycle",
    "awning-tricycle": "awning tricycle",
}


def label_class(category: str | None) -> str | None:
    """The class a dataset's label names, in the parser's words; None for rows without a label."""
    return LABELS.get(category, category) if category else None


def candidates_for(program, chooser: random.Random) -> dict[str, list[Candidate]]:
    found = {}
    for index, phrase in enumerate(program.queries):
        found[phrase] = []
        for n in range(CANDIDATES):
            x, y, size = chooser.uniform(0, SIDE - 60), chooser.uniform(0, SIDE - 60), chooser.uniform(8, 60)
            found[phrase].append(Candidate(f"{index}:{n}", (x, y, x + size, y + size), chooser.random()))
    return found


def measure(rows: list[dict]) -> dict:
    read = judged = labelled = right = 0
    for row in rows:
        program = parse_expression(row["text"])
        read += program.understood and not program.unread
        judged += program.understood and not program.unread and not program.unjudged
        expected = label_class(row["category"])
        if expected:
            labelled += 1
            right += program.target == expected
    chooser = random.Random(36)
    times = []
    for row in chooser.sample(rows, min(TIMED, len(rows))):
        start = time.perf_counter()
        program = parse_expression(row["text"])
        select(program, candidates_for(program, chooser), Frame(SIDE, SIDE))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "rows": len(rows),
        "read": read / len(rows),
        "judged": judged / len(rows),
        "class": right / labelled if labelled else None,
        "median": statistics.median(times),
        "p95": times[int(0.95 * (len(times) - 1))],
    }


def main() -> None:
    path = expressions_file()
    if not path.is_file():
        print(f"Referring reading: {path} is absent (set RRSIS_REAL_EXPRESSIONS to the file); not measured")
        return
    by_split = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        by_split[row["source"].split("|")[0]].append(row)
    print("Referring expressions people wrote: read with nothing unplaced, target class, parse + select")
    print("(judged: read, and nothing said that is not judged, such as a shadow, a turn or a material)")
    header = ("dataset/split", "use", "rows", "read", "judged", "class", "median ms", "p95 ms")
    print("{:<16} {:<8} {:>6} {:>7} {:>7} {:>7} {:>10} {:>8}".format(*header))
    measured = []
    for split in sorted(by_split):
        result = measure(by_split[split])
        use = "develop" if split in DEVELOPMENT else "measure"
        if use == "measure":
            measured.append(result)
        accuracy = "-" if result["class"] is None else f"{result['class']:.1%}"
        print(
            f"{split:<16} {use:<8} {result['rows']:>6} {result['read']:>7.1%} {result['judged']:>7.1%} "
            f"{accuracy:>7} "
            f"{result['median']:>10.2f} {result['p95']:>8.2f}"
        )
    rows = sum(result["rows"] for result in measured)
    share = sum(result["read"] * result["rows"] for result in measured) / rows
    judged = sum(result["judged"] * result["rows"] for result in measured) / rows
    print(f"{'all measured':<16} {'measure':<8} {rows:>6} {share:>7.1%} {judged:>7.1%}")


if __name__ == "__main__":
    main()
