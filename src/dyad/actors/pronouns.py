"""Personal pronouns resolved to an earlier actor by rules over the parse.

Candidates are the referents mentioned before the pronoun within a short window (three
sentences for he/she, one for it/they), filtered by agreement (he/she: persons, of that
gender when an honorific told it; it: singular states and organisations; they: groups,
and organisations as British usage has it) and ranked by recency, with a bonus for
subjects and for a subject pronoun matching a subject antecedent. For it/they, noun
phrases that are not actors compete too: if the best candidate is "an economic issue",
the pronoun refers to that and is no actor; for "they", so does a singular name or body
of people that no rule coded ("the committee", "Gazprom"), rather than letting "they" jump
past it to a coded actor further back.
Pleonastic "it" ("it is Russia which...", "it seems that...") is skipped.

Possessive pronouns before a sector or state noun ("his country", "its troops") are resolved
the same way by the class of the pronoun (his: male, its: thing, their: plural); "our" and
"my" inside a direct quote are the quote's speaker (`quote_speaker`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .discourse import Discourse, Referent

WINDOW = {"male": 3, "female": 3, "thing": 1, "plural": 1}
AGREES = {"male": {"person"}, "female": {"person"}, "thing": {"state", "organization"},
          "plural": {"group", "organization", "state"}}
SUBJECT = {"nsubj", "nsubjpass"}
POSSESSIVES = {"his": "male", "her": "female", "its": "thing", "their": "plural",
               "our": "speaker", "my": "speaker"}
RAISING = {"seem", "appear", "happen", "turn"}
# singular nouns for a body of people, which "they" can refer to as it can to a named
# organisation ("the committee said they would ...")
COLLECTIVE = {"committee", "council", "board", "group", "company", "firm", "team", "union",
              "movement", "coalition", "alliance", "family", "crowd", "commission", "panel",
              "association", "federation", "organisation", "organization", "club", "network",
              "community", "delegation", "jury", "staff", "management", "consortium"}


@dataclass(frozen=True, slots=True)
class Chunk:
    """A noun phrase that is not an actor, able to out-compete actors for it/they."""

    root: int
    sent: int
    subject: bool
    plural: bool
    appos_of: int = -1  # the head an appositive phrase describes ("X, the largest union")
    collective: bool = False  # a singular body of people or a name ("the committee")


def pronoun_class(token: Token, pronouns: dict[str, str]) -> str | None:
    """he/she/it/they... as an object or subject pronoun (not a possessive)."""
    cls = pronouns.get(token.lower_)
    if cls is None or token.pos_ != "PRON" or token.tag_ == "PRP$":
        return None
    if cls == "thing" and is_pleonastic(token):
        return None
    return cls


def possessive_class(token: Token) -> str | None:
    """his/her/its/their (the class of the pronoun), our/my ("speaker"), as a determiner."""
    if token.tag_ != "PRP$" and token.dep_ != "poss":
        return None
    return POSSESSIVES.get(token.lower_)


def is_pleonastic(token: Token) -> bool:
    """"It" that refers to nothing: clefts, extraposed clauses, raising verbs."""
    if token.dep_ not in SUBJECT:
        return False
    head = token.head
    if head.lemma_ in RAISING and any(c.dep_ == "ccomp" for c in head.children):
        return True
    for child in head.children:
        if child.dep_ == "attr" and any(g.dep_ in ("relcl", "acl")
                                        for c in (child, *child.conjuncts)
                                        for g in c.children):
            return True  # cleft: "it is Russia (and its actions) which hinders ..."
        if child.dep_ in ("ccomp", "csubj") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                    for g in child.children) \
                and any(c.dep_ in ("acomp", "attr") for c in head.children):
            return True
    return False


def resolve(token: Token, cls: str, sent: int, discourse: Discourse,
            chunks: list[Chunk]) -> Referent | None:
    """The referent of a pronoun, or None (no candidate, or a non-actor wins)."""
    subject = token.dep_ in SUBJECT
    best: tuple[float, Referent | None] | None = None
    for referent, (at, at_sent, was_subject) in discourse.before(token.i, WINDOW[cls], sent):
        if referent.type not in AGREES[cls] or (cls == "thing" and referent.plural):
            continue
        if referent.gender is not None and cls in ("male", "female") and referent.gender != cls:
            continue
        if cls == "plural" and referent.type == "state" and not referent.plural:
            continue
        score = _score(token.i, sent, at, at_sent, was_subject, subject)
        if best is None or score > best[0]:
            best = (score, referent)
    if cls not in ("male", "female"):
        for chunk in chunks:
            if chunk.root >= token.i or sent - chunk.sent > WINDOW[cls]:
                continue
            if chunk.plural != (cls == "plural") and not (cls == "plural" and chunk.collective):
                continue  # "they" may be a body: "the committee said they ..."
            score = _score(token.i, sent, chunk.root, chunk.sent, chunk.subject, subject)
            if best is None or score > best[0]:
                best = (score, None)
    return best[1] if best else None


def _score(at: int, sent: int, cand: int, cand_sent: int, cand_subject: bool,
           subject: bool) -> float:
    score = -10.0 * (sent - cand_sent) - 0.01 * (at - cand)
    if cand_subject:
        score += 3.0
        if subject:
            score += 1.0
    return score


def non_actor_chunks(doc: Doc, sent_of: list[int]) -> list[Chunk]:
    """Noun phrases that are no pronoun or date (the caller drops those inside actors, and
    appositions of an actor: "the largest union" in "X, the largest union," is X)."""
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.pos_ == "PRON" or root.ent_type_ in (
                "DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"):
            continue
        out.append(Chunk(root.i, sent_of[root.i], root.dep_ in SUBJECT,
                         root.tag_ in ("NNS", "NNPS"),
                         root.head.i if root.dep_ == "appos" else -1,
                         root.lemma_.lower() in COLLECTIVE or root.ent_type_ == "ORG" or (
                             root.pos_ == "PROPN" and not root.ent_type_)))
    return out
