"""The invoices of tests/data/unseen_invoices (see tests/unseen_invoices.py):
no silent wrong total ever, the documents built to be flagged are flagged,
and the score never drops below what the parser reached (raise these floors
when it improves; the issue's bar is 95 % of fields and 80 % of files)."""
import json

import pytest

from unseen_invoices import FOLDER, score_all

FIELDS_FLOOR = 0.994  # fields right
FILES_FLOOR = 26      # files fully right


@pytest.fixture(scope="module")
def scores():
    return score_all()


def test_the_set_is_whole():
    pdfs = sorted(FOLDER.glob("*.pdf"))
    assert len(pdfs) >= 28
    assert all(p.with_name(p.stem + ".expected.json").exists() for p in pdfs)


def test_no_silent_wrong_total(scores):
    assert [s.name for s in scores if s.silent_wrong_total] == []


def test_documents_built_to_be_flagged_are_flagged(scores):
    flagged = [p.stem for p in FOLDER.glob("*.pdf")
               if json.loads(p.with_name(p.stem + ".expected.json").read_text())["warnings"]]
    assert len(flagged) >= 3
    by_name = {s.name: s for s in scores}
    assert all(not any(w.startswith("warnings") for w in by_name[n].wrong) for n in flagged)


def test_the_score_holds_its_floor(scores):
    fields, right = sum(s.fields for s in scores), sum(s.right for s in scores)
    full = sum(1 for s in scores if not s.wrong)
    assert right / fields >= FIELDS_FLOOR and full >= FILES_FLOOR, (right / fields, full)
