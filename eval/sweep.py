"""The extractive regression sweep: every older set answered without a model, item by item.

``python eval/sweep.py run OUT.json [--skip fresh26,fresh27,...]`` asks every question of every question
set under eval/ (history given as earlier questions) and every turn of every conversation set (one
``Conversation`` per conversation) through the extractive path, and writes one record per item: declined
or not, the first sentence carrying an expected snippet, the right passage cited, the turn met, the
decline naming the missing term, and the start of the answer. ``python eval/sweep.py compare A.json
B.json`` prints the totals of both beside each other and every item whose outcome changed, so a change
to scope, evidence or lead is judged on what it gains and loses, not on one set.

It measures no model and grades with ``bot.eval_metrics``' lax checks, so its counts are for comparing
two versions of the code with each other, never as a figure of quality (those come from the held-out
sets run with the model, the strict judge and by hand). Sets written after a version was tuned are
excluded with ``--skip`` so the sweep never reads a set still held out.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# Not question sets of the shipped corpus: another corpus's questions and the faithfulness drafts.
NOT_SETS = {"debian.jsonl", "faithful.jsonl"}


def set_files(skip: set[str]) -> tuple[list[Path], list[Path]]:
    """(question files, conversation files) under eval/, leaving out the folders named in ``skip``."""
    questions, conversations = [], []
    for path in sorted(HERE.rglob("*.jsonl")):
        rel = path.relative_to(HERE)
        if path.name in NOT_SETS or (len(rel.parts) > 1 and rel.parts[0] in skip):
            continue
        if len(rel.parts) > 2:  # segmentation fixtures and the like, not sets
            continue
        (conversations if "conversations" in path.name else questions).append(path)
    return questions, conversations


def run(out: Path, skip: set[str]) -> None:
    from bot.chat import Conversation
    from bot.config import Settings
    from bot.eval_conversations import turn_meets
    from bot.eval_data import load_conversations, load_questions
    from bot.eval_metrics import corpus_terms, first_sentence_carries, names_term, norm, reader
    from bot.retrieval import get_retriever

    settings = Settings.from_env()
    retriever = get_retriever(settings)
    read = reader()
    terms = corpus_terms(settings)
    q_files, c_files = set_files(skip)
    records: dict[str, dict] = {}
    started = time.perf_counter()
    for path in q_files:
        name = str(path.relative_to(HERE))
        for q in load_questions(path):
            a = Conversation(settings, retriever, None, q.history).answer(q.question)
            right = [p for p in retriever.index.passages if any(norm(e) in norm(p.text) for e in q.expected)]
            records[f"q:{name}:{q.id}"] = {
                "kind": q.kind,
                "in_scope": q.in_scope,
                "expected": bool(q.expected),
                "declined": a.declined,
                "notes": bool(a.notes),
                "first": bool(q.expected) and not a.declined and first_sentence_carries(a, q.expected, read),
                "right": any(
                    c.source == p.source and c.start < p.end and p.start < c.end
                    for c in a.citations
                    for p in right
                ),
                "names": bool(q.missing_term) and a.declined and names_term(a.text, q.missing_term),
                "missing_term": q.missing_term,
                "text": a.text[:240],
            }
    for path in c_files:
        name = str(path.relative_to(HERE))
        for conv in load_conversations(path):
            chat = Conversation(settings, retriever, None)
            for i, turn in enumerate(conv.turns):
                a = chat.answer(turn.user)
                records[f"c:{name}:{conv.id}:{i}"] = {
                    "expect": turn.expect,
                    "index": i,
                    "user": turn.user,
                    "declined": a.declined,
                    "met": turn_meets(turn, a, read, terms),
                    "named": bool(turn.missing_term) and turn.expect in {"decline", "medical"} and a.declined,
                    "names": bool(turn.missing_term) and a.declined and names_term(a.text, turn.missing_term),
                    "text": a.text[:240],
                }
    out.write_text(json.dumps(records, indent=0), encoding="utf-8")
    print(f"{len(records)} items in {time.perf_counter() - started:.0f} s -> {out}")


def totals(records: dict[str, dict]) -> dict[str, tuple[int, int]]:
    """Each row of the sweep as (hits, of)."""
    qs = [r for k, r in records.items() if k.startswith("q:")]
    ts = [r for k, r in records.items() if k.startswith("c:")]

    def count(rows: list[dict], test) -> tuple[int, int]:
        return sum(bool(test(r)) for r in rows), len(rows)

    answers = [t for t in ts if t["expect"] == "answer"]
    return {
        "in-scope answered": count([q for q in qs if q["expected"]], lambda r: not r["declined"]),
        "out-of-scope declined": count(
            [q for q in qs if q["kind"] == "out_of_scope"], lambda r: r["declined"]
        ),
        "fabrication declined": count([q for q in qs if q["kind"] == "fabrication"], lambda r: r["declined"]),
        "medical q referred/noted": count(
            [q for q in qs if q["kind"] == "medical_advice"], lambda r: r["declined"] or r.get("notes")
        ),
        "meta q answered": count([q for q in qs if q["kind"] == "meta"], lambda r: not r["declined"]),
        "first sentence": count([q for q in qs if q["expected"]], lambda r: r["first"]),
        "right passage cited": count([q for q in qs if q["expected"]], lambda r: r["right"]),
        "q declines naming term": count(
            [q for q in qs if q["missing_term"] and q["declined"]], lambda r: r["names"]
        ),
        "chat first turns": count([t for t in answers if t["index"] == 0], lambda r: r["met"]),
        "chat follow-ups": count([t for t in answers if t["index"] > 0], lambda r: r["met"]),
        "answerable turns declined": count(answers, lambda r: r["declined"]),
        "off-topic declined": count([t for t in ts if t["expect"] == "decline"], lambda r: r["met"]),
        "meta turns": count([t for t in ts if t["expect"] == "meta"], lambda r: r["met"]),
        "medical turns": count([t for t in ts if t["expect"] == "medical"], lambda r: r["met"]),
        "chat declines naming term": count([t for t in ts if t["named"]], lambda r: r["names"]),
    }


def outcome(key: str, r: dict) -> str:
    """What counts about one item, as a short string: a change in it is a gain or a loss."""
    if key.startswith("q:"):
        return f"declined={r['declined']} first={r['first']} right={r['right']} names={r['names']}"
    return f"met={r['met']} declined={r['declined']} names={r['names']}"


def _records(path: Path) -> dict[str, dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        sys.exit(f"cannot read sweep records {path}: {exc}; write them: python eval/sweep.py run {path}")


def compare(a_path: Path, b_path: Path) -> None:
    a, b = _records(a_path), _records(b_path)
    ta, tb = totals(a), totals(b)
    for row in ta:
        (ha, na), (hb, nb) = ta[row], tb.get(row, (0, 0))
        mark = "" if (ha, na) == (hb, nb) else "   <-"
        print(f"{row:28} {ha:5}/{na:<5} {hb:5}/{nb:<5}{mark}")
    changed = [k for k in a if k in b and outcome(k, a[k]) != outcome(k, b[k])]
    print(f"\n{len(changed)} items changed")
    for k in changed:
        label = b[k].get("user", "")
        print(f"\n{k} {label}")
        print(f"  A {outcome(k, a[k])}: {a[k]['text'][:160]}")
        print(f"  B {outcome(k, b[k])}: {b[k]['text'][:160]}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="answer every older set extractively and write the records")
    r.add_argument("out", type=Path)
    r.add_argument("--skip", default="", help="comma-separated eval folders to leave out (held-out sets)")
    c = sub.add_parser("compare", help="totals of two runs and every item that changed")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = p.parse_args()
    if args.cmd == "run":
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        run(args.out, {s.strip() for s in args.skip.split(",") if s.strip()})
    else:
        compare(args.a, args.b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
