"""notebooks/04_formulas_by_decade.ipynb runs top to bottom and finds the formulas of each decade."""

from __future__ import annotations

import pytest

from conftest import CORPUS, ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


def test_formulas_by_decade_notebook():
    if not (CORPUS / "gwr-national").is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    path = ROOT / "notebooks" / "04_formulas_by_decade.ipynb"
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "Traceback" not in text
    tables = {block.split(" ", 1)[0]: block for block in text.split("=== ")[1:]}
    assert set(tables) == {"1950s", "1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "2020s"}
    for decade, formulas in {
        "1970s": ["四人帮", "四个现代化"],
        "1980s": ["四项基本原则", "革命化、现代化、正规化"],
        "2000s": ["三个代表", "三农", "一国两制、港人治港、澳人治澳"],
        "2010s": ["一带一路", "四个全面", "双创"],  # 三去一降一补 is 31st since the third pass
        "2020s": ["两个确立", "两个维护", "六稳"],
    }.items():
        for f in formulas:
            assert f"\n{f} " in tables[decade], (decade, f)
