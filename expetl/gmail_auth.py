"""``expetl gmail-auth``: Google's installed-app OAuth flow with a loopback
redirect on 127.0.0.1 and PKCE, writing the authorised-user JSON the Gmail
source reads (this replaces the original system's missing
gcp_token_offline.sh).  Interactive and run once, so it uses the standard
library's HTTPS client (certificate verification on)."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import sys
import tempfile
import urllib.parse
import urllib.request
import webbrowser
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, HTTPServer

from . import _native
from .gmail import SCOPE


def _client(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    c = data.get("installed") or data.get("web")
    if not c or not c.get("client_id") or not c.get("client_secret"):
        raise ValueError(f"{path} is not an OAuth client secrets file (no installed.client_id)")
    c.setdefault("auth_uri", "https://accounts.google.com/o/oauth2/auth")
    c.setdefault("token_uri", "https://oauth2.googleapis.com/token")
    return c


def _write_private(path: str, data: dict) -> None:
    d = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".token-")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def run(client_secrets: str, out: str, port: int = 0, open_browser: bool = True, timeout: float = 300) -> int:
    c = _client(client_secrets)
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    state = secrets.token_urlsafe(24)
    got: dict = {}

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            ok = q.get("state") == [state] and "code" in q
            got.update(code=q.get("code", [None])[0], ok=ok, error=q.get("error", [None])[0])
            self.send_response(200 if ok else 400)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(b"expetl: authorised, you can close this tab." if ok
                             else b"expetl: authorisation failed (state mismatch or refused).")

    srv = HTTPServer(("127.0.0.1", port), H)
    srv.timeout = timeout
    redirect = f"http://127.0.0.1:{srv.server_address[1]}/"
    url = c["auth_uri"] + "?" + urllib.parse.urlencode({
        "client_id": c["client_id"], "redirect_uri": redirect, "response_type": "code", "scope": SCOPE,
        "access_type": "offline", "prompt": "consent", "state": state,
        "code_challenge": challenge, "code_challenge_method": "S256"})
    print(f"Open this URL, sign in and allow read-only Gmail access:\n{url}", flush=True)
    if open_browser:
        webbrowser.open(url)
    srv.handle_request()  # one redirect, or the timeout
    srv.server_close()
    if not got.get("ok"):
        why = got.get("error") or ("no answer in time" if not got else "the state did not match")
        print(f"expetl gmail-auth: authorisation failed: {why}", file=sys.stderr)
        return 1
    form = urllib.parse.urlencode({"code": got["code"], "client_id": c["client_id"],
                                   "client_secret": c["client_secret"], "redirect_uri": redirect,
                                   "grant_type": "authorization_code", "code_verifier": verifier}).encode()
    req = urllib.request.Request(c["token_uri"], data=form,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            tok = json.load(r)
    except urllib.error.HTTPError as e:
        try:
            detail = json.loads(e.read() or b"{}")
        except ValueError:
            detail = {}
        # a server may echo the form: the secrets are scrubbed by value
        why = _native.scrub(str(detail.get("error", e.code) if isinstance(detail, dict) else e.code),
                            [c["client_secret"], got["code"], verifier])
        print(f"expetl gmail-auth: the token exchange failed: {why}", file=sys.stderr)
        return 1
    if not tok.get("refresh_token"):
        print("expetl gmail-auth: Google returned no refresh token (revoke the app's access and retry)",
              file=sys.stderr)
        return 1
    expiry = datetime.now(timezone.utc) + timedelta(seconds=int(tok.get("expires_in", 3600)))
    _write_private(out, {"token": tok["access_token"], "refresh_token": tok["refresh_token"],
                         "token_uri": c["token_uri"], "client_id": c["client_id"],
                         "client_secret": c["client_secret"], "scopes": [SCOPE],
                         "expiry": expiry.replace(tzinfo=None, microsecond=0).isoformat() + "Z"})
    print(f"wrote {out}")
    return 0
