"""Scoring against CoPED sentences: each sentence is labelled by dyad's most confident
event, 0 when its CAMEO root is 01 (neutral statement) or there is no event, else its quad
class (verbal cooperation is 1, material cooperation 2, verbal conflict 3, material
conflict 4), and compared with the gold quad label.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..schema import Document, Event
from .cameo import quad_class, root_of
from .excerpt import excerpt
from .gold import GoldDoc
from .metrics import Counts, Ratio
from .report import ErrorCase, Report, Table
from .spans import any_overlap, frags

LABELS = {0: "neutral / none", 1: "verbal coop", 2: "material coop", 3: "verbal conflict",
          4: "material conflict"}

RULE = ("per sentence, dyad's event with the highest confidence (first on ties) gives the "
        "label: 0 if its CAMEO root is 01, else its quad class; no event is 0. 5-way "
        "accuracy over all sentences; accuracy over sentences whose gold label is 1-4; source "
        "overlap = that event's source span overlaps a gold source span, over sentences with "
        "aligned gold source spans.")


def top_event(events: Sequence[Event]) -> Event | None:
    """The most confident event, the earliest among equals."""
    return max(events, key=lambda e: e.confidence) if events else None


def label(event: Event | None) -> int:
    """The CoPED label of a sentence whose top event is `event`."""
    if event is None:
        return 0
    root = root_of(event)
    if root == "01":
        return 0
    return event.quad_class or quad_class(root) or 0


def score_coped(pairs: Sequence[tuple[GoldDoc, Document | None]]) -> Report:
    """Accuracy of the sentence labels, per-label P/R/F1, confusions and source overlap."""
    report = Report(task="events", gold="coped", rule=RULE)
    confusion: Counter[tuple[int, int]] = Counter()
    t: Counter[str] = Counter()
    for gold_doc, doc in pairs:
        gold = gold_doc.coped
        if gold is None:
            continue
        event = top_event(doc.events if doc else [])
        pred = label(event)
        confusion[(gold.quad, pred)] += 1
        t["n"] += 1
        t["right"] += pred == gold.quad
        if gold.quad:
            t["n14"] += 1
            t["right14"] += pred == gold.quad
        if gold.sources:
            t["with_source"] += 1
            if event is not None and event.source is not None:
                t["source_hit"] += any_overlap(frags(event.source.start, event.source.end),
                                               gold.sources)
        if pred != gold.quad:
            what = (f"{event.cameo} source {event.source.text if event.source else None!r}"
                    if event else "no event")
            report.errors.append(ErrorCase(
                f"gold {gold.quad}", gold_doc.id,
                f"gold {gold.quad} ({LABELS[gold.quad]}), predicted {pred} ({LABELS[pred]}): "
                f"{what}", excerpt(gold_doc.text, doc.sentences if doc else [], None),
                weight=abs(gold.quad - pred), group=str(pred)))
    report.values["5-way accuracy"] = Ratio(t["right"], t["n"])
    report.values["accuracy over gold labels 1-4"] = Ratio(t["right14"], t["n14"])
    report.values["top event source overlaps gold source"] = Ratio(t["source_hit"],
                                                                        t["with_source"])
    per_label = Table("per label", ["label", "name", "gold", "pred", "precision", "recall",
                                    "F1"])
    for lab, name in LABELS.items():
        hit = confusion[(lab, lab)]
        counts = Counts(hit, sum(n for (_, p), n in confusion.items() if p == lab),
                        hit, sum(n for (g, _), n in confusion.items() if g == lab))
        per_label.rows.append([lab, name, counts.n_gold, counts.n_pred, counts.precision,
                               counts.recall, counts.f1])
    matrix = Table("confusions (rows gold, columns predicted)",
                   ["gold \\ pred", *map(str, LABELS)])
    for g in LABELS:
        matrix.rows.append([str(g), *(confusion[(g, p)] for p in LABELS)])
    report.tables += [per_label, matrix]
    return report
