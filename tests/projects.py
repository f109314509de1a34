"""A multilingual copy of the fixture guide (English, Arabic, Bengali), made with the real
`guide translations new` and `start` commands: Arabic (right-to-left) with a draft listing, an
outdated listing and a missing page; Bengali with a reviewed listing. Shared by the language
tests and the golden pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from babel.messages.pofile import read_po, write_po

from conftest import fixture_project

I18N = """
  - i18n:
      docs_structure: suffix
      fallback_to_default: true
      reconfigure_search: false
      languages:
        # BEGIN languages
        # END languages
"""
AR_SUMMARY = "خط هاتف مجاني حيث يستمع إليك شخص ما."
AR_STEP = "اتصل بالرقم 020 7946 0000 أدناه."
BN_SUMMARY = "একটি বিনামূল্যের ফোন লাইন যেখানে কেউ আপনার কথা শোনে।"


def guide(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "guide", "--root", str(project), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def translate_po(path: Path, words: dict[str, str]) -> None:
    with path.open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if message.id in words:
            message.string = words[message.id]
    with path.open("wb") as handle:
        write_po(handle, catalog)


def edit_front_matter(path: Path, change: dict[str, object], body: str | None = None) -> None:
    _, front, rest = path.read_text(encoding="utf-8").split("---\n", 2)
    data = yaml.safe_load(front)
    for key, value in change.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    text = "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n"
    path.write_text(text + (body if body is not None else rest), encoding="utf-8")


def make_project(base: Path) -> Path:
    project = fixture_project(base)
    config = (project / "mkdocs.yml").read_text()
    (project / "mkdocs.yml").write_text(config.replace("  - guide\n", "  - guide\n" + I18N))
    for code in ("ar", "bn"):
        assert guide(project, "translations", "new", code).returncode == 0
    translations = project / "translations"
    translate_po(
        translations / "ar" / "messages.po",
        {
            "Where to go for help": "أين تجد المساعدة",
            "How to get help": "كيف تحصل على المساعدة",
            "Confirmed with the service on %(date)s.": "تم التأكيد مع الخدمة في %(date)s.",
            "I want to talk to someone": "أريد التحدث إلى شخص ما",
            "Need help now?": "هل تحتاج إلى مساعدة الآن؟",
            "Call Samaritans on 116 123": "اتصل بالسامريين على 116 123",
        },
    )
    translate_po(
        translations / "bn" / "messages.po",
        {"Where to go for help": "কোথায় সাহায্য পাবেন", "How to get help": "কীভাবে সাহায্য পাবেন"},
    )
    for code, name in (
        ("ar", "listening-line"),
        ("ar", "quiet-group"),
        ("ar", "explainers/first-appointment"),
        ("bn", "listening-line"),
    ):
        result = guide(project, "translations", "start", code, name)
        assert result.returncode == 0, result.stderr
    edit_front_matter(
        translations / "ar/services/listening-line.md",
        {
            "name": "خط الاستماع (Listening Line)",
            "summary": AR_SUMMARY,
            "application_process": [AR_STEP],
        },
    )
    edit_front_matter(translations / "ar/services/quiet-group.md", {"summary": "مجموعة صغيرة."})
    edit_front_matter(
        translations / "ar/pages/explainers/first-appointment.md",
        {"title": "موعدك الأول"},
        body="\n# موعدك الأول\n\nيمكنك إحضار صديق. اقرأ عن [المترجمين](interpreters.md).\n",
    )
    edit_front_matter(
        translations / "bn/services/listening-line.md",
        {
            "summary": BN_SUMMARY,
            "translation": {
                "status": "reviewed",
                "reviewed_by": "Fixture Bangla Group",
                "reviewed_on": "2026-11-20",
            },
        },
    )
    (translations / "bn/language.yaml").write_text(
        "status: reviewed\ntranslated_by: Test\nreviewed_by: Fixture Bangla Group\n"
        "reviewed_on: 2026-11-20\n"
    )
    # The English changes after the Arabic was made: that translation is now outdated.
    edit_front_matter(
        project / "services/quiet-group.md", {"summary": "A small group that meets on Mondays."}
    )
    return project
