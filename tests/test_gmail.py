"""Gmail against a local server speaking its wire format: token refresh
(stale, 401-then-refresh, invalid_grant), paging, attachments (by id and
inline), linked PDFs on allow-listed origins only, redirects checked, the
history watermark and its stale fallback, and faults.  Asserts on what the
server received too."""
import json
import time

import pytest

import expetl
from conftest import FIXTURES
from expetl.gmail import Gmail
from fake_gmail import FakeGmail

PDF1 = (FIXTURES / "receipts" / "carrefour_01_hiper_palermo.pdf").read_bytes()
PDF2 = (FIXTURES / "receipts" / "dia_02_code_first.pdf").read_bytes()
PDF3 = (FIXTURES / "receipts" / "jumbo_02_mixed_case.pdf").read_bytes()
CARREFOUR = "contacto@m.tarjetacarrefour.com.ar"


@pytest.fixture
def g():
    with FakeGmail() as srv:
        srv.links["ticket-1"] = PDF3
        html = (f'<p>Hola</p><a href="{srv.url}/x/c/ticket-1">Ver ticket</a> '
                f'<a href="https://evil.example/x/c/ticket-1">no</a> <a href="{srv.url}/other/ticket-1">no</a>')
        srv.add_message("m1", 1742300000000, 101, "Dia <tickets@dia.com.ar>", "Tu factura", [("f1.pdf", PDF2)])
        srv.add_message("m2", 1742400000000, 102, CARREFOUR, "Hola, te enviamos el ticket digital de tu compra.",
                        html=html, labels=["Label_7"])
        srv.add_message("m3", 1742500000000, 103, "x@y.z", "inline", inline=[("small.pdf", PDF1)])
        yield srv


def client(srv, info=None, **kw):
    return Gmail(info or srv.token_info(), token_uri=srv.url + "/token", api_base=srv.url,
                 link_allow=(srv.url + "/x/c/",), backoff=0.01, **kw)


def test_fetch_everything_with_a_stale_token(g, tmp_path):
    path = tmp_path / "token.json"
    path.write_text(json.dumps(g.token_info()))
    c = Gmail.from_token_file(str(path), token_uri=g.url + "/token", api_base=g.url,
                              link_allow=(g.url + "/x/c/",))
    got = list(c.fetch("from:anyone"))
    assert [(p.message_id, p.filename, p.via) for p in got] == [
        ("m1", "f1.pdf", "attachment"), ("m2", "m2-1.pdf", "link"), ("m3", "small.pdf", "attachment")]
    assert [p.data for p in got] == [PDF2, PDF3, PDF1]
    assert got[0].sender.startswith("Dia") and got[1].internal_date.year == 2025
    assert got[0].sha256 == expetl._native.sha256(PDF2)
    # the expired token was refreshed first (one refresh), then written back
    assert g.issued == 1 and g.requests[0][1] == "/token"
    saved = json.loads(path.read_text())
    assert saved["token"] == "ya29.fake-1" and saved["refresh_token"] == g.refresh_token
    assert saved["expiry"].endswith("Z") and (path.stat().st_mode & 0o777) == 0o600
    # paging: 3 messages, 2 per page; the query went out encoded; links only on the allowed origin
    lists = [r[1] for r in g.requests if "/messages?" in r[1]]
    assert len(lists) == 2 and "q=from%3Aanyone" in lists[0] and "pageToken=2" in lists[1]
    assert not any("evil" in r[1] or "/other/" in r[1] for r in g.requests)
    assert all(r[2].get("Authorization") == "Bearer ya29.fake-1" for r in g.requests if "/gmail/" in r[1])


def test_401_refreshes_once_and_retries(g):
    c = client(g, g.token_info(token="ya29.revoked-by-google", expiry="2999-01-01T00:00:00Z"))
    assert len(list(c.fetch())) == 3
    assert g.issued == 1  # one refresh after the 401


def test_invalid_grant_is_explained(g):
    g.revoked = True
    with pytest.raises(expetl.AuthError) as e:
        list(client(g).fetch())
    msg = str(e.value)
    assert "invalid_grant" in msg and "7 days" in msg and "expetl gmail-auth" in msg
    assert g.client_secret not in msg and g.refresh_token not in msg


def test_429_with_retry_after_and_5xx_and_truncation(g):
    g.faults = [(429, {"Retry-After": "1"}, b"{}"), (503, {}, b""), "truncate"]
    t = time.monotonic()
    assert len(list(client(g).fetch())) == 3
    assert time.monotonic() - t >= 0.9


def test_403_rate_limit_is_backed_off(g):
    body = json.dumps({"error": {"code": 403, "message": "User Rate Limit Exceeded",
                                 "errors": [{"reason": "userRateLimitExceeded"}]}}).encode()
    g.faults = [(403, {}, body), (403, {}, body)]
    assert len(list(client(g).fetch())) == 3


def test_slow_server_times_out_with_a_clear_error(g):
    g.faults = [("slow", 3)]
    with pytest.raises(expetl.StageError):
        list(client(g, timeout=0.5, max_retries=0).fetch())


def test_linked_pdfs_redirects_and_checks(g):
    c = client(g)._g
    allow = [g.url + "/x/c/"]
    assert c.fetch_link(g.url + "/x/c/ticket-1", allow) == PDF3
    # a redirect to an allowed path is followed, one elsewhere is refused
    g.links["t2"] = PDF1
    with pytest.raises(ValueError):  # /redirect/ itself is not on the allow list
        c.fetch_link(g.url + "/redirect/t2", allow)
    assert c.fetch_link(g.url + "/redirect/t2", allow + [g.url + "/redirect/"]) == PDF1
    with pytest.raises(ValueError):
        c.fetch_link(g.url + "/redirect/https://evil.example/x/c/t2", allow + [g.url + "/redirect/"])
    # an expired link serves HTML: not a PDF; a tiny PDF is refused too
    with pytest.raises(expetl.StageError, match="not a PDF"):
        c.fetch_link(g.url + "/x/c/gone", allow)
    g.links["tiny"] = b"%PDF-1.4 tiny"
    with pytest.raises(expetl.StageError, match="too small"):
        c.fetch_link(g.url + "/x/c/tiny", allow)
    with pytest.raises(expetl.StageError):
        c.fetch_link(g.url + "/x/c/ticket-1", allow, 1024, 2000)  # over the size limit


def test_watermark_date_query_then_history_then_stale_fallback(g):
    c = client(g)
    got, st = c.fetch_new({})
    assert len(got) == 3 and st == {"internal_date_ms": 1742500000000, "history_id": "103"}
    # nothing new: the date query asks for after the newest internal date, in epoch seconds
    got, st2 = c.fetch_new(st)
    assert got == [] and st2["internal_date_ms"] == st["internal_date_ms"]
    assert any("after%3A1742500000" in r[1] for r in g.requests)
    # with a label, history.list from the history id finds the new labelled mail
    g.add_message("m4", 1742600000000, 104, "x@y.z", "inline", inline=[("n.pdf", PDF2)], labels=["Label_7"])
    got, st3 = c.fetch_new(st, label="Label_7")
    assert [p.message_id for p in got] == ["m4"] and st3["history_id"] == "104"
    assert any("/history?" in r[1] and "startHistoryId=103" in r[1] for r in g.requests)
    # a stale history id (404) falls back to the date query
    g.min_history = 200
    g.add_message("m5", 1742700000000, 205, "x@y.z", "inline", inline=[("o.pdf", PDF1)], labels=["Label_7"])
    got, st4 = c.fetch_new(st3, label="Label_7")
    assert [p.message_id for p in got] == ["m5"] and st4["internal_date_ms"] == 1742700000000


def test_base64url_and_message_parsing_edge_cases(g):
    c = client(g)._g
    m = c.get("m3")
    assert m["attachments"][0]["attachment_id"] is None and m["attachments"][0]["data"] == PDF1
    with pytest.raises(expetl.StageError) as e:
        c.get("no-such-message")
    assert e.value.status == 404


def test_runner_gmail_source(g, tmp_path, warehouse, monkeypatch):
    from expetl.core.sources import open_source
    from expetl.runner import Runner
    from expetl.stage import Stage

    tok = tmp_path / "token.json"
    tok.write_text(json.dumps(g.token_info()))
    monkeypatch.setenv("EXPETL_GMAIL_TOKEN_URI", g.url + "/token")
    monkeypatch.setenv("EXPETL_GMAIL_API_BASE", g.url)
    monkeypatch.setenv("EXPETL_GMAIL_LINKS", g.url + "/x/c/")
    stage = Stage(str(tmp_path / "stage"))
    r = Runner(stage, warehouse).run(open_source(f"gmail:{tok}"))
    assert (r.loaded, r.receipts) == (3, 3)
    state = json.loads((tmp_path / "token.json.watermark.json").read_text())
    assert state["internal_date_ms"] == 1742500000000
    again = Runner(stage, warehouse).run(open_source(f"gmail:{tok}"))
    assert again.new == 0 and again.duplicate == 0  # the watermark: nothing fetched at all


def test_a_failed_load_keeps_the_gmail_watermark(g, tmp_path, pg, schema, monkeypatch):
    from expetl.core.sources import open_source
    from expetl.runner import Runner
    from expetl.stage import Stage
    from expetl.warehouse import Warehouse

    tok = tmp_path / "token.json"
    tok.write_text(json.dumps(g.token_info()))
    monkeypatch.setenv("EXPETL_GMAIL_TOKEN_URI", g.url + "/token")
    monkeypatch.setenv("EXPETL_GMAIL_API_BASE", g.url)
    monkeypatch.setenv("EXPETL_GMAIL_LINKS", g.url + "/x/c/")
    with Warehouse(pg.dsn, schema=schema) as wh:
        wh.query(f'CREATE FUNCTION "{schema}".nope() RETURNS trigger LANGUAGE plpgsql AS $$ '
                 "BEGIN RAISE EXCEPTION 'down'; END $$")
        wh.query(f'CREATE TRIGGER nope BEFORE INSERT ON "{schema}".receipts FOR EACH ROW '
                 f'EXECUTE FUNCTION "{schema}".nope()')
        with pytest.raises(expetl.WarehouseError):
            Runner(Stage(str(tmp_path / "stage")), wh).run(open_source(f"gmail:{tok}"))
        assert not (tmp_path / "token.json.watermark.json").exists()
        wh.query(f'DROP TRIGGER nope ON "{schema}".receipts')
        r = Runner(Stage(str(tmp_path / "stage")), wh).run(open_source(f"gmail:{tok}"))
        assert r.loaded == 3  # the same mail, fetched again, loads once


def _auth_flow(g, tmp_path, code, tamper_state=False):
    import subprocess
    import sys
    import urllib.parse
    import urllib.request
    from pathlib import Path

    secrets_file = tmp_path / "client.json"
    secrets_file.write_text(json.dumps({"installed": {
        "client_id": g.client_id, "client_secret": g.client_secret,
        "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": g.url + "/token",
        "redirect_uris": ["http://localhost"]}}))
    out = tmp_path / "token.json"
    exe = Path(sys.executable).parent / "expetl"
    p = subprocess.Popen([str(exe), "gmail-auth", "--client-secrets", str(secrets_file), "--out", str(out),
                          "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p.stdout.readline()
    url = p.stdout.readline().strip()
    q = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)
    assert q["scope"] == ["https://www.googleapis.com/auth/gmail.readonly"]
    assert q["code_challenge_method"] == ["S256"] and q["access_type"] == ["offline"]
    state = q["state"][0] + ("x" if tamper_state else "")
    redirect = q["redirect_uri"][0]
    assert redirect.startswith("http://127.0.0.1:")
    try:
        urllib.request.urlopen(redirect + "?" + urllib.parse.urlencode({"code": code, "state": state})).read()
    except urllib.error.HTTPError:
        pass
    rest, err = p.communicate(timeout=30)
    return p.returncode, out, err


def test_gmail_auth_loopback_flow_writes_the_token(g, tmp_path):
    rc, out, err = _auth_flow(g, tmp_path, "good-code")
    assert rc == 0, err
    tok = json.loads(out.read_text())
    assert tok["refresh_token"] == g.refresh_token and tok["client_id"] == g.client_id
    assert tok["expiry"].endswith("Z") and (out.stat().st_mode & 0o777) == 0o600
    # and the Gmail source can use it as is
    assert len(list(Gmail(tok, token_uri=g.url + "/token", api_base=g.url,
                          link_allow=(g.url + "/x/c/",)).fetch())) == 3


def test_gmail_auth_rejects_a_forged_redirect(g, tmp_path):
    rc, out, err = _auth_flow(g, tmp_path, "good-code", tamper_state=True)
    assert rc == 1 and "state did not match" in err and not out.exists()


def test_invalid_json_answers_are_clear_errors(g):
    g.faults = [(200, {}, b"<html>oops</html>")]
    with pytest.raises(expetl.StageError, match="not JSON"):
        list(client(g).fetch())
