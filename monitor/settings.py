"""Scrapy settings for monitor, and the defaults of every MONITOR_* setting.

Every MONITOR_* setting is declared here once, grouped and alphabetical, and documented in the
README's configuration reference (tests/test_docs.py checks that).
"""

from monitor import __version__

BOT_NAME = "monitor"
SPIDER_MODULES = ["monitor.spiders"]
NEWSPIDER_MODULE = "monitor.spiders"

# Politeness: an honest User-Agent with a contact URL, robots.txt obeyed, AutoThrottle on.
MONITOR_CONTACT_URL = "https://github.com/monitor-news/monitor"
USER_AGENT = f"monitor/{__version__} (+{MONITOR_CONTACT_URL}; news monitor for cluster websites)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
# Scrapy starts CONCURRENT_ITEMS (default 100) asyncio workers for the output of every response; a page
# yields one item or a few dozen requests, and 10 workers cut ~10% of the crawl's CPU (bench/scale.py).
CONCURRENT_ITEMS = 10
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
COOKIES_ENABLED = False
DNS_TIMEOUT = 20

# Scrapy 2.19 opens a code-executing HTTP server and a telnet console by default: both off.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

# Scrapy checks every generator callback for a `return value` (a warning for spider authors) by reading
# its source with inspect.getsource and ast.parse; its cache is keyed by the bound method, a new object
# per request, so the large parse_article and parse_listing were re-read ~170 times a crawl: ~3% of the
# crawl's CPU (bench/scale.py --profile). Our callbacks are tested; the check is off.
WARN_ON_GENERATOR_RETURN_VALUE = False

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

DOWNLOADER_MIDDLEWARES = {
    "monitor.middlewares.KnownArticlesMiddleware": 50,
    "monitor.middlewares.RetryAfterMiddleware": 560,     # before RetryMiddleware (550) sees a 429
    "monitor.middlewares.RedirectLoopMiddleware": 610,   # before RedirectMiddleware (600) follows
    "monitor.middlewares.TranslationBacklogMiddleware": 990,  # last before the download: nothing after it drops a request
}

EXTENSIONS = {
    "monitor.extensions.ProgressExtension": 500,
}

ITEM_PIPELINES = {
    "monitor.pipelines.normalize.NormalizePipeline": 100,
    "monitor.pipelines.language.LanguagePipeline": 200,
    "monitor.pipelines.dedup.DedupPipeline": 300,
    "monitor.pipelines.classify.ClassifyPipeline": 400,
    "monitor.pipelines.translate.TranslatePipeline": 500,
    "monitor.pipelines.classify.EnglishAwardDetailsPipeline": 550,
    "monitor.pipelines.store.StorePipeline": 600,
}

# --- monitor settings (set from the TOML config and the command line) -----------------------
MONITOR_CHROMIUM = None             # Chromium executable for render = browser/auto (else $MONITOR_CHROMIUM, then PATH)
MONITOR_CONFIG = None               # path of the TOML config (for `scrapy crawl news -a source=NAME`)
MONITOR_DB = "monitor.db"           # SQLite database file
MONITOR_PROGRESS_INTERVAL = 10.0    # seconds between progress lines on stderr (0: none)
MONITOR_RECHECK_REJECTED_DAYS = 30  # fetch pages rejected as non-articles (event, static, 404) again after this many days
MONITOR_REFRESH = False             # re-download article pages that are already stored
MONITOR_RENDER_CLICKS = 10          # "load more" presses per rendered listing page at most
MONITOR_RENDER_PAGES = 2            # browser pages open at once in the whole crawl (one shared browser)
MONITOR_RENDER_TIMEOUT = 30.0       # seconds a rendered listing page may take (navigation, then settling)
MONITOR_RETRY_AFTER_MAX = 60.0     # longest Retry-After wait (seconds) on a 429/503 before asking again
MONITOR_SITEMAP_DISCOVERY = True    # site sources: also take recent pages of the listing's article shape from the sitemaps
MONITOR_TARGET_LANGUAGE = "en"      # language of title_en / summary_en
MONITOR_TRANSLATE_BODY = False      # also translate the article body
MONITOR_TRANSLATOR = "google"       # google | libre | deepl | mymemory | microsoft | none
MONITOR_TRANSLATOR_BACKLOG = 64    # items waiting for translation (and article downloads) per process before article requests wait
MONITOR_TRANSLATOR_CONCURRENCY = 16 # translation calls in flight at once, per process (threads)
MONITOR_TRANSLATOR_KEY = None       # API key (deepl, microsoft, libre with keys); never logged
MONITOR_TRANSLATOR_RETRIES = 2      # retries after a transient failure (timeout, 429, 5xx), with backoff
MONITOR_TRANSLATOR_TIMEOUT = 15.0   # seconds one translation request may take (hard deadline)
MONITOR_TRANSLATOR_URL = None       # LibreTranslate server URL for translator = libre
MONITOR_TOPICS = []                 # [{"name": ..., "terms": {"pl": [...], "en": [...]}}] from [[topics]]
