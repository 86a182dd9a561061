"""`dyad evaluate` as a user runs it, with a stub coder so no model is needed."""

import json

import pytest
from click.testing import CliRunner

from dyad.cli import main
from dyad.evaluate import evaluate
from dyad.evaluate.render import render_text
from dyad.schema import Document, Event, Failure, Mention, Span


class StubCoder:
    """Codes every text with one CONSULT event between its first two words; fails on 'FAIL'."""

    max_chars = 1_000_000

    def __init__(self, *args, **kwargs):
        pass

    def code_many(self, items):
        for item in items:
            if isinstance(item, Failure) or "FAIL" in item.text:
                yield item if isinstance(item, Failure) else Failure(item.origin, "E500", "boom")
                continue
            words = item.text.split()
            src = Mention(words[0], 0, len(words[0]), code=words[0][:3].upper())
            start = item.text.index(words[1])
            tgt = Mention(words[1], start, start + len(words[1]), code=words[1][:3].upper())
            yield Document(id=item.id, text=item.text,
                           sentences=[Span(item.text, 0, len(item.text))],
                           events=[Event(trigger=Span(words[0], 0, len(words[0])),
                                         sentence=Span(item.text, 0, len(item.text)),
                                         cameo="040", root="04", source=src, target=tgt)])


@pytest.fixture
def plover_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [("Rur Fre met.", "CONSULT", ["RUR"], ["FRE"]),
            ("Rur Fre fought.", "ASSAULT", ["RUR"], ["FRE"]),
            ("FAIL here.", "AGREE", ["XXX"], [])]
    path.write_text("\n".join(json.dumps({"id": f"r{i}", "text": t, "gold": {
        "event": e, "source": s, "target": g}}) for i, (t, e, s, g) in enumerate(rows)))
    return path


def test_evaluate_with_a_stub_coder(plover_file):
    report = evaluate("events", "plover", plover_file, coder=StubCoder())
    assert report.documents == 3 and len(report.failures) == 1
    assert report.scores["type"].recall == pytest.approx(1 / 3)
    assert report.scores["triple"].precision == 0.5
    assert set(report.seconds) == {"read_gold", "load_model", "code", "score", "total"}
    text = render_text(report)
    assert "Matching rule:" in text and "worst errors" in text and "failed to code" in text


def test_cli_json_and_text(plover_file, monkeypatch):
    monkeypatch.setattr("dyad.pipeline.Pipeline", StubCoder)
    runner = CliRunner()
    result = runner.invoke(main, ["evaluate", "events", "--gold", "plover", str(plover_file),
                                  "--json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 2 and data["scores"]["type"]["recall"] == 0.5
    assert data["values"]["events_per_sentence"]["value"] == 1.0
    assert data["errors"][0]["kind"] == "wrong type" and "rule" in data
    text = runner.invoke(main, ["evaluate", "events", "--gold", "plover", str(plover_file)])
    assert text.exit_code == 0 and "per gold type" in text.stdout


def test_petrarch_run_says_dictionaries_were_not_converted(tmp_path, monkeypatch):
    monkeypatch.setattr("dyad.pipeline.Pipeline", StubCoder)
    path = tmp_path / "r.xml"
    path.write_text('<Validation><Sentences><Sentence id="a" sentence="true" date="20000101">'
                    '<EventCoding sourcecode="RUR" targetcode="FRE" eventcode="040"/>'
                    "<Text>Rur Fre talked.</Text></Sentence></Sentences></Validation>")
    result = CliRunner().invoke(main, ["evaluate", "events", "--gold", "petrarch", str(path)])
    assert result.exit_code == 0, result.output
    # no <Environment> dictionaries beside the file: nothing to convert, and it says so
    assert "NOT FOUND" in result.stdout and "1.000  (1/1)" in result.stdout
    own = tmp_path / "dicts"
    own.mkdir()
    result = CliRunner().invoke(main, ["evaluate", "events", "--gold", "petrarch", str(path),
                                       "--dictionaries", str(own), "--no-default-dictionaries"])
    flat = " ".join(result.stdout.split())
    assert "NOT FOUND" not in flat and f"--dictionaries {own} only" in flat


def test_unsupported_pair_is_a_usage_error(plover_file):
    result = CliRunner().invoke(main, ["evaluate", "quotes", "--gold", "plover",
                                       str(plover_file)])
    assert result.exit_code == 2 and "E701" in result.output and "brat, dyad" in result.output


def test_bad_format_name(plover_file):
    result = CliRunner().invoke(main, ["evaluate", "events", "--gold", "conll", str(plover_file)])
    assert result.exit_code == 2
