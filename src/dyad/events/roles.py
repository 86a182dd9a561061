"""Who did it and to whom, from the dependency parse: subjects through control, raising,
relative clauses, passives and coordination; targets from objects and prepositions."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..schema import Mention

SUBJ = {"nsubj", "csubj", "expl"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "obj", "dative", "attr", "oprd"}
# climbing from a verb to the word whose subject it shares ("ready to restore", "agreed to meet")
CONTROL = {"xcomp", "acomp", "advcl", "conj", "pcomp"}
NAMED_TYPES = {"person", "organization", "group"}
# documents through which their author acts: "issued a decree banning the party"
INSTRUMENTS = {"bill", "law", "decree", "resolution", "order", "measure", "directive",
               "regulation", "ordinance", "edict", "motion", "statement", "declaration",
               "amendment", "legislation", "executive order", "communique", "proclamation"}
# people who act for the organisation named after "of": "members of the Bar Association"
MEMBER_NOUNS = {"member", "representative", "delegation", "delegate", "head", "leader", "chief",
                "official", "spokesman", "spokeswoman", "spokesperson", "envoy", "president",
                "chairman", "chairwoman", "director", "secretary"}
TARGET_PREPS = ("with", "against", "to", "on", "at", "toward", "towards", "into", "upon",
                "from", "over", "for", "between")


class ActorIndex:
    """Coded mentions by token, so a parse node can be turned into an actor quickly."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        # named actors no dictionary codes ("Judge Ana Ruiz"): a last resort for sources
        self.uncoded: dict[int, Mention] = {}
        for m in mentions:
            if not m.code and (m.rule != "ner" or m.type not in NAMED_TYPES):
                continue  # an unresolved pronoun or description names nobody
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            index = self.by_token if m.code else self.uncoded
            for tok in span or ():
                index.setdefault(tok.i, m)

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def named(self, head: Token) -> Mention | None:
        """An uncoded named mention on the head or inside its noun phrase ("Judge Ana Ruiz",
        "members of the Lagos Bar Association")."""
        near = [c for c in head.children if c.dep_ in {"compound", "flat"}]
        if head.lemma_.lower() in MEMBER_NOUNS:
            near += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
        for tok in (head, *near):
            found = self.uncoded.get(tok.i)
            if found is not None:
                return found
        return None

    def coordinated(self, head: Token) -> list[Mention]:
        """Mentions on coordinated modifiers sharing one head: "Hungarian and Romanian
        officials" is two actors."""
        found: list[Mention] = []
        mods = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod"}]
        for child in mods:
            if child.conjuncts:
                for tok in (child, *child.conjuncts):
                    m = self.at(tok)
                    if m is not None and all(m is not f for f in found):
                        found.append(m)
        if not found and any(g.dep_ == "cc" for c in mods for g in c.children):
            # "UK and EU negotiators" parsed as two modifiers, the "and" on the first
            for child in mods:
                m = self.at(child)
                if m is not None and all(m is not f for f in found):
                    found.append(m)
        return found if len(found) > 1 else []

    def in_phrase(self, head: Token) -> Mention | None:
        """The mention on the head, else the first coded mention inside its noun phrase
        ("the people of Georgia", "Bikantov's statements"), never crossing a clause."""
        found = self.at(head)
        if found:
            return found
        for tok in _phrase_tokens(head):
            found = self.at(tok)
            if found:
                return found
        for appos in (c for c in head.children if c.dep_ == "appos"):
            # "Kenya's foreign minister, Musalia Mudavadi": the apposition is the same actor
            found = self.at(appos) or next(
                (m for t in _phrase_tokens(appos) if (m := self.at(t))), None)
            if found:
                return found
        for acl in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            # "the shells launched BY the rebel army": who fired them acts
            for agent in (g for a in acl.children if a.dep_ == "agent" for g in a.children):
                found = self.in_phrase(agent)
                if found:
                    return found
        return None


def _phrase_tokens(head: Token) -> Iterable[Token]:
    stack = list(head.children)
    while stack:
        tok = stack.pop(0)
        if tok.dep_ in {"relcl", "acl", "ccomp", "advcl", "appos", "punct"}:
            continue
        yield tok
        stack.extend(tok.children)


def subjects(verb: Token) -> tuple[list[Token], bool]:
    """Subject tokens of a verb (with conjuncts) and whether the clause is passive.

    Climbs control and raising ("Russia is ready to restore": restore's subject is Russia),
    relative clauses ("officials, who took steps": the noun), and shared subjects of
    coordinated verbs. For passives, the agent ("by X") is the subject.
    """
    node, passive = verb, False
    for _ in range(6):
        subj = [c for c in node.children if c.dep_ in SUBJ]
        pas = [c for c in node.children if c.dep_ in PASSIVE_SUBJ]
        if node.i == verb.i and pas:
            passive = True
            agent = [g for c in node.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj"]
            return with_conjuncts(agent), True
        if subj:
            return with_conjuncts(subj), passive
        if pas and node.i != verb.i:  # "the army was poised to attack": the army attacks
            return with_conjuncts(pas), passive
        if node.dep_ == "acl" and node.tag_ == "VBG" and \
                node.head.lemma_.lower() in INSTRUMENTS and node.head.dep_ in {"dobj", "nsubjpass"}:
            node = node.head.head  # "passed a bill LIFTING the curfew": who passed it lifts it
            continue
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.head.pos_ in {"NOUN", "PROPN"}):
            return with_conjuncts([node.head]), passive
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":  # "resorted to throwing"
            node = node.head.head
            continue
        if node.dep_ in CONTROL and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ == "pobj" and node.head.dep_ == "prep":  # "steps to" handled above
            node = node.head.head
            continue
        break
    return [], passive


def objects(verb: Token, passive: bool) -> list[Token]:
    """Direct objects, or for a passive its subject (the thing acted on)."""
    if passive:
        return with_conjuncts([c for c in verb.children if c.dep_ in PASSIVE_SUBJ])
    return with_conjuncts([c for c in verb.children if c.dep_ in OBJ])


def prep_objects(head: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions attached to a word ("restore ties WITH Georgia")."""
    wanted = set(preps)
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in wanted:
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return with_conjuncts(found)


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Expand "Russia and Georgia" into both heads: one event per pair, as CAMEO coders do."""
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
    return out


NUMBER_WORDS = {"dozen": 12, "dozens": 24, "score": 20, "scores": 40, "hundred": 100,
                "hundreds": 200, "thousand": 1000, "thousands": 2000, "million": 10**6,
                "millions": 2 * 10**6}


SMALL_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve"])} | {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90}


def headcount(noun: Token) -> int | None:
    """How many people a noun phrase counts ("1,000 refugees", "thousands of villagers",
    "two hundred families"), or None when it gives no number."""
    if noun.lower_ in NUMBER_WORDS:  # "thousands of villagers"
        return NUMBER_WORDS[noun.lower_]
    total: int | None = None
    for child in noun.children:
        if child.dep_ != "nummod":
            continue
        value = _number(child)
        if value is not None:
            total = max(total or 0, value)
    return total


def _number(tok: Token) -> int | None:
    text = tok.lower_.replace(",", "")
    value: int | None = int(text) if text.isdecimal() and text.isascii() else \
        NUMBER_WORDS.get(text, SMALL_NUMBERS.get(text))
    if value is None:
        return None
    for c in tok.children:  # "two hundred", "12 thousand"
        if c.dep_ == "compound":
            factor = c.lower_.replace(",", "")
            value *= int(factor) if factor.isdecimal() and factor.isascii() else \
                SMALL_NUMBERS.get(factor, 1)
    if tok.head.lower_ in NUMBER_WORDS and tok.head.i != tok.i:
        value *= NUMBER_WORDS[tok.head.lower_]
    return value
