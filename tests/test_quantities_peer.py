"""policytext against Microsoft Recognizers-Text's Chinese spec cases (../shared/peer-specs, MIT).

The same check as ``../shared/eval/peer_recognizers.py``: a case passes when the (text, value) pairs
policytext reports for the spec's own type equal the spec's results. Every case that fails must be
listed, with the reason, in ``tests/data/recognizers_deviations.md``; a case that starts failing
without being listed fails this test.
"""

from __future__ import annotations

import json
import math

import pytest

from conftest import DATA, SHARED
from policytext import extract_quantities

SPECS = SHARED / "peer-specs" / "recognizers-text" / "Specs"
MODELS = {
    "Number/Chinese/NumberModel.json": "number",
    "Number/Chinese/PercentModel.json": "percentage",
    "NumberWithUnit/Chinese/CurrencyModel.json": "currency",
    "NumberWithUnit/Chinese/DimensionModel.json": "dimension",
    "NumberWithUnit/Chinese/AgeModel.json": "age",
    "NumberWithUnit/Chinese/TemperatureModel.json": "temperature",
}


def _wanted(q, model: str) -> bool:
    kind, unit = q.kind, q.unit or ""
    if model == "number":
        return kind not in ("date", "ordinal")
    if model == "percentage":
        return kind == "percent"
    if model == "currency":
        return kind == "money"
    if model == "age":
        return unit in ("岁", "周岁", "年", "月", "周", "天") and kind in ("age", "count", "duration")
    if model == "temperature":
        return "度" in unit or "℃" in unit or kind == "temperature"
    return kind == "dimension"


def _number(v):
    try:
        return float(str(v).rstrip("%"))
    except (TypeError, ValueError):
        return None


def _passes(case: dict, model: str) -> bool:
    want = sorted((r["Text"], _number(r["Resolution"].get("value"))) for r in case["Results"])
    got = sorted((q.text, _number(q.value)) for q in extract_quantities(case["Input"]) if _wanted(q, model))
    return len(got) == len(want) and all(
        g[0] == w[0] and g[1] is not None and w[1] is not None and math.isclose(g[1], w[1], rel_tol=1e-6, abs_tol=1e-9)
        for g, w in zip(got, want))


def _cell(text: str) -> str:
    text = text if len(text) <= 60 else text[:57] + "…"
    return text.replace("|", "\\|").replace("\n", "⏎")


@pytest.fixture(scope="module")
def results():
    if not SPECS.is_dir():
        pytest.skip("../shared/peer-specs is not beside the repository")
    out = []
    for rel, model in MODELS.items():
        for case in json.loads((SPECS / rel).read_text(encoding="utf-8-sig")):
            if "python" in case.get("NotSupported", "").lower():
                continue
            out.append((model, case["Input"], _passes(case, model)))
    return out


def test_every_failure_is_listed_with_its_reason(results):
    listed = set()
    for line in (DATA / "recognizers_deviations.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split(" | ")]
        if line.startswith("| ") and len(cells) >= 4 and cells[0] != "| model":
            listed.add((cells[0].lstrip("| "), cells[1]))
    missing = [(m, i) for m, i, ok in results if not ok and (m, _cell(i)) not in listed]
    assert not missing, f"failing spec cases not explained in recognizers_deviations.md: {missing[:10]}"


def test_pass_rate_does_not_regress(results):
    rate = sum(ok for _, _, ok in results) / len(results)
    assert rate >= 0.72, rate
