"""PLOVER scoring: type from `plover` or derived from `cameo`, triple recall, the precision
lower bound, gold records without a target."""

from dyad.evaluate.cameo import parse_cameo_table, plover_from_cameo
from dyad.evaluate.gold import GoldDoc, PloverGold
from dyad.evaluate.score_plover import score_plover

from .build import document, event, mention

TABLE = parse_cameo_table("# comment\ncode\tname\tgoldstein\tplover\tplover_mode\t"
                          "plover_context\n01\tStatement\t0\t\t\t\n04\tConsult\t1\tCONSULT\t\t\n"
                          "040\tConsult\t1\tCONSULT\t\t\n11\tDisapprove\t-2\tACCUSE\t\t\n"
                          "111\tCriticize\t-2\tACCUSE\t\t\n")

T1 = "Japan hosted Russian envoys in Tokyo."
T2 = "Albania criticised the decision."
G1 = GoldDoc("a", T1, plover=PloverGold("CONSULT", ("JAP",), ("RUS",)))
G2 = GoldDoc("b", T2, plover=PloverGold("ACCUSE", ("ALB",), ()))


def _score(events1, events2):
    return score_plover([(G1, document(T1, events=events1)), (G2, document(T2, events=events2))],
                        table=TABLE)


def test_table_lookup_falls_back_to_parent():
    assert plover_from_cameo("0411", TABLE) == "CONSULT"
    assert plover_from_cameo("010", TABLE) is None and plover_from_cameo(None, TABLE) is None


def test_perfect():
    report = _score([event(T1, "043", mention(T1, "Japan", "JPN"), mention(T1, "Russian", "RUS"))],
                    [event(T2, "111", mention(T2, "Albania", "ALBGOV"), None)])
    for name in ("type", "triple"):
        c = report.scores[name]
        assert (c.precision, c.recall) == (1.0, 1.0)
    assert report.values["events per sentence"].value == 1.0


def test_empty():
    report = _score([], [])
    assert report.scores["type"].recall == 0.0 and report.scores["type"].precision is None
    assert report.values["sentences with no event"].value == 1.0


def test_partial():
    report = _score(
        # right type (explicit plover field beats the cameo code), wrong target; plus an extra
        [event(T1, "111", mention(T1, "Japan", "JAP"), mention(T1, "Tokyo", "JPN"),
               plover="CONSULT"),
         event(T1, "010", mention(T1, "Japan", "JPN"), None)],
        # the gold has no target: any target is accepted
        [event(T2, "111", mention(T2, "Albania", "ALB"), mention(T2, "decision", "SRB"))])
    t, tr = report.scores["type"], report.scores["triple"]
    assert (t.matched_gold, t.matched_pred, t.n_pred) == (2, 2, 3)
    assert (tr.matched_gold, tr.matched_pred) == (1, 1)
    per_type = {row[0]: row for row in report.tables[0].rows}
    assert per_type["CONSULT"][2:4] == [1.0, 0.0]
    assert {e.kind for e in report.errors} == {"wrong actors"}
