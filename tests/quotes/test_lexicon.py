"""The cue lexicon is data: shipped lists load, a user's folder adds to them, bad files are
reported with their name."""

import pytest

from dyad.context import DictionaryConfig
from dyad.errors import DictionaryError
from dyad.quotes.lexicon import load_cues


def test_shipped_lists():
    cues = load_cues()
    assert {"say", "tell", "add", "state", "point out"} <= cues.speech
    assert "believe" in cues.thought
    assert "statement" in cues.nouns
    assert ("according", "to") in cues.phrases


def test_user_folder_adds_words(tmp_path):
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "cues.yaml").write_text("speech: [thunder]\nuse_thought: false\n")
    cues = load_cues(DictionaryConfig((tmp_path,)))
    assert "thunder" in cues.speech and "say" in cues.speech
    assert cues.thought == frozenset()


def test_without_defaults_only_the_user_words(tmp_path):
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "cues.yaml").write_text("speech: [thunder]\n")
    cues = load_cues(DictionaryConfig((tmp_path,), use_defaults=False))
    assert cues.speech == frozenset({"thunder"})


@pytest.mark.parametrize("content, problem", [
    ("speech: thunder\n", "must be a list"),
    ("shout: [x]\n", "unknown list"),
    ("- a\n- b\n", "expected a mapping"),
    ("speech: [a\n", "not valid YAML"),
    ("use_thought: maybe\n", "true or false"),
])
def test_bad_user_file_names_the_file(tmp_path, content, problem):
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "cues.yaml").write_text(content)
    with pytest.raises(DictionaryError) as info:
        load_cues(DictionaryConfig((tmp_path,)))
    assert problem in str(info.value) and "cues.yaml" in str(info.value)
