"""Actor mentions. Until dictionary resolution lands, spaCy's person/organisation/place
entities, uncoded (code null), so that users already see who is named where.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..context import DocContext
from ..schema import Mention
from ..types import MentionType

_NER_TYPES: dict[str, MentionType] = {
    "PERSON": "person", "ORG": "organization", "GPE": "state", "NORP": "group",
}


def find_actors(doc: Doc, ctx: DocContext) -> list[Mention]:
    """Named entities of the actor types, in text order."""
    return [Mention(ent.text, ent.start_char, ent.end_char, type=_NER_TYPES[ent.label_],
                    rule="ner")
            for ent in doc.ents if ent.label_ in _NER_TYPES]
