"""Configured topics: bilingual terms match inflected forms; the digest filters by topic."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from monitor.digest import build_rows
from monitor.items import ArticleItem
from monitor.pipelines.classify import ClassifyPipeline
from monitor.topics import TopicMatcher

FUNDING = {"name": "funding", "terms": {"pl": ["nabór wniosków", "dofinansowanie", "bon"],
                                        "en": ["funding call", "voucher"]}}


def test_terms_match_inflected_polish_and_english_forms():
    m = TopicMatcher([FUNDING])
    assert m.match("Ruszył nabór wniosków o dofinansowania dla MŚP", language="pl") == {"funding": "nabór wniosków"}
    assert "funding" in m.match("Firmy mogą otrzymać dofinansowaniem", language="pl")
    assert "funding" in m.match("Nowe bony na innowacje", language="pl")
    assert "funding" in m.match("Apply for innovation vouchers", language="en")
    assert m.match("Klaster otrzymał nagrodę", language="pl") == {}


def _pipeline(topics):
    crawler = get_crawler(settings_dict={"MONITOR_TOPICS": topics})
    return ClassifyPipeline.from_crawler(crawler)


def test_pipeline_tags_awards_and_configured_topics(store):
    pipe = _pipeline([FUNDING])
    award = pipe.process_item(ArticleItem(url="http://x/1", source="s", title="Klaster Alfa z nagrodą",
                                          body="Klaster Alfa otrzymał nagrodę marszałka.", language="pl"))
    call = pipe.process_item(ArticleItem(url="http://x/2", source="s", title="Nabór wniosków o dofinansowanie",
                                         body="Firmy mogą składać wnioski do maja.", language="pl"))
    assert award.topics == ["awards"] and award.is_award
    assert call.topics == ["funding"] and not call.is_award
    for item in (award, call):
        store.set_story(store.save_item(item.stored_fields()), store.new_story({"title": item.title}))
    rows, _ = build_rows(store, topic="funding")
    assert [r["title"] for r in rows] == ["Nabór wniosków o dofinansowanie"]
    rows, _ = build_rows(store, topic="awards")
    assert [r["title"] for r in rows] == ["Klaster Alfa z nagrodą"]
