"""Reporting frames: a cue, its speaker's head word, and the clauses it reports.

Read off the dependency parse: a speech verb's clausal complement ("said that ..."),
"described X as ...", "according to X", a speech noun's that-clause ("the claim that ..."),
"in a statement, X ...", and "as X said, ...". Whether the reported clause is quoted word
for word is decided later, against the quote marks (`assemble.py`); this module only reads
syntax.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import Cues
from .syntax import (
    agent_of,
    borrowed_subject,
    clause_tokens,
    contiguous,
    is_participle,
    is_passive,
    is_set_off,
    subject_of,
    trimmed_chars,
)

_VERBAL = ("VERB", "AUX")
_MIN_OBJECT_WORDS = 3
_COMPLEMENTISERS = frozenset({"that", "whether", "if"})


@dataclass(slots=True)
class Clause:
    """A reported clause: char offsets (trimmed of "that" and edge punctuation), its head."""

    start: int
    end: int
    head: Token
    naming: bool = False  # "called X ‘Y’", "described X as Y": a characterisation
    joined: bool = False  # a quotation right after the clause was joined to it
    parts: list[Clause] = field(default_factory=list)  # coordinated clauses inside it


@dataclass(slots=True)
class Frame:
    """One act of reporting: cue (char span), speaker head word (None if unnamed), clauses."""

    cue: tuple[int, int]
    anchor: Token
    speaker: Token | None
    clauses: list[Clause] = field(default_factory=list)
    via: str = "verb"


def find_frames(doc: Doc, cues: Cues) -> list[Frame]:
    """Every reporting frame of the document, in text order of the cue."""
    frames: list[Frame] = []
    for token in doc:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            frames.extend(_according(token, cues))
        elif cues.is_speech(token) or (token.pos_ in _VERBAL and (
                cues.object_preps(token) or cues.is_directive(token))):
            frames.extend(_verb(token, cues))
        elif cues.is_noun(token):
            frames.extend(_noun(token, cues))
    return [f for f in frames if f.clauses]


def speaker_of(verb: Token, cues: Cues) -> Token | None:
    """The speaker of a speech verb: its subject, else one borrowed from the clause it hangs
    off. A participle whose borrowed subject belongs to a reported clause ("X says it is
    ready, expressing hope ...") is the reporting speaker's, not the reported subject's."""
    if is_passive(verb):  # "He was told that ...", "X is said to ...": the agent, or no one
        return agent_of(verb)
    own = subject_of(verb)
    if own is not None:
        return own
    shown = _shown_speaker(verb)
    if shown is not None:
        return shown
    subject, owner = borrowed_subject(verb)
    if owner is not None and owner.dep_ == "ccomp" and cues.is_speech(owner.head) \
            and is_participle(verb):
        outer = speaker_of(owner.head, cues)
        if outer is not None:
            return outer
    return subject


def _shown_speaker(verb: Token) -> Token | None:
    """"footage of the mayor saying ...": a participle right after "of X" has X as subject,
    wherever the parser attached it."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ in ("NOUN", "PROPN", "PRON") and before.dep_ == "pobj" \
            and before.head.lower_ == "of":
        return before
    return None


def _verb(verb: Token, cues: Cues) -> list[Frame]:
    heads = [c for c in verb.children if c.dep_ == "ccomp"
             or (c.dep_ == "parataxis" and c.i < verb.i)]
    if not cues.is_speech(verb, thought=False):  # belief verbs: a finite clause only
        heads = [h for h in heads if h.dep_ == "ccomp" and (
            subject_of(h) is not None or any(c.dep_ == "mark" and c.lower_ in _COMPLEMENTISERS
                                             for c in h.children))]
    frame = Frame(_chars(verb), verb, speaker_of(verb, cues))
    for head in heads:
        frame.clauses.extend(clauses_of(head, cues))
    if cues.is_naming(verb):
        frame.clauses.extend(_named(verb))
    if not heads and not frame.clauses and cues.is_directive(verb):
        frame.clauses.extend(_directive(verb))
    preps = cues.object_preps(verb)
    if preps is not None and not heads and not frame.clauses:
        frame.clauses.extend(_object(verb, preps))
    if not heads and not frame.clauses and not _parenthesised(verb) and (
            verb.dep_ == "parataxis" or (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                         for c in verb.children))):
        frame.via = "aside"  # "The plan, Smith said, failed", "As Smith said, it failed"
        frame.clauses.extend(_host_clause(verb, cues))
    return [frame]


def _parenthesised(verb: Token) -> bool:
    """"(her campaign later disclosed ...)": an aside in brackets reports nothing around it."""
    i = verb.left_edge.i - 1
    return i >= 0 and verb.doc[i].text in ("(", "[")


def _named(verb: Token) -> list[Clause]:
    """"described X as Y", "called X Y": the object and its characterisation, X ... Y.
    Naming is not reporting ("a system called Global System", "dubbed Trump Tower")."""
    if verb.dep_ == "acl" or is_passive(verb) and agent_of(verb) is None:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i]
    heads += [a for o in objects for a in o.children if a.dep_ == "appos"]
    for holder in (verb, *objects):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                heads += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    out = []
    for head in heads:
        if head.pos_ == "PROPN":
            continue
        first = min([head.left_edge.i] + [o.left_edge.i for o in objects if o.i < head.i])
        s, e = trimmed_chars(verb.doc, first, head.right_edge.i + 1)
        if s < e:
            out.append(Clause(s, e, head, naming=True))
    return out


def _object(verb: Token, preps: tuple[str, ...]) -> list[Clause]:
    """"cited derogatory comments ...", "urged supporters to monitor ...", "called for more
    investment": the object phrase, with what completes it after the object."""
    targets = [c for c in verb.children if c.dep_ == "dobj"] if "" in preps else []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            targets += [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not targets:
        return []
    obj = min(targets, key=lambda t: t.i)
    end = obj.right_edge.i
    for c in verb.children:
        if c.i > obj.i and (c.dep_ in ("xcomp", "ccomp", "oprd") or (
                c.dep_ == "prep" and c.lower_ in ("of", "as", "to", "for"))):
            end = max(end, c.right_edge.i)
    found = [t for t in verb.doc[obj.left_edge.i:end + 1] if t.is_alpha or t.like_num]
    if len(found) < _MIN_OBJECT_WORDS:
        return []
    s, e = trimmed_chars(verb.doc, obj.left_edge.i, end + 1)
    return [Clause(s, e, obj)] if s < e else []


def _directive(verb: Token) -> list[Clause]:
    """"told his advisers to find a way", "called on Congress to act": who was asked, and
    the infinitive that says what."""
    doc = verb.doc
    for xcomp in verb.children:
        if xcomp.dep_ not in ("xcomp", "ccomp") or xcomp.i < verb.i or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children):
            continue
        addressee = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < xcomp.i]
        addressee += [p for c in verb.children if c.dep_ == "prep" and c.i < xcomp.i
                      for p in c.children if p.dep_ == "pobj"]
        first = min([xcomp.left_edge.i] + [a.left_edge.i for a in addressee])
        s, e = trimmed_chars(doc, first, xcomp.right_edge.i + 1)
        return [Clause(s, e, xcomp)] if s < e else []
    return []


def _according(token: Token, cues: Cues) -> list[Frame]:
    to = next(c for c in token.children if c.lower_ == "to")
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    host = token.head
    while host.pos_ not in _VERBAL and host.head.i != host.i:
        host = host.head
    if host.i == token.i:
        return []
    span = (token.idx, to.idx + len(to.text))
    frame = Frame(span, token, source, via="according")
    frame.clauses.extend(_host_clause(token, cues, host=host))
    return [frame]


def _noun(noun: Token, cues: Cues) -> list[Frame]:
    frames = []
    heads = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in _VERBAL
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if heads:
        frame = Frame(_chars(noun), noun, _noun_speaker(noun, cues), via="noun")
        for head in heads:
            frame.clauses.extend(clauses_of(head, cues))
        frames.append(frame)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep" \
            and prep.head.pos_ in _VERBAL and not cues.is_speech(prep.head) \
            and not any(c.tag_ == "MD" for c in prep.head.children):
        host = prep.head  # "In a statement, the ministry condemned ..."
        subject = speaker_of(host, cues)
        frame = Frame(_chars(noun), noun, subject, via="statement")
        exclude = [prep] + ([subject] if subject is not None and subject.head.i == host.i else [])
        frame.clauses.extend(_span_clause(host, exclude))
        frames.append(frame)
    return frames


def _noun_speaker(noun: Token, cues: Cues) -> Token | None:
    """Whose statement: "his statement", "a statement by X", "X issued a statement", and
    "Trump claims that ..." when the verb was tagged as a noun with a name before it."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"
                                    and child.i == noun.i - 1):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in _VERBAL and cues.is_issuing(noun.head):
        return speaker_of(noun.head, cues)
    return None


def clauses_of(head: Token, cues: Cues) -> list[Clause]:
    """The reported clause under a complement head, whole: "said X and that Y" is one report.
    Coordinated clauses with their own subject or "that" are kept as `parts`, for when quote
    marks set one of them apart. A reporting participle inside ("..., adding that ...") or a
    coordinated report with its own speaker ("..., and the mayor replied") is left out,
    being a report of its own."""
    reports = [t for t in head.subtree if t.i != head.i and cues.is_speech(t) and (
        (is_participle(t) and is_set_off(t) and t.dep_ in ("advcl", "conj"))
        or (t.dep_ == "conj" and subject_of(t) is not None))]
    out = _span_clause(head, reports)
    if out:
        out[0].parts = [part for c in head.children if c.dep_ == "conj" and c.pos_ in _VERBAL
                        and (subject_of(c) is not None
                             or any(m.dep_ == "mark" for m in c.children))
                        for part in clauses_of(c, cues)]
    return out


def _host_clause(cue: Token, cues: Cues, host: Token | None = None) -> list[Clause]:
    """The clause a cue phrase hangs off ("according to X", "as X said", "X, he said, Y"),
    from its first word to its last: the cue inside it is where the report was interrupted."""
    host = host or cue.head
    if host.i == cue.i or host.pos_ not in _VERBAL:
        return []
    doc = host.doc
    indices = clause_tokens(host, [cue])
    first, last = cue.left_edge.i, cue.right_edge.i
    before = [i for i in indices if i < first and not doc[i].is_punct and not doc[i].is_space]
    after = [i for i in indices if i > last and not doc[i].is_punct and not doc[i].is_space]
    if not (before and after):  # the cue at an edge: the clause is the other side
        return _span_clause(host, [cue])
    s, e = trimmed_chars(doc, min(indices), max(indices) + 1)
    return [Clause(s, e, host)] if s < e else []


def _span_clause(head: Token, exclude: list[Token]) -> list[Clause]:
    indices = clause_tokens(head, exclude)
    if head.i not in indices:
        return []
    start, end = contiguous(head.doc, indices, head.i)
    end = _without_aside(head, start, end)
    s, e = trimmed_chars(head.doc, start, end)
    return [Clause(s, e, head)] if s < e else []


def _without_aside(head: Token, start: int, end: int) -> int:
    """The reporter's own additions at the end of a reported clause are cut: what follows a
    semicolon, and a comma-set relative clause or apposition ("..., which cost him his
    seat"; "Ms. Novak, the likely front-runner")."""
    doc = head.doc
    for i in range(max(start, head.i + 1), end):
        token = doc[i]
        if token.text == ";":
            return i
        aside = token.dep_ in ("relcl", "appos") or doc[token.left_edge.i].lower_ == "which"
        if aside and token.right_edge.i >= end - 1 and token.left_edge.i > head.i \
                and doc[token.left_edge.i - 1].text == ",":
            return token.left_edge.i - 1
    return end


def _chars(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)
