"""The documentation: the MkDocs site builds with --strict, and every Python example in it runs."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import CORPUS, ROOT

DOCS = ROOT / "docs"
PAGES = sorted(p.name for p in DOCS.glob("*.md"))
_BLOCK = re.compile(r"^```(python|pycon)\n(.*?)^```", re.S | re.M)


def test_site_builds_strictly(tmp_path):
    pytest.importorskip("mkdocs")
    pytest.importorskip("mkdocstrings")
    out = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert "extract_quantities" in api and "corpus_frame" in api and "render_html" in api
    assert "&gt;&gt;&gt;" in api and "<code" in api  # doctest examples shown as code


def test_every_page_is_in_the_nav():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert [p for p in PAGES if p not in nav] == []


@pytest.mark.parametrize("page", [p for p in PAGES if _BLOCK.search((DOCS / p).read_text(encoding="utf-8"))])
def test_python_examples_run(page, monkeypatch):
    """```python blocks run in order in one namespace per page; ```pycon blocks are doctests."""
    import doctest

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    source = (DOCS / page).read_text(encoding="utf-8")
    if "../shared/corpus" in source and not CORPUS.is_dir():
        pytest.skip(f"{page} reads ../shared/corpus, which is not beside the repository")
    monkeypatch.chdir(ROOT)  # the examples read seeds/ like a user in a clone of the repository
    namespace: dict = {"__name__": f"docs_{page[:-3]}"}
    exec("import policytext", namespace)
    for i, (lang, block) in enumerate(_BLOCK.findall(source)):
        try:
            if lang == "python":
                exec(compile(block, f"{page}#{i}", "exec"), namespace)
                continue
            test = doctest.DocTestParser().get_doctest(block, namespace, f"{page}#{i}", page, 0)
            runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
            runner.run(test, clear_globs=False)
            assert runner.failures == 0, f"{page}#{i}: {runner.failures} doctest failure(s), see the output above"
        finally:
            plt.close("all")
