"""The landing page in a real headless Chromium: stories listed, search by an English word, no script run.

`monitor serve` runs on a loopback port against a database filled by a real crawl of two fixture
sites (a Polish/English WordPress cluster and a site whose title carries a <script>), translated
by the demo's LibreTranslate-compatible stand-in over HTTP. Needs Debian's chromium and
chromium-driver (CI installs them); skipped with the reason when they are missing.
"""

from __future__ import annotations

import os
import shutil

import pytest

from helpers import monitor_serve, run_monitor, write_config
from monitor.demo.servers import serve_translator

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SCRIPT_TITLE = "<script>window.pwned=1</script> Cluster opens a robotics lab"
POLISH_AWARD = "Srebrna Odznaka ESCA dla Klastra Biotechnologii Małopolski"

pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="needs chromium and chromedriver (apt-get install -y chromium chromium-driver)")


@pytest.fixture(scope="module")
def site_base(site_server, tmp_path_factory):
    """`monitor serve` on a freshly crawled database; yields its base URL."""
    tmp = tmp_path_factory.mktemp("web")
    wp, hostile = site_server("wp-klaster"), site_server("web-escape")
    translator = serve_translator()
    cfg = write_config(tmp / "sources.toml",
                       [{"name": "wp", "url": wp.url + "/aktualnosci/", "language": "pl"},
                        {"name": "escape", "url": hostile.url + "/news/", "language": "en"}],
                       monitor={"translator": "libre", "translator_url": translator.url})
    db = tmp / "m.db"
    crawled = run_monitor("crawl", "--config", str(cfg), "--db", str(db))
    translator.stop()
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    with monitor_serve(db) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a browser or driver
    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1800", "--no-proxy-server", "--lang=en-GB"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _texts(driver, css: str) -> list[str]:
    from selenium.webdriver.common.by import By

    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, css)]


def test_the_landing_page_lists_the_crawled_stories_awards_first(site_base, browser, tmp_path):
    browser.get(site_base + "/")
    newest = _texts(browser, "ol.newest li .t a")
    assert "Cluster joins the European biotech network" in newest
    assert POLISH_AWARD in _texts(browser, "ol.newest li .orig"), "the original title is shown beneath the English"
    awards = _texts(browser, "ol.awards li .orig")
    assert awards == [POLISH_AWARD]
    counts = browser.find_element("id", "counts").text
    assert counts.startswith("8 new stories and 1 award"), counts
    assert browser.find_elements("css selector", "svg.chart rect"), "the weekly chart is drawn"
    shot = tmp_path / "landing.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_a_script_in_a_title_is_shown_as_text_and_never_runs(site_base, browser):
    browser.get(site_base + "/")
    assert SCRIPT_TITLE in _texts(browser, "ol.newest li .t a")
    assert browser.execute_script("return typeof window.pwned") == "undefined"


def test_searching_an_english_word_finds_the_polish_item_through_its_translation(site_base, browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site_base + "/")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("silver")
    box.submit()
    WebDriverWait(browser, 10).until(ec.presence_of_element_located((By.ID, "results")))
    assert browser.find_element(By.ID, "results").text == "1 result for “silver”"
    assert _texts(browser, "ol.stories li .orig") == [POLISH_AWARD]
    browser.save_screenshot(str(tmp_path / "search.png"))
