"""Quotes: dyad against textacy's `direct_quotations` on the same gold articles, same run.

    python bench/quotes_vs_textacy.py [--gold ../shared/eval/polnear-dev] [--format brat]
                                      [--limit N] [--json]

Both are scored by dyad's own quote scorer (`dyad.evaluate.score_quotes`: content spans
matched one to one by the 50%/50% overlap rule, then the speaker checked), so the figures
are comparable: content F1, speaker accuracy among matched contents, end-to-end F1, by gold
kind (direct = content in double quotation marks; indirect = the rest).

textacy is not a dyad dependency. Install it to compare (`pip install textacy==0.13.0`);
without it this script says so and exits 0. textacy raises on an article with an unbalanced
quote mark: that article then contributes no quotes (counted and reported), which is what a
user of textacy gets. Both parse with the same spaCy model; textacy gets the plain `nlp(text)`
parse it is documented with, dyad its own pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear-dev"


def textacy_documents(gold_docs, nlp, direct_quotations):  # type: ignore[no-untyped-def]
    """One dyad Document per gold text holding textacy's quotes; (documents, failures)."""
    from dyad.schema import Document, Mention, Quote, Span

    docs, failures = [], []
    for gold in gold_docs:
        doc = nlp(gold.text)
        record = Document(id=gold.id, text=gold.text)
        try:
            triples = list(direct_quotations(doc))
        except Exception as exc:  # noqa: BLE001 - textacy's failure is the measurement
            failures.append(f"{gold.id}: {type(exc).__name__}: {str(exc)[:80]}")
            triples = []
        for speaker, cue, content in triples:
            text = _strip_marks(content)
            speaker_mention = None
            if speaker:
                first, last = min(t.i for t in speaker), max(t.i for t in speaker)
                s = doc[first:last + 1]
                speaker_mention = Mention(s.text, s.start_char, s.end_char)
            cue_span = None
            if cue:
                first, last = min(t.i for t in cue), max(t.i for t in cue)
                c = doc[first:last + 1]
                cue_span = Span(c.text, c.start_char, c.end_char)
            record.quotes.append(Quote("direct", Span(*text), cue_span, speaker_mention))
        docs.append(record)
    return docs, failures


def _strip_marks(span) -> tuple[str, int, int]:  # type: ignore[no-untyped-def]
    """textacy's content includes the quote marks; dyad's excludes them (OUTPUT.md)."""
    text, start, end = span.doc.text, span.start_char, span.end_char
    marks = "\"'“”‘’«»„"
    while start < end and (text[start] in marks or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in marks or text[end - 1].isspace()):
        end -= 1
    return text[start:end], start, end


def summary(report) -> dict:  # type: ignore[no-untyped-def]
    """The figures the comparison prints, from a dyad evaluation Report."""
    out = {name: {"precision": c.precision, "recall": c.recall, "f1": c.f1}
           for name, c in report.scores.items()}
    out["speaker accuracy"] = report.values["speaker accuracy among matched contents"].value
    for table in report.tables:
        cols = table.columns
        for row in table.rows:
            cell = dict(zip(cols, row, strict=True))
            out[f"{cell['kind']}"] = {"content F1": cell["content F1"],
                                      "speaker acc": cell["speaker acc"],
                                      "e2e F1": cell["e2e F1"], "gold": cell["gold"],
                                      "pred": cell["pred"]}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--format", default="brat", help="gold format (default brat)")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        print("textacy is not installed: nothing to compare against. "
              "Install it with `pip install textacy==0.13.0` and run again.")
        return 0
    if not args.gold.exists():
        print(f"gold not found: {args.gold}", file=sys.stderr)
        return 2

    from dyad.evaluate.readers import read_gold
    from dyad.evaluate.run import code_gold
    from dyad.evaluate.score_quotes import score_quotes
    from dyad.pipeline import Pipeline

    gold = read_gold(args.format, args.gold, limit=args.limit)
    pipeline = Pipeline()
    pairs, dyad_failures = code_gold(gold, pipeline)
    dyad_report = score_quotes(pairs, gold_format=args.format)
    tx_docs, tx_failures = textacy_documents(gold.docs, pipeline.nlp, direct_quotations)
    tx_report = score_quotes(list(zip(gold.docs, tx_docs, strict=True)),
                             gold_format=args.format)
    figures = {"articles": len(gold.docs), "dyad": summary(dyad_report),
               "textacy": summary(tx_report), "dyad_failures": dyad_failures,
               "textacy_failures": tx_failures}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(render(figures))
    return 0


def render(figures: dict) -> str:
    def f(x: float | None) -> str:
        return "  n/a" if x is None else f"{x:.3f}"

    lines = [f"quotes on {figures['articles']} articles: dyad vs textacy direct_quotations",
             "", f"{'':24}{'dyad':>8}{'textacy':>9}{'ratio':>8}"]
    rows = [("content F1", ("content", "f1")), ("end-to-end F1", ("end-to-end", "f1")),
            ("speaker accuracy", ("speaker accuracy", None))]
    for kind in ("direct", "indirect"):
        rows += [(f"{kind}: content F1", (kind, "content F1")),
                 (f"{kind}: speaker acc", (kind, "speaker acc")),
                 (f"{kind}: end-to-end F1", (kind, "e2e F1"))]
    for label, (key, sub) in rows:
        d, t = (_get(figures[w], key, sub) for w in ("dyad", "textacy"))
        ratio = f"{d / t:7.2f}x" if d is not None and t else "     -"
        lines.append(f"{label:24}{f(d):>8}{f(t):>9}{ratio:>8}")
    lines += ["", f"textacy raised on {len(figures['textacy_failures'])} of "
              f"{figures['articles']} articles (scored as finding nothing there)"]
    lines += [f"  {x}" for x in figures["textacy_failures"][:5]]
    if figures["dyad_failures"]:
        lines.append(f"dyad failed on {len(figures['dyad_failures'])} articles")
    return "\n".join(lines)


def _get(fig: dict, key: str, sub: str | None) -> float | None:
    value = fig.get(key)
    if sub is None or value is None:
        return value
    return value.get(sub)


if __name__ == "__main__":
    sys.exit(main())
