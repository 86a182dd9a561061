"""Coding with word-order `pattern:` entries, the way PETRARCH codes with its dictionaries.

For each verb (tag VB*, in text order) with pattern entries: the words before it back to
the start of the sentence or a clause comma (UPPER) and the words of its verb phrase after
it (LOWER) are matched against its patterns in file order; the first that fits codes,
else its bare entry (`pattern: "*"`). A matched verb claims its verb phrase: verbs inside
it are not coded again. The code is used as written: no negation or modality rewriting
(PETRARCH dictionaries spell those out in their patterns).

Source: the `$` phrase, else the first actor before the verb, else the first noun phrase
there. Target: the `+` phrase, else the first actor after the verb (not the source again),
else the first noun phrase after it, else the nearest actor before it, else a noun phrase
before it. A passive with "by" swaps them. `reverse` codes adds the event back from target
to source; if either side names no actor, the members of the other act on each other.
`%` before the verb is a compound whose members act on each other ("Syldavia and Borduria
have put off their summit"); after it, it only asks for a noun phrase there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..schema import Mention
from .dictionary import EventDictionary, Pattern
from .phrases import Phrases, Unit, new_actor_phrase
from .sequence import Item, match

NULL = "---"
# PETRARCH's defaults (PETR_config.ini); `- settings:` entries override them
DEFAULTS: dict[str, int | bool] = {
    "require_dyad": True, "new_actor_length": 0, "comma_min": 2, "comma_max": 8,
    "comma_bmin": 0, "comma_bmax": 0, "comma_emin": 2, "comma_emax": 8}
CLAUSE_PUNCT = frozenset({",", ";"})
LOWER_STOP = frozenset({"conj", "cc", "parataxis"})
CHAIN = frozenset({"xcomp", "acomp"})  # "is about to restore", "was seen to break"
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@dataclass(frozen=True, slots=True)
class Hit:
    """One event to write: trigger, code, actors (uncoded ones have code None)."""

    trigger: Token
    code: str
    source: Mention
    target: Mention
    rule: str


def literal_hits(sent: Span, dic: EventDictionary, phrases: Phrases) -> tuple[list[Hit],
                                                                             set[int]]:
    """Events from `pattern:` entries in a sentence, and the tokens their verbs claimed."""
    conf = {**DEFAULTS, **dic.settings}
    cut = clause_cuts(sent, phrases, conf)
    claimed: set[int] = set(cut)
    hits: list[Hit] = []
    for tok in sent:
        if tok.i in claimed or not tok.tag_.startswith("VB"):
            continue
        patterns = dic.sequences.get(tok.lower_)
        if not patterns:
            continue
        upper = _upper(tok, sent, phrases, cut)
        lower = [i for i in _lower(tok) if i not in cut]
        found = _first_match(tok, patterns, _items(sent, upper, phrases),
                             _items(sent, lower, phrases))
        if found is None:
            continue
        pattern, binds = found
        claimed.add(tok.i)
        claimed.update(lower)
        hits.extend(_hits(tok, pattern, binds, upper, lower, phrases, conf))
    return hits, claimed - cut


def clause_cuts(sent: Span, phrases: Phrases, conf: dict) -> set[int]:
    """PETRARCH's comma rule: comma-delimited clauses of comma_min..comma_max words
    (initial: comma_bmin..comma_bmax, terminal: comma_emin..comma_emax; max 0 = off) are left
    out before coding. Words are tokens starting with a letter; commas inside a noun phrase
    ("Mordor, Rohan and Bree") delimit nothing."""
    doc = sent.doc
    commas = [t.i for t in sent if t.text == "," and t.i not in phrases.unit_of]
    if not commas:
        return set()
    end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    cut: set[int] = set()

    def words(a: int, b: int) -> int:
        return sum(1 for i in range(a, b) if i not in cut and doc[i].text[:1].isalpha())

    if conf["comma_bmax"] and conf["comma_bmin"] <= words(sent.start, commas[0]) \
            <= conf["comma_bmax"]:
        cut.update(range(sent.start, commas[0]))
    if conf["comma_emax"] and conf["comma_emin"] <= words(commas[-1] + 1, end) \
            <= conf["comma_emax"]:
        cut.update(range(commas[-1] + 1, end))
    if conf["comma_max"]:
        ka = commas[0]
        for kb in commas[1:]:
            if conf["comma_min"] <= words(ka + 1, kb) <= conf["comma_max"]:
                cut.update(range(ka, kb))  # the clause and the comma before it
            ka = kb
    live = [c for c in commas if c not in cut]
    if live and not words(sent.start, live[0]):
        cut.add(live[0])  # a comma left with nothing before it
    if live and not words(live[-1] + 1, end):
        cut.add(live[-1])
    return cut


def _items(sent: Span, tokens: list[int], phrases: Phrases) -> list[Item]:
    doc = sent.doc
    return [Item(doc[i].lower_, phrases.unit_of.get(i)) for i in tokens]


def _upper(tok: Token, sent: Span, phrases: Phrases, cut: set[int]) -> list[int]:
    """Tokens before the verb, nearest first, up to the sentence start or a clause comma
    (one outside any noun phrase), but always back to the start of the verb's subject
    ("Syldavia's trade minister, speaking late on Tuesday, warned ...")."""
    subject = _subject_start(tok)
    out = []
    for i in range(tok.i - 1, sent.start - 1, -1):
        if i in cut:
            continue
        if sent.doc[i].text in CLAUSE_PUNCT and i not in phrases.unit_of and \
                (subject is None or i < subject):
            break
        out.append(i)
    return out


def _subject_start(tok: Token) -> int | None:
    """Where the subject of the verb's clause starts, if it is before the verb."""
    node = tok
    for _ in range(6):
        subj = [c for c in node.children if c.dep_ in SUBJECTS and c.i < tok.i]
        if subj:
            return min(t.i for s in subj for t in s.subtree)
        if node.dep_ not in CHAIN or node.head.i == node.i:
            return None
        node = node.head
    return None


def _lower(tok: Token) -> list[int]:
    """The verb phrase after the verb: the words to its right in its clause, the clause
    of the verb it completes included ("is about to restore X almost five years after Y":
    spaCy hangs "after Y" on "is", PETRARCH's parses on "restore"), without coordinated
    clauses ("condemned X and promised Y") or parentheticals."""
    top = tok.head if tok.dep_ in {"aux", "auxpass"} and tok.head.i > tok.i else tok
    while top.dep_ in CHAIN and top.head.i != top.i and top.head.i < tok.i:
        top = top.head
    skip: set[int] = set()
    for node in {top, tok}:
        for child in node.children:
            if child.i > tok.i and child.dep_ in LOWER_STOP:
                skip.update(t.i for t in child.subtree)
    return [t.i for t in top.subtree if t.i > tok.i and t.i not in skip]


def _first_match(tok: Token, patterns: Sequence[Pattern], upper: list[Item],
                 lower: list[Item]) -> tuple[Pattern, dict[str, int]] | None:
    """The first pattern (file order) whose elements fit; else the bare entry, preferring
    a phrasal verb whose particle is there ("call off" over "call")."""
    bare: Pattern | None = None
    above, below = frozenset(it.word for it in upper), frozenset(it.word for it in lower)
    for pattern in patterns:
        seq = pattern.sequence
        if seq is None or not _particle_fits(tok, pattern.particle, lower):
            continue
        if seq.bare:
            if bare is None or pattern.particle or not bare.particle:
                bare = pattern
            continue
        if not seq.may_fit(above, below):
            continue
        up = match(seq.upper, upper)
        if up is None:
            continue
        down = match(seq.lower, lower)
        if down is not None:
            if "%" in up:  # a compound before the verb: its members act on each other
                up["%<"] = up.pop("%")
            down.pop("%", None)  # after it: a compound target, found as any target is
            return pattern, {**up, **down}
    return (bare, {}) if bare is not None else None


def _particle_fits(tok: Token, particle: str | None, lower: list[Item]) -> bool:
    """"break down": the words follow the verb, or are its particle."""
    if not particle:
        return True
    words = particle.split()
    if [it.word for it in lower[:len(words)]] == words:
        return True
    return any(c.dep_ in {"prt", "prep"} and c.lower_ == words[0] for c in tok.children)


def _hits(tok: Token, pattern: Pattern, binds: dict[str, int], upper: list[int],
          lower: list[int], phrases: Phrases, conf: dict) -> Iterator[Hit]:
    code, reverse = pattern.code, pattern.reverse
    if code == NULL and reverse in (None, NULL):
        return  # PETRARCH's null code: the verb is known and codes nothing
    source = _source(binds, upper, phrases)
    if source is None:
        return
    target = binds["%<"] if "%<" in binds else _target(binds, source, upper, lower, phrases)
    if target is None:
        return
    sources, targets = phrases.units[source].actors, phrases.units[target].actors
    length = int(conf["new_actor_length"])
    pairs: list[tuple[Mention, Mention, str]] = []
    if reverse is not None:
        if _null(sources, length) or _null(targets, length):
            sources = targets = (sources if _null(targets, length) else targets)
        pairs += _pairs(sources, targets, code, length) + \
            _pairs(targets, sources, reverse, length)
    else:
        pairs += _pairs(sources, targets, code, length)
    passive = _passive(tok)
    seen: set[tuple[str, str, str]] = set()
    for src, tgt, c in pairs:
        if passive:
            src, tgt = tgt, src
        key = (_code(src, length), _code(tgt, length), c)
        if conf["require_dyad"] and (_null([src], length) or _null([tgt], length)):
            continue  # PETRARCH's require_dyad: no event with a missing actor
        if c != NULL and key not in seen:
            seen.add(key)
            yield Hit(tok, c, src, tgt, pattern.where)


def _pairs(sources: list[Mention], targets: list[Mention], code: str,
           length: int) -> list[tuple[Mention, Mention, str]]:
    """Every source with every target, except an actor with itself (same code)."""
    return [(s, t, code) for s in sources for t in targets
            if _code(s, length) != _code(t, length)]


def _null(actors: list[Mention], new_actor_length: int) -> bool:
    """PETRARCH's `---`: no actor and no agent (a sector-only `---GOV` is not null), nor,
    with new_actor_length N, a phrase of at most N words (written as its text)."""
    if not actors:
        return True
    first = actors[0]
    return first.code is None and not first.sectors and \
        new_actor_phrase(first.text, new_actor_length) is None


def _code(m: Mention, new_actor_length: int = 0) -> str:
    """The actor as PETRARCH writes it: code, `---` plus agents, or the quoted phrase."""
    if m.code:
        return m.code
    if m.sectors:
        return NULL + "".join(m.sectors)
    return new_actor_phrase(m.text, new_actor_length) or NULL


def _coded(unit: Unit) -> bool:
    return any(m.code for m in unit.actors)


def _source(binds: dict[str, int], upper: list[int], phrases: Phrases) -> int | None:
    if "$" in binds:
        return binds["$"]
    if "%<" in binds:
        return binds["%<"]
    units = phrases.in_range(upper)
    coded = [u for u in units if _coded(phrases.units[u])]
    return coded[0] if coded else (units[0] if units else None)


def _target(binds: dict[str, int], source: int, upper: list[int], lower: list[int],
            phrases: Phrases) -> int | None:
    if "+" in binds:
        return binds["+"]
    src = phrases.units[source]
    src_code = _code(src.actors[0]) if len(src.actors) == 1 else None
    below = phrases.in_range(lower)
    above = sorted(phrases.in_range(upper), key=lambda u: -phrases.units[u].start)

    def other(u: int) -> bool:
        actors = phrases.units[u].actors
        return not (src_code and src.actors[0].code and len(actors) == 1
                    and _code(actors[0]).startswith(src_code))

    for group in (below, above):
        coded = [u for u in group if u != source and _coded(phrases.units[u]) and other(u)]
        if coded:
            return coded[0]
        if group is below:
            plain = [u for u in group if u != source and not _coded(phrases.units[u])]
            if plain:
                return plain[0]
    plain = [u for u in above if u != source and not _coded(phrases.units[u])]
    return plain[0] if plain else None


def _passive(tok: Token) -> bool:
    """"X was opposed by Y": PETRARCH swaps source and target of a passive with "by"."""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and \
        any(c.dep_ == "agent" for c in tok.children)
