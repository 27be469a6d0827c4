"""A local server speaking Gmail's REST wire format and Google's token
endpoint (shared/reference/gmail.md), plus pages serving "ticket digital"
PDF links, with scripted faults.  It records every request."""
from __future__ import annotations

import base64
import re
import time
from urllib.parse import parse_qs, urlparse

from fakes import QuietHandler, Served


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")  # Gmail leaves out the padding


class FakeGmail(Served):
    client_id = "123-abc.apps.googleusercontent.com"
    client_secret = "GOCSPX-fake-client-secret"
    refresh_token = "1//fake-refresh-token"

    def __init__(self):
        self.tokens: set[str] = set()
        self.issued = 0
        self.revoked = False
        self.expires_in = 3599
        self.messages: dict[str, dict] = {}
        self.min_history = 1          # history.list below this answers 404
        self.links: dict[str, bytes] = {}
        self.redirects: dict[str, str] = {}  # link path -> Location (a link that redirects)
        self.page_size = 2
        self.faults: list = []        # (status, headers, body) | "truncate" | ("slow", s), one per request
        self.requests: list = []
        outer = self

        class H(QuietHandler):
            def handle_one(self):
                body = self.read_body()
                outer.requests.append((self.command, self.path, dict(self.headers), body))
                if outer.faults and not self.path.startswith("/token"):
                    f = outer.faults.pop(0)
                    if f == "truncate":
                        self.send(200, b'{"messages": [', length=500)
                        self.close_connection = True
                        return
                    if isinstance(f, tuple) and f[0] == "slow":
                        time.sleep(f[1])
                    else:
                        return self.send(*f[:1], f[2], headers=f[1])
                u = urlparse(self.path)
                if u.path == "/token":
                    return self.token(parse_qs(body.decode()))
                if u.path.startswith("/x/c/") or u.path.startswith("/redirect/"):
                    return self.link(u.path)
                auth = self.headers.get("Authorization", "")
                if not auth.startswith("Bearer ") or auth[7:] not in outer.tokens:
                    return self.send(401, {"error": {"code": 401, "message": "Invalid Credentials",
                                                     "errors": [{"domain": "global", "reason": "authError"}]}})
                return self.api(u)

            def token(self, form):
                if form.get("grant_type") == ["authorization_code"]:
                    good = (form.get("code") == ["good-code"] and form.get("client_id") == [outer.client_id]
                            and len(form.get("code_verifier", [""])[0]) >= 43
                            and form.get("redirect_uri", [""])[0].startswith("http://127.0.0.1:"))
                    if not good:
                        return self.send(400, {"error": "invalid_grant", "error_description": "Bad Request"})
                    outer.issued += 1
                    return self.send(200, {"access_token": f"ya29.fake-{outer.issued}", "expires_in": 3599,
                                           "refresh_token": outer.refresh_token, "token_type": "Bearer",
                                           "scope": "https://www.googleapis.com/auth/gmail.readonly"})
                ok = (form.get("grant_type") == ["refresh_token"] and form.get("client_id") == [outer.client_id]
                      and form.get("client_secret") == [outer.client_secret])
                if outer.revoked or form.get("refresh_token") != [outer.refresh_token]:
                    return self.send(400, {"error": "invalid_grant",
                                           "error_description": "Token has been expired or revoked."})
                if not ok:
                    return self.send(401, {"error": "invalid_client", "error_description": "Unauthorized"})
                outer.issued += 1
                tok = f"ya29.fake-{outer.issued}"
                outer.tokens.add(tok)
                return self.send(200, {"access_token": tok, "expires_in": outer.expires_in,
                                       "scope": "https://www.googleapis.com/auth/gmail.readonly",
                                       "token_type": "Bearer"})

            def link(self, path):
                if path in outer.redirects:
                    return self.send(302, b"", headers={"Location": outer.redirects[path]})
                m = re.fullmatch(r"/redirect/(.+)", path)
                if m:
                    target = m.group(1)
                    loc = target if target.startswith("http") else f"/x/c/{target}"
                    return self.send(302, b"", headers={"Location": loc})
                name = path[len("/x/c/"):]
                if name in outer.links:
                    return self.send(200, outer.links[name], ctype="application/pdf")
                return self.send(200, b"<html>expired link</html>", ctype="text/html")

            def api(self, u):
                q = parse_qs(u.query)
                base = "/gmail/v1/users/me/"
                if u.path == base + "messages":
                    query = q.get("q", [""])[0]
                    after = re.search(r"after:(\d+)", query)
                    ids = [i for i, m in outer.messages.items()
                           if not after or m["internalDate"] // 1000 > int(after.group(1))]
                    start = int(q.get("pageToken", ["0"])[0])
                    page = ids[start:start + outer.page_size]
                    out = {"resultSizeEstimate": len(ids)}
                    if page:
                        out["messages"] = [{"id": i, "threadId": i} for i in page]  # absent when none
                    if start + outer.page_size < len(ids):
                        out["nextPageToken"] = str(start + outer.page_size)
                    return self.send(200, out)
                if u.path == base + "history":
                    start = int(q["startHistoryId"][0])
                    if start < outer.min_history:
                        return self.send(404, {"error": {"code": 404, "message": "Requested entity was not found.",
                                                         "errors": [{"reason": "notFound"}]}})
                    added = [m for m in outer.messages.values() if m["historyId"] > start
                             and (not q.get("labelId") or q["labelId"][0] in m.get("labels", []))]
                    latest = max([m["historyId"] for m in outer.messages.values()] + [start])
                    return self.send(200, {"historyId": str(latest), "history": [
                        {"id": str(m["historyId"]), "messagesAdded": [{"message": {"id": m["id"]}}]}
                        for m in added]})
                m = re.fullmatch(base + r"messages/([^/]+)(?:/attachments/(.+))?", u.path)
                if m and m.group(1) in outer.messages:
                    msg = outer.messages[m.group(1)]
                    if m.group(2):
                        data = msg["attachments"][m.group(2)]
                        return self.send(200, {"size": len(data), "data": b64url(data)})
                    return self.send(200, outer.full(msg))
                return self.send(404, {"error": {"code": 404, "message": "Not Found",
                                                 "errors": [{"reason": "notFound"}]}})

            do_GET = do_POST = handle_one

        self.serve(H)

    def add_message(self, mid, internal_ms, history_id, sender, subject, pdfs=(), inline=(), html=None,
                    labels=()):
        self.messages[mid] = {"id": mid, "internalDate": internal_ms, "historyId": history_id, "from": sender,
                              "subject": subject, "attachments": {f"att-{i}": d for i, (n, d) in enumerate(pdfs)},
                              "names": [n for n, d in pdfs], "inline": list(inline), "html": html,
                              "labels": list(labels)}

    def full(self, m):
        parts = [{"partId": "0", "mimeType": "multipart/alternative", "filename": "", "body": {"size": 0},
                  "parts": [{"partId": "0.0", "mimeType": "text/plain", "filename": "",
                             "body": {"size": 5, "data": b64url(b"hola.")}}]
                  + ([{"partId": "0.1", "mimeType": "text/html", "filename": "",
                       "body": {"size": len(m["html"]), "data": b64url(m["html"].encode())}}] if m["html"] else [])}]
        for i, name in enumerate(m["names"]):
            parts.append({"partId": str(i + 1), "mimeType": "application/pdf", "filename": name,
                          "body": {"attachmentId": f"att-{i}", "size": len(m["attachments"][f"att-{i}"])}})
        for j, (name, data) in enumerate(m["inline"]):
            parts.append({"partId": f"i{j}", "mimeType": "application/pdf", "filename": name,
                          "body": {"size": len(data), "data": b64url(data)}})
        return {"id": m["id"], "threadId": m["id"], "labelIds": ["INBOX"], "snippet": "",
                "historyId": str(m["historyId"]), "internalDate": str(m["internalDate"]),
                "payload": {"partId": "", "mimeType": "multipart/mixed", "filename": "",
                            "headers": [{"name": "From", "value": m["from"]},
                                        {"name": "Subject", "value": m["subject"]}],
                            "body": {"size": 0}, "parts": parts}}

    def token_info(self, **over):
        info = {"token": "ya29.stale", "refresh_token": self.refresh_token,
                "token_uri": "https://oauth2.googleapis.com/token", "client_id": self.client_id,
                "client_secret": self.client_secret, "scopes": ["https://www.googleapis.com/auth/gmail.readonly"],
                "expiry": "2020-01-01T00:00:00Z"}
        info.update(over)
        return info
