"""The attributes a reviewed or checked result carries, one list for both processes: the review's
decision and when it was made (qgis_ui/review.py), a second opinion's agreement and the model that
suggested a polygon (second_opinion.py on each side), and how a stored value reads as a decision
(review_stats.py). The values are data, never translated."""

from __future__ import annotations

REVIEW, REVIEWED_AT = "review", "reviewed_at"
AGREEMENT, SUGGESTED_BY = "agreement", "suggested_by"
ACCEPTED, REJECTED, UNREVIEWED = "accepted", "rejected", "unreviewed"
DECISIONS = (ACCEPTED, REJECTED, UNREVIEWED)


def decision(value) -> str:
    """A stored ``review`` value as one of DECISIONS: no decision (empty, NULL, anything else) is
    unreviewed; case and spaces do not matter (a value typed in a table)."""
    text = str(value).strip().lower() if value is not None else ""
    return text if text in (ACCEPTED, REJECTED) else UNREVIEWED
