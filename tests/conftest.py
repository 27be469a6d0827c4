import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = (ROOT / ".." / "shared" / "fixtures").resolve()
RECEIPTS = FIXTURES / "receipts"


def receipt_fixtures():
    return sorted(RECEIPTS.glob("*.pdf")) + sorted((RECEIPTS / "real").glob("*.pdf"))


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
