"""Record writers for `dyad code`: JSONL (one record a line), JSON (one array), table (people)."""

from __future__ import annotations

import json
from typing import TextIO

from .schema import Document


class JsonlWriter:
    def __init__(self, out: TextIO, *, include_text: bool, include_sentences: bool) -> None:
        self.out, self.text, self.sentences = out, include_text, include_sentences

    def write(self, doc: Document) -> None:
        record = doc.to_dict(include_text=self.text, include_sentences=self.sentences)
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


class JsonWriter(JsonlWriter):
    """One JSON array; records are streamed, so memory stays flat for big inputs."""

    def __init__(self, out: TextIO, **kw: bool) -> None:
        super().__init__(out, **kw)
        self.first = True
        out.write("[")

    def write(self, doc: Document) -> None:
        record = doc.to_dict(include_text=self.text, include_sentences=self.sentences)
        self.out.write(("\n" if self.first else ",\n") + json.dumps(record, ensure_ascii=False))
        self.first = False

    def close(self) -> None:
        self.out.write("\n]\n")
        self.out.flush()


class TableWriter:
    """A readable per-article summary; not meant to be parsed."""

    def __init__(self, out: TextIO, **_: bool) -> None:
        self.out = out

    def write(self, doc: Document) -> None:
        w = self.out.write
        title = doc.title or doc.text[:70].replace("\n", " ")
        where = f"{doc.dateline.place or '?'}, " if doc.dateline else ""
        w(f"\n== {doc.id}  {where}{doc.published or 'date unknown'}\n   {title}\n")
        counts = (f"{len(doc.actors)} actors, {len(doc.events)} events, {len(doc.quotes)} "
                  f"quotes, {len(doc.dates)} dates, {len(doc.places)} places")
        w(f"   {counts}\n")
        for e in doc.events:
            src = e.source.code or e.source.text if e.source else "---"
            tgt = e.target.code or e.target.text if e.target else "---"
            neg = " NOT" if e.negated else ""
            w(f"   event  {src:>10} -> {tgt:<10} {e.cameo:<5} {e.plover or '':<10}"
              f"{neg} {e.modality} {e.date or ''}  «{e.trigger.text}»\n")
        for q in doc.quotes:
            who = q.speaker.name or q.speaker.text if q.speaker else "?"
            w(f"   quote  {who}: “{_short(q.content.text)}”\n")
        coded = [m for m in doc.actors if m.code]
        shown = coded or doc.actors
        names = ", ".join(f"{m.text}" + (f" [{m.code}]" if m.code else "") for m in shown[:12])
        w(f"   actors {names}{' ...' if len(shown) > 12 else ''}\n")
        for warning in doc.warnings:
            w(f"   warning: {warning}\n")

    def close(self) -> None:
        self.out.flush()


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def open_writer(fmt: str, out: TextIO, *, include_text: bool = False,
                include_sentences: bool = False) -> JsonlWriter | TableWriter:
    cls = {"jsonl": JsonlWriter, "json": JsonWriter, "table": TableWriter}[fmt]
    return cls(out, include_text=include_text, include_sentences=include_sentences)
