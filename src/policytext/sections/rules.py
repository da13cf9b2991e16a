"""The transparent rule layer of sentence roles.

- :func:`rule_role`: the baseline, a fixed order of cue rules readable in the code; the trained
  model also sees its answer as a feature.
- :func:`final_role`: what structure and discourse impose on the model's ranking (a heading is
  *other*, reported speech is *quote*, a purpose clause or a definition is *background*, the
  review before an outlook paragraph is not *plan*).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text import check_text
from .context import _HEAD_FUTURE, _HEAD_REVIEW, SentenceContext, sentence_cues

__all__ = ["final_role", "rule_role"]


def rule_role(ctx: SentenceContext | str) -> str:
    """The transparent baseline: a sentence's role from its cues and context, by fixed rules.

    In order: structure (title, byline, heading, furniture) → other; a leader's reported words,
    or words inside a quotation a speech cue opened (毛主席指出：“ / … / ”) → quote; a definition
    or general statement without figures, a purpose clause (为了…，制定本条例), a definition
    (本条例所称…，是指…) or the guiding-ideology formula (以…思想为指导) → background; a future opener or target, or a
    paragraph opened by one → plan (unless the sentence reports the past); figures or results with
    past markers → achievement; provisions of directives and laws → measure; in a report's
    forward-looking section → plan; else measure when it acts (我们…, an action verb) and
    background when it does not.

    >>> rule_role("习近平总书记指出，“科技创新是核心。”"), rule_role("企业是创新的主体。")
    ('quote', 'background')
    >>> rule_role("截至2024年末，在京独角兽企业115家。"), rule_role("力争实现重大突破。")
    ('achievement', 'plan')
    """
    if isinstance(ctx, str):
        check_text(ctx, "rule_role")
        ctx = SentenceContext(ctx, 0, len(ctx), cues=sentence_cues(ctx))
    c, o = ctx.cues, ctx.opener_cues
    if ctx.structural:
        return "other"
    if "quote_cue" in c or (ctx.quotation == "cued" and ctx.quoted_share >= 0.5):
        return "quote"
    past = "past" in c or "past" in ctx.year_relation
    results = "figure" in c or "achieved" in c
    if ("define" in c and not results and "we" not in c) or _FRAMING & c or "guiding" in c:
        return "background"
    future_here = "plan_open" in c or "outlook" in c or "target" in c or "future" in ctx.year_relation
    future_para = ("plan_open" in o or "outlook" in o) and not past
    if (future_here and not (past and results)) or future_para:
        return "plan"
    if results and (past or "change" in c or "achieved" in c):
        return "achievement"
    if ctx.doc_kind == "directive" or "legal" in c:
        return "measure"
    heading_future = _HEAD_FUTURE.search(ctx.heading) or "future" in ctx.heading_year_relation or (
        "current" in ctx.heading_year_relation and not _HEAD_REVIEW.search(ctx.heading))
    if ctx.doc_kind in ("report", "plan") and heading_future and not past:
        return "plan"
    if ctx.doc_kind == "plan" and not past:
        return "plan"
    if "ideal" in c and "we" not in c:
        return "background"
    if "we" in c or "imperative" in c or past:
        return "measure"
    return "background"


_FUTURE_CUES = frozenset({"target", "plan_open", "outlook"})
#: Framing that no context turns into an action: a purpose clause, a definition.
_FRAMING = frozenset({"purpose", "definition"})


def final_role(ctx: SentenceContext, ranked: Sequence[str]) -> str:
    """The model's role, within what the surface and the discourse allow.

    ``ranked`` lists the model's roles, best first. Structure decides *other* (a title, heading
    or furniture line), reported speech decides *quote*, and a purpose clause or a definition is
    *background* (their cues are rare in training, and a directive's context would outvote them:
    为了规范专利代理行为…，制定本条例。 / 本条例所称专利代理，是指…). A section that reviews and then turns
    to an outlook paragraph (面向新征程 / 下一步 / 今后，我们将…) speaks of the past before the turn:
    there a sentence without a future cue of its own is not a *plan*, and after the turn a sentence
    without a past cue is one. What a directive that assigns tasks (意见, 方案, a 通知 of tasks)
    orders is a *plan*, a commitment for the coming years, unless it reports the past; the
    provisions of a regulation (条例, 办法, articles) stay *measure* (``ctx.provisions``).

    >>> final_role(SentenceContext("一、总体要求", 0, 6, structural=True), ["plan"])
    'other'
    >>> final_role(SentenceContext("建成平台26家。", 0, 8, outlook="before"), ["plan", "achievement"])
    'achievement'
    >>> final_role(SentenceContext("加快发展跨境电商。", 0, 9, doc_kind="directive"), ["measure"])
    'plan'
    >>> final_role(SentenceContext("加快发展跨境电商。", 0, 9, doc_kind="directive", provisions=True), ["measure"])
    'measure'
    >>> final_role(SentenceContext("为了规范管理，制定本办法。", 0, 13, cues=frozenset({"purpose"})), ["measure"])
    'background'
    """
    if ctx.structural:
        return "other"
    if "quote_cue" in ctx.cues:
        return "quote"
    if _FRAMING & ctx.cues:
        return "background"
    best = ranked[0]
    own_future = bool(_FUTURE_CUES & ctx.cues) or "future" in ctx.year_relation
    if ctx.outlook == "before" and best == "plan" and not own_future:
        return next((r for r in ranked if r not in ("plan", "other", "quote")), best)
    if ctx.outlook == "after" and best not in ("plan", "quote", "other") and "past" not in ctx.cues:
        return "plan"
    if (best == "measure" and ctx.doc_kind == "directive" and not ctx.provisions
            and not ({"past", "legal"} & ctx.cues)):
        return "plan"
    return best
