"""Glue crawlers against moto's server (IAM authentication on, so every
JSON 1.1 request's SigV4 signature is checked).  moto advances a crawl only
through its state manager (or ListCrawls): the tests set the transition."""
import json
import urllib.request
import uuid

import pytest

import expetl
from expetl.glue import CrawlerTimeout, GlueCrawler
from fakes import Scripted


def transition(moto, progression):
    req = urllib.request.Request(
        f"{moto.endpoint}/moto-api/state-manager/set-transition", method="POST",
        data=json.dumps({"model_name": "glue::crawl", "transition": progression}).encode())
    urllib.request.urlopen(req).read()


@pytest.fixture
def crawler(moto):
    name = "expenses-" + uuid.uuid4().hex[:8]
    glue = moto.client("glue")
    glue.create_database(DatabaseInput={"Name": name.replace("-", "_")})
    glue.create_crawler(Name=name, Role="arn:aws:iam::123456789012:role/glue",
                        DatabaseName=name.replace("-", "_"),
                        Targets={"S3Targets": [{"Path": "s3://bucket/processed/"}]})
    return name


def client(moto, name, **kw):
    return GlueCrawler(name, endpoint_url=moto.endpoint, region=moto.region, **{**moto.user, **kw})


def test_start_then_already_running_then_ready(moto, crawler):
    transition(moto, {"progression": "manual", "times": 1})
    c = client(moto, crawler)
    assert c.state()["state"] == "READY"
    assert c.start() is True
    assert c.state()["state"] == "RUNNING"
    assert c.start() is False  # CrawlerRunningException is "already running", not a failure
    with pytest.raises(CrawlerTimeout):
        c.wait(timeout=0.2, poll=0.1)
    transition(moto, {"progression": "immediate"})
    st = c.wait(timeout=10, poll=0.05)
    assert st["state"] == "READY" and st["last_status"]  # moto's own words (COMPLETED), not AWS's


def test_refresh_with_assumed_role_credentials(moto, crawler):
    transition(moto, {"progression": "immediate"})
    c = GlueCrawler(crawler, endpoint_url=moto.endpoint, **moto.temporary_credentials())
    st = c.refresh(timeout=10, poll=0.05)
    assert st["started"] is True and st["state"] == "READY"


def test_unknown_crawler_and_bad_signature(moto):
    with pytest.raises(expetl.StageError) as e:
        client(moto, "no-such-crawler").state()
    assert e.value.code == "EntityNotFoundException"
    bad = GlueCrawler("x", endpoint_url=moto.endpoint, access_key=moto.user["access_key"],
                      secret_key="wrong")
    with pytest.raises(expetl.StageAuthError) as e:
        bad.start()
    assert e.value.status == 403 and "wrong" not in str(e.value)


def test_json_errors_and_last_crawl_fields():
    ok = json.dumps({"Crawler": {"Name": "c", "State": "READY",
                                 "LastCrawl": {"Status": "FAILED", "ErrorMessage": "no access",
                                               "StartTime": 1742300000.5}}}).encode()
    with Scripted([(503, {}, b""), (200, {}, ok)]) as srv:
        st = GlueCrawler("c", endpoint_url=srv.url, access_key="AKID", secret_key="s").state()
        assert st == {"state": "READY", "last_status": "FAILED", "last_error": "no access",
                      "last_start": 1742300000.5}
        method, path, headers, body = srv.requests[-1]
        h = {k.lower(): v for k, v in headers.items()}
        assert (method, path) == ("POST", "/")
        assert h["x-amz-target"] == "AWSGlue.GetCrawler"
        assert h["content-type"] == "application/x-amz-json-1.1"
        assert "/glue/aws4_request" in h["authorization"] and json.loads(body) == {"Name": "c"}
    err = json.dumps({"__type": "com.amazonaws.glue#EntityNotFoundException:http://x",
                      "message": "Crawler entry with name c does not exist"}).encode()
    with Scripted([(400, {}, err)]) as srv:
        with pytest.raises(expetl.StageError) as e:
            GlueCrawler("c", endpoint_url=srv.url).state()
        assert e.value.code == "EntityNotFoundException" and len(srv.requests) == 1


@pytest.mark.parametrize("etype,refused", [("AccessDeniedException", True), ("ExpiredTokenException", True),
                                           ("UnrecognizedClientException", True), ("ValidationException", False)])
def test_glue_refusals_under_a_400_are_auth_errors(etype, refused):
    """AWS's JSON services answer most refusals with a 400; the type says."""
    err = json.dumps({"__type": etype, "message": "m"}).encode()
    with Scripted([(400, {}, err)]) as srv:
        with pytest.raises(expetl.StageError) as e:
            GlueCrawler("c", endpoint_url=srv.url).start()
        assert e.value.code == etype and isinstance(e.value, expetl.AuthError) == refused
