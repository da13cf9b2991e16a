"""The notebooks run top to bottom, as a new user would run them (executed with nbclient)."""

from __future__ import annotations

import os

import pytest

from conftest import CORPUS, ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = ROOT / "notebooks"


def _run(name: str):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # keep the inline backend
    # One BLAS/OpenMP thread: on a shared 2-core runner, two threads per process make small
    # scikit-learn fits 30 times slower (measured: 0.17 s vs 4.8 s for one logistic regression).
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    client.execute(env=env)
    return nb


def _outputs(nb, kind: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if kind in o.get("data", {})]


def _errors(nb) -> list[str]:
    return [o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.get("name") == "stderr" and ("Traceback" in o.get("text", "") or "Error" in o.get("text", ""))]


def test_quickstart_first_screen_answers_figures_formulas_sections():
    nb = _run("01_quickstart.ipynb")
    first = nb.cells[1].outputs[0]["data"]["text/html"]  # the doc itself, the first thing shown
    for what in ("figures", "parallel formulas", "numeric abbreviations", "quoted phrases", "sections"):
        assert f"</b> {what}" in first
    assert 'class="pt-outline"' in first and "北京全力推进国际科技创新中心建设" in first
    assert len(_outputs(nb, "image/png")) == 1  # the three plots
    assert not _errors(nb)


def test_corpus_notebook_runs_on_the_national_reports():
    if not (CORPUS / "gwr-national").is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    nb = _run("02_corpus.ipynb")
    assert len(_outputs(nb, "image/png")) >= 2
    assert not _errors(nb)


def test_train_your_classifier_beats_the_rules_by_document():
    if not (CORPUS / "gwr-provincial").is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    nb = _run("03_train_your_classifier.ipynb")
    assert not _errors(nb)
    [accuracy] = [o["data"]["text/plain"] for o in _outputs(nb, "text/plain")
                  if "rules (no training)" in o["data"]["text/plain"]]
    scores = {line.rsplit(None, 1)[0].strip(): float(line.rsplit(None, 1)[1])
              for line in accuracy.splitlines() if line[:1].isalpha() and not line.startswith("dtype")}
    assert scores["RoleClassifier (3-fold by document)"] > scores["rules (no training)"] > 0.3
    assert len(_outputs(nb, "image/png")) == 1 and len(_outputs(nb, "text/html")) >= 1
