"""The whole app on a second, unrelated corpus (tests/corpora/gardening), with no change to bot/.

Real embedder, real FAISS index built for the folder, the real scope gate calibrated for it, the
real CLI in-process and the real page wording; no model (answers quote the chosen sentences).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.chat import Conversation
from bot.cli import main
from bot.config import REPO_ROOT, Settings
from bot.retrieval import Retriever
from bot.sources import source_path
from bot.ui import page_words
from tests.support import seed_retriever

FOLDER = REPO_ROOT / "tests" / "corpora" / "gardening"


@pytest.fixture(scope="module")
def garden(tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    tmp = tmp_path_factory.mktemp("garden")
    shutil.copytree(FOLDER, tmp / "seeds")
    settings = Settings().with_value("paths", "seeds_dir", tmp / "seeds")
    settings = settings.with_value("paths", "index_dir", tmp / "index")
    return Retriever(settings, embedder=seed_retriever().embedder)


def _ask(r: Retriever, *questions: str):
    chat = Conversation(r.settings, r, None)
    return [chat.answer(q) for q in questions]


def test_an_in_scope_question_is_answered_from_the_second_corpus(garden: Retriever) -> None:
    (answer,) = _ask(garden, "How often should I water tomatoes?")
    assert not answer.declined and answer.citations
    assert answer.citations[0].source.endswith("tomato_watering_guide.txt")  # the rated guide leads
    for c in answer.citations:
        assert source_path(c.source).read_text(encoding="utf-8")[c.start : c.end] == c.text


def test_off_topic_is_declined_with_this_corpus_profile(garden: Retriever) -> None:
    (answer,) = _ask(garden, "Which types of exercise are best for brain health?")
    assert answer.declined
    assert "growing vegetables at home" in answer.text  # the gardening profile's scope sentence
    assert set(answer.suggestions) <= {
        "How often should I water tomatoes?",
        "What causes blossom end rot?",
        "Does mulch help keep soil moist?",
        "Is compost tea worth making?",
    }


def test_the_weak_source_and_questions_about_it_use_its_own_sidecar(garden: Retriever) -> None:
    first, meta = _ask(garden, "Does compost tea make vegetables bigger?", "Is that source trustworthy?")
    assert not first.declined and any("gardener" in n for n in first.notes)
    assert meta.mode == "meta" and "one gardener's experience" in meta.text


def test_the_page_and_the_cli_speak_of_the_second_corpus(garden: Retriever, capsys) -> None:
    assert "Home vegetable gardening" in page_words(garden.settings.paths.seeds_dir).title
    seeds, index = garden.settings.paths.seeds_dir, garden.settings.paths.index_dir
    code = main(
        [
            "ask",
            "--extractive",
            "--json",
            "--seeds-dir",
            str(seeds),
            "--index-dir",
            str(index),
            "What causes blossom end rot?",
        ]
    )
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0 and not out["declined"] and "Uneven watering" in out["answer"]
    assert all(Path(c["source"]).name.startswith("tomato") for c in out["citations"])
