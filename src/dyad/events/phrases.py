"""Noun phrases as PETRARCH sees them, for word-order patterns: each phrase (a "unit") is a
noun chunk, a dictionary actor, or a chunk with its "of" phrase ("the pass of Cirith Ungol")
or with the place an agent word belongs to ("soldiers from Gondor"); coordinated phrases
form one compound unit with a member per conjunct.

A member's code is PETRARCH's: the first actor named in it, then every agent (sector) word
in it, each 3-letter part once ("soldiers from Gondor" -> GONMIL). A member with agents but
no actor is written `---GOV` (code None, sectors kept); one with neither is uncoded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..schema import Mention

OWNER_PREPS = frozenset({"in", "from", "of"})  # "soldiers from Gondor", "lawmakers in X"
# actor mentions that come from reference resolution, not from a dictionary phrase
RESOLVED_RULES = frozenset({"pronoun", "description"})

SectorOf = Callable[[str], "tuple[str, bool] | None"]  # normalised phrase -> (code, prefix)


@dataclass
class Unit:
    """A noun phrase: its token range and its members (token ranges, one per conjunct)."""

    start: int
    end: int
    members: list[list[tuple[int, int]]] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)  # one per member, after coding

    @property
    def compound(self) -> bool:
        return len(self.members) > 1


@dataclass
class Phrases:
    """The units of a document (built once) and which unit each token belongs to."""

    units: list[Unit]
    unit_of: dict[int, int]

    def in_range(self, tokens: Iterable[int]) -> list[int]:
        """Units touched by some of the tokens, in text order."""
        found = {self.unit_of[i] for i in tokens if i in self.unit_of}
        return sorted(found, key=lambda u: self.units[u].start)


def build_phrases(doc: Doc, mentions: Sequence[Mention], sectors: SectorOf) -> Phrases:
    """Units for the whole document; `sectors` says whether a (normalised) phrase is an agent
    word of the actor lexicon, and its code."""
    coded = [m for m in mentions if m.code and m.rule not in RESOLVED_RULES]
    spans = _chunk_spans(doc, coded)
    units = [Unit(s, e, [[(s, e)]]) for s, e in spans]
    units = _attach_owners(doc, units, sectors)
    units = _coordinate(doc, units)
    unit_of: dict[int, int] = {}
    for k, unit in enumerate(units):
        unit.actors = [_member_actor(doc, member, coded, sectors) for member in unit.members]
        if unit.compound and any(m.code for m in unit.actors):
            unit.actors = [m for m in unit.actors if m.code]  # "lions and Gondor": Gondor
        for i in range(unit.start, unit.end):
            unit_of.setdefault(i, k)
    return Phrases(units, unit_of)


def _chunk_spans(doc: Doc, coded: list[Mention]) -> list[tuple[int, int]]:
    """Noun chunks, widened to cover any actor mention that overlaps them, plus actor
    mentions that no chunk covers."""
    spans = [(c.start, c.end) for c in doc.noun_chunks]
    for m in coded:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            spans.append((span.start, span.end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _attach_owners(doc: Doc, units: list[Unit], sectors: SectorOf,
                   ) -> list[Unit]:
    """Join "X of Y" (always) and "AGENT in/from Y" into one unit: PETRARCH's noun phrase
    with its prepositional phrase, whose first actor owns the agents."""
    by_root = {_root(doc, u).i: k for k, u in enumerate(units)}
    absorbed: set[int] = set()
    for k, unit in enumerate(units):
        if k in absorbed:
            continue
        root = _root(doc, unit)
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS or prep.i != unit.end:
                continue
            objs = [g for g in prep.children if g.dep_ == "pobj" and g.i in by_root]
            if not objs:
                continue
            if prep.lower_ != "of" and not _has_agent(doc, unit.start, unit.end, sectors):
                continue
            owner = units[by_root[objs[0].i]]
            if owner.start != prep.i + 1:
                continue
            parts = [owner] + [units[by_root[c.i]] for c in objs[0].conjuncts
                               if c.i in by_root and c.i > objs[0].i]
            unit.members = [m + p for m in unit.members for part in parts for p in part.members]
            unit.end = max(p.end for p in parts)
            absorbed.update(by_root[_root(doc, p).i] for p in parts)
    return [u for k, u in enumerate(units) if k not in absorbed]


def _coordinate(doc: Doc, units: list[Unit]) -> list[Unit]:
    """"Gondor and Osgiliath": conjoined units become one unit with both as members."""
    by_root = {_root(doc, u).i: k for k, u in enumerate(units)}
    absorbed: set[int] = set()
    for k, unit in enumerate(units):
        if k in absorbed:
            continue
        root = _root(doc, unit)
        conj = [by_root[c.i] for c in root.conjuncts if c.i > root.i and c.i in by_root]
        conj = [j for j in conj if j not in absorbed and j != k]
        if not conj or root.dep_ == "conj":
            continue
        for j in conj:
            unit.members += units[j].members
            unit.end = max(unit.end, units[j].end)
            absorbed.add(j)
    return [u for k, u in enumerate(units) if k not in absorbed]


def _root(doc: Doc, unit: Unit) -> Token:
    return doc[unit.start:unit.end].root


def _has_agent(doc: Doc, start: int, end: int, sectors: SectorOf) -> bool:
    return bool(agents_in(doc, [(start, end)], sectors))


def agents_in(doc: Doc, spans: list[tuple[int, int]], sectors: SectorOf,
              longest: int = 6) -> list[tuple[str, bool]]:
    """Agent (sector) phrases in the spans, longest first, not overlapping, in text order."""
    found: list[tuple[str, bool]] = []
    for start, end in spans:
        i = start
        while i < end:
            for n in range(min(longest, end - i), 0, -1):
                sector = sectors(_key(doc[i:i + n]))
                if sector is not None:
                    found.append(sector)
                    i += n
                    break
            else:
                i += 1
    return found


def _key(span: Span) -> str:
    text = "".join(t.text_with_ws for t in span).strip()
    return " ".join(text.replace("’", "'").split()).lower()


def _member_actor(doc: Doc, member: list[tuple[int, int]], coded: list[Mention],
                  sectors: SectorOf) -> Mention:
    """The member's actor as PETRARCH codes it: first actor inside, then its agents."""
    first, last = member[0][0], member[-1][1]
    begin, finish = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    inside = [m for m in coded if any(doc[s].idx <= m.start and m.end <= doc[e - 1].idx +
                                      len(doc[e - 1]) for s, e in member)]
    actor = min(inside, key=lambda m: (m.start, -m.end), default=None)
    agents = agents_in(doc, member, sectors)
    base = actor.code if actor is not None and actor.code else "---"
    code = compose(base, agents)
    text = doc.text[begin:finish]
    if actor is not None and code == actor.code:
        return actor
    if code.startswith("---"):
        return Mention(text, begin, finish, code=None, sectors=[a for a, _ in agents],
                       type="group", rule="petrarch")
    return Mention(text, begin, finish, code=code, country=code[:3],
                   sectors=[a for a, _ in agents], name=actor.name if actor else None,
                   type=actor.type if actor else "organization", rule="petrarch")


def compose(base: str, agents: list[tuple[str, bool]]) -> str:
    """PETRARCH's actor + agents: `~GOV` appended, `NGO~` put before, an agent whose code is
    already in the code (at a 3-letter boundary) skipped."""
    code = base
    for agent, prefix in agents:
        if any(code[k:k + len(agent)] == agent for k in range(0, len(code), 3)):
            continue
        code = agent + code if prefix else code + agent
    return code


def lexicon_sectors(lexicon) -> SectorOf:
    """The actor lexicon's agent (sector) words as a lookup: phrase -> (code, prefix)."""
    table = lexicon.phrases

    def sector_of(key: str) -> tuple[str, bool] | None:
        entry = table.get(key)
        if entry is None or entry.sector is None:
            return None
        return entry.sector.code, entry.sector.prefix

    return sector_of
