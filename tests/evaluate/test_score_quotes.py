"""Quote scoring on hand-made gold and predictions: perfect, empty, partial, and each
clause of the speaker rule."""

import pytest

from dyad.evaluate.gold import GoldDoc, GoldQuote, GoldSpeaker
from dyad.evaluate.score_quotes import score_quotes, speaker_right
from dyad.evaluate.spans import frags

from .build import at, document, mention, quote

TEXT = ('Ivan Moskvin said "the border stays open" on Monday. He added that talks would go '
        'on for a month. "We will see," said the ministry.')


def _speaker(words, codes, name=None):
    return GoldSpeaker(frags(*at(TEXT, words)), words, name or words, codes)


GOLD = GoldDoc("d", TEXT, quotes=[
    GoldQuote(frags(*at(TEXT, "the border stays open")), "direct",
              _speaker("Ivan Moskvin", ("RUSGOV",))),
    GoldQuote(frags(*at(TEXT, "talks would go on for a month")), "indirect",
              _speaker("He", ("RUSGOV",), name="Ivan Moskvin")),
    GoldQuote(frags(*at(TEXT, "We will see,")), "direct", _speaker("the ministry", ("GEOGOV",))),
])


def _score(*quotes):
    return score_quotes([(GOLD, document(TEXT, quotes=list(quotes)))])


def test_perfect():
    report = _score(
        quote(TEXT, "the border stays open", mention(TEXT, "Ivan Moskvin", "RUSGOV")),
        quote(TEXT, "talks would go on for a month",
              mention(TEXT, "He", "RUSGOV", antecedent="Ivan Moskvin"), kind="indirect"),
        quote(TEXT, "We will see,", mention(TEXT, "the ministry", "GEOGOV")))
    for name in ("content", "end-to-end"):
        c = report.scores[name]
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
    assert report.values["speaker accuracy among matched contents"].value == 1.0
    assert not report.errors


def test_empty_predictions():
    report = _score()
    content = report.scores["content"]
    assert content.precision is None and content.recall == 0.0 and content.f1 == 0.0
    assert {e.kind for e in report.errors} == {"missed"}


def test_partial():
    report = _score(
        # content trimmed but over half on both sides; speaker right through the antecedent
        quote(TEXT, "the border stays",
              mention(TEXT, "He", "RUSGOV", antecedent="Ivan Moskvin")),
        # content right, speaker uncoded: wrong under the seed rule
        quote(TEXT, "talks would go on for a month", mention(TEXT, "He"), kind="indirect"),
        # spurious
        quote(TEXT, "on Monday", None, kind="indirect"))
    content, e2e = report.scores["content"], report.scores["end-to-end"]
    assert (content.matched_pred, content.n_pred, content.matched_gold, content.n_gold) == (
        2, 3, 2, 3)
    assert (e2e.matched_gold, e2e.n_pred) == (1, 3)
    assert report.values["speaker accuracy among matched contents"].value == 0.5
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["missed", "spurious", "wrong speaker"]
    rows = {row[0]: row for row in report.tables[0].rows}
    assert rows["direct"][1:3] == [2, 1] and rows["indirect"][1:3] == [1, 2]


def test_a_prediction_over_two_quotes_matches_neither():
    text = "A said x. B said y."
    gold = GoldDoc("d", text, quotes=[GoldQuote(frags(*at(text, "x")), "direct"),
                                      GoldQuote(frags(*at(text, "y")), "direct")])
    report = score_quotes([(gold, document(text, quotes=[quote(text, "x. B said y")]))])
    assert report.scores["content"].matched_gold == 0


def test_extended_content_is_accepted():
    text = "The party said relations will not be restored soon."
    gold = GoldDoc("d", text, quotes=[GoldQuote(
        frags(*at(text, "restored")), "mixed", None,
        alternatives=(frags(*at(text, "relations will not be restored soon")),))])
    pred = quote(text, "relations will not be restored soon", None, kind="indirect")
    report = score_quotes([(gold, document(text, quotes=[pred]))])
    assert report.scores["content"].recall == 1.0


@pytest.mark.parametrize(("gold", "pred", "right"), [
    (_speaker("Ivan Moskvin", ("RUSGOV",)), mention(TEXT, "Moskvin", "RUSGOV"), True),
    (_speaker("Ivan Moskvin", ("RUSGOV",)),
     mention(TEXT, "He", "RUSGOV", antecedent="Ivan Moskvin"), True),
    (_speaker("He", ("RUSGOV",), name="Ivan Moskvin"),
     mention(TEXT, "the ministry", "RUSGOV", name="ivan  moskvin"), True),   # by name
    (_speaker("Ivan Moskvin", ("RUSGOV",)), mention(TEXT, "Ivan Moskvin", "RUS"), False),
    (_speaker("Ivan Moskvin", ("RUSGOV",)), mention(TEXT, "Ivan Moskvin"), False),
    (_speaker("Ivan Moskvin", ("RUSGOV",)), mention(TEXT, "the ministry", "RUSGOV"), False),
    (_speaker("Ivan Moskvin", None), mention(TEXT, "Ivan Moskvin"), True),   # brat: no codes
    (_speaker("Ivan Moskvin", None), None, False),
    (None, None, True),                                                        # no source
    (None, mention(TEXT, "the ministry"), False),
])
def test_speaker_rule(gold, pred, right):
    assert speaker_right(gold, pred) is right


def test_brat_rule_text_and_no_source():
    gold = GoldDoc("d", TEXT, quotes=[GoldQuote(frags(*at(TEXT, "We will see,")), "direct")])
    right = score_quotes([(gold, document(TEXT, quotes=[quote(TEXT, "We will see,")]))],
                         gold_format="brat")
    assert right.scores["end-to-end"].recall == 1.0
    assert "no Source" in right.rule and "extended" not in right.rule
    wrong = score_quotes([(gold, document(TEXT, quotes=[
        quote(TEXT, "We will see,", mention(TEXT, "the ministry"))]))], gold_format="brat")
    assert wrong.scores["content"].recall == 1.0 and wrong.scores["end-to-end"].recall == 0.0


def test_failed_document_scores_as_empty():
    report = score_quotes([(GOLD, None)])
    assert report.scores["content"].n_gold == 3 and report.scores["content"].n_pred == 0
