"""The deploy files, checked without Docker or AWS: docker-compose.yml's
structure (services, images/builds, environment, volumes, health checks,
dependencies, connections that parse), the Dockerfile's stages and package
lists (against the libraries the built extension links and the pkg-config
modules setup.py uses, resolved by dpkg/apt on this Debian 12), every
Terraform file parses (python-hcl2), and checkov finds nothing (every skip is
inline with its reason)."""
import ast
import json
import re
import subprocess

import pytest
import yaml

from conftest import ROOT

COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "docker" / "Dockerfile"
TERRAFORM = ROOT / "terraform"
CHECKOV = ROOT / ".venv-tools" / "bin" / "checkov"
AIRFLOW_SERVICES = {"airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"}
ONE_SHOT = {"airflow-init", "minio-init"}


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text())


def env_example():
    out = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            k, _, v = line.partition("=")
            out[k] = v
    return out


def interpolate(value, env):
    """Compose's ${VAR}, ${VAR:-default}, ${VAR:?error} and $$."""
    def one(m):
        name, op, arg = m.group(1), m.group(2), m.group(3)
        v = env.get(name, "")
        if op == ":?" and not v:
            raise KeyError(f"{name} is required: {arg}")
        return v if v or op != ":-" else arg
    return re.sub(r"\$\{([A-Z0-9_]+)(?:(:-|:\?)([^}]*))?\}", one, value).replace("$$", "$")


def test_compose_has_the_whole_stack_with_images_or_builds(compose):
    services = compose["services"]
    assert set(services) == AIRFLOW_SERVICES | ONE_SHOT | {"airflow-db", "warehouse", "minio", "webhook"}
    for name, svc in services.items():
        assert svc.get("image") or svc.get("build"), name
        image = svc.get("image", "")
        assert not image.endswith(":latest") and (":" in image or "${" in image), (name, image)
    for name in AIRFLOW_SERVICES | {"airflow-init"}:
        assert services[name]["build"] == {"context": ".", "dockerfile": "docker/Dockerfile"}
    cmds = {n: services[n]["command"] for n in AIRFLOW_SERVICES}
    assert cmds == {"airflow-apiserver": ["api-server"], "airflow-scheduler": ["scheduler"],
                    "airflow-dag-processor": ["dag-processor"], "airflow-triggerer": ["triggerer"]}
    assert services["webhook"]["command"][:2] == ["webhook", "serve"]


def test_compose_airflow_shares_one_jwt_secret_and_the_local_executor(compose):
    envs = [compose["services"][n]["environment"] for n in AIRFLOW_SERVICES | {"airflow-init"}]
    for env in envs:
        assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
        assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == "${AIRFLOW_JWT_SECRET:?set in .env}"
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
        assert "@airflow-db:5432/airflow" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    init = " ".join(compose["services"]["airflow-init"]["command"])
    assert "airflow db migrate" in init and "pools" not in init  # the DAGs need no pool


def test_compose_connections_parse_with_the_example_settings(compose):
    env = {k: v or "x-" + k.lower() for k, v in env_example().items()}
    env["GMAIL_REFRESH_TOKEN"] = '1//tok"en\\'  # quoting breaks JSON if anything does
    conns = {k: v for k, v in compose["services"]["airflow-scheduler"]["environment"].items()
             if k.startswith("AIRFLOW_CONN_")}
    assert set(conns) == {"AIRFLOW_CONN_EXPETL_WAREHOUSE", "AIRFLOW_CONN_AWS_DEFAULT",
                          "AIRFLOW_CONN_GMAIL_DEFAULT", "AIRFLOW_CONN_MERCADOPAGO_DEFAULT"}
    parsed = {}
    for k, v in conns.items():
        if k == "AIRFLOW_CONN_GMAIL_DEFAULT":
            continue  # checked below with a plain token
        parsed[k] = json.loads(interpolate(v, env))
    env["GMAIL_REFRESH_TOKEN"] = "1//token"
    parsed["AIRFLOW_CONN_GMAIL_DEFAULT"] = json.loads(interpolate(conns["AIRFLOW_CONN_GMAIL_DEFAULT"], env))
    assert parsed["AIRFLOW_CONN_EXPETL_WAREHOUSE"]["host"] == "warehouse"
    assert parsed["AIRFLOW_CONN_AWS_DEFAULT"]["extra"]["endpoint_url"] == "http://minio:9000"
    assert parsed["AIRFLOW_CONN_GMAIL_DEFAULT"]["conn_type"] == "gmail"
    assert parsed["AIRFLOW_CONN_MERCADOPAGO_DEFAULT"]["conn_type"] == "mercadopago"


def test_compose_creates_the_raw_and_processed_buckets_the_dags_use(compose):
    env = {k: v or "x" for k, v in env_example().items()}
    airflow = compose["services"]["airflow-scheduler"]["environment"]
    init = compose["services"]["minio-init"]
    urls = [interpolate(airflow[k], env) for k in ("EXPETL_STAGE_URL", "EXPETL_PROCESSED_STAGE_URL")]
    assert urls == ["s3://expenses-raw/expetl", "s3://expenses-processed/expetl"]
    made = {k: interpolate(v, env) for k, v in init["environment"].items() if k.endswith("_BUCKET")}
    assert sorted(made.values()) == ["expenses-processed", "expenses-raw"]
    script = init["command"][0]
    assert 'for b in "$EXPETL_RAW_BUCKET" "$EXPETL_PROCESSED_BUCKET"; do' in script.replace("$$", "$")
    assert 'mc mb --ignore-existing "local/$$b"' in script and 'mc version enable "local/$$b"' in script


def test_compose_settings_all_come_from_env_example_and_hold_no_secret(compose):
    text = COMPOSE.read_text()
    used = set(re.findall(r"(?<!\$)\$\{([A-Z0-9_]+)", text))  # $${X} is the container's own
    example = env_example()
    assert used == set(example), (used ^ set(example))
    for name in ("AIRFLOW_DB_PASSWORD", "AIRFLOW_JWT_SECRET", "AIRFLOW_ADMIN_PASSWORD", "WAREHOUSE_PASSWORD",
                 "MINIO_ROOT_PASSWORD"):
        assert example[name] == "" and f"${{{name}:?" in text, name  # required, no default anywhere
    for svc in compose["services"].values():
        for k, v in (svc.get("environment") or {}).items():
            if re.search(r"(PASSWORD|SECRET|TOKEN)$", k):
                assert str(v).startswith("${"), k


def test_compose_health_checks_and_dependencies(compose):
    services = compose["services"]
    for name, svc in services.items():
        if name in ONE_SHOT:
            assert svc["restart"] == "no", name
            continue
        test = svc["healthcheck"]["test"]
        assert test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, name
        assert svc["restart"] == "unless-stopped", name
    for name, svc in services.items():
        for dep, cond in (svc.get("depends_on") or {}).items():
            assert dep in services and dep != name, (name, dep)
            want = "service_completed_successfully" if dep in ONE_SHOT else "service_healthy"
            assert cond == {"condition": want}, (name, dep)
    for name in AIRFLOW_SERVICES:
        assert set(services[name]["depends_on"]) == {"airflow-db", "warehouse", "minio-init", "airflow-init"}
    assert services["webhook"]["depends_on"] == {"airflow-apiserver": {"condition": "service_healthy"}}


def test_compose_volumes_are_declared(compose):
    named = set()
    for svc in compose["services"].values():
        for v in svc.get("volumes", []):
            src = v.split(":")[0]
            if not src.startswith("."):
                named.add(src)
            else:
                assert (ROOT / src).exists(), v
    assert named == set(compose["volumes"])
    assert {"airflow-db", "warehouse-db", "minio-data"} <= named


def test_dockerfile_builds_the_wheel_apart_and_ships_no_compiler():
    text = DOCKERFILE.read_text()
    stages = re.split(r"^FROM ", text, flags=re.M)[1:]
    assert len(stages) == 2 and stages[0].split()[2] == "build"
    pinned = re.search(r"^apache-airflow==(\S+)$", (ROOT / "constraints.txt").read_text(), re.M).group(1)
    assert re.search(rf"^ARG AIRFLOW_VERSION={re.escape(pinned)}$", text, re.M)
    for stage in stages:
        assert stage.startswith("apache/airflow:${AIRFLOW_VERSION}-python${PYTHON_VERSION}")
    build, final = stages
    assert "gcc" in build and "-dev" in build and "pip wheel" in build
    assert not re.search(r"\bgcc\b|-dev\b|build-essential|\bmake\b", final)
    for lib in ("libpoppler-glib8", "libcurl4", "libcjson1", "libpq5"):
        assert lib in final
    users = re.findall(r"^USER (\S+)", final, re.M)
    assert users[0] == "root" and users[-1] == "airflow"
    pip_at = final.index("pip install")
    assert final.rindex("USER airflow", 0, pip_at) > final.rindex("USER root", 0, pip_at)  # pip as airflow
    assert '"apache-airflow==${AIRFLOW_VERSION}"' in final and "COPY --chown=airflow:0 dags" in final
    assert not re.search(r"^(ENV|ARG) .*(PASSWORD|SECRET|TOKEN)", text, re.M)


def _apt_list(stage):
    """The packages of a stage's `apt-get install` line."""
    line = re.search(r"apt-get install -y --no-install-recommends ((?:[^&\\]|\\\n)+)", stage).group(1)
    return set(line.replace("\\\n", " ").split())


def _closure(pkgs):
    """The packages and everything they depend on (Debian 12: the Airflow
    image's base, so the names and dependencies are the ones it resolves)."""
    out = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
                          "--no-breaks", "--no-replaces", "--no-enhances", *sorted(pkgs)],
                         capture_output=True, text=True, check=True).stdout
    return {ln.strip() for ln in out.splitlines() if ln and not ln[0].isspace()}


def _owner(path_glob):
    """The Debian package owning the one file of this architecture matching
    path_glob (under the multiarch directory, so no lib32 twin)."""
    triplet = subprocess.run(["gcc", "-print-multiarch"], capture_output=True, text=True, check=True).stdout.strip()
    out = subprocess.run(["dpkg", "-S", f"*/{triplet}/{path_glob}"], capture_output=True, text=True, check=True)
    owners = {ln.split(":")[0] for ln in out.stdout.splitlines()}
    assert len(owners) == 1, (path_glob, out.stdout)
    return owners.pop()


def test_dockerfile_installs_what_the_extension_links_and_builds_with():
    """The final stage installs (or pulls in) the package of every shared
    library the built extension needs; the build stage, every pkg-config
    module setup.py asks for.  Package names resolved on this Debian 12, the
    Airflow image's base."""
    build, final = re.split(r"^FROM ", DOCKERFILE.read_text(), flags=re.M)[1:]
    (so,) = (ROOT / "expetl").glob("_native*.so")  # the plain build (make setup), not the sanitizer one
    elf = subprocess.run(["readelf", "-d", str(so)], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", elf)
    assert "libpoppler-glib.so.8" in needed and "libpq.so.5" in needed
    runtime = _closure(_apt_list(final)) | {"libc6"}  # libc6 is in every Debian image
    assert {lib: _owner(lib) for lib in needed if _owner(lib) not in runtime} == {}
    tree = ast.parse((ROOT / "setup.py").read_text())
    pkgs = next(ast.literal_eval(n.value) for n in tree.body
                if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "PKGS")
    dev = _closure(_apt_list(build))
    owners = {m: _owner(f"pkgconfig/{m}.pc") for m in pkgs}
    assert {m: o for m, o in owners.items() if o not in dev} == {}
    assert owners == pkgs  # setup.py's hint names the package that really has the module


def test_dockerignore_sends_only_the_sources():
    lines = [ln for ln in (ROOT / ".dockerignore").read_text().splitlines() if ln and not ln.startswith("#")]
    assert lines[0] == "**"
    allowed = {ln[1:].rstrip("/") for ln in lines if ln.startswith("!")}
    assert allowed == {"setup.py", "pyproject.toml", "README.md", "csrc", "expetl", "dags"}


def test_every_terraform_file_parses():
    import hcl2

    files = sorted(TERRAFORM.glob("*.tf"))
    assert len(files) >= 8
    resources = {}
    for f in files:
        with open(f) as fh:
            doc = hcl2.load(fh)
        for block in doc.get("resource", []):
            for rtype, named in block.items():  # python-hcl2 8 keeps the labels' quotes
                resources.setdefault(rtype.strip('"'), set()).update(n.strip('"') for n in named)
    for rtype in ("aws_s3_bucket", "aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
                  "aws_s3_bucket_public_access_block", "aws_s3_bucket_policy", "aws_s3_bucket_lifecycle_configuration",
                  "aws_glue_catalog_database", "aws_glue_crawler", "aws_glue_security_configuration",
                  "aws_redshiftserverless_namespace", "aws_redshiftserverless_workgroup",
                  "aws_secretsmanager_secret", "aws_sns_topic", "aws_sns_topic_subscription",
                  "aws_apigatewayv2_api", "aws_apigatewayv2_route", "aws_mwaa_environment", "aws_kms_key"):
        assert rtype in resources, rtype
    with open(TERRAFORM / "variables.tf") as fh:
        for block in hcl2.load(fh)["variable"]:
            for name, body in block.items():
                assert body.get("description") and (body.get("validation") or "default" in body), name
    with open(TERRAFORM / "iam.tf") as fh:
        trust = hcl2.load(fh)["locals"][0]["trusted_services"]
    with open(TERRAFORM / "redshift.tf") as fh:
        role = hcl2.load(fh)["resource"][0]['"aws_iam_role"']['"redshift_copy"']
    # the COPY role is trusted by both Redshift principals
    assert 'redshift_copy = ["redshift.amazonaws.com", "redshift-serverless.amazonaws.com"]' in trust
    assert role["assume_role_policy"] == '${data.aws_iam_policy_document.assume["redshift_copy"].json}'
    # raw and processed data in buckets of their own; what reads processed data sees only that bucket
    with open(TERRAFORM / "s3.tf") as fh:
        buckets = hcl2.load(fh)["locals"][0]["buckets"]
    assert '"${var.project}-raw-${local.account}"' in buckets and '"${var.project}-processed-${local.account}"' in buckets
    with open(TERRAFORM / "glue.tf") as fh:
        crawler = hcl2.load(fh)["resource"]
    crawler = next(b['"aws_glue_crawler"']['"source"'] for b in crawler if '"aws_glue_crawler"' in b)
    assert crawler["s3_target"][0]["path"].strip('"').startswith('s3://${aws_s3_bucket.data["processed"].bucket}/')
    with open(TERRAFORM / "iam.tf") as fh:
        processed_arn = hcl2.load(fh)["locals"][0]["processed_arn"]
    assert processed_arn.strip('"').startswith('${aws_s3_bucket.data["processed"].arn}/')


def checkov(*args):
    assert CHECKOV.exists(), "make setup installs checkov into .venv-tools"
    r = subprocess.run([str(CHECKOV), "--compact", "--skip-download", "-o", "json", *args],
                       capture_output=True, text=True, cwd=ROOT)
    report = json.loads(r.stdout)
    reports = report if isinstance(report, list) else [report]
    return r.returncode, reports


@pytest.mark.parametrize("var_file", [None, "example.tfvars"])
def test_checkov_finds_nothing_in_terraform(var_file):
    args = ["-d", "terraform", "--framework", "terraform"]
    if var_file:  # the MWAA resources are counted only when enabled
        args += ["--var-file", f"terraform/{var_file}"]
    rc, reports = checkov(*args)
    failed = [(c["check_id"], c["resource"]) for rep in reports for c in rep["results"]["failed_checks"]]
    assert failed == [] and rc == 0
    summary = reports[0]["summary"]
    assert summary["passed"] > 50
    for rep in reports:  # every skip carries its reason
        for c in rep["results"]["skipped_checks"]:
            assert len(c["check_result"].get("suppress_comment", "")) > 20, c["check_id"]
    if var_file:
        resources = {c["resource"] for rep in reports for c in rep["results"]["passed_checks"]}
        assert "aws_mwaa_environment.expetl[0]" in resources


def test_checkov_finds_nothing_in_the_dockerfile():
    rc, reports = checkov("-f", "docker/Dockerfile", "--framework", "dockerfile")
    assert [c["check_id"] for rep in reports for c in rep["results"]["failed_checks"]] == [] and rc == 0
