"""Event scoring against PLOVER gold-standard records: one sentence, one gold event.

Type recall asks whether some predicted event has the gold PLOVER type; triple recall adds
the source and, where the gold has one, the target (3-letter prefixes). Precision is a lower
bound: only one event per sentence is coded, so a correct second event counts as wrong.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..errors import DictionaryError
from ..schema import Document, Event
from .cameo import cameo_table, event_type
from .codes import describe, mention_prefix, prefix
from .excerpt import excerpt
from .gold import GoldDoc, PloverGold
from .metrics import Counts, Ratio
from .report import ErrorCase, Report, Table

RULE = ("per sentence: type recall = some predicted event has the gold PLOVER type (its "
        "`plover`, else derived from `cameo` with data/events/cameo.tsv); triple recall = "
        "type, source 3-letter prefix among the gold sources and, when the gold has targets, "
        "target prefix among them (a gold record with no target accepts any target or none; "
        "one with no source any source). Precision is a lower bound (one gold event per "
        "sentence): a predicted event is right if it has the gold type (type) or type and "
        "actors (triple). Code aliases JAP=JPN ITL=ITA VTN=VNM ISM=MOS.")


def actors_right(gold: PloverGold, event: Event) -> bool:
    """Source (and target, when the gold has one) prefixes accepted by the gold record."""
    if gold.sources and mention_prefix(event.source) not in {prefix(s) for s in gold.sources}:
        return False
    return not gold.targets or mention_prefix(event.target) in {prefix(t) for t in gold.targets}


def score_plover(pairs: Sequence[tuple[GoldDoc, Document | None]], *,
                 table: dict[str, str | None] | None = None) -> Report:
    """Score predicted events against PLOVER records; `table` overrides cameo.tsv (tests)."""
    report = Report(task="events", gold="plover", rule=RULE)
    if table is None:
        try:
            table = cameo_table()
        except DictionaryError as exc:  # a broken table must not hide the other numbers
            table = {}
            report.warnings.append(f"{exc.message}: events without a `plover` field count "
                                   "as untyped")
    t: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for gold_doc, doc in pairs:
        gold = gold_doc.plover
        if gold is None:
            continue
        events = doc.events if doc else []
        types = [event_type(e, table) for e in events]
        type_ok = [ty == gold.event for ty in types]
        triple_ok = [ok and actors_right(gold, e) for ok, e in zip(type_ok, events, strict=True)]
        t["records"] += 1
        t[f"gold:{gold.event}"] += 1
        t["pred"] += len(events)
        t["empty"] += not events
        t["pred_type"] += sum(type_ok)
        t["pred_triple"] += sum(triple_ok)
        for ty in types:
            t[f"pred:{ty}"] += 1
            t[f"pred_right:{ty}"] += ty == gold.event
        if any(type_ok):
            t["type_hit"] += 1
            t[f"type_hit:{gold.event}"] += 1
        if any(triple_ok):
            t["triple_hit"] += 1
            t[f"triple_hit:{gold.event}"] += 1
        if not any(type_ok):
            for ty in set(types) or {None}:
                confusions[(gold.event, ty or "no event")] += 1
        _errors(gold_doc, gold, doc, events, types, type_ok, triple_ok, report)
    report.scores["type"] = Counts(t["pred_type"], t["pred"], t["type_hit"], t["records"])
    report.scores["triple"] = Counts(t["pred_triple"], t["pred"], t["triple_hit"], t["records"])
    report.values["events per sentence"] = Ratio(t["pred"], t["records"])
    report.values["sentences with no event"] = Ratio(t["empty"], t["records"])
    report.tables += [_per_type(t), _confusions(confusions)]
    return report


def _per_type(t: Counter[str]) -> Table:
    table = Table("per gold type (precision by predicted type)",
                  ["type", "gold", "type recall", "triple recall", "pred", "type precision"])
    names = sorted({k.split(":", 1)[1] for k in t if k.startswith(("gold:", "pred:"))}
                   - {"None"})
    for name in names:
        table.rows.append([name, t[f"gold:{name}"],
                           Ratio(t[f"type_hit:{name}"], t[f"gold:{name}"]).value,
                           Ratio(t[f"triple_hit:{name}"], t[f"gold:{name}"]).value,
                           t[f"pred:{name}"],
                           Ratio(t[f"pred_right:{name}"], t[f"pred:{name}"]).value])
    if t["pred:None"]:
        table.rows.append(["(no PLOVER type)", 0, None, None, t["pred:None"], 0.0])
    return table


def _confusions(confusions: Counter[tuple[str, str]]) -> Table:
    table = Table("most frequent misses: gold type -> what was predicted instead",
                  ["gold type", "predicted", "sentences"])
    for (gold, pred), n in confusions.most_common(12):
        table.rows.append([gold, pred, n])
    return table


def _errors(gold_doc: GoldDoc, gold: PloverGold, doc: Document | None,
            events: Sequence[Event], types: Sequence[str | None], type_ok: Sequence[bool],
            triple_ok: Sequence[bool], report: Report) -> None:
    want = (f"gold {gold.event} {'/'.join(gold.sources) or 'any'} -> "
            f"{'/'.join(gold.targets) or 'any'}")
    sentence = excerpt(gold_doc.text, doc.sentences if doc else [], None)
    if not events:
        report.errors.append(ErrorCase("no event", gold_doc.id, want, sentence, 1.0,
                                       gold.event))
    elif not any(type_ok):
        got = "; ".join(f"{e.cameo} {ty or 'no type'}" for e, ty in zip(events, types,
                                                                     strict=True))
        report.errors.append(ErrorCase("wrong type", gold_doc.id, f"{want}; predicted {got}",
                                       sentence, 1.0, gold.event))
    elif not any(triple_ok):
        got = "; ".join(f"{describe(e.source)} -> {describe(e.target)}"
                        for e, ok in zip(events, type_ok, strict=True) if ok)
        report.errors.append(ErrorCase("wrong actors", gold_doc.id,
                                       f"{want}; predicted {got}", sentence, 1.0,
                                       gold.event))
