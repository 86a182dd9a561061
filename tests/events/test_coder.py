"""The coder on our own sentences. Actors are given (a word -> code table), so these tests
check who-did-what-to-whom, framing and modality, not actor resolution."""

from __future__ import annotations

import re

import pytest

from dyad.context import DocContext
from dyad.events import code_events
from dyad.schema import Document, Mention, Quote, Span

pytestmark = pytest.mark.slow

ACTORS = {
    "Russia": "RUS", "Georgia": "GEO", "France": "FRA", "Germany": "DEU", "Iran": "IRN",
    "China": "CHN", "Japanese": "JPN", "Japan": "JPN", "Israel": "ISR", "Turkey": "TUR",
    "Sweden": "SWE", "Indian": "IND", "Pakistani": "PAK", "Serbian": "SRB", "Chile": "CHL",
    "Peru": "PER", "Ankara": "TURGOV", "Moscow": "RUSGOV", "Armenian": "ARM", "Baku": "AZEGOV",
    "Azerbaijan": "AZE", "Ukraine": "UKR", "Poland": "POL", "United States": "USA",
    "Egypt": "EGY", "Kenya": "KEN", "Somalia": "SOM", "Brazil": "BRA", "Argentina": "ARG",
}


def _mentions(text: str) -> list[Mention]:
    out = []
    for name, code in ACTORS.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(Mention(name, m.start(), m.end(), code=code, country=code[:3],
                               type="state"))
    return sorted(out, key=lambda m: m.start)


def code(pipeline, text: str, quotes: list[Quote] | None = None, published="2022-05-10"):
    doc = pipeline.nlp(text)
    ctx = DocContext(published, None, (), pipeline.resources)
    record = Document(id="t", text=text, published=published, actors=_mentions(text),
                      quotes=quotes or [])
    return code_events(doc, ctx, record)


def triples(events):
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.root)
            for e in events}


CASES = [
    # (sentence, expected (source, target, root) present)
    ("France and Germany imposed sanctions on Iran.", {("FRA", "IRN", "16"), ("DEU", "IRN", "16")}),
    ("China refused to meet the Japanese delegation.", {("CHN", "JPN", "12")}),
    ("Turkey threatened to cut ties with Sweden.", {("TUR", "SWE", "13")}),
    ("Indian troops shelled Pakistani positions on Tuesday.", {("IND", "PAK", "19")}),
    ("Serbian students accused Russia of aggression.", {("SRB", "RUS", "11")}),
    ("Chile and Peru signed a trade agreement.", {("CHL", "PER", "05")}),
    ("Poland condemned the attack on Ukraine.", {("POL", "UKR", "11")}),
    ("Egypt hosted talks between Kenya and Somalia.", {("EGY", "KEN", "04")}),
    ("Brazil praised Argentina for its restraint.", {("BRA", "ARG", "05")}),
    ("Azerbaijan demanded that Armenian forces withdraw.", {("AZE", "ARM", "10")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_who_did_what_to_whom(pipeline, text, expected):
    found = triples(code(pipeline, text))
    assert expected <= found, found


def test_intent_maps_to_03(pipeline):
    events = code(pipeline, "Japan is willing to normalize relations with China.")
    assert [(e.source.code, e.target.code, e.cameo, e.modality) for e in events] == \
        [("JPN", "CHN", "032", "intended")]


def test_negated_cooperation_is_rejection(pipeline):
    events = code(pipeline, "Japan will not normalize relations with China.")
    assert [(e.root, e.negated) for e in events] == [("12", True)]


def test_negated_conflict_is_not_coded(pipeline):
    assert code(pipeline, "Indian troops did not shell Pakistani positions.") == []


def test_appeal_target_is_the_addressee(pipeline):
    events = code(pipeline, "France urged Iran to release the detained sailors.")
    assert [(e.source.code, e.target.code, e.root, e.plover) for e in events] == \
        [("FRA", "IRN", "02", "REQUEST")]


def test_passive_with_agent(pipeline):
    events = code(pipeline, "Ukraine was attacked by Russia on Monday.")
    assert ("RUS", "UKR") in {(e.source.code, e.target.code) for e in events}


def test_accusation_by_statement_content(pipeline):
    text = "Georgia said Russia is an occupier of its territories."
    events = code(pipeline, text)
    assert ("GEO", "RUS", "11") in triples(events)
    assert all(e.source.code != "RUS" for e in events)


def test_event_in_quote_is_reported_by_speaker(pipeline):
    text = "Ties will not be resumed until the occupation ends, Georgia said."
    speaker = Mention("Georgia", text.index("Georgia"), text.index("Georgia") + 7, code="GEO",
                      country="GEO", type="state")
    quote = Quote("direct", Span(text[:text.index(",")], 0, text.index(",")), None, speaker)
    text_events = code(pipeline, text, [quote])
    # the source is the speaker (no agent); the partner is unknown in a one-line document
    assert [(e.source.code, e.root, e.reported_by.code) for e in text_events] == \
        [("GEO", "12", "GEO")]


@pytest.mark.parametrize("text", [
    "Russia launched air strikes on Ukraine.",
    "Ukraine condemned Russia's air strikes.",
])
def test_nominal_events(pipeline, text):
    events = code(pipeline, text)
    assert events and all(e.source is not None for e in events)
    assert any(e.root in {"18", "19", "11"} for e in events)


def test_nominalised_verb_is_coded_with_the_verbs_patterns(pipeline):
    events = code(pipeline, "Chile announced a suspension of trade links with Peru.")
    assert [(e.source.code, e.target.code, e.trigger.text) for e in events] == \
        [("CHL", "PER", "suspension")]


def test_force_against_unnamed_people_targets_the_place(pipeline):
    events = code(pipeline, "Indian troops fired on demonstrators.")
    located = [e for e in events if e.target is not None]
    assert located and all(e.target.rule == "located-group" and e.target.country == "IND"
                           and e.root in {"17", "18", "19"} for e in located)


def test_protest_without_target_is_aimed_at_the_venue_authorities(pipeline):
    from dyad.schema import Place

    text = "Serbian students staged rallies in Belgrade on Friday."
    start = text.index("Belgrade")
    doc = pipeline.nlp(text)
    ctx = DocContext("2022-05-10", None, (), pipeline.resources)
    record = Document(id="t", text=text, actors=_mentions(text),
                      places=[Place("Belgrade", start, start + 8, "Belgrade", "SRB")])
    events = code_events(doc, ctx, record)
    assert [(e.source.code, e.target.code, e.root, e.target.rule) for e in events] == \
        [("SRB", "SRBGOV", "14", "protest-venue")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland issued a statement demanding that Russia release the sailors.", ("POL", "RUS", "10")),
    ("Serbian students resorted to blocking roads.", ("SRB", None, "14")),
])
def test_sources_through_light_verbs_and_prepositional_clauses(pipeline, text, expected):
    assert expected in triples(code(pipeline, text))


def test_record_fields(pipeline):
    (event,) = code(pipeline, "Chile recalled its ambassador from Peru.")
    assert event.plover and event.quad_class in (1, 2, 3, 4) and event.goldstein is not None
    assert event.date == "2022-05-10" and event.date_precision == "day"
    assert event.rule and ":" in event.rule
    assert event.sentence.start == 0 and 0 <= event.confidence <= 1
