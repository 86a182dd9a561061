"""Shipped national institutions (data/actors/institutions.tsv): named without a country word
they code their state and sector; generic names still need a country; user dictionaries
override them; ambiguous acronyms follow the document. Sentences written for these tests."""

from __future__ import annotations

from importlib import resources

import pytest

from dyad.actors.lexicon import load_lexicon
from dyad.actors.model import normalise, split_code
from dyad.context import DictionaryConfig, Resources

from .conftest import codes

SHIPPED = "dyad:data/actors/institutions.tsv"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(DictionaryConfig())


def _institutions(lexicon):
    return [e for e in lexicon.entities.values() if (e.where or "").startswith(SHIPPED)]


def _rows() -> list[list[str]]:
    text = (resources.files("dyad") / "data" / "actors" / "institutions.tsv").read_text("utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return lines[1:]


def test_the_file_loads_with_its_rows_and_codes(lexicon):
    rows = _rows()
    assert len(rows) >= 400
    assert all(len(row) == 7 for row in rows)
    entities = _institutions(lexicon)
    assert len(entities) == len({row[0] for row in rows})
    countries = {e.default for e in lexicon.entities.values() if e.kind == "country"}
    for entity in entities:
        for code in filter(None, [entity.default, *(t.code for t in entity.terms)]):
            state, *sectors = split_code(code)
            assert state in countries, entity
            assert sectors and set(sectors) <= lexicon.sector_codes, entity


def test_no_institution_name_is_claimed_by_another_shipped_entity(lexicon):
    for entity in _institutions(lexicon):
        for row in (r for r in _rows() if r[0] == entity.name):
            for name in [row[0], *filter(None, row[1].split("|"))]:
                entry = lexicon.phrases[normalise(name)]
                keys = [r.key for r in entry.refs]
                assert entity.key in keys and len(set(keys)) == 1, (name, keys)


def test_no_default_dictionaries_means_no_shipped_institutions(user_dir):
    folder = user_dir({"actors.tsv": "name\taliases\tcode\tstart\tend\ttype\tsource\n"})
    bare = load_lexicon(DictionaryConfig((folder,), use_defaults=False))
    assert normalise("Knesset") not in bare.phrases
    assert not [e for e in bare.entities.values() if "institutions" in (e.where or "")]


def test_a_user_actors_file_overrides_a_shipped_institution(user_dir):
    folder = user_dir({"actors.tsv": """
        name\taliases\tcode\tstart\tend\ttype\tsource
        Pentagon\tthe Pentagon\tUSAMIL\t\t\torganization\tmy project codes it MIL
        Spy Bureau\tMossad\tXYZSPY\t\t\torganization\ta user's own string
        """})
    lexicon = load_lexicon(DictionaryConfig((folder,)))
    pentagon = lexicon.phrases[normalise("Pentagon")]
    assert [lexicon.entity(r).default for r in pentagon.refs] == ["USAMIL"]
    mossad = lexicon.phrases[normalise("Mossad")]
    assert [lexicon.entity(r).default for r in mossad.refs] == ["XYZSPY"]


def _code_of(mentions, span: str) -> str | None:
    found = [m for m in mentions if m.text == span or m.text == f"The {span}"
             or m.text == f"the {span}"]
    assert found, [(m.text, m.code) for m in mentions]
    return found[0].code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    ("The Pentagon announced a new round of weapons deliveries.", "Pentagon", "USAGOVMIL"),
    ("The State Department criticised the verdict.", "State Department", "USAGOV"),
    ("The Knesset passed the budget after a long night.", "Knesset", "ISRLEG"),
    ("The Duma adopted the amendment in a third reading.", "Duma", "RUSLEG"),
    ("The Bundestag debated the arms exports on Thursday.", "Bundestag", "DEULEG"),
    ("Lawmakers in the Lok Sabha walked out in protest.", "Lok Sabha", "INDLEG"),
    ("The IDF struck a weapons depot overnight.", "IDF", "ISRMIL"),
    ("The Bundeswehr will station a brigade abroad.", "Bundeswehr", "DEUMIL"),
    ("The IRGC detained the crew of a fishing boat.", "IRGC", "IRNMIL"),
    ("The PLA staged exercises in the strait.", "PLA", "CHNMIL"),
    ("The Tatmadaw shelled villages near the border.", "Tatmadaw", "MMRMIL"),
    ("The CIA declined to comment.", "CIA", "USASPY"),
    ("The FBI opened an inquiry into the leak.", "FBI", "USACOP"),
    ("Mossad was blamed for the killing.", "Mossad", "ISRSPY"),
    ("The FSB detained a businessman in Kaliningrad.", "FSB", "RUSSPY"),
    ("MI6 warned ministers about the threat.", "MI6", "GBRSPY"),
    ("The Carabinieri arrested twelve suspects.", "Carabinieri", "ITACOP"),
    ("Scotland Yard charged two men.", "Scotland Yard", "GBRCOP"),
    ("USAID suspended the programme.", "USAID", "USAGOVDEV"),
    ("The Home Office rejected the asylum claims.", "Home Office", "GBRGOV"),
    ("The Bundesbank cut its growth forecast.", "Bundesbank", "DEUGOVBUS"),
    ("The Central Bank of Nigeria devalued the naira.", "Central Bank of Nigeria", "NGAGOVBUS"),
    ("Xinhua denounced the sanctions.", "Xinhua", "CHNGOVMED"),
    ("KCNA accused Seoul of provocations.", "KCNA", "PRKGOVMED"),
    ("The BBC interviewed the minister.", "BBC", "GBRMED"),
])
def test_an_institution_named_alone_codes_its_state(actors_of, text, span, code):
    assert _code_of(actors_of(text), span) == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    ("The Russian State Duma voted for the treaty.", "Russian State Duma", "RUSLEG"),
    ("Israeli Knesset members toured the site.", "Israeli Knesset members", "ISRLEG"),
    ("A State Department spokesman called for calm.", "State Department spokesman", "USAGOV"),
    ("Germany's Federal Foreign Office summoned the envoy.", "Federal Foreign Office", "DEUGOV"),
])
def test_a_country_word_still_composes_with_an_institution(actors_of, text, span, code):
    assert _code_of(actors_of(text), span) == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span"), [
    ("The Senate rejected the nomination.", "Senate"),
    ("Congress approved the spending bill.", "Congress"),
    ("The Supreme Court struck down the law.", "Supreme Court"),
    ("The National Assembly voted to dissolve itself.", "National Assembly"),
    ("Parliament adjourned until March.", "Parliament"),
])
def test_generic_institution_names_still_need_a_country(actors_of, text, span):
    coded = {m.text: m.code for m in actors_of(text) if span in m.text}
    assert not any(coded.values()), coded


@pytest.mark.slow
def test_generic_names_code_with_a_country_word(actors_of):
    found = codes(actors_of("The Nigerian Senate rejected the nomination."))
    assert found.get("Nigerian Senate") == "NGALEG", found


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent"), [
    ("Holidaymakers crowded the shores of Lake Garda.", "Garda"),
    ("Clinics began giving the Sputnik V vaccine.", "Sputnik"),
    ("The raw figures were published on Monday.", "raw"),
    ("Police released CCTV footage of the attack.", "CCTV"),
])
def test_words_inside_other_names_are_not_institutions(actors_of, text, absent):
    coded = [(m.text, m.code) for m in actors_of(text) if absent in m.text and m.code]
    assert not coded


@pytest.mark.slow
def test_dated_rows_follow_the_publication_date(actors_of):
    assert _code_of(actors_of("The KGB arrested two dissidents.", published="1985-05-01"),
                    "KGB") == "RUSSPY"
    assert _code_of(actors_of("The KGB arrested two dissidents.", published="2021-05-01"),
                    "KGB") is None
    assert _code_of(actors_of("DFID funded the clinics.", published="2015-01-01"),
                    "DFID") == "GBRGOVDEV"
    assert _code_of(actors_of("DFID funded the clinics.", published="2022-01-01"),
                    "DFID") == "GBRGOV"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    ("The NSA collected the phone records of millions, according to documents leaked by "
     "Snowden.", "NSA", "USASPY"),
    ("NSA Ajit Doval held talks with his counterpart in New Delhi.", "NSA", "INDGOV"),
    ("Pakistan's ISI denied any role in the attack.", "ISI", "PAKSPY"),
    ("The ISI claimed the bombings in Baghdad and Anbar.", "ISI", "IMGMUSISI"),
    ("RAF Typhoons intercepted two bombers.", "RAF", "GBRMIL"),
    ("The Baader-Meinhof founders built the RAF in West Germany.", "RAF", "DEUREB"),
])
def test_ambiguous_acronyms_follow_the_document(actors_of, text, span, code):
    assert _code_of(actors_of(text), span) == code


@pytest.mark.slow
def test_a_user_override_reaches_the_coder(actors_of, user_dir):
    folder = user_dir({"actors.tsv": """
        name\taliases\tcode\tstart\tend\ttype\tsource
        Pentagon\t\tUSAMIL\t\t\torganization\tmy project codes it MIL
        """})
    mine = Resources(DictionaryConfig((folder,)))
    found = actors_of("The Pentagon announced new deliveries.", resources=mine)
    assert _code_of(found, "Pentagon") == "USAMIL"
