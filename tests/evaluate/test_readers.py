"""Gold readers on tiny hand-written files (no text from the real gold sets)."""

import json

import pytest

from dyad.evaluate.errors import GoldError
from dyad.evaluate.readers import read_gold
from dyad.evaluate.readers.brat import quote_kind
from dyad.evaluate.readers.petrarch import require_dyad
from dyad.evaluate.spans import frags

ARTICLE = ('The mayor said the bridge will reopen in May. "We are nearly done," '
           "she told reporters, \u201cand it is safe.\u201d Critics doubt it.\n")


def _offsets(words, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE.index(words, start + 1)
    return start, start + len(words)


def _t(tid, label, *pieces):
    spans = ";".join(f"{s} {e}" for s, e in (_offsets(p) for p in pieces))
    return f"{tid}\t{label} {spans}\t{' '.join(pieces)}"


def _polnear(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "alpha.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "text" / "alpha_extra.txt").write_text("Nobody said anything.\n")
    first = "\n".join([
        _t("T1", "Attribution", "said"), _t("T2", "Source", "The mayor"),
        _t("T3", "Cue", "said"), _t("T4", "Content", "the bridge will reopen in May"),
        "E1\tAttribution:T1 Source:T2 Cue:T3 Content:T4",
        _t("T5", "Content", "We are nearly done,", "and it is safe."),
        _t("T6", "Source", "she"), _t("T7", "Cue", "told"), _t("T8", "Attribution", "told"),
        "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
        _t("T9", "Content", "doubt it"), _t("T10", "Attribution-no-source", "doubt"),
        _t("T11", "Content", "Critics"),
        "E3\tAttribution-no-source:T10 Content:T9 Content2:T11",
        "E4\tAttribution-no-source:T10 ",
    ]) + "\n"
    (tmp_path / "attributions" / "alpha_a1.ann").write_text(first, encoding="utf-8")
    (tmp_path / "attributions" / "alpha_b2.ann").write_text("E1\tAttribution:T1\n")
    (tmp_path / "attributions" / "alpha_extra_a1.ann").write_text("")
    return tmp_path


def test_brat_polnear_layout(tmp_path):
    gold = read_gold("brat", _polnear(tmp_path))
    assert [d.id for d in gold.docs] == ["alpha", "alpha_extra"]
    quotes = gold.docs[0].quotes
    assert len(quotes) == 3 and gold.docs[1].quotes == []
    said, told, doubt = quotes
    assert said.kind == "indirect" and said.speaker.text == "The mayor"
    assert told.kind == "direct" and len(told.content) == 2  # discontinuous, enclosed in marks
    assert doubt.speaker is None and len(doubt.content) == 2  # Content2 joins Content
    assert any("E4" in note for note in gold.notes)


def test_brat_plain_layout_and_limit(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        _t("T1", "Content", "Critics doubt it") + "\nE1\tAttribution:T1 Content:T1\n")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.ann").write_text("")
    gold = read_gold("brat", tmp_path, limit=1)
    assert [d.id for d in gold.docs] == ["a"] and len(gold.docs[0].quotes) == 1


def test_brat_offsets_checked(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tContent 0 3\tNot\nE1\tAttribution:T1 Content:T1\n")
    assert "differs" in read_gold("brat", tmp_path).notes[0]


def test_quote_kind():
    text = 'He said "yes" and later, \u201cno,\u201d then maybe.'
    assert quote_kind(frags(9, 12), text) == "direct"             # enclosed
    assert quote_kind(frags(3, 13), text) == "direct"             # contains a mark
    assert quote_kind(frags(26, 28), text) == "direct"            # enclosed past the comma
    then = text.index("then")
    assert quote_kind(frags(then, len(text)), text) == "indirect"


def test_plover(tmp_path):
    path = tmp_path / "g.jsonl"
    records = [
        {"id": "p1", "text": "Ruritania warned Freedonia.", "published": "2000-01-01",
         "gold": {"event": "THREATEN", "source": ["RUR"], "target": ["FRE"]}},
        {"id": "p2", "text": "Ruritania agreed.", "gold": {"event": "AGREE", "source": ["RUR"],
                                                            "target": "diplomatic"}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    gold = read_gold("plover", path)
    assert [d.plover.targets for d in gold.docs] == [("FRE",), ()]
    assert gold.docs[0].published == "2000-01-01"
    assert len(read_gold("plover", path, limit=1).docs) == 1
    path.write_text('{"id": "x", "text": "t", "gold": {"source": []}}\n')
    with pytest.raises(GoldError, match="g.jsonl:1"):
        read_gold("plover", path)


def test_coped(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "c1", "text": "Rebels shelled the town.", "gold": {
        "quad": 4, "source": [{"text": "Rebels", "start": 0, "end": 6}], "target": []}}) + "\n")
    doc = read_gold("coped", path).docs[0]
    assert doc.coped.quad == 4 and doc.coped.sources == (frags(0, 6),)
    path.write_text('{"id": "c", "text": "t", "gold": {"quad": 7}}\n')
    with pytest.raises(GoldError):
        read_gold("coped", path)


def _span(words, shift=0):
    start, end = _offsets(words)
    return {"text": words, "start": start + shift, "end": end + shift}


def _dyad_gold(tmp_path, shift=0):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {
        "document": "story.txt", "published": "2021-05-01",
        "quotes": [{"kind": "indirect",
                    "content": _span("the bridge will reopen in May"),
                    "speaker": _span("mayor", shift) | {"name": "Jane Roe", "codes": ["XYZGOV"]},
                    "extended": _span("said the bridge will reopen in May")}],
        "events": [{"id": "E1", "required": False, "source": ["XYZ"], "target": [None, "ABC"],
                    "root": ["03"]}],
        "actors": [_span("mayor") | {"codes": ["XYZGOV"]}],
        "places": [_span("May") | {"country": None, "lat": 1, "lon": 2}],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    return tmp_path


def test_dyad_gold(tmp_path):
    doc = read_gold("dyad", _dyad_gold(tmp_path)).docs[0]
    assert doc.id == "story" and doc.published == "2021-05-01"
    quote = doc.quotes[0]
    assert quote.speaker.codes == ("XYZGOV",)
    assert quote.alternatives == (frags(*_offsets("said the bridge will reopen in May")),)
    assert doc.events[0].targets == (None, "ABC") and not doc.events[0].required
    assert doc.places[0].tolerance_km == 50 and doc.actors[0].codes == ("XYZGOV",)


def test_dyad_gold_offsets_must_hold(tmp_path):
    with pytest.raises(GoldError, match="offsets"):
        read_gold("dyad", _dyad_gold(tmp_path, shift=1) / "gold.json")


PETRARCH_XML = """<Validation>
<Environment>
  <Verbfile>Test.verbs.txt</Verbfile>
  <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19990102" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="RUR" targetcode="FRE" eventcode="042"></EventCoding>
<EventCoding sourcecode="FRE" targetcode="RUR" eventcode="043"></EventCoding>
<Text>
Ruritania visited
  Freedonia.
</Text>
<Parse>(ROOT (S (NP (NNP Ruritania))))</Parse>
</Sentence>
<Sentence date="19990102" id="T-02" category="DEMO" sentence="false">
<EventCoding noevents="True"></EventCoding>
<Text>Headline only</Text>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date="19990103" id="T-03" category="ACTOR" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19990103" id="T-04" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>Broken.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_petrarch(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(PETRARCH_XML)
    gold = read_gold("petrarch", path)
    assert [d.id for d in gold.docs] == ["T-01", "T-03"]
    first, third = gold.docs
    assert first.text == "Ruritania visited Freedonia." and first.published == "1999-01-02"
    assert first.petrarch.triples == {("RUR", "FRE", "042"), ("FRE", "RUR", "043")}
    assert require_dyad(first.petrarch) and not require_dyad(third.petrarch)
    assert third.petrarch.triples == frozenset() and third.petrarch.category == "ACTOR"
    assert gold.meta == {"Verbfile": "Test.verbs.txt"}
    assert len(read_gold("petrarch", tmp_path, limit=1).docs) == 1  # a folder works too


def test_unknown_format_and_missing_path(tmp_path):
    with pytest.raises(GoldError):
        read_gold("conll", tmp_path)
    with pytest.raises(GoldError):
        read_gold("plover", tmp_path / "nope.jsonl")
    (tmp_path / "bad.xml").write_text("<Validation><Sentences>")
    with pytest.raises(GoldError):
        read_gold("petrarch", tmp_path / "bad.xml")
