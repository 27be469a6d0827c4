"""Debian's Chromium, headless, driven by Selenium through Debian's
chromedriver (explicit paths: nothing is downloaded), for the tests of what
people see."""
import contextlib
import os
import shutil
import tempfile

import pytest


@contextlib.contextmanager
def headless_chromium(*args: str):
    """A WebDriver for the browser, quit and its scratch files removed at the
    end.  Chromium keeps its shared memory in TMPDIR with
    --disable-dev-shm-usage and leaves a directory there per start: its own
    TMPDIR, removed afterwards, keeps /tmp clean."""
    browser, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (browser and driver):
        pytest.fail("Chromium or its driver is missing: apt-get install chromium chromium-driver "
                    "(Debian packages; `make setup` installs them)")
    try:
        from selenium import webdriver
    except ImportError:
        pytest.fail("selenium is missing: pip install -c constraints.txt -e '.[test]' (`make setup`)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = browser
    # --no-sandbox: the suite runs as root, where Chromium's sandbox refuses to start
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", *args):
        opts.add_argument(arg)
    with tempfile.TemporaryDirectory(prefix="expetl-chromium-") as scratch:
        # a sanitizer preloaded for our extension (make test-asan) is not for the browser
        env = {**{k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}, "TMPDIR": scratch}
        drv = webdriver.Chrome(options=opts, service=webdriver.ChromeService(executable_path=driver, env=env))
        try:
            yield drv
        finally:
            drv.quit()
