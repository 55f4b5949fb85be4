"""The UI in a real browser: Playwright drives Debian's chromium headless against ``newsprism serve``.

Screenshots go to ``$NEWSPRISM_SCREENSHOTS`` when set (``docs/screenshots`` to refresh the
README's pictures), else to the test's temp dir.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from webutil import Served

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def playwright() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="module")
def page(playwright: object, chromium: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from playwright.sync_api import Playwright

    assert isinstance(playwright, Playwright)
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=chromium, headless=True, args=ARGS, viewport={"width": 1400, "height": 900}
    )
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("NEWSPRISM_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_read_the_seed_toggle_quotes_follow_a_speaker_search_a_quote(page: object, served: Served, shots: Path) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto(f"{served.url}/articles/{served.seed_pk}")
    quote = page.locator(".body .q").first
    expect(quote).to_be_visible()
    speaker = quote.get_attribute("data-speaker") or ""
    assert speaker and speaker in (quote.get_attribute("title") or "")
    coloured = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    assert coloured not in ("rgba(0, 0, 0, 0)", "transparent")
    page.screenshot(path=str(shots / "article.png"), full_page=False)

    page.click("label[for=layer-quotes]")
    expect(page.locator("#layer-quotes")).not_to_be_checked()
    assert quote.evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.click("label[for=layer-quotes]")
    assert quote.evaluate("el => getComputedStyle(el).backgroundColor") == coloured

    page.click("label[for=layer-original]")
    expect(page.locator(".article-grid .original")).to_be_visible()
    page.screenshot(path=str(shots / "article-original.png"))
    page.click("label[for=layer-original]")

    page.locator(".quote-panel a.speaker").first.click()
    page.wait_for_url("**/actors/*")
    expect(page.locator("h1.actor-name")).to_be_visible()
    expect(page.locator("ol.quotes blockquote").first).to_be_visible()
    page.screenshot(path=str(shots / "actor.png"))

    words = (page.locator("ol.quotes blockquote").first.text_content() or "").split()
    query = " ".join(w.strip("“”\"',.") for w in words[1:4])
    page.goto(f"{served.url}/quotes")
    page.fill("input[name=q]", query)
    page.click("form.filters button")
    page.wait_for_url("**/quotes?*")
    expect(page.locator("ol.quotes li").first).to_be_visible()
    assert query.split()[0] in (page.locator("ol.quotes blockquote").first.text_content() or "")
    page.screenshot(path=str(shots / "quotes.png"))

    for name, path in [("home", "/"), ("timeline", "/events"), ("network", "/network"), ("outlets", "/outlets")]:
        page.goto(served.url + path)
        page.screenshot(path=str(shots / f"{name}.png"))


def test_a_script_in_an_article_never_runs(page: object, served: Served) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in [f"/articles/{served.hostile_pk}", "/quotes?q=decide", "/", "/outlets"]:
        page.goto(served.url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__xss") is None
    page.goto(f"{served.url}/articles/{served.hostile_pk}")
    expect(page.locator(".body")).to_contain_text("<script>window.__xss=1</script>")
    assert page.locator(".body script, .body img").count() == 0
    assert not dialogs


def test_layers_toggle_without_javascript(playwright: object, chromium: str, served: Served) -> None:
    from playwright.sync_api import Playwright

    assert isinstance(playwright, Playwright)
    browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(f"{served.url}/articles/{served.seed_pk}")
    quote = page.locator(".body .q").first
    # evaluate() runs in Playwright's utility world, which works with page scripts disabled.
    before = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    page.click("label[for=layer-quotes]")
    after = quote.evaluate("el => getComputedStyle(el).backgroundColor")
    browser.close()
    assert before != "rgba(0, 0, 0, 0)" and after == "rgba(0, 0, 0, 0)"
