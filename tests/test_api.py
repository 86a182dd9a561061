import pytest

import dyad
from dyad.errors import InputError

pytestmark = pytest.mark.slow

TEXT = ("TOKYO, March 16 (Example Wire) - Japanese Prime Minister Fumio Kishida hosted the "
        "South Korean president in Tokyo on Thursday.")


def test_code_returns_a_document():
    doc = dyad.code(TEXT, published="2023-03-16", id="k1")
    assert isinstance(doc, dyad.Document)
    assert doc.id == "k1" and doc.published == "2023-03-16"
    assert doc.dateline.place == "Tokyo"
    for m in doc.actors:
        assert TEXT[m.start:m.end] == m.text


def test_code_rejects_empty_text():
    with pytest.raises(InputError):
        dyad.code("   ")


def test_code_many_streams_in_order_with_failures():
    items = [{"id": "a", "text": TEXT}, {"id": "b", "text": ""}, "Plain text about Chile.",
             {"text": 5}]
    results = list(dyad.code_many(iter(items), published="2023-03-16", batch_size=2))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document", "Failure"]
    assert results[0].id == "a" and results[2].published == "2023-03-16"
    assert results[1].id == "b"


def test_without_publication_date_only_absolute_dates_resolve():
    doc = dyad.code("Chile said yesterday that the talks of 6 Aug 2021 had failed last week.")
    assert doc.published is None
    assert [(d.text, d.value) for d in doc.dates] == [("6 Aug 2021", "2021-08-06")]
    assert any("no publication date" in w for w in doc.warnings)
