"""What the asker would do as the question's topic (``bot.asker_acts.done_by_asker``), read from the
question's words alone; how ``bot.focus`` weighs it is tested in tests/test_focus.py."""

from __future__ import annotations

import pytest

from bot.asker_acts import done_by_asker


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("how long should I snooze after a hard session?", "snooze"),
        ("can we sunbathe between rounds?", "sunbathe"),
        ("should I just meditate instead?", "meditate"),
        ("could I skydive?", "skydive"),
        # what the verb acts on is the topic, or a wh-word asks for it
        ("should I drop bodybuilding work entirely?", None),
        ("how many grams should I eat before lifting?", None),
        ("what should I stretch after squats?", None),
        # a phrasal verb, a verb acting on what was said, a purpose, passing time, a light verb
        ("did he drop out, and should I drop out too?", None),
        ("can I push through it?", None),
        ("should I walk to keep my memory?", None),
        ("how long should I wait before lifting again?", None),
        ("should I take it after training?", None),
        # nobody asks what they would do
        ("does boxing help the brain?", None),
    ],
)
def test_done_by_asker_is_the_verb_only_when_it_acts_on_nothing(question: str, verb: str | None) -> None:
    assert done_by_asker(question) == verb
