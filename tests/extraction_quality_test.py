#!/usr/bin/python3
"""Extraction quality: scores `parley extract --format=eval` with the shared
scorer (../shared/eval/score.py, see ../shared/eval/EVAL.md).

1. The seed corpus (../shared/corpus/seeds against ../shared/eval/gold/
   seeds.jsonl). Fails below the floor of issue 3: overall F1 < 0.90, or date,
   country, place or agreement-status accuracy < 0.85.
2. Our own annotated sets, each scored against its gold.jsonl and reported
   with only a regression floor well below its score when the floor was set
   (it catches breakage across the board, such as dates, actors or triggers
   no longer resolved, not the ups and downs of rule work):
   - tests/data/dev (30 articles; rules were fixed while reading its errors),
   - tests/data/heldout (30 articles; first scored at F1 0.528 before any
     rule was written against it, then used as a second dev set),
   - tests/data/test (30 articles; never read while writing rules: the
     honest estimate of quality on unseen text).
   - tests/data/fresh (30 articles written later, without reading the
     rules; first scored at F1 0.604 before any rule was written against it;
     never tuned on).
   - tests/data/dev3 (30 articles written later still, without reading the
     rules or the other sets; first scored at F1 0.633, then used as a
     development set).
   - tests/data/fresh2 (30 articles written after dev3, without reading the
     rules or the other sets; first scored at F1 0.673; never tuned on).
   - tests/data/dev4 (30 articles written after fresh2, without reading the
     rules or the other sets; a development set: rule writers read it).
   - tests/data/dev5 (30 articles written after dev4, without reading the
     rules or the other sets; a development set: rule writers read it).
   - tests/data/dev6 (30 articles written after dev5, without reading the
     rules or the other sets, in regional voices; a development set: rule
     writers read it).
   - tests/data/dev7 (30 articles written after dev6, without reading the
     rules or the other sets, rich in non-participants, titles, summit days
     and state-organisation agreements; a development set: rule writers
     read it).
   Issue 3 aims at F1 0.85 on unseen articles; these floors are not targets.

Exits 77 (ctest SKIP_RETURN_CODE) when ../shared is not there.

Usage: extraction_quality_test.py --parley PATH/TO/parley --source-dir DIR
"""
import argparse
import glob
import os
import re
import subprocess
import sys

SEED_MIN_F1 = 0.90
SEED_MIN_ACCURACY = 0.85
# (directory under tests/data, description, regression floor on F1)
OWN_SETS = (
    ("dev", "development set", 0.60),
    ("heldout", "second development set", 0.55),
    ("test", "test set, never tuned on", 0.50),
    ("fresh", "fresh test set, never tuned on", 0.45),
    ("dev3", "third development set", 0.45),
    ("fresh2", "second fresh test set, never tuned on", 0.45),
    ("dev4", "fourth development set", 0.45),
    ("dev5", "fifth development set", 0.45),
    ("dev6", "sixth development set", 0.45),
    ("dev7", "seventh development set", 0.45),
)
ACCURACIES = ("date", "country", "place", "status")
SKIP = 77


def score(parley, articles, gold, scorer, verbose=False):
    """Runs the extractor and the scorer; returns (scorer output, scores)."""
    extract = subprocess.run([parley, "extract", "--format=eval", *articles],
                             capture_output=True, text=True)
    if extract.returncode != 0:
        sys.exit(f"FAIL: parley extract exited {extract.returncode}:\n"
                 f"{extract.stderr}")
    command = [sys.executable, scorer, "--gold", gold, "--pred", "-"]
    if verbose:
        command.append("--verbose")
    scored = subprocess.run(command, input=extract.stdout, capture_output=True,
                            text=True)
    if scored.returncode != 0:
        sys.exit(f"FAIL: score.py exited {scored.returncode}:\n"
                 f"{scored.stdout}{scored.stderr}")
    return scored.stdout, parse(scored.stdout)


def parse(output):
    """{'f1': float, 'date': (ok, n), ...} from the scorer's output."""
    scores = {}
    overall = re.search(r"^overall F1=([0-9.]+)", output, re.MULTILINE)
    if not overall:
        sys.exit(f"FAIL: no 'overall F1=' line in the scorer output:\n{output}")
    scores["f1"] = float(overall.group(1))
    for name in ACCURACIES:
        match = re.search(rf"^{name} accuracy: (\d+)/(\d+)", output,
                          re.MULTILINE)
        if not match:
            sys.exit(f"FAIL: no '{name} accuracy' line in the scorer output")
        scores[name] = (int(match.group(1)), int(match.group(2)))
    return scores


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parley", required=True)
    parser.add_argument("--source-dir", required=True)
    args = parser.parse_args()

    shared = os.path.normpath(os.path.join(args.source_dir, "..", "shared"))
    scorer = os.path.join(shared, "eval", "score.py")
    if not os.path.isfile(scorer):
        print(f"skipped: ../shared not found ({shared})")
        return SKIP

    failures = []
    seeds = sorted(glob.glob(os.path.join(shared, "corpus", "seeds", "*.txt")))
    if not seeds:
        failures.append(f"no seed articles in {shared}/corpus/seeds")
    else:
        output, scores = score(args.parley, seeds,
                               os.path.join(shared, "eval", "gold",
                                            "seeds.jsonl"), scorer)
        print(f"== seed corpus ({len(seeds)} articles)")
        print(output, end="")
        if scores["f1"] < SEED_MIN_F1:
            failures.append(
                f"seed overall F1 {scores['f1']:.3f} < {SEED_MIN_F1}")
        for name in ACCURACIES:
            ok, n = scores[name]
            # An attribute no matched gold event has cannot be measured.
            if n and ok / n < SEED_MIN_ACCURACY:
                failures.append(f"seed {name} accuracy {ok}/{n} = "
                                f"{ok / n:.3f} < {SEED_MIN_ACCURACY}")
        if failures:
            verbose, _ = score(args.parley, seeds,
                               os.path.join(shared, "eval", "gold",
                                            "seeds.jsonl"), scorer, True)
            print("-- misses and spurious events:")
            print(verbose, end="")

    for name, description, floor in OWN_SETS:
        set_dir = os.path.join(args.source_dir, "tests", "data", name)
        articles = sorted(glob.glob(os.path.join(set_dir, "*.txt")))
        if not articles:
            failures.append(f"no articles in {set_dir}")
            continue
        output, scores = score(args.parley, articles,
                               os.path.join(set_dir, "gold.jsonl"), scorer)
        print(f"== {name}: {description} ({len(articles)} articles; report "
              f"only, floor F1 >= {floor})")
        print(output, end="")
        if scores["f1"] < floor:
            failures.append(
                f"{name} overall F1 {scores['f1']:.3f} < floor {floor}")

    for failure in failures:
        print(f"FAIL: {failure}")
    if not failures:
        print("PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
