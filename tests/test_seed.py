"""The defining example (../shared/eval/seed): the record is valid, its offsets hold, its
publication date and dateline are found, and furniture is not glued into body sentences."""

import json
from importlib.resources import files

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def record(pipeline, seed_text):
    return pipeline.code(seed_text).to_dict(include_text=True, include_sentences=True)


def test_validates_against_schema(record):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(files("dyad").joinpath("data/schema/document.schema.json").read_text())
    jsonschema.validate(record, schema)


def _spans(obj):
    if isinstance(obj, dict):
        if {"text", "start", "end"} <= obj.keys() and isinstance(obj["start"], int):
            yield obj
        for value in obj.values():
            yield from _spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _spans(value)


def test_every_offset_holds(record, seed_text):
    assert record["text"] == seed_text
    spans = [s for s in _spans({k: v for k, v in record.items() if k != "text"})]
    assert spans
    for span in spans:
        assert seed_text[span["start"]:span["end"]] == span["text"]


def test_published_and_dateline(record):
    assert record["published"] == "2021-08-06"
    assert record["dateline"] == {"place": "Tbilisi", "date": "2021-08-06"}


def test_furniture_is_not_glued_to_sentences(record):
    sentences = [s["text"] for s in record["sentences"]]
    headline = [s for s in sentences if s.startswith("Russia ready to restore ties")]
    assert len(headline) == 1 and "\n" not in headline[0]
    assert not any("Photo:" in s and len(s) > 20 for s in sentences)
    assert any(s.startswith("6 Aug 2021") for s in sentences)
    for s in sentences:
        assert "•" not in s and "\n\n" not in s
