#!/usr/bin/python3
"""Extraction quality: scores `parley extract --format=eval` with the shared
scorer (../shared/eval/score.py, see ../shared/eval/EVAL.md).

1. The seed corpus (../shared/corpus/seeds against ../shared/eval/gold/
   seeds.jsonl). Fails below the floor of issue 3: overall F1 < 0.90, or date,
   country, place or agreement-status accuracy < 0.85.
2. Our held-out dev set (tests/data/dev against its gold.jsonl). Reported,
   with only a regression floor: overall F1 >= 0.45. The dev articles were
   written without looking at the extraction rules and must not be tuned on,
   so this is not a target (issue 3 aims at 0.85 on unseen articles); the
   floor sits well below the score when the test was written (0.60, commit
   46bb6a8+) and only catches breakage across the board (dates, actors or
   triggers no longer resolved), not the ups and downs of rule work.

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
DEV_MIN_F1 = 0.45
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

    dev_dir = os.path.join(args.source_dir, "tests", "data", "dev")
    dev = sorted(glob.glob(os.path.join(dev_dir, "*.txt")))
    if dev:
        output, scores = score(args.parley, dev,
                               os.path.join(dev_dir, "gold.jsonl"), scorer)
        print(f"== held-out dev set ({len(dev)} articles; report only, "
              f"floor F1 >= {DEV_MIN_F1})")
        print(output, end="")
        if scores["f1"] < DEV_MIN_F1:
            failures.append(
                f"dev overall F1 {scores['f1']:.3f} < floor {DEV_MIN_F1}")
    else:
        print(f"note: no dev articles in {dev_dir}")

    for failure in failures:
        print(f"FAIL: {failure}")
    if not failures:
        print("PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
