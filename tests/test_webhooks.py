"""Mercado Pago notification verification: the fixture bodies (valid and
tampered) for the bcrypt scheme, and the x-signature scheme checked against
an independent HMAC computed here."""
import json
import time
from datetime import datetime

import pytest

import expetl
from conftest import FIXTURES
from expetl.webhooks import verify_report_notification, verify_x_signature
from mp_notes import bcrypt, report_note, x_signature

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


def test_a_password_that_pushes_the_date_past_what_bcrypt_signs_is_refused_with_the_fix():
    """bcrypt hashes the first 72 bytes: with a long password the date is
    unsigned, and a captured notification re-dated today would verify (the
    window void).  Refused, saying how long the password may be; a
    password that leaves the date inside still verifies."""
    tid = "70000000001"
    long_secret = "f" * 64
    when_old = "2020-01-01T00:00:00.000-03:00"
    sig = bcrypt(f"{tid}-{long_secret}-{when_old}", 4)  # the date is past byte 72: not in the hash
    replay = json.loads(report_note(long_secret, tid, signature=sig))  # re-dated now, the old signature
    with pytest.raises(expetl.SignatureError, match=r"at most 30 bytes"):
        verify_report_notification(json.dumps(replay).encode(), long_secret)
    fits = "s" * (72 - len(tid) - len(replay["generation_date"]) - 2)
    assert verify_report_notification(report_note(fits, tid), fits)["transaction_id"] == tid
    with pytest.raises(expetl.SignatureError, match="at most"):
        verify_report_notification(report_note(fits + "x", tid), fits + "x")
    # an unsigned body learns nothing of the password's length: its signature is checked first
    forged = json.loads(report_note(fits, "7" * 63))
    with pytest.raises(expetl.SignatureError, match="does not verify"):
        verify_report_notification(json.dumps(dict(forged, signature=replay["signature"])).encode(), fits)


@pytest.mark.parametrize("body", [b"", b"not json", b"[1, 2]", b"{" * 10, b"x" * 70000])
def test_bad_bodies_are_refused_cleanly(body):
    with pytest.raises((expetl.SignatureError, ValueError)):
        verify_report_notification(body, SECRET)


@pytest.mark.parametrize("cost", [4, 12])
def test_bcrypt_costs_in_mercado_pagos_range_verify(cost):
    body = report_note(SECRET, "70000000001", cost)
    assert verify_report_notification(body, SECRET)["transaction_id"] == "70000000001"


def _fastest_refusal(body, match):
    """The fastest of three refusals, in seconds: hashing at cost 13 alone
    takes ~0.5 s, and the minimum is immune to a loaded machine's pauses."""
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        with pytest.raises(expetl.SignatureError, match=match):
            verify_report_notification(body, SECRET)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("setting", ["$2b$03$", "$2b$13$", "$2b$18$", "$2b$31$", "$2b$99$"])
def test_a_bcrypt_cost_out_of_range_is_refused_before_hashing(setting):
    """The cost is the sender's to choose (cost 18 is ~13 s of CPU): refused
    from the string alone."""
    body = report_note(SECRET, "70000000001", signature=setting + bcrypt("x", 4)[7:])
    assert _fastest_refusal(body, r"bcrypt cost \d+ is outside 4\.\.12") < 0.05


@pytest.mark.parametrize("signature", ["$2b$1x$", "$2b$1$", "$2b$010$", "$2x$10$", "$2b$10$short"])
def test_a_malformed_bcrypt_hash_is_refused_before_hashing(signature):
    body = report_note(SECRET, "70000000001", signature=signature + bcrypt("x", 4)[7:] if len(signature) < 8
                       else signature)
    assert _fastest_refusal(body, "not a bcrypt hash") < 0.05


def test_a_non_bcrypt_signature_is_refused():
    body = json.loads(VALID)
    body["signature"] = "plain-text"
    with pytest.raises(expetl.SignatureError, match="bcrypt"):
        verify_report_notification(json.dumps(body).encode(), SECRET, now=GENERATED)


def test_x_signature_verifies():
    now = int(time.time())
    verify_x_signature(x_signature("s3cr3t", "123456", "req-1", now), "req-1", "123456", "s3cr3t")
    # order and spaces in the header do not matter; ids are compared lower case
    h = x_signature("s3cr3t", "ABC123", "req-2", now)
    ts, v1 = h.split(",")
    verify_x_signature(f"{v1}, {ts}", "req-2", "ABC123", "s3cr3t")
    # a missing request id is left out of the manifest
    verify_x_signature(x_signature("s3cr3t", "9", None, now), None, "9", "s3cr3t")


@pytest.mark.parametrize("change", ["secret", "data_id", "request_id", "v1"])
def test_x_signature_tampering_is_rejected(change):
    now = int(time.time())
    h = x_signature("s3cr3t", "123456", "req-1", now)
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
        verify_x_signature(x_signature("k", "1", "r", old), "r", "1", "k")
    verify_x_signature(x_signature("k", "1", "r", old * 1000), "r", "1", "k", tolerance=0)  # ms ts, no window
    for header in (None, "", "ts=1", "v1=ab", "garbage"):
        with pytest.raises(expetl.SignatureError):
            verify_x_signature(header, "r", "1", "k")


def test_near_misses_and_prefixes_are_rejected():
    """The compare (xconst_eq in C: every byte XORed, no early exit) must
    still reject a wrong first or last character and a prefix."""
    now = int(time.time())
    good = x_signature("k", "1", "r", now)
    ts, v1 = good.split(",")
    for bad in (v1[:3] + ("0" if v1[3] != "0" else "1") + v1[4:], v1[:-1] + ("0" if v1[-1] != "0" else "1"), v1[:-2]):
        with pytest.raises(expetl.SignatureError):
            verify_x_signature(f"{ts},{bad}", "r", "1", "k")
