"""From each dictionary file to entities, sector words and phrases (one function per file).

Every function reads one file's text, validates its entries (collecting problems, see
readers.py) and hands the results to a `Sink`. The sink, not the file functions, decides
what overrides what, so the rules live in one place (lexicon.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Protocol

from ..types import MentionType
from . import schemas
from .model import Entity, EntityKind, Ref, Sector, Term
from .readers import Located, Problems, entries, read_tsv, read_yaml, validate


class Sink(Protocol):
    def entity(self, entity: Entity, phrases: list[tuple[str, Ref]],
               ambiguous: list[str] = ...) -> None: ...

    def sector(self, phrase: str, sector: Sector) -> None: ...


Reader = Callable[[str, str, Sink, Problems], None]


def read_countries(text: str, name: str, sink: Sink, problems: Problems) -> None:
    node = read_yaml(text, name, problems)
    if node is None:
        return
    if not isinstance(node.data, dict):
        problems.add(f"{name}:{node.line}", "expected a mapping of country codes to entries")
        return
    for code, value, where, lines in entries(node, name):
        if not isinstance(code, str) or len(code) != 3 or not code.isupper():
            problems.add(where, f"key {code!r} is not an ISO 3166 alpha-3 code")
            continue
        located = validate(schemas.Country, value, where, problems, lines)
        if located is None:
            continue
        c = located.value
        entity = Entity(f"country:{code}", "country", c.name, "state", code,
                        seat=f"{code}GOV", where=where)
        key = entity.key
        phrases = ([(p, Ref(key, "name")) for p in [*c.names, *c.historical]]
                   + [(p, Ref(key, "demonym")) for p in c.demonyms]
                   + [(p, Ref(key, "metonym")) for p in c.metonyms])
        sink.entity(entity, phrases, list(c.ambiguous))


def read_territories(text: str, name: str, sink: Sink, problems: Problems) -> None:
    for located in _yaml_list(text, name, schemas.Territory, problems):
        t = located.value
        seat = t.authority.code if t.authority else None
        entity = Entity(f"territory:{t.id}", "territory", t.name, "state", t.country,
                        seat=seat, territory=t.id, where=located.where)
        phrases = ([(p, Ref(entity.key, "name")) for p in t.names]
                   + [(p, Ref(entity.key, "demonym")) for p in t.demonyms]
                   + [(p, Ref(entity.key, "place")) for p in t.places])
        sink.entity(entity, phrases)
        if t.authority:
            auth = Entity(f"authority:{t.id}", "authority", t.authority.names[0],
                          "organization", t.authority.code, territory=t.id,
                          where=located.where)
            sink.entity(auth, [(p, Ref(auth.key, "name")) for p in t.authority.names])


def read_igos(text: str, name: str, sink: Sink, problems: Problems) -> None:
    for located in _yaml_list(text, name, schemas.Igo, problems):
        igo = located.value
        entity = Entity(f"igo:{igo.code}", "igo", igo.name, igo.type, igo.code,
                        where=located.where)
        sink.entity(entity, [(p, Ref(entity.key, "name")) for p in [igo.name, *igo.names]])


def read_sectors(text: str, name: str, sink: Sink, problems: Problems) -> None:
    node = read_yaml(text, name, problems)
    if node is None:
        return
    if not isinstance(node.data, dict):
        problems.add(f"{name}:{node.line}", "expected a mapping of sector codes")
        return
    for code, value, where, lines in entries(node, name):
        located = validate(schemas.SectorTable, {"code": code, "phrases": value}, where,
                           problems, lines)
        if located is None:
            continue
        for kind, phrases in located.value.phrases.items():
            for phrase in phrases:
                sink.sector(phrase, Sector(located.value.code, kind))


def read_parties(text: str, name: str, sink: Sink, problems: Problems) -> None:
    rows: dict[tuple[str, str], list[Located[schemas.Party]]] = defaultdict(list)
    for located in read_tsv(text, name, "parties.tsv", problems):
        rows[(located.value.name, located.value.country)].append(located)
    for (party, country), group in rows.items():
        terms = tuple(Term(f"{country}GOVPTY", _iso(r.value.ruling_from),
                           _iso(r.value.ruling_to), "ruling")
                      for r in group if r.value.ruling_from or r.value.ruling_to)
        entity = Entity(f"party:{country}:{party}", "party", party, "organization",
                        f"{country}PTY", terms, where=group[0].where)
        names = _unique([party, *(a for r in group for a in r.value.aliases)])
        sink.entity(entity, [(p, Ref(entity.key, "name")) for p in names])


def read_officials(text: str, name: str, sink: Sink, problems: Problems) -> None:
    rows: dict[str, list[Located[schemas.Official]]] = defaultdict(list)
    for located in read_tsv(text, name, "officials.tsv", problems):
        rows[located.value.name].append(located)
    for person, group in rows.items():
        terms = tuple(Term(r.value.country + r.value.sector, _iso(r.value.start),
                           _iso(r.value.end), r.value.role or None) for r in group)
        states = [r.value.country for r in group if len(r.value.country) == 3]
        home = states[-1] if states else None
        entity = Entity(f"official:{person}", "official", person, "person", None, terms,
                        former=f"{home}ELI" if home else None, before=home,
                        where=group[0].where)
        names = _unique([person, *(a for r in group for a in r.value.aliases)])
        sink.entity(entity, [(p, Ref(entity.key, "name")) for p in names])


def read_actors(text: str, name: str, sink: Sink, problems: Problems) -> None:
    """actors.tsv, the user format (and what the PETRARCH importer writes)."""
    rows: dict[str, list[Located[schemas.Actor]]] = defaultdict(list)
    for located in read_tsv(text, name, "actors.tsv", problems):
        rows[located.value.name].append(located)
    for actor, group in rows.items():
        dated = [r.value for r in group if r.value.start or r.value.end]
        undated = [r.value for r in group if not (r.value.start or r.value.end)]
        default = undated[-1].code if undated else None
        codes = [c for c in [default, *(r.code for r in dated)] if c and c != "---"]
        kind: EntityKind = "stop" if not codes else "actor"
        typ: MentionType | None = next((r.value.type for r in group if r.value.type), None)
        if typ is None:
            typ = "person" if dated else ("state" if codes and len(codes[0]) == 3 else
                                          "organization")
        terms = tuple(Term(r.code, _iso(r.start), _iso(r.end)) for r in dated)
        entity = Entity(f"actor:{actor}", kind, actor, typ,
                        None if default == "---" else default, terms, where=group[0].where)
        names = _unique([actor, *(a for r in group for a in r.value.aliases)])
        sink.entity(entity, [(p, Ref(entity.key, "name")) for p in names])


def read_agents(text: str, name: str, sink: Sink, problems: Problems) -> None:
    """agents.tsv, the user sector format (and what the PETRARCH importer writes)."""
    for located in read_tsv(text, name, "agents.tsv", problems):
        agent = located.value
        sector = Sector(agent.code.strip("~"), agent.type or "organization",
                        prefix=agent.code.endswith("~"))
        for phrase in _unique([agent.name, *agent.aliases]):
            sink.sector(phrase, sector)


def _yaml_list(text: str, name: str, model: type, problems: Problems) -> list[Located]:
    node = read_yaml(text, name, problems)
    if node is None:
        return []
    if not isinstance(node.data, list):
        problems.add(f"{name}:{node.line}", "expected a list of entries")
        return []
    out: list[Located] = []
    for _, value, where, lines in entries(node, name):
        located: Located | None = validate(model, value, where, problems, lines)
        if located is not None:
            out.append(located)
    return out


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


# file name -> reader, in load order (later files may refer to earlier codes)
READERS: dict[str, Reader] = {
    "countries.yaml": read_countries,
    "territories.yaml": read_territories,
    "igos.yaml": read_igos,
    "sectors.yaml": read_sectors,
    "parties.tsv": read_parties,
    "officials.tsv": read_officials,
    "actors.tsv": read_actors,
    "institutions.tsv": read_actors,  # shipped national institutions, same format
    "agents.tsv": read_agents,
}
