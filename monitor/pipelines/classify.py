"""Flag award announcements and configured topics, keeping the evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.awards import classify_award
from monitor.awards.english import evidence_with_english
from monitor.items import ArticleItem
from monitor.topics import AWARDS, TopicMatcher

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class ClassifyPipeline:
    def __init__(self, crawler: "Crawler", topics: TopicMatcher):
        self.crawler = crawler
        self.topics = topics

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "ClassifyPipeline":
        return cls(crawler, TopicMatcher(crawler.settings.getlist("MONITOR_TOPICS")))

    def process_item(self, item: ArticleItem) -> ArticleItem:
        result = classify_award(item.title, item.body, item.language, item.summary)
        item.is_award = result.is_award
        item.award_level = result.level
        item.award_score = result.score
        item.award_name = result.name
        item.award_body = result.body
        item.award_recipient = result.recipient
        # Evidence is kept for rejected candidates too (an award word was there), so a reader sees why.
        item.award_evidence = result.evidence if (result.is_award or result.evidence.get("terms")) else None
        topics = list(item.topics)
        if result.is_award:
            topics.append(AWARDS)
            self.crawler.stats.inc_value("monitor/items/award")
        if self.topics:
            for name in self.topics.match(item.title, item.summary, item.body, language=item.language):
                topics.append(name)
                self.crawler.stats.inc_value(f"monitor/topics/{name}")
        item.topics = list(dict.fromkeys(topics))
        return item


class EnglishAwardDetailsPipeline:
    """After translation: the award details of a translated award item, read from its English text,
    kept in award_evidence["en"] ({"name", "recipient", "body"}); the award_* columns keep the names
    as the original writes them. (The items table has no English detail columns.)"""

    def process_item(self, item: ArticleItem) -> ArticleItem:
        # One rule for the crawl and for items translated later (monitor translate/daily).
        evidence = evidence_with_english({"is_award": item.is_award, "title": item.title,
                                          "award_evidence": item.award_evidence},
                                         {"title_en": item.title_en, "body_en": item.body_en,
                                          "summary_en": item.summary_en})
        if evidence is not None:
            item.award_evidence = evidence
        return item
