"""Small local HTTP servers for fault tests, and the pieces the wire-format
fakes (fake_gmail.py, fake_mp.py) share."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def read_body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send(self, status, body=b"", ctype="application/json", headers=None, length=None):
        """length: a Content-Length to announce (more than is sent: a truncated body)."""
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class Served:
    """``with Fake(...) as srv: srv.url``: a threaded server on 127.0.0.1."""

    def serve(self, handler: type) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


class Scripted(Served):
    """``with Scripted([(500, {}, b""), (200, {}, b"ok")]) as srv: srv.url``;
    after the script the last response repeats.  ``srv.requests`` holds
    (method, path, headers, body) for every request."""

    def __init__(self, script):
        self.script = list(script)
        self.requests = []
        outer = self

        class H(QuietHandler):
            def _answer(self):
                body = self.read_body()
                outer.requests.append((self.command, self.path, dict(self.headers), body))
                i = min(len(outer.requests), len(outer.script)) - 1
                status, headers, payload = outer.script[i]
                self.send(status, payload, ctype="application/xml", headers=headers)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _answer

        self.serve(H)


class FakeSmtp(Served):
    """``with FakeSmtp() as s: s.port``: an SMTP server (RFC 5321's plain
    dialogue, no TLS) that keeps every message: ``s.messages`` holds
    (mail from, [rcpt to], data)."""

    def __init__(self):
        import socketserver

        self.messages = []
        outer = self

        class H(socketserver.StreamRequestHandler):
            def reply(self, line):
                self.wfile.write(line.encode() + b"\r\n")

            def handle(self):
                self.reply("220 fake ESMTP")
                sender, rcpts = None, []
                while line := self.rfile.readline():
                    verb = line.decode().strip().split(" ", 1)[0].upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250 fake")
                    elif verb == "MAIL":
                        sender, rcpts = line.decode().split(":", 1)[1].strip(), []
                        self.reply("250 ok")
                    elif verb == "RCPT":
                        rcpts.append(line.decode().split(":", 1)[1].strip())
                        self.reply("250 ok")
                    elif verb == "DATA":
                        self.reply("354 end with .")
                        data = []
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                            data.append(chunk)
                        outer.messages.append((sender, rcpts, b"".join(data)))
                        self.reply("250 queued")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    else:
                        self.reply("250 ok")  # RSET, NOOP

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), H)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
