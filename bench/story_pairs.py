"""Story grouping on realistic PL/EN pairs: pairwise precision/recall of "same story" decisions.

    python bench/story_pairs.py [--data tests/data/story_pairs_realistic.json] [--json OUT] [-v]

Each case of the data file is a small group of items (Polish items carry machine-translated
title_en/summary_en, English items are independently written) with the expected story label of
every item. Each case is loaded into a fresh in-memory store, items are saved and grouped through
the same calls the StorePipeline makes (`Store.save_item`, then `assign_story`), once in the given
order and once reversed. For every pair of items in a case the decision "same story" is compared
with the labels; the figures are summed over the pairs of all cases (both orders).

Prints precision, recall, cases fully right per order, and the cases whose grouping depends on the
insertion order.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.stories import assign_story  # noqa: E402
from storage import Store  # noqa: E402

DATA = ROOT / "tests" / "data" / "story_pairs_realistic.json"
FIELDS = ("url", "source", "language", "title", "summary", "body", "title_en", "summary_en", "published",
          "is_award", "award_level")


def group_case(items: list[dict]) -> list[int]:
    """Story id of each item (in the case's own order) after inserting the items in list order."""
    store = Store.memory()
    try:
        ids = []
        for item in items:
            fields = {k: item.get(k) for k in FIELDS}
            fields["translation_status"] = "not_needed" if item["language"] == "en" else "done"
            item_id = store.save_item(fields, ())
            assert item_id is not None, item["url"]
            assign_story(store, item_id, item.get("alternates", ()))
            ids.append(item_id)
        return [store.get_item(i)["story_id"] for i in ids]
    finally:
        store.close()


def partition(labels: list) -> frozenset:
    groups: dict = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, set()).add(i)
    return frozenset(frozenset(g) for g in groups.values())


def evaluate(cases: list[dict]) -> dict:
    tp = fp = fn = tn = 0
    right = {"given": 0, "reversed": 0}
    order_sensitive: list[str] = []
    failures: list[dict] = []
    for case in cases:
        items = case["items"]
        truth = [it["story"] for it in items]
        parts = {}
        for order in ("given", "reversed"):
            seq = list(range(len(items))) if order == "given" else list(range(len(items)))[::-1]
            got_seq = group_case([items[i] for i in seq])
            got = [None] * len(items)
            for pos, i in enumerate(seq):
                got[i] = got_seq[pos]
            parts[order] = partition(got)
            ok = True
            for a, b in combinations(range(len(items)), 2):
                same_truth, same_got = truth[a] == truth[b], got[a] == got[b]
                if same_truth and same_got:
                    tp += 1
                elif same_got:
                    fp += 1
                    ok = False
                    failures.append({"case": case["id"], "order": order, "error": "wrong merge",
                                     "a": items[a]["url"], "b": items[b]["url"]})
                elif same_truth:
                    fn += 1
                    ok = False
                    failures.append({"case": case["id"], "order": order, "error": "split",
                                     "a": items[a]["url"], "b": items[b]["url"]})
                else:
                    tn += 1
            right[order] += ok
        if parts["given"] != parts["reversed"]:
            order_sensitive.append(case["id"])
    return {
        "cases": len(cases),
        "pairs": tp + fp + fn + tn,
        "same_story_pairs": tp + fn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "wrong_merges": fp,
        "splits": fn,
        "cases_fully_right_given": right["given"],
        "cases_fully_right_reversed": right["reversed"],
        "order_sensitive_cases": order_sensitive,
        "failures": failures,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--json", help="write the result here")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong pair")
    args = ap.parse_args()
    cases = json.loads(Path(args.data).read_text(encoding="utf-8"))["cases"]
    result = evaluate(cases)
    if args.verbose:
        for f in result["failures"]:
            print(f"{f['case']:<40} {f['order']:<8} {f['error']:<11} {f['a']}  <->  {f['b']}")
    summary = {k: v for k, v in result.items() if k != "failures"}
    print(json.dumps(summary, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
