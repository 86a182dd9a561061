"""Gazetteer names in a parsed document: the longest known name starting at each capitalised
token, then a check against spaCy's entities and tags that the match is a place mention
("Paris Hilton", "Bank of Georgia" and a sentence-initial "Police" are not).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer, Sense
from .names import fold

# entity labels that name something other than a place ...
NOT_PLACE = {"PERSON", "NORP", "ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW",
             "LANGUAGE", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
# ... of which these are names the small model gives to places at times (Tbilisi as NORP,
# Sokhumi as PERSON, Moscow as ORG)
_NAMES = {"PERSON", "NORP", "ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"}
PLACE = {"GPE", "LOC"}
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


@dataclass(frozen=True, slots=True)
class Tokens:
    """What matching needs of each token, read in one pass (spaCy Token objects are slow)."""

    text: str
    starts: list[int]
    ends: list[int]
    glued: list[bool]     # no whitespace follows
    can_end: list[bool]   # a name may end here: not punctuation, not a possessive


def token_view(doc: Doc, text: str) -> Tokens:
    rows = doc.to_array(["IDX", "LENGTH", "SPACY", "IS_PUNCT", "TAG"]).tolist() if len(doc) else []
    possessive = doc.vocab.strings["POS"]
    starts = [r[0] for r in rows]
    ends = [r[0] + r[1] for r in rows]
    can_end = [not r[3] and r[4] != possessive and text[r[0]] not in "'’" for r in rows]
    return Tokens(text, starts, ends, [not r[2] for r in rows], can_end)


def match_names(view: Tokens, gaz: Gazetteer) -> list[Candidate]:
    """Non-overlapping gazetteer names, longest first from each capitalised token."""
    text, starts, ends = view.text, view.starts, view.ends
    found: list[Candidate] = []
    i, n = 0, len(starts)
    while i < n:
        first = text[starts[i]]
        if not (first.isupper() and first.isalpha()):
            i += 1
            continue
        best: Candidate | None = None
        for j in range(i, min(n, i + gaz.max_tokens)):
            raw = text[starts[i]:ends[j]]
            if "\n" in raw:
                break
            key = fold(raw)
            if view.can_end[j] and key in gaz:
                senses = [s for s in gaz.senses(key) if not s.acronym or _capitals(raw)]
                if senses:
                    best = Candidate(i, j + 1, starts[i], ends[j], raw, key, senses)
            if not (view.glued[j] and j + 1 < n) and not gaz.may_continue(key):
                break
        if best is None:
            i += 1
        else:
            found.append(best)
            i = best.end
    return found


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


def entity_map(doc: Doc) -> dict[int, Span]:
    """The entity each token belongs to."""
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def is_place_mention(cand: Candidate, doc: Doc, ents: dict[int, Span], covered: set[int],
                     accepted: set[int], countries: set[str]) -> bool:
    """Whether spaCy's view of the words allows reading the match as a place.

    Countries and curated regions need little. A GeoNames city needs more, for GeoNames
    knows "Toyota" (ORG), "March" (DATE), "Male" and, as alternate names, "Champion",
    "Market" and "Kiev": a GPE/LOC entity, a preposition of place ("in Sokhumi"), an accepted
    place beside it ("Donetsk and Luhansk"), being a capital or a city of a million, or
    (a proper noun with no entity) lying in a country the document names ("Gori was
    bombed" in a report on Georgia), unless it modifies a noun ("the Brent price").
    `covered` (see covered_tokens) lets an entity made only of places ("Russia-Georgia")
    keep them; `accepted` holds the tokens of places already accepted; `countries` are
    those the document names."""
    ent = next((ents[i] for i in range(cand.start, cand.end) if i in ents), None)
    label = ent.label_ if ent is not None else None
    curated = any(not s.entry.key.startswith("gn:") for s in cand.senses)
    primary = any(s.primary for s in cand.senses)
    big = any(s.entry.capital or s.entry.population >= 1_000_000 for s in cand.senses)
    tokens = doc[cand.start:cand.end]
    proper = all(t.pos_ == "PROPN" or not t.is_alpha for t in tokens)
    if ent is not None and (ent.start < cand.start or ent.end > cand.end):  # in a longer name
        if label in PLACE:  # "Paris, Texas" as one GPE; not "North" of "North Africa"
            return curated or primary
        extra = [t for t in ent if t.i not in covered]
        return (label != "PERSON" and cand.start in covered and bool(extra)
                and all(t.lower_ in _GLUE or t.is_punct for t in extra))
    if label in NOT_PLACE and label not in _NAMES:  # a date, a number, an amount
        return False
    if curated:
        return True
    if not primary:  # only an alternate GeoNames name
        return proper and (_locative(doc, cand, accepted) or (big and label in PLACE))
    if label in PLACE:
        return True
    if big:  # but not a sentence's first word the tagger calls no name ("Male life...")
        return proper or not tokens[0].is_sent_start
    if label not in (None, "PERSON", "NORP"):  # "Shares in Halifax", "Toyota said"
        return False
    if _locative(doc, cand, accepted):
        return True
    return (label is None and proper and tokens[-1].dep_ not in ("compound", "amod", "nmod")
            and any(s.entry.country in countries for s in cand.senses))


def _locative(doc: Doc, cand: Candidate, accepted: set[int]) -> bool:
    """"in Sokhumi", "Donetsk and Luhansk": a preposition of place before the name, or
    an accepted place joined to it by "and", "or" or a comma."""
    before = doc[cand.start - 1] if cand.start > 0 else None
    if before is not None and before.lower_ in _LOCATIVE:
        return True
    if before is not None and before.lower_ in ("and", "or", ",") and cand.start - 2 in accepted:
        return True
    after = doc[cand.end] if cand.end < len(doc) else None
    return after is not None and after.lower_ in ("and", "or", ",") and cand.end + 1 in accepted
