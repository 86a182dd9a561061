"""Reporting frames read off hand-built parses: cue, speaker, reported clauses."""

from dyad.quotes.lexicon import load_cues
from dyad.quotes.reported import find_frames

from .parses import parsed

CUES = load_cues()

SAID_THAT = parsed("""
Smith  1 nsubj PROPN NNP  smith
said   1 ROOT  VERB  VBD  say
that   5 mark  SCONJ IN   that
taxes  5 nsubj NOUN  NNS  tax
will   5 aux   AUX   MD   will
rise   1 ccomp VERB  VB   rise
.      1 punct PUNCT .    .
""")

ADDING = parsed("""
He        1 nsubj PROPN PRP he
stated    1 ROOT  VERB  VBD state
that      4 mark  SCONJ IN  that
talks     4 nsubj NOUN  NNS talk
failed    1 ccomp VERB  VBD fail
,         1 punct PUNCT ,   ,
adding    1 advcl VERB  VBG add
that      10 mark SCONJ IN  that
more      9 amod  ADJ   JJR more
work      10 nsubj NOUN NN  work
remained  6 ccomp VERB  VBD remain
.         1 punct PUNCT .   .
""")

ACCORDING = parsed("""
According 5 prep  VERB  VBG according
to        0 prep  ADP   IN  to
officials 1 pobj  NOUN  NNS official
,         5 punct PUNCT ,   ,
talks     5 nsubj NOUN  NNS talk
failed    5 ROOT  VERB  VBD fail
.         5 punct PUNCT .   .
""")

DESCRIBED = parsed("""
The        1 det   DET   DT  the
ministry   2 nsubj NOUN  NN  ministry
described  2 ROOT  VERB  VBD describe
the        4 det   DET   DT  the
remarks    2 dobj  NOUN  NNS remark
as         2 prep  ADP   IN  as
lies       5 pobj  NOUN  NNS lie
.          2 punct PUNCT .   .
""")

STATEMENT = parsed("""
In         6 prep  ADP   IN  in
a          2 det   DET   DT  a
statement  0 pobj  NOUN  NN  statement
,          6 punct PUNCT ,   ,
the        5 det   DET   DT  the
ministry   6 nsubj NOUN  NN  ministry
condemned  6 ROOT  VERB  VBD condemn
the        8 det   DET   DT  the
attack     6 dobj  NOUN  NN  attack
.          6 punct PUNCT .   .
""")

TWO_CLAUSES = parsed("""
She     1 nsubj PROPN PRP  she
said    1 ROOT  VERB  VBD  say
that    4 mark  SCONJ IN   that
peace   4 nsubj NOUN  NN   peace
exists  1 ccomp VERB  VBZ  exist
and     4 cc    CCONJ CC   and
that    8 mark  SCONJ IN   that
war     8 nsubj NOUN  NN   war
ends    4 conj  VERB  VBZ  end
.       1 punct PUNCT .    .
""")

BELIEF_WITHOUT_CLAUSE = parsed("""
They   1 nsubj PRON  PRP  they
hope   1 ROOT  VERB  VBP  hope
to     3 aux   PART  TO   to
win    1 xcomp VERB  VB   win
.      1 punct PUNCT .    .
""")


def only(doc):
    frames = find_frames(doc, CUES)
    assert len(frames) == 1, frames
    frame = frames[0]
    text = doc.text
    return (text[frame.cue[0]:frame.cue[1]], frame.speaker.text if frame.speaker else None,
            [text[c.start:c.end] for c in frame.clauses])


def test_said_that():
    assert only(SAID_THAT) == ("said", "Smith", ["taxes will rise"])


def test_participle_borrows_the_subject():
    frames = {f.anchor.text: f for f in find_frames(ADDING, CUES)}
    adding = frames["adding"]
    assert adding.speaker.text == "He"
    assert [ADDING.text[c.start:c.end] for c in adding.clauses] == ["more work remained"]
    stated = frames["stated"]
    assert [ADDING.text[c.start:c.end] for c in stated.clauses] == ["talks failed"]


def test_according_to():
    assert only(ACCORDING) == ("According to", "officials", ["talks failed"])


def test_described_as():
    assert only(DESCRIBED) == ("described", "ministry", ["the remarks as lies"])


def test_in_a_statement():
    assert only(STATEMENT) == ("statement", "ministry", ["condemned the attack"])


def test_coordinated_clauses_are_one_report_with_parts():
    assert only(TWO_CLAUSES) == ("said", "She", ["peace exists and that war ends"])
    clause = find_frames(TWO_CLAUSES, CUES)[0].clauses[0]
    assert [TWO_CLAUSES.text[p.start:p.end] for p in clause.parts] == ["war ends"]


def test_belief_verb_needs_a_clause():
    assert find_frames(BELIEF_WITHOUT_CLAUSE, CUES) == []
