"""The quantity lexicons, loaded once from ``policytext/data/quantities/``, and the patterns built
from them as named fragments (number, magnitude, unit, qualifier).

Nothing here knows about a particular text: the extractor asks :func:`lexicon` for the compiled
tables. Everything is built lazily on first use and cached.

>>> lex = lexicon()
>>> lex.units["亿元"] if "亿元" in lex.units else lex.units["元"]
('money', 'CNY')
>>> lex.numerals["两"]
(2, 'digit')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..data import data_path, read_lines, read_table

__all__ = ["Lexicon", "lexicon"]

_DIR = "quantities/"


def _file(name: str):
    return data_path(_DIR + name)


def _alternation(words) -> str:
    """A regex alternation of literal words, longest first (so 平方公里 wins over 公里)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    """Compiled quantity tables.

    Attributes:
        numerals: char -> (value, role); roles digit, unit (十百千), magnitude (万亿兆), vague (几),
            point, minus, and, dozen, half.
        units: unit -> (kind, ISO currency or "").
        qualifiers_before / qualifiers_after: word -> qualifier ("none" blocks a shorter word).
        blockers: unit -> words that, following it, show it is not a unit there.
        exceptions: compiled alternation of fixed words / numeric slogans.
        congress_followers: words after N大 that make it a congress (党的十九大精神).
        date_suffixes: words extending a year (末, 底, 上半年 ...), longest first.
        share_bases: nouns a share is taken of (全国, 全球 ...).
        nearly_before: words before 近 + a duration that make it mean nearly (经过近二十年).
        roles: cue -> role, for change figures.
        role_heads: the cues that are also nouns (占比, 增速): they end an indicator.
        role_objects: the change verbs that may take their object before the figure (减少贫困人口).
        run: the regex of a number run (digits, Chinese numerals, magnitudes, spaces inside).
        unit_re: the regex of a unit at a position (longest first, optional /denominator).
    """

    numerals: dict
    units: dict
    qualifiers_before: dict
    qualifiers_after: dict
    blockers: dict
    exceptions: re.Pattern
    congress_followers: frozenset
    date_suffixes: tuple
    share_bases: tuple
    nearly_before: tuple
    roles: dict
    role_heads: frozenset
    role_objects: frozenset
    run: re.Pattern
    unit_re: re.Pattern
    before_re: re.Pattern
    after_re: re.Pattern
    role_re: re.Pattern
    chars: dict
    symbols: dict


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the quantity tables (once)."""
    numerals: dict[str, tuple] = {}
    for row in read_table(_file("numerals.tsv")):
        v = Decimal(row["value"])
        numerals[row["char"]] = (int(v) if v == v.to_integral_value() else v, row["role"])
    chars = {role: "".join(sorted(c for c, (_, r) in numerals.items() if r == role))
             for role in {r for _, r in numerals.values()}}
    units = {row["unit"]: (row["kind"], row["currency"]) for row in read_table(_file("units.tsv"))}
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for row in read_table(_file("qualifiers.tsv")):
        (before if row["position"] == "before" else after)[row["word"]] = row["qualifier"]
    blockers: dict[str, set] = {}
    for row in read_table(_file("unit_blockers.tsv")):
        blockers.setdefault(row["unit"], set()).add(row["followed_by"])
    role_rows = read_table(_file("roles.tsv"))
    roles = {row["cue"]: row["role"] for row in role_rows}

    # Named fragments of a number run.
    digit = f"[0-9{chars['digit']}]"
    small = f"[{chars['unit']}]"
    mag = f"[{chars['magnitude']}]"
    vague = f"[{chars['vague']}]"
    arabic = (r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+(?![0-9A-Za-z]))?"
              r"|\.[0-9]+)")
    point = f"[{chars['point']}](?= {{0,2}}{digit})"
    approx_inside = f"[余餘多](?= {{0,2}}(?:{small}|{mag}))"
    space = f" {{1,2}}(?=\\.[0-9]|[0-9{chars['digit']}{chars['unit']}{chars['magnitude']}{chars['vague']}{chars['point']}余餘多])"
    start = f"(?:[0-9]|\\.[0-9]|[{chars['digit']}]|[十拾])"
    run = re.compile(
        f"(?={start})(?:{arabic}|{digit}|{small}|{mag}|{vague}|{point}|{approx_inside}|{space})+"
    )
    denominators = list(units) + ["人", "户", "年", "月", "日", "天", "小时", "秒", "次", "亩", "人次"]
    unit_re = re.compile(
        f"(?P<unit>{_alternation(units)})(?:/(?P<per>{_alternation(denominators)}))?"
    )
    before_re = re.compile(f"(?:{_alternation(before)})$")
    after_re = re.compile(_alternation(after))
    role_re = re.compile(_alternation(roles))
    exceptions = re.compile(_alternation(read_lines(_file("exceptions.txt"))))
    suffixes = tuple(sorted(read_lines(_file("date_suffixes.txt")), key=lambda w: (-len(w), w)))
    return Lexicon(
        numerals=numerals,
        units=units,
        qualifiers_before=before,
        qualifiers_after=after,
        blockers=blockers,
        exceptions=exceptions,
        congress_followers=frozenset(read_lines(_file("congress_followers.txt"))),
        date_suffixes=suffixes,
        nearly_before=tuple(read_lines(_file("nearly_before.txt"))),
        share_bases=tuple(sorted(read_lines(_file("share_bases.txt")), key=lambda w: (-len(w), w))),
        roles=roles,
        role_heads=frozenset(row["cue"] for row in role_rows if row["head"] == "yes"),
        role_objects=frozenset(row["cue"] for row in role_rows if row["object"] == "yes"),
        run=run,
        unit_re=unit_re,
        before_re=before_re,
        after_re=after_re,
        role_re=role_re,
        chars=chars,
        symbols={row["symbol"]: (row["unit"], row["currency"])
                 for row in read_table(_file("currency_symbols.tsv"))},
    )
