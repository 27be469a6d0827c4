"""A local server speaking the Mercado Pago reports API wire format
(shared/reference/mercadopago.md §3-5), with scripted faults."""
from __future__ import annotations

import json
import re
import time
from urllib.parse import parse_qs, urlparse

from fakes import QuietHandler, Served


class FakeMercadoPago(Served):
    def __init__(self, token="APP_USR-test-token"):
        self.token = token
        self.reports = {"settlement_report": {}, "release_report": {}}
        self.faults = []          # consumed one per request: (status, headers, body) | "truncate" | ("slow", s)
        self.busy = False         # POST create answers 203
        self.gone: set[str] = set()  # listed, but their download answers 404
        self.requests = []        # (method, path, headers, body)
        outer = self

        class H(QuietHandler):
            def handle_one(self):
                body = self.read_body()
                outer.requests.append((self.command, self.path, dict(self.headers), body))
                if outer.faults:
                    f = outer.faults.pop(0)
                    if f == "truncate":
                        self.send(200, b"[{", length=100)  # promises more than it sends
                        self.close_connection = True
                        return
                    if isinstance(f, tuple) and f[0] == "slow":
                        time.sleep(f[1])
                    else:
                        return self.send(f[0], f[2], headers=f[1])
                if self.headers.get("Authorization") != f"Bearer {outer.token}":
                    return self.send(401, json.dumps({"message": "invalid_token", "error": "unauthorized",
                                                      "status": 401}).encode())
                u = urlparse(self.path)
                m = re.fullmatch(r"/v1/account/(settlement_report|release_report)(?:/(.*))?", u.path)
                if not m:
                    return self.send(404, b'{"message":"not found","error":"not_found"}')
                kind, rest = m.group(1), m.group(2)
                files = outer.reports[kind]
                items = [{"id": i + 1, "file_name": name, "status": "processed", "created_from": "schedule",
                          "date_created": "2025-03-18T09:00:11.872-04:00",
                          "begin_date": "2025-03-01T00:00:00Z", "end_date": "2025-03-17T23:59:59Z"}
                         for i, name in enumerate(sorted(files))]
                if self.command == "POST" and rest is None:
                    if outer.busy:
                        return self.send(203, b'{"message":"try later with begin_date and end_date"}')
                    req = json.loads(body)
                    return self.send(202, json.dumps({"id": 99, "status": "pending", "report_id": None,
                                                      "begin_date": req["begin_date"],
                                                      "end_date": req["end_date"],
                                                      "created_from": "manual"}).encode())
                if rest == "list":
                    return self.send(200, json.dumps(items).encode())
                if rest == "search":
                    q = parse_qs(u.query)
                    limit, offset = int(q["limit"][0]), int(q["offset"][0])
                    if limit > 500 or offset > 10000:
                        return self.send(400, b'{"error":"invalid_limit","message":"limit"}')
                    page = items[offset:offset + limit]
                    return self.send(200, json.dumps({"paging": {"total": len(items), "limit": limit,
                                                                 "offset": offset},
                                                      "results": page}).encode())
                if rest == "config":
                    return self.send(200, json.dumps({"file_name_prefix": "settlement-report-1",
                                                      "separator": ";", "scheduled": True}).encode())
                if rest in files and rest not in outer.gone:
                    return self.send(200, files[rest], ctype="text/csv")
                return self.send(404, b'{"error":"not_found","message":"report not found"}')

            do_GET = do_POST = handle_one

        self.serve(H)
