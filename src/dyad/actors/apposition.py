"""Names and titles in apposition: "Marta Nowak, the foreign minister of Poland, said" and
"Poland's foreign minister, Marta Nowak, said" code the person with the title's code.

Works on the mentions a sentence produced, by adjacency ("NAME, [the|a] TITLE" or
"TITLE, NAME"): a comma splits the chain in two, and the small model's `appos` arcs are too
often missing to rely on them. When spaCy did not see the name as a person (it tags
unfamiliar names as places or organisations, or not at all), the capitalised proper nouns
next to the comma are taken as the name. The person's referent takes the code too, so that
later surnames inherit it; the title mention gets the person's name and points to the
person as its antecedent. The other way round, a title or description the rules guessed
(from an earlier referent, the discourse or the dateline: "the ousted president, NAME")
takes the code of a name that codes by itself (an official, a dictionary name).
"""

from __future__ import annotations

import re

from ..schema import Mention
from .chains import Piece
from .compose import person_mention
from .state import State, mention_sectors

_BEFORE_TITLE = re.compile(r",\s*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_AFTER_TITLE = re.compile(r"\s*,\s*")
_TITLE_RULES = {"composite", "title", "title+coref", "title+dateline", "title+discourse"}
# titles whose code is a guess: a person named beside them with a code of their own wins
_GUESSED = {"description", "title+coref", "title+dateline", "title+discourse"}


def link_appositions(st: State, first: int) -> None:
    """Link appositive pairs among the mentions emitted since index `first`."""
    mentions = sorted(st.out[first:], key=lambda m: m.start)
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    for title in [m for m in mentions if _title(m) or _guessed(m)]:
        before = _BEFORE_TITLE.search(st.text, max(0, title.start - 12), title.start)
        if before is not None and before.end() == title.start and \
                _pair(st, title, before.start(), by_end, left=True):
            continue
        after = _AFTER_TITLE.match(st.text, title.end)
        if after is not None:
            _pair(st, title, after.end(), by_start, left=False)


def _pair(st: State, title: Mention, char: int, index: dict[int, Mention], *,
          left: bool) -> bool:
    """Link `title` with the name at `char`, whichever of the two gives the code."""
    found = index.get(char)
    if found is not None and _guessed(title) and _coded_person(found):
        _adopt(st, title, found)
        return True
    if not _title(title):
        return False
    name = _name_at(st, char, index, left=left)
    if name is not None:
        _link(st, name, title)
    return name is not None


def _name_at(st: State, char: int, index: dict[int, Mention], *, left: bool
             ) -> Mention | None:
    """The name mention ending (left) or starting (right) at `char`; made from the proper
    nouns there when no mention is."""
    found = index.get(char)
    if found is not None:
        return found if _named(found) else None
    doc = st.doc
    span = doc.char_span(char - 1 if left else char, char if left else char + 1,
                         alignment_mode="expand")
    if span is None:
        return None
    i = span.start
    start = end = i
    step = -1 if left else 1
    while 0 <= i < len(doc) and _name_token(doc[i], st):
        start, end = min(start, i), max(end, i + 1)
        i += step
    if end - start < 2:  # a single capitalised word is too weak a name
        return None
    return person_mention(st, [Piece("N", start, end)])


def _name_token(token, st: State) -> bool:
    return (token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper()
            and token.i not in st.consumed)


def _named(m: Mention) -> bool:
    """A name the rules could not code from a title of its own (spaCy may have called a
    person an organisation: the appositive title settles it)."""
    if m.rule == "ner":
        return m.type in ("person", "organization")
    return m.type == "person" and m.rule in ("name", "surname", "official") and \
        not (m.rule == "official" and m.code and len(m.code) > 3)


def _guessed(m: Mention) -> bool:
    return m.type == "person" and m.rule in _GUESSED


def _coded_person(m: Mention) -> bool:
    """A person coded by their own name: an official or a dictionary entry with a sector
    (an official whose term has not begun codes the country alone)."""
    return m.type == "person" and m.code is not None and len(m.code) > 3 and \
        (m.rule or "").split(":")[0] in ("official", "dictionary")


def _adopt(st: State, title: Mention, person: Mention) -> None:
    """The title is another mention of the person beside it: their code and referent."""
    title.code, title.country = person.code, person.country
    title.sectors = list(person.sectors)
    title.name, title.rule = person.name, "apposition"
    target = st.referent_of.get(id(person))
    source = st.referent_of.get(id(title))
    if target is None:
        return
    title.antecedent = target.first if target.first.start != title.start else None
    span = st.doc.char_span(title.start, title.end, alignment_mode="expand")
    if source is not None and source is not target and span is not None:
        moved = [m for m in source.mentions if m[0] == span.root.i]
        for mention in moved:
            source.mentions.remove(mention)
        target.mentions.extend(moved)
    st.referent_of[id(title)] = target


def _title(m: Mention) -> bool:
    return m.type == "person" and m.code is not None and m.rule in _TITLE_RULES


def _link(st: State, person: Mention, title: Mention) -> None:
    person.code, person.country = title.code, title.country
    person.sectors = mention_sectors(title.code, st.sector_codes)
    person.rule, person.type = "apposition", "person"
    referent = st.referent_of.get(id(person))
    if referent is not None:
        referent.code, referent.type = title.code, "person"
        if referent.name and " " in referent.name:
            st.discourse.by_surname.setdefault(referent.name.split()[-1], referent)
        title.name = referent.name
        title.antecedent = referent.first
