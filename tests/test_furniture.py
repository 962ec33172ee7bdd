"""Page furniture: the seeds' furniture is found by general rules, their content is not, and other
sites' typical furniture (invented here, in the styles common on the web) is found too."""

from __future__ import annotations

import pytest

from bot.config import REPO_ROOT
from bot.furniture import REASONS, Overrides, classify, mark_furniture
from bot.text import split_sentences

SEEDS = REPO_ROOT / "seeds"
NEWS = next(SEEDS.glob("news_*.txt")).read_text(encoding="utf-8")
FORUM = next(SEEDS.glob("forum_*.txt")).read_text(encoding="utf-8")

# The furniture lines of the shipped seeds, and the reason each must get.
SEED_FURNITURE = {
    "New publications": "navigation",
    "Last reviewed: 02.07.2025": "last-reviewed",
    "All iLive content is medically reviewed or fact checked": "disclaimer",
    "We have strict sourcing guidelines": "disclaimer",
    "Note that the numbers in parentheses": "disclaimer",
    "If you feel that any of our content is inaccurate": "disclaimer",
    "If you’re tired of getting no results in the weight room": "sales",
    "For any questions shoot me a DM on Telegram": "contact",
    "Similar Posts": "similar-posts",
}


def _marked(text: str, overrides: Overrides | None = None):
    return [(text[s.start : s.end], s) for s in mark_furniture(text, split_sentences(text), overrides)]


def test_the_seeds_furniture_is_found_with_its_reason() -> None:
    found = {body: s.reason for text in (NEWS, FORUM) for body, s in _marked(text) if s.kind == "furniture"}
    for prefix, reason in SEED_FURNITURE.items():
        hits = [r for body, r in found.items() if body.startswith(prefix)]
        assert hits == [reason], (prefix, found)
    assert len(found) == len(SEED_FURNITURE)


def test_every_other_seed_sentence_stays_content() -> None:
    for text in (NEWS, FORUM):
        for body, span in _marked(text):
            if any(body.startswith(prefix) for prefix in SEED_FURNITURE):
                continue
            assert span.kind in ("text", "heading", "byline"), (body, span.kind, span.reason)
            if span.kind == "byline":
                assert body == "— Hyunjun Kong, PhD"
            if span.kind == "heading":
                assert span.reason == "heading-only"


def test_the_em_dash_byline_is_its_own_span() -> None:
    bylines = [(body, s.kind) for body, s in _marked(NEWS) if "Hyunjun Kong, PhD" in body and "—" in body]
    assert bylines == [("— Hyunjun Kong, PhD", "byline")]


# Invented furniture in the styles of other sites and forums: none of it is in the seeds.
OTHER_SITES = [
    ("Last updated: March 4, 2024", "last-reviewed"),
    ("Updated on 2023-11-02", "last-reviewed"),
    ("Published 3 days ago", "last-reviewed"),
    ("Last updated: March 4, 2024 | 5 min read", "last-reviewed"),
    ("All Healthwise content is fact-checked by our editorial team.", "disclaimer"),
    ("This article is for informational purposes only and is not intended as medical advice.", "disclaimer"),
    ("We may earn a commission when you buy through links on our site.", "disclaimer"),
    ("© 2024 Fitline Media. All rights reserved.", "disclaimer"),
    ("Main article: Aerobic exercise", "navigation"),
    ("See also: Sports medicine", "navigation"),
    ("Further information: Exercise physiology", "navigation"),
    ("Home > Health > Fitness > Strength", "navigation"),
    ("Skip to main content", "navigation"),
    ("Read more", "navigation"),
    ("Related articles", "similar-posts"),
    ("Similar PostsNew publications", "similar-posts"),  # two widgets glued by a text copy
    ("You might also like", "similar-posts"),
    ("Recommended reading", "similar-posts"),
    ("Share this article", "share"),
    ("Share on Facebook", "share"),
    ("Follow us on Instagram for daily tips.", "share"),
    ("We use cookies to improve your experience.", "cookie"),
    ("Accept all cookies", "cookie"),
    ("DM me if you want the full program.", "contact"),
    ("Questions? Get in touch through the contact form.", "contact"),
    ("You can reach me at coach@example.org.", "contact"),
    ("Sign up for our newsletter to get weekly workouts.", "sales"),
    ("Subscribe now and get 20% off your first month.", "sales"),
    ("Book a free consultation today.", "sales"),
    ("Use code LIFT10 at checkout.", "sales"),
    ("By Maria Lopez", "byline"),
    ("Posted on June 3, 2021 by Dr. Jane Roe", "last-reviewed"),  # a date stamp first
    ("Posted on by Prof. Sam Reed", "byline"),
    ("Photo credit: City Library", "byline"),
    ("— Sam Patel, MD", "byline"),
]


@pytest.mark.parametrize(("line", "reason"), OTHER_SITES)
def test_other_sites_furniture(line: str, reason: str) -> None:
    assert classify(line, 0, len(line)) == reason


CONTENT = [
    "Regular exercise improves memory in older adults.",
    "Participants signed up for a 12-week training program.",
    "The review was updated in 2019 to include 12 new trials.",
    "Researchers contacted 300 patients by phone.",
    "Share of adults meeting the guideline rose to 28%.",
    "Consult a physician if you have chest pain during exercise.",
    "Last year, the team published a related study on sleep.",
    "Reviewed studies suggest that dance may help balance.",
    "A 2015 meta-analysis found that home workouts help.",
    "See how the muscles respond when nerves are stimulated.",
    "Related factors such as sleep also matter.",
    "Updated 2020 guidelines recommend 150 minutes of activity per week.",
    "Published in 2019, the trial followed 400 adults.",
]


@pytest.mark.parametrize("line", CONTENT)
def test_content_sentences_are_not_furniture(line: str) -> None:
    assert classify(line, 0, len(line)) is None


def test_reasons_are_the_documented_ones() -> None:
    lines = [line for line, _ in OTHER_SITES]
    got = {classify(line, 0, len(line)) for line in lines}
    assert got <= set(REASONS)
    assert classify("Fitness", 0, 7, kind="heading") == "heading-only"


def test_sidecar_overrides_patterns_and_ranges() -> None:
    text = "Squats build strength. Our gym opens at 6 am. Sleep helps recovery."
    start = text.index("Sleep")
    overrides = Overrides(patterns=(r"\bgym opens\b",), ranges=((start, start + 5),))
    kinds = [(body, s.kind, s.reason) for body, s in _marked(text, overrides)]
    assert kinds == [
        ("Squats build strength.", "text", ""),
        ("Our gym opens at 6 am.", "furniture", "excluded"),
        ("Sleep helps recovery.", "furniture", "excluded"),
    ]


def test_marking_changes_kinds_only() -> None:
    spans = split_sentences(NEWS)
    marked = mark_furniture(NEWS, spans)
    assert [(s.start, s.end, s.refs) for s in marked] == [(s.start, s.end, s.refs) for s in spans]
