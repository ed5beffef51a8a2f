"""Award announcements: is an item about an award won, which level, who won what from whom.

    >>> r = classify_award("LubMed granted National Key Cluster status", "", "en")
    >>> r.is_award, r.name, r.recipient
    (True, 'National Key Cluster', 'LubMed')
"""

from __future__ import annotations

from monitor.awards.classifier import AwardResult, award_details_en, classify_award

__all__ = ["AwardResult", "award_details_en", "classify_award"]
