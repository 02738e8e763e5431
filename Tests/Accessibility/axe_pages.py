"""Runs axe-core on pages of a served site and prints {page: [violation]}
as JSON: headless Chromium driven by Selenium through Debian's
chromedriver, axe run by axe-selenium-python. Used by AccessibilityTests.

    python3 axe_pages.py AXE_SCRIPT http://127.0.0.1:PORT /index.html /search/?q=x ...

AXE_SCRIPT is the axe-core to run: axe-selenium-python bundles axe-core
3.1.1, from 2018, whose rules call valid HTML wrong (`autocomplete="off"`,
`<div>` groups in `<dl>`), so the test hands it a current one.

A page with `?q=` is the search page: it is checked once its results
show, and "no results were shown" is reported when none do in 5 seconds.
"""
import json
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def violations(driver, script, page):
    if "?q=" in page:
        try:
            WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))
        except TimeoutException:
            return ["no results were shown"]
    axe = Axe(driver, script_url=script)
    axe.inject()
    return [
        "%s (%s): %s" % (v["id"], v["impact"], ", ".join(" ".join(n["target"]) for n in v["nodes"]))
        for v in axe.run()["violations"]
    ]


def main(script, base, pages):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    # Debian's driver, named: Selenium would otherwise try to download one.
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(60)
    results = {}
    try:
        for page in pages:
            driver.get(base + page)
            results[page] = violations(driver, script, page)
    finally:
        driver.quit()
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
