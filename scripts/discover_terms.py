"""Grow the policy user dictionary (src/policytext/data/policy_dict.txt) from ../shared/corpus.

Three steps, re-runnable:

1. ``python scripts/discover_terms.py candidates`` runs
   :func:`policytext.keywords.discover_terms` over the corpus (frequency, PMI cohesion, left/right
   boundary entropy over jieba tokens), drops shapes that are never terms (numbers, counters,
   stop words as a whole), and writes the ``--top`` best candidates that have not been reviewed
   yet to ``build/term_candidates.tsv`` with their statistics.
2. A person reviews them: each term goes to ``scripts/term_review/accepted.txt`` (a real term: a
   named concept, programme, institution, policy instrument, indicator or fixed formula) or to
   ``scripts/term_review/rejected.txt`` (a fragment, a turn of phrase, a generic combination).
3. ``python scripts/discover_terms.py apply`` writes policy_dict.txt: the hand-picked terms
   (``scripts/term_review/hand_picked.txt``) and the accepted ones, sorted and unique, tagged
   ``nz``, with the provenance in the header. ``check`` reports accepted terms that the
   tokenizer still splits inside corpus sentences.

Traditional-character documents (gwr-national/1954.txt, congress/1923-3rd.txt) are left out of
discovery: the dictionary is for simplified text.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

from _corpus import DEFAULT_CORPUS, iter_documents  # noqa: E402

REVIEW = HERE / "term_review"
ACCEPTED = REVIEW / "accepted.txt"
REJECTED = REVIEW / "rejected.txt"
HAND_PICKED = REVIEW / "hand_picked.txt"
DICTIONARY = ROOT / "src" / "policytext" / "data" / "policy_dict.txt"
CANDIDATES = ROOT / "build" / "term_candidates.tsv"
TRADITIONAL = frozenset({"gwr-national/1954.txt", "congress/1923-3rd.txt"})

# discovery settings used for the shipped dictionary
SETTINGS = dict(min_count=5, min_pmi=2.0, min_entropy=1.0, max_tokens=4, min_chars=3, max_chars=10)

HEADER = """\
# policytext policy user dictionary for jieba: one term per line, "word [freq] [tag]".
# Source: hand-picked policy terms (scripts/term_review/hand_picked.txt) and terms discovered in
# ../shared/corpus ({n_docs} documents) by scripts/discover_terms.py (frequency >= {min_count},
# PMI >= {min_pmi}, left/right entropy >= {min_entropy}) and accepted on review
# (scripts/term_review/accepted.txt; rejects in rejected.txt). Regenerate with
# `python scripts/discover_terms.py apply`; do not edit by hand. Sorted, no duplicates.
"""


def read_terms(path: Path) -> list[str]:
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.split()[0])
    return out


def write_terms(path: Path, terms, header: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + "".join(f"{t}\n" for t in sorted(set(terms))), encoding="utf-8")


def corpus_texts(corpus: Path) -> list[str]:
    return [text for rel, text in iter_documents(corpus) if rel not in TRADITIONAL]


def term_shape_ok(cand) -> bool:
    """Shapes that are never dictionary terms, whatever their statistics."""
    from policytext.keywords.lexicon import _NUMBER, is_candidate, stopwords

    if not is_candidate(cand.term):
        return False
    stop = stopwords()
    if cand.tokens[0] in stop and len(cand.tokens) == 2 and cand.tokens[1] in stop:
        return False  # two generic words (重点领域 stays only if reviewed in)
    return not any(_NUMBER.match(t) for t in cand.tokens)


def discovery_cut():
    """jieba with only the hand-picked terms added (HMM off), so that discovery does not depend on
    what earlier reviews accepted and re-runs give the same candidates."""
    from policytext.tokenize import _import_jieba

    import logging

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tk = _import_jieba().Tokenizer()
    tk.initialize()
    for term in read_terms(HAND_PICKED):
        tk.add_word(term)

    def cut(line: str) -> list[str]:
        return tk.lcut(line, HMM=False)

    return cut


def cmd_candidates(a) -> int:
    from policytext.keywords.discover import discover_terms

    texts = corpus_texts(a.corpus)
    cands = [c for c in discover_terms(texts, cut=discovery_cut(), **SETTINGS) if term_shape_ok(c)]
    reviewed = set(read_terms(ACCEPTED)) | set(read_terms(REJECTED)) | set(read_terms(HAND_PICKED))
    new = [c for c in cands[: a.top] if c.term not in reviewed]
    CANDIDATES.parent.mkdir(parents=True, exist_ok=True)
    with CANDIDATES.open("w", encoding="utf-8") as fh:
        fh.write("term\ttokens\tcount\tpmi\tleft_entropy\tright_entropy\tscore\n")
        for c in new:
            fh.write(f"{c.term}\t{'/'.join(c.tokens)}\t{c.count}\t{c.pmi}\t{c.left_entropy}\t"
                     f"{c.right_entropy}\t{c.score}\n")
    print(f"{len(cands)} candidates pass the shape filter; {len(new)} of the top {a.top} are not "
          f"reviewed yet -> {CANDIDATES}")
    return 0


def cmd_apply(a) -> int:
    accepted = set(read_terms(ACCEPTED))
    rejected = set(read_terms(REJECTED))
    both = accepted & rejected
    if both:
        print(f"terms both accepted and rejected: {sorted(both)[:20]}", file=sys.stderr)
        return 1
    terms = set(read_terms(HAND_PICKED)) | accepted
    n_docs = sum(1 for _ in corpus_texts(a.corpus)) if a.corpus.is_dir() else "?"
    header = HEADER.format(n_docs=n_docs, **SETTINGS)
    DICTIONARY.write_text(header + "".join(f"{t} nz\n" for t in sorted(terms)), encoding="utf-8")
    print(f"{DICTIONARY}: {len(terms)} terms")
    return 0


def cmd_check(a) -> int:
    """Accepted terms that the tokenizer splits where they occur in the corpus (an occurrence
    inside a longer token, 基本养老 in 基本养老保险, is not split)."""
    from policytext.tokenize import tokenize

    terms = set(read_terms(HAND_PICKED)) | set(read_terms(ACCEPTED))
    split: dict[str, int] = {}
    seen: dict[str, int] = {}
    for text in corpus_texts(a.corpus):
        for line in text.splitlines():
            hits = [t for t in terms if t in line] if line.strip() else []
            if not hits:
                continue
            toks = tokenize(line)
            cover = [None] * (len(line) + 1)  # cover[i]: the token containing character i
            for tok in toks:
                for i in range(tok.start, tok.end):
                    cover[i] = (tok.start, tok.end)
            for term in hits:
                start = line.find(term)
                while start >= 0:
                    seen[term] = seen.get(term, 0) + 1
                    tok = cover[start]
                    if tok is None or tok[1] < start + len(term):
                        split[term] = split.get(term, 0) + 1
                    start = line.find(term, start + 1)
    worst = sorted(split, key=lambda t: -split[t] / seen[t])
    for t in worst[: a.top]:
        print(f"{t}\tsplit {split[t]} of {seen[t]}")
    whole = sum(seen.values()) - sum(split.values())
    print(f"{whole} of {sum(seen.values())} occurrences of {len(seen)} terms segment whole")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("command", choices=["candidates", "apply", "check"])
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--top", type=int, default=3000, help="candidates to list / split terms to show")
    a = p.parse_args(argv)
    return {"candidates": cmd_candidates, "apply": cmd_apply, "check": cmd_check}[a.command](a)


if __name__ == "__main__":
    sys.exit(main())
