"""The invoices of tests/data/unseen_invoices (see tests/unseen_invoices.py):
no silent wrong total ever, the documents built to be flagged are flagged,
and each round's score never drops below what the parser reached (raise a
floor when it improves; the issue's bar is 95 % of fields and 80 % of files
on invoices never seen)."""
import json

import pytest

from unseen_invoices import ROOT, ROUNDS, score_all

# (fields right, files fully right) reached by the parser
FLOORS = {"round1": (1.0, 28), "round2": (1.0, 32), "round3": (0.999, 31), "round4": (1.0, 32), "round5": (1.0, 32),
          "round6": (0.997, 33), "round7": (1.0, 34),
          "round8": (0.997, 29), "round9": (1.0, 33),
          "round10": (1.0, 30), "round11": (0.998, 27), "round12": (1.0, 24),
          "round13": (0.999, 29), "round14": (1.0, 30), "round15": (1.0, 30),
          "round16": (1.0, 30), "round17": (1.0, 30),
          "round18": (1.0, 30), "round19": (1.0, 30), "round20": (1.0, 30),
          "round21": (1.0, 30), "round22": (1.0, 30), "round23": (1.0, 30), "round24": (1.0, 30),
          "round25": (1.0, 30), "round26": (1.0, 30), "round27": (1.0, 30),
          "round28": (1.0, 30), "round29": (1.0, 30),
          "round30": (1.0, 30), "round31": (1.0, 30),
          "round32": (1.0, 30), "round33": (1.0, 30),
          "round34": (1.0, 30), "round35": (1.0, 30), "round36": (0.974, 23)}


@pytest.fixture(scope="module", params=ROUNDS)
def round_(request):
    return request.param


@pytest.fixture(scope="module")
def scores(round_):
    return score_all(round_)


def test_the_set_is_whole(round_):
    pdfs = sorted((ROOT / round_).glob("*.pdf"))
    assert len(pdfs) >= 24
    assert all(p.with_name(p.stem + ".expected.json").exists() for p in pdfs)


def test_no_silent_wrong_total(scores):
    assert [s.name for s in scores if s.silent_wrong_total] == []


def test_documents_built_to_be_flagged_are_flagged(round_, scores):
    flagged = [p.stem for p in (ROOT / round_).glob("*.pdf")
               if json.loads(p.with_name(p.stem + ".expected.json").read_text()).get("warnings")]
    assert len(flagged) >= 2  # each round holds documents built to be flagged
    by_name = {s.name: s for s in scores}
    assert all(not any(w.startswith("warnings") for w in by_name[n].wrong) for n in flagged)


def test_the_score_holds_its_floor(round_, scores):
    fields, right = sum(s.fields for s in scores), sum(s.right for s in scores)
    full = sum(1 for s in scores if not s.wrong)
    floor_fields, floor_files = FLOORS[round_]
    assert right / fields >= floor_fields and full >= floor_files, (right / fields, full)
