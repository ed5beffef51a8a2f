"""Sites whose news list is built by JavaScript: app-shell detection, JSON discovery, the browser.

Pure functions (shell.py, jsondata.py) say what a page or a JSON document holds; scripted.py
routes the requests of one source; browser.py configures scrapy-playwright around the system
Chromium. Nothing here knows any particular site.
"""
