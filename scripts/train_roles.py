#!/usr/bin/env python3
"""Train the sentence-role model shipped in src/policytext/data/sections/roles_model.json.

Reads training/roles.tsv (hand-labelled corpus sentences, see training/README.md), computes each
labelled sentence's context in its document (policytext.sections.sentence_contexts: our own
sentence split and structure, exactly as at prediction time), cross-validates by document
(GroupKFold, so no document is in both train and test), prints the tables of the rule baseline and
the model (per role, and per corpus folder), then fits on everything and writes the model.

The run is deterministic: GroupKFold does not shuffle, and the logistic regression (lbfgs) has no
randomness; ``--seed`` is passed to it all the same. The features do not depend on jieba's
dictionary (characters and character bigrams), so the model need not be retrained when the
policy dictionary grows.

``--dev DIR`` (repeatable) scores the final model on gold documents after training, the way
../shared/eval/score.py does (a sentence is right when its role is one of the gold's roles). Dev
documents are only scored, never trained on; documents of the corpus that a dev set was cut from
can be left out of training with ``--exclude PATH`` to see the score without any overlap.

Usage:
    python scripts/train_roles.py [--corpus ../shared/corpus] [--labels training/roles.tsv]
        [--out src/policytext/data/sections/roles_model.json] [--cv 5] [--C 1.0] [--min-count 2] [--class-weight none]
        [--dev /work/gold2 --dev ../shared/gold] [--exclude state-council/guoling-706.txt] [--no-write]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_examples(corpus: Path, labels: Path):
    """The labelled rows as (contexts, roles, document paths, number of rows, rows not aligned)."""
    from policytext.sections import sentence_contexts

    rows = list(csv.DictReader(labels.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["path"]].append(r)
    X, y, groups = [], [], []
    unmatched = 0
    for path, items in sorted(by_doc.items()):
        text = (corpus / path).read_bytes().decode("utf-8")
        contexts = sentence_contexts(text)
        starts = [c.start for c in contexts]
        for r in items:
            s, e = int(r["start"]), int(r["end"])
            k = bisect_right(starts, s) - 1
            best, overlap = None, 0
            for c in contexts[max(k - 1, 0):k + 3]:
                ov = min(e, c.end) - max(s, c.start)
                if ov > overlap:
                    best, overlap = c, ov
            if best is None:
                unmatched += 1
                continue
            X.append(best)
            y.append(r["role"])
            groups.append(path)
    return X, y, groups, len(rows), unmatched


def report(name: str, y_true, y_pred, groups=None) -> float:
    """Print accuracy, per-role precision/recall/F1 and, given groups, accuracy per corpus folder."""
    acc = sum(a == b for a, b in zip(y_true, y_pred)) / len(y_true)
    print(f"{name}: accuracy {acc:.3f} on {len(y_true)} sentences")
    print(f"   {'role':<12} {'p':>5} {'r':>5} {'f1':>5} {'n':>5}")
    for c in sorted(set(y_true)):
        tp = sum(a == b == c for a, b in zip(y_true, y_pred))
        fp = sum(b == c and a != c for a, b in zip(y_true, y_pred))
        fn = sum(a == c and b != c for a, b in zip(y_true, y_pred))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"   {c:<12} {p:5.2f} {r:5.2f} {f:5.2f} {tp + fn:5d}")
    if groups is not None:
        folders = defaultdict(list)
        for a, b, g in zip(y_true, y_pred, groups):
            folders[g.split("/")[0]].append(a == b)
        print("   " + "  ".join(f"{k} {sum(v) / len(v):.3f} (n={len(v)})" for k, v in sorted(folders.items())))
    confusion = Counter((a, b) for a, b in zip(y_true, y_pred) if a != b)
    print("   most confused (gold -> predicted):",
          ", ".join(f"{a}->{b} {n}" for (a, b), n in confusion.most_common(6)))
    return acc


def score_dev(clf, gold_dir: Path) -> None:
    """Score the model on every NAME.txt of ``gold_dir`` that has a NAME.roles.json beside it."""
    from policytext.sections import classify_sentences

    ok_all = n_all = 0
    for txt in sorted(gold_dir.glob("*.txt")):
        roles = txt.with_suffix(".roles.json")
        if not roles.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        predicted = classify_sentences(text, model=clf)
        gold = json.loads(roles.read_text(encoding="utf-8"))["sentences"]
        ok = 0
        for g in gold:
            best = max(predicted, key=lambda s: min(g["end"], s.end) - max(g["start"], s.start))
            ok += best.role in g["roles"]
        ok_all += ok
        n_all += len(gold)
        print(f"   {txt.name:<40} {ok / len(gold):.3f} (n={len(gold)})")
    if n_all:
        print(f"   {gold_dir}: role accuracy {ok_all / n_all:.3f} (n={n_all})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--labels", type=Path, default=ROOT / "training" / "roles.tsv")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "policytext" / "data" / "sections" / "roles_model.json")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--class-weight", default="none", help="'balanced' or 'none'")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-weight", type=float, default=0.02,
                    help="leave out features whose largest absolute coefficient is below this")
    ap.add_argument("--dev", type=Path, action="append", default=[], help="gold directory to score on (repeatable)")
    ap.add_argument("--exclude", action="append", default=[], help="corpus path to leave out of training")
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args()
    if a.class_weight in ("none", "None", ""):
        a.class_weight = None

    sys.path.insert(0, str(ROOT / "src"))
    from sklearn.model_selection import GroupKFold

    from policytext.sections import RoleClassifier, final_role, rule_role

    t0 = time.perf_counter()
    X, y, groups, n_rows, unmatched = load_examples(a.corpus, a.labels)
    if a.exclude:
        keep = [i for i, g in enumerate(groups) if g not in set(a.exclude)]
        print(f"left out of training: {len(X) - len(keep)} sentences of {sorted(set(a.exclude))}")
        X, y, groups = [X[i] for i in keep], [y[i] for i in keep], [groups[i] for i in keep]
    print(f"{n_rows} labelled rows, {len(X)} matched to sentences ({unmatched} unmatched), "
          f"{len(set(groups))} documents, {time.perf_counter() - t0:.1f}s")
    print("labels:", dict(Counter(y).most_common()))
    report("rule baseline (all data)", y, [rule_role(x) for x in X], groups)

    def model():
        return RoleClassifier(C=a.C, min_count=a.min_count, class_weight=a.class_weight, random_state=a.seed)

    if a.cv > 1:
        import numpy as np

        pred = [None] * len(X)
        for train, test in GroupKFold(n_splits=a.cv).split(X, y, groups):
            clf = model().fit([X[i] for i in train], [y[i] for i in train])
            scores = clf.decision_function([X[i] for i in test])
            classes = [str(c) for c in clf.classes_]
            for i, row in zip(test, np.argsort(-scores, axis=1)):
                pred[i] = final_role(X[i], [classes[k] for k in row])
        report(f"model, {a.cv}-fold cross-validation by document (C={a.C}, min_count={a.min_count})",
               y, pred, groups)

    clf = model().fit(X, y)
    print(f"final model: {len(clf.vocabulary_)} features, classes {[str(c) for c in clf.classes_]}")
    for d in a.dev:
        print(f"dev set {d} (scored, not trained on; the final model, pruned as written):")
        score_dev(RoleClassifier.from_dict(clf.to_dict(min_weight=a.min_weight)), d)
    if not a.no_write:
        source = (f"policytext scripts/train_roles.py: logistic regression (C={a.C}, min_count={a.min_count}, "
                  f"class_weight={a.class_weight}) "
                  f"over context features and character n-grams, on {len(X)} hand-labelled sentences of "
                  f"../shared/corpus from training/roles.tsv (see training/README.md); the seed gold is not used")
        clf.save(a.out, source=source, min_weight=a.min_weight)
        print(f"wrote {a.out} ({a.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
