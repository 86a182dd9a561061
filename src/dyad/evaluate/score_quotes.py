"""Quote scoring (seed and PolNeAR): content spans matched one to one by the 50%/50%
overlap rule, then the speaker of each matched pair checked.

A speaker is right when its span or its antecedent's span overlaps the gold speaker span,
or its `name` equals the gold name; where the gold lists codes (seed), its code must be one
of them too. A gold relation with no source (PolNeAR) is right only when dyad also names no
speaker: inventing a speaker is an error. End to end = content matched and speaker right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..schema import Document, Mention, Quote
from .excerpt import clip, excerpt
from .gold import GoldDoc, GoldQuote, GoldSpeaker
from .metrics import Counts, Ratio
from .report import ErrorCase, Report, Table
from .spans import coverage, frags, half_match, match_one_to_one, overlaps

KINDS = ("direct", "indirect", "mixed")

RULE = ("content: a predicted quote matches a gold quote when their overlap covers >=50% of "
        "the gold content{alt} and >=50% of the predicted content, one to one (maximum "
        "matching). Speaker right: the predicted speaker's span or its antecedent's span "
        "overlaps the gold speaker span, or its name equals the gold name{codes}{nosource}. "
        "End to end: content matched and speaker right. By kind: recall by the gold kind, "
        "precision by the predicted kind{direct}.")


def rule_text(gold_format: str) -> str:
    """The matching rule, worded for the gold set it applies to."""
    if gold_format == "brat":
        return RULE.format(
            alt="", codes="",
            nosource="; a gold relation with no Source is right only when the predicted "
                     "speaker is null",
            direct="; gold 'direct' = content containing or enclosed in double quotation marks")
    return RULE.format(alt=" (or its `extended` clause)",
                       codes=", and its code is one of the gold codes", nosource="", direct="")


def content_score(gold: GoldQuote, pred: Quote) -> float:
    """The pair's fit under the 50/50 rule (0 = no match), best over accepted contents."""
    p = frags(pred.content.start, pred.content.end)
    return max(half_match(g, p) for g in (gold.content, *gold.alternatives))


def speaker_right(gold: GoldSpeaker | None, pred: Mention | None) -> bool:
    """The speaker rule above; codes are checked only when the gold lists them."""
    if gold is None:
        return pred is None
    if pred is None:
        return False
    spans = [frags(pred.start, pred.end)]
    if pred.antecedent is not None:
        spans.append(frags(pred.antecedent.start, pred.antecedent.end))
    located = any(overlaps(gold.span, s) for s in spans) or (
        bool(gold.name) and bool(pred.name) and _same_name(gold.name or "", pred.name or ""))
    if not located:
        return False
    return gold.codes is None or (pred.code is not None and pred.code in gold.codes)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def score_quotes(pairs: Sequence[tuple[GoldDoc, Document | None]], *,
                 gold_format: str = "dyad") -> Report:
    """Score predicted quotes against gold quotes over all documents."""
    report = Report(task="quotes", gold=gold_format, rule=rule_text(gold_format))
    tally: Counter[str] = Counter()
    for gold_doc, doc in pairs:
        _score_doc(gold_doc, doc, tally, report)
    _summarise(tally, report)
    return report


def _score_doc(gold_doc: GoldDoc, doc: Document | None, tally: Counter[str],
               report: Report) -> None:
    preds = doc.quotes if doc else []
    sentences = doc.sentences if doc else []
    candidates = [(gi, pi, score) for gi, g in enumerate(gold_doc.quotes)
                  for pi, p in enumerate(preds) if (score := content_score(g, p)) > 0]
    matched = match_one_to_one(candidates)
    matched_preds = set(matched.values())
    for gi, gold in enumerate(gold_doc.quotes):
        tally[f"gold:{gold.kind}"] += 1
        tally["gold"] += 1
        if gold.speaker is None:
            tally["gold:nosource"] += 1
        if gi not in matched:
            report.errors.append(_missed(gold, preds, gold_doc, sentences))
            continue
        pred = preds[matched[gi]]
        tally[f"match_gold:{gold.kind}"] += 1
        tally["matched"] += 1
        tally["kind_agree"] += pred.kind == gold.kind
        if speaker_right(gold.speaker, pred.speaker):
            tally[f"e2e_gold:{gold.kind}"] += 1
            tally["e2e"] += 1
            tally[f"e2e_pred:{pred.kind}"] += 1
            tally["nosource_right"] += gold.speaker is None
        else:
            report.errors.append(ErrorCase(
                "wrong speaker", gold_doc.id,
                f"gold {_gold_speaker(gold.speaker)}; predicted {_pred_speaker(pred.speaker)}",
                excerpt(gold_doc.text, sentences, gold.content), weight=1.0,
                group=gold_doc.id))
    for pi, pred in enumerate(preds):
        tally[f"pred:{pred.kind}"] += 1
        tally["pred"] += 1
        if pi in matched_preds:
            tally[f"match_pred:{pred.kind}"] += 1
        else:
            report.errors.append(ErrorCase(
                "spurious", gold_doc.id,
                f"{pred.kind} quote, speaker {_pred_speaker(pred.speaker)}",
                excerpt(gold_doc.text, sentences, frags(pred.content.start, pred.content.end)),
                weight=pred.content.end - pred.content.start, group=gold_doc.id))


def _missed(gold: GoldQuote, preds: Sequence[Quote], gold_doc: GoldDoc,
            sentences: Sequence) -> ErrorCase:
    """A gold quote with no match; 'boundary' when some prediction overlaps it too little."""
    best = max(((coverage(gold.content, frags(p.content.start, p.content.end)), p)
                for p in preds), key=lambda cp: min(cp[0]), default=None)
    kind, detail = "missed", f"{gold.kind} quote by {_gold_speaker(gold.speaker)}"
    if best is not None and best[0][0] > 0:
        kind = "boundary"
        detail += (f"; best overlapping prediction covers {best[0][0]:.0%} of the gold and "
                   f"{best[0][1]:.0%} of itself")
    return ErrorCase(kind, gold_doc.id, detail,
                     excerpt(gold_doc.text, sentences, gold.content),
                     weight=sum(e - s for s, e in gold.content), group=gold_doc.id)


def _gold_speaker(speaker: GoldSpeaker | None) -> str:
    if speaker is None:
        return "no source"
    codes = f" {'/'.join(speaker.codes)}" if speaker.codes else ""
    return f"{clip(speaker.text, 40)!r}{codes}"


def _pred_speaker(mention: Mention | None) -> str:
    if mention is None:
        return "none"
    ante = f" -> {clip(mention.antecedent.text, 40)!r}" if mention.antecedent else ""
    return f"{clip(mention.text, 40)!r}{ante} {mention.code or 'uncoded'}"


def _summarise(tally: Counter[str], report: Report) -> None:
    n_gold, n_pred, matched, e2e = tally["gold"], tally["pred"], tally["matched"], tally["e2e"]
    report.scores["content"] = Counts(matched, n_pred, matched, n_gold)
    report.scores["end-to-end"] = Counts(e2e, n_pred, e2e, n_gold)
    report.values["speaker accuracy among matched contents"] = Ratio(e2e, matched)
    report.values["kind agreement among matched contents"] = Ratio(tally["kind_agree"], matched)
    if tally["gold:nosource"]:
        report.values["no-source relations matched and given no speaker"] = Ratio(
            tally["nosource_right"], tally["gold:nosource"])
    table = Table("by kind (recall by gold kind, precision by predicted kind)",
                  ["kind", "gold", "pred", "content P", "content R", "content F1",
                   "speaker acc", "e2e P", "e2e R", "e2e F1"])
    seen = {key.split(":", 1)[1] for key in tally if key.startswith(("gold:", "pred:"))}
    order = {k: i for i, k in enumerate(KINDS)}
    kinds = sorted(seen - {"nosource"}, key=lambda k: (order.get(k, len(KINDS)), k))
    for kind in kinds:
        if not (tally[f"gold:{kind}"] or tally[f"pred:{kind}"]):
            continue
        content = Counts(tally[f"match_pred:{kind}"], tally[f"pred:{kind}"],
                         tally[f"match_gold:{kind}"], tally[f"gold:{kind}"])
        end = Counts(tally[f"e2e_pred:{kind}"], tally[f"pred:{kind}"],
                     tally[f"e2e_gold:{kind}"], tally[f"gold:{kind}"])
        table.rows.append([kind, tally[f"gold:{kind}"], tally[f"pred:{kind}"],
                           content.precision, content.recall, content.f1,
                           Ratio(tally[f"e2e_gold:{kind}"], tally[f"match_gold:{kind}"]).value,
                           end.precision, end.recall, end.f1])
    report.tables.append(table)

