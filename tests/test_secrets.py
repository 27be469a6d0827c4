"""No secret in any log or error: every client is driven into failure with
known secrets, HTTP debug logging on, and all exception texts plus
everything written to stderr (the C layer's own debug lines included) are
grepped for the secrets."""

import pytest

import expetl
from conftest import _free_port
from expetl.gmail import Gmail
from expetl.mercadopago import MercadoPago
from expetl.stage import Stage
from expetl.warehouse import Warehouse
from fake_gmail import FakeGmail
from fake_mp import FakeMercadoPago

SECRETS = {
    "aws": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY",
    "session": "FwoGZXIvYXdzEXAMPLESESSIONTOKEN////",
    "mp": "APP_USR-1234567890-secret-mp-token",
    "pg": "Pg-Secret-Password-42",
}


def test_no_secret_in_errors_or_debug_output(moto, capfd, monkeypatch):
    monkeypatch.setenv("EXPETL_HTTP_DEBUG", "1")
    texts = []

    def expect_failure(fn):
        with pytest.raises(Exception) as e:
            fn()
        texts.append(f"{type(e.value).__name__}: {e.value} {e.value.args!r}")

    b = moto.bucket()
    expect_failure(lambda: Stage(f"s3://{b}", endpoint_url=moto.endpoint, access_key=moto.user["access_key"],
                                 secret_key=SECRETS["aws"], session_token=SECRETS["session"]).put("k", b"x"))
    expect_failure(lambda: expetl.GlueCrawler("c", endpoint_url=moto.endpoint, access_key="AKIAEXAMPLE",
                                              secret_key=SECRETS["aws"]).start())
    with FakeMercadoPago("another-token") as mp:
        expect_failure(lambda: MercadoPago(SECRETS["mp"], mp.url, backoff=0.01).list_reports("settlement"))
        mp.faults = [(500, {}, b"")] * 9
        expect_failure(lambda: MercadoPago("another-token", mp.url, backoff=0.01, max_retries=1)
                       .download("settlement", "x.csv"))
    with FakeGmail() as g:
        g.revoked = True
        info = g.token_info()
        expect_failure(lambda: list(Gmail(info, token_uri=g.url + "/token", api_base=g.url).fetch()))
        g.revoked = False
        g.faults = [(500, {}, b"")] * 9
        expect_failure(lambda: list(Gmail(info, token_uri=g.url + "/token", api_base=g.url,
                                          max_retries=1, backoff=0.01).fetch()))
        secrets = [*SECRETS.values(), g.client_secret, g.refresh_token, "ya29.fake-1"]
    expect_failure(lambda: Warehouse(f"postgresql://loader:{SECRETS['pg']}@127.0.0.1:{_free_port()}/dw"
                                     f"?connect_timeout=2"))
    expect_failure(lambda: Warehouse(f"host=127.0.0.1 port={_free_port()} user=u password={SECRETS['pg']} "
                                     "connect_timeout=2"))
    out, err = capfd.readouterr()
    everything = "\n".join(texts) + out + err
    assert "expetl http:" in err  # the debug lines were on, and are checked too
    for s in secrets:
        assert s not in everything, f"a secret leaked: {s[:6]}…"
    assert "Bearer" not in everything and "Authorization" not in everything
