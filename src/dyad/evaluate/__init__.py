"""Measure dyad against gold data: readers for five gold formats, a scorer per task and
gold set (the rules of ../shared/CLARIFICATIONS.md)."""
