"""Servers that echo the request: every secret a client sends (the Gmail
client secret, refresh and access tokens, the Mercado Pago token, the AWS
secret and session token) comes back in the error text, as is,
percent-encoded, JSON-escaped or cut short at any length, and must never be
printed: not in an exception, not on stderr with HTTP debug on, not in
``expetl run``'s output."""
import json
import os
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

import expetl
from expetl.gmail import Gmail
from expetl.mercadopago import MercadoPago
from expetl.stage import Stage
from fakes import QuietHandler, Served

EXE = Path(sys.executable).parent / "expetl"
SECRETS = {
    "client_secret": "GOCSPX-Echoed-Client-Secret-1234",
    "refresh_token": "1//0Echoed-Refresh/Token+With=Odd",
    "access_token": "ya29.Echoed-Access-Token-5678",
    "mp": "APP_USR-4242-echoed-mercadopago-token",
    "aws_secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYECHOEDKEY",
    "aws_session": "FwoGZXIvYXdzEchoed//Session+Token==",
}


class Echo(Served):
    """Answers every request with an error whose message is the request
    itself (line, headers, body), in the shape each client reads, shifted
    by a padding that moves through ``pads`` one request at a time so the
    clients' cut-offs fall inside the secrets too.  The token endpoint can
    be told to grant a token (so the API calls that follow are echoed)."""

    def __init__(self, grant=False):
        self.grant, self.n = grant, 0
        self.pads = [0, 7, 131, 200, 230, 240, 247, 251, 300, 440, 470, 490, 500, 505]
        outer = self

        class H(QuietHandler):
            def _answer(self):
                body = self.read_body()
                if outer.grant and self.path.startswith("/token"):
                    return self.send(200, {"access_token": SECRETS["access_token"], "expires_in": 3600})
                pad = "p" * outer.pads[outer.n % len(outer.pads)]
                outer.n += 1
                dump = f"{pad}{self.command} {self.path} " + " ".join(f"{k}: {v}" for k, v in self.headers.items())
                dump += " " + body.decode("latin-1")
                # the same again, percent-encoded and JSON-escaped as some servers echo it
                dump += " " + urllib.parse.quote(dump, safe="") + " " + dump.replace("/", "\\/")
                if self.path.startswith("/token"):
                    return self.send(400, {"error": "invalid_request", "error_description": dump})
                if self.headers.get("X-Amz-Target", "").startswith("AWSGlue"):
                    return self.send(400, {"__type": "InvalidInputException", "message": dump})
                if "x-amz-content-sha256" in {k.lower() for k in self.headers}:
                    from xml.sax.saxutils import escape
                    return self.send(400, f"<?xml version='1.0'?><Error><Code>InvalidRequest</Code>"
                                          f"<Message>{escape(dump)}</Message></Error>".encode(),
                                     ctype="application/xml")
                if self.path.startswith("/gmail/"):
                    return self.send(400, {"error": {"code": 400, "message": dump,
                                                     "errors": [{"reason": "badRequest"}]}})
                return self.send(400, {"message": dump, "error": "bad_request", "status": 400})

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer

        self.serve(H)


def leaked(text: str) -> list[str]:
    forms = []
    for name, s in SECRETS.items():
        for form in (s, urllib.parse.quote(s, safe=""), s.replace("/", "\\/"), s[:8], s[-8:]):
            if form in text:
                forms.append(f"{name}: {form[:6]}…")
    return forms


def token_info(srv):
    return {"client_id": "123.apps.googleusercontent.com", "client_secret": SECRETS["client_secret"],
            "refresh_token": SECRETS["refresh_token"], "token": None, "expiry": None,
            "token_uri": srv.url + "/token"}


def test_echoed_secrets_never_reach_an_exception_or_stderr(capfd, monkeypatch):
    monkeypatch.setenv("EXPETL_HTTP_DEBUG", "1")
    texts = []

    def fails(fn, times=14):
        for _ in range(times):  # every padding: every cut-off point
            with pytest.raises(Exception) as e:
                fn()
            texts.append(f"{type(e.value).__name__}: {e.value} {e.value.args!r} {vars(e.value)!r}")

    with Echo() as srv:  # the token endpoint echoes the client secret and refresh token
        fails(lambda: list(Gmail(token_info(srv), token_uri=srv.url + "/token", api_base=srv.url,
                                 max_retries=0).fetch()))
    with Echo(grant=True) as srv:  # the API echoes the access token
        fails(lambda: list(Gmail(token_info(srv), token_uri=srv.url + "/token", api_base=srv.url,
                                 max_retries=0).fetch()))
    with Echo() as srv:
        fails(lambda: MercadoPago(SECRETS["mp"], srv.url, max_retries=0).list_reports("settlement"))
        fails(lambda: MercadoPago(SECRETS["mp"], srv.url, max_retries=0).download("release", "r.csv"))
        st = Stage("s3://bucket/p", endpoint_url=srv.url, access_key="AKIAECHOTEST", secret_key=SECRETS["aws_secret"],
                   session_token=SECRETS["aws_session"], max_retries=0)
        fails(lambda: st.get("raw/x.pdf"))
        fails(lambda: st.put("raw/x.pdf", b"data"))
        fails(lambda: expetl.GlueCrawler("c", endpoint_url=srv.url, access_key="AKIAECHOTEST",
                                         secret_key=SECRETS["aws_secret"], session_token=SECRETS["aws_session"],
                                         max_retries=0).start())
    out, err = capfd.readouterr()
    assert "expetl http:" in err and "[REDACTED]" in "".join(texts)  # they were echoed, and scrubbed
    assert leaked("\n".join(texts) + out + err) == []


def test_expetl_run_prints_no_echoed_token(tmp_path, pg, schema):
    """The trial: the Mercado Pago bearer token on `expetl run`'s stderr;
    and the Gmail secrets through a Gmail source."""
    with Echo() as srv:
        tok = tmp_path / "token.json"
        tok.write_text(json.dumps(token_info(srv)))
        base = {"PATH": "/usr/bin:/bin", "EXPETL_HTTP_DEBUG": "1", "MERCADOPAGO_ACCESS_TOKEN": SECRETS["mp"],
                "MERCADOPAGO_BASE_URL": srv.url, "EXPETL_GMAIL_TOKEN_URI": srv.url + "/token",
                "EXPETL_GMAIL_API_BASE": srv.url}
        env = {**{k: v for k, v in os.environ.items() if k in ("LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS",
                                                             "PYTHONPATH", "HOME")}, **base}
        for source in ("mercadopago:settlement", f"gmail:{tok}"):
            p = subprocess.run([str(EXE), "run", "--source", source, "--stage", str(tmp_path / "stage"),
                                "--warehouse", pg.dsn, "--schema", schema], capture_output=True, text=True, env=env)
            assert p.returncode == 1 and "Error" in p.stderr, p.stderr
            assert leaked(p.stdout + p.stderr) == [], p.stderr


def test_scrub_finds_the_forms_a_server_echoes():
    s = "1//0Echoed-Refresh/Token+With=Odd"
    lower_hex = re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), urllib.parse.quote(s, safe=""))
    text = (f"a {s} b {urllib.parse.quote(s, safe='')} c {lower_hex} "
            f"d {s.replace('/', chr(92) + '/')} e {s[:10]}")
    assert expetl._native.scrub(text, [s]) == "a [REDACTED] b [REDACTED] c [REDACTED] d [REDACTED] e [REDACTED]"
    assert expetl._native.scrub("nothing here", [s, None, "abc"]) == "nothing here"
