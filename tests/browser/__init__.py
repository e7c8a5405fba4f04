"""Real-browser tests: headless Chromium against the offline copy and the hosted build (marker: browser)."""
