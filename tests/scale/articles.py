"""Short news-style articles written for these tests, and a generator of many more."""

from __future__ import annotations

import json
import random
from pathlib import Path

ARTICLES = [
    "TBILISI, March 3 (Reuters) - Georgia's foreign minister said on Tuesday that Russia must "
    "withdraw its troops from South Ossetia before talks can resume.\n\n\"We are ready to "
    "talk, but not under occupation,\" he told reporters.",
    "Turkey and Greece agreed on Monday to reopen talks on maritime borders, the Turkish "
    "foreign ministry said in a statement.",
    "KYIV, May 2 - Ukrainian officials accused Russia of shelling a power station near "
    "Kharkiv overnight. The Kremlin denied the accusation.",
    "The United Nations Security Council condemned the attack on peacekeepers in Mali and "
    "called on all parties to respect the ceasefire.",
    "Police in Nairobi fired tear gas at protesters who marched on parliament on Thursday, "
    "witnesses said. Opposition leaders demanded the release of detained activists.",
    "France will send humanitarian aid to Lebanon, President Emmanuel Macron said, promising "
    "support to the Lebanese people after the explosion in Beirut.",
    "China warned the United States on Friday against arms sales to Taiwan, saying they "
    "would harm relations between the two countries.",
    "Armenia and Azerbaijan signed a prisoner exchange agreement brokered by the European "
    "Union, officials in Yerevan said.",
]

_WHO = ["Russia", "Georgia", "Turkey", "France", "Germany", "China", "Japan", "India", "Iran",
        "Israel", "Egypt", "Kenya", "Brazil", "Mexico", "Poland", "Ukraine", "the United States",
        "the European Union", "NATO", "the United Nations"]
_ROLE = ["The foreign minister of {a}", "The president of {a}", "Officials in {a}",
         "The government of {a}", "Police in {a}", "A spokesman for {a}"]
_DID = ["criticised {b} over", "met officials from {b} to discuss", "accused {b} of blocking",
        "agreed with {b} on", "threatened {b} with sanctions over", "praised {b} for",
        "rejected a proposal from {b} on", "promised aid to {b} after"]
_WHAT = ["the border dispute", "gas prices", "the peace talks", "the detained journalists",
         "the trade agreement", "the election results", "the refugee crisis", "the airport"]
_WHEN = ["on Monday", "on Tuesday", "yesterday", "last week", "in June 2019", "on 3 March"]


def generated(n: int, seed: int = 0):
    """`n` distinct articles of about 60 words, generated one at a time."""
    rng = random.Random(seed)
    for i in range(n):
        sentences = []
        for _ in range(3):
            a, b = rng.sample(_WHO, 2)
            role = rng.choice(_ROLE).format(a=a)
            report = f"{i}-{rng.randrange(10**6)}"
            sentences.append(f"{role} {rng.choice(_DID).format(b=b)} {rng.choice(_WHAT)} "
                             f"{rng.choice(_WHEN)}, according to report {report}.")
        speaker = rng.choice(_ROLE).format(a=a)
        sentences.append(f'"We will not accept this," {speaker[0].lower()}{speaker[1:]} told '
                         "reporters.")
        yield {"id": f"g{i}", "text": " ".join(sentences), "published": "2021-08-06"}


def write_jsonl(path: Path, records) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record) + "\n")
    return path


def corpus(path: Path) -> Path:
    """The test articles, a malformed line and an empty text among them."""
    records: list = [{"id": f"a{i}", "text": t, "published": f"2021-03-0{i % 9 + 1}"}
                     for i, t in enumerate(ARTICLES)]
    records.insert(3, {"id": "empty", "text": ""})
    write_jsonl(path, records)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "last", "text": ARTICLES[0].replace("Tuesday", "Friday")})
                 + "\n")
    return path
