"""Actor scoring against dyad's gold format: recall of the gold actor mentions, each found
when a predicted mention overlaps its span with one of its accepted codes.

The gold list is not exhaustive (it names the actors that matter, not every mention), so
precision is not measured; span recall regardless of code is reported beside it to tell
"not found" from "found but coded wrong".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..schema import Document, Mention
from .excerpt import excerpt
from .gold import GoldActor, GoldDoc
from .metrics import Ratio
from .report import ErrorCase, Report, Table
from .spans import frags, overlaps

RULE = ("a gold actor is found when a predicted mention overlaps its span and carries one of "
        "its accepted codes. The gold list is not exhaustive: recall only, no precision.")


def overlapping(gold: GoldActor, mentions: Sequence[Mention]) -> list[Mention]:
    """Predicted mentions sharing a character with the gold span."""
    return [m for m in mentions if overlaps(gold.span, frags(m.start, m.end))]


def score_actors(pairs: Sequence[tuple[GoldDoc, Document | None]]) -> Report:
    """Score predicted actor mentions against the gold actor list."""
    report = Report(task="actors", gold="dyad", rule=RULE)
    tally: Counter[str] = Counter()
    by_type = Table("by gold type", ["type", "gold", "found (span + code)", "recall",
                                     "span found", "span recall"])
    types: Counter[tuple[str, str]] = Counter()
    for gold_doc, doc in pairs:
        mentions = doc.actors if doc else []
        tally["pred"] += len(mentions)
        tally["pred_coded"] += sum(1 for m in mentions if m.code)
        for gold in gold_doc.actors:
            near = overlapping(gold, mentions)
            coded = [m for m in near if m.code in gold.codes]
            kind = gold.type or "other"
            for key, hit in (("gold", True), ("span", bool(near)), ("found", bool(coded))):
                types[(kind, key)] += hit
                tally[key] += hit
            if coded:
                continue
            there = "; ".join(f"{m.text!r} {m.code or 'uncoded'}" for m in near) or "nothing"
            report.errors.append(ErrorCase(
                "wrong code" if near else "missed", gold_doc.id,
                f"{gold.text!r} accepts {'/'.join(gold.codes)}; predicted there: {there}",
                excerpt(gold_doc.text, doc.sentences if doc else [], gold.span), weight=1.0))
    for kind in sorted({k for k, _ in types}):
        n, found, span = types[(kind, "gold")], types[(kind, "found")], types[(kind, "span")]
        by_type.rows.append([kind, n, found, Ratio(found, n).value, span, Ratio(span, n).value])
    report.values["recall (span and accepted code)"] = Ratio(tally["found"], tally["gold"])
    report.values["span recall (any code or none)"] = Ratio(tally["span"], tally["gold"])
    report.values["predicted mentions that carry a code"] = Ratio(tally["pred_coded"],
                                                                  tally["pred"])
    report.tables.append(by_type)
    return report
