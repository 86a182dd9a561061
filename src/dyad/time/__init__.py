"""Dates relative to publication: find and resolve every date expression in a document."""

from .find import base_date, dates_between, find_dates, resolve_dates_in, resolve_text

__all__ = ["base_date", "dates_between", "find_dates", "resolve_dates_in", "resolve_text"]
