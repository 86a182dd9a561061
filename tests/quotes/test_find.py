"""find_quotes end to end with the model, on our own sentences: one row per convention."""

import pytest

pytestmark = pytest.mark.slow


def quotes(pipeline, text):
    return pipeline.code(text).quotes


def brief(quote):
    speaker = quote.speaker.text if quote.speaker else None
    return quote.kind, quote.content.text, speaker


DIRECT = [
    ("Maria Lopez said: “The budget will pass next week.”",
     "The budget will pass next week.", "Maria Lopez"),
    ("“The budget will pass next week,” Maria Lopez said.",
     "The budget will pass next week,", "Maria Lopez"),
    ("“The budget will pass next week,” said Maria Lopez.",
     "The budget will pass next week,", "Maria Lopez"),
    ("‘The budget will pass next week,’ the finance minister said.",
     "The budget will pass next week,", "the finance minister"),
    ('"The budget will pass next week," the finance minister said.',
     "The budget will pass next week,", "the finance minister"),
    ("''The budget will pass next week,'' the senator told reporters.",
     "The budget will pass next week,", "the senator"),
    ("«The budget will pass next week», the finance minister said.",
     "The budget will pass next week", "the finance minister"),
    ("„The budget will pass next week“, the finance minister said.",
     "The budget will pass next week", "the finance minister"),
    ("“They told us ‘the budget is dead,’ and we believed them,” the mayor said.",
     "They told us ‘the budget is dead,’ and we believed them,", "the mayor"),
    ("“The budget will pass. We have the votes. Nobody doubts it,” the senator said.",
     "The budget will pass. We have the votes. Nobody doubts it,", "the senator"),
    ("The senator spoke on Monday.\n\nThe budget will pass because we have the votes,” "
     "the senator said.", "The budget will pass because we have the votes,", "the senator"),
    ("Ana Silva was jubilant after the vote. “This is a great day for the whole country.”",
     "This is a great day for the whole country.", "Ana Silva"),
    ("The minister said that ‘the budget will pass next week.’",
     "the budget will pass next week.", "The minister"),
]


@pytest.mark.parametrize("text, content, speaker", DIRECT)
def test_direct(pipeline, text, content, speaker):
    found = [brief(q) for q in quotes(pipeline, text)]
    assert ("direct", content, speaker) in found, found


def test_quote_continued_into_next_paragraph(pipeline):
    text = ("Talks went on all night.\n\n“The budget will pass. We have the votes.\n\n"
            "“Nobody doubts it now,” the senator said.")
    found = [brief(q) for q in quotes(pipeline, text)]
    assert found == [("direct", "The budget will pass. We have the votes.", "the senator"),
                     ("direct", "Nobody doubts it now,", "the senator")]


INDIRECT = [
    ("The minister said that the budget would pass.", "the budget would pass", "The minister"),
    ("The minister stated that the budget would pass.", "the budget would pass",
     "The minister"),
    ("The minister spoke, adding that the budget would pass.", "the budget would pass",
     "The minister"),
    ("The minister told reporters that the budget would pass.", "the budget would pass",
     "The minister"),
    ("According to the minister, the budget will pass.", "the budget will pass",
     "the minister"),
    ("The opposition described the budget as a disaster.", "the budget as a disaster",
     "The opposition"),
    ("In a statement, the ministry condemned the attack on the embassy.",
     "condemned the attack on the embassy", "the ministry"),
    ("Ana Silva arrived late. She said the talks had collapsed.", "the talks had collapsed",
     "She"),
    # the report interrupted by its cue: the whole clause, interruption included
    ("The new tax, the minister said, would raise little money.",
     "The new tax, the minister said, would raise little money", "the minister"),
    ("Wages rose by four percent last year, according to the statistics office.",
     "Wages rose by four percent last year", "the statistics office"),
    # evidence and belief verbs with a clause
    ("A new survey shows that most voters distrust both parties.",
     "most voters distrust both parties", "A new survey"),
    ("Officials believe the ceasefire will hold.", "the ceasefire will hold", "Officials"),
    # speech verbs whose object is the content
    ("The mayor called for an independent inquiry into the fire.",
     "an independent inquiry into the fire", "The mayor"),
    ("The senator urged voters to reject the amendment.",
     "voters to reject the amendment", "The senator"),
    ("The union cited rising costs and falling wages.", "rising costs and falling wages",
     "The union"),
    ("The governor told his aides to find a way around the courts.",
     "his aides to find a way around the courts", "The governor"),
    # the reporter's asides at the end are not part of the report
    ("The coach said he expects the team to recover, which surprised many fans.",
     "he expects the team to recover", "The coach"),
]


@pytest.mark.parametrize("text, content, speaker", INDIRECT)
def test_indirect(pipeline, text, content, speaker):
    found = [brief(q) for q in quotes(pipeline, text)]
    assert ("indirect", content, speaker) in found, found


def test_passive_cue_without_agent_names_no_speaker(pipeline):
    found = [brief(q) for q in quotes(pipeline, "He was told that the plant would close.")]
    assert found == [("indirect", "the plant would close", None)]


def test_relative_pronoun_speaker_points_to_its_noun(pipeline):
    found = quotes(pipeline, "Ana Silva, who said the talks had collapsed, left early.")
    assert len(found) == 1
    speaker = found[0].speaker
    assert speaker.text == "who" and speaker.antecedent.text == "Ana Silva"


def test_mixed_quote_is_one_quote(pipeline):
    found = [brief(q) for q in quotes(
        pipeline, "The minister said the budget was a “historic achievement” for everyone.")]
    assert found == [("mixed", "the budget was a “historic achievement” for everyone",
                      "The minister")]


@pytest.mark.parametrize("text", [
    "The plan to stop ‘deterring’ investors was dropped by the board.",
    "She has read “The Art of War” twice this year.",
    'The governor spoke on the program "Meet the Voters."',
    "The so-called “reform” was dropped after a week.",
    "Georgia’s leader won’t attend the summit in the ’90s style.",
])
def test_scare_quotes_titles_and_apostrophes_are_not_quotes(pipeline, text):
    assert [brief(q) for q in quotes(pipeline, text)] == []


@pytest.mark.parametrize("text", [
    "As the crowd continued to grow, the streets around the stadium stayed quiet.",
    "Many residents feel stung after the flood destroyed their homes.",
    "He will outline his budget plans in an address on Monday.",
    "They use a network called Global Mobile Link across the region.",
])
def test_not_reported_speech(pipeline, text):
    assert [brief(q) for q in quotes(pipeline, text)] == []


def test_quoted_predicate_is_woven_into_the_report(pipeline):
    found = [brief(q) for q in quotes(
        pipeline, "She says the decision shows that he is “unfit to lead the department.”")]
    assert ("mixed", "the decision shows that he is “unfit to lead the department.”",
            "She") in found
    assert all(kind == "mixed" for kind, _, _ in found), found


@pytest.mark.parametrize("text", [
    "“”“”‘’‘’\"\"''«»„“ ” ” ” “ “",
    "“" * 200,
    "He said “it never closes and goes on and on without end",
    "\n\n“\n\n\n\n”\n\n",
    "“Unclosed one.\n\n“Unclosed two.\n\n“Unclosed three.",
    "” ” said he. ’ ’ said she.",
])
def test_broken_input_does_not_crash(pipeline, text):
    record = pipeline.code(text)
    for q in record.quotes:
        assert text[q.content.start:q.content.end] == q.content.text


SPEAKER_CONVENTIONS = [
    # a headline's quotation is in headline case, and is still a quotation
    ("Senator Maria Berg Slams Budget Office: ‘You Should Be Ashamed of These Numbers.’"
     "\n\nText.", "You Should Be Ashamed of These Numbers.", "Berg"),
    # a name after a dash following the quote (testimonials, reactions)
    ("“The new rules will hurt small farmers across the region.” ― Tomas Berg",
     "The new rules will hurt small farmers across the region.", "Berg"),
    # a transcript label inside the marks
    ('"HOST: Welcome back to the program, senator. Let us start with the budget."',
     "Welcome back to the program, senator. Let us start with the budget.", "HOST"),
    # inverted cue before a colon
    ("Said Berg: “Nobody in this town will vote for that plan.”",
     "Nobody in this town will vote for that plan.", "Berg"),
    # the parser takes the quoted phrase for the subject of the inverted cue
    ("“The campaign is in trouble. Deep trouble,” said Tomas Berg, a local organizer.",
     "The campaign is in trouble. Deep trouble,", "Berg"),
    # a cue right at the opening mark wins over a verb the clause was hung on
    ("The ad ends with footage of the mayor saying, “We will fix every road in this city.”",
     "We will fix every road in this city.", "mayor"),
    # the question closes the sentence before its post-posed cue
    ("“Who will pay for all of this?” Tomas Berg asked.",
     "Who will pay for all of this?", "Berg"),
]


@pytest.mark.parametrize("text, content, speaker", SPEAKER_CONVENTIONS)
def test_speaker_conventions(pipeline, text, content, speaker):
    found = [(q.content.text, q.speaker.text if q.speaker else None)
             for q in quotes(pipeline, text)]
    assert any(c == content and s is not None and speaker in s for c, s in found), found


@pytest.mark.parametrize("text, content", [
    ("The senator called the plan “a disgrace” on Monday.", "the plan “a disgrace”"),
    ("The governor described the deal as “a historic step.”", "a historic step."),
    ("The senator has been attacking the mayor as a “career politician” all week.",
     "the mayor as a “career politician”"),
])
def test_characterisations(pipeline, text, content):
    found = [q.content.text for q in quotes(pipeline, text)]
    assert content in found, found
