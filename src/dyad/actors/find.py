"""Actor mentions of a parsed document, coded: the actors stage.

Order of work: dictionary matches (matcher.py), their readings in this document
(ambiguity.py), then sentence by sentence in text order: chains of actor words become
coded mentions (chains.py, compose.py) while a discourse model records who was named
(discourse.py), so that titles, surnames, definite descriptions and pronouns (pronouns.py)
resolve against what came before; nouns owned by a possessive pronoun ("its troops") are
coded once the sentence's names are in, by the pronoun's referent ("our" in a quote: the
quote's speaker, at the end of the document). spaCy PERSON/ORG entities that no rule coded stay as
mentions with code null. The result is in text order (outer mention before inner).
"""

from __future__ import annotations

import re
from functools import partial

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..context import DocContext
from ..quotes.lexicon import load_cues
from ..quotes.marks import Region, find_regions, paragraphs_of
from ..schema import Mention, Span
from ..types import MentionType
from .ambiguity import resolve_hits
from .apposition import link_appositions
from .chains import BACKED, LED, sentence_chains
from .compose import interpret, possessed
from .discourse import Discourse, Referent
from .lexicon import Lexicon
from .matcher import Hit, find_hits, fused_links
from .model import normalise
from .pronouns import SUBJECT, Chunk, non_actor_chunks, possessive_class, pronoun_class, resolve
from .readings import is_subject
from .state import Possessed, State, mention_sectors

_NER_TYPES: dict[str, MentionType] = {"PERSON": "person", "ORG": "organization"}
FURNITURE = frozenset({"dateline", "credit", "byline"})


def find_actors(doc: Doc, ctx: DocContext) -> list[Mention]:
    """Every actor mention of the document, resolved where the rules can, in text order."""
    lexicon: Lexicon = ctx.resources.actors
    home = _home(ctx, lexicon)
    hits, cues = find_hits(doc, lexicon)
    taken = {i for h in hits for i in range(h.start, h.end)}
    hits = sorted(hits + fused_links(doc, lexicon, LED | BACKED, taken), key=lambda h: h.start)
    hits = resolve_hits(doc, hits, cues, lexicon, home, ctx.published)
    hits_at = {h.start: h for h in hits}
    sent_of = _sentence_numbers(doc)
    st = State(doc, ctx.published, home, Discourse(), sent_of.__getitem__,
               lexicon.sector_codes, doc.text, lexicon.honorifics,
               place_country=partial(_place_country, doc, hits_at, ctx),
               region_country=partial(_region_country, ctx))
    st.discourse_country = partial(discourse_country, st, _lead_end(doc, ctx))
    chunks: list[Chunk] | None = None
    coverage = _Coverage(doc)
    names_found = [e for e in doc.ents if e.label_ in _NER_TYPES]
    spoken: list[Possessed] = []  # "our country": resolved when every speaker is known
    for number, sent in enumerate(doc.sents):
        if ctx.block_kind(sent.start_char) in FURNITURE:
            continue  # "TBILISI, Aug 6 (Reuters) -" and "Photo: AFP" name no actors
        names = set(st.discourse.by_surname)
        first = len(st.out)
        for chain in sentence_chains(doc, sent.start, sent.end, hits_at, names):
            interpret(chain, st)
        _unresolved_names(doc, names_found, sent.start, sent.end, st,
                          coverage.update(st.out) | st.consumed)
        link_appositions(st, first)
        _link_acronyms(st, first)
        owned, st.possessed = st.possessed, []
        spoken += [p for p in owned if possessive_class(doc[p.pronoun]) == "speaker"]
        owned = [p for p in owned if possessive_class(doc[p.pronoun]) != "speaker"]
        pronouns = [(t, c) for t in sent if (c := pronoun_class(t, lexicon.pronouns))]
        if not pronouns and not owned:
            continue
        if chunks is None:
            chunks = non_actor_chunks(doc, sent_of)
        covered = coverage.update(st.out)
        live = [c for c in chunks if c.root not in covered and c.appos_of not in covered]
        for item in owned:
            token = doc[item.pronoun]
            cls = possessive_class(token)
            possessed(item, resolve(token, cls, number, st.discourse, live) if cls else None,
                      st)
        for token, cls in pronouns:
            referent = resolve(token, cls, number, st.discourse, live)
            if referent is not None:
                _pronoun_mention(token, referent, number, st)
    if spoken:
        regions = _quote_regions(doc, ctx)
        for item in spoken:
            possessed(item, _speaker(doc, doc[item.pronoun], regions, st, ctx), st)
    return sorted(st.out, key=lambda m: (m.start, -m.end))


def _quote_regions(doc: Doc, ctx: DocContext) -> tuple[list[Region], list[tuple[int, int]]]:
    paragraphs = paragraphs_of(doc.text, [(b.start, b.end) for b in ctx.blocks
                                          if b.kind not in FURNITURE])
    regions = find_regions(doc.text, paragraphs, [s.start_char for s in doc.sents])
    return [r for r in regions if r.depth == 0], paragraphs


def _speaker(doc: Doc, token, found: tuple[list[Region], list[tuple[int, int]]], st: State,
             ctx: DocContext) -> Referent | None:
    """The speaker of the direct quote holding `token` ("our", "my"): the subject of a
    speech verb outside the quote marks in the quote's paragraph, nearest to the quote,
    when it is a mention with a referent. None outside quotes or with no such subject."""
    regions, paragraphs = found
    region = next((r for r in regions if r.start <= token.idx < r.end), None)
    if region is None:
        return None
    para = next(((a, b) for a, b in paragraphs if a <= region.start < b), None)
    span = doc.char_span(*para, alignment_mode="expand") if para else None
    if span is None:
        return None
    cues = load_cues(ctx.resources.config)

    def outside(t) -> bool:
        return not any(r.outer_start <= t.idx < r.outer_end for r in regions)

    best: tuple[int, Referent] | None = None
    for subject in span:
        verb = subject.head
        if subject.dep_ not in SUBJECT or not outside(subject) or not outside(verb) or \
                not cues.is_speech(verb, thought=False, direct=True):
            continue
        referent = next((st.referent_of[id(m)] for m in st.out if id(m) in st.referent_of
                         and m.start <= subject.idx < m.end), None)
        distance = min(abs(subject.idx - region.start), abs(subject.idx - region.end))
        if referent is not None and (best is None or distance < best[0]):
            best = (distance, referent)
    return best[1] if best else None


def _pronoun_mention(token, referent: Referent, sent: int, st: State) -> None:
    referent.mentions.append((token.i, sent, token.dep_ in ("nsubj", "nsubjpass")))
    st.out.append(Mention(token.text, token.idx, token.idx + len(token.text),
                          code=referent.code, country=referent.country,
                          sectors=mention_sectors(referent.code, st.sector_codes),
                          name=referent.name, type=referent.type,
                          antecedent=referent.first, rule="pronoun",
                          territory=referent.territory))
    st.referent_of[id(st.out[-1])] = referent


def _unresolved_names(doc: Doc, ents: list[SpacySpan], start: int, end: int, st: State,
                      taken: set[int]) -> None:
    """spaCy PERSON/ORG entities no rule coded: mentions with code null (and referents,
    so that a later "he" can still find them)."""
    for found in ents:
        if found.start < start or found.end > end:
            continue
        typ = _NER_TYPES.get(found.label_)
        if typ is None or any(t.i in taken for t in found):
            continue
        ent = _with_name_tokens(doc, found.start, found.end, start, end, taken)
        key = f"person:{ent.text}:" if typ == "person" else f"{typ}:{ent.text}"
        new = Referent(key, ent.text, None, typ, Span(ent.text, ent.start_char, ent.end_char),
                       kind="person" if typ == "person" else "ner")
        referent = st.discourse.mention(key, partial(_same, new), token=ent.root.i,
                                        sent=st.sent_of(ent.start), subject=is_subject(ent))
        first = referent.first
        antecedent = None if first.start == ent.start_char else first
        code = referent.code  # an acronym linked to a coded name before ("MUN" again)
        mention = Mention(ent.text, ent.start_char, ent.end_char, type=typ, name=ent.text,
                          antecedent=antecedent, rule="ner", code=code,
                          country=code[:3] if code else None,
                          sectors=mention_sectors(code, st.sector_codes))
        st.out.append(mention)
        st.referent_of[id(mention)] = referent


_ACRONYM = re.compile(r"\s*\(\s*$")
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Z0-9&-]{1,9})\s*\)")


def _link_acronyms(st: State, first: int) -> None:
    """An uncoded name in brackets right after a coded organisation is its acronym:
    "the Malawian Union of Nurses (MUN)". It takes the code, and its referent joins the
    organisation's, so that a later "it" or "MUN" finds the coded one."""
    for named in [m for m in st.out[first:] if m.code is not None and m.type != "person"]:
        bracket = _BRACKETED.match(st.text, named.end)
        target = st.referent_of.get(id(named))
        if bracket is None or target is None or any(
                m.start == bracket.start(1) for m in st.out[first:]):
            continue
        text = bracket.group(1)  # an acronym spaCy did not tag: a mention of the name
        st.out.append(Mention(text, bracket.start(1), bracket.end(1), code=named.code,
                              country=named.country, sectors=list(named.sectors),
                              name=named.name, type=named.type, antecedent=target.first,
                              rule="acronym"))
        st.referent_of[id(st.out[-1])] = target
        st.discourse.by_key.setdefault(f"organization:{text}", target)
    mentions = sorted(st.out[first:], key=lambda m: (m.start, -m.end))
    for k, mention in enumerate(mentions):
        if mention.code is not None or mention.rule != "ner" or mention.type == "person" \
                or not mention.text.isupper() or st.text[mention.end:mention.end + 1] != ")":
            continue
        before = [m for m in mentions[:k] if m.code is not None and m.type != "person"
                  and _ACRONYM.fullmatch(st.text, m.end, mention.start)]
        if not before:
            continue
        named = before[-1]
        target, source = st.referent_of.get(id(named)), st.referent_of.get(id(mention))
        if target is None or source is None or target is source:
            continue
        mention.code, mention.country, mention.sectors = named.code, named.country, named.sectors
        mention.type, mention.name, mention.antecedent = named.type, named.name, target.first
        target.mentions.extend(source.mentions)
        if source in st.discourse.referents:
            st.discourse.referents.remove(source)
        st.discourse.by_key[source.key] = target
        st.referent_of[id(mention)] = target


def _with_name_tokens(doc: Doc, first: int, last: int, start: int, end: int,
                      taken: set[int]) -> SpacySpan:
    """An entity widened over adjacent capitalised proper nouns spaCy left out of it
    ("Marta" tagged GPE before "Nowakowska" tagged ORG)."""
    def name_token(i: int) -> bool:
        token = doc[i]
        return (i not in taken and token.pos_ == "PROPN" and token.is_alpha
                and token.text[:1].isupper() and token.ent_type_ not in ("DATE", "TIME"))

    while first - 1 >= start and name_token(first - 1):
        first -= 1
    while last < end and name_token(last):
        last += 1
    return doc[first:last]


class _Coverage:
    """Token indices inside the mentions emitted so far, updated incrementally."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: set[int] = set()
        self.seen = 0

    def update(self, mentions: list[Mention]) -> set[int]:
        for mention in mentions[self.seen:]:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                self.tokens.update(range(span.start, span.end))
        self.seen = len(mentions)
        return self.tokens


def _same(referent: Referent) -> Referent:
    return referent


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            numbers[i] = number
    return numbers


def _place_country(doc: Doc, hits_at: dict[int, Hit], ctx: DocContext, i: int) -> str | None:
    """The country of a place name starting at token i: a country, capital or territory
    of the dictionaries, else a city spaCy tags GPE whose largest namesake in the
    gazetteer is at least ten times the size of any namesake in another country."""
    hit = hits_at.get(i)
    if hit is not None:
        entity = hit.entity
        if entity is not None and entity.kind in ("country", "territory") and entity.default:
            return entity.default[:3]
        return None
    token = doc[i]
    if token.ent_type_ not in ("GPE", "LOC") or token.ent_iob_ != "B":
        return None
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    try:
        senses = ctx.resources.gazetteer.lookup(doc[i:j].text)
    except (AttributeError, OSError):  # no gazetteer here: no evidence
        return None
    best: dict[str, int] = {}
    for sense in senses:
        entry = sense.entry
        if entry.country is None or entry.feature not in ("city", "country"):
            continue
        size = entry.population if entry.feature == "city" else 10 ** 12
        best[entry.country] = max(best.get(entry.country, 0), size)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < 10 * ranked[1][1]:
        return None
    return ranked[0][0]


def _region_country(ctx: DocContext, name: str) -> str | None:
    """The country of a first-level admin region of the gazetteer ("Sindh" -> PAK); None
    when no region has the name or regions of several countries do ("Punjab")."""
    try:
        senses = ctx.resources.gazetteer.lookup(name)
    except (AttributeError, OSError):  # no gazetteer here: no evidence
        return None
    countries = {s.entry.country for s in senses if s.entry.feature == "region"}
    return countries.pop() if len(countries) == 1 else None


COUNTRY_WINDOW = 2  # sentences before a bare sector noun in which a country still counts


def discourse_country(st: State, lead_end: int, token: int) -> str | None:
    """The country the text is about at `token`, for a sector word with no country of its
    own: the country (or territory) mentioned last before it, in its sentence or the
    COUNTRY_WINDOW sentences before (IGOs are no country); past the lead (headline and
    first paragraph), else the country the lead mentions most (the earliest on a tie).
    None leaves the dateline's country to apply."""
    sent = st.sent_of(token)
    nearest: tuple[int, str] | None = None
    counts: dict[str, list[int]] = {}
    for referent in st.discourse.referents:
        country = referent.country
        if referent.kind not in ("country", "territory") or not country:
            continue
        last = referent.last_before(token)
        if last is not None and sent - last[1] <= COUNTRY_WINDOW and (
                nearest is None or last[0] > nearest[0]):
            nearest = (last[0], country)
        for at, number, _ in referent.mentions:
            if number <= lead_end and at < token:
                seen = counts.setdefault(country, [0, at])
                seen[0] += 1
                seen[1] = min(seen[1], at)
    if nearest is not None:
        return nearest[1]
    if sent <= lead_end or not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1][0], -kv[1][1]))[0]


def _lead_end(doc: Doc, ctx: DocContext) -> int:
    """The number of the last sentence of the lead: the headline and the first body
    paragraph (the first sentence when the text has no blocks)."""
    end = None
    for block in ctx.blocks:
        if block.kind in ("body", "bullet"):
            end = block.end
            break
    last = 0
    if end is None:
        return last
    for number, sent in enumerate(doc.sents):
        if sent.start_char >= end:
            break
        last = number
    return last


def _home(ctx: DocContext, lexicon: Lexicon) -> str | None:
    """The country of the dateline's place (a capital, city or country in the lexicon)."""
    place = ctx.dateline.place if ctx.dateline else None
    if not place:
        return None
    for part in [place, *place.split(",")]:
        entry = lexicon.phrases.get(normalise(part))
        if entry is not None and entry.refs:
            entity = lexicon.entity(entry.refs[0])
            if entity.kind in ("country", "territory") and entity.default:
                return entity.default[:3]
    return None
