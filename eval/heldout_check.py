"""Validate one held-out set (``eval/freshN/``) against the shipped corpus (``seeds/*.txt``).

The checker of eval/fresh4, eval/fresh5 and eval/fresh6 (each folder's ``check.py`` calls
``main(<its folder>)``). Checks ``questions.jsonl`` (keys of ``eval/fresh/questions.jsonl``) and
``conversations.jsonl`` (format of ``eval/conversations.jsonl``, 2-4 turns each): every line parses
as a JSON object with exactly the right keys, ids are unique across both files and carry the
``fN-`` / ``cN-`` prefix of the folder, kinds and expects are known ones, each answerable item has
1-2 ``expected`` spans of 5-15 words that occur in the seed text (whitespace collapsed, case kept; a
question's spans in its own ``source``, a turn's spans in any seed) without crossing a sentence end,
each ``missing_term`` occurs as a whole word (any case) in neither seed ``.txt`` file, every
conversation opens with an answer turn, every off-topic (decline) turn comes right after an answer
turn, and no question or turn repeats word for word (case and spacing ignored) a question of an
earlier eval set (``eval/*.jsonl``, fresh, fresh2 and every freshK with K < N). It prints counts per
kind and hands on an exit status: 0 when all is well, 1 with every problem listed on stderr.
``main_with_near_copies`` adds the near-copy check of questions and opening turns (fresh12 on),
``main_strict`` the same check of longer later turns (fresh13 on). Standard library only.

    python3 eval/fresh6/check.py
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION_KEYS = {"id", "question", "kind", "in_scope", "expected", "source", "missing_term", "history"}
ANSWERABLE = {"direct", "paraphrase", "yesno", "who", "howlong", "whichtypes", "quote_attribution"}
REFUSED = {"out_of_scope", "fabrication", "medical_advice"}
TURN_KEYS = {
    "answer": {"user", "expect", "expected"},
    "decline": {"user", "expect", "missing_term"},
    "medical": {"user", "expect", "missing_term"},
    "meta": {"user", "expect"},
}
SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")


def earlier_sets(number: int) -> list[str]:
    """Globs of the sets written before ``eval/fresh<number>``."""
    return ["eval/*.jsonl", "eval/fresh/*.jsonl", "eval/fresh2/*.jsonl"] + [
        f"eval/fresh{k}/*.jsonl" for k in range(3, number)
    ]


def collapse(text: str) -> str:
    """Return ``text`` with every run of whitespace turned into one space."""
    return " ".join(text.split())


def load_seeds() -> dict[str, str]:
    """Map ``seeds/<name>.txt`` to its text with whitespace collapsed."""
    return {
        f"seeds/{p.name}": collapse(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    }


def earlier_user_texts(number: int) -> list[str]:
    """Every question or user turn of the eval sets before set ``number``, as written."""
    found: list[str] = []
    for pattern in earlier_sets(number):
        for path in ROOT.glob(pattern):
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(row, dict):
                    continue
                texts = [row.get("question"), row.get("user")]
                texts += [t.get("user") for t in row.get("turns", []) if isinstance(t, dict)]
                found += [t for t in texts if isinstance(t, str)]
    return found


def earlier_questions(number: int) -> set[str]:
    """Every question or user turn of the earlier eval sets, lower-cased and whitespace-collapsed."""
    return {collapse(t).lower() for t in earlier_user_texts(number)}


def span_problems(where: str, spans: object, texts: list[str]) -> list[str]:
    """List what is wrong with the ``expected`` spans of one item, checked against ``texts``."""
    if not isinstance(spans, list) or not 1 <= len(spans) <= 2:
        return [f"{where}: expected must be a list of 1-2 spans"]
    bad: list[str] = []
    for span in spans:
        if not isinstance(span, str):
            bad.append(f"{where}: span {span!r} is not a string")
            continue
        flat = collapse(span)
        if not 5 <= len(flat.split()) <= 15:
            bad.append(f"{where}: span {span!r} has {len(flat.split())} words, not 5-15")
        if SENTENCE_END.search(flat):
            bad.append(f"{where}: span {span!r} crosses a sentence end")
        if not any(flat in text for text in texts):
            bad.append(f"{where}: span {span!r} is not verbatim in the seed text")
    return bad


def term_problems(where: str, term: object, seeds: dict[str, str]) -> list[str]:
    """List what is wrong with one ``missing_term``: empty, or present as a whole word in a seed."""
    if not isinstance(term, str) or not term.strip():
        return [f"{where}: missing_term must be a non-empty string"]
    pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
    return [
        f"{where}: missing_term {term!r} occurs in {name}"
        for name, text in seeds.items()
        if pattern.search(text)
    ]


def read_lines(path: Path, bad: list[str]) -> list[dict[str, object]]:
    """Parse each non-empty line of ``path`` as a JSON object, noting failures in ``bad``."""
    rows: list[dict[str, object]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            bad.append(f"{path.name}:{number}: not JSON ({error})")
            continue
        if not isinstance(row, dict):
            bad.append(f"{path.name}:{number}: not a JSON object")
            continue
        rows.append(row)
    return rows


def check_questions(
    here: Path, seeds: dict[str, str], seen: set[str], bad: list[str], kinds: Counter[str]
) -> list[str]:
    """Check questions.jsonl; return its ids."""
    ids: list[str] = []
    prefix = f"f{set_number(here)}-"
    for row in read_lines(here / "questions.jsonl", bad):
        where = str(row.get("id", "?"))
        ids.append(where)
        if not where.startswith(prefix):
            bad.append(f"{where}: question ids start with {prefix!r}")
        if set(row) != QUESTION_KEYS:
            bad.append(f"{where}: keys {sorted(row)} are not {sorted(QUESTION_KEYS)}")
            continue
        kind = str(row["kind"])
        kinds[kind] += 1
        if row["history"] != [] or not isinstance(row["question"], str) or not row["question"].strip():
            bad.append(f"{where}: question must be a non-empty string and history []")
            continue
        if collapse(row["question"]).lower() in seen:
            bad.append(f"{where}: question repeats an earlier eval set word for word")
        if kind in ANSWERABLE:
            if row["in_scope"] is not True or row["missing_term"] != "" or row["source"] not in seeds:
                bad.append(f"{where}: answerable row needs in_scope true, a seed source and no missing_term")
                continue
            bad += span_problems(where, row["expected"], [seeds[str(row["source"])]])
        elif kind in REFUSED:
            if row["in_scope"] is not False or row["expected"] != [] or row["source"] != "":
                bad.append(f"{where}: refused row needs in_scope false, expected [] and source ''")
            bad += term_problems(where, row["missing_term"], seeds)
        elif kind == "meta":
            if row["in_scope"] is not True or row["expected"] != [] or row["source"] or row["missing_term"]:
                bad.append(f"{where}: meta row needs in_scope true, expected [], no source or missing_term")
        else:
            bad.append(f"{where}: unknown kind {kind!r}")
    return ids


def check_conversations(
    here: Path, seeds: dict[str, str], seen: set[str], bad: list[str], expects: Counter[str]
) -> list[str]:
    """Check conversations.jsonl; return its ids."""
    ids: list[str] = []
    texts = list(seeds.values())
    prefix = f"c{set_number(here)}-"
    for row in read_lines(here / "conversations.jsonl", bad):
        where = str(row.get("id", "?"))
        ids.append(where)
        if not where.startswith(prefix):
            bad.append(f"{where}: conversation ids start with {prefix!r}")
        turns = row.get("turns")
        if set(row) != {"id", "turns"} or not isinstance(turns, list) or not 2 <= len(turns) <= 4:
            bad.append(f"{where}: needs exactly keys id and turns, with 2-4 turns")
            continue
        previous = ""
        for number, turn in enumerate(turns, start=1):
            spot = f"{where} turn {number}"
            if not isinstance(turn, dict) or turn.get("expect") not in TURN_KEYS:
                bad.append(f"{spot}: not a turn with a known expect")
                previous = ""
                continue
            expect = str(turn["expect"])
            expects[expect] += 1
            if set(turn) != TURN_KEYS[expect] or not str(turn["user"]).strip():
                bad.append(f"{spot}: keys {sorted(turn)} are not {sorted(TURN_KEYS[expect])}")
                previous = expect
                continue
            if number == 1 and collapse(str(turn["user"])).lower() in seen:
                bad.append(f"{spot}: opening question repeats an earlier eval set word for word")
            if expect == "answer":
                bad += span_problems(spot, turn["expected"], texts)
            elif expect in {"decline", "medical"}:
                bad += term_problems(spot, turn["missing_term"], seeds)
            if expect == "decline" and previous != "answer":
                bad.append(f"{spot}: an off-topic turn must come right after an answered turn")
            previous = expect
        if isinstance(turns[0], dict) and turns[0].get("expect") != "answer":
            bad.append(f"{where}: the first turn must be in scope (expect answer)")
    return ids


def set_number(here: Path) -> int:
    """N of ``eval/freshN``."""
    found = re.fullmatch(r"fresh(\d+)", here.name)
    if not found:
        raise SystemExit(f"{here}: not an eval/freshN folder")
    return int(found.group(1))


def main(here: Path) -> int:
    """Run every check on the set in ``here``, print counts, and return the exit status."""
    seeds = load_seeds()
    seen = earlier_questions(set_number(here))
    bad: list[str] = []
    kinds: Counter[str] = Counter()
    expects: Counter[str] = Counter()
    ids = check_questions(here, seeds, seen, bad, kinds) + check_conversations(
        here, seeds, seen, bad, expects
    )
    bad += [f"duplicate id {name!r}" for name, n in Counter(ids).items() if n > 1]
    print("questions:", sum(kinds.values()), dict(sorted(kinds.items())))
    print("conversation turns:", sum(expects.values()), dict(sorted(expects.items())))
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    print("ok: keys, ids, spans and missing terms all check out")
    return 0


def _words(text: str) -> str:
    """``text`` lower-cased, curly apostrophes straightened, reduced to its words."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower().replace("’", "'")))


def near_copies(here: Path, near: float) -> list[str]:
    """Every question or opening turn of the set in ``here`` whose ``difflib`` ratio (on lower-cased
    words) to a question or turn of an earlier set is at least ``near``: light rewordings, not only
    word-for-word repeats. Short follow-ups ("why?") recur by design and are not compared."""
    old = [_words(t) for t in earlier_user_texts(set_number(here))]
    new: list[tuple[str, str]] = []
    for line in (here / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            new.append((row["id"], row["question"]))
    for line in (here / "conversations.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            new.append((f"{row['id']} turn 1", row["turns"][0]["user"]))
    bad: list[str] = []
    for where, text in new:
        mine = _words(text)
        for other in old:
            ratio = difflib.SequenceMatcher(None, mine, other).ratio()
            if ratio >= near:
                bad.append(f"{where}: {text!r} is a near copy ({ratio:.2f}) of earlier {other!r}")
                break
    return bad


def main_with_near_copies(here: Path, near: float) -> int:
    """``main`` for the set in ``here``, then ``near_copies``; the exit status."""
    status = main(here)
    if status:
        return status
    bad = near_copies(here, near)
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    print(f"ok: no question or opening turn is a near copy (ratio >= {near}) of an earlier set")
    return 0


def later_turn_near_copies(here: Path, near: float, min_words: int) -> list[str]:
    """Every non-opening turn of ``min_words``+ words that is a near copy of an earlier question or turn
    (fresh13's stricter pass; short follow-ups such as "why?" recur by design and are not compared)."""
    old = [_words(t) for t in earlier_user_texts(set_number(here))]
    bad: list[str] = []
    for line in (here / "conversations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        for number, turn in enumerate(row["turns"][1:], start=2):
            mine = _words(turn["user"])
            if len(mine.split()) < min_words:
                continue
            for other in old:
                ratio = difflib.SequenceMatcher(None, mine, other).ratio()
                if ratio >= near:
                    bad.append(
                        f"{row['id']} turn {number}: {turn['user']!r} is a near copy ({ratio:.2f}) "
                        f"of earlier {other!r}"
                    )
                    break
    return bad


def main_strict(here: Path, near: float, min_words: int) -> int:
    """``main_with_near_copies``, then ``later_turn_near_copies``; the exit status."""
    status = main_with_near_copies(here, near)
    if status:
        return status
    problems = later_turn_near_copies(here, near, min_words)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"ok: no later turn of {min_words}+ words is a near copy (ratio >= {near}) of an earlier set")
    return 0


if __name__ == "__main__":
    sys.exit(
        main(Path(sys.argv[1]).resolve()) if len(sys.argv) > 1 else "usage: heldout_check.py eval/freshN"
    )
