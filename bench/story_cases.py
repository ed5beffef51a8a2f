"""Story grouping by kind of case, end to end: the classifier sets the award verdict, as in the pipeline.

    python bench/story_cases.py [--data tests/data/story_cases_heldout.json] [--untranslated] [--json OUT] [-v]

Each case of the data file (tests/data/story_cases_heldout.json, never tuned against, or
tests/data/story_cases_tuning.json) is a small group of items of one kind:

  same_site_two_languages              a site's Polish post and its English version (no hreflang link)
  different_sites_same_language        the cluster, the awarding body, an agency, in one language
  different_sites_different_languages  the same, in Polish and English
  recurring_series                     posts of one series that must stay apart (years, parts, editions,
                                       numbers, names)

Items are classified with `classify_award(title, summary, language)` (what ClassifyPipeline does with
the lead), saved and grouped through `Store.save_item` and `assign_story` (what StorePipeline does),
in the given order and reversed. `--untranslated` drops the machine translations (title_en,
summary_en, body_en) of the non-English items first: what a crawl with `--translator none` stores. Per kind it prints pairwise precision and recall of "same story",
the wrong merges, and `stories_whole`: the share of multi-item stories that come out as one row
holding exactly their items (both orders counted). Overall figures come last.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.awards import classify_award  # noqa: E402

_spec = importlib.util.spec_from_file_location("story_pairs", Path(__file__).with_name("story_pairs.py"))
story_pairs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(story_pairs)

DATA = ROOT / "tests" / "data" / "story_cases_heldout.json"
KINDS = ("same_site_two_languages", "different_sites_same_language", "different_sites_different_languages",
         "recurring_series")


def classified(item: dict) -> dict:
    r = classify_award(item["title"], item.get("body") or item.get("summary") or "", item["language"],
                       item.get("summary") or "")
    return {**item, "is_award": r.is_award, "award_level": r.level}


def untranslated(item: dict) -> dict:
    """The item as stored without a translator: an English item keeps its text, others lose title_en etc."""
    if item["language"] == "en":
        return item
    return {k: v for k, v in item.items() if k not in ("title_en", "summary_en", "body_en")}


def _blank() -> dict:
    return {"cases": 0, "tp": 0, "fp": 0, "fn": 0, "stories": 0, "stories_whole": 0, "cases_fully_right": 0}


def evaluate(cases: list[dict], translated: bool = True) -> dict:
    per: dict[str, dict] = {}
    failures: list[dict] = []
    for case in cases:
        items = [classified(it if translated else untranslated(it)) for it in case["items"]]
        truth = [it["story"] for it in items]
        fig = per.setdefault(case["kind"], _blank())
        fig["cases"] += 1
        for order in ("given", "reversed"):
            seq = list(range(len(items)))[:: 1 if order == "given" else -1]
            got_seq = story_pairs.group_case([items[i] for i in seq])
            got = [None] * len(items)
            for pos, i in enumerate(seq):
                got[i] = got_seq[pos]
            ok = True
            for a, b in combinations(range(len(items)), 2):
                same_truth, same_got = truth[a] == truth[b], got[a] == got[b]
                if same_got and same_truth:
                    fig["tp"] += 1
                elif same_got or same_truth:
                    fig["fp" if same_got else "fn"] += 1
                    ok = False
                    failures.append({"case": case["id"], "order": order,
                                     "error": "wrong merge" if same_got else "split",
                                     "a": items[a]["url"], "b": items[b]["url"]})
            fig["cases_fully_right"] += ok
            for label in set(truth):
                members = {i for i, t in enumerate(truth) if t == label}
                if len(members) < 2:
                    continue
                fig["stories"] += 1
                rows = {got[i] for i in members}
                fig["stories_whole"] += len(rows) == 1 and {i for i, g in enumerate(got) if g in rows} == members
    total = _blank()
    for fig in per.values():
        for k in total:
            total[k] += fig[k]
    out = {kind: _figures(per[kind]) for kind in KINDS if kind in per}
    out["all"] = _figures(total)
    out["failures"] = failures
    return out


def _figures(f: dict) -> dict:
    return {
        "cases": f["cases"],
        "precision": round(f["tp"] / (f["tp"] + f["fp"]), 4) if f["tp"] + f["fp"] else 1.0,
        "recall": round(f["tp"] / (f["tp"] + f["fn"]), 4) if f["tp"] + f["fn"] else 1.0,
        "wrong_merges": f["fp"],
        "splits": f["fn"],
        "stories_whole": round(f["stories_whole"] / f["stories"], 4) if f["stories"] else 1.0,
        "cases_fully_right": f"{f['cases_fully_right']}/{2 * f['cases']}",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--untranslated", action="store_true",
                    help="drop title_en/summary_en/body_en of non-English items (a crawl without a translator)")
    ap.add_argument("--json", help="write the result here")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong pair")
    args = ap.parse_args()
    cases = json.loads(Path(args.data).read_text(encoding="utf-8"))["cases"]
    result = evaluate(cases, translated=not args.untranslated)
    if args.verbose:
        for f in result["failures"]:
            print(f"{f['case']:<36} {f['order']:<8} {f['error']:<11} {f['a']}  <->  {f['b']}")
    for kind, fig in result.items():
        if kind != "failures":
            print(f"{kind:<36} " + " ".join(f"{k}={v}" for k, v in fig.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
