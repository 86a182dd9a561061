"""Gazetteer names in a parsed document: the longest known name starting at each capitalised
token, then a check against spaCy's entities and tags that the match is a place mention
("Paris Hilton", "Bank of Georgia" and a sentence-initial "Police" are not).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer, Sense
from .names import fold

# entity labels that name something other than a place
NOT_PLACE = {"PERSON", "ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}
PLACE = {"GPE", "LOC", "NORP"}  # sm tags Tbilisi NORP at times
_GLUE = {"and", "&", "of", "the", "-", "–", "—", "/", ",", "(", ")"}
_LOCATIVE = {"in", "into", "to", "from", "near", "at", "across", "outside", "around", "toward",
             "towards", "via", "through", "inside", "within", "throughout", "between"}


@dataclass(slots=True)
class Candidate:
    start: int            # token indices, end exclusive
    end: int
    start_char: int
    end_char: int
    text: str
    key: str
    senses: list[Sense] = field(default_factory=list)


def match_names(doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """Non-overlapping gazetteer names, longest first from each capitalised token."""
    text = doc.text
    found: list[Candidate] = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not (token.text[:1].isupper() and token.text[:1].isalpha()):
            i += 1
            continue
        best: Candidate | None = None
        for j in range(i, min(n, i + gaz.max_tokens)):
            raw = text[token.idx:doc[j].idx + len(doc[j])]
            if "\n" in raw:
                break
            key = fold(raw)
            if _can_end(doc[j]) and key in gaz:
                senses = [s for s in gaz.senses(key) if not s.acronym or _capitals(raw)]
                if senses:
                    best = Candidate(i, j + 1, token.idx, doc[j].idx + len(doc[j]), raw, key,
                                     senses)
            glued = not doc[j].whitespace_ and j + 1 < n
            if not glued and not gaz.may_continue(key):
                break
        if best is None:
            i += 1
        else:
            found.append(best)
            i = best.end
    return found


def _can_end(token) -> bool:
    """A name does not end in punctuation or a possessive ("Tbilisi’s" is Tbilisi)."""
    return not token.is_punct and token.tag_ != "POS" and token.text[:1] not in "'’"


def covered_tokens(cands: list[Candidate]) -> set[int]:
    """Tokens of the matches that are places on their own: a curated name, or the main name
    of a city of 100,000 or more (not "Bank", Bānk in India, in "Bank of Georgia")."""
    return {t for c in cands if any(_strong(s) for s in c.senses)
            for t in range(c.start, c.end)}


def _strong(sense: Sense) -> bool:
    e = sense.entry
    return not e.key.startswith("gn:") or (sense.primary and e.population >= 100_000)


def _capitals(raw: str) -> bool:
    letters = [c for c in raw if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def is_place_mention(cand: Candidate, doc: Doc, covered: set[int], matched: set[int]) -> bool:
    """Whether spaCy's view of the words allows reading the match as a place.

    `covered` (see covered_tokens) lets an entity made only of places ("Russia-Georgia")
    keep them; `matched` (the tokens of every match) links coordinated names."""
    ent = _entity(doc, cand)
    curated = any(not s.entry.key.startswith("gn:") for s in cand.senses)
    biggest = max((s.entry.population for s in cand.senses), default=0)
    capital = any(s.entry.capital for s in cand.senses)
    if not curated and not any(s.primary for s in cand.senses):
        # only a GeoNames alternate name ("Sukhumi", "Kiev", but also "Bank" for Bānk, India)
        alone = ent is None or (ent.start == cand.start and ent.end == cand.end)
        return ((ent is not None and ent.label_ in PLACE) or _locative(doc, cand, matched)
                or (alone and (capital or biggest >= 1_000_000)))
    if ent is None or ent.label_ not in NOT_PLACE | PLACE:
        if curated:
            return True
        tokens = doc[cand.start:cand.end]
        if len(tokens) == 1 and tokens[0].is_stop:
            return False
        # a name the tagger calls a proper noun, or a big city it mistags ("Kyiv" as ADJ)
        return all(t.pos_ == "PROPN" or not t.is_alpha for t in tokens) or capital or (
            biggest >= 1_000_000)
    if ent.label_ in PLACE:
        return True
    if ent.start < cand.start or ent.end > cand.end:  # inside a longer name
        extra = [t for t in ent if t.i not in covered]
        return cand.start in covered and all(t.lower_ in _GLUE or t.is_punct for t in extra)
    if curated or capital or _locative(doc, cand, matched):
        return True
    if ent.label_ == "PERSON":  # sm calls some cities persons
        return biggest >= 500_000
    return biggest >= 100_000  # "Moscow" as ORG in "Moscow said"


def _locative(doc: Doc, cand: Candidate, matched: set[int]) -> bool:
    """"in Sokhumi", "Donetsk and Luhansk": a preposition of place before the name, or
    another place name joined to it by "and", "or" or a comma."""
    before = doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.lower_ in _LOCATIVE:
        return True
    if before is not None and before.lower_ in ("and", "or", ",") and cand.start - 2 in matched:
        return True
    after = doc[cand.end] if cand.end < len(doc) else None
    return after is not None and after.lower_ in ("and", "or", ",") and cand.end + 1 in matched


def _entity(doc: Doc, cand: Candidate) -> Span | None:
    for t in doc[cand.start:cand.end]:
        if t.ent_iob_ in ("B", "I"):
            for ent in doc.ents:
                if ent.start <= t.i < ent.end:
                    return ent
    return None
