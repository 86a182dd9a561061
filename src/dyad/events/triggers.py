"""Trigger words and the dictionary entry that fits them best: the most specific pattern whose
particle, object and modifiers are all present in the parse wins; file order breaks ties."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from .dictionary import EventDictionary, Pattern

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}


def verb_pattern(tok: Token, dic: EventDictionary,
                 any_subject: bool = True) -> tuple[Pattern, Token | None] | None:
    """The best verb pattern for a token and the object word that licensed it, if any;
    without `any_subject`, only patterns that do not restrict their subject's sectors."""
    if tok.pos_ not in VERB_POS or (tok.dep_ == "amod" and tok.tag_ in {"VBN", "VBG"}):
        return None  # "occupied territories", "disputed elections" describe, not report
    patterns = dic.verbs.get(tok.lemma_.lower()) or dic.verbs.get(tok.lower_)
    if patterns and not any_subject:
        patterns = [p for p in patterns if not p.subjects]
    if not patterns:
        return None
    return best_pattern(patterns, list(object_heads(tok)),
                        lambda particle: _has_particle(tok, particle))


def best_pattern(patterns: list[Pattern], objects: list[tuple[Token, int]],
                 has_particle: Callable[[str], bool]) -> tuple[Pattern, Token | None] | None:
    """The most specific pattern whose particle and objects are present."""
    best: tuple[tuple[int, ...], Pattern, Token | None] | None = None
    direct = any(rank == 0 for _, rank in objects)
    for order, pat in enumerate(patterns):
        if pat.particle and not has_particle(pat.particle):
            continue
        if pat.intransitive and direct:
            continue  # "returned the paintings to Brazil" is no visit
        licensed: Token | None = None
        rank, length = 0, 0
        if pat.objects:
            match = _match_object(pat.objects, objects)
            if match is None:
                continue
            licensed, rank, length = match
        # phrasal verb, then object match (direct before prepositional, longer phrase),
        # then the more precise code, then file order (data/README.md)
        score = (1 if pat.particle else 0, 1 if pat.objects else 0, -rank, length,
                 len(pat.code), -order)
        if best is None or score > best[0]:
            best = (score, pat, licensed)
    return (best[1], best[2]) if best else None


def nominal_pattern(tok: Token, dic: EventDictionary) -> tuple[Pattern, Token | None] | None:
    """A nominalised verb ("the suspension of air links", "the expulsion of diplomats")
    coded with its verb's patterns, its "of" phrase standing for the object."""
    verb = dic.frames.get("nominalizations", {}).get(tok.lemma_.lower())
    if tok.pos_ not in NOUN_POS or not verb or verb not in dic.verbs:
        return None
    objects: list[tuple[Token, int]] = []
    for child in tok.children:
        if child.dep_ == "prep":
            rank = 0 if child.lower_ == "of" else 2
            objects += [(g, rank) for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "compound":
            objects.append((child, 1))
    return best_pattern(dic.verbs[verb], objects, lambda particle: False)


def noun_pattern(tok: Token, dic: EventDictionary) -> Pattern | None:
    """A nominal trigger ("air strikes", "talks") whose modifiers are present."""
    if tok.pos_ not in NOUN_POS or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
        return None  # part of a name: "Downing Street", "Storm Shadow"
    patterns = dic.nouns.get(tok.lemma_.lower()) or dic.nouns.get(tok.lower_)
    if not patterns:
        return None
    left = {w for c in tok.lefts for w in (c.lower_, c.lemma_.lower())}
    fitting = [p for p in patterns if all(m in left for m in p.modifiers)]
    return max(fitting, key=lambda p: p.specificity, default=None)


def object_heads(verb: Token) -> Iterable[tuple[Token, int]]:
    """Nouns a verb acts on, with a rank (0 best): direct objects, passive subjects and
    predicate nouns (0); "as" phrases, on the verb or its object ("described the claims AS
    disinformation") (1); objects of other prepositions (2). Conjuncts included."""
    for child in verb.children:
        if child.dep_ in {"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"}:
            yield from _with_conj(child, 0)
            for g in child.children:
                if g.dep_ == "prep" and g.lower_ == "as":
                    for p in g.children:
                        if p.dep_ == "pobj":
                            yield from _with_conj(p, 1)
        elif child.dep_ in {"prep", "agent", "prt"}:
            rank = 1 if child.lower_ == "as" else 2
            for g in child.children:
                if g.dep_ == "pobj":
                    yield from _with_conj(g, rank)
        elif child.dep_ in {"xcomp", "ccomp"} and child.pos_ in NOUN_POS | {"ADJ"}:
            yield child, 0


def _with_conj(tok: Token, rank: int) -> Iterable[tuple[Token, int]]:
    yield tok, rank
    for c in tok.conjuncts:
        yield c, rank


PARTITIVES = {"part", "some", "all", "most", "half", "portion", "rest", "much", "many",
              "number", "series", "round", "wave", "set", "package", "kind", "type", "form",
              "%", "percent", "share", "bulk", "third", "quarter", "fraction", "majority"}
# a sum of money as the object: "donated USD1 million", "gave $3m", "sent 40 billion yen"
MONEY = {"million", "billion", "trillion", "m", "bn", "$", "€", "£", "¥"}


def _partitive(head: Token) -> Token:
    """"part of a loan programme" acts on the programme: look through partitive nouns."""
    if head.lemma_.lower() in PARTITIVES:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
    return head


# adverbs the small model often attaches as advmod where they are particles ("rolled back
# tariffs", "pull its soldiers back")
ADVERB_PARTICLES = {"back", "down", "out", "off", "up", "away", "over"}


def _has_particle(tok: Token, particle: str) -> bool:
    first = particle.split()[0]
    return any((c.dep_ in {"prt", "prep", "agent", "dative"} or
                (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)) and c.lower_ == first
               for c in tok.children)


def _match_object(phrases: tuple[tuple[str, ...], ...],
                  heads: list[tuple[Token, int]]) -> tuple[Token, int, int] | None:
    """The object head that ends (or starts) one of the phrases, with the phrase's other words
    in its subtree ("economic ties" = tie + economic; "release of prisoners"); longest wins."""
    best: tuple[int, int, Token] | None = None
    for head, rank in heads:
        head = _partitive(head)
        forms = {head.lower_, head.lemma_.lower()}
        if forms & MONEY or any(c.dep_ in {"nummod", "nmod", "compound", "quantmod"} and
                                c.lower_ in MONEY for c in head.children):
            forms.add("money")  # the sum stands for money given
        mods = {w for t in head.subtree if t.i != head.i for w in (t.lower_, t.lemma_.lower())}
        for words in phrases:
            head_word = words[-1] if words[-1] in forms else words[0] if words[0] in forms \
                else None
            fits = head_word is not None and all(w in mods for w in words if w != head_word)
            if fits and (best is None or (rank, -len(words)) < (best[0], -best[1])):
                best = (rank, len(words), head)
    return (best[2], best[0], best[1]) if best else None
