"""`monitor demo`: bundled sample sites and a stand-in translator on loopback, crawled for real.

sites/ holds small static websites written for the demo (fictional organisations, Polish and
English, with award announcements); servers.py serves them and a LibreTranslate-compatible
translator; run.py crawls them with the ordinary `monitor crawl` and hands the database to
`monitor serve`.
"""
