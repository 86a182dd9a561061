"""Noun phrases as PETRARCH sees them, for word-order patterns: each phrase (a "unit") is a
noun chunk, a dictionary actor, or a chunk with its "of" phrase ("the port of Veldra")
or with the place an agent word belongs to ("soldiers from Gondor"). Coordination makes a
compound unit with a member per conjunct; words outside the coordination are shared
("Danish media and government": Danish media, Danish government).

A member's code is PETRARCH's: the first actor named in it, then every agent (sector) word
in it, each 3-letter part once ("soldiers from Gondor" -> GONMIL). A member with agents but
no actor is written `---GOV` (code None, sectors kept); one with neither is uncoded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..schema import Mention

OWNER_PREPS = frozenset({"in", "from", "of"})  # "soldiers from Gondor", "lawmakers in X"
# actor mentions that come from reference resolution, not from a dictionary phrase
RESOLVED_RULES = frozenset({"pronoun", "description"})
JOINERS = frozenset({"cc", "punct", "preconj"})

Member = tuple[int, ...]  # token indices, in order


@dataclass(frozen=True)
class Words:
    """What the actor lexicon says a (normalised) phrase is: an agent word (sector code,
    whether it goes before the owner's code) or an actor (its code on the day)."""

    sector: Callable[[str], tuple[str, bool] | None]
    actor: Callable[[str], str | None] = lambda key: None


@dataclass
class Unit:
    """A noun phrase: its token range and its members (one per conjunct)."""

    start: int
    end: int
    members: list[Member] = field(default_factory=list)
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


def build_phrases(doc: Doc, mentions: Sequence[Mention], words: Words) -> Phrases:
    """Units for the whole document; `words` reads agent and actor phrases from the actor
    lexicon (for phrases the actors stage left uncoded, as PETRARCH codes them)."""
    coded = [(m, _tokens_of(doc, m)) for m in mentions
             if m.code and m.rule not in RESOLVED_RULES]
    units = [Unit(s, e, [tuple(range(s, e))]) for s, e in _titled(doc, _chunk_spans(doc, coded))]
    actor_tokens = {i for _, span in coded for i in span}
    units = _attach_owners(doc, units, words, actor_tokens)
    units = _coordinate(doc, units)
    unit_of: dict[int, int] = {}
    for k, unit in enumerate(units):
        unit.members = [m for member in unit.members for m in _split(doc, member)]
        unit.actors = [_member_actor(doc, member, coded, words) for member in unit.members]
        if unit.compound and any(m.code for m in unit.actors):
            unit.actors = [m for m in unit.actors if m.code]  # "lions and Gondor": Gondor
        for i in (i for member in unit.members for i in member):
            unit_of.setdefault(i, k)
    for k, unit in enumerate(units):  # commas and "and" between members
        for i in range(unit.start, unit.end):
            unit_of.setdefault(i, k)
    return Phrases(units, unit_of)


def _chunk_spans(doc: Doc, coded: list[tuple[Mention, set[int]]]) -> list[tuple[int, int]]:
    """Noun chunks, widened to cover any actor mention that overlaps them, plus actor
    mentions that no chunk covers."""
    spans = [(c.start, c.end) for c in doc.noun_chunks]
    spans += [(min(tokens), max(tokens) + 1) for _, tokens in coded if min(tokens) >= 0]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _titled(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name apposed to a title without a comma is one phrase: "Gryffindor's head Minerva
    McGonagall" (spaCy makes two chunks, PETRARCH's parses one noun phrase)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and out[-1][1] == s and doc[s:e].root.dep_ == "appos" and \
                out[-1][0] <= doc[s:e].root.head.i < out[-1][1]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _attach_owners(doc: Doc, units: list[Unit], words: Words,
                   actor_tokens: set[int]) -> list[Unit]:
    """Join "X of Y" (always) and "AGENT in/from Y" into one unit: PETRARCH's noun phrase
    with its prepositional phrase, whose first actor owns the agents. Conjoined owners give
    a member each ("envoys of Syldavia and Borduria"); so do coordinated agent nouns before
    the owner ("lawmakers and officials in X"), and an actor name that the parse coordinated
    with the agent noun rather than with the owner ("lawmakers in X and Y": like goes with
    like)."""
    by_root = {_root(doc, u).i: k for k, u in enumerate(units)}
    absorbed: set[int] = set()
    for k, unit in enumerate(units):
        if k in absorbed:
            continue
        root = _root(doc, unit)
        for prep in _owner_preps(doc, unit, root, by_root, units):
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if not objs or any(c.dep_ == "prep" for c in objs[0].children):
                continue  # only a simple owner: not "the court of [the Queen of X]"
            obj = objs[0]
            inside = unit.start <= obj.i < unit.end
            if not inside and (obj.i not in by_root or units[by_root[obj.i]].start != prep.i + 1):
                continue
            if prep.lower_ != "of" and not agents_in(doc, range(unit.start, prep.i), words):
                continue
            heads = [k] + [by_root[c.i] for c in root.conjuncts
                           if unit.end <= c.i < prep.i and c.i in by_root]
            owners = ([] if inside else [by_root[obj.i]]) + [
                by_root[c.i] for c in obj.conjuncts if c.i > obj.i and c.i in by_root
                and by_root[c.i] != k] + [
                by_root[c.i] for c in root.conjuncts if c.i > obj.i and c.i in by_root
                and _bare_actor(doc, units[by_root[c.i]], words, actor_tokens)]
            if not owners:
                continue
            drop = {t.i for t in obj.subtree} if inside else set()
            base = [tuple(i for i in m if i not in drop) + ((prep.i,) if not inside else ())
                    for h in heads for m in units[h].members]
            joined = [tuple(sorted(set(b + p))) for b in base for o in owners
                      for p in units[o].members]
            unit.members = (unit.members if inside else []) + joined
            unit.end = max([unit.end] + [units[o].end for o in owners])
            absorbed.update(owners + heads[1:])
            break
    return [u for k, u in enumerate(units) if k not in absorbed]


def _owner_preps(doc: Doc, unit: Unit, root: Token, by_root: dict[int, int],
                 units: list[Unit]) -> list[Token]:
    """"of"/"in"/"from" attached inside the unit, inside it or right after it, or after
    the unit's coordinated nouns ("lawmakers and officials in X")."""
    found = []
    for t in doc[unit.start:]:
        if t.dep_ == "prep" and t.lower_ in OWNER_PREPS and unit.start <= t.head.i < unit.end:
            found.append(t)
        if t.i >= unit.end and not _coordination_between(doc, unit, t, root, by_root, units):
            break
    return found


def _coordination_between(doc: Doc, unit: Unit, tok: Token, root: Token,
                          by_root: dict[int, int], units: list[Unit]) -> bool:
    """Whether the token is a conjunction, comma or a word of a noun coordinated with the
    unit's root (or a preposition right after such words)."""
    if tok.dep_ in {"cc", "punct"} or tok.dep_ == "prep" and tok.head.i == root.i:
        return True
    spans = [units[by_root[c.i]] for c in root.conjuncts if c.i in by_root]
    return any(u.start <= tok.i < u.end for u in spans)


def _bare_actor(doc: Doc, unit: Unit, words: Words, actor_tokens: set[int]) -> bool:
    """A unit that names an actor and has no agent word ("Gondor", not "Gondor police")."""
    tokens = [i for m in unit.members for i in m]
    return any(i in actor_tokens for i in tokens) and not agents_in(doc, tokens, words)


def _coordinate(doc: Doc, units: list[Unit]) -> list[Unit]:
    """"Syldavia and Borduria" as two chunks: one unit with both as members (an apposition
    inside a list, "Borduria, the coastal Veldra, and Syldavia", is a member too). A bare noun
    conjunct shares the first one's modifiers: "Danish media and government"."""
    by_root = {_root(doc, u).i: k for k, u in enumerate(units)}
    absorbed: set[int] = set()
    for k, unit in enumerate(units):
        root = _root(doc, unit)
        if k in absorbed or root.dep_ == "conj":
            continue
        conjuncts = list(root.conjuncts)
        if conjuncts:  # a list: its appositions set off by commas are items
            conjuncts += [c for c in root.children if c.dep_ == "appos"
                          and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
        before = tuple(i for i in unit.members[0] if i < root.i)  # "Danish" media and ...
        for c in sorted(conjuncts, key=lambda t: t.i):
            j = by_root.get(c.i)
            if j is not None and j != k and c.i > root.i and j not in absorbed:
                bare = not any(t.i < c.i for t in c.children)  # "government", not "the X"
                unit.members += [before + m if bare else m for m in units[j].members]
                unit.end = max(unit.end, units[j].end)
                absorbed.add(j)
    return [u for k, u in enumerate(units) if k not in absorbed]


def _split(doc: Doc, member: Member) -> list[Member]:
    """Coordination inside one chunk ("Syldavia, Veldra and the rival Borduria", "Danish
    media and government"): a member per conjunct, with the words outside the coordination
    (and the modifiers before the first conjunct) shared."""
    if member != tuple(range(member[0], member[-1] + 1)):
        return [member]  # already built from several phrases ("lawmakers in X and Y")
    inside = set(member)
    heads = [t for t in (doc[i] for i in member)
             if t.dep_ != "conj" and any(c.i in inside for c in t.conjuncts)]
    if not heads:
        return [member]
    first = heads[0]
    conjuncts = [first] + [c for c in first.conjuncts if c.i in inside]
    subtree = {c.i: {t.i for t in c.subtree if t.i in inside} for c in conjuncts}
    own = {c.i: subtree[c.i] - set().union(*(subtree[o.i] for o in conjuncts
                                            if o.i != c.i and o.i in subtree[c.i]))
           for c in conjuncts}
    for c in conjuncts:
        own[c.i] -= {t.i for t in c.subtree if t.dep_ in JOINERS and t.i != c.i}
    covered = set().union(*own.values())
    shared = (inside - covered - {t.i for t in (doc[i] for i in inside)
                                  if t.dep_ in JOINERS and t.head.i in covered})
    shared |= {i for i in own[first.i] if i < first.i}  # "Danish" in "Danish media and ..."
    return [tuple(sorted(own[c.i] | shared)) for c in conjuncts]


def _root(doc: Doc, unit: Unit) -> Token:
    return doc[unit.start:unit.end].root


def agents_in(doc: Doc, tokens: Iterable[int], words: Words,
              longest: int = 6) -> list[tuple[str, bool]]:
    """Agent (sector) phrases among the tokens (runs of adjacent tokens), longest first,
    not overlapping, in text order."""
    found: list[tuple[str, bool]] = []
    for run in _runs(sorted(tokens)):
        i, end = run[0], run[-1] + 1
        while i < end:
            for n in range(min(longest, end - i), 0, -1):
                sector = words.sector(_key(doc, i, i + n))
                if sector is not None:
                    found.append(sector)
                    i += n
                    break
            else:
                i += 1
    return found


def _runs(tokens: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in tokens:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _key(doc: Doc, start: int, end: int) -> str:
    """The lexicon's key for tokens start..end: lower case, ’ as ', single spaces."""
    parts = []
    for i in range(start, end):
        tok = doc[i]
        parts.append(tok.lower_)
        if tok.whitespace_ and i < end - 1:
            parts.append(" ")
    return "".join(parts).replace("’", "'")


def _member_actor(doc: Doc, member: Member, coded: list[tuple[Mention, set[int]]],
                  words: Words) -> Mention:
    """The member's actor as PETRARCH codes it: the first actor inside (a mention of the
    actors stage, else the first actor phrase of the lexicon: "a Pakistani woman"), then
    its agents."""
    tokens = set(member)
    inside = [m for m, span in coded if span <= tokens]
    actor = min(inside, key=lambda m: (m.start, -m.end), default=None)
    base = actor.code if actor is not None and actor.code else _first_actor(doc, member, words)
    agents = agents_in(doc, member, words)
    code = compose(base or "---", agents)
    first, last = doc[member[0]], doc[member[-1]]
    begin, finish = first.idx, last.idx + len(last)
    text = doc[member[0]:member[-1] + 1].text
    if actor is not None and code == actor.code:
        return actor
    if code.startswith("---"):
        return Mention(text, begin, finish, code=None, sectors=[a for a, _ in agents],
                       type="group", rule="petrarch")
    return Mention(text, begin, finish, code=code, country=code[:3],
                   sectors=[a for a, _ in agents], name=actor.name if actor else None,
                   type=actor.type if actor else "organization", rule="petrarch")


def _first_actor(doc: Doc, member: Member, words: Words, longest: int = 6) -> str | None:
    for run in _runs(list(member)):
        for i in run:
            for n in range(min(longest, run[-1] + 1 - i), 0, -1):
                code = words.actor(_key(doc, i, i + n))
                if code:
                    return code
    return None


def _tokens_of(doc: Doc, mention: Mention) -> set[int]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return set(range(span.start, span.end)) if span is not None else {-1}


def compose(base: str, agents: list[tuple[str, bool]]) -> str:
    """PETRARCH's actor + agents: `~GOV` appended, `NGO~` put before, an agent whose code is
    already in the code (at a 3-letter boundary) skipped."""
    code = base
    for agent, prefix in agents:
        if any(code[k:k + len(agent)] == agent for k in range(0, len(code), 3)):
            continue
        code = agent + code if prefix else code + agent
    return code


def new_actor_phrase(text: str, new_actor_length: int) -> str | None:
    """PETRARCH's new_actor_length: an uncoded noun phrase of at most N words is written as
    its text, in quotes, upper case, without possessive 's ("\"THE MINISTRY OF MAGIC\"")."""
    if new_actor_length <= 0:
        return None
    phrase = " ".join(re.sub(r"['’]s\b", " ", text).upper().split())
    return f'"{phrase}"' if phrase and phrase.count(" ") < new_actor_length else None


def lexicon_words(lexicon, day: str | None) -> Words:
    """The actor lexicon's agent words and actor phrases, actors coded as on `day`."""
    table = lexicon.phrases

    def sector(key: str) -> tuple[str, bool] | None:
        entry = table.get(key)
        if entry is None or entry.sector is None:
            return None
        return entry.sector.code, entry.sector.prefix

    def actor(key: str) -> str | None:
        entry = table.get(key)
        if entry is None or not entry.refs:
            return None
        return lexicon.entity(entry.refs[0]).code_at(day)[0]

    return Words(sector, actor)
