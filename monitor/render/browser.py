"""The browser behind `render = "browser" | "auto"`: the system Chromium driven by scrapy-playwright.

Nothing is downloaded: Playwright launches the system Chromium: Debian's `chromium-headless-shell`
when installed (the headless-only build, which Playwright itself uses for headless mode: about half
the memory of the full browser, measured by bench/js_sites.py), else `chromium`, or the executable
named by MONITOR_CHROMIUM. The download handler is configured only when some source
of the crawl may need a browser, so a plain crawl runs exactly as before. All crawlers of one
`monitor crawl` share one browser (SharedBrowserProvider), launched the first time a page needs it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page
    from playwright.async_api import Request as PlaywrightRequest
    from playwright.async_api import Response as PlaywrightResponse

logger = logging.getLogger(__name__)

# In order of preference: the headless shell renders the same pages (same engine and version) with
# no window-system code: ~185 MB PSS against ~385 MB for the full `chromium` (bench/js_sites.py).
CHROMIUM_NAMES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome",
                  "google-chrome-stable")
# Resources the news list never needs: aborted before they are fetched.
BLOCKED_TYPES = frozenset({"image", "media", "font", "stylesheet", "texttrack", "manifest", "websocket",
                           "eventsource", "ping", "beacon"})
TRACKER_HOSTS = ("google-analytics.com", "googletagmanager.com", "doubleclick.net", "facebook.net",
                 "facebook.com", "hotjar.com", "connect.facebook.net", "clarity.ms", "matomo.cloud",
                 "scorecardresearch.com", "adservice.google.com", "googlesyndication.com", "linkedin.com",
                 "licdn.com", "twitter.com", "cookiebot.com", "onetrust.com", "gemius.pl", "yandex.ru")
# Chromium flags that keep one headless browser small (one renderer, GPU work in the browser
# process, no zygotes: about 100 MB less than the defaults, measured by bench/js_sites.py); the
# sandbox needs user namespaces that containers and CI runners often lack. --single-process would
# save ~50 MB more but crashed with a second context: not used.
CHROMIUM_ARGS = ["--disable-gpu", "--disable-dev-shm-usage", "--no-sandbox", "--disable-extensions",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run",
                 "--mute-audio", "--renderer-process-limit=1", "--disable-site-isolation-trials", "--js-flags=--max-old-space-size=192",
                 "--no-zygote", "--in-process-gpu", "--disable-software-rasterizer",
                 # the network service in the browser process, not a utility process of its own:
                 # ~60 MB less summed RSS (bench/js_sites.py). Playwright passes its own
                 # --enable-features and Chromium keeps the last one given, so its list is repeated.
                 "--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies,"
                 "NetworkServiceInProcess2"]
# Playwright's Node driver only relays the protocol: a 1 MB young generation keeps its heap
# small (~10 MB less RSS, bench/js_sites.py) at no cost we could measure.
NODE_OPTIONS = "--max-semi-space-size=1"
LOAD_MORE_WORDS = ("load more", "show more", "more news", "more articles", "see more", "view more",
                   "older", "więcej", "pokaż więcej", "załaduj więcej", "wczytaj więcej", "starsze",
                   "następne", "kolejne")


class ChromiumNotFound(Exception):
    """No Chromium executable where the settings, the environment or PATH point."""


def find_chromium(configured: str | None = None, environ: dict[str, str] | None = None) -> str:
    """The Chromium executable: MONITOR_CHROMIUM setting or environment variable, else PATH.

    On PATH the headless shell is preferred to the full browser (CHROMIUM_NAMES).
    """
    env = os.environ if environ is None else environ
    search = env.get("PATH", os.defpath)
    wanted = configured or env.get("MONITOR_CHROMIUM")
    if wanted:
        path = shutil.which(wanted, path=search)
        if not path:
            raise ChromiumNotFound(f"MONITOR_CHROMIUM points to {wanted!r}, which is not an executable")
        return path
    for name in CHROMIUM_NAMES:
        if path := shutil.which(name, path=search):
            return path
    raise ChromiumNotFound("no Chromium found on PATH (install Debian's `chromium-headless-shell` or "
                           "`chromium` package, or set MONITOR_CHROMIUM to the browser executable)")


def playwright_settings(executable: str, page_timeout: float, pages: int) -> dict[str, Any]:
    """Scrapy settings that route `meta={"playwright": True}` requests through the system Chromium."""
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_BROWSER_PROVIDER": "monitor.render.browser.SharedBrowserProvider",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": executable, "headless": True, "args": CHROMIUM_ARGS,
                                      "timeout": int(page_timeout * 1000)},
        "PLAYWRIGHT_ABORT_REQUEST": "monitor.render.browser.abort_request",
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(page_timeout * 1000),
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": pages,
        # the browser is asked for listing pages only: Scrapy's User-Agent and headers go with them
        "PLAYWRIGHT_PROCESS_REQUEST_HEADERS": "scrapy_playwright.headers.use_scrapy_headers",
    }


def abort_request(request: PlaywrightRequest) -> bool:
    """Images, fonts, media, styles and trackers are not fetched by the browser."""
    if request.resource_type in BLOCKED_TYPES:
        return True
    host = (urlsplit(request.url).hostname or "").lower()
    return any(host == t or host.endswith("." + t) for t in TRACKER_HOSTS)


def json_recorder(seen: list[str]) -> Callable[[PlaywrightResponse], Any]:
    """A page "response" handler that notes the URLs of the JSON documents the page's scripts read."""
    async def on_response(response: PlaywrightResponse) -> None:
        if response.request.resource_type in ("fetch", "xhr") and response.ok:
            ctype = (response.headers or {}).get("content-type", "")
            if "json" in ctype or urlsplit(response.url).path.endswith(".json"):
                seen.append(response.url)
    return on_response


# Clicks the first visible "load more" control (a button or link whose text says so) and tells
# whether it found one. Evaluated in the page, so it needs no selector per site.
CLICK_LOAD_MORE_JS = """(words) => {
  const els = [...document.querySelectorAll('button, a, [role=button], input[type=button]')];
  for (const el of els) {
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().toLowerCase();
    if (!text || text.length > 40 || el.disabled || el.offsetParent === null) continue;
    const href = el.getAttribute && el.getAttribute('href');
    if (href && !href.startsWith('#') && !href.startsWith('javascript')) continue;   // a real link: the pager
    if (words.some(w => text.includes(w))) { el.click(); return true; }
  }
  return false;
}"""


async def settle(page: Page, clicks: int, budget: float) -> int:
    """Let the page's scripts build the list, then press "load more" until it is gone (bounded).

    Returns the number of clicks. The whole wait is capped by budget seconds, so one page that
    never settles does not hold the crawl.
    """
    done = 0

    async def run() -> None:
        nonlocal done
        await _quiet(page)
        for _ in range(clicks):
            if not await page.evaluate(CLICK_LOAD_MORE_JS, list(LOAD_MORE_WORDS)):
                break
            done += 1
            await _quiet(page)

    try:
        await asyncio.wait_for(run(), timeout=budget)
    except asyncio.TimeoutError:
        logger.info("%s: page did not settle within %.0f s, reading it as it is", page.url, budget)
    return done


async def _quiet(page: Page) -> None:
    """Network idle (the fetches are answered), then a moment for the script to draw what came."""
    try:
        await page.wait_for_load_state("networkidle", timeout=5000)
    except Exception:               # a page that keeps polling never goes idle: read it anyway
        pass
    await page.wait_for_timeout(150)


async def _start_driver(manager: Any) -> Any:
    """Start Playwright's Node driver with NODE_OPTIONS, leaving the crawl's own environment as it was.

    The driver inherits os.environ when it is spawned (Playwright takes no env for it); options the
    user set in NODE_OPTIONS come after ours, so they win.
    """
    before = os.environ.get("NODE_OPTIONS")
    os.environ["NODE_OPTIONS"] = f"{NODE_OPTIONS} {before}" if before else NODE_OPTIONS
    try:
        return await manager.start()
    finally:
        if before is None:
            os.environ.pop("NODE_OPTIONS", None)
        else:
            os.environ["NODE_OPTIONS"] = before


class _Loan:
    """A shared browser or context lent to one download handler: closing it returns the loan."""

    def __init__(self, target: Any, give_back: Callable[[], Any]) -> None:
        self._target = target
        self._give_back = give_back

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)

    async def close(self, **kwargs: Any) -> None:
        await self._give_back()


class _SharedBrowser(_Loan):
    """The browser, whose every new context is the crawl's one shared context."""

    def __init__(self, target: Any, provider: SharedBrowserProvider) -> None:
        super().__init__(target, provider.release)
        self._provider = provider

    async def new_context(self, **kwargs: Any) -> Any:
        return await self._provider.shared_context(kwargs)


class _SharedContext(_Loan):
    async def new_page(self) -> Any:
        """A page, once fewer than the crawl's page limit are open (across all sources)."""
        pages = SharedBrowserProvider._pages
        assert pages is not None
        await pages.acquire()
        try:
            page = await self._target.new_page()
        except Exception:
            pages.release()
            raise
        page.once("close", lambda _page: pages.release())
        return page


class SharedBrowserProvider:
    """A scrapy-playwright browser provider: one Playwright driver and one Chromium per process.

    Every crawler's download handler gets the same browser and the same context, launched on
    first use and closed when the last handler that used it closes; PLAYWRIGHT_MAX_PAGES_PER_CONTEXT
    pages are open at once in the whole crawl, whatever the number of browser sources. (Each
    context costs a renderer of its own: two contexts were ~90 MB more than one, measured.)
    """

    _lock: asyncio.Lock | None = None
    _playwright: Any = None
    _browser: Browser | None = None
    _context: Any = None
    _pages: asyncio.Semaphore | None = None
    _users = 0          # handlers holding the browser
    _context_users = 0  # handlers holding the context
    _started = 0        # handlers holding the driver

    def __init__(self, config: Any) -> None:
        self.config = config
        self.holds_browser = False
        self.holds_context = False

    @classmethod
    def _get_lock(cls) -> asyncio.Lock:
        if cls._lock is None:
            cls._lock = asyncio.Lock()
        return cls._lock

    async def start(self) -> None:
        # the driver (a Node process) starts lazily too, in launch_browser: a crawl whose
        # auto sources all answer in plain HTTP never starts it
        SharedBrowserProvider._started += 1

    async def launch_browser(self) -> Any:
        from playwright.async_api import async_playwright

        cls = SharedBrowserProvider
        async with self._get_lock():
            if cls._browser is None or not cls._browser.is_connected():
                if cls._playwright is None:
                    cls._playwright = await _start_driver(async_playwright())
                logger.info("launching %s", self.config.launch_options.get("executable_path"))
                cls._browser = await cls._playwright.chromium.launch(**self.config.launch_options)
            if not self.holds_browser:
                self.holds_browser = True
                cls._users += 1
            return _SharedBrowser(cls._browser, self)

    async def shared_context(self, kwargs: dict[str, Any]) -> Any:
        cls = SharedBrowserProvider
        async with self._get_lock():
            if cls._context is None:
                assert cls._browser is not None
                cls._context = await cls._browser.new_context(**kwargs)
                cls._pages = asyncio.Semaphore(max(1, self.config.max_pages_per_context))
            if not self.holds_context:
                self.holds_context = True
                cls._context_users += 1
            return _SharedContext(cls._context, self.release_context)

    async def release_context(self) -> None:
        cls = SharedBrowserProvider
        async with self._get_lock():
            if self.holds_context:
                self.holds_context = False
                cls._context_users -= 1
            if cls._context_users == 0 and cls._context is not None:
                context, cls._context = cls._context, None
                await context.close()

    async def launch_persistent_context(self, context_kwargs: dict[str, Any]) -> Any:
        from scrapy.exceptions import NotSupported

        raise NotSupported("monitor's shared browser has no persistent contexts")

    async def release(self) -> None:
        cls = SharedBrowserProvider
        await self.release_context()
        async with self._get_lock():
            if self.holds_browser:
                self.holds_browser = False
                cls._users -= 1
            if cls._users == 0 and cls._browser is not None:
                browser, cls._browser = cls._browser, None
                await browser.close()

    async def close(self) -> None:
        cls = SharedBrowserProvider
        await self.release()
        async with self._get_lock():
            cls._started -= 1
            if cls._started == 0 and cls._playwright is not None:
                await cls._playwright.stop()
                cls._playwright = None
