"""Loading dictionaries: shipped data, user folders on top, and errors with file and line."""

from __future__ import annotations

import pytest

from dyad.actors.lexicon import load_lexicon
from dyad.actors.model import normalise
from dyad.context import DictionaryConfig
from dyad.errors import DictionaryError

ARNOR = """
    ARN:
      name: Arnor
      names: [Arnor, Kingdom of Arnor]
      demonyms: [Arnorian, Arnorians]
      capital: Fornost
      metonyms: [Fornost]
    """


def refs(lexicon, phrase):
    entry = lexicon.phrases.get(normalise(phrase))
    return [lexicon.entity(r).key for r in entry.refs] if entry else []


def test_shipped_dictionaries_load_and_hold_the_basics():
    # load time is measured by bench/, never asserted in a test
    lexicon = load_lexicon(DictionaryConfig())
    assert refs(lexicon, "Kremlin") == ["country:RUS"]
    assert lexicon.phrases[normalise("foreign ministry")].sector.code == "GOV"
    assert lexicon.phrases[normalise("MPs")].sector.code == "LEG"
    assert lexicon.pronouns["he"] == "male"
    assert lexicon.honorifics["mrs"] == "female"
    assert "GOV" in lexicon.sector_codes


def test_user_folder_adds_actors_on_top_of_shipped(user_dir):
    folder = user_dir({"actors.tsv": """
        name\taliases\tcode\tstart\tend\ttype\tsource
        Acme Drilling\tAcme\tUSABUS\t\t\torganization\tmy notes
        """})
    lexicon = load_lexicon(DictionaryConfig((folder,)))
    assert refs(lexicon, "Acme") == ["actor:Acme Drilling"]
    assert refs(lexicon, "Russia") == ["country:RUS"]


def test_user_entry_replaces_the_shipped_one_names_included(user_dir):
    folder = user_dir({"countries.yaml": """
        GEO:
          name: Georgia
          names: [Georgia, Sakartvelo]
          demonyms: [Georgian, Georgians]
          capital: Tbilisi
          metonyms: []
        """})
    lexicon = load_lexicon(DictionaryConfig((folder,)))
    assert refs(lexicon, "Sakartvelo") == ["country:GEO"]
    assert refs(lexicon, "Tbilisi") == []  # the shipped metonym went with the entry


def test_later_folder_overrides_earlier_and_no_defaults_drops_shipped(user_dir):
    first = user_dir({"countries.yaml": ARNOR}, "first")
    second = user_dir({"actors.tsv": """
        name\taliases\tcode\tstart\tend\ttype\tsource
        Fornost\t\tARNMIL\t\t\torganization\t
        """}, "second")
    lexicon = load_lexicon(DictionaryConfig((first, second), use_defaults=False))
    assert refs(lexicon, "Fornost") == ["actor:Fornost"]
    assert refs(lexicon, "Arnorians") == ["country:ARN"]
    assert refs(lexicon, "Russia") == []
    assert lexicon.pronouns  # words.yaml (grammar, not codes) always loads


def test_every_bad_entry_is_reported_with_file_and_line(user_dir):
    folder = user_dir({
        "countries.yaml": ARNOR + """
    RUSS:
      name: Too long a key
      names: [Rus]
    GON:
      name: Gondor
      names: [Gondor]
      demonym: [Gondorian]
    """,
        "officials.tsv": (
            "# a comment line\n"
            "name\taliases\tcountry\tsector\trole\tstart\tend\tsource\n"
            "Aragorn\t\tARN\tGOV\tKing\t2019-03-25\t2019-03-01\ttale\n"
            "Boromir\t\tGON\tGOV\tSteward\tnot-a-date\t\ttale\n"
            "Faramir\t\tGON\tGOV\tSteward\t2019-01-01\t\t\n"),
    })
    with pytest.raises(DictionaryError) as caught:
        load_lexicon(DictionaryConfig((folder,), use_defaults=False))
    message = str(caught.value)
    for where in ("countries.yaml:8", "countries.yaml:14", "officials.tsv:3",
                  "officials.tsv:4", "officials.tsv:5"):
        assert where in message, where
    assert "5 bad dictionary entries" in message
    assert caught.value.code == "E300"


@pytest.mark.parametrize(("file_name", "text", "fragment"), [
    ("parties.tsv", "name\tcountry\n", "parties.tsv:1: header must be"),
    ("igos.yaml", "- code: igo\n  name: x\n  names: [x]\n", "igos.yaml:1: code"),
    ("sectors.yaml", "GOV:\n  persons: [minister]\n", "sectors.yaml:1"),
    ("territories.yaml", "- id: x\n  name: X\n  country: ARN\n  names: [X]\n  oops: [\n",
     "territories.yaml:6: not valid YAML"),
    ("agents.tsv", "name\taliases\tcode\ttype\tsource\nminister\t\tG~OV\t\t\n",
     "agents.tsv:2: code"),
])
def test_format_errors_name_the_line(user_dir, file_name, text, fragment):
    folder = user_dir({file_name: text})
    with pytest.raises(DictionaryError, match=fragment.replace(".", r"\.")):
        load_lexicon(DictionaryConfig((folder,), use_defaults=False))


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(DictionaryError, match="does not exist"):
        load_lexicon(DictionaryConfig((tmp_path / "nope",)))


@pytest.mark.parametrize(("phrase", "plural"), [
    ("opposition candidate", "opposition candidates"),
    ("head of state", "heads of state"),
    ("police spokesman", "police spokesmen"),
    ("ombudsperson", "ombudspeople"),
    ("press secretary", "press secretaries"),
    ("monarch", "monarchs"),
    ("president-elect", None),
])
def test_plural_of_a_title(phrase, plural):
    from dyad.actors.lexicon import plural_phrase

    assert plural_phrase(phrase) == plural


def test_person_sector_phrases_also_match_their_plural_as_a_group():
    lexicon = load_lexicon(DictionaryConfig())
    derived = lexicon.phrases[normalise("opposition candidates")].sector
    assert (derived.code, derived.type) == ("OPP", "group")
    listed = lexicon.phrases[normalise("opposition leaders")].sector
    assert listed.code == lexicon.phrases[normalise("opposition leader")].sector.code
