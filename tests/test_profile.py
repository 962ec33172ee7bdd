"""bot.profile: the corpus profile shipped in seeds/corpus.toml and what it says about a question."""

from __future__ import annotations

from bot.profile import condition_words, load_profile, names_condition
from tests.support import seed_settings


def test_the_shipped_profile_lists_conditions_matched_at_the_start_of_a_word() -> None:
    profile = load_profile(seed_settings().paths.seeds_dir)
    assert names_condition("my gran has Alzheimer's", profile)
    assert not names_condition("is heart rate training good for conditioning?", profile)


def test_condition_words_are_the_whole_words_a_listed_condition_starts() -> None:
    """ "autis" in the list names "autistic" whole, so the referral can ask whether the corpus uses it."""
    profile = load_profile(seed_settings().paths.seeds_dir)
    assert condition_words("my nephew is autistic, would football help?", profile) == ["autistic"]
    assert condition_words("does lifting help memory?", profile) == []
    assert condition_words("anything on dementia?", None) == []
