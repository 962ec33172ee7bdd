"""The strict support judge (bot.judge) on real sentences of the shipped corpus.

Every case is written by hand from the two seed documents: known-bad answer sentences that must be
rejected with a named reason, faithful ones (verbatim, trimmed, "<Speaker> says that …") that must
be accepted, who-says-what decisions, and whole answers in the ``ask --json`` shape.
"""

from __future__ import annotations

import re

import pytest

from bot.config import REPO_ROOT
from bot.judge import (
    Verdict,
    judge_answer,
    judge_sentence,
    marked_sentences,
    span_speaker,
    speaker_key,
    split_sentences,
)

NEWS_PATH = "seeds/news_exercise-muscles-nerves-brain_pnas-study_ilive_2025-07-02.txt"
FORUM_PATH = "seeds/forum_strength-training-nervous-system_personal-trainer.txt"
NEWS = (REPO_ROOT / NEWS_PATH).read_text(encoding="utf-8")
FORUM = (REPO_ROOT / FORUM_PATH).read_text(encoding="utf-8")
DOCS = {"news": NEWS, "forum": FORUM}


def exact(doc: str, text: str) -> str:
    """The document's own characters for ``text`` (it has non-breaking spaces and curly quotes)."""
    m = re.search(r"\s+".join(re.escape(w) for w in text.split()), doc)
    assert m, f"not in the corpus: {text!r}"
    return doc[m.start() : m.end()]


def judge(sentence: str, doc: str, *spans: str, question: str = "") -> Verdict:
    cited = [exact(DOCS[doc], s) for s in spans]
    return judge_sentence(sentence, cited, [DOCS[doc]] * len(cited), question)


# Spans of the corpus the cases cite.
AEROBIC = (
    '"Aerobic exercise such as running, swimming and cycling, which improve cardiovascular health, '
    'is widely known for its positive effects on brain function," he said.'
)
DANCE = (
    '"However, activities that combine physical and cognitive demands - such as dance and team sports - '
    "may offer additional benefits due to the demands on coordination, rhythm and executive functions,"
    '" he added.'
)
NOT_PROVE = "“Our study did not prove how exercise can directly improve cognitive function,” Kong cautioned."
SEVERAL = (
    "“Several studies have already shown that regular exercise can improve cognitive function in adults."
)
INDIVIDUAL = (
    "However, he cautioned that there are various individual differences related to genetics, "
    "lifestyle and environmental factors."
)
HIPPOCAMPI = (
    '"The results show that people who regularly do aerobic exercise have larger hippocampi and show '
    "improved performance on spatial memory tests."
)
WEEKS = '"Studies typically show effects over a period of weeks to months.'
SOME_TYPES = (
    "Glatt noted that some types of exercise may be more effective than others at improving brain "
    "health, particularly those that require cognitive function."
)
INCONCLUSIVE = (
    '"While exercise is beneficial for maintaining cognitive health and potentially slowing the '
    "progression of decline, evidence for its ability to reverse existing cognitive impairment is still "
    "inconclusive."
)
MOST_RESEARCH = (
    "Most research suggests that exercise may promote a slower rate of decline and better overall brain "
    'health, but more extensive research is needed to reverse established cognitive deficits," he cautioned.'
)
SEDENTARY = (
    "Glatt pointed out that a sedentary lifestyle with relatively low levels of physical activity may be "
    "associated with a higher risk of cognitive decline."
)
BLOOD_FLOW = (
    "Physical activity can improve blood flow to the brain, reduce inflammation and stimulate the release "
    'of growth factors, which can help maintain or improve cognitive function," Glatt said.'
)
NOT_OBSERVE = "In this study, the researchers did not observe people exercising."
GLUTAMATE = "The study stimulated muscles with glutamate to see how nerve function responded."
SIGNALS = 'These signals are needed to regulate the release of neurotrophic factors to the brain."'
FINDINGS = (
    "The findings highlight the importance of maintaining musculoskeletal health not only for "
    "cardiovascular health or mobility, but also to counteract neurodegeneration, said Hyunjun Kong, PhD, "
    "a professor in the department of chemical and biomolecular engineering at the University of Illinois "
    "at Urbana-Champaign and a co-author of the study."
)
TAKE_TIME = (
    "Ryan Glatt, CPT, NBC-HWC, a senior brain health coach and director of the FitBrain program at the "
    "Neuroscience Institute in Santa Monica, California, who was not involved in the study, said it will "
    "take time to fully understand the effects of exercise on the brain, and future studies in humans "
    "will need to take it into account."
)
MOLECULES = (
    "Exercise plays a major role in brain health by triggering the release of molecules linked to "
    "cognitive function from muscles, a new study has found."
)
KONG_REVERSE = (
    "Kong suggested that physical activity could potentially reverse or slow down the cognitive decline "
    "associated with aging."
)
NERVOUS = "First of all, when you train for strength you’re essentially training your nervous system."
SEVENTY = (
    "If a 70 year old that does the most basic resistance training can improve his brain plasticity then "
    "imagine what you can do as a healthy 20-40 year old."
)
WHITE_MATTER = (
    "Furthermore, resistance training led to lower white matter atrophy and smaller white matter "
    "lesion volumes."
)
DM = "For any questions shoot me a DM on Telegram or via the contact page."
REVIEWED = "Last reviewed: 02.07.2025"
CTRL = (
    "If you feel that any of our content is inaccurate, out-of-date, or otherwise questionable, please "
    "select it and press Ctrl + Enter."
)

# (sentence, document, cited spans, question, the reason that must be among the verdict's reasons)
REJECTED = [
    # The known-bad sentences from the task.
    (
        "Smoking improves brain health.",
        "news",
        [AEROBIC],
        "Tell me smoking improves brain health",
        "question_word",
    ),
    ("Smoking improves brain health.", "news", [AEROBIC], "", "unsupported_word"),
    (
        "The muscle study shows nerves signal the brain, which supports Kong's claim that exercise can "
        "directly affect the brain.",
        "news",
        [NOT_PROVE],
        "",
        "dropped_hedge",
    ),
    (
        "This supports Kong's claim that exercise can directly affect the brain.",
        "news",
        [NOT_PROVE],
        "",
        "dropped_hedge",
    ),
    (
        "Kong cautioned that there are various individual differences related to genetics, lifestyle and "
        "environmental factors.",
        "news",
        [INDIVIDUAL],
        "",
        "wrong_speaker",
    ),
    (
        "The study found that regular exercise can improve cognitive function in older adults.",
        "news",
        [SEVERAL],
        "",
        "unsupported_word",
    ),
    ("Dance and team sports are known to improve brain function.", "news", [DANCE], "", "certainty_upgrade"),
    (
        "This allowed them to study the neural activity of the muscles and see how they responded to.",
        "news",
        [GLUTAMATE],
        "",
        "unfinished",
    ),
    # Hedges and negations dropped.
    ("Studies show effects over a period of weeks to months.", "news", [WEEKS], "", "dropped_hedge"),
    (
        "Dance and team sports offer additional benefits due to the demands on coordination, rhythm and "
        "executive functions.",
        "news",
        [DANCE],
        "",
        "dropped_hedge",
    ),
    (
        "Types of exercise that require cognitive function may be more effective than others at improving "
        "brain health.",
        "news",
        [SOME_TYPES],
        "",
        "dropped_hedge",
    ),
    ("Exercise can reverse existing cognitive impairment.", "news", [INCONCLUSIVE], "", "dropped_hedge"),
    ("The researchers observed people exercising.", "news", [NOT_OBSERVE], "", "dropped_hedge"),
    # A negation that now denies something else: "did not prove how …" is not "does not improve".
    ("Exercise does not improve cognitive function.", "news", [NOT_PROVE], "", "dropped_hedge"),
    ("Physical activity improves blood flow to the brain.", "news", [BLOOD_FLOW], "", "dropped_hedge"),
    # Certainty and causal upgrades.
    (
        "Most research shows that exercise may promote a slower rate of decline.",
        "news",
        [MOST_RESEARCH],
        "",
        "certainty_upgrade",
    ),
    ("A sedentary lifestyle causes cognitive decline.", "news", [SEDENTARY], "", "certainty_upgrade"),
    ("Physical activity improves blood flow to the brain.", "news", [BLOOD_FLOW], "", "certainty_upgrade"),
    # Both sides of a contrast, the contrast dropped.
    (
        "Most research suggests exercise can reverse established cognitive deficits.",
        "news",
        [MOST_RESEARCH],
        "",
        "spliced",
    ),
    (
        "Exercise is beneficial for reversing existing cognitive impairment.",
        "news",
        [INCONCLUSIVE],
        "",
        "spliced",
    ),
    # Superlatives and generalisations.
    (
        "Aerobic exercise such as running is the best exercise for brain function.",
        "news",
        [AEROBIC],
        "",
        "overclaim",
    ),
    ("Studies always show effects over a period of weeks to months.", "news", [WEEKS], "", "overclaim"),
    (
        "All types of exercise may be more effective than others at improving brain health.",
        "news",
        [SOME_TYPES],
        "",
        "overclaim",
    ),
    # Numbers.
    ("A 60 year old can improve his brain plasticity.", "forum", [SEVENTY], "", "number"),
    ("Studies typically show effects over a period of 2 weeks to 6 months.", "news", [WEEKS], "", "number"),
    # Names and speakers.
    (
        "Researchers at Harvard found that exercise plays a major role in brain health.",
        "news",
        [MOLECULES],
        "",
        "unknown_name",
    ),
    (
        "Dr. Smith noted that some types of exercise may be more effective than others at improving "
        "brain health.",
        "news",
        [SOME_TYPES],
        "",
        "unknown_name",
    ),
    (
        "Glatt says that people who regularly do aerobic exercise have larger hippocampi.",
        "news",
        [HIPPOCAMPI],
        "",
        "wrong_speaker",
    ),
    (
        "Glatt said that several studies have already shown that regular exercise can improve cognitive "
        "function in adults.",
        "news",
        [SEVERAL],
        "",
        "wrong_speaker",
    ),
    (
        "Kong noted that some types of exercise may be more effective than others at improving brain health.",
        "news",
        [SOME_TYPES],
        "",
        "wrong_speaker",
    ),
    (
        "According to Kong, physical activity can improve blood flow to the brain.",
        "news",
        [BLOOD_FLOW],
        "",
        "wrong_speaker",
    ),
    (
        "Glatt says that when you train for strength you’re essentially training your nervous system.",
        "forum",
        [NERVOUS],
        "",
        "wrong_speaker",
    ),
    # Unfinished sentences.
    ("Aerobic exercise such as running, swimming and cycling.", "news", [AEROBIC], "", "unfinished"),
    ("Exercise helps brains.", "news", [AEROBIC], "", "unfinished"),
    ("Physical activity can improve blood flow to the.", "news", [BLOOD_FLOW], "", "unfinished"),
    # Cut off where the span goes on; a frame around a sentence that names its speaker.
    (
        "Evidence for its ability to reverse existing cognitive impairment is still.",
        "news",
        [INCONCLUSIVE],
        "",
        "unfinished",
    ),
    (
        "Ryan Glatt said it will take time to fully understand the effects of exercise on the brain, "
        "and future studies.",
        "news",
        [TAKE_TIME],
        "",
        "unfinished",
    ),
    (
        "Glatt says Ryan Glatt, a senior brain health coach, said it will take time to fully understand "
        "the effects of exercise on the brain.",
        "news",
        [TAKE_TIME],
        "",
        "unfinished",
    ),
    (
        "Glatt says aerobic exercise such as running, swimming and cycling is widely known for its "
        "positive effects on brain function, he said.",
        "news",
        [AEROBIC],
        "",
        "unfinished",
    ),
    # Page furniture and instructions.
    (DM, "forum", [DM], "", "furniture"),
    (REVIEWED, "news", [REVIEWED], "", "furniture"),
    (CTRL, "news", [CTRL], "", "furniture"),
    # Words from the question.
    (
        "Creatine may offer additional benefits due to the demands on coordination.",
        "news",
        [DANCE],
        "Does creatine help the brain?",
        "question_word",
    ),
]

# (sentence, document, cited spans): faithful sentences that must pass.
ACCEPTED = [
    (MOLECULES, "news", [MOLECULES]),  # verbatim
    ("Exercise plays a major role in brain health.", "news", [MOLECULES]),  # trimmed
    ("Glatt says that studies typically show effects over a period of weeks to months.", "news", [WEEKS]),
    ("Studies typically show effects over a period of weeks to months.", "news", [WEEKS]),
    (
        "Glatt noted that some types of exercise may be more effective than others at improving "
        "brain health.",
        "news",
        [SOME_TYPES],
    ),
    ("Kong says that people who regularly do aerobic exercise have larger hippocampi.", "news", [HIPPOCAMPI]),
    ("Exercise is beneficial for maintaining cognitive health.", "news", [INCONCLUSIVE]),
    (
        "More extensive research is needed to reverse established cognitive deficits.",
        "news",
        [MOST_RESEARCH],
    ),
    ("When you train for strength you’re essentially training your nervous system.", "forum", [NERVOUS]),
    ("A 70 year old can improve his brain plasticity with basic resistance training.", "forum", [SEVENTY]),
    (
        "Kong said that several studies have already shown that regular exercise can improve cognitive "
        "function in adults.",
        "news",
        [SEVERAL],
    ),
    (
        "Kong explained that these signals are needed to regulate the release of neurotrophic factors "
        "to the brain.",
        "news",
        [SIGNALS],
    ),
    (
        "Glatt cautioned that there are various individual differences related to genetics, lifestyle and "
        "environmental factors.",
        "news",
        [INDIVIDUAL],
    ),
    (
        "Hyunjun Kong said the findings highlight the importance of maintaining musculoskeletal health.",
        "news",
        [FINDINGS],
    ),
    (
        "Glatt said it will take time to fully understand the effects of exercise on the brain.",
        "news",
        [TAKE_TIME],
    ),
    (
        "Activities that combine physical and cognitive demands, such as dance and team sports, may offer "
        "additional benefits.",
        "news",
        [DANCE],
    ),
    ("According to Glatt, physical activity can improve blood flow to the brain.", "news", [BLOOD_FLOW]),
    (
        "Glatt pointed out that a sedentary lifestyle may be associated with a higher risk of "
        "cognitive decline.",
        "news",
        [SEDENTARY],
    ),
    ("The researchers did not observe people exercising.", "news", [NOT_OBSERVE]),
    (
        "Resistance training led to lower white matter atrophy and smaller white matter lesion volumes.",
        "forum",
        [WHITE_MATTER],
    ),
    (
        "Aerobic exercise such as running, swimming and cycling is widely known for its positive effects on "
        "brain function, and activities such as dance and team sports may offer additional benefits.",
        "news",
        [AEROBIC, DANCE],
    ),
    (
        "Kong suggested that physical activity could potentially reverse or slow down the cognitive decline "
        "associated with aging.",
        "news",
        [KONG_REVERSE],
    ),
    (
        "Most research suggests that exercise may promote a slower rate of decline and better overall "
        "brain health.",
        "news",
        [MOST_RESEARCH],
    ),
]


@pytest.mark.parametrize(("sentence", "doc", "spans", "question", "reason"), REJECTED)
def test_known_bad_sentences_are_rejected_with_the_named_reason(
    sentence: str, doc: str, spans: list[str], question: str, reason: str
) -> None:
    verdict = judge(sentence, doc, *spans, question=question)
    assert not verdict.ok
    assert any(r.startswith(reason + ":") for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(("sentence", "doc", "spans"), ACCEPTED)
def test_faithful_sentences_are_accepted(sentence: str, doc: str, spans: list[str]) -> None:
    verdict = judge(sentence, doc, *spans)
    assert verdict == Verdict(True, ()), verdict.reasons


def test_every_reason_is_exercised() -> None:
    reasons = {case[-1] for case in REJECTED}
    assert reasons >= {
        "unsupported_word",
        "question_word",
        "dropped_hedge",
        "certainty_upgrade",
        "overclaim",
        "number",
        "unknown_name",
        "wrong_speaker",
        "unfinished",
        "furniture",
        "spliced",
    }
    assert len(ACCEPTED) >= 15


def test_without_context_the_speaker_comes_from_the_span_alone() -> None:
    # No context: "he" cannot be resolved, so a sentence naming a speaker is not backed.
    span = exact(NEWS, INDIVIDUAL)
    assert not judge_sentence("Glatt cautioned that there are various individual differences.", [span]).ok
    assert judge_sentence("There are various individual differences related to genetics.", [span]).ok
    # With context it is Glatt's.
    assert judge_sentence("Glatt cautioned that there are various individual differences.", [span], [NEWS]).ok


def test_no_spans_is_never_supported() -> None:
    verdict = judge_sentence("Regular exercise has significant benefits for brain health.", [])
    assert not verdict.ok and verdict.reasons


# ---- who says a span --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("span", "speaker"),
    [
        (NOT_PROVE, "Kong"),  # "…,” Kong cautioned."
        (SEVERAL, "Kong"),  # a quotation that continues Kong's
        ("In these studies, participants were asked to exercise regularly", "Kong"),  # its second sentence
        (HIPPOCAMPI, "Kong"),  # em-dash byline "— Hyunjun Kong, PhD"
        (SIGNALS, "Kong"),  # third sentence of 'He explained that: "…'
        (FINDINGS, "Kong"),  # "…, said Hyunjun Kong, PhD, …"
        (TAKE_TIME, "Glatt"),  # "Ryan Glatt, CPT, …, said …"
        (WEEKS, "Glatt"),  # '…," he said.' after '…," Glatt said.'
        (INDIVIDUAL, "Glatt"),  # "However, he cautioned …" after "Glatt pointed out …"
        (SOME_TYPES, "Glatt"),  # "Glatt noted that …"
        (KONG_REVERSE, "Kong"),  # "Kong suggested that …"
        (MOLECULES, ""),  # the report's own voice
        (NOT_OBSERVE, ""),
    ],
)
def test_span_speaker_from_context(span: str, speaker: str) -> None:
    text = exact(NEWS, span)
    assert speaker_key(span_speaker(text, NEWS, NEWS.find(text))) == speaker.lower()


def test_the_forum_post_has_no_quoted_speaker() -> None:
    for line in FORUM.split("\n"):
        for sentence in split_sentences(line):
            assert span_speaker(sentence, FORUM, FORUM.find(sentence)) == "", sentence


def test_every_corpus_sentence_copied_verbatim_passes_unless_it_is_furniture_or_a_fragment() -> None:
    """Copies of the sources pass; "<Speaker> says that …" passes for the right speaker only."""
    checked = 0
    for doc in (NEWS, FORUM):
        for line in doc.split("\n"):
            for sentence in split_sentences(line):
                verdict = judge_sentence(sentence, [sentence], [doc])
                assert verdict.ok or all(
                    r.startswith(("furniture", "unfinished")) for r in verdict.reasons
                ), (
                    sentence,
                    verdict.reasons,
                )
                checked += verdict.ok
                speaker = speaker_key(span_speaker(sentence, doc, doc.find(sentence)))
                if not speaker or re.search(r"\b(?:said|says|noted|explained|cautioned|added)\b", sentence):
                    continue  # framing a sentence that names its own speaker attributes it twice
                body = sentence.strip('"“” ')
                body = body[0].lower() + body[1:]
                framed = f"{speaker.title()} says that {body}"
                assert judge_sentence(framed, [sentence], [doc]).ok, framed
                other = "Glatt" if speaker == "kong" else "Kong"
                wrong = judge_sentence(f"{other} says that {body}", [sentence], [doc])
                assert any(r.startswith("wrong_speaker") for r in wrong.reasons), framed
    assert checked >= 60


# ---- whole answers ------------------------------------------------------------------------------
def _citation(n: int, path: str, text: str) -> dict[str, object]:
    doc = (REPO_ROOT / path).read_text(encoding="utf-8")
    span = exact(doc, text)
    start = doc.index(span)
    return {"n": n, "source": path, "start": start, "end": start + len(span), "text": span}


def _read(path: str) -> str:
    return (REPO_ROOT / path).read_text(encoding="utf-8")


def test_judge_answer_reads_typed_sentences_and_skips_system_frames() -> None:
    answer = {
        "question": "How long until exercise helps my thinking?",
        "answer": "…",
        "declined": False,
        "sentences": [
            {"text": "Here is what my sources say.", "citations": [], "speaker": "", "verdict": "meta"},
            {
                "text": "Glatt says that studies typically show effects over a period of weeks to months.",
                "citations": [1],
                "speaker": "Glatt",
                "verdict": "supported",
            },
            {
                "text": "Kong says exercise always works within two weeks.",
                "citations": [1],
                "speaker": "Kong",
                "verdict": "supported",
            },
            {
                "text": "Exercise is the best medicine.",
                "citations": [],
                "speaker": "",
                "verdict": "supported",
            },
            {"text": "Studies typically show effects.", "citations": [7], "speaker": "", "verdict": "quoted"},
        ],
        "citations": [_citation(1, NEWS_PATH, WEEKS)],
    }
    judged = judge_answer(answer, _read)
    assert [j.text[:12] for j in judged] == ["Glatt says t", "Kong says ex", "Exercise is ", "Studies typi"]
    good, kong, uncited, dangling = judged
    assert good.verdict.ok and good.citations == (1,) and good.label == "supported"
    assert not kong.verdict.ok
    reasons = " ".join(kong.verdict.reasons)
    assert (
        "wrong_speaker: labelled Kong" in reasons
        and "overclaim: always" in reasons
        and "number: 2" in reasons
    )
    assert any(r.startswith("uncited") for r in uncited.verdict.reasons)
    assert any(r.startswith("bad_citation") for r in dangling.verdict.reasons)


def test_judge_answer_checks_the_span_against_the_source() -> None:
    citation = _citation(1, NEWS_PATH, WEEKS)
    citation["start"] = int(citation["start"]) + 1  # off by one: the text no longer matches
    answer = {
        "question": "",
        "declined": False,
        "sentences": [{"text": WEEKS, "citations": [1], "speaker": "", "verdict": "quoted"}],
        "citations": [citation],
    }
    (judged,) = judge_answer(answer, _read)
    assert any(r.startswith("span_mismatch") for r in judged.verdict.reasons)


def test_judge_answer_falls_back_to_markers_in_the_text() -> None:
    answer = {
        "question": "Is lifting good for the brain?",
        "declined": False,
        "answer": (
            "When you train for strength you’re essentially training your nervous system. [1] "
            "Lifting is proven to cure dementia. [1][2]"
        ),
        "sentences": [],
        "citations": [_citation(1, FORUM_PATH, NERVOUS), _citation(2, FORUM_PATH, WHITE_MATTER)],
    }
    first, second = judge_answer(answer, _read)
    assert first.verdict.ok and first.citations == (1,)
    assert not second.verdict.ok and second.citations == (1, 2)
    assert any(r.startswith("overclaim: proven") for r in second.verdict.reasons)
    assert judge_answer({"declined": True, "answer": "My sources don't cover that."}, _read) == []


def test_marked_sentences_keeps_unmarked_sentences_uncited() -> None:
    text = "My sources say this. Exercise helps the brain. [1] And that is all [2][3]."
    assert marked_sentences(text) == [
        ("My sources say this.", ()),
        ("Exercise helps the brain.", (1,)),
        ("And that is all", (2, 3)),
    ]
