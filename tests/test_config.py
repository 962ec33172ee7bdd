"""Settings: defaults, BOT_* overrides, type conversion, clear errors, the documented table."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import REPO_ROOT, Settings
from bot.errors import BotError


def test_defaults_are_safe() -> None:
    s = Settings()
    assert s.serve.host == "127.0.0.1" and s.serve.share is False and s.serve.auth == ""
    assert s.embedding.model.startswith("pkg:") and s.generation.model.startswith("pkg:")


def test_env_overrides_convert_types() -> None:
    s = Settings.from_env(
        {
            "BOT_RETRIEVAL_TOP_K": "8",
            "BOT_SERVE_SHARE": "yes",
            "BOT_PATHS_INDEX_DIR": "/tmp/x",
            "BOT_RETRIEVAL_LEXICAL_WEIGHT": "0.25",
            "UNRELATED": "1",
        }
    )
    assert s.retrieval.top_k == 8 and s.serve.share is True
    assert s.paths.index_dir == Path("/tmp/x") and s.retrieval.lexical_weight == 0.25


@pytest.mark.parametrize(("var", "value"), [("BOT_RETRIEVAL_TOP_K", "many"), ("BOT_SERVE_SHARE", "maybe")])
def test_invalid_value_names_the_variable(var: str, value: str) -> None:
    with pytest.raises(BotError) as err:
        Settings.from_env({var: value})
    assert var in err.value.fix


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for var, _default, _kind, text in Settings().rows():
        assert f"`{var}`" in readme, f"{var} missing from README (regenerate with `python -m bot config`)"
        assert text, f"{var} has no comment in bot/config.py"


@pytest.mark.parametrize(
    ("var", "closest"),
    [("BOT_RETRIEVAL_TOPK", "BOT_RETRIEVAL_TOP_K"), ("BOT_SERVE_PROT", "BOT_SERVE_PORT")],
)
def test_a_misspelt_variable_names_the_closest_setting(var: str, closest: str) -> None:
    with pytest.raises(BotError) as err:
        Settings.from_env({var: "3"})
    assert err.value.message == f"unknown setting {var}: did you mean {closest}?"


def test_a_misspelt_set_key_names_the_closest_setting() -> None:
    with pytest.raises(BotError) as err:
        Settings().with_key("retrieval.topk", "3")
    assert "did you mean retrieval.top_k?" in err.value.message
    assert Settings().with_key("retrieval.top_k", "3").retrieval.top_k == 3


def test_gate_thresholds_are_calibrated_unless_overridden() -> None:
    s = Settings()
    assert s.answer.gate_cosine == "auto" and s.answer.reach_cosine == "auto"
    assert Settings.from_env({"BOT_ANSWER_GATE_COSINE": "0.3"}).answer.gate_cosine == "0.3"
