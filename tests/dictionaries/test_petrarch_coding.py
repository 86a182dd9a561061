"""Coding with imported PETRARCH dictionaries: made-up countries, agents and verbs in
PETRARCH's formats, converted by dyad, then sentences coded with them alone. Checks the
PETRARCH rules dyad follows for word-order patterns: first match wins, source before and
target after the verb, `$ + % ^`, paired codes, passives with "by", agents composed into
actors, coordination, claimed verb phrases, the comma rule and the coding switches."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.context import DictionaryConfig
from dyad.dictionaries import import_files
from dyad.evaluate.codes import petrarch_code

pytestmark = pytest.mark.slow

ACTORS = """\
RURITANIA [RUR]
+RURITANIAN
FREEDONIA [FRE]
SYLVANIA [SYL]
+SYLVANIAN
GRAUSTARK [GRA]
"""

AGENTS = """\
SOLDIER [~MIL]
MINISTER [~GOV]
REBEL_GROUP [~REB]
"""

VERBS = """\
&CROPS
+WHEAT
+BARLEY

--- SUPPLY [070] ---
SUPPLY
SHIP {SHIPPED SHIPPING}
- * &CROPS  [071]
- WILL NOT * [---]
- + WAS * BY $  [072]

--- MEET [040:040] ---
MEET {MET MEETING}
- % HAVE * [041]

--- ARRIVE [042:043] ---
ARRIVE

--- CONDEMN [122] ---
CONDEMN

--- ACCUSE [112] ---
ACCUSE
- * ^ OF +  [113]

--- AGREE [030:030] ---
AGREE

--- TELL [---] ---
TELL {TOLD TELLS TELLING}
- * + ABOUT $  [050]

--- SAY [010] ---
SAY {SAID SAYS SAYING}
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory):
    from dyad.pipeline import Pipeline

    folder = tmp_path_factory.mktemp("petr")
    for name, text in (("t.actors.txt", ACTORS), ("t.agents.txt", AGENTS),
                       ("t.verbs.txt", VERBS)):
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "dicts"
    import_files("petrarch", [folder / n for n in ("t.actors.txt", "t.agents.txt",
                                                   "t.verbs.txt")], out)

    def code(text: str, settings: str | None = None) -> set[tuple[str, str, str]]:
        dirs: tuple[Path, ...] = (out,)
        if settings:
            extra = folder / f"s{abs(hash(settings))}"
            (extra / "verbs").mkdir(parents=True, exist_ok=True)
            (extra / "verbs" / "s.yaml").write_text(f"- settings: {{{settings}}}\n")
            dirs += (extra,)
        pipe = Pipeline(dictionaries=DictionaryConfig(dirs, use_defaults=False))
        record = pipe.code(text, published="2020-01-01")
        return {(petrarch_code(e.source), petrarch_code(e.target), e.cameo)
                for e in record.events}

    return code


@pytest.mark.parametrize(("text", "expected"), [
    # the bare verb, then a synset pattern; written forms, not lemmas
    ("Ruritania supplied Freedonia with tanks.", {("RUR", "FRE", "070")}),
    ("Ruritania shipped barley to Freedonia.", {("RUR", "FRE", "071")}),
    # a null pattern: the verb is known and codes nothing
    ("Ruritania will not supply Freedonia.", set()),
    # "+ was * by $": target before the verb, source after "by" (a passive with "by": the
    # pattern's positions are then swapped back, as PETRARCH does)
    ("Freedonia was supplied by Ruritania.", {("FRE", "RUR", "072")}),
    # agents compose into actors: "soldiers from Ruritania" -> RURMIL
    ("Soldiers from Ruritania condemned Freedonia.", {("RURMIL", "FRE", "122")}),
    ("The Ruritanian minister condemned Freedonia.", {("RURGOV", "FRE", "122")}),
    # an owner after coordinated agent nouns belongs to each; a country coordinated with
    # the agent noun is another owner
    ("Soldiers and ministers in Ruritania and Sylvania condemned Freedonia.",
     {("RURMIL", "FRE", "122"), ("RURGOV", "FRE", "122"), ("SYLMIL", "FRE", "122"),
      ("SYLGOV", "FRE", "122")}),
    ("Soldiers in Ruritania and Sylvania condemned Freedonia.",
     {("RURMIL", "FRE", "122"), ("SYLMIL", "FRE", "122")}),
    # coordination: one event per member
    ("Ruritania and Sylvania condemned Freedonia.", {("RUR", "FRE", "122"),
                                                      ("SYL", "FRE", "122")}),
    # paired code [042:043]: the visit and, back, the hosting
    ("Ruritania arrived in Freedonia.", {("RUR", "FRE", "042"), ("FRE", "RUR", "043")}),
    # a paired code with no target actor: the members act on each other
    ("Ruritania and Sylvania agree that the war must end.",
     {("RUR", "SYL", "030"), ("SYL", "RUR", "030")}),
    # % before the verb: a compound whose members act on each other
    ("Ruritania and Sylvania have met in the capital.",
     {("RUR", "SYL", "041"), ("SYL", "RUR", "041")}),
    # ^ skips a noun phrase: "accused the envoy of Freedonia" -> target after "of"
    ("Ruritania accused its envoy of helping Freedonia.", {("RUR", "FRE", "113")}),
    # $ after the verb: the source is there, the target found as usual
    ("The minister told Freedonia about Ruritania.", {("RUR", "FRE", "050")}),
    # a matched verb claims its phrase: "condemned" inside "said ... " is not coded again
    ("Ruritania said Sylvania condemned Freedonia.", {("RUR", "SYL", "010")}),
])
def test_petrarch_rules(coder, text, expected):
    assert coder(text) == expected


def test_switches(coder):
    text = "A senior minister condemned the decision, a Freedonian paper said."
    # require_dyad (default on): no event with a missing actor
    assert coder(text) == set()
    # off: a sector-only actor is ---GOV; the paper's statement has no verb pattern here
    assert ("---GOV", "---", "122") in coder(text, "require_dyad: false")
    # new_actor_length: an uncoded phrase of at most N words counts as an actor
    found = coder("The old orchard supplied Freedonia.", "new_actor_length: 3")
    assert found == {("---", "FRE", "070")}  # the scorer writes it as "THE OLD ORCHARD"


def test_comma_rule(coder):
    # a terminal clause of 2-8 words is left out ("..., a Sylvanian paper said on Monday")
    text = "Ruritania condemned Freedonia, a Sylvanian paper said on Monday."
    assert coder(text, "require_dyad: false") == {("RUR", "FRE", "122")}
    assert coder(text, "require_dyad: false, comma_emax: 0") == {("RUR", "FRE", "122"),
                                                                  ("SYL", "---", "010")}
