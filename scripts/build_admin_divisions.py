"""Build src/policytext/data/admin_divisions.txt from the division codes shipped by cpca.

cpca (MIT licence, https://github.com/DQinYuan/chinese_province_city_area_mapper) ships
``cpca/resources/adcodes.csv`` (GB/T 2260 codes and names). We keep the country, the 34
provincial-level and the prefecture-level divisions, each in full (河北省, 阳江市, 甘南藏族自治州)
and short form (河北, 阳江, 甘南: the administrative suffix and ethnic names removed). They are
never keywords: a place's name is the document's setting, not its topic (special zones such as
中关村, 雄安新区, 横琴 are not divisions and stay).

    pip download --no-deps cpca==0.5.5 -d /tmp/cpca && python scripts/build_admin_divisions.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "policytext" / "data" / "admin_divisions.txt"
COUNTRY = ["中华人民共和国", "中国"]
SKIP = re.compile(r"直辖|市辖区|行政区划")
SUFFIX = re.compile(r"(特别行政区|自治区|自治州|自治县|地区|省|市|盟)$")


def short_form(name: str, nations: list[str]) -> str:
    base = SUFFIX.sub("", name)
    changed = True
    while changed:
        changed = False
        for n in nations:
            if base.endswith(n) and len(base) > len(n) + 1:
                base = base[: -len(n)]
                changed = True
    return base


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    with zipfile.ZipFile(argv[0]) as z:
        codes = list(csv.DictReader(io.TextIOWrapper(z.open("cpca/resources/adcodes.csv"), "utf-8")))
        nations = [ln.strip() for ln in io.TextIOWrapper(z.open("cpca/resources/56_nations.csv"), "utf-8")
                   if ln.strip()]
    nations = sorted(set(nations) | {n[:-1] for n in nations if len(n) > 2}, key=len, reverse=True)
    names = set(COUNTRY)
    for row in codes:
        code, name = row["adcode"], row["name"]
        if code[4:] != "0" * 8 or SKIP.search(name) or len(name) < 2:
            continue  # counties and below, and placeholder rows
        names.add(name)
        short = short_form(name, nations)
        if len(short) >= 2:
            names.add(short)
    header = (
        "# Administrative divisions: the country, provincial- and prefecture-level divisions, full and short\n"
        "# forms. Never keywords: a division's name is a document's setting, not its topic.\n"
        "# Source: cpca 0.5.5 resources/adcodes.csv (MIT licence, GB/T 2260 names), built by\n"
        "# scripts/build_admin_divisions.py. Sorted, no duplicates.\n"
    )
    OUT.write_text(header + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{OUT}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
