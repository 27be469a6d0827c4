"""The stage: file:// on a temp folder, s3:// against moto's server with IAM
authentication on (every signature recomputed by botocore), and scripted
fault servers."""
import os

import pytest

import expetl
from expetl.stage import Stage
from fakes import Scripted

KEYS = [
    "raw/receipts/2025/03/14/" + "a" * 64 + ".pdf",
    "raw/mercadopago/settlement report 2025-03.csv",   # space
    "raw/odd/a+b=c&d;e,f@g$h.pdf",                     # characters SigV4 must encode
    "raw/odd/ñandú/café ☕.pdf",                         # unicode
    "raw/odd/tilde~dash-under_score.pdf",              # unreserved, left as is
]


def exercise(st):
    for i, k in enumerate(KEYS):
        st.put(k, b"%d:" % i + k.encode())
    for i, k in enumerate(KEYS):
        assert st.get(k) == b"%d:" % i + k.encode()
        h = st.head(k)
        assert h["size"] == len(b"%d:" % i + k.encode())
    assert [o["key"] for o in st.list()] == sorted(KEYS)
    assert [o["key"] for o in st.list("raw/odd/")] == sorted(k for k in KEYS if k.startswith("raw/odd/"))
    assert st.head("raw/missing.pdf") is None
    with pytest.raises(expetl.StageError) as e:
        st.get("raw/missing.pdf")
    assert e.value.code == "NoSuchKey"
    st.delete(KEYS[0])
    st.delete(KEYS[0])  # a missing key deletes fine, as on S3
    st.delete_many(KEYS[1:3])
    assert [o["key"] for o in st.list()] == sorted(KEYS[3:])


def test_file_stage(tmp_path):
    st = Stage(f"file://{tmp_path}/stage")
    assert st.scheme == "file"
    exercise(st)
    assert st.url_of("raw/x.pdf") == f"file://{tmp_path}/stage/raw/x.pdf"


def test_file_stage_writes_are_atomic_and_leave_no_temp_files(tmp_path):
    st = Stage(f"file://{tmp_path}")
    st.put("a/b.csv", b"one")
    st.put("a/b.csv", b"two")  # replaced whole, by rename
    assert st.get("a/b.csv") == b"two"
    assert sorted(os.listdir(tmp_path / "a")) == ["b.csv"]


@pytest.mark.parametrize("key", ["", "/abs", "a//b", "a/../b", "./a", "a/.", "x\ny", "a/.expetl-tmp-1"])
def test_bad_keys_are_refused_on_every_backend(tmp_path, key):
    st = Stage(f"file://{tmp_path}")
    with pytest.raises(ValueError):
        st.put(key, b"x")
    with pytest.raises(ValueError):
        st.get(key)


def test_bad_urls():
    for url in ["ftp://x/y", "s3://", "s3://ab", "file://relative/path"]:
        with pytest.raises(ValueError):
            expetl._native.Stage(url)


def test_s3_stage_against_moto_with_signatures_checked(moto):
    b = moto.bucket()
    st = Stage(f"s3://{b}/expenses/v1", endpoint_url=moto.endpoint, region=moto.region, **moto.user)
    assert st.scheme == "s3"
    exercise(st)
    # what landed in the bucket, seen by boto3: the prefix is applied
    listed = moto.client("s3").list_objects_v2(Bucket=b)["Contents"]
    assert sorted(o["Key"] for o in listed) == sorted("expenses/v1/" + k for k in KEYS[3:])
    assert st.url_of("raw/x.pdf") == f"s3://{b}/expenses/v1/raw/x.pdf"


def test_split_stage_keeps_processed_in_its_own_bucket(moto):
    raw_b, proc_b = moto.bucket(), moto.bucket()
    st = Stage(f"s3://{raw_b}/x", f"s3://{proc_b}/x", endpoint_url=moto.endpoint, region=moto.region, **moto.user)
    raw, proc = "raw/receipts/a.pdf", "processed/receipts/a.csv"
    st.put(raw, b"pdf")
    st.put(proc, b"csv")
    s3 = moto.client("s3")
    assert [o["Key"] for o in s3.list_objects_v2(Bucket=raw_b)["Contents"]] == ["x/" + raw]
    assert [o["Key"] for o in s3.list_objects_v2(Bucket=proc_b)["Contents"]] == ["x/" + proc]
    assert (st.get(raw), st.get(proc)) == (b"pdf", b"csv")
    assert st.exists(proc) and st.head(raw)["size"] == 3
    assert st.url_of(proc) == f"s3://{proc_b}/x/{proc}" and st.url_of(raw) == f"s3://{raw_b}/x/{raw}"
    assert [o["key"] for o in st.list()] == [proc, raw]          # both layers, in key order
    assert [o["key"] for o in st.list("pro")] == [proc]
    assert [o["key"] for o in st.list("raw/")] == [raw]
    assert (st.processed_url, st.processed_scheme) == (f"s3://{proc_b}/x", "s3")
    st.delete_many([raw, proc])                                  # one call, both buckets
    assert "Contents" not in s3.list_objects_v2(Bucket=raw_b)
    assert "Contents" not in s3.list_objects_v2(Bucket=proc_b)


def test_split_stage_across_backends(tmp_path):
    st = Stage(f"file://{tmp_path}/raw", f"file://{tmp_path}/processed")
    st.put("processed/m/a.csv", b"a")
    st.put("raw/m/a.csv", b"b")
    assert (tmp_path / "processed" / "processed/m/a.csv").read_bytes() == b"a"
    assert not (tmp_path / "raw" / "processed").exists()
    assert "processed=" in repr(st)
    # the same URL twice is one stage
    one = Stage(f"file://{tmp_path}/raw", f"file://{tmp_path}/raw")
    assert one.processed_url == one.url and "processed=" not in repr(one)


def test_s3_list_follows_continuation_tokens(moto):
    b = moto.bucket()
    st = Stage(f"s3://{b}", endpoint_url=moto.endpoint, **moto.user)
    keys = [f"p/{i:05d}+x=.csv" for i in range(1005)]
    for k in keys:
        st.put(k, b"")
    assert [o["key"] for o in st.list("p/")] == keys
    st.delete_many(keys)  # two DeleteObjects requests (1000 + 5)
    assert st.list() == []


def test_s3_wrong_secret_is_rejected_by_the_signature_check(moto):
    b = moto.bucket()
    secret = moto.user["secret_key"]
    wrong = secret[:-1] + ("y" if secret.endswith("x") else "x")  # always a different secret
    st = Stage(f"s3://{b}", endpoint_url=moto.endpoint, access_key=moto.user["access_key"],
               secret_key=wrong)
    with pytest.raises(expetl.StageAuthError) as e:  # a StageError no retry mends, so an AuthError too
        st.put("k.pdf", b"x")
    assert e.value.code == "SignatureDoesNotMatch" and e.value.status == 403
    assert secret[:-1] not in str(e.value)


def test_s3_session_token_of_an_assumed_role(moto):
    b = moto.bucket()
    creds = moto.temporary_credentials()
    st = Stage(f"s3://{b}", endpoint_url=moto.endpoint, **creds)
    st.put("t/one.pdf", b"1")
    assert st.get("t/one.pdf") == b"1"
    # the same temporary key without its token is refused
    bad = Stage(f"s3://{b}", endpoint_url=moto.endpoint, access_key=creds["access_key"],
                secret_key=creds["secret_key"])
    with pytest.raises(expetl.StageAuthError) as e:
        bad.get("t/one.pdf")
    assert e.value.status == 403
    assert creds["session_token"] not in str(e.value)


def test_s3_credentials_from_the_environment(moto, monkeypatch):
    b = moto.bucket()
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", moto.user["access_key"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", moto.user["secret_key"])
    monkeypatch.setenv("AWS_ENDPOINT_URL_S3", moto.endpoint)
    monkeypatch.setenv("AWS_REGION", moto.region)
    st = Stage(f"s3://{b}/env")
    st.put("a.csv", b"a")
    assert st.list() and st.list()[0]["key"] == "a.csv"


S3_ERROR = (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code>'
            b'<Message>Please reduce your request rate.</Message></Error>')


def test_s3_retries_500_then_succeeds():
    with Scripted([(500, {}, b"<Error><Code>InternalError</Code></Error>"),
                   (503, {"Retry-After": "0"}, S3_ERROR), (200, {}, b"payload")]) as srv:
        st = Stage("s3://bucket", endpoint_url=srv.url, backoff=0.01)
        assert st.get("k/x.pdf") == b"payload"
        assert [r[:2] for r in srv.requests] == [("GET", "/bucket/k/x.pdf")] * 3
        # the payload hash header is sent on every request (libcurl 7.88 does not add it)
        assert all("x-amz-content-sha256" in {k.lower() for k in r[2]} for r in srv.requests)


def test_s3_gives_up_after_the_retries_with_the_error_code():
    with Scripted([(503, {}, S3_ERROR)]) as srv:
        st = Stage("s3://bucket", endpoint_url=srv.url, backoff=0.01, max_retries=2)
        with pytest.raises(expetl.StageError) as e:
            st.put("k.pdf", b"x")
        assert e.value.code == "SlowDown" and e.value.status == 503
        assert len(srv.requests) == 3


def test_s3_client_errors_are_not_retried():
    with Scripted([(403, {}, b"<Error><Code>AccessDenied</Code><Message>no</Message></Error>")]) as srv:
        st = Stage("s3://bucket", endpoint_url=srv.url, backoff=0.01)
        with pytest.raises(expetl.StageAuthError) as e:
            st.list()
        assert e.value.code == "AccessDenied" and len(srv.requests) == 1


@pytest.mark.parametrize("status,code,refused", [
    (400, "ExpiredToken", True),  # an expired session token is a 400, and refused all the same
    (400, "InvalidToken", True),
    (400, "AuthorizationHeaderMalformed", True),  # the connection's region is not the bucket's
    (403, "InvalidObjectState", False),  # an archived object: not about credentials
    (403, "RequestTimeTooSkewed", False),  # the clock (botocore retries it too)
    (400, "InvalidArgument", False),
    (409, "BucketNotEmpty", False),
])
def test_s3_refusals_are_auth_errors_and_other_client_errors_are_not(status, code, refused):
    body = f"<Error><Code>{code}</Code><Message>m</Message></Error>".encode()
    with Scripted([(status, {}, body)]) as srv:
        st = Stage("s3://bucket", endpoint_url=srv.url, backoff=0.01)
        with pytest.raises(expetl.StageError) as e:
            st.get("k.pdf")
        assert e.value.code == code and isinstance(e.value, expetl.AuthError) == refused
        assert len(srv.requests) == 1


def test_s3_batch_delete_refused_per_key_is_an_auth_error():
    answer = (b"<DeleteResult><Error><Key>a.pdf</Key><Code>AccessDenied</Code>"
              b"<Message>Access Denied</Message></Error></DeleteResult>")
    with Scripted([(200, {}, answer)]) as srv:
        with pytest.raises(expetl.StageAuthError) as e:
            Stage("s3://bucket", endpoint_url=srv.url).delete_many(["a.pdf"])
        assert e.value.code == "AccessDenied"


def test_s3_connection_refused_is_a_network_error():
    from conftest import _free_port

    st = Stage("s3://bucket", endpoint_url=f"http://127.0.0.1:{_free_port()}", backoff=0.01, max_retries=1)
    with pytest.raises(expetl.StageError) as e:
        st.get("k")
    assert "attempts" in str(e.value)


def test_s3_list_query_is_canonical():
    """SigV4 on libcurl 7.88 signs the query verbatim: it must already be
    sorted by name with upper-case percent-encoding."""
    body = (b'<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><IsTruncated>true</IsTruncated>'
            b"<NextContinuationToken>1/a+b=</NextContinuationToken></ListBucketResult>")
    last = b"<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>"
    with Scripted([(200, {}, body), (200, {}, last)]) as srv:
        Stage("s3://bucket/pre", endpoint_url=srv.url).list("a b/ñ")
        assert srv.requests[0][1] == "/bucket?list-type=2&max-keys=1000&prefix=pre%2Fa%20b%2F%C3%B1"
        assert srv.requests[1][1] == ("/bucket?continuation-token=1%2Fa%2Bb%3D&list-type=2&max-keys=1000"
                                      "&prefix=pre%2Fa%20b%2F%C3%B1")


def test_file_stage_shared_by_threads_without_a_lock(tmp_path):
    """The file stage takes no lock (each call is its own system calls):
    threads putting into the same and into new folders at once all land,
    whole, and leave no temp file."""
    import threading

    st = expetl.Stage(f"file://{tmp_path}/s")
    errors = []

    def writer(t):
        try:
            for i in range(150):
                st.put(f"raw/receipts/2025/0{1 + i % 3}/{t:02d}/{i:04d}.pdf", bytes([t]) * (1000 + i))
        except Exception as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    ts = [threading.Thread(target=writer, args=(t,)) for t in range(8)]
    [t.start() for t in ts]
    [t.join() for t in ts]
    assert errors == []
    keys = [o["key"] for o in st.list("raw/")]
    assert len(keys) == 8 * 150 and not [p for p in (tmp_path / "s").rglob(".expetl-tmp-*")]
    assert st.get("raw/receipts/2025/03/07/0149.pdf") == bytes([7]) * 1149
