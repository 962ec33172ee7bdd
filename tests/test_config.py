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
