"""Precision, recall and level accuracy of the award classifier on labelled texts.

    python bench/award_classifier.py [-v] [--data PATH]

PATH defaults to tests/data/award_texts.json (the texts the rules were tuned on);
tests/data/award_texts_heldout.json is the held-out set written before the rules were read (since used
for tuning); tests/data/award_texts_realistic.json is paraphrased from real cluster/agency news pages;
tests/data/award_texts_i12_tuning.json and tests/data/award_texts_i12_heldout.json (issue 12) carry a
kind per text (label_level, status, competition, prize_medal, distinction; negatives by reason) and the
labelled recipient and awarding body: the bench then prints the share right per kind (recall for award
kinds) and the accuracy of recipients and bodies on the true positives. A file is either a list of texts or an object whose "texts" key holds that list; keys body/lang/level or
text/language/award_level.

Also prints the time per text and the peak RSS of the process (the lemma table included).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.awards import classify_award  # noqa: E402


DEFAULT_DATA = ROOT / "tests" / "data" / "award_texts.json"
HELDOUT_DATA = ROOT / "tests" / "data" / "award_texts_heldout.json"
REALISTIC_DATA = ROOT / "tests" / "data" / "award_texts_realistic.json"


def _normalise(t: dict) -> dict:
    """Accept both key schemas: body/lang/level and text/language/award_level."""
    return {
        "title": t["title"],
        "body": t["body"] if "body" in t else t.get("text", ""),
        "lang": t["lang"] if "lang" in t else t.get("language", ""),
        "is_award": t["is_award"],
        "level": t["level"] if "level" in t else t.get("award_level", ""),
        "kind": t.get("kind", ""),
        "recipient": t.get("recipient", MISSING),
        "awarding_body": t.get("awarding_body", MISSING),
    }


MISSING = object()   # a text without a detail label (older files): not counted in detail figures


def detail_ok(got: str | None, want) -> bool:
    """A detail is right when it equals the labelled name (or one of them), case and spaces aside."""
    norm = lambda s: " ".join((s or "").split()).casefold()  # noqa: E731
    wants = want if isinstance(want, list) else [want]
    return any(norm(got) == norm(w) for w in wants)


def load_texts(path: Path | str = DEFAULT_DATA) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    texts = data["texts"] if isinstance(data, dict) else data
    return [_normalise(t) for t in texts]


def main(verbose: bool = False, data: Path | str = DEFAULT_DATA) -> dict[str, float]:
    texts = load_texts(data)
    tp = fp = fn = tn = level_ok = 0
    by_kind: dict[str, list[int]] = {}
    details = {"recipient": [0, 0], "awarding_body": [0, 0]}
    start = time.perf_counter()
    for t in texts:
        r = classify_award(t["title"], t["body"], t["lang"])
        if t["kind"]:
            hit = by_kind.setdefault(t["kind"], [0, 0])
            hit[0] += r.is_award == t["is_award"]
            hit[1] += 1
        if r.is_award and t["is_award"]:
            tp += 1
            level_ok += r.level == t["level"]
            for key, got in (("recipient", r.recipient), ("awarding_body", r.body)):
                if t[key] is not MISSING:
                    ok = detail_ok(got, t[key])
                    details[key][0] += ok
                    details[key][1] += 1
                    if verbose and not ok:
                        print(f"DETAIL {key}: {t['title']!r} -> {got!r}, want {t[key]!r}")
        elif r.is_award:
            fp += 1
        elif t["is_award"]:
            fn += 1
        else:
            tn += 1
        wrong = r.is_award != t["is_award"] or (r.is_award and r.level != t["level"])
        if verbose or wrong:
            mark = "WRONG" if wrong else "ok   "
            print(f"{mark} [{t['lang']}] {t['title']!r} -> award={r.is_award} level={r.level!r} "
                  f"score={r.score} recipient={r.recipient!r} body={r.body!r} name={r.name!r}")
    elapsed = time.perf_counter() - start
    figures = {
        "texts": len(texts),
        "tp": tp, "fp": fp, "fn": fn, "tn": tn, "level_ok": level_ok,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "level_accuracy": round(level_ok / tp, 4) if tp else 0.0,
        # recall of each award kind, the share rejected of each negative kind
        "right_by_kind": {k: round(v[0] / v[1], 4) for k, v in sorted(by_kind.items())},
        **{f"{k}_accuracy": round(v[0] / v[1], 4) for k, v in details.items() if v[1]},
        "ms_per_text": round(1000 * elapsed / len(texts), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every text, not only the wrong ones")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="labelled texts (JSON)")
    args = parser.parse_args()
    main(args.verbose, args.data)
