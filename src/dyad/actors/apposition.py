"""Names and titles in apposition: "Marta Nowak, the foreign minister of Poland, said" and
"Poland's foreign minister, Marta Nowak, said" code the person with the title's code.

Works on the mentions a sentence produced, by adjacency ("X, [the|a] TITLE"): a comma
splits the chain in two, and the small model's `appos` arcs are too often missing to rely
on them. The person's referent takes the code too, so that later surnames inherit it; the
title mention gets the person's name and points to the person as its antecedent.
"""

from __future__ import annotations

import re

from ..schema import Mention
from .state import State, mention_sectors

_BETWEEN = re.compile(r"^\s*,\s*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_TITLE_RULES = {"composite", "title", "title+coref", "title+dateline"}


def link_appositions(st: State, first: int) -> None:
    """Link appositive pairs among the mentions emitted since index `first`."""
    text = st.text
    mentions = sorted(st.out[first:], key=lambda m: m.start)
    for a, b in zip(mentions, mentions[1:], strict=False):
        if not _BETWEEN.match(text[a.end:b.start]):
            continue
        if _named(a) and _title(b):
            _link(st, a, b)
        elif _title(a) and _named(b):
            _link(st, b, a)


def _named(m: Mention) -> bool:
    """A name the rules could not code from a title of its own (spaCy may have called a
    person an organisation: the appositive title settles it)."""
    if m.rule == "ner":
        return m.type in ("person", "organization")
    return m.type == "person" and m.rule in ("name", "surname", "official") and \
        not (m.rule == "official" and m.code and len(m.code) > 3)


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
