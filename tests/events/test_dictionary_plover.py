"""A dictionary entry's own PLOVER type: read, and checked with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.context import DictionaryConfig
from dyad.errors import DictionaryError
from dyad.events.dictionary import load_event_dictionary


def _user(tmp_path: Path, text: str) -> DictionaryConfig:
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "mine.yaml").write_text(text, encoding="utf-8")
    return DictionaryConfig(user_dirs=(tmp_path,), use_defaults=False)


def test_plover_override_is_read(tmp_path):
    dic = load_event_dictionary(_user(tmp_path, '- code: "0831"\n  verbs: [abdicate]\n'
                                                '  plover: RETREAT/resign\n'))
    assert [p.plover for p in dic.verbs["abdicate"]] == ["RETREAT/resign"]


def test_unknown_plover_type_names_file_and_line(tmp_path):
    config = _user(tmp_path, '- code: "190"\n  verbs: [shell]\n'
                             '- code: "0831"\n  verbs: [abdicate]\n  plover: RESIGN\n')
    with pytest.raises(DictionaryError, match=r"mine\.yaml:3: .*PLOVER type"):
        load_event_dictionary(config)


def test_subjects_restrict_an_entry_to_sectors(tmp_path):
    dic = load_event_dictionary(_user(tmp_path, '- code: "190"\n  verbs: [skirmish]\n'
                                                '  subjects: [mil, REB]\n'))
    assert dic.verbs["skirmish"][0].subjects == frozenset({"MIL", "REB"})


def test_intransitive_must_be_a_boolean(tmp_path):
    config = _user(tmp_path, '- code: "042"\n  verbs: [fly to]\n  intransitive: sometimes\n')
    with pytest.raises(DictionaryError, match=r"mine\.yaml:1: .*intransitive"):
        load_event_dictionary(config)
