"""Mercado Pago notification verification: the fixture bodies (valid and
tampered) for the bcrypt scheme, and the x-signature scheme checked against
an independent HMAC computed here."""
import hashlib
import hmac
import json
import time
from datetime import datetime

import pytest

import expetl
from conftest import FIXTURES
from expetl.webhooks import verify_report_notification, verify_x_signature

HOOKS = FIXTURES / "mercadopago" / "webhook"
SECRET = "expetl-fixture-secret"  # documented in the fixture README
VALID = (HOOKS / "report_ready.json").read_bytes()
GENERATED = int(datetime.fromisoformat("2025-03-18T09:00:11.872-04:00").timestamp())


def test_valid_report_notification_verifies_and_returns_its_fields():
    note = verify_report_notification(VALID, SECRET, now=GENERATED + 60)
    assert note["transaction_id"] == "62974562037"
    assert note["report_type"] == "settlement" and note["is_test"] is False
    assert note["files"] == [{"name": "settlement-report-412345678-2025-03-18-090011.csv", "type": ".csv",
                              "url": "https://api.mercadopago.com/v1/account/settlement_report/"
                                     "settlement-report-412345678-2025-03-18-090011.csv"}]


def test_tampered_notification_is_rejected():
    with pytest.raises(expetl.SignatureError, match="does not verify"):
        verify_report_notification((HOOKS / "report_ready_tampered.json").read_bytes(), SECRET,
                                   now=GENERATED + 60)


def test_wrong_secret_is_rejected_and_never_echoed():
    with pytest.raises(expetl.SignatureError) as e:
        verify_report_notification(VALID, "not-the-secret", now=GENERATED)
    assert "not-the-secret" not in str(e.value) and SECRET not in str(e.value)


@pytest.mark.parametrize("drop", ["signature", "transaction_id", "generation_date"])
def test_missing_fields_are_rejected(drop):
    body = json.loads(VALID)
    del body[drop]
    with pytest.raises(expetl.SignatureError, match="missing"):
        verify_report_notification(json.dumps(body).encode(), SECRET, now=GENERATED)


def test_replayed_notification_outside_the_window_is_rejected():
    verify_report_notification(VALID, SECRET, now=GENERATED + 6 * 86400)  # MP retries for days
    with pytest.raises(expetl.SignatureError, match="window"):
        verify_report_notification(VALID, SECRET, now=GENERATED + 8 * 86400)
    with pytest.raises(expetl.SignatureError, match="window"):
        verify_report_notification(VALID, SECRET, tolerance=300, now=GENERATED + 301)


@pytest.mark.parametrize("body", [b"", b"not json", b"[1, 2]", b"{" * 10, b"x" * 70000])
def test_bad_bodies_are_refused_cleanly(body):
    with pytest.raises((expetl.SignatureError, ValueError)):
        verify_report_notification(body, SECRET)


def test_a_non_bcrypt_signature_is_refused():
    body = json.loads(VALID)
    body["signature"] = "plain-text"
    with pytest.raises(expetl.SignatureError, match="bcrypt"):
        verify_report_notification(json.dumps(body).encode(), SECRET, now=GENERATED)


def xsig(secret, data_id, request_id, ts):
    manifest = ""
    if data_id:
        manifest += f"id:{data_id.lower()};"
    if request_id:
        manifest += f"request-id:{request_id};"
    manifest += f"ts:{ts};"
    return f"ts={ts},v1={hmac.new(secret.encode(), manifest.encode(), hashlib.sha256).hexdigest()}"


def test_x_signature_verifies():
    now = int(time.time())
    verify_x_signature(xsig("s3cr3t", "123456", "req-1", now), "req-1", "123456", "s3cr3t")
    # order and spaces in the header do not matter; ids are compared lower case
    h = xsig("s3cr3t", "ABC123", "req-2", now)
    ts, v1 = h.split(",")
    verify_x_signature(f"{v1}, {ts}", "req-2", "ABC123", "s3cr3t")
    # a missing request id is left out of the manifest
    verify_x_signature(xsig("s3cr3t", "9", None, now), None, "9", "s3cr3t")


@pytest.mark.parametrize("change", ["secret", "data_id", "request_id", "v1"])
def test_x_signature_tampering_is_rejected(change):
    now = int(time.time())
    h = xsig("s3cr3t", "123456", "req-1", now)
    args = {"x_signature": h, "request_id": "req-1", "data_id": "123456", "secret": "s3cr3t"}
    if change == "v1":
        args["x_signature"] = h[:-1] + ("0" if h[-1] != "0" else "1")
    else:
        args[change] = "other"
    with pytest.raises(expetl.SignatureError):
        verify_x_signature(**args)


def test_x_signature_replay_and_missing_header():
    old = int(time.time()) - 8 * 86400
    with pytest.raises(expetl.SignatureError, match="window"):
        verify_x_signature(xsig("k", "1", "r", old), "r", "1", "k")
    verify_x_signature(xsig("k", "1", "r", old * 1000), "r", "1", "k", tolerance=0)  # ms ts, no window
    for header in (None, "", "ts=1", "v1=ab", "garbage"):
        with pytest.raises(expetl.SignatureError):
            verify_x_signature(header, "r", "1", "k")


def test_near_misses_and_prefixes_are_rejected():
    """The compare (xconst_eq in C: every byte XORed, no early exit) must
    still reject a wrong first or last character and a prefix."""
    now = int(time.time())
    good = xsig("k", "1", "r", now)
    ts, v1 = good.split(",")
    for bad in (v1[:3] + ("0" if v1[3] != "0" else "1") + v1[4:], v1[:-1] + ("0" if v1[-1] != "0" else "1"), v1[:-2]):
        with pytest.raises(expetl.SignatureError):
            verify_x_signature(f"{ts},{bad}", "r", "1", "k")
