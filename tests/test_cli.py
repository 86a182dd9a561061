"""The CLI as a user runs it: help everywhere, formats, the store, exit codes."""

import json

import pytest
from click.testing import CliRunner

from dyad.cli import main

ARTICLE = ("YEREVAN, March 14 (Reuters) - Armenian Prime Minister Nikol Pashinyan said on "
           "Tuesday that his government was ready to resume talks with Azerbaijan.\n")


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, (*prefix, name))


@pytest.mark.parametrize("args", [(), *_commands(main)])
def test_every_command_has_help_with_an_example(args):
    result = CliRunner().invoke(main, [*args, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output or not args


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "dyad" in result.output


def test_bad_date_is_usage_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    result = CliRunner().invoke(main, ["code", str(p), "--published", "6 Aug"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


@pytest.mark.slow
def test_code_jsonl_and_store(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    result = runner.invoke(main, ["code", str(p), str(bad), "--db", str(db),
                                  "--published", "2023-03-10"])
    assert result.exit_code == 1, result.output
    record = json.loads(result.stdout.splitlines()[0])
    # the dateline's day wins over --published, which only supplies its missing year
    assert record["published"] == "2023-03-14"
    assert "b.txt" in result.stderr and "E101" in result.stderr
    again = runner.invoke(main, ["code", str(p), "--db", str(db), "--published", "2023-03-10"])
    assert again.exit_code == 0
    assert json.loads(again.stdout) == record
    exported = runner.invoke(main, ["export", "--db", str(db)])
    assert len(exported.stdout.splitlines()) == 1


@pytest.mark.slow
def test_formats(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE)
    runner = CliRunner()
    as_json = runner.invoke(main, ["code", str(p), "--format", "json", "--published",
                                   "2023-03-14", "--include-text"])
    records = json.loads(as_json.stdout)
    assert records[0]["text"] == ARTICLE and records[0]["published"] == "2023-03-14"
    table = runner.invoke(main, ["code", str(p), "--format", "table"])
    assert "actors" in table.stdout and table.exit_code == 0
    out = tmp_path / "o.jsonl"
    runner.invoke(main, ["code", str(p), "--out", str(out), "--include-sentences"])
    assert json.loads(out.read_text())["sentences"][0]["start"] == 0
