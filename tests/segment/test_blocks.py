from dyad.ingest.dateline import find_dateline
from dyad.segment import find_blocks

# Written for this test: a headline, a bullet with a photo credit and a dateline glued on.
ARTICLE = (
    "Armenia says border talks will resume ‘when Baku is ready’\n\n"
    "  • Yerevan proposes a new round of talks with Baku. Photo: AFP., 12 Sep 2019 - 08:15, "
    "Yerevan,Armenia\n\n"
    "By Anna Petrosyan\n\n"
    "Armenia said on Monday it would resume talks.\u00a0\n\n"
    "The foreign ministry added that a date was not set.\n"
)


def _kinds(text):
    dl = find_dateline(text)
    return [(b.kind, text[b.start:b.end]) for b in find_blocks(text, dl)]


def test_furniture_blocks():
    kinds = _kinds(ARTICLE)
    assert kinds[0] == ("headline", "Armenia says border talks will resume ‘when Baku is ready’")
    assert kinds[1] == ("bullet", "Yerevan proposes a new round of talks with Baku.")
    assert kinds[2] == ("credit", "Photo: AFP.")
    assert kinds[3] == ("dateline", "12 Sep 2019 - 08:15, Yerevan,Armenia")
    assert kinds[4] == ("byline", "By Anna Petrosyan")
    assert kinds[5] == ("body", "Armenia said on Monday it would resume talks.")
    assert kinds[6][0] == "body"


def test_plain_text_is_body():
    text = "Georgia and Armenia signed a trade deal on Friday. Both sides praised it."
    assert _kinds(text) == [("body", text)]


def test_offsets_index_the_text():
    for block in find_blocks(ARTICLE, find_dateline(ARTICLE)):
        assert ARTICLE[block.start:block.end] == ARTICLE[block.start:block.end].strip()
