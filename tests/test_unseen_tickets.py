"""The tickets of tests/data/unseen_tickets (see tests/unseen_invoices.py,
``python tests/unseen_invoices.py tickets``): written by an author who had
not read the parser, frozen, then scored; no silent wrong total ever, and
each round's score never drops below what the parser reached."""
import pytest

from unseen_invoices import TICKET_ROUNDS, TICKETS, documents, score_all

# (fields right, files fully right) reached by the parser
FLOORS = {"round1": (0.992, 29)}


@pytest.fixture(scope="module", params=TICKET_ROUNDS)
def round_(request):
    return request.param


@pytest.fixture(scope="module")
def scores(round_):
    return score_all(round_, TICKETS)


def test_the_set_is_whole(round_):
    docs = documents(TICKETS / round_)
    assert len(docs) >= 24
    assert all(p.with_name(p.stem + ".expected.json").exists() for p in docs)


def test_no_silent_wrong_total(scores):
    assert [s.name for s in scores if s.silent_wrong_total] == []


def test_the_score_holds_its_floor(round_, scores):
    fields, right = sum(s.fields for s in scores), sum(s.right for s in scores)
    full = sum(1 for s in scores if not s.wrong)
    floor_fields, floor_files = FLOORS[round_]
    assert right / fields >= floor_fields and full >= floor_files, (right / fields, full)
