"""The shipped site as a whole: valid HTML (the Nu HTML Checker) and no broken internal link
or anchor, on every page of every language (leaflets, toolkit and contributor pages too)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from linkcheck import check_site

from conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def public_address(site: Path) -> str:
    """The site's public address, as the build wrote it (the home page's canonical link)."""
    home = (site / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<link rel="canonical" href="(https://[^"]+/)"', home)
    assert match, "the home page has no absolute canonical link"
    return match.group(1)


def test_every_page_is_valid_html(shipped_site: Path) -> None:
    assert VNU.is_file(), "run `make test` (npm ci) to install vnu-jar"
    java = shutil.which("java")
    assert java, "the Nu HTML Checker needs Java: `make system` installs default-jre-headless"
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--skip-non-html", str(shipped_site)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    pages = len(list(shipped_site.rglob("*.html")))
    errors = [m for m in messages if m["type"] in {"error", "non-document-error"}]
    warnings = Counter(m["message"] for m in messages if m.get("subType") == "warning")
    print(f"vnu: {pages} pages, {len(errors)} errors, {sum(warnings.values())} warnings")
    for message, count in warnings.most_common():
        print(f"  warning x{count}: {message}")
    assert pages > 1000  # every language was checked
    assert errors == [], "\n".join(
        f"{m['url'].split(str(shipped_site))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in errors[:20]
    )


def test_every_internal_link_and_anchor_resolves(shipped_site: Path) -> None:
    report = check_site(shipped_site, public_address(shipped_site))
    print(f"links: {report.pages} pages, {report.links} links, {report.fragments} anchors")
    assert report.pages > 1000 and report.fragments > 1000
    assert not report.broken, "\n".join(report.broken[:20])


def test_hreflang_links_pass_lighthouses_own_checks(shipped_site: Path) -> None:
    """Our hreflang links are written rel="alternate " (see site.chrome.alternates), which
    Lighthouse's hreflang audit skips (it checks rel exactly "alternate"): so its checks run
    here instead, with its own language list (every page's targets exist: the link check)."""
    public = public_address(shipped_site)
    for page in ("index.html", "ar/help/talk/index.html", "contributing/fields/index.html"):
        html = (shipped_site / page).read_text(encoding="utf-8")
        links = re.findall(r'<link rel="alternate " hreflang="([^"]+)" href="([^"]+)">', html)
        assert len(links) == 11, page  # ten languages and x-default
        assert all(href.startswith(public) for _, href in links)
        codes = [code for code, _ in links if code != "x-default"]
        script = (
            "import {isValidLang} from './node_modules/lighthouse/third-party/axe/valid-langs.js';"
            f"console.log(JSON.stringify({json.dumps(codes)}.filter(c => !isValidLang(c))));"
        )
        result = subprocess.run(
            ["node", "--input-type=module", "-e", script],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        assert json.loads(result.stdout) == [], f"{page}: codes Lighthouse does not know"
