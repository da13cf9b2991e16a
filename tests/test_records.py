import dataclasses

import pytest

from policytext.records import Parallel, Quantity, Section, Span


def test_records_are_frozen():
    q = Quantity(text="11万家", start=0, end=4, kind="count", value=110000, unit="家")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.value = 1


def test_nested_to_dict():
    p = Parallel(text="转得出、帮得上", start=0, end=7, level="phrase", template="V得C",
                 components=(Span("转得出", 0, 3), Span("帮得上", 4, 7)))
    assert p.to_dict() == {
        "text": "转得出、帮得上", "start": 0, "end": 7, "level": "phrase", "template": "V得C",
        "components": [{"text": "转得出", "start": 0, "end": 3}, {"text": "帮得上", "start": 4, "end": 7}],
    }


def test_section_children_to_dict():
    child = Section(start=5, end=9, level=2, number=1, heading="(一)甲", heading_start=5, heading_end=9, title="甲")
    parent = Section(start=0, end=9, level=1, number=1, heading="一、乙", heading_start=0, heading_end=3,
                     title="乙", children=(child,))
    d = parent.to_dict()
    assert d["children"][0]["title"] == "甲"
    assert d["children"][0]["children"] == []
