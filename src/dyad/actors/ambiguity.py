"""Choosing what an ambiguous dictionary phrase means in this document.

Three decisions, all from evidence in the document, never from the string alone:

- Ambiguity groups (ambiguity.yaml): "Georgia" is the country or the US state. Cue phrases
  of each reading vote, as does every unambiguous mention of the owning country (Tbilisi,
  Abkhazia, a Georgian minister). One sense per document; a tie keeps the first reading.
- Strings flagged `ambiguous` in countries.yaml must look like that actor's name: not the
  end of a person's name ("Michael Jordan"), not the start of a longer proper name the
  dictionary does not know ("Jordan Peterson", "Washington Redskins").
- A phrase naming several entities (a party alias used in two countries) takes the one
  whose country the document mentions most (the dateline's country breaks ties).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from .lexicon import Lexicon
from .matcher import Hit
from .model import Entity, split_code


def resolve_hits(doc: Doc, hits: list[Hit], cues: list[Hit], lexicon: Lexicon,
                 home: str | None = None, day: str | None = None) -> list[Hit]:
    """Give every entity hit its entity (dropping those the evidence rules out); among
    same-named people, the one in office on the publication day (`day`) wins, then the one
    whose country the document mentions most; the dateline's country (`home`) breaks ties."""
    countries = _country_votes(hits, lexicon)
    if home:
        countries[home] += 0.5  # type: ignore[assignment]
    readings = _choose_readings(doc, hits, cues, lexicon, countries)
    for hit in hits:  # the chosen reading of "Georgia" votes for its country in turn
        if hit.entry.group is not None:
            reading = lexicon.groups[hit.entry.group].readings[readings[hit.entry.group]]
            countries[split_code(reading.code)[0] if reading.code else
                      lexicon.groups[hit.entry.group].owner] += 1
    covered = {i for h in hits for i in range(h.start, h.end)}
    out: list[Hit] = []
    for hit in hits:
        entry = hit.entry
        if not entry.refs:
            out.append(hit)
            continue
        if entry.ambiguous and not _looks_like_name(doc, hit, covered):
            if entry.sector or entry.word:
                out.append(replace(hit, entry=replace(entry, refs=[])))
            continue
        ref = entry.refs[0]
        if len(entry.refs) > 1:
            ref = max(entry.refs, key=lambda r: (_in_office(lexicon.entity(r), day),
                                                 countries[_country(lexicon.entity(r))]))
        entity = lexicon.entity(ref)
        if entry.group is not None:
            chosen = readings.get(entry.group, 0)
            if chosen:
                reading = lexicon.groups[entry.group].readings[chosen]
                if not reading.keep:
                    continue
                entity = Entity(f"reading:{entry.group}:{chosen}", "reading",
                                reading.name or entity.name, reading.type or entity.type,
                                reading.code, where="ambiguity.yaml")
        out.append(replace(hit, ref=ref, entity=entity))
    return out


def _in_office(entity: Entity, day: str | None) -> bool:
    """"President Bush" in 1990 copy is the one in office then (people only: a party's
    ruling period says nothing about which country's party is meant)."""
    return day is not None and entity.type == "person" and any(t.covers(day)
                                                                for t in entity.terms)


def _country(entity: Entity) -> str | None:
    code = entity.default or entity.before or (entity.terms[0].code if entity.terms else None)
    return split_code(code)[0] if code else None


def _country_votes(hits: list[Hit], lexicon: Lexicon) -> Counter[str | None]:
    votes: Counter[str | None] = Counter()  # counts; the dateline adds a half
    for hit in hits:
        if len(hit.entry.refs) == 1 and not hit.entry.ambiguous:
            votes[_country(lexicon.entity(hit.entry.refs[0]))] += 1
    return votes


def _choose_readings(doc: Doc, hits: list[Hit], cues: list[Hit], lexicon: Lexicon,
                     countries: Counter[str | None]) -> dict[int, int]:
    """The winning reading index per ambiguity group present in the document."""
    present: dict[int, set[int]] = {}
    for hit in hits:
        if hit.entry.group is not None:
            present.setdefault(hit.entry.group, set()).add(_sent_index(doc, hit.start))
    chosen: dict[int, int] = {}
    if not present:
        return chosen
    for group_index, sentences in present.items():
        group = lexicon.groups[group_index]
        votes = [0] * len(group.readings)
        votes[0] += countries[group.owner]
        for cue in cues:
            weight = 2 if _sent_index(doc, cue.start) in sentences else 1
            for g, reading in cue.entry.cues:
                if g == group_index and not _inside_group_hit(cue, hits, group_index):
                    votes[reading] += weight
        best = max(range(len(votes)), key=lambda i: (votes[i], -i))
        chosen[group_index] = best
    return chosen


def _inside_group_hit(cue: Hit, hits: list[Hit], group_index: int) -> bool:
    """A cue that is itself the ambiguous string ("Georgian" cueing Georgia) does not vote."""
    return any(h.entry.group == group_index and h.start <= cue.start and cue.end <= h.end
               for h in hits)


def _sent_index(doc: Doc, token_index: int) -> int:
    return doc[token_index].sent.start


def _looks_like_name(doc: Doc, hit: Hit, covered: set[int]) -> bool:
    """Not part of a longer person name, not glued to an unknown capitalised name."""
    first, last = doc[hit.start], doc[hit.end - 1]
    if first.ent_type_ == "PERSON" and (first.ent_iob_ == "I" or
                                        (hit.end < len(doc) and doc[hit.end].ent_iob_ == "I"
                                         and doc[hit.end].ent_type_ == "PERSON")):
        return False
    if hit.end < len(doc):
        after = doc[hit.end]
        if (after.i not in covered and after.pos_ == "PROPN" and after.is_alpha
                and after.text[:1].isupper() and after.ent_type_ not in ("DATE", "TIME")
                and last.whitespace_ != ""):
            return False
    before = doc[hit.start - 1] if hit.start > 0 else None
    return not (before is not None and before.i not in covered and before.pos_ == "PROPN"
                and before.ent_type_ == "PERSON" and first.ent_iob_ == "I")
