"""Signed Mercado Pago notifications made by the tests: x-signature headers
(Python's hmac) and report-ready bodies with a fresh date (bcrypt from the
system's libxcrypt through ctypes), besides the fixture bodies in
../shared/fixtures/mercadopago/webhook."""
import ctypes
import hashlib
import hmac
import json
from datetime import datetime, timedelta, timezone

_crypt = ctypes.CDLL("libcrypt.so.1")
_crypt.crypt.restype = _crypt.crypt_gensalt.restype = ctypes.c_char_p
_crypt.crypt.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_crypt.crypt_gensalt.argtypes = [ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p, ctypes.c_int]
ART = timezone(timedelta(hours=-3))


def bcrypt(plain: str, cost: int) -> str:
    setting = _crypt.crypt_gensalt(b"$2b$", cost, None, 0)
    return _crypt.crypt(plain.encode(), setting).decode()


def report_note(secret: str, transaction_id: str, cost: int = 4, signature: str | None = None) -> bytes:
    """A report-ready notification dated now (cost 4: bcrypt's cheapest, for speed)."""
    when = datetime.now(ART).isoformat(timespec="milliseconds")
    name = f"settlement-report-412345678-{transaction_id}.csv"
    return json.dumps({
        "transaction_id": transaction_id, "request_date": when, "generation_date": when,
        "files": [{"type": ".csv", "name": name, "url": f"https://api.mercadopago.com/v1/account/settlement_report/{name}"}],
        "status": "enabled", "creation_type": "schedule", "report_type": "settlement", "is_test": False,
        "signature": signature or bcrypt(f"{transaction_id}-{secret}-{when}", cost)}).encode()


def x_signature(secret: str, data_id: str | None, request_id: str | None, ts) -> str:
    """The header over the manifest id:<data.id lower case>;request-id:…;ts:…; (missing parts left out)."""
    manifest = ""
    if data_id:
        manifest += f"id:{data_id.lower()};"
    if request_id:
        manifest += f"request-id:{request_id};"
    manifest += f"ts:{ts};"
    return f"ts={ts},v1={hmac.new(secret.encode(), manifest.encode(), hashlib.sha256).hexdigest()}"
