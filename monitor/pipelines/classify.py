"""Flag award announcements (and configured topics), keeping the evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.awards import classify_award
from monitor.items import ArticleItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class ClassifyPipeline:
    def __init__(self, crawler: "Crawler"):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: "Crawler") -> "ClassifyPipeline":
        return cls(crawler)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        result = classify_award(item.title, item.body, item.language)
        item.is_award = result.is_award
        item.award_level = result.level
        item.award_score = result.score
        item.award_name = result.name
        item.award_body = result.body
        item.award_recipient = result.recipient
        item.award_evidence = result.evidence or None
        if result.is_award:
            item.topics = [*item.topics, "awards"]
            self.crawler.stats.inc_value("monitor/items/award")
        return item
