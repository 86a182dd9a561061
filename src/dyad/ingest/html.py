"""HTML pages: the main text by trafilatura, title and publication date from the page metadata."""

from __future__ import annotations

from ..errors import InputError, NoArticle
from ..schema import Failure
from .published import normalise_published

MIN_WORDS = 5  # fewer words than this is navigation left over, not an article


def read_html(data: bytes, origin: str, *, max_chars: int):  # -> RawDoc
    """Extract the article; a page with no article is a NoArticle error for this file."""
    import trafilatura  # late: slow to import, and only HTML needs it

    from .readers import _decode, make_doc  # late: readers imports this module

    html = _decode(data, origin)
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text or len(text.split()) < MIN_WORDS:
        raise NoArticle(f"{origin}: no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    published = getattr(meta, "date", None) if meta else None
    published, _ = normalise_published(published, origin)
    title = getattr(meta, "title", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    return make_doc(text, origin, max_chars=max_chars, title=title, published=published,
                    url=url, is_html=True)


__all__ = ["read_html", "InputError", "Failure"]
