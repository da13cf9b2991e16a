"""Eight threads calling analyze() at once from a cold start give what one thread gives.

Each run is a fresh interpreter, so the threads race through every lazy initialisation: jieba's
dictionary, the policy dictionary, data files, compiled patterns, the default pipeline.
"""

import json
import subprocess
import sys

import pytest
from conftest import ROOT, SEED, corpus_file

SCRIPT = r"""
import json, sys, threading
import policytext
from policytext.tokenize import set_backend

backend, paths = sys.argv[1], sys.argv[2:]
if backend != "jieba":
    set_backend(backend)
texts = [open(p, encoding="utf-8").read() for p in paths]
texts = (texts * 3)[:8]  # eight threads, some on the same text
barrier = threading.Barrier(8)
results = [None] * 8
errors = []

def work(i):
    try:
        barrier.wait()
        doc = policytext.analyze(texts[i])
        results[i] = [doc.to_json(), [t.text for t in policytext.tokenize(texts[i][:2000])]]
    except BaseException as exc:  # report, do not hang the barrier
        errors.append(repr(exc))

threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
single = [[policytext.analyze(t).to_json(), [x.text for x in policytext.tokenize(t[:2000])]] for t in texts]
print(json.dumps({"errors": errors, "same": results == single, "n": len(results)}))
"""


@pytest.mark.parametrize("backend", ["jieba", "rjieba"])
def test_eight_threads_from_a_cold_start(backend):
    if backend == "rjieba":
        pytest.importorskip("rjieba")
    paths = [str(SEED), str(corpus_file("state-council/guofa-2018-44.txt")),
             str(corpus_file("local/jingjingxinfa-2022-87.txt"))]
    out = subprocess.run([sys.executable, "-c", SCRIPT, backend, *paths], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"errors": [], "same": True, "n": 8}
    assert out.stderr == ""
