import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = (ROOT / ".." / "shared" / "fixtures").resolve()
RECEIPTS = FIXTURES / "receipts"


def receipt_fixtures():
    return sorted(RECEIPTS.glob("*.pdf")) + sorted((RECEIPTS / "real").glob("*.pdf"))


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def fixtures_dir():
    assert FIXTURES.is_dir(), f"shared fixtures not found at {FIXTURES}"
    return FIXTURES

