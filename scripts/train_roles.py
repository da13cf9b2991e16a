#!/usr/bin/env python3
"""Train the sentence-role model shipped in src/policytext/data/sections/roles_model.json.

Reads training/roles.tsv (hand-labelled corpus sentences, see training/README.md), computes each
labelled sentence's context in its document (policytext.sections.sentence_contexts: our own
sentence split, structure and tokens, exactly as at prediction time), cross-validates by document
(GroupKFold, so no document is in both train and test), prints the scores of the rule baseline and
the model, then fits on everything and writes the model.

The seed gold (../shared/gold) is never read: it is for scoring, not for training.

Usage:
    python scripts/train_roles.py [--corpus ../shared/corpus] [--labels training/roles.tsv]
                                  [--out src/policytext/data/sections/roles_model.json] [--cv 5] [--C 0.5]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_examples(corpus: Path, labels: Path):
    from policytext.sections import sentence_contexts
    from policytext.tokenize import tokenize

    rows = list(csv.DictReader(labels.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    by_doc = defaultdict(list)
    for r in rows:
        by_doc[r["path"]].append(r)
    X, y, groups = [], [], []
    unmatched = 0
    for path, items in sorted(by_doc.items()):
        text = (corpus / path).read_bytes().decode("utf-8")
        contexts = sentence_contexts(text, tokens=tokenize(text))
        starts = [c.start for c in contexts]
        from bisect import bisect_right

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


def report(name: str, y_true, y_pred) -> float:
    acc = sum(a == b for a, b in zip(y_true, y_pred)) / len(y_true)
    print(f"{name}: accuracy {acc:.3f} on {len(y_true)} sentences")
    classes = sorted(set(y_true))
    for c in classes:
        tp = sum(a == b == c for a, b in zip(y_true, y_pred))
        fp = sum(b == c and a != c for a, b in zip(y_true, y_pred))
        fn = sum(a == c and b != c for a, b in zip(y_true, y_pred))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"   {c:<12} p {p:.2f} r {r:.2f} f1 {f:.2f} (n={tp + fn})")
    return acc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--labels", type=Path, default=ROOT / "training" / "roles.tsv")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "policytext" / "data" / "sections" / "roles_model.json")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--class-weight", default=None)
    a = ap.parse_args()

    sys.path.insert(0, str(ROOT / "src"))
    from sklearn.model_selection import GroupKFold

    from policytext.sections import RoleClassifier, rule_role
    from policytext.sections.roles import final_role

    t0 = time.perf_counter()
    X, y, groups, n_rows, unmatched = load_examples(a.corpus, a.labels)
    print(f"{n_rows} labelled rows, {len(X)} matched to sentences ({unmatched} unmatched), "
          f"{len(set(groups))} documents, {time.perf_counter() - t0:.1f}s")
    print("labels:", dict(Counter(y).most_common()))
    report("rule baseline (all data)", y, [rule_role(x) for x in X])

    if a.cv > 1:
        import numpy as np

        pred = [None] * len(X)
        for train, test in GroupKFold(n_splits=a.cv).split(X, y, groups):
            clf = RoleClassifier(C=a.C, min_count=a.min_count, class_weight=a.class_weight).fit(
                [X[i] for i in train], [y[i] for i in train])
            scores = clf.decision_function([X[i] for i in test])
            classes = [str(c) for c in clf.classes_]
            for i, row in zip(test, np.argsort(-scores, axis=1)):
                pred[i] = final_role(X[i], [classes[k] for k in row])
        report(f"model, {a.cv}-fold cross-validation by document (C={a.C})", y, pred)

    clf = RoleClassifier(C=a.C, min_count=a.min_count, class_weight=a.class_weight).fit(X, y)
    print(f"final model: {len(clf.vocabulary_)} features, classes {list(clf.classes_)}")
    if not a.no_write:
        source = (f"policytext scripts/train_roles.py: logistic regression (C={a.C}, min_count={a.min_count}) "
                  f"on {len(X)} hand-labelled sentences of ../shared/corpus from training/roles.tsv "
                  f"(see training/README.md); the seed gold is not used")
        clf.save(a.out, source=source)
        print(f"wrote {a.out} ({a.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
