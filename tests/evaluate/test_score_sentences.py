"""PETRARCH triple sets and CoPED labels, scored on hand-made predictions."""

import pytest

from dyad.evaluate.gold import CopedGold, GoldDoc, PetrarchGold
from dyad.evaluate.score_coped import label, score_coped
from dyad.evaluate.score_petrarch import predicted_triples, score_petrarch
from dyad.evaluate.spans import frags

from .build import at, document, event, mention

TEXT = "Syldavia will renew its full diplomatic relations with Borduria."
SYL, BOR = mention(TEXT, "Syldavia", "SYL"), mention(TEXT, "Borduria", "BOR")


def _petrarch(triples, require_dyad="true"):
    return GoldDoc("r", TEXT, petrarch=PetrarchGold(frozenset(triples),
                                                    (("require_dyad", require_dyad),), "DEMO"))


def test_petrarch_pass_fail_and_partial_credit():
    gold = [_petrarch({("SYL", "BOR", "064")}), _petrarch(set()),
            _petrarch({("SYL", "BOR", "064"), ("BOR", "SYL", "064")})]
    docs = [document(TEXT, events=[event(TEXT, "064", SYL, BOR)]),
            document(TEXT, events=[]),
            document(TEXT, events=[event(TEXT, "064", SYL, BOR)])]
    report = score_petrarch(list(zip(gold, docs, strict=True)))
    assert report.values["records passing (exact triple set)"].value == pytest.approx(2 / 3)
    assert report.values["noevents records passing"].value == 1.0
    triples = report.scores["triples"]
    assert (triples.matched_gold, triples.n_gold, triples.n_pred) == (2, 3, 2)
    assert [e.kind for e in report.errors] == ["missing triples"]


def test_petrarch_empty_predictions():
    report = score_petrarch([(_petrarch({("SYL", "BOR", "064")}), None)])
    assert report.values["records passing (exact triple set)"].value == 0.0


def test_require_dyad_and_missing_actor_codes():
    doc = document(TEXT, events=[
        event(TEXT, "023", mention(TEXT, "Syldavia", None, sectors=["GOV"]), None)])
    assert predicted_triples(doc, dyad_required=False) == {("---GOV", "---", "023")}
    assert predicted_triples(doc, dyad_required=True) == frozenset()
    passed = score_petrarch([(_petrarch({("---GOV", "---", "023")}, "false"), doc)])
    assert passed.values["records passing (exact triple set)"].value == 1.0


@pytest.mark.parametrize(("cameo", "quad", "expected"), [
    (None, None, 0), ("010", None, 0), ("020", None, 1), ("036", None, 1), ("064", None, 2),
    ("111", None, 3), ("190", None, 4), ("190", 3, 3),
])
def test_coped_label(cameo, quad, expected):
    ev = event(TEXT, cameo, quad_class=quad) if cameo else None
    assert label(ev) == expected


def test_coped_scoring():
    def gold(i, quad, source=None):
        spans = (frags(*at(TEXT, source)),) if source else ()
        return GoldDoc(str(i), TEXT, coped=CopedGold(quad, spans))

    pairs = [
        (gold(0, 2, "Syldavia"), document(TEXT, events=[  # most confident event decides
            event(TEXT, "111", BOR, confidence=0.2), event(TEXT, "064", SYL, confidence=0.9)])),
        (gold(1, 0), document(TEXT, events=[])),
        (gold(2, 3, "Borduria"), document(TEXT, events=[event(TEXT, "010", SYL)])),
        (gold(3, 4), None),
    ]
    report = score_coped(pairs)
    assert report.values["5-way accuracy"].value == 0.5
    assert report.values["accuracy over gold labels 1-4"].value == pytest.approx(1 / 3)
    assert report.values["top event source overlaps gold source"].value == 0.5
    per_label = {row[0]: row for row in report.tables[0].rows}
    assert per_label[0][2:4] == [1, 3]  # gold 0 once, predicted 0 three times
