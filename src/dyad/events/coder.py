"""The event coder: for each sentence, triggers from the dictionary, framing and modality,
source and target actors from the parse, reported speech, date and place. One event per
(source, target) pair, as CAMEO coders do."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..context import DocContext
from ..schema import DateMention, Document, Event, Mention, Place, Quote
from ..schema import Span as SpanRec
from ..types import Precision
from .dictionary import EventDictionary, Pattern
from .literal import literal_hits
from .modality import Framing, framed_code, framing
from .ontology import quad_class
from .phrases import Phrases, build_phrases, lexicon_words
from .roles import TARGET_PREPS, ActorIndex, headcount, objects, prep_objects, subjects
from .speech import accusations, quoted_by, reporter
from .triggers import nominal_pattern, noun_pattern, verb_pattern

SKIP_BLOCKS = {"credit", "dateline", "byline"}
RECIPROCAL_ROOTS = {"03", "04", "05", "06"}  # "X and Y met": both act towards each other
# conflict roots that, made conditional ("unless ..."), are threats
THREAT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
# roots whose events need an addressee: statements, appeals, expressions of intent
ADDRESSED_ROOTS = {"01", "02", "03"}
# roots whose events are newsworthy without a target: protest, force posture, coercion, violence
UNDIRECTED_ROOTS = {"14", "15", "17", "18", "19", "20"}
# violence is worth recording with an unknown perpetrator ("three soldiers were killed in a
# bombing"), when its victims are named
VIOLENT_ROOTS = {"18", "19", "20"}


def code_events(doc: Doc, ctx: DocContext, record: Document) -> list[Event]:
    """Every event in the document, in text order."""
    dic: EventDictionary = ctx.resources.events
    actors = ActorIndex(doc, record.actors)
    partner = _Counterpart(record.actors)
    said_on = _statement_dates(doc, record.dates, dic.speech_verbs, actors)
    phrases = build_phrases(doc, record.actors, lexicon_words(ctx.resources.actors,
                                                              ctx.published)) \
        if dic.sequences else None  # noun phrases for word-order (PETRARCH) patterns
    events: list[Event] = []
    for sent in doc.sents:
        if ctx.block_kind(sent.start_char) in SKIP_BLOCKS:
            continue
        seen: set[tuple] = set()
        for event in _sentence_events(sent, dic, actors, record, partner, ctx, phrases):
            speaker = event.reported_by.country if event.reported_by else None
            if speaker in said_on and event.date == ctx.published and \
                    not _dated_sentence(sent, record.dates):
                event.date, event.date_precision = said_on[speaker], "day"
            key = (_who(event.source), _who(event.target), event.root)
            if key not in seen:  # one event per actor pair and root in a sentence
                seen.add(key)
                events.append(event)
    return events


def _proposed(tok: Token, proposals: set[str], acting: dict[int, str]) -> bool:
    """A verb that spells out an offer, plan or request another trigger acts on, or what
    someone is accused or praised of ("accused the government OF GIVING UP claims")."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ in {"of", "for"} and \
            acting.get(head.head.i, "")[:2] in {"05", "11", "12", "16", "17"}:
        return True  # also the reason for an arrest or a sanction ("arrested for spying")
    return tok.dep_ == "acl" and head.lemma_.lower() in proposals and \
        head.dep_ in {"dobj", "pobj", "nsubjpass"} and \
        (head.head.i in acting or head.head.head.i in acting)


def _who(mention: Mention | None) -> str | int | None:
    """An actor for de-duplication: its code, or where it stands when it has none."""
    if mention is None:
        return None
    return mention.code or mention.start


def _sentence_events(sent: Span, dic: EventDictionary, actors: ActorIndex, record: Document,
                     partner: _Counterpart, ctx: DocContext,
                     phrases: Phrases | None = None) -> Iterator[Event]:
    claimed: set[int] = set()  # verbs (and their phrases) coded by word-order patterns
    if phrases is not None:
        hits, claimed = literal_hits(sent, dic, phrases)
        for lit in hits:
            yield _event(dic, lit.code, lit.source, lit.target, lit.trigger, sent, None,
                         record, ctx, rule=lit.rule, confidence=0.5, reported_by=None)
    framed: set[int] = set()
    found: list[tuple[Token, Pattern, Token | None, Framing]] = []
    for tok in sent:
        if tok.i in claimed:
            continue
        hit = verb_pattern(tok, dic)
        if hit is None:
            continue
        pattern, licensed = hit
        frame = framing(tok, dic.frames, dic.frame_of)
        if frame.frame_token is not None:
            framed.add(frame.frame_token.i)
        found.append((tok, pattern, licensed, frame))
    nouns = {tok.i: hit for tok in sent if (hit := _noun_trigger(tok, dic)) is not None}
    nominal = {sent.doc[i].head.i for i in nouns}
    # "approved the deployment of monitors": deciding an action is doing it, not praising it
    deciding = set(dic.frames.get("decision_verbs", []))
    decided = {sent.doc[i].head.i for i, (p, _) in nouns.items()
               if sent.doc[i].dep_ == "dobj" and p.code[:2] not in {"01", "05"}
               and sent.doc[i].head.lemma_.lower() in deciding}
    found = [f for f in found if f[0].i not in decided]
    proposals = set(dic.frames.get("proposal_nouns", []))
    acting = {t.i: p.code for t, p, *_ in found}
    for tok, pattern, licensed, frame in found:
        if tok.i in framed:
            continue  # "agreed to meet": the embedded verb carries the event
        if _proposed(tok, proposals, acting):
            continue  # "turned down a Norwegian offer TO HOST talks": its content, no event
        if pattern.code.startswith("01") and (_is_speech(tok, record.quotes) or tok.i in nominal):
            continue  # a bare statement: its content (clause or nominal event) is coded
        yield from _verb_events(tok, pattern, licensed, frame, sent, dic, actors, record,
                                partner, ctx)
    for i, (pattern, of_object) in nouns.items():
        tok = sent.doc[i]
        if i not in claimed and not _is_object_of_trigger(tok, found):
            yield from _noun_events(tok, pattern, of_object, sent, dic, actors, record, ctx)
    for speaker, target, trigger in accusations(sent, dic, actors, record.quotes):
        yield _event(dic, dic.frames["accusation"]["code"], speaker, target, trigger, sent,
                     None, record, ctx, rule="frames.yaml:accusation", confidence=0.5,
                     reported_by=speaker)


def _verb_events(tok: Token, pattern: Pattern, licensed: Token | None, frame: Framing,
                 sent: Span, dic: EventDictionary, actors: ActorIndex, record: Document,
                 partner: _Counterpart, ctx: DocContext) -> Iterator[Event]:
    code = pattern.code
    spec = dic.frames
    if frame.negated:
        if frame.frame == "refuse":
            return
        negated = framed_code(code, spec["negation"]["map"])
        if negated is None:
            return  # CAMEO codes what happened, not conflict that did not
        code = negated
    elif frame.frame == "refuse":
        refused = framed_code(code, spec["frames"]["refuse"]["map"])
        if refused is None:
            return  # "refused to condemn", "failed to renew the embargo": it did not happen
        code = refused
    elif frame.frame:
        code = framed_code(code, spec["frames"][frame.frame]["map"]) or code
    elif frame.modality == "hypothetical" and code[:2] in THREAT_ROOTS:  # "will withdraw unless"
        code = framed_code(code, spec["frames"]["threaten"]["map"]) or code
    elif frame.modality in {"future", "hypothetical"}:  # "will give aid": a promise (03x)
        code = framed_code(code, spec["frames"]["intend"]["map"]) or code
    code = _mass(code, tok, spec)
    if code[:2] == "05" and _that_clause_only(tok):
        return  # "the court approved that X is responsible": a finding stated, not praise
    subj_tokens, passive = subjects(tok)
    if passive and not subj_tokens and code in set(spec.get("passive_actor_codes", [])):
        subj_tokens, passive = objects(tok, True), False  # "rebels were demobilized"
    embedded_subjects: list[Token] = []
    if frame.frame in {"appeal", "demand"} and frame.frame_token is not None:
        embedded_subjects = [t for t in subj_tokens if frame.frame_token.is_ancestor(t)]
        subj_tokens, _ = subjects(frame.frame_token)
    sources = _mentions(actors, subj_tokens)
    reported = reporter(tok, actors, record.quotes, dic.speech_verbs)
    if reported is not None and not frame.frame and not frame.negated and _deontic(tok, spec) \
            and all(s.code != reported.code for s in sources):
        # "X said Y must return the helicopter": a demand by X of Y (10x)
        code = framed_code(pattern.code, spec["frames"]["demand"]["map"]) or code
        embedded_subjects, sources = subj_tokens, [reported]
    if not sources and reported is not None and _relational_passive(tok, passive, spec):
        sources = [reported]  # "relations will not be restored," X said: X is the agent
    if not sources and frame.frame_token is not None:
        # "officials agreed that their countries should cooperate": the framer acts
        sources = _mentions(actors, subjects(frame.frame_token)[0])
    if not sources:
        sources = _issuer(subj_tokens, actors, spec)
    if not sources:
        sources = _first_person(subj_tokens, record.quotes)
    # what a protest is against: names its crowd (below) and, failing all else, its target
    against = _first_mentions(actors, _protest_targets(tok, spec)) if code[:2] == "14" else []
    if not sources and code[:2] == "14":
        sources = _crowd(subj_tokens, sent, record, ctx.resources.actors,
                         against[0].country if against else None)
    uncertain = not sources
    if not sources:
        sources = _named(actors, subj_tokens)  # a name no dictionary codes: keep the event
    if not sources and not (code[:2] in VIOLENT_ROOTS and
                            (passive or _event_subject(subj_tokens, dic))):
        return
    if pattern.subjects and not any(pattern.subjects & set(m.sectors) for m in sources):
        # "fought" alone is force only when armed men fight: else the next best pattern
        alt = verb_pattern(tok, dic, any_subject=False)
        if alt is not None:
            yield from _verb_events(tok, alt[0], alt[1], frame, sent, dic, actors, record,
                                    partner, ctx)
        return
    first = sources[0] if sources else None
    targets = _first_mentions(actors, _target_groups(tok, pattern, frame, passive,
                                                     embedded_subjects))
    if targets and first is not None and _own_forces(code, targets, first, spec):
        # "Britain mobilized army reservists AGAINST Iraq": the forces moved are not the target
        targets = [t for t in _mentions(actors, prep_objects(tok, TARGET_PREPS))
                   if not _own_forces(code, [t], first, spec)]
    if not targets and code[:2] == "14":
        targets = against
    if not targets and code[:2] == "13":
        targets = _first_mentions(actors, _condition_subjects(tok, frame))
    if not targets and code[:2] == "14":
        targets = _venue_authorities(sent, record)
    if not targets and code[:2] in UNDIRECTED_ROOTS:
        targets = _located_group(_group_heads(tok, passive), sent, record, first,
                                 ctx.resources.actors)
    if not targets and first is not None and licensed is not None and \
            licensed.lemma_.lower() in set(spec.get("relational_nouns", [])):
        counterpart = partner.of(first)
        targets = [counterpart] if counterpart else []
    if not targets and len(sources) > 1 and code[:2] in RECIPROCAL_ROOTS:
        yield from _reciprocal(tok, code, sources, frame, sent, dic, record, ctx, pattern,
                               reported)
        return
    # specific patterns, named targets and main clauses are surer than embedded mentions
    confidence = 0.5 + (0.2 if pattern.objects else 0) + (0.15 if targets else 0) + \
        (0.1 if subj_tokens else 0) - 0.05 * min(_depth(tok), 4) - (0.2 if uncertain else 0)
    if not targets and code[:2] in ADDRESSED_ROOTS and pattern.code[:2] in ADDRESSED_ROOTS:
        return  # a bare statement, appeal or "plans" towards nobody in particular
    if first is None and not any(t.sectors and t.type != "state" for t in targets):
        return  # agentless violence is recorded for its victims: people, not places
    for source in _or_none(sources):
        for target in _or_none(targets):
            if target is source or (target is not None and source is not None and
                                    target.code == source.code and
                                    (target.text == source.text or code[:2] == "04")):
                continue  # the same actor, or a trip home ("returned to Abuja")
            yield _event(dic, code, source, target, tok, sent, frame, record, ctx,
                         rule=pattern.where, confidence=min(confidence, 0.95),
                         reported_by=reported,
                         plover=pattern.plover if code == pattern.code else None)


def _depth(tok: Token) -> int:
    """Clauses between the trigger and the sentence root (reported speech counts once)."""
    return sum(1 for a in tok.ancestors if a.pos_ in {"VERB", "AUX", "NOUN"}) - \
        (1 if tok.head.dep_ == "ROOT" and tok.dep_ == "ccomp" else 0)


def _protest_targets(tok: Token, spec: dict) -> Iterator[list[Token]]:
    """What a protest is against, anywhere in its clause: "during rallies AGAINST X", "to
    protest X's decision", "in defiance of X", "to show disapproval for X" (frames.yaml)."""
    cues = spec.get("protest_targets", {})
    preps, verbs = set(cues.get("preps", [])), set(cues.get("verbs", []))
    nouns = set(cues.get("nouns", []))
    stack = [c for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass", "csubj"}]
    while stack:
        node = stack.pop(0)
        if node.dep_ == "prep" and node.lower_ in preps:
            yield [g for g in node.children if g.dep_ == "pobj"]
        elif node.pos_ == "VERB" and node.lemma_.lower() in verbs:
            yield objects(node, False)
        elif node.pos_ == "NOUN" and node.lemma_.lower() in nouns:
            yield prep_objects(node, ("of", "for", "at", "over", "with"))
        stack.extend(node.children)


def _condition_subjects(tok: Token, frame: Framing) -> Iterator[list[Token]]:
    """Whom a threat is aimed at: who must act to avert it ("will strike unless BAGHDAD
    accepts"; "threatened to leave if the ALLIES refuse")."""
    for head in (tok, frame.frame_token):
        if head is None:
            continue
        for clause in head.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"unless", "if"}
                                              for m in clause.children):
                yield subjects(clause)[0]


def _that_clause_only(tok: Token) -> bool:
    """The verb's only complement is a that-clause: it states something, it backs no one."""
    clause = any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                          for m in c.children) for c in tok.children)
    return clause and not any(c.dep_ in {"dobj", "dative", "prep"} for c in tok.children)


def _mass(code: str, tok: Token, spec: dict) -> str:
    """"forced out more than 1,000 refugees": many people acted on at once (frames.yaml mass)."""
    rule = spec.get("mass", {}).get(code)
    if rule is None or tok.lemma_.lower() not in set(rule.get("verbs", [])):
        return code
    _, passive = subjects(tok)
    counts = [headcount(t) for t in objects(tok, passive)]
    return rule["code"] if any(n is not None and n >= rule["min_people"] for n in counts) \
        else code


FORCE_SECTORS = {"MIL", "COP", "PKO", "SPY"}


def _own_forces(code: str, targets: list[Mention], source: Mention, spec: dict) -> bool:
    """The target is the source's own forces, moved by the event (frames.yaml moved_forces)."""
    moved = set(spec.get("moved_forces", []))
    if not (code in moved or code[:3] in moved or code[:2] in moved) or not source.country:
        return False
    return all(t.country == source.country and FORCE_SECTORS & set(t.sectors) and
               t.code != source.code for t in targets)


FIRST_PERSON = {"i", "we", "us", "me"}


def _first_person(subj_tokens: list[Token], quotes: list[Quote]) -> list[Mention]:
    """"We have decided to ease the closures," the envoy said: inside a direct quote, I and we
    are its speaker."""
    for tok in subj_tokens:
        speaker = quoted_by(tok, quotes, direct=True) if tok.lower_ in FIRST_PERSON else None
        if speaker is not None:
            return [speaker]
    return []


def _named(actors: ActorIndex, subj_tokens: list[Token]) -> list[Mention]:
    """Subjects that are names without a code ("Judge Ana Ruiz opened an inquiry")."""
    found = [m for tok in subj_tokens if (m := actors.named(tok)) is not None]
    return [m for i, m in enumerate(found) if all(m is not o for o in found[:i])]


def _event_subject(subj_tokens: list[Token], dic: EventDictionary) -> bool:
    """The subject is itself an event ("a roadside bomb killed two soldiers")."""
    return any((p := noun_pattern(tok, dic)) is not None and p.code[:2] in VIOLENT_ROOTS
               for tok in subj_tokens)


def _issuer(subj_tokens: list[Token], actors: ActorIndex, spec: dict) -> list[Mention]:
    """"X issued a declaration demanding...": the subject of the light verb whose object
    the clause hangs off."""
    light = set(spec.get("light_verbs", []))
    for tok in subj_tokens:
        if tok.dep_ == "dobj" and _is_light(tok.head, light):
            return _mentions(actors, subjects(tok.head)[0])
    return []


def _crowd(subj_tokens: list[Token], sent: Span, record: Document,
           lexicon: Any, against: str | None = None) -> list[Mention]:
    """Protesters no dictionary names ("hundreds of farmers blocked roads near Lyon")
    belong to where they protest: the first place in the sentence, else the country of the
    government they protest against (protest is mostly domestic), as civilians unless their
    noun is a sector word (students, workers, opposition supporters)."""
    place = next((p for p in record.places if p.country and
                  sent.start_char <= p.start < sent.end_char), None)
    country = place.country if place is not None else None
    if against and len(against) == 3 and against.isalpha() and against not in {"IGO", "NGO"}:
        country = country or against
    if country is None or not subj_tokens:
        return []
    head = subj_tokens[0]
    if headcount(head) is not None or head.lemma_.lower() in {"group", "crowd", "number"}:
        # "hundreds of students": the people are named after "of"
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), head)
    entry = lexicon.phrases.get(head.lower_) or lexicon.phrases.get(head.lemma_.lower())
    sector = getattr(entry, "sector", None) if entry is not None else None
    code = sector.code if sector is not None and not sector.prefix else "CVL"
    return [Mention(head.text, head.idx, head.idx + len(head.text),
                    code=country + code, country=country, sectors=[code],
                    type="group", rule="located-crowd")]


def _venue_authorities(sent: Span, record: Document) -> list[Mention]:
    """A protest that names no target is aimed at the authorities where it happens
    ("thousands rallied in Lagos"): the government of the first place in the sentence."""
    for place in record.places:
        if place.country and sent.start_char <= place.start < sent.end_char:
            return [Mention(place.text, place.start, place.end, code=place.country + "GOV",
                            country=place.country, sectors=["GOV"], type="organization",
                            rule="protest-venue")]
    return []


def _group_heads(tok: Token, passive: bool) -> list[Token]:
    return objects(tok, passive) + prep_objects(tok, ("at", "on", "against"))


def _located_group(heads: list[Token], sent: Span, record: Document, source: Mention | None,
                   lexicon: Any) -> list[Mention]:
    """Force against people no dictionary names ("police dispersed demonstrators"): they
    belong where it happens, the country of a place in the sentence, else the source's."""
    for head in heads:
        entry = lexicon.phrases.get(head.lower_) or lexicon.phrases.get(head.lemma_.lower())
        sector = getattr(entry, "sector", None) if entry is not None else None
        if sector is None or sector.prefix or sector.type == "person":
            continue
        country = next((p.country for p in record.places if p.country and
                        sent.start_char <= p.start < sent.end_char),
                       source.country if source else None)
        if country:
            return [Mention(head.text, head.idx, head.idx + len(head.text),
                            code=country + sector.code, country=country,
                            sectors=[sector.code], type="group", rule="located-group")]
    return []


def _deontic(tok: Token, spec: dict) -> bool:
    """An obligation on the clause's subject: "must return", "should withdraw", also from
    the clause the trigger serves ("must ensure security to allow aid in")."""
    words = set(spec.get("deontic", []))
    node = tok
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in words for c in node.children):
            return True
        purpose = node.dep_ == "advcl" and not any(c.dep_ == "mark" for c in node.children)
        if not (node.dep_ == "xcomp" or purpose) or node.head.pos_ not in {"VERB", "AUX"}:
            return False  # "should stay UNTIL a treaty is signed": no obligation to sign
        node = node.head
    return False


def _relational_passive(tok: Token, passive: bool, spec: dict) -> bool:
    relational = set(spec.get("relational_nouns", []))
    return passive and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in relational
                           for c in tok.children)


def _reciprocal(tok: Token, code: str, sources: list[Mention], frame: Framing, sent: Span,
                dic: EventDictionary, record: Document, ctx: DocContext, pattern: Pattern,
                reported: Mention | None) -> Iterator[Event]:
    """"Chile and Peru signed an agreement": each party acts towards each other party."""
    for source in sources:
        for target in sources:
            if target is not source:
                yield _event(dic, code, source, target, tok, sent, frame, record, ctx,
                             rule=pattern.where, confidence=0.6, reported_by=reported)


def _noun_trigger(tok: Token, dic: EventDictionary) -> tuple[Pattern, Token | None] | None:
    """A noun that is an event: a noun pattern, else a nominalised verb ("suspension of")."""
    pattern = noun_pattern(tok, dic)
    return (pattern, None) if pattern is not None else nominal_pattern(tok, dic)


def _noun_events(tok: Token, pattern: Pattern, of_object: Token | None, sent: Span,
                 dic: EventDictionary, actors: ActorIndex, record: Document,
                 ctx: DocContext) -> Iterator[Event]:
    """Nominal events: source from a possessive, an actor modifier, "by X", or the subject
    of a light verb ("held talks with"); target from its prepositions or its object's
    ("the suspension of rail links WITH Moldova")."""
    sources = _mentions(actors, [c for c in tok.lefts if c.dep_ in {"poss", "compound", "amod"}])
    sources += _mentions(actors, prep_objects(tok, ("by",)))
    light = set(dic.frames.get("light_verbs", []))
    if not sources and tok.dep_ in {"dobj", "nsubjpass"} and _is_light(tok.head, light):
        sources = _mentions(actors, subjects(tok.head)[0])
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "of"} and \
            tok.head.head.dep_ == "dobj" and _is_light(tok.head.head.head, light):
        # "announced $33 million IN new assistance to Malawi": through the amount
        sources = _mentions(actors, subjects(tok.head.head.head)[0])
    if not sources and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and \
            tok.head.lower_ in {"for", "in", "into", "to", "on"}:
        # "Nigerians converged for a rally", "troops joined in the assault", "left on a
        # visit to": they take part
        sources = _mentions(actors, subjects(tok.head.head)[0])
    if not sources:
        return
    targets = _mentions(actors, prep_objects(tok, pattern.preps or TARGET_PREPS))
    if not targets and of_object is not None:
        targets = _mentions(actors, prep_objects(of_object, pattern.preps or TARGET_PREPS))
    if not targets and tok.dep_ == "dobj" and _is_light(tok.head, light):
        # "staged rallies in Gaza AGAINST the leader": the light verb carries the target
        targets = _mentions(actors, prep_objects(tok.head, pattern.preps or TARGET_PREPS))
    if not targets and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and sources:
        # "announced $3m in assistance TO Malawi": the verb the noun hangs from carries it
        targets = _mentions(actors, prep_objects(tok.head.head, pattern.preps or TARGET_PREPS))
    if not targets and pattern.code[:2] == "14":
        targets = _venue_authorities(sent, record)
    if not targets and len(sources) > 1 and pattern.code[:2] in RECIPROCAL_ROOTS:
        # "the two presidents will gather for a meeting": each meets the other
        for source in sources:
            for other in sources:
                if other is not source and other.code != source.code:
                    yield _event(dic, pattern.code, source, other, tok, sent, None, record,
                                 ctx, rule=pattern.where, confidence=0.4, reported_by=None,
                                 plover=pattern.plover)
        return
    if not targets and pattern.code[:2] not in UNDIRECTED_ROOTS:
        return  # "its plans": a nominal event needs a target unless it is force or protest
    for source in sources:
        for target in _or_none(targets):
            if target is not source:
                yield _event(dic, pattern.code, source, target, tok, sent, None, record, ctx,
                             rule=pattern.where, confidence=0.4, reported_by=None,
                             plover=pattern.plover)


def _is_light(verb: Token, light: set[str]) -> bool:
    """A light verb by lemma or by form ("staged": the small model lemmatises it "stag")."""
    return verb.lemma_.lower() in light or any(
        verb.lower_.startswith(w) for w in light if len(w) > 3)


def _target_groups(tok: Token, pattern: Pattern, frame: Framing, passive: bool,
                   embedded_subjects: list[Token]) -> Iterator[list[Token]]:
    """Candidate target words, best first; the first group naming an actor wins."""
    if frame.frame in {"appeal", "demand"} and frame.frame_token is not None:
        yield objects(frame.frame_token, False) + prep_objects(frame.frame_token,
                                                               ("to", "on", "upon"))
    yield embedded_subjects
    if pattern.preps:
        yield prep_objects(tok, pattern.preps)
    direct = objects(tok, passive)
    yield direct
    yield prep_objects(tok, TARGET_PREPS)
    yield [t for head in direct for t in prep_objects(head, TARGET_PREPS)]
    # "took up an invitation to talk WITH Seoul": the object's infinitive names the partner
    for clause in (c for head in direct for c in head.children if c.dep_ == "acl"):
        yield prep_objects(clause, TARGET_PREPS) + objects(clause, False)
    # "threatened to deliver blows TO the United States": a complement no pattern coded
    for clause in (c for c in tok.children if c.dep_ in {"xcomp", "ccomp"}):
        inner = objects(clause, False)
        yield prep_objects(clause, TARGET_PREPS) + \
            [t for head in inner for t in prep_objects(head, TARGET_PREPS)]


def _first_mentions(actors: ActorIndex, groups: Iterator[list[Token]]) -> list[Mention]:
    for group in groups:
        found = _mentions(actors, group)
        if found:
            return found
    return []


def _mentions(actors: ActorIndex, tokens: list[Token]) -> list[Mention]:
    out: list[Mention] = []
    for tok in tokens:
        shared = actors.coordinated(tok)
        if shared:
            out.extend(m for m in shared if all(m is not o for o in out))
            continue
        m = actors.in_phrase(tok)
        if m is not None and all(m is not o for o in out):
            out.append(m)
    return out


def _is_speech(tok: Token, quotes: list[Quote]) -> bool:
    if any(c.dep_ in {"ccomp", "xcomp"} for c in tok.children):
        return True
    return any(q.cue and q.cue.start <= tok.idx < q.cue.end for q in quotes)


def _is_object_of_trigger(noun: Token, found: list[tuple[Token, Pattern, Token | None,
                                                         Framing]]) -> bool:
    """A noun the verb event already covers; a statement verb ("announced a suspension")
    leaves its object to be coded as the event."""
    return any(((licensed is not None and licensed.i == noun.i) or noun.head.i == tok.i)
               and not pattern.code.startswith("01") for tok, pattern, licensed, _ in found)


def _event(dic: EventDictionary, code: str, source: Mention | None, target: Mention | None,
           trigger: Token, sent: Span, frame: Framing | None, record: Document,
           ctx: DocContext, *, rule: str, confidence: float,
           reported_by: Mention | None, plover: str | None = None) -> Event:
    info = dic.codes.get(code)
    root = code[:2]
    kind, _, mode = (plover or "").partition("/")
    value, precision = _date(trigger, sent, record.dates, ctx)
    return Event(
        trigger=SpanRec(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
        sentence=_trimmed(sent),
        cameo=code, root=root, source=source, target=target,
        plover=kind or (info.plover if info else None),
        plover_mode=(mode or None) if kind else (info.plover_mode if info else None),
        quad_class=quad_class(root) if info else None,
        goldstein=info.goldstein if info else None,
        negated=bool(frame and frame.negated), modality=frame.modality if frame else "asserted",
        reported_by=reported_by, date=value, date_precision=precision,
        location=_place(trigger, sent, record.places), confidence=round(confidence, 2),
        rule=rule)


def _or_none(targets: list[Mention]) -> list[Mention | None]:
    """The targets, or one missing target: an event may have none."""
    return list(targets) if targets else [None]


def _date(trigger: Token, sent: Span, dates: list[DateMention],
          ctx: DocContext) -> tuple[str | None, Precision | None]:
    """A date in the sentence (the one nearest the trigger), else the publication date."""
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char]
    if inside:
        best = min(inside, key=lambda d: abs(d.start - trigger.idx))
        return best.value, best.precision
    return (ctx.published, "day") if ctx.published else (None, None)


def _statement_dates(doc: Doc, dates: list[DateMention], speech: frozenset[str],
                     actors: ActorIndex) -> dict[str, str]:
    """The day each country's spokespeople made the statements reported: the first
    day-precise date in a sentence where one of them is the subject of a speech verb ("At a
    briefing yesterday, X said..."). News leads often report such a statement in the present
    tense ("Russia says...") and date it a paragraph later."""
    found: dict[str, str] = {}
    for d in dates:
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if d.precision != "day" or span is None:
            continue
        for tok in span.sent:
            if tok.lemma_.lower() not in speech or tok.pos_ != "VERB":
                continue
            for subj in subjects(tok)[0]:
                m = actors.in_phrase(subj)
                if m is not None and m.country and m.country not in found:
                    found[m.country] = d.value
    return found


def _dated_sentence(sent: Span, dates: list[DateMention]) -> bool:
    return any(sent.start_char <= d.start < sent.end_char for d in dates)


def _trimmed(sent: Span) -> SpanRec:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return SpanRec(text, start, start + len(text))


def _place(trigger: Token, sent: Span, places: list[Place]) -> Place | None:
    """A place in the sentence introduced by "in"/"at" in the trigger's clause."""
    for place in places:
        if not sent.start_char <= place.start < sent.end_char:
            continue
        span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.dep_ == "pobj" and head.head.lower_ in {"in", "at", "near"} and \
                trigger in head.head.ancestors:
            return place
    return None


class _Counterpart:
    """The document's most mentioned country other than a given one (for unnamed partners)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.counts = Counter(m.country for m in mentions if m.country and m.code)
        self.first: dict[str, Mention] = {}
        for m in mentions:
            if m.country and m.code and m.country not in self.first:
                self.first[m.country] = m

    def of(self, source: Mention) -> Mention | None:
        for country, _ in self.counts.most_common():
            if country != source.country:
                return self.first[country]
        return None
