"""Event scoring against dyad's gold format (the seed): an article-level list of events,
each with accepted source and target prefixes, accepted CAMEO roots and a required flag.

Recall counts required gold events found; precision counts predictions that match any gold
event, required or optional. Several predictions may match one gold event (news repeats an
event in headline and body): none of them is a false positive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..schema import Document, Event
from .cameo import root_of
from .codes import describe, mention_prefix, prefix
from .excerpt import excerpt
from .gold import GoldDoc, GoldEvent
from .metrics import Counts, Ratio
from .report import ErrorCase, Report, Table
from .spans import frags, overlaps

RULE = ("a predicted event matches a gold event when its source code's 3-letter prefix is "
        "one of the gold sources, its target's prefix is one of the gold targets (no target, "
        "or an uncoded one, only where the gold lists null) and its CAMEO root is one of the "
        "gold roots. Recall: required gold events matched by some prediction. Precision: "
        "predictions matching no gold event, required or optional, are false positives; "
        "several predictions may match one gold event.")


def event_matches(gold: GoldEvent, event: Event) -> bool:
    """The seed matching rule (prefixes compared after the JAP=JPN style aliases)."""
    sources = {prefix(s) for s in gold.sources}
    targets = {prefix(t) if t else None for t in gold.targets}
    return (mention_prefix(event.source) in sources
            and mention_prefix(event.target) in targets
            and root_of(event) in {r.strip() for r in gold.roots})


def date_right(gold: GoldEvent, event: Event) -> bool | None:
    """Whether the event's date is accepted; None when the gold gives no date."""
    if not gold.dates and not gold.years:
        return None
    return bool(event.date) and (event.date in gold.dates
                                 or (event.date or "")[:4] in gold.years)


def score_events(pairs: Sequence[tuple[GoldDoc, Document | None]]) -> Report:
    """Score predicted events against the article-level gold event lists."""
    report = Report(task="events", gold="dyad", rule=RULE)
    tally: Counter[str] = Counter()
    per_event = Table("gold events", ["id", "required", "source", "target", "roots", "found",
                                      "by", "preferred code", "date"])
    per_root = Table("predicted events by CAMEO root", ["root", "pred", "matched", "precision"])
    roots: Counter[tuple[str, bool]] = Counter()
    for gold_doc, doc in pairs:
        events = doc.events if doc else []
        for gold in gold_doc.events:
            _gold_row(gold, events, gold_doc, doc, tally, per_event, report)
        for event in events:
            hit = any(event_matches(g, event) for g in gold_doc.events)
            tally["pred"] += 1
            tally["pred_matched"] += hit
            roots[(root_of(event), hit)] += 1
            if not hit:
                report.errors.append(ErrorCase(
                    "spurious", gold_doc.id, _describe_event(event),
                    excerpt(gold_doc.text, doc.sentences if doc else [],
                            frags(event.trigger.start, event.trigger.end)),
                    weight=event.confidence))
    for root in sorted({r for r, _ in roots}):
        n, right = roots[(root, True)] + roots[(root, False)], roots[(root, True)]
        per_root.rows.append([root, n, right, Ratio(right, n).value])
    report.scores["events"] = Counts(tally["pred_matched"], tally["pred"],
                                     tally["req_found"], tally["required"])
    report.values["optional gold events found"] = Ratio(tally["opt_found"], tally["optional"])
    report.values["preferred CAMEO code among found required events"] = Ratio(
        tally["preferred"], tally["req_found"])
    report.values["date right among found required events with a gold date"] = Ratio(
        tally["date_right"], tally["dated_found"])
    report.tables += [per_event, per_root]
    return report


def _gold_row(gold: GoldEvent, events: Sequence[Event], gold_doc: GoldDoc,
              doc: Document | None, tally: Counter[str], table: Table,
              report: Report) -> None:
    hits = [e for e in events if event_matches(gold, e)]
    kind = "required" if gold.required else "optional"
    tally[kind] += 1
    preferred = any(e.cameo in gold.preferred for e in hits) if gold.preferred else None
    dates = [d for e in hits if (d := date_right(gold, e)) is not None]
    if hits:
        tally["req_found" if gold.required else "opt_found"] += 1
        if gold.required:
            tally["preferred"] += bool(preferred)
            if dates:
                tally["dated_found"] += 1
                tally["date_right"] += any(dates)
    table.rows.append([
        gold.id, "yes" if gold.required else "no", "/".join(map(str, gold.sources)),
        "/".join("none" if t is None else t for t in gold.targets), "/".join(gold.roots),
        "yes" if hits else "no", "; ".join(_short(e) for e in hits[:3]) or None,
        None if preferred is None or not hits else ("yes" if preferred else "no"),
        None if not dates else ("yes" if any(dates) else "no")])
    if gold.required and not hits:
        report.errors.append(ErrorCase(
            "missed", gold_doc.id,
            f"{gold.id} {'/'.join(map(str, gold.sources))} -> "
            f"{'/'.join('none' if t is None else t for t in gold.targets)} root "
            f"{'/'.join(gold.roots)}; nearby predictions: {_nearby(gold, events)}",
            excerpt(gold_doc.text, doc.sentences if doc else [], gold.evidence), weight=1.0))


def _nearby(gold: GoldEvent, events: Sequence[Event]) -> str:
    """Predictions whose sentence holds the gold evidence: what dyad said instead."""
    if gold.evidence is None:
        return "n/a"
    near = [e for e in events if overlaps(gold.evidence, frags(e.sentence.start, e.sentence.end))]
    return "; ".join(_short(e) for e in near[:3]) or "none"


def _short(event: Event) -> str:
    return (f"{event.cameo} {mention_prefix(event.source) or '---'}->"
            f"{mention_prefix(event.target) or '---'}")


def _describe_event(event: Event) -> str:
    return (f"{event.cameo} ({event.plover or '-'}) source {describe(event.source)}, "
            f"target {describe(event.target)}, trigger {event.trigger.text!r}")
