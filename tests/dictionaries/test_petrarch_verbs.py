"""The PETRARCH verb importer on small hand-written dictionaries in both formats
(PETRARCH-1/TABARI and PETRARCH-2), and the loader reading what it writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyad.context import DictionaryConfig
from dyad.dictionaries import detect_kind, import_files
from dyad.events.dictionary import load_event_dictionary

# PETRARCH-1 / TABARI style: synsets between blocks, patterns with $ + ^ %, paired codes
P1_VERBS = """\
<!-- a made-up verb dictionary -->
&FRUITS
+APPLE
+CHERRY
+STAR FRUIT_

&NOTS_
+DID N'T
+WILL NOT

--- PLANT  [061] ---
PLANT    # a comment
SOW {SOWN SOWED SOWING}
GRAFT [062]
- * &FRUITS TREES  [063]  # fruit trees
- &NOTS * [---]
- + WAS * BY $  [064:065]
- SAID_* ^ IN +  [066]
- % *_TOGETHER  [067:067]

--- HARVEST  [---]  ---
HARVEST
+BRING_IN {+BROUGHT_IN +BRINGING_IN}  [071]
WEED_+OUT  [072]
- * EARLY  [073]
- * &UNDEFINED  [074]
- * MISSING CODE
- TWO * STARS * [075]
~ a (a b PLANT) SAY = a b 099
"""

# PETRARCH-2 style: ( ) prepositional phrases, { } noun phrases, [:code], comments
P2_VERBS = """\
# a made-up PETRARCH-2 verb dictionary
####### SYNONYM SETS #######

&TOOL_
+SPADE
+GARDEN_HOE

####### VERB PATTERNS #######

---  WATER   [---]  ---
WATER
IRRIGATE [081]
SPRINKLE {SPRINKLES SPRINKLED SPRINKLING } [082]
- * {FLOWER BEDS}                                   [083]    # WATER
- * (WITH &TOOL)                                     [084]    # WATER
- $ * (FOR +)                                        [085]    # IRRIGATE
- * (AT NIGHT                                        [086]    # broken
- * (IN COURT)                                       [:087]   # WATER
"""


@pytest.fixture
def imported(tmp_path: Path):
    (tmp_path / "garden.verbs.txt").write_text(P1_VERBS, encoding="utf-8")
    (tmp_path / "lawn.txt").write_text(P2_VERBS, encoding="utf-8")
    out = tmp_path / "out"
    results = import_files("petrarch", [tmp_path / "garden.verbs.txt", tmp_path / "lawn.txt"],
                           out)
    return out, {r.path.name: r for r in results}


def entries(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_kind_from_name_or_content(imported, tmp_path):
    _, results = imported
    assert results["garden.verbs.txt"].kind == "verbs"
    assert results["lawn.txt"].kind == "verbs"  # no "verbs" in the name: the content says
    assert detect_kind(tmp_path / "lawn.txt") == "verbs"


def test_every_unconvertible_line_is_reported(imported):
    _, results = imported
    p1 = {(p.line, p.partial): p.reason for p in results["garden.verbs.txt"].problems}
    assert set(p1) == {(26, False), (27, False), (28, False), (29, False)}
    assert "not defined" in p1[(26, False)]
    assert "[code]" in p1[(27, False)]
    assert "exactly one *" in p1[(28, False)]
    assert "transformation" in p1[(29, False)]
    p2 = {p.line: p.reason for p in results["lawn.txt"].problems}
    assert set(p2) == {17} and "unbalanced" in p2[17]
    assert any("( ) or { }" in note for note in results["lawn.txt"].notes)
    # codes outside dyad's CAMEO table are kept, and said so once per file
    assert any("not in dyad's CAMEO table" in n and "062" not in n.split(":")[1]
               for n in results["garden.verbs.txt"].notes)


def test_blocks_become_bare_and_pattern_entries(imported):
    out, _ = imported
    table = entries(out / "verbs" / "garden.yaml")
    synsets = {e["synset"]: e["words"] for e in table if "synset" in e}
    # PETRARCH adds plurals unless the word or the label ends in "_"
    assert synsets["fruits"] == ["apple", "apples", "cherry", "cherries", "star fruit"]
    assert synsets["nots"] == ["did n't", "will not"]
    rules = [(e["code"], e.get("reverse"), e["pattern"], tuple(e["verbs"]))
             for e in table if "code" in e]
    plant = ("plant", "sow", "sown", "sowed", "sowing", "graft")
    assert ("061", None, "*", ("plant", "sow", "sown", "sowed", "sowing")) in rules
    assert ("062", None, "*", ("graft",)) in rules
    assert ("063", None, "* &fruits trees", plant) in rules
    assert ("---", None, "&nots *", plant) in rules
    assert ("064", "065", "+ was * by $", plant) in rules  # paired code
    assert ("066", None, "said_* ^ in +", plant) in rules
    assert ("067", "067", "% *_together", plant) in rules
    # no bare entry for HARVEST (block code ---); "bring in" is a phrasal verb; the verb of
    # WEED_+OUT is not its first word, so its leading word joins its own patterns
    assert ("071", None, "*", ("bring in", "brought in", "bringing in")) in rules
    assert ("073", None, "* early", ("harvest", "bring in", "brought in", "bringing in"))\
        in rules
    assert ("072", None, "weed_*", ("out",)) in rules
    assert ("073", None, "weed_* early", ("out",)) in rules
    # the verb alone comes after its patterns (the first pattern that fits wins)
    assert rules.index(("073", None, "weed_* early", ("out",))) < \
        rules.index(("072", None, "weed_*", ("out",)))
    assert not [r for r in rules if r[1] is None and r[0] == "---" and r[2] == "*"]


def test_petrarch2_phrases_read_as_word_order(imported):
    out, _ = imported
    table = entries(out / "verbs" / "lawn.yaml")
    rules = {e["pattern"]: (e["code"], e.get("reverse")) for e in table if "pattern" in e}
    assert rules["* flower beds"] == ("083", None)
    assert rules["* with &tool"] == ("084", None)
    assert rules["$ * for +"] == ("085", None)
    assert rules["* in court"] == ("---", "087")  # [:087]: only the reverse direction
    assert {e["code"]: e["verbs"] for e in table if e.get("pattern") == "*"} == {
        "081": ["irrigate"], "082": ["sprinkle", "sprinkles", "sprinkled", "sprinkling"]}


def test_output_loads_as_a_user_dictionary(imported):
    out, _ = imported
    dic = load_event_dictionary(DictionaryConfig((out,), use_defaults=False))
    assert not dic.verbs  # pattern entries are indexed apart, by written form
    assert {p.code for p in dic.sequences["plants"]} >= {"061", "063", "064"}
    assert "sown" in dic.sequences and "graft" in dic.sequences
    paired = next(p for p in dic.sequences["plant"] if p.code == "064")
    assert paired.reverse == "065"
    assert paired.sequence is not None and paired.sequence.upper[0].value == "was"
    assert {p.particle for p in dic.sequences["brought"]} == {"in"}
    assert {p.code for p in dic.sequences["irrigates"]} == {"081", "083", "084", "085", "---"}


def test_bad_pattern_entries_are_reported_with_file_and_line(tmp_path):
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "bad.yaml").write_text(
        '- synset: a\n  words: [x]\n'
        '- code: "010"\n  verbs: [say]\n  pattern: "say"\n'
        '- code: "011"\n  verbs: [say]\n  pattern: "* &missing"\n'
        '- synset: empty\n', encoding="utf-8")
    from dyad.errors import DictionaryError

    with pytest.raises(DictionaryError) as err:
        load_event_dictionary(DictionaryConfig((tmp_path,), use_defaults=False))
    message = str(err.value)
    assert "bad.yaml:3: pattern 'say': a pattern needs exactly one *" in message
    assert "bad.yaml:6: pattern '* &missing': synset &missing is not defined" in message
    assert "bad.yaml:9: synset 'empty' needs a list of `words`" in message


def test_discards_are_reported_line_by_line(tmp_path):
    (tmp_path / "x.discards.txt").write_text("+CRICKET\nGOLF COURSE  # sport\n",
                                             encoding="utf-8")
    [result] = import_files("petrarch", [tmp_path / "x.discards.txt"], tmp_path / "o")
    assert [p.line for p in result.problems] == [1, 2]
    assert result.failed == 2 and not result.outputs


@pytest.mark.slow
def test_shared_petrarch_verb_dictionaries_convert_in_seconds(shared, tmp_path):
    files = [shared / "eval" / "petrarch-unittest" / "PETR.Validate.verbs.txt",
             shared / "eval" / "petrarch-dictionaries" / "CAMEO.2.0.txt"]
    results = import_files("petrarch", files, tmp_path)
    validate, cameo = results
    assert validate.kind == cameo.kind == "verbs"
    assert validate.failed == 0 and validate.converted == validate.lines
    assert cameo.failed < 20 and cameo.converted > 0.99 * cameo.lines
    dic = load_event_dictionary(DictionaryConfig((tmp_path,), use_defaults=False))
    assert len(dic.sequences["attacked"]) > 10 and dic.sequences["said"]


RECORDS = """<Validation><Environment>
<Verbfile>toy.verbs.txt</Verbfile><Actorfile>toy.actors.txt</Actorfile>
<Agentfile>toy.agents.txt</Agentfile><Discardfile>toy.discards.txt</Discardfile>
</Environment><Sentences>
<Sentence id="T-1" sentence="true" date="20000101">
<EventCoding sourcecode="RUR" targetcode="FRE" eventcode="064"/>
<Text>Ruritania will plant new trees with Freedonia.</Text></Sentence>
<Config option="require_dyad" value="false"/>
<Sentence id="T-2" sentence="true" date="20000101">
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="061"/>
<Text>The minister planted a garden.</Text></Sentence>
<Config option="require_dyad" value="true"/>
<Config option="new_actor_length" value="3"/>
<Sentence id="T-3" sentence="true" date="20000101">
<EventCoding sourcecode="RUR" targetcode="&quot;THE OLD ORCHARD&quot;" eventcode="061"/>
<Text>Ruritania planted the old orchard.</Text></Sentence>
</Sentences></Validation>"""


def test_evaluate_petrarch_converts_the_records_own_dictionaries(tmp_path, monkeypatch):
    """`dyad evaluate events --gold petrarch FILE` converts the dictionaries its
    <Environment> names (beside the file) and codes with them only; <Config> switches apply."""
    from click.testing import CliRunner

    from dyad.cli import main

    (tmp_path / "toy.verbs.txt").write_text(
        "--- PLANT [061] ---\nPLANT\n- * NEW TREES [064]\n", encoding="utf-8")
    (tmp_path / "toy.actors.txt").write_text("RURITANIA [RUR]\nFREEDONIA [FRE]\n",
                                             encoding="utf-8")
    (tmp_path / "toy.agents.txt").write_text("MINISTER [~GOV]\n", encoding="utf-8")
    (tmp_path / "records.xml").write_text(RECORDS, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "events", "--gold", "petrarch",
                                       str(tmp_path / "records.xml"), "--json"])
    assert result.exit_code == 0, result.output
    import json

    report = json.loads(result.stdout)
    assert any("converted by dyad" in n for n in report["notes"]), report["notes"]
    assert not report["warnings"]
    passing = report["values"]["records_passing_exact_triple_set"]
    assert (passing["num"], passing["den"]) == (3, 3), report["errors"]


def test_settings_entries(tmp_path):
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "a.yaml").write_text(
        "- settings: {comma_max: 6, require_dyad: false}\n", encoding="utf-8")
    dic = load_event_dictionary(DictionaryConfig((tmp_path,), use_defaults=False))
    assert dic.settings == {"comma_max": 6, "require_dyad": False}
    (tmp_path / "verbs" / "b.yaml").write_text(
        "- settings: {comma_max: yes, bogus: 1}\n", encoding="utf-8")
    from dyad.errors import DictionaryError

    with pytest.raises(DictionaryError) as err:
        load_event_dictionary(DictionaryConfig((tmp_path,), use_defaults=False))
    assert "setting comma_max must be int" in str(err.value)
    assert "unknown setting 'bogus'" in str(err.value)


def test_record_switches_read_as_petrarch_reads_them():
    from dyad.evaluate.petrarch_run import coding_settings

    assert coding_settings((("require_dyad", "FALSE"), ("new_actor_length", "4"),
                            ("comma_max", "x"), ("stop_on_error", "True"))) == {
        "require_dyad": False, "new_actor_length": 4}
    assert coding_settings((("require_dyad", "True"),)) == {"require_dyad": True}
