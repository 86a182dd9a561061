"""Scoring against PETRARCH's validation records: a record passes when the set of
(source code, target code, event code) triples dyad produces equals the expected set
exactly, a missing actor written `---` as PETRARCH writes it.

`<Config>` switches: the coder honours them (evaluate/petrarch_run.py passes each record's
switches as settings); the output ones are applied here too, as PETRARCH applies them at
output: `require_dyad` (with it on, an event lacking a source or target is not written) and
`new_actor_length` (an uncoded noun phrase of fewer than N+1 words is written as its quoted
text). The comma_* switches (PETRARCH's comma-delimited clause rule) act in the coder only.

Besides the strict pass rate, the root-code pass rate compares the triples with event codes
cut to their root (first two digits).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..events.phrases import new_actor_phrase
from ..schema import Document, Mention
from .codes import MISSING, petrarch_code
from .excerpt import excerpt
from .gold import GoldDoc, PetrarchGold
from .metrics import Counts, Ratio
from .readers.petrarch import DEFAULT_CONFIG, require_dyad
from .report import ErrorCase, Report, Table

Triple = tuple[str, str, str]

RULE = ("a record passes when dyad's set of (source code, target code, CAMEO code) triples "
        "equals the expected set exactly (`---` = no actor, `---GOV` = sector without "
        "country); `noevents` expects the empty set. <Config> require_dyad (on by default) "
        "drops events with a `---` source or target, as PETRARCH does. Triple P/R/F1 is "
        "partial credit over all records.")

APPLIED = {"require_dyad", "new_actor_length", "comma_min", "comma_max", "comma_bmin",
           "comma_bmax", "comma_emin", "comma_emax"}
NOT_CODING = {"stop_on_error"}  # PETRARCH run control


def predicted_triples(doc: Document | None, *, dyad_required: bool,
                      new_actor_length: int = 0) -> frozenset[Triple]:
    """dyad's events as PETRARCH triples, filtered as require_dyad says."""
    triples = set()
    for event in doc.events if doc else []:
        source = _actor(event.source, new_actor_length)
        target = _actor(event.target, new_actor_length)
        if dyad_required and MISSING in (source, target):
            continue
        triples.add((source, target, event.cameo.strip()))
    return frozenset(triples)


def _actor(mention: Mention | None, new_actor_length: int) -> str:
    """PETRARCH's code for an actor; with new_actor_length N, an uncoded phrase of at most N
    words is written as its text in quotes, upper case, without possessive 's."""
    code = petrarch_code(mention)
    if code != MISSING or mention is None:
        return code
    return new_actor_phrase(mention.text, new_actor_length) or code


def roots(triples: frozenset[Triple]) -> frozenset[Triple]:
    """Triples with the event code cut to its root ("0874" -> "08")."""
    return frozenset((s, t, c[:2]) for s, t, c in triples)


def _length(gold: PetrarchGold) -> int:
    try:
        return int(gold.option("new_actor_length") or 0)
    except ValueError:
        return 0


def score_petrarch(pairs: Sequence[tuple[GoldDoc, Document | None]]) -> Report:
    """Score each record's triple set; pass rate, partial credit and switch coverage."""
    report = Report(task="events", gold="petrarch", rule=RULE)
    t: Counter[str] = Counter()
    unhonoured: Counter[str] = Counter()
    for gold_doc, doc in pairs:
        gold = gold_doc.petrarch
        if gold is None:
            continue
        pred = predicted_triples(doc, dyad_required=require_dyad(gold),
                                 new_actor_length=_length(gold))
        passed = pred == gold.triples
        t["root_passed"] += roots(pred) == roots(gold.triples)
        category = gold.category or "(none)"
        t["records"] += 1
        t["passed"] += passed
        t[f"n:{category}"] += 1
        t[f"pass:{category}"] += passed
        t["pred"] += len(pred)
        t["gold"] += len(gold.triples)
        t["hit"] += len(pred & gold.triples)
        if not gold.triples:
            t["noevents"] += 1
            t["noevents_pass"] += passed
        for option, value in gold.config:
            if option not in APPLIED | NOT_CODING and value != DEFAULT_CONFIG.get(option):
                unhonoured[f"{option}={value}"] += 1
        if not passed:
            report.errors.append(_failure(gold_doc, doc, pred, gold.triples, category))
    report.values["records passing (exact triple set)"] = Ratio(t["passed"], t["records"])
    report.values["records passing (root codes)"] = Ratio(t["root_passed"], t["records"])
    report.values["noevents records passing"] = Ratio(t["noevents_pass"], t["noevents"])
    report.scores["triples"] = Counts(t["hit"], t["pred"], t["hit"], t["gold"])
    table = Table("by category", ["category", "records", "passing", "pass rate"])
    for key in sorted(k for k in t if k.startswith("n:")):
        cat = key[2:]
        table.rows.append([cat, t[key], t[f"pass:{cat}"], Ratio(t[f"pass:{cat}"], t[key]).value])
    report.tables.append(table)
    if unhonoured:
        report.notes.append(
            "switches not honoured (no dyad counterpart yet), records governed: "
            + ", ".join(f"{k} ({n})" for k, n in sorted(unhonoured.items())))
    return report


def _failure(gold_doc: GoldDoc, doc: Document | None, pred: frozenset[Triple],
             gold: frozenset[Triple], category: str) -> ErrorCase:
    missing, extra = gold - pred, pred - gold
    kind = ("missing and extra triples" if missing and extra
            else "missing triples" if missing else "extra triples")
    detail = f"expected {_fmt(gold)}; got {_fmt(pred)}"
    return ErrorCase(kind, gold_doc.id, detail,
                     excerpt(gold_doc.text, doc.sentences if doc else [], None),
                     weight=len(missing) + len(extra), group=category)


def _fmt(triples: frozenset[Triple]) -> str:
    return "{" + ", ".join(" ".join(t) for t in sorted(triples)) + "}" if triples else "no events"
