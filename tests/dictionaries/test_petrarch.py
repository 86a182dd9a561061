"""The PETRARCH importer on small hand-written dictionaries in PETRARCH's formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dyad.actors.lexicon import load_lexicon
from dyad.actors.model import normalise
from dyad.cli import main
from dyad.context import DictionaryConfig
from dyad.dictionaries import import_files
from dyad.dictionaries.petrarch_agents import pluralise
from dyad.dictionaries.petrarch_text import parse_restriction

ACTORS = """\
<!-- a test actor dictionary -->
# comment line
ARNOR_  [ARN]
+ARNORIAN_   # demonym
+FORNOST

<!-- a comment
spanning lines -->
ELENDIL_THE_TALL
+KING_ELENDIL
\t[ARNELI 19900101-991231]
\t[ARNGOV >20000101]
\t[ARN]

MINAS_ITHIL_
MINAS_MORGUL_
\t[MORMIL]

ANGMAR  [ANG < 950630]
\t[---]

BROKEN_ENTRY  [ARN 20201301-20210101]
SPLIT  [ARN/GON]
NOCODE_ACTOR
+ALSO_NOCODE
---STOP---
AFTER_STOP [XXX]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
WATCH!PERSON! [~COP]
FOREIGN_MINISTER [~GOVFRM]
MINISTRY_OF_SILLY_WALKS [~GOV]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
RIGHTS_BODY  [NGO~]
ORPHAN_PHRASE
!UNDEFINED!_CLERK [~GOV]
"""


@pytest.fixture
def converted(tmp_path: Path):
    (tmp_path / "test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "test.agents.txt").write_text(AGENTS, encoding="utf-8")
    out = tmp_path / "out"
    results = import_files("petrarch", [tmp_path / "test.actors.txt",
                                        tmp_path / "test.agents.txt"], out)
    return out, {r.kind: r for r in results}


def rows(path: Path) -> list[list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def test_actor_records_become_rows_with_dates_and_synonyms(converted):
    out, _ = converted
    table = rows(out / "actors.tsv")
    arnor = [r for r in table if r[0] == "Arnor"]
    assert arnor == [["Arnor", "Arnorian|Fornost", "ARN", "", "", "state",
                      "test.actors.txt:3"]]
    elendil = [r[2:5] for r in table if r[0] == "Elendil The Tall"]
    assert elendil == [["ARNELI", "1990-01-01", "2000-01-01"], ["ARNGOV", "2000-01-01", ""],
                       ["ARN", "", ""]]
    # consecutive primary phrases without a code share the codes that follow
    assert [r[:3] for r in table if r[0] == "Minas Ithil"] == [["Minas Ithil", "Minas Morgul",
                                                                 "MORMIL"]]
    # "< date" includes the day: the exclusive end is the day after
    assert [r[2:5] for r in table if r[0] == "Angmar"] == [["ANG", "", "1995-07-01"],
                                                            ["---", "", ""]]
    assert not [r for r in table if r[0] == "After Stop"]


def test_every_unconvertible_line_is_reported_with_its_line(converted):
    _, results = converted
    problems = {(p.line, p.partial) for p in results["actors"].problems}
    assert problems == {(22, False),  # impossible month 13
                        (23, True),   # two codes: the first is kept
                        (24, False)}  # no code for NOCODE_ACTOR (nor +ALSO_NOCODE)
    agent_lines = {p.line for p in results["agents"].problems}
    assert agent_lines == {8, 9}    # no code; undefined substitution set


def test_agents_plurals_and_substitutions(converted):
    out, _ = converted
    table = {r[0]: r[2:4] for r in rows(out / "agents.tsv")}
    assert table["watchman"] == ["~COP", "person"]
    assert table["watchwomen"] == ["~COP", "group"]
    assert table["foreign ministers"] == ["~GOVFRM", "group"]
    assert table["ministries of silly walks"] == ["~GOV", "group"]
    assert "polices" not in table and table["police"][0] == "~COP"
    assert table["attorneys general"] == ["~JUD", "group"]
    assert table["rights body"] == ["NGO~", "organization"]


def test_output_loads_as_a_user_dictionary(converted):
    out, _ = converted
    lexicon = load_lexicon(DictionaryConfig((out,), use_defaults=False))
    entity = lexicon.entity(lexicon.phrases[normalise("King Elendil")].refs[0])
    assert [entity.code_at(d)[0] for d in ("1995-05-05", "2001-01-01", "1980-01-01")] == [
        "ARNELI", "ARNGOV", "ARN"]
    angmar = lexicon.entities["actor:Angmar"]
    assert (angmar.code_at("1990-01-01")[0], angmar.code_at("2000-01-01")[0]) == ("ANG", None)
    assert lexicon.phrases[normalise("rights body")].sector.prefix


@pytest.mark.parametrize(("text", "expected"), [
    ("ARN", ("ARN", None, None)),
    ("arn <911226", ("ARN", None, "1991-12-27")),
    ("HOBREB > 990816", ("HOBREB", "1999-08-16", None)),
    ("HOBGOV 19950601 - 19990815", ("HOBGOV", "1995-06-01", "1999-08-16")),
    ("AFGGOV 310101-290101", None),  # 31 -> 1931, 29 -> 2029: fine
])
def test_restrictions(text, expected):
    r = parse_restriction(text)
    if expected is not None:
        assert (r.code, r.start, r.end) == expected


@pytest.mark.parametrize("text", ["ARN 2004017-20061201", "ARN 20121204", "+++",
                                  "ARN 20120805-20120101"])
def test_bad_restrictions_raise(text):
    with pytest.raises(ValueError):
        parse_restriction(text)


@pytest.mark.parametrize(("singular", "plural"), [
    ("minister", "ministers"), ("ministry", "ministries"), ("congressman", "congressmen"),
    ("minister of defense", "ministers of defense"), ("attorney", "attorneys"),
    ("business", "businesses"),
])
def test_pluralise(singular, plural):
    assert pluralise(singular) == plural


def test_cli_import_reports_and_writes(tmp_path, monkeypatch):
    from dyad import dictionaries

    # a kind without a converter is reported and the other files still convert
    monkeypatch.delitem(dictionaries.CONVERTERS, ("petrarch", "discards"), raising=False)
    (tmp_path / "x.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "x.discards.txt").write_text("+SOCCER\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["dictionaries", "import", "--from", "petrarch",
                                  str(tmp_path / "x.actors.txt"), str(tmp_path / "x.discards.txt"),
                                  "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "x.actors.txt:22: not converted" in result.output
    assert "x.discards.txt:0: not converted" in result.output
    assert (tmp_path / "o" / "actors.tsv").exists()


def test_the_small_petrarch_validation_dictionaries_convert(shared, tmp_path):
    folder = shared / "eval" / "petrarch-unittest"
    results = import_files("petrarch", [folder / "PETR.Validate.actors.txt",
                                        folder / "PETR.Validate.agents.txt"], tmp_path)
    assert all(r.converted >= r.lines - 2 for r in results)
    load_lexicon(DictionaryConfig((tmp_path,), use_defaults=False))


@pytest.mark.slow
def test_imported_dictionaries_code_text_end_to_end(tmp_path):
    (tmp_path / "t.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "t.agents.txt").write_text(AGENTS, encoding="utf-8")
    import_files("petrarch", [tmp_path / "t.actors.txt", tmp_path / "t.agents.txt"],
                 tmp_path / "dicts")
    (tmp_path / "news.txt").write_text(
        "The Arnorian foreign minister met King Elendil in Fornost.", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "code", str(tmp_path / "news.txt"), "--published", "2005-06-01",
        "--dictionaries", str(tmp_path / "dicts"), "--no-default-dictionaries"])
    assert result.exit_code == 0, result.output
    import json

    actors = {m["text"]: m["code"] for m in json.loads(result.stdout)["actors"]}
    assert actors["Arnorian foreign minister"] == "ARNGOVFRM"
    assert actors["King Elendil"] == "ARNGOV"
    assert actors["Fornost"] == "ARN"
