#!/usr/bin/env python3
"""Accuracy of monitor.language on the labelled samples of the tests (and of each signal alone).

    python bench/language_accuracy.py [tests/data/language_samples.json] [--errors]

Prints one line per detector: right/total, accuracy on short and long texts, ms per call; and the
peak memory of the process after loading the models.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.language import POLISH_LETTERS, LanguageDetector, load_samples  # noqa: E402


def langdetect_only(det: LanguageDetector):
    _, factory = det._models()

    def run(text: str, hint: str | None) -> str:
        d = factory.create()
        d.append(text)
        try:
            return d.detect()
        except Exception:
            return hint or "und"
    return run


def lingua_only(det: LanguageDetector):
    lingua, _ = det._models()

    def run(text: str, hint: str | None) -> str:
        lang = lingua.detect_language_of(text)
        return lang.iso_code_639_1.name.lower() if lang else (hint or "und")
    return run


def diacritics_rule(text: str, hint: str | None) -> str:
    return "pl" if POLISH_LETTERS.search(text) else "en"


def evaluate(name: str, fn, samples, show_errors: bool) -> float:
    right = {"short": [0, 0], "long": [0, 0]}
    start = time.perf_counter()
    errors = []
    for s in samples:
        got = fn(s["text"], s.get("hint"))
        right[s["kind"]][1] += 1
        if got == s["language"]:
            right[s["kind"]][0] += 1
        else:
            errors.append((s["language"], got, s["text"][:70]))
    ms = (time.perf_counter() - start) * 1000 / len(samples)
    total = sum(r for r, _ in right.values())
    acc = total / len(samples)
    print(f"{name:<16} {total}/{len(samples)} = {acc:.3f}   short {right['short'][0]}/{right['short'][1]}"
          f"   long {right['long'][0]}/{right['long'][1]}   {ms:.2f} ms/text")
    if show_errors:
        for want, got, text in errors:
            print(f"    want {want} got {got}: {text}")
    return acc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("samples", nargs="?", default=str(ROOT / "tests" / "data" / "language_samples.json"))
    ap.add_argument("--errors", action="store_true", help="list the texts each detector got wrong")
    args = ap.parse_args()
    samples = load_samples(args.samples)
    det = LanguageDetector()
    det.detect("warm up")
    acc = evaluate("monitor.language", lambda t, h: det.detect(t, hint=h), samples, args.errors)
    evaluate("lingua (low)", lingua_only(det), samples, args.errors)
    evaluate("langdetect", langdetect_only(det), samples, args.errors)
    evaluate("diacritics rule", diacritics_rule, samples, args.errors)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"ACCURACY {acc:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
