import atexit
import json
import os
import pathlib
import shutil
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Airflow (the provider and DAG tests) reads its settings at import: a home of
# its own for the suite, the repository's dags/, no examples
if "AIRFLOW_HOME" not in os.environ:
    os.environ["AIRFLOW_HOME"] = tempfile.mkdtemp(prefix="expetl-airflow-")
    atexit.register(shutil.rmtree, os.environ["AIRFLOW_HOME"], ignore_errors=True)
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(ROOT / "dags"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
FIXTURES = (ROOT / ".." / "shared" / "fixtures").resolve()
RECEIPTS = FIXTURES / "receipts"


def receipt_fixtures():
    """Every receipt PDF with an expected file: synthetic, real, household."""
    return (sorted(RECEIPTS.glob("*.pdf")) + sorted((RECEIPTS / "real").glob("*.pdf"))
            + sorted((FIXTURES / "household").glob("*.pdf")))


def known_failures():
    """tests/known_failures.txt: file name -> why it does not read right yet
    (the C engine test reads the same list)."""
    out = {}
    for line in (ROOT / "tests" / "known_failures.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition("  ")
            out[name.strip()] = reason.strip()
    return out


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---- real components started by the suite itself -------------------------

import json as _json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid

import pytest


@pytest.fixture(scope="session")
def pg():
    """A real PostgreSQL (Debian's initdb + pg_ctl) in a temp folder on a
    free port, for the whole session."""
    from expetl.localpg import LocalPostgres

    with tempfile.TemporaryDirectory(prefix="expetl-pg-") as d:
        with LocalPostgres(d) as server:
            yield server


@pytest.fixture
def schema():
    """A fresh warehouse schema name per test, so tests never share rows."""
    return "t_" + uuid.uuid4().hex[:12]


@pytest.fixture
def warehouse(pg, schema):
    from expetl.warehouse import Warehouse

    with Warehouse(pg.dsn, schema=schema) as wh:
        yield wh


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# IAM calls moto answers without a signature before it starts checking every
# request: create_user, put_user_policy, create_access_key, create_role,
# put_role_policy.
_MOTO_OPEN_CALLS = 5


class Moto:
    def __init__(self, endpoint, proc):
        self.endpoint, self.proc = endpoint, proc
        self.region = "us-east-1"

    def client(self, service, creds=None):
        import boto3

        creds = creds or self.user
        return boto3.client(service, endpoint_url=self.endpoint, region_name=self.region,
                            aws_access_key_id=creds["access_key"],
                            aws_secret_access_key=creds["secret_key"],
                            aws_session_token=creds.get("session_token"))

    def bucket(self):
        name = "b-" + uuid.uuid4().hex[:12]
        self.client("s3").create_bucket(Bucket=name)
        return name

    def temporary_credentials(self):
        c = self.client("sts").assume_role(RoleArn=self.role_arn, RoleSessionName="expetl-test")
        c = c["Credentials"]
        return {"access_key": c["AccessKeyId"], "secret_key": c["SecretAccessKey"],
                "session_token": c["SessionToken"]}


@pytest.fixture(scope="session")
def moto():
    """moto's standalone server over real HTTP, with IAM authentication on:
    every request after the first few is checked against a SigV4 signature
    moto recomputes with botocore, so a signing bug fails the tests."""
    import boto3

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}  # sanitizers are for our code
    env.update(INITIAL_NO_AUTH_ACTION_COUNT=str(_MOTO_OPEN_CALLS), MOTO_ACCOUNT_ID="123456789012")
    proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("moto server did not start")
            time.sleep(0.1)
    m = Moto(endpoint, proc)
    iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1",
                       aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
    allow = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["s3:*", "glue:*", "sts:*", "secretsmanager:*", "sns:*", "sqs:*"],
         "Resource": "*"}]}
    user = iam.create_user(UserName="expetl")["User"]
    iam.put_user_policy(UserName="expetl", PolicyName="expetl", PolicyDocument=_json.dumps(allow))
    key = iam.create_access_key(UserName="expetl")["AccessKey"]
    trust = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": user["Arn"]}, "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName="expetl-stage", AssumeRolePolicyDocument=_json.dumps(trust))["Role"]
    iam.put_role_policy(RoleName="expetl-stage", PolicyName="expetl", PolicyDocument=_json.dumps(allow))
    m.user = {"access_key": key["AccessKeyId"], "secret_key": key["SecretAccessKey"]}
    m.role_arn = role["Arn"]
    try:
        yield m
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
